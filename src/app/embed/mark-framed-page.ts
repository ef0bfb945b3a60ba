import './embed-frame.css';
import { EMBED_PARAM, readEmbedParam } from '../../state/embed-param';

/**
 * Marks a page opened with `embed=1` (`data-embed` on the root element) before its first paint:
 * embed-frame.css then draws the header prerendered into index.html as the slim row the app
 * renders once it runs, so the frame does not paint the full header and then jump. The mark
 * also lets that CSS compact what views draw outside app/ (the filter bar, the timeline's
 * controls) without their knowing of it. `embed` never changes inside the app, so this is its
 * one writer.
 */
export function markFramedPage(search: string = window.location.search): void {
  if (readEmbedParam(new URLSearchParams(search).get(EMBED_PARAM)) === true) {
    document.documentElement.dataset.embed = '';
  }
}
