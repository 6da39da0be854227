"""Letters drafted from a real vault: filled from the case, blanks flagged, saved as the packet's first
exhibit, and the demo's letters complete."""

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebinder.domain.enums import DocumentKind, MilestoneKind
from casebinder.errors import InvalidInput
from casebinder.usecases.appeals import MilestoneFields, add_milestone
from casebinder.usecases.calls import CallFields, add_call
from casebinder.usecases.demo import DemoVault, build_demo
from casebinder.usecases.letters import (
    draft_letter,
    list_letters,
    save_letter,
    set_letter_fields,
    write_letter,
)
from casebinder.usecases.packet import select_documents
from casebinder.vault import Vault
from tests.helpers import new_case


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoVault]:
    built = build_demo(tmp_path_factory.mktemp("demo") / "Demo.casebinder")
    yield built
    built.vault.close()


def test_the_demo_letters_have_no_blank_required_field(demo: DemoVault) -> None:
    case_id = demo.case_ids["eyelids"]
    for template in list_letters():
        draft = draft_letter(demo.vault, case_id, template.id)
        if template.id == "external-review-request":
            # the plan has not decided the reconsideration yet: external review is not open, and says so
            assert [m.name for m in draft.missing] == ["final_denial_date"]
            continue
        assert draft.missing == (), (template.id, draft.missing)
        assert "[missing:" not in draft.text, template.id
        assert "{" not in draft.text, template.id


def test_the_appeal_answers_each_met_criterion_with_its_exhibit_and_page(demo: DemoVault) -> None:
    case_id = demo.case_ids["eyelids"]
    draft = draft_letter(demo.vault, case_id, "internal-appeal")
    text = draft.text
    assert "Sam Mendes" in text
    assert "on behalf of Harold Mendes" in text
    assert "EVG-4471-0932" in text
    assert "CLM-2026-118845" in text
    assert "Evidence of Coverage, Chapter 4" in text  # the reason, in the plan's words (kept for the case)
    assert "42 CFR 422.578" in text  # a Medicare Advantage reconsideration, not ERISA
    assert "those of your own medical policy" in text
    assert "Evidence of Coverage" in text
    assert "2560.503-1" not in text
    # once saved, the letter is Exhibit 1 and the documents follow by date: the numbers it cites are those
    documents = sorted(
        (d for d in select_documents(demo.vault, case_id)), key=lambda d: (d.date or dt.date.min, d.id or 0)
    )
    number = {d.title: n for n, d in enumerate(documents, start=2)}
    field_test = "Visual field test, lids taped and untaped"
    assert f"Exhibit {number[field_test]}, “{field_test}”, page 1" in text
    assert "Lubricating drops and lid hygiene" in text  # treatments tried
    assert "| 2026-" in text or "| 20" in text  # the diary's months, as a table
    # the photographs criterion has no evidence: the letter leaves it out and the draft says so
    assert "Photographs" not in text
    assert any("Photographs" in note for note in draft.notes)


def test_the_claim_file_request_lists_every_call_with_its_reference_number(demo: DemoVault) -> None:
    case_id = demo.case_ids["nose"]
    set_letter_fields(demo.vault, case_id, {"denial_reason": "Not medically necessary."})
    add_milestone(
        demo.vault,
        case_id,
        MilestoneFields(kind=MilestoneKind.DENIAL_RECEIVED, on=dt.datetime(2026, 11, 20)),
    )
    text = draft_letter(demo.vault, case_id, "claim-file-request").text
    assert "HB-4410297" in text  # the call's reference number, from the log
    assert "recordings and transcripts" in text
    assert "29 CFR 2560.503-1(h)(2)(iii)" in text
    assert "2560.503-1(m)(8)" in text
    assert "November 20, 2026" in text


