// A guided review: the template's questions, a preview of the plan changes, and saving both together.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Project } from '../../api/projects';
import { queryKeys } from '../../api/queryKeys';
import { reviewsApi } from '../../api/reviews';
import type { LearnerRoadmap, ReviewTemplate } from '../../api/roadmap';
import { type Answers, answerTexts, type Names, planChanges } from './answers';
import { previewChanges } from './describeChanges';
import { QuestionField } from './QuestionField';

export function ReviewForm({
  template,
  roadmap,
  projects,
  initialProjectId,
}: {
  template: ReviewTemplate;
  roadmap: LearnerRoadmap;
  projects: Project[];
  initialProjectId: string | null;
}) {
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Answers>({});
  const [projectId, setProjectId] = useState(initialProjectId ?? '');
  const [projectMissing, setProjectMissing] = useState(false);
  const projectSelect = useRef<HTMLSelectElement>(null);

  const topics = new Map(roadmap.topics.map((t) => [t.id, t]));
  const ideas = new Map(roadmap.projects.map((p) => [p.id, p.title]));
  const myProjects = new Map(projects.map((p) => [p.id, p.title]));
  const names: Names = {
    topic: (topicId) => topics.get(topicId)?.title ?? topicId,
    idea: (catalogueId) => ideas.get(catalogueId) ?? catalogueId,
    project: (anId) => myProjects.get(anId) ?? anId,
  };
  const changes = planChanges(template, answers);
  const preview = previewChanges(changes, topics, names);
  const isRetro = template.id === 'project';
  const fixedProject = initialProjectId
    ? projects.find((p) => p.id === initialProjectId)
    : undefined;
  const doneProjects = projects.filter((p) => p.status === 'done');

  const save = useMutation({
    mutationFn: () =>
      reviewsApi.submit({
        type: template.id,
        ...(isRetro && { projectId }),
        answers: answerTexts(template, answers, names),
        changes,
      }),
    onSuccess: (review) => {
      // A review can touch progress, buckets, focus and due dates: everything but the account.
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== queryKeys.me[0],
      });

      navigate('/reviews', { state: { savedReviewId: review.id } });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isRetro && !projectId) {
      setProjectMissing(true);
      projectSelect.current?.focus();
      return;
    }
    save.mutate();
  };

  return (
    <form className="reviews-form stack" noValidate onSubmit={submit}>
      {isRetro &&
        (fixedProject ? (
          <p className="reviews-for">
            For your project <strong>{fixedProject.title}</strong>
          </p>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-project`}>Which finished project is this retro for?</label>
            <select
              ref={projectSelect}
              id={`${id}-project`}
              value={projectId}
              aria-invalid={projectMissing ? true : undefined}
              aria-describedby={projectMissing ? `${id}-project-error` : undefined}
              onChange={(e) => {
                setProjectId(e.target.value);
                setProjectMissing(false);
              }}
            >
              <option value="">Choose a project…</option>
              {doneProjects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.title}
                </option>
              ))}
            </select>
            {projectMissing && (
              <p id={`${id}-project-error`} className="field-error">
                Choose the project this retro is about.
              </p>
            )}
          </div>
        ))}

      {template.questions.map((question, index) => (
        <QuestionField
          key={question.id}
          number={index + 1}
          question={question}
          template={template}
          roadmap={roadmap}
          projects={projects}
          value={answers[question.id]}
          onChange={(value) => setAnswers((before) => ({ ...before, [question.id]: value }))}
        />
      ))}

      <section className="reviews-preview" aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`}>Plan changes</h2>
        {preview.length === 0 ? (
          <p>No plan changes yet: saving now only records your answers.</p>
        ) : (
          <>
            <p>Saving this review will change your plan:</p>
            <ul aria-label="Plan changes">
              {preview.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {save.isError && (
          <p className="form-error" role="alert">
            Not saved: {save.error.message} Your answers are still here; try again.
          </p>
        )}
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save review'}
        </button>
      </section>
    </form>
  );
}
