#!/usr/bin/env python3
"""Library-call wrappers for blind set 20: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`sh_invoke` runs a command with bash and passes the program's own output and exit code through unchanged.
"""
import json
import os
import pickle
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_BIN = os.path.join(HERE, "venv", "bin")
NODE_BIN = os.path.join(HERE, "node_modules", ".bin")


# ----------------------------------------------------------------------------- shell (Bash-style tool)
def sh_invoke(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + NODE_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))  # binary output (e.g. decoded bytes) is shown, not fatal
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- names / values
def webcolors_name_to_hex(p):
    """webcolors.name_to_hex(name)"""
    import webcolors
    return webcolors.name_to_hex(p["name"])


def webcolors_hex_to_rgb(p):
    """webcolors.hex_to_rgb(hex)"""
    import webcolors
    return repr(tuple(webcolors.hex_to_rgb(p["hex"])))


def unicodedata_lookup(p):
    """unicodedata.lookup(name)"""
    import unicodedata
    ch = unicodedata.lookup(p["name"])
    return f"{ch} U+{ord(ch):04X}"


def array_pack(p):
    """array.array(typecode, values).tobytes()"""
    import array
    a = array.array(p["typecode"], p["values"])
    return f"{len(a.tobytes())} bytes ({a.itemsize} per item)"


def glom_get(p):
    """glom.glom(data, spec)"""
    import glom
    return json.dumps(glom.glom(p["data"], p["spec"]))


def datetime_strptime(p):
    """datetime.datetime.strptime(value, format)"""
    import datetime
    return datetime.datetime.strptime(p["value"], p["format"]).isoformat()


def shlex_split(p):
    """shlex.split(command)"""
    import shlex
    return json.dumps(shlex.split(p["command"]))


# ----------------------------------------------------------------------------- required arguments / fields
def textwrap_shorten(p):
    """textwrap.shorten(text, width, placeholder=...) -- width / placeholder passed only when given"""
    import textwrap
    args = [p["text"]] + ([p["width"]] if "width" in p else [])
    kw = {"placeholder": p["placeholder"]} if "placeholder" in p else {}
    return textwrap.shorten(*args, **kw)


def string_template_substitute(p):
    """string.Template(template).substitute(values)"""
    import string
    return string.Template(p["template"]).substitute(p.get("values", {}))


def datetime_construct(p):
    """datetime.datetime(**params)"""
    import datetime
    return datetime.datetime(**p).isoformat()


# ----------------------------------------------------------------------------- prerequisites / state
def pathlib_mkdir(p):
    """pathlib.Path(path).mkdir(parents=parents, exist_ok=exist_ok)"""
    from pathlib import Path
    Path(p["path"]).mkdir(parents=p.get("parents", False), exist_ok=p.get("exist_ok", False))
    return f"created {p['path']}"


def pathlib_write_text(p):
    """pathlib.Path(path).write_text(text)"""
    from pathlib import Path
    n = Path(p["path"]).write_text(p["text"])
    return f"wrote {n} chars to {p['path']}"


# graphlib: one TopologicalSorter per graph name, kept between calls in .graphs/NAME.pickle
def _graph_load(name):
    import graphlib
    path = os.path.join(".graphs", name + ".pickle")
    if os.path.exists(path):
        with open(path, "rb") as f:
            return pickle.load(f)
    return graphlib.TopologicalSorter()


def _graph_save(name, ts):
    os.makedirs(".graphs", exist_ok=True)
    with open(os.path.join(".graphs", name + ".pickle"), "wb") as f:
        pickle.dump(ts, f)


def graphlib_add(p):
    """TopologicalSorter.add(node, *predecessors) on graph `graph`"""
    ts = _graph_load(p["graph"])
    ts.add(p["node"], *p.get("predecessors", []))
    _graph_save(p["graph"], ts)
    return f"added {p['node']} to {p['graph']}"


def graphlib_prepare(p):
    """TopologicalSorter.prepare() on graph `graph`"""
    ts = _graph_load(p["graph"])
    ts.prepare()
    _graph_save(p["graph"], ts)
    return f"prepared {p['graph']}"


def graphlib_get_ready(p):
    """TopologicalSorter.get_ready() on graph `graph`"""
    ts = _graph_load(p["graph"])
    ready = ts.get_ready()
    _graph_save(p["graph"], ts)
    return f"ready: {sorted(ready)}"


def graphlib_done(p):
    """TopologicalSorter.done(*nodes) on graph `graph`"""
    ts = _graph_load(p["graph"])
    ts.done(*p["nodes"])
    _graph_save(p["graph"], ts)
    return f"done: {p['nodes']}"


# transitions: an order state machine, the current state of each order kept in .orders/ORDER.json
ORDER_STATES = ["pending", "paid", "shipped", "delivered", "cancelled"]
ORDER_TRANSITIONS = [
    {"trigger": "pay", "source": "pending", "dest": "paid"},
    {"trigger": "ship", "source": "paid", "dest": "shipped"},
    {"trigger": "deliver", "source": "shipped", "dest": "delivered"},
    {"trigger": "cancel", "source": ["pending", "paid"], "dest": "cancelled"},
]


def transitions_trigger(p):
    """transitions.Machine(order model, ORDER_STATES, ORDER_TRANSITIONS, initial=<saved state>).trigger(event)"""
    from transitions import Machine
    path = os.path.join(".orders", p["order"] + ".json")
    state = "pending"
    if os.path.exists(path):
        with open(path) as f:
            state = json.load(f)["state"]

    class Order:
        pass

    order = Order()
    Machine(order, states=ORDER_STATES, transitions=ORDER_TRANSITIONS, initial=state)
    order.trigger(p["event"])
    os.makedirs(".orders", exist_ok=True)
    with open(path, "w") as f:
        json.dump({"state": order.state}, f)
    return f"order {p['order']}: {state} -> {order.state}"


# ----------------------------------------------------------------------------- file kinds
def pptx_open(p):
    """pptx.Presentation(path)"""
    from pptx import Presentation
    prs = Presentation(p["path"])
    return f"{len(prs.slides)} slides"


def etree_parse_file(p):
    """xml.etree.ElementTree.parse(path)"""
    import xml.etree.ElementTree as ET
    root = ET.parse(p["path"]).getroot()
    return f"root <{root.tag}> with {len(root)} children"


def cookiejar_load_mozilla(p):
    """http.cookiejar.MozillaCookieJar().load(path) (Netscape cookies.txt format)"""
    import http.cookiejar
    jar = http.cookiejar.MozillaCookieJar()
    jar.load(p["path"], ignore_discard=p.get("ignore_discard", False))
    return f"{len(jar)} cookies: {sorted(c.name for c in jar)}"


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
