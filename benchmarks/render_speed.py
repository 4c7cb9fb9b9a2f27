#!/usr/bin/env python3
"""How much slower is a promptcut edit than the one ffmpeg command an expert would write?

Renders a 5-step edit (trim, grayscale, resize to 720p, fade in, speed 1.5x) of a 60 s 1080p
clip with `promptcut edit` (the whole CLI: probe, plan, sandbox, render, verify, copy out) and
with the single equivalent hand-written ffmpeg command, alternately, and prints the ratio of
their median wall times. Target: at most 1.15. With --naive it also times the same edit as five
sequential re-encodes, one per step, the way step-by-step editors work.

    python benchmarks/render_speed.py [--runs 3] [--duration 60] [--naive]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from promptcut.media.ffmpeg import ffmpeg_path

PROMPT = (
    "trim the first 2 seconds, make it black and white, resize to 720p, "
    "fade in over 1 second and speed it up 1.5x"
)
ENCODE = [
    "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p",
    "-c:a", "aac", "-b:a", "192k", "-movflags", "+faststart",
]  # fmt: skip


def make_clip(ff: str, path: Path, duration: float) -> None:
    subprocess.run(
        [ff, "-hide_banner", "-loglevel", "error", "-y",
         "-f", "lavfi", "-i", f"testsrc2=size=1920x1080:rate=30:duration={duration}",
         "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={duration}",
         "-ac", "2", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
         "-c:a", "aac", "-shortest", str(path)],
        check=True,
    )  # fmt: skip


def hand_written(ff: str, src: Path, out: Path) -> list[str]:
    """The one command a person fluent in ffmpeg would type for the same edit."""
    return [
        ff, "-hide_banner", "-loglevel", "error", "-y", "-ss", "2", "-i", str(src),
        "-vf", "hue=s=0,scale=-2:720,fade=t=in:st=0:d=1,setpts=PTS/1.5,fps=source_fps",
        "-af", "afade=t=in:st=0:d=1,atempo=1.5",
        *ENCODE, str(out),
    ]  # fmt: skip


def naive(ff: str, src: Path, work: Path) -> list[list[str]]:
    """The same edit as five re-encodes, one per step."""
    steps = [
        (["-ss", "2"], [], []),
        ([], ["-vf", "hue=s=0"], []),
        ([], ["-vf", "scale=-2:720"], []),
        ([], ["-vf", "fade=t=in:st=0:d=1"], ["-af", "afade=t=in:st=0:d=1"]),
        ([], ["-vf", "setpts=PTS/1.5"], ["-af", "atempo=1.5"]),
    ]
    commands, current = [], src
    for n, (pre, vf, af) in enumerate(steps, 1):
        nxt = work / f"naive{n}.mp4"
        commands.append(
            [ff, "-hide_banner", "-loglevel", "error", "-y", *pre, "-i", str(current),
             *vf, *af, *ENCODE, str(nxt)]
        )  # fmt: skip
        current = nxt
    return commands


def timed(commands: list[list[str]], env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    for c in commands:
        subprocess.run(c, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--duration", type=float, default=60.0)
    ap.add_argument("--naive", action="store_true", help="also time five sequential re-encodes")
    args = ap.parse_args()
    ff = ffmpeg_path(os.environ.get("PROMPTCUT_FFMPEG"))
    work = Path(tempfile.mkdtemp(prefix="promptcut-bench-"))
    try:
        src = work / "clip1080.mp4"
        print(f"making a {args.duration:g} s 1920x1080 clip ...", flush=True)
        make_clip(ff, src, args.duration)
        env = os.environ | {"PROMPTCUT_DATA_DIR": str(work / "data")}
        ours = [[sys.executable, "-m", "promptcut", "edit", str(src), PROMPT,
                 "-o", str(work / "ours.mp4"), "--yes"]]  # fmt: skip
        theirs = [hand_written(ff, src, work / "hand.mp4")]
        # One untimed run of each: the clip is in the page cache and the sandbox's dummy
        # exists for both sides of every timed pair.
        timed(ours, env)
        timed(theirs)
        t_ours, t_hand, t_naive = [], [], []
        for i in range(args.runs):
            t_hand.append(timed(theirs))
            t_ours.append(timed(ours, env))
            if args.naive:
                t_naive.append(timed(naive(ff, src, work)))
            line = f"run {i + 1}: hand-written {t_hand[-1]:.2f} s, promptcut {t_ours[-1]:.2f} s"
            if args.naive:
                line += f", five re-encodes {t_naive[-1]:.2f} s"
            print(line, flush=True)
        hand, ours_s = statistics.median(t_hand), statistics.median(t_ours)
        print(f"median: hand-written {hand:.2f} s, promptcut {ours_s:.2f} s")
        print(f"promptcut / hand-written = {ours_s / hand:.3f}  (target <= 1.15)")
        if args.naive:
            print(f"five re-encodes / hand-written = {statistics.median(t_naive) / hand:.2f}")
        return 0 if ours_s / hand <= 1.15 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
