#!/usr/bin/env python3
"""Library-call wrappers for blind set 18: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`terminal_exec` runs a command with bash and passes the program's own output and exit code through unchanged.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_BIN = os.path.join(HERE, "venv", "bin")
NODE_BIN = os.path.join(HERE, "node_modules", ".bin")


# ----------------------------------------------------------------------------- shell (Bash-style tool)
def terminal_exec(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + NODE_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, text=True, timeout=120)
    sys.stdout.write(r.stdout)
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- names / values
def hashlib_new_digest(p):
    """hashlib.new(algorithm, text.encode()).hexdigest()"""
    import hashlib
    return hashlib.new(p["algorithm"], p["text"].encode()).hexdigest()


def codecs_encode_text(p):
    """text.encode(encoding, errors)"""
    b = p["text"].encode(p["encoding"], p.get("errors", "strict"))
    return f"{len(b)} bytes {b[:40]!r}"


def cssselect_to_xpath(p):
    """cssselect.GenericTranslator().css_to_xpath(selector)"""
    from cssselect import GenericTranslator
    return GenericTranslator().css_to_xpath(p["selector"])


def lark_parse(p):
    """Lark(grammar).parse(text)"""
    from lark import Lark
    return Lark(p["grammar"]).parse(p["text"]).pretty().strip()[:200]


def idna_encode(p):
    import idna
    return idna.encode(p["domain"]).decode()


def ulid_parse(p):
    """ulid.ULID.from_str(value)"""
    from ulid import ULID
    u = ULID.from_str(p["value"])
    return f"{u} at {u.datetime.isoformat()}"


def fractions_parse(p):
    from fractions import Fraction
    f = Fraction(p["text"])
    return f"{f} = {float(f)}"


def nacl_secretbox_encrypt(p):
    """nacl.secret.SecretBox(bytes.fromhex(key_hex)).encrypt(message.encode())"""
    from nacl.secret import SecretBox
    box = SecretBox(bytes.fromhex(p["key_hex"]))
    return f"{len(box.encrypt(p['message'].encode()))} bytes of ciphertext"


# ----------------------------------------------------------------------------- payloads
def hmac_sign(p):
    """hmac.new(key, message, digestmod=...) -- digestmod passed only when given"""
    import hmac
    kw = {"digestmod": p["digestmod"]} if "digestmod" in p else {}
    return hmac.new(p["key"].encode(), p["message"].encode(), **kw).hexdigest()


def struct_pack(p):
    """struct.pack(format, *values)"""
    import struct
    return struct.pack(p["format"], *p["values"]).hex()


def uuid_build(p):
    """uuid.UUID(hex=..., int=..., version=...) with the given keywords"""
    import uuid
    kw = {k: p[k] for k in ("hex", "int", "version") if k in p}
    u = uuid.UUID(**kw)
    return f"{u} version {u.version}"


def zipapp_create(p):
    """zipapp.create_archive(source, target, main=..., interpreter=...)"""
    import zipapp
    zipapp.create_archive(p["source"], p["target"], interpreter=p.get("interpreter"), main=p.get("main"))
    return f"wrote {p['target']} ({os.path.getsize(p['target'])} bytes)"


# ----------------------------------------------------------------------------- prerequisites
def mailbox_maildir_create(p):  # history helper / hidden setup only
    import mailbox
    mailbox.Maildir(p["path"], create=True)
    return f"created Maildir {p['path']}"


def mailbox_maildir_add(p):
    """mailbox.Maildir(path, create=False).add(message built from subject/from/body)"""
    import mailbox
    from email.message import EmailMessage
    m = EmailMessage()
    m["Subject"] = p["subject"]
    m["From"] = p.get("sender", "noreply@example.com")
    m.set_content(p.get("body", ""))
    md = mailbox.Maildir(p["path"], create=False)
    key = md.add(m)
    return f"added message {len(key)}-char key, {len(md)} in {p['path']}"


def importlib_metadata_version(p):
    import importlib.metadata
    return f"{p['name']} {importlib.metadata.version(p['name'])}"


# ----------------------------------------------------------------------------- state / sessions
def zlib_compress_session(p):
    """ops on ONE zlib.compressobj(level): {"op": "compress", "data"} | {"op": "flush"} (Z_FINISH) |
    {"op": "sync_flush"} (Z_SYNC_FLUSH, the stream stays open)"""
    import zlib
    c = zlib.compressobj(p.get("level", 6))
    out = b""
    for op in p["ops"]:
        if op["op"] == "compress":
            out += c.compress(op["data"].encode())
        elif op["op"] == "flush":
            out += c.flush()
        elif op["op"] == "sync_flush":
            out += c.flush(zlib.Z_SYNC_FLUSH)
    return f"{len(out)} bytes of deflate output"


def shutil_copytree(p):
    import shutil
    shutil.copytree(p["src"], p["dst"], dirs_exist_ok=p.get("dirs_exist_ok", False))
    return f"copied {p['src']} -> {p['dst']}: {sorted(os.listdir(p['dst']))}"


# ----------------------------------------------------------------------------- file kinds
def plistlib_load(p):
    import plistlib
    with open(p["path"], "rb") as f:
        return json.dumps(plistlib.load(f), default=str)[:200]


def zlib_decompress_file(p):
    import zlib
    with open(p["path"], "rb") as f:
        return f"{len(zlib.decompress(f.read()))} bytes"


def pycparser_parse_file(p):
    """pycparser.CParser().parse(file text, filename) -- the file is expected to be preprocessed C"""
    import pycparser
    with open(p["path"]) as f:
        ast = pycparser.CParser().parse(f.read(), p["path"])
    return f"{len(ast.ext)} top-level declarations"


def esprima_parse(p):
    """esprima.parseModule / parseScript of the file text"""
    import esprima
    with open(p["path"]) as f:
        code = f.read()
    tree = esprima.parseModule(code) if p.get("module") else esprima.parseScript(code)
    return f"{tree.type} with {len(tree.body)} statements"


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
