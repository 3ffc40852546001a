/**
 * Small helpers the templates share when they apply reference data to what they found.
 */
import type { EvaluationRecord } from '../model/records.js';

/** Resolver calls throw on names without letters ("—"); a record never fails for that. */
export function safely<T>(resolve: () => T): T | null {
  try {
    return resolve();
  } catch {
    return null;
  }
}

/** An evaluation that states nothing yet: every field null or empty, to be filled by the caller. */
export function emptyEvaluation(): EvaluationRecord {
  return {
    title: null,
    type: null,
    timing: null,
    mode: null,
    completionDate: null,
    approvalDate: null,
    administrativeOffice: null,
    technicalOffice: null,
    manager: null,
    evaluators: [],
    evaluationFirms: [],
  };
}
