# shellcheck shell=bash
# Starting, watching and stopping the cluster's processes. Each started process leaves RUN_DIR/NAME.pid, so
# deploy/down.sh (or a later up.sh) can stop exactly what was started, and nothing else.

# port_in_use PORT — true when something listens on 127.0.0.1:PORT.
port_in_use() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_process RUN_DIR NAME LOG COMMAND... — runs COMMAND in the background, output to LOG.
start_process() {
  local run="$1" name="$2" log="$3"
  shift 3
  mkdir -p "$run" "$(dirname "$log")"
  : >"$log"
  "$@" >>"$log" 2>&1 &
  echo $! >"$run/$name.pid"
}

# wait_http NAME URL LOG SECONDS — waits for URL to answer 2xx; fails with the log's tail if NAME dies first.
wait_http() {
  local name="$1" url="$2" log="$3" seconds="$4" pid deadline
  pid="$(cat "$(dirname "$log")/../run/$name.pid" 2>/dev/null || true)"
  deadline=$((SECONDS + seconds))
  until curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; do
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$log" >&2 || true
      die "$name exited during start-up; its log is $log"
    fi
    ((SECONDS < deadline)) || { tail -n 30 "$log" >&2 || true; die "$name did not answer $url within ${seconds}s; log: $log"; }
    sleep 1
  done
  say "$name is up."
}

# stop_started_processes RUN_DIR — SIGTERM (graceful: silos leave the cluster cleanly), then SIGKILL after 40 s.
stop_started_processes() {
  local run="$1" pidfile pid pids=()
  for pidfile in $(ls -r "$run"/*.pid 2>/dev/null); do
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      pids+=("$pid")
    fi
    rm -f "$pidfile"
  done
  local deadline=$((SECONDS + 40))
  for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
}

# watch_processes RUN_DIR — returns (non-zero) as soon as one started process has exited.
watch_processes() {
  local run="$1" pidfile
  while true; do
    for pidfile in "$run"/*.pid; do
      [[ -e "$pidfile" ]] || continue
      if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        say "$(basename "$pidfile" .pid) exited unexpectedly; see its log in $(dirname "$run")/logs/"
        return 1
      fi
    done
    sleep 2
  done
}
