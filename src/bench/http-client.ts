import http from 'node:http';

/** A plain HTTP/1.1 JSON client on one keep-alive agent: what the benchmark measures with. */
export interface JsonHttpClient {
  /** POSTs a JSON body; resolves with the status and the raw text of the answer. */
  post(url: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  /** GETs a URL; resolves with the status and the raw text. */
  get(url: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  close(): void;
}

/**
 * A node:http client with a keep-alive agent and no compression (`accept-encoding` not sent):
 * the transport the benchmark's raw side measures the engines with, so a figure is the
 * engine's, not a client's. (Node's global fetch asks for gzip, and Meilisearch's compressed
 * answers wait ~40 ms on a delayed ACK: see src/search/client.ts.)
 */
export function createJsonHttpClient(maxSockets = 256): JsonHttpClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const request = (method: string, url: string, payload: string | null, headers: Record<string, string>) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        url,
        {
          method,
          agent,
          headers: payload === null ? headers : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload ?? undefined);
    });
  return {
    post: (url, body, headers = {}) => request('POST', url, JSON.stringify(body), headers),
    get: (url, headers = {}) => request('GET', url, null, headers),
    close: () => agent.destroy(),
  };
}
