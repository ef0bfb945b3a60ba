/** Where in a work a quotation stands, as CSL takes it: the volume belongs to the item, the page to the cite. */
export interface PageLocator {
  volume?: string;
  /** Bare page numbers ("39", "136-7", "182f"): the style writes them in its own way. */
  page?: string;
}

/** "p. 39" → page 39; "vol. 27, pp. 136-7" → volume 27, pages 136-7; absent → nothing. */
export function pageLocator(pages: string | undefined): PageLocator {
  if (pages === undefined) return {};
  const match = /^(?:vol\.\s*(\w+),\s*)?(?:pp?\.\s*)?(.*)$/i.exec(pages.trim());
  const [, volume, page] = match ?? [];
  const out: PageLocator = {};
  if (volume) out.volume = volume;
  if (page) out.page = page;
  return out;
}
