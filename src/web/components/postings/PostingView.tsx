// One saved posting, its text with the skills marked and the learner's status on each.
import { useQuery } from '@tanstack/react-query';
import { Fragment, type Ref } from 'react';
import { type Posting, postingsApi } from '../../api/postings';
import { queryKeys } from '../../api/queryKeys';
import { Notice } from '../Notice';
import { highlightSegments } from './highlight';
import { StatusBadge } from './StatusBadge';
import { useTopicStatuses } from './useTopicStatuses';

const savedOn = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso));

/** Loads one saved posting and shows it highlighted; the heading takes focus when it opens. */
export function PostingView({
  postingId,
  headingRef,
}: {
  postingId: string;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const posting = useQuery({
    queryKey: queryKeys.postings.one(postingId),
    queryFn: () => postingsApi.one(postingId),
  });
  if (posting.isPending) return <Notice kind="loading">Loading the posting…</Notice>;
  if (posting.isError)
    return <Notice kind="error">The posting could not be loaded: {posting.error.message}</Notice>;
  return <HighlightedPosting posting={posting.data} headingRef={headingRef} />;
}

function HighlightedPosting({
  posting,
  headingRef,
}: {
  posting: Posting;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const statuses = useTopicStatuses();
  const headingId = `posting-${posting.id}`;
  return (
    <article className="posting-view" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {posting.title ?? 'Untitled posting'}
      </h2>
      <p className="muted">
        Saved {savedOn(posting.createdAt)} ·{' '}
        {posting.skills.length === 1 ? '1 skill found' : `${posting.skills.length} skills found`}
      </p>
      <div className="posting-layout">
        <section aria-labelledby={`${headingId}-text`}>
          <h3 id={`${headingId}-text`}>The posting, with skills marked</h3>
          <div className="posting-text">
            {highlightSegments(posting.text, posting.skills).map((segment) => (
              <Fragment key={segment.start}>
                {segment.skill ? (
                  <>
                    <mark title={segment.skill.title}>{segment.text}</mark>
                    {/* A mark may not carry an accessible name, so the topic is said in words. */}
                    <span className="visually-hidden"> (skill: {segment.skill.title})</span>
                  </>
                ) : (
                  segment.text
                )}
              </Fragment>
            ))}
          </div>
        </section>
        <section aria-labelledby={`${headingId}-skills`}>
          <h3 id={`${headingId}-skills`}>Skills found</h3>
          {posting.skills.length === 0 ? (
            <p className="muted">
              No roadmap skill was recognised in this posting. It is kept, and counts toward the
              skills table once it names some.
            </p>
          ) : (
            <ul className="found-skills">
              {posting.skills.map((skill) => {
                const status = statuses.data?.get(skill.topicId);
                return (
                  <li key={skill.topicId}>
                    <span className="found-skill-title">{skill.title}</span>
                    <span className="muted">
                      {skill.matches.length === 1
                        ? 'named once'
                        : `named ${skill.matches.length} times`}
                    </span>
                    {status ? (
                      <StatusBadge status={status} />
                    ) : (
                      <span className="muted">
                        {statuses.isPending ? 'Loading your status…' : 'Status unknown'}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
    </article>
  );
}
