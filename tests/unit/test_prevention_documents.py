"""What a parser's name, an alphabet, a file kind and a shell line say: learned from real libraries' wording (tomlkit,
pyotp, binascii, py7zr, xz, sphinx-quickstart), enforced on repeats, silent on good calls."""
from __future__ import annotations

from tests.unit.test_prevention_value_kinds import _learn
from worker.classifier import classify_error_type
from worker.identity import canonical_tool
from worker.stated import stated_validation


def _decision(checker, tool: str, params: dict) -> str:
    return checker.check_before_call(tool, params)["decision"]


def test_a_parser_named_for_its_document_wants_that_document(fake_redis):
    # tomlkit 0.13 names neither TOML nor the parameter: `Unexpected character: 'v' at line 3 col 9`
    checker = _learn(fake_redis, "toml:", "tomlkit_loads", [
        ({"text": "[app]\nmode = dev\n"}, "UnexpectedCharError: Unexpected character: 'd' at line 2 col 7"),
        ({"text": "[app\nmode = \"dev\"\n"}, "UnexpectedCharError: Unexpected character: '\\n' at line 1 col 4")])
    for bad in ("[deps]\nnames = [a, b]\n", "title = \"open\nyear = 2026\n", "[flags]\non = yes\n"):
        assert _decision(checker, "tomlkit_loads", {"text": bad}) == "warn", bad
    for good in ("[app]\nmode = \"dev\"\n", "[deps]\nnames = [\"a\", \"b\"]\n", "retries = 3\n", "[flags]\non = true\n"):
        assert _decision(checker, "tomlkit_loads", {"text": good}) == "allow", good
    # the unexpected character is where a document stopped being read, not a character the value may not hold
    assert stated_validation("UnexpectedCharError: Unexpected character: 'r' at line 2 col 7") == {}
    assert stated_validation("malformed module path \"My Module\": invalid char ' '")["regex"] == r"^[^\ ]*$"


def test_a_parser_named_for_its_document_says_nothing_of_a_file_name(fake_redis):
    # the same parser given a path: a path holds no TOML marks, so no document rule is learned for it
    checker = _learn(fake_redis, "tomlp:", "tomlkit_load_file", [
        ({"path": "conf/app.toml"}, "UnexpectedCharError: Unexpected character: 'd' at line 2 col 7"),
        ({"path": "conf/db.toml"}, "UnexpectedCharError: Unexpected character: 'x' at line 5 col 1")])
    assert _decision(checker, "tomlkit_load_file", {"path": "conf/cache.toml"}) == "allow"


def test_a_digit_outside_the_alphabet_is_a_format_mistake_of_that_alphabet(fake_redis):
    # pyotp 2.9 `Non-base32 digit found` (base64.b32decode underneath): TOTP secrets are A-Z and 2-7
    checker = _learn(fake_redis, "b32:", "pyotp_totp_now", [
        ({"secret": "GEZDGNBVGY3TQOJ1GEZDGNBVGY3TQOJ1"}, "Error: Non-base32 digit found"),
        ({"secret": "our-shared-otp-seed", "digits": 6}, "Error: Non-base32 digit found")])
    for bad in ("ABCDEFGH01234567", "6f7470736563726574", "GEZD GNBV GY3T QOJQ"):
        assert _decision(checker, "pyotp_totp_now", {"secret": bad}) == "warn", bad
    for good in ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "jbswy3dpehpk3pxp", "MFRGGZDFMZTWQ2LK===="):
        assert _decision(checker, "pyotp_totp_now", {"secret": good}) == "allow", good
    found = classify_error_type("hex_decode", {"data": "zz"}, "binascii.Error: Non-hexadecimal digit found", "")
    assert found["error_category"] == "PARAMETER_FORMAT" and found["learnable"]


def test_not_a_kind_of_file_said_without_is_names_the_kind_wanted(fake_redis):
    # py7zr 0.22 `Bad7zFile: not a 7z file` for a zip and a tarball: any file that is no .7z repeats it
    checker = _learn(fake_redis, "7z:", "py7zr_extract", [
        ({"path": "dist/site.zip"}, "Bad7zFile: not a 7z file"),
        ({"path": "dist/site.tar.gz"}, "Bad7zFile: not a 7z file")])
    for bad in ("backup/db.tar.bz2", "logs/app.log.xz", "dist/other.zip"):
        assert _decision(checker, "py7zr_extract", {"path": bad}) == "warn", bad
    for good in ("dist/site.7z", "backup/photos.7z"):
        assert _decision(checker, "py7zr_extract", {"path": good}) == "allow", good


