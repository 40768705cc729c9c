"""What set 33's real messages taught, each as a user meets it: a long grid of names cut short names no closed set,
a bare synopsis names the operands a call left out, an option's documentation line is no verdict on the failure, a
subcommand after a switch's value is the step a message names, and what a message says of a file the call named is
not a rule for the file's name."""
from __future__ import annotations

from tests.unit.test_prevention_learned_state import _shell_learner
from worker.classifier import classify_error_type
from worker.identity import canonical_tool, step_name
from worker.required import required_names
from worker.stated import stated_validation

_GRID_HEAD = "Didn't find any processor named: pic16f999\nHere are the supported processors:\n"


def _grid(rows: int) -> str:
    names = [f"p{10 + i // 6}f{200 + i}" for i in range(rows * 6)]
    return "\n".join("        ".join(names[r * 6:r * 6 + 6]) for r in range(rows))


def test_a_grid_of_names_below_its_heading_is_the_whole_list_and_a_cut_one_is_no_closed_set():
    found = stated_validation(_GRID_HEAD + _grid(4))  # gpasm: six names a row, every row is the list
    assert found["enum"][:2] == ["p10f200", "p10f201"] and "p13f223" in found["enum"] and len(found["enum"]) == 24
    cut = (_GRID_HEAD + _grid(60))[:2000]  # an agent host kept 2,000 characters: the list may go on
    assert "enum" not in stated_validation(cut)


def test_a_grid_list_cut_by_the_host_warns_only_on_the_names_that_failed(fake_redis):
    error = (_GRID_HEAD + _grid(60))[:2000]
    check = _shell_learner(fake_redis, "grid:", [("gpasm -p pic16f999 -o out/a.hex a.asm", error, [])])
    assert check("gpasm -p pic16f999 b.asm") == "warn"  # the name that failed
    assert check("gpasm -p pic16f877a -o out/a.hex a.asm") == "allow"  # a name past the cut is no mistake


_LDNS = ("Error: no keys to sign with. Aborting.\n\nldns-signzone [OPTIONS] zonefile key [key [key]]\n"
         "  signs the zone with the given key(s)\n  -b\t\tuse layout in signed zone and print comments DNSSEC records\n"
         "  -f <file>\toutput zone to file (default <name>.signed)\n  -n\t\tuse NSEC3 instead of NSEC.\n\n"
         "  keys must be specified by their base name (usually K<name>+<alg>+<id>),\n  i.e. WITHOUT the .private extension.\n")


def test_a_bare_synopsis_names_the_operands_and_an_option_line_is_no_verdict():
    one = canonical_tool("Bash", {"command": "ldns-signzone dns/example.com.zone"})
    found = classify_error_type(one.tool, one.params, _LDNS)
    assert found["error_category"] == "MISSING_PARAMETER"  # not "use NSEC3 instead": the -n option's documentation
    assert required_names(one.params, _LDNS) == ["key"]  # the zonefile was given, the key not
    two = canonical_tool("Bash", {"command": "ldns-signzone dns/example.com.zone dns/keys/Kexample.com.zsk"})
    assert required_names(two.params, _LDNS) == []


def test_a_signing_call_without_its_key_warns_and_one_with_it_passes(fake_redis):
    check = _shell_learner(fake_redis, "ldns:", [("ldns-signzone dns/example.com.zone", _LDNS, []),
                                                 ("ldns-signzone -f out/o.signed dns/example.org.zone", _LDNS, [])])
    assert check("ldns-signzone -e 20301231 dns/shop.test.zone") == "warn"
    assert check("ldns-signzone dns/shop.test.zone dns/keys/Kshop.test.zsk") == "allow"


def test_a_subcommand_after_a_switch_value_is_the_step_a_message_names(fake_redis):
    index = canonical_tool("Bash", {"command": "bup -d backups/site.bup index site"})
    assert step_name(index.tool, index.params) == "bup_index"
    assert step_name("tar", canonical_tool("Bash", {"command": "tar -x archive.tar"}).params) is None  # no word after
    save = "bup -d backups/site.bup save -n site site"
    error = "error: cannot access 'backups/site.bup/bupindex'; have you run bup index?"
    check = _shell_learner(fake_redis, "bup:", [(save, error, ["bup -d backups/site.bup init"])])
    assert check("bup -d backups/docs.bup save -n docs docs", "bup -d backups/docs.bup init") == "warn"
    assert check("bup -d backups/docs.bup save -n docs docs", "bup -d backups/docs.bup init",
                 "bup -d backups/docs.bup index docs") == "allow"  # the index ran


def test_what_a_message_says_of_a_named_file_is_no_rule_for_the_name(fake_redis):
    error = ("xfs_admin: disks/data.img is not a valid XFS filesystem (unexpected SB magic number 0x00000000)\n"
             "Use -F to force a read attempt.")
    check = _shell_learner(fake_redis, "xfs:", [("xfs_admin -l disks/data.img", error, [])])
    assert check("xfs_admin -l disks/data.img") == "warn"  # the same file again
    assert check("xfs_admin -l disks/logs.img") == "allow"  # a `magic number` is no number the path failed to be


