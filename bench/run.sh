#!/usr/bin/env bash
# The national-scale benchmark in one command, on a fresh database. See bench/README.md, "Load: the main pages
# at national scale".
#
#   bench/run.sh [--db h2|postgres] [--families 100000] [--duration 30s] [--connections 32] [--threads 1]
#                [--warmup 3s] [--settle 60s] [--seed 2026] [--port 18080] [--jar target/naast.jar] [--keep]
#                [--demo] [--smoke] [--no-class-cache]
#
# Builds the jar if it is missing, creates a fresh database, times start-up on the empty database, fills it with
# the data generator, times start-up on the full database, reads the idle memory, runs bench/load/load.sh and
# writes bench/target/results-<db>-<families>.md. --smoke: 200 families, 5 s per page, 4 connections (for CI).
# --demo: no generator, only the demo families (to try the scripts). --keep: keep the database afterwards.
# --no-class-cache: start from the jar as it is, without the AOT cache or CDS archive.
# Exits 0 when everything ran without errors, 1 when a page had errors, 2 when something could not run.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

usage() {
	sed -n '5,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,3\}//' >&2
	exit 2
}

die() {
	echo "run.sh: $*" >&2
	exit 2
}

log() {
	echo "run.sh: $*" >&2
}

db=h2
families=100000
duration=30s
connections=32
threads=1
warmup=3s
settle=60s
seed=2026
port=${NAAST_BENCH_PORT:-18080}
keep=false
demo=false
smoke=false
class_cache=true
idle=10
jar=target/naast.jar
while (($# > 0)); do
	case $1 in
	--db) db=${2:?--db needs h2 or postgres}; shift 2 ;;
	--families) families=${2:?--families needs a number}; shift 2 ;;
	--duration) duration=${2:?--duration needs a value}; shift 2 ;;
	--connections) connections=${2:?--connections needs a value}; shift 2 ;;
	--threads) threads=${2:?--threads needs a value}; shift 2 ;;
	--warmup) warmup=${2:?--warmup needs a value}; shift 2 ;;
	--settle) settle=${2:?--settle needs a value}; shift 2 ;;
	--seed) seed=${2:?--seed needs a value}; shift 2 ;;
	--port) port=${2:?--port needs a value}; shift 2 ;;
	--jar) jar=${2:?--jar needs a file}; shift 2 ;;
	--keep) keep=true; shift ;;
	--demo) demo=true; shift ;;
	--smoke) smoke=true; shift ;;
	--no-class-cache) class_cache=false; shift ;;
	-h | --help) usage ;;
	*) die "unknown argument $1 (see --help)" ;;
	esac
done
if $smoke; then
	families=200 duration=5s connections=4 warmup=1s settle=2s idle=3
fi
$demo && families=demo
[[ $db == h2 || $db == postgres ]] || die "--db is h2 or postgres, not '$db'"
[[ $families == demo || $families =~ ^[0-9]+$ ]] || die "--families needs a number"
command -v curl >/dev/null || die "curl is not installed"
command -v wrk >/dev/null || die "wrk is not installed (Debian: apt-get install wrk)"

java=java
if [[ -n ${JAVA_HOME:-} ]]; then
	java=$JAVA_HOME/bin/java
fi
command -v "$java" >/dev/null || die "no java at '$java'"
java_version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')
app_args=(--server.port="$port")
# on Java 21 and newer Tomcat serves each request on a virtual thread
if ((${java_version%%.*} >= 21)); then
	app_args+=(--spring.threads.virtual.enabled=true)
fi
# the JVM options of the server, as the README gives them for production (the serial collector);
# NAAST_BENCH_JAVA_OPTS replaces them, NAAST_BENCH_JAVA_OPTS= (empty) leaves the choice to the JVM. The generator
# always runs with the JVM's own choices: G1 loads a third faster than the serial collector.
java_opts=()
read -ra java_opts <<<"${NAAST_BENCH_JAVA_OPTS-"-XX:+UseSerialGC"}"

if [[ ! -f $jar ]]; then
	log "building $jar"
	./mvnw -q -DskipTests -Dspring-javaformat.skip=true package || die "the build failed"
fi
[[ -f $jar ]] || die "no $jar after the build"

base=http://127.0.0.1:$port
if curl -s -o /dev/null "$base/"; then
	die "port $port is in use; choose another with --port"
fi

scratch=$repo/bench/target/$db-$families
rm -rf "$scratch"
mkdir -p "$scratch"
results=$repo/bench/target/results-$db-$families.md
app_args+=(--naast.story.attachments="$scratch/attachments")
# the demo profile's settings (mail to the outbox), but only the generated families: start-up is timed without
# the demo data being created
$demo || app_args+=(--naast.demo.enabled=false)

