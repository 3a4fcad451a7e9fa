import { formatClock, passedWarning } from '../../domain/clock';

interface ExamClockProps {
  remainingMs: number;
  warningsBeforeEndMs: number[];
}

export function ExamClock({ remainingMs, warningsBeforeEndMs }: ExamClockProps) {
  const warning = passedWarning(remainingMs, warningsBeforeEndMs);
  return (
    <div className={`exam-clock${warning !== null ? ' warning' : ''}`}>
      <span className="exam-clock-label" aria-hidden="true">
        Time remaining
      </span>
      <span role="timer" aria-label="Time remaining" className="exam-clock-time">
        {formatClock(remainingMs)}
      </span>
    </div>
  );
}

/** A live region, present from the start so screen readers announce each warning. */
export function TimeWarning({ remainingMs, warningsBeforeEndMs }: ExamClockProps) {
  const warning = passedWarning(remainingMs, warningsBeforeEndMs);
  const message =
    warning === null || remainingMs === 0
      ? ''
      : `${Math.round(warning / 60_000)} minutes remaining`;
  return (
    <div role="status" className={message ? 'time-warning' : 'visually-hidden'}>
      {message}
    </div>
  );
}
