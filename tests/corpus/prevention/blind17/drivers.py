#!/usr/bin/env python3
"""Library-call wrappers for blind set 17: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`exec_shell` runs a command with bash and passes the program's own output and exit code through unchanged.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_BIN = os.path.join(HERE, "venv", "bin")
NODE_BIN = os.path.join(HERE, "node_modules", ".bin")


# ----------------------------------------------------------------------------- shell (Bash-style tool)
def exec_shell(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + NODE_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, text=True, timeout=120)
    sys.stdout.write(r.stdout)
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- time / calendars / text
def pytz_localize(p):
    """pytz.timezone(zone).localize(datetime.fromisoformat(local)), converted to pytz.timezone(to_zone) if given"""
    from datetime import datetime
    import pytz
    dt = pytz.timezone(p["zone"]).localize(datetime.fromisoformat(p["local"]))
    if p.get("to_zone"):
        dt = dt.astimezone(pytz.timezone(p["to_zone"]))
    return dt.isoformat()


def holidays_country_calendar(p):
    import holidays
    h = holidays.country_holidays(p["country"], subdiv=p.get("subdiv"), years=p.get("year", 2026))
    return f"{len(h)} holidays, first {sorted(h.items())[0][0]}"


def regex_search(p):
    import regex
    m = regex.search(p["pattern"], p["text"])
    return f"match {m.group(0)!r}" if m else "no match"


def mako_template_render(p):
    from mako.template import Template
    return Template(p["template"], strict_undefined=True).render(**p.get("context", {}))


def netaddr_ipnetwork(p):
    import netaddr
    n = netaddr.IPNetwork(p["cidr"])
    return f"{n.cidr} netmask {n.netmask} size {n.size}"


def isodate_parse_duration(p):
    import isodate
    return f"{isodate.parse_duration(p['duration'])}"


def base58_decode(p):
    import base58
    b = base58.b58decode_check(p["text"]) if p.get("check") else base58.b58decode(p["text"])
    return f"{len(b)} bytes {b.hex()[:40]}"


def ruamel_yaml_load(p):
    from ruamel.yaml import YAML
    return json.dumps(YAML(typ="safe", pure=True).load(p["text"]), default=str)


# ----------------------------------------------------------------------------- records / feeds / cards
import attrs  # noqa: E402


@attrs.define
class Order:
    id: int
    sku: str
    qty: int
    unit_price: float = 0.0


@attrs.define
class Customer:
    name: str
    email: str
    country: str = "IT"


@attrs.define
class Shipment:
    order_id: int
    carrier: str
    tracking: str
    weight_kg: float = 1.0


RECORD_TYPES = {"Order": Order, "Customer": Customer, "Shipment": Shipment}


def attrs_build_record(p):
    cls = RECORD_TYPES[p["record_type"]]
    return json.dumps(attrs.asdict(cls(**p["fields"])))


def feedgen_rss_render(p):
    """FeedGenerator with the given channel fields and entries, then rss_str()"""
    from feedgen.feed import FeedGenerator
    fg = FeedGenerator()
    for k in ("title", "link", "description", "language"):
        if k in p:
            getattr(fg, k)(p[k]) if k != "link" else fg.link(href=p[k])
    for it in p.get("items", []):
        fe = fg.add_entry()
        if "title" in it:
            fe.title(it["title"])
        if "link" in it:
            fe.link(href=it["link"])
        if "description" in it:
            fe.description(it["description"])
    return f"rss of {len(fg.rss_str())} bytes"


def vobject_vcard_serialize(p):
    """vobject.vCard() with the given properties (fn, n as 'Family;Given', email, tel, org), then serialize()"""
    import vobject
    c = vobject.vCard()
    for k, v in p.get("properties", {}).items():
        if k == "n":
            fam, _, giv = v.partition(";")
            c.add("n").value = vobject.vcard.Name(family=fam, given=giv)
        elif k == "org":
            c.add("org").value = [v]
        else:
            c.add(k).value = v
    return f"vcard of {len(c.serialize())} chars"


# ----------------------------------------------------------------------------- prerequisites
def polib_compile_mo(p):  # history helper / hidden setup only
    import polib
    polib.pofile(p["po"]).save_as_mofile(p["mo"])
    return f"compiled {p['po']} -> {p['mo']}"


def gettext_lookup(p):
    import gettext
    t = gettext.translation(p["domain"], localedir=p.get("localedir", "locale"), languages=[p["lang"]])
    return f"{p['msgid']!r} -> {t.gettext(p['msgid'])!r}"


def whoosh_create_index(p):  # history helper / hidden setup only
    from whoosh import fields, index
    os.makedirs(p["indexdir"], exist_ok=True)
    ix = index.create_in(p["indexdir"], fields.Schema(title=fields.TEXT(stored=True), body=fields.TEXT))
    w = ix.writer()
    for d in p.get("docs", []):
        w.add_document(**d)
    w.commit()
    return f"created index {p['indexdir']} with {len(p.get('docs', []))} docs"


def whoosh_index_search(p):
    from whoosh import index
    from whoosh.qparser import QueryParser
    ix = index.open_dir(p["indexdir"])
    with ix.searcher() as s:
        hits = s.search(QueryParser(p.get("field", "body"), ix.schema).parse(p["query"]))
        return json.dumps([h["title"] for h in hits])


def whoosh_writer_session(p):
    """ops on ONE writer of an existing index: {"op": "add", "title", "body"} | {"op": "delete", "term"} |
    {"op": "commit"} | {"op": "cancel"} | {"op": "writer"} (a new writer)"""
    from whoosh import index
    ix = index.open_dir(p["indexdir"])
    w = ix.writer()
    for op in p["ops"]:
        if op["op"] == "add":
            w.add_document(title=op["title"], body=op.get("body", ""))
        elif op["op"] == "delete":
            w.delete_by_term("title", op["term"])
        elif op["op"] == "commit":
            w.commit()
        elif op["op"] == "cancel":
            w.cancel()
        elif op["op"] == "writer":
            w = ix.writer()
    with ix.searcher() as s:
        return f"ok, {s.doc_count()} docs"


def mutagen_add_id3_header(p):  # history helper / hidden setup only
    from mutagen.mp3 import MP3
    a = MP3(p["path"])
    a.add_tags()
    a.save()
    return f"added an empty ID3 tag to {p['path']}"


def mutagen_easyid3_set(p):
    from mutagen.easyid3 import EasyID3
    t = EasyID3(p["path"])
    for k, v in p["tags"].items():
        t[k] = v
    t.save()
    return f"saved {sorted(p['tags'])} to {p['path']}"


# ----------------------------------------------------------------------------- state / sessions
def configparser_add_section(p):
    """read the INI file, add_section(section), set options, write it back"""
    import configparser
    cp = configparser.ConfigParser()
    cp.read(p["path"])
    cp.add_section(p["section"])
    for k, v in p.get("options", {}).items():
        cp.set(p["section"], k, str(v))
    with open(p["path"], "w") as f:
        cp.write(f)
    return f"{p['path']}: sections {cp.sections()}"


def configparser_remove_section(p):  # history helper / hidden setup only
    import configparser
    cp = configparser.ConfigParser()
    cp.read(p["path"])
    cp.remove_section(p["section"])
    with open(p["path"], "w") as f:
        cp.write(f)
    return f"{p['path']}: sections {cp.sections()}"


def shelve_session(p):
    """ops on ONE shelf opened with shelve.open(path, flag): {"op": "set", "key", "value"} | {"op": "get", "key"} |
    {"op": "delete", "key"} | {"op": "sync"} | {"op": "close"}"""
    import shelve
    sh = shelve.open(p["path"], p.get("flag", "c"))
    got = []
    for op in p["ops"]:
        if op["op"] == "set":
            sh[op["key"]] = op["value"]
        elif op["op"] == "get":
            got.append(sh.get(op["key"]))
        elif op["op"] == "delete":
            del sh[op["key"]]
        elif op["op"] == "sync":
            sh.sync()
        elif op["op"] == "close":
            sh.close()
    sh.close()
    return f"ok, got {got}"


def wave_write_session(p):
    """ops on ONE wave.open(path, 'wb'): {"op": "setnchannels"|"setsampwidth"|"setframerate", "value"} |
    {"op": "writeframes", "n": frame count (silence)} | {"op": "close"}"""
    import wave
    w = wave.open(p["path"], "wb")
    for op in p["ops"]:
        if op["op"] in ("setnchannels", "setsampwidth", "setframerate", "setcomptype"):
            getattr(w, op["op"])(*([op["value"]] if op["op"] != "setcomptype" else [op["value"], "not compressed"]))
        elif op["op"] == "writeframes":
            w.writeframes(b"\x00" * (op["n"] * w.getnchannels() * w.getsampwidth()))
        elif op["op"] == "close":
            w.close()
    w.close()
    with wave.open(p["path"], "rb") as r:
        return f"{p['path']}: {r.getnchannels()} ch, {r.getsampwidth()} B, {r.getframerate()} Hz, {r.getnframes()} frames"


# ----------------------------------------------------------------------------- file kinds
def xlrd_open_workbook(p):
    import xlrd
    b = xlrd.open_workbook(p["path"])
    return f"sheets {b.sheet_names()}"


def mutagen_mp3_info(p):
    from mutagen.mp3 import MP3
    a = MP3(p["path"])
    return f"MP3 {a.info.length:.2f}s {a.info.bitrate} bps {a.info.sample_rate} Hz"


def wave_read_info(p):
    import wave
    with wave.open(p["path"], "rb") as r:
        return f"WAV {r.getnchannels()} ch, {r.getsampwidth() * 8} bit, {r.getframerate()} Hz, {r.getnframes()} frames"


def bson_decode_file(p):
    import bson
    with open(p["path"], "rb") as f:
        return json.dumps(bson.decode_all(f.read()), default=str)[:200]


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
