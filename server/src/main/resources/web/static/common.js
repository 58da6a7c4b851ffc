// Shared helpers of the kgi pages. Everything that comes from a report (titles, text, names, evidence)
// is inserted as text (textContent, createTextNode), never as HTML. The one exception is a search
// snippet, which the server has HTML-escaped and in which only <mark> is allowed: see snippet().
(function () {
  "use strict";
  const KINDS = ["actor", "place", "event"];
  const KIND_LABEL = { actor: "Actors", place: "Places", event: "Events" };
  const RELATION_LABEL = {
    acted_together: "acted with", opposed: "opposed", took_part_in: "took part in",
    happened_at: "happened at", located_in: "located in", part_of: "part of", leads: "leads",
    mentioned_together: "mentioned with", based_in: "based in",
    contributes_to: "contributes to", suspected_in: "suspected in"
  };

  /** A new element with a class and text content (never HTML). */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function link(href, text, cls) {
    const a = el("a", cls, text);
    a.href = href;
    return a;
  }

  function documentHref(id) { return "/documents/" + encodeURIComponent(id); }
  function entityHref(id) { return "/entities/" + encodeURIComponent(id); }
  function kindOf(id) { const i = String(id).indexOf(":"); return i > 0 ? String(id).slice(0, i) : ""; }

  /** A link to an entity's or an event's page. */
  function entityLink(id, name) {
    return link(entityHref(id), name || id, "entity kind-" + kindOf(id));
  }

  function decodeEntities(s) {
    const t = document.createElement("textarea");
    t.innerHTML = s; // a textarea's content is never parsed as markup
    return t.value;
  }

  // Only <mark> and </mark> may appear as tags in a snippet: everything else was escaped by the server.
  function snippet(html, tag) {
    const p = el(tag || "p", "snippet");
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

  /** GET an API path; resolves to {ok, status, body}. A problem+json body keeps its title and detail. */
  async function api(path, params) {
    const qs = params ? "?" + (params instanceof URLSearchParams ? params : new URLSearchParams(params)) : "";
    try {
      const res = await fetch(path + qs, { headers: { Accept: "application/json" } });
      let body = null;
      try { body = await res.json(); } catch (e) { body = null; }
      return { ok: res.ok, status: res.status, body: body };
    } catch (e) {
      return { ok: false, status: 0, body: { title: "The server could not be reached", detail: e.message } };
    }
  }

  function problemText(r) {
    const b = r.body || {};
    return (b.title || "Error " + r.status) + (b.detail ? ": " + b.detail : "");
  }

  function setStatus(node, text, kind) {
    node.className = kind || "";
    node.textContent = text;
  }

  /** The last path segment, decoded (e.g. the id of /entities/actor%3Ared-scorpions). */
  function pathId() {
    const parts = location.pathname.split("/");
    try { return decodeURIComponent(parts[parts.length - 1] || ""); } catch (e) { return ""; }
  }

  function formatDate(value, precision) {
    if (!value) return "undated";
    return precision && String(precision).toLowerCase() !== "day" ? value + " (" + String(precision).toLowerCase() + ")" : value;
  }

  /** The legend of kinds: coloured swatches. */
  function legend(node, kinds, label) {
    node.replaceChildren();
    if (label) node.appendChild(el("span", "legend-label", label));
    for (const k of kinds) {
      const item = el("span", "legend-item");
      item.appendChild(el("span", "swatch kind-" + k));
      item.appendChild(document.createTextNode(KIND_LABEL[k] ? KIND_LABEL[k].replace(/s$/, "").toLowerCase() : k));
      node.appendChild(item);
    }
  }

  /**
   * An autocomplete entity picker over GET /api/entities?q= (ARIA combobox: arrows move, Enter picks,
   * Escape closes). onPick(entity) is called with {id, name, kind, type}.
   */
  function picker(input, list, onPick) {
    let items = [];
    let active = -1;
    let seq = 0;
    let timer = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function highlight(i) {
      const lis = list.querySelectorAll("li");
      lis.forEach((li, j) => li.setAttribute("aria-selected", j === i ? "true" : "false"));
      active = i;
      if (i >= 0 && lis[i]) {
        input.setAttribute("aria-activedescendant", lis[i].id);
        lis[i].scrollIntoView({ block: "nearest" });
      }
    }
    function choose(i) {
      const e = items[i];
      if (!e) return;
      input.value = e.name;
      input.dataset.id = e.id;
      close();
      onPick(e);
    }
    async function suggest() {
      const q = input.value.trim();
      delete input.dataset.id;
      if (!q) { close(); return; }
      const mine = ++seq;
      const r = await api("/api/entities", { q: q, limit: "10" });
      if (mine !== seq) return;
      // an actor taken for another across reports (TRB, where another report spells it out) is that other, which
      // its names find too: not offered apart
      items = r.ok ? r.body.entities.filter(e => e.kind !== "event" && !e.sameAs) : [];
      list.replaceChildren();
      items.forEach((e, i) => {
        const li = el("li", "suggestion");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.appendChild(el("span", "swatch kind-" + e.kind));
        li.appendChild(el("span", "s-name", e.name));
        li.appendChild(el("span", "s-meta", " " + [e.kind, e.type, (e.documentCount || 0) + " reports"].filter(Boolean).join(" · ")));
        li.addEventListener("mousedown", ev => { ev.preventDefault(); choose(i); });
        list.appendChild(li);
      });
      if (items.length === 0) {
        list.appendChild(el("li", "suggestion none", "no entity matches"));
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      highlight(items.length ? 0 : -1);
    }
    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(suggest, 120); });
    input.addEventListener("keydown", ev => {
      if (ev.key === "ArrowDown") {
        ev.preventDefault();
        if (list.hidden) { suggest(); return; }
        highlight(Math.min(items.length - 1, active + 1));
      } else if (ev.key === "ArrowUp") {
        ev.preventDefault();
        highlight(Math.max(0, active - 1));
      } else if (ev.key === "Enter" && !list.hidden && active >= 0) {
        ev.preventDefault();
        choose(active);
      } else if (ev.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
    return {
      set: function (e) { input.value = e.name; input.dataset.id = e.id; },
      id: function () { return input.dataset.id || ""; }
    };
  }

  /**
   * Selects the URL's value in a list, else its default; with keep, a value the list has not is added as written
   * (relation=leads, a shared link to the path finder), so that the page asks what the link says and the API says if
   * it is wrong, rather than dropping it for the default.
   */
  function choose(select, value, keep = false) {
    let option = [...select.options].find(o => o.value === value);
    if (!option && value && keep) {
      option = new Option(value, value);
      select.add(option);
    }
    option = option || [...select.options].find(o => o.defaultSelected) || select.options[0];
    select.value = option.value;
  }

  window.kgi = {
    KINDS, KIND_LABEL, RELATION_LABEL, el, link, entityLink, entityHref, documentHref, kindOf, snippet, api,
    problemText, setStatus, pathId, formatDate, legend, picker, choose
  };
})();
