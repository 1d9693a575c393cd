"""The wire format: its contract, its strictness, and its errors."""

from __future__ import annotations

import contextlib
import copy
import gc
import json
from typing import Any

import attrs
import jsonschema
import pytest

import aidmodel
from aidmodel import (
    Bound,
    Commitment,
    DateSpan,
    FundingShare,
    FundSource,
    FundSourceKind,
    InvalidValueError,
    Money,
    PartialDate,
    Programme,
    Project,
    Provenance,
    Quantity,
    Region,
    Scheme,
    Section,
    SerializationError,
    from_dict,
    from_json,
    json_schema,
    make_converter,
    samples,
    to_dict,
    to_json,
)
from aidmodel.serialize import FORMAT_VERSION

MINIMAL: dict[str, Any] = {
    "format_version": 1,
    "title": "2025年东西部协作项目实施方案",
    "scheme": "east_west",
    "donor": {"name": "柯桥区"},
    "recipient": {"name": "峨边彝族自治县"},
    "year": 2025,
}


def document(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(MINIMAL)
    data.update(changes)
    return data


def test_contract_of_scalars() -> None:
    assert to_dict(Money.from_wan("3952.310194")) == "39523101.94"
    assert to_dict(PartialDate(2025, 11)) == "2025-11"
    assert to_dict(DateSpan(PartialDate(2018), PartialDate(2019))) == "2018/2019"
    assert to_dict(Scheme.EAST_WEST) == "east_west"
    assert to_dict(Quantity(value=40, unit="名", bound=Bound.AT_LEAST)) == {
        "value": "40",
        "unit": "名",
        "bound": "at_least",
    }


def test_programme_document_starts_with_version_and_omits_defaults() -> None:
    p = from_dict(document(), Programme)
    data = to_dict(p)
    assert next(iter(data)) == "format_version"
    assert data == MINIMAL
    assert to_json(p) == json.dumps(MINIMAL, ensure_ascii=False, separators=(",", ":"))
    assert FORMAT_VERSION == 2
    assert data["format_version"] == 1  # every field of version 1 given: written as 1


def test_a_programme_that_does_not_say_its_donor_is_a_version_2_document() -> None:
    data = {k: v for k, v in MINIMAL.items() if k not in ("donor", "year")}
    with pytest.raises(SerializationError) as info:
        from_dict(data, Programme)
    assert info.value.problems == (
        "missing required field 'donor'; expected it in a format_version 1 document @ $.donor",
        "missing required field 'year'; expected it in a format_version 1 document @ $.year",
    )
    programme = from_dict({**data, "format_version": 2}, Programme)
    assert (programme.donor, programme.year) == (None, None)
    assert to_dict(programme) == {**data, "format_version": 2}
    assert from_json(to_json(programme), Programme) == programme


def test_a_programme_that_lists_some_of_its_projects_is_a_version_2_document() -> None:
    programme = attrs.evolve(from_dict(document(), Programme), lists_all_projects=False)
    data = to_dict(programme)
    assert (data["format_version"], data["lists_all_projects"]) == (2, False)
    assert from_json(to_json(programme), Programme) == programme
    with pytest.raises(SerializationError) as info:
        from_dict({**data, "format_version": 1}, Programme)
    assert info.value.problems == (
        "unknown field 'lists_all_projects'; expected it only in a format_version 2 document"
        " @ $.lists_all_projects",
    )
    assert "lists_all_projects" not in to_dict(attrs.evolve(programme, lists_all_projects=True))


def test_a_programme_issued_jointly_is_a_version_2_document() -> None:
    programme = attrs.evolve(
        from_dict(document(), Programme), issuer="甲县财政局", co_issuers=["甲县发展和改革委员会"]
    )
    data = to_dict(programme)
    assert (data["format_version"], data["issuer"], data["co_issuers"]) == (
        2,
        "甲县财政局",
        ["甲县发展和改革委员会"],
    )
    assert from_json(to_json(programme), Programme) == programme
    with pytest.raises(SerializationError) as info:
        from_dict({**data, "format_version": 1}, Programme)
    assert info.value.problems == (
        "unknown field 'co_issuers'; expected it only in a format_version 2 document"
        " @ $.co_issuers",
    )


def test_chinese_is_written_as_is() -> None:
    assert "柯桥区" in to_json(from_dict(document(), Programme))


def test_in_total_false_is_written_and_read() -> None:
    source = FundSource(key="2019", kind=FundSourceKind.ANNUAL_AID, in_total=False)
    assert to_dict(source) == {"key": "2019", "kind": "annual_aid", "in_total": False}
    assert from_dict(to_dict(source), FundSource) == source


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"year": 1.9}, "not a whole number; expected a JSON integer, got 1.9 @ $.year"),
        ({"year": True}, "not a whole number; expected a JSON integer, got True @ $.year"),
        ({"year": "2025"}, "got '2025' @ $.year"),
        ({"title": "  "}, "blank text; expected a non-empty string or None, got '  ' @ $"),
        ({"title": 5}, "got 5 @ $.title"),
        (
            {"scheme": "East_West"},
            "not a Scheme; expected one of 'east_west', 'in_province_pairing', 'counterpart', 'designated', 'other', got 'East_West' @ $.scheme",
        ),
        ({"scheme": 1}, "got 1 @ $.scheme"),
        (
            {"declared_total": 7660000},
            "an amount must be a JSON string; expected a string such as '7660000.00', got 7660000 @ $.declared_total",
        ),
        (
            {"declared_total": "7660000.001"},
            "not an amount in yuan; expected a decimal string with at most 2 decimal places, got '7660000.001' @ $.declared_total",
        ),
        ({"declared_total": "1e6"}, "not an amount in yuan"),
        ({"declared_total": "NaN"}, "not an amount in yuan"),
        ({"declared_total": "-5.00"}, "Programme.declared_total (资金总额): a negative amount"),
        ({"issue_date": "2025-13"}, "PartialDate.month (月): not a month"),
        ({"issue_date": "2025年2月"}, "not an ISO 8601 date"),
        ({"notes": "备注"}, "not a list; expected a JSON array, got '备注' @ $.notes"),
        ({"notes": [" "]}, "Programme.notes (备注)[0]: blank text"),
        ({"extra": 1}, "unknown keys ['extra']; expected only the fields of the class @ $"),
        (
            {"donor": {"name": "柯桥区", "city": "绍兴"}},
            "unknown keys ['city']; expected only the fields of the class @ $.donor",
        ),
        ({"donor": {}}, "@ $.donor"),
        (
            {"projects": [{"name": "x", "amount": "1.00", "funding": [{"amount": 5}]}]},
            "got 5 @ $.projects[0].funding[0].amount",
        ),
        (
            {
                "projects": [
                    {"name": "x", "commitments": [{"metric": "培训", "target": {"value": 40}}]}
                ]
            },
            "a decimal must be a JSON string; expected a string such as '40', got 40 @ $.projects[0].commitments[0].target.value",
        ),
        (
            {"projects": [{"name": "x", "section": "9"}]},
            "Programme.projects[0].section (所属部分): no section with this id",
        ),
    ],
)
def test_strict_input_names_the_problem_and_its_path(changes: dict[str, Any], problem: str) -> None:
    with pytest.raises(SerializationError) as info:
        from_dict(document(**changes), Programme)
    assert any(problem in line for line in info.value.problems), info.value.problems
    assert isinstance(info.value, ValueError)


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(SerializationError) as info:
        from_dict(document(year=1.9, title=5, extra=1, scheme="x"), Programme)
    assert len(info.value.problems) == 4
    assert str(info.value).startswith("Programme: 4 problems in the data")


