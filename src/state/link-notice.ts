/*
 * How a link's problems are told: in one notice, each value cut to a length a reader can take in,
 * a long list summarised. A link can carry anything (a thousand parameters, an id of 100,000
 * characters), and the notice must still fit above the timeline.
 */

/** The longest value a notice quotes whole. */
export const SHOWN_LENGTH = 40;
/** How many problems, or unknown parameters, a notice names before it counts the rest. */
export const LISTED = 3;

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A value from a link or a file as a message quotes it: control characters written as escapes (a
 * newline in an id would break the message's line, and a notice or a list of errors read line by
 * line would lose the rest), "…" after its first characters when it is long.
 */
export function shown(value: string, [open, close]: readonly [string, string] = ['"', '"']): string {
  const visible = value.replace(
    /[\p{Cc}\u2028\u2029]/gu,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const chars = Array.from(visible);
  return `${open}${chars.length > SHOWN_LENGTH ? `${chars.slice(0, SHOWN_LENGTH - 1).join('')}…` : visible}${close}`;
}

/** "a, b, c and 997 more": the first `LISTED` items and a count of the rest. */
export function listSome(items: readonly string[], listed = LISTED): string {
  const named = items.slice(0, listed);
  const rest = items.length - named.length;
  if (rest > 0) return `${named.join(', ')} and ${rest} more`;
  if (named.length <= 1) return named.join('');
  return `${named.slice(0, -1).join(', ')} and ${named.at(-1) ?? ''}`;
}

/**
 * Parameters that analytics and mail tools add to links (Google's `utm_*` and `gclid`, Facebook's
 * `fbclid`, Mailchimp's `mc_cid`…): they say nothing to this app and nothing the reader needs to
 * hear about, so they are dropped without a word.
 */
const TRACKING =
  /^(?:utm_[a-z_]*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|twclid|ttclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|li_fat_id|oly_anon_id|oly_enc_id|vero_id|rb_clickid|s_cid)$/i;

export const isTrackingParameter = (key: string): boolean => TRACKING.test(key);

/** One notice for everything a link lost: null when it lost nothing. */
export function linkNotice(problems: readonly string[]): string | null {
  if (problems.length === 0) return null;
  if (problems.length === 1) return problems[0] ?? null;
  const named = problems.slice(0, LISTED).join(' ');
  const rest = problems.length - LISTED;
  return `Parts of this link could not be used as given. ${named}${rest > 0 ? ` And ${rest} more.` : ''}`;
}
