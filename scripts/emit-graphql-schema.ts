/**
 * `npm run schema`: writes schema.graphql, the GraphQL schema printed from api/'s resolvers.
 * The file is committed; api/test/schema.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printApiSchema } from '@cairn/api';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema.graphql');
writeFileSync(target, printApiSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
