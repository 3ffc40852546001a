/**
 * The version of what reading and extraction make of a document's bytes, stored on every
 * `Document` (`extractionVersion`). A re-ingest trusts a stored document with the same bytes,
 * the same source path and this version to be `unchanged` without reading or extracting the
 * file again (docs/graph.md, "Document identity"): bump it whenever a change to reading,
 * extraction or ids (src/graph/statements/ids.ts) can give the same bytes another document id
 * (kind, language or evaluation read differently), so that the next ingest extracts every
 * document again and the identity rules replace what needs replacing; bump it too when extraction
 * finds something else in the same bytes (version 3: themes, addressees; version 4: chapters
 * named after evaluation criteria, bullets, registries' management responses; version 5: responses
 * matched to their recommendations, page furniture of text dumps, captions, addressee headings,
 * titles; version 6: agencies' layouts — labelled parts and fields tables, management stances,
 * lessons-and-recommendations sections, layout tables of text dumps, covers of lenders' and donors'
 * reports; version 7: prose management responses, decision tick columns and one-part-per-row response tables,
 * response units and dates kept apart, centred wrapped titles and tab-set list numbers in PDFs; version 8: record tables,
 * labelled explanations, bold item labels in unnamed sections, quotations and objectives that are no findings, header rows
 * over one row of values, subdivisions of every country, PDF columns under a full-width title and pull quotes; version 9:
 * two-column sections under a key-facts table, table rows across page breaks and labels filling their cells in PDFs,
 * long bold headlines, headings' full stops; version 10: bullets drawn as shapes and label/value tables in PDFs, registry
 * management-response pages, tables flattened in text dumps, items in several columns of a row, bare-numbered items,
 * cover titles before body headings, appositions and relative clauses in addressees; version 11: countries (donors'
 * demonyms, meeting venues, series), GATE and Government of Canada management responses, portal pages and labelled items
 * with no heading in text copies, "1)" divisions, page footers, lesson-database records, WFP response matrices, titles
 * of real covers; version 12: evaluators in credits sentences and unlabelled cover lines, firms by trade and legal form,
 * donors' agencies and bodies, findings and recommendations stated in running text, question headings, chapter lists,
 * lone bullets and bare pipe tables of web copies, stances run into recommendations, tracker fields, Spanish and French
 * cover titles; version 13: capitals cover titles wrapped over lines, « Réponse de l'Administration »; version 14: Spanish courtesy
 * titles and team biographies, glued labels, National Societies' and embassies' countries, general-response rows and
 * answers by number, UNFPA response templates, strengths tables, numbers glued to list items, tracker status keys,
 * response tables without a number column, "Lesson Learned" after its lesson), so that an
 * upgrade reaches the documents already ingested at their next ingest.
 */
export const EXTRACTION_VERSION = 14;
