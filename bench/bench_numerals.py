"""Benchmark aidmodel's Chinese numerals against the peer library cn2an.

Run from the project root::

    python bench/bench_numerals.py            # full corpus, best of 5 runs
    python bench/bench_numerals.py --quick    # small corpus, 1 run (a smoke test)
    python bench/bench_numerals.py --json results.json

Both libraries are measured in the same process, on the same inputs:

1. formatting amounts as uppercase (大写金额): ``aidmodel.rmb_upper`` against
   ``cn2an.an2cn(x, "rmb")``, on decimal strings; aidmodel also on ``Decimal``
   and on ``aidmodel.Money``;
2. parsing uppercase amounts: ``aidmodel.parse_rmb_upper`` against
   ``cn2an.cn2an(s, "smart")``, on the text aidmodel wrote in step 1;
3. parsing numerals: ``aidmodel.parse_chinese_number`` against
   ``cn2an.cn2an(s, "smart")``, on lowercase numerals and mixed forms (1.5万).

Every output is checked against the true value (parsing) or against an
independent digit-by-digit implementation of the PBOC voucher rules
(formatting), and the PBOC voucher cases are printed one by one. Only the
report goes to stdout. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import random
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

import aidmodel

try:
    import cn2an
except ImportError:  # the optional peer; `pip install -e .[bench]`
    cn2an = None

SEED = 20251
FULL_SIZE = 20_000
QUICK_SIZE = 1_000
FULL_REPEATS = 5
QUICK_REPEATS = 1
EXAMPLES = 3  # examples shown for each kind of failure

# Amounts (in yuan) from the seed documents, always at the head of the corpus.
SEED_AMOUNTS = ("7660000.00", "39523101.94", "54870000.00", "50050000.00", "392420000.00")
# The same amounts as plans write them in 万元, plus the classic colloquial one.
SEED_WAN = ("766万", "3952.310194万", "5487万", "5005万", "39242万", "1.5万")

# PBOC voucher cases (正确填写票据和结算凭证的基本规定): yuan amount -> expected 大写.
# The full form is expected: one 零 for each run of zeros between two non-zero digits.
VOUCHER_CASES = (
    ("7660000", "柒佰陆拾陆万元整"),
    ("39523101.94", "叁仟玖佰伍拾贰万叁仟壹佰零壹元玖角肆分"),
    ("1409.02", "壹仟肆佰零玖元零贰分"),
    ("107000", "壹拾万零柒仟元整"),
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("0", "零元整"),
    ("10", "壹拾元整"),
    ("15", "壹拾伍元整"),
    ("0.05", "伍分"),
    ("100001234", "壹亿零壹仟贰佰叁拾肆元整"),
    ("1200000000.05", "壹拾贰亿元零伍分"),
    ("30.10", "叁拾元零壹角"),
)

UPPER_DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")

CN2AN_MISSING = (
    "cn2an is not installed, so only the aidmodel rows are measured; "
    "install the peer with `pip install -e .[bench]` (from the project root)"
)


# -- corpora -------------------------------------------------------------------------------------


def _digits(rng: random.Random, count: int, zero_rate: float) -> str:
    return "".join(
        "0" if rng.random() < zero_rate else str(rng.randint(1, 9)) for _ in range(count)
    )


def random_amount(rng: random.Random) -> str:
    """A yuan amount from 0.01 to 999999999999.99 as a string with two decimals.

    The number of integer digits is uniform over 0..12, so small and large
    amounts are equally common, and each digit after the first is a zero with
    probability 0.3, 0.5 or 0.7, so that runs of zeros (and the 零 rules) are
    exercised everywhere.
    """
    while True:
        length = rng.randint(0, 12)
        zero_rate = rng.choice((0.3, 0.5, 0.7))
        integer = str(rng.randint(1, 9)) + _digits(rng, length - 1, zero_rate) if length else "0"
        amount = f"{integer}.{_digits(rng, 2, zero_rate)}"
        if amount != "0.00":
            return amount


def amount_corpus(size: int) -> list[str]:
    """The seed documents' amounts, 10^12 yuan, then seeded random amounts."""
    rng = random.Random(SEED)
    corpus = [*SEED_AMOUNTS, "1000000000000.00"]
    while len(corpus) < size:
        corpus.append(random_amount(rng))
    return corpus


