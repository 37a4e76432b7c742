/**
 * One row of a CSV file (RFC 4180 quoting: fields with commas are quoted,
 * a quote inside is doubled). Price lists are small and single-line per
 * row, so a field may not span lines.
 */

/** The fields of one line, or null when its quotes do not close. */
export function parseCsvRow(line: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"' && (quoted || field === '')) {
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

/** A field quoted only when it must be. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
