#!/usr/bin/env bash
# The README's run command: builds the AppHost (which builds every project it starts) once, then runs it. The AppHost
# installs PostgreSQL, RabbitMQ and Redis from apt when missing, starts them and every service and the gateway, prints
# the resource table, and on Ctrl+C stops everything.
#
#   eng/run.sh                      data in .cpdata/, gateway on http://127.0.0.1:8080
#   CP_GATEWAY_PORT=9090 CP_DATA_DIR=/srv/cp eng/run.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
configuration="${CP_CONFIGURATION:-Release}"

dotnet build AppHost -c "$configuration" -v quiet -nologo
# exec: Ctrl+C and TERM reach the AppHost itself, which stops what it started.
exec dotnet "AppHost/bin/$configuration/net10.0/CpPlatform.AppHost.dll" "$@"
