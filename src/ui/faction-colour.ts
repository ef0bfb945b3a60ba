import type { Faction } from '../data/schemas';

/**
 * A faction's colour as one CSS value for both themes: light-dark() picks its dark-theme colour
 * (lighter, to stand out on a dark page) wherever the page is dark, following the theme switch
 * without a re-render. Text written on it is `var(--on-faction)` (app/styles.css).
 */
export const factionColour = ({ colour, colourDark }: Pick<Faction, 'colour' | 'colourDark'>): string =>
  `light-dark(${colour}, ${colourDark})`;
