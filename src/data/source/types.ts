/** A run of text with one emphasis; link markup is already reduced to its text. */
export interface Span {
  text: string;
  bold?: true;
  italic?: true;
}

export type SectionId = 'introduction' | 'section-1' | 'section-2' | 'section-3' | 'section-4';

export interface Paragraph {
  /** 1-based across the whole document: the `passage=<n>` of a source-reader link. */
  number: number;
  sectionId: SectionId;
  /** `blockquote` when the paragraph is wholly a quotation from another work. */
  kind: 'prose' | 'blockquote';
  spans: Span[];
  /** Markup stripped, white space folded: the text quotes are matched against. */
  text: string;
}

export interface Section {
  id: SectionId;
  /** 0 for the introduction, which has no heading of its own in the text. */
  number: number;
  title: string;
  paragraphs: Paragraph[];
}

export interface SourceDocument {
  title: string;
  sections: Section[];
  /** Every paragraph of every section, in reading order. */
  paragraphs: Paragraph[];
}

/** Where a quote sits: `start`/`end` are offsets into `paragraph.text`. */
export interface QuoteLocation {
  paragraph: Paragraph;
  start: number;
  end: number;
}
