/** Tell the reader something once, at the top of the page (e.g. that damaged progress was reset). */
export function showNotice(text: string): void {
  const notice = document.createElement('p');
  notice.className = 'workshop-notice';
  notice.setAttribute('role', 'status');
  notice.textContent = text;
  document.querySelector('main')?.prepend(notice);
}
