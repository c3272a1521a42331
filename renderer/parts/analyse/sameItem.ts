/**
 * Props equality for an item view that holds a rich-text field. Typing in that field changes the
 * entity (its rich value), which makes the list read again; the item itself need not re-render,
 * because its editor shows the text straight from the fragment. Everything else is compared.
 */
export function sameItemExcept<K extends string>(richField: K, itemProp: string) {
  return (prev: Readonly<Record<string, unknown>>, next: Readonly<Record<string, unknown>>): boolean => {
    for (const key of Object.keys(next)) {
      if (key === itemProp) continue;
      if (prev[key] !== next[key]) return false;
    }
    const a = prev[itemProp] as Record<string, unknown>;
    const b = next[itemProp] as Record<string, unknown>;
    if (a === b) return true;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (key === richField) continue;
      const x = a[key];
      const y = b[key];
      if (x === y) continue;
      // Lists of ids (persoonIds, bewijsGebeurtenisIds) are fresh arrays on every read.
      if (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i])) continue;
      return false;
    }
    return true;
  };
}
