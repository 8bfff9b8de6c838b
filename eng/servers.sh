#!/usr/bin/env bash
# Local PostgreSQL, RabbitMQ and Redis for development and tests: Debian packages, loopback only,
# no systemd, no Docker. Every file of an instance (data, logs, pid files, epmd, Erlang cookie) lives
# under CP_SERVERS_DIR, so instances with other ports and another dir run side by side.
#
#   eng/servers.sh install|start|stop|status|env [postgres|rabbitmq|redis ...]   (no names = all three)
#   eng/servers.sh run postgres|rabbitmq|epmd|redis    one server in the foreground, as the AppHost runs them: the
#                                                      process becomes the server (exec), so signals reach it directly
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The test servers own this folder; the AppHost keeps its servers under its data folder (.cpdata/servers).
CP_SERVERS_DIR="${CP_SERVERS_DIR:-$REPO_ROOT/.cpdata/test-servers}"
CP_PG_PORT="${CP_PG_PORT:-54330}"
CP_PG_USER="${CP_PG_USER:-cp}"
CP_PG_PASSWORD="${CP_PG_PASSWORD:-cp}"
CP_RABBIT_PORT="${CP_RABBIT_PORT:-56730}"
CP_RABBIT_MGMT_PORT="${CP_RABBIT_MGMT_PORT:-15730}"
CP_RABBIT_DIST_PORT="${CP_RABBIT_DIST_PORT:-25730}"
CP_EPMD_PORT="${CP_EPMD_PORT:-4380}"
CP_RABBIT_NODE="${CP_RABBIT_NODE:-cp-rabbit}"
CP_REDIS_PORT="${CP_REDIS_PORT:-63830}"

ALL_SERVERS=(postgres rabbitmq redis)
RABBIT_BIN=/usr/lib/rabbitmq/bin

# ---------------------------------------------------------------- helpers

log() { printf '%s\n' "$*"; }
warn() { printf 'servers.sh: %s\n' "$*" >&2; }
die() { warn "$*"; exit 1; }
is_root() { [[ $(id -u) -eq 0 ]]; }

now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); }
elapsed() { local ms=$(($(now_ms) - $1)); printf '%d.%01ds' $((ms / 1000)) $((ms % 1000 / 100)); }

# A zombie counts as gone: an orphan may wait a while for init to reap it.
pid_alive() {
    [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null || return 1
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} != Z ]]
}
pid_from_file() {
    if [[ -r $1 ]]; then head -n1 "$1" 2>/dev/null | tr -cd '0-9'; fi
}

port_listening() {
    if command -v ss >/dev/null; then
        [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}

# PIDs of the processes listening on a TCP port (ss, or a scan of /proc when ss is missing).
port_pids() {
    local port=$1
    if command -v ss >/dev/null; then
        ss -Hltnp "sport = :$port" 2>/dev/null | { grep -o 'pid=[0-9]*' || true; } | cut -d= -f2 | sort -u
        return
    fi
    local hex inodes fd
    hex=$(printf '%04X' "$port")
    inodes=$(awk -v p=":$hex" '$4 == "0A" && substr($2, length($2) - 4) == p { print $10 }' \
        /proc/net/tcp /proc/net/tcp6 2>/dev/null | sort -u)
    [[ -n $inodes ]] || return 0
    for fd in /proc/[0-9]*/fd/*; do
        local target
        target=$(readlink "$fd" 2>/dev/null) || continue
        [[ $target == socket:\[*\] ]] || continue
        grep -qx "${target//[^0-9]/}" <<<"$inodes" && { fd=${fd#/proc/}; echo "${fd%%/*}"; }
    done | sort -u
}

wait_ports_free() { # timeout_s port...
    local deadline=$(($(now_ms) + $1 * 1000)) port
    shift
    for port in "$@"; do
        while port_listening "$port"; do
            (($(now_ms) < deadline)) || return 1
            sleep 0.1
        done
    done
}

# TERM, then KILL after a grace period, for the given PIDs only.
kill_pids() {
    local pid live=()
    for pid in "$@"; do pid_alive "$pid" && live+=("$pid"); done
    ((${#live[@]})) || return 0
    kill -TERM "${live[@]}" 2>/dev/null || true
    for _ in $(seq 50); do
        local any=
        for pid in "${live[@]}"; do pid_alive "$pid" && any=1; done
        [[ -n $any ]] || return 0
        sleep 0.1
    done
    kill -KILL "${live[@]}" 2>/dev/null || true
}

show_log_tail() {
    local f
    for f in "$@"; do
        [[ -s $f ]] || continue
        warn "---- last lines of $f"
        tail -n 30 "$f" >&2
    done
}

ensure_instance_dir() {
    mkdir -p "$CP_SERVERS_DIR"
    CP_SERVERS_DIR="$(cd "$CP_SERVERS_DIR" && pwd)"
    mkdir -p "$CP_SERVERS_DIR/logs"
}

# ---------------------------------------------------------------- install

pg_bindir() {
    local d dirs=(/usr/lib/postgresql/*/bin)
    d=$(printf '%s\n' "${dirs[@]}" | sort -V | tail -n1)
    if [[ -z $d || ! -x $d/pg_ctl ]] && command -v pg_config >/dev/null; then
        d=$(pg_config --bindir 2>/dev/null || true)
    fi
    [[ -n $d && -x $d/pg_ctl && -x $d/initdb ]] && echo "$d"
}

