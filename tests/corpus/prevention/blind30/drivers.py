#!/usr/bin/env python3
"""Library-call wrappers for blind set 30: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = the call's fixture dir).

Each Python wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`run_shell` runs a command with /bin/sh -c and passes the program's own output and exit code through unchanged.
"""
import json
import os
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------- shell (sh-style tool)
def run_shell(p):
    r = subprocess.run(["sh", "-c", p["command"]], env=dict(os.environ), stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=120)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- segno
def segno_make(p):
    """segno.make(**params)  (content, version, error, micro, mode ...): prints the symbol's designator"""
    import segno
    qr = segno.make(**p)
    return f"{qr.designator} {qr.symbol_size()}"


# ----------------------------------------------------------------------------- rdflib
def rdflib_graph_parse(p):
    """rdflib.Graph().parse(**params)  (source, format ...): prints the number of triples"""
    import rdflib
    g = rdflib.Graph().parse(**p)
    return f"{len(g)} triples"


# ----------------------------------------------------------------------------- astropy
def astropy_time_parse(p):
    """astropy.time.Time(value, **rest)  (value, format, scale ...): prints ISO time and JD"""
    from astropy.time import Time
    p = dict(p)
    t = Time(p.pop("value"), **p)
    return f"{t.iso} jd={t.jd:.5f}"


def astropy_angle(p):
    """astropy.coordinates.Angle(angle, unit=...): prints the angle in degrees"""
    from astropy.coordinates import Angle
    a = Angle(**p)
    return f"{a.degree:.6f} deg"


# ----------------------------------------------------------------------------- h3
def h3_latlng_to_cell(p):
    """h3.latlng_to_cell(**params)  (lat, lng, res): prints the cell id"""
    import h3
    return h3.latlng_to_cell(**p)


# ----------------------------------------------------------------------------- biopython
def biopython_seqio_read(p):
    """Bio.SeqIO.read(handle=path, format=...): prints the record id and length"""
    from Bio import SeqIO
    rec = SeqIO.read(**p)
    return f"{rec.id} {len(rec.seq)} bp"


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
