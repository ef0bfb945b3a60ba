import { useMemo } from 'react';
import type { QrModules } from '../lib/qr';

export interface QrCodeProps {
  modules: QrModules;
  /** What the code holds, said in words: "the link for students". */
  label: string;
  className?: string;
}

/** The quiet zone the QR standard asks for around a code, in modules: readers find the code by it. */
const QUIET = 4;

/**
 * A QR code drawn as one SVG path, dark on white whatever the theme (readers expect it so),
 * scaled by CSS with crisp edges: each dark module is one unit square.
 */
export function QrCode({ modules, label, className }: QrCodeProps) {
  const path = useMemo(
    () =>
      modules
        .flatMap((row, y) => row.map((dark, x) => (dark ? `M${x + QUIET} ${y + QUIET}h1v1h-1z` : '')))
        .join(''),
    [modules],
  );
  const size = modules.length + 2 * QUIET;
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
