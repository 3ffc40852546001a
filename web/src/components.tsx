import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ApiError } from './api.js';
import { splitHighlights } from './highlight.js';
import { useI18n } from './i18n.js';
import { hrefs } from './router.js';

/** A snippet from the API with its <mark> highlights, rendered as text (never as HTML). */
export function Highlighted({ text }: { text: string }) {
  return <>{splitHighlights(text).map((piece, index) => (piece.mark ? <mark key={index}>{piece.text}</mark> : piece.text))}</>;
}

/** The kind of an insight as a coloured label (the colour repeats the text, never replaces it). */
export function KindBadge({ kind }: { kind: string }) {
  const { t } = useI18n();
  return <span class={`badge kind-${kind.toLowerCase().replace(/_/g, '-')}`}>{t.kind[kind] ?? kind}</span>;
}

/** Sets the document title and moves focus to the page's heading when the page changes, as a page load would. */
export function PageHeading({ children, title }: { children: ComponentChildren; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t.appName}`;
    ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

/** What a page shows while its query runs. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p class="status" role="status">
      {t.loading}
    </p>
  );
}

/** What a page shows when its query failed: not found, or the API's message. */
export function Failure({ error }: { error: ApiError }) {
  const { t } = useI18n();
  if (error.code === 'NOT_FOUND') return <NotFound />;
  return (
    <div class="failure" role="alert">
      <h1>{t.error}</h1>
      <p>{error.message}</p>
    </div>
  );
}

/** The page for an address that leads nowhere. */
export function NotFound() {
  const { t } = useI18n();
  return (
    <div class="failure">
      <PageHeading title={t.notFound}>{t.notFound}</PageHeading>
      <p>{t.notFoundText}</p>
      <p>
        <a href="/">{t.navSearch}</a>
      </p>
    </div>
  );
}

/** A short insight in a list: kind, text cut short, project. */
export interface InsightSummary {
  id: string;
  kind: string;
  headline?: string | null;
  text: string;
  project?: { code: string | null } | null;
}

/** Cuts a text at a word boundary. */
export function cut(text: string, max = 220): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max);
  return `${slice.slice(0, Math.max(slice.lastIndexOf(' '), max - 30)).trimEnd()}…`;
}

/** A list of insights linking to their pages. */
export function InsightList({ insights }: { insights: InsightSummary[] }) {
  if (insights.length === 0) return <p class="muted">—</p>;
  return (
    <ul class="insight-list">
      {insights.map((insight) => (
        <li key={insight.id}>
          <KindBadge kind={insight.kind} /> <a href={hrefs.insight(insight.id)}>{cut(insight.headline || insight.text, 200)}</a>
          {insight.project?.code ? (
            <>
              {' '}
              <span class="muted">· </span>
              <a class="muted" href={hrefs.project(insight.project.code)}>
                {insight.project.code}
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A country's name in the interface language. */
export function countryName(country: { name: string; nameFr?: string | null }, lang: string): string {
  return lang === 'fr' && country.nameFr ? country.nameFr : country.name;
}

/** A theme's label in the interface language. */
export function themeLabel(theme: { label: string; labelFr?: string | null }, lang: string): string {
  return lang === 'fr' && theme.labelFr ? theme.labelFr : theme.label;
}

/** Links separated by commas. */
export function LinkList({ items }: { items: Array<{ href: string | null; label: string; key: string }> }) {
  if (items.length === 0) return <span class="muted">—</span>;
  return (
    <>
      {items.map((item, index) => (
        <>
          {index > 0 ? ', ' : ''}
          {item.href ? (
            <a key={item.key} href={item.href}>
              {item.label}
            </a>
          ) : (
            <span key={item.key}>{item.label}</span>
          )}
        </>
      ))}
    </>
  );
}
