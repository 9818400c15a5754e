/**
 * A control whose visible words are short ("Add to calendar") and whose accessible name says what it acts on
 * ("Add to calendar: Paper submission").
 *
 * The name is one run of text in a visually hidden span, and the visible words are hidden from assistive technology:
 * with the visible words in one node and only the rest (": Paper submission") in the hidden span, Chromium and WebKit
 * both named the button "Add to calendar : Paper submission" (measured through their accessibility trees), because
 * the hidden span is absolutely positioned, so a block, and they put a space around a block's text. The visible
 * words still begin the name (WCAG 2.5.3, label in name).
 */
import { html, type TemplateResult } from 'lit';

export function namedAction(visible: string, name: string): TemplateResult {
  return html`<span aria-hidden="true">${visible}</span><span class="visually-hidden">${name}</span>`;
}
