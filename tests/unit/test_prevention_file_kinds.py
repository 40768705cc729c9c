"""Prevention from one failure, on the message's own evidence: a tool that could not read a file of one kind
warns on files of that kind (and only that kind), a rule the message states is learned even when the classifier
is unsure, the one number among names is what `not an integer` was about, and GNU date's day words are dates.
Each learned from real tools' messages through classifier → extractor → learner, and checked by the real checker,
with the good calls beside it that must still pass."""
from __future__ import annotations

from typing import Any

from producers.checker import PatternCache, UsagePatternChecker
from producers.record import build_event
from worker.call_values import value_type
from worker.learner import UsagePatternLearner
from worker.storage import UsagePatternStorage


def learned(fake_redis, prefix: str, tool: str, params: dict, error: str, rounds: int = 10) -> UsagePatternChecker:
    store = UsagePatternStorage(fake_redis, prefix)
    learner = UsagePatternLearner(store)
    for _ in range(rounds):
        outcome = learner.analyze_result(build_event(tool, params, error=error))
        assert outcome.startswith(("learned:", "merged:")), outcome
    return UsagePatternChecker(PatternCache(store, poll_seconds=0))


def decision(checker: UsagePatternChecker, tool: str, params: dict) -> str:
    return checker.check_before_call(tool, params)["decision"]


def test_a_binary_reader_that_failed_on_a_text_file_warns_on_any_text_file_and_passes_media_and_images(fake_redis):
    checker = learned(fake_redis, "fk1:", "ffprobe_info", {"file": "people.csv"},
                      "people.csv: Invalid data found when processing input\n{\n\n}")
    for text in ("conf.yaml", "timeout.patch", "data.json", "deploy.sh", "notes.md"):
        assert decision(checker, "ffprobe_info", {"file": text}) == "warn", text
    for media in ("clip.mp4", "tone.wav", "pic.png", "talk.mkv"):
        assert decision(checker, "ffprobe_info", {"file": media}) == "allow", media


def test_an_image_tool_that_could_not_decode_json_is_learned_and_warns_on_other_text_files(fake_redis):
    checker = learned(fake_redis, "fk2:", "identify_image", {"file": "data.json"},
                      "identify: no decode delegate for this image format `JSON' @ error/constitute.c/ReadImage/594.")
    assert decision(checker, "identify_image", {"file": "conf.yaml"}) == "warn"
    assert decision(checker, "identify_image", {"file": "people.csv"}) == "warn"
    assert decision(checker, "identify_image", {"file": "logo.jpg"}) == "allow"
    assert decision(checker, "identify_image", {"file": "icon.gif"}) == "allow"


def test_a_text_reader_warns_on_its_failing_files_kind_but_not_on_the_type_its_name_says_it_reads(fake_redis):
    checker = learned(fake_redis, "fk3:", "xml_select", {"file": "data.json", "xpath": "//name"},
                      "data.json:1.1: Start tag expected, '<' not found\n{\"name\": \"bp7\", \"version\": \"1.0.0\"}\n^")
    assert decision(checker, "xml_select", {"file": "conf.yaml", "xpath": "//port"}) == "warn"
    assert decision(checker, "xml_select", {"file": "people.csv", "xpath": "//email"}) == "warn"
    assert decision(checker, "xml_select", {"file": "books.xml", "xpath": "//title"}) == "allow"
    assert decision(checker, "xml_select", {"file": "notes.md", "xpath": "//title"}) == "allow"  # prose, another kind
    assert decision(checker, "xml_select", {"file": "deploy.sh", "xpath": "//x"}) == "allow"  # code, another kind


def test_the_type_the_message_says_it_reads_passes_and_so_does_a_call_that_says_how_to_read_the_file(fake_redis):
    checker = learned(fake_redis, "fk4:", "gojq_query", {"file": "conf.yaml", "filter": ".port"},
                      "gojq: invalid json: conf.yaml\n    name: web\n     ^  invalid character 'a' in literal null (expecting 'u')")
    assert decision(checker, "gojq_query", {"file": "compose.yml", "filter": ".services"}) == "warn"
    assert decision(checker, "gojq_query", {"file": "package.json", "filter": ".version"}) == "allow"
    assert decision(checker, "gojq_query", {"file": "deployment.yaml", "filter": ".spec", "yaml_input": True}) == "allow"


