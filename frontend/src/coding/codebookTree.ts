import type { Category, CategoryRelation, Code } from '../api/types';

/** A code in the tree, with the sub-codes grouped under it (its `parent_id` children in the same group). */
export interface CodeNode {
  code: Code;
  children: CodeNode[];
}

/** One group of the tree: a category with its codes, or (category null) the codes in no category. */
export interface CodeGroup {
  category: Category | null;
  nodes: CodeNode[];
  /** Codes in the group (sub-codes included) that are shown under the current filter. */
  shown: number;
}

/** Whether a code's label or definition contains the filter text (ignoring case and accents). */
export function matches(code: Code, filter: string): boolean {
  const needle = fold(filter.trim());
  if (!needle) return true;
  return fold(code.label).includes(needle) || fold(code.definition ?? '').includes(needle);
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Categories → codes → sub-codes, in the order the codes were listed. A code sits under its parent when the
 * parent is in the same group, else at the top of its group. With a filter, a code is kept when it or one of
 * its sub-codes matches, a category when its name matches (with all its codes) or one of its codes is kept;
 * the group of codes in no category comes last and only when it has codes to show.
 */
export function buildTree(categories: Category[], codes: Code[], filter = ''): CodeGroup[] {
  const known = new Set(categories.map((c) => c.id));
  const groupOf = (code: Code) => (code.category_id && known.has(code.category_id) ? code.category_id : '');
  const byGroup = new Map<string, Code[]>();
  for (const code of codes) {
    const key = groupOf(code);
    byGroup.set(key, [...(byGroup.get(key) ?? []), code]);
  }
  const groups: CodeGroup[] = [];
  for (const category of [...categories, null]) {
    const members = byGroup.get(category?.id ?? '') ?? [];
    if (category === null && members.length === 0) continue;
    const whole = category !== null && filter.trim() !== '' && fold(category.name).includes(fold(filter.trim()));
    const nodes = prune(nest(members), whole ? '' : filter);
    if (filter.trim() && nodes.length === 0 && !whole) continue;
    groups.push({ category, nodes, shown: count(nodes) });
  }
  return groups;
}

function nest(members: Code[]): CodeNode[] {
  const ids = new Set(members.map((c) => c.id));
  const nodes = new Map(members.map((c) => [c.id, { code: c, children: [] as CodeNode[] }]));
  const roots: CodeNode[] = [];
  for (const code of members) {
    const node = nodes.get(code.id)!;
    const parent =
      code.parent_id && code.parent_id !== code.id && ids.has(code.parent_id) && !isAncestor(code.id, code.parent_id, members)
        ? nodes.get(code.parent_id)
        : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Whether `ancestor` is above `code` in the parent chain (guards against a cycle in stored parents). */
function isAncestor(ancestor: string, code: string, members: Code[]): boolean {
  const parents = new Map(members.map((c) => [c.id, c.parent_id]));
  const seen = new Set<string>();
  let current: string | null | undefined = parents.get(code);
  while (current && !seen.has(current)) {
    if (current === ancestor) return true;
    seen.add(current);
    current = parents.get(current);
  }
  return false;
}

function prune(nodes: CodeNode[], filter: string): CodeNode[] {
  if (!filter.trim()) return nodes;
  const kept: CodeNode[] = [];
  for (const node of nodes) {
    const children = prune(node.children, filter);
    if (matches(node.code, filter) || children.length > 0) kept.push({ code: node.code, children });
  }
  return kept;
}

function count(nodes: CodeNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + count(node.children), 0);
}

/** The codes of the tree in the order they are shown, top to bottom (what shift-click selects a range of). */
export function visibleOrder(groups: CodeGroup[], collapsed: ReadonlySet<string> = new Set()): Code[] {
  const out: Code[] = [];
  const walk = (nodes: CodeNode[]) => {
    for (const node of nodes) {
      out.push(node.code);
      walk(node.children);
    }
  };
  for (const group of groups) {
    if (!collapsed.has(group.category?.id ?? '')) walk(group.nodes);
  }
  return out;
}

/**
 * The selection after a click on a code's checkbox: a plain click toggles the code; a shift-click selects
 * every code shown between the last code clicked and this one (or clears them, when this one was selected).
 */
export function toggleSelection(selected: ReadonlySet<string>, order: Code[], id: string, anchor: string | null, range: boolean): Set<string> {
  const next = new Set(selected);
  const from = anchor ? order.findIndex((c) => c.id === anchor) : -1;
  const to = order.findIndex((c) => c.id === id);
  if (!range || from < 0 || to < 0) {
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  }
  const select = !selected.has(id);
  for (const code of order.slice(Math.min(from, to), Math.max(from, to) + 1)) {
    if (select) next.add(code.id);
    else next.delete(code.id);
  }
  return next;
}

/** One relation of a category as it reads from that category: outgoing (it bears on the other) or incoming. */
export interface RelationLine {
  relation: CategoryRelation;
  outgoing: boolean;
  other: Category;
}

/** The relations from or to a category, with the other category resolved; relations to unknown ones are left out. */
export function relationsOf(category: Category, categories: Category[]): RelationLine[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const lines: RelationLine[] = [];
  for (const category2 of categories) {
    for (const relation of category2.relations) {
      const key = `${relation.from_category_id}>${relation.to_category_id}:${relation.type}`;
      if (seen.has(key)) continue;
      const outgoing = relation.from_category_id === category.id;
      const incoming = relation.to_category_id === category.id;
      if (!outgoing && !incoming) continue;
      const other = byId.get(outgoing ? relation.to_category_id : relation.from_category_id);
      if (!other) continue;
      seen.add(key);
      lines.push({ relation, outgoing, other });
    }
  }
  return lines;
}
