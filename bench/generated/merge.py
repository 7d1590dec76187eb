"""merge.py CORPUS_DIR GEN.yml LANG [intent,intent...|-intent,...]: appends generated examples to the
LANG block of each intent's examples in CORPUS_DIR/intents/*.yml (only the intents listed, or all but the
ones prefixed with '-'). Skips examples already present (folded compare)."""
import sys, yaml, glob, re, unicodedata
corpus, gen, lang = sys.argv[1], sys.argv[2], sys.argv[3]
sel = sys.argv[4].split(',') if len(sys.argv) > 4 and sys.argv[4] else None
new = yaml.safe_load(open(gen))
def fold(s): return re.sub(r'[^a-z0-9 ]', '', ''.join(c for c in unicodedata.normalize('NFKD', s.lower()) if not unicodedata.combining(c))).strip()
def wanted(name):
    if sel is None: return True
    if all(s.startswith('-') for s in sel): return '-' + name not in sel
    return name in sel
added = 0; seen_intents = set()
for f in sorted(glob.glob(corpus + '/intents/*.yml')):
    lines = open(f).read().split('\n'); out = []; i = 0; cur = None
    while i < len(lines):
        l = lines[i]; out.append(l)
        m = re.match(r'^- intent: (\S+)', l)
        if m: cur = m.group(1)
        if cur in new and wanted(cur) and re.match(r'^    ' + lang + r': \|\s*$', l):
            seen_intents.add(cur)
            j = i + 1; existing = set()
            while j < len(lines) and lines[j].startswith('      '):
                existing.add(fold(lines[j].strip()[2:])); out.append(lines[j]); j += 1
            for q in new[cur]:
                q = ' '.join(str(q).split())
                if q and fold(q) not in existing:
                    out.append('      - ' + q); existing.add(fold(q)); added += 1
            i = j; continue
        i += 1
    open(f, 'w').write('\n'.join(out))
missing = [k for k in new if wanted(k) and k not in seen_intents]
print(f'{lang}: added {added}; intents without a {lang} block: {missing}', file=sys.stderr)
