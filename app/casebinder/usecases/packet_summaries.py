"""What a packet says in its own words: the cover sheet and the summary tables (chronology, call log, record
of submissions, medical history, treatments tried, costs), each citing the exhibits by number and page.

Pure layout of what the vault holds into :class:`~casebinder.infra.qt.pages.Table` rows; the packet use case
(:mod:`casebinder.usecases.packet`) draws them and lays out the pages they cite.
"""

import datetime as dt
from collections.abc import Sequence

from sqlmodel import Session

from casebinder.domain.criteria import CriterionStatus
from casebinder.domain.diary import SymptomSummary
from casebinder.domain.enums import Direction, DocumentKind, EventKind
from casebinder.domain.models import (
    Call,
    Case,
    Correspondence,
    CorrespondenceDocument,
    Cost,
    Document,
    Event,
    MedicalHistory,
    Person,
    Treatment,
)
from casebinder.domain.procedures import procedure_name
from casebinder.infra.qt.pages import Table
from casebinder.usecases import medical
from casebinder.usecases.appeals import stage_label
from casebinder.usecases.diary import summary_rows


def representative(session: Session, patient: Person) -> str:
    """Who sends a caregiver's case: the vault's owner (the person marked "self"), on the patient's behalf;
    "" when the patient is the owner or no owner is recorded."""
    from casebinder.usecases.people import vault_owner

    owner = vault_owner(session, patient)
    return f"{owner.name}, on behalf of {patient.name}" if owner is not None else ""


def cover(
    case: Case, person: Person, request: str, sender: str, exhibits: int, representative: str = ""
) -> str:
    stage = stage_label(case.plan_type.value, case.stage)
    fields = [
        ("Patient", person.name),
        ("Member ID", case.member_id),
        ("Group number", case.group_number),
        ("Claim number", case.claim_number),
        ("Authorization number", case.authorization_number),
        ("Insurer", case.insurer),
        ("Plan type", case.plan_type.label),
        ("Procedure", procedure_name(case.procedure)),
        ("Stage", stage),
        ("Requested", request or f"Coverage of {procedure_name(case.procedure) or case.title}"),
        ("Sent by", sender or representative or person.name),
        ("Date", dt.date.today().isoformat()),
        ("Exhibits", str(exhibits)),
    ]
    rows = "\n".join(f"**{label}:** {value or '—'}  " for label, value in fields)
    return f"# {case.title}\n\n## Appeal packet — {stage}\n\n{rows}\n"


INTERNAL_KINDS = (EventKind.DEADLINE, EventKind.FOLLOW_UP, EventKind.NOTE)  # the user's own working lines


def chronology(
    events: Sequence[Event],
    documents: Sequence[Document],
    letters: dict[int, list[int]],
    first_pages: dict[int, int] | None,
    internal: bool = False,
) -> Table:
    """What happened, in date order, for a reviewer: calls, letters, decisions, and the documents that are
    in *this* packet, each citing its exhibit and the packet page it starts on ("Ex. 3, p. 12", a link);
    a letter cites the exhibits it carried (``letters``: correspondence id -> document ids). Undated
    exhibits go last, as "undated" (never the day they were imported). The user's deadlines, follow-ups
    and notes only when asked for (``internal``). ``first_pages`` is None while the layout is measured:
    the page numbers print as wide placeholders, so the real ones never need more room."""
    numbers = {d.id: n for n, d in enumerate(documents, start=1) if d.id is not None}
    dated_on = {d.id: d.date for d in documents}

    def cite(number: int) -> str:
        return exhibit_cite(number, first_pages)

    rows: list[tuple[str, str, str]] = []
    links: list[int | None] = []
    undated: list[tuple[str, str, str]] = []
    undated_links: list[int | None] = []
    for e in events:
        if e.kind in INTERNAL_KINDS and not internal:
            continue
        when = f"{e.at:%Y-%m-%d}" + ("" if e.all_day else f"\u00a0{e.at:%H:%M}")  # never wrapped apart
        cited: list[int] = []
        if e.document_id is not None:  # a document's own line (a denial letter's is a decision)
            if e.document_id not in numbers:
                continue  # not in this packet: a reviewer could not look it up
            cited = [numbers[e.document_id]]
        elif e.correspondence_id is not None:
            cited = [numbers[d] for d in letters.get(e.correspondence_id, []) if d in numbers]
        title = f"{e.title} ({'; '.join(cite(n) for n in cited)})" if cited else e.title
        if e.document_id is not None and dated_on.get(e.document_id) is None:
            undated.append(("undated", e.kind.label, title))
            undated_links.append(cited[0])
            continue
        rows.append((when, e.kind.label, title))
        links.append(cited[0] if cited else None)
    headers = ("Date", "What", "Detail")
    return Table("Chronology", headers, (1.75, 1.5, 5), rows + undated, links=links + undated_links)


