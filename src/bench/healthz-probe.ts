import http from 'node:http';

/**
 * `node healthz-probe.js <url>`: GETs the URL every 100 ms until its standard input closes,
 * then prints the latencies (ms, Infinity for a failed probe) as one JSON array. Run as its own
 * process by the load test, so what it measures is the service's answer, not the event loop of
 * the process driving 128 autocannon connections.
 */
const url = process.argv[2];
if (!url) throw new Error('usage: healthz-probe <url>');
const agent = new http.Agent({ keepAlive: true });
const samples: number[] = [];
let probing = true;
process.stdin.resume();
process.stdin.on('end', () => (probing = false));
process.stdin.on('close', () => (probing = false));

const probeOnce = () =>
  new Promise<number>((resolve) => {
    const start = process.hrtime.bigint();
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(Number(process.hrtime.bigint() - start) / 1e6));
      })
      .on('error', () => resolve(Number.POSITIVE_INFINITY));
  });

while (probing) {
  samples.push(await probeOnce());
  await new Promise((resolve) => setTimeout(resolve, 100));
}
agent.destroy();
process.stdout.write(`${JSON.stringify(samples.map((ms) => (Number.isFinite(ms) ? ms : null)))}\n`);
