// Test support only (Node): the real dataset, validated as the app loads it, so tests hold up
// on every record and not only on fixtures.
import { readRawDataset } from '../../scripts/read-dataset';
import { validateDataset, type Dataset } from './validate-dataset';

let cached: Dataset | null = null;
export function realDataset(): Dataset {
  cached ??= validateDataset(readRawDataset()).dataset;
  return cached;
}
