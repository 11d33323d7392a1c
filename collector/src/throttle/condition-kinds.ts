/**
 * Every condition kind a rule file may use, by the name it is written with. Adding a kind is
 * one file under conditions/ and one line here.
 */
import type { ConditionKind } from './condition.js';
import { allCondition } from './conditions/all.js';
import { alwaysCondition } from './conditions/always.js';
import { anyCondition } from './conditions/any.js';
import { buildIdOlderThanCondition } from './conditions/build-id-older-than.js';
import { equalsCondition } from './conditions/equals.js';
import { greaterThanCondition } from './conditions/greater-than.js';
import { jsonFieldCondition } from './conditions/json-field.js';
import { lessThanCondition } from './conditions/less-than.js';
import { matchesCondition } from './conditions/matches.js';
import { notCondition } from './conditions/not.js';
import { oneOfCondition } from './conditions/one-of.js';
import { presentCondition } from './conditions/present.js';
import { productListedCondition } from './conditions/product-listed.js';
import { startsWithCondition } from './conditions/starts-with.js';
import { unsupportedPackageNameCondition } from './conditions/unsupported-package-name.js';
import { unsupportedProductCondition } from './conditions/unsupported-product.js';
import { versionRangeCondition } from './conditions/version-range.js';

/** The condition vocabulary, by name. */
export const CONDITION_KINDS: ReadonlyMap<string, ConditionKind> = new Map(
  [
    alwaysCondition,
    presentCondition,
    equalsCondition,
    oneOfCondition,
    startsWithCondition,
    matchesCondition,
    lessThanCondition,
    greaterThanCondition,
    versionRangeCondition,
    buildIdOlderThanCondition,
    jsonFieldCondition,
    unsupportedProductCondition,
    unsupportedPackageNameCondition,
    productListedCondition,
    allCondition,
    anyCondition,
    notCondition,
  ].map((kind) => [kind.name, kind]),
);
