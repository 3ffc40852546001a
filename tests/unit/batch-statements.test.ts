import { toBatchStatements } from '../../src/graph/statements/batch-statements.js';
import type { Statement } from '../../src/graph/statements/statement.js';

const rows = (cypher: string, ...values: unknown[]): Statement => ({ cypher, params: { lists: { rows: values } } });

describe('the statements of a write batch (toBatchStatements)', () => {
  it('runs each statement shape once, with the rows of every document in document order', () => {
    const first = [rows('DOCUMENT', 'd1'), rows('INSIGHTS', 'i1', 'i2')];
    const second = [rows('DOCUMENT', 'd2'), rows('INSIGHTS', 'i3')];
    expect(toBatchStatements([first, second])).toEqual([rows('DOCUMENT', 'd1', 'd2'), rows('INSIGHTS', 'i1', 'i2', 'i3')]);
  });

  it("keeps every document's order: a statement met first in a later document still runs after those it follows there", () => {
    // The second document has recommendations only: their themes must be written after them
    // (a first-met order would run THEMES before RECOMMENDATIONS and lose the second's edges).
    const first = [rows('DOCUMENT', 'd1'), rows('FINDINGS', 'f1'), rows('THEMES', 't1')];
    const second = [rows('DOCUMENT', 'd2'), rows('RECOMMENDATIONS', 'r2'), rows('THEMES', 't2')];
    expect(toBatchStatements([first, second]).map((s) => s.cypher)).toEqual(['DOCUMENT', 'FINDINGS', 'RECOMMENDATIONS', 'THEMES']);
  });

  it('keeps a statement with other parameters as it is, in its place, and drops shapes without rows', () => {
    const refresh = (projectId: string): Statement => ({ cypher: 'REFRESH', params: { projectId } });
    const first = [rows('PROJECT', 'p1'), refresh('p1'), rows('PLACES')];
    const second = [rows('PROJECT', 'p2'), refresh('p2'), rows('COUNTRIES', 'c2')];
    expect(toBatchStatements([first, second])).toEqual([rows('PROJECT', 'p1', 'p2'), refresh('p1'), refresh('p2'), rows('COUNTRIES', 'c2')]);
    expect(toBatchStatements([[rows('PLACES')]])).toEqual([]);
  });

  it('refuses lists that order the same statements differently', () => {
    expect(() =>
      toBatchStatements([
        [rows('A', 1), rows('B', 2)],
        [rows('B', 3), rows('A', 4)],
      ]),
    ).toThrow('order the same statements differently');
  });
});
