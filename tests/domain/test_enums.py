"""The vocabularies: every label belongs to its own vocabulary, and ids and labels both parse back."""

from enum import EnumMeta

import pytest

from casebinder.domain import enums
from casebinder.domain.enums import CorrespondenceMethod, Labelled, Paper

VOCABULARIES = sorted(
    (
        v
        for v in vars(enums).values()
        if isinstance(v, EnumMeta) and issubclass(v, Labelled) and v is not Labelled
    ),
    key=lambda v: v.__name__,
)


def test_each_label_is_written_for_an_id_of_its_own_vocabulary() -> None:
    names = {v.__name__: v for v in VOCABULARIES}
    for owner, labels in enums._LABELS.items():
        assert owner in names, f"labels for a vocabulary that does not exist: {owner}"
        assert set(labels) <= set(names[owner].values()), f"{owner}: labels for ids it does not have"


def test_the_same_id_in_two_vocabularies_keeps_two_meanings() -> None:
    assert CorrespondenceMethod.LETTER.label == "Letter", "a way to send mail, not a paper size"
    assert Paper.LETTER.label == "US Letter"


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_ids_and_labels_parse_back_and_labels_are_distinct(vocabulary: type[Labelled]) -> None:
    labels = [member.label for member in vocabulary]
    assert len(set(labels)) == len(labels), f"two members of {vocabulary.__name__} read the same"
    for member in vocabulary:
        assert vocabulary.parse(member.value) is member
        assert vocabulary.parse(member.label) is member
    with pytest.raises(ValueError, match="choose from"):
        vocabulary.parse("no such thing")
