#!/usr/bin/env bash
# HTTP load test of the packaged bot with wrk. Run from anywhere; it works from the repository root.
#
#   bench/http/run.sh LABEL [JVM options...]
#   bench/http/run.sh default
#   bench/http/run.sh xmx256m -Xmx256m
#
# Starts the bot as the README runs it (bot/target/app/bot.jar with its class-data archive; JAR=bot/target/bot.jar
# for the single jar) on 127.0.0.1:$PORT with an in-memory H2 database (never data/), times the start
# to the first answer, warms up, runs wrk at 1, 16 and 64 connections (2 wrk threads; 1 for 1 connection, as
# wrk needs a connection per thread), then prints throughput, p50/p99 latency, errors, the process RSS and
# heap (jcmd GC.heap_info), and stops the app. Everything it prints is also saved in
# bench/results/http-LABEL.txt, and the table rows in bench/results/http-LABEL.md.
#
# Environment: PORT (18090), DURATION (20s), WARMUP (15s), CONNECTIONS ("1 16 64"), QUESTIONS
# (../shared/eval/questions.jsonl), RATE_LIMIT (on: requests from 127.0.0.1 without a sessionId are exempt
# anyway; off adds --chatbot.rate-limit.enabled=false), APP_ARGS (more --key=value for the app).
# The app runs with --chatbot.publishing.measure-golden-at-start=false: with a fresh in-memory database it
# would otherwise run the golden set in the background right after start, as it does only on a first start
# in production (the score is then stored), and load the CPU during the measurements.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
LABEL="${1:?usage: bench/http/run.sh LABEL [JVM options...]}"
shift
JVM_OPTS=("$@")
PORT="${PORT:-18090}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-15s}"
CONNECTIONS="${CONNECTIONS:-1 16 64}"
QUESTIONS="${QUESTIONS:-../shared/eval/questions.jsonl}"
RATE_LIMIT="${RATE_LIMIT:-on}"
JAR="${JAR:-bot/target/app/bot.jar}"
# The class-data-sharing archive recorded by the build next to the unpacked jar, when there is one.
CDS_ARCHIVE="$(dirname "$JAR")/bot.jsa"
[ -f "$CDS_ARCHIVE" ] && JVM_OPTS=("-XX:SharedArchiveFile=$CDS_ARCHIVE" "${JVM_OPTS[@]}")
SCRIPT=bench/http/chat.lua
URL="http://127.0.0.1:$PORT"
OUT_DIR=bench/results
mkdir -p "$OUT_DIR"
LOG="$OUT_DIR/http-$LABEL.txt"
ROWS="$OUT_DIR/http-$LABEL.md"
APP_LOG="$(mktemp /tmp/bench-bot-XXXXXX.log)"

[ -f "$JAR" ] || { echo "no $JAR: build it with ./mvnw -q -B -ntp install -DskipTests" >&2; exit 1; }
[ -f "$QUESTIONS" ] || { echo "no question set at $QUESTIONS" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if curl -s -o /dev/null "$URL"; then
  echo "something already listens on port $PORT; set PORT" >&2
  exit 1
fi

exec > >(tee "$LOG") 2>&1

APP_OPTS=(--server.port="$PORT" --server.address=127.0.0.1
  "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
  --chatbot.publishing.measure-golden-at-start=false)
if [ "$RATE_LIMIT" = off ]; then
  APP_OPTS+=(--chatbot.rate-limit.enabled=false)
fi
# shellcheck disable=SC2206
APP_OPTS+=(${APP_ARGS:-})

echo "== $LABEL: java ${JVM_OPTS[*]:-} -jar $JAR ${APP_OPTS[*]}"
echo "== $(date -Is)  $(uptime)"
START_NS=$(date +%s%N)
java "${JVM_OPTS[@]}" -jar "$JAR" "${APP_OPTS[@]}" >"$APP_LOG" 2>&1 &
PID=$!
stop() {
  if kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    for _ in $(seq 1 40); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$PID" 2>/dev/null && kill -9 "$PID"
  fi
  wait "$PID" 2>/dev/null || true
}
trap stop EXIT

# Start to first answer: poll with a real question until it is answered (HTTP 200).
FIRST=""
for _ in $(seq 1 1200); do
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "the app exited; its log:"; cat "$APP_LOG"; exit 1
  fi
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d '{"message":"¿Cuándo fue la reunión?"}' "$URL/api/chat" || true)
  if [ "$code" = 200 ]; then
    FIRST=$(( ($(date +%s%N) - START_NS) / 1000000 ))
    break
  fi
  sleep 0.05
done
[ -n "$FIRST" ] || { echo "no answer after 60 s; app log:"; cat "$APP_LOG"; exit 1; }
STARTED=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds[^)]*)' "$APP_LOG" | head -1 || true)
echo "== start to first answer: ${FIRST} ms  (app log: ${STARTED:-no 'Started' line})"

