import type { ReactNode } from 'react';
import { formatSastTime } from '@/lib/format/sast';
import type { EvidenceMatrix as Matrix, MatrixPiece, MatrixRow } from '@/lib/portfolio/evidence-matrix';
import { METHODS, methodLabel } from '@/lib/portfolio/methods';
import { describeHoldings, describeRule } from '@/lib/portfolio/sufficiency';

type Props = {
  matrix: Matrix;
  /** Names the matrix for screen readers and on paper: whose evidence, and as of when. */
  caption: string;
  /** Where an answer part of an attempt (a summative piece) opens for this viewer. */
  submissionHref: (submissionId: string) => string;
  /** A signed judgement's sealed evidence: the standing is as it was when signed, at this time. */
  sealedAt?: Date | null;
  /** The level of each criterion's heading in the narrow-screen list, below the page's own headings. */
  headingLevel?: 3 | 4;
};

/**
 * Where a piece opens: its read-only detail page, or for an answer part of an attempt (which has no
 * detail row of its own) the submission as this viewer sees it; null when it has neither.
 */
export function pieceHref(piece: Pick<MatrixPiece, 'method' | 'detailId' | 'submissionId'>, submissionHref: (submissionId: string) => string): string | null {
  if (piece.detailId) return `/evidence/${piece.method}/${encodeURIComponent(piece.detailId)}`;
  if (piece.submissionId) return submissionHref(piece.submissionId);
  return null;
}

/** "Rule met" / "Rule not met", and for sealed evidence when that was decided. */
export function standingLabel(met: boolean, sealed: boolean): string {
  if (sealed) return met ? 'Rule met when signed' : 'Rule not met when signed';
  return met ? 'Rule met' : 'Rule not met';
}

/**
 * The evidence matrix: criteria down, methods in use across, each cell the pieces with links, and
 * per criterion where it stands against its sufficiency rule. A table on wide screens and on paper;
 * a list per criterion on narrow screens, where a table of up to nine methods cannot be read.
 */
export function EvidenceMatrix({ matrix, caption, submissionHref, sealedAt = null, headingLevel = 3 }: Props) {
  const sealed = sealedAt !== null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700 print:text-black">
        {matrix.allMet ? 'Every criterion shown meets its sufficiency rule.' : `${matrix.rows.filter((row) => !row.sufficiency.met).length} of ${matrix.rows.length} criteria do not meet their sufficiency rule yet.`}
        {sealed ? ` As sealed by the signed judgement on ${formatSastTime(sealedAt)}.` : ''}
      </p>
      <div className="hidden relative overflow-x-auto md:block print:block print:overflow-visible">
        <table className="w-full border-collapse text-left text-sm print:break-inside-auto! print:text-[9pt]">
          <caption className="mb-2 text-left font-semibold">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-slate-900 py-2 pr-3 align-bottom">
                Criterion
              </th>
              {matrix.methods.map((method) => (
                <th key={method} scope="col" className="border-b-2 border-slate-900 py-2 pr-3 align-bottom">
                  {methodLabel(method)}
                  {METHODS[method].countsForSufficiency ? null : <span className="block text-xs font-normal">(does not count towards the rules)</span>}
                </th>
              ))}
              <th scope="col" className="border-b-2 border-slate-900 py-2 pr-3 align-bottom">
                Sufficiency
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.code} className="print:break-inside-avoid">
                <th scope="row" className="border-b border-slate-300 py-2 pr-3 align-top font-normal">
                  <span className="font-semibold">{row.code}</span> {row.text}
                </th>
                {matrix.methods.map((method) => (
                  <td key={method} className="border-b border-slate-300 py-2 pr-3 align-top">
                    <Pieces pieces={row.cells[method]} row={row} submissionHref={submissionHref} />
                  </td>
                ))}
                <td className="border-b border-slate-300 py-2 pr-3 align-top">
                  <Standing row={row} sealed={sealed} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-label={caption} className="space-y-4 md:hidden print:hidden">
        {matrix.rows.map((row) => {
          const used = matrix.methods.filter((method) => row.cells[method].length > 0);
          return (
            <li key={row.code} className="rounded-lg border border-slate-300 p-3">
              <Heading className="font-semibold">
                {row.code} <span className="font-normal">{row.text}</span>
              </Heading>
              <div className="mt-2 text-sm">
                <Standing row={row} sealed={sealed} />
              </div>
              {used.length === 0 ? (
                <p className="mt-2 text-sm">No evidence yet.</p>
              ) : (
                <dl className="mt-2 space-y-2 text-sm">
                  {used.map((method) => (
                    <div key={method}>
                      <dt className="font-semibold">{methodLabel(method)}</dt>
                      <dd>
                        <Pieces pieces={row.cells[method]} row={row} submissionHref={submissionHref} />
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Pieces({ pieces, row, submissionHref }: { pieces: readonly MatrixPiece[]; row: MatrixRow; submissionHref: (submissionId: string) => string }) {
  if (pieces.length === 0) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="sr-only">none</span>
      </>
    );
  }
  const stale = new Set(row.sufficiency.notCurrent.map((piece) => piece.id));
  return (
    <>
      <span className="font-semibold">
        {pieces.length} {pieces.length === 1 ? 'piece' : 'pieces'}
      </span>
      <ul className="mt-1 space-y-1">
        {pieces.map((piece) => (
          <li key={piece.id}>
            <PieceLink piece={piece} submissionHref={submissionHref}>
              {piece.title}
            </PieceLink>
            <span className="block text-xs text-slate-700 print:text-black">
              {formatSastTime(piece.occurredAt, 'date')}
              {piece.channel ? `, ${piece.channel}` : ''}
              {stale.has(piece.id) ? ', not current' : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function PieceLink({ piece, submissionHref, children }: { piece: MatrixPiece; submissionHref: (submissionId: string) => string; children: ReactNode }) {
  const href = pieceHref(piece, submissionHref);
  if (href === null) return <span>{children}</span>;
  return (
    <a href={href} className="text-brand-700 underline underline-offset-2">
      {children}
    </a>
  );
}

function Standing({ row, sealed }: { row: MatrixRow; sealed: boolean }) {
  const { sufficiency } = row;
  const stale = new Set(sufficiency.notCurrent.map((piece) => piece.id));
  const notCurrent = Object.values(row.cells)
    .flat()
    .filter((piece) => stale.has(piece.id));
  return (
    <div className="space-y-1">
      <p className={`font-semibold ${sufficiency.met ? 'text-emerald-800' : 'text-red-800'} print:text-black`}>
        <span aria-hidden="true">{sufficiency.met ? '✓ ' : '✗ '}</span>
        {standingLabel(sufficiency.met, sealed)}
      </p>
      <p>
        <span className="font-semibold">Needs:</span> {describeRule(sufficiency.rule)}.
      </p>
      <p>
        <span className="font-semibold">{sealed && sufficiency.met ? 'Met with:' : 'Has:'}</span> {describeHoldings(sufficiency)}.
      </p>
      {sufficiency.missing.length > 0 ? (
        <p>
          <span className="font-semibold">Missing:</span> {sufficiency.missing.join('; ')}.
        </p>
      ) : null}
      {notCurrent.length > 0 ? (
        <p>
          <span className="font-semibold">Not current (too old to count):</span>{' '}
          {notCurrent.map((piece) => `${piece.title} (${formatSastTime(piece.occurredAt, 'date')})`).join('; ')}.
        </p>
      ) : null}
    </div>
  );
}