def test_missing_required_field() -> None:
    data = document()
    del data["title"]
    with pytest.raises(SerializationError) as info:
        from_dict(data, Programme)
    assert any("title" in line for line in info.value.problems), info.value.problems


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            {k: v for k, v in MINIMAL.items() if k != "format_version"},
            "missing format_version; expected 1 or 2 @ $.format_version",
        ),
        (
            {**MINIMAL, "format_version": 3},
            "unsupported format_version 3; expected 1 or 2 @ $.format_version",
        ),
        ({**MINIMAL, "format_version": "1"}, "unsupported format_version '1'"),
        ([], "not a JSON object; expected a Programme document, got [] @ $"),
    ],
)
def test_format_version_is_checked(data: Any, problem: str) -> None:
    with pytest.raises(SerializationError) as info:
        from_dict(data, Programme)
    assert info.value.problems == (problem,) or problem in info.value.problems[0]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("{", "not valid JSON"),
        (b"\xff\xfe", "encoded in UTF-16"),
        (b"\xff\xfd", "not valid JSON"),
        ("", "not valid JSON"),
    ],
)
def test_from_json_refuses_malformed_json(text: str | bytes, problem: str) -> None:
    with pytest.raises(SerializationError, match=problem):
        from_json(text, Programme)


def test_from_json_refuses_non_text() -> None:
    with pytest.raises(SerializationError, match="not JSON text: expected str or bytes, got int"):
        from_json(5, Programme)  # type: ignore[arg-type]


def test_scalar_classes_at_top_level() -> None:
    assert from_json('"2025-11"', PartialDate) == PartialDate(2025, 11)
    with pytest.raises(SerializationError, match=r"an amount must be a JSON string.* @ \$"):
        from_dict(766, Money)


