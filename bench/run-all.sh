#!/usr/bin/env bash
# Runs the benchmarks in turn, each after waiting (up to 2 minutes) for the machine to be quiet, each wrapped in
# bench/cpushare.py (which logs how much CPU other processes took meanwhile to bench/results/cpushare.log), and
# keeps the raw output under bench/results/. All of them: about 25 minutes of machine time. From the repository root:
#   ./mvnw -q -B -ntp install -DskipTests && ./mvnw -q -B -ntp -Pbench -pl bench -am package -DskipTests
#   bench/run-all.sh [answer|perquestion|startup|http|scale ...]     (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/results
mkdir -p "$OUT"
JAR=bench/target/benchmarks.jar
STEPS=("$@")
[ ${#STEPS[@]} -gt 0 ] || STEPS=(answer perquestion startup http scale)
share() { local label=$1; shift; bench/cpushare.py --label "$label" -- "$@"; }
for step in "${STEPS[@]}"; do
  echo "=== $step: $(bench/quiet.sh 25 120)"
  case "$step" in
    answer)
      share answer java -jar "$JAR" AnswerBenchmark -rf json -rff "$OUT/jmh-answer.json" 2>&1 | tee "$OUT/jmh-answer.txt" ;;
    perquestion)
      share perquestion java -cp "$JAR" org.lacreview.bench.PerQuestion 200 2>&1 | tee "$OUT/per-question.md" ;;
    startup)
      share startup java -jar "$JAR" StartupBenchmark -rf json -rff "$OUT/jmh-startup.json" 2>&1 | tee "$OUT/jmh-startup.txt" ;;
    http)
      share http-default bench/http/run.sh default
      echo "=== http -Xmx256m: $(bench/quiet.sh 25 120)"
      share http-xmx256m bench/http/run.sh xmx256m -Xmx256m
      # Every question answered by the engine: the bot's answer cache off.
      echo "=== http uncached: $(bench/quiet.sh 25 120)"
      APP_ARGS="--chatbot.answer-cache=0" share http-uncached bench/http/run.sh uncached ;;
    scale)
      share scale java -cp "$JAR" org.lacreview.bench.ScaleBenchmark 2>&1 | tee "$OUT/scale.txt" ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac
  echo "=== $step done: $(uptime)"
done
