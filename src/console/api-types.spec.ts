import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_TYPES_FILE, apiTypesSource } from './api-types';

describe('the console API types', () => {
  it(`match the API's OpenAPI document (run \`npm run api:types\`)`, async () => {
    const written = readFileSync(join(__dirname, '..', '..', API_TYPES_FILE), 'utf8');
    expect(written).toBe(await apiTypesSource());
  }, 30_000);
});
