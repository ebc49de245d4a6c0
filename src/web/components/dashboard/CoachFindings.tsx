// What the coach noticed, grouped by kind, with the one-request actions each finding offers.
import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { type CoachAction, coachApi, type Finding } from '../../api/coach';
import { wordsOf } from '../../labels';
import { Notice } from '../Notice';
import { KIND_NAMES, SEVERITY_NAMES } from './labels';

import { useRefreshLearnerData } from './refresh';

const KINDS = wordsOf(KIND_NAMES);

/** What the coach noticed, grouped by kind; each action is applied with one request. */
export function CoachFindings({ findings }: { findings: Finding[] }) {
  const refresh = useRefreshLearnerData();
  const apply = useMutation({
    mutationFn: (action: CoachAction) => coachApi.applyAction(action),

    // Wait for the coach to refetch, so the confirmation shows once the finding has gone.
    onSuccess: () => refresh(),
  });

  return (
    <>
      {/* Lives above the findings: the finding an action answers disappears once it is applied. */}
      <div className="action-result" role="status" aria-live="polite">
        {apply.isSuccess && <p className="confirmation">Done: {apply.variables.label}.</p>}
      </div>
      {apply.isError && (
        <p className="form-error" role="alert">
          “{apply.variables.label}” did not work: {apply.error.message}
        </p>
      )}
      {findings.length === 0 ? (
        <Notice kind="empty">Nothing to flag: your plan looks balanced. Keep going.</Notice>
      ) : (
        KINDS.map((kind) => {
          const ofKind = findings.filter((f) => f.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <div key={kind} className="finding-group">
              <h3>{KIND_NAMES[kind]}</h3>
              <ul className="finding-list">
                {ofKind.map((finding) => (
                  <li key={finding.id}>
                    <FindingCard
                      finding={finding}
                      busy={apply.isPending}
                      onAction={(action) => apply.mutate(action)}
                    />
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </>
  );
}

function FindingCard({
  finding,
  busy,
  onAction,
}: {
  finding: Finding;
  busy: boolean;
  onAction: (action: CoachAction) => void;
}) {
  const titleId = useId();
  return (
    <article className={`finding finding-${finding.severity}`} aria-labelledby={titleId}>
      <div className="finding-head">
        <h4 id={titleId}>{finding.title}</h4>
        <span className={`severity severity-${finding.severity}`}>
          {SEVERITY_NAMES[finding.severity]}
        </span>
      </div>
      <p>{finding.explanation}</p>
      {finding.actions.length > 0 && (
        <div className="finding-actions">
          {finding.actions.map((action) => (
            <button
              key={`${action.method} ${action.path} ${action.label}`}
              type="button"
              className="button-quiet"
              disabled={busy}
              onClick={() => onAction(action)}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </article>
  );
}
