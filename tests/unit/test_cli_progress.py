"""aidmodel progress PLAN LEDGER --as-of DATE: the 进度表 of a plan, golden files for each format."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from aidmodel import samples, to_json
from aidmodel.cli import main

GOLDEN = Path(__file__).parent.parent / "golden" / "progress"
NAME = "shizhong-ebian-2025"


@pytest.fixture
def files(tmp_path: Path) -> tuple[str, str]:
    plan = tmp_path / "plan.json"
    plan.write_text(samples.text(NAME), encoding="utf-8")
    ledger = tmp_path / "ledger.json"
    ledger.write_text(to_json(samples.ledger(NAME), indent=2), encoding="utf-8")
    return str(plan), str(ledger)


def _golden(request: pytest.FixtureRequest, name: str, data: bytes) -> None:
    path = GOLDEN / name
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert data == path.read_bytes()


@pytest.mark.parametrize(("fmt", "suffix"), [("text", "txt"), ("md", "md"), ("csv", "csv")])
@pytest.mark.parametrize("as_of", ["2025-09-30", "2025-11-30"])
def test_progress_table_matches_golden(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    files: tuple[str, str],
    fmt: str,
    suffix: str,
    as_of: str,
) -> None:
    plan, ledger = files
    out = tmp_path / f"out.{suffix}"
    code = main(["progress", plan, ledger, "--as-of", as_of, "--format", fmt, "-o", str(out)])
    assert code == 0
    _golden(request, f"{NAME}-{as_of}.{suffix}", out.read_bytes())


def test_text_goes_to_stdout(capsys: pytest.CaptureFixture[str], files: tuple[str, str]) -> None:
    plan, ledger = files
    assert main(["progress", plan, ledger, "--as-of", "2025-09-30"]) == 0
    out = capsys.readouterr().out
    assert out == (GOLDEN / f"{NAME}-2025-09-30.txt").read_text(encoding="utf-8")
    assert "资金拨付率73.91%，资金支出率59.49%，开工率93.75%，完工率25.00%" in out


def test_xlsx_workbook_holds_the_table(tmp_path: Path, files: tuple[str, str]) -> None:
    plan, ledger = files
    out = tmp_path / "进度表.xlsx"
    assert (
        main(
            ["progress", plan, ledger, "--as-of", "2025-09-30", "--format", "xlsx", "-o", str(out)]
        )
        == 0
    )
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "项目进度表"
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][0].endswith("项目进度表（截至2025年9月30日）")
    total = next(row for row in values if row[0] == "合计")
    assert total[1:7] == ["16个", 732, 541, "73.91%", 435.5, "59.49%"]


def test_a_csv_ledger_is_read_against_the_plan(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: tuple[str, str]
) -> None:
    plan, _ = files
    ledger = tmp_path / "台账.csv"
    ledger.write_text(
        "序号,项目名称,日期,拨付金额（万元）,支出金额（万元）,进度\n"
        "1.,五渡镇新茶村产业提升项目,2025-04-10,33,,开工\n"
        "16.,农村危房改造,2025-06,58,30,已开工\n",
        encoding="utf-8",
    )
    assert main(["progress", plan, str(ledger), "--as-of", "2025-09-30"]) == 0
    assert "资金拨付率12.23%，资金支出率4.03%，开工率12.50%，完工率0.00%" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("ledger_text", "as_of", "message"),
    [
        (None, "2025-9-30", "--as-of：不是日期，应为 YYYY-MM-DD 格式"),
        (
            "项目名称,日期,拨付金额（万元）\n不存在,2025-06,1\n",
            "2025-09-30",
            "台账.csv，第2行：1行找不到方案中的项目：第2行“不存在”（没有这个项目）",
        ),
        (
            '{"format_version": 1, "events": [{"project": 99, "kind": "started", "date": "2025-06"}]}',
            "2025-09-30",
            "Ledger.events[0].project (项目序位)：方案中没有这个序位的项目",
        ),
        ('{"format_version": 1, "events": [{"project": 1.5}]}', "2025-09-30", "：不是台账文件："),
        (
            '{"events": []}',
            "2025-09-30",
            "：不是台账文件：缺少format_version；应为1（位于$.format_version）",
        ),
    ],
)
def test_bad_input_is_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    files: tuple[str, str],
    ledger_text: str | None,
    as_of: str,
    message: str,
) -> None:
    plan, ledger = files
    if ledger_text is not None:
        suffix = ".json" if ledger_text.startswith("{") else ".csv"
        path = tmp_path / f"台账{suffix}"
        path.write_text(ledger_text, encoding="utf-8")
        ledger = str(path)
    assert main(["progress", plan, ledger, "--as-of", as_of]) == 2
    err = capsys.readouterr().err
    assert err.startswith("aidmodel progress: ")
    assert message in err
    assert err.count("\n") == 1


def test_xlsx_needs_an_output_file(
    capsys: pytest.CaptureFixture[str], files: tuple[str, str]
) -> None:
    plan, ledger = files
    assert main(["progress", plan, ledger, "--as-of", "2025-09-30", "--format", "xlsx"]) == 2
    assert "请用 -o FILE.xlsx 写入文件" in capsys.readouterr().err
