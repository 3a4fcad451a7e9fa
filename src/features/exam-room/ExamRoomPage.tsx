import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { remainingMs } from '../../domain/clock';
import { isAnswered } from '../../domain/scoring';
import { useNow } from '../../lib/use-now';
import { ExamClock, TimeWarning } from './ExamClock';
import type { ExamSessionStore } from './exam-session-store';
import { QuestionNavigator } from './QuestionNavigator';
import { QuestionView } from './QuestionView';
import { ReviewScreen } from './ReviewScreen';
import { OpenElsewhere, SaveFailureAlert, TakenOver } from './SessionAlerts';
import { SubmitDialog } from './SubmitDialog';
import { TutorFeedback } from './TutorFeedback';
import { seriesPositionOf } from './question-states';
import { useExamShortcuts } from './use-exam-shortcuts';
import { useTimeMarks } from './use-time-marks';

interface ExamRoomPageProps {
  attemptId: string;
  store: ExamSessionStore;
  onFinished: (attemptId: string) => void;
}

export function ExamRoomPage({ attemptId, store, onFinished }: ExamRoomPageProps) {
  const state = useStore(store);
  const { phase, attempt, responses, unsaved, currentIndex, view, reviewFilter, error } = state;
  const now = useNow(state.clock);
  const [confirming, setConfirming] = useState(false);
  const headingFocus = useRef(false);

  useEffect(() => {
    void store.getState().load(attemptId);
    return () => store.getState().close();
  }, [store, attemptId]);
  useTimeMarks(store, phase === 'ready');

  useEffect(() => {
    if (phase === 'finished' && attempt?.id === attemptId) onFinished(attemptId);
  }, [phase, attempt, attemptId, onFinished]);

  const remaining = attempt ? remainingMs(attempt, now) : Infinity;
  useEffect(() => {
    if (phase === 'ready' && remaining === 0) {
      void store.getState().submit('timed-out');
    }
  }, [phase, remaining, store]);

  // Move focus to the new question's heading after keyboard or button navigation.
  useEffect(() => {
    if (!headingFocus.current) return;
    headingFocus.current = false;
    document.getElementById(view === 'review' ? 'review-heading' : 'question-heading')?.focus();
  }, [currentIndex, view]);

  const shortcuts = useMemo(
    () => ({
      next: () => {
        headingFocus.current = true;
        void store.getState().next();
      },
      previous: () => {
        headingFocus.current = true;
        void store.getState().previous();
      },
      toggleFlag: () => void store.getState().toggleFlag(),
      choose: (index: number) => {
        const { attempt: current, currentIndex: at } = store.getState();
        const question = current?.questions[at];
        const choice =
          question && question.type !== 'code-entry' ? question.choices[index] : undefined;
        if (!choice) return;
        if (question?.type === 'multiple') void store.getState().toggleChoice(choice.id);
        else void store.getState().answer(choice.id);
      },
    }),
    [store],
  );
  useExamShortcuts(
    shortcuts,
    phase === 'ready' && view === 'question' && !confirming && attempt?.pausedAt == null,
  );

  if (phase === 'error') {
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  }
  if (!attempt || attempt.id !== attemptId) return <p role="status">Opening your exam…</p>;
  const title = `${attempt.certification} ${attempt.mode === 'mock' ? 'mock exam' : 'drill'}`;
  if (phase === 'open-elsewhere') {
    return (
      <div className="exam-room">
        <h1>{title}</h1>
        <OpenElsewhere onTakeOver={() => void store.getState().takeOver()} />
      </div>
    );
  }

  const question = attempt.questions[currentIndex];
  const timed = attempt.deadlineAt !== null;
  const paused = attempt.pausedAt !== null;
  const total = attempt.questions.length;
  const unanswered = attempt.questions.filter((q) => !isAnswered(responses[q.id]?.answer)).length;
  const flagged = attempt.questions.filter((q) => responses[q.id]?.flagged).length;
  const response = question ? responses[question.id] : undefined;
  const draft = question ? unsaved[question.id] : undefined;
  const saveState =
    phase === 'taken-over'
      ? 'Not saving in this tab'
      : state.saveFailure
        ? 'Not saved'
        : state.pendingWrites > 0
          ? 'Saving…'
          : 'All answers saved';
  const actions = store.getState();
  const goTo = (index: number) => {
    headingFocus.current = true;
    void actions.goTo(index);
  };

  return (
    <div className="exam-room">
      {phase === 'taken-over' && <TakenOver onTakeOver={() => void actions.takeOver()} />}
      {state.saveFailure && (
        <SaveFailureAlert failure={state.saveFailure} onRetry={() => actions.retrySaving()} />
      )}
      {/* Every control is switched off unless this tab may write. */}
      <fieldset className="exam-controls" disabled={phase !== 'ready'}>
        <header className="exam-bar">
          <h1>{title}</h1>
          <span className="save-state">{saveState}</span>
          {timed && (
            <ExamClock remainingMs={remaining} warningsBeforeEndMs={attempt.warningsBeforeEndMs} />
          )}
          <div className="exam-bar-actions">
            {attempt.conditions === 'practice' && (
              <button
                type="button"
                onClick={() => void (paused ? actions.resume() : actions.pause())}
              >
                {paused ? 'Resume' : 'Pause'}
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                headingFocus.current = true;
                actions.openReview();
              }}
            >
              Review answers
            </button>
            <button type="button" className="primary" onClick={() => setConfirming(true)}>
              Submit exam
            </button>
          </div>
        </header>
        {timed && (
          <TimeWarning remainingMs={remaining} warningsBeforeEndMs={attempt.warningsBeforeEndMs} />
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {paused ? (
          <section className="paused card" aria-labelledby="paused-heading">
            <h2 id="paused-heading">Paused</h2>
            <p>The clock is stopped and the questions are hidden until you resume.</p>
          </section>
        ) : view === 'review' ? (
          <ReviewScreen
            questions={attempt.questions}
            responses={responses}
            filter={reviewFilter}
            onFilter={(filter) => actions.setReviewFilter(filter)}
            onGoTo={goTo}
            onBack={() => {
              headingFocus.current = true;
              actions.closeReview();
            }}
          />
        ) : (
          question && (
            <div className="exam-layout">
              <div className="exam-main">
                <QuestionView
                  question={question}
                  number={currentIndex + 1}
                  total={total}
                  response={response}
                  draft={draft}
                  saveStuck={state.saveFailure !== null}
                  seriesPosition={seriesPositionOf(attempt.questions, currentIndex)}
                  onAnswer={(answer) => void actions.answer(answer)}
                  onToggleChoice={(choiceId) => void actions.toggleChoice(choiceId)}
                  onToggleStrike={(choiceId) => void actions.toggleStrike(choiceId)}
                />
                {attempt.feedback === 'after-each' && (
                  <TutorFeedback
                    question={question}
                    answer={response?.answer ?? null}
                    checked={Boolean(response?.checked)}
                    onCheck={() => void actions.checkAnswer()}
                  />
                )}
                <div className="question-actions">
                  <button
                    type="button"
                    onClick={() => goTo(currentIndex - 1)}
                    disabled={currentIndex === 0}
                  >
                    Previous
                  </button>
                  <button
                    type="button"
                    aria-pressed={Boolean(response?.flagged)}
                    className={response?.flagged ? 'flag on' : 'flag'}
                    onClick={() => void actions.toggleFlag()}
                  >
                    Flag for review
                  </button>
                  <button
                    type="button"
                    onClick={() => goTo(currentIndex + 1)}
                    disabled={currentIndex === total - 1}
                  >
                    Next
                  </button>
                </div>
              </div>
              <aside className="exam-side">
                <QuestionNavigator
                  questions={attempt.questions}
                  responses={responses}
                  currentIndex={currentIndex}
                  onGoTo={goTo}
                />
                <ul className="nav-legend muted small" aria-hidden="true">
                  <li>
                    <span className="swatch answered" />
                    Answered
                  </li>
                  <li>
                    <span className="swatch" />
                    Unanswered
                  </li>
                  <li>
                    <span className="swatch flagged" />
                    Flagged
                  </li>
                </ul>
                <p className="muted small">
                  {total - unanswered} of {total} answered · {flagged} flagged
                </p>
              </aside>
            </div>
          )
        )}
      </fieldset>
      {confirming && phase === 'ready' && (
        <SubmitDialog
          unanswered={unanswered}
          flagged={flagged}
          onCancel={() => setConfirming(false)}
          onSubmit={() => {
            setConfirming(false);
            void actions.submit('submitted');
          }}
        />
      )}
    </div>
  );
}
