/**
 * Starts a browser download of `url` (a signed URL whose answer is `Content-Disposition: attachment`),
 * without leaving the page.
 */
export function startDownload(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}
