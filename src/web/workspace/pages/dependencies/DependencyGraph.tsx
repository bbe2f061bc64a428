import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import cytoscape, { type Core } from 'cytoscape';
import type { Schemas } from '../../api/client.js';
import { localized } from '../../i18n.js';

type Graph = Schemas['DependencyGraph'];

/**
 * The drawn, zoomable dependency graph (mouse wheel, drag, or the buttons). Clicking a node
 * makes it the focus. The same data is listed in a table below for keyboard and screen-reader users.
 */
export function DependencyGraph({ graph, onFocus }: { graph: Graph; onFocus: (kind: 'service' | 'resource', id: string) => void }) {
  const { t, i18n } = useTranslation('dependencies');
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      elements: [
        ...graph.nodes.map((n) => ({
          data: {
            id: n.id,
            kind: n.kind,
            label: `${n.code}\n${localized(i18n.language, n.nameLv, n.nameEn).slice(0, 40)}`,
            focus: n.id === graph.focus ? 'yes' : 'no',
            inter: n.interInstitutional ? 'yes' : 'no',
            distance: n.distance,
          },
        })),
        ...graph.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, label: t(`edges.${e.kind}`) } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': '160px', 'font-size': '10px', 'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 4, width: 28, height: 28, 'background-color': '#0b4f9c', color: '#1b1b1f' } },
        { selector: 'node[kind = "resource"]', style: { shape: 'round-rectangle', 'background-color': '#1d6b34' } },
        { selector: 'node[inter = "yes"]', style: { shape: 'diamond', 'background-color': '#7a4a00' } },
        { selector: 'node[focus = "yes"]', style: { 'border-width': 4, 'border-color': '#9e3039', width: 38, height: 38 } },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#6b6b75', 'target-arrow-color': '#6b6b75', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': '8px', 'min-zoomed-font-size': 9, color: '#52525b', 'text-rotation': 'autorotate' } },
      ],
      // Rings around the focus: the nearer a node, the closer to the centre.
      layout: {
        name: 'concentric',
        concentric: (node: { data: (key: string) => number }) => 10 - node.data('distance'),
        levelWidth: () => 1,
        minNodeSpacing: 30,
        padding: 20,
        animate: false,
      } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
    });
    instance.on('tap', 'node', (evt) => {
      const d = evt.target.data() as { id: string; kind: 'service' | 'resource' };
      if (d.id !== graph.focus) onFocus(d.kind, d.id);
    });
    cy.current = instance;
    return () => instance.destroy();
  }, [graph, i18n.language, onFocus, t]);

  const zoom = (factor: number) => {
    const c = cy.current;
    if (!c) return;
    c.zoom({ level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
  };

  return (
    <figure className="graph">
      <div className="row" role="group" aria-label={t('zoomControls')}>
        <button type="button" onClick={() => zoom(1.25)}>{t('zoomIn')}</button>
        <button type="button" onClick={() => zoom(0.8)}>{t('zoomOut')}</button>
        <button type="button" onClick={() => cy.current?.fit(undefined, 20)}>{t('fit')}</button>
      </div>
      <div ref={container} className="graph-canvas" role="img" aria-label={t('graphLabel', { nodes: graph.nodes.length, edges: graph.edges.length })} />
      <figcaption className="muted small">{t('legend')}</figcaption>
    </figure>
  );
}
