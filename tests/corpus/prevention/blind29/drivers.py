#!/usr/bin/env python3
"""Library-call wrappers for blind set 29: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = the call's fixture dir).

Each Python wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`sh_run` runs a command with /bin/sh -c and passes the program's own output and exit code through unchanged.
"""
import json
import os
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------- shell (sh-style tool)
def sh_run(p):
    env = dict(os.environ)
    env["PATH"] = env.get("PATH", "") + ":/usr/sbin:/sbin"
    r = subprocess.run(["sh", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- pyproj
def pyproj_crs_from_user_input(p):
    """pyproj.CRS.from_user_input(value): prints the CRS name and its authority code"""
    import pyproj
    crs = pyproj.CRS.from_user_input(p["value"])
    return f"{crs.name} ({crs.to_authority()})"


# ----------------------------------------------------------------------------- utm
def utm_from_latlon(p):
    """utm.from_latlon(**params)  (latitude, longitude, force_zone_number ...): prints easting, northing, zone"""
    import utm
    e, n, zn, zl = utm.from_latlon(**p)
    return f"E={e:.1f} N={n:.1f} zone={zn}{zl}"


# ----------------------------------------------------------------------------- python-chess
def chess_board_from_fen(p):
    """chess.Board(fen): prints the normalised FEN and the number of legal moves"""
    import chess
    b = chess.Board(p["fen"])
    return f"{b.fen()} legal_moves={b.legal_moves.count()}"


# ----------------------------------------------------------------------------- fastavro
def fastavro_parse_schema(p):
    """fastavro.parse_schema(schema): prints the named types the schema defines"""
    import fastavro
    s = fastavro.parse_schema(p["schema"])
    return "named types: " + ", ".join(sorted(s.get("__named_schemas", {})))


# ----------------------------------------------------------------------------- pydicom
def pydicom_dcmread(p):
    """pydicom.dcmread(**params)  (fp, stop_before_pixels, specific_tags ...): prints a few header fields"""
    import pydicom
    ds = pydicom.dcmread(**p)
    return f"{ds.get('PatientID', '?')} {ds.get('Modality', '?')} {ds.get('StudyDate', '?')}"


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
