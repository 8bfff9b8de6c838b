#!/usr/bin/env bash
# Mints a development token signed with the local key pair (the one eng/run.sh gives the services), shaped like the
# gateway's tokens. Until the gateway exists this is how a person calls the API by hand.
#
#   eng/dev-token.sh center mx-chihuahua      a center app's token
#   eng/dev-token.sh national                 national program staff
#   eng/dev-token.sh admin                    platform admin
#   eng/dev-token.sh bank banco-uno           a partner bank's system
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KEY_DIR="${CP_DATA_DIR:-$REPO_ROOT/.cpdata}/dev-keys"
SCOPES="${CP_TOKEN_SCOPES:-enterprises assessments training events financing}"
LIFETIME_S="${CP_TOKEN_LIFETIME_S:-3600}"

kind=${1:-}
case $kind in
    center | bank) [[ -n ${2:-} ]] || { echo "usage: $0 $kind <id>" >&2; exit 2; } ;;
    national | admin) ;;
    *) echo "usage: $0 center <center-id> | bank <bank-id> | national | admin" >&2; exit 2 ;;
esac

ensure_keys() {
    [[ -f $KEY_DIR/signing-private.pem ]] && return
    mkdir -p "$KEY_DIR"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEY_DIR/signing-private.pem" 2>/dev/null
    openssl pkey -in "$KEY_DIR/signing-private.pem" -pubout -out "$KEY_DIR/signing-public.pem"
    chmod 600 "$KEY_DIR/signing-private.pem"
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

ensure_keys


now=$(date +%s)
client_id="dev-$kind${2:+-$2}"
extra=""
[[ $kind == center ]] && extra=",\"cp_center\":\"$2\""
[[ $kind == bank ]] && extra=",\"cp_bank\":\"$2\""
header='{"alg":"RS256","typ":"JWT"}'
payload="{\"iss\":\"cp-platform\",\"aud\":\"cp-platform-api\",\"iat\":$now,\"nbf\":$now,\"exp\":$((now + LIFETIME_S)),\"client_id\":\"$client_id\",\"cp_kind\":\"$kind\",\"scope\":\"$SCOPES\"$extra}"
unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$KEY_DIR/signing-private.pem" | b64url)
printf '%s.%s\n' "$unsigned" "$signature"
