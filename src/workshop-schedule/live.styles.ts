import { css } from 'lit';

/** The online links, mode badges, the "Online" view's dimmed sessions and the "In the room" / "Online" toggle. */
export const liveStyles = css`
  .online {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.6em;
    margin: 0.3em 0 0.15em;
  }
  .online a {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    padding: 0.15em 0.7em;
    border: 1px solid var(--_we-link);
    border-radius: var(--_we-radius);
    color: var(--_we-link);
    text-decoration: none;
    font-weight: 600;
  }
  /* "Join" is the one thing a remote participant looks for: filled. */
  .online a[part~='join'] {
    background: var(--_we-accent);
    border-color: var(--_we-accent);
    color: var(--_we-on-accent);
  }
  .online a:hover {
    text-decoration: underline;
  }
  .join-opens,
  .recording-pending {
    color: var(--_we-muted);
    font-size: 0.9em;
    margin-top: 0.2em;
  }
  .recording-pending {
    font-style: italic;
  }
  .mode {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.5em;
    line-height: 1.35;
  }
  .live-badge.soon {
    font-weight: 600;
  }
  /* In the "Online" view, a session only held in the room recedes: a dashed outline, its title in the muted colour
     (not the whole session: the muted parts inside would mix twice and lose their contrast). */
  .session.dimmed {
    background: transparent;
    border-style: dashed;
  }
  .session.dimmed .title,
  .session.dimmed .speakers {
    color: var(--_we-muted);
    font-weight: 500;
  }
  .attend {
    display: inline-flex;
  }
  .mode-note {
    align-self: center;
    color: var(--_we-muted);
    font-size: 0.875em;
  }
  .toolbar .attend button {
    border-radius: 0;
  }
  .toolbar .attend button:first-child {
    border-radius: var(--_we-radius) 0 0 var(--_we-radius);
  }
  .toolbar .attend button:last-child {
    border-radius: 0 var(--_we-radius) var(--_we-radius) 0;
    border-left: 0;
  }
  @media print {
    .attend {
      display: none;
    }
  }
`;