def test_shell_redirections_are_no_arguments_of_the_program():
    assert canonical_tool("run_command", {"command": "xz -dc logs/a.log.xz > out/a.log"}).params == {
        "dc": True, "arg1": "logs/a.log.xz", "stdout": "out/a.log"}
    assert canonical_tool("Bash", {"command": "sort < in.csv > out.csv 2>&1"}).params == {"stdin": "in.csv", "stdout": "out.csv"}
    assert canonical_tool("Bash", {"command": "sort data.txt &> build.log"}).params == {"arg1": "data.txt"}
    assert canonical_tool("Bash", {"command": "cat a.txt 2>/dev/null >>all.txt"}).params == {"arg1": "a.txt", "stdout": "all.txt"}


def test_a_call_that_names_the_type_to_read_is_no_wrong_tool(fake_redis):
    # xz 5.4 `File format not recognized` for a gzip and a bzip2 file, run through a shell tool with a redirection
    checker = _learn(fake_redis, "xz:", "run_command", [
        ({"command": "xz -dc logs/web.log.gz > out/web.log"}, "xz: logs/web.log.gz: File format not recognized"),
        ({"command": "xz -dk logs/db.log.bz2"}, "xz: logs/db.log.bz2: File format not recognized")])

    def shell(command: str) -> str:
        call = canonical_tool("run_command", {"command": command})
        return _decision(checker, call.tool, call.params)
    assert shell("xz -dc logs/cache.log.zst > out/cache.log") == "warn"
    assert shell("xz -dc logs/app.log.xz > out/app.log") == "allow"  # the redirection's target is not read by xz
    assert shell("xz -dc --format=lzma logs/old.log.lzma > out/old.log") == "allow"  # told the type to read


def test_files_that_already_exist_are_an_order_mistake():
    found = classify_error_type("run_command", {"command": "sphinx-quickstart -q -p Docs docs"},
                                "Error: specified path is not a directory, or sphinx files already exist.\n"
                                "sphinx-quickstart only generate into a empty directory. Please specify a new root path.", "")
    assert found["error_category"] == "WORKFLOW_SEQUENCE"


def test_a_parsers_error_class_names_the_format_it_reads(fake_redis):
    # lxml 5 `XMLSyntaxError: Start tag expected, '<' not found` for a JSON and a YAML file: it reads XML, SVG among it
    error = "XMLSyntaxError: Start tag expected, '<' not found, line 1, column 1 (<string>, line 1)"
    checker = _learn(fake_redis, "xml:", "lxml_parse_file", [({"path": "conf/app.json"}, error), ({"path": "conf/app.yaml"}, error)])
    for bad in ("conf/app.ini", "pyproject.toml", "data/rows.csv"):
        assert _decision(checker, "lxml_parse_file", {"path": bad}) == "warn", bad
    for good in ("data/feed.xml", "img/logo.svg", "schema/order.xsd", "feeds/news.rss"):
        assert _decision(checker, "lxml_parse_file", {"path": good}) == "allow", good


def test_an_email_address_has_no_empty_part(fake_redis):
    # email-validator 2.2 `An email address must have an @-sign.`: the kind is learned, and it reads as email-validator does
    checker = _learn(fake_redis, "mail:", "email_check", [
        ({"email": "ann.example.com"}, "EmailSyntaxError: An email address must have an @-sign."),
        ({"email": "bob.example.org"}, "EmailSyntaxError: An email address must have an @-sign.")])
    for bad in ("ops@example..com", ".ann@example.com", "ann.@example.com", "billing@@shop.example", "support@"):
        assert _decision(checker, "email_check", {"email": bad}) == "warn", bad
    for good in ("ann.rossi@example.com", "ops+alerts@mail.example.co.uk", "x_y@example.it"):
        assert _decision(checker, "email_check", {"email": good}) == "allow", good


def test_a_decoder_named_for_its_alphabet_wants_that_alphabet_not_only_the_character_it_quoted(fake_redis):
    # python-base58 2.1 `Invalid character '0'`: the one character quoted, and every other the alphabet lacks
    checker = _learn(fake_redis, "b58:", "base58_decode", [
        ({"text": "0x3vza5zL6HR"}, "ValueError: Invalid character '0'"),
        ({"text": "Il1-6vZ6K5z"}, "ValueError: Invalid character 'I'")])
    for bad in ("0eRLQXzg", "zUFD WGXA", "1ktXRFJYKbOl"):
        assert _decision(checker, "base58_decode", {"text": bad}) == "warn", bad
    for good in ("7G9y3vza5zL6HR", "LeRLQXzgqzV", "1ktXRFJYKbY3ft2dJMRF"):
        assert _decision(checker, "base58_decode", {"text": good}) == "allow", good


