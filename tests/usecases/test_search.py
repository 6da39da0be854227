"""Full-text search inside the vault: ranking, snippets, phrases, prefixes, diacritics, scope."""

import datetime as dt
import itertools
from pathlib import Path

import pytest

from casebinder.errors import InvalidInput
from casebinder.usecases.calls import CallFields, add_call
from casebinder.usecases.cases import CaseEdit, edit_case
from casebinder.usecases.correspondence import CorrespondenceFields, add_correspondence
from casebinder.usecases.documents import update_document
from casebinder.usecases.importing import import_files
from casebinder.usecases.notes import add_note
from casebinder.usecases.search import plain_snippet, search, to_fts_query
from casebinder.vault import Vault
from tests import inputs
from tests.helpers import new_case


@pytest.fixture
def searchable(vault: Vault, tmp_path: Path) -> tuple[Vault, int, int]:
    migraine = new_case(vault, title="Botox for chronic migraine", procedure="botox-migraine")
    eyelids = new_case(vault, person="Harold Mendes", title="Eyelid surgery")
    (tmp_path / "lmn.pdf").write_bytes(
        inputs.text_pdf(
            "Letter of medical necessity: fifteen headache days a month; topiramate and propranolol failed."
        )
    )
    (tmp_path / "refus.txt").write_text(
        "Décision: refus de prise en charge, chirurgie esthétique.", encoding="utf-8"
    )
    list(import_files(vault, migraine, [tmp_path / "lmn.pdf", tmp_path / "refus.txt"]))
    add_call(
        vault,
        migraine,
        CallFields(
            at=dt.datetime(2026, 3, 2, 10, 30),
            rep_name="Dana",
            rep_id="D-2291",
            reference_number="CS-77810432",
            summary="Asked about the appeal deadline",
            promised="A written decision within 14 days",
        ),
    )
    add_correspondence(
        vault,
        eyelids,
        CorrespondenceFields(
            date=dt.date(2026, 3, 5),
            subject="Visual field test",
            counterparty="Evergreen appeals",
            proof="FAX-OK-5520",
        ),
    )
    add_note(vault, eyelids, dt.datetime(2026, 3, 6, 8, 0), "Ophthalmologist will send the taped photos")
    return vault, migraine, eyelids


def kinds(hits: list) -> list[tuple[str, int]]:  # type: ignore[type-arg]
    return [(h.kind, h.case_id) for h in hits]


def test_document_text_call_letter_and_note_are_found(searchable: tuple[Vault, int, int]) -> None:
    vault, migraine, eyelids = searchable
    [hit] = search(vault, "topiramate")
    assert (hit.kind, hit.case_id, hit.case_title) == ("document", migraine, "Botox for chronic migraine")
    assert "[topiramate]" in plain_snippet(hit.snippet)
    assert kinds(search(vault, "CS-77810432")) == [("call", migraine)]
    assert kinds(search(vault, "written decision")) == [("call", migraine)]
    assert kinds(search(vault, "FAX-OK-5520")) == [("correspondence", eyelids)]
    assert kinds(search(vault, "taped photos")) == [("note", eyelids)]


def test_phrase_prefix_or_and_diacritics(searchable: tuple[Vault, int, int]) -> None:
    vault, _migraine, _ = searchable
    assert len(search(vault, '"headache days"')) == 1
    assert search(vault, '"days headache"') == []
    assert [h.kind for h in search(vault, "propran*")] == ["document"]
    assert len(search(vault, "esthetique")) == 1, "diacritics folded: esthétique"
    assert {h.kind for h in search(vault, "DÉCISION")} == {"document", "call"}, "décision and decision alike"
    assert {h.kind for h in search(vault, "topiramate OR CS-77810432")} == {"document", "call"}
    assert search(vault, "topiramate CS-77810432") == [], "words are ANDed by default"


def test_scope_to_a_case_and_ranking(searchable: tuple[Vault, int, int]) -> None:
    vault, _migraine, eyelids = searchable
    assert search(vault, "migraine", case_id=eyelids) == []
    hits = search(vault, "migraine")
    assert hits[0].kind == "case", "a title match outranks a body match"
    assert all(a.score >= b.score for a, b in itertools.pairwise(hits))


def test_index_follows_edits(searchable: tuple[Vault, int, int]) -> None:
    vault, migraine, _ = searchable
    [hit] = search(vault, "topiramate")
    update_document(vault, hit.id, title="Dr Okafor's letter")
    assert search(vault, "Okafor")[0].id == hit.id
    edit_case(vault, migraine, CaseEdit(insurer="Acme Mutual"))
    assert kinds(search(vault, "Acme")) == [("case", migraine)]


@pytest.mark.parametrize(
    ("typed", "fts"),
    [
        ("visual field", '"visual" "field"'),
        ('"visual field" test*', '"visual field" "test"*'),
        ("CS-778 OR ref", '"CS-778" OR "ref"'),
        ('a"b', '"a""b"'),
        ("OR OR x", '"OR" OR "x"'),  # a leading OR is a word (Oregon, operating room)
        ("x OR", '"x"'),
        ("*** --", ""),
    ],
)
def test_query_translation_is_always_valid_fts(typed: str, fts: str) -> None:
    assert to_fts_query(typed) == fts


def test_hostile_queries_never_raise_a_syntax_error(searchable: tuple[Vault, int, int]) -> None:
    vault, _, _ = searchable
    for query in ["NEAR(", "a AND", "col:umn", "(x", "^x", "x + y", "-x", "NOT", "x*y"]:
        search(vault, query)
    for nothing in ["   ", '"', "* -"]:
        with pytest.raises(InvalidInput, match="at least one word"):
            search(vault, nothing)


def test_one_cases_search_finds_every_kind_of_its_records_and_none_of_others(
    vault: Vault, tmp_path: Path
) -> None:
    """Scoped by the rowids each record owns: the case itself, a document, a call, a letter and a note."""
    mine = new_case(vault, title="Septoplasty quokka")
    other = new_case(vault, person="Someone Else", title="Other quokka")
    for case_id in (mine, other):
        (tmp_path / f"quokka {case_id}.txt").write_text("the quokka report", encoding="utf-8")
        list(import_files(vault, case_id, [tmp_path / f"quokka {case_id}.txt"]))
        add_call(vault, case_id, CallFields(at=dt.datetime(2026, 3, 1, 9), summary="asked about the quokka"))
        add_correspondence(vault, case_id, CorrespondenceFields(dt.date(2026, 3, 2), subject="Quokka letter"))
        add_note(vault, case_id, dt.datetime(2026, 3, 3, 8), "Quokka note")
    found = search(vault, "quokka", case_id=mine)
    assert {hit.kind for hit in found} == {"case", "document", "call", "correspondence", "note"}
    assert {hit.case_id for hit in found} == {mine}
    assert len(search(vault, "quokka")) == 2 * len(found)
