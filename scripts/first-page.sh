#!/usr/bin/env bash
# Starts a web application, waits for its first page, and prints how long that took and how much memory the
# process holds then; stops the application afterwards. Use it to compare cold starts of any two applications:
#
#   scripts/first-page.sh http://127.0.0.1:8080/login -- java -jar target/ohjaamo-0.1.0-SNAPSHOT.jar
#   scripts/first-page.sh http://127.0.0.1:8080/ -- java -jar ../spring-petclinic/target/*.jar
#
# Prints one line: "first-page-ms=N rss-mib=N". Exits non-zero when the page did not answer within
# FIRST_PAGE_TIMEOUT seconds (default 120). Needs curl; reads the resident memory from /proc (Linux).
set -euo pipefail

[ $# -ge 3 ] && [ "$2" = "--" ] || { sed -n '2,9p' "$0" >&2; exit 2; }
URL=$1
shift 2
TIMEOUT=${FIRST_PAGE_TIMEOUT:-120}

started=$(date +%s%N)
"$@" >/dev/null 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT

deadline=$((SECONDS + TIMEOUT))
until [ "$(curl -s -L -o /dev/null -w '%{http_code}' "$URL" || true)" = 200 ]; do
	kill -0 "$pid" 2>/dev/null || { echo "the application stopped before answering" >&2; exit 1; }
	[ $SECONDS -lt $deadline ] || { echo "no answer from $URL within $TIMEOUT s" >&2; exit 1; }
	sleep 0.05
done
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
rss_kib=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
echo "first-page-ms=$elapsed_ms rss-mib=$((rss_kib / 1024))"
