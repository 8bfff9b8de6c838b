#!/usr/bin/env bash
# Benchmark: starts its own AppHost (data in .cpdata/bench, a free gateway port, the per-client rate limit raised to
# 100,000,000 a window so the benchmark's few clients are never limited, one trace in a hundred recorded as in
# production; CP_TRACE_SAMPLE_RATIO=1 records every trace) and prints
#   1. cold start: from launching the AppHost to every server, service and the gateway healthy;
#   2. one table measured with wrk from outside every process, in one run: a bare Kestrel JSON POST endpoint, the same
#      through a bare YARP hop (the ceiling of any proxy hop here: no logging, telemetry, tokens or limits), then each
#      scenario directly on the owning service and through the gateway: req/s, p50, p99, errors, the ratios to direct
#      and to the bare endpoint, the owning service's and the gateway's resident memory after the load, the load average;
#      a scenario whose goal is one request's latency (portfolio) is measured again one request at a time (wrk -c1);
#   then the events scenario: registrations at a steady rate, each one's event followed from the enterprises service's
#      outbox to financing's inbox (latency p50, p99, max, the relay's share, missing events);
#   3. steady resident memory of the whole platform (DCP, the dashboard, each service, the servers) after the load.
# Then it stops the AppHost, unless CP_BENCH_KEEP=1: then the platform keeps running (for a profiler) and the next run
# measures it again without a cold start.
#
#   eng/bench.sh [all|cold|eligibility|enterprise|enterprises-list|certificate|portfolio|events] [seconds per target, default 10 (events 20)] [connections, default 32]
#     eligibility       POST /api/financing/eligibility as a partner bank (the banks' hot path)
#     enterprise        GET /api/enterprises/{id} as a center app
#     enterprises-list  GET /api/enterprises?sector=&isSme= as a center app
#     certificate       GET /api/public/certificates/{number}, anonymous (a number never issued: 404 is the right answer)
#     portfolio         GET /api/assessments/portfolio as a center app whose center has 10,000 projects with 100,000 options
#                       (seeded into the assessments database once per data folder, the answer checked against the seed);
#                       also measured one request at a time, since its goal is one request's latency
#     events            POST /api/enterprises through the gateway as a center app, CP_BENCH_EVENTS_RATE a second (default
#                       200, open loop, after a 5 s warm-up); each EnterpriseRegistered event's latency from the
#                       enterprises outbox's created_at to financing's inbox processed_at, the relay's share, missing events
#     cold              the cold start only
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
only=${1:-all} seconds=${2:-10} events_seconds=${2:-20} events_warmup=5 connections=${3:-32}
# As a production deployment would: one trace in a hundred recorded (parent-based, whole traces), metrics and logs in full.
trace_ratio=${CP_TRACE_SAMPLE_RATIO:-0.01}
warmup=${CP_BENCH_WARMUP:-10}
data="$PWD/.cpdata/bench"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
load() { cut -d' ' -f1 /proc/loadavg; }

eng/servers.sh install
command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y wrk >/dev/null 2>&1 || sudo apt-get install -y wrk >/dev/null; }
dotnet build AppHost -c Release -v quiet -nologo
dotnet build benchmarks/Gateway.Benchmark -c Release -v quiet -nologo
dotnet build benchmarks/BareKestrel -c Release -v quiet -nologo
dotnet build benchmarks/BareYarp -c Release -v quiet -nologo
source eng/apphost-start.sh
prepare_apphost_start Release

# TERM, not INT: a background job of a script ignores SIGINT.
stop_apphost= bare= bare_yarp=
cleanup() {
    [[ -z $bare ]] || kill -TERM "$bare" 2>/dev/null || true
    [[ -z $bare_yarp ]] || kill -TERM "$bare_yarp" 2>/dev/null || true
    [[ -z $stop_apphost ]] || { kill -TERM "$stop_apphost" 2>/dev/null; wait "$stop_apphost" 2>/dev/null || true; rm -f "$data/apphost.pid"; }
}
trap cleanup EXIT

