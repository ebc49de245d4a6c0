import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Learner, startApp, type TestApp } from '../support/app.js';
import { DIALECTS } from '../support/dialects.js';

describe.each(DIALECTS)('projects and evidence on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(dialect);
  });
  afterAll(() => t?.close());

  it('creates, lists, changes and deletes a project of my own', async () => {
    const me = await Learner.signUp(t.app);
    const created = await me.request('POST', '/api/v1/me/projects', {
      title: 'Notes API',
      status: 'building',
      repoUrl: 'https://git.example.org/me/notes',
      topicIds: ['crud-apis', 'sql-basics'],
      language: 'python',
    });
    expect(created.statusCode).toBe(201);
    const project = created.json();
    expect(project).toMatchObject({
      title: 'Notes API',
      status: 'building',
      productionLike: false,
      topicIds: ['crud-apis', 'sql-basics'],
    });
    expect(project.startedAt).not.toBeNull();
    expect(project.completedAt).toBeNull();

    const done = await me.request('PATCH', `/api/v1/me/projects/${project.id}`, {
      status: 'done',
      deployedUrl: 'https://notes.example.org',
      productionLike: true,
    });
    expect(done.json()).toMatchObject({
      status: 'done',
      deployedUrl: 'https://notes.example.org',
      productionLike: true,
    });
    expect(done.json().completedAt).not.toBeNull();

    expect(
      (await me.request('GET', '/api/v1/me/projects')).json().map((p: { id: string }) => p.id),
    ).toEqual([project.id]);
    expect((await me.request('DELETE', `/api/v1/me/projects/${project.id}`)).statusCode).toBe(204);
    expect((await me.request('GET', `/api/v1/me/projects/${project.id}`)).statusCode).toBe(404);
  });

  it('records whether a project followed a tutorial, and only blank-project builds quiet the coach', async () => {
    const me = await Learner.signUp(t.app);
    const studied = [
      'language-syntax',
      'control-flow',
      'data-structures',
      'functions-and-modules',
      'git-basics',
      'http-basics',
      'json',
      'sql-basics',
    ];
    for (const topicId of studied) {
      await me.request('PUT', `/api/v1/me/progress/${topicId}`, { status: 'learning' });
    }
    const tutorial = await me.request('POST', '/api/v1/me/projects', {
      title: 'Todo API from a video course',
      status: 'building',
      origin: 'tutorial',
    });
    expect(tutorial.statusCode).toBe(201);
    expect(tutorial.json().origin).toBe('tutorial');
    const pitfall = async () =>
      (await me.request('GET', '/api/v1/me/coach'))
        .json()
        .findings.find((f: { id: string }) => f.id === 'pitfall.studied-without-project');
    expect((await pitfall())?.explanation).toMatch(
      /“Todo API from a video course” followed a tutorial/,
    );

    const own = await me.request('POST', '/api/v1/me/projects', {
      title: 'My own notes API',
      status: 'building',
    });
    expect(own.json().origin).toBe('blank');
    expect(await pitfall()).toBeUndefined();

    const changed = await me.request('PATCH', `/api/v1/me/projects/${own.json().id}`, {
      origin: 'tutorial',
    });
    expect(changed.json().origin).toBe('tutorial');
    expect(await pitfall()).toBeDefined();

    const bad = await me.request('POST', '/api/v1/me/projects', {
      title: 'X',
      status: 'building',
      origin: 'copied',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('/body/origin');
  });

  it('starts a project from a practice idea with its topics filled in', async () => {
    const me = await Learner.signUp(t.app);
    const roadmap = (await t.app.inject({ method: 'GET', url: '/api/v1/roadmaps/backend' })).json();
    const idea = roadmap.projects.find((p: { id: string }) => p.id === 'notes-api');
    const created = (
      await me.request('POST', '/api/v1/me/projects', {
        catalogueId: 'notes-api',
        status: 'planned',
      })
    ).json();
    expect(created).toMatchObject({ title: idea.title, catalogueId: 'notes-api', startedAt: null });
    expect(created.topicIds).toEqual([...idea.topics].sort());
  });

  it('refuses unknown topics, ideas and bad URLs, naming the field', async () => {
    const me = await Learner.signUp(t.app);
    const unknownTopic = await me.request('POST', '/api/v1/me/projects', {
      title: 'X',
      status: 'planned',
      topicIds: ['sql-basics', 'astrology'],
    });
    expect(unknownTopic.statusCode).toBe(400);
    expect(unknownTopic.json().errors[0].path).toBe('/body/topicIds/1');
    const unknownIdea = await me.request('POST', '/api/v1/me/projects', {
      catalogueId: 'moon-base',
      status: 'planned',
    });
    expect(unknownIdea.json().errors[0].path).toBe('/body/catalogueId');
    const badUrl = await me.request('POST', '/api/v1/me/projects', {
      title: 'X',
      status: 'planned',
      repoUrl: 'ftp://x',
    });
    expect(badUrl.json().errors[0].path).toBe('/body/repoUrl');
    const noTitle = await me.request('POST', '/api/v1/me/projects', { status: 'planned' });
    expect(noTitle.json().errors[0].path).toBe('/body/title');
    expect((await me.request('GET', '/api/v1/me/projects')).json()).toEqual([]);
  });

  it("never shows or changes another learner's project", async () => {
    const alice = await Learner.signUp(t.app);
    const bob = await Learner.signUp(t.app);
    const project = (
      await alice.request('POST', '/api/v1/me/projects', { title: 'Secret', status: 'building' })
    ).json();
    expect((await bob.request('GET', `/api/v1/me/projects/${project.id}`)).statusCode).toBe(404);
    expect(
      (await bob.request('PATCH', `/api/v1/me/projects/${project.id}`, { title: 'Mine now' }))
        .statusCode,
    ).toBe(404);
    expect((await bob.request('DELETE', `/api/v1/me/projects/${project.id}`)).statusCode).toBe(404);
    expect(
      (
        await bob.request('POST', '/api/v1/me/evidence', {
          topicId: 'docker',
          projectId: project.id,
        })
      ).statusCode,
    ).toBe(404);
    expect((await bob.request('GET', '/api/v1/me/projects')).json()).toEqual([]);
    expect((await alice.request('GET', `/api/v1/me/projects/${project.id}`)).json().title).toBe(
      'Secret',
    );
  });

  it('links evidence to a topic from a project or a URL, and shows it as built on the one-page roadmap', async () => {
    const me = await Learner.signUp(t.app);
    const project = (
      await me.request('POST', '/api/v1/me/projects', {
        title: 'Shop API',
        status: 'planned',
        topicIds: [],
      })
    ).json();
    const fromProject = await me.request('POST', '/api/v1/me/evidence', {
      topicId: 'docker',
      projectId: project.id,
    });
    expect(fromProject.statusCode).toBe(201);
    const fromUrl = await me.request('POST', '/api/v1/me/evidence', {
      topicId: 'sql-joins',
      url: 'https://blog.example.org/joins',
    });
    expect(fromUrl.statusCode).toBe(201);
    const both = await me.request('POST', '/api/v1/me/evidence', {
      topicId: 'sql-joins',
      url: 'https://x.example',
      projectId: project.id,
    });
    expect(both.statusCode).toBe(400);

    expect((await me.request('GET', '/api/v1/me/evidence?topicId=sql-joins')).json()).toHaveLength(
      1,
    );
    const page = (await me.request('GET', '/api/v1/me/one-page')).json();
    const built = page.columns.flatMap(
      (c: { built: { topicId: string; evidence: string[] }[] }) => c.built,
    );
    expect(built).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ topicId: 'docker', evidence: ['Shop API'] }),
        expect.objectContaining({
          topicId: 'sql-joins',
          evidence: ['https://blog.example.org/joins'],
        }),
      ]),
    );
    expect(
      (await me.request('DELETE', `/api/v1/me/evidence/${fromUrl.json().id}`)).statusCode,
    ).toBe(204);
    expect((await me.request('GET', '/api/v1/me/evidence?topicId=sql-joins')).json()).toEqual([]);
  });
});
