/**
 * Landis & Koch (1977) labels for the strength of agreement a κ describes. The bands are read on κ rounded to
 * two decimals, as the table shows it, so a value printed 0.20 is "slight" and 0.21 "fair".
 */
export type KappaBand = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almostPerfect';

export const KAPPA_BANDS: readonly KappaBand[] = ['poor', 'slight', 'fair', 'moderate', 'substantial', 'almostPerfect'];

export function kappaBand(kappa: number): KappaBand {
  const k = Math.round(kappa * 100) / 100;
  if (k < 0) return 'poor';
  if (k <= 0.2) return 'slight';
  if (k <= 0.4) return 'fair';
  if (k <= 0.6) return 'moderate';
  if (k <= 0.8) return 'substantial';
  return 'almostPerfect';
}
