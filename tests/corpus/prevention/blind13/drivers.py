#!/usr/bin/env python3
"""Library-call wrappers for blind set 13: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes one real library call with the params. On success it prints a short result and
exits 0; on an exception it prints `ExceptionType: message` (the library's own text) and exits 1.
"""
import json
import sys


# ----------------------------------------------------------------------------- spreadsheets / documents
def openpyxl_read_sheet(p):
    import openpyxl
    wb = openpyxl.load_workbook(p["path"], read_only=True)
    ws = wb[p["sheet"]] if p.get("sheet") else wb.active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return json.dumps(rows[: p.get("limit", 5)], default=str)


def docx_read_paragraphs(p):
    import docx
    d = docx.Document(p["path"])
    return json.dumps([para.text for para in d.paragraphs][:5])


def pypdf_extract_text(p):
    from pypdf import PdfReader
    r = PdfReader(p["path"])
    if p.get("password") is not None:
        r.decrypt(p["password"])
    return r.pages[p.get("page", 0)].extract_text()[:200] or "(no text)"


def polars_select(p):
    import polars as pl
    df = pl.read_csv(p["path"])
    return str(df.select(p["columns"]).head(3))


def py7zr_extract(p):
    import py7zr
    with py7zr.SevenZipFile(p["archive"], "r") as z:
        names = z.getnames()
        z.extractall(p.get("dest", "."))
    return f"extracted {names}"


def bs4_parse(p):
    from bs4 import BeautifulSoup
    with open(p["path"]) as f:
        soup = BeautifulSoup(f.read(), features=p.get("features", "html.parser"))
    return json.dumps([t.get_text() for t in soup.select(p.get("selector", "title"))])


# ----------------------------------------------------------------------------- validation / config
def jsonschema_validate(p):
    import jsonschema
    with open(p["schema"]) as f:
        schema = json.load(f)
    jsonschema.validate(p["instance"], schema)
    return "valid"


def cerberus_validate(p):
    import cerberus
    with open(p["schema"]) as f:
        schema = json.load(f)
    v = cerberus.Validator(schema)
    if not v.validate(p["document"]):
        raise ValueError(f"document invalid: {v.errors}")
    return "valid"


def marshmallow_load(p):
    from marshmallow import Schema, fields

    class SignupSchema(Schema):
        username = fields.Str(required=True)
        email = fields.Email(required=True)
        age = fields.Int()
        joined = fields.Date()

    return json.dumps(SignupSchema().load(p["data"]), default=str)


def tomlkit_parse(p):
    import tomlkit
    with open(p["path"]) as f:
        doc = tomlkit.parse(f.read())
    return json.dumps(doc.unwrap(), default=str)[:300]


def regex_findall(p):
    import regex
    with open(p["path"]) as f:
        return json.dumps(regex.findall(p["pattern"], f.read())[:10])


# ----------------------------------------------------------------------------- crypto / tokens / ids
def hashlib_file_digest(p):
    import hashlib
    with open(p["path"], "rb") as f:
        return hashlib.file_digest(f, p["algorithm"]).hexdigest()


def fernet_encrypt(p):
    from cryptography.fernet import Fernet
    with open(p["key_file"], "rb") as f:
        key = f.read().strip()
    return f"token of {len(Fernet(key).encrypt(p['plaintext'].encode()))} bytes"


def x509_load_cert(p):
    from cryptography import x509
    with open(p["path"], "rb") as f:
        c = x509.load_pem_x509_certificate(f.read())
    return c.subject.rfc4514_string()