def test_blank_fields_are_flagged_and_refused_until_filled(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault, person="Maya Lopez", title="Botox for chronic migraine", procedure="Botox")
    draft = draft_letter(vault, case_id, "internal-appeal")
    labels = [m.label for m in draft.missing]
    assert "member ID" in labels
    assert "the plan's reason for the denial" in labels
    assert "[missing: member ID]" in draft.text
    with pytest.raises(InvalidInput, match=r"blank required fields: .*member ID"):
        save_letter(vault, case_id, "internal-appeal", draft.text)
    with pytest.raises(InvalidInput, match="blank required fields"):
        write_letter(draft.text, draft.title, tmp_path / "appeal.pdf")
    assert not (tmp_path / "appeal.pdf").exists()
    # typed over the markers in the text, the letter is complete
    filled = re.sub(r"\[missing: [^\]]+\]", "filled in by hand", draft.text)
    write_letter(filled, draft.title, tmp_path / "appeal.pdf")
    assert (tmp_path / "appeal.pdf").stat().st_mode & 0o777 == 0o600


def test_what_the_person_writes_is_kept_for_the_next_letter(vault: Vault) -> None:
    case_id = new_case(vault)
    set_letter_fields(vault, case_id, {"doctor_name": "Dr. Ana Ruiz"})
    assert "Dear Dr. Ana Ruiz," in draft_letter(vault, case_id, "lmn-request").text
    assert "Dear Dr. Lee," in draft_letter(vault, case_id, "lmn-request", {"doctor_name": "Dr. Lee"}).text
    with pytest.raises(InvalidInput, match="no field member_id"):
        set_letter_fields(vault, case_id, {"member_id": "x"})  # read from the case, not written here
    with pytest.raises(InvalidInput, match="no letter template"):
        draft_letter(vault, case_id, "internal-apeal")


@pytest.mark.skipif(not shutil.which("qpdf") or not shutil.which("pdftotext"), reason="needs qpdf, poppler")
def test_a_saved_appeal_letter_is_a_pdf_document_and_the_packets_first_exhibit(vault: Vault) -> None:
    case_id = new_case(vault, member_id="MX-1", insurer="Acme Health", procedure="Botox")
    add_milestone(
        vault, case_id, MilestoneFields(kind=MilestoneKind.DENIAL_RECEIVED, on=dt.datetime(2026, 11, 3))
    )
    add_call(vault, case_id, CallFields(at=dt.datetime(2026, 11, 4, 9, 30), reference_number="R-77"))
    set_letter_fields(vault, case_id, {"denial_reason": "Not medically necessary"})
    draft = draft_letter(vault, case_id, "internal-appeal")
    assert draft.missing == ()
    document = save_letter(vault, case_id, "internal-appeal", draft.text, draft.title).record
    assert document.kind is DocumentKind.APPEAL_LETTER
    assert document.media_type == "application/pdf"
    assert select_documents(vault, case_id)[0].id == document.id
    out = vault.path.parent / "letter.pdf"
    from casebinder.usecases.documents import save_copy

    save_copy(vault, document.id, out)
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    words = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "Not medically necessary" in words
    assert "MX-1" in words


def test_each_letter_asks_for_what_its_text_and_its_addressee_use() -> None:
    from casebinder.usecases.letters import asked_fields, letter_template

    def asked(template_id: str) -> list[str]:
        return [field.name for field in asked_fields(letter_template(template_id))]

    assert asked("estimate-request") == ["provider_name", "service_codes"]  # the codes, inside a sentence
    assert "representative_relationship" in asked("authorized-representative")
    assert asked("lmn-request") == ["doctor_name"]  # to the doctor: no insurer's address
    assert "insurer_address" in asked("internal-appeal")


def test_a_procedure_given_as_its_template_id_is_written_in_words(vault: Vault) -> None:
    """``case add --procedure botox-migraine`` keeps what was typed; a letter asks the insurer to cover
    "Botox for chronic migraine", never "botox-migraine"."""
    case_id = new_case(vault, procedure="botox-migraine")
    draft = draft_letter(vault, case_id, "internal-appeal")
    assert "cover Botox for chronic migraine" in " ".join(draft.text.split())
    assert "botox-migraine" not in draft.text
