"""Pages of a document drawn by a parser worker process, for the preview pane.

PDF and image decoders have crashed on odd files (a fax TIFF took the app down); the app's own process never
decodes a document's bytes. A dedicated worker (one process, its own lane) receives the bytes once and draws
page after page as raw RGB pixels that the pane shows without any decoder. A crash or a hang in the worker
becomes a sentence in the pane; the next request starts a fresh worker.
"""

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject

from casebinder.infra.parsing.requests import NeedData, PreviewPage, PreviewRequest, Refusal
from casebinder.ui.i18n import error_text, tr
from casebinder.ui.tasks import ImmediateRunner, Lane, Runner

Answer = PreviewPage | Refusal


class PreviewRenderer(QObject):
    def __init__(self, threaded: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lane: Runner = Lane("casebinder-preview", self) if threaded else ImmediateRunner(self)
        self._pool: Any = None  # a ParserPool of one worker, started on first use
        self.requests = 0  # pages asked for (tests wait on answers, never on time)
        self.answers = 0

    def page(
        self,
        name: str,
        sha256: str,
        media_type: str,
        read: Callable[[], bytes],
        page: int,
        width: int,
        on_done: Callable[[Answer], None],
        password: str | None = None,
    ) -> None:
        """Draw ``page`` ``width`` pixels wide; ``read`` gives the document's bytes if the worker needs them.

        A newer request replaces one still waiting: only the page the user is looking at gets drawn.
        """
        self.requests += 1
        request = PreviewRequest(name, sha256, media_type, None, page, width, password)

        def work() -> Answer:
            from casebinder.infra.parsing.workers import ParserPool

            if self._pool is None:
                self._pool = ParserPool(1)
            answer = self._pool.parse_one(request)
            if isinstance(answer, NeedData):  # a new document, or a fresh worker after a crash
                answer = self._pool.parse_one(replace(request, data=read()))
            if not isinstance(answer, PreviewPage | Refusal):
                return Refusal(tr("the previewer gave no page"))
            return answer

        def done(answer: Answer) -> None:
            self.answers += 1
            on_done(answer)

        def failed(error: BaseException) -> None:
            self.answers += 1
            on_done(Refusal(error_text(error)))

        self._lane.run(work, done, failed, key="page")

    def close(self) -> None:
        """Stop the worker (on lock and at exit): it holds the last document's bytes."""
        self._lane.drain()
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def stop(self) -> None:
        self.close()
        self._lane.stop()
