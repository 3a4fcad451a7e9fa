import type { Confidence, ExamSpec } from '../../domain/exam-spec';
import { formatTimeLimit } from '../../lib/time-limit';

const CONFIDENCE_LABEL: Record<Confidence, string> = {
  official: 'official',
  'third-party': 'third-party figure',
  estimate: 'our estimate',
};

function Source({ confidence, source }: { confidence: Confidence; source: string }) {
  return (
    <span className={`source source-${confidence}`} title={source}>
      {CONFIDENCE_LABEL[confidence]}
    </span>
  );
}

/** The exam's format as text, each figure marked with where it came from. */
export function ExamFormat({ spec }: { spec: ExamSpec }) {
  const { questionCount, timeLimitMs, passingPercent } = spec;
  return (
    <dl className="exam-format">
      <div>
        <dt>Questions</dt>
        <dd>
          {questionCount.value} questions
          {spec.pretestCount > 0 ? ` (${spec.scoredCount} scored)` : ''}{' '}
          <Source {...questionCount} />
        </dd>
      </div>
      <div>
        <dt>Time limit</dt>
        <dd>
          {formatTimeLimit(timeLimitMs.value)} <Source {...timeLimitMs} />
        </dd>
      </div>
      <div>
        <dt>Passing mark</dt>
        <dd>
          {passingPercent.value}% <Source {...passingPercent} />
        </dd>
      </div>
      <div>
        <dt>Books</dt>
        <dd>{spec.books.join(', ')}</dd>
      </div>
    </dl>
  );
}