def letters_carrying(session: Session, case_id: int) -> dict[int, list[int]]:
    """Each letter or e-mail of the case and the documents it carried."""
    from sqlmodel import col, select

    query_ = (
        select(CorrespondenceDocument.correspondence_id, CorrespondenceDocument.document_id)
        .join(Correspondence, col(Correspondence.id) == col(CorrespondenceDocument.correspondence_id))
        .where(col(Correspondence.case_id) == case_id)
    )
    carried: dict[int, list[int]] = {}
    for correspondence_id, document_id in session.exec(query_):
        carried.setdefault(correspondence_id, []).append(document_id)
    return carried


def criteria_met(
    criteria: Sequence[CriterionStatus],
    numbers: dict[int, int],
    first_pages: dict[int, int] | None,
    policy: Document | None = None,
) -> Table:
    """ "How the criteria are met": each criterion, met or not, and the exhibit pages that meet it (the
    packet page of a linked page: "Ex. 3, p. 14"), the diary's months or the treatments tried. An unmet
    one says what is missing: a reviewer sees the gap, and so does the person before sending."""

    def cite(number: int, page: int | None) -> str:
        if page is None:
            return exhibit_cite(number, first_pages)
        start = first_pages.get(number, 0) + page - 1 if first_pages is not None else "0000"
        return f"Ex.\u00a0{number}, p.\u00a0{start}"

    rows: list[tuple[str, str, str]] = []
    links: list[int | None] = []
    for criterion in criteria:
        said: list[str] = []
        first: int | None = None
        for evidence in criterion.evidence:
            number = numbers.get(evidence.document_id)
            if number is None:
                said.append(f"{evidence.title} (not in this packet)")
                continue
            first = first or number
            note = f": {evidence.note}" if evidence.note else ""
            said.append(f"{evidence.title} ({cite(number, evidence.page)}){note}")
        said += [proof[0].upper() + proof[1:] for proof in criterion.proofs]
        if not criterion.met:
            said.append(f"Not yet shown: {criterion.unmet_because}")
        label = criterion.label + (f" [{criterion.source}]" if criterion.source else "")
        rows.append((label, "Met" if criterion.met else "Not met", "; ".join(said)))
        links.append(first)
    met = sum(1 for c in criteria if c.met)
    note = f"{met} of {len(criteria)} criteria met, each with the evidence that meets it."
    if policy is not None:
        number = numbers.get(policy.id or 0)
        where = f" ({exhibit_cite(number, first_pages)})" if number else ""
        note += f" The criteria are worded as in the plan's own medical policy, “{policy.title}”{where}."
    return Table("How the criteria are met", ("Criterion", "Met", "Evidence"), (3.4, 0.9, 3.9), rows, note,
                 links=links)  # fmt: skip


def exhibit_cite(number: int, first_pages: dict[int, int] | None) -> str:
    """ "Ex. 3, p. 12": an exhibit and the packet page it starts on. While the layout is measured
    (``first_pages`` None) the page prints as a wide placeholder, so the real number never needs more room."""
    page = str(first_pages.get(number, 0)) if first_pages is not None else "0000"
    return f"Ex.\u00a0{number}, p.\u00a0{page}"


def submissions_of(session: Session, case_id: int) -> list[Correspondence]:
    """What was sent to the insurer (or anyone) for this case, in date order."""
    from sqlmodel import col, select

    query_ = select(Correspondence).where(
        col(Correspondence.case_id) == case_id, col(Correspondence.direction) == Direction.OUTBOUND
    )
    return list(session.exec(query_.order_by(col(Correspondence.date), col(Correspondence.id))))


def submissions(
    sent: Sequence[Correspondence],
    numbers: dict[int, int],
    kinds: dict[int | None, DocumentKind],
    letters: dict[int, list[int]],
    first_pages: dict[int, int] | None,
) -> Table:
    """Every submission with its date, how and where it went, what it carried and its proof: the answer
    when an insurer says it never got the appeal. Proof exhibits are the enclosed confirmations (fax
    confirmation pages, certified-mail receipts, portal receipts: kind "proof of submission")."""
    rows: list[tuple[str, str, str, str, str]] = []
    links: list[int | None] = []
    for item in sent:
        carried = [d for d in letters.get(item.id or 0, []) if d in numbers]
        proofs = [numbers[d] for d in carried if kinds.get(d) is DocumentKind.PROOF_OF_SUBMISSION]
        enclosed = [numbers[d] for d in carried if kinds.get(d) is not DocumentKind.PROOF_OF_SUBMISSION]
        when = f"{item.date:%Y-%m-%d}" + (f"\u00a0{item.sent_time:%H:%M}" if item.sent_time else "")
        how = item.method.label + (f" to {item.sent_to}" if item.sent_to else "")
        what = "; ".join(
            part for part in (item.subject, ", ".join(exhibit_cite(n, first_pages) for n in enclosed)) if part
        )
        proof = "; ".join(
            part for part in (item.proof, ", ".join(exhibit_cite(n, first_pages) for n in proofs)) if part
        )
        rows.append((when, item.counterparty, how, what, proof or "none recorded"))
        cited = proofs or enclosed
        links.append(cited[0] if cited else None)
    headers = ("Sent", "To", "How", "What", "Proof")
    note = "Each appeal, letter and form sent, with how it went and the proof it arrived."
    return Table("Record of submissions", headers, (1.6, 1.6, 1.8, 2.6, 2.4), rows, note, links=links)


