/** Small, dependency-free statistics for benchmark samples. */

export function quantile(samples: readonly number[], q: number): number {
  const sorted = samples.filter(Number.isFinite).toSorted((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below]!;
  const high = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return low + (high - low) * (position - below);
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);

/** Half the interquartile range as a share of the median: a spread that ignores outliers. */
export function relativeSpread(samples: readonly number[]): number {
  return (quantile(samples, 0.75) - quantile(samples, 0.25)) / 2 / median(samples);
}
