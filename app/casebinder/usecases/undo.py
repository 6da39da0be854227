"""Undo of the last deletion: what a delete command removed, put back as it was."""

import datetime as dt

from casebinder.usecases.appeals import refresh_deadline_events
from casebinder.usecases.changes import Changes
from casebinder.usecases.records import get_case
from casebinder.usecases.registry import command
from casebinder.usecases.snapshots import Snapshot, restore_rows
from casebinder.vault import Vault


@command(
    "undo.restore",
    doors=("app",),
    reason="Undo belongs to the window the deletion was made in; the CLI deletes only with --yes",
)
def restore(vault: Vault, snapshot: Snapshot) -> Changes:
    """Put back what one deletion removed, with the same ids; the deadlines it affected are recomputed."""
    with vault.transaction() as session:
        restore_rows(session, snapshot)
        session.flush()
        if snapshot.case_id is not None:
            refresh_deadline_events(session, get_case(session, snapshot.case_id), dt.datetime.now())
    return Changes(case_id=snapshot.case_id).everything
