// One review question, with the control its kind of answer needs.
import { useId } from 'react';
import { BUCKETS, STATUSES } from '../../../domain/vocabulary';
import type { Project } from '../../api/projects';
import type {
  LearnerRoadmap,
  LearnerTopic,
  ReviewQuestion,
  ReviewTemplate,
} from '../../api/roadmap';
import { TopicChecklist } from '../projects/TopicChecklist';
import { type AnswerValue, asChoices, asList, asText } from './answers';
import { TopicChoiceList } from './TopicChoiceList';
import { BUCKET_WORDS, capitalise, STATUS_WORDS } from './words';

const STATUS_OPTIONS = STATUSES.map((s) => ({ value: s, label: capitalise(STATUS_WORDS[s]) }));
const BUCKET_OPTIONS = BUCKETS.map((b) => ({ value: b, label: capitalise(BUCKET_WORDS[b]) }));

/** The quarterly status check is about what the learner has touched, or must know now. */
const touchedOrEssential = (topic: LearnerTopic) =>
  topic.progress.status !== 'not_started' || topic.bucket === 'essential_now';

interface QuestionFieldProps {
  number: number;
  question: ReviewQuestion;
  template: ReviewTemplate;
  roadmap: LearnerRoadmap;
  projects: Project[];
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
}

export function QuestionField(props: QuestionFieldProps) {
  const { question, roadmap, value, onChange } = props;
  const legend = `${props.number}. ${question.prompt}`;
  switch (question.answer) {
    case 'topics':
      return (
        <TopicChecklist
          legend={legend}
          hint={question.help}
          topics={roadmap.topics}
          selected={asList(value)}
          onChange={onChange}
        />
      );
    case 'topic_statuses':
      return (
        <TopicChoiceList
          legend={legend}
          hint={question.help}
          topics={roadmap.topics.filter(touchedOrEssential)}
          options={STATUS_OPTIONS}
          current={(topic) => topic.progress.status}
          choiceName="status"
          value={asChoices(value)}
          onChange={onChange}
        />
      );
    case 'bucket_sort':
      return (
        <TopicChoiceList
          legend={legend}
          hint={question.help}
          topics={roadmap.topics}
          options={BUCKET_OPTIONS}
          current={(topic) => topic.bucket}
          choiceName="bucket"
          value={asChoices(value)}
          onChange={onChange}
        />
      );
    case 'pain_points':
      return <PainPoints {...props} legend={legend} />;
    default:
      return <SingleAnswer {...props} legend={legend} />;
  }
}

function PainPoints({
  question,
  template,
  roadmap,
  value,
  onChange,
  legend,
}: QuestionFieldProps & { legend: string }) {
  const id = useId();
  const chosen = new Set(asList(value));
  const titles = new Map(roadmap.topics.map((t) => [t.id, t.title]));
  return (
    <fieldset aria-describedby={question.help ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {question.help && (
        <p className="hint" id={`${id}-hint`}>
          {question.help}
        </p>
      )}
      <ul className="reviews-pain-points">
        {(template.painPoints ?? []).map((point) => (
          <li key={point.id}>
            <label className="choice">
              <input
                type="checkbox"
                checked={chosen.has(point.id)}
                aria-describedby={`${id}-${point.id}`}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? [...chosen, point.id]
                      : [...chosen].filter((p) => p !== point.id),
                  )
                }
              />
              {point.label}
            </label>
            <p className="hint" id={`${id}-${point.id}`}>
              Revisits {point.revisit.map((t) => titles.get(t) ?? t).join(', ')}
            </p>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Text, or one choice from a list: a topic, a practice project, or one of the learner's projects. */
function SingleAnswer({
  question,
  roadmap,
  projects,
  value,
  onChange,
  legend,
}: QuestionFieldProps & { legend: string }) {
  const id = useId();
  const hintId = question.help ? `${id}-hint` : undefined;
  const label = <label htmlFor={id}>{legend}</label>;
  const hint = question.help && (
    <p className="hint" id={hintId}>
      {question.help}
    </p>
  );
  if (question.answer === 'text') {
    return (
      <div className="field">
        {label}
        {hint}
        <textarea
          id={id}
          rows={4}
          maxLength={4000}
          aria-describedby={hintId}
          value={asText(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    );
  }
  return (
    <div className="field">
      {label}
      {hint}
      <select
        id={id}
        aria-describedby={hintId}
        value={asText(value)}
        onChange={(e) => onChange(e.target.value)}
      >
        {question.answer === 'topic' ? (
          <>
            <option value="">Choose a topic…</option>
            {roadmap.stages.map((stage) => (
              <optgroup key={stage.id} label={stage.title}>
                {roadmap.topics
                  .filter((t) => t.stageId === stage.id)
                  .map((topic) => (
                    <option key={topic.id} value={topic.id}>
                      {topic.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </>
        ) : question.answer === 'catalogue_project' ? (
          <>
            <option value="">Choose a practice project…</option>
            {roadmap.projects.map((idea) => (
              <option key={idea.id} value={idea.id}>
                {idea.title}
              </option>
            ))}
          </>
        ) : (
          <>
            <option value="">Choose one of your projects…</option>
            {projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.title}
              </option>
            ))}
          </>
        )}
      </select>
    </div>
  );
}
