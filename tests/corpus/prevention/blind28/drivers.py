#!/usr/bin/env python3
"""Library-call wrappers for blind set 28: `python drivers.py TOOL 'PARAMS_JSON'` (cwd = the call's fixture dir).

Each Python wrapper makes real library calls with the params. On success it prints a short result and exits 0;
on an exception it prints `ExceptionType: message` (the library's own text, no traceback) and exits 1.
`bash_exec` runs a command with bash and passes the program's own output and exit code through unchanged.
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
def bash_exec(p):
    env = dict(os.environ)
    env["PATH"] = VENV_BIN + ":" + env.get("PATH", "")
    r = subprocess.run(["bash", "-c", p["command"]], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       stdin=subprocess.DEVNULL, timeout=120)
    sys.stdout.write(r.stdout.decode("utf-8", "replace"))
    sys.exit(r.returncode)


# ----------------------------------------------------------------------------- iso4217
def iso4217_currency(p):
    """iso4217.Currency(code): prints the currency's code, name and minor-unit exponent"""
    import iso4217
    c = iso4217.Currency(p["code"])
    return f"{c.code} {c.currency_name} exponent={c.exponent}"


# ----------------------------------------------------------------------------- bitmath
def bitmath_parse_string(p):
    """bitmath.parse_string(**params)  (s): prints the size and its value in bytes"""
    import bitmath
    v = bitmath.parse_string(**p)
    return f"{v} = {v.bytes:g} bytes"


# ----------------------------------------------------------------------------- langcodes
def langcodes_standardize_tag(p):
    """langcodes.standardize_tag(**params)  (tag, macro ...): prints the standardized BCP 47 tag"""
    import langcodes
    return langcodes.standardize_tag(**p)


# ----------------------------------------------------------------------------- schwifty
def schwifty_iban(p):
    """schwifty.IBAN(iban): prints the compact IBAN, bank code and account code"""
    import schwifty
    i = schwifty.IBAN(p["iban"])
    return f"{i.compact} bank={i.bank_code} account={i.account_code}"


def schwifty_iban_generate(p):
    """schwifty.IBAN.generate(**params)  (country_code, bank_code, account_code ...): prints the IBAN"""
    import schwifty
    return schwifty.IBAN.generate(**p).formatted


# ----------------------------------------------------------------------------- hjson
def hjson_loads(p):
    """hjson.loads(**params)  (s): prints the parsed value as JSON"""
    import hjson
    return json.dumps(hjson.loads(**p))


# ----------------------------------------------------------------------------- ijson
def ijson_items(p):
    """ijson.items(open(path, 'rb'), prefix): prints the items found under prefix"""
    import ijson
    with open(p["path"], "rb") as f:
        return json.dumps(list(ijson.items(f, p["prefix"])), default=str)


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
