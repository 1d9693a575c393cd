"""The aidmodel command, run in-process through its main()."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from aidmodel import Programme, from_dict, from_json, samples, to_json
from aidmodel.cli import main

GOLDEN = Path(__file__).parent.parent / "golden" / "cli"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def golden(request: pytest.FixtureRequest, name: str, text: str) -> None:
    path = GOLDEN / name
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_demo_matches_golden(
    capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    code, out, err = run(capsys, "demo")
    assert code == 0
    assert err == ""
    body = out.split("\n", 1)[1]  # the first line carries the version
    golden = GOLDEN / "demo.txt"
    if request.config.getoption("--update-golden"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(body, encoding="utf-8")
    assert body == golden.read_text(encoding="utf-8")
    assert "柒佰陆拾陆万元整  (matches)" in out
    assert "not 5005万元 (off by 300万元)" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (("upper", "3952.310194万元"), "叁仟玖佰伍拾贰万叁仟壹佰零壹元玖角肆分\n"),
        (("upper", "1409.02"), "壹仟肆佰零玖元零贰分\n"),
        (("upper", "柒佰陆拾陆万元整"), "柒佰陆拾陆万元整\n"),
        (("number", "三千五百万"), "35000000\n"),
        (("number", "1.23456万"), "12345.6\n"),
        (("chinese", "766"), "七百六十六\n"),
        (("chinese", "766", "--upper"), "柒佰陆拾陆\n"),
        (("chinese", "3.14"), "三点一四\n"),
        (("quantity", "170余万元"), "value=1700000  unit=元  bound=more_than\n"),
        (("quantity", "2—3个"), "value=2  high=3  unit=个  bound=range\n"),
    ],
)
def test_commands(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], expected: str) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (0, expected, "")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ("upper", "0.001"),
            "aidmodel upper: Money.yuan (金额)：金额精确到分以下；应为最多2位小数",
        ),
        (
            ("upper", "0.001", "--locale", "en"),
            "aidmodel upper: Money.yuan (金额): finer than one fen (分)",
        ),
        (
            ("upper", "0.001", "--locale", "zh_TW"),
            "aidmodel upper: Money.yuan (金额)：金額精確到分以下；應為最多2位小數，實際為「0.001」",
        ),
        (("upper", "766"), ""),
        (("upper", "七百两"), "aidmodel upper:"),
        (("number", "一千二三"), "aidmodel number: parse_chinese_number，第4个字符：“三”处连续"),
        (
            ("number", "一千二三", "--locale", "en"),
            "aidmodel number: parse_chinese_number, character 4: two digits in a row at '三'",
        ),
        (("chinese", "abc"), "aidmodel chinese: 不是十进制数字：'abc'"),
        (("chinese", "abc", "--locale", "en"), "aidmodel chinese: not a decimal number: 'abc'"),
        (("quantity", "以上"), "aidmodel quantity: parse_quantity，第1个字符：没有数量"),
        (
            ("quantity", "以上", "--locale", "en"),
            "aidmodel quantity: parse_quantity, character 1: no figure",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    if not message:  # a plain number is yuan on the command line
        assert code == 0
        return
    assert code == 2
    assert out == ""
    assert err.startswith(message)
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_report_of_seed_000_is_the_default(
    capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    code, out, err = run(capsys)
    assert (code, err) == (0, "")
    assert run(capsys, "report")[1] == out
    assert run(capsys, "report", "--sample", "shizhong-ebian-2025")[1] == out
    assert "声明 766万元（大写：柒佰陆拾陆万元整）" in out
    assert "合计（大写）：柒佰肆拾肆万元整" in out
    assert "第（三）部分“强化人才培育”声明项目3个，实际列出4个" in out
    assert "转移就业40名以上" in out
    golden(request, "report-shizhong-ebian-2025.txt", out)


@pytest.mark.parametrize("name", samples.names())
@pytest.mark.parametrize("locale", ["zh_CN", "zh_Hant_TW", "en"])
def test_report_of_every_sample_matches_golden(
    capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest, name: str, locale: str
) -> None:
    code, out, err = run(capsys, "report", "--sample", name, "--locale", locale, "--width", "120")
    assert (code, err) == (0, "")
    golden(request, f"report-{name}-{locale}.txt", out)


@pytest.mark.parametrize(
    ("name", "words", "not_words"),
    [
        (
            "shizhong-ebian-2025",
            ["資金來源", "項目資金計劃表", "資金總額", "聲明 766萬元（大寫：", "核對結果 (1)"],
            ["资金来源", "资金总额", "核对结果", "声明 766"],
        ),
        (
            "liangjiang-pengshui-2020",
            ["核對結果 (0)", "無不一致之處"],
            ["核对结果", "无不一致之处"],
        ),
    ],
)
def test_the_report_s_own_words_in_traditional_chinese(
    capsys: pytest.CaptureFixture[str], name: str, words: list[str], not_words: list[str]
) -> None:
    code, out, _ = run(capsys, "report", "--sample", name, "--locale", "zh_Hant_TW")
    assert code == 0
    assert [w for w in words if w not in out] == []
    assert [w for w in not_words if w in out] == []


def test_report_reads_a_file_and_gives_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(samples.text("binjiang-jianshi-2018"), encoding="utf-8")
    code, out, err = run(capsys, "report", str(plan), "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert from_dict(data["programme"], Programme) == samples.load("binjiang-jianshi-2018")
    kinds = [f["kind"] for f in data["findings"]]
    assert kinds == ["section_split", "funding_vs_amount"]
    assert data["findings"][1]["difference"] == "-3000000.00"


def test_check_exits_1_on_findings_and_0_without(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    clean = tmp_path / "liangjiang.json"
    clean.write_text(samples.text("liangjiang-pengshui-2020"), encoding="utf-8")
    code, out, err = run(capsys, "check", str(clean))
    assert (code, out, err) == (0, f"{clean}: 未发现不一致之处\n", "")
    code, out, err = run(capsys, "check", str(clean), "--sample", "keqiao-ebian-2025")
    assert code == 1
    assert out.splitlines()[1] == (
        "sample:keqiao-ebian-2025: [repeated_number] section '6': "
        "第（六）部分“加大改善民生”中序号“10.”出现2次"
    )
    code, out, _ = run(capsys, "check", "--sample", "keqiao-ebian-2025", "--locale", "en")
    assert out.splitlines()[0] == (
        "sample:keqiao-ebian-2025: [repeated_number] section '6': "
        "item number “10.” is printed 2 times in part （六） “加大改善民生”"
    )
    code, out, _ = run(capsys, "check", "--sample", "shizhong-ebian-2025", "--format", "json")
    assert code == 1
    assert [f["kind"] for f in json.loads(out)["sample:shizhong-ebian-2025"]] == [
        "section_count",
    ]


@pytest.mark.parametrize(
    ("locale", "message"),
    [
        ("zh_CN", "第（三）部分“强化人才培育”声明项目3个，实际列出4个"),
        ("zh_Hant_TW", "第（三）部分「强化人才培育」聲明項目3個，實際列出4個"),
        ("en", "part （三） “强化人才培育” declares 3 projects and lists 4"),
    ],
)
def test_check_json_keeps_english_keys_and_localises_the_message(
    capsys: pytest.CaptureFixture[str], locale: str, message: str
) -> None:
    argv = ("check", "--sample", "shizhong-ebian-2025", "--format", "json", "--locale", locale)
    code, out, _ = run(capsys, *argv)
    assert code == 1
    finding = json.loads(out)["sample:shizhong-ebian-2025"][0]
    assert finding == {
        "kind": "section_count",
        "where": "section '3'",
        "declared": 3,
        "computed": 4,
        "difference": 1,
        "message": message,
    }


def test_check_reports_every_readable_file_and_names_each_unreadable_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    clean = tmp_path / "a.json"
    clean.write_text(samples.text("liangjiang-pengshui-2020"), encoding="utf-8")
    missing = tmp_path / "missing.json"
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    found = tmp_path / "b.json"
    found.write_text(samples.text("keqiao-ebian-2025"), encoding="utf-8")
    argv = ("check", str(clean), str(missing), str(broken), str(found))
    code, out, err = run(capsys, *argv)
    assert code == 2
    lines = out.splitlines()
    assert lines[0] == f"{clean}: 未发现不一致之处"
    assert lines[1].startswith(f"{found}: [repeated_number] ")
    assert {line.split(": ")[0] for line in lines} == {str(clean), str(found)}
    errors = err.splitlines()
    assert errors[0] == f"aidmodel check: {missing}：文件不存在"
    assert errors[1] == (
        f"aidmodel check: {broken}：不是方案文件：不是有效的JSON：第1行第2列（字符偏移1）："
        "数据意外结束（位于$）"
    )
    assert len(errors) == 2
    code, out, err = run(capsys, *argv, "--format", "json")
    assert code == 2
    assert list(json.loads(out)) == [str(clean), str(found)]
    assert len(err.splitlines()) == 2


@pytest.mark.parametrize("sample", ["liangjiang-pengshui-2020", "keqiao-ebian-2025"])
def test_check_exits_2_when_a_file_is_unreadable_with_or_without_findings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample: str
) -> None:
    missing = tmp_path / "missing.json"
    code, out, err = run(capsys, "check", str(missing), "--sample", sample)
    assert code == 2
    assert out.startswith(f"sample:{sample}: ")
    assert err == f"aidmodel check: {missing}：文件不存在\n"


def test_check_reports_each_file_as_it_is_read(tmp_path: Path) -> None:
    """Through a terminal (stdout and stderr one stream) the lines come in file order."""
    clean = tmp_path / "a.json"
    clean.write_text(samples.text("liangjiang-pengshui-2020"), encoding="utf-8")
    missing = tmp_path / "missing.json"
    argv = [sys.executable, "-m", "aidmodel.cli", "check", str(clean), str(missing), str(clean)]
    result = subprocess.run(
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert (result.returncode, result.stdout.splitlines()) == (
        2,
        [
            f"{clean}: 未发现不一致之处",
            f"aidmodel check: {missing}：文件不存在",
            f"{clean}: 未发现不一致之处",
        ],
    )


def test_check_of_unreadable_files_only_reports_no_sample(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Seed 000 is the default only when nothing is named, not when nothing could be read."""
    first, second = tmp_path / "1.json", tmp_path / "2.txt"
    code, out, err = run(capsys, "check", str(first), str(second))
    assert (code, out) == (2, "")
    assert err == (f"aidmodel check: {first}：文件不存在\naidmodel check: {second}：文件不存在\n")
    code, out, _ = run(capsys, "check", str(first), "--format", "json")
    assert (code, json.loads(out)) == (2, {})


