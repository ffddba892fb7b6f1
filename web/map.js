// Maps drawn as inline SVG from the reference boundaries (GET /v1/map/powiaty and
// /v1/map/wojewodztwa), with no tile server, so they work offline: a place with what lies around
// it and the market survey's reach circles. Uses common.js.
"use strict";

const KM_PER_DEGREE = 111.32;
const SVG_NS = "http://www.w3.org/2000/svg";
let granice = null;  // the boundaries, fetched once

function svg(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

async function mapBoundaries() {
  if (!granice) {
    const [powiaty, wojewodztwa] = await Promise.all(["powiaty", "wojewodztwa"].map((l) => fetch("/v1/map/" + l).then((r) => r.json())));
    granice = { powiaty, wojewodztwa };
  }
  return granice;
}

// Kilometres east and south of `centre`: an equirectangular projection, true to a few per cent
// over the 150 km a map shows, and the unit of the reach circles.
function project(centre, lon, lat) {
  return [(lon - centre.lon) * KM_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180), (centre.lat - lat) * KM_PER_DEGREE];
}

function pathOf(centre, geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let d = "";
  for (const rings of polygons) {
    for (const ring of rings) {
      ring.forEach(([lon, lat], i) => { const [x, y] = project(centre, lon, lat); d += (i ? "L" : "M") + x.toFixed(1) + " " + y.toFixed(1); });
      d += "Z";
    }
  }
  return d;
}

function layer(name, features, centre) {
  return svg("g", { class: name }, ...features.map((f) => svg("path", { d: pathOf(centre, f.geometry) }, svg("title", {}, f.properties.nazwa))));
}

// Draws into `container` a map around `centre`: powiaty and województwa, the reach circles, the
// centre named `centreLabel`, and the `points` ({lat, lon, id, n, label}), each marked with its
// number `n` (its rank in the list beside the map). The map reaches the farthest point (at least
// 75 km, at most 350 km); points are drawn from the last to the first, so that where several lie
// on one spot (PES of one town) the best ranked is on top.
async function drawMap(container, { centre, centreLabel, points, title, rings = [10, 30, 60] }) {
  const { powiaty, wojewodztwa } = await mapBoundaries();
  const placed = points.map((p) => ({ ...p, xy: project(centre, p.lon, p.lat) }));
  const farthest = Math.max(0, ...placed.map((p) => Math.hypot(p.xy[0], p.xy[1])));
  const radius = Math.min(350, Math.max(75, farthest * 1.1 + 5));
  const u = radius / 75;  // marks and labels keep their size on screen
  const titleId = container.id + "-tytul";
  const map = svg("svg", { viewBox: `${-radius} ${-radius} ${2 * radius} ${2 * radius}`, role: "img", "aria-labelledby": titleId, class: "mapa" },
    svg("title", { id: titleId }, title), layer("powiaty", powiaty.features, centre), layer("wojewodztwa", wojewodztwa.features, centre));
  for (const km of rings) {
    map.append(svg("circle", { class: "zasieg", cx: 0, cy: 0, r: km }));
    // A circle too small on this map to hold its label goes without (its larger ones say the scale).
    if (km >= 0.12 * radius) {
      map.append(svg("text", { class: "zasieg-opis", x: 0, y: -km - u, "text-anchor": "middle", "font-size": 3.5 * u }, say("{{map.ring}}", { km })));
    }
  }
  map.append(svg("g", { class: "srodek" }, svg("title", {}, centreLabel), svg("rect", { x: -2.5 * u, y: -2.5 * u, width: 5 * u, height: 5 * u })));
  for (const p of [...placed].reverse()) {
    map.append(svg("g", { class: "punkt", "data-id": p.id, transform: `translate(${p.xy[0].toFixed(1)} ${p.xy[1].toFixed(1)})` },
      svg("title", {}, p.label), svg("circle", { r: 3 * u }),
      svg("text", { y: 1.2 * u, "text-anchor": "middle", "font-size": 3.2 * u }, String(p.n))));
  }
  container.replaceChildren(map);
}
