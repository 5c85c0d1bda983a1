// Fetches every lead of the benchmark in 1,000-row keyset pages with curl (one process per request,
// as a shell script would) and with @supabase/postgrest-js (fetch only, rows kept in memory), and
// prints rows, seconds and rows/s for each.
// Two ways to page (--order):
//   updated_at  (default) by (updated_at, id), each page asked as two index range scans sent
//               together: the rest of the rows at the last updated_at (id > last id) and the rows
//               after it, as the console asks for changes inside a run of rows sharing one time;
//   created_at  by (created_at, id) with one request per page, "created_at >= C and
//               (created_at > C or id > I)", the two-scan form only after a page that ended in 32 or
//               more rows sharing C: exactly how the console's first pull (its snapshot) asks;
//   id          by primary key, "id > I" one request a page: the simplest client's paging, the
//               anchor issue 21 compares the console's first sync with.
// Usage: node sync_pull_compare.mjs REST_URL TOKEN [--postgrest-js-only] [--order updated_at|created_at|id]
// With SAVE_PAGES_DIR set, the curl pass also saves each non-empty page body there.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

// The package is installed (pinned) under the cache folder the script names.
const require = createRequire(process.env.POSTGREST_JS_PREFIX + "/package.json");
const { PostgrestClient } = require("@supabase/postgrest-js");

const args = process.argv.slice(2);
const [restUrl, token] = args;
const postgrestJsOnly = args.includes("--postgrest-js-only");
const key = args.includes("--order") ? args[args.indexOf("--order") + 1] : "updated_at";
if (!["updated_at", "created_at", "id"].includes(key))
  throw new Error(`--order ${key}: expected updated_at, created_at or id`);
const pageSize = 1000;
const tieRunRows = 32; // SyncEngine::kTieRunRows

// The next page after `last` (null: the first), as a list of requests sent together, each a
// filter/order: {eq, gt, gte, or, order} over `key` and id. Returns how to combine their rows.
function nextRequests(last) {
  if (key === "id") return { ties: null, after: last ? { gt: ["id", last.id], order: ["id"] } : { order: ["id"] } };
  if (!last) return { ties: null, after: { order: [key, "id"] } };
  if (key === "updated_at" || last.tailTies >= tieRunRows)
    return {
      ties: { eq: [key, last[key]], gt: ["id", last.id], order: ["id"] },
      after: { gt: [key, last[key]], order: [key, "id"] },
    };
  return { ties: null, after: { gte: [key, last[key]], or: `(${key}.gt."${last[key]}",id.gt.${last.id})`, order: [key, "id"] } };
}

function queryString(r) {
  const parts = [];
  if (r.eq) parts.push(`${r.eq[0]}=eq.${r.eq[1]}`);
  if (r.gt) parts.push(`${r.gt[0]}=gt.${r.gt[1]}`);
  if (r.gte) parts.push(`${r.gte[0]}=gte.${r.gte[1]}`);
  if (r.or) parts.push(`or=${r.or}`);
  parts.push("order=" + r.order.map((c) => `${c}.asc`).join(","));
  return parts.join("&");
}

function postgrestJsQuery(client, r) {
  let q = client.from("leads").select("*").limit(pageSize);
  if (r.eq) q = q.eq(r.eq[0], r.eq[1]);
  if (r.gt) q = q.gt(r.gt[0], r.gt[1]);
  if (r.gte) q = q.gte(r.gte[0], r.gte[1]);
  if (r.or) q = q.or(r.or.slice(1, -1));
  for (const c of r.order) q = q.order(c, { ascending: true });
  return q;
}

// Where a page ends: its last row, with how many rows at its end share its key.
function endOf(page) {
  const last = { ...page[page.length - 1], tailTies: 0 };
  for (let i = page.length - 1; i >= 0 && page[i][key] === last[key]; --i) ++last.tailTies;
  return last;
}

// Walks every page with `fetch(request) -> Promise<rows>`. `together`: the requests of a page are
// sent at once (postgrest-js); otherwise the rows after a full page of ties are not asked (curl).
async function walk(fetch, together) {
  let rows = 0;
  let last = null;
  const kept = [];
  const started = process.hrtime.bigint();
  for (;;) {
    const { ties, after } = nextRequests(last);
    let tieRows;
    let afterRows = [];
    if (together) {
      [tieRows, afterRows] = await Promise.all([ties ? fetch(ties) : [], fetch(after)]);
    } else {
      tieRows = ties ? await fetch(ties) : [];
      if (tieRows.length < pageSize) afterRows = await fetch(after);
    }
    const tieRunGoesOn = tieRows.length === pageSize;
    const page = tieRunGoesOn ? tieRows : tieRows.concat(afterRows);
    rows += page.length;
    kept.push(page);
    if (!tieRunGoesOn && afterRows.length < pageSize) break;
    last = tieRunGoesOn ? { ...last, id: page[page.length - 1].id } : endOf(afterRows);
  }
  return { rows, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

let saved = 0;
function curlGet(r) {
  const url = `${restUrl}/leads?select=*&limit=${pageSize}&` + encodeURI(queryString(r)).replaceAll("+", "%2B");
  const body = execFileSync("curl", ["-sS", "--fail", "-H", `Authorization: Bearer ${token}`, url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  // The pages as the server sent them, for bench_sync_store (the writer alone).
  if (process.env.SAVE_PAGES_DIR && body.length > 2)
    writeFileSync(`${process.env.SAVE_PAGES_DIR}/page-${String(saved++).padStart(5, "0")}.json`, body);
  return JSON.parse(body);
}

const client = new PostgrestClient(restUrl, { headers: { Authorization: `Bearer ${token}` } });
async function postgrestJsGet(r) {
  const { data, error } = await postgrestJsQuery(client, r);
  if (error) throw new Error(JSON.stringify(error));
  return data;
}

if (!postgrestJsOnly) {
  const c = await walk(async (r) => curlGet(r), false);
  console.log(`curl (fetch only):         rows=${c.rows} seconds=${c.seconds.toFixed(3)} rows_per_s=${Math.round(c.rows / c.seconds)}`);
}
const p = await walk(postgrestJsGet, true);
console.log(`postgrest-js (fetch only): rows=${p.rows} seconds=${p.seconds.toFixed(3)} rows_per_s=${Math.round(p.rows / p.seconds)}`);
