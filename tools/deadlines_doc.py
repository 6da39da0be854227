"""Write docs/deadlines.md from the rule data, so the page and the app can never disagree.

.venv/bin/python tools/deadlines_doc.py           # rewrite the page
.venv/bin/python tools/deadlines_doc.py --check   # exit 1 if the page is out of date (the suite runs this)
"""

import sys
import textwrap
from pathlib import Path

from generated import write_or_check

from casebinder.domain.rules import Rule, Rulebook
from casebinder.infra.rulebook import denial_notice_elements, rulebook

OUT = Path(__file__).resolve().parent.parent / "docs" / "deadlines.md"

COUNTS = {
    "notice": "the date on the notice",
    "receipt": "the day you received it",
    "presumed-receipt": "receipt, presumed {days} days after the notice's date",
    "event": "the day it happened (a request: the day it was sent)",
}

INTRO = """\
Casebinder computes deadlines from what happened in your case (the *milestones*: denial received, appeal
submitted, decision received...), using the federal baseline rules below. Every deadline it shows names the
rule, the regulation it comes from, its effective date, and the date it was counted from ("65 days from the
date on the notice, 2026-03-02"): hover over it in the app, or see `counted_from` in `deadlines --json`. The
data lives in `app/casebinder/data/rules/appeals.json` (version {version}, checked {checked}) and
`states.json`; both are validated when the app starts: a rule without a source or a plain-language line is
refused. This page is generated from them by `tools/deadlines_doc.py`.

## How dates are counted

- **Two dates per notice.** A milestone keeps the date *printed on the notice* (`event add --dated`) and the
  day it *arrived* or happened (`--on`); either may be given alone. Each rule counts from one of them:
  - *the date on the notice*: Medicare Advantage and Part D plan appeals, Medicaid appeals, continuation of
    benefits and the State fair hearing. If only the day it arrived is known, that day is used and the
    deadline says it may be later than the law counts: enter the notice's date.
  - *the day you received it*: private plans. If only the notice's date is known, that date is used: the
    earlier, safe answer, and the deadline says so.
  - *presumed receipt*: Original Medicare, and the ALJ, Council and court steps of every Medicare ladder,
    count from receipt, presumed 5 days after the notice's date unless shown otherwise. The earlier of the
    presumed day and the day you entered is used (a later arrival would need proof).
- **Days** are calendar days. **Business days** skip Saturdays, Sundays and federal holidays.
- **Hours** (urgent, expedited) run from the time you enter. With no time of day, the clock starts at the
  beginning of that day: the earliest it can have started, so the deadline is never later than the law's.
- **External review** (private insurance): four calendar months; if that date does not exist (October 31 + 4
  months), the first day of the fifth month; if it falls on a Saturday, Sunday or federal holiday, the next
  day that is none of these. Federal holidays are computed from 5 U.S.C. 6103, including observed dates.
- **Weekends in Medicare.** The Medicare regulations do not move a filing deadline that falls on a weekend or
  holiday, so Casebinder does not move it later; only the external review rule above rolls forward, because
  its source says so.
- **Extensions.** Where a plan may take longer if it tells you in time (`event add --kind extension-notice`),
  its deadline moves by the extension, once; a notice that comes after the deadline does not move it.
- **Late decisions.** A deadline for the plan that passes without a decision shows **overdue**; a decision
  recorded after the deadline shows **decided late**, with what that allows (for private plans, *deemed
  exhaustion*: you may go straight to external review, unless the lapse was de minimis).
- **What States decide.** A case records its State (`case add --state NY`). A figure the law leaves to States
  uses the State's value where `states.json` knows it, with its source; otherwise the most cautious value
  the federal rule allows, and the deadline says so.
- **Plan type not known.** A case whose plan type is "I don't know" (`--plan-type unknown`) follows the
  private insurance ladder, but every deadline of yours to file is at most 60 days: the shortest time to
  file an appeal of any plan type (Medicaid managed care, 42 CFR 438.402(c)(2)(ii); Medicare Part D, 42 CFR
  423.582(b)). Each such deadline says so; setting the plan type shows its own date.
"""


