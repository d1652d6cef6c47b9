import { Text, View } from '@react-pdf/renderer';
import { cloneElement, isValidElement, type ReactNode } from 'react';
import type { Style } from '@react-pdf/stylesheet';
import type { RecordField } from '@/lib/record/record-fields';
import { pdfStyles as s } from '@/lib/record/record-pdf-styles';

/**
 * Building blocks of the PDF record: labelled fields, sections and simple tables.
 * The renderer ignores minPresenceAhead inside nested views, so a heading is kept off the foot of
 * a page by putting it in one unbreakable block with what follows it (`lead`).
 */

type SectionProps = {
  title: string;
  /** Kept on the same page as the heading. */
  lead?: ReactNode;
  children?: ReactNode;
  keepTogether?: boolean;
  breakBefore?: boolean;
};

export function PdfSection({ title, lead = null, children = null, keepTogether = false, breakBefore = false }: SectionProps) {
  return (
    <View style={s.section} wrap={!keepTogether} break={breakBefore}>
      <View wrap={false}>
        <PdfHeading title={title} />
        {lead}
      </View>
      {children}
    </View>
  );
}

export function PdfHeading({ title }: { title: string }) {
  return <Text style={s.heading}>{title}</Text>;
}

/** A section that is one table: the heading travels with the table's head and first row. */
export function PdfTableSection({ title, columns, rows }: { title: string; columns: PdfColumn[]; rows: PdfTableRow[] }) {
  return (
    <View style={s.section}>
      <PdfTable heading={<PdfHeading title={title} />} columns={columns} rows={rows} />
    </View>
  );
}

export function PdfField({ field }: { field: RecordField }) {
  return (
    // A blank line sits level with its label's baseline, like a paper form.
    <View style={field.value === null ? [s.field, { alignItems: 'flex-end' }] : s.field} wrap={false}>
      <Text style={s.label}>{field.label}</Text>
      {field.value === null ? (
        <View style={field.tall === true ? [s.blank, { height: 28 }] : s.blank} />
      ) : (
        <Text style={field.mono === true ? [s.value, s.mono, { fontSize: 9 }] : s.value}>{field.value}</Text>
      )}
    </View>
  );
}

export function PdfFields({ fields }: { fields: RecordField[] }) {
  return (
    <View>
      {fields.map((field) => (
        <PdfField key={field.label} field={field} />
      ))}
    </View>
  );
}

export type PdfColumn = { title: string; width: string };

export type PdfTableRow = { key: string; cells: ReactNode[]; below?: ReactNode };

function PdfTableHead({ columns }: { columns: PdfColumn[] }) {
  return (
    <View style={s.headRow}>
      {columns.map((column) => (
        <Text key={column.title} style={[s.th, { width: column.width }]}>
          {column.title}
        </Text>
      ))}
    </View>
  );
}

/** One table row; cells line up with the head by sharing its column widths. */
function PdfRow({ columns, row }: { columns: PdfColumn[]; row: PdfTableRow }) {
  const cells = row.cells.map((cell, index) => <PdfCell key={columns[index]?.title ?? index} cell={cell} width={columns[index]?.width ?? 'auto'} />);
  if (row.below === undefined) {
    return (
      <View style={[s.row, { flexDirection: 'row' }]} wrap={false}>
        {cells}
      </View>
    );
  }
  return (
    <View style={s.row} wrap={false}>
      <View style={{ flexDirection: 'row' }}>{cells}</View>
      {row.below}
    </View>
  );
}

/** A cell that is one piece of text takes the column's width itself: every extra box costs the renderer a layout. */
function PdfCell({ cell, width }: { cell: ReactNode; width: string }) {
  if (isValidElement<{ style?: Style | Style[] }>(cell) && cell.type === Text) {
    const own = cell.props.style;
    return cloneElement(cell, { style: [s.td, { width }, ...(own === undefined ? [] : Array.isArray(own) ? own : [own])] });
  }
  return <View style={[s.td, { width }]}>{cell}</View>;
}

/** A table whose head, first row and optional heading above it never part across pages. */
export function PdfTable({ columns, rows, heading = null }: { columns: PdfColumn[]; rows: PdfTableRow[]; heading?: ReactNode }) {
  const [first, ...rest] = rows;
  return (
    <View>
      <View wrap={false}>
        {heading}
        <PdfTableHead columns={columns} />
        {first === undefined ? null : <PdfRow columns={columns} row={first} />}
      </View>
      {rest.map((row) => (
        <PdfRow key={row.key} columns={columns} row={row} />
      ))}
    </View>
  );
}
