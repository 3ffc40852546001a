import { createTfIdf, stemWord, stemmerFor } from '../../src/text/natural.js';

describe('natural wrapper', () => {
  it('stems French words to the stems the theme vocabulary relies on', () => {
    expect(stemWord('esclavage', 'fr')).toBe('esclavag');
    expect(stemWord('esclavagistes', 'fr')).toBe('esclavag');
    expect(stemWord('esclaves', 'fr')).toBe('esclav');
    expect(stemWord('médiation', 'fr')).toBe('médiat');
    expect(stemWord('discriminations', 'fr')).toBe('discrimin');
    expect(stemWord('slavery', 'en')).toBe('slaveri');
    expect(stemWord('slaves', 'en')).toBe('slave');
    expect(stemWord('esclavitud', 'es')).toBe('esclavitud');
    expect(stemmerFor('en').stem('mediation')).toBe('mediat');
  });

  it('builds a TfIdf index without loading natural’s index (no dotenv side effect)', () => {
    const before = { ...process.env };
    const tfidf = createTfIdf();
    tfidf.addDocument(['slaveri', 'mediat', 'mediat']);
    tfidf.addDocument(['labour', 'mediat']);
    expect(tfidf.documents).toHaveLength(2);
    expect(tfidf.tfidf('slaveri', 0)).toBeGreaterThan(tfidf.tfidf('slaveri', 1));
    expect(process.env).toEqual(before);
  });
});
