"""The ``juesuan`` command line (entry point ``juesuan.cli:main``): one module per sub-command,
exit codes in ``exits``, shared reading and printing in ``common``, ``main.run`` deciding every
exit code."""

from __future__ import annotations

from .exits import (
                    EXIT_ERRORS,
                    EXIT_INTERNAL,
                    EXIT_INTERRUPTED,
                    EXIT_NOT_WRITTEN,
                    EXIT_OK,
                    EXIT_UNREADABLE,
                    Exit,
                    Refused,
                    Unreadable,
)
from .main import build_parser, main, run

__all__ = ["EXIT_ERRORS", "EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_NOT_WRITTEN", "EXIT_OK", "EXIT_UNREADABLE",
           "Exit", "Refused", "Unreadable", "build_parser", "main", "run"]
