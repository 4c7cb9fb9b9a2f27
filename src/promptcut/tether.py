"""Runs a stage script so that its whole process group dies with promptcut, even by SIGKILL.

The executor starts this file (`python -I tether.py PARENT_PID COMMAND...`) for scripts that
run without bubblewrap, which would otherwise do the same for isolated ones (--die-with-parent
and a pid namespace). The kernel's parent-death signal reaches only a direct child, and it is
not inherited: set on the script alone, it would leave the script's ffmpeg running. Here the
tether gets it, and answers it by killing its process group — the script and all it started
that stayed in the group. Only the standard library is used: under `python -I` nothing else
is sure to be importable.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from types import FrameType

_PR_SET_PDEATHSIG = 1
# The signal the kernel sends the tether when promptcut dies. Not SIGTERM: the executor sends
# that to the whole group to stop a run gracefully, and then the tether must wait for the
# script like everyone else instead of killing the group at once.
_PARENT_DIED = signal.SIGHUP


def main(argv: list[str]) -> int:
    parent, command = int(argv[1]), argv[2:]
    signal.signal(_PARENT_DIED, _kill_group)
    signal.signal(signal.SIGTERM, _ignore)  # the script in the group gets it and ends
    prctl = getattr(ctypes.CDLL(None, use_errno=True), "prctl", None)  # None: not Linux
    if prctl is not None and prctl(_PR_SET_PDEATHSIG, int(_PARENT_DIED), 0, 0, 0) != 0:
        print("promptcut tether: cannot set the parent-death signal", file=sys.stderr)
        return 125
    if os.getppid() != parent:
        return 125  # promptcut died before the signal was set: nothing to run for
    child = subprocess.Popen(command)
    returncode = child.wait()
    if returncode < 0:
        # Die the way the script died, so the executor reads the same status (a SIGXFSZ
        # means the output hit its size limit). Python ignores SIGXFSZ and SIGPIPE itself.
        died_of = signal.Signals(-returncode)
        if died_of not in (signal.SIGKILL, signal.SIGSTOP):
            signal.signal(died_of, signal.SIG_DFL)
        os.kill(os.getpid(), died_of)
    return returncode


def _kill_group(_signum: int, _frame: FrameType | None) -> None:
    os.killpg(0, signal.SIGKILL)  # the tether too: it is in the group


def _ignore(_signum: int, _frame: FrameType | None) -> None:
    # A handler rather than SIG_IGN: an ignored signal stays ignored across exec, and the
    # script must still be stoppable by SIGTERM.
    pass


if __name__ == "__main__":
    sys.exit(main(sys.argv))
