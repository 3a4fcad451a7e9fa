import { useEffect } from 'react';

export interface ExamShortcuts {
  next: () => void;
  previous: () => void;
  toggleFlag: () => void;
  choose: (index: number) => void;
}

const CHOICE_KEYS = ['a', 'b', 'c', 'd'];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  ) {
    return true;
  }
  return (
    target instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(target.type)
  );
}

/** N next, P previous, F flag, A–D or 1–4 choose; never while typing or with a modifier key. */
export function useExamShortcuts(shortcuts: ExamShortcuts, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTyping(event.target))
        return;
      const key = event.key.toLowerCase();
      const choiceIndex = /^[1-4]$/.test(key) ? Number(key) - 1 : CHOICE_KEYS.indexOf(key);
      if (key === 'n') shortcuts.next();
      else if (key === 'p') shortcuts.previous();
      else if (key === 'f') shortcuts.toggleFlag();
      else if (choiceIndex >= 0) shortcuts.choose(choiceIndex);
      else return;
      event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shortcuts, enabled]);
}