def test_source_files_given_to_a_formatter_that_has_no_parser_for_them_warn_and_web_files_pass(fake_redis):
    checker = learned(fake_redis, "fk5:", "prettier_format", {"file": "s.py"},
                      '[error] No parser could be inferred for file "/tmp/w/s.py".')
    for source in ("deploy.sh", "main.go", "Makefile"):
        assert decision(checker, "prettier_format", {"file": source}) == "warn", source
    for web in ("src/index.ts", "style.css", "data.json", "notes.md", "conf.yaml"):
        assert decision(checker, "prettier_format", {"file": web}) == "allow", web


def test_a_missing_file_or_an_error_inside_a_files_content_says_nothing_of_other_files_of_its_kind(fake_redis):
    absent = learned(fake_redis, "fk6:", "yaml_lint", {"file": "ci.yaml"},
                     "yaml_lint: error: ci.yaml: No such file or directory")
    assert decision(absent, "yaml_lint", {"file": "deploy.yaml"}) == "allow"
    content = learned(fake_redis, "fk7:", "config_load", {"file": "app.json"},
                      "app.json: parse error: Expecting ',' delimiter: line 3 column 17 (char 40)")
    assert decision(content, "config_load", {"file": "other.json"}) == "allow"
    assert decision(content, "config_load", {"file": "settings.toml"}) == "allow"


def test_a_listed_set_of_values_the_message_states_is_learned_though_the_classifier_was_unsure(fake_redis):
    checker = learned(fake_redis, "fk8:", "tsc_compile", {"files": ["src/index.ts"], "target": "es2099", "noEmit": True},
                      "error TS6046: Argument for '--target' option must be: 'es6', 'es2015', 'es2016', 'es2017', 'es2018', "
                      "'es2019', 'es2020', 'es2021', 'es2022', 'es2023', 'es2024', 'es2025', 'esnext'.")
    assert decision(checker, "tsc_compile", {"files": ["src/util.ts"], "target": "es2030", "noEmit": True}) == "warn"
    assert decision(checker, "tsc_compile", {"files": ["src/util.ts"], "target": "es7", "noEmit": True}) == "warn"
    assert decision(checker, "tsc_compile", {"files": ["src/a.ts", "src/b.ts"], "target": "es2022", "noEmit": True}) == "allow"
    assert decision(checker, "tsc_compile", {"files": ["src/util.ts"], "target": "esnext", "noEmit": True}) == "allow"


def test_not_an_integer_is_about_the_one_value_that_is_a_number_and_not_about_the_key_beside_it(fake_redis):
    checker = learned(fake_redis, "fk9:", "redis_incrby", {"key": "stats:visits", "increment": "1.5"},
                      "ERR value is not an integer or out of range")
    for bad in ("five", "2.0", "10e2"):
        assert decision(checker, "redis_incrby", {"key": "stats:clicks", "increment": bad}) == "warn", bad
    for good in ("5", "-3", "0", "100"):
        assert decision(checker, "redis_incrby", {"key": "stock:42", "increment": good}) == "allow", good


def test_gnu_dates_day_words_pass_an_invalid_date_format_pattern_and_other_words_do_not(fake_redis):
    checker = learned(fake_redis, "fk10:", "touch_timestamp", {"path": "notes.md", "date": "31/12/2024 10:00"},
                      "touch: invalid date format \u201831/12/2024 10:00\u2019")
    assert decision(checker, "touch_timestamp", {"path": "guide.md", "date": "yesterday"}) == "allow"
    assert decision(checker, "touch_timestamp", {"path": "guide.md", "date": "2024-12-31T23:59:00"}) == "allow"
    assert decision(checker, "touch_timestamp", {"path": "notes.md", "date": "tomorrow at noon"}) == "warn"
    assert decision(checker, "touch_timestamp", {"path": "notes.md", "date": "2024-02-30"}) == "warn"


