"""Two builds (or two settings) side by side, in the same minutes: a change is kept on numbers this gives.

    python3 bench/ship/pair.py DATA_DIR BIN_A BIN_B TARGET

DATA_DIR is a data directory the bench kept (KEEP=1 bash bench/ship/run.sh ship|reads); BIN_A and BIN_B are two
bin/Release/net10.0 directories (the same one twice to compare settings: ENV_A / ENV_B, "Key=value,Key=value", are
added to that instance's environment; DATA_B gives B its own copy of the data directory, for a setting kept in the
database such as the data-protection keys' algorithm). TARGET is `ship` (POST /api/orders/{no}/logistics-orders on the bench's
pre-created orders) or a path to GET: /Orders (with the seller's cookie), /api/orders?pageSize=50 (with a bearer token).

Both instances run at once (A on 5300, B on 5301) on the one cluster and take turns under load: PAIRS (12) pairs of
SECS-second runs (6; 8 for ship), in the order AB, BA, AB, … after WARM (30) seconds of warm-up each, CONNS connections
(16; 32 for ship). On a machine shared with other tenants the CPU a request costs drifts by a third within minutes;
runs of one build a few minutes after another's compare the minutes, not the builds. Runs seconds apart do not. It
prints each run, then per build the mean and median of requests/s and of the app's CPU per request, and in how many
pairs B used less CPU than A.
"""
import os, re, statistics, subprocess, sys, time, urllib.request, uuid

import shipdata

data, bins, target = sys.argv[1], {"A": os.path.abspath(sys.argv[2]), "B": os.path.abspath(sys.argv[3])}, sys.argv[4]
datas = {"A": data, "B": os.environ.get("DATA_B") or data}
shipping = target == "ship"
pairs = int(os.environ.get("PAIRS", "12"))
seconds = int(os.environ.get("SECS", "8" if shipping else "6"))
warm = int(os.environ.get("WARM", "30"))
connections = os.environ.get("CONNS", "32" if shipping else "16")
ports = {"A": 5300, "B": 5301}
here = os.path.dirname(os.path.abspath(__file__))
web = os.path.join(here, "..", "..", "src", "Fulfilment.Web")


def url(build, path=""):
    return f"http://127.0.0.1:{ports[build]}{path}"


