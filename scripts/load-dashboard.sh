#!/usr/bin/env bash
# Load test of the dashboard (overblik): starts Pejling on a fresh embedded database with the demo
# plans, imports the synthetic plan of 100 initiatives × 5 goals × 12 periods through the bundle API,
# signs in once for a session cookie, and runs wrk with 32 connections on loopback against
#   /actuator/health                                  (the baseline: no plan, no page)
#   /plans/kk-integrationshandleplan-2019-22/overblik (a seed plan, 20 goals)
#   /plans/synthetic-100/overblik                     (500 goals)
#   /plans/synthetic-100/overblik?assessment=not_achieved&kind=result  (filtered)
# Each run is bounded: DURATION seconds (default 20), after WARMUP seconds (default 10) on every path. Prints p50/p90/p95/p99, and
# the time of the first request for each path (which writes the page) beside the second.
# Usage: scripts/load-dashboard.sh     (SKIP_BUILD=1 to use the jar in target/)
# Needs: JDK 17, Maven, wrk (apt-get install -y wrk), curl.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18090}
duration=${DURATION:-20}
warmup=${WARMUP:-10}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
base="http://127.0.0.1:$port"
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q -DskipTests package >/dev/null
jar=$(ls target/pejling-*.jar | grep -v plain | head -1)
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

# The synthetic plan as a JSON bundle, written by the test classes' SyntheticBundle.
mvn -B -q -DskipTests test-compile >/dev/null
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/cp" -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$work/cp")" dk.pejling.benchmarks.SyntheticBundle "$work/synthetic.json"

PEJLING_DATA_DIR="$work" PEJLING_ADMIN_PASSWORD=load-test java -Xmx1g -jar "$jar" --server.port="$port" \
  >"$work/log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/log"; exit 1; }
  sleep 0.2
done
curl -fs -u admin:load-test -H 'Content-Type: application/json' --data-binary @"$work/synthetic.json" \
  "$base/api/v1/bundles?replace=true" >/dev/null

# Sign in once with the form (CSRF token from the sign-in page) and keep the session cookie.
jar_file="$work/cookies"
csrf=$(curl -fs -c "$jar_file" -b "$jar_file" "$base/login" | grep -o -m1 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -fs -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "username=admin" --data-urlencode "password=load-test" \
  --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6 == "PEJLING_SESSION" {print $7}' "$jar_file")
[ -n "$session" ] || { echo "sign-in failed"; exit 1; }
export COOKIE="PEJLING_SESSION=$session"

paths=(/actuator/health /plans/kk-integrationshandleplan-2019-22/overblik /plans/synthetic-100/overblik
  '/plans/synthetic-100/overblik?assessment=not_achieved&kind=result')
# The first request for a path writes the page (after the import it also judges the plan's goals);
# later ones for the same view are sent from the kept results (RenderedDashboards). Both are timed
# here, on a cold server, one request at a time.
declare -A single
for path in "${paths[@]}"; do
  first=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$COOKIE" "$base$path")
  [ "${first%% *}" = 200 ] || { echo "$path answered ${first%% *}"; exit 1; }
  again=$(curl -s -o /dev/null -w '%{time_total}' -b "$COOKIE" "$base$path")
  single[$path]="first request ${first#* } s, the next ${again} s"
done
# Warm-up of every path before any is timed: on two cores the JIT compiler needs tens of seconds
# under load, and a path timed before the others were warm paid for their compiling too.
for path in "${paths[@]}"; do
  wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 30s -s scripts/load-dashboard.lua "$base$path" >/dev/null
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; wrk -t$threads -c$connections -d${duration}s"
for path in "${paths[@]}"; do
  echo "== $path (${single[$path]})"
  wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 30s --latency -s scripts/load-dashboard.lua "$base$path" \
    | sed -n '/^requests /,$p'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
