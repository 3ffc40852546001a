/**
 * What headings name, in English, French and Spanish: the phrases that open a section of each
 * kind. Written folded (lower case, no accents) and as people write them; classify-heading.ts
 * stems them with natural's Porter stemmer of their language, so plurals and inflections
 * ("lesson learnt", "leçons tirées", "lección aprendida") need no entry of their own.
 */

/**
 * The kinds of section a heading can open.
 * - `findings`, `conclusions`, `recommendations`, `lessons`, `good-practices`: the evaluation's own insights
 * - `challenges`: "Challenges", "Areas of challenge and issues for consideration": findings of what went wrong
 * - `management-response`: the management's response (matrix) to the recommendations
 * - `executive-summary`: a summary of the whole document (its findings and recommendations restate the body's)
 * - `evaluation-information`: a box of project/evaluation facts ("Evaluation information at a glance", "Ficha técnica")
 * - `table-of-contents`, `annex`: never open insight sections of their own (see find-sections.ts)
 * - `other`: anything else (introduction, methodology, a finding stated as a heading, ...)
 */
export type SectionKind =
  | 'findings'
  | 'conclusions'
  | 'recommendations'
  | 'lessons'
  | 'good-practices'
  | 'challenges'
  | 'management-response'
  | 'executive-summary'
  | 'evaluation-information'
  | 'table-of-contents'
  | 'annex'
  | 'other';

export type LexiconLanguage = 'en' | 'fr' | 'es';

