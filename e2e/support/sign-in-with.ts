import type { Page } from 'playwright-core';

/** Labels of the sign-in form in each language, as a reader sees them. */
const labels = {
  en: { email: 'Email address', password: 'Password', submit: 'Sign in' },
  fr: { email: 'Adresse courriel', password: 'Mot de passe', submit: 'Se connecter' },
} as const;

/**
 * Opens the sign-in page in a language and submits an email and password, as a person would.
 * Waits only for the form to be sent; the caller checks where it leads.
 */
export async function signInWith(
  page: Page,
  baseUrl: string,
  { email, password, lang }: { email: string; password: string; lang: 'en' | 'fr' },
): Promise<void> {
  const text = labels[lang];
  await page.goto(`${baseUrl}/sign-in?lang=${lang}`);
  await page.getByLabel(text.email).fill(email);
  await page.getByLabel(text.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: text.submit, exact: true }).click();
}
