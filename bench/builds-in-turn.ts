/**
 * For the bench commands that compare builds (`bench:blocking`, `bench:sync-render`): their
 * arguments, and each build served and measured in turn, run after run, so that all of them meet
 * the same spells of a machine whose speed drifts from minute to minute.
 */
import { serveStatic } from '../scripts/static-server';
import { launchQuietBrowser, type QuietBrowser } from './quiet-browser';

export interface BuildArgs {
  dists: string[];
  runs: number;
  /** The flags given besides --runs, such as --frames. */
  flags: Set<string>;
}

/** `<dist> [<dist> …] [--runs n] [--flag …]`, or null where no build or no whole number of runs is given. */
export function parseBuildArgs(args: readonly string[], defaultRuns: number): BuildArgs | null {
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : defaultRuns;
  const dists = args.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));
  if (dists.length === 0 || !Number.isInteger(runs) || runs < 1) return null;
  const flags = new Set(args.filter((a) => a.startsWith('--') && a !== '--runs'));
  return { dists, runs, flags };
}

export interface BuildFigures {
  dist: string;
  figures: number[];
}

/**
 * Serves each build on its own port from `port` up and calls `measure` on each in turn, `runs`
 * times over, in one quiet browser (quiet-browser.ts); returns each build's figures in run order.
 */
export async function measureInTurn(
  { dists, runs }: BuildArgs,
  port: number,
  measure: (browser: QuietBrowser, url: string, dist: string, run: number) => Promise<number>,
): Promise<BuildFigures[]> {
  const servers = await Promise.all(dists.map((dist, i) => serveStatic(dist, port + i)));
  try {
    const browser = launchQuietBrowser();
    try {
      const sides = dists.map((dist) => ({ dist, figures: [] as number[] }));
      for (let run = 0; run < runs; run += 1) {
        for (const [i, side] of sides.entries()) {
          side.figures.push(await measure(browser, `http://127.0.0.1:${port + i}/`, side.dist, run));
        }
      }
      return sides;
    } finally {
      await browser.close();
    }
  } finally {
    for (const server of servers) server.close();
  }
}
