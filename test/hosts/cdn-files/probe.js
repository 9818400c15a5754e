// Loaded first by every page here (a classic script): records what the page printed or threw while the CDN files
// ran, for test/hosts/cdn-files.test.ts to read (`window.problems`).
window.problems = [];
for (const level of ['warn', 'error']) {
  console[level] = (...args) => window.problems.push(`${level}: ${args.join(' ')}`);
}
addEventListener('error', (e) => window.problems.push(`error: ${e.message}`));
addEventListener('unhandledrejection', (e) => window.problems.push(`rejection: ${e.reason}`));
