import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// RGAA, which binds French public-sector sites, follows WCAG 2.1 AA: that is the bar.
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Serious and critical axe violations, one readable line per offending element. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Only violations come back: serialising every pass of a large page costs seconds per audit.
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).options({ resultTypes: ['violations'] }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').slice(1).join(' ')}`));
}
