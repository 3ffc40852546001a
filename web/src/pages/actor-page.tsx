import { EMPTY_SEARCH, writeSearchQuery } from '../../../src/model/search-query.js';
import { Failure, InsightList, LinkList, Loading, NotFound, PageHeading } from '../components.js';
import { useI18n } from '../i18n.js';
import { hrefs } from '../router.js';
import { useQuery } from '../use-query.js';
import { ACTOR_QUERY } from '../queries.js';

type Item = { id: string; kind: string; headline: string | null; text: string; project: { code: string | null } | null };

interface ActorData {
  actor: {
    id: string;
    kind: string;
    name: string;
    acronym: string | null;
    aliases: string[];
    type: string | null;
    projects: Array<{ role: string; project: { code: string | null; title: string | null } }>;
    recommendationsAddressed: { totalCount: number; nodes: Item[] };
    mentionedIn: { totalCount: number; nodes: Item[] };
    evaluations: Array<{ id: string; title: string | null; timing: string | null; project: { code: string | null } | null }>;
    memberOf: Array<{ id: string; name: string }>;
  } | null;
}

/** An organisation, person or stakeholder group: its projects, the recommendations addressed to it, the insights naming it. */
export function ActorPage({ id }: { id: string }) {
  const { t } = useI18n();
  const state = useQuery<ActorData>(ACTOR_QUERY, { id }, id);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Failure error={state.error} />;
  const actor = state.data.actor;
  if (!actor) return <NotFound />;
  return (
    <article class="entity">
      <p class="eyebrow">{t.actorKind[actor.kind] ?? actor.kind}</p>
      <PageHeading title={actor.name}>{actor.acronym && actor.acronym !== actor.name ? `${actor.name} (${actor.acronym})` : actor.name}</PageHeading>
      <p class="actions">
        <a href={hrefs.graph(actor.id)}>{t.graphView}</a>
        <a href={hrefs.search(writeSearchQuery({ ...EMPTY_SEARCH, actors: [actor.id] }))}>{t.searchThese}</a>
      </p>
      <dl class="facts">
        {actor.aliases.length > 0 ? (
          <>
            <dt>{t.aliases}</dt>
            <dd>{actor.aliases.join(', ')}</dd>
          </>
        ) : null}
        <dt>{t.projects}</dt>
        <dd>
          <LinkList
            items={actor.projects
              .filter((entry) => entry.project.code)
              .map((entry) => ({
                key: `${entry.role}-${entry.project.code}`,
                href: hrefs.project(entry.project.code as string),
                label: `${entry.project.code} (${t.role[entry.role] ?? entry.role})`,
              }))}
          />
        </dd>
        {actor.memberOf.length > 0 ? (
          <>
            <dt>{t.memberOf}</dt>
            <dd>
              <LinkList items={actor.memberOf.map((org) => ({ key: org.id, href: hrefs.actor(org.id), label: org.name }))} />
            </dd>
          </>
        ) : null}
        {actor.evaluations.length > 0 ? (
          <>
            <dt>{t.evaluations}</dt>
            <dd>
              <LinkList
                items={actor.evaluations.map((evaluation) => ({
                  key: evaluation.id,
                  href: evaluation.project?.code ? hrefs.project(evaluation.project.code) : null,
                  label: [evaluation.project?.code, evaluation.timing].filter(Boolean).join(' · ') || evaluation.id,
                }))}
              />
            </dd>
          </>
        ) : null}
      </dl>
      <section>
        <h2>
          {t.recommendationsAddressed} ({actor.recommendationsAddressed.totalCount})
        </h2>
        <InsightList insights={actor.recommendationsAddressed.nodes} />
      </section>
      <section>
        <h2>
          {t.mentionedIn} ({actor.mentionedIn.totalCount})
        </h2>
        <InsightList insights={actor.mentionedIn.nodes} />
      </section>
    </article>
  );
}
