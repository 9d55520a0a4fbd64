"""``juesuan batch`` and ``juesuan consolidate`` (registered by juesuan.cli)."""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def add_parser(sub) -> None:
    b = sub.add_parser("batch", help="批量处理多个单位：每个单位的工作簿和报告，以及跨单位汇总表")
    b.add_argument("inputs", nargs="+", help="单位数据文件（.toml）或工作簿（.xlsm），可为文件夹或通配符")
    b.add_argument("--out", required=True, help="输出目录")
    b.add_argument("--pdf", action="store_true", help="同时生成 PDF（需要 LibreOffice）")
    b.add_argument("--workers", type=int, default=2, help="本机并行进程数（默认 2）")
    b.add_argument("--scheduler", help="已有 dask.distributed 集群的地址，如 tcp://10.0.0.5:8786")
    b.add_argument("--force", action="store_true", help="重新生成全部单位（默认跳过输出比输入新的单位）")
    b.add_argument("--consolidate", metavar="部门名", help="同时生成部门汇总（数据文件、工作簿和报告）")
    b.set_defaults(func=run_batch_command)
    c = sub.add_parser("consolidate", help="把一个部门的各单位汇总为部门决算数据文件（抵销内部往来）")
    c.add_argument("units", nargs="+", help="单位数据文件或工作簿，可为文件夹或通配符")
    c.add_argument("--name", required=True, help="部门名称")
    c.add_argument("--out", required=True, help="输出的部门数据文件（.toml）")
    c.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    c.set_defaults(func=run_consolidate_command)


def run_batch_command(args) -> int:
    from .run import run_batch

    try:
        result = run_batch(args.inputs, args.out, pdf=args.pdf, workers=args.workers, scheduler=args.scheduler,
                           force=args.force, consolidate=args.consolidate)
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        print("已中断：已完成的单位文件完整保留，未完成的没有写入半截文件。", file=sys.stderr)
        return 130
    rows = result.rows
    if not rows:
        print("错误：没有找到单位文件（.toml/.xlsm）。", file=sys.stderr)
        return EXIT_UNREADABLE
    skipped = sum(1 for r in rows if r["status"] == "已是最新")
    errors = sum(1 for r in rows if r.get("errors"))
    print(f"共{len(rows)}个单位：完成{len(rows) - skipped - len(result.failed)}个，已是最新（跳过）{skipped}个，"
          f"无法处理{len(result.failed)}个；有错误的单位{errors}个。用时{result.seconds:.1f}秒。")
    for r in result.failed:
        print(f"  [{r['status']}] {r['source']}：{r['reason']}")
    if result.consolidation is not None:
        print(result.consolidation.composition())
    print(f"跨单位汇总表：{result.summary}")
    return EXIT_UNREADABLE if result.failed else EXIT_ERRORS if errors else EXIT_OK


def run_consolidate_command(args) -> int:
    from ..export.document import write_atomic
    from .consolidate import consolidate, dumps
    from .run import expand
    from .worker import Options, process_unit

    out = Path(args.out)
    if out.exists() and not args.force:
        print(f"错误：{out} 已存在。如要覆盖请加 --force（旧文件保留为 .bak）。", file=sys.stderr)
        return EXIT_UNREADABLE
    paths = [p for p in expand(args.units) if p.resolve() != out.resolve()]  # not a former 汇总 itself
    if not paths:
        print("错误：没有找到单位文件（.toml/.xlsm）。", file=sys.stderr)
        return EXIT_UNREADABLE
    units = []
    opts = Options(out=str(out.parent), write=False)
    for p in paths:
        row, _, unit = process_unit(p, p.stem, opts)
        units.append((unit[0], unit[1], str(p)) if unit else (None, 0, f"{p.name}（{row['reason']}）"))
    done = consolidate(units, args.name)
    write_atomic(out, dumps(done).encode("utf-8"))
    print(f"已生成部门汇总数据文件：{out}")
    print(done.composition())
    for f in done.findings:
        print(f"  [{f.level.value}] {f.code} {f.message}")
    return EXIT_ERRORS if any(f.level.value == "错误" for f in done.findings) else EXIT_OK
