// pesmatch web page: the tender form with its two pickers, the ranked result and the exports.
// Plain browser JavaScript, no build step; talks to the /v1 API of the same server.
"use strict";

const CZYNNIKI = {
  text: "zgodność opisu", concepts: "pojęcia branżowe", cpv: "zgodność CPV", pkd_bridge: "PKD ↔ CPV",
  references: "doświadczenie", proximity: "odległość", service_area: "obszar działania", same_gmina: "ta sama gmina",
  same_powiat: "ten sam powiat", neighbour_powiat: "powiat sąsiedni", same_wojewodztwo: "to samo województwo",
  social_fit: "profil społeczny", capacity: "potencjał",
};
const $ = (id) => document.getElementById(id);
let ostatni = null;  // the last match answer, for the CSV export

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

// A WAI-ARIA combobox: typing asks `source`, arrows move, Enter picks, Escape closes.
function picker({ input, listbox, chosen, source, label, describe }) {
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
      const remove = el("button", { type: "button", "aria-label": "Usuń " + label(item), text: "×" });
      remove.addEventListener("click", () => { selected.splice(i, 1); renderChosen(); input.focus(); });
      return el("li", {}, el("span", { text: (i === 0 && chosen.id === "cpv-wybrane" ? "główny: " : "") + label(item) }), remove);
    }));
  }
  function pick(i) {
    const item = options[i];
    if (item && !selected.some((s) => s.code === item.code)) selected.push(item);
    renderChosen(); input.value = ""; close();
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
  return { codes: () => selected.map((s) => s.code) };
}

const cpv = picker({
  input: $("cpv-szukaj"), listbox: $("cpv-lista"), chosen: $("cpv-wybrane"), source: "/v1/cpv",
  label: (o) => o.code + " " + o.label, describe: (o) => (o.annex_xiv ? "usługa społeczna (zał. XIV)" : ""),
});
const miejsce = picker({
  input: $("miejsce-szukaj"), listbox: $("miejsce-lista"), chosen: $("miejsce-wybrane"), source: "/v1/teryt",
  label: (o) => o.description, describe: (o) => o.parents + " · TERYT " + o.code,
});

$("zastrzezone").addEventListener("change", (ev) => { $("podstawa").hidden = !ev.target.checked; });

function tender() {
  const t = {
    id: "FORMULARZ-" + Date.now(), title: $("tytul").value.trim(), description: $("opis").value.trim(),
    cpv: cpv.codes(), place_teryt: miejsce.codes(),
  };
  if ($("zastrzezone").checked) t.reserved = document.querySelector("input[name=reserved]:checked").value;
  return t;
}

function check(t) {
  if (!t.title) return ["Podaj tytuł zamówienia.", "tytul"];
  if (!t.cpv.length) return ["Wybierz co najmniej jeden kod CPV.", "cpv-szukaj"];
  if (!t.place_teryt.length) return ["Wybierz miejsce realizacji.", "miejsce-szukaj"];
  return null;
}

function showError(message, fieldId) {
  $("blad").textContent = message;
  if (fieldId) $(fieldId).focus();
}

async function post(path, body) {
  const res = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) {
    let msg = "Błąd serwera (" + res.status + ").";
    try { const j = await res.json(); msg = j.error; } catch (e) { /* not JSON */ }
    throw new Error(msg);
  }
  return res;
}

const fmt = (x, d) => x.toLocaleString("pl-PL", { minimumFractionDigits: d, maximumFractionDigits: d });

function factorBars(r, scale) {
  const grid = el("div", { class: "czynniki", role: "list", "aria-label": "Udział czynników w wyniku" });
  for (const f of r.factors) {
    if (f.contribution === 0) continue;
    const width = Math.max(0, Math.min(100, (100 * f.contribution) / scale));
    const name = CZYNNIKI[f.name] || f.name;
    grid.append(el("span", { role: "listitem", title: f.detail, text: name }),
                el("span", { class: "pasek", "aria-hidden": "true" }, el("span", { style: "width:" + width.toFixed(1) + "%" })),
                el("span", { class: "liczba", "aria-label": name + ": " + fmt(f.contribution, 3), text: fmt(f.contribution, 3) }));
  }
  return grid;
}

