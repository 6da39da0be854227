"""Redaction marks: boxes the user draws on an exhibit's pages, burnt into packets, never into the vault.

The stored document stays as it came (it is the evidence); each export redraws the marked pages as pictures
with the boxes burnt in (:mod:`casebinder.usecases.packet`). Boxes are fractions of the page from its top
left, as the page view shows it, so they hold at any zoom and paper size.
"""

from dataclasses import dataclass

from sqlmodel import col, select

from casebinder.domain.models import Document, RedactionMark
from casebinder.errors import InvalidInput
from casebinder.phrases import said
from casebinder.usecases.changes import Changes
from casebinder.usecases.records import detached, get, get_case
from casebinder.usecases.registry import command, query
from casebinder.usecases.snapshots import delete_whole
from casebinder.vault import Vault


@dataclass(frozen=True)
class MarkFields:
    page: int  # 1-based, as people count pages
    left: float
    top: float
    right: float
    bottom: float
    reason: str = ""

    def checked(self, page_count: int | None) -> "MarkFields":
        if self.page < 1 or (page_count is not None and self.page > page_count):
            pages = f"1 to {page_count}" if page_count else "1 or more"
            raise InvalidInput(
                "page {page} is not a page of this document (pages {pages})", page=self.page, pages=pages
            )
        left, right = sorted((self.left, self.right))
        top, bottom = sorted((self.top, self.bottom))
        if not all(0.0 <= v <= 1.0 for v in (left, top, right, bottom)):
            raise InvalidInput("a box is given in fractions of the page, each from 0 to 1")
        if right - left < 0.002 or bottom - top < 0.002:
            raise InvalidInput("the box is too small to cover anything")
        return MarkFields(self.page, left, top, right, bottom, self.reason.strip())


@command("redaction.add")
def add_mark(vault: Vault, document_id: int, fields: MarkFields) -> Changes:
    """Black out a box on one page of a document, in every packet it goes into."""
    with vault.transaction() as session:
        document = get(session, Document, document_id)
        fields = fields.checked(document.page_count)
        mark = RedactionMark(document_id=document_id, **vars(fields))
        session.add(mark)
        return Changes(case_id=document.case_id, document=True, record=detached(session, mark))


@query("redaction.list")
def list_marks(vault: Vault, case_id: int, document_id: int | None = None) -> list[RedactionMark]:
    """A case's marks (or one document's), by document and page."""
    with vault.session() as session:
        get_case(session, case_id)
        query_ = (
            select(RedactionMark)
            .join(Document, col(Document.id) == col(RedactionMark.document_id))
            .where(col(Document.case_id) == case_id)
        )
        if document_id is not None:
            query_ = query_.where(col(RedactionMark.document_id) == document_id)
        order = (col(RedactionMark.document_id), col(RedactionMark.page), col(RedactionMark.id))
        return list(session.exec(query_.order_by(*order)))


@command("redaction.delete")
def delete_mark(vault: Vault, mark_id: int, *, dry_run: bool = False) -> Changes:
    with vault.transaction() as session:
        mark = get(session, RedactionMark, mark_id)
        document = get(session, Document, mark.document_id)
        what = said("the redaction box on page {page} of “{title}”", page=mark.page, title=document.title)
        snapshot = delete_whole(session, "redaction_mark", mark_id, what, document.case_id, dry_run=dry_run)
    return Changes(case_id=document.case_id, document=not dry_run, undo=snapshot)


BLACKOUT = "\u2588" * 6  # what a match becomes on pages Casebinder draws itself (same width for any match)


class Redactor:
    """The words and patterns a packet redacts, and what became of them, for the export's summary.

    ``terms`` are as the user gave them: plain text (matched case-insensitively, any run of spaces
    matching any other) or ``re:`` and a regular expression (``re:\\d{3}-\\d{2}-\\d{4}`` for numbers shaped
    like a Social Security number). Text Casebinder draws (cover, summaries, dividers, stamps, text and
    e-mail exhibits) has each match replaced; PDF exhibit pages with a match are redrawn as pictures.
    """

    def __init__(self, terms: tuple[str, ...]) -> None:
        import re

        self.terms = terms
        self.patterns: list[str] = []
        for term in terms:
            pattern = term[3:] if term.startswith("re:") else r"\s+".join(map(re.escape, term.split()))
            if not pattern:
                raise InvalidInput("--redact needs some text (or re: and a pattern)")
            try:
                re.compile(pattern)
            except re.error as error:
                raise InvalidInput(
                    "--redact {term!r} is not a pattern Casebinder can read: {error}", term=term, error=error
                ) from None
            self.patterns.append(pattern)
        self._compiled = [re.compile(p, re.IGNORECASE) for p in self.patterns]
        self.drawn = False  # whether text Casebinder draws had a match replaced
        self.pages: dict[str, list[str]] = {term: [] for term in terms}  # term -> "Ex. 2, p. 1" where burnt

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def finds(self, text: str) -> bool:
        return any(regex.search(text) for regex in self._compiled)

    def scrub(self, text: str) -> str:
        for regex in self._compiled:
            text, replaced = regex.subn(BLACKOUT, text)
            self.drawn = self.drawn or bool(replaced)
        return text

    def term_of(self, pattern: str) -> str:
        return self.terms[self.patterns.index(pattern)]

    def notes(self, marked: list[str], unsearched: int) -> tuple[str, ...]:
        """The summary: what was redacted where (pages by exhibit and page of the exhibit)."""
        notes = []
        for term, where in self.pages.items():
            places = f" on {', '.join(where)}" if where else " in no exhibit page"
            notes.append(f"redacted “{term}”{places}")
        if self.drawn:
            notes.append("matches blacked out in the cover, summaries, dividers and text exhibits too")
        if marked:
            notes.append(f"redaction boxes burnt in on {', '.join(marked)}")
        if self.patterns and unsearched:
            notes.append(
                f"{unsearched} photo or scan exhibit(s) not searched for words: draw boxes on them by hand"
            )
        if notes:
            notes.append("redacted pages are pictures only: nothing lies under a box")
        return tuple(notes)
