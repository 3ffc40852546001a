/**
 * Documents that are not i-eval summaries: i-eval Discovery's lesson-learned / good-practice
 * records, reports with labelled sections, and documents in no known template.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import type { ReadResult } from '../../src/model/read-result.js';
import type { RecommendationFields } from '../../src/model/records.js';
import { readDocument } from '../../src/read/read-document.js';
import { ofKind } from './extract-golden.js';

/** A text dump's paragraph: hard-wrapped at 78 columns. */
const wrap = (text: string) => text.replace(/(.{1,78})(\s|$)/g, '$1\n').trim();

function readOf(text: string, sourcePath = 'inline.md'): ReadResult {
  return { sourcePath, sha256: '0'.repeat(64), format: 'md', text, encoding: 'utf-8', warnings: [], pageStarts: [] };
}

describe('i-eval lesson-learned and good-practice records', () => {
  it('makes one insight per record, fields kept as structured fields, empty values dropped', async () => {
    const read = await readDocument('tests/fixtures/lesson-records-niger.md');
    const record = extractRecord(read);
    expect(record.document.template).toBe('ilo-ieval-lesson-records');
    expect(record.insights.map((insight) => insight.kind)).toEqual(['LESSON_LEARNED', 'LESSON_LEARNED', 'GOOD_PRACTICE']);
    const [first, second, practice] = record.insights;
    expect(first!.text).toBe(
      'Legal action alone does not change social norms: convictions for slavery were accepted locally only where traditional leaders had been involved beforehand.',
    );
    expect(first!.fields).toEqual({
      description: first!.text,
      context: 'Descent-based slavery persists in pastoral areas of Tahoua where victims depend on former masters for land and water.',
      challenges: 'Long delays in the courts discouraged victims from pursuing their cases.',
      targetedUsers: "Project designers, ILO constituents, victims' associations",
      theme: 'Forced labour',
      category: 'Lesson learned',
      evalNumber: 'EV-2023-0142',
      evalUrl: 'https://ieval.example.org/evaluations/EV-2023-0142',
      url: 'https://ieval.example.org/lessons/LL-0142-01',
      location: 'Niger',
      evalTitle: 'Independent final evaluation of the project NER/18/02/EUR to end forced labour and descent-based slavery in Niger',
    });
    // "-", "- -" and "N/A" are empty values.
    expect(second!.fields).not.toHaveProperty('context');
    expect(second!.fields).not.toHaveProperty('administrativeIssues');
    expect(second!.fields).toMatchObject({ successes: 'Groups supported after a social mediation process were still active two years later.' });
    // The bullet form (`- label:` / `- value`) gives the same fields.
    expect(practice!.fields).toMatchObject({
      summary: practice!.text,
      conditions: 'Villages where victims and former masters still live side by side.',
      category: 'Emerging good practice',
      location: 'Tahoua, Niger',
    });
    expect(practice!.fields).not.toHaveProperty('url');
    expect(record.insights.map((insight) => insight.provenance.ordinal)).toEqual([1, 2, 3]);
    for (const insight of record.insights) expect(read.text.slice(insight.provenance.start, insight.provenance.end)).toContain(insight.text);
    // All records come from one evaluation: its title, timing and mode. No project code: the graph
    // would key this page like the summary of the same evaluation and replace it.
    expect(record.evaluation).toMatchObject({
      title: (first!.fields as { evalTitle: string }).evalTitle,
      timing: 'FINAL',
      mode: 'INDEPENDENT',
      type: 'PROJECT',
    });
    expect(record.project).toBeNull();
    expect(record.mentions.countries.map((country) => country.iso3)).toEqual(['NER']);
  });

  it('joins region and country into one location; a repeated label, even empty, starts the next record', () => {
    const record = extractRecord(
      readOf(
        [
          '- themes:',
          '- Economic empowerment',
          '- description:',
          '- Women-led savings groups survived the drought better than mixed groups.',
          '- challenges:',
          '- -',
          '- region:',
          '- Tahoua',
          '- country:',
          '- Niger',
          '- challenges:',
          '- N/A',
          '- description:',
          '- Radio drama changed attitudes towards descent-based slavery.',
        ].join('\n'),
      ),
    );
    expect(record.insights.map((insight) => [insight.text, insight.fields])).toEqual([
      [
        'Women-led savings groups survived the drought better than mixed groups.',
        { description: 'Women-led savings groups survived the drought better than mixed groups.', theme: 'Economic empowerment', location: 'Tahoua, Niger' },
      ],
      ['Radio drama changed attitudes towards descent-based slavery.', { description: 'Radio drama changed attitudes towards descent-based slavery.' }],
    ]);
  });

  it('leaves evaluation and project empty when the records come from several evaluations', () => {
    const record = extractRecord(
      readOf(
        'eval_number:\nA-1\neval_title:\nFirst evaluation\ndescription:\nLesson one is long enough.\n\neval_number:\nB-2\neval_title:\nSecond evaluation\ndescription:\nLesson two is long enough.\n',
      ),
    );
    expect(record.insights).toHaveLength(2);
    expect(record.evaluation).toBeNull();
    expect(record.project).toBeNull();
  });
});

describe('labelled sections (other shapes)', () => {
  it('takes insights only from labelled places, splitting enumerations and bullets', async () => {
    const read = await readDocument('tests/fixtures/other-shapes-report.md');
    const record = extractRecord(read);
    expect(record.document.template).toBe('labelled-sections');
    expect(ofKind(record, 'LESSON_LEARNED').map((insight) => insight.text)).toEqual([
      'the need to involve customary leaders before any legal action',
      'the value of group-based income-generating activities for victims of forced labour',
      'the importance of a stable budget for labour inspection.',
      'Advocacy with members of parliament works best when victims themselves testify about their experience.',
    ]);
    expect(ofKind(record, 'GOOD_PRACTICE').map((insight) => insight.text)).toEqual([
      'Radio programmes in local languages raised awareness of the law against slavery in remote villages.',
      'Mobile legal clinics reached victims in areas where no court sits.',
    ]);
    expect(ofKind(record, 'RECOMMENDATION').map((insight) => insight.text)).toEqual([
      'Extend the mobile legal clinics to the Sahel region of Burkina Faso',
      'Train labour inspectors on forced labour indicators',
      'Publish an annual report on prosecutions under the anti-slavery laws.',
    ]);
    // Table of contents, announcements ("aims to draw lessons learned", "tirer les leçons") and questions are not insights.
    expect(record.insights).toHaveLength(9);
    for (const insight of record.insights) {
      expect(read.text.slice(insight.provenance.start, insight.provenance.end)).toContain(insight.text);
      expect(insight.text).not.toMatch(/\.{3}|\?$|draw lessons|tirer les le/);
    }
    expect(record.mentions.countries.map((country) => country.iso3)).toEqual(['BFA', 'MLI', 'NER']);
    expect(record.evaluation).toBeNull();
  });

  it('reads an agency web page (HTML): bullets under a heading, script and navigation ignored', async () => {
    const read = await readDocument('tests/fixtures/agency-page-mauritania.html');
    const record = extractRecord(read);
    expect(record.document).toMatchObject({ template: 'labelled-sections', language: 'fr', format: 'html' });
    expect(record.insights.map((insight) => [insight.kind, insight.provenance.section, insight.text])).toEqual([
      ['LESSON_LEARNED', 'Leçons apprises', "Les femmes victimes ont besoin d'un accompagnement juridique et économique pour quitter leurs anciens maîtres."],
      ['LESSON_LEARNED', 'Leçons apprises', "Les radios communautaires à Néma ont touché plus de personnes que les campagnes d'affichage."],
      [
        'GOOD_PRACTICE',
        'Bonnes pratiques',
        "La médiation sociale menée par des imams formés a permis le retour de familles victimes dans leur village d'origine.",
      ],
    ]);
    expect(record.insights[1]!.mentions.places.map((place) => place.id)).toEqual(['place:mrt-nema']);
    expect(JSON.stringify(record)).not.toContain('DETACH DELETE');
  });

  it('never takes a table-of-contents line, a question or an announcement under a label', () => {
    const record = extractRecord(
      readOf(
        [
          '## RECOMMENDATIONS ...... 42',
          '',
          '## Lessons learned',
          '',
          'This section presents the lessons learned by the programme.',
          '',
          'What lessons can be drawn for a second phase?',
          '',
          'Community radios reached more listeners than printed leaflets.',
          '',
          'Projects should document lessons on reprisals from the start.',
          '',
          '## Bonnes pratiques',
          '',
          "L'équipe a voulu tirer les leçons de la première phase.",
          '',
          'Les comités villageois de vigilance signalent les cas aux autorités.',
          '',
          '## Recommendations',
          '',
          'Document the lessons of the first phase in a practical guide for labour inspectors.',
        ].join('\n'),
      ),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['LESSON_LEARNED', 'Community radios reached more listeners than printed leaflets.'],
      ['LESSON_LEARNED', 'Projects should document lessons on reprisals from the start.'],
      ['GOOD_PRACTICE', 'Les comités villageois de vigilance signalent les cas aux autorités.'],
      ['RECOMMENDATION', 'Document the lessons of the first phase in a practical guide for labour inspectors.'],
    ]);
  });

  it('gives each insight its own language when it can be told', () => {
    const record = extractRecord(
      readOf(
        [
          '## Leçons apprises',
          '',
          "La médiation sociale a permis le retour des familles dans leur village d'origine et la reprise des activités.",
          '',
          "Les comités de vigilance sont plus efficaces quand ils sont animés par des femmes et des jeunes du village, avec l'appui des élus.",
          '',
          'The evaluation found that the radio campaigns in the local languages were the most effective way to reach the villages.',
          '',
          'Sí.',
        ].join('\n'),
      ),
    );
    expect(record.document.language).toBe('fr');
    expect(record.insights.map((insight) => insight.language)).toEqual(['fr', 'fr', 'en']);
  });

  it('does not read "Niger Delta" as Niger', () => {
    const record = extractRecord(readOf('## Lessons learned\n\nFishing cooperatives in the Niger Delta recovered faster with group savings.\n'));
    expect(record.insights).toHaveLength(1);
    expect(record.insights[0]!.mentions.countries.map((country) => country.iso3)).not.toContain('NER');
  });
});

