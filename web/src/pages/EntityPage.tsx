import { useEffect, useState } from 'react';
import { getJson } from '../api';
import { Badge, ErrorNote, formatDate, formatVersion, Section } from '../components';
import { groupByScript } from '../scripts';
import { nested, texts, type Change, type Dataset, type Entity, type Network } from '../types';
import { NetworkGraph } from './NetworkGraph';

const MAX_BADGE_CHARS = 24;
const NAME_PROPS = ['name', 'alias', 'previousName', 'weakAlias', 'abbreviation'];
const IDENTIFIER_PROPS = [
  'passportNumber', 'idNumber', 'innCode', 'ogrnCode', 'okpoCode', 'kppCode', 'imoNumber', 'mmsi', 'leiCode', 'swiftBic',
  'registrationNumber', 'taxNumber', 'vatCode', 'socialSecurityNumber', 'callSign', 'publicKey', 'cryptoWallet',
];
const DETAIL_PROPS = ['birthDate', 'birthPlace', 'gender', 'nationality', 'citizenship', 'country', 'jurisdiction', 'incorporationDate', 'position', 'sector', 'flag', 'buildDate', 'legalForm'];

/** camelCase FtM names as words: passportNumber → passport number. */
const words = (prop: string): string => prop.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function Names({ entity }: { entity: Entity }) {
  const groups = groupByScript(NAME_PROPS.flatMap((prop) => texts(entity, prop).map((value) => ({ value, prop }))));
  return (
    <Section title="Names" id="names" wide>
      {groups.map(([script, names]) => (
        <div key={script} className="script-group" data-script={script}>
          <h3>{script}</h3>
          <ul>
            {names.map((n) => (
              <li key={n.value}>
                <span lang={script === 'Cyrillic' ? 'ru' : undefined}>{n.value}</span> <span className="muted">{n.props.map(words).join(', ')}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}

function Sanctions({ entity }: { entity: Entity }) {
  const sanctions = nested(entity, 'sanctions');
  return (
    <Section title="Sanctions" id="sanctions" wide>
      {sanctions.length === 0 ? (
        <p className="muted">No sanction records; programmes: {texts(entity, 'program').join(', ') || 'none'}.</p>
      ) : (
        <div className="table-scroll">
          <table className="sanctions-table">
            <thead>
              <tr>
                <th scope="col">Authority</th>
                <th scope="col">Programme</th>
                <th scope="col">Listed on</th>
                <th scope="col">Measures</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {sanctions.map((s) => (
                <tr key={s.id}>
                  <td>{texts(s, 'authority').join('; ') || '—'}</td>
                  <td>
                    {/* Codes (TCO, EU-UKR) as badges; a programme's long legal title as text. */}
                    {[...new Set([...texts(s, 'programId'), ...texts(s, 'program')])].map((p) =>
                      p.length <= MAX_BADGE_CHARS ? (
                        <Badge key={p} tone="programme">
                          {p}
                        </Badge>
                      ) : (
                        <span key={p} className="programme-text">
                          {p}
                        </span>
                      ),
                    )}
                  </td>
                  <td>{[...texts(s, 'listingDate'), ...texts(s, 'startDate')][0] ?? '—'}</td>
                  <td>{texts(s, 'provisions').join('; ') || '—'}</td>
                  <td className="reason">{texts(s, 'reason').join(' ') || texts(s, 'summary').join(' ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

function PropertyList({ entity, props, empty }: { entity: Entity; props: string[]; empty: string }) {
  const rows = props.map((p) => [p, texts(entity, p)] as const).filter(([, values]) => values.length > 0);
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <dl className="props">
      {rows.map(([prop, values]) => (
        <div key={prop}>
          <dt>{words(prop)}</dt>
          <dd>{values.join('; ')}</dd>
        </div>
      ))}
    </dl>
  );
}

function Addresses({ entity }: { entity: Entity }) {
  const addresses = [...texts(entity, 'address'), ...nested(entity, 'addressEntity').map((a) => texts(a, 'full')[0] ?? a.caption)];
  const unique = [...new Set(addresses)];
  return (
    <Section title="Addresses" id="addresses">
      {unique.length === 0 ? <p className="muted">No address on the lists.</p> : <ul>{unique.map((a) => <li key={a}>{a}</li>)}</ul>}
    </Section>
  );
}

function Sources({ entity, datasets, history }: { entity: Entity; datasets: Dataset[]; history: Change[] }) {
  return (
    <Section title="Sources" id="sources">
      <ul className="sources">
        {entity.datasets.map((name) => {
          const d = datasets.find((x) => x.name === name);
          const versions = [...new Set(history.filter((c) => c.source === name).map((c) => c.version_id))];
          return (
            <li key={name}>
              <Badge tone="list">{name}</Badge> {d && d.title !== name ? d.title : ''}{' '}
              <span className="muted">
                version {formatVersion(d?.version ?? null)}
                {versions.length > 0 && ` · seen in load${versions.length > 1 ? 's' : ''} #${versions.join(', #')}`} · first seen {formatDate(entity.first_seen)} · last change {formatDate(entity.last_change)}
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function Timeline({ history }: { history: Change[] }) {
  return (
    <Section title="Timeline of changes" id="timeline">
      {history.length === 0 ? (
        <p className="muted">No recorded change.</p>
      ) : (
        <ol className="timeline">
          {[...history].reverse().map((c) => (
            <li key={`${c.version_id}-${c.source}-${c.kind}-${c.at}`}>
              <time dateTime={c.at}>{formatDate(c.at)}</time> <Badge tone={c.kind === 'removed' ? 'danger' : c.kind === 'blocked-by-ownership' ? 'warn' : 'neutral'}>{c.kind}</Badge>{' '}
              <span className="muted">
                {c.source} load #{c.version_id}
              </span>
              <ul>
                {Object.entries(c.diff).map(([prop, d]) => (
                  <li key={prop}>
                    <strong>{words(prop)}</strong>
                    {d.added.length > 0 && <span className="added"> + {d.added.join(', ')}</span>}
                    {d.removed.length > 0 && <span className="removed"> − {d.removed.join(', ')}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

export function EntityPage({ id }: { id: string }) {
  const [entity, setEntity] = useState<Entity | null>(null);
  const [history, setHistory] = useState<Change[]>([]);
  const [network, setNetwork] = useState<Network | null>(null);
  const [datasets, setDatasets] = useState<Dataset[]>([]);
  const [depth, setDepth] = useState(1);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setEntity(null);
    setNetwork(null);
    setError(null);
    const path = `/entities/${encodeURIComponent(id)}`;
    getJson<Entity>(`${path}?nested=true`).then(setEntity, setError);
    getJson<{ changes: Change[] }>(`${path}/history`).then((h) => setHistory(h.changes), () => setHistory([]));
    getJson<{ datasets: Dataset[] }>('/catalog').then((c) => setDatasets(c.datasets), () => setDatasets([]));
  }, [id]);

  useEffect(() => {
    setNetwork(null);
    getJson<Network>(`/entities/${encodeURIComponent(id)}/network?depth=${depth}`).then(setNetwork, () => setNetwork(null));
  }, [id, depth]);

  if (error) return <ErrorNote error={error} />;
  if (!entity) return <p className="loading">Loading {id}…</p>;
  const self = network?.nodes.find((n) => n.id === entity.id);
  const blocked = self ? [self.ofac, self.eu].filter((v) => v.status === 'blocked-by-rule') : [];
  return (
    <article>
      <header className="entity-head">
        <h1>{entity.caption}</h1>
        <p>
          <Badge>{entity.schema}</Badge> {entity.target && <Badge tone="danger">sanctioned</Badge>}
          {blocked.length > 0 && <Badge tone="warn">blocked by ownership</Badge>}
          {[...new Set([...texts(entity, 'program'), ...texts(entity, 'programId')])].filter((p) => p.length <= MAX_BADGE_CHARS).map((p) => (
            <Badge key={p} tone="programme">
              {p}
            </Badge>
          ))}
          <span className="muted"> {entity.id}</span>
        </p>
      </header>
      {blocked.map((v) => (
        <p key={v.rule} className="notice warn" role="note">
          Blocked by ownership under {v.rule === 'ofac-50-percent' ? "OFAC's 50% rule" : "the EU's majority-ownership rule"}: listed or blocked owners hold {Math.round(v.totalPercent)}%
          {v.owners.length > 0 && <> ({v.owners.map((o) => `${network?.nodes.find((n) => n.id === o.owner)?.caption ?? o.owner} ${o.percentage}%`).join(', ')})</>}, though no list names it.
        </p>
      ))}
      <div className="grid">
        <Names entity={entity} />
        <Section title="Details" id="details">
          <PropertyList entity={entity} props={DETAIL_PROPS} empty="No further details." />
          {texts(entity, 'notes').length > 0 && (
            <details className="notes">
              <summary>Notes from the lists ({texts(entity, 'notes').length})</summary>
              {texts(entity, 'notes').map((n) => (
                <p key={n}>{n}</p>
              ))}
            </details>
          )}
        </Section>
        <Section title="Identifiers" id="identifiers">
          <PropertyList entity={entity} props={IDENTIFIER_PROPS} empty="No identifier on the lists." />
        </Section>
        <Sanctions entity={entity} />
        <Addresses entity={entity} />
        <Sources entity={entity} datasets={datasets} history={history} />
      </div>
      <Section title="Network" id="network">
        <div className="network-controls">
          <label htmlFor="depth">Hops</label>
          <select id="depth" value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
            <option value={1}>1: direct relations</option>
            <option value={2}>2: relations of relations</option>
            <option value={3}>3</option>
          </select>
        </div>
        {network ? <NetworkGraph network={network} /> : <p className="muted">Loading the network…</p>}
      </Section>
      <Timeline history={history} />
    </article>
  );
}