def test_what_was_missing_said_in_words_is_a_missing_parameter_learned_by_the_calls_shape(fake_redis):
    from worker.required import learnable
    found = classify_error_type("ld65", {"o": "out/main.bin", "arg1": "obj/main.o"}, "ld65: Error: Memory configuration missing")
    assert found["error_category"] == "MISSING_PARAMETER"
    assert learnable({"o": "out/main.bin", "arg1": "obj/main.o"}, "ld65: Error: Memory configuration missing", found, "ld65")
    check = _shell_learner(fake_redis, "bdb:", [("db5.3_load -T out/users.db < data/users.txt",
                                                 "db5.3_load: BDB5078 no database type specified", []),
                                                ("db5.3_load -T -f data/hosts.txt out/hosts.db",
                                                 "db5.3_load: BDB5078 no database type specified", [])])
    assert check("db5.3_load -T -f data/ports.txt out/ports.db") == "warn"  # the same shape, still no type
    assert check("db5.3_load -T -t hash -f data/ports.txt out/ports.db") == "allow"  # `-t hash` gives the type


_RDIFF = ("ERROR: Time string '{v}' couldn't be parsed due to 'Bad time string \"{v}\"\n\nThe acceptable time strings are "
          "intervals (like \"3D64s\"), w3-datetime\nstrings, like \"2002-04-26T04:22:01-07:00\" (strings like\n"
          "\"2002-04-26T04:22:01\" are also acceptable - rdiff-backup will use the\ncurrent time zone), or ordinary dates "
          "like 2/4/1997 or 2001-04-23\n(various combinations are acceptable, but the month always precedes\nthe day).'\n"
          "ERROR: Action restore failed on step setup")


def test_the_quoted_value_is_the_refused_one_and_a_kind_only_the_explanation_names_is_no_rule(fake_redis):
    params = {"arg1": "restore", "at": True, "arg2": "1week", "arg3": "backups/site", "arg4": "restore/site"}
    found = classify_error_type("rdiff_backup", params, _RDIFF.format(v="1week"))
    assert found["evidence"]["incorrect_value"] == "1week"  # quoted; `restore` only names the action
    check = _shell_learner(fake_redis, "rdiff:", [("rdiff-backup restore --at 1week backups/site restore/site",
                                                   _RDIFF.format(v="1week"), [])])
    assert check("rdiff-backup restore --at 1W backups/site restore/site") == "allow"  # no time zone was ever asked for
    assert check("rdiff-backup restore --at 1week backups/site restore/site") == "warn"  # the value that failed


def test_a_key_file_made_earlier_in_the_session_exists_and_a_program_named_drop_something_removes_nothing(fake_redis):
    from worker.steps import removes
    assert removes("dropdb") and removes("dropuser") and not removes("dropbearkey")
    made = "dropbearkey -t ed25519 -f ssh/host_ed25519"
    error = ("Generating 256 bit ed25519 key, this may take a while...\nFailed moving key file to ssh/host_ed25519: File exists\n"
             "Exited: Failed to generate key.")
    check = _shell_learner(fake_redis, "dbk:", [(made, error, [made])])
    assert check("dropbearkey -t rsa -s 2048 -f ssh/id_rsa", "dropbearkey -t rsa -s 2048 -f ssh/id_rsa") == "warn"
    assert check("dropbearkey -t rsa -s 2048 -f ssh/id_rsa") == "allow"  # nothing made it in this session


def test_a_user_refusing_an_overwrite_prompt_is_no_network_fault():
    message = ("Final memory cleanup...\nAborting program. User refused to continue while asking: site.1.dar is about to "
               "be overwritten, continue ?")
    found = classify_error_type("dar", {"c": "archives/site", "R": "site", "Q": True}, message)
    assert found["is_usage_error"] and found["infra_kind"] is None
    assert classify_error_type("psql", {}, "connection refused")["infra_kind"] == "network"


def test_the_file_a_redirection_writes_is_not_the_one_a_reader_failed_to_read(fake_redis):
    error = "pngtopnm: input file is not a PNG file (does not have the PNG signature in its first 4 bytes)"
    check = _shell_learner(fake_redis, "png:", [("pngtopnm art/photo.jpg > out/photo.pnm", error, []),
                                                ("pngtopnm art/icon.gif > out/icon.pnm", error, [])])
    assert check("pngtopnm art/logo.bmp > out/logo.pnm") == "warn"  # another file that is no PNG
    assert check("pngtopnm art/logo.png > out/logo.pnm") == "allow"  # a PNG, written to the same kind of output


def test_a_suffix_that_names_no_format_is_no_evidence_of_a_malformed_file(fake_redis):
    check = _shell_learner(fake_redis, "ssss:", [("ssss-combine -t 2 -q < shares/db-colon.txt", "FATAL: invalid syntax.", []),
                                                 ("ssss-combine -t 2 -q < shares/api-space.txt", "FATAL: invalid syntax.", [])])
    assert check("ssss-combine -t 2 -q < shares/db.txt") == "allow"  # a good share file is a .txt too
    assert check("ssss-combine -t 2 -q < shares/root.txt") == "allow"
    yaml = _shell_learner(fake_redis, "yml:", [("jsonlint -q conf/a.yaml", "Expecting value: line 1 column 1 (char 0)", []),
                                               ("jsonlint -q conf/b.yaml", "Expecting value: line 1 column 1 (char 0)", [])])
    assert yaml("jsonlint -q conf/c.yaml") == "warn"  # a suffix that names a format still is evidence
