import { Page } from "../../components/Page";
import { t } from "../../i18n";

/** A member-admin page opened by an account that acts for no employer (an alliance-admin without an organisation). */
export function NoEmployer({ title }: { title: string }) {
  return (
    <Page title={title}>
      <p className="state">{t.employer.noEmployer}</p>
    </Page>
  );
}
