// Says plainly, once per run, which service-backed suites are skipped and how to run them.
export default function announceSkips(): void {
  const skipped = [
    !process.env.TEST_DATABASE_URL &&
      'PostgreSQL (set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test)',
    !process.env.TEST_REDIS_URL && 'Redis (set TEST_REDIS_URL=redis://127.0.0.1:6379)',
  ].filter(Boolean);
  if (skipped.length > 0) {
    console.warn(
      `\n⚠ Skipping the suites that need: ${skipped.join('; ')}.\n  Only SQLite and in-memory variants run. .ci/run sets both.\n`,
    );
  }
}
