export { createSearchIndex, type EventSearch, type SearchResult } from './search-index';
export { highlightParts, type HighlightPart } from './highlight';
export { foldTerm } from './fold';
