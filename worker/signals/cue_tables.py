"""The category cues as data: the strong cues (each says which kind of mistake it is) and the weak
ones (the general shape of a request error), in the order they are tried. The logic is `cues`."""
from __future__ import annotations

import re

from ..literals import scanner
from ..rules import Alternation

# Category cues, in the order they are tried. A *strong* cue says which kind of mistake it is
# whatever else the message says (a message can say "invalid" and list the choices: a wrong
# choice; or "expected string, received undefined": a value not given). A *weak* cue is only
# the general shape of a request error; the first family found decides, in the order below.
PLAIN_NAME = "INCORRECT_PARAMETER?"  # INCORRECT_PARAMETER when a value of the call in the message is a plain name
UNSUPPORTED = "INCORRECT_PARAMETER!"  # INCORRECT_PARAMETER when what is not supported is a value of a kind (not a syntax, an operation)
MISSING_PLACE = "MISSING_PREREQUISITE?"  # MISSING_PREREQUISITE when the file not found is a program, or where the call writes
IN_RANGE = "INCORRECT_PARAMETER~"  # INCORRECT_PARAMETER unless the words say the value is not of the type wanted
_STRONG_CUES: tuple[tuple[Alternation, str], ...] = tuple((Alternation(p), c) for p, c in (
    # the tool is the wrong one: a subcommand or tool that does not exist, input it cannot read
    (r"\b(is not a (valid )?(tool|command|\w+ command)|unknown (sub)?command|unrecognized (sub)?command|"
     r"no such (sub)?command|has no command named|(sub)?command [`'\"]?[\w:.-]+[`'\"]? (not found|does not exist|not recognized)|"
     r"argument (subcommand|command|cmd)\b|is a directory|is not a directory|not a directory|eisdir|enotdir|"
     r"method not found|can only be used (when|with|for|on|in|after|if|by)|use [`'\"]?[\w./ -]{1,30}[`'\"]? instead|"
     r"please use|(file|input) is not an? \w+|not in gzip format|bad magic number|no valid openpgp data|"
     r"not an? (zip|tar|gzip|jar|pdf|png|image|archive|database|public key|private key|\w+ archive)( file)?\b|"
     r"only [\w-]+( [\w-]+)? (queries|statements|commands|requests|operations|files|urls|methods) are|"
     r"is not an? [\w-]+ (file|archive)\b|(input|data) is not \w+ (encrypted|compressed|encoded))",
     "WRONG_TOOL_SELECTION"),
    # input of a kind the tool cannot read (a CSV to a Parquet reader, an HTML page to a JSON decoder), or an
    # async API called as if it were sync (and the other way round): the tool or its variant is the wrong one
    (r"\b(no magic bytes|file out of specification|does not support (the )?\.?[\w-]+ (file )?format|"
     r"unexpected mimetype|unexpected token [`'\"]<[`'\"]|"
     r"can't be used in [`'\"]await[`'\"] expression|object is not awaitable|was never awaited|"
     r"cannot use import statement outside a module|only execute one statement|no connection adapters)|[`'\"]<!doctype|"
     r"[`'\"]coroutine[`'\"] object (has no attribute|is not (subscriptable|iterable))",
     "WRONG_TOOL_SELECTION"),
    # a value that was not given
    (r"(?:(received|got:?) undefined\b|(^|[:,|] ?)required\b|\b(field|argument|parameter|property|option|"
     r"value|key|input|variable)s? (is |are )?required\b|\bmissing (required )?(argument|parameter|field|option|value|"
     r"property|input|key|operand|body|name)s?\b|\brequired (argument|parameter|field|option|property|input|value)s? "
     r"(is |are )?(missing|not)|\bmust be (supplied|provided|specified|given|passed)\b|\b(was|were|is|are) not "
     r"(provided|given|supplied|specified|passed)\b|\b(null|none) or undefined\b|undefined or null|was passed (a )?null|"
     r"\bunbound variable|\b(cannot|can't|must not|may not|should not|is not allowed to) be (empty|blank|null|none)\b|\bno value "
     r"(for|given|provided|specified)\b|\bno input files?\b|\brequires (a |an )?(parameter|argument|value)\b|"
     r"(?<!an )\b(empty|blank) (\w+ )?(message|name|body|list|array|query|title|text)\b|\bnot[- ]null constraint|"
     r"\bnull value in column|expected (array|list) to have >= ?1|\bmust (specify|provide|supply|pass|use) (a |an |the )?"
     r"(-{1,2}\w|\w+ (argument|option|parameter|name|value))|\b(field|argument|parameter|property|option|value|key|input|"
     r"variable) [`'\"][\w.$\[\]-]+[`'\"] (is |are )?required\b|\bmissing [`'\"](?![\w.-]+\.(json|toml|ya?ml|lock|cfg|ini|mod|work)[`'\"])[\w.$-]+[`'\"]|\b(to|must|should) not "
     r"be (null|empty|blank)\b|\b(have|contain) at least (1|one) (item|element|value|entry)\b|\bparameter[_ ]missing\b|\b(no|nor) -{1,2}[\w-]+ (option )?(was |were )?(given|specified|provided|passed)\b|(?<!valid )\b[\w.\[\]-]+( \(or [\w.-]+\))? (is|are) required\b(?! to\b)|[`'\"][\w.$-]+[`'\"] is undefined\b|"
     r"\bmissing data for required\b|\bmissing (the )?[`'\"][\w.-]+[`'\"](,? (or |and )?[`'\"][\w.-]+[`'\"])* (argument|parameter|field|option|property|key)s?\b|\bwithout any (paths|files|arguments|inputs?)\b|\brun again with (the )?-{1,2}[\w-]+ flag\b|\b(option|flag|argument) [`'\"]?-{0,2}[\w-]+[`'\"]? (needs|requires|expects) (a|an) (value|argument)\b|[`'\"][\w.$\[\]-]+[`'\"] (is|are) required\b|\bis a required (field|property|argument|parameter|option|value|input|variable)\b|"
     r"\bmust provide (a |an |the )?(query|operation name|\w+ name|value)\b|\bprovide (either )?(a|an|the) [\w-]+ (argument|option|value)\b|"
     r"\bno (\w+ ){1,3}(given|specified|provided)\b)",
     "MISSING_PARAMETER"),
    # a value a validator or binder found absent ("is a required field", "to include required field",
    # "non-null type 'ID!' to be provided", "Undefined binding(s)", "must not contain undefined", "Missing the key id")
    (r"\b(required field|to be provided\b|undefined bindings?\b|must not contain undefined|missing the key\b|"
     r"(does not|doesn't|did not) (contain|have|include) (the )?(required |necessary |mandatory )?(fields?|keys?|properties|attributes)\b|"
     # Taskwarrior `A recurring task must also have a 'due' date.`: the named attribute, absent
     r"must also (have|include|contain|specify) (a|an|the) [`'\"][\w-]+[`'\"]|"
     # yarl `Can't build URL with "port" but without "host"`: one value needs another the call did not give
     r"with [`'\"]?[\w-]+[`'\"]? but (without|no) [`'\"]?[\w-]+[`'\"]?)|"
     r"\w/undefined\b|"  # a path or name filled from a value never given ("pod/undefined", "/users/undefined/repos")
     # SeqKit `one of flags -p (--pattern) and -f (--pattern-file) needed`: any one of several options, none given
     r"\bone of (the )?(flags|options|arguments) -{1,2}\w[^\n]{0,80}\b(needed|required)\b|"
     # bedtools `Need both a BED (-i) and a genome (-g) file.`: what the call must give, each with its option
     r"\b(need|needs|requires|require) both (a |an |the )?[\w ./-]{1,30}\(-{1,2}\w[\w-]*\)",
     "MISSING_PARAMETER"),
    # a key, field, property or keyword argument the tool does not have: a name that is not one (the
    # corpus rules: "an unknown ... key or column" is a wrong value; an unknown command-line flag, below, a format)
    (r"\b((unknown|unrecogni[sz]ed|unexpected|extra|additional|unallowed|disallowed) (config(uration)? |keyword |named |query |body |input |request )?"
     r"(field|key|keyword argument|kwarg|property|properties|attribute|config key|keyword|parameter|param)s?\b(?! (type|length|size|format|value|id)\b)(?!:? [`'\"]?-)|"
     r"(unknown|unexpected|unrecogni[sz]ed) (keyword |named )?arguments?:? [`'\"](?!-)[a-z_$][\w.$]*[`'\"] (on|for|to|in)\b|"
     r"not to include unknown field|extra (keys|fields|inputs|properties|arguments)( are| is)? not (allowed|permitted)|"
     r"must not have additional propert|additional propert(y|ies) [`'\"]?[\w.$-]*[`'\"]? ?(is |are )?not allowed|"
     r"unrecognized keys? in object|[`'\"][\w.$\[\]-]+[`'\"] is not allowed$|contains unknown keys?)",
     "INCORRECT_PARAMETER"),
    # an option or flag the tool does not know (the corpus convention: a format mistake, like a bad flag)
    (r"\b((unknown|unrecognized|unexpected) (\w+ )?(parameter|option|flag|argument|field|property)s?\b(?! value| type)|"
     r"(option|flag) [`'\"]?-{1,2}[\w-]+[`'\"]? (does not exist|is not recognized|not recognized)|"
     r"flag provided but not defined|invalid type for (parameter|argument|field)\b|"
     r"must (not )?have a selection|has no subfields|cannot represent (a )?(non[- ]?)?[\w-]* ?value)",
     "PARAMETER_FORMAT"),
    # a value among the choices it lists (not a format: the value is well formed, just not one of them)
    (r"\b((expected|must be|should be) one of|is not one of|possible values|(valid|supported|allowed|available|"
     r"accepted|known) (values|options|choices|types|transitions|names|modes|kinds|levels)|choose from|"
     r"input should be '|did you mean [`'\"][^`'\"\s]+[`'\"] ?\?|not a valid choice|invalid choice|invalid enum|"
     r"enum value|use one of\b|must be: [`'\"]|expected severity of|not a valid \w+ (type|kind|mode): [\w-]+,|"
     r"(data )?type [`'\"]?[\w.-]+[`'\"]? not understood|cannot query field|unknown operation named|"
     r"does not exist in [`'\"][\w.-]+[`'\"] enum|cannot resolve (keyword|field)|is not a field of|"
     r"\bunknown (resource|prompt|entity|record|item|model|object)s?\b|"
     r"\bvalid [\w ]{1,30} (is|are) required|(ensure|make sure) (that )?[`'\"][^`'\"]{1,60}[`'\"] exists\b|mutually exclusive|can ?not be used (at the same time|together)|(cannot|can't|can not) (specify|use|pass|combine|set) "
     r"both\b|\bsimultaneously\b)",
     "INCORRECT_PARAMETER"),
    # a value outside the range or set the tool allows (bounds it states, the list it offers): well formed,
    # just not allowed here; unless the words say the value is not even of the type (then a format, below)
    (r"\b((must|should|has to|needs to) (not )?be ?(<|>|<=|>=|=<|=>|≤|≥) ?[-$]?\d|to be ?(<|>|<=|>=) ?-?\d|"
     r"(must|should|has to|needs to) (not )?be (strictly )?(less|greater|smaller|larger|bigger|lower|higher|fewer|more|"
     r"no (more|less|greater|larger|bigger|smaller|higher|lower)) than\b|(must|should) (not )?be at (most|least) [-$]?\d|"
     r"(must|should) be (between|within) [-$]?\d|(must|should|to) be in (the )?range\b|(must|should) be in [\[(]?-?\d|"
     r"outside (of )?(the )?(valid |allowed |permitted )?range|out of (the )?range of|"
     r"(min|max)(imum)? (allowed )?(value|length|size|count|number)? ?(is|of) -?\d|"
     r"(exceeds|exceeded|greater than|larger than|more than) (the )?(max(imum)?|limit|allowed max)|"
     r"(must|should|can) ?not be (negative|zero)\b|(must|should) be (non-?zero|positive|negative|non-?negative)\b(?! (integer|number|int|float|decimal|whole))|"
     r"(is|was) out of (range|bounds)\b|index out of range|(goes|go|ranges?|runs|varies) from [-$]?\d[\d.]* (to|through) [-$]?\d|"
     r"(must|should|can|has to) be from [-$]?\d[\d.]* (to|through) [-$]?\d|out of limits [\[(]-?\d|\d (>|<) \d+\b|"
     r"(among|one of) [{\[(<]|one of:|(valid|supported|allowed|available|accepted|known|possible|permitted) (?!(\w+ )?(formats?|patterns?|schemes?|protocols?|syntax)\b)[\w-]+( [\w-]+)? (are|include)\b|"
     r"(valid|supported|allowed|available|possible) (?!(\w+ )?(formats?|patterns?|schemes?|protocols?|syntax)\b)[\w-]+( [\w-]+)?: |supports? (these|the following|only) [\w-]+|"
     r"(use|choose|pick|select) one (of|from)\b|\w+ names are:|got [`'\"]?[^`'\"\s]{1,40}[`'\"]? instead\b)",
     IN_RANGE),
    # ... or the set written out as alternatives: "a"|"b", {a|b|c}, <a|b> (a plain list may be anything: tokens a parser expected, the data)
    (r"[`'\"][\w.+/-]+[`'\"]\|[`'\"][\w.+/-]+[`'\"]|{[\w.+-]+(\|[\w.+-]+)+}|<[\w.+-]+(\|[\w.+-]+)+>", IN_RANGE),
    # values well formed, each allowed, that do not fit together: array shapes, dimensions (numpy, torch, pandas)
    (r"\b(cannot reshape|mismatch in (its )?(core )?dimension|could not be broadcast together|shapes? \([\d, ]*\) and "
     r"\([\d, ]*\) not aligned|dimension mismatch|incompatible (shapes|dimensions)|size \d+ is different from \d+)",
     "INCORRECT_PARAMETER"),
    # the steps of a workflow out of order: done already, in progress, a session or transaction spent
    (r"\b(already|in progress|name[_ ]taken|is taken|(is|was|has been) (closed|aborted|rolled back)|"
     r"transaction (is )?aborted|not (currently )?connected|rolled back|not up to date|nothing to (commit|amend|push|"
     r"merge|pull|do|rebase|stash|\w+ )|we are not \w+ing|no \w+ (is |are )?in progress|found existing|"
     r"(stale|out of date)|must (first|be \w+ first)|\b(cursor|channel|session|client|pool|database|statement|handle|stream|"
     r"transaction) (is |was |has been )?(already )?closed\b|\bon a closed \w+|\bmarked for deletion|\b(pending|scheduled for) "
     r"deletion|\bnot clickable\b|\bclick intercepted|\w+\(\) first\b|\bno results? (available|to fetch)\b|\buse (the )?[`'\"]?[\w.-]+[`'\"]? (tool|command) to [^.|]{1,60} first\b|before (you|running|calling|using|starting|deploying|serving)\b|not empty\b|"
     r"(?<!no such )(file|destination|database|directory|branch|tag|table|key|resource|index|user|name) exists\b|"
     r"unique constraint|must be unique|unique violation|duplicate (key|entry|column|name|id)|(is|are) (already )?in use\b|has been taken|not fully merged|"
     r"unrelated histories|without (multi|begin|a transaction)|is waiting to start|must be incremented|was modified|"
     r"is not reserved|checked out at|"
     # darcs `You may not run this command in a repository.` (init where one exists): the state, made by an earlier step
     r"(may|must|can) not (be )?run (this command )?(in|inside|within) an? (existing )?(repository|repo|project|workspace))", "WORKFLOW_SEQUENCE"),
    # the state the call assumed is not the current one: a lock not held, an object not yet saved in the session,
    # a version changed since it was read, a value another step must give first
    (r"\b(not locked|is not persistent|(did not|does not|doesn't) match the current version|concurrent modification|"
     r"before this [\w -]{1,40} can be used|conditional headers?|"
     r"(cannot|can't) \w+ this [\w ]{1,30} because|does not match [0-9a-f]{7,40})\b", "WORKFLOW_SEQUENCE"),
    # a step of the agent's own to do first ("run build first"; setting up is a prerequisite, below)
    (r"\b(run|call|do) (?!(\w+ )?(init|install|setup|set up|configure|login|venv)\b)[\w-]+ first\b|"
     r"\bbefore (it|they|you) can be\b", "WORKFLOW_SEQUENCE"),
    # a file not found that is a program to run (not installed) or a place to write into (its directory not made)
    (r"no such file or directory|enoent", MISSING_PLACE),
    # something to set up first: not initialised, not installed, nothing configured
    (r"\b(not (been )?initiali[sz]ed|(run|try|use) [`'\"][^`'\"]{1,60}[`'\"] (first|to (create|set up|initiali[sz]e|"
     r"install|configure))|(is|are) not (installed|configured|set up|enabled)|no \w+( \w+)? (is |are |has been )?"
     r"configured|not configured|no (default|current|active) \w+|unresolved import|no module named|"
     r"could not (load|find|read) (the )?(cache|config|configuration|manifest|lock ?file|state)|no (state|lock|"
     r"config(uration)?|manifest) file|no virtual environment|has not been (run|created|set up|initiali[sz]ed)|"
     r"(create|reserve|install|initiali[sz]e|configure|set up|add|start) (it|one|them|a \w+ )?first|"
     r"to create (a|an|the) [\w ]{1,20}, run|you may need to install|nonexistent (virtual )?env|"
     r"(lock ?file|\.lock\b|makefile|cmakelists|cargo\.toml|package\.json|pyproject\.toml|requirements\.txt|"
     r"dockerfile|\.venv\b|virtualenv|extension control file|config\.\w+)[^|]{0,60}(not found|no such file|"
     r"does not exist)|(unable to find|could not find|couldn't find|cannot find|can't find|no|not contain|missing) "
     r"(a |an |the |any )?[`'\"]?(lock ?file|makefile|"
     r"cmakelists|cargo\.toml|package\.json|pyproject\.toml|dockerfile|virtualenv|\.venv)|"
     r"(has|have) no (attached|default|configured)\b|did you install|please install|install [\w.-]+ (package )?manually|"
     r"consider running [`'\"][^`'\"]{1,60}[`'\"] first|please create (one|it|them)\b|"
     r"\b(use|run) [`'\"]?[a-z][\w.-]{1,30}[`'\"]? first\b|"  # HMMER `Failed to open binary auxfiles for x.hmm: use hmmpress first`
     r"\bno [\w-]*(file|\.json|\.toml|\.ya?ml|\.lock|\.work|\.mod|\.cfg|\.ini)( file)?(,? or [\w.-]+)*,? (was |were )?found\b|"
     r"\bparent (directory|folder|dir) (does not|doesn't) exist|\bpackage [\w.]+ does not exist\b|"
     r"the server could not find the requested resource|\bmay not be installed\b|\b(binary|executable|interpreter) not found\b|\bno [\w ]{1,40} (is |are )?associated with\b|"
     r"\bis not associated (to|with)\b|library stubs? for module|import [`'\"][\w.@/-]+[`'\"] could not be resolved|"
     r"(doesn't|does not) contain (a |an |any )?[\w.-]+\.(py|json|toml|ya?ml|cfg|ini|lock|mod) file|"
     r"have you (run|installed|initiali[sz]ed)\b|"
     r"to get (set up|started)\b|"
     r"(couldn't|could not|cannot|can't|unable to) find (a |an |the |any )?[\w.*-]*(config|rc)[\w.*-]* file|"
     r"\bis (it|\w+) installed\b|\b(into|in) a non-?existent (directory|folder|parent)|"
     r"(executable|interpreter|browser|driver|binary|toolchain)( \w+)? (doesn't|does not|not) exist|"
     r"(could not|couldn't|unable to|cannot) (find|locate|obtain) (a |any |the )?(\w+ )?(interpreter|executable|browser|driver)\b( [\w.-]+)?|"
     r"(browser|executable|interpreter|driver) (was )?not found at)",
     "MISSING_PREREQUISITE"),
    # a feature to turn on first ("Issues are disabled for this repo", "module lookup disabled by GOPROXY=off"), a
    # remote or configuration to set up ("no git remotes found", "Invalid kube-config file. No configuration found."),
    # a package an import names that is not installed (esbuild's 'Could not resolve "left-pad"'; a path is a wrong value)
    (r"\b((is|are) (currently )?disabled (for|on|in) (this|the|your)\b|disabled by \$?[a-z_]+=|"
     r"no (git )?remotes? (found|configured)|no configuration found|"
     r"could not resolve [`'\"](?![./])(@[\w.-]+/)?[\w.-]+[`'\"])", "MISSING_PREREQUISITE"),
    # a name that is not there: well formed, just not one that exists
    (r"\b(not found|does not exist|doesn't exist|no such (?!option|flag|file or directory)|could not find|couldn't find|"
     r"cannot find|can't find|no \w+( \w+)? (found|named|matching))",
     "INCORRECT_PARAMETER"),
    # "unsupported <kind>" / "<kind> is not supported": a value of a kind the tool has no such member of
    # (an algorithm, a graph type, a dialect, an argument), unless the kind is a syntax (a URL's scheme, a
    # media type, an option) or a comparison of types; an operation on the resource is left to the rules
    (r"\b(unsupported|(is |are )?not supported|not implemented)\b(?!:)", UNSUPPORTED),
    # "invalid <kind of name>: <value>" where the value is a plain name (not malformed: a name that is not one)
    (r"(?:\b(invalid|unknown|unsupported|not a valid|bad) (\w+ )?(type|system call|curve|frequency|branch|timezone|time zone|signal|upstream|"
     r"locale|encoding|level|region|zone|choice|target|profile|role|reference|kind|driver|engine|codec|algorithm|"
     r"digest|method|transition|status|state|scope)s?\b(?! (format|syntax|type))|"
     r"[`'\"][^`'\"]{1,80}[`'\"] (is not|isn't) (a )?valid( \w+)? (for|here|in|on)\b|"
     r"[`'\"][^`'\"]{1,80}[`'\"] (is not|isn't) valid\W*$|does not have a valid value|cannot be assigned|"
     r"\b(argument|index|value|option|key) [\w.-]+ (is )?invalid\b)",
     PLAIN_NAME),
    # a malformed value: its type, shape or syntax
    (r"\b(unsupported (url )?(scheme|protocol)\b|(scheme|protocol) [`'\"]?[\w+.-]*[`'\"]? (is )?not supported\b|not supported between instances of|(unsupported|invalid) (media|content)[ -]type|not a (valid |positive |non-negative |negative )?(number|integer|float|int|decimal|date|time|url|uri|json|"
     r"email|boolean|hex|uuid)|(invalid|bad|malformed|illegal|incorrect) (\w+ )?(format|syntax|json|yaml|integer|"
     r"number|value|date|time|url|uri|port|regex|regular expression|pattern|escape|padding|header|literal|character|"
     r"expression|encoding|base64|uuid|timestamp|duration|type)|(unclosed|unterminated|unbalanced|unmatched|"
     r"premature end|extra characters|unexpected (token|character|end|eof|char))|parse error|syntax error|"
     r"could not parse|unable to parse|failed to parse|cannot parse|must be (a|an) (valid )?(number|integer|string|"
     r"boolean|list|array|object|date|url|positive|non-negative)|expected (a |an )?(string|number|integer|boolean|"
     r"array|object|list|int|float|date|value), received (?!undefined|null)|cannot (be )?(store|convert|cast|coerce)|"
     r"cannot be converted|incompatible types|mismatched types|type mismatch|(could not|unable to|failed to) convert\b|"
     r"can't parse|couldn't parse|does not match (the )?(required |expected )?(pattern|regex|regular expression)\b|does not match [`'\"]?\^|cast to \w+ failed|(str|bytes|int|float|dict|list|tuple|bool)' object (has no attribute|is not "
     r"(subscriptable|iterable|callable))|expected (a |an )?(comma|colon|semicolon|delimiter|separator|closing (bracket|brace|paren\w*|quote))\b|unsupported operand type|must be (str|int|bytes|real number), not \w+|cannot compare \w+ with|trailing comma|cannot use .{1,60} as (type )?\w+)", "PARAMETER_FORMAT"),
))
_WEAK_CUES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), c) for p, c in (
    (r"\b(required|missing|not (provided|given|supplied|specified)|must (be )?(specify|provide|supply|given|set)|"
     r"is empty|cannot be empty|no \w+ (given|specified|provided)|with no value|has no entry|"
     r"needs to be (explicitly )?(supplied|specified|provided|given))\b", "MISSING_PARAMETER"),
    (r"\b(already|in progress|not yet|conflict|existing|before|did you forget to|after calling|"
     r"outside of (an? |the )?\w+ context|not (attached|opened)|detached|(was|been) destroyed|closed state|"
     r"cannot run inside|(not|\w+n't) \w+ yet)\b", "WORKFLOW_SEQUENCE"),
    (r"\b(not found|does not exist|doesn't exist|no such|unknown|unrecognized|could not find|cannot find|"
     r"can't find|couldn't find|no \w+ (found|matching|with|named)|did not (match|resolve)|is not defined|not defined\b|not recogni[sz]ed|no match|not in|"
     r"not matched|undeclared|constraint failed|violates|cannot open|can't open|couldn't open|unable to open|"
     r"cannot query|is not available|not available for|cannot be used as|mutually exclusive|simultaneously|"
     r"cannot (specify|use|pass|combine) both|not allowed with)\b",
     "INCORRECT_PARAMETER"),
    (r"\b(invalid|malformed|must be|should be|expected|expecting|not a valid|unexpected|parse|syntax|format|"
     r"too (long|short|large|small)|out of range|exceeds|at most|at least|bad|illegal|incorrect|corrupt|"
     r"ambiguous|must separate|not (a )?positive|negative)\b", "PARAMETER_FORMAT"),
    (r"\b(not supported|unsupported|only|not allowed|cannot be used|instead|not implemented|use the)\b",
     "WRONG_TOOL_SELECTION"),
))
_CUE_SCAN = scanner({trigger for cue, _ in _STRONG_CUES for trigger in cue.gates})
_ERROR_EXECUTING = re.compile(r"\berror executing tool\b|\btool (execution )?(error|failed)\b|\bisError\b", re.I)

# Which cues say a value is well formed but not allowed: a key the schema does not have, a choice among those
# listed, a number outside the bounds stated, the set written out as alternatives, shapes that do not fit (indexes into _STRONG_CUES).
_NOT_ALLOWED_CUES = tuple(_STRONG_CUES[i][0] for i in (4, 6, 7, 8, 9))
