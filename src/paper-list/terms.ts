/** The English terms of `<paper-list>` (see `internal/localize.ts`; every language has them all). */
import type { TermArgs } from '../internal/localize.js';
import { COMMON_TERMS } from '../internal/terms.js';

export const PAPER_TERMS = {
  ...COMMON_TERMS,
  loadingPapers: 'Loading papers…',
  noPapers: 'No papers yet.',
  papersSkipped: {
    one: '{n} paper could not be shown — details in the browser console',
    other: '{n} papers could not be shown — details in the browser console',
  },
  searchPapers: 'Search papers',
  searchPapersPlaceholder: 'Title, author, abstract, keyword',
  filterType: 'Type',
  filterAward: 'Award',
  filterSession: 'Session',
  filterKeyword: 'Keyword',
  allTypes: 'All types',
  allAwards: 'All papers',
  allSessions: 'All sessions',
  allKeywords: 'All keywords',
  sortBy: 'Sort by',
  sortGiven: 'Given order',
  sortTitle: 'Title',
  sortAuthor: 'First author',
  showAffiliations: 'Show affiliations',
  downloadBib: 'Download .bib',
  papersCount: { one: '{n} paper', other: '{n} papers' },
  papersShown: { one: '{shown} of {n} paper', other: '{shown} of {n} papers' },
  noPapersMatch: 'No papers match “{query}”.',
  noPapersMatchFilters: 'No papers match these filters.',
  clearFilters: 'Clear search and filters',
  linkPdf: 'PDF',
  linkPage: 'Page',
  linkCode: 'Code',
  linkVideo: 'Video',
  linkSlides: 'Slides',
  linkPoster: 'Poster',
  bibtex: 'BibTeX',
  bibtexCopied: 'BibTeX copied',
  bibtexOf: 'BibTeX of {title}',
  bibtexCopiedAnnounce: 'BibTeX of “{title}” copied to the clipboard.',
  bibtexRefused: 'Copying was refused; the BibTeX entry is shown below the paper, selected.',
};

/** A term of `<paper-list>` in the page's language (the element's `Localize.term`). */
export type PaperTerm = (key: keyof typeof PAPER_TERMS, args?: TermArgs) => string;