function contact(c) {
  const p = el("p", { class: "kontakt" });
  const parts = [];
  if (c.email) parts.push(el("a", { href: "mailto:" + c.email, text: c.email }));
  if (c.phone) parts.push(el("a", { href: "tel:" + c.phone.replace(/\s/g, ""), text: c.phone }));
  if (c.www) parts.push(el("a", { href: /^https?:/.test(c.www) ? c.www : "https://" + c.www, text: c.www, rel: "noopener" }));
  if (c.address) parts.push(document.createTextNode(c.address));
  parts.forEach((x, i) => { if (i) p.append(" · "); p.append(x); });
  if (!parts.length) p.textContent = "Brak danych kontaktowych.";
  return p;
}

function render(answer) {
  ostatni = answer;
  const rows = answer.results;
  const scale = Math.max(1e-9, ...rows.flatMap((r) => r.factors.map((f) => f.contribution)));
  $("lista").replaceChildren(...rows.map((r) => el("li", { class: "wynik", "data-id": r.id },
    el("h3", { text: r.rank + ". " + r.name }),
    el("div", { class: "meta" },
       el("span", { text: "Wynik: " + fmt(r.score, 3) }),
       el("span", { text: "Odległość: " + fmt(r.distance_km, 1) + " km" }),
       el("span", { class: r.eligibility.eligible ? "tak" : "nie",
                    text: (r.eligibility.eligible ? "Może złożyć ofertę" : "Nie może złożyć oferty") }),
       el("span", { text: "ID: " + r.id })),
    el("p", { class: "powod", text: r.eligibility.reason }),
    factorBars(r, scale), contact(r.contact || {}))));
  $("stan").textContent = rows.length
    ? "Znaleziono " + rows.length + " podmiotów (ocenionych kandydatów: " + answer.candidates + "). Najlepszy: " + rows[0].name + "."
    : "Nie znaleziono podmiotów dla tego zamówienia.";
  $("csv").hidden = rows.length === 0;
}

$("zamowienie").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  $("blad").textContent = "";
  const t = tender(), problem = check(t);
  if (problem) { showError(...problem); return; }
  $("stan").textContent = "Szukam…";
  try {
    const res = await post("/v1/match?top=" + encodeURIComponent($("ile").value || "10"), t);
    render(await res.json());
  } catch (e) { $("stan").textContent = "Nie udało się wyszukać."; showError(e.message); }
});

$("raport").addEventListener("click", async () => {
  $("blad").textContent = "";
  const t = tender(), problem = check(t);
  if (problem) { showError(...problem); return; }
  const win = window.open("", "_blank");
  try {
    const html = await (await post("/v1/market?format=html", t)).text();
    if (win) { win.document.open(); win.document.write(html); win.document.close(); win.focus(); win.print(); }
  } catch (e) { if (win) win.close(); showError(e.message); }
});

function csvCell(v) { const s = String(v ?? ""); return /[",;\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }

$("csv").addEventListener("click", () => {
  if (!ostatni) return;
  const head = ["pozycja", "id", "nazwa", "wynik", "odleglosc_km", "moze_zlozyc_oferte", "uzasadnienie", "email", "telefon", "www"];
  const lines = [head.join(",")].concat(ostatni.results.map((r) => [r.rank, r.id, r.name, r.score.toFixed(6), r.distance_km,
    r.eligibility.eligible ? "tak" : "nie", r.eligibility.reason, r.contact?.email, r.contact?.phone, r.contact?.www].map(csvCell).join(",")));
  const url = URL.createObjectURL(new Blob(["\ufeff" + lines.join("\n") + "\n"], { type: "text/csv;charset=utf-8" }));
  const a = el("a", { href: url, download: "pesmatch-" + ostatni.tender + ".csv" });
  document.body.append(a); a.click(); a.remove(); URL.revokeObjectURL(url);
});
