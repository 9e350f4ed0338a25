import type { ReactNode } from 'react';
import { onLinkClick } from './router';

export function Link({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} onClick={onLinkClick} className={className}>
      {children}
    </a>
  );
}

export function Badge({ children, tone = 'neutral', title }: { children: ReactNode; tone?: 'neutral' | 'list' | 'programme' | 'match' | 'danger' | 'warn'; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

/** A score from 0 to 1 as a bar with the number beside it; the threshold marks where a match starts. */
export function ScoreBar({ score, threshold }: { score: number; threshold: number }) {
  const pct = Math.max(0, Math.min(1, score)) * 100;
  return (
    <span className="score" role="img" aria-label={`score ${score.toFixed(2)}`}>
      <span className="score-track">
        <span className={`score-fill ${score >= threshold ? 'score-hit' : ''}`} style={{ width: `${pct}%` }} />
        <span className="score-threshold" style={{ left: `${threshold * 100}%` }} />
      </span>
      <span className="score-value">{score.toFixed(2)}</span>
    </span>
  );
}

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {error instanceof Error ? error.message : String(error)}
    </p>
  );
}

export function Section({ title, children, id, wide }: { title: string; children: ReactNode; id?: string; wide?: boolean }) {
  return (
    <section className={wide ? 'card wide' : 'card'} aria-labelledby={id ? `${id}-title` : undefined} id={id}>
      <h2 id={id ? `${id}-title` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

export const formatDate = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '—');

/** A list version as a date and, for a timestamp, the minute: 2026-11-25 20:11. */
export const formatVersion = (version: string | null): string => (version ? version.replace('T', ' ').slice(0, 16) : '—');
