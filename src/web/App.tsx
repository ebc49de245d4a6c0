import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/Layout';
import { Notice } from './components/Notice';
import { AuthPage } from './pages/AuthPage';
import { RoadmapPage } from './pages/RoadmapPage';
import { useCurrentUser } from './session';

/** Shows its page to a signed-in learner; sends everyone else to log in, and back afterwards. */
function SignedIn({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  const location = useLocation();
  if (me.isPending) return <Notice kind="loading">Loading your account…</Notice>;
  if (me.isError) return <Notice kind="error">{me.error.message}</Notice>;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <>{children}</>;
}

/** Sign-in pages: a learner already signed in goes straight to the roadmap. */
function SignedOut({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  if (me.isPending) return <Notice kind="loading">Loading…</Notice>;
  if (me.data) return <Navigate to="/roadmap" replace />;
  return <>{children}</>;
}

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<Navigate to="/roadmap" replace />} />
        <Route
          path="/login"
          element={
            <SignedOut>
              <AuthPage mode="login" />
            </SignedOut>
          }
        />
        <Route
          path="/signup"
          element={
            <SignedOut>
              <AuthPage mode="register" />
            </SignedOut>
          }
        />
        <Route
          path="/roadmap"
          element={
            <SignedIn>
              <RoadmapPage />
            </SignedIn>
          }
        />
        <Route
          path="*"
          element={
            <Notice kind="error">
              There is no page here. <a href="/roadmap">Go to your roadmap</a>.
            </Notice>
          }
        />
      </Routes>
    </Layout>
  );
}
