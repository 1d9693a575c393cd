"""The programme report the ``aidmodel report`` command prints (pure: text in, text out)."""

from __future__ import annotations

from typing import Any

from aidmodel.aggregate import _planned
from aidmodel.formatting import format_commitment, format_date, format_money
from aidmodel.fundplan import _width, fund_plan, to_text
from aidmodel.messages import format_finding
from aidmodel.model import Commitment, Programme
from aidmodel.money import Money
from aidmodel.numerals import rmb_upper
from aidmodel.reconcile import Finding, reconcile
from aidmodel.serialize import to_dict

__all__: list[str] = []

_WORDS = {
    "zh": {
        "document": "文号",
        "issuer": "发文机关",
        "issued": "印发日期",
        "sources": "资金来源",
        "total": "合计",
        "plan": "项目资金计划表",
        "totals": "资金总额",
        "declared": "声明",
        "computed": "项目合计",
        "upper": "大写",
        "projects": "个项目",
        "declared_count": "声明",
        "commitments": "目标任务",
        "findings": "核对结果",
        "no_findings": "无不一致之处",
        "none": "未写明",
        "open": "（",
        "close": "）",
        "colon": "：",
    },
    "en": {
        "document": "Document",
        "issuer": "Issued by",
        "issued": "Issued on",
        "sources": "Fund sources",
        "total": "Total",
        "plan": "Fund plan",
        "totals": "Totals",
        "declared": "declared",
        "computed": "projects add up to",
        "upper": "in words",
        "projects": " projects",
        "declared_count": "declared",
        "commitments": "Commitments",
        "findings": "Findings",
        "no_findings": "the figures of the document agree",
        "none": "not stated",
        "open": " (",
        "close": ")",
        "colon": ": ",
    },
}


def _words(locale: str) -> dict[str, str]:
    return _WORDS["zh" if str(locale).lower().startswith("zh") else "en"]


def _commitments(programme: Programme) -> list[tuple[str, Commitment]]:
    found: list[tuple[str, Commitment]] = [("", c) for c in programme.commitments]
    for project in programme.projects:
        label = f"{project.number or ''} {project.name}".strip()
        found += [(label, c) for c in project.commitments]
    for task in programme.mechanisms:
        label = f"{task.number or ''} {task.title}".strip()
        found += [(label, c) for c in task.commitments]
    return found


def projects_total(programme: Programme) -> Money | None:
    """The sum of the projects that state an amount, or None when none does."""
    if all(p.amount is None for p in programme.projects):
        return None
    return _planned(programme)


def render(programme: Programme, *, locale: str = "zh_CN", width: int | None = None) -> str:
    """The report: header, fund sources, fund plan table, totals, commitments, findings."""
    w = _words(locale)
    lines = [programme.title]
    donor = "?" if programme.donor is None else programme.donor.name
    recipient = "?" if programme.recipient is None else programme.recipient.name
    head = [] if programme.scheme is None else [programme.scheme.label]
    head.append(f"{donor} → {recipient}")
    if programme.year is not None:
        head.append(str(programme.year))
    lines.append(" · ".join(head))
    meta = []
    if programme.document_number:
        meta.append(f"{w['document']} {programme.document_number}")
    if programme.issuer:
        meta.append(f"{w['issuer']} {programme.issuer}")
    if programme.issue_date:
        meta.append(f"{w['issued']} {format_date(programme.issue_date, locale=locale)}")
    if meta:
        lines.append(" · ".join(meta))

    if programme.fund_sources:
        lines += ["", w["sources"]]
        rows = []
        for source in programme.fund_sources:
            name = source.label or source.kind.label
            amount = (
                w["none"] if source.amount is None else format_money(source.amount, locale=locale)
            )
            rows.append((name, amount))
        known = [s.amount for s in programme.fund_sources if s.amount is not None]
        if len(known) > 1:
            rows.append((w["total"], format_money(sum(known, Money.from_yuan(0)), locale=locale)))
        name_width = max(_width(name) for name, _ in rows)
        for name, amount in rows:
            pad = " " * (name_width - _width(name))
            lines.append(f"  {name}{pad}  {amount}")

    if programme.projects:
        lines += ["", w["plan"], to_text(fund_plan(programme), locale=locale, width=width).rstrip()]

    lines += ["", w["totals"]]
    if programme.declared_total is not None:
        upper = programme.declared_total_upper or rmb_upper(programme.declared_total)
        lines.append(
            f"  {w['declared']} {format_money(programme.declared_total, locale=locale)}"
            f"{w['open']}{w['upper']}{w['colon']}{upper}{w['close']}"
        )
    computed = projects_total(programme)
    count = f"{len(programme.projects)}{w['projects']}"
    if programme.declared_project_count is not None:
        count += f"{w['open']}{w['declared_count']} {programme.declared_project_count}{w['close']}"
    if computed is not None:
        lines.append(f"  {w['computed']} {format_money(computed, locale=locale)} · {count}")
    else:
        lines.append(f"  {count}")

    commitments = _commitments(programme)
    if commitments:
        lines += ["", f"{w['commitments']} ({len(commitments)})"]
        for label, c in commitments:
            text = format_commitment(c, locale=locale)
            lines.append(f"  {label}{w['colon']}{text}" if label else f"  {text}")

    findings = reconcile(programme)
    lines += ["", f"{w['findings']} ({len(findings)})"]
    if not findings:
        lines.append(f"  {w['no_findings']}")
    for finding in findings:
        lines.append(f"  {format_finding(finding, locale=locale)}")
    return "\n".join(lines) + "\n"


def finding_dict(finding: Finding, *, locale: str = "zh_CN") -> dict[str, Any]:
    """A finding as plain data for ``--format json``: keys in English, the message localised."""
    return {
        "kind": finding.kind.value,
        "where": finding.where,
        "declared": to_dict(finding.declared),
        "computed": to_dict(finding.computed),
        "difference": to_dict(finding.difference),
        "message": format_finding(finding, locale=locale),
    }