def test_a_number_or_a_version_is_of_no_file_type():
    assert value_type("1.5") is None and value_type("2.0.1") is None
    assert value_type("conf.yml") == "yaml" and value_type("tools/Makefile") == "makefile"


def test_a_message_about_what_a_files_content_names_says_nothing_of_other_files_of_its_kind(fake_redis):
    checker = learned(fake_redis, "fk11:", "kubectl_apply", {"filename": "k8s/deploy.yaml"},
                      'error: resource mapping not found for name: "web" namespace: "" from "k8s/deploy.yaml": '
                      'no matches for kind "Deployment" in version "apps/v2"')
    assert decision(checker, "kubectl_apply", {"filename": "k8s/service.yaml"}) == "allow"
    later = learned(fake_redis, "fk12:", "compose_up", {"file": "compose.yaml"},
                    "error parsing compose.yaml: yaml: line 3: mapping values are not allowed in this context")
    assert decision(later, "compose_up", {"file": "other.yaml"}) == "allow"


def test_a_corrupt_file_of_the_type_the_tool_reads_says_nothing_of_its_other_files(fake_redis):
    checker = learned(fake_redis, "fk13:", "gunzip_file", {"file": "backup.gz"},
                      "gunzip: backup.gz: invalid compressed data--format violated")
    assert decision(checker, "gunzip_file", {"file": "logs.gz"}) == "allow"
    assert decision(checker, "gunzip_file", {"file": "site.tgz"}) == "allow"
    assert decision(checker, "gunzip_file", {"file": "backup.gz"}) == "warn"  # that very file, again


def test_a_rule_stated_of_one_key_of_a_map_is_not_learned_on_the_whole_map(fake_redis):
    store = UsagePatternStorage(fake_redis, "fk14:")
    outcome = UsagePatternLearner(store).analyze_result(build_event(
        "ajv_schema_check", {"data": {"name": "web", "replicas": 30}}, error="validation failed: data/replicas must be <= 10"))
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))
    assert not outcome.startswith("learned:") or decision(checker, "ajv_schema_check", {"data": {"name": "api", "port": 8080}}) == "allow"


def test_a_file_of_the_tools_own_kind_that_failed_says_nothing_of_the_others_of_its_type(fake_redis):
    corrupt = learned(fake_redis, "fk15:", "ffprobe_info", {"file": "broken.mp4"}, "broken.mp4: Invalid data found when processing input")
    assert decision(corrupt, "ffprobe_info", {"file": "clip.mp4"}) == "allow"
    assert decision(corrupt, "ffprobe_info", {"file": "talk.mkv"}) == "allow"
    shaped = learned(fake_redis, "fk16:", "ansible_playbook", {"playbook": "bad.yml"},
                     "[ERROR]: A playbook must be a list of plays, got a <class 'dict'> instead: /w/bad.yml\nOrigin: /w/bad.yml:1:1")
    assert decision(shaped, "ansible_playbook", {"playbook": "site.yml"}) == "allow"
    script = learned(fake_redis, "fk17:", "ansible_playbook", {"playbook": "deploy.sh"},
                     "[ERROR]: A playbook must be a list of plays, got a <class 'str'> instead: /w/deploy.sh\nOrigin: /w/deploy.sh:2:1")
    assert decision(script, "ansible_playbook", {"playbook": "s.py"}) == "warn"  # another kind of source than a playbook
    assert decision(script, "ansible_playbook", {"playbook": "site.yml"}) == "allow"


