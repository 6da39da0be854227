"""Schema versions: ``PRAGMA user_version`` = major * 1000 + minor, one migration step per version.

A new vault gets the current tables from the models. An older vault is copied (the file is already
ciphertext) and then upgraded one step at a time, each step in one transaction with its version bump inside
it, so a crash mid-upgrade leaves the vault at the last completed version. A newer *minor* version is opened
(additions only); a newer *major* version is refused.
"""

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import SQLModel

from casebinder.domain import models  # noqa: F401  (registers every table on SQLModel.metadata)
from casebinder.logs import safe
from casebinder.vault import search_index
from casebinder.vault.errors import NotAVault, VaultTooNew

log = logging.getLogger("casebinder.vault")

APPLICATION_ID = 0x43426E64  # "CBnd"
CURRENT = (1, 12)


def encode(version: tuple[int, int]) -> int:
    return version[0] * 1000 + version[1]


def decode(user_version: int) -> tuple[int, int]:
    return divmod(user_version, 1000)


def label(version: tuple[int, int]) -> str:
    return f"{version[0]}.{version[1]}"


@dataclass(frozen=True)
class Step:
    """Upgrades a vault from ``source`` to ``target`` by running ``apply`` on a raw connection."""

    source: tuple[int, int]
    target: tuple[int, int]
    apply: Callable[[Any], None]


def _to_1_1(con: Any) -> None:
    """1.1: text read from files, first-page thumbnails, and the full-text index (with its triggers)."""
    con.execute(
        "CREATE TABLE blob_text (blob_id INTEGER NOT NULL, text VARCHAR NOT NULL, method VARCHAR NOT NULL, "
        "PRIMARY KEY (blob_id), FOREIGN KEY(blob_id) REFERENCES blob (id) ON DELETE CASCADE)"
    )
    con.execute(
        "CREATE TABLE blob_thumbnail (blob_id INTEGER NOT NULL, media_type VARCHAR NOT NULL, "
        "data BLOB NOT NULL, PRIMARY KEY (blob_id), "
        "FOREIGN KEY(blob_id) REFERENCES blob (id) ON DELETE CASCADE)"
    )
    for statement in search_index.ddl() + search_index.rebuild():
        con.execute(statement)


def _to_1_2(con: Any) -> None:
    """1.2: the appeal's milestones (deadlines are computed from them), checklist marks and links, options."""
    for statement in (
        "CREATE TABLE case_milestone (id INTEGER NOT NULL, case_id INTEGER NOT NULL, kind VARCHAR NOT NULL, "
        "at DATETIME NOT NULL, stage VARCHAR NOT NULL, urgent BOOLEAN NOT NULL, service VARCHAR NOT NULL, "
        "outcome VARCHAR NOT NULL, created_at DATETIME NOT NULL, PRIMARY KEY (id), "
        "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE)",
        "CREATE INDEX ix_case_milestone_case_id ON case_milestone (case_id)",
        "CREATE TABLE checklist_entry (case_id INTEGER NOT NULL, stage VARCHAR NOT NULL, "
        "item_id VARCHAR NOT NULL, status VARCHAR NOT NULL, PRIMARY KEY (case_id, stage, item_id), "
        "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE)",
        "CREATE TABLE checklist_link (case_id INTEGER NOT NULL, stage VARCHAR NOT NULL, "
        "item_id VARCHAR NOT NULL, document_id INTEGER NOT NULL, "
        "PRIMARY KEY (case_id, stage, item_id, document_id), "
        "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE, "
        "FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE)",
        'CREATE TABLE case_option (case_id INTEGER NOT NULL, "key" VARCHAR NOT NULL, value VARCHAR NOT NULL, '
        'PRIMARY KEY (case_id, "key"), '
        "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE)",
    ):
        con.execute(statement)


