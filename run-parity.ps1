# Windows counterpart of run-parity.sh (same steps). Only run-parity.sh is tested.
#   ./run-parity.ps1 [-Codex DIR] [-CodexGit GIT_DIR] [other `lapce-parity run` options…]
param([string]$Codex = $env:CODEX_ROOT, [string]$CodexGit = "", [Parameter(ValueFromRemainingArguments = $true)] $Rest)
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
$repo = (Get-Location).Path
$pin = "3513c60ffa2d06403760c1c6b9fc8defa1ba7bf9"
$defaultCodex = Join-Path $HOME ".cache/lapce-parity/codex"

if ($CodexGit) {
  if (-not $Codex) { $Codex = $defaultCodex }
  $stamp = Join-Path $Codex ".codex-commit"
  if (-not (Test-Path $stamp) -or (Get-Content $stamp) -ne $pin) {
    git --git-dir="$CodexGit" cat-file -e "$pin^{commit}"
    if ($LASTEXITCODE -ne 0) { throw "$CodexGit does not hold commit $pin (Kilo Code 4.88.0)" }
    Remove-Item -Recurse -Force $Codex -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Force $Codex | Out-Null
    git --git-dir="$CodexGit" archive --format=tar -o "$Codex/codex.tar" $pin -- src packages package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.json LICENSE NOTICE
    tar -x -f "$Codex/codex.tar" -C $Codex; Remove-Item "$Codex/codex.tar"
    Set-Content $stamp $pin
  }
}
if (-not $Codex -and (Test-Path (Join-Path $defaultCodex "src"))) { $Codex = $defaultCodex }

foreach ($tool in "dotnet", "node", "npm", "git", "rg") {
  if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "missing $tool; install it first" }
}

dotnet tool restore | Out-Null
dotnet build LapceParity.sln -c Release -nologo -v q
# The host's packages also hold data the C# port reads (the o200k token ranks of the tiktoken package).
npm ci --prefix tools/ts-host --no-audit --no-fund --loglevel=error
if ($Codex) { $env:CODEX_ROOT = $Codex }

Remove-Item -Recurse -Force reports/coverage, reports/.coverage-raw -ErrorAction SilentlyContinue
dotnet test tests/LapceParity.Tests -c Release --no-build -nologo --filter "FullyQualifiedName~LapceParity.Tests.Parity" `
  --collect "XPlat Code Coverage" --results-directory reports/.coverage-raw | Out-Null
dotnet reportgenerator -reports:"reports/.coverage-raw/*/coverage.cobertura.xml" -targetdir:reports/coverage `
  -reporttypes:"Html;TextSummary" -assemblyfilters:"+Lapce.Tools" | Out-Null

$runArgs = @("run", "--repo", $repo)
if ($Codex) { $runArgs += @("--codex", $Codex) }
dotnet src/LapceParity/bin/Release/net10.0/LapceParity.dll @runArgs @Rest
exit $LASTEXITCODE
