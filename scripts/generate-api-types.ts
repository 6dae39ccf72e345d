/** Writes the console's API types from the API's OpenAPI document. Usage: npm run api:types */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_TYPES_FILE, apiTypesSource } from '../src/console/api-types';

void apiTypesSource().then((source) => {
  writeFileSync(join(process.cwd(), API_TYPES_FILE), source);
  console.log(`Wrote ${API_TYPES_FILE}`);
});
