#!/usr/bin/env bash
# HTTP throughput and latency of the seller API's read paths, with wrk (Debian: apt-get install wrk).
# Starts a Release build of the app on a private PostgreSQL cluster with the demo data, then loads it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="$(mktemp -d /tmp/fulfilment-http-bench.XXXXXX)"
chmod 755 "$data"
port=5190
duration="${DURATION:-15s}"
dotnet build -c Release "$root/src/Fulfilment.Web" -v q -nologo >/dev/null
cd "$root/src/Fulfilment.Web"
Fulfilment__DataDirectory="$data" Serilog__MinimumLevel__Default=Warning \
    dotnet bin/Release/net10.0/Fulfilment.Web.dll --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
app=$!
trap 'kill -TERM $app; wait $app 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.5; done
token=$(curl -sf -X POST "http://127.0.0.1:$port/api/auth/login" -H 'content-type: application/json' \
    -d '{"email":"seller@demo.test","password":"Fulfil-Demo-2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
order=$(curl -sf "http://127.0.0.1:$port/api/orders?pageSize=1" -H "Authorization: Bearer $token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["orderNumber"])')
for path in "/healthz" "/api/orders?pageSize=50" "/api/orders/$order" "/api/orders/$order/channel-quotes?goodsType=General&weightGrams=420"; do
    echo "== GET $path"
    wrk -t2 -c16 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" >/dev/null  # warm-up (JIT, pools)
    wrk -t2 -c16 -d"$duration" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
done
