"""Phrasings of the time and frame operations added in issue 3: several ranges, loops, frame
rate, freezes, ranged speed, crops by pixels, bars, platform formats."""

from __future__ import annotations

from typing import Any

Steps = list[tuple[str, dict[str, Any]]]

PHRASINGS: dict[str, list[tuple[str, Steps]]] = {
    "keep_ranges": [
        ("keep 0:00-0:05 and 0:10-0:15", [("keep_ranges", {"ranges": ((0.0, 5.0), (10.0, 15.0))})]),
        (
            "only keep 2-4s, 6-8s and 10-12s",
            [("keep_ranges", {"ranges": ((2.0, 4.0), (6.0, 8.0), (10.0, 12.0))})],
        ),
        (
            "Keep 0:01-0:02, 0:05-0:06, 0:08-0:09 please",
            [("keep_ranges", {"ranges": ((1.0, 2.0), (5.0, 6.0), (8.0, 9.0))})],
        ),
        (
            "I only want 1s to 3s and 7s to 9s",
            [("keep_ranges", {"ranges": ((1.0, 3.0), (7.0, 9.0))})],
        ),
        (
            "keep the parts from 5 to 10 seconds and from 20 to 25 seconds",
            [("keep_ranges", {"ranges": ((5.0, 10.0), (20.0, 25.0))})],
        ),
        (
            "join 0:05-0:10 and 0:20-0:25 together",
            [("keep_ranges", {"ranges": ((5.0, 10.0), (20.0, 25.0))})],
        ),
        (
            "remove everything except 2-4s and 6-8s",
            [("keep_ranges", {"ranges": ((2.0, 4.0), (6.0, 8.0))})],
        ),
        (
            "keep between 10 and 12 seconds and between 1 and 3 seconds",
            [("keep_ranges", {"ranges": ((1.0, 3.0), (10.0, 12.0))})],
        ),
        (
            "make a supercut of 0:02-0:04, 0:10-0:12 and 0:15-0:18",
            [("keep_ranges", {"ranges": ((2.0, 4.0), (10.0, 12.0), (15.0, 18.0))})],
        ),
        ("keep seconds 0-5 and 10-15", [("keep_ranges", {"ranges": ((0.0, 5.0), (10.0, 15.0))})]),
        # one range left after "except" is a plain trim
        ("cut everything except 0:05 to 0:10", [("trim", {"start": 5.0, "end": 10.0})]),
        (
            "keep 2-5s and 10-12s and mute it",
            [("keep_ranges", {"ranges": ((2.0, 5.0), (10.0, 12.0))}), ("mute", {})],
        ),
    ],
    "cut_ranges": [
        ("cut out 1-2s and 5-6s", [("cut_ranges", {"ranges": ((1.0, 2.0), (5.0, 6.0))})]),
        (
            "remove 0:10-0:15 and 0:30-0:40",
            [("cut_ranges", {"ranges": ((10.0, 15.0), (30.0, 40.0))})],
        ),
        ("Cut out 1-2s, 5-6s.", [("cut_ranges", {"ranges": ((1.0, 2.0), (5.0, 6.0))})]),
        (
            "delete the parts from 2 to 3 seconds and from 7 to 8 seconds",
            [("cut_ranges", {"ranges": ((2.0, 3.0), (7.0, 8.0))})],
        ),
        (
            "skip 0:05-0:07, 0:12-0:14 and 0:20-0:21",
            [("cut_ranges", {"ranges": ((5.0, 7.0), (12.0, 14.0), (20.0, 21.0))})],
        ),
        (
            "get rid of 8s to 10s and 1s to 2s",
            [("cut_ranges", {"ranges": ((1.0, 2.0), (8.0, 10.0))})],
        ),
        (
            "cut out between 1 and 2 seconds and between 4 and 5 seconds",
            [("cut_ranges", {"ranges": ((1.0, 2.0), (4.0, 5.0))})],
        ),
        ("cut out seconds 1-2 and 5-6", [("cut_ranges", {"ranges": ((1.0, 2.0), (5.0, 6.0))})]),
        # overlapping ranges are one cut
        ("snip 1-3s and 2-4s", [("cut_ranges", {"ranges": ((1.0, 4.0),)})]),
    ],
    "loop": [
        ("repeat it twice", [("loop", {"times": 2})]),
        ("loop it 3 times", [("loop", {"times": 3})]),
        ("play it twice", [("loop", {"times": 2})]),
        ("Loop the video three times.", [("loop", {"times": 3})]),
        ("play it 4 times in a row", [("loop", {"times": 4})]),
        ("repeat the clip 5x", [("loop", {"times": 5})]),
        ("make it loop twice", [("loop", {"times": 2})]),
        ("play the clip thrice", [("loop", {"times": 3})]),
        ("replay it 2 times", [("loop", {"times": 2})]),
        # "play it 3x" is a speed
        ("play it 3x", [("speed", {"factor": 3.0})]),
    ],
    "fps": [
        ("convert to 24fps", [("fps", {"fps": 24.0})]),
        ("make it 60 fps", [("fps", {"fps": 60.0})]),
        ("30fps", [("fps", {"fps": 30.0})]),
        ("change the frame rate to 25", [("fps", {"fps": 25.0})]),
        ("set the framerate to 29.97", [("fps", {"fps": 29.97})]),
        ("lower the frame rate to 15 fps", [("fps", {"fps": 15.0})]),
        ("export at 50 frames per second", [("fps", {"fps": 50.0})]),
        ("fps 12", [("fps", {"fps": 12.0})]),
        ("Convert it to 24 FPS please", [("fps", {"fps": 24.0})]),
    ],
    "freeze": [
        ("freeze the frame at 0:03 for 2 seconds", [("freeze", {"at": 3.0, "seconds": 2.0})]),
        ("freeze frame at 5s for 1 second", [("freeze", {"at": 5.0, "seconds": 1.0})]),
        ("pause the video at 0:02 for 3 seconds", [("freeze", {"at": 2.0, "seconds": 3.0})]),
        ("hold the frame at 1.5s for 2s", [("freeze", {"at": 1.5, "seconds": 2.0})]),
        ("add a freeze frame of 2 seconds at 0:04", [("freeze", {"at": 4.0, "seconds": 2.0})]),
        ("freeze it for 3 seconds at 10s", [("freeze", {"at": 10.0, "seconds": 3.0})]),
    ],
    "crop_area": [
        (
            "crop to 640x360 from the top left",
            [("crop_area", {"width": 640, "height": 360, "anchor": "top-left"})],
        ),
        (
            "crop x=100 y=50 w=640 h=360",
            [("crop_area", {"width": 640, "height": 360, "x": 100, "y": 50})],
        ),
        ("crop to 640x360", [("crop_area", {"width": 640, "height": 360})]),
        ("crop a 200x200 area from the center", [("crop_area", {"width": 200, "height": 200})]),
        (
            "crop 640x360 at 100,50",
            [("crop_area", {"width": 640, "height": 360, "x": 100, "y": 50})],
        ),
        (
            "crop to 640x360+100+50",
            [("crop_area", {"width": 640, "height": 360, "x": 100, "y": 50})],
        ),
        (
            "crop the bottom right 320x240",
            [("crop_area", {"width": 320, "height": 240, "anchor": "bottom-right"})],
        ),
        (
            "crop it to 500 by 500 pixels from the upper right corner",
            [("crop_area", {"width": 500, "height": 500, "anchor": "top-right"})],
        ),
    ],
    "crop_edges": [
        (
            "crop 100 pixels off each side",
            [("crop_edges", {"left": 100.0, "right": 100.0, "top": 100.0, "bottom": 100.0})],
        ),
        ("crop 50 pixels off the top", [("crop_edges", {"top": 50.0})]),
        (
            "crop 10% off the left and right",
            [("crop_edges", {"left": 10.0, "right": 10.0, "unit": "%"})],
        ),
        (
            "crop 20px all around",
            [("crop_edges", {"left": 20.0, "right": 20.0, "top": 20.0, "bottom": 20.0})],
        ),
        ("trim 40 pixels from the top and bottom", [("crop_edges", {"top": 40.0, "bottom": 40.0})]),
        ("cut 30px off the right edge", [("crop_edges", {"right": 30.0})]),
        ("crop the sides by 64 pixels", [("crop_edges", {"left": 64.0, "right": 64.0})]),
        ("shave 5% off the bottom", [("crop_edges", {"bottom": 5.0, "unit": "%"})]),
    ],
    "pad": [
        ("fit it into 9:16 with black bars", [("pad", {"aspect": "9:16"})]),
        ("letterbox to 16:9", [("pad", {"aspect": "16:9"})]),
        ("add black bars to make it square", [("pad", {"aspect": "1:1"})]),
        ("pad to 1:1 with white", [("pad", {"aspect": "1:1", "color": "white"})]),
        ("make it 9:16 without cropping", [("pad", {"aspect": "9:16"})]),
        ("Make it vertical with black bars.", [("pad", {"aspect": "9:16"})]),
        ("pillarbox it to 4:3", [("pad", {"aspect": "4:3"})]),
        ("fit the video in a square", [("pad", {"aspect": "1:1"})]),
        ("make it 4:5 with gray bars", [("pad", {"aspect": "4:5", "color": "gray"})]),
        ("square with black bars", [("pad", {"aspect": "1:1"})]),
    ],
    "platform": [
        ("make it a TikTok", [("platform", {"platform": "tiktok"})]),
        ("format it for Instagram Reels", [("platform", {"platform": "instagram_reels"})]),
        ("for YouTube Shorts", [("platform", {"platform": "youtube_shorts"})]),
        ("make it a tiktok with black bars", [("platform", {"platform": "tiktok", "fit": "pad"})]),
        ("make it an instagram post", [("platform", {"platform": "instagram_post"})]),
        ("format for youtube", [("platform", {"platform": "youtube"})]),
        ("turn it into an Instagram story", [("platform", {"platform": "instagram_story"})]),
        ("resize for instagram 4:5 post", [("platform", {"platform": "instagram_portrait"})]),
        ("make it a reel", [("platform", {"platform": "instagram_reels"})]),
        ("tiktok format", [("platform", {"platform": "tiktok"})]),
        ("TikTok 9:16", [("platform", {"platform": "tiktok"})]),
        ("make this a youtube short", [("platform", {"platform": "youtube_shorts"})]),
        (
            "make it an instagram post with black bars",
            [("platform", {"platform": "instagram_post", "fit": "pad"})],
        ),
    ],
}

ROUND_TRIP: list[str] = [
    "keep 0:00-0:05 and 0:10-0:15, cut out 1-2s and 5-6s, loop it 3 times, convert to 24fps",
    "slow down the part between 10s and 12s to half speed, freeze the frame at 0:03 for 2 seconds",
    "crop to 640x360 from the top left, crop 100 pixels off each side, crop x=10 y=5 w=64 h=36",
    "letterbox to 16:9, make it a TikTok with black bars",
    "format it for Instagram Reels",
]
