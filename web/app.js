// pesmatch web page, the officer's view: the tender form with its two pickers, the ranked result
// and the exports. Uses common.js; talks to the /v1 API of the same server.
"use strict";

let ostatni = null;  // the last match answer, for the CSV export

const cpv = picker({
  input: $("cpv-szukaj"), listbox: $("cpv-lista"), chosen: $("cpv-wybrane"), source: "/v1/cpv",
  label: (o) => o.code + " " + o.label, describe: (o) => (o.annex_xiv ? "{{web.cpv_annex_xiv}}" : ""),
});
const miejsce = picker({
  input: $("miejsce-szukaj"), listbox: $("miejsce-lista"), chosen: $("miejsce-wybrane"), source: "/v1/teryt",
  label: (o) => o.description, describe: (o) => say("{{web.place_describe}}", { parents: o.parents, code: o.code }),
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
  if (!t.title) return ["{{web.need_title}}", "tytul"];
  if (!t.cpv.length) return ["{{web.need_cpv}}", "cpv-szukaj"];
  if (!t.place_teryt.length) return ["{{web.need_place}}", "miejsce-szukaj"];
  return null;
}

function showError(message, fieldId) {
  $("blad").textContent = message;
  if (fieldId) $(fieldId).focus();
}

function contact(c) {
  const p = el("p", { class: "kontakt" });
  const parts = [];
  if (c.email) parts.push(el("a", { href: "mailto:" + c.email, text: c.email }));
  if (c.phone) parts.push(el("a", { href: "tel:" + c.phone.replace(/\s/g, ""), text: c.phone }));
  if (c.www) parts.push(el("a", { href: /^https?:/.test(c.www) ? c.www : "https://" + c.www, text: c.www, rel: "noopener" }));
  if (c.address) parts.push(document.createTextNode(c.address));
  parts.forEach((x, i) => { if (i) p.append(" · "); p.append(x); });
  if (!parts.length) p.textContent = "{{web.no_contact}}";
  return p;
}

function render(answer) {
  ostatni = answer;
  const rows = answer.results;
  const scale = Math.max(1e-9, ...rows.flatMap((r) => r.factors.map((f) => f.contribution)));
  $("lista").replaceChildren(...rows.map((r) => el("li", { class: "wynik", "data-id": r.id },
    el("h3", { text: r.rank + ". " + r.name }),
    el("div", { class: "meta" },
       el("span", { text: say("{{web.score}}", { score: fmt(r.score, 3) }) }),
       el("span", { text: say("{{web.distance}}", { km: fmt(r.distance_km, 1) }) }),
       el("span", { class: r.eligibility.eligible ? "tak" : "nie",
                    text: (r.eligibility.eligible ? "{{web.may_bid}}" : "{{web.may_not_bid}}") }),
       el("span", { text: r.legal_form_label }),
       el("span", { text: say("{{web.identifier}}", { id: r.id }) })),
    el("p", { class: "powod", text: r.eligibility.reason_text }),
    factorBars(r, scale), contact(r.contact || {}))));
  $("stan").textContent = rows.length
    ? say("{{web.found}}", { count: rows.length, candidates: answer.candidates, best: rows[0].name })
    : "{{web.found_none}}";
  $("csv").hidden = rows.length === 0;
  mapOfPlace(rows);
}

// The ranked PES around the (first) place of performance, numbered by rank.
function mapOfPlace(rows) {
  const place = miejsce.selected();
  if (!place || !place.centroid || !rows.length) { $("mapa").replaceChildren(); return; }
  drawMap($("mapa"), {
    centre: place.centroid, centreLabel: place.description, title: say("{{map.officer_title}}", { place: place.description }),
    points: rows.filter((r) => r.location).map((r) => ({ lat: r.location.lat, lon: r.location.lon, id: r.id, n: r.rank, label: r.rank + ". " + r.name })),
  });
}

$("zamowienie").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  $("blad").textContent = "";
  const t = tender(), problem = check(t);
  if (problem) { showError(...problem); return; }
  $("stan").textContent = "{{web.searching}}";
  try {
    const res = await post("/v1/match?top=" + encodeURIComponent($("ile").value || "10"), t);
    render(await res.json());
  } catch (e) { $("stan").textContent = "{{web.search_failed}}"; showError(e.message); }
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

$("csv").addEventListener("click", () => {
  if (!ostatni) return;
  const head = ["pozycja", "id", "nazwa", "wynik", "odleglosc_km", "moze_zlozyc_oferte", "uzasadnienie", "email", "telefon", "www"];
  downloadCsv("pesmatch-" + ostatni.tender + ".csv", [head].concat(ostatni.results.map((r) => [r.rank, r.id, r.name, r.score.toFixed(6),
    r.distance_km, r.eligibility.eligible ? "tak" : "nie", r.eligibility.reason_text, r.contact?.email, r.contact?.phone, r.contact?.www])));
});