def _to_1_3(con: Any) -> None:
    """1.3: the medical facts a reviewer weighs: history, treatments tried, costs."""
    for statement in (
        "CREATE TABLE medical_history (id INTEGER NOT NULL, case_id INTEGER NOT NULL, "
        "condition VARCHAR NOT NULL, code VARCHAR NOT NULL, since DATE, detail VARCHAR NOT NULL, "
        "created_at DATETIME NOT NULL, PRIMARY KEY (id), "
        "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE)",
        "CREATE INDEX ix_medical_history_case_id ON medical_history (case_id)",
        "CREATE TABLE treatment (id INTEGER NOT NULL, case_id INTEGER NOT NULL, name VARCHAR NOT NULL, "
        "kind VARCHAR(10) NOT NULL, started DATE, ended DATE, outcome VARCHAR NOT NULL, "
        "prescriber VARCHAR NOT NULL, created_at DATETIME NOT NULL, PRIMARY KEY (id), "
        "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE)",
        "CREATE INDEX ix_treatment_case_id ON treatment (case_id)",
        "CREATE TABLE cost (id INTEGER NOT NULL, case_id INTEGER NOT NULL, date DATE NOT NULL, "
        "description VARCHAR NOT NULL, amount_cents INTEGER NOT NULL, kind VARCHAR(8) NOT NULL, "
        "document_id INTEGER, created_at DATETIME NOT NULL, PRIMARY KEY (id), "
        "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE, "
        "FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE SET NULL)",
        "CREATE INDEX ix_cost_case_id ON cost (case_id)",
    ):
        con.execute(statement)


def _rebuild(con: Any, table: str, create: str, columns: str, after: tuple[str, ...]) -> None:
    """Give ``table`` a new definition, keeping its rows (SQLite's own recipe for what ALTER cannot do).

    The old table is renamed away first (``legacy_alter_table`` keeps other tables' references to the name
    as they are), the new one created under the real name with exactly the DDL a new vault has, the rows
    copied, the old one dropped; its indexes and triggers, dropped with it, are made again from ``after``.
    Foreign keys are off for the migration and checked before it commits (see :func:`migrate`).
    """
    con.execute(f'ALTER TABLE "{table}" RENAME TO "{table}__before"')
    con.execute(create)
    con.execute(f'INSERT INTO "{table}" ({columns}) SELECT {columns} FROM "{table}__before"')
    con.execute(f'DROP TABLE "{table}__before"')
    for statement in after:
        con.execute(statement)


