import { Canvas } from '@react-pdf/renderer';
import QRCode from 'qrcode';
import { pdfStyles as s } from '@/lib/record/record-pdf-styles';

/**
 * What the PDF draws itself rather than lays out. The renderer lays a whole document out again for
 * every page when any text depends on the page number, which made page numbers most of the cost of
 * a record; drawn on a canvas as each page is painted, they cost nothing to lay out.
 */

type Painter = {
  font: (name: string) => Painter;
  fontSize: (size: number) => Painter;
  fillColor: (color: string) => Painter;
  text: (text: string, x: number, y: number, options?: { width?: number; align?: 'left' | 'right' }) => Painter;
  rect: (x: number, y: number, width: number, height: number) => Painter;
  fill: (color: string) => Painter;
};

/** Counts pages as they are painted, in order: one per render of a document. */
export type PageCounter = { painted: number };

export function newPageCounter(): PageCounter {
  return { painted: 0 };
}

/** "Page n" in the running footer; must come before any other canvas that reads the counter. */
export function PdfPageNumber({ counter }: { counter: PageCounter }) {
  return (
    <Canvas
      style={s.pageNumber}
      paint={(painter: Painter, width = 0) => {
        counter.painted += 1;
        painter.font('Helvetica').fontSize(8).fillColor('#333333').text(`Page ${counter.painted}`, 0, 1, { width, align: "right" });
        return null;
      }}
    />
  );
}

/** The record's last line. Without it a copy missing its last pages would look complete. */
export function PdfEndOfRecord({ counter }: { counter: PageCounter }) {
  return (
    <Canvas
      style={s.endOfRecord}
      paint={(painter: Painter, width = 0) => {
        const pages = counter.painted === 1 ? '1 page' : `${counter.painted} pages`;
        painter.font('Helvetica-Bold').fontSize(9).fillColor('#111111').text(`End of the record of learning: ${pages} in all.`, 0, 0, { width });
        return null;
      }}
    />
  );
}

/** The QR code drawn as squares: sharp at any print size, and no image to encode and decode again. */
export function PdfQrCode({ url, size }: { url: string; size: number }) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const quietZone = 1;
  const cell = size / (modules.size + 2 * quietZone);
  return (
    <Canvas
      style={{ width: size, height: size }}
      paint={(painter: Painter) => {
        painter.rect(0, 0, size, size).fill('#ffffff');
        // One rectangle per run of dark modules: adjacent squares can show hairline seams in some viewers.
        for (let row = 0; row < modules.size; row += 1) {
          let column = 0;
          while (column < modules.size) {
            if (!modules.get(row, column)) {
              column += 1;
              continue;
            }
            const start = column;
            while (column < modules.size && modules.get(row, column)) column += 1;
            painter.rect((start + quietZone) * cell, (row + quietZone) * cell, (column - start) * cell, cell);
          }
        }
        painter.fill('#000000');
        return null;
      }}
    />
  );
}
