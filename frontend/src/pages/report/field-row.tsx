/** One crash field as a row of a details table: name (with the description as tooltip) and value. */
import type { CatalogField } from '../../catalog/catalog-field';
import { formatFieldValue } from './format-field-value';

/** Renders the row, or nothing when the field has no value. */
export function FieldRow({
  field,
  value,
}: {
  readonly field: CatalogField;
  readonly value: unknown;
}) {
  const text = formatFieldValue(field, value);
  if (text === null) return null;
  return (
    <tr data-field={field.name}>
      <th scope="row" title={`${field.description} (Super Search: ${field.name})`}>
        {field.name}
        {field.permission && <span className="badge protected">protected</span>}
      </th>
      <td className="field-value">{text}</td>
    </tr>
  );
}
