#!/usr/bin/env python3
"""How fast is a promptcut cut, which copies the untouched GOPs, against the re-encoding ffmpeg
command a user would type?

On a 60 s 1080p30 H.264 clip with B-frames and a 2 s GOP, times `promptcut edit` (the whole
CLI: probe, plan, index, sandbox, cut, check, copy out) for "keep 0:03.3 to 0:55.7" and "cut
out 0:10.4 to 0:20.7" against `ffmpeg -ss 3.3 -to 55.7 -i src.mp4 out.mp4` and its cut-out
equivalent, alternately, and prints the ratios of the median wall times and the share of the
picture copied. Target: at most 0.2. --long adds a 10-minute clip (slow to make and to
re-encode). --codec hevc makes the clips with x265 instead (closed GOPs, stored as `hev1` as
ffmpeg writes them: an `hvc1` source, as Apple's cameras write it, is re-encoded whole) and
has the user's command re-encode with libx265; --size makes them smaller.

    python benchmarks/cut_speed.py [--runs 3] [--long] [--codec hevc] [--size 320x240]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from promptcut.media.ffmpeg import ffmpeg_path

TARGET = 0.2


def make_clip(
    ff: str, path: Path, duration: float, codec: str = "h264", size: str = "1920x1080"
) -> None:
    """30 fps x264 (or x265) with B-frames (3, pyramid) and a fixed closed 2 s GOP, with stereo
    sound."""
    if codec == "hevc":
        x265 = "keyint=60:min-keyint=60:scenecut=0:bframes=3:open-gop=0:log-level=error"
        video = ["-c:v", "libx265", "-preset", "veryfast", "-tag:v", "hev1",
                 "-x265-params", x265]  # fmt: skip
    else:
        video = ["-c:v", "libx264", "-preset", "veryfast",
                 "-g", "60", "-keyint_min", "60", "-sc_threshold", "0", "-bf", "3"]  # fmt: skip
    subprocess.run(
        [ff, "-hide_banner", "-loglevel", "error", "-y",
         "-f", "lavfi", "-i", f"testsrc2=size={size}:rate=30:duration={duration}",
         "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={duration}",
         "-ac", "2", *video, "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(path)],
        check=True,
    )  # fmt: skip


def by_hand(
    ff: str, src: Path, out: Path, cut: tuple[str, float, float], codec: str = "h264"
) -> list[str]:
    """The plain re-encoding command a user would type for the same cut (ffmpeg's defaults;
    for HEVC, `-c:v libx265` to keep the codec)."""
    kind, a, b = cut
    head = [ff, "-hide_banner", "-loglevel", "error", "-y"]
    encoder = ["-c:v", "libx265"] if codec == "hevc" else []
    if kind == "keep":
        return [*head, "-ss", f"{a:g}", "-to", f"{b:g}", "-i", str(src), *encoder, str(out)]
    keep = f"not(between(t,{a:g},{b:g}))"
    return [
        *head, "-i", str(src),
        "-vf", f"select='{keep}',setpts=N/FRAME_RATE/TB",
        "-af", f"aselect='{keep}',asetpts=N/SR/TB", *encoder, str(out),
    ]  # fmt: skip


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    t0 = time.perf_counter()
    done = subprocess.run(command, check=True, env=env, capture_output=True, text=True)
    return time.perf_counter() - t0, done.stdout


def bench(
    ff: str, src: Path, work: Path, runs: int, length: float, codec: str = "h264"
) -> list[float]:
    env = os.environ | {"PROMPTCUT_DATA_DIR": str(work / "data")}
    cuts = [
        ("keep 0:03.3 to 0:55.7", ("keep", 3.3, 55.7)),
        ("cut out 0:10.4 to 0:20.7", ("cut", 10.4, 20.7)),
    ]
    if length > 120:
        cuts = [
            ("keep 0:03.3 to 9:55.7", ("keep", 3.3, 595.7)),
            ("cut out 1:10.4 to 3:20.7", ("cut", 70.4, 200.7)),
        ]
    ratios = []
    for prompt, cut in cuts:
        ours = [sys.executable, "-m", "promptcut", "edit", str(src), prompt,
                "-o", str(work / "ours.mp4"), "--yes", "--json"]  # fmt: skip
        theirs = by_hand(ff, src, work / "hand.mp4", cut, codec)
        # The first run makes the sandbox's dummy (cached from then on): timed apart.
        cold, out = timed(ours, env)
        copying = json.loads(out)["copying"]
        t_ours, t_hand = [], []
        for i in range(runs):
            t_hand.append(timed(theirs)[0])
            t_ours.append(timed(ours, env)[0])
            print(f"  {prompt!r} run {i + 1}: ffmpeg {t_hand[-1]:.2f} s, promptcut "
                  f"{t_ours[-1]:.2f} s", flush=True)  # fmt: skip
        hand, mine = statistics.median(t_hand), statistics.median(t_ours)
        ratios.append(mine / hand)
        print(
            f"{prompt!r} on {length:g} s: ffmpeg {hand:.2f} s, promptcut {mine:.2f} s "
            f"(first run, making the dummy: {cold:.2f} s); ratio {mine / hand:.3f} "
            f"(target <= {TARGET}); copied {copying['copied']:.1%} of the picture"
            + (f"; re-encoded because {copying['reason']}" if copying["reason"] else ""),
            flush=True,
        )
    return ratios


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--long", action="store_true", help="also a 10-minute clip")
    ap.add_argument("--codec", choices=("h264", "hevc"), default="h264")
    ap.add_argument("--size", default="1920x1080", help="the clips' size, WxH")
    args = ap.parse_args()
    ff = ffmpeg_path(os.environ.get("PROMPTCUT_FFMPEG"))
    work = Path(tempfile.mkdtemp(prefix="promptcut-cutbench-"))
    try:
        ratios = []
        for length in (60.0, 600.0) if args.long else (60.0,):
            src = work / f"clip{length:g}.mp4"
            print(f"making a {length:g} s {args.size} {args.codec} clip ...", flush=True)
            make_clip(ff, src, length, args.codec, args.size)
            ratios += bench(ff, src, work, args.runs, length, args.codec)
        return 0 if max(ratios) <= TARGET else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
