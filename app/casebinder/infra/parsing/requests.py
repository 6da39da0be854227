"""What the parser workers are asked, and what they answer: import facts, exhibit pages, preview pages.

Plain picklable values only: the requests cross into a worker process, the answers come back. The work itself
is :mod:`.readers` (import), :mod:`.page_images` (images) and :mod:`casebinder.infra.qt.pdfium` (PDF
pages), run inside the worker by :func:`casebinder.infra.parsing.readers.handle`.
"""

from dataclasses import dataclass, field
from typing import Any

from casebinder.phrases import Phrase, said


@dataclass(frozen=True)
class Limits:
    seconds: float = 30.0
    memory_mb: int = 1536
    max_bytes: int = 1024**3
    max_pages: int = 5000
    max_megapixels: int = 120
    ocr_pages: int = 30


@dataclass(frozen=True)
class ParseRequest:
    name: str
    path: str | None = None
    data: bytes | None = None
    pdf_password: str | None = None
    limits: Limits = field(default_factory=Limits)
    # scans and photos: leave OCR for later (text_method "later") so the file lands in a fraction of the
    # time; ReadTextRequest reads it afterwards. A locked PDF is read now: its password is not kept.
    text_later: bool = False


TEXT_LATER = "later"  # the text_method of a file whose words are still to be read (OCR after the import)


@dataclass(frozen=True)
class ReadTextRequest:
    """The words of a stored scan or photo, by OCR: the reading an import left for later."""

    name: str
    data: bytes
    media_type: str
    limits: Limits = field(default_factory=lambda: Limits(seconds=300))


@dataclass(frozen=True)
class TextRead:
    text: str
    method: str  # "ocr", or "none" when no words were found
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class EmailInfo:
    sender: str
    recipients: str
    subject: str
    date: str  # ISO date, or "" when the Date header is missing or unreadable


@dataclass
class Parsed:
    media_type: str
    size: int
    sha256: str
    page_count: int | None = None
    text: str = ""
    text_method: str = "none"  # pdf, ocr, plain, email, none, or later (TEXT_LATER)
    thumbnail: bytes | None = None  # JPEG
    notes: list[str] = field(default_factory=list)
    email: EmailInfo | None = None
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    taken: str = ""  # a photo's EXIF date, ISO, or ""
    foot_busy: str = ""  # a PDF's pages, "1" where content reaches the stamp's band, "0" where clear


@dataclass(frozen=True, init=False)
class Refusal:
    """Why a file was not read, as a phrase the app translates (``reason`` is the English), and whether its
    password would open it. Crosses from the reader process by pickle, as every answer does."""

    said: Phrase
    needs_password: bool = False

    def __init__(self, reason: "str | Phrase", needs_password: bool = False, **values: Any) -> None:
        phrase = reason if isinstance(reason, Phrase) else said(reason, **values)
        object.__setattr__(self, "said", phrase)
        object.__setattr__(self, "needs_password", needs_password)

    @property
    def reason(self) -> str:
        return str(self.said)


class Refused(Exception):
    def __init__(self, reason: "str | Phrase", needs_password: bool = False, **values: Any) -> None:
        self.refusal = Refusal(reason, needs_password, **values)
        super().__init__(self.refusal.reason)


PRINT_DPI = 300  # images in a packet: sharp on paper, never camera-sized


@dataclass(frozen=True)
class ExhibitPagesRequest:
    """A photo or scan (every page of a multi-page TIFF) as PDF pages of ``paper_points``, captioned."""

    name: str
    data: bytes
    caption: str
    paper_points: tuple[float, float]
    dpi: int = PRINT_DPI
    limits: Limits = field(default_factory=Limits)
    marks: tuple[tuple[int, tuple[float, float, float, float]], ...] = ()  # 0-based frame -> box burnt in


@dataclass(frozen=True)
class ExhibitPages:
    pdf: bytes
    pages: int


STAMP_BAND = 30.0  # points at the foot of a page where the packet's stamp goes (it sits 10-19 pt up)


@dataclass(frozen=True)
class FootBandsRequest:
    """Which pages of a PDF have content in the band where the packet's stamp would go.

    Measured by drawing only that band of each page at low resolution (PDFium clips the rest): about
    half a millisecond a page. The export shrinks those pages into the margin; the others stay as they are.
    """

    name: str
    data: bytes
    password: str | None = None
    band_points: float = STAMP_BAND
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True)
class FootBands:
    busy: tuple[bool, ...]  # per page, in order: True when something is drawn in the band


Box = tuple[float, float, float, float]  # left, top, right, bottom: fractions of the page, from the top left
REDACTION_DPI = 200  # a redacted page is redrawn as one picture at this resolution, the boxes burnt in


@dataclass(frozen=True)
class RedactPagesRequest:
    """The pages of a PDF that need redacting, redrawn as pictures with black boxes burnt in: over every
    match of ``patterns`` (regular expressions, case-insensitive) in the page's text and over ``marks``
    (0-based page index -> boxes). Nothing of the page survives but its pixels, so no text or image data
    is left under a box."""

    name: str
    data: bytes
    password: str | None
    patterns: tuple[str, ...]
    marks: tuple[tuple[int, Box], ...]
    dpi: int = REDACTION_DPI
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True)
class RedactedPages:
    pages: tuple[tuple[int, bytes], ...]  # 0-based page index -> a one-page PDF that replaces it
    found: tuple[tuple[int, str, int], ...]  # (page index, pattern, matches) for the export's summary


PREVIEW_MAX_PX = 2400  # a preview page's longest side, at most: sharp on a 4K screen, small over a pipe


@dataclass(frozen=True)
class PreviewRequest:
    """Page ``page`` of a document drawn ``width`` pixels wide (0: its natural size, capped).

    ``data`` may be None when the worker already holds the document with this ``sha256`` (it keeps the
    last one it was sent, so turning pages does not resend 50 MB); it answers ``NeedData`` otherwise.
    """

    name: str
    sha256: str
    media_type: str
    data: bytes | None
    page: int = 0
    width: int = 0
    password: str | None = None
    limits: Limits = field(default_factory=lambda: Limits(seconds=20))


@dataclass(frozen=True)
class NeedData:
    """The worker does not hold that document (it is new, or a fresh worker): send the bytes."""


@dataclass(frozen=True)
class PreviewPage:
    """Raw 8-bit RGB pixels: nothing the app decodes. ``sizes`` are every page's size in points."""

    page: int
    page_count: int
    width: int
    height: int
    rgb: bytes
    sizes: tuple[tuple[float, float], ...]
