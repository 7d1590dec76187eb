#!/usr/bin/env python3
"""Runs attacks of issue 11 one at a time, each against a freshly started bot, and says which held.

    python3 bench/attack/run.py [--port 18080] [--label before] all | ATTACK...

ATTACK is one of memory, big, slow-body, slow-headers, xff, expensive, unanswered, telegram. The bot is
bot/target/bot.jar started from the repository root on 127.0.0.1:PORT (JAVA_OPTS, default -Xmx256m
-XX:+ExitOnOutOfMemoryError) in Telegram webhook mode against a fake Bot API, with an H2 database in a fresh
directory under /tmp, and stopped after each attack. Output goes to the screen and to
bench/attack/results/LABEL-ATTACK.txt. Exit status 0 when every check of every attack passed.
"""
import argparse
import os
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import attacks  # noqa: E402
import botproc  # noqa: E402


def run_one(name, port, label):
    os.makedirs(os.path.join(os.path.dirname(__file__), "results"), exist_ok=True)
    path = os.path.join(os.path.dirname(__file__), "results", "%s-%s.txt" % (label, name))
    with open(path, "w", encoding="utf-8") as out:
        def say(line):
            print(line, flush=True)
            out.write(line + "\n")
            out.flush()

        say("== %s  %s  java %s  (load %s)" % (name, time.strftime("%Y-%m-%dT%H:%M:%S"),
                                                 botproc.env("JAVA_OPTS", "-Xmx256m -XX:+ExitOnOutOfMemoryError"),
                                                 open("/proc/loadavg").read().split()[0]))
        fake = botproc.FakeBotApi()
        bot = botproc.Bot(port, telegram=fake)
        try:
            say("bot answering %.0f s after start (pid %d, log %s)" % (bot.start(), bot.pid, bot.log_path))
            checks = attacks.ATTACKS[name](bot, fake, say)
        except Exception:  # a crashed attack is reported as a failed check, and the next one still runs
            say(traceback.format_exc())
            checks = [("the attack ran to its end", False)]
        finally:
            if bot.oom_in_log():
                say("bot log tail:\n" + bot.log_tail(8))
            bot.stop()
            fake.close()
        for check, passed in checks:
            say("%s  %s" % ("PASS" if passed else "FAIL", check))
        return all(passed for _, passed in checks)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=botproc.env("PORT", 18080))
    parser.add_argument("--label", default=botproc.env("LABEL", "run"))
    parser.add_argument("attacks", nargs="+", choices=list(attacks.ATTACKS) + ["all"])
    args = parser.parse_args()
    names = list(attacks.ATTACKS) if "all" in args.attacks else args.attacks
    if args.port == 8080:
        parser.error("not 8080: that is where a real bot may run")
    results = {name: run_one(name, args.port, args.label) for name in names}
    print("\n== summary")
    for name, passed in results.items():
        print("%-13s %s" % (name, "held" if passed else "FAILED"))
    sys.exit(0 if all(results.values()) else 1)


if __name__ == "__main__":
    main()
