"""Phrasings of the operations that take sound from another file (replace_audio, add_music),
read by test_planner.py."""

from __future__ import annotations

from typing import Any

Steps = list[tuple[str, dict[str, Any]]]

MUSIC = {"file": "music.mp3"}
#: A voice plays once, never over again when it ends.
VOICEOVER = {"file": "voiceover.m4a", "loop": False}

PHRASINGS: dict[str, list[tuple[str, Steps]]] = {
    "replace_audio": [
        ("use music.mp3 as the audio track", [("replace_audio", MUSIC)]),
        ("replace the audio with song.wav", [("replace_audio", {"file": "song.wav"})]),
        ("swap the sound for voiceover.m4a", [("replace_audio", VOICEOVER)]),
        ("Replace the original soundtrack with music.mp3", [("replace_audio", MUSIC)]),
        ("set music.mp3 as the new soundtrack of the video", [("replace_audio", MUSIC)]),
        ("use music.mp3 instead of the original audio", [("replace_audio", MUSIC)]),
        ("swap out the video's audio for music.mp3", [("replace_audio", MUSIC)]),
        ("change the sound to music.mp3, no fade", [("replace_audio", MUSIC | {"fade_out": 0.0})]),
        ("make music.mp3 the soundtrack", [("replace_audio", MUSIC)]),
        ("dub the clip with voiceover.m4a", [("replace_audio", VOICEOVER)]),
        ("substitute music.mp3 for the original sound", [("replace_audio", MUSIC)]),
        ("remove the audio and use music.mp3 instead", [("replace_audio", MUSIC)]),
        (
            "replace the audio with the sound from clip2.mp4, play it once",
            [("replace_audio", {"file": "clip2.mp4", "loop": False})],
        ),
        (
            "use music.mp3 as the audio track at 50% with a 3 second fade out",
            [("replace_audio", MUSIC | {"percent": 50.0, "fade_out": 3.0})],
        ),
    ],
    "add_music": [
        ("mix in music.mp3 at 20% volume", [("add_music", MUSIC | {"percent": 20.0})]),
        ("add music.mp3 quietly in the background", [("add_music", MUSIC | {"db": -18.0})]),
        ("background music: music.mp3", [("add_music", MUSIC)]),
        ("put music.mp3 on it", [("add_music", MUSIC)]),
        ("add music.mp3 and duck it under the speech", [("add_music", MUSIC | {"duck": True})]),
        (
            "add music.mp3, lower the music when people talk",
            [("add_music", MUSIC | {"duck": True})],
        ),
        ("Add some background music from music.mp3", [("add_music", MUSIC)]),
        ("play music.mp3 in the background at -20 dB", [("add_music", MUSIC | {"db": -20.0})]),
        (
            "mix music.mp3 with the original audio at 15 percent",
            [("add_music", MUSIC | {"percent": 15.0})],
        ),
        ("add music.mp3 very quietly", [("add_music", MUSIC | {"db": -26.0})]),
        ("add music.mp3 at full volume", [("add_music", MUSIC | {"db": 0.0})]),
        ("lay music.mp3 under the dialogue", [("add_music", MUSIC)]),
        ("give it some background music with music.mp3", [("add_music", MUSIC)]),
        ("set it to music.mp3", [("add_music", MUSIC)]),
        (
            "add music.mp3 at 30% and duck it whenever someone speaks",
            [("add_music", MUSIC | {"percent": 30.0, "duck": True})],
        ),
        ("add music.mp3 with automatic ducking", [("add_music", MUSIC | {"duck": True})]),
        (
            "add music.mp3 and fade the music out over 4 seconds",
            [("add_music", MUSIC | {"fade_out": 4.0})],
        ),
        (
            "add music.mp3. Fade the music out at the end.",
            [("add_music", MUSIC)],
        ),
        ("add music.mp3 but don't loop it", [("add_music", MUSIC | {"loop": False})]),
        ("add music.mp3 with a fade in", [("add_music", MUSIC | {"fade_in": 2.0})]),
        ("music.mp3 in the background at 10%", [("add_music", MUSIC | {"percent": 10.0})]),
        ("add song.mp3 as background music", [("add_music", {"file": "song.mp3"})]),
        # its own sound muted and music added: the sound replaced by the music
        ("mute it and add music.mp3", [("replace_audio", MUSIC)]),
        (
            "add music.mp3 and fade it out",
            [("add_music", MUSIC), ("fade", {"direction": "out"})],
        ),
    ],
}

ROUND_TRIP = [
    "use music.mp3 as the audio track",
    "mix in music.mp3 at 20% and duck it under the speech, fade the music out over 3 seconds",
    "trim the first 2 seconds, replace the audio with song.wav at -6 dB, play it once",
]
