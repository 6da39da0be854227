"""A case's medical-necessity criteria, edited to the insurer's policy, and the evidence that meets each.

The template's criteria (the procedure's usual ones, with their source) are read from the data; a row in
``case_criterion`` exists only once the person changes, removes or links one, or adds their own. Whether a
criterion is met is worked out in :mod:`casebinder.domain.criteria` from the links, the symptom diary and the
treatments tried; the packet's "How the criteria are met" prints the same.
"""

import datetime as dt

from sqlmodel import Session, col, func, select

from casebinder.domain.criteria import (
    CriterionStatus,
    Evidence,
    TemplateCriterion,
    evaluate,
    template_criteria,
)
from casebinder.domain.models import CaseCriterion, CriterionEvidence, Document, Treatment
from casebinder.errors import InvalidInput, NotFound
from casebinder.infra.rulebook import procedure_template
from casebinder.phrases import said
from casebinder.usecases.appeals import option, set_option
from casebinder.usecases.changes import Changes
from casebinder.usecases.diary import symptom_summary
from casebinder.usecases.records import detached, get_case
from casebinder.usecases.registry import command, query
from casebinder.usecases.snapshots import delete_whole
from casebinder.vault import Vault


def _templates(session: Session, case_id: int) -> list[TemplateCriterion]:
    return template_criteria(procedure_template(get_case(session, case_id).procedure_template))


def _rows(session: Session, case_id: int) -> dict[str, CaseCriterion]:
    query_ = (
        select(CaseCriterion).where(col(CaseCriterion.case_id) == case_id).order_by(col(CaseCriterion.id))
    )
    return {row.key: row for row in session.exec(query_)}


@query("criteria.list")
def list_criteria(vault: Vault, case_id: int, today: dt.date | None = None) -> list[CriterionStatus]:
    """The case's criteria in order (the template's, then the person's own), each met or not, and why."""
    with vault.session() as session:
        templates = _templates(session, case_id)
        rows = _rows(session, case_id)
        treatments = session.exec(
            select(func.count()).select_from(Treatment).where(col(Treatment.case_id) == case_id)
        ).one()
        linked: dict[int, list[Evidence]] = {}
        query_ = (
            select(CriterionEvidence, Document.title)
            .join(Document, col(Document.id) == col(CriterionEvidence.document_id))
            .join(CaseCriterion, col(CaseCriterion.id) == col(CriterionEvidence.criterion_id))
            .where(col(CaseCriterion.case_id) == case_id)
            .order_by(col(CriterionEvidence.id))
        )
        for link, title in session.exec(query_):
            assert link.id is not None
            item = Evidence(link.id, link.document_id, title, link.page, link.note)
            linked.setdefault(link.criterion_id, []).append(item)
    summaries = {s.symptom: s for s in symptom_summary(vault, case_id, 6, today=today)}
    found: list[CriterionStatus] = []
    for template in templates:
        row = rows.get(template.key)
        if row is not None and row.removed:
            continue
        shown = template
        if row is not None:
            shown = TemplateCriterion(
                template.key, row.label, row.source, template.diary, template.treatments
            )
        evidence = linked.get(row.id or 0, []) if row is not None else []
        found.append(evaluate(shown, evidence, summaries, treatments))
    for key, row in rows.items():
        if key.startswith("own-") and not row.removed:
            own = TemplateCriterion(key, row.label, row.source)
            found.append(evaluate(own, linked.get(row.id or 0, []), summaries, treatments, own=True))
    return found


def _row_for(session: Session, case_id: int, key: str, *, revive: bool = False) -> CaseCriterion:
    """The criterion's row, made from the template the first time it is changed or linked. ``revive``: a
    template criterion removed earlier comes back (editing it is how the person undoes the removal)."""
    rows = _rows(session, case_id)
    if key in rows and (revive or not rows[key].removed):
        rows[key].removed = False
        return rows[key]
    template = next((t for t in _templates(session, case_id) if t.key == key), None)
    if template is None or key in rows:
        known = [t.key for t in _templates(session, case_id) if t.key not in rows or not rows[t.key].removed]
        known += [k for k, r in rows.items() if k.startswith("own-") and not r.removed]
        raise NotFound(
            "no criterion {key!r} in case {case_id} (choose from {choices})",
            key=key,
            case_id=case_id,
            choices=", ".join(known) or "none: add one with criteria add",
        )
    row = CaseCriterion(case_id=case_id, key=key, label=template.label, source=template.source)
    session.add(row)
    session.flush()
    return row


