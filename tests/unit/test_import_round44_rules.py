"""Rules of the importer that round 44 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_a_front_headquarters_notice_that_hands_down_its_plan() -> None:
    # X市援藏前方指挥部关于下达…援藏项目计划的通知 / 一、资金规模 / 二、项目安排: the notice is the
    # plan, its issuer a 指挥部; 二、项目安排 is a part's heading, no title.
    result = parse_plan(
        _text(
            "甲市援藏前方指挥部",
            "",
            "甲市援藏前方指挥部关于下达2027年对口支援乙县援藏项目计划的通知",
            "",
            "乙县人民政府：",
            "　　现将2027年援藏项目计划下达给你们，请认真组织实施。",
            "　　一、资金规模",
            "　　2027年安排乙县援藏资金300万元，共安排项目1个。",
            "　　二、项目安排",
            "　　1.丙镇卫生院改造项目：改造业务用房800平方米。总投资300万元，全部为援藏资金。",
        )
    )
    (programme,) = result.programmes
    assert programme.title == "甲市援藏前方指挥部关于下达2027年对口支援乙县援藏项目计划的通知"
    assert programme.declared_total == Money.from_wan(300)
    assert [p.name for p in programme.projects] == ["丙镇卫生院改造项目"]
    assert reconcile(programme) == ()


def test_a_project_unit_label_and_a_name_ending_in_a_colon() -> None:
    # 1．X项目： / (its text below) … 项目单位：Y: the colon is no part of the name, and 项目单位
    # labels the unit.
    result = parse_plan(
        _text(
            "甲县2027年援青项目计划",
            "　　2027年安排援青资金100万元，实施项目1个。",
            "　　1．丙镇藜麦加工项目：",
            "　　新建车间600平方米。安排援青资金100万元。项目单位：丙镇人民政府。",
        )
    )
    (programme,) = result.programmes
    (project,) = programme.projects
    assert project.name == "丙镇藜麦加工项目"
    assert project.units == ("丙镇人民政府",)


def test_a_companys_short_name_is_expanded_by_its_registered_name() -> None:
    # 中储粮集团 in the title, 中国储备粮管理集团有限公司 in the body: the short name's characters,
    # in order, within the registered name.
    result = parse_plan(
        _text(
            "中农发集团定点帮扶甲县2027年项目计划",
            "　　为用好中国农业发展集团有限公司对甲县的定点帮扶资金，制定本计划。",
            "　　2027年，中农发集团计划投入甲县定点帮扶资金100万元，实施项目1个。",
            "　　1.丙镇茶园项目，安排资金100万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.donor is not None
    assert programme.donor.name == "中国农业发展集团有限公司"


def test_the_count_in_the_paragraph_before_the_totals() -> None:
    # …拟实施2027年闽宁协作项目2个。 / 一、资金规模：项目总投资…，其中闽宁协作资金…: the count
    # the totals paragraph does not say.
    result = parse_plan(
        _text(
            "甲县2027年闽宁协作项目计划公示",
            "　　经县东西部协作工作领导小组研究审定，拟实施2027年闽宁协作项目2个。现予以公示。",
            "　　一、资金规模：项目总投资260万元，其中闽宁协作资金200万元，县级整合资金60万元。",
            "　　二、项目明细",
            "序号\t项目名称\t总投资\t闽宁协作资金\t县级整合资金",
            "1\t丙镇冷库项目\t160\t120\t40",
            "2\t丁乡大棚项目\t100\t80\t20",
        )
    )
    (programme,) = result.programmes
    assert programme.declared_project_count == 2
    assert programme.declared_total == Money.from_wan(200)


def test_a_notices_numbered_changes_give_their_targets_to_the_tables_projects() -> None:
    # （一）X项目。资金由A万元调整为B万元，调增…，增加设备50台（套）。 / 调整后，… / 请…确保…:
    # the change's target is X's, the sentence after the totals the programme's.
    result = parse_plan(
        _text(
            "甲县农业农村局关于调整2027年粤桂东西部协作部分项目的通知",
            "　　现对部分项目调整如下：",
            "　　（一）丙镇帮扶车间项目。协作资金由100万元调整为150万元，调增50万元，增加缝纫设备40台（套）。",
            "　　（二）丁乡道路项目。协作资金由150万元调整为100万元，调减50万元。",
            "　　调整后，2027年粤桂东西部协作项目仍为2个，资金总额250万元不变。",
            "　　请各单位加快建设，确保11月底前资金支出进度达到90%以上。",
            "",
            "附件",
            "甲县2027年粤桂东西部协作项目调整明细表",
            "序号\t项目名称\t调整后资金（万元）",
            "1\t丙镇帮扶车间项目\t150",
            "2\t丁乡道路项目\t100",
        )
    )
    (programme,) = result.programmes
    workshop = next(p for p in programme.projects if p.name == "丙镇帮扶车间项目")
    assert [(c.metric, c.text) for c in workshop.commitments] == [
        ("增加缝纫设备", "增加缝纫设备40台（套）")
    ]
    assert [c.text for c in programme.commitments] == ["确保11月底前资金支出进度达到90%以上"]


def test_a_text_without_a_title_still_gives_its_projects_and_total() -> None:
    # A page of a plan (its title on the page before): what it gives is kept, the title left
    # empty and named in a warning, never guessed.
    from aidmodel import from_json, to_json
    from aidmodel.importers import WarningCode
    from aidmodel.model import Programme

    result = parse_plan(
        _text(
            "　　二、资金安排",
            "　　2027年安排东西部协作资金300万元，实施项目2个。",
            "　　1.丙镇茶园项目，安排资金200万元。",
            "　　2.丁乡道路项目，安排资金100万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.title is None
    assert programme.declared_total == Money.from_wan(300)
    assert [p.name for p in programme.projects] == ["丙镇茶园项目", "丁乡道路项目"]
    assert any(
        w.code is WarningCode.NOT_STATED and "no title" in w.message for w in result.warnings
    )
    text = to_json(programme)
    assert '"format_version":2' in text
    assert '"title"' not in text
    assert from_json(text, Programme) == programme


def test_a_text_with_no_title_no_projects_and_no_total_gives_no_programme() -> None:
    from aidmodel.importers import WarningCode

    result = parse_plan(
        _text("　　一、工作要求", "　　各单位要加强组织领导，确保各项任务落实到位。")
    )
    assert result.programmes == ()
    assert any(w.code is WarningCode.NO_PROGRAMME for w in result.warnings)


def test_a_programme_without_a_title_reads_untitled_in_its_report() -> None:
    from aidmodel import fund_plan
    from aidmodel._report import render
    from aidmodel.model import Programme, Project

    programme = Programme(projects=[Project(name="丙镇茶园项目", amount=Money.from_wan(200))])
    assert fund_plan(programme).title == "（无标题）项目资金计划表"
    assert render(programme).splitlines()[0] == "（无标题）"
    assert render(programme, locale="zh_Hant_TW").splitlines()[0] == "（無標題）"
