"""When a paper lapses and from when it warns: its own date, CMS-1696 a year from signing, none at all."""

import datetime as dt

from casebinder.domain.authorizations import lapse
from casebinder.domain.enums import AuthorizationKind

D = dt.date


def test_cms_1696_is_good_for_a_year_from_signing_and_warns_a_month_ahead() -> None:
    found = lapse(AuthorizationKind.CMS_1696, D(2026, 3, 2), None)
    assert found is not None
    assert found.derived
    assert found.expires == D(2027, 3, 1)
    assert found.warn_from == D(2027, 1, 30)
    assert [found.status(day) for day in (D(2027, 1, 29), D(2027, 1, 30), D(2027, 3, 1), D(2027, 3, 2))] == [
        "valid", "expiring", "expiring", "expired",
    ]  # fmt: skip
    leap = lapse(AuthorizationKind.CMS_1696, D(2024, 2, 29), None)
    assert leap is not None
    assert leap.expires == D(2025, 2, 28)


def test_a_date_on_the_paper_wins_and_a_prior_authorization_warns_three_weeks_ahead() -> None:
    typed = lapse(AuthorizationKind.CMS_1696, D(2026, 3, 2), D(2026, 9, 1))
    assert typed is not None
    assert (typed.expires, typed.derived) == (D(2026, 9, 1), False)
    window = lapse(AuthorizationKind.PRIOR_AUTHORIZATION, D(2026, 1, 5), D(2026, 3, 30))
    assert window is not None
    assert window.warn_from == D(2026, 3, 9)


def test_a_paper_without_an_end_never_lapses() -> None:
    assert lapse(AuthorizationKind.POWER_OF_ATTORNEY, D(2020, 1, 1), None) is None
    assert lapse(AuthorizationKind.CMS_1696, None, None) is None  # unsigned: nothing to count from


def test_a_treatment_given_in_cycles_is_reauthorized_each_cycle() -> None:
    botox = lapse(AuthorizationKind.PRIOR_AUTHORIZATION, D(2026, 1, 5), None, cycle_weeks=12)
    assert botox is not None
    assert (botox.expires, botox.derived) == (D(2026, 3, 29), True)  # 12 weeks, the start day counted
    assert lapse(AuthorizationKind.PRIOR_AUTHORIZATION, D(2026, 1, 5), None) is None  # no cycle known
    assert lapse(AuthorizationKind.HIPAA, D(2026, 1, 5), None, cycle_weeks=12) is None  # not an approval
