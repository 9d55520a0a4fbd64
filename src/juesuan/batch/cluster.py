"""The Dask side of the batch: a client on a local cluster (or an existing scheduler), quiet and
closed cleanly, with the per-worker settings that keep memory flat.

- **Memory.** A dask worker samples its running task's stack every 10 ms and keeps one profile a
  second for the last ``distributed.admin.low-level-log-length`` (1,000) seconds: with a report's
  deep matplotlib/python-docx stacks that history grew each worker by about 1 MB a unit (200 MB →
  285 MB over 60 units, while ``process_unit`` alone stays flat). Local workers run with the
  profiler off (``PROFILE_OFF``): their memory is flat in the number of units.
- **Quiet.** Dask's loggers (client, scheduler, workers, tornado, asyncio) are silenced for the
  batch: a failure reaches the person as a unit's row (``worker_failed``), never as a logged
  traceback (``CommClosedError`` when a cluster closes, a worker's ``KeyboardInterrupt``).
  Worker processes start with SIGINT ignored (and ignore it again as they start, for a worker a
  nanny restarts later), so Ctrl-C reaches only this process, which cancels the tasks and closes
  the cluster before it returns.
- **Cores.** ``--workers`` above the machine's cores is capped (more processes than cores only
  add memory and switching), with a message.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
from collections.abc import Iterator
from typing import Any

QUIET = logging.CRITICAL + 10  # above every level: nothing is logged
NOISY = ("distributed", "tornado", "asyncio", "bokeh")
PROFILE_OFF = {"distributed.worker.profile.enabled": False}


def cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def capped(workers: int) -> tuple[int, str]:
    """(worker processes to start, a message when ``workers`` was lowered or raised, else '')."""
    n = cores()
    if workers > n:
        return n, f"注意：本机只有{n}个处理器核心，--workers {workers} 已降为 {n}（更多进程只会更慢、更占内存）。"
    if workers < 1:
        return 1, f"注意：--workers {workers} 无效，已按 1 个进程处理。"
    return workers, ""


def quiet_logs() -> dict[str, int]:
    """Silence Dask's loggers (and their children that have a level of their own) in this
    process; the levels before, for ``restore_logs``."""
    manager = logging.Logger.manager
    names = [name for name in list(manager.loggerDict) if name.split(".")[0] in NOISY]
    before = {}
    for name in {*NOISY, *names}:
        logger = logging.getLogger(name)
        before[name] = logger.level
        logger.setLevel(QUIET)
    return before


def restore_logs(before: dict[str, int]) -> None:
    for name, level in before.items():
        logging.getLogger(name).setLevel(level)


def dask_setup(worker: Any = None) -> None:
    """Run in every local worker process as it starts (a Dask preload): its logs silenced, Ctrl-C
    left to the batch's own process."""
    quiet_logs()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored while the local cluster starts: the worker processes spawned meanwhile inherit
    the ignored signal (it stays ignored across exec, from their first import on), so a Ctrl-C
    never reaches a worker. (Blocking it instead is not enough: the processes are spawned from a
    thread Dask started earlier.) A Ctrl-C pressed in those few seconds is not acted on."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def client(workers: int, scheduler: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: on ``scheduler`` when given, else on a local cluster of
    ``workers`` single-threaded processes. Logs silenced throughout; closed on the way out
    (errors while closing are not the batch's: ignored)."""
    import dask
    from distributed import Client, LocalCluster

    before = quiet_logs()
    cluster = None
    try:
        if scheduler:
            dask_client = Client(scheduler)
        else:
            with dask.config.set(PROFILE_OFF), _sigint_ignored():
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=":0", silence_logs=QUIET,
                                       preload=[__name__])
            dask_client = Client(cluster)
        try:
            yield dask_client
        finally:
            with contextlib.suppress(Exception):
                dask_client.close(timeout=10)
    finally:
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close(timeout=10)
        restore_logs(before)
