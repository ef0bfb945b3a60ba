/**
 * A static host's headers file (`_headers`, as Netlify and Cloudflare Pages read it): a path
 * pattern on a line of its own, then its headers indented beneath it, `Name: value`. `*` in a
 * pattern matches any characters; `#` starts a comment. Every rule whose pattern matches a path
 * applies, in the file's order; a header two rules set is joined with ", " (Cloudflare Pages'
 * rule), which deploy/'s files avoid.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0)
      throw new Error(`line ${index + 1}: "${line.trim()}" is not a header under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a path (from the site's root, e.g. "/assets/index-abc.js") is sent with. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}

/** The Content-Security-Policy with its frame-ancestors directive set to `sources`. */
export function withFrameAncestors(policy: string, sources: string): string {
  const others = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !directive.startsWith('frame-ancestors'));
  return [...others, `frame-ancestors ${sources}`].join('; ');
}
