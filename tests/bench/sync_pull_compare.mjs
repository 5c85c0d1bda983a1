// Fetches every lead of the benchmark in 1,000-row keyset pages by (updated_at, id), twice:
// with curl (one process per request, as a shell script would) and with @supabase/postgrest-js
// (fetch only, rows kept in memory). Prints rows, seconds and rows/s for each.
// Each page is asked the way the console asks it: two index range scans, the rest of the rows at
// the last updated_at (id > last id) and the rows after it; postgrest-js sends both at once.
// Usage: node sync_pull_compare.mjs REST_URL TOKEN [--postgrest-js-only]
// With SAVE_PAGES_DIR set, the curl pass also saves each non-empty page body there.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

// The package is installed (pinned) under the cache folder the script names.
const require = createRequire(process.env.POSTGREST_JS_PREFIX + "/package.json");
const { PostgrestClient } = require("@supabase/postgrest-js");

const [restUrl, token] = process.argv.slice(2);
const pageSize = 1000;

function tiesFilter(last) {
  return `updated_at=eq.${last.updated_at}&id=gt.${last.id}&order=id.asc`;
}
function afterFilter(last) {
  return (last ? `updated_at=gt.${last.updated_at}&` : "") + "order=updated_at.asc,id.asc";
}

let saved = 0;

function curlAll() {
  const get = (filter) => {
    const url = `${restUrl}/leads?select=*&limit=${pageSize}&` + encodeURI(filter).replaceAll("+", "%2B");
    const body = execFileSync("curl", ["-sS", "--fail", "-H", `Authorization: Bearer ${token}`, url], {
      maxBuffer: 64 * 1024 * 1024,
    });
    // The pages as the server sent them, for bench_sync_store (the writer alone).
    if (process.env.SAVE_PAGES_DIR && body.length > 2)
      writeFileSync(`${process.env.SAVE_PAGES_DIR}/page-${String(saved++).padStart(5, "0")}.json`, body);
    return JSON.parse(body);
  };
  let rows = 0;
  let last = null;
  const started = process.hrtime.bigint();
  for (;;) {
    let page = last ? get(tiesFilter(last)) : [];
    let more = page.length === pageSize;
    if (!more) {
      const after = get(afterFilter(last));
      page = page.concat(after);
      more = after.length === pageSize;
    }
    rows += page.length;
    if (!more) break;
    last = page[page.length - 1];
  }
  return { rows, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function postgrestJsAll() {
  const client = new PostgrestClient(restUrl, { headers: { Authorization: `Bearer ${token}` } });
  const leads = () => client.from("leads").select("*").limit(pageSize);
  const check = ({ data, error }) => {
    if (error) throw new Error(JSON.stringify(error));
    return data;
  };
  let rows = 0;
  let last = null;
  const kept = [];
  const started = process.hrtime.bigint();
  for (;;) {
    const tiesQuery = last
      ? leads().eq("updated_at", last.updated_at).gt("id", last.id).order("id", { ascending: true })
      : null;
    let afterQuery = leads();
    if (last) afterQuery = afterQuery.gt("updated_at", last.updated_at);
    afterQuery = afterQuery.order("updated_at", { ascending: true }).order("id", { ascending: true });
    const [ties, after] = await Promise.all([tiesQuery ? tiesQuery.then(check) : [], afterQuery.then(check)]);
    const tieRunGoesOn = ties.length === pageSize;
    const page = tieRunGoesOn ? ties : ties.concat(after);
    rows += page.length;
    kept.push(page);
    if (!tieRunGoesOn && after.length < pageSize) break;
    last = page[page.length - 1];
  }
  return { rows, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

if (process.argv[4] !== "--postgrest-js-only") {
  const c = curlAll();
  console.log(`curl (fetch only):         rows=${c.rows} seconds=${c.seconds.toFixed(3)} rows_per_s=${Math.round(c.rows / c.seconds)}`);
}
const p = await postgrestJsAll();
console.log(`postgrest-js (fetch only): rows=${p.rows} seconds=${p.seconds.toFixed(3)} rows_per_s=${Math.round(p.rows / p.seconds)}`);
