#!/usr/bin/env bash
# The dashboard page in headless Chromium (issue 13): the chart and the figures render, and a
# screenshot is saved as examples/target/dashboard.png. Needs examples/target/tuopin.jar (run
# after `mvn verify`). Installs chromium from Debian's packages when missing; skips with a
# message when it still cannot be found.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -q && apt-get install -y -q chromium fonts-wqy-zenhei || true
fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "SKIPPED: dashboard browser test: no chromium (apt-get install chromium)"
  exit 0
fi

jar=examples/target/tuopin.jar
work=$(mktemp -d)
java -cp "$jar" org.tuopin.examples.dashboard.Dashboard 0 > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
url=""
for _ in $(seq 1 50); do
  url=$(grep -o 'http://[0-9.:]*/' "$work/server.log" || true)
  [ -n "$url" ] && break
  sleep 0.2
done
test -n "$url" || { echo "the dashboard did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

chrome() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$work")" --virtual-time-budget=15000 --window-size=1100,1700 "$@" 2>/dev/null
}
chrome --dump-dom "$url" > "$work/dom.html"
chrome --screenshot="$PWD/examples/target/dashboard.png" "$url" > /dev/null

dom="$work/dom.html"
fail() { echo "dashboard page: $1" >&2; exit 1; }
grep -q 'data-state="ready"' "$dom" || fail "did not reach data-state=ready ($(grep -o 'id="status">[^<]*' "$dom"))"
bars=$(grep -o 'class="incidence-bar"' "$dom" | wc -l)
[ "$bars" -eq 5 ] || fail "expected 5 village bars in the chart, found $bars"
grep -q 'class="incidence">1.81%' "$dom" || fail "the incidence of village 511921105201 (1.81%) is not shown"
targets=$(grep -o 'class="target"' "$dom" | wc -l)
[ "$targets" -gt 0 ] || fail "no target progress bars"
grep -q '260 / 800（33%）' "$dom" || fail "the progress of people exited (260 / 800) is not shown"
grep -q '人均纯收入：要求' "$dom" || fail "no household explanation in Chinese"
test -s examples/target/dashboard.png || fail "no screenshot"
echo "dashboard page: $bars village bars, $targets targets, explanation in Chinese; screenshot examples/target/dashboard.png"
