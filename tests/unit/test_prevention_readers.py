"""Readers named for their type, options named by their flag, and what a create made: learned from real tools' wording
(mutagen, pymongo's bson, Python's wave, ajv-cli, feedgen, configparser, bzip2, whoosh), enforced on repeats, silent
on good calls."""
from __future__ import annotations

from tests.unit.test_prevention_value_kinds import _learn
from worker.identity import canonical_tool
from worker.required import required_names


def _decision(checker, tool: str, params: dict, recent: list | None = None) -> str:
    return checker.check_before_call(tool, params, {"recent_calls": recent} if recent is not None else None)["decision"]


def test_a_reader_named_for_its_type_wants_that_type_whatever_its_message_calls_the_format(fake_redis):
    # mutagen 1.47 `HeaderNotFoundError: can't sync to MPEG frame`, pymongo 4 `InvalidBSON: objsize too large`, Python's
    # wave `file does not start with RIFF id`: none says "not an mp3" in so many words, the tool's name does
    cases = {
        "mutagen_mp3_tags": ("HeaderNotFoundError: can't sync to MPEG frame", ["a/door.wav", "a/bell.flac"],
                             ["a/ring.ogg", "sheets/q1.ods"], ["m/intro.mp3"]),
        "bson_load_file": ("InvalidBSON: objsize too large", ["d/order.json", "d/conf.yaml"],
                           ["d/rows.csv", "d/order.cbor"], ["d/order.bson"]),
        "wave_frames": ("Error: file does not start with RIFF id", ["a/alert.aiff", "m/intro.mp3"],
                        ["a/chime.aiff", "logs/web.log.gz"], ["a/door.wav"]),
    }
    for tool, (error, learned, repeats, goods) in cases.items():
        checker = _learn(fake_redis, f"{tool}:", tool, [({"path": path}, error) for path in learned])
        for path in repeats:
            assert _decision(checker, tool, {"path": path}) == "warn", (tool, path)
        for path in goods:
            assert _decision(checker, tool, {"path": path}) == "allow", (tool, path)


def test_an_option_required_by_its_flag_is_given_by_that_flag(fake_redis):
    usage = ("error: parameter -s is required\n\n\nusage:\n    validate:  ajv [validate] -s schema[.json] -d data[.json]\n"
             "    compile:   ajv compile -s schema[.json]")
    assert required_names({"arg1": "validate", "d": True}, usage) == ["s"]
    checker = _learn(fake_redis, "ajv:", "ajv", [
        (canonical_tool("Bash", {"command": "ajv validate -d data/a.json"}).params, usage),
        (canonical_tool("Bash", {"command": "ajv compile --strict=false"}).params, usage)])

    def shell(command: str) -> str:
        call = canonical_tool("Bash", {"command": command})
        return _decision(checker, call.tool, call.params)
    assert shell("ajv test -d data/b.json --valid") == "warn"
    assert shell("ajv -d data/b.json --all-errors") == "warn"
    assert shell("ajv validate -s schemas/b.json -d data/b.json") == "allow"
    assert shell("ajv compile -s schemas/b.json --strict=false") == "allow"


def test_required_fields_listed_in_brackets_are_each_required():
    assert required_names({"title": "a", "link": "b"}, "ValueError: Required fields not set (description)") == ["description"]
    assert required_names({"x": 1}, "ValueError: Required fields not set (title, link, description)") == ["title", "link", "description"]
    assert required_names({"title": "a", "link": "b", "description": "c"}, "ValueError: Required fields not set (description)") == []


def test_a_create_that_ran_on_other_values_made_nothing_twice(fake_redis):
    # configparser `DuplicateSectionError: Section 'cache' already exists`, each after the same section was added
    def add(section: str) -> dict:
        return {"tool": "ini_add_section", "params": {"path": "app.ini", "section": section}}
    checker = _learn(fake_redis, "ini:", "ini_add_section", [
        ({"path": "app.ini", "section": "cache"}, "DuplicateSectionError: Section 'cache' already exists", ["ini_add_section"]),
        ({"path": "app.ini", "section": "queue"}, "DuplicateSectionError: Section 'queue' already exists", ["ini_add_section"])])
    assert _decision(checker, "ini_add_section", {"path": "app.ini", "section": "queue"}, [add("queue")]) == "warn"
    assert _decision(checker, "ini_add_section", {"path": "app.ini", "section": "queue"}, [add("smtp")]) == "allow"


