"""Orchestrates bench/ship/run.sh: the pgbench anchor, the data, and the wrk runs; prints one summary table."""
import datetime, json, math, os, re, shutil, subprocess, sys, time, urllib.request, uuid

import shipdata

mode, base, pgport, here, data, app_pid = sys.argv[1:7]
rounds = int(os.environ.get("ROUNDS", "2"))
seconds = int(os.environ.get("SECONDS_PER_RUN", "20"))
orders = int(os.environ.get("ORDERS", "250000"))
read_orders = int(os.environ.get("READ_ORDERS", "1000000"))
psql = shipdata.PSQL
pg = ["-h", "127.0.0.1", "-p", pgport, "-U", "postgres"]


def cpu_seconds():
    """CPU time (user + system) so far of the app and of the cluster's PostgreSQL processes: the cost per request,
    which the other work on a shared machine does not inflate the way it inflates wall-clock figures."""
    return shipdata.cpu_of(app_pid), shipdata.cluster_cpu(data)


def load():
    return open("/proc/loadavg").read().split()[0]


def wal():
    """WAL written so far (pg_stat_wal): bytes and full-page images."""
    written, images = sql("SELECT wal_bytes, wal_fpi FROM pg_stat_wal").split("|")
    return float(written), float(images)


def utc_now():
    """The time now, in UTC without a zone: what the cluster's log writes (see checkpoints)."""
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


def checkpoints(started, ended):
    """The cluster's checkpoints that were under way during [started, ended] (UTC), from its log: how many, and how
    many ended (their files' sync) inside it. A checkpoint's writes and final sync compete with the run's commits for
    the disk, so a round's tail is read against them. None when the log's times are not in UTC."""
    pattern = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+) (\S+) \[\d+\] LOG:  checkpoint (starting|complete)")
    spans, begun = [], None
    for line in open(os.path.join(data, "postgres.log"), errors="replace"):
        m = pattern.match(line)
        if not m:
            continue
        if m.group(2) != "UTC":
            return None
        at = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S.%f")
        if m.group(3) == "starting":
            begun = at
        elif begun is not None:
            spans.append((begun, at))
            begun = None
    if begun is not None:
        spans.append((begun, datetime.datetime.max))
    during = [(b, e) for b, e in spans if b <= ended and e >= started]
    return len(during), sum(1 for _, e in during if started <= e <= ended)


sql = shipdata.sql_at(pgport)


def call(method, path, body=None, token=None, headers=None):
    return shipdata.call(base, method, path, body, token, headers)


def pgbench():
    out = subprocess.run(["pgbench", *pg, "-M", "prepared", "-c", "8", "-j", "2", "-T", str(seconds), "pgbench"],
                         check=True, capture_output=True, text=True).stdout
    return float(re.search(r"tps = ([0-9.]+) \(without initial connection time\)", out).group(1))


def parcels():
    return shipdata.parcels(sql)


def plain_sql_ships(first, store):
    """The same ship as plain SQL: ship.pgbench sends the statements the app sends for one ship-order (the reads, then
    the writes and COMMIT in one pipelined batch), with no app around them, from as many clients as the hot-row gate
    lets ships of one store reach the database (4). What the database itself can do with the ship's statements: the
    app's ship/s can approach it, not pass it."""
    channel = sql("SELECT id FROM logistics_channels WHERE code = 'CAINIAO_STANDARD'")
    warehouse = sql("SELECT warehouse_id FROM logistics_orders ORDER BY id DESC LIMIT 1")
    sender = sql(f"SELECT id FROM sender_addresses WHERE store_id = {store} ORDER BY is_default DESC, id LIMIT 1")
    script = open(os.path.join(here, "ship.pgbench")).read()
    for name, value in (("store", store), ("channel", channel), ("warehouse", warehouse), ("sender", sender)):
        script = script.replace("{" + name + "}", value)
    path = os.path.join(data, "ship.pgbench")
    open(path, "w").write(script)
    sql(f"DROP SEQUENCE IF EXISTS bench_ship_seq; CREATE SEQUENCE bench_ship_seq START {first}")
    cpu = cpu_seconds()
    before = parcels()
    out = subprocess.run(["pgbench", *pg, "-M", "prepared", "-c", "4", "-j", "2", "-T", str(seconds), "-n", "-f", path, "fulfilment"],
                         capture_output=True, text=True)
    ships = parcels() - before
    if out.returncode != 0 or "failed transactions: 0 " not in out.stdout:
        sys.exit(f"plain-SQL ships failed: {out.stdout[-500:]} {out.stderr[-500:]}")
    latency = float(re.search(r"latency average = ([0-9.]+) ms", out.stdout).group(1))
    return {"rps": ships / seconds, "latency": latency, "pg_ms": (cpu_seconds()[1] - cpu[1]) * 1000 / max(ships, 1)}


