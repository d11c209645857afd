import { useState, type FormEvent } from "react";
import { TextField } from "../../components/Form";
import { t } from "../../i18n";

/** The statement's period: two dates, applied together. */
export function PeriodForm({ from, to, onApply, problem }: { from: string; to: string; onApply: (from: string, to: string) => void; problem?: unknown }) {
  const [values, setValues] = useState({ from, to });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values.from, values.to);
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t.money.period}>
      <TextField label={t.money.from} name="from" type="date" problem={problem} value={values.from} onChange={(event) => setValues({ ...values, from: event.target.value })} />
      <TextField label={t.money.to} name="to" type="date" problem={problem} value={values.to} onChange={(event) => setValues({ ...values, to: event.target.value })} />
      <button type="submit">{t.common.apply}</button>
    </form>
  );
}
