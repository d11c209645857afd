import { request } from '@playwright/test';
import { fixture, user } from './fixture';

/**
 * A machine client's call with a bearer token (password grant of the demo realm), for what another person does while
 * a journey watches: an employer enrolling while the coordinator looks at the cohort's fill.
 */
export async function callAs(role: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const { keycloak, realm, gateway } = fixture();
  const login = user(role);
  const http = await request.newContext();
  try {
    const token = await http.post(`${keycloak}/realms/${realm}/protocol/openid-connect/token`, {
      form: { grant_type: 'password', client_id: 'skill-alliance-web', username: login.username, password: login.password },
    });
    const accessToken = (await token.json()).access_token as string;
    const response = await http.fetch(`${gateway}${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}` },
      data: body,
    });
    const text = await response.text();
    return { status: response.status(), json: text ? JSON.parse(text) : null };
  } finally {
    await http.dispose();
  }
}
