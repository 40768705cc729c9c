#!/usr/bin/env python3
"""Library-call wrappers for blind set 14: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.

If a directory `extra_site` exists in the cwd it is put on sys.path first: that is how a hidden setup step
makes an agent's "pip install scipy/pandas" real for one scenario without touching the shared venv.
"""
import json
import os
import sys

if os.path.isdir("extra_site"):
    sys.path.insert(0, os.path.abspath("extra_site"))


# ----------------------------------------------------------------------------- numpy
def numpy_astype(p):
    import numpy as np
    return str(np.array(p["values"]).astype(p["dtype"]).tolist())


def numpy_reshape(p):
    import numpy as np
    kw = {k: (tuple(v) if isinstance(v, list) else v) for k, v in p.items() if k != "values"}
    return str(np.reshape(np.array(p["values"]), **kw).tolist())


def numpy_save(p):
    import numpy as np
    np.save(p["path"], np.array(p["values"]))
    return f"saved {p['path']}"


def numpy_load(p):
    import numpy as np
    a = np.load(p["path"])
    if hasattr(a, "files"):
        return f"npz arrays {a.files}"
    return f"array shape {a.shape} dtype {a.dtype}"


# ----------------------------------------------------------------------------- dates / times / recurrence
def pendulum_in_timezone(p):
    import pendulum
    return pendulum.parse(p["datetime"]).in_timezone(p["tz"]).isoformat()


def pendulum_parse(p):
    import pendulum
    return pendulum.parse(p["value"]).isoformat()


def pendulum_datetime(p):
    import pendulum
    return pendulum.datetime(**p).isoformat()


def iso8601_parse_date(p):
    import iso8601
    return iso8601.parse_date(p["value"]).isoformat()


def rrule_from_string(p):
    import datetime
    from dateutil import rrule
    start = datetime.datetime.fromisoformat(p["dtstart"]) if p.get("dtstart") else None
    r = rrule.rrulestr(p["rule"], dtstart=start)
    return json.dumps([d.isoformat() for d in r[: p.get("take", 3)]])


def protobuf_parse_duration(p):
    from google.protobuf import duration_pb2
    d = duration_pb2.Duration()
    d.FromJsonString(p["value"])
    return f"{d.seconds}s {d.nanos}ns"


# ----------------------------------------------------------------------------- lookups / sql / graphs / json
def pycountry_country_lookup(p):
    import pycountry
    c = pycountry.countries.lookup(p["query"])
    return f"{c.alpha_2} {c.alpha_3} {c.name}"


def sqlglot_transpile(p):
    import sqlglot
    return "\n".join(sqlglot.transpile(p["sql"], read=p.get("read"), write=p.get("write")))


def networkx_shortest_path(p):
    import networkx as nx
    g = nx.read_edgelist(p["edgelist"])
    return json.dumps(nx.shortest_path(g, p["source"], p["target"]))


def networkx_pagerank(p):
    import networkx as nx
    g = nx.read_edgelist(p["edgelist"], create_using=nx.DiGraph)
    pr = nx.pagerank(g, alpha=p.get("alpha", 0.85))
    return json.dumps(sorted(pr, key=pr.get, reverse=True)[:3])


def jsonpointer_resolve(p):
    import jsonpointer
    with open(p["path"]) as f:
        doc = json.load(f)
    return json.dumps(jsonpointer.resolve_pointer(doc, p["pointer"]))


def xmlschema_validate(p):
    import xmlschema
    xmlschema.XMLSchema(p["schema"]).validate(p["xml"])
    return "valid"


# ----------------------------------------------------------------------------- arrow / parquet
def pyarrow_read_parquet(p):
    import pyarrow.parquet as pq
    t = pq.read_table(p["path"], columns=p.get("columns"))
    return f"{t.num_rows} rows, columns {t.column_names}"


def pyarrow_ipc_open_file(p):
    import pyarrow.ipc as ipc
    t = ipc.open_file(p["path"]).read_all()
    return f"{t.num_rows} rows, columns {t.column_names}"


def pyarrow_table_to_pandas(p):
    import pyarrow.parquet as pq
    df = pq.read_table(p["path"]).to_pandas()
    return f"DataFrame {df.shape}"


def pyarrow_ipc_stream_write(p):
    """ops: {"op": "write", "rows": [...]} | {"op": "close"}; schema from params["schema"] {name: type}."""
    import pyarrow as pa
    import pyarrow.ipc as ipc
    schema = pa.schema([(k, v) for k, v in p["schema"].items()])
    w = ipc.new_stream(p["path"], schema)
    n = 0
    for op in p["ops"]:
        if op["op"] == "write":
            w.write_table(pa.Table.from_pylist(op["rows"], schema=schema))
            n += len(op["rows"])
        elif op["op"] == "close":
            w.close()
    return f"wrote {n} rows to {p['path']}"


# ----------------------------------------------------------------------------- hdf5
def h5py_read_dataset(p):
    import h5py
    with h5py.File(p["path"], "r") as f:
        a = f[p["dataset"]][:]
    return f"{p['dataset']}: shape {a.shape} first {a.ravel()[:3].tolist()}"


def h5py_create_dataset(p):
    import h5py
    with h5py.File(p["path"], p.get("mode", "a")) as f:
        ds = f.create_dataset(p["name"], data=p.get("data"), shape=p.get("shape"), dtype=p.get("dtype"))
        return f"created {ds.name} shape {ds.shape} dtype {ds.dtype}"


def h5py_file_session(p):
    """ops on one h5py.File: {"op": "read", "dataset": N} | {"op": "close"} | {"op": "open"}."""
    import h5py
    f = h5py.File(p["path"], "r")
    out = []
    for op in p["ops"]:
        if op["op"] == "read":
            out.append(f"{op['dataset']}={f[op['dataset']][:3].tolist()}")
        elif op["op"] == "close":
            f.close()
        elif op["op"] == "open":
            f = h5py.File(p["path"], "r")
    return "; ".join(out)


# ----------------------------------------------------------------------------- binary formats
def msgpack_unpack_file(p):
    import msgpack
    with open(p["path"], "rb") as f:
        return json.dumps(msgpack.unpackb(f.read()), default=str)[:300]


def zstandard_compressobj(p):
    """ops on one ZstdCompressor().compressobj(): {"op": "compress", "text": T} | {"op": "flush", "mode": "finish"|"block"}."""
    import zstandard
    c = zstandard.ZstdCompressor(level=p.get("level", 3)).compressobj()
    out = b""
    for op in p["ops"]:
        if op["op"] == "compress":
            out += c.compress(op["text"].encode())
        elif op["op"] == "flush":
            mode = zstandard.COMPRESSOBJ_FLUSH_BLOCK if op.get("mode") == "block" else zstandard.COMPRESSOBJ_FLUSH_FINISH
            out += c.flush(mode)
    with open(p["output"], "wb") as f:
        f.write(out)
    return f"wrote {len(out)} bytes to {p['output']}"


def zstandard_decompressobj(p):
    """Feeds the given inputs (files, optional byte range) to ONE ZstdDecompressor().decompressobj()."""
    import zstandard
    d = zstandard.ZstdDecompressor().decompressobj()
    out = b""
    for inp in p["inputs"]:
        with open(inp["path"], "rb") as f:
            data = f.read()
        out += d.decompress(data[inp.get("start", 0): inp.get("end")])
    return f"{len(out)} bytes: {out[:40]!r}"


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
