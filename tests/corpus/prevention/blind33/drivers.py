#!/usr/bin/env python3
"""Tool wrappers for blind set 33: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = the call's fixture copy).

`exec_command` runs the command with /bin/sh -c and passes the program's own output (stdout+stderr merged) and exit
code through unchanged. Each Python wrapper makes real library calls with the params; on success it prints a short
result and exits 0; on an exception it prints `ExceptionType: message` (the library's own str(exception), no
traceback) and exits 1.
"""
import json
import os
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")


# ----------------------------------------------------------------------------- shell tool
def exec_command(p):
    r = subprocess.run(["sh", "-c", p["command"]], env=dict(os.environ), stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=180)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- pyhocon
def pyhocon_get_value(p):
    """ConfigFactory.parse_file(file).get(key): one value of a HOCON config file"""
    from pyhocon import ConfigFactory
    conf = ConfigFactory.parse_file(p["file"])
    return f"{p['key']} = {conf.get(p['key'])!r}"


# ----------------------------------------------------------------------------- openlocationcode
def olc_decode(p):
    """openlocationcode.decode(code): the area of a full Open Location Code (plus code)"""
    from openlocationcode import openlocationcode as olc
    a = olc.decode(p["code"])
    return f"{p['code']}: center {a.latitudeCenter:.6f}, {a.longitudeCenter:.6f}"


# ----------------------------------------------------------------------------- mnemonic (BIP-39)
def mnemonic_to_entropy(p):
    """Mnemonic(language).to_entropy(phrase): the entropy bytes behind a BIP-39 phrase"""
    from mnemonic import Mnemonic
    m = Mnemonic(p.get("language", "english"))
    return bytes(m.to_entropy(p["phrase"])).hex()


# ----------------------------------------------------------------------------- dpkt
def dpkt_pcap_read(p):
    """dpkt.pcap.Reader(open(file, 'rb')): reads a capture file; prints the packet count"""
    import dpkt
    with open(p["file"], "rb") as f:
        n = sum(1 for _ in dpkt.pcap.Reader(f))
    return f"{p['file']}: {n} packets"


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
