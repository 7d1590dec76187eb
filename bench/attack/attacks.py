"""Each attack of issue 11 run alone against a freshly started bot, with the checks that make it a pass.

Every function takes the running bot, the fake Bot API and say (print to screen and the results file), and
returns a list of (check, passed). Settings come from the environment (see README.md); the defaults are the
short versions, the issue's full sizes are given in README.md.
"""
import concurrent.futures
import time

import botproc
import floods
import net
from botproc import env


def _still_fine(bot, say):
    """The checks every attack ends with: the process is alive, answers, and logged no OutOfMemoryError."""
    alive = bot.alive()
    answers = alive and bot.answers(timeout=15)
    oom = bot.oom_in_log()
    say("after: process %s, %s, OutOfMemoryError in its log: %s"
        % ("alive" if alive else "GONE (rc %s)" % bot.proc.returncode,
           "answers an ordinary question" if answers else "does NOT answer", "YES" if oom else "no"))
    return [("process alive", alive), ("still answers", answers), ("no OutOfMemoryError", not oom)]


def memory(bot, fake, say):
    """Item 1: many chat requests, each a new session and a ~1,000-character question, from 254 addresses."""
    total, seconds = env("FLOOD_REQUESTS", 2000), env("FLOOD_SECONDS", 120)
    rate, chars = env("FLOOD_RATE", 0.0), env("FLOOD_CHARS", 1000)
    max_growth = env("FLOOD_MAX_GROWTH_MB", 64)
    before = bot.heap_after_full_gc()
    sampler = botproc.Sampler(bot, 2.0).start()
    flood = floods.ChatFlood(bot.port, 1, total, rate, chars, env("FLOOD_WORKERS", 4), "memory flood",
                             env("FLOOD_ADDRESSES", 254)).start()
    end = time.monotonic() + seconds
    while time.monotonic() < end and not flood.done() and bot.alive():
        time.sleep(0.5)
    flood.stop()
    time.sleep(4)
    sampler.stop()
    after = bot.heap_after_full_gc() if bot.alive() else None
    for line in flood.lines() + sampler.report():
        say(line)
    checks = []
    if before is not None and after is not None:
        answered = max(1, flood.recorder.summary()["ok"])
        growth = (after - before) / 2 ** 20
        say("heap after a full GC: %.0f MiB before, %.0f MiB after: %+.1f MiB, %.1f KiB kept per answered request"
            % (before / 2 ** 20, after / 2 ** 20, growth, (after - before) / 1024 / answered))
        checks.append(("heap kept after a full GC grew <= %d MiB" % max_growth, growth <= max_growth))
    else:
        checks.append(("heap measured after the flood", False))
    return checks + _still_fine(bot, say)


def big(bot, fake, say):
    """Item 2: large bodies, some to percent-encoded paths; the bot is restarted when one kills it.

    BIG_PARALLEL sends each body on that many connections at once; BIG_ONLY keeps the items whose label
    contains it.
    """
    checks = []
    parallel, only = env("BIG_PARALLEL", 1), env("BIG_ONLY", "")
    for item in floods.big_body_items(staff=env("BIG_STAFF", 1) == 1):
        if only not in item[0]:
            continue
        if not bot.alive():
            say("(restarting the bot, which died)")
            bot.stop()
            bot.start()
        with concurrent.futures.ThreadPoolExecutor(parallel) as pool:
            results = list(pool.map(lambda n: floods.big_body(bot.port, item), range(parallel)))
        time.sleep(1)
        alive = bot.alive()
        for result in results:
            say(floods.big_body_line(result) + ("" if alive else "; the process DIED (rc %s)" % bot.proc.returncode)
                + ("; OutOfMemoryError in its log" if bot.oom_in_log() else ""))
        checks.append((item[0] + " refused with %s before reading it" % (item[6],), all(r["ok"] for r in results)))
        checks.append((item[0] + ": process alive", alive))
    return checks + _still_fine(bot, say)


def _slow(bot, say, flood, seconds):
    prober = net.Prober(bot.port, 1.0, 5).start()
    flood.start()
    time.sleep(seconds)
    probes = prober.stop()
    flood.stop()
    for line in flood.lines():
        say(line)
    s = probes.summary()
    say("ordinary probes from 127.0.0.1 (a new connection each second, 5 s timeout) during it: " + net.Recorder.line(s))
    return [("every probe answered while it lasted", s["errors"] == 0 and s["requests"] > 0)] + _still_fine(bot, say)


def slow_body(bot, fake, say):
    """Item 3: sockets sending headers with Content-Length: 100, then a body byte every 3 s."""
    count, source = env("SLOW_BODY_SOCKETS", 250), env("SLOW_BODY_SOURCE", "127.0.0.2")
    flood = floods.SlowSockets(bot.port, [source], count, "body", env("SLOW_INTERVAL", 3.0))
    return _slow(bot, say, flood, env("SLOW_SECONDS", 60))


def slow_headers(bot, fake, say):
    """Item 3: many connections sending their headers a byte at a time, spread over a few addresses."""
    count, addresses = env("SLOW_HEADER_SOCKETS", 2100), env("SLOW_HEADER_ADDRESSES", 4)
    sources = [net.address(0, 3 + i) for i in range(addresses)]
    flood = floods.SlowSockets(bot.port, sources, count, "headers", env("SLOW_INTERVAL", 3.0),
                               reopen_per_second=200)
    return _slow(bot, say, flood, env("SLOW_SECONDS", 60))


