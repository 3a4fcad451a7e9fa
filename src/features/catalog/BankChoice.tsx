import { bankLabel, type BankSummary } from '../../domain/bank-summary';

interface BankChoiceProps {
  banks: BankSummary[];
  chosenId: string;
  onChoose: (id: string) => void;
}

/** Radio buttons to pick which of several banks that can fill the exam it draws from. */
export function BankChoice({ banks, chosenId, onChoose }: BankChoiceProps) {
  return (
    <fieldset className="bank-choice">
      <legend>Question bank</legend>
      {banks.map((bank) => (
        <label key={`${bank.origin}-${bank.id}`}>
          <input
            type="radio"
            name="mock-bank"
            value={bank.id}
            checked={bank.id === chosenId}
            onChange={() => onChoose(bank.id)}
          />{' '}
          {bankLabel(bank)} — {bank.questionCount} questions
        </label>
      ))}
    </fieldset>
  );
}
