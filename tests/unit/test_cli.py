"""The aidmodel command, run in-process through its main()."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from aidmodel.cli import main

GOLDEN = Path(__file__).parent.parent / "golden" / "cli"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_is_the_default_and_matches_golden(
    capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest
) -> None:
    code, out, err = run(capsys)
    assert code == 0
    assert err == ""
    assert run(capsys, "demo")[1] == out
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
        (("upper", "0.001"), "aidmodel upper: Money.yuan (金额): finer than one fen (分)"),
        (("upper", "766"), ""),
        (("upper", "七百两"), "aidmodel upper:"),
        (("number", "一千二三"), "aidmodel number: parse_chinese_number, character 4"),
        (("chinese", "abc"), "aidmodel chinese: not a decimal number: 'abc'"),
        (("quantity", "以上"), "aidmodel quantity: parse_quantity, character 1: no figure"),
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
