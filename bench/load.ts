// `npm run bench` (load part): the built server under wrk, beside a bare node:http ceiling.
// Prints requests per second, p99 latency and ratios; nothing here asserts.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freshPostgresSchema } from '../test/support/dialects.js';
import { longPosting } from '../test/support/long-posting.js';
import { freePort } from '../test/support/server-process.js';

const execFileAsync = promisify(execFile);

const DURATION = process.env.BENCH_SECONDS ?? '8';
/** Seconds of the same load run first and not counted: V8 compiles the hot paths meanwhile. */
const WARM_UP = process.env.BENCH_WARM_UP_SECONDS ?? '3';
const CONNECTIONS = 32;
const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-load-'));

interface WrkResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (error) {
    // wrk prints its version and exits 1; only a missing binary throws ENOENT.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
  return true;
}

function toMs(value: string, unit: string): number {
  const factor = unit === 'us' ? 0.001 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 1;
  return Number(value) * factor;
}

interface WrkOptions {
  headers?: string[];
  script?: string;
  connections?: number;
  seconds?: string;
}

function wrkArgs(url: string, options: WrkOptions): string[] {
  const connections = options.connections ?? CONNECTIONS;
  const seconds = options.seconds ?? DURATION;
  const args = [`-t${Math.min(2, connections)}`, `-c${connections}`, `-d${seconds}s`, '--latency'];
  for (const header of options.headers ?? []) args.push('-H', header);
  if (options.script) args.push('-s', options.script);
  return [...args, url];
}

function parseWrk(out: string): WrkResult {
  const percentile = (p: string) => {
    const match = out.match(new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)`, 'm'));
    return match ? toMs(match[1] ?? '', match[2] ?? 'ms') : Number.NaN;
  };
  const non2xx = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    rps: Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN),
    p50: percentile('50'),
    p99: percentile('99'),
    errors: non2xx + socketErrors,
  };
}

/**
 * Runs wrk with latency percentiles, after a warm-up run of the same load that is not counted;
 * `script` is a Lua file for headers and bodies.
 */
function wrk(url: string, options: WrkOptions = {}): WrkResult {
  execFileSync('wrk', wrkArgs(url, { ...options, seconds: WARM_UP }), { stdio: 'ignore' });
  return parseWrk(execFileSync('wrk', wrkArgs(url, options), { encoding: 'utf8' }));
}

/** wrk without blocking this process, so that it can keep other load going meanwhile. */
async function wrkAlongside(url: string, options: WrkOptions = {}): Promise<WrkResult> {
  return parseWrk((await execFileAsync('wrk', wrkArgs(url, options))).stdout);
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not start:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The built server (`node dist/server/main.js`), as an operator runs it. */
async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), PUBLIC_URL: url, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  await waitForHealth(url, child, () => output);
  return { url, child, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A bare node:http process that answers every request with the same bytes: the ceiling. */
async function startCeiling(file: string) {
  const port = await freePort();
  const source = `
    const body = require('node:fs').readFileSync(${JSON.stringify(file)});
    require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
      res.end(body);
    }).listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', source], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { url, stop: () => stopChild(child) };
}

interface Learner {
  cookie: string;
  csrf: string;
}

async function signUp(url: string, n: number): Promise<Learner> {
  const response = await fetch(`${url}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({
      email: `load-${n}-${randomBytes(4).toString('hex')}@example.test`,
      password: 'a lantern by the river',
    }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

async function topicIds(url: string): Promise<string[]> {
  const roadmap = (await (await fetch(`${url}/api/v1/roadmaps/backend`)).json()) as {
    topics: { id: string }[];
  };
  return roadmap.topics.map((t) => t.id);
}

async function markTopics(url: string, learner: Learner, topics: string[]) {
  const statuses = ['learning', 'theoretical', 'fragile', 'comfortable'];
  for (const [i, topic] of topics.entries()) {
    const response = await fetch(`${url}/api/v1/me/progress/${topic}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        origin: url,
        cookie: learner.cookie,
        'x-csrf-token': learner.csrf,
      },
      body: JSON.stringify({ status: statuses[i % 4], note: `Note ${i}: réviser 日本 ✓` }),
    });
    if (response.status !== 200) throw new Error(`marking failed: ${await response.text()}`);
  }
}