# --- a class cache for a fast start, as in production (README, "Running in production") ---
# The jar is extracted, and a training start that stops once the application context is ready records the
# classes it loads and links: an AOT cache on Java 25 and newer, a CDS archive before that.
app_dir=$scratch/app
"$java" -Djarmode=tools -jar "$jar" extract --destination "$app_dir" >/dev/null || die "cannot extract $jar"
run_jar=$app_dir/$(basename "$jar")
cache_opts=()
cache_kind="none"
if $class_cache; then
	if ((${java_version%%.*} >= 25)); then
		training=(-XX:AOTCacheOutput="$scratch/app.aot")
		cache_opts=(-XX:AOTCache="$scratch/app.aot")
		cache_kind="AOT cache (-XX:AOTCache)"
	else
		training=(-XX:ArchiveClassesAtExit="$scratch/app.jsa")
		cache_opts=(-XX:SharedArchiveFile="$scratch/app.jsa")
		cache_kind="CDS archive (-XX:SharedArchiveFile)"
	fi
	log "training the class cache: $cache_kind"
	(cd "$scratch" && "$java" "${java_opts[@]}" "${training[@]}" -Dspring.context.exit=onRefresh -jar "$run_jar" \
		--naast.demo.enabled=false --server.port=0 \
		"--spring.datasource.url=jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=256") \
		>"$scratch/training.log" 2>&1 || die "the training start failed, see $scratch/training.log"
fi

app_pid=""
generator_pid=""
pg_database=""
# shellcheck disable=SC2317 # called by the trap
cleanup() {
	local pid
	for pid in "$app_pid" "$generator_pid"; do
		if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
			kill "$pid" 2>/dev/null || true
			wait "$pid" 2>/dev/null || true
		fi
	done
	if ! $keep; then
		if [[ -n $pg_database ]]; then
			dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --if-exists "$pg_database" || true
		fi
		rm -rf "$scratch/db" "$scratch/attachments" "$scratch/poll-cookies"
	fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM

# --- a fresh database ---
if [[ $db == h2 ]]; then
	app_args+=("--spring.datasource.url=jdbc:h2:file:$scratch/db/naast;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;QUERY_CACHE_SIZE=256")
	h2_jar=$(grep -aoE 'BOOT-INF/lib/h2-[0-9.]+\.jar' "$jar" | head -n 1 || true)
	db_version="H2 ${h2_jar:-(version unknown)}, file"
	db_version=${db_version/BOOT-INF\/lib\/h2-/}
	db_version=${db_version/.jar/}
else
	command -v createdb >/dev/null || die "createdb is not installed (Debian: postgresql-client)"
	pg_host=${PGHOST:-127.0.0.1}
	pg_port=${PGPORT:-5432}
	pg_user=${PGUSER:-postgres}
	pg_database=naast_bench_$(date +%Y%m%d%H%M%S)
	createdb -h "$pg_host" -p "$pg_port" -U "$pg_user" "$pg_database" || die "cannot create database $pg_database"
	# the driver sends a batch of inserts as multi-row statements: the generator writes in batches
	export NAAST_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$pg_database?reWriteBatchedInserts=true"
	export NAAST_DB_USER=$pg_user
	export NAAST_DB_PASSWORD=${PGPASSWORD:-}
	# demo as with H2 (the default profile): the demo families beside the generated ones, mail to the outbox
	app_args+=('--spring.profiles.active=postgres,demo')
	db_version="PostgreSQL $(psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_database" -tAc 'show server_version')"
fi

now_ms() {
	local ns
	ns=$(date +%s%N)
	echo $((ns / 1000000))
}

# start_app LOG: starts Naast, waits until it is ready (after start-up tasks such as the demo data), sets app_pid
# and startup_ms (from launching the JVM to ready)
start_app() {
	local log_file=$1 started limit
	started=$(now_ms)
	limit=$((started + 600000))
	rm -f "$scratch/poll-cookies"
	"$java" "${java_opts[@]}" "${cache_opts[@]}" -jar "$run_jar" "${app_args[@]}" >"$log_file" 2>&1 &
	app_pid=$!
	# one cookie jar: every cookieless request to the health endpoint would open a session
	until curl -sf -o /dev/null -c "$scratch/poll-cookies" -b "$scratch/poll-cookies" "$base/actuator/health/readiness"; do
		if ! kill -0 "$app_pid" 2>/dev/null; then
			tail -n 30 "$log_file" >&2
			app_pid=""
			die "Naast stopped during start-up, see $log_file"
		fi
		(($(now_ms) < limit)) || die "Naast was not ready within 10 minutes, see $log_file"
		sleep 0.1
	done
	startup_ms=$(($(now_ms) - started))
}

stop_app() {
	kill "$app_pid"
	wait "$app_pid" 2>/dev/null || true
	app_pid=""
}

spring_started() { # LOG: Spring's own "Started NaastApplication in X seconds"
	sed -n 's/.*Started NaastApplication in \([0-9.]*\) seconds.*/\1 s/p' "$1" | head -n 1
}

