#!/usr/bin/env bash
# Benchmark: starts its own AppHost (data in .cpdata/bench, a free gateway port) and prints
#   1. cold start: from launching the AppHost to every server, service and the gateway healthy;
#   2. requests/s and p50/p99 latency of one call through the gateway and directly to the owning service, in the same
#      run, and the ratios;
#   3. steady resident memory of the whole platform (DCP, the dashboard, each service, the servers) after the load.
# Then it stops the AppHost.
#
#   eng/bench.sh [enterprise|eligibility] [seconds per target, default 10] [connections, default 32]
#     enterprise   GET /api/enterprises/{id} as a center app
#     eligibility  POST /api/financing/eligibility as a partner bank
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
data="$PWD/.cpdata/bench"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

eng/servers.sh install
dotnet build AppHost -c Release -v quiet -nologo
dotnet build benchmarks/Gateway.Benchmark -c Release -v quiet -nologo

mkdir -p "$data"
started_ms=$(($(date +%s%N) / 1000000))
# The benchmark's one client must not meet the per-client rate limit. Test servers' connection strings are not ours.
env -u ConnectionStrings__postgres -u ConnectionStrings__messaging -u ConnectionStrings__cache \
    CP_DATA_DIR="$data" CP_GATEWAY_PORT="$port" CP_GATEWAY_RATE_LIMIT=100000000 \
    dotnet AppHost/bin/Release/net10.0/CpPlatform.AppHost.dll >"$data/apphost.out" 2>&1 &
apphost=$!
# TERM, not INT: a background job of a script ignores SIGINT.
trap 'kill -TERM $apphost 2>/dev/null; wait $apphost 2>/dev/null || true' EXIT

for _ in $(seq 1 300); do
    grep -q "Everything is running" "$data/apphost.out" 2>/dev/null && break
    kill -0 $apphost 2>/dev/null || { cat "$data/apphost.out"; exit 1; }
    sleep 0.2
done
grep -q "Everything is running" "$data/apphost.out" || { cat "$data/apphost.out"; exit 1; }
healthy_ms=$(($(date +%s%N) / 1000000))

# The start-up report lists each project's address: the benchmark reads them as service discovery would.
while read -r name url; do
    export "services__${name}__http__0=$url"
done < <(sed -n 's/^ *\(enterprises\|assessments\|financing\|training\|events\|gateway\) \+\(http:[^ ]*\)$/\1 \2/p' "$data/apphost.out")
export services__gateway__http__0="http://127.0.0.1:$port"

echo "Cold start: all healthy $(((healthy_ms - started_ms) / 1000)).$(((healthy_ms - started_ms) % 1000 / 100)) s after launching the AppHost" \
    "($(grep -o 'Everything is running in [0-9.]* s' "$data/apphost.out" | grep -o '[0-9.]* s') by its own clock); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo

dotnet benchmarks/Gateway.Benchmark/bin/Release/net10.0/CpPlatform.Gateway.Benchmark.dll "$data" "${1:-enterprise}" "${2:-10}" "${3:-32}"

# Every process of this platform carries its data folder in its environment (PostgreSQL's too).
echo
echo "Steady resident memory after the load (MB)"
marker="CP_DATA_DIR=$data"
declare -A rss=()
for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    ((pid != $$)) || continue
    grep -qzxF "$marker" "$dir/environ" 2>/dev/null || continue
    comm=$(cat "$dir/comm" 2>/dev/null) || continue
    kb=$(awk '/^VmRSS:/ { print $2 }' "$dir/status" 2>/dev/null) || continue
    [[ -n $kb ]] || continue
    cmd=$(tr '\0' ' ' <"$dir/cmdline" 2>/dev/null | cut -c1-200)
    case $cmd in
        *CpPlatform.AppHost.dll*) group="AppHost" ;;
        *Aspire.Dashboard*) group="Aspire dashboard" ;;
        *"dcp monitor-process"*) group="DCP process monitors" ;;
        */dcp\ *) group="DCP" ;;
        *"/CpPlatform."*.dll*) service=${cmd##*/CpPlatform.}; group="service ${service%%.dll*}" ;;
        *)
            case $comm in
                postgres) group="PostgreSQL (all backends)" ;;
                beam.smp | erl_child_setup | epmd | inet_gethost) group="RabbitMQ + epmd" ;;
                redis-server) group="Redis" ;;
                *) group="other ($comm)" ;;
            esac
            ;;
    esac
    rss[$group]=$((${rss[$group]:-0} + kb))
done
for group in "${!rss[@]}"; do
    printf '  %-28s %7.1f\n' "$group" "$(awk -v kb="${rss[$group]}" 'BEGIN { print kb / 1024 }')"
done | sort
total=0
for group in "${!rss[@]}"; do total=$((total + rss[$group])); done
printf '  %-28s %7.1f\n' "whole platform" "$(awk -v kb="$total" 'BEGIN { print kb / 1024 }')"
