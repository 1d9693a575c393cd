"""Score the importer on the blind rounds' documents against their answer keys.

Each document ``tests/fixtures/rounds/<round>/<name>.txt`` has a key ``<name>.expected.json``
written from its text alone, before any import (tests/fixtures/rounds/README.md). This
script imports each document once with :func:`aidmodel.importers.parse_plan` and prints, per
document, what issue 14 measures::

    python tools/score_rounds.py                  # every round
    python tools/score_rounds.py round3 --detail  # one round, with every miss
    python tools/score_rounds.py --golden         # every round, kept as the test's floors

- fields: keyed fields right / keyed fields. Per programme of the key: title, scheme, donor,
  recipient, year, document number, issuer, issue date, declared total and project count
  (a ``null`` in the key expects the import to say nothing); each fund source (its amount
  among the programme's sources); each project (found by name, then its amount and each of
  ``units``, ``deadline``, ``total_investment_yuan`` the key gives); each commitment phrase;
  each adjustment (the project's amount is the adjusted one; a project cancelled, to 0, is
  met as well by its absence from the adjusted plan, as the keys list it), allocation (a programme of that
  recipient with that total) and achievement (found among the achievements).
- programmes: built and matched to the key's (by recipient) / the key's.
- planted: the key's finding kinds that reconcile reports / the key's.
- false: finding kinds reconcile reports that the key does not expect.
- amounts: the key's money mentions found in ``ImportResult.amounts`` (used or warned) / all.

A donor or recipient written shorter than the key's (北辰区 for 天津市北辰区) counts as right;
names compare without spaces and punctuation.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from aidmodel import Money, Programme, reconcile
from aidmodel.errors import AidModelError
from aidmodel.importers import ImportResult, parse_plan

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = ROOT / "tests" / "fixtures" / "rounds"
_GENRE = ROOT / "tests" / "fixtures" / "genre"
#: Each blind round: its folder and the documents of it. Rounds 1 and 2 predate this scorer and
#: keep their keys in tests/fixtures/genre (one programme at the top level of a key).
ROUND_FILES = {
    "round1": (_GENRE, "plan_[f-k]_*.txt"),
    "round2": (_GENRE, "plan_[l-q]_*.txt"),
    "round3": (ROUNDS / "round3", "*.txt"),
    "round4": (ROUNDS / "round4", "*.txt"),
    "round5": (ROUNDS / "round5", "*.txt"),
    "round6": (ROUNDS / "round6", "*.txt"),
    "round7": (ROUNDS / "round7", "*.txt"),
    "round8": (ROUNDS / "round8", "*.txt"),
    "round9": (ROUNDS / "round9", "*.txt"),
    "round10": (ROUNDS / "round10", "*.txt"),
    "round11": (ROUNDS / "round11", "*.txt"),
    "round12": (ROUNDS / "round12", "*.txt"),
    "round13": (ROUNDS / "round13", "*.txt"),
    "round14": (ROUNDS / "round14", "*.txt"),
    "round15": (ROUNDS / "round15", "*.txt"),
    "round16": (ROUNDS / "round16", "*.txt"),
    "round17": (ROUNDS / "round17", "*.txt"),
    "round18": (ROUNDS / "round18", "*.txt"),
    "round19": (ROUNDS / "round19", "*.txt"),
    "round20": (ROUNDS / "round20", "*.txt"),
    "round21": (ROUNDS / "round21", "*.txt"),
    "round22": (ROUNDS / "round22", "*.txt"),
    "round23": (ROUNDS / "round23", "*.txt"),
    "round24": (ROUNDS / "round24", "*.txt"),
    "round25": (ROUNDS / "round25", "*.txt"),
    "round26": (ROUNDS / "round26", "*.txt"),
    "round27": (ROUNDS / "round27", "*.txt"),
    "round28": (ROUNDS / "round28", "*.txt"),
    "round29": (ROUNDS / "round29", "*.txt"),
    "round30": (ROUNDS / "round30", "*.txt"),
    "round31": (ROUNDS / "round31", "*.txt"),
    "round32": (ROUNDS / "round32", "*.txt"),
    "round33": (ROUNDS / "round33", "*.txt"),
    "round34": (ROUNDS / "round34", "*.txt"),
    "round35": (ROUNDS / "round35", "*.txt"),
    "round36": (ROUNDS / "round36", "*.txt"),
    "round37": (ROUNDS / "round37", "*.txt"),
    "round38": (ROUNDS / "round38", "*.txt"),
    "round39": (ROUNDS / "round39", "*.txt"),
    "round40": (ROUNDS / "round40", "*.txt"),
    "round41": (ROUNDS / "round41", "*.txt"),
    "round42": (ROUNDS / "round42", "*.txt"),
    "round43": (ROUNDS / "round43", "*.txt"),
    "round44": (ROUNDS / "round44", "*.txt"),
    "round45": (ROUNDS / "round45", "*.txt"),
    "round46": (ROUNDS / "round46", "*.txt"),
}
Key = dict[str, Any]

_PUNCT = re.compile(r"[\s　，,。.、；;：:（）()《》“”\"'·\-—_]")


def flat(text: str | None) -> str:
    return "" if text is None else _PUNCT.sub("", text)


def _yuan(money: Money | None) -> str | None:
    return None if money is None else f"{money.yuan:.2f}"


def _region(value: object) -> str | None:
    """A region as ``name`` or ``name|full name`` (see :func:`_same_place`)."""
    if value is None:
        return None
    name = str(getattr(value, "name", value))
    full = getattr(value, "full_name", None)
    return f"{name}|{full}" if full and full != name else name


def _same_place(got: str | None, expected: str | None) -> bool:
    """Whether a place read is the one keyed: the same name, or one the tail of the other;
    ``got`` may hold the region's name and its full name apart by ``|`` (沧源县|临沧市沧源佤族
    自治县, either may match the key's longest form)."""
    if expected is None or got is None:
        return got == expected
    e = flat(expected)
    return any(
        bool(g) and (g == e or e.endswith(g) or g.endswith(e))
        for g in (flat(name) for name in got.split("|"))
    )


