# Shared pieces of the service scripts: where things live, locking, waiting.
# Sourced by elasticsearch.sh, moto.sh and postgres.sh; not run on its own.

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
services_dir="$repo_root/var/services"
mkdir -p "$services_dir"

# Downloads are cached outside the repository. Root's home is not readable by the unprivileged
# users the servers run as, so root uses /var/cache.
if [ "$(id -u)" = 0 ]; then
  cache_dir=${CAIRN_SERVICES_CACHE:-/var/cache/cairn}
else
  cache_dir=${CAIRN_SERVICES_CACHE:-$HOME/.cache/cairn}
fi
mkdir -p "$cache_dir"

# Serialises start/stop of one service so concurrent test files cannot start it twice.
take_lock() {
  exec 9>"$services_dir/$1.lock"
  flock 9
}

# wait_until SECONDS COMMAND...: runs COMMAND every half second until it succeeds.
wait_until() {
  local deadline=$(($(date +%s) + $1))
  shift
  until "$@" >/dev/null 2>&1; do
    if [ "$(date +%s)" -ge "$deadline" ]; then return 1; fi
    sleep 0.5
  done
}

# pid_alive PIDFILE: whether the process recorded in PIDFILE runs.
pid_alive() {
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

# stop_pid PIDFILE: SIGTERM to the process group the service was started in (servers spawn
# children), wait up to 30 s, then SIGKILL.
stop_pid() {
  if pid_alive "$1"; then
    local pid
    pid=$(cat "$1")
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    wait_until 30 bash -c "! kill -0 $pid" || kill -9 -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

# as_user USER: prints the command prefix that runs a program as USER when we are root
# (nothing otherwise); use as: $(as_user postgres) program args…
as_user() {
  if [ "$(id -u)" = 0 ]; then echo "runuser -u $1 --"; fi
}

# start_detached PIDFILE LOG COMMAND...: starts COMMAND in a new session (its own process
# group, detached from ours and from the lock descriptor) and records its pid.
start_detached() {
  local pidfile=$1 log=$2
  shift 2
  setsid "$@" >"$log" 2>&1 </dev/null 9>&- &
  echo $! >"$pidfile"
}
