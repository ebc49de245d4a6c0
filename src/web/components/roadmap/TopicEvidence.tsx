// Evidence on a topic: the learner's projects and links that show it applied, with add and remove.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { type Evidence, evidenceApi } from '../../api/evidence';
import type { Project } from '../../api/projects';
import { queryKeys } from '../../api/queryKeys';
import { LoadFailed, Notice } from '../Notice';
import { useProjects } from '../projects/useProjects';
import { AddEvidence } from './AddEvidence';

function evidenceLabel(evidence: Evidence, projects: Project[] | undefined): string {
  if (evidence.url) return evidence.url;
  const project = projects?.find((p) => p.id === evidence.projectId);
  return project ? `Project: ${project.title}` : 'A project of yours';
}

function EvidenceItem({ evidence, projects }: { evidence: Evidence; projects?: Project[] }) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => evidenceApi.remove(evidence.id),
    onSuccess: () =>
      queryClient.setQueryData<Evidence[]>(queryKeys.evidence(evidence.topicId), (list) =>
        list?.filter((e) => e.id !== evidence.id),
      ),
  });
  const label = evidenceLabel(evidence, projects);
  const project = projects?.find((p) => p.id === evidence.projectId);
  const projectLink = project?.deployedUrl ?? project?.repoUrl;
  return (
    <li>
      <span className="roadmap-evidence-label">
        {evidence.url ? (
          <a href={evidence.url} target="_blank" rel="noreferrer">
            {evidence.url}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          label
        )}
        {projectLink && (
          <>
            {' · '}
            <a href={projectLink} target="_blank" rel="noreferrer">
              {project?.deployedUrl ? 'live' : 'repository'}
              <span className="visually-hidden"> of {project?.title} (opens in a new tab)</span>
            </a>
          </>
        )}
        {evidence.note && <span className="muted"> — {evidence.note}</span>}
      </span>
      <button
        type="button"
        className="button-quiet"
        aria-label={`Remove ${label}`}
        disabled={remove.isPending}
        onClick={() => remove.mutate()}
      >
        Remove
      </button>
      {remove.isError && (
        <p className="form-error roadmap-field-wide" role="alert">
          Not removed: {remove.error.message}
        </p>
      )}
    </li>
  );
}

export function TopicEvidence({ topicId }: { topicId: string }) {
  const headingId = useId();
  const evidence = useQuery({
    queryKey: queryKeys.evidence(topicId),
    queryFn: () => evidenceApi.forTopic(topicId),
  });
  const projects = useProjects();

  return (
    <section aria-labelledby={headingId} className="roadmap-panel-section">
      <h3 id={headingId}>Evidence</h3>
      <p className="hint">
        Projects or links that show you applied this topic, not just read about it.
      </p>
      {evidence.isPending ? (
        <Notice kind="loading">Loading evidence…</Notice>
      ) : evidence.isError ? (
        <LoadFailed what="Evidence" error={evidence.error} onRetry={() => evidence.refetch()} />
      ) : evidence.data.length === 0 ? (
        <p className="muted">Nothing linked yet.</p>
      ) : (
        <ul className="roadmap-evidence" aria-labelledby={headingId}>
          {evidence.data.map((item) => (
            <EvidenceItem key={item.id} evidence={item} projects={projects.data} />
          ))}
        </ul>
      )}
      <AddEvidence
        topicId={topicId}
        linked={evidence.data ?? []}
        projects={projects.data}
        projectsError={projects.isError ? projects.error.message : null}
      />
    </section>
  );
}
