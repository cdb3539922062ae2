/**
 * Colours for codes that have none: a fixed palette indexed by a hash of the code's id, so a code keeps its colour
 * across pages, reloads and coders. Chosen to stay distinguishable on white and readable under dark text when
 * lightened.
 */
const PALETTE = ['#E06C75', '#3B82F6', '#10B981', '#F59E0B', '#8B5CF6', '#EC4899', '#14B8A6', '#EF4444', '#6366F1', '#84CC16', '#F97316', '#0EA5E9'];

export function codeColor(codeId: string, color: string | null | undefined): string {
  if (color && /^#[0-9a-fA-F]{6}$/.test(color)) return color.toUpperCase();
  let hash = 0;
  for (let i = 0; i < codeId.length; i++) hash = (hash * 31 + codeId.charCodeAt(i)) | 0;
  return PALETTE[Math.abs(hash) % PALETTE.length]!;
}

export const FALLBACK_PALETTE: readonly string[] = PALETTE;