missing_packages() {
    local s
    for s in "$@"; do
        case $s in
            postgres) pg_bindir >/dev/null || echo postgresql ;;
            rabbitmq) [[ -x $RABBIT_BIN/rabbitmq-server ]] || echo rabbitmq-server ;;
            redis) command -v redis-server >/dev/null && command -v redis-cli >/dev/null || echo redis-server ;;
        esac
    done
}

install_servers() {
    local pkgs
    mapfile -t pkgs < <(missing_packages "$@")
    ((${#pkgs[@]})) || return 0

    local sudo=()
    if ! is_root; then
        command -v sudo >/dev/null ||
            die "missing ${pkgs[*]}; run as root: DEBIAN_FRONTEND=noninteractive apt-get install -y ${pkgs[*]}"
        sudo=(sudo)
    fi
    log "installing ${pkgs[*]} (apt-get)"

    # Without systemd, package scripts start services through invoke-rc.d (default ports, system-wide
    # data). A policy-rc.d that answers 101 keeps them from starting; add one only for this install.
    local policy=/usr/sbin/policy-rc.d added_policy=
    if [[ ! -e $policy ]]; then
        "${sudo[@]}" sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 755 $policy"
        added_policy=1
    fi

    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${pkgs[@]}") rc=0
    if ! "${apt[@]}"; then
        log "apt-get install failed; running apt-get update and retrying"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update && "${apt[@]}" || rc=$?
    fi
    [[ -z $added_policy ]] || "${sudo[@]}" rm -f "$policy"
    ((rc == 0)) || die "apt-get install ${pkgs[*]} failed"

    stop_distro_services "${sudo[@]}"
    [[ -z $(missing_packages "$@") ]] || die "installed ${pkgs[*]} but binaries are still missing"
}

# Should a package have started its own system service anyway, stop it: it is not ours.
stop_distro_services() {
    local entry svc port
    for entry in postgresql:5432 rabbitmq-server:5672 redis-server:6379; do
        svc=${entry%:*} port=${entry#*:}
        if port_listening "$port" && [[ -x /etc/init.d/$svc ]]; then
            log "stopping the distribution's $svc service on port $port"
            "$@" /etc/init.d/"$svc" stop || warn "could not stop $svc; it listens on $port, not on our ports"
        fi
    done
}

# ---------------------------------------------------------------- PostgreSQL

# PostgreSQL refuses to run as root, and the postgres user may not be able to enter the checkout
# (e.g. under /root), so as root its files live in /var/tmp, recorded in the instance dir for stop.
pg_root() {
    local rec="$CP_SERVERS_DIR/postgres.location"
    if [[ -s $rec ]]; then
        cat "$rec"
    elif is_root; then
        echo "/var/tmp/cp-platform-$(printf '%s' "$CP_SERVERS_DIR" | sha256sum | cut -c1-12)/postgres"
    else
        echo "$CP_SERVERS_DIR/postgres"
    fi
}

pg_vars() {
    PG_ROOT=$(pg_root)
    PG_DATA="$PG_ROOT/data"
    PG_LOG="$PG_ROOT/postgres.log"
    PG_SOCK="$PG_ROOT/run"
    # A unix socket path is limited to 107 bytes.
    if ((${#PG_SOCK} > 90)); then
        PG_SOCK="/tmp/cp-pgsock-$(id -u)-$(printf '%s' "$PG_ROOT" | sha256sum | cut -c1-12)"
    fi
}

pg_as_owner() {
    if is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

pg_running() {
    local bin
    bin=$(pg_bindir) || return 1
    [[ -f $PG_DATA/PG_VERSION ]] && pg_as_owner "$bin/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1
}

pg_init() {
    local bin=$1
    # As root the cluster lives outside the data folder, at a place named after the folder's path. Found there before this
    # data folder has recorded it, it was left by an earlier data folder at the same path, deleted since: its databases
    # belong to state that went with it (the gateway's key ring, the secrets), so it is removed and starts afresh.
    if [[ ! -s $CP_SERVERS_DIR/postgres.location && $PG_ROOT != "$CP_SERVERS_DIR/postgres" && -e $PG_ROOT ]]; then
        log "removing $PG_ROOT, left by an earlier data folder at $CP_SERVERS_DIR"
        if pg_running; then
            pg_as_owner "$bin/pg_ctl" stop -D "$PG_DATA" -m fast >/dev/null 2>&1 || true
        fi
        rm -rf "$PG_ROOT"
    fi
    if is_root; then
        mkdir -p "$(dirname "$PG_ROOT")"
        chmod 755 "$(dirname "$PG_ROOT")"
        mkdir -p "$PG_ROOT"
        chown postgres:postgres "$PG_ROOT"
        chmod 700 "$PG_ROOT"
    else
        mkdir -p "$PG_ROOT"
    fi
    echo "$PG_ROOT" >"$CP_SERVERS_DIR/postgres.location"
    ln -sfn "$PG_LOG" "$CP_SERVERS_DIR/logs/postgres.log"
    [[ -f $PG_DATA/PG_VERSION ]] && return 0

    # The bootstrap superuser is "postgres" with trust on the private socket only; the cp role
    # (password, scram-sha-256 over TCP) is (re)applied at every start so the env vars always win.
    pg_as_owner "$bin/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_ROOT/initdb.log" 2>&1 ||
        { show_log_tail "$PG_ROOT/initdb.log"; return 1; }
}

pg_apply_role() {
    local bin=$1
    pg_as_owner "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCK" -p "$CP_PG_PORT" -U postgres -d postgres \
        -v user="$CP_PG_USER" -v pw="$CP_PG_PASSWORD" >/dev/null <<'SQL'
SELECT format('CREATE ROLE %I', :'user') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
ALTER ROLE :"user" WITH SUPERUSER LOGIN CREATEDB PASSWORD :'pw';
-- Npgsql and psql connect to a database named like the user when none is given.
SELECT format('CREATE DATABASE %I OWNER %I', :'user', :'user')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'user') \gexec
SQL
}

pg_start() {
    local t0 bin
    t0=$(now_ms)
    pg_vars
    if pg_running; then
        log "postgres  already running  $(pg_url)"
        return 0
    fi
    port_listening "$CP_PG_PORT" && { warn "postgres: port $CP_PG_PORT is taken by another process"; return 1; }
    bin=$(pg_bindir)
    pg_init "$bin" || return 1
    mkdir -p "$PG_SOCK"
    is_root && chown postgres:postgres "$PG_SOCK"
    chmod 700 "$PG_SOCK"

    # Test-only server: durability is traded for speed (CREATE DATABASE per test fixture).
    local opts="-c listen_addresses=127.0.0.1 -p $CP_PG_PORT -k '$PG_SOCK' -c max_connections=500"
    opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if ! pg_as_owner setsid -w "$bin/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t 60 -o "$opts" >/dev/null 2>&1 ||
        ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$CP_PG_PORT" -t 10 ||
        ! pg_apply_role "$bin"; then
        warn "postgres failed to start"
        show_log_tail "$PG_LOG"
        return 1
    fi
    log "postgres  started in $(elapsed "$t0")  $(pg_url)"
}

pg_run() {
    pg_vars
    local bin
    bin=$(pg_bindir) || die "postgres is not installed: eng/servers.sh install postgres"
    pg_init "$bin" || exit 1
    mkdir -p "$PG_SOCK"
    is_root && chown postgres:postgres "$PG_SOCK"
    chmod 700 "$PG_SOCK"
    # The login role and its password, applied in single-user mode before the server starts, so that the server
    # stays one foreground process. Unlike the test servers' role it is no superuser: the services only create and
    # migrate their own databases.
    printf '%s\n' \
        "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$CP_PG_USER') THEN CREATE ROLE \"$CP_PG_USER\"; END IF; END \$\$;" \
        "ALTER ROLE \"$CP_PG_USER\" WITH NOSUPERUSER LOGIN CREATEDB PASSWORD '$CP_PG_PASSWORD';" |
        pg_as_owner "$bin/postgres" --single -D "$PG_DATA" postgres >"$PG_ROOT/single-user.log" 2>&1 ||
        { show_log_tail "$PG_ROOT/single-user.log"; exit 1; }
    cd /
    local server=("$bin/postgres" -D "$PG_DATA" -c listen_addresses=127.0.0.1 -p "$CP_PG_PORT" -k "$PG_SOCK"
        -c max_connections="${CP_PG_MAX_CONNECTIONS:-500}")
    if is_root; then
        exec setpriv --reuid=postgres --regid=postgres --init-groups "${server[@]}"
    fi
    exec "${server[@]}"
}

pg_stop() {
    pg_vars
    local bin pid
    [[ -f $PG_DATA/postmaster.pid ]] || { log "postgres  stopped"; return 0; }
    pid=$(pid_from_file "$PG_DATA/postmaster.pid")
    if bin=$(pg_bindir) && pg_running; then
        pg_as_owner "$bin/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 30 >/dev/null 2>&1 || true
    fi
    pid_alive "$pid" && kill_pids "$pid"
    wait_ports_free 10 "$CP_PG_PORT" || warn "postgres: port $CP_PG_PORT still in use"
    log "postgres  stopped"
}

pg_status() {
    pg_vars
    if pg_running; then
        log "postgres  running  port $CP_PG_PORT  data $PG_DATA"
    else
        log "postgres  stopped  port $CP_PG_PORT"
    fi
}

pg_url() { echo "postgresql://$CP_PG_USER@127.0.0.1:$CP_PG_PORT"; }

# ---------------------------------------------------------------- Redis

redis_vars() {
    REDIS_DIR="$CP_SERVERS_DIR/redis"
    REDIS_PID="$REDIS_DIR/redis.pid"
    REDIS_LOG="$CP_SERVERS_DIR/logs/redis.log"
}

redis_running() { pid_alive "$(pid_from_file "$REDIS_PID")" && port_listening "$CP_REDIS_PORT"; }

redis_start() {
    local t0
    t0=$(now_ms)
    redis_vars
    if redis_running; then
        log "redis     already running  $(redis_url)"
        return 0
    fi
    port_listening "$CP_REDIS_PORT" && { warn "redis: port $CP_REDIS_PORT is taken by another process"; return 1; }
    mkdir -p "$REDIS_DIR"
    rm -f "$REDIS_PID"
    if redis-server --port "$CP_REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
        --dir "$REDIS_DIR" --daemonize yes --pidfile "$REDIS_PID" --logfile "$REDIS_LOG" >/dev/null; then
        for _ in $(seq 100); do
            [[ $(redis-cli -p "$CP_REDIS_PORT" ping 2>/dev/null) == PONG ]] &&
                { log "redis     started in $(elapsed "$t0")  $(redis_url)"; return 0; }
            sleep 0.1
        done
    fi
    warn "redis failed to start"
    show_log_tail "$REDIS_LOG"
    return 1
}

redis_run() {
    redis_vars
    mkdir -p "$REDIS_DIR"
    exec redis-server --port "$CP_REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$REDIS_DIR"
}

redis_stop() {
    redis_vars
    local pid
    pid=$(pid_from_file "$REDIS_PID")
    # Only the server this instance started (its pid file) or, if the pid file is gone, the Redis that
    # owns this instance's port.
    if ! pid_alive "$pid"; then
        pid=$(port_pids "$CP_REDIS_PORT" | head -n1)
        [[ -n $pid && $(cat "/proc/$pid/comm" 2>/dev/null) == redis-server* ]] || pid=
    fi
    if pid_alive "$pid"; then
        redis-cli -p "$CP_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
        wait_ports_free 10 "$CP_REDIS_PORT" || true
        kill_pids "$pid"
        wait_ports_free 5 "$CP_REDIS_PORT" || warn "redis: port $CP_REDIS_PORT still in use"
    fi
    rm -f "$REDIS_PID"
    log "redis     stopped"
}

redis_status() {
    redis_vars
    if redis_running; then log "redis     running  port $CP_REDIS_PORT"; else log "redis     stopped  port $CP_REDIS_PORT"; fi
}

redis_url() { echo "redis://127.0.0.1:$CP_REDIS_PORT"; }

# ---------------------------------------------------------------- RabbitMQ

rabbit_vars() {
    RABBIT_DIR="$CP_SERVERS_DIR/rabbitmq"
    RABBIT_PID="$RABBIT_DIR/rabbit.pid"
    RABBIT_LAUNCHER_PID="$RABBIT_DIR/launcher.pid"
    RABBIT_LOG="$RABBIT_DIR/log/$CP_RABBIT_NODE@localhost.log"
    RABBIT_STDOUT="$CP_SERVERS_DIR/logs/rabbitmq.stdout.log"
}

# The node and its CLI tools share this environment: same HOME (Erlang cookie), same epmd port.
rabbit_export_env() {
    export HOME="$RABBIT_DIR/home"
    export RABBITMQ_BASE="$RABBIT_DIR"
    export RABBITMQ_NODENAME="$CP_RABBIT_NODE@localhost"
    export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    export RABBITMQ_NODE_PORT="$CP_RABBIT_PORT"
    export RABBITMQ_DIST_PORT="$CP_RABBIT_DIST_PORT"
    export ERL_EPMD_ADDRESS=127.0.0.1
    export ERL_EPMD_PORT="$CP_EPMD_PORT"
    export RABBITMQ_MNESIA_BASE="$RABBIT_DIR/mnesia"
    export RABBITMQ_LOG_BASE="$RABBIT_DIR/log"
    export RABBITMQ_CONFIG_FILE="$RABBIT_DIR/rabbitmq.conf"
    export RABBITMQ_ADVANCED_CONFIG_FILE="$RABBIT_DIR/advanced.config"
    export RABBITMQ_CONF_ENV_FILE="$RABBIT_DIR/rabbitmq-env.conf"
    export RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_DIR/enabled_plugins"
    export RABBITMQ_PID_FILE="$RABBIT_PID"
    export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    # CLI tools otherwise all listen in one fixed range (35672-35682), shared by every instance and
    # inside the ephemeral range that tests pick free ports from; 0 lets the OS choose.
    export RABBITMQ_CTL_DIST_PORT_MIN=0 RABBITMQ_CTL_DIST_PORT_MAX=0
}

rabbitmqctl_() { (rabbit_export_env && exec "$RABBIT_BIN/rabbitmqctl" "$@"); }

rabbit_running() { pid_alive "$(pid_from_file "$RABBIT_PID")" && port_listening "$CP_RABBIT_PORT"; }

rabbit_write_config() {
    mkdir -p "$RABBIT_DIR"/{home,mnesia,log}
    # A cookie written before the first start avoids the node and the CLI racing to create it.
    if [[ ! -s $RABBIT_DIR/home/.erlang.cookie ]]; then
        (umask 077 && head -c 32 /dev/urandom | sha256sum | cut -c1-20 | tr '[:lower:]' '[:upper:]' >"$RABBIT_DIR/home/.erlang.cookie")
        chmod 400 "$RABBIT_DIR/home/.erlang.cookie"
    fi
    : >"$RABBIT_DIR/rabbitmq-env.conf"
    echo '[rabbitmq_management].' >"$RABBIT_DIR/enabled_plugins"
    # The AMQP listener comes from RABBITMQ_NODE_IP_ADDRESS / RABBITMQ_NODE_PORT.
    cat >"$RABBIT_DIR/rabbitmq.conf" <<EOF
management.tcp.ip = 127.0.0.1
management.tcp.port = $CP_RABBIT_MGMT_PORT
log.console = ${RABBIT_LOG_CONSOLE:-false}
EOF
    # The AppHost names a user of its own (created with the node's first start); the test servers use guest.
    if [[ -n ${CP_RABBIT_USER:-} ]]; then
        printf 'default_user = %s\ndefault_pass = %s\n' "$CP_RABBIT_USER" "${CP_RABBIT_PASSWORD:?}" >>"$RABBIT_DIR/rabbitmq.conf"
    fi
}

# Launches the node in the background and returns at once; rabbit_await_ready waits for it.
rabbit_launch() {
    RABBIT_T0=$(now_ms)
    rabbit_vars
    RABBIT_STATE=launched
    if rabbit_running; then
        RABBIT_STATE=running
        return 0
    fi
    local port
    for port in "$CP_RABBIT_PORT" "$CP_RABBIT_MGMT_PORT" "$CP_RABBIT_DIST_PORT"; do
        if port_listening "$port"; then
            RABBIT_STATE="failed: port $port is taken by another process"
            return 0
        fi
    done
    rabbit_write_config
    rm -f "$RABBIT_PID"
    (rabbit_export_env && cd "$RABBIT_DIR" &&
        exec setsid -w "$RABBIT_BIN/rabbitmq-server" </dev/null >>"$RABBIT_STDOUT" 2>&1) &
    echo $! >"$RABBIT_LAUNCHER_PID"
}

rabbit_await_ready() {
    case $RABBIT_STATE in
        running) log "rabbitmq  already running  $(rabbit_url)"; return 0 ;;
        failed*) warn "rabbitmq ${RABBIT_STATE}"; return 1 ;;
    esac
    local launcher waiter
    launcher=$(pid_from_file "$RABBIT_LAUNCHER_PID")
    rabbitmqctl_ -q wait "$RABBIT_PID" --timeout 90 >>"$RABBIT_STDOUT" 2>&1 &
    waiter=$!
    # rabbitmqctl wait would sit out its whole timeout if the node died early: watch both.
    while pid_alive "$waiter"; do
        if ! pid_alive "$launcher"; then
            kill "$waiter" 2>/dev/null || true
            break
        fi
        sleep 0.1
    done
    local ok=
    if wait "$waiter" 2>/dev/null; then
        for _ in $(seq 100); do
            if port_listening "$CP_RABBIT_PORT" && port_listening "$CP_RABBIT_MGMT_PORT" &&
                curl -fsS -o /dev/null -u guest:guest "http://127.0.0.1:$CP_RABBIT_MGMT_PORT/api/overview"; then
                ok=1
                break
            fi
            sleep 0.1
        done
    fi
    if [[ -z $ok ]]; then
        warn "rabbitmq failed to start"
        show_log_tail "$RABBIT_STDOUT" "$RABBIT_LOG"
        return 1
    fi
    log "rabbitmq  started in $(elapsed "$RABBIT_T0")  $(rabbit_url)"
}

rabbit_start() { rabbit_launch && rabbit_await_ready; }

rabbit_run() {
    rabbit_vars
    # In the foreground its log goes to the console, where the AppHost's dashboard shows it.
    RABBIT_LOG_CONSOLE=true rabbit_write_config
    rabbit_export_env
    # Under a supervisor the script execs the Erlang VM itself instead of waiting on it in the background: one process.
    export RUNNING_UNDER_SYSTEMD=true
    cd "$RABBIT_DIR"
    exec "$RABBIT_BIN/rabbitmq-server"
}

# epmd of its own (its port in ERL_EPMD_PORT for the node), in the foreground: the node would otherwise leave an
# `epmd -daemon` behind when it stops.
epmd_run() { exec epmd -port "$CP_EPMD_PORT" -address 127.0.0.1; }

rabbit_stop() {
    rabbit_vars
    local pid launcher
    pid=$(pid_from_file "$RABBIT_PID")
    launcher=$(pid_from_file "$RABBIT_LAUNCHER_PID")
    if pid_alive "$pid"; then
        # The management plugin's event handler, removed while the node is stopping, stalls the stop
        # for 5 s (its terminate/2 forces an event refresh); removed first, the node stops at once.
        rabbitmqctl_ -q eval 'gen_event:delete_handler(rabbit_event, rabbit_mgmt_db_handler, []), ok.' \
            >/dev/null 2>&1 || true
        rabbitmqctl_ -q shutdown >/dev/null 2>&1 || true
    fi
    wait_ports_free 15 "$CP_RABBIT_PORT" "$CP_RABBIT_MGMT_PORT" "$CP_RABBIT_DIST_PORT" || true
    kill_pids "$pid" "$launcher"
    rabbit_stop_epmd
    wait_ports_free 10 "$CP_RABBIT_PORT" "$CP_RABBIT_MGMT_PORT" "$CP_RABBIT_DIST_PORT" "$CP_EPMD_PORT" ||
        warn "rabbitmq: a port of this instance is still in use"
    rm -f "$RABBIT_PID" "$RABBIT_LAUNCHER_PID"
    log "rabbitmq  stopped"
}

# The node leaves its epmd running. It is found by this instance's epmd port, never by name.
rabbit_stop_epmd() {
    local pid
    for pid in $(port_pids "$CP_EPMD_PORT"); do
        [[ $(cat "/proc/$pid/comm" 2>/dev/null) == epmd ]] && kill_pids "$pid"
    done
    return 0
}

rabbit_status() {
    rabbit_vars
    if rabbit_running; then
        log "rabbitmq  running  port $CP_RABBIT_PORT  management $CP_RABBIT_MGMT_PORT  node $CP_RABBIT_NODE@localhost"
    else
        log "rabbitmq  stopped  port $CP_RABBIT_PORT"
    fi
}

rabbit_url() { echo "amqp://guest@127.0.0.1:$CP_RABBIT_PORT/  management http://127.0.0.1:$CP_RABBIT_MGMT_PORT"; }

# ---------------------------------------------------------------- commands

cmd_start() {
    install_servers "$@"
    local s failed=0 want_rabbit=
    for s in "$@"; do [[ $s == rabbitmq ]] && want_rabbit=1; done
    # RabbitMQ is by far the slowest: it boots while the others start.
    [[ -z $want_rabbit ]] || rabbit_launch
    for s in "$@"; do
        case $s in
            postgres) pg_start || failed=1 ;;
            redis) redis_start || failed=1 ;;
        esac
    done
    [[ -z $want_rabbit ]] || rabbit_await_ready || failed=1
    return $failed
}

cmd_stop() {
    local s
    for s in "$@"; do
        case $s in
            postgres) pg_stop ;;
            rabbitmq) rabbit_stop ;;
            redis) redis_stop ;;
        esac
    done
}

