import { useMemo, useState, type DragEvent, type MouseEvent } from 'react';
import { api } from '../api/client';
import type { Category, Code, CodeSort } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { useCan } from '../projects/role';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorText } from '../ui/errors';
import { ActionMenu } from './ActionMenu';
import { CategoryMemoDraft, CategoryRelations, RenameCategory } from './CategoryParts';
import { BulkMergeDialog, CriteriaDialog, DeleteCodeDialog, MergeDialog, MoveDialog, RenameForm, type CodeAction } from './CodebookDialogs';
import { buildTree, toggleSelection, visibleOrder, type CodeNode } from './codebookTree';
import { useMemoDraft, useModelReady } from './useMemoDraft';

export const DRAG_TYPE = 'application/x-theogen-codes';

export type TreeSort = Extract<CodeSort, 'label' | 'applications' | 'interviews'>;

interface CodebookTreeProps {
  projectId: string;
  categories: Category[];
  codes: Code[];
  selected: string | null;
  sort: TreeSort;
  onSort(sort: TreeSort): void;
  coderFilter: React.ReactNode;
  onSelect(code: Code): void;
  onChanged(): void;
}

/**
 * The codebook as a tree: categories (with their axial relations) → codes → sub-codes, each code with its colour,
 * its quotes per coder and its definition on hover. Typing filters it. Codes are moved by dragging them onto a
 * category or with "Move to…" in their action menu; ticked codes are merged or moved together.
 */
