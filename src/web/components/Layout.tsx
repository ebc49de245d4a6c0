import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser, useSignOut } from '../session';

export function Layout({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand" aria-label="Waymark, home">
          <span aria-hidden="true">◆</span> Waymark
        </Link>
        {me.data && (
          <nav aria-label="Account">
            <span className="muted">{me.data.email}</span>
            <button
              type="button"
              className="button-quiet"
              disabled={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/login') })}
            >
              Log out
            </button>
          </nav>
        )}
      </header>
      <main id="main">{children}</main>
    </>
  );
}
