"""The one front door: every use case once, typed commands and queries over a vault.

The CLI, the app and the tests call these and nothing below them; the front doors only parse input and show
results. Commands return a :class:`~casebinder.usecases.changes.Changes` saying what changed; queries never
write. Every operation is listed in :mod:`casebinder.usecases.registry`, and a test fails when one has no
CLI command or no app action.
"""
