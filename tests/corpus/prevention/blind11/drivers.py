#!/usr/bin/env python3
"""Library-call wrappers for blind set 11: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes one real library call with the params. On success it prints a short result and
exits 0; on an exception it prints `ExceptionType: message` (the library's own text) and exits 1.
"""
import asyncio
import json
import sys

NATS_URL = "nats://127.0.0.1:4222"


def pandas_read_csv(p):
    import pandas as pd
    kw = {k: v for k, v in p.items() if k != "path"}
    df = pd.read_csv(p["path"], **kw)
    return f"{len(df)} rows, columns {list(df.columns)}"


def pandas_to_datetime(p):
    import pandas as pd
    kw = {k: v for k, v in p.items() if k != "values"}
    return str(list(pd.to_datetime(p["values"], **kw)))


def pandas_export(p):
    import pandas as pd
    df = pd.read_csv(p["path"])
    fmt = p["format"]
    out = p.get("output")
    if fmt == "csv":
        df.to_csv(out, index=False)
    elif fmt == "json":
        df.to_json(out, orient="records")
    elif fmt == "html":
        df.to_html(out)
    elif fmt == "markdown":
        df.to_markdown(out)
    elif fmt == "xml":
        df.to_xml(out)
    elif fmt == "excel":
        df.to_excel(out)
    elif fmt == "parquet":
        df.to_parquet(out)
    elif fmt == "latex":
        df.to_latex(out)
    elif fmt == "pickle":
        df.to_pickle(out)
    else:
        raise ValueError(f"wrapper: unsupported format {fmt}")
    return f"wrote {out}"


def pandas_read_json(p):
    import pandas as pd
    kw = {k: v for k, v in p.items() if k != "path"}
    df = pd.read_json(p["path"], **kw)
    return f"{len(df)} rows, columns {list(df.columns)}"


def pandas_to_sql(p):
    import sqlite3
    import pandas as pd
    df = pd.read_csv(p["csv"])
    con = sqlite3.connect(p["database"])
    try:
        n = df.to_sql(p["table"], con, index=False, if_exists=p.get("if_exists", "fail"))
        con.commit()
    finally:
        con.close()
    return f"{n} rows written to {p['table']}"


def pandas_read_sql_query(p):
    import sqlite3
    import pandas as pd
    con = sqlite3.connect(f"file:{p['database']}?mode=ro", uri=True)
    try:
        df = pd.read_sql_query(p["query"], con)
    finally:
        con.close()
    return f"{len(df)} rows, columns {list(df.columns)}"


def zoneinfo_convert_time(p):
    from datetime import datetime
    from zoneinfo import ZoneInfo
    dt = datetime.fromisoformat(p["time"]).replace(tzinfo=ZoneInfo(p["from_tz"]))
    return dt.astimezone(ZoneInfo(p["to_tz"])).isoformat()


def babel_format_date(p):
    from datetime import date
    from babel.dates import format_date
    return format_date(date.fromisoformat(p["date"]), format=p.get("format", "long"), locale=p["locale"])


def babel_format_currency(p):
    from babel.numbers import format_currency
    kw = {k: v for k, v in p.items() if k != "number"}
    return format_currency(p["number"], **kw)


def jsonpatch_apply(p):
    import jsonpatch
    with open(p["document"]) as f:
        doc = json.load(f)
    return json.dumps(jsonpatch.apply_patch(doc, p["patch"]))


def croniter_next(p):
    from datetime import datetime
    from croniter import croniter
    it = croniter(p["expression"], datetime.fromisoformat(p.get("start", "2026-12-02T12:00:00")))
    return [it.get_next(datetime).isoformat() for _ in range(p.get("count", 3))]


def pillow_new_image(p):
    from PIL import Image
    kw = dict(p)
    out = kw.pop("output")
    if "size" in kw:
        kw["size"] = tuple(kw["size"])
    im = Image.new(**kw)
    im.save(out)
    return f"wrote {out} {im.mode} {im.size}"


def pillow_open_image(p):
    from PIL import Image
    with Image.open(p["path"]) as im:
        return f"{im.format} {im.mode} {im.size}"


def toml_load(p):
    import tomllib
    with open(p["path"], "rb") as f:
        data = tomllib.load(f)
    return f"keys {list(data)}"


# ----------------------------------------------------------------------------- NATS (nats-py)
async def _nc():
    import nats
    return await nats.connect(NATS_URL, connect_timeout=3, max_reconnect_attempts=0, allow_reconnect=False)


async def nats_publish(p):
    nc = await _nc()
    try:
        await nc.publish(p["subject"], p.get("payload", "").encode())
        await nc.flush(timeout=3)
    finally:
        await nc.close()
    return f"published to {p['subject']}"


async def nats_request(p):
    nc = await _nc()
    try:
        msg = await nc.request(p["subject"], p.get("payload", "").encode(), timeout=p.get("timeout", 2))
        return f"reply: {msg.data.decode()}"
    finally:
        await nc.close()


async def nats_js_publish(p):
    nc = await _nc()
    try:
        ack = await nc.jetstream().publish(p["subject"], p.get("payload", "").encode(), timeout=3)
        return f"stored in {ack.stream} seq {ack.seq}"
    finally:
        await nc.close()


async def nats_js_add_stream(p):
    nc = await _nc()
    try:
        info = await nc.jetstream().add_stream(name=p["name"], subjects=p["subjects"])
        return f"stream {info.config.name} subjects {info.config.subjects}"
    finally:
        await nc.close()


async def nats_kv_get(p):
    nc = await _nc()
    try:
        kv = await nc.jetstream().key_value(p["bucket"])
        e = await kv.get(p["key"])
        return f"{e.key} = {e.value.decode()} (rev {e.revision})"
    finally:
        await nc.close()


async def nats_kv_create_key(p):
    nc = await _nc()
    try:
        kv = await nc.jetstream().key_value(p["bucket"])
        rev = await kv.create(p["key"], p["value"].encode())
        return f"created {p['key']} rev {rev}"
    finally:
        await nc.close()


async def nats_kv_create_bucket(p):
    nc = await _nc()
    try:
        kv = await nc.jetstream().create_key_value(bucket=p["bucket"], history=p.get("history", 1))
        st = await kv.status()
        return f"bucket {st.bucket} history {st.history}"
    finally:
        await nc.close()


async def _responder(p):
    """Not a scenario tool: a service gen.py starts so that nats_request good calls have a responder."""
    nc = await _nc()

    async def cb(msg):
        await msg.respond(b"ok:" + msg.data)
    for s in p["subjects"]:
        await nc.subscribe(s, cb=cb)
    await nc.flush()
    print("ready", flush=True)
    while True:
        await asyncio.sleep(3600)


def main():
    name, params = sys.argv[1], json.loads(sys.argv[2])
    fn = globals()[name]
    try:
        res = asyncio.run(fn(params)) if asyncio.iscoroutinefunction(fn) else fn(params)
    except Exception as e:  # the library's own exception, printed as `Type: message`
        print(f"{type(e).__name__}: {e}")
        sys.exit(1)
    print(res if isinstance(res, str) else json.dumps(res))


if __name__ == "__main__":
    main()
