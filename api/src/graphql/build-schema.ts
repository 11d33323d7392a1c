/** Builds the GraphQL schema from the resolvers. schema.graphql is this schema, printed. */
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { CrashResolver } from './crash/crash-resolver.js';

/** The executable schema. */
export function buildApiSchema(): GraphQLSchema {
  return buildSchemaSync({ resolvers: [CrashResolver], validate: false });
}

/** The schema in SDL, sorted so the committed file diffs cleanly. */
export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildApiSchema()))}\n`;
}
