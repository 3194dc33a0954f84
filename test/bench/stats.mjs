export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `a` and `b` alternately, swapping which goes first each round, so drift hits both sides alike. */
export async function interleaved(runs, a, b) {
  const results = { a: [], b: [] };
  for (let i = 0; i < runs; i += 1) {
    if (i % 2 === 0) {
      results.a.push(await a(i));
      results.b.push(await b(i));
    } else {
      results.b.push(await b(i));
      results.a.push(await a(i));
    }
  }
  return results;
}

export const round = (value, digits = 3) => Number(value.toFixed(digits));
