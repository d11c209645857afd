import { expect, test } from '@playwright/test';
import { assertAccessible } from '../support/accessibility';
import { data } from '../support/fixture';
import { screenshot, signIn, signOutAndProveIt } from '../support/session';

/** 20 staff, of whom line 6 has no valid email and line 12 no last name (header on line 1). */
function staffCsv(): string {
  const rows = ['firstName,lastName,email,employmentStart'];
  for (let n = 1; n <= 20; n++) {
    const email = n === 5 ? 'not-an-address' : `browser.person${n}.${data('run')}@feinwerk.example`;
    const lastName = n === 11 ? '' : `Browser${n}${data('run')}`;
    rows.push(`Person${n},${lastName},${email},2024-03-01`);
  }
  return rows.join('\n') + '\n';
}

test('member-admin: home money equals the statement, staff CSV import, three staff into two seats', async ({ page, context }) => {
  const watch = await signIn(page, 'member-admin');

  // the home page: the money figures are the statement API's, formatted for the browser's locale
  await expect(page.getByRole('heading', { level: 1 })).toContainText('overview');
  const money = page.getByRole('table', { name: /^Totals from/ });
  await expect(money).toBeVisible();
  const caption = await money.locator('caption').innerText();
  const href = await page.getByRole('link', { name: /statement with every entry/ }).getAttribute('href');
  const statementUrl = new URL(href ?? '', page.url());
  const from = statementUrl.searchParams.get('from');
  const to = statementUrl.searchParams.get('to');
  const statement = await (await page.request.get(`/api/statements?employerId=${data('employerId')}&from=${from}&to=${to}`)).json();
  const eur = statement.totals.find((row: { currency: string }) => row.currency === 'EUR');
  const format = (minor: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(minor / 100);
  const cells = money.getByRole('row', { name: /EUR/ }).getByRole('cell');
  await expect(cells.nth(0)).toHaveText(format(eur.sharesChargedMinor));
  await expect(cells.nth(1)).toHaveText(format(eur.grantOffsetsMinor));
  await expect(cells.nth(2)).toHaveText(format(eur.netPayableMinor));
  expect(caption).toContain('Totals from');
  await assertAccessible(page, 'member-admin home');
  await screenshot(page, 'member-admin');

  // the staff register: a CSV of 20 with 2 bad rows, each bad row with its field and reason
  await page.getByRole('navigation').getByRole('link', { name: 'Staff', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeVisible();
  await assertAccessible(page, 'staff register');
  await page.getByLabel('CSV file', { exact: true }).setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(staffCsv()) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('18 added, 0 updated, 0 unchanged, 2 refused.')).toBeVisible();
  const results = page.getByRole('table', { name: 'Result of each row' });
  const refused = results.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Refused', exact: true }) });
  await expect(refused).toHaveCount(2);
  await expect(refused.nth(0)).toContainText('email:');
  await expect(refused.nth(1)).toContainText('lastName:');
  await expect(results.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Added', exact: true }) }))
    .toHaveCount(18);
  await assertAccessible(page, 'staff import results');

  // the register searched on the server: one of the 18 by part of a last name, in another case
  const register = page.getByRole('search', { name: 'Search the staff register' });
  await register.getByLabel('Search staff').fill(`browser7${data('run')}`.toUpperCase());
  await register.getByLabel('Search staff').press('Enter');
  await expect(page).toHaveURL(/[?&]q=BROWSER7/);
  const found = page.getByRole('table', { name: 'Staff register' }).getByRole('link');
  await expect(found).toHaveText([`Person7 Browser7${data('run')}`]);
  await assertAccessible(page, 'staff register searched');

  // another employer's staff member opened by its address: not found, nothing of theirs shown
  await page.goto(`/staff/${data('otherTenantStaffId')}`);
  await expect(page.getByText(/Not found/)).toBeVisible();
  await assertAccessible(page, 'another tenant\'s staff member');

  // the catalogue shows the new cohort with its two seats; three staff enrolled: two confirmed, one waitlisted at 1
  await page.getByRole('navigation').getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  await assertAccessible(page, 'catalogue');
  await page.goto(`/catalogue/${data('twoSeatCourseId')}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(data('twoSeatCourseTitle'));
  await assertAccessible(page, 'course with its cohorts');
  await page.goto(`/cohorts/${data('twoSeatCohortId')}`);
  await expect(page.getByText('2 of 2')).toBeVisible();
  await assertAccessible(page, 'cohort with quote');
  for (const n of [1, 2, 3]) {
    await page.getByRole('checkbox', { name: `Person${n} Browser${n}${data('run')}` }).check();
  }
  await page.getByRole('button', { name: 'Enrol 3 people' }).click();
  const enrolled = page.getByRole('table', { name: 'Result of each enrolment' });
  await expect(enrolled.getByRole('row', { name: new RegExp(`Person1 Browser1${data('run')}`) })).toContainText('Confirmed');
  await expect(enrolled.getByRole('row', { name: new RegExp(`Person2 Browser2${data('run')}`) })).toContainText('Confirmed');
  await expect(enrolled.getByRole('row', { name: new RegExp(`Person3 Browser3${data('run')}`) })).toContainText('Waitlisted, position 1');
  await assertAccessible(page, 'enrolment results');

  await watch.assertNoTokenSeen();
  await signOutAndProveIt(page, context, 'hr-feinwerk');
});
