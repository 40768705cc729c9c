#!/usr/bin/env python3
"""Library-call wrappers for blind set 25: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`execute_bash` runs a command with bash and passes the program's own output and exit code through unchanged.
"""
import datetime
import json
import os
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
VENV_BIN = os.path.join(HERE, "venv", "bin")


# ----------------------------------------------------------------------------- shell (Bash-style tool)
def execute_bash(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- humanize
def humanize_precisedelta(p):
    """humanize.precisedelta(timedelta(seconds=seconds), minimum_unit=..., format=...)"""
    import humanize
    kw = {k: v for k, v in p.items() if k != "seconds"}
    return humanize.precisedelta(datetime.timedelta(seconds=p["seconds"]), **kw)


def humanize_naturalsize(p):
    """humanize.naturalsize(**params)  (value, binary, gnu, format)"""
    import humanize
    return humanize.naturalsize(**p)


# ----------------------------------------------------------------------------- num2words / slugify / ftfy / tabulate
def num2words_convert(p):
    """num2words.num2words(**params)  (number, lang, to, currency)"""
    from num2words import num2words
    return num2words(**p)


def slugify_text(p):
    """slugify.slugify(**params)  (text, separator, max_length, stopwords, lowercase, ...)"""
    from slugify import slugify
    return slugify(**p)


def ftfy_fix_text(p):
    """ftfy.fix_text(**params)  (text, normalization, unescape_html, ...)"""
    import ftfy
    return ftfy.fix_text(**p)


def tabulate_format_table(p):
    """tabulate.tabulate(**params)  (tabular_data, headers, tablefmt, floatfmt)"""
    from tabulate import tabulate
    out = tabulate(**p)
    return f"{len(out.splitlines())} line(s):\n{out}"


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
