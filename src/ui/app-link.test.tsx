// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppLink } from './app-link';

afterEach(cleanup);

function renderLink(onNavigate?: () => void) {
  render(
    <AppLink href="?view=list&event=tenth-congress" onNavigate={onNavigate}>
      Tenth Party Congress
    </AppLink>,
  );
  return screen.getByRole('link', { name: 'Tenth Party Congress' });
}

describe('AppLink', () => {
  it('keeps its real address, so it can be opened elsewhere or copied', () => {
    expect(renderLink(() => undefined).getAttribute('href')).toBe('?view=list&event=tenth-congress');
  });

  it('routes a plain click in the app instead of loading the page', () => {
    const onNavigate = vi.fn();
    const link = renderLink(onNavigate);
    const followed = fireEvent.click(link);
    expect(onNavigate).toHaveBeenCalledTimes(1);
    expect(followed).toBe(false);
  });

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['Cmd', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['Alt', { altKey: true }],
    ['the middle button', { button: 1 }],
  ])('leaves a click with %s to the browser', (_, modifier) => {
    const onNavigate = vi.fn();
    const link = renderLink(onNavigate);
    const followed = fireEvent.click(link, modifier);
    expect(onNavigate).not.toHaveBeenCalled();
    expect(followed).toBe(true);
  });

  it('is an ordinary link when there is nowhere in the app to route to', () => {
    expect(fireEvent.click(renderLink())).toBe(true);
  });
});