def test_chmods_invalid_mode_learns_what_a_file_mode_is_and_an_open_mode_message_does_not(fake_redis):
    checker = learned(fake_redis, "fk18:", "chmod_mode", {"mode": "rwxr-xr-x", "path": "deploy.sh"},
                      "chmod: invalid mode: \u2018rwxr-xr-x\u2019\nTry 'chmod --help' for more information.")
    for bad in ("rw-r--r--", "0759", "u+r,"):
        assert decision(checker, "chmod_mode", {"mode": bad, "path": "notes.md"}) == "warn", bad
    for good in ("755", "u+x", "go-w", "0644", "a=r"):
        assert decision(checker, "chmod_mode", {"mode": good, "path": "notes.md"}) == "allow", good
    opened = learned(fake_redis, "fk19:", "read_file", {"path": "a.txt", "mode": "rw"}, "ValueError: invalid mode: 'rw'")
    assert decision(opened, "read_file", {"path": "a.txt", "mode": "r"}) == "allow"


def test_a_pointer_to_the_tools_help_is_no_prerequisite_step(fake_redis):
    from worker.steps import commands_in

    assert commands_in("Error: You must specify a topic to subscribe to.\n\nUse 'mosquitto_sub --help' to see usage.") == []
    assert commands_in("tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.") == []
    assert commands_in('Error: please run "terraform init" first') == ["terraform init"]
    checker = learned(fake_redis, "fk20:", "mosquitto_subscribe", {"host": "localhost", "port": 1883},
                      "Error: You must specify a topic to subscribe to.\n\nUse 'mosquitto_sub --help' to see usage.")
    # learned as the missing value it is, not as a step `mosquitto_sub` that must run first
    assert checker.check_before_call("mosquitto_subscribe", {"host": "localhost", "port": 1883})["patterns_matched"][0].startswith(
        "mosquitto_subscribe_missing_parameter")
    assert decision(checker, "mosquitto_subscribe", {"host": "localhost", "port": 1883, "topic": "jobs/#"}) == "allow"


def test_a_first_column_on_a_later_line_is_no_position_inside_the_content(fake_redis):
    # `line 25, column 1` is line 25 (read as a whole number), at its first column: the file's kind was the mistake
    checker = learned(fake_redis, "fk20:", "xml_select", {"file": "data.json"},
                      "data.json: line 25, column 1: not an xml file: invalid xml format")
    assert decision(checker, "xml_select", {"file": "conf.yaml"}) == "warn"
    assert decision(checker, "xml_select", {"file": "books.xml"}) == "allow"


def test_a_version_number_in_the_message_is_no_position_inside_the_content(fake_redis):
    checker = learned(fake_redis, "fk21:", "xslt_apply", {"file": "data.json"},
                      "xsltproc: data.json: invalid xml format (libxml2 2.9.14)")
    assert decision(checker, "xslt_apply", {"file": "conf.yaml"}) == "warn"
    assert decision(checker, "xslt_apply", {"file": "books.xml"}) == "allow"


def test_a_tool_whose_name_says_it_reads_text_is_a_text_reader_whatever_its_message_says(fake_redis):
    # a bare `invalid xml format` from xml_select: the file's kind (data) warns, prose and code do not
    checker = learned(fake_redis, "fk22:", "xml_select", {"file": "data.json"}, "data.json: invalid xml format")
    assert decision(checker, "xml_select", {"file": "conf.yaml"}) == "warn"
    for other in ("notes.md", "deploy.sh", "books.xml"):
        assert decision(checker, "xml_select", {"file": other}) == "allow", other


def test_the_worded_date_pattern_takes_every_loose_date_and_the_day_words():
    import re

    from worker.kinds import _DATE_WORDS_RX, _LOOSE_DATE_RX
    for value in ("@1700000000", "2024-12-31", "2024-12-31T23:59:59Z", "12/31/2024 10:00"):
        assert re.match(_LOOSE_DATE_RX, value) and re.match(_DATE_WORDS_RX, value), value
    for word in ("now", "Today", "yesterday", "tomorrow"):
        assert re.match(_DATE_WORDS_RX, word) and not re.match(_LOOSE_DATE_RX, word), word
    assert not re.match(_DATE_WORDS_RX, "tomorrow at noon")


