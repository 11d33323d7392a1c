#!/usr/bin/env bash
# Elasticsearch for tests and development: the official integ-test-zip distribution from Maven
# Central (fetched once with Maven, cached outside the repository), single node, bound to
# 127.0.0.1, small heap, run as an unprivileged user because Elasticsearch refuses root.
# Usage: scripts/services/elasticsearch.sh start|stop|status
#   ELASTICSEARCH_VERSION (default 9.3.2), ELASTICSEARCH_PORT (default 9200)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

version=${ELASTICSEARCH_VERSION:-9.3.2}
port=${ELASTICSEARCH_PORT:-9200}
name="elasticsearch-$port"
home="$cache_dir/elasticsearch-$version"
state="$services_dir/$name"
pidfile="$services_dir/$name.pid"
log="$services_dir/$name.log"
es_user=cairn-es
[ "$(id -u)" = 0 ] || es_user=$(id -un)

healthy() { curl -sf "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" | grep -q '"status"'; }

# Elasticsearch 9 needs Java 21 or newer; 8.x runs on 17.
find_java_home() {
  local candidate
  if [ "${version%%.*}" -ge 9 ]; then
    for candidate in /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/temurin-[3-9][0-9]* /usr/lib/jvm/java-2[1-9]* ${JAVA_HOME:-}; do
      [ -x "$candidate/bin/java" ] && { echo "$candidate"; return; }
    done
    echo "elasticsearch: version $version needs Java 21+, none found under /usr/lib/jvm" >&2
    return 1
  fi
  for candidate in ${JAVA_HOME:-} /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && { echo "$candidate"; return; }
  done
  return 1
}

install_distribution() {
  [ -x "$home/bin/elasticsearch" ] && return
  local zip="$cache_dir/elasticsearch-$version.zip"
  if [ ! -f "$zip" ]; then
    echo "elasticsearch: fetching $version from Maven Central" >&2
    mvn -q -B dependency:copy \
      "-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$version:zip" \
      "-DoutputDirectory=$cache_dir" -Dmdep.overWriteReleases=true >&2
  fi
  local unpack="$cache_dir/unpack-$$"
  rm -rf "$unpack" && mkdir -p "$unpack"
  unzip -q "$zip" -d "$unpack"
  mv "$unpack/elasticsearch-$version" "$home"
  rm -rf "$unpack"
}

case "${1:-}" in
  start)
    take_lock "$name"
    if pid_alive "$pidfile" && healthy; then echo "elasticsearch: running on 127.0.0.1:$port"; exit 0; fi
    install_distribution
    java_home=$(find_java_home)
    if [ "$(id -u)" = 0 ] && ! id "$es_user" >/dev/null 2>&1; then
      useradd --system --no-create-home --shell /usr/sbin/nologin "$es_user"
    fi
    mkdir -p "$state/data" "$state/logs"
    if [ ! -d "$state/config" ]; then cp -r "$home/config" "$state/config"; fi
    [ "$(id -u)" = 0 ] && chown -R "$es_user" "$state"
    chmod o+rx "$cache_dir" "$services_dir"
    # shellcheck disable=SC2046
    start_detached "$pidfile" "$log" $(as_user "$es_user") env ES_JAVA_HOME="$java_home" ES_PATH_CONF="$state/config" \
      ES_JAVA_OPTS="${ES_JAVA_OPTS:--Xms512m -Xmx1g}" "$home/bin/elasticsearch" \
      -E discovery.type=single-node -E network.host=127.0.0.1 -E http.port="$port" \
      -E transport.port=0 -E path.data="$state/data" -E path.logs="$state/logs" \
      -E cluster.name=cairn-test -E cluster.routing.allocation.disk.threshold_enabled=false \
      -E action.destructive_requires_name=false -E xpack.security.enabled=false
    if ! wait_until 180 healthy; then
      echo "elasticsearch: did not become healthy within 180 s; log: $log" >&2
      tail -n 30 "$log" >&2 || true
      exit 1
    fi
    echo "elasticsearch: running on 127.0.0.1:$port ($(curl -s "http://127.0.0.1:$port/" | grep -o '"number" *: *"[^"]*"' | head -n 1))"
    ;;
  stop)
    take_lock "$name"
    stop_pid "$pidfile"
    echo "elasticsearch: stopped"
    ;;
  status)
    if healthy; then echo "elasticsearch: running on 127.0.0.1:$port"; else echo "elasticsearch: not running"; exit 3; fi
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