def start(build):
    settings = dict(kv.split("=", 1) for kv in os.environ.get(f"ENV_{build}", "").split(",") if kv)
    env = dict(os.environ, **settings, Fulfilment__DataDirectory=datas[build],
               Security__RateLimits__ApiPerToken__PermitLimit="100000000")
    log = open(os.path.join(datas[build], f"pair-{build}.log"), "w")
    app = subprocess.Popen(["dotnet", os.path.join(bins[build], "Fulfilment.Web.dll"), "--urls", url(build)],
                           cwd=web, env=env, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(240):
        try:
            urllib.request.urlopen(url(build, "/healthz"))
            return app
        except OSError:
            if app.poll() is not None:
                sys.exit(f"{build} stopped at start: see {log.name}")
            time.sleep(0.5)
    sys.exit(f"{build} did not answer /healthz")


def sql_of(build):
    """Statements on the cluster of the build's data directory (its port in the postmaster's pid file)."""
    return shipdata.sql_at(open(os.path.join(datas[build], "pgdata", "postmaster.pid")).read().split("\n")[3])


def credentials(build):
    """A bearer token for the API and for ship, else the cookies a browser holds after signing in."""
    if shipping or target.startswith("/api/"):
        return ["-H", "Authorization: Bearer " + shipdata.call(url(build), "POST", "/api/auth/login", shipdata.SELLER)["accessToken"]]
    return ["-H", "Cookie: " + shipdata.seller_cookie(url(build))]


def enough_to_ship(build, token):
    """Orders and prepaid balance for every run at 2,000 ships/s: past either, ships would answer 409 or take the
    withholding path, neither of which is the path measured. More orders are copied from the bench's template."""
    need = 2000 * (2 * warm + 2 * pairs * seconds)
    sql = sql_of(build)
    last = int(sql("SELECT coalesce(max(substr(order_number, 6)::int), -1) FROM orders WHERE order_number LIKE 'SHIP-0%'"))
    first = shipdata.next_order(sql)
    if last - first < need:
        if not sql("SELECT id FROM orders WHERE order_number = 'SHIP-TEMPLATE'"):
            sys.exit(f"{datas[build]} has no ship orders: keep the data of a ship bench (KEEP=1 bash bench/ship/run.sh ship)")
        shipdata.copy_orders(sql, last + 1, first + need)
    balance = float(sql("SELECT f.balance FROM freight_accounts f JOIN \"AspNetUsers\" u ON u.store_id = f.store_id "
                         f"WHERE u.email = '{shipdata.SELLER['email']}'"))
    shipdata.top_up(url(build), token, max(0, int((need * 52 - balance) / 100000) + 1))


def pg_cpu(build):
    """CPU time so far of the build's cluster. Runs take turns, so what a run adds is what its requests cost PostgreSQL."""
    return shipdata.cluster_cpu(datas[build])


def load(build, duration):
    """One wrk run against a build: the requests it counts as done (ships: parcels made), and its output."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s"]
    if shipping:
        token = auth[build][1].removeprefix("Authorization: Bearer ")
        return subprocess.run([*command, "-s", os.path.join(here, "ship.lua"), url(build), "--", token, str(shipdata.next_order(sql_of(build))),
                               uuid.uuid4().hex[:8], "2"], capture_output=True, text=True).stdout
    return subprocess.run([*command, *auth[build], url(build, target)], capture_output=True, text=True).stdout


apps = {}
try:
    apps["A"] = start("A")
    apps["B"] = start("B")
    auth = {build: credentials(build) for build in apps}
    for build in apps if shipping else ():
        enough_to_ship(build, auth[build][1].removeprefix("Authorization: Bearer "))
    for build in apps:
        load(build, warm)
    runs = {"A": [], "B": []}
    for i in range(pairs):
        for build in ("AB" if i % 2 == 0 else "BA"):
            before, spent, pg_spent = (shipdata.parcels(sql_of(build)) if shipping else 0), shipdata.cpu_of(apps[build].pid), pg_cpu(build)
            out = load(build, seconds)
            spent, pg_spent = shipdata.cpu_of(apps[build].pid) - spent, pg_cpu(build) - pg_spent
            done = shipdata.parcels(sql_of(build)) - before if shipping else int(re.search(r"(\d+) requests in", out).group(1))
            failed = re.search(r"not201=(\d+)", out) if shipping else re.search(r"Non-2xx or 3xx responses: (\d+)", out)
            if failed and int(failed.group(1)):
                sys.exit(f"{build}: {failed.group(1)} answers were not successes; nothing measured counts")
            runs[build].append((done / seconds, 1000 * spent / done, 1000 * pg_spent / done))
            print(f"{build} {done / seconds:8,.0f}/s  app {1000 * spent / done:.3f} + PG {1000 * pg_spent / done:.3f} ms per request  "
                  f"load {open('/proc/loadavg').read().split()[0]}", flush=True)
    for build in "AB":
        rates, costs, pgs = [r[0] for r in runs[build]], [r[1] for r in runs[build]], [r[2] for r in runs[build]]
        print(f"{build}: {statistics.mean(rates):,.0f}/s mean, {statistics.median(rates):,.0f}/s median; app CPU "
              f"{statistics.mean(costs):.3f} ms mean, {statistics.median(costs):.3f} ms median; PostgreSQL CPU "
              f"{statistics.mean(pgs):.3f} ms mean, {statistics.median(pgs):.3f} ms median per request")
    cheaper = sum(1 for a, b in zip(runs["A"], runs["B"]) if b[1] < a[1])
    cheaper_pg = sum(1 for a, b in zip(runs["A"], runs["B"]) if b[2] < a[2])
    print(f"B used less app CPU per request than A in {cheaper} of {pairs} pairs, less PostgreSQL CPU in {cheaper_pg}")
finally:
    for app in apps.values():
        app.terminate()
    for app in apps.values():
        app.wait()
