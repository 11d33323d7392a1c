/** The `{hits: [{id, signature}], total}` shape of the two bug endpoints. */
import type { ResponseShape } from './response-shape.js';

/** Bug ↔ signature links. */
export const BUG_LIST_SHAPE: ResponseShape = {
  object: { hits: { list: { object: { id: 'number', signature: 'string' } } }, total: 'number' },
};
