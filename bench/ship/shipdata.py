"""What bench.py and pair.py both do with the bench's data and the app: read the CPU time the app and the cluster have
spent, run a statement on the cluster, call the API, sign the demo seller in through the login form, top up the prepaid
balance, make the one-line orders ships are made from, and find where the next run starts. `sql` is a function that
runs one statement on the app's database and returns its output (`sql_at`)."""
import glob, http.cookiejar, json, os, re, shutil, subprocess, sys, urllib.error, urllib.parse, urllib.request, uuid

SELLER = {"email": "seller@demo.test", "password": "Fulfil-Demo-2026"}
PSQL = shutil.which("psql") or sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))[-1]


def cpu_of(pid, reaped=False):
    """CPU time (user + system, seconds) of a process so far; with `reaped`, with that of its children that have exited."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return sum(int(f) for f in fields[11:15 if reaped else 13]) / os.sysconf("SC_CLK_TCK")
    except (FileNotFoundError, ProcessLookupError):
        return 0.0


def cluster_cpu(data):
    """CPU time so far of the cluster under the data directory `data`: the postmaster with its exited children (ended
    connections such as pgbench's, autovacuum workers), which the live children no longer include, plus the live ones."""
    postmaster = int(open(os.path.join(data, "pgdata", "postmaster.pid")).readline())
    children = subprocess.run(["ps", "--ppid", str(postmaster), "-o", "pid="], capture_output=True, text=True).stdout.split()
    return cpu_of(postmaster, reaped=True) + sum(cpu_of(int(c)) for c in children)


def sql_at(port):
    """A function running one statement on the cluster at `port` (in the app's database unless another is named) and
    returning its output, unaligned and without headers."""
    def sql(statement, database="fulfilment"):
        return subprocess.run([PSQL, "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", database, "-X", "-q", "-t", "-A",
                               "-v", "ON_ERROR_STOP=1", "-c", statement], check=True, capture_output=True, text=True).stdout.strip()
    return sql


def call(base, method, path, body=None, token=None, headers=None):
    """The API's JSON answer; an error answer stops the bench with its status and body."""
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", "Bearer " + token)
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    try:
        with urllib.request.urlopen(request) as response:
            return json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        sys.exit(f"{method} {path}: {e.code} {e.read().decode()}")


def top_up(base, token, times):
    """Prepaid balance through the API: `times` top-ups of 100,000, the most one takes."""
    for _ in range(times):
        call(base, "POST", "/api/freight-account/top-ups", {"amount": 100000}, token, {"Idempotency-Key": str(uuid.uuid4())})


def seller_cookie(base):
    """The cookies a browser holds once the demo seller has signed in through the login form (antiforgery included)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(base + "/Account/Login").read().decode()
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', form).group(1)
    opener.open(base + "/Account/Login", urllib.parse.urlencode(
        {"Input.Email": SELLER["email"], "Input.Password": SELLER["password"], "__RequestVerificationToken": token}).encode()).read()
    return "; ".join(f"{c.name}={c.value}" for c in jar)


def copy_orders(sql, first, last):
    """Orders SHIP-<first>..SHIP-<last> (seven digits), each a copy of the order SHIP-TEMPLATE with its one line."""
    template = sql("SELECT id FROM orders WHERE order_number = 'SHIP-TEMPLATE'")
    columns = sql("SELECT string_agg(column_name, ',') FROM information_schema.columns WHERE table_name = 'orders' "
                  "AND column_name NOT IN ('id', 'order_number') AND is_generated = 'NEVER'")
    lines = sql("SELECT string_agg(column_name, ',') FROM information_schema.columns WHERE table_name = 'order_lines' "
                "AND column_name NOT IN ('id', 'order_id') AND is_generated = 'NEVER'").split(",")
    sql(f"INSERT INTO orders (order_number, {columns}) SELECT 'SHIP-' || lpad(i::text, 7, '0'), {columns} "
        f"FROM orders, generate_series({first}, {last}) i WHERE id = {template}")
    sql(f"INSERT INTO order_lines (order_id, {','.join(lines)}) SELECT o.id, {', '.join('l.' + c for c in lines)} "
        f"FROM orders o JOIN order_lines l ON l.order_id = {template} "
        f"WHERE o.order_number LIKE 'SHIP-0%' AND substr(o.order_number, 6)::int BETWEEN {first} AND {last}")
    sql("VACUUM ANALYZE orders")
    sql("VACUUM ANALYZE order_lines")


def parcels(sql):
    """Parcels of the bench's orders (SHIP-0000000..), shipped by the app or by the plain SQL."""
    return int(sql("SELECT count(*) FROM logistics_orders WHERE order_number LIKE 'SHIP-0%'"))


def next_order(sql):
    """Where a run starts: past the last order that has a parcel (shipping leaves an order awaiting shipment until its
    notice is filed, so the order's status cannot tell), with room for requests still in flight. A run also uses keys of
    its own: a request that repeats an earlier one is a replay, not a ship. Until 2026-12-06 19:30 UTC the runs started
    from the order's status, so every round after the warm-up re-sent the warm-up's requests (same keys) and counted
    their replays as ships."""
    return int(sql("SELECT coalesce(max(substr(order_number, 6)::int), -1) FROM logistics_orders "
                   "WHERE order_number LIKE 'SHIP-0%'")) + 64
