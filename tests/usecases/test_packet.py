"""The packet, checked the way a reviewer's tools see it: qpdf, pdfinfo, pdftotext, pypdf."""

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from casebinder.errors import InvalidInput
from casebinder.infra.sources import Source
from casebinder.usecases.demo import DemoVault, build_demo
from casebinder.usecases.importing import import_files
from casebinder.usecases.packet import ExhibitLocked, PacketOptions, export_packet, select_documents
from casebinder.vault import Vault
from tests import inputs

pytestmark = pytest.mark.skipif(
    not shutil.which("qpdf") or not shutil.which("pdftotext"),
    reason="needs qpdf and poppler-utils (installed by .ci/run)",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoVault]:
    built = build_demo(tmp_path_factory.mktemp("demo") / "Demo.casebinder")
    yield built
    built.vault.close()


def export(demo: DemoVault, out: Path, **kwargs: object) -> Path:
    case_id = demo.case_ids["eyelids"]
    documents = select_documents(demo.vault, case_id, kwargs.pop("stage", None), kwargs.pop("ids", None))  # type: ignore[arg-type]
    steps = list(export_packet(demo.vault, case_id, out, documents, PacketOptions(**kwargs)))  # type: ignore[arg-type]
    assert steps[-1].done == steps[-1].total
    return out


def page_texts(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def test_demo_packet_is_clean_stamped_indexed_and_bookmarked(demo: DemoVault, tmp_path: Path) -> None:
    out = export(demo, tmp_path / "packet.pdf")
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout
    assert "WARNING" not in check.stdout + check.stderr, check.stdout
    pages = page_texts(out)
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text, f"page {number} has no stamp"
    assert "Appeal packet" in pages[0]
    assert "EVG-4471-0932" in pages[0]
    ligatures = re.compile("[\ufb00-\ufb06]")  # "ﬁeld" would not be found by a search for "field"
    assert not [p for p in pages if ligatures.search(p)], "text must extract as plain letters"
    assert "Visual field test" in "".join(pages)
    index = pages[1]
    entries = re.findall(r"(Exhibit \d+ - .+?)\s+(\d+)\s*$", index, re.M)
    assert len(entries) == 8
    for label, page in entries:
        number = label.split(" - ")[0]
        assert f"{number} -" in pages[int(page) - 1], label
        assert "Exhibit" in pages[int(page) - 1], label
    reader = PdfReader(out)
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    summaries = [
        "How the criteria are met",
        "Chronology",
        "Call log",
        "Record of submissions",
        "Medical history",
        "Treatments tried",
        "Costs",
        "Symptom diary: vision blocked by eyelids",  # the demo's diary, its months as criteria count them
    ]
    assert outline[: 2 + len(summaries)] == ["Cover", "Index", *summaries]
    assert len([t for t in outline if t.startswith("Exhibit ")]) == 8
    diary_page = pages[reader.get_destination_page_number(reader.outline[outline.index(summaries[-1])])]
    assert "days not recorded" in diary_page, "the diary's chart, as the app draws it, with its legend"
    criteria_page = pages[reader.get_destination_page_number(reader.outline[outline.index(summaries[0])])]
    assert "worded as in the plan's own medical policy" in " ".join(criteria_page.split())
    assert re.search(r"20\d\d-\d\d: \d+", diary_page), "each bar says its month and its days"
    for item in reader.outline:
        if not isinstance(item, list) and item.title.startswith("Exhibit 2 "):
            assert "Exhibit 2 -" in pages[reader.get_destination_page_number(item)]
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert len(links) == len(summaries) + 8, "one link per index line (summaries and exhibits)"
    assert reader.metadata is not None
    assert reader.metadata.get("/Title") == "Exhibits", "neutral: no case title, no 'appeal packet'"
    assert not reader.metadata.get("/Producer"), "no software name"
    assert "/Creator" not in reader.metadata
    assert "/Author" not in reader.metadata
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "3", str(out), str(tmp_path / "page")], check=True
    )
    assert len(list(tmp_path.glob("page-*.png"))) == 3


