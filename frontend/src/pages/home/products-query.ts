/** The products and versions the API derives from recent crashes. */
import { gql } from 'urql';

/** A product with its versions, newest first. */
export interface Product {
  readonly name: string;
  readonly crashCount: number;
  readonly versions: readonly { readonly version: string; readonly crashCount: number }[];
}

/** Every product seen in the last 60 days. */
export const PRODUCTS_QUERY = gql<{ products: Product[] }>`
  query Products {
    products {
      name
      crashCount
      versions {
        version
        crashCount
      }
    }
  }
`;
