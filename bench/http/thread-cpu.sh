#!/usr/bin/env bash
# Per-thread CPU of a running JVM over a time window, grouped by thread name (digits dropped, so the 16
# "http-nio-127.0." workers add up): where the process's CPU goes, including the threads a JFR execution
# sample never shows (GC workers, JIT compilers, the VM thread).
#   bench/http/thread-cpu.sh PID [seconds, 10]
PID="${1:?usage: thread-cpu.sh PID [seconds]}"
SECONDS_="${2:-10}"
TICKS=$(getconf CLK_TCK)
snap() {
  for t in /proc/"$PID"/task/*; do
    name=$(tr -d '\n' < "$t/comm" 2>/dev/null | tr ' ' '_' | sed 's/[0-9]*$//; s/#[0-9]*$//')
    ticks=$(awk '{sub(/.*\) /, ""); print $12 + $13}' "$t/stat" 2>/dev/null)
    [ -n "$ticks" ] && echo "${t##*/} $name $ticks"
  done
}
a=$(snap); sleep "$SECONDS_"; b=$(snap)
join <(echo "$a" | sort) <(echo "$b" | sort) | awk -v s="$SECONDS_" -v hz="$TICKS" '
  { d = $5 - $3; if (d > 0) { cpu[$2] += d; n[$2]++ } total += d }
  END {
    printf "CPU over %s s: %.2f cores in all\n", s, total / hz / s
    for (k in cpu) printf "  %6.2f cores  %3d threads  %s\n", cpu[k] / hz / s, n[k], k | "sort -rn"
  }'
