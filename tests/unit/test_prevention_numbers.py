"""A numeric rule and the tool's own number grammar: the words a rule also takes (gcc's `-O` takes `fast`, `s`,
`g`, `z` beside non-negative integers) pass, and "invalid number" said of a value that starts as a number
(`100 KB`) is no evidence against `100K`, while said of a word (`name`) it warns on words only. Learned from the
real tools' messages through classifier → extractor → learner and checked by the real checker."""
from __future__ import annotations

from producers.checker import PatternCache, UsagePatternChecker
from producers.record import build_event
from tests.unit.test_prevention_file_kinds import decision, learned
from worker.learner import UsagePatternLearner
from worker.storage import UsagePatternStorage
from worker.stated import stated_validation
from worker.validation import Validator

GCC_O = "cc1: error: argument to \u2018-O\u2019 should be a non-negative integer, \u2018g\u2019, \u2018s\u2019, \u2018z\u2019 or \u2018fast\u2019"


def test_the_words_a_numeric_rule_also_takes_are_read_from_the_message():
    validation = stated_validation(GCC_O)
    assert validation["min"] == 0 and validation["also"] == ["g", "s", "z", "fast"]
    validator = Validator(validation)
    assert [v for v in ("3", "0", "fast", "s", "g", "z") if validator.fails(v)] == []
    assert [v for v in ("fast3", "-2", "max", "2s") if validator.fails(v)] == ["fast3", "-2", "max", "2s"]


def test_gcc_optimisation_levels_the_message_lists_pass_and_the_mistake_warns(fake_redis):
    checker = learned(fake_redis, "nb1:", "gcc_compile", {"sources": ["main.c"], "opt_level": "-2"}, GCC_O)
    for good in ("3", "fast", "s", "g"):
        assert decision(checker, "gcc_compile", {"sources": ["util.c"], "opt_level": good}) == "allow", good
    for bad in ("max", "2s"):
        assert decision(checker, "gcc_compile", {"sources": ["util.c"], "opt_level": bad}) == "warn", bad


def test_invalid_number_said_of_a_size_with_units_does_not_flag_other_sizes(fake_redis):
    checker = learned(fake_redis, "nb2:", "split_file", {"file": "big.bin", "bytes": "100 KB"},
                      "split: invalid number of bytes: \u2018100 KB\u2019")
    for good in ("100K", "1M", "100KB", "4096"):
        assert decision(checker, "split_file", {"file": "other.bin", "bytes": good}) == "allow", good
    assert decision(checker, "split_file", {"file": "big.bin", "bytes": "100 KB"}) == "warn"  # the value itself


def test_invalid_number_said_of_a_word_warns_on_words_not_on_field_specs(fake_redis):
    checker = learned(fake_redis, "nb3:", "sort_lines", {"file": "people.csv", "key": "name"},
                      "sort: invalid number at field start: invalid count at start of \u2018name\u2019")
    assert decision(checker, "sort_lines", {"file": "people.csv", "key": "city"}) == "warn"
    for good in ("2", "2n", "1,1n", "2,2nr"):
        assert decision(checker, "sort_lines", {"file": "sales.csv", "key": good}) == "allow", good


def test_a_value_another_tool_acted_on_since_is_no_longer_a_known_failure(fake_redis):
    error = 'gpg: there is a secret key for public key "old@bp8.test"!\ngpg: use option "--delete-secret-keys" to delete it first.'
    checker = learned(fake_redis, "nb4:", "gpg_delete_key", {"key": "old@bp8.test"}, error)
    after = {"recent_calls": [{"tool": "gpg_delete_secret_key", "params": {"key": "old@bp8.test"}}]}
    assert checker.check_before_call("gpg_delete_key", {"key": "old@bp8.test"}, after)["decision"] == "allow"
    unrelated = {"recent_calls": [{"tool": "gpg_delete_secret_key", "params": {"key": "other@bp8.test"}}]}
    assert checker.check_before_call("gpg_delete_key", {"key": "old@bp8.test"}, unrelated)["decision"] == "warn"
    itself = {"recent_calls": [{"tool": "gpg_delete_key", "params": {"key": "old@bp8.test"}}]}  # itself again: no change
    assert checker.check_before_call("gpg_delete_key", {"key": "old@bp8.test"}, itself)["decision"] == "warn"


