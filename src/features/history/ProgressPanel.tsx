import type { AttemptSummary } from '../../domain/attempt-summary';
import type { ExamSpec } from '../../domain/exam-spec';
import { pacing, readiness, scoreTrend } from '../../domain/statistics';
import { formatSeconds } from '../../lib/format';
import { ScoreTrendChart } from './ScoreTrendChart';
import { describeEstimate, describeMethod, VERDICT_LABELS } from './readiness-text';

interface ProgressPanelProps {
  spec: ExamSpec;
  summaries: readonly AttemptSummary[];
}

/** One certification's score trend, readiness and pacing. */
export function ProgressPanel({ spec, summaries }: ProgressPanelProps) {
  const cert = spec.certification;
  const trend = scoreTrend(summaries, cert);
  const ready = readiness(summaries, spec);
  const pace = pacing(summaries, spec);
  const headingId = `progress-${cert}`;
  return (
    <article className="progress-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{cert}</h3>
      <ScoreTrendChart
        certification={cert}
        points={trend}
        passingPercent={spec.passingPercent.value}
      />
      <h4>Readiness: {VERDICT_LABELS[ready.verdict]}</h4>
      <p>{describeEstimate(ready)}</p>
      <p className="muted">{describeMethod(ready)}</p>
      <h4>Pacing</h4>
      {pace ? (
        <>
          <p>
            Time per question: {formatSeconds(pace.averageSecondsPerQuestion)} on average over your
            last {pace.attempts.length === 1 ? 'mock exam' : `${pace.attempts.length} mock exams`},
            against the {cert} pace of {formatSeconds(pace.paceSecondsPerQuestion)}
            {pace.averageSecondsPerQuestion > pace.paceSecondsPerQuestion
              ? ': slower than the exam allows.'
              : ': within the exam’s pace.'}
          </p>
          <table className="quarters">
            <caption>Accuracy by quarter of the sitting, {cert}</caption>
            <thead>
              <tr>
                <th scope="col">Quarter</th>
                <th scope="col">Correct</th>
                <th scope="col">Time per question</th>
              </tr>
            </thead>
            <tbody>
              {pace.quarters.map((q) => (
                <tr key={q.quarter}>
                  <th scope="row">Quarter {q.quarter}</th>
                  <td>
                    {q.percent}% ({q.correct} of {q.total})
                  </td>
                  <td>{formatSeconds(q.secondsPerQuestion)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>Pacing appears after your first finished {cert} mock exam.</p>
      )}
    </article>
  );
}
