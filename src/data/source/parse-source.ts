import { joinPageBreaks, splitChunks, type Chunk } from './chunks';
import { paragraphKinds } from './blockquote';
import { parseSpans } from './emphasis';
import { readFrontMatter } from './front-matter';
import { foldWhitespace, normaliseText } from './normalise';
import type { Paragraph, Section, SectionId, SourceDocument } from './types';

const SECTION_IDS: readonly SectionId[] = [
  'introduction',
  'section-1',
  'section-2',
  'section-3',
  'section-4',
];
const HEADING = /^(\d+) (\S.*)$/;

interface RawSection {
  id: SectionId;
  number: number;
  title: string;
  chunks: Chunk[];
}

/**
 * A heading is a one-line block "N Title", numbered next in order; when the front matter has a
 * contents table, the title must also be one it lists, so a paragraph that happens to open
 * with a number is never taken for a heading.
 */
function headingOf(chunk: Chunk, expected: number, contents: readonly string[]): string | null {
  if (chunk.text.includes('\n')) return null;
  const text = foldWhitespace(chunk.text);
  const match = HEADING.exec(text);
  if (match?.[2] === undefined || Number(match[1]) !== expected) return null;
  if (contents.length > 0 && !contents.includes(text)) return null;
  return normaliseText(match[2]);
}

function splitSections(chunks: readonly Chunk[], contents: readonly string[]): RawSection[] {
  const sections: RawSection[] = [{ id: 'introduction', number: 0, title: 'Introduction', chunks: [] }];
  for (const chunk of chunks) {
    const current = sections.at(-1);
    if (!current) continue;
    const next = current.number + 1;
    const id = SECTION_IDS[next];
    const title = id ? headingOf(chunk, next, contents) : null;
    if (id && title !== null) sections.push({ id, number: next, title, chunks: [] });
    else current.chunks.push(chunk);
  }
  return sections;
}

/** Reads the raw source text into sections of whole paragraphs. Pure: callers load the file. */
export function parseSource(raw: string): SourceDocument {
  const lines = raw.split(/\r?\n/);
  const { title, contents, bodyStart } = readFrontMatter(lines);
  const chunks = splitChunks(lines.slice(bodyStart), bodyStart + 1);
  const paragraphs: Paragraph[] = [];
  const sections: Section[] = splitSections(chunks, contents).map((s) => {
    const joined = joinPageBreaks(s.chunks);
    const texts = joined.map((c) => normaliseText(c.text));
    const kinds = paragraphKinds(texts);
    const own = joined.map((c, i): Paragraph => ({
      number: paragraphs.length + i + 1,
      sectionId: s.id,
      kind: kinds[i] ?? 'prose',
      spans: parseSpans(c.text),
      text: texts[i] ?? '',
    }));
    paragraphs.push(...own);
    return { id: s.id, number: s.number, title: s.title, paragraphs: own };
  });
  return { title, sections, paragraphs };
}
