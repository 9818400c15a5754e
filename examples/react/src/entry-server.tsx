import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';

/** The server side of ssr.html: the wrappers only, since React does not set properties on plain tags it hydrates. */
export const render = () =>
  renderToString(
    <StrictMode>
      <App plainTags={false} />
    </StrictMode>,
  );
