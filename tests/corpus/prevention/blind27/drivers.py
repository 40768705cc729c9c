#!/usr/bin/env python3
"""Library-call wrappers for blind set 27: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = the call's fixture dir).

Each Python wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`console_exec` runs a command with bash and passes the program's own output and exit code through unchanged.
"""
import json
import os
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
VENV_BIN = os.path.join(HERE, "venv", "bin")


# ----------------------------------------------------------------------------- shell (Bash-style tool)
def console_exec(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- furl
def furl_set(p):
    """furl.furl(url).set(**rest)  (port, host, path, args ...): prints the new url"""
    import furl
    p = dict(p)
    return furl.furl(p.pop("url")).set(**p).url


# ----------------------------------------------------------------------------- quantities
def quantities_rescale(p):
    """quantities.Quantity(value, units).rescale(to): prints the converted quantity"""
    import quantities as pq
    q = pq.Quantity(p["value"], p["units"]).rescale(p["to"])
    return f"{float(q.magnitude):.6g} {q.dimensionality}"


# ----------------------------------------------------------------------------- construct
def construct_build(p):
    """getattr(construct, format).build(value)  (format: a construct field name such as Int16ub): prints hex"""
    import construct
    return construct.__dict__[p["format"]].build(p["value"]).hex()


# ----------------------------------------------------------------------------- deepdiff
def deepdiff_diff(p):
    """deepdiff.DeepDiff(**params)  (t1, t2, view ...): prints the diff"""
    import deepdiff
    return dict(deepdiff.DeepDiff(**p))


# ----------------------------------------------------------------------------- shapely
def shapely_wkt_loads(p):
    """shapely.wkt.loads(**params)  (data): prints the geometry's WKT"""
    import shapely.wkt
    g = shapely.wkt.loads(**p)
    return g.wkt


# ----------------------------------------------------------------------------- isoweek
def isoweek_week_fromstring(p):
    """isoweek.Week.fromstring(**params)  (isostring): prints year, week and the Monday"""
    import isoweek
    w = isoweek.Week.fromstring(**p)
    return f"{w.year}-W{w.week:02d} monday={w.monday()}"


# ----------------------------------------------------------------------------- parse
def parse_parse(p):
    """parse.parse(**params)  (format, string): prints fixed and named results, or `no match`"""
    import parse
    r = parse.parse(**p)
    return "no match" if r is None else f"fixed={r.fixed!r} named={r.named!r}"


# ----------------------------------------------------------------------------- yarl
def yarl_url_build(p):
    """yarl.URL.build(**params)  (scheme, user, host, port, path, query ...): prints the URL"""
    import yarl
    return str(yarl.URL.build(**p))


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
