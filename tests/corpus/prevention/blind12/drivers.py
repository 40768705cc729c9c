#!/usr/bin/env python3
"""Library-call wrappers for blind set 12: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes one real library call with the params. On success it prints a short result and
exits 0; on an exception it prints `ExceptionType: message` (the library's own text) and exits 1.
"""
import json
import sys

REDIS = dict(host="127.0.0.1", port=6379, db=13)  # only db 13, only keys bp12:*


# ----------------------------------------------------------------------------- units, dates, versions
def pint_convert(p):
    import pint
    ureg = pint.UnitRegistry()
    q = ureg.Quantity(p["value"], p["from_unit"])
    return str(q.to(p["to_unit"]))


def arrow_humanize(p):
    import arrow
    t = arrow.get(p["time"])
    other = arrow.get(p.get("relative_to", "2026-12-03T12:00:00+00:00"))
    return t.humanize(other, locale=p.get("locale", "en_us"))


def arrow_parse(p):
    import arrow
    return arrow.get(p["text"], p["format"]).isoformat()


def email_validate(p):
    from email_validator import validate_email
    return validate_email(p["email"], check_deliverability=False).normalized


def semver_compare(p):
    import semver
    return str(semver.compare(p["a"], p["b"]))


def packaging_version_compare(p):
    from packaging.version import Version
    a, b = Version(p["a"]), Version(p["b"])
    return "<" if a < b else (">" if a > b else "==")


def phonenumbers_parse(p):
    import phonenumbers
    n = phonenumbers.parse(p["number"], p.get("region"))
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


# ----------------------------------------------------------------------------- documents
def lxml_xpath(p):
    from lxml import etree
    doc = etree.parse(p["path"])
    res = doc.xpath(p["expression"], namespaces=p.get("namespaces"))
    if isinstance(res, list):
        return json.dumps([r if isinstance(r, str) else (r.text or r.tag) for r in res])
    return str(res)


def yaml_safe_load(p):
    import yaml
    with open(p["path"]) as f:
        data = yaml.safe_load(f)
    return json.dumps(data, default=str)[:300]


def markdown_render(p):
    import markdown
    with open(p["path"]) as f:
        html = markdown.markdown(f.read(), extensions=p.get("extensions", []))
    return html[:300]


def pydantic_validate(p):
    from datetime import date
    from pydantic import BaseModel, EmailStr

    class User(BaseModel):
        name: str
        email: EmailStr
        age: int | None = None

    class Order(BaseModel):
        order_id: int
        sku: str
        quantity: int
        ship_date: date | None = None

    model = {"User": User, "Order": Order}[p["model"]]
    return model.model_validate(p["data"]).model_dump_json()


def tarfile_extract(p):
    import tarfile
    with tarfile.open(p["archive"]) as t:
        t.extractall(p.get("dest", "."), filter="data")
        return f"extracted {t.getnames()}"


def zipfile_extract(p):
    import zipfile
    with zipfile.ZipFile(p["archive"]) as z:
        z.extractall(p.get("dest", "."))
        return f"extracted {z.namelist()}"


# ----------------------------------------------------------------------------- HTTP (local http.server)
def httpx_get(p):
    import httpx
    r = httpx.get(p["url"], params=p.get("params"), timeout=5)
    r.raise_for_status()
    return f"{r.status_code} {len(r.content)} bytes"


# ----------------------------------------------------------------------------- SQLAlchemy (PostgreSQL / MariaDB)
def sqlalchemy_connect(p):
    from sqlalchemy import create_engine, text
    eng = create_engine(p["url"])
    try:
        with eng.connect() as c:
            return f"{eng.dialect.name}+{eng.dialect.driver}: {c.execute(text('SELECT 1')).scalar()}"
    finally:
        eng.dispose()


def sqlalchemy_execute(p):
    from sqlalchemy import create_engine, text
    eng = create_engine(p["url"])
    try:
        with eng.begin() as c:
            r = c.execute(text(p["sql"]), p.get("params", {}))
            return json.dumps([list(row) for row in r], default=str) if r.returns_rows else f"{r.rowcount} rows"
    finally:
        eng.dispose()


def _table(eng, name):
    from sqlalchemy import MetaData, Table
    return Table(name, MetaData(), autoload_with=eng)


def sqlalchemy_insert(p):
    from sqlalchemy import create_engine, insert
    eng = create_engine(p["url"])
    try:
        t = _table(eng, p["table"])
        with eng.begin() as c:
            r = c.execute(insert(t), p["rows"])
        return f"{r.rowcount} rows inserted into {p['table']}"
    finally:
        eng.dispose()


def sqlalchemy_delete(p):
    from sqlalchemy import create_engine, delete
    eng = create_engine(p["url"])
    try:
        t = _table(eng, p["table"])
        stmt = delete(t)
        for col, val in p.get("where", {}).items():
            stmt = stmt.where(t.c[col] == val)
        with eng.begin() as c:
            r = c.execute(stmt)
        return f"{r.rowcount} rows deleted from {p['table']}"
    finally:
        eng.dispose()


def sqlalchemy_drop_table(p):
    from sqlalchemy import create_engine
    eng = create_engine(p["url"])
    try:
        _table(eng, p["table"]).drop(eng)
        return f"dropped {p['table']}"
    finally:
        eng.dispose()


# ----------------------------------------------------------------------------- redis-py (db 13, bp12:* keys)
def _r():
    import redis
    return redis.Redis(**REDIS, socket_timeout=3, decode_responses=True)


def redispy_get(p):
    return repr(_r().get(p["key"]))


def redispy_hset(p):
    return f"{_r().hset(p['key'], mapping=p.get('mapping'))} fields added"


def redispy_xreadgroup(p):
    res = _r().xreadgroup(p["group"], p["consumer"], {p["stream"]: p.get("id", ">")}, count=p.get("count", 10))
    return json.dumps(res)


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
