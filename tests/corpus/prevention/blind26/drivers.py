#!/usr/bin/env python3
"""Library-call wrappers for blind set 26: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = scenario dir).

Each wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`shell_exec` runs a command with bash and passes the program's own output and exit code through unchanged.
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
def shell_exec(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- roman
def roman_to_numeral(p):
    """roman.toRoman(**params)  (n)"""
    import roman
    return roman.toRoman(**p)


def roman_from_numeral(p):
    """roman.fromRoman(**params)  (s)"""
    import roman
    return roman.fromRoman(**p)


# ----------------------------------------------------------------------------- colour
def colour_color_parse(p):
    """colour.Color(**params)  (color, or one of hex / rgb / hsl / web ...): prints hex_l, rgb"""
    import colour
    c = colour.Color(**p)
    return f"{c.hex_l} rgb={tuple(round(x, 4) for x in c.rgb)}"


# ----------------------------------------------------------------------------- bitstring
def bitstring_build(p):
    """bitstring.Bits(**params)  (bin / hex / oct / uint / int / float ..., length): prints bin and length"""
    import bitstring
    b = bitstring.Bits(**p)
    return f"{len(b)} bits: 0b{b.bin}"


# ----------------------------------------------------------------------------- rapidfuzz
def rapidfuzz_extract(p):
    """rapidfuzz.process.extract(**params)  (query, choices, limit, score_cutoff)"""
    from rapidfuzz import process
    return process.extract(**p)


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
