#!/usr/bin/env bash
# Soak: our bot as README's run command starts it (bot/run.sh), under the side-by-side load for DURATION
# (default 10m), RSS sampled every second; then the peak RSS, wrk's summary, and whether the log has an
# OutOfMemoryError. From the repository root, after ./mvnw -q -DskipTests package and bench/compare/questions.py.
# Environment: DURATION (10m), CONNECTIONS (16), SESSIONS (500), PORT (18090), APP_ARGS (more --key=value).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${DURATION:-10m}"
CONNECTIONS="${CONNECTIONS:-16}"
SESSIONS="${SESSIONS:-500}"
PORT="${PORT:-18090}"
LOG=$(mktemp /tmp/soak-bot-XXXXXX.log)
# shellcheck disable=SC2086 # APP_ARGS is a list of options
bot/run.sh --server.port="$PORT" --server.address=127.0.0.1 \
  "--spring.datasource.url=jdbc:h2:mem:soak;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
  --chatbot.publishing.measure-golden-at-start=false --chatbot.rate-limit.enabled=false ${APP_ARGS:-} >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"message":"hola"}' "http://127.0.0.1:$PORT/api/chat")" = 200 ]; do
  kill -0 "$PID" 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 0.1
done
PEAK=$(mktemp)
echo 0 >"$PEAK"
( while kill -0 "$PID" 2>/dev/null; do r=$(ps -o rss= -p "$PID" || echo 0); [ "$r" -gt "$(cat "$PEAK")" ] && echo "$r" >"$PEAK"; sleep 1; done ) &
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/compare/mixed.lua "http://127.0.0.1:$PORT" -- bench/compare/questions.txt "$SESSIONS" | tail -8
echo "peak RSS $(( $(cat "$PEAK") / 1024 )) MiB over $DURATION; alive after: $(kill -0 "$PID" 2>/dev/null && echo yes || echo no)"
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$LOG" || true)"