def test_cmake_without_cmakelists_passes_once_that_file_is_written_and_warns_after_another_write(fake_redis):
    error = ('CMake Error: The source directory "tool" does not appear to contain CMakeLists.txt.\n'
             "Specify --help for usage, or press the help button on the CMake GUI.")
    checker = learned(fake_redis, "nb5:", "cmake_configure", {"source_dir": "tool", "build_dir": "tool/build"}, error)
    wrote = {"recent_calls": [{"tool": "write_file", "params": {"path": "tool/CMakeLists.txt"}}]}
    assert checker.check_before_call("cmake_configure", {"source_dir": "tool", "build_dir": "b"}, wrote)["decision"] == "allow"
    other = {"recent_calls": [{"tool": "write_file", "params": {"path": "tool/src/main.c"}}]}
    assert checker.check_before_call("cmake_configure", {"source_dir": "tool", "build_dir": "b"}, other)["decision"] == "warn"


def test_a_parameter_named_value_is_not_what_err_value_is_not_an_integer_speaks_of(fake_redis):
    checker = learned(fake_redis, "nb6:", "redis_cli_setex", {"key": "s:ann", "seconds": "10s", "value": "tok1"},
                      "ERR value is not an integer or out of range")
    assert decision(checker, "redis_cli_setex", {"key": "s:bob", "seconds": "30m", "value": "tok2"}) == "warn"
    for good in ({"key": "s:ann", "seconds": 10, "value": "tok1"}, {"key": "c:home", "seconds": "600", "value": "<html>"}):
        assert decision(checker, "redis_cli_setex", good) == "allow", good


def test_the_value_a_message_quotes_keeps_a_rule_it_satisfies_so_another_value_is_not_blamed(fake_redis):
    checker = learned(fake_redis, "nb7:", "semver_bump", {"version": "v2.0.0", "part": "patch"},
                      "ValueError: v2.0.0 is not valid SemVer string")
    for good in ({"version": "1.2.3", "part": "minor"}, {"version": "2.0.0-rc.1", "part": "prerelease"}):
        assert decision(checker, "semver_bump", good) == "allow", good


HG_TAG_USAGE = ("hg tag: invalid arguments\nhg tag [-f] [-l] [-m TEXT] [-d DATE] [-u USER] [-r REV] NAME...\n\n"
                "add one or more tags for the current or given revision\n\noptions:\n\n -f --force        force tag\n"
                " -r --rev REV      revision to tag")


def test_a_format_message_that_quotes_no_value_does_not_make_the_values_given_known_mistakes(fake_redis):
    checker = learned(fake_redis, "nb8:", "hg_tag", {"cwd": "repo", "rev": "1"}, HG_TAG_USAGE)
    assert decision(checker, "hg_tag", {"cwd": "repo", "names": ["v1.1"], "rev": "1"}) == "allow"


MLR_PARSE = ('mlr: cannot parse DSL expression.\nParse error on token "" at line 1 column 7.\nExpected one of:\n'
             "  { ( field_name $[ braced_field_name full_srec oosvar_name\n  float int + - .+ .- ! ~ string_literal int_literal")


def test_a_parsers_list_of_expected_tokens_is_not_the_kind_of_the_value(fake_redis):
    checker = learned(fake_redis, "nb9:", "mlr_filter", {"expression": "$age >", "file": "people.csv"}, MLR_PARSE)
    for good in ("$age > 30", '$city == "Rome"', "$qty >= 2 && $price < 3"):
        assert decision(checker, "mlr_filter", {"expression": good, "file": "people.csv"}) == "allow", good


def test_a_create_after_the_same_tool_warns_only_when_it_names_what_that_call_made(fake_redis):
    learner = UsagePatternLearner(UsagePatternStorage(fake_redis, "nb10:"))
    for _ in range(10):  # each failure came right after the tag was made
        learner.analyze_result(build_event("hg_tag", {"cwd": "repo", "names": ["v1.0"]},
                                           error="abort: tag 'v1.0' already exists (use -f to force)",
                                           recent_calls=["hg_tag"]))
    checker = UsagePatternChecker(PatternCache(UsagePatternStorage(fake_redis, "nb10:"), poll_seconds=0))
    after = {"recent_calls": [{"tool": "hg_tag", "params": {"cwd": "repo", "names": ["v2.0-rc1", "v2.0"]}}]}
    assert checker.check_before_call("hg_tag", {"cwd": "repo", "names": ["v2.0"]}, after)["decision"] == "warn"
    other = {"recent_calls": [{"tool": "hg_tag", "params": {"cwd": "repo", "names": ["v2.0"]}}]}
    assert checker.check_before_call("hg_tag", {"cwd": "repo", "names": ["v3.0"]}, other)["decision"] == "allow"


