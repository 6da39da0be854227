"""Procedure template ids, and the free-text names that map to them.

The checklist templates behind these ids live in ``casebinder/data/checklists/``; the ids are a contract of
the CLI (``case add --procedure``) and must never be renamed.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Procedure:
    id: str
    label: str
    keywords: tuple[str, ...]  # each a regex matched against lower-cased free text


PROCEDURES: tuple[Procedure, ...] = (
    Procedure(
        "blepharoplasty", "Upper-eyelid blepharoplasty / ptosis repair", (r"blephar", r"eyelid", r"ptosis")
    ),
    Procedure("botox-migraine", "Botox for chronic migraine", (r"(botox|onabotulinum).*migraine",)),
    Procedure(
        "botox-dystonia", "Botox for cervical dystonia", (r"(botox|onabotulinum).*(dystonia|torticollis)",)
    ),
    Procedure(
        "botox-hyperhidrosis",
        "Botox for hyperhidrosis",
        (r"(botox|onabotulinum).*(hyperhidrosis|sweat)",),
    ),
    Procedure(
        "septoplasty",
        "Septoplasty / functional rhinoplasty",
        (r"septo", r"functional rhino", r"deviated septum"),
    ),
    Procedure(
        "breast-reduction",
        "Reduction mammaplasty",
        (r"breast reduction", r"reduction mammapl", r"mammaplasty"),
    ),
    Procedure(
        "reconstruction-mastectomy",
        "Reconstruction after mastectomy (WHCRA)",
        (r"mastectomy", r"breast reconstruction"),
    ),
    Procedure("reconstruction-trauma", "Reconstruction after trauma", (r"trauma", r"injury", r"accident")),
)

BY_ID = {p.id: p for p in PROCEDURES}


def procedure_name(text: str) -> str:
    """The procedure in words for a header, letter or packet: a bare template id (``case add --procedure
    blepharoplasty`` stores what was typed) reads as its template's name, anything else as written."""
    template = BY_ID.get(text.strip().lower())
    return template.label if template is not None else text


def match_procedure(text: str) -> Procedure | None:
    """The template a procedure's free-text name refers to, if any (an exact id always matches)."""
    wanted = text.strip().lower()
    if wanted in BY_ID:
        return BY_ID[wanted]
    for procedure in PROCEDURES:
        if any(re.search(pattern, wanted) for pattern in procedure.keywords):
            return procedure
    return None