def test_a_network_and_an_iso_duration_named_by_the_librarys_words(fake_redis):
    # netaddr 1.3 `AddrFormatError: invalid IPNetwork 10.0.0.0/33`; isodate 0.7 `ISO8601Error: Unable to parse duration string`
    nets = _learn(fake_redis, "net:", "netaddr_network", [
        ({"cidr": "10.0.0.0/33"}, "AddrFormatError: invalid IPNetwork 10.0.0.0/33"),
        ({"cidr": "192.168.1.300/24"}, "AddrFormatError: invalid IPNetwork 192.168.1.300/24")])
    for bad in ("172.16.0.0/-8", "fe80::zz/64"):
        assert _decision(nets, "netaddr_network", {"cidr": bad}) == "warn", bad
    for good in ("10.0.0.0/32", "fe80::/64", "10.20.0.0/255.255.0.0"):
        assert _decision(nets, "netaddr_network", {"cidr": good}) == "allow", good
    durations = _learn(fake_redis, "dur:", "isodate_duration", [
        ({"duration": "5 minutes"}, "ISO8601Error: Unable to parse duration string '5 minutes'"),
        ({"duration": "1h30m"}, "ISO8601Error: Unable to parse duration string '1h30m'")])
    for bad in ("90m", "01:30:00", "2 weeks"):
        assert _decision(durations, "isodate_duration", {"duration": bad}) == "warn", bad
    for good in ("PT5M", "P1DT12H", "P2W"):
        assert _decision(durations, "isodate_duration", {"duration": good}) == "allow", good


def test_a_part_a_document_must_contain_is_required_in_it(fake_redis):
    # vobject 0.9 `ValidateError: 'VCARD components must contain at least 1 FN'`
    error = "ValidateError: 'VCARD components must contain at least 1 FN'"
    checker = _learn(fake_redis, "vc:", "vcard_serialize", [
        ({"properties": {"n": "Rossi;Ann", "email": "ann@example.com"}}, error),
        ({"properties": {"org": "Shop srl"}}, error)])
    assert _decision(checker, "vcard_serialize", {"properties": {"n": "Eco;Umberto"}}) == "warn"
    assert _decision(checker, "vcard_serialize", {"properties": {"fn": "Umberto Eco", "n": "Eco;Umberto"}}) == "allow"


def test_an_exact_length_and_a_spelt_out_alphabet_are_stated_rules(fake_redis):
    # python-ulid 3 `Encoded ULID has to be exactly 26 characters long.`, `… can only consist of letters in 0123…XYZ.`
    checker = _learn(fake_redis, "ulid:", "ulid_decode", [
        ({"value": "01ARZ3NDEKTSV4RRFFQ69G5FAVX"}, "ValueError: Encoded ULID has to be exactly 26 characters long."),
        ({"value": "01ARZ3NDEKTSV4RRFFQ69G5FAU"},
         "ValueError: Encoded ULID can only consist of letters in 0123456789ABCDEFGHJKMNPQRSTVWXYZ.")], rounds=10)
    for bad in ("01HZX5K3Q8W7Y2B9C4D6E8F0G", "01J9Z8XW4TQ5N3R7K2M6P0V8BO", "01-ARZ3NDEKTSV4RRFFQ69G5FA"):
        assert _decision(checker, "ulid_decode", {"value": bad}) == "warn", bad
    for good in ("01ARZ3NDEKTSV4RRFFQ69G5FAV", "01arz3ndektsv4rrffq69g5fav"):  # a decoder reads either case
        assert _decision(checker, "ulid_decode", {"value": good}) == "allow", good
    assert stated_validation("name can only contain characters in a-z0-9_")["regex"] == "^[a-z0-9_]+$"  # a range says its case


