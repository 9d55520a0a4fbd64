"""``juesuan batch``: many units on Dask — each unit's workbook and report, and 汇总.xlsx."""

from __future__ import annotations

from pathlib import Path

from .common import refuse_missing
from .exits import Exit, Refused, Unreadable


def add_parser(sub) -> None:
    b = sub.add_parser("batch", help="批量处理多个单位：每个单位的工作簿和报告，以及跨单位汇总表")
    b.add_argument("inputs", nargs="+", help="单位数据文件（.toml）或工作簿（.xlsm），可为文件夹或通配符")
    b.add_argument("--out", required=True, help="输出目录")
    b.add_argument("--pdf", action="store_true", help="同时生成 PDF（需要 LibreOffice）")
    b.add_argument("--workers", type=int, default=2, help="本机并行进程数（默认 2）")
    b.add_argument("--scheduler", help="已有 dask.distributed 集群的地址，如 tcp://10.0.0.5:8786")
    b.add_argument("--force", action="store_true", help="重新生成全部单位（默认跳过输出比输入新的单位）")
    b.add_argument("--consolidate", metavar="部门名", help="同时生成部门汇总（数据文件、工作簿和报告）")
    b.set_defaults(func=run)


def run(args) -> int:
    from ..batch.run import expand, run_batch

    refuse_missing(args.inputs, expand)
    if Path(args.out).exists() and not Path(args.out).is_dir():
        raise Refused(f"{args.out} 是一个文件，不是文件夹，未写入。--out 应为输出文件夹。")
    try:
        result = run_batch(args.inputs, args.out, pdf=args.pdf, workers=args.workers, scheduler=args.scheduler,
                           force=args.force, consolidate=args.consolidate)
    except ValueError as exc:
        raise Unreadable(str(exc)) from None
    except KeyboardInterrupt:
        raise KeyboardInterrupt("已中断：已完成的单位文件完整保留，未完成的没有写入半截文件。") from None
    rows = result.rows
    if not rows:
        raise Unreadable("没有找到单位文件（.toml/.xlsm）。")
    skipped = sum(1 for r in rows if r["status"] == "已是最新")
    errors = sum(1 for r in rows if r.get("errors"))
    print(f"共{len(rows)}个单位：完成{len(rows) - skipped - len(result.failed)}个，已是最新（跳过）{skipped}个，"
          f"无法处理{len(result.failed)}个；有错误的单位{errors}个。用时{result.seconds:.1f}秒。")
    for r in result.failed:
        print(f"  [{r['status']}] {r['source']}：{r['reason']}")
    if result.consolidation is not None:
        print(result.consolidation.composition())
    print(f"跨单位汇总表：{result.summary}")
    if result.failed:
        raise Unreadable(f"{len(result.failed)}个单位无法处理（见上），其余单位已完成。")
    return Exit.ERRORS if errors else Exit.OK