describe('ILO lesson-learned and good-practice annex templates', () => {
  it('reads each annex table as one insight with its rows as fields; header and boilerplate lines are not insights', async () => {
    const read = await readDocument('tests/fixtures/annex-lessons-niger.md');
    const record = extractRecord(read);
    expect(record.document.template).toBe('labelled-sections');
    expect(record.insights.map((insight) => [insight.kind, insight.provenance.section, insight.provenance.ordinal])).toEqual([
      ['LESSON_LEARNED', 'Lessons learned', 1],
      ['GOOD_PRACTICE', 'Emerging good practices', 1],
    ]);
    const [lesson, practice] = record.insights;
    expect(lesson!.text).toBe(
      'Legal action alone does not change social norms: convictions were accepted locally only where traditional leaders had been involved beforehand.',
    );
    // "N/A" is an empty row.
    expect(lesson!.fields).toEqual({
      description: lesson!.text,
      context: 'Pastoral areas of Tahoua where victims depend on former masters for land and water.',
      targetedUsers: 'ILO project designers, Timidria, the Ministry of Justice.',
      challenges: 'Long delays in the courts discouraged victims from pursuing their cases.',
      successes: 'Where chiefs had publicly rejected slavery, judgements were respected.',
    });
    expect(practice!.fields).toEqual({
      summary: practice!.text,
      conditions: 'Villages where victims and former masters still live side by side; mediators must be trained and accepted by both sides.',
      causeEffect: 'Mediation before economic support reduced reprisals against beneficiaries.',
      measurableImpact: '85 per cent of the 240 supported households still ran their activity two years later.',
      replicationPotential: 'High: TEMEDT in Mali and SOS Esclaves in Mauritania have asked for the method.',
      higherGoals: 'Protocol of 2014 to the Forced Labour Convention; Decent Work Country Programme of Niger.',
    });
    // Mentions and themes come from the insight's own text (records.ts), not from the other rows.
    expect(practice!.mentions.organisations).toEqual([]);
    expect(practice!.themes.map((theme) => theme.id)).toContain('theme:social-mediation');
    for (const insight of record.insights) expect(read.text.slice(insight.provenance.start, insight.provenance.end)).toContain(insight.text);
  });

  it('takes the title of a numbered lesson as its headline', () => {
    const record = extractRecord(
      readOf(
        '## Lessons learned\n\n### Lesson 1: Mediation first\n\nEconomic support works once the community has accepted the victims back.\n\n### Lesson 2\n\nLegal aid needs protection from reprisals.\n',
      ),
    );
    expect(record.insights.map((insight) => [insight.headline, insight.text, insight.provenance.section])).toEqual([
      ['Mediation first', 'Economic support works once the community has accepted the victims back.', 'Lessons learned'],
      [null, 'Legal aid needs protection from reprisals.', 'Lessons learned'],
    ]);
  });
});

describe('unknown template', () => {
  it('gives language, countries, organisations and themes at document level, and a warning', async () => {
    const record = extractRecord(await readDocument('tests/fixtures/unknown-newsletter.txt'));
    expect(record.document.template).toBe('unknown');
    expect(record.document.language).toBe('en');
    expect(record.insights).toEqual([]);
    expect(record.evaluation).toBeNull();
    expect(record.project).toBeNull();
    expect(record.mentions.countries.map((country) => country.iso3)).toEqual(['NER', 'MLI']);
    expect(record.mentions.organisations.map((org) => org.id)).toEqual(['org:ilo', 'org:unicef']);
    expect(record.themes.map((theme) => theme.id)).toEqual(expect.arrayContaining(['theme:forced-labour', 'theme:child-labour']));
    expect(record.warnings).toHaveLength(1);
    expect(record.warnings[0]).toMatch(/^No known template recognised/);
  });
});

describe('a sentence cut into bullets', () => {
  it('is one finding when a bullet ends "; and" and the next goes on in lower case', () => {
    const record = extractRecord(
      readOf(
        [
          '# Evaluation of the Office of International Affairs',
          '',
          '## Findings',
          '',
          '- The office supported partners in negotiating trade agreements; and',
          '- provided coordination for international engagement across the portfolio.',
          '',
          'Partners valued the coordination role of the office.',
        ].join('\n'),
      ),
    );
    expect(ofKind(record, 'FINDING').map((finding) => finding.text.replace(/\s+/g, ' '))).toEqual([
      'The office supported partners in negotiating trade agreements; and provided coordination for international engagement across the portfolio.',
      'Partners valued the coordination role of the office.',
    ]);
  });
});

describe('chapters named after the evaluation criteria', () => {
  it("give findings: a sub-section's own statement before its strengths and challenges, labels as headlines, no description", () => {
    const record = extractRecord(
      readOf(
        [
          '# Evaluation of the Bilateral Labour Programme',
          '## 1.0 Introduction',
          'The evaluation covers the years 2011 to 2016 and was conducted by the evaluation directorate.',
          '## 3.0 Relevance',
          '### 3.1 Alignment with priorities regarding international trade',
          'The programme objectives are aligned with the priorities of the government and the department.',
          '## 4.0 Effectiveness',
          '### 4.1 Supporting the negotiation of labour provisions',
          "The evaluation found that the programme's research contributes to the negotiation of labour provisions.",
          '#### Description of activity',
          'A key programme activity is to prepare negotiating positions by researching labour conditions.',
          '#### Areas of strength',
          'Key informants valued the research conducted on labour situations in partner countries.',
          '#### Areas of challenge',
          'There was limited engagement of provinces and territories during the negotiations.',
        ].join('\n\n'),
      ),
    );
    expect(ofKind(record, 'FINDING').map((finding) => [finding.headline, finding.text, finding.provenance.section])).toEqual([
      [
        'Alignment with priorities regarding international trade',
        'The programme objectives are aligned with the priorities of the government and the department.',
        '3.0 Relevance',
      ],
      [
        'Supporting the negotiation of labour provisions',
        "The evaluation found that the programme's research contributes to the negotiation of labour provisions.",
        '4.0 Effectiveness',
      ],
      [null, 'Key informants valued the research conducted on labour situations in partner countries.', 'Areas of strength'],
      [null, 'There was limited engagement of provinces and territories during the negotiations.', 'Areas of challenge'],
    ]);
  });

  it("give the chapter's own overall finding before its sub-sections'", () => {
    const record = extractRecord(
      readOf(
        [
          '# Evaluation of the Labour Programme',
          '## 4. Effectiveness',
          'Overall, the programme achieved most of its expected outputs, but its outcomes remain fragile in the northern regions.',
          '### 4.1 Inspection capacity',
          'Labour inspectorates in the two pilot regions doubled the number of inspections carried out each year.',
          '## 5. Sustainability',
          'The inspectorates have no budget of their own for the inspections once the programme closes.',
        ].join('\n\n'),
      ),
    );
    expect(ofKind(record, 'FINDING').map((finding) => [finding.headline, finding.text.slice(0, 40)])).toEqual([
      ['Effectiveness', 'Overall, the programme achieved most of '],
      ['Inspection capacity', 'Labour inspectorates in the two pilot re'],
      [null, 'The inspectorates have no budget of thei'],
    ]);
  });

  it('give findings in a text dump whose chapters are capitals lines after its methodology, never the definitions', () => {
    const record = extractRecord(
      readOf(
        [
          'FINAL EVALUATION OF THE RURAL WATER PROJECT',
          'INTRODUCTION',
          wrap('This report presents the final evaluation of the rural water project implemented in three regions of the country between 2019 and 2023.'),
          'METHODOLOGY',
          wrap('The evaluation team reviewed the project documents, interviewed forty stakeholders and visited twelve villages in the three regions.'),
          'RELEVANCE',
          wrap(
            'Relevance is the extent to which the objectives of an intervention are consistent with the needs of the beneficiaries and the policies of the country.',
          ),
          wrap(
            'The project responded to the priorities of the national water strategy and to the needs expressed by the communities, who had no safe water point.',
          ),
          'EFFECTIVENESS',
          wrap('The project built 85 of the 100 planned water points; a third of the water committees have not collected any fees since 2022.'),
          'RECOMMENDATIONS',
          wrap("The ministry should include the maintenance of the water points in the communes' budgets before the project closes."),
        ].join('\n\n'),
        'report.txt',
      ),
    );
    expect(record.insights.map((insight) => [insight.kind, insight.provenance.section, insight.text.slice(0, 30)])).toEqual([
      ['FINDING', 'RELEVANCE', 'The project responded to the p'],
      ['FINDING', 'EFFECTIVENESS', 'The project built 85 of the 10'],
      ['RECOMMENDATION', 'RECOMMENDATIONS', 'The ministry should include th'],
    ]);
  });

  it.each([
    [
      'fr',
      '## 3. Pertinence',
      'Le projet répond aux besoins des éleveurs transhumants et aux priorités du gouvernement.',
      '## 4. Efficacité',
      'Le projet a atteint la plupart de ses cibles dans les deux régions.',
    ],
    [
      'es',
      '## III. EFICACIA',
      'El programa alcanzó la mayoría de sus metas de cobertura en los municipios atendidos.',
      '## IV. SOSTENIBILIDAD',
      'Los municipios no cuentan con presupuesto para continuar las acciones.',
    ],
  ])('give findings in %s', (_language, heading, statement, next, other) => {
    const record = extractRecord(readOf(['# Évaluation finale', heading, statement, next, other].join('\n\n')));
    expect(ofKind(record, 'FINDING').map((finding) => finding.text)).toEqual([statement, other]);
  });
});

