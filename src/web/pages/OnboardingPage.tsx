// Onboarding, right after sign-up: the four choices that shape the learner's roadmap.
import { Notice } from '../components/Notice';
import { OnboardingForm } from '../components/onboarding/OnboardingForm';
import { useCurrentUser } from '../session';

export function OnboardingPage() {
  const me = useCurrentUser();
  if (!me.data) return <Notice kind="loading">Loading your account…</Notice>;
  return <OnboardingForm user={me.data} />;
}
