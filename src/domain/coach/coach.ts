// The coach: a pure, deterministic function of roadmap content, the learner's data and now.
import { BALANCE_RULES } from './balance.js';
import { buildContext } from './context.js';
import { nextSteps } from './next-steps.js';
import { PITFALL_RULES } from './pitfalls.js';
import { SIGNAL_RULES } from './signals.js';
import type { CoachInput, CoachReport, Finding } from './types.js';

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

export function coach(input: CoachInput, now: Date): CoachReport {
  const ctx = buildContext(input, now);
  const findings = [...PITFALL_RULES, ...SIGNAL_RULES, ...BALANCE_RULES]
    .map((rule) => rule(ctx))
    .filter((finding): finding is Finding => finding !== null)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { findings, nextSteps: nextSteps(ctx) };
}

export type { CoachInput, CoachReport, Finding } from './types.js';