_EVENT_1_4 = (
    "CREATE TABLE event (id INTEGER NOT NULL, case_id INTEGER NOT NULL, at DATETIME NOT NULL, "
    "all_day BOOLEAN NOT NULL, kind VARCHAR(15) NOT NULL, title VARCHAR NOT NULL, detail VARCHAR NOT NULL, "
    "call_id INTEGER, document_id INTEGER, correspondence_id INTEGER, milestone_id INTEGER, "
    "PRIMARY KEY (id), "
    "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE, "
    "FOREIGN KEY(call_id) REFERENCES call (id) ON DELETE CASCADE, "
    "FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE, "
    "FOREIGN KEY(correspondence_id) REFERENCES correspondence (id) ON DELETE CASCADE, "
    "FOREIGN KEY(milestone_id) REFERENCES case_milestone (id) ON DELETE CASCADE)"
)
_EVENT_AFTER_1_4 = (
    "CREATE INDEX ix_event_call_id ON event (call_id)",
    "CREATE INDEX ix_event_case_at ON event (case_id, at)",
    "CREATE INDEX ix_event_correspondence_id ON event (correspondence_id)",
    "CREATE INDEX ix_event_document_id ON event (document_id)",
    "CREATE INDEX ix_event_milestone_id ON event (milestone_id)",
    "CREATE TRIGGER search_note_insert AFTER INSERT ON event WHEN new.kind = 'NOTE' BEGIN INSERT INTO "
    "search_index(rowid, title, body, kind, ref_id, case_id) VALUES (new.id * 8 + 5, new.title, new.detail, "
    "'note', new.id, new.case_id); END",
    "CREATE TRIGGER search_note_delete AFTER DELETE ON event WHEN old.kind = 'NOTE' BEGIN DELETE FROM "
    "search_index WHERE rowid = old.id * 8 + 5; END",
    "CREATE TRIGGER search_note_update AFTER UPDATE ON event BEGIN DELETE FROM search_index WHERE "
    "rowid = old.id * 8 + 5; END",
    "CREATE TRIGGER search_note_update_again AFTER UPDATE ON event WHEN new.kind = 'NOTE' BEGIN INSERT INTO "
    "search_index(rowid, title, body, kind, ref_id, case_id) VALUES (new.id * 8 + 5, new.title, new.detail, "
    "'note', new.id, new.case_id); END",
)
_MILESTONE_1_4 = (
    "CREATE TABLE case_milestone (id INTEGER NOT NULL, case_id INTEGER NOT NULL, kind VARCHAR NOT NULL, "
    "at DATETIME NOT NULL, stage VARCHAR NOT NULL, urgent BOOLEAN NOT NULL, service VARCHAR NOT NULL, "
    "outcome VARCHAR NOT NULL, created_at DATETIME NOT NULL, document_id INTEGER, PRIMARY KEY (id), "
    "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE, "
    "FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE SET NULL)"
)
_MILESTONE_1_5 = (
    "CREATE TABLE case_milestone (id INTEGER NOT NULL, case_id INTEGER NOT NULL, kind VARCHAR NOT NULL, "
    "at DATETIME NOT NULL, stage VARCHAR NOT NULL, urgent BOOLEAN NOT NULL, service VARCHAR NOT NULL, "
    "outcome VARCHAR NOT NULL, created_at DATETIME NOT NULL, document_id INTEGER, dated DATE, "
    "at_known BOOLEAN DEFAULT '1' NOT NULL, takes_effect DATE, PRIMARY KEY (id), "
    "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE, "
    "FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE SET NULL)"
)
_CASE_1_5 = (
    "CREATE TABLE insurance_case (id INTEGER NOT NULL, person_id INTEGER NOT NULL, title VARCHAR NOT NULL, "
    "procedure VARCHAR NOT NULL, procedure_template VARCHAR NOT NULL, insurer VARCHAR NOT NULL, "
    "plan_type VARCHAR(20) NOT NULL, member_id VARCHAR NOT NULL, group_number VARCHAR NOT NULL, "
    "claim_number VARCHAR NOT NULL, authorization_number VARCHAR NOT NULL, status VARCHAR(6) NOT NULL, "
    "stage VARCHAR NOT NULL, notes VARCHAR NOT NULL, state VARCHAR DEFAULT '' NOT NULL, "
    "created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, PRIMARY KEY (id), "
    "FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE)"
)
_CASE_SEARCH_BODY = (
    "concat_ws(' ', new.procedure, new.insurer, new.member_id, new.group_number, new.claim_number, "
    "new.authorization_number, new.notes)"
)
_CASE_AFTER_1_5 = (
    "CREATE INDEX ix_insurance_case_person_id ON insurance_case (person_id)",
    "CREATE TRIGGER search_case_insert AFTER INSERT ON insurance_case BEGIN INSERT INTO search_index(rowid, "
    f"title, body, kind, ref_id, case_id) VALUES (new.id * 8 + 1, new.title, {_CASE_SEARCH_BODY}, 'case', "
    "new.id, new.id); END",
    "CREATE TRIGGER search_case_delete AFTER DELETE ON insurance_case BEGIN DELETE FROM search_index WHERE "
    "rowid = old.id * 8 + 1; END",
    "CREATE TRIGGER search_case_update AFTER UPDATE ON insurance_case BEGIN DELETE FROM search_index WHERE "
    "rowid = old.id * 8 + 1; INSERT INTO search_index(rowid, title, body, kind, ref_id, case_id) VALUES "
    f"(new.id * 8 + 1, new.title, {_CASE_SEARCH_BODY}, 'case', new.id, new.id); END",
)
# The timeline titles milestones had up to 1.3, to find each one's line.
_TITLES_1_3 = {
    "prior-auth-requested": "Prior authorization requested",
    "prior-auth-decision": "Prior-authorization decision",
    "claim-submitted": "Claim submitted",
    "denial-received": "Denial received",
    "appeal-submitted": "Appeal submitted",
    "decision-received": "Decision received",
    "external-review-requested": "External review requested",
    "external-review-decision": "External review decision",
    "complaint-filed": "Complaint filed",
}


def _to_1_4(con: Any) -> None:
    """1.4: timeline lines know their milestone, milestones the denial letter they came from."""
    columns = "id, case_id, kind, at, stage, urgent, service, outcome, created_at"
    _rebuild(
        con,
        "case_milestone",
        _MILESTONE_1_4,
        columns,
        (
            "CREATE INDEX ix_case_milestone_case_id ON case_milestone (case_id)",
            "CREATE INDEX ix_case_milestone_document_id ON case_milestone (document_id)",
        ),
    )
    columns = "id, case_id, at, all_day, kind, title, detail, call_id, document_id, correspondence_id"
    _rebuild(con, "event", _EVENT_1_4, columns, _EVENT_AFTER_1_4)
    for kind, title in _TITLES_1_3.items():  # each milestone's line: same case, same moment, its title
        con.execute(
            "UPDATE event SET milestone_id = (SELECT m.id FROM case_milestone AS m "
            "WHERE m.case_id = event.case_id AND m.at = event.at AND m.kind = ? ORDER BY m.id LIMIT 1) "
            "WHERE milestone_id IS NULL "
            "AND kind IN ('DECISION', 'STAGE') AND call_id IS NULL AND document_id IS NULL "
            "AND correspondence_id IS NULL AND title LIKE ? || ' (%'",
            (kind, title),
        )
    con.execute(  # a dated denial letter made its "denial received" milestone on its date
        "UPDATE case_milestone SET document_id = (SELECT d.id FROM document AS d WHERE d.case_id = "
        "case_milestone.case_id AND d.kind = 'DENIAL' AND d.date = date(case_milestone.at) ORDER BY d.id "
        "LIMIT 1) WHERE kind = 'denial-received'"
    )


