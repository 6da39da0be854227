"""Putting a packet's pages together with pypdf: exhibits appended, active content stripped, every page
placed on the chosen paper and stamped where the stamp covers nothing.

No Qt and no vault here: the packet use case (:mod:`casebinder.usecases.packet`) decides what goes in, this
module only does it to the pages. Stamps are small content streams of their own around each page's (no page
merge: fast, and the page's content is untouched).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

_ACTIVE_ROOT_KEYS = ("/OpenAction", "/AA", "/AcroForm", "/Metadata")
_ACTIVE_NAME_KEYS = ("/JavaScript", "/EmbeddedFiles")
_PASSIVE_ANNOTATIONS = ("/Text", "/Highlight", "/Underline", "/StrikeOut", "/Square", "/Circle", "/FreeText")


def append_pages(writer: Any, reader: Any, replaced: dict[int, Any] | None = None) -> None:
    """Add a document's pages (a redacted one as its picture page, nothing of the original). pypdf's
    ``append`` also carries links, form fields and the named destinations they point at; pages with no
    annotations need none of that, and adding them one by one skips reading the named destinations (a
    third faster over 300 exhibits)."""
    pages = reader.pages
    if replaced:
        for index, page in enumerate(pages):
            writer.add_page(replaced.get(index, page))
        return
    if any("/Annots" in page for page in pages):
        writer.append(reader, import_outline=False)
        return
    for page in pages:
        writer.add_page(page, [1, "/B"])  # as append does: article beads point into the source's threads


def reorder_pages(writer: Any, order: Sequence[int]) -> None:
    """Put the pages in ``order`` (old indexes, each once). Pages Casebinder makes after the exhibits (the
    dividers, the front matter) are appended and moved once: ``insert_page`` walks the page tree to the
    insertion point for every page, 0.45 s for 276 pages of a 736-page packet, growing with its square.
    The writer's tree is one node whose kids are the pages (only ``add_page`` and ``append`` made it)."""
    from pypdf.generic import ArrayObject

    pages = writer.flattened_pages
    kids = writer.root_object["/Pages"]["/Kids"]
    if sorted(order) != list(range(len(pages))) or len(kids) != len(pages):
        raise ValueError("the new order must name every page once, in a one-level page tree")
    writer.flattened_pages = [pages[index] for index in order]
    writer.root_object["/Pages"][_name("/Kids")] = ArrayObject(kids[index] for index in order)


def _name(text: str) -> Any:
    from pypdf.generic import NameObject

    return NameObject(text)


def strip_active_content(writer: Any, keep_uri_links: bool) -> None:
    from pypdf.generic import ArrayObject, NameObject

    root = writer._root_object
    for key in _ACTIVE_ROOT_KEYS:
        if key in root:
            del root[NameObject(key)]
    names = root.get("/Names")
    if names is not None:
        names = names.get_object()
        for key in _ACTIVE_NAME_KEYS:
            if key in names:
                del names[NameObject(key)]
    for page in writer.pages:
        if "/AA" in page:
            del page[NameObject("/AA")]
        annotations = page.get("/Annots")
        if annotations is None:
            continue
        kept = ArrayObject()
        for reference in annotations.get_object():
            annotation = reference.get_object()
            subtype = annotation.get("/Subtype")
            action = annotation.get("/A")
            action = action.get_object() if action is not None else None
            if "/AA" in annotation:
                del annotation[NameObject("/AA")]
            if subtype == "/Link":
                internal = action is None and "/Dest" in annotation
                uri = action is not None and action.get("/S") == "/URI"
                if internal or (uri and keep_uri_links):
                    kept.append(reference)
            elif subtype in _PASSIVE_ANNOTATIONS and action is None:
                kept.append(reference)
        page[NameObject("/Annots")] = kept


@dataclass
class Placement:
    """What placing pages on the chosen paper did, for the export's summary."""

    scaled: int = 0  # pages of another size, scaled to fit the paper (aspect kept)
    shrunk: int = 0  # pages whose content reached the stamp's band, shrunk into the margin

    def notes(self, paper: str) -> tuple[str, ...]:
        from casebinder.domain.enums import Paper as PaperKind
        from casebinder.domain.wording import count

        notes = []
        if self.scaled:
            notes.append(
                f"{count(self.scaled, 'page')} of another size scaled to fit {PaperKind(paper).label}"
            )
        if self.shrunk:
            whose = "the stamp clears its content" if self.shrunk == 1 else "the stamps clear their content"
            notes.append(f"{count(self.shrunk, 'page')} shrunk into the margin so {whose}")
        return tuple(notes)


