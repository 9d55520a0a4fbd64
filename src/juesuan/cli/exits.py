"""The command line's exit codes (README) and the exceptions ``run`` turns into them.

A sub-command returns only what its findings decide (``OK``/``ERRORS``; ``review`` also
``INCOMPLETE``); every other ending is an exception, mapped to its code in one place (``main.run``).
"""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    OK = 0  # no 错误
    ERRORS = 1  # 错误 found (outputs still written)
    UNREADABLE = 2  # the input cannot be read
    NOT_WRITTEN = 3  # nothing written: an existing file without --force, output == input, disk …
    INTERNAL = 4  # an unexpected error (details in a log file)
    INCOMPLETE = 5  # review: no 错误, but part of the document was not read (R-UNREAD / R-INCOMPLETE)
    INTERRUPTED = 130  # Ctrl-C or a termination signal


EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = Exit.OK, Exit.ERRORS, Exit.UNREADABLE
EXIT_NOT_WRITTEN, EXIT_INTERNAL, EXIT_INTERRUPTED = Exit.NOT_WRITTEN, Exit.INTERNAL, Exit.INTERRUPTED


class Refused(Exception):
    """Nothing was written, on purpose (message in Chinese): exit 3."""


class Unreadable(Exception):
    """An input cannot be read, or nothing to read was found (message in Chinese): exit 2."""
