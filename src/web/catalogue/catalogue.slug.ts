/**
 * Readable URL parts from Latvian names: lower case, diacritics folded
 * ("Pases izsniegšana" → "pases-izsniegsana"), at most 80 characters.
 */
export function slugify(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
