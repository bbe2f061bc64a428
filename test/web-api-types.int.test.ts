import fs from 'node:fs';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, renderApiTypes } from '../scripts/api-types.js';

it('the workspace uses API types generated from the current contracts (run `npm run api:types` if this fails)', async () => {
  const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
  expect(committed === (await renderApiTypes()), 'src/web/workspace/api/schema.d.ts is stale').toBe(true);
}, 120_000);
