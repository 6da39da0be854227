"""Work asked of the parser workers besides import: an image exhibit as PDF pages, a page to preview.

Plain picklable values only: the requests cross into a worker process, the answers come back. The work itself
is :mod:`casebinder.services.page_images` (images) and :mod:`casebinder.qtrender` (PDF pages), run inside
the worker by :func:`casebinder.services.parsing.handle`.
"""

from dataclasses import dataclass, field

from casebinder.services.parsing import Limits

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


@dataclass(frozen=True)
class ExhibitPages:
    pdf: bytes
    pages: int


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
