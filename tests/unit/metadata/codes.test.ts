import { describe, expect, it } from '@jest/globals';
import { findCodes, parseCode, roleBefore } from '../../../src/extract/metadata/codes.js';

describe('findCodes', () => {
  it('reads ILO project codes, with the spaces converters add', () => {
    expect(parseCode('MLI/19/01/USA')).toMatchObject({ kind: 'ILO_PROJECT', code: 'MLI/19/01/USA' });
    expect(parseCode('RAF /17/ 08/EUR')).toMatchObject({ kind: 'ILO_PROJECT', code: 'RAF/17/08/EUR' });
  });

  it('reads USAID award and contract numbers of every generation', () => {
    expect(findCodes('AID-688-C-14-00004 and AID-OAA-TO-16-00008; RAN-I-00-09-00019-00; 72068820C00001').map((c) => [c.kind, c.code])).toEqual([
      ['USAID_AWARD', 'AID-688-C-14-00004'],
      ['USAID_AWARD', 'AID-OAA-TO-16-00008'],
      ['USAID_AWARD', 'RAN-I-00-09-00019-00'],
      ['USAID_AWARD', '72068820C00001'],
    ]);
  });

  it('tells the evaluation contract from the activity award by the words before them', () => {
    const text =
      'Prepared for the United States Agency for International Development under USAID Contract Number:\nAID-OAA-TO-16-00008\n...\n2. Award Number\nAID-688-C-14-00004';
    expect(findCodes(text).map((c) => [c.code, c.role])).toEqual([
      ['AID-OAA-TO-16-00008', 'contract'],
      ['AID-688-C-14-00004', 'award'],
    ]);
  });

  it('reads IFRC operations, GLIDE numbers and report references', () => {
    const text = 'DREF operation\tOperation n° MDRCM028\nDate of Issue: 27 October 2020\tGlide number: FL-2019-000134-CMR\nCENTRALIZED ES/2019/07';
    expect(findCodes(text).map((c) => [c.kind, c.code, c.role])).toEqual([
      ['IFRC_OPERATION', 'MDRCM028', 'operation'],
      ['GLIDE', 'FL-2019-000134-CMR', 'glide'],
      ['REPORT_REFERENCE', 'ES/2019/07', null],
    ]);
  });

  it("reads an old USAID project number only where the word 'project' names it", () => {
    expect(findCodes('MID-TERM EVALUATION\n\nProject No. 615-0231\n\nUSAID/Kenya').map((c) => [c.kind, c.code])).toEqual([['USAID_PROJECT', '615-0231']]);
    expect(findCodes('Project Number: 698-0462.03').map((c) => c.code)).toEqual(['698-0462.03']);
    // The same shape as a phone number or a range of pages.
    expect(findCodes('Tel. 254-2221, see pages 120-1340')).toEqual([]);
  });

  it('does not read a code inside a longer token or a date', () => {
    expect(findCodes('XMLI/19/01/USA, 15/05/2020, www.example.org/MDRCM028x')).toEqual([]);
  });

  it('reads a role from the end of the line above', () => {
    expect(roleBefore('Task Order #')).toBe('task-order');
    expect(roleBefore('ILO TC/SYMBOL: ')).toBe('project');
    expect(roleBefore('Nothing here ')).toBeNull();
  });
});
