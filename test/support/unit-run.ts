// Vitest global setup of the unit project: readies the embedded PostgreSQL, and ends with what ran where.
import type { TestProject } from 'vitest/node';
import { summarise } from './dialect-summary.js';
import { prepareTemplate } from './embedded-postgres.js';

export default async function setup(project: TestProject): Promise<() => void> {
  // Without a real server the PostgreSQL suites run on PGlite; its initdb is done once, here.
  if (!process.env.TEST_DATABASE_URL) project.provide('pgliteTemplate', await prepareTemplate());
  return () => {
    const modules = project.vitest.state
      .getTestModules()
      .filter((module) => module.project.name === project.name);
    console.log(summarise(modules, process.env));
  };
}
