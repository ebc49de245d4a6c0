// The checks that need the content as a whole: unique ids, references between files, prerequisite
// cycles, aliases, can-do checks, replacements and review questions. Each reports what it finds
// and goes on.
import { type Bucket, LEARNER_LEVELS, type LearnerLevel, REVIEW_TYPES } from '../vocabulary.js';
import type { Roadmap, RoadmapFile, Topic } from './schema.js';

export interface Located<T> {
  value: T;
  file: string;
  path: string;
}

export type Report = (file: string, path: string, message: string) => void;

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

export function checkRoadmapFile(roadmap: RoadmapFile, file: string, report: Report): void {
  for (const id of duplicates(roadmap.stages.map((s) => s.id))) {
    report(file, '/stages', `stage id "${id}" is used more than once`);
  }
  for (const id of duplicates(roadmap.columns.map((c) => c.id))) {
    report(file, '/columns', `column id "${id}" is used more than once`);
  }
  if (!roadmap.changelog.some((entry) => entry.version === roadmap.version)) {
    report(file, '/changelog', `has no entry for the current version ${roadmap.version}`);
  }
}

/** Returns the set of topic ids, reporting everything wrong with the topics on the way. */
export function checkTopics(
  roadmap: RoadmapFile,
  topics: Located<Topic>[],
  report: Report,
): Set<string> {
  const stageOrder = new Map(roadmap.stages.map((s, i) => [s.id, i]));
  const columnIds = new Set(roadmap.columns.map((c) => c.id));
  const careerStages = new Set(roadmap.stages.filter((s) => s.career).map((s) => s.id));
  const careerColumns = new Set(roadmap.columns.filter((c) => c.career).map((c) => c.id));
  const byId = new Map<string, Located<Topic>>();

  for (const topic of topics) {
    const { value, file, path } = topic;
    if (byId.has(value.id))
      report(file, `${path}/id`, `topic id "${value.id}" is used more than once`);
    byId.set(value.id, topic);
    if (!stageOrder.has(value.stage))
      report(file, `${path}/stage`, `unknown stage "${value.stage}"`);
    if (!columnIds.has(value.column))
      report(file, `${path}/column`, `unknown column "${value.column}"`);
    else if (careerStages.has(value.stage) !== careerColumns.has(value.column)) {
      report(
        file,
        `${path}/column`,
        careerStages.has(value.stage)
          ? `career topic in "${value.column}", a column the coach scores: career topics belong in the career column`
          : `"${value.column}" is the career column, which holds only topics of the career stage`,
      );
    }
    checkUrls(topic, report);
    if (value.languages && value.tracks) {
      for (const language of Object.keys(value.tracks)) {
        if (!value.languages.includes(language as never)) {
          report(
            file,
            `${path}/tracks/${language}`,
            `track for "${language}", which the topic's languages exclude`,
          );
        }
      }
    }
  }

  for (const { value, file, path } of topics) {
    for (const [i, id] of value.prerequisites.entries()) {
      const prerequisite = byId.get(id);
      const at = `${path}/prerequisites/${i}`;
      if (!prerequisite) {
        report(file, at, `unknown prerequisite "${id}"`);
        continue;
      }
      if (id === value.id) {
        report(file, at, 'a topic cannot be its own prerequisite');
        continue;
      }
      const own = stageOrder.get(value.stage) ?? 0;
      const theirs = stageOrder.get(prerequisite.value.stage) ?? 0;
      if (theirs > own) {
        report(
          file,
          at,
          `prerequisite "${id}" is in a later stage (${prerequisite.value.stage}) than "${value.id}" (${value.stage})`,
        );
      }
    }
  }
  reportCycles(byId, report);
  for (const inversion of prerequisiteInversions(topics.map((t) => t.value))) {
    const { file, path } = byId.get(inversion.topicId) ?? { file: 'topics', path: '/topics' };
    report(
      file,
      `${path}/prerequisites/${inversion.index}`,
      `"${inversion.topicId}" is essential now for ${LEVEL_WORDS[inversion.level]} but waits on "${inversion.prerequisiteId}", which is ${inversion.bucket.replace('_', ' ')} for them`,
    );
  }
  checkAliases(topics, report);
  checkCanDoChecks(topics, report);
  checkReplacements(topics, byId, report);

  const file = topics[0]?.file ?? 'topics';
  for (const stage of roadmap.stages) {
    if (!topics.some((t) => t.value.stage === stage.id))
      report(file, '/topics', `stage "${stage.id}" has no topic`);
  }
  for (const column of roadmap.columns) {
    if (!topics.some((t) => t.value.column === column.id))
      report(file, '/topics', `column "${column.id}" has no topic`);
  }
  return new Set(byId.keys());
}

