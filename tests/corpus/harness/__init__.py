"""Shared machinery of the corpus generators: one home for what every batch needs.

A batch (``tests/corpus/batches/<name>.py``) holds only its case data and the set-up that is
specific to it; ``python -m tests.corpus.generate --batch NAME`` runs it. The pieces:

- ``labels``: the label vocabulary, imported from the classifier's rules module;
- ``rows``: the row schema (``Row``), ``Case`` (one argument order everywhere:
  ``case(tool, params, command, label, **options)``), ``Cases`` (a registry) and documented rows;
- ``normalise``: ANSI stripping, scratch-path aliasing, noise-line removal, ``head [...] tail`` clipping;
- ``servers``: local fake HTTP(S), RESP, never-answering and resetting listeners;
- ``sandbox``: the scratch directory, files, set-up commands, git repositories, capabilities;
- ``runner``: runs a ``Case`` and turns its output into a ``Row``.
"""
