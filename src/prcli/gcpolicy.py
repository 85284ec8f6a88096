"""When prcli pauses Python's cycle collector: the one policy, in one place.

Why at all: analyzing an article makes tens of thousands of short-lived objects (tokens,
tuples, small dicts) and no reference cycles worth chasing, while the process holds long-lived
ones (imported modules, word lists, compiled lexicons) that the collector would walk again and
again. Results never depend on the collector; only time does. The policy:

1. Start-up (command line only): loading modules makes no garbage, so the collector is off
   while ``prcli.cli`` loads (``pause`` / ``restore`` around the imports, 3-4 ms of a
   ``prcli stats`` run) and, from ``main`` (``pause_start_up``), until the first document is
   analyzed (``start_up_over``, or ``settle`` in a worker process).
2. After a process's first document (``settle``, once per process, forked workers included):
   everything loaded so far is moved out of the collector's reach (``gc.freeze()``) and the
   young generation may grow to ``YOUNG_THRESHOLD`` objects before a collection (Python's
   default is 700): ~15% of a batch's CPU otherwise (bulk Arabic news, 5.3 -> 4.5 ms per
   article). The collector then runs, so memory stays flat over any archive.
3. One very big document (over ``BIG_DOCUMENT_CHARS``) in the library: the collector is off
   for its analysis (``pause_for`` / ``restore``), which would otherwise re-walk millions of
   its objects (10-15% of the time at 5 MB, growing with the size), and back on afterwards.

Whoever finds the collector switched off by the caller leaves it off.
"""

from __future__ import annotations

import gc

#: Young-generation threshold of the cycle collector after the first document (policy 2).
YOUNG_THRESHOLD = 20_000
#: Documents longer than this (characters) are analyzed with the collector off (policy 3).
BIG_DOCUMENT_CHARS = 500_000

#: Set by ``pause_start_up``: the command line switched the collector off for its start-up,
#: to be switched on again after the first document (in this process and in forked workers).
_start_up_paused = False
_settled = False


def pause() -> bool:
    """Switch the collector off; True when it was on (pass the answer to ``restore``)."""
    was_on = gc.isenabled()
    if was_on:
        gc.disable()
    return was_on


def restore(paused: bool) -> None:
    """Switch the collector back on when ``pause`` or ``pause_for`` switched it off."""
    if paused:
        gc.enable()


def pause_for(text: str) -> bool:
    """Policy 3: switch the collector off for a very big document; True when it did."""
    return len(text) > BIG_DOCUMENT_CHARS and pause()


def pause_start_up() -> None:
    """Policy 1, from the command line's entry point: off until the first document is done."""
    global _start_up_paused
    if pause():
        _start_up_paused = True


def start_up_over() -> None:
    """The first result is in: switch the collector on if the start-up switched it off (the
    parent process of a pool; worker processes resume in ``settle``)."""
    if _start_up_paused and not gc.isenabled():
        gc.enable()


def settle() -> None:
    """Policy 2, once per process, after its first document (see the module docstring)."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.freeze()
    young, mid, old = gc.get_threshold()
    if young:  # 0 means the collector was switched off for good: leave it so
        gc.set_threshold(max(young, YOUNG_THRESHOLD), mid, old)
    if _start_up_paused:
        gc.enable()
