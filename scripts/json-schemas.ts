import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { EventsFileSchema, FactionsFileSchema, PeopleFileSchema } from '../src/data/schemas';
import { ToursFileSchema } from '../src/data/tour-schema';
import { WorksFileSchema } from '../src/data/works';
import { PositionsFileSchema } from '../src/data/positions';

/** JSON Schemas generated from the zod schemas, written beside the data for editors. */
export const JSON_SCHEMA_FILES = {
  'data/schema/events.schema.json': EventsFileSchema,
  'data/schema/factions.schema.json': FactionsFileSchema,
  'data/schema/people.schema.json': PeopleFileSchema,
  'data/schema/tours.schema.json': ToursFileSchema,
  'data/schema/works.schema.json': WorksFileSchema,
  'data/schema/positions.schema.json': PositionsFileSchema,
} as const;

export function renderJsonSchema(schema: $ZodType, title: string): string {
  // `io: 'input'` describes what an editor may type (defaults optional), not the parsed output.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