describe("a finding's sentence cut into capitalised bullets", () => {
  it('is one finding with its lead-in; a list of whole sentences stays one finding per bullet', () => {
    const record = extractRecord(
      readOf(
        [
          '# Evaluation of the Labour Programme',
          '',
          '## Findings',
          '',
          'Key informants and project reports indicated that projects have contributed to:',
          '',
          '- Assisting partners to comply with their labour provision obligations;',
          '- Increasing enforcement capacity through the training of inspectors; and',
          '- Maintaining or improving labour legislation and policies.',
          '',
          'The evaluation identified the following strengths of the programme:',
          '',
          '- The programme reached 4,000 workers in the two regions.',
          '- Women made up half of the trainees in the second year.',
        ].join('\n'),
      ),
    );
    expect(ofKind(record, 'FINDING').map((finding) => finding.text.replace(/\s+/g, ' '))).toEqual([
      'Key informants and project reports indicated that projects have contributed to: Assisting partners to comply with their labour provision obligations; Increasing enforcement capacity through the training of inspectors; and Maintaining or improving labour legislation and policies.',
      'The programme reached 4,000 workers in the two regions.',
      'Women made up half of the trainees in the second year.',
    ]);
  });
});

describe('a management response under its recommendation', () => {
  it('takes what follows the decision as the response and its bullets as the key actions', () => {
    const record = extractRecord(
      readOf(
        [
          '# Management Response to the Evaluation of the National Nutrition Programme',
          '',
          '## Recommendation 1',
          '',
          'The Ministry of Health should integrate nutrition counselling into routine antenatal care in all districts by 2025.',
          '',
          '**Management response:** Accepted.',
          '',
          'The Ministry agrees to:',
          '',
          '- revise the antenatal care guidelines to include nutrition counselling;',
          '- train 1,200 health workers in the 20 priority districts.',
        ].join('\n'),
      ),
    );
    const [recommendation] = ofKind(record, 'RECOMMENDATION');
    expect(recommendation!.text).toBe('The Ministry of Health should integrate nutrition counselling into routine antenatal care in all districts by 2025.');
    expect((recommendation!.fields as RecommendationFields | null)?.managementResponse).toMatchObject({
      decision: 'ACCEPTED',
      keyActions: 'revise the antenatal care guidelines to include nutrition counselling; / train 1,200 health workers in the 20 priority districts.',
    });
  });
});

describe('a management response whose decision stands alone before its reasons', () => {
  it('reads the paragraphs after "Management Response: Disagree" as the response, in the three languages', () => {
    const cases: Array<[string[], string]> = [
      [
        [
          '## Recommendations',
          '',
          '**Recommendation 3:** Discontinue support to the early grade reading pilot.',
          '',
          '**Management Response:** Disagree',
          '',
          'The pilot is at an early stage and the evaluation evidence base for this conclusion is limited.',
        ],
        'REJECTED',
      ],
      [
        [
          '# Réponse de la direction',
          '',
          "**Recommandation 1 : Renforcer l'ancrage institutionnel des comités de gestion des points d'eau.**",
          '',
          '**Réponse de la direction :** Acceptée.',
          '',
          "La direction partage l'analyse de l'évaluation. Les comités seront intégrés dans les plans communaux.",
        ],
        'ACCEPTED',
      ],
      [
        [
          '# Respuesta de la gerencia',
          '',
          '**Recomendación 2: Extender el proyecto 24 meses sin costo adicional.**',
          '',
          'Respuesta de la gerencia: Rechazada',
          '',
          'Los recursos disponibles no permiten una extensión; las obras restantes se integrarán en el proyecto sucesor.',
        ],
        'REJECTED',
      ],
    ];
    for (const [lines, decision] of cases) {
      const recommendations = ofKind(extractRecord(readOf(lines.join('\n'))), 'RECOMMENDATION');
      expect(recommendations).toHaveLength(1);
      const response = (recommendations[0]!.fields as RecommendationFields | null)?.managementResponse;
      expect(response?.decision).toBe(decision);
      expect(response?.response).toBe(lines[lines.length - 1]);
      expect(recommendations[0]!.text).not.toContain(lines[lines.length - 1]!.slice(0, 20));
    }
  });

  it("does not take the management's overall response for a recommendation", () => {
    const record = extractRecord(
      readOf(
        [
          '# Management Response to the Evaluation of the Climate Resilient Agriculture Programme',
          '',
          '## Overall response',
          '',
          'Management welcomes the evaluation and its useful findings. Management accepts six of the seven recommendations in full or in part.',
          '',
          '## Detailed management response',
          '',
          '| Recommendation | Management response | Key actions | Responsible unit | Deadline |',
          '| --- | --- | --- | --- | --- |',
          '| 1. Extend the saline-tolerant rice varieties to all coastal upazilas. | Accepted. | Agree an expansion plan with DAE. | Country Office | June 2024 |',
        ].join('\n'),
      ),
    );
    expect(ofKind(record, 'RECOMMENDATION').map((item) => item.text)).toEqual(['Extend the saline-tolerant rice varieties to all coastal upazilas.']);
  });
});

describe('recommendations addressed by a heading or a lead', () => {
  const addressed = (text: string) =>
    ofKind(extractRecord(readOf(text)), 'RECOMMENDATION').map((item) => [
      item.headline,
      item.text.slice(0, 24).trim(),
      item.addressees.map((actor) => actor.name),
    ]);

  it('reads "6.1 To LIMCOM" as whom its recommendations address, not as their headline', () => {
    expect(
      addressed(
        [
          '## 6. Recommendations',
          '### 6.1 To LIMCOM',
          'R1. LIMCOM should establish a regional procurement facility for all future projects in the basin.',
          '### 6.2 To the member states',
          'R2. Allocate an annual budget to the catchment management forums and set targets for the participation of women.',
          '### 6.3 For the next phase',
          'The handover of the telemetric network to the national hydrological services should be planned from the first year.',
        ].join('\n\n'),
      ),
    ).toEqual([
      [null, 'LIMCOM should establish', ['LIMCOM']],
      [null, 'Allocate an annual budge', ['member states']],
      ['For the next phase', 'The handover of the tele', []],
    ]);
  });

  it('reads « Al PNUD: », « Aux communes : », "To UNDP:" opening a recommendation as its addressee', () => {
    expect(
      addressed(
        [
          '## Recomendaciones',
          'Recomendación 1. Al Ministerio de Medio Ambiente y Agua: institucionalizar los comités de cuenca mediante una resolución.',
          'Recomendación 2. Aux communes : inscrire une ligne budgétaire annuelle pour les comités de bassin versant.',
          'Recomendación 3. To improve targeting: revise the eligibility criteria of the cash transfer programme every two years.',
        ].join('\n\n'),
      ).map(([, , names]) => names),
    ).toEqual([['Ministerio de Medio Ambiente y Agua'], ['Local authorities'], []]);
  });
});

describe("a recommendation's points under its lead-in, at the list's own depth", () => {
  it('keeps "The system should:" and every point after it in the recommendation, bullets or (a) (b) (c)', () => {
    const record = extractRecord(
      readOf(
        [
          '## Recommendations',
          '',
          '1. **Introduce visitor fees.** UNDP and the Ministry should design a visitor fee system for the National Park. The system should:',
          '',
          '- differentiate fees for foreign and domestic visitors;',
          '- exempt local residents; and',
          '- be reviewed every three years.',
          '',
          '2. Norad should replace stand-alone training courses with long-term twinning arrangements. In particular it should:',
          '',
          '(a) agree multi-year capacity development plans with each partner;',
          '',
          '(b) include on-the-job training in stock assessment; and',
          '',
          '(c) monitor the use of skills after training.',
          '',
          '3. **Sustain biodiversity monitoring.** The park authorities should continue the monitoring programme established by the project.',
        ].join('\n'),
      ),
    );
    const recommendations = ofKind(record, 'RECOMMENDATION');
    expect(recommendations).toHaveLength(3);
    expect(recommendations[0]!.text).toMatch(/differentiate fees .*exempt local residents; and\s+be reviewed every three years\.$/s);
    expect(recommendations[1]!.text).toMatch(/agree multi-year .*include on-the-job .*monitor the use of skills after training\.$/s);
    expect(record.evaluation?.title ?? null).toBeNull();
  });
});

describe('a table of lessons after a table of recommendations', () => {
  it("reads the lessons' own table (item, evidence) instead of going on with the recommendations' columns", () => {
    const record = extractRecord(
      readOf(
        [
          '## Recomendaciones',
          '',
          '| N° | Recomendación | Prioridad |',
          '|---|---|---|',
          '| 1 | Priorizar, en la próxima fase, los países con contrapartes institucionales estables. | Alta |',
          '',
          '## Lecciones aprendidas',
          '',
          '| Lección | Evidencia |',
          '|---|---|',
          '| La existencia de una contraparte institucional estable es condición para que el conocimiento se traduzca en políticas. | Casos de Chile y Uruguay. |',
          '| Los productos breves tienen mayor uso entre los tomadores de decisión que los estudios extensos. | Encuesta a 85 funcionarios (2022). |',
        ].join('\n'),
      ),
    );
    expect(record.insights.map((item) => [item.kind, item.text.slice(0, 30)])).toEqual([
      ['RECOMMENDATION', 'Priorizar, en la próxima fase,'],
      ['LESSON_LEARNED', 'La existencia de una contrapar'],
      ['LESSON_LEARNED', 'Los productos breves tienen ma'],
    ]);
  });
});

