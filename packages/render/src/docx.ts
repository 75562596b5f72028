/**
 * The filed form: a Word document in the layout of GB/T 9704-2012 (gbt9704.md §6), written with
 * the `docx` library from the template data and the DOCX style definition.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { columnWidths, type GridCell, type TableGrid } from './grid.js';
import type { Run } from './inline.js';
import type { Block, SectionData, TemplateData } from './model.js';
import { tableStyle, type DocxStyle } from './style.js';
import { displayWidth } from './width.js';

/** Every run names its East Asian font and language: without `zh-CN` LibreOffice picks Japanese glyphs. */
function runFont(font: string, latin?: string): IRunOptions['font'] {
  const ascii = latin || font;
  return { ascii, hAnsi: ascii, cs: ascii, eastAsia: font, hint: 'eastAsia' };
}

const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

interface RunStyle {
  font: string;
  latin?: string;
  size: number;
  bold?: boolean;
  characterSpacing?: number;
}

function textRun(text: string, style: RunStyle, run: Partial<Run> = {}): TextRun {
  return new TextRun({
    text,
    font: runFont(style.font, style.latin),
    size: style.size,
    language: LANGUAGE,
    ...(style.characterSpacing ? { characterSpacing: style.characterSpacing } : {}),
    ...(style.bold || run.bold ? { bold: true } : {}),
    ...(run.italic ? { italics: true } : {}),
    ...(run.strike ? { strike: true } : {}),
    ...(run.underline ? { underline: {} } : {}),
    ...(run.superscript ? { superScript: true } : {}),
    ...(run.subscript ? { subScript: true } : {}),
    ...(run.break ? { break: 1 } : {}),
  });
}

function runsToChildren(runs: Run[], style: RunStyle): ParagraphChild[] {
  return runs.map((run) => {
    const text = textRun(run.text, style, run);
    return run.link ? new ExternalHyperlink({ link: run.link, children: [text] }) : text;
  });
}

class DocxWriter {
  private readonly body: RunStyle;
  private readonly charWidth: number;

  constructor(private readonly style: DocxStyle) {
    this.body = {
      font: style.body.font,
      latin: style.body.latinFont,
      size: style.body.size,
      characterSpacing: style.body.characterSpacing,
    };
    // One 字 at the body size, twips (三号: 320).
    this.charWidth = style.body.size * 10;
  }

