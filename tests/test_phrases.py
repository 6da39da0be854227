"""Sentences made below the UI keep their template apart from their values, so the app can translate them."""

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from casebinder.domain.enums import DocumentKind
from casebinder.errors import InvalidInput
from casebinder.phrases import Phrase, data_said, restored, said, stored

ROOT = Path(__file__).resolve().parents[1]


def _messages_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("messages", ROOT / "tools" / "messages.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("messages", module)
    spec.loader.exec_module(module)
    return module


def test_a_phrase_reads_as_english_with_iso_dates_and_labels() -> None:
    line = said("Notice: {title} (dated {date})", title="Denial", date=dt.date(2026, 3, 2))
    assert str(line) == "Notice: Denial (dated 2026-03-02)"
    assert str(said("{kind}: {title}", kind=DocumentKind.DENIAL, title="x")) == "Denial letter or EOB: x"
    assert str(said("at {moment}", moment=dt.datetime(2026, 3, 2, 14, 5))) == "at 2026-03-02 14:05"
    assert str(said("braces {{kept}} for {who}", who="{user's own braces}")) == (
        "braces {kept} for {user's own braces}"
    )
    assert str(said("no values: {not a field}")) == "no values: {not a field}", (
        "never formatted without values"
    )


def test_counts_take_their_english_plural() -> None:
    assert str(said("%n day(s)", n=1)) == "1 day"
    assert str(said("%n day(s)", n=65)) == "65 days"
    assert str(said("{period} from {which}", period=said("%n hour(s)", n=72), which="x")) == "72 hours from x"


def test_an_empty_phrase_is_false_as_an_empty_string_is() -> None:
    assert not Phrase("")
    assert said("x")


def test_a_stored_phrase_comes_back_whole() -> None:
    inner = said("%n day(s)", n=3)
    line = said(
        "{kind} {when} {day} {inner} {note} {count}",
        kind=DocumentKind.TEST_RESULT,
        when=dt.datetime(2026, 3, 2, 9, 30),
        day=dt.date(2026, 3, 2),
        inner=inner,
        note=data_said("Medicaid State fair hearing window"),
        count=7,
    )
    back = restored(stored(line=line)).get("line")
    assert back == line
    assert back is not None
    assert dict(back.values)["note"].context == "data"
    assert restored("") == {}
    assert restored("{not json") == {}, "a damaged stored phrase shows the English title instead"


def test_a_translation_naming_a_field_it_was_not_given_falls_back_to_english() -> None:
    line = said("Call with {who}", who="Dana")
    assert line.filled(str, "Appel avec {qui}") == "Call with Dana"
    assert line.filled(str, "Appel avec {who}") == "Appel avec Dana"


def test_an_error_keeps_its_template_and_reads_as_english() -> None:
    error = InvalidInput("document {document_id} is not part of case {case_id}", document_id=7, case_id=2)
    assert str(error) == "document 7 is not part of case 2"
    assert error.phrase.template == "document {document_id} is not part of case {case_id}"
    assert str(InvalidInput("plain, with {braces}")) == "plain, with {braces}"


def test_no_error_below_the_ui_is_given_a_sentence_already_composed() -> None:
    """An f-string (or +, .format, str()) reaches the UI as English no catalogue has: give the template and
    its values instead (``raise InvalidInput("no case with id {case_id}", case_id=case_id)``)."""
    assert _messages_tool().unmarked() == []


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('raise NotFound(f"no case with id {case_id}")', True),
        ('raise Special("the disk " + name)', True),
        ('raise NotFound("no case {id}".format(id=case_id))', True),
        ("raise NotFound(str(error))", True),
        ('raise NotFound("no case with id {case_id}", case_id=case_id)', False),
        ("raise NotFound(error.phrase)", False),
        ('raise ValueError(f"not ours: {x}")', False),
    ],
)
def test_the_check_finds_composed_sentences_in_errors(tmp_path: Path, source: str, flagged: bool) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "errors.py").write_text(
        "class CasebinderError(Exception): pass\nclass NotFound(CasebinderError): pass\n"
        "class Special(NotFound): pass\n",
        encoding="utf-8",
    )
    (package / "use.py").write_text(f"def f():\n    {source}\n", encoding="utf-8")
    tool = _messages_tool()
    assert bool(tool.unmarked(package)) is flagged
    templates = [t.text for t in tool.templates(package)]
    assert ("no case with id {case_id}" in templates) is (not flagged and "case_id=" in source)
