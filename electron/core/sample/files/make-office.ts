import yazl from 'yazl';

/** Zip entries carry a date; a fixed one makes the sample files the same bytes on every run. */
const FIXED_MTIME = new Date(2026, 0, 1, 12, 0, 0);

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOC_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

function zip(entries: Record<string, string>): Promise<Buffer> {
  const file = new yazl.ZipFile();
  for (const [name, text] of Object.entries(entries)) {
    file.addBuffer(Buffer.from(text, 'utf8'), name, { mtime: FIXED_MTIME, compress: true });
  }
  file.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    file.outputStream.on('data', (c: Buffer) => chunks.push(c));
    file.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    file.outputStream.on('error', reject);
  });
}

function contentTypes(overrides: Record<string, string>): string {
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    Object.entries(overrides)
      .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
      .join('') +
    '</Types>'
  );
}

const rootRels = (target: string) =>
  `${XML_HEAD}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_DOC_REL}" Target="${target}"/></Relationships>`;

/** A paragraph of a sample Word document. */
export interface DocxParagraph {
  text: string;
  heading?: boolean;
}

/** A minimal valid Word document (.docx): one part, direct formatting, no styles part needed. */
export function makeDocx(paragraphs: readonly DocxParagraph[]): Promise<Buffer> {
  const body = paragraphs
    .map(({ text, heading }) => {
      const props = heading ? '<w:rPr><w:b/><w:sz w:val="30"/></w:rPr>' : '';
      return `<w:p><w:r>${props}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
    })
    .join('');
  return zip({
    '[Content_Types].xml': contentTypes({
      '/word/document.xml':
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    }),
    '_rels/.rels': rootRels('word/document.xml'),
    'word/document.xml':
      `${XML_HEAD}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      `<w:body>${body}<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>`,
  });
}

/** A cell of a sample spreadsheet: text, a number, or a formula (`=SUM(B2:B5)`). */
export type XlsxCell = string | number;

const columnName = (index: number) => String.fromCharCode(65 + index);

function cellXml(value: XlsxCell, ref: string): string {
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  if (value.startsWith('=')) return `<c r="${ref}"><f>${escapeXml(value.slice(1))}</f></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
}

/**
 * A minimal valid workbook (.xlsx) with one sheet; formulas are computed when it is opened
 * (`fullCalcOnLoad`), so no cached values are needed.
 */
export function makeXlsx(
  sheetName: string,
  rows: readonly (readonly XlsxCell[])[],
): Promise<Buffer> {
  const sheetRows = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((value, c) => cellXml(value, `${columnName(c)}${r + 1}`)).join('')}</row>`,
    )
    .join('');
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip({
    '[Content_Types].xml': contentTypes({
      '/xl/workbook.xml':
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      '/xl/worksheets/sheet1.xml':
        'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    }),
    '_rels/.rels': rootRels('xl/workbook.xml'),
    'xl/workbook.xml':
      `${XML_HEAD}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets>` +
      `<sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
      '<calcPr fullCalcOnLoad="1"/></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${XML_HEAD}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" ` +
      `Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${XML_HEAD}<worksheet xmlns="${main}"><sheetData>${sheetRows}</sheetData></worksheet>`,
  });
}
