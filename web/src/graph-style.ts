/**
 * How the graph view draws each type of node: a colour and a shape, so the types stay apart
 * for readers who do not tell the colours apart (the legend repeats both).
 */
export const NODE_STYLE: Record<string, { color: string; shape: string }> = {
  COUNTRY: { color: '#1f77b4', shape: 'hexagon' },
  PLACE: { color: '#6baed6', shape: 'triangle' },
  PROJECT: { color: '#8c564b', shape: 'diamond' },
  EVALUATION: { color: '#7f7f7f', shape: 'round-rectangle' },
  DOCUMENT: { color: '#bcbd22', shape: 'rectangle' },
  ORGANISATION: { color: '#2ca02c', shape: 'round-tag' },
  PERSON: { color: '#98df8a', shape: 'ellipse' },
  STAKEHOLDER_GROUP: { color: '#17becf', shape: 'barrel' },
  THEME: { color: '#9467bd', shape: 'star' },
  INSIGHT: { color: '#ff7f0e', shape: 'ellipse' },
};

/** The colour of the paths between two chosen nodes. */
export const PATH_COLOR = '#c1121f';
