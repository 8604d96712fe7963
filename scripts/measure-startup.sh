#!/usr/bin/env bash
# Measures Pejling's time from start to ready (health UP) on a fresh embedded database with the demo
# plans, and its resident memory after a minute of idling. Usage: scripts/measure-startup.sh [runs]
# Builds the jar first unless SKIP_BUILD=1. Prints one line per run and the median.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${PORT:-18080}
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q -DskipTests package >/dev/null
jar=$(ls target/pejling-*.jar | grep -v plain | head -1)
times=()
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  PEJLING_DATA_DIR="$dir" PEJLING_ADMIN_PASSWORD=measure java -jar "$jar" --server.port="$port" >"$dir/log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/log"; exit 1; }
    sleep 0.05
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  plans=$(curl -fs -u admin:measure "http://127.0.0.1:$port/api/v1/plans" | grep -o '"id"' | wc -l)
  rss=""
  if [ "$i" = "$runs" ]; then
    sleep "${IDLE_SECONDS:-60}"
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  times+=("$ready")
  echo "run $i: ready in ${ready} ms with ${plans} plans${rss:+, resident memory after idling ${rss} kB}"
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "median ready: $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms"
