// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from './offline-support';

afterEach(cleanup);

describe('UpdateNotice', () => {
  it('is an empty status region while the app is current', () => {
    render(<UpdateNotice offer="none" onReload={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says a new version is available, and its Reload button asks for it', () => {
    const onReload = vi.fn();
    render(<UpdateNotice offer="ready" onReload={onReload} />);
    expect(screen.getByRole('status').textContent).toContain('A new version is available.');
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('shows the reload under way with the button disabled', () => {
    render(<UpdateNotice offer="reloading" onReload={vi.fn()} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Reloading…' }).disabled).toBe(true);
  });
});
