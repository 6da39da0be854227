"""The sections of a drafted letter, in Markdown: the criteria with the exhibit and page that meets each,
the medical history, the treatments tried, the diary's months, the calls, the case's dates.

Each reads what it needs from a session and quotes what the person typed (:func:`quote`), so a value can
never start formatting. :mod:`casebinder.usecases.letters` puts them into the templates.
"""

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlmodel import Session, col, select

from casebinder.domain.criteria import CriterionStatus
from casebinder.domain.letters import quote
from casebinder.domain.models import Call, CaseMilestone, Document, MedicalHistory, Treatment


def long_date(day: dt.date | None) -> str:
    return f"{day:%B} {day.day}, {day.year}" if day else ""


def cite(
    evidence_document: int,
    page: int | None,
    exhibits: Mapping[int, int],
    documents: Mapping[int | None, Document],
) -> str:
    document = documents.get(evidence_document)
    title = quote(document.title) if document is not None else "a document"
    number = exhibits.get(evidence_document)
    where = f"Exhibit {number}, " if number else ""
    return f"{where}“{title}”" + (f", page {page}" if page else "")


def criteria_section(
    met: Sequence[CriterionStatus],
    exhibits: Mapping[int, int],
    documents: Mapping[int | None, Document],
    policy: Document | None = None,
) -> str:
    if not met:
        return ""
    lines = ["## Your criteria, and the evidence that meets each", ""]
    if policy is not None:
        where = cite(policy.id or 0, None, exhibits, documents)
        lines += [f"The criteria below are those of your own medical policy, {where}.", ""]
    for number, criterion in enumerate(met, start=1):
        cited = [
            cite(e.document_id, e.page, exhibits, documents) + (f" ({quote(e.note)})" if e.note else "")
            for e in criterion.evidence
        ]
        proof = "; ".join([*cited, *(quote(p) for p in criterion.proofs)])
        source = f" ({quote(criterion.source)})" if criterion.source else ""
        lines.append(f"{number}. **{quote(criterion.label)}**{source}. Met: {proof}.")
    return "\n".join(lines)


def criteria_checklist(criteria: Sequence[CriterionStatus], documents: Mapping[int | None, Document]) -> str:
    if not criteria:
        return "- (no criteria recorded for this case yet: the plan's medical policy lists them)"
    lines = []
    for criterion in criteria:
        if criterion.met:
            cited = [cite(e.document_id, e.page, {}, documents) for e in criterion.evidence]
            said = "; ".join([*cited, *(quote(p) for p in criterion.proofs)])
            lines.append(f"- **{quote(criterion.label)}**: met by {said}.")
        else:
            lines.append(
                f"- **{quote(criterion.label)}**: **still needed** ({quote(criterion.unmet_because)})."
            )
    return "\n".join(lines)


def history_section(session: Session, case_id: int) -> str:
    rows = list(
        session.exec(
            select(MedicalHistory)
            .where(col(MedicalHistory.case_id) == case_id)
            .order_by(col(MedicalHistory.since), col(MedicalHistory.id))
        )
    )
    if not rows:
        return ""
    lines = ["## Medical history", ""]
    for row in rows:
        code = f" ({quote(row.code)})" if row.code else ""
        since = f", since {long_date(row.since)}" if row.since else ""
        detail = f": {quote(row.detail)}" if row.detail else ""
        lines.append(f"- {quote(row.condition)}{code}{since}{detail}")
    return "\n".join(lines)


def treatments_section(session: Session, case_id: int) -> str:
    rows = list(
        session.exec(
            select(Treatment)
            .where(col(Treatment.case_id) == case_id)
            .order_by(col(Treatment.started), col(Treatment.id))
        )
    )
    if not rows:
        return ""
    lines = ["## Treatments already tried", ""]
    for row in rows:
        span = ""
        if row.started or row.ended:
            span = f", {long_date(row.started) or '?'} to {long_date(row.ended) or 'now'}"
        outcome = f": {quote(row.outcome)}" if row.outcome else ""
        by = f" (prescribed by {quote(row.prescriber)})" if row.prescriber else ""
        lines.append(f"- {quote(row.name)} ({row.kind.label.lower()}){span}{outcome}{by}")
    return "\n".join(lines)


def symptom_section(session: Session, case_id: int, today: dt.date) -> str:
    from casebinder.domain.diary import DiaryEntry, long_hours_for, summarize, symptoms_of
    from casebinder.domain.models import SymptomEntry
    from casebinder.usecases.diary import summary_rows

    entries = [
        DiaryEntry(row.day, row.symptom, row.severity, row.hours)
        for row in session.exec(select(SymptomEntry).where(col(SymptomEntry.case_id) == case_id))
    ]
    if not entries:
        return ""
    lines = [
        "## The symptom diary",
        "",
        "Kept day by day; a day not written down is counted as missing, not as a day without symptoms.",
    ]
    for name in symptoms_of(entries):
        summary = summarize(entries, name, today, 3, long_hours_for(name))
        long_header = f" | {summary.long_hours:g} h or more" if summary.long_hours is not None else ""
        lines += [
            "",
            f"**{quote(name.capitalize())}**, by calendar month:",
            "",
            f"| Month | Days | Recorded | Missing | With {quote(name)}{long_header} | Worst (0-10) |",
            "|---|---|---|---|---" + ("|---" if long_header else "") + "|---|",
        ]
        for row in summary_rows(summary):
            cells = [*row[:5], *([row[5]] if long_header else []), row[6] or "—"]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def calls_section(session: Session, case_id: int) -> str:
    calls = list(session.exec(select(Call).where(col(Call.case_id) == case_id).order_by(col(Call.at))))
    if not calls:
        return ""
    lines = [
        "## Calls about this claim",
        "",
        "| Date | With | Representative | Reference number | What was said |",
        "|---|---|---|---|---|",
    ]
    for call in calls:
        rep = " ".join(part for part in (call.rep_name, f"(ID {call.rep_id})" if call.rep_id else "") if part)
        said_ = call.promised or call.summary
        cells = [
            f"{call.at:%Y-%m-%d %H:%M}",
            call.with_whom,
            rep,
            call.reference_number or "none given",
            said_,
        ]
        lines.append("| " + " | ".join(quote(cell) or "—" for cell in cells) + " |")
    return "\n".join(lines)


def milestones_section(session: Session, case_id: int) -> str:
    rows = list(
        session.exec(
            select(CaseMilestone).where(col(CaseMilestone.case_id) == case_id).order_by(col(CaseMilestone.at))
        )
    )
    if not rows:
        return ""
    lines = ["## Dates", ""]
    for row in rows:
        outcome = f": {row.outcome.label.lower()}" if row.outcome else ""
        lines.append(f"- {long_date(row.dated or row.at.date())}: {row.kind.label}{outcome}")
    return "\n".join(lines)
