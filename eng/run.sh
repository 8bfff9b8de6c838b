#!/usr/bin/env bash
# The README's run command: installs PostgreSQL, RabbitMQ and Redis from apt when missing, builds the AppHost (which
# builds every project it starts) once, publishes the projects ReadyToRun, then runs it: the servers, every service, the
# gateway and the Aspire dashboard. It prints the dashboard's login link and, once everything is healthy, the gateway's
# address. Ctrl+C stops everything.
#
#   eng/run.sh                      data in .cpdata/, gateway on http://127.0.0.1:8080 (a free port if 8080 is taken)
#   CP_GATEWAY_PORT=9090 CP_DATA_DIR=/srv/cp eng/run.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
configuration="${CP_CONFIGURATION:-Release}"

# Servers given as connection strings are someone else's: only the missing local ones are installed.
servers=()
[[ -n ${ConnectionStrings__postgres:-} ]] || servers+=(postgres)
[[ -n ${ConnectionStrings__messaging:-} ]] || servers+=(rabbitmq)
[[ -n ${ConnectionStrings__cache:-} ]] || servers+=(redis)
((${#servers[@]} == 0)) || eng/servers.sh install "${servers[@]}"

dotnet build AppHost -c "$configuration" -v quiet -nologo
# The projects start from ReadyToRun images (a few minutes the first time, then seconds); CP_READY_TO_RUN=0 starts the
# plain build output instead, a few seconds slower to start but without the publish.
source eng/apphost-start.sh
prepare_apphost_start "$configuration"
# exec: Ctrl+C and TERM reach the AppHost itself, which stops what it started.
exec dotnet "AppHost/bin/$configuration/net10.0/CpPlatform.AppHost.dll" "$@"
