"""The bundled samples: the seed documents encoded faithfully, golden JSON, every figure kept."""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import attrs
import jsonschema
import pytest

from aidmodel import (
    Ledger,
    Money,
    Programme,
    from_json,
    json_schema,
    parse_rmb_upper,
    samples,
    to_json,
)
from aidmodel.model import Provenance
from sample_support import SEEDS, figures, money_values, seed_text, walk

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_samples  # noqa: E402

#: Which samples each seed document gives.
SEED_SAMPLES = {
    "000": ("shizhong-ebian-2025",),
    "001": ("keqiao-ebian-2025",),
    "002": ("qujiang-pingwu-2018", "qingbaijiang-jiulong-2018"),
    "003": ("liangjiang-pengshui-2020",),
    "004": ("binjiang-jianshi-2018",),
}
#: Figures that look like money to the pattern but are not (explained in the builders).
NOT_MONEY = {"002": {"1万"}}  # 受助人员1万余人次: people, kept as an achievement in 人次

BUILT = build_samples.build_all()


def test_names_are_the_six_seed_programmes() -> None:
    assert samples.names() == tuple(sorted(n for names in SEED_SAMPLES.values() for n in names))


@pytest.mark.parametrize("name", samples.names())
def test_bundled_json_is_what_the_builders_write(name: str) -> None:
    # The golden file of the wire format: a change of format is a visible diff.
    # Regenerate with: python tools/build_samples.py
    assert samples.text(name) == build_samples.render(BUILT[name])
    assert (ROOT / "examples" / "samples" / f"{name}.json").read_text("utf-8") == samples.text(name)


@pytest.mark.parametrize("name", samples.names())
def test_sample_round_trips_and_matches_the_schema(name: str) -> None:
    programme = samples.load(name)
    assert programme == BUILT[name]
    assert from_json(to_json(programme), Programme) == programme
    jsonschema.Draft202012Validator(json_schema()).validate(json.loads(samples.text(name)))


def test_bundled_ledger_is_what_its_builder_writes_and_matches_the_schema() -> None:
    # The golden file of the ledger's wire format; regenerate with python tools/build_samples.py
    (name, ledger), *rest = build_samples.build_ledgers().items()
    assert rest == []
    path = ROOT / "src" / "aidmodel" / "samples" / "data" / "ledgers" / f"{name}.json"
    assert path.read_text("utf-8") == build_samples.render(ledger)
    assert samples.ledger(name) == ledger
    jsonschema.Draft202012Validator(json_schema(Ledger)).validate(
        json.loads(path.read_text("utf-8"))
    )
    assert ledger.programme == samples.load(name).title


@pytest.mark.parametrize("seed", sorted(SEED_SAMPLES))
def test_every_money_figure_of_the_seed_is_in_its_samples(seed: str) -> None:
    values: set[Money] = set()
    for name in SEED_SAMPLES[seed]:
        values |= money_values(samples.load(name))
    missing = [
        written
        for written, amount in figures(seed_text(seed))
        if amount not in values and written not in NOT_MONEY.get(seed, set())
    ]
    assert missing == []


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("seed", sorted(SEED_SAMPLES))
def test_texts_are_written_where_their_provenance_points(seed: str) -> None:
    lines = seed_text(seed).splitlines()
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    checked = 0
    for name in SEED_SAMPLES[seed]:
        for element in walk(samples.load(name)):
            provenance = getattr(element, "provenance", None)
            if not isinstance(provenance, Provenance):
                continue
            assert provenance.source == path.name
            assert provenance.lines.stop - 1 <= len(lines)
            text = getattr(element, "text", None)
            if isinstance(text, str) and not isinstance(element, Programme):
                written = _squeeze("".join(lines[i - 1] for i in provenance.lines))
                assert _squeeze(text) in written, (type(element).__name__, text)
                checked += 1
    assert checked > 0


# -- what each document says, table tests -------------------------------------------------


def test_shizhong_ebian_totals_as_written() -> None:
    p = samples.load("shizhong-ebian-2025")
    assert p.declared_total == Money.from_wan(766)
    assert p.declared_total_upper is not None
    assert parse_rmb_upper(p.declared_total_upper) == p.declared_total
    assert sum(s.amount for s in p.fund_sources if s.amount) == p.declared_total
    assert p.document_number == "峨边府办函〔2025〕1号"
    assert len(p.projects) == 16
    declared = {s.title: s.declared_count for s in p.sections if s.declared_count is not None}
    assert sum(declared.values()) == 15  # the document's counts, not the 16 it lists
    talent = next(s for s in p.sections if "人才" in s.title)
    assert talent.declared_count == 3
    assert sum(1 for project in p.projects if project.section == talent.id) == 4


def test_keqiao_ebian_prints_item_ten_twice() -> None:
    p = samples.load("keqiao-ebian-2025")
    numbers = [project.number for project in p.projects]
    assert numbers.count("10.") == 2
    assert p.declared_total == Money.from_wan("3952.310194")
    assert sum(project.amount for project in p.projects if project.amount) == p.declared_total
    school = [project for project in p.projects if project.number == "10."][1]
    assert sorted(share.amount.to_wan() for share in school.funding) == [
        Decimal("52.310194"),
        Decimal("910"),
    ]


def test_liangjiang_pengshui_table() -> None:
    p = samples.load("liangjiang-pengshui-2020")
    assert p.recipient.name == "彭水苗族土家族自治县"
    assert len(p.projects) == 17
    assert sum(project.amount for project in p.projects if project.amount) == Money.from_wan(5487)
    split = next(
        share for project in p.projects for share in project.funding if len(share.parts) == 3
    )
    assert sum(part.amount for part in split.parts) == split.amount
    assert not p.fund_source("2019").in_total


def test_binjiang_jianshi_attachment_one_as_written() -> None:
    p = samples.load("binjiang-jianshi-2018")
    table = p.section("attachment-1")
    assert table.declared_amount == Money.from_wan(5005)
    assert [share.amount.to_wan() for share in table.declared_funding] == [
        Decimal("2000"),
        Decimal("2705"),
    ]
    school = next(project for project in p.projects if "下坝中心小学" in project.name)
    assert school.amount == Money.from_wan(530)
    assert sum(share.amount for share in school.funding) == Money.from_wan(230)
    assert p.section("attachment-2").declared_amount == Money.from_wan(39242)


def test_bulletin_gives_two_summaries_with_achievements() -> None:
    qujiang = samples.load("qujiang-pingwu-2018")
    assert qujiang.recipient.name == "平武县"
    metrics = {a.text for a in qujiang.achievements if a.text}
    assert any("1400余个" in text for text in metrics)
    assert samples.load("qingbaijiang-jiulong-2018").achievements


def test_samples_hold_no_float_and_no_sub_fen_money() -> None:
    for name in samples.names():
        for value in walk(samples.load(name)):
            assert not isinstance(value, float)
            if isinstance(value, Money):
                assert value.yuan == value.yuan.quantize(Decimal("0.01"))
            if attrs.has(type(value)):
                attrs.validate(value)  # every validator passes on what was loaded