def test_make_converter_is_fresh_and_embeddable() -> None:
    import attrs

    @attrs.frozen
    class Report:
        amount: Money
        share: FundingShare

    first, second = make_converter(), make_converter()
    assert first is not second
    report = Report(
        amount=Money.from_wan(1), share=FundingShare(amount=Money.from_wan(2), unit="县林业局")
    )
    data = first.unstructure(report)
    assert data == {"amount": "10000.00", "share": {"amount": "20000.00", "unit": "县林业局"}}
    assert second.structure(data, Report) == report


def test_problems_keep_their_path_and_input() -> None:
    with pytest.raises(SerializationError) as info:
        from_dict({"name": 1, "amount": 100, "units": ["甲", 2], "x": 1}, Project)
    assert [(p.path, p.input) for p in info.value.problems] == [
        ("$.name", 1),
        ("$.amount", 100),
        ("$.units[1]", 2),
        ("$", ["x"]),
    ]
    assert info.value.problems[1].message == (
        "an amount must be a JSON string; expected a string such as '7660000.00', got 100"
    )
    with pytest.raises(SerializationError) as info:
        from_dict(3, Money)
    [problem] = info.value.problems
    assert (problem.path, problem.input) == ("$", 3)


@pytest.mark.parametrize("cls", [Project, FundSource, Section, Commitment, Quantity, Region])
def test_the_schema_of_one_class_accepts_what_to_dict_writes(cls: type) -> None:
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["title"] == f"aidmodel {cls.__name__}"
    validator = jsonschema.Draft202012Validator(schema)
    plan = samples.load("liangjiang-pengshui-2020")
    found = {
        Project: plan.projects,
        FundSource: plan.fund_sources,
        Section: plan.sections,
        Commitment: [c for p in plan.projects for c in p.commitments],
        Quantity: [c.target for p in plan.projects for c in p.commitments],
        Region: [plan.donor],
    }[cls]
    assert found
    for item in found:
        validator.validate(to_dict(item))
    assert not validator.is_valid({"name": 1})


def test_the_schema_of_a_class_written_as_a_string() -> None:
    schema = json_schema(Money)
    assert schema["type"] == "string"
    assert jsonschema.Draft202012Validator(schema).is_valid("7660000.00")
    with pytest.raises(InvalidValueError, match="no wire format for this class"):
        json_schema(int)


class TestSchema:
    schema = json_schema()
    validator = jsonschema.Draft202012Validator(schema)

    def test_is_a_valid_2020_12_schema(self) -> None:
        jsonschema.Draft202012Validator.check_schema(self.schema)

    def test_accepts_a_minimal_document(self) -> None:
        self.validator.validate(MINIMAL)

    def test_accepts_a_version_2_document_that_lists_some_projects(self) -> None:
        self.validator.validate(document(format_version=2, lists_all_projects=False))

    @pytest.mark.parametrize(
        "broken",
        [
            {k: v for k, v in MINIMAL.items() if k != "format_version"},
            document(format_version=3),
            {k: v for k, v in MINIMAL.items() if k != "donor"},
            document(year="2025"),
            document(scheme="east-west"),
            document(declared_total=766),
            document(declared_total="766.001"),
            document(issue_date="2025-2-9"),
            document(extra=True),
            document(projects=[{"amount": "1.00"}]),
            document(projects=[{"name": "x", "span": "2018-2019"}]),
            document(fund_sources=[{"key": "a", "kind": "current", "in_total": "yes"}]),
            document(lists_all_projects=False),  # new in version 2, in a version 1 document
            document(format_version=2, lists_all_projects="no"),
        ],
    )
    def test_rejects_broken_documents(self, broken: dict[str, Any]) -> None:
        assert not self.validator.is_valid(broken)

    def test_describes_fields_with_their_chinese_terms(self) -> None:
        project = self.schema["$defs"]["Project"]
        assert project["properties"]["liaisons"]["description"] == "挂联责任人"
        assert project["required"] == ["name"]
        assert project["additionalProperties"] is False


def test_round_trip_of_a_rich_programme() -> None:
    data = document(
        declared_total="39523101.94",
        fund_sources=[
            {"key": "current", "kind": "current", "amount": "39000000.00"},
            {"key": "carry_over", "kind": "carry_over", "amount": "523101.94"},
        ],
        projects=[
            {
                "name": "峨边九年一贯制学校建设项目",
                "number": "10.",
                "amount": "9623101.94",
                "funding": [
                    {"amount": "523101.94", "source": "carry_over"},
                    {"amount": "9100000.00", "source": "current"},
                ],
                "deadline": "2025",
                "status": "continued",
            }
        ],
    )
    p = from_dict(data, Programme)
    assert p.projects[0].funding[0].amount == Money.from_wan("52.310194")
    assert to_dict(p) == data
    assert p == from_json(to_json(p, indent=2), Programme)
    assert p.donor == Region(name="柯桥区")
    assert p.projects[0] == from_dict(to_dict(p.projects[0]), Project)


