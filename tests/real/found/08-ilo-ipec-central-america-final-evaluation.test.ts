/**
 * found/08 — ILO-IPEC, « Evaluación final del proyecto “Prevención y eliminación de las peores formas de
 * trabajo infantil doméstico en América Central y República Dominicana” (Fases I y II) », RLA/01/02/PCAN
 * and RLA/02/54/PCAN, independent evaluation by Dwight Ordoñez and Patricia Bracamonte, San José,
 * November 2004, in Spanish. Stored page excerpt of a document-sharing site (first 2,000 bytes).
 *
 * What a reader finds: the site's title line and chrome ("Upload: vankhuong", "Post on 20-Sep-2018", "212
 * views", "Category:", "TRANSCRIPT"), the cover twice (once run together, once line by line), the codes
 * (written RLA/01/02P/PCAN and RLA/02/54/PCN in the running header), then « INDICE » with dotted leaders
 * including "3. HALLAZGOS 3.1 Ejecución......" — a table of contents, which must open no findings section.
 */
import { describeRealDocument, found } from '../read-and-extract.js';

describeRealDocument({
  name: 'found 08 ILO-IPEC final evaluation, Central America domestic child labour, cover and contents (TXT, ES)',
  file: found('08_ilo-ipec-central-america-domestic-child-labour-final-evaluation-2004-es.txt'),
  document: { kind: 'REPORT', language: 'es' },
  counts: { FINDING: [0, 0], RECOMMENDATION: [0, 0], LESSON_LEARNED: [0, 0], GOOD_PRACTICE: [0, 0] },
  evaluation: {
    title: 'Prevención y eliminación de las peores formas de trabajo infantil doméstico en América Central y República Dominicana',
    completion: '2004-11',
    // "Post on 20-Sep-2018" is the sharing site's upload date.
    notCompletion: '2018',
    timing: 'FINAL',
    mode: 'INDEPENDENT',
    evaluators: ['Dwight Ordoñez', 'Patricia Bracamonte'],
  },
  project: { code: ['RLA/01/02/PCAN', 'RLA/02/54/PCAN'] },
  countries: { concerned: ['DOM'] },
  junk: { forbiddenOpenings: ['Upload:', 'Post on', 'TRANSCRIPT', 'INDICE', 'Glosario de Acrónimos', 'Category:'] },
});
