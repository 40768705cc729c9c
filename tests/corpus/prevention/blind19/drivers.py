#!/usr/bin/env python3
"""Library-call wrappers for blind set 19: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`cli_exec` runs a command with bash and passes the program's own output and exit code through unchanged.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_BIN = os.path.join(HERE, "venv", "bin")
NODE_BIN = os.path.join(HERE, "node_modules", ".bin")


# ----------------------------------------------------------------------------- shell (Bash-style tool)
def cli_exec(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + NODE_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, text=True, timeout=120)
    sys.stdout.write(r.stdout)
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- names / values
def simpleeval_eval(p):
    """simpleeval.simple_eval(expression, names=names)"""
    from simpleeval import simple_eval
    return f"= {simple_eval(p['expression'], names=p.get('names', {}))!r}"


def decimal_quantize(p):
    """Decimal(value).quantize(Decimal(exp), rounding=rounding)"""
    from decimal import Decimal
    kw = {"rounding": p["rounding"]} if "rounding" in p else {}
    return str(Decimal(p["value"]).quantize(Decimal(p["exp"]), **kw))


def passlib_hash_password(p):
    """passlib.registry.get_crypt_handler(scheme).hash(password)"""
    from passlib.registry import get_crypt_handler
    h = get_crypt_handler(p["scheme"]).hash(p["password"])
    return f"{h[:24]}... ({len(h)} chars)"


def bitarray_from_bytes(p):
    """a = bitarray(endian=endian); a.frombytes(bytes.fromhex(hex))"""
    from bitarray import bitarray
    a = bitarray(endian=p.get("endian", "big"))
    a.frombytes(bytes.fromhex(p["hex"]))
    return f"{a.to01()} ({a.endian})"


def bitarray_from_bits(p):
    """bitarray(bits)"""
    from bitarray import bitarray
    a = bitarray(p["bits"])
    return f"{len(a)} bits, {a.count()} set"


def binascii_unhexlify(p):
    import binascii
    b = binascii.unhexlify(p["hex"])
    return f"{len(b)} bytes {b[:16]!r}"


def packaging_specifier_check(p):
    """packaging.specifiers.SpecifierSet(specifier).contains(version)"""
    from packaging.specifiers import SpecifierSet
    return f"{p['version']} in {p['specifier']!r}: {SpecifierSet(p['specifier']).contains(p['version'])}"


def hashids_encode(p):
    """Hashids(salt=..., alphabet=..., min_length=...).encode(*numbers)"""
    from hashids import Hashids
    kw = {k: p[k] for k in ("salt", "alphabet", "min_length") if k in p}
    return Hashids(**kw).encode(*p["numbers"])


# ----------------------------------------------------------------------------- required arguments / fields
def rsa_sign_message(p):
    """rsa.sign(message, PrivateKey.load_pkcs1(key file), hash_method) -- hash_method passed only when given"""
    import rsa
    with open(p["key_path"], "rb") as f:
        key = rsa.PrivateKey.load_pkcs1(f.read())
    args = [p["message"].encode(), key] + ([p["hash_method"]] if "hash_method" in p else [])
    return rsa.sign(*args).hex()[:32] + "..."


def calendar_month_range(p):
    """calendar.monthrange(**params)"""
    import calendar
    first, days = calendar.monthrange(**p)
    return f"first weekday {first}, {days} days"


def cattrs_structure(p):
    """cattrs.Converter().structure(data, <record class>); on ClassValidationError the message is followed by
    cattrs.transform_error(e) (the library's own per-field descriptions)"""
    import typing
    import attrs
    import cattrs

    @attrs.define
    class Order:
        id: int
        sku: str
        qty: int = 1

    @attrs.define
    class Customer:
        email: str
        name: str
        vip: bool = False

    @attrs.define
    class Shipment:
        order_id: int
        carrier: str
        tracking: typing.Optional[str] = None

    cls = {"Order": Order, "Customer": Customer, "Shipment": Shipment}[p["type"]]
    try:
        return repr(cattrs.Converter().structure(p["data"], cls))
    except cattrs.ClassValidationError as e:
        print(f"{type(e).__name__}: {e}: " + "; ".join(cattrs.transform_error(e)))
        sys.exit(1)


# ----------------------------------------------------------------------------- prerequisites
def ecdsa_generate_key(p):  # history helper / hidden setup
    import ecdsa
    os.makedirs(os.path.dirname(p["key_path"]) or ".", exist_ok=True)
    sk = ecdsa.SigningKey.generate(curve=ecdsa.NIST256p)
    with open(p["key_path"], "wb") as f:
        f.write(sk.to_pem())
    return f"wrote {p['key_path']}"


def ecdsa_sign_file(p):
    """ecdsa.SigningKey.from_pem(key file).sign(file bytes)"""
    import ecdsa
    with open(p["key_path"]) as f:
        sk = ecdsa.SigningKey.from_pem(f.read())
    with open(p["path"], "rb") as f:
        sig = sk.sign(f.read(), hashfunc=__import__("hashlib").sha256)
    return f"signature {sig.hex()[:32]}..."


def tinydb_insert(p):
    """TinyDB(path, create_dirs=True).insert(Document(doc, doc_id=doc_id) if doc_id else doc)"""
    from tinydb import TinyDB
    from tinydb.table import Document
    with TinyDB(p["path"], create_dirs=True) as db:
        t = db.table(p.get("table", "_default"))
        doc = Document(p["doc"], doc_id=p["doc_id"]) if "doc_id" in p else p["doc"]
        return f"inserted doc_id {t.insert(doc)}, {len(t)} documents"


def tinydb_search(p):
    """TinyDB(path, access_mode="r").table(table).search(Query()[field] == value)"""
    from tinydb import Query, TinyDB
    with TinyDB(p["path"], access_mode="r") as db:
        rows = db.table(p.get("table", "_default")).search(Query()[p["field"]] == p["value"])
        return f"{len(rows)} matches {json.dumps(rows)[:150]}"


# ----------------------------------------------------------------------------- state / sessions
def lzma_compressor_session(p):
    """ops on ONE lzma.LZMACompressor(): {"op": "compress", "data"} | {"op": "flush"}"""
    import lzma
    c = lzma.LZMACompressor()
    out = b""
    for op in p["ops"]:
        out += c.compress(op["data"].encode()) if op["op"] == "compress" else c.flush()
    return f"{len(out)} bytes of xz output"


# ----------------------------------------------------------------------------- file kinds
def odfpy_load(p):
    """odf.opendocument.load(path)"""
    from odf.opendocument import load
    doc = load(p["path"])
    return f"{doc.mimetype}"


def pickle_load_file(p):
    import pickle
    with open(p["path"], "rb") as f:
        return repr(pickle.load(f))[:200]


def lzma_decompress_file(p):
    import lzma
    with open(p["path"], "rb") as f:
        return f"{len(lzma.decompress(f.read()))} bytes"


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
