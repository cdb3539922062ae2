import type { TextSpan } from '../api/types';

/**
 * The span of `element`'s text that the user has selected, as offsets within that text, trimmed of surrounding
 * whitespace; null when nothing inside `element` is selected. Offsets count characters of the text content, so
 * the coded spans painted inside the element do not shift them.
 */
export function selectedSpan(element: HTMLElement | null): TextSpan | null {
  const selection = window.getSelection();
  if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  const text = element.textContent ?? '';
  let start = before.toString().length;
  let end = start + range.toString().length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The fragment whose text holds the current selection, with the selected span; null when there is none. */
export function selectionInFragment(): { fragmentId: string; span: TextSpan } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const node = selection.getRangeAt(0).startContainer;
  const start = node instanceof Element ? node : node.parentElement;
  const text = start?.closest<HTMLElement>('.fragment__text');
  const item = text?.closest<HTMLElement>('.fragment');
  if (!text || !item) return null;
  const span = selectedSpan(text);
  return span ? { fragmentId: item.id.replace(/^fragment-/, ''), span } : null;
}
