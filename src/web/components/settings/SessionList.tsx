// The devices and browsers signed in to the account, this one first, each with a way to sign it out.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountApi, type Session } from '../../api/account';
import { queryKeys } from '../../api/queryKeys';
import { LoadFailed, Notice } from '../Notice';
import { ConfirmAction } from '../postings/ConfirmAction';
import { deviceName } from './device';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const at = (iso: string) => when.format(new Date(iso));

/** Where the learner is signed in, with a way to sign the other devices out. */
export function SessionList() {
  const sessions = useQuery({ queryKey: queryKeys.sessions, queryFn: accountApi.sessions });

  if (sessions.isPending) return <Notice kind="loading">Loading your sessions…</Notice>;
  if (sessions.isError) {
    return (
      <LoadFailed what="Your sessions" error={sessions.error} onRetry={() => sessions.refetch()} />
    );
  }
  if (sessions.data.length === 0) return <Notice kind="empty">No active sessions.</Notice>;
  // This device first, then the most recently used.
  const ordered = [...sessions.data].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
  return (
    <ul className="session-list">
      {ordered.map((session) => (
        <SessionItem key={session.id} session={session} />
      ))}
    </ul>
  );
}

function SessionItem({ session }: { session: Session }) {
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => accountApi.revokeSession(session.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
  const device = deviceName(session.userAgent);
  return (
    <li className="session">
      <div className="session-main">
        <p className="session-device">
          {device}
          {session.current && <span className="this-device">This device</span>}
        </p>
        <p className="muted">
          Signed in {at(session.createdAt)} · last seen {at(session.lastSeenAt)}
        </p>
        {session.userAgent && <p className="session-agent">{session.userAgent}</p>}
      </div>
      {!session.current && (
        <ConfirmAction
          label="Revoke"
          target={`${device}, signed in ${at(session.createdAt)}`}
          question="Sign this device out?"
          confirmLabel="Yes, revoke"
          pending={revoke.isPending}
          onConfirm={() => revoke.mutate()}
        />
      )}
      {revoke.isError && (
        <p className="form-error" role="alert">
          Not revoked: {revoke.error.message}
        </p>
      )}
    </li>
  );
}
