import { readFileSync } from 'node:fs';
import type { Hosting } from '../static-server.ts';
import { parseHeadersFile, withFrameAncestors } from './headers-file.ts';

/** The sub-path the end-to-end tests serve the build under as well as the root. */
export const SUB_PATH = '/history/oppositions/';

/** The course site whose page frames the app in the embed spec (fulfilled by page.route). */
export const COURSE_ORIGIN = 'http://course.test';

/**
 * The hosting the end-to-end tests run the app under: the guide's headers file (docs/deploy.md),
 * so every spec exercises it. `embed` (the default of the test server) is deploy/embed/_headers
 * with the course site's origin the tests use in place of the example's; `strict` is
 * deploy/_headers as it stands.
 */
export function e2eHosting(variant: 'strict' | 'embed', repo = '.'): Hosting {
  const file = variant === 'strict' ? 'deploy/_headers' : 'deploy/embed/_headers';
  const rules = parseHeadersFile(readFileSync(`${repo}/${file}`, 'utf8'));
  const headerRules =
    variant === 'strict'
      ? rules
      : rules.map((rule) => ({
          ...rule,
          headers: rule.headers.map(([name, value]): [string, string] => [
            name,
            name.toLowerCase() === 'content-security-policy'
              ? withFrameAncestors(value, `'self' ${COURSE_ORIGIN}`)
              : value,
          ]),
        }));
  return { mounts: [SUB_PATH], headerRules };
}
