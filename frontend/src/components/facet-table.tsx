/** A facet as the reference shows it: rank, term, count and share of all matching crashes. */
import type { ReactNode } from 'react';
import { formatCount } from '../format/format-count';
import { formatPercent } from '../format/format-percent';

/** One row. */
export interface FacetRow {
  readonly term: string;
  readonly count: number;
}

/** Props of FacetTable. */
export interface FacetTableProps {
  /** The table's caption (the field). */
  readonly caption: ReactNode;
  readonly rows: readonly FacetRow[];
  /** The count percentages are of (all matching crashes). */
  readonly total: number;
  /** Renders a term (a link, for example). @defaultValue the term as text */
  readonly renderTerm?: (term: string) => ReactNode;
  /** Header of the term column. @defaultValue 'Term' */
  readonly termHeader?: string;
}

/** Renders the facet, or a sentence when it has no buckets. */
export function FacetTable({
  caption,
  rows,
  total,
  renderTerm,
  termHeader = 'Term',
}: FacetTableProps) {
  if (rows.length === 0) {
    return (
      <section className="facet">
        <h3>{caption}</h3>
        <p className="empty">No values.</p>
      </section>
    );
  }
  return (
    <div className="table-scroll">
      <table className="facet-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">{termHeader}</th>
            <th scope="col" className="number">
              Count
            </th>
            <th scope="col" className="number">
              %
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.term}>
              <td className="number">{index + 1}</td>
              <td className="term">{renderTerm ? renderTerm(row.term) : row.term}</td>
              <td className="number">{formatCount(row.count)}</td>
              <td className="number">{formatPercent(row.count, total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
