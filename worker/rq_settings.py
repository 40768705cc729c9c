"""Settings module for `rq worker -c worker.rq_settings` (see the Procfile): the Redis URL and
JSON-lines logging. Nothing connects or reads files here; the worker class builds its
resources when it starts (`worker.rq_worker`)."""
import os

from .logs import configure_logging

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
configure_logging(json_lines=True)
