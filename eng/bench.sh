#!/usr/bin/env bash
# Benchmark: requests/s and p50/p99 latency of one call through the gateway and directly to the owning service, in the
# same run, and the ratios. Starts its own AppHost (data in .cpdata/bench, free gateway port) and stops it after.
#
#   eng/bench.sh [enterprise|eligibility] [seconds per target, default 10] [connections, default 32]
#     enterprise   GET /api/enterprises/{id} as a center app
#     eligibility  POST /api/financing/eligibility as a partner bank
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
data="$PWD/.cpdata/bench"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

dotnet build AppHost -c Release -v quiet -nologo
dotnet build benchmarks/Gateway.Benchmark -c Release -v quiet -nologo

mkdir -p "$data"
# The benchmark's one client must not meet the per-client rate limit.
CP_DATA_DIR="$data" CP_GATEWAY_PORT=$port CP_GATEWAY_RATE_LIMIT=100000000 CP_APPHOST_ECHO_LOGS=false \
    dotnet AppHost/bin/Release/net10.0/CpPlatform.AppHost.dll >"$data/apphost.out" 2>&1 &
apphost=$!
# TERM, not INT: a background job of a script ignores SIGINT.
trap 'kill -TERM $apphost 2>/dev/null; wait $apphost 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
    grep -q "Everything is running" "$data/apphost.out" 2>/dev/null && break
    kill -0 $apphost 2>/dev/null || { cat "$data/apphost.out"; exit 1; }
    sleep 1
done
grep -q "Everything is running" "$data/apphost.out" || { cat "$data/apphost.out"; exit 1; }

dotnet benchmarks/Gateway.Benchmark/bin/Release/net10.0/CpPlatform.Gateway.Benchmark.dll "$data" "${1:-enterprise}" "${2:-10}" "${3:-32}"
