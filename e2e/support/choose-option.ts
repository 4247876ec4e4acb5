import type { Locator, Page } from 'playwright-core';

/**
 * Picks an option of a react-aria drop-down list by its label, within `scope` (a row of a form
 * that repeats its labels, say). The list's button is named by its label and its value.
 */
export async function chooseOption(scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  await scope.getByRole('button', { name: new RegExp(`(^|\\s)${label}($|\\s)`) }).click();
  await page.getByRole('listbox').getByRole('option', { name: option }).first().click();
}
