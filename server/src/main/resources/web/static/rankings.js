// The rankings page (/rankings?by=): the most central actors and places by the chosen measure, and the
// communities of the graph with their members, both over the chosen window, with or without the generic actors.
(function () {
  "use strict";
  const { el, api, problemText, setStatus, entityLink, choose } = window.kgi;
  const status = document.getElementById("status");
  const by = document.getElementById("by");
  const limit = document.getElementById("rlimit");
  const from = document.getElementById("rfrom");
  const to = document.getElementById("rto");
  const generic = document.getElementById("rgeneric");

  /** The page's choices as parameters: the window and the generic actors' choice only when set. */
  function params() {
    const p = { by: by.value, limit: limit.value };
    if (from.value.trim()) p.from = from.value.trim();
    if (to.value.trim()) p.to = to.value.trim();
    if (generic.checked) p.generic = "false";
    return p;
  }

  document.getElementById("rank-form").addEventListener("submit", ev => {
    ev.preventDefault();
    history.pushState(null, "", "/rankings?" + new URLSearchParams(params()));
    load();
  });
  generic.addEventListener("change", () => document.getElementById("rank-form").requestSubmit());
  by.addEventListener("change", () => document.getElementById("rank-form").requestSubmit());
  window.addEventListener("popstate", load);

  async function ranking(kind, target) {
    const r = await api("/api/graph/rank", { ...params(), kind: kind });
    target.replaceChildren();
    if (!r.ok) { target.appendChild(el("li", "error", problemText(r))); return false; }
    const max = Math.max(1e-9, ...r.body.ranking.map(x => x.score));
    for (const x of r.body.ranking) {
      const li = el("li");
      li.appendChild(entityLink(x.id, x.name));
      li.appendChild(el("span", "muted", " " + (x.type || "")));
      li.appendChild(el("span", "score", Number.isInteger(x.score) ? x.score : x.score.toPrecision(3)));
      const bar = el("span", "score-bar");
      const fill = el("span", "score-fill kind-" + (x.kind || kind));
      fill.style.width = Math.round(100 * x.score / max) + "%";
      bar.appendChild(fill);
      li.appendChild(bar);
      target.appendChild(li);
    }
    return true;
  }

  async function communities() {
    const ol = document.getElementById("communities");
    const p = params(); // the ranking's window and its choice of the generic actors
    delete p.by;
    delete p.limit;
    const r = await api("/api/graph/communities", { ...p, limit: "12", members: "15" });
    ol.replaceChildren();
    if (!r.ok) { ol.appendChild(el("li", "error", problemText(r))); return; }
    for (const c of r.body.communities) {
      const li = el("li", "community");
      li.appendChild(el("h3", null, "Community " + (c.index + 1) + " · " + c.size + " members"));
      const ul = el("ul", "members");
      for (const m of c.members) {
        const item = el("li");
        item.appendChild(entityLink(m.id, m.name));
        ul.appendChild(item);
      }
      if (c.size > c.members.length) ul.appendChild(el("li", "muted", "… and " + (c.size - c.members.length) + " more"));
      li.appendChild(ul);
      ol.appendChild(li);
    }
  }

  async function load() {
    const p = new URLSearchParams(location.search);
    choose(by, p.get("by"));
    choose(limit, p.get("limit"));
    from.value = p.get("from") || "";
    to.value = p.get("to") || "";
    generic.checked = p.get("generic") === "false";
    setStatus(status, "Ranking…");
    communities();
    const ok = await Promise.all([ranking("actor", document.getElementById("actors")), ranking("place", document.getElementById("places"))]);
    const span = from.value || to.value
      ? ", over " + (from.value || "the start") + " to " + (to.value || "the end") : "";
    setStatus(status, ok.every(Boolean) ? "Ranked by " + by.options[by.selectedIndex].text + span + "."
      : "Some rankings failed.", ok.every(Boolean) ? "" : "error");
  }

  load();
})();
