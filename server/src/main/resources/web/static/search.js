// The search page. The URL holds the whole state (/?q=&actor=&place=&eventType=&year=&from=&to=&sort=&cursor=),
// so a search can be bookmarked; history.state keeps the cursors of the pages before, so "Previous" and
// the browser's back button both work. Only the answer to the newest request is shown.
(function () {
  "use strict";
  const { el, link, api, snippet, problemText, setStatus } = window.kgi;
  const FACETS = [
    { param: "actor", label: "Actor", entity: true },
    { param: "place", label: "Place", entity: true },
    { param: "eventType", label: "Event type" },
    { param: "year", label: "Year" }
  ];
  const PAGE_SIZE = 10;
  const MAX_FACET_SIZE = 100; // the API's most values of a facet
  /** How many values of the actor and place facets are listed: the URL's facetSize, else the API's 10. */
  function facetSize(p) {
    const n = parseInt(p.get("facetSize") || "", 10);
    return n >= 1 && n <= MAX_FACET_SIZE ? n : 10;
  }
  const form = document.getElementById("search-form");
  const input = document.getElementById("q");
  const filters = document.getElementById("filters");
  const fromInput = document.getElementById("from");
  const toInput = document.getElementById("to");
  const sortSelect = document.getElementById("sort");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const facetLists = document.getElementById("facet-lists");
  const active = document.getElementById("active-filters");
  const pager = document.getElementById("pager");
  const names = new Map(); // facet entity id -> name, for the chips of active filters

  function params() { return new URLSearchParams(location.search); }
  function stack() { return (history.state && Array.isArray(history.state.stack)) ? history.state.stack : []; }

  /** Goes to a new state: the URL is the state; stack is the cursors of the pages before. */
  function go(p, newStack) {
    const clean = new URLSearchParams();
    for (const [k, v] of p.entries()) if (v) clean.append(k, v);
    const qs = clean.toString();
    history.pushState({ stack: newStack || [] }, "", qs ? "/?" + qs : "/");
    load();
  }

  function withChange(change) {
    const p = params();
    p.delete("cursor");
    p.delete("page");
    change(p);
    go(p, []);
  }

  form.addEventListener("submit", ev => {
    ev.preventDefault();
    withChange(p => p.set("q", input.value.trim()));
  });
  filters.addEventListener("submit", ev => {
    ev.preventDefault();
    withChange(p => { p.set("from", fromInput.value.trim()); p.set("to", toInput.value.trim()); });
  });
  sortSelect.addEventListener("change", () => withChange(p => p.set("sort", sortSelect.value === "relevance" ? "" : sortSelect.value)));
  window.addEventListener("popstate", load);

  // adds the value to the URL's filters, or removes it with the values that chose it as written (actor:trb for
  // the Tactical Response Brigade, riots for Riots: the server says which in a value's "chosen")
  function toggle(param, value, chosenAs = []) {
    withChange(p => {
      const values = p.getAll(param);
      p.delete(param);
      const off = [value].concat(chosenAs);
      const on = values.some(v => off.includes(v));
      const next = on ? values.filter(v => !off.includes(v)) : values.concat([value]);
      for (const v of next) p.append(param, v);
    });
  }

  let latest = 0;

  async function load() {
    const p = params();
    input.value = p.get("q") || "";
    fromInput.value = p.get("from") || "";
    toInput.value = p.get("to") || "";
    sortSelect.value = ["date", "oldest"].includes(p.get("sort")) ? p.get("sort") : "relevance";
    const query = new URLSearchParams(p);
    query.delete("page");
    query.set("limit", String(PAGE_SIZE));
    const mine = ++latest;
    setStatus(status, "Searching…");
    const r = await api("/api/search", query);
    if (mine !== latest) return;
    if (!r.ok) {
      results.replaceChildren();
      pager.replaceChildren();
      facetLists.replaceChildren(); // the last search's counts: not this one's
      setStatus(status, problemText(r), "error");
      renderActive(p);
      return;
    }
    render(r.body, p);
    if (pagedTo) { // a page turned: show its first hit, and let the keyboard go on from there
      pagedTo = false;
      status.setAttribute("tabindex", "-1");
      status.focus({ preventScroll: true });
      status.scrollIntoView({ block: "start" });
    }
  }

  let pagedTo = false;

  /** The page number: the URL's (a bookmarked page), else counted from the cursors of the pages before. */
  function pageOf(p) {
    const n = parseInt(p.get("page") || "", 10);
    return p.get("cursor") && n > 1 ? n : stack().length + (p.get("cursor") ? 1 : 0) + 1;
  }

  /** An estimated count to three significant digits (117,196 → "117,000"). */
  function roughly(n) {
    const unit = Math.pow(10, Math.max(0, String(Math.round(n)).length - 3));
    return (Math.round(n / unit) * unit).toLocaleString("en-US");
  }

  function render(data, p) {
    const page = pageOf(p);
    const q = p.get("q") || "";
    document.title = (q ? q + " — " : "") + "kgi search";
    const total = data.totalApproximate === true ? "about " + roughly(data.total) : String(data.total);
    setStatus(status, total + (data.total === 1 ? " report matches" : " reports match")
      + (q ? " " + q : "") + (page > 1 ? " · page " + page : ""));
    results.replaceChildren();
    for (const hit of data.hits) {
      const li = el("li", "hit");
      const h = el("h2", "hit-title");
      const a = link(window.kgi.documentHref(hit.id), hit.titleHtml ? "" : hit.title || hit.id);
      if (hit.titleHtml) a.append(...snippet(hit.titleHtml, "span").childNodes); // the words searched for marked
      h.appendChild(a);
      li.appendChild(h);
      li.appendChild(el("div", "hit-meta", [hit.date || "undated"].concat(hit.source ? [hit.source] : [], [hit.id, "score " + hit.score.toFixed(2)]).join(" · ")));
      for (const s of hit.snippets || []) li.appendChild(snippet(s));
      results.appendChild(li);
    }
    renderFacets(data.facets || {}, p, data.facetsApproximate === true);
    renderActive(p);
    renderPager(data, p);
  }

  function renderFacets(facets, p, approximate) {
    facetLists.replaceChildren();
    for (const f of FACETS) {
      const values = facets[f.param] || [];
      const chosen = p.getAll(f.param);
      const section = el("section", "facet");
      const h = el("h2", null, f.label);
      section.appendChild(h);
      const ul = el("ul", "facet-values");
      ul.setAttribute("aria-label", f.label);
      for (const v of values) {
        const key = f.entity ? v.id : v.value;
        const name = f.entity ? v.name : v.value;
        if (f.entity) names.set(v.id, v.name);
        const li = el("li");
        const chosenAs = v.chosen || [];
        const on = chosen.includes(key) || chosenAs.some(c => chosen.includes(c));
        for (const c of chosenAs) names.set(c, name); // the chip of a value chosen as written names it too
        const b = el("button", "facet-value" + (on ? " on" : ""));
        b.type = "button";
        b.setAttribute("aria-pressed", on ? "true" : "false");
        b.dataset.param = f.param;
        b.dataset.value = key;
        b.appendChild(el("span", "fv-name", name));
        b.appendChild(el("span", "count", approximate ? "≈" + v.count : v.count));
        b.title = (on ? "Remove the filter " : chosen.length ? "Also reports with " : "Only reports with ")
          + f.label.toLowerCase() + " " + name
          + (approximate ? " (count estimated from a sample of the matches)" : "");
        b.addEventListener("click", () => toggle(f.param, key, chosenAs));
        li.appendChild(b);
        if (f.entity) {
          const a = link(window.kgi.entityHref(v.id), "↗", "entity-open");
          a.title = "Open " + name;
          a.setAttribute("aria-label", "Open the page of " + name);
          li.appendChild(a);
        }
        ul.appendChild(li);
      }
      if (values.length === 0) ul.appendChild(el("li", "muted", "none"));
      section.appendChild(ul);
      // as many values as asked for: there may be more (Kibana's and Aleph's "show more"); the page stays where it is
      const size = facetSize(p);
      if (f.entity && values.length >= size && size < MAX_FACET_SIZE) {
        const more = el("button", "facet-more", "More " + f.label.toLowerCase() + "s");
        more.type = "button";
        more.title = "List up to " + Math.min(MAX_FACET_SIZE, size + 20) + " values of each of the actor and place facets";
        more.addEventListener("click", () => {
          const next = params();
          next.set("facetSize", String(Math.min(MAX_FACET_SIZE, size + 20)));
          go(next, stack());
        });
        section.appendChild(more);
      }
      facetLists.appendChild(section);
    }
  }

  function renderActive(p) {
    active.replaceChildren();
    const chips = [];
    for (const f of FACETS) {
      for (const v of p.getAll(f.param)) chips.push({ param: f.param, value: v, text: f.label + ": " + (names.get(v) || v) });
    }
    if (chips.length === 0) return;
    active.appendChild(el("h2", null, "Filters"));
    const ul = el("ul", "chips");
    for (const c of chips) {
      const li = el("li");
      const b = el("button", "chip", c.text + " ✕");
      b.type = "button";
      b.setAttribute("aria-label", "Remove filter " + c.text);
      b.addEventListener("click", () => toggle(c.param, c.value));
      li.appendChild(b);
      ul.appendChild(li);
    }
    active.appendChild(ul);
  }

  function renderPager(data, p) {
    pager.replaceChildren();
    const s = stack();
    const cursor = p.get("cursor");
    const page = pageOf(p);
    if (cursor) {
      // a page opened from a bookmark has no cursors of the pages before it: its way back is to the first page
      const known = s.length > 0 || page === 2;
      const prev = el("button", "pager-prev", known ? "← Previous" : "← First page");
      prev.type = "button";
      prev.addEventListener("click", () => {
        const q = params();
        const before = s.length ? s[s.length - 1] : "";
        q.set("cursor", before);
        q.set("page", before && known ? String(page - 1) : "");
        pagedTo = true;
        go(q, s.slice(0, -1));
      });
      pager.appendChild(prev);
    }
    if (data.next) {
      const next = el("button", "pager-next", "Next →");
      next.type = "button";
      next.addEventListener("click", () => {
        const q = params();
        q.set("cursor", data.next);
        q.set("page", String(page + 1));
        pagedTo = true;
        go(q, cursor ? s.concat([cursor]) : s);
      });
      pager.appendChild(next);
    }
  }

  load();
})();
