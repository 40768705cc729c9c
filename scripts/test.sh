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
exec .venv/bin/python -m pytest "$@"