seconds() { # milliseconds -> "1.234 s"
	printf '%d.%03d s' $(($1 / 1000)) $(($1 % 1000))
}

rss() { # PID FIELD: VmRSS or VmHWM in MiB
	awk -v field="$2:" '$1 == field { printf "%.0f MiB", $2 / 1024 }' "/proc/$1/status"
}

# --- start-up on the empty database (the demo data is created on this first start) ---
log "starting Naast on the empty $db database"
start_app "$scratch/app-empty.log"
empty_startup_ms=$startup_ms
empty_spring=$(spring_started "$scratch/app-empty.log")
log "ready after $(seconds "$empty_startup_ms") (Spring: ${empty_spring:-?})"
stop_app

# --- fill it ---
manifest=$scratch/manifest.tsv
generate_ms=0
if ! $demo; then
	log "generating $families families (seed $seed)"
	started=$(now_ms)
	# the generator opens no port: it gets the database settings, not the server's
	generator_args=()
	for arg in "${app_args[@]}"; do
		[[ $arg == --server.port=* ]] || generator_args+=("$arg")
	done
	"$java" "${cache_opts[@]}" -jar "$run_jar" generate --families "$families" --seed "$seed" --manifest "$manifest" \
		"${generator_args[@]}" >"$scratch/generate.log" 2>&1 &
	generator_pid=$!
	while kill -0 "$generator_pid" 2>/dev/null; do
		# a jar without the generator ignores "generate" and starts the web server instead
		if curl -s -o /dev/null "$base/actuator/health"; then
			die "this jar does not know 'generate': it started the web server (see $scratch/generate.log)"
		fi
		sleep 1
	done
	if ! wait "$generator_pid"; then
		generator_pid=""
		tail -n 30 "$scratch/generate.log" >&2
		die "the generator failed, see $scratch/generate.log"
	fi
	generator_pid=""
	generate_ms=$(($(now_ms) - started))
	[[ -s $manifest ]] || die "the generator wrote no manifest ($manifest)"
	log "generated in $(seconds "$generate_ms")"
fi

# --- start-up on the full database, idle memory ---
log "starting Naast on the full database"
start_app "$scratch/app-full.log"
full_startup_ms=$startup_ms
full_spring=$(spring_started "$scratch/app-full.log")
log "ready after $(seconds "$full_startup_ms") (Spring: ${full_spring:-?}); idle for $idle s"
sleep "$idle"
idle_rss=$(rss "$app_pid" VmRSS)
if $demo; then
	"$repo/bench/load/demo-manifest.sh" "$base" >"$manifest" || die "cannot read the demo data"
fi

# --- load ---
load_rc=0
"$repo/bench/load/load.sh" "$base" "$manifest" --duration "$duration" --connections "$connections" \
	--threads "$threads" --warmup "$warmup" --settle "$settle" --out "$scratch/pages.md" || load_rc=$?
((load_rc <= 1)) || die "the load run failed (exit $load_rc)"
loaded_rss=$(rss "$app_pid" VmRSS)
peak_rss=$(rss "$app_pid" VmHWM)
stop_app

# --- the report ---
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
jdk="$("$java" -version 2>&1 | sed -n '1p'); $("$java" -version 2>&1 | sed -n '2p')"
threads_note="platform threads"
[[ " ${app_args[*]} " == *" --spring.threads.virtual.enabled=true "* ]] && threads_note="virtual threads"
manifest_families=$(awk -F'\t' '$1 == "families" { print $2 }' "$manifest")
{
	echo "# Load benchmark: $db, $families families"
	echo
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- machine: $(nproc) cores ($cpu), $memory memory"
	echo "- JDK: $jdk (Java $java_version, $threads_note)${java_opts[*]:+, options: ${java_opts[*]}}; class cache: $cache_kind"
	echo "- database: $db_version"
	if $demo; then
		echo "- families: only the ${manifest_families:-} demo families (no generator)"
	else
		echo "- families: ${manifest_families:-$families}, generated with seed $seed in $(seconds "$generate_ms")"
	fi
	echo "- app: ${jar##*/} from $(git -C "$(dirname "$jar")" describe --always --dirty 2>/dev/null || echo unknown), default profile (demo)$($demo || echo ", without the demo data")"
	echo
	echo "## Start-up and memory"
	echo
	echo "| | ready (JVM launch to readiness UP) | Spring \"Started in\" |"
	echo "|---|---:|---:|"
	echo "| empty database | $(seconds "$empty_startup_ms") | ${empty_spring:-?} |"
	echo "| full database | $(seconds "$full_startup_ms") | ${full_spring:-?} |"
	echo
	echo "Resident memory (VmRSS): $idle_rss idle $idle s after start-up on the full database, $loaded_rss after the load run, peak (VmHWM) $peak_rss."
	echo
	echo "## Pages"
	echo
	cat "$scratch/pages.md"
} >"$results"
log "wrote ${results#"$repo"/}"
cat "$results"
exit "$load_rc"
