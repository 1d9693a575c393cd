"""Follow one plan from the bundled samples: its fund plan table, what does not
add up, its commitments and what is overdue at a date.

Run: python examples/track_a_plan.py
"""

from __future__ import annotations

import datetime as dt

from aidmodel import Achievement, PartialDate, fund_plan, reconcile, samples
from aidmodel.commitments import extract_commitments
from aidmodel.fundplan import to_text
from aidmodel.quantity import parse_quantity
from aidmodel.tracking import due_by, evaluate, overdue

plan = samples.load("shizhong-ebian-2025")
print(to_text(fund_plan(plan, columns=["number", "name", "deadline", "amount"]), width=80))

print("Findings:")
for finding in reconcile(plan):
    print(f"  {finding.kind.value}: {finding.message}")

print("Commitments of the employment project, against a year-end report:")
reported = {
    "转移峨边彝族自治县劳动力到县域外实现就业": "43名",
    "就业技能培训": "近50名",
    "送岗下乡": "2场",
}
for commitment in extract_commitments(plan.projects[3].text or ""):
    actual = parse_quantity(reported[commitment.metric])
    result = evaluate(commitment, Achievement(metric=commitment.metric, actual=actual))
    print(f"  {commitment.text}: {result.verdict.label} ({result.reason})")

duty = plan.mechanisms[0].commitments[1]
owed = due_by(duty, start=PartialDate(2025, 1), as_of=dt.date(2025, 12, 31))
print(f"By 2025-12-31, {duty.text!r} owes {owed.value}{owed.unit} ({owed.bound.label})")

late = overdue(plan, as_of=dt.date(2025, 12, 1))
print(f"Overdue on 2025-12-01 without a completion record: {len(late)}")
for item in late[:3]:
    print(f"  {item.number} {item.name}: due {item.deadline}, {item.days} day(s) late")