/** Phrases per kind and language. A heading is of a kind when it opens with one of them (after modifiers). */
export const HEADING_PHRASES: Record<Exclude<SectionKind, 'other' | 'annex'>, Record<LexiconLanguage, string[]>> = {
  findings: {
    en: [
      'findings',
      'finding',
      'what the evaluation found',
      'what we found',
      // Briefs and audit snapshots ask it: "What did we find?", "What did the evaluation find?".
      'what did we find',
      'what did the evaluation find',
      'what did the review find',
      'what the review found',
      'evaluation results',
      'results of the evaluation',
      'main results',
      'strengths',
      'areas of strength',
      'swot analysis',
      'strengths weaknesses opportunities and threats',
      'analysis and findings',
      'assessment and findings',
      // The evaluation questions answered one by one: the findings (EU and French practice).
      'answers to the evaluation questions',
      'responses to the evaluation questions',
      'presentation of findings',
      'presentation of the findings',
      'what worked well',
      'what worked',
      // A performance assessment by criterion (AfDB, AFD, IFAD): the findings.
      'performance assessment',
      'assessment of performance',
      'assessment of project performance',
      'assessment of programme performance',
      'project performance',
      'programme performance',
    ],
    fr: [
      'constatations',
      'constats',
      'constat',
      'resultats principaux',
      'principaux resultats',
      'resultats de l evaluation',
      'ce que l evaluation a constate',
      'analyse et constats',
      'reponses aux questions evaluatives',
      'reponses aux questions d evaluation',
      'ce que nous avons constate',
      'qu avons nous constate',
      'ce que nous avons observe',
      'ce que nous avons trouve',
      'points forts',
      'forces',
      'presentation des resultats',
      'presentation des constats',
      'ce qui a bien fonctionne',
      'ce qui a fonctionne',
      'appreciation de la performance',
      'evaluation de la performance',
      'analyse de la performance',
      'performance du projet',
      'performance du programme',
    ],
    es: [
      'hallazgos',
      'hallazgo',
      'resultados de la evaluacion',
      'principales resultados',
      'analisis y hallazgos',
      'respuestas a las preguntas de evaluacion',
      'lo que encontramos',
      'que encontramos',
      'lo que hemos encontrado',
      'lo que encontro la evaluacion',
      'presentacion de resultados',
      'presentacion de los resultados',
      'presentacion de hallazgos',
      'presentacion de los hallazgos',
      'lo que funciono bien',
      'lo que funciono',
      'fortalezas',
      'fortalezas y oportunidades',
      'debilidades',
      'debilidades y amenazas',
      'analisis foda',
      'foda',
      // CONEVAL's « Análisis de Fortalezas, Oportunidades, Debilidades y Amenazas »; in English, a SWOT analysis.
      'analisis de fortalezas',
      'fortalezas oportunidades debilidades y amenazas',
      'valoracion del desempeno',
      'evaluacion del desempeno',
      'analisis del desempeno',
      'desempeno del proyecto',
      'desempeno del programa',
    ],
  },
  conclusions: {
    en: ['conclusions', 'conclusion', 'concluding remarks', 'overall assessment'],
    fr: ['conclusions', 'conclusion', 'appreciation globale', "appreciation d'ensemble", 'evaluation globale'],
    es: ['conclusiones', 'conclusion', 'valoracion final', 'valoracion general', 'valoracion global', 'apreciacion general'],
  },
  recommendations: {
    en: [
      'recommendations',
      'recommendation',
      'recommended actions',
      'suggestions',
      'what we recommend',
      'what did we recommend',
      'what the evaluation recommends',
    ],
    fr: ['recommandations', 'recommandation', 'actions recommandees', 'pistes d amelioration', 'ce que nous recommandons', 'que recommandons nous'],
    es: ['recomendaciones', 'recomendacion', 'aspectos susceptibles de mejora', 'acciones recomendadas', 'lo que recomendamos', 'que recomendamos'],
  },
  lessons: {
    en: [
      'lessons learned',
      'lessons learnt',
      'lesson learned',
      'lessons',
      'lessons identified',
      'learnings',
      'key learnings',
      'what we learned',
      'what we learnt',
      'what did we learn',
      'what have we learned',
      'what we have learned',
      'what was learned',
    ],
    fr: [
      'lecons apprises',
      'lecons tirees',
      'lecon apprise',
      'lecons',
      'enseignements tires',
      'enseignements',
      'ce que nous avons appris',
      'qu avons nous appris',
    ],
    es: [
      'lecciones aprendidas',
      'leccion aprendida',
      'lecciones',
      'aprendizajes',
      'lo que aprendimos',
      'que aprendimos',
      'lo que hemos aprendido',
      'que hemos aprendido',
    ],
  },
  'good-practices': {
    en: ['good practices', 'good practice', 'best practices', 'promising practices', 'emerging good practices', 'success stories'],
    fr: ['bonnes pratiques', 'bonne pratique', 'pratiques prometteuses', 'meilleures pratiques', 'experiences reussies', 'pratiques reussies'],
    es: ['buenas practicas', 'buena practica', 'practicas prometedoras', 'mejores practicas', 'experiencias exitosas', 'practicas exitosas'],
  },
  challenges: {
    en: [
      'challenges',
      'areas of challenge',
      'areas of challenges',
      'challenges and constraints',
      'constraints',
      'difficulties',
      'weaknesses',
      'areas for improvement',
      'what did not work',
      'what didn t work',
      'what worked less well',
      'what could be improved',
    ],
    fr: [
      'defis',
      'difficultes',
      'contraintes',
      'points faibles',
      'faiblesses',
      'defis et contraintes',
      'ce qui n a pas fonctionne',
      'ce qui a moins bien fonctionne',
    ],
    es: ['desafios', 'retos', 'dificultades', 'limitaciones', 'areas de mejora', 'lo que no funciono', 'lo que funciono menos bien'],
  },
  'management-response': {
    en: [
      'management response',
      'management responses',
      'management response and action plan',
      'management action plan',
      'response of management',
      'responses',
      'response',
      'management response matrix',
      'action plan for the implementation of the recommendations',
      'action plan for the recommendations',
      'recommendations action plan',
      'response matrix',
      // IFAD's management response: the agreement the partners sign on the evaluation's recommendations.
      'agreement at completion point',
    ],
    fr: [
      'reponse de la direction',
      'reponse du management',
      'reponse de la gestion',
      'reponses de la direction',
      'plan d action de la direction',
      'reponse et plan d action de la direction',
      'reponse et plan d action de la gestion',
      'reponse de la direction et plan d action',
      'reponse manageriale',
      // A response document's own parts: « Réponse générale », « Réponse détaillée ».
      'reponse generale',
      'reponse globale',
      'reponse d ensemble',
      'reponse detaillee',
      'reponses detaillees',
      'reponses aux recommandations',
      'reponse aux recommandations',
      'matrice de reponse',
      'matrice de suivi des recommandations',
      'suivi des recommandations',
      'plan d action pour la mise en oeuvre des recommandations',
      'plan d action relatif aux recommandations',
      // The European Commission's management response to an evaluation.
      'fiche contradictoire',
      'accord conclusif',
    ],
    es: [
      'respuesta de la gerencia',
      'respuesta de la administracion',
      'respuesta de la direccion',
      'respuesta y plan de accion de la gerencia',
      'respuesta y plan de accion de la administracion',
      'respuesta de la gerencia y plan de accion',
      'posicion institucional',
      'documento de posicion institucional',
      'respuesta institucional',
      // A response document's own parts: « Respuesta general », « Respuesta detallada ».
      'respuesta general',
      'respuesta global',
      'respuesta detallada',
      'respuestas detalladas',
      'respuesta a las recomendaciones',
      'respuestas a las recomendaciones',
      'matriz de respuesta',
      'matriz de seguimiento',
      'seguimiento a las recomendaciones',
      'seguimiento de las recomendaciones',
      'acuerdo en el punto de culminacion',
      'plan de accion para la implementacion de recomendaciones',
      'plan de accion para la implementacion de las recomendaciones',
      'plan de accion de las recomendaciones',
      'plan de mejora de las recomendaciones',
    ],
  },
  'executive-summary': {
    en: ['executive summary', 'summary', 'abstract', 'results at a glance', 'evaluation summary', 'summary of the evaluation', 'key messages'],
    // « Sommaire » alone is a table of contents; Canada's « Sommaire exécutif », « Sommaire de l'évaluation » are summaries.
    fr: ['resume executif', 'resume', 'synthese', 'resume analytique', 'note de synthese', 'messages cles', 'sommaire executif', 'sommaire de l evaluation'],
    es: ['resumen ejecutivo', 'resumen', 'sintesis', 'mensajes clave', 'mensajes principales'],
  },
  'evaluation-information': {
    en: [
      'evaluation information',
      'evaluation information at a glance',
      'about the evaluation',
      'project information',
      'quick facts',
      'evaluation at a glance',
      'key facts',
      'fact sheet',
      'project data',
      'project details',
      'evaluation details',
    ],
    fr: ['informations rapides', 'fiche technique', 'informations sur le projet', 'informations sur l evaluation', 'donnees du projet', 'fiche signaletique'],
    es: [
      'ficha tecnica',
      'datos generales',
      'datos rapidos',
      'descripcion de la evaluacion',
      'identificacion del programa',
      'datos de la instancia evaluadora',
      'datos de contratacion',
      'informacion del proyecto',
    ],
  },
  'table-of-contents': {
    en: ['table of contents', 'contents', 'on this page', 'list of contents'],
    fr: ['table des matieres', 'sommaire', 'contenu'],
    es: ['indice', 'contenido', 'tabla de contenido', 'indice de contenido'],
  },
};

