/** The payload of {@link WeFavoritesChangeEvent}. */
export interface WeFavoritesChangeDetail {
  /** The starred session ids, in the order they were starred. */
  favorites: string[];
}

/** `we-favorites-change`: the visitor starred or unstarred a session, or opened a shared "My program" link. */
export class WeFavoritesChangeEvent extends CustomEvent<WeFavoritesChangeDetail> {
  constructor(detail: WeFavoritesChangeDetail) {
    super('we-favorites-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'we-favorites-change': WeFavoritesChangeEvent;
  }
  /** It bubbles to the document: `document.addEventListener('we-favorites-change', …)` is typed too. */
  interface DocumentEventMap {
    'we-favorites-change': WeFavoritesChangeEvent;
  }
}
