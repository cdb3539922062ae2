import { useState } from 'react';
import { api } from '../api/client';
import type { Code } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { useCan } from '../projects/role';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { CodeEvidence } from './CodeEvidence';
import { CriteriaDialog } from './CodebookDialogs';
import { MemoPanel } from './MemoPanel';

/** Colours that stay readable as highlights and tell codes apart (Tableau 10). */
export const PALETTE = ['#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC'];

/**
 * The selected code beside the tree: its colour (editable), definition and criteria, quotes per coder, its
 * evidence and the memos about it.
 */
export function CodeDetail({ projectId, code, onClose, onChanged }: { projectId: string; code: Code; onClose(): void; onChanged(): void }) {
  const { t } = useI18n();
  const mayEdit = useCan()('coder');
  const [editing, setEditing] = useState(false);
  return (
    <section className="code-detail" aria-labelledby="code-detail-title">
      <div className="code-detail__head">
        <span
          className={code.color ? 'swatch swatch--large' : 'swatch swatch--large swatch--none'}
          style={code.color ? { background: code.color } : undefined}
          aria-hidden="true"
        />
        <h2 id="code-detail-title">{t.coding.tree.detailTitle(code.label)}</h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t.coding.closeEvidence}
        </button>
      </div>
      <p className="muted code-detail__category">
        {t.coding.category}: {code.category_name ?? t.coding.ungrouped} · {t.coding.origins[code.origin]}
      </p>
      {mayEdit && <ColourEditor key={`${code.id}:${code.color ?? ''}`} code={code} onChanged={onChanged} />}
      <dl className="code-detail__criteria">
        <dt>{t.coding.definition}</dt>
        <dd>{code.definition || <span className="muted">{t.coding.tree.noDefinition}</span>}</dd>
        {code.inclusion_criteria && (
          <>
            <dt>{t.coding.inclusionCriteria}</dt>
            <dd>{code.inclusion_criteria}</dd>
          </>
        )}
        {code.exclusion_criteria && (
          <>
            <dt>{t.coding.exclusionCriteria}</dt>
            <dd>{code.exclusion_criteria}</dd>
          </>
        )}
        {code.examples.length > 0 && (
          <>
            <dt>{t.coding.tree.examples}</dt>
            <dd>
              <ul className="code-detail__examples">
                {code.examples.map((example) => (
                  <li key={example}>“{example}”</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {mayEdit && (
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t.coding.criteriaLabel(code.label)}
          onClick={() => setEditing(true)}
        >
          {t.coding.criteria}
        </button>
      )}
      {code.coders.length > 0 && (
        <div className="code-detail__coders">
          <h3>{t.coding.tree.byCoder}</h3>
          <ul className="chips" aria-label={t.coding.tree.byCoder}>
            {code.coders.map((c) => (
              <li key={c.coder_id} className={`coder-chip coder-chip--${c.kind}`}>
                {t.coding.tree.coderCount(c.display_name, c.applications)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <CodeEvidence projectId={projectId} code={code} onChanged={onChanged} />
      <MemoPanel projectId={projectId} code={code} onlyCode />
      {editing && (
        <CriteriaDialog
          code={code}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onChanged();
          }}
        />
      )}
    </section>
  );
}

function ColourEditor({ code, onChanged }: { code: Code; onChanged(): void }) {
  const { t } = useI18n();
  const [colour, setColour] = useState<string>(code.color ?? '#4E79A7');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const save = async (value: string) => {
    setBusy(true);
    setFailure(null);
    try {
      await api.updateCode(code.id, { color: value.toUpperCase() });
      onChanged();
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="colour-editor">
      <legend>
        {t.coding.tree.colour}
        {!code.color && <span className="muted"> ({t.coding.tree.noColour})</span>}
      </legend>
      <div className="colour-editor__palette">
        {PALETTE.map((value) => (
          <button
            key={value}
            type="button"
            className="swatch-button"
            style={{ background: value }}
            aria-label={t.coding.tree.paletteLabel(value)}
            aria-pressed={code.color?.toUpperCase() === value}
            disabled={busy}
            onClick={() => void save(value)}
          />
        ))}
        <input type="color" aria-label={t.coding.tree.colourOf(code.label)} value={colour.toLowerCase()} onChange={(e) => setColour(e.target.value)} />
        <button
          type="button"
          className="button button--ghost button--small"
          disabled={busy || colour.toUpperCase() === code.color?.toUpperCase()}
          onClick={() => void save(colour)}
        >
          {t.coding.tree.saveColour}
        </button>
      </div>
      {failure && <ErrorNotice message={failure} />}
    </fieldset>
  );
}
