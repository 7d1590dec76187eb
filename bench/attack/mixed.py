#!/usr/bin/env python3
"""The mixed run of issue 11: ordinary users from 127.0.0.1 while every flood runs from other 127.0.x.y.

    python3 bench/attack/mixed.py [PORT]        (DURATION=600 by default; DURATION=60 for a quick try)

Starts bot/target/bot.jar (JAVA_OPTS, default -Xmx256m -XX:+ExitOnOutOfMemoryError) on 127.0.0.1:PORT
(default 18080) in Telegram webhook mode against a fake Bot API, with an H2 database in a fresh directory
under /tmp; stops it at the end. For DURATION seconds, all at once:
  ordinary users   ORDINARY_CONNECTIONS (16) connections from 127.0.0.1 asking the public questions, in
                   conversations of 2-6 questions, ORDINARY_RATE (40) requests/s in all;
  memory flood     ~1,000-character random-word questions, a new session each, from 127.0.1.1-254,
                   FLOOD_RATE (20) a second;
  unanswered flood unique ~60-character fallback questions from 127.0.2.1-254, UNANSWERED_RATE (20) a second,
                   30,000 at most;
  expensive        1,000-character random-word questions from EXPENSIVE_ADDRESSES (5) addresses at their limit;
  slow bodies      250 sockets from 127.0.0.2, Content-Length: 100 and a body byte every 3 s;
  slow headers     SLOW_HEADER_SOCKETS (2,100) sockets from 4 addresses sending headers a byte every 3 s;
  every EVERY (60) seconds: one big body (19 MB /api/%63hat, 60 MB /%74elegram/webhook, 100 MB zips, in turn),
                   XFF_REQUESTS (350) requests through 127.0.0.1 with a spoofed first X-Forwarded-For line,
                   and one Telegram update posted three times.
Reports the ordinary users' p50/p99 and errors (per window too), RSS and heap over time, and what each
flood got; writes it all to bench/attack/results/LABEL-mixed.txt. Exit status 0 when every check passed.
"""
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import botproc  # noqa: E402
import floods  # noqa: E402
import net  # noqa: E402
from botproc import env  # noqa: E402


