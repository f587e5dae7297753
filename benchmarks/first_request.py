#!/usr/bin/env python3
"""Times a cold `roster acc import-users` from process start to its first request arriving at a canned loopback
server, and `roster --help` to exit; also the peak RSS of a 10,000-row import (called by run.sh). Next to each wall
time, the CPU seconds (user + system) the process used, which other load on the machine distorts far less, and the
floor: a bare `java -Xshare:auto -version` with the launcher's JVM options.

    first_request.py LAUNCHER_COMMAND...     e.g. first_request.py ./roster   or   first_request.py java -jar cli/target/roster.jar
Prints one JSON object."""
import http.server
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time

launcher = sys.argv[1:]
PROJECT = "367d5cc2-9008-462c-96e5-c9491db85d93"
first_request_at = []


class Canned(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        if not first_request_at:
            first_request_at.append(time.perf_counter())
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b'{"jobId":"0d7cbc2c-3b1d-4c0f-9f4a-6a0a1d3b9e52"}'
        self.send_response(202)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Canned)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"
work = tempfile.mkdtemp(prefix="roster-start")


def csv(rows):
    path = os.path.join(work, f"users-{rows}.csv")
    with open(path, "w") as f:
        f.write("email,firstName,lastName,companyId,roleIds,products\n")
        for i in range(rows):
            f.write(f"start{i}@example.com,First{i},Last{i},c32ffb13-83f8-43fb-bddf-3e5c0c2dda24,"
                    f"287d5cc2-9008-462c-96e5-c9491db85d97,docs:member;build:member\n")
    return path


def import_cmd(rows):
    return launcher + ["acc", "import-users", "--base-url", base, "--token", "bench", "--project", PROJECT,
                       "--csv", csv(rows), "--report", os.path.join(work, f"report-{rows}-{time.time_ns()}.jsonl"),
                       "--output", "json"]


def timed(cmd):
    """Runs cmd to its end; returns (start, end, CPU seconds of the process and its children)."""
    start = time.perf_counter()
    pid = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).pid
    _, status, usage = os.wait4(pid, 0)
    end = time.perf_counter()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed")
    return start, end, usage.ru_utime + usage.ru_stime


def first_request(runs, cpu=None):
    times = []
    for _ in range(runs):
        first_request_at.clear()
        start, _, seconds = timed(import_cmd(10))
        times.append(first_request_at[0] - start)
        if cpu is not None:
            cpu.append(seconds)
    return times


def help_(runs, cpu=None):
    times = []
    for _ in range(runs):
        start, end, seconds = timed(launcher + ["--help"])
        times.append(end - start)
        if cpu is not None:
            cpu.append(seconds)
    return times


def floor(runs):
    # the launcher's JVM options (see ./roster), no application: what any `roster` command costs at least
    cmd = ["java", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-Xms16m", "-Xmx256m",
           "-Xshare:auto", "-version"]
    return [end - start for start, end, _ in (timed(cmd) for _ in range(runs))]


def peak_rss_mib(rows):
    # the child's peak resident set (ru_maxrss, KiB on Linux) of one import, via a fresh wait4
    pid = subprocess.Popen(import_cmd(rows), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).pid
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"import of {rows} rows failed")
    return usage.ru_maxrss / 1024


def summary(times):
    return {"median": statistics.median(times), "min": min(times), "max": max(times), "runs": len(times)}


help_(2)  # warm the page cache and, through the launcher, its start-up archive
first_request(1)
first_cpu, help_cpu = [], []
out = {"launcher": " ".join(launcher), "firstRequest": summary(first_request(7, first_cpu)),
       "help": summary(help_(10, help_cpu)), "firstRequestCpu": summary(first_cpu), "helpCpu": summary(help_cpu),
       "javaVersionFloor": summary(floor(10)), "peakRssMiB10000": peak_rss_mib(10_000)}
print(json.dumps(out))