function checkUrls({ value, file, path }: Located<Topic>, report: Report): void {
  const lists = [
    { list: value.resources, at: `${path}/resources` },
    ...Object.entries(value.tracks ?? {}).map(([language, track]) => ({
      list: track?.resources ?? [],
      at: `${path}/tracks/${language}/resources`,
    })),
  ];
  for (const { list, at } of lists) checkResourceList(list, at, file, report);
}

function checkResourceList(
  list: Topic['resources'],
  listAt: string,
  file: string,
  report: Report,
): void {
  const seen = new Set<string>();
  for (const [i, r] of list.entries()) {
    const at = `${listAt}/${i}`;
    let url: URL;
    try {
      url = new URL(r.url);
    } catch {
      report(file, `${at}/url`, `"${r.url}" is not a valid URL`);
      continue;
    }
    if (url.protocol !== 'https:' || !url.hostname.includes('.')) {
      report(file, `${at}/url`, `"${r.url}" must be an https URL with a real host name`);
    }
    if (seen.has(r.url)) report(file, `${at}/url`, `"${r.url}" is listed twice in this list`);
    seen.add(r.url);
  }
}

/** Depth-first search over prerequisites; reports each cycle once, naming its members. */
function reportCycles(byId: Map<string, Located<Topic>>, report: Report): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    const topic = byId.get(id);
    if (!topic || state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      report(
        topic.file,
        `${topic.path}/prerequisites`,
        `prerequisites form a cycle: ${cycle.join(' → ')}`,
      );
      return;
    }
    state.set(id, 'visiting');
    for (const next of topic.value.prerequisites) if (next !== id) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of byId.keys()) visit(id, []);
}

function checkAliases(topics: Located<Topic>[], report: Report): void {
  const owners = new Map<string, Located<Topic>[]>();
  for (const topic of topics) {
    const { value, file, path } = topic;
    for (const alias of value.aliases) {
      const key = alias.toLowerCase();
      owners.set(key, [...(owners.get(key) ?? []), topic]);
    }
    for (const shared of value.sharedAliases ?? []) {
      if (!value.aliases.some((a) => a.toLowerCase() === shared.toLowerCase())) {
        report(
          file,
          `${path}/sharedAliases`,
          `"${shared}" is marked shared but is not one of the topic's aliases`,
        );
      }
    }
  }
  for (const [alias, claimants] of owners) {
    if (claimants.length < 2) continue;
    const allShare = claimants.every((c) =>
      (c.value.sharedAliases ?? []).some((s) => s.toLowerCase() === alias),
    );
    if (!allShare) {
      const [first] = claimants;
      if (!first) continue;
      report(
        first.file,
        `${first.path}/aliases`,
        `alias "${alias}" is claimed by ${claimants.map((c) => c.value.id).join(', ')}; list it in sharedAliases of each to share it`,
      );
    }
  }
}

/** A can-do check as compared across topics: lower case, spaces collapsed, no closing punctuation. */
function normaliseCheck(check: string): string {
  return check
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?;:,…]+$/u, '');
}

/** A can-do check tells comfortable from fragile for one topic, so no two topics share one. */
function checkCanDoChecks(topics: Located<Topic>[], report: Report): void {
  const owners = new Map<string, string>();
  for (const { value, file, path } of topics) {
    for (const [i, check] of value.checks.entries()) {
      const key = normaliseCheck(check);
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, value.id);
      else if (owner !== value.id) {
        report(
          file,
          `${path}/checks/${i}`,
          `check "${check}" is also a check of "${owner}"; each check belongs to one topic`,
        );
      }
    }
  }
}

