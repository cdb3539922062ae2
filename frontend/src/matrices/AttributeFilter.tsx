import { useMemo } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { useResource } from '../ui/hooks';
import { valuesByVariable } from './MatricesSection';

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
  const { t } = useI18n();
  const [table] = useResource(`attributes:${projectId}`, (signal) => api.getAttributeTable(projectId, signal));
  const values = useMemo(() => valuesByVariable(table.status === 'ready' ? table.data : null), [table]);
  const names = Object.keys(values);
  if (names.length === 0) return null;
  return (
    <div className="attribute-filter">
      <select
        aria-label={t.matrices.filterAttribute}
        value={choice.name}
        onChange={(e) => onChange({ name: e.target.value, value: e.target.value ? (values[e.target.value]?.[0] ?? '') : '' })}
      >
        <option value="">{t.matrices.anyAttribute}</option>
        {names.map((n) => (
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
    </div>
  );
}