def _to_1_5(con: Any) -> None:
    """1.5: a milestone keeps the date on its notice beside the day it arrived (some rules count from one,
    some from the other) and the day the plan's change takes effect; a case keeps its State."""
    columns = "id, case_id, kind, at, stage, urgent, service, outcome, created_at, document_id"
    _rebuild(
        con,
        "case_milestone",
        _MILESTONE_1_5,
        columns,
        (
            "CREATE INDEX ix_case_milestone_case_id ON case_milestone (case_id)",
            "CREATE INDEX ix_case_milestone_document_id ON case_milestone (document_id)",
        ),
    )
    # A dated denial letter's milestone was made on the letter's date: that is the date on the notice.
    con.execute(
        "UPDATE case_milestone SET dated = date(at), at_known = 0 WHERE document_id IS NOT NULL "
        "AND kind = 'denial-received'"
    )
    columns = (
        "id, person_id, title, procedure, procedure_template, insurer, plan_type, member_id, group_number, "
        "claim_number, authorization_number, status, stage, notes, created_at, updated_at"
    )
    _rebuild(con, "insurance_case", _CASE_1_5, columns, _CASE_AFTER_1_5)


def _to_1_6(con: Any) -> None:
    """1.6: a call's follow-up can be marked done (until then a missed one shows as overdue)."""
    columns = (
        "id, case_id, at, direction, contact_id, with_whom, rep_name, rep_id, reference_number, "
        "duration_minutes, summary, promised, follow_up, created_at"
    )
    _rebuild(con, "call", _CALL_1_6, columns, _CALL_AFTER_1_6)


_CALL_1_6 = (
    "CREATE TABLE call (id INTEGER NOT NULL, case_id INTEGER NOT NULL, at DATETIME NOT NULL, "
    "direction VARCHAR(8) NOT NULL, contact_id INTEGER, with_whom VARCHAR NOT NULL, "
    "rep_name VARCHAR NOT NULL, rep_id VARCHAR NOT NULL, reference_number VARCHAR NOT NULL, "
    "duration_minutes INTEGER, "
    "summary VARCHAR NOT NULL, promised VARCHAR NOT NULL, follow_up DATE, created_at DATETIME NOT NULL, "
    "follow_up_done BOOLEAN DEFAULT '0' NOT NULL, PRIMARY KEY (id), "
    "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE, "
    "FOREIGN KEY(contact_id) REFERENCES contact (id) ON DELETE SET NULL)"
)
_CALL_SEARCH = (
    "VALUES (new.id * 8 + 3, 'Call with ' || concat_ws(', ', nullif(new.rep_name, ''), "
    "nullif(new.with_whom, ''), CASE WHEN new.reference_number != '' THEN 'ref ' || "
    "new.reference_number END, CASE WHEN new.rep_id != '' THEN 'rep ID ' || new.rep_id END), "
    "concat_ws(' ', new.summary, new.promised), 'call', new.id, new.case_id)"
)
_CALL_AFTER_1_6 = (
    "CREATE INDEX ix_call_case_id ON call (case_id)",
    "CREATE TRIGGER search_call_insert AFTER INSERT ON call BEGIN INSERT INTO search_index(rowid, title, "
    f"body, kind, ref_id, case_id) {_CALL_SEARCH}; END",
    "CREATE TRIGGER search_call_delete AFTER DELETE ON call BEGIN DELETE FROM search_index WHERE "
    "rowid = old.id * 8 + 3; END",
    "CREATE TRIGGER search_call_update AFTER UPDATE ON call BEGIN DELETE FROM search_index WHERE "
    "rowid = old.id * 8 + 3; INSERT INTO search_index(rowid, title, body, kind, ref_id, case_id) "
    f"{_CALL_SEARCH}; END",
)


