// The person's own notifications (GET /api/notifications: a learner's about their enrolments, a member-admin's about
// their organisation), newest first, marked read one by one, and their choices: the language and the kinds turned off
// (GET and PUT /api/notifications/preferences). The texts come rendered by member-service in the person's language.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/member-service";
import { FormProblem, SelectField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, ErrorState, QueryView } from "../../components/States";
import { formatDateTime } from "../../format/format";
import { t } from "../../i18n";

type Notification = components["schemas"]["NotificationView"];
type Preferences = components["schemas"]["PreferencesView"];

function NotificationItem({ notification }: { notification: Notification }) {
  const queryClient = useQueryClient();
  const read = useMutation({
    mutationFn: () => unwrap(api.member.POST("/api/notifications/{id}/read", { params: { path: { id: notification.id ?? "" } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["notifications"] }),
  });
  const unread = !notification.readAt;
  return (
    <li className={unread ? "notification notification-unread" : "notification"}>
      <h3>
        {unread ? <span className="badge">{t.notifications.unread}</span> : null} {notification.subject}
      </h3>
      <p>{notification.text}</p>
      <p className="hint">{formatDateTime(notification.createdAt)}</p>
      {unread ? (
        <button type="button" onClick={() => read.mutate()} disabled={read.isPending} aria-label={t.notifications.markReadFor(notification.subject ?? "")}>
          {t.notifications.markRead}
        </button>
      ) : null}
      {read.error ? <ErrorState error={read.error} /> : null}
    </li>
  );
}

function PreferencesForm({ preferences }: { preferences: Preferences }) {
  const queryClient = useQueryClient();
  const [language, setLanguage] = useState(preferences.languageDefault ? "" : (preferences.language ?? ""));
  const [muted, setMuted] = useState<string[]>(preferences.muted ?? []);
  useEffect(() => {
    setLanguage(preferences.languageDefault ? "" : (preferences.language ?? ""));
    setMuted(preferences.muted ?? []);
  }, [preferences]);
  const save = useMutation({
    mutationFn: () => unwrap(api.member.PUT("/api/notifications/preferences", { body: { language: language === "" ? undefined : language, muted } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["notifications"] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const toggle = (kind: string, on: boolean) => setMuted((current) => (on ? current.filter((k) => k !== kind) : [...current, kind]));
  return (
    <form onSubmit={submit} noValidate>
      <SelectField label={t.notifications.language} name="language" problem={save.error} value={language} onChange={(event) => setLanguage(event.target.value)}>
        <option value="">{t.notifications.languageDefault}</option>
        <option value="en">English</option>
        <option value="de">Deutsch</option>
      </SelectField>
      <fieldset>
        <legend>{t.notifications.kindsLegend}</legend>
        {(preferences.kinds ?? []).map((kind) => (
          <div key={kind} className="field field-checkbox">
            <label>
              <input type="checkbox" name={`kind-${kind}`} checked={!muted.includes(kind)} onChange={(event) => toggle(kind, event.target.checked)} />{" "}
              {t.notifications.kinds[kind as keyof typeof t.notifications.kinds] ?? kind}
            </label>
          </div>
        ))}
      </fieldset>
      <FormProblem problem={save.error} fields={["language", "muted"]} />
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? t.common.saving : t.notifications.save}
      </button>
      {save.isSuccess && !save.isPending ? <p role="status">{t.notifications.saved}</p> : null}
    </form>
  );
}

export function NotificationsPage() {
  const paging = usePaging();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const notifications = useQuery({
    queryKey: ["notifications", "list", unreadOnly, paging.page, paging.size],
    queryFn: () => unwrap(api.member.GET("/api/notifications", { params: { query: { unread: unreadOnly || undefined, page: paging.page, size: paging.size } } })),
  });
  const preferences = useQuery({
    queryKey: ["notifications", "preferences"],
    queryFn: () => unwrap(api.member.GET("/api/notifications/preferences")),
  });
  return (
    <Page title={t.notifications.title} intro={t.notifications.intro}>
      <label className="field-checkbox">
        <input type="checkbox" checked={unreadOnly} onChange={(event) => { setUnreadOnly(event.target.checked); paging.setPage(0); }} /> {t.notifications.unreadOnly}
      </label>
      <QueryView query={notifications}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{unreadOnly ? t.notifications.noneUnread : t.notifications.none}</Empty>
          ) : (
            <>
              <ul className="notifications">
                {(data.items ?? []).map((notification) => (
                  <NotificationItem key={notification.id} notification={notification} />
                ))}
              </ul>
              <Pager info={data} onPage={paging.setPage} onSize={paging.setSize} size={paging.size} />
            </>
          )
        }
      </QueryView>
      <Section title={t.notifications.settings}>
        <QueryView query={preferences}>{(data) => <PreferencesForm preferences={data} />}</QueryView>
      </Section>
    </Page>
  );
}
