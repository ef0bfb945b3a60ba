import { escapeHtml } from '../../lib/escape-html';

/** Heights a teacher can choose for the frame, in CSS pixels. */
export const EMBED_HEIGHTS = [480, 560, 720] as const;
export type EmbedHeight = (typeof EMBED_HEIGHTS)[number];
/** A course page's usual frame: room for the lanes under the controls, and for the page around it. */
export const DEFAULT_EMBED_HEIGHT: EmbedHeight = 560;

export interface EmbedSnippetParts {
  /** The app's absolute address for the state to show, with `embed=1`. */
  src: string;
  /** The frame's name for screen readers: what the timeline shows. */
  title: string;
  height: EmbedHeight;
}

/**
 * The `<iframe>` a teacher pastes into a course page, built as text: every value is escaped for
 * a double-quoted attribute, so a title or address that came from a link can never become
 * markup in the host's page. `clipboard-write` is the one permission asked for, for the event
 * panel's copy buttons (the citation, the link); nothing else the app does needs one.
 */
export function embedSnippet({ src, title, height }: EmbedSnippetParts): string {
  const url = new URL(src);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`An embed address must be http or https, not ${url.protocol}`);
  }
  const attributes: [string, string][] = [
    ['src', url.href],
    ['title', title],
    ['width', '100%'],
    ['height', String(height)],
    ['loading', 'lazy'],
    ['allow', 'clipboard-write'],
  ];
  return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeHtml(value)}"`).join(' ')}></iframe>`;
}
