/**
 * Whether an element module should register `tag`: in a browser, once. On a server (Node imports the element
 * modules for server-side rendering) nothing is registered, not even in the `customElements` stand-in that Lit
 * installs there: the elements render in the browser. Each element calls `customElements.define` itself, which is
 * how the manifest analyzer finds its tag.
 */
export const shouldDefine = (tag: string): boolean => typeof window !== 'undefined' && !customElements.get(tag);
