/**
 * Fits each card half to its printed size (A4 portrait, 10 mm margins, half the height): measures a
 * copy of the half at the printed width and lowers its font size until it fits, then keeps that size
 * for print (CSS variable --fit). Runs in the panel before printing; nothing leaves the page.
 */
const MM = 96 / 25.4;
export const FACE_WIDTH_MM = 190;
export const FACE_HEIGHT_MM = 133;
const SIZES_PT = [10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7];

export function fitFaces(root: HTMLElement): void {
  const doc = root.ownerDocument;
  const probe = doc.createElement('div');
  probe.className = 'print-probe';
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = `position:absolute;left:-10000px;top:0;width:${FACE_WIDTH_MM}mm;visibility:hidden;`;
  doc.body.appendChild(probe);
  try {
    for (const face of root.querySelectorAll<HTMLElement>('.card-face')) {
      const copy = face.cloneNode(true) as HTMLElement;
      copy.style.height = 'auto';
      copy.style.overflow = 'visible';
      probe.replaceChildren(copy);
      let chosen = SIZES_PT[SIZES_PT.length - 1] as number;
      for (const pt of SIZES_PT) {
        copy.style.fontSize = `${pt}pt`;
        if (copy.scrollHeight <= FACE_HEIGHT_MM * MM) {
          chosen = pt;
          break;
        }
      }
      face.style.setProperty('--fit', `${chosen}pt`);
    }
  } finally {
    probe.remove();
  }
}
