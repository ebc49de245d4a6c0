// Job postings: paste one to see the skills it names, open saved ones, and see demand per skill.
import { useEffect, useRef, useState } from 'react';
import { PostingForm } from '../components/postings/PostingForm';
import { PostingView } from '../components/postings/PostingView';
import { SavedPostings } from '../components/postings/SavedPostings';
import { SkillDemandTable } from '../components/postings/SkillDemandTable';
import '../styles/postings.css';

/** Job postings: paste one to see the skills it asks for, and the skills all of them repeat. */
export function PostingsPage() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const viewHeading = useRef<HTMLHeadingElement>(null);
  const focusView = useRef(false);
  const savedHeading = useRef<HTMLHeadingElement>(null);

  // The opened posting appears above the list, so focus moves to it rather than staying behind;
  // it runs after every render because the heading only exists once the posting has loaded.
  useEffect(() => {
    if (!focusView.current || !selectedId) return;
    const heading = viewHeading.current;
    if (heading) {
      heading.focus();
      focusView.current = false;
    }
  });

  const open = (id: string) => {
    focusView.current = true;
    setSelectedId(id);
  };

  return (
    <div className="postings-page">
      <h1>Job postings</h1>
      <p className="muted">
        Job ads say what employers actually ask for. Paste the ones you would apply to: Waymark
        marks the skills they name and shows which ones keep coming back that you have not started.
      </p>
      <PostingForm onAnalysed={(posting) => open(posting.id)} />

      {selectedId && (
        <div className="posting-panel">
          <PostingView postingId={selectedId} headingRef={viewHeading} />
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setSelectedId(null);
              savedHeading.current?.focus();
            }}
          >
            Close this posting
          </button>
        </div>
      )}

      <section aria-labelledby="saved-postings-title">
        <h2 id="saved-postings-title" ref={savedHeading} tabIndex={-1}>
          Saved postings
        </h2>
        <SavedPostings
          selectedId={selectedId}
          onSelect={open}
          onDeleted={(id) => setSelectedId((current) => (current === id ? null : current))}
        />
      </section>

      <section aria-labelledby="skill-demand-title">
        <h2 id="skill-demand-title">Skills across your postings</h2>
        <SkillDemandTable />
      </section>
    </div>
  );
}
