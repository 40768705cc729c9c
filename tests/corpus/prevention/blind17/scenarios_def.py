"""Scenario definitions for blind set 17. `fail_re`, `setup`, `_setup` never reach the JSONL.
Run gen.py with the venv python."""
import json
import os
import shlex

HERE = os.path.dirname(os.path.abspath(__file__))
PY = f"{HERE}/venv/bin/python"
FX = "/tmp/bp17fx"


def RC(tool, **params):
    return {"tool": tool, "params": params}


def SH(cmd):
    return {"tool": "exec_shell", "params": {"command": cmd}}


def C(cmd, **extra):
    d = {"params": {"command": cmd}}
    d.update(extra)
    return d


def P(**params):
    return {"params": params}


def PH(history, setup=(), **params):
    """params with recent_calls (newest last) and hidden setup commands"""
    d = {"params": params, "recent_calls": history}
    if setup:
        d["_setup"] = list(setup)
    return d


def DRIVE(tool, **params):
    """hidden setup step: run the same driver so a history entry really happened"""
    return f"{PY} {HERE}/drivers.py {tool} {shlex.quote(json.dumps(params))} >/dev/null"


def HD(tool, **params):
    """a history entry that really happens: (recent_call, hidden setup command)"""
    return RC(tool, **params), DRIVE(tool, **params)


PYTZ = "pytz 2026.6"
HOLI = "holidays 0.109"
REGEX = "regex 2026.11.19"
MAKO = "Mako 1.4.3"
PRETTIER = "prettier 3.10.1 CLI (npm)"
NETADDR = "netaddr 1.3.0"
ISODATE = "isodate 0.7.2"
BASE58 = "base58 2.1.1"
RUAMEL = "ruamel.yaml 0.19.1 (typ='safe', pure=True)"
ATTRS = "attrs 26.1.0 (attrs.define generated __init__)"
FEEDGEN = "feedgen 1.0.0"
VOBJECT = "vobject 0.9.9"
AJV = "ajv-cli 5.0.0 (npm)"
GETTEXT = "Python 3.11.7 gettext (catalogs compiled with polib 1.2.0)"
WHOOSH = "Whoosh 2.7.4"
MUTAGEN = "mutagen 1.48.1"
ESLINT = "ESLint 10.16.0 CLI (npm)"
CFGP = "Python 3.11.7 configparser"
SHELVE = "Python 3.11.7 shelve (dbm backend)"
WAVE = "Python 3.11.7 wave"
BZIP2 = "bzip2 1.0.8 (Debian)"
XLRD = "xlrd 2.0.2"
BSON = "pymongo 4.20.1 bson"

import base58 as _b58  # noqa: E402
B58 = {k: _b58.b58encode(k.encode()).decode() for k in ("order-1234", "invoice-77", "user:ann", "ship-9")}
B58C = _b58.b58encode_check(b"\x00wallet-ann").decode()

NEUTRAL = [RC("fs_list", path=".")]

# ---- prettier / ajv / eslint fixtures live in the master (gen.py)
ESL_CFG = "printf 'export default [{rules: {\"no-unused-vars\": \"error\", \"semi\": \"error\"}}];\\n' > eslint.config.mjs"
WRITE_ESL = RC("write_file", path="eslint.config.mjs",
               content='export default [{rules: {"no-unused-vars": "error", "semi": "error"}}];\n')

# history helpers that really run as hidden setup
PO_IT = HD("polib_compile_mo", po="locale/it/LC_MESSAGES/shop.po", mo="locale/it/LC_MESSAGES/shop.mo")
PO_DE = HD("polib_compile_mo", po="locale/de/LC_MESSAGES/shop.po", mo="locale/de/LC_MESSAGES/shop.mo")
PO_FR = HD("polib_compile_mo", po="locale/fr/LC_MESSAGES/checkout.po", mo="locale/fr/LC_MESSAGES/checkout.mo")
DOCS = [{"title": "Winter sale", "body": "big winter sale on lamps"},
        {"title": "Oak desk", "body": "solid oak desk with drawers"},
        {"title": "Desk lamp", "body": "led lamp for the desk"}]
IX_P = HD("whoosh_create_index", indexdir="search/products", docs=DOCS)
IX_B = HD("whoosh_create_index", indexdir="search/blog", docs=DOCS[:1])
TAG = {n: HD("mutagen_add_id3_header", path=f"music/{n}.mp3") for n in ("intro", "outro", "jingle")}


def hist(*pairs):
    return [p[0] for p in pairs]


def setup(*pairs):
    return [p[1] for p in pairs]


def cfg_add(path, section, **opts):
    return HD("configparser_add_section", path=path, section=section, options=opts)


