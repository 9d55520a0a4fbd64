"""The ``juesuan`` command line: the parser of every sub-command, and ``run``, the one place
where an ending becomes an exit code (``exits.Exit``; the README's table)."""

from __future__ import annotations

import argparse
import io
import sys
from importlib import import_module

from .exits import Exit, Refused, Unreadable

# one module per sub-command, in the order ``juesuan --help`` lists them
COMMANDS = ("analyze", "export", "template", "summary_template", "build", "extract", "recalc", "setup",
            "demo", "disclose", "import_tables", "batch", "consolidate", "review")


_ARGPARSE = (("expected one argument", "缺少取值"), ("the following arguments are required", "缺少必需的参数"),
             ("unrecognized arguments", "无法识别的参数"), ("invalid int value", "不是整数"),
             ("invalid choice", "没有这个命令或选项"), ("not allowed with argument", "不能同时使用"))


class Parser(argparse.ArgumentParser):
    """argparse with its complaints said in Chinese (the original kept in brackets), and the hint
    a value starting with "-" needs (``--name=-某部门``)."""

    def error(self, message: str):  # type: ignore[override]
        said = next((zh for en, zh in _ARGPARSE if en in message), "命令行参数有误")
        hint = ("\n以“-”开头的取值请写成 --选项=取值（如 --name=-某部门），否则会被当成选项。"
                if "expected one argument" in message else "")
        self.print_usage(sys.stderr)
        self.exit(Exit.UNREADABLE, f"错误：{said}（{message}）。{hint}\n查看用法：{self.prog} --help\n")


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="juesuan", description="部门决算分析报告：分析、审核、生成报告")
    sub = p.add_subparsers(dest="command", required=True)
    for name in COMMANDS:  # each module imports its heavy dependencies only when it runs
        import_module(f"{__package__}.{name}").add_parser(sub)
    return p


INTERRUPTED = "已中断：未完成的文件没有写入（临时文件已删除），原文件未改动。"


def run(func, args) -> int:
    """Run one command; every exception becomes a Chinese message and the README's exit code."""
    from ..export.files import WriteError, internal_error_message
    from ..sources.datafile import DataFileError
    from ..workbook.edit import WorkbookError, WorkbookRefused

    try:
        return int(func(args))
    except KeyboardInterrupt as exc:
        said = str(exc.args[0]) if exc.args else INTERRUPTED
        print(f"\n{said}", file=sys.stderr)
        return Exit.INTERRUPTED
    except BrokenPipeError:  # output piped into `head`
        return Exit.OK
    except (Refused, WriteError, WorkbookRefused) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return Exit.NOT_WRITTEN
    except (Unreadable, DataFileError, WorkbookError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return Exit.UNREADABLE
    except OSError as exc:  # a file operation outside the readers and the atomic writer
        print(f"错误：文件操作失败：{exc.filename or ''} {exc.strerror or exc}。未写入任何文件。", file=sys.stderr)
        return Exit.NOT_WRITTEN
    except Exception:
        import traceback

        print(internal_error_message(traceback.format_exc()), file=sys.stderr)
        return Exit.INTERNAL


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")
    previous = _terminate_as_interrupt()
    try:
        args = build_parser().parse_args(argv)
        return run(args.func, args)
    except KeyboardInterrupt:  # before the command started (reading the command line)
        print(f"\n{INTERRUPTED}", file=sys.stderr)
        return Exit.INTERRUPTED
    finally:
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)


def _terminate_as_interrupt():
    """A termination signal ends the run as Ctrl-C does: temporary files removed, nothing
    half-written. Returns the previous handler (None where signals cannot be set)."""
    import signal

    def interrupt(*_):
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, interrupt)
    except (ValueError, OSError, AttributeError):  # not the main thread, or no SIGTERM here
        return None
