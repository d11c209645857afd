import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Pages checked so far, for the run's summary. */
export const checkedPages: string[] = [];

/**
 * axe-core on the page as it stands (WCAG 2.0-2.2 A and AA rules): no serious or critical violation. Run on every
 * page a journey visits, after its content has loaded.
 */
export async function assertAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const grave = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.length} nodes:`
      + ` ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')})`);
  checkedPages.push(name);
  expect(grave, `serious or critical accessibility violations on ${name}`).toEqual([]);
}
