// The coach: a pure, deterministic function of roadmap content, the learner's data and now.
import { BALANCE_RULES } from './balance.js';
import { buildContext, type Context } from './context.js';
import { PITFALL_RULES } from './pitfalls.js';
import { plan } from './planner.js';
import { SIGNAL_RULES } from './signals.js';
import { THRESHOLDS } from './thresholds.js';
import type { CoachInput, CoachReport, Finding } from './types.js';

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

/**
 * At most a few one-click actions across all findings: the plan's one next project first (on
 * the finding that suggested it), then the most severe findings' actions, none twice, and no
 * other project to start: a wall of "Start …" buttons pulling different ways is no guidance.
 * Every finding keeps its explanation.
 */
function fewActions(findings: Finding[], project: string | undefined): Finding[] {
  const isPlanned = (intent: Finding['actions'][number]['intent']) =>
    intent.kind === 'start-project' && intent.catalogueId === project;
  // The plan's project button holds one of the places wherever it is shown.
  const plannedShown = findings.some((f) => f.actions.some((a) => isPlanned(a.intent)));
  const places = THRESHOLDS.actionsOffered - (plannedShown ? 1 : 0);
  const offered = new Set<string>();
  let projectShown = false;
  return findings.map((finding) => ({
    ...finding,
    actions: finding.actions.filter(({ intent }) => {
      if (intent.kind === 'start-project') {
        if (!isPlanned(intent) || projectShown) return false;
        projectShown = true;
        return true;
      }
      const key = JSON.stringify(intent);
      if (offered.has(key) || offered.size >= places) return false;
      offered.add(key);
      return true;
    }),
  }));
}

export function coach(input: CoachInput, now: Date): CoachReport {
  return coachFor(buildContext(input, now));
}

/** The report for a context already built, for callers that read the context too. */
export function coachFor(ctx: Context): CoachReport {
  const findings = [...PITFALL_RULES, ...SIGNAL_RULES, ...BALANCE_RULES]
    .map((rule) => rule(ctx))
    .filter((finding): finding is Finding => finding !== null)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  // The planner reads every finding's suggestion, including those not offered as buttons.
  const nextSteps = plan(ctx, findings);
  return { findings: fewActions(findings, nextSteps.project?.catalogueId), nextSteps };
}

export type { CoachInput, CoachReport, Finding } from './types.js';
