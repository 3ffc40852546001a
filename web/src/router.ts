import { useEffect, useState } from 'preact/hooks';
import { readGraphQuery, type GraphQuery } from '../../src/model/graph-query.js';
import { EMPTY_SEARCH, readSearchQuery, type SearchQuery } from '../../src/model/search-query.js';

/**
 * The explorer's routes. Everything a page shows is in its address (path and query string), so
 * any view can be bookmarked, shared or reloaded; the service answers every route with the
 * same shell (src/web/explorer-plugin.ts).
 */
export type Route =
  | { name: 'search'; query: SearchQuery; error: string | null }
  | { name: 'insight'; id: string }
  | { name: 'project'; code: string }
  | { name: 'country'; code: string }
  | { name: 'actor'; id: string }
  | { name: 'theme'; id: string }
  | { name: 'graph'; query: GraphQuery | null; error: string | null }
  | { name: 'map'; kind: string | null }
  | { name: 'notFound' };

const ENTITY_ROUTES = ['insight', 'project', 'country', 'actor', 'theme'] as const;

/** The route of a path and query string. */
export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  if (pathname === '/' || pathname === '/search') {
    try {
      return { name: 'search', query: readSearchQuery(params), error: null };
    } catch (error) {
      return { name: 'search', query: EMPTY_SEARCH, error: (error as Error).message };
    }
  }
  if (pathname === '/map') return { name: 'map', kind: params.get('kind') };
  if (pathname === '/graph') {
    if (!params.has('id')) return { name: 'graph', query: null, error: null };
    try {
      return { name: 'graph', query: readGraphQuery(params), error: null };
    } catch (error) {
      return { name: 'graph', query: null, error: (error as Error).message };
    }
  }
  const [, first, rest] = /^\/([a-z]+)\/(.+)$/.exec(pathname) ?? [];
  const name = ENTITY_ROUTES.find((candidate) => candidate === first);
  if (name && rest) {
    let value: string;
    try {
      value = decodeURIComponent(rest);
    } catch {
      return { name: 'notFound' };
    }
    if (name === 'project' || name === 'country') return { name, code: value };
    return { name, id: value };
  }
  return { name: 'notFound' };
}

/** The path of an entity's page. */
export const hrefs = {
  insight: (id: string) => `/insight/${encodeURIComponent(id)}`,
  project: (code: string) => `/project/${encodeURIComponent(code)}`,
  country: (iso3: string) => `/country/${encodeURIComponent(iso3)}`,
  actor: (id: string) => `/actor/${encodeURIComponent(id)}`,
  theme: (id: string) => `/theme/${encodeURIComponent(id)}`,
  graph: (id: string) => `/graph?${new URLSearchParams({ id })}`,
  search: (params: URLSearchParams) => {
    const text = params.toString();
    return text ? `/search?${text}` : '/search';
  },
};

/** The page of any graph id (`country:MLI`, `org:ilo`, …), or null for nodes without one (documents, evaluations, places). */
export function hrefOfNode(id: string): string | null {
  const [prefix, ...rest] = id.split(':');
  const value = rest.join(':');
  switch (prefix) {
    case 'insight':
      return hrefs.insight(id);
    case 'project':
      return hrefs.project(value);
    case 'country':
      return hrefs.country(value);
    case 'org':
    case 'person':
    case 'group':
      return hrefs.actor(id);
    case 'theme':
      return hrefs.theme(id);
    default:
      return null;
  }
}

const CHANGE = 'lessons-graph:navigate';

/** Goes to a path of the explorer without reloading the page. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new Event(CHANGE));
}

/** The current route, updated on navigation and on the browser's back and forward. */
export function useRoute(): Route {
  const read = () => parseRoute(location.pathname, location.search);
  const [route, setRoute] = useState<Route>(read);
  useEffect(() => {
    const update = () => setRoute(read());
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return route;
}

/**
 * Lets ordinary links inside the app navigate without a reload (a plain click on a same-origin
 * link to an explorer route); new tabs, downloads and exports behave as links always do.
 */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/export/') || url.pathname.startsWith('/graphql')) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}
