import JSZip from 'jszip';
import { finalizePlan, type ImportFormat, type ImportResult, type ParseOptions } from './import-result';
import { parseTemplateCsv } from './parse-csv';
import { parseItaDocx } from './parse-docx';
import { parseItaText } from './parse-ita-text';
import { ProblemList } from './problems';

/** The one entry point for an uploaded file: picks the reader by extension, MIME type, or the bytes themselves. */

const BY_EXTENSION: Record<string, ImportFormat> = {
  txt: 'text',
  md: 'text',
  text: 'text',
  docx: 'docx',
  xlsx: 'xlsx',
  csv: 'csv',
};
const BY_MIME: Record<string, ImportFormat> = {
  'text/plain': 'text',
  'text/markdown': 'text',
  'text/csv': 'csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.docx', '.xlsx', '.csv'] as const;
export const ACCEPTED_MIME_TYPES = Object.keys(BY_MIME);

export async function detectFormat(name: string, bytes: Uint8Array, mimeType?: string): Promise<ImportFormat | null> {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const known = BY_EXTENSION[ext] ?? (mimeType ? BY_MIME[mimeType.split(';')[0]!.trim().toLowerCase()] : undefined);
  if (known) return known;
  // A zip without a telling name: look for the part that makes it Word or Excel.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const zip = await JSZip.loadAsync(bytes).catch(() => null);
    if (zip?.file('word/document.xml')) return 'docx';
    if (zip?.file('xl/workbook.xml')) return 'xlsx';
  }
  return null;
}

/** Text files are UTF-8 (with or without BOM); UTF-16 with a BOM is accepted too. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

export async function parseImportFile(
  name: string,
  bytes: Uint8Array | ArrayBuffer,
  options: ParseOptions & { mimeType?: string } = {},
): Promise<ImportResult> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const format = await detectFormat(name, data, options.mimeType);
  switch (format) {
    case 'text':
      return parseItaText(decodeText(data), options);
    case 'csv':
      return parseTemplateCsv(decodeText(data), options);
    case 'docx':
      return parseItaDocx(data, options);
    case 'xlsx': {
      // exceljs is large: loaded only when a workbook is imported.
      const { parseTemplateXlsx } = await import('./parse-xlsx');
      return parseTemplateXlsx(data, options);
    }
    default: {
      const problems = new ProblemList();
      problems.add('unsupported_format', null, { ext: /\.[^./\\]+$/.exec(name)?.[0] ?? name });
      return finalizePlan(null, problems, null);
    }
  }
}
