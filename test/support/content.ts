// The shipped roadmap content, parsed once per test file.
import type { Roadmap } from '../../src/domain/content/schema.js';
import { loadConfig } from '../../src/server/config.js';
import { loadRoadmaps } from '../../src/server/content/load-roadmaps.js';

let shippedRoadmaps: Promise<Roadmap[]> | undefined;

export function shippedContent(): Promise<Roadmap[]> {
  shippedRoadmaps ??= loadRoadmaps(loadConfig({}).contentDir);
  return shippedRoadmaps;
}

export async function backendRoadmap(): Promise<Roadmap> {
  const found = (await shippedContent()).find((r) => r.id === 'backend');
  if (!found) throw new Error('the Backend roadmap is not shipped');
  return found;
}
