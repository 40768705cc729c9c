#!/usr/bin/env bash
# Set up and run every test: venv in .venv, the package with its test extras, a Redis that answers.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

# The tests use REDIS_URL, else 127.0.0.1:6379, else start their own redis-server.
# On a bare machine with neither, install Debian's redis-server.
if [ -z "${REDIS_URL:-}" ] && ! .venv/bin/python -c "import redis,sys; redis.Redis(socket_connect_timeout=0.5).ping()" 2>/dev/null \
   && ! command -v redis-server >/dev/null; then
  echo "no Redis answers and no redis-server: installing Debian's redis-server" >&2
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
# The HTML report is tested as rendered in headless Chromium: Debian's chromium and its chromedriver.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "no chromium/chromedriver: installing Debian's chromium and chromium-driver" >&2
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
# With arguments: exactly the pytest run asked for. Without: every test, in two phases whose coverage is
# combined: the pure core and the corpus (CPU-bound, no process of their own, no timing) on both cores, then the
# tests that start real workers, Redis servers and clients. Those wait (on heartbeats, worker TTLs, maintenance
# intervals) far more than they compute, and each has its own key prefix, queues and throwaway servers, so four
# run at once; they never share the machine with the CPU-bound phase, whose load would eat into the product's
# own deadlines ("re-run within a minute").
if [ "$#" -gt 0 ]; then
  exec .venv/bin/python -m pytest "$@"
fi
.venv/bin/python -m pytest -n "${TEST_WORKERS:-2}" --cov-report= tests/unit tests/corpus
exec .venv/bin/python -m pytest -n "${TEST_SERVICE_WORKERS:-4}" --cov-append tests --ignore=tests/unit --ignore=tests/corpus
