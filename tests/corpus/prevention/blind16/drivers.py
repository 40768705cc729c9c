#!/usr/bin/env python3
"""Library-call wrappers for blind set 16: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`run_command` runs a command with bash and passes the program's own output and exit code through unchanged.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_BIN = os.path.join(HERE, "venv", "bin")


# ----------------------------------------------------------------------------- shell (Bash-style tool)
def run_command(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, text=True, timeout=120)
    sys.stdout.write(r.stdout)
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- units / templates / time
def pint_quantity_to(p):
    import pint
    ureg = pint.UnitRegistry()
    q = ureg.Quantity(p["value"], p["from_unit"])
    return f"{q.to(p['to_unit']):~P}"


def jinja2_template_render(p):
    import jinja2
    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    return env.from_string(p["template"]).render(**p.get("context", {}))


def zoneinfo_localize(p):
    """datetime.fromisoformat(local) with tzinfo=ZoneInfo(zone), converted to ZoneInfo(to_zone) if given"""
    from datetime import datetime
    from zoneinfo import ZoneInfo
    dt = datetime.fromisoformat(p["local"]).replace(tzinfo=ZoneInfo(p["zone"]))
    if p.get("to_zone"):
        dt = dt.astimezone(ZoneInfo(p["to_zone"]))
    return dt.isoformat()


def croniter_schedule(p):
    from datetime import datetime
    from croniter import croniter
    it = croniter(p["expression"], datetime.fromisoformat(p.get("start", "2026-12-03T12:00:00")))
    return json.dumps([it.get_next(datetime).isoformat() for _ in range(p.get("count", 3))])


def dateutil_parser_parse(p):
    from dateutil import parser
    return parser.parse(p["text"], dayfirst=p.get("dayfirst", False)).isoformat()


def email_validator_check(p):
    from email_validator import validate_email
    r = validate_email(p["email"], check_deliverability=False)  # no network here
    return f"normalized {r.normalized}"


def pyotp_totp_now(p):
    import pyotp
    t = pyotp.TOTP(p["secret"], digits=p.get("digits", 6))
    return f"code at 2026-12-03T12:00Z: {t.at(1796299200)}"


def tomlkit_loads(p):
    import tomlkit
    return json.dumps(tomlkit.loads(p["text"]).unwrap(), default=str)


def phonenumbers_parse_number(p):
    import phonenumbers
    n = phonenumbers.parse(p["number"], p.get("region"))
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def itsdangerous_serializer_dumps(p):
    """URLSafeTimedSerializer(**options).dumps(payload)"""
    from itsdangerous import URLSafeTimedSerializer
    s = URLSafeTimedSerializer(**p.get("options", {}))
    tok = s.dumps(p["payload"])
    return f"token of {len(tok)} chars, loads back {s.loads(tok)}"


# ----------------------------------------------------------------------------- archives / stores
def py7zr_extract_archive(p):
    import py7zr
    with py7zr.SevenZipFile(p["path"], "r", password=p.get("password")) as z:
        z.extractall(path=p.get("dest", "."))
    return f"extracted {p['path']} to {p.get('dest', '.')}"


def py7zr_list_archive(p):
    import py7zr
    with py7zr.SevenZipFile(p["path"], "r") as z:
        return json.dumps(sorted(z.getnames()))


def pyzipper_write_session(p):
    """ops on ONE pyzipper.AESZipFile opened with mode: {"op": "writestr", "name", "text"} | {"op": "close"} |
    {"op": "read", "name"}"""
    import pyzipper
    z = pyzipper.AESZipFile(p["path"], p.get("mode", "w"), compression=pyzipper.ZIP_DEFLATED,
                            encryption=pyzipper.WZ_AES if p.get("password") else None)
    if p.get("password"):
        z.setpassword(p["password"].encode())
    out = []
    for op in p["ops"]:
        if op["op"] == "writestr":
            z.writestr(op["name"], op["text"])
        elif op["op"] == "read":
            out.append(z.read(op["name"]).decode()[:30])
        elif op["op"] == "close":
            z.close()
    z.close()
    return f"ok {p['path']} {out}"


def pyzipper_extract_archive(p):
    import pyzipper
    with pyzipper.AESZipFile(p["path"]) as z:
        if p.get("password"):
            z.setpassword(p["password"].encode())
        z.extractall(p.get("dest", "."))
        names = z.namelist()
    return f"extracted {names} to {p.get('dest', '.')}"


def dbm_lookup(p):
    import dbm
    with dbm.open(p["path"], p.get("flag", "r")) as db:
        v = db.get(p["key"].encode())
    return f"{p['key']} = {v.decode() if v is not None else None}"


def dbm_store(p):  # history helper / hidden setup only
    import dbm
    with dbm.open(p["path"], "c") as db:
        for k, v in p["items"].items():
            db[k.encode()] = v.encode()
    return f"stored {len(p['items'])} keys in {p['path']}"


def duckdb_sql(p):
    import duckdb
    con = duckdb.connect(p.get("database", ":memory:"))
    try:
        rel = con.sql(p["sql"])
        rows = rel.fetchall() if rel is not None else []
        return json.dumps(rows[:5], default=str)
    finally:
        con.close()


def lmdb_open_env(p):
    """lmdb.open(path, create=False, readonly=...) then get(key) in a read transaction"""
    import lmdb
    env = lmdb.open(p["path"], create=False, readonly=p.get("readonly", True), subdir=True)
    with env.begin() as txn:
        v = txn.get(p["key"].encode())
    env.close()
    return f"{p['key']} = {v.decode() if v is not None else None}"


def lmdb_create_env(p):  # history helper / hidden setup only
    import lmdb
    env = lmdb.open(p["path"], map_size=1 << 22)
    with env.begin(write=True) as txn:
        for k, v in p.get("items", {}).items():
            txn.put(k.encode(), v.encode())
    env.close()
    return f"created {p['path']}"


def lmdb_txn_session(p):
    """ops on ONE environment: {"op": "begin", "write": bool} | {"op": "put", "key", "value"} | {"op": "get", "key"} |
    {"op": "commit"} | {"op": "abort"}; each begin replaces the current transaction."""
    import lmdb
    env = lmdb.open(p["path"], map_size=1 << 22)
    txn, got = None, []
    for op in p["ops"]:
        if op["op"] == "begin":
            txn = env.begin(write=op.get("write", False))
        elif op["op"] == "put":
            txn.put(op["key"].encode(), op["value"].encode())
        elif op["op"] == "get":
            v = txn.get(op["key"].encode())
            got.append(v.decode() if v is not None else None)
        elif op["op"] == "commit":
            txn.commit()
        elif op["op"] == "abort":
            txn.abort()
    env.close()
    return f"ok, got {got}"


# ----------------------------------------------------------------------------- images / xml
def pil_image_info(p):
    from PIL import Image
    with Image.open(p["path"]) as im:
        return f"{im.format} {im.size[0]}x{im.size[1]} {im.mode}"


def lxml_etree_fromstring(p):
    from lxml import etree
    with open(p["path"], "rb") as f:
        root = etree.fromstring(f.read())
    return f"root <{root.tag}> with {len(root)} children"


def lxml_xpath_eval(p):
    from lxml import etree
    with open(p["path"], "rb") as f:
        root = etree.fromstring(f.read())
    r = root.xpath(p["xpath"])
    return json.dumps(r if isinstance(r, (float, str, bool)) else [getattr(x, "text", str(x)) for x in r][:5])


def xmltodict_parse(p):
    import xmltodict
    with open(p["path"], "rb") as f:
        return json.dumps(xmltodict.parse(f.read()))[:200]


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