def test_a_cluster_of_short_switches_with_one_that_replaces_is_another_mode(fake_redis):
    # bzip2 1.0.8 `Output file logs/a.log.bz2 already exists.` after the same file was compressed; `-kf` forces
    def shell(command: str) -> dict:
        call = canonical_tool("Bash", {"command": command})
        return {"tool": call.tool, "params": call.params}
    made = [shell("bzip2 -k logs/a.log")]
    checker = _learn(fake_redis, "bz:", "bzip2", [
        (shell("bzip2 -k logs/a.log")["params"], "bzip2: Output file logs/a.log.bz2 already exists.", ["bzip2"]),
        (shell("bzip2 -k logs/b.log")["params"], "bzip2: Output file logs/b.log.bz2 already exists.", ["bzip2", "ls"])])
    assert _decision(checker, "bzip2", shell("bzip2 -k logs/a.log")["params"], made) == "warn"
    assert _decision(checker, "bzip2", shell("bzip2 -kf logs/a.log")["params"], made) == "allow"


def test_a_new_handle_begins_anew_after_an_ending(fake_redis):
    # whoosh 2.7 `IndexingError: This writer is closed`: an `add` after `commit`, unless a new `writer` came first
    error = "IndexingError: This writer is closed"
    checker = _learn(fake_redis, "wh:", "whoosh_write", [
        ({"index": "ix", "ops": [{"op": "add", "title": "a"}, {"op": "commit"}, {"op": "add", "title": "b"}]}, error),
        ({"index": "ix", "ops": [{"op": "add", "title": "c"}, {"op": "commit"}, {"op": "add", "title": "d"}]}, error)])
    assert _decision(checker, "whoosh_write", {"index": "ix", "ops": [{"op": "add", "title": "e"}, {"op": "commit"},
                                                                       {"op": "add", "title": "f"}]}) == "warn"
    assert _decision(checker, "whoosh_write", {"index": "ix", "ops": [{"op": "add", "title": "e"}, {"op": "commit"}, {"op": "writer"},
                                                                       {"op": "add", "title": "f"}, {"op": "commit"}]}) == "allow"


def test_a_configuration_file_the_tool_found_none_of_is_a_file_to_write_first(fake_redis):
    # ESLint 9 `ESLint couldn't find an eslint.config.* file.`
    error = ("Oops! Something went wrong! :(\n\nESLint: 9.14.0\n\nESLint couldn't find an eslint.config.* file.\n\n"
             "From ESLint v9.0.0, the default configuration file is now eslint.config.*.")
    checker = _learn(fake_redis, "cfg:", "eslint", [
        ({"arg1": "src/app.js"}, error, ["prettier"]), ({"max_warnings": "0", "arg1": "src/"}, error, [])])
    assert _decision(checker, "eslint", {"arg1": "src/cart.js"}, []) == "warn"
    assert _decision(checker, "eslint", {"arg1": "src/cart.js"}, [{"tool": "fs_read", "params": {"path": "src/cart.js"}}]) == "warn"
    assert _decision(checker, "eslint", {"arg1": "src/cart.js"}, [
        {"tool": "write_file", "params": {"path": "eslint.config.mjs", "content": "export default []"}}]) == "allow"
    assert _decision(checker, "eslint", {"arg1": "src/cart.js"}, [
        {"tool": "write_file", "params": {"path": "src/util.js", "content": "x"}}]) == "warn"  # another file written
    assert _decision(checker, "eslint", {"config": "lint/base.mjs", "arg1": "src/cart.js"}, []) == "allow"
    assert _decision(checker, "eslint", {"arg1": "src/cart.js"}) == "allow"  # no session context: no order warning


