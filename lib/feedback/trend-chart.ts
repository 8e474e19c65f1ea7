/** The geometry of the small trend charts on the insights page, computed on the server: no chart library. */

export interface TrendChart {
  width: number;
  height: number;
  /** The largest value, the top of the scale (at least 1). */
  max: number;
  /** One `points` attribute per series, for <polyline>. */
  lines: string[];
}

/** Lines for series of equal length (one value per day), scaled to one shared maximum, within `padding`. */
export function buildTrendChart(
  series: ReadonlyArray<readonly number[]>,
  width: number,
  height: number,
  padding = 4,
): TrendChart {
  const max = Math.max(1, ...series.flat());
  const lines = series.map((values) => {
    const step = values.length > 1 ? (width - 2 * padding) / (values.length - 1) : 0;
    return values
      .map((value, index) => {
        const x = values.length > 1 ? padding + index * step : width / 2;
        const y = height - padding - (value / max) * (height - 2 * padding);
        return `${round(x)},${round(y)}`;
      })
      .join(" ");
  });
  return { width, height, max, lines };
}

const round = (n: number) => Math.round(n * 10) / 10;
