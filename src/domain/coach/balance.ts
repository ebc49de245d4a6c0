// Balance: advanced topics while the basics (a small API, deployed) are still missing.
import { type Context, noEvidence, STARTED, startProjectActions } from './context.js';
import { DELIVERY_PROJECT, MAJOR_TOOLS, THRESHOLDS } from './thresholds.js';
import type { Finding } from './types.js';

const advancedBeforeBasics = (ctx: Context): Finding | null => {
  // Advanced-level topics and the major tools; interview practice in the advanced section is not.
  const advanced = ctx.topics
    .filter(
      (t) =>
        (t.level === 'advanced' || MAJOR_TOOLS.includes(t.id)) && STARTED.has(ctx.status(t.id)),
    )
    .map((t) => t.id);
  if (advanced.length < THRESHOLDS.advancedTopicsBeforeBasics) return null;
  const deployed = ctx.input.projects.filter(
    (p) => p.status === 'done' && (p.deployedUrl || p.productionLike),
  );
  if (deployed.length > 0) return null;
  const basics =
    ctx.input.roadmap.projects.find((p) => p.id === DELIVERY_PROJECT) ??
    ctx.input.roadmap.projects[0];
  return {
    id: 'balance.advanced-before-basics',
    kind: 'balance',
    severity: 'warning',
    title: 'Advanced topics before a deployed small API',
    explanation:
      `You have started ${ctx.titles(advanced)}, but none of your projects is a finished API running on a real host. ` +
      'A small deployed API is the base that advanced topics build on.',
    evidence: { ...noEvidence(), topics: advanced, projects: ctx.input.projects.map((p) => p.id) },
    actions: startProjectActions(basics),
  };
};

export const BALANCE_RULES = [advancedBeforeBasics];