def test_zstd_that_could_not_read_a_zip_warns_on_other_archives_and_passes_what_it_decompresses(fake_redis):
    checker = learned(fake_redis, "nb11:", "zstd_decompress", {"input": "notes.zip", "output": "notes.out"},
                      "zstd: notes.zip: unsupported format")
    for bad in ("docs.tar", "app.jar"):
        assert decision(checker, "zstd_decompress", {"input": bad, "output": "x.out"}) == "warn", bad
    for good in ("notes.txt.zst", "people.csv.gz", "items.json.xz"):  # zstd reads gzip and xz too
        assert decision(checker, "zstd_decompress", {"input": good, "output": "x.out"}) == "allow", good


def test_one_quoted_value_after_a_numeric_rule_is_the_mistake_not_a_word_it_also_takes():
    validation = stated_validation("must be a positive integer, 'abc' given")
    assert "also" not in validation and Validator(validation).fails("abc")


def test_a_range_said_first_keeps_its_bounds_and_a_later_sign_rule_is_still_read():
    # one message, two rules: the length range of one field, then "must be positive" of another
    both = stated_validation("name must be between 3 and 10 characters long; size must be positive")
    assert (both["min_length"], both["max_length"], both["min"], both["exclusive_min"]) == (3, 10, 0, True)
    # "a positive integer between 1 and 100": the range said is the rule, 1 included (positive adds nothing)
    ranged = stated_validation("value must be a positive integer between 1 and 100")
    assert (ranged["min"], ranged["max"], ranged.get("exclusive_min")) == (1, 100, None)
    assert [v for v in ("1", "100", "0", "101") if Validator(ranged).fails(v)] == ["0", "101"]


LS_COLOR = ("ls: invalid argument 'sometimes' for '--color'\nValid arguments are:\n  - 'always', 'yes', 'force'\n"
            "  - 'never', 'no', 'none'\n  - 'auto', 'tty', 'if-tty'\nUsage: ls [OPTION]... [FILE]...\n"
            "Try 'ls --help' for more information.")


def test_gnu_argmatchs_list_of_valid_arguments_is_the_options_enumeration(fake_redis):
    assert stated_validation(LS_COLOR)["enum"] == ["always", "yes", "force", "never", "no", "none", "auto", "tty", "if-tty"]
    checker = learned(fake_redis, "argm:", "Bash", {"command": "ls --color=sometimes src"}, LS_COLOR)
    from worker.identity import canonical_tool

    def decision_of(command: str) -> str:
        call = canonical_tool("Bash", {"command": command})
        return decision(checker, call.tool, call.params)
    for good in ("ls --color=auto src", "ls --color=never docs", "ls --color=if-tty src"):
        assert decision_of(good) == "allow", good
    for bad in ("ls --color=rainbow src", "ls --color=on docs"):
        assert decision_of(bad) == "warn", bad


def test_a_bound_abbreviated_with_a_dot_is_a_bound():
    assert stated_validation("xxd: invalid number of columns (max. 256).")["max"] == 256
    both = stated_validation("width out of range (min. 1, max. 80)")
    assert (both["min"], both["max"]) == (1, 80)


FROBLD_FLAG = ("frobld: unrecognized segment flag `writable'\n"
               "frobld: supported flags: alloc, load, readonly, code, data, strings")


def test_a_value_that_gives_a_name_its_listed_items_is_checked_item_by_item(fake_redis):
    # `.data=writable`: the message repeats an item after the name, not the whole value
    assert Validator({"enum": ["alloc", "load", "code"]}).fails(".data=alloc,load") is None
    assert Validator({"enum": ["alloc", "load", "code"]}).fails(".data=alloc,rw") is not None
    checker = learned(fake_redis, "items:", "frob_link", {"segment_flags": ".data=writable", "input": "a.o"}, FROBLD_FLAG)
    for good in (".data=alloc,load,data", ".text=alloc,readonly,code", ".rodata=strings"):
        assert decision(checker, "frob_link", {"segment_flags": good, "input": "b.o"}) == "allow", good
    for bad in (".text=alloc,exec", ".data=alloc,load,write"):
        assert decision(checker, "frob_link", {"segment_flags": bad, "input": "b.o"}) == "warn", bad


def test_limits_in_brackets_and_a_range_written_with_two_dots_are_bounds(fake_redis):
    limits = "frobpack: Numerical argument out of limits [2,64] in option '-w'."
    assert (stated_validation(limits)["min"], stated_validation(limits)["max"]) == (2, 64)
    dots = stated_validation("MonthError: month out of range (must be 1..12)")
    assert (dots["min"], dots["max"]) == (1, 12)
    checker = learned(fake_redis, "lim:", "frob_pack", {"width": 100, "file": "a.txt"}, limits)
    assert decision(checker, "frob_pack", {"width": 65, "file": "b.txt"}) == "warn"
    for good in (2, 64, 17):
        assert decision(checker, "frob_pack", {"width": good, "file": "b.txt"}) == "allow", good
