"""The demo vault: a caregiver's two fictional cases, built from ``casebinder/data/demo/``.

Document PDFs are rendered by Qt in memory at build time and imported as bytes, the same way a pasted file
is; dates are offsets from today so the demo's deadlines are always live.
"""

import datetime as dt
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebinder.domain.enums import (
    AuthorizationKind,
    ContactRole,
    CorrespondenceMethod,
    Direction,
    DocumentKind,
)
from casebinder.errors import CasebinderError
from casebinder.infra.sources import Source
from casebinder.resources import resource
from casebinder.usecases.appeals import MilestoneFields, add_milestone
from casebinder.usecases.calls import CallFields, add_call
from casebinder.usecases.cases import CaseFields, add_case
from casebinder.usecases.checklists import link_document
from casebinder.usecases.correspondence import CorrespondenceFields, add_correspondence
from casebinder.usecases.importing import ImportOptions, import_files
from casebinder.usecases.people import add_person
from casebinder.usecases.registry import command
from casebinder.vault import Vault


@dataclass(frozen=True)
class DemoVault:
    vault: Vault
    passphrase: str
    recovery_key: str
    case_ids: dict[str, int]


def demo_spec() -> dict[str, Any]:
    with resource("demo", "case.toml").open("rb") as handle:
        return tomllib.load(handle)


def _add_medical_facts(
    vault: Vault,
    case_id: int,
    case_spec: dict[str, Any],
    documents: dict[str, int],
    day: Callable[[int], dt.date],
) -> None:
    from casebinder.domain.enums import CostKind, TreatmentKind
    from casebinder.usecases import medical

    def optional_day(offset: int | None) -> dt.date | None:
        return day(offset) if offset is not None else None

    for entry in case_spec.get("history", []):
        fields = medical.HistoryFields(
            condition=entry["condition"],
            code=entry.get("code", ""),
            since=optional_day(entry.get("day")),
            detail=entry.get("detail", ""),
        )
        medical.add(vault, case_id, fields)
    for entry in case_spec.get("treatments", []):
        treatment = medical.TreatmentFields(
            name=entry["name"],
            kind=TreatmentKind(entry.get("kind", "medication")),
            started=optional_day(entry.get("start_day")),
            ended=optional_day(entry.get("end_day")),
            outcome=entry.get("outcome", ""),
            prescriber=entry.get("prescriber", ""),
        )
        medical.add(vault, case_id, treatment)
    for entry in case_spec.get("costs", []):
        cost = medical.CostFields(
            date=day(entry["day"]),
            description=entry["description"],
            amount_cents=medical.parse_amount(entry["amount"]),
            kind=CostKind(entry.get("kind", "paid")),
            document_id=documents[entry["document"]] if "document" in entry else None,
            provider=entry.get("provider", ""),
            paid_on=optional_day(entry.get("paid_day")),
            **{
                f"{part}_cents": medical.parse_amount(entry[part])
                for part in ("allowed", "plan_paid", "deductible", "copay", "coinsurance", "not_covered")
                if part in entry
            },
        )
        medical.add(vault, case_id, cost)
    for limits in case_spec.get("plan_limits", []):
        medical.set_plan_limits(
            vault,
            case_id,
            day(0).year,
            medical.parse_amount(limits["deductible"]) if "deductible" in limits else None,
            medical.parse_amount(limits["out_of_pocket"]) if "out_of_pocket" in limits else None,
        )
    _add_diary(vault, case_id, case_spec.get("diary"), day)
    _add_authorizations(vault, case_id, case_spec, day)
    from casebinder.usecases.criteria import link_evidence

    for link in case_spec.get("criteria", []):
        document_id = documents[link["document"]]
        link_evidence(vault, case_id, link["key"], document_id, link.get("page"), link.get("note", ""))
    if case_spec.get("criteria_policy"):
        from casebinder.usecases.criteria import set_policy_document

        set_policy_document(vault, case_id, documents[case_spec["criteria_policy"]])
    if case_spec.get("letter_fields"):
        from casebinder.usecases.letters import set_letter_fields

        set_letter_fields(vault, case_id, case_spec["letter_fields"])


def _add_contacts(vault: Vault, case_id: int, case_spec: dict[str, Any]) -> dict[str, int]:
    """The case's contacts (by their key in the spec, for the calls that name them)."""
    from casebinder.usecases.contacts import ContactFields, add_contact

    found: dict[str, int] = {}
    for entry in case_spec.get("contacts", []):
        given = {k: v for k, v in entry.items() if k in ContactFields.__dataclass_fields__ and k != "role"}
        fields = ContactFields(**{"name": "", **given}, role=ContactRole(entry.get("role", "other")))
        row = add_contact(vault, case_id, fields).record
        found[entry.get("key", "")] = row.id
    return found


def _add_authorizations(
    vault: Vault, case_id: int, case_spec: dict[str, Any], day: Callable[[int], dt.date]
) -> None:
    from casebinder.usecases.authorizations import AuthorizationFields, add_authorization

    for entry in case_spec.get("authorizations", []):
        fields = AuthorizationFields(
            kind=AuthorizationKind(entry["kind"]),
            party=entry.get("party", ""),
            number=entry.get("number", ""),
            starts=day(entry["start_day"]) if "start_day" in entry else None,
            expires=day(entry["end_day"]) if "end_day" in entry else None,
            units=entry.get("units", ""),
            notes=entry.get("notes", ""),
        )
        add_authorization(vault, case_id, fields)


