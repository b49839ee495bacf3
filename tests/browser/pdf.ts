import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Printed PDFs read with poppler's command-line tools (pdftotext, pdftoppm). */

/** Whether poppler's tools are here; one line when they are not, and no skipping in CI. */
export function popplerAvailable(): boolean {
  if (existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm')) return true;
  if (process.env.CI) throw new Error('The print checks must run in CI, but pdftotext was not found (apt-get install -y poppler-utils).');
  console.warn('PDF text checks skipped: no pdftotext (apt-get install -y poppler-utils).');
  return false;
}

/** Pages of a PDF: one /Type /Page object each. */
export const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

export interface PdfLine {
  page: number;
  text: string;
  yMin: number;
  yMax: number;
}

export interface PdfText {
  /** Page size, pt. */
  width: number;
  height: number;
  lines: PdfLine[];
}

const ENTITIES: Record<string, string> = { amp: '&', apos: "'", quot: '"', lt: '<', gt: '>' };
const unescape = (xml: string) => xml.replace(/&(amp|apos|quot|lt|gt);/g, (_, e: string) => ENTITIES[e]);

function saved(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'atlas-pdf-')), 'printed.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** Every line of text as laid out on its page (pdftotext -bbox-layout), with its top and bottom in pt. */
export function pdfText(pdf: Buffer): PdfText {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', saved(pdf), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(xhtml);
  const lines: PdfLine[] = [];
  xhtml.split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const text = [...m[3].matchAll(/>([^<]*)<\/word>/g)].map((w) => unescape(w[1])).join(' ');
      lines.push({ page: i + 1, text, yMin: Number(m[1]), yMax: Number(m[2]) });
    }
  });
  return { width: Number(size?.[1]), height: Number(size?.[2]), lines };
}

/** Renders pages as PNG images (pdftoppm) under `prefix`, to be looked at. */
export function pagesAsImages(pdf: Buffer, prefix: string, pages: { first: number; last: number }, dpi = 50) {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(pages.first), '-l', String(pages.last), saved(pdf), prefix]);
}

export const MM_TO_PT = 72 / 25.4;
