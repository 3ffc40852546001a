import { useEffect, useMemo, useState } from 'preact/hooks';
import { toggleSearchValue, toInsightFilter, writeSearchQuery, EMPTY_SEARCH, type SearchListField, type SearchQuery } from '../../../src/model/search-query.js';
import { countryName, Failure, Highlighted, KindBadge, PageHeading } from '../components.js';
import { useI18n, type Messages } from '../i18n.js';
import { hrefs, navigate } from '../router.js';
import { useQuery } from '../use-query.js';
import { SEARCH_QUERY } from '../queries.js';

const PAGE_SIZE = 20;

interface Facet {
  value: string;
  label: string;
  count: number;
}

interface SearchData {
  search: {
    totalHits: number;
    edges: Array<{
      cursor: string;
      snippet: string;
      highlightedHeadline: string | null;
      node: {
        id: string;
        kind: string;
        headline: string | null;
        language: string;
        year: number | null;
        project: { code: string | null; title: string | null } | null;
        countries: Array<{ iso3: string; name: string; nameFr: string | null }>;
      };
    }>;
    facets: Record<'kinds' | 'countries' | 'themes' | 'actors' | 'years' | 'languages', Facet[]>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  themes: Array<{ id: string; label: string; labelFr: string | null }>;
}

/** Where a search goes: its address (the whole state is there). */
function go(query: SearchQuery): void {
  navigate(hrefs.search(writeSearchQuery(query)));
}

/** Where the first hit of this page sits (from the cursor of the previous page, if any). */
function positionAfter(after: string | null): number {
  if (!after) return 0;
  try {
    const match = /^hit:(\d+)$/.exec(atob(after.replace(/-/g, '+').replace(/_/g, '/')));
    return match ? Number(match[1]) + 1 : 0;
  } catch {
    return 0;
  }
}

const FACETS: Array<{ key: keyof SearchData['search']['facets']; field: SearchListField | 'years'; title: (t: Messages) => string; max: number }> = [
  { key: 'kinds', field: 'kinds', title: (t) => t.facetKind, max: 4 },
  { key: 'countries', field: 'countries', title: (t) => t.facetCountry, max: 12 },
  { key: 'themes', field: 'themes', title: (t) => t.facetTheme, max: 12 },
  { key: 'actors', field: 'actors', title: (t) => t.facetActor, max: 10 },
  { key: 'years', field: 'years', title: (t) => t.facetYear, max: 10 },
  { key: 'languages', field: 'languages', title: (t) => t.facetLanguage, max: 5 },
];

/**
 * Search: one box, facets with counts, cards with highlighted snippets, paging and exports.
 * The address holds the whole search (`/search?q=…&kind=…&country=…`), so reloading or sharing
 * it shows the same results; the export links carry the same parameters.
 */
export function SearchPage({ query, error }: { query: SearchQuery; error: string | null }) {
  const { t, lang } = useI18n();
  const params = writeSearchQuery(query);
  const key = params.toString();
  const variables = { query: query.q, filter: toInsightFilter(query), first: PAGE_SIZE, after: query.after };
  const state = useQuery<SearchData>(SEARCH_QUERY, variables, key);
  const [text, setText] = useState(query.q);
  useEffect(() => setText(query.q), [query.q]);

  const themeLabels = useMemo(() => {
    const map = new Map<string, string>();
    if (state.status === 'done') for (const theme of state.data.themes) map.set(theme.id, lang === 'fr' && theme.labelFr ? theme.labelFr : theme.label);
    return map;
  }, [state, lang]);

  const facetLabel = (key: string, facet: Facet): string => {
    if (key === 'kinds') return t.kind[facet.value] ?? facet.label;
    if (key === 'languages') return t.language[facet.value] ?? facet.value;
    if (key === 'themes') return themeLabels.get(facet.value) ?? facet.label;
    return facet.label;
  };

  const isSelected = (field: SearchListField | 'years', value: string) =>
    field === 'years' ? query.yearFrom === Number(value) && query.yearTo === Number(value) : (query[field] as string[]).includes(value);

  const toggle = (field: SearchListField | 'years', value: string) => {
    if (field === 'years') {
      const year = Number(value);
      const selected = query.yearFrom === year && query.yearTo === year;
      go({ ...query, yearFrom: selected ? null : year, yearTo: selected ? null : year, after: null });
    } else {
      go(toggleSearchValue(query, field, value));
    }
  };

  const heading = query.q ? `${t.navSearch}: ${query.q}` : t.navSearch;
  const exportParams = new URLSearchParams(params);
  exportParams.delete('after');
  const exportQuery = exportParams.toString();
  const hasFilter = toInsightFilter(query) !== null;

  return (
    <div class="search-page">
      <PageHeading title={heading}>{t.navSearch}</PageHeading>
      <form
        class="search-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          go({ ...query, q: text.trim(), after: null });
        }}
      >
        <label for="search-box">{t.searchLabel}</label>
        <div class="search-row">
          <input
            id="search-box"
            type="search"
            name="q"
            value={text}
            placeholder={t.searchPlaceholder}
            maxLength={500}
            onInput={(event) => setText((event.target as HTMLInputElement).value)}
          />
          <button type="submit">{t.searchButton}</button>
        </div>
      </form>
      {error ? (
        <p class="failure" role="alert">
          {error}
        </p>
      ) : null}
      {state.status === 'error' ? <Failure error={state.error} /> : null}
      <div class="search-layout">
        <aside class="facets" aria-label={t.filters}>
          <h2>{t.filters}</h2>
          {hasFilter ? (
            <p>
              <button type="button" class="link-button" onClick={() => go({ ...EMPTY_SEARCH, q: query.q })}>
                {t.clearFilters}
              </button>
            </p>
          ) : null}
          {state.status === 'done'
            ? FACETS.map(({ key, field, title, max }) => {
                const values = state.data.search.facets[key];
                if (values.length === 0) return null;
                return (
                  <fieldset key={key} class="facet">
                    <legend>{title(t)}</legend>
                    <ul>
                      {values.slice(0, max).map((facet) => {
                        const id = `facet-${key}-${facet.value.replace(/[^A-Za-z0-9_-]/g, '-')}`;
                        return (
                          <li key={facet.value}>
                            <input id={id} type="checkbox" checked={isSelected(field, facet.value)} onChange={() => toggle(field, facet.value)} />
                            <label for={id}>
                              {facetLabel(key, facet)} <span class="count">({facet.count})</span>
                            </label>
                          </li>
                        );
                      })}
                    </ul>
                  </fieldset>
                );
              })
            : null}
        </aside>
        <section class="results" aria-labelledby="results-heading">
          <div class="results-head">
            <h2 id="results-heading" aria-live="polite">
              {state.status === 'done' ? resultsLine(t, state.data.search.totalHits, state.data.search.edges.length, positionAfter(query.after)) : t.loading}
            </h2>
            <p class="exports">
              <span>{t.exportLabel}:</span>{' '}
              <a href={`/export/search.csv${exportQuery ? `?${exportQuery}` : ''}`} download="lessons-graph-search.csv">
                {t.exportCsv}
              </a>{' '}
              <a href={`/export/search.json${exportQuery ? `?${exportQuery}` : ''}`} download="lessons-graph-search.json">
                {t.exportJson}
              </a>
            </p>
          </div>
          {state.status === 'done' && state.data.search.edges.length === 0 ? <p>{t.noResults}</p> : null}
          {state.status === 'done' ? (
            <ol class="cards" start={positionAfter(query.after) + 1}>
              {state.data.search.edges.map(({ node, snippet, highlightedHeadline }) => (
                <li key={node.id} class="card" data-insight-id={node.id}>
                  <article>
                    <p class="card-meta">
                      <KindBadge kind={node.kind} />
                      {node.year ? <span>{node.year}</span> : null}
                      <span>{t.language[node.language] ?? node.language}</span>
                    </p>
                    {highlightedHeadline ? (
                      <>
                        <h3>
                          <a href={hrefs.insight(node.id)}>
                            <Highlighted text={highlightedHeadline} />
                          </a>
                        </h3>
                        <p class="snippet">
                          <Highlighted text={snippet} />
                        </p>
                      </>
                    ) : (
                      <h3 class="snippet-title">
                        <a href={hrefs.insight(node.id)}>
                          <Highlighted text={snippet} />
                        </a>
                      </h3>
                    )}
                    <p class="card-foot">
                      {node.project?.code ? <a href={hrefs.project(node.project.code)}>{node.project.code}</a> : null}
                      {node.countries.map((country) => (
                        <a key={country.iso3} href={hrefs.country(country.iso3)}>
                          {countryName(country, lang)}
                        </a>
                      ))}
                    </p>
                  </article>
                </li>
              ))}
            </ol>
          ) : null}
          {state.status === 'done' && (query.after || state.data.search.pageInfo.hasNextPage) ? (
            <nav class="pager" aria-label={t.navSearch}>
              {query.after ? <a href={hrefs.search(writeSearchQuery({ ...query, after: null }))}>{t.firstPage}</a> : null}
              {state.data.search.pageInfo.hasNextPage && state.data.search.pageInfo.endCursor ? (
                <a href={hrefs.search(writeSearchQuery({ ...query, after: state.data.search.pageInfo.endCursor }))}>{t.nextPage}</a>
              ) : null}
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}

function resultsLine(t: Messages, total: number, shown: number, offset: number): string {
  if (total === 0 || (offset === 0 && shown === total)) return t.results(total);
  return t.resultsRange(offset + 1, offset + shown, total);
}
