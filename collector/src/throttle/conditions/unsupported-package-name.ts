/**
 * `unsupportedPackageName: true`: the rule set lists Android package names for the crash's
 * product, and Android_PackageName (missing reads as `"None"`, as in the reference) is not
 * one of them.
 */
import type { ConditionKind } from '../condition.js';
import { toPythonStr } from '../python-str.js';

/** Matches Android builds whose package is not allowed for their product. */
export const unsupportedPackageNameCondition: ConditionKind = {
  name: 'unsupportedPackageName',
  description:
    "Android_PackageName is not in the rule set's `productPackageNames` list for the product.",
  readsAnnotation: false,
  build(builder) {
    if (builder.operand !== true) builder.fail('`unsupportedPackageName` takes the value true');
    return ({ annotations, productPackageNames }) => {
      const product = Object.hasOwn(annotations, 'ProductName')
        ? toPythonStr(annotations.ProductName!)
        : '';
      const allowed = Object.hasOwn(productPackageNames, product)
        ? productPackageNames[product]!
        : [];
      const packageName = Object.hasOwn(annotations, 'Android_PackageName')
        ? toPythonStr(annotations.Android_PackageName!)
        : 'None';
      return allowed.length > 0 && !allowed.includes(packageName);
    };
  },
};
