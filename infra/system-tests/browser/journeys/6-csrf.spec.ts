import { expect, test } from '@playwright/test';
import { data, fixture } from '../support/fixture';
import { signIn } from '../support/session';

async function staffCount(page: import('@playwright/test').Page): Promise<number> {
  const answer = await page.request.get(`/api/staff?employerId=${data('employerId')}&size=1`);
  expect(answer.status()).toBe(200);
  return (await answer.json()).totalItems as number;
}

test('a state-changing call without the CSRF token is refused, and a cross-site form post does nothing', async ({ page }) => {
  await signIn(page, 'member-admin');
  const before = await staffCount(page);
  const person = { employerId: data('employerId'), firstName: 'Eve', lastName: 'Forged',
    email: `eve.forged.${data('run')}@feinwerk.example`, employmentStart: '2024-01-01' };

  // the session's own browser, but no X-XSRF-TOKEN header: 403 problem+json, nothing written
  const refused = await page.request.post('/api/staff', { data: person });
  expect(refused.status()).toBe(403);
  expect(refused.headers()['content-type']).toContain('application/problem+json');
  expect(await staffCount(page)).toBe(before);

  // a page of another site posts a form to the gateway: the session cookie (SameSite=Lax) does not go with it, and
  // the post carries no CSRF token either; nothing is written
  await page.route('http://forger.example/**', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><title>forger</title><body>
      <form id="forged" method="post" action="${fixture().gateway}/api/staff" enctype="text/plain">
        <input name='{"employerId":"${data('employerId')}","firstName":"Eve","lastName":"Forged","email":"eve@x.example","pad":"' value='"}'>
      </form><script>document.getElementById('forged').submit();</script></body></html>`,
  }));
  const landed = page.waitForResponse((response) => response.url() === `${fixture().gateway}/api/staff`);
  await page.goto('http://forger.example/');
  expect([401, 403]).toContain((await landed).status());
  await page.goto('/');
  expect(await staffCount(page)).toBe(before);

  // the same call with the token from the XSRF-TOKEN cookie is what the web app sends: accepted
  const token = (await page.context().cookies(fixture().gateway)).find((cookie) => cookie.name === 'XSRF-TOKEN');
  expect(token, 'the XSRF-TOKEN cookie').toBeDefined();
  const accepted = await page.request.post('/api/staff', { data: person, headers: { 'X-XSRF-TOKEN': token?.value ?? '' } });
  expect(accepted.status(), await accepted.text()).toBe(201);
  expect(await staffCount(page)).toBe(before + 1);
});
