import { Notice } from '../components/Notice';

/** Placeholder until this page is built. */
export function ReviewFormPage() {
  return <Notice kind="empty">This page is being built.</Notice>;
}