def xff(bot, fake, say):
    """Item 4: X-Forwarded-For through a trusted proxy (127.0.0.1) with the client's own line first."""
    count, limit = env("XFF_REQUESTS", 400), env("PER_ADDRESS", 300)
    checks = []
    for variant in ("one-line", "two-lines", "ipv6-64"):
        ok, refused, other, seconds = floods.xff_spoof(bot.port, count, variant)
        # The bucket refills limit per minute: that much more may pass while the burst lasts.
        bound = limit + int(limit * seconds / 60) + 1
        say("X-Forwarded-For %s: %d requests in %.1f s: %d answered, %d refused with 429, %d other (at most %d"
            " should pass)" % (variant, count, seconds, ok, refused, other, bound))
        checks.append(("X-Forwarded-For %s held to the per-address limit" % variant, ok <= bound))
    return checks + _still_fine(bot, say)


def expensive(bot, fake, say):
    """Item 5: five addresses asking 1,000-character random-word questions at their limit."""
    baseline_s, seconds = env("EXPENSIVE_BASELINE", 20), env("EXPENSIVE_SECONDS", 60)
    users = net.OrdinaryUsers(bot.port, env("ORDINARY_CONNECTIONS", 4), env("ORDINARY_RATE", 20.0))
    sampler = botproc.Sampler(bot, 1.0, heap=False).start()
    users.start()
    time.sleep(baseline_s)
    sources = [net.address(0, 20 + i) for i in range(env("EXPENSIVE_ADDRESSES", 5))]
    attack = floods.Expensive(bot.port, sources, env("EXPENSIVE_CHARS", 1000)).start()
    time.sleep(seconds)
    attack.stop()
    recorder = users.stop()
    sampler.stop()
    base, under = recorder.summary(2, baseline_s), recorder.summary(baseline_s + 2, baseline_s + seconds)
    t = sampler.t0 - recorder.t0
    say("ordinary users alone:        " + net.Recorder.line(base)
        + "; bot CPU %.2f cores" % (sampler.cpu_cores(2 - t, baseline_s - t) or 0))
    say("ordinary users under attack: " + net.Recorder.line(under)
        + "; bot CPU %.2f cores" % (sampler.cpu_cores(baseline_s + 2 - t, baseline_s + seconds - t) or 0))
    for line in attack.lines():
        say(line)
    allowed = 2 * base["p90"] + 20
    return [("ordinary p90 under attack <= 2 x alone + 20 ms (%.0f ms)" % allowed, under["p90"] <= allowed),
            ("no ordinary errors under attack", under["errors"] == 0)] + _still_fine(bot, say)


def unanswered(bot, fake, say):
    """Item 7: unique questions the bot cannot answer, from 254 addresses, bounded by count and time."""
    total, seconds = env("UNANSWERED_REQUESTS", 30000), env("UNANSWERED_SECONDS", 60)
    max_db, max_report = env("UNANSWERED_MAX_DB_MB", 20), env("UNANSWERED_MAX_REPORT_S", 1.0)
    auth = (("Authorization", "Bearer " + botproc.ADMIN_TOKEN),)

    def report(limit):
        client = net.Client(bot.port, "127.0.0.1", 120)
        status, body, _, took = client.request("GET", "/api/admin/unanswered?limit=%d" % limit, headers=auth)
        client.close()
        return status, took, body.count(b'"normalised"')

    db_before, report_before = bot.db_bytes(), report(1000)
    flood = floods.ChatFlood(bot.port, 2, total, env("UNANSWERED_RATE", 0.0), env("UNANSWERED_CHARS", 60),
                             env("UNANSWERED_WORKERS", 4), "unanswered flood",
                             env("UNANSWERED_ADDRESSES", 254)).start()
    end = time.monotonic() + seconds
    while time.monotonic() < end and not flood.done() and bot.alive():
        time.sleep(0.5)
    flood.stop()
    time.sleep(3)
    db_after, report_after = bot.db_bytes(), report(1000)
    for line in flood.lines():
        say(line)
    growth = (db_after - db_before) / 2 ** 20
    say("database files: %.1f MB before, %.1f MB after (%+.1f MB, %.1f KB per question answered)"
        % (db_before / 2 ** 20, db_after / 2 ** 20, growth,
           (db_after - db_before) / 1024 / max(1, flood.recorder.summary()["ok"])))
    say("staff report /api/admin/unanswered?limit=1000: %s in %.2f s with %d groups before; %s in %.2f s with %d"
        " groups after" % (report_before + report_after))
    return [("database grew <= %d MB" % max_db, growth <= max_db),
            ("staff report answered in <= %.1f s" % max_report,
             report_after[0] == 200 and report_after[1] <= max_report)] + _still_fine(bot, say)


def telegram(bot, fake, say):
    """Item 11: the same Telegram update (same update_id) delivered three times to the webhook."""
    statuses, replies = floods.replay_update(bot.port, fake, 910001, 777001, env("REPLAY_TIMES", 3))
    say("update 910001 posted %d times: statuses %s; replies sent to the chat: %d (setWebhook calls: %d)"
        % (len(statuses), statuses, replies, fake.calls.get("setwebhook", 0)))
    return [("the replayed update is answered once", replies == 1)] + _still_fine(bot, say)


ATTACKS = {"memory": memory, "big": big, "slow-body": slow_body, "slow-headers": slow_headers, "xff": xff,
           "expensive": expensive, "unanswered": unanswered, "telegram": telegram}