class Periodic:
    """Every `every` seconds: one big body (in turn), a spoofed X-Forwarded-For burst, a replayed update."""

    def __init__(self, bot, fake, every, xff_requests, deadline):
        self.bot, self.fake, self.every, self.xff_requests = bot, fake, every, xff_requests
        self.deadline = deadline
        self.big_results = []
        self.xff = [0, 0, 0]
        self.xff_span = (None, None)
        self.updates = 0
        self.rounds = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def _run(self):
        items = floods.big_body_items()
        items = items[1:] + items[:1]  # the control (/api/chat) last: a short run tries the attacks first
        while not self._stop.wait(self.every / 2) and self.bot.alive() and time.monotonic() < self.deadline:
            self.rounds += 1
            item = items[(self.rounds - 1) % len(items)]
            try:
                self.big_results.append(floods.big_body(self.bot.port, item,
                                                        timeout=max(10.0, self.deadline - time.monotonic())))
            except OSError as ex:
                self.big_results.append({"label": item[0], "status": 0, "seconds": 0, "sent": 0,
                                         "error": type(ex).__name__, "expected": item[6], "ok": False})
            began = time.monotonic()
            ok, refused, other, _ = floods.xff_spoof(self.bot.port, self.xff_requests, "two-lines")
            self.xff = [self.xff[0] + ok, self.xff[1] + refused, self.xff[2] + other]
            self.xff_span = (self.xff_span[0] or began, time.monotonic())
            floods.replay_update(self.bot.port, self.fake, 920000 + self.rounds, 777002, 3, wait=5)
            self.updates += 1
            if self._stop.wait(self.every / 2):
                break

    def xff_bound(self, limit):
        """The most the per-address limit lets through from one client between the first and last burst."""
        if self.xff_span[0] is None:
            return 0
        return limit + int(limit * (self.xff_span[1] - self.xff_span[0]) / 60) + 1

    def stop(self, wait=True):
        """Asks it to stop; with wait, also waits for its threads to end."""
        self._stop.set()
        if wait:
            self._thread.join(180)
        return self


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else env("PORT", 18080)
    if port == 8080:
        sys.exit("not 8080: that is where a real bot may run")
    duration, label = env("DURATION", 600), env("LABEL", "run")
    os.makedirs(os.path.join(os.path.dirname(__file__), "results"), exist_ok=True)
    out = open(os.path.join(os.path.dirname(__file__), "results", label + "-mixed.txt"), "w", encoding="utf-8")

    def say(line):
        print(line, flush=True)
        out.write(line + "\n")
        out.flush()

    fake = botproc.FakeBotApi()
    bot = botproc.Bot(port, telegram=fake)
    say("== mixed run, %d s, %s, java %s (load %s)" % (duration, time.strftime("%Y-%m-%dT%H:%M:%S"),
                                                     " ".join(bot.java_opts), open("/proc/loadavg").read().split()[0]))
    say("bot answering %.0f s after start (pid %d, log %s)" % (bot.start(), bot.pid, bot.log_path))
    heap_before = bot.heap_after_full_gc()
    sampler = botproc.Sampler(bot, env("SAMPLE_EVERY", 5.0)).start()
    users = net.OrdinaryUsers(port, env("ORDINARY_CONNECTIONS", 16), env("ORDINARY_RATE", 40.0)).start()
    flood_rate, unanswered_rate = env("FLOOD_RATE", 20.0), env("UNANSWERED_RATE", 20.0)
    header_sources = [net.address(0, 3 + i) for i in range(env("SLOW_HEADER_ADDRESSES", 4))]
    parts = [
        floods.ChatFlood(port, 1, int(flood_rate * duration) + 1, flood_rate, env("FLOOD_CHARS", 1000),
                         env("FLOOD_WORKERS", 8), "memory flood"),
        floods.ChatFlood(port, 2, min(30000, int(unanswered_rate * duration) + 1), unanswered_rate,
                         env("UNANSWERED_CHARS", 60), 4, "unanswered flood"),
        floods.Expensive(port, [net.address(0, 20 + i) for i in range(env("EXPENSIVE_ADDRESSES", 5))],
                         env("EXPENSIVE_CHARS", 1000)),
        floods.SlowSockets(port, ["127.0.0.2"], env("SLOW_BODY_SOCKETS", 250), "body", 3.0,
                           max_opened=250 + 5 * duration),
        floods.SlowSockets(port, header_sources, env("SLOW_HEADER_SOCKETS", 2100), "headers", 3.0,
                           reopen_per_second=50, max_opened=2100 + 10 * duration),
    ]
    for part in parts:
        part.start()
    start = time.monotonic()
    periodic = Periodic(bot, fake, env("EVERY", 60), env("XFF_REQUESTS", 350), start + duration).start()
    died_at = None
    while time.monotonic() - start < duration:
        time.sleep(1)
        if not bot.alive():
            died_at = time.monotonic() - start
            say("the bot DIED %.0f s into the run (rc %s)" % (died_at, bot.proc.returncode))
            break
    recorder = users.stop()
    for part in parts + [periodic]:
        part.stop(wait=False)
    for part in parts + [periodic]:
        part.stop()
    time.sleep(3)
    sampler.stop()
    alive = bot.alive()
    answers = alive and bot.answers(15)
    heap_after = bot.heap_after_full_gc() if alive else None
    oom = bot.oom_in_log()

    s = recorder.summary()
    say("ordinary users (%d connections from 127.0.0.1): %s" % (users.connections, net.Recorder.line(s)))
    window = max(10, duration // 10)
    for t in range(0, duration, window):
        say("  %4d-%4d s: %s" % (t, t + window, net.Recorder.line(recorder.summary(t, t + window))))
    for line in sampler.report(rows=15):
        say(line)
    if heap_before is not None and heap_after is not None:
        say("heap after a full GC: %.0f MiB at the start, %.0f MiB at the end"
            % (heap_before / 2 ** 20, heap_after / 2 ** 20))
    for part in parts:
        for line in part.lines():
            say(line)
    for result in periodic.big_results:
        say("big body: " + floods.big_body_line(result))
    xff_bound = periodic.xff_bound(env("PER_ADDRESS", 300))
    say("X-Forwarded-For spoofed first line, one real client: %d answered, %d refused, %d other in %d bursts"
        " (at most %d should pass)" % (periodic.xff[0], periodic.xff[1], periodic.xff[2], periodic.rounds,
                                       xff_bound))
    replies = fake.sent_to(777002)
    say("Telegram: %d updates posted three times each, %d replies" % (periodic.updates, replies))
    say("end: process %s, %s, OutOfMemoryError in its log: %s"
        % ("alive" if alive else "GONE (rc %s)" % bot.proc.returncode,
           "answers an ordinary question" if answers else "does NOT answer", "YES" if oom else "no"))
    if oom or not alive:
        say("bot log tail:\n" + bot.log_tail(6))
    bot.stop()
    fake.close()

    max_p99, max_rss = env("MAX_P99_MS", 1000.0), env("MAX_RSS_GROWTH_MB", 32.0)
    checks = [("process alive for the whole run", died_at is None and alive), ("still answers", answers),
              ("no OutOfMemoryError", not oom), ("no ordinary errors", s["errors"] == 0 and s["requests"] > 0),
              ("ordinary p99 <= %.0f ms" % max_p99, s["p99"] <= max_p99),
              ("RSS grew <= %.0f MiB over the second half" % max_rss, sampler.rss_growth_second_half_mib() <= max_rss),
              ("every big body refused before it was read", all(r["ok"] for r in periodic.big_results)),
              ("spoofed X-Forwarded-For held to the limit", periodic.xff[0] <= xff_bound),
              ("each replayed update answered once", replies <= periodic.updates)]
    if heap_before is not None and heap_after is not None:
        checks.append(("heap kept after a full GC grew <= 64 MiB", heap_after - heap_before <= 64 * 2 ** 20))
    for check, passed in checks:
        say("%s  %s" % ("PASS" if passed else "FAIL", check))
    out.close()
    sys.exit(0 if all(p for _, p in checks) else 1)


if __name__ == "__main__":
    main()
