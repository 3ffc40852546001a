import { countryName, cut, Failure, KindBadge, LinkList, Loading, NotFound, PageHeading, themeLabel } from '../components.js';
import { useI18n, type Messages } from '../i18n.js';
import { hrefOfNode, hrefs } from '../router.js';
import { useQuery } from '../use-query.js';
import { INSIGHT_QUERY } from '../queries.js';

type Fields = Record<string, string | null> | null;

interface InsightData {
  insight: {
    id: string;
    kind: string;
    headline: string | null;
    text: string;
    language: string;
    year: number | null;
    source: {
      section: string;
      start: number;
      end: number;
      ordinal: number;
      page: number | null;
      document: { id: string; sourcePath: string; format: string; sha256: string } | null;
    };
    evaluation: { id: string; title: string | null; timing: string | null; completionDate: string | null };
    project: { code: string | null; title: string | null } | null;
    countries: Array<{ iso3: string; name: string; nameFr: string | null }>;
    themes: Array<{ id: string; label: string; labelFr: string | null }>;
    mentions: Array<{ type: string; id: string; name: string; asWritten: string | null }>;
    addressees: Array<{ actor: { id: string; name: string }; asWritten: string | null }>;
    lessonLearned: Fields;
    goodPractice: Fields;
    recommendation: (Record<string, string | null> & { managementResponse: Fields }) | null;
  } | null;
  comparablePractices: Array<{
    score: number;
    insight: {
      id: string;
      kind: string;
      headline: string | null;
      text: string;
      project: { code: string | null } | null;
      countries: Array<{ iso3: string; name: string; nameFr: string | null }>;
    };
    reasons: Array<{ kind: string; description: string; contribution: number; names: string[] }>;
  }>;
}

