import { useState } from 'react';
import type { Attempt, Response } from '../../domain/attempt';
import type { Answer, Question } from '../../domain/question';
import {
  choiceMarks,
  codeEntryReview,
  describeAnswer,
  describeKey,
  filterReview,
  type ChoiceMark,
  type ReviewFilter,
  type ReviewItem,
} from '../../domain/review';
import { isAnswered, isCorrect } from '../../domain/scoring';
import { formatMinutesSeconds } from '../../lib/format';

const FILTERS: [ReviewFilter, string][] = [
  ['all', 'All'],
  ['incorrect', 'Incorrect'],
  ['flagged', 'Flagged'],
  ['unanswered', 'Unanswered'],
];

const MARK_LABEL: Record<ChoiceMark, string> = {
  'picked-right': 'Your pick, right',
  'picked-wrong': 'Your pick, wrong',
  missed: 'Missed',
  'not-picked': '',
};

const CODE_LABEL = { right: 'Right', missing: 'Missing', extra: 'Extra' } as const;

/** What was right and wrong in detail: per choice for multiple response, per code for code entry. */
function AnswerDetail({ question, answer }: { question: Question; answer: Answer }) {
  if (question.type === 'multiple') {
    const marks = choiceMarks(question, answer);
    return (
      <ul className="choice-review" aria-label="Choices">
        {question.choices.map((choice) => {
          const mark = marks[choice.id] ?? 'not-picked';
          return (
            <li key={choice.id}>
              <span className={`mark mark-${mark}`}>{MARK_LABEL[mark]}</span> {choice.id}.{' '}
              {choice.text}
            </li>
          );
        })}
      </ul>
    );
  }
  if (question.type === 'code-entry') {
    const { codes, orderRight } = codeEntryReview(question, answer);
    return (
      <>
        <ul className="choice-review" aria-label="Codes">
          {codes.map(({ code, status }) => (
            <li key={`${status}-${code}`}>
              <span className={`mark mark-${status}`}>{CODE_LABEL[status]}</span> {code}
            </li>
          ))}
        </ul>
        {orderRight !== null && (
          <p className="muted small">
            Order is scored for this question:{' '}
            {orderRight ? 'your order was right.' : 'your order was not right.'}
          </p>
        )}
      </>
    );
  }
  return null;
}

interface AnswerReviewProps {
  attempt: Attempt;
  responses: Record<string, Response>;
}

/** Every question with the candidate's answer, the key and the rationale, filterable. */
export function AnswerReview({ attempt, responses }: AnswerReviewProps) {
  const [filter, setFilter] = useState<ReviewFilter>('all');
  const [domainId, setDomainId] = useState<string>('');
  const items: ReviewItem[] = attempt.questions.map((question, index) => ({
    number: index + 1,
    question,
    answer: responses[question.id]?.answer ?? null,
    flagged: responses[question.id]?.flagged ?? false,
  }));
  const shown = filterReview(items, filter, domainId || null);
  const pretest = new Set(attempt.pretestIds ?? []);
  const domainName = (id: string) => attempt.domains.find((d) => d.id === id)?.name ?? id;

  return (
    <section aria-labelledby="answer-review-heading" className="answer-review">
      <h2 id="answer-review-heading">Your answers</h2>
      <div className="review-controls">
        <div className="filters" role="group" aria-label="Show">
          {FILTERS.map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={filter === value}
              onClick={() => setFilter(value)}
            >
              {label}
            </button>
          ))}
        </div>
        <label className="domain-filter">
          Domain{' '}
          <select value={domainId} onChange={(e) => setDomainId(e.target.value)}>
            <option value="">All domains</option>
            {attempt.domains.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className="muted">
        Showing {shown.length} of {items.length} questions.
      </p>
      <ol className="review-items">
        {shown.map(({ number, question, answer, flagged }) => {
          const correct = isCorrect(question, answer);
          const verdict = !isAnswered(answer) ? 'Unanswered' : correct ? 'Correct' : 'Incorrect';
          const timeSpent = responses[question.id]?.timeSpentMs ?? 0;
          return (
            <li
              key={question.id}
              className={`card review-item ${correct ? 'is-correct' : 'is-wrong'}`}
            >
              <h3>
                Question {number}{' '}
                <span className={`verdict verdict-${verdict.toLowerCase()}`}>{verdict}</span>
                {flagged && <span className="badge">Flagged</span>}
                {pretest.has(question.id) && (
                  <span className="badge pretest">Unscored pretest item</span>
                )}
              </h3>
              <p className="muted small">
                {domainName(question.domain)} · time spent {formatMinutesSeconds(timeSpent)}
              </p>
              {question.scenario && <div className="scenario">{question.scenario}</div>}
              <p className="stem">{question.stem}</p>
              <p>
                <strong>Your answer:</strong> {describeAnswer(question, answer)}
              </p>
              <p>
                <strong>Correct answer:</strong> {describeKey(question)}
              </p>
              <AnswerDetail question={question} answer={answer} />
              <h4>Rationale</h4>
              <p className="rationale">{question.rationale}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
