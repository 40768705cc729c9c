"""What a message says is evidence only where it speaks of the value: a field named `ip` is no IP address, a quoted
spec `'int'` no integer, `Expected number` inside a WKT text no rule of the whole text. Each case learns real
libraries' and CLIs' messages through the prevention harness (build_event → classifier → extractor → learner →
checker, as a session feeds it) and must warn on repeats and stay silent on good calls."""
from __future__ import annotations

from typing import Any

from tests.corpus.prevention import run
from worker.kinds import KIND_BY_NAME, kind_accepts, message_kind
from worker.stated import stated_validation


def _scenario(tool: str, category: str, learn: list[tuple[dict[str, Any], str] | tuple[dict[str, Any], str, list[Any]]],
              repeats: list[Any], good: list[Any]) -> dict[str, Any]:
    def call(item: Any) -> dict[str, Any]:
        return item if "params" in item else {"params": item}
    return {"id": tool, "category": category, "tool": tool,
            "learn": [{"params": p, "error": e, **({"recent_calls": r[0]} if r else {})} for p, e, *r in learn],
            "repeats": [call(r) for r in repeats], "good": [call(g) for g in good]}


def _scores(scenario: dict[str, Any]) -> tuple[float, float]:
    report = run([scenario])
    return report["recall"], report["false_flag_rate"]


def test_a_port_given_as_a_json_number_is_the_value_a_port_message_is_about():
    # furl 2.1: `Invalid port '99999'.` names the port; the URL beside it is no port and never was the mistake
    scenario = _scenario("furl_set", "INCORRECT_PARAMETER", [
        ({"url": "https://api.example.com/v1", "port": 99999}, "ValueError: Invalid port '99999'."),
        ({"url": "http://localhost/app", "port": 70000}, "ValueError: Invalid port '70000'.")],
        [{"url": "https://db.example.org/", "port": 65536}, {"url": "http://127.0.0.1/metrics", "port": 0}],
        [{"url": "https://api.example.com/v1", "port": 8443}, {"url": "http://localhost/app", "port": 65535}])
    assert _scores(scenario) == (1.0, 0.0)


def test_one_value_given_without_the_one_it_needs_is_a_missing_parameter():
    # yarl 1.x `URL.build`: "with port but without host" names the parameter the call lacked, not a URL format
    scenario = _scenario("yarl_url_build", "MISSING_PARAMETER", [
        ({"scheme": "http", "port": 8080, "path": "/health"}, "ValueError: Can't build URL with \"port\" but without \"host\"."),
        ({"scheme": "https", "port": 8443, "path": "/api"}, "ValueError: Can't build URL with \"port\" but without \"host\".")],
        [{"scheme": "ws", "port": 8765, "path": "/socket"}],
        [{"scheme": "http", "host": "localhost", "port": 8080, "path": "/health"}, {"scheme": "ws", "host": "127.0.0.1", "port": 8765}])
    assert _scores(scenario) == (1.0, 0.0)


def test_a_quoted_word_is_a_name_not_the_kind_of_value_the_message_is_about():
    assert message_kind("ValueError: format spec 'int' not recognised") is None
    assert message_kind("TypedloadTypeError: Value does not contain fields: {'ip'} which are necessary for type Host") is None
    assert message_kind("invalid int value: 'abc'").name == "integer"  # said in words, the kind stays
    assert message_kind('sqlite3.OperationalError: near "SELEC": syntax error').name == "sql"
    # typedload: a missing field of the data, not a malformed `type`; a call giving the field passes
    scenario = _scenario("typedload_load", "MISSING_PARAMETER", [
        ({"type": "Package", "data": {"name": "requests"}},
         "TypedloadTypeError: Value does not contain fields: {'version'} which are necessary for type Package\nPath: ."),
        ({"type": "Package", "data": {"name": "httpx"}},
         "TypedloadTypeError: Value does not contain fields: {'version'} which are necessary for type Package\nPath: .")],
        [{"type": "Package", "data": {"name": "rich"}}],
        [{"type": "Package", "data": {"name": "requests", "version": "2.31.0"}}, {"type": "Host", "data": {"hostname": "db1", "ip": "10.0.0.5"}}])
    assert _scores(scenario) == (1.0, 0.0)


