/** Dates and durations as candidates read them, with date-fns. */
import { format, formatDuration, intervalToDuration, type Duration } from 'date-fns';

/** A span of time in words: `1 hour 12 minutes`, `40 seconds`. */
export function formatTimeUsed(ms: number): string {
  if (ms < 1000) return '0 seconds';
  const duration = intervalToDuration({ start: 0, end: Math.floor(ms / 1000) * 1000 });
  const units: (keyof Duration)[] =
    ms >= 3_600_000 ? ['hours', 'minutes'] : ms >= 60_000 ? ['minutes', 'seconds'] : ['seconds'];
  return formatDuration(duration, { format: units }) || '0 seconds';
}

/** A short, compact time per question: `1:05`. */
export function formatMinutesSeconds(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function formatDateTime(epochMs: number): string {
  return format(epochMs, 'PP p');
}

export function formatDate(epochMs: number): string {
  return format(epochMs, 'PP');
}

/** Seconds as candidates read a pace: `2 min 24 s`, `45 s`. */
export function formatSeconds(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
