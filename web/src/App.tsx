import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes } from "react-router";
import { ProblemError } from "./api/problem";
import { areasOf } from "./areas/areas";
import { ErrorState, Loading } from "./components/States";
import { Page } from "./components/Page";
import { t } from "./i18n";
import { Layout } from "./layout/Layout";
import { VerifyPage } from "./features/credentials/VerifyPage";
import { useSession, type Session } from "./session/session";
import { SessionProvider } from "./session/SessionContext";
import { SignIn } from "./session/SignIn";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // a refusal (4xx) is an answer, not a hiccup: no retries of it
        retry: (failures, error) => !(error instanceof ProblemError && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** The public page where anyone verifies a credential (the gateway serves it to everyone, docs/gateway.md). */
export const VERIFY_PATH = "/verify";

function NotFound() {
  return (
    <Page title={t.shell.pageNotFoundTitle}>
      <p>{t.shell.pageNotFound}</p>
    </Page>
  );
}

function NoPages({ session }: { session: Session }) {
  return (
    <Page title={t.shell.noPagesTitle}>
      <p>{t.shell.noPages(session.roles.join(", "))}</p>
    </Page>
  );
}

function SignedIn({ session }: { session: Session }) {
  const areas = areasOf(session);
  const first = areas[0];
  return (
    <SessionProvider session={session}>
    <Layout session={session} areas={areas}>
      <Routes>
        <Route path="/" element={first ? <first.Home /> : <NoPages session={session} />} />
        {areas.map((area) => (
          <Route key={area.role} path={area.homePath} element={<area.Home />} />
        ))}
        {areas
          .flatMap((area) => area.routes)
          // a page in several areas (notifications: learner and member-admin) is mounted once
          .filter((route, index, all) => all.findIndex((other) => other.path === route.path) === index)
          .map((route) => (
            <Route key={route.path} path={route.path} element={<route.Component />} />
          ))}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Layout>
    </SessionProvider>
  );
}

function Shell() {
  const session = useSession();
  if (session.isPending) {
    return (
      <main id="main">
        <Loading label={t.shell.checkingSession} />
      </main>
    );
  }
  if (session.error) {
    return (
      <main id="main">
        <h1>{t.errors.title}</h1>
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </main>
    );
  }
  return session.data ? <SignedIn session={session.data} /> : <SignIn />;
}

export function App({ queryClient = createQueryClient() }: { queryClient?: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          {/* public: anyone verifies a credential without signing in, so the session is not asked for */}
          <Route path={VERIFY_PATH} element={<VerifyPage />} />
          <Route path="*" element={<Shell />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
