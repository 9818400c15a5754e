/**
 * The BibTeX actions of `<paper-list>`: each paper's "BibTeX" button (copy, or show the entry selected when the
 * clipboard is refused) and "Download .bib". Keys are worked out over all papers, so a paper has the same key in
 * its button and in any download.
 */
import { downloadText } from '../internal/download.js';
import { bibtexEntry, bibtexFile, bibtexKeys } from './bibtex.js';
import { toAscii, type PaperData } from './model.js';

export interface BibtexHost {
  readonly shadowRoot: ShadowRoot | null;
  readonly updateComplete: Promise<boolean>;
  venue?: string;
  year?: string;
}

export class BibtexActions {
  /** Papers whose entry is shown below them (the clipboard was refused). */
  private open = new Set<string>();
  /** The paper whose entry was copied last: only its button says "copied". */
  private copied?: string;
  private keyCache?: { all: PaperData[]; year?: string; keys: Map<PaperData, string> };

  constructor(
    private readonly host: BibtexHost,
    private readonly options: {
      /** All papers, in the data's order. */
      all(): PaperData[];
      /** The paper with this id. */
      paper(id: string): PaperData | undefined;
      /** Patches a paper's button and entry to `state(p)`. */
      patch(p: PaperData): void;
      /** Says what happened to screen readers (a polite live region), in the page's language. */
      announce(what: 'copied' | 'refused', p: PaperData): void;
    },
  ) {}

  private get context() {
    return { venue: this.host.venue, year: this.host.year };
  }

  /** What a paper's BibTeX button and entry show. */
  state(p: PaperData): { bibtex?: string; copied: boolean } {
    return { bibtex: this.open.has(p.id) ? this.entry(p) : undefined, copied: this.copied === p.id };
  }

  /** The .bib file of these papers. */
  file(papers: PaperData[]): string {
    return bibtexFile(papers, this.context, this.keys());
  }

  /** Every paper's BibTeX key, worked out over all papers. */
  private keys(): Map<PaperData, string> {
    const all = this.options.all();
    const year = this.host.year;
    if (this.keyCache?.all !== all || this.keyCache.year !== year)
      this.keyCache = { all, year, keys: bibtexKeys(all, year) };
    return this.keyCache.keys;
  }

  private entry(p: PaperData): string {
    return bibtexEntry(p, this.context, this.keys().get(p));
  }

  /** A paper's BibTeX button: copies its entry, or closes the entry shown. */
  async click(p: PaperData): Promise<void> {
    if (this.open.delete(p.id)) {
      this.options.patch(p);
      return;
    }
    const entry = this.entry(p);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(entry);
      const before = this.copied;
      this.copied = p.id;
      this.options.announce('copied', p);
      this.options.patch(p);
      // Only the last copied paper says "copied".
      const previous = before === undefined || before === p.id ? undefined : this.options.paper(before);
      if (previous) this.options.patch(previous);
    } catch {
      // Refused (no permission, not a secure page): show it selected so Ctrl+C works.
      this.open.add(p.id);
      this.options.announce('refused', p);
      this.options.patch(p);
      await this.host.updateComplete;
      const pre = this.host.shadowRoot!.getElementById(p.id)?.querySelector<HTMLElement>('[part="bibtex"]');
      if (pre) {
        pre.focus();
        getSelection()?.selectAllChildren(pre);
      }
    }
  }

  /** Saves these papers as `<venue>.bib`. */
  download(papers: PaperData[]): void {
    const name =
      toAscii(this.host.venue ?? 'papers')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'papers';
    downloadText(this.host.shadowRoot!, this.file(papers), `${name}.bib`, 'application/x-bibtex');
  }
}
