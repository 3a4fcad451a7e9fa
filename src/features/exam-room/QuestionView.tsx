import { useId } from 'react';
import type { Response } from '../../domain/attempt';
import type { Choice, Question } from '../../domain/question';
import { CaseRecord } from './CaseRecord';

interface QuestionViewProps {
  question: Question;
  number: number;
  total: number;
  /** Where the question sits in a series sharing its record: part k of n. */
  seriesPosition: { part: number; of: number } | null;
  /** The response as stored: what the screen shows as given. */
  response: Response | undefined;
  /** A newer change not yet stored, if any. */
  draft?: Response | undefined;
  /** Saving is stuck on a failure (storage full): marked 'Not saved' rather than 'Saving…'. */
  saveStuck?: boolean;
  onAnswer: (answer: string) => void;
  onToggleChoice: (choiceId: string) => void;
  onToggleStrike: (choiceId: string) => void;
}

function StrikeButton({
  choice,
  struck,
  onToggle,
}: {
  choice: Choice;
  struck: boolean;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className="strike"
      aria-pressed={struck}
      aria-label={`Strike out choice ${choice.id}`}
      onClick={onToggle}
    >
      <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M5.6 18.4 18.4 5.6" stroke="currentColor" strokeWidth="2" />
      </svg>
      Strike out
    </button>
  );
}

const pickedIn = (response: Response | undefined): (string | null | undefined)[] =>
  Array.isArray(response?.answer) ? response.answer : [response?.answer];

export function QuestionView(props: QuestionViewProps) {
  const {
    question,
    number,
    total,
    seriesPosition,
    response,
    draft,
    saveStuck = false,
    onAnswer,
    onToggleChoice,
    onToggleStrike,
  } = props;
  const hintId = useId();
  const struck = response?.struck ?? [];
  const locked = Boolean((draft ?? response)?.checked);
  // Typing shows at once (with 'Saving…' in the exam bar); a field cannot wait for the disk.
  const typed = (draft ?? response)?.answer;

  function choices(kind: 'radio' | 'checkbox', list: Choice[]) {
    const picked = pickedIn(response);
    const picking = draft ? pickedIn(draft) : picked;
    return list.map((choice) => {
      const isStruck = struck.includes(choice.id);
      const checked = picked.includes(choice.id);
      // Picked or unpicked, but not stored yet: marked as saving, not shown as given.
      const saving = checked !== picking.includes(choice.id);
      return (
        <div
          key={choice.id}
          className={`choice${checked ? ' selected' : ''}${isStruck ? ' struck' : ''}${saving ? ' saving' : ''}`}
        >
          <label>
            <input
              type={kind}
              name={`answer-${question.id}`}
              value={choice.id}
              checked={checked}
              disabled={locked}
              onChange={() => (kind === 'radio' ? onAnswer(choice.id) : onToggleChoice(choice.id))}
            />
            <span className="choice-letter">{choice.id}.</span>{' '}
            <span className="choice-text">{choice.text}</span>
            {isStruck && <span className="visually-hidden"> (struck out)</span>}
            {saving && (
              <span className="choice-saving" aria-hidden="true">
                {saveStuck ? 'Not saved' : 'Saving…'}
              </span>
            )}
          </label>
          <StrikeButton
            choice={choice}
            struck={isStruck}
            onToggle={() => onToggleStrike(choice.id)}
          />
        </div>
      );
    });
  }

  return (
    <section className="question" aria-labelledby="question-heading">
      <h2 id="question-heading" tabIndex={-1}>
        Question {number} of {total}
      </h2>
      {question.scenario && <CaseRecord text={question.scenario} seriesPosition={seriesPosition} />}
      <p className="stem">{question.stem}</p>
      {question.type === 'single' && (
        <div role="radiogroup" aria-label="Answer choices" className="choices">
          {choices('radio', question.choices)}
        </div>
      )}
      {question.type === 'multiple' && (
        <>
          <p id={hintId} className="hint">
            Choose {question.answer.length}. Only exactly the right set scores.
          </p>
          <div
            role="group"
            aria-label="Answer choices"
            aria-describedby={hintId}
            className="choices"
          >
            {choices('checkbox', question.choices)}
          </div>
        </>
      )}
      {question.type === 'code-entry' && (
        <div className="code-entry">
          <label htmlFor={`codes-${question.id}`}>Your codes</label>
          <input
            id={`codes-${question.id}`}
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={hintId}
            value={typeof typed === 'string' ? typed : ''}
            readOnly={locked}
            onChange={(event) => onAnswer(event.target.value)}
          />
          <p id={hintId} className="hint">
            Separate codes with commas or spaces; case and dots do not matter. Attach a modifier
            with a hyphen (99284-25).{' '}
            {question.sequencingMatters
              ? 'Order is scored: list them in reporting order.'
              : 'Order is not scored.'}
          </p>
        </div>
      )}
    </section>
  );
}