echo "== warm-up: $WARMUP at 16 connections"
wrk -t2 -c16 -d"$WARMUP" -s "$SCRIPT" "$URL" -- "$QUESTIONS" >/dev/null

# CPU accounting per run (ticks of /proc, 100 per second per core): the bot's, wrk's, and the rest of the
# machine's (other users of a shared machine), in % of all cores.
TICKS=$(getconf CLK_TCK)
CORES=$(nproc)
machine() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat; }
proc_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
# Young and full collections and total GC time (s) so far, by jstat's column names.
gc_time() { jstat -gcutil "$PID" 2>/dev/null | awk 'NR==1{for(i=1;i<=NF;i++)c[$i]=i} NR==2{print $c["YGC"], $c["FGC"], $c["GCT"]}'; }

ROW_LINES=()
for c in $CONNECTIONS; do
  threads=2
  [ "$c" -lt 2 ] && threads=1
  echo
  echo "== $c connections, $threads threads, $DURATION"
  read -r busy0 all0 < <(machine)
  bot0=$(proc_ticks "$PID")
  read -r ygc0 fgc0 gct0 < <(gc_time)
  TIMEFORMAT='%U %S'
  { time wrk -t"$threads" -c"$c" -d"$DURATION" --latency -s "$SCRIPT" "$URL" -- "$QUESTIONS" >"$APP_LOG.wrk" ; } 2>"$APP_LOG.time"
  out=$(cat "$APP_LOG.wrk")
  read -r busy1 all1 < <(machine)
  bot1=$(proc_ticks "$PID")
  read -r ygc1 fgc1 gct1 < <(gc_time)
  read -r wu ws < "$APP_LOG.time"
  echo "$out"
  span=$((all1 - all0))
  wrk_ticks=$(awk -v u="$wu" -v s="$ws" -v t="$TICKS" 'BEGIN{printf "%d", (u + s) * t}')
  cpu_bot=$(( 100 * (bot1 - bot0) / span ))
  cpu_wrk=$(( 100 * wrk_ticks / span ))
  cpu_other=$(( 100 * (busy1 - busy0 - (bot1 - bot0) - wrk_ticks) / span ))
  [ "$cpu_other" -lt 0 ] && cpu_other=0
  gc="$((ygc1 - ygc0)) young + $((fgc1 - fgc0)) full, $(awk -v a="$gct0" -v b="$gct1" 'BEGIN{printf "%.2f", b - a}') s"
  echo "CPU (% of $CORES cores): bot $cpu_bot, wrk $cpu_wrk, other processes $cpu_other; GC during the run: $gc"
  r=$(echo "$out" | grep '^RESULT' | sed 's/^RESULT //')
  get() { echo "$r" | tr ' ' '\n' | grep "^$1=" | cut -d= -f2; }
  socket=$(( $(get connect) + $(get read) + $(get write) + $(get timeout) ))
  ROW_LINES+=("| $LABEL | $c | $(printf '%.0f' "$(get rps)") | $(get p50_ms) | $(get p99_ms) | $(get max_ms) | $(get requests) | $(get non2xx) | $socket | $cpu_bot / $cpu_wrk / $cpu_other | $gc |")
done

echo
echo "== after the runs: $(uptime)"
RSS_KB=$(ps -o rss= -p "$PID" | tr -d ' ')
echo "RSS: $((RSS_KB / 1024)) MiB ($RSS_KB KiB)"
HEAP=$(jcmd "$PID" GC.heap_info 2>&1 || true)
echo "$HEAP"
HEAP_USED=$(echo "$HEAP" | grep -o 'total [0-9]*K, used [0-9]*K' | head -1)
echo "JVM flags: $(jcmd "$PID" VM.flags 2>/dev/null | tail -1 | tr ' ' '\n' | grep -E 'MaxHeapSize|UseG1GC|UseSerialGC|UseParallelGC' | tr '\n' ' ')"
if grep -qiE 'OutOfMemoryError|ERROR' "$APP_LOG"; then
  echo "== errors in the app log:"; grep -iE 'OutOfMemoryError|ERROR' "$APP_LOG" | head -20
fi

{
  echo "| config | connections | answers/s | p50 ms | p99 ms | max ms | requests | non-2xx | socket errors | CPU % bot / wrk / others | GC during run |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
  printf '%s\n' "${ROW_LINES[@]}"
  echo
  echo "$LABEL: start to first answer ${FIRST} ms; after the runs RSS $((RSS_KB / 1024)) MiB, heap ${HEAP_USED:-?}"
} >"$ROWS"
echo
cat "$ROWS"
rm -f "$APP_LOG" "$APP_LOG.wrk" "$APP_LOG.time"
