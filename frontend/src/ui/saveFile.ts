import type { Download } from '../api/http';

/** Hands a downloaded file to the browser's save flow (an object URL: a plain link cannot carry the token). */
export function saveFile(file: Download, fallbackName: string): void {
  const href = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = file.filename ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
