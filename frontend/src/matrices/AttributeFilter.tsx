import { useMemo } from 'react';
import { api } from '../api/client';
import type { AttributeTable } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { useResource } from '../ui/hooks';

/** A chosen case-attribute filter: only interviews whose attribute `name` has `value` (both empty: no filter). */
export interface AttributeChoice {
  name: string;
  value: string;
}

/** `attr.<name>=<value>` filters for the API, empty without a choice. */
export function attributeFilters(choice: AttributeChoice): Record<string, string> {
  return choice.name && choice.value ? { [choice.name]: choice.value } : {};
}

/**
 * Two selects, an attribute of the project's interviews and one of its values, as on the matrices; nothing when the
 * project has no case attributes.
 */
export function AttributeFilter({ projectId, choice, onChange }: { projectId: string; choice: AttributeChoice; onChange(choice: AttributeChoice): void }) {
  const [table] = useResource(`attributes:${projectId}`, (signal) => api.getAttributeTable(projectId, signal));
  const values = useMemo(() => valuesByVariable(table.status === 'ready' ? table.data : null), [table]);
  const names = Object.keys(values);
  if (names.length === 0) return null;
  return (
    <div className="attribute-filter">
      <AttributeValueSelects values={values} choice={choice} onChange={onChange} />
    </div>
  );
}

/** The attribute select and, once one is chosen, its value select (choosing an attribute picks its first value). */
export function AttributeValueSelects({
  values,
  choice,
  onChange,
}: {
  values: Record<string, string[]>;
  choice: AttributeChoice;
  onChange(choice: AttributeChoice): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <select
        aria-label={t.matrices.filterAttribute}
        value={choice.name}
        onChange={(e) => onChange({ name: e.target.value, value: e.target.value ? (values[e.target.value]?.[0] ?? '') : '' })}
      >
        <option value="">{t.matrices.anyAttribute}</option>
        {Object.keys(values).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      {choice.name && (
        <select aria-label={t.matrices.filterValue} value={choice.value} onChange={(e) => onChange({ ...choice, value: e.target.value })}>
          {(values[choice.name] ?? []).map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      )}
    </>
  );
}

/** Each attribute of the project with the values interviews have for it, sorted (names matched ignoring case). */
export function valuesByVariable(table: AttributeTable | null): Record<string, string[]> {
  const result: Record<string, Set<string>> = {};
  for (const variable of table?.variables ?? []) result[variable.name] = new Set();
  for (const row of table?.interviews ?? []) {
    for (const a of row.attributes) {
      const key = Object.keys(result).find((n) => n.toLowerCase() === a.name.toLowerCase()) ?? a.name;
      (result[key] ??= new Set()).add(a.value);
    }
  }
  return Object.fromEntries(Object.entries(result).map(([n, set]) => [n, [...set].sort((a, b) => a.localeCompare(b))]));
}