def test_a_command_line_without_the_switch_every_failing_call_had_runs_in_another_mode(fake_redis):
    # bzip2 1.0.8 `logs/a.log.gz is not a bzip2 file.` when decompressing (-d); compressing any file is no mistake
    def shell(command: str) -> dict:
        return canonical_tool("Bash", {"command": command}).params
    checker = _learn(fake_redis, "bzm:", "bzip2", [
        (shell("bzip2 -dc logs/a.log.gz > out/a.log"), "bzip2: logs/a.log.gz is not a bzip2 file."),
        (shell("bzip2 -d -k logs/b.log.xz"), "bzip2: logs/b.log.xz is not a bzip2 file.")])
    assert _decision(checker, "bzip2", shell("bzip2 -dc logs/c.log.gz > out/c.log")) == "warn"
    assert _decision(checker, "bzip2", shell("bzip2 -k logs/web.log")) == "allow"
    assert _decision(checker, "bzip2", shell("bzip2 -dk logs/db.log.bz2")) == "allow"


def test_a_files_type_is_its_last_suffix(fake_redis):
    # gzip 1.12 `gzip: logs/db.log.bz2: not in gzip format` through zcat: the `.log` inside says nothing of the type
    def shell(command: str) -> dict:
        return canonical_tool("Bash", {"command": command}).params
    checker = _learn(fake_redis, "zc:", "zcat", [(shell("zcat logs/db.log.bz2"), "gzip: logs/db.log.bz2: not in gzip format"),
                                                (shell("zcat logs/app.log.xz"), "gzip: logs/app.log.xz: not in gzip format")])
    assert _decision(checker, "zcat", shell("zcat logs/cache.log.xz")) == "warn"
    assert _decision(checker, "zcat", shell("zcat logs/web.log.gz")) == "allow"


def test_a_removal_names_what_it_removed_in_any_argument(fake_redis):
    # GNU ln `ln: failed to create symbolic link '.env': File exists` after the same link was made
    def shell(command: str) -> dict:
        call = canonical_tool("Bash", {"command": command})
        return {"tool": call.tool, "params": call.params}
    error = "ln: failed to create symbolic link '.env': File exists"
    checker = _learn(fake_redis, "ln:", "ln", [(shell("ln -s config/b.env .env")["params"], error, ["ln"]),
                                              (shell("ln -s config/c.env .env")["params"], error, ["ls", "ln"])])
    link = shell("ln -s config/d.env .env")["params"]
    assert _decision(checker, "ln", link, [shell("ln -s config/a.env .env")]) == "warn"
    assert _decision(checker, "ln", link, [shell("ln -s config/a.env .env"), shell("rm .env")]) == "allow"


def test_a_configuration_the_message_names_no_file_of_may_be_any_file_written(fake_redis):
    # stylelint 16 `ConfigurationError: No configuration provided for styles/site.css`
    error = "ConfigurationError: No configuration provided for styles/site.css\n    at getConfigForFile (getConfigForFile.mjs:80:9)"
    checker = _learn(fake_redis, "sty:", "stylelint", [({"arg1": "styles/site.css"}, error, ["fs_list"]),
                                                      ({"arg1": "styles/**/*.css"}, error, [])], rounds=10)
    assert _decision(checker, "stylelint", {"arg1": "web/a.css"}, [{"tool": "fs_list", "params": {"path": "."}}]) == "warn"
    assert _decision(checker, "stylelint", {"arg1": "web/a.css"}, [
        {"tool": "write_file", "params": {"path": ".stylelintrc.json", "content": "{}"}}]) == "allow"


def test_one_of_a_list_of_arguments_is_required_however_the_list_ends():
    message = "TypeError: one of the hex, bytes, bytes_le, fields, or int arguments must be given"  # Python's uuid.UUID
    assert required_names({"version": 4}, message) == ["hex_or_bytes_or_bytes_le_or_fields_or_int"]
    assert required_names({"int": 12345, "version": 4}, message) == []


