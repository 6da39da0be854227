"""Checklists per stage for a case, and the user's marks and links on them."""

from dataclasses import replace

from sqlalchemy import String, type_coerce
from sqlalchemy import select as core_select
from sqlmodel import col, select

from casebinder.domain.checklists import StageChecklist, evaluate, items_for_stage, stage_group
from casebinder.domain.enums import ChecklistStatus, DocumentKind, Stage
from casebinder.domain.models import ChecklistEntry, ChecklistLink, Document, Person
from casebinder.errors import InvalidInput
from casebinder.infra.rulebook import checklist_base, procedure_template, rulebook
from casebinder.usecases.authorizations import lapsing, list_authorizations
from casebinder.usecases.changes import Changes
from casebinder.usecases.parse import parse_enum
from casebinder.usecases.records import get_case
from casebinder.usecases.registry import command, query
from casebinder.vault import Vault


@query("checklist.show")
def checklists(vault: Vault, case_id: int, stage: Stage | str | None = None) -> list[StageChecklist]:
    """The checklist of ``stage``, or of every stage of the case's ladder that has one."""
    base = checklist_base()
    with vault.session() as session:
        case = get_case(session, case_id)
        person = session.get(Person, case.person_id)
        caregiver = person is not None and person.relationship not in ("", "self")
        ladder = rulebook().ladder_for(case.plan_type.value)
        stages = [s.id for s in ladder.stages if stage_group(base, s.id)]
        if stage is not None:
            if stage not in stages:
                raise InvalidInput(
                    "no checklist for stage {stage!r} (choose from {choices})",
                    stage=stage,
                    choices=", ".join(stages),
                )
            stages = [Stage(stage)]
        procedure = procedure_template(case.procedure_template)
        entries = list(session.exec(select(ChecklistEntry).where(col(ChecklistEntry.case_id) == case_id)))
        links = list(session.exec(select(ChecklistLink).where(col(ChecklistLink.case_id) == case_id)))
    kinds = {kind.name: kind.value for kind in DocumentKind}  # two columns, not 10,000 objects (0.6 s)
    with vault.connection() as conn:  # plain rows: an ORM session makes each row through its loader
        documents = [
            (document_id or 0, kinds[kind])
            for document_id, kind in conn.execute(
                core_select(col(Document.id), type_coerce(col(Document.kind), String)).where(
                    col(Document.case_id) == case_id
                )
            )
        ]
    lapses = {
        paper.record.document_id: (paper.status, paper.lapse.expires)
        for paper in lapsing(list_authorizations(vault, case_id))
        if paper.record.document_id is not None and paper.lapse is not None
    }
    result = []
    for stage_id in stages:
        items = items_for_stage(base, procedure, stage_id, caregiver)
        marks = {e.item_id: e.status for e in entries if e.stage == stage_id}
        linked: dict[str, list[int]] = {}
        for link in links:
            if link.stage == stage_id:
                linked.setdefault(link.item_id, []).append(link.document_id)
        checklist = evaluate(stage_id, items, marks, linked, documents)
        if lapses:  # a signed form linked here that lapses: the item says so
            warned = tuple(
                replace(entry, lapse=min(lapses[d] for d in entry.linked if d in lapses))
                if any(d in lapses for d in entry.linked)
                else entry
                for entry in checklist.items
            )
            checklist = replace(checklist, items=warned)
        result.append(checklist)
    return result


def _check_item(vault: Vault, case_id: int, stage: Stage | str, item_id: str) -> None:
    [checklist] = checklists(vault, case_id, stage)
    if item_id not in {i.item.id for i in checklist.items}:
        ids = ", ".join(i.item.id for i in checklist.items)
        raise InvalidInput(
            "no item {item_id!r} in the {stage} checklist (items: {ids})",
            item_id=item_id,
            stage=stage,
            ids=ids,
        )


@command("checklist.link")
def link_document(vault: Vault, case_id: int, stage: Stage | str, item_id: str, document_id: int) -> Changes:
    """Confirm a document as the evidence for a checklist item."""
    _check_item(vault, case_id, stage, item_id)
    stage = Stage(stage)
    with vault.transaction() as session:
        document = session.get(Document, document_id)
        if document is None or document.case_id != case_id:
            raise InvalidInput(
                "document {document_id} is not part of case {case_id}",
                document_id=document_id,
                case_id=case_id,
            )
        if session.get(ChecklistLink, (case_id, stage, item_id, document_id)) is None:
            session.add(ChecklistLink(case_id=case_id, stage=stage, item_id=item_id, document_id=document_id))
    return Changes(case_id=case_id, case=True)


@command("checklist.unlink")
def unlink_document(
    vault: Vault, case_id: int, stage: Stage | str, item_id: str, document_id: int
) -> Changes:
    stage = parse_enum(Stage, str(stage))
    with vault.transaction() as session:
        link = session.get(ChecklistLink, (case_id, stage, item_id, document_id))
        if link is not None:
            session.delete(link)
    return Changes(case_id=case_id, case=True)


@command("checklist.mark")
def mark_item(
    vault: Vault, case_id: int, stage: Stage | str, item_id: str, status: ChecklistStatus | str
) -> Changes:
    """Mark an item done or not applicable (``missing`` takes a mark away)."""
    status = parse_enum(ChecklistStatus, str(status))
    _check_item(vault, case_id, stage, item_id)
    stage = Stage(stage)
    with vault.transaction() as session:
        entry = session.get(ChecklistEntry, (case_id, stage, item_id))
        if status is ChecklistStatus.MISSING:
            if entry is not None:
                session.delete(entry)
        elif entry is None:
            session.add(ChecklistEntry(case_id=case_id, stage=stage, item_id=item_id, status=status))
        else:
            entry.status = status
    return Changes(case_id=case_id, case=True)
