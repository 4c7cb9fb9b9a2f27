"""Phrasings of the sound and export operations (normalize, audio_denoise, extract_audio,
compress, codec, quality, still, contact_sheet, gif), read by test_planner.py."""

from __future__ import annotations

from typing import Any

Steps = list[tuple[str, dict[str, Any]]]

PHRASINGS: dict[str, list[tuple[str, Steps]]] = {
    "normalize": [
        ("normalize audio to -14 LUFS for youtube", [("normalize", {})]),
        ("Normalise the sound", [("normalize", {})]),
        (
            "normalize the loudness for a podcast",
            [("normalize", {"lufs": -16.0, "true_peak": -1.5})],
        ),
        ("make the audio broadcast loudness", [("normalize", {"lufs": -23.0})]),
        ("loudness normalization to -23 LUFS", [("normalize", {"lufs": -23.0})]),
        ("normalize audio for TV", [("normalize", {"lufs": -23.0})]),
        ("set the loudness to -16 LUFS", [("normalize", {"lufs": -16.0})]),
        ("can you level the audio for spotify?", [("normalize", {})]),
    ],
    "audio_denoise": [
        ("remove the background noise", [("audio_denoise", {})]),
        ("denoise the audio", [("audio_denoise", {})]),
        ("clean up the sound", [("audio_denoise", {})]),
        ("reduce the hiss in the audio", [("audio_denoise", {})]),
        ("get rid of all the fan noise", [("audio_denoise", {"strength": "strong"})]),
        ("remove a bit of the background noise", [("audio_denoise", {"strength": "light"})]),
        ("audio noise reduction", [("audio_denoise", {})]),
    ],
    "extract_audio": [
        ("extract the audio", [("extract_audio", {})]),
        ("just give me the sound", [("extract_audio", {})]),
        ("audio only", [("extract_audio", {})]),
        ("rip the soundtrack from the video", [("extract_audio", {})]),
        ("pull out the audio track", [("extract_audio", {})]),
        ("convert it to an audio file", [("extract_audio", {})]),
        ("save only the audio as a separate file", [("extract_audio", {})]),
    ],
    "compress": [
        ("shrink it to under 2 MB", [("compress", {"max_mb": 2.0})]),
        ("make it small enough for discord", [("compress", {"max_mb": 10.0})]),
        ("compress the video to 25mb", [("compress", {"max_mb": 25.0})]),
        ("get the file size below 8 megabytes", [("compress", {"max_mb": 8.0})]),
        ("make it small enough to send by email", [("compress", {"max_mb": 25.0})]),
        ("compress it for whatsapp", [("compress", {"max_mb": 16.0})]),
        ("under 1.5 MB please", [("compress", {"max_mb": 1.5})]),
        ("reduce it to less than 500 KB", [("compress", {"max_mb": 0.5})]),
    ],
    "codec": [
        ("convert it to h264", [("codec", {"codec": "h264"})]),
        ("encode the video as HEVC", [("codec", {"codec": "hevc"})]),
        ("transcode to H.264 please", [("codec", {"codec": "h264"})]),
        ("change the video codec to x265", [("codec", {"codec": "hevc"})]),
        ("use the avc codec", [("codec", {"codec": "h264"})]),
        (
            "save it as an mkv with h.265",
            [("convert", {"format": "mkv"}), ("codec", {"codec": "hevc"})],
        ),
    ],
    "quality": [
        ("export in high quality", [("quality", {"level": "high"})]),
        ("best quality possible", [("quality", {"level": "high"})]),
        ("make the file smaller", [("quality", {"level": "small"})]),
        ("lower quality is fine", [("quality", {"level": "small"})]),
        ("don't lose any quality", [("quality", {"level": "high"})]),
        ("render it at medium quality", [("quality", {"level": "balanced"})]),
        ("as small as possible", [("quality", {"level": "small"})]),
    ],
    "reencode": [
        ("re-encode it", [("reencode", {})]),
        ("re-encode the video from scratch", [("reencode", {})]),
        ("re-encode the whole video", [("reencode", {})]),
        ("do a full re-encoding of the video", [("reencode", {})]),
        ("reencode it again", [("reencode", {})]),
        ("re-encode it fully", [("reencode", {})]),
    ],
    "still": [
        (
            "save a still frame from 0:05 as a jpg",
            [("still", {"at": 5.0}), ("convert", {"format": "jpg"})],
        ),
        ("take a screenshot at 10 seconds", [("still", {"at": 10.0})]),
        ("make a thumbnail", [("still", {})]),
        ("grab the last frame", [("still", {"at": -0.05})]),
        (
            "export the first frame as a png",
            [("still", {"at": 0.0}), ("convert", {"format": "png"})],
        ),
        ("get me a snapshot at 1:30", [("still", {"at": 90.0})]),
        ("screenshot at 3s", [("still", {"at": 3.0})]),
        ("create a thumbnail at 0:12", [("still", {"at": 12.0})]),
    ],
    "contact_sheet": [
        ("make a contact sheet", [("contact_sheet", {})]),
        ("a 4x4 grid of frames", [("contact_sheet", {})]),
        ("contact sheet of 9 frames", [("contact_sheet", {"columns": 3, "rows": 3})]),
        ("create a 5x2 storyboard", [("contact_sheet", {"columns": 5, "rows": 2})]),
        ("give me a thumbnail grid of the video", [("contact_sheet", {})]),
        ("generate a contact sheet with 12 frames", [("contact_sheet", {"columns": 3})]),
    ],
    "gif": [
        ("make a gif at 15 fps", [("gif", {"fps": 15.0})]),
        ("gif 320 pixels wide", [("gif", {"width": 320})]),
        ("turn it into a 10fps gif", [("gif", {"fps": 10.0})]),
        ("export as a gif at 8 fps and 400px wide", [("gif", {"fps": 8.0, "width": 400})]),
        ("make it an animated gif with 20 frames per second", [("gif", {"fps": 20.0})]),
        ("convert to a 240px gif", [("gif", {"width": 240})]),
    ],
}

ROUND_TRIP = [
    "normalize the loudness for a podcast, remove the background noise",
    "extract the audio",
    "shrink it to under 2 MB, export in high quality",
    "save a still frame from 0:05 as a jpg",
    "make a contact sheet",
    "make a gif at 15 fps",
    "cut out 0:10 to 0:20, re-encode it",
    "convert it to mp4 with h264",
]
