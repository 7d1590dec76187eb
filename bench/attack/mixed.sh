#!/usr/bin/env bash
# The 10-minute mixed attack run of issue 11 (see bench/attack/README.md and mixed.py).
#
#   bench/attack/mixed.sh [PORT]              PORT defaults to 18080 (never 8080)
#   DURATION=60 bench/attack/mixed.sh         a quick try
#
# Builds bot/target/bot.jar first when it is missing (BUILD=1 builds it anyway), then runs mixed.py, which
# starts the jar with -Xmx256m -XX:+ExitOnOutOfMemoryError, attacks it while ordinary users ask questions,
# reports, and stops it. Exit status 0 when every check passed.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [ ! -f bot/target/bot.jar ] || [ "${BUILD:-0}" = 1 ]; then
  ./mvnw -B -q -o -DskipTests -Dcds.skip=true package
fi
# The slow-header flood holds thousands of sockets.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
exec python3 bench/attack/mixed.py "${1:-${PORT:-18080}}"
