#!/usr/bin/env bash
# HTTP throughput and latency of the seller API's read paths, with wrk (Debian: apt-get install wrk).
# Starts a Release build of the app on a private PostgreSQL cluster with the demo data, then loads it.
set -euo pipefail
source "$(dirname "$0")/app.sh"
duration="${DURATION:-15s}"
start_app http "5190"
token=$(curl -sf -X POST "http://127.0.0.1:$port/api/auth/login" -H 'content-type: application/json' \
    -d '{"email":"seller@demo.test","password":"Fulfil-Demo-2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
order=$(curl -sf "http://127.0.0.1:$port/api/orders?pageSize=1" -H "Authorization: Bearer $token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["orderNumber"])')
for path in "/healthz" "/api/orders?pageSize=50" "/api/orders/$order" "/api/orders/$order/channel-quotes?goodsType=General&weightGrams=420"; do
    echo "== GET $path"
    wrk -t2 -c16 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" >/dev/null  # warm-up (JIT, pools)
    wrk -t2 -c16 -d"$duration" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
done
