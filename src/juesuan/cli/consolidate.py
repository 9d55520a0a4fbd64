"""``juesuan consolidate``: a department's units summed into one data file (内部往来 offset)."""

from __future__ import annotations

from pathlib import Path

from .common import free, not_an_input, outcome, print_findings, refuse_missing
from .exits import Unreadable


def add_parser(sub) -> None:
    c = sub.add_parser("consolidate", help="把一个部门的各单位汇总为部门决算数据文件（抵销内部往来）")
    c.add_argument("units", nargs="+", help="单位数据文件或工作簿，可为文件夹或通配符")
    c.add_argument("--name", required=True, help="部门名称")
    c.add_argument("--out", required=True, help="输出的部门数据文件（.toml）")
    c.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    c.set_defaults(func=run)


def run(args) -> int:
    from ..batch.consolidate import consolidate, dumps
    from ..batch.run import expand
    from ..batch.worker import Options, process_unit
    from ..export.files import write_atomic

    out = Path(args.out)
    not_an_input(out, *args.units)  # an input named as --out: its unit would be replaced and left out
    free(out, args.force)
    refuse_missing(args.units, expand)
    paths = expand(args.units)
    not_an_input(out, *paths)
    if not paths:
        raise Unreadable("没有找到单位文件（.toml/.xlsm）。")
    units = []
    opts = Options(out=str(out.parent), write=False)
    for p in paths:
        row, _, unit = process_unit(p, p.stem, opts)
        units.append((unit[0], unit[1], str(p)) if unit else (None, 0, f"{p.name}（{row['reason']}）"))
    done = consolidate(units, args.name)
    if not done.writable:  # a sum over an input limit: no data file that juesuan would refuse to read
        print(f"未生成部门汇总数据文件 {out}：汇总数超出数据文件的上限（见下）。")
        print_findings(done.findings)
        return outcome(done.findings)
    write_atomic(out, dumps(done).encode("utf-8"))
    print(f"已生成部门汇总数据文件：{out}")
    print(done.composition())
    print_findings(done.findings)
    return outcome(done.findings)
