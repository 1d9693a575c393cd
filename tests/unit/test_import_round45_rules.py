"""Rules of the importer that round 45 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, Scheme, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_categories_that_lead_to_their_items_with_money_are_no_projects() -> None:
    # （一）X / 支持…安排帮扶资金300万元，实施项目2个： / （1）…项目 / （2）…项目 / （二）…: the
    # items numbered on through the categories are the categories' items.
    result = parse_plan(
        _text(
            "甲市对口帮扶乙县2027年工作要点",
            "　　一、工作目标",
            "　　全年甲市安排帮扶资金500万元，实施对口帮扶项目3个。",
            "　　二、重点任务",
            "　　（一）聚焦产业帮扶",
            "　　支持乙县发展特色产业，安排帮扶资金300万元，实施项目2个：",
            "　　（1）丙镇茶园项目。安排帮扶资金200万元，改造茶园500亩。",
            "　　（2）丁镇菌菇项目。安排帮扶资金100万元，新建菌棚20座。",
            "　　（二）聚焦乡村建设",
            "　　支持乙县建设和美乡村，安排帮扶资金200万元，实施项目1个：",
            "　　（3）戊乡道路项目。安排帮扶资金200万元，硬化道路3公里。",
        )
    )
    (programme,) = result.programmes
    assert [p.name for p in programme.projects] == ["丙镇茶园项目", "丁镇菌菇项目", "戊乡道路项目"]
    assert reconcile(programme) == ()


def test_a_notice_that_hands_down_money_of_a_pair_of_short_names() -> None:
    # X市发改委关于下达Y县2027年京冀对口协作项目资金计划的通知: Y receives, 北京 (the first of the
    # pair) gives, 对口协作 is counterpart aid.
    result = parse_plan(
        _text(
            "甲市发展和改革委员会关于下达丰宁满族自治县2027年京冀对口协作项目资金计划的通知",
            "　　一、2027年下达对口协作资金100万元，安排项目1个。",
            "　　1、丙镇水源保护项目。安排对口协作资金100万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.scheme is Scheme.COUNTERPART
    assert programme.donor is not None
    assert programme.donor.name == "北京市"
    assert programme.recipient is not None
    assert programme.recipient.name == "丰宁满族自治县"


def test_a_bodys_short_name_before_its_designated_aid_gives() -> None:
    # 中国电建定点帮扶甲县… / …中国电力建设集团有限公司… / 其中集团本级…、Y有限公司…: the group
    # gives; a subsidiary's share is no giver.
    result = parse_plan(
        _text(
            "中国电建定点帮扶甲县2027年帮扶项目实施方案",
            "　　为用好中国电力建设集团有限公司定点帮扶资金，制定本方案。",
            "　　2027年，中国电建计划投入甲县定点帮扶资金300万元，其中集团本级帮扶资金200万元、"
            "中电建路桥集团有限公司帮扶资金100万元，共实施项目1个。",
            "　　1.丙镇茶园项目，安排资金300万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.donor is not None
    assert programme.donor.name == "中国电力建设集团有限公司"
    assert programme.declared_total == Money.from_wan(300)
