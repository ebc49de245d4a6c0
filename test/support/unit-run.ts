// Vitest global setup of the unit project: readies the embedded PostgreSQL when no real one is given.
import type { TestProject } from 'vitest/node';
import { prepareTemplate } from './embedded-postgres.js';

export default async function setup(project: TestProject): Promise<void> {
  // Without a real server the PostgreSQL suites run on PGlite; its initdb is done once, here.
  if (!process.env.TEST_DATABASE_URL) project.provide('pgliteTemplate', await prepareTemplate());
}