def call_log(calls: Sequence[Call]) -> Table:
    """Each call as a reviewer checks it: when (the time kept on the date's line), who, the reference number,
    what was said, and what was promised."""
    rows = [
        (
            f"{c.at:%Y-%m-%d}\u00a0{c.at:%H:%M}",  # a no-break space: the time never wraps away from its date
            " ".join(p for p in (c.rep_name or c.with_whom, f"({c.rep_id})" if c.rep_id else "") if p),
            c.reference_number,
            c.summary,
            c.promised,
        )
        for c in calls
    ]
    headers = ("When", "Who", "Reference", "What was said", "What was promised")
    return Table("Call log", headers, (1.75, 1.45, 1.35, 2.6, 2.6), rows)


def history(entries: Sequence[MedicalHistory]) -> Table:
    rows = [(str(h.since or ""), h.condition, h.code, h.detail) for h in entries]
    headers = ("Since", "Condition or diagnosis", "Code", "How it affects daily life; findings")
    return Table("Medical history", headers, (1.3, 2.4, 1, 4), rows)


def treatments(treatments: Sequence[Treatment]) -> Table:
    rows = [
        (t.name, t.kind.label, str(t.started or "?"), str(t.ended or "ongoing"), t.outcome, t.prescriber)
        for t in treatments
    ]
    headers = ("Treatment", "Kind", "From", "To", "Outcome", "Prescriber")
    note = "Treatments tried before the one requested, with how each went."
    return Table("Treatments tried", headers, (2, 1.15, 1.35, 1.35, 2.7, 1.35), rows, note)


def diary(summary: SymptomSummary) -> Table:
    """A symptom's months from the person's diary: what criteria count, with the days not written down
    counted apart (a reviewer must not read them as days free of it)."""
    long_ = f"{summary.long_hours:g} h or more" if summary.long_hours is not None else ""
    headers = ("Month", "Days", "Recorded", "Not recorded", f"With {summary.symptom}", long_, "Worst (0-10)")
    widths = (1.2, 0.8, 1.1, 1.3, 1.5, 1.4, 1.2)
    rows = [tuple(row) for row in summary_rows(summary)]
    kept = [column for column in range(len(headers)) if headers[column]]  # no long days when not counted
    note = (
        f"From the patient's daily diary of {summary.symptom}. A day with no entry is counted as not "
        "recorded, never as a day without it; the current month runs to the day of this packet."
    )
    return Table(
        f"Symptom diary: {summary.symptom}",
        tuple(headers[c] for c in kept),
        tuple(widths[c] for c in kept),
        [tuple(row[c] for c in kept) for row in rows],
        note,
        right=tuple(range(1, len(kept))),
        chart=summary.months,
    )


def costs(costs: Sequence[Cost], exhibit_numbers: dict[int, int]) -> Table:
    """Every cost, an EOB line with what the plan paid and the patient's share, then each year's totals."""
    from casebinder.domain.costs import patient_share, totals_by_year

    def evidence(cost: Cost) -> str:
        number = exhibit_numbers.get(cost.document_id or 0)
        return f"Exhibit {number}" if number else ""

    def maybe(cents: int | None) -> str:
        return "" if cents is None else medical.money(cents)

    rows = [
        (
            str(c.date),
            c.description + (f" ({c.provider})" if c.provider else ""),
            c.kind.label,
            evidence(c),
            medical.money(c.amount_cents),
            maybe(c.plan_paid_cents),
            maybe(patient_share(medical.cost_line(c))),
        )
        for c in costs
    ]
    for year in totals_by_year(medical.cost_line(c) for c in costs):
        money = medical.money
        if year.billed:
            rows.append(("", f"{year.year}: billed", "", "", money(year.billed), money(year.plan_paid),
                         money(year.patient_share)))  # fmt: skip
        if year.paid:
            rows.append(("", f"{year.year}: paid out of pocket", "", "", money(year.paid), "", ""))
        if year.estimates:
            rows.append(("", f"{year.year}: written estimates", "", "", money(year.estimates), "", ""))
    headers = ("Date", "Description", "Kind", "Evidence", "Amount", "Plan paid", "Patient's share")
    return Table("Costs", headers, (1.2, 3.0, 1.4, 1.0, 1.1, 1.1, 1.1), rows, right=(4, 5, 6))
