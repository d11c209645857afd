import { expect, type Page, type Response } from '@playwright/test';

/** A JSON Web Token (header.payload.signature, the first two base64url JSON objects) or a token field's name. */
const TOKEN = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*|"(access|refresh|id)_token"/;

/**
 * Watches every response the browser gets from the gateway and remembers any whose body carries a token: the
 * gateway keeps the tokens server-side (docs/gateway.md), so none may ever reach the page.
 */
export class TokenWatch {
  private readonly leaks: string[] = [];
  private readonly pending: Promise<void>[] = [];

  constructor(page: Page, private readonly origin: string) {
    page.on('response', (response) => {
      this.pending.push(this.inspect(response));
    });
  }

  private async inspect(response: Response): Promise<void> {
    if (!response.url().startsWith(this.origin) || response.status() >= 300 && response.status() < 400) {
      return;
    }
    const type = response.headers()['content-type'] ?? '';
    if (!/json|text|javascript|html/.test(type)) {
      return;
    }
    try {
      const body = await response.text();
      const found = TOKEN.exec(body);
      if (found) {
        this.leaks.push(`${response.request().method()} ${response.url()}: ${found[0].slice(0, 40)}...`);
      }
    } catch {
      // a body no longer available (the page navigated away): nothing to read
    }
  }

  /** No response so far carried a token. */
  async assertNoTokenSeen(): Promise<void> {
    await Promise.all(this.pending);
    expect(this.leaks, 'responses to the browser that carry a token').toEqual([]);
  }
}

/** Neither document.cookie, localStorage nor sessionStorage holds a token. */
export async function assertNoTokenInBrowserStorage(page: Page): Promise<void> {
  const storage = await page.evaluate(() => ({
    cookie: document.cookie,
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
  expect(storage.cookie, 'document.cookie').not.toMatch(TOKEN);
  expect(storage.local, 'localStorage').not.toMatch(TOKEN);
  expect(storage.session, 'sessionStorage').not.toMatch(TOKEN);
  expect(storage.cookie, 'document.cookie must not show the HttpOnly session cookie').not.toMatch(/SESSION=/);
}
