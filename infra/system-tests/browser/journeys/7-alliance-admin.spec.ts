import { expect, test } from '@playwright/test';
import { assertAccessible } from '../support/accessibility';
import { screenshot, signIn, signOutAndProveIt } from '../support/session';

test('alliance-admin: reaches every role\'s pages from one navigation', async ({ page, context }) => {
  const watch = await signIn(page, 'alliance-admin');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await assertAccessible(page, 'alliance-admin home');
  await screenshot(page, 'alliance-admin');
  const navigation = page.getByRole('navigation');
  for (const area of ['Staff', 'Membership applications', 'My courses', 'Applications', 'Learner']) {
    await expect(navigation.getByRole('link', { name: area }).first()).toBeVisible();
  }
  await navigation.getByRole('link', { name: 'Membership applications' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Membership applications' })).toBeVisible();
  await assertAccessible(page, 'membership applications (alliance-admin)');
  await watch.assertNoTokenSeen();
  await signOutAndProveIt(page, context, 'alliance-admin');
});
