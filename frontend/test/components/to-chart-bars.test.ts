import { describe, expect, it } from 'vitest';
import { OTHER_SERIES, TOTAL_SERIES, toChartBars } from '../../src/components/to-chart-bars';

const day = (term: string, count: number, versions?: [string, number][]) => ({
  term,
  count,
  ...(versions && {
    aggregations: [
      {
        field: 'version',
        key: 'version',
        buckets: versions.map(([v, c]) => ({ term: v, count: c })),
      },
    ],
  }),
});

describe('toChartBars', () => {
  it('makes one "crashes" series when the bars are not split', () => {
    const chart = toChartBars([day('2024-01-01', 3), day('2024-01-02', 5)]);
    expect(chart.series).toEqual([TOTAL_SERIES]);
    expect(chart.bars.map((bar) => [bar.label, bar.total, bar.counts.get(TOTAL_SERIES)])).toEqual([
      ['2024-01-01', 3, 3],
      ['2024-01-02', 5, 5],
    ]);
  });

  it('draws the biggest terms overall as series and the rest, and crashes without the field, as other', () => {
    const chart = toChartBars(
      [
        day('d1', 10, [
          ['120.0', 5],
          ['121.0', 3],
          ['119.0', 1],
        ]),
        day('d2', 6, [['121.0', 6]]),
      ],
      'version',
      2,
    );
    expect(chart.series).toEqual(['121.0', '120.0', OTHER_SERIES]);
    expect(Object.fromEntries(chart.bars[0]!.counts)).toEqual({
      '120.0': 5,
      '121.0': 3,
      [OTHER_SERIES]: 2,
    });
    expect(Object.fromEntries(chart.bars[1]!.counts)).toEqual({ '121.0': 6 });
  });

  it('breaks ties between series by name, so the order is stable', () => {
    const chart = toChartBars(
      [
        day('d1', 2, [
          ['b', 1],
          ['a', 1],
        ]),
      ],
      'version',
    );
    expect(chart.series).toEqual(['a', 'b']);
  });
});
