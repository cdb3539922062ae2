import type { ProjectSection } from '../app/router';
import type { Messages } from '../i18n/messages';

/**
 * The tabs of a project page, in display order. Only sections whose API exists are listed: a later page
 * (interviews, coding, theory …) adds its entry here, its name to `ProjectSection` and its view to
 * ProjectPage.
 */
export const projectSections: readonly { key: ProjectSection; label: (t: Messages) => string }[] = [
  { key: 'overview', label: (t) => t.project.overview },
  { key: 'interviews', label: (t) => t.interviews.section },
  { key: 'coding', label: (t) => t.coding.section },
  { key: 'review', label: (t) => t.review.section },
  { key: 'theory', label: (t) => t.theory.section },
  { key: 'search', label: (t) => t.search.section },
  { key: 'agreement', label: (t) => t.agreement.section },
  { key: 'members', label: (t) => t.members.section },
  { key: 'matrices', label: (t) => t.matrices.section },
  { key: 'attributes', label: (t) => t.attributes.section },
];
