/** @cairn/api: the GraphQL API and the Crash Stats-compatible REST API. */
export { buildApi, type ApiDependencies } from './build-api.js';
export { buildApiSchema, printApiSchema } from './graphql/build-schema.js';
