#!/usr/bin/env python3
"""Times `roster --help` and `roster demo` when hyperfine is not installed (called by run.sh)."""
import json
import statistics
import subprocess
import sys
import time

results = []
for cmd in (["java", "-jar", sys.argv[1], "--help"], ["java", "-jar", sys.argv[1], "demo"]):
    times = []
    for _ in range(12):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    times = times[2:]
    results.append({"command": " ".join(cmd), "mean": statistics.mean(times), "stddev": statistics.stdev(times),
                    "min": min(times), "max": max(times)})
print(json.dumps({"results": results}))