def test_active_content_is_stripped(demo: DemoVault, tmp_path: Path) -> None:
    case_id = demo.case_ids["eyelids"]
    [step] = import_files(
        demo.vault, case_id, [Source(name="scripted.pdf", data=inputs.active_content_pdf())]
    )
    document_id = step.outcome.document_id
    assert document_id is not None
    out = export(demo, tmp_path / "safe.pdf", ids=[document_id])
    raw = out.read_bytes()
    for marker in (b"/JavaScript", b"/OpenAction", b"/EmbeddedFiles", b"/Launch", b"/JS "):
        assert marker not in raw, marker
    reader = PdfReader(out)
    root = reader.trailer["/Root"]
    assert "/OpenAction" not in root
    assert "/AA" not in root


def test_password_is_aes_256_r6_and_opens(demo: DemoVault, tmp_path: Path) -> None:
    out = export(demo, tmp_path / "locked.pdf", password="reviewer pass", sections=("cover", "index"))
    reader = PdfReader(out)
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6), "AES-256, revision 6 (never RC4)"
    assert reader.decrypt("reviewer pass")
    assert "Appeal packet" in " ".join(reader.pages[0].extract_text().split())
    info = subprocess.run(
        ["qpdf", "--check", "--password=reviewer pass", str(out)], capture_output=True, text=True, check=False
    )
    assert info.returncode == 0


def test_stage_selection_bates_and_no_temp_file_left(demo: DemoVault, tmp_path: Path) -> None:
    case_id = demo.case_ids["eyelids"]
    stage_docs = select_documents(demo.vault, case_id, "plan-reconsideration")
    assert [d.filename for d in stage_docs] == [
        "denial-letter.pdf",
        "letter-of-medical-necessity.pdf",
        "visual-field-test.pdf",
    ], "checklist order"
    out = export(demo, tmp_path / "stage.pdf", stage="plan-reconsideration", bates_prefix="EVG-", shrink=True)
    pages = page_texts(out)
    assert "EVG-000001" in pages[0]
    assert f"EVG-{len(pages):06d}" in pages[-1]
    assert [p.name for p in tmp_path.iterdir()] == ["stage.pdf"]
    with pytest.raises(InvalidInput, match="no documents are linked"):
        select_documents(demo.vault, case_id, "independent-review")
    with pytest.raises(InvalidInput, match="not part of case"):
        select_documents(demo.vault, case_id, None, [99999])


def test_image_and_text_exhibits_become_pages(demo: DemoVault, tmp_path: Path) -> None:
    case_id = demo.case_ids["nose"]
    steps = list(
        import_files(
            demo.vault,
            case_id,
            [
                Source(name="photo.jpg", data=inputs.jpeg(400, 200, 6)),
                Source(name="notes.txt", data=b"Called the ENT office."),
            ],
        )
    )
    ids = [s.outcome.document_id or 0 for s in steps]
    documents = select_documents(demo.vault, case_id, None, ids)
    out = tmp_path / "mixed.pdf"
    list(export_packet(demo.vault, case_id, out, documents, PacketOptions(paper="a4", sections=("index",))))
    reader = PdfReader(out)
    assert abs(float(reader.pages[0].mediabox.width) - 595.28) < 1, "A4"
    assert any("Called the ENT office." in " ".join(page.extract_text().split()) for page in reader.pages)
    assert len(reader.pages) == 5, "index, then a divider and a page for each exhibit"


def test_packet_size_stays_near_the_inputs_and_encrypted_sources_need_their_password(
    demo: DemoVault, tmp_path: Path
) -> None:
    case_id = demo.case_ids["nose"]
    sources = [
        Source(name=f"scan {i}.pdf", data=inputs.text_pdf(f"Page text {i} " * 20, pages=4)) for i in range(10)
    ]
    sources.append(Source(name="locked.pdf", data=inputs.encrypted_pdf("open sesame", "Locked exhibit")))
    steps = list(import_files(demo.vault, case_id, sources[:10]))
    ids = [s.outcome.document_id or 0 for s in steps]
    documents = select_documents(demo.vault, case_id, None, ids)
    out = tmp_path / "sized.pdf"
    list(export_packet(demo.vault, case_id, out, documents, PacketOptions(sections=("index",))))
    size_in = sum(len(s.data or b"") for s in sources[:10])
    assert out.stat().st_size < size_in * 1.5 + 150_000, (out.stat().st_size, size_in)
    from casebinder.usecases.importing import ImportOptions

    [locked] = import_files(demo.vault, case_id, [sources[10]], ImportOptions(pdf_password="open sesame"))
    locked_id = locked.outcome.document_id or 0
    [document] = select_documents(demo.vault, case_id, None, [locked_id])
    without = tmp_path / "without.pdf"
    with pytest.raises(ExhibitLocked, match="is password-protected"):
        list(export_packet(demo.vault, case_id, without, [document], PacketOptions(sections=())))
    assert not without.exists(), "a locked exhibit without its password stops the export, nothing written"
    list(
        export_packet(demo.vault, case_id, without, [document], PacketOptions(sections=(), skip_locked=True))
    )
    assert "Not included: password-protected" in " ".join(page_texts(without)[0].split())
    with_password = tmp_path / "with.pdf"
    list(
        export_packet(
            demo.vault,
            case_id,
            with_password,
            [document],
            PacketOptions(sections=(), pdf_passwords={locked_id: "open sesame"}),
        )
    )
    assert "Locked exhibit" in " ".join(" ".join(page_texts(with_password)).split())


