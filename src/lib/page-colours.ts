/**
 * The page colours of src/app/styles.css (`--bg` and `--surface`, light and dark), which faction
 * colours are checked against: a bar or a dot must stand out from the page in either theme. A
 * test (src/data/page-colours.test.ts) fails when the stylesheet and these part ways.
 */
export const PAGE_COLOURS = {
  light: { bg: '#f7f4ee', surface: '#ffffff' },
  dark: { bg: '#141311', surface: '#1e1c19' },
} as const;

export type Theme = keyof typeof PAGE_COLOURS;

/**
 * The text written on a faction's colour (bars, pressed chips): white on the dark light-theme
 * colours, the dark page colour on the light dark-theme ones.
 */
export const TEXT_ON_FACTION: Readonly<Record<Theme, string>> = {
  light: '#ffffff',
  dark: PAGE_COLOURS.dark.bg,
};
