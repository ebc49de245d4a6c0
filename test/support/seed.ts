// A learner a few weeks in, created through the real API: used by screenshots and benchmarks.
import { HttpLearner } from './server-process.js';

export const SEED_PASSWORD = 'a lantern by the river';

const PROGRESS: [string, string][] = [
  ['choose-one-language', 'comfortable'],
  ['language-syntax', 'comfortable'],
  ['control-flow', 'comfortable'],
  ['git-basics', 'comfortable'],
  ['command-line-basics', 'fragile'],
  ['http-basics', 'fragile'],
  ['json', 'comfortable'],
  ['rest-principles', 'theoretical'],
  ['sql-basics', 'fragile'],
  ['sql-joins', 'theoretical'],
  ['web-framework', 'learning'],
  ['routing', 'learning'],
  ['docker', 'theoretical'],
];

const POSTINGS = [
  'Junior Backend Developer: Node.js, TypeScript, PostgreSQL and Docker. You write REST APIs with Express and unit tests with Jest. CI/CD with GitHub Actions.',
  'Backend Engineer (Python): Django or FastAPI, PostgreSQL, Redis, Docker and Kubernetes (k8s). Experience with CI/CD and AWS.',
  'Software Engineer, APIs: Go or Node.js, SQL, Docker, observability with Prometheus and Grafana, on-call with good logging.',
];

export async function seedLearner(base: string, email: string): Promise<HttpLearner> {
  const learner = await HttpLearner.signUp(base, email, SEED_PASSWORD);
  await learner.send('PATCH', '/api/v1/me', {
    displayName: 'Sam',
    level: 'beginner',
    language: 'javascript',
    framework: 'Express',
    targetRole: 'Backend developer',
  });
  for (const [topicId, status] of PROGRESS)
    await learner.send('PUT', `/api/v1/me/progress/${topicId}`, { status });
  const notes = await (
    await learner.send('POST', '/api/v1/me/projects', {
      catalogueId: 'notes-api',
      status: 'building',
    })
  ).json();
  await learner.send('PATCH', `/api/v1/me/projects/${(notes as { id: string }).id}`, {
    status: 'done',
    repoUrl: 'https://git.example.org/sam/notes-api',
  });
  await learner.send('POST', '/api/v1/me/projects', {
    catalogueId: 'todo-list-api',
    status: 'building',
  });
  await learner.send('POST', '/api/v1/me/reviews', {
    type: 'monthly',
    answers: { built: 'A notes API on SQLite', 'next-gap': 'SQL joins' },
    changes: { focusTopicId: 'sql-joins' },
  });
  for (const text of POSTINGS) await learner.send('POST', '/api/v1/me/postings', { text });
  return learner;
}
