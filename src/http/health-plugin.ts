import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { ApiDeps } from '../graphql/context.js';
import { checkEngineHealth } from '../graphql/health.js';

/** Liveness: 200 while the process runs (yoga's own health check, on this path). */
export const LIVENESS_PATH = '/healthz';

/** Readiness: 200 when both engines answer, 503 otherwise (yoga's readiness plugin, on this path). */
export const READINESS_PATH = '/readyz';

function json(status: number, body: unknown, headers: Headers = new Headers()): Response {
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers });
}

/**
 * Liveness and readiness for probes and load balancers. Liveness is yoga's health check
 * (`healthCheckEndpoint: LIVENESS_PATH` in createYoga), which answers before any other plugin
 * with an empty 200; this gives it the JSON body the README promises, `{"status":"ok"}`.
 * Readiness is yoga's `useReadinessCheck`, asking both engines through the API's own clients:
 * 200 with their state and versions when both answer, 503 with the same JSON otherwise.
 *
 * yoga matches both paths as the end of the URL (`/anything?x=/healthz` is a health check
 * too); harmless, as both answer only what any client may know.
 */
export function useHealthChecks(deps: Pick<ApiDeps, 'driver' | 'search' | 'config'>): Plugin[] {
  return [
    useReadinessCheck({
      endpoint: READINESS_PATH,
      check: async () => {
        const health = await checkEngineHealth(deps);
        return json(health.status === 'OK' ? 200 : 503, health);
      },
    }),
    {
      onResponse({ response, setResponse }) {
        // yoga's health check, and nothing else, marks its answer with the server's id.
        if (response.status === 200 && response.headers.has('x-yoga-id')) {
          setResponse(json(200, { status: 'ok' }, new Headers(response.headers)));
        }
      },
    },
  ];
}
