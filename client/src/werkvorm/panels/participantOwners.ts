/**
 * "Iedereen die er is": adds an item to a name-list setting (the cirkel van invloed's owners) for
 * every participant present who is not on it yet. Ids are made from the name, readable in the
 * stored settings and stable afterwards (renaming keeps the id, so the cards stay with their pair).
 */

export interface NamedItem {
  id: string;
  name: string;
}

export interface NameListLimits {
  maxItems: number;
  maxLength: number;
}

/** What a name-list's validator accepts as an id (see the cirkel van invloed's settings). */
const ID_MAX_LENGTH = 40;
const SLUG_MAX_LENGTH = 30;

const sameName = (name: string) => name.trim().toLocaleLowerCase('nl');

/** A name as an id: lower case letters, digits and dashes ("Ümit de Vries" → "umit-de-vries"). */
export function nameToId(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
  return slug || 'persoon';
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
function freshId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`.slice(-ID_MAX_LENGTH);
  taken.add(id);
  return id;
}

/** The items with the names not yet listed appended, in the given order, within the limits. */
export function withParticipants(
  items: readonly NamedItem[],
  names: readonly string[],
  limits: NameListLimits,
): NamedItem[] {
  const listed = new Set(items.map((item) => sameName(item.name)));
  const taken = new Set(items.map((item) => item.id));
  const result = [...items];
  for (const raw of names) {
    if (result.length >= limits.maxItems) break;
    const name = [...raw.trim()].slice(0, limits.maxLength).join('');
    if (!name || listed.has(sameName(name))) continue;
    listed.add(sameName(name));
    result.push({ id: freshId(nameToId(name), taken), name });
  }
  return result;
}

/** The value of a name-list field as items, tolerating anything else as an empty list. */
export function asNamedItems(value: unknown): NamedItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is NamedItem =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as NamedItem).id === 'string' &&
      typeof (item as NamedItem).name === 'string',
  );
}