def test_the_cycle_collector_is_back_on_after_an_export_finishes_or_is_cancelled(
    demo: DemoVault, tmp_path: Path
) -> None:
    import gc

    case_id = demo.case_ids["eyelids"]
    documents = select_documents(demo.vault, case_id)
    steps = export_packet(demo.vault, case_id, tmp_path / "cancelled.pdf", documents)
    next(steps)
    next(steps)
    assert not gc.isenabled(), "paused while the packet is built"
    steps.close()  # Cancel
    assert gc.isenabled()
    assert not (tmp_path / "cancelled.pdf").exists()
    export(demo, tmp_path / "done.pdf")
    assert gc.isenabled()


def _exhibit_pages(reader: PdfReader, outline_title: str) -> list[int]:
    """The page indexes of the exhibit whose divider bookmark starts with ``outline_title``."""
    starts = sorted(
        (reader.get_destination_page_number(item), item.title)
        for item in reader.outline
        if not isinstance(item, list)
    )
    for position, (page, title) in enumerate(starts):
        if title.startswith(outline_title):
            end = starts[position + 1][0] if position + 1 < len(starts) else len(reader.pages)
            return list(range(page + 1, end))  # after its divider
    raise AssertionError(f"no bookmark {outline_title}")


def test_faxes_and_scans_export_every_page(demo: DemoVault, tmp_path: Path) -> None:
    """A colour TIFF, a Group 4 fax and a three-page fax: each page on the packet, none lost or blank."""
    case_id = demo.case_ids["nose"]
    sources = [
        Source(name="colour scan.tif", data=inputs.rgb_tiff()),
        Source(name="fax.tif", data=inputs.fax_tiff()),
        Source(name="three page fax.tif", data=inputs.multipage_tiff(3)),
    ]
    steps = list(import_files(demo.vault, case_id, sources))
    assert [s.outcome.status for s in steps] == ["imported"] * 3, [s.outcome for s in steps]
    documents = select_documents(demo.vault, case_id, None, [s.outcome.document_id or 0 for s in steps])
    assert [d.page_count for d in documents] == [1, 1, 3]
    out = tmp_path / "faxes.pdf"
    list(export_packet(demo.vault, case_id, out, documents, PacketOptions(sections=("index",))))
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout
    assert "WARNING" not in check.stdout + check.stderr, check.stdout
    reader = PdfReader(out)
    assert len(reader.pages) == 1 + 3 + 5, "the index, three dividers, 1 + 1 + 3 exhibit pages"
    fax_pages = _exhibit_pages(reader, "Exhibit 3 ")
    assert len(fax_pages) == 3
    for page in [*_exhibit_pages(reader, "Exhibit 2 "), *fax_pages]:
        [image] = [x.get_object() for x in reader.pages[page]["/Resources"]["/XObject"].values()]
        assert image["/Filter"] == "/CCITTFaxDecode", "kept bilevel"
        assert image["/BitsPerComponent"] == 1, "kept bilevel"
    from PIL import Image

    widths = []
    for number, page in enumerate(fax_pages, start=1):
        stem = tmp_path / f"fax-{number}"
        first_and_last = ["-f", str(page + 1), "-l", str(page + 1)]
        subprocess.run(
            ["pdftoppm", "-r", "50", "-gray", "-singlefile", *first_and_last, "-png", str(out), str(stem)],
            check=True,
        )
        with Image.open(f"{stem}.png") as picture:
            row = picture.convert("L").crop((0, picture.height // 4, picture.width, picture.height // 4 + 1))
            widths.append(sum(1 for value in row.tobytes() if value < 128))  # the page-number box's width
    assert widths[0] > 0, f"three different pages, in order: {widths}"
    assert widths[0] < widths[1] < widths[2], f"three different pages, in order: {widths}"


def test_an_image_that_crashes_its_reader_is_left_out_with_a_reason(
    demo: DemoVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casebinder.infra.parsing import workers

    case_id = demo.case_ids["nose"]
    steps = list(
        import_files(
            demo.vault,
            case_id,
            [
                Source(name="crash fax.tif", data=inputs.multipage_tiff(2)),
                Source(name="fine.tif", data=inputs.rgb_tiff(300, 200)),
            ],
        )
    )
    documents = select_documents(demo.vault, case_id, None, [s.outcome.document_id or 0 for s in steps])
    with workers.ParserPool(1, target="tests.parser_targets:crashing") as pool:
        monkeypatch.setattr(workers, "_shared", pool)
        out = tmp_path / "crash.pdf"
        list(export_packet(demo.vault, case_id, out, documents, PacketOptions(sections=("index",))))
    pages = page_texts(out)
    assert len(pages) == 1 + 2 + 1, "the index, two dividers, the readable image"
    assert "Not included: the file crashed the reader" in " ".join(pages[1].split())


def test_export_into_a_missing_or_unwritable_folder_is_one_sentence_and_creates_nothing(
    demo: DemoVault, tmp_path: Path
) -> None:
    from casebinder.infra.files import WriteFailed

    case_id = next(iter(demo.case_ids.values()))
    documents = select_documents(demo.vault, case_id, None, None)[:1]
    missing = tmp_path / "no such" / "folder" / "packet.pdf"
    with pytest.raises(WriteFailed, match="does not exist"):
        list(export_packet(demo.vault, case_id, missing, documents, PacketOptions(sections=())))
    assert not (tmp_path / "no such").exists(), "no folder made behind the user's back"
    locked = tmp_path / "read only"
    locked.mkdir(mode=0o500)
    mounted = (
        os.geteuid() == 0
        and subprocess.run(  # root writes anywhere, except on a read-only mount
            ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(locked)],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    if os.geteuid() == 0 and not mounted:
        pytest.skip("root, and no read-only file system can be mounted here")
    try:
        with pytest.raises(WriteFailed, match="read-only"):
            list(export_packet(demo.vault, case_id, locked / "p.pdf", documents, PacketOptions(sections=())))
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(locked)], check=False)


def test_a_caregivers_packet_is_sent_by_the_caregiver_on_the_patients_behalf(
    tmp_path: Path, vault: Vault
) -> None:
    from casebinder.usecases.cases import CaseFields, add_case
    from casebinder.usecases.people import add_person

    add_person(vault, "Maria Mendes", relationship="self")
    add_person(vault, "Harold Mendes", relationship="parent")
    case = add_case(vault, "Harold Mendes", CaseFields(title="Eyelids")).record
    assert case.id is not None
    out = tmp_path / "p.pdf"
    list(export_packet(vault, case.id, out, [], PacketOptions(sections=("cover",))))
    cover = " ".join(page_texts(out)[0].split())
    assert "Sent by: Maria Mendes, on behalf of Harold Mendes" in cover
    own = add_case(vault, "Maria Mendes", CaseFields(title="Her own")).record
    assert own.id is not None
    list(export_packet(vault, own.id, tmp_path / "own.pdf", [], PacketOptions(sections=("cover",))))
    assert "Sent by: Maria Mendes" in " ".join(page_texts(tmp_path / "own.pdf")[0].split())


def test_the_chronology_cites_the_exhibits_and_keeps_to_what_a_reviewer_needs(
    demo: DemoVault, tmp_path: Path
) -> None:
    case_id = demo.case_ids["eyelids"]
    everything = select_documents(demo.vault, case_id, None, None)
    chosen = everything[:3]
    left_out = everything[3]
    out = tmp_path / "chronology.pdf"
    list(export_packet(demo.vault, case_id, out, chosen, PacketOptions(sections=("chronology",))))
    text = " ".join(" ".join(page_texts(out)).split())
    start, end = text.index("Chronology"), text.index("Exhibit 1 -")
    chronology = text[start:end]
    pages = page_texts(out)
    reader = PdfReader(out)
    page_refs = [page.indirect_reference for page in reader.pages]
    link_targets = {
        page_refs.index(annotation.get_object()["/Dest"][0])
        for annotation in reader.pages[0].get("/Annots") or []
    }
    for number in (1, 2, 3):
        cited = re.search(rf"\(Ex\. {number}, p\. (\d+)\)", chronology)
        assert cited, f"exhibit {number} is cited with its page"
        page = int(cited.group(1))
        stamp = " ".join(pages[page - 1].split())
        assert f"Exhibit {number} - Page {page} of {len(pages)}" in stamp, "the page cited is the exhibit's"
        assert page - 1 in link_targets, "each citation is a link to that page"
    assert left_out.title not in chronology, "a document not in this packet is not cited"
    assert "Deadline —" not in chronology, "computed deadlines only when asked for"
    assert "Follow up on call" not in chronology, "the user's own to-dos only when asked for"
    assert "Call with" in chronology, "what happened stays"
    asked = tmp_path / "with internal.pdf"
    options = PacketOptions(sections=("chronology",), chronology_internal=True)
    list(export_packet(demo.vault, case_id, asked, chosen, options))
    assert "Deadline" in " ".join(" ".join(page_texts(asked)).split())


def test_the_call_log_says_what_was_said_and_promised_and_keeps_each_time_on_its_line(
    tmp_path: Path, vault: Vault
) -> None:
    import datetime as dt

    from casebinder.usecases.calls import CallFields, add_call
    from casebinder.usecases.cases import CaseFields, add_case

    case = add_case(vault, "Ada", CaseFields(title="Calls")).record
    assert case.id is not None
    add_call(
        vault,
        case.id,
        CallFields(
            at=dt.datetime(2026, 3, 2, 10, 30),
            rep_name="Dana",
            reference_number="CS-9",
            summary="Asked why the claim was denied",
            promised="A supervisor calls back within 2 days",
        ),
    )
    out = tmp_path / "calls.pdf"
    list(export_packet(vault, case.id, out, [], PacketOptions(sections=("calls",))))
    page = page_texts(out)[0]
    [line] = [row for row in page.splitlines() if "CS-9" in row]
    assert "2026-03-02 10:30" in line, "the time stays on the date's line"
    text = " ".join(page.split())
    assert "What was said" in text
    assert "Asked why the claim" in text
    assert "A supervisor calls back" in text


def test_an_email_exhibit_shows_when_it_was_sent(tmp_path: Path, vault: Vault) -> None:
    from casebinder.infra.sources import Source
    from casebinder.usecases.cases import CaseFields, add_case
    from casebinder.usecases.importing import import_files

    case = add_case(vault, "Sam", CaseFields(title="Mail")).record
    assert case.id is not None
    source = Source(name="ack.eml", data=inputs.email_with_two_attachments())
    [step] = list(import_files(vault, case.id, [source]))
    assert step.outcome.status == "imported"
    [message] = [d for d in select_documents(vault, case.id, None, None) if d.media_type == "message/rfc822"]
    out = tmp_path / "mail.pdf"
    list(export_packet(vault, case.id, out, [message], PacketOptions(sections=())))
    text = " ".join(" ".join(page_texts(out)).split())
    assert "Date: Tue, 03 Nov 2026 09:30:00 -0500" in text
    assert "From: Evergreen Appeals" in text


def test_the_record_of_submissions_lists_each_one_with_its_proof(demo: DemoVault, tmp_path: Path) -> None:
    """The fax the demo sent: when, where, what it carried and the confirmation page, cited by page."""
    out = export(demo, tmp_path / "submissions.pdf", sections=("submissions",))
    pages = page_texts(out)
    raw = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True)
    text = " ".join(raw.stdout.split())  # in reading order, cell by cell (the layout mode interleaves them)
    start = text.index("Record of submissions")
    record = text[start : text.index("Exhibit 1 -", start)]
    assert "2026-" in record
    assert "14:32" in record, "the time it was sent"
    assert "1-800-555-0142" in record, "how and where it went"
    assert "Fax confirmation 2026- AP-5520" in record, "the confirmation number (wrapped at its hyphen)"
    cited = re.findall(r"Ex\. (\d+), p\. (\d+)", record)
    assert len(cited) == 3, "two enclosures and the proof exhibit"
    titles = {d.id: d.title for d in select_documents(demo.vault, demo.case_ids["eyelids"], None, None)}
    assert "Fax confirmation, request for reconsideration" in titles.values()
    for number, page in cited:
        assert f"Exhibit {number} - Page {page} of" in " ".join(pages[int(page) - 1].split())
