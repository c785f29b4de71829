/** Test helpers for the report generators (not used by the app): a report model built from the fixture. */
import JSZip from 'jszip';
import expectedJson from '@/testing/fixtures/ita-2565-dindaeng.expected.json';
import type { ReportMeasure, ReportModel } from './report-model';

interface FixturePlan {
  agency: string;
  fiscal_year_be: number;
  title: string;
  ita_score: number;
  ita_grade: string;
  indicators: {
    no: number;
    name: string;
    group: string;
    score: number;
    analysis: string;
    agency_analysis: string;
    measures: string[];
  }[];
}

export const FIXTURE_PLAN = expectedJson as FixturePlan;
export const DEPARTMENTS = ['ฝ่ายปกครอง', 'ฝ่ายการคลัง', 'ฝ่ายทะเบียน', 'ฝ่ายโยธา'];

/**
 * Measure k (counting across the plan) is owned by DEPARTMENTS[k % 4], runs 1 Oct 2564 – a due date in
 * the year; even ones are completed (the first in January, i.e. in the 6-month period, the others in
 * August), with two evidence files.
 */
export function fixtureReportModel(): ReportModel {
  let k = 0;
  return {
    agency: FIXTURE_PLAN.agency,
    fiscal_year_be: FIXTURE_PLAN.fiscal_year_be,
    title: FIXTURE_PLAN.title,
    ita_score: FIXTURE_PLAN.ita_score,
    ita_grade: FIXTURE_PLAN.ita_grade,
    generated_at: '2022-10-05T03:30:00Z',
    generated_by: 'นางสาวสมศรี ใจดี (ผู้ประสานงาน ITA)',
    indicators: FIXTURE_PLAN.indicators.map((ind) => ({
      ...ind,
      measures: ind.measures.map((title): ReportMeasure => {
        const n = k++;
        const done = n % 2 === 0;
        return {
          title,
          department: DEPARTMENTS[n % 4]!,
          start_date: '2021-10-01',
          due_date: n === 1 ? '2022-03-31' : '2022-09-30',
          status: done ? 'ดำเนินการแล้วเสร็จ' : 'อยู่ระหว่างดำเนินการ',
          completed_at: done ? (n === 0 ? '2022-01-20' : '2022-08-15') : null,
          progress: done ? `ดำเนินการแล้ว ครั้งที่ ${n + 1}\nรายงานผลต่อผู้อำนวยการเขต` : null,
          evidence: done
            ? [
                { filename: `หลักฐาน-${n + 1}.pdf`, url: `https://example.go.th/evidence/${n + 1}.pdf?a=1&b=2` },
                { filename: `ภาพกิจกรรม-${n + 1}.jpg`, url: `https://example.go.th/evidence/${n + 1}.jpg` },
              ]
            : [],
        };
      }),
    })),
  };
}

export interface DocxParts {
  document: string;
  footer: string;
  rels: string;
  /** Visible text of each paragraph of the body, entities decoded. */
  paragraphs: string[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const document = await text('word/document.xml');
  const footerName = Object.keys(zip.files).find((n) => /^word\/footer\d*\.xml$/.test(n)) ?? '';
  const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
  return { document, footer: await text(footerName), rels: await text('word/_rels/document.xml.rels'), paragraphs };
}
