"""General evidence for a failed call that no rule recognised: signals, not strings.

Pure functions over the error text and the call's own parameters. Each signal says what it
points at (a usage category or an infrastructure kind), how strongly, and why — so the
classifier's default is evidence rather than silence, and `explain` can show its work.
One concept a module, behind this curated surface:

- `base`: the `Signal` type and its two sides (USAGE, INFRA);
- `values`: the message repeats one of the call's own values or names (`quoted_parameters`, the
  strongest sign that the call itself, not the machine, was wrong); the text without them (`scrub`);
- `names`: exception class / error code names (`NoCredentialsError`, `InvalidRequestError`,
  `channel_not_found`, `(NoSuchBucket)`) read by their morphemes (`exception_signals`, `name_points`);
- `infra`: the small, closed vocabulary of infrastructure causes (refused, reset, unreachable, DNS,
  timeout, TLS, 401/403/429/5xx, disk full, OOM, daemon down) (`infra_vocabulary`);
- `cue_tables`: the category cues as data (strong and weak wording, in the order tried);
- `cues`: which kind of usage mistake the wording says (`strong_cue`, `category_cue`, `usage_shape`),
  helped by `refusals` (what a refusal says of the value: its type, a name of a kind) and `places`
  (a file not found that is a program to install or a directory to make);
- `evidence`: every signal of a text (`gather`) and what they decide together (`combine`).
"""
from __future__ import annotations

from .base import INFRA, USAGE, Signal
from .cue_tables import _CUE_SCAN, _STRONG_CUES, _WEAK_CUES
from .cues import (MAX_BELOW_CHARS, category_cue, count_mismatch, not_allowed_rather_than_malformed, strong_cue,
                   strong_cue_with_below, usage_shape)
from .evidence import combine, gather
from .infra import infra_vocabulary, without_choice_lists, without_option_names
from .names import exception_signals, name_points
from .places import destination_not_opened
from .refusals import refused_empty
from .values import bounded_in, js_runtime_shape, quoted_parameters, scrub, unsent_field

__all__ = ["INFRA", "MAX_BELOW_CHARS", "USAGE", "Signal", "bounded_in", "category_cue", "combine", "count_mismatch", "destination_not_opened",
           "exception_signals", "gather", "infra_vocabulary", "js_runtime_shape", "name_points", "not_allowed_rather_than_malformed",
           "quoted_parameters", "refused_empty", "scrub", "strong_cue", "strong_cue_with_below", "usage_shape", "without_choice_lists",
           "unsent_field", "without_option_names", "_CUE_SCAN", "_STRONG_CUES", "_WEAK_CUES"]
