/**
 * A validation rule refusing documents that cost more than a limit: each selected field costs
 * 1, and everything selected inside a list field costs twice as much (a list holds several
 * items). Fragments are expanded, so repeating a fragment costs each time.
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { CAIRN_CODE_EXTENSION } from '../format-graphql-error.js';

const LIST_MULTIPLIER = 2;

function isList(type: GraphQLType): boolean {
  return isNonNullType(type) ? isListType(type.ofType) : isListType(type);
}

/** The rule for `maxComplexity` points. */
export function createQueryComplexityRule(maxComplexity: number) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments[definition.name.value] = definition;
    }
    /** Adds each field's cost (1 × the list multipliers above it); stops once over the limit. */
    const visit = (
      selectionSet: SelectionSetNode,
      parent: GraphQLOutputType | undefined,
      multiplier: number,
      state: { total: number },
      seen: readonly string[],
    ): void => {
      const named = parent ? getNamedType(parent) : undefined;
      const fields =
        named && (isObjectType(named) || isInterfaceType(named)) ? named.getFields() : {};
      for (const selection of selectionSet.selections) {
        if (state.total > maxComplexity) return;
        if (selection.kind === Kind.FIELD) {
          state.total += multiplier;
          const fieldType = fields[selection.name.value]?.type;
          if (selection.selectionSet) {
            const inner =
              fieldType && isList(fieldType) ? multiplier * LIST_MULTIPLIER : multiplier;
            visit(selection.selectionSet, fieldType, inner, state, seen);
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet, parent, multiplier, state, seen);
        } else {
          const fragment = fragments[selection.name.value];
          if (!fragment || seen.includes(fragment.name.value)) continue;
          visit(fragment.selectionSet, parent, multiplier, state, [...seen, fragment.name.value]);
        }
      }
    };
    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === 'mutation'
            ? schema.getMutationType()
            : operation.operation === 'subscription'
              ? schema.getSubscriptionType()
              : schema.getQueryType();
        const state = { total: 0 };
        visit(operation.selectionSet, root ?? undefined, 1, state, []);
        if (state.total > maxComplexity) {
          context.reportError(
            new GraphQLError(`Query is too complex: it costs more than ${maxComplexity} points`, {
              nodes: [operation],
              extensions: { [CAIRN_CODE_EXTENSION]: 'API_QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };
}
