/**
 * Tell the reader something at the top of the page, once: that damaged data was reset (`status`,
 * read out politely) or that the browser refused to save (`alert`, read out at once). The same
 * text is never shown twice on one page. Styled in ThemeInit.astro, which every page carries.
 */
export function showNotice(text: string, role: 'status' | 'alert' = 'status'): void {
  const shown = [...document.querySelectorAll('.site-notice')].some((notice) => notice.textContent === text);
  if (shown) return;
  const notice = document.createElement('p');
  notice.className = 'site-notice';
  notice.setAttribute('role', role);
  notice.textContent = text;
  (document.querySelector('main') ?? document.body).prepend(notice);
}
