/**
 * The HTML reader on the five Canada.ca pages of the corpus (05-09): the page's content region
 * only (no menus, breadcrumbs, feedback widget or "Date modified"), headings as the page nests
 * them, footnote markers and bodies in the dialect, tables as TAB rows.
 */
import { describe, expect, it } from '@jest/globals';
import { headingsOf, readCorpus } from './corpus.js';

// Words of the Canada.ca chrome around every page: language toggle, search, mega-menu,
// breadcrumb, "Report a problem" form, date box and footer menus.
const CHROME = [
  'Skip to main content',
  'Language selection',
  'Search the website',
  'Jobs and the workplace',
  'Immigration and citizenship',
  'You are here',
  'Report a problem',
  'Please select all that apply',
  'Thank you for your help',
  'Date modified',
  'About this site',
  'Terms and conditions',
  'Return to footnote',
  'Footnote ',
];

function expectNoChrome(text: string): void {
  for (const words of CHROME) expect({ words, found: text.includes(words) }).toEqual({ words, found: false });
}

describe('Canada.ca pages of the corpus', () => {
  it('05 NRCan AMFI: content only, footnote anchors as markers ("Stakeholders Footnote 9" never appears)', async () => {
    const { text, pageStarts } = await readCorpus('05_nrcan-african-model-forest-initiative-eval-en.html');
    expectNoChrome(text);
    expect(pageStarts).toEqual([]);
    expect(text.startsWith('# Evaluation Report: African Model Forest Initiative\n\n## Table of Contents\n\n- Abbreviations and Acronyms\n')).toBe(true);
    expect(headingsOf(text).filter((line) => line.startsWith('## '))).toEqual([
      '## Table of Contents',
      '## Abbreviations and Acronyms',
      '## Acknowledgements:',
      '## Executive Summary',
      '## Lessons Learned',
      '## 1. Introduction',
      '## 2. Description of the AMFI',
      '## 3. Evaluation Objective, Scope and Methodology',
      '## 4. Evaluation Results and Conclusions',
      '## 5. Lessons Learned',
      '## List of Appendices',
    ]);
    // The footnote anchor inside the heading is left out of it; in the text it is a marker.
    expect(text).toContain('\n\n### 2.4 Partners and Stakeholders\n\n');
    expect(text).toContain('Treasury Board’s Policy on Evaluation<sup>1</sup>. The objective');
    expect(text).not.toMatch(/Stakeholders\s*Footnote/);
    // Footnote bodies as `[^N]: ` lines, without their "Return to footnote N referrer" links.
    expect(text).toContain(
      '\n[^9]: Given the collaborative nature of the MF approach and the participatory governance it promotes, each party involved in the AMFI may play three roles: stakeholder, partner and recipient.\n',
    );
    expect(text.match(/^\[\^\d+\]: /gm)).toHaveLength(52);
    expect(text.endsWith('[^52]: It was mentioned under NRCan’s contribution in reports for 2010-11, 2011-12 and 2012-13.\n')).toBe(true);
    // The abbreviations table: one row a line, cells separated by a TAB.
    expect(text).toContain('\nAMFI\tAfrican Model Forest Initiative\nAMFN\tAfrican Model Forest Network\n');
    // The lessons of section 5: three bullets, one line each.
    const lessons = text.slice(text.indexOf('## 5. Lessons Learned'), text.indexOf('## List of Appendices'));
    expect(lessons.match(/^- .+$/gm)?.map((line) => line.slice(0, 40))).toEqual([
      '- Define the concept of capacity in a wa',
      '- Avoid a cumbersome performance measure',
      '- Determine, at an early stage, a phase-',
    ]);
  });

  it('06 PHAC/HC OIA: the management response table keeps its columns across rowspans', async () => {
    const { text } = await readCorpus('06_phac-hc-office-international-affairs-eval-2012-2018-en.html');
    expectNoChrome(text);
    expect(headingsOf(text).slice(0, 12)).toEqual([
      '# Evaluation of the Office of International Affairs for the Health Portfolio 2012-13 to 2017-18',
      '## Table of Contents',
      '## List of Tables',
      '## List of Acronyms',
      '## Executive Summary',
      '### Program Description',
      '## Conclusions',
      '### Office of International Affairs Design and Delivery',
      '### Impact',
      '### Demonstration of Economy and Efficiency',
      '#### Recommendations',
      '##### Recommendation 1',
    ]);
    const lines = text.split('\n');
    const header = lines.indexOf('Recommendations\tResponse\tAction Plan\tDeliverables\tExpected Completion Date\tAccountability\tResources');
    expect(header).toBeGreaterThan(0);
    const cells = lines.slice(header + 1, header + 4).map((line) => line.split('\t').map((cell) => cell.slice(0, 30)));
    expect(cells).toEqual([
      [
        'Clearly articulate roles and r',
        '1. **Management supports this ',
        '1.1. Strengthen OIA engagement',
        'Strengthened engagement suppor',
        'June 2019',
        'OIA-DG OIA-DG',
        'Within existing OIA resources,',
      ],
      // A row whose first three cells are covered by rowspans from the row above.
      ['', '', '', 'Implementation of an approach ', 'September 2020'],
      ['', '', '1.2. Update communications pro', 'Updated communications product', 'December 2019', 'OIA-DG', 'Within existing OIA resources,'],
    ]);
    // Footnotes of a table (in its footer cell) become lines of their own after its rows.
    expect(text).toContain(
      '\n**Total**<sup>c</sup>\t**$66.5**\t**$4.1**\t**$26.2**\t**$96.8**\n[^a]: Financial data provided by the Office of the Chief Financial Officer.\n[^b]: Salaries include employee benefit plan.\n',
    );
    expect(text).toContain('$17.4<sup>D</sup>\t$0.6');
    // A definition list: `term: definition`.
    expect(text).toContain('\nAMR: Antimicrobial resistance\nAPEC: Asia-Pacific Economic Cooperation\n');
  });

  it('07 PHAC/HC results at a glance: each recommendation and its response stay apart', async () => {
    const { text } = await readCorpus('07_phac-hc-office-international-affairs-results-at-a-glance-en.html');
    expectNoChrome(text);
    expect(headingsOf(text)).toEqual([
      '# Results at a Glance - Evaluation of the Office of International Affairs for the Health Portfolio',
      '## Introduction',
      '## What the evaluation found',
      '## Recommendations and responses',
      '## About the evaluation',
    ]);
    const section = text.slice(text.indexOf('## Recommendations and responses'), text.indexOf('## About the evaluation'));
    expect(section.split('\n').map((line) => line.slice(0, 50))).toEqual([
      '## Recommendations and responses',
      '',
      '1. **Clearly articulate roles and responsibilities',
      '  Response: OIA will strengthen its engagement wit',
      '2. **Further explore opportunities to improve prod',
      '  Response: OIA will continue to identify opportun',
      '3. **Explore ways to measure the impact of OIA act',
      '  Response: OIA will assess the feasibility of mea',
      '',
      '',
    ]);
    expect(text.endsWith('comparative analyses.\n\n**January 2019**\n')).toBe(true);
  });

  it('08 ESDC summary: the whole page text, chrome gone', async () => {
    const { text } = await readCorpus('08_esdc-intl-labour-affairs-eval-summary-en.html');
    expect(text).toBe(
      [
        '# Summary of the Evaluation of Bilateral and Regional Labour Affairs and the International Trade and Labour Stream',
        '',
        '**From: Employment and Social Development Canada**',
        '',
        '## Alternate formats',
        '',
        'Evaluation of Bilateral and Regional Labour Affairs and the International Trade and Labour Stream – Final Report [PDF – 237 KB]',
        '',
        'Bilateral and Regional Labour Affairs negotiates, implements, monitors, and resolves disputes related to Labour Provisions of Free Trade Agreements ("the labour provisions") with partner countries to:',
        '',
        '- Promote fundamental labour rights internationally.',
        '- Help protect Canadians from unfair competition.',
        '',
        '## Key findings',
        '',
        '- Put in force nine trade agreements with labour provisions that require parties to respect internationally-recognized labour rights and principles and completed 3 additional negotiations.',
        '- Provided funding of $4.2M provided to projects in partner countries to assist with improving and maintaining labour legislation and enforcement capacity.',
        "- Made efforts to address non-compliance with the agreements contributed to improvements in partners' labour legislation and enforcement.",
        '- The labour provisions and regional engagement efforts contributed to the promotion of fundamental labour rights and principles internationally.',
        '',
        '## Challenges',
        '',
        '- Limited stakeholder consultations during negotiations.',
        '- Gaps in efforts to implement and monitor labour provisions.',
        '',
        '## Four lessons learned',
        '',
        '1. Modifying consultations to increase the involvement of provinces, territories, and other stakeholders could enhance analysis and negotiations.',
        '2. Considering how the monitoring pilot project could progress, i.e., how it could become a sustainable tool to help address gaps in efforts to monitor labour provisions, and how it could support the monitoring requirements in the labour provisions.',
        '3. Adjustments to the project approval process could help focus on areas of most pressing need. Adjustments to project duration could contribute to sustainability.',
        '4. Opportunities may exist to improve how performance data is organized and to collect more data on examples of contributions to long-term outcomes.',
        '',
        "The full Evaluation of Bilateral and Regional Labour Affairs and the International Trade and Labour Stream is available on Employment and Social Development Canada's website.",
        '',
      ].join('\n'),
    );
  });

  it('09 ESDC full report: the nested findings headings, footnotes as lines', async () => {
    const { text } = await readCorpus('09_esdc-intl-labour-affairs-eval-full-en.html');
    expectNoChrome(text);
    const headings = headingsOf(text);
    expect(headings).toHaveLength(52);
    expect(headings.filter((line) => line === '#### Areas of challenge and issues for consideration')).toHaveLength(6);
    expect(headings.slice(4, 9)).toEqual(['## Executive summary', '### Findings', '### Lessons learned', '## 1.0 Introduction', '## 2.0 Program background']);
    expect(text.match(/^\[\^\d+\]: /gm)).toHaveLength(20);
    expect(text).toContain('\n[^4]: Since December 2016, there has been a labour chapter added');
  });
});
