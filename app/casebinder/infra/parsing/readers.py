"""Reading untrusted files: what they are, their pages, text and a first-page thumbnail.

Everything here runs inside a parser worker process (see :mod:`casebinder.infra.parsing.workers`) under a
wall-clock and memory limit, never in the app's own process: PDF and image libraries have a long history of
crashes and runaway loops on crafted files. Results are plain picklable values; nothing here touches the
vault.
"""

import datetime as dt
import email
import email.policy
import errno
import hashlib
import html.parser
import io
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from casebinder.infra.parsing.media import register_heif, sniff
from casebinder.infra.parsing.requests import (
    STAMP_BAND,
    TEXT_LATER,
    EmailInfo,
    Limits,
    Parsed,
    ParseRequest,
    ReadTextRequest,
    Refusal,
    Refused,
    TextRead,
)

THUMBNAIL_SIZE = 256
MAX_STREAM_INFLATE = 64 * 1024 * 1024  # a page's content stream larger than this decoded is a bomb
MAX_TEXT_CHARS = 5_000_000
MAX_ATTACHMENTS = 50
TEXT_TYPES = ("text/plain",)
IMAGE_TYPES = ("image/png", "image/jpeg", "image/tiff", "image/heic", "image/gif")


def warm_up() -> None:
    """Load every reader a file may need, before the worker says it is ready: on a busy machine importing
    Qt and QtPdf takes seconds, and that must not count against the first file's time limit."""
    import importlib

    for name in ("PIL.Image", "pypdf", "casebinder.infra.qt.pdfium", "PySide6.QtPdf"):  # the Qt guard first
        importlib.import_module(name)
    register_heif()


def handle(request: Any) -> Any:
    """A worker's entry point: every kind of request that decodes untrusted bytes comes through here."""
    from casebinder.infra.parsing import requests as page_requests

    try:
        if isinstance(request, ParseRequest):
            return parse(request)
        if isinstance(request, page_requests.ExhibitPagesRequest):
            from casebinder.infra.parsing.page_images import exhibit_pages

            return exhibit_pages(request)
        if isinstance(request, page_requests.PreviewRequest):
            return _preview(request)
        if isinstance(request, page_requests.ReadTextRequest):
            return read_text(request)
        if isinstance(request, page_requests.RedactPagesRequest):
            from casebinder.infra.qt import pdfium

            return pdfium.redact_pages(request)
        if isinstance(request, page_requests.FootBandsRequest):
            from casebinder.infra.qt import pdfium

            busy = pdfium.foot_bands(request.data, request.password, request.band_points)
            return page_requests.FootBands(busy) if busy is not None else Refusal("unreadable by PDFium")
    except Refused as refused:
        return refused.refusal
    except MemoryError:
        return Refusal("needs more than {memory_mb} MB of memory to read", memory_mb=request.limits.memory_mb)
    except RecursionError:
        return Refusal("damaged file: its structure nests without end")
    raise TypeError(f"a worker cannot handle {type(request).__name__}")


_held: tuple[str, bytes] | None = (
    None  # the document last previewed (sha256, bytes): pages turn without resending
)


def _preview(request: Any) -> Any:
    from casebinder.infra.parsing.page_images import preview_page
    from casebinder.infra.parsing.requests import NeedData

    global _held
    if request.data is not None:
        _held = (request.sha256, request.data)
    if _held is None or _held[0] != request.sha256:
        return NeedData()
    data = _held[1]
    if request.media_type == "application/pdf":
        from casebinder.infra.qt import pdfium

        return pdfium.preview_pdf_page(data, request.page, request.width, request.password)
    if request.media_type.startswith("image/"):
        return preview_page(data, request.page, request.width, request.limits)
    raise Refused("no picture of this kind of file")


def parse(request: ParseRequest) -> Parsed | Refusal:
    """The facts about one file, or why it cannot be imported (one line)."""
    started = time.monotonic()
    try:
        data = _read(request)
        head = data[:4096]
        media_type = sniff(head, request.name)
        result = Parsed(media_type, len(data), hashlib.sha256(data).hexdigest())
        deadline = started + request.limits.seconds * 0.6  # OCR stops here; the rest is the worker's margin
        if media_type == "application/pdf":
            _parse_pdf(data, request, result, deadline)
        elif media_type in IMAGE_TYPES:
            _parse_image(data, request.limits, result, deadline, request.text_later)
        elif media_type in TEXT_TYPES:
            result.text, result.text_method, result.page_count = _decode_text(data), "plain", 1
        elif media_type == "message/rfc822":
            _parse_email(data, result)
        else:
            result.notes.append("stored as-is: no preview or text for this kind of file")
        result.text = result.text[:MAX_TEXT_CHARS]
        return result
    except Refused as refused:
        return refused.refusal
    except MemoryError:
        return Refusal("needs more than {memory_mb} MB of memory to read", memory_mb=request.limits.memory_mb)
    except RecursionError:
        return Refusal("damaged file: its structure nests without end")


