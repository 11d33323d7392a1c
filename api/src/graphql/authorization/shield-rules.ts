/**
 * The graphql-shield rules, generated: every protected catalog field on `CrashFields`, every
 * argument that can name a catalog field (search filters, aggregations, histograms, distinct
 * counts, sort, columns; signature report filters), and the operations and fields that need
 * a permission of their own. Nothing here is written per catalog field.
 */
import { CairnError, FIELD_CATALOG, findField, parseCrashStatsQuery } from '@cairn/core';
import type { GraphQLResolveInfo } from 'graphql';
import { middleware, type IMiddlewareGenerator, type IMiddlewareTypeMap } from 'graphql-middleware';
import { allow, rule, shield } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { PERMISSIONS, type Permission } from '../../auth/permissions.js';
import { toGraphqlFieldName } from '../catalog/graphql-field-name.js';
import type { ApiContext } from '../context.js';
import type {
  CrashStatsQueryInput,
  SearchFilterInput,
  SearchInput,
} from '../search/search-input.js';
import { toSearchFilter, toSearchQuery } from '../search/search-input.js';
import { collectQueryFields } from './collect-query-fields.js';
import { PERMISSION_GATED_FIELDS, SIGNED_IN_FIELDS } from './gated-fields.js';

function forbidden(permission: Permission, what: string): CairnError {
  return new CairnError(
    'AUTH_FORBIDDEN',
    `${what} requires the '${PERMISSIONS[permission]}' (${permission}) permission`,
  );
}

/** A rule that passes when the caller holds `permission`. */
function requirePermission(permission: Permission, what: string) {
  return rule({ cache: 'contextual' })((_parent, _args, context: ApiContext) =>
    context.caller.permissions.has(permission) ? true : forbidden(permission, what),
  );
}

const requireUser = rule({ cache: 'contextual' })((_parent, _args, context: ApiContext) =>
  context.caller.user
    ? true
    : new CairnError('AUTH_REQUIRED', 'Sign in or send an API token first'),
);

/** Checks every catalog field an argument names against the caller's permissions. */
function checkFieldNames(names: Iterable<string>, context: ApiContext): true | CairnError {
  for (const name of names) {
    const permission = findField(name)?.permission;
    if (permission && !context.caller.permissions.has(permission)) {
      return new CairnError(
        'SEARCH_FIELD_FORBIDDEN',
        `Field '${name}' requires the '${PERMISSIONS[permission]}' (${permission}) permission`,
      );
    }
  }
  return true;
}

/** Input types whose values can name catalog fields, and how to read them. */
const ARGUMENT_KINDS: Readonly<Record<string, 'search' | 'filter' | 'crashStats'>> = {
  SearchInput: 'search',
  SearchFilterInput: 'filter',
  CrashStatsQueryInput: 'crashStats',
};

/** The input types whose values can name catalog fields. */
export const FIELD_NAMING_INPUT_TYPES: ReadonlySet<string> = new Set(Object.keys(ARGUMENT_KINDS));

/** The catalog fields named in an argument value of the given input type. */
function fieldsInArgument(value: unknown, kind: 'search' | 'filter' | 'crashStats'): Set<string> {
  try {
    if (kind === 'search') return collectQueryFields(toSearchQuery(value as SearchInput));
    if (kind === 'crashStats') {
      const queryString = (value as CrashStatsQueryInput).queryString.replace(/^\?/, '');
      return collectQueryFields(parseCrashStatsQuery(new URLSearchParams(queryString)).query);
    }
    return collectQueryFields({ filter: toSearchFilter(value as SearchFilterInput) });
  } catch {
    // A malformed argument names nothing yet; the resolver reports what is wrong with it.
    return new Set();
  }
}

/**
 * Every argument of the schema's operations whose input types can name catalog fields. Read
 * from the schema by input type, so a new operation taking a SearchInput is covered as is.
 */
const argumentsRule = rule({ cache: 'strict' })((
  _parent,
  args: Record<string, unknown>,
  context: ApiContext,
  info: GraphQLResolveInfo,
) => {
  const field = info.parentType.getFields()[info.fieldName];
  const names = new Set<string>();
  for (const argument of field?.args ?? []) {
    const value = args[argument.name];
    if (value === undefined || value === null) continue;
    const typeName = String(argument.type).replace(/[[\]!]/g, '');
    const kind = ARGUMENT_KINDS[typeName];
    if (kind) fieldsInArgument(value, kind).forEach((name) => names.add(name));
  }
  return checkFieldNames(names, context);
});

/** The shield rule map. */
export function buildShieldRules(operationsWithFieldArguments: {
  Query: string[];
  Mutation: string[];
}): IRules {
  const crashFields: Record<string, ReturnType<typeof requirePermission>> = {};
  for (const field of FIELD_CATALOG.values()) {
    if (field.permission) {
      crashFields[toGraphqlFieldName(field.name)] = requirePermission(
        field.permission,
        `Field '${field.name}'`,
      );
    }
  }
  const rules: Record<string, Record<string, unknown>> = {
    CrashFields: crashFields,
    Query: {},
    Mutation: {},
  };
  for (const [type, name, permission] of PERMISSION_GATED_FIELDS) {
    rules[type] ??= {};
    rules[type][name] = requirePermission(permission, `${type}.${name}`);
  }
  for (const [type, name] of SIGNED_IN_FIELDS) {
    rules[type] ??= {};
    rules[type][name] = requireUser;
  }
  for (const type of ['Query', 'Mutation'] as const) {
    for (const name of operationsWithFieldArguments[type]) rules[type]![name] = argumentsRule;
  }
  return rules as IRules;
}

/**
 * The shield middleware for the schema, applied only to the types that have rules. Elsewhere
 * shield's fallback is `allow`, which changes nothing but costs an async step per field; a
 * crash report resolves tens of thousands of frame fields, so those types go unwrapped.
 */
export function buildShield(operationsWithFieldArguments: {
  Query: string[];
  Mutation: string[];
}): IMiddlewareGenerator<unknown, ApiContext, unknown> {
  const rules = buildShieldRules(operationsWithFieldArguments);
  const guarded = shield(rules, {
    fallbackRule: allow,
    allowExternalErrors: true,
    fallbackError: () => new CairnError('AUTH_FORBIDDEN', 'Not allowed'),
  });
  const ruledTypes = new Set(Object.keys(rules));
  return middleware((schema) => {
    const generated = guarded.generate(schema) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(generated).filter(([type]) => ruledTypes.has(type)),
    ) as IMiddlewareTypeMap;
  });
}
