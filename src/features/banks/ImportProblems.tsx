import { describeProblem, type BankProblem } from '../../domain/bank-schema';

/** The first problems shown; a broken file can hold thousands, and the first ones say enough. */
export const PROBLEMS_SHOWN = 20;

/** Why a file was refused, each problem with its place, in an alert. */
export function ImportProblems({
  fileName,
  problems,
}: {
  fileName: string;
  problems: readonly BankProblem[];
}) {
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  const more = problems.length - shown.length;
  return (
    <div role="alert" className="error import-problems">
      <p>
        {fileName} could not be imported; nothing was stored.{' '}
        {problems.length === 1 ? '1 problem:' : `${problems.length} problems:`}
      </p>
      <ul>
        {shown.map((problem, index) => (
          <li key={index}>{describeProblem(problem)}</li>
        ))}
      </ul>
      {more > 0 && (
        <p>
          …and {more} more {more === 1 ? 'problem' : 'problems'}. Fix these and import the file
          again to see the rest.
        </p>
      )}
    </div>
  );
}