def _read(request: ParseRequest) -> bytes:
    if request.data is not None:
        data = request.data
    else:
        assert request.path is not None
        from casebinder.infra.sources import open_regular

        try:
            fd = open_regular(Path(request.path))  # never through a link swapped in after listing
        except FileNotFoundError:
            raise Refused("no such file") from None
        except IsADirectoryError:
            raise Refused("not a regular file") from None
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise Refused("it became a link after it was chosen: not followed") from None
            raise Refused("cannot read the file ({strerror})", strerror=error.strerror) from None
        with os.fdopen(fd, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > request.limits.max_bytes:
                raise Refused("larger than {megabytes} MB", megabytes=request.limits.max_bytes // 1024**2)
            # Its size and a byte more (it may grow while read): read(max_bytes + 1) set aside the whole
            # limit for every file, and a worker already holding 512 MB refused each one as out of memory.
            data = handle.read(size + 1)
            if len(data) > size:  # it grew: the rest, up to the limit
                data += handle.read(request.limits.max_bytes + 1 - len(data))
    if not data:
        raise Refused("the file is empty")
    if len(data) > request.limits.max_bytes:
        raise Refused("larger than {megabytes} MB", megabytes=request.limits.max_bytes // 1024**2)
    return data


# --- PDF ---------------------------------------------------------------------------------------------
def _parse_pdf(data: bytes, request: ParseRequest, result: Parsed, deadline: float) -> None:
    from casebinder.infra.qt import pdfium

    active, reader = _inspect_structure(data, request.pdf_password)
    light = None
    if reader is not None:
        from casebinder.infra.parsing.light_page import light_first_page

        light = light_first_page(reader, THUMBNAIL_SIZE, request.limits.max_megapixels * 1_000_000)
    pdf = pdfium.read_pdf(data, None, THUMBNAIL_SIZE, light, STAMP_BAND)
    encrypted = pdf.error == "password"
    if encrypted:
        if not request.pdf_password:
            raise Refused("password-protected PDF: give its password to import it", needs_password=True)
        pdf = pdfium.read_pdf(data, request.pdf_password, THUMBNAIL_SIZE, band_points=STAMP_BAND)
        if pdf.error == "password":
            raise Refused("wrong password for this PDF", needs_password=True)
    if pdf.error:
        structure = _pypdf_page_count(data, request.pdf_password)
        if isinstance(structure, str):
            raise Refused("damaged PDF: {structure}", structure=structure)
        result.page_count = structure
        result.notes.append("no preview: the PDF is damaged in a way the previewer cannot read")
    else:
        result.page_count = pdf.page_count
        result.text = pdf.text
        result.thumbnail = pdf.thumbnail
        result.text_method = "pdf" if pdf.text.strip() else "none"
        result.foot_busy = "".join("1" if busy else "0" for busy in pdf.foot_busy)
    if result.page_count == 0:
        raise Refused("the PDF has no pages")
    if result.page_count and result.page_count > request.limits.max_pages:
        raise Refused("more than {max_pages} pages", max_pages=request.limits.max_pages)
    if encrypted:
        result.notes.append("password-protected: stored encrypted as received; the password was not kept")
    result.notes += active
    if not result.text.strip() and not pdf.error and result.page_count:
        if request.text_later and not encrypted and tesseract_available():
            result.text_method = TEXT_LATER  # its pages are pictures: read once it has landed
        else:
            _ocr_pdf(data, request.pdf_password if encrypted else None, request.limits, result, deadline)


def _inspect_structure(data: bytes, password: str | None) -> tuple[list[str], Any]:
    """One pypdf pass before PDFium: refuse decompression bombs, and note active content.

    Each page's Flate content streams are inflated with a cap, since PDFium would inflate them without one.
    Active content (never run by Casebinder, stripped from exported packets) is returned as a note.
    Structural trouble is left for the readers that follow to report. The reader is returned for reuse
    (None when pypdf could not read the file).
    """
    import zlib

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt(password or "")
        else:
            for page in reader.pages:
                _check_page_streams(page, zlib)
        return _active_content(reader), reader
    except Refused:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError, zlib.error):
        return [], None


def _check_page_streams(page: Any, zlib: Any) -> None:
    contents: Any = page.get("/Contents")
    if contents is None:
        return
    contents = contents.get_object()
    streams = [c.get_object() for c in contents] if isinstance(contents, list) else [contents]
    for stream in streams:
        if stream.get("/Filter") != "/FlateDecode":
            continue
        inflater = zlib.decompressobj()
        inflater.decompress(stream._data, MAX_STREAM_INFLATE)
        if inflater.unconsumed_tail:
            limit = MAX_STREAM_INFLATE // 1024**2
            raise Refused(
                "damaged PDF: a compressed stream expands beyond {limit} MB (decompression bomb)", limit=limit
            )


def _pypdf_page_count(data: bytes, password: str | None) -> int | str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt(password or "")
        return len(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError) as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        return first_line[:200]


def _active_content(reader: Any) -> list[str]:
    """What in the PDF could act on its own."""
    found: list[str] = []
    root: Any = reader.trailer["/Root"].get_object()
    names_ref = root.get("/Names")
    names: Any = names_ref.get_object() if names_ref is not None else {}
    if "/OpenAction" in root or "/AA" in root:
        found.append("an action that runs on opening")
    if "/JavaScript" in names:
        found.append("JavaScript")
    if "/EmbeddedFiles" in names:
        found.append("embedded files")
    acro = root.get("/AcroForm")
    if acro is not None and "/XFA" in acro.get_object():
        found.append("an XFA form")
    if not found:
        return []
    return [f"contains {', '.join(found)}: kept in the original, never run, stripped from exported packets"]


def _ocr_pdf(data: bytes, password: str | None, limits: Limits, result: Parsed, deadline: float) -> None:
    if not tesseract_available():
        result.notes.append("no text: scanned pages (install Tesseract to make them searchable)")
        return
    from casebinder.infra.qt import pdfium

    texts = []
    count = min(result.page_count or 0, limits.ocr_pages)
    for index in range(count):
        if time.monotonic() > deadline:
            result.notes.append(f"text read (OCR) from the first {index} pages only: time limit")
            break
        image = pdfium.render_pdf_page_for_ocr(data, index, password, dpi=200)
        texts.append(_tesseract(image, deadline))
    result.text = "\n\f".join(texts)
    result.text_method = "ocr" if result.text.strip() else "none"
    if count < (result.page_count or 0):
        result.notes.append(f"text read (OCR) from the first {count} pages only")


def read_text(request: ReadTextRequest) -> TextRead | Refusal:
    """The words of a scan or photo that landed with its text left for later (``ParseRequest.text_later``):
    the same OCR an import does, on the stored bytes."""
    deadline = time.monotonic() + request.limits.seconds * 0.9
    if not tesseract_available():
        return Refusal("no text: install Tesseract to read text in photos and scans")
    result = Parsed(request.media_type, len(request.data), "")
    if request.media_type == "application/pdf":
        pages = _pypdf_page_count(request.data, None)
        if isinstance(pages, str):
            return Refusal("damaged PDF: {structure}", structure=pages)
        result.page_count = pages
        _ocr_pdf(request.data, None, request.limits, result, deadline)
    elif request.media_type in IMAGE_TYPES:
        _parse_image(request.data, request.limits, result, deadline)
    else:
        return Refusal("no words to read in this kind of file")
    method = "ocr" if result.text.strip() and result.text_method == "ocr" else "none"
    return TextRead(result.text[:MAX_TEXT_CHARS], method, tuple(result.notes))


# --- images ------------------------------------------------------------------------------------------
def _parse_image(data: bytes, limits: Limits, result: Parsed, deadline: float, later: bool = False) -> None:
    from PIL import Image, ImageOps, UnidentifiedImageError

    register_heif()
    Image.MAX_IMAGE_PIXELS = None  # we check the declared size ourselves, before any decoding
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > limits.max_megapixels * 1_000_000:
                megapixels = width * height / 1e6
                raise Refused(
                    "image larger than {max_megapixels} megapixels ({megapixels})",
                    max_megapixels=limits.max_megapixels,
                    megapixels=round(megapixels),
                )
            frames = getattr(image, "n_frames", 1)
            result.page_count = frames
            result.taken = _exif_date(image)
            ocr = tesseract_available()
            reading = ocr and not later  # read later: only the thumbnail now, from a reduced decode
            if not reading and image.format == "JPEG":  # only the thumbnail is wanted: decode at 1/4 or 1/8
                image.draft("RGB" if image.mode == "RGB" else image.mode, (THUMBNAIL_SIZE * 2,) * 2)
            image.load()
            upright = ImageOps.exif_transpose(image)  # a new image (a copy when already upright)
            preview = upright.convert("RGB") if upright.mode not in ("RGB", "L") else upright
    except Refused:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as error:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise Refused("damaged image: {detail}", detail=detail) from None
    if reading:
        result.text = _tesseract(_pgm(preview), deadline)
        result.text_method = "ocr" if result.text.strip() else "none"
    elif ocr:
        result.text_method = TEXT_LATER
    else:
        result.notes.append("no text: install Tesseract to read text in photos and scans")
    preview.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
    buffer = io.BytesIO()
    preview.save(buffer, format="JPEG", quality=80)
    result.thumbnail = buffer.getvalue()


def _exif_date(image: Any) -> str:
    """The day a photo was taken (EXIF DateTimeOriginal, else DateTime), ISO; "" when absent or odd."""
    try:
        exif = image.getexif()
        stamp = exif.get_ifd(0x8769).get(36867) or exif.get(306) or ""
        year, month, day = (int(part) for part in str(stamp)[:10].split(":"))
        return dt.date(year, month, day).isoformat()
    except (ValueError, TypeError, KeyError, AttributeError, OSError, SyntaxError):
        return ""


def _pgm(image: Any) -> bytes:
    """The image for Tesseract as uncompressed grey (PGM), which it reads as well as PNG and turns to grey
    anyway: 10 ms for a 12-megapixel photo, where PNG took 1.5 s, twice Tesseract's own time."""
    buffer = io.BytesIO()
    (image if image.mode == "L" else image.convert("L")).save(buffer, format="PPM")
    return buffer.getvalue()


# --- text and e-mail -------------------------------------------------------------------------------------
def _decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


class _TextOfHtml(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    return "".join(parser.parts).strip()


def _parse_email(data: bytes, result: Parsed) -> None:
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not (message["From"] or message["Subject"]):
        raise Refused("not a readable e-mail message")
    date = ""
    try:
        parsed_date = message["Date"].datetime if message["Date"] else None
        date = parsed_date.date().isoformat() if parsed_date else ""
    except (AttributeError, TypeError, ValueError):
        date = ""
    result.email = EmailInfo(
        sender=str(message["From"] or ""),
        recipients=str(message["To"] or ""),
        subject=str(message["Subject"] or ""),
        date=date,
    )
    body = message.get_body(preferencelist=("plain", "html"))
    text = ""
    if body is not None:
        try:
            content = body.get_content()
        except (LookupError, ValueError):
            content = body.get_payload(decode=True) or b""
        if isinstance(content, bytes):
            content = content.decode("utf-8", errors="replace")
        text = html_to_text(content) if body.get_content_type() == "text/html" else str(content)
    info = result.email
    sent = str(message["Date"] or "")  # as the message gives it, time and zone included: when it was sent
    header = f"From: {info.sender}\nTo: {info.recipients}\n" + (f"Date: {sent}\n" if sent else "")
    header += f"Subject: {info.subject}\n\n"
    result.text, result.text_method, result.page_count = header + text, "email", 1
    for index, part in enumerate(message.iter_attachments()):
        if index >= MAX_ATTACHMENTS:
            result.notes.append(f"only the first {MAX_ATTACHMENTS} attachments were imported")
            break
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload:
            continue
        name = Path(part.get_filename() or f"attachment {index + 1}").name
        result.attachments.append((name, payload))


# --- OCR -----------------------------------------------------------------------------------------------
def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def _tesseract(image: bytes, deadline: float) -> str:
    """OCR through the tesseract command, image on stdin and text on stdout: no temporary files."""
    remaining = max(1.0, deadline - time.monotonic())
    exe = shutil.which("tesseract")
    if exe is None:
        return ""
    try:
        run = subprocess.run(
            [exe, "stdin", "stdout", "-l", "eng"],
            input=image,
            capture_output=True,
            timeout=remaining,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return ""
    return run.stdout.decode("utf-8", errors="replace") if run.returncode == 0 else ""
