"""How a letter template is filled: markers for blank required fields, no silent gaps, safe values."""

import pytest

from casebinder.domain.letters import LetterField, marked, markers_in, missing_fields, quote, substitute
from casebinder.infra.letter_templates import letter_fields, letter_rights, letter_templates

FIELDS = {"member_id": LetterField("member_id", "member ID", "Case > Edit the case")}


def test_a_blank_required_field_becomes_a_marker_and_is_listed_with_how_to_fill_it() -> None:
    values = marked({"member_id": "  ", "insurer": "Evergreen"}, ("member_id",), FIELDS)
    assert values == {"member_id": "[missing: member ID]", "insurer": "Evergreen"}
    [missing] = missing_fields({"member_id": ""}, ("member_id",), FIELDS)
    assert (missing.label, missing.fill) == ("member ID", "Case > Edit the case")
    assert missing_fields({"member_id": "EVG-1"}, ("member_id",), FIELDS) == []


def test_markers_left_in_an_edited_text_are_found_once_each_in_order() -> None:
    text = "Dear [missing: doctor's name],\n[missing: member ID] and again [missing: doctor's name]"
    assert markers_in(text) == ["doctor's name", "member ID"]
    assert markers_in("Dear Dr. Raman, member ID EVG-1") == []


def test_an_unknown_placeholder_is_a_template_mistake_not_a_silent_gap() -> None:
    with pytest.raises(ValueError, match="member_idd"):
        substitute("Member {member_idd}", {"member_id": "EVG-1"})


def test_empty_sections_leave_one_blank_line_and_hard_breaks_stay() -> None:
    body = "{head}\n\n{section}\n\n\n{tail}\n"
    text = substitute(body, {"head": "Sam  \nfor Harold", "section": "", "tail": "Sincerely,"})
    assert text == "Sam  \nfor Harold\n\nSincerely,\n"


def test_values_cannot_start_markdown_formatting() -> None:
    assert quote("*urgent* [see] | #1") == r"\*urgent\* \[see\] \| \#1"
    assert quote("two\n\nparagraphs") == "two paragraphs"


def test_every_template_declares_known_required_fields_and_has_a_body() -> None:
    fields = letter_fields()
    ids = [t.id for t in letter_templates()]
    assert ids == [
        "internal-appeal",
        "claim-file-request",
        "lmn-request",
        "external-review-request",
        "insurance-department-complaint",
        "authorized-representative",
        "estimate-request",
    ]
    for template in letter_templates():
        assert template.body.strip(), template.id
        assert set(template.required) <= set(fields), template.id


def test_the_claim_file_rights_cite_the_erisa_rule_only_where_it_applies() -> None:
    employer = letter_rights("employer-self-funded")["claim_file"]
    assert "29 CFR 2560.503-1(h)(2)(iii)" in employer
    assert "(m)(8)" in employer
    assert "2560.503-1" not in letter_rights("medicare-advantage")["claim_file"]
    assert "438.406(b)(5)" in letter_rights("medicaid")["claim_file"]
