import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Attribute, AttributeImportResult, AttributeRow, AttributeTable, AttributeType, AttributeVariable } from '../api/types';
import { useFileImport } from '../ui/useFileImport';
import { useI18n } from '../i18n/I18nProvider';
import { useCan } from '../projects/role';
import { ErrorNotice, Loading } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { useResource } from '../ui/hooks';

const TYPES: readonly AttributeType[] = ['text', 'integer', 'float', 'boolean', 'date', 'datetime'];

/** The project's case attributes: interviews × variables, edited in place, a variable added, a CSV imported. */
export function AttributesSection({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const [table, reload] = useResource(`attributes:${projectId}:${attempt}`, (signal) => api.getAttributeTable(projectId, signal));
  const can = useCan();
  return (
    <div className="attributes">
      <section className="panel" aria-labelledby="attributes-title">
        <h2 id="attributes-title" className="panel__title">
          {t.attributes.title}
        </h2>
        <p className="muted">{t.attributes.lead}</p>
        {table.status === 'loading' && <Loading />}
        {table.status === 'error' && <ErrorNotice message={errorText(table.error, t)} onRetry={reload} />}
        {table.status === 'ready' && <AttributeGrid table={table.data} editable={can('coder')} />}
      </section>
      {can('coder') && <AttributeImport projectId={projectId} onImported={() => setAttempt((n) => n + 1)} />}
    </div>
  );
}

function AttributeGrid({ table, editable }: { table: AttributeTable; editable: boolean }) {
  const { t } = useI18n();
  const [variables, setVariables] = useState<AttributeVariable[]>(table.variables);
  const [rows, setRows] = useState<AttributeRow[]>(table.interviews);
  useEffect(() => {
    setVariables(table.variables);
    setRows(table.interviews);
  }, [table]);
  if (rows.length === 0) {
    return <p className="muted">{t.attributes.empty}</p>;
  }
  return (
    <>
      <div className="table-scroll">
        <table className="data-table attribute-table">
          <thead>
            <tr>
              <th scope="col">{t.attributes.interview}</th>
              {variables.map((v) => (
                <th scope="col" key={v.name}>
                  {v.name} <span className="muted">({t.attributes.types[v.type] ?? v.type})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <AttributeRowView
                key={row.interview_id}
                row={row}
                variables={variables}
                editable={editable}
                onSaved={(saved) => setRows((all) => all.map((r) => (r.interview_id === saved.interview_id ? saved : r)))}
              />
            ))}
          </tbody>
        </table>
      </div>
      {editable && <AddVariable taken={variables.map((v) => v.name.toLowerCase())} onAdd={(variable) => setVariables((all) => [...all, variable])} />}
    </>
  );
}

function AttributeRowView({
  row,
  variables,
  editable,
  onSaved,
}: {
  row: AttributeRow;
  variables: AttributeVariable[];
  editable: boolean;
  onSaved(row: AttributeRow): void;
}) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const valueOf = (name: string) => row.attributes.find((a) => a.name.toLowerCase() === name.toLowerCase())?.value ?? '';
  const save = async (variable: AttributeVariable, value: string) => {
    const trimmed = value.trim();
    if (trimmed === valueOf(variable.name)) return;
    const others = row.attributes.filter((a) => a.name.toLowerCase() !== variable.name.toLowerCase());
    const next: Attribute[] = trimmed ? [...others, { name: variable.name, type: variable.type, value: trimmed }] : others;
    setFailure(null);
    setSaved(false);
    try {
      const done = await api.setInterviewAttributes(row.interview_id, next);
      onSaved({ ...row, attributes: done.attributes });
      setSaved(true);
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <tr>
      <th scope="row">
        {row.label}
        {saved && <span className="tag tag--quiet attribute-table__saved">{t.attributes.saved}</span>}
        {failure !== null && (
          <span className="field__error" role="alert">
            {errorText(failure, t)}
          </span>
        )}
      </th>
      {variables.map((v) => (
        <td key={v.name}>
          {editable ? (
            <input
              className="attribute-table__input"
              aria-label={t.attributes.edit(row.label, v.name)}
              defaultValue={valueOf(v.name)}
              key={valueOf(v.name)}
              onBlur={(e) => void save(v, e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.currentTarget.blur();
              }}
            />
          ) : (
            valueOf(v.name)
          )}
        </td>
      ))}
    </tr>
  );
}

function AddVariable({ taken, onAdd }: { taken: string[]; onAdd(variable: AttributeVariable): void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [type, setType] = useState<AttributeType>('text');
  const duplicate = taken.includes(name.trim().toLowerCase());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || duplicate) return;
    onAdd({ name: name.trim(), type });
    setName('');
  };
  return (
    <form className="attribute-add" onSubmit={submit} aria-label={t.attributes.addVariable}>
      <label className="field">
        <span>{t.attributes.variableName}</span>
        <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t.attributes.variableType}</span>
        <select value={type} onChange={(e) => setType(e.target.value as AttributeType)}>
          {TYPES.map((x) => (
            <option key={x} value={x}>
              {t.attributes.types[x]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--secondary" disabled={!name.trim() || duplicate}>
        {t.attributes.add}
      </button>
      {duplicate && <span className="field__error">{t.attributes.duplicate}</span>}
    </form>
  );
}

function AttributeImport({ projectId, onImported }: { projectId: string; onImported(): void }) {
  const { t } = useI18n();
  const {
    file,
    setFile,
    sending,
    failure,
    result,
    submit: send,
  } = useFileImport<AttributeImportResult>(
    (chosen) => api.importAttributes(projectId, chosen),
    (done) => done.updated > 0,
    onImported,
  );
  return (
    <section className="panel" aria-labelledby="attributes-import-title">
      <h2 id="attributes-import-title" className="panel__title">
        {t.attributes.importTitle}
      </h2>
      <p className="muted">{t.attributes.importLead}</p>
      <form onSubmit={send} className="attribute-import">
        <label className="field">
          <span>{t.attributes.importFile}</span>
          <input type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" className="button button--primary" disabled={!file || sending}>
          {t.attributes.importButton}
        </button>
      </form>
      {failure !== null && <ErrorNotice message={errorText(failure, t)} />}
      {result && (
        <div role="status">
          <p>{t.attributes.imported(result.updated)}</p>
          {result.unmatched.length > 0 && (
            <ul className="attribute-import__unmatched">
              {result.unmatched.map((u) => (
                <li key={u.line}>{t.attributes.unmatched(u.line, u.interview, u.reason)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
