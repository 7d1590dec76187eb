#!/usr/bin/env python3
"""Turns a question set (JSON lines) into a golden file the CLI reads: `Cli golden corpus OUT.yml`.

usage: togolden.py SET.jsonl OUT.yml
"""
import json, re, sys

def lookarounds(p):
    """Each top-level look-around of p as (start, end, kind, body), parentheses balanced."""
    found, i = [], 0
    while i < len(p):
        if p[i] == "\\":
            i += 2
            continue
        if p.startswith("(?=", i) or p.startswith("(?!", i) or p.startswith("(?<=", i) or p.startswith("(?<!", i):
            head = 4 if p[i + 2] == "<" else 3
            depth, j, cls = 0, i, False
            while j < len(p):
                c = p[j]
                if c == "\\":
                    j += 2
                    continue
                if cls:
                    cls = c != "]"
                elif c == "[":
                    cls = True
                elif c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            found.append((i, j + 1, p[i:i + head], p[i + head:j]))
            i = j + 1
            continue
        i += 1
    return found

def golden_pattern(p):
    """The golden runner's patterns (RE2/J) have no look-arounds. A pattern made only of positive look-aheads
    ("(?=[\\s\\S]*A)(?=[\\s\\S]*B)") becomes the list [A, B], all of which must match; any other look-around
    (a digit guard such as "(?![\\d]|[.,]\\d)") becomes a word boundary."""
    found = lookarounds(p)
    if found and all(k == "(?=" for _, _, k, _ in found) and sum(e - s for s, e, _, _ in found) == len(p):
        return [b[len("[\\s\\S]*"):] if b.startswith("[\\s\\S]*") else b for _, _, _, b in found]
    for s, e, _, _ in reversed(found):
        p = p[:s] + "\\b" + p[e:]
    # The runner refuses long bounded repeats (".{0,60}"): a bounded gap becomes an unbounded one.
    return re.sub(r"\{0,\d+\}", "*", p)

def flat(patterns):
    out = []
    for x in patterns:
        g = golden_pattern(x)
        out.extend(g if isinstance(g, list) else [g])
    return out

out = []
for l in open(sys.argv[1], encoding='utf-8'):
    if not l.strip(): continue
    it = json.loads(l)
    def turn(t, lang):
        d = {"q": t["q"]}
        if t.get("fallback"): d["fallback"] = True
        else:
            e = t["expect"]
            g = flat(e if isinstance(e, list) else [e])
            d["expect"] = g if len(g) > 1 or isinstance(e, list) else g[0]
            if lang != "es": d["lang"] = lang
        return d
    if "dialog" in it:
        out.append({"dialog": [turn(t, it.get("lang", "es")) for t in it["dialog"]]})
    else:
        out.append(turn(it, it.get("lang", "es")))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for o in out:
        f.write("- " + json.dumps(o, ensure_ascii=False) + "\n")