@dataclass
class Score:
    name: str
    fields_right: int = 0
    fields: int = 0
    programmes_built: int = 0
    programmes_matched: int = 0
    programmes_keyed: int = 0
    planted_found: int = 0
    planted: int = 0
    false_findings: list[str] = field(default_factory=list)
    amounts_seen: int = 0
    amounts: int = 0
    misses: list[str] = field(default_factory=list)
    error: str | None = None

    def check(self, what: str, right: bool, got: object = None, expected: object = None) -> None:
        self.fields += 1
        if right:
            self.fields_right += 1
        else:
            self.misses.append(f"{what}: got {got!r}, expected {expected!r}")


def _match_programmes(
    programmes: tuple[Programme, ...], keys: list[Key]
) -> list[tuple[Key, Programme | None]]:
    pairs: list[tuple[Key, Programme | None]] = []
    left = list(programmes)
    for key in keys:
        found = next(
            (p for p in left if _same_place(_region(p.recipient), key.get("recipient"))), None
        )
        if found is None and len(keys) == 1 and len(left) == 1:
            found = left[0]
        if found is not None:
            left.remove(found)
        pairs.append((key, found))
    return pairs


_HEADER = (
    ("title", lambda p: p.title, lambda g, e: flat(g) == flat(e)),
    ("scheme", lambda p: p.scheme.value if p.scheme is not None else None, lambda g, e: g == e),
    ("donor", lambda p: _region(p.donor), _same_place),
    ("recipient", lambda p: _region(p.recipient), _same_place),
    ("year", lambda p: p.year, lambda g, e: g == e),
    ("document_number", lambda p: p.document_number, lambda g, e: flat(g) == flat(e)),
    # A key of rounds 3-17 writes a joint document's issuers joined (甲局、乙委); the model
    # keeps the lead in ``issuer`` and the others in ``co_issuers`` (rounds 18- key the lead).
    (
        "issuer",
        lambda p: "、".join([p.issuer, *p.co_issuers]) if p.issuer else None,
        lambda g, e: (
            flat(g) == flat(e)
            or (g is not None and "、" not in (e or "") and flat(g.split("、")[0]) == flat(e))
        ),
    ),
    (
        "issue_date",
        lambda p: None if p.issue_date is None else p.issue_date.isoformat(),
        lambda g, e: g == e,
    ),
    ("declared_total_yuan", lambda p: _yuan(p.declared_total), lambda g, e: g == e),
    ("declared_project_count", lambda p: p.declared_project_count, lambda g, e: g == e),
)


def _find_project(programme: Programme, name: str) -> Any:
    want = flat(name)
    exact = [x for x in programme.projects if flat(x.name) == want]
    if exact:
        return exact[0]
    near = [
        x for x in programme.projects if want and (want in flat(x.name) or flat(x.name) in want)
    ]
    return near[0] if len(near) == 1 else None


