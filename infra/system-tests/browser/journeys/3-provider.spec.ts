import { expect, test } from '@playwright/test';
import { assertAccessible } from '../support/accessibility';
import { data } from '../support/fixture';
import { screenshot, signIn, signOutAndProveIt } from '../support/session';

test('provider: records the outcomes of a running cohort\'s seats in one table', async ({ page, context }) => {
  const watch = await signIn(page, 'provider');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await assertAccessible(page, 'provider home (my cohorts)');
  await screenshot(page, 'provider');

  await page.goto(`/provider/cohorts/${data('runningCohortId')}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(data('runningCourseTitle'));
  const seats = page.getByRole('table', { name: 'Seats of the cohort and their outcomes' });
  await expect(seats.getByRole('row')).toHaveCount(3);
  await assertAccessible(page, 'roster with outcome entry');
  for (const seat of [1, 2]) {
    await seats.getByLabel(`Outcome, seat ${seat}`).selectOption('COMPLETED');
    await seats.getByLabel(`Hours attended, seat ${seat}`).fill('16');
    await seats.getByLabel(`Score before, seat ${seat}`).fill(String(40 + seat));
    await seats.getByLabel(`Score after, seat ${seat}`).fill(String(70 + seat));
    await seats.getByLabel(`Satisfaction (1–5), seat ${seat}`).fill('5');
    await seats.getByLabel(`Credential, seat ${seat}`).check();
    await seats.getByRole('button', { name: `Save the outcome of seat ${seat}` }).click();
    await expect(seats.getByRole('row').nth(seat)).toContainText('Saved');
  }
  for (const id of [data('learnerEnrolmentId'), data('colleagueEnrolmentId')]) {
    const enrolment = await (await page.request.get(`/api/enrolments/${id}`)).json();
    expect(enrolment.status, `enrolment ${id}`).toBe('COMPLETED');
    expect(enrolment.outcome.credentialAwarded).toBe(true);
  }
  await watch.assertNoTokenSeen();
  await signOutAndProveIt(page, context, 'provider');
});
