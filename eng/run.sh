#!/usr/bin/env bash
# Starts what a developer needs to use the platform on this machine: PostgreSQL, RabbitMQ and Redis (installed from
# apt when missing), then the enterprises service on http://127.0.0.1:${CP_ENTERPRISES_PORT:-5101}.
# Ctrl+C stops the service and the servers. (The AppHost will take over this job.)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
PORT="${CP_ENTERPRISES_PORT:-5101}"
KEY_DIR="${CP_DATA_DIR:-$REPO_ROOT/.cpdata}/dev-keys"

dotnet build services/Enterprises -c Release -v quiet -nologo
eng/servers.sh start
trap 'eng/servers.sh stop' EXIT
eval "$(eng/servers.sh env)"
eng/dev-token.sh national >/dev/null # creates the local signing key pair on first run

database="$(sed 's/;*$//' <<<"$ConnectionStrings__postgres");Database=enterprises"
echo "Enterprises service on http://127.0.0.1:$PORT  (OpenAPI: /openapi/v1.json, health: /health)"
echo "Get a token:  TOKEN=\$(eng/dev-token.sh national)   or   eng/dev-token.sh center mx-chihuahua"
env "ConnectionStrings__enterprises-db=$database" \
    "Auth__SigningPublicKey=$(cat "$KEY_DIR/signing-public.pem")" \
    OTEL_SERVICE_NAME=enterprises \
    dotnet services/Enterprises/bin/Release/net10.0/CpPlatform.Enterprises.dll --urls "http://127.0.0.1:$PORT" &
service=$!
# Ctrl+C or a TERM stops the service first; the EXIT trap then stops the servers.
trap 'kill -TERM "$service" 2>/dev/null; wait "$service"; exit 0' INT TERM
wait "$service"
