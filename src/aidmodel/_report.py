"""The programme report the ``aidmodel report`` command prints (pure: text in, text out)."""

from __future__ import annotations

from typing import Any, Final

from aidmodel._display import text_width
from aidmodel._wording import UNTITLED
from aidmodel.formatting import format_commitment, format_date, format_money, format_upper
from aidmodel.fundplan import fund_plan, to_text
from aidmodel.messages import N_, Nn_, catalog, format_finding
from aidmodel.model import Commitment, Programme
from aidmodel.money import Money
from aidmodel.reconcile import Finding, reconcile
from aidmodel.serialize import to_dict

__all__: list[str] = []

# The report's own words, messages of the catalogs (docs/messages.md), shown in its locale.
_DOCUMENT: Final = N_("Document %(number)s")
_ISSUER: Final = N_("Issued by %(issuer)s")
_ISSUED: Final = N_("Issued on %(date)s")
_SOURCES: Final = N_("Fund sources")
_TOTAL: Final = N_("Total")
_NOT_STATED: Final = N_("not stated")
_PLAN: Final = N_("Fund plan")
_TOTALS: Final = N_("Totals")
_DECLARED: Final = N_("declared %(total)s (in words: %(upper)s)")
_COMPUTED: Final = N_("projects add up to %(total)s · %(count)s")
_PROJECTS: Final = Nn_("%(count)s project", "%(count)s projects")
_PROJECTS_DECLARED: Final = Nn_(
    "%(count)s project (declared %(declared)s)", "%(count)s projects (declared %(declared)s)"
)
_COMMITMENTS: Final = N_("Commitments (%(count)s)")
_LABELLED: Final = N_("%(label)s: %(text)s")
_FINDINGS: Final = N_("Findings (%(count)s)")
_NO_FINDINGS: Final = N_("the figures of the document agree")


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
    return programme.project_total()


def render(programme: Programme, *, locale: str = "zh_CN", width: int | None = None) -> str:
    """The report: header, fund sources, fund plan table, totals, commitments, findings."""
    texts = catalog(locale, where="report")
    say = texts.gettext
    lines = [programme.title or say(UNTITLED)]
    donor = "?" if programme.donor is None else programme.donor.name
    recipient = "?" if programme.recipient is None else programme.recipient.name
    head = [] if programme.scheme is None else [say(programme.scheme.label)]
    head.append(f"{donor} → {recipient}")
    if programme.year is not None:
        head.append(str(programme.year))
    lines.append(" · ".join(head))
    meta = []
    if programme.document_number:
        meta.append(say(_DOCUMENT) % {"number": programme.document_number})
    if programme.issuer:
        meta.append(say(_ISSUER) % {"issuer": programme.issuer})
    if programme.issue_date:
        meta.append(say(_ISSUED) % {"date": format_date(programme.issue_date, locale=locale)})
    if meta:
        lines.append(" · ".join(meta))

    if programme.fund_sources:
        lines += ["", say(_SOURCES)]
        rows = []
        for source in programme.fund_sources:
            name = source.label or say(source.kind.label)
            amount = (
                say(_NOT_STATED)
                if source.amount is None
                else format_money(source.amount, locale=locale)
            )
            rows.append((name, amount))
        known = [s.amount for s in programme.fund_sources if s.amount is not None]
        if len(known) > 1:
            rows.append((say(_TOTAL), format_money(sum(known, Money.from_yuan(0)), locale=locale)))
        name_width = max(text_width(name) for name, _ in rows)
        for name, amount in rows:
            pad = " " * (name_width - text_width(name))
            lines.append(f"  {name}{pad}  {amount}")

    if programme.projects:
        lines += [
            "",
            say(_PLAN),
            to_text(fund_plan(programme, locale=locale), locale=locale, width=width).rstrip(),
        ]

    lines += ["", say(_TOTALS)]
    if programme.declared_total is not None:
        # The document's own 大写 as printed, else the library's in the locale's script.
        upper = programme.declared_total_upper or format_upper(
            programme.declared_total, locale=locale
        )
        total = format_money(programme.declared_total, locale=locale)
        lines.append("  " + say(_DECLARED) % {"total": total, "upper": upper})
    computed = projects_total(programme)
    listed = len(programme.projects)
    if programme.declared_project_count is None:
        count = texts.ngettext(*_PROJECTS, listed) % {"count": listed}
    else:
        count = texts.ngettext(*_PROJECTS_DECLARED, listed) % {
            "count": listed,
            "declared": programme.declared_project_count,
        }
    if computed is not None:
        total = format_money(computed, locale=locale)
        lines.append("  " + say(_COMPUTED) % {"total": total, "count": count})
    else:
        lines.append(f"  {count}")

    commitments = _commitments(programme)
    if commitments:
        lines += ["", say(_COMMITMENTS) % {"count": len(commitments)}]
        for label, c in commitments:
            text = format_commitment(c, locale=locale)
            lines.append(
                "  " + (say(_LABELLED) % {"label": label, "text": text} if label else text)
            )

    findings = reconcile(programme)
    lines += ["", say(_FINDINGS) % {"count": len(findings)}]
    if not findings:
        lines.append("  " + say(_NO_FINDINGS))
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