# Every process the platform starts carries its data folder in its environment (but see below).
marker="CP_DATA_DIR=$data"
platform_processes() { # pid group, one a line
    local dir pid comm cmd service stat parent found=" "
    for dir in /proc/[0-9]*; do
        pid=${dir#/proc/}
        ((pid != $$)) || continue
        grep -qzxF "$marker" "$dir/environ" 2>/dev/null || continue
        found+="$pid "
        comm=$(cat "$dir/comm" 2>/dev/null) || continue
        cmd=$(tr '\0' ' ' 2>/dev/null <"$dir/cmdline" | cut -c1-200)
        case $cmd in
            *CpPlatform.AppHost.dll*) echo "$pid AppHost" ;;
            *Aspire.Dashboard*) echo "$pid Aspire dashboard" ;;
            *"dcp monitor-process"*) echo "$pid DCP process monitors" ;;
            */dcp\ *) echo "$pid DCP" ;;
            *"/CpPlatform."*.dll*) service=${cmd##*/CpPlatform.}; echo "$pid service ${service%%.dll*}" ;;
            *) server_group "$pid" "$comm" ;;
        esac
    done
    # PostgreSQL's backends and Redis write their process titles over their environment, so the marker is gone there:
    # they are found as children of the platform's processes (the postmaster, DCP).
    for dir in /proc/[0-9]*; do
        pid=${dir#/proc/}
        [[ $found != *" $pid "* ]] || continue
        read -r stat 2>/dev/null <"$dir/stat" || continue
        read -r _ parent _ <<<"${stat##*) }"
        [[ $found == *" $parent "* ]] || continue
        comm=$(cat "$dir/comm" 2>/dev/null) || continue
        server_group "$pid" "$comm"
    done
}
server_group() { # pid comm
    case $2 in
        postgres) echo "$1 PostgreSQL (all backends)" ;;
        beam.smp | erl_child_setup | epmd | inet_gethost) echo "$1 RabbitMQ + epmd" ;;
        redis-server) echo "$1 Redis" ;;
        *) echo "$1 other ($2)" ;;
    esac
}
# CPU ticks (1/100 s) every process of the platform has used so far, summed by group: "ticks<TAB>group", one a line.
# A process's count includes its children that have ended (PostgreSQL's backends come and go with the pools).
platform_cpu() {
    local pid group ticks
    local -A cpu=()
    while read -r pid group; do
        ticks=$(awk '{ sub(/.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$pid/stat" 2>/dev/null) || continue
        group=${group%% (*}
        [[ -n $ticks ]] && cpu[$group]=$((${cpu[$group]:-0} + ticks))
    done < <(platform_processes)
    for group in "${!cpu[@]}"; do printf '%s\t%s\n' "${cpu[$group]}" "$group"; done
}
machine_jiffies() { awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $5 + $6 }' /proc/stat; } # all, idle + iowait
mkdir -p "$data"
if [[ -f $data/apphost.pid ]] && kill -0 "$(cat "$data/apphost.pid")" 2>/dev/null; then
    echo "Using the platform already running from $data (pid $(cat "$data/apphost.pid")): no cold start this run"
    port=$(cat "$data/gateway.port")
else
    port=$(free_port)
    started_ms=$(($(date +%s%N) / 1000000))
    # Test servers' connection strings are not ours. Tokens live two hours here (ten minutes as deployed), so the targets'
    # tokens outlast a long run and the runs after it on a kept platform.
    env -u ConnectionStrings__postgres -u ConnectionStrings__messaging -u ConnectionStrings__cache \
        CP_DATA_DIR="$data" CP_GATEWAY_PORT="$port" CP_GATEWAY_RATE_LIMIT=100000000 CP_TRACE_SAMPLE_RATIO="$trace_ratio" Gateway__TokenLifetime=02:00:00 \
        dotnet AppHost/bin/Release/net10.0/CpPlatform.AppHost.dll >"$data/apphost.out" 2>&1 &
    apphost=$!
    echo $apphost >"$data/apphost.pid"
    echo "$port" >"$data/gateway.port"
    [[ ${CP_BENCH_KEEP:-0} == 1 ]] || stop_apphost=$apphost

    for _ in $(seq 1 900); do
        grep -q "Everything is running" "$data/apphost.out" 2>/dev/null && break
        kill -0 $apphost 2>/dev/null || { cat "$data/apphost.out"; exit 1; }
        sleep 0.2
    done
    grep -q "Everything is running" "$data/apphost.out" || { cat "$data/apphost.out"; exit 1; }
    healthy_ms=$(($(date +%s%N) / 1000000))
    echo "Cold start: all healthy $(((healthy_ms - started_ms) / 1000)).$(((healthy_ms - started_ms) % 1000 / 100)) s after launching the AppHost" \
        "($(grep -o 'Everything is running in [0-9.]* s' "$data/apphost.out" | grep -o '[0-9.]* s') by its own clock); load average $(cut -d' ' -f1-3 /proc/loadavg)"
    grep -o 'Running after: .*\|Healthy after: .*' "$data/apphost.out" | sed 's/^/  /'
    # What the start cost: CPU seconds of every process of the platform still running, by group (the two cores give
    # at most 2 CPU-seconds a second, so this bounds how fast a start can be here).
    platform_cpu | sort -rn | awk -F'\t' '{ total += $1; line = line sprintf(", %s %.1f", $2, $1 / 100) }
        END { printf "  CPU until healthy: %.1f s in all%s\n", total / 100, line }'
    echo
fi
[[ $only != cold ]] || exit 0

# The start-up report lists each project's address: the benchmark reads them as service discovery would.
declare -A url=()
while read -r name address; do
    url[$name]=${address%/}
    export "services__${name}__http__0=$address"
done < <(sed -n 's/^ *\(enterprises\|assessments\|financing\|training\|events\|monitoring\|gateway\) \+\(http:[^ ]*\)$/\1 \2/p' "$data/apphost.out")
url[gateway]="http://127.0.0.1:$port"
export services__gateway__http__0="${url[gateway]}"
# Scenarios that check what reached a service's database (seeded data, consumed events) read it as the service does:
# each service's database connection string (its ConnectionStrings__<service>-db), exported as ConnectionStrings__<service>.
while read -r pid group; do
    [[ $group == service\ * ]] || continue
    service=${group#service }
    service=${service,,}
    connection=$(tr '\0' '\n' 2>/dev/null <"/proc/$pid/environ" | sed -n "s/^ConnectionStrings__${service}-db=//p") || true
    [[ -z $connection ]] || export "ConnectionStrings__${service}=$connection"
done < <(platform_processes)

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }
service_pid() { # a project's process id, by its assembly name (Gateway, Financing, ...), any case
    local pid group
    while read -r pid group; do
        [[ ${group,,} == "service ${1,,}" ]] && { echo "$pid"; return; }
    done < <(platform_processes)
}
ticks() { awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; } # CPU used so far, 1/100 s

status=0
if [[ $only != events ]]; then
    targets="$data/targets.tsv"
    dotnet benchmarks/Gateway.Benchmark/bin/Release/net10.0/CpPlatform.Gateway.Benchmark.dll "$data" "$targets"

    # The bare endpoint listens as a service does: HTTP/1.1 for callers, HTTP/2 only (no TLS) for the hop.
    bare_port=$(free_port)
    bare_http2_port=$(free_port)
    Kestrel__Endpoints__http__Url="http://127.0.0.1:$bare_port" \
        Kestrel__Endpoints__h2c__Url="http://127.0.0.1:$bare_http2_port" Kestrel__Endpoints__h2c__Protocols=Http2 \
        dotnet benchmarks/BareKestrel/bin/Release/net10.0/CpPlatform.BareKestrel.dll >"$data/bare.out" 2>&1 &
    bare=$!
    # One proxy hop and nothing else, in front of the bare endpoint: what any hop costs here, beside what the gateway costs.
    # It also forwards each scenario's path to its service's HTTP/2 endpoint (the one the gateway calls, read from the
    # gateway's environment): the scenario's "bare hop" row, the ceiling of any proxy in front of that service here.
    gateway_pid=$(service_pid gateway)
    declare -A http2=()
    while IFS='=' read -r key address; do
        name=${key#services__}
        http2[${name%__h2c__0}]=$address
    done < <(tr '\0' '\n' <"/proc/$gateway_pid/environ" | grep '^services__[a-z]*__h2c__0=')
    bare_routes=
    while IFS=$'\t' read -r _ service _ path _; do
        [[ -z ${http2[$service]:-} ]] || bare_routes+="${path%%\?*}=${http2[$service]} "
    done <"$targets"
    bare_yarp_port=$(free_port)
    ASPNETCORE_URLS="http://127.0.0.1:$bare_yarp_port" BARE_BACKEND="http://127.0.0.1:$bare_http2_port" BARE_ROUTES="$bare_routes" \
        dotnet benchmarks/BareYarp/bin/Release/net10.0/CpPlatform.BareYarp.dll >"$data/bare-yarp.out" 2>&1 &
    bare_yarp=$!
    for port_up in $bare_port $bare_yarp_port; do
        for _ in $(seq 1 100); do
            curl -fsS -o /dev/null -H 'Content-Type: application/json' -d '{"amount":1}' "http://127.0.0.1:$port_up/echo" 2>/dev/null && break
            sleep 0.1
        done
    done

    # wrk -t2 (this machine has two cores), a warm-up before each measured run (CP_BENCH_WARMUP seconds, default 10: tiered
    # compilation and PGO need that long under load on two cores; with 2 s the first rows measured half-compiled code).
    # Prints: req/s p50 p99 errors.
    # An error is a socket error or an answer other than the scenario's right status.
    wrk_run() { # threads connections duration url method token body; prints request.lua's BENCH line
        BENCH_METHOD=$5 BENCH_TOKEN=$6 BENCH_BODY=$7 wrk -t"$1" -c"$2" -d"$3" --latency -s benchmarks/wrk/request.lua "$4" | grep '^BENCH '
    }
    # Also prints the CPU that the service and the proxy in front of it (given by process id; "-" for none) spent per
    # answer during the measured run (µs), from their /proc counters.
    measure() { # url method token body expected-status connections (1: one request at a time, no warm-up) [service pid] [front pid]
        local clients=$6 threads=2 line requests duration p50 p99 socket non2xx errors service_ticks front_ticks
        if ((clients == 1)); then threads=1; else wrk_run $threads "$clients" "$warmup"s "$1" "$2" "$3" "$4" >/dev/null; fi
        service_ticks=$(ticks "${7:--}") front_ticks=$(ticks "${8:--}")
        line=$(wrk_run $threads "$clients" "${seconds}s" "$1" "$2" "$3" "$4")
        service_ticks=$(($(ticks "${7:--}") - service_ticks)) front_ticks=$(($(ticks "${8:--}") - front_ticks))
        read -r _ requests duration p50 p99 socket non2xx <<<"$line"
        if (($5 < 300)); then errors=$((socket + non2xx)); else errors=$((socket + requests - non2xx)); fi
        awk -v r="$requests" -v d="$duration" -v p50="$p50" -v p99="$p99" -v e="$errors" -v s="$service_ticks" -v f="$front_ticks" \
            -v has_s="${7:+1}" -v has_f="${8:+1}" 'BEGIN {
                printf "%.0f %.2f %.2f %d %s %s\n", r / d, p50, p99, e,
                    has_s ? sprintf("%.0f", s * 1e4 / r) : "-", has_f ? sprintf("%.0f", f * 1e4 / r) : "-" }'
    }

    # The bare processes start fresh on every run, while a kept platform is warm from the runs before: one more warm-up
    # through the hop (it warms both) first, or the hop's row measures half-compiled code (on 2026-12-07 the hop gave
    # 0.25 of bare without it, 0.41 and 0.51 in the next two runs with it).
    wrk_run 2 "$connections" "$warmup"s "http://127.0.0.1:$bare_yarp_port/echo" POST - '{"taxId":"BENCH1","amount":150000}' >/dev/null
    row() { printf '%-18s %-10s %8s %8s %8s %7s %8s %7s %7s %8s %7s %8s %5s\n' "$@"; }
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
    bare_line=$(measure "http://127.0.0.1:$bare_port/echo" POST - '{"taxId":"BENCH1","amount":150000}' 200 "$connections" $bare)
    bare_rps=${bare_line%% *}
    printf '\nwrk -t2 -c%s, %s s per row after a %s s warm-up; traces sampled at %s (CP_TRACE_SAMPLE_RATIO of the platform started here); %s\n' \
        "$connections" "$seconds" "$warmup" "$trace_ratio" "$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "svc µs and front µs: CPU spent per answer by the service (the bare endpoint) and by the proxy in front of it (the gateway or the bare hop); MB: resident memory after the row"
    row scenario target "req/s" "p50 ms" "p99 ms" errors "÷direct" "÷bare" "svc µs" "front µs" "svc MB" "front MB" load
    read -r rps p50 p99 errors service_us front_us <<<"$bare_line"
    row "bare Kestrel" direct "$rps" "$p50" "$p99" "$errors" - 1.00 "$service_us" - "$(rss_mb $bare)" - "$(load)"
    read -r rps p50 p99 errors service_us front_us <<<"$(measure "http://127.0.0.1:$bare_yarp_port/echo" POST - '{"taxId":"BENCH1","amount":150000}' 200 "$connections" $bare $bare_yarp)"
    row "bare Kestrel" "bare YARP" "$rps" "$p50" "$p99" "$errors" "$(ratio "$rps" "$bare_rps")" "$(ratio "$rps" "$bare_rps")" \
        "$service_us" "$front_us" "$(rss_mb $bare)" "$(rss_mb $bare_yarp)" "$(load)"
    single_request_scenarios="portfolio"
    while IFS=$'\t' read -r scenario service method path expected token body; do
        [[ $only == all || $only == "$scenario" ]] || continue
        direct_rps=
        service_pid=$(service_pid "$service")
        for target in direct "bare hop" gateway; do
            case $target in
                direct) base=${url[$service]} front_pid= ;;
                "bare hop") [[ -n ${http2[$service]:-} ]] || continue; base="http://127.0.0.1:$bare_yarp_port" front_pid=$bare_yarp ;;
                gateway) base=${url[gateway]} front_pid=$gateway_pid ;;
            esac
            read -r rps p50 p99 errors service_us front_us <<<"$(measure "$base$path" "$method" "$token" "$body" "$expected" "$connections" "$service_pid" "$front_pid")"
            ((errors == 0)) || status=1
            [[ $target != direct ]] || direct_rps=$rps
            row "$scenario" "$target" "$rps" "$p50" "$p99" "$errors" "$(ratio "$rps" "$direct_rps")" "$(ratio "$rps" "$bare_rps")" \
                "$service_us" "$front_us" "$(rss_mb "$service_pid")" "$(rss_mb "${front_pid:-$gateway_pid}")" "$(load)"
        done
        # A goal about one request's latency: the same call again, one request at a time (the rows above were the warm-up).
        if [[ " $single_request_scenarios " == *" $scenario "* ]]; then
            for target in direct gateway; do
                base=${url[$service]}
                [[ $target == direct ]] || base=${url[gateway]}
                read -r rps p50 p99 errors _ <<<"$(measure "$base$path" "$method" "$token" "$body" "$expected" 1)"
                ((errors == 0)) || status=1
                printf '  %s %s, one request at a time (wrk -t1 -c1, %s s): %s requests/s, p50 %s ms, p99 %s ms, %s errors\n' \
                    "$scenario" "$target" "$seconds" "$rps" "$p50" "$p99" "$errors"
            done
        fi
    done <"$targets"