class TestRegionCodeAndProvince:
    """Region.code and Region.province (0.2.0): absent when None, so old documents load."""

    def test_old_documents_load_and_write_unchanged(self) -> None:
        programme = from_dict(document(), Programme)
        assert (programme.donor.code, programme.donor.province) == (None, None)
        assert to_dict(programme) == MINIMAL

    def test_written_and_read_by_both_paths(self) -> None:
        from aidmodel.serialize._generate import straight_functions

        data = document(donor={"name": "柯桥区", "code": "330603", "province": "浙江省"})
        programme = from_dict(data, Programme)
        assert programme.donor == Region(name="柯桥区", code="330603", province="浙江省")
        assert to_dict(programme) == data
        body = {k: v for k, v in data.items() if k != "format_version"}
        assert make_converter().unstructure(programme) == body
        assert straight_functions(make_converter(), Programme)[Programme](body) == programme
        TestSchema.validator.validate(data)

    @pytest.mark.parametrize("code", ["33060", "3306030", "３３０６０３", 330603, ""])
    def test_a_malformed_code_is_refused(self, code: object) -> None:
        with pytest.raises(SerializationError, match=r"Region\.code|@ \$\.donor\.code"):
            from_dict(document(donor={"name": "柯桥区", "code": code}), Programme)


# -- issue 13: the edges where two readers, or the model and the wire, could disagree ------

from aidmodel.serialize import _read  # noqa: E402

# The fixture ``reader`` (tests/conftest.py) runs a test once with each JSON parser.


def test_repeated_keys_are_refused_with_their_path(reader: str) -> None:
    text = '{"format_version":2,"title":"A","title":"B"}'
    with pytest.raises(SerializationError, match=r"repeated key 'title'.* @ \$\.title$"):
        from_json(text, Programme)


def test_every_repeated_key_is_named_at_any_depth(reader: str) -> None:
    text = (
        '{"format_version":2,"title":"t","projects":[{"name":"a"},'
        '{"name":"b","amount":"1.00","amount":"2.00"}],"year":2025,"year":2026}'
    )
    with pytest.raises(SerializationError) as caught:
        from_json(text, Programme)
    assert list(caught.value.problems) == [
        "repeated key 'year'; expected each key once in an object (readers disagree on which"
        " value counts) @ $.year",
        "repeated key 'amount'; expected each key once in an object (readers disagree on which"
        " value counts) @ $.projects[1].amount",
    ]


def test_an_escaped_colon_does_not_hide_a_repeated_key(reader: str) -> None:
    # orjson's result is checked by counting colons: an escaped colon must not balance a drop.
    text = '{"format_version":2,"title":"x","title":"\\u003a"}'
    with pytest.raises(SerializationError, match="repeated key 'title'"):
        from_json(text, Programme)
    assert from_json('{"format_version":2,"title":"\\u003a"}', Programme).title == ":"


@pytest.mark.parametrize(
    "text",
    ["[" * 1000 + "]" * 1000, "[" * 101 + "]" * 101, "[" * 100_000, '{"a":' * 5000],
    ids=["1000", "101", "100000-open", "objects"],
)
def test_nesting_deeper_than_the_limit_is_refused(reader: str, text: str) -> None:
    with pytest.raises(SerializationError, match=r"nested too deeply; expected at most 100 levels"):
        from_json(text, Programme)


def test_nesting_up_to_the_limit_is_read(reader: str) -> None:
    with pytest.raises(SerializationError, match="not a JSON object"):
        from_json("[" * 100 + "]" * 100, Programme)
    # Brackets inside strings do not count.
    title = "[" * 200 + '\\"{' * 100
    assert from_json(f'{{"format_version":2,"title":"{title}"}}', Programme).title.startswith("[[")


def test_data_nested_deeper_than_python_recursion_is_refused() -> None:
    nested: Any = []
    for _ in range(100_000):
        nested = [nested]
    with pytest.raises(SerializationError, match=r"got \(a list nested too deeply to show\) @ \$"):
        from_dict(nested, Money)
    with pytest.raises(SerializationError, match=r"@ \$\.sections\[0\]$"):
        from_dict(document(sections=nested), Programme)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"format_version":1,"year":' + "1" * 4301 + "}", "number is infinity"),
        ('{"format_version":1,"year":1e400}', "number is infinity"),
        ('{"format_version":1,"year":NaN}', "not valid JSON"),
        ('{"format_version":1,"year":-Infinity}', "not valid JSON"),
    ],
)
def test_numbers_beyond_a_double_are_refused(reader: str, text: str, problem: str) -> None:
    with pytest.raises(SerializationError, match=problem):
        from_json(text, Programme)


