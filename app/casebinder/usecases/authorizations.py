"""Authorizations with expiry: the representative's form, HIPAA authorizations, CMS-1696, powers of
attorney, and the insurer's prior authorizations and re-authorizations, each with its document and the day
it lapses. The next-steps list and the checklist warn before one does (:func:`lapsing`)."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlmodel import Session, col, select

from casebinder.domain.authorizations import Lapse, lapse
from casebinder.domain.enums import AuthorizationKind
from casebinder.domain.models import CaseAuthorization, Document
from casebinder.errors import InvalidInput
from casebinder.phrases import said
from casebinder.usecases.changes import Changes
from casebinder.usecases.records import detached, get, get_case
from casebinder.usecases.registry import command, query
from casebinder.usecases.snapshots import delete_whole
from casebinder.vault import Vault


@dataclass(frozen=True)
class AuthorizationFields:
    kind: AuthorizationKind
    party: str = ""  # who it is with or for: the provider, the insurer, the representative
    number: str = ""  # the approval's reference number
    starts: dt.date | None = None  # signed, or the approved window's first day
    expires: dt.date | None = None  # the last day it is good (CMS-1696: worked out when left blank)
    units: str = ""  # what a prior authorization approves: "155 units", "1 injection cycle"
    document_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class AuthorizationStatus:
    record: CaseAuthorization
    lapse: Lapse | None
    status: str  # valid, expiring, expired, renewed (a later one of its kind), or "open" (no end date)

    def days_left(self, today: dt.date) -> int | None:
        return None if self.lapse is None else (self.lapse.expires - today).days


def _check(session: Session, case_id: int, fields: AuthorizationFields) -> None:
    if fields.starts and fields.expires and fields.expires < fields.starts:
        raise InvalidInput("an authorization cannot end before it starts")
    if fields.document_id is not None:
        document = session.get(Document, fields.document_id)
        if document is None or document.case_id != case_id:
            raise InvalidInput(
                "document {document_id} is not part of case {case_id}",
                document_id=fields.document_id,
                case_id=case_id,
            )


def _values(fields: AuthorizationFields) -> dict[str, Any]:
    values = dict(vars(fields))
    values["kind"] = AuthorizationKind(fields.kind)
    for key in ("party", "number", "units", "notes"):
        values[key] = str(values[key]).strip()
    return values


@command("authorization.add")
def add_authorization(vault: Vault, case_id: int, fields: AuthorizationFields) -> Changes:
    with vault.transaction() as session:
        get_case(session, case_id)
        _check(session, case_id, fields)
        row = CaseAuthorization(case_id=case_id, **_values(fields))
        session.add(row)
        return Changes(case_id=case_id, contacts=True, record=detached(session, row))


@command("authorization.edit")
def edit_authorization(vault: Vault, authorization_id: int, fields: AuthorizationFields) -> Changes:
    with vault.transaction() as session:
        row = get(session, CaseAuthorization, authorization_id)
        _check(session, row.case_id, fields)
        for key, value in _values(fields).items():
            setattr(row, key, value)
        return Changes(case_id=row.case_id, contacts=True, record=detached(session, row))


@command("authorization.delete")
def delete_authorization(vault: Vault, authorization_id: int, *, dry_run: bool = False) -> Changes:
    with vault.transaction() as session:
        row = get(session, CaseAuthorization, authorization_id)
        what = said("the {kind}", kind=row.kind.label.lower())
        snapshot = delete_whole(
            session, "case_authorization", authorization_id, what, row.case_id, dry_run=dry_run
        )
    return Changes(case_id=row.case_id, contacts=not dry_run, undo=snapshot)


def status_of(row: CaseAuthorization, today: dt.date, cycle_weeks: int | None = None) -> AuthorizationStatus:
    found = lapse(row.kind, row.starts, row.expires, cycle_weeks)
    return AuthorizationStatus(row, found, "open" if found is None else found.status(today))


@query("authorization.list")
def list_authorizations(
    vault: Vault, case_id: int | None = None, today: dt.date | None = None
) -> list[AuthorizationStatus]:
    """One case's authorizations (or every case's), the soonest to lapse first, open-ended ones last."""
    today = today or dt.date.today()
    with vault.session() as session:
        query_ = select(CaseAuthorization)
        if case_id is not None:
            get_case(session, case_id)
            query_ = query_.where(col(CaseAuthorization.case_id) == case_id)
        rows = list(session.exec(query_.order_by(col(CaseAuthorization.id))))
        cycles = {case: _cycle_weeks(session, case) for case in {row.case_id for row in rows}}
    found = _renewed([status_of(row, today, cycles[row.case_id]) for row in rows])
    return sorted(found, key=lambda s: (s.lapse is None, s.lapse.expires if s.lapse else dt.date.max))


def _renewed(papers: list[AuthorizationStatus]) -> list[AuthorizationStatus]:
    """A paper followed by one of the same kind with the same party that lasts longer has been renewed:
    it no longer warns (the status says "renewed")."""

    def same(a: AuthorizationStatus, b: AuthorizationStatus) -> bool:
        return (a.record.case_id, a.record.kind, a.record.party.strip().lower()) == (
            b.record.case_id,
            b.record.kind,
            b.record.party.strip().lower(),
        )

    def outlasts(later: AuthorizationStatus, paper: AuthorizationStatus) -> bool:
        assert paper.lapse is not None
        return later.lapse is None or later.lapse.expires > paper.lapse.expires

    return [
        replace(paper, status="renewed")
        if paper.lapse is not None
        and any(o is not paper and same(o, paper) and outlasts(o, paper) for o in papers)
        else paper
        for paper in papers
    ]


def _cycle_weeks(session: Session, case_id: int) -> int | None:
    """How often the case's treatment is re-authorized, when its procedure template says (Botox: 12)."""
    from casebinder.infra.rulebook import procedure_template

    template = procedure_template(get_case(session, case_id).procedure_template) or {}
    weeks = template.get("reauthorization", {}).get("weeks")
    return int(weeks) if weeks else None


def lapsing(papers: Sequence[AuthorizationStatus]) -> list[AuthorizationStatus]:
    """Those expiring soon or expired: what the next steps and the checklist warn of."""
    return [s for s in papers if s.status in ("expiring", "expired")]
