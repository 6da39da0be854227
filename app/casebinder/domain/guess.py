"""Sensible defaults for an imported file, from its name and media type; the user can always change them."""

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