def test_a_bad_file_of_the_type_the_tools_name_says_it_reads_is_not_learned_on_the_messages_word_alone():
    # an unsure `invalid format` for a.json: from json_fmt it is that file's content, which shows no shape to learn;
    # from an image tool it is the file's kind, learned as one
    from worker.required import learnable
    unsure = {"is_usage_error": True, "error_category": "PARAMETER_FORMAT", "confidence": 0.5, "learnable": False}
    assert not learnable({"file": "a.json"}, "a.json: invalid format", unsure, tool="json_fmt")
    assert learnable({"file": "a.json"}, "a.json: invalid format", unsure, tool="image_info")


def test_every_other_spelling_of_a_type_names_it_in_a_tools_name():
    from worker.kinds import _tool_types
    assert _tool_types("htmtidy") == {"html"}
    assert _tool_types("ymllint") == {"yaml"}


def test_a_format_named_in_capitals_is_its_files_suffix(fake_redis):
    checker = learned(fake_redis, "fk-cap:", "track_import", {"path": "routes/run.kml"},
                      "OSError: File 'routes/run.kml' is not a GPX file.")
    for other in ("routes/ride.fit", "routes/walk.kml", "routes/map.geojson"):
        assert decision(checker, "track_import", {"path": other}) == "warn", other
    for good in ("routes/run.gpx", "routes/Ride.GPX"):
        assert decision(checker, "track_import", {"path": good}) == "allow", good


def test_a_format_whose_files_have_no_suffix_states_none():
    from worker.stated import stated_validation
    assert stated_validation("readelf: Error: lib/tool.py: Not an ELF file - it has the wrong magic bytes") == {}
    assert stated_validation("error: 'notes.md' is not a valid file") == {}  # a word, not a format
    assert stated_validation("OSError: File 'a.svg' is not a DXF file.")["regex"] == r"(?i)\.(?:dxf)$"


def test_a_formats_longer_name_stands_for_its_three_letter_suffix_too(fake_redis):
    checker = learned(fake_redis, "fk-mid:", "synth_load", {"path": "songs/a.wav"}, "OSError: MThd not found. Probably not a MIDI file")
    for good in ("songs/b.mid", "songs/c.midi"):
        assert decision(checker, "synth_load", {"path": good}) == "allow", good
    for other in ("songs/d.mp3", "songs/e.ogg"):
        assert decision(checker, "synth_load", {"path": other}) == "warn", other


def _shell(fake_redis, prefix: str, failures: list[tuple[str, str]], rounds: int = 10) -> Any:
    """Learn shell lines (`run_shell` running `command`) as a session records them: by the program's own identity."""
    from worker.identity import canonical_tool

    store = UsagePatternStorage(fake_redis, prefix)
    learner = UsagePatternLearner(store)
    for _ in range(rounds):
        for command, error in failures:
            learner.analyze_result(build_event("run_shell", {"command": command}, error=error))
    checker = UsagePatternChecker(PatternCache(store, poll_seconds=0))

    def check(command: str) -> str:
        call = canonical_tool("run_shell", {"command": command})
        return checker.check_before_call(call.tool, call.params)["decision"]
    return check


def test_a_message_that_names_the_format_the_file_was_not_makes_that_format_the_rule():
    from worker.kinds import format_named

    # jhead 3.06, cabextract 1.9, unsquashfs 4.5, ncdump 4.9: what each read instead, as the suffix of its files
    assert format_named("Not JPEG: photos/logo.png", ["png"]) == ["jpg"]
    assert format_named("archives/site.zip: no valid cabinets found", ["zip"]) == ["cab"]
    assert format_named("FATAL ERROR: Can't find a valid SQUASHFS superblock on images/site.iso", ["iso"]) == ["sqfs"]
    assert format_named("ncdump: cdl/ocean.cdl: NetCDF: Unknown file format", ["cdl"]) == ["nc"]
    # no format: a place, an absence, a repository; and a file of the very type named had bad content, not a bad type
    for message in ("cd: src: Not a directory", "error: pathspec 'x' did not match: not found",
                    "fatal: not a git repository (or any of the parent directories): .git"):
        assert format_named(message, ["txt"]) == [], message
    assert format_named("Not JPEG: photos/broken.jpg", ["jpg"]) == []