def _to_1_7(con: Any) -> None:
    """1.7: a document's date says where it came from (proposed from the file until confirmed); a letter
    sent records where it went and at what time; which pages reach the foot (measured from now on: older
    documents are measured when first exported); redaction marks on exhibit pages."""
    columns = (
        "id, case_id, blob_id, title, kind, date, source, filename, media_type, page_count, size, sha256, "
        "notes, created_at"
    )
    _rebuild(con, "document", _DOCUMENT_1_7, columns, _DOCUMENT_AFTER_1_7)
    con.execute(
        "UPDATE document SET date_source = 'email' WHERE media_type = 'message/rfc822' AND date IS NOT NULL"
    )
    columns = "id, case_id, direction, method, date, counterparty, subject, proof, notes, created_at"
    _rebuild(con, "correspondence", _CORRESPONDENCE_1_7, columns, _CORRESPONDENCE_AFTER_1_7)
    con.execute(
        "CREATE TABLE blob_foot (blob_id INTEGER NOT NULL, busy VARCHAR NOT NULL, PRIMARY KEY (blob_id), "
        "FOREIGN KEY(blob_id) REFERENCES blob (id) ON DELETE CASCADE)"
    )
    con.execute(_REDACTION_MARK_1_7)
    con.execute("CREATE INDEX ix_redaction_mark_document_id ON redaction_mark (document_id)")


def _to_1_8(con: Any) -> None:
    """1.8: a timeline line keeps its title as a phrase too, so the app can say it in the person's language
    (lines made before keep only their English title, and show it)."""
    columns = (
        "id, case_id, at, all_day, kind, title, detail, call_id, document_id, correspondence_id, milestone_id"
    )
    _rebuild(con, "event", _EVENT_1_8, columns, _EVENT_AFTER_1_4)


def _to_1_9(con: Any) -> None:
    """1.9: the letters enclosing a document are found by the document (an index): the timeline asks it of
    every document line, and without it read every enclosure each time (0.35 s for a 10,000-document case)."""
    con.execute(
        "CREATE INDEX ix_correspondence_document_document_id ON correspondence_document (document_id)"
    )


def _to_1_10(con: Any) -> None:
    """1.10: the symptom diary (a symptom on a day, how bad, how long, what it stopped): criteria count
    days, and a reviewer upholds a denial when no diary shows them."""
    con.execute(
        "CREATE TABLE symptom_entry (id INTEGER NOT NULL, case_id INTEGER NOT NULL, day DATE NOT NULL, "
        "at TIME, symptom VARCHAR NOT NULL, severity INTEGER NOT NULL, hours FLOAT, "
        "stopped VARCHAR NOT NULL, medication VARCHAR NOT NULL, notes VARCHAR NOT NULL, "
        "created_at DATETIME NOT NULL, PRIMARY KEY (id), "
        "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE)"
    )
    con.execute("CREATE INDEX ix_symptom_entry_case_id_day ON symptom_entry (case_id, day)")


def _to_1_11(con: Any) -> None:
    """1.11: medical-necessity criteria edited or added for a case, and the documents (pages) meeting them."""
    con.execute(
        'CREATE TABLE case_criterion (id INTEGER NOT NULL, case_id INTEGER NOT NULL, "key" VARCHAR NOT NULL, '
        "label VARCHAR NOT NULL, source VARCHAR NOT NULL, removed BOOLEAN NOT NULL, "
        'created_at DATETIME NOT NULL, PRIMARY KEY (id), UNIQUE (case_id, "key"), '
        "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE)"
    )
    con.execute("CREATE INDEX ix_case_criterion_case_id ON case_criterion (case_id)")
    con.execute(
        "CREATE TABLE criterion_evidence (id INTEGER NOT NULL, criterion_id INTEGER NOT NULL, "
        "document_id INTEGER NOT NULL, page INTEGER, note VARCHAR NOT NULL, created_at DATETIME NOT NULL, "
        "PRIMARY KEY (id), FOREIGN KEY(criterion_id) REFERENCES case_criterion (id) ON DELETE CASCADE, "
        "FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE)"
    )
    con.execute("CREATE INDEX ix_criterion_evidence_criterion_id ON criterion_evidence (criterion_id)")
    con.execute("CREATE INDEX ix_criterion_evidence_document_id ON criterion_evidence (document_id)")