def random_integer(rng: random.Random) -> int:
    """An integer from 0 to 10^12 with a uniform number of digits and many zeros inside."""
    length = rng.randint(1, 12)
    zero_rate = rng.choice((0.3, 0.5, 0.7))
    return int(str(rng.randint(0 if length == 1 else 1, 9)) + _digits(rng, length - 1, zero_rate))


def plain(number: Decimal) -> str:
    """A Decimal as plain digits without trailing fractional zeros (never 1E+3)."""
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def numeral_corpus(size: int) -> list[tuple[str, str, Decimal]]:
    """(kind, text, true value): lowercase numerals and mixed forms such as 3952.310194万.

    Four fifths are ``aidmodel.to_chinese(n)`` for seeded random integers
    0..10^12 (plus 0 and 10^12); one fifth are amounts written in 万 or 亿 with
    Arabic digits, as plans write them (the seed documents' 万 amounts first).
    """
    rng = random.Random(SEED + 1)
    corpus: list[tuple[str, str, Decimal]] = []
    for n in (0, 10**12):
        corpus.append(("lowercase", aidmodel.to_chinese(n), Decimal(n)))
    for text in SEED_WAN:
        corpus.append(("mixed 万/亿", text, Decimal(text[:-1]).scaleb(4)))
    lowercase_size = size * 4 // 5
    while len(corpus) < lowercase_size:
        n = random_integer(rng)
        corpus.append(("lowercase", aidmodel.to_chinese(n), Decimal(n)))
    while len(corpus) < size:
        yuan = Decimal(random_amount(rng))
        unit, places = ("亿", 8) if yuan >= 10**8 and rng.random() < 0.5 else ("万", 4)
        corpus.append(("mixed 万/亿", plain(yuan.scaleb(-places)) + unit, yuan))
    return corpus


# -- the reference: the PBOC rules written out digit by digit ----------------------------------


def reference_rmb_upper(amount: str) -> tuple[str, frozenset[str]]:
    """The PBOC 大写 of a yuan amount below 10^16, independent of both libraries.

    Returns the full form (one 零 for each run of zeros between two non-zero
    digits, 整 after 元 only) and the set of all forms the rules accept: rule 4
    lets the 零 be left out where the run of zeros ends at 万位 with a non-zero
    千位, or at 元位 with a non-zero 角位 (壹拾万柒仟元整, 壹仟陆佰捌拾元叁角贰分).
    """
    integer, _, cents = amount.partition(".")
    integer = integer.lstrip("0")
    if len(integer) > 16:
        raise ValueError(f"reference_rmb_upper: {amount} is not below 10^16")
    if cents[2:].strip("0"):
        raise ValueError(f"reference_rmb_upper: {amount} is finer than a fen")
    cents = (cents + "00")[:2]
    jiao, fen = int(cents[0]), int(cents[1])
    if not integer and not jiao and not fen:
        return "零元整", frozenset({"零元整"})
    pieces: list[tuple[str, bool]] = []  # (text, optional 零)
    gap = False  # zeros since the last non-zero digit
    length = len(integer)
    for index, char in enumerate(integer):
        place = length - 1 - index
        digit = int(char)
        if digit:
            if gap:
                pieces.append(("零", place == 3 and integer[index - 1] == "0"))
                gap = False
            pieces.append((UPPER_DIGITS[digit] + SMALL_UNITS[place % 4], False))
        else:
            gap = True
        if place == 4 or place == 12:  # 万 of 万 and of 万亿: when its group has a digit
            if integer[max(0, index - 3) : index + 1].strip("0"):
                pieces.append(("万", False))
        elif place == 8 and integer[max(0, index - 7) : index + 1].strip("0"):
            pieces.append(("亿", False))  # 亿 also when only the 万亿 group has a digit
    if integer:
        pieces.append(("元", False))
    if jiao:
        if gap:
            pieces.append(("零", True))
        pieces.append((UPPER_DIGITS[jiao] + "角", False))
    elif fen and integer:
        pieces.append(("零", False))  # 角位 zero before a non-zero 分位: always 零
    if fen:
        pieces.append((UPPER_DIGITS[fen] + "分", False))
    if not jiao and not fen:
        pieces.append(("整", False))
    full = "".join(text for text, _ in pieces)
    forms = {""}
    for text, optional in pieces:
        forms = {form + text for form in forms} | (forms if optional else set())
    return full, frozenset(forms)


