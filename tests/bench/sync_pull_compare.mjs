// Fetches every lead of the benchmark in 1,000-row keyset pages by (updated_at, id), twice:
// with curl (one process per page, as a shell script would) and with @supabase/postgrest-js
// (fetch only, rows kept in memory). Prints rows, seconds and rows/s for each.
// Usage: node sync_pull_compare.mjs REST_URL TOKEN
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

// The package is installed (pinned) under the cache folder the script names.
const require = createRequire(process.env.POSTGREST_JS_PREFIX + "/package.json");
const { PostgrestClient } = require("@supabase/postgrest-js");

const [restUrl, token] = process.argv.slice(2);
const pageSize = 1000;

function keysetFilter(last) {
  // The same filter as the console's: an indexable lower bound plus the tie-break.
  return last
    ? `updated_at=gte.${last.updated_at}&or=(updated_at.gt."${last.updated_at}",and(updated_at.eq."${last.updated_at}",id.gt."${last.id}"))`
    : "";
}

function curlAll() {
  let rows = 0;
  let last = null;
  const started = process.hrtime.bigint();
  for (;;) {
    const filter = keysetFilter(last);
    const url = `${restUrl}/leads?select=*&order=updated_at.asc,id.asc&limit=${pageSize}` +
      (filter ? "&" + encodeURI(filter).replaceAll("+", "%2B") : "");
    const body = execFileSync("curl", ["-sS", "--fail", "-H", `Authorization: Bearer ${token}`, url], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const page = JSON.parse(body);
    rows += page.length;
    if (page.length < pageSize) break;
    last = page[page.length - 1];
  }
  return { rows, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function postgrestJsAll() {
  const client = new PostgrestClient(restUrl, { headers: { Authorization: `Bearer ${token}` } });
  let rows = 0;
  let last = null;
  const kept = [];
  const started = process.hrtime.bigint();
  for (;;) {
    let q = client.from("leads").select("*").order("updated_at", { ascending: true }).order("id", { ascending: true }).limit(pageSize);
    if (last)
      q = q.gte("updated_at", last.updated_at)
        .or(`updated_at.gt."${last.updated_at}",and(updated_at.eq."${last.updated_at}",id.gt."${last.id}")`);
    const { data, error } = await q;
    if (error) throw new Error(JSON.stringify(error));
    rows += data.length;
    kept.push(data);
    if (data.length < pageSize) break;
    last = data[data.length - 1];
  }
  return { rows, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

const c = curlAll();
console.log(`curl (fetch only):         rows=${c.rows} seconds=${c.seconds.toFixed(3)} rows_per_s=${Math.round(c.rows / c.seconds)}`);
const p = await postgrestJsAll();
console.log(`postgrest-js (fetch only): rows=${p.rows} seconds=${p.seconds.toFixed(3)} rows_per_s=${Math.round(p.rows / p.seconds)}`);
