"""A file not found that is a program the call runs (a tool to install first) or the place the call
writes into (a directory to make first): a prerequisite, not a wrong value."""
from __future__ import annotations

import re
from typing import Any

# A program the call runs that is not there: a bare command name (no directory, no file extension) that a
# runner or a subprocess could not find ("[Errno 2] No such file or directory: 'kustomize'" from subprocess,
# "xargs: shellcheck: No such file or directory"): a tool to install first, not a wrong value.
_BARE_PROGRAM = r"[`'\"‘]?[a-z][\w+-]*(?:\.\d+)*[`'\"’]?"
_PROGRAM_MISSING = re.compile(
    rf"\[errno 2\] no such file or directory: {_BARE_PROGRAM}(?:\s|$|\|)|"
    rf"(?:^|\| )(?:make|xargs|env|nohup|sudo|timeout|exec|nice|watch|time|npx|sh|bash)(?:\[\d+\])?: {_BARE_PROGRAM}: no such file or directory")
_RUNS_A_PROGRAM = re.compile(r"\b(subprocess|popen|exec\w*|spawn\w*|running|command|child_process|check_call|check_output)\b")
# Where the call writes: the missing path is the value of an output parameter, or of a path beside the content to write.
_OUTPUT_KEY = re.compile(r"^(output|out|outfile|output_?(file|path|dir|directory)|dest|destination|save_?(path|as|to)?|"
                         r"write_?to|export_?(path|to)|out_?dir|log_?file|pid_?file|target_?(path|file|dir))$", re.I)
_CONTENT_KEY = re.compile(r"^(content|contents|data|text|body|payload)$", re.I)
_MISSING_PATH = re.compile(r"no such file or directory[,:]? (?P<verb>open|mkdir|scandir|rename|copyfile|lstat|stat|access|unlink|chdir)? ?"
                           r"[`'\"‘](?P<a>[^`'\"’]+)[`'\"’]|[`'\"‘](?P<b>[^`'\"’]+)[`'\"’]: no such file or directory|"
                           r"(?:^|[\s|])(?P<c>[\w./-]+/[\w.-]+): no such file or directory")


def _missing_program_or_destination(lowered: str, params: dict[str, Any] | None) -> str | None:
    """The words, when the file not found is a program the call runs (bare name, a runner or subprocess
    said it) or the place the call writes to (an output parameter's path, or the path beside its content)."""
    program = _PROGRAM_MISSING.search(lowered)
    if program is not None and (program.group(0).startswith("[errno") is False or _RUNS_A_PROGRAM.search(lowered)):
        return program.group(0).strip(" |")
    if not params:
        return None
    for found in _MISSING_PATH.finditer(lowered):
        if found.group("verb") in ("scandir", "lstat", "stat", "access", "rename", "copyfile", "unlink", "chdir"):
            continue  # read (or moved from): the path was meant to be there already
        path = (found.group("a") or found.group("b") or found.group("c") or "").rstrip("/")
        writes = any(_CONTENT_KEY.match(k) for k in params)
        for key, value in params.items():
            if not isinstance(value, str) or len(value.strip("./")) < 2 or not (_OUTPUT_KEY.match(key) or writes):
                continue
            value = value.lower().rstrip("/")
            if path == value or path.endswith("/" + value.lstrip("./")) or value.endswith(path):
                return found.group(0).strip(" |")
    return None


# A place the call writes that could not be opened, and no reason given ("Error: cannot open "/srv/ro/backup.db"",
# "zip I/O error: can't open out.zip"): a read-only mount, a full disk or a permission as often as a wrong path.
_NOT_OPENED = re.compile(r"\b(cannot|can't|could not|couldn't|unable to|failed to) (open|create|write)\b")
_REASON_GIVEN = re.compile(r"no such file|not found|does not exist|not a directory|is a directory|permission|denied|"
                           r"read-only|no space|invalid|malformed")


def destination_not_opened(key: str, params: dict[str, Any] | None) -> str | None:
    """The words, when the key lines say a path the call writes to (the value of an output parameter)
    could not be opened or created, and give no reason."""
    if not params:
        return None
    lowered = key.lower()
    found = _NOT_OPENED.search(lowered)
    if found is None or _REASON_GIVEN.search(lowered):
        return None
    for name, value in params.items():
        if isinstance(value, str) and _OUTPUT_KEY.match(name) and len(value.strip("./")) >= 2 and value.lower() in lowered:
            return f"{found.group(0)} {name}={value!r}, no reason given"
    return None
