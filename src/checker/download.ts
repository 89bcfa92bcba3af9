// Saving a file the page made (Excel table, CSV, template, annotated copy): a Blob URL on a temporary link with
// a `download` name. Nothing goes over the network.

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Offers `data` to the user as a file named `fileName`. Returns the Blob that was offered. */
export function downloadFile(data: Uint8Array | string | Blob, fileName: string, type: string): Blob {
  const blob =
    data instanceof Blob && data.type === type
      ? data
      : new Blob([typeof data === 'string' || data instanceof Blob ? data : (data as Uint8Array<ArrayBuffer>)], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke once the browser has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }
  return blob;
}
