/**
 * One parameterised Cypher statement. The text is fixed per statement kind; everything that
 * comes from a document travels in `params` (never concatenated into `cypher`).
 */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Neo4j property values: primitives and lists of primitives (null removes the property on `SET +=`). */
export type PropertyValue = string | number | boolean | null | string[] | number[];
export type Properties = Record<string, PropertyValue>;
