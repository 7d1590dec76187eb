#!/usr/bin/env python3
"""Turns a question set (JSON lines) into a golden file the CLI reads: `Cli golden corpus OUT.yml`.

usage: togolden.py SET.jsonl OUT.yml
"""
import json, sys

def golden_pattern(p):
    # The golden runner's patterns (RE2/J) have no look-arounds; a digit guard becomes a word boundary.
    for guard in ("(?<!\\d)", "(?<![\\d.,])", "(?!\\d)", "(?![\\d])"):
        p = p.replace(guard, "\\b")
    return p

out = []
for l in open(sys.argv[1], encoding='utf-8'):
    if not l.strip(): continue
    it = json.loads(l)
    def turn(t, lang):
        d = {"q": t["q"]}
        if t.get("fallback"): d["fallback"] = True
        else:
            e = t["expect"]
            d["expect"] = [golden_pattern(x) for x in e] if isinstance(e, list) else golden_pattern(e)
            if lang != "es": d["lang"] = lang
        return d
    if "dialog" in it:
        out.append({"dialog": [turn(t, it.get("lang", "es")) for t in it["dialog"]]})
    else:
        out.append(turn(it, it.get("lang", "es")))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for o in out:
        f.write("- " + json.dumps(o, ensure_ascii=False) + "\n")