def sh_op(*ops):
    out = []
    for o in ops:
        if o in ("close", "sync"):
            out.append({"op": o})
        elif o.startswith("get:"):
            out.append({"op": "get", "key": o[4:]})
        elif o.startswith("del:"):
            out.append({"op": "delete", "key": o[4:]})
        else:
            k, v = o.split("=", 1)
            out.append({"op": "set", "key": k, "value": v})
    return out


def wv(*ops):
    out = []
    for o in ops:
        if o == "close":
            out.append({"op": "close"})
        elif o.startswith("w"):
            out.append({"op": "writeframes", "n": int(o[1:])})
        else:
            k, v = o.split("=")
            out.append({"op": {"ch": "setnchannels", "sw": "setsampwidth", "fr": "setframerate"}[k], "value": int(v)})
    return out


MONO = ("ch=1", "sw=2", "fr=8000")
STEREO = ("ch=2", "sw=2", "fr=44100")


def wo(*ops):
    out = []
    for o in ops:
        if o in ("commit", "cancel", "writer"):
            out.append({"op": o})
        elif o.startswith("del:"):
            out.append({"op": "delete", "term": o[4:]})
        else:
            out.append({"op": "add", "title": o, "body": o.lower() + " item"})
    return out


WS_IX = [DRIVE("whoosh_create_index", indexdir="search/products", docs=DOCS)]
WS_IX_HIST = [RC("whoosh_create_index", indexdir="search/products", docs=DOCS)]