describe('rules that must not misfire on other layouts (second review)', () => {
  const texts = (text: string, kind: string) =>
    extractRecord(readOf(text, 'inline.txt'))
      .insights.filter((item) => item.kind === kind)
      .map((item) => item.text);

  it('keeps recommendations the summary and the body both state near page numbers', () => {
    const items = ['Strengthen the follow-up of graduates after their placement.', 'Involve employers in the design of training curricula.'];
    const text = [
      'Executive summary',
      '',
      'Recommendations',
      '',
      ...items.flatMap((item) => [item, '']),
      'ii',
      '',
      '1. Introduction',
      '',
      'The report presents the final evaluation.',
      '',
      '1',
      '',
      '3. Recommendations',
      '',
      ...items.flatMap((item) => [item, '']),
      '3',
    ].join('\n');
    expect(texts(text, 'RECOMMENDATION')).toEqual(items);
  });

  it('reads bullets with three spaces after their marker as bullets, not as table rows', () => {
    const text = [
      '## Lessons learned',
      '',
      '-   Forest user groups protect the plots they manage when they receive a share of the timber revenue.',
      '-   Boundary disputes must be settled before handover, not after.',
    ].join('\n');
    expect(extractRecord(readOf(text)).insights.map((item) => item.kind)).toEqual(['LESSON_LEARNED', 'LESSON_LEARNED']);
  });

  it('keeps the recommendations listed after a response, and a "6.2 Response" phase under Recommendations', () => {
    const listed = [
      '## Recommendations',
      '',
      '1. Strengthen the supply chain for essential medicines at district level.',
      '',
      'Management response: Agree',
      '',
      'The Ministry will work with the National Medical Stores on quarterly forecasting.',
      '',
      '2. Introduce performance-based financing in all district hospitals.',
      '',
      'Management response: Partially agree',
      '',
      'The Ministry will pilot it in ten hospitals first.',
    ].join('\n');
    const recommendations = ofKind(extractRecord(readOf(listed)), 'RECOMMENDATION');
    expect(recommendations.map((item) => [item.text.slice(0, 30), (item.fields as RecommendationFields | null)?.managementResponse?.decision])).toEqual([
      ['Strengthen the supply chain fo', 'ACCEPTED'],
      ['Introduce performance-based fi', 'PARTIALLY_ACCEPTED'],
    ]);
    const phases = [
      '## 6. Recommendations',
      '',
      '### 6.1 Preparedness',
      '',
      '- Extend community early warning committees to all districts.',
      '- Pre-position shelter kits in each district capital.',
      '',
      '### 6.2 Response',
      '',
      '- Designate additional evacuation centres in schools.',
      '- Agree standard cash transfer values with the government.',
    ].join('\n');
    expect(ofKind(extractRecord(readOf(phases)), 'RECOMMENDATION')).toHaveLength(4);
  });

  it('gives the nth recommendation the response matrix row "Recommendation n" when the recommendations are not numbered', () => {
    const text = [
      '## Recommendations',
      '',
      '- Strengthen the coordination between city corporations and the disaster management department.',
      '- Expand the community volunteer network to the informal settlements not yet covered.',
      '',
      '## Management Response Matrix',
      '',
      '| Recommendation | Management response | Key actions | Responsible unit |',
      '|---|---|---|---|',
      '| Recommendation 1 | Accepted | Joint early warning protocol | UNDP Bangladesh |',
      '| Recommendation 2 | Partially accepted | Expand volunteers to 20 settlements | UNDP Bangladesh |',
    ].join('\n');
    const recommendations = ofKind(extractRecord(readOf(text)), 'RECOMMENDATION');
    expect(recommendations.map((item) => [item.text.slice(0, 20), (item.fields as RecommendationFields | null)?.managementResponse?.decision])).toEqual([
      ['Strengthen the coord', 'ACCEPTED'],
      ['Expand the community', 'PARTIALLY_ACCEPTED'],
    ]);
  });

  it("keeps the body's full statement when a follow-up matrix abridges it, and its addressee sub-sections' items", () => {
    const text = [
      '## 5. Recomendaciones',
      '### 5.1 A la Secretaría de Salud',
      '1. Incorporar al presupuesto nacional la contratación del personal de los equipos de salud familiar a partir de 2024.',
      '### 5.2 A la AECID y la OPS',
      '2. Acompañar la transición financiera durante dos años con un financiamiento decreciente.',
      '### 5.3 Matriz de seguimiento',
      '| Recomendación | Actor responsable | Horizonte temporal |',
      '|---|---|---|',
      '| 1. Incorporar al presupuesto nacional la contratación del personal | Secretaría de Salud | Corto plazo |',
    ].join('\n\n');
    const recommendations = ofKind(extractRecord(readOf(text)), 'RECOMMENDATION');
    expect(recommendations.map((item) => [item.text.slice(-20), item.fields])).toEqual([
      ['ar a partir de 2024.', { responsibleUnit: 'Secretaría de Salud', timeFrame: 'Corto plazo' }],
      ['amiento decreciente.', null],
    ]);
  });

  it('names no addressee from "For Future Projects", "To Improve Sustainability" or "For Phase II:"', () => {
    const text = [
      '## 5. Recommendations',
      '### 5.2 For Future Projects',
      'Baseline data on employment status should be collected before the first cohort starts.',
      '### 5.3 To Improve Sustainability',
      'The ILO and the National Employment Agency should agree on a plan to transfer the platform by 2025.',
      '### 5.4 Other',
      'For Phase II: UNICEF should include a hygiene component from the start.',
    ].join('\n\n');
    expect(ofKind(extractRecord(readOf(text)), 'RECOMMENDATION').map((item) => item.addressees.map((actor) => actor.name))).toEqual([
      [],
      ['International Labour Organization', 'the National Employment Agency'],
      ['UNICEF'],
    ]);
  });

  it('keeps findings about past recommendations, a footnote-like number that opens a finding, and the setting after the findings', () => {
    expect(
      texts(['## Findings', '', 'Only three of the eight recommendations made by the mid-term review were implemented.'].join('\n'), 'FINDING'),
    ).toHaveLength(1);
    const numbered = [
      '2. Findings',
      '',
      'The project reached 14,000 women in 120 villages.',
      '',
      '45 VSLAs were federated into three networks that now negotiate loans with the regional microfinance institution.',
      '',
      '7',
      '',
      'They meet every quarter.',
    ].join('\n');
    expect(texts(numbered, 'FINDING').some((text) => text.startsWith('45 VSLAs were federated'))).toBe(true);
    const setting = [
      '# Final Evaluation',
      '## 3. Findings',
      '### 3.1 Relevance',
      'The project was aligned with the national nutrition policy.',
      '### 3.2 Efficiency',
      'Cost per child treated fell from 180 to 130 dollars.',
      '## 4. Impact of COVID-19 on implementation',
      'Schools closed for seven months in 2020.',
    ].join('\n\n');
    expect(extractRecord(readOf(setting)).insights.map((item) => item.provenance.section)).toEqual(['3. Findings', '3. Findings']);
  });
});

describe('two labelled parts on one line', () => {
  it('reads « Priorité : haute – Échéance : juin 2023 » as a priority and a time frame', () => {
    const record = extractRecord(
      readOf(
        [
          '## Recommandations',
          '',
          "**Recommandation 1 : Transférer la gestion des modules de formation à l'Institut national de santé publique.**",
          '',
          'Priorité : haute – Échéance : juin 2023',
          '',
          '**Recommandation 2 : Décentraliser les sessions de formation dans les chefs-lieux de région.**',
          '',
          'Priority: medium. Addressed to: Ministry of Health',
        ].join('\n'),
      ),
    );
    const recommendations = ofKind(record, 'RECOMMENDATION');
    expect(recommendations.map((item) => item.fields)).toEqual([{ priority: 'haute', timeFrame: 'juin 2023' }, { priority: 'medium' }]);
    expect(recommendations[1]!.addressees.map((actor) => actor.name)).toEqual(['Ministry of Health']);
  });

  it('does not take who cleared a management response for a response', () => {
    const record = extractRecord(
      readOf(
        [
          '# Management Response',
          '',
          '[November, 2018]',
          '',
          'Management response cleared by: Country Director: Amina Souley Date: 12 November 2018',
          '',
          'Recommendation 1: Concentrate resilience activities in the 18 priority communes of Tillabéri and Tahoua.',
          '',
          'Management response: Accepted.',
        ].join('\n'),
      ),
    );
    expect(ofKind(record, 'RECOMMENDATION').map((item) => item.text)).toEqual([
      'Concentrate resilience activities in the 18 priority communes of Tillabéri and Tahoua.',
    ]);
  });
});

describe('captions, sources and counts of what follows', () => {
  it("takes neither a table's or a figure's caption nor a source line for a finding or its headline", () => {
    const record = extractRecord(
      readOf(
        [
          '## FINDINGS',
          '',
          '**Finding 1.** Minimum dietary diversity among children aged 6-23 months increased from 12 percent to 29 percent.',
          '',
          '**Table 3: Selected nutrition indicators, baseline and endline**',
          '',
          'Source: GTN baseline and endline surveys (2017, 2021).',
          '',
          '**Finding 2.** Stunting did not decline significantly, remaining at around 38 percent.',
          '',
          '## CONSTATS',
          '',
          "L'accès à l'eau potable est passé de 42 % à 68 % dans les communes d'intervention entre 2016 et 2021.",
          '',
          "Graphique 3 : Évolution du taux d'accès à l'eau potable, 2016-2021 (en %)",
          '',
          'Gráfico 4. Evolución del acceso al agua potable, 2016-2021 (en %)',
        ].join('\n'),
      ),
    );
    expect(ofKind(record, 'FINDING').map((item) => [item.headline, item.text.slice(0, 30)])).toEqual([
      [null, 'Minimum dietary diversity amon'],
      [null, 'Stunting did not decline signi'],
      [null, "L'accès à l'eau potable est pa"],
    ]);
  });

  it('does not take a sentence that counts the recommendations or lessons to come for one of them', () => {
    const record = extractRecord(
      readOf(
        [
          '## Recommendations',
          '',
          'The evaluation makes four recommendations, presented in the table below.',
          '',
          '1. WFP should design the next country strategic plan around a clear theory of change.',
          '',
          '## Lessons',
          '',
          'The ICR (pp. 38-39) offers several lessons, of which the following are adapted by IEG.',
          '',
          'Access targets alone do not capture service quality; hours of supply should be measured at household level.',
          '',
          '## Recommandations',
          '',
          "L'évaluation formule cinq recommandations principales.",
          '',
          'Two of the three recommendations of the mid-term review should be carried over into the next phase.',
        ].join('\n'),
      ),
    );
    expect(record.insights.map((item) => item.text.slice(0, 30))).toEqual([
      'WFP should design the next cou',
      'Access targets alone do not ca',
      'Two of the three recommendatio',
    ]);
  });
});

