// The history chart of one roadmap column, picked from a list.
import { useId, useMemo, useState } from 'react';
import type { HistoryStats } from '../../api/history';
import { StatusChart } from './StatusChart';

/** One column's progress over time, the column chosen from a list. */
export function ColumnProgress({
  weeks,
  columns,
}: {
  weeks: HistoryStats['weeks'];
  columns: { id: string; title: string }[];
}) {
  const selectId = useId();
  const [columnId, setColumnId] = useState(columns[0]?.id ?? '');
  const column = columns.find((c) => c.id === columnId) ?? columns[0];
  const columnWeeks = useMemo(
    () =>
      column
        ? weeks.flatMap((w) => {
            const counts = w.columns[column.id];
            return counts ? [{ weekStart: w.weekStart, counts }] : [];
          })
        : [],
    [weeks, column],
  );
  if (!column) return null;
  return (
    <div className="column-progress">
      <div className="field column-picker">
        <label htmlFor={selectId}>Column</label>
        <select id={selectId} value={column.id} onChange={(e) => setColumnId(e.target.value)}>
          {columns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <StatusChart title={column.title} weeks={columnWeeks} />
    </div>
  );
}
