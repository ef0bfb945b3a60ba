import { hrefFor, NO_HASH, type UrlHash, type UrlState } from '../../state/url';

/**
 * The link to the full app showing what the frame shows, relative to the page: the same state
 * without `embed`. The presenter's layout belongs to the window its button opened, not to a tab
 * a reader opens, so that hash stays behind; a shared tour or the editor go along.
 */
export function fullAppHref(state: UrlState): string {
  const hash: UrlHash = state.hash.kind === 'presenter' ? NO_HASH : state.hash;
  return hrefFor({ ...state, embed: false, hash });
}

/**
 * The absolute address a course page frames: the state shown now, with `embed=1`. Of the hash
 * only a shared tour goes along (it is the tour itself); the editor and the presenter's layout
 * are the teacher's own, not the class's.
 */
export function embedAddress(state: UrlState, page: string): string {
  const hash: UrlHash = state.hash.kind === 'shared-tour' ? state.hash : NO_HASH;
  return new URL(hrefFor({ ...state, embed: true, hash }), page).href;
}
