/** A safe, readable file name for a board export: "historielijn-team-a-2026-11-22.png". */
export function exportFileName(title: string, extension: string, date = new Date()): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const day = date.toISOString().slice(0, 10);
  return `${slug || 'werkbord'}-${day}.${extension}`;
}
