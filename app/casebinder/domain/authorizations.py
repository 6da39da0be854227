"""Papers that lapse: who may act for the patient, who may see their records, and the insurer's approvals.

An authorized-representative form lets a caregiver appeal; a HIPAA authorization lets a provider or insurer
send records to them; a power of attorney may cover both; CMS-1696 (Medicare's appointment of representative)
is valid for one year from the day it is signed. A prior authorization approves a number of units over a
window (Botox for chronic migraine is re-authorized injection cycle by cycle, every 12 weeks), and the
renewal has to be asked for before the window closes. Each warns ahead of its date. Pure: no I/O.
"""

import datetime as dt
from dataclasses import dataclass

from casebinder.domain.enums import AuthorizationKind

# How long before a paper lapses to warn: a form is signed again in days; a renewal of a prior
# authorization goes through the plan's review (up to 15 days for a standard pre-service request, 29 CFR
# 2560.503-1(f)(2)(iii)(A), and an extension may add 15 more), so it is asked for three weeks ahead.
WARN_DAYS = {
    AuthorizationKind.PRIOR_AUTHORIZATION: 21,
    AuthorizationKind.RE_AUTHORIZATION: 21,
}
DEFAULT_WARN_DAYS = 30
CMS_1696_YEARS = 1  # "valid for one year from the date it is signed" (form CMS-1696, its instructions)


@dataclass(frozen=True)
class Lapse:
    """When a paper stops being good, and from when to say so."""

    expires: dt.date
    warn_from: dt.date
    derived: bool  # the expiry was worked out (CMS-1696: signed + 1 year), not typed from the paper

    def status(self, today: dt.date) -> str:
        """expired, expiring (inside the warning window), or valid."""
        if today > self.expires:
            return "expired"
        return "expiring" if today >= self.warn_from else "valid"


def lapse(
    kind: AuthorizationKind, starts: dt.date | None, expires: dt.date | None, cycle_weeks: int | None = None
) -> Lapse | None:
    """The paper's lapse: its own expiry date; for CMS-1696 one year from signing; for a prior or
    re-authorization of a treatment given in cycles (Botox every 12 weeks: ``cycle_weeks``, from the
    procedure's template) the end of the cycle it starts; None when it has none (a power of attorney often
    has no end date)."""
    derived = False
    if expires is None and kind is AuthorizationKind.CMS_1696 and starts is not None:
        expires = _years_later(starts, CMS_1696_YEARS) - dt.timedelta(days=1)
        derived = True
    cycled = kind in (AuthorizationKind.PRIOR_AUTHORIZATION, AuthorizationKind.RE_AUTHORIZATION)
    if expires is None and cycled and cycle_weeks and starts is not None:
        expires = starts + dt.timedelta(weeks=cycle_weeks, days=-1)
        derived = True
    if expires is None:
        return None
    warn = WARN_DAYS.get(kind, DEFAULT_WARN_DAYS)
    return Lapse(expires, expires - dt.timedelta(days=warn), derived)


def _years_later(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later; 29 February becomes 1 March (a year from it, counted in days)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)