_SHRINK = 0.94  # 94% of the page, centred, leaves a clear band of 6% at the foot for the stamp


def _opening(page: Any, paper: tuple[float, float], foot_busy: bool, shrink_all: bool) -> tuple[str, str]:
    """How a page's content is placed on the paper ("kept", "scaled" or "shrunk") and the PDF operators
    that do it. Pages of the paper's size stay as they are unless something is drawn where the stamp
    goes; pages of another size are scaled to fit above the stamp's band, centred, aspect kept."""
    from casebinder.infra.parsing.requests import STAMP_BAND

    width, height = paper
    box = page.cropbox
    left, bottom = float(box.left), float(box.bottom)
    w, h = float(box.width), float(box.height)
    if abs(w - width) <= 2 and abs(h - height) <= 2:
        if not foot_busy and not shrink_all:
            return "kept", "q\n"
        s = _SHRINK
        dx, dy = left * (1 - s) + w * (1 - s) / 2, bottom * (1 - s) + h * (1 - s)
        return "shrunk", f"q {s} 0 0 {s} {dx:.2f} {dy:.2f} cm\n"
    s = min(width / max(w, 1.0), (height - STAMP_BAND) / max(h, 1.0))
    dx = (width - s * w) / 2 - s * left
    dy = STAMP_BAND + (height - STAMP_BAND - s * h) / 2 - s * bottom
    clip = f"{left:.2f} {bottom:.2f} {w:.2f} {h:.2f} re W n"  # nothing outside the page's own box shows
    _move_annotations(page, s, dx, dy)
    return "scaled", f"q {s:.5f} 0 0 {s:.5f} {dx:.2f} {dy:.2f} cm {clip}\n"


def _move_annotations(page: Any, scale: float, dx: float, dy: float) -> None:
    """Links and notes follow the content they sit on when a page is scaled onto the paper."""
    from pypdf.generic import ArrayObject, FloatObject, NameObject

    for reference in page.get("/Annots") or []:
        annotation = reference.get_object()
        rect = annotation.get("/Rect")
        if rect is None or len(rect) != 4:
            continue
        x1, y1, x2, y2 = (float(v) for v in rect)
        moved = (x1 * scale + dx, y1 * scale + dy, x2 * scale + dx, y2 * scale + dy)
        annotation[NameObject("/Rect")] = ArrayObject(FloatObject(round(v, 2)) for v in moved)