cmd_status() {
    local s
    for s in "$@"; do
        case $s in
            postgres) pg_status ;;
            rabbitmq) rabbit_status ;;
            redis) redis_status ;;
        esac
    done
}

cmd_env() {
    cat <<EOF
export ConnectionStrings__postgres="Host=127.0.0.1;Port=$CP_PG_PORT;Username=$CP_PG_USER;Password=$CP_PG_PASSWORD"
export ConnectionStrings__messaging="amqp://guest:guest@127.0.0.1:$CP_RABBIT_PORT/"
export ConnectionStrings__cache="127.0.0.1:$CP_REDIS_PORT"
export CP_RABBIT_MGMT_URL="http://127.0.0.1:$CP_RABBIT_MGMT_PORT"
EOF
}

usage() {
    echo "usage: $0 install|start|stop|status|env [postgres|rabbitmq|redis ...] | run postgres|rabbitmq|epmd|redis" >&2
    exit 2
}

main() {
    (($#)) || usage
    local cmd=$1
    shift
    if [[ $cmd == run ]]; then
        (($# == 1)) || usage
        ensure_instance_dir
        case $1 in
            postgres) pg_run ;;
            rabbitmq) rabbit_run ;;
            epmd) epmd_run ;;
            redis) redis_run ;;
            *) usage ;;
        esac
    fi
    local s
    for s in "$@"; do
        case $s in postgres | rabbitmq | redis) ;; *) warn "unknown server: $s"; usage ;; esac
    done
    (($#)) || set -- "${ALL_SERVERS[@]}"

    case $cmd in
        env) cmd_env ;;
        install) install_servers "$@" ;;
        start) ensure_instance_dir && cmd_start "$@" ;;
        stop) ensure_instance_dir && cmd_stop "$@" ;;
        status) ensure_instance_dir && cmd_status "$@" ;;
        *) usage ;;
    esac
}

main "$@"