def _to_1_12(con: Any) -> None:
    """1.12: costs as a person tracks them: an EOB line's allowed amount, the plan's payment and the
    patient's share (deductible, copay, coinsurance, not covered), who billed, the day it was paid (plan
    limits per year are case options, ``plan:deductible:2026``); contacts of the insurer's departments with
    fax, address and website, named by letters as by calls; authorizations with their expiry."""
    columns = "id, case_id, date, description, amount_cents, kind, document_id, created_at"
    _rebuild(con, "cost", _COST_1_12, columns, ("CREATE INDEX ix_cost_case_id ON cost (case_id)",))
    # contacts: the insurer's departments (longer role names), fax, address and website
    columns = "id, case_id, name, role, organization, phone, email, notes"
    _rebuild(
        con, "contact", _CONTACT_1_12, columns, ("CREATE INDEX ix_contact_case_id ON contact (case_id)",)
    )
    # a letter names the contact it went to or came from
    columns = (
        "id, case_id, direction, method, date, counterparty, subject, proof, notes, created_at, sent_to, "
        "sent_time"
    )
    _rebuild(con, "correspondence", _CORRESPONDENCE_1_12, columns, _CORRESPONDENCE_AFTER_1_7)
    # papers that lapse
    con.execute(
        "CREATE TABLE case_authorization (id INTEGER NOT NULL, case_id INTEGER NOT NULL, "
        "kind VARCHAR NOT NULL, party VARCHAR NOT NULL, number VARCHAR NOT NULL, starts DATE, "
        "expires DATE, units VARCHAR NOT NULL, "
        "document_id INTEGER, notes VARCHAR NOT NULL, created_at DATETIME NOT NULL, PRIMARY KEY (id), "
        "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE, "
        "FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE SET NULL)"
    )
    con.execute("CREATE INDEX ix_case_authorization_case_id ON case_authorization (case_id)")
    con.execute("CREATE INDEX ix_case_authorization_document_id ON case_authorization (document_id)")


_CONTACT_1_12 = (
    "CREATE TABLE contact (id INTEGER NOT NULL, case_id INTEGER, name VARCHAR NOT NULL, "
    "role VARCHAR(30) NOT NULL, organization VARCHAR NOT NULL, phone VARCHAR NOT NULL, "
    "email VARCHAR NOT NULL, notes VARCHAR NOT NULL, fax VARCHAR DEFAULT '' NOT NULL, "
    "address VARCHAR DEFAULT '' NOT NULL, website VARCHAR DEFAULT '' NOT NULL, "
    "PRIMARY KEY (id), FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE)"
)
_CORRESPONDENCE_1_12 = (
    "CREATE TABLE correspondence (id INTEGER NOT NULL, case_id INTEGER NOT NULL, "
    "direction VARCHAR(8) NOT NULL, method VARCHAR(9) NOT NULL, date DATE NOT NULL, "
    "counterparty VARCHAR NOT NULL, subject VARCHAR NOT NULL, proof VARCHAR NOT NULL, "
    "notes VARCHAR NOT NULL, created_at DATETIME NOT NULL, "
    "sent_to VARCHAR DEFAULT '' NOT NULL, sent_time TIME, contact_id INTEGER, PRIMARY KEY (id), "
    "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE, "
    "FOREIGN KEY(contact_id) REFERENCES contact (id) ON DELETE SET NULL)"
)


_COST_1_12 = (
    "CREATE TABLE cost (id INTEGER NOT NULL, case_id INTEGER NOT NULL, date DATE NOT NULL, "
    "description VARCHAR NOT NULL, amount_cents INTEGER NOT NULL, kind VARCHAR(8) NOT NULL, "
    "document_id INTEGER, created_at DATETIME NOT NULL, provider VARCHAR DEFAULT '' NOT NULL, "
    "allowed_cents INTEGER, plan_paid_cents INTEGER, deductible_cents INTEGER, copay_cents INTEGER, "
    "coinsurance_cents INTEGER, not_covered_cents INTEGER, paid_on DATE, PRIMARY KEY (id), "
    "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE, "
    "FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE SET NULL)"
)

