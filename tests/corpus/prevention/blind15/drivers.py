#!/usr/bin/env python3
"""Library-call wrappers for blind set 15: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`shell_run` runs a command with bash and passes its own output and exit code through unchanged.
`csv_stringify_stream` runs a small Node script (csv-stringify) and prints what Node reports.

If a directory `extra_site` exists in the cwd it is put on sys.path first: that is how a hidden setup step
makes an agent's "pip install mdit-py-plugins" real for one scenario without touching the shared venv.
"""
import json
import os
import subprocess
import sys

if os.path.isdir("extra_site"):
    sys.path.insert(0, os.path.abspath("extra_site"))

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_BIN = os.path.join(HERE, ".venv", "bin")
NODE_DIR = os.path.join(HERE, "node")


# ----------------------------------------------------------------------------- shell (Bash-style tool)
def shell_run(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, text=True, timeout=60)
    sys.stdout.write(r.stdout)
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- money / query / math
def moneyed_money(p):
    from moneyed import Money
    m = Money(**p)
    return f"{m.amount} {m.currency.code} ({m.currency.name})"


def jmespath_search(p):
    import jmespath
    return json.dumps(jmespath.search(p["expression"], p["data"]))


def jsonpath_ng_find(p):
    from jsonpath_ng import parse
    return json.dumps([m.value for m in parse(p["path"]).find(p["data"])])


def scipy_minimize(p):
    import numpy as np
    from scipy import optimize
    fun = getattr(optimize, p.get("function", "rosen"))
    kw = {k: v for k, v in p.items() if k in ("method", "options", "tol")}
    r = optimize.minimize(fun, np.array(p["x0"], dtype=float), **kw)
    return f"success={r.success} x={np.round(r.x, 4).tolist()}"


def sympy_simplify(p):
    import sympy
    return str(sympy.simplify(sympy.sympify(p["expression"])))


def semantic_version_match(p):
    import semantic_version as sv
    spec = sv.SimpleSpec(p["spec"])
    v = sv.Version(p["version"])
    return f"{v} matches {spec}: {spec.match(v)}"


# ----------------------------------------------------------------------------- codes / calendars / validation
def qrcode_build(p):
    import qrcode
    q = qrcode.QRCode(version=p.get("version"), box_size=p.get("box_size", 10), border=p.get("border", 4))
    q.add_data(p["data"])
    q.make(fit=p.get("version") is None)
    return f"QR version {q.version}, {q.modules_count}x{q.modules_count} modules"


def icalendar_parse_datetime(p):
    from icalendar import vDatetime
    return vDatetime.from_ical(p["value"], timezone=p.get("tzid")).isoformat()


def bcrypt_checkpw(p):
    import bcrypt
    return f"match={bcrypt.checkpw(p['password'].encode(), p['hashed'].encode())}"


def _voluptuous_schema(fields):
    import voluptuous as v
    types = {"str": str, "int": int, "float": float, "bool": bool, "list": list, "dict": dict}
    out = {}
    for name, spec in fields.items():
        key = v.Required(name) if spec.get("required") else v.Optional(name)
        out[key] = _voluptuous_schema(spec["fields"]) if "fields" in spec else types[spec["type"]]
    return out


def voluptuous_validate(p):
    """schema: {"fields": {name: {"type": T, "required": bool} | {"fields": {...}, "required": bool}}}"""
    import voluptuous as v
    return json.dumps(v.Schema(_voluptuous_schema(p["schema"]["fields"]))(p["data"]))


def schema_validate(p):
    """schema: {key: type name}; a key ending in '?' is schema.Optional."""
    import schema as s
    types = {"str": str, "int": int, "float": float, "bool": bool, "list": list, "dict": dict}
    spec = {(s.Optional(k[:-1]) if k.endswith("?") else k): types[t] for k, t in p["schema"].items()}
    return json.dumps(s.Schema(spec).validate(p["data"]))


# ----------------------------------------------------------------------------- keys / crypto
def paramiko_load_private_key(p):
    import paramiko
    cls = {"rsa": paramiko.RSAKey, "ed25519": paramiko.Ed25519Key, "ecdsa": paramiko.ECDSAKey}[p["key_type"]]
    k = cls.from_private_key_file(p["path"], password=p.get("password"))
    return f"{k.get_name()} {k.get_bits()} bits {k.fingerprint}"


def cryptography_load_private_key(p):
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    with open(p["path"], "rb") as f:
        data = f.read()
    pw = p.get("password")
    k = load_pem_private_key(data, password=pw.encode() if pw else None)
    return f"{type(k).__name__} {k.key_size} bits"


