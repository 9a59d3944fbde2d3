// Small DOM helpers the lab's views share: tables from rows, status text, element lookup.

/** The element matching `selector` inside `root`; throws with the selector if the page lacks it. */
export function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The lab page is missing ${selector}`);
  return element;
}

/** A table element from a caption, header and rows (text only, so nothing is interpreted as HTML). */
export function tableElement(
  caption: string,
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): HTMLTableElement {
  const table = document.createElement('table');
  table.createCaption().textContent = caption;
  const headRow = table.createTHead().insertRow();
  for (const cell of header) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = cell;
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((cell, i) => {
      const element = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) (element as HTMLTableCellElement).scope = 'row';
      element.textContent = String(cell);
      tr.append(element);
    });
  }
  return table;
}

/** A chart (SVG markup built from data by charts.ts) with its data table behind a disclosure. */
export function chartWithTable(svg: string, table: HTMLTableElement): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'lab-chart';
  figure.innerHTML = svg;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'The data as a table';
  details.append(summary, table);
  figure.append(details);
  return figure;
}

/** Sets a status line's text and tone ("busy", "done", "error"). */
export function setStatus(element: HTMLElement, text: string, tone: 'busy' | 'done' | 'error' = 'done') {
  element.textContent = text;
  element.dataset.tone = tone;
}

/** A paragraph with text. */
export function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}