def test_pythons_own_registries_tell_a_known_hash_an_encoding_and_an_error_handler(fake_redis):
    # hashlib `ValueError: unsupported hash type sha265`; codecs `LookupError: unknown encoding: utf-9` and
    # `unknown error handler name 'ignor'`: the checking process's Python knows which names exist
    hashes = _learn(fake_redis, "hash:", "digest_text", [({"algorithm": "sha265", "text": "a"}, "ValueError: unsupported hash type sha265"),
                                                        ({"algorithm": "blake2", "text": "b"}, "ValueError: unsupported hash type blake2")])
    for bad in ("md-5", "crc32", "sha2"):
        assert _decision(hashes, "digest_text", {"algorithm": bad, "text": "c"}) == "warn", bad
    for good in ("sha256", "blake2b", "MD5", "sha3_256"):
        assert _decision(hashes, "digest_text", {"algorithm": good, "text": "c"}) == "allow", good
    codecs_ = _learn(fake_redis, "enc:", "encode_text", [
        ({"text": "x", "encoding": "utf-9"}, "LookupError: unknown encoding: utf-9"),
        ({"text": "x", "encoding": "latin-9x"}, "LookupError: unknown encoding: latin-9x")])
    assert _decision(codecs_, "encode_text", {"text": "y", "encoding": "win-1252"}) == "warn"
    for good in ("utf-8", "latin-1", "cp1252", "ISO-8859-15"):
        assert _decision(codecs_, "encode_text", {"text": "y", "encoding": good}) == "allow", good


def test_a_distribution_without_metadata_is_a_package_to_install(fake_redis):
    # importlib.metadata `PackageNotFoundError: No package metadata was found for tabulate`
    checker = _learn(fake_redis, "meta:", "package_version", [
        ({"name": "tabulate"}, "PackageNotFoundError: No package metadata was found for tabulate", ["fs_list"]),
        ({"name": "humanize"}, "PackageNotFoundError: No package metadata was found for humanize", [])])
    assert _decision(checker, "package_version", {"name": "rich"}, [{"tool": "fs_list", "params": {"path": "."}}]) == "warn"
    assert _decision(checker, "package_version", {"name": "rich"}, [{"tool": "pip_install", "params": {"packages": ["rich"]}}]) == "allow"


def test_a_fraction_is_what_pythons_fraction_reads(fake_redis):
    # fractions `ValueError: Invalid literal for Fraction: '1.5/2'`
    checker = _learn(fake_redis, "frac:", "parse_fraction", [({"text": "1.5/2"}, "ValueError: Invalid literal for Fraction: '1.5/2'"),
                                                            ({"text": "2,5"}, "ValueError: Invalid literal for Fraction: '2,5'")])
    for bad in ("3 /4", "1/2/3", "\u00bd"):
        assert _decision(checker, "parse_fraction", {"text": bad}) == "warn", bad
    for good in ("3/4", "2.5", "-7/8", " 5/8 "):
        assert _decision(checker, "parse_fraction", {"text": good}) == "allow", good


def test_a_required_field_named_by_a_path_from_the_documents_root_is_given_inside_it(fake_redis):
    # cattrs 24 `ClassValidationError: While structuring Order (1 sub-exception): required field missing @ $.sku`
    assert required_names({"type": "Order", "data": {"id": 1}}, "required field missing @ $.sku") == ["sku"]
    checker = _learn(fake_redis, "cat:", "cattrs_structure", [
        ({"type": "Order", "data": {"id": 17, "qty": 2}}, "ClassValidationError: While structuring Order (1 sub-exception): required field missing @ $.sku"),
        ({"type": "Order", "data": {"id": 9}}, "ClassValidationError: While structuring Order (1 sub-exception): required field missing @ $.sku")])
    assert _decision(checker, "cattrs_structure", {"type": "Order", "data": {"id": 18, "qty": 1}}) == "warn"
    assert _decision(checker, "cattrs_structure", {"type": "Order", "data": {"id": 18, "sku": "B-7"}}) == "allow"


def test_a_text_file_refused_by_a_reader_of_its_own_format_says_nothing_of_txt(fake_redis):
    # `… does not look like a Netscape format cookies file` for a .json: other text types fail alike, but a .txt is
    # any text at all (the cookies file itself is one); only a .txt that failed speaks of .txt
    from worker.kinds import unreadable_types
    message = "LoadError: '{0}' does not look like a Netscape format cookies file"
    from_json = unreadable_types("load_cookies", "jar/export.json", message.format("jar/export.json"))
    assert "yaml" in from_json and "csv" in from_json and "txt" not in from_json
    assert "txt" in unreadable_types("load_cookies", "jar/headers.txt", message.format("jar/headers.txt"))
    checker = _learn(fake_redis, "txt:", "load_cookies", [({"path": "jar/export.json"}, message.format("jar/export.json")),
                                                          ({"path": "jar/dump.yaml"}, message.format("jar/dump.yaml"))])
    assert checker.check_before_call("load_cookies", {"path": "jar/other.csv"})["decision"] == "warn"
    assert checker.check_before_call("load_cookies", {"path": "jar/cookies.txt"})["decision"] == "allow"


