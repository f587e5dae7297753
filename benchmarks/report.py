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


def load(name):
    return json.load(open(os.path.join(work, name)))


def text(name):
    try:
        return open(os.path.join(work, name)).read().strip()
    except OSError:
        return "?"


scores = {}
for r in load("jmh.json"):
    name = r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]
    params = r.get("params") or {}
    if params:
        name += "[" + ",".join(f"{k}={v}" for k, v in params.items()) + "]"
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    scores[name] = (r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"], r["primaryMetric"]["scoreUnit"], alloc)

bulk = load("bulk.json")
paced = load("paced.json")
canned = load("canned.json")
listed = [json.loads(line) for line in open(os.path.join(work, "list.json")) if line.strip()]
list_cmd = text("list.cmd")
launcher = load("startup-launcher.json")
plain = load("startup-plain.json")


def score(name):
    return scores[name][0]


def alloc(name):
    return scores[name][3]


def row(name):
    s, e, unit, a = scores[name]
    err = f" ± {e:,.1f}" if isinstance(e, (int, float)) and e == e else ""  # NaN with too few iterations
    return f"{s:,.1f}{err} {unit}", (f"{a:,.0f}" if a is not None else "-")


def verdict(ok):
    return "met" if ok else "**not met**"


bim = score("PerCallBenchmark.bim360Facade") / score("PerCallBenchmark.bim360Floor")
bim_alloc = alloc("PerCallBenchmark.bim360Facade") / alloc("PerCallBenchmark.bim360Floor")
pro = score("PerCallBenchmark.procoreFacade") / score("PerCallBenchmark.procoreFloor")
imp = score("ImportBenchmark.facade") / score("ImportBenchmark.floor")
val_us = score("ValidationBenchmark.validate200Users")
val_kb = alloc("ValidationBenchmark.validate200Users") / 1000
first = launcher["firstRequest"]["median"]
help_s = launcher["help"]["median"]
rss = launcher["peakRssMiB10000"]

out = []
p = out.append
p("# Benchmarks")
p("")
p("Numbers from one run of `benchmarks/run.sh` on this machine: JMH 1.37 for 1-3, harnesses for 4-5. Every benchmark")
p("talks HTTP to a server on 127.0.0.1. Ratios compare paths measured in the same run, interleaved in one JVM where")
p("they are JMH benchmarks. Regenerate with `benchmarks/run.sh`; do not edit by hand.")
if os.environ.get("ROSTER_BENCH_PROVENANCE"):
    p("")
    p(os.environ["ROSTER_BENCH_PROVENANCE"])
p("")
p("## Machine")
p("")
p(f"- CPU: {cpu_model()}, {os.cpu_count()} cores")
mem = sh("free -h | awk '/Mem:/ {print $2}'")
p(f"- Memory: {mem}")
p(f"- OS: {platform.system()} {platform.release()}")
p(f"- Java: {sh('java -version 2>&1 | head -1')}")
p(f"- Load when the run started: `{text('load-before.txt')}`")
p(f"- Load when it ended: `{text('load-after.txt')}`")
p("")
p("The machine is shared: other builds ran during this run (see the load). Absolute times are inflated by it;")
p("the ratios of paths measured side by side are what to compare.")
p("")
p("## Targets (issue 17)")
p("")
p("| path | this run | target | |")
p("| --- | --- | --- | --- |")
p(f"| BIM 360 PATCH, facade vs raw HttpClient 5 floor | {bim:.2f}x ({score('PerCallBenchmark.bim360Facade'):,.0f} vs "
  f"{score('PerCallBenchmark.bim360Floor'):,.0f} us); allocation {bim_alloc:.2f}x | <= 1.5x; allocation <= 2x | "
  f"{verdict(bim <= 1.5 and bim_alloc <= 2)} |")
p(f"| Procore PATCH, same | {pro:.2f}x ({score('PerCallBenchmark.procoreFacade'):,.0f} vs "
  f"{score('PerCallBenchmark.procoreFloor'):,.0f} us) | <= 1.5x | {verdict(pro <= 1.5)} |")
p(f"| 10,000-user ACC import via `importProjectUsers` vs the floor sending the same 50 bodies | {imp:.2f}x "
  f"({score('ImportBenchmark.facade'):,.1f} vs {score('ImportBenchmark.floor'):,.1f} ms) | <= 1.5x | {verdict(imp <= 1.5)} |")
p(f"| validation of one 200-user batch | {val_us:,.0f} us, {val_kb:,.0f} KB | <= 200 us, <= 400 KB | "
  f"{verdict(val_us <= 200 and val_kb <= 400)} |")
p(f"| CLI start to first request (`roster acc import-users`, cold JVM, median) | {first:.2f} s "
  f"(plain `java -jar`: {plain['firstRequest']['median']:.2f} s) | <= 0.5 s | {verdict(first <= 0.5)} |")
p(f"| `roster --help` (median) | {help_s:.2f} s (plain `java -jar`: {plain['help']['median']:.2f} s) | <= 0.15 s | "
  f"{verdict(help_s <= 0.15)} |")
p(f"| peak RSS, `roster` importing 10,000 rows | {rss:.0f} MiB (plain `java -jar`: {plain['peakRssMiB10000']:.0f} MiB) | "
  f"<= 160 MiB | {verdict(rss <= 160)} |")
p(f"| 100,000 users from CSV through the CLI into a canned server, `-Xmx256m` | {canned['usersPerSecond']:,.0f} users/s | "
  f">= 100,000 users/s | {verdict(canned['usersPerSecond'] >= 100_000 and canned['exitCode'] == 0)} |")
p(f"| the same into `roster sandbox` (full spec validation) | {bulk['usersPerSecond']:,.0f} users/s | >= 50,000 users/s | "
  f"{verdict(bulk['usersPerSecond'] >= 50_000 and bulk['exitCode'] == 0)} |")
slowest = min(listed, key=lambda r: r["usersPerSecond"])
p(f"| listing {slowest['users']:,} users from the sandbox through the facade | "
  + "; ".join(f"{r['list'].split()[0]} {r['usersPerSecond']:,.0f} users/s" for r in listed)
  + f"; heap after GC {max(r['heapAfterGcMiB'] for r in listed):.0f} MiB of {slowest['maxHeapMiB']:.0f} MiB | "
  f">= 200,000 users/s, memory flat | "
  f"{verdict(all(r['usersPerSecond'] >= 200_000 and r['listed'] == r['users'] for r in listed))} |")
p("")
p("## 1. Per call: facade vs the floor")
p("")
p("The floor is the same request, byte for byte (the set-up compares the bodies the server receives), sent with raw")
p("Apache HttpClient 5: pooled and kept-alive connection, body serialised beforehand, answer read as bytes and not")
p("decoded. The JDK `HttpClient` sending the same bytes is a second reference. The facade validates, encodes the")
p("generated model, runs the pipeline (pace, token, attempt, retry decision, log), sends through Feign and HttpClient 5")
p("and decodes into the generated model. Allocation is per call for the whole JVM, the in-process server included.")
p("")
p("| benchmark | time per call | allocated per call (B) |")
p("| --- | --- | --- |")
for n in ("bim360Facade", "bim360Floor", "bim360JdkClient", "procoreFacade", "procoreFloor", "procoreJdkClient"):
    t, a = row("PerCallBenchmark." + n)
    p(f"| {n} | {t} | {a} |")
p("")
callcost_file = os.path.join(work, "callcost.json")
if os.path.exists(callcost_file):
    cc = json.load(open(callcost_file))
    p("What the calling thread spends per call, which other processes' load does not change (CPU time and bytes")
    p("allocated by that thread, `ThreadMXBean`, median of interleaved rounds; the server's threads not counted):")
    p("`java -cp benchmarks/target/benchmarks.jar io.github.roster.benchmarks.CallCost`")
    p("")
    p("| path | CPU per call (us) | allocated per call (B) | vs its floor (CPU, bytes) |")
    p("| --- | --- | --- | --- |")
    for n, floor in (("bim360Facade", "bim360Floor"), ("bim360Floor", None), ("procoreFacade", "procoreFloor"),
                     ("procoreFloor", None), ("validate200Users", None)):
        c = cc[n]
        vs = (f"{c['cpu_ns'] / cc[floor]['cpu_ns']:.2f}x, {c['alloc_bytes'] / cc[floor]['alloc_bytes']:.2f}x"
              if floor else "")
        p(f"| {n} | {c['cpu_ns'] / 1000:,.1f} | {c['alloc_bytes']:,} | {vs} |")
    p("")
p("## 2. Import: 10,000 ACC users through `importProjectUsers` vs the floor")
p("")
p("Every user is validated, then sent in 50 requests of 200; the floor sends the same 50 bodies, serialised beforehand.")
p("")
p("| benchmark | time per import | allocated per import (B) |")
p("| --- | --- | --- |")
for n in ("facade", "floor"):
    t, a = row("ImportBenchmark." + n)
    p(f"| {n} | {t} | {a} |")
p("")
p("## 3. Validation alone, and transports under the generated Feign client")
p("")
t, a = row("ValidationBenchmark.validate200Users")
p(f"One 200-user ACC import request, every rule, nothing sent: {t} per batch, {a} B allocated.")
p("")
p("| transport | time per PATCH | allocated per call (B) |")
p("| --- | --- | --- |")
for tr in ("hc5", "okhttp", "jdk"):
    t, a = row(f"TransportBenchmark.patchOneUser[transport={tr}]")
    p(f"| {tr} | {t} | {a} |")
p("")
def cpu(run):
    """CPU time and allocation, which load does not distort (older BulkImport builds did not print them)."""
    if "cliThreadCpuSeconds" not in run:
        return ""
    return (f"; CPU: the CLI's thread {run['cliThreadCpuSeconds']:.2f} s ({run['cliThreadAllocatedMiB']:,.0f} MiB "
            f"allocated), the whole JVM {run['processCpuSeconds']:.2f} s (JIT compiler, GC"
            + (", the canned server" if run is canned else "") + ")")


p("## 4. Bulk import through the CLI")
p("")
p(f"`{canned_cmd}`: into a canned server in the CLI's JVM, which validates and stores nothing, so the SDK's own cost")
p("(CSV parse, full validation pass, encoding, HTTP, report) is what is measured:")
p("")
p(f"- {canned['users']:,} users in {canned['seconds']:.2f} s: **{canned['usersPerSecond']:,.0f} users/s**; exit code "
  f"{canned['exitCode']}; peak heap {canned['peakHeapPoolsMiB']:.0f} MiB of {canned['maxHeapMiB']:.0f} MiB{cpu(canned)}")
p("")
p(f"`{bulk_cmd}`: into `roster sandbox` in another process (no rate limit, every request validated against the spec):")
p("")
p(f"- {bulk['users']:,} users in {bulk['seconds']:.2f} s: **{bulk['usersPerSecond']:,.0f} users/s**; exit code {bulk['exitCode']}; "
  f"peak heap {bulk['peakHeapPoolsMiB']:.0f} MiB (pool peaks) of {bulk['maxHeapMiB']:.0f} MiB{cpu(bulk)}")
p("")
p(f"- the sandbox process used {float(text('bulk-sandbox-cpu.txt')):.2f} s of CPU for these {bulk['users']:,} users "
  f"({bulk['users'] / max(float(text('bulk-sandbox-cpu.txt')), 1e-9):,.0f} users per CPU second; load does not change "
  "it much)")
p("")
expected = rate * 200
summary = paced.get("summary") or {}
failures = len(summary.get("failures", [])) if isinstance(summary, dict) else "?"
dev = (paced["usersPerMinute"] - expected) / expected * 100
p(f"`{paced_cmd}`: against a sandbox limited to {rate} requests/min, the CLI paced with `--requests-per-minute {rate}`:")
p("")
p(f"- {paced['users']:,} users in {paced['seconds']:.2f} s: **{paced['usersPerMinute']:,.0f} users/min** against "
  f"{expected:,} possible ({dev:+.1f}%); failed requests: {failures}; exit code {paced['exitCode']}")
p("")
p("### 4c. Listing users from a seeded sandbox through the facade")
p("")
p(f"`{list_cmd}`: the sandbox (another process, `--seed` with as many BIM 360 account users and active Procore")
p("company users) is listed whole through `listAccountUsers` and `listCompanyUsers` (pages of 100, the most either")
p("vendor gives) with a 64 MiB heap, which could not hold the decoded users: flat memory is the run finishing.")
p("")
p("| list | users | users/s | listing thread CPU | peak heap (pools) | heap after GC |")
p("| --- | --- | --- | --- | --- | --- |")
for r in listed:
    p(f"| {r['list']} | {r['listed']:,} of {r['users']:,} | **{r['usersPerSecond']:,.0f}** | {r['threadCpuSeconds']:.2f} s "
      f"({r['usersPerCpuSecond']:,.0f} users per CPU s) | {r['peakHeapPoolsMiB']:.0f} MiB | {r['heapAfterGcMiB']:.0f} MiB "
      f"of {r['maxHeapMiB']:.0f} |")
p("")
p(f"The sandbox process used {float(text('list-sandbox-cpu.txt')):.2f} s of CPU for both lists (warm-up included).")
p("")
p("## 5. Start-up and memory of the CLI")
p("")
p("`benchmarks/first_request.py` starts the command cold (a new JVM each time; the page cache and the launcher's")
p("start-up archive warm) and times process start to the first request arriving at a canned loopback server, and")
p("`--help` to exit; then the peak resident set of one 10,000-row import (`ru_maxrss`). CPU is the process's user +")
p("system seconds (median), which other load distorts less than wall time; the whole import for the first request.")
p(f"The floor, a bare `java -Xshare:auto -version` with the launcher's options: {launcher['javaVersionFloor']['median']:.3f} s"
  f" ({launcher['javaVersionFloor']['min']:.3f}-{launcher['javaVersionFloor']['max']:.3f}).")
p("")
p("| command | first request, median (min-max) | CPU | `--help`, median (min-max) | CPU | peak RSS, 10,000 rows |")
p("| --- | --- | --- | --- | --- | --- |")
for r in (launcher, plain):
    f, h = r["firstRequest"], r["help"]
    p(f"| `{r['launcher']}` | {f['median']:.3f} s ({f['min']:.3f}-{f['max']:.3f}) | {r['firstRequestCpu']['median']:.2f} s "
      f"| {h['median']:.3f} s ({h['min']:.3f}-{h['max']:.3f}) | {r['helpCpu']['median']:.2f} s "
      f"| {r['peakRssMiB10000']:.0f} MiB |")
p("")
p("## Commands")
p("")
p(f"- 1-3: `{jmh_cmd}`")
p(f"- 4: `{canned_cmd}`; `{bulk_cmd}`; `{paced_cmd}`")
p(f"- 4c: `java -cp benchmarks/target/benchmarks.jar io.github.roster.benchmarks.ListUsers seed FILE USERS`; "
  f"`roster sandbox --seed FILE`; `{list_cmd}`")
p("- 5: `python3 benchmarks/first_request.py ./roster`; `python3 benchmarks/first_request.py java -jar cli/target/roster.jar`")
notes = os.path.join(os.path.dirname(os.path.abspath(__file__)), "NOTES.md")
if os.path.exists(notes):
    p("")
    p(open(notes).read().rstrip())
print("\n".join(out))
