import { useState, type FormEvent } from 'react';
import { ApiError, postJson } from '../api';
import { Badge, ErrorNote, Link, Section } from '../components';
import { entityHref } from '../router';

/** POST /scan's answer (src/api/schemas/scan.ts): spans are UTF-16 offsets, end exclusive, as JavaScript counts. */
interface Span {
  start: number;
  end: number;
  text: string;
}

interface PartyMention extends Span {
  entity: { id: string; caption: string; schema: string; datasets: string[]; programs: string[] };
  listed_name: string;
  score: number;
  confidence: 'high' | 'medium' | 'low';
  explanation: string;
}

interface ScanResponse {
  mentions: PartyMention[];
  jurisdictions: { code: string; name: string; mentions: Span[]; programs: { code: string; authority: string; title: string }[] }[];
}

type Highlight = { start: number; end: number; kind: 'party'; parties: PartyMention[] } | { start: number; end: number; kind: 'place'; name: string };

/** One highlight per span (a span may name several listed parties); overlapping spans keep the first. */
function highlights(scan: ScanResponse): Highlight[] {
  const bySpan = new Map<string, Highlight>();
  for (const m of scan.mentions) {
    const key = `${m.start}:${m.end}`;
    const existing = bySpan.get(key);
    if (existing?.kind === 'party') existing.parties.push(m);
    else bySpan.set(key, { start: m.start, end: m.end, kind: 'party', parties: [m] });
  }
  for (const j of scan.jurisdictions) {
    for (const s of j.mentions) if (!bySpan.has(`${s.start}:${s.end}`)) bySpan.set(`${s.start}:${s.end}`, { start: s.start, end: s.end, kind: 'place', name: j.name });
  }
  const sorted = [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Highlight[] = [];
  for (const h of sorted) if (h.start >= (kept.at(-1)?.end ?? 0)) kept.push(h);
  return kept;
}

function Marked({ text, marks }: { text: string; marks: Highlight[] }) {
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const h of marks) {
    if (h.end > text.length || h.end <= h.start) continue;
    if (h.start > at) out.push(text.slice(at, h.start));
    const title = h.kind === 'party' ? h.parties.map((p) => `${p.entity.caption} (${p.score.toFixed(2)})`).join('; ') : `${h.name}: sanctioned jurisdiction`;
    out.push(
      <mark key={h.start} className={h.kind === 'party' ? `mark-party mark-${h.parties[0]?.confidence ?? 'low'}` : 'mark-place'} title={title} data-entity-id={h.kind === 'party' ? h.parties[0]?.entity.id : undefined}>
        {text.slice(h.start, h.end)}
      </mark>,
    );
    at = h.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <p className="document">{out}</p>;
}

export function DocumentsPage() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ text: string; scan: ScanResponse } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (text.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      setResult({ text, scan: await postJson<ScanResponse>('/scan', { text }) });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 404 ? new Error('This server has no document scanner (POST /scan).') : e);
    } finally {
      setBusy(false);
    }
  }

  const count = result?.scan.mentions.length ?? 0;
  return (
    <>
      <h1>Scan a document</h1>
      <form className="card" onSubmit={submit} aria-label="Document to scan">
        <label htmlFor="doc-text">Text: an e-mail, a contract, a news article</label>
        <textarea id="doc-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Scanning…' : 'Find listed parties'}
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      {result && (
        <>
          <Section title={`${count} mention${count === 1 ? '' : 's'} of listed parties`} id="mentions">
            <Marked text={result.text} marks={highlights(result.scan)} />
            <p className="legend">
              <mark className="mark-party mark-high">listed party</mark> <mark className="mark-party mark-low">weaker evidence</mark> <mark className="mark-place">sanctioned jurisdiction</mark>
            </p>
          </Section>
          {count > 0 && (
            <Section title="Who was found" id="found">
              <ul className="mentions">
                {result.scan.mentions.map((m) => (
                  <li key={`${m.start}-${m.entity.id}`}>
                    “{m.text}” → <Link href={entityHref(m.entity.id)}>{m.entity.caption}</Link> <Badge tone={m.confidence === 'high' ? 'danger' : 'warn'}>{m.confidence}</Badge> <Badge>{m.score.toFixed(2)}</Badge>
                    {m.entity.programs.slice(0, 4).map((p) => (
                      <Badge key={p} tone="programme">
                        {p}
                      </Badge>
                    ))}
                    <div className="muted">{m.explanation}</div>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {result.scan.jurisdictions.length > 0 && (
            <Section title="Sanctioned jurisdictions named" id="jurisdictions">
              <ul>
                {result.scan.jurisdictions.map((j) => (
                  <li key={j.code}>
                    <strong>{j.name}</strong> <span className="muted">{j.programs.map((p) => `${p.authority}: ${p.title}`).join('; ')}</span>
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </>
      )}
    </>
  );
}
