# Sourced by eng/run.sh and eng/bench.sh, so the benchmark starts the AppHost exactly as operators get it:
#   prepare_apphost_start <configuration>
# publishes the projects ReadyToRun (unless CP_READY_TO_RUN=0) and has the AppHost start them from that publish, and
# lets tiered compilation wait for a settled start-up (read by the runtime before any code runs, so it must be in the
# AppHost's own environment; AppHost/SettledStartupTiering.cs says why, and the AppHost passes it on to every project),
# and turns off watching settings files for changes: the AppHost's hosts (its own and one Aspire runs inside it) watch
# their content root, the working directory, every folder below it, and from the repository that is the
# servers' data folders too: every write of RabbitMQ's queue journals woke the AppHost (1,670 folders watched; a tenth of
# a core at 200 registrations a second). Nothing here edits a settings file while the platform runs.
prepare_apphost_start() {
    if [[ ${CP_READY_TO_RUN:-1} != 0 ]]; then
        eng/publish-ready-to-run.sh "$1"
        export CP_READY_TO_RUN=1
    fi
    export DOTNET_TC_CallCountingDelayMs="${DOTNET_TC_CallCountingDelayMs:-3E8}"
    export DOTNET_hostBuilder__reloadConfigOnChange="${DOTNET_hostBuilder__reloadConfigOnChange:-false}"
}
