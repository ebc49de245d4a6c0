// The learner's projects, adding one from scratch, and the practice catalogue to start one from.
import { useRef, useState } from 'react';
import { useRoadmap } from '../api/roadmap';

import { LoadFailed, Notice } from '../components/Notice';
import { CatalogueIdea } from '../components/projects/CatalogueIdea';
import { NewProjectForm } from '../components/projects/NewProjectForm';
import { ProjectCard } from '../components/projects/ProjectCard';
import { useProjects } from '../components/projects/useProjects';
import '../styles/projects.css';

export function ProjectsPage() {
  const roadmap = useRoadmap();

  const projects = useProjects();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  if (roadmap.isPending || projects.isPending) {
    return <Notice kind="loading">Loading your projects…</Notice>;
  }
  if (roadmap.isError || projects.isError) {
    const error = roadmap.error ?? projects.error;
    return (
      <LoadFailed
        what="Your projects"
        error={error}
        onRetry={() => {
          void roadmap.refetch();
          void projects.refetch();
        }}
      />
    );
  }

  const titles = new Map(roadmap.data.topics.map((t) => [t.id, t.title]));
  const topicTitle = (topicId: string) => titles.get(topicId) ?? topicId;
  const stageTitles = new Map(roadmap.data.stages.map((s) => [s.id, s.title]));
  const startedIdeas = new Set(projects.data.map((p) => p.catalogueId));
  const closeForm = (addedTitle: string | null) => {
    setAdding(false);
    setAdded(addedTitle);
    // The form is gone; return the keyboard to the button that opened it.
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <article className="projects-page">
      <h1>Projects</h1>
      <p className="muted">
        Projects are the proof that you can apply a topic, not only read about it. Start one from
        the practice catalogue or add your own; when one is done, its retro turns what it exposed
        into a plan.
      </p>

      <section aria-labelledby="my-projects-heading">
        <h2 id="my-projects-heading">My projects</h2>
        {projects.data.length === 0 ? (
          <Notice kind="empty">
            No projects yet. Start one from the practice catalogue below, or add your own.
          </Notice>
        ) : (
          <ul className="projects-list">
            {projects.data.map((project) => (
              <li key={project.id}>
                <ProjectCard project={project} topicTitle={topicTitle} />
              </li>
            ))}
          </ul>
        )}

        <div className="projects-add">
          <button
            ref={addButton}
            type="button"
            className="button-quiet"
            aria-expanded={adding}
            aria-controls={adding ? 'new-project-form' : undefined}
            onClick={() => {
              setAdded(null);
              setAdding(!adding);
            }}
          >
            Add a project from scratch
          </button>
          <p className="save-state" role="status">
            {added && `Added “${added}” to My projects.`}
          </p>
          {adding && (
            <div id="new-project-form">
              <NewProjectForm
                topics={roadmap.data.topics}
                onAdded={(project) => closeForm(project.title)}
                onCancel={() => closeForm(null)}
              />
            </div>
          )}
        </div>
      </section>

      <section aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading">Practice catalogue</h2>
        <p className="muted">
          Ideas of growing size, each with the topics it makes you practise and how to tell it is
          done.
        </p>
        {roadmap.data.projects.length === 0 ? (
          <Notice kind="empty">This roadmap has no practice projects yet.</Notice>
        ) : (
          <ul className="projects-list">
            {roadmap.data.projects.map((idea) => (
              <li key={idea.id}>
                <CatalogueIdea
                  idea={idea}
                  stageTitle={stageTitles.get(idea.stage) ?? idea.stage}
                  started={startedIdeas.has(idea.id)}
                  topicTitle={topicTitle}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
