/** Every catalog field of the crash that has a value, by name: the full processed record. */
import type { Catalog } from '../../catalog/use-catalog';
import { EmptyMessage } from '../../components/status-messages';
import { dataDictionaryPath } from '../../routing/match-route';
import { Link } from '../../routing/link';
import { FieldRow } from './field-row';

/** Props of AllFieldsTable. */
export interface AllFieldsTableProps {
  readonly fields: Readonly<Record<string, unknown>> | null;
  readonly catalog: Catalog;
}

/** Renders the table. */
export function AllFieldsTable({ fields, catalog }: AllFieldsTableProps) {
  const present = catalog.usable.filter((field) => {
    const value = fields?.[field.graphqlName];
    return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
  });
  if (present.length === 0) return <EmptyMessage>No field has a value.</EmptyMessage>;
  return (
    <>
      <p className="hint">
        Every field with a value. Field names are Super Search names; see the{' '}
        <Link href={dataDictionaryPath()}>data dictionary</Link> for what each one means.
      </p>
      <div className="table-scroll">
        <table className="details-table all-fields-table">
          <tbody>
            {present.map((field) => (
              <FieldRow key={field.name} field={field} value={fields?.[field.graphqlName]} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
