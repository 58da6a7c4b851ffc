// The entity page (/entities/{id}): name, type, aliases, attributes; the reports naming it; a timeline
// of its events; its neighbourhood as an interactive Cytoscape.js graph (click selects, double-click or
// "Open" goes to the entity, "Expand" adds its neighbours; relation checkboxes and a time window filter).
// The graph is window.kgiGraph, for tests and for the curious.
(function () {
  "use strict";
  const { el, link, api, problemText, setStatus, entityLink, entityHref, documentHref, formatDate, RELATION_LABEL } = window.kgi;
  const G = window.kgiGraphs;
  const status = document.getElementById("status");
  const graphStatus = document.getElementById("graph-status");
  const selection = document.getElementById("selection");
  const controls = document.getElementById("graph-controls");
  const relationsBox = document.getElementById("relations");
  let id = window.kgi.pathId(); // the entity's own id once known: an actor taken for another is shown as that one
  const url = new URLSearchParams(location.search);
  const hiddenRelations = new Set();
  let cy = null;
  let truncated = false;

  /** An event's page: what happened, when and where, who took part and how, its sentence and report. */
  async function loadEvent() {
    const r = await api("/api/events/" + encodeURIComponent(id));
    if (!r.ok) {
      setStatus(status, r.status === 404 ? "Not found: there is no event with id “" + id + "”." : problemText(r),
        "error");
      document.title = "Not found — kgi";
      return;
    }
    const ev = r.body;
    status.hidden = true;
    document.getElementById("entity").hidden = false;
    const name = (ev.subType || ev.type) + (ev.date ? " (" + formatDate(ev.date, ev.datePrecision) + ")" : "");
    document.title = name + " — kgi";
    const h1 = document.getElementById("name");
    h1.appendChild(el("span", "swatch big kind-event"));
    h1.appendChild(document.createTextNode(name));
    document.getElementById("meta").textContent = ["event", ev.type, ev.modality !== "asserted" ? ev.modality : ""]
      .filter(Boolean).join(" · ");
    const attributes = { type: ev.type, subType: ev.subType || "", date: ev.date || "undated" };
    renderAttributes({ id: ev.id, attributes: attributes }, {});
    renderDocuments({ documents: ev.document ? [{ id: ev.document }] : [], documentTotal: ev.document ? 1 : 0,
      entity: { kind: "event", id: ev.id } });
    renderTimeline([ev], 1, {});
    setUpGraph();
  }

  async function load() {
    if (id.startsWith("event:")) return loadEvent();
    const r = await api("/api/entities/" + encodeURIComponent(id));
    if (!r.ok) {
      setStatus(status, r.status === 404 ? "Not found: there is no entity with id “" + id + "”." : problemText(r), "error");
      document.title = "Not found — kgi";
      return;
    }
    const d = r.body;
    status.hidden = true;
    document.getElementById("entity").hidden = false;
    const e = d.entity;
    if (e.id !== id) { // actor:trb of a report that never spells it out: the brigade's page, under its own address
      id = e.id;
      history.replaceState(history.state, "", entityHref(e.id) + location.search);
    }
    document.title = e.name + " — kgi";
    const h1 = document.getElementById("name");
    h1.appendChild(el("span", "swatch big kind-" + e.kind));
    h1.appendChild(document.createTextNode(e.name));
    document.getElementById("meta").textContent = [e.kind, e.type, d.documentTotal + (d.documentTotal === 1 ? " report" : " reports"),
      d.eventTotal + (d.eventTotal === 1 ? " event" : " events")].filter(Boolean).join(" · ");
    const actions = document.getElementById("entity-actions");
    actions.replaceChildren(link("/paths?" + new URLSearchParams({ from: e.id }), "Find paths from " + e.name + " →"),
      document.createTextNode(" · "), link(searchHref(d), "Its reports in search →"));
    renderAttributes(e, d.relations || {}, d.merged || []);
    renderDocuments(d);
    renderTimeline(d.events, d.eventTotal, d.eventsPerMonth || {}, d.eventsPerYear || {});
    setUpGraph();
  }

  // the search for the entity's reports (the server adds those of the entities of other reports taken for it)
  function searchHref(d) {
    const param = d.entity.kind === "place" ? "place" : "actor";
    return "/?" + new URLSearchParams({ [param]: d.entity.id });
  }

  function renderAttributes(e, relations, merged = []) {
    const dl = document.getElementById("attributes");
    dl.replaceChildren();
    function row(k, v) { dl.appendChild(el("dt", null, k)); dl.appendChild(el("dd", null, v)); }
    row("id", e.id);
    if (e.aliases && e.aliases.length) row("aliases", e.aliases.join(", "));
    if (merged.length) {
      // entities of reports that name it only in part (TRB where it is never spelled out), taken for it
      row("also named", merged.map(m => "“" + m.name + "” (" + m.documentCount
        + (m.documentCount === 1 ? " report, " : " reports, ") + m.id + ")").join(", "));
    }
    for (const [k, v] of Object.entries(e.attributes || {})) row(k, v);
    const rel = Object.entries(relations).map(([k, v]) => (RELATION_LABEL[k] || k) + " " + v).join(", ");
    if (rel) row("relations", rel);
  }

  function renderDocuments(d) {
    const ol = document.getElementById("documents");
    ol.replaceChildren();
    for (const h of d.documents) {
      const li = el("li");
      li.appendChild(link(documentHref(h.id), h.title || h.id));
      li.appendChild(el("span", "muted", " " + (h.date || "undated")));
      ol.appendChild(li);
    }
    if (!d.documents.length) ol.appendChild(el("li", "muted", "none"));
    if (d.documentTotal > d.documents.length) {
      const li = el("li");
      li.appendChild(link(searchHref(d), "all " + d.documentTotal + " reports in search →"));
      ol.appendChild(li);
    }
  }

  // the latest events (the server sends at most 500 of them); the bars count all of the entity's events by month,
  // and a line under them those dated by their year alone
  function renderTimeline(events, total, perMonth, perYear = {}) {
    const ol = document.getElementById("timeline");
    ol.replaceChildren();
    const note = document.getElementById("timeline-note");
    note.hidden = total <= events.length;
    note.textContent = "The latest " + events.length + " of " + total + " events.";
    const months = new Map(Object.entries(perMonth));
    for (const ev of events) {
      const li = el("li");
      li.appendChild(el("span", "when", formatDate(ev.date, ev.datePrecision)));
      li.appendChild(el("strong", null, " " + ev.type + (ev.subType ? " / " + ev.subType : "")));
      const own = (ev.participants || []).find(p => p.id === id);
      if (own) li.appendChild(el("span", "role", " (as " + own.role + ")"));
      if (ev.place) { li.appendChild(document.createTextNode(" at ")); li.appendChild(entityLink(ev.place, ev.placeName)); }
      const who = (ev.participants || []).filter(p => p.id !== id);
      if (who.length) {
        li.appendChild(document.createTextNode(" with "));
        who.forEach((p, i) => {
          if (i) li.appendChild(document.createTextNode(", "));
          li.appendChild(entityLink(p.id, p.name));
          li.appendChild(el("span", "role", " (" + p.role + ")"));
        });
      }
      if (ev.modality && ev.modality !== "asserted") li.appendChild(el("span", "badge", ev.modality));
      if (ev.evidence) li.appendChild(el("blockquote", "evidence", ev.evidence.text));
      if (ev.document) { const a = link(documentHref(ev.document), "report", "small-link"); li.appendChild(a); }
      ol.appendChild(li);
    }
    if (!events.length) ol.appendChild(el("li", "muted", "No events."));
    const bars = document.getElementById("months");
    bars.replaceChildren();
    const max = Math.max(1, ...months.values());
    const range = document.getElementById("months-range");
    const sorted = [...months.keys()].sort();
    range.replaceChildren();
    if (sorted.length) {
      range.appendChild(el("span", null, sorted[0]));
      range.appendChild(el("span", null, "events per month"));
      range.appendChild(el("span", null, sorted[sorted.length - 1]));
    }
    for (const [m, n] of [...months.entries()].sort()) {
      const col = el("div", "month");
      col.title = m + ": " + n;
      const bar = el("div", "bar");
      bar.style.height = Math.round(4 + 56 * n / max) + "px";
      col.appendChild(bar);
      col.appendChild(el("div", "month-label", m));
      bars.appendChild(col);
    }
    const yearOnly = Object.entries(perYear).sort().map(([y, n]) => {
      let inMonths = 0;
      for (const [m, k] of months) if (m.startsWith(y + "-")) inMonths += k;
      return [y, n - inMonths];
    }).filter(([, n]) => n > 0);
    const line = document.getElementById("months-year-only");
    line.hidden = !yearOnly.length;
    line.textContent = "Dated by their year alone: " + yearOnly.map(([y, n]) => y + " (" + n + ")").join(", ") + ".";
  }

  function neighbourParams(depth, limit) {
    const p = new URLSearchParams({ depth: String(depth), limit: String(limit), evidence: "2" });
    const from = document.getElementById("gfrom").value.trim();
    const to = document.getElementById("gto").value.trim();
    if (from) p.set("from", from);
    if (to) p.set("to", to);
    return p;
  }

  function setUpGraph() {
    const depth = url.get("depth") === "2" ? "2" : "1";
    document.getElementById("depth").value = depth;
    const limit = url.get("limit");
    const limitSelect = document.getElementById("limit");
    if (limit && /^\d+$/.test(limit)) {
      if (![...limitSelect.options].some(o => o.value === limit)) limitSelect.appendChild(el("option", null, limit));
      limitSelect.value = limit;
    }
    document.getElementById("gfrom").value = url.get("from") || "";
    document.getElementById("gto").value = url.get("to") || "";
    cy = G.create(document.getElementById("cy"));
    window.kgiGraph = cy;
    cy.on("tap", "node", ev => select(ev.target));
    cy.on("dbltap", "node", ev => open(ev.target));
    cy.on("tap", ev => { if (ev.target === cy) clearSelection(); });
    controls.addEventListener("submit", ev => {
      ev.preventDefault();
      const p = new URLSearchParams();
      for (const [k, v] of [["depth", document.getElementById("depth").value], ["limit", limitSelect.value],
        ["from", document.getElementById("gfrom").value.trim()], ["to", document.getElementById("gto").value.trim()]]) if (v) p.set(k, v);
      history.replaceState(null, "", location.pathname + "?" + p);
      draw();
    });
    draw();
  }

  let drawSeq = 0;
  async function draw() {
    const mine = ++drawSeq;
    setStatus(graphStatus, "Loading the neighbourhood…");
    const depth = document.getElementById("depth").value;
    const limit = document.getElementById("limit").value;
    const r = await api("/api/entities/" + encodeURIComponent(id) + "/neighbors", neighbourParams(depth, limit));
    if (mine !== drawSeq) return;
    if (!r.ok) { setStatus(graphStatus, problemText(r), "error"); return; }
    cy.elements().remove();
    truncated = r.body.truncated;
    G.add(cy, r.body.nodes, r.body.edges, id);
    G.layout(cy, id);
    applyRelations();
    renderRelationBoxes();
    clearSelection();
    updateStatus();
    renderLegend();
    renderNodeList();
  }

  function renderLegend() {
    const box = document.getElementById("graph-legend");
    box.replaceChildren();
    window.kgi.legend(box, ["actor", "place", "event"], "Nodes:");
  }

  function renderRelationBoxes() {
    relationsBox.querySelectorAll("label").forEach(l => l.remove());
    const counts = new Map();
    cy.edges().forEach(e => counts.set(e.data("relation"), (counts.get(e.data("relation")) || 0) + 1));
    for (const rel of Object.keys(G.EDGE_COLOUR)) {
      if (!counts.has(rel)) continue;
      const label = el("label", "relation");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = rel;
      box.checked = !hiddenRelations.has(rel);
      box.addEventListener("change", () => {
        if (box.checked) hiddenRelations.delete(rel); else hiddenRelations.add(rel);
        applyRelations();
        updateStatus();
      });
      label.appendChild(box);
      const sw = el("span", "edge-swatch");
      sw.style.backgroundColor = G.EDGE_COLOUR[rel];
      label.appendChild(sw);
      label.appendChild(document.createTextNode((RELATION_LABEL[rel] || rel) + " (" + counts.get(rel) + ")"));
      relationsBox.appendChild(label);
    }
  }

  function applyRelations() {
    cy.batch(() => cy.edges().forEach(e => e.toggleClass("hidden-relation", hiddenRelations.has(e.data("relation")))));
  }

  /** The graph's actors and places as links, for the keyboard and screen readers. */
  function renderNodeList() {
    const ul = document.getElementById("node-links");
    ul.replaceChildren();
    const nodes = cy.nodes().filter(n => n.data("kind") !== "event" && n.id() !== id)
      .sort((a, b) => b.degree() - a.degree());
    nodes.forEach(n => {
      const li = el("li");
      li.appendChild(entityLink(n.id(), n.data("label")));
      li.appendChild(el("span", "muted", " " + [n.data("type"), n.degree() + " edges"].filter(Boolean).join(" · ")));
      // what a click on the node does, for the keyboard: its links' sentences, Open and Expand, in the panel
      const show = el("button", "small node-show", "Show");
      show.type = "button";
      show.setAttribute("aria-label", "Show " + n.data("label") + " in the graph, with the sentences of its links");
      show.addEventListener("click", () => {
        cy.nodes().unselect();
        n.select();
        select(n);
        const heading = selection.querySelector("h3");
        heading.tabIndex = -1;
        heading.focus();
      });
      li.appendChild(document.createTextNode(" "));
      li.appendChild(show);
      ul.appendChild(li);
    });
    if (!nodes.length) ul.appendChild(el("li", "muted", "none"));
  }

  function updateStatus() {
    const shown = cy.edges().filter(e => !e.hasClass("hidden-relation")).length;
    setStatus(graphStatus, cy.nodes().length + " nodes · " + shown + " edges shown"
      + (shown < cy.edges().length ? " (" + (cy.edges().length - shown) + " hidden)" : "")
      + (truncated ? " · more neighbours exist: raise the node limit or narrow the time window" : ""));
    graphStatus.dataset.nodes = String(cy.nodes().length);
    graphStatus.dataset.edges = String(shown);
  }

  function clearSelection() {
    selection.replaceChildren(el("p", "muted", "Click a node (or its Show button in the list below) to see it here; double-click opens it."));
  }

  function open(node) {
    const n = node.data("node");
    if (n.kind === "event") { if (n.attributes && n.attributes.document) location.href = documentHref(n.attributes.document); return; }
    location.href = entityHref(n.id);
  }

  function select(node) {
    const n = node.data("node");
    selection.replaceChildren();
    const h = el("h3");
    h.appendChild(el("span", "swatch kind-" + n.kind));
    h.appendChild(document.createTextNode(n.name));
    selection.appendChild(h);
    selection.appendChild(el("p", "meta", [n.kind, n.type, node.degree() + " edges here"].filter(Boolean).join(" · ")));
    const actions = el("p", "actions");
    if (n.kind === "event") {
      const a = n.attributes || {};
      if (a.date) selection.appendChild(el("p", null, "Date: " + a.date));
      if (a.document) actions.appendChild(link(documentHref(a.document), "Open the report"));
    } else {
      const a = link(entityHref(n.id), "Open " + n.name, "button-link");
      a.id = "open-selected";
      actions.appendChild(a);
      const b = el("button", "small", "Expand");
      b.type = "button";
      b.id = "expand-selected";
      b.addEventListener("click", () => expand(node));
      actions.appendChild(b);
    }
    selection.appendChild(actions);
    const edges = node.connectedEdges().filter(e => !e.hasClass("hidden-relation"));
    const ev = [];
    edges.forEach(e => { for (const x of (e.data("edge").evidence || [])) ev.push(x); });
    if (ev.length) {
      selection.appendChild(el("h4", null, "Evidence"));
      const ul = el("ul", "evidence-list");
      for (const x of ev.slice(0, 6)) {
        const li = el("li");
        li.appendChild(el("q", null, x.text));
        li.appendChild(document.createTextNode(" "));
        li.appendChild(link(documentHref(x.document), x.date || x.document, "small-link"));
        ul.appendChild(li);
      }
      selection.appendChild(ul);
    }
  }

  /** Fetches a node's neighbours and adds the new ones around it. */
  async function expand(node) {
    const nid = node.id();
    setStatus(graphStatus, "Expanding " + node.data("label") + "…");
    const r = await api("/api/entities/" + encodeURIComponent(nid) + "/neighbors", neighbourParams(1, 50));
    if (!r.ok) { setStatus(graphStatus, problemText(r), "error"); return; }
    const depth = (node.data("distance") || 0) + 1;
    const fresh = r.body.nodes.map(n => Object.assign({}, n, { distance: depth }));
    const added = G.add(cy, fresh, r.body.edges, id);
    const newNodes = added.nodes();
    const c = node.position();
    const radius = 60 + 4 * newNodes.length;
    newNodes.forEach((n, i) => {
      const a = 2 * Math.PI * i / Math.max(1, newNodes.length);
      n.position({ x: c.x + radius * Math.cos(a), y: c.y + radius * Math.sin(a) });
    });
    applyRelations();
    renderRelationBoxes();
    updateStatus();
    renderNodeList();
    if (newNodes.length) cy.fit(node.closedNeighborhood(), 30);
  }

  load();
})();
