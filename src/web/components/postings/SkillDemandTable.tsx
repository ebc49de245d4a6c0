// Skills ranked by how many saved postings ask for them, with the gaps that keep coming back.
import { useQuery } from '@tanstack/react-query';
import { THRESHOLDS } from '../../../domain/coach/thresholds';
import { postingsApi, type SkillDemand } from '../../api/postings';
import { queryKeys } from '../../api/queryKeys';
import { Notice } from '../Notice';
import { StatusBadge } from './StatusBadge';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** The same rule the coach uses for "postings keep repeating a gap", so the two agree. */
const isRepeatedGap = (skill: SkillDemand) =>
  skill.status === 'not_started' &&
  skill.postings >= THRESHOLDS.postingsRepeatingSkill &&
  skill.share >= THRESHOLDS.postingsRepeatingShare;

/** Skills ranked by how many saved postings ask for them, beside the learner's status. */
export function SkillDemandTable() {
  const demand = useQuery({
    queryKey: queryKeys.postings.skills,
    queryFn: postingsApi.skillDemand,
  });

  if (demand.isPending) return <Notice kind="loading">Counting skills across postings…</Notice>;
  if (demand.isError) {
    return (
      <Notice kind="error">
        The skills could not be counted: {demand.error.message}{' '}
        <button type="button" className="button-quiet" onClick={() => demand.refetch()}>
          Try again
        </button>
      </Notice>
    );
  }
  if (demand.data.length === 0) {
    return <Notice kind="empty">Skills appear here once a saved posting names some.</Notice>;
  }
  const gaps = demand.data.filter(isRepeatedGap).length;
  return (
    <>
      {gaps > 0 && (
        <p className="gap-summary">
          <strong>
            {gaps === 1 ? '1 skill' : `${gaps} skills`} your postings keep asking for{' '}
            {gaps === 1 ? 'is' : 'are'} not started yet.
          </strong>{' '}
          They are marked “Often asked” below: good candidates for your next focus.
        </p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard to be scrolled */}
      <section className="table-scroll" aria-label="Skills table" tabIndex={0}>
        <table className="skill-demand">
          {/* The section heading says it already; the caption names the table for screen readers. */}
          <caption className="visually-hidden">
            Skills across your postings, most asked first
          </caption>
          <thead>
            <tr>
              <th scope="col" className="rank">
                Rank
              </th>
              <th scope="col">Skill</th>
              <th scope="col">Postings</th>
              <th scope="col">Share</th>
              <th scope="col">Your status</th>
            </tr>
          </thead>
          <tbody>
            {demand.data.map((skill, index) => {
              const gap = isRepeatedGap(skill);
              return (
                <tr key={skill.topicId} className={gap ? 'is-gap' : undefined}>
                  <td className="rank">{index + 1}</td>
                  <th scope="row">
                    {skill.title}
                    {gap && <span className="gap-flag">Often asked</span>}
                  </th>
                  <td>{skill.postings}</td>
                  <td>
                    <span className="share">
                      <span className="share-bar" aria-hidden="true">
                        <span style={{ width: `${Math.round(skill.share * 100)}%` }} />
                      </span>
                      {percent.format(skill.share)}
                    </span>
                  </td>
                  <td>
                    <StatusBadge status={skill.status} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
