"""Where a message says the error happened is not always what it is about: a file named as the place before a
complaint about another value, a parser's excerpt of a file's content, an exception class that only contains a format's
name, a code read as a keyword, an output named elsewhere. Learned from real tools' wording (rrdtool 1.7, ijson 3,
hjson 3, langcodes 3, lzop 1.04), repeats enforced, good calls silent."""
from __future__ import annotations

from tests.unit.test_prevention_value_kinds import _learn
from worker.identity import canonical_tool
from worker.kinds import message_kind


def _shell(checker, command: str, *earlier: str) -> str:
    call = canonical_tool("Bash", {"command": command})
    window = [{"tool": c.tool, "params": c.params} for c in (canonical_tool("Bash", {"command": e}) for e in earlier)]
    return checker.check_before_call(call.tool, call.params, {"recent_calls": window} if earlier else None)["decision"]


def test_a_file_named_as_the_place_of_a_complaint_about_another_value_is_no_known_mistake(fake_redis):
    checker = _learn(fake_redis, "rrd:", "Bash", [
        ({"command": "rrdtool update db/temp.rrd 1717200300:21.7"},
         "ERROR: db/temp.rrd: illegal attempt to update using time 1717200300 when last update time is 1717200300 (minimum one second step)"),
        ({"command": "rrdtool update db/load.rrd 1717200600:0.40"},
         "ERROR: db/load.rrd: illegal attempt to update using time 1717200600 when last update time is 1717200900 (minimum one second step)")])
    for good in ("rrdtool update db/temp.rrd 1717200600:21.7", "rrdtool update db/load.rrd 1717201500:0.52"):
        assert _shell(checker, good) == "allow", good
    # a file the message names as the thing that is missing stays the mistake
    missing = _learn(fake_redis, "grep:", "Bash", [({"command": f"grep -n TODO {f}"}, f"grep: {f}: No such file or directory")
                                                  for f in ("src/mian.py", "src/mian.py")])
    assert _shell(missing, "grep -c FIXME src/mian.py") == "warn"
    assert _shell(missing, "grep -n TODO src/main.py") == "allow"


def test_a_parsers_excerpt_of_a_file_is_its_content_and_its_class_names_the_format_it_reads(fake_redis):
    # ijson 3.3 (yajl): `IncompleteJSONError: lexical error: invalid char in json text.` over an excerpt and a caret
    error = "IncompleteJSONError: lexical error: invalid char in json text.\n                {}\n                     (right here) ------^"
    checker = _learn(fake_redis, "ijson:", "ijson_items", [
        ({"path": "data/config.yaml", "prefix": "server"}, error.format("server:   host: 0.0.0.0   port:")),
        ({"path": "data/users.csv", "prefix": "item"}, error.format("id,name,email 1,ana,ana@example"))], rounds=10)
    for bad in ("data/notes.md", "data/orders.tsv"):
        assert checker.check_before_call("ijson_items", {"path": bad, "prefix": "item"})["decision"] == "warn", bad
    for good in ({"path": "data/config.json", "prefix": "server"}, {"path": "data/orders.json", "prefix": "item"}):
        assert checker.check_before_call("ijson_items", good)["decision"] == "allow", good


def test_a_class_that_only_contains_a_formats_name_is_not_of_that_format():
    assert message_kind("HjsonDecodeError: Found a punctuator character when expecting a quoteless string") is None
    assert message_kind("json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)").name == "json"


def test_a_two_letter_code_a_message_quotes_with_the_value_is_no_keyword_it_begins_with(fake_redis):
    # langcodes 3.5 `LanguageTagError: Expected 1-8 alphanumeric characters, got 'en us'`
    checker = _learn(fake_redis, "lang:", "langcodes_standardize_tag", [
        ({"tag": "en us"}, "LanguageTagError: Expected 1-8 alphanumeric characters, got 'en us'")], rounds=10)
    assert checker.check_before_call("langcodes_standardize_tag", {"tag": "en us"})["decision"] == "warn"
    for good in ("en-US", "en", "en-GB"):
        assert checker.check_before_call("langcodes_standardize_tag", {"tag": good})["decision"] == "allow", good