  /** Spacing of a line on the 22-line grid. */
  private gridLine(line = this.style.body.line) {
    return { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  }

  private indent() {
    const chars = this.style.body.firstLineChars;
    return {
      firstLine: Math.round(chars * this.charWidth),
      firstLineChars: Math.round(chars * 100),
    };
  }

  blank(): Paragraph {
    return new Paragraph({ spacing: this.gridLine(), children: [textRun('', this.body)] });
  }

  paragraph(runs: Run[], options: { indent?: boolean } = {}): Paragraph {
    return new Paragraph({
      alignment: this.style.body.justify ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
      spacing: this.gridLine(),
      ...(options.indent === false ? {} : { indent: this.indent() }),
      children: runsToChildren(runs.length ? runs : [{ text: '' }], this.body),
    });
  }

  title(lines: string[]): Paragraph[] {
    const { title } = this.style;
    const style: RunStyle = { font: title.font, size: title.size, bold: title.bold };
    const runs = lines.map((line, i) => textRun(line, style, i > 0 ? { break: true } : {}));
    const after = Array.from({ length: title.blankLinesAfter }, () => this.blank());
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: this.gridLine(title.line),
        children: runs,
      }),
      ...after,
    ];
  }

  heading(section: SectionData): Paragraph {
    const level = Math.min(section.level, this.style.headings.length);
    const font = this.style.headings[level - 1];
    const headingLevels = [
      HeadingLevel.HEADING_1,
      HeadingLevel.HEADING_2,
      HeadingLevel.HEADING_3,
      HeadingLevel.HEADING_4,
    ];
    return new Paragraph({
      heading: headingLevels[Math.min(level, 4) - 1],
      alignment: this.style.body.justify ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
      spacing: this.gridLine(),
      indent: this.indent(),
      keepNext: true,
      children: [textRun(section.text, { ...this.body, font: font.font, bold: font.bold })],
    });
  }

  blocks(blocks: Block[]): (Paragraph | Table)[] {
    return blocks.flatMap((block) => this.block(block));
  }

  block(block: Block): (Paragraph | Table)[] {
    switch (block.type) {
      case 'paragraph':
        return [this.paragraph(block.runs)];
      case 'table':
        return this.table(block.table);
      case 'list':
        return block.items.flatMap((item) => {
          const [first, ...rest] = item.blocks;
          const lead =
            first?.type === 'paragraph'
              ? [this.paragraph([{ text: item.marker }, ...first.runs])]
              : first
                ? this.block(first)
                : [];
          return [...lead, ...this.blocks(rest)];
        });
      case 'quote':
        return this.blocks(block.blocks);
      case 'code':
      case 'html':
        return block.text
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => this.paragraph([{ text: line }]));
      case 'rule':
        return [this.blank()];
    }
  }

  table(grid: TableGrid): (Paragraph | Table)[] {
    const style = tableStyle(this.style, grid.key);
    const cellStyle = (cell: GridCell): RunStyle => ({
      font:
        cell.header && cell.kind !== 'row-label' && cell.kind !== 'corner'
          ? style.headerFont
          : style.font,
      size: style.size,
    });
    // A display column is half a character at the table's size; a cell adds its margins.
    const column = style.size * 5;
    const padding = 2 * style.cellMargin + 10;
    const widths = columnWidths(grid, {
      available: style.maxWidth - grid.columns * padding,
      measure: (text) => displayWidth(text) * column,
      minimum: 4 * column,
      fill: true,
    }).map((w) => Math.floor(w + padding));
    // Borders and padding are set once on the table, not on each cell: the same layout in a
    // far smaller document (and a faster build).
    const border = { style: BorderStyle.SINGLE, size: style.borderSize, color: '000000' };
    const borders = {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    };
    const rows = grid.rows.map(
      (row, r) =>
        new TableRow({
          cantSplit: true,
          // Only on header rows: readers such as mammoth take a present w:tblHeader, even
          // w:val="false", for a header row.
          ...(r < grid.headerRows ? { tableHeader: true } : {}),
          children: row.cells.map((cell) => {
            const width = widths
              .slice(cell.col, cell.col + cell.colSpan)
              .reduce((a, b) => a + b, 0);
            return new TableCell({
              ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
              ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
              width: { size: width, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              children: cell.text.split('\n').map(
                (line) =>
                  new Paragraph({
                    alignment:
                      cell.align === 'center'
                        ? AlignmentType.CENTER
                        : cell.align === 'right'
                          ? AlignmentType.RIGHT
                          : AlignmentType.LEFT,
                    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
                    ...(cell.indent > 0 && cell.kind === 'row-label'
                      ? { indent: { left: cell.indent * style.size * 10 } }
                      : {}),
                    children: [textRun(line, cellStyle(cell))],
                  }),
              ),
            });
          }),
        }),
    );
    const out: (Paragraph | Table)[] = [];
    if (style.caption && grid.caption) {
      out.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: this.gridLine(),
          keepNext: true,
          children: [
            textRun([grid.name, grid.caption].filter(Boolean).join('　'), {
              font: style.headerFont,
              size: this.style.body.size,
            }),
          ],
        }),
      );
    }
    out.push(
      new Table({
        rows,
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: widths,
        borders,
        margins: { left: style.cellMargin, right: style.cellMargin, top: 0, bottom: 0 },
        layout: TableLayoutType.FIXED,
        alignment: AlignmentType.CENTER,
      }),
    );
    for (const note of grid.notes)
      out.push(
        new Paragraph({
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          children: [textRun(note, { font: style.font, size: style.noteSize })],
        }),
      );
    return out;
  }

  section(section: SectionData): (Paragraph | Table)[] {
    return [
      this.heading(section),
      ...this.blocks(section.blocks),
      ...section.sections.flatMap((s) => this.section(s)),
    ];
  }

  signature(data: TemplateData): Paragraph[] {
    const { signature } = data;
    // The block stays together (keepNext down to its last line), never the date alone on a page.
    // A report without an agency or a 成文日期 in its frontmatter prints no line for it.
    const lines = [
      { text: signature.agency, rightChars: signature.agencyRightChars },
      { text: signature.dateText, rightChars: signature.dateRightChars },
    ].filter((l): l is { text: string; rightChars: number } => Boolean(l.text));
    if (lines.length === 0) return [];
    const line = (text: string, rightChars: number, keepNext: boolean) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: this.gridLine(),
        indent: { right: Math.round(rightChars * this.charWidth) },
        ...(keepNext ? { keepNext } : {}),
        children: [textRun(text, this.body)],
      });
    return [
      ...Array.from(
        { length: this.style.signature.blankLinesBefore },
        () =>
          new Paragraph({
            spacing: this.gridLine(),
            keepNext: true,
            children: [textRun('', this.body)],
          }),
      ),
      ...lines.map((l, i) => line(l.text, l.rightChars, i < lines.length - 1)),
    ];
  }

  /** 「— 1 —」 in 4号 宋体 (GB/T 9704 §7.5): odd pages right, even pages left, one 字 in. */
  footer(side: 'odd' | 'even' | 'center'): Footer {
    const { pageNumber } = this.style;
    const inset = Math.round(pageNumber.insetChars * pageNumber.size * 10);
    const run = new TextRun({
      children: ['— ', PageNumber.CURRENT, ' —'],
      font: runFont(pageNumber.font),
      size: pageNumber.size,
      language: LANGUAGE,
    });
    return new Footer({
      children: [
        new Paragraph({
          alignment:
            side === 'odd'
              ? AlignmentType.RIGHT
              : side === 'even'
                ? AlignmentType.LEFT
                : AlignmentType.CENTER,
          spacing: {
            line: pageNumber.size * 10,
            lineRule: LineRuleType.EXACT,
            before: 0,
            after: 0,
          },
          ...(side === 'odd' ? { indent: { right: inset } } : {}),
          ...(side === 'even' ? { indent: { left: inset } } : {}),
          children: [run],
        }),
      ],
    });
  }

  document(data: TemplateData): Document {
    const { style } = this;
    const outside = style.pageNumber.position !== 'center';
    const heading = (level: number) => {
      const font = style.headings[level - 1] ?? style.headings.at(-1)!;
      return {
        run: {
          font: runFont(font.font),
          size: style.body.size,
          bold: font.bold,
          color: '000000',
          language: LANGUAGE,
        },
        paragraph: { spacing: this.gridLine(), outlineLevel: level - 1 },
      };
    };
    return new Document({
      title: data.title.text,
      ...(data.meta.agency ? { creator: data.meta.agency } : {}),
      description: `${data.generator}; ${data.edition.basis}`,
      evenAndOddHeaderAndFooters: outside,
      styles: {
        default: {
          document: {
            run: { font: runFont(style.body.font), size: style.body.size, language: LANGUAGE },
            paragraph: { spacing: this.gridLine() },
          },
          heading1: heading(1),
          heading2: heading(2),
          heading3: heading(3),
          heading4: heading(4),
        },
      },
      sections: [
        {
          properties: {
            page: {
              size: { width: style.page.width, height: style.page.height },
              margin: { ...style.page.margin },
            },
          },
          footers: outside
            ? { default: this.footer('odd'), even: this.footer('even') }
            : { default: this.footer('center') },
          children: [
            ...this.title(data.title.lines),
            ...this.blocks(data.preamble),
            ...data.sections.flatMap((s) => this.section(s)),
            ...this.signature(data),
          ],
        },
      ],
    });
  }
}

