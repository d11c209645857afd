import { request } from '@playwright/test';
import { fixture } from './fixture';

/** Keycloak's admin API, as an operator would ask it: the ids of the sessions a person has open in the realm. */
export async function keycloakSessionsOf(username: string): Promise<string[]> {
  const { keycloak, realm, keycloakAdmin } = fixture();
  const http = await request.newContext({ baseURL: keycloak });
  try {
    const token = await http.post('/realms/master/protocol/openid-connect/token', {
      form: { grant_type: 'password', client_id: 'admin-cli', username: keycloakAdmin.username,
        password: keycloakAdmin.password },
    });
    const accessToken = (await token.json()).access_token as string;
    const headers = { Authorization: `Bearer ${accessToken}` };
    const users = await (await http.get(`/admin/realms/${realm}/users`,
      { headers, params: { username, exact: 'true' } })).json() as { id: string }[];
    if (users.length !== 1) {
      throw new Error(`Keycloak knows ${users.length} users named ${username}`);
    }
    const sessions = await (await http.get(`/admin/realms/${realm}/users/${users[0].id}/sessions`,
      { headers })).json() as { id: string }[];
    return sessions.map((session) => session.id);
  } finally {
    await http.dispose();
  }
}