def test_an_integer_beyond_64_bits_reads_the_same_on_both_paths(reader: str) -> None:
    text = json.dumps(document(declared_project_count=2**64))
    with pytest.raises(
        SerializationError,
        match=r"not a whole number; expected a JSON integer, got 1\.8446744073709552e\+19 @ \$\.declared_project_count",
    ):
        from_json(text, Programme)


def test_huge_amounts_are_refused_with_a_path() -> None:
    with pytest.raises(
        SerializationError, match=r"too large an amount; expected less than 10\^20 元.* @ \$$"
    ):
        from_dict("1" * 27, Money)
    with pytest.raises(SerializationError, match=r"too large an amount"):
        from_json('"' + "1" * 1_000_000 + '"', Money)
    assert (
        from_dict("99999999999999999999.99", Money).yuan
        == Money.from_yuan("99999999999999999999.99").yuan
    )


@pytest.mark.parametrize("text", ["100.00\n", "1\n", " 1.00", "١٢.00"])
def test_amounts_and_decimals_refuse_anything_around_the_figure(text: str) -> None:
    with pytest.raises(SerializationError, match="not an amount in yuan"):
        from_dict(text, Money)
    with pytest.raises(SerializationError, match="not a decimal number"):
        from_dict({"value": text, "unit": "个"}, Quantity)


@pytest.mark.parametrize("cls", ["Programme", 3, object])
def test_a_class_without_a_wire_format_is_a_serialization_error(cls: Any) -> None:
    with pytest.raises(SerializationError, match=r"no wire format for this class; .* @ \$"):
        from_dict({}, cls)


def test_a_value_where_an_object_belongs_says_so() -> None:
    with pytest.raises(
        SerializationError,
        match=r"not a JSON object; expected an object with the fields of Region, got 'x' @ \$\.donor",
    ):
        from_dict(document(donor="x"), Programme)


@pytest.mark.parametrize("text", ["２０２５", "٢٠٢٥", "2025-１１"])
def test_dates_on_the_wire_are_ascii(text: str) -> None:
    with pytest.raises(SerializationError, match="not an ISO 8601 date"):
        from_dict(text, PartialDate)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ('\ufeff"1.00"', r"starts with a byte order mark \(U\+FEFF\)"),
        ('\ufeff"1.00"'.encode(), "encoded in UTF-8 with a byte order mark"),
        ('"1.00"'.encode("utf-16"), r"encoded in UTF-16 \(little-endian, with a byte order mark\)"),
        ('"1.00"'.encode("utf-16-le"), r"encoded in UTF-16 \(little-endian\)"),
        ('"1.00"'.encode("utf-16-be"), r"encoded in UTF-16 \(big-endian\)"),
        ('"1.00"'.encode("utf-32"), r"encoded in UTF-32 \(little-endian, with a byte order mark\)"),
        ('"1.00"'.encode("utf-32-le"), r"encoded in UTF-32 \(little-endian\)"),
        ('"1.00"'.encode("utf-32-be"), r"encoded in UTF-32 \(big-endian\)"),
        (b'"\xed\xa0\x80"', "not valid JSON"),  # an encoded surrogate is not UTF-8
    ],
)
def test_only_utf8_without_a_bom_is_read(reader: str, data: str | bytes, problem: str) -> None:
    with pytest.raises(SerializationError, match=problem):
        from_json(data, Money)


def test_bytes_of_every_kind_are_read_alike(reader: str) -> None:
    assert from_json(bytearray(b'"1.00"'), Money) == Money.from_yuan(1)
    assert from_json(memoryview(b'"1.00"'), Money) == Money.from_yuan(1)  # type: ignore[arg-type]


def test_a_lone_surrogate_never_reaches_the_model(reader: str) -> None:
    with pytest.raises(SerializationError, match=r"lone surrogate|not valid JSON"):
        from_json('{"format_version":2,"title":"\\ud800"}', Programme)
    with pytest.raises(SerializationError, match=r"Programme\.title \(标题\): a lone surrogate"):
        from_dict({"format_version": 2, "title": "\ud800"}, Programme)
    # A pair written as two escapes is one character.
    assert (
        from_json('{"format_version":2,"title":"\\ud83d\\ude00"}', Programme).title == "\U0001f600"
    )


