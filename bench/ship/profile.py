"""Reads a CPU profile taken by bench.py (PROFILE=f.nettrace PROFILE_KIND=collect, which also writes f.speedscope.json)
and prints where the app's CPU went: only samples of threads running managed code count (EventPipe's sampler marks them
with a CPU_TIME leaf); waiting threads are left out.
    python3 bench/ship/profile.py f.speedscope.json                 # the 40 functions that used the most CPU themselves
    python3 bench/ship/profile.py f.speedscope.json incl 60         # ... including what they called
    python3 bench/ship/profile.py f.speedscope.json callers TEXT 8  # the call chains (8 frames) leading to functions named TEXT
"""
import collections, json, re, sys

path = sys.argv[1]
mode = sys.argv[2] if len(sys.argv) > 2 else "excl"
profile = json.load(open(path))
frames = [f["name"] for f in profile["shared"]["frames"]]


def running_samples():
    """(stack of frame names without the CPU_TIME leaf, weight) for every stretch a thread ran managed code."""
    for p in profile["profiles"]:
        if p["type"] != "evented":
            continue
        stack, last = [], None
        for e in p["events"]:
            if last is not None and stack and frames[stack[-1]] == "CPU_TIME" and len(stack) > 1:
                yield [frames[i] for i in stack[:-1]], e["at"] - last
            last = e["at"]
            if e["type"] == "O":
                stack.append(e["frame"])
            elif stack:
                stack.pop()


def short(name):
    return re.sub(r"\(.*", "", name.split("!", 1)[-1])[-90:]


total, counts = 0.0, collections.Counter()
if mode == "callers":
    pattern, depth = sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 8
    for names, w in running_samples():
        total += w
        for k in range(len(names) - 1, -1, -1):
            if pattern in names[k]:
                counts[" <- ".join(short(n) for n in reversed(names[max(0, k - depth):k + 1]))] += w
                break
    print(f"{pattern}: {100 * sum(counts.values()) / total:.2f}% of the app's CPU")
    top = 12
else:
    for names, w in running_samples():
        total += w
        if mode == "incl":
            for n in set(names):
                counts[n] += w
        else:
            counts[names[-1]] += w
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
for name, w in counts.most_common(top):
    print(f"{100 * w / total:6.2f}%  {name if mode == 'callers' else short(name)}")
