/**
 * Some browsers (Firefox, older Safari) read the blob after `click()` returns; revoking the URL
 * at once can cancel the download. A second is plenty, and the blob is freed soon after.
 */
const REVOKE_AFTER_MS = 1000;

/**
 * Saves `text` as a file. The blob lives in this page's memory and the object URL belongs to
 * this origin: nothing is uploaded, no request leaves the browser.
 */
export function downloadText(fileName: string, text: string, mime: string): void {
  // Declaring UTF-8 keeps Cyrillic names and typographic quotes intact in every viewer.
  const type = /charset=/i.test(mime) ? mime : `${mime};charset=utf-8`;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Firefox ignores a click on a link that is not in the document.
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, REVOKE_AFTER_MS);
  }
}
