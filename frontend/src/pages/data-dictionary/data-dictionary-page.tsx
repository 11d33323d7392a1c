/**
 * The data dictionary (§2.9): every crash field of the catalog with its description, type,
 * operators, permission and where it comes from; one field's page adds example values.
 */
import { useId, useState } from 'react';
import { operatorsOf, OPERATOR_LABELS, type CatalogField } from '../../catalog/catalog-field';
import { useCatalog } from '../../catalog/use-catalog';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { EmptyMessage, LoadingMessage } from '../../components/status-messages';
import { useDocumentTitle } from '../../components/use-document-title';
import { dataDictionaryPath } from '../../routing/match-route';
import { Link } from '../../routing/link';
import { FieldExamples } from './field-examples';

function Permission({ field }: { readonly field: CatalogField }) {
  return field.permission ? (
    <span className="badge protected">protected: {field.permission}</span>
  ) : (
    <span className="badge public">public</span>
  );
}

function FieldDetail({
  field,
  canUse,
}: {
  readonly field: CatalogField;
  readonly canUse: boolean;
}) {
  useDocumentTitle(`${field.name} – Data Dictionary`);
  return (
    <article className="field-detail">
      <p>
        <Link href={dataDictionaryPath()}>← All fields</Link>
      </p>
      <h1>
        <code>{field.name}</code>
      </h1>
      <p className="description">{field.description}</p>
      <dl className="details">
        <dt>Permission</dt>
        <dd>
          <Permission field={field} />
        </dd>
        <dt>Super Search name</dt>
        <dd>
          <code>{field.name}</code>
        </dd>
        <dt>GraphQL name</dt>
        <dd>
          <code>CrashFields.{field.graphqlName}</code>
        </dd>
        <dt>Query type</dt>
        <dd>
          {field.queryType} ({field.valueType}
          {field.isList ? ', list' : ''})
        </dd>
        <dt>Operators</dt>
        <dd>
          {operatorsOf(field)
            .map((operator) => OPERATOR_LABELS[operator][0])
            .join(', ')}
        </dd>
        <dt>Facets and histograms</dt>
        <dd>
          {field.isAggregatable ? 'can be faceted' : 'cannot be faceted'}
          {field.hasHistogram ? '; has histograms' : ''}
        </dd>
        <dt>Source</dt>
        <dd>
          {field.sourcePaths.map((source) => (
            <code key={source} className="source-path">
              {source}
            </code>
          ))}
        </dd>
        {field.choices.length > 0 && (
          <>
            <dt>Known values</dt>
            <dd>{field.choices.join(', ')}</dd>
          </>
        )}
      </dl>
      {canUse && field.isAggregatable && <FieldExamples field={field} />}
      {canUse && (
        <p>
          <Link href={`/search/?${new URLSearchParams({ _facets: field.name })}`}>
            Facet crashes on {field.name}
          </Link>
        </p>
      )}
    </article>
  );
}

/** Props of DataDictionaryPage. */
export interface DataDictionaryPageProps {
  /** The field whose page to show; the list when absent. */
  readonly field?: string;
}

/** The data dictionary page. */
export function DataDictionaryPage({ field }: DataDictionaryPageProps) {
  useDocumentTitle('Data Dictionary');
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const { catalog, fetching, error } = useCatalog();
  if (error) return <GraphqlErrorMessage error={error} what="the field catalog" />;
  if (!catalog) return <LoadingMessage what={fetching ? 'the field catalog' : 'the page'} />;
  if (field !== undefined) {
    const entry = catalog.byName.get(field);
    if (!entry) {
      return (
        <section>
          <h1>Data Dictionary</h1>
          <p role="alert">
            There is no field called <code>{field}</code>.{' '}
            <Link href={dataDictionaryPath()}>See every field.</Link>
          </p>
        </section>
      );
    }
    return <FieldDetail field={entry} canUse={catalog.canUse(entry.name)} />;
  }
  const needle = filter.trim().toLowerCase();
  const shown = catalog.fields.filter(
    (entry) =>
      needle === '' ||
      entry.name.includes(needle) ||
      entry.description.toLowerCase().includes(needle),
  );
  return (
    <section>
      <h1>Data Dictionary</h1>
      <p>
        Every crash field Cairn stores and searches: {catalog.fields.length} fields. Protected
        fields are shown only to people with their permission.
      </p>
      <label htmlFor={filterId}>Filter fields</label>
      <input
        id={filterId}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {shown.length === 0 ? (
        <EmptyMessage>No field matches “{filter}”.</EmptyMessage>
      ) : (
        <div className="table-scroll">
          <table className="dictionary-table">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Type</th>
                <th scope="col">Permission</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.name}>
                  <th scope="row">
                    <Link href={dataDictionaryPath(entry.name)}>
                      <code>{entry.name}</code>
                    </Link>
                  </th>
                  <td>{entry.queryType}</td>
                  <td>
                    <Permission field={entry} />
                  </td>
                  <td>{entry.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
