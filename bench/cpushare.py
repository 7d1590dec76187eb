#!/usr/bin/env python3
"""Runs a command and says how much of the machine's CPU it used and how much everything else used meanwhile.

    bench/cpushare.py [--label NAME] -- COMMAND [ARGS...]

Samples /proc every 2 s: the machine's busy time (/proc/stat) and the CPU time of the command's process tree
(utime+stime, plus cutime+cstime of reaped children, so JMH forks that ended count). "others" = busy - ours:
other users of this shared 2-core machine. Prints one line at the end (to stderr), e.g.
    cpushare answer: 70.1 s wall; machine 58% busy, this run 51%, others 7% (worst 10 s: 31%)
and appends it to bench/results/cpushare.log. Exit status is the command's.
"""
import os
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")
CORES = os.cpu_count() or 1


def machine():
    with open("/proc/stat") as f:
        parts = [int(x) for x in f.readline().split()[1:9]]
    idle = parts[3] + parts[4]
    return sum(parts) - idle, sum(parts)


def tree_ticks(root):
    procs = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                rest = f.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        # rest[0]=state rest[1]=ppid rest[11]=utime rest[12]=stime rest[13]=cutime rest[14]=cstime
        procs[int(pid)] = (int(rest[1]), sum(int(x) for x in rest[11:15]))
    children = {}
    for pid, (ppid, _) in procs.items():
        children.setdefault(ppid, []).append(pid)
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        if pid in procs:
            total += procs[pid][1]
        stack.extend(children.get(pid, []))
    return total


def main():
    args = sys.argv[1:]
    label = "run"
    if args[:1] == ["--label"]:
        label, args = args[1], args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    start = time.time()
    busy0, all0 = machine()
    child = subprocess.Popen(args)
    ours_last = 0
    ours_total = 0
    samples = []  # (busy, all, ours) deltas
    prev_busy, prev_all = busy0, all0
    while True:
        try:
            child.wait(timeout=2)
            done = True
        except subprocess.TimeoutExpired:
            done = False
        ticks = tree_ticks(child.pid) if not done else ours_last
        busy, total = machine()
        delta_ours = max(0, ticks - ours_last)
        ours_last = max(ours_last, ticks)
        samples.append((busy - prev_busy, total - prev_all, delta_ours))
        prev_busy, prev_all = busy, total
        if done:
            break
    # The last interval of our tree's time is not seen once it has exited: read it from our own children's times.
    ours_total = max(ours_last, int((os.times().children_user + os.times().children_system) * TICK))
    b, a, _ = samples[-1]
    samples[-1] = (b, a, ours_total - sum(s[2] for s in samples[:-1]))
    wall = time.time() - start
    busy = sum(s[0] for s in samples)
    total = sum(s[1] for s in samples) or 1
    # /proc/stat counts in ticks summed over all cores, like the process times.
    worst, window = 0.0, []
    for s in samples:
        window.append(s)
        window = window[-5:]
        b = sum(w[0] for w in window)
        a = sum(w[1] for w in window) or 1
        o = sum(w[2] for w in window)
        worst = max(worst, 100.0 * max(0, b - o) / a)
    line = (f"cpushare {label}: {wall:.1f} s wall; machine {100.0 * busy / total:.0f}% busy, "
            f"this run {100.0 * ours_total / total:.0f}%, others {100.0 * max(0, busy - ours_total) / total:.0f}% "
            f"(worst 10 s: {worst:.0f}%) of {CORES} cores; load {open('/proc/loadavg').read().split()[0]}")
    print(line, file=sys.stderr)
    os.makedirs("bench/results", exist_ok=True)
    with open("bench/results/cpushare.log", "a") as f:
        f.write(time.strftime("%Y-%m-%dT%H:%M ") + line + "\n")
    sys.exit(child.returncode)


if __name__ == "__main__":
    main()