describe("a brief's plain-language headings", () => {
  it('reads what worked, what did not and successful experiences', () => {
    const kinds = (heading: string) =>
      extractRecord(readOf(`## ${heading}\n\nThe committees met every month and settled most disputes over water points.`)).insights.map((item) => item.kind);
    expect(['What worked well', "Ce qui n'a pas fonctionné", 'Lo que funcionó bien', 'Experiencias exitosas'].map(kinds)).toEqual([
      ['FINDING'],
      ['FINDING'],
      ['FINDING'],
      ['GOOD_PRACTICE'],
    ]);
  });

  it("reads a criterion's one labelled finding without the evaluation question above it", () => {
    const record = extractRecord(
      readOf(
        [
          '# 4. Hallazgos',
          '## 4.1 Pertinencia',
          'PE1. ¿En qué medida el proyecto respondió a las prioridades nacionales?',
          'Hallazgo 1. El proyecto estuvo plenamente alineado con la Política Nacional de Cuencas.',
        ].join('\n\n'),
      ),
    );
    expect(ofKind(record, 'FINDING').map((item) => item.text)).toEqual(['El proyecto estuvo plenamente alineado con la Política Nacional de Cuencas.']);
  });
});

describe("a registry's export of a management response", () => {
  it('reads each recommendation with its response and key actions, without the entry stamps or the list introduction', () => {
    const record = extractRecord(
      readOf(
        [
          '# Final Evaluation of the Coastal Resilience Project',
          '',
          'Commissioning Unit: Senegal',
          'Unit Responsible for providing Management Response: Senegal',
          '',
          '# Recommendations',
          '',
          'The following recommendations emerge from the findings and conclusions presented in the previous sections.',
          '',
          '1. Recommendation: Extend the project by twelve months without additional cost so that the dune works can be completed.',
          '',
          'Management Response: [Added: 2021/03/02] [Last Updated: 2021/09/14]',
          '',
          'The extension is accepted and will be submitted to the project board.',
          '',
          'Key Actions:',
          '',
          '| Key Action | Responsible | DueDate | Status | Comments |',
          '| --- | --- | --- | --- | --- |',
          '| 1.1. Submit the extension request to the board [Added: 2021/03/02] | Project Team | 2021/05 | Completed | |',
          '',
          '2. Recommendation: Train the municipal technicians in the maintenance of the coastal defences before the project closes.',
          '',
          'Management Response: The training plan will be prepared with the municipalities.',
        ].join('\n'),
      ),
    );
    const recommendations = ofKind(record, 'RECOMMENDATION');
    expect(recommendations.map((item) => item.text)).toEqual([
      'Extend the project by twelve months without additional cost so that the dune works can be completed.',
      'Train the municipal technicians in the maintenance of the coastal defences before the project closes.',
    ]);
    expect((recommendations[0]!.fields as RecommendationFields | null)?.managementResponse).toMatchObject({
      response: 'The extension is accepted and will be submitted to the project board.',
      keyActions: '1.1. Submit the extension request to the board',
    });
    expect((recommendations[1]!.fields as RecommendationFields | null)?.managementResponse).toMatchObject({
      response: 'The training plan will be prepared with the municipalities.',
    });
  });
});

describe("a registry's management-response page copied as text", () => {
  // UNDP's Evaluation Resource Centre page as a .txt: no heading names the recommendations, the field lines follow
  // each other without blank lines, and the key-action table's cells come one after the other.
  const page = [
    'Final Evaluation of the Coastal Resilience Project',
    'Commissioning Unit: Senegal',
    'Unit Responsible for providing Management Response: Senegal',
    '',
    '1. Recommendation:',
    '',
    'Extend the project by twelve months without additional cost so that the dune works can be completed.',
    '',
    'Management Response: [Added: 2021/03/02] [Last Updated: 2021/09/14]',
    '',
    'The extension will be submitted to the project board.',
    '',
    'Key Actions:',
    '',
    'Key Action Responsible DueDate Status Comments Documents',
    '1.1 Submit the extension request to the project board',
    '[Added: 2021/03/02]',
    'Project Team 2021/05 Completed History',
    '2. Recommendation: Train the municipal technicians in the maintenance of the coastal defences.',
    'Management Response: [Added: 2021/03/02]',
    '',
    'A training plan will be prepared with the municipalities.',
    '',
    'Key Actions:',
  ].join('\n');

  it('reads one recommendation per label with its response and its key action, who, due date and status', () => {
    const record = extractRecord(readOf(page, 'erc.txt'));
    const recommendations = ofKind(record, 'RECOMMENDATION');
    expect(recommendations.map((item) => item.text)).toEqual([
      'Extend the project by twelve months without additional cost so that the dune works can be completed.',
      'Train the municipal technicians in the maintenance of the coastal defences.',
    ]);
    expect((recommendations[0]!.fields as RecommendationFields | null)?.managementResponse).toMatchObject({
      response: 'The extension will be submitted to the project board.',
      keyActions: '1.1 Submit the extension request to the project board',
      who: 'Project Team',
      dueDate: '2021-05',
      status: 'Completed',
    });
    // An empty "Key Actions:" slot: the response is not copied as the actions.
    const second = (recommendations[1]!.fields as RecommendationFields | null)?.managementResponse;
    expect(second?.response).toBe('A training plan will be prepared with the municipalities.');
    expect(second?.keyActions).toBeUndefined();
    expect(record.document.kind).toBe('MANAGEMENT_RESPONSE');
  });

  it('does not take an evaluation page that only says a response exists for a management response', () => {
    const record = extractRecord(
      readOf(
        [
          'Integrated Climate Change Management in Communal Reserves',
          'Evaluation Type: Final Project',
          'Management Response: Yes',
          'Countries: PERU',
          '',
          'Recommendations',
          '',
          '1. Strengthen the administrative procedures of the project.',
          '2. Train the park rangers in the new monitoring protocol.',
        ].join('\n'),
        'erc-evaluation.txt',
      ),
    );
    expect(record.document.kind).not.toBe('MANAGEMENT_RESPONSE');
  });
});

describe('a GATE management-response page (UN Women) copied as text', () => {
  // The header fields lose their labels in the copy (": El Salvador", ": Approved"); each recommendation is a record
  // of one field a line, then its key actions as a table whose first column's title is an empty cell and whose rows
  // hold the action, who, the due date, the status and a comment on one line.
  const page = [
    'Management Response',
    '',
    ': Burundi',
    ': 2024 - 2027 , Burundi (CO)',
    ': Evaluation finale du projet « Connecter le global au local » au Burundi',
    ':',
    '',
    'La plupart des recommandations sont pertinentes et ont été acceptées ou partiellement acceptées.',
    '',
    ': Approved',
    "Recommendation: Impliquer davantage l'administration locale et les acteurs locaux dès la phase de conception des projets.",
    "Management Response: ONU Femmes prend note de l'importance de l'appropriation locale pour renforcer la durabilité des résultats.",
    'Description:',
    'Management Response Category: Accepted',
    'Thematic Area: Leadership and political participation (SPs before 2018)',
    'Operating Principles: Capacity development',
    'UNEG Criteria: Effectiveness',
    'Key Actions',
    'Responsible Deadline Status Comments',
    'Impliquer les autorités administratives locales dans les réunions de lancement des projets Donatienne Girukwishaka 2026/12 Not Initiated Il sera veillé à leur invitation.',
    'Former les comités communaux au suivi des projets RR 2025/06 Completed',
    ': Approved',
    'Recommendation: Renforcer la coordination avec les partenaires de mise en œuvre au niveau provincial.',
    'Management Response: Un cadre de concertation trimestriel sera mis en place avec les partenaires.',
    'Description:',
    'Management Response Category: Partially accepted',
    'Thematic Area: Not applicable',
  ].join('\n');

  it('reads one recommendation per label, its response alone, the category as the decision and the table as key actions', () => {
    const record = extractRecord(readOf(page, 'gate.txt'));
    expect(record.insights.map((item) => item.kind)).toEqual(['RECOMMENDATION', 'RECOMMENDATION']);
    expect(record.insights.map((item) => item.text)).toEqual([
      "Impliquer davantage l'administration locale et les acteurs locaux dès la phase de conception des projets.",
      'Renforcer la coordination avec les partenaires de mise en œuvre au niveau provincial.',
    ]);
    const [first, second] = record.insights.map((item) => (item.fields as RecommendationFields | null)?.managementResponse);
    // "prend note" would say NOTED: the category field says Accepted.
    expect(first).toMatchObject({
      decision: 'ACCEPTED',
      response: "ONU Femmes prend note de l'importance de l'appropriation locale pour renforcer la durabilité des résultats.",
      keyActions:
        'Impliquer les autorités administratives locales dans les réunions de lancement des projets / Former les comités communaux au suivi des projets',
      who: 'Donatienne Girukwishaka / RR',
      status: 'Not Initiated / Completed',
    });
    expect(first?.dueDate).toBe('2026-12');
    expect(second).toMatchObject({ decision: 'PARTIALLY_ACCEPTED', response: 'Un cadre de concertation trimestriel sera mis en place avec les partenaires.' });
  });

  it('reads the overall comments of a page that answers nothing as findings, and a list its last sentence announces as lessons', () => {
    const record = extractRecord(
      readOf(
        [
          'Management Response',
          '',
          ':',
          '',
          'La evaluación desprende que el Programa ha sido eficiente en el uso de los recursos apoyado por una gestión adaptativa. Otras lecciones relativas a la gestión interna del proyecto se resaltan a continuación:',
          'a. Diseño local: programas que requieren de un gran entramado territorial no pueden ser diseñados sin una activa consulta con contrapartes locales.',
          'b. Articulaciones gubernamentales: las implementaciones de acciones conjuntas en territorio agregan una capa de complejidad a los tiempos de gestión.',
        ].join('\n'),
        'gate-lecciones.txt',
      ),
    );
    expect(record.insights.map((item) => [item.kind, item.headline])).toEqual([
      ['FINDING', null],
      ['LESSON_LEARNED', 'Diseño local'],
      ['LESSON_LEARNED', 'Articulaciones gubernamentales'],
    ]);
  });
});

