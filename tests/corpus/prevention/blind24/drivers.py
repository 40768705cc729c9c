#!/usr/bin/env python3
"""Library-call wrappers for blind set 24: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`run_terminal_cmd` runs a command with bash and passes the program's own output and exit code through unchanged.
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
def run_terminal_cmd(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- pyfiglet
def pyfiglet_render_text(p):
    """pyfiglet.figlet_format(text, font=font, width=width)"""
    import pyfiglet
    art = pyfiglet.figlet_format(p["text"], font=p.get("font", "standard"), width=p.get("width", 80))
    return f"{len(art.splitlines())} line(s) of ASCII art"


# ----------------------------------------------------------------------------- mido
def mido_build_message(p):
    """mido.Message(type, **fields)"""
    import mido
    fields = {k: v for k, v in p.items() if k != "type"}
    msg = mido.Message(p["type"], **fields)
    return f"{msg} -> bytes {msg.hex()}"


def mido_read_midi_file(p):
    """mido.MidiFile(path)"""
    import mido
    mid = mido.MidiFile(p["path"])
    return f"type {mid.type}, {len(mid.tracks)} track(s), {mid.length:.2f} s"


# ----------------------------------------------------------------------------- cron-descriptor
def cron_descriptor_describe(p):
    """ExpressionDescriptor(expression, options).get_description()"""
    from cron_descriptor import ExpressionDescriptor, Options
    opts = Options()
    opts.use_24hour_time_format = p.get("use_24hour_time_format", False)
    opts.verbose = p.get("verbose", False)
    return ExpressionDescriptor(p.get("expression"), opts).get_description()


# ----------------------------------------------------------------------------- xlsxwriter
def xlsxwriter_create_workbook(p):
    """wb = xlsxwriter.Workbook(path); wb.add_worksheet(name) for each sheet; wb.close()"""
    import xlsxwriter
    wb = xlsxwriter.Workbook(p["path"])
    try:
        for name in p["sheets"]:
            ws = wb.add_worksheet(name)
            ws.write(0, 0, name)
    finally:
        wb.close()
    return f"{p['path']}: {len(p['sheets'])} sheet(s)"


# ----------------------------------------------------------------------------- jsonlines / nbformat / pyelftools
def jsonlines_read_file(p):
    """list(jsonlines.open(path))"""
    import jsonlines
    with jsonlines.open(p["path"]) as reader:
        rows = list(reader)
    return f"{len(rows)} record(s)"


def nbformat_read_notebook(p):
    """nbformat.read(path, as_version=4)"""
    import nbformat
    nb = nbformat.read(p["path"], as_version=p.get("as_version", 4))
    return f"nbformat {nb.nbformat}.{nb.nbformat_minor}, {len(nb.cells)} cell(s)"


def elftools_read_elf(p):
    """elftools.elf.elffile.ELFFile(open(path, 'rb'))"""
    from elftools.elf.elffile import ELFFile
    with open(p["path"], "rb") as f:
        elf = ELFFile(f)
        return f"{elf.elfclass}-bit {elf['e_type']} for {elf['e_machine']}, {elf.num_sections()} sections"


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
