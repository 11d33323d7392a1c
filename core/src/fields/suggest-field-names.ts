/** "Did you mean …?" for unknown field names, the way graphql-js suggests names. */

/** Up to `limit` names close to `input`, the closest first. */
export function suggestFieldNames(
  input: string,
  names: Iterable<string>,
  limit = 3,
): readonly string[] {
  const wanted = input.toLowerCase();
  const threshold = Math.floor(wanted.length * 0.4) + 1;
  const scored: { name: string; distance: number }[] = [];
  for (const name of names) {
    const candidate = name.toLowerCase();
    const distance =
      wanted.length >= 3 && candidate.includes(wanted)
        ? containmentScore(wanted, candidate)
        : editDistance(wanted, candidate);
    if (distance <= threshold) scored.push({ name, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : 1))
    .slice(0, limit)
    .map((entry) => entry.name);
}

/** Below one edit: names starting with the input first, then the shortest. */
function containmentScore(wanted: string, candidate: string): number {
  return (candidate.startsWith(wanted) ? 0.25 : 0.5) + (candidate.length - wanted.length) * 0.001;
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        table[i - 1]![j]! + 1,
        table[i]![j - 1]! + 1,
        table[i - 1]![j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, table[i - 2]![j - 2]! + 1);
      }
      table[i]![j] = best;
    }
  }
  return table[a.length]![b.length]!;
}