SCENARIOS = [
    # ------------------------------------------------------------------ INCORRECT_PARAMETER
    {
        "id": "bp17-ip-pytz-unknown-zone", "category": "INCORRECT_PARAMETER", "tool": "pytz_localize",
        "source": PYTZ, "fail_re": r"^UnknownTimeZoneError: '",
        "learn": [P(local="2026-12-03T09:00", zone="Europe/Torino", to_zone="UTC"),
                  P(local="2026-07-14T18:30", zone="CEST")],
        "repeats": [P(local="2026-03-01T08:00", zone="Asia/Mumbai", to_zone="Europe/London"),
                    P(local="2026-12-24T20:00", zone="America/Los_Angeles", to_zone="PST"),
                    P(local="2026-05-05T12:00", zone="Europe/Milan")],
        "good": [P(local="2026-12-03T09:00", zone="Europe/Rome", to_zone="UTC"),
                 P(local="2026-07-14T18:30", zone="Europe/Berlin"),
                 P(local="2026-03-01T08:00", zone="Asia/Kolkata", to_zone="Europe/London"),
                 P(local="2026-12-24T20:00", zone="America/Los_Angeles", to_zone="America/New_York"),
                 P(local="2026-05-05T12:00", zone="UTC")],
    },
    {
        "id": "bp17-ip-holidays-unknown-country-or-subdiv", "category": "INCORRECT_PARAMETER",
        "tool": "holidays_country_calendar", "source": HOLI,
        "fail_re": r"^NotImplementedError: (Country \S+ not available|Entity `\w+` does not have subdivision)",
        "learn": [P(country="EN", year=2026), P(country="DE", subdiv="BAV", year=2026)],
        "repeats": [P(country="SP", year=2027), P(country="ES", subdiv="BCN", year=2026),
                    P(country="UAE", year=2026)],
        "good": [P(country="GB", year=2026), P(country="DE", subdiv="BY", year=2026), P(country="ES", year=2027),
                 P(country="ES", subdiv="CT", year=2026), P(country="US", subdiv="TX", year=2026),
                 P(country="IT", year=2026)],
    },
    {
        "id": "bp17-ip-regex-unknown-property", "category": "INCORRECT_PARAMETER", "tool": "regex_search",
        "source": REGEX, "fail_re": r"^error: unknown property( value)? at position \d+",
        "learn": [P(pattern=r"\p{Greekk}+", text="Il prezzo è αβγ 12"),
                  P(pattern=r"[[:alphaa:]]+-\d+", text="order SKU-1234 shipped")],
        "repeats": [P(pattern=r"\p{Script=Cyrilic}+", text="Заказ 77 отправлен"),
                    P(pattern=r"\p{Lettr}+", text="café crème"),
                    P(pattern=r"[[:digits:]]{4}", text="year 2026")],
        "good": [P(pattern=r"\p{Greek}+", text="Il prezzo è αβγ 12"),
                 P(pattern=r"[[:alpha:]]+-\d+", text="order SKU-1234 shipped"),
                 P(pattern=r"\p{Script=Cyrillic}+", text="Заказ 77 отправлен"),
                 P(pattern=r"\p{L}+", text="café crème"),
                 P(pattern=r"[[:digit:]]{4}", text="year 2026")],
    },
    {
        "id": "bp17-ip-mako-undefined-name", "category": "INCORRECT_PARAMETER", "tool": "mako_template_render",
        "source": MAKO + " (strict_undefined=True)", "fail_re": r"^NameError: '\w+' is not defined",
        "learn": [P(template="Dear ${custmer_name}, your order ${order_id} has shipped.",
                    context={"customer_name": "Ann", "order_id": 1234}),
                  P(template="% for it in itmes:\n- ${it}\n% endfor\n", context={"items": ["pen", "lamp"]})],
        "repeats": [P(template="Total: ${totl} EUR", context={"total": 120.5}),
                    P(template="Hello ${user.name}", context={"username": "ann"}),
                    P(template="${len(lines)} lines, first ${lines[0]}", context={"rows": ["a", "b"]})],
        "good": [P(template="Dear ${customer_name}, your order ${order_id} has shipped.",
                   context={"customer_name": "Ann", "order_id": 1234}),
                 P(template="% for it in items:\n- ${it}\n% endfor\n", context={"items": ["pen", "lamp"]}),
                 P(template="Total: ${total} EUR", context={"total": 120.5}),
                 P(template="Hello ${username.title()}", context={"username": "ann"}),
                 P(template="${len(rows)} rows, first ${rows[0]}", context={"rows": ["a", "b"]})],
    },
    {
        "id": "bp17-ip-prettier-unknown-option-value", "category": "INCORRECT_PARAMETER", "tool": "exec_shell",
        "source": PRETTIER,
        "fail_re": r"^\[error\] (Couldn't resolve parser \"|Invalid --[\w-]+ value\. Expected (one of|\"))",
        "learn": [C("prettier --parser jsonn data/config.json"),
                  C("prettier --trailing-comma sometimes --write web/app.js")],
        "repeats": [C("prettier --parser js web/cart.js"), C("prettier --end-of-line windows --check web/app.js"),
                    C("prettier --arrow-parens never --write web/cart.js"),
                    C("prettier --parser scss5 styles/site.css")],
        "good": [C("prettier --parser json data/config.json"),
                 C("prettier --trailing-comma es5 --write web/app.js"),
                 C("prettier --parser babel web/cart.js"), C("prettier --end-of-line lf --write web/app.js"),
                 C("prettier --arrow-parens avoid --write web/cart.js"),
                 C("prettier --parser scss styles/site.css")],
    },
    # ------------------------------------------------------------------ PARAMETER_FORMAT
    {
        "id": "bp17-pf-netaddr-invalid-network", "category": "PARAMETER_FORMAT", "tool": "netaddr_ipnetwork",
        "source": NETADDR, "fail_re": r"^AddrFormatError: invalid IPNetwork ",
        "learn": [P(cidr="10.0.0.0/33"), P(cidr="192.168.1.300/24")],
        "repeats": [P(cidr="172.16.0.0/-8"), P(cidr="fe80::zz/64"), P(cidr="10.20.30.40/255.255.0.O")],
        "good": [P(cidr="10.0.0.0/32"), P(cidr="192.168.1.0/24"), P(cidr="172.16.0.0/12"), P(cidr="fe80::/64"),
                 P(cidr="10.20.0.0/255.255.0.0")],
    },
    {
        "id": "bp17-pf-isodate-bad-duration", "category": "PARAMETER_FORMAT", "tool": "isodate_parse_duration",
        "source": ISODATE, "fail_re": r"^ISO8601Error: Unable to parse duration string '",
        "learn": [P(duration="5 minutes"), P(duration="1h30m")],
        "repeats": [P(duration="90m"), P(duration="01:30:00"), P(duration="2 weeks")],
        "good": [P(duration="PT5M"), P(duration="PT1H30M"), P(duration="PT90M"), P(duration="P1DT12H"),
                 P(duration="P2W")],
    },
    {
        "id": "bp17-pf-base58-invalid-character", "category": "PARAMETER_FORMAT", "tool": "base58_decode",
        "source": BASE58, "fail_re": r"^ValueError: Invalid character '",
        "learn": [P(text="0x" + B58["order-1234"]), P(text="Il1-" + B58["invoice-77"])],
        "repeats": [P(text=B58["user:ann"].replace(B58["user:ann"][3], "0", 1)),
                    P(text=B58["ship-9"][:4] + " " + B58["ship-9"][4:]),
                    P(text=B58C[:-2] + "OI", check=True)],
        "good": [P(text=B58["order-1234"]), P(text=B58["invoice-77"]), P(text=B58["user:ann"]),
                 P(text=B58["ship-9"]), P(text=B58C, check=True)],
    },
    {
        "id": "bp17-pf-ruamel-invalid-yaml", "category": "PARAMETER_FORMAT", "tool": "ruamel_yaml_load",
        "source": RUAMEL, "fail_re": r"^(Scanner|Parser)Error: ",
        "learn": [P(text="hosts: [web1, web2\nport: 8080\n"), P(text="steps:\n\t- build\n\t- test\n")],
        "repeats": [P(text="image: shop/web:1.4: latest\n"), P(text="name: \"report tool\nversion: 2\n"),
                    P(text="env:\n  - A=1\n B: 2\n")],
        "good": [P(text="hosts: [web1, web2]\nport: 8080\n"), P(text="steps:\n  - build\n  - test\n"),
                 P(text="image: \"shop/web:1.4\"\n"), P(text="name: \"report tool\"\nversion: 2\n"),
                 P(text="env:\n  - A=1\n  - B=2\n")],
    },
    {
        "id": "bp17-pf-prettier-non-integer-option", "category": "PARAMETER_FORMAT", "tool": "exec_shell",
        "source": PRETTIER, "fail_re": r"^\[error\] Invalid --[\w-]+ value\. Expected an integer, but received ",
        "learn": [C("prettier --print-width wide --write web/app.js"), C("prettier --tab-width 2.5 --check web/cart.js")],
        "repeats": [C("prettier --tab-width four --write web/app.js"), C("prettier --print-width=one-hundred data/config.json"),
                    C("prettier --print-width=100.5 --check styles/site.css")],
        "good": [C("prettier --print-width 100 --write web/app.js"), C("prettier --tab-width 2 --check web/cart.js"),
                 C("prettier --tab-width 4 --write web/app.js"), C("prettier --print-width 120 data/config.json"),
                 C("prettier --print-width=100 --write styles/site.css")],
    },
    # ------------------------------------------------------------------ MISSING_PARAMETER
    {
        "id": "bp17-mp-attrs-missing-field", "category": "MISSING_PARAMETER", "tool": "attrs_build_record",
        "source": ATTRS, "fail_re": r"^TypeError: \w+\.__init__\(\) missing \d+ required positional arguments?: ",
        "learn": [P(record_type="Order", fields={"id": 1234, "qty": 2, "unit_price": 19.9}),
                  P(record_type="Customer", fields={"name": "Ann Rossi", "country": "IT"})],
        "repeats": [P(record_type="Shipment", fields={"order_id": 1234, "carrier": "DHL"}),
                    P(record_type="Order", fields={"sku": "LAMP-01"}),
                    P(record_type="Customer", fields={"email": "bob@example.com"})],
        "good": [P(record_type="Order", fields={"id": 1234, "sku": "DESK-OAK", "qty": 2, "unit_price": 19.9}),
                 P(record_type="Customer", fields={"name": "Ann Rossi", "email": "ann@example.com", "country": "IT"}),
                 P(record_type="Shipment", fields={"order_id": 1234, "carrier": "DHL", "tracking": "JD0146000"}),
                 P(record_type="Order", fields={"id": 7, "sku": "LAMP-01", "qty": 1}),
                 P(record_type="Customer", fields={"name": "Bob", "email": "bob@example.com"})],
    },
    {
        "id": "bp17-mp-feedgen-required-fields", "category": "MISSING_PARAMETER", "tool": "feedgen_rss_render",
        "source": FEEDGEN, "fail_re": r"^ValueError: Required fields not set",
        "learn": [P(title="Shop news", link="https://shop.example.com/news"),
                  P(title="Shop news", link="https://shop.example.com/news", description="Offers",
                    items=[{"link": "https://shop.example.com/sale"}])],
        "repeats": [P(title="Release notes", description="What changed"),
                    P(link="https://shop.example.com/blog", description="Our blog", language="it"),
                    P(title="Blog", link="https://shop.example.com/blog", description="Our blog",
                      items=[{"title": "Oak desk"}, {"link": "https://shop.example.com/lamp"}])],
        "good": [P(title="Shop news", link="https://shop.example.com/news", description="Offers"),
                 P(title="Shop news", link="https://shop.example.com/news", description="Offers",
                   items=[{"title": "Winter sale", "link": "https://shop.example.com/sale"}]),
                 P(title="Release notes", link="https://shop.example.com/releases", description="What changed"),
                 P(title="Blog", link="https://shop.example.com/blog", description="Our blog", language="it"),
                 P(title="Blog", link="https://shop.example.com/blog", description="Our blog",
                   items=[{"title": "Oak desk"}, {"description": "A new lamp"}])],
    },
    {
        "id": "bp17-mp-vobject-vcard-without-fn", "category": "MISSING_PARAMETER", "tool": "vobject_vcard_serialize",
        "source": VOBJECT, "fail_re": r"^ValidateError: 'VCARD components must contain at least 1 FN'",
        "learn": [P(properties={"n": "Rossi;Ann", "email": "ann@example.com"}),
                  P(properties={"email": "billing@example.com", "org": "Shop srl"})],
        "repeats": [P(properties={"n": "Bianchi;Luca", "tel": "+39 06 1234 5678"}),
                    P(properties={"org": "Acme", "email": "ops@acme.example", "title": "Ops"}),
                    P(properties={"n": "Eco;Umberto"})],
        "good": [P(properties={"fn": "Ann Rossi", "n": "Rossi;Ann", "email": "ann@example.com"}),
                 P(properties={"fn": "Billing", "email": "billing@example.com", "org": "Shop srl"}),
                 P(properties={"fn": "Luca Bianchi", "n": "Bianchi;Luca", "tel": "+39 06 1234 5678"}),
                 P(properties={"fn": "Acme Ops", "org": "Acme", "email": "ops@acme.example", "title": "Ops"}),
                 P(properties={"fn": "Umberto Eco"})],
    },
    {
        "id": "bp17-mp-ajv-no-schema", "category": "MISSING_PARAMETER", "tool": "exec_shell", "source": AJV,
        "fail_re": r"^error: parameter -s is required",
        "learn": [C("ajv validate -d data/order.json"), C("ajv compile --strict=false")],
        "repeats": [C("ajv -d data/customer.json --all-errors"), C("ajv test -d data/order.json --valid"),
                    C("ajv validate -d 'data/*.json' -r schemas/common.schema.json")],
        "good": [C("ajv validate -s schemas/order.schema.json -d data/order.json"),
                 C("ajv compile -s schemas/order.schema.json --strict=false"),
                 C("ajv -s schemas/customer.schema.json -d data/customer.json --all-errors"),
                 C("ajv test -s schemas/order.schema.json -d data/order.json --valid"),
                 C("ajv validate -s schemas/customer.schema.json -d data/customer.json -r schemas/common.schema.json")],
    },
    # ------------------------------------------------------------------ MISSING_PREREQUISITE
    {
        "id": "bp17-mq-gettext-catalog-not-compiled", "category": "MISSING_PREREQUISITE", "tool": "gettext_lookup",
        "source": GETTEXT, "fail_re": r"^FileNotFoundError: \[Errno 2\] No translation file found for domain: '",
        "learn": [PH([RC("fs_read", path="locale/it/LC_MESSAGES/shop.po")], domain="shop", lang="it", msgid="Cart"),
                  PH(NEUTRAL, domain="checkout", lang="fr", msgid="Pay now")],
        "repeats": [PH([RC("write_file", path="locale/de/LC_MESSAGES/shop.po", content="...")], domain="shop",
                       lang="de", msgid="Checkout"),
                    PH([], domain="shop", lang="it", msgid="Checkout"),
                    PH(NEUTRAL, domain="checkout", lang="fr", msgid="Card number")],
        "good": [PH(hist(PO_IT), setup(PO_IT), domain="shop", lang="it", msgid="Cart"),
                 PH(hist(PO_FR), setup(PO_FR), domain="checkout", lang="fr", msgid="Pay now"),
                 PH([RC("fs_read", path="locale/de/LC_MESSAGES/shop.po")] + hist(PO_DE), setup(PO_DE), domain="shop",
                    lang="de", msgid="Checkout"),
                 PH(hist(PO_IT, PO_DE), setup(PO_IT, PO_DE), domain="shop", lang="it", msgid="Checkout"),
                 PH(hist(PO_FR) + NEUTRAL, setup(PO_FR), domain="checkout", lang="fr", msgid="Card number")],
    },
    {
        "id": "bp17-mq-whoosh-index-not-created", "category": "MISSING_PREREQUISITE", "tool": "whoosh_index_search",
        "source": WHOOSH, "fail_re": r"^EmptyIndexError: Index 'MAIN' does not exist in FileStorage\(",
        "learn": [PH(NEUTRAL, indexdir="search/products", query="lamp"),
                  PH([RC("fs_mkdir", path="search/blog")], indexdir="search/blog", query="sale")],
        "repeats": [PH([], indexdir="search/products", query="oak desk"),
                    PH([RC("fs_list", path="search")], indexdir="search/blog", query="winter", field="title"),
                    PH(NEUTRAL, indexdir="search/docs", query="desk")],
        "good": [PH(hist(IX_P), setup(IX_P), indexdir="search/products", query="lamp"),
                 PH(hist(IX_B), setup(IX_B), indexdir="search/blog", query="sale"),
                 PH(hist(IX_P) + NEUTRAL, setup(IX_P), indexdir="search/products", query="oak desk"),
                 PH(hist(IX_B, IX_P), setup(IX_B, IX_P), indexdir="search/blog", query="winter", field="title")],
    },
    {
        "id": "bp17-mq-mutagen-easyid3-no-tag", "category": "MISSING_PREREQUISITE", "tool": "mutagen_easyid3_set",
        "source": MUTAGEN, "fail_re": r"^ID3NoHeaderError: '.+' doesn't start with an ID3 tag",
        "learn": [PH([RC("mutagen_mp3_info", path="music/intro.mp3")], path="music/intro.mp3",
                     tags={"title": "Intro", "artist": "Shop Band"}),
                  PH(NEUTRAL, path="music/outro.mp3", tags={"album": "Winter sale"})],
        "repeats": [PH([], path="music/jingle.mp3", tags={"title": "Jingle", "tracknumber": "3"}),
                    PH([RC("mutagen_mp3_info", path="music/outro.mp3")], path="music/outro.mp3",
                       tags={"title": "Outro", "date": "2026"}),
                    PH(NEUTRAL, path="music/intro.mp3", tags={"genre": "Jazz"})],
        "good": [PH([RC("mutagen_mp3_info", path="music/intro.mp3")] + hist(TAG["intro"]), setup(TAG["intro"]),
                    path="music/intro.mp3", tags={"title": "Intro", "artist": "Shop Band"}),
                 PH(hist(TAG["outro"]), setup(TAG["outro"]), path="music/outro.mp3", tags={"album": "Winter sale"}),
                 PH(hist(TAG["jingle"]), setup(TAG["jingle"]), path="music/jingle.mp3",
                    tags={"title": "Jingle", "tracknumber": "3"}),
                 PH(hist(TAG["intro"], TAG["outro"]), setup(TAG["intro"], TAG["outro"]), path="music/outro.mp3",
                    tags={"title": "Outro", "date": "2026"})],
    },
    {
        "id": "bp17-mq-eslint-no-config", "category": "MISSING_PREREQUISITE", "tool": "exec_shell", "source": ESLINT,
        "fail_re": r"ESLint couldn't find an eslint\.config\.\* file\.",
        "learn": [C("eslint web/app.js", recent_calls=[SH("prettier --check web/app.js")]),
                  C("eslint --max-warnings 0 web/", recent_calls=NEUTRAL)],
        "repeats": [C("eslint web/cart.js", recent_calls=[]),
                    C("eslint --fix web/app.js web/cart.js", recent_calls=[RC("fs_read", path="web/cart.js")]),
                    C("eslint -f json web/", recent_calls=[SH("prettier --write web/")])],
        "good": [C("eslint web/app.js", recent_calls=[SH("prettier --check web/app.js"), WRITE_ESL], _setup=[ESL_CFG]),
                 C("eslint --max-warnings 0 web/", recent_calls=[WRITE_ESL], _setup=[ESL_CFG]),
                 C("eslint web/cart.js", recent_calls=[WRITE_ESL, RC("fs_read", path="web/cart.js")], _setup=[ESL_CFG]),
                 C("eslint -f json web/", recent_calls=[WRITE_ESL, SH("prettier --write web/")], _setup=[ESL_CFG])],
    },
    # ------------------------------------------------------------------ WORKFLOW_SEQUENCE
    {
        "id": "bp17-ws-configparser-section-already-exists", "category": "WORKFLOW_SEQUENCE",
        "tool": "configparser_add_section", "source": CFGP, "fail_re": r"^DuplicateSectionError: Section '.+' already exists",
        "learn": [],  # filled in below
        "repeats": [], "good": [],
    },
    {
        "id": "bp17-ws-shelve-use-after-close", "category": "WORKFLOW_SEQUENCE", "tool": "shelve_session",
        "source": SHELVE, "fail_re": r"^ValueError: invalid operation on closed shelf",
        "learn": [PH(NEUTRAL, path="state/cart", ops=sh_op("ann=desk", "close", "get:ann")),
                  PH([], path="state/sessions", ops=sh_op("s1=active", "sync", "close", "s2=active"))],
        "repeats": [PH(NEUTRAL, path="state/cart", ops=sh_op("bob=lamp", "close", "del:bob")),
                    PH([RC("fs_list", path="state")], path="state/prefs", ops=sh_op("close", "theme=dark")),
                    PH([], path="state/sessions", ops=sh_op("s9=active", "close", "get:s9", "close"))],
        "good": [PH(NEUTRAL, path="state/cart", ops=sh_op("ann=desk", "get:ann", "close")),
                 PH([], path="state/sessions", ops=sh_op("s1=active", "sync", "s2=active", "close")),
                 PH(NEUTRAL, path="state/cart", ops=sh_op("bob=lamp", "del:bob", "close")),
                 PH([RC("fs_list", path="state")], path="state/prefs", ops=sh_op("theme=dark", "close")),
                 PH([], path="state/sessions", ops=sh_op("s9=active", "get:s9"))],
    },
    {
        "id": "bp17-ws-wave-params-after-write", "category": "WORKFLOW_SEQUENCE", "tool": "wave_write_session",
        "source": WAVE, "fail_re": r"^Error: cannot change parameters after starting to write",
        "learn": [PH(NEUTRAL, path="out/beep.wav", ops=wv(*MONO, "w800", "fr=16000")),
                  PH([], path="out/silence.wav", ops=wv("sw=2", "fr=22050", "ch=1", "w2205", "ch=2", "w2205"))],
        "repeats": [PH(NEUTRAL, path="out/tone.wav", ops=wv(*STEREO, "w441", "sw=1")),
                    PH([RC("fs_list", path="out")], path="out/pad.wav", ops=wv(*MONO, "w100", "fr=8000", "w100")),
                    PH([], path="out/click.wav", ops=wv("ch=1", "sw=2", "fr=48000", "w48", "ch=1"))],
        "good": [PH(NEUTRAL, path="out/beep.wav", ops=wv("ch=1", "sw=2", "fr=16000", "w800")),
                 PH([], path="out/silence.wav", ops=wv("sw=2", "fr=22050", "ch=2", "w2205", "w2205")),
                 PH(NEUTRAL, path="out/tone.wav", ops=wv("ch=2", "sw=1", "fr=44100", "w441")),
                 PH([RC("fs_list", path="out")], path="out/pad.wav", ops=wv(*MONO, "w100", "w100")),
                 PH([], path="out/click.wav", ops=wv("ch=1", "sw=2", "fr=48000", "w48", "close"))],
    },
    {
        "id": "bp17-ws-whoosh-writer-closed", "category": "WORKFLOW_SEQUENCE", "tool": "whoosh_writer_session",
        "source": WHOOSH, "fail_re": r"^IndexingError: This writer is closed", "setup": WS_IX,
        "learn": [PH(WS_IX_HIST, indexdir="search/products", ops=wo("Walnut shelf", "commit", "Glass vase")),
                  PH(WS_IX_HIST, indexdir="search/products", ops=wo("Floor lamp", "cancel", "commit"))],
        "repeats": [PH(WS_IX_HIST + NEUTRAL, indexdir="search/products", ops=wo("del:Oak desk", "commit", "del:Desk lamp")),
                    PH(WS_IX_HIST, indexdir="search/products", ops=wo("Rug", "commit", "commit")),
                    PH(WS_IX_HIST, indexdir="search/products", ops=wo("cancel", "Mirror", "commit"))],
        "good": [PH(WS_IX_HIST, indexdir="search/products", ops=wo("Walnut shelf", "Glass vase", "commit")),
                 PH(WS_IX_HIST, indexdir="search/products", ops=wo("Floor lamp", "cancel")),
                 PH(WS_IX_HIST + NEUTRAL, indexdir="search/products", ops=wo("del:Oak desk", "del:Desk lamp", "commit")),
                 PH(WS_IX_HIST, indexdir="search/products", ops=wo("Rug", "commit", "writer", "Mirror", "commit")),
                 PH(WS_IX_HIST, indexdir="search/products", ops=wo("cancel", "writer", "Mirror", "commit"))],
    },
    {
        "id": "bp17-ws-bzip2-output-already-exists", "category": "WORKFLOW_SEQUENCE", "tool": "exec_shell",
        "source": BZIP2, "fail_re": r"^bzip2: Output file .+ already exists\.",
        "learn": [], "repeats": [], "good": [],
    },
    # ------------------------------------------------------------------ WRONG_TOOL_SELECTION
    {
        "id": "bp17-wt-xlrd-not-xls", "category": "WRONG_TOOL_SELECTION", "tool": "xlrd_open_workbook",
        "source": XLRD, "fail_re": r"^XLRDError: (Excel xlsx file; not supported|Openoffice\.org ODS file; not supported|Unsupported format)",
        "learn": [P(path="sheets/report_2026.xlsx"), P(path="sheets/budget.ods")],
        "repeats": [P(path="sheets/forecast.xlsx"), P(path="data/invoices.csv"), P(path="sheets/stock.ods")],
        "good": [P(path="sheets/report_2025.xls"), P(path="sheets/budget.xls"), P(path="sheets/legacy_stock.xls")],
    },
    {
        "id": "bp17-wt-mutagen-mp3-reader-on-other-audio", "category": "WRONG_TOOL_SELECTION", "tool": "mutagen_mp3_info",
        "source": MUTAGEN, "fail_re": r"^HeaderNotFoundError: can't sync to MPEG frame",
        "learn": [P(path="audio/doorbell.wav"), P(path="audio/alert.aiff")],
        "repeats": [P(path="audio/notify.wav"), P(path="audio/chime.aiff"), P(path="sheets/budget.ods")],
        "good": [P(path="music/intro.mp3"), P(path="music/outro.mp3"), P(path="music/jingle.mp3"),
                 P(path="music/tagged.mp3")],
    },
    {
        "id": "bp17-wt-bson-decoder-on-other-formats", "category": "WRONG_TOOL_SELECTION", "tool": "bson_decode_file",
        "source": BSON, "fail_re": r"^InvalidBSON: ",
        "learn": [P(path="data/order.json"), P(path="data/settings.yaml")],
        "repeats": [P(path="data/customer.json"), P(path="data/order.cbor"), P(path="data/invoices.csv")],
        "good": [P(path="data/order.bson"), P(path="data/customer.bson"), P(path="data/events.bson")],
    },
    {
        "id": "bp17-wt-wave-reader-on-non-wav", "category": "WRONG_TOOL_SELECTION", "tool": "wave_read_info",
        "source": WAVE, "fail_re": r"^Error: file does not start with RIFF id",
        "learn": [P(path="audio/alert.aiff"), P(path="music/intro.mp3")],
        "repeats": [P(path="audio/chime.aiff"), P(path="music/jingle.mp3"), P(path="logs/web.log.gz")],
        "good": [P(path="audio/doorbell.wav"), P(path="audio/notify.wav"), P(path="audio/ring.wav")],
    },
    {
        "id": "bp17-wt-bzip2-on-other-compression", "category": "WRONG_TOOL_SELECTION", "tool": "exec_shell",
        "source": BZIP2, "fail_re": r"^bzip2: .+(is not a bzip2 file\.|bad magic number \(file not created by bzip2\))",
        "learn": [C("bzip2 -dc logs/web.log.gz > out/web.log"), C("bzip2 -d -k logs/app.log.xz")],
        "repeats": [C("bzip2 -dc archives/backup.zip > out/db.sql"), C("bzip2 -t logs/cache.log.zst"),
                    C("bzip2 -dc logs/old.log.gz > out/old.log")],
        "good": [C("bzip2 -dc logs/db.log.bz2 > out/db.log"), C("bzip2 -d -k logs/db.log.bz2"),
                 C("bzip2 -t logs/db.log.bz2"), C("bzip2 -dc logs/queue.log.bz2 | head"),
                 C("bzip2 -k logs/web.log")],
    },
]

