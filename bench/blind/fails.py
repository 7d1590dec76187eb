#!/usr/bin/env python3
"""Prints every failed turn of an eval.py --json output with its question set.

usage: fails.py RESULTS.json SET.jsonl
"""
import json, sys
res=json.load(open(sys.argv[1]))
items={json.loads(l)['id']:json.loads(l) for l in open(sys.argv[2])}
for r in res:
    if r['ok']: continue
    it=items[r['id']]
    for t,d in zip(it.get('dialog') or [it], r['turns']):
        if d['ok']: continue
        print(r['id'], r['category'], '|', t['q'], '| exp', t.get('expect', 'FALLBACK'), '| got', d['intent'], d['answered'], d['language'], '|', d['answer'][:100].replace('\n',' '))