describe("a management response's own section after the recommendations", () => {
  const report = (response: string[]) =>
    [
      '# Final evaluation of the Youth Employment Programme in Ghana',
      '',
      '## Recommendations',
      '',
      '1. Strengthen inter-agency coordination through a technical committee meeting quarterly.',
      '2. Introduce a tracer system following graduates for at least twelve months after training.',
      '',
      '## Management response',
      '',
      ...response,
    ].join('\n');

  it('gives each recommendation the response that restates it, abridged, under its number', () => {
    const record = extractRecord(
      readOf(
        report([
          'Management welcomes the evaluation, which will inform the design of the next phase.',
          '',
          '**Recommendation 1:** Strengthen inter-agency coordination.',
          '',
          'Management response: Accepted. A technical committee will be created by March 2024.',
          '',
          '**Recommendation 2:** Introduce a tracer system.',
          '',
          'Management response: Partially accepted. A tracer survey will be run once, at six months, for budget reasons.',
        ]),
      ),
    );
    const recommendations = ofKind(record, 'RECOMMENDATION');
    expect(recommendations.map((item) => item.text)).toEqual([
      'Strengthen inter-agency coordination through a technical committee meeting quarterly.',
      'Introduce a tracer system following graduates for at least twelve months after training.',
    ]);
    expect(recommendations.map((item) => (item.fields as RecommendationFields | null)?.managementResponse?.decision)).toEqual([
      'ACCEPTED',
      'PARTIALLY_ACCEPTED',
    ]);
  });

  it('keeps a short recommendation the management answers, alone in its document', () => {
    const record = extractRecord(
      readOf(
        [
          '# Management response to the final evaluation of the Youth Employment Programme',
          '',
          '## Management response',
          '',
          'Recommendation 1: Strengthen inter-agency coordination.',
          '',
          'Management response: Accepted. A technical committee will be created by March 2024.',
        ].join('\n'),
      ),
    );
    const [recommendation] = ofKind(record, 'RECOMMENDATION');
    expect(recommendation!.text).toBe('Strengthen inter-agency coordination.');
    expect((recommendation!.fields as RecommendationFields | null)?.managementResponse).toMatchObject({ decision: 'ACCEPTED' });
  });

  it('reads a bare "Management response:" line under a recommendation as its label, not a heading', () => {
    const record = extractRecord(
      readOf(
        [
          '# Management response to the final evaluation of the Coastal Resilience Project',
          '',
          '## Recommendations and management responses',
          '',
          '**Recommendation 1.** Extend the project by twelve months without additional cost so that the dune works can be completed.',
          '',
          'Management response:',
          '',
          'The extension is accepted and will be submitted to the project board in March.',
          '',
          '**Recommendation 2.** Train the municipal technicians in the maintenance of the coastal defences before the project closes.',
          '',
          'Management response:',
          '',
          'Partially accepted. Training will cover the two largest municipalities only, for lack of funds.',
        ].join('\n'),
      ),
    );
    const recommendations = ofKind(record, 'RECOMMENDATION');
    expect(recommendations.map((item) => [item.provenance.section, (item.fields as RecommendationFields | null)?.managementResponse?.decision])).toEqual([
      ['Recommendations and management responses', 'ACCEPTED'],
      ['Recommendations and management responses', 'PARTIALLY_ACCEPTED'],
    ]);
  });

  it('gives each recommendation the row of a response matrix that points at it by its number', () => {
    const record = extractRecord(
      readOf(
        report([
          '| Recommendation | Management response | Key actions | Responsible | Deadline |',
          '| --- | --- | --- | --- | --- |',
          '| Recommendation 1 | Accepted. The Ministry will create the committee. | Draft its terms of reference | Ministry of Labour | March 2024 |',
          '| Recommendation 2 | Rejected. A tracer study is beyond the budget. | - | - | - |',
        ]),
      ),
    );
    const recommendations = ofKind(record, 'RECOMMENDATION');
    expect(recommendations.map((item) => item.text)).toEqual([
      'Strengthen inter-agency coordination through a technical committee meeting quarterly.',
      'Introduce a tracer system following graduates for at least twelve months after training.',
    ]);
    expect(recommendations.map((item) => (item.fields as RecommendationFields | null)?.managementResponse)).toEqual([
      expect.objectContaining({ decision: 'ACCEPTED', keyActions: 'Draft its terms of reference', dueDate: '2024-03' }),
      expect.objectContaining({ decision: 'REJECTED' }),
    ]);
  });

  it("reads a matrix's item column under a qualified title, without the item's number", () => {
    const record = extractRecord(
      readOf(
        [
          '# Management response to the terminal evaluation of the Drin Basin project',
          '',
          '| Evaluation recommendation | Management response (accepted, partially accepted or rejected) | Key actions | Responsible |',
          '| --- | --- | --- | --- |',
          '| 1. The Ministry should adopt a service continuity indicator in its monitoring framework. | Accepted | Revise the M&E framework | M&E Unit |',
        ].join('\n'),
      ),
    );
    const [recommendation] = ofKind(record, 'RECOMMENDATION');
    expect(recommendation!.text).toBe('The Ministry should adopt a service continuity indicator in its monitoring framework.');
    expect((recommendation!.fields as RecommendationFields | null)?.managementResponse).toMatchObject({
      decision: 'ACCEPTED',
      keyActions: 'Revise the M&E framework',
    });
  });

  it("does not take the management's undertakings for recommendations", () => {
    for (const lines of [
      [
        'Management welcomes the evaluation and accepts its recommendations. The Ministry commits to:',
        '',
        '- create the inter-agency technical committee before March 2024;',
        '- design the graduate tracer system with ILO support;',
        '- report progress yearly to the steering committee.',
      ],
      [
        'El Ministerio de Trabajo acoge las recomendaciones de la evaluación y se compromete a:',
        '',
        '- crear el comité técnico interinstitucional antes de marzo de 2024;',
        '- diseñar el sistema de seguimiento de egresados con el apoyo de la OIT.',
      ],
    ]) {
      const recommendations = ofKind(extractRecord(readOf(report(lines))), 'RECOMMENDATION');
      expect(recommendations.map((item) => item.text)).toEqual([
        'Strengthen inter-agency coordination through a technical committee meeting quarterly.',
        'Introduce a tracer system following graduates for at least twelve months after training.',
      ]);
    }
  });
});

describe('a statement ending with ":" and the points under it', () => {
  it('keeps points of several sentences apart from their lead-in', () => {
    const record = extractRecord(
      readOf(
        [
          '# Synthesis of project evaluations',
          '',
          '## Main conclusions',
          '',
          'The analysis showed good results in the delivery of outputs and outcomes for the populations the projects served, in most regions and in most years of the period. Several areas nevertheless needed more attention in the design and the execution of projects, for example:',
          '',
          '- More realism about the duration of projects, especially those that build institutions. Projects should also be designed for sustainable results;',
          '- More realism about national capacity, which has tended to be overestimated by the designers of the projects;',
          '- Better project design, with more concise objectives and a clearer identification of the beneficiaries.',
        ].join('\n'),
      ),
    );
    expect(ofKind(record, 'FINDING').map((finding) => finding.text.slice(0, 40))).toEqual([
      'The analysis showed good results in the ',
      'More realism about the duration of proje',
      'More realism about national capacity, wh',
      'Better project design, with more concise',
    ]);
  });
});

describe('a box set in the middle of a finding', () => {
  it('is an item of its own, and the finding goes on after it', () => {
    const record = extractRecord(
      readOf(
        [
          '# Evaluation of data use',
          '',
          '## 4. Findings',
          '',
          '### 4.8 Data management is highly decentralised',
          '',
          'Headquarters provides population data and a data portal to every operation. However, the evaluation finds',
          '',
          '### Box 3: Good practice: Community-based participatory assessments',
          '',
          'Operations hold participatory assessments every year with the persons of concern and their community structures.',
          '',
          'that data practices differ widely between operations and between regions.',
        ].join('\n'),
      ),
    );
    expect(ofKind(record, 'FINDING').map((finding) => finding.text.replace(/\s+/g, ' '))).toEqual([
      'Headquarters provides population data and a data portal to every operation. However, the evaluation finds that data practices differ widely between operations and between regions.',
    ]);
    expect(ofKind(record, 'GOOD_PRACTICE').map((practice) => [practice.headline, practice.text])).toEqual([
      [
        'Community-based participatory assessments',
        'Operations hold participatory assessments every year with the persons of concern and their community structures.',
      ],
    ]);
  });
});

describe('an acronym the document defines otherwise', () => {
  it('names nothing the gazetteer knows it for, while a definition of the same organisation keeps it', () => {
    const record = extractRecord(
      readOf(
        [
          '# Evaluación de diseño del Fondo',
          '',
          'Las Unidades Ejecutoras (UE) del Fondo son las secretarías del gobierno del estado. La Organización Internacional del Trabajo (OIT) apoyó el diseño.',
          '',
          '## Hallazgos',
          '',
          'Las UE no cuentan con un diagnóstico del problema que atiende el Fondo, según la OIT.',
        ].join('\n'),
      ),
    );
    const organisations = (mentions: { organisations: Array<{ id: string }> }) => mentions.organisations.map((organisation) => organisation.id);
    expect(organisations(record.mentions)).not.toContain('org:european-union');
    expect(organisations(record.mentions)).toContain('org:ilo');
    expect(organisations(ofKind(record, 'FINDING')[0]!.mentions)).toEqual(['org:ilo']);
  });
});