def _score_programme(score: Score, key: Key, p: Programme | None) -> None:
    label = key.get("recipient") or "?"
    for name, get, same in _HEADER:
        if name not in key:
            continue
        got = None if p is None else get(p)
        score.check(f"[{label}] {name}", p is not None and same(got, key[name]), got, key[name])
    sources = [] if p is None else [_yuan(s.amount) for s in p.fund_sources]
    for source in key.get("fund_sources", []):
        amount = source["amount_yuan"]
        score.check(f"[{label}] fund source {source['label']}", amount in sources, sources, amount)
    for k in key.get("projects", []):
        x = None if p is None else _find_project(p, k["name"])
        score.check(f"[{label}] project {k['name']}", x is not None, None, "present")
        if x is None:
            continue
        if "amount_yuan" in k:
            score.check(
                f"[{label}] {k['name']} amount",
                _yuan(x.amount) == k["amount_yuan"],
                _yuan(x.amount),
                k["amount_yuan"],
            )
        if "units" in k:
            score.check(
                f"[{label}] {k['name']} units",
                [flat(u) for u in x.units] == [flat(u) for u in k["units"]],
                list(x.units),
                k["units"],
            )
        if "deadline" in k:
            got = None if x.deadline is None else x.deadline.isoformat()
            score.check(f"[{label}] {k['name']} deadline", got == k["deadline"], got, k["deadline"])
        if "total_investment_yuan" in k:
            got = _yuan(x.total_investment)
            score.check(
                f"[{label}] {k['name']} total investment",
                got == k["total_investment_yuan"],
                got,
                k["total_investment_yuan"],
            )
    texts = [] if p is None else [flat(c.text or c.metric) for c in _all_commitments(p)]
    for phrase in key.get("commitments", []):
        want = flat(phrase)
        score.check(
            f"[{label}] commitment {phrase}",
            any(want in t or (t and t in want and len(t) > len(want) // 2) for t in texts),
            None,
            phrase,
        )


def _all_commitments(p: Programme) -> Iterable[Any]:
    """Every commitment of a programme, with the sub-targets each holds (其中… parts: a key
    may list a 其中 clause as a commitment of its own)."""

    def with_parts(commitments: Iterable[Any]) -> Iterable[Any]:
        for c in commitments:
            yield c
            yield from with_parts(c.parts)

    yield from with_parts(p.commitments)
    for x in p.projects:
        yield from with_parts(x.commitments)
    for m in p.mechanisms:
        yield from with_parts(getattr(m, "commitments", ()))


def score_document(path: Path) -> Score:
    key: Key = json.loads(path.with_suffix("").with_suffix(".expected.json").read_text("utf-8"))
    score = Score(path.stem)
    text = path.read_text(encoding="utf-8")
    try:
        result: ImportResult = parse_plan(text, source=path.name)
    except AidModelError as exc:
        score.error = str(exc)
        result = ImportResult()
    keys: list[Key] = key.get("programmes", [key])
    score.programmes_built = len(result.programmes)
    score.programmes_keyed = len(keys)
    pairs = _match_programmes(result.programmes, keys)
    score.programmes_matched = sum(p is not None for _, p in pairs)
    findings_expected: list[str] = []
    findings_got: list[str] = []
    for k, p in pairs:
        _score_programme(score, k, p)
        findings_expected += k.get("findings", [])
        if p is not None:
            findings_got += sorted({f.kind.value for f in reconcile(p)})
    matched = {id(p) for _, p in pairs if p is not None}
    for p in result.programmes:
        if id(p) not in matched:  # a programme the key does not have: its findings are false
            findings_got += sorted({f.kind.value for f in reconcile(p)})
    score.planted = len(set(findings_expected))
    score.planted_found = len(set(findings_expected) & set(findings_got))
    score.false_findings = sorted(set(findings_got) - set(findings_expected))
    for adj in key.get("adjustments") or []:
        hits = [
            _yuan(x.amount)
            for p in result.programmes
            for x in p.projects
            if flat(x.name) == flat(adj["project"])
        ]
        met = adj["to_yuan"] in hits or (adj["to_yuan"] == "0.00" and not hits)
        score.check(f"adjustment {adj['project']}", met, hits, adj["to_yuan"])
    for alloc in key.get("allocations") or []:
        totals = [
            _yuan(p.declared_total)
            for p in result.programmes
            if _same_place(_region(p.recipient), alloc["recipient"])
        ]
        score.check(
            f"allocation {alloc['recipient']}",
            alloc["amount_yuan"] in totals,
            totals,
            alloc["amount_yuan"],
        )
    got_achievements = [flat(a.text or a.metric) for p in result.programmes for a in p.achievements]
    for ach in key.get("achievements") or []:
        want = flat(ach)
        score.check(
            f"achievement {ach}",
            any(want in a or a in want for a in got_achievements if a),
            None,
            ach,
        )
    seen = {(m.line, _yuan(m.amount)) for m in result.amounts}
    seen_amounts = {_yuan(m.amount) for m in result.amounts}
    seen_texts = {(m.line, flat(m.text)) for m in result.amounts}
    for mention in key.get("money_mentions", []):
        score.amounts += 1
        if "amount_yuan" in mention:  # rounds 1-2 give the text only
            yuan = f"{Decimal(mention['amount_yuan']):.2f}"
            hit = (mention["line"], yuan) in seen or yuan in seen_amounts
        else:
            hit = (mention["line"], flat(mention["text"])) in seen_texts
        if hit:
            score.amounts_seen += 1
        else:
            score.misses.append(f"amount lost: line {mention['line']} {mention['text']}")
    return score


def _pct(a: int, b: int) -> str:
    return "—" if b == 0 else f"{100 * a / b:.0f} %"


def report(scores: list[Score], *, detail: bool = False) -> str:
    lines = [
        "| document | fields | programmes | planted | false findings | amounts |",
        "|---|---|---|---|---|---|",
    ]
    total = Score("total")
    for s in scores:
        built = f"{s.programmes_matched}/{s.programmes_keyed}"
        if s.programmes_built != s.programmes_matched:
            built += f" (+{s.programmes_built - s.programmes_matched} unkeyed)"
        lines.append(
            f"| {s.name} | {s.fields_right}/{s.fields} ({_pct(s.fields_right, s.fields)}) "
            f"| {built} | {s.planted_found}/{s.planted} "
            f"| {', '.join(s.false_findings) or '0'} | {s.amounts_seen}/{s.amounts} |"
        )
        total.fields_right += s.fields_right
        total.fields += s.fields
        total.programmes_matched += s.programmes_matched
        total.programmes_keyed += s.programmes_keyed
        total.planted_found += s.planted_found
        total.planted += s.planted
        total.false_findings += s.false_findings
        total.amounts_seen += s.amounts_seen
        total.amounts += s.amounts
    lines.append(
        f"| **all** | {total.fields_right}/{total.fields} "
        f"({_pct(total.fields_right, total.fields)}) "
        f"| {total.programmes_matched}/{total.programmes_keyed} "
        f"| {total.planted_found}/{total.planted} | {len(total.false_findings)} "
        f"| {total.amounts_seen}/{total.amounts} |"
    )
    if detail:
        for s in scores:
            lines.append(f"\n{s.name}" + (f" — error: {s.error}" if s.error else ""))
            lines.extend(f"  - {m}" for m in s.misses)
    return "\n".join(lines)


def documents(rounds: list[str]) -> list[Path]:
    """The documents of these rounds (all rounds when none is named)."""
    found: list[Path] = []
    for name in rounds or sorted(ROUND_FILES):
        if name not in ROUND_FILES:
            raise SystemExit(f"unknown round {name!r}; expected one of {sorted(ROUND_FILES)}")
        folder, pattern = ROUND_FILES[name]
        found += sorted(folder.glob(pattern))
    return found


#: Where the scores the test suite holds the importer to are kept (tests/unit/test_rounds.py).
GOLDEN = ROOT / "tests" / "golden" / "rounds.json"


def floors(scores: Iterable[Score]) -> dict[str, dict[str, Any]]:
    """Each document's score as the regression test keeps it: keyed fields right and in all,
    planted findings found, the false findings reported, amounts accounted for."""
    return {
        s.name: {
            "right": s.fields_right,
            "fields": s.fields,
            "planted": s.planted_found,
            "false": sorted(set(s.false_findings)),
            "amounts": s.amounts_seen,
        }
        for s in scores
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="*", help="round folders (default: all)")
    parser.add_argument("--detail", action="store_true", help="list every miss")
    parser.add_argument(
        "--golden",
        action="store_true",
        help=f"write every document's score to {GOLDEN.relative_to(ROOT)} (the test's floors)",
    )
    args = parser.parse_args(argv)
    scores = [score_document(p) for p in documents(args.rounds)]
    sys.stdout.write(report(scores, detail=args.detail) + "\n")
    if args.golden:
        text = json.dumps(floors(scores), ensure_ascii=False, indent=1, sort_keys=True)
        GOLDEN.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
