import { api } from '../api/client';
import type { DomainTemplate } from '../api/types';
import type { UiLanguage } from '../i18n/messages';
import { useResource, type Resource } from '../ui/hooks';

// Templates ship with the server and do not change while it runs: one request per page load is enough.
let cached: Promise<DomainTemplate[]> | null = null;

function loadTemplates(): Promise<DomainTemplate[]> {
  cached ??= api.listDomainTemplates().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** For tests: forget the cached list. */
export function resetTemplateCache(): void {
  cached = null;
}

export function useDomainTemplates(): [Resource<DomainTemplate[]>, () => void] {
  return useResource('domain-templates', loadTemplates);
}

export function templateName(template: DomainTemplate | undefined, key: string, lang: UiLanguage): string {
  return template?.names[lang] ?? template?.names.en ?? key;
}

export function templateDescription(template: DomainTemplate, lang: UiLanguage): string {
  return template.descriptions[lang] ?? template.descriptions.en ?? '';
}
