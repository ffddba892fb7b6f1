// What the browser tests share: Debian's Chromium driven by playwright-core (exit 77 = skip where
// it is missing), a scratch directory, the pesmatch CLI, an index of data/examples and a server
// on a free port. Each test is `runTest(title, async ({ run, db, base, context, outDir }) => …)`.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SKIP = 77;

export async function runTest(title, body) {
  const [bin, repo, outDir] = process.argv.slice(2);
  const chromiumPath = process.env.PESMATCH_CHROMIUM || "/usr/bin/chromium";
  let chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch (e) {
    console.error("e2e: playwright-core is not installed; run `npm ci` in tests/e2e (tools/setup.sh does it)");
    process.exit(1);
  }
  if (spawnSync(chromiumPath, ["--version"]).status !== 0) {
    console.error(`e2e: SKIP: no Chromium at ${chromiumPath} (apt-get install chromium)`);
    process.exit(SKIP);
  }
  const work = mkdtempSync(join(tmpdir(), "pesmatch-e2e-"));
  const run = (args) => {
    const r = spawnSync(bin, args, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`pesmatch ${args.join(" ")} failed: ${r.stderr}`);
    return r.stdout;
  };
  let server, browser, failed = false;
  try {
    const db = join(work, "db");
    run(["index", "--pes", join(repo, "data/examples/pes.jsonl"), "--tenders", join(repo, "data/examples/tenders.jsonl"), "--db", db]);
    server = spawn(bin, ["serve", "--db", db, "--port", "0", "--threads", "2"], { stdio: ["ignore", "ignore", "pipe"] });
    const base = await new Promise((resolve, reject) => {
      let err = "";
      const timer = setTimeout(() => reject(new Error("server did not start: " + err)), 30000);
      server.stderr.on("data", (d) => {
        err += d;
        const m = err.match(/listening on (http:\/\/[^ ]+\/)/);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      });
      server.on("exit", (code) => reject(new Error(`server exited with ${code}: ${err}`)));
    });
    // A fresh profile directory per run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(join(work, "profile"), {
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 900 }, locale: "pl-PL", acceptDownloads: true,
    });
    await body({ run, work, db, base, context: browser, outDir, repo });
    console.log(`e2e: ${title}: 1 passed, 0 failed`);
  } catch (e) {
    failed = true;
    console.error(`e2e: ${title}: FAILED:`, e);
    console.log("0 passed, 1 failed");
  } finally {
    if (browser) await browser.close();
    if (server) server.kill("SIGTERM");
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

// Errors the page logs, to be asserted empty at the end.
export function watchErrors(page) {
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}
