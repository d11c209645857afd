// The employer's active staff as a checklist in a fieldset (a training plan's participants, a workshop's), the API's
// reason for the field (`name`) below them.
import { useId } from "react";
import { ProblemError } from "../../api/problem";
import { Empty, QueryView } from "../../components/States";
import { useActiveStaff } from "./lookups";

export function StaffChecklist({ employerId, name, legend, empty, chosen, onToggle, problem }: {
  employerId: string;
  name: string;
  legend: string;
  empty: string;
  chosen: string[];
  onToggle: (id: string, on: boolean) => void;
  problem: unknown;
}) {
  const staff = useActiveStaff(employerId);
  const reasonId = useId();
  const reason = problem instanceof ProblemError ? problem.reasonFor(name) : undefined;
  return (
    <QueryView query={staff}>
      {(data) =>
        (data.items ?? []).length === 0 ? (
          <Empty>{empty}</Empty>
        ) : (
          <fieldset className={reason ? "checklist field-invalid" : "checklist"} aria-describedby={reason ? reasonId : undefined}>
            <legend>{legend}</legend>
            {(data.items ?? []).map((member) => (
              <label key={member.id}>
                <input type="checkbox" name={name} value={member.id} checked={chosen.includes(member.id ?? "")} onChange={(event) => onToggle(member.id ?? "", event.target.checked)} />{" "}
                {`${member.firstName ?? ""} ${member.lastName ?? ""}`.trim()}
              </label>
            ))}
            {reason ? (
              <p id={reasonId} className="field-error">
                {reason}
              </p>
            ) : null}
          </fieldset>
        )
      }
    </QueryView>
  );
}
