"""Every sentence the use cases compose for the demo case is in the translators' catalogue.

The static check (``tools/messages.py``) finds templates written as literals; this one follows what the app
really shows, so a template chosen from a table or passed through a variable cannot slip past."""

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebinder.domain.enums import EventKind
from casebinder.phrases import JOIN, Phrase
from casebinder.usecases.appeals import case_deadlines
from casebinder.usecases.demo import DemoVault, build_demo
from casebinder.usecases.next_steps import next_steps
from casebinder.usecases.timeline import timeline_index, timeline_rows

CATALOGUE = Path(__file__).parents[2] / "app" / "casebinder" / "data" / "translations" / "casebinder.ts"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoVault]:
    built = build_demo(tmp_path_factory.mktemp("demo") / "Demo.casebinder")
    yield built
    built.vault.close()


def catalogued() -> dict[str, set[str]]:
    sources: dict[str, set[str]] = {}
    for context in ElementTree.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        sources[name] = {message.findtext("source") or "" for message in context.iter("message")}
    return sources


def every_phrase(phrase: Phrase) -> Iterator[Phrase]:
    """The phrase and those inside it; a joining phrase ("{p0}, {p1}") has no words of its own."""
    if phrase and phrase.context != JOIN:
        yield phrase
    for _name, value in phrase.values:
        if isinstance(value, Phrase):
            yield from every_phrase(value)


def test_every_sentence_the_demo_shows_is_catalogued(demo: DemoVault) -> None:
    shown: list[Phrase] = []
    said_kinds: set[EventKind] = set()
    for case_id in demo.case_ids.values():
        ids, _times = timeline_index(demo.vault, case_id)
        for row in timeline_rows(demo.vault, ids):
            if row.said is not None:
                shown.append(row.said)
                said_kinds.add(row.kind)
            if row.said_detail is not None:
                shown.append(row.said_detail)
            shown += row.told
        for item in case_deadlines(demo.vault, case_id):
            shown += [*item.deadline.explained, item.said_alert]
    for step in next_steps(demo.vault):
        shown += [step.said_title, *step.said_detail]
    assert {EventKind.CALL, EventKind.DEADLINE, EventKind.FOLLOW_UP} <= said_kinds, "lines keep their phrase"
    sources = catalogued()
    parts = [part for phrase in shown for part in every_phrase(phrase)]
    assert len(parts) > 50
    missing = sorted(
        {f"{p.context}: {p.template}" for p in parts if p.template not in sources.get(p.context, ())}
    )
    assert missing == [], "run tools/translations.py, and mark templates chosen from a table with marked()"