@command("criteria.add")
def add_criterion(vault: Vault, case_id: int, label: str, source: str = "") -> Changes:
    """The person's own criterion (from the insurer's policy), after the template's."""
    if not label.strip():
        raise InvalidInput("a criterion needs its wording (as the insurer's policy says it)")
    with vault.transaction() as session:
        get_case(session, case_id)
        row = CaseCriterion(case_id=case_id, key="own-pending", label=label.strip(), source=source.strip())
        session.add(row)
        session.flush()
        row.key = f"own-{row.id}"
        return Changes(case_id=case_id, criteria=True, record=detached(session, row))


@command("criteria.edit")
def edit_criterion(
    vault: Vault, case_id: int, key: str, label: str | None = None, source: str | None = None
) -> Changes:
    """Word a criterion as the insurer's own policy does (and say which policy)."""
    if label is not None and not label.strip():
        raise InvalidInput("a criterion needs its wording (as the insurer's policy says it)")
    with vault.transaction() as session:
        row = _row_for(session, case_id, key, revive=True)
        if label is not None:
            row.label = label.strip()
        if source is not None:
            row.source = source.strip()
        return Changes(case_id=case_id, criteria=True, record=detached(session, row))


@command("criteria.delete")
def delete_criterion(vault: Vault, case_id: int, key: str, *, dry_run: bool = False) -> Changes:
    """A criterion the insurer's policy does not have. The person's own goes with its links (and can be
    undone); a template one is marked removed, its links kept, so it does not come back from the template:
    editing it (``criteria edit KEY``) brings it back."""
    with vault.transaction() as session:
        row = _row_for(session, case_id, key)
        assert row.id is not None
        what = said("the criterion “{label}”", label=row.label)
        if key.startswith("own-") or dry_run:
            snapshot = delete_whole(session, "case_criterion", row.id, what, case_id, dry_run=dry_run)
            return Changes(case_id=case_id, criteria=not dry_run, undo=snapshot)
        row.removed = True
    return Changes(case_id=case_id, criteria=True)


@command("criteria.link")
def link_evidence(
    vault: Vault, case_id: int, key: str, document_id: int, page: int | None = None, note: str = ""
) -> Changes:
    """The document (and page) that meets the criterion ``key``."""
    with vault.transaction() as session:
        document = session.get(Document, document_id)
        if document is None or document.case_id != case_id:
            raise InvalidInput(
                "document {document_id} is not part of case {case_id}",
                document_id=document_id,
                case_id=case_id,
            )
        if page is not None and (page < 1 or (document.page_count and page > document.page_count)):
            raise InvalidInput(
                "“{title}” has {count} page(s): there is no page {page}",
                title=document.title,
                count=document.page_count or "?",
                page=page,
            )
        row = _row_for(session, case_id, key)
        assert row.id is not None
        link = CriterionEvidence(criterion_id=row.id, document_id=document_id, page=page, note=note.strip())
        session.add(link)
        return Changes(case_id=case_id, criteria=True, record=detached(session, link))


@command("criteria.unlink")
def unlink_evidence(vault: Vault, link_id: int) -> Changes:
    with vault.transaction() as session:
        link = session.get(CriterionEvidence, link_id)
        if link is None:
            raise NotFound("no evidence link {link_id}", link_id=link_id)
        row = session.get(CaseCriterion, link.criterion_id)
        assert row is not None
        session.delete(link)
        return Changes(case_id=row.case_id, criteria=True)


POLICY = "criteria:policy"  # the case option naming the insurer's policy document


def policy_document(session: Session, case_id: int) -> Document | None:
    """The insurer's own medical policy the criteria are worded from, when the person recorded it."""
    value = option(session, case_id, POLICY)
    document = session.get(Document, int(value)) if value else None
    return document if document is not None and document.case_id == case_id else None


@command("criteria.policy")
def set_policy_document(vault: Vault, case_id: int, document_id: int | None) -> Changes:
    """Record which document is the insurer's medical policy (None: none); the packet and the appeal
    letter cite it beside the criteria."""
    with vault.transaction() as session:
        get_case(session, case_id)
        if document_id is not None:
            document = session.get(Document, document_id)
            if document is None or document.case_id != case_id:
                raise InvalidInput(
                    "document {document_id} is not part of case {case_id}",
                    document_id=document_id,
                    case_id=case_id,
                )
        set_option(session, case_id, POLICY, None if document_id is None else str(document_id))
    return Changes(case_id=case_id, criteria=True)