def cryptography_cipher_session(p):
    """ops on ONE AES-GCM encryptor: {"op": "update", "text": T} | {"op": "authenticate", "text": T} |
    {"op": "finalize"} | {"op": "tag"}"""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    enc = Cipher(algorithms.AES(bytes.fromhex(p["key_hex"])), modes.GCM(bytes.fromhex(p["nonce_hex"]))).encryptor()
    ct, tag = b"", None
    for op in p["ops"]:
        if op["op"] == "update":
            ct += enc.update(op["text"].encode())
        elif op["op"] == "authenticate":
            enc.authenticate_additional_data(op["text"].encode())
        elif op["op"] == "finalize":
            ct += enc.finalize()
        elif op["op"] == "tag":
            tag = enc.tag
    return f"ciphertext {ct.hex()[:32]} tag {tag.hex() if tag else None}"


# ----------------------------------------------------------------------------- compression / files
def brotli_decompress(p):
    import brotli
    with open(p["path"], "rb") as f:
        out = brotli.decompress(f.read())
    return f"{len(out)} bytes: {out[:40]!r}"


def brotli_compressor_session(p):
    """ops on ONE brotli.Compressor: {"op": "process", "text": T} | {"op": "flush"} | {"op": "finish"}"""
    import brotli
    c = brotli.Compressor(quality=p.get("quality", 11))
    out = b""
    for op in p["ops"]:
        if op["op"] == "process":
            out += c.process(op["text"].encode())
        elif op["op"] == "flush":
            out += c.flush()
        elif op["op"] == "finish":
            out += c.finish()
    with open(p["output"], "wb") as f:
        f.write(out)
    return f"wrote {len(out)} bytes to {p['output']}"


def scipy_loadmat(p):
    from scipy.io import loadmat
    m = loadmat(p["path"])
    return f"variables {sorted(k for k in m if not k.startswith('__'))}"


def pypdf_extract_text(p):
    from pypdf import PdfReader
    r = PdfReader(p["path"])
    pages = p.get("pages") or list(range(len(r.pages)))
    return json.dumps([r.pages[i].extract_text()[:60] for i in pages])


def fpdf_build_pdf(p):
    """ops on ONE fpdf.FPDF: {"op": "add_page"} | {"op": "set_font", "family", "style"?, "size"?} |
    {"op": "cell", "text", "w"?, "h"?} | {"op": "ln"}; then output(params["output"])."""
    from fpdf import FPDF
    pdf = FPDF()
    for op in p["ops"]:
        if op["op"] == "add_page":
            pdf.add_page()
        elif op["op"] == "set_font":
            pdf.set_font(op["family"], style=op.get("style", ""), size=op.get("size", 12))
        elif op["op"] == "cell":
            pdf.cell(w=op.get("w", 0), h=op.get("h", 10), text=op["text"])
        elif op["op"] == "ln":
            pdf.ln()
    pdf.output(p["output"])
    return f"wrote {pdf.pages_count} page(s) to {p['output']}"


def markdown_it_render(p):
    from markdown_it import MarkdownIt
    md = MarkdownIt("commonmark")
    for name in p.get("enable", []):
        md.enable(name)
    for name in p.get("plugins", []):
        mod = __import__(f"mdit_py_plugins.{name}", fromlist=["x"])
        md.use(getattr(mod, f"{name}_plugin"))
    return md.render(p["text"]).strip()[:200]


# ----------------------------------------------------------------------------- dulwich (history helpers too)
def dulwich_init(p):
    from dulwich import porcelain
    os.makedirs(p["repo"], exist_ok=True)
    porcelain.init(p["repo"])
    return f"initialized {p['repo']}"


def dulwich_add(p):
    from dulwich import porcelain
    added, ignored = porcelain.add(p["repo"], paths=[os.path.join(p["repo"], x) for x in p["paths"]])
    return f"added {sorted(added)}"


# ----------------------------------------------------------------------------- node
CSV_JS = r"""
const {stringify} = require('csv-stringify');
const p = JSON.parse(process.argv[1]);
const s = stringify({header: !!p.header, columns: p.columns});
let out = '';
s.on('data', d => { out += d; });
let failed = false;
s.on('error', e => { failed = true; console.log((e.code ? `Error [${e.code}]` : e.name) + ': ' + e.message); process.exitCode = 1; });
s.on('finish', () => { require('fs').writeFileSync(p.output, out); });
process.on('exit', () => { if (!failed) console.log(`wrote ${out.split('\n').length - 1} lines to ${p.output}`); });
for (const op of p.ops) { if (op.op === 'write') s.write(op.record); else if (op.op === 'end') s.end(); }
"""


def csv_stringify_stream(p):
    env = dict(os.environ, NODE_PATH=os.path.join(NODE_DIR, "node_modules"))
    r = subprocess.run(["node", "-e", CSV_JS, json.dumps(p)], env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, timeout=60)
    sys.stdout.write(r.stdout)
    sys.exit(r.returncode)


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
