// Settings: the profile, the password, the signed-in devices and what the coach keeps of the roadmap moves.
import { Notice } from '../components/Notice';
import { ActivityList } from '../components/settings/ActivityList';
import { PasswordForm } from '../components/settings/PasswordForm';
import { ProfileForm } from '../components/settings/ProfileForm';
import { SessionList } from '../components/settings/SessionList';
import { useCurrentUser } from '../session';
import '../styles/settings.css';

/** Settings: the profile, the password, and the devices signed in to this account. */
export function SettingsPage() {
  const me = useCurrentUser();
  if (me.isPending) return <Notice kind="loading">Loading your account…</Notice>;
  if (me.isError) return <Notice kind="error">{me.error.message}</Notice>;
  if (!me.data)
    return <Notice kind="error">You are signed out. Log in again to see settings.</Notice>;
  return (
    <div className="settings-page">
      <h1>Settings</h1>
      <p className="muted">Signed in as {me.data.email}.</p>
      <ProfileForm key={me.data.id} user={me.data} />
      <PasswordForm />
      <section className="settings-section" aria-labelledby="sessions-title">
        <h2 id="sessions-title">Signed-in devices</h2>
        <p className="hint">
          Every browser or script signed in to your account. Revoke one you do not recognise, or a
          computer you no longer use.
        </p>
        <SessionList />
      </section>
      <section className="settings-section" aria-labelledby="activity-title">
        <h2 id="activity-title">What your coach reads of your searches</h2>
        <p className="hint">
          Your searches, column filters and opened topics on the roadmap, so the coach can notice
          when your interest narrows to an area your plan leaves out. Nobody else sees them, not
          even a mentor; the newest 300 of the last 90 days are kept.
        </p>
        <ActivityList />
      </section>
    </div>
  );
}
