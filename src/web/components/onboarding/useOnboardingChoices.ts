// The onboarding form's state: the learner's four choices (and role and zone), and saving them to the profile.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Language, LearnerLevel } from '../../../domain/vocabulary';
import { formErrors } from '../../api/fieldErrors';
import { meApi, type ReviewCadence, type User } from '../../api/me';
import { queryKeys } from '../../api/queryKeys';

export interface Choices {
  level: LearnerLevel;
  /** '' until the learner picks one: the form cannot be sent without it. */
  language: Language | '';
  framework: string;
  targetRole: string;
  cadence: ReviewCadence;
  timeZone: string;
}

/** What the learner has so far, with suggestions where they have not chosen yet. */
const firstChoices = (user: User): Choices => ({
  level: user.level ?? 'beginner',
  language: user.language ?? '',
  framework: user.framework ?? '',
  targetRole: user.targetRole ?? 'Backend developer',
  cadence: user.reviewCadence,
  // A new account starts in UTC; the browser's own zone is the better guess.
  timeZone:
    user.timeZone === 'UTC' ? Intl.DateTimeFormat().resolvedOptions().timeZone : user.timeZone,
});

/** The choices, a change to one, and saving them all; a saved plan goes on to the dashboard. */
export function useOnboardingChoices(user: User) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [choices, setChoices] = useState(() => firstChoices(user));
  const save = useMutation({
    mutationFn: (language: Language) =>
      meApi.updateProfile({
        level: choices.level,
        language,
        framework: choices.framework || null,
        targetRole: choices.targetRole.trim() || null,
        reviewCadence: choices.cadence,
        timeZone: choices.timeZone,
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.me, updated);
      queryClient.invalidateQueries({ queryKey: queryKeys.roadmaps });
      navigate('/dashboard');
    },
  });

  const choose = <K extends keyof Choices>(field: K, value: Choices[K]) =>
    setChoices((current) => ({
      ...current,
      [field]: value,
      // A framework belongs to one language: a new language starts with none.
      ...(field === 'language' ? { framework: '' } : {}),
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choices.language) save.mutate(choices.language);
  };
  return { choices, choose, submit, save, errors: formErrors(save.error, ['timeZone']) };
}
