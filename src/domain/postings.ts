// Finds the roadmap's skills in a job posting through topic aliases: whole words, longest first.

export interface SkillSource {
  id: string;
  aliases: readonly string[];
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface FoundSkill {
  topicId: string;
  matches: Span[];
}

/**
 * Aliases that are also everyday words ("go live", "express interest", "a spring party"):
 * they count only when written with the capitals a technology name has.
 */
const MATCH_EXACT_CASE = new Set(
  [
    'Go',
    'Rust',
    'Ruby',
    'Java',
    'Echo',
    'Spring',
    'Rails',
    'Express',
    'Flask',
    'Chai',
    'Jest',
    'Mocha',
    'Gin',
    'Render',
    'Helm',
    'Passport',
    'Bruno',
    'Pest',
    'Blade',
    'Razor',
    'Pug',
    'Poetry',
    'Cargo',
    'Composer',
    'Bundler',
    'Raft',
    'Twig',
    'Celery',
    'Devise',
    'Handlebars',
    'Locust',
    'Prettier',
    'Sentry',
    'Dapper',
    'Drizzle',
    'Biome',
    'Caddy',
    'Alembic',
    'Delve',
    'Jaeger',
    'Sinatra',
    'Koa',
    'Play',
    'Swift',
    'Black',
    'Maven',
    'Bash',
    'Helmet',
    'morgan',
  ].map((alias) => alias.toLowerCase()),
);

/**
 * Aliases that help a learner search the roadmap but mislead in a posting, where "send your
 * resume", "training sessions" or "user registration" rarely ask for the topic itself.
 */
const NOT_A_POSTING_SKILL = new Set([
  'resume',
  'résumé',
  'cv',
  'sessions',
  'registration',
  'login',
  'functions',
  'modules',
  'loops',
  'conditionals',
  'exceptions',
  'closures',
  'dictionaries',
  'localhost',
  'estimating',
  'estimation',
  'internship',
  'internships',
  // The employer's business or a person's name far more often than a skill asked for.
  'saas',
  'portfolio',
  'bruno',
  'cassandra',
  'scale up',
  'search engine',
  'profiling',
  'benchmarking',
  'branching',
  'stubs',
]);

/** Acronyms count only in capitals: "SOLID principles" is a skill, "a solid understanding" is not. */
function isAcronym(alias: string): boolean {
  return /^[A-Z0-9]{2,}$/.test(alias) && /[A-Z]/.test(alias);
}

/** A bare number ("404", "500") is a figure in a posting, not a skill. */
function isNumber(alias: string): boolean {
  return /^\d+$/.test(alias);
}

// A name stands alone when no letter, digit or joining mark touches it: "C" is not in "C#" or
// "CSS", "Java" is not in "JavaScript", "Go" is not in "Google", ".NET" is not in "ASP.NET".
// Slashes and hyphens do separate ("Python/Django", "Go-based").
const BEFORE = '(?<![\\p{L}\\p{N}_#+.@])';
const AFTER = '(?![\\p{L}\\p{N}_#+]|\\.[\\p{L}\\p{N}])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(aliases: string[], flags: string): RegExp | null {
  if (aliases.length === 0) return null;
  // Longest first, so "Spring Boot" wins over "Spring" and "Node.js" over "Node".
  const sorted = [...aliases].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Inside a phrase any run of spaces matches, as postings wrap lines freely.
  const body = sorted.map((a) => a.replace(/ /g, '\\s+')).join('|');
  return new RegExp(`${BEFORE}(?:${body})${AFTER}`, flags);
}

export interface SkillMatcher {
  find(text: string): FoundSkill[];
}

/** Compiles the aliases of every topic once; `find` then scans any number of postings. */
export function buildSkillMatcher(topics: readonly SkillSource[]): SkillMatcher {
  const owners = new Map<string, string>();
  const exact: string[] = [];
  const anyCase: string[] = [];
  for (const topic of topics) {
    for (const alias of topic.aliases) {
      const key = alias.toLowerCase();
      if (NOT_A_POSTING_SKILL.has(key) || isNumber(alias) || owners.has(key)) continue;
      owners.set(key, topic.id);
      (MATCH_EXACT_CASE.has(key) || isAcronym(alias) ? exact : anyCase).push(alias);
    }
  }
  const patterns = [alternation(anyCase, 'giu'), alternation(exact, 'gu')].filter(
    (p): p is RegExp => p !== null,
  );

  return {
    find(text) {
      const spans: (Span & { topicId: string })[] = [];
      for (const pattern of patterns) {
        for (const match of text.matchAll(pattern)) {
          const start = match.index ?? 0;
          const topicId = owners.get(match[0].replace(/\s+/g, ' ').toLowerCase());
          if (topicId) spans.push({ topicId, start, end: start + match[0].length, text: match[0] });
        }
      }
      return groupByTopic(withoutOverlaps(spans, text.length));
    },
  };
}

/**
 * Where two patterns claim overlapping text, the longer claim stands. Each position of the text
 * is claimed at most once, so this stays linear: spans of one pattern never overlap, so all
 * spans together cover the text at most twice, where comparing each span with every kept one
 * took seconds on a posting that repeats a name thousands of times.
 */
function withoutOverlaps<T extends Span>(spans: T[], textLength: number): T[] {
  const byLength = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const claimed = new Uint8Array(textLength);
  const kept: T[] = [];
  for (const span of byLength) {
    if (claimed.subarray(span.start, span.end).includes(1)) continue;
    claimed.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function groupByTopic(spans: (Span & { topicId: string })[]): FoundSkill[] {
  const found = new Map<string, Span[]>();
  for (const { topicId, start, end, text } of spans) {
    const matches = found.get(topicId);
    if (matches) matches.push({ start, end, text });
    else found.set(topicId, [{ start, end, text }]);
  }
  return [...found].map(([topicId, matches]) => ({ topicId, matches }));
}
