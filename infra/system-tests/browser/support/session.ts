import { expect, request, type BrowserContext, type Page } from '@playwright/test';
import { assertAccessible } from './accessibility';
import { fixture, user, type Login } from './fixture';
import { keycloakSessionsOf } from './keycloak';
import { assertNoTokenInBrowserStorage, TokenWatch } from './tokens';

/** The Keycloak session each page's sign-in opened. */
const browserSessions = new WeakMap<Page, string>();

/**
 * Signs in the way a person does: the web app's sign-in button, Keycloak's own login page, back to the web app.
 * Returns the watch that checks no response of the session hands a token to the browser.
 */
export async function signIn(page: Page, role: string, login: Login = user(role)): Promise<TokenWatch> {
  const watch = new TokenWatch(page, fixture().gateway);
  const before = await keycloakSessionsOf(login.username);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /sign in/i })).toBeVisible();
  await assertAccessible(page, 'sign-in screen');
  await page.getByRole('link', { name: /sign in/i }).or(page.getByRole('button', { name: /sign in/i })).first().click();
  await expect(page).toHaveURL(new RegExp(`^${escape(fixture().keycloak)}/realms/${fixture().realm}/`));
  await page.locator('#username').fill(login.username);
  await page.locator('#password').fill(login.password);
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(new RegExp(`^${escape(fixture().gateway)}/`));
  await expect(page.getByRole('button', { name: /sign out/i })).toBeVisible();
  await assertNoTokenInBrowserStorage(page);
  const session = (await page.context().cookies(fixture().gateway)).find((cookie) => cookie.name === 'SESSION');
  expect(session, 'the session cookie').toBeDefined();
  expect(session?.httpOnly, 'the session cookie is HttpOnly').toBe(true);
  expect(session?.sameSite, 'the session cookie is SameSite').toBe('Lax');
  const opened = (await keycloakSessionsOf(login.username)).filter((id) => !before.includes(id));
  expect(opened, 'the Keycloak session this sign-in opened').toHaveLength(1);
  browserSessions.set(page, opened[0]);
  return watch;
}

/**
 * Signs out with the web app's button, then proves it: the old session cookie gets 401 from the gateway and
 * Keycloak holds no session of the person any more.
 */
export async function signOutAndProveIt(page: Page, context: BrowserContext, username: string): Promise<void> {
  const before = (await context.cookies(fixture().gateway)).find((cookie) => cookie.name === 'SESSION');
  expect(before).toBeDefined();
  const keycloakSession = browserSessions.get(page);
  expect(await keycloakSessionsOf(username), 'Keycloak sessions while signed in').toContain(keycloakSession);
  await page.getByRole('button', { name: /sign out/i }).click();
  await expect(page.getByRole('link', { name: /sign in/i }).or(page.getByRole('button', { name: /sign in/i }))
    .first()).toBeVisible();
  expect(page.url().startsWith(fixture().gateway), 'back on the web app after signing out').toBe(true);

  const oldCookie = await request.newContext({
    baseURL: fixture().gateway,
    extraHTTPHeaders: { Cookie: `SESSION=${before?.value}` },
  });
  try {
    expect((await oldCookie.get('/bff/session')).status(), 'the old session cookie on /bff/session').toBe(401);
    expect((await oldCookie.get('/api/courses')).status(), 'the old session cookie on the API').toBe(401);
  } finally {
    await oldCookie.dispose();
  }
  expect(await keycloakSessionsOf(username), 'Keycloak sessions after signing out').not.toContain(keycloakSession);
}

/** Saves the page as docs/screenshots/<name>.png when the run was asked to (-Pscreenshots-write). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = fixture().screenshots;
  if (folder) {
    await page.screenshot({ path: `${folder}/${name}.png`, fullPage: false });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