def test_the_whole_path_a_missing_part_lay_in_is_not_the_mistake(fake_redis):
    # glom's `could not access 'port', part 2 of Path('server', 'http', 'port')`: `port` is the mistake, not `server`
    from worker.attribution import mistaken_parts
    line = "PathAccessError: could not access 'port', part 2 of Path('server', 'http', 'port'), got error: KeyError('port')"
    assert set(mistaken_parts({"spec": "server.http.port"}, line)["spec"]) == {"port"}
    message = "PathAccessError: could not access '{1}', part 1 of Path('{0}', '{1}'), got error: KeyError('{1}')"
    checker = _learn(fake_redis, "glomp:", "dict_get", [
        ({"data": {"server": {"host": "a"}}, "spec": "server.port"}, message.format("server", "port")),
        ({"data": {"cache": {"ttl": 5}}, "spec": "cache.size"}, message.format("cache", "size"))])
    assert _decision(checker, "dict_get", {"data": {"server": {"host": "a"}}, "spec": "server.host"}) == "allow"
    assert _decision(checker, "dict_get", {"data": {"cache": {"ttl": 5}}, "spec": "cache.ttl"}) == "allow"


def test_the_tool_in_its_setting_up_form_may_have_written_the_missing_configuration(fake_redis):
    # TypeScript's `tsc --init` writes the tsconfig.json a later `tsc -p app` found none of
    error = "error TS5081: Cannot find a tsconfig.json file at the current directory: {0}/tsconfig.json."
    checker = _learn(fake_redis, "init:", "tsc", [({"p": "app"}, error.format("app"), ["list_dir"]),
                                                  ({"p": "lib"}, error.format("lib"), [])], rounds=10)
    assert _decision(checker, "tsc", {"p": "app"}, ["list_dir"]) == "warn"
    assert _decision(checker, "tsc", {"p": "app"}, [{"tool": "tsc", "params": {"init": True, "strict": True}}]) == "allow"
    assert _decision(checker, "tsc", {"p": "app"}, [{"tool": "tsc", "params": {"noemit": True}}]) == "warn"


def test_a_short_options_attached_value_the_message_quotes_is_that_options_value(fake_redis):
    # Graphviz dot 2.43: `-Tpgn` is getopt's `-T pgn`, which argv alone cannot tell from a cluster of switches
    usage = ('Format: "{}" not recognized. Use one of: canon cmap cmapx dot dot_json eps gif jpeg json pdf plain '
             'plain-ext png ps svg svgz xdot xdot1.2 xdot1.4')
    assert canonical_tool("Bash", {"command": "dot -Tpgn g.dot"}, usage.format("pgn")).params == {"T": "pgn", "arg1": "g.dot"}
    assert canonical_tool("Bash", {"command": "dot -Tpgn g.dot"}).params == {"tpgn": True, "arg1": "g.dot"}
    assert canonical_tool("Bash", {"command": "tar -xzf a.tgz"}, "tar: a.tgz: Cannot open").params == {"xzf": True, "arg1": "a.tgz"}
    checker = _learn(fake_redis, "dot:", "Bash", [({"command": "dot -Tpgn g/deps.dot -o deps.pgn"}, usage.format("pgn")),
                                                 ({"command": "dot -Thtml g/flow.dot -o flow.html"}, usage.format("html"))])

    def shell(command: str) -> str:
        call = canonical_tool("Bash", {"command": command})
        return _decision(checker, call.tool, call.params)
    for bad in ("dot -Tmermaid g/org.dot -o org.mmd", "dot -Ttiff g/deps.dot", "dot -Thtml g/x.dot"):
        assert shell(bad) == "warn", bad
    # every format it named passes, and one whose reading changed its spelling (`txdot1_4`) is not judged
    for good in ("dot -Tpng g/deps.dot -o deps.png", "dot -Tsvg g/flow.dot", "dot -Tplain g/x.dot", "dot -Txdot1.4 g/x.dot",
                 "dot g/x.dot"):
        assert shell(good) == "allow", good


