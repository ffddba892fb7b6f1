// pesmatch web page, shared by both views: the catalogue's texts, element building, the WAI-ARIA
// combobox, factor bars, CSV download. Plain browser JavaScript; its texts are keys of the message
// catalogue (data/messages/) in double braces, filled in by the server.
"use strict";

// A catalogue text with its {placeholders} filled.
const say = (text, args = {}) => text.replace(/\{(\w+)\}/g, (m, k) => (k in args ? String(args[k]) : m));

const $ = (id) => document.getElementById(id);
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

// A WAI-ARIA combobox: typing asks `source`, arrows move, Enter picks, Escape closes. With
// `single`, a pick replaces the previous one; `onPick(item)` is told of each pick.
function picker({ input, listbox, chosen, source, label, describe, single = false, onPick = null }) {
  const selected = [];
  let options = [], active = -1, timer = null, seq = 0;

  function close() {
    listbox.hidden = true; input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant"); active = -1;
  }
  function highlight(i) {
    active = i;
    [...listbox.children].forEach((li, j) => li.setAttribute("aria-selected", j === i ? "true" : "false"));
    if (i >= 0) { input.setAttribute("aria-activedescendant", listbox.children[i].id); listbox.children[i].scrollIntoView({ block: "nearest" }); }
  }
  function renderChosen() {
    chosen.replaceChildren(...selected.map((item, i) => {
      const remove = el("button", { type: "button", "aria-label": say("{{web.remove}}", { item: label(item) }), text: "×" });
      remove.addEventListener("click", () => { selected.splice(i, 1); renderChosen(); input.focus(); });
      return el("li", {}, el("span", { text: (i === 0 && chosen.id === "cpv-wybrane" ? "{{web.cpv_main}}" : "") + label(item) }), remove);
    }));
  }
  function pick(i) {
    const item = options[i];
    if (item && single) selected.splice(0, selected.length, item);
    else if (item && !selected.some((s) => s.code === item.code)) selected.push(item);
    renderChosen(); input.value = ""; close();
    if (item && onPick) onPick(item);
  }
  async function lookup() {
    const q = input.value.trim(), mine = ++seq;
    if (!q) { close(); return; }
    const res = await fetch(source + "?limit=10&q=" + encodeURIComponent(q));
    if (mine !== seq || !res.ok) return;
    options = await res.json();
    listbox.replaceChildren(...options.map((o, i) => {
      const li = el("li", { role: "option", id: listbox.id + "-" + i, "aria-selected": "false" },
                    el("span", { text: label(o) }), el("small", { text: describe(o) }));
      li.addEventListener("mousedown", (ev) => { ev.preventDefault(); pick(i); });
      return li;
    }));
    listbox.hidden = options.length === 0;
    input.setAttribute("aria-expanded", options.length ? "true" : "false");
    highlight(options.length ? 0 : -1);
  }
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(lookup, 150); });
  input.addEventListener("keydown", (ev) => {
    const open = !listbox.hidden && options.length > 0;
    if (ev.key === "ArrowDown" && open) { ev.preventDefault(); highlight((active + 1) % options.length); }
    else if (ev.key === "ArrowUp" && open) { ev.preventDefault(); highlight((active - 1 + options.length) % options.length); }
    else if (ev.key === "Enter" && open) { ev.preventDefault(); pick(active < 0 ? 0 : active); }
    else if (ev.key === "Enter" && input.value.trim()) { ev.preventDefault(); }
    else if (ev.key === "Escape" && open) { ev.preventDefault(); close(); }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  return { codes: () => selected.map((s) => s.code), selected: () => selected[0] || null,
           choose: (item) => { options = [item]; pick(0); } };
}

async function post(path, body) {
  const res = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) {
    let msg = say("{{web.server_error}}", { status: res.status });
    try { const j = await res.json(); msg = j.error; } catch (e) { /* not JSON */ }
    throw new Error(msg);
  }
  return res;
}

const fmt = (x, d) => x.toLocaleString("pl-PL", { minimumFractionDigits: d, maximumFractionDigits: d });

function factorBars(r, scale) {
  const grid = el("div", { class: "czynniki", role: "list", "aria-label": "{{web.factor_shares}}" });
  for (const f of r.factors) {
    if (f.contribution === 0) continue;
    const width = Math.max(0, Math.min(100, (100 * f.contribution) / scale));
    const name = f.label;  // the factor's name and detail in Polish come from the server's catalogue
    grid.append(el("span", { role: "listitem", title: f.detail_text, text: name }),
                el("span", { class: "pasek", "aria-hidden": "true" }, el("span", { style: "width:" + width.toFixed(1) + "%" })),
                el("span", { class: "liczba", "aria-label": name + ": " + fmt(f.contribution, 3), text: fmt(f.contribution, 3) }));
  }
  return grid;
}

// A CSV cell, quoted when it holds a separator, a line break or a quote (written \u0022 here).
function csvCell(v) {
  const s = String(v ?? "");
  return /[,;\n\u0022]/.test(s) ? "\u0022" + s.replaceAll("\u0022", "\u0022\u0022") + "\u0022" : s;
}

// Offers `lines` (arrays of cells, the first the header) as a CSV download named `name`.
function downloadCsv(name, lines) {
  const text = lines.map((cells) => cells.map(csvCell).join(",")).join("\n") + "\n";
  const url = URL.createObjectURL(new Blob(["\ufeff" + text], { type: "text/csv;charset=utf-8" }));
  const a = el("a", { href: url, download: name });
  document.body.append(a); a.click(); a.remove(); URL.revokeObjectURL(url);
}
