// The coach's report as the API sends it: each action's intent becomes the request that does it.
import type { Action, CoachReport, Intent } from '../../../domain/coach/types.js';
import type { Coach, CoachAction } from './schemas.js';

/** Where the routes that carry out an intent are mounted (see app.ts). */
const API = '/api/v1';

function requestFor(intent: Intent): Omit<CoachAction, 'label'> {
  switch (intent.kind) {
    case 'set-status':
      return {
        method: 'PUT',
        path: `${API}/me/progress/${intent.topicId}`,
        body: { status: intent.status },
      };
    case 'start-project':
      return {
        method: 'POST',
        path: `${API}/me/projects`,
        body: { catalogueId: intent.catalogueId, status: 'building' },
      };
    case 'review-now':
      return {
        method: 'POST',
        path: `${API}/me/reviews/triggers`,
        body: { triggerId: intent.triggerId, review: intent.review },
      };
  }
}

function presentAction(action: Action): CoachAction {
  return { label: action.label, ...requestFor(action.intent) };
}

export function presentCoachReport(report: CoachReport): Coach {
  return {
    ...report,
    findings: report.findings.map((finding) => ({
      ...finding,
      actions: finding.actions.map(presentAction),
    })),
  };
}
