/**
 * An exam's time limit as text. Apart from format.ts (date-fns) so Home's first load, which
 * shows only limits, doesn't carry date formatting.
 */
/** A time limit in the exam's own terms: `4 h`, `2 h 30 min`, `45 min`. */
export function formatTimeLimit(ms: number): string {
  const totalMinutes = Math.round(ms / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
