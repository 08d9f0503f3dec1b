#!/usr/bin/env bash
# End to end: POST /api/labels with 500 logistics order ids (database, rendering, transfer), as a seller's script
# calls it. Starts a Release build of the app on a private PostgreSQL cluster with the demo data, creates 500 parcels
# through the API (orders, then a logistics order each), then times RUNS batch prints with curl (time to first byte
# and to the last byte), in PDF and in ZPL.
set -euo pipefail
source "$(dirname "$0")/app.sh"
runs="${RUNS:-5}"
start_app labels "${PORT:-5191}"
python3 - "$port" "$runs" <<'EOF'
import json, sys, time, urllib.error, urllib.request, uuid, subprocess
port, runs = sys.argv[1], int(sys.argv[2])
base = f"http://127.0.0.1:{port}"
def call(method, path, body=None, token=None, headers=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("content-type", "application/json")
    if token: request.add_header("authorization", "Bearer " + token)
    for k, v in (headers or {}).items(): request.add_header(k, v)
    try:
        with urllib.request.urlopen(request) as response: return json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        sys.exit(f"{method} {path}: {e.code} {e.read().decode()}")
token = call("POST", "/api/auth/login", {"email": "seller@demo.test", "password": "Fulfil-Demo-2026"})["accessToken"]
call("PUT", "/api/freight-account", {"method": "Alipay", "holderName": "Bench", "accountNumber": "bench@alipay.test"}, token)
call("POST", "/api/freight-account/top-ups", {"amount": 100000}, token, {"Idempotency-Key": str(uuid.uuid4())})
recipients = [
    {"name": "Emily Johnson", "phone": "+1 415 555 0134", "countryCode": "US", "province": "CA", "city": "San Francisco", "postalCode": "94107", "line1": "500 Brannan St", "line2": "Apt 4B"},
    {"name": "王芳", "phone": "+86 138 0013 8000", "countryCode": "CN", "province": "广东省", "city": "深圳市", "postalCode": "518000", "line1": "南山区科技园科苑路15号", "line2": None},
    {"name": "Анна Иванова", "phone": "+7 495 123 4567", "countryCode": "RU", "province": "Москва", "city": "Москва", "postalCode": "101000", "line1": "ул. Тверская, д. 7", "line2": "кв. 12"},
]
ids = []
stamp = int(time.time())
for i in range(500):
    number = f"BENCH-{stamp}-{i:03d}"
    call("POST", "/api/orders", {"orderNumber": number, "buyerName": "Bench", "buyerChannelCode": "CAINIAO_STANDARD",
        "placedAt": "2026-11-20T00:00:00Z", "shipBy": "2026-12-30T00:00:00Z", "recipient": recipients[i % 3],
        "lines": [{"sku": "PC-IP15-CLR", "title": "Phone case", "quantity": 2, "unitPrice": 6.90, "weightGrams": 45},
                  {"sku": "CBL-USBC-1M", "title": "USB-C cable", "quantity": 1, "unitPrice": 3.20, "weightGrams": 30}]}, token)
    parcel = call("POST", f"/api/orders/{number}/logistics-orders", {"channelCode": "CAINIAO_STANDARD", "goodsType": "General",
        "confirmChannelMismatch": True, "recipient": None, "senderAddressId": None,
        "parcel": {"weightGrams": 300, "lengthCm": 20, "widthCm": 15, "heightCm": 5, "declaredValue": 12.50, "contentsDescription": "Phone case"},
        "lines": None, "handover": "Auto", "undeliverable": "Return", "agreementAccepted": True}, token, {"Idempotency-Key": str(uuid.uuid4())})
    ids.append(parcel["id"])
print(f"{len(ids)} parcels created")
for fmt in ["pdf", "zpl"]:
    body = json.dumps({"logisticsOrderIds": ids, "format": fmt})
    for run in range(runs + 1):
        out = subprocess.run(["curl", "-s", "-o", f"/tmp/labels-bench.{fmt}", "-w", "%{http_code} %{time_starttransfer} %{time_total} %{size_download}",
            "-X", "POST", base + "/api/labels", "-H", "content-type: application/json", "-H", "authorization: Bearer " + token, "--data-binary", body],
            capture_output=True, text=True).stdout.split()
        label = "warm-up" if run == 0 else f"run {run}"
        print(f"{fmt} {label}: HTTP {out[0]}, first byte {float(out[1]):.3f} s, last byte {float(out[2]):.3f} s, {int(out[3]):,} bytes")
EOF
