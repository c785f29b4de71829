import {
  fiscalYearLine,
  indicatorHeading,
  O42_TITLE,
  O43_TITLE,
  scoreParagraph,
  type ReportIndicator,
  type ReportMeasure,
  type ReportModel,
} from '@/features/reports/lib/report-model';
import { formatThaiDate, formatThaiDateTime, formatThaiRange } from '@/features/reports/lib/thai-date';

/**
 * The O42/O43 document as HTML for printing (the only path that renders Thai correctly in a PDF): the same
 * heading, score paragraph and table as the .docx. Its words are Thai (an official document) whatever the UI language.
 */

const HEADERS = ['ตัวชี้วัด', 'การวิเคราะห์', 'ผลการวิเคราะห์ของหน่วยงาน', 'มาตรการ'] as const;

function Lines({ text, className }: { text: string | null | undefined; className?: string }) {
  const lines = (text ?? '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return <p className={className}>-</p>;
  return lines.map((l, i) => (
    <p key={i} className={className}>
      {l}
    </p>
  ));
}

function IndicatorCell({ ind }: { ind: ReportIndicator }) {
  const { title, detail } = indicatorHeading(ind);
  return (
    <>
      <p className="report-label">{title}</p>
      <p className="report-small">{detail}</p>
    </>
  );
}

function MeasureCell({ m, no }: { m: ReportMeasure; no?: number }) {
  const period = formatThaiRange(m.start_date, m.due_date);
  return (
    <>
      <p>{no === undefined ? m.title : `${no}. ${m.title}`}</p>
      {m.department ? (
        <p className="report-small">
          <span className="report-label">ผู้รับผิดชอบ: </span>
          {m.department}
        </p>
      ) : null}
      {period ? (
        <p className="report-small">
          <span className="report-label">ระยะเวลา: </span>
          {period}
        </p>
      ) : null}
    </>
  );
}

function ResultCell({ m }: { m: ReportMeasure }) {
  const completed = formatThaiDate(m.completed_at);
  const pageUrl = m.evidence[0]?.url;
  return (
    <>
      <p className="report-small">
        <span className="report-label">สถานะ: </span>
        {m.status ?? '-'}
      </p>
      {completed ? (
        <p className="report-small">
          <span className="report-label">วันที่แล้วเสร็จ: </span>
          {completed}
        </p>
      ) : null}
      {m.progress ? <Lines text={m.progress} className="report-small" /> : null}
      {m.evidence.length ? (
        <>
          <p className="report-small report-label">หลักฐาน:</p>
          <ul className="report-small">
            {m.evidence.map((e, i) => (
              <li key={i}>
                <a href={e.url}>{e.filename}</a>
              </li>
            ))}
          </ul>
          {pageUrl ? <p className="report-url">ดูหลักฐานได้ที่ {pageUrl}</p> : null}
        </>
      ) : null}
    </>
  );
}

function O42Table({ model }: { model: ReportModel }) {
  return (
    <table aria-label={O42_TITLE}>
      <colgroup>
        <col style={{ width: '17%' }} />
        <col style={{ width: '28%' }} />
        <col style={{ width: '28%' }} />
        <col style={{ width: '27%' }} />
      </colgroup>
      <thead>
        <tr>
          {HEADERS.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.indicators.map((ind) => (
          <tr key={ind.no}>
            <td>
              <IndicatorCell ind={ind} />
            </td>
            <td>
              <Lines text={ind.analysis} />
            </td>
            <td>
              <Lines text={ind.agency_analysis} />
            </td>
            <td>
              {ind.measures.length ? (
                <ol>
                  {ind.measures.map((m, i) => (
                    <li key={i}>
                      <MeasureCell m={m} />
                    </li>
                  ))}
                </ol>
              ) : (
                <p>-</p>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function O43Table({ model }: { model: ReportModel }) {
  return (
    <table aria-label={O43_TITLE}>
      <colgroup>
        <col style={{ width: '15%' }} />
        <col style={{ width: '20%' }} />
        <col style={{ width: '20%' }} />
        <col style={{ width: '22%' }} />
        <col style={{ width: '23%' }} />
      </colgroup>
      <thead>
        <tr>
          {[...HEADERS, 'ผลการดำเนินงาน'].map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      {model.indicators.map((ind) => {
        const span = Math.max(1, ind.measures.length);
        const shared = (
          <>
            <td rowSpan={span}>
              <IndicatorCell ind={ind} />
            </td>
            <td rowSpan={span}>
              <Lines text={ind.analysis} />
            </td>
            <td rowSpan={span}>
              <Lines text={ind.agency_analysis} />
            </td>
          </>
        );
        return (
          <tbody key={ind.no}>
            {ind.measures.length === 0 ? (
              <tr>
                {shared}
                <td>-</td>
                <td>-</td>
              </tr>
            ) : (
              ind.measures.map((m, i) => (
                <tr key={i}>
                  {i === 0 ? shared : null}
                  <td>
                    <MeasureCell m={m} no={i + 1} />
                  </td>
                  <td>
                    <ResultCell m={m} />
                  </td>
                </tr>
              ))
            )}
          </tbody>
        );
      })}
    </table>
  );
}

/** The whole document: heading block, score paragraph, table and who generated it when. */
export function ReportDocument({
  model,
  report,
  periodLabel,
}: {
  model: ReportModel;
  report: 'o42' | 'o43';
  periodLabel: string;
}) {
  return (
    <article lang="th" className="report-doc" aria-label={report === 'o42' ? O42_TITLE : O43_TITLE}>
      <h1>{report === 'o42' ? O42_TITLE : O43_TITLE}</h1>
      <p className="report-subtitle">{fiscalYearLine(model.fiscal_year_be)}</p>
      {report === 'o43' ? <p className="report-subtitle">{periodLabel}</p> : null}
      <p className="report-agency">{model.agency}</p>
      <p className="report-score">{scoreParagraph(model)}</p>
      {report === 'o42' ? <O42Table model={model} /> : <O43Table model={model} />}
      <p className="report-footer">
        จัดทำเมื่อ {formatThaiDateTime(model.generated_at)} โดย {model.generated_by}
      </p>
    </article>
  );
}