function FieldList({ title, fields }: { title: string; fields: Fields }) {
  const { t } = useI18n();
  const entries = Object.entries(fields ?? {}).filter(([key, value]) => key !== '__typename' && typeof value === 'string' && value !== '');
  if (entries.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <dl class="facts">
        {entries.map(([key, value]) => (
          <>
            <dt key={`${key}-t`}>{t.field[key] ?? key}</dt>
            <dd key={`${key}-d`}>{value}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}

/** A reason in the interface language: its kind, then what is shared (names), or the API's sentence for text similarity. */
function reasonText(t: Messages, reason: { kind: string; description: string; names: string[] }): string {
  if (reason.kind === 'TEXT_SIMILARITY') {
    const cosine = /([0-9.]+)\)?$/.exec(reason.description)?.[1];
    return cosine ? `${t.reason.TEXT_SIMILARITY} (${cosine})` : reason.description;
  }
  const label = t.reason[reason.kind];
  return label && reason.names.length > 0 ? `${label}${t.colon}${reason.names.join(', ')}` : reason.description;
}

/**
 * An insight: its full text, where it comes from (document, section, page, position), its
 * project, evaluation, countries, themes, mentions and addressees, its structured record
 * fields, and the comparable practices of other projects with the reasons for each.
 */
export function InsightPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const state = useQuery<InsightData>(INSIGHT_QUERY, { id }, id);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Failure error={state.error} />;
  const insight = state.data.insight;
  if (!insight) return <NotFound />;
  const kindLabel = t.kind[insight.kind] ?? insight.kind;
  const source = insight.source;
  return (
    <article class="entity insight-page" lang={insight.language !== 'und' ? insight.language : undefined}>
      <p class="eyebrow" lang={lang}>
        <KindBadge kind={insight.kind} />
        {insight.project?.code ? <a href={hrefs.project(insight.project.code)}>{insight.project.code}</a> : null}
        {insight.year ? <span>{insight.year}</span> : null}
      </p>
      <PageHeading title={cut(insight.headline || insight.text, 70)}>{insight.headline || cut(insight.text, 160)}</PageHeading>
      <blockquote class="insight-text">{insight.text}</blockquote>
      <div class="columns" lang={lang}>
        <section>
          <h2>{kindLabel}</h2>
          <dl class="facts">
            <dt>{t.project}</dt>
            <dd>
              {insight.project?.code ? (
                <a href={hrefs.project(insight.project.code)}>
                  {insight.project.title ? `${insight.project.code} — ${insight.project.title}` : insight.project.code}
                </a>
              ) : (
                '—'
              )}
            </dd>
            <dt>{t.evaluation}</dt>
            <dd>
              {[insight.evaluation.title, insight.evaluation.timing, insight.evaluation.completionDate].filter(Boolean).join(' · ') || insight.evaluation.id}
            </dd>
            <dt>{t.languageLabel}</dt>
            <dd>{t.language[insight.language] ?? insight.language}</dd>
            <dt>{t.countries}</dt>
            <dd>
              <LinkList
                items={insight.countries.map((country) => ({ key: country.iso3, href: hrefs.country(country.iso3), label: countryName(country, lang) }))}
              />
            </dd>
            <dt>{t.themes}</dt>
            <dd>
              <LinkList items={insight.themes.map((theme) => ({ key: theme.id, href: hrefs.theme(theme.id), label: themeLabel(theme, lang) }))} />
            </dd>
            <dt>{t.mentions}</dt>
            <dd>
              <LinkList
                items={insight.mentions.map((mention) => ({
                  key: mention.id,
                  href: hrefOfNode(mention.id),
                  label: mention.asWritten && mention.asWritten !== mention.name ? `${mention.name} (« ${mention.asWritten} »)` : mention.name,
                }))}
              />
            </dd>
            {insight.addressees.length > 0 ? (
              <>
                <dt>{t.addressees}</dt>
                <dd>
                  <LinkList
                    items={insight.addressees.map((addressee) => ({
                      key: addressee.actor.id,
                      href: hrefs.actor(addressee.actor.id),
                      label: addressee.actor.name,
                    }))}
                  />
                </dd>
              </>
            ) : null}
          </dl>
          <p>
            <a href={hrefs.graph(insight.id)}>{t.graphView}</a>
          </p>
        </section>
        <section class="provenance" aria-labelledby="provenance-heading">
          <h2 id="provenance-heading">{t.provenance}</h2>
          <dl class="facts">
            <dt>{t.document}</dt>
            <dd>{source.document ? <code>{source.document.sourcePath}</code> : '—'}</dd>
            <dt>{t.section}</dt>
            <dd>{source.section || '—'}</dd>
            <dt>{t.page}</dt>
            <dd>{source.page ?? '—'}</dd>
            <dt>{t.position}</dt>
            <dd>{source.ordinal}</dd>
            <dt>{t.characters}</dt>
            <dd>
              {source.start}–{source.end}
            </dd>
            {source.document ? (
              <>
                <dt>{t.format}</dt>
                <dd>{source.document.format}</dd>
                <dt>{t.sha256}</dt>
                <dd>
                  <code class="hash">{source.document.sha256.slice(0, 16)}…</code>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      </div>
      <div lang={lang}>
        <FieldList title={t.lessonFields} fields={insight.lessonLearned} />
        <FieldList title={t.practiceFields} fields={insight.goodPractice} />
        {insight.recommendation ? (
          <>
            <FieldList title={t.recommendationFields} fields={{ ...insight.recommendation, managementResponse: null }} />
            <FieldList title={t.managementResponse} fields={insight.recommendation.managementResponse} />
          </>
        ) : null}
        <section class="comparable" aria-labelledby="comparable-heading">
          <h2 id="comparable-heading">{t.comparable}</h2>
          <p class="muted">{t.comparableIntro}</p>
          {state.data.comparablePractices.length === 0 ? <p>{t.noComparable}</p> : null}
          <ol class="comparable-list">
            {state.data.comparablePractices.map((item) => (
              <li key={item.insight.id} class="comparable-item">
                <p class="card-meta">
                  <KindBadge kind={item.insight.kind} />
                  {item.insight.project?.code ? <a href={hrefs.project(item.insight.project.code)}>{item.insight.project.code}</a> : null}
                  <span>{item.insight.countries.map((country) => countryName(country, lang)).join(', ')}</span>
                  <span class="score">
                    {t.score} {item.score.toFixed(2)}
                  </span>
                </p>
                <p>
                  <a href={hrefs.insight(item.insight.id)}>{cut(item.insight.headline || item.insight.text, 240)}</a>
                </p>
                <ul class="reasons" aria-label={t.reasons}>
                  {item.reasons.map((reason, index) => (
                    <li key={index} data-reason={reason.kind}>
                      {reasonText(t, reason)} <span class="muted">(+{reason.contribution.toFixed(2)})</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  );
}
