import type { Plugin } from 'graphql-yoga';

/** How many requests the server works on at once, and how many may wait for their turn. */
export interface ConcurrencyLimit {
  /** Requests worked on at once; 0 turns the limit off. */
  maxActive: number;
  /** Requests waiting beyond which a new one is told to come back (503). */
  maxQueued: number;
}

function busy(waiting: number): Response {
  const body = { errors: [{ message: `The server is busy (${waiting} requests waiting); retry in a moment.`, extensions: { code: 'UNAVAILABLE' } }] };
  return new Response(JSON.stringify(body), { status: 503, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '1' } });
}

/**
 * Works on at most `maxActive` requests at once; the others wait their turn in arrival order,
 * before their body is even read. Without it, 128 clients meant 128 requests in flight whose
 * answers from the engines all came back at once: the event loop then ran a burst of a hundred
 * result mappings before it read anything else, and a health probe waited 300 ms to 1.3 s.
 * With the gate, a burst is a few requests long. Liveness and readiness are answered before
 * this plugin runs, so probes never queue. A turn ends when the answer is ready or the client
 * goes away, whichever comes first.
 */
export function useConcurrencyLimit(limit: ConcurrencyLimit): Plugin {
  let active = 0;
  const queue: Array<() => void> = [];
  const turns = new WeakMap<Request, () => void>();
  const startTurn = (request: Request) => {
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      turns.delete(request);
      request.signal.removeEventListener('abort', end);
      const next = queue.shift();
      if (next) next();
      else active -= 1;
    };
    turns.set(request, end);
    request.signal.addEventListener('abort', end, { once: true });
  };
  return {
    onRequest({ request, endResponse }) {
      if (limit.maxActive === 0) return;
      if (active < limit.maxActive) {
        active += 1;
        startTurn(request);
        return;
      }
      if (queue.length >= limit.maxQueued) {
        endResponse(busy(queue.length));
        return;
      }
      // The turn passes from the request that ends to this one: `active` stays as it is.
      return new Promise<boolean>((resolve) => {
        const waiting = () => {
          request.signal.removeEventListener('abort', leave);
          startTurn(request);
          resolve(true);
        };
        // A client that leaves while waiting gives its place up; nothing is worked on for it.
        const leave = () => {
          const at = queue.indexOf(waiting);
          if (at >= 0) queue.splice(at, 1);
          resolve(false);
        };
        queue.push(waiting);
        request.signal.addEventListener('abort', leave, { once: true });
      }).then((admitted) => {
        if (!admitted) endResponse(new Response(null, { status: 499, statusText: 'Client Closed Request' }));
      });
    },
    onResponse({ request }) {
      turns.get(request)?.();
    },
  };
}
