import { useEffect, useState, type FormEvent } from 'react';
import { getJson, postJson } from '../api';
import { Badge, ErrorNote, Link, ScoreBar } from '../components';
import { entityHref } from '../router';
import { texts, type Dataset, type MatchResponse, type ScoredEntity } from '../types';

const SCHEMAS = [
  { value: 'Person', label: 'Person' },
  { value: 'Company', label: 'Company' },
  { value: 'Organization', label: 'Organization' },
  { value: 'Vessel', label: 'Vessel' },
  { value: 'Airplane', label: 'Aircraft' },
];

/** The property an identifier typed in the form is sent as; the matcher compares identifiers of any kind. */
const IDENTIFIER_PROP: Record<string, string> = { Person: 'idNumber', Company: 'registrationNumber', Organization: 'registrationNumber', Vessel: 'imoNumber', Airplane: 'registrationNumber' };

const FEATURE_LABELS: Record<string, string> = {
  name: 'Name',
  alias: 'Alias',
  weakAlias: 'Weak alias',
  identifier: 'Identifier',
  birthDate: 'Date of birth',
  country: 'Country',
  gender: 'Gender',
  schema: 'Type',
};

interface Form {
  schema: string;
  name: string;
  birthDate: string;
  country: string;
  identifiers: string;
  dataset: string;
}

interface Screened {
  form: Form;
  results: ScoredEntity[];
  warnings: string[];
}

const EMPTY: Form = { schema: 'Person', name: '', birthDate: '', country: '', identifiers: '', dataset: 'default' };
const DEFAULT_THRESHOLD = 0.7;
/** Kept while the tab lives, so that going back from an entity shows the same results. */
let last: { screened: Screened | null; form: Form; threshold: number } = { screened: null, form: EMPTY, threshold: DEFAULT_THRESHOLD };

function queryOf(form: Form): { schema: string; properties: Record<string, string[]> } {
  const properties: Record<string, string[]> = { name: [form.name.trim()] };
  if (form.schema === 'Person' && form.birthDate) properties['birthDate'] = [form.birthDate];
  if (form.country.trim()) properties[form.schema === 'Person' ? 'nationality' : 'country'] = [form.country.trim()];
  const ids = form.identifiers.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
  if (ids.length > 0) properties[IDENTIFIER_PROP[form.schema] ?? 'idNumber'] = ids;
  return { schema: form.schema, properties };
}

function Explanation({ result }: { result: ScoredEntity }) {
  return (
    <ul className="explanations">
      {Object.entries(result.explanations).map(([feature, { score, explanation }]) => (
        <li key={feature}>
          <span className={`effect ${score < 0 ? 'effect-neg' : ''}`}>
            {score >= 0 ? '+' : ''}
            {score.toFixed(2)}
          </span>{' '}
          <strong>{FEATURE_LABELS[feature] ?? feature}</strong>: {explanation}
        </li>
      ))}
      {result.blocked_by_ownership?.map((block) => (
        <li key={block.rule} className="blocked">
          <Badge tone="warn">Blocked by ownership</Badge> {block.explanation}
        </li>
      ))}
    </ul>
  );
}

function ResultRow({ result, rank, threshold }: { result: ScoredEntity; rank: number; threshold: number }) {
  const match = result.score >= threshold;
  return (
    <tr className={match ? 'is-match' : 'is-below'} data-entity-id={result.id}>
      <td className="rank">{rank}</td>
      <td>
        <Link href={entityHref(result.id)} className="result-name">
          {result.caption}
        </Link>{' '}
        <span className="muted">
          {result.schema} · {result.id}
        </span>
        <div className="badges">
          {result.datasets.map((d) => (
            <Badge key={d} tone="list">
              {d}
            </Badge>
          ))}
          {texts(result, 'program').map((p) => (
            <Badge key={p} tone="programme">
              {p}
            </Badge>
          ))}
        </div>
        <Explanation result={result} />
      </td>
      <td className="score-cell">
        <ScoreBar score={result.score} threshold={threshold} />
        {match ? <Badge tone="match">match</Badge> : <span className="muted">below threshold</span>}
      </td>
    </tr>
  );
}

export function ScreenPage() {
  const [form, setForm] = useState<Form>(last.form);
  const [threshold, setThreshold] = useState(last.threshold);
  const [screened, setScreened] = useState<Screened | null>(last.screened);
  const [datasets, setDatasets] = useState<Dataset[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    getJson<{ datasets: Dataset[] }>('/catalog').then((c) => setDatasets(c.datasets.filter((d) => d.type === 'source')), setError);
  }, []);
  useEffect(() => {
    last = { screened, form, threshold };
  }, [screened, form, threshold]);

  const set = (field: keyof Form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (form.name.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      // Ask at a low threshold so that the slider can move either way without asking again.
      const res = await postJson<MatchResponse>(`/match/${encodeURIComponent(form.dataset)}?limit=15&threshold=0.5`, { queries: { q: queryOf(form) } });
      const answer = res.responses['q'];
      setScreened({ form, results: answer?.results ?? [], warnings: answer?.warnings ?? [] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const matches = screened?.results.filter((r) => r.score >= threshold).length ?? 0;
  return (
    <>
      <h1>Screen a party</h1>
      <form className="card screen-form" onSubmit={submit} aria-label="Screening query">
        <div className="field">
          <label htmlFor="schema">Type</label>
          <select id="schema" value={form.schema} onChange={set('schema')}>
            {SCHEMAS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor="name">Name</label>
          <input id="name" value={form.name} onChange={set('name')} required placeholder="e.g. Wagner Group" autoComplete="off" />
        </div>
        {form.schema === 'Person' && (
          <div className="field">
            <label htmlFor="birthDate">Date of birth</label>
            <input id="birthDate" type="date" value={form.birthDate} onChange={set('birthDate')} />
          </div>
        )}
        <div className="field">
          <label htmlFor="country">{form.schema === 'Person' ? 'Nationality' : 'Country'}</label>
          <input id="country" value={form.country} onChange={set('country')} placeholder="ru, Russia" autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="identifiers">Identifiers</label>
          <input id="identifiers" value={form.identifiers} onChange={set('identifiers')} placeholder="passport, IMO, registration no." autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="dataset">Lists</label>
          <select id="dataset" value={form.dataset} onChange={set('dataset')}>
            <option value="default">All lists</option>
            {datasets.map((d) => (
              <option key={d.name} value={d.name}>
                {d.title}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Screening…' : 'Screen'}
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      {screened && (
        <section className="card" aria-labelledby="results-title">
          <div className="results-head">
            <h2 id="results-title">
              {matches} match{matches === 1 ? '' : 'es'} for “{screened.form.name}”
            </h2>
            <div className="threshold">
              <label htmlFor="threshold">Threshold {threshold.toFixed(2)}</label>
              <input id="threshold" type="range" min={0.5} max={1} step={0.01} value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} />
            </div>
          </div>
          {screened.warnings.map((w) => (
            <p key={w} className="muted">
              Note: {w}
            </p>
          ))}
          {screened.results.length === 0 ? (
            <p>No listed party scores 0.50 or more.</p>
          ) : (
            <table className="results">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Listed party and why it scored</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {screened.results.map((r, i) => (
                  <ResultRow key={r.id} result={r} rank={i + 1} threshold={threshold} />
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
