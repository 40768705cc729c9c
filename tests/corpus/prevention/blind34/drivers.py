#!/usr/bin/env python3
"""Tool wrappers for blind set 34: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = the call's fixture copy).

`console_run` runs the command with /bin/sh -c and passes the program's own output (stdout+stderr merged) and exit
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
def console_run(p):
    r = subprocess.run(["sh", "-c", p["command"]], env=dict(os.environ), stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=180)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- pycryptodome
def pycryptodome_aes_encrypt(p):
    """AES.new(bytes.fromhex(key_hex), AES.MODE_<mode>).encrypt_and_digest(plaintext) (GCM/EAX) or .encrypt (CTR)"""
    from Crypto.Cipher import AES
    key = bytes.fromhex(p["key_hex"])
    mode = p.get("mode", "GCM").upper()
    c = AES.new(key, getattr(AES, "MODE_" + mode))
    data = p["plaintext"].encode()
    if mode in ("GCM", "EAX", "OCB", "SIV", "CCM"):
        ct, tag = c.encrypt_and_digest(data)
    else:
        ct, tag = c.encrypt(data), b""
    return f"{mode} ciphertext {ct.hex()} tag {tag.hex()}"


def pycryptodome_import_rsa_key(p):
    """RSA.import_key(open(file, 'rb').read()): loads an RSA key file; prints its size"""
    from Crypto.PublicKey import RSA
    with open(p["file"], "rb") as f:
        k = RSA.import_key(f.read(), passphrase=p.get("passphrase"))
    return f"{p['file']}: RSA {k.size_in_bits()} bits, {'private' if k.has_private() else 'public'}"


# ----------------------------------------------------------------------------- whisper
def whisper_create_db(p):
    """whisper.create(path, [whisper.parseRetentionDef(r) for r in retentions])"""
    import whisper
    archives = [whisper.parseRetentionDef(r) for r in p["retentions"]]
    whisper.create(p["path"], archives, xFilesFactor=p.get("x_files_factor", 0.5),
                   aggregationMethod=p.get("aggregation", "average"))
    return f"created {p['path']}: {archives}"


# ----------------------------------------------------------------------------- pyshp
def shapefile_write_points(p):
    """shapefile.Writer(path, shapeType=POINT) with one character field `name`; one point + record per item"""
    import shapefile
    with shapefile.Writer(p["path"], shapeType=shapefile.POINT) as w:
        w.field("name", "C", size=40)
        for x, y, name in p["points"]:
            w.point(x, y)
            w.record(name)
    return f"wrote {len(p['points'])} points to {p['path']}"


def shapefile_read_records(p):
    """shapefile.Reader(path).records(): the attribute records of a shapefile"""
    import shapefile
    with shapefile.Reader(p["path"]) as r:
        recs = [list(rec) for rec in r.records()]
    return f"{p['path']}: {len(recs)} records {recs}"


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
