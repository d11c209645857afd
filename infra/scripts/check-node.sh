#!/usr/bin/env sh
# The modules that run npm (infra/api-contract, web) build with the machine's Node.js and npm (the build never
# downloads Node itself): say clearly what is missing. Usage: sh check-node.sh <module name>
set -eu
module="${1:-this module}"
fail() {
  echo "$module needs Node.js 20.19 or newer and npm on the PATH ($1). Install them (Debian/Ubuntu:" >&2
  echo "apt-get install nodejs npm, or https://nodejs.org), then build again; README.md lists the prerequisites." >&2
  exit 1
}
command -v node >/dev/null 2>&1 || fail "node is not found"
command -v npm >/dev/null 2>&1 || fail "npm is not found"
node -e 'const [major, minor] = process.versions.node.split(".").map(Number);
process.exit(major > 20 || major === 20 && minor >= 19 ? 0 : 1)' || fail "node $(node --version) is too old"
echo "Using Node.js $(node --version) and npm $(npm --version)"
