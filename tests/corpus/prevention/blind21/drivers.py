#!/usr/bin/env python3
"""Library-call wrappers for blind set 21: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`run_shell` runs a command with bash and passes the program's own output and exit code through unchanged.
"""
import dataclasses
import json
import os
import pickle
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
VENV_BIN = os.path.join(HERE, "venv", "bin")
NODE_BIN = os.path.join(HERE, "node_modules", ".bin")


# ----------------------------------------------------------------------------- shell (Bash-style tool)
def run_shell(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + NODE_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- names / values
def astral_lookup_city(p):
    """astral.geocoder.lookup(name, astral.geocoder.database())"""
    from astral.geocoder import database, lookup
    loc = lookup(p["name"], database())
    return f"{loc.name}, {loc.region} ({loc.timezone}) {loc.latitude:.3f},{loc.longitude:.3f}"


def dateparser_parse(p):
    """dateparser.parse(text, languages=languages)"""
    import dateparser
    d = dateparser.parse(p["text"], languages=p.get("languages"))
    return d.isoformat() if d else "None"


def ciso8601_parse_datetime(p):
    """ciso8601.parse_datetime(value)"""
    import ciso8601
    return ciso8601.parse_datetime(p["value"]).isoformat()


def stdnum_isbn_validate(p):
    """stdnum.isbn.validate(number)"""
    from stdnum import isbn
    return isbn.validate(p["number"])


def socket_inet_pton(p):
    """socket.inet_pton(AF_INET / AF_INET6, address)"""
    import socket
    fam = {"ipv4": socket.AF_INET, "ipv6": socket.AF_INET6}[p["family"]]
    return socket.inet_pton(fam, p["address"]).hex()


# ----------------------------------------------------------------------------- typed records
@dataclasses.dataclass
class User:
    name: str
    email: str


@dataclasses.dataclass
class Order:
    id: int
    total: float
    currency: str


@dataclasses.dataclass
class Server:
    host: str
    port: int


def dacite_from_dict(p):
    """dacite.from_dict(data_class=<User|Order|Server dataclass>, data=data)"""
    import dacite
    cls = {"User": User, "Order": Order, "Server": Server}[p["data_class"]]
    return repr(dacite.from_dict(data_class=cls, data=p["data"]))


def msgspec_json_decode(p):
    """msgspec.json.decode(json, type=<Event|Item Struct>)"""
    import msgspec

    class Event(msgspec.Struct):
        name: str
        timestamp: str
        source: str = "api"

    class Item(msgspec.Struct):
        sku: str
        qty: int
        price: float

    cls = {"Event": Event, "Item": Item}[p["type"]]
    return repr(msgspec.json.decode(p["json"].encode(), type=cls))


# ----------------------------------------------------------------------------- prerequisites / state
# scikit-learn: one estimator per model name, kept between calls in .models/NAME.pickle
ESTIMATORS = {"LinearRegression": ("sklearn.linear_model", "LinearRegression"),
              "LogisticRegression": ("sklearn.linear_model", "LogisticRegression"),
              "KNeighborsClassifier": ("sklearn.neighbors", "KNeighborsClassifier"),
              "DecisionTreeRegressor": ("sklearn.tree", "DecisionTreeRegressor")}


def _model_path(name):
    return os.path.join(".models", name + ".pickle")


def _model_load(name):
    with open(_model_path(name), "rb") as f:
        return pickle.load(f)


def _model_save(name, m):
    os.makedirs(".models", exist_ok=True)
    with open(_model_path(name), "wb") as f:
        pickle.dump(m, f)


def sklearn_create_model(p):
    """<estimator>(**params) saved as model `name`"""
    import importlib
    mod, cls = ESTIMATORS[p["estimator"]]
    m = getattr(importlib.import_module(mod), cls)(**p.get("params", {}))
    _model_save(p["name"], m)
    return f"created {p['name']}: {m!r}"


def sklearn_fit(p):
    """model.fit(X, y)"""
    m = _model_load(p["name"])
    m.fit(p["X"], p["y"])
    _model_save(p["name"], m)
    return f"fitted {p['name']} on {len(p['X'])} rows"


def sklearn_predict(p):
    """model.predict(X)"""
    m = _model_load(p["name"])
    return json.dumps([round(float(v), 4) for v in m.predict(p["X"])])


# python-statemachine: an order workflow, the current state of each order kept in .orders/ORDER.json
def _order_machine():
    from statemachine import State, StateMachine

    class OrderFlow(StateMachine):
        pending = State(initial=True)
        paid = State()
        shipped = State()
        delivered = State(final=True)
        cancelled = State(final=True)
        pay = pending.to(paid)
        ship = paid.to(shipped)
        deliver = shipped.to(delivered)
        cancel = pending.to(cancelled) | paid.to(cancelled)

    return OrderFlow


def statemachine_send(p):
    """OrderFlow(start_value=<saved state>).send(event)"""
    path = os.path.join(".orders", p["order"] + ".json")
    state = "pending"
    if os.path.exists(path):
        with open(path) as f:
            state = json.load(f)["state"]
    sm = _order_machine()(start_value=state)
    sm.send(p["event"])
    new = sm.current_state.id
    os.makedirs(".orders", exist_ok=True)
    with open(path, "w") as f:
        json.dump({"state": new}, f)
    return f"order {p['order']}: {state} -> {new}"


# ----------------------------------------------------------------------------- file kinds
def pefile_open(p):
    """pefile.PE(path)"""
    import pefile
    pe = pefile.PE(p["path"], fast_load=True)
    return f"PE machine=0x{pe.FILE_HEADER.Machine:x} sections={pe.FILE_HEADER.NumberOfSections}"


def aifc_open(p):
    """aifc.open(path, 'rb')"""
    import aifc
    with aifc.open(p["path"], "rb") as a:
        return f"{a.getnchannels()} ch, {a.getframerate()} Hz, {a.getnframes()} frames"


def netrc_load(p):
    """netrc.netrc(path)"""
    import netrc
    n = netrc.netrc(p["path"])
    return f"hosts: {sorted(n.hosts)}"


def gpxpy_parse_file(p):
    """gpxpy.parse(open(path))"""
    import gpxpy
    with open(p["path"]) as f:
        g = gpxpy.parse(f)
    return f"{len(g.tracks)} tracks, {len(g.waypoints)} waypoints"


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