def _add_diary(
    vault: Vault, case_id: int, spec: dict[str, Any] | None, day: Callable[[int], dt.date]
) -> None:
    """A diary kept daily from ``first_day`` to yesterday, the patterns repeating, every ``skip_every``-th
    day left out (missing, as real diaries have them)."""
    if not spec:
        return
    from casebinder.usecases.diary import SymptomFields, add_symptom

    severities, hours, stopped = spec["severities"], spec["hours"], spec["stopped"]
    for number, offset in enumerate(range(spec["first_day"], 0)):
        if (number + 1) % spec["skip_every"] == 0:
            continue
        severity = severities[number % len(severities)]
        fields = SymptomFields(
            day=day(offset),
            symptom=spec["symptom"],
            severity=severity,
            hours=hours[number % len(hours)] or None,
            stopped=stopped[number % len(stopped)] if severity else "",
        )
        add_symptom(vault, case_id, fields)


@command("demo.build")
def build_demo(
    path: Path, today: dt.date | None = None, progress: Callable[[str], None] | None = None
) -> DemoVault:
    from casebinder.infra.qt.pages import markdown_to_pdf  # Qt only when a demo is actually built

    spec = demo_spec()
    today = today or dt.date.today()
    say = progress or (lambda _message: None)

    def day(offset: int) -> dt.date:
        return today + dt.timedelta(days=offset)

    vault, recovery_key = Vault.create(path, spec["passphrase"])
    try:
        for person in spec["people"]:
            add_person(vault, person["name"], relationship=person.get("relationship", ""))
        case_ids: dict[str, int] = {}
        for case_spec in spec["cases"]:
            say(f"case: {case_spec['title']}")
            fields = CaseFields(
                **{k: case_spec[k] for k in CaseFields.__dataclass_fields__ if k in case_spec}
            )
            case = add_case(vault, case_spec["person"], fields, create_person=False).record
            assert case.id is not None
            case_ids[case_spec["key"]] = case.id
            documents: dict[str, int] = {}
            for doc in case_spec.get("documents", []):
                markdown = resource("demo", "documents", doc["file"]).read_text(encoding="utf-8")
                pdf = markdown_to_pdf(markdown, title=doc["title"])
                name = Path(doc["file"]).with_suffix(".pdf").name
                options = ImportOptions(
                    kind=DocumentKind(doc["kind"]),
                    title=doc["title"],
                    date=day(doc["day"]),
                    source=doc["source"],
                )
                for step in import_files(vault, case.id, [Source(name=name, data=pdf)], options):
                    if step.outcome.status == "refused":
                        raise CasebinderError(
                            "demo document {name} was refused: {reason}",
                            name=name,
                            reason=step.outcome.reason,
                        )
                    documents[doc["file"]] = step.outcome.document_id or 0
            contacts = _add_contacts(vault, case.id, case_spec)
            for call in case_spec.get("calls", []):
                hour, minute = (int(x) for x in call["time"].split(":"))
                follow = call.get("follow_up_day")
                add_call(
                    vault,
                    case.id,
                    CallFields(
                        at=dt.datetime.combine(day(call["day"]), dt.time(hour, minute)),
                        with_whom=call.get("with_whom", ""),
                        rep_name=call.get("rep_name", ""),
                        rep_id=call.get("rep_id", ""),
                        reference_number=call.get("reference_number", ""),
                        duration_minutes=call.get("duration_minutes"),
                        summary=call.get("summary", ""),
                        promised=call.get("promised", ""),
                        follow_up=day(follow) if follow is not None else None,
                        contact_id=contacts.get(call.get("contact", "")),
                    ),
                )
            for item in case_spec.get("correspondence", []):
                add_correspondence(
                    vault,
                    case.id,
                    CorrespondenceFields(
                        date=day(item["day"]),
                        direction=Direction(item["direction"]),
                        method=CorrespondenceMethod(item["method"]),
                        counterparty=item.get("counterparty", ""),
                        subject=item.get("subject", ""),
                        proof=item.get("proof", ""),
                        sent_to=item.get("sent_to", ""),
                        sent_time=dt.time.fromisoformat(item["time"]) if "time" in item else None,
                    ),
                    tuple(documents[name] for name in item.get("documents", [])),
                )
            for milestone in case_spec.get("milestones", []):
                add_milestone(
                    vault,
                    case.id,
                    MilestoneFields(
                        kind=milestone["kind"],
                        on=dt.datetime.combine(day(milestone["day"]), dt.time()),
                        service=milestone.get("service", ""),
                        urgent=milestone.get("urgent", False),
                    ),
                )
            for link in case_spec.get("checklist", []):
                link_document(vault, case.id, link["stage"], link["item"], documents[link["document"]])
            _add_medical_facts(vault, case.id, case_spec, documents, day)
    except BaseException:
        vault.close()  # a half-built demo would ask to be unlocked next time: it goes, whole
        for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", ".lock"))):
            leftover.unlink(missing_ok=True)
        raise
    return DemoVault(vault, spec["passphrase"], recovery_key, case_ids)


@command("demo.open")
def open_demo(path: Path) -> DemoVault:
    """The demo vault at ``path``: opened when it is there, built (with live dates) when it is not."""
    spec = demo_spec()
    if not path.exists():
        return build_demo(path)
    from casebinder.usecases.cases import list_cases

    vault = Vault.open(path, passphrase=spec["passphrase"])
    case_ids = {s.case.title: s.case.id for s in list_cases(vault) if s.case.id is not None}
    keys = {case["title"]: case["key"] for case in spec["cases"]}
    return DemoVault(vault, spec["passphrase"], "", {keys.get(t, t): i for t, i in case_ids.items()})
