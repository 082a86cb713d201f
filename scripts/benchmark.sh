#!/usr/bin/env bash
# Measures the portfolio's first page, a card with its history and scores, the priority ranking, the capacity
# view and the comparison of two scenarios with the current plan on a generated city-size dataset.
# What it measures and how to read the results: docs/benchmarks.md.
#
#   scripts/benchmark.sh [--fresh] [--postgres] [--build] [--port N] [--projects N] [--revisions N]
#                        [--national N] [--data-dir DIR] [--warmup N] [--runs N]
#
#   --fresh       generate the dataset again: deletes the H2 data directory, or with --postgres empties the
#                 public schema of the benchmark database
#   --postgres    run against PostgreSQL: OHJAAMO_DB_URL (default jdbc:postgresql://127.0.0.1:5432/ohjaamo_bench,
#                 created if missing), OHJAAMO_DB_USER (default postgres), OHJAAMO_DB_PASSWORD (default empty)
#   --build       build the jar even if it is newer than every source file
#   --national N  also generate the national dataset: N projects (2 versions each) in 329 other organisations,
#                 308 municipalities and 21 wellbeing areas; the measured pages stay the city's
#
# Environment: JAVA_HOME (a JDK 21 or newer; default /usr/lib/jvm/temurin-25-jdk-amd64), JAVA_OPTS for the
# application's JVM (default -Xms512m -Xmx1g), BENCH_PASSWORD (default ohjaamo-bench), BENCH_STARTUP_SECONDS
# (default 180: how long the application may take to become healthy; a busy machine needs more).
set -euo pipefail

SCRIPT=$(realpath "$0")
cd "$(dirname "$SCRIPT")/.."

PORT=8181
PROJECTS=2000
REVISIONS=20
NATIONAL=0
DATA_DIR=./target/data-bench
WARMUP=20
RUNS=100
FRESH=false
POSTGRES=false
BUILD=false
PASSWORD=${BENCH_PASSWORD:-ohjaamo-bench}
PORTFOLIO_TARGET_MS=200
CARD_TARGET_MS=150
RANKING_TARGET_MS=300
CAPACITY_TARGET_MS=300
COMPARISON_TARGET_MS=300
ROADMAP_TARGET_MS=300
DOCUMENT_TARGET_MS=1000

usage() {
	sed -n '2,20p' "$SCRIPT" | sed 's/^# \{0,1\}//'
	exit "${1:-0}"
}

while [ $# -gt 0 ]; do
	case "$1" in
		--fresh) FRESH=true ;;
		--postgres) POSTGRES=true ;;
		--build) BUILD=true ;;
		--port) PORT=$2; shift ;;
		--projects) PROJECTS=$2; shift ;;
		--revisions) REVISIONS=$2; shift ;;
		--national) NATIONAL=$2; shift ;;
		--data-dir) DATA_DIR=$2; shift ;;
		--warmup) WARMUP=$2; shift ;;
		--runs) RUNS=$2; shift ;;
		-h|--help) usage ;;
		*) echo "unknown option: $1" >&2; usage 2 ;;
	esac
	shift
done

for number in "$PORT" "$PROJECTS" "$REVISIONS" "$NATIONAL" "$WARMUP" "$RUNS"; do
	[[ "$number" =~ ^[0-9]+$ ]] || { echo "not a number: $number" >&2; exit 2; }
