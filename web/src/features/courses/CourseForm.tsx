// A course draft: create (POST /api/courses) or revise (PUT /api/courses/{id}, drafts only). Skills are rows of a
// skill and the level the course brings a learner to; the API's reasons land at the row's field (skills[1].targetLevel).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { FormProblem, SelectField, TextField } from "../../components/Form";
import { decimalNumber, wholeNumber } from "../../format/decimalInput";
import { t } from "../../i18n";
import { listOf } from "../programmes/programmeForm";

type Course = components["schemas"]["CourseResponse"];
type CourseRequest = components["schemas"]["CourseRequest"];
type DeliveryMode = CourseRequest["deliveryMode"];
const MODES: DeliveryMode[] = ["ONLINE", "IN_PERSON", "BLENDED", "ON_THE_JOB"];

interface SkillRow {
  skillId: string;
  targetLevel: string;
}

interface CourseFormValues {
  allianceId: string;
  code: string;
  title: string;
  description: string;
  deliveryMode: DeliveryMode;
  hours: string;
  priorityTags: string;
  credentialOffered: string;
  skills: SkillRow[];
}

function valuesOf(course: Course | undefined, allianceId: string): CourseFormValues {
  return {
    allianceId: course?.allianceId ?? allianceId,
    code: course?.code ?? "",
    title: course?.title ?? "",
    description: course?.description ?? "",
    deliveryMode: course?.deliveryMode ?? "BLENDED",
    hours: course?.hours === undefined ? "" : String(course.hours),
    priorityTags: (course?.priorityTags ?? []).join(", "),
    credentialOffered: course?.credentialOffered ?? "",
    skills: (course?.skills ?? []).map((skill) => ({ skillId: skill.skillId ?? "", targetLevel: String(skill.targetLevel ?? "") })),
  };
}

const FIELDS = ["allianceId", "code", "title", "description", "deliveryMode", "hours", "priorityTags", "credentialOffered", "skills", "providerId"];

/** A number the API should judge: what was typed when it is no number, so the API's reason names the field. */
function numberOrText(parsed: ReturnType<typeof decimalNumber>, text: string): number {
  return (parsed.ok ? parsed.value : text) as number;
}

export function CourseForm({
  course,
  providerId,
  alliances,
  onDone,
}: {
  course?: Course;
  providerId: string;
  alliances: { id?: string; name?: string }[];
  onDone: (course: Course) => void;
}) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => valuesOf(course, alliances[0]?.id ?? ""));
  const skills = useQuery({
    queryKey: ["skills", "all"],
    queryFn: () => unwrap(api.curriculum.GET("/api/skills", { params: { query: { size: 200 } } })),
    staleTime: 300_000,
  });
  const save = useMutation({
    mutationFn: (form: CourseFormValues) => {
      const body: CourseRequest = {
        allianceId: form.allianceId,
        providerId,
        code: form.code,
        title: form.title,
        deliveryMode: form.deliveryMode,
        hours: numberOrText(decimalNumber(form.hours), form.hours),
        priorityTags: listOf(form.priorityTags).map((tag) => tag.toUpperCase()),
        skills: form.skills.map((row) => ({ skillId: row.skillId, targetLevel: numberOrText(wholeNumber(row.targetLevel), row.targetLevel) })),
        ...(form.description === "" ? {} : { description: form.description }),
        ...(form.credentialOffered === "" ? {} : { credentialOffered: form.credentialOffered }),
      };
      return course?.id
        ? unwrap(api.curriculum.PUT("/api/courses/{id}", { params: { path: { id: course.id } }, body }))
        : unwrap(api.curriculum.POST("/api/courses", { body }));
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ["courses"] });
      queryClient.setQueryData(["course", saved.id], saved);
      onDone(saved);
    },
  });
  const c = t.provider.courseForm;
  const set = (name: keyof CourseFormValues) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  const setSkill = (index: number, change: Partial<SkillRow>) =>
    setValues({ ...values, skills: values.skills.map((row, at) => (at === index ? { ...row, ...change } : row)) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(values);
  };
  const problem = save.error;
  const skillFields = values.skills.flatMap((_, index) => [`skills[${index}]`, `skills[${index}].skillId`, `skills[${index}].targetLevel`]);
  return (
    <form onSubmit={submit} noValidate aria-label={course ? c.reviseTitle : c.createTitle}>
      <FormProblem problem={problem} fields={[...FIELDS, ...skillFields]} />
      {course ? null : (
        <SelectField label={c.alliance} name="allianceId" problem={problem} required value={values.allianceId} onChange={set("allianceId")}>
          <option value="">{t.pages.choose}</option>
          {alliances.map((alliance) => (
            <option key={alliance.id} value={alliance.id}>
              {alliance.name}
            </option>
          ))}
        </SelectField>
      )}
      <TextField label={c.code} name="code" problem={problem} required value={values.code} onChange={set("code")} />
      <TextField label={c.title} name="title" problem={problem} required value={values.title} onChange={set("title")} />
      <TextField label={c.description} name="description" problem={problem} value={values.description} onChange={set("description")} />
      <SelectField label={c.deliveryMode} name="deliveryMode" problem={problem} required value={values.deliveryMode} onChange={set("deliveryMode")}>
        {MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t.pages.deliveryModes[mode]}
          </option>
        ))}
      </SelectField>
      <TextField label={c.hours} name="hours" inputMode="decimal" problem={problem} required value={values.hours} onChange={set("hours")} />
      <TextField
        label={c.priorityTags}
        name="priorityTags"
        hint={c.priorityTagsHint}
        problem={problem}
        value={values.priorityTags}
        onChange={set("priorityTags")}
      />
      <TextField
        label={c.credentialOffered}
        name="credentialOffered"
        hint={c.credentialHint}
        problem={problem}
        value={values.credentialOffered}
        onChange={set("credentialOffered")}
      />
      <fieldset>
        <legend>{c.skills}</legend>
        {values.skills.length === 0 ? <p className="hint">{c.noSkills}</p> : null}
        {values.skills.map((row, index) => (
          <div key={index} className="filters">
            <SelectField
              label={c.skill(index + 1)}
              name={`skills[${index}].skillId`}
              problem={problem}
              required
              value={row.skillId}
              onChange={(event) => setSkill(index, { skillId: event.target.value })}
            >
              <option value="">{t.pages.choose}</option>
              {(skills.data?.items ?? []).map((skill) => (
                <option key={skill.id} value={skill.id}>
                  {skill.name} ({skill.code})
                </option>
              ))}
            </SelectField>
            <TextField
              label={c.targetLevel(index + 1)}
              name={`skills[${index}].targetLevel`}
              inputMode="numeric"
              problem={problem}
              required
              value={row.targetLevel}
              onChange={(event) => setSkill(index, { targetLevel: event.target.value })}
            />
            <button type="button" onClick={() => setValues({ ...values, skills: values.skills.filter((_, at) => at !== index) })}>
              {c.removeSkill(index + 1)}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setValues({ ...values, skills: [...values.skills, { skillId: "", targetLevel: "3" }] })}>
          {c.addSkill}
        </button>
      </fieldset>
      <p>
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t.common.saving : course ? c.saveRevision : c.saveDraft}
        </button>
      </p>
    </form>
  );
}
