import { readFileSync } from 'node:fs';

/** One login of the platform, as BrowserJourneysIT hands it over. */
export interface Login {
  username: string;
  password: string;
}

/**
 * What BrowserJourneysIT prepared through the public API before the browser runs: where the platform answers, the
 * logins of each role and the ids of the objects each journey starts from (file named by BROWSER_FIXTURE).
 */
export interface Fixture {
  gateway: string;
  keycloak: string;
  realm: string;
  keycloakAdmin: Login;
  screenshots: string | null;
  users: Record<string, Login>;
  data: Record<string, string>;
}

let loaded: Fixture | undefined;

export function fixture(): Fixture {
  if (!loaded) {
    const file = process.env.BROWSER_FIXTURE;
    if (!file) {
      throw new Error('BROWSER_FIXTURE names the fixture file BrowserJourneysIT writes; run the browser tests through'
        + ' ./mvnw -pl infra/system-tests -am verify -Dit.test=BrowserJourneysIT');
    }
    loaded = JSON.parse(readFileSync(file, 'utf8')) as Fixture;
  }
  return loaded;
}

export function user(role: string): Login {
  const login = fixture().users[role];
  if (!login) {
    throw new Error(`the fixture has no ${role} login`);
  }
  return login;
}

export function data(key: string): string {
  const value = fixture().data[key];
  if (value === undefined) {
    throw new Error(`the fixture has no ${key}`);
  }
  return value;
}
