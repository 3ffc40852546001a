import { EMPTY_SEARCH, writeSearchQuery } from '../../../src/model/search-query.js';
import { countryName, Failure, InsightList, LinkList, Loading, NotFound, PageHeading, themeLabel } from '../components.js';
import { useI18n } from '../i18n.js';
import { hrefs } from '../router.js';
import { useQuery } from '../use-query.js';
import { COUNTRY_QUERY } from '../queries.js';

interface CountryData {
  country: {
    id: string;
    iso3: string;
    name: string;
    nameFr: string | null;
    region: string | null;
    neighbours: Array<{ iso3: string; name: string; nameFr: string | null }>;
    projects: Array<{ code: string | null; title: string | null }>;
    insights: {
      totalCount: number;
      nodes: Array<{ id: string; kind: string; headline: string | null; text: string; project: { code: string | null } | null }>;
    };
    mentionedIn: {
      totalCount: number;
      nodes: Array<{ id: string; kind: string; headline: string | null; text: string; project: { code: string | null } | null }>;
    };
    topThemes: Array<{ theme: { id: string; label: string; labelFr: string | null }; count: number }>;
  } | null;
}

/** A country: its projects, insights, the insights that name it, its top themes and its neighbours. */
export function CountryPage({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const state = useQuery<CountryData>(COUNTRY_QUERY, { code }, code);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Failure error={state.error} />;
  const country = state.data.country;
  if (!country) return <NotFound />;
  const name = countryName(country, lang);
  return (
    <article class="entity">
      <p class="eyebrow">{t.country}</p>
      <PageHeading title={name}>{name}</PageHeading>
      <p class="actions">
        <a href={hrefs.graph(country.id)}>{t.graphView}</a>
        <a href={hrefs.search(writeSearchQuery({ ...EMPTY_SEARCH, countries: [country.iso3] }))}>{t.searchThese}</a>
      </p>
      <dl class="facts">
        <dt>{t.projects}</dt>
        <dd>
          <LinkList
            items={country.projects
              .filter((project) => project.code)
              .map((project) => ({
                key: project.code as string,
                href: hrefs.project(project.code as string),
                label: project.title ? `${project.code} — ${project.title}` : (project.code as string),
              }))}
          />
        </dd>
        <dt>{t.neighbours}</dt>
        <dd>
          <LinkList
            items={country.neighbours.map((neighbour) => ({ key: neighbour.iso3, href: hrefs.country(neighbour.iso3), label: countryName(neighbour, lang) }))}
          />
        </dd>
        <dt>{t.topThemes}</dt>
        <dd>
          <LinkList
            items={country.topThemes.map((entry) => ({
              key: entry.theme.id,
              href: hrefs.theme(entry.theme.id),
              label: `${themeLabel(entry.theme, lang)} (${entry.count})`,
            }))}
          />
        </dd>
      </dl>
      <section>
        <h2>
          {t.insights} ({country.insights.totalCount})
        </h2>
        <InsightList insights={country.insights.nodes} />
      </section>
      <section>
        <h2>
          {t.mentionedIn} ({country.mentionedIn.totalCount})
        </h2>
        <InsightList insights={country.mentionedIn.nodes} />
      </section>
    </article>
  );
}