CHECKLISTS = " ".join(
    (
        "Each stage has a checklist of the documents it needs (`app/casebinder/data/checklists/base.json`:",
        "for an internal appeal, the denial letter, your appeal letter, a letter of medical necessity,",
        "clinical",
        "records, the history of failed alternatives, a request for the claim file, proof of submission, and",
        "an authorized-representative form when a caregiver files), plus the evidence insurers usually look",
        "for by procedure (one file per template in `app/casebinder/data/checklists/`). Documents of a",
        "matching kind are suggested; an item counts as done once you link a document or mark it done.",
    )
)
DENIAL_CHECK = " ".join(
    (
        "`denial-check` lists what a denial notice must state under the rules of the case's kind of plan,",
        "with",
        "the regulation for each, what you can ask for when your letter lacks it, and the next step on that",
        "ladder:",
    )
)


def conditions(rule: Rule) -> str:
    parts = [
        rule.outcome.value if rule.outcome else "",
        "urgent" if rule.urgent else "",
        {"pre": "pre-service", "post": "post-service", "part-b-drug": "Part B drug"}.get(
            rule.service or "", ""
        ),
        f"{rule.levels} level plan" if rule.levels else "",
        "final internal level" if rule.final_internal else "",
        f"at {'/'.join(rule.at)}" if rule.at else "",
        f"from {rule.effective:%Y-%m-%d}" if rule.effective.year >= 2020 else "",
        f"until {rule.until:%Y-%m-%d}" if rule.until else "",
    ]
    extra = ", ".join(p for p in parts if p)
    return f"{rule.on.value}" + (f" ({extra})" if extra else "")


def render(book: Rulebook, checked: str) -> str:
    lines = [
        "# Appeal stages, deadlines and checklists",
        "",
        f"> **Not legal advice.** {book.disclaimer}",
        "",
        INTRO.format(version=book.version, checked=checked),
    ]
    for ladder in book.ladders.values():
        rules = [r for r in book.rules if r.ladder == ladder.id]
        lines += [
            f"## {ladder.label}",
            "",
            "Plan types: " + ", ".join(f"`{p}`" for p in ladder.plans),
            "",
            "Stages: " + " → ".join(s.label for s in ladder.stages),
            "",
            "| milestone | who acts | deadline | counted from | rule | source |",
            "|---|---|---|---|---|---|",
        ]
        for rule in rules:
            who = "you" if rule.deadline == "file" else "plan / reviewer"
            if rule.optional:
                who += " (optional)"
            period = rule.period.describe()
            if rule.state_value:
                value = book.state_values[rule.state_value]
                period = f"{value.default}–{value.high} days, set by the State"
            if rule.extension:
                period += f" (+{rule.extension.describe()} if extended)"
            counted = COUNTS[rule.counts_from].format(days=rule.presumed_days)
            cells = (conditions(rule), who, f"{period}: {rule.label}", counted, f"`{rule.id}`", rule.source)
            lines.append("| " + " | ".join(cells) + " |")
        lines += [
            "",
            f"If the plan is late: {ladder.overdue} ({ladder.overdue_source})",
            "",
            f"If it decides late: {ladder.decided_late}",
            "",
            "In plain words, and notes:",
            "",
        ]
        for rule in rules:
            note = f" {rule.note}" if rule.note else ""
            lines.append(f"- `{rule.id}`: {rule.plain}{note}")
        lines.append("")
    lines += ["## Figures each State sets", ""]
    for value in book.state_values.values():
        known = ", ".join(f"{code}: {v} ({source})" for code, (v, source) in sorted(value.states.items()))
        lines += [
            f"- **{value.label}**: {value.low} to {value.high} {value.unit} ({value.default_source}). "
            f"Without the State's figure, {value.default} {value.unit} is used. "
            + (f"Known: {known}." if known else "No State's figure has been checked into the data yet.")
        ]
    lines += [
        "",
        "## Checklists",
        "",
        *textwrap.wrap(CHECKLISTS, 110),
        "",
        "## Denial-letter check",
        "",
        *textwrap.wrap(DENIAL_CHECK, 110),
        "",
    ]
    for family in denial_notice_elements()["families"].values():
        plans = ", ".join(f"`{p}`" for p in family["plans"])
        lines.append(f"- {plans}: {family['rules']}. Next step: {family['next_step']}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    import json

    from casebinder.resources import resource

    checked = json.loads(resource("rules", "appeals.json").read_text(encoding="utf-8")).get("checked", "")
    return write_or_check(OUT, render(rulebook(), checked), argv, "tools/deadlines_doc.py")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