def test_a_values_start_the_parser_echoed_in_capitals_is_where_it_refused_it(fake_redis):
    # shapely 2 / GEOS: GeoJSON to a WKT reader, `ParseException: Unknown type: '{"TYPE":'`
    error = "GEOSException: ParseException: Unknown type: '{\"TYPE\":'"
    checker = _learn(fake_redis, "wkt:", "shapely_wkt_loads", [
        ({"data": '{"type": "Point", "coordinates": [13.4, 52.5]}'}, error),
        ({"data": '{"type": "LineString", "coordinates": [[0, 0], [1, 1]]}'}, error)])
    assert _decision(checker, "shapely_wkt_loads", {"data": '{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]}'}) == "warn"
    for good in ("POINT (13.4 52.5)", "LINESTRING (0 0, 1 1)", "point (1 2)"):
        assert _decision(checker, "shapely_wkt_loads", {"data": good}) == "allow", good


def test_a_member_every_item_must_have_is_required_of_each_item(fake_redis):
    # jsonpatch 1.33 `InvalidJsonPatch: Operation must have a 'path' member`
    error = "InvalidJsonPatch: Operation must have a 'path' member"
    assert required_names({"document": "u.json", "patch": [{"op": "remove"}]}, error) == ["path"]
    checker = _learn(fake_redis, "jp:", "jsonpatch_apply", [
        ({"document": "user.json", "patch": [{"op": "add", "value": {"role": "admin"}}]}, error),
        ({"document": "user2.json", "patch": [{"op": "remove"}]}, error)])
    assert _decision(checker, "jsonpatch_apply", {"document": "u.json", "patch": [{"op": "replace", "value": "carl"}]}) == "warn"
    assert _decision(checker, "jsonpatch_apply", {"document": "u.json", "patch": [{"op": "remove", "path": "/id"}]}) == "allow"


def test_a_thing_no_call_specified_is_required_and_a_configured_place_may_give_it(fake_redis):
    # sqlfluff 3 `No dialect was specified. You must configure a dialect or specify one on the command line …`
    error = ("User Error: No dialect was specified. You must configure a dialect or specify one on the command line using "
             "--dialect after the command. Available dialects: ansi, postgres, sqlite")
    assert required_names({"file": "q.sql"}, error) == ["dialect"]
    checker = _learn(fake_redis, "sqlf:", "sqlfluff_parse", [({"file": "queries/users.sql"}, error),
                                                             ({"file": "queries/orders.sql"}, error)])
    assert _decision(checker, "sqlfluff_parse", {"file": "queries/report.sql"}) == "warn"
    assert _decision(checker, "sqlfluff_parse", {"file": "queries/report.sql", "dialect": "ansi"}) == "allow"
    assert _decision(checker, "sqlfluff_parse", {"file": "daily.sql", "cwd": "analytics"}) == "allow"  # its config may say



def test_a_long_flag_is_no_attached_value_of_a_short_option(fake_redis):
    # argv reads `--nocolor` as the switch `nocolor`, as it reads `-nocolor`: only an option whose values the message
    # listed is read attached; a number rule of `-n` says nothing of `--nocolor`
    checker = _learn(fake_redis, "nflag:", "Bash", [
        ({"command": f"frobtail -n {bad} app.log"}, f"frobtail: invalid number of lines: '{bad}' is not an integer")
        for bad in ("ten", "5x")])
    for good, bad in (("frobtail -n 20 app.log", "frobtail -n twenty app.log"),):
        call = canonical_tool("Bash", {"command": bad})
        assert _decision(checker, call.tool, call.params) == "warn"
        call = canonical_tool("Bash", {"command": good})
        assert _decision(checker, call.tool, call.params) == "allow"
    call = canonical_tool("Bash", {"command": "frobtail --nocolor app.log"})
    assert _decision(checker, call.tool, call.params) == "allow"
