// A calendar event's description as Google Calendar writes it once it is formatted: HTML in a plain-text field
// (`<body><div>…</div></body>`, `<p>`, `<ul><li>`, `<u>`, `<span>`, Google's `<html-blob>`). The elements show the
// inline subset (`<a href>`, `b`, `i`, `em`, `strong`, `code`, `sub`, `sup`, `br`) and show any other markup as text,
// so blocks become line breaks and list items "• " lines here, and the subset is kept.
// By hand rather than with an HTML-to-text library: only these few wrappers are taken away (any other tag stays, and
// the element then shows the description as text, as written); the CLI needs no parser for that.

const BLOCK = /<\/?(?:html-blob|body|div|p|ul|ol|h[1-6]|blockquote)\b[^>]*>/gi;
const DROPPED = /<\/?(?:u|span|font)\b[^>]*>/gi;

/** The description with block markup turned into line breaks; a string without tags comes back as it is. */
export function descriptionText(text) {
  if (!/<\/?[a-z][\w-]*\b[^>]*>/i.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n*<br\s*\/?>\n*/gi, '\n')
    .replace(/\s*<li\b[^>]*>\s*/gi, '\n• ')
    .replace(/\s*<\/li>/gi, '')
    .replace(/\s*<\/(?:p|div|ul|ol|h[1-6]|blockquote)>\s*/gi, '\n\n')
    .replace(BLOCK, '\n')
    .replace(DROPPED, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