def place_and_stamp(
    writer: Any,
    labels: Sequence[str],
    busy: Sequence[bool],
    *,
    short: str,
    paper: tuple[float, float],
    bates_prefix: str = "",
    shrink_all: bool = False,
    scrub: Callable[[str], str] = str,
) -> Placement:
    """Put every page on the chosen paper and stamp "label - Exhibit N - Page X of Y" (or a Bates number)
    at its foot, in streams of its own around the page's (the page's own streams stay as they were).
    The stamp never covers content: pages with content in its band are shrunk into the margin."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, RectangleObject

    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    total = len(writer.pages)
    openings: dict[str, Any] = {}
    placement = Placement()
    for number, page in enumerate(writer.pages, start=1):
        if int(page.get("/Rotate", 0) or 0) % 360:
            page.transfer_rotation_to_content()  # the stamp goes at the foot of the page as it is read
        how, opening = _opening(page, paper, busy[number - 1], shrink_all)
        if how == "scaled":
            placement.scaled += 1
            for key in ("/MediaBox", "/CropBox", "/TrimBox", "/BleedBox", "/ArtBox"):
                if key in page:
                    del page[NameObject(key)]
            page[NameObject("/MediaBox")] = RectangleObject((0, 0, paper[0], paper[1]))
        elif how == "shrunk":
            placement.shrunk += 1
        box = page.cropbox
        left, bottom = float(box.left), float(box.bottom)
        width = float(box.width)
        page_text = f"{bates_prefix}{number:06d}" if bates_prefix else f"Page {number} of {total}"
        text = scrub(f"{short} - {labels[number - 1]} - {page_text}").replace("\u2588", "X")
        safe = (
            text.encode("cp1252", "replace")
            .decode("cp1252")
            .replace("\\", "\\\\")
            .replace("(", "\\(")
            .replace(")", "\\)")
        )
        if opening not in openings:  # one shared stream per distinct opening, not one per page
            before = DecodedStreamObject()
            before.set_data(opening.encode())
            openings[opening] = writer._add_object(before)
        after = DecodedStreamObject()
        x = left + width / 2 - len(text) * 2.0
        after.set_data(
            f"\nQ q BT /CBStamp 7 Tf 0.25 g {x:.2f} {bottom + 12:.2f} Td ({safe}) Tj ET Q\n".encode(
                "cp1252", "replace"
            )
        )
        contents = page.get_contents()
        streams = [openings[opening]]
        if contents is not None:
            streams.append(writer._add_object(contents))
        streams.append(writer._add_object(after))
        page[NameObject("/Contents")] = ArrayObject(streams)
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else DictionaryObject()
        fonts = resources.get("/Font")
        fonts = fonts.get_object() if fonts is not None else DictionaryObject()
        fonts[NameObject("/CBStamp")] = font
        resources[NameObject("/Font")] = fonts
        page[NameObject("/Resources")] = resources
    return placement


def forget_sources(writer: Any) -> None:
    """Let the files whose pages were added go: pypdf keeps every source alive until the end (its clone map
    holds each reader "to prevent GC", its link map their pages). Links among the pages just added are
    resolved first, while those pages are known."""
    resolve = getattr(writer, "_resolve_links", None)
    if resolve is not None:
        resolve()
    for held in ("_unresolved_links", "_merged_in_pages"):
        getattr(writer, held, {}).clear()
    writer.reset_translation()


class StreamingFile:
    """A PDF written while it is made: each exhibit's images go to the file as soon as its pages are added.

    pypdf writes a document at the end, holding everything until then: an export of 859 MB of photos and
    scans peaked at 4.2 GB. Images are most of an exhibit's bytes and nothing changes them once added (the
    stamps, links and placement touch pages, contents and resources), so they are written out at once and
    the writer keeps a placeholder; the rest is written by :meth:`finish`, with one cross-reference table.
    Encryption, when asked for, must be set on the writer before the first exhibit.
    """

    def __init__(self, writer: Any, stream: Any) -> None:
        self._writer, self._stream = writer, stream
        self._positions: dict[int, int] = {}
        self._seen = 0
        stream.write(writer.pdf_header.encode() + b"\n%\xe2\xe3\xcf\xd3\n")

    def flush_images(self) -> None:
        """Write the images added since the last call."""
        from pypdf.generic import StreamObject

        objects = self._writer._objects
        for index in range(self._seen, len(objects)):
            found = objects[index]
            if isinstance(found, StreamObject) and found.get("/Subtype") == "/Image":
                self._write(index + 1, found)
                objects[index] = _Written()
        self._seen = len(objects)

    def _write(self, idnum: int, found: Any) -> None:
        writer = self._writer
        self._positions[idnum] = self._stream.tell()
        self._stream.write(f"{idnum} 0 obj\n".encode())
        if writer._encryption and found is not writer._encrypt_entry:
            found = writer._encryption.encrypt_object(found, idnum, 0)
        found.write_to_stream(self._stream)
        self._stream.write(b"\nendobj\n")

    def finish(self) -> None:
        """Everything not yet written, then the cross-reference table and the trailer."""
        writer = self._writer
        forget_sources(writer)
        for idnum, found in enumerate(writer._objects, start=1):
            if found is not None and not isinstance(found, _Written):
                self._write(idnum, found)
        count = len(writer._objects)
        free = [idnum for idnum in range(1, count + 1) if idnum not in self._positions] + [0]
        xref = self._stream.tell()
        lines = [b"xref\n", f"0 {count + 1}\n".encode(), f"{free[0]:0>10} 65535 f \n".encode()]
        next_free = 1
        for idnum in range(1, count + 1):
            if idnum in self._positions:
                lines.append(f"{self._positions[idnum]:0>10} 00000 n \n".encode())
            else:
                lines.append(f"{free[next_free]:0>10} 00001 f \n".encode())
                next_free += 1
        self._stream.write(b"".join(lines))
        writer._write_trailer(self._stream, xref)


class _Written:
    """Where an object already written to the file sat in the writer (nothing reads it again)."""