/**
 * Words that may stand before the phrase without changing the kind: "Key findings", "Main
 * lessons learned", "Five lessons learned", "Principales recommandations", "Evaluation findings",
 * "Summary of findings".
 */
export const HEADING_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'key main major principal principales principaux principale other others autres otras otros overall general generales generaux specific specifiques especificas ' +
    'emerging important importantes preliminary preliminaires summary synthese resume resumen overview apercu sintesis of the des de du del la le les los las l d a our nos nuestras nuestros ' +
    'evaluation evaluations evaluacion evaluacions final finales finaux draft selected selection some quelques algunas algunos ' +
    'description descripcion descriptions detailed detaillee one two three four five six seven eight nine ten eleven twelve un une deux trois quatre cinq six sept huit neuf dix uno una dos tres cuatro cinco seis siete ocho nueve diez ' +
    'and et y ' +
    // Form prompts: "2.1 Describir los hallazgos más relevantes", "Décrire les recommandations", "List the lessons".
    'describe describir decrire describe senalar indicar indiquer enumerar enumerer list mencionar mentionner brevemente briefly brievement please veuillez favor'
  ).split(' '),
);

/**
 * Headings of document parts (front and back matter, chapters that frame the report): their
 * level in plain text is 1, and a section of insights never runs across them.
 */