def test_counts_beyond_2_53_cannot_be_written_or_read() -> None:
    with pytest.raises(
        SerializationError, match=r"too large a count; expected at most 9007199254740991"
    ):
        from_dict(document(declared_project_count=2**53), Programme)
    most = from_dict(document(declared_project_count=2**53 - 1), Programme)
    assert from_json(to_json(most), Programme) == most


def test_to_json_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(
        SerializationError, match=r"cannot be written as JSON \(Object of type object"
    ):
        to_json({"a": object()})
    with pytest.raises(SerializationError, match=r"a lone surrogate '\\ud800' in a string"):
        to_json({"a": "\ud800"})
    nested: Any = []
    for _ in range(100_000):
        nested = [nested]
    with pytest.raises(SerializationError, match="nested too deeply to write"):
        to_json(nested)


def test_the_model_refuses_what_the_wire_cannot_carry() -> None:
    with pytest.raises(
        InvalidValueError,
        match=r"Programme\.declared_project_count \(项目个数\): too large a count",
    ):
        Programme(title="t", declared_project_count=2**64)
    with pytest.raises(
        InvalidValueError, match=r"Provenance\.line_start \(起始行\): too large a line number"
    ):
        Provenance(line_start=2**53)
    with pytest.raises(
        InvalidValueError,
        match=r"Programme\.title \(标题\): a lone surrogate '\\ud800' at character 2",
    ):
        Programme(title="a\ud800")
    with pytest.raises(
        InvalidValueError, match=r"Project\.units \(责任单位\)\[1\]: a lone surrogate"
    ):
        Project(name="项目", units=("县农业农村局", "\udfff"))
    assert (
        Programme(title="t", declared_project_count=2**53 - 1).declared_project_count == 2**53 - 1
    )


# -- issue 16: the collector is paused while a document is built, and only then -------------


class TestCollectorPause:
    """from_json, from_dict, to_json and to_dict pause the cyclic garbage collector."""

    def test_paused_while_reading_and_writing(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import aidmodel.serialize as serialize

        seen: list[bool] = []
        parse, converter = serialize.parse_json_keys, serialize._CONVERTER
        consuming = serialize._consuming
        consuming(Programme)  # (made with the converter, before the spy takes its place)

        def spy_parse(*args: Any, **kwargs: Any) -> Any:
            seen.append(gc.isenabled())
            return parse(*args, **kwargs)

        class Spy:
            def structure(self, data: Any, cls: Any) -> Any:
                seen.append(gc.isenabled())
                return converter.structure(data, cls)

            def unstructure(self, obj: Any) -> Any:
                seen.append(gc.isenabled())
                return converter.unstructure(obj)

        def spy_consuming(cls: Any, **kwargs: Any) -> Any:
            function = consuming(cls, **kwargs)

            def consume(data: Any, read: list[int]) -> Any:
                seen.append(gc.isenabled())
                return function(data, read)  # type: ignore[misc]

            return consume

        monkeypatch.setattr(serialize, "parse_json_keys", spy_parse)
        monkeypatch.setattr(serialize, "_CONVERTER", Spy())
        monkeypatch.setattr(serialize, "_consuming", spy_consuming)
        programme = from_json(json.dumps(MINIMAL), Programme)
        to_dict(programme)
        from_dict(to_dict(programme), Programme)
        assert seen == [False, False, False, False, False]
        assert gc.isenabled()

    @pytest.mark.parametrize(
        "call",
        [
            lambda: from_json(json.dumps(MINIMAL), Programme),
            lambda: from_json('{"format_version": 1, "title": ', Programme),
            lambda: from_json(json.dumps(document(title=" ")), Programme),
            lambda: from_dict(document(year="2025"), Programme),
            lambda: from_dict({"name": "x", "amount": "1.001"}, Project),
            lambda: to_json(from_dict(MINIMAL, Programme)),
            lambda: to_json(object()),
            lambda: to_dict(from_dict(MINIMAL, Programme)),
        ],
        ids=[
            "read",
            "bad-json",
            "blank-title",
            "bad-year",
            "bad-amount",
            "write",
            "bad-write",
            "to-dict",
        ],
    )
    def test_restored_on_every_way_out_and_never_switched_on(self, call: Any) -> None:
        for enabled in (True, False):
            if not enabled:
                gc.disable()
            try:
                with contextlib.suppress(SerializationError):
                    call()
                assert gc.isenabled() is enabled
            finally:
                gc.enable()


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("name", " "),  # a validator refuses it
        ("amount", "1.001"),  # a hook refuses it
        ("section", "no such part"),  # the programme's own check refuses it
        ("surplus", 1),  # an unknown key
    ],
)
@pytest.mark.parametrize("late", [False, True], ids=["first", "late"])
def test_from_json_reports_a_refused_document_as_from_dict_does(
    where: str, value: object, *, late: bool
) -> None:
    # from_json's reader lets go of each project's data once the project is built; when a
    # later project is refused, the strict path reads the text afresh and says the same.
    from aidmodel import samples

    document = to_dict(samples.load("keqiao-ebian-2025"))
    projects = document["projects"]
    projects[-1 if late else 0] = {**projects[-1 if late else 0], where: value}
    with pytest.raises(SerializationError) as by_dict:
        from_dict(copy.deepcopy(document), Programme)
    with pytest.raises(SerializationError) as by_json:
        from_json(json.dumps(document, ensure_ascii=False), Programme)
    assert by_json.value.problems == by_dict.value.problems
    assert str(by_json.value) == str(by_dict.value)


