"""SDK tools wrapped as agent tools (run with ../.venv/bin/python sdk.py TOOL PARAMS_JSON RECENT_JSON, cwd = scenario dir).
Prints what the wrapper returns to the agent: the result, or `Module.ExceptionType: message` (exit 1)."""
import json
import sys


def semver_bump(p, recent):
    import semver
    v = semver.Version.parse(p["version"])
    return str(v.next_version(part=p.get("part", "patch")))


def dateutil_parse(p, recent):
    from dateutil import parser
    return parser.parse(p["text"], dayfirst=p.get("dayfirst", False)).isoformat()


def packaging_specifier_contains(p, recent):
    from packaging.specifiers import SpecifierSet
    s = SpecifierSet(p["specifier"])
    return f"{p['version']} in {s}: {s.contains(p['version'], prereleases=True)}"


def jinja2_render(p, recent):
    import jinja2
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), undefined=jinja2.StrictUndefined)
    return env.get_template(p["template"]).render(**p.get("context", {}))


if __name__ == "__main__":
    tool, params, recent = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
    try:
        print(globals()[tool](params, recent))
    except Exception as e:
        msg = str(e)
        mod = type(e).__module__
        print(f"{mod}.{type(e).__name__}: {msg}" if mod != "builtins" else f"{type(e).__name__}: {msg}")
        sys.exit(1)
