"""Plans of the genre the importer has never seen (tests/fixtures/genre), against answer keys
written from their text before any import.

Each plan is compared with its key one aspect at a time, so that a failure is narrow. An aspect
the importer gets wrong today is marked ``xfail(strict=True)`` with what it gets wrong: the
suite stays green, every xfail is a bug report, and a fix that makes one pass turns the suite
red until its mark is removed. See tests/fixtures/genre/README.md for the plans and the keys.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from aidmodel import Commitment, Money, Programme, Section, reconcile
from aidmodel.importers import ImportResult, parse_plan
from import_support import aspect_cases
from import_support import resolve as _resolve

GENRE = Path(__file__).resolve().parent.parent / "fixtures" / "genre"
PLANS = (
    "plan_f_huadu_sandu",
    "plan_g_huli_xiji",
    "plan_h_shanghai_gyantse",
    "plan_i_hexi_zhouqu",
    "plan_j_shijingshan_chayouhouqi",
    "plan_k_beijiao_shijiao",
)
Key = dict[str, Any]


@functools.cache
def _load(name: str) -> tuple[ImportResult, Key]:
    text = (GENRE / f"{name}.txt").read_text(encoding="utf-8")
    key = json.loads((GENRE / f"{name}.expected.json").read_text(encoding="utf-8"))
    return parse_plan(text, source=f"{name}.txt"), key


def _one(result: ImportResult) -> Programme:
    assert len(result.programmes) == 1, [w.message for w in result.warnings if w.line is None]
    return result.programmes[0]


def _yuan(money: Money | None) -> str | None:
    return None if money is None else f"{money.to_yuan():f}"


def _flat(text: str) -> str:
    """Full-width folded (NFKC) and whitespace removed: PDF text spaces and wraps at will."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _line(element: Any) -> int | None:
    provenance = element.provenance
    return None if provenance is None else int(provenance.line_start)


def _holding(programme: Programme) -> list[Section]:
    """Sections that directly hold projects or tasks (the sections of the answer keys)."""
    held = {p.section for p in programme.projects} | {m.section for m in programme.mechanisms}
    return [s for s in programme.walk_sections() if s.id in held]


def _number(programme: Programme, section: str | None) -> str | None:
    return None if section is None else programme.section(section).number


# -- the aspects: each returns (what the import gives, what the key says) --------------------


def _header(result: ImportResult, key: Key) -> tuple[object, object]:
    p = _one(result)
    full = p.donor.full_name or p.donor.name
    donor_ok = key["donor"].endswith(p.donor.name) and full.endswith(key["donor"])
    recipient_ok = bool(p.recipient.name) and key["recipient"].endswith(p.recipient.name)
    return (
        (p.title, p.scheme.value, donor_ok, recipient_ok, p.year),
        (key["title"], key["scheme"], True, True, key["year"]),
    )


def _notice(result: ImportResult, key: Key) -> tuple[object, object]:
    p = _one(result)
    issuer: object = p.issuer
    if "issuers" in key and p.issuer is not None:
        # Joint issuers: the lead in issuer, the others in co_issuers, each told apart.
        issuer = sorted([p.issuer, *p.co_issuers])
        return (p.document_number, issuer, str(p.issue_date)), (
            key["document_number"],
            sorted(key["issuers"]),
            key["issue_date"],
        )
    return (p.document_number, issuer, str(p.issue_date)), (
        key["document_number"],
        key["issuer"],
        key["issue_date"],
    )


def _totals(result: ImportResult, key: Key) -> tuple[object, object]:
    p = _one(result)
    return (
        (_yuan(p.declared_total), p.declared_total_upper, p.declared_project_count),
        (key["declared_total_yuan"], key["declared_total_upper"], key["declared_project_count"]),
    )


def _fund_sources(result: ImportResult, key: Key) -> tuple[object, object]:
    p = _one(result)
    got = [{"label": s.label, "amount_yuan": _yuan(s.amount)} for s in p.fund_sources if s.in_total]
    return got, key["fund_sources"]


def _sections(result: ImportResult, key: Key) -> tuple[object, object]:
    p = _one(result)
    got = [(s.number, s.title, _line(s)) for s in _holding(p)]
    return got, [(s["number"], s["title"], s["line"]) for s in key["sections"]]


