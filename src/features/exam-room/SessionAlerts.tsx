/** Messages about where and whether the exam is being saved: another tab, a full storage. */
import type { SaveFailure } from './save-failure';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function OpenElsewhere({ onTakeOver }: { onTakeOver: () => void }) {
  return (
    <div role="alert" className="session-alert card">
      <p>
        <strong>This exam is open in another tab or window.</strong>
      </p>
      <p>
        An exam can be worked on in one tab at a time, so that no answer overwrites another. Carry
        on in the other tab, or take the exam over here: the other tab then stops saving.
      </p>
      <button type="button" className="primary" onClick={onTakeOver}>
        Take over here
      </button>
    </div>
  );
}

export function TakenOver({ onTakeOver }: { onTakeOver: () => void }) {
  return (
    <div role="alert" className="session-alert card">
      <p>
        <strong>This exam was taken over by another tab or window.</strong>
      </p>
      <p>
        This tab no longer saves anything, and its controls are switched off. Everything saved
        before is kept. Carry on in the other tab, or take the exam back here.
      </p>
      <button type="button" onClick={onTakeOver}>
        Take over here
      </button>
    </div>
  );
}

export function SaveFailureAlert({
  failure,
  onRetry,
}: {
  failure: SaveFailure;
  onRetry: () => void;
}) {
  return (
    <div role="alert" className="session-alert card error">
      {failure.storageFull ? (
        <>
          <p>
            <strong>Storage is full: {failure.what} was not saved.</strong>
          </p>
          <p>
            Everything saved before is kept. Free up space on this device (delete downloads or files
            you no longer need), then choose Try saving again: the exam carries on from there, and
            the clock keeps running meanwhile. To keep a copy of your attempts, use Export data on
            the History page.
          </p>
        </>
      ) : (
        <>
          <p>
            <strong>{capitalised(failure.what)} could not be saved.</strong>
          </p>
          <p>
            Everything saved before is kept. Choose Try saving again. (The browser said:{' '}
            {failure.detail})
          </p>
        </>
      )}
      <button type="button" onClick={onRetry}>
        Try saving again
      </button>
    </div>
  );
}
