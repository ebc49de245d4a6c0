// Checks roadmap content as a whole: each file against its schema, then every cross-reference.
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import {
  checkProjects,
  checkReviews,
  checkRoadmapFile,
  checkTopics,
  type Located,
  type Report,
} from './cross-references.js';
import {
  ProjectFileSchema,
  ReviewFileSchema,
  type Roadmap,
  type RoadmapFile,
  RoadmapFileSchema,
  type Topic,
  TopicFileSchema,
} from './schema.js';

/** One thing wrong with the content, located precisely enough to fix it. */
export interface ContentProblem {
  file: string;
  /** JSON pointer into the file, e.g. /topics/3/prerequisites/0 */
  path: string;
  message: string;
}

export interface ContentFile {
  file: string;
  data: unknown;
}

export interface ContentSources {
  roadmap: ContentFile;
  topicFiles: ContentFile[];
  projects: ContentFile;
  reviews: ContentFile;
}

export type ValidationResult =
  | { ok: true; roadmap: Roadmap }
  | { ok: false; problems: ContentProblem[] };

function schemaProblems(schema: TSchema, { file, data }: ContentFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const error of Value.Errors(schema, data)) {
    // anyOf/enum failures repeat per branch; one line per place is enough to fix it.
    if (seen.has(error.instancePath)) continue;
    seen.add(error.instancePath);
    problems.push({ file, path: error.instancePath || '/', message: error.message });
  }
  return problems;
}

/** Validates every content file and, when all is well, assembles the Roadmap. */
export function validateRoadmap(sources: ContentSources): ValidationResult {
  const problems = [
    ...schemaProblems(RoadmapFileSchema, sources.roadmap),
    ...sources.topicFiles.flatMap((f) => schemaProblems(TopicFileSchema, f)),
    ...schemaProblems(ProjectFileSchema, sources.projects),
    ...schemaProblems(ReviewFileSchema, sources.reviews),
  ];
  if (problems.length > 0) return { ok: false, problems };

  const roadmapFile = sources.roadmap.data as RoadmapFile;
  const topics: Located<Topic>[] = sources.topicFiles.flatMap(({ file, data }) =>
    (data as { topics: Topic[] }).topics.map((value, i) => ({ value, file, path: `/topics/${i}` })),
  );
  const { projects } = sources.projects.data as { projects: Roadmap['projects'] };
  const { reviews, revisitTriggers } = sources.reviews.data as {
    reviews: Roadmap['reviewTemplates'];
    revisitTriggers: Roadmap['revisitTriggers'];
  };

  const report: Report = (file, path, message) => {
    problems.push({ file, path, message });
  };

  checkRoadmapFile(roadmapFile, sources.roadmap.file, report);
  const topicIds = checkTopics(roadmapFile, topics, report);

  checkProjects(roadmapFile, projects, topicIds, sources.projects.file, report);

  checkReviews(reviews, revisitTriggers, topicIds, sources.reviews.file, report);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    roadmap: {
      ...roadmapFile,
      topics: topics.map((t) => t.value),
      projects,
      reviewTemplates: reviews,
      revisitTriggers,
    },
  };
}