def _nested_parts(levels: int, key: str = "parts") -> str:
    commitment = '{"metric":"m","target":{"value":"1"}}'
    for _ in range(levels):
        commitment = f'{{"metric":"m","target":{{"value":"1"}},"{key}":[{commitment}]}}'
    return f'{{"format_version":2,"commitments":[{commitment}]}}'


@pytest.mark.parametrize("key", ["parts", "\\u0070arts"], ids=["written", "escaped"])
def test_nesting_through_recursive_fields_is_measured(reader: str, key: str) -> None:
    # Nesting through the class's own recursive fields (Commitment.parts) is measured like any
    # other, a key written with an escape included.
    assert len(from_json(_nested_parts(10, key), Programme).commitments[0].parts) == 1
    with pytest.raises(SerializationError, match="nested too deeply"):
        from_json(_nested_parts(60, key), Programme)


# -- issue 16: the keys of the text counted, and the usual amount read without the pattern ----


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ('{"a":1,"b":[{"c":"x"}]}', 3),
        ('{"a":"12:30","b":"[:]","c":"{"}', 3),  # colons and brackets inside strings
        ('{"a:b":"c:d"}', 1),
        ('["a:","b"]', 0),  # a string's colon before another string
        ('{"a\\":":"\\\\","b":"\\"::"}', 2),  # escaped quotes and backslashes
        ('{"a" : 1 ,\n "b":{ }}', 2),
        ('{"\\u003a":1}', 1),  # an escaped colon in a key is one key
    ],
)
def test_the_keys_of_a_text_are_its_colons_outside_strings(text: str, keys: int) -> None:
    assert _read._shape(text) == (False, keys)
    assert _read._shape(text.encode()) == (False, keys)


def test_strings_with_colons_and_brackets_are_read_without_a_second_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The keys read are counted against the keys written whatever the strings hold: the text
    # is parsed once, and the strict path (parse_json, from_dict) is not taken.
    import aidmodel.serialize as serialize

    text = json.dumps(
        document(
            title="时间: 9:30 [一] {二}",
            projects=[{"name": '"项目":[1]', "content": "a:b", "locations": ["{:}", "]:["]}],
        ),
        ensure_ascii=False,
    )

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("read twice")

    monkeypatch.setattr(serialize, "parse_json", refuse)
    programme = from_json(text, Programme)
    assert programme.title == "时间: 9:30 [一] {二}"
    assert programme.projects[0].locations == ("{:}", "]:[")


@pytest.mark.parametrize(
    "text",
    [
        '{"format_version":2,"title":"a:b","title":"c"}',
        '{"format_version":2,"title":"x","projects":[{"name":"a:b","name":"c:d"}]}',
        '{"format_version":2,"title":"x","projects":[{"name":"a","funding":'
        '[{"amount":"1.00","amount":"2.00"}]}]}',
    ],
)
def test_a_repeated_key_is_found_beside_colons_in_strings(reader: str, text: str) -> None:
    with pytest.raises(SerializationError, match="repeated key"):
        from_json(text, Programme)


@pytest.mark.parametrize(
    "text",
    [
        "0.50",
        "1.00",
        "12345678901234567890.99",
        "1.5",
        "7",
        "00.50",
        ".50",
        "1.",
        "-1.00",
        "1.0.0",
        "１２.00",
        "12.0０",
        "1e2.00",
        "+1.00",
        "1_0.00",
        "123456789012345678901.00",
    ],
)
def test_an_amount_reads_alike_on_the_fast_and_the_strict_path(text: str) -> None:
    # from_json reads the usual amount (digits, a point, two digits) without the pattern;
    # every text must give what the strict hook gives: the same Money, or the same refusal.
    from aidmodel.serialize import make_converter
    from aidmodel.serialize._generate import straight_functions

    data = {"name": "项目", "amount": text}
    strict = make_converter().get_structure_hook(Money)
    try:
        expected: object = strict(text, Money)
    except aidmodel.AidModelError as exc:
        expected = type(exc)
    try:
        got: object = straight_functions(make_converter(), Project)[Project](data).amount
    except Exception:
        got = "refused"
    if isinstance(expected, Money) and expected.yuan >= 0:
        assert got == expected
        assert str(got.yuan) == str(expected.yuan)  # type: ignore[union-attr]
        assert from_json(json.dumps(data), Project).amount == expected
    else:
        assert got == "refused"
        with pytest.raises(SerializationError):
            from_json(json.dumps(data), Project)