export const PART_PHRASES: Record<LexiconLanguage, string[]> = {
  en: [
    'introduction',
    'background',
    'context',
    'methodology',
    'methods',
    'acknowledgements',
    'acknowledgments',
    'acronyms',
    'abbreviations',
    'list of acronyms',
    'acronyms and abbreviations',
    'bibliography',
    'references',
    'foreword',
    'preface',
    'disclaimer',
    'list of tables',
    'list of figures',
    'list of figures and tables',
    'glossary',
    'endnotes',
    'footnotes',
    'evaluation purpose',
    'purpose of the evaluation',
    'scope and methodology',
  ],
  fr: [
    'introduction',
    'contexte',
    'methodologie',
    'remerciements',
    'sigles',
    'acronymes',
    'abreviations',
    'sigles et abreviations',
    'liste des sigles',
    'bibliographie',
    'references',
    'avant propos',
    'preface',
    'glossaire',
    'liste des tableaux',
    'objectifs de l evaluation',
  ],
  es: [
    'introduccion',
    'antecedentes',
    'contexto',
    'metodologia',
    'agradecimientos',
    'siglas',
    'acronimos',
    'abreviaturas',
    'siglas y acronimos',
    'bibliografia',
    'referencias',
    'prologo',
    'glosario',
    'presentacion',
  ],
};

/** "Annex 3", "Annexe B", "Anexo 7", "Appendix C", "Appendices": the label of an annex heading. */
export const ANNEX_LABEL =
  /^(?:annex(?:e|es)?|anexos?|appendix|appendices|apendices?|apendice)\b\.?\s*(?:n[o°º]\.?\s*)?((?:[0-9]{1,2}|[ivxl]{1,5}|[a-z])(?:[.-][0-9]{1,2})*)?\b\s*[:.–—-]?\s*/i;

/**
 * Annex titles that are never the evaluation's own insights even when they name a kind: terms of
 * reference, statements of work, third-party lesson lists are handled by the "annex title opens
 * with the kind" rule; these are the frames that hold another party's words.
 */
export const FOREIGN_ANNEX =
  /\b(?:terms of reference|termes de reference|terminos de referencia|statement of work|scope of work|expression of interest|cahier des charges|tdr|tor|sow)\b/i;

/**
 * Words that name findings only when nothing but these follows them: "Results", "Les résultats du
 * projet", "Resultados obtenidos" are findings; "Results framework", "Expected results" are not.
 */
export const GENERIC_FINDINGS: Record<LexiconLanguage, string[]> = {
  en: ['results', 'key results'],
  fr: ['resultats'],
  es: ['resultados'],
};

/** What may follow a generic findings word ("du projet", "of the evaluation", "obtenus"). */
export const GENERIC_TAIL: ReadonlySet<string> = new Set(
  'du de des d la le les of the project projet proyecto programme program programa evaluation evaluacion obtenus obtained achieved alcanzados obtenidos and et y key main principaux principales'.split(
    ' ',
  ),
);

