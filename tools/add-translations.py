#!/usr/bin/env python3
"""Add Simplified Chinese translations to a .resx file.

Usage: tools/add-translations.py <Area> < lines.tsv
  <Area> is a web UI area (SharedText, OrdersText, ...) -> src/Fulfilment.Web/Resources/Localization/<Area>.zh-CN.resx,
  or "Messages" -> src/Fulfilment/Resources/Messages.zh-CN.resx (texts of the rules: validation, refusals).
  Each input line: English key<TAB>Chinese text. Existing keys are left alone; the file is created if missing.
The unit test TranslationCoverageTests lists every key still missing.
"""
import sys, os
from xml.sax.saxutils import escape

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype">
    <value>text/microsoft-resx</value>
  </resheader>
  <resheader name="version">
    <value>2.0</value>
  </resheader>
  <resheader name="reader">
    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
  <resheader name="writer">
    <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
</root>
'''

def main():
    area = sys.argv[1]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, 'src/Fulfilment/Resources/Messages.zh-CN.resx') if area == 'Messages' \
        else os.path.join(root, f'src/Fulfilment.Web/Resources/Localization/{area}.zh-CN.resx')
    if not os.path.exists(path):
        with open(path, 'w', encoding='utf-8') as f:
            f.write(HEADER)
    text = open(path, encoding='utf-8').read()
    import xml.etree.ElementTree as ET
    existing = {d.get('name') for d in ET.fromstring(text.encode('utf-8')).findall('data')}
    added = []
    for line in sys.stdin:
        line = line.rstrip('\n')
        if not line.strip():
            continue
        key, value = line.split('\t', 1)
        if key in existing:
            continue
        existing.add(key)
        added.append(f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve">\n    <value>{escape(value)}</value>\n  </data>\n')
    text = text.replace('</root>', ''.join(added) + '</root>')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'{len(added)} added to {os.path.relpath(path, root)}')

main()
