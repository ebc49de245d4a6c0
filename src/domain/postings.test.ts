import { describe, expect, it } from 'vitest';
import { buildSkillMatcher } from './postings.js';

const matcher = buildSkillMatcher([
  {
    id: 'choose-one-language',
    aliases: [
      'Go',
      'Golang',
      'Java',
      'JavaScript',
      'C#',
      '.NET',
      'Node.js',
      'NodeJS',
      'Python',
      'C',
    ],
  },
  { id: 'web-framework', aliases: ['Spring Boot', 'Spring', 'Express', 'ASP.NET Core', 'Django'] },
  { id: 'ci-cd', aliases: ['CI/CD', 'continuous integration'] },
  { id: 'kubernetes', aliases: ['Kubernetes', 'k8s'] },
  { id: 'postgresql', aliases: ['PostgreSQL', 'Postgres', 'psql'] },
  { id: 'css-free', aliases: ['HTML'] },
  { id: 'job-search', aliases: ['resume'] },
]);

const topics = (text: string) =>
  matcher
    .find(text)
    .map((s) => s.topicId)
    .sort();

describe('the posting matcher', () => {
  it('finds names with punctuation in them', () => {
    expect(topics('We use C#, .NET 8 and Node.js with CI/CD on k8s.')).toEqual([
      'choose-one-language',
      'ci-cd',
      'kubernetes',
    ]);
    const spans = matcher.find('Strong C# skills').flatMap((s) => s.matches);
    expect(spans).toEqual([{ start: 7, end: 9, text: 'C#' }]);
  });

  it('never matches inside another word', () => {
    expect(topics('Former Google engineers welcome')).toEqual([]);
    expect(topics('Modern JavaScript and CSS')).toEqual(['choose-one-language']);
    expect(matcher.find('Modern JavaScript and CSS')[0]?.matches.map((m) => m.text)).toEqual([
      'JavaScript',
    ]);
    expect(topics('ASP.NET Core APIs')).toEqual(['web-framework']);
  });

  it('ignores everyday words that share a name with a technology', () => {
    expect(topics('We go live often; express your ideas; spring party')).toEqual([]);
    expect(topics('Built with Go and Express')).toEqual(['choose-one-language', 'web-framework']);
  });

  it('prefers the longest name and matches case-insensitively otherwise', () => {
    // A phrase is specific enough in any case; only one-word everyday names need capitals.
    const found = matcher.find('spring boot and POSTGRES');
    expect(found.map((s) => s.topicId).sort()).toEqual(['postgresql', 'web-framework']);
    const boot = matcher.find('Spring Boot services');
    expect(boot[0]?.matches[0]?.text).toBe('Spring Boot');
  });

  it('matches phrases across line breaks and separators', () => {
    expect(topics('experience with continuous\nintegration and Python/Django')).toEqual([
      'choose-one-language',
      'ci-cd',
      'web-framework',
    ]);
    expect(topics('Go-based services')).toEqual(['choose-one-language']);
  });

  it('returns every place a skill is named', () => {
    const [postgres] = matcher.find('Postgres first. Then PostgreSQL replicas.');
    expect(postgres?.matches.map((m) => m.text)).toEqual(['Postgres', 'PostgreSQL']);
  });

  it('does not treat a request for a resume as a skill', () => {
    expect(topics('Send your resume to jobs@example.org')).toEqual([]);
  });
});
