#!/usr/bin/env bash
# moto's server (S3 and SQS on one port) for tests and development.
# Usage: scripts/services/moto.sh start|stop|status   (MOTO_PORT, default 5000)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

port=${MOTO_PORT:-5000}
name="moto-$port"
pidfile="$services_dir/$name.pid"
log="$services_dir/$name.log"

healthy() { curl -sf -o /dev/null "http://127.0.0.1:$port/"; }

case "${1:-}" in
  start)
    take_lock "$name"
    if pid_alive "$pidfile" && healthy; then echo "moto: running on 127.0.0.1:$port"; exit 0; fi
    command -v moto_server >/dev/null || { echo "moto: moto_server not found (pip install 'moto[server]')" >&2; exit 1; }
    start_detached "$pidfile" "$log" moto_server -H 127.0.0.1 -p "$port"
    if ! wait_until 60 healthy; then
      echo "moto: did not answer on 127.0.0.1:$port within 60 s; log: $log" >&2
      tail -n 20 "$log" >&2 || true
      exit 1
    fi
    echo "moto: running on 127.0.0.1:$port"
    ;;
  stop)
    take_lock "$name"
    stop_pid "$pidfile"
    echo "moto: stopped"
    ;;
  status)
    if healthy; then echo "moto: running on 127.0.0.1:$port"; else echo "moto: not running"; exit 3; fi
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
