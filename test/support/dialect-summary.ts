// Counts a finished run's tests per database, from the dialect in their names, and lists what was skipped.
import type { TestCase, TestModule } from 'vitest/node';

const DIALECT_NAMES = ['sqlite', 'postgres', 'postgres-embedded'] as const;
const NO_DIALECT = 'none';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** The dialect a test ran on, from the nearest suite named "… on <dialect>", as DIALECTS names them. */
function dialectOf(test: TestCase): string {
  for (let node = test.parent; node.type === 'suite'; node = node.parent) {
    // describe.each prints a string property quoted: "progress on 'sqlite'".
    const named = DIALECT_NAMES.find((name) =>
      node.name.replaceAll("'", '').endsWith(` on ${name}`),
    );
    if (named) return named;
  }
  return NO_DIALECT;
}

/** How the summary names a dialect: the real server by its address, PGlite as what it is. */
function label(dialect: string, postgresUrl: string | undefined): string {
  if (dialect === 'postgres' && postgresUrl) return `postgres at ${new URL(postgresUrl).host}`;
  if (dialect === 'postgres-embedded') return 'postgres-embedded (PGlite)';
  if (dialect === NO_DIALECT)
    return 'no database in the name (logic, content, some SQLite-only checks)';
  return dialect;
}

/** The suite a skipped test belongs to, for grouping: its top-level describe block. */
function topSuite(test: TestCase): string {
  let name = test.name;
  for (let node = test.parent; node.type === 'suite'; node = node.parent) name = node.name;
  return name;
}

export function summarise(modules: TestModule[], env: NodeJS.ProcessEnv): string {
  const tallies = new Map<string, Tally>();
  const skips = new Map<string, number>();
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const dialect = dialectOf(test);
      const tally = tallies.get(dialect) ?? { passed: 0, failed: 0, skipped: 0 };
      tallies.set(dialect, tally);
      const result = test.result();
      if (result.state === 'passed') tally.passed += 1;
      else if (result.state === 'failed') tally.failed += 1;
      else if (result.state === 'skipped') {
        tally.skipped += 1;
        const why = result.note ? `${topSuite(test)}: ${result.note}` : topSuite(test);
        skips.set(why, (skips.get(why) ?? 0) + 1);
      }
    }
  }
  const lines = ['', 'Tests by database:'];
  const order = [...DIALECT_NAMES, NO_DIALECT].filter((name) => tallies.has(name));
  const width = Math.max(...order.map((name) => label(name, env.TEST_DATABASE_URL).length));
  for (const name of order) {
    const { passed, failed, skipped } = tallies.get(name) as Tally;
    const counts = [
      `${passed} passed`,
      failed && `${failed} failed`,
      skipped && `${skipped} skipped`,
    ];
    lines.push(
      `  ${label(name, env.TEST_DATABASE_URL).padEnd(width)}  ${counts.filter(Boolean).join(', ')}`,
    );
  }
  if (!env.TEST_DATABASE_URL) {
    lines.push(
      '  PostgreSQL ran embedded (PGlite, one connection per app). Set TEST_DATABASE_URL to use a real server instead.',
    );
  }
  if (skips.size > 0) {
    lines.push('Skipped:');
    for (const [why, count] of skips) lines.push(`  ${count} × ${why}`);
  }
  if (!env.TEST_REDIS_URL) {
    lines.push(
      'Redis is opt-in and was not used: without TEST_REDIS_URL (e.g. redis://127.0.0.1:6379) the Redis variants of the',
      '  throttling and quota suites are not run at all, and the Redis-only suites above are skipped.',
    );
  }
  return lines.join('\n');
}
