import { EMPTY_SEARCH, writeSearchQuery } from '../../../src/model/search-query.js';
import { countryName, Failure, InsightList, LinkList, Loading, NotFound, PageHeading, themeLabel } from '../components.js';
import { useI18n } from '../i18n.js';
import { hrefs } from '../router.js';
import { useQuery } from '../use-query.js';
import { THEME_QUERY } from '../queries.js';

type ThemeRef = { id: string; label: string; labelFr: string | null };

interface ThemeData {
  theme: {
    id: string;
    label: string;
    labelFr: string | null;
    category: string | null;
    broader: ThemeRef[];
    narrower: ThemeRef[];
    insights: {
      totalCount: number;
      nodes: Array<{ id: string; kind: string; headline: string | null; text: string; project: { code: string | null } | null }>;
    };
    countries: Array<{ country: { iso3: string; name: string; nameFr: string | null }; count: number }>;
  } | null;
}

/** A theme of the vocabulary: broader and narrower themes, the countries and insights about it. */
export function ThemePage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const state = useQuery<ThemeData>(THEME_QUERY, { id }, id);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Failure error={state.error} />;
  const theme = state.data.theme;
  if (!theme) return <NotFound />;
  const label = themeLabel(theme, lang);
  const themeLinks = (themes: ThemeRef[]) => themes.map((other) => ({ key: other.id, href: hrefs.theme(other.id), label: themeLabel(other, lang) }));
  return (
    <article class="entity">
      <p class="eyebrow">
        {t.theme}
        {theme.category ? ` · ${theme.category}` : ''}
      </p>
      <PageHeading title={label}>{label}</PageHeading>
      <p class="actions">
        <a href={hrefs.graph(theme.id)}>{t.graphView}</a>
        <a href={hrefs.search(writeSearchQuery({ ...EMPTY_SEARCH, themes: [theme.id] }))}>{t.searchThese}</a>
      </p>
      <dl class="facts">
        <dt>{t.broader}</dt>
        <dd>
          <LinkList items={themeLinks(theme.broader)} />
        </dd>
        <dt>{t.narrower}</dt>
        <dd>
          <LinkList items={themeLinks(theme.narrower)} />
        </dd>
        <dt>{t.countries}</dt>
        <dd>
          <LinkList
            items={theme.countries.map((entry) => ({
              key: entry.country.iso3,
              href: hrefs.search(writeSearchQuery({ ...EMPTY_SEARCH, themes: [theme.id], countries: [entry.country.iso3] })),
              label: `${countryName(entry.country, lang)} (${entry.count})`,
            }))}
          />
        </dd>
      </dl>
      <section>
        <h2>
          {t.insightsAbout} ({theme.insights.totalCount})
        </h2>
        <InsightList insights={theme.insights.nodes} />
      </section>
    </article>
  );
}
