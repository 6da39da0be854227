"""Sensible defaults for an imported file, from its name and media type; the user can always change them."""

import datetime as dt
import re
from pathlib import PurePath

from casebinder.domain.enums import DocumentKind

_KIND_HINTS: tuple[tuple[str, DocumentKind], ...] = (
    (r"denial|denied|adverse|\beob\b|explanation.of.benefits", DocumentKind.DENIAL),
    (r"approv", DocumentKind.APPROVAL),
    (r"\blmn\b|medical.necessity", DocumentKind.MEDICAL_NECESSITY),
    (r"visual.field|test|lab|result", DocumentKind.TEST_RESULT),
    (r"x-?ray|\bmri\b|\bct\b|imaging|scan", DocumentKind.IMAGING),
    (r"receipt|invoice|\bbill\b", DocumentKind.RECEIPT),
    (r"estimate|quote", DocumentKind.ESTIMATE),
    (r"appeal", DocumentKind.APPEAL_LETTER),
    (r"prior.?auth|pre.?auth|precert", DocumentKind.PRIOR_AUTH_REQUEST),
    (r"booklet|benefits|\bsbc\b|policy|coverage", DocumentKind.POLICY),
    (r"clinic|visit|note|consult", DocumentKind.CLINICAL_NOTE),
    (r"confirmation|receipt.of.submission|tracking", DocumentKind.PROOF_OF_SUBMISSION),
)


def guess_kind(filename: str, media_type: str) -> DocumentKind:
    name = PurePath(filename).stem.lower().replace("_", " ")
    for pattern, kind in _KIND_HINTS:
        if re.search(pattern, name):
            return kind
    if media_type.startswith("image/"):
        return DocumentKind.PHOTO
    return DocumentKind.OTHER


def title_from_filename(filename: str) -> str:
    stem = PurePath(filename).stem
    words = re.sub(r"[_\-\s]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else "Untitled document"


# --- the date a document bears, and its own title ---------------------------------------------------------
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month_name>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TEXT_DATES = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),  # November 20, 2026
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),  # 20 November 2026
    re.compile(rf"\b{_YEAR}-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)\b"),  # 2026-11-20
    re.compile(rf"\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/{_YEAR}\b"),  # 11/20/2026 (US order)
)
_NAME_DATES = (
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-_. ]?(?P<month>[01]\d)[-_. ]?(?P<day>[0-3]\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<month>[01]?\d)[-_. ](?P<day>[0-3]?\d)[-_. ](?P<year>(?:19|20)\d\d)(?!\d)"),
)
# Dates on a letter that are not the letter's own: the patient's birth, the service, a deadline.
_NOT_THE_LETTERS = re.compile(
    r"birth|\bdob\b|born|service|\bdos\b|admi|discharg|effective|expir|deadline|by\b|before|within|until|"
    r"received|submitted|appeal (?:by|must)",
    re.IGNORECASE,
)
_LETTER_HEAD_LINES = 40


def _date_of(match: re.Match[str]) -> dt.date | None:
    parts = match.groupdict()
    month = _MONTHS[parts["month_name"].lower()] if parts.get("month_name") else int(parts["month"])
    try:
        return dt.date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None


def date_in_filename(filename: str) -> dt.date | None:
    """An ISO (2026-11-20, 2026_11_20, 20261120) or US (11-20-2026) date in a file's name."""
    stem = PurePath(filename).stem
    for pattern in _NAME_DATES:
        for match in pattern.finditer(stem):
            found = _date_of(match)
            if found is not None:
                return found
    return None


def date_in_letter(text: str) -> dt.date | None:
    """The date a letter bears: its date line ("Date: ...", or a line that is only a date), else the
    first date near the top not on a line about something else (birth, service, a deadline)."""
    head = [line.strip() for line in text.splitlines()[:_LETTER_HEAD_LINES] if line.strip()]
    fallback: dt.date | None = None
    for line in head:
        for pattern in _TEXT_DATES:
            match = pattern.search(line)
            if match is None:
                continue
            found = _date_of(match)
            if found is None:
                continue
            rest = (line[: match.start()] + line[match.end() :]).strip(" \t:,.-")
            if rest.lower() in ("", "date", "dated", "date of this notice", "date of notice", "notice date"):
                return found  # a date line
            if fallback is None and not _NOT_THE_LETTERS.search(line):
                fallback = found
    return fallback


_HEADING_WORDS = re.compile(
    r"notice|determination|denial|decision|letter|appeal|explanation|statement|report|result|"
    r"authori[sz]ation|request|summary|estimate|invoice|receipt|policy|certificate|record|review|"
    r"necessity|referral|prescription|visual field|confirmation",
    re.IGNORECASE,
)
_REGARDING = re.compile(r"^(?:re|subject|regarding)\s*:\s*(?P<title>.{4,100})$", re.IGNORECASE)


def title_from_text(text: str) -> str | None:
    """A document's own title: its "Re:" or "Subject:" line, else its first heading (a line in capitals
    that names a kind of paper: "NOTICE OF ADVERSE BENEFIT DETERMINATION"), in sentence case."""
    head = [line.strip() for line in text.splitlines()[:_LETTER_HEAD_LINES] if line.strip()]
    for line in head:
        match = _REGARDING.match(line)
        if match:
            return match.group("title").strip()
    for line in head:
        letters = [c for c in line if c.isalpha()]
        words = line.split()
        if (
            2 <= len(words) <= 12
            and len(line) <= 90
            and len(letters) >= 0.7 * len(line.replace(" ", ""))
            and all(c.isupper() for c in letters)
            and _HEADING_WORDS.search(line)
        ):
            return line[:1].upper() + line[1:].lower()
    return None


_CAMERA_NAMES = re.compile(r"^(?:img|dsc|dscn|pxl|mvimg|photo|image|scan|screenshot|document)[\W_]*\d", re.I)


def is_camera_name(filename: str) -> bool:
    """ "IMG_4471", "PXL_20261120_...", "Scan 12": names a device gave, which say nothing of the paper."""
    return bool(_CAMERA_NAMES.match(PurePath(filename).stem))