_EVENT_1_8 = (
    "CREATE TABLE event (id INTEGER NOT NULL, case_id INTEGER NOT NULL, at DATETIME NOT NULL, "
    "all_day BOOLEAN NOT NULL, kind VARCHAR(15) NOT NULL, title VARCHAR NOT NULL, detail VARCHAR NOT NULL, "
    "call_id INTEGER, document_id INTEGER, correspondence_id INTEGER, milestone_id INTEGER, "
    "said VARCHAR DEFAULT '' NOT NULL, PRIMARY KEY (id), "
    "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE, "
    "FOREIGN KEY(call_id) REFERENCES call (id) ON DELETE CASCADE, "
    "FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE, "
    "FOREIGN KEY(correspondence_id) REFERENCES correspondence (id) ON DELETE CASCADE, "
    "FOREIGN KEY(milestone_id) REFERENCES case_milestone (id) ON DELETE CASCADE)"
)

_DOCUMENT_1_7 = (
    "CREATE TABLE document (id INTEGER NOT NULL, case_id INTEGER NOT NULL, blob_id INTEGER NOT NULL, "
    "title VARCHAR NOT NULL, kind VARCHAR(19) NOT NULL, date DATE, source VARCHAR NOT NULL, "
    "filename VARCHAR NOT NULL, media_type VARCHAR NOT NULL, page_count INTEGER, size INTEGER NOT NULL, "
    "sha256 VARCHAR NOT NULL, notes VARCHAR NOT NULL, created_at DATETIME NOT NULL, "
    "date_source VARCHAR DEFAULT 'user' NOT NULL, PRIMARY KEY (id), UNIQUE (case_id, blob_id), "
    "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE, "
    "FOREIGN KEY(blob_id) REFERENCES blob (id))"
)
_DOCUMENT_SEARCH = (
    "VALUES (new.id * 8 + 2, new.title, concat_ws(' ', new.filename, new.source, new.notes, "
    "(SELECT text FROM blob_text WHERE blob_text.blob_id = new.blob_id)), 'document', new.id, new.case_id)"
)
_DOCUMENT_AFTER_1_7 = (
    "CREATE INDEX ix_document_blob_id ON document (blob_id)",
    "CREATE INDEX ix_document_case_id ON document (case_id)",
    "CREATE TRIGGER search_document_insert AFTER INSERT ON document  BEGIN INSERT INTO search_index(rowid, "
    f"title, body, kind, ref_id, case_id) {_DOCUMENT_SEARCH}; END",
    "CREATE TRIGGER search_document_delete AFTER DELETE ON document  BEGIN DELETE FROM search_index WHERE "
    "rowid = old.id * 8 + 2; END",
    "CREATE TRIGGER search_document_update AFTER UPDATE ON document BEGIN DELETE FROM search_index WHERE "
    "rowid = old.id * 8 + 2; INSERT INTO search_index(rowid, title, body, kind, ref_id, case_id) "
    f"{_DOCUMENT_SEARCH}; END",
)
_CORRESPONDENCE_1_7 = (
    "CREATE TABLE correspondence (id INTEGER NOT NULL, case_id INTEGER NOT NULL, "
    "direction VARCHAR(8) NOT NULL, method VARCHAR(9) NOT NULL, date DATE NOT NULL, "
    "counterparty VARCHAR NOT NULL, subject VARCHAR NOT NULL, proof VARCHAR NOT NULL, "
    "notes VARCHAR NOT NULL, created_at DATETIME NOT NULL, "
    "sent_to VARCHAR DEFAULT '' NOT NULL, sent_time TIME, PRIMARY KEY (id), "
    "FOREIGN KEY(case_id) REFERENCES insurance_case (id) ON DELETE CASCADE)"
)
_CORRESPONDENCE_SEARCH = (
    "VALUES (new.id * 8 + 4, new.subject, concat_ws(' ', new.counterparty, new.proof, new.notes), "
    "'correspondence', new.id, new.case_id)"
)
_CORRESPONDENCE_AFTER_1_7 = (
    "CREATE INDEX ix_correspondence_case_id ON correspondence (case_id)",
    "CREATE TRIGGER search_correspondence_insert AFTER INSERT ON correspondence  BEGIN INSERT INTO "
    f"search_index(rowid, title, body, kind, ref_id, case_id) {_CORRESPONDENCE_SEARCH}; END",
    "CREATE TRIGGER search_correspondence_delete AFTER DELETE ON correspondence  BEGIN DELETE FROM "
    "search_index WHERE rowid = old.id * 8 + 4; END",
    "CREATE TRIGGER search_correspondence_update AFTER UPDATE ON correspondence BEGIN DELETE FROM "
    "search_index WHERE rowid = old.id * 8 + 4; INSERT INTO search_index(rowid, title, body, kind, ref_id, "
    f"case_id) {_CORRESPONDENCE_SEARCH}; END",
)
_REDACTION_MARK_1_7 = (
    "CREATE TABLE redaction_mark (id INTEGER NOT NULL, document_id INTEGER NOT NULL, page INTEGER NOT NULL, "
    '"left" FLOAT NOT NULL, top FLOAT NOT NULL, "right" FLOAT NOT NULL, bottom FLOAT NOT NULL, '
    "reason VARCHAR NOT NULL, created_at DATETIME NOT NULL, PRIMARY KEY (id), "
    "FOREIGN KEY(document_id) REFERENCES document (id) ON DELETE CASCADE)"
)


