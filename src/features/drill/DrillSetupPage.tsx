import { useId, useState } from 'react';
import { bankLabel, type BankSummary } from '../../domain/bank-summary';
import { CERTIFICATIONS, type Certification } from '../../domain/certification';
import type { DrillFeedback, DrillSettings } from '../../domain/drill';
import { EXAM_SPECS } from '../../domain/exam-spec';

interface DrillSetupPageProps {
  certification: Certification;
  banksFor: (certification: Certification) => BankSummary[];
  onCertification: (certification: Certification) => void;
  begin: (bank: BankSummary, settings: DrillSettings) => Promise<void>;
  /** How many questions of this certification were missed and not answered right since. */
  stillMissed?: number | undefined;
  drillMissed?: () => Promise<void>;
}

/** Choose the domains, how many questions, a clock or not, and when to see the answers. */
export function DrillSetupPage(props: DrillSetupPageProps) {
  const { certification, banksFor, onCertification, begin, stillMissed = 0, drillMissed } = props;
  const spec = EXAM_SPECS[certification];
  const banks = banksFor(certification);
  const largest = [...banks].sort((a, b) => b.questionCount - a.questionCount)[0];
  const [bankId, setBankId] = useState<string | null>(null);
  const bank = banks.find((b) => b.id === bankId) ?? largest;
  const [chosen, setChosen] = useState<string[]>([]);
  const [count, setCount] = useState(10);
  const [timed, setTimed] = useState(false);
  const [feedback, setFeedback] = useState<DrillFeedback>('after-each');
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const certId = useId();
  const countId = useId();
  const bankSelectId = useId();

  const holds = (domainId: string) => bank?.domainCounts[domainId] ?? 0;
  const available = chosen.reduce((sum, id) => sum + holds(id), 0);
  const shortfall = chosen.length > 0 && count > available;
  const minutes = Math.round((count * spec.paceSecondsPerQuestion) / 60);

  async function onStart() {
    if (!bank) return;
    if (chosen.length === 0) {
      setError('Choose at least one domain.');
      return;
    }
    if (shortfall || count < 1) return;
    setStarting(true);
    setError(null);
    try {
      await begin(bank, { domainIds: chosen, count, timed, feedback });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStarting(false);
    }
  }

  return (
    <>
      <h1>Drill</h1>
      {stillMissed > 0 && drillMissed && (
        <section className="card missed-drill" aria-labelledby="missed-heading">
          <h2 id="missed-heading">Questions you have missed</h2>
          <p>
            {stillMissed} {certification} {stillMissed === 1 ? 'question' : 'questions'} missed and
            not answered right since.
          </p>
          <button type="button" onClick={() => void drillMissed()}>
            Drill every missed question ({stillMissed})
          </button>
        </section>
      )}
      <div className="card drill-setup">
        <p>
          <label htmlFor={certId}>Certification</label>{' '}
          <select
            id={certId}
            value={certification}
            onChange={(e) => onCertification(e.target.value as Certification)}
          >
            {CERTIFICATIONS.map((c) => (
              <option key={c} value={c}>
                {c} — {EXAM_SPECS[c].name}
              </option>
            ))}
          </select>
        </p>
        {!bank ? (
          <p className="notice">No question bank for {certification} yet.</p>
        ) : (
          <>
            {banks.length > 1 && (
              <p>
                <label htmlFor={bankSelectId}>Question bank</label>{' '}
                <select
                  id={bankSelectId}
                  value={bank.id}
                  onChange={(e) => setBankId(e.target.value)}
                >
                  {banks.map((b) => (
                    <option key={b.id} value={b.id}>
                      {bankLabel(b)}
                    </option>
                  ))}
                </select>
              </p>
            )}
            <fieldset>
              <legend>Domains</legend>
              <ul className="domain-choices">
                {spec.blueprint.map((domain) => (
                  <li key={domain.domainId}>
                    <label>
                      <input
                        type="checkbox"
                        checked={chosen.includes(domain.domainId)}
                        onChange={(e) =>
                          setChosen((list) =>
                            e.target.checked
                              ? [...list, domain.domainId]
                              : list.filter((id) => id !== domain.domainId),
                          )
                        }
                        aria-describedby={`holds-${domain.domainId}`}
                      />
                      {domain.name}
                    </label>{' '}
                    <span id={`holds-${domain.domainId}`} className="muted small">
                      {holds(domain.domainId)} questions
                    </span>
                  </li>
                ))}
              </ul>
            </fieldset>
            <p>
              <label htmlFor={countId}>Number of questions</label>{' '}
              <input
                id={countId}
                type="number"
                min={1}
                max={500}
                value={count}
                onChange={(e) => setCount(Math.max(0, Math.floor(Number(e.target.value) || 0)))}
              />
            </p>
            <p>
              <label>
                <input
                  type="checkbox"
                  checked={timed}
                  onChange={(e) => setTimed(e.target.checked)}
                />{' '}
                Timed
              </label>{' '}
              <span className="muted small">
                at the {certification} pace: about {minutes} minutes for {count} questions
              </span>
            </p>
            <fieldset>
              <legend>Answers</legend>
              <label>
                <input
                  type="radio"
                  name="feedback"
                  checked={feedback === 'after-each'}
                  onChange={() => setFeedback('after-each')}
                />{' '}
                Show answer after each question
              </label>
              <label>
                <input
                  type="radio"
                  name="feedback"
                  checked={feedback === 'at-end'}
                  onChange={() => setFeedback('at-end')}
                />{' '}
                Show answers at the end
              </label>
            </fieldset>
            {shortfall && (
              <p role="alert" className="error">
                The chosen domains hold {available} questions; you asked for {count}. Choose fewer
                questions or more domains.
              </p>
            )}
            {error && (
              <p role="alert" className="error">
                {error}
              </p>
            )}
            <button
              type="button"
              className="primary"
              disabled={starting}
              onClick={() => void onStart()}
            >
              Start drill
            </button>
          </>
        )}
      </div>
    </>
  );
}
