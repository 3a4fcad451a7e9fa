import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../src/app/UpdatePrompt';
import type { ApplyUpdate } from '../../src/lib/service-worker';

/** A stand-in for the service worker registration that lets the test say "an update is ready". */
function fakeRegistration() {
  let announce: ((apply: ApplyUpdate) => void) | null = null;
  const apply = vi.fn<ApplyUpdate>(() => Promise.resolve());
  return {
    register: (onUpdateReady: (apply: ApplyUpdate) => void) => {
      announce = onUpdateReady;
    },
    apply,
    updateReady: () => act(() => announce?.(apply)),
  };
}

describe('app update', () => {
  it('is offered once downloaded and applied only when the user asks', async () => {
    const sw = fakeRegistration();
    render(<UpdatePrompt inExam={false} register={sw.register} />);
    expect(screen.queryByRole('button', { name: 'Update now' })).toBeNull();
    sw.updateReady();
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of Coding Exam Simulator is ready.',
    );
    expect(sw.apply).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
    expect(sw.apply).toHaveBeenCalledTimes(1);
  });

  it('is never offered during an exam, and is offered once the exam is over', () => {
    const sw = fakeRegistration();
    const { rerender } = render(<UpdatePrompt inExam register={sw.register} />);
    sw.updateReady();
    expect(screen.queryByRole('button', { name: 'Update now' })).toBeNull();
    rerender(<UpdatePrompt inExam={false} register={sw.register} />);
    expect(screen.getByRole('button', { name: 'Update now' })).toBeInTheDocument();
    expect(sw.apply).not.toHaveBeenCalled();
  });

  it('can be put off until the next visit', async () => {
    const sw = fakeRegistration();
    render(<UpdatePrompt inExam={false} register={sw.register} />);
    sw.updateReady();
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(sw.apply).not.toHaveBeenCalled();
  });
});
