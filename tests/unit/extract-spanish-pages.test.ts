/**
 * Spanish evaluation pages saved as text (helper ES's probe, extraction version 12): a report's chapter list atop each of
 * its web pages, a registry's evaluation page, i-eval Discovery's recommendation records, an ILO cover's consultant line
 * and a state evaluation portal's firm. Each case is a short text written for the test in that layout.
 */
import { describe, expect, it } from '@jest/globals';
import { extractRecord } from '../../src/extract/extract-record.js';
import type { ReadResult } from '../../src/model/read-result.js';
import type { ExtractionRecord } from '../../src/model/records.js';

function extract(text: string): ExtractionRecord {
  const read: ReadResult = { sourcePath: 'inline.txt', sha256: '0'.repeat(64), format: 'txt', text, encoding: 'utf-8', warnings: [], pageStarts: [] };
  return extractRecord(read);
}

describe("a report's chapter list atop one of its pages", () => {
  it('is contents: its chapter titles are no lessons', () => {
    const record = extract(
      'Evaluation Office of the Fund\nI. OBJETO Y ALCANCE DE LA EVALUACIÓN\nII. EL CONTEXTO DEL PAÍS Y LA ESTRATEGIA DEL FONDO\nIII. LOS RESULTADOS DE LOS PROYECTOS\nIV. LECCIONES APRENDIDAS\nV. UNA CARTERA DE INTERVENCIONES PARA EL FONDO EN EL PAÍS\nA. Propuestas para mejorar la ejecución de los proyectos que siguen en curso\nB. Recomendaciones para el diseño de los programas y proyectos nuevos del Fondo\nVI. UN ENFOQUE SUBREGIONAL PARA LAS ACTIVIDADES DEL FONDO\n\nIV. LECCIONES APRENDIDAS\n\n40. La misión extrajo un conjunto de lecciones de los cuatro proyectos visitados en la región, que se discutieron con sus equipos en un taller.\n',
    );
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      [
        'LESSON_LEARNED',
        'La misión extrajo un conjunto de lecciones de los cuatro proyectos visitados en la región, que se discutieron con sus equipos en un taller.',
      ],
    ]);
  });
});

describe("a registry's evaluation page saved as text", () => {
  it("takes the page's heading for the title, never its file list, and reads its team's rows", () => {
    const record = extract(
      'Gestión del riesgo de desastres en los municipios costeros\n\nReport Cover Image\nEvaluation Plan:\n2017-2021, Peru\nEvaluation Type:\nFinal Project\nPlanned End Date:\n09/2018\nCompletion Date:\n06/2018\nStatus:\nCompleted\nManagement Response:\nYes\nEvaluation Budget(US $):\n22,183\n\nShare\n\nDocument Type Language Size Status Downloads\nDownload document TdR Riesgo Costero.pdf tor Spanish 671.50 KB Posted 87\nDownload document Informe Final Riesgo Costero.pdf report Spanish 1275.03 KB Posted 67\nDownload document Informe Final Riesgo Costero.pdf report Spanish 1275.03 KB Posted 268\nTitle Gestión del riesgo de desastres en los municipios costeros\nAtlas Project Number: 00086451\nEvaluation Plan: 2017-2021, Peru\nEvaluation Type: Final Project\nStatus: Completed\nCompletion Date: 06/2018\nPlanned End Date: 09/2018\nManagement Response: Yes\nEvaluation Budget(US $): 22,183\nJoint Programme: No\nJoint Evaluation: No\nEvaluation Team members:\nName Title Email Nationality\nLucía Fernández Ortiz Mrs. PERU\nLucía Fernández Ortiz Mrs. PERU\nGEF Evaluation: No\nKey Stakeholders: MINAM, Gobiernos Regionales\nCountries: PERU\nLessons\n1.\n  • Coordinación local: los municipios que contaron con un punto focal permanente avanzaron más rápido en sus planes de gestión del riesgo.\n',
    );
    expect(record.evaluation?.title).toBe('Gestión del riesgo de desastres en los municipios costeros');
    expect(record.insights.map((insight) => insight.kind)).toEqual(['LESSON_LEARNED']);
    expect(record.evaluation?.evaluators.map((person) => person.name)).toEqual(['Lucía Fernández Ortiz']);
  });
});

describe("i-eval Discovery's recommendation record", () => {
  it('gives the recommendation, its action plan as key actions, its progress and its units', () => {
    const record = extract(
      'Back to index\nEvaluación final independiente del proyecto de empleo juvenil en Bolivia\n- eval_number:\n- 9999\n- location:\n- country:\n- Bolivia\n- eval_title:\n- Evaluación final independiente del proyecto de empleo juvenil en Bolivia\n- recommendations:\n- category:\n- Monitoring and evaluation\n- action_plan:\n- La oficina incluirá un plan de seguimiento con indicadores de resultado en los próximos proyectos de la región.\n- management_response:\n- Completed\n- progress:\n- Partially achieved\n- admin_units:\n- DWT/CO-Lima\n- title:\n- 3. Definir desde el diseño un sistema de seguimiento con indicadores de resultado y metas anuales.\n',
    );
    expect(record.insights.map((insight) => [insight.kind, insight.text])).toEqual([
      ['RECOMMENDATION', 'Definir desde el diseño un sistema de seguimiento con indicadores de resultado y metas anuales.'],
    ]);
    expect(record.insights[0]!.fields).toEqual({
      managementResponse: {
        keyActions: 'La oficina incluirá un plan de seguimiento con indicadores de resultado en los próximos proyectos de la región.',
        status: 'Partially achieved',
        who: 'DWT/CO-Lima',
      },
    });
  });
});

describe('the evaluators of a Spanish cover', () => {
  it('reads "Nombre del consultor(a):" on an ILO cover', () => {
    const record = extract(
      'OIT - Evaluación\n\no Título del proyecto: Programa de Empleo Decente en la Región Andina\n\no Tipo de la evaluación: Final independiente\n\no País(es): Bolivia, Ecuador\n\no Nombre del consultor(a): Ana Lucía Torres Vega\n\no Fecha de la evaluación: Mayo 2015\n',
    );
    expect(record.evaluation?.evaluators.map((person) => person.name)).toEqual(['Ana Lucía Torres Vega']);
  });

  it('reads the names a cover prints one a line between its title and its institution', () => {
    const record = extract(
      'Evaluación de medio término del Programa de Gobernabilidad Local\n\nInforme de evaluación\n\nAna Sofía Rivas\nPedro Antonio Molina\n\nCentro de Estudios para el Desarrollo Local\n\nSetiembre 2013\n\nSan José, Costa Rica\n',
    );
    expect(record.evaluation?.evaluators.map((person) => person.name)).toEqual(['Ana Sofía Rivas', 'Pedro Antonio Molina']);
  });

  it('keeps a firm whose name holds a role word whole ("Consultores … del Pacífico S.C.")', () => {
    const record = extract(
      'Concluida\n\nEvaluación de procesos del programa de becas de transporte escolar\n\nTipo de evaluación\nProcesos\nConsultor\nConsultores Reunidos del Pacífico S.C.\nCosto de evaluación\n$50,000\nAño\n2019\n',
    );
    expect(record.evaluation?.evaluationFirms.map((firm) => firm.asWritten)).toEqual(['Consultores Reunidos del Pacífico S.C.']);
  });
});
