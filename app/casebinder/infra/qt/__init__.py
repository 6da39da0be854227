"""The Qt adapters: the only modules below ``ui/`` that use Qt, because Qt is the tool for pages.

- :mod:`.application`: the application object Qt needs for fonts, and whether a display exists;
- :mod:`.pages`: pages Casebinder makes (cover, index, summary tables, dividers, the demo's letters), drawn
  with QPainter into QPdfWriter, in memory;
- :mod:`.pdfium`: reading PDFs with QtPdf (PDFium): text, thumbnails, preview pixels. Untrusted bytes: it
  runs inside a parser worker only.

Importing this package applies the refcount guard PySide6 6.12 needs on CPython 3.11 (see ``qtcompat``).
"""

from casebinder.qtcompat import make_none_immortal

make_none_immortal()  # before any PySide6 call
