import type { Page } from 'playwright-core';

/** Collects the CSP violations the document reports, from before the first script runs (an init script). */
export function recordViolations() {
  const seen: string[] = [];
  (window as unknown as { __csp: string[] }).__csp = seen;
  document.addEventListener('securitypolicyviolation', (e) => {
    seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
  });
}

export const violations = (page: Page) => page.evaluate(() => [...(window as unknown as { __csp: string[] }).__csp]);