# Released schemas, oldest first. Each new schema adds one Step here and one fixture vault under
# tests/fixtures/vaults/ (see tests/vault/test_migrations.py). Steps are frozen SQL: never derive them from
# the current models, which will have moved on.
STEPS: list[Step] = [
    Step((1, 0), (1, 1), _to_1_1),
    Step((1, 1), (1, 2), _to_1_2),
    Step((1, 2), (1, 3), _to_1_3),
    Step((1, 3), (1, 4), _to_1_4),
    Step((1, 4), (1, 5), _to_1_5),
    Step((1, 5), (1, 6), _to_1_6),
    Step((1, 6), (1, 7), _to_1_7),
    Step((1, 7), (1, 8), _to_1_8),
    Step((1, 8), (1, 9), _to_1_9),
    Step((1, 9), (1, 10), _to_1_10),
    Step((1, 10), (1, 11), _to_1_11),
    Step((1, 11), (1, 12), _to_1_12),
]


def create(con: Any) -> None:
    """Create the current schema on a fresh, empty database, atomically."""
    con.execute("BEGIN IMMEDIATE")
    try:
        for statement in ddl_statements():
            con.execute(statement)
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute(f"PRAGMA user_version = {encode(CURRENT)}")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def ddl_statements() -> list[str]:
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect = sqlite.dialect()
    statements = []
    for table in SQLModel.metadata.sorted_tables:
        statements.append(str(CreateTable(table).compile(dialect=dialect)))
        for index in sorted(table.indexes, key=lambda i: i.name or ""):
            statements.append(str(CreateIndex(index).compile(dialect=dialect)))
    return statements + search_index.ddl()


def check_identity(con: Any) -> tuple[int, int]:
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise NotAVault("this encrypted database is not a Casebinder vault")
    version = decode(con.execute("PRAGMA user_version").fetchone()[0])
    if version[0] > CURRENT[0]:
        raise VaultTooNew(
            "this vault was made by a newer Casebinder (schema {found}); this copy reads up to {known}. "
            "Install "
            "the newer version to open it.",
            found=label(version),
            known=label(CURRENT),
        )
    return version


def pending_steps(version: tuple[int, int], steps: list[Step] | None = None) -> list[Step]:
    chain = []
    for step in steps if steps is not None else STEPS:
        if step.source == version:
            chain.append(step)
            version = step.target
    return chain


def backup_path(vault_path: Path, version: tuple[int, int]) -> Path:
    return vault_path.with_name(f"{vault_path.stem}.before-schema-{label(version)}{vault_path.suffix}")


def migrate(con: Any, vault_path: Path, steps: list[Step] | None = None) -> Path | None:
    """Upgrade in place; returns the path of the pre-migration copy, or None when nothing was needed."""
    version = check_identity(con)
    chain = pending_steps(version, steps)
    if not chain:
        return None
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = backup_path(vault_path, version)
    shutil.copy2(vault_path, backup)  # ciphertext: the copy is as safe as the vault
    # Steps may rebuild tables: foreign keys are checked at each step's end instead of on every statement,
    # and renaming a table leaves other tables' references to its name alone.
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("PRAGMA legacy_alter_table = ON")
    try:
        for step in chain:
            con.execute("BEGIN IMMEDIATE")
            try:
                step.apply(con)
                broken = con.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"schema step to {label(step.target)} broke {len(broken)} references")
                con.execute(f"PRAGMA user_version = {encode(step.target)}")
                con.execute("COMMIT")
                log.info("schema %s -> %s", safe(label(step.source)), safe(label(step.target)))
            except BaseException:
                con.execute("ROLLBACK")
                raise
    finally:
        con.execute("PRAGMA legacy_alter_table = OFF")
        con.execute("PRAGMA foreign_keys = ON")
    return backup
