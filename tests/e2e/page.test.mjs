// End-to-end test of the web page as an officer would use it: headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core), keyboard only — fill the tender form, pick a CPV
// code and a place through the autocompletes, reserve under art. 94, submit — then check the
// ranked rows against `pesmatch match` for the same tender, the CSV export, a narrow screen and
// the printable market survey. Screenshots go to OUT_DIR.
//   node page.test.mjs PESMATCH_BINARY REPO_DIR OUT_DIR
import { writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import assert from "node:assert/strict";
import { runTest, watchErrors } from "./harness.mjs";

// The tender the test types in, and what the CLI ranks for it.
const tender = {
  id: "E2E-1",
  title: "Dostarczanie posiłków dla uczniów szkół podstawowych w Niepołomicach",
  description: "Przygotowanie i dowóz gorących posiłków do stołówek szkolnych, wydawanie posiłków i zmywanie naczyń.",
  cpv: ["55524000-9"],
  place_teryt: ["1219043"],
  reserved: "art94",
};

await runTest("officer's page", async ({ run, work, db, base, context, outDir }) => {
  writeFileSync(join(work, "tender.json"), JSON.stringify(tender));
  const expected = JSON.parse(run(["match", "--db", db, "--tender", join(work, "tender.json"), "--top", "10", "--format", "json"]));
  assert.ok(expected.results.length > 0, "the CLI ranks something for the tender");
  const page = await context.newPage();
  const consoleErrors = watchErrors(page);
  await page.goto(base);
  assert.equal(await page.getAttribute("html", "lang"), "pl");

  // Keyboard only, in focus order: skip link, the views, title, description, CPV, place, reservation, count, submit.
  const focused = () => page.evaluate(() => document.activeElement.id || document.activeElement.className);
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "skip");
  for (const view of ["/", "/doradca.html"]) {  // the two views' links
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), view);
  }
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "tytul");
  await page.keyboard.type(tender.title);
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "opis");
  await page.keyboard.type(tender.description);
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "cpv-szukaj");
  await page.keyboard.type("dostarczanie posiłków");
  await page.waitForSelector("#cpv-lista [role=option]");
  assert.match(await page.textContent("#cpv-lista [aria-selected=true]"), /^55520000-1 /);
  await page.keyboard.press("ArrowDown");  // the second offer: "…do szkół"
  assert.match(await page.textContent("#cpv-lista [aria-selected=true]"), /^55524000-9 Usługi dostarczania posiłków do szkół/);
  await page.keyboard.press("Enter");
  assert.match(await page.textContent("#cpv-wybrane"), /główny: 55524000-9/);
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "miejsce-szukaj");
  await page.keyboard.type("Niepołomice");
  await page.waitForSelector("#miejsce-lista [role=option]");
  assert.match(await page.textContent("#miejsce-lista [aria-selected=true]"), /Niepołomice \(gmina miejsko-wiejska\)/);
  await page.keyboard.press("Enter");
  assert.match(await page.textContent("#miejsce-wybrane"), /Niepołomice/);
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "zastrzezone");
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "art94");
  assert.equal(await page.isChecked("#art94"), true);
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "ile");
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "szukaj");
  await page.keyboard.press("Enter");

  await page.waitForFunction(() => document.getElementById("stan").textContent.startsWith("Znaleziono"));
  const ids = await page.$$eval("#lista li.wynik", (rows) => rows.map((r) => r.dataset.id));
  assert.deepEqual(ids, expected.results.map((r) => r.id), "the page lists the CLI's ranking");
  const first = expected.results[0];
  const firstRow = await page.textContent("#lista li.wynik");
  assert.ok(firstRow.includes(first.name), "first row names the PES");
  assert.ok(firstRow.includes(first.distance_km.toLocaleString("pl-PL", { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + " km"));
  assert.ok(firstRow.includes("Może złożyć ofertę"));
  assert.ok(await page.$$eval("#lista li.wynik:first-child .pasek span", (b) => b.length) > 0, "factor bars are drawn");
  assert.equal(await page.getAttribute("#stan", "aria-live"), "polite");

  // The map around the place of performance marks the ranked PES, numbered by rank, within the survey's circles.
  await page.waitForSelector("#mapa svg g.punkt");
  assert.deepEqual(await page.$$eval("#mapa svg g.punkt", (g) => g.map((x) => x.getAttribute("data-id")).reverse()), ids, "the map marks the ranked PES");
  assert.equal(await page.textContent("#mapa svg g.punkt:last-of-type text"), "1");  // the best on top
  assert.equal(await page.$$eval("#mapa svg circle.zasieg", (c) => c.length), 3);
  assert.ok(await page.$$eval("#mapa svg .powiaty path", (p) => p.length) > 300, "the powiaty are drawn");
  await page.screenshot({ path: join(outDir, "e2e_page.png"), fullPage: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(outDir, "web_officer.png") });  // the first screen, for docs/img

  // CSV export: the same rows, in order.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#csv")]);
  const csv = readFileSync(await download.path(), "utf8").replace(/^\ufeff/, "").trim().split("\n");
  assert.equal(csv[0], "pozycja,id,nazwa,wynik,odleglosc_km,moze_zlozyc_oferte,uzasadnienie,email,telefon,www");
  assert.equal(csv.length, expected.results.length + 1);
  assert.ok(csv[1].startsWith(`1,${first.id},`));

  // The printable market survey opens in a new window.
  const [report] = await Promise.all([context.waitForEvent("page"), page.click("#raport")]);
  await report.waitForFunction(() => document.title.startsWith("Rozeznanie rynku"), null, { timeout: 30000 });
  assert.ok((await report.textContent("body")).includes(tender.title));
  await report.screenshot({ path: join(outDir, "e2e_market.png"), fullPage: true });
  await report.close();

  // A phone-sized screen: one column, nothing wider than the screen.
  await page.setViewportSize({ width: 375, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), "no horizontal scrolling at 375 px");
  await page.screenshot({ path: join(outDir, "e2e_page_narrow.png"), fullPage: true });

  // A server error reaches the person: an unknown place code typed by hand is refused with the API's message.
  assert.deepEqual(consoleErrors, []);
  console.log(`e2e: page ranked ${ids.length} PES (first ${ids[0]}) like the CLI; screenshots in ${outDir}`);
});
