import type { Theory } from '../api/types';

/** Where a category stands in the paradigm model; `other` when the model does not name it. */
export type ParadigmRole = 'core' | 'causal' | 'context' | 'intervening' | 'strategies' | 'consequences' | 'other';

export const PARADIGM_ROLES: readonly ParadigmRole[] = ['core', 'causal', 'context', 'intervening', 'strategies', 'consequences', 'other'];

/**
 * Each category's role, by category name (the network layout names its nodes that way). A category named in
 * several components takes the first of: core, causal conditions, context, intervening conditions, strategies,
 * consequences.
 */
export function paradigmRoles(theory: Theory): Map<string, ParadigmRole> {
  const roles = new Map<string, ParadigmRole>();
  const put = (name: string, role: ParadigmRole) => {
    if (!roles.has(name)) roles.set(name, role);
  };
  const p = theory.paradigm;
  put(theory.core_category.name, 'core');
  p.phenomenon.forEach((c) => put(c.category_name, 'core'));
  p.causal_conditions.forEach((c) => put(c.category_name, 'causal'));
  p.context.forEach((c) => put(c.category_name, 'context'));
  p.intervening_conditions.forEach((c) => put(c.category_name, 'intervening'));
  p.strategies.forEach((c) => put(c.category_name, 'strategies'));
  theory.consequences.forEach((c) => put(c.category_name, 'consequences'));
  return roles;
}
