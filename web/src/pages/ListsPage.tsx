import { useCallback, useEffect, useState } from 'react';
import { apiFetch, getJson } from '../api';
import { Badge, ErrorNote, formatDate, formatVersion, Link, Section } from '../components';
import { entityHref } from '../router';
import type { Change, Dataset } from '../types';

/** Changes are shown for this many days back. */
const CHANGE_WINDOW_DAYS = 90;
const RECENT_SHOWN = 25;
/** The most /changes answers at once; a source with more shows its counts as lower bounds. */
const MAX_CHANGES = 10_000;

type Counts = Record<Change['kind'], number>;

function countsBySource(changes: Change[]): Map<string, { counts: Counts; last: string }> {
  const out = new Map<string, { counts: Counts; last: string }>();
  for (const c of changes) {
    const entry = out.get(c.source) ?? { counts: { added: 0, removed: 0, changed: 0, 'blocked-by-ownership': 0 }, last: c.at };
    entry.counts[c.kind]++;
    if (c.at > entry.last) entry.last = c.at;
    out.set(c.source, entry);
  }
  return out;
}

export function ListsPage() {
  const [datasets, setDatasets] = useState<Dataset[] | null>(null);
  const [changes, setChanges] = useState<Change[]>([]);
  const [capped, setCapped] = useState<Set<string>>(new Set());
  // null until GET /keys answers.
  const [isAdmin, setIsAdmin] = useState<boolean | null>(null);
  const [update, setUpdate] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const since = new Date(Date.now() - CHANGE_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);

  const load = useCallback(() => {
    // Asked per source, so that a source with many changes does not crowd out the others.
    getJson<{ datasets: Dataset[] }>('/catalog')
      .then(async (c) => {
        const sources = c.datasets.filter((d) => d.type === 'source');
        setDatasets(sources);
        const perSource = await Promise.all(
          sources.map((d) => getJson<{ changes: Change[] }>(`/changes?since=${since}&source=${encodeURIComponent(d.name)}&limit=${MAX_CHANGES}`)),
        );
        setChanges(perSource.flatMap((p) => p.changes));
        setCapped(new Set(sources.filter((_, i) => (perSource[i]?.changes.length ?? 0) >= MAX_CHANGES).map((d) => d.name)));
      })
      .catch(setError);
  }, [since]);

  useEffect(() => {
    load();
    // Only admins may list keys: the answer tells whether to offer "Start update".
    apiFetch('/keys').then(() => setIsAdmin(true), () => setIsAdmin(false));
  }, [load]);

  async function startUpdate(): Promise<void> {
    setUpdate('Starting…');
    try {
      await apiFetch('/updatez', { method: 'POST' });
      setUpdate('Update started: the lists are downloaded and the index rebuilt while screening goes on. Refresh in a minute to see what changed.');
    } catch (e) {
      setUpdate(e instanceof Error ? e.message : String(e));
    }
  }

  const bySource = countsBySource(changes);
  const recent = [...changes].sort((a, b) => b.at.localeCompare(a.at)).slice(0, RECENT_SHOWN);
  return (
    <>
      <div className="page-head">
        <h1>Lists</h1>
        <div>
          <button type="button" onClick={() => void startUpdate()} disabled={isAdmin !== true} title={isAdmin ? 'Download every list again and rebuild the index' : 'Needs an admin API key'}>
            Start update
          </button>
          <button type="button" className="secondary" onClick={load}>
            Refresh
          </button>
        </div>
      </div>
      {isAdmin === false && <p className="muted">Starting an update needs an admin API key.</p>}
      {update && (
        <p className="notice" role="status">
          {update}
        </p>
      )}
      <ErrorNote error={error} />
      <Section title="Sources" id="sources">
        {!datasets ? (
          <p className="loading">Loading…</p>
        ) : (
          <div className="table-scroll">
            <table className="lists">
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Version</th>
                  <th scope="col" className="num">Entities</th>
                  <th scope="col" className="num">Listed</th>
                  <th scope="col">Last update</th>
                  <th scope="col">Changes ({CHANGE_WINDOW_DAYS} days)</th>
                </tr>
              </thead>
              <tbody>
                {datasets.map((d) => {
                  const c = bySource.get(d.name);
                  return (
                    <tr key={d.name} data-source={d.name}>
                      <td>
                        <strong>{d.title}</strong>
                        <br />
                        <Badge tone="list">{d.name}</Badge>
                      </td>
                      <td>{formatVersion(d.version)}</td>
                      <td className="num">{d.entity_count.toLocaleString('en')}</td>
                      <td className="num">{d.target_count.toLocaleString('en')}</td>
                      <td>{formatDate(d.updated_at)}</td>
                      <td>
                        {c ? (
                          <>
                            {capped.has(d.name) && <span title={`more than ${MAX_CHANGES.toLocaleString('en')} changes: only that many were counted`}>≥ </span>}
                            <span className="added">+{c.counts.added}</span> <span className="removed">−{c.counts.removed}</span> <span>~{c.counts.changed}</span>
                            {c.counts['blocked-by-ownership'] > 0 && <> · {c.counts['blocked-by-ownership']} ownership</>}
                            <span className="muted"> · {formatDate(c.last)}</span>
                          </>
                        ) : (
                          <span className="muted">none since first load</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title="Latest changes" id="changes">
        {recent.length === 0 ? (
          <p className="muted">No designation added, removed or changed since {since} (the first load of a list is not counted as a change).</p>
        ) : (
          <ul className="changes">
            {recent.map((c) => (
              <li key={`${c.version_id}-${c.entity_id}-${c.kind}`}>
                {formatDate(c.at)} <Badge tone={c.kind === 'removed' ? 'danger' : 'neutral'}>{c.kind}</Badge> <Link href={entityHref(c.entity_id)}>{c.caption}</Link>{' '}
                <span className="muted">
                  {c.source}: {Object.keys(c.diff).join(', ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
