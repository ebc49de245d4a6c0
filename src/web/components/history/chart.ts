// Chart.js with only the pieces the history charts use, so the rest is left out of the bundle.
import {
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { STATUSES, type Status } from '../../../domain/vocabulary';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Filler,
  Legend,
  Tooltip,
);

export { Chart };

/**
 * The statuses stacked in the charts, most solid at the bottom. "Not started" is left out: it
 * is most of the roadmap for months and would flatten the progress into a thin line.
 */
export const CHARTED_STATUSES = [
  'comfortable',
  'fragile',
  'theoretical',
  'learning',
  'skipped',
] as const satisfies readonly Status[];

/** Table columns: every status, in the order a topic moves through them. */
export const TABLE_STATUSES = STATUSES;

export interface ThemeColours {
  text: string;
  muted: string;
  grid: string;
  status: Record<(typeof CHARTED_STATUSES)[number], string>;
}

/** Reads the theme's CSS variables now, so the charts match light or dark as it stands. */
export function themeColours(): ThemeColours {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text', '#1b1f24'),
    muted: read('--muted', '#555e69'),
    grid: read('--border', '#d5dae1'),
    status: {
      comfortable: read('--status-comfortable', '#1e7a3c'),
      fragile: read('--status-fragile', '#a15c00'),
      theoretical: read('--status-theoretical', '#6a4fb3'),
      learning: read('--status-learning', '#1f5fc9'),
      skipped: read('--muted', '#555e69'),
    },
  };
}

/** A #rrggbb colour made translucent, for the filled areas; other notations pass unchanged. */
export function translucent(colour: string, alpha: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) return colour;
  const byte = Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0');
  return `${colour}${byte}`;
}
