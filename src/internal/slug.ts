/** A URL-fragment-friendly slug: `Terence Tao` → `terence-tao`. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-') // so no two dashes follow each other
    .replace(/^-|-$/g, '')
    .slice(0, 64)
    .replace(/-$/, '');
}
