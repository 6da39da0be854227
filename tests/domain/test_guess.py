"""The date a document bears and its own title, read from its text and name (pure rules)."""

import datetime as dt

import pytest

from casebinder.domain import guess


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Sunridge denial letter 2026 11 20.pdf", dt.date(2026, 11, 20)),
        ("2026-03-02 EOB.pdf", dt.date(2026, 3, 2)),
        ("eob_20260302.pdf", dt.date(2026, 3, 2)),
        ("letter 11-20-2026.pdf", dt.date(2026, 11, 20)),
        ("letter 3.7.2026.pdf", dt.date(2026, 3, 7)),
        ("IMG_4471.jpg", None),
        ("claim 2026 13 45.pdf", None),  # not a date
    ],
)
def test_a_date_in_a_file_name(name: str, expected: dt.date | None) -> None:
    assert guess.date_in_filename(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sunridge\nDate of birth: 01/02/1950\nNovember 20, 2026\nDear member", dt.date(2026, 11, 20)),
        ("Date: 2026-02-14\nRe: your claim", dt.date(2026, 2, 14)),
        ("20 March 2026\nDear Ms Doe", dt.date(2026, 3, 20)),
        ("Dear member,\nwe wrote to you on Sept. 3, 2026 about", dt.date(2026, 9, 3)),
        ("Date of service: 10/02/2026\nYou must appeal by 12/31/2026", None),
        ("nothing here", None),
    ],
)
def test_the_date_a_letter_bears(text: str, expected: dt.date | None) -> None:
    assert guess.date_in_letter(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SUNRIDGE HEALTH PLAN\nNOTICE OF DENIAL OF COVERAGE\n", "Notice of denial of coverage"),
        ("Dr. Lee\nRe: Letter of medical necessity for Botox\n", "Letter of medical necessity for Botox"),
        ("SUNRIDGE HEALTH PLAN\nDear member", None),
        ("", None),
    ],
)
def test_a_documents_own_title(text: str, expected: str | None) -> None:
    assert guess.title_from_text(text) == expected


def test_camera_names_are_recognised() -> None:
    assert guess.is_camera_name("IMG_4471.JPG")
    assert guess.is_camera_name("PXL_20261120_101500.jpg")
    assert not guess.is_camera_name("Sunridge denial.pdf")
