import { Notice } from '../components/Notice';

/** Placeholder until this page is built. */
export function SettingsPage() {
  return <Notice kind="empty">This page is being built.</Notice>;
}