describe('an archived web page', () => {
  it('gives its title without the archive notice', () => {
    const record = extractRecord(
      readOf(
        [
          '# Archived - Evaluation of the Office of International Affairs',
          '',
          '## Findings',
          '',
          'The office supported partners in the negotiation of agreements.',
        ].join('\n'),
      ),
    );
    expect(record.evaluation?.title).toBe('Evaluation of the Office of International Affairs');
  });
});

describe('an introduction that recommends what its list says', () => {
  it.each([
    [
      'en',
      '## Conclusions',
      'To keep its results after it closes, the project should:',
      '- Hand the registers over to the district labour offices.',
      '- Train the inspectors who will take over the monitoring.',
    ],
    [
      'fr',
      '## Constats',
      'Pour que les comités durent après le projet, il faudrait :',
      '- Confier les registres aux services déconcentrés du ministère.',
      '- Former les inspecteurs qui reprendront le suivi des comités.',
    ],
  ])('gives recommendations under findings (%s)', (_language, heading, lead, first, second) => {
    const record = extractRecord(readOf(['# Evaluation', '', heading, '', lead, '', first, second].join('\n')));
    expect(ofKind(record, 'RECOMMENDATION').map((item) => item.text)).toEqual([first.slice(2), second.slice(2)]);
    expect(ofKind(record, 'FINDING')).toEqual([]);
  });
});

describe('a document that mixes languages too evenly to tell', () => {
  it('takes the language of most of its insights', () => {
    const record = extractRecord(
      readOf(
        [
          '# Gestión integrada del cambio climático',
          '',
          'Evaluation Plan: 2017-2021, Peru. Evaluation Type: Final Project. Status: Completed. Management Response: Yes. Source of Funding: IKI. The evaluation was managed by the country office.',
          '',
          '## Lessons',
          '',
          '- Los procedimientos administrativos largos y poco flexibles no facilitan la implementación de un proyecto complejo.',
          '- La participación de las comunidades desde el diseño fortalece la apropiación de las medidas de adaptación.',
        ].join('\n'),
      ),
    );
    expect(record.document.language).toBe('es');
  });
});

describe('rules that must not misfire on other layouts', () => {
  const findings = (lines: string[]) => ofKind(extractRecord(readOf(['# Final Evaluation', '', '## 4. Findings', '', ...lines].join('\n'))), 'FINDING');

  it('keeps labels that hold a noun like "will", "needs", "may" or "son" as headlines', () => {
    const items = findings([
      '### 4.1 Needs assessment and targeting of vulnerable households',
      '',
      'Targeting relied on community lists that were not verified.',
      '',
      '### 4.2 Political will and ownership of national partners',
      '',
      'Ministries took part in the steering committee but did not allocate staff.',
      '',
      '### 4.3 Activities implemented between May and December 2021',
      '',
      'Only half of the planned trainings took place because of the restrictions.',
      '',
      '### 4.4 Gouvernance du projet et son ancrage institutionnel',
      '',
      "Le comité de pilotage ne s'est réuni que deux fois en trois ans.",
    ]);
    expect(items.map((item) => item.headline)).toEqual([
      'Needs assessment and targeting of vulnerable households',
      'Political will and ownership of national partners',
      'Activities implemented between May and December 2021',
      'Gouvernance du projet et son ancrage institutionnel',
    ]);
  });

  it('keeps whole-sentence bullets apart after "are the following:", and a list under "suggests that …:" a finding', () => {
    const items = findings([
      "The main conclusions drawn by the evaluation team on the project's performance are the following:",
      '',
      "- The project was highly relevant to the national skills strategy and to employers' needs;",
      '- Effectiveness was moderate, with 60 per cent of the output targets met by the end of 2022.',
      '',
      'Survey data suggests that the training had three main effects on participants:',
      '',
      '- higher earnings for 40 per cent of graduates;',
      '- more stable contracts.',
    ]);
    expect(items.map((item) => item.text.slice(0, 30))).toEqual([
      'The project was highly relevan',
      'Effectiveness was moderate, wi',
      'Survey data suggests that the ',
    ]);
  });

  it('keeps a finding that talks about its chapter, and drops a roadmap', () => {
    expect(
      findings([
        'The findings presented in this chapter show that 85 per cent of the planned water points were built and that 70 per cent of them still work.',
      ]).map((item) => item.text.slice(0, 30)),
    ).toEqual(['The findings presented in this']);
    const items = findings([
      '### 4.1 Effectiveness',
      '',
      'To what extent the project achieved its outcomes is discussed below for each of the three immediate objectives.',
      '',
      '#### 4.1.1 Immediate objective 1',
      '',
      'Recruitment agencies in both countries adopted the code of conduct.',
    ]);
    expect(items.map((item) => item.text.slice(0, 30))).toEqual(['Recruitment agencies in both c']);
  });

  it('ends a bare "Management response:" at the next recommendation', () => {
    const record = extractRecord(
      readOf(
        [
          '# Final Evaluation of the Nutrition Programme',
          '',
          '## 1. Introduction',
          '',
          'This report presents the final evaluation.',
          '',
          '## 5. Recommendations',
          '',
          '**Strengthen monitoring.** The programme should set up a monitoring system that tracks outcomes at district level.',
          '',
          'Management response:',
          '',
          'Partially accepted. The country office will revise the monitoring framework in 2024.',
          '',
          '**Improve targeting.** The programme should use the national social registry to select households.',
        ].join('\n'),
      ),
    );
    const recommendations = ofKind(record, 'RECOMMENDATION');
    expect(recommendations.map((item) => item.headline)).toEqual(['Strengthen monitoring.', 'Improve targeting.']);
    expect((recommendations[0]!.fields as RecommendationFields | null)?.managementResponse).toMatchObject({ decision: 'PARTIALLY_ACCEPTED' });
  });

  it('keeps an organisation whose definition spells it another way ("United Nations Development Program (UNDP)")', () => {
    const record = extractRecord(
      readOf(
        [
          '# Final Evaluation of the Governance Project',
          '',
          'This evaluation was commissioned by the United Nations Development Program (UNDP) country office.',
          '',
          '## Findings',
          '',
          'UNDP provided technical support to the National Elections Commission.',
        ].join('\n'),
      ),
    );
    expect(record.mentions.organisations.map((organisation) => organisation.id)).toContain('org:undp');
  });
});