def test_an_output_named_elsewhere_does_not_collide_with_what_an_earlier_run_wrote(fake_redis):
    # lzop 1.04 `lzop: logs/app.log.lzo: already exists; not overwritten`, after the same file was compressed
    checker = _learn(fake_redis, "lzop:", "Bash", [
        ({"command": "lzop logs/app.log"}, "lzop: logs/app.log.lzo: already exists; not overwritten", ["lzop logs/app.log"]),
        ({"command": "lzop logs/db.log"}, "lzop: logs/db.log.lzo: already exists; not overwritten", ["lzop logs/db.log"])])
    assert _shell(checker, "lzop logs/app.log", "lzop logs/app.log") == "warn"
    assert _shell(checker, "lzop -o archive/app-2.lzo logs/app.log", "lzop -o archive/app.lzo logs/app.log") == "allow"


def test_a_value_whose_check_digits_fail_is_found_by_them_and_every_right_one_passes(fake_redis):
    # schwifty 2024 `InvalidChecksumDigits: Invalid checksum digits`: the message names no parameter and no value
    checker = _learn(fake_redis, "iban:", "schwifty_iban", [
        ({"iban": "DE88 3704 0044 0532 0130 00"}, "InvalidChecksumDigits: Invalid checksum digits"),
        ({"iban": "GB28 WEST 1234 5698 7654 32"}, "InvalidChecksumDigits: Invalid checksum digits")])
    for bad in ("NL19ABNA0417164300", "DE89 3704 0044 0532 0130 01"):
        assert checker.check_before_call("schwifty_iban", {"iban": bad})["decision"] == "warn", bad
    for good in ("DE89 3704 0044 0532 0130 00", "NL91ABNA0417164300", "gb82west12345698765432"):
        assert checker.check_before_call("schwifty_iban", {"iban": good})["decision"] == "allow", good
    from worker.kinds import KIND_BY_NAME, kind_accepts
    digits = KIND_BY_NAME["check_digits"]
    assert kind_accepts(digits, "4111 1111 1111 1111") and not kind_accepts(digits, "4111 1111 1111 1112")  # Luhn
    assert kind_accepts(digits, "978-0-306-40615-7") and not kind_accepts(digits, "978-0-306-40615-8")  # ISBN-13
    assert kind_accepts(digits, "0123456789") and kind_accepts(digits, "order 42")  # no check digits to break


def test_characters_a_message_says_a_value_must_not_contain_are_a_rule_of_it(fake_redis):
    from worker.stated import stated_validation
    assert stated_validation("cvs [tag aborted]: tag `v1.2.0' must not contain the characters `$,.:;@'")["regex"] == r"^[^\$,\.:;@]*$"
    assert stated_validation("a label may contain the characters '-_'") == {}  # what it may hold is no rule of what it must not
    checker = _learn(fake_redis, "cvs:", "Bash", [
        ({"command": "cvs -Q tag v1.2.0"}, "cvs [tag aborted]: tag `v1.2.0' must not contain the characters `$,.:;@'"),
        ({"command": "cvs -Q tag r2.1"}, "cvs [tag aborted]: tag `r2.1' must not contain the characters `$,.:;@'")])
    assert _shell(checker, "cvs -Q tag release-2.0") == "warn"
    assert _shell(checker, "cvs -Q tag release-2_0") == "allow"


def test_what_has_already_been_entered_by_an_earlier_call_collides_again(fake_redis):
    # cvs 1.12 `cvs add: `about.html' has already been entered`, each after the same `cvs add`
    checker = _learn(fake_redis, "cvsadd:", "Bash", [
        ({"command": f"cvs add {name}"}, f"cvs add: `{name}' has already been entered", [f"cvs add {name}"])
        for name in ("about.html", "contact.html")])
    assert _shell(checker, "cvs add faq.html", "cvs add faq.html") == "warn"
    assert _shell(checker, "cvs add faq.html", "cvs add about.html") == "allow"
    assert _shell(checker, "cvs add faq.html") == "allow"


