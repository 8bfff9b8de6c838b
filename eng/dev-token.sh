#!/usr/bin/env bash
# Asks the running gateway for a token: the one way to get one, so it is always a token the platform accepts.
#
#   eng/dev-token.sh                             the platform admin (credentials the first run wrote to .cpdata)
#   eng/dev-token.sh <client-id> <client-secret> any registered client
#
# CP_GATEWAY_URL (default http://127.0.0.1:8080) names the gateway; CP_TOKEN_SCOPES narrows the token's scopes.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GATEWAY="${CP_GATEWAY_URL:-http://127.0.0.1:8080}"

if [[ $# -eq 0 ]]; then
    credentials="${CP_DATA_DIR:-$REPO_ROOT/.cpdata}/admin-client.json"
    [[ -f $credentials ]] || { echo "$credentials is missing: start the platform once (eng/run.sh)" >&2; exit 2; }
    client_id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["client_id"])' "$credentials")
    client_secret=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["client_secret"])' "$credentials")
elif [[ $# -eq 2 ]]; then
    client_id=$1 client_secret=$2
else
    echo "usage: $0 [<client-id> <client-secret>]" >&2
    exit 2
fi

response=$(curl -sS -u "$client_id:$client_secret" --data-urlencode grant_type=client_credentials \
    ${CP_TOKEN_SCOPES:+--data-urlencode "scope=$CP_TOKEN_SCOPES"} "$GATEWAY/connect/token")
python3 -c 'import json,sys
body = json.loads(sys.argv[1])
if "access_token" not in body:
    sys.exit(f"the gateway refused: {body}")
print(body["access_token"])' "$response"
