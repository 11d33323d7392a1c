/**
 * `versionRange: { atLeast: "52", below: "60" }`: the annotation is a dotted version within
 * the range. Numbers are compared part by part (`57.0.2` is in the range above, `60.0a1` is
 * not); a suffix after a part's digits (`a1`, `esr`) is ignored; a value that does not start
 * with a digit never matches.
 */
import type { ConditionKind } from '../condition.js';

/** Parses the leading numbers of a version: `57.0.2` → [57, 0, 2], `60.0a1` → [60, 0]. */
export function parseVersionNumbers(text: string): number[] | undefined {
  const numbers: number[] = [];
  for (const part of text.split('.')) {
    const digits = /^\d+/.exec(part)?.[0];
    if (digits === undefined) break;
    numbers.push(Number(digits));
    if (digits.length !== part.length) break;
  }
  return numbers.length > 0 ? numbers : undefined;
}

/** Compares two parsed versions; missing parts count as 0. */
export function compareVersionNumbers(left: number[], right: number[]): number {
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Matches versions in `[atLeast, below)`. */
export const versionRangeCondition: ConditionKind = {
  name: 'versionRange',
  description:
    'The annotation is a dotted version at or above `atLeast` and below `below` (either optional).',
  readsAnnotation: true,
  build(builder) {
    const operand = builder.operand as Record<string, unknown> | null;
    if (operand === null || typeof operand !== 'object' || Array.isArray(operand)) {
      return builder.fail('`versionRange` takes an object with `atLeast` and/or `below`');
    }
    const bound = (name: 'atLeast' | 'below') => {
      const value = operand[name];
      if (value === undefined) return undefined;
      const parsed = typeof value === 'string' ? parseVersionNumbers(value) : undefined;
      return parsed ?? builder.fail(`\`versionRange.${name}\` must be a version such as "52.0"`);
    };
    const unknown = Object.keys(operand).filter((key) => key !== 'atLeast' && key !== 'below');
    if (unknown.length > 0) builder.fail(`\`versionRange\` does not know ${unknown.join(', ')}`);
    const atLeast = bound('atLeast');
    const below = bound('below');
    if (!atLeast && !below) builder.fail('`versionRange` needs `atLeast` or `below`');
    return (context) => {
      const version = parseVersionNumbers(builder.readValue(context));
      if (!version) return false;
      if (atLeast && compareVersionNumbers(version, atLeast) < 0) return false;
      return !below || compareVersionNumbers(version, below) < 0;
    };
  },
};
