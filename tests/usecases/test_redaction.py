"""True redaction: nothing under a box (pdftotext, rendering); the other pages keep their text."""

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from casebinder.errors import InvalidInput
from casebinder.infra.sources import Source
from casebinder.usecases.documents import list_documents
from casebinder.usecases.importing import import_files
from casebinder.usecases.packet import PacketOptions, export_packet
from casebinder.usecases.redactions import MarkFields, add_mark, delete_mark, list_marks
from casebinder.vault import Vault
from tests import inputs
from tests.helpers import new_case

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")

LETTER = [
    "RE: Appeal for Harold Mendes, member ID EVG-4471-0932",
    "His daughter Ana Mendes (SSN 123-45-6789) manages the appeal.",
    "The lids block the upper field of vision.",
]


def _texts(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def _exhibit_page(texts: list[str], number: int) -> int:
    """The exhibit's own (first and only) page: the last stamped with its number, after its divider."""
    return [i for i, text in enumerate(texts) if f"Exhibit {number} - Page" in " ".join(text.split())][-1]


def test_words_and_patterns_are_burnt_out_and_leave_nothing_underneath(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    sources = [
        Source(name="letter.pdf", data=inputs.letter_pdf(LETTER)),
        Source(name="other.pdf", data=inputs.letter_pdf(["Nothing private on this page, only the plan."])),
        Source(name="note.txt", data=b"Call notes: Ana Mendes called the plan.\n"),
    ]
    assert {s.outcome.status for s in import_files(vault, case_id, sources)} == {"imported"}
    documents = sorted(list_documents(vault, case_id), key=lambda d: d.filename)  # letter, note, other
    documents = [documents[0], documents[2], documents[1]]
    out = tmp_path / "redacted.pdf"
    options = PacketOptions(sections=("cover", "index"), redact=("Ana Mendes", r"re:\d{3}-\d{2}-\d{4}"))
    steps = list(export_packet(vault, case_id, out, documents, options))
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0

    texts = _texts(out)
    everything = " ".join(" ".join(texts).split())
    assert "Ana Mendes" not in everything
    assert "123-45-6789" not in everything
    reader = PdfReader(out)
    letter_page = _exhibit_page(texts, 1)
    page_text = " ".join(texts[letter_page].split())
    assert "lids block" not in page_text, "a redacted page is a picture: no text layer at all"
    assert "Exhibit 1 - Page" in page_text, "only the stamp, added after, is text"
    resources = reader.pages[letter_page]["/Resources"]
    assert set(resources["/XObject"]) == {"/CBPage"}, "one picture, nothing of the original page"
    other_page = _exhibit_page(texts, 2)
    assert "Nothing private on this page" in " ".join(texts[other_page].split()), (
        "other pages keep their text"
    )
    assert "Call notes:" in everything, "a text exhibit keeps its other words"

    notes = " ".join(steps[-1].notes)
    assert "redacted “Ana Mendes” on Ex. 1, p. 1" in notes
    assert r"redacted “re:\d{3}-\d{2}-\d{4}” on Ex. 1, p. 1" in notes

    # Rendered: the box is black where the name was (line 2 of the letter, from x = 72 pt).
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "72",
            "-png",
            "-f",
            str(letter_page + 1),
            "-l",
            str(letter_page + 1),
            "-singlefile",
            str(out),
            str(tmp_path / "letter"),
        ],
        check=True,
    )
    with Image.open(tmp_path / "letter.png") as image:
        grey = image.convert("L")
        dark = sum(1 for x in range(72, 400) for y in range(84, 100) if grey.getpixel((x, y)) < 40)
    assert dark > 300, "a black box covers the second line"


def test_boxes_drawn_on_a_page_are_burnt_in_only_when_asked(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    [step] = list(import_files(vault, case_id, [Source(name="letter.pdf", data=inputs.letter_pdf(LETTER))]))
    document_id = step.outcome.document_id
    assert document_id is not None
    mark = add_mark(vault, document_id, MarkFields(1, 0.1, 0.08, 0.9, 0.14, "member ID")).record
    assert [m.id for m in list_marks(vault, case_id)] == [mark.id]
    with pytest.raises(InvalidInput, match="not a page"):
        add_mark(vault, document_id, MarkFields(3, 0.1, 0.1, 0.2, 0.2))
    documents = list_documents(vault, case_id)

    plain = tmp_path / "plain.pdf"
    list(export_packet(vault, case_id, plain, documents, PacketOptions(sections=())))
    assert "EVG-4471-0932" in " ".join(_texts(plain)), "boxes apply only when asked for"
    boxed = tmp_path / "boxed.pdf"
    steps = list(
        export_packet(vault, case_id, boxed, documents, PacketOptions(sections=(), redact_marks=True))
    )
    texts = _texts(boxed)
    text = " ".join(texts[_exhibit_page(texts, 1)].split())  # its title (from its RE: line) stays: not boxed
    assert "EVG-4471-0932" not in text
    assert "lids block" not in text, "the whole page became a picture"
    assert "redaction boxes burnt in on Ex. 1, p. 1" in " ".join(steps[-1].notes)
    delete_mark(vault, mark.id, dry_run=False)
    assert list_marks(vault, case_id) == []


def test_a_photos_boxes_are_burnt_into_its_pixels(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    [step] = list(import_files(vault, case_id, [Source(name="IMG_1.jpg", data=inputs.jpeg(800, 600))]))
    assert step.outcome.document_id is not None
    add_mark(vault, step.outcome.document_id, MarkFields(1, 0.0, 0.0, 0.5, 1.0))
    out = tmp_path / "photo.pdf"
    list(
        export_packet(
            vault, case_id, out, list_documents(vault, case_id), PacketOptions(sections=(), redact_marks=True)
        )
    )
    subprocess.run(
        ["pdftoppm", "-r", "36", "-png", "-f", "2", "-l", "2", "-singlefile", str(out), str(tmp_path / "p")],
        check=True,
    )
    with Image.open(tmp_path / "p.png") as image:
        grey = image.convert("L")
        width, height = grey.size
        left = [grey.getpixel((x, height // 2)) for x in range(width // 4, width // 2 - 8)]
        right = [grey.getpixel((x, height // 2)) for x in range(width // 2 + 8, width * 3 // 4)]
    assert max(left) < 30, "the left half of the photo is black"
    assert max(right) > 100, "the right half is still the photo"


def test_a_pattern_that_cannot_be_read_is_one_sentence(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    with pytest.raises(InvalidInput, match="not a pattern"):
        list(export_packet(vault, case_id, tmp_path / "x.pdf", [], PacketOptions(redact=("re:([",))))
    assert not (tmp_path / "x.pdf").exists()