done
# H2 refuses a relative path that does not start with ./
case "$DATA_DIR" in
	/*|./*|../*|~*) ;;
	*) DATA_DIR=./$DATA_DIR ;;
esac
[ "$RUNS" -ge 1 ] && [ "$RUNS" -le 100000 ] && [ "$WARMUP" -le 100000 ] || { echo "runs out of range" >&2; exit 2; }

die() {
	echo "benchmark: $*" >&2
	exit 1
}

# A JDK of at least 21: the one in JAVA_HOME if it is new enough, otherwise Temurin 25.
java_home() {
	for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
		if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
			local major
			major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
				| sed -n 's/^ *java.specification.version = //p')
			if [ "${major:-0}" -ge 21 ]; then
				echo "$candidate"
				return
			fi
		fi
	done
	die "no JDK 21 or newer found; set JAVA_HOME"
}

JAVA_HOME=$(java_home)
[ -n "$JAVA_HOME" ] || exit 1
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
read -r -a JVM_OPTS <<< "${JAVA_OPTS:--Xms512m -Xmx1g}"
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ohjaamo-bench.XXXXXX")
COOKIES="$WORK/cookies"
APP_PID=""

cleanup() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 30); do
			kill -0 "$APP_PID" 2>/dev/null || break
			sleep 1
		done
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

jar() {
	find target -maxdepth 1 -name 'ohjaamo-*.jar' ! -name '*.original' 2>/dev/null | sort | tail -1
}

if [ "$BUILD" = true ] || [ -z "$(jar)" ] || [ -n "$(find src pom.xml -newer "$(jar)" -print -quit)" ]; then
	echo "Building the jar..."
	./mvnw -q -DskipTests package
fi
JAR=$(jar)
[ -n "$JAR" ] || die "no jar in target/"

APP_ARGS=(--ohjaamo.demo.enabled=false)
if [ "$POSTGRES" = true ]; then
	export OHJAAMO_DB_URL=${OHJAAMO_DB_URL:-jdbc:postgresql://127.0.0.1:5432/ohjaamo_bench}
	export OHJAAMO_DB_USER=${OHJAAMO_DB_USER:-postgres}
	export OHJAAMO_DB_PASSWORD=${OHJAAMO_DB_PASSWORD:-}
	[[ "$OHJAAMO_DB_URL" =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([A-Za-z0-9_]+)$ ]] \
		|| die "expected OHJAAMO_DB_URL like jdbc:postgresql://127.0.0.1:5432/ohjaamo_bench"
	PG_HOST=${BASH_REMATCH[1]}
	PG_PORT=${BASH_REMATCH[3]:-5432}
	PG_DB=${BASH_REMATCH[4]}
	PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$OHJAAMO_DB_USER")
	export PGPASSWORD=$OHJAAMO_DB_PASSWORD PGOPTIONS='-c client_min_messages=warning'
	if ! "${PSQL[@]}" -d "$PG_DB" -c 'select 1' >/dev/null 2>&1; then
		echo "Creating the database $PG_DB..."
		createdb -h "$PG_HOST" -p "$PG_PORT" -U "$OHJAAMO_DB_USER" "$PG_DB"
	elif [ "$FRESH" = true ]; then
		echo "Emptying the public schema of $PG_DB..."
		"${PSQL[@]}" -d "$PG_DB" -c 'drop schema public cascade; create schema public;'
	fi
	# The search index lives beside the database it was built from, one per benchmark database.
	INDEX_DIR=./target/search-index-$PG_DB
	if [ "$FRESH" = true ]; then
		rm -rf "$INDEX_DIR"
	fi
	APP_ARGS+=(--spring.profiles.active=postgres "--ohjaamo.search.index-dir=$INDEX_DIR")
	DATABASE="PostgreSQL ($PG_DB on $PG_HOST:$PG_PORT)"
else
	if [ "$FRESH" = true ] && [ -d "$DATA_DIR" ]; then
		echo "Deleting $DATA_DIR..."
		rm -f "$DATA_DIR"/ohjaamo.*
		rm -rf "$DATA_DIR"/search-index
		rmdir "$DATA_DIR" 2>/dev/null || die "$DATA_DIR holds other files; remove them or choose another --data-dir"
	fi
	APP_ARGS+=("--ohjaamo.data-dir=$DATA_DIR")
	DATABASE="H2 file database in $DATA_DIR"
fi

port_in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The generator does nothing when the dataset is complete and continues an interrupted one.
echo "Generating the dataset ($PROJECTS projects x $REVISIONS versions) unless it exists..."
[ "$NATIONAL" -eq 0 ] || echo "  and the national dataset's $NATIONAL projects in 329 other organisations (this takes a while)"
# The generator is in the test sources, not in the jar: it runs on the test class path through Maven.
GENERATOR_ARGS=("${APP_ARGS[@]}" --server.port=0 --server.address=127.0.0.1 "--ohjaamo.dataset.projects=$PROJECTS"
	"--ohjaamo.dataset.revisions=$REVISIONS" "--ohjaamo.dataset.password=$PASSWORD" --ohjaamo.dataset.exit=true
	"--ohjaamo.dataset.national-projects=$NATIONAL")
if [ "$POSTGRES" = true ]; then
	# The generator alone commits without waiting for the disk: a crash loses only its last projects, which the next
	# run writes again. The measured server keeps PostgreSQL's durable commits.
	GENERATOR_ARGS+=("--spring.datasource.url=$OHJAAMO_DB_URL?options=-c%20synchronous_commit%3Doff")
fi
# Maven's run goal would start it with the quick-start compiler only (optimizedLaunch), which halves its speed.
./mvnw -B -q test-compile spring-boot:test-run -Dspring-boot.run.main-class=fi.ohjaamo.demo.GenerateDataset \
	"-Dspring-boot.run.arguments=${GENERATOR_ARGS[*]}" "-Dohjaamo.run.jvm=${JVM_OPTS[*]}" \
	-Dspring-boot.run.optimizedLaunch=false \
	> "$WORK/generate.log" 2>&1 || { tail -40 "$WORK/generate.log" >&2; die "generating the dataset failed"; }
grep -E 'DatasetGenerator' "$WORK/generate.log" | sed 's/.*DatasetGenerator *: /  /' \
	| grep -vE 'Generated [0-9]+/|National dataset: [0-9]+/|^  (Kunta|Hyvinvointialue)' || true
grep -E 'Generated [0-9]+/' "$WORK/generate.log" | tail -1 | sed 's/.*DatasetGenerator *: /  /' || true

if [ "$POSTGRES" = true ]; then
	# A running server's autovacuum would have done this; right after the bulk load the planner has no statistics.
	"${PSQL[@]}" -d "$PG_DB" -c 'vacuum analyze'
fi

port_in_use "$PORT" && die "port $PORT is in use; choose another with --port"
echo "Starting the application on port $PORT..."
"$JAVA" "${JVM_OPTS[@]}" -jar "$JAR" "${APP_ARGS[@]}" "--server.port=$PORT" --server.address=127.0.0.1 \
	--management.endpoints.web.exposure.include=health,metrics > "$WORK/app.log" 2>&1 &
APP_PID=$!
STARTUP_SECONDS=${BENCH_STARTUP_SECONDS:-180}
[[ "$STARTUP_SECONDS" =~ ^[0-9]+$ ]] || die "BENCH_STARTUP_SECONDS is not a number"
for i in $(seq 1 "$STARTUP_SECONDS"); do
	if curl -fsS "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then
		break
	fi
	kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; die "the application stopped"; }
	[ "$i" -lt "$STARTUP_SECONDS" ] || die "the application did not become healthy in $STARTUP_SECONDS s"
	sleep 1
done

echo "Signing in as bench..."
csrf=$(curl -sS -c "$COOKIES" -b "$COOKIES" "$BASE/login" \
	| sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
[ -n "$csrf" ] || die "no CSRF token on the login page"
signed_in=$(curl -sS -c "$COOKIES" -b "$COOKIES" -o /dev/null -w '%{http_code} %{redirect_url}' \
	--data-urlencode username=bench --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" \
	"$BASE/login")
# IT management lands on the home page, everyone else on the portfolio; the login page again means refused.
[[ "$signed_in" == "302 "* && "$signed_in" != *"/login"* ]] || die "signing in failed: $signed_in"

first_page=$(curl -sS -b "$COOKIES" "$BASE/projects")
mapfile -t IDS < <(grep -oE 'href="/projects/[0-9a-f-]{36}"' <<< "$first_page" \
	| sed -E 's/href="\/projects\/([0-9a-f-]{36})"/\1/' | awk '!seen[$0]++' | head -20)
[ "${#IDS[@]}" -gt 0 ] || die "no projects on the first page"
shown=$(grep -o 'class="result-count"[^<]*' <<< "$first_page" | sed 's/.*>//' || true)

scenarios_page=$(curl -sS -b "$COOKIES" "$BASE/projects/scenarios")
mapfile -t SCENARIOS < <(grep -oE 'href="/projects/scenarios/[0-9a-f-]{36}"' <<< "$scenarios_page" \
	| sed -E 's/href="\/projects\/scenarios\/([0-9a-f-]{36})"/\1/' | awk '!seen[$0]++' | head -2)
[ "${#SCENARIOS[@]}" -eq 2 ] || die "the dataset has no two scenarios to compare (generate it again with --fresh)"
COMPARISON_VIEW="/projects/scenarios/compare?scenario=${SCENARIOS[0]}&scenario=${SCENARIOS[1]}"

# Spring's own timer for a URI pattern: "count total_seconds".
server_timer() {
	local json
	local uri=${1//\{/%7B}
	uri=${uri//\}/%7D}
	json=$(curl -sS -b "$COOKIES" "$BASE/actuator/metrics/http.server.requests?tag=uri:$uri" 2>/dev/null || true)
	local count total
	count=$(grep -oE '"statistic":"COUNT","value":[0-9.eE+-]+' <<< "$json" | sed 's/.*://' || true)
	total=$(grep -oE '"statistic":"TOTAL_TIME","value":[0-9.eE+-]+' <<< "$json" | sed 's/.*://' || true)
	echo "${count:-0} ${total:-0}"
}

RESULTS="$WORK/results"
: > "$RESULTS"
FAILED=0

# warm PATH... — requests every path WARMUP times in turn, so that no URL is measured before the JIT has compiled
# the code it shares with the others.
warm() {
	local paths=("$@") n=${#paths[@]} i
	for ((i = 0; i < WARMUP * n; i++)); do
		curl -sS -o /dev/null -b "$COOKIES" "$BASE${paths[i % n]}"
	done
}

# measure LABEL URI_PATTERN TARGET_MS PATH... — the paths are requested round-robin. The verdict uses the time
# to the last byte: a template streams its first bytes long before it is done.
measure() {
	local label=$1 pattern=$2 target=$3
	shift 3
	local paths=("$@") n=${#paths[@]} i code first total
	local before
	before=$(server_timer "$pattern")
	: > "$WORK/times"
	for ((i = 0; i < RUNS; i++)); do
		read -r code first total < <(curl -sS -o /dev/null -b "$COOKIES" \
			-w '%{http_code} %{time_starttransfer} %{time_total}\n' "$BASE${paths[i % n]}")
		[ "$code" = 200 ] || die "$label: HTTP $code for ${paths[i % n]}"
		echo "$total $first" >> "$WORK/times"
	done
	local after
	after=$(server_timer "$pattern")
	local server
	server=$(awk -v b="$before" -v a="$after" 'BEGIN {
		split(b, x, " "); split(a, y, " ");
		if (y[1] > x[1]) printf "%.1f", (y[2] - x[2]) * 1000 / (y[1] - x[1]); else printf "n/a" }')
	local first_median
	first_median=$(awk '{ print $2 * 1000 }' "$WORK/times" | sort -g | awk '{ t[NR] = $1 }
		END { printf "%.1f", NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }')
	awk '{ print $1 * 1000 }' "$WORK/times" | sort -g \
		| awk -v label="$label" -v target="$target" -v server="$server" -v first="$first_median" '
		{ t[NR] = $1 }
		END {
			p95 = t[int(NR * 0.95 + 0.999999)]
			median = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
			verdict = (median <= target && p95 <= target) ? "PASS" : "FAIL"
			printf "| %s | %s | %.1f | %.1f | %.1f | %.1f | %s | %d | %s |\n", label, first, t[1], median, p95, t[NR],
				server, target, verdict
		}' | tee -a "$RESULTS"
}

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
if awk -v l="${LOAD%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n) }'; then
	echo "Warning: the machine is busy (load average $LOAD on $(nproc) cores); the times will be inflated." >&2
fi

cat <<EOF

Ohjaamo benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')
Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB memory, $(uname -sr); load average at start $LOAD
Java: $("$JAVA" -version 2>&1 | head -1), options ${JVM_OPTS[*]}
Database: $DATABASE
Dataset: $PROJECTS projects x $REVISIONS versions$([ "$NATIONAL" -eq 0 ] || echo ", beside $NATIONAL projects in 329 other organisations"); first page shows: ${shown:-?}
Requests: $WARMUP warm-up rounds over all URLs, then $RUNS measured per URL, one at a time, over loopback. Times in ms: first byte =
median time to the first byte; min/median/p95/max = time to the last byte (the whole answer); server mean = mean
of Spring's http.server.requests timer over the measured requests. A target is met when median and p95 are
within it.

| URL | first byte | min | median | p95 | max | server mean | target | result |
|---|---|---|---|---|---|---|---|---|
EOF

STATUS_VIEW='/projects?status=IN_PROGRESS&status=APPROVED&sort=priority&dir=asc'
SEARCH_VIEW='/projects?q=j%C3%A4rjestelm%C3%A4&sort=title'
RARE_SEARCH_VIEW='/projects?q=tietovarasto&sort=title'
SEARCH_PAGE='/search?q=j%C3%A4rjestelm%C3%A4'
RANKING_STATUS_VIEW='/projects/ranking?status=IN_PROGRESS'
RANKING_SECOND_PAGE='/projects/ranking?page=2'
THIS_YEAR=$(date -u +%Y)
CAPACITY_RANGE_VIEW="/projects/capacity?from=$((THIS_YEAR - 1))&to=$((THIS_YEAR + 3))&scope=OPEN"
CAPACITY_APPROVED_VIEW='/projects/capacity?scope=APPROVED'
card_paths=()
history_paths=()
score_paths=()
for id in "${IDS[@]}"; do
	card_paths+=("/projects/$id")
	history_paths+=("/projects/$id/history")
	score_paths+=("/projects/$id/scores")
done
warm /projects "$STATUS_VIEW" "$SEARCH_VIEW" "$RARE_SEARCH_VIEW" "$SEARCH_PAGE" "${card_paths[@]}" "${history_paths[@]}" \
	/projects/ranking "$RANKING_STATUS_VIEW" "$RANKING_SECOND_PAGE" "${score_paths[@]}" /projects/capacity \
	"$CAPACITY_RANGE_VIEW" "$CAPACITY_APPROVED_VIEW" "$COMPARISON_VIEW" /projects/costs /projects/roadmap \
	/documents/portfolio-summary.pdf /documents/portfolio-summary.docx

measure '`/projects` (first page, default sort)' /projects "$PORTFOLIO_TARGET_MS" /projects
measure '`/projects?status=IN_PROGRESS&status=APPROVED&sort=priority&dir=asc`' /projects "$PORTFOLIO_TARGET_MS" \
	"$STATUS_VIEW"
measure '`/projects?q=järjestelmä&sort=title`' /projects "$PORTFOLIO_TARGET_MS" "$SEARCH_VIEW"
measure '`/projects?q=tietovarasto&sort=title`' /projects "$PORTFOLIO_TARGET_MS" "$RARE_SEARCH_VIEW"
measure '`/search?q=järjestelmä` (everything, ranked, passages quoted)' /search "$PORTFOLIO_TARGET_MS" "$SEARCH_PAGE"
measure "\`/projects/{id}\` (${#IDS[@]} cards in turn)" '/projects/{id}' "$CARD_TARGET_MS" "${card_paths[@]}"
measure "\`/projects/{id}/history\` (${#IDS[@]} cards in turn)" '/projects/{id}/history' "$CARD_TARGET_MS" \
	"${history_paths[@]}"
measure '`/projects/ranking` (every open project, ranked)' /projects/ranking "$RANKING_TARGET_MS" /projects/ranking
measure '`/projects/ranking?status=IN_PROGRESS`' /projects/ranking "$RANKING_TARGET_MS" "$RANKING_STATUS_VIEW"
measure '`/projects/ranking?page=2` (places 101–200)' /projects/ranking "$RANKING_TARGET_MS" "$RANKING_SECOND_PAGE"
measure "\`/projects/{id}/scores\` (${#IDS[@]} projects in turn)" '/projects/{id}/scores' "$CARD_TARGET_MS" \
	"${score_paths[@]}"
measure '`/projects/capacity` (this year and the next two, every open project)' /projects/capacity \
	"$CAPACITY_TARGET_MS" /projects/capacity
measure "\`/projects/capacity?from=$((THIS_YEAR - 1))&to=$((THIS_YEAR + 3))\` (five years)" /projects/capacity \
	"$CAPACITY_TARGET_MS" "$CAPACITY_RANGE_VIEW"
measure '`/projects/capacity?scope=APPROVED`' /projects/capacity "$CAPACITY_TARGET_MS" "$CAPACITY_APPROVED_VIEW"
measure '`/projects/scenarios/compare` (two scenarios and the current plan)' /projects/scenarios/compare \
	"$COMPARISON_TARGET_MS" "$COMPARISON_VIEW"
measure '`/projects/costs` (the current plan'"'"'s costs per year)' /projects/costs "$COMPARISON_TARGET_MS" /projects/costs
measure '`/projects/roadmap` (this year and the next two)' /projects/roadmap "$ROADMAP_TARGET_MS" /projects/roadmap
measure '`/documents/portfolio-summary.pdf` (one page)' /documents/portfolio-summary.pdf "$DOCUMENT_TARGET_MS" \
	/documents/portfolio-summary.pdf
measure '`/documents/portfolio-summary.docx`' /documents/portfolio-summary.docx "$DOCUMENT_TARGET_MS" \
	/documents/portfolio-summary.docx

grep -q FAIL "$RESULTS" && FAILED=1
echo
if [ "$FAILED" = 1 ]; then
	echo "Some targets were missed (median and p95 must both be within the target)."
else
	echo "All targets met (median and p95 within the target)."
fi
exit "$FAILED"
