# Sourced by eng/run.sh and eng/bench.sh, so the benchmark starts the AppHost exactly as operators get it:
#   prepare_apphost_start <configuration>
# publishes the projects ReadyToRun (unless CP_READY_TO_RUN=0) and has the AppHost start them from that publish, and
# lets tiered compilation wait for a settled start-up (read by the runtime before any code runs, so it must be in the
# AppHost's own environment; AppHost/SettledStartupTiering.cs says why, and the AppHost passes it on to every project).
prepare_apphost_start() {
    if [[ ${CP_READY_TO_RUN:-1} != 0 ]]; then
        eng/publish-ready-to-run.sh "$1"
        export CP_READY_TO_RUN=1
    fi
    export DOTNET_TC_CallCountingDelayMs="${DOTNET_TC_CallCountingDelayMs:-3E8}"
}
