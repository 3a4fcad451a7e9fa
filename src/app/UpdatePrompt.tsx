import { useEffect, useState } from 'react';
import {
  registerServiceWorker,
  type ApplyUpdate,
  type RegisterServiceWorker,
} from '../lib/service-worker';

interface UpdatePromptProps {
  /** An exam is on screen: an update would reload it, so it is not offered until it ends. */
  inExam: boolean;
  register?: RegisterServiceWorker;
}

/** Offers a new version of the app once it is downloaded; the user decides when. */
export function UpdatePrompt({ inExam, register = registerServiceWorker }: UpdatePromptProps) {
  const [apply, setApply] = useState<ApplyUpdate | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => register((next) => setApply(() => next)), [register]);
  if (!apply || dismissed || inExam) return null;
  return (
    <div className="update-prompt" role="status">
      <p>A new version of Coding Exam Simulator is ready.</p>
      <button type="button" className="primary" onClick={() => void apply()}>
        Update now
      </button>
      <button type="button" onClick={() => setDismissed(true)}>
        Later
      </button>
    </div>
  );
}
