import { expect, test } from '@playwright/test';
import { assertAccessible } from '../support/accessibility';
import { callAs } from '../support/api';
import { data } from '../support/fixture';
import { screenshot, signIn, signOutAndProveIt } from '../support/session';

function isoDay(offset: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

test('coordinator: admits an applicant, schedules and opens a cohort, sees its fill change', async ({ page, context }) => {
  const watch = await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('overview');
  await assertAccessible(page, 'coordinator home (alliance overview)');
  await screenshot(page, 'coordinator');

  // the employer that applied is admitted
  await page.getByRole('navigation').getByRole('link', { name: 'Membership applications' }).click();
  const application = page.getByRole('row').filter({ hasText: data('applicantName') });
  await expect(application).toContainText('Applied');
  await assertAccessible(page, 'membership applications');
  await application.getByRole('button', { name: 'Admit' }).click();
  await expect(page.getByRole('row').filter({ hasText: data('applicantName') })).toHaveCount(0);
  const memberships = await (await page.request.get(`/api/memberships?allianceId=${data('allianceId')}&status=ACTIVE&size=200`)).json();
  expect(memberships.items.map((m: { organisationId: string }) => m.organisationId), 'the active members')
    .toContain(data('applicantId'));

  // a cohort scheduled through the form, then opened
  await page.getByRole('navigation').getByRole('link', { name: 'Cohorts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cohorts' })).toBeVisible();
  await assertAccessible(page, 'cohorts');
  await page.getByRole('button', { name: 'Schedule a cohort' }).click();
  const form = page.getByRole('form', { name: 'Schedule a cohort' });
  const course = form.getByLabel('Course');
  const option = course.locator('option').filter({ hasText: data('courseToScheduleTitle') }).first();
  await course.selectOption(await option.getAttribute('value') ?? '');
  await form.getByLabel('Enrolment opens').fill(isoDay(0));
  await form.getByLabel('Enrolment closes').fill(isoDay(50));
  await form.getByLabel('Starts').fill(isoDay(61));
  await form.getByLabel('Ends').fill(isoDay(62));
  await form.getByRole('textbox', { name: 'Seats (required)' }).fill('3');
  await form.getByLabel('Minimum participants').fill('1');
  await form.getByLabel('Price').fill('300.00');
  await assertAccessible(page, 'cohort form');
  await form.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The cohort is scheduled' })).toBeVisible();
  const planned = await (await page.request.get(
    `/api/cohorts?allianceId=${data('allianceId')}&status=PLANNED&startsFrom=${isoDay(61)}&startsTo=${isoDay(61)}`)).json();
  expect(planned.items).toHaveLength(1);
  const cohortId = planned.items[0].id as string;

  await page.goto(`/coordinator/cohorts/${cohortId}`);
  await page.getByRole('button', { name: 'Open for enrolment' }).click();
  await expect(page.getByText('Open for enrolment').first()).toBeVisible();
  await expect(page.getByText('0 of 3 seats taken').first()).toBeVisible();
  await assertAccessible(page, 'cohort (coordinator)');

  // an employer enrols someone: the fill the coordinator sees moves
  const staff = await callAs('member-admin', 'GET', `/api/staff?employerId=${data('employerId')}&status=ACTIVE&size=1`);
  const enrolment = await callAs('member-admin', 'POST', '/api/enrolments',
    { cohortId, employerId: data('employerId'), staffId: staff.json.items[0].id });
  expect(enrolment.status).toBe(201);
  await page.reload();
  await expect(page.getByText('1 of 3 seats taken').first()).toBeVisible();

  await watch.assertNoTokenSeen();
  await signOutAndProveIt(page, context, 'coordinator');
});
