import { countryName, Failure, InsightList, LinkList, Loading, NotFound, PageHeading } from '../components.js';
import { useI18n } from '../i18n.js';
import { hrefs } from '../router.js';
import { useQuery } from '../use-query.js';
import { PROJECT_QUERY } from '../queries.js';

interface ProjectData {
  project: {
    id: string;
    code: string | null;
    title: string | null;
    objective: string | null;
    outcomes: string[];
    budget: { amount: number; currency: string } | null;
    countries: Array<{ iso3: string; name: string; nameFr: string | null }>;
    places: Array<{ id: string; name: string; region: string | null }>;
    donors: Array<{ id: string; name: string }>;
    partners: Array<{ id: string; name: string }>;
    evaluations: Array<{
      id: string;
      title: string | null;
      timing: string | null;
      mode: string | null;
      completionDate: string | null;
      manager: { id: string; name: string } | null;
      conductedBy: Array<{ id: string; name: string }>;
    }>;
    insights: Array<{ id: string; kind: string; headline: string | null; text: string }>;
  } | null;
}

/** A project: what it is, where, with whom, its evaluations and its insights by kind. */
export function ProjectPage({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const state = useQuery<ProjectData>(PROJECT_QUERY, { code }, code);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Failure error={state.error} />;
  const project = state.data.project;
  if (!project) return <NotFound />;
  const projectCode = project.code ?? code;
  const byKind = ['FINDING', 'RECOMMENDATION', 'LESSON_LEARNED', 'GOOD_PRACTICE'].map((kind) => ({
    kind,
    insights: project.insights.filter((insight) => insight.kind === kind),
  }));
  return (
    <article class="entity">
      <p class="eyebrow">{t.project}</p>
      <PageHeading title={projectCode}>{project.title ? `${projectCode} — ${project.title}` : projectCode}</PageHeading>
      <dl class="facts">
        <dt>{t.countries}</dt>
        <dd>
          <LinkList items={project.countries.map((country) => ({ key: country.iso3, href: hrefs.country(country.iso3), label: countryName(country, lang) }))} />
        </dd>
        <dt>{t.places}</dt>
        <dd>
          {project.places.map((place) => (place.region && place.region !== place.name ? `${place.name} (${place.region})` : place.name)).join(', ') || '—'}
        </dd>
        <dt>{t.donors}</dt>
        <dd>
          <LinkList items={project.donors.map((actor) => ({ key: actor.id, href: hrefs.actor(actor.id), label: actor.name }))} />
        </dd>
        <dt>{t.partners}</dt>
        <dd>
          <LinkList items={project.partners.map((actor) => ({ key: actor.id, href: hrefs.actor(actor.id), label: actor.name }))} />
        </dd>
        {project.budget ? (
          <>
            <dt>{t.budget}</dt>
            <dd>
              {new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
                style: 'currency',
                currency: project.budget.currency,
                maximumFractionDigits: 0,
              }).format(project.budget.amount)}
            </dd>
          </>
        ) : null}
        {project.objective ? (
          <>
            <dt>{t.objective}</dt>
            <dd>{project.objective}</dd>
          </>
        ) : null}
      </dl>
      {project.outcomes.length > 0 ? (
        <section>
          <h2>{t.outcomes}</h2>
          <ol>
            {project.outcomes.map((outcome, index) => (
              <li key={index}>{outcome}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <section>
        <h2>{t.evaluations}</h2>
        <ul>
          {project.evaluations.map((evaluation) => (
            <li key={evaluation.id}>
              {[evaluation.timing, evaluation.mode, evaluation.completionDate].filter(Boolean).join(' · ')}
              {evaluation.manager ? ` — ${t.manager}: ${evaluation.manager.name}` : ''}
              {evaluation.conductedBy.length > 0 ? (
                <>
                  {' '}
                  — {t.conductedBy}:{' '}
                  <LinkList items={evaluation.conductedBy.map((actor) => ({ key: actor.id, href: hrefs.actor(actor.id), label: actor.name }))} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <p class="actions">
        <a href={hrefs.graph(project.id)}>{t.graphView}</a>
      </p>
      {byKind
        .filter((group) => group.insights.length > 0)
        .map((group) => (
          <section key={group.kind}>
            <h2>
              {t.kind[group.kind]} ({group.insights.length})
            </h2>
            <InsightList insights={group.insights} />
          </section>
        ))}
    </article>
  );
}
