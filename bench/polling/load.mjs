// A small closed-loop HTTP load client (no wrk on the build machine): N concurrent keep-alive clients
// GET one URL for D seconds; prints one JSON line: requests, errors, req/s, latency p50/p90/p99/max (ms).
// Usage: node load.mjs URL TOKEN [clients=200] [seconds=20] [warmup_seconds=3] [if_none_match]
//   (with if_none_match every request sends it: an unchanged status is then answered 304 without a body)
import http from 'node:http';

const [url, token, clientsArg = '200', secondsArg = '20', warmupArg = '3', ifNoneMatch = ''] = process.argv.slice(2);
const clients = Number(clientsArg);
const seconds = Number(secondsArg);
const warmup = Number(warmupArg);
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
if (ifNoneMatch) headers['if-none-match'] = ifNoneMatch;
const target = new URL(url);

function once() {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const req = http.get(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, agent, headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, status: res.statusCode }));
      },
    );
    req.on('error', () => resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, status: 0 }));
  });
}

async function phase(durationMs, record) {
  const end = Date.now() + durationMs;
  const latencies = [];
  let errors = 0;
  const statuses = {};
  async function loop() {
    while (Date.now() < end) {
      const r = await once();
      if (!record) continue;
      latencies.push(r.ms);
      statuses[r.status] = (statuses[r.status] || 0) + 1;
      if (r.status !== 200 && r.status !== 304) errors++;
    }
  }
  const t0 = Date.now();
  await Promise.all(Array.from({ length: clients }, loop));
  return { latencies, errors, statuses, elapsed: (Date.now() - t0) / 1000 };
}

await phase(warmup * 1000, false);
const { latencies, errors, statuses, elapsed } = await phase(seconds * 1000, true);
latencies.sort((a, b) => a - b);
const q = (p) => latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] * 10) / 10 : null;
console.log(JSON.stringify({
  clients, seconds: Math.round(elapsed * 10) / 10, requests: latencies.length, errors, statuses,
  req_per_s: Math.round(latencies.length / elapsed), p50_ms: q(0.5), p90_ms: q(0.9), p95_ms: q(0.95), p99_ms: q(0.99), max_ms: q(1),
}));
agent.destroy();
