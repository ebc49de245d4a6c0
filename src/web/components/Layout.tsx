// The frame of every page: skip link, brand, account and log out, the main navigation.
import type { ReactNode } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { useCurrentUser, useSignOut } from '../session';

const SECTIONS = [
  ['/dashboard', 'Dashboard'],
  ['/roadmap', 'Roadmap'],
  ['/one-page', 'One page'],
  ['/projects', 'Projects'],
  ['/reviews', 'Reviews'],
  ['/postings', 'Job postings'],
  ['/history', 'History'],
  ['/settings', 'Settings'],
] as const;

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
          <div className="account">
            <span className="muted">{me.data.email}</span>
            <button
              type="button"
              className="button-quiet"
              disabled={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/login') })}
            >
              Log out
            </button>
          </div>
        )}
        {me.data && (
          <nav aria-label="Main" className="main-nav">
            <ul>
              {SECTIONS.map(([to, label]) => (
                <li key={to}>
                  <NavLink to={to}>{label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main">{children}</main>
    </>
  );
}
