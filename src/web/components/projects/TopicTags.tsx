// The topics a project practises, as a compact list of their titles.
export function TopicTags({
  topicIds,
  topicTitle,
  label = 'Topics it practises',
}: {
  topicIds: string[];
  topicTitle: (topicId: string) => string;
  label?: string;
}) {
  if (topicIds.length === 0) return <p className="muted">No topics linked yet.</p>;
  return (
    <ul className="projects-tags" aria-label={label}>
      {topicIds.map((id) => (
        <li key={id}>{topicTitle(id)}</li>
      ))}
    </ul>
  );
}
