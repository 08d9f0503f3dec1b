#!/usr/bin/env bash
# End to end: the CSV order import a seller runs from Orders › Import (preview, then import), with the largest file
# the page takes (5,000 order lines: 2,500 two-line orders). Starts a Release build of the app on a private PostgreSQL
# cluster with the demo data, signs in through the login page, and times RUNS previews and imports, each of a file
# with order numbers of its own. APP_BIN runs another build (e.g. an older commit's bin/Release/net10.0).
set -euo pipefail
source "$(dirname "$0")/app.sh"
runs="${RUNS:-5}"
start_app import "${PORT:-5192}"
python3 - "$port" "$runs" <<'PY'
import http.cookiejar, re, sys, time, urllib.parse, urllib.request, uuid
port, runs = sys.argv[1], int(sys.argv[2])
base = f"http://127.0.0.1:{port}"
jar = http.cookiejar.CookieJar()
web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
def token(html): return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)
login = web.open(base + "/Account/Login").read().decode()
web.open(base + "/Account/Login", urllib.parse.urlencode({"Input.Email": "seller@demo.test", "Input.Password": "Fulfil-Demo-2026", "__RequestVerificationToken": token(login)}).encode()).read()
sample = web.open(base + "/Orders/Import?handler=Sample").read().decode("utf-8-sig").splitlines()
header, first, second = sample[0], sample[1], sample[2]
def csv(run):
    lines = [header]
    for n in range(2500):
        number = f"IMP-{run}-{n:05d}"
        lines.append(first.replace("SAMPLE-1001", number))
        lines.append(second.replace("SAMPLE-1001", number))
    return ("\n".join(lines) + "\n").encode()
def multipart(fields, file_field, file_name, content):
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\nContent-Type: text/csv\r\n\r\n'.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"
for run in range(runs + 1):
    content = csv(f"{uuid.uuid4().hex[:6]}")
    page = web.open(base + "/Orders/Import").read().decode()
    body, kind = multipart({"__RequestVerificationToken": token(page)}, "Upload", "orders.csv", content)
    started = time.perf_counter()
    preview = web.open(urllib.request.Request(base + "/Orders/Import?handler=Preview", data=body, headers={"Content-Type": kind})).read().decode()
    previewed = time.perf_counter() - started
    if "FileContent" not in preview or "is-invalid" in preview:
        sys.exit("the preview did not accept the file")
    carried = re.search(r'name="FileContent"[^>]*value="([^"]+)"', preview) or re.search(r'value="([^"]+)"[^>]*name="FileContent"', preview)
    form = {"__RequestVerificationToken": token(preview), "FileContent": carried.group(1), "FileName": "orders.csv"}
    started = time.perf_counter()
    answer = web.open(urllib.request.Request(base + "/Orders/Import?handler=Import", data=urllib.parse.urlencode(form).encode()))
    landed = answer.read().decode()
    imported = time.perf_counter() - started
    if "Import" in answer.geturl() or "2500 orders imported" not in landed.replace(",", ""):
        sys.exit(f"the import did not finish: {answer.geturl()}")
    label = "warm-up" if run == 0 else f"run {run}"
    print(f"{label}: 2,500 orders (5,000 lines, {len(content):,} bytes): preview {previewed:.2f} s, import {imported:.2f} s ({2500 / imported:,.0f} orders/s)", flush=True)
PY
