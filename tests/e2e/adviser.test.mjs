// End-to-end test of the OWES adviser's view in headless Chromium, by keyboard but for the date:
// pick a member through the autocomplete (typing part of its name), check the listed tenders
// against `pesmatch suggest` for the same member and date, narrow them by distance, mark the
// first as fitting (POST /v1/feedback), export the list as CSV, open the members' list, and look
// at a 375 px screen. Screenshots go to OUT_DIR.
//   node adviser.test.mjs PESMATCH_BINARY REPO_DIR OUT_DIR
import { readFileSync } from "node:fs";
import { join } from "node:path";
import assert from "node:assert/strict";
import { runTest, watchErrors } from "./harness.mjs";

const today = "2026-01-15";
const member = { id: "PES0001", typed: "pod lipa" };  // Spółdzielnia Socjalna „Pod Lipami”

await runTest("adviser's page", async ({ run, db, base, context, outDir }) => {
  const expected = JSON.parse(run(["suggest", "--db", db, "--pes-id", member.id, "--today", today, "--top", "50", "--format", "json"]));
  assert.ok(expected.tenders.length >= 2, "the CLI suggests tenders for the member");
  const page = await context.newPage();
  const consoleErrors = watchErrors(page);
  await page.goto(base + "doradca.html");
  assert.equal(await page.getAttribute("html", "lang"), "pl");
  const focused = () => page.evaluate(() => document.activeElement.id || document.activeElement.className);
  const tabTo = async (test, most = 30) => {
    for (let i = 0; i < most; ++i) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(test)) return;
    }
    throw new Error("focus never reached " + test);
  };

  // The date first (the member's tenders load on picking), then back to the picker.
  await tabTo(() => document.activeElement.id === "dzis");
  // A date field's segments follow the browser's locale, so the test sets its value directly.
  await page.fill("#dzis", today);
  await page.keyboard.press("Shift+Tab");
  for (let i = 0; i < 3 && (await focused()) !== "pes-szukaj"; ++i) await page.keyboard.press("Shift+Tab");
  assert.equal(await focused(), "pes-szukaj");
  await page.keyboard.type(member.typed);
  await page.waitForSelector("#pes-lista [role=option]");
  assert.match(await page.textContent("#pes-lista [aria-selected=true]"), /Pod Lipami/);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.getElementById("stan").textContent.startsWith("Pokazano"));

  // The same ranking as `suggest`, with deadlines and the reservation flags.
  const ids = await page.$$eval("#lista li.wynik", (rows) => rows.map((r) => r.dataset.id));
  assert.deepEqual(ids, expected.tenders.map((t) => t.id), "the page lists the CLI's suggestions");
  const firstRow = await page.textContent("#lista li.wynik");
  assert.ok(firstRow.includes(expected.tenders[0].title));
  assert.ok(firstRow.includes("Termin składania ofert: " + expected.tenders[0].deadline));
  const flagged = expected.tenders.findIndex((t) => t.flag_labels.length > 0);
  if (flagged >= 0) assert.ok((await page.$$eval(`#lista li.wynik:nth-child(${flagged + 1}) .flaga`, (f) => f.length)) > 0, "flags shown");
  assert.equal(await page.getAttribute("#stan", "aria-live"), "polite");
  await page.waitForFunction((n) => document.querySelectorAll("#mapa svg g.punkt").length === n, ids.length);
  assert.deepEqual(await page.$$eval("#mapa svg g.punkt", (g) => g.map((x) => x.getAttribute("data-id")).reverse()), ids, "the map marks the tenders");
  await page.screenshot({ path: join(outDir, "e2e_adviser.png"), fullPage: true });
  await page.screenshot({ path: join(outDir, "web_adviser.png") });  // the first screen, for docs/img

  // Mark the first suggestion as fitting, by keyboard.
  await tabTo(() => document.activeElement.classList.contains("ocena-fit"), 60);
  assert.equal(await page.evaluate(() => document.activeElement.closest("li.wynik").dataset.id), ids[0]);
  const [answer] = await Promise.all([page.waitForResponse((r) => r.url().endsWith("/v1/feedback")), page.keyboard.press("Enter")]);
  assert.equal(answer.status(), 200, await answer.text());
  await page.waitForFunction(() => document.getElementById("stan").textContent.startsWith("Zapisano ocenę"));
  assert.equal(await page.getAttribute("#lista li.wynik:first-child .ocena-fit", "aria-pressed"), "true");
  // Stored in the index's feedback log, DIR/feedback.jsonl.
  const log = readFileSync(join(db, "feedback.jsonl"), "utf8").trim().split("\n");
  const last = JSON.parse(log[log.length - 1]);
  assert.deepEqual([last.tender, last.pes, last.verdict], [ids[0], member.id, "fit"]);

  // CSV of the list as shown.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#csv")]);
  const csv = readFileSync(await download.path(), "utf8").replace(/^\ufeff/, "").trim().split("\n");
  assert.equal(csv[0], "pozycja,id,tytul,wynik,termin,odleglosc_km,art94,art361,zal_xiv,zamawiajacy,ocena");
  assert.equal(csv.length, ids.length + 1);

  // Narrowed by distance: only the tenders within it, ranks kept.
  const near = expected.tenders.filter((t) => t.distance_km <= 30).map((t) => t.id);
  await page.fill("#max-km", "30");
  await page.waitForFunction((n) => document.querySelectorAll("#lista li.wynik").length === n, near.length);
  assert.deepEqual(await page.$$eval("#lista li.wynik", (rows) => rows.map((r) => r.dataset.id)), near);
  await page.fill("#max-km", "");

  // The members with how many tenders fit each: the member's count is what `suggest --top 20` lists.
  await page.click("#czlonkowie-pokaz");
  await page.waitForSelector(`#czlonkowie-lista tr[data-id=${member.id}]`);
  const top20 = JSON.parse(run(["suggest", "--db", db, "--pes-id", member.id, "--today", today, "--top", "20", "--format", "json"]));
  assert.equal(await page.textContent(`#czlonkowie-lista tr[data-id=${member.id}] td.liczba`), String(top20.tenders.length));

  await page.setViewportSize({ width: 375, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), "no horizontal scrolling at 375 px");
  await page.screenshot({ path: join(outDir, "e2e_adviser_narrow.png"), fullPage: true });
  assert.deepEqual(consoleErrors.filter((e) => !e.includes("404")), []);
  console.log(`e2e: adviser's page listed ${ids.length} tenders for ${member.id} like the CLI; screenshots in ${outDir}`);
});
