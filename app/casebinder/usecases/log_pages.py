"""A case's calls and letters as the app's tables show them: ids in order, then the rows of the page painted
(as :mod:`casebinder.usecases.document_pages` does for documents). A caregiver logs thousands of calls; the
tabs used to read every one as an object on each change. The CLI lists them whole (``call list``)."""

from collections.abc import Mapping, Sequence

from sqlalchemy import func
from sqlmodel import col

from casebinder.domain.enums import CorrespondenceMethod, Direction
from casebinder.domain.models import Call, Correspondence
from casebinder.usecases.paging import Labels, Listing, ordered_ids, rows_by_id
from casebinder.usecases.registry import query
from casebinder.vault import Vault

_APP_ONLY = "lazy paging for the app's tables; the CLI lists them whole (call list, correspondence list)"

CALLS = Listing(
    Call,
    keys={
        "at": col(Call.at),
        "with": func.lower(col(Call.with_whom)),
        "rep": func.lower(col(Call.rep_name)),
        "reference": col(Call.reference_number),
        "promised": func.lower(col(Call.promised)),
        "follow_up": col(Call.follow_up),
    },
    text=(
        col(Call.with_whom),
        col(Call.rep_name),
        col(Call.rep_id),
        col(Call.reference_number),
        col(Call.promised),
    ),
    dates=(col(Call.at), col(Call.follow_up)),
)

LETTERS = Listing(
    Correspondence,
    keys={
        "date": col(Correspondence.date),
        "direction": col(Correspondence.direction),  # by their labels: see labelled
        "method": col(Correspondence.method),
        "with": func.lower(col(Correspondence.counterparty)),
        "subject": func.lower(col(Correspondence.subject)),
        "proof": col(Correspondence.proof),
    },
    text=(col(Correspondence.counterparty), col(Correspondence.subject), col(Correspondence.proof)),
    dates=(col(Correspondence.date),),
    labelled={
        "direction": (col(Correspondence.direction), Direction),
        "method": (col(Correspondence.method), CorrespondenceMethod),
    },
)


@query("call.index", doors=("app",), reason=_APP_ONLY)
def call_index(
    vault: Vault,
    case_id: int,
    order: str = "at",
    descending: bool = False,
    text: str = "",
    labels: Mapping[str, Labels] | None = None,
) -> list[int]:
    """The ids of ``case_id``'s calls matching ``text`` (who, the rep and their ID, the reference, what
    was promised, the day as 2024-03-05), sorted by ``order`` (a key of :data:`CALLS`)."""
    with vault.connection() as conn:
        return ordered_ids(conn, CALLS, case_id, order, descending, text, labels)


@query("call.rows", doors=("app",), reason=_APP_ONLY)
def calls_by_id(vault: Vault, ids: Sequence[int]) -> list[Call]:
    with vault.session() as session:
        return rows_by_id(session, Call, ids)


@query("correspondence.index", doors=("app",), reason=_APP_ONLY)
def correspondence_index(
    vault: Vault,
    case_id: int,
    order: str = "date",
    descending: bool = False,
    text: str = "",
    labels: Mapping[str, Labels] | None = None,
) -> list[int]:
    """The ids of ``case_id``'s letters matching ``text`` (with whom, the subject, the proof, the date, sent
    or received and the method by their labels: ``labels``), sorted by ``order`` (a key of
    :data:`LETTERS`)."""
    with vault.connection() as conn:
        return ordered_ids(conn, LETTERS, case_id, order, descending, text, labels)


@query("correspondence.rows", doors=("app",), reason=_APP_ONLY)
def correspondence_by_id(vault: Vault, ids: Sequence[int]) -> list[Correspondence]:
    with vault.session() as session:
        return rows_by_id(session, Correspondence, ids)
