#!/usr/bin/env bash
# Waits until the machine is quiet (other processes using little CPU) before a measurement, and says how busy
# it was. bench/quiet.sh [max-busy-percent, 15] [max-wait-seconds, 300]
# Busy = share of all cores' time not idle over 5 s, from /proc/stat (this script's own use is negligible).
MAX_BUSY="${1:-15}"
MAX_WAIT="${2:-300}"
busy() {
  read -r _ a b c d e f g h _ < /proc/stat
  local t1=$((a + b + c + d + e + f + g + h)) i1=$((d + e))
  sleep 5
  read -r _ a b c d e f g h _ < /proc/stat
  local t2=$((a + b + c + d + e + f + g + h)) i2=$((d + e))
  echo $(( 100 * ((t2 - t1) - (i2 - i1)) / (t2 - t1) ))
}
waited=0
while :; do
  b=$(busy)
  waited=$((waited + 5))
  if [ "$b" -le "$MAX_BUSY" ]; then
    echo "quiet: ${b}% busy over 5 s (waited ${waited} s); load $(cut -d' ' -f1-3 /proc/loadavg)"
    exit 0
  fi
  if [ "$waited" -ge "$MAX_WAIT" ]; then
    echo "NOT QUIET: still ${b}% busy after ${waited} s; load $(cut -d' ' -f1-3 /proc/loadavg)"
    exit 0
  fi
done