def test_a_file_of_another_type_warns_wherever_the_command_line_puts_it_and_files_of_the_named_type_pass(fake_redis):
    check = _shell(fake_redis, "fk-fmt:", [("jhead photos/logo.png", "Not JPEG: photos/logo.png"),
                                           ("jhead -exonly photos/banner.gif", "Not JPEG: photos/banner.gif")])
    # `-v x.png` reads as the value of -v (argv cannot tell): the file is still the file the message spoke of
    for repeat in ("jhead photos/scan.tif", "jhead -se photos/icon.bmp", "jhead -v images/chart.png"):
        assert check(repeat) == "warn", repeat
    for good in ("jhead photos/beach.jpg", "jhead -v photos/beach.jpeg", "jhead -c photos/city.JPG", "jhead"):
        assert check(good) == "allow", good


def test_a_file_after_a_flag_is_not_learned_as_the_flags_value_and_a_glob_is_no_file(fake_redis):
    check = _shell(fake_redis, "fk-nc:", [("ncdump -h cdl/ocean.cdl", "ncdump: cdl/ocean.cdl: NetCDF: Unknown file format"),
                                          ("ncdump -v temp cdl/station.cdl", "ncdump: cdl/station.cdl: NetCDF: Unknown file format")])
    for repeat in ("ncdump cdl/grid.cdl", "ncdump -k data/readings.csv", "ncdump -c cdl/station.cdl"):
        assert check(repeat) == "warn", repeat
    for good in ("ncdump -h nc/ocean.nc", "ncdump -v pressure nc/station.nc", "ncdump nc/grid.nc"):
        assert check(good) == "allow", good
    cab = _shell(fake_redis, "fk-cab:", [("cabextract -d out archives/site.zip", "archives/site.zip: no valid cabinets found")])
    assert cab("cabextract -d out pkg/update.tar") == "warn"
    assert cab("cabextract -d out -F '*.sys' pkg/driver.cab") == "allow"  # `*.sys` filters what it extracts


def test_a_package_or_archive_of_the_tools_own_format_by_name_is_the_file_it_reads(fake_redis):
    # rpm 4.18 `rpm -qp` on a Debian package; ARJ 3.10 on a ZIP
    check = _shell(fake_redis, "pkg:", [("rpm -qpl dist/app_2.0_amd64.deb",
                                         "error: dist/app_2.0_amd64.deb: not an rpm package (or package manifest)")])
    assert check("rpm -qpi dist/lib_1.1_all.deb") == "warn" and check("rpm -qpl dist/lib-1.1.tgz") == "warn"
    assert check("rpm -qpi dist/lib-1.1-1.x86_64.rpm") == "allow"
    check = _shell(fake_redis, "arj:", [("arj l dist/site.7z", "dist/site.7z is not an ARJ archive\n\nFound     1 error(s)!")])
    assert check("arj x -y dist/site.zip out/") == "warn" and check("arj l dist/site.arj") == "allow"
    from worker.stated import stated_validation
    assert stated_validation("this is not a valid package") == {}  # a word of quality, not a format


def test_a_reader_of_binary_that_did_not_recognise_a_geodata_text_file_warns_on_other_text_files(fake_redis):
    # GDAL 3.6 gdalinfo (rasters) on vector data: the format line first, then `unable to open`, which is no absence
    error = "ERROR 4: `{0}' not recognized as a supported file format.\ngdalinfo failed - unable to open '{0}'."
    check = _shell(fake_redis, "gdl:", [(f"gdalinfo maps/{name}", error.format(f"maps/{name}")) for name in ("lakes.geojson",)])
    for text in ("maps/trails.gpx", "maps/zones.kml", "maps/roads.gml", "maps/pois.geojson"):
        assert check(f"gdalinfo {text}") == "warn", text
    for raster in ("maps/dem.tif", "maps/ortho.jp2", "maps/slope.img"):
        assert check(f"gdalinfo {raster}") == "allow", raster
