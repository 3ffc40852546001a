import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { NotFound } from './components.js';
import { applyLang, initialLang, LangContext, MESSAGES, type Lang } from './i18n.js';
import { ActorPage } from './pages/actor-page.js';
import { CountryPage } from './pages/country-page.js';
import { EvidenceMapPage } from './pages/evidence-map-page.js';
import { GraphPage } from './pages/graph-page.js';
import { InsightPage } from './pages/insight-page.js';
import { ProjectPage } from './pages/project-page.js';
import { SearchPage } from './pages/search-page.js';
import { ThemePage } from './pages/theme-page.js';
import { interceptLinks, useRoute, type Route } from './router.js';
import './styles.css';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'search':
      return <SearchPage query={route.query} error={route.error} />;
    case 'insight':
      return <InsightPage id={route.id} />;
    case 'project':
      return <ProjectPage code={route.code} />;
    case 'country':
      return <CountryPage code={route.code} />;
    case 'actor':
      return <ActorPage id={route.id} />;
    case 'theme':
      return <ThemePage id={route.id} />;
    case 'graph':
      return <GraphPage query={route.query} error={route.error} />;
    case 'map':
      return <EvidenceMapPage kind={route.kind} />;
    default:
      return <NotFound />;
  }
}

function App() {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = initialLang();
    applyLang(initial);
    return initial;
  });
  const route = useRoute();
  const context = useMemo(
    () => ({
      lang,
      t: MESSAGES[lang],
      setLang: (next: Lang) => {
        applyLang(next);
        setLangState(next);
      },
    }),
    [lang],
  );
  const t = context.t;
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  const current = (name: Route['name']) => (route.name === name ? 'page' : undefined);
  return (
    <LangContext.Provider value={context}>
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header class="site-header">
        <div class="brand">
          <a href="/" class="brand-name">
            {t.appName}
          </a>
          <span class="tagline">{t.tagline}</span>
        </div>
        <nav aria-label={t.appName}>
          <ul>
            <li>
              <a href="/search" aria-current={current('search')}>
                {t.navSearch}
              </a>
            </li>
            <li>
              <a href="/map" aria-current={current('map')}>
                {t.navMap}
              </a>
            </li>
            <li>
              <a href="/graph" aria-current={current('graph')}>
                {t.navGraph}
              </a>
            </li>
            <li>
              <a href="/graphql">{t.navApi}</a>
            </li>
          </ul>
        </nav>
        <button type="button" class="lang-switch" lang={other} aria-label={t.switchToLabel} onClick={() => context.setLang(other)}>
          {t.switchTo}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </LangContext.Provider>
  );
}

const root = document.getElementById('app') as HTMLElement;
interceptLinks(document.body);
render(<App />, root);