describe('criteria chapters and their neighbours', () => {
  const kindsAndSections = (text: string, sourcePath?: string) =>
    extractRecord(readOf(text, sourcePath)).insights.map((insight) => [insight.kind, insight.provenance.section, insight.headline]);

  it('reads criteria chapters after a findings chapter of their own level as findings too', () => {
    expect(
      kindsAndSections(
        [
          '# Final Evaluation',
          '## 3. Findings on relevance and design',
          'The project design responded to the recruitment abuses documented by the baseline study.',
          '## 4. Effectiveness',
          'Recruitment agencies in both countries adopted the code of conduct.',
          '## 5. Sustainability',
          'The Ministry has created a unit to run the migrant resource centres.',
        ].join('\n\n'),
      ),
    ).toEqual([
      ['FINDING', '3. Findings on relevance and design', null],
      ['FINDING', '4. Effectiveness', null],
      ['FINDING', '5. Sustainability', null],
    ]);
  });

  it('reads a criterion chapter beside a findings chapter that assesses the other criteria in its sub-sections', () => {
    expect(
      kindsAndSections(
        [
          '# Final evaluation of the Rural Water Project',
          '## 2. Methodology',
          'The team interviewed 85 stakeholders and visited 14 villages.',
          '## 3. Findings',
          '### 3.1 Relevance',
          'The project responded to a pressing need: only 41% of households had access to safe water at baseline.',
          '### 3.2 Effectiveness',
          'The project built 120 water points against a target of 100, and 92% of them were functional.',
          '## 4. Sustainability',
          'Water committees collect user fees in only half of the villages, which puts the maintenance of the pumps at risk.',
        ].join('\n\n'),
      ),
    ).toEqual([
      ['FINDING', '3. Findings', 'Relevance'],
      ['FINDING', '3. Findings', 'Effectiveness'],
      ['FINDING', '4. Sustainability', null],
    ]);
  });

  it("reads the World Bank's criteria (Efficacy) without taking a form's captions for headlines", () => {
    expect(
      kindsAndSections(
        [
          '# Implementation Completion Report (ICR) Review: Kenya Water Security Project',
          '## 3. Relevance of Objectives',
          '**Rationale**',
          "The objective was highly relevant to Kenya's Vision 2030, and it remained relevant at closing.",
          '**Rating**',
          'High',
          '## 4. Achievement of Objectives (Efficacy)',
          '**Rationale**',
          'An estimated 612,000 people gained access to improved water supply, against a target of 700,000.',
          '## 5. Efficiency',
          'The economic internal rate of return at closing was 11.2 percent, compared with 14.5 percent at appraisal.',
          '**Efficiency Rating**',
          'Modest',
        ].join('\n\n'),
      ),
    ).toEqual([
      ['FINDING', '3. Relevance of Objectives', null],
      ['FINDING', '4. Achievement of Objectives (Efficacy)', null],
      ['FINDING', '5. Efficiency', null],
    ]);
  });

  it('reads two chapters on the same criterion word, or one alone, as the setting', () => {
    expect(
      kindsAndSections(
        [
          '# Final Evaluation',
          '## 2. Impact of climate change',
          'Rainfall fell by a fifth.',
          '## 3. Impact of the conflict',
          'Markets closed for a year.',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });

  it('keeps capitals criteria under an open FINDINGS heading of a text dump as its sub-sections', () => {
    expect(
      kindsAndSections(
        [
          'FINAL EVALUATION OF THE IRRIGATION PROJECT',
          'METHODOLOGY',
          wrap('The team visited eleven schemes and interviewed the water user associations of each of them in 2023.'),
          'FINDINGS',
          'RELEVANCE',
          wrap('The project was well aligned with the National Irrigation Policy and with the needs of farmers.'),
          'EFFECTIVENESS',
          wrap('The project rehabilitated 2,100 hectares of irrigation schemes against a target of 2,500 hectares.'),
        ].join('\n\n'),
        'dump.txt',
      ),
    ).toEqual([
      ['FINDING', 'FINDINGS', 'RELEVANCE'],
      ['FINDING', 'FINDINGS', 'EFFECTIVENESS'],
    ]);
  });

  it('reads a criterion word that qualifies a noun, or criteria headings under the intervention logic, as the setting', () => {
    expect(
      kindsAndSections(
        [
          '# Final Evaluation of the Rural Livelihoods Programme',
          '## 2. Theory of change',
          '### 2.1 Impact pathways',
          'Three pathways lead from the outputs to the intended impact.',
          '## 3. Intervention logic',
          '### 3.1 Sustainability strategy',
          'The programme document planned a phased handover of extension services to district councils.',
          '### 3.2 Coherence with other donors',
          "The programme was designed alongside the World Bank's commercialisation project.",
          '## 4. Relevance',
          'The programme was highly relevant to the needs of smallholder farmers.',
          '## 5. Effectiveness',
          'Maize yields rose by 38 per cent among participating households.',
        ].join('\n\n'),
      ),
    ).toEqual([
      ['FINDING', '4. Relevance', null],
      ['FINDING', '5. Effectiveness', null],
    ]);
  });

  it('leaves capitals criteria about something else under BACKGROUND in a text dump', () => {
    expect(
      kindsAndSections(
        [
          'FINAL EVALUATION OF THE EMERGENCY FOOD SECURITY RESPONSE',
          'BACKGROUND',
          wrap('Sofala province is among the poorest in the country, with 46 per cent of households below the poverty line.'),
          'IMPACT OF CYCLONE IDAI',
          wrap('Cyclone Idai destroyed 715,000 hectares of crops in March 2019 and displaced more than 400,000 people.'),
          'METHODOLOGY',
          wrap('The evaluation used mixed methods, including a survey of 800 households in four districts.'),
          'RELEVANCE',
          wrap('The response targeted the districts with the highest food insecurity, and food baskets matched preferences.'),
          'EFFECTIVENESS',
          wrap('Food consumption scores of assisted households improved from 31 to 44 between 2019 and 2021.'),
        ].join('\n\n'),
        'dump.txt',
      ),
    ).toEqual([
      ['FINDING', 'RELEVANCE', null],
      ['FINDING', 'EFFECTIVENESS', null],
    ]);
  });

  it("reads numbered chapters alone on their line in a text dump, and the summary's own criteria", () => {
    expect(
      kindsAndSections(
        [
          'MID-TERM EVALUATION OF THE CLIMATE-RESILIENT AGRICULTURE PROGRAMME',
          'EXECUTIVE SUMMARY',
          'RELEVANCE',
          wrap('The programme is well aligned with the national green economy strategy and with the priorities of farmers.'),
          'EFFECTIVENESS',
          wrap('The programme reached 62,000 households against a target of 80,000 by the middle of its term.'),
          '1. INTRODUCTION',
          wrap("The evaluation was commissioned by IFAD's country office and was conducted by a team of three consultants."),
          '2. FINDINGS',
          '2.1 Relevance',
          wrap('The programme design responded to recurrent droughts in the target districts, where most farms depend on rain.'),
          '3. RECOMMENDATIONS',
          wrap('The Ministry should transfer the seed banks to cooperatives with a three-year support plan.'),
        ].join('\n\n'),
        'dump.txt',
      ),
    ).toEqual([
      ['FINDING', 'RELEVANCE', null],
      ['FINDING', 'EFFECTIVENESS', null],
      ['FINDING', '2. FINDINGS', 'Relevance'],
      ['RECOMMENDATION', '3. RECOMMENDATIONS', null],
    ]);
  });

  it('keeps findings that open like a definition or hold a roadmap in a relative clause', () => {
    const record = extractRecord(
      readOf(
        [
          '# Final Evaluation',
          '## 3. Findings',
          'The extent to which cooperatives will maintain the seed banks depends on their access to credit.',
          '',
          'Procurement delays, which are discussed below, are the main cause of the low disbursement rate.',
        ].join('\n\n'),
      ),
    );
    expect(ofKind(record, 'FINDING').map((finding) => finding.text.slice(0, 30))).toEqual(['The extent to which cooperativ', 'Procurement delays, which are ']);
  });

  it('keeps a definition that states a verdict, and a roadmap followed by a finding', () => {
    const record = extractRecord(
      readOf(
        [
          '# Final Evaluation',
          '## 3. Relevance',
          'Relevance: the extent to which the project met the needs of young people was high, as 85 per cent of the surveyed graduates found it useful.',
          '## 4. Efficiency',
          'This section examines efficiency. The project spent 40 per cent of its budget in its last year.',
        ].join('\n\n'),
      ),
    );
    expect(ofKind(record, 'FINDING').map((finding) => finding.text.slice(0, 30))).toEqual(['the extent to which the projec', 'This section examines efficien']);
  });
});

describe('lessons listed in lower case under a lead-in that only announces them', () => {
  it('have no headline', () => {
    const record = extractRecord(
      readOf(
        [
          '# Évaluation finale du programme de nutrition',
          '',
          '## 1. Introduction',
          '',
          "Ce rapport présente l'évaluation finale.",
          '',
          '## Leçons apprises',
          '',
          "Les leçons suivantes se dégagent de l'évaluation :",
          '',
          '- les agents de santé communautaires ont besoin d’une supervision régulière pour maintenir la qualité du conseil ;',
          '- les intrants doivent être commandés un an à l’avance pour éviter les ruptures de stock.',
        ].join('\n'),
      ),
    );
    expect(ofKind(record, 'LESSON_LEARNED').map((lesson) => [lesson.headline, lesson.text.slice(0, 30)])).toEqual([
      [null, 'les agents de santé communauta'],
      [null, 'les intrants doivent être comm'],
    ]);
  });
});

describe('lessons and recommendations listed in lower case under a lead-in', () => {
  it('are one item each, headed by the lead-in', () => {
    const record = extractRecord(
      readOf(
        [
          '# Final Evaluation of the Social Protection Programme',
          '',
          '## 1. Introduction',
          '',
          'This report presents the final evaluation.',
          '',
          '## 5. Recommendations',
          '',
          'The Ministry should:',
          '',
          '- extend the registry to urban areas;',
          '- index the transfer value to inflation;',
          '- pay on time.',
        ].join('\n'),
      ),
    );
    expect(ofKind(record, 'RECOMMENDATION').map((item) => [item.headline, item.text])).toEqual([
      ['The Ministry should', 'extend the registry to urban areas;'],
      ['The Ministry should', 'index the transfer value to inflation;'],
      ['The Ministry should', 'pay on time.'],
    ]);
  });
});

describe('a number in bold before an item', () => {
  it('numbers the item and is no headline', () => {
    const record = extractRecord(
      readOf(
        [
          '# Evaluación del Fondo',
          '',
          '## Recomendaciones',
          '',
          '**1:** Realizar un diagnóstico del problema que atiende el fondo.',
          '',
          '**2:** Actualizar la Matriz de Indicadores para Resultados con metas anuales.',
        ].join('\n'),
      ),
    );
    expect(ofKind(record, 'RECOMMENDATION').map((item) => [item.headline, item.text])).toEqual([
      [null, 'Realizar un diagnóstico del problema que atiende el fondo.'],
      [null, 'Actualizar la Matriz de Indicadores para Resultados con metas anuales.'],
    ]);
  });
});

describe("a summary's title", () => {
  it.each([
    ['# Summary of the Evaluation of the Youth Employment Project', 'Evaluation of the Youth Employment Project'],
    ['# Results at a Glance - Evaluation of the Office of International Affairs', 'Evaluation of the Office of International Affairs'],
    ["# Résumé de l'évaluation finale du projet PAMODEC", 'Évaluation finale du projet PAMODEC'],
  ])('names the evaluation it summarises: %s', (heading, title) => {
    const record = extractRecord(readOf([heading, '', '## Findings', '', 'The project reached most of its targets in the northern regions.'].join('\n')));
    expect(record.evaluation?.title).toBe(title);
  });
});

describe('a title that opens with the project it names', () => {
  it.each([
    [
      "# Programme d'appui à la mobilité pastorale au Tchad (PAMOBIL) : ce que l'évaluation a trouvé",
      "Programme d'appui à la mobilité pastorale au Tchad (PAMOBIL)",
    ],
    ['# Proyecto Empleo Juvenil Rural – lecciones de la evaluación final', 'Proyecto Empleo Juvenil Rural'],
  ])('names the project before its subtitle: %s', (heading, project) => {
    const record = extractRecord(readOf([heading, '', '## Findings', '', 'The project reached most of its targets in the northern regions.'].join('\n')));
    expect(record.project?.title).toBe(project);
  });
});

describe("a photo's caption", () => {
  it('is neither an insight nor the title of the next one, nor is a pointer to the full report', () => {
    const record = extractRecord(
      readOf(
        [
          '# Final report',
          '',
          '## Lessons learned',
          '',
          'Lessons Learned workshop in Yagoua. ©Cameroon Red Cross',
          '',
          'The delay in launching activities at the central level prevented the involvement of other partners.',
          '',
          "The full evaluation report is available on the Red Cross's website.",
        ].join('\n'),
      ),
    );
    expect(ofKind(record, 'LESSON_LEARNED').map((item) => [item.headline, item.text])).toEqual([
      [null, 'The delay in launching activities at the central level prevented the involvement of other partners.'],
    ]);
  });
});