fi

# The events scenario: registrations at a steady rate, each one's event followed from the outbox to financing's inbox.
# Then what the run cost: how busy the machine was and the platform's CPU per registration, by group (warm-up included).
if [[ $only == all || $only == events ]]; then
    events_rate=${CP_BENCH_EVENTS_RATE:-200}
    cpu_before=$(platform_cpu) jiffies_before=$(machine_jiffies)
    dotnet benchmarks/Gateway.Benchmark/bin/Release/net10.0/CpPlatform.Gateway.Benchmark.dll events "$data" "$events_seconds" \
        "$events_rate" "$events_warmup" || status=1
    read -r all_after idle_after <<<"$(machine_jiffies)"
    read -r all_before idle_before <<<"$jiffies_before"
    busy=$(awk -v all=$((all_after - all_before)) -v idle=$((idle_after - idle_before)) -v cores="$(nproc)" \
        'BEGIN { printf "%.2f of %d", (all - idle) / all * cores, cores }')
    registrations=$((events_rate * (events_seconds + events_warmup)))
    awk -F'\t' 'NR == FNR { before[$2] = $1; next } { printf "%d\t%s\n", $1 - before[$2], $2 }' <(echo "$cpu_before") <(platform_cpu) |
        sort -rn | awk -F'\t' -v n="$registrations" -v busy="$busy" '
            { total += $1; if ($1 * 10 / n >= 0.05) groups = groups sprintf("%s %s %.2f", groups == "" ? ":" : ",", $2, $1 * 10 / n) }
            END { printf "  CPU during the run (warm-up and the generator included): the machine %s cores busy; the platform %.2f ms per registration%s\n", busy, total * 10 / n, groups }'
fi

echo
# Proportional set size: memory shared by several processes (PostgreSQL's shared buffers in every backend) is divided
# among them, so the groups add up to what the platform holds.
echo "Steady memory after the load (MB, proportional set size)"
declare -A memory=()
while read -r pid group; do
    kb=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null) || continue
    [[ -n $kb ]] || continue
    memory[$group]=$((${memory[$group]:-0} + kb))
done < <(platform_processes)
for group in "${!memory[@]}"; do
    printf '  %-28s %7.1f\n' "$group" "$(awk -v kb="${memory[$group]}" 'BEGIN { print kb / 1024 }')"
done | sort
total=0
for group in "${!memory[@]}"; do total=$((total + memory[$group])); done
printf '  %-28s %7.1f\n' "whole platform" "$(awk -v kb="$total" 'BEGIN { print kb / 1024 }')"
exit $status
