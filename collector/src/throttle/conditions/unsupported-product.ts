/**
 * `unsupportedProduct: true`: the rule set lists supported products and the crash's
 * ProductName (missing reads as `""`) is not one of them. An empty list supports every
 * product, as the reference's ALL_PRODUCTS does.
 */
import type { ConditionKind } from '../condition.js';
import { toPythonStr } from '../python-str.js';

/** Matches products missing from the rule set's `products` list. */
export const unsupportedProductCondition: ConditionKind = {
  name: 'unsupportedProduct',
  description: "ProductName is not in the rule set's `products` list (an empty list allows all).",
  readsAnnotation: false,
  build(builder) {
    if (builder.operand !== true) builder.fail('`unsupportedProduct` takes the value true');
    return ({ annotations, products }) => {
      const product = Object.hasOwn(annotations, 'ProductName')
        ? toPythonStr(annotations.ProductName!)
        : '';
      return products.length > 0 && !products.includes(product);
    };
  },
};
