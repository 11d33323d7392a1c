/**
 * Builds the GraphQL schema from the resolvers and wraps it with the shield. schema.graphql is
 * this schema, printed.
 */
import 'reflect-metadata';
import {
  getNamedType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchemaSync } from 'type-graphql';
import { AccountResolver } from './accounts/account-resolver.js';
import { AdminResolver } from './admin/admin-resolver.js';
import { FIELD_NAMING_INPUT_TYPES, buildShield } from './authorization/shield-rules.js';
import { BugsResolver } from './bugs/bugs-resolver.js';
import { CatalogResolver } from './catalog/catalog-resolver.js';
import { CrashResolver } from './crash/crash-resolver.js';
import { CronResolver } from './cron/cron-resolver.js';
import { SearchResolver } from './search/search-resolver.js';
import { SignatureResolver } from './signature/signature-resolver.js';
import { TopCrashersResolver } from './top-crashers/top-crashers-resolver.js';

/** The schema as the resolvers declare it, without authorization. */
export function buildBareSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [
      SearchResolver,
      CrashResolver,
      SignatureResolver,
      TopCrashersResolver,
      CatalogResolver,
      BugsResolver,
      AccountResolver,
      AdminResolver,
      CronResolver,
    ],
    validate: false,
  });
}

/** Query and Mutation fields with an argument whose input type can name catalog fields. */
export function findOperationsWithFieldArguments(schema: GraphQLSchema): {
  Query: string[];
  Mutation: string[];
} {
  const names = (type: GraphQLObjectType | null | undefined) =>
    Object.values(type?.getFields() ?? {})
      .filter((field) =>
        field.args.some((argument) =>
          FIELD_NAMING_INPUT_TYPES.has(getNamedType(argument.type).name),
        ),
      )
      .map((field) => field.name);
  return { Query: names(schema.getQueryType()), Mutation: names(schema.getMutationType()) };
}

/** The executable schema, with the shield's rules applied. */
export function buildApiSchema(): GraphQLSchema {
  const schema = buildBareSchema();
  return applyMiddleware(schema, buildShield(findOperationsWithFieldArguments(schema)));
}

/** The schema in SDL, sorted so the committed file diffs cleanly. */
export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildBareSchema()))}\n`;
}
