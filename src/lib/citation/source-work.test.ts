import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../data/source/front-matter';
import { FAQ_SECTION_TITLES } from './source-work';

describe('FAQ_SECTION_TITLES', () => {
  it('are the section titles of the source text’s table of contents', () => {
    const raw = readFileSync('data/source/bolshevik-oppositions.txt', 'utf8');
    const { contents } = readFrontMatter(raw.split(/\r?\n/));
    expect(contents.map((entry) => entry.replace(/^\d+ /, ''))).toEqual(Object.values(FAQ_SECTION_TITLES));
  });
});
