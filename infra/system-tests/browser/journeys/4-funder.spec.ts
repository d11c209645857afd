import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { assertAccessible } from '../support/accessibility';
import { data } from '../support/fixture';
import { screenshot, signIn, signOutAndProveIt } from '../support/session';

test('funder: approves and pays a claim, opens the impact report and finds its figures in the CSV', async ({ page, context }) => {
  const watch = await signIn(page, 'funder');
  await expect(page.getByRole('heading', { level: 1, name: 'Grant programmes' })).toBeVisible();
  await assertAccessible(page, 'funder home (programmes)');
  await screenshot(page, 'funder');

  // the claim the provider's outcomes gave Feinwerk (journey 3): approved, then paid
  const claims = await (await page.request.get(`/api/claims?cohortId=${data('runningCohortId')}&status=SUBMITTED`)).json();
  expect(claims.items, 'the claim of the running cohort').toHaveLength(1);
  const claimId = claims.items[0].id as string;
  const claimed = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(claims.items[0].claimedMinor / 100);
  await page.getByRole('navigation').getByRole('link', { name: 'Claims' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible();
  await page.getByLabel('Status').selectOption('SUBMITTED');
  const row = page.getByRole('row').filter({ hasText: 'Submitted' }).filter({ hasText: claimed });
  await expect(row).toHaveCount(1);
  await assertAccessible(page, 'claims');
  await row.getByRole('button', { name: 'Approve' }).click();
  await expect.poll(async () => (await (await page.request.get(`/api/claims/${claimId}`)).json()).status).toBe('APPROVED');
  await page.getByLabel('Status').selectOption('APPROVED');
  const approved = page.getByRole('row').filter({ hasText: 'Approved' }).filter({ hasText: claimed });
  await approved.getByRole('button', { name: 'Pay' }).click();
  await expect.poll(async () => (await (await page.request.get(`/api/claims/${claimId}`)).json()).status).toBe('PAID');

  // the impact report of the programme: the page's figures are the CSV's
  await page.getByRole('navigation').getByRole('link', { name: /^Home|Grant programmes/ }).first().click();
  await page.getByRole('row').filter({ hasText: data('programmeName') }).getByRole('link', { name: 'Impact report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(data('programmeName'));
  const figure = (label: string) => page.locator('dl.figures dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  await expect(figure('Participants')).not.toBeEmpty();
  await assertAccessible(page, 'impact report');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download (as )?CSV/ }).first().click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const value = (field: string) => csv.split(/\r?\n/).find((line) => line.startsWith(`${field},`))?.split(',')[1];
  for (const [label, field] of [['Participants', 'participants'], ['Employers served', 'employersServed'],
    ['Seats', 'enrolments'], ['Completions', 'completions'], ['Credentials', 'credentials']]) {
    const shown = (await figure(label).innerText()).replace(/[,\s]/g, '');
    expect(shown, `${label} on the page and ${field} in the CSV`).toBe(value(field));
  }
  await watch.assertNoTokenSeen();
  await signOutAndProveIt(page, context, 'funder');
});