/** The font table: each font with its fallbacks as alternate names and the GB2312 character set. */
export function fontTableXml(style: DocxStyle): string {
  const fonts = new Set<string>([
    style.title.font,
    style.body.font,
    ...(style.body.latinFont ? [style.body.latinFont] : []),
    ...style.headings.map((h) => h.font),
    style.table.font,
    style.table.headerFont,
    ...Object.values(style.tables).flatMap(
      (t) => [t.font, t.headerFont].filter(Boolean) as string[],
    ),
    style.pageNumber.font,
  ]);
  const escape = (s: string) =>
    s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');
  const entries = [...fonts].map((name) => {
    const alternates = style.fallbacks[name] ?? [];
    return (
      `<w:font w:name="${escape(name)}">` +
      (alternates.length ? `<w:altName w:val="${escape(alternates.join(','))}"/>` : '') +
      // 86 is GB2312: Word looks for a Chinese font of the same set when this one is missing.
      `<w:charset w:val="${/[^ -~]/u.test(name) ? '86' : '00'}"/>` +
      '<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries.join('') +
    '</w:fonts>'
  );
}

export async function renderDocx(data: TemplateData, style: DocxStyle): Promise<Uint8Array> {
  const document = new DocxWriter(style).document(data);
  const buffer = await Packer.toBuffer(document, false, [
    { path: 'word/fontTable.xml', data: fontTableXml(style) },
  ]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
