// The profile form's state: the learner's edits as a draft, saving it, and the server's word on each field.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Language, LearnerLevel } from '../../../domain/vocabulary';
import { formErrors } from '../../api/fieldErrors';
import { meApi, type ProfilePatch, type ReviewCadence, type User } from '../../api/me';
import { queryKeys } from '../../api/queryKeys';

/** The profile as the form edits it: text as typed, and '' for a level or language not chosen. */
export type Draft = {
  displayName: string;
  level: LearnerLevel | '';
  language: Language | '';
  framework: string;
  targetRole: string;
  reviewCadence: ReviewCadence;
  timeZone: string;
};

export type DraftField = keyof Draft;

const draftOf = (user: User): Draft => ({
  displayName: user.displayName ?? '',
  level: user.level ?? '',
  language: user.language ?? '',
  framework: user.framework ?? '',
  targetRole: user.targetRole ?? '',
  reviewCadence: user.reviewCadence,
  timeZone: user.timeZone,
});

/** Empty text clears an optional field; level and language cannot be cleared, only left unset. */
const patchOf = (draft: Draft): ProfilePatch => ({
  displayName: draft.displayName.trim() || null,
  framework: draft.framework.trim() || null,
  targetRole: draft.targetRole.trim() || null,
  reviewCadence: draft.reviewCadence,
  timeZone: draft.timeZone.trim(),
  ...(draft.level ? { level: draft.level } : {}),
  ...(draft.language ? { language: draft.language } : {}),
});

/** The draft of a learner's profile, a change to one field, and saving the whole of it. */
export function useProfileDraft(user: User) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(user));
  const save = useMutation({
    mutationFn: () => meApi.updateProfile(patchOf(draft)),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.me, updated);
      setDraft(draftOf(updated));
      // Level, language, cadence and time zone reshape the roadmap, due dates and coach, so
      // everything but the account itself is fetched again.
      return queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== queryKeys.me[0],
      });
    },
  });
  const errors = formErrors(save.error, Object.keys(draft) as DraftField[]);

  const change = <K extends DraftField>(field: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    // "Saved" described the profile before this edit.
    if (save.isSuccess) save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return { draft, change, submit, save, errors };
}
