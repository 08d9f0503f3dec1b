#!/usr/bin/env bash
# Lighthouse (mobile preset: Moto G power-sized screen, simulated slow 4G and 4x CPU slowdown) against a running app,
# signed in as the demo seller, with Debian's Chromium. Prints each run's performance score, the median per page and
# the load average, and keeps the JSON reports under artifacts/lighthouse/.
#
#   dotnet run -c Release --project src/Fulfilment.Web -- --urls http://127.0.0.1:5080   # demo data, another shell
#   tools/lighthouse/run.sh [base-url] [runs]          # defaults: http://127.0.0.1:5080, 3 runs per page
#
# Environment: CHROME_PATH (default /usr/bin/chromium), EMAIL / PASSWORD (default the demo seller), PAGES (default
# "inbox ship create").
set -euo pipefail
base=${1:-http://127.0.0.1:5080}
runs=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/artifacts/lighthouse"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
email=${EMAIL:-seller@demo.test}
password=${PASSWORD:-Fulfil-Demo-2026}
mkdir -p "$out"
[ -x "$here/node_modules/.bin/lighthouse" ] || (cd "$here" && npm ci --no-audit --no-fund)

# Sign in through the login form (antiforgery token + cookie), then hand the cookies to Lighthouse as a header.
jar=$(mktemp)
trap 'rm -f "$jar" "$out/headers.json"' EXIT
token=$(curl -fsS -c "$jar" -b "$jar" "$base/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fsS -o /dev/null -c "$jar" -b "$jar" "$base/Login" \
  --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" --data-urlencode "__RequestVerificationToken=$token"
cookie=$(awk -F'\t' 'NF >= 7 && $1 !~ /^# / { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar")
printf '{"Cookie": "%s"}\n' "$cookie" > "$out/headers.json"

# The logistics order form needs a bound freight deduction account (the sandbox approves any other account): bind one.
page_token() { curl -fsS -b "$jar" -c "$jar" "$base$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
curl -fsS -o /dev/null -b "$jar" -c "$jar" "$base/FreightAccount?handler=Bind" --data-urlencode "__RequestVerificationToken=$(page_token /FreightAccount)" \
  --data-urlencode "Bind.Method=Alipay" --data-urlencode "Bind.HolderName=Li Wei" --data-urlencode "Bind.AccountNumber=li.wei@alipay.test"

# An order waiting for shipment (the first Ship link of the inbox) for the Ship page and the logistics order form.
order=$(curl -fsS -b "$jar" "$base/Orders" | grep -o 'href="/Orders/[^/"]*/Ship"' | head -1 | sed 's#href="/Orders/##; s#/Ship"##')
[ -n "$order" ] || { echo "No order to ship in the inbox (signed in?)" >&2; exit 1; }
declare -A pages=(
  [inbox]="/Orders"
  [ship]="/Orders/$order/Ship"
  # As the channel step sends the seller on (confirm: another channel than the buyer's was confirmed); a redirect would lose the cookie header.
  [create]="/Shipping/$order/Create?channel=CAINIAO_STANDARD&goodsType=General&confirm=true"
)

echo "Lighthouse $("$here/node_modules/.bin/lighthouse" --version), $("$CHROME_PATH" --version 2>/dev/null), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in ${PAGES:-inbox ship create}; do
  scores=()
  for i in $(seq 1 "$runs"); do
    report="$out/$name-$i.json"
    # Under heavy load Lighthouse sometimes loses the trace (NO_NAVSTART): try such a run again, up to 3 times.
    for attempt in 1 2 3; do
      "$here/node_modules/.bin/lighthouse" "$base${pages[$name]}" --quiet --only-categories=performance \
        --chrome-flags="--headless --no-sandbox" --extra-headers="$out/headers.json" \
        --output=json --output-path="$report" >/dev/null && break
      echo "$name run $i: Lighthouse failed (attempt $attempt), again" >&2
    done
    line=$(node -e '
      const r = require(process.argv[1]); const a = r.audits;
      const ms = k => Math.round(a[k].numericValue);
      console.log(Math.round(r.categories.performance.score * 100),
        `FCP ${ms("first-contentful-paint")} ms, LCP ${ms("largest-contentful-paint")} ms, TBT ${ms("total-blocking-time")} ms, CLS ${a["cumulative-layout-shift"].numericValue.toFixed(3)}`);
    ' "$report")
    scores+=("${line%% *}")
    echo "$name (${pages[$name]}) run $i: $line, load $(cut -d' ' -f1 /proc/loadavg)"
  done
  median=$(printf '%s\n' "${scores[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  echo "$name median: $median"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
