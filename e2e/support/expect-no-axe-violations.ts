import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Runs axe for WCAG 2.1 A and AA and fails with a readable list of any violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const report = results.violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`);
      return `- [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}\n${targets.join('\n')}`;
    })
    .join('\n');
  expect(results.violations, `axe violations on ${label}:\n${report}`).toHaveLength(0);
}
