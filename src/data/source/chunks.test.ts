import { describe, expect, it } from 'vitest';
import { joinPageBreaks, joinReasons, splitChunks } from './chunks';

const paragraphs = (text: string): string[] =>
  joinPageBreaks(splitChunks(text.split('\n'))).map((c) => c.text);

describe('splitChunks', () => {
  it('splits on blank lines and records the line each block starts on', () => {
    expect(splitChunks(['a', 'b', '', '  ', 'c'], 10)).toEqual([
      { line: 10, text: 'a\nb' },
      { line: 14, text: 'c' },
    ]);
  });
});

describe('joinPageBreaks', () => {
  it('joins a sentence cut by a page break', () => {
    expect(paragraphs('Led by Kollontai, this grouping is\n\nbetter known than others.')).toEqual([
      'Led by Kollontai, this grouping is better known than others.',
    ]);
  });

  it('joins a sentence cut after a comma even when the next page starts with a capital', () => {
    expect(
      paragraphs('Nor did it help that at "*the end of 1928,*\n\nTrotsky wrote to them." [Op. Cit., p. 252]'),
    ).toEqual(['Nor did it help that at "*the end of 1928,* Trotsky wrote to them." [Op. Cit., p. 252]']);
  });

  it('joins a citation cut in two', () => {
    expect(
      paragraphs('"*to the party.*" [**Op.**\n\nCit., p. 136] Thus their politics were authoritarian.'),
    ).toEqual(['"*to the party.*" [**Op.** Cit., p. 136] Thus their politics were authoritarian.']);
  });

  it('joins an italic run left open across a break', () => {
    expect(paragraphs('He said "*It was over.\n\nNothing was left.*" [Op. Cit., p. 3]')).toEqual([
      'He said "*It was over. Nothing was left.*" [Op. Cit., p. 3]',
    ]);
  });

  it('joins a bold run left open across a break', () => {
    expect(paragraphs('See **The Conscience.\n\nOf the Revolution.** It is long.')).toEqual([
      'See **The Conscience. Of the Revolution.** It is long.',
    ]);
  });

  it('joins a quotation whose closing mark is on the next page', () => {
    expect(paragraphs('As Serge saw: "They were right.\n\nWe were wrong." [Memoirs, p. 225]')).toEqual([
      'As Serge saw: "They were right. We were wrong." [Memoirs, p. 225]',
    ]);
  });

  it('keeps the paragraph that introduces a block quotation apart from it', () => {
    expect(
      paragraphs(
        'He wished his followers to learn:\n\n"the dictatorship cannot be exercised." [Lenin, p. 21]',
      ),
    ).toEqual([
      'He wished his followers to learn:',
      '"the dictatorship cannot be exercised." [Lenin, p. 21]',
    ]);
  });

  it('keeps the paragraphs of a quotation that runs over several apart', () => {
    expect(
      paragraphs('"In the criticism of Lenin . . .\n\n"Having put as its basis . . ." [Enigma, p. 277]'),
    ).toHaveLength(2);
  });

  it('keeps a paragraph ending in a parenthesised citation apart from the next', () => {
    expect(
      paragraphs('the party." ("To the Workers", p. 213)\n\nUnsurprisingly, this was raised.'),
    ).toHaveLength(2);
  });

  it('does not let a quotation the author left open swallow the next paragraph', () => {
    expect(
      paragraphs('It "brought into play its power. [Daniels, p. 229]\n\nThe party had "changed" a lot.'),
    ).toHaveLength(2);
  });

  it('does not let one stray emphasis marker glue the rest of the text to it', () => {
    expect(paragraphs('A *stray marker.\n\nNext paragraph.\n\nAnd another.')).toHaveLength(3);
  });

  it('folds several breaks into one paragraph and records each join', () => {
    const [joined] = joinPageBreaks(splitChunks('a cut\n\nsentence cut\n\nagain.'.split('\n')));
    expect(joined?.text).toBe('a cut sentence cut again.');
    expect(joined?.joins.map((j) => j.line)).toEqual([3, 5]);
  });
});

describe('joinReasons', () => {
  it('names every rule that fires', () => {
    expect(joinReasons('within the', 'red Army.')).toEqual(['open-sentence', 'lowercase-start']);
    expect(joinReasons('[**Op.**', 'Cit., p. 136]')).toContain('open-bracket');
    expect(joinReasons('See **The Conscience.', 'Of it.** Yes.')).toEqual(['open-emphasis']);
    expect(joinReasons('He said *It was over.', 'Later.* [p. 3]')).toEqual(['open-emphasis']);
    expect(joinReasons('Serge: "They were right.', 'We were wrong." [p. 2]')).toEqual(['open-quotation']);
    expect(joinReasons('Done.', 'Next.')).toEqual([]);
  });
});
