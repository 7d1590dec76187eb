#!/usr/bin/env python3
"""Summary of eval.py --json output plus the question set: correct %, must-refuse refused %, confident wrong
turns (answered, but wrong) by category, and correct items by category.

usage: summary.py RESULTS.json SET.jsonl
"""
import json, sys
res = {r["id"]: r for r in json.load(open(sys.argv[1]))}
items = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
n = len(items); ok = sum(res[i["id"]]["ok"] for i in items)
refuse = [i for i in items if i.get("fallback")]
refused = sum(res[i["id"]]["ok"] for i in refuse)
cw = {}
for i in items:
    r = res[i["id"]]
    turns = i.get("dialog") or [i]
    for t, d in zip(turns, r["turns"]):
        if not d["ok"] and d.get("answered"):
            cw[i["category"]] = cw.get(i["category"], 0) + 1
print(f"correct {ok}/{n} = {100*ok/n:.1f}%  must-refuse refused {refused}/{len(refuse)} = {100*refused/max(1,len(refuse)):.1f}%")
print("confident wrong turns by category:", dict(sorted(cw.items())), "total", sum(cw.values()))
cats = {}
for i in items:
    c = cats.setdefault(i["category"], [0, 0])
    c[0] += res[i["id"]]["ok"]; c[1] += 1
print("correct by category:", ", ".join(f"{k} {a}/{b} = {100*a/b:.0f}%" for k, (a, b) in sorted(cats.items())))
