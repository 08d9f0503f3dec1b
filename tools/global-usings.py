#!/usr/bin/env python3
"""Moves the namespaces a project's files import again and again into one GlobalUsings.cs per project.

Why: the same ten `using` lines at the top of most files said nothing a reader needs, and they made `duplicates`
pair files by their imports. Namespaces used by fewer than MIN_FILES files stay local, as do aliases,
`using static` and the namespaces listed in KEEP_LOCAL (they would make simple type names ambiguous project-wide).
Run from the repository root; it is idempotent.
"""
import os, re, sys
from collections import Counter

MIN_FILES = 3
PROJECTS = ["src/Fulfilment", "src/Fulfilment.Web", "tests/Fulfilment.Testing", "tests/Fulfilment.UnitTests",
            "tests/Fulfilment.IntegrationTests", "tests/Fulfilment.EndToEnd", "bench/Fulfilment.Bench"]
KEEP_LOCAL = set(sys.argv[1:])
USING = re.compile(r"^using ([A-Za-z_][A-Za-z0-9_.]*);\s*$")

def sources(root):
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in ("bin", "obj", "Migrations", "Generated")]
        for f in files:
            if f.endswith(".cs") and f != "GlobalUsings.cs":
                yield os.path.join(d, f)

def header_usings(lines):
    """Indexes of the plain using lines before the first declaration."""
    found = []
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or s.startswith("//"):
            continue
        m = USING.match(line)
        if m:
            found.append((i, m.group(1)))
            continue
        if s.startswith("using ") or s.startswith("global using") or s.startswith("#"):
            continue
        break
    return found

for project in PROJECTS:
    files = list(sources(project))
    texts = {f: open(f, encoding="utf-8-sig").read().split("\n") for f in files}
    counts = Counter(ns for f in files for _, ns in header_usings(texts[f]))
    gpath = os.path.join(project, "GlobalUsings.cs")
    existing = set()
    if os.path.exists(gpath):
        existing = set(re.findall(r"^global using ([A-Za-z0-9_.]+);", open(gpath).read(), re.M))
    chosen = sorted((existing | {ns for ns, c in counts.items() if c >= MIN_FILES}) - KEEP_LOCAL)
    if not chosen:
        continue
    for f in files:
        lines = texts[f]
        drop = {i for i, ns in header_usings(lines) if ns in chosen}
        if not drop:
            continue
        kept = [l for i, l in enumerate(lines) if i not in drop]
        while kept and not kept[0].strip():   # no blank first line left behind
            kept.pop(0)
        open(f, "w", encoding="utf-8").write("\n".join(kept))
    with open(gpath, "w", encoding="utf-8") as g:
        g.write("// The namespaces most files of this project use (tools/global-usings.py); rare ones stay in their files.\n")
        for ns in chosen:
            g.write(f"global using {ns};\n")
    print(project, len(chosen), "global usings")
