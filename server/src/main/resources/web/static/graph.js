// Drawing graphs with Cytoscape.js (served from this server's WebJar). Node labels are drawn on a canvas,
// so names are never parsed as HTML. Nodes are coloured by kind, edges by relation.
(function () {
  "use strict";
  const NODE_COLOUR = { actor: "#c0392b", place: "#1e8449", event: "#7d3c98" };
  const EDGE_COLOUR = {
    acted_together: "#2e6fd8", opposed: "#e03c31", took_part_in: "#a08cc8", happened_at: "#4caf50",
    located_in: "#138d75", part_of: "#e08e0b", leads: "#b9770e", mentioned_together: "#aab2bf",
    based_in: "#6d8f1e", contributes_to: "#8e44ad",
    suspected_in: "#d4a5a5"
  };
  const BIG = 150; // above this many nodes: a concentric layout, which is fast, instead of a force layout

  function style() {
    const s = [
      { selector: "node", style: {
        "background-color": "#888", label: "data(label)", "font-size": 10, color: "#1d2330",
        "text-valign": "bottom", "text-margin-y": 3, width: "data(size)", height: "data(size)",
        "min-zoomed-font-size": 7, "text-wrap": "ellipsis", "text-max-width": 120,
        "text-background-color": "#fff", "text-background-opacity": 0.7, "text-background-padding": 1 } },
      { selector: "node.root", style: { "border-width": 3, "border-color": "#1d2330", "font-weight": "bold", "font-size": 12 } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#f5a623" } },
      { selector: "node[kind = 'event']", style: { shape: "diamond", label: "" } },
      { selector: "node[kind = 'event']:selected, node[kind = 'event'].labelled", style: { label: "data(label)" } },
      { selector: "node[kind = 'place']", style: { shape: "round-rectangle" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "#aab2bf", "curve-style": "haystack", opacity: 0.8 } },
      { selector: "edge.hidden-relation", style: { display: "none" } },
      { selector: "node.on-path", style: { "border-width": 3, "border-color": "#f5a623" } },
      { selector: "edge.directed", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.8 } }
    ];
    for (const k in NODE_COLOUR) s.push({ selector: "node[kind = '" + k + "']", style: { "background-color": NODE_COLOUR[k] } });
    for (const r in EDGE_COLOUR) s.push({ selector: "edge[relation = '" + r + "']", style: { "line-color": EDGE_COLOUR[r], "target-arrow-color": EDGE_COLOUR[r] } });
    return s;
  }

  function nodeElement(n, rootId) {
    return { group: "nodes", data: { id: n.id, label: n.name || n.id, kind: n.kind, type: n.type || "", distance: n.distance || 0,
      size: n.id === rootId ? 34 : n.kind === "event" ? 14 : 20, node: n }, classes: n.id === rootId ? "root" : "" };
  }

  function edgeId(e) { return e.source + "|" + e.relation + "|" + e.target; }

  const DIRECTED = new Set(["took_part_in", "happened_at", "located_in", "part_of", "leads", "based_in",
    "contributes_to", "suspected_in"]);

  function edgeElement(e) {
    return { group: "edges", data: { id: edgeId(e), source: e.source, target: e.target, relation: e.relation,
      width: Math.min(1 + Math.log2(1 + (e.weight || 1)), 6), edge: e }, classes: DIRECTED.has(e.relation) ? "directed" : "" };
  }

  /** Adds nodes and edges not in the graph yet; returns the added collection. */
  function add(cy, nodes, edges, rootId) {
    const els = [];
    for (const n of nodes) if (cy.getElementById(n.id).empty()) els.push(nodeElement(n, rootId));
    const added = cy.add(els);
    const edgeEls = [];
    for (const e of edges) {
      if (cy.getElementById(edgeId(e)).empty() && !cy.getElementById(e.source).empty() && !cy.getElementById(e.target).empty()) {
        edgeEls.push(edgeElement(e));
      }
    }
    return added.union(cy.add(edgeEls));
  }

  function layout(cy, rootId, eles) {
    const target = eles || cy.elements();
    const n = target.nodes().length;
    const options = n > BIG
      ? { name: "concentric", animate: false, fit: true, padding: 20, minNodeSpacing: 4, avoidOverlap: true,
          concentric: node => node.id() === rootId ? 1000 : 100 - 10 * (node.data("distance") || 0) + Math.min(9, node.degree()),
          levelWidth: () => 10 }
      : { name: "cose", animate: false, fit: true, padding: 30, randomize: true, nodeRepulsion: () => 400000,
          nodeOverlap: 20, idealEdgeLength: () => 90, edgeElasticity: () => 100, gravity: 40, numIter: 1000 };
    target.layout(options).run();
  }

  function create(container) {
    return cytoscape({ container: container, style: style(), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4,
      textureOnViewport: true, hideEdgesOnViewport: true, boxSelectionEnabled: false });
  }

  window.kgiGraphs = { NODE_COLOUR, EDGE_COLOUR, create, add, layout, edgeId };
})();