def test_convert_writes_every_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "convert", "--sample", "keqiao-ebian-2025", "--to", "json")
    assert code == 0
    assert from_json(out, Programme) == samples.load("keqiao-ebian-2025")
    code, out, _ = run(capsys, "convert", "--sample", "keqiao-ebian-2025", "--to", "md")
    assert code == 0
    assert out.startswith("**峨边彝族自治县2025年东西部协作项目实施方案")
    target = tmp_path / "plan.csv"
    code, out, _ = run(
        capsys, "convert", "--sample", "keqiao-ebian-2025", "--to", "csv", "-o", str(target)
    )
    assert (code, out) == (0, "")
    assert target.read_bytes().startswith("\ufeff".encode())
    code, _, err = run(capsys, "convert", "--sample", "keqiao-ebian-2025", "--to", "xlsx")
    assert code == 2
    assert "请用 -o FILE.xlsx 写入文件" in err
    pytest.importorskip("openpyxl")
    book = tmp_path / "plan.xlsx"
    code, out, err = run(
        capsys, "convert", "--sample", "keqiao-ebian-2025", "--to", "xlsx", "-o", str(book)
    )
    assert (code, out, err) == (0, "", "")
    assert book.read_bytes().startswith(b"PK")


def test_convert_to_csv_on_stdout_is_the_bytes_of_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`convert --to csv > plan.csv` gives the file -o writes: byte order mark and CRLF included."""
    target = tmp_path / "plan.csv"
    argv = ("convert", "--sample", "keqiao-ebian-2025", "--to", "csv")
    assert run(capsys, *argv, "-o", str(target)) == (0, "", "")
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert out.startswith("\ufeff序号,")
    assert out.encode("utf-8") == target.read_bytes()


def test_convert_to_csv_on_a_stream_without_a_buffer_keeps_the_byte_order_mark(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(["convert", "--sample", "keqiao-ebian-2025", "--to", "csv"]) == 0
    assert stream.getvalue().startswith("\ufeff序号,")
    assert stream.getvalue().endswith("\r\n")


def test_convert_to_csv_on_the_real_stdout_starts_with_the_byte_order_mark(
    tmp_path: Path,
) -> None:
    target = tmp_path / "plan.csv"
    argv = [sys.executable, "-m", "aidmodel.cli", "convert", "--sample", "keqiao-ebian-2025"]
    written = subprocess.run([*argv, "--to", "csv", "-o", str(target)], check=True)
    assert written.returncode == 0
    piped = subprocess.run([*argv, "--to", "csv"], capture_output=True, check=False)
    assert (piped.returncode, piped.stderr) == (0, b"")
    assert piped.stdout.startswith(b"\xef\xbb\xbf")
    assert piped.stdout == target.read_bytes()


def test_portfolio_adds_up_a_county_across_partners(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("portfolio", "--sample", "shizhong-ebian-2025", "--sample", "keqiao-ebian-2025")
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == [
        "峨边彝族自治县  2025  4,718.310194万元  (方案2个)",
        "  大写 肆仟柒佰壹拾捌万叁仟壹佰零壹元玖角肆分",
    ]
    code, out, _ = run(capsys, *argv, "--format", "json")
    assert json.loads(out)[0]["amount"] == "47183101.94"


def test_portfolio_counts_a_programme_given_twice_once_and_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, copy = tmp_path / "a.json", tmp_path / "copy.json"
    for path in (first, copy):
        path.write_text(samples.text("shizhong-ebian-2025"), encoding="utf-8")
    argv = ("portfolio", str(first), str(copy), "--sample", "keqiao-ebian-2025")
    code, out, err = run(capsys, *argv)
    assert code == 0
    assert out.splitlines()[0] == "峨边彝族自治县  2025  4,718.310194万元  (方案2个)"
    assert err == (
        f"aidmodel portfolio: {copy}：与{first}为同一方案"
        "（'乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案'，"
        "市中区 → 峨边彝族自治县，2025），只计一次\n"
    )
    code, out, err2 = run(capsys, *argv, "--format", "json")
    assert (code, err2) == (0, err)
    assert [(r["amount"], r["programmes"]) for r in json.loads(out)] == [("47183101.94", 2)]


def test_portfolio_counts_a_file_or_sample_named_twice_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(samples.text("shizhong-ebian-2025"), encoding="utf-8")
    for argv in (
        (str(plan), str(plan)),
        ("--sample", "shizhong-ebian-2025", "--sample", "shizhong-ebian-2025"),
        (str(plan), "--sample", "shizhong-ebian-2025"),
    ):
        code, out, err = run(capsys, "portfolio", *argv)
        assert code == 0
        assert out.splitlines()[0] == "峨边彝族自治县  2025  766万元  (方案1个)"
        assert err.count("\n") == 1
        assert "为同一方案" in err


def test_portfolio_counts_programmes_that_differ_in_title_donor_or_year(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    programme = samples.load("shizhong-ebian-2025")
    donor = attrs.evolve(programme.donor, name="沙湾区")
    files = []
    for index, changed in enumerate(
        [
            programme,
            attrs.evolve(programme, title=programme.title + "（修订）"),
            attrs.evolve(programme, donor=donor),
            attrs.evolve(programme, year=2026),
        ]
    ):
        path = tmp_path / f"{index}.json"
        path.write_text(to_json(changed), encoding="utf-8")
        files.append(str(path))
    code, out, err = run(capsys, "portfolio", *files)
    assert (code, err) == (0, "")
    assert [line for line in out.splitlines() if not line.startswith(" ")] == [
        "峨边彝族自治县  2025  2,298万元  (方案3个)",
        "峨边彝族自治县  2026  766万元  (方案1个)",
    ]


def test_commitments_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "commitments", "转移就业40名以上；开展送岗下乡2场以上")
    assert code == 0
    assert out == (
        "0-9  metric=转移就业  value=40  unit=名  bound=at_least\n"
        "10-20  metric=送岗下乡  value=2  unit=场  bound=at_least\n"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "aidmodel check: {path}：文件不存在"),
        ("{", "aidmodel check: {path}：不是方案文件："),
        ('{"title": 5}', "aidmodel check: {path}：不是方案文件："),
        ("[]", "aidmodel check: {path}：不是方案文件："),
    ],
)
def test_a_bad_file_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "plan.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "check", str(path))
    assert (code, out) == (2, "")
    assert err.startswith(message.format(path=path)), err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "plan.xyz",
            "：不支持的文件类型'.xyz'，应为以下扩展名之一：.json, .txt, .text, .md, .docx",
        ),
        (
            "plan",
            "：不支持的文件类型'(no suffix)'，应为以下扩展名之一：.json, .txt, .text, .md, .docx",
        ),
        # the importer's advice for the types it refuses stands, told in the locale
        ("plan.pdf", "：不读取PDF文件；应为将其文本提取到.txt文件中，实际为“plan.pdf”"),
        ("plan.doc", "：不读取旧版Word文件；应为另存为.docx的文件，实际为“plan.doc”"),
    ],
    ids=["unknown", "no-suffix", "pdf", "doc"],
)
@pytest.mark.parametrize("command", ["report", "check", "convert", "portfolio"])
def test_a_file_of_an_unknown_type_names_every_suffix_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, name: str, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"x")
    extra = ("--to", "json") if command == "convert" else ()
    code, out, err = run(capsys, command, str(path), *extra)
    assert (code, out, err) == (2, "", f"aidmodel {command}: {path}{message}\n")


def test_import_names_the_suffixes_of_a_plan_s_text_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """import reads no JSON, so its list has no .json."""
    path = tmp_path / "plan.json"
    path.write_text(samples.text("keqiao-ebian-2025"), encoding="utf-8")
    code, out, err = run(capsys, "import", str(path))
    assert (code, out) == (2, "")
    assert err == (
        f"aidmodel import: {path}：未知文件类型“.json”；应为以.txt, .text, .md, .docx结尾的文件，"
        "实际为“plan.json”\n"
    )
    code, out, err = run(capsys, "import", str(path), "--locale", "en")
    assert err == (
        f"aidmodel import: {path}: unknown file type '.json'; expected a file ending in"
        " .txt, .text, .md, .docx, got 'plan.json'\n"
    )


def test_help_names_every_suffix_read(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "a plan's text (.txt, .text, .md, .docx) to import" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    assert "the plan: .txt, .text, .md or .docx" in capsys.readouterr().out


def test_console_script_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "aidmodel.cli", "upper", "766万元"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "柒佰陆拾陆万元整\n"


# -- aidmodel import, and plans' text given to report and check ----------------------------

FIXTURES = Path(__file__).parent.parent / "fixtures"
SMALL_PLAN = FIXTURES / "import" / "small_plan.txt"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
# FILE:LINE: code: message, or FILE: code: message for the whole text.
WARNING_LINE = r"^{file}(:\d+)?: [a-z_]+: \S.*$"


def test_import_writes_the_json_convert_writes(
    capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "import", str(SMALL_PLAN))
    assert (code, err) == (0, "")
    golden(request, "import-small_plan.json", out)
    programme = from_json(out, Programme)
    assert programme.title == "东山县2026年东西部协作项目实施方案"
    assert len(programme.projects) == 3
    target = tmp_path / "plan.json"
    code, written, err = run(capsys, "import", str(SMALL_PLAN), "-o", str(target))
    assert (code, written, err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == out
    assert run(capsys, "convert", str(target), "--to", "json")[1] == out
    # report and check read the JSON, and the text itself, alike
    assert run(capsys, "report", str(target)) == run(capsys, "report", str(SMALL_PLAN))
    assert run(capsys, "check", str(SMALL_PLAN)) == (0, f"{SMALL_PLAN}: 未发现不一致之处\n", "")


def test_import_source_names_the_provenance(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "import", str(SMALL_PLAN), "--source", "https://example.org/p")
    assert code == 0
    programme = from_json(out, Programme)
    assert programme.provenance is not None
    assert programme.provenance.source == "https://example.org/p"


def test_import_of_a_docx_gives_the_json_of_its_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    docx = pytest.importorskip("docx", reason="python-docx (the docx extra) is not installed")
    document = docx.Document()
    for line in SMALL_PLAN.read_text(encoding="utf-8").split("\n"):
        document.add_paragraph(line)
    file = tmp_path / "方案.docx"
    document.save(str(file))
    from_text = run(capsys, "import", str(SMALL_PLAN), "--source", "plan")
    assert run(capsys, "import", str(file), "--source", "plan") == from_text


def test_import_warnings_are_compiler_style_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = SMALL_PLAN.read_text(encoding="utf-8").replace("叁佰万元整", "叁佰伍拾万元整")
    file = tmp_path / "plan.txt"
    file.write_bytes(text.encode("gb18030"))
    code, out, err = run(capsys, "import", str(file))
    assert code == 0
    assert from_json(out, Programme).declared_total_upper == "叁佰伍拾万元整"
    assert err.startswith(f"{file}:6: uppercase_mismatch: ")
    assert err.count("\n") == 1
    code, out, err2 = run(capsys, "check", str(file))
    assert code == 1
    assert out.startswith(f"{file}: [")
    assert err2 == err


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.name[:3])
def test_import_of_every_seed(capsys: pytest.CaptureFixture[str], seed: Path) -> None:
    """Structure only: the importer is still growing, so the JSON is not pinned."""
    code, out, err = run(capsys, "import", str(seed))
    lines = err.splitlines()
    if code == 2:  # nothing found: the warnings say why, then one line says so
        assert out == ""
        assert lines[-1].startswith(f"aidmodel import: {seed}: no programme found (")
        lines = lines[:-1]
    else:
        assert code == 0
        data = json.loads(out)
        for item in data if isinstance(data, list) else [data]:
            assert from_dict(item, Programme).title
    for line in lines:
        assert re.match(WARNING_LINE.format(file=re.escape(str(seed))), line), line


def test_prose_seeds_import_with_their_titles(capsys: pytest.CaptureFixture[str]) -> None:
    titles = {
        "000": "乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案",
        "001": "峨边彝族自治县2025年东西部协作项目实施方案",
    }
    for seed in SEEDS:
        if seed.name[:3] in titles:
            code, out, _ = run(capsys, "import", str(seed))
            assert code == 0
            assert from_json(out, Programme).title == titles[seed.name[:3]]


def test_a_json_array_of_programmes_is_read_by_every_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    names = ["keqiao-ebian-2025", "shizhong-ebian-2025"]
    file = tmp_path / "bulletin.json"
    file.write_text(
        json.dumps([json.loads(samples.text(n)) for n in names], ensure_ascii=False),
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "check", str(file))
    assert code == 1
    assert {line.split(": ")[0] for line in out.splitlines()} == {f"{file}[0]", f"{file}[1]"}
    code, out, _ = run(capsys, "portfolio", str(file))
    assert (code, out.splitlines()[0]) == (
        0,
        "峨边彝族自治县  2025  4,718.310194万元  (方案2个)",
    )
    code, out, err = run(capsys, "report", str(file))
    assert (code, out) == (2, "")
    assert err == (
        "aidmodel report: report 只处理一个方案，应给出一个 FILE 或 --sample NAME，"
        f"实际为：{file}[0], {file}[1]\n"
    )
    file.write_text('[{"format_version": 1, "title": 5}]', encoding="utf-8")
    code, _, err = run(capsys, "check", str(file))
    assert code == 2
    assert "（位于$[0].title）" in err


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.txt", None, "aidmodel import: {path}：文件不存在\n"),
        ("plan.pdf", b"%PDF-1.4", "aidmodel import: {path}：不读取PDF文件；应为将其文本提取"),
        (
            "plan.txt",
            b"\xff\xfe\xfe",
            "aidmodel import: {path}，第1行第1列：这些字节不是UTF-16（字节偏移2处）",
        ),
        (
            "plan.txt",
            b"\x80abc",
            "aidmodel import: {path}，第1行第1列：这些字节既不是UTF-8也不是GB18030",
        ),
        ("plan.txt", "无标题".encode(), "{path}: "),
    ],
)
def test_import_of_a_bad_file_exits_2(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    name: str,
    content: bytes | None,
    message: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, "import", str(path))
    assert (code, out) == (2, "")
    assert err.startswith(message.format(path=path)), err
    assert err.endswith("\n")
    assert "Traceback" not in err
    if content == "无标题".encode():
        assert f"{path}: no_programme: " in err
        assert err.splitlines()[-1] == f"aidmodel import: {path}：未找到方案（导入提示1条）"


@pytest.mark.parametrize(
    ("argv", "messages"),
    [
        (
            ("check", "{missing}"),
            {
                "zh_CN": "aidmodel check: {missing}：文件不存在\n",
                "zh_Hant_TW": "aidmodel check: {missing}：檔案不存在\n",
                "en": "aidmodel check: {missing}: no such file\n",
            },
        ),
        (
            ("report", "--sample", "keqiao-ebian-2025", "--sample", "shizhong-ebian-2025"),
            {
                "zh_CN": "aidmodel report: report 只处理一个方案，应给出一个 FILE 或 --sample NAME，"
                "实际为：sample:keqiao-ebian-2025, sample:shizhong-ebian-2025\n",
                "zh_Hant_TW": "aidmodel report: report 只處理一個方案，應給出一個 FILE 或 --sample NAME，"
                "實際為：sample:keqiao-ebian-2025, sample:shizhong-ebian-2025\n",
                "en": "aidmodel report: report takes one programme; expected one FILE or --sample"
                " NAME, got sample:keqiao-ebian-2025, sample:shizhong-ebian-2025\n",
            },
        ),
        (
            ("convert", "--sample", "keqiao-ebian-2025", "--to", "xlsx"),
            {
                "zh_CN": "aidmodel convert: xlsx 工作簿不是文本，请用 -o FILE.xlsx 写入文件\n",
                "zh_Hant_TW": "aidmodel convert: xlsx 活頁簿不是文字，請用 -o FILE.xlsx 寫入檔案\n",
                "en": "aidmodel convert: an xlsx workbook is not text; expected -o FILE.xlsx\n",
            },
        ),
        (
            ("chinese", "abc"),
            {
                "zh_CN": "aidmodel chinese: 不是十进制数字：'abc'\n",
                "zh_Hant_TW": "aidmodel chinese: 不是十進位數字：'abc'\n",
                "en": "aidmodel chinese: not a decimal number: 'abc'\n",
            },
        ),
        (
            ("progress", "--sample", "shizhong-ebian-2025", "--as-of", "30.9.2025"),
            {
                "zh_CN": "aidmodel progress: --as-of：不是日期，应为 YYYY-MM-DD 格式（如 2025-09-30），"
                "实际为'30.9.2025'\n",
                "zh_Hant_TW": "aidmodel progress: --as-of：不是日期，應為 YYYY-MM-DD 格式（如 2025-09-30），"
                "實際為'30.9.2025'\n",
                "en": "aidmodel progress: --as-of: not a date; expected YYYY-MM-DD such as 2025-09-30,"
                " got '30.9.2025'\n",
            },
        ),
    ],
)
@pytest.mark.parametrize("locale", ["zh_CN", "zh_Hant_TW", "en"])
def test_cli_errors_read_in_the_locale_asked_for(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    argv: tuple[str, ...],
    messages: dict[str, str],
    locale: str,
) -> None:
    missing = tmp_path / "missing.json"
    args = [a.format(missing=missing) for a in argv]
    code, out, err = run(capsys, *args, "--locale", locale)
    assert (code, out) == (2, "")
    assert err == messages[locale].format(missing=missing)
    if locale == "zh_CN":  # the default of every command with --locale
        assert run(capsys, *args)[2] == err


def test_a_locale_without_messages_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "check", "--sample", "keqiao-ebian-2025", "--locale", "fr")
    assert (code, out) == (2, "")
    assert err == (
        "aidmodel check: --locale(locale=...): no messages in this language; expected a Chinese"
        " or English locale (zh_CN, zh_Hant_TW, en), got 'fr'\n"
    )


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_CN", "峨边彝族自治县  2025  4,718.310194万元  (方案2个)"),
        ("zh_Hant_TW", "峨边彝族自治县  2025  4,718.310194萬元  (方案2個)"),
        ("en", "峨边彝族自治县  2025  4,718.310194 × 10,000 yuan  (2 programmes)"),
    ],
)
def test_portfolio_counts_in_the_locale(
    capsys: pytest.CaptureFixture[str], locale: str, expected: str
) -> None:
    argv = ("portfolio", "--sample", "keqiao-ebian-2025", "--sample", "shizhong-ebian-2025")
    code, out, _ = run(capsys, *argv, "--locale", locale)
    assert code == 0
    assert out.splitlines()[0] == expected


# -- the help and argparse's own words in the help's locale --------------------------------


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """An environment of no Chinese locale, a wide terminal."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "200")


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    assert exit_.value.code == 0
    return capsys.readouterr().out


