/**
 * A strict RFC 5545 reader of the file's lines, written from the RFC for the tests, independent of the writer
 * (src/internal/ics.ts) and stricter than ical.js, which forgives: it reports every content line that breaks
 * the grammar instead of reading what it can. Checked: CRLF line ends only (no bare CR or LF), physical lines of at
 * most 75 octets of UTF-8, continuation lines starting with one space or tab, `name *(;param) : value` with iana/x
 * names, no CONTROL characters in values (RFC 5545 3.1: all but HTAB), TEXT values with only the escapes of 3.3.11
 * (`\\ \; \, \n \N`) and no unescaped `;` (or `,` outside CATEGORIES), balanced BEGIN/END, well-formed UTF-16 (so
 * valid UTF-8). And, for line safety: no character that some readers take as a line break (U+0085 NEL, U+2028,
 * U+2029, VT, FF).
 */
const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'X-WR-CALNAME', 'CATEGORIES']);
const LINE_BREAKS = /[\u000b\u000c\u0085\u2028\u2029]/;
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NAME = /^(?:[A-Za-z0-9-]+)$/;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** The problems found, one line each (`line N: …`); empty when the file is valid. */
export function strictIcsProblems(ics: string): string[] {
  const problems: string[] = [];
  if (!ics.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  if (LONE_SURROGATE.test(ics)) problems.push('a lone surrogate: not encodable as UTF-8');
  const physical = ics.replace(/\r\n$/, '').split('\r\n');
  const logical: { text: string; at: number }[] = [];
  physical.forEach((line, i) => {
    const at = i + 1;
    if (/[\r\n]/.test(line)) problems.push(`line ${at}: a bare CR or LF`);
    if (utf8Length(line) > 75) problems.push(`line ${at}: ${utf8Length(line)} octets (at most 75)`);
    if (LINE_BREAKS.test(line)) problems.push(`line ${at}: a character read as a line break by some readers`);
    if (/^[ \t]/.test(line)) {
      if (!logical.length) problems.push(`line ${at}: a continuation line first`);
      else logical[logical.length - 1].text += line.slice(1);
    } else logical.push({ text: line, at });
  });
  const open: string[] = [];
  for (const { text, at } of logical) {
    const colon = nameEnd(text);
    if (colon < 0) {
      problems.push(`line ${at}: no ":" after the name and parameters`);
      continue;
    }
    const [name, ...params] = text.slice(0, colon).split(';');
    const value = text.slice(colon + 1);
    if (!NAME.test(name)) problems.push(`line ${at}: bad property name ${JSON.stringify(name)}`);
    for (const p of params) if (!/^[A-Za-z0-9-]+=/.test(p)) problems.push(`line ${at}: bad parameter ${p}`);
    if (CONTROL.test(value)) problems.push(`line ${at}: a control character in the value`);
    if (TEXT_PROPERTIES.has(name.toUpperCase())) {
      const unescaped = value.replace(/\\[\\;,nN]/g, '');
      if (unescaped.includes('\\')) problems.push(`line ${at}: a backslash that is no TEXT escape`);
      if (unescaped.includes(';')) problems.push(`line ${at}: an unescaped ";" in TEXT`);
      if (name.toUpperCase() !== 'CATEGORIES' && unescaped.includes(','))
        problems.push(`line ${at}: an unescaped "," in TEXT`);
    }
    if (name === 'BEGIN') open.push(value);
    if (name === 'END' && open.pop() !== value) problems.push(`line ${at}: END:${value} closes nothing open`);
  }
  if (open.length) problems.push(`unclosed: ${open.join(', ')}`);
  return problems;
}

/** Where the name and parameters end: the first ":" outside a quoted parameter value. */
function nameEnd(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  return -1;
}
