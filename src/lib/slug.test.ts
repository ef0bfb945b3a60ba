import { describe, expect, it } from 'vitest';
import { slug } from './slug';

describe('slug', () => {
  it('joins lower-case words with single hyphens and folds accents', () => {
    expect(slug('Kronstadt, 1921!')).toBe('kronstadt-1921');
    expect(slug('  Šljapnikov & the Workers’ Opposition  ')).toBe('sljapnikov-the-workers-opposition');
  });

  it('turns path and shell characters into separators and drops them at the ends', () => {
    expect(slug('../etc/passwd')).toBe('etc-passwd');
    expect(slug('.hidden file')).toBe('hidden-file');
  });

  it('is empty when nothing Latin is left', () => {
    expect(slug('Рабочая оппозиция')).toBe('');
    expect(slug('—')).toBe('');
  });

  it('cuts to a length without leaving a hyphen at the end', () => {
    expect(slug('the left opposition', 9)).toBe('the-left');
  });

  it('never leaves a hyphen doubled or at either end, whatever it was given', () => {
    for (const text of ['Élan vital', 'A -- B', '-x-', 'ab '.repeat(20)]) {
      expect(slug(text, 40)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});
