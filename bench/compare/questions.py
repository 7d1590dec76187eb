#!/usr/bin/env python3
"""Writes the load's question list: every distinct question ("q", also inside "turns") of the public set, the
golden sets and the blind sets, one per line, JSON-escaped as it goes into a request body.

    bench/compare/questions.py [OUT]     (default bench/compare/questions.txt; run from the repository root)

Sources, in order: ../shared/eval/questions.jsonl (when present), corpus/golden/*.jsonl, bench/blind/*.jsonl.
"""
import glob
import json
import os
import sys


def questions(obj):
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key == "q" and isinstance(value, str):
                yield value
            else:
                yield from questions(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from questions(value)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "bench/compare/questions.txt"
    files = [f for f in ["../shared/eval/questions.jsonl"] if os.path.exists(f)]
    files += sorted(glob.glob("corpus/golden/*.jsonl")) + sorted(glob.glob("bench/blind/*.jsonl"))
    seen = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                for q in questions(json.loads(line)):
                    q = " ".join(q.split())
                    if q and q not in seen:
                        seen[q] = path
    with open(out, "w", encoding="utf-8") as f:
        for q in seen:
            f.write(json.dumps(q, ensure_ascii=False)[1:-1] + "\n")
    print(f"{len(seen)} distinct questions from {len(files)} files -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