def _section_figures(result: ImportResult, key: Key) -> tuple[object, object]:
    """Declared counts and amounts, wherever the key has them (also on parent headings)."""
    p = _one(result)
    wanted = [
        s
        for s in [*key.get("declared", []), *key["sections"]]
        if s["declared_count"] is not None or s["declared_amount_yuan"] is not None
    ]
    by_title = {(s.title, _line(s)): s for s in p.walk_sections()}
    got, expected = [], []
    for s in wanted:
        found = by_title.get((s["title"], s["line"]))
        fields = ("declared_count", "declared_amount_yuan", "declared_total_investment_yuan")
        expected.append((s["title"], *(s.get(f) for f in fields)))
        if found is None:
            got.append((s["title"], "no such section"))
            continue
        ti = _yuan(found.declared_total_investment) if fields[2] in s else None
        got.append((s["title"], found.declared_count, _yuan(found.declared_amount), ti))
    return got, expected


def _projects(result: ImportResult, key: Key) -> tuple[object, object]:
    p = _one(result)
    got = [
        {
            "number": x.number,
            "name": x.name,
            "section": (
                p.section(x.section).title
                if x.section and "section_title" in k
                else _number(p, x.section)
            ),
            "amount_yuan": _yuan(x.amount),
            "line": _line(x),
        }
        for x, k in zip(p.projects, [*key["projects"], *[{}] * len(p.projects)], strict=False)
    ]
    expected = [
        {
            "number": k["number"],
            "name": k["name"],
            "section": k.get("section_title", k["section_number"]),
            "amount_yuan": k["amount_yuan"],
            "line": k["line"],
        }
        for k in key["projects"]
    ]
    return got, expected


_FIELDS: dict[str, Callable[[Any], object]] = {
    "units": lambda x: list(x.units or x.lead_units),
    "locations": lambda x: "、".join(x.locations),
    "start": lambda x: None if x.start is None else str(x.start),
    "deadline": lambda x: None if x.deadline is None else str(x.deadline),
    "owner": lambda x: x.owner,
    "liaisons": lambda x: list(x.liaisons),
    "category": lambda x: x.category,
    "total_investment_yuan": lambda x: _yuan(x.total_investment),
    "funding": lambda x: [(_yuan(f.amount), f.year) for f in x.funding],
    "assets_to": lambda x: list(x.assets_to),
    "dividend": lambda x: (
        None
        if x.dividend is None
        else (
            None if x.dividend.rate is None else f"{x.dividend.rate:f}",
            _yuan(x.dividend.amount),
        )
    ),
}


def _key_field(name: str, value: Any) -> object:
    if name == "locations":
        return "、".join(value)
    if name == "funding":
        return [(f["amount_yuan"], f.get("year")) for f in value]
    if name == "dividend":
        return (value["rate"], value["amount_yuan"])
    return value


def _project_fields(result: ImportResult, key: Key) -> tuple[object, object]:
    """Units, places, dates, owner, liaisons, funding split ... where the key gives them."""
    p = _one(result)
    by_name = {_flat(x.name): x for x in p.projects}
    got, expected = [], []
    for k in key["projects"]:
        x = by_name.get(_flat(k["name"]))
        for field in sorted(set(k) & set(_FIELDS)):
            expected.append((k["name"], field, _key_field(field, k[field])))
            got.append((k["name"], field, "no such project" if x is None else _FIELDS[field](x)))
    return got, expected


def _mechanisms(result: ImportResult, key: Key) -> tuple[object, object]:
    p = _one(result)
    got = [(m.number, m.title, _number(p, m.section), _line(m)) for m in p.mechanisms]
    return got, [
        (m["number"], m["title"], m["section_number"], m["line"]) for m in key["mechanisms"]
    ]


def _commitment_texts(c: Commitment) -> list[str]:
    return [_flat(t) for t in (c.text, *(part.text for part in c.parts)) if t]


def _commitments(result: ImportResult, key: Key) -> tuple[object, object]:
    """Every target phrase of the key is read, in the programme or one of its elements."""
    found: list[str] = []
    for p in result.programmes:
        for element in (*p.projects, *p.mechanisms):
            for c in element.commitments:
                found += _commitment_texts(c)
        for c in p.commitments:
            found += _commitment_texts(c)
    missing = [
        k
        for k in key["commitments"]
        if not any(t and t in _flat(k) and 2 * len(t) >= len(_flat(k)) for t in found)
    ]
    return missing, []


