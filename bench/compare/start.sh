#!/usr/bin/env bash
# Start to first answer, as README's run command starts the bot (bot/run.sh), on an H2 file database in DIR:
# the first start finds it empty (publishes the bundled corpus, trains and keeps the intent model), the later ones
# find the version and its model. Prints, per start, the milliseconds from launch to the first HTTP 200 of
# POST /api/chat, Spring's "Started … in", the early build's time and whether the model was kept or loaded.
#   bench/compare/start.sh [DIR, a new temp dir] [STARTS, 4]        (from the repository root, after package)
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR="${1:-$(mktemp -d /tmp/chatbot-start-XXXXXX)}"
STARTS="${2:-4}"
PORT="${PORT:-18090}"
LOG=$(mktemp /tmp/chatbot-start-log-XXXXXX)
for i in $(seq 1 "$STARTS"); do
  start=$(date +%s%N)
  bot/run.sh --server.port="$PORT" --server.address=127.0.0.1 --chatbot.publishing.measure-golden-at-start=false \
    "--spring.datasource.url=jdbc:h2:file:$DIR/chatbot;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    >"$LOG" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      -d '{"message":"¿Cuándo fue la reunión?"}' "http://127.0.0.1:$PORT/api/chat")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$LOG"; exit 1; }
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 1
  echo "start $i: first answer ${ms} ms; $(grep -aoE 'Started BotApplication in [0-9.]+ seconds' "$LOG" || true);" \
    "$(grep -aoE 'built the bundled corpus in [0-9]+ ms' "$LOG" || true); $(grep -aoE '(loaded|kept) intent model [0-9a-f]+' "$LOG" || true)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
rm -f "$LOG"
