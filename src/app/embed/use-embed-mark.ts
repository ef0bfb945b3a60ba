import { useEffect } from 'react';

/**
 * Marks the page as framed (`data-embed` on the root element) for embed.css, which compacts what
 * views draw outside app/ (the filter bar, the timeline's controls) without their knowing of it.
 */
export function useEmbedMark(embedded: boolean): void {
  useEffect(() => {
    const root = document.documentElement;
    if (embedded) root.dataset.embed = '';
    else delete root.dataset.embed;
    return () => {
      delete root.dataset.embed;
    };
  }, [embedded]);
}