# -- measuring -----------------------------------------------------------------------------------


def call_all(func: Callable[..., object], inputs: Sequence[Any], extra: str | None) -> None:
    if extra is None:
        for item in inputs:
            func(item)
    else:
        for item in inputs:
            func(item, extra)


def ops_per_second(
    func: Callable[..., object], inputs: Sequence[Any], extra: str | None, repeats: int
) -> float:
    """Calls per second over the whole of ``inputs``, best of ``repeats`` runs; gc stays on."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        call_all(func, inputs, extra)
        best = min(best, time.perf_counter() - start)
    return len(inputs) / best if best > 0 else float("inf")


def outcome(func: Callable[..., object], item: object, extra: str | None) -> tuple[bool, object]:
    """(True, result) or (False, the exception's text)."""
    try:
        result = func(item) if extra is None else func(item, extra)
    except Exception as error:  # any failure of the library under test counts
        return False, f"{type(error).__name__}: {error}"
    return True, result


def as_decimal(value: object) -> Decimal | None:
    """The exact value a parser returned: Decimal, int, float (by its repr) or Money."""
    if isinstance(value, aidmodel.Money):
        return value.to_yuan()
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal | int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    return None


class Check:
    """How one library did on one corpus: counts of each verdict and a few examples."""

    VERDICTS = ("correct", "allowed", "zero_only", "wrong", "failed")

    def __init__(self, operation: str, library: str, corpus: str) -> None:
        self.operation = operation
        self.library = library
        self.corpus = corpus
        self.counts = dict.fromkeys(self.VERDICTS, 0)
        self.examples: dict[str, list[tuple[str, str, str]]] = {v: [] for v in self.VERDICTS}

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def record(self, verdict: str, item: str, got: str, expected: str) -> None:
        self.counts[verdict] += 1
        if verdict != "correct" and len(self.examples[verdict]) < EXAMPLES:
            self.examples[verdict].append((item, got, expected))

    def as_json(self) -> dict[str, object]:
        return {
            "operation": self.operation,
            "library": self.library,
            "corpus": self.corpus,
            "inputs": self.total,
            **self.counts,
            "examples": {k: v for k, v in self.examples.items() if v},
        }


def check_formatting(
    name: str,
    func: Callable[..., object],
    extra: str | None,
    amounts: Sequence[str],
    inputs: Sequence[object],
) -> tuple[Check, list[str]]:
    """The Check against the reference, and the outputs ("" where the call raised)."""
    check = Check("rmb_upper", name, f"{len(amounts)} amounts")
    outputs: list[str] = []
    for amount, item in zip(amounts, inputs, strict=True):
        ok, result = outcome(func, item, extra)
        full, forms = reference_rmb_upper(amount)
        if not ok or not isinstance(result, str):
            verdict = "failed" if not ok else "wrong"
        elif result == full:
            verdict = "correct"
        elif result in forms:
            verdict = "allowed"
        elif result.replace("零", "") == full.replace("零", ""):
            verdict = "zero_only"
        else:
            verdict = "wrong"
        check.record(verdict, amount, str(result), full)
        outputs.append(result if ok and isinstance(result, str) else "")
    return check, outputs


def check_parsing(
    operation: str,
    name: str,
    func: Callable[..., object],
    extra: str | None,
    cases: Iterable[tuple[str, Decimal]],
    corpus: str,
) -> tuple[Check, set[str]]:
    """The Check against the true values, and the inputs parsed without raising."""
    check = Check(operation, name, corpus)
    parsed: set[str] = set()
    for text, truth in cases:
        ok, result = outcome(func, text, extra)
        if not ok:
            check.record("failed", text, str(result), plain(truth))
            continue
        parsed.add(text)
        verdict = "correct" if as_decimal(result) == truth else "wrong"
        check.record(verdict, text, repr(result), plain(truth))
    return check, parsed


# -- the report ----------------------------------------------------------------------------------


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def table(header: Sequence[str], rows: Sequence[Sequence[str]], right: Iterable[int] = ()) -> str:
    """A plain-text table; CJK characters count as two columns."""
    right = set(right)
    widths = [max(width(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        cells = []
        for i, cell in enumerate(row):
            padding = " " * (widths[i] - width(cell))
            cells.append(padding + cell if i in right else cell + padding)
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def voucher_section(have_peer: bool) -> tuple[list[str], list[dict[str, object]]]:
    """Section 1: the PBOC voucher cases, one by one."""
    rows = []
    cases: list[dict[str, object]] = []
    disagree = [a for a, expected in VOUCHER_CASES if reference_rmb_upper(a)[0] != expected]
    for amount, expected in VOUCHER_CASES:
        ok, ours = outcome(aidmodel.rmb_upper, amount, None)
        ours_ok = ok and ours == expected
        row = [amount, expected, str(ours), "yes" if ours_ok else "NO"]
        case: dict[str, object] = {
            "amount": amount,
            "expected": expected,
            "aidmodel": str(ours),
            "aidmodel_ok": ours_ok,
        }
        if have_peer:
            ok, theirs = outcome(cn2an.an2cn, amount, "rmb")
            if ok and theirs == expected:
                verdict = "yes"
            elif ok and theirs in reference_rmb_upper(amount)[1]:
                verdict = "no (零 omitted, allowed)"
            else:
                verdict = "NO"
            row += [str(theirs), verdict]
            case |= {"cn2an": str(theirs), "cn2an_ok": verdict == "yes", "cn2an_verdict": verdict}
        rows.append(row)
        cases.append(case)
    header = ["amount", "expected", "aidmodel", "ok"] + (["cn2an", "ok"] if have_peer else [])
    lines = [
        "1. PBOC voucher cases: aidmodel.rmb_upper(s) vs cn2an.an2cn(s, 'rmb'), s a string",
        "",
        table(header, rows, right=[0]),
        "",
        f"WARNING: the bench's PBOC implementation disagrees with the expected text for {disagree}"
        if disagree
        else "The bench's own digit-by-digit PBOC implementation agrees with every expected string.",
        "'allowed': PBOC rule 4 lets the 零 be left out where a run of zeros ends at 万位 with a",
        "non-zero 千位, or at 元位 with a non-zero 角位; the expected column writes it.",
    ]
    return lines, cases


def correctness_lines(checks: Sequence[Check]) -> list[str]:
    """Section 2: the verdict counts and a few examples of each failure."""
    rows = []
    for c in checks:
        formatting = c.operation == "rmb_upper"
        rows.append(
            [
                c.operation,
                c.library,
                c.corpus,
                str(c.counts["correct"]),
                str(c.counts["allowed"]) if formatting else "-",
                str(c.counts["zero_only"]) if formatting else "-",
                str(c.counts["wrong"]),
                str(c.counts["failed"]),
                f"{100 * c.counts['correct'] / c.total:.2f}%" if c.total else "-",
            ]
        )
    lines = [
        "2. Correctness over the corpora",
        "",
        "   rmb_upper is checked against the bench's PBOC implementation: 'correct' = the full form",
        "   (one 零 for each run of zeros between two non-zero digits); 'allowed' = a 零 left out as",
        "   rule 4 allows; '零 only' = a 零 left out that the rules require, nothing else differs.",
        "   Parsers are checked against the true value (a float by its repr).",
        "   'failed' = raised an exception.",
        "",
        table(
            [
                "operation",
                "library",
                "corpus",
                "correct",
                "allowed",
                "零 only",
                "wrong",
                "failed",
                "correct %",
            ],
            rows,
            right=[3, 4, 5, 6, 7, 8],
        ),
    ]
    examples = [
        f"   {c.operation} / {c.library} / {verdict}: {item} -> {got}; expected {expected}"
        for c in checks
        for verdict in Check.VERDICTS[1:]
        for item, got, expected in c.examples[verdict]
    ]
    if examples:
        lines += [
            "",
            f"   Examples (up to {EXAMPLES} of each): input -> output; expected",
            *examples,
        ]
    return lines


# (library, function, extra argument, inputs)
Entry = tuple[str, Callable[..., object], "str | None", Sequence[Any]]


def timing_section(
    plan: Sequence[tuple[str, str, Sequence[Entry]]], repeats: int
) -> tuple[list[str], list[dict[str, object]]]:
    """Section 3: calls per second; the cn2an entry of each operation comes first."""
    rows = []
    results: list[dict[str, object]] = []
    for operation, corpus, entries in plan:
        peer_rate = None
        for library, func, extra, inputs in entries:
            rate = ops_per_second(func, inputs, extra, repeats)
            if library.startswith("cn2an"):
                peer_rate = rate
            ratio = None if peer_rate is None else rate / peer_rate
            rows.append(
                [
                    operation,
                    corpus,
                    library,
                    f"{rate:,.0f}",
                    "-" if ratio is None else f"{ratio:.2f}",
                ]
            )
            results.append(
                {
                    "operation": operation,
                    "corpus": corpus,
                    "library": library,
                    "inputs": len(inputs),
                    "ops_per_second": rate,
                    "ratio_to_cn2an": ratio,
                }
            )
    lines = [
        f"3. Speed: calls per second, best of {repeats} run(s) over the whole corpus",
        "",
        "   ratio = ops/s / cn2an's ops/s on the same inputs (> 1: faster than cn2an).",
        "   Parsers are timed on the inputs that both libraries parse without raising.",
        "",
        table(["operation", "corpus", "library", "ops/s", "ratio"], rows, right=[3, 4]),
    ]
    return lines, results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Benchmark aidmodel's Chinese numerals against cn2an."
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"{QUICK_SIZE} inputs per corpus and 1 run (a smoke test)",
    )
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON to PATH")
    args = parser.parse_args(argv)

    have_peer = cn2an is not None
    if not have_peer:
        print(f"note: {CN2AN_MISSING}.", file=sys.stderr)
    size = QUICK_SIZE if args.quick else FULL_SIZE
    repeats = QUICK_REPEATS if args.quick else FULL_REPEATS

    out = [
        "aidmodel vs cn2an: Chinese numerals and uppercase amounts (大写金额)",
        "=" * 72,
        f"python    {platform.python_implementation()} {platform.python_version()} on {platform.platform()}",
        f"aidmodel  {aidmodel.__version__}",
        f"cn2an     {cn2an.__version__ if have_peer else 'NOT INSTALLED: pip install -e .[bench]'}",
        f"mode      {'quick' if args.quick else 'full'}: best of {repeats} run(s), time.perf_counter, gc on",
        f"corpora   {size} amounts (random.Random({SEED})), {size} numerals (random.Random({SEED + 1}))",
        "",
    ]
    lines, voucher_json = voucher_section(have_peer)
    out += lines

    # The corpora, and every input type made before any timing.
    amounts = amount_corpus(size)
    as_decimals = [Decimal(a) for a in amounts]
    as_money = [aidmodel.Money.from_yuan(a) for a in amounts]
    numerals = numeral_corpus(size)

    checks: list[Check] = []
    check, ours_upper = check_formatting(
        "aidmodel (str)", aidmodel.rmb_upper, None, amounts, amounts
    )
    checks.append(check)
    checks.append(
        check_formatting("aidmodel (Decimal)", aidmodel.rmb_upper, None, amounts, as_decimals)[0]
    )
    checks.append(
        check_formatting("aidmodel (Money)", aidmodel.rmb_upper, None, amounts, as_money)[0]
    )
    theirs_upper: list[str] = []
    if have_peer:
        check, theirs_upper = check_formatting("cn2an (str)", cn2an.an2cn, "rmb", amounts, amounts)
        checks.append(check)

    # Parsing 大写: aidmodel's own text (the brief's corpus), and cn2an's text (fair to cn2an).
    parse_plans: list[tuple[str, str, Sequence[Entry]]] = []
    for writer, written in (("aidmodel", ours_upper), ("cn2an", theirs_upper)):
        if not written:
            continue
        cases = [(text, Decimal(a)) for text, a in zip(written, amounts, strict=True) if text]
        corpus = f"{len(cases)} 大写 by {writer}"
        check, parsed = check_parsing(
            "parse_rmb_upper", "aidmodel", aidmodel.parse_rmb_upper, None, cases, corpus
        )
        checks.append(check)
        if have_peer:
            check, parsed_peer = check_parsing(
                "parse_rmb_upper", "cn2an smart", cn2an.cn2an, "smart", cases, corpus
            )
            checks.append(check)
            parsed &= parsed_peer
        timed = [text for text, _ in cases if text in parsed]
        entries: list[Entry] = [("aidmodel", aidmodel.parse_rmb_upper, None, timed)]
        if have_peer:
            entries.insert(0, ("cn2an cn2an smart", cn2an.cn2an, "smart", timed))
        parse_plans.append(("parse_rmb_upper", f"{len(timed)} 大写 by {writer}", entries))

    # Parsing numerals: the same strings to both, by kind.
    timed_numerals: list[str] = []
    for kind in sorted({kind for kind, _, _ in numerals}):
        cases = [(text, truth) for k, text, truth in numerals if k == kind]
        corpus = f"{len(cases)} {kind}"
        check, parsed = check_parsing(
            "parse_chinese_number", "aidmodel", aidmodel.parse_chinese_number, None, cases, corpus
        )
        checks.append(check)
        if have_peer:
            check, parsed_peer = check_parsing(
                "parse_chinese_number", "cn2an smart", cn2an.cn2an, "smart", cases, corpus
            )
            checks.append(check)
            parsed &= parsed_peer
        timed_numerals += [text for text, _ in cases if text in parsed]
    out += ["", *correctness_lines(checks), ""]

    format_entries: list[Entry] = [
        ("aidmodel (str)", aidmodel.rmb_upper, None, amounts),
        ("aidmodel (Decimal)", aidmodel.rmb_upper, None, as_decimals),
        ("aidmodel (Money)", aidmodel.rmb_upper, None, as_money),
    ]
    numeral_entries: list[Entry] = [
        ("aidmodel", aidmodel.parse_chinese_number, None, timed_numerals)
    ]
    if have_peer:
        format_entries.insert(0, ("cn2an an2cn rmb (str)", cn2an.an2cn, "rmb", amounts))
        numeral_entries.insert(0, ("cn2an cn2an smart", cn2an.cn2an, "smart", timed_numerals))
    plan = [
        ("rmb_upper", f"{len(amounts)} amounts", format_entries),
        *parse_plans,
        ("parse_chinese_number", f"{len(timed_numerals)} numerals", numeral_entries),
    ]
    lines, timing_json = timing_section(plan, repeats)
    out += lines
    if not have_peer:
        out += ["", f"   {CN2AN_MISSING}."]

    print("\n".join(out))
    if args.json:
        results = {
            "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "aidmodel": aidmodel.__version__,
            "cn2an": cn2an.__version__ if have_peer else None,
            "quick": args.quick,
            "repeats": repeats,
            "seed": SEED,
            "corpus_size": size,
            "voucher_cases": voucher_json,
            "correctness": [c.as_json() for c in checks],
            "timing": timing_json,
        }
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(results, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
