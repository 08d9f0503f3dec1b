#!/usr/bin/env bash
# The charge on one store's freight account row, alone: how PostgreSQL's throughput on one hot row falls as more
# transactions queue on its lock (the reason for Data/HotRowGate.cs). A throwaway durable cluster (fsync on), a
# 10-row account table and a ledger; each transaction inserts a ledger row and takes the charge from one account
# (`hot`: always the same row; `spread`: one of ten), committed; pgbench at 1..32 clients, 10 s each.
#   bash bench/ship/hot-row.sh
set -euo pipefail
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
dir="$(mktemp -d /tmp/hot-row.XXXXXX)"; chmod 755 "$dir"
as=(); [ "$(id -u)" = 0 ] && { chown postgres "$dir"; as=(runuser -u postgres --); }
port="${PORT:-5499}"
"${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=''" -l "$dir/log" -w start >/dev/null
trap '"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null; rm -rf "$dir"' EXIT
psql=("$bin/psql" -h "$dir" -p "$port" -U postgres -X -q)
"${psql[@]}" -c "CREATE TABLE account (id int PRIMARY KEY, balance numeric NOT NULL CHECK (balance >= 0));
  INSERT INTO account SELECT g, 1e12 FROM generate_series(1, 10) g;
  CREATE TABLE ledger (id bigserial PRIMARY KEY, account int NOT NULL, amount numeric NOT NULL);"
printf 'BEGIN;\nINSERT INTO ledger (account, amount) VALUES (1, -1);\nUPDATE account SET balance = balance - 1 WHERE id = 1 AND balance >= 1;\nCOMMIT;\n' >"$dir/hot.sql"
printf '\\set a random(1, 10)\nBEGIN;\nINSERT INTO ledger (account, amount) VALUES (:a, -1);\nUPDATE account SET balance = balance - 1 WHERE id = :a AND balance >= 1;\nCOMMIT;\n' >"$dir/spread.sql"
echo "| clients | one row (tps) | ten rows (tps) |"
echo "| --- | --- | --- |"
for c in 1 2 4 8 16 32; do
    tps() { "$bin/pgbench" -h "$dir" -p "$port" -U postgres -n -M prepared -c "$c" -j "$(( c < 2 ? 1 : 2 ))" -T 10 -f "$dir/$1.sql" postgres 2>/dev/null | sed -n 's/^tps = \([0-9]*\).*/\1/p'; }
    echo "| $c | $(tps hot) | $(tps spread) |"
done
