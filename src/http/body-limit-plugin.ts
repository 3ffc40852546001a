import type { Plugin } from 'graphql-yoga';

/** The 413 answer's body: the same shape as every other error of the API. */
export function bodyTooLargeError(limit: number) {
  return {
    errors: [
      { message: `Request body larger than ${limit} bytes; upload big documents with \`lessons-graph ingest\`.`, extensions: { code: 'BAD_USER_INPUT' } },
    ],
  };
}

function tooLarge(limit: number): Response {
  // `connection: close`: the client may still be sending; Node discards the rest of the body
  // until the answer is out, then closes, rather than reading megabytes nobody will use.
  return new Response(JSON.stringify(bodyTooLargeError(limit)), {
    status: 413,
    headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' },
  });
}

/** Reads what is left of a body and throws it away, so the client gets its answer (see below). */
async function discard(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    while (!(await reader.read()).done);
  } catch {
    // The connection closed: nothing left to discard.
  }
}

/**
 * The body's chunks as they come, failing once more than `limit` bytes came through. An async
 * generator, not a ReadableStream with a `pull`: the Fetch ponyfill yoga uses on Node drops an
 * error raised through such a stream's controller, and the reader then waits forever. It never
 * cancels the body on overflow: cancelling the body of a Node request destroys the socket, and
 * the client, still sending, would get a reset instead of the 413; the rest is discarded instead.
 */
async function* limitBody(body: ReadableStream<Uint8Array>, limit: number, onOverflow: () => void): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let size = 0;
  let settled = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        settled = true;
        return;
      }
      size += value.byteLength;
      if (size > limit) {
        settled = true;
        onOverflow();
        void discard(reader);
        throw new Error(`request body larger than ${limit} bytes`);
      }
      yield value;
    }
  } finally {
    // The reader of the request stopped early (yoga gave up on the body): so does this one.
    if (!settled) void reader.cancel().catch(() => undefined);
  }
}

/**
 * The request body limit, in front of yoga's parsers: a body whose Content-Length says it is
 * over `limit` answers 413 before a byte of it is read; a body without one (chunked) streams
 * into yoga through a counter, and the request answers 413 as soon as the count passes the
 * limit, whatever yoga made of the truncated body. Bodies are never buffered here.
 */
export function useBodyLimit(limit: number): Plugin {
  const overflowed = new WeakSet<Request>();
  return {
    onRequest({ request, setRequest, endResponse, fetchAPI }) {
      const declared = Number(request.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > limit) return endResponse(tooLarge(limit));
      if (!request.body) return;
      const limited: Request = new fetchAPI.Request(request.url, {
        method: request.method,
        headers: request.headers,
        signal: request.signal,
        body: limitBody(request.body, limit, () => overflowed.add(limited)) as unknown as BodyInit,
        // A streamed body (the Fetch standard asks to say so).
        duplex: 'half',
      } as RequestInit);
      setRequest(limited);
    },
    onResponse({ request, setResponse }) {
      if (overflowed.has(request)) setResponse(tooLarge(limit));
    },
  };
}
