/**
 * Every GraphQL document the explorer sends, in one place: tests/unit/web/explorer-queries.test.ts
 * validates each against schema.graphql, so a change of the API that the page has not followed
 * fails in the unit tests, before any browser.
 */

/** Search page: hits, facets, and the theme labels in both languages. */
export const SEARCH_QUERY = `query Search($query: String!, $filter: InsightFilter, $first: Int, $after: String) {
  search(query: $query, filter: $filter, first: $first, after: $after) {
    totalHits
    edges {
      cursor
      snippet
      highlightedHeadline
      node { id kind headline language year project { code title } countries { iso3 name nameFr } }
    }
    facets {
      kinds { value label count }
      countries { value label count }
      themes { value label count }
      actors { value label count }
      years { value label count }
      languages { value label count }
    }
    pageInfo { hasNextPage endCursor }
  }
  themes { id label labelFr }
}`;

/** Insight page: the insight with its provenance, and its comparable practices. */
export const INSIGHT_QUERY = `query Insight($id: ID!) {
  insight(id: $id) {
    id kind headline text language year
    source { section start end ordinal page document { id sourcePath format sha256 } }
    evaluation { id title timing completionDate }
    project { code title }
    countries { iso3 name nameFr }
    themes { id label labelFr }
    mentions { type id name asWritten }
    addressees { actor { id name } asWritten }
    lessonLearned { context challenges successes administrativeIssues targetedUsers theme category }
    goodPractice { summary conditions causeEffect measurableImpact beneficiaries replicationPotential higherGoals theme category }
    recommendation { priority responsibleUnit timeFrame resourceImplications managementResponse { keyActions who dueDate status } }
  }
  comparablePractices(insightId: $id, first: 5) {
    score
    insight { id kind headline text project { code } countries { iso3 name nameFr } }
    reasons { kind description contribution names }
  }
}`;

/** Project page. */
export const PROJECT_QUERY = `query Project($code: String!) {
  project(code: $code) {
    id code title objective outcomes
    budget { amount currency }
    countries { iso3 name nameFr }
    places { id name region }
    donors { id name }
    partners { id name }
    evaluations { id title timing mode completionDate manager { id name } conductedBy { id name } }
    insights { id kind headline text }
  }
}`;

/** Country page. */
export const COUNTRY_QUERY = `query Country($code: String!) {
  country(code: $code) {
    id iso3 name nameFr region
    neighbours { iso3 name nameFr }
    projects { code title }
    insights(first: 50) { totalCount nodes { id kind headline text project { code } } }
    mentionedIn(first: 50) { totalCount nodes { id kind headline text project { code } } }
    topThemes(first: 10) { theme { id label labelFr } count }
  }
}`;

/** Actor page. */
export const ACTOR_QUERY = `query Actor($id: ID!) {
  actor(id: $id) {
    id kind name acronym aliases type
    projects { role project { code title } }
    recommendationsAddressed(first: 50) { totalCount nodes { id kind headline text project { code } } }
    mentionedIn(first: 50) { totalCount nodes { id kind headline text project { code } } }
    evaluations { id title timing project { code } }
    memberOf { id name }
  }
}`;

/** Theme page. */
export const THEME_QUERY = `query Theme($id: ID!) {
  theme(id: $id) {
    id label labelFr category
    broader { id label labelFr }
    narrower { id label labelFr }
    insights(first: 50) { totalCount nodes { id kind headline text project { code } } }
    countries { country { iso3 name nameFr } count }
  }
}`;

/** Evidence map: the theme × country matrix, optionally for one kind. */
export const EVIDENCE_MAP_QUERY = `query EvidenceMap($filter: InsightFilter) {
  stats(filter: $filter) {
    insights
    evidenceMap {
      themes { id label labelFr }
      countries { id iso3 name nameFr }
      cells { themeId countryId count }
    }
  }
}`;

/** Graph view: one node's neighbourhood. */
export const NEIGHBOURHOOD_QUERY = `query Neighbourhood($id: ID!, $depth: Int, $limit: Int) {
  neighbourhood(id: $id, depth: $depth, limit: $limit) { nodes { id type label } edges { id type source target } truncated }
}`;

/** Graph view: the paths between two chosen nodes. */
export const PATHS_QUERY = `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 3) { length nodes { id type label } edges { id type source target } }
}`;
