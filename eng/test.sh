#!/usr/bin/env bash
# The README's test command: starts the local servers, builds once in Release, runs every test project
# of the solution, prints a summary from the TRX files, and stops the servers however it ends.
#
#   bash eng/test.sh [extra dotnet test args]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
RESULTS_DIR="$PWD/TestResults"

stop_servers() { eng/servers.sh stop || true; }
trap stop_servers EXIT
# Without these, an interrupted bash can die without running the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM

eng/servers.sh start
server_env=$(eng/servers.sh env)
eval "$server_env"

rm -rf "$RESULTS_DIR"

build_rc=0
dotnet build CpPlatform.sln -c Release || build_rc=$?
if ((build_rc != 0)); then
    echo "test.sh: build failed (exit $build_rc)" >&2
    exit "$build_rc"
fi

test_rc=0
dotnet test CpPlatform.sln -c Release --no-build \
    --logger "console;verbosity=normal" --logger trx --results-directory "$RESULTS_DIR" "$@" || test_rc=$?

# Stopped now rather than by the trap, so that the summary's last line is the output's last line.
trap - EXIT
stop_servers

# Per test project: the assembly named by the TRX's first test, then its results by outcome.
declare -A passed=() failed=() skipped=()
total_passed=0 total_failed=0 total_skipped=0
shopt -s nullglob
for trx in "$RESULTS_DIR"/*.trx; do
    project=$(grep -o 'codeBase="[^"]*"' "$trx" | head -n1 | sed 's/^codeBase="//; s/"$//') || true
    project=$(basename "${project:-$trx}")
    project=${project%.dll}
    project=${project%.trx}
    p=0 f=0 s=0
    while read -r outcome; do
        case $outcome in
            Passed) p=$((p + 1)) ;;
            NotExecuted) s=$((s + 1)) ;;
            *) f=$((f + 1)) ;;
        esac
    done < <(grep -o '<UnitTestResult [^>]*' "$trx" | grep -o ' outcome="[A-Za-z]*"' | cut -d'"' -f2 || true)
    passed[$project]=$((${passed[$project]:-0} + p))
    failed[$project]=$((${failed[$project]:-0} + f))
    skipped[$project]=$((${skipped[$project]:-0} + s))
    total_passed=$((total_passed + p)) total_failed=$((total_failed + f)) total_skipped=$((total_skipped + s))
done

# Each failed test by name with the first lines of its message, so that a CI log says what failed.
print_failures() {
    local trx=$1
    python3 - "$trx" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for result in ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult", ns):
    if result.get("outcome") in ("Passed", "NotExecuted"):
        continue
    message = result.findtext(".//t:ErrorInfo/t:Message", default="", namespaces=ns)
    stack = result.findtext(".//t:ErrorInfo/t:StackTrace", default="", namespaces=ns)
    print(f"  FAILED {result.get('testName')} ({result.get('duration')})")
    for line in (message.strip().splitlines()[:25] + stack.strip().splitlines()[:8]):
        print(f"    {line}")
PY
}
if ((total_failed > 0)); then
    echo
    echo "Failed tests"
    for trx in "$RESULTS_DIR"/*.trx; do
        print_failures "$trx"
    done
fi

if compgen -G "$RESULTS_DIR/hostile-input/*.txt" >/dev/null; then
    echo
    echo "Hostile-input suite (TestResults/hostile-input/)"
    for report in "$RESULTS_DIR"/hostile-input/*.txt; do
        echo "  $(head -n1 "$report")"
    done
fi

echo
echo "Test summary (TRX files in TestResults/)"
if ((${#passed[@]} == 0)); then
    echo "  no TRX results found"
else
    mapfile -t projects < <(printf '%s\n' "${!passed[@]}" | sort)
    for project in "${projects[@]}"; do
        printf '  %-40s passed %5d  failed %5d  skipped %5d\n' \
            "$project" "${passed[$project]}" "${failed[$project]}" "${skipped[$project]}"
    done
fi

rc=$test_rc
if ((rc == 0 && total_failed > 0)); then
    rc=1
fi
if ((total_passed + total_failed + total_skipped == 0)); then
    echo "test.sh: no tests ran" >&2
    ((rc != 0)) || rc=1
fi
summary="$total_passed passed, $total_failed failed"
((total_skipped == 0)) || summary+=", $total_skipped skipped"
echo "$summary"
exit "$rc"
