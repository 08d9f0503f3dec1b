#!/usr/bin/env python3
"""Git merge driver for .resx translation files: keeps every entry from both sides.

Parallel branches append entries at the end of the same files, which line-based merging garbles. This driver reads
the entries of base, ours and theirs, keeps ours, adds theirs' new keys and takes theirs' value where only theirs changed it (a key removed on one side stays removed),
and writes a well-formed file. Register it once per clone:
  git config merge.resx.name "resx union" && git config merge.resx.driver "python3 tools/merge-resx.py %O %A %B"
Also usable to repair a garbled file: tools/merge-resx.py --repair <file>
"""
import re, sys
from xml.sax.saxutils import escape, unescape

ENTRY = re.compile(r'<data name="(?P<name>[^"]*)"[^>]*>\s*<value>(?P<value>.*?)</value>', re.S)
HEADER = open(__file__.replace('merge-resx.py', 'add-translations.py'), encoding='utf-8').read().split("HEADER = '''", 1)[1].split("'''", 1)[0]

def entries(path):
    text = open(path, encoding='utf-8').read()
    return {unescape(m.group('name'), {'&quot;': '"'}): unescape(m.group('value')) for m in ENTRY.finditer(text)}

def write(path, items):
    body = ''.join(f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve">\n    <value>{escape(v)}</value>\n  </data>\n' for k, v in items.items())
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER.replace('</root>', body + '</root>'))

if sys.argv[1] == '--repair':
    write(sys.argv[2], entries(sys.argv[2]))
    sys.exit(0)

base, ours, theirs = (entries(p) for p in sys.argv[1:4])
merged = dict(ours)
for key, value in theirs.items():
    if key not in ours and key not in base:
        merged[key] = value
    elif key in ours and key in base and ours[key] == base[key] and value != base[key]:
        merged[key] = value  # only theirs changed the translation (e.g. a vocabulary fix): take it
for key in base:
    if key not in theirs:
        merged.pop(key, None)
write(sys.argv[2], merged)