def _model_objects(obj: object) -> list[object]:
    found = [obj]
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        for item in value if isinstance(value, tuple) else (value,):
            if attrs.has(type(item)):
                found.extend(_model_objects(item))
    return found


@pytest.mark.parametrize("read", ["from_json", "from_dict"])
def test_every_object_read_is_of_its_own_class_and_frozen(read: str) -> None:
    # The straight-line readers build each object as an instance of a subclass that takes
    # plain assignment, then make it an instance of the class: none is left a builder.
    from aidmodel import samples

    programme = samples.load("keqiao-ebian-2025")
    text = to_json(programme)
    loaded = (
        from_json(text, Programme)
        if read == "from_json"
        else from_dict(json.loads(text), Programme)
    )
    objects = _model_objects(loaded)
    assert len(objects) > 50
    for obj in objects:
        assert type(obj).__module__.startswith("aidmodel.model") or type(obj) in (Money, Quantity)
        assert not type(obj).__name__.startswith("_Building")
        name = attrs.fields(type(obj))[0].name
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(obj, name, getattr(obj, name))
    assert loaded == programme
    assert hash(loaded) == hash(programme)


@pytest.fixture(params=["json", "orjson"])
def writer(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test once with each JSON writer (the standard library's forced by a switch)."""
    import aidmodel.serialize as serialize

    if request.param == "json":
        monkeypatch.setattr(serialize, "_orjson", None)
        monkeypatch.setattr(serialize, "_dumps", serialize._json_dumps)
    elif serialize._orjson is None:
        pytest.skip("orjson is not installed")
    return str(request.param)


@pytest.mark.parametrize("indent", [None, 2, 4])
def test_to_json_bytes_is_to_json_encoded(writer: str, indent: int | None) -> None:
    from aidmodel import samples
    from aidmodel.serialize import to_json_bytes

    for obj in (
        samples.load("keqiao-ebian-2025"),
        samples.load("keqiao-ebian-2025").projects[0],
        Money.from_wan(766),
        {"deadline": PartialDate(2025, 11), "units": ["县农业农村局"]},
    ):
        written = to_json_bytes(obj, indent=indent)
        assert type(written) is bytes
        assert written == to_json(obj, indent=indent).encode("utf-8")


def test_to_json_bytes_refuses_what_to_json_refuses(writer: str) -> None:
    from aidmodel.serialize import to_json_bytes

    for bad in (object(), {"a": "\ud800"}, {"a": {1, 2}}):
        with pytest.raises(SerializationError) as by_text:
            to_json(bad)
        with pytest.raises(SerializationError) as by_bytes:
            to_json_bytes(bad)
        assert str(by_bytes.value) == str(by_text.value)


def test_the_writer_orjson_calls_back_writes_each_model_class_as_its_own_writer() -> None:
    # One generated function writes an object of any model class (orjson's callback): it
    # gives what the class's shallow writer gives, and refuses another object.
    from aidmodel import samples
    from aidmodel.serialize import _orjson_default, _shallow

    programme = samples.load("keqiao-ebian-2025")
    objects = _model_objects(programme)
    assert {type(obj) for obj in objects} >= {Programme, Project, Commitment, Quantity}
    write_any = _orjson_default()
    for obj in objects:
        if type(obj) in _shallow():
            assert write_any(obj) == _shallow()[type(obj)](obj)
    with pytest.raises(TypeError, match="object"):
        write_any(object())


@pytest.mark.parametrize(
    "text",
    [
        '{"format_version":2,"title":"a:b","title":"c","surplus":1}',
        '{"format_version":2,"projects":[{"name":"x","name":"y","amount":"1.001"}]}',
        '{"format_version":2,"title":"t","title":"\\u003a","year":"2025"}',
    ],
)
def test_a_repeated_key_is_named_where_the_document_is_refused_besides(
    reader: str, text: str
) -> None:
    # The fast path refuses these for another reason; parse_json, which reads them for the
    # report, counts the keys of its data against the text's and names the repeat first.
    with pytest.raises(SerializationError, match="repeated key"):
        from_json(text, Programme)
