#!/usr/bin/env python3
"""Writes docs/benchmarks.md from one run of benchmarks/run.sh (called by it; not meant to be run alone)."""
import json
import os
import platform
import subprocess
import sys

work, jmh_cmd, bulk_cmd, paced_cmd, rate, canned_cmd = sys.argv[1:7]
rate = int(rate)


def sh(cmd):
    try:
        r = subprocess.run(cmd, shell=True, capture_output=True, text=True)
        return (r.stdout.strip() or r.stderr.strip())
    except OSError:
        return "?"


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


jmh = json.load(open(os.path.join(work, "jmh.json")))
scores = {}
for r in jmh:
    name = r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]
    params = r.get("params") or {}
    if params:
        name += "[" + ",".join(f"{k}={v}" for k, v in params.items()) + "]"
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    scores[name] = (r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"], r["primaryMetric"]["scoreUnit"], alloc)

bulk = json.load(open(os.path.join(work, "bulk.json")))
paced = json.load(open(os.path.join(work, "paced.json")))
canned = json.load(open(os.path.join(work, "canned.json")))
startup = json.load(open(os.path.join(work, "startup.json")))


def row(name):
    s, e, unit, alloc = scores[name]
    a = f"{alloc:,.0f}" if alloc is not None else "-"
    return f"{s:,.1f} ± {e:,.1f} {unit}", a


def verdict(ok):
    return "**met**" if ok else "**not met** (see notes)"


out = []
p = out.append
p("# Benchmarks")
p("")
p("Numbers from `benchmarks/run.sh` on this machine (JMH 1.37 for 1-3; a harness for 4; hyperfine or a timing loop for 5).")
if os.environ.get("ROSTER_BENCH_PROVENANCE"):
    p(os.environ["ROSTER_BENCH_PROVENANCE"])
p("Each benchmark talks HTTP to a server on 127.0.0.1. Regenerate with `benchmarks/run.sh`; do not edit by hand.")
p("")
p("## Machine")
p("")
p(f"- CPU: {cpu_model()}, {os.cpu_count()} cores")
mem = sh("free -h | awk '/Mem:/ {print $2}'")
p(f"- Memory: {mem}")
p(f"- OS: {platform.system()} {platform.release()}")
p(f"- Java: {sh('java -version 2>&1 | head -1')}")
p("")
p("## 1. Per call: facade vs the floor")
p("")
p("The floor is the same request sent with `java.net.http.HttpClient` and a pre-serialised body, the response read")
p("as a string. The facade validates, encodes the generated model, sends through Feign and HttpClient 5, and decodes")
p("into the generated model. Server: canned reference examples.")
p("")
p("| benchmark | time per call | allocated per call (B) |")
p("| --- | --- | --- |")
for n in ("PerCallBenchmark.bim360Facade", "PerCallBenchmark.bim360Floor", "PerCallBenchmark.procoreFacade",
          "PerCallBenchmark.procoreFloor"):
    t, a = row(n)
    p(f"| {n.split('.')[1]} | {t} | {a} |")
b_ratio = scores["PerCallBenchmark.bim360Facade"][0] / scores["PerCallBenchmark.bim360Floor"][0]
p_ratio = scores["PerCallBenchmark.procoreFacade"][0] / scores["PerCallBenchmark.procoreFloor"][0]
p("")
p(f"Ratio facade/floor: BIM 360 **{b_ratio:.2f}x**, Procore **{p_ratio:.2f}x**. Target at most 1.3x: "
  f"{verdict(b_ratio <= 1.3 and p_ratio <= 1.3)}.")
p("")
p("## 2. Validation alone: one 200-user ACC import request")
p("")
t, a = row("ValidationBenchmark.validate200Users")
v = scores["ValidationBenchmark.validate200Users"][0]
p(f"{t} per batch, {a} B allocated. Target under 1 ms (1,000 us): {verdict(v < 1000)}.")
p("")
p("## 3. Transports under the generated Feign client")
p("")
p("| transport | time per PATCH | allocated per call (B) |")
p("| --- | --- | --- |")
for tr in ("hc5", "okhttp", "jdk"):
    t, a = row(f"TransportBenchmark.patchOneUser[transport={tr}]")
    p(f"| {tr} | {t} | {a} |")
p("")
p("## 4. Bulk import through the CLI")
p("")
p(f"`{bulk_cmd}` against `roster sandbox` in another process (no rate limit):")
p("")
p(f"- {bulk['users']:,} users in {bulk['seconds']:.2f} s: **{bulk['usersPerSecond']:,.0f} users/s**; exit code {bulk['exitCode']}")
p(f"- peak heap: {bulk['peakHeapPoolsMiB']:.0f} MiB (pool peaks), {bulk['peakHeapSampledMiB']:.0f} MiB (sampled every 5 ms), of {bulk['maxHeapMiB']:.0f} MiB max")
p(f"- Target at least 20,000 users/s and success with `-Xmx256m`: {verdict(bulk['usersPerSecond'] >= 20000 and bulk['exitCode'] == 0)}.")
p("")
p(f"The same import against the canned server in the CLI's JVM (`{canned_cmd}`), which validates and stores nothing,")
p("isolates the SDK's own cost (CSV parse, full validation pass, encoding, HTTP, report):")
p("")
p(f"- {canned['users']:,} users in {canned['seconds']:.2f} s: **{canned['usersPerSecond']:,.0f} users/s**; exit code {canned['exitCode']}; "
  f"peak heap {canned['peakHeapPoolsMiB']:.0f} MiB of {canned['maxHeapMiB']:.0f} MiB")
p("")
expected = rate * 200
summary = paced.get("summary") or {}
failures = len(summary.get("failures", [])) if isinstance(summary, dict) else "?"
dev = (paced["usersPerMinute"] - expected) / expected * 100
p(f"`{paced_cmd}` against a sandbox limited to {rate} requests/min, CLI paced with `--requests-per-minute {rate}`:")
p("")
p(f"- {paced['users']:,} users in {paced['seconds']:.2f} s: **{paced['usersPerMinute']:,.0f} users/min** against "
  f"{expected:,} possible ({dev:+.1f}%); failed requests: {failures}; exit code {paced['exitCode']}")
p(f"- Target within 5% of N*200 users/min and zero failed requests: {verdict(abs(dev) <= 5 and failures == 0)}.")
p("")
p("## 5. Start-up")
p("")
p("| command | mean | stddev | min | max |")
p("| --- | --- | --- | --- | --- |")
for r in startup["results"]:
    p(f"| `{r['command']}` | {r['mean']:.3f} s | {r['stddev']:.3f} s | {r['min']:.3f} s | {r['max']:.3f} s |")
p("")
p("## Commands")
p("")
p(f"- 1-3: `{jmh_cmd}`")
p(f"- 4: `{bulk_cmd}`; `{paced_cmd}`")
p("- 5: `hyperfine -N --warmup 2 --runs 10 'java -jar cli/target/roster.jar --help' 'java -jar cli/target/roster.jar demo'`")
notes = os.path.join(os.path.dirname(os.path.abspath(__file__)), "NOTES.md")
if os.path.exists(notes):
    p("")
    p(open(notes).read().rstrip())
print("\n".join(out))