/** A replaced id must be gone from the roadmap, and only one topic may take its progress. */
function checkReplacements(
  topics: Located<Topic>[],
  byId: Map<string, Located<Topic>>,
  report: Report,
): void {
  const heirs = new Map<string, string>();
  for (const { value, file, path } of topics) {
    (value.replaces ?? []).forEach((old, i) => {
      const at = `${path}/replaces/${i}`;
      if (byId.has(old))
        report(file, at, `"${old}" is still a topic; a replaced id must be removed`);
      const heir = heirs.get(old);
      if (heir) report(file, at, `"${old}" is already replaced by "${heir}"`);
      heirs.set(old, value.id);
    });
  }
}

export function checkReviews(
  reviews: Roadmap['reviewTemplates'],
  triggers: Roadmap['revisitTriggers'],
  topicIds: Set<string>,
  file: string,
  report: Report,
): void {
  for (const type of REVIEW_TYPES) {
    const count = reviews.filter((r) => r.id === type).length;
    if (count !== 1)
      report(file, '/reviews', `expected one "${type}" review template, found ${count}`);
  }
  reviews.forEach((review, i) => {
    const at = `/reviews/${i}`;
    if (review.id === 'project' ? !review.trigger : !review.every) {
      report(
        file,
        at,
        review.id === 'project'
          ? 'the project retro needs trigger: project_done'
          : 'needs every: {months: N}',
      );
    }
    for (const id of duplicates(review.questions.map((q) => q.id))) {
      report(file, `${at}/questions`, `question id "${id}" is used more than once`);
    }
    const asksPainPoints = review.questions.some((q) => q.answer === 'pain_points');
    if (asksPainPoints !== Boolean(review.painPoints)) {
      report(file, at, 'a pain_points question and a painPoints list go together');
    }
    for (const [j, pain] of (review.painPoints ?? []).entries()) {
      for (const [k, id] of pain.revisit.entries()) {
        if (!topicIds.has(id))
          report(file, `${at}/painPoints/${j}/revisit/${k}`, `unknown topic "${id}"`);
      }
    }
  });
  for (const id of duplicates(triggers.map((t) => t.id))) {
    report(file, '/revisitTriggers', `trigger id "${id}" is used more than once`);
  }
}

/** Each practice project sits in a known stage, practises known topics, and has an id of its own. */
export function checkProjects(
  roadmap: RoadmapFile,
  projects: Roadmap['projects'],
  topicIds: Set<string>,
  file: string,
  report: Report,
): void {
  projects.forEach((project, i) => {
    const at = `/projects/${i}`;
    if (!roadmap.stages.some((s) => s.id === project.stage)) {
      report(file, `${at}/stage`, `unknown stage "${project.stage}"`);
    }
    project.topics.forEach((id, j) => {
      if (!topicIds.has(id)) report(file, `${at}/topics/${j}`, `unknown topic "${id}"`);
    });
  });
  for (const id of duplicates(projects.map((p) => p.id))) {
    report(file, '/projects', `project id "${id}" is used more than once`);
  }
}

const LEVEL_WORDS: Record<LearnerLevel, string> = {
  beginner: 'beginners',
  intermediate: 'intermediate learners',
  job_seeking: 'job seekers',
};

/** An essential-now topic that waits on a topic that is not essential now, for one level. */
export interface PrerequisiteInversion {
  level: LearnerLevel;
  topicId: string;
  /** Where the prerequisite stands in the topic's list. */
  index: number;
  prerequisiteId: string;
  bucket: Bucket;
}

/**
 * Every place where a level's plan contradicts itself: a topic essential now for that level
 * whose prerequisite is not, so the essential chain waits behind something the learner was told
 * can wait.
 */
export function prerequisiteInversions(topics: readonly Topic[]): PrerequisiteInversion[] {
  const byId = new Map(topics.map((t) => [t.id, t]));
  return topics.flatMap((topic) =>
    LEARNER_LEVELS.filter((level) => topic.buckets[level] === 'essential_now').flatMap((level) =>
      topic.prerequisites.flatMap((prerequisiteId, index) => {
        const bucket = byId.get(prerequisiteId)?.buckets[level];
        return bucket && bucket !== 'essential_now'
          ? [{ level, topicId: topic.id, index, prerequisiteId, bucket }]
          : [];
      }),
    ),
  );
}
