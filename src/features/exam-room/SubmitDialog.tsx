import { Dialog } from '../../components/Dialog';

interface SubmitDialogProps {
  unanswered: number;
  flagged: number;
  onSubmit: () => void;
  onCancel: () => void;
}

export function SubmitDialog({ unanswered, flagged, onSubmit, onCancel }: SubmitDialogProps) {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <Dialog title="Submit exam?" onClose={onCancel}>
      <p>
        You have {plural(unanswered, 'unanswered question')} and{' '}
        {plural(flagged, 'flagged question')}. Unanswered questions count as wrong. Once submitted,
        answers cannot be changed.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Keep working
        </button>
        <button type="button" className="primary" onClick={onSubmit}>
          Submit now
        </button>
      </div>
    </Dialog>
  );
}
