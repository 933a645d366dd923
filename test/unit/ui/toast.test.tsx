// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toast } from '../../../extension/features/feedback/Toast';

afterEach(cleanup);

describe('the status line', () => {
  it('is a polite status region even when empty, so later messages are announced', () => {
    render(<Toast message={null} onClose={() => undefined} />);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
  });
  it('lets the user close an error, and shows no close button on a plain message', () => {
    const onClose = vi.fn();
    const { rerender } = render(
      <Toast message={{ text: 'Opslaan lukte niet', kind: 'error', seq: 1 }} onClose={onClose} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(onClose).toHaveBeenCalledOnce();
    rerender(<Toast message={{ text: 'Gekopieerd', kind: 'info', seq: 2 }} onClose={onClose} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Gekopieerd');
  });
});
