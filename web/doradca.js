// pesmatch web page, the OWES adviser's view: pick a member PES, see the open tenders that fit it
// (GET /v1/pes/{id}/suggest), filter them by distance and deadline, mark each fit or not fit
// (POST /v1/feedback), export the list; and the members with how many tenders fit each
// (GET /v1/members). Uses common.js.
"use strict";

let odpowiedz = null;    // the last suggest answer
const oceny = new Map(); // tender id → "fit" | "unfit", marked in this session

const dzisiaj = () => new Date().toISOString().slice(0, 10);
$("dzis").value = dzisiaj();

const czlonek = picker({
  input: $("pes-szukaj"), listbox: $("pes-lista"), chosen: $("pes-wybrany"), source: "/v1/pes", single: true,
  label: (o) => o.name, describe: (o) => say("{{adviser.member_describe}}", { form: o.legal_form_label, place: o.place, id: o.id }),
  onPick: () => pokaz(),
});

function widoczne() {
  const maxKm = parseFloat($("max-km").value), termin = $("termin-do").value;
  return odpowiedz.tenders.filter((t) => (!(maxKm > 0) || t.distance_km <= maxKm) && (!termin || !t.deadline || t.deadline <= termin));
}

function ocena(t) {
  const grupa = el("div", { class: "ocena", role: "group", "aria-label": say("{{adviser.rate}}", { title: t.title }) });
  for (const [verdict, text] of [["fit", "{{adviser.fit}}"], ["unfit", "{{adviser.unfit}}"]]) {
    const b = el("button", { type: "button", class: "ocena-" + verdict, "aria-pressed": String(oceny.get(t.id) === verdict), text });
    b.addEventListener("click", () => zapiszOcene(t, verdict, grupa));
    grupa.append(b);
  }
  return grupa;
}

async function zapiszOcene(t, verdict, grupa) {
  try {
    await post("/v1/feedback", { tender: t.id, pes: odpowiedz.pes, verdict });
    oceny.set(t.id, verdict);
    grupa.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b.classList.contains("ocena-" + verdict))));
    $("stan").textContent = say(verdict === "fit" ? "{{adviser.saved_fit}}" : "{{adviser.saved_unfit}}", { title: t.title });
  } catch (e) {
    $("stan").textContent = say("{{adviser.save_failed}}", { error: e.message });
  }
}

function propozycja(t, scale) {
  return el("li", { class: "wynik", "data-id": t.id },
    el("h3", { text: t.rank + ". " + t.title }),
    el("div", { class: "meta" },
       el("span", { text: say("{{adviser.deadline}}", { date: t.deadline || "—" }) }),
       el("span", { text: say("{{web.distance}}", { km: fmt(t.distance_km, 1) }) }),
       el("span", { text: say("{{web.score}}", { score: fmt(t.score, 3) }) }),
       ...t.flag_labels.map((f) => el("span", { class: "flaga", text: f })),
       el("span", { text: say("{{adviser.buyer}}", { buyer: (t.buyer && t.buyer.name) || "—" }) }),
       el("span", { text: say("{{web.identifier}}", { id: t.id }) })),
    el("p", { class: "powod", text: t.eligibility.reason_text }),
    factorBars(t, scale), ocena(t));
}

function rysuj() {
  const rows = widoczne();
  const scale = Math.max(1e-9, ...rows.flatMap((r) => r.factors.map((f) => f.contribution)));
  $("lista").replaceChildren(...rows.map((t) => propozycja(t, scale)));
  $("stan").textContent = say("{{adviser.found}}", { shown: rows.length, total: odpowiedz.tenders.length, name: odpowiedz.name });
  $("csv").hidden = $("drukuj").hidden = rows.length === 0;
  mapOfSeat(rows);
}

const centroidy = new Map();  // TERC code → its centroid, from the place picker's look-up
async function centroid(code) {
  if (!centroidy.has(code)) {
    const found = await (await fetch("/v1/teryt?limit=1&q=" + encodeURIComponent(code))).json();
    centroidy.set(code, found.length ? found[0].centroid : null);
  }
  return centroidy.get(code);
}

// The listed tenders (at their first place of performance) around the member's seat.
async function mapOfSeat(rows) {
  const member = czlonek.selected();
  if (!member || !member.location || !rows.length) { $("mapa").replaceChildren(); return; }
  const points = [];
  for (const t of rows) {
    const c = t.place_teryt.length ? await centroid(t.place_teryt[0]) : null;
    if (c) points.push({ lat: c.lat, lon: c.lon, id: t.id, n: t.rank, label: t.rank + ". " + t.title });
  }
  await drawMap($("mapa"), { centre: member.location, centreLabel: say("{{map.seat}}", { name: member.name }),
                             title: say("{{map.adviser_title}}", { name: member.name }), points });
}

async function pokaz() {
  $("blad").textContent = "";
  const member = czlonek.selected();
  if (!member) { $("blad").textContent = "{{adviser.need_member}}"; $("pes-szukaj").focus(); return; }
  $("stan").textContent = "{{web.searching}}";
  try {
    const res = await fetch("/v1/pes/" + encodeURIComponent(member.id) + "/suggest?top=50&today=" + encodeURIComponent($("dzis").value || dzisiaj()));
    if (!res.ok) throw new Error((await res.json()).error);
    odpowiedz = await res.json();
    rysuj();
  } catch (e) { $("stan").textContent = "{{web.search_failed}}"; $("blad").textContent = e.message; }
}

$("czlonek").addEventListener("submit", (ev) => { ev.preventDefault(); pokaz(); });
for (const id of ["max-km", "termin-do"]) $(id).addEventListener("input", () => { if (odpowiedz) rysuj(); });

$("czlonkowie-pokaz").addEventListener("click", async () => {
  $("czlonkowie").hidden = false;
  $("stan").textContent = "{{web.searching}}";
  const res = await fetch("/v1/members?today=" + encodeURIComponent($("dzis").value || dzisiaj()));
  const members = await res.json();
  $("czlonkowie-lista").replaceChildren(...members.map((m) => {
    const b = el("button", { type: "button", text: "{{adviser.members_choose}}", "aria-label": say("{{adviser.members_choose_named}}", { name: m.name }) });
    b.addEventListener("click", async () => {
      const found = await (await fetch("/v1/pes?limit=1&q=" + encodeURIComponent(m.pes))).json();
      czlonek.choose(found.length ? found[0] : { id: m.pes, name: m.name });
    });
    return el("tr", { "data-id": m.pes }, el("td", { text: m.name }), el("td", { class: "liczba", text: String(m.tenders) }), el("td", {}, b));
  }));
  $("stan").textContent = say("{{adviser.members_found}}", { count: members.length });
});

$("csv").addEventListener("click", () => {
  const head = ["pozycja", "id", "tytul", "wynik", "termin", "odleglosc_km", "art94", "art361", "zal_xiv", "zamawiajacy", "ocena"];
  downloadCsv("pesmatch-" + odpowiedz.pes + ".csv", [head].concat(widoczne().map((t) => [t.rank, t.id, t.title, t.score.toFixed(6),
    t.deadline, t.distance_km, t.flags.reserved_art94 ? "tak" : "nie", t.flags.reserved_art361 ? "tak" : "nie",
    t.flags.social_services_annex_xiv ? "tak" : "nie", t.buyer?.name, oceny.get(t.id) || ""])));
});
$("drukuj").addEventListener("click", () => window.print());
