#!/usr/bin/env python3
"""Library-call wrappers for blind set 22: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`shell_command` runs a command with bash and passes the program's own output and exit code through unchanged.
"""
import dataclasses
import json
import os
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
VENV_BIN = os.path.join(HERE, "venv", "bin")
NODE_BIN = os.path.join(HERE, "node_modules", ".bin")


# ----------------------------------------------------------------------------- shell (Bash-style tool)
def shell_command(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + NODE_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- values
def logging_basic_config(p):
    """logging.basicConfig(level=level, format=format, force=True)"""
    import logging
    logging.basicConfig(level=p["level"], format=p.get("format", "%(levelname)s %(message)s"), force=True)
    return f"root logger level {logging.getLevelName(logging.getLogger().level)}"


def aniso8601_parse_duration(p):
    """aniso8601.parse_duration(value)"""
    import aniso8601
    d = aniso8601.parse_duration(p["value"])
    return f"{d} ({d.total_seconds():.0f} s)"


def cronsim_next_runs(p):
    """CronSim(expression, start) -> the next `count` run times"""
    from datetime import datetime
    from cronsim import CronSim
    it = CronSim(p["expression"], datetime.fromisoformat(p.get("start", "2024-06-03T00:00:00")))
    return ", ".join(next(it).isoformat() for _ in range(p.get("count", 3)))


# ----------------------------------------------------------------------------- typed records
@dataclasses.dataclass
class Package:
    name: str
    version: str


@dataclasses.dataclass
class Host:
    hostname: str
    ip: str
    port: int = 22


@dataclasses.dataclass
class Invoice:
    number: str
    amount: float
    due: str


def typedload_load(p):
    """typedload.load(data, <Package|Host|Invoice dataclass>)"""
    import typedload
    cls = {"Package": Package, "Host": Host, "Invoice": Invoice}[p["type"]]
    return repr(typedload.load(p["data"], cls))


# ----------------------------------------------------------------------------- state kept on disk
def pyfs_makedir(p):
    """fs.open_fs(root).makedir(path)"""
    import fs
    with fs.open_fs(p.get("root", ".")) as f:
        f.makedir(p["path"])
        return f"created {p['path']}"


# ----------------------------------------------------------------------------- file kinds
def pdfminer_extract_text(p):
    """pdfminer.high_level.extract_text(path)"""
    from pdfminer.high_level import extract_text
    text = extract_text(p["path"])
    return f"{len(text.split())} words: {' '.join(text.split())[:60]}"


def fonttools_open_font(p):
    """fontTools.ttLib.TTFont(path)"""
    from fontTools.ttLib import TTFont
    f = TTFont(p["path"])
    return f"{f['name'].getDebugName(1)} {f['name'].getDebugName(2)}, {len(f.getGlyphOrder())} glyphs"


def piexif_load(p):
    """piexif.load(path)"""
    import piexif
    d = piexif.load(p["path"])
    return "exif IFDs: " + ", ".join(f"{k}={len(v) if isinstance(v, dict) else bool(v)}" for k, v in d.items())


def main():
    tool, params = sys.argv[1], json.loads(sys.argv[2])
    fn = globals().get(tool)
    if fn is None:
        print(f"unknown tool {tool}")
        sys.exit(2)
    try:
        print(fn(params))
    except Exception as e:  # the library's own message
        print(f"{type(e).__name__}: {e}")
        sys.exit(1)


if __name__ == "__main__":
    main()
