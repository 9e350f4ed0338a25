import { useEffect, useRef, useState, type FormEvent } from 'react';
import { apiFetch } from '../api';
import { Badge, ErrorNote, Section } from '../components';
import { parseCsv } from '../csv';
import type { BatchJob } from '../types';

/** Rows of the results shown on the page; the download has them all. */
const PREVIEW_ROWS = 50;

function ResultsPreview({ csv }: { csv: string }) {
  const [header = [], ...rows] = parseCsv(csv);
  const col = (name: string): number => header.indexOf(name);
  const at = (row: string[], name: string): string => row[col(name)] ?? '';
  return (
    <div className="table-scroll">
      <table className="batch-results">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Key</th>
            <th scope="col">Name screened</th>
            <th scope="col" className="num">Best score</th>
            <th scope="col">Best match</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, PREVIEW_ROWS).map((row) => (
            <tr key={at(row, 'row')} className={at(row, 'match') === 'true' ? 'is-match' : ''}>
              <td>{at(row, 'row')}</td>
              <td>{at(row, 'key')}</td>
              <td>{at(row, 'query_name')}</td>
              <td className="num">{at(row, 'score')}</td>
              <td>
                {at(row, 'error') ? (
                  <span className="error-text">{at(row, 'error')}</span>
                ) : at(row, 'match') === 'true' ? (
                  <>
                    <Badge tone="danger">{at(row, 'match_count')} match{at(row, 'match_count') === '1' ? '' : 'es'}</Badge> {at(row, 'match_1_name')}{' '}
                    <span className="muted">{at(row, 'match_1_lists')}</span>
                  </>
                ) : (
                  <span className="muted">no match</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > PREVIEW_ROWS && <p className="muted">The first {PREVIEW_ROWS} of {rows.length} rows; the download has them all.</p>}
    </div>
  );
}

const POLL_MS = 400;

export function BatchPage() {
  const [file, setFile] = useState<File | null>(null);
  const [type, setType] = useState('');
  const [job, setJob] = useState<BatchJob | null>(null);
  const [download, setDownload] = useState<{ url: string; name: string; csv: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => () => (download ? URL.revokeObjectURL(download.url) : undefined), [download]);

  async function poll(id: string): Promise<void> {
    try {
      const current = (await (await apiFetch(`/batch/${encodeURIComponent(id)}`)).json()) as BatchJob;
      setJob(current);
      if (current.status === 'running') {
        timer.current = window.setTimeout(() => void poll(id), POLL_MS);
      } else if (current.status === 'done') {
        // The results need the API key, so they are fetched here and handed to the browser as a file.
        const blob = await (await apiFetch(`/batch/${encodeURIComponent(id)}/results.csv`)).blob();
        setDownload({ url: URL.createObjectURL(blob), name: `${(file?.name ?? 'batch').replace(/\.csv$/i, '')}-results.csv`, csv: await blob.text() });
      }
    } catch (e) {
      setError(e);
    }
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!file) return;
    setError(null);
    setJob(null);
    setDownload(null);
    try {
      const query = type ? `?type=${encodeURIComponent(type)}` : '';
      const res = await apiFetch(`/batch${query}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: await file.text() });
      const started = (await res.json()) as BatchJob;
      setJob(started);
      void poll(started.id);
    } catch (e) {
      setError(e);
    }
  }

  const pct = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <>
      <h1>Batch screening</h1>
      <form className="card screen-form" onSubmit={submit} aria-label="Batch upload">
        <div className="field field-wide">
          <label htmlFor="batch-file">CSV file</label>
          <input id="batch-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <p className="hint">
            A header line, then one party a row. Columns such as <code>name</code> (or <code>first_name</code>, <code>last_name</code>), <code>birth_date</code>, <code>country</code>,{' '}
            <code>nationality</code>, <code>passport</code>, <code>customer_id</code>, <code>type</code>. Up to 2 MB.
          </p>
        </div>
        <div className="field">
          <label htmlFor="batch-type">Type of every row</label>
          <select id="batch-type" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">From each row</option>
            <option value="person">Person</option>
            <option value="company">Company</option>
            <option value="organization">Organization</option>
            <option value="vessel">Vessel</option>
            <option value="aircraft">Aircraft</option>
          </select>
        </div>
        <div className="actions">
          <button type="submit" disabled={!file || job?.status === 'running'}>
            Upload and screen
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      {job && (
        <Section title="Progress" id="progress">
          <p role="status" aria-live="polite" data-status={job.status}>
            <Badge tone={job.status === 'failed' ? 'danger' : job.status === 'done' ? 'match' : 'neutral'}>{job.status}</Badge> {job.done.toLocaleString('en')} of {job.total.toLocaleString('en')} rows ·{' '}
            <strong>{job.matched}</strong> with a match · {job.errors} could not be screened
          </p>
          <progress max={job.total} value={job.done} aria-label="Rows screened">
            {pct}%
          </progress>
          {job.warnings.map((w) => (
            <p key={w} className="muted">
              {w}
            </p>
          ))}
          {job.error && <p className="error">{job.error}</p>}
          {download && (
            <p>
              <a className="button" href={download.url} download={download.name}>
                Download results (CSV)
              </a>
            </p>
          )}
          {download && <ResultsPreview csv={download.csv} />}
        </Section>
      )}
    </>
  );
}