export function CodebookTree({ projectId, categories, codes, selected, sort, onSort, coderFilter, onSelect, onChanged }: CodebookTreeProps) {
  const { t } = useI18n();
  const mayEdit = useCan()('coder');
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [action, setAction] = useState<{ kind: CodeAction; code: Code } | null>(null);
  const [categoryAction, setCategoryAction] = useState<{ kind: 'rename' | 'delete'; category: Category } | null>(null);
  const [bulkMerge, setBulkMerge] = useState(false);
  const [bulkTo, setBulkTo] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const modelReady = useModelReady();
  const [draftFor, setDraftFor] = useState<Category | null>(null);
  const [drafts, setDrafts] = useState(0);
  const draft = useMemoDraft(projectId, () => setDrafts((n) => n + 1));

  const groups = useMemo(() => buildTree(categories, codes, filter), [categories, codes, filter]);
  const open = filter.trim() ? new Set<string>() : collapsed;
  const order = visibleOrder(groups, open);
  const byId = new Map(codes.map((c) => [c.id, c]));
  const ticked = codes.filter((c) => checked.has(c.id));
  const shown = groups.reduce((sum, g) => sum + g.shown, 0);

  const done = (changed: boolean) => {
    setAction(null);
    if (changed) onChanged();
  };

  const move = async (ids: string[], category: Category) => {
    const moving = ids.filter((id) => byId.get(id)?.category_id !== category.id);
    if (moving.length === 0) return;
    setFailure(null);
    setNotice(null);
    setBusy(true);
    try {
      await api.moveCodes(category.id, moving);
      setNotice(t.coding.tree.moved(moving.length, category.name));
      setChecked(new Set());
      onChanged();
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const removeCategory = async (category: Category) => {
    setBusy(true);
    setFailure(null);
    try {
      await api.deleteCategory(category.id);
      setCategoryAction(null);
      onChanged();
    } catch (error) {
      setCategoryAction(null);
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const dropOn = (category: Category) => ({
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!mayEdit || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      setTarget(category.id);
    },
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setTarget(null);
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      event.preventDefault();
      setTarget(null);
      const ids = (event.dataTransfer.getData(DRAG_TYPE) || '').split(',').filter((id) => byId.has(id));
      if (ids.length > 0) void move(ids, category);
    },
  });

  const tick = (code: Code, event: MouseEvent<HTMLInputElement>) => {
    setChecked(toggleSelection(checked, order, code.id, anchor, event.shiftKey));
    setAnchor(code.id);
  };

  const row = (node: CodeNode) => {
    const code = node.code;
    const isSelected = selected === code.id;
    const perCoder = code.coders.map((c) => t.coding.tree.coderCount(c.display_name, c.applications)).join(' · ');
    return (
      <li key={code.id} className="tree-code">
        <div
          className={['tree-code__row', isSelected ? 'is-selected' : '', checked.has(code.id) ? 'is-checked' : ''].join(' ').trim()}
          draggable={mayEdit}
          onDragStart={(event) => {
            const ids = checked.has(code.id) ? ticked.map((c) => c.id) : [code.id];
            event.dataTransfer.setData(DRAG_TYPE, ids.join(','));
            event.dataTransfer.setData('text/plain', code.label);
            event.dataTransfer.effectAllowed = 'move';
          }}
        >
          {mayEdit && (
            <input
              type="checkbox"
              className="tree-code__check"
              aria-label={t.coding.tree.selectLabel(code.label)}
              checked={checked.has(code.id)}
              onClick={(event) => tick(code, event)}
              onChange={() => undefined}
            />
          )}
          <span className={code.color ? 'swatch' : 'swatch swatch--none'} style={code.color ? { background: code.color } : undefined} aria-hidden="true" />
          {action?.kind === 'rename' && action.code.id === code.id ? (
            <RenameForm code={code} onDone={done} />
          ) : (
            <button type="button" className="tree-code__label" aria-pressed={isSelected} title={code.definition || undefined} onClick={() => onSelect(code)}>
              {code.label}
            </button>
          )}
          <span className="tree-code__counts" title={perCoder || undefined}>
            {code.coders.slice(0, 3).map((c) => (
              <span key={c.coder_id} className={`coder-pill coder-pill--${c.kind}`} aria-hidden="true">
                {c.applications}
              </span>
            ))}
            <span className="tree-code__total">
              <span className="visually-hidden">{t.coding.quotes}: </span>
              {code.application_count}
              {perCoder && <span className="visually-hidden"> ({perCoder})</span>}
            </span>
          </span>
          {mayEdit && (
            <ActionMenu
              label={t.coding.tree.actionsLabel(code.label)}
              items={[
                { label: t.coding.rename, onSelect: () => setAction({ kind: 'rename', code }) },
                { label: t.coding.criteria, onSelect: () => setAction({ kind: 'criteria', code }) },
                ...(categories.some((c) => c.id !== code.category_id)
                  ? [{ label: t.coding.moveTo, onSelect: () => setAction({ kind: 'move' as const, code }) }]
                  : []),
                ...(codes.length > 1 ? [{ label: t.coding.merge, onSelect: () => setAction({ kind: 'merge' as const, code }) }] : []),
                { label: t.coding.delete, danger: true, onSelect: () => setAction({ kind: 'delete', code }) },
              ]}
            />
          )}
        </div>
        {node.children.length > 0 && <ul className="tree-codes tree-codes--nested">{node.children.map(row)}</ul>}
      </li>
    );
  };

  return (
    <section className="codebook tree" aria-labelledby="codebook-title">
      <div className="codebook__head">
        <h2 id="codebook-title">{t.coding.codebook}</h2>
        <p className="list-count">{t.coding.tree.shown(shown, codes.length)}</p>
      </div>
      <div className="tree__controls">
        <label htmlFor="codebook-filter" className="visually-hidden">
          {t.coding.filter}
        </label>
        <input id="codebook-filter" type="search" placeholder={t.coding.filter} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <label className="tree__sort">
          {t.coding.tree.sort}{' '}
          <select value={sort} onChange={(e) => onSort(e.target.value as TreeSort)}>
            {(['label', 'applications', 'interviews'] as const).map((s) => (
              <option key={s} value={s}>
                {t.coding.tree.sorts[s]}
              </option>
            ))}
          </select>
        </label>
        {coderFilter}
      </div>
      {mayEdit && <p className="muted tree__lead">{t.coding.tree.lead}</p>}
      {mayEdit && ticked.length > 0 && (
        <div className="bulk-bar" role="group" aria-label={t.coding.tree.selectedCount(ticked.length)}>
          <strong>{t.coding.tree.selectedCount(ticked.length)}</strong>
          <button type="button" className="button button--secondary button--small" disabled={ticked.length < 2 || busy} onClick={() => setBulkMerge(true)}>
            {t.coding.tree.bulkMerge}
          </button>
          {categories.length > 0 && (
            <span className="bulk-bar__move">
              <label>
                <span className="visually-hidden">{t.coding.tree.bulkMoveTo}</span>
                <select aria-label={t.coding.tree.bulkMoveTo} value={bulkTo} onChange={(e) => setBulkTo(e.target.value)}>
                  <option value="">{t.coding.moveTo}</option>
                  {categories.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={!bulkTo || busy}
                onClick={() => {
                  const category = categories.find((c) => c.id === bulkTo);
                  if (category)
                    void move(
                      ticked.map((c) => c.id),
                      category,
                    );
                }}
              >
                {t.coding.tree.bulkMove}
              </button>
            </span>
          )}
          <button type="button" className="button button--ghost button--small" onClick={() => setChecked(new Set())}>
            {t.coding.tree.clearSelection}
          </button>
        </div>
      )}
      {failure && <ErrorNotice message={failure} />}
      {notice && (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      )}
      {codes.length === 0 ? (
        <div className="empty-state empty-state--compact">
          <p>{t.coding.noCodes}</p>
        </div>
      ) : groups.length === 0 ? (
        <div className="empty-state empty-state--compact">
          <p>{t.coding.noMatch(filter.trim())}</p>
        </div>
      ) : (
        <ul className="tree__groups">
          {groups.map((group) => {
            const key = group.category?.id ?? '';
            const name = group.category?.name ?? t.coding.ungrouped;
            const headId = `tree-group-${key || 'ungrouped'}`;
            const isOpen = !open.has(key);
            return (
              <li
                key={key || 'ungrouped'}
                className={['tree-group', group.category ? '' : 'tree-group--ungrouped', target === key && key ? 'tree-group--target' : ''].join(' ').trim()}
                aria-labelledby={headId}
                {...(group.category ? dropOn(group.category) : {})}
              >
                <div className="tree-group__head">
                  <button
                    type="button"
                    className="tree-group__toggle"
                    aria-expanded={isOpen}
                    aria-label={isOpen ? t.coding.tree.collapseLabel(name) : t.coding.tree.expandLabel(name)}
                    onClick={() => {
                      const next = new Set(collapsed);
                      if (next.has(key)) next.delete(key);
                      else next.add(key);
                      setCollapsed(next);
                    }}
                  >
                    <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                  </button>
                  {categoryAction?.kind === 'rename' && categoryAction.category.id === key ? (
                    <RenameCategory
                      category={categoryAction.category}
                      onDone={(changed) => {
                        setCategoryAction(null);
                        if (changed) onChanged();
                      }}
                    />
                  ) : (
                    <h3 id={headId} className="tree-group__name" title={group.category?.definition || undefined}>
                      {name}
                    </h3>
                  )}
                  <span className="tree-group__count">{group.shown}</span>
                  {mayEdit && group.category && (
                    <ActionMenu
                      label={t.coding.tree.categoryActionsLabel(name)}
                      items={[
                        { label: t.coding.rename, onSelect: () => setCategoryAction({ kind: 'rename', category: group.category! }) },
                        { label: t.coding.delete, danger: true, onSelect: () => setCategoryAction({ kind: 'delete', category: group.category! }) },
                        ...(modelReady && !draft.running
                          ? [
                              {
                                label: t.coding.tree.draftCategoryMemo,
                                onSelect: () => {
                                  setDraftFor(group.category!);
                                  void draft.start({ category_ids: [group.category!.id] });
                                },
                              },
                            ]
                          : []),
                      ]}
                    />
                  )}
                </div>
                {group.category && <CategoryRelations category={group.category} categories={categories} />}
                {group.category && draftFor?.id === key && (
                  <CategoryMemoDraft
                    projectId={projectId}
                    category={group.category}
                    job={draft.job}
                    pollError={draft.pollError}
                    failure={draft.failure}
                    version={drafts}
                  />
                )}
                {isOpen && group.nodes.length > 0 && <ul className="tree-codes">{group.nodes.map(row)}</ul>}
              </li>
            );
          })}
        </ul>
      )}
      {action?.kind === 'criteria' && <CriteriaDialog code={action.code} onDone={done} />}
      {action?.kind === 'delete' && <DeleteCodeDialog code={action.code} onDone={done} />}
      {action?.kind === 'merge' && <MergeDialog code={action.code} candidates={codes} onDone={done} />}
      {action?.kind === 'move' && <MoveDialog code={action.code} categories={categories} onDone={done} />}
      {bulkMerge && (
        <BulkMergeDialog
          codes={ticked}
          onDone={(merged, changed) => {
            setBulkMerge(false);
            if (merged) setNotice(t.coding.tree.merged(merged.count, merged.into.label));
            if (changed) {
              setChecked(new Set());
              onChanged();
            }
          }}
        />
      )}
      {categoryAction?.kind === 'delete' && (
        <ConfirmDialog
          title={t.coding.deleteCategoryTitle}
          confirmLabel={t.coding.deleteCategoryConfirm}
          cancelLabel={t.coding.keepCategory}
          busy={busy}
          onConfirm={() => void removeCategory(categoryAction.category)}
          onCancel={() => setCategoryAction(null)}
        >
          <p>{t.coding.deleteCategoryBody(categoryAction.category.name, categoryAction.category.code_ids.length)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
