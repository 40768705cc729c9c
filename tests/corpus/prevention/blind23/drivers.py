#!/usr/bin/env python3
"""Library-call wrappers for blind set 23: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`run_in_shell` runs a command with bash and passes the program's own output and exit code through unchanged.
"""
import json
import os
import subprocess
import sys
import warnings

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
VENV_BIN = os.path.join(HERE, "venv", "bin")


# ----------------------------------------------------------------------------- shell (Bash-style tool)
def run_in_shell(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- rich
def rich_parse_color(p):
    """rich.color.Color.parse(color)"""
    from rich.color import Color
    c = Color.parse(p["color"])
    return f"{c.name}: {c.type.name.lower()}, rgb{tuple(c.get_truecolor())}"


def rich_render_markup(p):
    """rich.markup.render(markup) -> plain text and spans"""
    from rich.markup import render
    t = render(p["markup"])
    return f"{t.plain!r} with {len(t.spans)} styled span(s)"


# ----------------------------------------------------------------------------- psutil / faker
def psutil_process_info(p):
    """psutil.Process(pid).as_dict(attrs)"""
    import psutil
    proc = psutil.Process(p["pid"])
    d = proc.as_dict(attrs=p.get("attrs", ["pid", "name", "status"]))
    return ", ".join(f"{k}={d[k]}" for k in sorted(d))


def faker_generate(p):
    """Faker(locale).format(formatter) with seed"""
    from faker import Faker
    fake = Faker(p.get("locale", "en_US"))
    Faker.seed(p.get("seed", 1))
    return str(fake.format(p["formatter"]))


# ----------------------------------------------------------------------------- srt
def srt_parse_subtitles(p):
    """list(srt.parse(text))"""
    import srt
    subs = list(srt.parse(p["text"]))
    return f"{len(subs)} subtitle(s): " + "; ".join(f"{s.start}-{s.end} {s.content!r}" for s in subs)


def srt_compose_subtitles(p):
    """srt.compose([srt.Subtitle(**item)]) with start/end in seconds; writes `path` if given"""
    from datetime import timedelta
    import srt
    subs = [srt.Subtitle(**{k: timedelta(seconds=v) if k in ("start", "end") else v for k, v in item.items()})
            for item in p["items"]]
    text = srt.compose(subs)
    if p.get("path"):
        with open(p["path"], "w") as f:
            f.write(text)
    return f"{len(subs)} subtitle(s), {len(text)} chars"


# ----------------------------------------------------------------------------- tinytag / ezdxf
def tinytag_read(p):
    """tinytag.TinyTag.get(path)"""
    from tinytag import TinyTag
    t = TinyTag.get(p["path"])
    return f"{t.duration:.2f} s, {t.samplerate} Hz, {t.channels} ch"


def ezdxf_read_drawing(p):
    """ezdxf.readfile(path)"""
    import ezdxf
    doc = ezdxf.readfile(p["path"])
    return f"DXF {doc.dxfversion}, {len(doc.modelspace())} entities, {len(doc.layers)} layers"


def ezdxf_add_layer(p):
    """doc = ezdxf.readfile(path); doc.layers.add(name, color=color); doc.save()"""
    import ezdxf
    doc = ezdxf.readfile(p["path"])
    doc.layers.add(p["name"], color=p.get("color", 7))
    doc.save()
    return f"layer {p['name']} added to {p['path']} ({len(doc.layers)} layers)"


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
