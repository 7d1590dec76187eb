#!/usr/bin/env bash
# Side-by-side HTTP comparison with the NLP.js reference bot (../shared/peer), in one run on one machine.
#
#   bench/compare/run.sh                  (from the repository root, after ./mvnw -q -DskipTests package)
#
# 1. Writes the question list (bench/compare/questions.py: every distinct question of the public, golden and
#    blind sets) and starts the NLP.js bot with ../shared/peer/run.sh (npm installs node-nlp the first time;
#    run from a copy in /tmp, since ../shared may be read-only).
# 2. For the NLP.js bot, then for our bot with the answer cache off, then with it on (the default): starts it,
#    times start to first answer, warms up (WARMUP), runs wrk (DURATION, CONNECTIONS connections, 2 threads)
#    with bench/compare/mixed.lua (varied questions, SESSIONS session ids), samples the process's RSS every
#    0.2 s through the warm-up and the run, and stops it.
# 3. Prints a table (answers/s, p50, p99, errors, peak RSS, start to first answer) and the ratios to NLP.js;
#    saves it to bench/results/compare.md and every wrk output to bench/results/compare.txt.
#
# Our bot runs exactly as README's run command starts it (bot/run.sh, with its JVM options), on 127.0.0.1 with
# an in-memory database and the rate limits off (the load comes from one address); nothing else is changed.
# Environment: DURATION (10s), WARMUP (5s), CONNECTIONS (16), SESSIONS (500), PORT (18090), PEER_PORT (18099).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
CONNECTIONS="${CONNECTIONS:-16}"
SESSIONS="${SESSIONS:-500}"
PORT="${PORT:-18090}"
PEER_PORT="${PEER_PORT:-18099}"
OUT=bench/results
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is missing: apt-get install -y nodejs npm" >&2; exit 1; }
[ -d ../shared/peer ] || { echo "no ../shared/peer beside the repository" >&2; exit 1; }
[ -f bot/target/app/bot.jar ] || [ -f bot/target/bot.jar ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 1; }
QUESTIONS=bench/compare/questions.txt
bench/compare/questions.py "$QUESTIONS"
LOG="$OUT/compare.txt"
: >"$LOG"
PEER_DIR="${PEER_DIR:-/tmp/chatbot-peer}"
mkdir -p "$PEER_DIR"
cp -r ../shared/peer/. "$PEER_DIR/"

PID=
stop() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  PID=
}
trap stop EXIT

# Polls a real question until it is answered; prints the milliseconds since $1 (ns).
first_answer() {
  local start=$1 url=$2
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d '{"sessionId":"first","message":"¿Cuándo fue la reunión?"}' "$url/api/chat" || true)" = 200 ]; then
      echo $(( ($(date +%s%N) - start) / 1000000 )); return
    fi
    sleep 0.02
  done
  echo "no answer after 24 s" >&2; exit 1
}

# Peak RSS (MiB) of a process and its children while a command runs.
with_rss() {
  local pid=$1; shift
  local peak_file; peak_file=$(mktemp)
  ( peak=0; while kill -0 "$pid" 2>/dev/null; do
      r=$(ps -o rss= --pid "$pid" --ppid "$pid" 2>/dev/null | awk '{s+=$1} END{print s+0}')
      [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" >"$peak_file"
      sleep 0.2; done ) &
  local sampler=$!
  "$@"
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  echo $(( $(cat "$peak_file") / 1024 )) >"$peak_file.mib"
  RSS_PEAK=$(cat "$peak_file.mib"); rm -f "$peak_file" "$peak_file.mib"
}

ROWS=()
measure() {
  local label=$1 url=$2 start=$3
  local first; first=$(first_answer "$start" "$url")
  load() {
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/compare/mixed.lua "$url" -- "$QUESTIONS" "$SESSIONS" >/dev/null
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/compare/mixed.lua "$url" -- "$QUESTIONS" "$SESSIONS" >"$OUT/.wrk"
  }
  with_rss "$PID" load
  { echo "== $label"; cat "$OUT/.wrk"; } >>"$LOG"
  local r; r=$(grep '^RESULT' "$OUT/.wrk" | sed 's/^RESULT //'); rm -f "$OUT/.wrk"
  get() { echo "$r" | tr ' ' '\n' | grep "^$1=" | cut -d= -f2; }
  local errors=$(( $(get non2xx) + $(get connect) + $(get read) + $(get write) + $(get timeout) ))
  ROWS+=("$label|$(get rps)|$(get p50_ms)|$(get p99_ms)|$errors|$RSS_PEAK|$first")
  echo "$label: $(get rps) answers/s, p50 $(get p50_ms) ms, p99 $(get p99_ms) ms, errors $errors, peak RSS $RSS_PEAK MiB, first answer $first ms" >&2
}

echo "== $(date -Is) $(uptime)" >>"$LOG"
start=$(date +%s%N)
PID=$("$PEER_DIR/run.sh" "$PEER_PORT")
measure "NLP.js bot (no cache)" "http://127.0.0.1:$PEER_PORT" "$start"
stop

APP=(--server.port="$PORT" --server.address=127.0.0.1
  "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
  --chatbot.publishing.measure-golden-at-start=false --chatbot.rate-limit.enabled=false)
for cache in off on; do
  extra=()
  [ "$cache" = off ] && extra=(--chatbot.answer-cache=0)
  start=$(date +%s%N)
  bot/run.sh "${APP[@]}" "${extra[@]}" >/tmp/chatbot-compare-bot.log 2>&1 &
  PID=$!
  measure "our bot, answer cache $cache" "http://127.0.0.1:$PORT" "$start"
  stop
done

peer_rps=$(echo "${ROWS[0]}" | cut -d'|' -f2)
{
  echo "| bot | answers/s | ratio to NLP.js | p50 ms | p99 ms | errors | peak RSS MiB | start to first answer ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r label rps p50 p99 errors rss first <<<"$row"
    ratio=$(awk -v a="$rps" -v b="$peer_rps" 'BEGIN{printf "%.2f", a / b}')
    printf '| %s | %.0f | %s× | %s | %s | %s | %s | %s |\n' "$label" "$rps" "$ratio" "$p50" "$p99" "$errors" "$rss" "$first"
  done
  echo
  echo "Load: $(wc -l <"$QUESTIONS") distinct questions, $SESSIONS sessions, $CONNECTIONS connections, wrk 2 threads, $DURATION after a $WARMUP warm-up; $(nproc) cores; $(date -Is)."
} | tee "$OUT/compare.md"