def test_the_value_after_the_place_is_the_one_a_message_quotes_and_an_output_is_no_input(fake_redis):
    # e2fsprogs 1.47 `disk/a.img: could not parse UUID: 6f1c…`: the UUID, not the image the message begins with
    checker = _learn(fake_redis, "mke2fs:", "Bash", [
        ({"command": f"mke2fs -q -U {u} {f}"}, f"{f}: could not parse UUID: {u}")
        for u, f in (("6f1c2e6a2c3b4e0a9f4e1a2b3c4d5e6f", "disk/data.img"), ("6f1c2e6a2c3b4e0a9f4e1a2b3c4d5e6f", "disk/backup.img"))])
    assert _shell(checker, "mke2fs -q -U 6f1c2e6a2c3b4e0a9f4e1a2b3c4d5e6f disk/usb.img") == "warn"
    assert _shell(checker, "mke2fs -q -U 6f1c2e6a-2c3b-4e0a-9f4e-1a2b3c4d5e6f disk/data.img") == "allow"
    # opus-tools `Error: unsupported input file: audio/intro.opus`: the input, never the `.opus` output after it
    opus = _learn(fake_redis, "opus:", "Bash", [
        ({"command": f"opusenc --quiet {f} out/x.opus"}, f"Error: unsupported input file: {f}") for f in ("audio/intro.opus", "audio/clip.mkv")])
    assert _shell(opus, "opusenc --quiet audio/theme.opus out/theme.opus") == "warn"
    assert _shell(opus, "opusenc --quiet audio/voice.wav out/voice.opus") == "allow"


def test_an_option_a_message_says_to_use_is_required_and_an_overwrite_it_names_is_the_fix(fake_redis):
    from worker.classifier import classify_error_type
    recsel = "recsel: error: several record types found.  Please use -t to specify one."
    assert classify_error_type("recsel", {"arg1": "a.rec"}, recsel)["error_category"] == "MISSING_PARAMETER"
    checker = _learn(fake_redis, "recsel:", "Bash", [({"command": f"recsel -p Title {f}"}, recsel) for f in ("data/a.rec", "data/b.rec")])
    assert _shell(checker, "recsel -e 'Year > 1990' data/a.rec") == "warn"
    assert _shell(checker, "recsel -t Book -p Title data/a.rec") == "allow"
    # xdelta3 3.1 `to overwrite output file specify -f: d.vcdiff`: the output an earlier run made exists
    xdelta = "xdelta3: to overwrite output file specify -f: {}"
    made = "xdelta3 -e -s rel/a.txt rel/b.txt deltas/{}.vcdiff"
    x = _learn(fake_redis, "xd:", "Bash", [({"command": made.format(n)}, xdelta.format(f"deltas/{n}.vcdiff"), [made.format(n)])
                                         for n in ("ab", "bc")])
    assert _shell(x, made.format("cd"), made.format("cd")) == "warn"
    assert _shell(x, "xdelta3 -f -e -s rel/a.txt rel/b.txt deltas/cd.vcdiff", made.format("cd")) == "allow"
    assert _shell(x, made.format("cd"), "ls deltas") == "allow"


def test_a_file_another_tool_acted_on_since_and_a_create_of_another_name_are_no_repeat(fake_redis):
    # tune2fs `Bad magic number in super-block while trying to open disk/a.img`, then `mke2fs disk/a.img` formats it
    checker = _learn(fake_redis, "tune:", "Bash", [
        ({"command": f"tune2fs -L data {f}"}, f"tune2fs: Bad magic number in super-block while trying to open {f}")
        for f in ("disk/a.img", "disk/b.img")])
    assert _shell(checker, "tune2fs -L data disk/a.img") == "warn"
    assert _shell(checker, "tune2fs -L data disk/a.img", "mke2fs -q disk/a.img") == "allow"
    # par2cmdline `Could not create "backup/db.par2": File already exists.`, each after the same create
    par2 = _learn(fake_redis, "par2:", "Bash", [
        ({"command": f"par2 create -q -n1 backup/{n} backup/{n}.dump"}, f'Could not create "backup/{n}.par2": File already exists.',
         [f"par2 create -q -n1 backup/{n} backup/{n}.dump"]) for n in ("db", "all")])
    assert _shell(par2, "par2 create -q -n1 backup/db backup/db.dump", "par2 create -q -n1 backup/db backup/db.dump") == "warn"
    assert _shell(par2, "par2 create -q -n1 backup/all backup/db.dump", "par2 create -q -n1 backup/db backup/db.dump") == "allow"