@pytest.mark.usefixtures("english")
def test_help_is_english_without_a_chinese_locale(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "--help")
    assert text.startswith("usage: aidmodel [-h] [--version] COMMAND ...")
    assert "  -h, --help   show this help message and exit" in text
    assert "write an amount in uppercase (大写): 766万元, 1409.02" in text
    assert "how amounts, dates and messages are written" in _help(capsys, "check", "--help")


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("argv", "language", "expected"),
    [
        (
            ("--help",),
            "zh_CN.UTF-8",
            ["用法：aidmodel", "位置参数", "选项", "显示此帮助信息并退出"],
        ),
        (
            ("check", "--help"),
            "zh_CN.UTF-8",
            ["用法：aidmodel check", "方案的JSON文件（交换格式）", "金额、日期和提示语的书写方式"],
        ),
        (("check", "--help", "--locale", "zh_Hant_TW"), "C", ["用法：", "顯示此幫助資訊並退出"]),
        (("upper", "--locale=zh_TW", "--help"), "C", ["金額：766万元、1.68亿元"]),
        (("--help",), "zh_TW.UTF-8", ["對口幫扶方案的精確金額"]),
        (("check", "--help", "--locale", "en"), "zh_CN.UTF-8", ["usage: aidmodel check"]),
    ],
)
def test_help_follows_the_locale(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: tuple[str, ...],
    language: str,
    expected: list[str],
) -> None:
    monkeypatch.setenv("LANG", language)
    text = _help(capsys, *argv)
    for words in expected:
        assert words in text, (words, text)
    if "usage:" not in expected[0]:
        assert "usage:" not in text
        assert "show this help" not in text


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("argv", "language", "message"),
    [
        (
            ("check", "--format", "xml"),
            "zh_CN.UTF-8",
            "aidmodel check：错误：参数--format：无效的选择：'xml'（可选'text', 'json'）",
        ),
        (("upper",), "zh_CN.UTF-8", "aidmodel upper：错误：缺少以下参数：amount"),
        (("upper", "1", "--locale", "zh_TW", "--x"), "C", "aidmodel：錯誤：無法識別的引數：--x"),
        (
            ("check", "--format", "xml"),
            "C",
            "aidmodel check: error: argument --format: invalid choice: 'xml' (choose from"
            " 'text', 'json')",
        ),
    ],
)
def test_argparse_errors_follow_the_locale(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: tuple[str, ...],
    language: str,
    message: str,
) -> None:
    monkeypatch.setenv("LANG", language)
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == message
    assert err.startswith("usage: " if language == "C" and "zh_TW" not in argv else "用法：")


def test_argparse_s_messages_are_the_ones_translated() -> None:
    """Each argparse message the catalogs translate is one argparse writes (in this Python)."""
    import argparse
    import inspect

    from aidmodel import cli

    source = inspect.getsource(argparse)
    for template in (*cli._ARGPARSE_ERRORS, cli._USAGE, cli._ERROR):
        assert f"_({template!r})" in source or f'_("{template}")' in source, template


def test_every_help_of_the_command_is_a_message_of_the_catalogs() -> None:
    import ast

    from aidmodel import cli

    tree = ast.parse(Path(cli.__file__).read_text(encoding="utf-8"))
    plain = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg not in ("help", "description"):
                    continue
                value = keyword.value
                if isinstance(value, ast.BinOp):  # say(N_("… %(name)s …")) % {...}
                    value = value.left
                said = (
                    isinstance(value, ast.Call)
                    and isinstance(value.func, ast.Name)
                    and value.func.id == "say"
                    and isinstance(value.args[0], ast.Call)
                    and getattr(value.args[0].func, "id", None) == "N_"
                )
                if not said and not (isinstance(value, ast.Name) and value.id == "help"):
                    plain.append(node.lineno)
    assert not plain, f"help not told in the locale (say(N_(...))) at lines {plain}"
