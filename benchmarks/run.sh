#!/usr/bin/env bash
# Runs every Roster benchmark on this machine and writes docs/benchmarks.md with the machine, its load, the
# commands and the numbers of this one run. Takes about 8 minutes on an idle 2-core machine. Not part of
# `./mvnw verify`.
#
#   benchmarks/run.sh            # everything
#   QUICK=1 benchmarks/run.sh    # shorter JMH runs, for checking the script
#   MVN_ARGS="-o -Dmaven.repo.local=..." benchmarks/run.sh   # extra arguments for the build
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/benchmarks/target/bench-results"   # raw results and each step's log are kept
mkdir -p "$work"
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT

echo "== building" >&2
uptime > "$work/load-before.txt"
# -am: the benchmarks jar bundles the shaded CLI jar, which bundles the facade; building only `benchmarks`
# would measure whatever facade the last CLI build shaded in
# shellcheck disable=SC2086 # MVN_ARGS is a list of arguments
./mvnw -q -B ${MVN_ARGS:-} package -DskipTests -pl benchmarks -am >&2
BENCH=benchmarks/target/benchmarks.jar
CLI=cli/target/roster.jar
jmh_opts=()
[ -n "${QUICK:-}" ] && jmh_opts=(-wi 1 -i 2 -w 1 -r 1)

echo "== 1-3: JMH (per call and import against the HttpClient 5 floor, validation, transports), with -prof gc" >&2
jmh_cmd=(java -jar "$BENCH" "${jmh_opts[@]}" -prof gc -rf json -rff "$work/jmh.json" 'PerCallBenchmark|ImportBenchmark|ValidationBenchmark|TransportBenchmark')
if [ -n "${SKIP_JMH:-}" ] && [ -f "$work/jmh.json" ]; then
  echo "   (SKIP_JMH: reusing $work/jmh.json)" >&2
else
  "${jmh_cmd[@]}" > "$work/jmh.txt" 2> "$work/jmh.log"
fi

echo "== 1b: calling-thread CPU and allocation per call (ThreadMXBean; the machine's load does not distort them)" >&2
java -cp "$BENCH" io.github.roster.benchmarks.CallCost > "$work/callcost.json" 2> "$work/callcost.log"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
sandbox_pid=
start_sandbox() { # $1 port, $2 rate limit, then more sandbox options
  java -jar "$CLI" sandbox --port "$1" --rate-limit "$2" "${@:3}" > "$work/sandbox-$1.log" 2>&1 &
  sandbox_pid=$!
  # up to 2 minutes: a seed of 100,000 users takes a while to read
  for _ in $(seq 1 1200); do grep -q "listening on" "$work/sandbox-$1.log" 2>/dev/null && return 0; sleep 0.1; done
  echo "sandbox did not start" >&2; cat "$work/sandbox-$1.log" >&2; return 1
}
stop_sandbox() { kill "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; }
# CPU seconds the sandbox process has used so far (user + system): what it costs, whatever the load
sandbox_cpu() { python3 -c "import os,sys; f=open('/proc/$sandbox_pid/stat').read().rsplit(')',1)[1].split(); print((int(f[11])+int(f[12]))/os.sysconf('SC_CLK_TCK'))"; }

echo "== 4a: bulk import of 100,000 users through the CLI with -Xmx256m, sandbox without rate limit" >&2
p1=$(free_port); start_sandbox "$p1" 0
bulk_cmd=(java -Xmx256m -cp "$BENCH" io.github.roster.benchmarks.BulkImport "http://127.0.0.1:$p1" 100000)
cpu0=$(sandbox_cpu)
"${bulk_cmd[@]}" > "$work/bulk.json" 2> "$work/bulk.log"
python3 -c "print($(sandbox_cpu) - $cpu0)" > "$work/bulk-sandbox-cpu.txt"
stop_sandbox
canned_cmd=(java -Xmx256m -cp "$BENCH" io.github.roster.benchmarks.BulkImport canned 100000)
"${canned_cmd[@]}" > "$work/canned.json" 2> "$work/canned.log"

rate=${RATE:-120}
users=${RATE_USERS:-8000}
echo "== 4b: $users users with the sandbox rate-limited to $rate requests/min and the CLI paced to match" >&2
p2=$(free_port); start_sandbox "$p2" "$rate"
paced_cmd=(java -Xmx256m -cp "$BENCH" io.github.roster.benchmarks.BulkImport "http://127.0.0.1:$p2" "$users" "$rate")
"${paced_cmd[@]}" > "$work/paced.json" 2> "$work/paced.log"
stop_sandbox

list_users=${LIST_USERS:-100000}
echo "== 4c: listing $list_users BIM 360 and $list_users Procore users from a seeded sandbox through the facade, -Xmx64m" >&2
java -cp "$BENCH" io.github.roster.benchmarks.ListUsers seed "$work/list-seed.json" "$list_users"
p3=$(free_port); start_sandbox "$p3" 0 --seed "$work/list-seed.json"
list_cmd=(java -Xmx64m -cp "$BENCH" io.github.roster.benchmarks.ListUsers "http://127.0.0.1:$p3" "$list_users")
echo "${list_cmd[*]}" > "$work/list.cmd"
cpu0=$(sandbox_cpu)
"${list_cmd[@]}" > "$work/list.json" 2> "$work/list.log"
python3 -c "print($(sandbox_cpu) - $cpu0)" > "$work/list-sandbox-cpu.txt"
stop_sandbox
rm -f "$work/list-seed.json"

echo "== 5: start-up and memory of the CLI: the roster launcher, and plain java -jar for reference" >&2
./roster --version > /dev/null  # the launcher prepares its start-up archive on the first run after a build
python3 benchmarks/first_request.py ./roster > "$work/startup-launcher.json"
python3 benchmarks/first_request.py java -jar "$CLI" > "$work/startup-plain.json"
uptime > "$work/load-after.txt"

echo "== writing docs/benchmarks.md" >&2
mkdir -p docs
# written aside first: a failing report leaves the previous page in place
python3 benchmarks/report.py "$work" "${jmh_cmd[*]}" "${bulk_cmd[*]}" "${paced_cmd[*]}" "$rate" "${canned_cmd[*]}" \
  > "$work/benchmarks.md"
mv "$work/benchmarks.md" docs/benchmarks.md
echo "wrote docs/benchmarks.md" >&2