def test_a_range_in_compass_degrees_and_the_formats_a_reader_is_neither_of(fake_redis):
    from worker.stated import stated_validation
    assert stated_validation("latitude out of range (must be between 80 deg S and 84 deg N)") == {
        "min": -80, "max": 84, "kind": "range", "expected": "a value >= -80 and <= 84"}
    checker = _learn(fake_redis, "utm:", "utm_from_latlon", [
        ({"latitude": 85.5, "longitude": 10.0}, "OutOfRangeError: latitude out of range (must be between 80 deg S and 84 deg N)")],
        rounds=10)
    assert checker.check_before_call("utm_from_latlon", {"latitude": -82.5, "longitude": 166.7})["decision"] == "warn"
    assert checker.check_before_call("utm_from_latlon", {"latitude": -77.8, "longitude": 166.7})["decision"] == "allow"
    # pngcheck 3 `images/a.jpg  this is neither a PNG or JNG image nor a MNG stream`
    png = _learn(fake_redis, "png:", "Bash", [
        ({"command": f"pngcheck {f}"}, f"{f}  this is neither a PNG or JNG image nor a MNG stream\nERROR: {f}")
        for f in ("images/photo.jpg", "images/logo.gif")])
    assert _shell(png, "pngcheck images/scan.tif") == "warn"
    assert _shell(png, "pngcheck images/chart.png") == "allow"


def test_the_thing_a_message_quotes_is_no_word_of_the_operation(fake_redis):
    # Breezy 3.3 `brz: ERROR: Already a branch: "site".` after `brz init site`: `init` is the operation, `site` its thing
    checker = _learn(fake_redis, "brz:", "Bash", [({"command": "brz init site"}, 'brz: ERROR: Already a branch: "site".',
                                                  ["brz init site"])], rounds=10)
    assert _shell(checker, "brz init blog", "brz init blog") == "warn"
    assert _shell(checker, "brz init blog", "brz init site") == "allow"


def test_a_name_value_form_a_message_states_is_a_rule_of_the_value(fake_redis):
    from worker.stated import stated_validation
    assert stated_validation("error: expected KEY=VALUE, got foo")["regex"] == r"^[^\s=]+="
    # opus-tools 0.2 `Invalid comment: Recorded in Lisbon` and `Comments must be of the form name=value`
    error = "Invalid comment: {}\nComments must be of the form name=value"
    checker = _learn(fake_redis, "opusc:", "Bash", [
        ({"command": f"opusenc --quiet --comment '{c}' a/v.wav out/v.opus"}, error.format(c)) for c in ("Recorded in Lisbon", "LANGUAGE:en")], rounds=10)
    assert _shell(checker, "opusenc --quiet --comment LICENSE a/t.wav out/t.opus") == "warn"
    assert _shell(checker, "opusenc --quiet --comment LOCATION=Lisbon a/v.wav out/v.opus") == "allow"


def test_an_unknown_character_a_message_names_is_one_a_value_must_not_hold():
    from worker.stated import stated_validation
    said = "Error: Invalid time for '--split' in '--split duration:1h30m'. Additional error message: Invalid format: unknown character 'h' found"
    assert stated_validation(said)["regex"] == "^[^h]*$"  # mkvmerge 74: `duration:2hours` breaks it, `duration:01:30:00` does not


def test_a_field_missing_from_the_schema_a_call_gives_alone_is_required_of_that_schema(fake_redis):
    # fastavro 1.9 `SchemaParseException: "name" is a required field missing from the schema: {…}`
    error = "SchemaParseException: \"name\" is a required field missing from the schema: {'type': 'record', 'fields': []}"
    checker = _learn(fake_redis, "avro:", "fastavro_parse_schema", [({"schema": {"type": "record", "fields": []}}, error)], rounds=10)
    assert checker.check_before_call("fastavro_parse_schema", {"schema": {"type": "fixed", "size": 16}})["decision"] == "warn"
    assert checker.check_before_call("fastavro_parse_schema", {"schema": {"type": "fixed", "name": "Md5", "size": 16}})["decision"] == "allow"
