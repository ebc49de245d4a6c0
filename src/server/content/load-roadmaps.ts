// Reads the roadmap content files from disk, parses the YAML and validates it as a whole.
import fs from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import type { Roadmap } from '../../domain/content/schema.js';
import {
  type ContentFile,
  type ContentProblem,
  validateRoadmap,
} from '../../domain/content/validate.js';

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The roadmap content is invalid:\n${problems
        .map((p) => `  ${p.file} ${p.path}: ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

async function readYaml(file: string, root: string): Promise<ContentFile> {
  const name = path.relative(root, file);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new ContentError([
      { file: name, path: '/', message: `cannot be read (${(error as Error).message})` },
    ]);
  }
  const document = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new ContentError(
      document.errors.map((e) => ({
        file: name,
        path: '/',
        message: e.message.split('\n')[0] ?? e.message,
      })),
    );
  }
  return { file: name, data: document.toJS() };
}

/** Loads one roadmap from its folder (roadmap.yaml, topics/*.yaml, projects.yaml, reviews.yaml). */
export async function loadRoadmap(folder: string, root = path.dirname(folder)): Promise<Roadmap> {
  const topicDir = path.join(folder, 'topics');
  const topicNames = (await fs.readdir(topicDir).catch(() => []))
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const [roadmap, projects, reviews, ...topicFiles] = await Promise.all([
    readYaml(path.join(folder, 'roadmap.yaml'), root),
    readYaml(path.join(folder, 'projects.yaml'), root),
    readYaml(path.join(folder, 'reviews.yaml'), root),
    ...topicNames.map((name) => readYaml(path.join(topicDir, name), root)),
  ]);
  if (!roadmap || !projects || !reviews) throw new Error('unreachable: three files were read');
  const result = validateRoadmap({ roadmap, projects, reviews, topicFiles });
  if (!result.ok) throw new ContentError(result.problems);
  return result.roadmap;
}

/** Every roadmap under the content folder: each sub-folder holding a roadmap.yaml. */
export async function loadRoadmaps(contentDir: string): Promise<Roadmap[]> {
  const entries = await fs.readdir(contentDir, { withFileTypes: true }).catch(() => {
    throw new ContentError([
      { file: contentDir, path: '/', message: 'the content folder does not exist' },
    ]);
  });
  const folders: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(contentDir, entry.name);
    const hasRoadmap = await fs.stat(path.join(folder, 'roadmap.yaml')).then(
      () => true,
      () => false,
    );
    if (hasRoadmap) folders.push(folder);
  }
  if (folders.length === 0) {
    throw new ContentError([
      { file: contentDir, path: '/', message: 'holds no roadmap (no */roadmap.yaml)' },
    ]);
  }
  return Promise.all(folders.sort().map((folder) => loadRoadmap(folder, contentDir)));
}
