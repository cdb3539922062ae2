import { describe, expect, it } from 'vitest';
import { categoryView as category, codeView as code } from '../test/fakeServer';
import { buildTree, relationsOf, toggleSelection, visibleOrder } from './codebookTree';

const cats = [category('k1', 'Noches'), category('k2', 'Familia')];
const codes = [
  code('a', 'turno de noche', { category_id: 'k1' }),
  code('b', 'dormir poco', { category_id: 'k1', parent_id: 'a', definition: 'Cansancio tras el turno' }),
  code('c', 'madre', { category_id: 'k2' }),
  code('d', 'vecina'),
  code('e', 'hermana', { category_id: 'k2', parent_id: 'a' }),
];

describe('codebook tree', () => {
  it('groups codes under their categories, sub-codes under their parent in the same group, the rest last', () => {
    const groups = buildTree(cats, codes);

    expect(groups.map((g) => g.category?.name ?? null)).toEqual(['Noches', 'Familia', null]);
    expect(groups[0]!.nodes.map((n) => [n.code.label, n.children.map((c) => c.code.label)])).toEqual([['turno de noche', ['dormir poco']]]);
    // a parent in another category does not pull its sub-code out of its own category
    expect(groups[1]!.nodes.map((n) => n.code.label)).toEqual(['madre', 'hermana']);
    expect(groups[2]!.nodes.map((n) => n.code.label)).toEqual(['vecina']);
    expect(groups.map((g) => g.shown)).toEqual([2, 2, 1]);
  });

  it('filters by label or definition, ignoring case and accents, keeping the parents of a match', () => {
    const groups = buildTree(cats, codes, 'CANSANCIO');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.nodes[0]!.code.label).toBe('turno de noche');
    expect(groups[0]!.nodes[0]!.children.map((c) => c.code.label)).toEqual(['dormir poco']);

    expect(buildTree(cats, codes, 'vecína').map((g) => g.category)).toEqual([null]);
    // a category whose name matches keeps all its codes
    expect(buildTree(cats, codes, 'famil')[0]!.shown).toBe(2);
    expect(buildTree(cats, codes, 'nada')).toEqual([]);
  });

  it('survives a cycle of parents', () => {
    const loop = [code('x', 'x', { parent_id: 'y' }), code('y', 'y', { parent_id: 'x' })];
    const order = visibleOrder(buildTree([], loop));
    expect(order.map((c) => c.id).sort()).toEqual(['x', 'y']);
  });

  it('lists the shown codes top to bottom, leaving out folded groups', () => {
    const groups = buildTree(cats, codes);
    expect(visibleOrder(groups).map((c) => c.id)).toEqual(['a', 'b', 'c', 'e', 'd']);
    expect(visibleOrder(groups, new Set(['k2'])).map((c) => c.id)).toEqual(['a', 'b', 'd']);
  });

  it('toggles one code on a click and a range on a shift-click', () => {
    const order = visibleOrder(buildTree(cats, codes));
    const one = toggleSelection(new Set(), order, 'b', null, false);
    expect([...one]).toEqual(['b']);
    const range = toggleSelection(one, order, 'e', 'b', true);
    expect([...range].sort()).toEqual(['b', 'c', 'e']);
    const cleared = toggleSelection(range, order, 'c', 'e', true);
    expect([...cleared]).toEqual(['b']);
  });

  it('reads each relation from the category it is shown on, once', () => {
    const relation = { from_category_id: 'k1', to_category_id: 'k2', type: 'causal' as const, origin: 'ai' as const };
    const withRelations = [category('k1', 'Noches', { relations: [relation] }), category('k2', 'Familia', { relations: [relation] }), category('k3', 'Otra')];
    expect(relationsOf(withRelations[0]!, withRelations)).toEqual([{ relation, outgoing: true, other: withRelations[1] }]);
    expect(relationsOf(withRelations[1]!, withRelations)).toEqual([{ relation, outgoing: false, other: withRelations[0] }]);
    expect(relationsOf(withRelations[2]!, withRelations)).toEqual([]);
  });
});
