/**
 * A stacked bar chart in plain SVG (no charting library: the bundle stays small). Each bar has
 * a tooltip, the series have a legend, and the numbers are also available as a table.
 */
import { formatCount } from '../format/format-count';
import type { ChartData } from './to-chart-bars';

/** Colours of the series, in legend order; readable on white and distinct for common colour blindness. */
const SERIES_COLOURS = [
  '#0060df',
  '#e66100',
  '#1a9850',
  '#9400d3',
  '#b8860b',
  '#d0006f',
  '#008b8b',
  '#555555',
];

/** Props of StackedBarChart. */
export interface StackedBarChartProps {
  /** What the chart shows; its accessible name. */
  readonly title: string;
  readonly data: ChartData;
  /** Height of the plot in pixels. @defaultValue 180 */
  readonly height?: number;
  /** Formats a bar's label for the axis and tooltip. @defaultValue the label as it is */
  readonly formatLabel?: (label: string) => string;
}

const BAR_SLOT = 28;
const AXIS = 44;

/** Renders the chart. */
export function StackedBarChart({
  title,
  data,
  height = 180,
  formatLabel = (label) => label,
}: StackedBarChartProps) {
  const { bars, series } = data;
  if (bars.length === 0) return <p className="empty">No crashes to chart.</p>;
  const max = Math.max(...bars.map((bar) => bar.total), 1);
  const width = AXIS + bars.length * BAR_SLOT + 8;
  const labelEvery = Math.ceil(bars.length / 12);
  const colour = (name: string) => SERIES_COLOURS[series.indexOf(name) % SERIES_COLOURS.length];
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${width} ${height + 40}`}
        width="100%"
        height={height + 40}
        preserveAspectRatio="xMinYMin meet"
      >
        <line x1={AXIS} y1={height} x2={width} y2={height} className="chart-axis" />
        <text x={AXIS - 6} y={12} textAnchor="end" className="chart-tick">
          {formatCount(max)}
        </text>
        <text x={AXIS - 6} y={height} textAnchor="end" className="chart-tick">
          0
        </text>
        {bars.map((bar, index) => {
          const x = AXIS + index * BAR_SLOT + 4;
          let top = height;
          return (
            <g key={bar.label}>
              <title>{`${formatLabel(bar.label)}: ${formatCount(bar.total)} crashes`}</title>
              {series.map((name) => {
                const count = bar.counts.get(name) ?? 0;
                if (count === 0) return null;
                const barHeight = (count / max) * (height - 16);
                top -= barHeight;
                return (
                  <rect
                    key={name}
                    x={x}
                    y={top}
                    width={BAR_SLOT - 8}
                    height={barHeight}
                    fill={colour(name)}
                  />
                );
              })}
              {index % labelEvery === 0 && (
                <text
                  x={x + (BAR_SLOT - 8) / 2}
                  y={height + 14}
                  textAnchor="middle"
                  className="chart-tick"
                >
                  {formatLabel(bar.label)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <ul className="chart-legend" aria-label={`${title}: legend`}>
          {series.map((name) => (
            <li key={name}>
              <span className="swatch" style={{ background: colour(name) }} aria-hidden="true" />
              {name}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Show as a table</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Bucket</th>
                {series.map((name) => (
                  <th key={name} scope="col" className="number">
                    {name}
                  </th>
                ))}
                <th scope="col" className="number">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.label}>
                  <th scope="row">{formatLabel(bar.label)}</th>
                  {series.map((name) => (
                    <td key={name} className="number">
                      {formatCount(bar.counts.get(name) ?? 0)}
                    </td>
                  ))}
                  <td className="number">{formatCount(bar.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
