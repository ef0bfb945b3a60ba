import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSource } from '../src/data/source/parse-source';
import type { SourceDocument } from '../src/data/source/types';
import type { RawDataset } from '../src/data/validate-dataset';

export const SOURCE_FILE = 'data/source/bolshevik-oppositions.txt';

/** Reads a JSON file, turning a syntax error into a message that names the file. */
export function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export function readRawDataset(dir = 'data'): RawDataset {
  return {
    events: readJson(path.join(dir, 'events.json')),
    factions: readJson(path.join(dir, 'factions.json')),
    people: readJson(path.join(dir, 'people.json')),
    works: readJson(path.join(dir, 'works.json')),
  };
}

export function readSource(file = SOURCE_FILE): SourceDocument {
  return parseSource(readFileSync(file, 'utf8'));
}
