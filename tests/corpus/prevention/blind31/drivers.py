#!/usr/bin/env python3
"""Library-call wrappers for blind set 31: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = the call's fixture dir).

Each Python wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`terminal_run` runs a command with /bin/sh -c and passes the program's own output and exit code through unchanged.
"""
import json
import os
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------- shell (sh-style tool)
def terminal_run(p):
    r = subprocess.run(["sh", "-c", p["command"]], env=dict(os.environ), stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=120)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- soundfile
def soundfile_write(p):
    """soundfile.write(file, data, samplerate, subtype=..., format=...): writes a 0.1 s 440 Hz tone
    (params: file, samplerate, subtype, format, channels; the tone is made by the wrapper)"""
    import numpy as np
    import soundfile as sf
    p = dict(p)
    channels = p.pop("channels", 1)
    sr = p.get("samplerate", 8000)
    t = np.arange(int(sr * 0.1)) / sr
    data = 0.3 * np.sin(2 * np.pi * 440 * t)
    if channels > 1:
        data = np.column_stack([data] * channels)
    sf.write(data=data, **p)
    info = sf.info(p["file"])
    return f"{info.format} {info.subtype} {info.samplerate} Hz {info.channels} ch {info.frames} frames"


def soundfile_read(p):
    """soundfile.read(**params)  (file, frames, start ...): prints frames / samplerate"""
    import soundfile as sf
    data, sr = sf.read(**p)
    return f"{len(data)} frames at {sr} Hz"


# ----------------------------------------------------------------------------- uncertainties
def uncertainties_ufloat_fromstr(p):
    """uncertainties.ufloat_fromstr(**params)  (representation, tag): prints nominal value and std dev"""
    from uncertainties import ufloat_fromstr
    x = ufloat_fromstr(**p)
    return f"{x.nominal_value} +/- {x.std_dev}"


# ----------------------------------------------------------------------------- mgrs
def mgrs_to_latlon(p):
    """mgrs.MGRS().toLatLon(**params)  (mgrs, inDegrees): prints latitude, longitude"""
    import mgrs
    lat, lon = mgrs.MGRS().toLatLon(p.pop("mgrs"), **p)
    return f"{lat:.5f} {lon:.5f}"


# ----------------------------------------------------------------------------- sgp4
def sgp4_twoline2rv(p):
    """sgp4.api.Satrec.twoline2rv(line1, line2): the C function takes positional arguments only, so the wrapper
    passes the given lines (line1, line2, in that order) positionally; prints satnum, epoch and inclination"""
    from sgp4.api import Satrec
    args = [p[k] for k in ("line1", "line2") if k in p]
    s = Satrec.twoline2rv(*args)
    return f"satnum {s.satnum} epoch {s.epochyr}/{s.epochdays:.4f} incl {s.inclo:.4f} rad"


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