# ---- configparser WS: fill in (history really happens via hidden setup)
_cp = SCENARIOS[[s["id"] for s in SCENARIOS].index("bp17-ws-configparser-section-already-exists")]


def CPI(prev, path, section, options, extra_hist=()):
    pairs = [cfg_add(pa, se, **op) for pa, se, op in prev] + list(extra_hist)
    return PH(hist(*pairs), setup(*pairs), path=path, section=section, options=options)


RM_CACHE = HD("configparser_remove_section", path="config/app.ini", section="cache")
_cp["learn"] = [CPI([("config/app.ini", "cache", {"ttl": 60})], "config/app.ini", "cache", {"ttl": 120}),
                CPI([("config/worker.ini", "queue", {"name": "jobs"})], "config/worker.ini", "queue",
                    {"name": "jobs", "retries": 3})]
_cp["repeats"] = [CPI([("config/app.ini", "logging", {"level": "info"}), ("config/app.ini", "cache", {"ttl": 60})],
                      "config/app.ini", "logging", {"level": "debug"}),
                  CPI([("config/worker.ini", "smtp", {"host": "mail.example.com"})], "config/worker.ini", "smtp",
                      {"host": "mail.example.com", "port": 587}),
                  CPI([("config/app.ini", "cache", {"ttl": 60})], "config/app.ini", "server", {"port": 9090})]
