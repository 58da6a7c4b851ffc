// The report page (/documents/{id}): the text with every actor, place and event mention marked by kind
// (entities link to their page; events are underlined over their evidence), the events, the entities by
// kind and similar reports. All report text goes in as text nodes.
(function () {
  "use strict";
  const { el, link, api, problemText, setStatus, entityLink, entityHref, documentHref, formatDate, KINDS, KIND_LABEL } = window.kgi;
  const status = document.getElementById("status");
  const id = window.kgi.pathId();

  async function load() {
    const r = await api("/api/documents/" + encodeURIComponent(id));
    if (!r.ok) {
      setStatus(status, r.status === 404 ? "Not found: there is no report with id “" + id + "”." : problemText(r), "error");
      document.title = "Not found — kgi";
      return;
    }
    const d = r.body;
    status.textContent = "";
    status.hidden = true;
    document.getElementById("report").hidden = false;
    document.title = (d.title || d.id) + " — kgi";
    document.getElementById("title").textContent = d.title || d.id;
    document.getElementById("meta").textContent = [formatDate(d.date), d.source, d.id,
      d.entities.length + " entities", d.events.length + " events"].filter(Boolean).join(" · ");
    const names = new Map(d.entities.map(e => [e.id, e.name]));
    renderLegend(d);
    renderText(d);
    renderEntities(d);
    renderEvents(d, names);
    loadSimilar();
  }

  function renderLegend(d) {
    const node = document.getElementById("legend");
    window.kgi.legend(node, KINDS, "Marked:");
    node.setAttribute("role", "note");
    const counts = {};
    for (const e of d.entities) counts[e.kind] = (counts[e.kind] || 0) + e.mentions.length;
    counts.event = (counts.event || 0) + d.events.filter(ev => ev.evidence).length;
    node.querySelectorAll(".legend-item").forEach((item, i) => item.appendChild(el("span", "count", counts[KINDS[i]] || 0)));
  }

  /** Splits the text at every mention and evidence boundary, then marks each piece. */
  function renderText(d) {
    const text = d.text || "";
    const mentions = [];
    for (const e of d.entities) {
      for (const m of e.mentions) {
        if (m.start >= 0 && m.end <= text.length && m.start < m.end) mentions.push({ start: m.start, end: m.end, entity: e });
      }
    }
    const events = d.events.filter(ev => ev.evidence && ev.evidence.start < ev.evidence.end && ev.evidence.end <= text.length)
      .map((ev, i) => ({ start: ev.evidence.start, end: ev.evidence.end, event: ev, index: d.events.indexOf(ev) }));
    const cuts = new Set([0, text.length]);
    for (const s of mentions.concat(events)) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = document.getElementById("text");
    out.replaceChildren();
    let para = el("p");
    out.appendChild(para);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const m = mentions.filter(s => s.start <= a && s.end >= b).sort((x, y) => x.start - y.start || y.end - x.end)[0];
      const evs = events.filter(s => s.start <= a && s.end >= b);
      // paragraphs: split plain pieces at blank lines
      const pieces = text.slice(a, b).split(/(\n\s*\n)/);
      for (const piece of pieces) {
        if (/^\n\s*\n$/.test(piece)) { para = el("p"); out.appendChild(para); continue; }
        if (!piece) continue;
        let node;
        if (m) {
          node = link(entityHref(m.entity.id), piece, "mention kind-" + m.entity.kind);
          node.title = m.entity.name + " (" + m.entity.kind + (m.entity.type ? ", " + m.entity.type : "") + ")";
          node.dataset.entity = m.entity.id;
        } else {
          node = document.createTextNode(piece);
        }
        if (evs.length) {
          const span = el("span", "event-mark kind-event");
          span.title = evs.map(s => s.event.type + (s.event.subType ? " / " + s.event.subType : "") + ", " + formatDate(s.event.date && s.event.date.value)).join("; ");
          span.dataset.event = evs[0].event.id;
          span.appendChild(node);
          node = span;
        }
        para.appendChild(node);
      }
    }
  }

  function renderEntities(d) {
    const box = document.getElementById("entities");
    box.replaceChildren();
    for (const kind of KINDS) {
      const list = d.entities.filter(e => e.kind === kind).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
      if (!list.length) continue;
      const h = el("h3");
      h.appendChild(el("span", "swatch kind-" + kind));
      h.appendChild(document.createTextNode(KIND_LABEL[kind] + " (" + list.length + ")"));
      box.appendChild(h);
      const ul = el("ul", "entity-list");
      for (const e of list) {
        const li = el("li");
        li.appendChild(entityLink(e.id, e.name));
        li.appendChild(el("span", "muted", " " + [e.type, e.mentions.length + "×"].filter(Boolean).join(" · ")));
        ul.appendChild(li);
      }
      box.appendChild(ul);
    }
  }

  function renderEvents(d, names) {
    const body = document.querySelector("#events tbody");
    body.replaceChildren();
    for (const ev of d.events) {
      const tr = el("tr");
      tr.id = "event-" + d.events.indexOf(ev);
      tr.appendChild(el("td", null, ev.type));
      tr.appendChild(el("td", null, ev.subType || ""));
      tr.appendChild(el("td", "nowrap", ev.date ? formatDate(ev.date.value, ev.date.precision) : "undated"));
      const place = el("td");
      if (ev.place) place.appendChild(entityLink(ev.place, names.get(ev.place) || ev.place));
      tr.appendChild(place);
      const parts = el("td");
      const ul = el("ul", "participants");
      for (const p of ev.participants || []) {
        const li = el("li");
        li.appendChild(entityLink(p.id, names.get(p.id) || p.id));
        li.appendChild(el("span", "role", " " + p.role));
        ul.appendChild(li);
      }
      parts.appendChild(ul);
      tr.appendChild(parts);
      tr.appendChild(el("td", null, ev.modality || ""));
      tr.appendChild(el("td", "evidence", ev.evidence ? ev.evidence.text : ""));
      body.appendChild(tr);
    }
    if (!d.events.length) {
      const tr = el("tr");
      const td = el("td", "muted", "No events found in this report.");
      td.colSpan = 7;
      tr.appendChild(td);
      body.appendChild(tr);
    }
  }

  async function loadSimilar() {
    const ol = document.getElementById("similar");
    const r = await api("/api/documents/" + encodeURIComponent(id) + "/similar", { limit: "8" });
    ol.replaceChildren();
    if (!r.ok) { ol.appendChild(el("li", "error", problemText(r))); return; }
    for (const h of r.body.hits) {
      const li = el("li");
      li.appendChild(link(documentHref(h.id), h.title || h.id));
      li.appendChild(el("span", "muted", " " + (h.date || "undated")));
      ol.appendChild(li);
    }
    if (!r.body.hits.length) ol.appendChild(el("li", "muted", "none"));
  }

  load();
})();
