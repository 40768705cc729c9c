"""The `usage-patterns` command: a thin shell over `worker` (learning) and `producers` (agent side)."""
