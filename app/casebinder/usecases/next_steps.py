"""What the user must do next, and by when: the first thing a case shows, and the same list across cases.

One list, most urgent first: the user's own deadlines (filing an appeal, asking for external review) apart
from the insurer's clocks; follow-ups from calls, a missed one overdue until it is marked done or moved; the
documents the current stage still lacks, each with what to do about it; and where the insurer is late, what
that allows. Every line says why, and which action settles it.
"""

import datetime as dt
from dataclasses import dataclass

from casebinder.domain.enums import ChecklistStatus, DeadlineStatus
from casebinder.errors import CasebinderError
from casebinder.phrases import Phrase, data_said, said
from casebinder.usecases.appeals import case_deadlines, follow_ups
from casebinder.usecases.authorizations import lapsing, list_authorizations
from casebinder.usecases.cases import list_cases
from casebinder.usecases.checklists import checklists
from casebinder.usecases.registry import query
from casebinder.vault import Vault

SOON_DAYS = 7  # due within a week: "soon" (amber); passed: "overdue" (red)
_ASK_THE_DOCTOR = {"medical-necessity", "clinical-note", "test-result", "imaging"}


@dataclass(frozen=True)
class NextStep:
    """One thing to do. ``action`` is what settles it: "file" (a deadline of yours: do it, then record the
    milestone), "follow-up" (mark done or move), "link" (suggested documents to confirm), "import" (get the
    document and import it), "ask-doctor" (a medical document: ask the doctor's office), "insurer-late"
    (nothing to do but what that allows), "renew" (an authorization lapses: get a new one)."""

    case_id: int
    case_title: str
    kind: str  # deadline, follow-up, missing, insurer-late, renewal
    said_title: Phrase  # the title and detail as phrases, for the app to translate
    said_detail: tuple[Phrase, ...]
    action: str
    due: dt.date | None = None
    urgency: str = "later"  # overdue, soon, later, none (no date)
    call_id: int | None = None
    stage: str = ""
    item_id: str = ""
    suggested: tuple[int, ...] = ()

    @property
    def title(self) -> str:
        """The English the CLI prints."""
        return str(self.said_title)

    @property
    def detail(self) -> str:
        return " ".join(str(part) for part in self.said_detail if part)

    def days_left(self, today: dt.date) -> int | None:
        return (self.due - today).days if self.due is not None else None


def urgency(due: dt.date | None, today: dt.date, overdue: bool = False) -> str:
    """overdue (red), soon (amber: within a week), later, or none (no date): one rule for every list."""
    if due is None:
        return "none"
    if overdue or due < today:
        return "overdue"
    return "soon" if (due - today).days <= SOON_DAYS else "later"


_ORDER = {"overdue": 0, "soon": 1, "later": 2, "none": 3}
# The fixed words of the steps, once: the CLI prints them, the app translates them (tools/translations.py
# puts them in the catalogue).
DETAILS = {
    "link": said("A document you have may be it: check it and accept the suggestion."),
    "ask-doctor": said("Ask the doctor's office for it, then import it."),
    "import": said("Import it when you have it, or mark it not applicable."),
    "follow-up": said(
        "Call back if what was promised has not happened; mark it done, or move it to a new date."
    ),
    "renew": said(
        "Ask for a new one now (a signed form, or the doctor's request for a re-authorization), then "
        "record it."
    ),
}


@query("nextsteps.list")
def next_steps(vault: Vault, case_id: int | None = None, today: dt.date | None = None) -> list[NextStep]:
    """The steps of one case (or of every case, for a caregiver), most urgent first."""
    today = today or dt.date.today()
    steps: list[NextStep] = []
    for item in case_deadlines(vault, case_id):
        d = item.deadline
        if d.is_insurer_deadline:
            if d.status is DeadlineStatus.OVERDUE:
                steps.append(
                    NextStep(
                        item.case_id,
                        item.case_title,
                        "insurer-late",
                        said("The insurer is late: {what}", what=data_said(d.rule.label)),
                        (item.said_alert,),
                        "insurer-late",
                        due=d.due.date(),
                        urgency="overdue",
                    )
                )
            continue
        if d.status not in (DeadlineStatus.OPEN, DeadlineStatus.OVERDUE):
            continue
        plain = (data_said(d.rule.plain),) if d.rule.plain else ()
        steps.append(
            NextStep(
                item.case_id,
                item.case_title,
                "deadline",
                data_said(d.rule.label),
                (*plain, *d.explained),
                "file",
                due=d.due.date(),
                urgency=urgency(d.due.date(), today, d.status is DeadlineStatus.OVERDUE),
            )
        )
    for follow in follow_ups(vault, case_id, today):
        steps.append(
            NextStep(
                follow.case_id,
                follow.case_title,
                "follow-up",
                follow.said_title,
                (DETAILS["follow-up"],),
                "follow-up",
                due=follow.day,
                urgency=urgency(follow.day, today, follow.overdue),
                call_id=follow.call_id,
            )
        )
    summaries = list_cases(vault)
    titles = {s.case.id: s.case.title for s in summaries}
    for paper in lapsing(list_authorizations(vault, case_id, today)):
        row, gone, ends = paper.record, paper.status == "expired", paper.lapse
        assert ends is not None  # lapsing() gives only papers with an end
        what = (
            said("{kind}", kind=row.kind.label)
            if not row.party
            else said("{kind} ({party})", kind=row.kind.label, party=row.party)
        )
        steps.append(
            NextStep(
                row.case_id,
                titles.get(row.case_id, ""),
                "renewal",
                said("Expired: {what}", what=what)
                if gone
                else said("Renew before it lapses: {what}", what=what),
                (
                    said("It was good until {day}.", day=ends.expires.isoformat())
                    if gone
                    else said("It is good until {day}.", day=ends.expires.isoformat()),
                    DETAILS["renew"],
                ),
                "renew",
                due=ends.expires,
                urgency="overdue" if gone else urgency(ends.expires, today),
            )
        )
    for summary in summaries:
        case = summary.case
        if case.id is None or (case_id is not None and case.id != case_id):
            continue
        try:
            [stage] = checklists(vault, case.id, case.stage)
        except (ValueError, CasebinderError):
            continue  # this stage has no checklist
        for entry in stage.items:
            if entry.status is not ChecklistStatus.MISSING:
                continue
            if entry.suggested:
                action = "link"
            elif set(entry.item.kinds) & _ASK_THE_DOCTOR:
                action = "ask-doctor"
            else:
                action = "import"
            source = (said("({source})", source=entry.item.source),) if entry.item.source else ()
            steps.append(
                NextStep(
                    case.id,
                    case.title,
                    "missing",
                    said("Missing: {what}", what=data_said(entry.item.label)),
                    (DETAILS[action], *source),
                    action,
                    stage=stage.stage.value,
                    item_id=entry.item.id,
                    suggested=entry.suggested,
                    urgency="none",
                )
            )
    return sorted(steps, key=lambda s: (_ORDER[s.urgency], s.due or dt.date.max, s.case_id))
