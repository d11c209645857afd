// Adds a session to a cohort (POST /api/cohorts/{cohortId}/sessions): date, start and end time, a place or an online
// link, an optional topic. The API's reasons show at the fields they name (overlaps at the start time, the cohort's
// dates at the date, the length and the course's hours at the end time).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import { FormProblem, TextField } from "../../components/Form";
import { t } from "../../i18n";

const FIELDS = ["date", "startTime", "endTime", "place", "onlineLink", "title"] as const;
type Values = Record<(typeof FIELDS)[number], string>;
const EMPTY: Values = { date: "", startTime: "", endTime: "", place: "", onlineLink: "", title: "" };

/** The form into the request: blank optional fields are left out, times and dates sent as typed. */
export function toSessionRequest(values: Values) {
  const body: Record<string, string> = { date: values.date, startTime: values.startTime, endTime: values.endTime };
  for (const optional of ["place", "onlineLink", "title"] as const) {
    if (values[optional].trim() !== "") body[optional] = values[optional].trim();
  }
  return body as { date: string; startTime: string; endTime: string; place?: string; onlineLink?: string; title?: string };
}

export function AddSession({ cohortId }: { cohortId: string }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(EMPTY);
  const add = useMutation({
    mutationFn: (body: ReturnType<typeof toSessionRequest>) =>
      unwrap(api.curriculum.POST("/api/cohorts/{cohortId}/sessions", { params: { path: { cohortId } }, body })),
    onSuccess: () => {
      setValues(EMPTY);
      void queryClient.invalidateQueries({ queryKey: ["cohort", cohortId] });
    },
  });
  const a = t.sessions.add;
  const set = (name: keyof Values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(toSessionRequest(values));
  };
  const problem = add.error;
  return (
    <form onSubmit={submit} className="form" aria-label={a.title}>
      <TextField label={a.date} name="date" type="date" required problem={problem} value={values.date} onChange={set("date")} />
      <TextField label={a.startTime} name="startTime" type="time" required problem={problem} value={values.startTime} onChange={set("startTime")} />
      <TextField label={a.endTime} name="endTime" type="time" required problem={problem} value={values.endTime} onChange={set("endTime")} hint={a.endHint} />
      <TextField label={a.place} name="place" problem={problem} value={values.place} onChange={set("place")} hint={a.whereHint} />
      <TextField label={a.onlineLink} name="onlineLink" type="url" problem={problem} value={values.onlineLink} onChange={set("onlineLink")} />
      <TextField label={a.topic} name="title" problem={problem} value={values.title} onChange={set("title")} />
      <button type="submit" className="primary" disabled={add.isPending}>
        {add.isPending ? t.common.saving : a.submit}
      </button>
      {add.isSuccess ? (
        <p role="status" className="ok">
          {a.added}
        </p>
      ) : null}
      {problem ? <FormProblem problem={problem} fields={FIELDS} /> : null}
    </form>
  );
}