def kb(value):
    """A dotnet-counters figure, or n/a when the tool is not installed (dotnet tool install -g dotnet-counters)."""
    return "n/a" if math.isnan(value) else f"{value:.0f}"


def settle(script, connections, args, headers=()):
    """The warm-up before a measured run: WARM_UP_SECONDS (30) of load, then 10-second runs until the JIT has settled
    (under 5 ms of compilation per second, read with dotnet-counters) or WARM_UP_MAX_SECONDS (180) have passed. On 2 cores
    shared with PostgreSQL and wrk, tiered compilation was still rewriting the inbox page's code after 30 s (2–6 % of a
    core compiling, libclrjit 10 % of the app's samples); 90 s later it had stopped, and the page cost a fifth less CPU.
    Without dotnet-counters, the first part only. Returns the seconds spent."""
    spent = int(os.environ.get("WARM_UP_SECONDS", 30))
    most = int(os.environ.get("WARM_UP_MAX_SECONDS", 180))
    wrk(script, connections, spent, args(), headers, warm_up=True)
    while spent < most:
        chunk = wrk(script, connections, 10, args(), headers, warm_up=True, jit=True)
        spent += 10
        if not chunk["jit_ms_per_s"] >= 5:  # also when it could not be read (nan)
            break
    return spent


