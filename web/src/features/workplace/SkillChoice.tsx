// A skill of the catalogue chosen for a plan or a workshop. The catalogue holds thousands once ESCO is imported, so the
// person searches it (GET /api/skills?q=, on the server, sent on "Find" as the other searches are) and chooses among
// the first matches; the API's reason for `skillId` shows at the choice.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../../api/http";
import { SelectField, TextField } from "../../components/Form";
import { t } from "../../i18n";

const MATCHES = 50;

export function SkillChoice({ value, onChange, problem }: { value: string; onChange: (skillId: string) => void; problem: unknown }) {
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  const skills = useQuery({
    queryKey: ["skills", "search", q],
    queryFn: () => unwrap(api.curriculum.GET("/api/skills", { params: { query: { ...(q === "" ? {} : { q }), size: MATCHES } } })),
    staleTime: 60_000,
  });
  const w = t.workplace.skill;
  const find = () => setQ(typed.trim());
  return (
    <div className="skill-choice">
      <TextField
        label={w.search}
        name="skillSearch"
        maxLength={100}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        onKeyDown={(event) => {
          // Enter finds instead of sending the surrounding form
          if (event.key === "Enter") {
            event.preventDefault();
            find();
          }
        }}
      />
      <button type="button" onClick={find}>
        {w.find}
      </button>
      <SelectField label={w.label} name="skillId" problem={problem} required value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{skills.isPending ? t.common.loading : w.choose((skills.data?.items ?? []).length)}</option>
        {(skills.data?.items ?? []).map((skill) => (
          <option key={skill.id} value={skill.id}>
            {w.option(skill.name ?? "", skill.code ?? "")}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