def test_a_parser_that_expected_a_token_inside_a_longer_value_learns_no_rule_of_the_whole_value():
    # GEOS via shapely: `Expected number` is about one place inside the WKT text; `POINT (1 2)` is no number and is right
    scenario = _scenario("shapely_wkt_loads", "PARAMETER_FORMAT", [
        ({"data": "POINT (1,2)"}, "GEOSException: ParseException: Expected number but encountered ','"),
        ({"data": "LINESTRING (0 0; 1 1)"}, "GEOSException: ParseException: Expected number but encountered word: '0;'")],
        [], [{"data": "POINT (1 2)"}, {"data": "LINESTRING (0 0, 1 1)"}, {"data": "POLYGON ((0 0, 1 0, 1 1, 0 0))"}])
    assert _scores(scenario)[1] == 0.0


def test_the_value_a_message_quotes_is_the_one_read_not_the_parameter_named_like_the_message_word():
    # python-quantities `Unable to parse units: "klick"` for `{units: mile, to: klick}`: `to` was wrong, `mile` was fine
    scenario = _scenario("quantities_rescale", "INCORRECT_PARAMETER", [
        ({"value": 3, "units": "mile", "to": "klick"}, 'LookupError: Unable to parse units: "klick"'),
        ({"value": 4, "units": "mile", "to": "klick"}, 'LookupError: Unable to parse units: "klick"')],
        [{"value": 9, "units": "km", "to": "klick"}], [{"value": 3, "units": "mile", "to": "km"}])
    assert _scores(scenario) == (1.0, 0.0)


def test_a_form_of_bracketed_placeholders_is_read_as_that_many_digits_and_the_literals_between():
    found = stated_validation("ValueError: Week.tostring argument must be on the form <yyyy>W<ww>; got '2024-W9'")
    assert found["regex"] == r"^\d{4}W\d{2}$"
    scenario = _scenario("isoweek_week_fromstring", "PARAMETER_FORMAT", [
        ({"isostring": "2024-W9"}, "ValueError: Week.tostring argument must be on the form <yyyy>W<ww>; got '2024-W9'"),
        ({"isostring": "2024w09"}, "ValueError: Week.tostring argument must be on the form <yyyy>W<ww>; got '2024w09'")],
        [{"isostring": "24W09"}, {"isostring": "2025W1"}], [{"isostring": "2024W09"}, {"isostring": "2020W53"}])
    assert _scores(scenario) == (1.0, 0.0)


def test_a_year_first_date_with_slashes_is_a_loose_date_and_a_thirteenth_month_is_not():
    loose = KIND_BY_NAME["date_words"]
    assert kind_accepts(loose, "2024/05/01") and kind_accepts(loose, "2024/5/1")
    assert not kind_accepts(loose, "2024/13/01") and not kind_accepts(loose, "31.05.2024")


def test_a_value_set_up_by_a_recent_call_since_the_failures_passes_and_the_same_value_without_it_warns():
    # Taskwarrior 2.6: `Context 'work' not found.`; `task context define work …` since makes it
    shell = "console_run"
    scenario = _scenario(shell, "INCORRECT_PARAMETER", [
        ({"command": "task context work"}, "Context 'work' not found.", [{"tool": shell, "params": {"command": "task add x project:work"}}]),
        ({"command": "task context home"}, "Context 'home' not found.", [{"tool": shell, "params": {"command": "task add y project:home"}}])],
        [{"params": {"command": "task context work"}, "recent_calls": [{"tool": shell, "params": {"command": "task list"}}]}],
        [{"params": {"command": "task context work"},
          "recent_calls": [{"tool": shell, "params": {"command": "task context define work project:work"}}]}])
    assert _scores(scenario) == (1.0, 0.0)


def test_a_starred_program_line_is_the_key_and_a_file_written_inside_the_place_made_what_it_lacked():
    # SCons 4: `scons: *** No SConstruct file found.` after its progress line; writing cproj/SConstruct puts it right
    shell = "console_run"
    error = "scons: Entering directory `cproj'\n\nscons: *** No SConstruct file found.\nFile \"/x/SCons/Script/Main.py\", line 1032, in _main"
    scenario = _scenario(shell, "MISSING_PREREQUISITE", [
        ({"command": "scons -C cproj -Q"}, error, [{"tool": "read_text_file", "params": {"path": "cproj/main.c"}}]),
        ({"command": "scons -C cproj -Q"}, error, [{"tool": "fs_list", "params": {"path": "cproj"}}])],
        [{"params": {"command": "scons -C cproj -j2"}, "recent_calls": [{"tool": "fs_list", "params": {"path": "."}}]}],
        [{"params": {"command": "scons -C cproj -Q"},
          "recent_calls": [{"tool": "write_file", "params": {"path": "cproj/SConstruct", "content": "Program('hello', ['main.c'])\n"}}]}])
    assert _scores(scenario) == (1.0, 0.0)


