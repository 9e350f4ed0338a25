import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import { Badge, Link } from '../components';
import { entityHref, navigate } from '../router';
import type { Network } from '../types';

type NodeStatus = 'root' | 'listed' | 'blocked' | 'other';

function statusOf(node: Network['nodes'][number], root: string): NodeStatus {
  if (node.id === root) return 'root';
  if (node.listed) return 'listed';
  if (node.ofac.status === 'blocked-by-rule' || node.eu.status === 'blocked-by-rule') return 'blocked';
  return 'other';
}

const COLORS: Record<NodeStatus, string> = { root: '#1f3a93', listed: '#b3261e', blocked: '#c25e00', other: '#6b7280' };

/** Which ownership rules block a node that no list names, e.g. "OFAC 50% (60%)". */
function blockedText(node: Network['nodes'][number]): string | null {
  const rules = [node.ofac, node.eu].filter((v) => v.status === 'blocked-by-rule');
  if (rules.length === 0) return null;
  return rules.map((v) => `${v.rule === 'ofac-50-percent' ? 'OFAC 50%' : 'EU majority'} (${Math.round(v.totalPercent)}%)`).join(', ');
}

/**
 * The entity's neighbourhood drawn with Cytoscape: listed parties red, parties blocked by an
 * ownership rule orange. A node opens its entity on click or tap; the list below the picture
 * gives the same links to keyboard and screen-reader users.
 */
export function NetworkGraph({ network }: { network: Network }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...network.nodes.map((n) => ({
          data: { id: n.id, label: truncate(n.caption ?? n.id, 32), status: statusOf(n, network.root), depth: n.depth },
        })),
        ...network.edges.map((e, i) => ({
          data: { id: `e${i}`, source: e.from, target: e.to, kind: e.kind, label: e.percentage !== undefined ? `${e.percentage}%` : '' },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-size': 10,
            'text-wrap': 'wrap',
            'text-max-width': '120px',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            color: '#1f2933',
            width: 22,
            height: 22,
            'background-color': (el: cytoscape.NodeSingular) => COLORS[el.data('status') as NodeStatus],
          },
        },
        { selector: 'node[status = "root"]', style: { width: 32, height: 32, 'font-weight': 'bold' } },
        { selector: 'edge[kind = "ownership"]', style: { 'line-color': '#3e4c59', 'target-arrow-color': '#3e4c59', width: 2 } },
        { selector: 'edge[kind = "family"]', style: { 'line-style': 'dashed' } },
        { selector: 'edge[kind = "directorship"]', style: { 'line-style': 'dotted', width: 2 } },
        {
          selector: 'edge',
          style: {
            label: 'data(label)',
            'font-size': 8,
            color: '#52606d',
            width: 1.5,
            'line-color': '#9aa5b1',
            'target-arrow-color': '#9aa5b1',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
          },
        },
      ],
      // Rings by hops from the entity: its direct relations around it, theirs further out.
      layout: { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => 10 - Number(n.data('depth')), levelWidth: () => 1, minNodeSpacing: 45, animate: false },
      wheelSensitivity: 0.3,
      maxZoom: 1.6,
    });
    cy.on('tap', 'node', (event) => {
      const id = event.target.id() as string;
      if (id !== network.root) navigate(entityHref(id));
    });
    return () => cy.destroy();
  }, [network]);

  return (
    <div className="network">
      <div ref={container} className="network-canvas" data-testid="network-graph" data-nodes={network.nodes.length} role="img" aria-label={`Network graph of ${network.nodes.length} entities and ${network.edges.length} relations`} />
      <p className="legend">
        <span className="dot" style={{ background: COLORS.root }} /> this entity <span className="dot" style={{ background: COLORS.listed }} /> listed{' '}
        <span className="dot" style={{ background: COLORS.blocked }} /> blocked by ownership <span className="dot" style={{ background: COLORS.other }} /> not listed · lines: ownership
        (thick, with the share), family (dashed), directorship (dotted), other links (thin)
        {network.truncated && <> · the network was cut at its size limit</>}
      </p>
      <ul className="network-list">
        {network.nodes
          .filter((n) => n.id !== network.root)
          .map((n) => {
            const blocked = blockedText(n);
            const edge = network.edges.find((e) => e.from === n.id || e.to === n.id);
            return (
              <li key={n.id}>
                <Link href={entityHref(n.id)}>{n.caption ?? n.id}</Link> <span className="muted">{edge ? `${edge.kind}${edge.percentage !== undefined ? ` ${edge.percentage}%` : ''}` : ''}</span>{' '}
                {n.listed && <Badge tone="danger">listed</Badge>}
                {blocked && <Badge tone="warn" title="blocked by ownership">blocked: {blocked}</Badge>}
              </li>
            );
          })}
      </ul>
    </div>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
