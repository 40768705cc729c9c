"""What a message says through its class name, what an install step really installed, and other evidence a repeat is
told from a good call by: learned from real libraries' messages, enforced on repeats, silent on good calls."""
from __future__ import annotations

from tests.unit.test_prevention_value_kinds import _learn
from worker.kinds import message_kind
from worker.modules import install_requirements, installs_module


def test_a_class_name_that_says_a_value_was_invalid_names_its_kind(fake_redis):
    # pendulum 3 `InvalidTimezone: Europe/Berlinn`, pytz `UnknownTimeZoneError: 'Mars/Olympus'`: no sentence, only a class
    checker = _learn(fake_redis, "tzc:", "pendulum_in_timezone", [
        ({"datetime": "2026-12-03T10:00:00Z", "tz": "Europe/Berlinn"}, "InvalidTimezone: Europe/Berlinn"),
        ({"datetime": "2026-12-03T18:30:00+01:00", "tz": "US/Pacfic"}, "InvalidTimezone: US/Pacfic")])
    for bad in ("Asia/Bangalore", "Europe/Frankfurt", "PST8PDTX"):
        assert checker.check_before_call("pendulum_in_timezone", {"datetime": "2026-12-04T08:00:00Z", "tz": bad})["decision"] == "warn", bad
    for good in ("Europe/Berlin", "US/Pacific", "Asia/Kolkata", "UTC"):
        assert checker.check_before_call("pendulum_in_timezone", {"datetime": "2026-12-04T08:00:00Z", "tz": good})["decision"] == "allow", good
    assert message_kind("UnknownTimeZoneError: 'Mars/Olympus'").name == "timezone"
    # a class that names a domain, not a wrong value, is no kind: phonenumbers' number is not a number
    assert message_kind("NumberParseException: (0) Missing or invalid default region.") is None


def test_an_install_that_named_other_packages_did_not_install_the_missing_module(fake_redis):
    # networkx 3 `pagerank` without scipy
    error = "ModuleNotFoundError: No module named 'scipy'"
    checker = _learn(fake_redis, "mod:", "networkx_pagerank", [
        ({"edgelist": "links.edgelist"}, error, ["networkx_shortest_path"]),
        ({"edgelist": "routes.edgelist", "alpha": 0.9}, error, [])])

    def after(command: str | dict) -> str:
        call = {"tool": "Bash", "params": {"command": command}} if isinstance(command, str) else command
        from worker.identity import canonical_tool
        named = canonical_tool(call["tool"], call["params"])
        return checker.check_before_call("networkx_pagerank", {"edgelist": "links.edgelist"},
                                         {"recent_calls": [{"tool": named.tool, "params": named.params}]})["decision"]
    assert after("pip install networkx") == "warn"
    assert after({"tool": "pip_install", "params": {"packages": ["numpy", "matplotlib"]}}) == "warn"
    for fix in ("pip install scipy", "python -m pip install 'scipy>=1.11' pandas", "pip install -r requirements.txt",
                {"tool": "pip_install", "params": {"packages": ["scipy"]}}, "uv add scipy"):
        assert after(fix) == "allow", fix
    # a window of names only says an install ran, not what it installed: no evidence against it
    assert checker.check_before_call("networkx_pagerank", {"edgelist": "links.edgelist"},
                                     {"recent_calls": ["pip_install"]})["decision"] == "allow"


def test_what_a_requirement_installs():
    assert installs_module("scikit-learn>=1.3", "sklearn") and installs_module("PyYAML", "yaml")
    assert installs_module("python-dateutil", "dateutil") and installs_module("scipy==1.11", "scipy")
    assert installs_module("networkx", "scipy") is False
    assert installs_module("requirements.txt", "scipy") is None and installs_module("./dist/pkg.whl", "pkg") is None
    assert install_requirements({"arg1": "-e", "arg2": "."}) is None
    assert install_requirements({"r": True, "arg1": "requirements.txt"}) is None
    assert install_requirements({"arg1": "--upgrade", "arg2": "scipy"}) == ["scipy"]
