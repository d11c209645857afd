import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { assertAccessible } from '../support/accessibility';
import { data, user } from '../support/fixture';
import { screenshot, signIn, signOutAndProveIt } from '../support/session';

test('learner: sees own enrolments, downloads own badge, sees nobody else\'s', async ({ page, context }) => {
  const watch = await signIn(page, 'learner');
  await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible();
  // the seat the provider's outcome completed (journey 3), with its badge
  const row = page.getByRole('row').filter({ hasText: data('runningCourseTitle') }).filter({ hasText: 'Completed' }).first();
  await expect(row).toBeVisible();
  await assertAccessible(page, 'learner home (my learning)');
  await screenshot(page, 'learner');

  // the Open Badge of the completed enrolment, as a file
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: /badge/i }).click();
  const file = await (await download).path();
  const badge = JSON.parse(readFileSync(file, 'utf8'));
  expect(JSON.stringify(badge)).toContain('OpenBadgeCredential');

  // nobody else's: the list holds only the learner's own, and a colleague's enrolment is not found
  const own = await (await page.request.get('/api/enrolments?size=200')).json();
  expect(own.items.map((e: { id: string }) => e.id)).toContain(data('learnerEnrolmentId'));
  expect(own.items.map((e: { id: string }) => e.id)).not.toContain(data('colleagueEnrolmentId'));
  expect(new Set(own.items.map((e: { staffId: string }) => e.staffId)).size).toBe(1);
  await expect(page.getByRole('table', { name: 'My learning' }).getByRole('row')).toHaveCount(own.items.length + 1);
  expect((await page.request.get(`/api/enrolments/${data('colleagueEnrolmentId')}`)).status()).toBe(404);
  expect((await page.request.get(`/api/enrolments/${data('colleagueEnrolmentId')}/credential`)).status()).toBe(404);

  await watch.assertNoTokenSeen();
  await signOutAndProveIt(page, context, user('learner').username);
});
