import { describe, expect, it } from 'vitest';
import { findAllQuotes } from './find-quote';
import { parseSource } from './parse-source';
import { paragraphWith, realSource } from './test-helpers';

const doc = parseSource(realSource());

describe('parseSource on the real text', () => {
  it('finds the title and the five sections with their paragraph counts', () => {
    expect(doc.title).toBe('Were any of the Bolshevik oppositions a real alternative?');
    expect(doc.sections.map((s) => [s.id, s.title, s.paragraphs.length])).toEqual([
      ['introduction', 'Introduction', 10],
      ['section-1', 'Were the "Left Communists" of 1918 an alternative?', 23],
      ['section-2', `What were the limitations of the "Workers' Opposition" of 1920?`, 22],
      ['section-3', `What about Trotsky's "Left Opposition" in the 1920s?`, 64],
      ['section-4', 'What do these oppositions tell us about the essence of Leninism?', 29],
    ]);
    expect(doc.paragraphs).toHaveLength(148);
    expect(doc.paragraphs.map((p) => p.number)).toEqual(doc.paragraphs.map((_, i) => i + 1));
  });

  it('leaves the front matter out', () => {
    expect(doc.paragraphs[0]?.text).toMatch(/^As well as the obvious failure of the Russian Revolution/);
    expect(doc.paragraphs.some((p) => /An Anarchist FAQ|Contents|\t/.test(p.text))).toBe(false);
  });

  // Each case is a page break of the printed original: [line of the cut, words across it].
  it.each([
    [55, 'in the final analysis, to the party." [Op. Cit., p. 136] Thus their politics'],
    [91, 'this grouping is better known than other early oppositions'],
    [103, 'qualified by experience and ability in place of those'],
    [113, 'a term that lends itself to misinterpretations'],
    [135, 'A similar process was at work in the trade unions'],
    [159, 'it is the question of the dictatorship of the Party.'],
    [173, 'in language almost identical with the Tenth Congress resolution'],
    [187, 'dictatorship of a party does not contradict the dictatorship of the class'],
    [199, 'and consequently neither does capitalism exist.'],
    [209, 'since the Opposition itself belonged to the ruling bureaucracy'],
    [221, 'at "the end of 1928, Trotsky wrote to [the Opposition] from his exile'],
    [231, 'and as a demonstration of the superiority of the socialist system'],
    [241, 'not only does the programme of the "Left Opposition" offer no real alternative'],
    [255, 'Wherever a clash occurred the claims of Soviet foreign policy prevailed'],
    [266, 'What is important is to point out how by 1923'],
    [276, 'binding for the lower." Moreover,'],
    [284, '[quoted by Daniels, The Conscience of the Revolution, p. 318]'],
    [311, 'bureaucratic organisation of production, enunciated by Lenin'],
    [321, 'in prisons and at hard labour, with a total of seventy-five days'],
    [333, 'constituted themselves as its "Provisional Central Organisational Bureau"'],
    [345, 'The group won support within the Red Army garrison'],
    [355, 'The ruling elite, including Trotsky,'],
    [365, 'Yet discussing the various Bolshevik oppositions'],
  ])('joins the page break before line %i: "%s"', (_line, words) => {
    expect(findAllQuotes(doc, words)).toHaveLength(1);
  });

  it('makes whole paragraphs: none ends open or starts in lower case outside a quotation', () => {
    const open = doc.paragraphs.filter((p) => !/[.?!:\])]["']*$/.test(p.text));
    const lower = doc.paragraphs.filter((p) => /^\p{Ll}/u.test(p.text));
    expect(open.map((p) => p.number)).toEqual([]);
    expect(lower.map((p) => p.number)).toEqual([]);
  });

  it('keeps apart paragraphs that only look like page breaks', () => {
    const learn = paragraphWith(doc, 'he wished his followers to learn:');
    expect(learn.text).toMatch(/learn:$/);
    expect(doc.paragraphs[learn.number]?.text).toMatch(/^"the dictatorship of the proletariat cannot/);
    expect(paragraphWith(doc, 'Zinoviev, History of the Bolshevik Party').text).toMatch(/p\. 214\)$/);
    expect(paragraphWith(doc, "Workers' Opposition. [Robert V. Daniels").text).toMatch(/p\. 229\]$/);
    expect(paragraphWith(doc, 'In the criticism of the Lenin').text).toMatch(/introduced\]\. \. \.$/);
  });

  it('marks the block quotations, including each paragraph of a quotation over several', () => {
    const blockquotes = doc.paragraphs.filter((p) => p.kind === 'blockquote');
    expect(blockquotes).toHaveLength(28);
    expect(paragraphWith(doc, 'The Central Committee finds that the [local]').kind).toBe('blockquote');
    expect(paragraphWith(doc, 'To break the jaws of international bourgeoisie').kind).toBe('blockquote');
    expect(paragraphWith(doc, 'notes Richard Sakwa').kind).toBe('prose');
    expect(blockquotes.every((p) => p.text.startsWith('"'))).toBe(true);
  });

  it('keeps the emphasis, nested and in citations, and spells the plain text with its spans', () => {
    for (const p of doc.paragraphs) expect(p.spans.map((s) => s.text).join('')).toBe(p.text);
    const schapiro = paragraphWith(doc, 'The arguments of Kollontai were');
    expect(schapiro.spans).toContainEqual({
      text: 'The Origin of the Communist Autocracy',
      bold: true,
      italic: true,
    });
    expect(paragraphWith(doc, '[Daniels, Op. Cit., p. 161').spans).toContainEqual({
      text: 'Op. Cit.',
      bold: true,
    });
    expect(doc.paragraphs[11]?.spans).toContainEqual({ text: 'one-man management', italic: true });
  });

  it('reduces cross-reference links to plain text', () => {
    expect(doc.paragraphs[0]?.text).toContain('(see section H.6)');
    expect(doc.paragraphs.some((p) => p.text.includes('](#)') || p.text.includes('*'))).toBe(false);
  });
});