def x509_build_cert(p):
    """Self-signed certificate from the fixture key; only the given builder parts are set."""
    import datetime
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import NameOID
    with open(p.get("key_file", "ca.key"), "rb") as f:
        key = serialization.load_pem_private_key(f.read(), None)
    b = x509.CertificateBuilder()
    if p.get("subject_cn"):
        b = b.subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, p["subject_cn"])]))
    if p.get("issuer_cn"):
        b = b.issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, p["issuer_cn"])]))
    if p.get("days"):
        now = datetime.datetime(2026, 12, 3, tzinfo=datetime.timezone.utc)
        b = b.not_valid_before(now).not_valid_after(now + datetime.timedelta(days=p["days"]))
    if p.get("serial"):
        b = b.serial_number(p["serial"])
    if p.get("with_public_key", True):
        b = b.public_key(key.public_key())
    cert = b.sign(key, hashes.SHA256())
    return f"built cert serial={cert.serial_number} subject={cert.subject.rfc4514_string()}"


def pyjwt_encode(p):
    import jwt
    return f"token of {len(jwt.encode(p['payload'], p['secret'], algorithm=p.get('algorithm', 'HS256')))} chars"


def pyjwt_decode(p):
    import jwt
    kw = {}
    if "algorithms" in p:
        kw["algorithms"] = p["algorithms"]
    if "audience" in p:
        kw["audience"] = p["audience"]
    return json.dumps(jwt.decode(p["token"], p["secret"], **kw))


def uuid_parse(p):
    import uuid
    u = uuid.UUID(p["value"])
    return f"{u} version={u.version}"


def ipaddress_network(p):
    import ipaddress
    n = ipaddress.ip_network(p["cidr"], strict=p.get("strict", True))
    return f"{n} ({n.num_addresses} addresses)"


def dnspython_from_text(p):
    import dns.name
    return dns.name.from_text(p["name"]).to_text()


# ----------------------------------------------------------------------------- SQLite via peewee / apsw
def _peewee_db(path):
    import peewee
    return peewee.SqliteDatabase(path, pragmas={"foreign_keys": 1})


def peewee_select(p):
    db = _peewee_db(p["db"])
    cur = db.execute_sql(f"SELECT * FROM {p['table']} LIMIT 5")
    return json.dumps(cur.fetchall())


def peewee_insert(p):
    db = _peewee_db(p["db"])
    cols = list(p["row"])
    sql = f"INSERT INTO {p['table']} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    with db.atomic():
        db.execute_sql(sql, [p["row"][c] for c in cols])
    return f"1 row inserted into {p['table']}"


def peewee_execute_sql(p):
    db = _peewee_db(p["db"])
    cur = db.execute_sql(p["sql"], p.get("params", []))
    rows = cur.fetchall()
    return json.dumps(rows) if rows else "ok"


def apsw_execute(p):
    import apsw
    con = apsw.Connection(p["db"])
    con.execute("PRAGMA foreign_keys = ON")
    rows = con.execute(p["sql"]).fetchall()
    return json.dumps(rows) if rows else "ok"


# ----------------------------------------------------------------------------- i18n
def gettext_translate(p):
    import gettext
    t = gettext.translation(p.get("domain", "messages"), localedir=p.get("localedir", "locale"),
                            languages=[p["language"]])
    return t.gettext(p["message"])


# ----------------------------------------------------------------------------- RabbitMQ via kombu
AMQP = "amqp://guest:guest@127.0.0.1:5672//"


def kombu_bind_queue(p):
    from kombu import Connection, Queue
    with Connection(AMQP, connect_timeout=5) as conn:
        ch = conn.channel()
        q = Queue(p["queue"], channel=ch)
        q.declare()
        ch.queue_bind(p["queue"], exchange=p["exchange"], routing_key=p.get("routing_key", ""))
    return f"bound {p['queue']} to {p['exchange']}"


def main():
    name, params = sys.argv[1], json.loads(sys.argv[2])
    fn = globals()[name]
    try:
        res = fn(params)
    except Exception as e:  # the library's own exception, printed as `Type: message`
        print(f"{type(e).__name__}: {e}")
        sys.exit(1)
    print(res if isinstance(res, str) else json.dumps(res))


if __name__ == "__main__":
    main()
