"""Medical history, treatments tried and costs: kept whole, checked on the way in, printed in the packet."""

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from casebinder.domain.enums import CostKind, TreatmentKind
from casebinder.domain.models import Cost, Treatment
from casebinder.errors import InvalidInput, NotFound
from casebinder.infra.sources import Source
from casebinder.usecases import medical
from casebinder.usecases.importing import import_files
from casebinder.usecases.packet import PacketOptions, export_packet, select_documents
from casebinder.vault import Vault
from tests import inputs
from tests.helpers import new_case

D = dt.date


def test_records_round_trip_in_order_and_update_and_delete(vault: Vault) -> None:
    case_id = new_case(vault)
    medical.add(vault, case_id, medical.TreatmentFields("Propranolol 80 mg", started=D(2024, 6, 1)))
    first = medical.add(
        vault,
        case_id,
        medical.TreatmentFields(
            " Topiramate 50 mg ", TreatmentKind.MEDICATION, D(2024, 1, 10), D(2024, 5, 1), "no relief"
        ),
    ).record
    assert [t.name for t in medical.list_treatments(vault, case_id)] == [
        "Topiramate 50 mg",
        "Propranolol 80 mg",
    ]
    assert isinstance(first, Treatment)
    assert first.id is not None
    medical.update(vault, first.id, medical.TreatmentFields("Topiramate 100 mg", outcome="side effects"))
    [changed, _] = medical.list_treatments(vault, case_id)
    assert (changed.name, changed.outcome, changed.started) == ("Topiramate 100 mg", "side effects", None)
    assert medical.delete(vault, Treatment, first.id).case_id == case_id
    assert [t.name for t in medical.list_treatments(vault, case_id)] == ["Propranolol 80 mg"]
    with pytest.raises(NotFound, match="no treatment with id"):
        medical.delete(vault, Treatment, first.id)
    history = medical.HistoryFields("Chronic migraine", "G43.709", D(2019, 3, 1), "18 headache days a month")
    medical.add(vault, case_id, history)
    assert [(h.condition, h.code) for h in medical.list_history(vault, case_id)] == [
        ("Chronic migraine", "G43.709")
    ]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (medical.HistoryFields("  "), "needs the condition"),
        (medical.TreatmentFields(""), "needs a name"),
        (
            medical.TreatmentFields("x", started=D(2024, 5, 1), ended=D(2024, 1, 1)),
            "cannot end before it started",
        ),
        (medical.CostFields(D(2026, 1, 1), "", 100), "needs a description"),
        (medical.CostFields(D(2026, 1, 1), "Copay", -1), "cannot be negative"),
    ],
)
def test_bad_records_are_refused_with_a_reason(vault: Vault, fields: medical.Fields, message: str) -> None:
    case_id = new_case(vault)
    with pytest.raises(InvalidInput, match=message):
        medical.add(vault, case_id, fields)
    assert medical.list_history(vault, case_id) == []
    assert medical.list_costs(vault, case_id) == []


def test_a_cost_links_only_to_a_document_of_its_own_case(vault: Vault) -> None:
    case_id, other = new_case(vault), new_case(vault, title="Another case")
    [step] = import_files(vault, other, [Source(name="receipt.pdf", data=inputs.text_pdf("Receipt $45"))])
    with pytest.raises(InvalidInput, match="is not part of case"):
        medical.add(
            vault,
            case_id,
            medical.CostFields(D(2026, 1, 1), "Copay", 4500, document_id=step.outcome.document_id),
        )


@pytest.mark.parametrize(
    ("text", "cents"), [("1,234.50", 123450), ("$80", 8000), ("80.5", 8050), (".99", 99), ("0", 0)]
)
def test_amounts_parse_to_cents(text: str, cents: int) -> None:
    assert medical.parse_amount(text) == cents


