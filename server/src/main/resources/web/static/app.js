// kgi search page. The URL holds the query (/?q=...), so a search can be bookmarked and shared.
// Report text is always inserted as text; snippets come from the server already HTML-escaped, with
// only <mark> added, and are checked for that before being inserted as HTML.
(function () {
  "use strict";
  const form = document.getElementById("search-form");
  const input = document.getElementById("q");
  const status = document.getElementById("status");
  const results = document.getElementById("results");

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // Only <mark> and </mark> may appear as tags in a snippet: everything else was escaped by the server.
  function snippetNode(html) {
    const p = el("p", "snippet");
    const parts = String(html).split(/(<mark>|<\/mark>)/);
    let marked = false;
    for (const part of parts) {
      if (part === "<mark>") { marked = true; continue; }
      if (part === "</mark>") { marked = false; continue; }
      const text = decodeEntities(part);
      p.appendChild(marked ? el("mark", null, text) : document.createTextNode(text));
    }
    return p;
  }

  function decodeEntities(s) {
    const t = document.createElement("textarea");
    t.innerHTML = s; // a textarea's content is never parsed as markup
    return t.value;
  }

  function render(data, q) {
    results.replaceChildren();
    status.className = "";
    status.textContent = data.total + (data.total === 1 ? " report matches" : " reports match") + (q ? " " + q : "");
    for (const hit of data.hits) {
      const li = el("li");
      li.appendChild(el("div", "hit-title", hit.title));
      li.appendChild(el("div", "hit-meta", [hit.date || "undated", hit.id, "score " + hit.score.toFixed(2)].join(" · ")));
      for (const s of hit.snippets) li.appendChild(snippetNode(s));
      results.appendChild(li);
    }
  }

  let latest = 0; // only the answer to the newest search is shown

  async function search(q) {
    const mine = ++latest;
    status.className = "";
    status.textContent = "Searching…";
    try {
      const res = await fetch("/api/search?" + new URLSearchParams({ q: q, limit: "20" }));
      const body = await res.json();
      if (mine !== latest) return;
      if (!res.ok) {
        results.replaceChildren();
        status.className = "error";
        status.textContent = (body.title || "Error") + ": " + (body.detail || res.status);
        return;
      }
      render(body, q);
    } catch (e) {
      if (mine !== latest) return;
      status.className = "error";
      status.textContent = "The server could not be reached: " + e.message;
    }
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    const q = input.value.trim();
    history.pushState({ q: q }, "", q ? "/?" + new URLSearchParams({ q: q }) : "/");
    search(q);
  });
  window.addEventListener("popstate", function () { load(); });

  function load() {
    const q = new URLSearchParams(location.search).get("q") || "";
    input.value = q;
    search(q);
  }
  load();
})();
