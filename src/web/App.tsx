// The app's routes: sign-in pages for visitors, every other page for a signed-in learner, loaded on demand.
import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/Layout';
import { Notice } from './components/Notice';
import { AuthPage } from './pages/AuthPage';
import { DashboardPage } from './pages/DashboardPage';
import { useCurrentUser } from './session';

// Pages past the first screen load on demand, so the first paint carries only what it shows.
const RoadmapPage = lazy(() =>
  import('./pages/RoadmapPage').then((m) => ({ default: m.RoadmapPage })),
);
const OnboardingPage = lazy(() =>
  import('./pages/OnboardingPage').then((m) => ({ default: m.OnboardingPage })),
);
const OnePagePage = lazy(() =>
  import('./pages/OnePagePage').then((m) => ({ default: m.OnePagePage })),
);
const ProjectsPage = lazy(() =>
  import('./pages/ProjectsPage').then((m) => ({ default: m.ProjectsPage })),
);
const ReviewsPage = lazy(() =>
  import('./pages/ReviewsPage').then((m) => ({ default: m.ReviewsPage })),
);
const ReviewFormPage = lazy(() =>
  import('./pages/ReviewFormPage').then((m) => ({ default: m.ReviewFormPage })),
);
const PostingsPage = lazy(() =>
  import('./pages/PostingsPage').then((m) => ({ default: m.PostingsPage })),
);
const HistoryPage = lazy(() =>
  import('./pages/HistoryPage').then((m) => ({ default: m.HistoryPage })),
);
const SettingsPage = lazy(() =>
  import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

/** Shows its page to a signed-in learner; sends everyone else to log in, and back afterwards. */
function SignedIn({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  const location = useLocation();
  if (me.isPending) return <Notice kind="loading">Loading your account…</Notice>;
  if (me.isError) return <Notice kind="error">{me.error.message}</Notice>;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <Suspense fallback={<Notice kind="loading">Loading…</Notice>}>{children}</Suspense>;
}

/** Sign-in pages: a learner already signed in goes straight on. */
function SignedOut({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  if (me.isPending) return <Notice kind="loading">Loading…</Notice>;
  if (me.data)
    return (
      <Navigate to={me.data.level && me.data.language ? '/dashboard' : '/onboarding'} replace />
    );
  return <>{children}</>;
}

const page = (element: ReactNode) => <SignedIn>{element}</SignedIn>;

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<Navigate to="/dashboard" replace />} />
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
        <Route path="/onboarding" element={page(<OnboardingPage />)} />
        <Route path="/dashboard" element={page(<DashboardPage />)} />
        <Route path="/roadmap" element={page(<RoadmapPage />)} />
        <Route path="/one-page" element={page(<OnePagePage />)} />
        <Route path="/projects" element={page(<ProjectsPage />)} />
        <Route path="/reviews" element={page(<ReviewsPage />)} />
        <Route path="/reviews/new/:type" element={page(<ReviewFormPage />)} />
        <Route path="/postings" element={page(<PostingsPage />)} />
        <Route path="/history" element={page(<HistoryPage />)} />
        <Route path="/settings" element={page(<SettingsPage />)} />
        <Route
          path="*"
          element={
            <Notice kind="error">
              There is no page here. <a href="/dashboard">Go to your dashboard</a>.
            </Notice>
          }
        />
      </Routes>
    </Layout>
  );
}
