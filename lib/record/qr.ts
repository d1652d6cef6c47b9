import QRCode from 'qrcode';

/**
 * The QR code on a final record points at its /verify/<code> page. The markup and image come
 * straight from the qrcode library, built from the URL alone, so they are trusted as they are.
 * The PDF draws its own from the same library's modules (`PdfQrCode`).
 */

/** Inline SVG for the screen and print view. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