/** A wrk script: each request is a progress PUT by one of `learners`, on a random topic. */
function writeScript(url: string, learners: Learner[], topics: string[]): string {
  const file = path.join(work, `writes-${randomBytes(3).toString('hex')}.lua`);
  const lua = (items: string[]) => `{${items.map((s) => JSON.stringify(s)).join(',')}}`;
  fs.writeFileSync(
    file,
    `
local cookies = ${lua(learners.map((l) => l.cookie))}
local tokens = ${lua(learners.map((l) => l.csrf))}
local topics = ${lua(topics)}
local statuses = {"learning","theoretical","fragile","comfortable"}
local n = 0
request = function()
  n = n + 1
  local who = math.random(#cookies)
  wrk.headers["cookie"] = cookies[who]
  wrk.headers["x-csrf-token"] = tokens[who]
  wrk.headers["origin"] = "${url}"
  wrk.headers["content-type"] = "application/json"
  local body = '{"status":"' .. statuses[math.random(#statuses)] .. '","note":"load ' .. n .. '"}'
  return wrk.format("PUT", "/api/v1/me/progress/" .. topics[math.random(#topics)], nil, body)
end
`,
  );
  return file;
}

function row(label: string, result: WrkResult, ceiling?: WrkResult): string {
  const ratio = ceiling ? `${((result.rps / ceiling.rps) * 100).toFixed(0)} % of ceiling` : '';
  const errors = result.errors ? `  (${result.errors} errors)` : '';
  return `  ${label.padEnd(44)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50.toFixed(1).padStart(6)} ms  p99 ${result.p99.toFixed(1).padStart(6)} ms  ${ratio}${errors}`;
}

async function readBench(label: string, env: Record<string, string>) {
  const server = await startServer(env);
  try {
    const topics = await topicIds(server.url);
    const learner = await signUp(server.url, 0);
    await markTopics(server.url, learner, topics.slice(0, 60));
    const view = `${server.url}/api/v1/me/roadmaps/backend`;
    const bytes = Buffer.from(
      await (await fetch(view, { headers: { cookie: learner.cookie } })).arrayBuffer(),
    );
    const file = path.join(work, 'view.json');
    fs.writeFileSync(file, bytes);
    const ceiling = await startCeiling(file);
    try {
      console.log(
        `\nLearner view, ${label}: ${(bytes.length / 1024).toFixed(0)} KB, 60 topics marked (wrk -t2 -c${CONNECTIONS} -d${DURATION}s)`,
      );
      const bare = wrk(ceiling.url);
      console.log(row('bare node:http, same bytes (ceiling)', bare));
      console.log(
        row(
          'GET /me/roadmaps/backend (identity)',
          wrk(view, { headers: [`cookie: ${learner.cookie}`] }),
          bare,
        ),
      );
      console.log(
        row(
          'GET /me/roadmaps/backend (gzip)',
          wrk(view, { headers: [`cookie: ${learner.cookie}`, 'accept-encoding: gzip'] }),
          bare,
        ),
      );
    } finally {
      await ceiling.stop();
    }
  } finally {
    await server.stop();
  }
}

async function writeBench(label: string, env: Record<string, string>) {
  const server = await startServer(env);
  try {
    const topics = await topicIds(server.url);
    const learners: Learner[] = [];
    for (let i = 0; i < CONNECTIONS; i += 1) learners.push(await signUp(server.url, i));
    const script = writeScript(server.url, learners, topics);
    console.log(row(`PUT /me/progress/{topic}, ${label}`, wrk(`${server.url}/`, { script })));
  } finally {
    await server.stop();
  }
}

/**
 * Learners for the posting load, signed up before anything is measured (so no password hashing
 * or first-sign-up work lands in the figures). Each may save 30 postings an hour: 40 of them
 * post 1,200, enough for both runs below at the default 8 s, and stay under the 50 sign-ups an
 * hour allowed from one address.
 */
const POSTING_LEARNERS = 40;