_cp["good"] = [CPI([], "config/app.ini", "cache", {"ttl": 120}),
               CPI([("config/worker.ini", "smtp", {"host": "mail.example.com"})], "config/worker.ini", "queue",
                   {"name": "jobs", "retries": 3}),
               CPI([("config/app.ini", "cache", {"ttl": 60})], "config/app.ini", "cache", {"ttl": 120}, [RM_CACHE]),
               CPI([("config/app.ini", "cache", {"ttl": 60})], "config/app.ini", "logging", {"level": "debug"}),
               CPI([], "config/worker.ini", "smtp", {"host": "mail.example.com", "port": 587})]

# ---- bzip2 WS
_bz = SCENARIOS[[s["id"] for s in SCENARIOS].index("bp17-ws-bzip2-output-already-exists")]


def BZ(cmd, prev=(), hidden=True):
    return C(cmd, recent_calls=[SH(c) for c in prev], _setup=list(prev) if hidden else [])


_bz["learn"] = [BZ("bzip2 -k logs/web.log", ["bzip2 -k logs/web.log"]),
                BZ("bzip2 -k logs/orders.log", ["bzip2 -k logs/orders.log", "ls logs"])]
_bz["repeats"] = [BZ("bzip2 -k logs/web.log logs/orders.log", ["bzip2 -k logs/orders.log"]),
                  BZ("bzip2 -k out/report.csv", ["cp data/invoices.csv out/report.csv", "bzip2 -k out/report.csv"]),
                  BZ("bzip2 -k logs/payments.log", ["bzip2 -k logs/payments.log", "bzip2 -t logs/payments.log.bz2"])]
_bz["good"] = [BZ("bzip2 -k logs/web.log", []),
               BZ("bzip2 -kf logs/orders.log", ["bzip2 -k logs/orders.log"]),
               BZ("bzip2 -k logs/web.log", ["bzip2 -k logs/web.log", "rm logs/web.log.bz2"]),
               BZ("bzip2 -k logs/orders.log", ["bzip2 -k logs/web.log"]),
               BZ("bzip2 -k out/report.csv", ["cp data/invoices.csv out/report.csv"])]
