"""Error injection into clean real documents (tests/review_injections.py): per operator (error class)
and source, how many injections the review finds, finds with the correct value, and how many raise a
new false alarm; held-out corpus documents/passages in aggregate only (``--held-out-details`` for more).

    .venv/bin/python benchmarks/bench_review_injections.py [--sample N] [--operator X ...] [--pdf]
        [--examples K] [--held-out-details] [--seed S]

``--json FILE``: every tuning injection with what the review said (for rule work).
``--sample N``: N injections per operator and source (deterministic for ``--seed``); ``--pdf`` adds the
two 普陀 PDFs (clean and lowered LibreOffice exports); ``--examples K``: K missed tuning injections per
operator (the sentence, what was expected, what the review said).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import review_injection_ops as ops
from tests import review_injections as ri
from tests.review_injection_sources import all_sources


@dataclass
class Tally:
    injections: int = 0
    found: int = 0
    with_value: int = 0
    false_alarms: int = 0  # injections with at least one new false alarm
    expect_none: int = 0
    noticed: int = 0  # not found, but something new said on the mutated paragraph
    wrong_side: int = 0  # a finding elsewhere takes the injected figure as the right one

    def add(self, o: ri.Outcome) -> None:
        self.injections += 1
        self.found += o.found
        self.with_value += o.with_value
        self.false_alarms += bool(o.false_alarms)
        self.expect_none += o.injection.expect == "none"
        self.noticed += bool(o.said) and not o.found
        self.wrong_side += bool(o.wrong_side)

    def row(self) -> str:
        findable = self.injections - self.expect_none
        rate = f"{self.with_value / findable:6.1%}" if findable else "     –"
        return (f"{self.injections:>5} {self.found:>6} {self.with_value:>7} {rate} {self.false_alarms:>6} "
                f"{self.noticed:>7} {self.wrong_side:>6}")


HEADER = f"{'':<44}{'inj':>5} {'found':>6} {'w/value':>7} {'recall':>6} {'FA':>6} {'noticed':>7} {'wrong':>6}"
LEGEND = ("inj: injections; found: a new finding at the mutated place; w/value: and it states the correct value "
          "(wording classes: names the place); recall: w/value ÷ injections expecting a finding; FA: injections with "
          "≥1 new alarm not about the mutated paragraph (rounding: any 错误 there); noticed: not found, but something "
          "new said on the mutated paragraph; wrong: a finding elsewhere takes the injected figure as the right one")


def family(source: str) -> str:
    """The column a source is reported under."""
    if source.startswith("putuo"):
        return source.split(":")[0]
    if source.startswith(("seed", "own", "gen")):
        return source.split(":")[0]
    return "corpus-doc" if source.startswith("doc:") else "corpus-passage"


def tally(outcomes, by) -> dict[str, Tally]:
    out: dict[str, Tally] = {}
    for o in outcomes:
        out.setdefault(by(o), Tally()).add(o)
    return dict(sorted(out.items()))


def _said(o: ri.Outcome) -> str:
    if not o.said:
        return "nothing on this sentence"
    return "; ".join(f"{f.level.value} {f.code} {f.figure or '—'}→{f.expected or '—'}: {f.message[:70]}"
                     for f in o.said[:3])


def dump(path: Path, outcomes) -> None:
    import json

    from juesuan.export.files import write_atomic

    rows = [{"source": o.injection.source, "operator": o.injection.operator, "block": o.injection.block,
             "sentence": o.injection.sentence, "written": o.injection.written, "correct": o.injection.correct,
             "expect": o.injection.expect, "found": o.found, "with_value": o.with_value,
             "said": [f.as_dict() for f in o.said], "false_alarms": [f.as_dict() for f in o.false_alarms],
             "wrong_side": [f.as_dict() for f in o.wrong_side]} for o in outcomes]
    write_atomic(path, (json.dumps(rows, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=int)
    ap.add_argument("--operator", action="append", choices=sorted([*ri.OPERATORS, "code-name-table"]))
    ap.add_argument("--pdf", action="store_true")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--held-out-details", action="store_true")
    ap.add_argument("--seed", type=int, default=ops.SEED)
    ap.add_argument("--json", help="write every tuning injection and what the review said to this file")
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "juesuan-injections"))
    args = ap.parse_args()
    ops.SEED = args.seed
    t0 = time.perf_counter()
    sources = all_sources(Path(args.cache), pdf=args.pdf)
    load = time.perf_counter() - t0
    outcomes, seconds = ri.run(sources, args.operator, args.sample)
    tuning = [o for o in outcomes if o.injection.group == "tuning"]
    held = [o for o in outcomes if o.injection.group == "held-out"]
    print(f"{len(sources)} sources read in {load:.1f} s; {len(outcomes)} injections reviewed in {seconds:.1f} s "
          f"({seconds * 1000 / max(len(outcomes), 1):.0f} ms each); seed {ops.SEED}")
    print(LEGEND)
    print("\nTUNING: operator × source family")
    print(HEADER)
    for op, t in tally(tuning, lambda o: o.injection.operator).items():
        print(f"{op:<44}{t.row()}")
        for fam, ft in tally([o for o in tuning if o.injection.operator == op],
                             lambda o: family(o.injection.source)).items():
            print(f"  {fam:<42}{ft.row()}")
    total = Tally()
    for o in tuning:
        total.add(o)
    print(f"{'TUNING total':<44}{total.row()}")
    print("\nHELD-OUT (corpus documents/passages kept back from tuning): aggregate per operator")
    print(HEADER)
    for op, t in tally(held, lambda o: o.injection.operator).items():
        print(f"{op:<44}{t.row()}")
    total = Tally()
    for o in held:
        total.add(o)
    print(f"{'HELD-OUT total':<44}{total.row()}")
    if args.examples:
        print("\nMISSED (tuning), per operator:")
        for op in sorted({o.injection.operator for o in tuning}):
            missed = [o for o in tuning if o.injection.operator == op and o.injection.expect == "finding"
                      and not o.with_value]
            alarms = [o for o in tuning if o.injection.operator == op and o.false_alarms]
            for o in (missed[:: max(len(missed) // args.examples, 1)][: args.examples]
                      + alarms[: max(args.examples // 2, 1)]):
                i = o.injection
                fa = "; ".join(f"{f.code} {f.figure}→{f.expected}" for f in o.false_alarms[:2])
                print(f"- [{op}] {i.source} «{i.sentence[:110]}» wrote {i.written!r} expected "
                      f"{i.correct or '(name the place)'} — review: {_said(o)}" + (f" — FALSE ALARM: {fa}" if fa
                                                                                   else ""))
    if args.json:
        dump(Path(args.json), tuning + (held if args.held_out_details else []))
    if args.held_out_details:
        print("\nHELD-OUT details:")
        for o in held:
            if o.injection.expect == "finding" and not o.with_value:
                print(f"- [{o.injection.operator}] {o.injection.source} «{o.injection.sentence[:100]}» "
                      f"— review: {_said(o)}")


if __name__ == "__main__":
    main()
