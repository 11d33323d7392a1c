/** `productListed: NAME`: the rule set's `products` list contains NAME. */
import type { ConditionKind } from '../condition.js';

/** Matches when the rule set supports the named product. */
export const productListedCondition: ConditionKind = {
  name: 'productListed',
  description: "The rule set's `products` list contains the given product name.",
  readsAnnotation: false,
  build(builder) {
    const product = builder.operandString();
    return ({ products }) => products.includes(product);
  },
};