async function postPosting(url: string, learner: Learner, body: string): Promise<number> {
  const response = await fetch(`${url}/api/v1/me/postings`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: url,
      cookie: learner.cookie,
      'x-csrf-token': learner.csrf,
    },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

/**
 * Posts `body` again and again until `running()` says stop, moving on to the next learner when
 * one reaches the hourly quota; returns how many postings were analysed.
 */
async function keepPosting(
  url: string,
  body: string,
  learners: Learner[],
  running: () => boolean,
): Promise<number> {
  let learner = learners.pop();
  let analysed = 0;
  while (learner && running()) {
    const status = await postPosting(url, learner, body);
    if (status === 201) analysed += 1;
    else if (status === 429) learner = learners.pop();
    else throw new Error(`posting failed with ${status}`);
  }
  return analysed;
}

/**
 * A few connections show whether a request waits behind posting work; 32, as elsewhere here,
 * keep the server saturated, where latency also grows with every cycle the postings take.
 */
const HEALTHZ_CONNECTIONS = [4, CONNECTIONS];

async function postingAnalysisBench(label: string, env: Record<string, string>) {
  const server = await startServer(env);
  try {
    const body = JSON.stringify({ text: longPosting(100_000) });
    const learners: Learner[] = [];
    for (let i = 0; i < POSTING_LEARNERS; i += 1) learners.push(await signUp(server.url, i));
    // The first long posting starts a thread and compiles the matchers there; not measured.
    await postPosting(server.url, learners[0] as Learner, body);

    const healthz = `${server.url}/healthz`;
    for (const connections of HEALTHZ_CONNECTIONS) {
      const idle = await wrkAlongside(healthz, { connections });
      let running = true;
      const posters = Array.from({ length: 4 }, () =>
        keepPosting(server.url, body, learners, () => running),
      );
      const busy = await wrkAlongside(healthz, { connections });
      running = false;
      const analysed = (await Promise.all(posters)).reduce((sum, n) => sum + n, 0);
      const perSecond = (analysed / Number(DURATION)).toFixed(1);
      const ranOut = learners.length === 0 ? ', no spare learners left' : '';
      console.log(row(`${label}, -c${connections}, nothing else running`, idle));
      console.log(
        `${row(`${label}, -c${connections}, four postings in analysis`, busy)}  ${analysed} postings analysed (${perSecond}/s${ranOut})`,
      );
    }
  } finally {
    await server.stop();
  }
}

/** Runs `bench` against a schema of its own in the PostgreSQL at `baseUrl`, dropped afterwards. */
async function inFreshSchema(baseUrl: string, bench: (url: string) => Promise<void>) {
  const database = await freshPostgresSchema(baseUrl, 'wm_load');
  try {
    await bench(database.url);
  } finally {
    await database.drop();
  }
}

async function main() {
  if (!hasWrk()) {
    console.log('\nLoad figures skipped: wrk is not installed (apt-get install -y wrk).');
    return;
  }
  if (!fs.existsSync(path.join(root, 'dist', 'server', 'main.js'))) {
    throw new Error('build the server first: npm run build:server');
  }
  // Throttles are per address and every request here comes from 127.0.0.1.
  const sqlite = () => ({
    DATABASE_URL: `sqlite:${path.join(work, `w-${randomBytes(3).toString('hex')}.db`)}`,
  });
  await readBench('SQLite', sqlite());

  console.log(
    `\nProgress writes, ${CONNECTIONS} learners at once (wrk -t2 -c${CONNECTIONS} -d${DURATION}s)`,
  );
  await writeBench('SQLite (synchronous=FULL)', sqlite());
  const postgresUrl = process.env.TEST_DATABASE_URL;
  if (postgresUrl) {
    await inFreshSchema(postgresUrl, (url) => writeBench('PostgreSQL', { DATABASE_URL: url }));
  } else {
    console.log(
      '  PostgreSQL skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test',
    );
  }

  console.log(
    `\nGET /healthz while four 100 KB postings are analysed at all times (wrk -t2 -d${DURATION}s)`,
  );
  await postingAnalysisBench('SQLite', sqlite());
  if (postgresUrl) {
    await inFreshSchema(postgresUrl, (url) =>
      postingAnalysisBench('PostgreSQL', { DATABASE_URL: url }),
    );
  }
}

try {
  await main();
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
