#!/usr/bin/env bash
# Fills a throwaway PostgreSQL cluster with 1,000,000 orders (or the number given) and prints EXPLAIN (ANALYZE, BUFFERS)
# of the inbox queries exactly as the app sends them. Needs the PostgreSQL server binaries (Debian: postgresql).
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release --project InboxBench.csproj -- "${1:-1000000}" | tee explain-1m.txt
