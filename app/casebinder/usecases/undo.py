"""Undo of the last deletion: what a delete command removed, put back as it was."""

import datetime as dt

from casebinder.usecases.appeals import clear_deadline_events, refresh_deadline_events
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
        if snapshot.case_id is not None:  # derived lines, rewritten below: their ids go back to the rows
            clear_deadline_events(session, snapshot.case_id)
        restore_rows(session, snapshot)
        session.flush()
        if snapshot.case_id is not None:
            refresh_deadline_events(session, get_case(session, snapshot.case_id), dt.datetime.now())
    return Changes(case_id=snapshot.case_id).everything