def test_readers_of_zlib_and_plist_files_and_a_stream_in_an_inconsistent_state(fake_redis):
    # zlib `Error -3 while decompressing data: incorrect header check`, plistlib `InvalidFileException: Invalid file`
    zlib = _learn(fake_redis, "zl:", "zlib_decompress_file", [
        ({"path": "logs/a.log.gz"}, "error: Error -3 while decompressing data: incorrect header check"),
        ({"path": "logs/b.log.bz2"}, "error: Error -3 while decompressing data: incorrect header check")])
    assert _decision(zlib, "zlib_decompress_file", {"path": "logs/c.log.xz"}) == "warn"
    assert _decision(zlib, "zlib_decompress_file", {"path": "logs/c.log.zz"}) == "allow"
    plist = _learn(fake_redis, "pl:", "plistlib_load", [({"path": "a.json"}, "InvalidFileException: Invalid file"),
                                                       ({"path": "b.ini"}, "InvalidFileException: Invalid file")])
    assert _decision(plist, "plistlib_load", {"path": "c.yaml"}) == "warn"
    assert _decision(plist, "plistlib_load", {"path": "Info.plist"}) == "allow"
    # zlib `Error -2 while compressing data: inconsistent stream state` after a flush that finished the stream
    stream = _learn(fake_redis, "zs:", "zlib_stream", [
        ({"ops": [{"op": "compress", "data": "a"}, {"op": "flush"}, {"op": "compress", "data": "b"}]},
         "error: Error -2 while compressing data: inconsistent stream state"),
        ({"ops": [{"op": "compress", "data": "c"}, {"op": "flush"}, {"op": "compress", "data": "d"}]},
         "error: Error -2 while compressing data: inconsistent stream state")])
    assert _decision(stream, "zlib_stream", {"ops": [{"op": "flush"}, {"op": "compress", "data": "e"}]}) == "warn"
    assert _decision(stream, "zlib_stream", {"ops": [{"op": "compress", "data": "e"}, {"op": "flush"}]}) == "allow"


def test_a_usage_text_lists_the_values_an_option_takes(fake_redis):
    # Dart Sass 1.8x `"compresed" is not an allowed value for option "--style".` and its usage below it
    usage = ('\n\nUsage: sass <input.scss> [output.css]\n'
             '-p, --pkg-importer=<TYPE>      Built-in importer(s) to use for pkg: URLs.\n'
             '          [node]               Load files like Node.js package resolution.\n'
             '-s, --style=<NAME>             Output style.\n'
             '                               [expanded (default), compressed]\n'
             '    --source-map-urls          How to link from source maps to source files.\n'
             '                               [relative (default), absolute]\n')
    assert stated_validation(f'"compresed" is not an allowed value for option "--style".{usage}')["enum"] == ["expanded", "compressed"]
    assert stated_validation(f'"absolut" is not an allowed value for option "--source-map-urls".{usage}')["enum"] == ["relative", "absolute"]

    def shell(command: str) -> dict:
        return canonical_tool("Bash", {"command": command}).params
    checker = _learn(fake_redis, "sass:", "sass", [
        (shell("sass --style=compresed a.scss a.css"), f'"compresed" is not an allowed value for option "--style".{usage}'),
        (shell("sass --style=nested b.scss b.css"), f'"nested" is not an allowed value for option "--style".{usage}')])
    assert _decision(checker, "sass", shell("sass --style=compact c.scss c.css")) == "warn"
    assert _decision(checker, "sass", shell("sass --style=compressed c.scss c.css")) == "allow"


def test_a_bracketed_list_over_lines_and_a_count_of_unique_characters_are_stated_rules():
    # Python's decimal `valid values for rounding are:\n   [ROUND_CEILING, …]`; hashids `must contain at least 16 unique characters`
    rounding = stated_validation("TypeError: valid values for rounding are:\n   [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                 "    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n    ROUND_05UP]")
    assert rounding["enum"] == ["ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_DOWN",
                                "ROUND_HALF_EVEN", "ROUND_05UP"]
    assert stated_validation("ValueError: Alphabet must contain at least 16 unique characters.")["min_length"] == 16


def test_a_version_specifier_is_pep_440s(fake_redis):
    # packaging 24 `InvalidSpecifier: Invalid specifier: '<2..0'` quotes one item of `>=1.0,<2..0`: that parameter's
    checker = _learn(fake_redis, "spec:", "specifier_check", [
        ({"specifier": "=>2.0", "version": "2.31.0"}, "InvalidSpecifier: Invalid specifier: '=>2.0'"),
        ({"specifier": ">=1.0,<2..0", "version": "1.4"}, "InvalidSpecifier: Invalid specifier: '<2..0'")])
    for bad in ("~=3", "=<4.0", ">= 1.2 < 2"):
        assert _decision(checker, "specifier_check", {"specifier": bad, "version": "3.2"}) == "warn", bad
    for good in (">=2.0", ">=1.0,<2.0", "~=3.1", "==1.*", ">=3.1rc1"):
        assert _decision(checker, "specifier_check", {"specifier": good, "version": "3.2"}) == "allow", good
