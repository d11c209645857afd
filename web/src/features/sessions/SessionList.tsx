// A cohort's sessions as a table: date, time, place or online link, topic and hours.
import { formatDate, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { timeText, whereText, type SessionSlot } from "./sessionText";

export function SessionList({ sessions }: { sessions: SessionSlot[] }) {
  const s = t.sessions;
  if (sessions.length === 0) return <p className="state">{s.none}</p>;
  return (
    <table>
      <caption>{s.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.columns.date}</th>
          <th scope="col">{s.columns.time}</th>
          <th scope="col">{s.columns.where}</th>
          <th scope="col">{s.columns.title}</th>
          <th scope="col" className="number">
            {s.columns.hours}
          </th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id}>
            <td>{formatDate(session.date)}</td>
            <td>{s.timeRange(timeText(session.startTime), timeText(session.endTime))}</td>
            <td>
              {session.onlineLink && !session.place ? (
                <a href={session.onlineLink} rel="noopener noreferrer" target="_blank">
                  {s.online}
                </a>
              ) : (
                whereText(session)
              )}
            </td>
            <td>{session.title || t.common.none}</td>
            <td className="number">{session.hours !== undefined ? formatNumber(session.hours) : t.common.none}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