def wrk(script, connections, duration, args, headers=(), warm_up=False, jit=False):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", os.path.join(here, script)]
    for h in headers:
        command += ["-H", h]
    command += [base, "--", *args]
    # PROFILE=file.nettrace: a 10-second CPU sample of the app from the middle of each measured run (dotnet-trace).
    profile = os.environ.get("PROFILE") if duration >= 20 and not warm_up else None
    load_run = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    # dotnet-counters over the run: bytes the app allocated and GC pause time, per request (allocation is the one cost
    # the machine's other load does not change; GC pauses follow it).
    counters_tool = shutil.which("dotnet-counters") or os.path.expanduser("~/.dotnet/tools/dotnet-counters")
    counters_csv = os.path.join(data, f"counters-{time.time_ns()}.csv")
    counters = None
    if (jit or not warm_up) and os.path.exists(counters_tool):
        counters = subprocess.Popen([counters_tool, "collect", "-p", str(app_pid), "--counters", "System.Runtime", "--refresh-interval", "1",
                                     "--duration", f"00:00:00:{duration:02d}", "--format", "csv", "-o", counters_csv],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if profile:
        time.sleep(duration / 2 - 5)
        trace = shutil.which("dotnet-trace") or os.path.expanduser("~/.dotnet/tools/dotnet-trace")
        # PROFILE_KIND=collect: EventPipe's managed sampler (convertible to speedscope, read by profile.py); collect-linux samples
        # native code too, but its trace does not convert to speedscope. For where the whole machine's CPU goes (PostgreSQL,
        # the app, the kernel), use perf as bench/README.md shows ("One hot row").
        # PROFILE_KIND=alloc: where the app allocates (the runtime's allocation ticks, one per ~100 KB, with stacks).
        kind = os.environ.get("PROFILE_KIND", "collect-linux")
        options = {"collect-linux": ["collect-linux", "--profile", "cpu-sampling"],
                   "collect": ["collect", "--profile", "dotnet-sampled-thread-time", "--format", "Speedscope"],
                   "alloc": ["collect", "--profile", "gc-verbose"]}[kind]
        subprocess.run([trace, options[0], "-p", str(app_pid), *options[1:], "--duration", "00:00:00:10", "-o", profile],
                       check=True, capture_output=True)
    out = load_run.communicate()[0]
    if load_run.returncode:
        sys.exit(f"wrk failed: {load_run.returncode}")
    result = dict(kv.split("=") for kv in re.search(r"^RESULT (.*)$", out, re.M).group(1).split())
    sample = re.search(r"^SAMPLE (.*)$", out, re.M)
    if sample:
        print("   first non-success answer:", sample.group(1)[:300])
    r = {k: float(v) for k, v in result.items()}
    r["rps"] = r["requests"] / r["seconds"]
    r["alloc_kb"] = r["gc_pause_pct"] = r["jit_ms_per_s"] = float("nan")
    if counters:
        counters.wait()
        totals = {"alloc": 0.0, "pause": 0.0, "jit": 0.0, "samples": 0}
        if os.path.exists(counters_csv):
            for line in open(counters_csv).read().splitlines()[1:]:
                parts = line.split(",")
                if parts[2].startswith("dotnet.gc.heap.total_allocated"):
                    totals["alloc"] += float(parts[4])
                    totals["samples"] += 1
                elif parts[2].startswith("dotnet.gc.pause.time"):
                    totals["pause"] += float(parts[4])
                elif parts[2].startswith("dotnet.jit.compilation.time"):
                    totals["jit"] += float(parts[4])
        if totals["samples"]:
            r["jit_ms_per_s"] = 1000 * totals["jit"] / totals["samples"]
            r["alloc_kb"] = totals["alloc"] / totals["samples"] / r["rps"] / 1024
            r["gc_pause_pct"] = 100 * totals["pause"] / totals["samples"]
    return r


def seller_store():
    return sql("SELECT store_id FROM \"AspNetUsers\" WHERE email = 'seller@demo.test'")


def sign_in():
    return call("POST", "/api/auth/login", shipdata.SELLER)["accessToken"]


def ship():
    token = sign_in()
    store = seller_store()
    call("PUT", "/api/freight-account", {"method": "Alipay", "holderName": "Bench", "accountNumber": "bench@alipay.test"}, token)
    # The template: one order with one line, made through the API like any imported order.
    call("POST", "/api/orders", {"orderNumber": "SHIP-TEMPLATE", "buyerName": "Emily Johnson", "buyerChannelCode": "CAINIAO_STANDARD",
        "placedAt": "2026-11-20T00:00:00Z", "shipBy": "2026-12-30T00:00:00Z",
        "recipient": {"name": "Emily Johnson", "phone": "+1 415 555 0134", "countryCode": "US", "province": "CA", "city": "San Francisco",
                      "postalCode": "94107", "line1": "500 Brannan St", "line2": "Apt 4B"},
        "lines": [{"sku": "PC-IP15-CLR", "title": "Phone case", "quantity": 1, "unitPrice": 6.90, "weightGrams": 45}]}, token)
    started = time.time()
    shipdata.copy_orders(sql, 0, orders - 1)
    print(f"-- {orders:,} one-line orders SHIP-0000000.. created in {time.time() - started:.1f} s")
    # Enough prepaid balance for every order: top-ups through the API (at most 100,000 each).
    shipdata.top_up(base, token, int(os.environ.get("TOPUPS", "150")))
    sql("SELECT 1", "postgres")
    subprocess.run([psql, *pg, "-d", "postgres", "-X", "-q", "-c", "CREATE DATABASE pgbench"], check=True, capture_output=True)
    subprocess.run(["pgbench", *pg, "-i", "-s", "10", "-q", "pgbench"], check=True, capture_output=True)
    def next_number():
        return shipdata.next_order(sql)

    warmed = settle("ship.lua", 32, lambda: [token, str(next_number()), uuid.uuid4().hex[:8], "2"])  # JIT (tiered, slow on a loaded machine), pools
    print(f"   warm-up: {warmed} s")
    rows = []
    for r in range(rounds):
        tps = pgbench()
        before = load()
        parcels_before = parcels()
        last_parcel = sql("SELECT coalesce(max(id), 0) FROM logistics_orders")
        cpu = cpu_seconds()
        wal_before, started = wal(), utc_now()
        result = wrk("ship.lua", 32, seconds, [token, str(next_number()), uuid.uuid4().hex[:8], "2"])
        cpu_after = cpu_seconds()
        wal_after, ended = wal(), utc_now()
        # Ships are the parcels the run made that were answered 201 within the run: a replay would be a 201 without a
        # parcel; a request still in flight when wrk stopped makes a parcel whose answer wrk did not count.
        made = parcels() - parcels_before
        answered = result["requests"] - result["not201"]
        result["ships"] = min(made, answered)
        result["replays"] = max(0, answered - made)
        result["in_flight"] = max(0, made - answered)
        result["rps"] = result["ships"] / result["seconds"]
        result["app_ms"] = (cpu_after[0] - cpu[0]) * 1000 / max(result["ships"], 1)
        result["pg_ms"] = (cpu_after[1] - cpu[1]) * 1000 / max(result["ships"], 1)
        result["wal_kb"] = (wal_after[0] - wal_before[0]) / 1024 / max(result["ships"], 1)
        result["wal_fpi"] = (wal_after[1] - wal_before[1]) / max(result["ships"], 1)
        spans = checkpoints(started, ended)
        # Group commit (CommitGroups): a row's xmin is the transaction that wrote it, so the parcels the run made per
        # distinct xmin are the ships a transaction carried.
        result["per_commit"] = float(sql(f"SELECT round(count(*)::numeric / greatest(count(DISTINCT xmin::text), 1), 2) "
                                         f"FROM logistics_orders WHERE id > {last_parcel}"))
        result["checkpoints"] = "n/a" if spans is None else f"{spans[0]} under way, {spans[1]} ending in the run"
        plain = plain_sql_ships(next_number(), store)
        if next_number() >= orders:
            sys.exit("ran out of pre-created orders: raise ORDERS")
        rows.append((tps, result, before, load(), plain))
        print(f"   round {r + 1}: pgbench {tps:,.0f} tps; ship {result['rps']:,.0f}/s ({result['rps'] / tps:.2f}×), "
              f"p50 {result['p50']:.0f} ms, p90 {result['p90']:.0f} ms, p99 {result['p99']:.0f} ms, "
              f"non-201 {result['not201']:.0f}, 201 without a new parcel {result['replays']:.0f}, "
              f"parcels of requests in flight at the end {result['in_flight']:.0f}, socket errors {result['socket_errors']:.0f}, "
              f"CPU per ship: app {result['app_ms']:.2f} ms + PostgreSQL {result['pg_ms']:.2f} ms, "
              f"allocated {kb(result['alloc_kb'])} KB per ship, GC pauses {kb(result['gc_pause_pct'])}% of the time, JIT {kb(result['jit_ms_per_s'])} ms/s, load {before}→{load()}")
        print(f"            WAL {result['wal_kb']:.1f} KB per ship ({result['wal_fpi']:.2f} full-page images); checkpoints: {result['checkpoints']}; "
              f"{result['per_commit']:.2f} ships per transaction")
        print(f"            the same ship as plain SQL (ship.pgbench, 4 clients, no app): {plain['rps']:,.0f}/s ({plain['rps'] / tps:.2f}× pgbench), "
              f"latency {plain['latency']:.1f} ms, PostgreSQL {plain['pg_ms']:.2f} ms CPU per ship; the app reaches {result['rps'] / plain['rps']:.0%} of it")
    balance = sql(f"SELECT (SELECT balance FROM freight_accounts WHERE store_id = {store}) "
                  f"- (SELECT sum(amount) FROM freight_ledger_entries WHERE store_id = {store})")
    doubled = sql("SELECT count(*) FROM (SELECT order_id FROM logistics_orders GROUP BY order_id HAVING count(*) > 1) d")
    print(f"-- check: balance minus ledger sum = {balance}; orders with two parcels = {doubled}")
    print()
    print("| round | pgbench TPC-B tps | ship/s | ratio | p50 ms | p90 ms | p99 ms | non-201 | CPU ms per ship (app + PG) | KB allocated per ship | plain-SQL ship/s (ratio) | app ÷ plain SQL | load avg |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for i, (tps, r, l1, l2, plain) in enumerate(rows):
        print(f"| {i + 1} | {tps:,.0f} | {r['rps']:,.0f} | {r['rps'] / tps:.2f}× | {r['p50']:.0f} | {r['p90']:.0f} | {r['p99']:.0f} | "
              f"{r['not201'] + r['socket_errors']:.0f} | {r['app_ms']:.2f} + {r['pg_ms']:.2f} | {kb(r['alloc_kb'])} | "
              f"{plain['rps']:,.0f} ({plain['rps'] / tps:.2f}×) | {r['rps'] / plain['rps']:.0%} | {l1}–{l2} |")


def reads(floor=False):
    token = sign_in()
    store = seller_store()
    if floor:
        # What the pipeline alone costs: an authenticated API answer that reads nothing from the database.
        measure_reads([("GET /api/me (bearer)", "/api/me", [], [f"Authorization: Bearer {token}"]), ("GET /healthz", "/healthz", [], [])])
        return
    started = time.time()
    fill = open(os.path.join(here, "fill-1m.sql")).read().replace("{orders}", str(read_orders)).replace("{store}", store)
    subprocess.run([psql, *pg, "-d", "fulfilment", "-X", "-q", "-v", "ON_ERROR_STOP=1"], input=fill, check=True, capture_output=True, text=True)
    print(f"-- filled {read_orders:,} orders ({sql('SELECT count(*) FROM orders WHERE store_id = ' + store)} in the seller's store) "
          f"in {time.time() - started:.0f} s")
    # The inbox page and the details page with the seller's cookie, signed in through the login form.
    cookie = shipdata.seller_cookie(base)
    numbers = sql(f"SELECT string_agg(order_number, ' ') FROM (SELECT order_number FROM orders WHERE store_id = {store} "
                  "AND status = 'AwaitingShipment' ORDER BY ship_by, id LIMIT 200) o").split()
    bearer, cookies = [f"Authorization: Bearer {token}"], [f"Cookie: {cookie}"]
    paths = [
        ("GET /api/orders?pageSize=50 (bearer)", "/api/orders?pageSize=50", [], bearer),
        ("GET /Orders (inbox page, cookie)", "/Orders", [], cookies),
        ("GET /api/orders/{no} (bearer)", "/api/orders/{n}", numbers, bearer),
        ("GET /Orders/{no} (details page, cookie)", "/Orders/{n}", numbers, cookies),
    ]
    check_reads(paths)
    only = os.environ.get("ONLY")
    measure_reads([p for p in paths if not only or only in p[0]])


def check_reads(paths):
    """Each path answers what it is measured for, once, before the load: a 200 that is a login page or an empty list
    would be fast for the wrong reason."""
    def body(path, headers):
        request = urllib.request.Request(base + path, headers=dict(h.split(": ", 1) for h in headers))
        with urllib.request.urlopen(request) as answer:
            return answer.read().decode()
    for name, template, numbers, headers in paths:
        path = template.replace("{n}", numbers[0]) if numbers else template
        text = body(path, headers)
        if template == "/api/orders?pageSize=50":
            ok = len(json.loads(text)["items"]) == 50
        elif template == "/Orders":
            ok = text.count('name="Input.Orders"') == 20
        elif numbers and template.startswith("/api/"):
            order = json.loads(text)
            ok = order["orderNumber"] == numbers[0] and len(order["lines"]) > 0
        else:
            ok = numbers[0] in text and "Input.Password" not in text
        if not ok:
            sys.exit(f"{name}: the answer is not what the path is measured for: {text[:300]}")
    print(f"-- checked: each path answers its content (50 orders, the inbox's 20 rows, an order with its lines, its page)")


def measure_reads(paths):
    rows = []
    for name, path, args, headers in paths:
        warmed = settle("get.lua", 16, lambda: [path, *args], headers)
        for r in range(rounds):
            before = load()
            cpu = cpu_seconds()
            result = wrk("get.lua", 16, seconds, [path, *args], headers)
            cpu_after = cpu_seconds()
            result["app_ms"] = (cpu_after[0] - cpu[0]) * 1000 / max(result["requests"], 1)
            result["pg_ms"] = (cpu_after[1] - cpu[1]) * 1000 / max(result["requests"], 1)
            rows.append((name, result, before, load()))
            print(f"   {name}: {result['rps']:,.0f}/s, p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms, non-200 {result['not200']:.0f}, "
                  f"CPU per request app {result['app_ms']:.2f} + PG {result['pg_ms']:.2f} ms, allocated {kb(result['alloc_kb'])} KB per request, "
                  f"JIT {kb(result['jit_ms_per_s'])} ms/s after {warmed} s of warm-up, load {before}→{load()}")
    print()
    print("| read (16 connections) | requests/s | p50 ms | p90 ms | p99 ms | non-200 | CPU ms per request (app + PG) | KB allocated per request | load avg |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, r, l1, l2 in rows:
        print(f"| {name} | {r['rps']:,.0f} | {r['p50']:.1f} | {r['p90']:.1f} | {r['p99']:.1f} | {r['not200'] + r['socket_errors']:.0f} | "
              f"{r['app_ms']:.2f} + {r['pg_ms']:.2f} | {kb(r['alloc_kb'])} | {l1}–{l2} |")


print(f"-- {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} CPUs, load {open('/proc/loadavg').read().strip()}, "
      f"commit {subprocess.run(['git', '-C', here, 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()}")
if mode in ("ship", "all"):
    ship()
if mode in ("reads", "all"):
    reads()
if mode == "floor":
    reads(floor=True)
