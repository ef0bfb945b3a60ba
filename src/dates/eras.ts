/** Background bands that give the reader the period at a glance; labelled, not only tinted. */
export interface Era {
  id: string;
  label: string;
  from: number;
  to: number;
}

export const ERAS: readonly Era[] = [
  { id: 'era-civil-war', label: 'Civil war', from: Date.UTC(1918, 4, 25), to: Date.UTC(1921, 2, 1) },
  { id: 'era-nep', label: 'NEP', from: Date.UTC(1921, 2, 21), to: Date.UTC(1928, 9, 1) },
  {
    id: 'era-five-year-plan',
    label: 'First five-year plan',
    from: Date.UTC(1928, 9, 1),
    to: Date.UTC(1933, 0, 1),
  },
];
