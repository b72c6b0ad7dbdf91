import { useMemo } from 'react';
import { QUIET_ZONE, qrMatrix, qrPath } from './qrMatrix';

/**
 * A QR code as SVG: black modules on white with the quiet zone, sharp at any size (one module
 * is one unit of the view box, drawn with crisp edges). Its size is the container's.
 */
export function QrCode({ text, label, testId }: { text: string; label: string; testId?: string }) {
  const { size, path } = useMemo(() => {
    const matrix = qrMatrix(text);
    return { size: matrix.size + 2 * QUIET_ZONE, path: qrPath(matrix) };
  }, [text]);
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid={testId}
      data-modules={size - 2 * QUIET_ZONE}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