def _money_accounted(result: ImportResult, key: Key) -> tuple[object, object]:
    """The mentions are the key's, and each is used (where it says) or named in a warning."""
    problems = []
    for m in result.amounts:
        if m.used_as is not None:
            value = _resolve(result, m.used_as)
            amounts = {value} if isinstance(value, Money) else set()
            if isinstance(value, Commitment) and value.target.unit == "元":
                t = value.target
                amounts = {Money.from_yuan(v) for v in (t.value, t.high) if v is not None}
            if m.amount not in amounts:
                problems.append((m.line, m.text, f"used as {m.used_as}, which is not it"))
        elif not any(w.line == m.line and m.text in w.message for w in result.warnings):
            problems.append((m.line, m.text, "neither used nor named"))
    got = [(m.line, m.text) for m in result.amounts]
    expected = [(m["line"], m["text"]) for m in key["money_mentions"]]
    return (got, problems), (expected, [])


def _key_figures(key: Key) -> set[str]:
    """The amounts the key puts into the programme: total, sources, sections, projects."""
    figures = {key["declared_total_yuan"]}
    figures |= {s["amount_yuan"] for s in key["fund_sources"]}
    for s in [*key.get("declared", []), *key["sections"]]:
        figures.add(s["declared_amount_yuan"])
    for p in key["projects"]:
        figures.add(p["amount_yuan"])
        figures |= {f["amount_yuan"] for f in p.get("funding", [])}
    return figures - {None}


def _money_used(result: ImportResult, key: Key) -> tuple[object, object]:
    """A mention of a figure the key places in the programme is used, not only warned about."""
    figures = _key_figures(key)
    unused = [
        (m.line, m.text) for m in result.amounts if m.used_as is None and _yuan(m.amount) in figures
    ]
    return unused, []


def _reconcile(result: ImportResult, key: Key) -> tuple[object, object]:
    """reconcile finds the planted inconsistency and nothing else."""
    return sorted(f.kind.value for f in reconcile(_one(result))), sorted(key["findings"])


def _page_chrome(result: ImportResult, key: Key) -> tuple[object, object]:
    """Page numbers (— 2 —, full-width in the text) are not read into any element, and cut no project in two."""
    p = _one(result)
    texts = [x.text or "" for x in (*p.projects, *p.mechanisms)]
    leaked = [t for t in texts if re.search(r"—\s*[0-9０-９]+\s*—", t)]
    broken = [_flat(k) for k in key["commitments"] if "养殖户" in k]
    whole = [t for t in broken if any(t in _flat(x) for x in texts)]
    return (leaked, whole), ([], broken)


ASPECTS: dict[str, Callable[[ImportResult, Key], tuple[object, object]]] = {
    "header": _header,
    "notice": _notice,
    "totals": _totals,
    "fund_sources": _fund_sources,
    "sections": _sections,
    "section_figures": _section_figures,
    "projects": _projects,
    "project_fields": _project_fields,
    "mechanisms": _mechanisms,
    "commitments": _commitments,
    "money_accounted": _money_accounted,
    "money_used": _money_used,
    "reconcile": _reconcile,
    "page_chrome": _page_chrome,
}

#: Aspects that apply to one plan only.
ONLY = {"mechanisms": {"plan_g_huli_xiji"}, "page_chrome": {"plan_j_shijingshan_chayouhouqi"}}

#: What the importer gets wrong today, per (plan, aspect), as xfail(strict=True) with the
#: reason: a fix makes the test pass and the strict xfail fail until its entry is removed.
#: All six plans pass every aspect now; keep the mechanism for the next plan written.
XFAIL: dict[tuple[str, str], str] = {}


def _cases() -> list[Any]:
    return aspect_cases(PLANS, ASPECTS, ONLY, XFAIL)


def test_every_xfail_names_a_plan_and_an_aspect_that_exist() -> None:
    assert {p for p, _ in XFAIL} <= set(PLANS)
    assert {a for _, a in XFAIL} <= set(ASPECTS)


@pytest.mark.parametrize(("plan", "aspect"), _cases())
def test_genre_plan_matches_its_key(plan: str, aspect: str) -> None:
    result, key = _load(plan)
    got, expected = ASPECTS[aspect](result, key)
    assert got == expected


@pytest.mark.parametrize("plan", PLANS)
def test_a_genre_plan_imports_without_raising_and_names_what_it_cannot_read(plan: str) -> None:
    """Whatever is wrong, the import degrades into warnings with lines, never an exception."""
    result, _ = _load(plan)
    if not result.programmes:
        assert any(w.code.value == "no_programme" for w in result.warnings)
    assert all(w.line is None or w.line >= 1 for w in result.warnings)


def test_a_plan_without_money_gives_tasks_and_targets_and_no_warning() -> None:
    result, _ = _load("plan_g_huli_xiji")
    programme = _one(result)
    assert (programme.projects, programme.declared_total, programme.fund_sources) == ((), None, ())
    assert result.amounts == ()
    assert result.warnings == ()
    assert reconcile(programme) == ()
