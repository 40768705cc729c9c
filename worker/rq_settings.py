"""Settings module for `rq worker -c worker.rq_settings` (see the Procfile): Redis URL and logging."""
import os

from .logs import configure_logging

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
configure_logging(json_lines=True)