def test_a_parameter_required_for_a_value_the_message_names_is_required_of_calls_giving_that_value_only():
    # rollup 4: `You must supply "output.name" for UMD bundles …` — an ES bundle needs no name
    frames = "\n    at getRollupError (/x/node_modules/rollup/dist/shared/parseAst.js:326:41)\n    at Object.error (/x/parseAst.js:322:42)"
    error = ("{src} \u2192 {out}...\n[!] RollupError: You must supply \"output.name\" for UMD bundles that have exports so that the "
             "exports are accessible in environments without a module loader.\nhttps://rollupjs.org/configuration-options/#output-name") + frames
    scenario = _scenario("console_run", "MISSING_PARAMETER", [
        ({"command": "rollup lib/index.js -f umd -o dist/m.js"}, error.format(src="lib/index.js", out="dist/m.js")),
        ({"command": "rollup web/main.js --format umd --file web/app.js"}, error.format(src="web/main.js", out="web/app.js"))],
        [{"command": "rollup lib/fmt.js -f umd -o dist/fmt.js"}],
        [{"command": "rollup lib/index.js --format=es --file dist/m.mjs"}, {"command": "rollup lib/index.js -f umd -n Lib -o dist/m.js"}])
    assert _scores(scenario) == (1.0, 0.0)


def test_the_one_format_a_tool_says_it_reads_makes_files_of_every_other_type_the_wrong_tool():
    # vorbis-tools 1.4 and gron 0.7 (Go's encoding/json): two wrong types learned, a third type warned, the right one passes
    oggdec = _scenario("console_run", "WRONG_TOOL_SELECTION", [
        ({"command": "oggdec -Q audio/music.flac"}, "ERROR: Failed to open input as Vorbis"),
        ({"command": "oggdec -Q -o audio/t.wav audio/tone.wav"}, "ERROR: Failed to open input as Vorbis")],
        [{"command": "oggdec -Q -o audio/raw.wav audio/tone.raw"}, {"command": "oggdec -Q audio/take.mp3"}],
        [{"command": "oggdec -Q audio/podcast.ogg"}, {"command": "oggdec -Q -o audio/j.wav audio/jingle.ogg"}])
    assert _scores(oggdec) == (1.0, 0.0)
    gron = _scenario("console_run", "WRONG_TOOL_SELECTION", [
        ({"command": "gron data/config.yaml"}, "failed to form statements: invalid character 's' looking for beginning of value"),
        ({"command": "gron data/app.toml"}, "failed to form statements: invalid character 'h' looking for beginning of value")],
        [{"command": "gron data/users.csv"}, {"command": "gron data/app.ini"}],
        [{"command": "gron data/config.json"}, {"command": "gron data/users.json"}])
    assert _scores(gron) == (1.0, 0.0)


def test_an_attribute_a_command_line_gives_as_name_colon_value_gives_the_required_name():
    # Taskwarrior 2.6 `A recurring task must also have a 'due' date.`; `due:tomorrow` gives it, `https://x` names no `https`
    scenario = _scenario("console_run", "MISSING_PARAMETER", [
        ({"command": "task add 'Water plants' recur:weekly"}, "A recurring task must also have a 'due' date."),
        ({"command": "task add 'Pay rent' recur:monthly project:home"}, "A recurring task must also have a 'due' date.")],
        [{"command": "task add 'Back up laptop' recur:daily"}],
        [{"command": "task add 'Water plants' recur:weekly due:tomorrow"}, {"command": "task add 'Pay rent' recur:monthly due:eom"}])
    assert _scores(scenario) == (1.0, 0.0)
    from worker.call_values import gives_parameter
    assert not gives_parameter({"arg1": "https://example.org"}, "https")
