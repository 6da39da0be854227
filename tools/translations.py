"""Collect every string the app shows into the translators' template, app/casebinder/data/translations.

    .venv/bin/python tools/translations.py          # run pyside6-lupdate; write casebinder.ts
    .venv/bin/python tools/translations.py --check  # fail when the template lacks a string (a test runs this)

What it reads: every ``tr("…")`` and ``QT_TR_NOOP("…")`` in ``app/casebinder/ui`` (``pyside6-lupdate`` parses
the Python), the fixed vocabularies of ``casebinder.domain.enums`` (document kinds, plan types and their
one-line explanations…), which the UI translates under their class's name (``i18n.label_of``), and the
texts of the data files (rules, checklists, procedures), under ``data`` (``i18n.data_text``), and the
sentences the use cases compose (errors, how a deadline was counted), under ``messages``
(``i18n.phrase_text``; ``tools/messages.py`` finds them).

To translate: copy ``casebinder.ts`` to ``casebinder_<locale>.ts`` (``casebinder_es.ts``), fill it in with Qt
Linguist (``pyside6-linguist``), then ``pyside6-lrelease casebinder_es.ts`` beside it; the app loads
``casebinder_<locale>.qm`` for the system's language at start, with Qt's own (standard buttons, file dialogs).
"""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import messages
from generated import write_or_check

from casebinder.domain.enums import Labelled, PlanType

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "app" / "casebinder" / "ui"
FOLDER = ROOT / "app" / "casebinder" / "data" / "translations"
OUT = FOLDER / "casebinder.ts"
ENGLISH = FOLDER / "casebinder_en.ts"
ENGLISH_QM = FOLDER / "casebinder_en.qm"
NUMERUS = re.compile(
    r'(<message numerus="yes">\s*<source>([^<]*)</source>\s*)<translation type="unfinished">'
    r"(?:\s*<numerusform></numerusform>)+\s*</translation>",
    re.S,
)
SINGULAR = re.compile(r"\n *<message>.*?</message>", re.S)  # a message without plural forms
EMPTY_CONTEXT = re.compile(r"<context>\s*<name>[^<]*</name>\s*</context>\n", re.S)


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease`` beside this Python (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6)")
    return found


def _vocabularies() -> list[type[Labelled]]:
    found: list[type[Labelled]] = []
    pending = list(Labelled.__subclasses__())
    while pending:
        kind = pending.pop(0)
        found.append(kind)
        pending += kind.__subclasses__()
    return sorted(found, key=lambda kind: kind.__name__)


DATA_KEYS = (
    "label",
    "plain",
    "if_missing",
    "next_step",
    "note",
    "overdue",
    "decided_late",
    "unit",
    "default_note",
)  # what of the data files a person reads


def data_texts() -> list[str]:
    """The texts of the package's data the UI shows through ``i18n.data_text``: deadline rules, checklist
    items, stages, denial-notice elements (each file's ``label``, ``plain``, ``if_missing``, ``next_step``),
    the procedures' names; the overdue and State notes of rules.json and states.json."""
    import json

    from casebinder.domain.procedures import PROCEDURES

    found: dict[str, None] = {}

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key in DATA_KEYS and isinstance(inner, str) and inner:
                    found[inner] = None
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    data = ROOT / "app" / "casebinder" / "data"
    for path in sorted([*(data / "checklists").glob("*.json"), *(data / "rules").glob("*.json")]):
        walk(json.loads(path.read_text(encoding="utf-8")))
    for procedure in PROCEDURES:
        found[procedure.label] = None
    return list(found)


def vocabulary_source() -> str:
    """Python that lupdate reads: one ``translate(class, label)`` per vocabulary member (never run)."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for kind in _vocabularies():
        for member in kind:
            lines.append(f"QCoreApplication.translate({kind.__name__!r}, {member.label!r})")
    for plan in PlanType:
        lines.append(f"QCoreApplication.translate('PlanType', {plan.explanation!r})")
    for text in data_texts():
        lines.append(f"QCoreApplication.translate('data', {text!r})")
    for template in messages.templates():  # errors, deadline explanations, timeline titles
        count = ", None, 1" if template.plural else ""
        lines.append(f"QCoreApplication.translate('messages', {template.text!r}{count})")
    return "\n".join(lines) + "\n"


def render() -> str:
    sources = sorted(str(path) for path in UI.rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        vocabulary = Path(folder) / "vocabulary.py"
        vocabulary.write_text(vocabulary_source(), encoding="utf-8")
        template = Path(folder) / "casebinder.ts"
        subprocess.run(
            [
                qt_tool("pyside6-lupdate"),
                "-silent",
                "-locations",
                "none",
                "-source-language",
                "en_US",
                *sources,
                str(vocabulary),
                "-ts",
                str(template),
            ],
            check=True,
        )
        return template.read_text(encoding="utf-8")


def english(template: str) -> str:
    """The English catalogue: only the plural forms ("%n day(s)" → "1 day", "2 days"), which the code's own
    strings cannot carry; the app always loads it, under any other language's."""

    def forms(match: re.Match[str]) -> str:
        source = match.group(2)
        one, many = source.replace("(s)", ""), source.replace("(s)", "s")
        return (
            f"{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{many}</numerusform>\n        </translation>"
        )

    plurals = EMPTY_CONTEXT.sub("", SINGULAR.sub("", template))
    english_ts = NUMERUS.sub(forms, plurals)
    return english_ts.replace('sourcelanguage="en_US"', 'language="en" sourcelanguage="en_US"', 1)


def compiled(english_ts: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder) / "casebinder_en.ts", Path(folder) / "casebinder_en.qm"
        source.write_text(english_ts, encoding="utf-8")
        subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(out)], check=True)
        return out.read_bytes()


def main(argv: list[str]) -> int:
    template = render()
    english_ts = english(template)
    problems = write_or_check(OUT, template, argv, "tools/translations.py")
    problems |= write_or_check(ENGLISH, english_ts, argv, "tools/translations.py")
    return problems | write_or_check(ENGLISH_QM, compiled(english_ts), argv, "tools/translations.py")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
