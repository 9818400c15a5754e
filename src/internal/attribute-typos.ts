/**
 * Mistyped attribute names (`heading-levle`, `filtrable`, `heading_level` written by hand): the browser keeps them and
 * the element never reads them, so the setting silently stays at its default. Only a name near one of the element's
 * own attributes is reported: frameworks and pages add attributes of their own (`ng-reflect-…`, `x-data`), which are
 * none of the element's business.
 */
import { nearest } from './suggest.js';

/** Attributes every HTML element may carry; never a typo of the element's own. */
const GLOBAL = new Set([
  'id',
  'class',
  'style',
  'slot',
  'lang',
  'dir',
  'hidden',
  'title',
  'tabindex',
  'role',
  'part',
  'exportparts',
  'is',
  'nonce',
  'autofocus',
  'inert',
  'popover',
  'translate',
  'draggable',
  'spellcheck',
  'contenteditable',
  'accesskey',
]);

/** One sentence per attribute of `host` that is not its own but near one: `attribute "x" is … (did you mean "y"?)`. */
export function attributeTypos(host: HTMLElement): { name: string; message: string }[] {
  const own = (host.constructor as { observedAttributes?: readonly string[] }).observedAttributes ?? [];
  const known = new Set(own);
  const typos: { name: string; message: string }[] = [];
  for (const { name } of Array.from(host.attributes)) {
    if (known.has(name) || GLOBAL.has(name) || /^(aria-|data-|on)|:/.test(name)) continue;
    const near = nearest(name, own);
    if (near)
      typos.push({ name, message: `attribute "${name}" is not one it reads, ignored (did you mean "${near}"?)` });
  }
  return typos;
}
