#!/usr/bin/env bash
# Set up and run the demo: the whole flow on an embedded Redis, no server needed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[demo]'
exec .venv/bin/usage-patterns demo "$@"
