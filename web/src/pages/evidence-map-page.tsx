import { EMPTY_SEARCH, writeSearchQuery } from '../../../src/model/search-query.js';
import type { InsightKind } from '../../../src/model/records.js';
import { countryName, Failure, Loading, PageHeading, themeLabel } from '../components.js';
import { useI18n } from '../i18n.js';
import { hrefs, navigate } from '../router.js';
import { useQuery } from '../use-query.js';
import { EVIDENCE_MAP_QUERY } from '../queries.js';

interface MapData {
  stats: {
    insights: number;
    evidenceMap: {
      themes: Array<{ id: string; label: string; labelFr: string | null }>;
      countries: Array<{ id: string; iso3: string; name: string; nameFr: string | null }>;
      cells: Array<{ themeId: string; countryId: string; count: number }>;
    };
  };
}

const KINDS: InsightKind[] = ['FINDING', 'RECOMMENDATION', 'LESSON_LEARNED', 'GOOD_PRACTICE'];

/** Five shades, light to dark; the two darkest carry white text (contrast ≥ 4.5:1 either way). */
export const HEAT_STEPS = 5;

/** The shade (1–5) of a count, relative to the largest cell: a square-root scale so small counts stay visible. */
export function heatStep(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(HEAT_STEPS, Math.max(1, Math.ceil(Math.sqrt(count / max) * HEAT_STEPS)));
}

/**
 * The evidence map: insights per theme (rows) and country (columns) from the API's stats, as a
 * heat map in the manner of 3ie's evidence gap maps. Each non-empty cell is a link to the search
 * filtered to its theme and country; rows and columns are ordered by their totals.
 */
export function EvidenceMapPage({ kind }: { kind: string | null }) {
  const { t, lang } = useI18n();
  const kinds = kind && (KINDS as string[]).includes(kind) ? [kind] : null;
  const state = useQuery<MapData>(EVIDENCE_MAP_QUERY, { filter: kinds ? { kinds } : null }, kind ?? '');
  const header = (
    <>
      <PageHeading title={t.mapTitle}>{t.mapTitle}</PageHeading>
      <p>{t.mapIntro}</p>
      <p>
        <label for="map-kind">{t.mapKindFilter}</label>{' '}
        <select
          id="map-kind"
          value={kinds?.[0] ?? ''}
          onChange={(event) => {
            const value = (event.target as HTMLSelectElement).value;
            navigate(value ? `/map?${new URLSearchParams({ kind: value })}` : '/map');
          }}
        >
          <option value="">{t.mapAllKinds}</option>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t.kind[value]}
            </option>
          ))}
        </select>
      </p>
    </>
  );
  if (state.status === 'loading')
    return (
      <div class="map-page">
        {header}
        <Loading />
      </div>
    );
  if (state.status === 'error') return <Failure error={state.error} />;
  const map = state.data.stats.evidenceMap;
  if (map.cells.length === 0)
    return (
      <div class="map-page">
        {header}
        <p>{t.mapEmpty}</p>
      </div>
    );
  const counts = new Map(map.cells.map((cell) => [`${cell.themeId}|${cell.countryId}`, cell.count]));
  const rowTotal = new Map<string, number>();
  const columnTotal = new Map<string, number>();
  for (const cell of map.cells) {
    rowTotal.set(cell.themeId, (rowTotal.get(cell.themeId) ?? 0) + cell.count);
    columnTotal.set(cell.countryId, (columnTotal.get(cell.countryId) ?? 0) + cell.count);
  }
  const themes = [...map.themes].sort((a, b) => (rowTotal.get(b.id) ?? 0) - (rowTotal.get(a.id) ?? 0) || a.label.localeCompare(b.label));
  const countries = [...map.countries].sort((a, b) => (columnTotal.get(b.id) ?? 0) - (columnTotal.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  const max = Math.max(...map.cells.map((cell) => cell.count));
  return (
    <div class="map-page">
      {header}
      <div class="heatmap-scroll" tabIndex={0} role="region" aria-labelledby="map-caption">
        <table class="heatmap">
          <caption id="map-caption">
            {t.mapTitle}: {map.themes.length} × {map.countries.length}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.theme}</th>
              {countries.map((country) => (
                <th scope="col" key={country.id}>
                  <a href={hrefs.country(country.iso3)}>{countryName(country, lang)}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => {
              const label = themeLabel(theme, lang);
              return (
                <tr key={theme.id}>
                  <th scope="row">
                    <a href={hrefs.theme(theme.id)}>{label}</a>
                  </th>
                  {countries.map((country) => {
                    const count = counts.get(`${theme.id}|${country.id}`) ?? 0;
                    if (count === 0) return <td key={country.id} class="heat-0" />;
                    const search = writeSearchQuery({
                      ...EMPTY_SEARCH,
                      themes: [theme.id],
                      countries: [country.iso3],
                      kinds: (kinds as InsightKind[] | null) ?? [],
                    });
                    return (
                      <td key={country.id} class={`heat-${heatStep(count, max)}`}>
                        <a
                          href={hrefs.search(search)}
                          aria-label={t.mapCell(label, countryName(country, lang), count)}
                          data-theme={theme.id}
                          data-country={country.iso3}
                        >
                          {count}
                        </a>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="legend" aria-hidden="true">
        {t.mapLegend}:{' '}
        {Array.from({ length: HEAT_STEPS }, (_, index) => {
          const step = index + 1;
          const upper = Math.max(1, Math.round(max * (step / HEAT_STEPS) ** 2));
          return (
            <span key={step} class={`legend-swatch heat-${step}`}>
              ≤ {upper}
            </span>
          );
        })}
      </p>
    </div>
  );
}
