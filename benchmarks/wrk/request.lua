-- One request repeated by wrk: method, bearer token and JSON body from the environment (eng/bench.sh sets them).
-- At the end it prints one line that eng/bench.sh reads: requests, seconds, p50 ms, p99 ms, socket errors, non-2xx/3xx.
wrk.method = os.getenv("BENCH_METHOD") or "GET"
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "-" then
    wrk.headers["Authorization"] = "Bearer " .. token
end
local body = os.getenv("BENCH_BODY")
if body and body ~= "-" then
    wrk.body = body
    wrk.headers["Content-Type"] = "application/json"
end

done = function(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format("BENCH %d %.3f %.2f %.2f %d %d\n", summary.requests, summary.duration / 1e6,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        errors.connect + errors.read + errors.write + errors.timeout, errors.status))
end