/**
 * The evaluation criteria (OECD DAC and the agencies' variants), folded: a chapter named after one
 * ("3.0 Relevance", "Performance – Efficiency and economy", "Pertinence", "Eficacia del programa")
 * holds the evaluation's findings on it when the document has no findings chapter of its own and
 * nothing around it frames it otherwise (find-sections.ts). Compared on a title's first word after
 * `CRITERION_LEAD` words.
 */
export const CRITERION_WORDS: ReadonlySet<string> = new Set(
  (
    'relevance relevancy coherence effectiveness efficacy efficiency impact impacts sustainability ' +
    'pertinence efficacite efficience durabilite viabilite perennite ' +
    'pertinencia coherencia eficacia efectividad eficiencia impacto impactos sostenibilidad sustentabilidad'
  ).split(' '),
);

/** Words that may open a criterion's title before the criterion: "Project effectiveness", "Performance: efficiency", "Analyse de la pertinence", "Achievement of Objectives (Efficacy)". */
export const CRITERION_LEAD: ReadonlySet<string> = new Set(
  (
    'the of and project projet proyecto programme program programa intervention intervencion performance desempeno ' +
    'criterion critere criterio dac cad ocde oecd assessment analysis analyse analisis appreciation valoracion evaluation evaluacion ' +
    'de la le les du des l d del los las overall global globale general ' +
    // The World Bank's "Achievement of Objectives (Efficacy)".
    'achievement objectives'
  ).split(' '),
);

/**
 * Words of the method, in a criterion-like title or in a title above it: the criteria as the method
 * defines them, the questions asked of them ("Relevance criteria and evaluation questions", "Impact
 * evaluation design").
 */
export const CRITERION_METHOD =
  /\b(?:questions?|preguntas?|definitions?|definiciones?|method|methods|methodology|methodologie|metodologia|matrix|matrice|matriz|indicators?|indicateurs?|indicadores?|rating scale|terms of reference|termes de reference|terminos de referencia|evaluability|evaluabilite|evaluabilidad|evaluation design|design of the evaluation|conception de l evaluation|diseno de la evaluacion|evaluation process|limitations|limites|limitaciones)\b/;

/**
 * Words of a title above a criterion-like one that make it describe the setting or the approach
 * rather than assess ("2. Country context › 2.2 Impact of COVID-19", "2. Project description ›
 * 2.2 Sustainability strategy", "2. Démarche évaluative › 2.1 Pertinence").
 */
export const CRITERION_SETTING =
  /\b(?:approach|approche|enfoque|demarche|scope|alcance|portee|framework|cadre|marco|indicators?|indicateurs?|indicadores?|purpose|objectives of the evaluation|objectifs de l evaluation|objetivos de la evaluacion|design|conception|diseno|description|descripcion|presentation|presentacion|background|context|contexte|contexto|antecedentes|theory of change|theorie du changement|teoria del cambio|intervention logic|logique d intervention|logica de intervencion|environment|environnement|entorno|setting|situation)\b/;

/**
 * "Evaluation criteria", "Critères d'évaluation": a title above that lists the criteria frames them,
 * unless it assesses by them ("Assessment according to the DAC criteria", "Análisis por criterio").
 */
export const CRITERIA_WORD = /\b(?:criteria|criteres|criterios)\b/;
export const ASSESSING_WORD =
  /\b(?:assessment|assessing|analysis|analyse|analisis|appreciation|valoracion|findings|results|resultats|resultados|performance|according|by|par|selon|por|segun)\b/;

/**
 * Titles of a description of what was evaluated rather than an assessment of it ("Description of
 * activity", "Descripción del programa", "Présentation du projet"; not "Presentación de los
 * resultados"): under a findings chapter they do not inherit its kind.
 */
export const DESCRIPTIVE_TITLE =
  /^(?:description|descriptions|descripcion|descriptif|presentation|presentacion)(?:$|\s+(?:of|de|du|des|del)\s+(?:(?:the|la|le|l|el|los|las)\s+)?(?:activit|project|projet|proyecto|program|intervention|intervencion|initiative|iniciativa|context|contexte|contexto))/;
