// The path finder (/paths?from=ID&to=ID&k=&maxLength=&since=&until=&through=&relation=&generic=): two entity
// pickers with autocomplete (arrows and Enter), a time window and the nodes and links a path may use, then the k
// shortest paths drawn with Cytoscape.js and listed with each edge's evidence.
(function () {
  "use strict";
  const { el, link, api, problemText, setStatus, entityLink, documentHref, RELATION_LABEL, choose } =
    window.kgi;
  const G = window.kgiGraphs;
  const status = document.getElementById("status");
  const list = document.getElementById("paths");
  const fromInput = document.getElementById("from-input");
  const toInput = document.getElementById("to-input");
  const kInput = document.getElementById("k");
  const maxInput = document.getElementById("maxLength");
  const since = document.getElementById("since");
  const until = document.getElementById("until");
  const through = document.getElementById("through");
  const relation = document.getElementById("relation");
  const generic = document.getElementById("generic");

  /** The filters as parameters, each only when set. */
  function filters() {
    const p = {};
    if (since.value.trim()) p.since = since.value.trim();
    if (until.value.trim()) p.until = until.value.trim();
    if (through.value) p.through = through.value;
    if (relation.value) p.relation = relation.value;
    if (generic.checked) p.generic = "false";
    return p;
  }

  const from = window.kgi.picker(fromInput, document.getElementById("from-list"), () => toInput.focus());
  const to = window.kgi.picker(toInput, document.getElementById("to-list"), () => document.getElementById("find").focus());
  let cy = null;

  document.getElementById("path-form").addEventListener("submit", ev => {
    ev.preventDefault();
    if (!from.id() || !to.id()) {
      setStatus(status, "Pick both entities from the suggestions (type a name, then arrows and Enter).", "error");
      return;
    }
    const p = new URLSearchParams({ from: from.id(), to: to.id(), k: kInput.value, maxLength: maxInput.value,
      ...filters() });
    history.pushState(null, "", "/paths?" + p);
    load();
  });
  window.addEventListener("popstate", load);

  /** The entity {@code id} is: its own id (an actor taken for another is that other) and name. */
  async function entityOf(id) {
    const r = await api("/api/entities/" + encodeURIComponent(id), { documents: "1" });
    return r.ok ? { id: r.body.entity.id, name: r.body.entity.name } : { id: id, name: id };
  }

  let seq = 0;
  async function load() {
    const p = new URLSearchParams(location.search);
    let f = p.get("from"), t = p.get("to");
    if (p.get("k")) kInput.value = p.get("k");
    if (p.get("maxLength")) maxInput.value = p.get("maxLength");
    since.value = p.get("since") || "";
    until.value = p.get("until") || "";
    choose(through, p.get("through") || "", true);
    choose(relation, p.get("relation") || "", true);
    generic.checked = p.get("generic") === "false";
    list.replaceChildren();
    const mine = ++seq;
    if (f && fromInput.dataset.id !== f) { const e = await entityOf(f); from.set(e); f = e.id; }
    if (t && toInput.dataset.id !== t) { const e = await entityOf(t); to.set(e); t = e.id; }
    if (f && t && (f !== p.get("from") || t !== p.get("to"))) { // actor:valcin's paths are Jean-Robert Valcin's
      p.set("from", f);
      p.set("to", t);
      history.replaceState(null, "", "/paths?" + p);
    }
    if (!f || !t) {
      setStatus(status, "Choose two actors or places to see how they are connected.");
      document.getElementById("cy").hidden = true;
      return;
    }
    setStatus(status, "Searching paths…");
    const r = await api("/api/paths", { from: f, to: t, k: kInput.value || "3", maxLength: maxInput.value || "4",
      evidence: "3", ...filters() });
    if (mine !== seq) return;
    if (!r.ok) {
      setStatus(status, r.status === 404 ? "Not found: " + ((r.body && r.body.detail) || "unknown entity") : problemText(r), "error");
      document.getElementById("cy").hidden = true;
      return;
    }
    render(r.body, f, t);
  }

  function render(data, f, t) {
    const names = new Map(data.nodes.map(n => [n.id, n]));
    const name = id => (names.get(id) || {}).name || id;
    setStatus(status, data.paths.length === 0
      ? "No path between " + name(f) + " and " + name(t) + ". " + (data.reason || "")
      : data.paths.length + (data.paths.length === 1 ? " path" : " paths") + " between " + name(f) + " and " + name(t) + ".");
    draw(data, f, t);
    data.paths.forEach((path, i) => {
      const li = el("li", "path");
      const h = el("h2", "path-head");
      h.appendChild(document.createTextNode("Path " + (i + 1) + " · " + path.length + (path.length === 1 ? " step: " : " steps: ")));
      path.nodes.forEach((id, j) => {
        if (j) h.appendChild(el("span", "arrow", " → "));
        h.appendChild(entityLink(id, name(id)));
      });
      li.appendChild(h);
      const steps = el("ol", "steps");
      path.edges.forEach(e => {
        const s = el("li", "step");
        const head = el("div", "step-head");
        head.appendChild(entityLink(e.source, name(e.source)));
        head.appendChild(el("span", "relation rel-" + e.relation, " " + (RELATION_LABEL[e.relation] || e.relation) + " "));
        head.appendChild(entityLink(e.target, name(e.target)));
        head.appendChild(el("span", "muted", " · " + e.weight + (e.weight === 1 ? " report sentence" : " report sentences")
          + (e.firstDate ? " · " + e.firstDate + (e.lastDate && e.lastDate !== e.firstDate ? " – " + e.lastDate : "") : "")));
        s.appendChild(head);
        const ev = el("ul", "evidence-list");
        for (const x of e.evidence || []) {
          const item = el("li");
          item.appendChild(el("q", "evidence", x.text));
          item.appendChild(document.createTextNode(" "));
          item.appendChild(link(documentHref(x.document), x.document + (x.date ? ", " + x.date : ""), "small-link"));
          ev.appendChild(item);
        }
        s.appendChild(ev);
        steps.appendChild(s);
      });
      li.appendChild(steps);
      list.appendChild(li);
    });
  }

  function draw(data, f, t) {
    const box = document.getElementById("cy");
    if (!data.paths.length) { box.hidden = true; return; }
    box.hidden = false;
    if (!cy) {
      cy = G.create(box);
      window.kgiGraph = cy;
      cy.on("dbltap", "node", ev => { location.href = window.kgi.entityHref(ev.target.id()); });
    }
    cy.elements().remove();
    const edges = data.paths.flatMap(p => p.edges);
    G.add(cy, data.nodes, edges, f);
    cy.getElementById(t).addClass("root");
    cy.nodes().addClass("labelled");
    cy.resize();
    cy.layout({ name: "breadthfirst", roots: [f], directed: false, spacingFactor: 1.1, animate: false, fit: true, padding: 30 }).run();
  }

  load();
})();