@pytest.mark.parametrize("text", ["", "12.345", "-5", "1.2.3", "ten", "1e3"])
def test_amounts_that_are_not_amounts_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="not an amount"):
        medical.parse_amount(text)


def test_totals_per_kind_and_money_format() -> None:
    from casebinder.domain.costs import totals_by_year

    costs = [
        Cost(case_id=1, date=D(2026, 1, 1), description="a", amount_cents=123450, kind=CostKind.BILLED),
        Cost(case_id=1, date=D(2026, 1, 2), description="b", amount_cents=4500, kind=CostKind.PAID),
        Cost(case_id=1, date=D(2026, 1, 3), description="c", amount_cents=1005, kind=CostKind.PAID),
    ]
    [year] = totals_by_year(medical.cost_line(c) for c in costs)
    assert (year.billed, year.paid, year.estimates) == (123450, 5505, 0)
    assert medical.money(123450) == "$1,234.50"
    assert medical.money(5) == "$0.05"


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (installed by .ci/run)")
def test_the_packet_prints_the_tables_only_when_there_is_data(vault: Vault, tmp_path: Path) -> None:
    case_id = new_case(vault)
    [step] = import_files(vault, case_id, [Source(name="receipt.pdf", data=inputs.text_pdf("Receipt $45"))])
    documents = select_documents(vault, case_id)
    bare = tmp_path / "bare.pdf"
    list(export_packet(vault, case_id, bare, documents, PacketOptions()))
    assert not {"Medical history", "Treatments tried", "Costs"} & set(_bookmarks(bare))

    medical.add(vault, case_id, medical.HistoryFields("Chronic migraine", "G43.709", D(2019, 3, 1)))
    medical.add(vault, case_id, medical.TreatmentFields("Topiramate 50 mg", outcome="cognitive side effects"))
    receipt = medical.CostFields(D(2026, 1, 3), "Neurology copay", 4500, document_id=step.outcome.document_id)
    medical.add(vault, case_id, receipt)
    medical.add(
        vault, case_id, medical.CostFields(D(2026, 2, 1), "Botox, in office", 48000, CostKind.ESTIMATE)
    )
    full = tmp_path / "full.pdf"
    list(export_packet(vault, case_id, full, documents, PacketOptions()))
    marks = _bookmarks(full)
    assert [m for m in marks if m in ("Medical history", "Treatments tried", "Costs")] == [
        "Medical history",
        "Treatments tried",
        "Costs",
    ]
    text = subprocess.run(
        ["pdftotext", "-layout", str(full), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    costs_page = pages[_bookmarks(full)["Costs"]]
    assert "Neurology copay" in costs_page
    assert "Exhibit 1" in costs_page
    assert "2026: paid out of pocket" in costs_page
    assert "$45.00" in costs_page
    assert "2026: written estimates" in costs_page
    assert "$480.00" in costs_page
    assert "G43.709" in pages[_bookmarks(full)["Medical history"]]
    assert "cognitive side effects" in pages[_bookmarks(full)["Treatments tried"]]

    only_costs = tmp_path / "only.pdf"
    list(export_packet(vault, case_id, only_costs, documents, PacketOptions(sections=("cover", "costs"))))
    assert {"Costs"} == {"Medical history", "Treatments tried", "Costs"} & set(_bookmarks(only_costs))


def _bookmarks(path: Path) -> dict[str, int]:
    reader = PdfReader(path)
    return {
        item.title: reader.get_destination_page_number(item)
        for item in reader.outline
        if not isinstance(item, list)
    }


def test_eob_lines_add_up_per_year_toward_the_limits_entered(vault: Vault) -> None:
    case_id = new_case(vault)

    def eob(day: dt.date, billed: int, **parts: int) -> None:
        fields = medical.CostFields(day, "Visit", billed, CostKind.EOB, provider="Neurology", **parts)  # type: ignore[arg-type]
        medical.add(vault, case_id, fields)

    eob(D(2025, 12, 30), 40_000, plan_paid_cents=10_000, deductible_cents=30_000)
    eob(D(2026, 1, 5), 50_000, allowed_cents=30_000, plan_paid_cents=20_000, copay_cents=4_000,
        coinsurance_cents=6_000, not_covered_cents=5_000)  # fmt: skip
    medical.add(vault, case_id, medical.CostFields(D(2026, 1, 6), "Copay paid", 4_000, paid_on=D(2026, 1, 6)))
    medical.set_plan_limits(vault, case_id, 2026, 150_000, 600_000)
    old, new = medical.cost_years(vault, case_id, today=D(2026, 3, 1))
    assert (old.totals.year, old.deductible, old.out_of_pocket) == (2025, None, None)
    assert new.totals.patient_share == 15_000
    assert new.totals.paid == 4_000
    assert new.deductible is not None
    assert new.deductible.reached == 0
    assert new.deductible.limit == 150_000
    assert new.out_of_pocket is not None
    assert new.out_of_pocket.reached == 10_000
    medical.set_plan_limits(vault, case_id, 2026, out_of_pocket_cents=500_000)  # the deductible stays
    new = medical.cost_years(vault, case_id, today=D(2026, 3, 1))[1]
    assert new.deductible is not None
    assert new.out_of_pocket is not None
    assert (new.deductible.limit, new.out_of_pocket.limit) == (150_000, 500_000)
    medical.set_plan_limits(vault, case_id, 2026, forget=True)
    assert medical.cost_years(vault, case_id, today=D(2026, 3, 1))[1].deductible is None


def test_a_limit_for_this_year_shows_the_year_before_any_cost(vault: Vault) -> None:
    case_id = new_case(vault)
    medical.set_plan_limits(vault, case_id, 2026, 50_000)
    [year] = medical.cost_years(vault, case_id, today=D(2026, 2, 1))
    assert year.totals.year == 2026
    assert year.deductible is not None
    assert year.deductible.left == 50_000
    with pytest.raises(InvalidInput, match="not a plan year"):
        medical.set_plan_limits(vault, case_id, 26, 50_000)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        (
            medical.CostFields(D(2026, 1, 1), "EOB", 100, CostKind.EOB, plan_paid_cents=80, copay_cents=30),
            "more than",
        ),
        (medical.CostFields(D(2026, 1, 1), "EOB", 100, CostKind.EOB, allowed_cents=120), "allowed more"),
        (medical.CostFields(D(2026, 1, 1), "Receipt", 100, CostKind.PAID, copay_cents=100), "kind eob"),
    ],
)
def test_an_eob_that_cannot_be_right_is_refused_with_a_reason(
    vault: Vault, fields: medical.CostFields, reason: str
) -> None:
    case_id = new_case(vault)
    with pytest.raises(InvalidInput, match=reason):
        medical.add(vault, case_id, fields)


def test_costs_as_csv_have_every_figure_and_blanks_for_what_was_not_given(vault: Vault) -> None:
    case_id = new_case(vault)
    visit = medical.CostFields(
        D(2026, 1, 5),
        'Visit, "follow-up"',
        50_000,
        CostKind.EOB,
        plan_paid_cents=20_000,
        coinsurance_cents=6_000,
    )
    medical.add(vault, case_id, visit)
    medical.add(vault, case_id, medical.CostFields(D(2026, 1, 6), "Estimate", 480_000, CostKind.ESTIMATE))
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(medical.costs_csv(medical.list_costs(vault, case_id)))))
    assert rows[0]["description"] == 'Visit, "follow-up"'  # quoted as CSV quotes, read back whole
    assert (rows[0]["amount"], rows[0]["plan_paid"], rows[0]["patient_share"]) == (
        "500.00",
        "200.00",
        "60.00",
    )
    assert (rows[0]["copay"], rows[1]["patient_share"], rows[1]["kind"]) == ("", "", "estimate")
