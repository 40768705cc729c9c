#!/usr/bin/env python3
"""Tool wrappers for blind set 32: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = the call's fixture copy).

`cmd_exec` runs the command with /bin/sh -c and passes the program's own output (stdout+stderr merged) and exit
code through unchanged. Each Python wrapper makes real library calls with the params; on success it prints a short
result and exits 0; on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and
exits 1.
"""
import json
import os
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")


# ----------------------------------------------------------------------------- shell tool
def cmd_exec(p):
    r = subprocess.run(["sh", "-c", p["command"]], env=dict(os.environ), stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=180)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- ephem (PyEphem)
def ephem_city_observer(p):
    """ephem.city(city): an Observer for a city of PyEphem's built-in city table; prints its latitude / longitude"""
    import ephem
    o = ephem.city(p["city"])
    return f"{p['city']}: lat {o.lat} lon {o.lon} elevation {o.elevation:.0f} m"


def ephem_sun_altaz(p):
    """Observer(lat, lon, date) then ephem.Sun(observer): the Sun's altitude / azimuth at that date (UTC).
    params: date (PyEphem date string), lat, lon (degrees, as strings)"""
    import ephem
    o = ephem.Observer()
    o.lat = str(p["lat"])
    o.lon = str(p["lon"])
    o.date = p["date"]
    s = ephem.Sun(o)
    return f"{o.date}: sun alt {s.alt} az {s.az}"


# ----------------------------------------------------------------------------- molmass
def molmass_formula_mass(p):
    """molmass.Formula(formula): the Hill formula and average mass"""
    from molmass import Formula
    f = Formula(p["formula"])
    return f"{f.formula} {f.mass:.4f}"


# ----------------------------------------------------------------------------- intelhex
def intelhex_read_hex(p):
    """intelhex.IntelHex(file): reads an Intel HEX file; prints its address range and size"""
    from intelhex import IntelHex
    ih = IntelHex(p["file"])
    return f"{len(ih)} bytes at 0x{ih.minaddr():04X}-0x{ih.maxaddr():04X}"


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
