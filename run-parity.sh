#!/usr/bin/env bash
# Sets up what the parity run needs and writes reports/parity.html (+ parity.json, junit.xml, coverage/).
#   ./run-parity.sh [--codex DIR | --codex-git GIT_DIR] [any `lapce-parity run` option…]
# The Codex tree (Kilo Code 4.88.0) comes from --codex DIR, $CODEX_ROOT, or ~/.cache/lapce-parity/codex;
# --codex-git GIT_DIR exports it there from a clone or mirror of the Kilo Code history.
# Without a tree the TypeScript target shows as "not run" and the C# port is checked against the recordings.
set -euo pipefail
cd "$(dirname "$0")"
repo=$(pwd)

codex="${CODEX_ROOT:-}"
codex_git=""
pass=()
while [ $# -gt 0 ]; do
  case "$1" in
    --codex) codex="$2"; shift 2 ;;
    --codex-git) codex_git="$2"; shift 2 ;;
    *) pass+=("$1"); shift ;;
  esac
done
default_codex="$HOME/.cache/lapce-parity/codex"
pin_commit=3513c60ffa2d06403760c1c6b9fc8defa1ba7bf9

if [ -n "$codex_git" ]; then
  codex="${codex:-$default_codex}"
  if [ ! -f "$codex/.codex-commit" ] || [ "$(cat "$codex/.codex-commit")" != "$pin_commit" ]; then
    echo "==> exporting Codex $pin_commit from $codex_git to $codex"
    git --git-dir="$codex_git" cat-file -e "$pin_commit^{commit}" 2>/dev/null \
      || { echo "run-parity: $codex_git does not hold commit $pin_commit (Kilo Code 4.88.0)" >&2; exit 2; }
    rm -rf "$codex" && mkdir -p "$codex"
    git --git-dir="$codex_git" archive "$pin_commit" -- src packages package.json pnpm-lock.yaml pnpm-workspace.yaml \
      tsconfig.json LICENSE NOTICE | tar -x -C "$codex"
    echo "$pin_commit" > "$codex/.codex-commit"
  fi
fi
if [ -z "$codex" ] && [ -d "$default_codex/src" ]; then codex="$default_codex"; fi

need() { command -v "$1" >/dev/null 2>&1; }
missing=()
need node || missing+=(nodejs)
need npm || missing+=(npm)
need git || missing+=(git)
need rg || missing+=(ripgrep)
need gcc || missing+=(gcc)   # the native tree-sitter library (tools/tree-sitter)
need g++ || missing+=(g++)
need make || missing+=(make)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && need apt-get; then
    echo "==> installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "run-parity: missing ${missing[*]}; install them (Debian: apt-get install ${missing[*]})" >&2
    exit 2
  fi
fi
need dotnet || { echo "run-parity: the .NET SDK (dotnet) is not installed" >&2; exit 2; }

# The C# port parses with native tree-sitter: the runtime and grammars pinned in tools/tree-sitter/grammars.json,
# fetched with npm pack and compiled once into tools/tree-sitter/out (fast when up to date).
echo "==> native tree-sitter (tools/tree-sitter)"
node tools/tree-sitter/build.mjs --quiet

echo "==> dotnet restore and build"
dotnet tool restore >/dev/null
dotnet build LapceParity.sln -c Release -nologo -v q

# The host's packages also hold data the C# port reads (the o200k token ranks of the tiktoken package).
echo "==> npm ci (tools/ts-host)"
npm ci --prefix tools/ts-host --no-audit --no-fund --loglevel=error
if [ -n "$codex" ]; then
  echo "==> TypeScript target: Codex at $codex"
  export CODEX_ROOT="$codex"
fi

echo "==> coverage of the C# port (the scenario tests)"
rm -rf reports/coverage reports/.coverage-raw
tools/with-file-modes.sh dotnet test tests/LapceParity.Tests -c Release --no-build -nologo --filter "FullyQualifiedName~LapceParity.Tests.Parity" \
  --collect "XPlat Code Coverage" --results-directory reports/.coverage-raw \
  -- DataCollectionRunSettings.DataCollectors.DataCollector.Configuration.Include="[Lapce.Tools]*" >/dev/null || true
if ls reports/.coverage-raw/*/coverage.cobertura.xml >/dev/null 2>&1; then
  dotnet reportgenerator -reports:"reports/.coverage-raw/*/coverage.cobertura.xml" -targetdir:reports/coverage \
    -reporttypes:"Html;TextSummary" -assemblyfilters:"+Lapce.Tools" >/dev/null
  rm -rf reports/.coverage-raw
  grep -E "Line coverage|Branch coverage" reports/coverage/Summary.txt || true
fi

echo "==> parity run"
args=(run --repo "$repo")
[ -n "$codex" ] && args+=(--codex "$codex")
# As root, without the capabilities that read past file modes (tools/with-file-modes.sh): the unreadable-file cases run.
tools/with-file-modes.sh dotnet src/LapceParity/bin/Release/net10.0/LapceParity.dll "${args[@]}" "${pass[@]}"
