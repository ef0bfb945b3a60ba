/**
 * Every character that could start markup or end an attribute, as its entity: text escaped this
 * way reads the same inside an element or a quoted attribute and can never become markup.
 * Shared by vis-timeline's filter (timeline/escape-html-filter.ts) and the TimelineJS export,
 * whose format wants HTML.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(input: string): string {
  return input.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
