/** A list the size of a large partner's, in the Fluent-style grid markup; `selected` marks one row. */
export function bigList(rows: number, selected: number | null): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const id = `${i.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    const isSelected = i === selected;
    body.push(
      `<div role="row" aria-selected="${isSelected}"><div role="gridcell"><span role="radio" aria-checked="${isSelected}"></span></div>` +
        `<div role="gridcell">Customer ${i}</div><div role="gridcell">${id}</div><div role="gridcell">customer${i}.onmicrosoft.com</div><div role="gridcell">Cloud Reseller</div></div>`,
    );
  }
  return `<html><body><div role="grid"><div role="rowgroup"><div role="row"><div role="columnheader"></div><div role="columnheader">Name</div>
    <div role="columnheader">Microsoft ID</div><div role="columnheader">Primary domain name</div><div role="columnheader">Relationship</div></div></div>
    <div role="rowgroup">${body.join('')}</div></div></body></html>`;
}
