# Sourced by the bench/http scripts: starts a Release build of the app on a private PostgreSQL cluster with the demo
# data, on 127.0.0.1:$port, and stops it (and removes its data) when the script exits. The API's per-token rate limit
# is lifted: a bench sends far more requests with one token than a person would, and the limit is not what it measures.
# APP_BIN runs another build (e.g. an older commit's bin/Release/net10.0), with its project directory as content root
# (its settings, pages and static files); SKIP_BUILD=1 runs this tree's last Release build as it is.
# Usage: start_app NAME PORT (NAME names the data directory).
start_app() {
    local root
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
    data="$(mktemp -d "/tmp/fulfilment-$1-bench.XXXXXX")"
    chmod 755 "$data"
    port="$2"
    local bin="${APP_BIN:-$root/src/Fulfilment.Web/bin/Release/net10.0}"
    [ -n "${APP_BIN:-}" ] || [ "${SKIP_BUILD:-}" = 1 ] || dotnet build -c Release "$root/src/Fulfilment.Web" -v q -nologo >/dev/null
    (cd "$bin/../../.." && Fulfilment__DataDirectory="$data" Serilog__MinimumLevel__Default=Warning \
        Security__RateLimits__ApiPerToken__PermitLimit=100000000 \
        exec dotnet "$bin/Fulfilment.Web.dll" --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1) &
    app=$!
    trap 'kill -TERM $app; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
    until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.5; done
}
