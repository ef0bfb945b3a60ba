import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_FILES, renderJsonSchema } from './json-schemas';

for (const [file, schema] of Object.entries(JSON_SCHEMA_FILES)) {
  writeFileSync(file, renderJsonSchema(schema, file));
  console.log(`wrote ${file}`);
}
