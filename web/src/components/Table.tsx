// Parts of the tables every page draws: the header row of column headers (figures right-aligned, as their cells are),
// and a figure of a definition list (a label and its value, the pages' headline numbers).

export interface Column {
  label: string;
  /** a column of figures: right-aligned like its cells */
  number?: boolean;
}

/** The table's head: one `th scope="col"` per column, in order; a figure column is a `number` one. */
export function ColumnHeads({ columns }: { columns: ReadonlyArray<Column | false> }) {
  return (
    <thead>
      <tr>
        {columns
          .filter((column): column is Column => column !== false)
          .map((column) => (
            <th key={column.label} scope="col" className={column.number ? "number" : undefined}>
              {column.label}
            </th>
          ))}
      </tr>
    </thead>
  );
}

/** One figure of a `dl className="figures"`: its label and its value. */
export function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
