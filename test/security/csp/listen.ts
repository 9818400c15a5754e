// Imported first by page.ts: records every CSP violation from the moment the elements' modules load.
export const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim()),
);
