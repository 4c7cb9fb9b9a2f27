"""The offline planner: splits a request into clauses and maps each to catalogue operations by
their own grammars. It never guesses: a clause nothing understands refuses the whole request."""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from contextlib import suppress
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from pydantic import ValidationError

from promptcut.errors import InvalidRequest, NotUnderstood, UserError
from promptcut.formats import output_format
from promptcut.operations import CATALOGUE, Operation, lexicon
from promptcut.operations.analysis import KeepScenes
from promptcut.operations.base import Clip, Graph, Ranged, fmt_seconds
from promptcut.operations.color import Denoise
from promptcut.operations.convert import Convert
from promptcut.operations.export import Codec, Compress, Gif, Quality, Reencode
from promptcut.operations.frame import (
    PLATFORM_NAME,
    PLATFORM_WORDS,
    PLATFORMS,
    BlurFill,
    Crop,
    CropArea,
    CropEdges,
    Pad,
    Platform,
    Resize,
    Stabilize,
    padded_size,
    platform_name,
)
from promptcut.operations.grammar import (
    MEDIA_EXTS,
    PIECES,
    Rule,
    media_duration,
    media_fps,
    media_shape,
    parse_time,
    parse_times,
    time_unit,
)
from promptcut.operations.join import Join, Transition
from promptcut.operations.look import Fade
from promptcut.operations.music import UNDER_DB, AddMusic, ReplaceAudio
from promptcut.operations.overlay import OverlayImage, PictureInPicture
from promptcut.operations.patterns import Rewrites, needed_words
from promptcut.operations.sound import AudioDenoise, ExtractAudio, Mute, Normalize, Volume
from promptcut.operations.subtitles import Subtitles
from promptcut.operations.text import COLORS, Text
from promptcut.operations.timeline import (
    Cut,
    CutRanges,
    FrameRate,
    Freeze,
    KeepRanges,
    Loop,
    Speed,
    Trim,
)
from promptcut.plan import Plan, Step
from promptcut.planner.command import command_files, command_words, overlay_place
from promptcut.planner.frames import read_framed

__all__ = ["normalize", "plan", "split_clauses"]

# ---------------------------------------------------------------- text normalization
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "×": "x"})

_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUE = {w: i for i, w in enumerate(_SMALL)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_NUMBER_WORDS = re.compile(
    r"\b(?P<tens>" + "|".join(_TENS) + r")(?:[\s-]+(?P<unit>" + "|".join(_SMALL[1:10]) + r"))?\b"
    r"|\b(?P<small>" + "|".join(_SMALL) + r")\b"
)
# "lower the volume by a third", "cut the speed in half": shares as percentages.
_FRACTIONS = {"half": "50", "a half": "50", "a third": "33.3333", "a quarter": "25",
              "two thirds": "66.6667", "three quarters": "75"}  # fmt: skip
_FRACTION = re.compile(r"\b(by|in|to) (a half|half|a third|a quarter|two thirds|three quarters)\b")
_HALF = re.compile(r"\b(\d+(?:\.\d+)?)\s+and\s+a\s+half\b")

# Words around a request that carry no instruction, stripped from both ends of a clause.
_LEAD = [
    "please", "pls", "plz", "kindly", "can you", "could you", "would you", "will you", "can u",
    "could u", "i want you to", "i'd like you to", "i would like you to", "i need you to",
    "i'd like it to be", "i would like it to be", "i want it to be", "i need it to be",
    "we'd like it to be", "we would like it to be", "we want it to be", "we need it to be",
    "we need to", "we want to", "we'd like to", "we would like to", "how do i", "how can i",
    "how do you", "how to", "is it possible to", "is there a way to", "can i", "could i",
    # the tool the person knows, asked how it does the edit
    "can ffmpeg", "could ffmpeg", "does ffmpeg", "ffmpeg:", "ffmpeg", "what's the command to",
    "what is the command to", "what's the ffmpeg command to", "what is the ffmpeg command to",
    "what command do i use to", "the command to", "a command to",
    "i'd like it", "i want it", "i need it", "it should be", "make sure it is", "make sure it's",
    "i want to", "i'd like to", "i would like to", "i need to", "help me", "let's", "lets",
    "gotta", "gonna", "wanna", "i gotta", "i have to", "i've got to", "i got to",
    "go ahead and", "also", "and", "but", "yet", "however", "then", "first of all", "firstly",
    "first", "secondly",
    "second", "thirdly", "third", "next", "finally", "lastly", "after that", "afterwards", "now",
    "just", "try to", "ok", "okay", "so", "hey", "hi", "yeah", "maybe", "quickly", "simply",
    # greetings, as a post starts
    "hello", "hello there", "hi there", "hey there", "hi all", "hello all", "hi everyone",
    "hello everyone", "hey guys", "hi guys", "hello guys", "good morning", "good afternoon",
    "good evening", "greetings", "dear all",
    "basically", "actually", "could you please", "can you please", "directly", "completely",
    "entirely", "fully", "totally",
    # an example given as the value ("…, e.g. the first 8 seconds")
    "eg", "for example", "for instance", "such as",
    # how people ask in forums and issue trackers
    "we have to", "i have to", "i'm trying to", "i am trying to", "im trying to", "trying to",
    "i'm looking for a way to", "i am looking for a way to", "looking for a way to",
    "i'm looking to", "i am looking to", "can someone tell me how to",
    "can anyone tell me how to", "does anyone know how to", "anyone know how to",
    "what's the best way to", "what is the best way to", "what's the easiest way to",
    "what is the easiest way to", "is there any way to", "i need a way to", "need to",
    "want to", "i wanted to", "i'd love to", "i would love to", "how would i", "how should i",
    "how could i", "i'd need to", "i would need to", "i'm wondering how to", "wondering how to",
    "how would you", "i want to be able to", "is it possible for me to",
    "i'd like to be able to", "i would like to be able to", "we'd like to be able to",
    "we would like to be able to", "i need to be able to", "we need to be able to",
    "would it be possible to", "will it be possible to", "would it be possible for me to",
    "is there a possibility to", "i wish i could", "i wish to", "wanted to", "i just want to",
    "i only want to", "all i want is to", "all i want to do is",
    # quick typing without the apostrophe; what is wanted, said first
    "id like it", "id like you to", "id like to", "id love to", "i'd love it", "id love it",
    "what i need is to", "what i want is to", "all i need is to",
    "could someone tell me how to", "could anyone tell me how to", "can anybody tell me how to",
    "can someone help me", "can anyone help me", "any way to", "is there any tool that can",
    "is there a tool that can", "is there a tool to", "any tool that can", "any tool to",
    "newbie here", "noob here", "noob question", "newbie question", "beginner question",
    "quick question",
    "thanks in advance", "thank you in advance", "thanks",
    "thank you", "cheers",
    # when, as every edit is: in the one render
    "during processing", "while processing", "in the process", "while you're at it",
    "while you are at it", "at the same time", "in the same pass", "while at it",
    # a restatement of the clause before: checked against it in `_plan`
    "ie", "i.e", "that is,", "in other words", "namely",
    # the usual slips of quick typing
    "plese", "pleas", "pleae", "pleasee", "plse", "cna you", "can yuo", "can yu", "coudl you",
    "could yuo", "woudl you",
]  # fmt: skip
_TRAIL = [
    "please", "pls", "plz", "thanks", "thank you", "thx", "for me", "too", "as well", "if possible",
    "if you can", "if you could", "thank you very much", "at the same time", "also",
    "thank u", "thanks a lot", "thanks so much", "many thanks", "cheers", "ty",
    # how a post ends
    "thanks in advance", "thank you in advance", "tia", "any help appreciated",
    "any help is appreciated", "any help would be appreciated", "any help is much appreciated",
    "any help would be much appreciated", "regards", "best regards", "kind regards",
    # how exact the value said is: it is what is done
    "at the very least", "at least", "or so", "more or less", "give or take", "or thereabouts",
    # how easily: every edit is one request
    "in one click", "with one click", "in one go", "in one step", "automatically", "easily",
    "in 1 click", "with 1 click", "in 1 go", "in 1 step",
    "quickly", "at once",
    # for how long: all of it, as every edit is unless a part is named ("the whole video" is
    # "the video" by then)
    "during the video", "for the video", "throughout the video", "the whole time",
    "for the whole duration", "for the entire duration", "all the time", "the entire time",
    "for the full duration", "throughout", "all of it", "all of the video",
    # the usual slips of quick typing
    "plese", "pleas", "pleae", "pleasee", "thanx", "thnx", "thnks", "thansk", "thankyou",
    # how a quick message ends
    "lol", "lmao", "haha", "hahaha", ":)", ":d", "asap",
]  # fmt: skip
# An ordinal before a number is a time ("first 10 seconds only"), not an ordering word.
_ORDINALS = {"first", "second", "third"}
_LEAD_RE = re.compile(
    r"^(?:(?:"
    + "|".join(map(re.escape, sorted(set(_LEAD) - _ORDINALS, key=len, reverse=True)))
    + r")\b|(?:first|second|third)\b(?!\s*(?:\d|couple\b)))[\s,:]*"
)
#: What a player does as a person watches: "let me play the video in reverse" asks an app for
#: a feature, never an edit of the file (refused, as other features of apps are).
_VIEWING = r"(?:play|watch|view|see|pause|skip|seek|scrub|rewind|jump|fast[- ]?forward)(?:ing)?\b"
#: How an issue tracker's feature request asks for an edit, before the edit itself: "[Feature]
#: …", "Feature request: …", "add an option to …", "support for removing the audio", "it would
#: be nice to be able to …", "allow exporting the video as gif". The edit after it is what is
#: asked; a verb in -ing is said as the grammars say it ("removing" -> "remove").
_FEATURE_ASK = re.compile(
    r"^(?:\[[a-z]+(?: [a-z]+)?\]\s*"
    r"|(?:feature(?: request)?|request|suggestion|enhancement|fr|idea|question)\s*[:-]\s*"
    r"|(?:(?:please |could you |can you )?(?:add|provide|implement|introduce|include|have)\s+)?"
    r"(?:an? |the )?(?:new |simple |easy )?(?:option|ability|feature|support|possibility|setting"
    r"|button|function|functionality|capability|mode|flag)\s+(?:to|for)\s+(?:be able to\s+)?"
    r"|(?:is there|are there|any) (?:an? )?(?:option|feature|setting|possibility|way)s? to\s+"
    r"|(?:it )?would be (?:nice|great|cool|useful|awesome|helpful|good)(?: if (?:i|we|you|one"
    r"|users?) could| to be able to| to have (?:an? )?(?:option|way|feature) to| to)\s+"
    r"|(?:i |we )?would (?:love|like) (?:an? (?:option|feature|way)|the (?:ability|option)) to\s+"
    rf"|(?:allow|enable)(?: (?:me|us|users?|the user|people) to)?\s+(?=\w+ing\b)(?!{_VIEWING})"
    rf"|(?:allow|enable|let) (?:me|us|users?|the user|people) (?!(?:to )?{_VIEWING})(?:to )?"
    # "allow to flip the video", "make it possible to add music"
    r"|(?:allow|enable|permit) to\s+|make it possible(?: for (?:me|us|users?|people))? to\s+"
    r")"
)


#: An edit named by its noun, as an issue's title names it: "audio removal", "video rotation",
#: "background noise removal", "silence trimming".
_NAMED_BY_ITS_NOUN = re.compile(
    r"^(?:the )?(?P<what>(?:(?!(?:is|was|are|were|be|been|looks?|seems?|it|its|my|this|that)\b)"
    r"[a-z]+ ){0,2}?)(?P<noun>removal|rotation|compression|stabili[sz]ation"
    r"|conversion|reversal|normali[sz]ation|trimming|cropping|muting|denoising|flipping"
    r"|mirroring|looping|resizing|scaling|removing|extraction)(?: (?:feature|option|support))?$"
)
_VERB_OF = {"removal": "remove", "rotation": "rotate", "compression": "compress",
            "stabilization": "stabilize", "stabilisation": "stabilize", "conversion": "convert",
            "reversal": "reverse", "normalization": "normalize", "normalisation": "normalize",
            "extraction": "extract"}  # fmt: skip


#: "video to gif conversion", "mp4 to webm converter": a change of format, by its noun.
_FORMAT_CONVERSION = re.compile(
    # ("mp4 to webm" is "convert it to webm" by then)
    r"^(?:convert it |(?:the )?(?:video|\.?(?:mp4|mov|mkv|avi|webm|flv|wmv|m4v|ts|mpe?g))"
    r"(?: file)? )?"
    r"(?:to|->|2) (?P<to>\.?(?:mp4|mov|mkv|webm|gif|avi|mp3|wav|m4a))"
    r"(?: file)? (?:conversion|converter|converting|export|exporting|encoding|transcoding)"
    r"(?: (?:feature|option|support))?$"
)


def _by_its_noun(text: str) -> str:
    """ "audio removal" -> "remove the audio", "video rotation" -> "rotate the video"; the
    text as it was when it names no edit so."""
    if (conversion := _FORMAT_CONVERSION.match(text)) is not None:
        return f"convert it to {conversion['to'].lstrip('.')}"
    m = _NAMED_BY_ITS_NOUN.match(text)
    if m is None or m["what"].strip() == "noise":
        return text  # ("noise removal": of the picture's grain, or of the sound's hiss?)
    verb = _VERB_OF.get(m["noun"]) or _base_form(m["noun"])
    what = m["what"].strip()
    return f"{verb} the {what}" if what else f"{verb} it"


def _feature_asked(text: str) -> str:
    """The edit a feature request asks for (see `_FEATURE_ASK`), or the text as it was."""
    m = _FEATURE_ASK.match(text)
    if m is None or m.end() == len(text):
        return text
    rest = text[m.end() :]
    first = rest.split(" ", 1)[0]
    if first.endswith("ing"):
        rest = _base_form(first) + rest[len(first) :]
        first = rest.split(" ", 1)[0]
    if first not in ("merge", "join", "combine", "concatenate", "append", "stitch", "mix"):
        # "rotate videos 90 degrees": any video the tool is given, so this one
        rest = re.sub(r"^(\w+ )(?:videos|clips|movies|recordings)\b", r"\1the video", rest)
    return rest


_TRAIL_RE = re.compile(
    r"[\s,]*\b(?:" + "|".join(map(re.escape, sorted(_TRAIL, key=len, reverse=True))) + r")$"
)


#: Words after which "one" is a thing ("this one", "the other one"), or a sentence's start.
_A_THING = re.compile(
    r"(?:^|\b(?:this|that|the|each|every|other|which|another|same|new|first|second|last|"
    # ("the cone was one caught in the rollers": one of them)
    r"any|no|only|was|is|were|are) )$"
)
#: What makes "one" a thing after it: "the one that fell", "one which was caught".
_A_THING_AFTER = re.compile(r" (?:that|which|who|where)\b")
#: What makes "one" a number all the same: a unit after it ("the first one second").
_A_UNIT = re.compile(
    r" (?:and a half |and a quarter )?(?:second|sec|minute|min|hour|frame|time)s?\b"
)


#: A band of amounts: "+15-20 db", "10–15%", "between 2 and 3x".
_BAND = re.compile(
    r"(?<![\w.:])(?P<sign>[+-]?)(?P<a>\d+(?:\.\d+)?) ?(?:-|–|to) ?\+?(?P<b>\d+(?:\.\d+)?) ?"
    r"(?:(?P<unit>db|%|percent|x)(?![\w%])"
    # a length ("about 5-7 seconds long"), never a part ("5-7 seconds" alone is one)
    r"|(?P<length>seconds?|secs?|s|minutes?|mins?)(?= long\b))"
)


def _middle_of_band(m: re.Match[str]) -> str:
    a, b = float(m["a"]), float(m["b"])
    if b <= a:
        return m[0]
    middle = f"{(a + b) / 2:g}"
    if m["length"]:
        return f"{middle} {m['length']}"
    return f"{m['sign']}{middle}{' ' if m['unit'] in ('db', 'percent') else ''}{m['unit']}"


def _number_word(m: re.Match[str]) -> str:
    if (
        m.group("small") == "one"
        and (_A_THING.search(m.string, 0, m.start()) or _A_THING_AFTER.match(m.string, m.end()))
        and not _A_UNIT.match(m.string, m.end())
    ):
        return "one"  # "this one", "the other one", "one is 1280x720": a thing
    if m.group("small"):
        return str(_WORD_VALUE[m.group("small")])
    value = _WORD_VALUE[m.group("tens")] + (_WORD_VALUE[m.group("unit")] if m.group("unit") else 0)
    return str(value)


#: ffmpeg's fade and afade, with their settings by name or in order ("fade=t=in:st=0:d=1",
#: "afade=t=out:st=27:d=3", "fade=in:0:30"): see `_fade_said`.
_FADE_FILTER = re.compile(
    r"\b(?P<a>a?)fade ?= ?(?P<args>(?:[a-z_]+ ?= ?)?[\w.]+(?: ?: ?(?:[a-z_]+ ?= ?)?[\w.]+)*)"
)
#: Each setting's long name, and the order they are given in without names.
_FADE_KEYS = {"t": "type", "st": "start_time", "d": "duration", "s": "start_frame",
              "n": "nb_frames", "ss": "start_sample", "ns": "nb_samples"}  # fmt: skip
_FADE_ORDER = {
    "": ("type", "start_frame", "nb_frames"),
    "a": ("type", "start_sample", "nb_samples"),
}


def _fade_said(m: re.Match[str]) -> str:
    """A fade filter in words: a fade in from the start, or a fade out that ends where the
    video does, over its length in seconds (frames at the video's known rate). A fade that
    starts or ends elsewhere, or any other setting, stays as written, and is refused."""
    settings: dict[str, str] = {}
    for i, part in enumerate(re.split(r" ?: ?", m["args"])):
        key, _, value = part.rpartition("=")
        key = key.strip()
        key = _FADE_KEYS.get(key, key) if key else _FADE_ORDER[m["a"]][min(i, 2)]
        if key in settings or not re.fullmatch(r"in|out|\d+(?:\.\d+)?", value.strip()):
            return m[0]
        settings[key] = value.strip()
    direction = settings.pop("type", "in")
    fps, duration = media_fps.get(), media_duration.get()
    start = length = 0.0
    if "nb_frames" in settings or "start_frame" in settings:
        if not fps or settings.keys() - {"start_frame", "nb_frames"}:
            return m[0]
        start = float(settings.get("start_frame", 0)) / fps
        length = float(settings.get("nb_frames", 25)) / fps
    elif settings.keys() <= {"start_time", "duration", "start_sample"}:
        if float(settings.get("start_sample", 0)):
            return m[0]
        start = float(settings.get("start_time", 0))
        # (no duration: fade's 25 frames, afade's second of samples)
        length = float(settings.get("duration", 0)) or (1.0 if m["a"] or not fps else 25 / fps)
    else:
        return m[0]
    what = "the audio" if m["a"] else "the picture"
    if direction == "in" and start == 0:
        return f"fade {what} in over {length:g} seconds"
    ends = start + length
    if direction == "out" and duration and abs(ends - duration) <= max(0.1, 1 / (fps or 25)):
        return f"fade {what} out over the last {length:g} seconds"
    return m[0]


#: An ffmpeg filter's arguments said in a request ("transpose=1", "setpts=2.0*PTS"), and the
#: words they mean: read like any other words (a gloss in brackets, or what is asked).
_FILTER_ARGS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    # "(ffmpeg setpts=2.0*PTS)", "-vf eq=gamma=1.3": the program and its option name no edit
    (
        re.compile(r"(?:\bffmpeg(?:'s)?|(?<![\w-])-(?:vf|af|filter(?::[va])?))(?= [a-z]+ ?=)"),
        lambda m: "",
    ),
    # eq's settings, joined by ':' ("eq=brightness=0.4:contrast=1.2") or said one by one
    (
        re.compile(r"(?<=\d)(?::|,? )(?=(?:brightness|contrast|saturation|gamma) ?=)"),
        lambda m: " and ",
    ),
    # "apply eq=…", "use the filter hflip": ffmpeg's words are the edit
    (
        re.compile(
            r"\b(?:apply|use|run|add)(?: the)?(?: ffmpeg)?(?: filter)? "
            r"(?=(?:eq|brightness|contrast|saturation|gamma|transpose|setpts) ?=|[hv]flip\b)"
        ),
        lambda m: "",
    ),
    (
        re.compile(r"\b(?:eq ?= ?)?gamma ?= ?(\d+(?:\.\d+)?)\b"),
        lambda m: f"set the gamma to {m[1]}",
    ),
    (
        re.compile(r"\b(?:eq ?= ?)?(contrast|saturation) ?= ?(\d+(?:\.\d+)?)\b"),
        lambda m: (
            f"{'increase' if float(m[2]) > 1 else 'reduce'} the {m[1]} by "
            f"{abs(float(m[2]) - 1) * 100:g}%"
        ),
    ),
    (
        re.compile(r"\b(?:eq ?= ?)?brightness ?= ?(-?\d*\.?\d+)\b"),
        lambda m: (
            f"{'increase' if float(m[1]) > 0 else 'reduce'} the brightness by "
            f"{abs(float(m[1])) * 100:g}%"
        ),
    ),
    (re.compile(r"\btranspose ?= ?(?:1|clock)\b"), lambda m: "rotate it 90 degrees clockwise"),
    (
        re.compile(r"\btranspose ?= ?(?:2|cclock)\b"),
        lambda m: "rotate it 90 degrees counterclockwise",
    ),
    (
        re.compile(r"\bsetpts ?= ?(\d+(?:\.\d+)?) ?\* ?pts\b"),
        lambda m: f"play it at {1 / float(m[1]):g}x speed" if float(m[1]) else m[0],
    ),
    (
        re.compile(r"\bsetpts ?= ?pts ?/ ?(\d+(?:\.\d+)?)\b"),
        lambda m: f"play it at {float(m[1]):g}x speed" if float(m[1]) else m[0],
    ),
    (
        re.compile(r"\bvolume ?= ?(\d+(?:\.\d+)?)(?![\d.]| ?db)"),
        lambda m: f"set the volume to {float(m[1]) * 100:g}%",
    ),
    # hue's saturation at nought: no colour left
    (re.compile(r"\bhue ?= ?s ?= ?0(?:\.0+)?\b"), lambda m: "make it grayscale"),
    (re.compile(r"\bhflip\b"), lambda m: "flip it horizontally"),
    (re.compile(r"\bvflip\b"), lambda m: "flip it vertically"),
    (re.compile(r"\bfps ?= ?(\d+(?:\.\d+)?)\b"), lambda m: f"convert to {m[1]} fps"),
    (re.compile(r"\bscale ?= ?(\d{2,5}) ?: ?(\d{2,5})\b"), lambda m: f"resize it to {m[1]}x{m[2]}"),
    # "-1" (or -2) keeps the shape: the other side follows
    (
        re.compile(r"\bscale(?: ?= ?| (?:it |the video )?to )(\d{2,5}) ?: ?-[12]\b"),
        lambda m: f"resize it to {m[1]} pixels wide",
    ),
    (
        re.compile(r"\bscale(?: ?= ?| (?:it |the video )?to )-[12] ?: ?(\d{2,5})\b"),
        lambda m: f"resize it to {m[1]}p",
    ),
    (
        re.compile(
            r"\bxfade ?= ?(?:transition ?= ?)?([a-z]+)(?: ?: ?duration ?= ?(\d+(?:\.\d+)?))?"
            r"(?: ?: ?offset ?= ?\d+(?:\.\d+)?)?"
        ),
        lambda m: f"add a {m[2] or 1}s {m[1]} transition between the clips",
    ),
    (
        re.compile(r"\bcrop ?= ?(\d{1,5}) ?: ?(\d{1,5}) ?: ?(\d{1,5}) ?: ?(\d{1,5})\b"),
        lambda m: f"crop it to {m[1]}x{m[2]} at x {m[3]} y {m[4]}",
    ),
    (
        # (its options by name: "crop=w=1072:h=1072:x=520:y=32")
        re.compile(
            r"\bcrop ?= ?(?:w|out_w) ?= ?(\d{1,5}) ?: ?(?:h|out_h) ?= ?(\d{1,5})"
            r" ?: ?x ?= ?(\d{1,5}) ?: ?y ?= ?(\d{1,5})\b"
        ),
        lambda m: f"crop it to {m[1]}x{m[2]} at x {m[3]} y {m[4]}",
    ),
    # "tpad=stop_mode=clone:stop_duration=1": the last frame held on at the end
    (
        re.compile(
            r"\btpad ?= ?stop_mode ?= ?clone ?: ?stop_duration ?= ?(\d+(?:\.\d+)?)\b"
            r"|\btpad ?= ?stop_duration ?= ?(\d+(?:\.\d+)?) ?: ?stop_mode ?= ?clone\b"
        ),
        lambda m: f"hold the last frame for {m[1] or m[2]} seconds",
    ),
    (
        re.compile(r"\bcrop ?= ?(\d{1,5}) ?: ?(\d{1,5})(?! ?:)\b"),
        lambda m: f"crop it to {m[1]}x{m[2]} in the center",
    ),
    # "pad=1920:1080:(ow-iw)/2:(oh-ih)/2:color=white": the picture centred in that size, the
    # rest filled (only when the x and y centre it: pad's own place is the top-left corner)
    (
        re.compile(
            r"\bpad ?= ?(?:w ?= ?)?(\d{2,5}) ?: ?(?:h ?= ?)?(\d{2,5}) ?: ?(?:x ?= ?)?"
            # (the minus may be read off as a hyphen first: "(1920 iw)/2")
            r"(?:\((?:ow|w|\d{2,5}) ?-? ?iw\) ?/ ?2|-1) ?: ?(?:y ?= ?)?"
            r"(?:\((?:oh|h|\d{2,5}) ?-? ?ih\) ?/ ?2|-1)"
            r"(?: ?: ?(?:color|c) ?= ?([a-z]+))?"
        ),
        lambda m: f"pad it to {m[1]}x{m[2]}" + (f" with {m[3]}" if m[3] else ""),
    ),
    # "-vf deshake=x=-1:y=-1", "vidstabdetect": ffmpeg's stabilizers
    (
        re.compile(
            r"(?:\b(?:use|apply|run) (?:the )?)?(?:stabili[sz]e|stabili[sz]ation|deshake) filter"
            r"(?: (?:vidstab\w*|deshake))?"
            r"|\b(?:deshake|stabilize|vidstab(?:detect|transform)?) ?=[\w=:.+-]*"
            r"|\bvidstab(?:detect|transform)?\b"
        ),
        lambda m: "stabilize it",
    ),
    (_FADE_FILTER, _fade_said),
    # "overlay=main_w-overlay_w-5:5": where the second picture goes, when it is a named place
    (
        re.compile(r"\boverlay ?= ?(?:x=)?([^:\s,()]+) ?: ?(?:y=)?([^:\s,()]+)"),
        lambda m: overlay_place(m[1], m[2]) or m[0],
    ),
)


def _frames_as_times(text: str) -> str:
    """Frames counted at the video's frame rate, as times: "from frame 10000 to frame 10600"
    of a 25 fps video is 400 s to 424 s, "the first 10 frames" its first 0.4 s. Frame 0 starts
    the video. Without a known frame rate, frames stay frames (and are refused)."""
    # "delete all frames from frame 5 to frame 50": the frames between
    text = re.sub(r"\b(?:all )?(?:of )?(?:the )?frames (?=from frame \d)", "", text)
    # "make it 25 frames instead of 30 frames": frames a second, never a time
    text = re.sub(
        r"\b(\d+(?:\.\d+)?) frames instead of (\d+(?:\.\d+)?) frames\b",
        r"\1 fps instead of \2 fps",
        text,
    )
    fps = media_fps.get()
    if not fps:
        return text

    def at(frame: str) -> str:
        return f"{round(int(frame) / fps, 3):g}s"

    text = re.sub(
        r"\bstart_?frame ?[=:] ?(\d+),? (?:and )?end_?frame ?[=:] ?(\d+)",
        lambda m: f"from {at(m[1])} to {at(m[2])}",
        text,
    )
    # "remove the first frame": one frame's time off that end (a frame kept, frozen or saved
    # is another edit)
    text = re.sub(
        r"\b((?:remove|delete|cut|cut off|cut out|drop|trim|trim off|skip|lose|chop off|"
        r"get rid of) (?:the |its )?(?:very )?(?:first|last|final)) frame\b",
        lambda m: f"{m[1]} {at('1')}",
        text,
    )
    number = r"(?:number |no\.? |#)?\d+"
    one = rf"{number} ?(?:-|to|through|till|until) ?(?:frame )?{number}"
    # "frames 0-150 and 300-450": every range of the list is in frames
    text = re.sub(
        rf"\bframes? {one}(?:(?:,|,? and|,? &) (?:frames? )?{one})*\b",
        lambda m: re.sub(
            r"(?:frames? )?(?:number |no\.? |#)?(\d+)( ?(?:-|to|through|till|until) ?)"
            r"(?:frame )?(?:number |no\.? |#)?(\d+)",
            lambda r: f"{at(r[1])}{r[2]}{at(r[3])}",
            m[0],
        ),
        text,
    )
    # "convert just frame 300 of this video to an image": that frame saved as a still
    text = re.sub(
        rf"\b(?:convert|turn|make|change) (?:just |only )?(?:the )?frame ({number})"
        r"(?: of (?:it|the video|this video))? (?:in)?to (?:an? )?(?:(png|jpe?g)(?: image| "
        r"picture| file)?|image|picture|still|photo)\b",
        lambda m: f"save frame {m[1]} as " + (f"a {m[2]}" if m[2] else "an image"),
        text,
    )
    # "extract frame 90 as an image": the frame at its time
    text = re.sub(
        r"\b(extract|save|export|take|grab|get|freeze|pause on|hold|show) (?:the )?frame "
        r"(?:number |no\.? |#)?(\d+)\b",
        lambda m: f"{m[1]} the frame at {at(m[2])}",
        text,
    )
    text = re.sub(r"\bframe (?:number |no\.? |#)?(\d+)\b", lambda m: at(m[1]), text)
    # "cut the first 15 frames of the video": that end's time (a number of frames "of" the
    # video is otherwise how many are taken from it: "a grid of 16 frames of the video")
    text = re.sub(
        r"\b(first|last|final) (\d+) frames?(?= of (?:the|this|my|its) )",
        lambda m: f"{m[1]} {at(m[2])}",
        text,
    )
    return re.sub(
        # ("keep a frame every 10 frames": how often, never a time)
        r"(?<![\d:.x/])(?<!every )\b(\d+) frames?\b(?! ?(?:per|a second|an? minute|/s|each|every|"
        r"of|rate))",
        lambda m: at(m[1]),
        text,
    )


def _thousands(text: str) -> str:
    """ "1,000" and "25,000,000" as one number; "200,200,400,400" stays a list of four; a
    subtitle file's "00:00:05,000" is 5 seconds."""

    def one(m: re.Match[str]) -> str:
        groups = m[0].split(",")
        if len(groups) == 2 and len(groups[0]) == 3 and _A_POINT.search(text, 0, m.start()):
            return m[0]  # "at 240,120", "(240,120)": a point, not 240 thousand
        return "".join(groups) if len(groups) == 2 or len(groups[0]) < 3 else m[0]

    text = re.sub(r"\b(\d{1,2}:\d{2}(?::\d{2})?),(\d{1,3})\b", r"\1.\2", text)  # "00:00:05,000"
    return re.sub(r"(?<![\d,:])\d{1,3}(?:,\d{3})+(?![\d,])", one, text)


#: What says the numbers after it are a point on the picture: "at 240,120", "(240,120)".
_A_POINT = re.compile(r"(?:\bat|\(|\bposition|\bcoordinates?|\bpoint)\s*$")


#: The name the result is to be saved under, said in words: "… and save them as output.mp4",
#: "export the audio to voice.mp3", "convert it into clip.gif". The session names the result;
#: what the name says is its format, read as "… as mp4".
_OUTPUT_NAMED = re.compile(
    r"\b(?:sav|export|writ|output|render|stor|convert|turn|extract|encod|transcod)"
    r"(?:e|es|ed|ing|s)?\b(?:(?!\. )[^;,\n])*? (?:as|to|into)"
    r"(?: (?:a|the) (?:new )?(?:file|video) (?:called|named))? "
    rf"(?P<name>[\w][\w-]*\.(?P<ext>{'|'.join(MEDIA_EXTS)}))(?![\w.-])",
    re.IGNORECASE,
)

#: "… and name the result final.webm", "call it clip.mp4".
_NAMED_SO = re.compile(
    r"\b(?:name|call)(?: it| them| the (?:result|output|new (?:video|file|clip)"
    r"|edited (?:video|file|clip)))? "
    rf"(?P<name>[\w][\w-]*\.(?P<ext>{'|'.join(MEDIA_EXTS)}))(?![\w.-])",
    re.IGNORECASE,
)


def _output_named(prompt: str, assets: Sequence[str]) -> str:
    """The request with a name it gives the result (`_OUTPUT_NAMED`, `_NAMED_SO`) said as the
    format it names, unless that name is a file given with it."""
    given = {a.lower() for a in assets}

    def as_format(m: re.Match[str]) -> str:
        if m["name"].lower() in given:
            return m[0]
        return m[0][: m.start("name") - m.start()] + m["ext"].lower()

    prompt = _OUTPUT_NAMED.sub(as_format, prompt)
    return _NAMED_SO.sub(
        lambda m: m[0] if m["name"].lower() in given else f"save it as {m['ext'].lower()}", prompt
    )


_VIDEO_EXTS = "mp4|m4v|mov|mkv|webm|avi|ts|mts|m2ts|mpg|mpeg|flv|wmv"
#: A video file named where the video edited is ("convert input.mp4 to a gif", "extract the
#: audio from video.mp4", "the first 15s of scf-01.mp4"): right after an edit's verb, or after
#: "of", "in" or "from".
_EDITED_NAMED = re.compile(
    r"(?:\b(?:of|in|on|from|convert|trim|cut|crop|rotate|flip|mirror|compress|shrink|resize|scale"
    r"|mute|reverse|stabili[sz]e|speed up|slow down|shorten|split|encode|transcode|re-?encode"
    r"|re-?export|export|loop|normalize|amplify"
    r"|process|edit|turn|make|take)) (?:the |my |this )?(?:(?:video|movie|clip|file|audio|sound"
    r"|song|track|gif) )?"
    # (a sound file or a GIF named as the thing edited too: "make bgnd_mus.wav loop properly")
    rf"(?P<name>[\w][\w-]*\.(?:{_VIDEO_EXTS}|mp3|wav|m4a|ogg|oga|flac|aac|opus|gif))(?![\w.-])",
    re.IGNORECASE,
)
#: Words of a clause that bring another file in: a file named in it may be that one.
_BRINGS_A_FILE = re.compile(
    r"\b(?:add|append|prepend|join|merge|combine|concat\w*|insert|overlay|put|place|mix|replace"
    r"|use|attach|include|after|before|between|over|onto|into another|both|together"
    r"|picture[- ]in[- ]picture|pip)\b",
    re.IGNORECASE,
)


#: "the video (part_1.mp4)": the video edited, its file name said in brackets after it.
_THE_VIDEO_NAMED = re.compile(
    r"\b(?P<the>the|this|my) (?:video|clip|movie|recording|footage|file)\s*\(\s*"
    r"(?P<name>[\w.-]+\.(?:mp4|mov|mkv|webm|avi|m4v|ts|wmv|flv|mpe?g))\s*\)",
    re.IGNORECASE,
)


#: Words that say the quote after them is text to draw: 'the text "Happy"', 'saying "Hi"'.
_TEXT_SAID_BEFORE = re.compile(
    r"\b(?:text|title|caption|subtitle|words?|says?|saying|reads?|reading|label|name|written|"
    r"write|type|typed|heading|headline|banner|lower third)\W*$"
)


#: A sound file said as the thing edited: "the audio clip", "this sound file".
#: The video called by a plural, with no other video given: "these 4K drone shots", "these
#: clips of our meadow" (never counted: "these three clips" are checked against the clips).
_THESE_SHOTS = re.compile(
    r"\b(?P<verb>(?:scale|resize|downscale|upscale|compress|shrink|mute|convert|rotate|flip|"
    r"mirror|stabili[sz]e|steady|brighten|darken|denoise|sharpen|reverse|normali[sz]e|export|"
    r"encode|re-?encode|speed up|slow down|make|turn|get)(?: down| up)?) (?:these|those) "
    r"(?!(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|few|couple|"
    r"other|different|separate)\b)(?:[a-z0-9-]+ ){0,3}?(?:clips|videos|shots|recordings|movies|"
    r"films|vids)\b",
    re.IGNORECASE,
)
_THE_SOUND_FILE = re.compile(
    r"\b(?:the|this|my|that) (?:(?:audio|sound) (?:clip|file)|\.?(?:mp3|wav|flac|m4a|ogg|opus|aac)"
    r" (?:file|recording|track|audio))\b(?! (?:of|from|in) | ?(?:format|container|type)\b)",
    re.IGNORECASE,
)
#: A sound file said by its format alone, after an edit's verb: "make the captured mp3 louder",
#: "remove the hiss from the wav".
_THE_SOUND_FORMAT = re.compile(
    r"\b(?P<verb>(?:make|turn|trim|cut|speed|slow|normalize|amplify|boost|increase|reduce|lower|"
    r"raise|fade|reverse|loop|compress|convert|shorten|mute|clean|denoise|remove|edit|fix)\b"
    # (never the format it is made into: "convert the sound to the aac codec")
    r"(?: (?!(?:and|then|but|or)\b)[\w-]+){0,5}? )(?<!\bto )(?<!\binto )(?<!\bas )"
    r"(?:the|this|my|that) (?:(?:captured|recorded|"
    r"original|exported|downloaded|converted|old|new|whole|entire) )?(?:(?:background )?(?:music|"
    r"song|audio|voice|sound|podcast) )?\.?(?:mp3|wav|flac|m4a|ogg|"
    r"opus|aac)\b(?! (?:of|from|in|files?|recordings?|tracks?|audio|versions?|codec|format|"
    r"encoding)\b)",
    re.IGNORECASE,
)
#: Verbs that make a sound file, never edit the one given: "extract the audio file".
_MAKES_A_SOUND_FILE = re.compile(
    r"\b(?:extract|give|get|export|make|create|output|render|pull|rip|separate|produce|"
    r"generate|keep|want|need|send|download)\b(?: \S+){0,2} ?$",
    re.IGNORECASE,
)


def _the_sound_file_edited(m: re.Match[str]) -> str:
    """ "reverse the audio clip" -> "reverse the video": the input, a sound file; never one
    made ("extract the audio file")."""
    before = m.string[max(0, m.start() - 40) : m.start()]
    return m[0] if _MAKES_A_SOUND_FILE.search(before) else "the video"


#: Formats listed, and no more: "mp3 or ogg", "mp4, webm".
_FORMATS_ONLY = re.compile(
    rf"\.?(?:{lexicon.LISTED_FORMAT})"
    rf"(?:(?:, ?| ?/ ?|,? or |,? and/or )\.?(?:{lexicon.LISTED_FORMAT}))*"
    r"(?: ?/ ?etc\.?|,? etc\.?)?$"
)


def _titles_of_files(prompt: str, assets: Sequence[str]) -> str:
    """The request with a title in quotes that is the name of a file given said as that file
    (and who made it, said after it, left out): 'add "Back to the Island" to the video' with
    back_to_the_island.mp3 given adds the song, never draws its title."""

    def plain(name: str) -> str:
        return re.sub(r"[^a-z0-9]", "", name.lower())

    stems = {plain(a.rsplit(".", 1)[0]): a for a in assets if "." in a}

    def named(m: re.Match[str]) -> str:
        title = m["title"] or m["title2"]
        file = stems.get(plain(title))
        before = m.string[max(0, m.start() - 24) : m.start()].lower()
        if file is None or not plain(title) or _TEXT_SAID_BEFORE.search(before):
            return m[0]  # ('add the text "happy"': words to draw, whatever file is given)
        return file

    if not stems or not re.search("[\"'‘“]", prompt):
        return prompt
    # ('"Happy" by Pharrell Williams': the song, who made it said after it)
    return re.sub(
        r"(?:\"(?P<title>[^\"]{1,80})\"|(?<![\w])['‘“](?P<title2>[^'’”\"]{1,80})['’”](?![\w]))"
        r"(?: by (?:the (?:[a-z]+ )?(?:band|singer|group|artist|composer|rapper|duo|orchestra|"
        r"choir) )?(?:[A-Z][\w'.&-]*)(?: [A-Z][\w'.&-]*){0,3}(?=[ ,.:;]|$))?",
        named,
        prompt,
    )


def _edited_by_its_name(prompt: str, assets: Sequence[str]) -> str:
    """The request with the one video file it names in the place of the video edited, not
    given, and in a request that brings in no other file, said as "the video": people call
    the video by its file name, as a tool's example does ("trim the first 30 seconds from
    video.mp4")."""
    given = {a.lower() for a in assets}
    for named in _THE_VIDEO_NAMED.finditer(prompt):
        if named["name"].lower() not in given:
            # ("the video (part_1.mp4)": that name is this video's wherever it is said)
            return _the_video_for(named["name"], _THE_VIDEO_NAMED.sub("the video", prompt))
    names = {n.lower() for n in _FILE_NAME.findall(prompt)} - given - command_files(prompt)
    spots = [m for m in _EDITED_NAMED.finditer(prompt) if m["name"].lower() in names]
    if len(names) != 1 or not spots or given or _BRINGS_A_FILE.search(prompt):
        return prompt
    (name,) = names
    return re.sub(
        rf"(?<![\w.-])(?:(?:the|my|this) )?(?:(?:video|movie|clip|file) )?{re.escape(name)}"
        r"(?![\w-])",
        # (a GIF stays one)
        "the gif" if name.endswith(".gif") else "the video",
        prompt,
        flags=re.IGNORECASE,
    )


#: An ffmpeg filter in quotes ("-vf 'crop=240:120:240:120'", "('overlay=main_w-overlay_w-5:5')"):
#: shell quoting of ffmpeg's notation, never words to draw.
_QUOTED_FILTER = re.compile(
    r"(?P<q>[\"'])(?P<graph>(?:overlay|scale|crop|transpose|setpts|volume|fps|eq|[hv]flip|fade"
    r"|afade|atempo|pad|rotate|boxblur|gblur|unsharp|hue|loudnorm|dynaudnorm|silenceremove"
    r"|deshake|vidstab\w*|delogo|subtitles)\b ?=?[^\"']*"
    # ('the ".srt" subtitles': a kind of file, in quotes)
    r"|\.(?:srt|vtt|ass|ssa|mp4|mov|mkv|webm|gif|mp3|wav|m4a|png|jpe?g))(?P=q)"
)


#: Words that give what follows them as words to draw: "the text 'scale=2'".
_TEXT_GIVEN = re.compile(
    r"\b(?:text|title|caption|saying|says|say|write|words?|reads?|label|name)\W*$", re.IGNORECASE
)


def _unquoted_filter(m: re.Match[str]) -> str:
    """A quoted filter graph as shell quoting: what it holds, as one token ("scale=540:-1,
    fps=10" -> "scale=540:-1,fps=10"), unless the words before say it is text."""
    if _TEXT_GIVEN.search(m.string, 0, m.start()):
        return m[0]
    return re.sub(r"\s*,\s*(?=[a-z]+ ?=|[hv]flip\b)", ",", m["graph"])


def _filter_args(text: str) -> str:
    for pattern, words in _FILTER_ARGS:
        text = pattern.sub(words, text)
    return text


#: The words before "video" that make it another file, as a pattern's alternatives.
_OTHER_FILE_WORDS = "|".join(sorted(lexicon.OTHER_FILE))
#: A question of how an edit is done ("how do I flip a video?"), asked of any video.
_HOW_TO = re.compile(
    r"(?:how|is (?:it|there)|can (?:i|you|someone|anyone|we)|could (?:i|you)|does anyone|"
    r"anyone)\b"
)
#: ("how to denoise a lecture recording", "an iPhone video": what is said of it goes with it;
#: never "a new video" or "an intro clip", another one.)
_ANY_VIDEO = re.compile(
    r"(?P<before>\b[a-z]+ )?\ban? (?P<words>(?:(?!(?:"
    + _OTHER_FILE_WORDS
    + r"|of|the|to|from|with|and|or|in|on|for|as)\b)[a-z0-9][a-z0-9-]* ){0,2}?)"
    r"(?P<noun>video|clip|movie|recording|film|footage|screencast|screen capture)\b(?![.\w-])"
    # (never a look, "a film noir style", or a part of it, "a clip from the video")
    r"(?! (?:look|style|effect|filter|feel|noir|grain|aesthetic|vibe|grade|lut|from|of|out of)\b)"
)
#: Verbs whose "a video" is another clip ("how to add a video at the end").
_ANOTHER_CLIP = frozenset(
    {"add", "append", "insert", "merge", "join", "combine", "concatenate", "attach", "overlay",
     "include", "put", "place", "with", "and", "another", "second", "into", "in"}
)  # fmt: skip


#: An edit's verb first, then "a video": "convert a 60fps video to 24fps", "cutting a video
#: into …" (never a verb that makes another: "make a video of …").
_A_VIDEO_FIRST = re.compile(
    r"(?!(?:make|making|create|creating|produce|producing|record|recording|film|filming|shoot|"
    r"shooting|upload|uploading|download|downloading|find|finding|get|getting|send|sending|"
    r"post|posting|share|sharing|open|opening|load|loading|import|importing|play|playing|"
    r"watch|watching|apply|applying|give|giving|use|using|add|adding|put|putting)\b)"
    r"(?:[a-z]+) an? (?:[a-z0-9-]+ ){0,2}?(?:video|clip|movie|recording|"
    r"film|footage)\b"
)


def _this_video(m: re.Match[str]) -> str:
    before = m["before"] or ""
    if before.strip() in _ANOTHER_CLIP:
        return m[0]
    return f"{before}the {m['words']}{m['noun']}"


#: What a file is played on or in: a device or an app, never how it plays ("in slow motion").
_PLAYERS = (
    r"(?:my |the |an? |all |every |most |our |any |older |old |other )?(?:[a-z0-9'-]+ ){0,3}?"
    r"(?:iphones?|ipads?|ios|android|phones?|smartphones?|tablets?|tvs?|smart tvs?|televisions?|"
    r"macs?|macbooks?|windows|pcs?|laptops?|computers?|browsers?|chrome|firefox|safari|edge|"
    r"powerpoint|keynote|premiere|premiere pro|final cut(?: pro)?|davinci resolve|resolve|"
    r"imovie|vlc|quicktime|windows media player|media player|players?|apps?|editors?|devices?|"
    r"cars?|xbox|playstation|ps[345]|roku|chromecast|fire ?stick|apple tv|whatsapp|telegram|"
    r"discord|slack|signal|websites?|web|html5?|web ?pages?|wordpress|moodle|canvas|teams|zoom|"
    r"google slides|slides|projectors?|dvd players?|blu-?ray players?|consoles?|kindles?|"
    r"avid(?: media composer)?(?: editing system)?|media composer|vegas(?: pro)?|"
    r"editing (?:software|programs?|apps?|systems?)|twitter|raspberry pi(?: \d)?|"
    # (apps that show a video in a note, a card or a library)
    r"logseq|obsidian|notion|anki|ankidroid|jellyfin|plex|kodi|emby|infuse|mpv|iina|potplayer|"
    r"mx player|(?:films|movies) (?:&|and) tv|google photos|photos app|gallery app)"
    # ("in my PowerPoint presentation": what is shown in the program)
    r"(?: (?:presentations?|slide ?shows?|decks?))?"
)
#: A phone's or camera's model after its name ("my iPhone 5s", "galaxy s9"); never a number
#: with its unit ("my GoPro 15 times").
_NOT_A_COUNT = r"(?! ?(?:(?:x|times|seconds?|secs?|s|minutes?|mins?|fps|%|mb|gb|degrees?|deg)\b|°))"
_MODEL_SUFFIX = rf" s?\d{{1,2}}[a-z]{{0,3}}\b{_NOT_A_COUNT}"
#: A device a video was made on: "my old bird box camera", "an iPhone 5s", "my new Canon 60D".
_DEVICE = (
    # ("the clip from my bird box camera": what kind of camera, said before it)
    r"(?:(?:my|our|the|a|an) (?:old )?"
    r"(?:(?!(?:to|and|or|of|in|on|at|for|from|with)\b)[a-z-]+ ){0,3}"
    r"(?:phone|iphone|android|smartphone|camera|cam|drone|gopro|"
    r"dashcam|webcam|action cam|camcorder|dvd|vhs tape|vhs|tape|tv|television|dslr|bodycam)\b"
    # ("from a digitised VHS copy": what was made of it)
    rf"(?:{_MODEL_SUFFIX}| (?:copy|capture|transfer|rip|dub)\b)?"
    r"|(?:an? |my |the )?(?:ios|iphone|ipad|android|pixel|samsung(?: galaxy)?|galaxy|mac|macos|"
    rf"windows|linux)(?:{_MODEL_SUFFIX}| phone| device)?\b"
    # ("on my new Canon 60D", "with a Sony A7III", "a HUAWEI P30": a device by its maker and
    # model)
    r"|(?:an? |my |the |our )?(?:new |old )?(?:canon|nikon|sony|panasonic|fuji|fujifilm|olympus|"
    r"pentax|dji|lumix|leica|blackmagic|jvc|huawei|xiaomi|redmi|oneplus|motorola|moto|nokia|lg|"
    r"htc|oppo|vivo|realme|nexus|insta360|akaso)(?: (?:[a-z]{1,3}\d{1,4}[a-z]{0,4}|\d{1,4}(?!x\b)"
    rf"[a-z]{{0,4}})){{1,2}}\b{_NOT_A_COUNT})"
)
#: A file to play on a device or in an app, asked for: "make it compatible with powerpoint",
#: "convert it so it plays on my tv", "importable into Resolve or iMovie" (never a platform's
#: shape: "compatible with instagram"; never what it plays with: "make it play with
#: music.mp3").
#: (an open group, closed by what follows it)
_TO_PLAY = (
    r"^(?:(?:please |can you |could you )?(?:convert|encode|re-?encode|fix|change|export|"
    r"save|make|get)(?: it| this| (?:the|my|this|our) (?:\.?[\w-]+ ){0,2}?\.?(?:video|file|clip|"
    r"movie|film|episode|timelapse|time-lapse|recording|footage|screencast|capture|avi|wmv|flv|"
    r"webm|mpe?g|gif|mov|mkv|mp4|mts|3gp|vob)"
    # ("make this video encoded in AV1 play …": how it is made now, said of it)
    r"(?: (?:encoded|saved|recorded|exported|made) (?:in|as|with) (?:an? )?[\w.-]+)?"
    # ("make this .avi from my camera play in PowerPoint": where it came from, said of it)
    rf"(?: (?:from|off|shot on|recorded on|taken with|made with|filmed on|captured on|captured "
    rf"with) {_DEVICE})?)?"
)
_PLAYS_ON = re.compile(
    _TO_PLAY + r"(?: so (?:that )?(?:it|the "
    r"video|the file) (?:plays|works|will play|will work|can be played|opens|will open|can "
    r"play|runs|will run|can be (?:used|edited|uploaded|imported|opened|posted))"
    r"(?: fine| properly| correctly)? (?:on|in|into|to)| (?:play(?:able)?|viewable|watchable|"
    r"work|run|open) (?:on|in)| (?:compatible|work|play(?:able)?) with"
    # ("make it play when uploaded to Discord")
    r"| (?:play|work) (?:when|once|after) (?:it(?:'s| is| gets) )?(?:uploaded|posted|shared|"
    r"sent|embedded) (?:to|on|in|into)"
    # ("convert it so I can view it in Chrome", "… to play it on my TV": who plays it, where)
    r"| (?:so (?:that )?(?:i|we|you|they|people|everyone|anyone|others|my [\w-]+|our [\w-]+) "
    r"(?:can|could|will be able to|am able to|are able to) |to )(?:play|view|watch|open|see)"
    r"(?: it| the (?:video|file|clip))?(?: fine| properly)? (?:on|in)"
    # ("get it to work in Firefox")
    r"| to (?:work|run)(?: fine| properly)? (?:on|in|with)"
    # ("make the OBS recording usable in Avid", "make it uploadable to twitter")
    r"| (?:usable|useable|editable|importable|uploadable|postable|openable) (?:on|in|into|to|with)"
    # ("convert it to a format that works on iphone")
    r"| (?:to|into|in) (?:a|the|some) (?:format|codec|file type|type|version) (?:that|which) "
    r"(?:works|plays|runs|opens|will work|will play|can be played)(?: fine| properly)? (?:on|in)"
    # ("into a format Kathy can watch on her Mac", "to a format that is compatible with …")
    r"| (?:to|into|in) (?:a|the|some) (?:format|codec|file type|type|version) (?:(?:that|which) )?"
    r"(?:(?:is|are) compatible with|(?:[\w'-]+ ){1,2}(?:can|could|will be able to) (?:watch|play|"
    r"open|view|use|edit)(?: it)? (?:on|in|with))))"
    rf" {_PLAYERS}(?:(?: or|,| and|/) ?{_PLAYERS})*$",
)
#: A video said to come from an Apple phone or tablet (a .mov, often HEVC).
_FROM_AN_IPHONE = re.compile(
    r"\b(?:captured|shot|recorded|filmed|taken|made) (?:on|with) (?:an? |my |the |our )?"
    r"(?:ios|iphone|ipad)\b"
)
#: The same, said of the player as a kind of file: "make it mac compatible", "export it so that
#: it is iPhone-friendly".
_PLAYER_COMPATIBLE = re.compile(
    _TO_PLAY + rf"(?: so (?:that )?it(?:'s| is| will be)| to be)? {_PLAYERS}[ -]?(?:compatible|"
    r"friendly))$"
)
#: The same, the player said first: "convert it so my Windows computer recognizes it", "convert
#: it to a format YouTube accepts".
_TAKERS = (
    rf"(?:{_PLAYERS}|(?:my |the )?(?:youtube|vimeo|facebook|instagram|tiktok|reddit|twitter|"
    r"google drive|dropbox|imgur))"
)
_PLAYER_TAKES_IT = re.compile(
    _TO_PLAY + rf"(?: so (?:that )?{_TAKERS} (?:recogni[sz]es|plays|opens|accepts|takes|reads|"
    r"supports|can (?:play|open|read|recogni[sz]e|handle|use|take)|will (?:play|open|recogni[sz]e|"
    r"accept|take|read)) it| (?:to|into|in) (?:a|the|some) (?:(?:file|video) )?(?:format|codec|"
    rf"file type|type) (?:(?:that|which) )?{_TAKERS} (?:accepts|supports|takes|plays|opens|reads|"
    r"recogni[sz]es|can (?:play|open|read|use|take|handle)|will (?:accept|play|take|open))))$"
)


#: A loop said by the length it makes: "repeat the clip until it's 1 minute long".
_LOOPED_TO = re.compile(
    r"\b(?P<verb>loop|repeat)(?: it| the (?:video|clip|gif|animation))? (?:until|till|so that|so) "
    r"(?:it(?:'s| is| lasts| runs(?: for)?| reaches| becomes)| the (?:video|clip) (?:is|lasts)) "
    rf"(?:about |exactly )?(?P<d>{PIECES['time']})(?: long| in total| in all)?$"
)


def _plays_to(m: re.Match[str], duration: float) -> str:
    """ "loop it until it's 1 minute long" -> "loop it 6 times" of a 10 s video; as said when
    no whole number of plays makes that length."""
    plays = parse_time(m["d"]) / duration
    if plays < 1.5 or abs(plays - round(plays)) > 0.01 * plays:
        return m[0]
    return f"{m['verb']} it {round(plays)} times"


def normalize(clause: str) -> str:
    """The clause as grammars read it: lower case, digits for number words, no filler. Quoted
    text is the user's own words (a title to draw): it is kept exactly as written."""
    # The same clause is read many times over while a request is planned; what it reads as
    # depends on the video (its length, picture and frame rate) and the files given with it.
    return _normalized(clause, media_duration.get(), media_fps.get(), _picture.get(), _given.get())


#: The shares said in words: "an eighth" is 1/8.
_ONE_IN = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10,
              "sixteenth": 16}  # fmt: skip


@lru_cache(maxsize=8192)
def _normalized(
    clause: str,
    duration: float | None,
    fps: float | None,
    picture: tuple[int, int, float] | None,
    given: tuple[str, ...],
) -> str:
    """`normalize`, for the video and the files it was read with (its arguments are its key)."""
    t, quoted = _protect(clause)
    t = t.lower()
    # "encode this video differently so it works on iPads": in another way, which the rest says
    t = re.sub(
        r"\b((?:re-?)?(?:encode|convert|export|save|render|transcode) (?:it|(?:the|this|my) "
        r"(?:[\w'-]+ ){0,6}?(?:video|clip|recording|footage|movie))) differently\b",
        r"\1",
        t,
    )
    # "make it compatible with powerpoint", "make it play on my tv": in the codec every player
    # takes (before the device is read off as where it plays)
    # (a file of a kind those do not open, "the AVI recording", "the gif", is written as an mp4)
    for plays in (_PLAYS_ON, _PLAYER_COMPATIBLE, _PLAYER_TAKES_IT):
        t = plays.sub(
            lambda m: (
                # ("make this video captured on iOS play on Android": an iPhone's .mov, often
                # HEVC, made the H.264 mp4 every player opens)
                "convert it to an h.264 mp4"
                if _FROM_AN_IPHONE.search(m[0])
                else "convert it to mp4"
                if re.search(
                    r"\b(?:avi|wmv|flv|webm|mkv|mpe?g|mts|m2ts|3gp|gif|vob|ogv|asf)\b", m[0]
                )
                # ("to a format YouTube accepts": a file of the kind a service takes)
                or (m.re is _PLAYER_TAKES_IT and re.search(r"\b(?:format|file type)\b", m[0]))
                else "encode it as h.264"
            ),
            t,
        )
    # "change the frame rate to play it back at 30fps", "play it back at 30 fps": every frame
    # kept, played at that rate (never "play it at 30 fps", which may mean a rate of its own)
    t = re.sub(
        r"\b(?:(?:change|set|alter|adjust) the frame ?rate(?: of (?:it|(?:the|this|my) "
        r"(?:[\w.-]+ ){0,3}?(?:video|clip|footage|recording)))? (?:to|so (?:that )?it) )?"
        r"(?:play|plays) (?:it |the video )?back at (\d+(?:\.\d+)?) ?fps\b",
        r"conform it to \1 fps",
        t,
    )
    # "the 'Know Your Rights' video": the video, by its title (never text to draw)
    t = re.sub(
        # ("my cat's 'food dance' video": whose, then its title)
        r"\b(?:the|my|our|this|your) (?:[\w-]+'s )?\x00\d+\x00 (?=(?:video|clip|recording|movie|"
        r"film|footage|episode|tutorial|lecture|talk|screencast|trailer)\b)",
        "the ",
        t,
    )
    if _HOW_TO.match(t) or _A_VIDEO_FIRST.match(t):
        # "how to make a video brighter", "convert a 60fps video to 24fps": asked of any
        # video, meant of this one
        t = _ANY_VIDEO.sub(_this_video, t)
    t = _NUMBER_WORDS.sub(_number_word, t)
    # "in the MP3 file format": as that file (never "the file", the video)
    t = re.sub(
        r"\b(?:in|as|to|into) (?:the |an? )?\.?(mp4|mov|mkv|webm|mp3|wav|m4a|aac|flac|ogg|gif|png|"
        r"jpe?g) file format\b",
        r"as \1",
        t,
    )
    # "a 160-by-120 window": that size in pixels
    t = re.sub(r"\b(\d{2,5})-by-(\d{2,5})\b", r"\1x\2", t)
    # "the 1-hour-and-9-minute recording": a length, its words joined by hyphens
    t = re.sub(
        r"\b(\d+(?:\.\d+)?)-(hours?|hrs?|minutes?|mins?)-and-(\d+(?:\.\d+)?)-"
        r"(minutes?|mins?|seconds?|secs?)\b",
        r"\1 \2 and \3 \4",
        t,
    )
    # "by 10~15%": a range, said with a tilde (never the number 1015)
    t = re.sub(r"(\d)\s*~\s*(?=\d)", r"\1-", t)
    # ".75x": a decimal written without its leading zero (never 75x; ".3gp" is a kind of file)
    t = re.sub(r"(?<![\w.])\.(\d)(?!gp|g2)", r"0.\1", t)
    # "from 1m 30 to 1m 50": minutes and seconds, the seconds' unit left out
    t = re.sub(
        r"\b(\d{1,3}) ?m ?([0-5]\d)\b(?![.:]\d| ?(?:s|secs?|seconds?|fps|%|mb|kb|x|px|p|k)\b)",
        r"\1:\2",
        t,
    )
    # "25p to 24p": frame rates, as a camera names them (720p, with more digits, is a size)
    t = re.sub(r"\b(23\.976|24|25|29\.97|30|48|50|59\.94|60|120)p\b", r"\1 fps", t)
    t = _wished(t)
    # "loop it until it's 1 minute long": as many plays as make that length, when a whole
    # number of plays does (else asked: how many times)
    if duration:
        t = _LOOPED_TO.sub(lambda m: _plays_to(m, duration), t)
    # "less than 2 MB, ideally closer to 1 MB": the size wished for, which is under both
    t = re.sub(
        r"\b(?:less than|under|below|at most|no more than) (\d+(?:\.\d+)?) ?mb,? (?:but |and )?"
        r"(?:ideally|preferably|if possible|even better)(?: (?:closer to|nearer(?: to)?|around|"
        r"about|under|below|less than))? (\d+(?:\.\d+)?) ?mb\b",
        lambda m: f"under {min(float(m[1]), float(m[2])):g} mb",
        t,
    )
    if fps:
        # "add the logo, keeping it at 60 fps": the rate it has, kept
        t = re.sub(
            r"\b(?:and |while |but )?keep(?:ing)? (?:it |the video |the frame ?rate |the fps )?"
            r"(?:at |to |as )?(\d+(?:\.\d+)?) ?fps\b",
            lambda m: "keeping the frame rate" if abs(float(m[1]) - fps) < 0.01 else m[0],
            t,
        )
        # "without it dropping to 30 fps", "without downgrading from 60 to 30 fps": kept
        t = re.sub(
            r"\bwithout (?:it |the video |the frame ?rate |the fps )?(?:downgrading|dropping|"
            r"going down|falling|being (?:reduced|lowered|downgraded|dropped))"
            r"(?: from (\d+(?:\.\d+)?) ?(?:fps)?)? to \d+(?:\.\d+)? ?fps\b",
            lambda m: (
                "without lowering the frame rate"
                if m[1] is None or abs(float(m[1]) - fps) < 0.01
                else m[0]
            ),
            t,
        )
    # "make video smaller", "compress video": the video, said with no "the"
    t = re.sub(
        r"^([a-z]+) (?=(?:video|clip|footage|movie|recording)\b(?![.\w'-]| (?:to|into) ))",
        lambda m: f"{m[1]} the " if m[1] in _verbs() else m[0],
        t,
    )
    # "make lesson 22 louder", "brighten episode 3": the video, by its number in a series
    t = re.sub(
        r"^([a-z]+) (?:lesson|episode|lecture|chapter|session|ep\.?) ?#?\d+\b"
        r"(?! ?(?:and|to|-|through)\b)",
        lambda m: f"{m[1]} the video" if m[1] in _verbs() else m[0],
        t,
    )
    # "add the logo to exported video", "remove the noise from video": the video, said with
    # no "the" after a preposition
    t = re.sub(
        r"\b(to|into|on|onto|from|of|in) (?=(?:(?:exported|final|rendered|edited|original|whole|"
        r"entire|source|input|recorded) (?:video|clip|footage|movie)|(?:video|clip|footage|movie)"
        r"(?! ?(?:file|format|editor|player|stream|codec|track|quality|mode|size|bitrate)\b)"
        # ("remove silence from podcast video": what kind, said with no "the" either)
        r"|(?<!to )(?<!into )(?!(?:the|a|an|my|this|that|our|your|each|every|all|"
        + _OTHER_FILE_WORDS
        + r"|vertical|horizontal|portrait|landscape|square|widescreen)\b)"
        r"[a-z]+ (?:video|recording|footage)(?! ?(?:file|format|editor|player|stream|codec|track|"
        r"quality|mode|size|bitrate)\b))\b(?![.\w'-]))",
        lambda m: (
            f"{m[1]} the "
            if m[1] not in ("to", "into")
            or not re.match(r"(?:video|clip|footage|movie)\b", t[m.end() :])
            else m[0]
        ),
        t,
    )
    t = re.sub(r"\bhalf an? (?=(?:ms|millisecond|second|sec|minute|min|hour)s?\b)", "0.5 ", t)
    # "half-speed", "double-speed": the speed, its words joined by a hyphen
    t = re.sub(r"\b(half|quarter|double|triple|normal|full|real|regular)-(?=speed\b)", r"\1 ", t)
    # "from sec 20 to sec 28", "mins 5 through 10": the unit said first, as "second 20"
    t = re.sub(
        r"(?:(?<=\bfrom )|(?<=\bto )|(?<=\bat )|(?<=\buntil )|(?<=\btill )|(?<=\bthrough )"
        r"|(?<=\band )|\b(?=\w+ \d+(?:\.\d+)? (?:to|through|until|till|-) \d))"
        r"(?:(?P<s>secs?|seconds)|(?P<m>mins?|minutes)) (?=\d)",
        lambda m: "second " if m["s"] else "minute ",
        t,
    )
    # "export the recording directly as a gif": how straight the way is, no edit
    t = re.sub(r" (?:directly|simply|straight) (?=(?:as|to|into|in) )", " ", t)
    # "save a selection of the video": a part of it
    t = re.sub(r"\b(a|the) selection (?=of )", r"\1 part ", t)
    # "starting from 0:20 to 0:28": from
    t = re.sub(r"\bstarting (?=from (?:second |minute )?\S+ (?:to|until|till|through|-) )", "", t)
    t = re.sub(r"\ba (?=(?:second|minute|hour)\b)", "1 ", t)
    t = re.sub(r"\b(first|last|final|opening) (?=(?:second|minute|hour)\b)", r"\1 1 ", t)
    t = re.sub(
        r"\b(?:a )?couple(?: of)? (?=(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?)\b)", "2 ", t
    )
    t = _HALF.sub(lambda m: f"{float(m.group(1)) + 0.5:g}", t)
    t = _frames_as_times(t)
    # "1/8 of normal speed", "an eighth of the speed": that share of it
    t = re.sub(
        r"\b(?:(\d+/\d+)|(?:(?:an?|one) )?(half|third|quarter|fifth|sixth|eighth|tenth|"
        r"sixteenth)) of "
        r"(?:the |its )?(?:normal |original |usual |regular |real |actual |full )?(?:playback )?"
        r"(?=speed\b)",
        lambda m: (m[1] or f"1/{_ONE_IN[m[2]]}") + " ",
        t,
    )
    # "1/2 speed", "at 3/4 the speed": a factor
    t = re.sub(
        r"\b(\d+)/(\d+)(?= (?:speed|the speed|as fast)\b)",
        lambda m: f"{int(m[1]) / int(m[2]):g}x" if int(m[2]) else m[0],
        t,
    )
    # "scale to 1.5x", "scale my footage 3 times": a size by a factor, as a percentage of it
    t = re.sub(
        r"\b((?:scale|resize|upscale|enlarge|downscale)(?: it| the video| my video| my footage)?)"
        r"(?: up)? (?:(?:to|by) )?(\d+(?:\.\d+)?) ?(?:x\b|times\b)(?! ?\d)"
        r"(?: (?:bigger|larger|its size))?",
        lambda m: f"{m[1]} to {float(m[2]) * 100:g}%",
        t,
    )
    t = _instead(t)
    # "from the 5th second": from second 5
    t = re.sub(r"\bthe (\d+)(?:st|nd|rd|th) (second|minute)\b", r"\2 \1", t)
    # "adjust the volume to 0.3 times": a level as a share of the one it has
    t = re.sub(
        r"\b(volume(?: of (?:the|this|my) (?:[a-z]+ )?(?:video|clip))? to) "
        r"(\d+(?:\.\d+)?) ?times\b",
        lambda m: f"{m[1]} {float(m[2]) * 100:g}%",
        t,
    )
    # "reduce the resolution by 35%": to what is left of it
    t = re.sub(
        r"\b(?:reduce|lower|decrease|cut|shrink|scale down|downscale)(?: it| the video)?"
        r"(?: the (?:resolution|size|dimensions|frame size|picture size))? by (\d+(?:\.\d+)?) ?%",
        lambda m: f"resize it to {100 - float(m[1]):g}%" if 0 < float(m[1]) < 100 else m[0],
        t,
    )
    # "export a frame as an image at 0:15": the time said where the grammars look for it
    t = re.sub(
        r"\b(as (?:an? )?(?:image|picture|photo|png|jpe?g|still|screenshot|thumbnail)) "
        r"((?:at|from) \S+(?: ?(?:s|secs?|seconds?|mins?|minutes?))?)$",
        r"\2 \1",
        t,
    )
    # "make the video smaller (file size)", "smaller in size": the file
    t = re.sub(
        r"\b(make|get) (?:it|the video|this) smaller,? \(?(?:in |its )?(?:file ?size|size on disk|"
        r"megabytes|mb|size)\)?",
        r"\1 the file smaller",
        t,
    )
    # "<10MB": under that size
    t = re.sub(r"(?<![\w<])(?:<|&lt;) ?(?=\d+(?:\.\d+)? ?(?:mb|gb|kb|megs?)\b)", "under ", t)
    # "+15-20 dB", "about 10-15% of that speed": a band any value of which will do, as its
    # middle (never times: "5-10 s" is a part of the video)
    t = _BAND.sub(_middle_of_band, t)
    # "10 or 12 meg": the unit said once, of both
    t = re.sub(
        r"\b(\d+(?:\.\d+)?) or (\d+(?:\.\d+)?) ?(mb|megs?|gb|kb|fps|db|seconds|secs?|s|minutes|"
        r"mins?|x|%)(?![\w%])",
        r"\1 \3 or \2 \3",
        t,
    )
    # "make the 35 meg video smaller": the size in megabytes is what is to be smaller
    t = re.sub(
        r"\b(make|get) the \d+(?:\.\d+)? ?(?:mb|megs?|megabytes?|gb|gigs?|kb) (?:video|file|clip|"
        r"movie|recording)(?= (?:a lot |much |a bit |way |far )?smaller\b)",
        r"\1 the file",
        t,
    )
    # "an app screen capture gif": a gif, said what of
    t = re.sub(
        r"\b(an?|the) (?:(?:app|screen|capture|screencast|demo|tutorial|animated|reaction|funny|"
        r"cool|nice|preview|product|ui|website|web|meme|short|quick|simple|"
        r"looping) )+gif\b",
        lambda m: f"{'a' if m[1] == 'an' else m[1]} gif",
        t,
    )
    # "mov to gif", "convert mp4 to webm": the container it is in, then the one wanted
    t = re.sub(
        r"^(?:(?:convert|change|turn|transcode|export|save)(?: (?:the|an?|my|this))? )?"
        r"\.?(?:mp4|mov|mkv|webm|avi|m4v|ts|wmv|flv|mpe?g)(?: (?:file|video|clip))? (?:to|into|->) "
        r"(?=(?:an? )?\.?(?:mp4|mov|mkv|webm|gif|mp3|wav|m4a)\b)",
        "convert it to ",
        t,
    )
    # "lower the volume from 100% to 50%": from the level it has to the one wanted; bare
    # numbers after a level ("the brightness from 0 to 10") are no times, and are asked about
    t = re.sub(
        r"\b(?P<what>brightness|contrast|saturation|gamma|volume|bitrate|resolution|quality)"
        r" (?:level )?from (?P<a>-?\d+(?:\.\d+)?) ?(?P<u>%|db)? (?:to|->) "
        r"(?P<b>-?\d+(?:\.\d+)?)(?![\d.]) ?(?P<v>%|db)?"
        r"(?! ?(?:s|secs?|seconds?|mins?|minutes?|ms)\b|:\d)",
        lambda m: (
            f"{m['what']} to {m['b']}{m['v']}"
            if m["u"] and m["u"] == m["v"] and m["what"] in ("volume", "brightness")
            # (bare numbers after the volume are its times: "lower the volume from 5 to 10")
            else m[0]
            if m["what"] == "volume"
            else f"{m['what']} from level {m['a']} to level {m['b']}"
        ),
        t,
    )
    # "turn all the footage black and white": all of the video
    t = re.sub(
        r"\ball (?:of )?(?=(?:the|this|my) (?:[\w-]+ ){0,3}?"
        r"(?:video|footage|clip|recording|movie|film)\b)",
        "",
        t,
    )
    # "extract audio from an mp4 file": the video, by its kind of file (not "from mp4 to webm",
    # a conversion from it)
    t = re.sub(
        r"\b(from|out of) (?:an? )?(?=\.?(?:mp4|mov|mkv|webm|avi|m4v|wmv|flv)\b)"
        r"(?!.*\b(?:to|into|->) (?:an? )?\.?(?:mp4|mov|mkv|webm|avi|m4v|gif|mp3|wav|m4a)\b)",
        r"\1 the ",
        t,
    )
    # "change it to a B&W version", "make a muted version of it": the result, said as a version
    t = re.sub(
        r"^(?:change|convert|turn|transform|make|render|export|save|create|produce)"
        r"(?: it| the video| this)?(?: (?:to|into|as))? (?:a|an) (?P<what>[\w&/ -]+?) version"
        r"(?: of (?:it|the video|this))?$",
        lambda m: f"make it {m['what']}",
        t,
    )
    t = _STRETCHED.sub(lambda m: _stretched(m, picture), t)
    t = re.sub(r"\brescal(ed|ing)\b", r"scal\1", t)  # "rescaling to 600 px": scaling
    # "320 wide": pixels; "600 pixels in width": as wide as that
    t = re.sub(r"\b(\d{2,5}) (wide|high|tall)\b", r"\1px \2", t)
    t = re.sub(
        r"\b(\d{2,5}) ?(?:px|pixels?) in (width|height)\b",
        lambda m: f"{m[1]}px {'wide' if m[2] == 'width' else 'high'}",
        t,
    )
    # "with a width of 320": as wide as that
    t = re.sub(
        r"\b(?:with |at )?an? (width|height) of (\d{2,5}) ?(?:px|pixels?)?\b",
        lambda m: f"{m[2]}px {'wide' if m[1] == 'width' else 'high'}",
        t,
    )
    t = _FRACTION.sub(lambda m: f"{m.group(1)} {_FRACTIONS[m.group(2)]}%", t)
    t = re.sub(r"(\d)-(?=[a-z])", r"\1 ", t)  # "3-second fade" -> "3 second fade"
    t = re.sub(r"\bfade-(?=(?:in|out)\b)", "fade ", t)  # "a fade-in"
    t = re.sub(r"(?<=\d)(h|m|s)(?=\d)", r"\1 ", t)  # "1m30s" -> "1m 30s", as "1 min 30 s"
    # "1.10min" is one minute ten, as a clock shows it: minutes are not written in hundredths.
    t = re.sub(r"\b(\d+)\.([0-5]\d) ?(?:min|mins|minutes?)\b", r"\1:\2", t)
    t = _thousands(t)  # "1,000" -> "1000"
    t = re.sub(r"\s+", " ", t).strip(" .!?,;:")
    t = _canonical(_spans(t))
    t = _without_what_happens(t)
    t = _SHAPE_AND_RATIO.sub(_shape_said_twice, t)
    t = _SIZE_AND_RATIO.sub(_ratio_of_the_size, t)
    # "slow it down to 80%": of its speed
    t = re.sub(
        r"\b((?:slow|speed) (?:it |the video )?(?:down |up )?to \d+(?:\.\d+)? ?%)"
        r"(?! ?(?:speed|volume|of|louder|quieter))",
        r"\1 speed",
        t,
    )
    previous = None
    while previous != t:
        previous = t
        t = _LEAD_RE.sub("", t).strip(" ,")
        t = _by_its_noun(_feature_asked(t))
        t = _TRAIL_RE.sub("", t).strip(" ,.!?")
        # "only normalize the audio": only before a verb says no more than the verb
        t = re.sub(r"^only (?=(\w+))", lambda m: "" if m[1] in _verbs() else m[0], t)
    return _restore(t, quoted)


#: What people call a part of the video they go on to say what happens in ("the bit where…"),
#: and an end of it ("the ending where…").
_PART_NOUNS = r"part|section|segment|bit|portion|piece|chunk|scene|moment"
_END_NOUNS = r"end|ending|start|beginning|opening|intro|outro"
#: "the bit where the dog barks": a part by what happens in it, its times yet to be said.
_PART_BY_WHAT_HAPPENS = re.compile(
    rf"\b(?:{_PART_NOUNS}|{_END_NOUNS}) (?:where|when|in which) [a-z' -]+$"
    # ("the section about file uploads (10:29 - 17:29)": by what it is about)
    rf"|\b(?:{_PART_NOUNS}) (?:about|covering|showing|discussing|explaining) [a-z' -]+$"
)


#: "cut the first 10 seconds where I'm setting up the camera", "mute 0:10 to 0:20, when the
#: dog barks": a part given by its times, then what happens in it, which the times already
#: say. Only a statement with a subject, no value and no wish or instruction in it.
_PART_THEN_WHAT_IS_IN_IT = re.compile(
    r"(?<=\d)(?P<unit> ?(?:ms|s|secs?|seconds?|mins?|minutes?|h|hours?))?\b\)?,? "
    r"(?:where|when|in which|during which|while) "
    r"(?=(?:i|i'm|we|we're|you|you're|he|she|they|it|it's|there|nothing|someone|somebody|"
    r"everyone|everybody|(?:the|my|our|his|her|their|a|an) [a-z]+)\b)"
    r"(?![^\"]*(?:\d|\"|\.[a-z0-9]{2,4}\b|\b(?:should|must|need|needs|want|wants|please|add|"
    r"put|insert|apply|make it|could you|can you)\b))"
    r"[a-z' -]+$"
)


def _without_what_happens(text: str) -> str:
    """The text with what happens in a part said by its times read off, its unit kept ("the
    first 5 minutes, where we had music playing" is 5 minutes)."""
    return _PART_THEN_WHAT_IS_IN_IT.sub(lambda m: m["unit"] or "", text)


#: "the clip should be cut to 30 seconds", "it needs to be louder": what the video is to be.
_TO_BE = re.compile(
    r"^(?P<what>(?:the|this|my) (?:[\w-]+ ){0,3}?(?:video|clip|footage|movie|film|recording)"
    # ("the audio needs to be louder", "the output should be 720p": the sound; the result)
    r"|the (?:audio|sound|volume|voice|music)|(?P<result>the (?:final |new |exported )?(?:output|"
    r"result|export|render|file))"
    r"|it|this) (?:needs to|should|has to|must"
    r"|ought to|is to|would have to) be (?P<first>[\w:.-]+)(?P<rest>(?: .+)?)$"
)
#: A frame rate or a height wished for: "I would like to have only 10 frames per second".
_A_VALUE_WANTED = re.compile(
    r"^(?:but |and |so )?(?:for the sake of (?:the |my |our )?[a-z -]{1,30}?,? )?"
    r"(?:i|we) (?:want|would like|'d like|wish)(?: to have| it(?: to have| to be|"
    r" in| at)?)? (?:only |just |exactly )?"
    r"(?P<v>\d+(?:\.\d+)? ?(?:fps|frames (?:per|a) second)|(?:240|360|480|540|576|720|1080|1440|"
    r"2160)p)$"
)
#: The same asked: "can this be converted to black and white", "could the sound be removed".
_ASKED_TO_BE = re.compile(
    r"^(?:can|could|would|will)(?: you)?(?: please)? "
    + _TO_BE.pattern[1:].replace(
        r" (?:needs to|should|has to|must|ought to|is to|would have to) be ", r" (?:please )?be "
    )
)
#: The same had done: "have the ending faded out", "get the video muted".
_HAD_DONE = re.compile(
    r"^(?:have|get) (?P<what>it|this|(?:the|this|my) (?:[\w-]+ ){0,3}?(?:video|clip|footage|movie|"
    r"film|recording|audio|sound|music|picture|image|end|ending|start|beginning|intro|outro)) "
    r"(?P<first>[a-z]+ed|cut|sped|made|put|set)(?P<rest>(?: .+)?)$"
)
#: Past participles not made with -ed.
_IRREGULAR = {"cut": "cut", "sped": "speed", "made": "make", "put": "put", "set": "set"}


def _verb_of(participle: str) -> str | None:
    """The verb of the catalogue a past participle is of ("converted" -> convert, "sped" ->
    speed), or None when it is of none."""
    return _IRREGULAR.get(participle) or next(
        (form for form in _inflected(participle, ("ed",)) if form in _verbs()), None
    )


#: "the first 15 seconds should go", "the last minute can go": a part to cut out.
_SHOULD_GO = re.compile(
    r"^(?P<part>the (?:first|last|final|opening|closing) [\w.: ]{1,20}?) (?:should|can|could|"
    r"must|needs? to|has to|have to|may|is to|are to) (?:all )?go(?: away)?$"
)


def _wished(t: str) -> str:
    """ "the clip should be cut to 30 seconds" -> "cut the video to 30 seconds", "it needs to
    be louder" -> "make it louder": what the video is to be, as the edit that makes it so;
    "the first 15 seconds should go" -> "remove the first 15 seconds"."""
    if (gone := _SHOULD_GO.match(t)) is not None:
        return f"remove {gone['part']}"
    if (value := _A_VALUE_WANTED.match(t)) is not None:
        return f"make it {value['v']}"
    m = _TO_BE.match(t) or _ASKED_TO_BE.match(t)
    if m is None:
        if (had := _HAD_DONE.match(t)) is not None and (verb := _verb_of(had["first"])):
            return f"{verb} {had['what']}{had['rest']}"
        return t
    first = m["first"]
    if m["result"]:
        if _result_length(t) is not None:
            return t  # ("the output should be 30 seconds long": checked against the plan)
        if (as_it := _TO_BE.match(f"it {t[m.end('what') + 1 :]}")) is not None:
            m = as_it  # (the result is the video edited)
    if (verb := _verb_of(first)) is not None:
        return f"{verb} {m['what']}{m['rest']}"
    return f"make {m['what']} {first}{m['rest']}"


#: "stretch it to 16:9", "squash the video to 1280x720": a new shape, the picture distorted.
_STRETCHED = re.compile(
    r"\b(?:stretch|squash|squeeze)(?: it| the video)?(?: out)? to "
    r"(?:(?P<w>\d{2,5}) ?x ?(?P<h>\d{2,5})|(?P<a>\d{1,2}):(?P<b>\d{1,2}))\b"
)


def _stretched(m: re.Match[str], picture: tuple[int, int, float] | None) -> str:
    """ "stretch it to 16:9" -> "resize it to 1920x1080" (of a 1440x1080 picture: its height
    kept); a size is that size. A shape of a picture not known is left as said."""
    if m["w"]:
        return f"resize it to {m['w']}x{m['h']}"
    size = _stretched_size(int(m["a"]), int(m["b"]), picture)
    return f"resize it to {size[0]}x{size[1]}" if size else m[0]


def _stretched_size(
    across: int, down: int, picture: tuple[int, int, float] | None
) -> tuple[int, int] | None:
    """The size of a picture stretched to the shape across:down, its height kept (an even
    width); None when its size is not known."""
    if not picture or not across or not down:
        return None
    height = picture[1]
    return round(height * across / down / 2) * 2, height


#: A size said with its shape after it ("1024x768 (4:3)").
_SIZE_AND_RATIO = re.compile(
    r"\b(?P<w>\d{3,5}) ?x ?(?P<h>\d{3,5}) \(?(?P<a>\d{1,2}):(?P<b>\d{1,2})\)?"
)


def _ratio_of_the_size(m: re.Match[str]) -> str:
    """ "1024x768 4:3": the size, when the ratio is its shape; both as said otherwise."""
    w, h, a, b = (int(m[k]) for k in ("w", "h", "a", "b"))
    if a and b and h and abs(w / h - a / b) <= 0.02 * a / b:
        return f"{w}x{h}"
    return m[0]


#: A shape said by its name and its ratio, either way round ("square 1:1", "a 9:16 vertical").
_SHAPE_AND_RATIO = re.compile(
    r"\b(?:(?P<name>square|vertical|portrait|horizontal|landscape|widescreen) (?P<ratio>\d+:\d+)"
    r"|(?P<ratio2>\d+:\d+) (?P<name2>square|vertical|portrait|horizontal|landscape|widescreen))\b"
)


def _shape_said_twice(m: re.Match[str]) -> str:
    """ "make it square 1:1": the ratio, when the name agrees with it; both as said when they
    disagree ("square 16:9" is refused, not settled)."""
    name, ratio = m["name"] or m["name2"], m["ratio"] or m["ratio2"]
    w, h = (int(v) for v in ratio.split(":"))
    agrees = {
        "square": w == h,
        "vertical": w < h,
        "portrait": w < h,
        "horizontal": w > h,
        "landscape": w > h,
        "widescreen": w * 9 >= h * 16,
    }[name]
    return ratio if agrees else m[0]


_POSSESSIVE = re.compile(
    # ("the 1080p video's resolution": what is said of it is checked where it is named)
    rf"\b(?:(?:the|this|my) (?:{lexicon.STATED_FACT} ){{0,2}})?"
    r"(?:video|clip|movie|(?:short )?film|footage|recording)'?s "
    r"(?:own |original )?"
    r"(?=audio|sound|picture|frame ?rate|fps|resolution|colou?rs?|speed|volume|length|"
    r"(?:file )?size|bitrate|quality|dimensions|aspect ratio|brightness|contrast|saturation)"
    # "reduce video file size": the video's, said with no "the"
    r"|(?<!\bthe )(?<!\bthis )(?<!\bmy )(?<!\ba )(?<![\w'-])video (?=(?:file )?size\b|bitrate\b)"
    # "the camcorder's sound track": the sound of the video it made
    r"|\b(?:the|this|my) (?:[\w-]+ )?(?:camcorder|camera|cam|dashcam|webcam|gopro|drone|phone)'s "
    r"(?=audio|sound)"
    # "the narrator's audio": the sound of the video, the voice in it (never one voice of
    # several taken out: "remove the teacher's voice" keeps the rest)
    r"|(?<!remove )(?<!delete )(?<!mute )(?<!erase )(?<!strip )(?<!isolate )(?<!silence )"
    r"(?<!extract )(?<!of )(?<!out )(?<!separate )"
    r"\bthe (?:narrator|speaker|presenter|host|teacher|lecturer|instructor|interviewer|"
    r"interviewee|guest|singer|commentator|announcer|preacher|pastor)'s (?=audio|sound|voice)"
)


_NOUN = "|".join(re.escape(n) for n in sorted(lexicon.NOUNS, key=len, reverse=True))
_TWO_NOUNS = re.compile(
    # (never formats offered after "to" or "as": "convert it to mp4/webm" is read, or asked)
    rf"(?<!\bto )(?<!\bas )(?<!\bin )(?<!\binto )\b(?:{_NOUN})/(?=(?:{_NOUN})\b)"
)


#: "the video from my phone", "the video I shot with my drone": the video, said where it is from.
#: "the recording of the large screen to 720p": what the video shows, said before the edit goes
#: on (never a part of it: "the video of the first 10 seconds").
_OF_WHAT_IT_SHOWS = re.compile(
    r"\bthe video of (?:(?:the|a|an|my|our|his|her|their|some) )?(?!(?:first|last|final|start|"
    r"end|beginning|middle|part|section|rest|whole|entire|audio|sound|music|it|them|this|that)\b)"
    r"(?:[a-z'-]+ ){0,6}?[a-z'-]+(?= (?:to|into|at|by) (?:an? |the )?\d| (?:as|so|in order)\b"
    # ("make the video of my son building his present play at 3000%": what it does next)
    r"| (?:play|plays|run|runs)\b)"
)


#: "take the hiss out of my clips of walking round the boat": what the video shows, said at
#: the end of the clause, in words of no edit and no part of it.
_ENDS_ON_WHAT_IT_SHOWS = re.compile(
    r"\bthe video of (?P<what>(?!(?:the |a |an |my |our )?(?:first|last|final|start|end|beginning|"
    r"middle|part|section|rest|whole|entire|audio|sound|music|intro|outro|opening|ending|second|"
    r"third|other|left|right|top|bottom|it|them|this|that)\b)(?:[a-z'-]+ ){0,8}?[a-z'-]+)$"
)


def _what_it_shows_at_the_end(m: re.Match[str]) -> str:
    """ "… the video of walking round the boat" -> "… the video", unless a word of what it
    shows names an edit or a part ("the video of the half that is blurry")."""
    if (
        set(m["what"].split()) & (lexicon.EDIT_WORDS | _PART_WORDS)
        or _ON_A_PLACE.match(m.string)
        or _A_WAY.search(m["what"])  # ("flip the video of my son upside down": which way)
        # ("… of my horse to kill the wind", "… of the party and mute it": more than what it
        # shows goes on in them)
        or re.search(r"\b(?:to|so|because|and|or|but|then|while)\b", m["what"])
        # ("make the video of the party look like an old movie": how it is to look, said after)
        or re.search(r"\b(?:look|sound|seem|appear|feel)s? (?:like|as|more|less)\b", m["what"])
        or _A_FAULT_NAMED.search(m["what"])
        # ("flip the video of my dog back over": the verb's particle, said after it; "get the
        # size of the video of the pipeline down further": how much more, after the particle)
        or _the_verbs_particle(
            re.sub(
                r" (?:further|more|even more|again|still|considerably|significantly|a lot|a bit|"
                r"a little|slightly|somewhat|greatly|dramatically|drastically|substantially|"
                r"a great deal|massively|heavily|quite a bit)$",
                "",
                m["what"],
            ).rsplit(" ", 1)[-1],
            m.string,
        )
    ):
        return m[0]
    return "the video"


#: Edits done to a place in the picture: what the video shows, said after them, may be that
#: place ("blur the video of the face").
_ON_A_PLACE = re.compile(
    r"(?:blur|pixelate|censor|hide|mask|crop|zoom|sharpen|highlight|cover|erase|black out)\b"
)
#: Words of a part of the video: never what it shows.
_PART_WORDS = frozenset(
    {"half", "part", "parts", "section", "sections", "bit", "bits", "piece", "seconds", "second",
     "minutes", "minute", "frame", "frames", "scene", "scenes", "clip", "segment", "portion",
     "side", "corner", "edge", "edges", "top", "bottom", "left", "right", "center", "centre",
     # (what it is done with or without, and the video itself, named again)
     "first", "last", "audio", "sound", "music", "voice", "without", "with", "video", "capture",
     "recording", "footage", "screen"}
)  # fmt: skip


def _of_what_it_shows(m: re.Match[str]) -> str:
    """ "the video of the wedding" -> "the video", unless what is said takes the particle of
    the clause's verb ("cut the video of the player down to 10 seconds")."""
    if set(m[0].split()) & _PARTICLES_OF_VERBS and m.string.split(" ", 1)[0] in _PHRASAL_VERBS:
        return m[0]
    return "the video"


_TAKEN_WITH = re.compile(
    r"\bthe video (?:(?:i|we) (?:took|shot|filmed|recorded|made) |(?:recorded|shot|filmed|taken|"
    rf"captured|made) )?(?:from|on|with|by|off|using) {_DEVICE}"
    # where the camera was: "the camera on my handlebar mount"
    r"(?P<tail> (?:on|in|at|mounted on|attached to) (?:my|our|the|a) "
    r"(?P<where>[a-z]+(?: [a-z]+)?)(?= |$|,))?"
)


#: "the video clip from our band's gig", "the footage from last week's match": the video, said
#: where it was filmed.
_FROM_AN_EVENT = re.compile(
    r"\b(?:the|my|our) (?:[\w'-]+ ){0,2}?(?:video|clip|footage|recording|movie|film)(?: clip)? "
    r"(?:from|at) (?:our|my|the|a|his|her|their|this|last|that) "
    r"(?:(?!(?:to|and|so|that|which|for|of)\b)[\w'-]+ ){0,4}"
    r"(?:gig|concert|party|wedding|trip|game|show|event|holiday|vacation|match|recital|service|"
    r"ceremony|meeting|class|lecture|performance|festival|camp|race|jam|rehearsal|practice|tour|"
    r"visit|birthday|reunion|graduation|funeral|session|jam session|parade|play|competition|"
    r"tournament|conference|talk|workshop|webinar)\b"
    # (never one whose place goes on after it: "the video of the trip to Myrtle Beach")
    r"(?! (?:to|of|in|at|on|near|with|from|by|into) (?!(?:an? |the )?(?:\d|\.?(?:mp3|mp4|m4a|wav|"
    r"gif|webm|mov|mkv|ogg|flac|aac)\b)))"
)


def _taken_with(m: re.Match[str]) -> str:
    """ "the video from the camera on my handlebar mount" -> "the video"; where the camera
    was is read off only when no word of it may say how to edit ("… on the left" is kept)."""
    where = (m["where"] or "").split()
    if any(w in _edit_words() for w in where):
        return "the video" + m["tail"]
    return "the video"


#: A file named after what it is ("the intro clip2.mp4", "the logo (brand.png)").
_ROLE_AND_FILE = re.compile(
    r"\b(?:the|my|a|an|this|our) (?P<role>intro|outro|logo|watermark|music|song|soundtrack|image|"
    r"picture|photo|overlay|subtitles?|captions?)(?: (?:clip|video|file|image|track))? "
    r"\(?(?P<file>[\w-]+\.[a-z0-9]{2,4})\)?(?![\w.])"
)


def _file_in_its_role(m: re.Match[str]) -> str:
    """ "the intro clip2.mp4" -> "clip2.mp4 as the intro": the file, and where an intro or an
    outro goes unless the words after it say so ("the intro clip2.mp4 before the video");
    "the logo brand.png" -> "brand.png"."""
    if m["role"] not in ("intro", "outro") or _PLACED_IN_TIME.match(m.string, m.end()):
        return m["file"]
    return f"{m['file']} as the {m['role']}"


#: Where a clip goes, said after it.
_PLACED_IN_TIME = re.compile(
    r" (?:before|after|in front of|at the (?:start|beginning|end)|to the (?:start|beginning|end))\b"
)


#: A part named by what is in it, how much said, then its times: "the trick down to quarter speed
#: from 0:12 to 0:15", "the boring middle part up 4x, from 0:40 to 1:20".
_PART_VALUE_TIMES = re.compile(
    r"\bthe (?:(?!(?:video|audio|sound|music|picture|file|first|last|rest)\b)[a-z'-]+ ){0,2}"
    r"(?:part|section|segment|bit|portion|stretch|moment|trick|jump|scene|shot|sequence)"
    r"(?P<particle> (?:up|down))? (?P<value>(?:by |to |at )?(?:\d+(?:\.\d+)? ?(?:x|%|times)"
    r"(?: (?:speed|faster|slower))?|"
    r"(?:half|quarter|a quarter|a third|double|twice|triple)(?: the)? speed|twice as (?:fast|"
    r"slow)))"
    r",? (?P<times>(?:from|between) (?:second |minute )?\d[\d:.]*(?: ?(?:s|secs?|seconds))? "
    r"(?:to|and|-|until) (?:second |minute )?\d[\d:.]*(?: ?(?:s|secs?|seconds))?)$"
)


def _canonical(t: str) -> str:
    """The words people use for the edited thing and for the catalogue's verbs, as the grammars
    spell them: "the 5 sec drone video" -> "the video", "the video's audio" -> "the audio",
    "edit out" -> "cut out". What was said of the video is checked separately (`_facts`)."""
    t = _POSSESSIVE.sub("the ", t)
    t = _BEFORE_NOUNS(t)
    t = _ROLE_AND_FILE.sub(_file_in_its_role, t)
    t = _DEGREE(t)
    t = _HELD_FRAME(t)
    t = _ends(t)
    # "the colour animation/video": one thing, said two ways
    t = _TWO_NOUNS.sub("", t)
    t = lexicon.LOOSE_OBJECT.sub(_plain_object, t)
    t = lexicon.OBJECT.sub("the video", t)
    # "the lecture audio", "the interview's sound": the video's sound, whatever it shows
    # ("make the video audio only": what it is to be)
    t = re.sub(r"\bthe video (?=(?:audio|sound)(?: ?track)?\b(?![- ]only))", "the ", t)
    # ("this mined audio", "the recorded sound": the sound, said by how it was got)
    t = re.sub(
        r"\b(?:the|this) (?:recorded|mined|captured|extracted|exported|ripped|downloaded) "
        r"(?=(?:audio|sound)(?: ?track)?\b)",
        "the ",
        t,
    )
    t = _TAKEN_WITH.sub(_taken_with, t)
    t = _FROM_AN_EVENT.sub("the video", t)
    t = _OF_WHAT_IT_SHOWS.sub(_of_what_it_shows, t)
    t = _ENDS_ON_WHAT_IT_SHOWS.sub(_what_it_shows_at_the_end, t)
    # "make a part of the video black and white, from 0:10 to 0:20": that part, by its times
    # (the part is what a verb that keeps or cuts it out takes: "save a part of the video
    # from 0:05 to 0:30" keeps it)
    if not _KEEPS_OR_CUTS.match(t):
        t = re.sub(
            r"\b(?:a|one) (?:part|section|portion|segment|bit|piece) of (?:the video|it)\b"
            r"(?=[^\"]*?,? \(?(?:from|between) (?:second |minute )?\d)",
            "it",
            t,
        )
    t = _RANGE_OF_IT.sub(r"\1", t)
    # "speed up the middle part 0:20-0:40": the part, said what it is, then its times
    t = re.sub(
        r"\bthe (?:[a-z]+ ){1,2}(part|section|segment|bit|portion|stretch)"
        r"(?= (?:from |between )?(?:second |minute )?\d)",
        r"the \1",
        t,
    )
    # "slow the trick down to quarter speed from 0:12 to 0:15": the part, what is in it said,
    # how much said before its times
    t = _PART_VALUE_TIMES.sub(r"the part\g<particle> \g<times> \g<value>", t)
    # "cut a section out of the middle of the video, from 2:00 to 2:30": where the part is,
    # in words, then its times
    t = re.sub(
        r"\b(an?|the) (part|section|segment|bit|portion|piece|chunk) (?:out of|from|in) the "
        r"middle(?: of (?:the video|it))?,? (?=\(?(?:from |between )?(?:second |minute )?\d)",
        r"\1 \2 ",
        t,
    )
    # "cut the video at 1:30 and remove everything after": all of it after that point
    t = re.sub(
        r"^(?:cut|split|stop|end) (?:the video |it )?at (?P<t>\S+),? (?:and |then )+"
        r"(?:remove|delete|discard|drop|throw away|get rid of|lose|cut|trim)(?: off| out| away)? "
        r"(?:everything|"
        r"all|the rest|what comes|whatever comes)(?: of (?:it|the video))? (?P<w>after|before)"
        r"(?: (?:it|that|this|that point|this point))?(?:wards)?$",
        lambda m: f"remove everything {m['w']} {m['t']}",
        t,
    )
    # "cut the video at 2:30 and keep only the first part": the part before that point (or
    # after it, "the second part")
    t = re.sub(
        r"^(?:cut|split|divide|chop) (?:the video |it )?at (?P<t>\S+),? (?:and |then )+keep "
        r"(?:only |just )?the (?P<w>first|second|last|other|latter|former|beginning|end) (?:part|"
        r"piece|half|bit|section|one)$",
        lambda m: (
            f"keep everything before {m['t']}"
            if m["w"] in ("first", "former", "beginning")
            else f"keep everything after {m['t']}"
            if m["w"] in ("second", "last", "latter", "end")
            else m[0]
        ),
        t,
    )
    # "cut out the bit where I sneeze, at 0:45 to 0:48": the part said by what happens in it,
    # then its times
    # ("remove the ending where I turn the camera off, the last 3 seconds": the end, then
    # which part of it)
    t = re.sub(
        rf"\b(an?|the) (?:{_PART_NOUNS}|(?P<edge>{_END_NOUNS})) "
        r"(?:where|when|in which) (?![^,\d]*\b(?:should|must|needs?|wants?|please|add|put|insert|"
        r"apply)\b)(?:i|i'm|we|we're|you|he|she|they|it|it's|there|"
        r"(?:the|my|our|his|her|their|a|an) [a-z]+)\b(?:(?! (?:and|then|but)\b) [a-z'-]+){1,8}?"
        r",? (?:at )?(?:(?(edge)(?=the (?:very )?(?:first|last|final) \d)|"
        r"(?=(?:(?:from|between) )?(?:second |minute )?\d[\d:.]*(?: ?(?:s|secs?|"
        r"seconds?|mins?|minutes?))? ?(?:to|-|and|until|till|through) ?\d)))",
        lambda m: "" if m["edge"] else f"{m[1]} part ",
        t,
    )
    # "keep the section about file uploads (10:29 - 17:29)": the part said by what it is about,
    # then its times
    t = re.sub(
        rf"\b(an?|the) (?:{_PART_NOUNS}) (?:about|on|covering|showing|discussing|explaining) "
        r"(?:(?! (?:and|then|but)\b)[a-z'-]+ ){0,5}?[a-z'-]+,? (?:at )?"
        r"(?=\(?(?:about |around |roughly )?(?:(?:from|between) )?\d[\d:.]*(?: ?(?:s|secs?|"
        r"seconds?|mins?|minutes?))? ?(?:to|-|and|until|till|through) ?\d)",
        r"\1 part ",
        t,
    )
    # "mute the first 10 seconds of the audio": the sound, for that part
    t = _RANGE_OF_THE_SOUND.sub(r"the \2 for \1", t)
    # "convert only the first 5 minutes": that part, in the form it has
    t = _CONVERT_A_PART.sub("keep ", t)
    t = _PARTS_SAID(t)
    t = _SYNONYMS(t)
    # "keep the video from the start to 1:40" -> "keep everything before 1:40": the part said
    return _THE_VIDEO_THEN_PART.sub(r"\1", t)


#: The verbs that keep a part or cut it out, at the start of a clause.
_KEEPS_OR_CUTS = re.compile(
    r"(?:save|keep|export|extract|take|get|grab|isolate|copy|clip|cut|trim|remove|delete|crop|"
    r"split|snip|chop|drop|skip|erase|render|make a (?:gif|clip|video))\b"
)

_THE_VIDEO_THEN_PART = re.compile(
    # (not after "trim" or a bare "cut": "trim the video from the start to 1:40" may keep that
    # part, as "trim it from 0:05 to 0:30" does, or cut it off)
    r"^((?:keep|cut out|remove|delete|mute|save|export)(?: only| just)?) (?:it|the video)"
    r"(?= everything (?:before|after) \d)"
)


_BEFORE_NOUNS = Rewrites(lexicon.BEFORE_NOUNS)
_DEGREE = Rewrites(lexicon.DEGREE)
_HELD_FRAME = Rewrites(lexicon.HELD_FRAME)
_SYNONYMS = Rewrites(lexicon.SYNONYMS)


_T_ = PIECES["time"]
#: "from the video", "in the footage of the live event": the video, its content said.
_OF_THE_VIDEO = re.compile(
    r"(?:of|from|in|on|for) the video(?: (?:of|from|at|with) (?:the |a |an |my |our )?"
    r"(?:[a-z'-]+ ){0,3}[a-z'-]+)?"
)
#: A part of the video by its times: "the first 8 seconds", "from 2:00 to 7:00", "1:00-1:15".
_RANGE_SAID = (
    rf"(?:the )?(?:very )?(?:first|last|final) {_T_}"
    rf"|(?:from |between )?(?:second |minute )?{_T_} ?(?:to|-|and|until|till|through) ?{_T_}"
)
#: "the first 8 seconds of the video": the part, the video it is of said again.
_RANGE_OF_IT = re.compile(
    # (not "… of the video of the sunset": what is in it is set aside first, see `_described`)
    rf"\b({_RANGE_SAID}) of (?:the video|it)\b(?! (?:of|showing|featuring|where)\b)"
)
_RANGE_OF_THE_SOUND = re.compile(rf"\b({_RANGE_SAID}) of (?:the )?(audio|sound)\b")
#: "save part of the video as a gif, e.g. the first 8 seconds": a part, then which one.
_PART_OF_IT = re.compile(
    r"\b(?:(?:only|just) )?(?:a |some |one )?(?:(?:specific|certain|particular|given|short|small)"
    r" )?(?:part|portion|section|segment|bit|piece|excerpt|snippet) of (?:the|this|my|a) "
    r"(?:[\w-]+ )?(?:video|clip|file|recording|movie|footage)"
    r"(?P<mid> (?:as|to|into|in) [^,:;()]{1,40}?)?"
    r"\s*[,:;(]\s*(?:(?:eg|for example|for instance|say|like|such as|ie|namely|specifically)"
    r"\b,?\s*)?(?P<which>[^,:;()]+?)\)?(?=\s*(?:$|[,;:.!?]))",
    re.IGNORECASE,
)

#: What the video is now, said as where the edit starts from: "from a 4:3 source".
_SOURCE_SAID = (
    rf"from (?:a|an|the|its|my) (?P<fact>{lexicon.RATIO_FACT}|\d{{3,5}} ?x ?\d{{3,5}}|\d{{3,4}}p)"
    r"(?: (?:source|original|input|video|footage|file|recording))?$"
)
#: Parts and amounts said in everyday words, as the grammars spell them.
_PARTS_SAID = Rewrites(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # "from starting to 100 second": from the start
        (r"\bfrom starting(?= (?:to|till|until|-) )", "from the start"),
        # "from 7 seconds in", "at 2 minutes into the video": at that time
        (rf"\b(from|at|starting at|beginning at) ({_T_}) in(?:to (?:the video|it))?\b", r"\1 \2"),
        # "the portion of the video which starts at 0:30": from then to the end
        (
            rf"\bthe (?:part|portion|section|segment|bit)(?: of the video)? (?:which|that) "
            rf"(?:starts|begins) (?:at|on|from) ({_T_})$",
            r"from \1 to the end",
        ),
        # "20 times real time": 20 times as fast
        # ("about 32x normal speed": a factor, said about)
        (
            r"\b(?:about |around |roughly |approximately )?(\d+(?:\.\d+)?) ?(?:times|x) (?:the )?"
            r"(?:real ?time|realtime|(?:normal|original|regular|real) speed)\b",
            r"\1x",
        ),
        # "to 80% width and height", "to 50% of its size": that share of the size
        (
            r"\b(\d+(?:\.\d+)?) ?% (?:(?:of )?(?:its |the )?(?:width and height|height and width"
            r"|both dimensions))\b",
            r"\1%",
        ),
        # "slow it from its original 50fps down to …": the rate it has, checked against the
        # file (`_FROM_RATE`), no value of the edit
        (
            r" from (?:its|the) (?:original |native |source )?\d+(?:\.\d+)? ?fps"
            r"(?= (?:down|up|to)\b)",
            "",
        ),
        # "with Twixtor rendering new frames in between": new frames made between the real
        # ones, as motion interpolation makes them
        (
            r",? (?:with (?:[a-z]+ )?)?(?:rendering|generating|creating|making|interpolating|"
            r"adding) (?:new |extra |intermediate |in-between )?frames (?:in )?between(?: them)?"
            r"|,? with (?:new |extra |intermediate )?frames (?:rendered|generated|created|made|"
            r"interpolated|added) (?:in )?between(?: them)?",
            " with frame interpolation",
        ),
        # "crop it to 16:9 from a 4:3 source": what it is now, checked against the file
        # (`_FROM_SOURCE`), no value of the edit
        (rf" {_SOURCE_SAID}", ""),
        # "apply a plain gain of +15 dB": the volume changed by it
        (
            r"\b(?:apply|add|use|put) (?:a |an )?(?:plain |simple |flat |digital |fixed )?"
            r"(?:audio |sound |volume )?gain of (?=[+-]?\d+(?:\.\d+)? ?db\b)",
            "change the volume by ",
        ),
        # "to 10% of that speed", "to half of its original speed": of the speed it has
        (
            r"\b(\d+(?:\.\d+)?% |half |a quarter |a third )of (?:that|its|the|their) "
            r"(?:original |normal |real |current )?speed\b",
            r"\1speed",
        ),
        # "with the framerate set exactly to 7.5 fps": at that rate
        (
            r"\bwith (?:the|a|its) frame ?rate (?:set )?(?:exactly |precisely )?(?:to|at|of) "
            r"(\d+(?:\.\d+)?) ?fps\b",
            r"at \1 fps",
        ),
    )
)

_CONVERT_A_PART = re.compile(
    r"^(?:convert|transcode|re-?encode|encode|render|export)(?: only| just)? "
    rf"(?=(?:{_RANGE_SAID})$)"
)


def _the_part_said(m: re.Match[str]) -> str:
    """ "save part of the video as a gif, e.g. the first 8 seconds" -> "save the first 8
    seconds as a gif", when what follows the part is its times; else as said."""
    which = m["which"].strip()
    if "\x00" in which or not re.fullmatch(_RANGE_SAID, _RANGE_OF_IT.sub(r"\1", normalize(which))):
        return m[0]
    return f"{which}{m['mid'] or ''}"


#: "30 seconds starting at 2:15", "from 2:15 for 30 seconds": a part by where it starts and
#: how long it is.
_FOR_FROM = re.compile(
    rf"(?:the |a )?(?P<d>{_T_}) (?:long )?(?:starting|beginning|from|that starts|which starts|"
    rf"after)(?: at| from)? (?P<a>{_T_})(?! ?(?:to|-|till|until|and) ?\d)"
    rf"|(?:(?:starting|beginning) (?:at|from)|from) (?P<a2>{_T_}) for (?:the next )?(?P<d2>{_T_})"
    rf"|(?:an? |the )?(?P<d3>{_T_}) (?:long )?(?P<kind>gif|clip|part|segment|section|piece|bit) "
    rf"(?:starting|beginning|from)(?: at| from)? (?P<a3>{_T_})(?![\d:.])"
    r"(?! ?(?:to|-|till|until) ?\d)"
    # "with start time 00:00:00 and duration 00:00:10", "starting at 1:00 with a length of 20 s"
    rf"|(?:(?:with|that has|having) )?(?:a )?(?:start|starting|start ?time|start point|begin|"
    rf"beginning)(?: at| of| from| =|:)? (?P<a4>{_T_}),? (?:and|with|for) (?:a |the )?"
    rf"(?:duration|length|runtime)(?: of| =|:)? (?P<d4>{_T_})"
)
#: "a 15s clip that ends at 5:27", "the 15 seconds before 5:27": a part by its length and where
#: it ends.
_ENDS_AT = re.compile(
    rf"(?:an? |the )?(?P<d>{_T_}) (?:long )?(?:(?:clip|part|segment|section|piece|bit|excerpt|"
    rf"gif) )?(?:that|which) ends? at (?P<b>{_T_})(?! ?(?:to|-|and) ?\d)"
    rf"|the (?P<d2>{_T_}) (?:right )?(?:before|leading up to|up to) (?P<b2>{_T_})"
    r"(?! ?(?:to|-|and) ?\d)"
)
#: "the second hour", "the third minute": a part by its place, counted in hours or minutes
#: (the first is the first 1 hour or minute, read as such).
_NTH_UNIT = re.compile(
    r"\bthe (?P<n>second|third|fourth|fifth|2nd|3rd|4th|5th) (?P<u>hour|minute)"
    r"(?: of (?:the video|it))?\b"
)
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


def _nth_unit(m: re.Match[str]) -> str:
    unit = 3600 if m["u"].lower() == "hour" else 60
    start = (_NTH[m["n"].lower()] - 1) * unit
    return f"from {fmt_clock(start)} to {fmt_clock(start + unit)}"


#: "the middle 5 minutes": a part around the middle, the video's length known.
_MIDDLE = re.compile(
    rf"(?:the )?(?:middle|central|center) (?P<d>{_T_})(?! ?(?:to|-) ?\d)"
    rf"|(?P<d2>{_T_}) (?:from|in|of|around|at) the (?:middle|center|centre)"
)


#: "the best 60 seconds, between 3:07 and 4:07": a part by its length, then its times.
_LENGTH_THEN_TIMES = re.compile(
    r"\bthe (?:(?:best|good|interesting|important|key|relevant|funny|funniest|exciting|nice|"
    rf"useful|main|actual) )?(?P<d>{_T_}) (?:of (?:the video|it) )?,? ?(?:between|from) "
    rf"(?P<a>{_T_}) (?:and|to|-) (?P<b>{_T_})"
)
#: "at 50% of the timeline", "at 25 percent of the way through": a moment by its share.
_AT_SHARE = re.compile(
    r"\bat (?P<p>\d+(?:\.\d+)?) ?(?:%|percent\b) (?:of (?:the )?(?:timeline|video|way through|way|"
    r"duration|length|runtime|playing time|playback)(?: of (?:it|the video))?|(?:of the way )?"
    r"(?:through|into) (?:it|the video))"
)
#: "the first 2 min of conceptual info": a part at an end, what is in it said after it.
_END_PART_OF_WHAT = re.compile(
    rf"\b(?P<part>the (?:first|last|final|opening|closing) (?:{_T_}|minute|second|hour)) of "
    r"(?!(?:the|this|my|each|every|all|both|it|them|that|these|those)\b)"
    r"(?P<what>(?:(?!(?:from|in|off|out|at|and|audio|sound|music|voice|video|picture|footage|"
    r"clip|recording|movie|film|silence)\b)[a-z'-]+(?: |(?=$|,|;))){1,6}?)"
    r"(?=$|,|;|and |from |in |off |out |at )"
)


def _spans(t: str) -> str:
    """Parts given by a start and a length, or as the middle, as the times they span:
    "30 seconds starting at 2:15" -> "from 2:15 to 2:45"."""

    def span(a: float, d: float) -> str:
        return f"from {fmt_clock(a)} to {fmt_clock(a + d)}"

    def for_from(m: re.Match[str]) -> str:
        start, length = next(
            (m[f"a{i}"], m[f"d{i}"]) for i in ("", "2", "3", "4") if m[f"a{i}"] is not None
        )
        if time_unit(length) is None and ":" not in length:
            return m[0]  # "5 from 10": no unit says which is the length
        try:
            said = span(parse_time(start), parse_time(length))
        except ValueError:
            return m[0]
        return f"a {m['kind']} {said}" if m["kind"] else said

    def middle(m: re.Match[str]) -> str:
        duration = media_duration.get()
        length = m["d"] or m["d2"]
        if duration is None or time_unit(length) is None:
            return m[0]
        d = parse_time(length)
        return span(max(0.0, (duration - d) / 2), d) if d < duration else m[0]

    def part(m: re.Match[str]) -> str:
        duration = media_duration.get()
        if duration is None:
            return m[0]
        n = {"half": 2, "third": 3, "quarter": 4}[m["part"]]
        which = m["which"]
        if which in ("first", "1st", "opening", "front", "beginning", "former"):
            return span(0.0, duration / n)
        if which in ("last", "final", "closing", "ending", "end", "back", "latter") or (
            which == "second" and n == 2
        ):
            return span(duration - duration / n, duration / n)
        index = {"second": 1, "2nd": 1, "third": 2, "3rd": 2}[which]
        return span(duration * index / n, duration / n) if index < n else m[0]

    def halfway(m: re.Match[str]) -> str:
        duration = media_duration.get()
        return m[0] if duration is None else f"{m['what']} at {fmt_clock(duration / 2)}"

    def share(m: re.Match[str]) -> str:
        duration, percent = media_duration.get(), float(m["p"])
        if duration is None or not 0 < percent < 100:
            return m[0]
        return f"the {m['which']} {fmt_clock(duration * percent / 100)}"

    def ends_at(m: re.Match[str]) -> str:
        length, end = m["d"] or m["d2"], m["b"] or m["b2"]
        if time_unit(length) is None and ":" not in length:
            return m[0]  # ("the 5 before 0:20": no unit says which is the length)
        try:
            d, b = parse_time(length), parse_time(end)
        except ValueError:
            return m[0]
        return span(b - d, d) if 0 < d <= b else m[0]

    def last_frame(m: re.Match[str]) -> str:
        duration, fps = media_duration.get(), media_fps.get()
        if duration is None:
            return m[0]
        return f"{m['what']} at {fmt_clock(max(0.0, duration - 1 / (fps or 30)))}"

    def length_then_times(m: re.Match[str]) -> str:
        if time_unit(m["d"]) is None:
            return m[0]
        try:
            d, a, b = parse_time(m["d"]), *parse_times(m["a"], m["b"])
        except ValueError:
            return m[0]
        # (a length the times do not span is said two ways: read as said, and refused)
        return f"from {fmt_clock(a)} to {fmt_clock(b)}" if abs((b - a) - d) <= 1 else m[0]

    def end_part(m: re.Match[str]) -> str:
        # (no word of an edit is taken for what is in it: "the first 5 s of black" is asked)
        words = set(m["what"].split())
        return m[0] if words & lexicon.EDIT_WORDS else f"{m['part']} "

    def at_share(m: re.Match[str]) -> str:
        duration, percent = media_duration.get(), float(m["p"])
        if duration is None or not 0 <= percent <= 100:
            return m[0]
        return f"at {fmt_clock(round(duration * percent / 100, 3))}"

    t = _AT_SHARE.sub(at_share, t)
    t = _END_PART_OF_WHAT.sub(end_part, _LENGTH_THEN_TIMES.sub(length_then_times, t))
    t = _STILL_FROM_THE_END.sub(last_frame, _ENDS_AT.sub(ends_at, t))
    t = _STILL_FROM_THE_MIDDLE.sub(halfway, _SHARE_OF.sub(share, t))
    # "trim the second half", as "trim the first 5 seconds": the part goes (never "trim 0:30
    # to 1:00", which keeps it)
    t = re.sub(rf"\btrim(?: off| away| out)? (?={_PART_OF.pattern})", "cut ", t)
    return _PART_OF.sub(part, _MIDDLE.sub(middle, _FOR_FROM.sub(for_from, t)))


#: "a thumbnail from the last frame": the video's last frame.
_STILL_FROM_THE_END = re.compile(
    r"\b(?P<what>(?:screenshot|screen shot|thumbnail|snapshot|still|picture|image|photo|"
    r"poster(?: frame)?)s?) (?:from|of|at|on) the (?:very )?(?:last|final) frame"
    r"(?: of (?:the video|it|this|the clip))?\b"
)
#: "a thumbnail from the middle of the video": one frame, halfway through.
_STILL_FROM_THE_MIDDLE = re.compile(
    r"\b(?P<what>(?:screenshot|screen shot|thumbnail|snapshot|still|frame|picture|image|photo|"
    r"poster(?: frame)?)s?) (?:from|in|at|of) the (?:middle|midpoint|halfway point|half-way point)"
    r"(?: of (?:the video|it|this|the clip))?\b"
)


#: "the first 30% of the video": a part by its share of the video, in percent.
_SHARE_OF = re.compile(
    r"\bthe (?P<which>first|last) (?P<p>\d+(?:\.\d+)?) ?(?:%|percent\b|per cent\b)"
    r"(?: of (?:the video|it))?"
)
#: "the first half", "the last third", "the second quarter": a part by its share of the video.
_PART_OF = re.compile(
    r"\bthe (?P<which>first|1st|second|2nd|third|3rd|last|final|opening|closing|ending|"
    # ("the end half", "the latter half": the second)
    r"(?:front|beginning|former|end|back|latter)(?= half\b)) "
    r"(?P<part>half|third|quarter)(?: of (?:the video|it))?\b"
)


def fmt_clock(seconds: float) -> str:
    """0:05, 2:15.5, 1:02:03: a time as a clock shows it, for text the grammars read again."""
    whole = int(seconds)
    fraction = f"{seconds - whole:.3f}".lstrip("0").rstrip("0").rstrip(".")
    h, rest = divmod(whole, 3600)
    m, sec = divmod(rest, 60)
    clock = f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"
    return clock + fraction


def _names_another_file(words: Sequence[str]) -> bool:
    """Whether words said before "video" make it another file ("the intro video", "the second
    clip"); a unit after a number ("the 85 second video") names none."""
    videos = any(g.rsplit(".", 1)[-1].lower() in _EXTS["video"] | {"gif"} for g in _given.get())
    return any(
        w in lexicon.OTHER_FILE
        and not (n and re.search(r"\d", words[n - 1]) and _UNIT.fullmatch(w))
        # (with no other video given, "the big movie" is the one edited)
        and (videos or w not in ("big", "small", "large", "short", "long"))
        for n, w in enumerate(words)
    )


#: Makers and lines of phones and cameras whose models go by a number: "iPhone 6S", "Hero 4".
_MAKES = frozenset(
    {"iphone", "ipad", "galaxy", "pixel", "hero", "xperia", "note", "moto", "nexus", "lumia",
     "oneplus", "redmi", "mavic", "osmo", "insta360", "powershot", "coolpix", "lumix"}
)  # fmt: skip
#: A model's number, with the letters that may follow it: "6s", "4", "12", "s5".
_MODEL = re.compile(r"~?(?:s)?\d{1,2}[a-z]{0,3}")
_MODEL_NUMBER = re.compile(rf"\b({'|'.join(sorted(_MAKES))}) s?\d{{1,2}}[a-z]{{0,3}}\b")


#: Words of what a video is that would name another file beside it ("the intro video"), but
#: not the one said with "this" when no other video is given ("make this intro video …").
_WHAT_A_VIDEO_IS = frozenset({"intro", "outro", "opening", "ending", "closing", "title", "b-roll"})


def _plain_object(m: re.Match[str]) -> str:
    """ "the lecture video" -> "the video", keeping what states a fact ("the 5 sec video"),
    unless a word of it names another file ("the intro video", "the second clip")."""
    words = m["words"].split()
    stems = {n.rsplit(".", 1)[0].lower() for n in _given.get()}
    videos = any(g.rsplit(".", 1)[-1].lower() in _EXTS["video"] | {"gif"} for g in _given.get())
    if (
        _names_another_file(words)
        # ("make this (chapter) intro video fade out": with no other video given, "this" one is
        # edited, whatever else is said of it)
        and (
            videos
            or m["det"].lower() != "this"
            or _names_another_file([w for w in words if w not in _WHAT_A_VIDEO_IS])
        )
    ) or any(w in stems for w in words):
        return m[0]
    # ("my iPhone 6S video": a model's number after its maker's name, never 6 seconds)
    words = [
        w
        for n, w in enumerate(words)
        if not (n and words[n - 1].lstrip("~") in _MAKES and _MODEL.fullmatch(w))
    ]
    said = f"{m['det']} {' '.join(words)} {m['noun']}"
    facts = lexicon.OBJECT.match(said)
    if facts is not None and facts.end() == len(said):
        return said  # every word is a fact or a modifier the lexicon knows: read as it is
    # what states a fact, with its unit ("the 36 min board meeting video": "the 36 min video");
    # a name with a digit in it says no fact ("the GoPro Hero3 video", "the iPhone 15 clip")
    words = [w.lstrip("~") for w in words]
    kept: list[str] = []
    for n, w in enumerate(words):
        after = words[n + 1] if n + 1 < len(words) else ""
        if kept and kept[-1] == words[n - 1] and re.search(r"\d", kept[-1]) and _UNIT.fullmatch(w):
            kept.append(w)  # its unit
        elif _FACT_WORD.fullmatch(w) and not (
            # a number that ends a name ("the iPhone 15 video"), not one with its unit
            n and w.isdigit() and not _UNIT.fullmatch(after) and not re.search(r"\d", words[n - 1])
        ):
            kept.append(w)
    # (whose it is says no fact: "Matthew's video" is the video)
    det = "the" if m["det"].endswith("'s") else m["det"]
    return " ".join([det, *kept, m["noun"]])


#: A word that states a fact about the video: its length, size, rate or shape, or a number.
_FACT_WORD = re.compile(rf"\d+(?:\.\d+)?|(?=.*\d){lexicon.STATED_FACT}")


_UNIT = re.compile(
    r"s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|fps|mb|gb|kb|megs?|gigs?|px|pixels?|p|k"
)


_END_FRAME = re.compile(
    r"\b(?:freeze|hold|pause (?:on|at)|extend|lengthen|prolong)(?: on)? the "
    r"(?P<which>last|final|first|opening) frame"
    r"|\bfreeze the frame at the (?P<end>end|very end)"
)
#: "pause the video at the start for 2 seconds", "a 2 second pause at the end": a frame held
#: where the video starts or ends.
_PAUSE_AT_AN_END = re.compile(
    # ("cut the 10 seconds of pause at the start": a pause there, cut)
    r"\b(?<!of )(?P<verb>pause|freeze(?:[- ]?frame)?)(?P<it> it| the (?:video|clip|picture))?"
    r" at the "
    r"(?:very )?(?:(?P<first>start|beginning)|end|ending)(?: of (?:it|the video|the clip))?"
    r"(?= for \d|$)"
)


def _ends(t: str) -> str:
    """ "Hold the last frame": the frame just before the end, at its time (the video's length
    known), so freezing it reads like any other frame's."""
    duration = media_duration.get()
    if duration is None:
        return t

    def at(m: re.Match[str]) -> str:
        said = m.groupdict()
        first = said.get("which") in ("first", "opening") or bool(said.get("first"))
        picture = _picture.get()
        frame = 1 / picture[2] if picture and picture[2] else 1 / 30
        # A frame and a half before the end (within the last whole frame's time), and never
        # within the end's slack, where the freeze finds no frame to hold.
        seconds = 0.0 if first else max(0.0, min(duration - 1.5 * frame, duration - 0.051))
        if "verb" in said:
            return f"{m['verb']}{m['it'] or ''} at {seconds:.3f}s"
        return f"freeze the frame at {seconds:.3f}s"

    def nth(m: re.Match[str]) -> str:
        picture = _picture.get()
        n = int(m["n"] or m["n2"])
        if not picture or not picture[2] or n < 1:
            return m[0]
        return f"the frame at {(n - 1) / picture[2]:.3f}s"

    def frames(m: re.Match[str]) -> str:
        picture = _picture.get()
        if not picture or not picture[2]:
            return m[0]
        return f"{int(m['n']) / picture[2]:.3f}s"

    # "cut the video in half and keep the second half": the half is said after it, as its
    # times; the split itself is no edit
    if _IN_HALF.match(t):
        # ("… and remove the first part": of two, a half)
        t = re.sub(
            r"\b(first|second|last|other) (?:part|piece|one)\b", r"\1 half", _IN_HALF.sub("", t)
        )
    said = _END_FRAME.search(t)
    if said is not None and said.group("which") in ("last", "final"):
        # "hold the final frame for 3 seconds at the end": where the last frame is, said again
        t = re.sub(r" at the (?:very )?end(?: of (?:it|the video|the clip))?$", "", t)
    t = _PAUSE_AT_AN_END.sub(at, _END_FRAME.sub(at, t))
    return _FRAMES.sub(frames, _NTH_FRAME.sub(nth, t))


#: "split the video in half", "cut it in two", then the half kept or cut ("and keep the
#: second half"): the split only says where the halves meet.
_IN_HALF = re.compile(
    r"^(?:split|cut|divide|chop) (?:it|the video) (?:in half|in 50%|in (?:two|2)|into (?:two|2)"
    r"(?: parts| halves| pieces)?|in the middle) and (?=(?:keep|remove|delete|cut out|drop|get rid"
    r" of|throw away) )"
)


#: "the first 1000 frames": a length in frames, as seconds at the video's rate.
_FRAMES = re.compile(
    # (never "1 out of 2 frames": a share of the frames)
    r"(?<![\d.:/x×-])(?<!every )(?<!out of )(?<!out of every )(?P<n>\d+) frames?\b"
    r"(?! ?(?:per|a second|each second|/ ?s|every|"
    r"of\b))"
)


#: "the 5th frame", "frame number 120": a frame by its place, counted from 1.
_NTH_FRAME = re.compile(
    r"\b(?:the )?(?P<n>\d+)(?:st|nd|rd|th) frame\b|\bframe (?:number |no\.? ?|#)(?P<n2>\d+)\b"
)


def _facts(clause: str) -> None:
    """InvalidRequest when the request says the video is a length it is not ("the last 2 sec
    of the 5 sec video" of a 60 s one): which part is meant is then a question, not a guess."""
    duration = media_duration.get()
    if duration is None:
        return
    # ("my iPhone 6S video": a model's number after its maker's name, never 6 seconds)
    clause = _MODEL_NUMBER.sub(r"\1", clause.lower())
    # ("the ninety minutes of footage": a length in words, before what it is said of)
    clause = _NUMBER_WORDS.sub(_number_word, clause)
    clause = re.sub(lexicon.HOUR_OF_FOOTAGE, lexicon.its_length, clause)
    clause = re.sub(lexicon.SECTION_OF_FOOTAGE, lexicon.SECTION_AS_FOOTAGE, clause)
    clause = re.sub(lexicon.LENGTH_OF_FOOTAGE, r"\1 \2 \3 \4", clause)
    said_of_it = [*lexicon.OBJECT.finditer(clause)]
    # ("the 36 min board meeting video": a length among the words that say what it is)
    said_of_it += (
        m
        for m in lexicon.LOOSE_OBJECT.finditer(clause)
        if not _names_another_file(m["words"].split())  # (not "the 5 sec intro video")
    )
    for said in said_of_it:
        fact = lexicon.DURATION_FACT.search(said.group(0))
        if fact is None:
            continue
        if fact["clock"]:
            _length_agrees(parse_time(fact["clock"]), duration)
            continue
        seconds = parse_time(f"{fact['n']} {fact['unit']}")
        if fact["n2"]:
            seconds += parse_time(f"{fact['n2']} {fact['unit2']}")
        least = _LEAST_OF_A_RANGE.search(clause[: said.start() + fact.start()])
        if least is not None and not fact["n2"]:
            # ("the 2-3 minute video": a length between the two)
            low = parse_time(f"{least[1]} {fact['unit']}")
            if low < seconds and low - max(1.0, 0.1 * low) <= duration:
                _length_agrees(min(seconds, max(low, duration)), duration)
                continue
        _length_agrees(seconds, duration)


#: The least of a length said as a range, before its most: "2-" of "the 2-3 minute video".
_LEAST_OF_A_RANGE = re.compile(r"(?<![\d.:])(\d+(?:\.\d+)?) ?(?:-|–|to|or) ?$")


def _length_agrees(seconds: float, duration: float, said: str = "") -> None:
    """InvalidRequest when a length said of the video is not its length; `said` quotes the
    words that say it."""
    if abs(seconds - duration) > max(1.0, 0.1 * duration):
        raise InvalidRequest(
            f"{said}the request says the video is {fmt_seconds(seconds)} long, but it is "
            f"{fmt_seconds(duration)}; say which part you mean with times in this one"
        )


def _rate_agrees(rate: float, fps: float, said: str = "") -> None:
    """InvalidRequest when a frame rate said of the video is not its rate."""
    if abs(rate - fps) > 0.6:
        raise InvalidRequest(
            f"{said}the request says the video is {rate:g} fps, but it is {fps:g} fps; say what "
            "to do with this one"
        )


def _picture_facts(clause: str) -> None:
    """InvalidRequest when the request says the video has a size or frame rate it has not
    ("resize the 1920x800 movie" of a 1280x720 one): the request was written for another file."""
    picture = _picture.get()
    if picture is None:
        return
    width, height, fps = picture
    said_of_it = [
        *lexicon.OBJECT.finditer(clause.lower()),
        *lexicon.LOOSE_OBJECT.finditer(clause.lower()),
    ]
    low = _instead(clause.lower())
    # what it is changed from ("from 60 to 30 fps", "from 1080p to 720p"): what it is now
    if fps and (m := _FROM_RATE.search(low)):
        _rate_agrees(float(m["r"] or m["r2"] or m["r3"] or m["r4"] or m["r5"] or m["r6"]), fps)
    if (m := _FROM_SIZE.search(low)) and width and height:
        w, h = int(m["w"]), int(m["h"])
        if {w, h} != {width, height}:
            raise InvalidRequest(
                f"the request says the video is {w}x{h}, but it is {width}x{height}; "
                "say what to do with this one"
            )
    if (m := _FROM_SOURCE.search(low)) and width and height:
        # "crop it to 16:9 from a 4:3 source": its shape or size, as it is now
        _picture_facts(f"the {m['fact']} video")
    m = _FROM_LINES.search(low)
    if m and width and height and abs(int(m["p"]) - min(width, height)) > 16:
        raise InvalidRequest(
            f"the request says the video is {m['p']}p, but it is {width}x{height}; "
            "say what to do with this one"
        )
    for said in said_of_it:
        if (size := re.search(r"(\d{3,5}) ?x ?(\d{3,5})", said.group(0))) is not None:
            w, h = int(size[1]), int(size[2])
            if {w, h} != {width, height}:
                raise InvalidRequest(
                    f"the request says the video is {w}x{h}, but it is {width}x{height}; "
                    "say what to do with this one"
                )
        rate = re.search(r"(\d+(?:\.\d+)?) ?(?:fps|hz)\b", said.group(0))
        if rate is not None and fps:
            _rate_agrees(float(rate[1]), fps)
        shape = re.search(rf"(?<![\d:.])({lexicon.RATIO_FACT})(?![\d:])", said.group(0))
        if shape is not None and width and height:
            across, down = (float(v) for v in shape[1].split(":"))
            if abs(across / down - width / height) > 0.03 * width / height:
                raise InvalidRequest(
                    f"the request says the video is {shape[1]}, but it is {width}x{height}; "
                    "say what to do with this one"
                )


#: "the source frame rate is 60", "the video is only 10 minutes long": what a statement says
#: of the file's rate or length.
_STATED_RATE = re.compile(
    r"\b(?:frame ?rate|fps|framerate)(?: is| was| of| at)?(?: only| about| around| exactly)? "
    r"(?P<r>\d+(?:\.\d+)?)(?! ?(?:%|x|s\b|sec|min))"
    r"|\b(?:video|clip|footage|source|it|recording)(?: is| was| runs)(?: at)? "
    r"(?P<r2>\d+(?:\.\d+)?) ?fps\b"
)
_STATED_SIZE = re.compile(
    r"\b(?:video|clip|footage|source|it|recording|movie|film)(?:'s| is| was)(?: in| at)? "
    r"(?P<w>\d{3,5}) ?[x×] ?(?P<h>\d{3,5})\b"
)
_STATED_LENGTH = re.compile(
    r"\b(?:video|clip|footage|source|it|recording|movie)(?:'s| is| was| lasts| runs)"
    r"(?: only| about| around| roughly| exactly| just){0,2} (?:for )?"
    # ("it is 30 seconds" said whole: its length)
    rf"(?P<d>{_T_})(?: long| in length|$)"
    rf"|\b(?:i have|i've got|i got|we have|there is|this is|it is|it's) (?:an?|one|the|my) "
    rf"(?P<d2>{_T_})(?:-| )?(?:long )?(?:video|clip|footage|recording|movie|file)\b"
)


#: A frame rate, size or height changed from: "from 60 to 30 fps", "the frame rate from 60 to
#: 30", "from 1920x1080 to 1280x720", "from 1080p to 720p".
_FROM_RATE = re.compile(
    r"\bfrom (?P<r>\d+(?:\.\d+)?) ?(?:fps )?to \d+(?:\.\d+)? ?(?:fps|frames? (?:per|a) second)\b"
    r"|\b(?:frame ?rate|fps) from (?P<r2>\d+(?:\.\d+)?)(?: ?fps)? to \d"
    r"|\bfrom (?P<r3>\d+(?:\.\d+)?) ?fps to\b"
    r"|\b(?:frame ?rate|fps)\b[^0-9]{0,12}(?P<r4>\d+(?:\.\d+)?) ?(?:-+>|→|=>)"
    r"|\bfrom (?:its|the) (?:original |native |source )?(?P<r5>\d+(?:\.\d+)?) ?fps\b"
    r"|\bat (?P<r6>\d+(?:\.\d+)?) ?(?:fps|frames? per second) (?:in)?to \d+(?:\.\d+)? ?"
    r"(?:fps|frames?)"
)
_FROM_SIZE = re.compile(r"\bfrom (?P<w>\d{3,5}) ?[x×] ?(?P<h>\d{3,5}) to\b")
#: "720p instead of 1080p", "24 fps instead of 30": the value wanted, then the one it has.
_INSTEAD = re.compile(
    r"\b(?P<v>\d{3,4}p|\d+(?:\.\d+)? ?fps|\d{3,5} ?x ?\d{3,5}) instead of (?:the )?"
    r"(?:original |current |source |native )?(?P<u>\d{3,4}p|\d+(?:\.\d+)?(?: ?fps)?|"
    r"\d{3,5} ?x ?\d{3,5})\b"
)


def _instead(text: str) -> str:
    """ "720p instead of 1080p" said as "from 1080p to 720p": from what it has (a fact, checked
    against the file) to what is wanted; values of two kinds are left as they are."""

    def kind(value: str) -> str:
        return "p" if value.endswith("p") else "x" if "x" in value else "fps"

    def said(m: re.Match[str]) -> str:
        have = m["u"] if m["u"][-1].isalpha() or "x" in m["u"] else f"{m['u']} fps"
        return m[0] if kind(have) != kind(m["v"]) else f"from {have} to {m['v']}"

    return _INSTEAD.sub(said, text)


_FROM_LINES = re.compile(r"\bfrom (?P<p>\d{3,4})p to\b")
_FROM_SOURCE = re.compile(rf"\b{_SOURCE_SAID}")


#: Words of a file's size or of making it smaller.
_OF_A_SIZE = re.compile(
    r"\b(?:compress\w*|size|sized|big|bigger|large|larger|huge|smaller|shrunk|shrink\w*|"
    r"megabytes?|mb|gb|kb|bytes|file)\b"
)


def _stated(text: str) -> None:
    """InvalidRequest when a statement says the video has a frame rate or a length it has not:
    the request was written for another file, and what it asks is then a question."""
    said, quoted = text.lower(), f"'{text.strip()}': "
    picture, duration = _picture.get(), media_duration.get()
    if picture and picture[2] and (m := _STATED_RATE.search(said)):
        _rate_agrees(float(m["r"] or m["r2"]), picture[2], quoted)
    if duration and (m := _STATED_LENGTH.search(said)):
        length = m["d"] or m["d2"]
        # ("compressed, it is about 28M": a size, as "M" is said of a file's; never 28 minutes)
        megabytes = re.fullmatch(r"[\d.]+ ?m", length) and _OF_A_SIZE.search(said)
        if time_unit(length) is not None and not megabytes:
            _length_agrees(parse_time(length), duration, quoted)
    if m := _STATED_SIZE.search(said):
        _size_agrees(int(m["w"]), int(m["h"]), quoted)


def _size_agrees(width: int, height: int, said: str = "") -> None:
    """InvalidRequest when a picture size said of the video is not its size (either way
    round); `said` quotes the words that say it."""
    picture = _picture.get()
    if picture and picture[0] and {width, height} != {picture[0], picture[1]}:
        raise InvalidRequest(
            f"{said}the request says the video is {width}x{height}, but it is "
            f"{picture[0]}x{picture[1]}; say what to do with this one"
        )


#: The video's width, height and frame rate, when known, for the facts a request states.
_picture: ContextVar[tuple[int, int, float] | None] = ContextVar("picture", default=None)


# ---------------------------------------------------------------- clause splitting
_QUOTED = re.compile(r"\"[^\"]*\"|(?<![\w])'[^']*'(?![\w])")
_HARD = re.compile(
    # (a comma between digits is a list of numbers: "crop to 200,200,400,400")
    r"\s*(?:(?:(?<!\d),|,(?!\d)|[;!?\n])+|\.(?=\s|$)|(?<![\d:])\s[-–]\s(?![\d:])"
    # ("the next one" is no ordering word)
    r"|(?<!\bthe)(?<!\bthis)(?<!\bthat)(?<!\ba)"
    r"\s(?:and then|then|after that|afterwards|afterward|finally|lastly|and also|also|next)\b"
    r"(?! (?:being|been|be|getting)\b)"
    # ("it plays once and then stops": what it does next, in the statement, never an edit)
    r"(?! [a-z]+[^sui\W]s(?: (?:off|out|up|down|again|black|white|dark|silent))?(?:$|[\s,.;:!?])))"
    r"\s*",
    re.IGNORECASE,
)
# An ordering word left at the start of a clause by the split before it (", then make it ...").
_ORDERING = re.compile(
    r"^(?:and then|then|after that|afterwards|afterward|finally|lastly|and also|also|next)\b[\s,]*",
    re.IGNORECASE,
)
_SOFT = re.compile(r"\s+(?:and|&|\+|plus|as well as|along with|with)\s+", re.IGNORECASE)


_MASK = re.compile(r"\x00(\d+)\x00")


def _protect(prompt: str) -> tuple[str, list[str]]:
    """Quoted text is the user's own words: hide it from splitting, keep it verbatim. In a text
    hidden once and read again (a rewrite that reads the words before it), what is hidden
    already stays so: its marks restore to themselves."""
    marks = [int(n) for n in _MASK.findall(prompt)] if "\x00" in prompt else []
    quoted: list[str] = [f"\x00{n}\x00" for n in range(max(marks) + 1)] if marks else []

    def hide(m: re.Match[str]) -> str:
        # Quote marks are made plain for the grammars; what they hold is taken from `prompt`
        # itself (translating keeps every position: one character for one).
        quoted.append(m.group(0)[0] + prompt[m.start() + 1 : m.end() - 1] + m.group(0)[-1])
        return f"\x00{len(quoted) - 1}\x00"

    return _QUOTED.sub(hide, prompt.translate(_QUOTES)), quoted


def _restore(text: str, quoted: list[str]) -> str:
    return _MASK.sub(lambda m: quoted[int(m.group(1))], text)


def _sentence_before(text: str, m: re.Match[str]) -> bool:
    before = re.split(r"[,;!?\n]|\.(?=\s|$)", text[: m.start()])[-1].split()
    return len(before) >= 3


def split_clauses(prompt: str) -> list[str]:
    """Split at commas, periods, 'then', 'after that'...; 'and' is settled later, by grammar."""
    hidden, quoted = _protect(prompt)
    hidden = _HALF.sub(lambda m: f"{float(m.group(1)) + 0.5:g}", hidden)
    # "e.g." and "1,000" end no clause.
    hidden = lexicon.ABBREVIATIONS.sub(lambda m: m.group(1).replace(".", ""), hidden)
    hidden = _thousands(hidden)
    hidden = _PART_OF_IT.sub(_the_part_said, hidden)
    # "from the 5th second, 140 seconds long": where a part starts, then how long it is
    hidden = re.sub(
        # (a time in it: "from the full video, 100 mins long" is the video's length)
        r"\b((?:starting |beginning )?(?:from|at) (?=[^,;()]{0,25}?\d)[^,;()]{1,25}?), "
        r"((?:\d+(?:\.\d+)?|[a-z]+) ?"
        r"(?:s|secs?|seconds?|mins?|minutes?|hours?)) long\b",
        r"\1 for \2",
        hidden,
        flags=re.IGNORECASE,
    )
    # "remove the intro, first 10 seconds", "cut the ending - the last 4 seconds": the end
    # named, then which part of it (one part, read as its times)
    hidden = re.sub(
        r"\bthe (?:(?:intro|introduction|opening|beginning|start)(?: part| section| bit)?\s*"
        r"(?:,|\s[-–—])\s*(?:the )?(?=(?:very )?first \d)"
        r"|(?:outro|ending|end|closing)(?: part| section| bit)?\s*(?:,|\s[-–—])\s*"
        r"(?:the )?(?=(?:very )?(?:last|final) \d))",
        "the ",
        hidden,
        flags=re.IGNORECASE,
    )
    # "put it in slow motion, except the last two seconds at regular speed": the part the
    # edit leaves out, read with it (as it is said at its normal speed)
    hidden = re.sub(
        r",\s+((?:but |except |excluding |apart from |other than )(?:for )?(?:the )?(?:first|last|"
        r"final|opening|closing) [^,;:.()]{1,30}?)(?: (?:at|in) (?:the )?(?:regular|normal|"
        r"original|real|full|usual|real-time|realtime)(?: speed| time| pace)?| (?:left )?as (?:it "
        r"is|they are))?(?=$|[,;:.!?])",
        r" \1",
        hidden,
        flags=re.IGNORECASE,
    )
    # "black bars on the top and bottom, to make it look more cinematic": what look the bars
    # are for, read with them
    hidden = re.sub(
        r"\b((?:bars|letterbox(?:ing)?|matte|borders)(?: (?:on|at|to|across|along) (?:the )?top "
        r"and (?:the )?bottom(?: of (?:it|the (?:[\w'-]+ ){0,3}?(?:video|clip|footage|film|"
        r"movie)))?)?),"
        r"(?= (?:to make (?:it|the video) look|to give (?:it|the video) an?|for an?|so (?:that )?"
        r"(?:it|the video) looks?|to look) (?:more |a bit more |a more |really )?(?:cinematic|"
        r"like a (?:movie|film)))",
        r"\1",
        hidden,
        flags=re.IGNORECASE,
    )
    # "the source displays as 4:3: stretch it to 16:9": a colon after a whole sentence ends
    # it; after a word or two it labels what follows ("caption: 'Day 1'").
    # A statement after it is a sentence of its own too ("-vf eq=gamma=1.3: the result is
    # darker than the original").
    hidden = re.sub(
        r"(?<=\S):(?= )",
        lambda m: (
            ";"
            # (or after an aside that ends one: "… inaudible (about -33 dBFS): make it louder")
            if (
                (m.string[m.start() - 1].isalnum() or m.string[m.start() - 1] in ")%")
                and _sentence_before(hidden, m)
            )
            # ("extract the part from 0:01:00 to 0:02:30: ffmpeg …": after a time that ends one)
            or (re.search(r"\d:\d+$", m.string[: m.start()]) and _sentence_before(hidden, m))
            or lexicon.states(re.split(r"[,;!?]|\.(?=\s|$)", m.string[m.end() :], maxsplit=1)[0])
            or _a_tool_does(re.split(r"[,;!?]|\.(?=\s|$)", m.string[m.end() :], maxsplit=1)[0])
            # ("resize it: scale=540:-1": the edit, then said in ffmpeg's words)
            or re.match(r" (?:ffmpeg\b|-[a-z]|[a-z_]+ ?= ?[\w.-])", m.string[m.end() :])
            else ":"
        ),
        hidden,
    )
    # "…: currently, you can only view it on a PC": when what follows holds, said with a comma
    # (never a clause of its own)
    hidden = re.sub(
        r"((?:^|[.;:!?])\s*)(right now|currently|at the moment|at present|for now|nowadays|these "
        r"days),(?= [a-z])",
        r"\1\2",
        hidden,
        flags=re.IGNORECASE,
    )
    if _LIST_START.match(hidden):
        # "1. trim the first 5 seconds 2. make it black and white": a numbered list
        hidden = _LIST_ITEM.sub("; ", hidden)
    # "(start_frame=0, end_frame=1000)": an aside is one piece, whatever it holds
    hidden = re.sub(r"\([^()]*\)", lambda m: m[0].replace(",", "\x01").replace(";", "\x02"), hidden)
    parts = (
        _ORDERING.sub("", _restore(p, quoted).replace("\x01", ",").replace("\x02", ";").strip())
        # (": make it small" after an aside made a clause of its own: the colon ended it)
        .lstrip(": ")
        for p in _HARD.split(hidden)
    )
    # "too dark, brighten it", "needs to be under 8 MB": what the video is or is to be, its
    # subject left unsaid ("it's too dark", "it needs to be …")
    parts = (_with_its_subject(p) for p in parts)
    clauses = _in_order([p for p in parts if normalize(p) or p.lower() in _SAID_AGAIN])
    # "At 0:15, add text 'HELLO'": a time said first, on its own, is when the next clause's
    # edit is done; said last ("add text 'HELLO', at 0:15"), when the one before's is
    for i, clause in enumerate(clauses):
        if clause.lower().strip(" .") in _SAID_AGAIN:
            if i + 1 < len(clauses):  # "mute it, that is, remove the sound"
                clauses[i + 1] = f"{clause.strip(' .')}, {clauses[i + 1]}"
                clauses[i] = ""
            continue
        if (
            i
            and not re.search(r"\d", clause)
            and _OF_THE_VIDEO.fullmatch(normalize(clause))
            and all(lexicon.states(c) for c in clauses[i + 1 :])
        ):
            # "remove the camera shake, a kind of vibration, from the footage of the live
            # event": what every clause before is done to, said last (or before statements)
            clauses[i] = ""
            continue
        if i + 1 < len(clauses) and re.fullmatch(
            r"(?:of|from|in|on|for) the video", normalize(clause)
        ):
            # "of the 1920x1080 fullscreen video, get only the top left corner": what the next
            # clause is done to, said first (what it says of the video is checked with it)
            clauses[i + 1] = f"{clauses[i + 1]} {clause.strip(' ,')}"
            clauses[i] = ""
            continue
        if i and (
            (
                re.match(lexicon.SMALLER_FILE, clause.lower())
                and lexicon.PURPOSE.fullmatch(f", {clause.lower().strip(' .')}")
            )
            # ("reencode it, to save bandwidth": less data to send, what a smaller file is for)
            or _TO_MAKE_SMALLER.fullmatch(f", {clause.lower().strip(' .')}")
            # ("compress it, so it fits on a CD": the size it is made to)
            or re.fullmatch(r" ?to under \d+(?:\.\d+)? [mg]b", normalize(clause))
        ):
            # "downscale it, to cut its size": what the clause before is for (never a cut)
            clauses[i - 1] = f"{clauses[i - 1]}, {clause}"
            clauses[i] = ""
            continue
        if (
            i
            and _FORMATS_ONLY.fullmatch(clause.lower().strip(" ."))
            and _FORMATS_ONLY.search(clauses[i - 1].lower().rstrip(" ."))
        ):
            # "extract the audio as wav, mp3 or ogg": the formats offered, one list
            clauses[i - 1] = f"{clauses[i - 1]}, {clause}"
            clauses[i] = ""
            continue
        if i and _FOR_A_PLATFORM.fullmatch(f" {normalize(clause).strip(' .')}"):
            # "make it square, for instagram": where the clause before's result goes, read
            # with it (never a second change of shape)
            clauses[i - 1] = f"{clauses[i - 1]} {clause}"
            clauses[i] = ""
            continue
        if i and (
            re.match(r"(?:or|and) (?:who|those who|people who|for those who)\b", clause.lower())
            # ("…, for those of us who drive": whom the clause before is for)
            or _FOR_PEOPLE.fullmatch(f", {normalize(clause).strip(' .')}")
        ):
            # "for people with hearing difficulties, or who work without headphones": whom
            # the clause before says it is for, said on
            clauses[i - 1] = f"{clauses[i - 1]} {clause}"
            clauses[i] = ""
            continue
        if (
            i
            and re.match(r"(?:fading|faded|that fades|which fades) (?:in|out)\b", clause.lower())
            and _SOUND_FILE_SAID.search(clauses[i - 1].lower())
        ):
            # "add the music, fading out at the end": the music fades, said of it
            clauses[i - 1] = f"{clauses[i - 1]} {clause}"
            clauses[i] = ""
            continue
        if (
            i
            and (said := _said_of_it(clauses[i - 1], clause)) is not None
            and any(p.search(said) for p, _, _ in lexicon.COMPLAINTS)
        ):
            # "the picture is too dark, blurry": a fault said of it too, never "blur it"
            clauses[i] = said
            continue
        if _WHEN_ONLY.fullmatch(clause.lower().strip(" .")) and len(clauses) > 1:
            if i + 1 < len(clauses):
                clauses[i + 1] = f"{clauses[i + 1]} {clause}"
            else:
                clauses[i - 1] = f"{clauses[i - 1]} {clause}"
            clauses[i] = ""
    return [c for c in clauses if c]


def _with_its_subject(clause: str) -> str:
    """ "too dark" -> "it's too dark", "needs to be under 8 MB" -> "it needs to be under 8 MB":
    what the video is or is to be, said with the subject left unsaid."""
    if (m := lexicon.UNSAID_SUBJECT.fullmatch(clause.lower())) is None:
        return clause
    return f"it's {clause}" if m["is"] or m["is2"] else f"it {clause}"


#: Verbs of cutting that, not to be done, may be said of the picture ("don't cut the top").
_CUTTING = frozenset({"cut", "cutting", "chop", "chopping", "clip", "clipping", "lose", "losing"})
_CROPS = frozenset({"crop", "crop_area", "crop_edges", "platform"})


#: A sound file named, or music: what "…, fading out" after it is said of.
_SOUND_FILE_SAID = re.compile(
    r"\.(?:mp3|wav|m4a|aac|ogg|flac|opus)\b|\b(?:music|song|soundtrack|track|tune)\b"
)
#: Words that say the next clause is the one before again ("mute it, that is, remove the sound").
_SAID_AGAIN = frozenset({"that is", "ie", "i.e", "in other words", "namely"})
#: A numbered list: "1. trim it 2. mute it", "1) … 2) …".
_LIST_START = re.compile(r"\s*(?:1|a)[.)]\s+(?=[a-z])", re.IGNORECASE)
_LIST_ITEM = re.compile(r"(?:^|\s)(?:\d{1,2}|[a-h])[.)]\s+(?=[a-z])", re.IGNORECASE)
#: "after trimming the first 5 seconds, …", "before converting it to a gif, …": a step said
#: with when it is done.
_AFTER = re.compile(
    r"(?:after|once|when)(?: (?:you'?ve|you have|i'?ve|i have))? (?P<verb>[a-z]+ing) (?P<rest>.+)"
)
_BEFORE = re.compile(r"before (?P<verb>[a-z]+ing) (?P<rest>.+)")


def _in_order(clauses: list[str]) -> list[str]:
    """Clauses in the order their steps are done: "after trimming X" is "trim X" where it
    stands; "before converting it, trim it" is "trim it", then "convert it"."""
    done: list[str] = []
    later: str | None = None  # "before converting it": done after the clause that follows
    for clause in clauses:
        said = clause.lower()
        m = _AFTER.fullmatch(said) or _BEFORE.fullmatch(said)
        if m is not None and (verb := _base_form(m["verb"])) != m["verb"]:
            clause = f"{verb} {m['rest']}"
        else:
            m = None  # not a verb the grammars know: as it was said
        done.append(clause)
        if later is not None:
            done.append(later)
            later = None
        if m is not None and m.re is _BEFORE:
            later = done.pop()
    return done + ([later] if later is not None else [])


#: A clause that only says when: "at 0:15", "from 1:00 to 1:20", "for the first 10 seconds".
_WHEN_ONLY = re.compile(
    rf"(?:(?:at|after|from|starting at|starting from|beginning at|until|till|up to|before|"
    rf"around) (?:the )?{_T_}(?: (?:to|-|until|till|and) {_T_})?"
    rf"|between {_T_} and {_T_}|(?:in|during|for|over) the (?:first|last|final) {_T_}"
    rf"|(?:at|in) the (?:very )?(?:start|beginning|end))(?: of (?:the video|it))?"
)


# ---------------------------------------------------------------- matching
@dataclass(frozen=True)
class _Parse:
    """The best reading of a run of soft pieces: its clauses and their operations."""

    unread: int  # characters no grammar understood
    clauses: tuple[tuple[str, tuple[Operation, ...] | None], ...]


def _match(text: str) -> list[Operation] | None:
    """`_read_clause` of a text, once per request: a request's readings try the same text
    more than once (each way of joining its pieces, the verb carried to the next piece)."""
    # (a clause of the request stands where it is said; a rewording of one, where that is)
    said = _said.get()
    token = _reworded.set(text) if said and text.strip() and text.strip() in said else None
    try:
        seen = _matched.get()
        if seen is None:
            return _read_clause(text)
        key = (text, _respelling.get(), _asking.get(), _reworded.get())
        if key not in seen:
            try:
                seen[key] = _read_clause(text)
            except InvalidRequest as e:
                seen[key] = e
        found = seen[key]
    finally:
        if token is not None:
            _reworded.reset(token)
    if isinstance(found, InvalidRequest):
        raise found
    return None if found is None else list(found)


#: What each text read as, in the request being planned (see `_match`).
_Readings = dict[tuple[str, bool, bool, str], list[Operation] | InvalidRequest | None]
_matched: ContextVar[_Readings | None] = ContextVar("matched", default=None)


def _read_clause(text: str) -> list[Operation] | None:
    """The operations a clause asks for, by the first grammar rule that reads it whole; failing
    that, the same with a time range taken out and applied to what the rest asks for
    ("make 0:05 to 0:10 black and white"); failing that, the same with small typos in its
    words put right ("make it grayscle")."""
    clause = normalize(text)
    if not clause or lexicon.rider(clause):
        return []  # nothing, or words true of the plan or not (checked in `_plan`)
    try:
        _facts(text)
        _picture_facts(text)
    except InvalidRequest as e:
        raise InvalidRequest(f"'{text.strip()}': {e}") from None
    try:
        found = _reads(clause) or _named(clause)
        if found is None and _given.get() and (said := text.strip().lower()) != clause:
            # a file called by a word that normalizing respells ("the backward video" with
            # backward.mp4 given is never "backwards")
            found = _named(said)
        if found is None and (moved := _particle_moved(clause)) is not None:
            found = _reads(moved) or _named(moved)
        if found is None and (unquoted := _unquoted(clause)) is not None:
            unquoted = normalize(unquoted)
            found = _reads(unquoted) or _named(unquoted)
        if found is None:
            found = _labelled(clause)
        if found is None:
            found = _handed_on(clause)
        if found is None:
            found = _carried(clause)
        if found is None:
            found = _referred(clause, text)
        if found is None:
            found = _pointed(clause, text)
        if found is None:
            found = _fixed(clause, text)
        if found is None:
            found = _heading(clause, text)
        if found is None:
            found = _alternatives(clause, hedged=bool(_HEDGED.search(text.lower())))
        if found is None and (sound := _its_music(clause)) is not None:
            # (never nothing: a rider said of the music is no rider of the plan's)
            found = _reads(sound) or _match(sound) or None
        if found is None and (made := _made_to(clause)) is not None:
            found = _match(made)
        if found is None:
            found = _written_so(clause)
        if found is None and (ending := _to_its_end(clause)) is not None:
            found = _run_to_the_end(_reads(ending))
        if found is None:
            found = _described(clause)
        if found is None:
            found = _framed(clause)
        if found is None and (said := normalize(_filter_args(clause))) != clause:
            # "crop=1080:607", "brightness=0.4 contrast=1.2": ffmpeg's words for edits
            parts = [_reads(part) for part in said.split(" and ")]
            found = [op for part in parts for op in part or []] if all(parts) else None
        if found is None and _respelling.get():
            found = _respelled(clause)
        if found and not any(isinstance(op, Compress) for op in found):
            # ("compress it before I post it to discord": where it goes, read off in normalizing)
            found = _under_the_limit(found, text)
    except (ValueError, ValidationError) as e:
        raise InvalidRequest(f"'{text.strip()}': {_reason(e)}") from None
    return found


#: "make the music fade out at the end": the thing, then what it is made to do.
_MADE_TO = re.compile(
    r"^(?:make|let|have|get) (?P<it>it|this|the (?:video|audio|sound|music|picture|clip|text|"
    r"title)) (?:to )?(?P<verb>[a-z]+)(?P<particle> (?:out|in|up|down|off|away|back))?"
    r"(?P<rest>(?: .*)?)$"
)


def _made_to(clause: str) -> str | None:
    """ "make the music fade out at the end" -> "fade out the music at the end": the verb of
    an edit said of the thing it is done to; None when the word after it is no such verb."""
    m = _MADE_TO.match(clause)
    if m is None or m["verb"] not in _verbs():
        return None
    return f"{m['verb']}{m['particle'] or ''} {m['it']}{m['rest']}"


#: "export it so it is under 50 MB", "re-encode the video to get it under 100mb": a verb that
#: only writes the file, and what the file is written to be.
_WRITTEN_SO = re.compile(
    r"(?:re-?encode|encode|transcode|export|re-?export|render|re-?render|save|re-?save|output|"
    r"convert|process)(?: (?:it|this|the (?:video|clip|file|recording)))?(?: again)? "
    r"(?:(?:in order |so as )?to (?P<verb>[a-z]+)(?P<rest> .+)"
    r"|so(?: that)? (?:it(?:'s| is| will be| becomes)|it is) (?P<what>.+))"
)


def _written_so(clause: str) -> list[Operation] | None:
    """ "export it so it is under 50 MB" -> "make it under 50 MB": what a file written with no
    edit named is written to be, when that reads as an edit; None otherwise."""
    m = _WRITTEN_SO.fullmatch(clause)
    if m is None:
        return None
    if m["what"] is not None:
        return _reads(f"make it {m['what']}")
    if m["verb"] not in _verbs() | {"get", "bring"}:
        return None  # "export it to youtube": where it goes, no edit
    return _reads(f"{m['verb']}{m['rest']}")


#: "from 0:07 to the end": a part that runs to the end of the video.
_TO_THE_END = re.compile(
    rf"\b(?:(?:from|between) )?(?P<t>{_T_}) (?:to|until|till|and|-) the (?:very )?end"
    rf"(?: of (?:it|the video))?\b|\b(?:(?:of )?the part )?everything after (?P<t2>{_T_})"
)


def _to_its_end(clause: str) -> str | None:
    """ "make a gif from 0:07 to the end" -> "make a gif from 0:07 to 1:00" of a 1-minute
    video: the end by its time, for the edits whose grammars read a part only by two times;
    None when the video's length is not known or nothing runs to the end."""
    duration = media_duration.get()
    m = _TO_THE_END.search(clause)
    if duration is None or m is None or parse_time(t := m["t"] or m["t2"]) >= duration:
        return None
    return f"{clause[: m.start()]}from {t} to {fmt_clock(duration)}{clause[m.end() :]}"


def _run_to_the_end(ops: list[Operation] | None) -> list[Operation] | None:
    """The operations read with the end said by its time (`_to_its_end`), running to the end
    as said: no end time of their own, whatever the file's length turns out to be."""
    duration = media_duration.get()
    if ops is None or duration is None:
        return ops
    return [_to_the_end(op, duration) for op in ops]


def _to_the_end(op: Operation, duration: float) -> Operation:
    """An edit whose end is the video's length made to run to the end; one whose end must be a
    time ("cut from 0:10 to the end" is a cut, its end a time) keeps that time."""
    end = getattr(op, "end", None)
    if not isinstance(end, float) or abs(end - duration) >= 1e-6:
        return op
    try:
        return type(op).model_validate({**op.model_dump(), "end": None})
    except ValidationError:
        return op


#: "the video of the wedding", "the clip showing waves on the beach": the video, with what is
#: in it said after it.
_CONTENT_SAID = re.compile(
    r"\bthe video (?:of|about|showing|that shows|which shows|featuring|comparing|where|in which"
    # ("the documentary on our summer tour": what it is about; never a place in the picture,
    # "on the top left")
    r"|on(?= (?:our|my|his|her|their) (?!(?:[a-z]+ )?(?:top|bottom|left|right|sides?|corners?|"
    r"cent(?:er|re)|middle|screen|frame|edges?|upper|lower)\b))"
    # ("the video from the car window": where it was shot from; never a part of it, "from the
    # start", nor a file it is from, "from the original")
    r"|from(?= (?:the|our|my|his|her|their) (?!(?:[a-z]+ )?(?:start|beginning|end|ending|middle|"
    r"top|bottom|first|last|same|original|source|input|other|previous|next|rest|point|moment|"
    r"time|mark|second|minute|frame|scene|part|section|clip|video|file|recording)\b))"
    # "the MP4 used in our landing page": where it is shown
    r"|(?:that |which )?(?:is |was )?(?:used|shown|embedded|posted|hosted|playing) "
    r"(?:in|on|at|by)) "
    # "the video I've recorded on my smartphone", "the clip we shot at the wedding": who made
    # it, and how
    # ("the video my friend Rick made": whose, by name too)
    r"|\bthe video (?:that |which )?(?P<who>i|we|you|he|she|they|someone|somebody|(?:my|our|his|"
    r"her) [a-z]+(?: [a-z]+)?)(?: have| has|'ve|'s| had|'d)?(?: just| already)? "
    r"(?:recorded|shot|filmed|made|took|captured|exported|downloaded|uploaded|created|rendered|"
    r"edited|sent|received|posted|grabbed|screen ?recorded|got"
    # "the video I want to share": what they will do with it
    r"|(?:want|need|plan|am going|'m going|would like|'d like) to (?:share|post|upload|send|"
    r"publish|show|put online))(?: it)?(?: |$)"
)
#: "the video", then words with no edit in them (which `_described` tries as a description).
_THE_VIDEO_THEN = re.compile(r"\bthe video (?=[a-z])")
#: Words that join another clause or say how, never in a description no word started.
_GOES_ON = frozenset(
    {"and", "or", "then", "but", "also", "plus", "while", "so", "to", "into", "as", "by", "via",
     "using", "without", "not", "instead",
     # what the video is or does: a statement about it, never a description
     "is", "was", "are", "were", "be", "been", "being", "has", "had", "have", "looks", "look",
     "seems", "seem", "sounds", "plays", "gets", "got", "becomes", "became", "keeps", "does",
     "did", "doesn't", "isn't", "wasn't", "will", "would", "should", "can", "could", "must",
     "needs", "starts", "ends", "stops", "shows", "runs", "lasts", "goes", "went", "came",
     # where it is played or edited: "the brightness of the video in the player" is the
     # player's, not the file's
     "player", "app", "application", "browser", "website", "site", "page", "editor", "program",
     "software", "tool", "settings", "setting", "tv", "monitor", "display", "preview",
     # how it is fetched: "the video download resolution" is a downloader's setting
     "download", "downloads", "downloader", "downloading"}
)  # fmt: skip
#: A platform or service a video is made for ("youtube", "discord")…
_SERVICE = re.compile(rf"{PLATFORM_NAME}|{lexicon.SERVICE_WORDS}")
#: … unless the words before it say the video came from it ("downloaded from youtube").
_CAME_FROM = frozenset({"from", "off", "on", "of", "via"})
#: Words a description of what is in the video may hold although the grammars use them too.
_PLAIN_WORDS = frozenset(
    {"the", "and", "with", "from", "for", "his", "her", "their", "our", "your", "some", "all",
     "who", "while", "that", "this", "two", "three", "people", "person", "man", "woman", "kids",
     # ("the clip of our grandson playing shuffleboard": what someone in it does)
     "playing"}
)  # fmt: skip
#: Words that, after whose it is ("his first steps", "our last trip"), say which of theirs.
_WHOSE_FIRST = frozenset({"first", "second", "third", "last", "latest", "new", "old", "best"})
_POSSESSIVES = frozenset({"my", "his", "her", "our", "their", "your"})
#: The longest description tried.
_LONGEST_CONTENT = 8
#: The particles of the verbs of edits: a description never ends by taking one from its verb
#: ("cut the video of the player down to 10 seconds"; "play the video of him going down the
#: slide in reverse" has none).
_PARTICLES_OF_VERBS = frozenset({"down", "up", "out", "off", "back", "away", "over", "around"})
_PHRASAL_VERBS = frozenset(
    {"cut", "slow", "speed", "turn", "tone", "trim", "scale", "bring", "take", "clean", "dial",
     "get", "crank", "pump", "size", "chop", "strip", "filter", "blur", "bleep", "calm", "quiet",
     "shave", "knock", "water", "sharpen", "brighten", "liven", "boost", "fade", "flip", "rotate",
     "spin"}
)  # fmt: skip
_HAS_ITS_PARTICLE = re.compile(rf"[a-z]+ (?:{'|'.join(sorted(_PARTICLES_OF_VERBS))}) ")


def _the_verbs_particle(word: str, clause: str) -> bool:
    """Whether a word said after what the video shows is the particle of the clause's verb
    ("cut the video of the match down", "flip the video of my dog back over"), never a word of
    what it shows; a verb said with its own ("speed up the video of the drive down the grade")
    takes none."""
    return (
        word in _PARTICLES_OF_VERBS
        and clause.split(" ", 1)[0] in _PHRASAL_VERBS
        and not _HAS_ITS_PARTICLE.match(clause)
    )


#: Words of how long or how often, never of what a video shows ("loop the video forever").
_HOW_OR_HOW_LONG = frozenset(
    {"forever", "again", "twice", "thrice", "once", "more", "less", "too", "instead", "nonstop",
     "always", "never", "fast", "faster", "slow", "slower", "backwards", "backward"}
)  # fmt: skip
#: What a video is made of: said right after it, the part of it meant ("the video audio").
_PARTS_OF_A_VIDEO = frozenset(
    {"audio", "sound", "soundtrack", "music", "voice", "voices", "picture", "image", "colors",
     "colours", "subtitles", "captions", "frames", "volume", "noise", "track", "tracks"}
)  # fmt: skip
#: Units of what a video shows, never of the video: "the 100-yard race", "my 10-year-old".
_UNITS_OF_THINGS = (
    r"(?:yard|meter|metre|mile|kilometer|kilometre|km|foot|feet|ft|inch|year|day|week|month|lap|"
    r"man|person|piece|point|hole|round|story|storey|floor|step|pound|lb|kg|ton)s?"
)
#: A thing measured in what it shows, as one word: "100-yard", "10-year-old".
_MEASURED = re.compile(rf"\d+(?:[.,]\d+)?-{_UNITS_OF_THINGS}(?:-[a-z]+)*(?:'s)?")
#: A place in a row, in what a video shows: "the 40th anniversary party", "my 5th birthday"
#: (never of a part of it: "the 2nd half").
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: The same, said as two words ("100 yard", "5 year-old"), made one.
_MEASURE_SAID = re.compile(rf"\b(\d+(?:[.,]\d+)?) ({_UNITS_OF_THINGS}(?:-[a-z]+)*)\b")
#: Where in its time or its picture a video is: never what it shows ("mute the video playing at
#: the end" is of a part; "… playing in the background", of something in it).
_PLACES_IN_IT = frozenset(
    {"end", "ending", "start", "beginning", "middle", "halfway", "intro", "outro", "opening",
     "finish", "midway", "background", "foreground"}
)  # fmt: skip


@cache
def _edit_words() -> frozenset[str]:
    """The words the grammars are written in that may say how to edit: all of them but those
    of what people call the video and say of it ("meeting recording", "drone")."""
    said_of_it = {w for n in (*lexicon.NOUNS, *lexicon.MODIFIERS) for w in n.split()}
    return _vocabulary() - said_of_it


#: What an edit adds to the picture, said with where it goes: never what the video shows.
_ADDED_THING = re.compile(
    r"\b(?:with|in|into|inside) (?:an? |the |some )?(?:[a-z]+ ){0,2}(?:border|borders|black bars|"
    r"outline)\b"
    r"|\b(?:with|in|into|inside|on|onto) (?:an? |the |some )?(?:[a-z]+ ){0,2}(?:border|frame|"
    r"bars?|box|strip|band|banner|outline|watermark|logo|caption|subtitles?|title)"
    r" (?:(?:added|put|placed) )?(?:at|in|on|along|across) the (?:top|bottom|left|right|side|"
    r"sides|corner|middle|center|centre)\b"
)


#: A way said in words that go together: "the right way up", "right side up", "upside down".
_A_WAY = re.compile(
    r"\b(?:(?:the )?(?:right|wrong|other|correct|proper) (?:way|side)(?: (?:up|round|around))?|"
    r"right side up|upside down|side ?ways|the right orientation|backwards?|in reverse)\b"
)
#: After a word of a time or a place: what it is of, when that is no video ("the end of the
#: sunset", never "the end of the clip").
_OF_SOMETHING_ELSE = re.compile(
    r"of (?!(?:(?:the|a|an|my|our|his|her|their|this|that) )?(?:video|clip|it|movie|film|"
    r"footage|recording|file|screen|picture|frame)\b)[a-z]"
)


#: Words of a place on the picture: a description of the video never takes them in.
_SPOTS = frozenset({"position", "spot", "location", "corner", "placement"})


def _described(clause: str) -> list[Operation] | None:
    """ "make the video of the wedding black and white": the edit of the video, what is in it
    said after it set aside. Where the description ends is not in its words, so each end is
    tried, and it must give one reading: the ends that read all read the same. A description
    ends before any word that may say how to edit (a number, a quote, a file, a word the
    grammars are written in), so no value or edit is ever taken for it."""
    if _STATED_WITH.search(clause):
        return None  # ("the video opens with a fade in": what it is like, no description)
    m = _CONTENT_SAID.search(clause)
    # ("mirror the video yesterday", once "I recorded" is read off: no word says a description
    # starts, so it may not join or go on to another clause)
    unmarked = m is None
    if m is None and (m := _THE_VIDEO_THEN.search(clause)) is None:
        return None
    if (
        unmarked
        and re.match(r"(?:make|let|have|get|help) ", clause)
        and not re.match(
            r"(?:at|in|on|of|from|with|for|during|about|[a-z]+(?:ed|ing)) ", clause[m.end() :]
        )
    ):
        # ("make the character in the video mimic the motion …": a verb after the video may be
        # what "make" asks it, or what is in it, to do; no word says which)
        return None
    # ("the 100 yard race", "my 5 year-old": a measure of what it shows, one word again)
    after = _MEASURE_SAID.sub(r"\1-\2", clause[m.end() :])
    rest = after.split(" ") if after else []
    if re.match(r"(?:get|have) ", clause) and any(
        re.fullmatch(r"[a-z]+ed", w) for w in rest[: _LONGEST_CONTENT + 1]
    ):
        # ("get the video of my recital unblocked on instagram": what it is to be, never more of
        # what it shows)
        return None
    if _ON_A_PLACE.match(clause):
        # ("blur the video of the face": what it shows may be the place blurred, which is not
        # guessed)
        return None
    vocabulary = _edit_words()
    risky = False
    readings: list[list[Operation]] = []
    # (a description ends before words that only say a way as one: "the video of our dog the
    # right way up" is never "the video … way up")
    # (nor takes in a purpose that names a fault: "the video of my pony to drown out the hiss")
    longest = min(len(rest), _LONGEST_CONTENT)
    for ends in (_A_WAY.search(" ".join(rest)), _TO_PUT_RIGHT.search(" ".join(rest))):
        if ends is not None:
            longest = min(longest, len(" ".join(rest)[: ends.start()].split()))
    # (who made it is a description already: it may end there)
    for k in range(0 if not unmarked and m["who"] else 1, longest + 1):
        if k == 0:
            said = " ".join([clause[: m.start()] + "the video", *rest])
            with suppress(InvalidRequest):
                if (found := _match(said)) and found not in readings:
                    readings.append(found)
            continue
        word = rest[k - 1]
        if word in _SPOTS or (k < len(rest) and rest[k] in _SPOTS):
            break  # ("… on the video on the selected position": a place on it, never what it shows)
        if _its_own_size(word):
            continue  # ("the recording of my 2560x1440 laptop screen": the video's size, said)
        if word in _PLACES_IN_IT and not _OF_SOMETHING_ELSE.match(" ".join(rest[k:])):
            break  # ("… at the end": a part; "… of the end of the sunset": what it shows)
        if (
            not (
                re.fullmatch(r"[a-z]+(?:[/-][a-z]+)*(?:'s)?", word)
                or _MEASURED.fullmatch(word)
                # ("my Toastmasters Speech #1": a number in a name)
                or (re.fullmatch(r"#\d+", word) and k > 1 and not unmarked)
                or (
                    _ORDINAL.fullmatch(word)
                    and k < len(rest)
                    and rest[k] not in _PART_WORDS | _PLACES_IN_IT
                    and not unmarked
                )
            )
            or (
                unmarked
                and (
                    (k == 1 and word in _PARTS_OF_A_VIDEO)
                    or word in _HOW_OR_HOW_LONG
                    or (word.endswith("ly") and len(word) > 4)
                )
            )
            or _the_verbs_particle(word, clause)
        ):
            # ("sharpen the video audio": a part of the video; "loop the video forever",
            # "fade the video slowly": how, or how long; "cut the video of the match down to 10
            # seconds": the verb's particle; never what is in it)
            break
        if (
            word in vocabulary
            and word not in _PLAIN_WORDS
            # ("the video of his first steps": whose first, never the start of the video)
            and not (
                word in _WHOSE_FIRST
                and k > 1
                and rest[k - 2] in _POSSESSIVES
                and not (k < len(rest) and rest[k][:1].isdigit())
            )
        ):
            if unmarked or word in _verbs() or word in _GOES_ON:
                break
            # ("the video of the band black and white": a word the grammars use, in what is
            # said to be in it; never when any end of the description reads as an edit)
            risky = True
        if risky and not _no_edit_said(rest[:k]):
            break
        if unmarked and (word in _GOES_ON or (k == 1 and word in _verbs())):
            break
        if unmarked and _SERVICE.fullmatch(word) and (k == 1 or rest[k - 2] not in _CAME_FROM):
            break  # ("mute the video (youtube)": where it goes, which a shape may be for)
        if all(w in _PLAIN_WORDS or len(w) < 3 for w in rest[:k]):
            continue  # ("the video of the …": no description yet)
        if _ADDED_THING.search(" ".join(rest[:k])):
            break  # ("the video of my dog with a red border at the top": a border, added)
        said = " ".join([clause[: m.start()] + "the video", *rest[k:]])
        try:
            found = _match(said)
        except InvalidRequest:
            continue
        if found and found not in readings:
            readings.append(found)
    if not readings and not unmarked:
        return _described_to_the_end(clause[: m.start()], rest)
    return readings[0] if len(readings) == 1 else None


def _described_to_the_end(before: str, rest: list[str]) -> list[Operation] | None:
    """ "steady the video of the saturday ride": a description that runs to the end of the
    clause, in words the grammars use too ("ride", "song"), set aside when no end of it reads
    as an edit ("… of the crowd in slow motion" does) and it holds no value, quote or file."""
    said = " ".join(rest)
    if (
        not rest
        or len(rest) > _LONGEST_CONTENT + 4
        or re.search(r"[\d\"]|\.[a-z0-9]{2,4}\b", _MEASURED.sub("", said))
    ):
        return None
    if any(w in _GOES_ON - {"as", "to"} or w in _verbs() or w in _PLACES_IN_IT for w in rest):
        # ("the video of the party and mute it": an instruction goes on; "the video playing at
        # the end": a part of it)
        return None
    if _TO_PUT_RIGHT.search(said):
        return None  # ("… of my pony to drown out the hiss": what it is for, never what it shows)
    if _the_verbs_particle(rest[-1], before):
        return None  # ("flip the video of my dog back over": the verb's particle, said after it)
    if _ADDED_THING.search(said):
        return None
    if not _no_edit_said(rest):
        return None
    with suppress(InvalidRequest):
        return _match(before + "the video") or None
    return None


def _no_edit_said(words: list[str]) -> bool:
    """Whether no end of a description reads as an edit ("the crowd in slow motion" does)."""
    for k in range(len(words)):
        with suppress(InvalidRequest, ValueError, ValidationError):
            if _reads(normalize(" ".join(words[k:]))):
                return False
    return True


def _its_own_size(word: str) -> bool:
    """Whether a word is the video's own width x height, as the file has it."""
    size = re.fullmatch(r"(\d{3,5})x(\d{3,5})", word)
    picture = _picture.get()
    return bool(size and picture and (int(size[1]), int(size[2])) == picture[:2])


#: "send the video removing the audio": a verb that hands the video on, naming no edit, and
#: the edit it goes with, said as a participle.
_HANDED_ON = re.compile(
    r"(?:send|share|post|upload|email|publish|deliver|give me|return|export|render|output|save)"
    r" (?:it|the video|this|them) (?:while |by |after |first |with )?"
    r"(?P<verb>[a-z]+ing) (?P<rest>.+)"
)


def _handed_on(clause: str) -> list[Operation] | None:
    if (m := _HANDED_ON.fullmatch(clause)) is None:
        return None
    verb = _base_form(m["verb"])
    if verb == m["verb"] or not _verb_ops(verb):
        return None
    said = normalize(f"{verb} {m['rest']}")
    return _reads(said) or _named(said)


#: "… without sound", "…, with no audio": the result has no sound, said after an edit.
_WITHOUT_SOUND = re.compile(
    r",? (?:and )?(?:without|with no|minus) (?:any |the |its |an? )?(?:audio|sound)"
    r"(?: (?:track|line|stream|channel))?$"
)


#: "encode it without audio", "output it at 16x": a verb that only says the video comes out,
#: and how it should.
_CARRIER = re.compile(
    r"(?:encode|re-?encode|transcode|render|output|save|produce|write(?: out)?|deliver|export|"
    r"generate|create|give me|get me) (?P<rest>(?:it|them|this|the video)\b.*)"
)


def _carried(clause: str) -> list[Operation] | None:
    """The clause read with a verb the grammars know in place of one that only makes the
    file ("encode it without audio" as "export it without audio", "output it at 16x" as "play
    it at 16x")."""
    if (m := _CARRIER.fullmatch(clause)) is None:
        return None
    for verb in ("export", "make", "play", "convert"):
        said = f"{verb} {m['rest']}"
        if said != clause and (found := _reads(said)) is not None:
            return found
    return None


#: What "it" may stand for once a clause has named it: "the frame rate is 60 and I want to
#: change it to 29.97".
_ATTRIBUTES = re.compile(
    r"\b(?P<attr>frame ?rate|fps|resolution|volume|speed|brightness|contrast|saturation|"
    r"aspect ratio|playback speed|playback rate|gamma)\b"
)
_IT_CHANGED = re.compile(
    r"\b(?P<verb>change|set|convert|bring|lower|raise|increase|reduce|decrease|drop|boost|turn|"
    r"adjust|make) (?:it|that|this) (?=to\b|by\b|down\b|up\b|\d)"
)


def _referred(clause: str, text: str) -> list[Operation] | None:
    """The clause read with "it" as what the words before it named ("the source frame rate is
    60 and I want to change it to 29.97": the frame rate), when that reads and "it" does
    not."""
    before = _said_before(text)
    if not before or (m := _IT_CHANGED.search(clause)) is None:
        return None
    named = list(_ATTRIBUTES.finditer(before))
    if not named:
        return None
    again = f"{clause[: m.start()]}{m['verb']} the {named[-1]['attr']} {clause[m.end() :]}"
    return _reads(again.strip())


#: "remove them", "cut it out", "get rid of it": an edit of what the clause before named.
_POINTED = re.compile(
    r"(?P<verb>(?:[a-z]+ ){1,3}?)(?:it|them|that|this|those)(?P<rest>(?: [a-z]+){0,4})"
)
#: What a statement names that an edit can be done to: a part of the time, or a thing in it.
_NAMED_PART = re.compile(
    rf"\bthe (?:first|last|final|opening|closing) {_T_}"
    r"|\b(?:has|have|had|there is|there's|there are|is|are|with) (?:an? |some |the |this |that )?"
    r"(?P<thing>(?:[a-z]+ ){0,2}(?:silence|silences|pause|pauses|hum|noise|buzz|buzzing|hiss|"
    r"hissing|static|shake|shaking|wobble|black frames?|black bars?|grain|echo|wind noise)"
    r"(?: (?:at|in) the (?:start|beginning|end))?)"
    # "the colors look washed out, make them more vivid": what the statement is of
    r"|^(?:the|its|my|our) (?P<subject>colou?rs|audio|sound|voices?|music|picture|image)\b"
)


def _pointed(clause: str, text: str) -> list[Operation] | None:
    """The clause read with "it"/"them" as what the clause before named ("the last 3 seconds
    are black, remove them": the last 3 seconds), when that reads and the clause alone does
    not."""
    before = _clause_before(text)
    if not before or (m := _POINTED.fullmatch(clause)) is None:
        return None
    if _FIX_IT.fullmatch(clause) and len(_fixes_for(before)) > 1:
        return None  # ("the video is grainy and dark, fix it": which fault is asked, never one)
    for named in reversed(list(_NAMED_PART.finditer(normalize(before)))):
        thing = named["thing"]
        whats = (
            [f"the {named['subject']}"]
            if named["subject"]
            else [named[0]]
            if thing is None
            else [f"the {thing}", f"the {thing.split(' ', 1)[-1]}"]
        )
        for what in whats:
            again = normalize(f"{m['verb']}{what}{m['rest']}")
            try:
                found = _reads(again)
            except (ValueError, InvalidRequest):
                found = None
            if found:
                return found
    return None


#: "fix it", "sort that out": what the clause before says is wrong, put right.
_FIX_IT = re.compile(
    r"(?:(?:fix|correct|sort out|repair|solve|improve|address|deal with|adjust|enhance) (?:it|this|"
    r"that|them|the (?:video|clip|footage|recording|movie|audio|sound|voice)(?: track)?"
    r"(?: of (?:it|the video))?)"
    # "make it show up right side up", "rotate it back": the turn undone
    r"|(?:make|get|turn|put|have) (?:it|the video) (?:back )?(?:show up |play |display |appear )?"
    r"(?:right side up|the right way up|upright|straight|level)"
    r"|(?:rotate|turn) (?:it|the video) back(?: to normal)?"
    # "make my footage look right: it was consistently warm": what is wrong, put right
    r"|make (?:it|the video) (?:look|sound) (?:right|normal|correct|natural|proper|better|good)"
    # "it's upside down, rotate it": the turn, its way said by the fault (`_TURN_IT`)
    r"|(?P<turn>rotate|turn|flip|mirror) (?:it|the video|this)"
    r"(?: around| over| back(?: over| around)?)?"
    # "adjust the volume: it is too quiet": the one thing changed, its way said by the fault
    r"|(?:adjust|change|tweak|fix|correct|alter|modify|enhance|improve) (?:the |its )?"
    r"(?:audio |sound )?"
    r"(?P<what>volume|loudness|levels?|brightness|exposure|contrast|saturation)(?: (?:of|in|on) "
    r"(?:it|this|"
    r"the (?:video|clip|footage|recording|movie|audio|sound)))?)"
    r"(?: please)?"
)
#: What a thing named in "adjust the …" is changed by.
_CHANGED_BY = {
    "volume": {"volume", "normalize"},
    "loudness": {"volume", "normalize"},
    "level": {"volume", "normalize"},
    "levels": {"volume", "normalize"},
    "brightness": {"brightness", "gamma"},
    "exposure": {"brightness", "gamma"},
    "contrast": {"contrast"},
    "saturation": {"saturation"},
}


_MUSIC = re.compile(
    # ("take the explicit song off it": what the music is like, said on the way; never music
    # said to be someone else's, "the copyrighted music", often under other sound)
    r"\b(?:the|its) (?:(?:background|explicit|catchy|cheesy) )?"
    r"(?:music|song|soundtrack)\b"
)
#: "cut the first 30 seconds of the song", "keep the first minute of the song": a part of the
#: song cut or kept, which is a part of the file (the song is what is heard), never silenced.
_CUT_OF_THE_SONG = re.compile(
    r"^((?:cut|trim|remove|delete|chop|snip|drop|keep|take)(?: off| out| away| only| just)? "
    r"(?:the )?"
    r"(?:first|last|final|opening|closing|beginning|ending|\d)[^,;]*?) of (?:the|its|my|our) "
    r"(?:[\w'-]+ ){0,3}?song$"
)


def _its_music(clause: str) -> str | None:
    """ "fade out the background music over the last two seconds" with no sound file given: the
    music is the video's own sound, read as "the audio"; None otherwise. A part of the song
    cut is a part of the file cut."""
    if any(f.rsplit(".", 1)[-1].lower() in _EXTS["audio"] for f in _given.get()):
        return None  # the music may be the file given
    if m := _CUT_OF_THE_SONG.match(clause):
        return m[1]
    if not _MUSIC.search(clause) or re.search(r"\bmusic (?:noises?|sounds?)\b", clause):
        return None  # ("remove the music noise": the music, no noise of it)
    # ("lower the music volume": the volume of the video's own sound)
    clause = re.sub(
        r"\b(?:the|its) (?:background )?(?:music|song|soundtrack) (volume|level|loudness)\b",
        r"the \1",
        clause,
    )
    return _MUSIC.sub("the audio", clause)


def _fixes_for(wrong: str) -> tuple[str, ...]:
    """The edits that would put right what a clause says is wrong, most likely first."""
    if not wrong:
        return ()
    return tuple(
        dict.fromkeys(fix for pattern, fix, _ in lexicon.COMPLAINTS if pattern.search(wrong))
    )


def _sure_fixes(wrong: str) -> list[str]:
    """The fixes of the faults a clause says, of those whose fix is sure (no direction or
    amount in it a guess), each once, most likely first."""
    return list(
        dict.fromkeys(
            fix for pattern, fix, sure in lexicon.COMPLAINTS if sure and pattern.search(wrong)
        )
    )


#: "fix the audio being too quiet", "correct the upside down video": what is wrong, named
#: where the thing to fix is.
_FIX_THE = re.compile(
    r"(?:fix|correct|sort out|repair|solve|deal with) (?P<wrong>(?:the|this|that|my|its|our) "
    r"(?:[\w-]+ ){0,3}?(?:video|clip|footage|recording|movie|film|audio|sound|voice|picture|image)"
    # ("fix the front-camera video flipped left and right": what is wrong, said after it)
    # ("fix the video that got downloaded upside down": what happened to it)
    r"(?: (?:(?:being|(?:that|which) (?:is|was|got|came out|comes out|plays|ended up)|that's) )?"
    r"(?:[\w-]+ ){0,3}[\w-]+)?)"
)


#: "it is so low", "way too high": a level said of the thing named before.
_LOW_OR_HIGH = re.compile(
    r"^(?:it|this|that|the (?:video|clip|audio|sound|volume|level|brightness|exposure))"
    r"(?:'s| is| was| seems| looks| sounds)? (?:(?:way|far|much|so|too|very|really|extremely|"
    r"quite|a bit) )*"
    r"(?P<how>low|high|weak|soft)\b"
)


def _level_said(what: str | None, wrong: str) -> tuple[str, ...]:
    """ "adjust the volume: it is so low that I can't hear it": the fix of the level named
    before, by how it is said to be ("low" of the volume is too quiet)."""
    m = _LOW_OR_HIGH.match(wrong.lower().strip()) if what else None
    if m is None or what is None:
        return ()
    up = m["how"] in ("low", "weak", "soft")
    if what in ("volume", "loudness", "level", "levels"):
        return ("make the audio louder" if up else "make the audio quieter",)
    if what in ("brightness", "exposure"):
        return ("make it brighter" if up else "make it darker",)
    return ()


#: A fault said of a part of the video: "the first frame is dark", "it is too loud at the end";
#: its fix, done to the whole video, is not what is asked.
_FAULT_IN_A_PART = re.compile(
    r"\b(?:(?:first|last|final|opening|closing|ending|few|some|several|certain) (?:frames?|"
    r"seconds?|minutes?|part|parts|bit|bits|half|scenes?|shots?|moments?|sections?)"
    r"|(?:at|in|during|near|towards?|around) the (?:very )?(?:start|beginning|end|ending|middle|"
    r"intro|outro)"
    r"|^(?:but |and )?(?:the |its )?(?:very )?(?:start|beginning|end|ending|intro|outro|middle) "
    r"(?:is|was|are|were|looks|seems|sounds|gets|got|goes|went)"
    r"|(?:first|second|last) half)\b"
)


#: "It", said of the sound the request names: "fix the audio: it is low and noisy".
_IT_OF_THE_SOUND = re.compile(r"^it(?:'s| is| was)\b", re.IGNORECASE)


def _fixed(clause: str, text: str) -> list[Operation] | None:
    """ "the audio is too quiet, fix it", "fix the quiet audio": the one edit that puts right
    what the clause before, or the clause itself, says is wrong; None when it names no such
    thing, or more than one."""
    named = _FIX_THE.fullmatch(_LEAD_RE.sub("", text.lower().strip(" .,;:!?")))
    wrong = named["wrong"] if named else ""
    things = re.split(r" and (?=(?:the|my|its|our|this|that) )", wrong)
    if len(things) > 1 and not all(_fixes_for(thing) for thing in things):
        return None  # ("fix the audio and the shaky bits": what is wrong with the audio?)
    fixes = _fixes_for(wrong)
    turn = what = None
    if not fixes:
        if (fix_it := _FIX_IT.fullmatch(clause)) is None:
            return None
        turn = fix_it["turn"]
        what = fix_it["what"]
        # what is wrong, said before or just after ("turn it the right way up, it's upside
        # down")
        # ("fix the audio: it is low and noisy": "it" is the sound, and "low" its level)
        of_the_sound = not (turn or what) and re.search(r"\b(?:audio|sound|voice)\b", clause)
        wrong = _clause_before(text)
        if of_the_sound:
            wrong = _IT_OF_THE_SOUND.sub("the audio is", wrong)
        fixes = _fixes_for(wrong) or _level_said(what, wrong)
        if not fixes:
            wrong = _clause_after(text)
            if of_the_sound:
                wrong = _IT_OF_THE_SOUND.sub("the audio is", wrong)
            fixes = _fixes_for(wrong) or _level_said(what, wrong)
        if not fixes:
            return None
    said = [sure for pattern, _, sure in lexicon.COMPLAINTS if pattern.search(wrong.lower())]
    if not all(said):
        return None  # "it is rotated, fix it": which way is not guessed
    if _FAULT_IN_A_PART.search(wrong.lower()):
        return None  # ("fix it: the first frame is dark": never the whole video brightened)
    if _fixes_for(wrong) and _faults_unanswered(wrong):
        return None  # ("fix the audio: it is low and noisy": never only the noise removed)
    if (
        len(fixes) > 1
        and re.search(r"\b(?:audio|sound|voice)\b", f"{clause} {wrong}")
        and not (turn or what)
    ):
        # ("fix the sound: it is too quiet and noisy": each fault of the sound named, each put
        # right, when all are edits of the sound)
        each = [_reads(normalize(fix)) for fix in fixes]
        fixed = [op for ops in each for op in ops or []]
        if (
            all(each)
            and {op.name for op in fixed} <= _OF_THE_SOUND
            and len({op.name for op in fixed}) == len(fixed)
        ):
            return fixed
    if len(fixes) != 1:
        # ("the video is dark and shaky, fix it": which fix is asked, with both as examples;
        # "the audio is too quiet and shaky" shows why none is guessed) - unless each fault has
        # a subject of its own and one fix ("the picture shakes and my voice is too quiet")
        return _each_fixed(wrong, turn, what)
    found = _reads(normalize(fixes[0]))
    if turn and found and not all(op.name in {"rotate", "flip"} for op in found):
        return None  # "it is too dark, rotate it": the fault is not one a turn puts right
    if what and found and not all(op.name in _CHANGED_BY[what] for op in found):
        return None  # "adjust the volume: it is too dark": not what is named
    return found


def _faults_unanswered(wrong: str) -> list[str]:
    """The faults a statement of what is wrong names (`lexicon.FAULT_WORDS`) that no fix
    `lexicon.COMPLAINTS` reads answers: "low" in "it is low and noisy"."""
    said = wrong.lower()
    answered = [m.span() for pattern, _, _ in lexicon.COMPLAINTS for m in pattern.finditer(said)]
    return [
        fault[0]
        for fault in lexicon.FAULT_WORDS.finditer(said)
        if not any(start <= fault.start() and fault.end() <= end for start, end in answered)
    ]


def _each_fixed(wrong: str, turn: str | None, what: str | None) -> list[Operation] | None:
    """The fixes of faults said one after another, each of its own thing, each with one fix:
    "the picture shakes too much and my voice is far too quiet" -> stabilize, louder; None
    when one is not so."""
    if turn or what:
        return None
    parts = re.split(r",? and (?=(?:the|my|its|it|this|our|his|her|their)\b)", wrong.lower())
    found: list[Operation] = []
    for part in parts if len(parts) > 1 else ():
        fixes = _fixes_for(part)
        sure = [s for pattern, _, s in lexicon.COMPLAINTS if pattern.search(part)]
        if len(fixes) != 1 or not sure or not all(sure):
            return None
        if (ops := _reads(normalize(fixes[0]))) is None:
            return None
        found.extend(ops)
    if not found or len({op.name for op in found}) != len(found):
        return None
    return found


#: A task said of the whole video in a verb that names no one edit, before a colon that goes
#: on to say it: "tidy up the video: cut the first 4 seconds", "make a neat edit of the walk
#: video from my camera: …".
_HEADING = re.compile(
    r"(?:(?:please|i want to|i'd like to|i need to|help me) )?"
    r"(?:(?:fix|tidy(?: up)?|clean up|touch up|polish(?: up)?|improve|edit|rework|redo|"
    r"make (?:an? )?(?:[a-z]+ )?(?:edit|version) of) "
    r"(?:the|my|this|our) (?P<what>(?:[\w'-]+ ){0,10}?)(?:video|clip|footage|recording|movie|film)"
    # ("improve the video sample: …": what kind of video it is, said after it)
    r"(?: (?:sample|file|example|demo|preview|teaser|version|draft))?"
    # ("make a neat edit of the video" reads as "make it neat")
    r"|make it (?:neat|nice|tidy|clean|presentable|better|quick|simple|basic|rough|final)"
    # ("make the 'Back-Taxi' video clip for the guide: start at 0:00, …": the clip made of it)
    r"|(?:make|prepare|produce|put together) (?:the|my|this|our) (?:video )?(?:clip|video|edit|cut|"
    r"version)(?: for (?:the |my |our |a )?(?:[\w'-]+ ){0,4}?[\w'-]+)?)"
    r"(?P<tail>(?: (?:from|of|on|shot|taken|recorded|filmed|made|that|i|we) [\w' -]*)?)"
)


def _heading(clause: str, text: str) -> list[Operation] | None:
    """ "tidy up the video: cut the first 4 seconds": a heading, said by the edits after its
    colon (nothing of its own), when no word of it names an edit and the first clause after
    the colon reads as one; None otherwise."""
    m = _HEADING.fullmatch(clause)
    after = _said_after(text)
    if m is None or not after.lstrip().startswith(":"):
        return None
    if set(re.findall(r"[a-z]+", m["what"] or "")) & (lexicon.EDIT_WORDS | _edit_words()):
        return None  # ("fix the blurry video: …" names a fault of its own)
    if set(re.findall(r"[a-z]+", m["tail"])) & lexicon.EDIT_WORDS:
        return None  # ("… the video that is too dark: …" too)
    # (the first clause after it, or its first piece: "…: make it brighter and cut …")
    first = re.split(r"[,;:.]", after.lstrip(" :"))[0]
    said = (first, re.split(r" and | then ", first)[0])
    return [] if first and any(_reads(normalize(s)) for s in said) else None


#: The request being planned (after its asides are read), for what "it" refers to.
_said: ContextVar[str] = ContextVar("said", default="")


#: The clause as the request says it, while a rewording of it is read ("turn the clip of our
#: cat the right way up" while "turn the video the right way up" is): where it stands in the
#: request is where its rewording stands.
_reworded: ContextVar[str] = ContextVar("reworded", default="")


def _where_said(text: str) -> tuple[int, int]:
    """Where this clause, or the clause it rewords, starts and ends in the request being
    planned; (-1, -1) when it is found in neither."""
    said = _said.get()
    for clause in (text.strip(), _reworded.get().strip()):
        if said and clause and (at := said.find(clause)) >= 0:
            return at, at + len(clause)
    return -1, -1


def _said_before(text: str) -> str:
    """What the request being planned says before this clause, in lower case ("" at its start
    or when the clause is not found in it)."""
    at = _where_said(text)[0]
    return _said.get()[:at].lower() if at > 0 else ""


def _said_after(text: str) -> str:
    """What the request being planned says after this clause, in lower case ("" when the
    clause is not found in it)."""
    end = _where_said(text)[1]
    return _said.get()[end:].lower() if end >= 0 else ""


def _clause_after(text: str) -> str:
    """The first clause after this one that says what is wrong, in its sentence or the reason
    after a colon ("it's upside down" after "turn it the right way up"; "…: recorded by the
    camera, it plays upside down"); "" otherwise."""
    sentence = re.split(r"[.;!?](?:\s|$)", _said_after(text).lstrip(" ,;:."))[0]
    for after in re.split(r"[,:]", sentence):
        if lexicon.states(after.strip()) and (
            _fixes_for(after.strip()) or _LOW_OR_HIGH.match(after.strip().lower())
        ):
            return after.strip()
    return ""


def _clause_before(text: str) -> str:
    """The clause just before this one ("the last 3 seconds are black" before "remove them")."""
    return re.split(r"[,;:.]", _said_before(text).rstrip(" ,;:."))[-1]


#: Words a label may have besides the edit's own.
_LABEL_FILLER = frozenset(
    {"in", "a", "an", "the", "of", "and", "effect", "mode", "option"}
    # the light verbs a heading names its task with: "handle the overlay image: ffmpeg …"
    | {"handle", "do", "make", "apply", "use", "add", "get", "create", "how", "to"}
    # and its object: "color correct the video: eq=brightness=0.06"
    | {"video", "it", "clip", "this"}
    # and the tool's words: "the eq filter: eq=brightness=0.06"
    | {"filter", "command", "ffmpeg", "option"}
)

_LABEL = re.compile(r"(?P<label>[a-z][a-z -]{2,30}): (?P<rest>.+)")


#: A label's words as the operations' descriptions spell them: "colour correction" is what
#: "(to color correct it)" describes.
_LABEL_FORMS = {"colour": "color", "grey": "gray", "correction": "correct", "grading": "grade"}
#: How a label says the edit is made: "color correct the video with the eq filter: eq=…".
_LABEL_HOW = re.compile(
    r"\s+(?:with|using|via|through) (?:the )?(?:ffmpeg(?:'s)? )?(?:[\w-]+ )?"
    r"(?:filter|command|option|ffmpeg)$"
)


#: Where a label ends: at its colon, after any words of how ("… with the eq filter:").
_LABEL_END = r"(?:\s+(?:with|using|via|through) (?:the )?(?:ffmpeg(?:'s)? )?(?:[\w-]+ )?" + (
    r"(?:filter|command|option|ffmpeg))?\s*:"
)


#: Words that give a value, which a label naming an edit never does.
_NO_LABEL_WORDS = frozenset(COLORS) | {
    "top", "bottom", "left", "right", "center", "centre", "middle", "corner", "bigger",
    "smaller", "larger", "louder", "quieter", "brighter", "darker", "faster", "slower",
    "big", "small", "large", "transparent", "bold", "italic",
    # how much ("make it slower, half": an amount, never the name of the edit)
    "half", "double", "twice", "triple", "thrice", "quarter", "third", "lot", "bit", "little",
    "tad", "much", "slightly",
}  # fmt: skip


def _label_words(label: str) -> set[str]:
    """The words of a label that name an edit, as its operations spell them."""
    said = _LABEL_HOW.sub("", label.lower()).replace("'s ", " ")
    return {_stem(_LABEL_FORMS.get(w, w)) for w in re.findall(r"[a-z]+", said)} - _LABEL_FILLER


def _labelled(clause: str) -> list[Operation] | None:
    """ "picture in picture: overlay cam.mp4 at the top right": what follows a short label
    that names the same edit, read as it."""
    m = _LABEL.fullmatch(clause)
    if m is None:
        return None
    rest = m["rest"]
    found = _reads(rest) or _named(rest) or _framed(rest)
    if not found:
        return None
    said = _label_words(m["label"])
    known = set().union(*(_words_of(op.name) for op in found))
    return found if said and said <= known else None


@cache
def _words_of(name: str) -> frozenset[str]:
    """The words an operation is described and named in: its name, its description, its
    examples and its frames."""
    op = CATALOGUE[name]
    text = " ".join([name.replace("_", " "), op.__doc__ or "", *op.examples, *op.method_names])
    words = {_stem(w) for w in re.findall(r"[a-z]+", text.lower())}
    return frozenset(words | {w for f in op.frames for w in f.words})


#: "say 1.25x or 1.3x", "maybe 2 or 3 seconds": values offered as examples, either one fine.
_HEDGED = re.compile(
    r"\b(?:say|like|maybe|perhaps|eg|e\.g\.|for example|for instance)\W+[\w\".:-]+(?: [a-z]+)? or "
)


def _alternatives(clause: str, hedged: bool = False) -> list[Operation] | None:
    """ "make it black and white or grey", "stabilize or 'de-shake'": two ways of saying one
    edit, read as it. Two different edits are a question ("extract the audio as mp3 or wav":
    which?), never a pick, unless the values are offered as examples (`hedged`: "by say x1.25
    or x1.3"): then either will do, and the first is taken."""
    hidden, quoted = _protect(clause)
    slashed = re.fullmatch(r"(?P<before>.*?)(?P<a>[\w.-]+) ?/ ?(?P<b>[\w.-]+)(?P<after>.*)", hidden)
    slash = slashed is not None and " or " not in hidden
    if slashed is not None and slash:
        # "add an intro/outro video": the words around the slash go with each side
        parts = [
            slashed["before"] + slashed["a"] + slashed["after"],
            slashed["before"] + slashed["b"] + slashed["after"],
        ]
    else:
        parts = re.split(r" or ", hidden)
    if len(parts) != 2:
        return None
    first, second = (_restore(p, quoted).strip() for p in parts)
    if " " not in first and first.lower() in _verbs() and " " in second:
        # ("reduce or eliminate the hum": the first verb's object is said after the second)
        first = f"{first} {second.split(' ', 1)[1]}"
    if hedged:  # "the first like 5 seconds": the value, without the word that offers it
        first = re.sub(
            r"\b(?:say|like|maybe|perhaps|eg|e\.g\.|for example|for instance),?\s+"
            r"(?=[\w\".:-]+(?: [a-z]+)?$)",
            "",
            first,
        )
    said = _reads(first) or _reads(normalize(_unquoted(first) or first)) or _named(first)
    whole = False
    if not said and re.search(
        r"\.?\b(?:mp3|m4a|aac|wav|flac|ogg|opus|mp4|mov|mkv|webm|avi)$", first
    ):
        # "pull the soundtrack out of it as .ogg or .opus": read whole, as each is alone
        said, whole = _match(first), True
    if not said:
        return None
    verb = first.split()
    for other in (
        _unquoted(second) or second,
        second,
        *(" ".join(verb[:n]) + " " + second for n in (1, 2, 3) if len(verb) > n),
        # ("pull the sound out of it as .ogg or .opus": the last word the other way)
        *([" ".join(verb[:-1]) + " " + second] if len(verb) > 3 and " " not in second else []),
    ):
        try:
            found = _reads(normalize(other)) or _named(normalize(other))
            if not found and whole:
                found = _match(other) or None
        except (ValueError, InvalidRequest):
            found = None
        if found is None:
            continue
        if found == said:
            return said
        files = [{n for op in ops for n in op.assets()} for ops in (said, found)]
        if slash and all(files) and not files[0] & files[1] and _files_given(said + found):
            return said + found  # "add an intro/outro video": both files given, both meant
        if all(o.name == "question" for o in said + found):
            # "the frame count or the length": answering both costs nothing
            return said + [o for o in found if o not in said]
        if (alone := _sound_alone(said, found)) is not None:
            # "convert it to mp3 or extract the audio from it": one file, the sound alone
            return alone
        if _formats_offered(said, found):
            # "extract the audio as mp3 or aac", "convert it to MP4 or WebM": files of one kind
            # the person takes either of; the first named is written
            return said
        if hedged and [o.name for o in said] == [o.name for o in found] and _close(said, found):
            # "by say x1.25 or x1.3": either will do; the first is taken ("for example 90
            # degrees or 180 degrees" are two different edits: asked)
            return said
        one, two = ("; ".join(op.describe() for op in ops) for ops in (said, found))
        raise ValueError(f"this asks for '{one}' or '{two}'; say which one")
    # "at like 5min or at 1/3 of the video", "the first like 5 seconds or so": the first
    # example given will do, whatever the other says
    return said if hedged else None


#: Formats of one kind: sound alone, and a moving picture with its sound (a GIF is neither).
_FORMAT_KINDS = (
    lexicon.SOUND_FORMATS,
    frozenset({"mp4", "mov", "mkv", "webm", "avi", "ts"}),
)


def _sound_alone(said: list[Operation], other: list[Operation]) -> list[Operation] | None:
    """The reading that says the most, when two readings both write the sound alone: one
    converts to a sound file's format and the other extracts the sound (of no other format);
    None otherwise."""
    if len(said) != 1 or len(other) != 1:
        return None
    convert, extract = (said[0], other[0]) if said[0].name == "convert" else (other[0], said[0])
    if (
        isinstance(convert, Convert)
        and convert.format in _FORMAT_KINDS[0]
        and isinstance(extract, ExtractAudio)
        and extract.format in (None, convert.format)
        and {k: v for k, v in extract.model_dump().items() if k != "format" and v is not None} == {}
    ):
        return [convert]
    return None


def _formats_offered(said: list[Operation], other: list[Operation]) -> bool:
    """Whether two readings are the same edits but for the file format written, both of one
    kind ("as mp3 or aac"): formats offered, not two edits to choose between."""
    if [o.name for o in said] != [o.name for o in other]:
        return False
    offered = False
    for one, two in zip(said, other, strict=True):
        a, b = one.model_dump(), two.model_dump()
        if a == b:
            continue
        if {k for k in a if a[k] != b.get(k)} != {"format"}:
            return False
        if not any({a["format"], b["format"]} <= kind for kind in _FORMAT_KINDS):
            return False
        offered = True
    return offered


def _close(said: list[Operation], other: list[Operation]) -> bool:
    """Whether two readings differ only in amounts within a quarter of each other (1.25x or
    1.3x, 10 or 12 MB): examples of one wish, not two edits."""
    for a, b in zip(said, other, strict=True):
        mine, theirs = a.model_dump(), b.model_dump()
        for key, value in mine.items():
            them = theirs.get(key)
            if value == them:
                continue
            if not (
                isinstance(value, int | float)
                and isinstance(them, int | float)
                and not isinstance(value, bool)
                and not isinstance(them, bool)
            ) or abs(value - them) > 0.25 * max(abs(value), abs(them)):
                return False
    return True


def _reads(clause: str) -> list[Operation] | None:
    """What the clause asks for as written, with a time range taken out, with what surrounds
    its instruction read off, or said smoothly."""
    return (
        _read_whole(clause)
        or _read_ranged(clause)
        or _peeled(clause)
        or _smooth(clause)
        or _either_verb(clause)
    )


#: Two verbs for one edit, with a slash: "clean/reduce the background noise".
_VERB_OR_VERB = re.compile(r"^(?P<a>[a-z]+) ?/ ?(?P<b>[a-z]+)(?P<rest> .+)$")


def _either_verb(clause: str) -> list[Operation] | None:
    """ "clean/reduce the background noise": the edit both verbs read as, when both read the
    same; None otherwise ("rotate/flip it" is never one of them guessed)."""
    m = _VERB_OR_VERB.match(clause)
    if m is None or not {m["a"], m["b"]} <= _verbs():
        return None
    readings = []
    for verb in (m["a"], m["b"]):
        try:
            readings.append(_reads(normalize(verb + m["rest"])))
        except InvalidRequest:
            return None
    first = readings[0]
    return first if first is not None and all(r == first for r in readings) else None


#: "cut the silent parts out", "turn the music down": a phrasal verb's object said inside it.
_PARTICLE = re.compile(
    r"^(?P<verb>[a-z]+) (?P<object>(?:it|them|(?:the|this|that|my|all(?: the)?) [a-z' -]+?)) "
    r"(?P<particle>out|off|up|down|in|away)\b(?P<rest>.*)$"
)


def _particle_moved(clause: str) -> str | None:
    """The clause with a phrasal verb put back together ("cut out the silent parts"), or
    None when it has none split."""
    m = _PARTICLE.match(clause)
    if m is None or m["object"] in ("it", "them"):
        return None
    return f"{m['verb']} {m['particle']} {m['object']}{m['rest']}"


#: A word or two in quotes: a title to draw, or a word the person put in quotes for emphasis
#: ('"Stabilize" the video').
_SCARE = re.compile(
    r"\"([a-z][a-z -]{0,30}|x?\d+(?:\.\d+)?x?)\"|'([a-z][a-z -]{0,30}|x?\d+(?:\.\d+)?x?)'"
)


def _unquoted(clause: str) -> str | None:
    """The clause with quotes taken off words that are the catalogue's own (every one of them
    a word its grammars are written in), or None when there are none such. Tried only when
    the clause does not read with them: then they were never a title to draw."""
    vocabulary = _vocabulary() | _verbs()

    def plain(m: re.Match[str]) -> str:
        words = (m[1] or m[2]).split()
        known = (
            all(w in vocabulary for w in words)
            or all(w in vocabulary for w in normalize(" ".join(words)).split())
            or re.fullmatch(r"x?\d+(?:\.\d+)?x?", words[0]) is not None  # "x1.25": a value
            or all(w in lexicon.JUDGMENT for w in words)  # 'the "disturbing" grain'
        )
        return " ".join(words) if known else m[0]

    unquoted = _SCARE.sub(plain, clause.lower())
    return unquoted if unquoted != clause.lower() else None


#: The thing edited, named at the end of a clause: it adds nothing to what the clause asks.
_THE_VIDEO = re.compile(
    r" (?:(?:of|on|to|in|into|onto|from|for|in|across|over) )?the (?:video|(?:final |exported )?"
    r"(?:export|output|render|result|exported video|final video|final cut))$"
)


#: A name the thing asked for goes by: "the cinematic look known as the Orange&Teal".
_KNOWN_AS = re.compile(
    r"(?:(?<=look)|(?<=style)|(?<=grade)|(?<=grading)|(?<=effect)|(?<=filter)|(?<=transition)) "
    r"(?:known as|called|also known as|aka|a\.k\.a\.?) (?P<what>(?:the )?[a-z0-9&' -]{1,30})$"
)
#: What a picture or video added shows, said after it: no instruction in it.
_SHOWING = re.compile(
    r"(?:(?<=corner)|(?<=video)|(?<=clip)|(?<=window)|(?<=inset)|(?<=picture)|(?<=image)|"
    r"(?<=logo)|(?<=screen)) (?:showing|that shows|which shows|displaying) "
    r"(?P<what>(?:the |an? |my |our |his |her |their )?(?:[a-z-]+ ){0,3}[a-z-]+)$"
)


def _peeled(clause: str) -> list[Operation] | None:
    """What a clause asks for once what surrounds its instruction is read off its end: what
    it is done to ("fade out the video"), how well it must come out ("maintaining quality":
    high quality), why it is wanted ("so it plays in Chrome": nothing to do, unless the words
    read as an edit themselves), and how ("by adding black bars": bars, not a crop). None
    unless what is left reads whole."""
    extra: list[Operation] = []
    first: list[Operation] = []
    means_of: set[str] = set()
    method: str | None = None
    unwanted: set[str] = set()
    uncropped: set[str] = set()  # ("without cropping": the crop itself said not to be done)
    not_as: str | None = None
    for_shape: str | None = None
    any_shape = False  # whether the platform named takes a video of any shape
    conditions: list[tuple[lexicon.Rider, re.Match[str]]] = []
    gloss: list[Operation] = []
    smaller = False
    purpose_words: set[str] = set()
    faults_named: list[str] = []
    complaints: list[str] = []  # the fixes of faults said as why (`lexicon.COMPLAINTS`)
    head = clause
    while True:
        if (
            (m := _THE_VIDEO.search(head))
            and m.start() > 0
            # ("mute it but keep the video": what stays, said of the video)
            and lexicon.trailing_rider(head) is None
        ):
            pass  # "fade out the video": the video is what every edit is done to
        elif (m := lexicon.SIMILE.search(head)) and m.start() > 0:
            pass  # "like YouTube used to": what it should resemble, the edit already named
        elif (
            (m := _KNOWN_AS.search(head))
            and m.start() > 0
            and not set(re.findall(r"[a-z]+", m["what"])) & lexicon.EDIT_WORDS
        ):
            pass  # "the cinematic look known as the Orange&Teal": its name
        elif (
            (m := _SHOWING.search(head))
            and m.start() > 0
            and not set(m["what"].split()) & (lexicon.EDIT_WORDS | _PLACES_IN_IT)
        ):
            # "a small video … showing the operator interface": what a picture shows ("… showing
            # at the start": when, a part)
            pass
        elif (m := _TO_MAKE_SMALLER.search(head)) and m.start() > 0:
            smaller = True  # "… to make the file smaller", "… to save bandwidth": what it is for
        elif (
            (m := _PURPOSE_ANY.search(head))
            and m.start() > 0
            and _no_edit(m["verb"])
            and not _A_FAULT_NAMED.search(m[0])
        ):
            # "to modernize the colors": why, in a verb that names no edit ("to kill the
            # background wind": a fault to put right, which the edit must do, is no such why)
            pass
        elif (m := _TO_KEEP_SOMEONE.search(head)) and m.start() > 0:
            pass  # "to keep my 5 year old entertained on the plane": whom it is for
        elif (m := _WHILE_WRITING.search(head)) and m.start() > 0:
            pass  # "when encoding": while promptcut writes the result, as it does every edit
        elif (m := _FOR_WHOM.search(head)) and m.start() > 0 and _no_word_of_an_edit(m["what"]):
            pass  # "for my grandma", "for nice teasers": who or what it is for, no edit
        elif (m := _FOR_A_SERVICE.search(head)) and m.start() > 0:
            pass  # "resize it to 480p for whatsapp": where it is sent, the edit said
        elif (
            (m := _FOR_A_PLAYER.search(head))
            and m.start() > 0
            and _A_FORMAT_SAID.search(head[: m.start()])
        ):
            pass  # "turn it into an mp3 for my 512 MB MP3 player": where it plays, the format said
        elif (m := _FOR_PEOPLE.search(head)) and m.start() > 0:
            pass  # "for people who watch without sound": who it is for, however they are said
        elif (m := _WITH_ARGS.search(head)) and m.start() > 0:
            # "rotate it with transpose=1": the same edit in ffmpeg's words; they give the
            # value when the words before give none
            glossed = _read_whole(normalize(_filter_args(m["args"])))
            if not glossed:
                break
            gloss.extend(glossed)
        elif (said := lexicon.trailing_rider(head)) is not None:
            m = said[1]
            conditions.append(said)
        elif (m := _FOR_A_PLATFORM.search(head)) and m.start() > 0:
            # "… with a blurred background for instagram stories": the shape is the platform's
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            for_shape = PLATFORMS[platform_name(groups)][0]
            # ("mute it for YouTube": where it goes, which takes any shape)
            any_shape = platform_name(groups) == "youtube"
        elif (m := _WHICH_IS.search(head)) and m.start() > 0:
            # ", which is originally 24fps": a fact of the video, true of the file or asked about
            _facts(f"the {m['fact']} video")
            _picture_facts(f"the {m['fact']} video")
        elif (m := lexicon.INSTEAD_OF_FORMAT.search(head)) and m.start() > 0:
            # "in mp4 instead of webm": never written as webm; "as a gif instead of a video":
            # written as no video; "a gif instead of a screenshot": as a moving picture
            not_as = m["fmt"].lstrip(".") if m["fmt"] else "image" if m["still"] else "video"
        elif (m := _WITHOUT_SOUND.search(head)) and m.start() > 0:
            extra.append(Mute())  # "speed it up 2x without sound": and no sound
        elif (m := lexicon.QUALITY_RIDER.search(head)) and m.start() > 0:
            # (before what is not to be done: "without losing the quality", "its clarity must
            # not drop" keep the quality, and ask no edit left out)
            extra.append(Quality(level="high"))
        elif (m := lexicon.CONTRAST.search(head)) and m.start() > 0:
            named = _verb_ops(m["verb"])
            if m["verb"] in _CHANGING and (changed := _changed_by_name(m[0])) is not None:
                named = changed  # ("without changing its speed": what is to stay, by name)
            if not named and not (
                m["verb"].endswith("ing") and re.search(r"\b(?:rather than|instead of)\b", m[0])
            ):
                break  # "without the sound": not a verb of an edit; read (or refused) as said
            # (what is done instead of something that is no edit, "rather than specifying a
            # target", asks nothing)
            unwanted |= named
            uncropped |= named & {"crop"}
            if m["verb"] in _CUTTING:
                unwanted |= _CROPS  # ("make it square but not cut the sides": of the picture)
        elif (m := lexicon.TRAILING_VALUE.search(head)) and m.start() > 0:
            size = re.sub(r"\s+", "", m["size"] or "").replace("*", "x")
            value = f"{m['fps']} fps" if m["fps"] else f"{m['lines']}p" if m["lines"] else size
            extra.extend(_read_whole(f"convert it to {value}") or [])
        elif (
            (m := _TO_MAKE_IT.search(head))
            and m.start() > 0
            and (aim := _read_whole(normalize(m["what"])))
            and (before := _read_whole(head[: m.start()].strip(" ,")))
            and {type(o) for o in aim} <= {type(o) for o in before}
        ):
            pass  # "boost the saturation to make colors more vibrant": its aim, said again
        elif (m := _TO_MAKE_SMALLER.search(head)) and m.start() > 0:
            smaller = True  # "… to make the file smaller": what the edit is for
        elif (m := lexicon.PURPOSE.search(head)) and m.start() > 0:
            vertical = re.search(PLATFORM_WORDS, m[0])
            if vertical is not None:
                # "… for posting on tiktok": a vertical platform asks for its shape
                groups = {k: v for k, v in vertical.groupdict().items() if v is not None}
                shape = PLATFORMS[platform_name(groups)][0]
                if shape == "9:16":
                    for_shape = shape
            why = re.sub(r"^,? (?:so(?: that)?|in order to|so as to|which will|to) ", "", m[0])
            aimed = _read_whole(why)
            extra.extend(aimed or [])
            if not aimed:
                # ("…, to avoid volume jumps": words of the sound in it, of an edit of it?)
                purpose_words |= set(re.findall(r"[a-z]+", why))
                # ("make it warmer to hide the grain": a fault, which an edit asked must fix)
                faults_named += [f[0] for f in _A_FAULT_NAMED.finditer(why)]
                # ("convert it to mp4 because the file is too big": the same, said as why)
                complaints += _sure_fixes(why) if _a_fault(why) else []
        elif (found := _method(head)) is not None:
            m, method = found
        elif (
            (m := _METHOD_TAIL.search(head))
            and m.start() > 0
            and all(
                _names_its_method(head[: m.start()], name)
                for name in re.split(r" (?:or|and) |/", m["names"])
            )
        ):
            pass  # "denoise it with ffmpeg's nlmeans or hqdn3d filter": how it is done
        elif (m := lexicon.BY_DOING.search(head)) and m.start() > 0:
            fitted = _to_a_length(head[: m.start()], f"{m['verb']} {m['rest']}")
            if fitted is not None and not extra and not conditions and not first:
                return fitted  # "make it 30 seconds long by cutting the end"
            means = _read_whole(normalize(f"{_base_form(m['verb'])} {m['rest']}"))
            if not means:
                break  # a means that is no edit of the catalogue's: read (or refused) whole
            first.extend(means)
            means_of.update(op.name for op in means)
        else:
            break
        head = head[: m.start()].strip(" ,")
    if head == clause or not _QUOTED.sub("", head).strip():
        return None  # nothing left but the user's own words in quotes: no instruction
    result = _RESULT_ONLY.fullmatch(head) or _SHORTENED.fullmatch(head)
    if (
        result is not None
        and first
        and {o.name for o in first}
        & lexicon.RESULTS["shorter" if result.re is _SHORTENED else result["r"] or "longer"]
    ):
        # "make the video shorter by removing the first minute": the means is the edit
        names = _rider_names([*first, *extra])
        if not all(r.holds(m, names) for r, m in conditions):
            return None
        if any(type(op) is type(o) and op != o for op in extra for o in first):
            return None  # two values for one edit: which is meant is not guessed
        return first + [op for op in extra if type(op) not in {type(o) for o in first}]
    ops = _read_whole(head) or _read_ranged(head) or _framed(head) or _named(head)
    if ops is None and extra and method is None and not first and _SAVED_AS.fullmatch(head):
        ops = []  # ("export it at 720p at 60 fps": the values are what it is saved at)
    if gloss:
        # "rotate it with transpose=1": the edit named without its value, the value in
        # ffmpeg's words; never "trim the first 2 s and convert it to gif with fps=10" (other
        # edits named, and the words only glossing one of them)
        missing = ops is None and not _SOFT.search(head) and bool(_QUESTION_WORDS.search(head))
        if ops is not None and ops != gloss and re.search(r"\d", head):
            return None  # "rotate it 180 degrees with transpose=1": which is meant?
        if ops is None and not missing:
            return None
        if ops is not None and [o.name for o in ops] != [o.name for o in gloss]:
            return None
        ops = gloss
    if ops is not None and method == "fps" and any(isinstance(o, FrameRate) for o in extra):
        method = None  # ("a gif, at 12.5 fps, leaving out some frames": the rate said after it)
    if ops is None or (method is not None and (ops := _by(ops, method)) is None):
        return None
    if "crop" in uncropped and any(_crops(op) for op in ops) and not re.search(r"\bcrop", head):
        # "make it fit instagram without cropping": the shape reached with bars, not a crop
        # (never "crop it to a square without cropping it": asked and not asked)
        padded = [_padded_instead(op) if _crops(op) else op for op in ops]
        if any(op is None for op in padded):
            return None
        ops = [op for op in padded if op is not None]
    if any(op.name in unwanted for op in ops):
        return None  # "crop it without cropping": what is asked and what is not are the same
    shapes = {_shape_of(op) for op in ops} - {None}
    if for_shape is not None and not (shapes == {_ratio(for_shape)} or (any_shape and not shapes)):
        return None  # "… for tiktok" said of no change of shape, or of another shape
    if not_as is not None and not any(
        isinstance(op, Convert)
        and op.format != not_as
        and (not_as != "video" or op.format == "gif" or output_format(op.format).kind != "video")
        and (not_as != "image" or output_format(op.format).kind == "video")
        for op in ops
    ):
        return None  # "instead of webm" said of no change of format, or of a change to webm
    if any(
        m.groupdict().get("kept") in ("aspect ratio", "proportions")
        or m.groupdict().get("also") in ("aspect ratio", "proportions")
        for _, m in conditions
    ):
        # "scale to 1280x720 preserving the aspect ratio": into that size, the shape kept
        ops = [
            op.model_copy(update={"fit": True})
            if isinstance(op, Resize) and op.width and op.height
            else op
            for op in ops
        ]
    names = _rider_names([*first, *ops, *extra])
    if not all(r.holds(m, names) for r, m in conditions):
        return None  # "mute it, keeping the sound": untrue of what it asks for
    if smaller and not (_made_smaller([*first, *ops, *extra]) or names & _SOUND_ONLY):
        # ("denoise it to make the file smaller": the smaller file too, as its own step)
        extra.append(Quality(level="small"))
    kinds = {type(op) for op in ops}
    if means_of and means_of <= {op.name for op in ops}:
        first = []  # "blur it by using a blur": the means is the edit itself
    elif means_of and ops == [Quality(level="small")] and _made_smaller(first):
        ops = []  # ("make it a smaller file by making it 720p": the means makes it smaller)
    # ("compress it before uploading it to discord", "… for sending on whatsapp": a smaller file
    # is one under the limit of where it goes, the strictest of those named)
    if not any(isinstance(op, Compress) for op in [*first, *ops, *extra]):
        ops = _under_the_limit(ops, clause[len(head) :])
    if Quality(level="high") in extra and any(
        isinstance(op, Compress) or op == Quality(level="small") for op in ops
    ):
        # "reduce the size without losing quality": a smaller file that looks the same, the
        # best a size limit allows or the balanced encoding, never the high one (larger)
        extra = [op for op in extra if op != Quality(level="high")]
        ops = [Quality(level="balanced") if op == Quality(level="small") else op for op in ops]
    if any(type(op) is type(o) and op != o for op in extra for o in ops):
        return None  # "scale it down to 480p, at 720p": which size is meant is not guessed
    if purpose_words & _LOUDNESS_WORDS and not {o.name for o in [*first, *ops, *extra]} & (
        _OF_THE_SOUND
    ):
        return None  # "make it black and white, to avoid volume jumps": of no edit asked
    done = {o.name for o in [*first, *ops, *extra]}
    if any(
        not done & fixers
        for f in faults_named
        for kind, fixers in _FAULTS_FIXED_BY
        if re.fullmatch(kind, f)
    ):
        return None  # "make it warmer to hide the grain": the grain stays
    if complaints and not _answered(complaints, [*first, *ops, *extra]):
        return None  # "make it black and white because it is too dark": still too dark
    return first + ops + [op for op in extra if type(op) not in kinds]


#: A verb that saves the video with no edit of its own: "export it", "render the video".
_SAVED_AS = re.compile(
    r"(?:export|render|save|output|encode|re-?encode|deliver)(?: (?:it|the video|this))?(?: out)?"
    r"|(?:make|give me) (?:it|the video|this)"
)


#: Where a video goes, by a service with a size limit: "to discord", "on whatsapp", "by email"
#: (never what it is like: "…, like Telegram chats do").
_TO_A_SERVICE = re.compile(
    r"\b(?:to|on|via|in|by|over|through|into|for) (?:an? |the |my |our |a )?(?:[\w-]+ )?"
    rf"({lexicon.LIMITED_SERVICE_WORDS})\b"
)


def _under_the_limit(ops: list[Operation], said: str) -> list[Operation]:
    """ "compress it before uploading it to discord", "… for sending on whatsapp": a smaller
    file is one under the limit of where it goes, the strictest of the services the words
    said name; the operations as they are when they name none."""
    limits = [
        mb
        # ("for emailing it to my teacher": by email)
        for name in _TO_A_SERVICE.findall(re.sub(r"\be-?mail(?:ing|ed)\b", "email", said.lower()))
        if (mb := lexicon.SERVICES.get(name)) is not None
    ]
    if not limits:
        return ops
    return [Compress(max_mb=min(limits)) if op == Quality(level="small") else op for op in ops]


#: Words of how loud the sound is: said in what an edit is for, the edit is one of the sound.
_LOUDNESS_WORDS = frozenset({"volume", "loudness", "louder", "quieter", "music"})
#: Edits of the sound.
_OF_THE_SOUND = lexicon.SOUND_EDITS | {"extract_audio"}


def _ratio(aspect: str) -> float:
    across, down = (float(v) for v in aspect.split(":"))
    return round(across / down, 3)


def _shape_of(op: Operation) -> float | None:
    """The shape an edit gives the picture, as width over height: its aspect, or the width and
    height it is resized to ("resize to 1080x1920", 9:16); None when it gives none."""
    aspect = getattr(op, "aspect", None)
    if isinstance(aspect, str) and ":" in aspect:
        return _ratio(aspect)
    if isinstance(op, Resize) and op.width and op.height:
        return round(op.width / op.height, 3)
    return None


#: The video's length said on its own, after it: ", 40 mins long", "(it's 3 minutes long)".
_IS_LONG = re.compile(
    r"(?:(?:which|that) is |it'?s |it is |and )?(?:about |around |roughly |approx(?:imately)? |~)?"
    rf"(?P<d>{lexicon.DURATION_FACT.pattern}) long"
)
#: ", which takes 9 minutes": how long it plays.
_TAKES = re.compile(
    r"(?:which|that|it) (?:takes|lasts|runs(?: for)?|plays for)(?: about| around| roughly)? "
    rf"(?P<d>{lexicon.DURATION_FACT.pattern})(?: long)?"
)


#: "make the video shorter": what an edit makes of it, said as the instruction.
_RESULT_ONLY = re.compile(
    r"(?:make|get|have) (?:it|the video|this) (?:a (?:bit|lot|little) |much )?"
    r"(?P<r>" + "|".join(lexicon.RESULTS) + r")"
    # "pad the end by holding the last frame": longer, at the end
    r"|(?:pad|extend|lengthen|prolong)(?: out)? (?:the end|it|the video)(?: of (?:it|the video))?"
)
#: A verb of shortening alone, before the means said: "trim it by cutting it off at 3 minutes".
_SHORTENED = re.compile(
    r"(?:trim|shorten|cut|chop|edit)(?: down)?(?: (?:it|the video|this))?(?: down)?"
)


#: "… for instagram stories": the platform a change of shape is for.
_FOR_A_PLATFORM = re.compile(
    rf",? for (?:an? |the |my |our )?{PLATFORM_WORDS}(?: (?:video|post|clip|upload|feed|format|ad|"
    r"ads|advert|advertisement|campaign|account|page|profile|channel))?$"
)


#: ", which is originally 24fps", "that is 3 minutes long": what the video is, said after it.
_WHICH_IS = re.compile(
    r",? (?:which|that) (?:is|was|are|were|has|had|runs at|plays at)(?: originally| currently|"
    rf" already| now| actually| only| natively)? (?:at )?(?P<fact>{lexicon.STATED_FACT})(?: long)?$"
)


#: "… to <verb> the …": a purpose, when its verb names no edit of the catalogue's.
_PURPOSE_ANY = re.compile(
    r",? (?:in order |so as )?to (?P<verb>[a-z]+) (?:the|a|an|my|our|your|it|its|them|their|"
    r"this|that|these|those) [^,;0-9]*$"
)


#: Faults of the sound or the picture, by their words, and the edits that put each right.
_FAULTS_FIXED_BY: tuple[tuple[str, frozenset[str]], ...] = (
    (
        r"noises?|wind|hum|humming|hiss|hissing|buzz|buzzing|whin(?:e|es|ing)|crackl\w*|static|"
        r"rumble|echo|clicks|pops",
        frozenset({"audio_denoise", "mute", "replace_audio", "remove_silence"}),
    ),
    (r"shak\w*|jitter\w*|wobbl\w*", frozenset({"stabilize"})),
    (r"grain|grainy", frozenset({"denoise"})),
    (r"flicker\w*", frozenset()),  # (no edit of promptcut's puts it right)
    (r"blur|blurry", frozenset({"sharpen"})),
)
#: A fault of the sound or the picture, named: "the background wind and whining", "the shake".
_A_FAULT_NAMED = re.compile(r"\b(?:" + "|".join(words for words, _ in _FAULTS_FIXED_BY) + r")\b")
#: What an edit is for, when that is a fault put right: "to drown out the hiss".
_TO_PUT_RIGHT = re.compile(
    r"\bto [a-z]+(?: (?:out|away|off|down|up))? (?:the |a |an |my |our |all the |that |this )?"
    r"(?:[a-z-]+ ){0,2}(?:" + "|".join(words for words, _ in _FAULTS_FIXED_BY) + r")\b"
)


#: "… to keep my 5 year old entertained": a person kept some way, what the edit is for.
_TO_KEEP_SOMEONE = re.compile(
    r",? (?:in order |so as )?to keep (?:(?:my|our|the|his|her|their|your) (?:\d+[ -]years?[ -]old|"
    r"(?:little |young )?(?:kids?|children|son|daughter|baby|toddler|family|grandkids|"
    r"grandchildren|grandson|granddaughter|viewers?|audience|students?|class|guests?|fans|"
    r"followers))|him|her|"
    r"them|me|us|everyone|people|viewers) (?:entertained|busy|happy|quiet|interested|engaged|"
    r"amused|watching|hooked)(?: [^,;]*)?$"
)
#: "… to make colors more vibrant": what the edit before is to make of the video.
_TO_MAKE_IT = re.compile(
    r",? (?:in order |so as )?to (?P<what>make (?:it|them|the (?:video|colou?rs|picture|image|"
    r"audio|sound|voices?|speech)|colou?rs|voices?) [^,;]+)$"
)
#: "… to make the file smaller", "… to reduce the file size" (normalized to it): a smaller
#: file, what the edit before is for.
_TO_MAKE_SMALLER = re.compile(
    r",? (?:in order |so as )?to (?:make|get|keep) (?:the (?:file|video|file size|size)|it) "
    r"(?:(?:a (?:bit|little|lot)|much|way) )?(?:smaller|lighter|down)$"
    # "…, to get the most out of my bandwidth-constrained connection": less data to send
    r"|,? (?:in order |so as )?to (?:save|spare|use less|get the most out of|go easy on|be easy "
    r"on) (?:my |our |the |their |your )?(?:[\w()-]+ ){0,3}?(?:bandwidth|mobile data|data plan|"
    r"data usage|data|upload (?:time|speed))\b[^,;\d\"]*$"
    # "…, to reduce storage", "to save some disk space": less room taken where it is kept
    r"|,? (?:in order |so as )?to (?:save|spare|use less|reduce|cut down on|free up|conserve|"
    r"take up less|take less) (?:some |more |a lot of |my |our |the |its )?(?:disk |drive |"
    r"hard drive |hard disk |storage |server |phone |cloud )?(?:space|storage)"
    r"(?: (?:on|in) (?:my |our |the |its )?(?:[\w-]+ ){0,2}?(?:disk|drive|phone|server|nas|cloud|"
    r"computer|pc|laptop|storage))?$"
    # "…, to significantly speed its transfer", "to speed up the upload": less to send
    r"|,? (?:in order |so as )?to (?:(?:significantly|greatly|really|drastically) )?(?:speed up|"
    r"speed|accelerate|quicken|shorten) (?:its|the|my|our) (?:transfer|upload|uploading|sending|"
    r"download|loading|load time|transfer time|upload time)s?$"
)


#: "… when encoding", "… while converting it": the edit done as the file is written, as every
#: edit is.
_WHILE_WRITING = re.compile(
    r",? (?:when|while|whilst|during) (?:i'm |i am |we're |we are )?(?:the )?"
    r"(?:encoding|re-?encoding|converting|transcoding|exporting|rendering|processing|saving)"
    r"(?: (?:it|the (?:video|file|clip)))?$"
    # "before the final render and upload": when, as every edit is done before it
    r"|,? (?:before|for|ahead of) (?:the |my |our )?(?:final |last )?(?:render|upload|export|"
    r"publishing|release|broadcast)(?: and (?:the )?(?:render|upload|export|publishing|release|"
    r"broadcast))?$"
)
#: "… for my grandma", "… for nice teasers": who or what the result is for.
_FOR_WHOM = re.compile(r",? for (?P<what>[a-z][a-z' -]*)$")
#: "… for whatsapp", "… for an email attachment": where the result is sent, after an edit
#: that says how it is made (the service's size limit is asked for only as "compress it for
#: whatsapp" or "small enough for email").
_FOR_A_SERVICE = re.compile(
    r",? for (?:sending (?:by|via|on|over|in) |sharing (?:on|via|in) )?(?:the |my |an? )?"
    rf"{lexicon.SERVICE_WORDS}(?: (?:upload|attachment|message|post|chat|group|server|channel|page|"
    r"account|profile|feed|story|ad|campaign)s?)?$"
)
#: "… for my 512 MB MP3 player", "… for the car stereo": what it is played on, after an edit
#: that says the format (never "in the video player": a player's own setting).
_FOR_A_PLAYER = re.compile(
    r",? (?:so (?:that )?i can (?:play|listen to|watch) it on |to (?:play|listen to|watch) on "
    r"|for )(?:my|our|an?|his|her|the) (?:old |new |little |portable |cheap )?"
    r"(?:\d+(?:\.\d+)? ?(?:gb|mb|gigs?|megs?) )?"
    r"(?:mp3|mp4|video|music|media|audio|dvd|blu-?ray|cd|car) (?:player|stereo|radio)s?$"
)
#: A format (or a file of sound) said in an edit: the player after it is where that file plays.
_A_FORMAT_SAID = re.compile(
    r"\b(?:mp3|mp4|m4a|m4v|aac|wav|flac|ogg|opus|webm|mov|mkv|avi|audio file|sound file)\b"
)
#: People it is for, and what is said of them: "for people who watch without sound", "for
#: those of us that spend hours a day in traffic".
_FOR_PEOPLE = re.compile(
    r",? (?:especially |mainly |mostly |also )?for (?:the sake of )?(?:the )?"
    # ("for non-nitro users", "for older viewers": which of them)
    r"(?:[a-z]+(?:-[a-z]+)* (?=(?:people|persons|viewers|users|students|folks|audiences?|"
    r"customers|clients|members)\b))?(?:people|persons|viewers|users|those|"
    r"anyone|everyone|students|folks|audiences?|customers|clients|recipients|members|deaf|"
    r"deaf (?:people|viewers|users|folks|students)|hard of hearing|hearing[- ]impaired(?: people"
    r"| viewers)?)(?: of (?:us|you|them))?(?: (?:who|that|with|without|in|on|using|watching)\b"
    r"[^\"\d,;]*"
    r"(?:,? (?:or|and) (?:who|those who|people who|for those who)\b[^\"\d,;]*)*)?$"
)
_DETERMINERS = frozenset(
    {"a", "an", "the", "my", "our", "your", "his", "her", "their", "some", "this", "that"}
)


def _no_word_of_an_edit(words: str) -> bool:
    """Whether words say nothing an edit could take: no word any operation's phrasings use
    (a part, a platform, an object, an amount), only determiners and words of their own."""
    if re.search(rf"\b(?:{lexicon.SERVICE_WORDS}|{PLATFORM_WORDS})", words):
        return False  # ("for discord without losing quality": where it is sent, and its limit)
    said = set(re.findall(r"[a-z']+", words)) - _DETERMINERS
    return bool(said) and not said & _vocabulary() and not said & lexicon.EDIT_WORDS


def _no_edit(verb: str) -> bool:
    return verb not in _verbs() and not _verb_ops(verb) and verb not in _vocabulary()


#: "… with transpose=1", "using setpts=2*PTS": the edit said again as ffmpeg's arguments.
_WITH_ARGS = re.compile(
    r",? (?:with|using|via|by|through) (?:ffmpeg'?s? )?(?:the )?(?:filter )?"
    r"(?:-vf |-af |-filter:[va] )?"
    r"(?P<args>[a-z]+ ?= ?[\w.*/:+-]+)(?: filter)?$"
)


#: Words that name an edit whose value is missing (see lexicon.QUESTIONS).
_QUESTION_WORDS = re.compile("|".join(f"(?:{q.pattern.pattern})" for q in lexicon.QUESTIONS))


def _smooth(clause: str) -> list[Operation] | None:
    """A slow-down or a higher frame rate asked to be smooth ("smooth slow motion", "convert it
    to 60 fps with interpolation"): its frames interpolated."""
    if not lexicon.SMOOTH.search(clause):
        return None
    rest = re.sub(r"\s+", " ", lexicon.SMOOTH.sub("", clause)).strip()
    ops = _read_whole(rest) or _read_ranged(rest) if rest else None
    if not ops or not any(_made_smooth(op) for op in ops):
        return None
    return [op.model_copy(update={"smooth": True}) if _made_smooth(op) else op for op in ops]


def _made_smooth(op: Operation) -> bool:
    """Whether an edit can be made smooth by interpolating frames: a slow-down, or a frame rate
    (higher than the video's, as its check says)."""
    return (isinstance(op, Speed) and op.factor < 1) or isinstance(op, FrameRate)


#: "make the video 30 seconds long", "turn it into a 15 second clip": a length for the result.
_TO_A_LENGTH = re.compile(
    r"(?:make|get|cut|trim|shorten|bring|turn|reduce|edit|condense)(?: (?:it|the (?:video|clip)))?"
    r"(?: down)?(?: (?:to|into))?(?: (?:a|an))?(?: (?:total )?(?:length|duration) of)?"
    rf" (?:(?P<d>{_T_})(?: (?:long|clip|video|in length|or less|max|at most))*"
    # "make it half as long", "a third as long": a share of its length
    r"|(?P<share>half|a third|a quarter|one third|one quarter|one half) (?:as long|the length"
    r"|its length|of its length))"
)
_SHARES = {"half": 2, "one half": 2, "a third": 3, "one third": 3, "a quarter": 4, "one quarter": 4}
#: How a length is reached: cutting the end or the start off, or playing it faster.
_LENGTH_MEANS = re.compile(
    r"(?P<end>(?:cutting|trimming|chopping|removing|dropping|deleting)(?: off| out| away)? "
    r"(?:the (?:end|ending|rest|tail|remainder|last part)|what comes after|everything after))"
    r"|(?P<start>(?:cutting|trimming|chopping|removing|dropping|deleting)(?: off| out| away)? "
    r"(?:the (?:start|beginning|front|head|first part)))"
    r"|(?P<speed>(?:speeding(?: it| the video)? up|playing it faster|making it faster))"
)


def _to_a_length(head: str, means: str) -> list[Operation] | None:
    """ "make the video 30 seconds long by cutting the end": the length the result is asked
    to have, reached the way the means says (None when the words say something else)."""
    said, how = _TO_A_LENGTH.fullmatch(normalize(head)), _LENGTH_MEANS.fullmatch(means.lower())
    if said is None or how is None:
        return None
    duration = media_duration.get()
    if said["share"]:
        if duration is None:
            return None
        length = duration / _SHARES[said["share"]]
    else:
        length = parse_time(said["d"])
    if duration is not None and length >= duration:
        raise InvalidRequest(
            f"the video is {fmt_seconds(duration)} long, "
            f"already no longer than {fmt_seconds(length)}"
        )
    if how["end"]:
        return _read_whole(f"keep the first {fmt_clock(length)}")
    if how["start"]:
        return _read_whole(f"keep the last {fmt_clock(length)}")
    return _read_whole(f"speed it up so it lasts {fmt_clock(length)}")


def _method(clause: str) -> tuple[re.Match[str], str] | None:
    for pattern, method in lexicon.METHODS:
        if (m := pattern.search(clause)) and m.start() > 0:
            return m, method
    return None


def _crops(op: Operation) -> bool:
    """Whether `op` cuts part of the picture away: a crop, or a platform's shape cropped."""
    return op.name in _CROPS and not (isinstance(op, Platform) and op.fit == "pad")


def _padded_instead(op: Operation) -> Operation | None:
    """`op`'s shape reached with bars instead of a crop; None when it has no shape to pad to
    ("crop 100 pixels off the top without cropping")."""
    padded = _by([op], "pad")
    return padded[0] if padded else None


def _by(ops: list[Operation], method: str) -> list[Operation] | None:
    """`ops` done the way "by <method>" says; None when the method is not a way to do them."""
    if method == "pad":
        done: list[Operation] = []
        for op in ops:
            if isinstance(op, Crop) and op.aspect:
                done.append(Pad(aspect=op.aspect))
            elif isinstance(op, Platform):
                done.append(op.model_copy(update={"fit": "pad"}))
            elif isinstance(op, Pad):
                done.append(op)
            else:
                return None
        return done
    if method == "blur":
        # "to vertical, adding blur to the upper and lower parts": the shape filled with a
        # blurred copy, nothing cut off
        shapes = [op.aspect for op in ops if isinstance(op, (Crop, Pad, BlurFill)) and op.aspect]
        return [BlurFill(aspect=a) for a in shapes] if len(shapes) == len(ops) else None
    if method == "stretch":
        # "to 16:9 by stretching it": its height kept, its width the shape's
        ratios = [op.aspect.split(":") for op in ops if isinstance(op, Crop) and op.aspect]
        sizes = [_stretched_size(int(a), int(b), _picture.get()) for a, b in ratios]
        if len(ratios) != len(ops) or None in sizes:
            return None
        return [Resize(width=w, height=h) for w, h in filter(None, sizes)]
    if method == "fps":
        # "a gif at 12.5 fps, leaving out some frames": a frame rate lowered (a gif's own, or
        # with the rest of what is asked)
        rates = [op for op in ops if isinstance(op, FrameRate) or (isinstance(op, Gif) and op.fps)]
        return (
            ops if rates and all(isinstance(op, (FrameRate, Gif, Convert)) for op in ops) else None
        )
    return ops if all(isinstance(op, (Crop, Platform)) for op in ops) else None


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word the grammars are written in, with their spelling variants spelled out
    ("gr[ae]y" gives gray and grey, "colou?r" colour and color)."""
    words: set[str] = set()
    for op in CATALOGUE.values():
        words.update(w for ex in op.examples for w in re.findall(r"[a-z]+", ex.lower()))
        for rule in op.grammar:
            for token in _WORDS_IN_PATTERN.findall(rule.source):
                words.update(_spellings(token))
    return frozenset(w for w in words if len(w) >= 3)


_WORDS_IN_PATTERN = re.compile(r"[a-z]+(?:(?:\[[a-z]+\]|[a-z]\?)[a-z]*)+|[a-z]{3,}")


def _spellings(token: str) -> list[str]:
    """The words a regex fragment like 'gr[ae]y' or 'colou?r' spells."""
    m = re.search(r"\[([a-z]+)\]|([a-z])\?", token)
    if m is None:
        return [token]
    head, tail = token[: m.start()], token[m.end() :]
    options = list(m.group(1)) if m.group(1) else [m.group(2), ""]
    return [w for o in options for w in _spellings(head + o + tail)]


#: Endings of real words made from others, which a typo rarely makes.
_WORD_ENDINGS = (
    "er", "est", "ed", "ing", "ly", "able", "ible", "ful", "less", "ness", "ment", "ous", "ive",
)  # fmt: skip


@lru_cache(maxsize=4096)
def _near(word: str) -> tuple[str, ...]:
    """Grammar words `word` may be a small typo of; none for a known or short word (one
    letter turns a short word into other words too easily)."""
    vocabulary = _vocabulary()
    if len(word) < 4 or word in vocabulary:
        return ()
    if any(word.startswith(p) and word[len(p) :] in vocabulary for p in ("un", "de", "dis", "non")):
        return ()  # ("unmute", "unblur": the edit undone, never the edit)
    near = [w for w in vocabulary if abs(len(w) - len(word)) <= 2]
    # An inflected or derived word ("nicer", "shorter", "usable", "playful") is more often a
    # real word the grammars do not know than a typo: only a very close match counts ("make
    # it usable" is never "make it stable").
    cutoff = 0.9 if word.endswith(_WORD_ENDINGS) else 0.8
    return tuple(difflib.get_close_matches(word, near, n=2, cutoff=cutoff))


def _respelled(clause: str) -> list[Operation] | None:
    """What the clause asks for once typos in its words are put right: the fewest
    corrections that make it read. Quoted text is never touched."""
    hidden, quoted = _protect(clause)
    words = dict.fromkeys(re.findall(r"[a-z]+", hidden))
    fixes = [(w, near) for w in words if (near := _near(w))][:4]
    for count in range(1, len(fixes) + 1):
        for chosen in itertools.combinations(fixes, count):
            for picks in itertools.product(*(near for _, near in chosen)):
                table = {w: p for (w, _), p in zip(chosen, picks, strict=True)}
                text = _restore(" ".join(table.get(w, w) for w in hidden.split(" ")), quoted)
                found = _read_whole(text) or _read_ranged(text)
                if found is not None:
                    return found
    return None


@dataclass(frozen=True)
class _Rules:
    """Every operation's rules in catalogue order, each with its operation's place, and which
    of them a clause may be read by: those whose words (one of which every clause they read
    contains) it has, and those with no such words."""

    rules: tuple[tuple[int, Rule, Callable[[str], re.Match[str] | None]], ...]
    #: for each word, the places of the rules that need it or a longer word it starts
    by_word: dict[str, frozenset[int]]
    always: frozenset[int]
    #: the longest word at each place of a clause (a word found there means every shorter
    #: word it starts with is there too)
    finder: re.Pattern[str]

    def candidates(self, clause: str) -> list[int]:
        """The places of the rules that may read `clause`, in order: a far cheaper test than
        trying them all, since most rules cannot read most clauses."""
        found = set(self.always)
        for word in set(self.finder.findall(clause)):
            found |= self.by_word[word]
        return sorted(found)


@lru_cache(maxsize=1)
def _whole_rules() -> _Rules:
    rules = [(n, rule, rule.pattern.fullmatch) for n, op in enumerate(CATALOGUE.values())
             for rule in op.grammar]  # fmt: skip
    by_word: dict[str, list[int]] = defaultdict(list)
    always = set()
    for place, (_, rule, _) in enumerate(rules):
        words = needed_words(rule.source)
        for word in words:
            by_word[word].append(place)
        if not words:
            always.add(place)
    longest_first = sorted(by_word, key=len, reverse=True)
    return _Rules(
        tuple(rules),
        {
            word: frozenset(p for w in by_word if word.startswith(w) for p in by_word[w])
            for word in by_word
        },
        frozenset(always),
        re.compile("(?=(" + "|".join(map(re.escape, longest_first)) + "))"),
    )


def _read_whole(clause: str) -> list[Operation] | None:
    """What the first rule of each operation that reads the clause whole makes of it. Two
    operations reading it differently is a tie: refused with both readings, never settled by
    which operation comes first."""
    readings: list[list[Operation]] = []
    every = _whole_rules()
    read_by: set[int] = set()  # the operations that have read it
    for place in every.candidates(clause):
        op, rule, fullmatch = every.rules[place]
        if op in read_by or fullmatch(clause) is None:
            continue
        found = rule.match(clause)
        if found is None:
            continue
        if readings and found != readings[0]:
            first, other = ("; ".join(o.describe() for o in r) for r in (readings[0], found))
            raise ValueError(f"this could mean '{first}' or '{other}'; say which, in other words")
        readings.append(found)
        read_by.add(op)
    return readings[0] if readings else None


_T = PIECES["time"]
# A time range inside a clause, and the (start, end) it means; end None = the end.
_ALL_OF_IT = r"(?:everything|all(?: of it)?|the (?:whole |entire )?video|it)"
_EXCEPT = r"(?:except|but|apart from|other than|besides|excluding)"
#: "but" says "except" only after what it is said of ("everything but the first 5 seconds"):
#: "make it black and white but only for the first 30 seconds" is of those 30 seconds.
_EXCEPTING = (
    r"(?:(?:everything|all(?: of it)?|the (?:whole |entire )?video) but"
    rf"|(?:{_ALL_OF_IT} )?(?:except|apart from|other than|besides|excluding))"
)
_RANGES: list[
    tuple[re.Pattern[str], Callable[[dict[str, str]], tuple[float | None, float | None]]]
] = [
    (
        re.compile(
            r"(?:(?:in |during |for |over )?(?:the |a )?"
            r"(?:part|section|bit|segment|portion|stretch)(?: of (?:the video|it))? )?"
            rf"(?:from |between )?(?P<a>{_T}) ?(?:to|and|-|until|till|through) ?(?P<b>{_T})"
            r"(?: mark)?"
        ),
        lambda g: parse_times(g["a"], g["b"]),
    ),
    # "blur everything except the first 5 seconds": the rest of the video
    (
        re.compile(rf"{_EXCEPTING} (?:for )?(?:the )?first (?P<d>{_T})"),
        lambda g: (parse_time(g["d"]), None),
    ),
    (
        re.compile(rf"{_EXCEPTING} (?:for )?(?:the )?(?:last|final) (?P<d>{_T})"),
        lambda g: (None, -parse_time(g["d"])),
    ),
    (
        re.compile(rf"(?:for|during|in|over) (?:the )?first (?P<d>{_T})"),
        lambda g: (None, parse_time(g["d"])),
    ),
    (
        re.compile(rf"(?:for|during|in|over) (?:the )?(?:last|final) (?P<d>{_T})"),
        lambda g: (-parse_time(g["d"]), None),
    ),
    (
        re.compile(
            rf"(?:from|after|starting at|starting from) (?P<a>{_T})(?: on(?:wards?)?| to the end)?"
        ),
        lambda g: (parse_time(g["a"]), None),
    ),
    (
        re.compile(rf"(?:until|till|up to|before) (?P<b>{_T})"),
        lambda g: (None, parse_time(g["b"])),
    ),
    (
        re.compile(rf"(?:the )?(?:very )?first (?P<d>{_T})"),
        lambda g: (None, parse_time(g["d"])),
    ),
    (
        re.compile(rf"(?:the )?(?:very )?(?:last|final) (?P<d>{_T})"),
        lambda g: (-parse_time(g["d"]), None),
    ),
    (
        re.compile(rf"for (?P<d>{_T})"),  # "add the title 'Hi' for 2 seconds": from the start
        lambda g: (None, parse_time(g["d"])),
    ),
]


def _read_ranged(clause: str) -> list[Operation] | None:
    quoted = [q.span() for q in _QUOTED.finditer(clause)]
    for pattern, span in _RANGES:
        for m in pattern.finditer(clause):
            if any(a < m.end() and m.start() < b for a, b in quoted):
                continue  # "add the title '5 to 10'": the user's words, not a range
            if _THINGS_COUNTED.match(clause, m.end()):
                continue  # "the time-lapse I made from 1150 photos": a count, never a time
            rest = (clause[: m.start()] + " " + clause[m.end() :]).strip()
            with_it = _with_it(clause, m)
            for candidate in (re.sub(r"\s+", " ", rest), with_it, normalize(with_it)):
                found = _read_whole(candidate) if candidate else None
                if found and all(isinstance(op, Mute) for op in found):
                    found = [Volume(percent=0)]  # "mute 0:10 to 0:20": that part silent
                if found and all(op.name in _OUTPUTS for op in found):
                    # "a gif of 0:30 to 0:40": of that part only
                    start, end = span({k: v for k, v in m.groupdict().items() if v})
                    return [Trim(start=start or 0.0, end=end), *found]
                if found and all(isinstance(op, Ranged) and not op.ranged for op in found):
                    start, end = span({k: v for k, v in m.groupdict().items() if v})
                    return [op.model_copy(update={"start": start, "end": end}) for op in found]
    return None


#: Things counted after a number: never a time ("made from 1150 photos").
_THINGS_COUNTED = re.compile(
    r" (?:photos?|pictures?|pics?|images?|stills?|snaps(?:hots?)?|shots?|people|persons?|clips?|"
    r"videos?|files?|pages?|slides?|copies|items?|cameras?|phones?|takes?|tracks?|songs?)\b"
)


#: Operations that make another kind of file of the video: a part named with them is the
#: part the file is made of.
_OUTPUTS = frozenset({"gif", "convert", "extract_audio"})


def _with_it(clause: str, m: re.Match[str]) -> str:
    """The clause with the range replaced by 'it': 'make 0:05 to 0:10 black and white'."""
    return re.sub(r"\s+", " ", f"{clause[: m.start()]} it {clause[m.end() :]}").strip()


#: How a value's bound reads, by the kind of error pydantic gives for it.
_BOUNDS = {
    "less_than_equal": ("le", "at most"),
    "less_than": ("lt", "below"),
    "greater_than_equal": ("ge", "at least"),
    "greater_than": ("gt", "above"),
}


def _reason(e: Exception) -> str:
    if isinstance(e, ValidationError):
        err = e.errors()[0]
        bound = _BOUNDS.get(err["type"])
        if bound is not None and err.get("loc") and isinstance(err.get("input"), int | float):
            # ("a 60 fps gif": the value said, and what the edit takes, in its own words)
            limit = (err.get("ctx") or {}).get(bound[0])
            field = str(err["loc"][-1]).replace("_", " ")
            kind = next(
                (op.name for op in CATALOGUE.values() if op.__name__ == e.title), e.title.lower()
            ).replace("_", " ")
            return (
                f"a {kind} {field} of {err['input']:g} is out of range: it must be "
                f"{bound[1]} {limit:g}"
            )
        return str(err["msg"]).removeprefix("Value error, ")
    return str(e)


def _pieces(clause: str) -> list[str]:
    """The clause cut at every 'and'; each piece keeps its original text."""
    hidden, quoted = _protect(clause)
    return [_restore(p, quoted) for p in _SOFT.split(hidden) if p.strip()]


#: Where a clause says why ("so that I can start the next one with it").
_WHY = re.compile(
    r"(?:so that|so as to|in order to|so (?:i|we|you|it|they) |because |since |'?cause "
    # ("…, despite being normal for my own use": what holds all the same)
    r"|despite |in spite of |even though |now that "
    r"|as (?:i|we|you|it|they|there|my|our|the|this|that)(?:'s|'m|'re)? "
    # ("…, as Discord now supports HEVC": what a service does, why)
    r"|as [a-z0-9]+ (?:now |already |also |finally |only |still )?(?:supports?|allows?|accepts?|"
    r"requires?|needs?|plays?|limits?|caps?|takes?|handles?|shows?|compresses|doesn't|does not|"
    r"won't|can't|cannot) )"
)


def _piece_spans(clause: str, pieces: list[str]) -> list[tuple[int, int]] | None:
    """Where each piece lies in the clause. Pieces are found in order, each after the one
    before: a word said twice ("with white and make it black and white") is two pieces, never
    one found twice. None when a piece is not found as written."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        at = clause.find(piece, cursor)
        if at < 0:
            return None
        spans.append((at, at + len(piece)))
        cursor = at + len(piece)
    return spans


def _join(
    clause: str, pieces: list[str], spans: list[tuple[int, int]] | None, i: int, j: int
) -> str:
    """The original text spanning pieces i..j-1, separators included."""
    if j - i == 1:
        return pieces[i]
    if spans is None:
        return " and ".join(pieces[i:j])
    return clause[spans[i][0] : spans[j - 1][1]]


def _verbless(text: str) -> bool:
    """Whether a piece starts with no verb: "the last 5 scenes", "0:30 to 0:40", "to black at
    the end"."""
    said = normalize(text)
    first = said.split(" ", 1)[0] if said else ""
    return first in ("the", "a", "an", "its") or first in _LEADS or said[:1].isdigit()


#: Prepositions a piece may start with when it goes on with the verb before it ("fade from
#: black at the start and to black at the end").
_LEADS = frozenset({"to", "into", "from", "at", "with", "for", "on", "over"})


#: A file's size from what it is to what it should be, said after another change: "and from
#: 37MB to 4MB", "and 37 MB to 4 MB".
_AND_SIZE_FROM_TO = re.compile(
    r"(?:and |, )?(?:from )?\d+(?:\.\d+)? ?(?:mb|gb) (?:to|->|→) \d+(?:\.\d+)? ?(?:mb|gb)"
)
#: Verbs that make a file smaller however its size is said.
_REDUCERS = frozenset({"reduce", "shrink", "compress", "decrease", "lower", "downsize"})


def _carry(previous: str, ops: tuple[Operation, ...] | None, text: str) -> list[Operation] | None:
    """Read 'the last 3 seconds' in 'cut the first 2 seconds and the last 3 seconds' with the
    verb of the clause before it, if that yields the same operation."""
    if not ops or re.fullmatch(r"[\d:.,]+", text.strip()):
        return None  # "blur from 5 to 10 and 20": a bare number is no value of the edit before
    said, verb = normalize(text).strip(), normalize(previous).split(" ", 1)[0]
    if _AND_SIZE_FROM_TO.fullmatch(said) and verb in _REDUCERS:
        # "reduce it from 1080p to 480p and 37MB to 4MB": the file made smaller too
        with suppress(InvalidRequest):
            return _match(f"{verb} it to {re.split(r' (?:to|->|→) ', said)[-1]}")
        return None
    if _OWN_VERB.match(normalize(text)):
        # "apply a grey filter to the video and show it in the wall": a verb and its object,
        # an instruction of its own, never words after the one before ("… to show it …")
        return None
    words = normalize(previous).split()
    particles = ("in", "out", "up", "down")
    if (
        text.strip().split(" ", 1)[0].rstrip(",;") in particles
        and len(words) > 2
        and words[-1] in particles
    ):
        # "fade the audio in and out": the second is the audio's fade too
        try:
            found = _match(" ".join(words[:-1]) + " " + text.strip())
        except InvalidRequest:
            found = None
        if found and all(type(f) is type(ops[0]) for f in found):
            return found
    # the verb alone, the verb and its article, or all before the clause's first preposition
    # ("add a fade from black …" and "to black at the end": "add a fade to black at the end")
    # ("… at the start and end": all before its last preposition, and the words after it,
    # when they are no number: "from 0:10 to 0:20 and 0:30" is not "from 0:10 to 0:30")
    leads = [n for n, w in enumerate(words) if n > 2 and w in _LEADS]
    after = [] if re.search(r"\d", text) else [n + 1 for n in leads[-1:]]
    cuts = (1, 2, *leads[:1], *after)
    for n in cuts:
        if len(words) > n:
            try:
                found = _match(" ".join(words[:n]) + " " + text)
            except InvalidRequest:
                continue
            if found and all(type(f) is type(ops[0]) for f in found):
                if list(found) == list(ops) and n > 2:
                    # (the edit before read again from its words up to a preposition, the
                    # piece's own adding nothing to it: "…, and fade into the performance" is
                    # never "cut the first 50 seconds of the video")
                    return None
                if any(
                    getattr(f, "file", None) and f.file == getattr(o, "file", None)  # type: ignore[attr-defined]
                    for f in found
                    for o in ops
                ):
                    # "overlay logo.png in a corner with some transparency": the same file's
                    # overlay said more of, never a second one
                    return None
                return found
            if found and words[0] in _SETTERS and n == 1:
                # "change the resolution to 1280x720 and the framerate to 30": a verb that
                # sets whatever is named after it
                return found
    return None


#: A piece that starts with a verb and its object: "show it in the wall", "mute the video".
_OWN_VERB = re.compile(
    r"(?!(?:the|a|an|its|to|into|from|at|with|for|on|over|and|or|last|first|next|both|each|"
    r"all|then|also|in|out|up|down|off|away|back)\b)[a-z]+ (?:it|them|this|that|these|those|the|"
    r"a|an|my|our|your|its)\b"
)


#: Verbs that set whatever is named after them ("change the X to …, and the Y to …", "make
#: the audio louder and the picture brighter").
_SETTERS = frozenset({"change", "set", "adjust", "switch", "bring", "convert", "turn", "make"})


#: What something is like, in adjectives: "the lighting is flat and bluish", "it looks dull or
#: a bit greenish" (a word of how much before each; never a verb after the "and").
_HOW_MUCH_SAID = (
    r"(?:a bit|a little|pretty|very|quite|really|so|too|rather|somewhat|slightly|kind of|in)"
)
_LIKE_LISTED = re.compile(
    r"(?:(?:the|my|our|its|this|that) )?(?:[a-z'-]+ ){0,6}(?:is|are|was|were|looks?|seems?|"
    r"appears?|feels?|sounds?|plays?|runs?|moves?|came out|comes out|turned out|ended up)"
    rf"(?: (?:already|still|now|also|all))?(?: {_HOW_MUCH_SAID})?"
    rf" [a-z-]+(?: [a-z-]+)?(?:,? (?:and|or) (?:(?:{_HOW_MUCH_SAID}|also) )?[a-z-]+(?: [a-z-]+)?)"
)


def _no_verb_listed(words: list[str]) -> bool:
    """Whether the words after a statement's "and" are what it is like ("bluish", "slow
    motion"), never a verb and what it is done to ("stabilize it", "crop the top")."""
    if len(words) == 1:
        return words[0] not in _verbs()
    return words[-1] not in _OBJECT_WORDS | _PARTICLES | {"the", "this", "my", "all", "a"}


def _read(clause: str, errors: dict[str, InvalidRequest]) -> _Parse:
    """The reading of one hard clause that leaves the least text unread, then uses the fewest
    clauses ('black and white' is one clause, not two). Pieces understood but impossible are
    put in `errors`, by text. Typos are looked for only when the words as written leave
    something unread: most requests never pay for it."""
    reading = _read_as(clause, errors)
    if reading.unread:
        token = _respelling.set(True)
        try:
            reading = _read_as(clause, errors)
        finally:
            _respelling.reset(token)
    if (
        len(reading.clauses) > 1
        and reading.clauses[0][1] is None
        and reading.clauses[0][0] not in errors
        and (
            (
                lexicon.states(normalize(clause))
                and all(ops is None and t not in errors for t, ops in reading.clauses)
            )
            or _STATED_WITH.search(clause.lower()) is not None
            # ("the lighting is flat and bluish": what it is like, in a list of adjectives;
            # never "bluish" asked for)
            or (
                len(reading.clauses) == 2
                and _LIKE_LISTED.fullmatch(normalize(clause)) is not None
                and _no_verb_listed(normalize(reading.clauses[1][0]).split())
            )
            # ("…, which adds no value and makes playback feel longer": what the part does)
            or re.match(
                rf"(?:which|that) (?:{_ADVERB} )?(?!i |we |you )[a-z]+s\b", clause.strip().lower()
            )
        )
    ):
        # a statement: the clause whole, as it was said ("it came out with low saturation" is
        # one statement, not "it came out" and an instruction "low saturation")
        return _Parse(len(clause), ((clause, None),))
    return _object_shared(reading)


#: What an edit is done to: the words, and one said at the end of a piece ("fade out the audio").
_OBJECTS = frozenset(
    {"audio", "sound", "music", "soundtrack", "video", "clip", "picture", "image", "footage"}
    | {"it", "them"}
)
_OBJECT = re.compile(
    r" ((?:(?:to|on|of|for) )?(?:the |its |my )?"
    r"(?:audio|sound|music|soundtrack|video|clip|picture|image|footage))$"
)


def _object_shared(reading: _Parse) -> _Parse:
    """ "fade in and fade out the audio": a piece that names nothing to edit is done to what
    the next piece, the same edit, names — the audio's fade in, not the picture's."""
    clauses = list(reading.clauses)
    for k in range(len(clauses) - 1):
        (text, ops), (after, then) = clauses[k], clauses[k + 1]
        said = normalize(text)
        named = _OBJECT.search(normalize(after))
        if not (ops and then and named) or len(said.split()) > 3:
            continue
        if any(type(o) is not type(ops[0]) for o in (*ops, *then)):
            continue
        if _OBJECTS & set(said.split()):
            continue
        try:
            found = _match(f"{said} {named.group(1)}")
        except InvalidRequest:
            continue
        if found and all(type(f) is type(ops[0]) for f in found):
            clauses[k] = (text, tuple(found))
    return _Parse(reading.unread, tuple(clauses))


#: Whether `_match` may put typos right (see `_read`).
_respelling: ContextVar[bool] = ContextVar("respelling", default=False)


#: The most pieces (parts between 'and's) one reading joins.
_WIDEST = 6


def _read_as(clause: str, errors: dict[str, InvalidRequest]) -> _Parse:
    pieces = _pieces(clause)
    spans = _piece_spans(clause, pieces)
    best: list[_Parse | None] = [_Parse(0, ())] + [None] * len(pieces)
    for j in range(1, len(pieces) + 1):
        # A reading spans a few pieces at most, so a long request costs in proportion to its
        # length, not to its square ('black and white', 'keep 1-2, 3-4 and 5-6 s').
        for i in range(max(0, j - _WIDEST), j):
            before = best[i]
            if before is None:
                continue
            text = _join(clause, pieces, spans, i, j)
            said_of = _said_of_it(before.clauses[-1][0], text) if before.clauses else None
            try:
                ops = _match(said_of or text)
            except InvalidRequest as e:
                # Understood but impossible ("rotate 45 degrees"); another reading of the
                # 'and's may still work, so this only counts if the best reading needs it.
                ops, errors[text] = None, e
            if said_of is None and before.clauses and (ops is None or _verbless(text)):
                # "remove the first 5 scenes and the last 5 scenes": a part with no verb of its
                # own is done with the one before when that reads as the same edit (the part
                # alone, "the last 5 scenes", would be a different one: keep them)
                prev_text, prev_ops = before.clauses[-1]
                carried = _carry(prev_text, prev_ops, text)
                if carried is None and normalize(text).split(" ", 1)[0] in _LEADS:
                    # "to black at the end" read alone would be another edit than the one it
                    # goes on with ("remove the black at the end"): not a reading
                    ops = None
                ops = carried or ops
            found = tuple(ops) if ops is not None else None
            cand = _Parse(
                # an unread piece costs its words and the "and" before it: unread words that
                # run on are one clause, not pieces ("the music is loud and peaks")
                before.unread + (0 if found is not None else len(text) + 5),
                (*before.clauses, (said_of or text, found)),
            )
            cur = best[j]
            if cur is None or (cand.unread, len(cand.clauses)) < (cur.unread, len(cur.clauses)):
                best[j] = cand
    result = best[len(pieces)]
    assert result is not None
    return result


#: An adverb before a verb said of something: "which just shows the garden".
_ADVERB = r"(?:just|only|mostly|mainly|basically|simply|also|still|[a-z]+ly)"
#: Words of how the video should be: "brighter", "more vivid", "less shaky".
_HOW_IT_SHOULD_BE = re.compile(
    r"\b(?:more|less|(?:loud|quiet|soft|bright|dark|fast|slow|big|small|sharp|clear|crisp|warm|"
    r"cool|long|short|high|low|smooth|light|heavi|steadi|blurri|tight|wid|clean)(?:er|r))\b"
)
#: A statement of how the video is, up to its verb: "the video is too dark", "it looks".
_HOW_IT_LOOKS = re.compile(
    r"^(?P<head>(?:(?:my|the|this|our) )?(?:[a-z0-9-]+ ){0,2}?(?:footage|video|clip|vid|it|"
    r"audio|sound|picture|image|recording|music|colou?rs?)(?:'s| is| are| was| looks| seems| "
    r"sounds| feels))(?= (?:(?:way|too|very|so|a bit|kind of|really|quite|pretty|super|a little|"
    r"also|all|much|far) )*[a-z-]+(?: [a-z-]+)?$)"
)


def _said_of_it(previous: str, text: str) -> str | None:
    """ "the video is too dark and blurry": what is said after the "and", with no verb of its
    own, is said of the video too ("the video is blurry"), never an edit ("blur it")."""
    m = _HOW_IT_LOOKS.match(normalize(previous))
    said = re.sub(r"^(?:also|even|and) ", "", normalize(text))
    first = said.split(" ", 1)[0] if said else ""
    if (
        m is None
        or not first
        or first in _verbs()
        or first in _SUBJECT_STARTS
        # (a value or how it should be, "…, brighter please", is asked for; a thing named is
        # what a verb is done to, "…, fix the shake")
        or re.search(r"[\d\"]", said)
        or re.search(r"\b(?:the|a|an|it|them|this|that|my|its|please)\b", said)
        or len(said.split()) > 4
        or _HOW_IT_SHOULD_BE.search(said)
    ):
        return None
    if first in ("has", "have", "had", "is", "are", "was", "looks", "seems", "sounds", "feels"):
        return f"{m['head'].rsplit(' ', 1)[0]} {said}"
    return f"{m['head']} {said}"


# A clause that says what the media is like rather than what to do with it.
_DESCRIBES = re.compile(
    r"^(?:(?:my|the|this|our) )?(?:footage|video|clip|vid|it|audio|sound|picture|image|camera|"
    r"recording|music|colou?rs?)(?:'s| is| are| was| looks| seems| sounds| feels| can be| could be"
    r"| may be| might be) "
    r"(?:(?:way|too|very|so|a bit|kind of|really|quite|pretty|super|a little|all) )*[a-z -]+$"
)


def _suggest(text: str, limit: int = 3) -> tuple[str, ...]:
    """Example phrasings of the operations whose examples look most like `text`."""
    said = normalize(text)
    words = set(said.split())
    # The verb says which edit is meant: examples that start with it come first, whatever
    # other words they share ("trim the video" is nearer "trim off the first 3 seconds" than
    # "mirror the video").
    verb = said.split(" ", 1)[0] if said else ""
    scored = []
    for op in CATALOGUE.values():
        for ex in op.examples:
            ratio = difflib.SequenceMatcher(None, said, ex).ratio()
            overlap = len(words & set(ex.split()))
            same_verb = 3 if verb and ex.split(" ", 1)[0] == verb else 0
            scored.append((same_verb + overlap + ratio, op.name, ex))
    scored.sort(reverse=True)
    picked: list[str] = []
    seen: set[str] = set()
    for _, name, ex in scored:
        if name not in seen:
            seen.add(name)
            picked.append(ex)
        if len(picked) == limit:
            break
    return tuple(picked)


#: Set while an example is being tried: its own refusal needs no example.
_asking: ContextVar[bool] = ContextVar("asking", default=False)


def _example(words: str, asked: lexicon.Question) -> str:
    """An example that answers the question in the person's own words: the longest start of
    what they said that, with the missing value put after it, plans to the edit asked about
    ("rotate the video" -> "rotate the video 90 degrees clockwise"); else the question's own.
    Quoted words are never cut in two."""
    if _asking.get():
        return asked.example
    hidden, quoted = _protect(words)
    said = hidden.split()
    token = _asking.set(True)
    try:
        for k in range(len(said), 0, -1):
            last = said[k - 1]
            # the whole of it, or a start that ends on what is edited or on the verb
            verb = k == 1 and last in _verbs() and last not in _LIGHT_VERBS
            if k < len(said) and not (
                last in _OBJECT_WORDS or verb or (k == 2 and last in _PARTICLES)
            ):
                continue
            if k < len(said) and k >= 2 and said[k - 2] in _LEADING_IN:
                continue  # ("trim the video so it …": the start of what it is to be, cut short)
            if k == 2 and said[0] in _LIGHT_VERBS:
                continue  # ("make it …": no edit named before the value)
            head = _restore(" ".join(said[:k]), quoted)
            for fill in map(_fitted, asked.fills):
                if fill.split(" ", 1)[0] in said[:k] and fill.split(" ", 1)[0] in _LEADS:
                    # ("add subtitles from an srt file from subs.srt": the value where the
                    # words already put another, never the example)
                    continue
                candidate = f"{head} {fill}"
                try:
                    found = _plan(candidate)
                except (NotUnderstood, InvalidRequest):
                    continue
                if any(step.operation.name == asked.op for step in found.steps):
                    return candidate
    finally:
        _asking.reset(token)
    return _fitted(asked.example)


def _fitted(text: str) -> str:
    """An example's times (written for a 40 s video) within the video's length when it is
    shorter: "from 0:05 to 0:30" on a 4 s clip is "from 0:00.5 to 0:03"."""
    duration = media_duration.get()
    if duration is None or duration >= 40:
        return text

    def scaled(m: re.Match[str]) -> str:
        seconds = parse_time(m[0]) * duration / 40
        return fmt_clock(round(seconds, 1))

    return re.sub(r"\b\d+:\d\d\b", scaled, text)


#: Where the start of an instruction may end: on what is edited, or on a verb's particle.
_OBJECT_WORDS = frozenset({"it", "video", "audio", "sound", "music", "them", "this", "clip"})
_PARTICLES = frozenset({"up", "down", "out", "off", "in"})
#: Words that lead into a clause of its own ("so it", "that it"): an example never ends there.
_LEADING_IN = frozenset(
    {"so", "that", "if", "when", "because", "as", "until", "while", "since", "though", "than"}
)
#: Verbs that say nothing of the edit on their own ("make", "put").
_LIGHT_VERBS = frozenset({"make", "put", "get", "do", "have", "give", "let", "cut", "set"})


#: A smaller file, said as what an edit is for: ", to cut its size for the phone".
_FOR_ITS_SIZE = re.compile(rf"(?<=\S),? {lexicon.SMALLER_FILE}.*$")


def _asked_for(text: str) -> lexicon.Question | None:
    """The question a clause raises when its words name an edit but not its value."""
    words = normalize(text.strip())
    # As written, too: "the wrongly rotated clip" reads as "the video" (a clip is a video here,
    # not a verb)
    said = re.sub(r"\bclips?\b", "video", text.strip().lower())
    # (a smaller file as what it is for asks nothing: "downscale it, to cut its size" asks to
    # what size, never which part to cut)
    words, said = (_FOR_ITS_SIZE.sub("", w) for w in (words, said))
    # (which subtitle file is never asked when one was given: something else is missing. A
    # sound or a picture given may be for something else than the edit named: "replace the
    # English audio track" with dub.mp3 given asks which sound file, as it may be the video's)
    subtitles_given = bool(_files_of("subtitles"))
    questions = [
        q
        for q in lexicon.QUESTIONS
        if not (subtitles_given and q.op == "subtitles" and "--asset" in q.question)
    ]
    return next((q for q in questions if q.pattern.search(words)), None) or next(
        (q for q in questions if q.pattern.search(said)), None
    )


#: Words to draw said without quotes: "write Merry Christmas on it".
_UNQUOTED_TEXT = re.compile(
    r"(?P<verb>(?:write|type|print|stamp)(?: (?:the|a) (?:date|time|text|title|caption|words|name|"
    r"label))?|(?:add|put|place|show|display) (?:the|a) (?:date|time|text|title|caption|words|name|"
    r"label))\s+(?!(?:the|a|an|some|text|title|caption|it|at|in|on|over|to)\b)"
    r"(?P<words>[^\"'()]{2,40}?)\s+(?P<rest>(?:(?:on|over|across|onto) (?:it|this|the (?:video|"
    r"clip|picture|screen|image|footage))|(?:at|in|on) the (?:top|bottom|corner|middle|center|"
    r"centre|(?:top|bottom|upper|lower) (?:left|right)(?: corner)?|start|beginning|end))"
    r"(?: [^\"']{0,40})?)",
    re.IGNORECASE,
)


def _fault_unanswered(clause: str, said: str) -> NotUnderstood | None:
    """The refusal of "fix it" when what is said to be wrong, before it or after, names a
    fault no fix is known for: what can be put right, and what cannot ("fix the video: it is
    shaky and choppy": stabilized, but what of "choppy"?); None when there is no such fault."""
    for wrong in (_clause_before(clause), _clause_after_said(clause)):
        if not (faults := _faults_unanswered(wrong)):
            continue
        # (only the sure fixes: "long" is no fault a trim of a guessed part puts right)
        fixes = tuple(_sure_fixes(wrong.lower()))
        unknown = " and ".join(f"'{f}'" for f in faults)
        if fixes:
            known = " and ".join(f"'{f}'" for f in fixes)
            return NotUnderstood(
                f"{said}: {known} would put part of it right, but what should be done about "
                f"{unknown}? Say the edit, or ask for {known} alone",
                clause=clause,
                suggestions=fixes,
            )
        sound = re.search(r"\b(?:audio|sound|voice|volume|noise|music)\b", f"{clause} {wrong}")
        examples = (
            ("remove the background noise", "make the audio louder")
            if sound
            else ("sharpen it", "make it brighter")
        )
        return NotUnderstood(
            f"{said}: what should be done about {unknown}? Say the edit, for example: "
            + " or ".join(f"'{e}'" for e in examples),
            clause=clause,
            suggestions=examples,
        )
    return None


def _clause_after_said(text: str) -> str:
    """The words after a clause, up to the end of its sentence: what is said to be wrong after
    "fix it:"."""
    return re.split(r"[.;!?](?:\s|$)", _said_after(text).lstrip(" ,;:."))[0]


def _not_understood(text: str, understood: list[Operation]) -> NotUnderstood:
    """The refusal of a clause: what else was understood, and the question that would unblock
    it when its words point to an edit whose value is missing ("trim the video": from when to
    when?), else phrasings of the edits its words point to."""
    clause = text.strip()
    said = f"could not understand '{clause}'"
    if understood:
        said = f"understood {', '.join(op.describe() for op in understood)}, but {said}"
    words = normalize(clause)
    if (_FIX_IT.fullmatch(words) or _FIX_THE.fullmatch(words)) and (
        refused := _fault_unanswered(clause, said)
    ):
        return refused
    if _FIX_IT.fullmatch(words) and (fixes := _fixes_for(_clause_before(clause))):
        # "it is rotated 90 degrees when played: fix it": which fix is not guessed; the
        # question of the edit that would fix it is asked, with the fixes as examples
        asked = _asked_for(fixes[0])
        question = asked.question if asked else "what should be done?"
        return NotUnderstood(
            f"{said}: {question} For example: " + " or ".join(f"'{f}'" for f in fixes),
            clause=clause,
            suggestions=fixes,
        )
    beyond = next((why for pattern, why in lexicon.BEYOND if pattern.search(words)), None)
    if beyond is not None:
        return NotUnderstood(f"{said}: {beyond}", clause=clause)
    if (unquoted := _UNQUOTED_TEXT.fullmatch(clause)) is not None:
        # "write Merry Christmas on it": the words to draw, asked for in quotes, in their own
        # words (never guessed from where the words to draw end)
        example = f'{unquoted["verb"]} "{unquoted["words"]}" {unquoted["rest"]}'
        try:
            planned = [step.operation.name for step in _plan(example).steps] == ["text"]
        except (NotUnderstood, InvalidRequest):
            planned = False
        if planned:
            return NotUnderstood(
                f"{said}: what should the text say? Put it in quotes. For example: '{example}'",
                clause=clause,
                suggestions=(example,),
            )
    asked = _asked_for(clause)
    if asked is not None and "--asset" in asked.question and _names_a_given_file(clause):
        asked = None  # "add music.mp3 starting at 0:10": the file is there; what is not read is
    if asked is not None:
        example = _example(words, asked)
        return NotUnderstood(
            f"{said}: {asked.question} For example: '{example}'",
            clause=clause,
            suggestions=(example,),
        )
    tips = _suggest(clause)
    return NotUnderstood(
        f"{said}; promptcut understands requests like "
        + ", ".join(f"'{t}'" for t in tips)
        + " (run 'promptcut ops' for the full list)",
        clause=clause,
        suggestions=tips,
    )


def _names_a_given_file(clause: str) -> bool:
    """Whether a clause names one of the files given with the request by its name."""
    given = {name.lower() for name in _given.get()}
    return any(name.lower() in given for name in _FILE_NAME.findall(clause))


#: A percentage that may be a level as well as an amount more: 100% or over.
_LEVEL_OR_MORE = re.compile(r"[1-9]\d{2,}(?:\.\d+)? ?(?:%|percent)")


def _readings(clauses: list[str]) -> list[tuple[_Parse, dict[str, InvalidRequest]]]:
    """Each clause's reading. A clause that does not read whole is tried joined to the one
    before it: the commas of a list split it ('keep 2-4s, 6-8s and 10-12s')."""
    done: list[tuple[str, _Parse, dict[str, InvalidRequest]]] = []
    joins = 0  # how many clauses the last one was joined from, less one
    for clause in clauses:
        errors: dict[str, InvalidRequest] = {}
        reading = _read(clause, errors)
        amount = _BARE_AMOUNT.fullmatch(normalize(clause))
        if done and amount is not None and not re.search(r"\d|%", done[-1][0]):
            # "slow it down, 3x", "make it louder, like +3 dB": how much, said after the edit
            # with none (never a second edit of the same thing)
            value = re.sub(r" ?speed$", "x", amount["v"])  # ("1.2 speed": 1.2x)
            for joined in (f"{done[-1][0]} {value}", f"{done[-1][0]} by {value}"):
                if (
                    " by " in joined
                    and _LEVEL_OR_MORE.fullmatch(value)
                    and "volume" in _names(done[-1][1])
                ):
                    continue  # ("louder, like 200%": to 200%, or 200% more? asked, never 300%)
                again = _read(joined, {})
                if not again.unread and _names(again) == _names(done[-1][1]):
                    done[-1] = (joined, again, {})
                    break
            else:
                joined = ""
            if joined:
                continue
        if reading.unread and done and _sizes_of_a_statement(done[-1], clause):
            # "whatsapp shrinks videos a lot, from 40 mb to 5 mb": the statement's own figures
            joined = f"{done[-1][0]}, {clause}"
            done[-1] = (joined, _Parse(len(joined), ((joined, None),)), {})
            continue
        # A list is a dozen items at most: past that, joining would make a long request cost
        # the square of its length.
        if reading.unread and done and joins < _LONGEST_LIST:
            joined = f"{done[-1][0]}, {clause}"
            joined_errors: dict[str, InvalidRequest] = {}
            again = _read(joined, joined_errors)
            if again.unread and normalize(clause).split(" ", 1)[0] in _GOES_ON_WITH:
                # "extract the audio, as MP3 at 192kbps": words that go on with the edit
                # before, the comma only a pause
                joined = f"{done[-1][0]} {clause}"
                joined_errors = {}
                again = _read(joined, joined_errors)
            if (
                not again.unread
                and not (
                    lexicon.states(normalize(clause))
                    and not _wants(clause)
                    and not _refines(done[-1][1], again)
                )
                and _joins_on(done[-1][1], clause)
            ):
                done[-1] = (joined, again, joined_errors)
                joins += 1
                continue
        done.append((clause, reading, errors))
        joins = 0
    return [(reading, errors) for _, reading, errors in done]


#: An amount said alone, perhaps as an example: "3x", "x3", "by 3x", "like +3 dB", "e.g. 20%",
#: "for example 1.2 speed".
_BARE_AMOUNT = re.compile(
    r"(?:(?:like|eg|e\.g\.|for example|for instance|say|maybe|perhaps|about|around|roughly|"
    r"approximately|something like) )?"
    r"(?:by )?(?P<v>(?:a factor of )?\d+(?:\.\d+)? ?(?:x|times|speed)|x ?\d+(?:\.\d+)?"
    r"|[-+]?\d+(?:\.\d+)? ?(?:db|%))"
)


def _sizes_of_a_statement(
    before: tuple[str, _Parse, dict[str, InvalidRequest]], clause: str
) -> bool:
    """Whether a clause goes on with the statement before it, giving only its figures in
    sizes ("…, from 40 mb to 5 mb"): no verb, no time, no size to reach ("…, to 400 MB" is
    one), and the clause before set aside as what is so."""
    text, read, _ = before
    said = normalize(clause)
    return (
        read.clauses == ((text, None),)
        and lexicon.states(normalize(text))
        and not _wants(text)
        and re.fullmatch(
            r"from (?:about |around |~ ?)?\d+(?:\.\d+)? ?(?:mb|gb|kb|%)"
            r"(?: (?:to|into|->|down to) (?:about |around |~ ?)?\d+(?:\.\d+)? ?(?:mb|gb|kb|%))?",
            said,
        )
        is not None
    )


def _names(reading: _Parse) -> list[str]:
    """The operations a reading asks for, by name, in order."""
    return [o.name for _, ops in reading.clauses for o in ops or ()]


def _joins_on(before: _Parse, clause: str) -> bool:
    """Whether a clause joined to the one before it goes on with it: after one that read
    ("keep 2-4s, 6-8s"), always; after one that did not, only when the clause starts as an
    item of a list does (a number, a time, a file, a quote, or words that go on with an edit),
    never naming the thing edited anew ("remove the video, audio output only" is no "remove
    the video audio")."""
    if not before.unread:
        return True
    said = clause.strip().lower()
    first = said.split(" ", 1)[0]
    return bool(
        re.match(r"[\d\"'.\x00]", said)
        or _FILE_NAME.match(said)
        or first in _GOES_ON_WITH | _GOES_ON_AS
        or re.match(r"[a-z]{3,}ing\b", first)
        # ("drop the opening, the first 8 seconds": the part, said again by its times)
        or re.match(r"the (?:very )?(?:first|last|final|opening|closing|middle) \d", said)
    )


#: Words a piece of the clause before starts with, after a comma: "…, before the main film",
#: "…, e.g. after second 10", "…, by removing the gaps".
_GOES_ON_AS = frozenset(
    {"and", "or", "then", "plus", "before", "after", "by", "with", "without", "while", "using",
     "until", "from", "to", "for", "at", "on", "into", "over", "eg", "e.g.", "e.g", "ie", "i.e.",
     "such", "like", "including", "say", "maybe", "perhaps", "about", "around", "approximately",
     "roughly"}
)  # fmt: skip


def _refines(before: _Parse, joined: _Parse) -> bool:
    """Whether a statement joined to the clause before it says more of the same edit ("flip
    the recording, it is upside down": the turn, its way said), never another edit ("remove
    the audio, it is just wind noise" is no "remove the audio wind noise")."""
    said = {o.name for _, ops in before.clauses for o in ops or ()}
    now = {o.name for _, ops in joined.clauses for o in ops or ()}
    return now <= said or said | now <= {"flip", "rotate"}


#: Words a clause starts with when it goes on with the edit before it, after a comma that is
#: only a pause: "…, as MP3", "…, in 4K", "…, at 192 kbps".
_GOES_ON_WITH = _LEADS | {"as", "in"}

#: The most clauses one list joins ('keep 2-4s, 6-8s and 10-12s' is three).
_LONGEST_LIST = 12


#: The longest request read, in characters: a few sentences are a few hundred. Reading costs
#: in proportion to a request's length, and this keeps the dearest answer well under a second.
LONGEST_REQUEST = 1000


def check_length(prompt: str) -> None:
    """Refuse a request longer than LONGEST_REQUEST, before any reading of it."""
    if len(prompt) > LONGEST_REQUEST:
        raise UserError(
            f"the request is {len(prompt):,} characters long; promptcut reads requests of up to "
            f"{LONGEST_REQUEST:,}: say it in fewer words, or make it two edits, one after the other"
        )


#: A file named, then the size it has, between a comma and the end of the clause:
#: "compress respite.ogg, 10.6 MB: …", "shrink the recording's file, 2 GB." (never the size to
#: make it, which "to" or "under" says; "compress it, 8 MB" is read as that size).
_SIZE_OF_THE_FILE_NAMED = re.compile(
    r"\b([\w-]+\.(?:ogg|mp3|wav|m4a|flac|opus|aac|mp4|mov|mkv|webm|avi|gif)|(?:the|my|this|our) "
    r"(?:[\w'-]+ ){0,3}?file),\s+(?:(?:about|around|roughly|~)\s*)?"
    rf"(\d+(?:\.\d+)?\s?(?:{lexicon.SIZE_UNITS}))(?=\s*(?:$|[:;.!?]))",
    re.IGNORECASE,
)


def plan(
    prompt: str,
    duration: float | None = None,
    assets: Sequence[str] = (),
    *,
    picture: tuple[int, int, float] | None = None,
    name: str | None = None,
) -> Plan:
    """The plan for a request, or NotUnderstood quoting the first clause no grammar reads.

    `duration`, the media's length when known, turns times like "halfway" into seconds.
    `assets` are the names of the other files given with the request; the request may call
    them with or without their extension, in any case. A file the request names that is not
    among them is refused, naming the files that were given. `picture`, the video's width,
    height and frame rate when known, is what facts the request states are checked against.
    `name`, the video's own file name, is the video wherever the request names it ("remove the
    first 15s of scf-01.mp4")."""
    check_length(prompt)
    _live_feed(prompt)
    _a_program_used(prompt)
    _unreadable(prompt)
    # "compress respite.ogg, 10.6 MB: …": the size the file named has, said after it
    prompt = _SIZE_OF_THE_FILE_NAMED.sub(r"\1 (\2)", prompt)
    if name and name.lower() not in {a.lower() for a in assets}:
        prompt = _the_video_for(name, prompt)
    prompt = _QUOTED_FILTER.sub(_unquoted_filter, prompt)
    prompt = _titles_of_files(prompt, assets)
    if not any(a.rsplit(".", 1)[-1].lower() in _EXTS["audio"] for a in assets):
        # ("reverse the audio clip", no sound file given: the sound file edited is the input)
        prompt = _THE_SOUND_FILE.sub(_the_sound_file_edited, prompt)
        prompt = _THE_SOUND_FORMAT.sub(lambda m: f"{m['verb']}the video", prompt)
    if not any(a.rsplit(".", 1)[-1].lower() in _EXTS["video"] for a in assets) and not re.search(
        r"\b(?:join|merg|combin|concat|stitch|splic|glu|compil|together|into one|sequence)",
        prompt,
        re.IGNORECASE,
    ):
        # ("scale these 4K drone shots down to 720p", no other video given: the one edited;
        # clips joined are asked for, never taken for it)
        prompt = _THESE_SHOTS.sub(r"\g<verb> the video", prompt)
    hidden, quoted = _protect(prompt)
    hidden = _output_named(hidden, assets)
    hidden = _edited_by_its_name(hidden, assets)
    # the names a pasted command gives this video and its result, said in words too
    # ("convert video.mov to a gif: ffmpeg -i video.mov … animated.gif")
    said = _restore(hidden, quoted)
    its_own = command_files(said)
    inputs = command_files(said, written=False) - {a.lower() for a in assets}
    words, commands = command_words(hidden, quoted)
    for each in inputs:
        words = _the_video_for(each, words)
    prompt = _restore(words, quoted)
    if not any("gif" in n.lower() for n in assets):
        # (a GIF given with it may be what "the gif" means: not the video, then)
        prompt = _the_gif_made(prompt, made=not (name or "").lower().endswith(".gif"))
    _check_files(prompt, assets, its_own)
    token = media_duration.set(duration)
    rate = media_fps.set(picture[2] if picture else None)
    shape = media_shape.set(picture[:2] if picture else None)
    try:
        given = _given.set(tuple(assets))
        shown = _picture.set(picture)
        matched = _matched.set({})
        pasted = _pasted.set(frozenset(_restore(c, quoted).lower() for c in commands))
        try:
            prompt = _smaller_in_weight(prompt)
            try:
                planned = _plan(prompt)
            except NotUnderstood as refused:
                planned = _with_reasons_aside(prompt, refused)
            # (of the whole request only: a part of it planned to compare an aside with may
            # say no amount where the aside does)
            _speed_said(planned.steps, prompt)
            _slower_said_faster(planned.steps)
            _speeds_listed(planned.steps)
            if (weighed := _lighter_in_weight(planned.steps, prompt)) is not None:
                planned = _plan(weighed)
            _one_of_each(planned.steps)
            _ends_before_it_starts(planned.steps, duration)
            _time_in_the_song(planned.steps)
            _one_speed_said_twice(planned.steps)
            _part_then_it(planned.steps, prompt)
            _music_under_voices(planned.steps, prompt)
            _limit_unsaid(planned.steps, prompt)
            _passing_sounds_said(planned.steps, prompt)
            _frames_not_shake(planned.steps, prompt)
            _loop_count_unsaid(planned.steps)
            _text_cut_off(planned.steps)
            _piece_or_scaled(planned.steps)
            _portrait_made_landscape(planned.steps, prompt)
            _lost_in_the_result(planned, prompt)
            planned = _faded_as_before(planned)
            planned = _other_music_instead(planned, prompt)
            planned = _quiet_music_said(planned, prompt)
            planned = _played_once_said(planned, prompt)
            planned = _voice_added(planned)
            _words_drawn_said(planned.steps, prompt)
            return planned
        finally:
            _pasted.reset(pasted)
            _matched.reset(matched)
            _given.reset(given)
            _picture.reset(shown)
    finally:
        media_fps.reset(rate)
        media_shape.reset(shape)
        media_duration.reset(token)


#: A live feed or stream, a camera's as it films: "the webcam live feed", "the camera's video
#: stream", "my incoming audio stream".
_LIVE = re.compile(
    r"\b(?:ndi(?: virtual)? (?:input|source|feed|stream)|virtual (?:camera|cam|input) (?:feed|"
    r"stream|input|output)|live ?(?:video |camera |audio )?(?:feed|stream)|(?:(?:ip |security |"
    r"infrared |ir |"
    r"network |web)?camera|webcam|cctv|rtsp|rtmp)(?:'s)? (?:live |video |audio )?(?:feed|stream)|"
    r"incoming (?:video |audio )?stream"
    # "turn the picture of the webcam in my curing chamber": the camera's view as it films
    r"|(?:picture|image|view|preview) of (?:the|my|our) (?:[\w-]+ ){0,2}?(?:webcam|ip camera|"
    r"security camera|cctv camera|cctv)"
    # "the stream of the Wyze camera": a camera's, as it films
    r"|(?:feed|stream) (?:of|from) (?:the |my |a |our |that )?(?:[\w-]+ ){0,2}(?:camera|cam|webcam|"
    r"cctv|doorbell))s?\b"
    # ("the live stream download", "the stream recording": a file made of one)
    r"(?! (?:download|downloads|recording|recordings|replay|replays|vod|vods|archive|capture|file|"
    r"files|video|videos|clip|clips|footage|export|rip)\b)"
)
#: Words before a live stream that say it is a recording of one: "the recorded live stream",
#: "frozen during the livestream".
_RECORDED_LIVE = re.compile(
    r"\b(?:recorded|saved|downloaded|archived|past|during (?:the|a|my|our))(?: [\w'-]+){0,2} $"
)


def _live_feed(prompt: str) -> None:
    """NotUnderstood when the request asks for an edit of a live feed ("stabilize the live feed
    in realtime", "convert the stream to black and white, to make the infrared camera feed look
    more pleasing"): promptcut edits a recorded file. A recording of one ("the recorded live
    stream"), one in brackets ("the long video (a live stream)"), and one named where a reason
    is given (after a colon, in a later sentence) are files, or what they are like."""
    hidden, _ = _protect(prompt.lower())
    first = re.split(r"[:;]\s|[.!?](?:\s|$)", re.sub(r"\([^()]*\)", "()", hidden), maxsplit=1)[0]
    for m in _LIVE.finditer(first):
        if not _RECORDED_LIVE.search(first[: m.start()]):
            raise NotUnderstood(
                f"'{m[0]}' is no file: promptcut edits a recorded video, not a live feed as it "
                "plays; record it, then ask for the edit of the recording",
                clause=m[0],
            )


#: A program named as what is used ("with this library"), then "use it to …": what "it" does
#: is the program's, never an edit of the video.
_A_PROGRAM_USED = re.compile(
    r"\b(?:with|using|in|from|of|through|via) (?:this|the|your|that|their) (?:[\w-]+ )?"
    r"(?P<program>library|lib|sdk|framework|api|package|module|plugin|plug-in|extension|add-on|"
    r"app|application|tool|program|software|script|bot|player)\b"
)
_USE_IT_TO = re.compile(r"\b(?:use|using) (?:it|this|that|them)(?: (?:so as|in order))? to\b")


def _a_program_used(prompt: str) -> None:
    """NotUnderstood when a program is named as what is used and the request then asks to use
    "it" to do something ("I can record video with this library: use it to make a slow motion
    video"): "it" is the program, and what it does is not an edit of the video given."""
    said = prompt.lower()
    program = _A_PROGRAM_USED.search(said)
    if program is None:
        return
    use = _USE_IT_TO.search(said, program.end())
    if use is not None:
        clause = re.split(r"[,;:.!?]\s", prompt[use.start() :], maxsplit=1)[0].strip()
        raise NotUnderstood(
            f"could not understand '{clause}': '{use[0].split()[1]}' is the {program['program']} "
            "named, not the video; promptcut edits the video given to it, and what another "
            "program does is for that program",
            clause=clause,
        )


#: The video edited, said to be in a format no decoder reads: "convert this dicom video to
#: mp4", "the .braw clips" (never a format made into: "save it as a dicom").
_UNREADABLE = re.compile(
    r"(?<!\bto )(?<!\binto )(?<!\bas )(?<!\bin )(?<!\bfor )(?<!\bwith )(?<!\bon )(?<!\bonto )"
    r"\b(?:this|the|my|our|these|those|his|her|their)(?: [\w-]+){0,2}? (?P<said>\()?\.?"
    rf"(?P<format>{'|'.join(lexicon.UNREADABLE_FORMATS)})\b(?(said)\))"
    # (never what made it or what was made of it: "the R3D camera", "the braw proxies")
    r"(?! (?:camera|cam|cameras|proxy|proxies|export|exports|viewer|workflow|codec)\b)"
    r"(?: (?:video|clip|file|footage|recording|movie|loop)s?\b)?"
    r"|\bfrom (?:an? )?\.?"
    rf"(?P<source>{'|'.join(lexicon.UNREADABLE_FORMATS)})\b"
)


def _unreadable(prompt: str) -> None:
    """NotUnderstood when the request says the video edited is in a format promptcut cannot
    read (`lexicon.UNREADABLE_FORMATS`): what it is, and what to do first."""
    m = _UNREADABLE.search(prompt.lower())
    if m:
        kind = lexicon.UNREADABLE_FORMATS[m["format"] or m["source"]]
        raise NotUnderstood(
            f"'{m[0]}' is {kind}, which promptcut cannot read: it edits video files (mp4, mov, "
            "mkv, webm, …); export the clip as a video with the tool that made it, then ask again",
            clause=m[0],
        )


#: The GIF the request makes, named as the thing edited: "add a fade at the end of the rendered
#: GIF", "speed the resulting GIF up", "make the gif of the video play in reverse".
_THE_GIF = re.compile(
    r"\b(?:the|my|this) (?:(?:resulting|rendered|final|output|exported|animated|finished|"
    r"generated|created|converted|new) )?"
    # ("this 4.5mb gif": what it weighs, a fact kept for "the video")
    rf"(?P<fact>\d+(?:\.\d+)? ?(?:{lexicon.SIZE_UNITS}) )?"
    # ("the demo gif", "the choi aera GIF": what it shows, named before it)
    r"(?:(?!(?:first|second|third|last|other|next|same|one|two|a|an|the|gif|video|clip|"
    r"resulting|final|new)\b)[a-z][a-z'-]* ){0,2}"
    r"gif(?: (?:export|version|output|file|animation))?(?: (?:of|from) (?:the|this|my) "
    r"(?:video|clip|recording|screencast|screen recording))?"
    r"(?![.\w-])",
    re.IGNORECASE,
)


_GIF_LOOPS = re.compile(
    r"\b(?:make|have|let|get) (?:the|my|this|our) (?:(?!(?:first|last|other|video|clip)\b)"
    r"[\w'-]+ ){0,2}?gif(?: (?:in|on|from|of) (?:the|my|our) [\w'.-]+)? (?:to )?(?:loop|repeat)s?"
    r"(?: (?:forever|infinitely|endlessly|continuously))?(?![\w ]*\b(?:\d|twice|thrice|times)\b)",
    re.IGNORECASE,
)


#: A GIF said (never a tool for GIFs: "a gif resizer cut it by 60%").
_A_GIF_SAID = re.compile(
    r"\bgifs?\b(?! (?:resizer|maker|tool|editor|converter|app|site|website|optimi[sz]er|"
    r"compressor|generator|creator|program|software|service)s?\b)",
    re.IGNORECASE,
)


def _the_gif_made(prompt: str, made: bool) -> str:
    """The request with the GIF it names as the thing edited said as the video; when the video
    is no GIF (`made`), it is made one at the end, unless other words of the request make it:
    "speed the resulting GIF up by 50%" -> "speed the video up by 50%; as a gif"."""
    hidden, quoted = _protect(prompt)  # (a title is drawn as written)
    # "make the gif loop": what a GIF does, with no count said, never the video played twice
    hidden = _GIF_LOOPS.sub("make a gif that loops", hidden)
    if _THE_GIF.search(hidden) is None:
        return _restore(hidden, quoted)
    said = _THE_GIF.sub(lambda m: f"the {m['fact'] or ''}video", hidden)
    rest = _THE_GIF.sub("", hidden)
    if not made or _A_GIF_SAID.search(rest):
        return _restore(said, quoted)  # "make a gif and speed the gif up 2x"
    if re.search(
        r"\b(?:mp4|webm|mov|mkv|avi|m4v|movie)\b|\ban? (?:[\w-]+ )?video\b", rest, re.IGNORECASE
    ):
        # "replace the gif with an mp4", "make the gif a short video instead": the GIF is the
        # video, made into another
        return _restore(said, quoted)
    return _restore(f"{said.rstrip(' .')}; as a gif", quoted)


def _the_video_for(name: str, text: str) -> str:
    """`text` with the video's own file name ("the file scf-01.mp4") said as "the video"."""
    return re.sub(
        rf"(?<![\w.-])(?:(?:the|my) (?:file |video )?)?{re.escape(name)}(?![\w-])",
        "the video",
        text,
        flags=re.IGNORECASE,
    )


#: The edits an ffmpeg command in the request says, in the words it is read as (see
#: `command_words`, `_glossed`).
_pasted: ContextVar[frozenset[str]] = ContextVar("pasted", default=frozenset())


#: The names of the files given with the request being planned (see `_named`).
_given: ContextVar[tuple[str, ...]] = ContextVar("given", default=())


_FILE_NAME = re.compile(
    rf"(?<![\w.-])([\w][\w.-]*\.(?:{'|'.join(MEDIA_EXTS)}))(?![\w-])", re.IGNORECASE
)


def _check_files(prompt: str, assets: Sequence[str], its_own: frozenset[str]) -> None:
    given = {a.lower() for a in assets} | command_files(prompt) | its_own
    for name in _FILE_NAME.findall(prompt):
        if name.lower() not in given:
            listed = ", ".join(assets) if assets else "none"
            raise InvalidRequest(
                f"the request names {name}, but that file was not given (given: {listed}); "
                f"add it with --asset {name}"
            )


#: A word that says nothing of how to edit ("sign", "language"), as a pattern.
_NO_EDIT_WORD = (
    r"(?!(?:" + "|".join(sorted(lexicon.EDIT_WORDS)) + r"|and|or|of|with|to|from|in|on|at|for)\b)"
    r"[a-z][a-z0-9'-]*"
)


def _named(clause: str) -> list[Operation] | None:
    """What a clause asks for when a word of it means one of the files given: "add music" with
    music.mp3 given is "add music.mp3". Tried only when the words as written do not read, one
    file at a time, then all: "add background music" with background.png and music.mp3 given
    is music.mp3 under the video, and "make it black and white" never means black.png."""
    hidden, quoted = _protect(clause)
    stems = []
    for name in _given.get():
        stem = name.rsplit(".", 1)[0].lower()
        # A one-letter stem is a word too ("with a crossfade" and a.mp4): such a file is
        # called by its full name.
        if len(stem) > 1 and stem != name.lower():
            # ("the fixed audio" is fixed_audio.wav: the words of its name, said apart)
            words = r"[\s_-]+".join(re.escape(w) for w in re.split(r"[\s_-]+", stem) if w)
            # ("the sign language interpreter" is interpreter.mp4: what is said of it before
            # its name goes with it, unless it says how to edit)
            pattern = (
                # ("Justin Bieber's Sorry song" is sorry.mp3: whose it is, said before it)
                rf"(?:(?<![\w.-])(?:an?|the|my|our|(?:[a-z]+ )?[a-z]+'s) "
                rf"(?:{_NO_EDIT_WORD} ){{0,3}}?)?"
                rf"(?<![\w.-]){words}(?![\w-]|\.\w)"
            )
            if re.search(pattern, hidden):
                stems.append((pattern, name.lower()))
    tries = [[s] for s in stems] + ([stems] if len(stems) > 1 else [])
    # A file by its kind ("a new audio", "the watermark photo", "the intro video") when just
    # one file of that kind was given.
    for kind, words in _KINDS.items():
        if (only := _only_file(kind)) is not None:
            tries.append([(words, only)])
    for chosen in tries:
        for last in (False, True):
            text = hidden
            for pattern, name in chosen:
                # "the intro video" is "intro.mp4": its kind said after it is the same file.
                said = pattern + (
                    r"(?: (?:video|clip|file|image|picture|photo|song|track|audio|soundtrack|"
                    r"tune))?"
                )
                spots = [
                    m
                    for m in re.finditer(said, text)
                    if m[0].strip() not in _THE_EDITED
                    # ("… into the video as a watermark": the role the file has, not the file)
                    and not re.search(r"\bas\s*$", text[: m.start()])
                ]
                if last:
                    # "replace the audio with the audio I attached": the first is the video's
                    if len(spots) < 2:
                        break
                    spots = spots[-1:]
                for m in reversed(spots):
                    text = text[: m.start()] + name + text[m.end() :]
            else:
                text = _restore(text, quoted)
                found = _read_whole(text) or _read_ranged(text) or _peeled(text)
                if found is not None and _files_given(found):
                    return _placed(found, hidden)
    # "replace the audio" with one sound file given: the file is what it is replaced with.
    for kind in _KINDS:
        only = _only_file(kind)
        if (
            only is not None
            and _FILE_VERB.match(hidden)
            and _KIND_WORDS[kind].search(hidden)
            and not any(n.lower() in hidden for n in _given.get())
        ):
            kind_word = _KIND_WORDS[kind].search(hidden)
            assert kind_word is not None
            # "… with music.mp3" at its end, or "subtitles from subs.srt" where the kind is said
            # ("add subtitles at the top")
            for said in (
                f"{hidden} with {only}",
                f"{hidden[: kind_word.end()]} from {only}{hidden[kind_word.end() :]}",
            ):
                text = _restore(said, quoted)
                found = _read_whole(text) or _read_ranged(text) or _peeled(text)
                if found is not None and _files_given(found) and not _unheard(found):
                    return found
    return None


#: Words that call for a file of each kind: "replace the audio" may mean the one sound file
#: given, "add a white border around the video" never means the one image given.
_KIND_WORDS = {
    "subtitles": re.compile(r"\b(?:subtitles?|subs|captions?|srt)\b"),
    "audio": re.compile(
        r"\b(?:audio|sound|music|song|track|soundtrack|voice ?over|narration|mp3|wav)\b"
    ),
    "image": re.compile(r"\b(?:image|picture|photo|logo|watermark|overlay|png|jpe?g)\b"),
    "video": re.compile(
        r"\b(?:clip|intro|outro|inset|(?:another|second|other|new|small|little|2nd) video)\b"
    ),
}


def _unheard(ops: list[Operation]) -> bool:
    """Whether a sound step was given a file that has no sound (subtitles, an image)."""
    silent = _EXTS["subtitles"] | _EXTS["image"]
    return any(
        isinstance(op, (ReplaceAudio, AddMusic)) and op.file.rsplit(".", 1)[-1].lower() in silent
        for op in ops
    )


#: What the edited video is called once read: never another file of its kind.
_THE_EDITED = frozenset({"the video", "video", "this video", "the clip", "clip"})


_OPENING = re.compile(r"\b(?:intro|introduction|opening|opener|title ?card)\b")
_CLOSING = re.compile(r"\b(?:outro|ending|closing|credits|end ?card)\b")
_WHERE = re.compile(r"\b(?:after|end|start|beginning|before|front|first|last|finish)\b")


def _placed(ops: list[Operation], said: str) -> list[Operation] | None:
    """A clip called an intro ("add an intro video", intro.mp4) goes before the video, where an
    intro is, when the words say nowhere else. An image called so, said to be added with no
    place or time ("add the intro image to the video"), is not read: shown before the video
    or over all of it is not guessed."""
    for op in ops:
        if (
            isinstance(op, OverlayImage)
            and not op.ranged
            and "position" not in op.model_fields_set
            and (_OPENING.search(f"{said} {op.file.lower()}") or _CLOSING.search(said))
        ):
            return None
    if _WHERE.search(said):
        return ops
    placed: list[Operation] = []
    for op in ops:
        if isinstance(op, Join) and op.at == "end" and len(op.clips) == 1:
            name = op.clips[0].lower()
            called = _OPENING.search(said) and not _CLOSING.search(said)
            if (_OPENING.search(name) or called) and not _CLOSING.search(name):
                op = op.model_copy(update={"at": "start"})
        elif isinstance(op, Join) and op.at == "end" and len(op.clips) > 1:
            # "add intro.mp4 and outro.mp4": each where its name says, in the order given
            first = [
                c for c in op.clips if _OPENING.search(c.lower()) and not _CLOSING.search(c.lower())
            ]
            if first:
                placed.append(op.model_copy(update={"clips": tuple(first), "at": "start"}))
                op = op.model_copy(update={"clips": tuple(c for c in op.clips if c not in first)})
                if not op.clips:
                    continue
        placed.append(op)
    return placed


def _joined_where_named(steps: list[Step]) -> list[Step]:
    """The steps, with clips joined where their names say when the words say nowhere else:
    "add intro.mp4 and outro.mp4 to the recording" is the intro before, the outro after."""
    out: list[Step] = []
    for step in steps:
        if isinstance(step.operation, Join):
            out.extend(Step.of(step.task, op) for op in _placed([step.operation], step.task) or [])
        else:
            out.append(step)
    return out


def _files_of(kind: str) -> list[str]:
    """The files of this kind given with the request (lower case)."""
    return [n.lower() for n in _given.get() if n.rsplit(".", 1)[-1].lower() in _EXTS[kind]]


def _only_file(kind: str) -> str | None:
    """The one file of this kind given with the request (lower case), or None."""
    given = _files_of(kind)
    return given[0] if len(given) == 1 else None


def _files_given(ops: list[Operation]) -> bool:
    """Whether every file the operations read is one of those given, by its whole name (a
    reading that split a name, "new" and "_audio.mp3", is no reading)."""
    given = {n.lower() for n in _given.get()}
    return all(name.lower() in given for op in ops for name in op.assets())


#: Verbs whose object a file is ("replace the audio", "add a watermark").
_FILE_VERB = re.compile(r"(?:replace|swap|switch|change|add|put|overlay|insert|include|use|mix)\b")
_EXTS = {
    "subtitles": frozenset({"srt", "vtt", "ass", "ssa"}),
    "audio": frozenset({"mp3", "wav", "m4a", "aac", "flac", "ogg", "oga", "opus"}),
    "image": frozenset({"png", "jpg", "jpeg", "webp", "bmp", "tif", "tiff"}),
    "video": frozenset({"mp4", "m4v", "mov", "mkv", "webm", "avi", "ts", "mpg", "mpeg"}),
}
_FILE_WORDS = (
    r"(?: file| clip| track)?"
    # "another audio we send", "the logo I attached": the file given with the request
    r"(?: (?:that |which )?(?:i|we)(?:'ve| have| will| am| are)? (?:send|sent|sending|give|gave|"
    r"giving|upload|uploaded|provide|provided|attach|attached|supply|supplied|added|recorded|"
    r"made|created|prepared|saved|exported|found|downloaded|generated|wrote|got)(?: you)?"
    r"(?: here| with it| too| as well| earlier| before| separately| at the same time)?)?"
)
#: What people call a file of each kind when they do not name it.
#: A word said of a sound file before what it is ("this EMD 567 prime mover sound clip"),
#: never one that makes it the video's own.
_SAID_OF_A_SOUND = (
    r"(?!(?:video|clip|footage|movie|as|an?|the|into|in|on|onto|to|with|and|or|of|for|at|actual|"
    r"original|own|existing|current|its|it|whole|entire)\b)[a-z0-9][\w&'.-]*"
)
_KINDS = {
    "subtitles": r"(?<![\w.-])(?:an? |the |my )?(?:external |separate |own )?\.?(?:srt|vtt|ass|ssa)"
    rf"(?: subtitles?| subs| captions?)?{_FILE_WORDS}(?![\w-]|\.\w)",
    "audio": r"(?<![\w.-])(?:an? |the |my )?(?:(?:uploaded|attached|given|provided|supplied|"
    r"included) )?(?:new |custom |another |different |separate |"
    r"individual |external |own |extra |additional |second )?(?:(?:separately |externally )?"
    r"recorded )?"
    r"\.?(?:audio|sound|song|music|mp3|wav|voice ?-?over|"
    rf"voice|narration|soundtrack)(?:/song)?{_FILE_WORDS}(?![\w-]|\.\w)"
    # "this EMD 567 prime mover sound clip", "this underscore music", "the elevator-sound
    # background music": the one given, pointed at by what it is ("the English audio track"
    # may be the video's)
    rf"|(?<![\w.-])(?:this (?:{_SAID_OF_A_SOUND} ){{1,4}}(?:sound|audio|music|song)(?: clip| file| "
    rf"track| recording| effect)?|(?:the|my|our) (?:{_SAID_OF_A_SOUND} ){{1,4}}(?:background|"
    rf"backing) (?:music|song|track|soundtrack)){_FILE_WORDS}(?![\w-]|\.\w)",
    "image": r"(?<![\w.-])(?:an? |the |my |our |your |their )?(?:(?:site|company|brand|channel) )?"
    r"(?:watermark |logo )?(?:photo|image|picture|png|"
    rf"logo|watermark){_FILE_WORDS}(?![\w-]|\.\w)"
    # "the Linux Journal logo": a logo by the name of whose it is
    rf"|(?<![\w.-])(?:the |our |my |your |their )(?:(?!(?:video|clip|footage|movie|as|an?|the|"
    rf"into|in|on|onto|to|with|and|or|of|for|at)\b)[a-z][\w&'.-]* ){{1,3}}(?:logo|watermark)"
    rf"{_FILE_WORDS}(?![\w-]|\.\w)",
    "video": r"(?<![\w.-])(?:an? |the |my )?(?:another |second |other |2nd |new )?"
    r"(?:intro |outro |webcam |facecam |face ?cam |camera |overlay |inset |b-roll )?"
    r"(?:\*?\.?(?:mp4|mov|mkv|webm|m4v) )?(?:video|clip|"
    r"intro|outro)(?: video| clip| file)?(?![\w-]|\.\w)"
    # "joining this video and the other one": the one video given
    r"|(?<![\w.-])the other one\b",
}


#: "(…)", or "(…" left open at the end of the request.
#: (Never brackets inside ffmpeg's arithmetic: "crop=iw:ih-60:(iw-ow)/2:0".)
_ASIDE = re.compile(r"(?<![=:*/+-])\s*\(([^()]*)(?:\)|$)")
#: What is said of the video in brackets after it: "the video (480x320, 60 fps)".
#: (Measures only: "(youtube)" may say where it goes, not what it is.)
_FACT = (
    "(?:"
    + re.sub(
        r"\(\?P<\w+>", "(?:", lexicon.STATED_FACT.rsplit("|(?:" + "|".join(lexicon.MODIFIERS), 1)[0]
    )
    # (and the codec it is in: "my recording (1280x720, 30 fps, h264)")
    + r")|h\.?26[45]|hevc|avc|x26[45]|vp[89]|av1|prores|m-?jpe?g|motion jpe?g)"
)
_FACTS_AFTER = re.compile(
    r"\b(?P<det>the|this|my|our|a) (?P<noun>(?:[\w-]+ ){0,2}?(?:video|clip|movie|film|recording"
    rf"|footage|file)) ?\((?P<facts>{_FACT}(?:,? (?:and )?{_FACT}){{0,2}})\)",
    re.IGNORECASE,
)


#: A rate said after the video, then what it is made into: "convert this ride video at 30 fps
#: to double speed" (what it is, checked against the file; never "export the video at 30 fps",
#: what it is to be).
_FACTS_AT = re.compile(
    r"\b(?P<det>the|this|my|our) (?P<noun>(?:[\w-]+ ){0,3}?(?:video|clip|movie|film|recording"
    r"|footage)) (?:at|in) (?P<facts>\d+(?:\.\d+)? ?fps)(?= (?:to|into) )",
    re.IGNORECASE,
)


#: A file said with what it is to be, all before its format: "make the demo a web-optimized
#: 1080p H.264 MP4 (~4 MB)".
_STACKED_FORMAT = re.compile(
    r"\b(?P<verb>make|convert|turn|export|save|render|encode|transcode|re-?encode|output|"
    r"recompress)(?P<what> (?:it|this|(?:the|my|our|this) (?:[\w'.-]+ ){0,9}?[\w'.-]+?))?"
    r"(?P<prep> (?:into|to|as|in))? (?P<art>an? )?(?:(?:web[- ]optimi[sz]ed|optimi[sz]ed|"
    r"web[- ]friendly|web[- ]ready) )?"
    # (the codecs an edit can encode in; "vp9 webm" is the container's own codec, read as it is)
    r"(?P<mods>(?:(?:\d{3,4}p|4k|\d{2,5} ?x ?\d{2,5}|\d+(?:\.\d+)? ?fps|h\.?26[45]|hevc|avc|"
    r"x26[45])[ ,] ?(?:and )?){1,4})(?P<fmt>mp4|webm|mov|mkv)(?: (?:file|video))?"
    r"(?: ?\(?(?:of |at |under |around |about |~ ?)+(?P<mb>\d+(?:\.\d+)?) ?mb\)?)?(?=$|[\s,.;:!?])"
    # (never one of a part: "make a 1080p mp4 of the first 10 seconds")
    r"(?! (?:of|from|out of) )",
    re.IGNORECASE,
)


#: A format, then the most lines or megabytes it may have: "make it an MP4 of up to 720p".
_FORMAT_AT_MOST = re.compile(
    r"\b(?P<head>(?:make|convert|turn|export|save|render|encode|transcode)(?: (?:it|this|(?:the|"
    r"my|our|this) (?:[\w'.-]+ ){0,4}?[\w'.-]+?))?(?: (?:into|to|as|in))? (?:an? )?(?:mp4|webm|"
    r"mov|mkv)(?: file| video)?) (?:(?:(?:of|in|at) )?(?:up to|at most|max(?:imum)?|no (?:more|"
    r"bigger|larger|higher) than|at a maximum of) (?P<lines>\d{3,4}p|\d+(?:\.\d+)? ?(?:mb|gb|kb))"
    # ("a WebM of about 400kb", "an mp4 of less than 260kb": a size, never lines)
    r"|of (?:less than|under|below|about|around|roughly|approximately|~) ?(?P<size>\d+(?:\.\d+)? ?"
    r"(?:mb|gb|kb)))\b",
    re.IGNORECASE,
)


def _stacked_format(prompt: str) -> str:
    """The request with a file's format and what it is to be, said as one noun ("make it a
    1080p H.264 MP4 of about 4 MB"), said as an edit each: "convert it to mp4, scale it to
    1080p, encode it as h.264, compress it to under 4 mb" ("an MP4 of up to 720p": "…, at
    most 720p")."""

    def said(m: re.Match[str]) -> str:
        what = (m["what"] or " it").strip()
        if what.lower().split()[-1] in ("a", "an", "the"):
            return m[0]
        if what.lower() in ("this", "that", "my", "our") and not (m["prep"] or m["art"]):
            # ("encode this 60FPS webm at 49 FPS", "convert this 1080p mp4 to webm": the file
            # it is, its facts said before its format)
            return m[0]
        if len(what.split()) > 4:
            # ("the 4K 30 s 76 MB Pulsar Studio demo": its facts checked, then it is "it")
            if facts := [f[0] for f in re.finditer(_FACT, what, re.IGNORECASE)]:
                _facts(f"the {' '.join(facts)} video")
            what = "it"
        edits = [f"convert {what} to {m['fmt']}"]
        for mod in re.findall(r"[^ ,]+(?: ?x ?\d+| ?fps)?", m["mods"]):
            low = mod.lower()
            if low == "and":
                continue
            if re.fullmatch(r"\d{3,4}p|4k", low):
                edits.append(f"scale it to {mod}")
            elif re.fullmatch(r"\d{2,5} ?x ?\d{2,5}", low):
                edits.append(f"resize it to {mod}")
            elif low.endswith("fps"):
                edits.append(f"make it {mod}")
            else:
                edits.append(f"encode it as {mod}")
        if m["mb"]:
            edits.append(f"compress it to under {m['mb']} mb")
        return ", ".join(edits)

    prompt = _FORMAT_AT_MOST.sub(
        lambda m: f"{m['head']}, at most {m['lines'] or m['size']}", prompt
    )
    return _STACKED_FORMAT.sub(said, prompt)


#: The same said between commas: "my 20 second clip, a 5+ MB file, down to 2 MB".
_FACTS_APPOSED = re.compile(
    r"\b(?P<det>the|this|my|our) (?P<noun>(?:[\w'-]+ ){0,4}?(?:video|clip|movie|film|recording"
    r"|footage|file)),\s+(?:an?|about|around|roughly|which is (?:an? |about )?)\s*"
    rf"(?P<facts>{_FACT}(?:,? (?:and )?{_FACT}){{0,2}})\s+(?:video |movie )?(?:file|video|clip|"
    r"recording|movie|film|mp4|mov)\b,",
    re.IGNORECASE,
)


#: Facts listed with commas before the video: "the 4K, 30 s, 76 MB demo".
_LISTED_FACTS = re.compile(
    rf"\b(?P<det>the|my|this|our) (?P<facts>(?:(?:4k|8k|uhd|hd|full hd|{_FACT}), (?:and )?){{1,3}})"
    rf"(?=(?:4k|8k|uhd|hd|full hd|{_FACT}) )",
    re.IGNORECASE,
)


def _facts_before(prompt: str) -> str:
    """The request with what it says of the video in brackets or between commas after it said
    before it, where facts are checked against the file: "the video (480x320, 60 fps)" -> "the
    480x320 60 fps video", never an edit to 480x320 and 60 fps."""

    def moved(m: re.Match[str]) -> str:
        facts = re.sub(r",? (?:and )?", " ", m["facts"])
        return f"{m['det']} {facts} {m['noun']}"

    # ("a 5+ MB file": at least that size, said as a size)
    prompt = re.sub(r"(\d)\+(?= ?(?:mb|gb|kb|megabytes?|gigabytes?)\b)", r"\1", prompt, flags=re.I)
    prompt = _LISTED_FACTS.sub(
        lambda m: f"{m['det']} {re.sub(r',? (?:and )?', ' ', m['facts'])}", prompt
    )
    return _FACTS_AT.sub(moved, _FACTS_APPOSED.sub(moved, _FACTS_AFTER.sub(moved, prompt)))


_TWO_LENGTHS = re.compile(
    r"(?:from )?(?:about |around |~ ?)?(?P<a>\d+(?:\.\d+)? ?(?:s|secs?|seconds?|m|mins?|minutes?)"
    r"|\d+:\d\d(?:\.\d+)?) ?(?:→|->|=>|-->|to|into) ?(?:about |around |~ ?)?(?P<b>\d+(?:\.\d+)? ?"
    r"(?:s|secs?|seconds?|m|mins?|minutes?)|\d+:\d\d(?:\.\d+)?)"
)
_FACTOR_BEFORE = re.compile(
    r"\b(?:speed|sped|slow|slowed)\b[^,;:()]*?\b(?:x ?(?P<x>\d+(?:\.\d+)?)|(?P<n>\d+(?:\.\d+)?) ?"
    r"(?:x|times)\b)(?: (?:faster|slower|speed|as fast))?\s*$"
)


def _lengths_of_speed(before: str, said: str) -> bool:
    """Whether an aside gives the length the video has and the one a speed change just said
    leaves it ("speed it up 2x (38s → 19s)"): the factor said again, as lengths."""
    lengths = _TWO_LENGTHS.fullmatch(said.strip())
    factor = _FACTOR_BEFORE.search(before.lower())
    if lengths is None or factor is None:
        return False
    a, b = parse_time(lengths["a"]), parse_time(lengths["b"])
    times = float(factor["x"] or factor["n"])
    if a <= 0 or b <= 0 or times <= 0:
        return False
    ratio = a / b if a > b else b / a
    return abs(ratio - times) <= 0.1 * times


#: A statement whose verb goes on with "with": "it came out with dull colours", no edit after.
_STATED_WITH = re.compile(
    r"^(?:(?:[a-z'-]+ ){0,4}?(?:came out|comes out|come out|turned out|ended up|was shot|was "
    r"recorded|was filmed|got recorded)(?: [a-z]+ly)?"
    # "the video starts with a fade in": what it is like, at its ends
    r"|(?:it|this|the (?:[a-z0-9]+ ){0,2}?(?:video|clip|recording|footage|movie|film|stream|"
    r"episode|capture|audio|sound|music)|(?:many|most|some|all|my|our|these|those|the) "
    r"(?:[a-z0-9]+ )?(?:videos|clips|recordings|movies|films|streams|episodes|captures))"
    r" (?:already |always |usually |often |just )?(?:starts?|begins?|opens?|ends?|finish(?:es)?|"
    r"closes?|started|began|opened|ended|finished|closed|comes?|came)"
    r"|(?:i|we) (?:usually |often |always |normally "
    r")?(?:record|shoot|film|use|make|capture|upload|stream)\b[^,;]{0,40}?) with\b"
    r"(?![^,;]*\b(?:and|then|but|also)\b)"
)


#: The video named, then a statement about it between commas, then where the edit goes on:
#: "convert the old video, which is in 4x3 format, to 16x9", "the movie, 2.39:1 letterboxed, to
#: 480p". (A picture or a photo may be a file put on the video: never read as the video here.)
_INTERRUPTED = re.compile(
    # (after "make", what it is to be made: "make this video, shot on a webcam, black and white")
    r"\b(?P<make>(?<=\bmake )|(?<=\bget ))?"
    r"(?P<head>(?P<det>the|this|my|our|your) (?P<words>(?:[\w.:'-]+ ){0,6}?)(?P<noun>"
    + "|".join(
        re.escape(n)
        for n in sorted(lexicon.NOUNS, key=len, reverse=True)
        if n not in ("image", "picture", "photo", "result", "final result", "end result")
    )
    + r")(?: (?:of|from|on|with) (?:[\w.:'-]+ ){0,3}?[\w.:'-]+)?), (?P<aside>"
    r"(?:which|who) (?:is|was|are|were|has|had|lasts|runs) (?:[^,;:()\"]|(?<=\d):(?=\d)){2,60}?"
    r"|(?:[\w.:'-]+ ){0,2}(?:[a-z]{3,}ed|shot|taken|made)(?: (?:in|on|with|at|from|by|as) "
    r"(?:[^,;:()\"]|(?<=\d):(?=\d)){1,40}?)?"
    r"|(?P<fact>(?:about |around |roughly )?[\d.:]+ ?(?:fps|seconds?|secs?|"
    r"minutes?|mins?|hours?)(?: long)?|\d{3,5} ?x ?\d{3,5})), "
    r"(?P<go>(?:(?:down |up )?to|into|as|at|by|from|in) "
    # ("turn this video, taken with my phone, the right way up": how it is to be turned)
    r"|(?=(?:the right way (?:up|round|around)|right side up|upright)\b)"
    r"|(?(make)(?=(?:fit|match|meet|look|sound|black and white|grayscale|greyscale|sepia|"
    r"brighter|darker|louder|quieter|smaller|bigger|shorter|longer|faster|slower|silent|"
    r"vertical|horizontal|square|ready|suitable|compatible)\b)|(?!)))",
    re.IGNORECASE,
)


def _interrupted(prompt: str) -> str:
    """The request with a statement that interrupts a clause after the video is named said of
    the video at the end of the sentence, so the clause reads whole: "convert the video, which
    is in 4x3 format, to 16x9" -> "convert the video to 16x9; the video is in 4x3 format". The
    statement is read as one, never dropped, and a fact in it ("the recording, 1280x720, …") is
    checked against the file."""
    prompt, quoted = _protect(prompt)  # (a title is drawn as written)
    while (m := _INTERRUPTED.search(prompt)) is not None:
        aside = m["aside"].strip()
        rest = prompt[m.end("aside") + 2 :]
        statement = re.sub(r"^(?:which|who) ", "", aside, flags=re.IGNORECASE)
        if statement == aside:
            statement = f"is {aside}"
        if m["fact"] and re.search(r"\d ?(?:s|secs?|seconds?|mins?|minutes?|hours?)$", aside):
            statement += " long"
        end = re.search(r"[;!?]|[:.](?=\s|$)", rest)
        cut = len(rest) if end is None else end.start()
        prompt = f"{prompt[: m.end('head')]} {rest[:cut]}; the {m['noun']} {statement}{rest[cut:]}"
    return _restore(prompt, quoted)


#: A codec for the picture in an aside; `to` when it is said as the one to change to.
_CODEC_ASKED = re.compile(rf"(?P<to>\bto )?\b(?P<codec>{lexicon.CODECS})\b")
#: The words before an aside name the container the result is to be in: "convert it to mp4".
_TO_CONTAINER = re.compile(
    r"\b(?:to|into|as|in) (?:an? )?\.?(?:mp4|mov|mkv|ts)(?: file| video)?\s*$"
)


def _codec_aside(said: str, before: str) -> str:
    """What an aside that says what a file is stands for: nothing ("(mp4, with aac audio)"),
    or a clause asking for the codec it names when that is the one the picture is to be in:
    after the container the result is made ("convert it to mp4 (h264)"), or said as the one to
    change to ("(video codec from MPEG-4 to H.264)"). An HEVC picture would be copied into an
    mp4 as it is, so the codec is never set aside there."""
    codec = _CODEC_ASKED.search(said)
    if codec is None or not (codec["to"] or _TO_CONTAINER.search(before.lower())):
        return ""
    return f"; encode it as {codec['codec']};"


def _asides(prompt: str) -> str:
    """The request with its bracketed asides read: one that only describes ("(me clicking Stop
    recording)", "(it was posted mirrored)") is set aside, one that only gives a value ("(2 s)")
    joins the words before it, one that asks for something becomes a clause of its own, and
    any other stays where it is, to be refused with its clause rather than dropped."""
    hidden, quoted = _protect(_stacked_format(_facts_before(prompt)))

    def read(m: re.Match[str]) -> str:
        inside = _restore(m.group(1), quoted).strip()
        said = inside.lower()
        if not said or lexicon.describes(said):
            _stated(inside)  # ("(it is 50 seconds long)": what it says of the file, checked)
            return ""
        parts = [p.strip() for p in said.split(",")]
        if len(parts) > 1 and all(
            lexicon.describes(p) or lexicon.FORMAT_ASIDE.fullmatch(p) for p in parts
        ):
            # "(mp4, there is no audio)": what it is; "(video codec from MPEG-4 to H.264, there
            # is no audio)": and the codec to encode in
            return _codec_aside(said, hidden[: m.start()])
        if (
            not re.search(r"\d", said)
            and not _OWN_VERB.match(normalize(said))
            and (before := split_clauses(_restore(hidden[: m.start()], quoted)))
            and lexicon.states(normalize(before[-1]))
            and not _wants(before[-1])
        ):
            return ""  # "most of my videos start in black (fadein)": what the statement says
        if (
            len(parts) > 1
            and all(
                lexicon.VALUE_ASIDE.fullmatch(p) or lexicon.FORMAT_ASIDE.fullmatch(p) for p in parts
            )
            and (before := split_clauses(_restore(hidden[: m.start()], quoted)))
            and lexicon.states(normalize(before[-1]))
            and not _wants(before[-1])
        ):
            # "the resolution and FPS are both the same (1080p, 60 FPS, MP4)": the values the
            # statement is of, never edits
            return ""
        if re.fullmatch(r"@?\d(?:\.\d+)?x", said) and re.search(
            r"\b(?:size|resolution|scale|dimensions)\s*$", hidden[: m.start()].lower()
        ):
            return ""  # "half the size (1x)": a screen's scale, as retina screens name it
        if _NO_SOUND.fullmatch(said) and _VIDEO_BEFORE.search(hidden[: m.start()].lower()):
            return ""  # "the raw footage (without audio)": what it has, said of it
        if _SIZE_OF_A_LENGTH.fullmatch(said):
            return ""  # "(30Mb for 15 seconds)": how big the file is
        if _DEVICE_ASIDE.fullmatch(said) and _DEVICE_BEFORE.search(hidden[: m.start()].lower()):
            return ""  # "this video from my phone (a HUAWEI P30)": what it was made on
        if (
            (longest := _AT_MOST_LONG.fullmatch(said))
            and _VIDEO_BEFORE.search(hidden[: m.start()].lower())
            and (duration := media_duration.get()) is not None
            and duration <= parse_time(longest["t"]) + 0.5
        ):
            return ""  # "the short clip (up to 10 seconds)": how long it is at most, and is
        if lexicon.rider(normalize(said)):
            return f"; {m.group(1).strip()};"  # checked against the plan (see `_plan`)
        if _AND_SIZE_FROM_TO.fullmatch(said):
            return f" {m.group(1).strip()}"  # "from 1080p to 480p (and 37MB to 4MB)": both
        if lexicon.CONTRAST.fullmatch(f" {said}") and _verb_ops(
            lexicon.CONTRAST.fullmatch(f" {said}")["verb"]  # type: ignore[index]
        ):
            return f", {m.group(1).strip()}"  # "(without slowing it down)": checked by its clause
        if (
            (lines := re.fullmatch(r"(\d{3,4})p(?: format| resolution)?", said))
            and (
                size := re.search(
                    r"\b(\d{3,5}) ?x ?(\d{3,5})(?: (?:format|resolution|pixels))?\s*$",
                    hidden[: m.start()],
                )
            )
            and int(lines[1]) == min(int(size[1]), int(size[2]))
        ):
            return ""  # "to 1440 x 1080 (1080p)": the size's name, said again
        if _same_time_again(_restore(hidden[: m.start()], quoted), said):
            return ""  # "at 210 seconds (3:30 minutes into the recording)": the time, again
        if lexicon.VALUE_ASIDE.fullmatch(said):
            shared = _shared(_restore(hidden[: m.start()], quoted), m.group(1).strip())
            if shared is not None:
                amounts.append(shared)
                return f"\x02{len(amounts) - 1}\x02"
            return f" {m.group(1).strip()}"
        if lexicon.FORMAT_ASIDE.fullmatch(said):
            return _codec_aside(said, hidden[: m.start()])  # "(png)": what the file is
        if re.fullmatch(rf"(?:an? |the )?{PLATFORM_WORDS}", said):
            # "the (Instagram) story video": a name of where it is from or for, read where it
            # stands ("the instagram story video"), never a change of shape on its own
            return f" {m.group(1).strip()}"
        if _A_FILE.match(said) and not re.search(r"\d", said):
            return ""  # "(a short clip with 'subscribe')": a file described, not an edit
        # (the words before in full: a title in them is the person's, masked only here)
        if _length_of_range(_restore(hidden[: m.start()], quoted), said):
            return ""  # "from 33 to 34 (1 second long)": the length of the part just given
        if _lengths_of_speed(_restore(hidden[: m.start()], quoted), said):
            return ""  # "speed it up 2x (38s → 19s)": how long it is, and will be
        if re.fullmatch(r"\x00\d+\x00", m.group(1).strip()) and _LIKE_BEFORE.search(
            hidden[: m.start()].lower()
        ):
            return ""  # 'a logo like a news channel ("MTV")': an example of what it is like
        if re.match(r"[-\w.=:]*[\d=-][-\w.=:]* (?:means|stands for|is short for) ", said):
            return ""  # "(-1 means keep the aspect ratio)": what the notation before says
        if _LEVEL_NOW.fullmatch(said) and _SOUND_BEFORE.search(hidden[: m.start()].lower()):
            return ""  # "the very quiet audio (~-32 LUFS)": how loud it is now, said of it
        if _same_verb(hidden[: m.start()], said):
            return ""  # "merge (concatenate) this video …": the verb said again in other words
        if _names_its_method(_restore(hidden[: m.start()], quoted), said):
            return ""  # "normalize it to -16 LUFS (EBU R128)": how the edit before is done
        if re.fullmatch(_RANGE_SAID, normalize(said)) and _PART_BY_WHAT_HAPPENS.search(
            hidden[: m.start()].lower()
        ):
            return f", {m.group(1).strip()}"  # "the bit where the dog barks (0:40 to 0:45)"
        if lexicon.PART_NAME.fullmatch(said) and _ENDS_ON_A_TIME.search(
            normalize(_restore(hidden[: m.start()], quoted))
        ):
            return ""  # "the first 10 seconds (intro)": what is in the part just given
        plain = _filter_args(said)
        if (
            plain != said
            and not re.search(r"[=:]", plain)
            and normalize(plain).split(" ", 1)[0] not in _verbs()
        ):
            # "(overlay=main_w-overlay_w-5:5)": ffmpeg's words for where, read with the clause
            # as said in words ("at the top-right"), to agree with it or be refused
            return f" {plain}"
        try:
            asked = _plan(_filter_args(inside.lower()))
        except (NotUnderstood, InvalidRequest):
            if _same_with_its_verb(_restore(hidden[: m.start()], quoted), said):
                return ""  # "transpose=1 (90° clockwise)": the values of the edit, said again
            if _says_more_of(_restore(hidden[: m.start()], quoted), said):
                return f" {m.group(1).strip()}"  # "add the text 'Hi' (at the top)": its place
            words = re.findall(r"[a-z]+", said)
            if (
                0 < len(words) <= 4
                and words[0] not in _verbs()
                and all(w in _vocabulary() or w in ("and", "or") for w in words)
                and not set(words) & {"the", "into", "to", "of", "in", "on", "at", "for", "by"}
                and not re.search(r"\d", said)
            ):
                # "a (stretched, blurred) background": the edit's own words, in brackets
                return " " + " ".join(w for w in words if w not in ("and", "or")) + " "
            # Unread, it is an aside unless it sounds like an instruction (starts with a verb
            # of the catalogue's, or gives a value): then its clause is refused with it.
            asks = _asks_something(said)
            return m.group(0) if asks else ""
        if (
            all(step.operation.name == "question" for step in asked.steps)
            and len(said.split()) <= 3
            and not re.search(r"\?|\b(?:what|how|which|is|are|does|do|has|have)\b", said)
        ):
            return ""  # "the original size (resolution)": what the word before means
        glossed = _glosses(_restore(hidden[: m.start()], quoted), asked, said)
        if glossed is True:
            return ""  # "play it in reverse (backward)": the same edit, said again
        if glossed == "amount":
            amounts.append(m.group(1).strip())
            return f"\x02{len(amounts) - 1}\x02"
        if glossed is None:
            return m.group(0)  # the same edit with other values: refused with its clause
        return f"; {m.group(1).strip()};"

    amounts: list[str] = []
    text = _ASIDE.sub(read, hidden)
    while (at := re.search(r"\x02(\d+)\x02", text)) is not None:
        # "slow it down (to 80%)": the aside says how much; it is the clause
        start = max((b.end() for b in _HARD.finditer(text, 0, at.start())), default=0)
        text = f"{text[:start]}{amounts[int(at[1])]}{text[at.end() :]}"
    return _restore(text, quoted)


_LONG = re.compile(rf"(?:about |around |roughly )?(?P<d>{PIECES['time']}) long")
#: Words that end on what something is like ("like a news channel"): a name in brackets after
#: them is an example of it.
_LIKE_BEFORE = re.compile(r"\b(?:like|such as|as on|as in|similar to)(?: [a-z]+){1,4}$")
#: Words that end on a time or a length: a part of the video was just named.
_ENDS_ON_A_TIME = re.compile(
    rf"(?:{PIECES['time']}|\d+(?:\.\d+)? ?(?:s|secs?|seconds?|m|mins?|minutes?))$"
)


def _same_verb(before: str, aside: str) -> bool:
    """Whether an aside is one verb (or two, "a/b") naming the edit the verb just before it
    names: "merge (concatenate) this video with …"."""
    words = re.findall(r"[a-z]+", aside.lower())
    said = re.findall(r"[a-z]+", before.lower())
    if not words or len(words) > 2 or not said:
        return False
    last = said[-1]
    family = next((f for f in _VERB_FAMILIES if last in f), frozenset())
    named = _verb_ops(last)
    return all(w in family or (named and _verb_ops(w) & named) for w in words)


#: Verbs people use for one edit, some the grammars read only inside a phrasing.
_VERB_FAMILIES = (
    frozenset({"merge", "concatenate", "concat", "join", "combine", "stitch", "splice"}),
    frozenset({"cut", "trim"}),
    frozenset({"resize", "scale", "rescale"}),
    frozenset({"flip", "mirror"}),
    frozenset({"stabilize", "stabilise", "deshake"}),
)


#: The name of a filter or a standard said after an edit ("… with ffmpeg's nlmeans or hqdn3d
#: filter"), checked by `_names_its_method`.
_METHOD_TAIL = re.compile(
    r",? (?:using|with|via|through|by|per) (?:the )?(?:ffmpeg(?:'s)? )?"
    r"(?P<names>[\w-]+(?:(?: or | and |/)[\w-]+)*)(?: (?:filters?|method|standard|algorithm))?$"
)
#: Words around the name of a standard or a filter ("using the vidstab filter").
_METHOD_WORDS = re.compile(
    r"^(?:(?:using|with|via|by|per|through|the|an?)\s+)+|\s+(?:standard|filter|method)$"
)


#: A sound level said roughly, as it is now: "(~-32 LUFS)", "(about -30 dB)".
_LEVEL_NOW = re.compile(
    r"(?:~ ?|about |around |roughly |approx\.? |approximately )-?\d+(?:\.\d+)? ?(?:lufs|lu|db|dbfs)"
)
#: "(without audio)", "(no sound)": what a video has not, said of it.
_NO_SOUND = re.compile(r"(?:without|with no|no|has no) (?:audio|sound)(?: track)?|silent|mute")
#: The video named just before an aside.
_VIDEO_BEFORE = re.compile(r"\b(?:video|clip|footage|recording|movie|film|capture)\s*$")
#: What a video was made on, said in brackets: "(a HUAWEI P30)", "(shot on my iPhone 12)".
_DEVICE_ASIDE = re.compile(
    rf"(?:(?:shot|filmed|recorded|taken|made) )?(?:(?:on|with|from|by) )?{_DEVICE}"
)
#: The video, or what it was made on, named just before an aside.
_DEVICE_BEFORE = re.compile(
    r"\b(?:video|clip|footage|recording|movie|film|capture|phone|smartphone|camera|cam|device|"
    r"iphone|android|drone|gopro|dashcam|webcam)\s*$"
)
#: How long the video is at most, in brackets after it: "(up to 10 seconds)".
_AT_MOST_LONG = re.compile(
    r"(?:up to|under|less than|at most|max\.?|maximum|no more than|not more than|<) ?"
    r"(?P<t>\d+(?:\.\d+)? ?(?:s|secs?|seconds?|mins?|minutes?))(?: long| max)?"
)
#: The sound named just before an aside.
_SOUND_BEFORE = re.compile(r"\b(?:audio|sound|voice|voices|speech|track|music|narration)\s*$")


def _names_its_method(before: str, aside: str) -> bool:
    """Whether an aside names the standard or the filter the edit just before it applies
    (`Operation.method_names`): "normalize the audio to -16 LUFS (EBU R128)", "(using vidstab)"."""
    name = _METHOD_WORDS.sub("", aside.strip())
    kinds = tuple(op for op in CATALOGUE.values() if name in op.method_names)
    clauses = split_clauses(before)
    if not kinds or not clauses:
        return False
    try:
        said = _plan(clauses[-1]).steps
    except (NotUnderstood, InvalidRequest):
        return False
    return any(isinstance(s.operation, kinds) for s in said)


#: A time said again, in other words: "3:30 minutes into the recording", "the 0:30 mark".
_TIME_AGAIN = re.compile(
    rf"(?:(?:i\.?e\.?|that is|or|so|aka),? )?(?:at |the )?(?P<t>{_T_})(?: ?(?:minutes?|mins?|"
    r"seconds?|secs?|hours?))?(?: (?:mark|in|into (?:the |it|"
    r"this )?(?:video|clip|recording|record|footage|movie|film)?))?"
)


def _same_time_again(before: str, aside: str) -> bool:
    """Whether an aside says the time said just before it again, in other words ("start it at
    210 seconds (3:30 minutes into the record)"), and it is the same time."""
    said = _TIME_AGAIN.fullmatch(normalize(aside).strip())
    last = re.search(rf"(?:{_T_})\s*$", normalize(before))
    if said is None or last is None:
        return False
    try:
        return abs(parse_time(said["t"]) - parse_time(last[0].strip())) <= 0.5
    except ValueError:
        return False


def _length_of_range(before: str, aside: str) -> bool:
    """Whether an aside says how long the part named just before it is ("from 33 to 34 (1
    second long)"), and that is how long it is."""
    said = _LONG.fullmatch(aside.strip())
    if said is None:
        return False
    text = normalize(before)
    for pattern, span in _RANGES:
        found = [m for m in pattern.finditer(text) if m.end() >= len(text) - 1]
        if found:
            start, end = span({k: v for k, v in found[-1].groupdict().items() if v})
            if start is not None and end is not None:
                return abs((end - start) - parse_time(said["d"])) <= 0.1
    return False


def _shared(before: str, value: str) -> str | None:
    """The clause before a value in brackets with the value given to each of its edits, when
    they are one kind of edit said without values ("fade in and fade out (2 s)": both 2 s);
    None otherwise (the value then joins the words just before it)."""
    clauses = split_clauses(before)
    if not clauses or re.search(r"\d", clauses[-1]):
        return None
    last = clauses[-1]
    try:
        said = [s.operation for s in _plan(last).steps]
    except (NotUnderstood, InvalidRequest):
        return None
    pieces = re.split(r" (?:and|&) ", last)
    if len(said) < 2 or len({type(op) for op in said}) != 1 or len(pieces) != len(said):
        return None
    for joiner in ("", "for "):  # "fade in 2 s", "fade in at the start for 2 s"
        each = " and ".join(f"{piece} {joiner}{value}" for piece in pieces)
        try:
            again = [s.operation for s in _plan(each).steps]
        except (NotUnderstood, InvalidRequest):
            continue
        if [type(op) for op in again] == [type(op) for op in said]:
            return each
    return None


def _same_effect(one: Operation, other: Operation) -> bool:
    """Whether two edits do the same, said in other units ("lower the volume by 12 dB (25% of
    the original volume)": a quarter of the amplitude is 12 dB less)."""
    if not (isinstance(one, Volume) and isinstance(other, Volume)):
        return False
    if (one.start, one.end) != (other.start, other.end):
        return False
    gains = [
        v.db if v.db is not None else 20 * math.log10(v.percent / 100) if v.percent else -120.0
        for v in (one, other)
    ]
    return abs(gains[0] - gains[1]) <= 0.5


def _says_more_of(before: str, aside: str) -> bool:
    """Whether an aside that reads as nothing alone says more of the edit just before it:
    the clause with the aside's words after it reads as the same edits ("add the text 'Hi'
    (at the bottom right, in 50px)": where, and how big)."""
    clauses = split_clauses(before)
    if not clauses:
        return False
    try:
        said = [s.operation for s in _plan(clauses[-1]).steps]
        more = [s.operation for s in _plan(f"{clauses[-1]} {aside}").steps]
    except (NotUnderstood, InvalidRequest):
        return False
    # (the same edits with other values: the aside says something; the same edits with the
    # same values: it says again what was said, or what the grammar does not weigh, and is
    # not taken as more)
    return bool(said) and [type(o) for o in more] == [type(o) for o in said] and more != said


def _same_with_its_verb(before: str, aside: str) -> bool:
    """Whether an aside that reads as nothing alone ("90° clockwise") says the edit of the
    clause before it again once given that edit's verb ("rotate it 90° clockwise")."""
    clauses = split_clauses(before)
    if not clauses or not re.search(r"\d", aside):
        return False
    try:
        said = [s.operation for s in _plan(clauses[-1]).steps]
    except (NotUnderstood, InvalidRequest):
        return False
    if len(said) != 1:
        return False
    verb = type(said[0]).examples[0].split()[0]
    for text in (f"{verb} it {aside}", f"{verb} {aside}"):
        try:
            again = [s.operation for s in _plan(text).steps]
        except (NotUnderstood, InvalidRequest):
            continue
        return again == said
    return False


def _glosses(before: str, aside: Plan, words: str) -> bool | Literal["amount"] | None:
    """Whether an aside's edits are those the clause before it asks for, said again in other
    words ("in reverse (backward)", "stabilize it (deshaking)"): True. "amount" when the
    clause says its edits without a value and the aside says them with one ("slow it down (to
    80%)"). None when they are the same edits with other values ("slow it down 2x (to 80%)"):
    which is meant is not guessed. False when they are other edits."""
    clauses = split_clauses(before)
    if not clauses:
        return False
    said: Plan | None = None
    for text in (before, clauses[-1]):
        try:
            said = _plan(text)
            break
        except (NotUnderstood, InvalidRequest):
            continue
    if said is None:
        return False
    ops = [s.operation for s in said.steps]
    if all(
        s.operation in ops or any(_same_effect(s.operation, op) for op in ops) for s in aside.steps
    ):
        return True
    names = {op.name for op in ops}
    if _achieves(ops, aside, words):
        return True
    if not re.search(r"\d", clauses[-1]) and names <= {s.operation.name for s in aside.steps}:
        # "slow it down (to 80%)", "slow it down (conform to 23.976)": the edit said without
        # an amount, and the aside that gives it
        return "amount"
    if {s.operation.name for s in aside.steps} <= names:
        return None
    return False


def _achieves(ops: Sequence[Operation], aside: Plan, words: str) -> bool:
    """Whether an aside without a value says what the clause's edit is for, in an edit of its
    own: "normalise the audio (make the quiet video loud)" is made louder by the normalising,
    as "normalise the audio to make it louder" is, and so is "normalize (amplify) it". Only an
    edit whose aim that is (see `lexicon.AIMS`) is read so: "a vintage look (make it brighter)"
    asks for more light."""
    result = lexicon.RESULT_WORDS.search(words)
    # ("normalize (amplify) it": the result said by a verb, and nothing more)
    verb = lexicon.RESULT_VERBS.fullmatch(words.strip(" ()"))
    if re.search(r"\d", words) or re.match(r"\s*(?:and|also|plus)\b", words):
        return False
    if result is not None:
        aim = result["r"].replace("steadi", "steady") + "er"
    elif verb is not None:
        aim = verb.lastgroup or ""
    else:
        return False
    return any(aim in lexicon.AIMS.get(op.name, ()) for op in ops) and all(
        s.operation.name in lexicon.RESULTS.get(aim, ()) for s in aside.steps
    )


#: "Position it in the bottom left corner", "place the logo at the top": where the thing the
#: clause before put on the picture goes, said on its own.
_PLACING = re.compile(
    r"(?:(?:it(?:'s| is) |and |to be |(?:which|that) (?:is|should be) )?(?:positioned|placed|"
    r"located|situated|sitting|shown|aligned|anchored|put)|position|place|put|move|set|show|"
    r"display|have|keep|align|anchor|locate)"
    r"(?: it| them| this| that| the (?:text|title|caption|logo|watermark|image|picture|overlay|"
    r"inset|video|clip))? (?:(?:in|at|on|to|into|towards?) )?(?:the )?"
    r"(?P<where>(?:top|bottom|upper|lower)[ -]?(?:left|right)|top|bottom|left|right|"
    r"cent(?:er|re)|middle)"
    r"(?: (?:corner|side|edge|part))?(?: of (?:the )?(?:screen|frame|video|picture))?"
)


def _placing(text: str, before: tuple[Operation, ...]) -> tuple[Operation, ...] | None:
    """The edit just read, put where a clause of its own says ("add the text 'Hi'. Position
    it in the bottom left corner"), when it is one thing put on the picture whose place was
    not said; the same place said again is the edit as it is; () when it is another place
    than the one said (refused); None when the clause says no place of such a thing."""
    m = _PLACING.fullmatch(normalize(text))
    if m is None or len(before) != 1 or "position" not in type(before[0]).model_fields:
        return None
    op = before[0]
    where = m["where"].replace("upper", "top").replace("lower", "bottom")
    where = "center" if where in ("middle", "centre") else where.replace(" ", "-")
    if "position" in op.model_fields_set:
        return (op,) if getattr(op, "position", None) == where else ()
    try:
        return (type(op).model_validate(op.model_dump() | {"position": where}),)
    except ValidationError:
        return ()


#: Words a clause that says how a thing put on the picture is starts with ("…, scaled to 50%").
_PARTICIPLE = re.compile(
    r"(?:scaled|resized|sized|shrunk|enlarged|made|colou?red|shown|displayed|drawn|written|"
    r"faded|set|kept|rendered|styled|outlined|boxed)\b"
)


#: A clause that makes the words just put on the picture bigger or smaller.
_FONT_SAID = re.compile(
    r"(?:make|set|turn) (?:the )?(?:font|text|letters|words|subtitles?|captions?|subs)(?: size)?"
    r" (?:a (?:bit|little|lot) )?(?P<how>bigger|larger|smaller)"
    r"|(?:(?P<up>increase|raise|enlarge|bump up)|decrease|reduce|lower|shrink) (?:the )?"
    r"(?:font|text|letter)(?: size)?"
)


def _modifying(text: str, before: str, ops: tuple[Operation, ...]) -> tuple[Operation, ...] | None:
    """The thing just put on the picture as a clause of its own goes on to say ("add logo.png,
    scaled to 50%": the logo at half the width, not the whole video scaled): the clause before
    read with these words after it. () when that does not read as the same thing (refused);
    None when the clause is no such saying, or nothing was just put on the picture."""
    if len(ops) != 1 or not isinstance(ops[0], (Text, OverlayImage, PictureInPicture, Subtitles)):
        return None
    said = normalize(text)
    if (fade := _ITS_FADE.fullmatch(said)) is not None:
        # "add the title 'Intro' for the first 3 seconds and fade it out": the title fades,
        # at its own end; a title shown throughout could be the video fading, and a logo or
        # an inset does not fade: asked, never the whole video faded
        if not isinstance(ops[0], Text) or (ops[0].start is None and ops[0].end is None):
            return ()
        try:
            faded = Text.model_validate(ops[0].model_dump() | {f"fade_{fade['way']}": 0.5})
        except ValidationError:
            return ()  # (a title shown too briefly to fade)
        return (faded,)
    coloured = re.fullmatch(
        r"(?:and |but )?(?:make|turn|colou?r|have) (?:it|them|the (?:text|words|letters|"
        r"subtitles|captions|title)) (?P<c>[a-z]+)",
        said,
    )
    if coloured is not None and coloured["c"] in COLORS and isinstance(ops[0], (Text, Subtitles)):
        # "add the text 'Hi', make it red", "I want them yellow": the words in that colour
        said = f"in {coloured['c']}"
    elif (font := _FONT_SAID.fullmatch(said)) is not None:
        # "add the subtitles and make the font bigger": the font of the words just put on
        bigger = font["how"] in ("bigger", "larger") or bool(font["up"])
        said = f"with a {'bigger' if bigger else 'smaller'} font"
    elif not (_PARTICIPLE.match(said) or _PARTICIPLE.match(text.strip().lower())) or isinstance(
        ops[0], Subtitles
    ):
        # (normalizing may say the participle as a verb: "scaled to 450 pixels high")
        return None
    elif _PARTICIPLE.match(text.strip().lower()):
        said = text.strip()
    # (else as normalizing says it: "logo size 20%" is "scaled to 20%")
    try:
        again = tuple(s.operation for s in _plan(f"{before.strip()} {said}").steps)
    except (NotUnderstood, InvalidRequest):
        return ()
    return again if len(again) == 1 and type(again[0]) is type(ops[0]) else ()


#: A fade of the thing just put on the picture: "and fade it out", "fading out".
_ITS_FADE = re.compile(
    r"(?:and |then |and then )?(?:(?:have|let|make) it )?(?:fade|fading|fades)(?: it)? "
    r"(?P<way>in|out)"
    r"(?: (?:at the end|afterwards|after that|gently|slowly|smoothly))?"
)


#: Words of wanting or needing, and the word after them: "we have to cut".
_WANTING = re.compile(
    # ("silence I don't have to edit": what need not be done is no wish)
    r"(?<!n't )(?<!not )(?<!never )\b(?:have to|has to|had to|need to|needs to|want to|wants to|"
    r"wanna|must|should|going to|"
    r"gonna|try to|trying to|like to|ought to|supposed to|got to|gotta)"
    r"(?: be)?(?: (?:\w+ly|just|also|then))? (\w+)"
)


#: An aside that describes a file ("(a short clip with 'like and subscribe')").
_A_FILE = re.compile(
    r"(?:a|an|the|this|that|my|our) (?:[a-z]+ ){0,2}"
    r"(?:clip|video|file|image|picture|photo|song|track|logo|recording|one)\b"
)


def _names_an_edit(text: str) -> bool:
    """Whether a statement asks for an edit all the same: a verb the catalogue's instructions
    start with, after words of wanting or needing ("we have to cut the first 5 seconds", "it
    should be muted"). "It does not play smoothly" names no edit: it says what is wrong."""
    return any(m[1] in _verbs() or _verb_ops(m[1]) for m in _WANTING.finditer(normalize(text)))


def _wants(text: str) -> bool:
    """Whether a statement says what the person wants done ("I need to delay the audio", "we
    have to cut the first 5 seconds"): then it asks, whether or not its verb is an edit of the
    catalogue's, and is read or refused, never set aside."""
    return (
        any(
            m[1] not in ("be", "have", "know", "see", "say", "make sure", "understand")
            for m in _WANTING.finditer(normalize(text))
        )
        or bool(_WANTING_IT.search(text.lower()))
        or _names_an_edit(text)
    )


#: "I want them yellow or blue", "we'd like it louder": how the person wants the thing to be.
_WANTING_IT = re.compile(
    r"\b(?:i|we)(?: (?:really|just|also|would|do))? (?:want|need|'d like|would like|wish|prefer|"
    r"'d prefer|would prefer|like) (?:it|them|this|that|those|these|the [\w-]+)"
    r" (?!to\b|be\b)\w+"
)


#: Words that say when or how, in an aside: "(at the end)", "(slowly)".
_WHEN_WORDS = frozenset(
    {"end", "ending", "start", "beginning", "first", "last", "halfway", "slowly", "quickly",
     "gradually", "smoothly", "quietly", "loudly", "softly", "gently", "rapidly", "briefly",
     "faster", "slower", "louder", "quieter", "bigger", "smaller", "brighter", "darker"}
)  # fmt: skip


def _asks_something(text: str) -> bool:
    """Whether unread words sound like an instruction: a number in them, or a first word (past
    "and", "also", "then", "please") that starts an example phrasing of the catalogue."""
    if re.search(r"\d", text) or set(re.findall(r"[a-z]+", text.lower())) & lexicon.EDIT_WORDS:
        return True
    if re.search(r"\b(?:top|bottom|left|right|cent(?:er|re)|middle|corner)\b", text.lower()):
        return True  # "(at the bottom right)": where, which an edit before it may need
    said = re.findall(r"[a-z]+", text.lower())
    if len(said) <= 4 and any(w in COLORS or w in _WHEN_WORDS for w in said):
        return True  # "(in red)", "(slowly)", "(at the end)": how, or when, in a few words
    words = re.sub(r"^(?:(?:and|also|then|please|just|but|plus|or) )+", "", normalize(text))
    first = words.split(" ", 1)[0] if words else ""
    return first in _verbs()


@lru_cache(maxsize=1)
def _ops_by_verb() -> dict[str, frozenset[str]]:
    """The operations each verb starts an example of ("speed" -> speed, "remove" -> trim,
    cut, ...), with the verbs the synonyms stand for ("edit" as "cut")."""
    found: dict[str, set[str]] = {}
    for op in CATALOGUE.values():
        for ex in op.examples:
            found.setdefault(ex.split(" ", 1)[0].lower(), set()).add(op.name)
    return {verb: frozenset(names) for verb, names in found.items()}


#: Set while a frame's phrasing is read: it is read by the grammars alone.
_framing: ContextVar[bool] = ContextVar("framing", default=False)


#: A clause that says what the video is ("the video is sepia", "it's too steady", "it looks
#: vintage"): words of an edit in it describe, they ask for nothing.
_IS_SAID = re.compile(
    r"(?:it|this|that|the (?:[a-z0-9.]+ ){0,3}?[a-z]+|my (?:[a-z]+ ){0,2}?[a-z]+|they|these|there)"
    r"(?:'s|'re| is| are| was| were| looks?| seems?| sounds?| feels?| gets?| got| has| have|"
    r" had)\b"
)


#: A colour on another: what text looks like ("white on black", "yellow text on a dark box").
_COLOR_ON_COLOR = re.compile(
    r"\b(?:white|black|yellow|red|green|blue|gr[ae]y|orange|pink|purple|dark|light)"
    r"(?: (?:text|letters|font|writing|words))? on (?:an? |the )?(?:white|black|yellow|red|green|"
    r"blue|gr[ae]y|orange|pink|purple|dark|light|transparent)\b"
)


def _framed(clause: str) -> list[Operation] | None:
    """What a clause asks for read by its parts (see planner.frames)."""
    if _framing.get() or re.match(r"by [a-z]+ing\b", clause):
        return None  # a means without what it is for is no instruction
    if _COLOR_ON_COLOR.search(clause):
        return None  # ("white on black": letters' colour on a box's, never black and white)
    if (_IS_SAID.match(clause) or lexicon.states(clause)) and not _wants(clause):
        # "the video is silent", "it's too steady", "the video starts with a fade in": what it
        # is, not what to do
        return None
    token = _framing.set(True)
    try:
        return read_framed(clause, lambda said: _reads(normalize(said)), _stem)
    finally:
        _framing.reset(token)


@lru_cache(maxsize=1)
def _frame_words() -> frozenset[str]:
    return frozenset(w for op in CATALOGUE.values() for f in op.frames for w in f.words)


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    """A word as the frames spell it: "videos" -> video, "increased" -> increase,
    "cropping" -> crop; the word itself when no form of it is theirs."""
    known = _frame_words()
    if word in known:
        return word
    candidates = [_base_form(word)]
    # (the edit said as a noun: "compression", "stabilization", "rotation")
    endings = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
               ("ion", ""), ("ion", "e"), ("ation", "e"), ("ization", "ize"))  # fmt: skip
    for ending, back in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            candidates.append(word[: -len(ending)] + back)
    return next((c for c in candidates if c in known), word)


def _inflected(word: str, endings: Sequence[str]) -> list[str]:
    """The forms `word` may be an inflection of, by these endings, in order: "cropping" ->
    cropp, croppe, crop; "removing" -> remov, remove, remov."""
    forms: list[str] = []
    for ending in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            forms += [stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem]
    return forms


def _base_form(word: str) -> str:
    """ "playing" -> play, "cropping" -> crop, "removing" -> remove: the form the grammars
    are written in (the word itself when no form of it is known)."""
    known = _verbs() | _vocabulary()
    return next((form for form in _inflected(word, ("ing",)) if form in known), word)


#: Verbs of any change, said of what is to stay as it is: "without changing its speed".
_CHANGING = frozenset(
    {"changing", "altering", "affecting", "modifying", "touching", "impacting", "messing"}
)
#: What people say stays as it is, and the edits that would change it.
_KEPT_BY_NAME: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"\b(?:playback )?(?:speed|pace|tempo)\b"), frozenset({"speed"})),
    (re.compile(r"\b(?:frame ?rate|fps|framerate)\b"), frozenset({"fps"})),
    (
        re.compile(r"\b(?:resolution|dimensions|picture size|frame size)\b"),
        frozenset({"resize", "crop", "crop_area", "pad", "blur_fill", "platform"}),
    ),
    (
        re.compile(r"\b(?:aspect ratio|shape|proportions)\b"),
        frozenset({"crop", "crop_area", "pad", "blur_fill", "platform"}),
    ),
)


def _changed_by_name(said: str) -> frozenset[str] | None:
    """The edits that would change what `said` names as staying ("…, without changing its
    speed"): None when it names nothing of these."""
    for pattern, ops in _KEPT_BY_NAME:
        if pattern.search(said):
            return ops
    return None


def _verb_ops(word: str) -> frozenset[str]:
    """The operations a verb, in any form ("resizing", "cropped", "removes"), names."""
    table = _ops_by_verb()
    for stem in [word, *_inflected(word, ("ing", "ed", "es", "s"))]:
        canonical = normalize(stem).split(" ", 1)[0] if stem else stem
        for candidate in (stem, canonical):
            if candidate in table:
                return table[candidate]
    return frozenset()


#: First words of examples that are no verb ("a bit less contrast", "background music: …").
_NOT_VERBS = frozenset(
    {"a", "an", "for", "how", "what", "is", "just", "only", "background", "picture", "audio",
     "gif", "old", "cinematic", "faded", "negative", "warmer", "more", "half", "logo", "sepia",
     "grayscale", "contact"}
)  # fmt: skip


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The first words of every example phrasing, and of what the synonyms stand for."""
    firsts = {ex.split(" ", 1)[0].lower() for op in CATALOGUE.values() for ex in op.examples}
    firsts |= {"cut", "trim", "remove", "burn", "add", "make", "keep", "put", "use", "turn"}
    # verbs of an edit no example starts with ("downsize the gif, so it's usable in Slack")
    firsts |= {
        "downsize",
        "shrink",
        "downscale",
        "upscale",
        "squeeze",
        "halve",
        "shorten",
        "transcode",
        "recode",
        "remux",
        "encode",
        "compress",
        "resize",
        "rescale",
    }
    return frozenset(w for w in firsts if w.isalpha() and w not in _NOT_VERBS)


def _says_why(text: str) -> bool:
    """Whether a clause says what is wrong or what an edit is for, not what to do."""
    said = normalize(text)
    return bool(
        _DESCRIBES.match(said)
        or lexicon.states(said)
        # ("as it plays": why; "as mp4" is what it is written as)
        or re.match(
            r"(?:so(?: that)?|in order to|which|because|since|as(?= (?:i|we|you|it|they|there|my|"
            r"our|the|this|that)(?:'s|'m|'re)? )) ",
            text.strip().lower(),
        )
        or _RESTATED.match(text.strip().lower())
    )


#: "…, i.e. only a part of the picture": the clause before, said again in other words.
_RESTATED = re.compile(r"(?:ie\b|i\.e\.?|that is,|in other words\b|namely\b),? ")


#: Why, said as what the video is like: "because the file is too big", "since it's too dark"
#: (never what happens to something else: "so the light text can be read over bright frames").
_BECAUSE_IT_IS = re.compile(
    r"^,? ?(?:because|since|as|'?cause) (?:(?:the|my|this|its) (?:[\w-]+ ){0,2}?(?:video|file|"
    r"clip|footage|recording|picture|image|audio|sound|voice|volume)|it|this|that)(?:'s| is| was|"
    r" looks| sounds| seems| gets| got| has)\b"
)


def _a_fault(said: str) -> bool:
    """Whether words that say why say what is wrong with the video, as a complaint whose fix is
    sure."""
    return _BECAUSE_IT_IS.match(said) is not None and bool(_sure_fixes(said))


def _only_why(text: str) -> bool:
    """Whether a clause only says why ("so that I can start the next one with the last
    frame"): no value, no word of an edit, no verb of one after words of wanting. What the
    person can then do goes on after an "and" ("so that I can fit it on a CD and play it in
    my car"): a verb there is theirs, no instruction."""
    said = text.strip().lower()
    if not _WHY.match(said) or re.search(r"\d|\"", said) or _names_an_edit(text):
        return False
    if _a_fault(said):
        return False  # ("…, because the file is too big": a fault, which an edit must fix)
    if _THEY_CAN.match(said):
        return not set(re.findall(r"[a-z]+", said)) & lexicon.EDIT_WORDS
    return _no_edit_in(said)


#: Why, as what the person can then do: "so that I can …", "so we could …".
_THEY_CAN = re.compile(
    r"(?:so that|so|in order that) (?:i|we|you|they|people|my \w+|our \w+) (?:can|could|will be "
    r"able to|am able to|are able to|may) "
)


def _no_edit_in(said: str) -> bool:
    """Whether words that say why ask for nothing: no word of an edit, and no instruction
    after an "and" ("…, so that it plays and normalize it")."""
    if set(re.findall(r"[a-z]+", said)) & lexicon.EDIT_WORDS:
        return False
    return _no_edit_in_after_and(said)


#: A statement: a subject of up to six words (never starting with a verb or a word that
#: asks), then a verb said of it ("Open Camera doesn't appear to allow it", "every little bump
#: in the pavement translates into a big bump", "the file size would be smaller").
_DECLARES = re.compile(
    r"(?P<subject>(?:[a-z0-9'-]+ ){1,7}?)(?:is|are|was|were|has|have|had|does|do|did|doesn't|"
    r"don't|didn't|can't|cannot|won't|wouldn't|isn't|aren't|wasn't|weren't|hasn't|haven't|will|"
    r"would|can|could|may|might|"
    # ("the first 6 seconds show me pressing record": a verb said of a length)
    r"(?:(?<=seconds )|(?<=minutes )|(?<=frames )|(?<=secs )|(?<=mins ))(?:show|contain|"
    r"include|feature|look|sound|seem|get|go|run|play|need|make)|"
    r"(?!is\b|this\b|thus\b|us\b|as\b|was\b|has\b|does\b|its\b|"
    r"always\b|sometimes\b|less\b|plus\b|bonus\b|process\b|status\b|focus\b"
    # (parts of a video, never a verb: "some selected parts", "the best scenes")
    r"|(?:parts|sections|segments|bits|scenes|clips|pieces|moments|highlights|portions)"
    r"(?:$| only\b)"
    # (lengths, never a verb: "the last two seconds at regular speed")
    r"|(?:seconds|secs|minutes|mins|hours|hrs|frames|times)\b)[a-z]{3,}s)\b"
)
#: A version or a format, named with digits in it: "v25", "version 2.1", "mp4", "h264".
_NAMED_WITH_DIGITS = re.compile(
    r"\b(?:v|version )\d+(?:\.\d+)*\b|\b(?:mp4|mp3|m4a|m4v|h\.?26[45]|x26[45]|mpeg-?[24]|3gp)\b"
)
#: What something does not do, said of it: "doesn't support", "can't play".
_DENIES = re.compile(
    r"(?:doesn't|does not|don't|do not|didn't|did not|can't|cannot|won't|will not|isn't|aren't|"
    r"wasn't|weren't|hasn't|haven't)\b"
)
#: Words that make a statement a wish, or an ask: never set aside as one.
_WISHED = re.compile(
    r"\b(?:should|shall|must|needs?|need to|has to|have to|had better|want|wants|wanted|wish|"
    r"prefer|better|please|hope|would like|'d like|would love|would be (?:nice|great|good|cool)"
    # ("would be great for sharing": what it is good for, no wish; "would be nice for the
    # intro to be shorter" is one)
    r"(?! for\b(?!.*\b(?:to|if)\b))|"
    r"let|lets|let's|make sure|ensure)\b|\?"
)
#: What a thing will not do, said as if it wished: "the TV doesn't seem to want to play it".
_WILL_NOT = re.compile(r"\b(?:do|does|did)(?:n't| not) (?:seem to |appear to )?(?:want|like) to\b")
#: A wish said as what would be good: "it would be nice for the intro to be shorter".
_WISHED_FOR = re.compile(
    r"\b(?:would|'d) be (?:nice|great|good|cool|better|ideal|perfect|awesome)(?: if| for\b.*\bto\b)"
)
#: Words that say something is wrong: a statement with one asks for a fix, never set aside
#: by `_declares` (`lexicon.COMPLAINTS` names the fixes it knows).
_FAULTY = re.compile(
    r"\b(?:wrong|incorrect|broken|bad|off|messed|weird|strange|distorted|stretched|squashed|"
    r"squished|problem|issue|glitch\w*|corrupt\w*|ugly|terrible|awful|horrible|annoying|too|"
    r"sync|drifts?|drifting|lags?|lagging|laggy|stutter\w*|flicker\w*|jitter\w*|choppy|skips?|"
    r"jumps?|freezes|frozen|crash\w*|fails?|missing|lost|cut off|unreadable|illegible|hidden)\b"
    r"|\bnot (?:right|correct|working|good)\b"
    # ("the viewers can't see the bottom lines, they are cut": what cannot be seen)
    r"|\b(?:can't|cannot|can not|couldn't|could not|unable to|hard to) (?:see|read|make out)\b"
    r"|\b(?:is|are|was|were|gets?|got) (?:being )?cut\b"
)
#: What a statement's subject starts with, when no capital says it is a name ("Open Camera").
_SUBJECT_STARTS = frozenset(
    {"the", "a", "an", "my", "our", "your", "his", "her", "their", "its", "this", "that",
     "these", "those", "every", "each", "some", "all", "one", "any", "it", "i", "we", "they",
     "he", "she", "you", "there", "everything", "nothing", "something", "someone", "somebody",
     "everyone", "everybody", "people", "nobody", "users", "viewers", "customers", "clients",
     "friends", "others", "folks", "fans", "many", "most", "players", "browsers"}
)  # fmt: skip
#: The first words of a clause that asks or tells, never a statement's subject.
_NO_SUBJECT = frozenset(
    {"please", "can", "could", "would", "will", "do", "does", "did", "is", "are", "how", "what",
     "why", "when", "where", "which", "who", "if", "then", "and", "but", "or", "so", "also",
     "just", "only", "not", "no", "to", "for", "with", "without", "by", "from", "in", "on", "at",
     "as", "like", "after", "before", "while", "until", "maybe", "perhaps"}
)  # fmt: skip


#: A part named by what happens in it: "the part where the dog barks", "the bit when I sneeze".
_A_PART_WHERE = re.compile(
    r"(?:(?:and|or|also|plus) )?(?:the|a|that|this|those|these|any|every|all the) (?:[a-z]+ )?"
    r"(?:parts?|bits?|sections?|scenes?|moments?|segments?|portions?|stretch(?:es)?|pieces?|"
    r"times?|spots?|shots?) (?:where|when|in which|during which|while)\b"
)


def _declares(text: str, values: bool = False, why: bool = False) -> bool:
    """Whether an unread clause is a statement about the video, the person or their tools
    ("Open Camera doesn't appear to allow it to be mirrored by default"): a subject of a few
    words that starts with no verb, then a verb said of it; no wish, quote or file in it, no
    value (unless `values`: the caller checks them, `_values_agree`), and no instruction after
    an "and". Where a reason is given (`why`: after a colon or in a sentence of its own), the
    subject may be any words ("silent parts are frequent"), and the fault it speaks of may be
    the one the request fixes ("most handheld videos suffer from this problem")."""
    written = re.sub(r"\s+", " ", text.translate(_QUOTES)).strip(" .,;:!")
    # ("currently I have to put it into handbrake": what must be done now, a fact, not a wish)
    now = why and _NOW.match(written.lower()) is not None
    if why:
        # ("…: the feed shows it mirrored, but the recording is the opposite": a statement
        # after another, joined to it)
        written = lexicon.without_lead(_JOINED_ON.sub("", written))
        written = _PLACE_BEFORE_SUBJECT.sub("", written, count=1)
    said = written.lower()
    # (a version or a format named is no value: "opera under v25 doesn't support mp4 playback")
    plain = _NAMED_WITH_DIGITS.sub("", said)
    if re.search(r"\"|\.[a-z0-9]{2,4}\b", plain) or (not values and re.search(r"\d", plain)):
        return False
    if (
        why
        and (must := _MUST_DO.match(said))
        and (verb := must["verb"] or _base_form(must["done"])) not in _verbs()
        and not _verb_ops(verb)
        and not _verb_ops(must["verb"] or must["done"])
    ):
        # ("I have to mount it upside down": what the person must do, no edit)
        return _no_edit_in_after_and(said)
    if why and _FEELS.match(said):
        # ("I'm always frustrated when I have to turn one episode up": how the person feels,
        # and when; nothing in it asked)
        return True
    fault = re.sub(r"\b(?:this|that|the same|such an?|such) (?:problem|issue)s?\b", "", said)
    wished = _WISHED.search(re.sub(r"\b(?:have|has|need|needs) to\b", "", said) if now else said)
    if wished and said.split(" ", 1)[0] not in ("i", "we", "you"):
        # ("my iOS devices don't seem to want to handle the avi": what a thing will not do,
        # never a wish of the person's)
        wished = _WISHED.search(_WILL_NOT.sub("will not", said))
    # (a tool named doing something wrong is why, not what: "sometimes OBS cuts videos off")
    if wished or (not (why and _by_a_tool(text)) and _FAULTY.search(fault if why else said)):
        return False
    if not why and any(pattern.search(said) for pattern, _, _ in lexicon.COMPLAINTS):
        # ("the sound seems quiet": a fault, asked about where it is read; where a reason is
        # given, one an edit asked puts right, `_asides_answered`)
        return False
    first = said.split(" ", 1)[0]
    if first in _NO_SUBJECT or first in _verbs():
        return False
    if _A_PART_WHERE.match(said):
        return False  # ("…, and the part where the dog barks": a part named, never a statement)
    if why and _I_DO.match(said):
        # ("I make a lot of videos outside", "we shoot at 6 fps": what the person does)
        return _no_edit_in_after_and(said)
    if (m := _DECLARES.match(said) or (_DID.match(said) if why else None)) is None:
        return False
    if m.re is _DECLARES and re.search(
        r"\bof(?: (?!(?:the|a|an|my|our|your|his|her|their|its|these|those|some|many|all)$)"
        r"[a-z'-]+)?$",
        m["subject"].strip(),
    ):
        # ("the last minute of related links": a plural said after "of" is the thing named,
        # never a verb)
        return False
    if (
        m.re is _DECLARES
        and re.search(
            r"\b(?:the|a|an|my|our|your|his|her|their|its|these|those|some|all|any|every)$",
            m["subject"].strip(),
        )
        and re.match(
            r"(?:$|(?:from|of|in|on|at|with|for|to|during|that|which)\b|,)",
            said[m.end() :].strip(),
        )
        and not re.search(
            r"\b(?:is|are|was|were|has|have|had|do|does|did|can|could|will|would|may|might)\b",
            said[m.end() :],
        )
    ):
        # ("the dog barking and my questions from the interview": a word after a determiner,
        # then no verb, is a thing, never a verb; "many TVs and some devices only support …"
        # has one after it)
        return False
    if (
        first not in _SUBJECT_STARTS
        and not written[:1].isupper()
        and not _DENIES.match(said[m.end("subject") :])
        # (where a reason is given, any words may be its subject when a verb that only states
        # follows them: "silent parts are frequent", "most handheld videos suffer from it")
        and not (why and _STATES_ONLY.match(said))
    ):
        # ("unsteady frames …": no subject, a name or a determiner, starts it; a name may be
        # written small when what it does not do is said: "opera under v25 doesn't support …")
        return False
    if any(w in _verbs() or (w in _NO_SUBJECT and not why) for w in m["subject"].split()[1:2]):
        return False  # ("mute it and …": no subject starts with a verb's object)
    return _no_edit_in_after_and(said)


#: What the person must do, in a verb of no edit: "I have to mount it upside down".
_MUST_DO = re.compile(
    r"(?:i|we) (?:always |still |now )?(?:have|had|need|needed) to (?P<verb>[a-z]+)\b"
    # "my Pi has to be mounted upside down": what must be done to a thing of theirs
    r"|(?:my|our|the) (?:[a-z0-9-]+ ){1,3}(?:has|have|had|needs|need) to be (?P<done>[a-z]+ed)\b"
)
#: How the person feels, and when: "I'm always frustrated when …", "I hate it when …" (never
#: what they dislike: "I'm tired of the intro" may ask for it to go).
_FEELS = re.compile(
    r"(?:i|we)(?:'m| am|'re| are| get| feel| got)? (?:always |often |so |really |very |just |"
    r"sometimes |quite |pretty |kind of |a bit |getting )*(?:frustrated|annoyed|tired|sick|fed up|"
    r"upset|bothered|irritated|disappointed|confused|stressed)(?: (?:when|that|because|if|"
    r"having to|of having to) .+)?$"
    r"|(?:i|we) (?:really |just |always )?(?:hate|dislike|can't stand|cannot stand) (?:it )?"
    r"(?:when|that|having to|if) .+$"
)
#: A conjunction a statement is joined on with: "but the recorded one is the opposite".
_JOINED_ON = re.compile(r"^(?:but|and|yet|whereas|though|although),? ", re.IGNORECASE)
#: Where a statement holds, said before a subject with a determiner: "in a slightly noisy
#: environment the noise is quite loud".
_PLACE_BEFORE_SUBJECT = re.compile(
    r"^(?:on|in|at|during|after|before|with) (?:[\w'-]+ ){1,5}?(?=(?:the|my|our|his|her|their) )",
    re.IGNORECASE,
)
#: What something did, said where a reason is given: "the driver activated the recording".
_DID = re.compile(
    r"(?P<subject>(?:the|a|an|my|our|his|her|their|this|that) (?:[a-z'-]+ ){0,3}?)"
    r"(?!need|want|feed|speed|embed|red\b)[a-z]{2,}ed\b"
)
#: What a reason is said with or like, going on after it: "using the likes of Audacity".
_WHY_GOES_ON = re.compile(r"(?:using|with|like|such as|including) ")
#: What the result is good for, its subject left out: "would be great for sharing".
_GOOD_FOR = re.compile(
    r"(?:(?:it|this|that) )?(?:would|will) be (?:great|nice|useful|handy|helpful|good|perfect|"
    r"ideal|easier|better) for "
)
#: What the person does, said with a pronoun and a verb: "I make a lot of videos outside", "we
#: usually shoot at night" (never a wish: `_WISHED` is checked first).
_I_DO = re.compile(
    r"(?:i|we|they) (?:[a-z]+ly |also |often |always |never |just |mostly |still |only )?"
    r"(?!want|need|wish|hope|prefer|would|should|must|like|love|have to|'d)[a-z]{2,}\b"
)
#: A value wanted again, in words of its kind only: "I really need that 16:9 ratio".
_WANTS_THAT_VALUE = re.compile(
    r"(?:(?:i|we) (?:really |just |definitely |absolutely )?(?:need|want|would like|'d like|"
    r"require) (?:that|the|this|a|an|it (?:in|at|to be))"
    # "my edit should be at 30 fps": what the result is to be, said of it
    r"|(?:the |my |our |this |its )?(?:[a-z'-]+ ){0,3}(?:should|must|needs to|has to) be"
    r"(?: at| in)?) (?:\d[\d.:x]*\s?(?:p|fps|k|%)?)"
    r"(?: (?:aspect )?(?:ratio|format|resolution|size|frame ?rate|fps|version|one|video|file))?"
)
#: A statement going on with its subject left out: ", and can be divided in half".
_STATEMENT_GOES_ON = re.compile(
    r"(?:and|but|so|or|yet) (?:also |still |often |usually |sometimes |even )?(?:can|could|will|"
    r"would|may|might|is|are|was|were|has|have|had|does|do|did|takes?|makes?|gets?|looks?|seems?|"
    r"sounds?|becomes?|tends? to|can't|cannot|won't|doesn't|don't|isn't|aren't)\b"
)
#: What happened, a pronoun its subject: "it played perfectly with the logo", "we tried".
_HAPPENED = re.compile(
    r"(?:but |and |so |then |because |since )?(?:(?:it|i|we|they|he|she) (?:[a-z]+ly |just |also |"
    r"still |even |already |then )?(?:played|was|were|had|did|looked|came|went|got|showed|worked|"
    r"ran|seemed|sounded|turned out|(?!need|want|feed|speed|embed)[a-z]{3,}ed)\b"
    # "(but) in the saved video the logo doesn't show any more": what something does not do
    r"|(?:(?:in|on|with|after|when) (?:the|my) (?:[a-z]+ ){0,2}(?:video|file|version|export|"
    r"output|result|player|app|phone|tv),? )?(?:the|my|our|this|that|it|i|we|they) "
    r"(?:[a-z]+ ){0,3}?(?:doesn't|does not|didn't|did not|isn't|is not|wasn't|won't|can't|cannot|"
    r"no longer)\b)"
)
#: Words that say a statement is of how things are now: "currently", "right now".
_NOW = re.compile(r"(?:currently|right now|at the moment|at present|nowadays|these days),? ")
#: A subject of a few words, then a verb that can only state: "silent parts are frequent".
_STATES_ONLY = re.compile(
    r"(?:[a-z0-9'-]+ ){1,7}?(?:is|are|was|were|has|have|had|does|do|did|can|could|will|would|may|"
    r"might|isn't|aren't|wasn't|weren't|hasn't|haven't|doesn't|don't|didn't|can't|cannot|won't|"
    r"wouldn't|suffers?|happens?|happened|occurs?|occurred|appears?|seems?|tends?|"
    # ("the volume jumps up and down", "the picture flickers")
    r"jumps|fluctuates|varies|drifts|stutters|lags|flickers)\b"
)


def _by_a_tool(text: str) -> bool:
    """Whether a statement's subject is a tool named ("OBS", "VLC", "PowerDirector"), what it
    does said: never an instruction, whatever edit it names."""
    written = lexicon.without_lead(re.sub(r"\s+", " ", text).strip(" .,;:!"))
    # ("macOS QuickTime Player", "iMovie": a name in capitals after a small letter too)
    return (
        re.match(r"(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z]\w*|[a-z]+[A-Z]\w*)\b(?! (?:and|or)\b)", written)
        is not None
    )


#: A tool named, then what it does: "YouTube crops it", "sometimes OBS cuts videos off".
_A_TOOL_DOES = re.compile(
    r"(?:(?:sometimes|often|always|usually|also|but|and|because|since|as|then),? )*"
    # ("macOS QuickTime Player renders it black": a name of a few words)
    r"(?P<name>(?:(?:[a-z]+[A-Z]\w*|[A-Z]\w*) ){0,2}(?:[A-Z]{2,}\w*|[a-z]*[A-Z][a-z]+[A-Z]?\w*))"
    r" (?:[a-z]+ly |always |also |still "
    r"|just |only |often |sometimes |never |then )?(?P<verb>[a-z]{2,}s)\b"
)


def _a_tool_does(text: str) -> bool:
    """Whether a clause says what a tool named does ("YouTube crops it"): a name written with
    capitals (never a verb of an edit at the start of a sentence, "Trim videos"), then a verb
    said of it."""
    m = _A_TOOL_DOES.match(text.strip())
    if m is None or any(
        w in _verbs() | _NO_SUBJECT | _SUBJECT_STARTS for w in m["name"].lower().split()
    ):
        return False
    return m["verb"] not in _NOT_A_TOOLS_VERB


#: Words in -s after a name that are no verb of it: "YouTube shorts", "Instagram reels".
_NOT_A_TOOLS_VERB = frozenset(
    {"shorts", "stories", "reels", "videos", "posts", "clips", "files", "frames", "images",
     "photos", "subtitles", "captions", "scenes", "parts", "seconds", "minutes", "hours", "is",
     "was", "has", "does", "its", "this", "thus", "plus", "us", "as", "settings", "presets",
     "specs", "requirements", "limits", "guidelines", "ads", "thumbnails", "covers", "sounds"}
)  # fmt: skip


def _gives_why(text: str, prompt: str) -> bool:
    """Whether a clause stands where a reason is given: after a colon in its sentence, or in a
    sentence after the first."""
    at = prompt.lower().find(text.strip().lower()[:40])
    return at > 0 and re.search(r"[:;]|[.!?] ", prompt[:at]) is not None


# ---------------------------------------------------------------- reasons read whole
#: Where a reason may start or end: a colon or a semicolon, or a sentence's end.
_REASON_BOUND = re.compile(r"\s*(?:[:;](?=\s|$)|[.!?](?=\s|$))\s*")
#: Words a piece of a reason may start with before its subject or verb.
_REASON_LEAD = re.compile(
    r"^(?:(?:and|but|or|so|yet|then|also|just|simply|now|even|still|plus|because|since|as|"
    r"while|whereas|though|although|which|who|where|when),? )+"
)
#: A verb said of a subject: a form of "be", "have" or "do", a modal, a denial, or any verb
#: after a pronoun ("they mix with the video", "I let the camera roll").
_FINITE = re.compile(
    r"\b(?:is|are|was|were|am|been|has|have|had|does|do|did|can|could|will|would|may|might|"
    r"cannot|[a-z]+n't)\b|'(?:s|re|m|ve|d|ll)\b"
    r"|\b[a-z]{3,}s (?:[a-z]+ly )?(?:[a-z]{3,}ed)\b(?! by\b)"
    r"|\b[a-z]{3,}s (?:me|us|them|him|her|everyone|people|viewers)\b"
    # "the lens on it weighs nearly 4 lbs": a verb that is no noun, after its subject
    r"|\b[a-z]+ (?:weighs|costs|takes|runs|makes|gets|seems|sounds|happens|appears|contains|"
    r"includes|supports|allows|accepts|rejects|requires|limits|records|saves|gives|produces|"
    r"creates|generates|crashes|fails|breaks|refuses|freezes|stutters|lags|drops|exports|"
    r"imports|renders|encodes|decodes|converts|outputs|opens|loads|means|matters|helps|works)\b"
    r"|\b(?:i|we|they|you|he|she|it|everyone|everybody|someone|nobody|people) (?:[a-z]+ly |also "
    r"|often |always |never |just |only |still |even |usually |mostly |sometimes |all )?"
    r"(?!(?:and|or|but|to|the|a|an|in|on|at|for|with|of)\b)[a-z]{2,}\b"
)
#: A thing named, and no more: "the ending too", "the srt".
_NAMED_ONLY = re.compile(
    r"(?:(?:the|a|an|my|our|your|this|that|these|those|its|their|his|her|some|all) )?"
    r"(?:[a-z0-9'-]+ ){0,3}[a-z0-9'-]+(?: too| as well| also| either)?"
)
#: A name with a number in it: "Windows 10", "iPhone 8", "Hero 9": a product, no value.
_PRODUCT = re.compile(r"\b[A-Z][A-Za-z]+ \d{1,2}(?:[a-z]{1,2})?\b(?! ?(?:fps|p|k|%|x|s|sec))")


#: Something said to be put somewhere: "the other one is placed in a corner".
_PLACED = re.compile(
    r"\b(?:is|are|be|gets?|was|were) (?:[a-z]+ly )?(?:placed|positioned|put|shown|overlaid|"
    r"inset|moved|stays?|sits?|goes)\b|\b(?:stays?|sits?|goes) (?:in|at|on|to)\b"
)
#: Words of where something is on the picture: said in a reason, they are of an edit that
#: places something ("the other is placed in one of the corners"), which must be one asked.
_PLACE_WORDS = frozenset(
    _stem(w)
    for w in ("corner", "corners", "top", "bottom", "center", "centre", "middle", "edge", "edges",
              "side", "sides", "left", "right", "upper", "lower", "offset", "placed", "positioned",
              "overlay", "overlaid", "fullscreen", "inset")
)  # fmt: skip


#: A name in quotes in a reason, of something in an app: 'the "No Audio" option'.
_QUOTED_NAME = re.compile(
    r"\"[^\"]{1,30}\" (?:option|button|setting|mode|tab|menu|entry|export|preset|feature|checkbox|"
    r"toggle|switch|field|dialog|screen|function)\b|(?:pressing|clicking|choosing|selecting|"
    r"hitting|tapping) \"[^\"]{1,30}\""
)
#: What the result is, its subject and verb left out: "useful for sharing", "much easier to
#: add to presentations than movies".
_WHAT_IT_IS = re.compile(
    r"^(?:(?:much|far|a lot|way|really|very|so|also|a bit|even) )?(?:useful|handy|helpful|easier|"
    r"better|simpler|nicer|cleaner|quicker|good|great|ideal|perfect|convenient|practical)"
    r"(?= (?:for|to|than|when|if|in|on)\b)"
)
#: The edit asked, wanted again in a reason: "I really need this", "we need it".
_NEEDS_IT = re.compile(
    r"\b(?:i|we) (?:really |just |absolutely |definitely |badly )?(?:need|want|would love) "
    r"(?:this|it|that)(?: feature| function| option)?(?=$|,| when\b| because\b| since\b)"
)


def _whole_reason(text: str) -> bool:
    """Whether a sentence, or the words after a colon, only say why, read whole: a statement
    with a subject and a verb ("some older PCs, and also NLE video editors, don't support
    H.265"), none of its pieces an instruction (none starts with a verb of an edit), no wish,
    no quote, no file, and no fault but one `lexicon.COMPLAINTS` knows (checked against what
    is asked, `_asides_answered`). Read clause by clause, its commas split it into pieces that
    are no statements ("some older PCs")."""
    said = re.sub(r"\s+", " ", text).strip(" .,;:!").lower()
    # ("it's mainly introduction, sponsors, etc.": a list that goes on, no more said)
    said = re.sub(r",? (?:etc\.?|and so on|and so forth)$", "", said).strip(" .,")
    listed = said != re.sub(r"\s+", " ", text).strip(" .,;:!").lower()
    said = _NEEDS_IT.sub("i like it", _QUOTED_NAME.sub("it", said.translate(_QUOTES)))
    # ("useful for sharing", "much easier to add to presentations": what it is, "it is" left out)
    said = _WHAT_IT_IS.sub(r"it is \g<0>", said, count=1)
    plain = _NAMED_WITH_DIGITS.sub("", said)
    # (a format said by its extension, ".ass styled karaokes", is no file)
    plain = re.sub(rf"(?:(?<=\s)|^)\.(?:{'|'.join(MEDIA_EXTS)})\b", "", plain)
    if (
        not said
        or re.search(r"[\"?\x00]|(?<!\d)\.[a-z][a-z0-9]{1,3}\b", plain)
        or _WISHED.search(said)
        or _FINITE.search(said) is None
    ):
        return False
    # ("some phones too, …": "too" that says "also" names no fault)
    fault = re.sub(r"\btoo(?=,|$)", "", said)
    if _FAULTY.search(fault) and not any(p.search(said) for p, _, _ in lexicon.COMPLAINTS):
        return False  # ("the audio drifts": a fault no edit is known to fix; asked about)
    pieces = re.split(r", | (?:and|but|or|so|then|because|since|while)\b ", said)
    for piece in pieces:
        first = _REASON_LEAD.sub("", piece.strip()).split(" ", 1)[0]
        if first in _verbs() or first in ("please", "let's", "lets"):
            return False  # ("…, so simply stretch the video": an instruction in it)
    # (its last piece is no thing named on its own: "the intro is boring, and the ending too"
    # may ask for the ending to go as well)
    last = _REASON_LEAD.sub("", pieces[-1].strip())
    return (
        listed
        or _FINITE.search(last) is not None
        or not _NAMED_ONLY.fullmatch(last)
        # ("…, much too loud": how it is, said again, no thing named)
        or _HOW_IT_IS.fullmatch(last) is not None
    )


#: How something is, said on its own: "much too loud", "way too dark", "very noisy".
_HOW_IT_IS = re.compile(
    r"(?:(?:much|way|far|a bit|a little|really|so|very|totally|completely|extremely) )*"
    r"(?:too|very|so|really|extremely|overly) [a-z]+"
)


def _reasons_aside(prompt: str) -> tuple[str, list[str]] | None:
    """The request without the sentences (or the words after a colon) that only say why, read
    whole (`_whole_reason`), and those sentences; None when there are none, or nothing else."""
    hidden, quoted = _protect(prompt)
    # (the dots of "e.g." end no sentence; a character for each keeps every position)
    masked = lexicon.ABBREVIATIONS.sub(lambda m: m[0].replace(".", "\x03"), hidden)
    kept: list[str] = []
    reasons: list[str] = []
    start, bound = 0, ""
    for m in (*_REASON_BOUND.finditer(masked), None):
        end = m.start() if m else len(masked)
        piece = _restore(hidden[start:end], quoted)
        if piece.strip():
            if _whole_reason(piece):
                reasons.append(piece.strip())
            else:
                kept.append(f"{bound}{piece}" if kept else piece)
        if m:
            start, bound = m.end(), hidden[m.start() : m.end()].strip() + " "
    if not reasons or not kept:
        return None
    return "".join(kept), reasons


#: "… doesn't cut it": not enough, in words of no edit.
_NOT_ENOUGH = re.compile(r"\b(?:doesn't|does not|won't|will not|didn't|did not|don't) cut it\b")
#: A speed said to be wrong: "8x speed just doesn't cut it", "0,5 is too slow", "1.5x speed is
#: way too fast".
_REJECTED_SPEED = re.compile(
    r"(?<![\w.,])(?P<v>\d+(?:[.,]\d+)?) ?(?:x|times)?(?: (?:speed|playback|playback speed))? "
    r"(?:is |was |seems |feels |looks |sounds )?(?:(?:just|still|simply|way|much|far|a bit|"
    r"a little|kind of|really|also|often|usually) )*(?P<how>too (?:slow|fast|quick)|"
    r"(?:not|isn't|is not) (?:enough|fast enough|slow enough)|"
    r"(?:doesn't|does not|won't|didn't|don't) cut it)"
)


def _rejected_speeds(reason: str, ops: Sequence[Operation]) -> str | None:
    """A reason with the speeds it says are wrong taken out, when the speed asked puts each
    right ("speed it up 16x: 8x speed just doesn't cut it"; "slow it down to 0.75: 0.5 is too
    slow"); None when one is not put right by it, or no speed is asked."""
    factors = [op.factor for op in ops if isinstance(op, Speed)]
    for m in reversed(list(_REJECTED_SPEED.finditer(reason.lower()))):
        v, how = float(m["v"].replace(",", ".")), m["how"]
        if v <= 0 or not any(
            (a > v)
            if how.endswith("slow")
            else (a < v)
            if how.endswith(("fast", "quick"))
            else (v > 1 and a > v) or (v < 1 and a < v)
            for a in factors
        ):
            return None
        reason = reason[: m.start("v")] + reason[m.end("v") :]
    return reason


def _with_reasons_aside(prompt: str, refused: NotUnderstood) -> Plan:
    """The plan of a request whose reasons, read clause by clause, were refused
    (`refused`), read with them set aside whole: what they say must agree with the plan
    (the words of an edit in them of the edits planned, their values asked or the video's
    own, their facts true of the file, the faults they name put right), else `refused`."""
    aside = _reasons_aside(prompt)
    if aside is None:
        raise refused
    rest, reasons = aside
    try:
        planned = _plan(rest)
    except NotUnderstood as unread:
        # (what blocks it may be in the words that ask, once the reasons are set aside: a
        # question there helps more than a reason quoted as not understood)
        raise (unread if "?" in str(unread) and "?" not in str(refused) else refused) from None
    steps = list(planned.steps)
    if any(_bare_quote(s.task) for s in steps):
        raise refused  # ('…: it comes out bluish, the "blue cast"': a name in quotes, no ask)
    known = set().union(*(_words_of(s.operation.name) for s in steps))
    asked = [s.task for s in steps]
    for reason in reasons:
        said = _rejected_speeds(_PRODUCT.sub("", reason), [s.operation for s in steps])
        if said is None:
            raise refused
        of_edits = {_stem(w) for w in re.findall(r"[a-z]+", _NOT_ENOUGH.sub("", said.lower()))}
        if not of_edits & (_stemmed_edit_words() | _PLACE_WORDS) <= known or not _values_agree(
            said, asked
        ):
            raise refused
        _stated(reason)
    _asides_answered(reasons, steps)
    _turn_way_said(reasons, steps)
    return planned


def _bare_quote(task: str) -> bool:
    """Whether a step's words are words in quotes and nothing more ('the "blue cast"')."""
    return re.sub(r"\b(?:the|a|an)\b", "", _QUOTED.sub("", task)).strip(" ,.;:!") == ""


#: A value in a statement: "4k", "1080", "30 fps", "720p" (not the digit of a name, "i3").
_VALUE_STATED = re.compile(
    r"(?<![\w.])(\d+(?:[.,]\d+)?) ?(k|p|fps|hz|s|secs?|seconds?|mins?|minutes?|hours?|hrs?|h|mb|gb|"
    r"kb|%)?(?![\w.])"
)
#: Units that measure no video: "mm", "lbs", "km/h", "years".
_NO_MEDIA_UNIT = re.compile(
    r"(?: ?[-–] ?\d+(?:[.,]\d+)?)? ?(?:mm|cm|km|kms|km/h|kmh|mph|lbs?|pounds?|kg|kilos?|grams?|"
    r"oz|ounces?|years?|yrs?|days?|"
    r"weeks?|months?|people|persons?|users?|dollars?|euros?|usd|eur|€|\$|°c|°f|miles?|meters?|"
    r"metres?|feet|ft|inch(?:es)?)\b"
)
#: Units of a length.
_OF_TIME = frozenset({"s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes",
                      "hour", "hours", "hr", "hrs", "h"})  # fmt: skip
#: What a picture of so many "k" has, on its shorter side.
_K_LINES = {"8": 4320, "4": 2160, "2": 1440}


def _said_as_asked(number: str, said: str) -> bool:
    """Whether a number a statement gives is one the words asking say (`said`, lower case)."""
    return re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", said) is not None


def _values_asked(text: str, asked: Sequence[str]) -> bool:
    """Whether every value a statement gives is one the request asks for: "my edit should be
    at 30 fps" after "make it 30 fps" (never the video's own, as `_values_agree` allows)."""
    said = " ".join(asked).lower()
    return all(_said_as_asked(m[1], said) for m in _VALUE_STATED.finditer(text.lower()))


def _sizes_agree(text: str, asked: Sequence[str], also: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether every picture size a statement gives ("the game only runs at max 1280x720") is
    one the request asks for, the video's own, or one of `also` (the size the plan makes): any
    other may say what size to make it."""
    said = " ".join(asked).lower()
    picture = _picture.get()
    known = [{w, h} for w, h in also] + ([{picture[0], picture[1]}] if picture else [])
    for size in re.finditer(r"(?<![\w.])(\d{2,5}) ?[x×*] ?(\d{2,5})(?![\w.])", text.lower()):
        w, h = int(size[1]), int(size[2])
        if re.search(rf"(?<!\d){w} ?[x×*] ?{h}(?!\d)", said):
            continue
        if {w, h} not in known:
            return False
    return True


def _made_size(ops: Sequence[Operation]) -> tuple[int, int] | None:
    """The picture size the operations leave the video at, rendered on paper; None when that
    is not known before they run (one that adds another file, or measures first)."""
    try:
        clip = _on_paper(ops, media_duration.get() or 60.0)
    except (InvalidRequest, ValueError):
        return None
    return None if clip is None else (clip.width, clip.height)


def _values_agree(text: str, asked: Sequence[str]) -> bool:
    """Whether every value a statement gives is one the request asks for, or the video's own:
    "my server doesn't have the horsepower to transcode from 4k to 1080" said of a 4k video
    made 1080p. Any other value may be an instruction, and is never set aside."""
    said = " ".join(asked).lower()
    picture = _picture.get()
    if not _sizes_agree(text, asked):
        return False
    for m in _VALUE_STATED.finditer(_NAMED_WITH_DIGITS.sub("", text.lower())):
        number, unit = m[1], m[2]
        if unit is None and _NO_MEDIA_UNIT.match(text.lower(), m.end()):
            continue  # ("the 18-200 mm lens weighs nearly 4 lbs": of no video)
        if _said_as_asked(number, said):
            continue
        if unit in _OF_TIME or unit is None:
            duration = media_duration.get()
            scale = 3600 if unit in ("hour", "hours", "hr", "hrs", "h") else 60
            seconds = (float(number),) if unit is None or unit.startswith("s") else ()
            if duration and any(abs(v - duration) < 1 for v in (*seconds, float(number) * scale)):
                continue  # ("the 20 minute recording is too long to share": its own length)
            if unit is not None:
                return False
        if unit in ("mb", "gb", "kb", "%") or picture is None:
            return False
        width, height, fps = picture
        if unit == "k":
            own = _K_LINES.get(number) == min(width, height)
        elif unit in ("fps", "hz"):
            own = fps is not None and abs(float(number) - fps) < 0.01
        else:
            own = float(number) in (width, height, min(width, height)) or (
                unit is None and fps is not None and abs(float(number) - fps) < 0.01
            )
        if not own:
            return False
    return True


def _no_edit_in_after_and(said: str) -> bool:
    """Whether no piece after an "and" in the words starts with a verb of an edit ("…, the file
    is big and compress it")."""
    return not any(normalize(piece).split(" ", 1)[0] in _verbs() for piece in _SOFT.split(said)[1:])


@cache
def _stemmed_edit_words() -> frozenset[str]:
    return frozenset(_stem(w) for w in lexicon.EDIT_WORDS)


#: What the person means to do with the result: "I want to study my golf swing", "we are
#: going to show it at the meeting" (the verb and the words after it checked by `_means_to`).
_MEANS_TO = re.compile(
    r"(?:(?:and|but|because|as|since|cause) )?(?:i|we)(?: (?:really|just|also|then|eventually|"
    r"later|still))? (?:want|wanted|need|needed|would like|am going|are going|plan|planned|hope|"
    r"am hoping|are hoping|am trying|are trying|intend) to (?P<verb>[a-z]+)\b(?P<rest>.*)"
)
#: Words after that verb that say how the result should be, or which part: "I want to see only
#: the end", "we need to hear the voices better" ask for an edit, never set aside.
_HOW_IT_SHOULD_BE = re.compile(
    r"\b(?:only|just the|without|with no|no longer|not|instead|rather|less|more|better|clearer|"
    r"anymore|again|parts?|bits?|sections?|segments?|scenes?|end|ending|start|beginning|middle|"
    r"first|last|whole|entire|each|every|[a-z]+er than)\b"
)
#: Verbs of seeing or hearing: what is to be seen or heard may be an edit ("I want to see the
#: bride's face"), so never a use of the result set aside.
_PERCEIVED = frozenset({"see", "hear", "listen", "notice", "read", "understand", "look", "sound"})


def _means_to(text: str) -> bool:
    """Whether a clause only says what the person will do with the result ("I want to study
    my golf swing", "we're going to show it at church"): a verb of no edit, then no value, no
    file, and no word of how the result should be or of which part."""
    said = text.strip().lower().strip(" .!")
    for short, full in (
        ("i'm", "i am"),
        ("we're", "we are"),
        ("i'd", "i would"),
        ("we'd", "we would"),
    ):
        said = re.sub(rf"\b{short}\b", full, said)
    m = _MEANS_TO.fullmatch(said)
    if m is None or re.search(r"\d|\"|\.[a-z0-9]{2,4}\b", said) or _HOW_IT_SHOULD_BE.search(said):
        return False
    if re.search(PLATFORM_WORDS, said):
        return False  # ("I want to post it on TikTok": a platform, whose shape may be asked)
    verb = m["verb"]
    if verb in _verbs() or _verb_ops(verb) or verb in _LIGHT_VERBS or verb in _PERCEIVED:
        return False
    return _no_edit_in(said) and not _names_an_edit(text)


def _only_what_for(text: str, edit_words: bool = False) -> bool:
    """Whether an unread clause only says what the result is for ("to capture funny moments
    over a lengthy period", "with the purpose of streaming a replay"): "to" and a verb, no
    value and no word of an edit in it (unless `edit_words`: the caller checks they are of the
    edits asked, "to prevent manual volume adjustments" of a normalization)."""
    said = text.strip().lower()
    if re.match(r"(?:in order |so as )?to be [a-z]+(?:ed|put|set|shown)\b", said) or re.search(
        r"\b(?:top|bottom|left|right|cent(?:er|re)|middle|corner)\b", said
    ):
        return False  # ("…, to be put in the middle": how the thing is to be, never why)
    # ("with the purpose of streaming a goal replay": the same, said with a noun)
    purpose = r"(?:with|for) the (?:purpose|aim|goal|intention|idea) of [a-z]+ing "
    if not re.match(rf"(?:in order |so as )?to [a-z]+ |{purpose}", said) or re.search(
        r"\d|\"", said
    ):
        return False
    if _A_FAULT_NAMED.search(said):
        return False  # ("…, to kill the background wind": a fault to put right, which is asked)
    if edit_words:
        return not _names_an_edit(text) and _no_edit_in_after_and(said)
    return not _names_an_edit(text) and _no_edit_in(said)


def _rider_names(ops: Sequence[Operation]) -> frozenset[str]:
    """The names a rider is checked against: the operations', "remux" for a change to a
    container the picture is copied into whole (mp4, mov, mkv, ts: see smartcut), which
    re-encodes nothing it need not ("convert it to mp4 without re-encoding"), "gif" for a GIF
    made by converting, and "part" when every edit is of a part of the video."""
    names = {op.name for op in ops}
    if any(isinstance(op, Convert) and op.format in lexicon.REMUX_FORMATS for op in ops):
        names.add("remux")
    if any(isinstance(op, Convert) and op.format == "gif" for op in ops):
        names.add("gif")  # ("make a gif that loops forever": as a GIF made by converting does)
    if ops and all(isinstance(op, Ranged) and op.ranged for op in ops):
        names.add("part")  # ("not for the whole video": every edit of a part of it)
    return frozenset(names)


def _restates_vaguely(text: str) -> bool:
    """Whether a clause only says the one before again, in words with no value or edit of
    their own ("i.e. only a specified region of the video")."""
    said = text.strip().lower()
    if not _RESTATED.match(said) or re.search(r"\d|\"|'", said):
        return False
    return not set(re.findall(r"[a-z]+", said)) & lexicon.EDIT_WORDS


#: A sound level stated, and the edits whose settings such a level decides.
_LEVEL = re.compile(r"[-+]?\d+(?:\.\d+)? ?(?:db|dbfs|lufs|lu)\b")
_BY_LEVEL = frozenset({"remove_silence", "volume", "normalize", "add_music", "audio_denoise"})
_AMOUNT_SAID = re.compile(rf"{_LEVEL.pattern}|\d+(?:\.\d+)? ?(?:%|percent\b)")


#: What a file is said to be, right after its name or in brackets ("logo.png, a transparent
#: png,", "(transparent png)"): how the file is made, never an edit.
_FILE_IS = re.compile(
    r"(?P<ext>\.(?:png|gif|webp|jpg|jpeg|mp4|mov|mkv|webm|mp3|wav|m4a))"
    r",? (?:an? |the )?(?:(?:transparent|alpha|hd|4k|small|short|square) )*"
    r"(?:png|gif|webp|jpe?g|image|picture|photo|video|clip|file|song|track)"
    r"(?: (?:file|image|with (?:a )?transparent background|with transparency|with alpha))?"
    r"(?=,|\s*$)"
    r"|\((?:an? |it is an? |it's an? )?(?:transparent|alpha) (?:png|gif|webp|image|picture|logo)"
    r"(?: file)?\)"
    r"|\b(?:with|having|that has|which has) (?:a )?(?:transparent background|transparency|an alpha"
    r" channel)(?=,|\s*$| and\b| in\b| at\b| on\b)"
)


#: "fade in/out", "a fade-in/fade-out": the two fades, as editors write them; no choice of one.
_BOTH_FADES = re.compile(r"\bfade[- ]?in ?/ ?(?:fade[- ]?)?out\b", re.IGNORECASE)
#: "add a fade in and fade out to the audio track": both fades of what is named after them.
_FADES_OF = re.compile(
    r"\b(?:(?:add|apply|put) )?(?:an? )?fade[- ]?in(?: effect)? and (?:an? )?(?:fade[- ]?)?out"
    r"(?: effects?)? (?:to|on|for|of|in) (?P<what>(?:the (?:video|clip|movie)'s (?:own |original )?"
    r"|the |its (?:own |original )?)?(?:audio|sound|music|soundtrack"
    r"|picture)(?: track)?)\b(?! and)",
    re.IGNORECASE,
)
#: "fade in (from black) and fade out (to black) at the start and end": each where its
#: direction says, the places said in the same order.
_FADES_RESPECTIVELY = re.compile(
    r"\bfade[- ]?in(?P<a>(?: \((?:from|to) black\)| from black)?) and (?:an? )?(?:fade[- ]?)?out"
    r"(?P<b>(?: \((?:from|to) black\)| to black)?) at the (?:start|beginning) and (?:the |at the )?"
    r"end(?P<of> of (?:the |this |my )?(?:video|clip|film|movie))?\b",
    re.IGNORECASE,
)


#: What comes after an edit named without its value when the words after say it in full: a
#: colon ("trim the video: keep 0:05 to 0:30") or what it is for ("…, to satisfy the 50mb
#: limit").
#: A value said right after a clause that names an edit but not its value.
_VALUE_NEXT = r"\s*,\s*(?:at |to |by |about |around |roughly )?\d"
_SAID_IN_FULL_AFTER = (
    r"\s*(?::|;|,?\s+(?:in order |so as )?to |,?\s+so (?:that )?"
    # "save part of the video as a gif, e.g. the first 8 seconds": the part, as an example
    r"|,?\s+(?:e\.?g\.?|for example|for instance|such as)\s"
    # "change the contrast, like -vf "eq=contrast=2.0" in ffmpeg": the value, as ffmpeg says it
    r"|,?\s+(?:like|as with|as in|as)\s+(?=[\"']?-|[\"']?[a-z]+=))"
)
#: A part of the video named by what is in it ("the sequence of guests walking down the
#: stairs", "the scene with the car"): its times are for the person to say.
_A_PART = re.compile(
    r"\b(?:part|section|segment|bit|portion|sequence|scene|shot|moment|passage|stretch)s?"
    r" (?:of(?! (?:it|this|that|(?:the|this|my) (?:video|clip|recording|movie|footage))\b)"
    r"|where|with|when|that|in which|showing)\b"
)


def _has_times(op: Operation) -> bool:
    """Whether an edit is of a part of the video given by its times."""
    return bool(getattr(op, "ranged", False)) or any(
        getattr(op, k, None) not in (None, 0.0, (), []) for k in ("start", "end", "ranges", "at")
    )


#: Edits that decide what another edit named without its value would: a size to stay under
#: picks the picture's size too ("downscale it, to satisfy the 50mb limit").
_FILLED_BY = {
    "resize": frozenset({"compress"}),
    # "crop the video: crop=240:120:240:120": a crop said in full, of an area or off the edges
    "crop": frozenset({"crop_area", "crop_edges"}),
}


_SIZE_LIMIT = rf"\d+(?:\.\d+)? ?(?:{lexicon.SIZE_UNITS})"
#: What a size limit lets through: "only 20 MB were allowed".
_ALLOWED = r"(?:allowed|permitted|accepted)"
#: A size a statement says files must stay under: "my instance has an upload limit of 40MB",
#: "the limit is 25 MB", "it only allows 100 MB", "there's a 10MB limit", "it is more than 8MB"
#: (said of a file made smaller: the size it must get under).
_LIMIT_STATED = re.compile(
    rf"\b(?:limit(?:ed|s)?|max(?:imum)?|cap(?:ped)?|at most|no more than|"
    rf"allows?|accepts?|only takes|restrict(?:ed|s)?|exceed(?:s|ed|ing)?"
    # ("files must be less than 10MB": what they must stay under)
    rf"|(?:must|should|has to|have to|needs? to) (?:be|stay) (?:less than|smaller than|under|below)"
    # ("its uploads go up to 7MB": what a site takes, never "the video now goes up to 800mb")
    rf"|(?:uploads?|files?|attachments?) (?:can )?go(?:es)? up to)\b[^,;.]{{0,30}}?\b"
    rf"(?P<s>{_SIZE_LIMIT})\b"
    # ("it is more than 8MB": the size right after, never "over 10 times bigger than 1.2 MB")
    # (never "just over 3MB": the size it has, a little more than a round number)
    rf"|(?<!just )(?<!a bit )(?<!a little )(?<!slightly )(?<!barely )(?<!only )"
    rf"(?:\b(?:more than|over|bigger than|larger than|greater than|above) |(?<![\w>])> ?)"
    rf"(?:about |around |roughly )?(?P<s2>{_SIZE_LIMIT})\b"
    # ("there's a 10MB limit on GitHub": the size, then the word of a limit)
    rf"|\b(?P<s3>{_SIZE_LIMIT}) (?:upload |file |file size |size |attachment )?"
    rf"(?:limit|cap|maximum|max)\b"
    # ("only 20 MB were allowed": the size, then what is allowed)
    rf"|\b(?:only |just )?(?:up to )?(?P<s4>{_SIZE_LIMIT}) (?:is|are|was|were) "
    rf"(?:{_ALLOWED}|the (?:limit|maximum|max|cap))\b",
    re.IGNORECASE,
)


#: Where a file is sent, by the sending or the place: a size it is said to be over is then
#: the limit there ("send it to Discord: it is more than 8MB").
_SENT = re.compile(
    r"\b(?:send|sent|sending|upload\w*|re-?upload\w*|share|sharing|shared|post|posting|"
    r"attach\w*|e-?mail\w*|mms|forum|site|website|server|blog|wiki|chat|group|channel|"
    rf"instance|platform|repo|readme)\b|\b(?:{lexicon.SERVICE_WORDS}|{PLATFORM_NAME})\b",
    re.IGNORECASE,
)


#: A file's size for a length of it: "30s take about 45MB", "30Mb for 15 seconds".
_A_LENGTH = r"\d+(?:\.\d+)? ?(?:s|secs?|seconds?|mins?|minutes?|hours?|hrs?)"
_A_SIZE = rf"\d+(?:\.\d+)? ?(?:{lexicon.SIZE_UNITS})"
_SIZE_OF_A_LENGTH = re.compile(
    rf"(?:(?:about|around|roughly|only|just) )?{_A_LENGTH}(?: of (?:video|footage|recording))? "
    r"(?:takes?|took|is|are|was|were|makes?|comes? to|weighs?|uses?|gives?|gave)(?: up| me)? "
    rf"(?:about |around |roughly |almost |over |nearly |more than )?{_A_SIZE}"
    rf"|(?:about |around |roughly |over |nearly )?{_A_SIZE} (?:for|per|in) (?:about |only |just )?"
    rf"{_A_LENGTH}(?: of (?:video|footage|recording))?"
)


#: A length of the video said alone: "10 seconds of video", "it's about 40 minutes of footage".
_LENGTH_OF_IT = re.compile(
    r"(?:it'?s |it is |just |only |about |around |roughly )*(?P<n>\d+(?:\.\d+)?) ?"
    r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?) (?:long )?of "
    r"(?:video|footage|recording|film)"
)
#: A size limit said as a rule of what is allowed: "only 20 MB were allowed", "files must be
#: less than 10MB", "files bigger than 25 megs can't be sent".
_SIZE_ALLOWED = re.compile(
    r"(?:(?:and|but|yet|so) )?(?:"
    rf"(?:only |just )?(?:up to )?{_SIZE_LIMIT} (?:is|are|was|were) {_ALLOWED}"
    r"(?: (?:on|by|for|in|there) ?[a-z0-9 ]*)?"
    r"|(?:the )?(?:files?|videos?|uploads?|attachments?|clips?) (?:must|should|has to|have to|"
    rf"needs? to) (?:be|stay) (?:less than|smaller than|under|below|at most) {_SIZE_LIMIT}"
    r"|(?:the )?(?:files?|videos?|uploads?|attachments?|clips?) (?:bigger|larger|more|over) "
    rf"(?:than )?{_SIZE_LIMIT} (?:can't|cannot|can not|won't|are not|aren't|isn't|is not) "
    r"(?:be )?[a-z]+(?: [a-z]+)?"
    r")",
    re.IGNORECASE,
)


#: A value of the kind an edit takes, said in a statement: a length, a size, a rate, a level.
_EDIT_VALUE = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)? ?(?:s|secs?|seconds?|mins?|minutes?|hours?|hrs?|h|mb|gb|kb|fps|hz|"
    r"p|%|percent|db|k)\b|\b\d{2,5} ?x ?\d{2,5}\b",
    re.IGNORECASE,
)


def _values_set_aside(aside: Sequence[str], steps: Sequence[Step]) -> None:
    """NotUnderstood when a statement set aside says the result must meet a value of the kind
    an edit takes that is neither one asked nor the video's own ("mute it: the target
    resolution is 720p"): it is what the result must be, never dropped."""
    asked = [s.task for s in steps]
    for text in aside:
        if _EDIT_VALUE.search(text) and _REQUIRED.search(text) and not _values_agree(text, asked):
            raise _not_understood(text, [s.operation for s in steps])


#: Words that make a value said in a statement one the result must meet: "the target
#: resolution is 720p", "the max length is 30 seconds", "it has to be under 1 minute".
_REQUIRED = re.compile(
    r"\b(?:target|limit|max(?:imum)? (?:length|size|duration|resolution|file size|bitrate|"
    r"frame ?rate)|max(?:imum)? of|must|should|needs? to|has to|have to|required?|requirements?|"
    r"allowed|allows?|accepts?|at most|no more than|no longer than|no bigger than|"
    r"exceed(?:s|ed|ing)?|too (?:big|large|long|small) for)\b",
    re.IGNORECASE,
)


#: A file size said on its own after an edit: "…, about 30 mb", "…, 8MB max".
_SIZE_ALONE = re.compile(
    r"(?:(?:at |of )?(?:about|around|roughly|approximately|approx\.?|under|below|max(?:imum)?|"
    rf"at most|less than|no more than) )?(?P<s>{_SIZE_LIMIT})(?: or (?:less|so|smaller|under))?"
    r"(?: max(?:imum)?)?"
)


def _size_limit(size: str) -> Compress | None:
    """A size said ("8MB", "1.5 gigs") as the compress step reads it, its unit and all."""
    read = _reads(normalize(f"compress it to under {size}")) or []
    return next((o for o in read if isinstance(o, Compress)), None)


def _size_said_after(
    text: str, read: list[tuple[str, tuple[Operation, ...]]]
) -> list[tuple[str, tuple[Operation, ...]]] | None:
    """ "make a lower quality version of it for YouTube, about 30 mb": the one smaller quality
    asked before made a file of the size said after it; None when the clause is no size alone,
    or no one smaller quality is asked (and nothing made to a size already)."""
    m = _SIZE_ALONE.fullmatch(text.strip().lower())
    ops = [o for _, found in read for o in found]
    if m is None or any(isinstance(o, Compress) for o in ops):
        return None
    if sum(o == Quality(level="small") for o in ops) != 1:
        return None
    limit = _size_limit(m["s"])
    if limit is None:
        return None
    return [
        (
            f"{said}, {text.strip()}" if Quality(level="small") in found else said,
            tuple(limit if o == Quality(level="small") else o for o in found),
        )
        for said, found in read
    ]


def _clips_joined(text: str) -> list[Operation] | None:
    """ "join them together", said where it would join what a cut leaves, when nothing is cut:
    the clips given joined, when clips are given; None otherwise."""
    if not any(f.rsplit(".", 1)[-1].lower() in _EXTS["video"] for f in _given.get()):
        return None
    with suppress(InvalidRequest):
        found = _read_whole(normalize(text))
        if found and all(op.name == "join" for op in found):
            return found
    return None


def _limit_stated(aside: Sequence[str], steps: list[Step]) -> list[Step]:
    """The steps with a size limit a statement gives ("my instance has an upload limit of
    40MB") as the size a smaller file is made to: the one "compress"/"make it smaller" asks
    for (a smaller quality) becomes that size; a size limit said of nothing made smaller is
    never set aside unread, and neither is one other than the size asked."""
    for text in aside:
        if (m := _LIMIT_STATED.search(text)) is None:
            continue
        # ("it won't upload videos > 4MB even though the max limit is 8MB": the strictest of
        # the sizes said, which the file made keeps under both)
        sizes = [
            (limit.max_mb, n)
            for n in _LIMIT_STATED.finditer(text)
            if (limit := _size_limit(n["s"] or n["s2"] or n["s3"] or n["s4"])) is not None
        ]
        if sizes:
            m = min(sizes, key=lambda found: found[0])[1]
        if (
            m["s2"]
            and any(s.operation == Quality(level="small") for s in steps)
            and not any(_SENT.search(t) for t in [text, *(s.task for s in steps)])
        ):
            # ("compress it: it is over 7 MB": the size it has, with nowhere named it goes
            # whose limit that may be; made smaller, as asked)
            continue
        limit = _size_limit(m["s"] or m["s2"] or m["s3"] or m["s4"])
        sized = [s.operation for s in steps if isinstance(s.operation, Compress)]
        if limit is not None and sized and all(o.max_mb <= limit.max_mb + 1e-6 for o in sized):
            # ("compress it to 25 MB: discord has a limit of 25 MB": the size asked; "compress it
            # for GitHub: there's a 10MB limit on GitHub", the limit said twice, is its task)
            steps = [
                Step.of(f"{s.task}: {text.strip()}", s.operation)
                if s.operation == limit and text.strip() not in s.task
                else s
                for s in steps
            ]
            continue
        # ("shrink it so we can send it to Discord: it is more than 8MB": the limit the person
        # says, over the one the service's name gives)
        by_name = [
            s
            for s in steps
            if isinstance(s.operation, Compress) and not re.search(_SIZE_LIMIT, s.task, re.I)
        ]
        if limit is not None and len(sized) == 1 and len(by_name) == 1:
            return [
                Step.of(f"{s.task}: {text.strip()}", limit) if s is by_name[0] else s for s in steps
            ]
        smaller = [s for s in steps if s.operation == Quality(level="small")]
        if limit is None or sized or len(smaller) != 1:
            raise _not_understood(text, [s.operation for s in steps])
        return [
            Step.of(f"{s.task}: {text.strip()}", limit) if s is smaller[0] else s for s in steps
        ]
    return steps


#: Words that ask: a measure named beside an edit is a question only with one of them.
_ASKING = re.compile(
    r"\b(?:what|what's|whats|how|which|tell|show|get|find|print|check|give|list|report|know|"
    r"is there|are there|does|do|did|has|have)\b|\?"
)


def _questions_asked(steps: list[Step]) -> None:
    """NotUnderstood when a measure is named beside an edit with no word that asks ("reduce
    the file size: its resolution and frame rate can be changed" asks nothing about the
    resolution): a question read from a bare noun is not guessed where edits are asked."""
    if all(s.operation.name == "question" for s in steps):
        return
    for step in steps:
        if step.operation.name == "question" and not _ASKING.search(step.task.lower()):
            raise _not_understood(step.task, [s.operation for s in steps if s is not step])


#: A smaller GIF's frame rate and width: under the 12 fps and 480 pixels a GIF is made at.
_SMALL_GIF = Gif(fps=8, width=320)


def _a_smaller_gif(steps: list[Step]) -> list[Step]:
    """ "compress the gif": a GIF has no quality to lower, so a smaller one is made at a lower
    frame rate and width (`_SMALL_GIF`, neither above the video's own), which the plan says;
    when the video is at neither already, what to lower it to is asked."""
    small = [s for s in steps if s.operation == Quality(level="small")]
    gif = [s for s in steps if s.operation == Convert(format="gif")]
    if len(small) != 1 or len(gif) != 1 or any(isinstance(s.operation, Gif) for s in steps):
        return steps
    fps, shape = media_fps.get(), media_shape.get()
    lower = Gif(
        fps=_SMALL_GIF.fps if fps is None or fps > (_SMALL_GIF.fps or 0) else None,
        width=_SMALL_GIF.width if shape is None or shape[0] > (_SMALL_GIF.width or 0) else None,
    )
    if lower == Gif():
        raise NotUnderstood(
            f"'{small[0].task}': a GIF has no quality to lower, and this one is at "
            f"{_SMALL_GIF.fps:g} fps and {_SMALL_GIF.width} pixels wide or less already; to what "
            "frame rate or width? For example: 'a gif at 5 fps, 240 pixels wide'",
            clause=small[0].task,
            suggestions=("a gif at 5 fps, 240 pixels wide",),
        )
    return [
        Step.of(f"{small[0].task}; {s.task}", lower) if s is gif[0] else s
        for s in steps
        if s is not small[0]
    ]


#: A statement that the video is a WebM now: "I encoded it from .MP4 to WEBM", "it's a webm".
_NOW_A_WEBM = re.compile(
    r"\b(?:(?:encoded|converted|exported|saved|rendered|re-?encoded|turned|changed|made) "
    r"(?:it |the video |this |the file )?(?:from (?:an? )?\.?[a-z0-9]{2,4} )?(?:to|into|as) "
    r"(?:an? )?\.?webm|(?:it|this|the video|the file)(?: is|'s| was) (?:an? |in )?\.?webm)\b",
    re.IGNORECASE,
)


def _held_in_a_webm(said: Sequence[str], steps: list[Step]) -> list[Step]:
    """ "make it play on the iPhone: I encoded it from .MP4 to WEBM": a codec asked of a video
    a statement says is a WebM, which cannot hold it, is written into an .mp4 (never left to
    fail when the file is written)."""
    codecs = [n for n, s in enumerate(steps) if isinstance(s.operation, Codec)]
    if (
        not codecs
        or any(isinstance(s.operation, (Convert, Gif)) for s in steps)
        or not any(_NOW_A_WEBM.search(text) for text in said)
    ):
        return steps
    first = codecs[0]
    return [*steps[:first], Step.of(steps[first].task, Convert(format="mp4")), *steps[first:]]


_FORMAT_AND_SIZE = re.compile(
    # (not "the 500MB mp4", what the video is)
    r"(?<!\bthe )(?<!\bmy )(?<!\bthis )(?<!\bour )(?<![\d.,])\b(?P<a>an? )?"
    r"(?:(?P<f>\.?(?:mp4|webm|mov|mkv|gif|avi))(?: file| video| clip)? "
    rf"(?:of |under |below |at most |smaller than |less than |no (?:bigger|larger) than )?"
    rf"(?P<s>{_SIZE_LIMIT})(?: or (?:less|smaller|under|below)| max(?:imum)?)?"
    rf"|(?P<s2>{_SIZE_LIMIT}) (?P<f2>\.?(?:mp4|webm|mov|mkv|gif|avi))(?: file| video| clip)?)\b",
    re.IGNORECASE,
)


#: Ways of saying an edit rewritten, in order, before the request is split: (pattern, words).
#: The verbs of joining, as said after "by": "by joining" -> "join".
_JOINING = {
    "joining": "join",
    "merging": "merge",
    "combining": "combine",
    "concatenating": "concatenate",
    "stitching": "stitch together",
    "appending": "append",
}


def _after_a_statement(m: re.Match[str]) -> bool:
    """Whether the words before a match, in its sentence, are a statement."""
    before = re.split(r"[:;.]", m.string[: m.start()])[-1].strip()
    return bool(before) and lexicon.states(normalize(before)) and not _wants(before)


def _lies(m: re.Match[str]) -> str:
    """NotUnderstood for "turn it right side up" of a video not said to be upside down: which
    way it lies now is asked."""
    raise NotUnderstood(
        f"'{m[0]}': which way does it lie now? Upside down ('rotate it 180 degrees') or on its "
        "side ('rotate it 90 degrees clockwise')",
        clause=m[0],
        suggestions=("rotate it 180 degrees", "rotate it 90 degrees clockwise"),
    )


def _speed_by_percent(m: re.Match[str]) -> str:
    """ "with the 4% speedup", "via a slowdown by 4.167%": the speed changed, as an edit."""
    way = "speed it up" if m["way"].lower().startswith("speed") else "slow it down"
    return f" and {way} by {m['n']}%"


def _size_of(m: re.Match[str]) -> bool:
    """Whether "half size (960:540)" gives the size the part said makes of this video."""
    picture = _picture.get()
    if picture is None:
        return False
    scale = {"half": 0.5, "a third of": 1 / 3, "a quarter of": 0.25, "double": 2.0, "twice": 2.0}
    factor = scale[m["f"].lower()]
    return (
        abs(picture[0] * factor - int(m["w"])) <= 2 and abs(picture[1] * factor - int(m["h"])) <= 2
    )


#: A speed said as how fast it plays: "2x speed", "twice the speed", "3 times normal speed".
_SPEED_SAID = (
    r"(?:\d+(?:\.\d+)? ?x|twice|double|triple|half|three times|\d+(?:\.\d+)? times)(?: the)?"
    r"(?: normal| original| real)? speed\b"
)


#: How many times the rate a word of "… the frame rate" makes it (doubling when none is said).
_RATE_FACTORS = {"triple": 3.0, "quadruple": 4.0}


def _rate_by_factor(m: re.Match[str]) -> str:
    """ "double the frame rate": the video's own rate, doubled or halved (left as said when
    the rate is not known, which then asks for one)."""
    picture = _picture.get()
    if picture is None or not picture[2]:
        return m[0]
    if re.search(r"half|halve|50 ?%", m[0]):
        factor = 0.5
    else:
        factor = next((f for word, f in _RATE_FACTORS.items() if word in m[0]), 2.0)
    return f"{m['verb'] or 'convert'} {m['it'] or 'it'} to {round(picture[2] * factor, 3):g} fps"


#: "double the frame rate", "set the frame rate of the video to double": by a factor.
_RATE_BY_FACTOR = re.compile(
    # (never "at 30 fps to double speed": a rate stated, then the speed)
    r"\b(?<!\d )(?<!\d)(?:(?P<verb>set|change|convert|increase|raise|lower|reduce|bring)? ?"
    r"(?:the )?(?:frame ?rate|fps|framerate)(?: of (?P<it>(?:the |this |my )?(?:[\d.]+ ?fps )?"
    r"(?:video|clip|footage)|it))? to (?:double|twice|2x|half)(?! (?:the )?(?:normal |original )?"
    r"speed\b)(?: (?:that|the (?:original|current|source)(?: rate| one)?|what it is|it))?"
    # ("half the frame rate": halved, the amount said as the verb)
    r"|(?:double|halve|(?<!\bat )half|twice|triple|quadruple) (?:the )?(?:frame ?rate|fps|"
    r"framerate)(?: of (?:(?:the |this |my )?"
    r"(?:video|clip|footage)|it))?"
    # "reduce the frame rate by half" (never "drop every other frame", which may as well
    # speed it up)
    r"|(?:reduce|lower|decrease|cut|drop|bring down) (?:the )?(?:frame ?rate|fps|framerate)"
    r"(?: of (?:(?:the |this |my )?(?:video|clip|footage)|it))? (?:by half|in half|by 50 ?%))"
)


#: "downscale the recording by 2", "reduce the resolution by a factor of 4": the picture made
#: that many times smaller across and down.
_IT_SAID = r" (?:it|this|the (?:[\w-]+ ){0,2}?(?:video|clip|recording|footage|movie|screencast))"
_DOWN_BY = re.compile(
    rf"\b(?:downscale(?P<what>{_IT_SAID})?|scale(?P<what2>{_IT_SAID})? down|(?:reduce|lower|"
    rf"decrease|cut) (?:the )?(?:resolution|dimensions|picture size|frame size)(?: of)?"
    rf"(?P<what3>{_IT_SAID})?)(?: down)? (?:exactly |precisely )?by (?:a factor of )?"
    r"(?P<n>[2-9]|10)(?: times)?(?![\d.%x])",
    re.IGNORECASE,
)


def _down_by(m: re.Match[str]) -> str:
    what = m["what"] or m["what2"] or m["what3"] or " it"
    return f"scale{what} down to {100 / int(m['n']):g}%"


#: "give the VOD a constant framerate", "convert it from a variable frame rate to a constant
#: one": the video's own rate, kept steady.
_CONSTANT_RATE = re.compile(
    r"\b(?:give (?P<a>{it}) an?|(?:convert|change|set|make) (?P<b>{it})(?: from (?:an? )?variable "
    r"(?:frame ?rate|fps)(?: \(vfr\))?)? (?:in)?to an?|make (?P<c>{it}) (?:have |at )?an?) "
    r"(?:constant|fixed|steady) (?:frame ?rate|fps|one)(?: \(cfr\))?"
    # ("… a constant one (60 FPS for example)": the rate said with it)
    r"(?: ?\((?P<rate>\d+(?:\.\d+)?) ?fps(?P<rest>[^()]*)\))?".replace(
        "{it}", r"it|this|(?:the|this|my|our) (?:[\w-]+ ){0,3}?[\w-]+"
    ),
    re.IGNORECASE,
)


def _constant_rate(m: re.Match[str]) -> str:
    it = m["a"] or m["b"] or m["c"]
    if m["rate"]:
        rest = m["rest"].strip()
        return f"convert {it} to {m['rate']} fps" + (f" ({rest})" if rest else "")
    fps = media_fps.get()
    if not fps:
        return m[0]  # (the rate is not known: asked)
    return f"convert {it} to {fps:g} fps"


#: "slow it back to normal": to the speed it was made at, from the speed the request says it
#: plays at ("it plays at about 1.42x speed").
_BACK_TO_NORMAL = re.compile(
    r"\b(?:slow|speed|bring|set|put|get|play|change|return|restore)(?: it| the video)?"
    r"(?: down| up)? back(?: down| up)? to (?:the )?(?:normal|regular|original|real[- ]?time|1x)"
    r"(?: speed| playback speed)?\b",
    re.IGNORECASE,
)
_PLAYS_AT = re.compile(
    r"\b(?:plays?|playing|runs?|running)(?: back)? at (?:about |around |roughly |approximately |~)?"
    r"(?P<n>\d+(?:\.\d+)?) ?x(?: speed)?\b",
    re.IGNORECASE,
)


def _back_to_normal(m: re.Match[str]) -> str:
    """ "it plays at 1.42x speed, slow it back to normal" -> "slow it down by 1.42x", "it
    plays at 0.5x, bring it back to normal" -> "speed it up by 2x"; without a speed said, the
    words stay (and the planner asks how fast)."""
    said = _PLAYS_AT.search(m.string)
    if said is None or float(said["n"]) in (0, 1):
        return m[0]
    n = float(said["n"])
    return f"slow it down by {said['n']}x" if n > 1 else f"speed it up by {1 / n:g}x"


#: "slow the 30p footage down for a 23.98 sequence": slowed so that each of its frames plays
#: at the frame rate it is put in.
_SLOWED_FOR_A_RATE = re.compile(
    r"\bslow (?P<it>it|(?:the|this|my) [^,;:]{1,60}?) down (?:for|to fit|to match|to play (?:in|at)"
    r"|in) (?:a |an |the |my |our )?(?P<fps>\d+(?:\.\d+)?) ?(?:fps|p)? (?:sequence|timeline|"
    r"project|movie|video|edit|film)\b",
    re.IGNORECASE,
)


def _slowed_for_a_rate(m: re.Match[str]) -> str:
    """ "slow the 30p footage down for a 23.98 sequence" of a 29.97 fps video -> "slow the 30p
    footage down to 0.8x": the rate put in over its own; the words stay (and are asked about)
    when its rate is not known or not above the one it is put in."""
    own, wanted = media_fps.get(), float(m["fps"])
    if not own or wanted <= 0 or wanted >= own:
        return m[0]
    return f"slow {m['it']} down to {wanted / own:.4g}x"


#: "trim the start, the first 8 seconds are just me setting up": the part the statement after a
#: vague cut names, at the same end.
_PART_SAID_AFTER = re.compile(
    r"\b(?P<verb>trim|cut|remove|delete|chop|drop|skip|get rid of)(?: off| out| away)? the "
    r"(?P<end>start|beginning|intro|opening|end|ending|outro)(?: of (?:it|the video))?"
    r"(?P<sep>,|:|;| -) (?P<part>the (?P<which>first|opening|last|final) \d+(?:\.\d+)? ?(?:s|secs?|"
    r"seconds?|mins?|minutes?)) (?=(?:are|is|was|were|show|shows|contain|contains|have|has)\b)"
    # (never a part said to be worth keeping: "the first 8 seconds are important")
    r"(?![^.;:!?]*\b(?:important|needed|necessary|essential|best|good|great|nice|keep|key|"
    r"crucial|useful|worth)\b)",
    re.IGNORECASE,
)


def _part_said_after(m: re.Match[str]) -> str:
    """ "trim the start, the first 8 seconds are …" -> "cut the first 8 seconds, the first 8
    seconds are …"; a part at the other end stays as said (and is asked about)."""
    at_start = m["end"].lower() in ("start", "beginning", "intro", "opening")
    if at_start != (m["which"].lower() in ("first", "opening")):
        return m[0]
    return f"cut {m['part']}{m['sep']} {m['part']} "


#: "can it be removed?", "could this be fixed": asked of what was just said.
_CAN_IT_BE = re.compile(
    r"\b(?:can|could|would|is it possible for) (?:you )?(?P<it>it|this|that|they|these|those|them)"
    r"(?: to)? (?:please )?be (?P<verb>[a-z]+ed|cut)(?P<particle> out| up| off| down)?"
    r"(?: somehow| please| for me)?(?=\s*(?:\?|$|,|\.))",
    re.IGNORECASE,
)


def _can_it_be(m: re.Match[str]) -> str:
    """ "can it be removed?" -> "remove it"; a verb the catalogue does not know stays as said."""
    base = _verb_of(m["verb"].lower())
    if base is None:
        return m[0]
    it = "them" if m["it"].lower() in ("they", "these", "those", "them") else "it"
    return f"{base}{m['particle'] or ''} {it}"


#: "… background noise, remove it": the noise, just said, removed.
_REMOVE_THE_NOISE_SAID = re.compile(
    r"(?P<noise>(?:background|wind|ambient|fan|room|traffic|crowd) noise|hiss(?:ing)?|hum(?:ming)?|"
    r"buzz(?:ing)?)\b(?P<between>[^;:!]{0,80}?)\b(?<!n't )(?<!not )(?<!never )"
    r"(?:remove|eliminate|reduce|get rid of|filter|"
    r"clean up|cut down|kill|suppress) (?:it|this|that|them)(?: out)?\b",
    re.IGNORECASE,
)


#: "make it 9:16 for reels with a blurred background", "make it square for instagram with black
#: bars": the fill said after where it is for, put before it ("… with a blurred background for
#: reels"), after a shape only ("format it for tiktok with black bars" is the platform's own
#: fill).
_FOR_THEN_FILL = re.compile(
    r"\b(?:(?<=square )|(?<=vertical )|(?<=portrait )|(?<=landscape )|(?<=horizontal )|"
    r"(?<=widescreen )|(?<=\d:\d )|(?<=\d:\d\d )|(?<=\d\d:\d ))"
    rf"(for (?:an? |the |my )?{PLATFORM_NAME})"
    r"(?: (?:video|clip|post|format))? (with (?:an? |the )?(?:blurred|blurry|blur|black|white|"
    r"gr[ae]y) (?:background|sides|bars|edges|borders|fill|padding))\b",
    re.IGNORECASE,
)


#: A resolution named, then its size: "720p, 1280x720", "HD (1280x720)", "4K: 3840x2160".
_NAMED_THEN_SIZE = re.compile(
    r"\b(?:(?P<lines>\d{3,4})p|(?P<name>full hd|fhd|uhd|hd|4k))(?:,|:| -)? ?\(?"
    r"(?P<w>\d{3,5}) ?[x×] ?(?P<h>\d{3,5})\)?(?![\w.])",
    re.IGNORECASE,
)
_NAMED_LINES = {"hd": 720, "full hd": 1080, "fhd": 1080, "uhd": 2160, "4k": 2160}


def _size_said_once(m: re.Match[str]) -> str:
    """ "720p, 1280x720" -> "1280x720": one size said two ways, when the two agree (else
    two that differ, which is asked about)."""
    lines = int(m["lines"]) if m["lines"] else _NAMED_LINES[m["name"].lower()]
    size = f"{m['w']}x{m['h']}"
    if min(int(m["w"]), int(m["h"])) == lines:
        return size
    return f"{m['lines']}p or {size}" if m["lines"] else f"{m['name']} or {size}"


#: A file of a size made of the video: "make a 1080p MP4 from the SD original", "convert it to
#: a 720p webm".
_SIZED_FILE = re.compile(
    r"\b(?:make an? (?P<size>(?:\d{3,4}p|4k|full hd|hd) )?(?P<fmt>mp4|webm|mov|mkv|mp3|wav|m4a) "
    r"(?:file |version |copy )?(?:of|from) (?:it|this|the video|the (?:[\w-]+ ){0,2}original)"
    r"|(?:convert|turn|transcode|encode|export|render)(?: it| the video)? (?:to|into|as) an? "
    r"(?P<size2>\d{3,4}p|4k|full hd|hd) (?P<fmt2>mp4|webm|mov|mkv))\b",
    re.IGNORECASE,
)


def _sized_file(m: re.Match[str]) -> str:
    size, fmt = (m["size"] or m["size2"] or "").strip(), (m["fmt"] or m["fmt2"]).lower()
    return f"resize it to {size} and convert it to {fmt}" if size else f"convert it to {fmt}"


#: "start is 00:04:35, end is 00:32:19", "start at 0:04, end at 0:19": where it starts and ends.
_START_IS_END_IS = re.compile(
    r"\b(?:the )?start(?: time| point)? (?:is|at|=) (?P<a>\S+?),? (?:and )?(?:the )?end(?: time| "
    r"point)? (?:is|at|=) (?P<b>\S+?)(?=$|[,;.]\s|[,;]|\s)",
    re.IGNORECASE,
)
#: A part named, whose start and end those may be.
_A_PART_NAMED = re.compile(
    r"\b(?:part|parts|section|segment|bit|portion|piece|ads?|adverts?|commercials?|intro|outro|"
    r"credits|scenes?|sponsor\w*|moments?|q&a|interview)\b",
    re.IGNORECASE,
)


def _start_and_end(m: re.Match[str]) -> str:
    """Where the video is to start and end, or, after a part named, that part's times."""
    before = re.split(r"[.;!?]", m.string[: m.start()])[-1]
    if _A_PART_NAMED.search(before):
        return f"from {m['a']} to {m['b']}"
    return f"keep {m['a']} to {m['b']}"


#: "a 30 second clip from 42:55 to 43:25": a part, by its length and its times.
_CLIP_OF_A_LENGTH = re.compile(
    r"\b(?P<a>an?) (?P<n>\d+(?:\.\d+)?)[ -]?(?P<u>s|secs?|seconds?|mins?|minutes?)(?:[ -]long)? "
    r"(?P<what>clip|excerpt|snippet|segment|part|section|piece|cut|video),? (?:for [^,:;]{1,40}?"
    r"[:,]? )?(?P<from>from|between) (?P<x>\d[\d:.]*) (?P<to>to|and|-|until) (?P<y>\d[\d:.]*)",
    re.IGNORECASE,
)


#: "trim this 5 min video to 10 sec from 1:00 to 1:10": a cut to a length, and the part kept.
_CUT_TO_A_LENGTH = re.compile(
    r"\b(?P<verb>trim|cut|shorten|clip|chop|edit)(?P<mid>(?: [^\W\d][\w'-]*| \d+ ?(?:min|mins|"
    r"minutes?|s|secs?|seconds?|h|hours?)){0,6}?)(?: (?:it|this|that))?(?: down)? to (?:a |just |"
    r"only )?(?P<n>\d+(?:\.\d+)?)[ -]?(?P<u>s|secs?|seconds?|mins?|minutes?)(?:[ -]long)?,? "
    r"(?P<from>from|between) (?P<x>\d[\d:.]*) (?P<to>to|and|-|until) (?P<y>\d[\d:.]*)",
    re.IGNORECASE,
)


def _agrees_with_the_part(m: re.Match[str]) -> bool:
    """Whether the length said is the length of the part from x to y."""
    try:
        length = parse_time(f"{m['n']} {m['u']}")
        start, end = parse_time(m["x"]), parse_time(m["y"])
    except ValueError:
        return False
    return abs((end - start) - length) <= max(1.0, 0.1 * length)


def _clip_of_a_length(m: re.Match[str]) -> str:
    """The part by its times when the length said agrees with them (else as said: asked)."""
    if not _agrees_with_the_part(m):
        return m[0]
    return f"{m['a']} {m['what']} {m['from']} {m['x']} {m['to']} {m['y']}"


def _cut_to_a_length(m: re.Match[str]) -> str:
    """The part kept, by its times, when the length said agrees (else as said: asked). A cut
    to a length keeps: "cut it to 30 seconds from 0:10 to 0:40" is never that part cut out."""
    if not _agrees_with_the_part(m):
        return m[0]
    verb = m["verb"] if m["verb"].lower() in ("trim", "shorten") else "trim"
    return f"{verb}{m['mid']} {m['from']} {m['x']} {m['to']} {m['y']}"


#: "downscale it by 0.5", "scale the video by a factor of 2": a size by its factor.
_SCALED_BY = re.compile(
    r"\b(?P<verb>downscale|down-scale|scale down|upscale|up-scale|scale up|scale|resize|shrink|"
    r"enlarge)(?P<it> it| the video)?(?P<down> down| up)? by (?:a factor of )?"
    r"(?P<n>\d+(?:\.\d+)?|\.\d+)(?=\s*(?:$|[,.;:!?)]|(?:and|then|but|so|to|for|while|with|"
    r"before|after)\b))",
    re.IGNORECASE,
)


def _scaled_by(m: re.Match[str]) -> str:
    """The size a factor says: down by 2 or by 0.5 is half, up by 2 is double."""
    n = float(m["n"])
    verb = m["verb"].lower()
    down = verb in ("downscale", "down-scale", "scale down", "shrink") or (
        (m["down"] or "").strip() == "down"
    )
    if n <= 0 or (n < 1 and not down and verb not in ("scale", "resize")):
        return m[0]  # ("upscale it by 0.5": which way is not said)
    share = (1 / n if n > 1 else n) if down else n
    return f"scale{m['it'] or ' it'} to {100 * share:g}%"


_SECONDS = r"\d+(?:\.\d+)? ?(?:seconds?|secs?|s|minutes?|mins?)"
#: "the clip is 10 seconds too long, trim the end": how much too long, then the end cut.
_TOO_LONG_BY = re.compile(
    r"(?P<stmt>\b(?:it|the (?:[\w-]+ )?(?:video|clip|recording|footage)|my (?:[\w-]+ )?"
    r"(?:video|clip|recording)|this)(?:'s| is| runs| was) (?:about |around )?"
    rf"(?P<d>{_SECONDS}) too long)(?P<mid>,|;|:|\.)(?P<lead> (?:so |please |just |so please )?)"
    r"(?:trim|cut|chop|shorten|remove|cut off|trim off|chop off) (?:the |its )?"
    r"(?P<end>end|ending|start|beginning)\b(?! (?:by|at|from|to) )",
    re.IGNORECASE,
)
#: "it should be 30 seconds, speed it up to fit": the length, then the speed made to fit it.
_TO_FIT = re.compile(
    r"(?:^|(?<=[.;:!?] ))(?P<said>[^.;:!?]*?\b(?:to be|be|fit (?:in|into|within)) "
    rf"(?:exactly |at most |under |within )?(?P<d>{_SECONDS})\b(?: long)?,? (?:so )?)"
    r"(?P<verb>speed (?:it|the video) up|slow (?:it|the video) down) to fit\b(?! \w)",
    re.IGNORECASE,
)


#: "the 70s", "the '80s": a decade, named after "the" and before no unit.
_DECADE = re.compile(
    r"\b(the (?:early |late |mid[- ])?)'?([2-9]0)s\b(?! ?(?:long|of|clip|video)\b)", re.IGNORECASE
)
_DECADES = {
    "20": "twenties", "30": "thirties", "40": "forties", "50": "fifties", "60": "sixties",
    "70": "seventies", "80": "eighties", "90": "nineties",
}  # fmt: skip


def _to_fit(m: re.Match[str]) -> str:
    """ "it should be 30 seconds, speed it up to fit" -> "speed it up to fit 30 seconds": the
    length said is what the speed is for, never a trim to it too. Said with an edit's words
    before it, it is left as said."""
    words = set(re.findall(r"[a-z]+", m["said"].lower()))
    if words & (lexicon.EDIT_WORDS | _verbs()) - {"be", "fit", "need", "needs", "have", "has"}:
        return m[0]
    return f"{m['verb']} to fit {m['d']}"


def _title_verb(m: re.Match[str]) -> str:
    """ "Cropping a video to 1:1" -> "crop a video to 1:1": a title that names the edit with
    its verb's -ing form asks for it (a verb of no edit is left as said)."""
    base = _base_form(m[1].lower())
    return base if base != m[1].lower() and base in _verbs() else m[0]


#: The comparatives of edits an amount may follow ("brighter, like a lot").
_COMPARATIVES = (
    r"louder|quieter|softer|brighter|darker|lighter|faster|slower|sharper|blurrier|warmer|"
    r"cooler|bigger|smaller|shorter|longer|smoother"
)
#: Words that offer an amount as an example: "like", "maybe", "say".
_OFFERED = r"(?:(?:like|maybe|say|about|around|roughly|probably|perhaps|just|i guess) )?"
#: Where a piece of a request ends.
_PIECE_ENDS = r"(?=$|[,.;!?)]| (?:and|but|then|please|thanks|thank you)\b)"


def _small_enough_for_the_limit(m: re.Match[str]) -> str:
    """ "make it small enough to upload: the limit is 7MB" -> "make it under 7 mb to upload: …":
    small enough for the one limit the request states; as said when it states none, or two."""
    sizes = (x["s"] or x["s2"] or x["s3"] or x["s4"] for x in _LIMIT_STATED.finditer(m.string))
    limits = {
        lexicon.megabytes(said[1], said[2])
        for size in sizes
        if size and (said := re.fullmatch(r"(\d+(?:\.\d+)?) ?([a-z]+)", size.lower()))
    }
    return f"under {limits.pop():g} mb" if len(limits) == 1 else m[0]


#: A part said after "only" at the end of a sentence: "…, only the first 10 seconds".
_ONLY_PART = (
    r"(?P<part>the (?:first|last) \d+(?:\.\d+)? ?(?:seconds?|secs?|s|minutes?|mins?)"
    r"|(?:from )?\d[\d:.]* ?(?:to|-) ?\d[\d:.]*(?: ?(?:seconds?|secs?|s))?)(?=$|[.;!])"
)
#: A clause that keeps a part or makes a new file: a part said after it is what is kept.
_KEEPS_A_PART = re.compile(
    r"\b(?:keep|trim|cut|clip|remove|delete|shorten|convert|export|save|extract|render|turn|"
    r"select|take|grab|get|isolate|give|want|need|use|leave|show|play|preserve|"
    r"make (?:a|an) (?:gif|clip|video|mp3)|gif|mp3|mp4|wav|m4a|mov|webm|mkv)\b",
    re.IGNORECASE,
)


def _the_part_of_the_edit(m: re.Match[str]) -> str:
    """ "make it black and white, only the first 10 seconds" -> "… for the first 10 seconds":
    the part the edit is done to; after a clause that keeps a part or makes a new file, the
    part kept (as said); after two edits, a part of its own, which is asked (which edit?)."""
    head, part = m["head"], m["part"]
    if _KEEPS_A_PART.search(head):
        return m[0]
    when = part if part.lower().startswith(("the ", "from ")) else f"from {part}"
    edits = re.split(r",? \b(?:and|then)\b ", re.sub(r"black and white", "\x01", head, flags=re.I))
    if len(edits) > 1:
        last = edits[-1].replace("\x01", "black and white").strip()
        said = m[0][len(head) :].strip(" ,")
        example = f"{last} for {when}" if when.startswith("the ") else f"{last} {when}"
        if "\x00" in example:  # (words in quotes, hidden here: no example made of them)
            raise NotUnderstood(
                f"'{said}' is said after more than one edit: which is it for? Say it right after "
                "that edit",
                clause=said,
            )
        raise NotUnderstood(
            f"'{said}' is said after more than one edit: which is it for? For example: '{example}'",
            clause=said,
            suggestions=(example,),
        )
    return f"{head} for {when}" if when.startswith("the ") else f"{head} {when}"


#: The music said to end before the video does: played once, never looped.
_MUSIC_RUNS_OUT = re.compile(
    r"\b(?:(?:i think |i find )?it(?:'s| is) (?:pretty |really |kind of |quite )?(?:cool|nice|"
    r"fine|ok|okay|good|great) (?:when|that|if) |i (?:like|love|prefer) (?:it )?(?:when|that|if) "
    r"|let )?(?:the|its) (?:music|song|soundtrack|"
    r"track) (?:runs? out|ends?|stops?|finish(?:es)?)(?: (?:before|earlier than) the video"
    r"(?: (?:ends|does|finishes|is over))?| early| first| but the video (?:doesn't|does not|"
    r"goes on|keeps going|continues))",
    re.IGNORECASE,
)


def _played_once_said(planned: Plan, prompt: str) -> Plan:
    """The plan with music said to run out before the video ("it's cool when the music runs out
    but the video doesn't", said as a reason) played once, never looped."""
    if not _MUSIC_RUNS_OUT.search(prompt):
        return planned
    return Plan(
        steps=tuple(
            Step.of(s.task, s.operation.model_copy(update={"loop": False}))
            if isinstance(s.operation, AddMusic)
            else s
            for s in planned.steps
        )
    )


#: A verb said of the resolution: "reduce the resolution", "lower the video's dimensions".
_RESOLUTION_CHANGED = (
    r"(?:reduce|lower|decrease|drop|cut|bring|set|change|scale|resize|downscale) (?:the|its) "
    r"(?:video(?:'s)? |picture(?:'s)? )?(?:resolution|dimensions|frame size|picture size)"
)
#: "to half", never one whose size in pixels is said after it ("to half size (960x540)").
_TO_HALF = r"(?:a )?half\b(?!(?: (?:(?:its|the) )?(?:size|resolution))?\s*\()"


#: Formats a person may offer two of: "mp3 (or ogg)".
_EITHER = "mp4|m4v|mov|mkv|webm|mp3|m4a|aac|wav|flac|ogg|opus"


def _either_format(m: re.Match[str]) -> str:
    """ "an MP3 (or OGG) audio file" -> "an MP3 audio file": either format does, when both are
    of one kind (a sound, a video)."""
    first, other = m["a"], m["b"]
    if output_format(first).kind != output_format(other).kind or first.lower() == other.lower():
        return m[0]
    return first


#: "make it 720p (or sometimes 480p would be more than enough)": two values of one kind
#: offered, either doing.
_LINES_SAID = r"\d{3,4}p|[48]k(?: uhd)?|(?:full )?hd|uhd"
_A_VALUE = rf"{_LINES_SAID}|\d+(?:\.\d+)? ?(?:fps|mb)"
_EITHER_VALUE = re.compile(
    rf"\b(?P<a>{_A_VALUE}) \(or (?:(?:sometimes|maybe|perhaps|even|possibly|just) )?"
    rf"(?P<b>{_A_VALUE})"
    r"(?: (?:would|will|should|could|'d)(?: also| even)? be (?:more than )?(?:sufficient|enough|"
    r"fine|ok|okay|good|plenty|great)(?: too| as well)?)?\)",
    re.IGNORECASE,
)


def _either_value(m: re.Match[str]) -> str:
    """The first of two values offered when they are of one kind (lines, a frame rate, a
    size); as said otherwise, to be refused."""

    def kind(value: str) -> str:
        value = value.lower()
        return "lines" if re.fullmatch(_LINES_SAID, value) else re.sub(r"[\d. ]", "", value)

    return m["a"] if kind(m["a"]) == kind(m["b"]) else m[0]


#: "burn the .ass karaoke subtitles into the video", "the song subtitles": subtitles named by
#: what is in them, a subtitle file given.
_SUBTITLES_DESCRIBED = re.compile(
    r"\b(the|these|those|my|our|this|that|its) ((?:[\w.'-]+ ){1,3}?)(subtitles?|subs|captions?)"
    r"(?: (?:srt |ass |vtt )?file)?(?![\w.'-])",
    re.IGNORECASE,
)
#: Words before subtitles that say how they look or which they are: never a description.
_SUBTITLES_SAID_HOW = frozenset(
    {*COLORS, "small", "smaller", "tiny", "little", "medium", "normal", "regular", "default",
     "large", "larger", "big", "bigger", "huge", "giant", "massive", "top", "bottom", "upper",
     "lower", "middle", "center", "centre", "left", "right", "and", "or", "with", "without", "in",
     "on", "to", "from", "of", "for", "by", "at", "into", "onto", "no", "not", "other", "second",
     "first", "last", "both", "two", "dual", "all", "new", "hard", "soft", "open", "closed",
     "burned", "burnt", "burned-in", "burnt-in", "hardcoded", "hard-coded", "embedded",
     "internal", "existing", "original", "built-in", "forced", "video", "video's", "it", "its"}
)  # fmt: skip


def _subtitles_described(m: re.Match[str]) -> str:
    """The subtitles given, as "the subtitles", when one subtitle file was given and the words
    before the noun only say what is in them (no look, place, size or which of several; no
    number; no word of another file's name, "the spanish subtitles" of spanish.srt given with
    english.srt) and any kind named is the given file's; as said otherwise."""
    files = _files_of("subtitles")
    if len(files) != 1:
        return m[0]
    given = {files[0].rsplit(".", 1)[-1]}
    named = {
        w
        for f in _given.get()
        if f.lower() != files[0]
        for w in re.split(r"[\W_]+", f.lower().rsplit(".", 1)[0])
    }
    for word in m[2].lower().split():
        if word in named:
            return m[0]
        kind = word.lstrip(".")
        if kind in _EXTS["subtitles"] | {"webvtt"}:
            if kind.replace("webvtt", "vtt") not in given:
                return m[0]
        elif word in _SUBTITLES_SAID_HOW or re.search(r"\d|\.[a-z0-9]", word):
            return m[0]
    return f"{m[1]} {m[3]}"


def _every_other_frame(m: re.Match[str]) -> str:
    """ "keep 1 out of 2 frames, so that it is 30Hz instead of 60Hz" -> "convert it from 60 fps
    to 30 fps by dropping every other frame"; as said when the rate is not half the video's
    (or, unknown, half the rate it is said to have), to be refused."""
    to = float(m["to"])
    picture = _picture.get()
    was = float(m["was"]) if m["was"] else (picture[2] if picture and picture[2] else None)
    if was is not None and abs(was - 2 * to) > 0.02 * was:
        return m[0]
    return (
        "convert it "
        + (f"from {m['was']} fps " if m["was"] else "")
        + f"to {m['to']} fps by dropping every other frame"
    )


_SAID_PLAINLY_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # "an MP3 (or OGG) audio file": two formats offered, either doing (the first named; never a
    # sound and a video, which are different results). "mp4 or mov" unbracketed is read later.
    (
        re.compile(
            rf"\b(?P<a>{_EITHER}) \(or (?:an? |as )?\.?(?P<b>{_EITHER})(?: file| format| one)?\)",
            re.IGNORECASE,
        ),
        _either_format,
    ),
    # "make this video 720p (or sometimes 480p would be more than enough)": the same for values
    (_EITHER_VALUE, _either_value),
    # "burn the .ass karaoke subtitles into the video": the subtitles given
    (_SUBTITLES_DESCRIBED, _subtitles_described),
    # "merge these files so it's one long file instead of multiple ones": what a join makes,
    # said again
    (
        re.compile(
            r"\b((?:merge|join|combine|concatenate|stitch|glue)\b[^.;:]*?)(?:,? so (?:that )?"
            r"(?:it(?:'s| is| will be| becomes)|they(?:'re| are| become)|there(?:'s| is)|i (?:have|"
            r"get)|we (?:have|get)) (?:just |only )?(?:one|a single) (?:long |single |big |"
            r"continuous |whole )?(?:file|video|clip|movie|recording)|,? instead of (?:having )?"
            r"(?:multiple|several|many|separate|\d+|two|three|four|five)(?: separate)? (?:ones|"
            r"files|clips|videos|parts|pieces|segments))+(?=\s*(?:[.;:,!]|$))",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    # "crop it a bit using a ratio of 16:9": how much, said by the shape (a bit, as a shape
    # near the picture's own cuts a little)
    (
        re.compile(
            r"\b(crop(?: [^\W\d][\w'-]*){0,4}?) (?:a (?:little |tiny )?bit|slightly|a little)"
            r"(?= (?:to|using|with|into|at) (?:an? |the )?(?:(?:aspect )?ratio (?:of )?)?"
            r"\d+(?:\.\d+)? ?[:/] ?\d)",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    # "keep 1 out of 2 frames of this video, so that it is 30Hz instead of 60Hz": the frame rate
    # said, and how it is made (said alone, dropping frames may as well speed the video up)
    (
        re.compile(
            r"\b(?:(?:drop|skip|throw away|discard|remove|delete|lose)(?: out)? every (?:other|2nd|"
            r"second) frame|keep (?:only |just )?(?:1|one)(?: frame)? (?:out )?of (?:every )?(?:2|"
            r"two)(?: frames)?)(?: of (?:it|(?:the|this|my) (?:[\w-]+ ){0,3}?(?:video|clip|footage|"
            r"recording)))?,? so (?:that )?(?:it|the video)(?:'s| is| becomes| will be| plays at| "
            r"runs at) (?P<to>\d+(?:\.\d+)?) ?(?:fps|hz)(?: instead of (?P<was>\d+(?:\.\d+)?) ?"
            r"(?:fps|hz))?\b",
            re.IGNORECASE,
        ),
        _every_other_frame,
    ),
    # "which were split due to the 8 min limit": why the recording came in parts (never a
    # length or a size asked for)
    (
        re.compile(
            r"\b((?:split|cut|chopped|divided|broken)(?: up)?(?: in(?:to)? (?:parts|pieces|chunks|"
            r"segments|chapters|files))?) (?:due to|because of|by) (?:the |a |an )?(?:camera's |"
            r"recorder's |card's |file system's )?\d+(?:\.\d+)? ?(?:min|mins|minutes?|gb|"
            r"gigabytes?|mb|megabytes?|hours?|hrs?)[ -](?:file (?:size )?)?(?:limit|cap|maximum|"
            r"restriction)\b",
            re.IGNORECASE,
        ),
        r"\1 due to a limit",
    ),
    # "reduce the resolution to half its current size", "lower the resolution to 50%": each side
    # scaled to that share (a file's size "to 50%" is asked about: under what size)
    (
        re.compile(
            rf"\b(?:{_RESOLUTION_CHANGED}(?: down)? to (?:(?P<n>\d+(?:\.\d+)?) ?(?:%|percent\b)"
            rf"|{_TO_HALF})|(?:scale|resize|downscale)(?: (?:it|the (?:video|clip|recording|"
            rf"footage)))?(?: down)? to {_TO_HALF})"
            r"(?: of)?(?: (?:its|the|their) (?:current |original |present |full )?"
            r"(?:size|resolution|dimensions)\b)?",
            re.IGNORECASE,
        ),
        lambda m: f"scale it to {m['n'] or '50'}%",
    ),
    # "shot from 5:05 to 8:13 in the morning", "from 6 pm to 8 pm": times of day, when it was
    # filmed, never times in it
    (
        re.compile(
            r",? ?\b(?:from|between) \d{1,2}(?:[:.]\d\d)? ?(?:(?:am|pm|a\.m\.|p\.m\.) )?"
            r"(?:to|and|until|till|-) ?\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.|o'clock|"
            r"in the (?:morning|afternoon|evening)|at night)(?![\w.])",
            re.IGNORECASE,
        ),
        "",
    ),
    # "(playing time is 54 seconds)", "its running time: 1:30": the video's length, stated
    (
        re.compile(
            # (in brackets, or said to be: "make the running time 30 seconds" asks, and so does
            # "make a gif, running time 2 seconds", which may be the GIF's)
            r"(?:(?<=\()(?:the |its |total )?(?:playing|running|run|play) ?time(?: of (?:it|the "
            r"video))?(?: is|:)?|(?:(?<=[,:;.] )|^)(?:the |its |total )?(?:playing|running|run|"
            r"play) ?time(?: of (?:it|the video))? (?:is|was)) "
            r"(?=(?:about |around |roughly |only |just |exactly )?\d)",
            re.IGNORECASE,
        ),
        "the video is ",
    ),
    # "it is pretty cool when the music runs out but the video doesn't": the music played once
    (_MUSIC_RUNS_OUT, "don't loop the music"),
    # "speed it up 4x so it lasts 15 seconds": the length it comes to, said after the edit as
    # after a comma
    (
        re.compile(
            # (after the edit's own amount: "speed it up so it lasts 15 seconds" is the speed
            # that makes it so)
            r"(?:(?<=\dx)|(?<=\d x)|(?<=%)|(?<=\btimes))\s+(?=so (?:that )?(?:it|the video|"
            r"the clip) (?:lasts|runs|is|ends up|becomes|comes out at) (?:exactly |about |around |"
            r"roughly |only |just )?\d)",
            re.IGNORECASE,
        ),
        ", ",
    ),
    # "add music.mp3, so that it dips whenever someone talks": how the music is mixed, read
    # with it (the comma only a pause)
    (
        re.compile(
            rf",\s+(?=so (?:that )?(?:it|the music|the song) {lexicon.STEPS_ASIDE} "
            r"(?:whenever|when|while|as) )",
            re.IGNORECASE,
        ),
        " ",
    ),
    # "compress it, so I can email it": sent by a service with a size limit, the size it is
    # made to (the comma only a pause)
    (
        re.compile(
            r",\s+(?=so (?:that )?(?:i|we|you) can (?:e-?mail\b|(?:send|share|post|upload|attach|"
            rf"mail)\b[^,;:.]*\b(?:e-?mail|{lexicon.LIMITED_SERVICE_WORDS})\b))",
            re.IGNORECASE,
        ),
        " ",
    ),
    # "a time lapse using 1 frame per 5 seconds": the speed that keeps one frame in that long
    (
        re.compile(
            r",? (?:using|with|at|taking|keeping|of)(?:,? for example,?| e\.?g\.?,?)? (?:one|1|a "
            r"single) (?:frame|image|picture|photo|shot|still) (?:per|every|each|a|in|for) "
            r"(?:(?P<n>\d+(?:\.\d+)?) )?(?P<unit>seconds?|secs?|minutes?|mins?)\b",
            re.IGNORECASE,
        ),
        lambda m: _one_frame_every(m),
    ),
    # "trim this clip down to under 50mb": a size, which is the file's
    (
        re.compile(
            r"\b(?:trim|cut|chop|shrink|get|bring) (?:down )?(it|this|the|this clip|this video|"
            r"the clip|the video) (?:down )?to (?:be )?"
            r"((?:under|below|less than|about|around|at most) )?"
            r"(\d+(?:\.\d+)? ?(?:mb|gb|kb|megs?|megabytes?))\b",
            re.IGNORECASE,
        ),
        r"compress \1 to \2\3",
    ),
    # "this 30MB video should be a 5MB max": the size it is made to
    (
        re.compile(
            r"^(?:the|this|my) (\d+(?:\.\d+)? ?(?:mb|gb) )?(?:video|clip|file|movie) "
            r"(?:should|must|needs to|has to) be (?:an? )?"
            r"(?:under |below |less than |at most |max(?:imum)? )?"
            r"(\d+(?:\.\d+)?) ?(mb|gb)(?: max(?:imum)?| at most| or less| or smaller)?\b",
            re.IGNORECASE,
        ),
        r"compress the \1video to under \2 \3",
    ),
    # "reduce the bit rate to about 32 mbps", "bring the bitrate down to 400 kbps": the size that
    # rate gives the video's length
    (
        re.compile(
            r"\b(?:bring down|reduce|lower|decrease|drop|set|change|cut|(?P<apart>bring|get|take|"
            r"turn|knock|push)) (?:the |its )?"
            r"(?:[\w'-]+ ){0,5}?(?:video )?bit ?rate(?(apart) down)(?: [^,;:]{0,60}?)? to "
            r"(?:a (?:custom )?bit ?rate of )?(?:about |around |roughly |approximately )?"
            r"(?P<n>\d+(?:\.\d+)?) ?(?P<u>mbps|mbit/s|mb/s|kbps|kbit/s|kb/s|k)\b",
            re.IGNORECASE,
        ),
        lambda m: _size_of_a_bitrate(m),
    ),
    # "share it directly via email": how it is sent, the service the same
    (
        re.compile(
            r"\b(?:directly|easily|quickly|straight|simply) (?=(?:via|by|over|through) )", re.I
        ),
        "",
    ),
    # "about a minute and a half", "an hour and a half": one length, never two clauses
    (
        re.compile(r"\b(?:(?:an?|one) |(?<=first )|(?<=last ))(hour|minute) and a half\b", re.I),
        r"1.5 \1s",
    ),
    # "speed it up so that the entire trip takes about 90 s": all that was filmed, its length
    (
        re.compile(
            r"\b(so(?: that)?) the (?:whole|entire|full) (?:trip|drive|ride|journey|flight|hike|"
            r"walk|race|game|match|show|concert|ceremony|event|talk|lecture|session|day|process|"
            r"build|project|timelapse|time-lapse) (?=(?:takes|lasts|runs|plays)\b)",
            re.IGNORECASE,
        ),
        r"\1 the whole video ",
    ),
    # "turn it into a gif, just the first 5 seconds": the part the new file is made of
    (
        re.compile(
            rf"(?<=\bgif|\bmp3|\bwav|\bm4a)(?: file)?,? (?:but )?(?:just|only) {_ONLY_PART}",
            re.IGNORECASE,
        ),
        r" and keep only \g<part>",
    ),
    # "make it black and white, only the first 10 seconds": the part the edit is done to
    # (a new file's or a cut's part is what is kept: "…, just the first 5 seconds" after "gif")
    (
        re.compile(
            rf"(?P<head>(?:^|(?<=[.;!:] ))[^,;.!:]+?)(?:,|,? but) (?:just|only) {_ONLY_PART}",
            re.IGNORECASE,
        ),
        _the_part_of_the_edit,
    ),
    # "the volume jumps up and down": all over the place (never two clauses)
    (
        re.compile(r"\b(goes|jumps|bounces|moves|varies|swings) up and down\b", re.IGNORECASE),
        r"\1 all over the place",
    ),
    # "cut out the front and end (where there was just silence)": the silence at both ends
    (
        re.compile(
            r"\b(?:the )?(?:front|start|beginning|opening) and (?:the )?(?:end|ending|tail)"
            r"((?: of (?:the|my|this|our) (?:[\w'-]+ ){0,4}?(?:recording|video|clip|file|track|"
            r"song|footage))?),? \(?(?:where|which|when|as) (?:there (?:was|is|were|are)|it (?:was|"
            r"is)|they (?:were|are)|it's|they're|are|is|were|was) (?:just |only |all |nothing but |"
            r"complete |total |pure )?(?:silence|silent|quiet|dead air)\)?",
            re.IGNORECASE,
        ),
        r"the silence at the start and the end\1",
    ),
    # "mute it, including me talking": what the sound taken away takes with it
    (
        re.compile(
            r"(\b(?:mute|silence|remove|cut (?:out|away|off)|strip|delete|take out|get rid of)"
            r"(?: (?:it|the video|the clip|my video))?(?: (?:the|its|all the|all) (?:audio|sound)"
            r"(?: track)?(?: (?:of|in|on|from) (?:the |my |this )?(?:video|clip))?)?)"
            r",? including (?:myself|me|my (?:own )?voice|the voices?|(?:the )?music|everyone|"
            r"people|us)(?: talking| speaking| singing| playing)?(?=$|[.;:])",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    # "it doesnt play": the apostrophe left out
    (
        re.compile(
            r"\b(does|did|is|are|was|were|have|has|could|would|should|do)nt\b(?!\.\w)",
            re.IGNORECASE,
        ),
        r"\1n't",
    ),
    (re.compile(r"\b(?:(wo)|(ca))nt\b(?!\.\w)", re.IGNORECASE), lambda m: f"{m[1] or m[2]}n't"),
    # "make it vertical for tiktok, no cropping": without cropping (never a clause of its own)
    (
        re.compile(
            r"(?<=[a-z0-9]),? (?:and )?no crop(?:ping)?(?: at all)?(?=$|[.;!])", re.IGNORECASE
        ),
        " without cropping",
    ),
    # "60 frames a second": 60 fps (never "a second" read as a time)
    (
        re.compile(r"\b(\d+(?:\.\d+)?) frames (?:a|per|each) second\b", re.IGNORECASE),
        r"\1 fps",
    ),
    # "cut 0:10 to 0:20, then speed the rest up": what is left after the cut is all there is
    (
        re.compile(
            r"\b((?:cut|remove|delete|trim|drop)\b[^;.!?]*?,? (?:and )?(?:then )?(?:speed|slow|"
            r"make|turn|reverse|mute|brighten|darken)) the rest(?: of (?:it|the video))?"
            r"(?= (?:up|down)\b| (?:black|louder|quieter|brighter|darker|faster|slower)\b|$|[,;.])",
            re.IGNORECASE,
        ),
        r"\1 it",
    ),
    # "edit the Mars Wind sound and bring the volume up": the edit, said after the file
    (
        re.compile(
            r"\b(?:edit|change|modify|take) (?:the|this|my|our) (?:[\w'-]+ ){0,4}?(?:sound|song|"
            r"track|video|clip|recording|file|audio|music|footage) and (?=(?:bring|make|turn|cut|"
            r"trim|remove|speed|slow|convert|add|mute|boost|lower|raise|increase|reduce|fade|crop|"
            r"rotate|resize|shorten|compress)\b)",
            re.IGNORECASE,
        ),
        "",
    ),
    # "give it a black and white old film look", "make it look like an old b&w movie": an old
    # film's look, its colour taken out after (its vignette and soft contrast stay)
    (
        re.compile(
            r"\b(give (?:it|this|(?:the|my|our|this) (?:[\w-]+ ){0,3}?(?:video|clip|footage|"
            r"recording|movie)(?: of (?:the|my|our) [\w-]+)?)|make (?:it|the video|this) look "
            r"like) (?:an? |the )?"
            r"(?:(?:old|vintage)(?:-| )(?:school )?)?(?:black(?: and |-and-| ?& ?)white|b ?& ?w) "
            r"(?:(?:old|vintage) )?(?P<n>film|movie)(?: (?P<look>look|style|effect|feel))?\b",
            re.IGNORECASE,
        ),
        lambda m: (
            f"{m[1]} an old {m['n']}{' look' if m[1].lower().startswith('give') else ''}"
            " and make it black and white"
        ),
    ),
    # "make it small enough to upload (limit: 8MB)": under the limit stated
    (
        re.compile(
            r"\bsmall enough\b(?! (?:to be |so it'?s |that it'?s )?(?:under|below|less than|at "
            r"most) \d)",
            re.IGNORECASE,
        ),
        _small_enough_for_the_limit,
    ),
    # "trim the start (the first 4 seconds are just me setting up)": the part, said in
    # brackets (read as said after a comma, `_PART_SAID_AFTER`)
    (
        re.compile(
            r"\b(the (?:start|beginning|end|ending|intro|outro))( off)? \(((?:the )?(?:first|last|"
            r"final|opening) [^()]*? (?:are|is|was|were|'s|show|shows) [^()]*)\)",
            re.IGNORECASE,
        ),
        r"\1\2, \3",
    ),
    (_NAMED_THEN_SIZE, _size_said_once),
    # "make a 1080p MP4 from the SD original", "convert it to a 1080p mp4": the size, and the
    # file it is written as
    (_SIZED_FILE, _sized_file),
    # "play my commentary with it": the sound added to the video ("with" never joins two
    # edits here)
    (
        re.compile(
            r"\bplay ((?:my |the |our |his |her )?(?:[\w-]+ ){0,2}(?:commentary|narration|"
            r"voice-?over|music|song|soundtrack|audio|recording)) (?:over|with|along with|"
            r"on top of|under) (?:it|the video)\b",
            re.IGNORECASE,
        ),
        r"add \1",
    ),
    # "make my webcam video smaller: it is 164 MEGS": the file, by the size said of it
    (
        re.compile(
            r"\b(?:(?:make|get) (?:it|this|the (?:[\w-]+ ){0,4}(?:video|clip|recording|gif)|my "
            r"(?:[\w-]+ ){0,4}(?:video|clip|recording|gif))) smaller(?=[:,;.]? (?:(?:as |because |"
            r"since )?(?:it is|it's|it was|its size is|the file is|they are|it weighs) (?:about |"
            r"around |nearly |almost |over |more than )?\d+(?:\.\d+)? ?(?:mb|megs?|megabytes?|gb|"
            r"gigs?|gigabytes?)\b"
            # ("…: the file size increased, as did the upload time": the file, by what is said
            # of it)
            r"|(?<=[:;,.] )[^.;!?()]*\b(?:file size|file is (?:too )?(?:big|large|huge)|upload "
            r"time|takes? (?:too |so |very )?long to (?:upload|send|download)|storage|disk "
            r"space)\b))",
            re.IGNORECASE,
        ),
        "make the file smaller",
    ),
    # "slow it down by half again": the first thing asked done once more to the video as it
    # is now ("speed it up 2x. speed it up 2x again" is asked about; an edit that undoes
    # itself done again is read as said)
    (
        re.compile(
            r"^(?!(?:[^.;:]*\s)?(?:flip|flipped|mirror|mirrored|rotate|rotated|turn|reverse|"
            r"reversed|invert|inverted)\b)([^.;:,]+?),? (?:once )?again(?=\s*(?:[.;:,!]|$))",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    # "downscale it by 0.5", "upscale by a factor of 2": the size, as a share of the video's
    (_SCALED_BY, _scaled_by),
    # "encode it at a lower resolution: 1080p would be sufficient": the value, wanted
    (
        re.compile(
            r"\b(?P<v>\d{3,4}p|\d+(?:\.\d+)? ?fps|\d+(?:\.\d+)? ?mb)(?: \([^()]*\))? (?:would|will|"
            r"should|'d)(?: also)? be (?:sufficient|enough|fine|ok|okay|good|plenty|perfect|great)"
            r"(?: for (?:it|this|me|us))?(?=\s*(?:[.;,!]|$))",
            re.IGNORECASE,
        ),
        r"make it \g<v>",
    ),
    # "make a 30 second clip from 42:55 to 43:25": the part, its length said too (and agreeing)
    (_CLIP_OF_A_LENGTH, _clip_of_a_length),
    # "trim this 5 min video to 10 sec from 1:00 to 1:10": that part, its length said too
    (_CUT_TO_A_LENGTH, _cut_to_a_length),
    # "the introductory video": the intro, as a file given may be named
    (re.compile(r"\bintroductory (?=video|clip|part|sequence|segment|section)", re.I), "intro "),
    # "cut the recording of my talk: start is 00:04:35, end is 00:32:19": where what is kept
    # starts and ends (of a part named before, "the ad: start is …", the part's)
    (_START_IS_END_IS, _start_and_end),
    # "like the 70s television graphics": a decade, never 70 seconds
    (_DECADE, lambda m: f"{m[1]}{_DECADES[m[2]]}"),
    # "the clip is 10 seconds too long, trim the end": that much off that end
    (_TOO_LONG_BY, r"\g<stmt>\g<mid>\g<lead>cut \g<d> off the \g<end>"),
    # "I need it to be exactly 60 seconds, speed it up to fit": to that length
    (_TO_FIT, _to_fit),
    # "help with removing the road noise": the -ing form the request is, after the ask for help
    (
        re.compile(
            r"^\s*(?:i )?(?:need |want )?help(?: me)? (?:with|on) (?=[a-z]+ing\b)", re.IGNORECASE
        ),
        "",
    ),
    (
        re.compile(
            r"^\s*(?!(?:keeping|using|making|having|getting|trying|wanting|needing|looking)\b)"
            r"([a-z]+ing)\b(?= (?:an?|the|my|this|it|up|down|out|off|\w+ (?:to|into|from)\b))",
            re.IGNORECASE,
        ),
        _title_verb,
    ),
    # "remove the video, audio output only": the sound alone
    (
        re.compile(
            r"\b(?:remove|drop|discard) the (?:video|picture)(?: track| stream)?,? (?:and )?"
            r"(?:keep )?(?:the )?(?:audio|sound)(?: output| track)? only\b",
            re.IGNORECASE,
        ),
        "extract the audio",
    ),
    # "burn the independent ass subtitle file into the video": the subtitles given
    (
        re.compile(
            r"\bthe (?:independent |separate |external |standalone |sidecar )?(?:\.?(?:ass|ssa|"
            r"srt|vtt) )?(?:subtitle|subtitles|caption|captions) file\b",
            re.IGNORECASE,
        ),
        "the subtitles",
    ),
    # "use the denoise/sharpen on it": both edits
    (
        re.compile(
            r"\buse the (denoise|sharpen|stabilize)(?:/| and | & )(denoise|sharpen|stabilize)"
            r"(?: filters?)? on (it|the video)\b",
            re.IGNORECASE,
        ),
        r"\1 \3 and \2 \3",
    ),
    # "add a text asset with the text 'xyz'": the text
    (
        re.compile(
            r"\badd an? (?:text|title) (?:asset|layer|element|box|overlay|clip|object|track) with "
            r"(?:the )?(?:text|words?|caption) ",
            re.IGNORECASE,
        ),
        "add the text ",
    ),
    # "keep the second hour": from 1:00:00 to 2:00:00
    (re.compile(_NTH_UNIT.pattern, re.IGNORECASE), _nth_unit),
    # "take the poster image from the last frame": the still, by its use
    (
        re.compile(
            r"\b(?:make|take|get|grab|pull|save|create|generate) (?:the |a )?(?:poster|cover)"
            r"(?: image| frame| picture)? (?=from (?:the )?(?:first|last|final|opening|middle) "
            r"frame)",
            re.IGNORECASE,
        ),
        "take a thumbnail ",
    ),
    # "the poster from the last frame instead of the first": that frame, the other not asked
    (
        re.compile(
            r"\b(the (?P<which>last|final|first|middle) frame(?: of (?:it|the (?:[\w-]+ ){0,3}?"
            r"(?:video|clip|recording|movie|footage)))?) instead of the (?!(?P=which)\b)(?:first|"
            r"last|final|middle)(?: one| frame)?\b",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    # ": compressed, it is still 7MB": what it is once done, a statement (never the edit)
    (
        re.compile(
            r"(?:(?<=^)|(?<=[:;.!] ))(?:(?:when|once|after|if|even) )?([a-z]+ed), ((?:it|this|"
            r"that|the (?:video|file|clip|result|output)) (?:is|was|are|were|still|only|becomes|"
            r"became|comes|came|ends up|ended up)\b[^,;:.!?]*)",
            re.IGNORECASE,
        ),
        r"\2 once \1",
    ),
    # "the first few frames (0.005 seconds)": that long
    (
        re.compile(
            r"\b(first|last|final|opening) (?:few|couple of|several|two|three|2|3) frames,? \(?"
            r"(\d+(?:\.\d+)? ?(?:ms|s|secs?|seconds?))\)?",
            re.IGNORECASE,
        ),
        r"\1 \2",
    ),
    # ", thus shortening the time of the GIF": what the edit before is for, a shorter video
    (
        re.compile(
            r",? (?:thus|thereby|hence|so) (?:shortening|reducing|cutting down|decreasing) (?:the |"
            r"its )?(?:total |overall )?(?:time|length|duration|runtime|run time|running time|"
            r"playtime|play time)(?: of (?:it|the (?:[\w-]+ )?(?:video|clip|gif|recording)))?\b",
            re.IGNORECASE,
        ),
        ", to reduce the duration",
    ),
    # "can it be removed?": remove it
    (_CAN_IT_BE, _can_it_be),
    # "it has background noise, remove it": the noise removed
    (_REMOVE_THE_NOISE_SAID, r"\g<noise>\g<between>remove the background noise"),
    # "the video is upside down, please fix": fix it
    (
        re.compile(r"(?:^|(?<=[,;:.] ))(?:please )?fix(?: please)?(?=\s*[.!]?$)", re.IGNORECASE),
        "fix it",
    ),
    # "trim the start, the first 8 seconds are just me": that part
    (_PART_SAID_AFTER, _part_said_after),
    # "speed up the boring part (0:30 to 1:30) 3x": that part, by its times
    (
        re.compile(
            r"\bthe (?:[a-z-]+ ){0,2}(?:part|section|bit|segment|portion|scene)(?: of (?:it|the "
            r"video))?,? \(?(?:from )?(?P<a>\d+(?::\d+)*(?:\.\d+)? ?(?:s|secs?|seconds?)?) ?"
            r"(?:to|-|–|until|till) ?(?P<b>\d+(?::\d+)*(?:\.\d+)? ?(?:s|secs?|seconds?)?)\)?",
            re.IGNORECASE,
        ),
        r"from \g<a> to \g<b>",
    ),
    # "compress it to 8MB (discord limit)": the size's reason, named
    (
        re.compile(
            rf"(?<=\d) ?(?P<unit>mb|gb) \((?:the )?(?:{lexicon.SERVICE_WORDS}|upload)(?:'s)? "
            r"(?:size |upload |file )?(?:limit|cap|"
            r"max(?:imum)?)\)",
            re.IGNORECASE,
        ),
        r"\g<unit>",
    ),
    # "slow it down for a 24 fps project": each frame played at that rate
    (_SLOWED_FOR_A_RATE, _slowed_for_a_rate),
    # "it plays at 2x, slow it back to normal": slowed by as much
    (_BACK_TO_NORMAL, _back_to_normal),
    # "the screen recording's audio": its sound
    (
        re.compile(
            r"\bthe (?:[\w-]+ ){0,2}?(?:video|recording|clip|footage|movie|capture|lecture|"
            r"podcast|game|film|stream|episode)'s (audio|sound|volume|soundtrack)\b",
            re.IGNORECASE,
        ),
        r"the \1",
    ),
    # "encode only the audio": the sound alone
    (
        re.compile(
            r"\b(?:encode|export|save|render|output) (?:only|just) the (?:audio|sound)(?: track)?"
            r"(?!\w)(?! (?:of|between|for|at)\b)",
            re.IGNORECASE,
        ),
        "extract the audio",
    ),
    # "trim the VOD to my panel, which goes from 0:34:20 to 1:04:50": the part, by its times
    (
        re.compile(
            r"\b(?:trim|cut|crop|clip|shorten|reduce)(?: (?:the|this|my) (?:[\w-]+ ){0,2}?"
            r"(?:video|vod|recording|clip|stream|footage|movie|episode))? (?:down )?to (?:just |"
            r"only )?(?:my|the|our|his|her|their) (?:[\w'-]+ ){0,3}?[\w'-]+,? (?:which|that) "
            r"(?:goes|runs|is|lasts|spans|starts)(?= (?:from |between )?\d)",
            re.IGNORECASE,
        ),
        "trim it",
    ),
    (_FOR_THEN_FILL, r"\2 \1"),
    (_RATE_BY_FACTOR, _rate_by_factor),
    (_CONSTANT_RATE, _constant_rate),
    (_DOWN_BY, _down_by),
    (re.compile(r"\bupside-down\b", re.IGNORECASE), "upside down"),
    # "the 640x480@60Hz video to 960x720@60Hz": a size and its frame rate, as a capture card
    # names them (the rate the one the result has where it follows "to")
    (
        re.compile(
            r"(\bto )?\b(\d{3,5} ?x ?\d{3,5}) ?@ ?(\d+(?:\.\d+)?) ?(?:hz|fps|p)\b", re.IGNORECASE
        ),
        lambda m: f"{m[1] or ''}{m[2]} {'at ' if m[1] else ''}{m[3]} fps",
    ),
    # "fix the interview by removing the silence at the end": the edit the fix is made by
    (
        re.compile(
            r"\b(?:fix|improve|clean up|tidy up|enhance|polish|shorten|edit|update)\s+(?:the |"
            r"my |this |our |[a-z]+'s )?(?:[\w-]+ ){0,3}?(?:video|clip|recording|interview|footage|"
            r"movie|film|vlog|it)\s+by\s+([a-z]+ing)\b",
            re.IGNORECASE,
        ),
        lambda m: _base_form(m[1].lower()),
    ),
    # "make the clip 10 seconds long so it moves much quicker": sped up to that length (never
    # cut to it)
    (
        re.compile(
            r"\bmake (it|the [\w' -]{1,40}?) (?:only |just )?(\d[\w.:]*(?: ?(?:s|secs?|seconds?|"
            r"mins?|minutes?))?) long,? so (?:that )?it (?:moves|plays|goes|runs|looks) "
            r"(?:much |a lot |way |a bit )?(?:quicker|faster|sped up)\b",
            re.IGNORECASE,
        ),
        r"speed \1 up so it lasts \2",
    ),
    # "add start.mp4 and end.mp4 before and after the video": each where it is said to go
    (
        re.compile(
            r"\b(add|put|insert|place|attach) ([\w.-]+\.[a-z0-9]{2,4}) and "
            r"([\w.-]+\.[a-z0-9]{2,4}) "
            r"(?:before and after|at the (?:start|beginning) and (?:at )?the end(?: of)?) "
            r"(the (?:video|clip|movie|film|recording)|it)\b",
            re.IGNORECASE,
        ),
        r"\1 \2 at the start of \4 and \3 at the end of \4",
    ),
    # "speed up the recording so it results in a 30 second video": so it lasts that long
    (
        re.compile(
            r"\bso (?:that )?it (?:results in|ends up as|ends up being|becomes|turns into) "
            r"(?:an? |one )?(\d[\w.:]*(?: ?(?:s|secs?|seconds?|mins?|minutes?))?)(?:[- ]long)? "
            r"(?:video|clip|movie|film|timelapse|time-lapse|version)\b",
            re.IGNORECASE,
        ),
        r"so it lasts \1",
    ),
    # "add black borders to the sides, to the 4:3 proportions": the shape the bars make
    (
        re.compile(
            r"\b(bars|borders|padding|bands)((?: (?:on|at|to) (?:the )?[a-z ]{3,25}?)?),\s+"
            r"(to (?:the |an? )?\d+ ?[:/] ?\d+)"
            r"(?= (?:proportions?|ratio|aspect|format|shape)\b|[\s,.;]|$)",
            re.IGNORECASE,
        ),
        r"\1\2 \3",
    ),
    # "at the 10-12 second", "the 30th min - 35min": a part by its seconds or minutes
    (
        re.compile(r"\bat the (\d+) ?(?:-|to) ?(\d+)(?:th)? (?:second|sec)s?\b", re.IGNORECASE),
        r"from \1 to \2 seconds",
    ),
    (
        re.compile(
            r"\b(?:the )?(\d+)(?:st|nd|rd|th) (?:min(?:ute)?s?) ?(?:-|to|until|till) ?(\d+)"
            r"(?:st|nd|rd|th)? ?min(?:ute)?s?\b",
            re.IGNORECASE,
        ),
        r"from \1:00 to \2:00",
    ),
    # "use the first frame as the poster picture": that frame, saved as a picture
    (
        re.compile(
            r"\buse the (first|last) frame(?: of (?:the video|it))? as (?:the|a|its) (?:video )?"
            r"(?:poster|thumbnail|cover|preview)(?: (?:picture|image|frame|photo))?",
            re.IGNORECASE,
        ),
        r"save the \1 frame as a picture",
    ),
    # "so that it could fit in a 6 second video": that long
    (
        re.compile(
            r"\bso(?: that)? it (?:could |can |will |would )?fit (?:in|into) an? (\d+(?:\.\d+)?) ?"
            r"(second|sec|s|minute|min)s? (?:long )?(?:video|clip)\b",
            re.IGNORECASE,
        ),
        r"so it lasts \1 \2s",
    ),
    # "speed it up so it's under a minute": the speed that makes it that long
    (
        re.compile(
            r"\b((?:speed|fast[- ]?forward)\b[^,;:.]*?|faster|quicker),? so(?: that)? it(?:'s| is|"
            r" will be| would be| ends up| comes out)? (?:just )?(?:under|less than|at most|no "
            r"(?:more|longer) than|shorter than|below|within) (an? (?:minute|hour)|\d+(?:\.\d+)? ?"
            r"(?:s|secs?|seconds?|mins?|minutes?)|\d+:\d\d)(?: long)?$",
            re.IGNORECASE,
        ),
        lambda m: f"{m[1]} so it lasts {re.sub(r'^an? ', '1 ', m[2])}",
    ),
    (re.compile(r"\bso it lasts an? (minute|hour)\b", re.IGNORECASE), r"so it lasts 1 \1"),
    # "make it faster so it lasts 6 seconds": the length a comparative speed is made to
    (
        re.compile(
            r"(?:(?<=faster)|(?<=slower)|(?<=quicker)) "
            r"(so(?: that)? it (?:lasts|will last|runs|is only|is about|is (?=\d)))",
            re.IGNORECASE,
        ),
        r", \1",
    ),
    # "(BGM)": what background music is called, said again
    (re.compile(r" ?\((?:bgm|bg music|background music)\)", re.IGNORECASE), ""),
    # "1 frame after every 25 frames", "keeping every 10th frame": a time-lapse that fast
    (
        re.compile(
            r"\b(?:keep(?:ing)? |take |taking |use |using |with |showing |at )?(?:1|one|a single) "
            r"frames? (?:after|out of|of|in|from|for|per) every (\d+)(?: frames)?\b"
            r"|\b(?:keep(?:ing)?|take|taking|use|using) (?:only )?every (\d+)(?:st|nd|rd|th) "
            r"frame\b",
            re.IGNORECASE,
        ),
        lambda m: f"{m[1] or m[2]}x",
    ),
    # "at 1,5x speed", "23,976 fps": a decimal comma (a thousands comma has three digits after)
    (
        re.compile(
            r"\b(\d+),(\d{1,2}|\d{4,})(?= ?(?:x|times|fps|%|s|secs?|seconds?|db|mb|gb)\b)",
            re.IGNORECASE,
        ),
        r"\1.\2",
    ),
    (re.compile(r"\b(\d{1,2}),(\d{3})(?= ?fps\b)", re.IGNORECASE), r"\1.\2"),
    # "flip the upside down video": the turn, its way said by the fault (a mirror would leave
    # it upside down)
    (
        re.compile(
            r"\b(flip|turn|rotate|mirror) (?:the|this|my) upside down "
            r"(video|clip|footage|recording|movie)\b",
            re.IGNORECASE,
        ),
        r"\1 the \2: it is upside down;",
    ),
    # "my camera is hanging upside down": so is the video it made
    (
        re.compile(
            r"\b(?:my|the|our|this) (?:[\w-]+ )?(?:camera|cam|webcam|dashcam|phone|gopro|drone) "
            r"(?:is|was) (?:(?:mounted|hanging|hung|installed|placed|fixed|attached|positioned|"
            r"sitting|set up) )?(?=upside down\b)",
            re.IGNORECASE,
        ),
        "it is ",
    ),
    # "turn over the video": turned over
    (
        re.compile(
            r"\bturn over (it|this|(?:the|my|this|that|our) (?:[\w-]+ ){0,2}?(?:video|clip|"
            r"recording|footage|movie|film|vid))\b",
            re.IGNORECASE,
        ),
        r"turn \1 over",
    ),
    # "it results in a video recording that is upside-down": what it is
    (
        re.compile(
            r"\b(?:it|this|which|that) (?:results in|gives|produces|makes|creates|records) an? "
            r"(?:[\w-]+ ){0,2}(?:video|recording|clip|picture|image) (?:that is|which is|that's) "
            r"(?=upside down|sideways|rotated|mirrored|flipped)",
            re.IGNORECASE,
        ),
        "it is ",
    ),
    # "compress the GIF of 50M to 30M": megabytes, where a file is made smaller
    (
        re.compile(
            r"(?<![\d.:])(?<!first )(?<!last )(\d+(?:\.\d+)?) ?(?:m|megs?)\b(?= or (?:smaller|less|"
            r"lower|under|below)\b"
            r"|$|,| (?:file|gif)\b| to \d)",
            re.IGNORECASE,
        ),
        lambda m: (
            f"{m[1]} MB"
            if re.search(r"\b(?:compress|shrink|squeeze)", m.string[: m.start()], re.IGNORECASE)
            else m[0]
        ),
    ),
    # "shrink it to something like 100-120mb": under the larger size (a size said as a range)
    (
        re.compile(
            r"\b(?:something like |around |about |roughly |approximately |~ ?)?(\d+(?:\.\d+)?) ?"
            r"(?:-|to) ?(\d+(?:\.\d+)?) ?(mb|gb|megabytes|gigabytes)\b",
            re.IGNORECASE,
        ),
        lambda m: (
            f"{m[2]} {m[3]}"
            if re.search(
                r"\b(?:compress|shrink|squeeze|reduce|get|bring|make)\b[^,;:.]*$",
                m.string[: m.start()],
                re.IGNORECASE,
            )
            and float(m[1]) < float(m[2])
            else m[0]
        ),
    ),
    # "remove the 9 second silence at the start": those seconds of it
    (
        re.compile(
            r"\bthe (\d+(?:\.\d+)?)[ -]?(second|sec|s|minute|min|m)s? (?:long )?(silence|pause|"
            r"black screen|blank screen|black)"
            r"(?= (?:at|in) the (?:very )?(?:start|beginning|end)\b)",
            re.IGNORECASE,
        ),
        lambda m: (
            f"the {m[1]} {'minutes' if m[2].lower().startswith('m') else 'seconds'} of {m[3]}"
        ),
    ),
    # "remove the black first frame": the first frame, what it is like said of it
    (
        re.compile(
            r"\bthe (?:(?:black|blank|empty|white|green|grey|gray|corrupt(?:ed)?|broken|glitchy)"
            r"(?:/| or | and )?)+ (first|last|final) frame\b",
            re.IGNORECASE,
        ),
        r"the \1 frame",
    ),
    # "remove the audio while compressing it": both done
    (
        re.compile(
            r",? (?:while|when|whilst) (compress|shrink)ing (it|the (?:video|file|clip))"
            r"(?=[:;,.!?]|$)",
            re.IGNORECASE,
        ),
        r" and \1 \2",
    ),
    # "at 24 fps rather than 25": the rate it has now, said after the one asked for (and
    # checked against the file, as "instead of" is)
    (
        re.compile(
            r"\b(\d+(?:\.\d+)? ?fps),? rather than (\d+(?:\.\d+)?)"
            r"(?: ?fps)?(?=[\s:;,.!?]|$)",
            re.IGNORECASE,
        ),
        r"\1 instead of \2",
    ),
    # "resize it down to 680 max, width or height", "so the longest side is 720": inside a
    # square of that side, the shape kept
    (
        re.compile(
            r"\b((?:resize|rescale|scale|shrink|downscale|downsize)(?: it| the (?:[\w'-]+ ){0,2}?"
            r"(?:video|clip|file|recording|footage|gif))?(?: down)?) "
            r"(?:to (\d{2,5})(?: ?px| pixels)? "
            r"max(?:imum)?,? (?:(?:on |for |in )?(?:the )?(?:width or height|height or width|"
            r"either side|each side|either dimension|the long(?:er|est) side|whichever is "
            r"(?:larger|bigger|longer|greater)))?|so (?:that )?(?:the |its )?long(?:er|est) "
            r"(?:side|edge|dimension) is (?:at most |no more than |max )?(\d{2,5})"
            r"(?: ?px| pixels)?)"
            r"(?=[\s:;,.!?]|$)",
            re.IGNORECASE,
        ),
        lambda m: f"{m[1]} to at most {m[2] or m[3]}x{m[2] or m[3]}",
    ),
    # "convert it to ogg at a slightly lower quality that still sounds good": the format, and
    # a smaller file
    (
        re.compile(
            r"\b(to (?:an? )?\.?[a-z0-9]{2,5}(?: vorbis)?) (?:at|in|with) (?:a )?"
            r"(?:slightly |a bit |a little )?"
            r"lower quality(?: that (?:still )?(?:sounds|looks) (?:good|fine|ok|okay|decent|"
            r"acceptable))?(?=[:;,.!?]|$)",
            re.IGNORECASE,
        ),
        r"\1, lower quality",
    ),
    # "make the video for my instagram ad 1:1": the shape, then what it is for
    (
        re.compile(
            r"\b((?:make|crop|resize|convert|turn|format|reformat) (?:the |my |this )?"
            r"(?:video|clip)) "
            r"(for (?:my |our |an? |the )?[\w ]{2,30}?) (\d+ ?: ?\d+|square|vertical|horizontal)"
            r"(?=[\s:;,.!?]|$)",
            re.IGNORECASE,
        ),
        r"\1 \3 \2",
    ),
    # "remux it to the MP4 container": that kind of file
    (
        re.compile(r"\b(?:to|into) (?:the |an? )?(mp4|mkv|mov|webm|m4v) container\b", re.I),
        r"to \1",
    ),
    # "copy the clip into a new MP4": the same, in that kind of file
    (
        re.compile(
            r"\bcopy (it|the (?:[\w-]+ ){0,3}?(?:video|clip|recording|file|footage)) (?:in)?to an? "
            r"(?:new )?\.?(mp4|mkv|mov|webm|m4v)(?: file| container)?\b",
            re.IGNORECASE,
        ),
        r"convert \1 to \2",
    ),
    # "need this in 720p", "i want the video under 8mb": made so
    (
        re.compile(
            r"(?:^|(?<=[.;:!?] ))(?:i'm |i am |i )?(?:gonna |gotta |going to |will |i'll )?"
            r"(?:i )?(?:need|want) (?:it|this(?: one)?|that(?: one)?|the (?:video|clip|file)|this "
            r"(?:video|clip|file)) (?=(?:in|at|as|under|below) \S)",
            re.IGNORECASE,
        ),
        "make it ",
    ),
    # "get the output at 24 fps": made that rate
    (
        re.compile(
            r"\b(?:get|have|want) (?:the (?:output|result|video|export)|it) (?:at|in) "
            r"(?=\d+(?:\.\d+)? ?fps\b)",
            re.IGNORECASE,
        ),
        "make it ",
    ),
    # "convert it to an MP4 that plays in WhatsApp": that format, in the codec players take
    (
        re.compile(
            r"\b(to|into|as|it) (an? )?(mp4|m4v|mov)(?: file| video)? (?:that|which) (?:plays|will "
            r"play|can play|works|will work|opens|can be played)(?: fine| properly| correctly)? "
            r"(in|on) ",
            re.IGNORECASE,
        ),
        lambda m: f"{m[1]} {m[2] if m[1].lower() == 'it' else ''}{m[3]} and make it play {m[4]} ",
    ),
    # "Fr. Henry", "Dr. Smith": a title, its period no end of a sentence
    (re.compile(r"\b(Fr|Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Rev|Mt)\.(?= [A-Z])"), r"\1"),
    # "speed it up, not with a player like vlc": the file changed, as every edit does
    (
        re.compile(
            r",? (?:and )?not (?:just )?(?:with|in|using|by|through|via) (?:a |the |my )?"
            r"(?:media |video )?(?:player|app|program|viewer)(?: (?:like|such as) [\w .-]+?)?"
            r"(?=[:;.!?]|$)",
            re.IGNORECASE,
        ),
        "",
    ),
    # "the GIF image file of 50 MB": its size said after it, as before it
    (
        re.compile(
            r"\b(the|my|this|our) ((?:[\w-]+ ){0,2}?(?:video|clip|file|gif|recording|movie)"
            r"(?: file)?) of (\d+(?:\.\d+)? ?(?:mb|gb|kb|megabytes|gigabytes))\b",
            re.IGNORECASE,
        ),
        r"\1 \3 \2",
    ),
    # "the 80 MB file", "the 1080p mp4 file": the video, what it is said before "file"
    (
        re.compile(
            rf"\b(?P<det>the|this|my|our) (?P<facts>(?:{lexicon.STATED_FACT} ){{1,3}})"
            r"(?:(?P<fmt>mp4|mov|mkv|webm|avi|gif) )?file\b",
            re.IGNORECASE,
        ),
        lambda m: f"{m['det']} {m['facts']}{m['fmt'] or 'video'}",
    ),
    # "throw away every 2nd frame": every other one (never the frame at a time)
    (re.compile(r"\bevery (?:2nd|second) frame\b", re.IGNORECASE), "every other frame"),
    # "1080*1920": a size, said with a star
    (re.compile(r"\b(\d{3,5}) ?\* ?(\d{3,5})\b"), r"\1x\2"),
    (_BOTH_FADES, "fade in and out"),
    # "get rid of the intro (first 15 seconds)": the part named, then its times in brackets
    (
        re.compile(
            rf"\b{lexicon.PART_NAME.pattern}(?: (?:at|in) the (?:start|beginning|end))? "
            r"\((?:the )?(?P<t>(?:first|last|final|opening|closing) [^()]{1,30})\)",
            re.IGNORECASE,
        ),
        lambda m: f"the {m['t']}",
    ),
    # "convert it to an mp4: 720x480 at 30 fps": the format, then the rest of what it is to be
    (re.compile(r"\b(mp4|m4v|mov|mkv|webm|avi)\s*:\s*(?=\d)", re.IGNORECASE), r"\1, "),
    # "remove 2 seconds from both the start and the end": from both ends
    # ("cut a second off the start and the end": off both ends)
    (
        re.compile(
            r"\b(from|off)(?: both)? (?:the )?(?:start|beginning) and (?:the )?end\b",
            re.IGNORECASE,
        ),
        r"\1 both ends",
    ),
    (_FADES_OF, lambda m: f"fade {m['what']} in and out"),
    # "convert it to 720p mp4": the size and the format
    (
        re.compile(
            r"\b(?<=to )(\d{3,4}p|4k) \.?(mp4|webm|mov|mkv|avi|gif)\b(?! (?:file|video|clip)s?\b)",
            re.IGNORECASE,
        ),
        r"\1, as \2",
    ),
    # "fade it in and out, with a fade length of 1.25 seconds": how long each fade is
    (
        re.compile(
            r",?\s+with (?:a |the )?fades? (?:length|duration|time)s? (?:of )?"
            r"(\d+(?:\.\d+)? ?(?:s|secs?|seconds?|ms))\b",
            re.IGNORECASE,
        ),
        r", \1 each",
    ),
    # "a fade in and fade out of 1 second each": how long each is, said of them all
    (
        re.compile(
            r" (?:of|for|lasting|over) (\d+(?:\.\d+)? ?(?:s|secs?|seconds?|ms)) each\b",
            re.IGNORECASE,
        ),
        r", \1 each",
    ),
    # "convert 60fps to 30fps", "upscale 720p to 1080p": from what it has (a fact, checked)
    # to what is wanted
    (
        re.compile(
            r"\b(convert|change|go|reduce|lower|drop|bring)( it| the video)? (\d+(?:\.\d+)?) ?fps "
            r"(?:to|into|->) (?=\d+(?:\.\d+)? ?fps\b)",
            re.IGNORECASE,
        ),
        r"\1\2 from \3 fps to ",
    ),
    (
        re.compile(
            r"\b(convert|change|go|reduce|scale|resize|upscale|downscale|bring)( it| the video)?"
            r"(?: (?:up|down))? (\d{3,4}p|4k) (?:to|into|->) (?=(?:\d{3,4}p|4k)\b)",
            re.IGNORECASE,
        ),
        r"\1\2 from \3 to ",
    ),
    # "a webm file of 2MB or less", "a 2MB webm": the format, and the size to stay under
    (
        _FORMAT_AND_SIZE,
        lambda m: f"{m['a'] or ''}{m['f'] or m['f2']}, under {m['s'] or m['s2']}",
    ),
    # "with ffmpeg's nlmeans filter": the filter, whose it is said
    (
        re.compile(
            r"\b(?:the )?ffmpeg(?:'s| ) ?(?=[\w-]+(?:(?: or | and |/)[\w-]+)* filters?\b)",
            re.IGNORECASE,
        ),
        "the ",
    ),
    # ", rescaling to 600 px wide": how the result is, said as what is done on the way
    (
        re.compile(
            r",\s*(?:while |and )?(?:re)?(scal|resiz)ing(?= (?:it |them )?(?:down |up )?to\b)",
            re.IGNORECASE,
        ),
        r", \1ed",
    ),
    (
        _FADES_RESPECTIVELY,
        lambda m: f"fade in{m['a']} at the start and fade out{m['b']} at the end{m['of'] or ''}",
    ),
    # "speed it up to 1.25x, applied to both video and audio": a speed change plays both
    (
        re.compile(
            r"(\b(?:speed|slow|faster|slower|fast|[\d.]+ ?[x×])[^,;:]*?),?\s*(?:applied|done) "
            r"(?:to|on) (?:both )?(?:the )?(?:video|picture) (?:and|&) (?:the )?(?:sound|audio)\b",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    # "the mp4 video I've transcoded": what the person did to it, said of it
    (
        re.compile(
            r"\b((?:the|this|my) (?:[\w.-]+ ){0,3}?(?:video|clip|recording|movie|film|footage|"
            r"file)) (?:that |which )?(?:i|we)(?:'ve| have|'d| had)? (?:just |already |recently )?"
            r"(?:[a-z]{3,}ed|shot|made|taken|got|built|done|sent)(?: (?:vertically|horizontally|"
            r"sideways|upside down|in portrait(?: mode)?|in landscape(?: mode)?))?(?: (?:on|with) "
            r"(?:my|a|the|our) [a-z]+)?(?=\s*(?:$|[,;:.()]|and\b|but\b| as\b))",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    # "3 seconds into the video": at that time ("from 3 minutes 30 seconds into the video":
    # from then)
    (
        re.compile(
            r"\b(?P<from>(?:from|starting at|starting|beginning at|after) )?"
            r"(?P<about>(?:about|around|roughly|approximately) )?(?P<t>(?:\d+ ?"
            r"(?:h|hours?|m|mins?|minutes?),? (?:and )?)?\d+(?:\.\d+)? ?(?:s|secs?|seconds?|mins?|"
            r"minutes?)) into "
            r"(?:the|this|my) (?:[\w-]+ ){0,2}?(?:video|clip|recording|movie|film|footage)\b",
            re.IGNORECASE,
        ),
        lambda m: (
            f"{m['from']}{m['about'] or ''}{m['t']}"
            if m["from"]
            else f"at {m['about'] or ''}{m['t']} of the video"
        ),
    ),
    # "letterbox the 10:9 video for my 4:3 screen": the shape it is to have
    (
        re.compile(
            rf"\bfor (?:my|a|the|our|an?) ({lexicon.RATIO_FACT}|\d+(?:\.\d+)?:\d+) "
            r"(?:screen|display|monitor|tv|television|projector)\b",
            re.IGNORECASE,
        ),
        r"to \1",
    ),
    # "to 25 fps with the 4% speedup", "back to 24 fps via a slowdown by 4.167%": the frame
    # rate, and the speed changed with it
    (
        re.compile(
            r",?\s*\b(?:with|via|by|using|through) (?:the |a |an )?(?P<n>\d+(?:\.\d+)?) ?%"
            r" (?P<way>speed ?-?up|slow ?-?down)\b",
            re.IGNORECASE,
        ),
        _speed_by_percent,
    ),
    (
        re.compile(
            r",?\s*\b(?:with|via|by|using|through) (?:the |a |an )?(?P<way>speed ?-?up|"
            r"slow ?-?down) (?:of|by) (?P<n>\d+(?:\.\d+)?) ?%",
            re.IGNORECASE,
        ),
        _speed_by_percent,
    ),
    # "flip the orientation so that the video is right-side-up again", "turn it right side up":
    # the turn that undoes upside down, when the request says it is (never a volume "turned
    # up"); otherwise which way it lies is asked
    (
        re.compile(
            r"\b(?:(?:flip|fix|correct|change|turn|rotate|switch) (?:the |its )?orientation(?: of "
            r"(?:it|the video))?(?:,? so (?:that )?(?:it|the video) (?:is|will be|ends up) "
            r"right[- ]side[- ]up(?: again)?)?|(?:turn|make|get|put|flip|rotate|set) "
            r"(?:it|this|the (?:[\w'-]+ ){0,3}?(?:video|clip|footage|recording|movie|film|"
            r"boomerang)) (?:back )?"
            r"(?:(?:the )?right[- ]side[- ]up|the right way up)(?: again)?)",
            re.IGNORECASE,
        ),
        lambda m: (
            "rotate it 180 degrees"
            if re.search(r"upside[- ]?down|\b180 ?(?:°|degrees?|deg)\b", m.string, re.I)
            else _lies(m)
        ),
    ),
    # "convert the 60fps video back to 23.970": a usual frame rate, said without its unit in a
    # request about frame rates
    (
        re.compile(
            r"\b((?:back )?to|(?:output|source|input|render|export|result)(?: is| should be)? at) "
            r"(23\.97[06]?|24|25|29\.97|30|48|50|59\.94|60)(?![\d.:])(?! ?(?:fps|p\b|%"
            r"|x\b|s\b|secs?\b|seconds?|mins?\b|minutes?|frames?|db\b|mb\b|kb\b|gb\b|px|pixels?"
            r"|percent|times|hours?))",
            re.IGNORECASE,
        ),
        lambda m: f"{m[1]} {m[2]} fps" if re.search(r"fps\b|frame ?rate", m.string, re.I) else m[0],
    ),
    # "and another 4 seconds at the end": the last so many seconds too
    (
        re.compile(
            r"\band another (\d+(?:\.\d+)? ?(?:s|secs?|seconds?|mins?|minutes?)) (?:at|from|off) "
            r"the end\b",
            re.IGNORECASE,
        ),
        r"and the last \1",
    ),
    # "the first five and the last five scenes": the unit said once, of both
    (
        re.compile(
            r"\b((?:the )?(?:first|last|final|opening|closing) )(\d+(?:\.\d+)?|one|two|three|four|"
            r"five|six|seven|eight|nine|ten|twenty|thirty)( (?:and|&) (?:the )?(?:first|last|final|"
            r"opening|closing) (?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"twenty|thirty) (scenes?|shots?|frames?|seconds?|secs?|minutes?|mins?)\b)",
            re.IGNORECASE,
        ),
        r"\1\2 \4\3",
    ),
    # "cut the frame, leaving only the left half on screen": the part kept
    (
        re.compile(
            r"\b(?:crop|cut)(?: (?:it|the (?:video |picture )?frame|the picture|the video))?,? "
            r"leaving (?:only|just) (the (?:left|right|top|bottom|upper|lower) (?:half|third|two "
            r"thirds|quarter))(?: (?:on screen|visible|in the picture|in view))?",
            re.IGNORECASE,
        ),
        r"crop it to \1",
    ),
    # "change the contrast of the video, like -vf "eq=contrast=2.0"": the value, as ffmpeg says
    (
        re.compile(
            r",?\s+(?:just )?(?:like|as with|as in)\s+(?=[\"']?-(?:vf|af|filter)|[\"']?[a-z]+=)",
            re.IGNORECASE,
        ),
        ": ",
    ),
    # "make it 1920x1080, but keep its aspect ratio and fill the unused space with black":
    # bars of that colour
    (
        re.compile(
            r",?\s*(?:(?:but |and )?(?:keep|fix|preserve|maintain) (?:its|the) aspect ratio,? )?"
            r"(?:and |but )?fill (?:the|any) (?:unused |empty |remaining |extra |leftover |free )?"
            r"(?:space|area|parts?|rest|gaps?)(?: around it)? with (black|white|gr[ae]y)\b",
            re.IGNORECASE,
        ),
        r" with \1 bars",
    ),
    # "…, so I can get the 60s clip under 100mb to upload it", "so that it is under 25 MB": a
    # size the result is to stay under, said as what it is for
    (
        re.compile(
            r",?\s*so (?:that )?(?:(?:i|we|you) can (?:get|have|keep|make|fit|upload|send|share|"
            r"post) (?:it|them|the (?:[\w-]+ ){0,2}?(?:video|clip|file|result|gif))|(?:it|the "
            r"(?:[\w-]+ ){0,2}?(?:video|clip|file|result|gif)) (?:is|gets|stays|fits|will be|comes "
            r"out))(?: in)? (?:under|below|less than|smaller than|within) "
            rf"(\d+(?:\.\d+)? ?(?:{lexicon.SIZE_UNITS}))\b",
            re.IGNORECASE,
        ),
        r" and compress it to under \1,",
    ),
    # "export the trim of my captured 1440p as 1080p": the video, named by its lines
    (re.compile(r"\bthe (?:trim|cut|edit|export) of (?=(?:my|the|this) )", re.IGNORECASE), ""),
    (
        re.compile(
            r"\b((?:my|the|this) (?:(?:captured|recorded|exported|original|raw|source|old|new|"
            r"final|edited) ){0,2}(?:\d{3,4}p|4k))(?= (?:as|to|into|at) )",
            re.IGNORECASE,
        ),
        r"\1 video",
    ),
    # "make it louder, up to 120%": the level it is to have
    (
        re.compile(
            r"\bmake (it|the (?:audio|sound|video|clip)) (?:a bit |a little |much |a lot )?"
            r"(?P<way>louder|quieter|softer),?\s+(?:up |down )?to (\d+(?:\.\d+)? ?%)",
            re.IGNORECASE,
        ),
        lambda m: (
            f"{'increase' if m['way'].lower() == 'louder' else 'reduce'} the volume to {m[3]}"
        ),
    ),
    # "the first few seconds (~5 seconds or so)": the number given for "few"
    (
        re.compile(
            r"\b(the (?:first|last|final) )few (seconds?|minutes?) \((?:~ ?|about |around |"
            r"roughly |approx\.? |approximately )?(\d+(?:\.\d+)?) ?"
            r"(?:s|secs?|seconds?|mins?|minutes?)?(?: or so)?\)",
            re.IGNORECASE,
        ),
        r"\1\3 \2",
    ),
    (re.compile(r"(?<![\w~])~ ?(?=\d)"), "about "),
    # "merge the 2 mp4 videos, this one and the other": which they are, said again
    (
        re.compile(
            r"(\b(?:merge|join|combine|concatenate|stitch)\b[^,;:]*?),\s*(?:this one|this video|"
            r"the video) and (?:the other(?: one| video| clip)?|that one)\b",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    # "merge the video with the audio: add the audio to the muted video": the sound added
    (
        re.compile(
            r"\b(?:merge|combine|mux|join) the video (?:with|and) the (?:audio|sound)"
            r"(?: file| track)?(?=\s*[:;]\s*(?:add|put|use))",
            re.IGNORECASE,
        ),
        "add the audio",
    ),
    # "24 hours played back as 1 hour": its length, and the length it is to last
    (
        re.compile(
            rf"\b({_T_}) (?:played back|played|shown|condensed|compressed|squeezed|sped up) "
            rf"(?:as|in|into|to) ({_T_})\b",
            re.IGNORECASE,
        ),
        r"speed the \1 video up so it lasts \2",
    ),
    # "crop the black bars from the 1920x1080 video that is actually 4:3": the shape inside
    (
        re.compile(
            r"\bcrop (?:out |off |away )?the (?:black )?(?:bars|borders|bands)(?: from| of| off) "
            r"(the (?:[\w-]+ ){0,3}?(?:video|clip|movie|footage)) (?:that|which) is (?:actually|"
            rf"really|in fact) ({lexicon.RATIO_FACT})\b",
            re.IGNORECASE,
        ),
        r"crop \1 to \2",
    ),
    # "to 720P 30fps": the lines, then the rate
    (
        re.compile(r"\b(to|into|as) (\d{3,4}p) (\d+(?:\.\d+)? ?fps)\b", re.IGNORECASE),
        r"\1 \2 at \3",
    ),
    # "the video shot in 1080P 120fps": what it is, said of it (checked against the file)
    (
        re.compile(
            r"\bthe (video|clip|recording|footage|movie) (?:shot|recorded|filmed|captured) "
            r"(?:in|at) ((?:\d{3,4}p|4k)(?:,? (?:at )?\d+(?:\.\d+)? ?fps)?|\d+(?:\.\d+)? ?fps)\b",
            re.IGNORECASE,
        ),
        r"the \2 \1",
    ),
    # "create a single file by joining this video and the other one": the joining
    (
        re.compile(
            r"\b(?:create|make|produce|get|output) (?:a |one )?(?:single |new |combined )?(?:file|"
            r"video|clip|mp4|movie) by (joining|merging|combining|concatenating|stitching|"
            r"appending)\b",
            re.IGNORECASE,
        ),
        lambda m: _JOINING[m[1].lower()],
    ),
    # "a GIF that is smooth, clear and of moderate size": how it should come out, as a GIF
    # does anyway
    (
        re.compile(
            r"\b(an? (?:[\w-]+ )?gif) (?:that|which) (?:is|looks) (?:(?:,|,? and) ?|smooth|clear|"
            r"crisp|sharp|good|nice|of (?:a )?(?:moderate|reasonable|decent|good) (?:size|quality)"
            r"| )+"
            r"(?=[,;:]|$)",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    # "for the video thumbnail, take 5 seconds from the middle": what it is for, said first
    (
        re.compile(
            r"^\s*for (?:the|a|my) (?:video )?(?:thumbnail|preview|intro|trailer|teaser|story|"
            r"reel)s?,\s*(?=[a-z])",
            re.IGNORECASE,
        ),
        "",
    ),
    # "in my opinion, this is the most-used transition": whose view follows
    (re.compile(r"\b(?:in my opinion|in my experience|imo|personally),\s*", re.IGNORECASE), ""),
    # "…: on the contrary, it reduces the average": a connector, no clause of its own
    (re.compile(r"\b(?:on the contrary|as a matter of fact),\s*", re.IGNORECASE), ""),
    # "not all videos have relevant audio, such as loud background noise, breathing noises":
    # examples of what a statement says, no edit
    (
        re.compile(r",?\s*such as [^:;.]+?(?=$|[:;.])", re.IGNORECASE),
        lambda m: "" if _after_a_statement(m) else m[0],
    ),
    # "fade it out instead, for a smoother transition": what the edit is for
    (
        re.compile(
            r",?\s*for an? (?:smoother|softer|nicer|cleaner|better|gentler|more natural) "
            r"(?:transition|ending|end|finish|effect|look|result)\b",
            re.IGNORECASE,
        ),
        "",
    ),
    # "force the video to 30fps instead of its higher frame rate": the rate it has, unnamed
    (
        re.compile(
            r"\s+instead of (?:its|the) (?:higher|current|original|native|existing|default|usual) "
            r"(?:frame ?rate|fps|resolution|size|speed)\b",
            re.IGNORECASE,
        ),
        "",
    ),
    # "make the thumbnail from the middle, not from the first frame": where the still is not
    (
        re.compile(
            r"(\b(?:thumbnail|thumb|poster|still)\b[^.;:]*?),?\s*(?:and )?not (?:from|at) the "
            r"(?:first|last|opening) frames?\b",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    # "…, to indicate "...and so it went on"": what the edit is to say, no text to draw
    (
        re.compile(
            r",?\s*to (?:indicate|signal|suggest|imply|express|convey) (?:that )?\x00\d+\x00",
            re.IGNORECASE,
        ),
        "",
    ),
    # "where it shows 'session restored'": what is seen in the part, never a text to draw
    (
        re.compile(
            r"\b((?:where|when|in which) (?:it|the (?:video|screen|picture)) (?:shows|says|reads|"
            r"displays)) (?:\x00\d+\x00|`[^`]{1,60}`)",
            re.IGNORECASE,
        ),
        r"\1 a message",
    ),
    # "up to 120% as the VLC player allows": what another tool does, said to compare
    (
        re.compile(
            r"\s+as (?:the |my |a )?[\w -]{1,25}? (?:allows|does|lets you|shows it|plays it|offers|"
            r"can)\b(?=\s*(?:$|[,;:.]))",
            re.IGNORECASE,
        ),
        "",
    ),
    # "the first 5 seconds from the start of the screenshare demo": the start said twice
    (
        re.compile(
            rf"\b(the (?:first|opening) {_T_}) from the (?:very )?(?:start|beginning)(?: of "
            r"(?:the|this|my) (?:[\w-]+ ){0,2}?(?:video|clip|recording|demo|screencast|footage|"
            r"movie))?",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    # "so that I can then burn it to DVD": what it is for, a disc, no edit
    (
        re.compile(
            r",?\s*so (?:that )?(?:i|we) can (?:then )?burn (?:it|them) (?:to|onto|on) (?:an? )?"
            r"(?:dvd|disc|cd|blu-?ray)s?(?: with [\w ]{1,30})?",
            re.IGNORECASE,
        ),
        "",
    ),
    # "a smooth timelapse, regardless of motion": how it is done anyway
    (
        re.compile(r",?\s*regardless of (?:the )?(?:motion|movement|content|what happens)\b", re.I),
        "",
    ),
    # "[not slow motion]": square brackets as round ones, when they hold words (ffmpeg's
    # labels, "[0:v]", stay as they are)
    (re.compile(r"\[([a-z][a-z ,'-]{2,60})\]", re.IGNORECASE), r"(\1)"),
    # "change the 25 fps of the PAL-DVD back to 24 fps": the rate it has (a fact, checked),
    # and the one wanted
    (
        re.compile(
            r"\b(change|convert|bring|turn|set|put|get) the (\d+(?:\.\d+)?) ?fps(?: frame ?rate)? "
            r"of (?:the|this|my) (?:[\w-]+ ){0,3}?[\w-]+ (?:back )?to (?=\d)",
            re.IGNORECASE,
        ),
        r"\1 it from \2 fps to ",
    ),
    # "the 1080p60 recording at 1080p25": the lines and the frame rate, as cameras name them
    # (the lines the video has already are no change)
    (
        re.compile(
            # ("export it at 720p 60": the same, a space between)
            r"\b(?P<p>\d{3,4})p ?(?P<r>23\.976|24|25|29\.97|30|48|50|59\.94|60|100|120)\b"
            r"(?! ?(?:fps|frames?|%|mb|gb|kb|seconds?|secs?|s|minutes?|mins?|x|px|pixels?|hz|"
            r"times|percent)\b)",
            re.IGNORECASE,
        ),
        lambda m: (
            f"{m['r']} fps"
            if (picture := _picture.get()) and int(m["p"]) == min(picture[0], picture[1])
            else f"{m['p']}p at {m['r']} fps"
        ),
    ),
    # "to half size (960:540)": the size in pixels said again, when it is that size
    (
        re.compile(
            r"\b(?P<f>half|a third of|a quarter of|double|twice)(?P<the> the| its)? (?P<what>size|"
            r"resolution)\s*\(\s*(?P<w>\d{2,5})\s*[:x×]\s*(?P<h>\d{2,5})\s*\)",
            re.IGNORECASE,
        ),
        lambda m: f"{m['f']}{m['the'] or ''} {m['what']}" if _size_of(m) else m[0],
    ),
    # "compress the .avi file to .mp4": the format, in a smaller file
    (
        re.compile(
            r"\bcompress (it|(?:the|this|my) (?:[\w.-]+ ){0,3}?(?:video|file|clip|recording|movie|"
            r"footage)) (?:in)?to (?:an? )?\.?(mp4|m4v|mov|mkv|webm)(?: file| video)?\b",
            re.IGNORECASE,
        ),
        r"convert \1 to \2 and make the file smaller",
    ),
    # "keep only this part of the video: 00:22 - 00:32": the part, by its times
    (
        re.compile(
            r"\b(?:this|that|the following) (?:part|section|segment|bit|portion)(?: of (?:the|this|"
            r"my) (?:video|clip|recording))?\s*[:;]?\s*(?=\d+(?::\d+)*(?:\.\d+)? ?(?:-|–|to) ?\d)",
            re.IGNORECASE,
        ),
        "",
    ),
    # "the 10 MB file size limit of the unpaid nostr.build account": the limit, whose it is
    (
        re.compile(
            r"\b(limit|cap|maximum) (?:of|on|for) (?:the |my |our |a |an )?(?:[\w.'-]+ ){0,4}?"
            r"(?:account|server|platform|site|website|service|plan|tier|app|channel|instance)\b",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    # "add, say, a 1-second fade": a hedge between commas is no clause
    (
        re.compile(
            r"\s*,\s*(?:say|let's say|let us say|maybe|perhaps|for example|for instance|e\.g\.)"
            r"\s*,\s*",
            re.IGNORECASE,
        ),
        " ",
    ),
    # "save it as a gif at half the size": the GIF, and the size it has (a GIF's own "at" is its
    # frame rate)
    (
        re.compile(
            r"\b(gifs?\b[^,;:.()]*?) at (half|a third of|a quarter of|double|twice) (?:the |its )?"
            r"(size|resolution)\b",
            re.IGNORECASE,
        ),
        r"\1, \2 the \3",
    ),
    # "a GIF at 30fps @ 2x speed": "@" read as "at"
    (re.compile(r"(?<=\s)@(?=\s*\d)"), "at"),
    # "make a gif at twice the speed", "a gif of the video that goes at twice the speed": the
    # GIF, and the speed it plays at (a GIF's own "at" is its frame rate)
    (
        re.compile(
            rf"\b(gifs?\b[^,;:.()]*?)(?: (?:that|which) (?:goes|plays|runs|moves))? "
            rf"(at {_SPEED_SAID})",
            re.IGNORECASE,
        ),
        r"\1, \2",
    ),
    # "play it backwards four times in a row": backwards, and played that many times
    (
        re.compile(
            r"\b((?:play|run) (?:it|them|the (?:[\w-]+ ){0,3}?(?:video|clip|gif)) (?:backwards?|"
            r"in reverse|reversed)) ((?:\d+|two|three|four|five|six|seven|eight|nine|ten) times"
            r"|twice|thrice)\b",
            re.IGNORECASE,
        ),
        r"\1 and play it \2",
    ),
    # "crop the black borders of around 30px each at the top and bottom": the pixels to take
    # off those sides
    (
        re.compile(
            r"\b(?:the )?(?:black )?(?:borders?|bars?|edges?) of ((?:about |around |roughly )?"
            r"\d+ ?(?:px|pixels?))(?= (?:each )?(?:at|from|off|on|of) )",
            re.IGNORECASE,
        ),
        r"\1",
    ),
    (re.compile(r"\b(\d+ ?(?:px|pixels?)) each(?= (?:at|from|off|on|of) )", re.IGNORECASE), r"\1"),
    # "trim the video to maximum 15 secs", "to 15 seconds max": the length to cut it to
    (
        re.compile(
            rf"\bto (?:a )?(?:maximum|max|at most)(?: of)? (?={_T_}(?![\w:.]))", re.IGNORECASE
        ),
        "to ",
    ),
    (
        re.compile(rf"(?<=\bto )({_T_}) (?:max|maximum|at most|tops|at the most)\b", re.IGNORECASE),
        r"\1",
    ),
    # "reduce the size of the video from 1280x720 to 512x288": what it is (a fact, checked
    # against the file), then the size wanted
    (
        re.compile(
            r"\b((?:the|this|my) (?:[\w-]+ ){0,4}?(?:video|clip|movie|film|recording|footage)) "
            r"from (\d{3,5} ?x ?\d{3,5}) to (?=\d{3,5} ?x ?\d{3,5})",
            re.IGNORECASE,
        ),
        r"\1, \2, to ",
    ),
    # "compress the video from 100mb to 50 mb": the size it has (the plan never knows the
    # bytes), then the size it is made
    (
        re.compile(
            r"\b((?:compress|shrink|reduce|downsize|squeeze|bring|get|cut)(?: down)? (?:it|the "
            r"(?:[\w-]+ ){0,3}?(?:video|clip|file|movie|recording|footage|size|file ?size))"
            r"(?: down)?) from,? (?:(?:let'?s say|say|like|maybe|about|around|roughly|over|almost)"
            r",? )?"
            rf"(\d+(?:\.\d+)?) ?({lexicon.SIZE_UNITS}) (?:down )?to (?:about |around |roughly |"
            rf"under |below |less than )?(\d+(?:\.\d+)?) ?({lexicon.SIZE_UNITS})\b",
            re.IGNORECASE,
        ),
        lambda m: (
            f"{m[1]} to {m[4]} {m[5]}"
            if lexicon.megabytes(m[2], m[3]) > lexicon.megabytes(m[4], m[5])
            else m[0]
        ),
    ),
    # "make a lighter-weight webm out of the video": that format, and a smaller file
    (
        re.compile(
            r"\b(?:make|create|export|render|give me|i need|i want) (?:a|an) (?:much )?"
            r"(?:lighter[- ]weight|lightweight|lighter|compressed|smaller[- ]sized?|low[- ]size) "
            r"\.?(mp4|webm|mov|mkv|m4v)(?: (?:file|version|copy|video))?(?: (?:out )?of (?:it|the "
            r"(?:[\w-]+ ){0,3}?(?:video|clip|movie|recording|footage)))?",
            re.IGNORECASE,
        ),
        r"convert it to \1, and make the file smaller",
    ),
    # "make it a smaller file: 30fps, 1080p, H.264": the values it is made smaller by
    (
        re.compile(
            r"\b((?:make|get) (?:it|this|the|my)[^,;:.]{0,60}?smaller(?: file| in size)?|reduce "
            r"(?:the |its )?(?:file )?size(?: of [^,;:.]{1,60}?)?)\s*:\s*(?=(?:\d{3,4}p|"
            r"\d+(?:\.\d+)? ?fps|h\.?26[45]|x26[45]|hevc|av1|\d{3,5} ?x ?\d{3,5})(?:\W|$))",
            re.IGNORECASE,
        ),
        r"\1 by making it ",
    ),
    # "cut 0:10-0:20 out as a separate clip": that part, kept on its own (never cut away)
    (
        re.compile(
            r"\b(?:cut|clip|snip|take|pull|split|chop)(?: out(?= ))?( (?:(?! (?:and|then|but|so) )"
            r"[^,;])+?)?"
            r"( out)? (?:as|into) (?:its own|a "
            r"separate|a new|a standalone|an independent|one|a single) (?:video|clip|file|movie|"
            r"part|piece)\b",
            re.IGNORECASE,
        ),
        r"keep\1",
    ),
    # "for my youtube channel: add a fade in": whom or what it is for, said first
    (
        re.compile(r"^for (my|our) ([\w' -]{1,40}?)\s*:\s*(?=\S)(.+)$", re.IGNORECASE),
        r"\3, for \1 \2",
    ),
    # "make it smaller so it can be emailed": small enough for email
    (
        re.compile(
            r"\bsmaller,? so (?:that )?(?:it can be e-?mailed|i can e-?mail it|i can send it (?:by|"
            r"via|in|over|as) (?:an? )?e-?mail(?: attachment)?)\b",
            re.IGNORECASE,
        ),
        "small enough for email",
    ),
    # "brighter and with more contrast": and more of it
    (
        re.compile(r"\band with more (?=contrast|saturation|colou?r|brightness)", re.IGNORECASE),
        "and more ",
    ),
    # "crop the 1080 video": its height, as "1080p" says it
    (
        re.compile(
            r"\b(the|my|this|our) (480|540|576|720|1080|1440|2160) (video|clip|footage|movie|"
            r"recording|film)\b",
            re.IGNORECASE,
        ),
        r"\1 \2p \3",
    ),
    # "make it brighter, like a lot", "can it be louder? a little": how much, said after the
    # comparative, before it
    (
        re.compile(
            rf"\b({_COMPARATIVES})(?:[,?!]| -)? {_OFFERED}({lexicon.LITTLE}|{lexicon.LOT})"
            rf"{_PIECE_ENDS}",
            re.IGNORECASE,
        ),
        r"\2 \1",
    ),
    # "can it be slower? like half speed": the speed, said after the comparative
    (
        re.compile(
            rf"\b(slower)(?:[,?!]| -)? {_OFFERED}(half|a quarter|quarter)(?: (?:the )?speed)?"
            rf"{_PIECE_ENDS}",
            re.IGNORECASE,
        ),
        r"\1 at \2 speed",
    ),
    (
        re.compile(
            rf"\b(faster)(?:[,?!]| -)? {_OFFERED}(?:double|twice)(?: (?:the )?speed)?{_PIECE_ENDS}",
            re.IGNORECASE,
        ),
        r"\1 at double speed",
    ),
)
_SAID_PLAINLY = Rewrites(_SAID_PLAINLY_RULES)


#: "cut only this part: 0:22 - 0:32": the part kept alone, or cut out? ("cut" says either)
_CUT_ONLY = re.compile(
    r"\b(?:cut|clip|snip)(?: out)? (?:(?:only|just) (?P<part>(?:(?:the|this|that) (?:part|section|"
    r"bit|segment|portion)\b|from \d|between \d|\d)[^,;]*)"
    # ("clip out only the first 30 seconds"; "cut just the first few seconds" cuts them)
    r"|only (?P<end>(?:the )?(?:first|last|final|opening|closing) (?:\d|few\b)[^,;]*))",
    re.IGNORECASE,
)


def _cut_only(prompt: str) -> None:
    """NotUnderstood for "cut only <a part>": whether that part is kept alone or cut out is
    asked, with both answers in the person's words."""
    if (m := _CUT_ONLY.search(_protect(prompt)[0])) is not None:
        part = (m["part"] or m["end"]).strip()
        raise NotUnderstood(
            f"'{m[0].strip()}' reads two ways: keep only that part, or cut it out of the video? "
            f"For example: 'keep only {part}' or 'cut out {part}'",
            clause=m[0].strip(),
            suggestions=(f"keep only {part}", f"cut out {part}"),
        )


#: "cut the audio from the video": the sound kept alone, or taken away? ("cut X from Y" says
#: either; a format said, "… in mp3 format", or a sound put in its place says which)
_CUT_THE_SOUND = re.compile(
    r"\bcut (?:out )?(?:the |its )?(?:audio|sound)(?: track)? (?:from|out of|off of|off) "
    r"(?:the |this |my |its )?(?:video|clip|movie|film|recording|footage)\b"
    r"(?! (?:in|as|to|into) )(?![^.;:]* and (?:add|put|use|replace|lay|insert|overlay|swap)\b)",
    re.IGNORECASE,
)


def _cut_the_sound(prompt: str) -> None:
    """NotUnderstood for "cut the audio from the video": whether the sound is kept alone or
    taken away is asked, with both answers."""
    if (m := _CUT_THE_SOUND.search(_protect(prompt)[0])) is not None:
        raise NotUnderstood(
            f"'{m[0].strip()}' reads two ways: keep only the sound, or take the sound away? "
            "For example: 'extract the audio' or 'mute the video'",
            clause=m[0].strip(),
            suggestions=("extract the audio", "mute the video"),
        )


#: A time in quotes after a word of time ('from "01:00:00" to "01:00:10"'): a time, not words
#: to draw ('add the text "12:30"' draws them).
_QUOTED_TIME = re.compile(
    r"\b((?:from|to|at|until|till|between|and|after|before|starting|ending) )[\"“”'‘’]"
    r"((?:\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d+)?)[\"“”'‘’]",
    re.IGNORECASE,
)


def _plan(prompt: str) -> Plan:
    prompt = _QUOTED_TIME.sub(r"\1\2", prompt)
    if (said := _FILE_IS.sub(lambda m: m["ext"] or "", prompt)) != prompt:
        prompt = re.sub(r"(?<=\S)  +(?=\S)", " ", said)
    # (what is quoted is the person's own text, to be drawn as written: never rewritten)
    hidden, quoted = _protect(prompt)
    hidden = _SAID_PLAINLY(hidden)
    prompt = _restore(hidden, quoted)
    prompt = _TO_A_RESULT.sub(", ", prompt)
    prompt = _asides(_interrupted(prompt))
    _cut_only(prompt)
    _cut_the_sound(prompt)
    token = _said.set(prompt)
    try:
        return _plan_read(prompt)
    finally:
        _said.reset(token)


#: A result of sound alone, asked for anywhere in the request: "… and export it as an mp3".
_SOUND_ALONE_ASKED = re.compile(
    r"\b(?:as|to|into|in) (?:an? )?\.?(?:mp3|m4a|aac|wav|ogg|opus|flac)\b|\baudio (?:file|only)\b"
    r"|\b(?:extract|rip|pull out|save) (?:just |only )?the (?:audio|sound)\b",
    re.IGNORECASE,
)


def _size_of_a_bitrate(m: re.Match[str]) -> str:
    """ "reduce the bitrate to 32 mbps" -> "compress it to under 88 mb" for a 22 s video: the
    size that rate gives it; as said when its length is not known."""
    duration = media_duration.get()
    if not duration or re.search(r"\b(?:audio|sound|music|voice|aac|mp3|opus)\b", m[0], re.I):
        return m[0]  # (the sound's bit rate is no size of the file: "the audio bitrate to 128k")
    if _SOUND_ALONE_ASKED.search(m.string):
        # ("reduce the bit rate to 32kbps and export it as an mp3": the sound's, its result
        # sound alone)
        return m[0]
    mbps = float(m["n"]) / (1 if m["u"].lower().startswith("mb") else 1000)
    return f"compress it to under {mbps * duration / 8:.3g} mb"


_A_TIME_LAPSE = re.compile(r"\b(?:time[- ]?lapse|hyper[- ]?lapse)", re.IGNORECASE)


def _one_frame_every(m: re.Match[str]) -> str:
    """ "… using 1 frame per 5 seconds" -> " 150x" for a 30 fps video: the speed that keeps one
    frame in that long; as said when the frame rate is not known."""
    picture = _picture.get()
    sentence = re.split(r"[.;:!?]\s", m.string[: m.start()])[-1]
    if picture is None or not picture[2] or not _A_TIME_LAPSE.search(sentence):
        return m[0]  # (never a contact sheet or a GIF "with one frame every second")
    seconds = float(m["n"] or 1) * (60 if m["unit"].startswith("m") else 1)
    return f" {seconds * picture[2]:g}x"


#: An edit of the video announced, what it is said after: "edit this welcome video".
_EDIT_ANNOUNCED = re.compile(
    r"(?:please )?(?:edit|re-?edit|fix up|rework|work on|process|make changes to) "
    r"(?:the video|it|this|them)(?: for me)?(?: please)?"
    # ("make this video fit the course's specs: 29.97 fps, H.264": the specs are said next)
    r"|(?:please )?(?:make|get) (?:the video|it|this) (?:fit|meet|match|follow|comply with|"
    r"conform to) (?:(?:the|their|our|its|my|your) )?(?:[\w-]+'s )?(?:[\w-]+ ){0,2}?(?:specs|"
    r"specifications|requirements|guidelines|standards)"
    # ("make this video ready for the big screens: the file must be .mov, …", "prepare this
    # video to display in the conference: …": what it is for, the edits said next)
    r"|(?:please )?(?:(?:make|get) (?:the video|it|this) ready|prepare (?:the video|it|this))"
    # (never a platform or a service, which says how: "get it ready for youtube, vertical")
    rf"(?! (?:for|on) (?:the |a |an |my |our )?(?:{PLATFORM_WORDS}|{lexicon.SERVICE_WORDS})\b)"
    r"(?: (?:for|to (?:display|show|play|be shown|be played|be displayed|run|use))(?: (?:it|as|on|"
    r"in|at))?(?: (?:the|a|an|our|their|my))?(?: [\w-]+){1,6})?"
)


#: When what a statement says happened: "after compressing", "after shooting it".
_WHEN_DONE = re.compile(
    r"(?:and |but )?(?:right |just |only )?(?:after|when|while|once) (?:i |we )?"
    rf"(?:{lexicon.MAKING_IT}(?:ing|ed)|shot)(?: it| the video| them)?"
)
#: What was done to the video, said as a past participle: "rotated 180 degrees", "flipped".
_DONE_TO_IT = re.compile(
    r"(?:and |but )?(?:also |even |completely |totally |fully |somehow )?(?:rotated|flipped|"
    r"mirrored|turned|cropped|trimmed|muted|reversed|slowed(?: down)?|sped up|compressed|scaled|"
    r"resized|stretched|squashed|squished|zoomed(?: in)?|inverted|tilted|skewed|shifted|"
    r"delayed|cut off)\b"
)
#: A noun phrase that goes on with a list: "a bit shorter playtime", "more noise".
_LISTED_ON = re.compile(r"(?:and |or )?(?:an?|some|more|less|much|even|lots of|a lot of) ")


#: A value with its unit: "90mb", "30 s", "60 fps", "1280x720" (never a decade: "the '60s").
_MEASURE = re.compile(
    r"(?<!')\b\d+(?:\.\d+)? ?(?:mb|gb|kb|mib|s|secs?|seconds?|mins?|minutes?|fps|%|db|p|x|px)\b"
    r"|\b\d{3,5} ?x ?\d{3,5}\b"
)
#: A clause that says what the edit is for: "so I can …", "so that it …".
_SO_THAT = re.compile(r"(?:and |but )?so (?:that )?(?:i|we|you|it|they|the)\b")


def _goes_on_listing(text: str) -> bool:
    """Whether a clause after a statement only ends the list the statement gave: noun phrases
    ("a bit shorter playtime and faster movements"), the last after "and", no verb of an edit
    and none that ends on how it should be ("a bit louder and brighter" asks)."""
    said = normalize(text)
    items = re.split(r" (?:and|or) ", said)
    return (
        # ("all it filmed was my arms, the handlebar and the road": things, named with whose)
        bool(_LISTED_ON.match(said) or re.match(r"(?:the|my|our|his|her|their) ", said))
        and len(items) > 1
        and not any(w in _verbs() for w in said.split())
        and not any(
            re.search(r"(?:er|ly|please|thanks|too|enough)$", item.strip()) for item in items
        )
    )


def _plan_read(prompt: str) -> Plan:
    if not normalize(prompt):
        raise NotUnderstood(
            "the request is empty; say what to change, e.g. 'cut the first 2 seconds and make "
            "it black and white'"
        )
    read: list[tuple[str, tuple[Operation, ...]]] = []
    unread: str | None = None
    riders: list[tuple[str, lexicon.Rider, re.Match[str], int]] = []
    levels: list[str] = []
    labels: list[str] = []
    vague: list[tuple[str, str]] = []
    aside: list[str] = []  # statements set aside
    declared: list[str] = []  # statements with a subject of several words
    results: list[tuple[str, float]] = []  # lengths the result is said to have
    at_most: list[tuple[str, float]] = []  # lengths it is said to stay under
    # "…, to minimize the runtime": a purpose of a shorter video, checked against the plan
    shorter = _TO_SHORTEN.search(prompt.lower())
    clauses = split_clauses(prompt)
    # ", so that I can start the next one with it": why, said to its end; nothing to do
    stating = False  # whether the clause before was a statement, set aside whole
    said_before = -1  # statements set aside before the clause before this one
    # (", to make it accessible and let viewers watch with the sound off": what it is for, whole)
    for reading, errors in _readings(
        [
            c
            for n, c in enumerate(clauses)
            if not (_only_why(c) or (n and _only_what_for(c)))
            # ("…: after compressing, it came out upside down": when what is said happened)
            and not (n and _WHEN_DONE.fullmatch(c.strip(" ,").lower()))
            # ("edit the class video, keeping only 0:10 to 0:20": the video taken up, how it is
            # edited said next; said last, what to do is asked)
            and not (n + 1 < len(clauses) and _EDIT_ANNOUNCED.fullmatch(normalize(c)))
        ]
    ):
        pieces = " and ".join(text.strip() for text, _ in reading.clauses)
        if stating and _goes_on_listing(pieces):
            # "the speedup gave the music a wrong tone, a bit shorter playtime and faster
            # movements": the list the statement before goes on with, no instruction
            aside.append(pieces)
            continue
        if stating and read and _DONE_TO_IT.match(pieces.strip().lower()):
            # "it came out upside down, rotated 180 degrees": what was done to it, said of the
            # statement before (its fault checked with it), never an edit asked
            aside.append(pieces)
            continue
        asides_before = len(aside)
        stating = False
        for n, (text, ops) in enumerate(reading.clauses):
            stated, said_before = said_before, len(aside) + len(declared)
            if read and _a_tool_does(text):
                # "YouTube crops it", "sometimes OBS cuts videos off": what a tool does, never
                # an instruction; why the request asks, where a reason is given, else asked
                if _gives_why(text, prompt):
                    declared.append(text)
                else:
                    unread = unread or text
                continue
            if (
                ops is None
                and read
                and 0 <= stated < said_before
                and _STATEMENT_GOES_ON.match(text.strip().lower())
            ):
                # "videos at 60fps are file size extensive, and can be divided in half to save
                # space": the statement before, its subject not said again (checked as one)
                declared.append(text)
                continue
            if (
                ops is None
                and read
                and _gives_why(text, prompt)
                and (
                    (0 <= stated < said_before and _WHY_GOES_ON.match(text.strip().lower()))
                    or (
                        _GOOD_FOR.match(text.strip().lower())
                        and not re.search(r"\b(?:to|if)\b", text.lower())
                    )
                )
                and not re.search(r"\d|\"|\.[a-z0-9]{2,4}\b", text)
            ):
                # "right now this is done in post-production, using the likes of Audacity":
                # what the reason before is done with; "would be great for sharing": what the
                # result is good for (the words of an edit in either must be of the edits
                # asked, below)
                declared.append(text)
                continue
            if (
                read
                and _HAPPENED.match(text.strip().lower())
                and {o.name for _, more in reading.clauses[n:] for o in more or ()}
                & {o.name for _, done in read for o in done}
            ):
                # "it played perfectly with the logo": what happened, to the end of its clause,
                # never the edit asked before asked again (the words of an edit and the values
                # in it must be of the edits asked, or the video's own, below; words quoted are
                # never set aside)
                happened = " ".join(t.strip() for t, _ in reading.clauses[n:])
                if '"' in happened:
                    unread = unread or happened
                declared.append(happened)
                break
            if read and (placed := _placing(text, read[-1][1])) is None:
                placed = _modifying(text, *read[-1])
            if read and placed is not None:
                # "add the text 'Hi'. Position it in the bottom left corner", "…, placed at
                # the top", "add logo.png, scaled to 50%": where the thing just put on the
                # picture goes, or how it is (never a second logo when one was given, a
                # description set aside, or the whole video scaled); another place than the
                # one said is refused
                if placed:
                    read[-1] = (f"{read[-1][0]}, {text.strip()}", placed)
                else:
                    unread = unread or text
                continue
            if (
                ops is None
                and text in errors
                # ("I find it tricky … when watching it repeat": a statement, whatever edit
                # words in it could not be done)
                and not (lexicon.states(normalize(text)) and not _wants(text))
            ):
                raise errors[text]
            if ops == () and (said := lexicon.rider(normalize(text))) is not None:
                # ("and join the rest": true of a cut? below)
                riders.append((text, *said, len(read)))
                continue
            if (
                ops is None
                and read
                and (length_of_it := _LENGTH_OF_IT.fullmatch(text.strip(" .").lower()))
                and _gives_why(text, prompt)
            ):
                # ("reduce its size: 10 seconds of video, 300 KB": its length, checked)
                _facts(f"the {length_of_it['n']} {length_of_it['unit']} video")
                continue
            if (
                ops is None
                and _SIZE_OF_A_LENGTH.fullmatch(text.strip(" .()").lower())
                and any(o.name in lexicon.RESULTS["smaller"] for _, found in read for o in found)
            ):
                continue  # ("make it smaller: 30s take about 45MB": how big it is, made smaller)
            if ops is None and read and _SIZE_ALLOWED.fullmatch(text.strip(" .").lower()):
                aside.append(text)  # ("…: only 20 MB were allowed": a size limit, read below)
                continue
            if ops is None and read and (sized := _size_said_after(text, read)) is not None:
                read = sized  # ("make a lower quality version for YouTube, about 30 mb")
                continue
            if ops is None and read and _JUST_THE_VIDEO.fullmatch(text.strip().lower()):
                continue  # "load the subtitles with the video": what the edit before is done to
            if ops is None and read and (each := _EACH.fullmatch(normalize(text))) is not None:
                # "fade in at the start and fade out at the end, 1 second each": the length of
                # every edit just named that takes one
                read = _each_lasting(read, parse_time(each["d"] or each["d2"]), text)
                continue
            if (
                ops is None
                and (
                    length_said := _IS_LONG.fullmatch(text.strip().lower())
                    or _TAKES.fullmatch(text.strip().lower())
                )
                is not None
                and re.search(
                    # (what is in it said between: "the video of the drawing, which takes…")
                    r"(?:video|clip|movie|film|recording|footage)(?: of [a-z' ]{1,60}?)?\W*"
                    + re.escape(text.strip()),
                    prompt,
                    re.IGNORECASE,
                )
            ):
                # ", 40 mins long" after the video: its length, checked against the file
                _facts(f"the {length_said['d']} video")
                continue
            if ops is None and (length := _result_length(text)) is not None:
                # "…, a new video that should be 3 sec": how long the result is said to be,
                # checked against what the plan leaves below
                results.append((text, length))
                continue
            if ops is None and (longest := _result_at_most(text)) is not None:
                # "…, and the one for the blog should be less than a minute": checked below
                at_most.append((text, longest))
                continue
            if (
                ops is None
                and (
                    _DESCRIBES.match(normalize(text))
                    or (lexicon.states(normalize(text)) and not _wants(text))
                )
                # (what it is for, with a value: "so I can get it under 90mb" says how the edit
                # is to be done, never set aside)
                and not (
                    _SO_THAT.match(text.strip().lower())
                    and (_MEASURE.search(text.lower()) or re.search(r"\d:\d\d", text))
                )
                # ("it would be nice for the intro to be shorter": a wish, never set aside)
                and not _WISHED_FOR.search(text.lower())
            ):
                # "my footage is shaky, fix the shake", "it was posted mirrored: flip it": a
                # statement about the video; the clause that asks is read on its own. One
                # that gives a sound level ("which has a noise floor of -33 dB") says how an
                # edit of the sound should be done: checked below. What it says of the file
                # is checked against it.
                _stated(text)
                if _LEVEL.search(normalize(text)):
                    levels.append(text)
                aside.append(text)
                continue
            if (
                ops is None
                # (a number said in words is one too: "the last two seconds at regular speed")
                and not re.search(r"\d|\"", lexicon.OBJECT.sub("the video", text.lower()))
                and not re.search(r"\d", lexicon.OBJECT.sub("the video", normalize(text)))
                and (
                    re.search(re.escape(text.strip()) + _SAID_IN_FULL_AFTER, prompt)
                    # ("make a timelapse of it, regardless of motion: 24 hours as 1 hour")
                    or re.search(re.escape(text.strip()) + r",[^,;:]{1,40}:", prompt)
                    # ("make a timelapse of the video, 20 times real time": the value next)
                    or re.search(re.escape(text.strip()) + _VALUE_NEXT, prompt)
                    # ("make it shorter, only keep the first minute": the result, then how)
                    or (
                        _RESULT_ONLY.fullmatch(normalize(text))
                        and re.search(re.escape(text.strip()) + r"\s*,", prompt)
                    )
                    # ("shorten it a bit and cut it off at 2:36": the part, said next; never a
                    # part whose noun is said after the "and": "cut the first and last 4 …")
                    or (
                        re.search(re.escape(text.strip()) + r",? and (?=[^,;:]*\d)", prompt)
                        and getattr(_asked_for(text), "op", None) in ("trim", "cut")
                        and not re.search(
                            r"\b(?:first|last|final|opening|closing|initial|ending)$",
                            text.strip().lower(),
                        )
                    )
                )
                and (asked := _asked_for(text)) is not None
            ):
                # "trim the video: keep 0:05 to 0:30", "downscale the 82mb video, to satisfy
                # the 50mb limit": the edit named, then said in full? below
                vague.append((text, asked.op))
                continue
            if ops is None and (_only_why(text) or _only_what_for(text)):
                continue  # ", so that I can start the next one with it": why, no edit in it
            if ops is None and read and _a_fault(text.strip().lower()):
                aside.append(text)  # ("…, because the file is too big": an edit must fix it)
                continue
            if ops is None and read and _only_what_for(text, edit_words=True):
                # "…, to prevent manual volume adjustments": what it is for, in words of an
                # edit; they must be of the edits asked (below)
                declared.append(text)
                continue
            if ops is None and read and _means_to(text):
                # "slow it down, I want to study my golf swing": what the person will do with
                # the result; the words of an edit in it must be of the edits asked (below)
                declared.append(text)
                continue
            if ops is None and read and _declares(text, values=True, why=_gives_why(text, prompt)):
                # "Open Camera doesn't appear to allow it to be mirrored by default": a
                # statement; the words of an edit in it must be of the edits asked (below)
                declared.append(text)
                continue
            if ops is None and _restates_vaguely(text):
                continue  # "i.e. only a specified region of the video": the same, again
            if (
                ops is None
                and read
                and _WANTS_THAT_VALUE.fullmatch(text.strip().lower())
                and _values_asked(text, [t for t, _ in read])
            ):
                # "I really need that 16:9 ratio", "my edit should be at 30 fps": the value
                # asked, wanted again (never the video's own: "should be 1080p" of a 1080p
                # video made 720p is another ask)
                continue
            if ops is None and read and lexicon.SIMILE.fullmatch(f" {text.strip().lower()}"):
                continue  # "make it 24 fps, like my Sony a6500 footage": what it is to match
            if (
                ops is None
                and len(_LABEL_HOW.sub("", text.strip().lower()).split()) <= 4
                and not re.search(r"\d", text)
                # ("fix it" is an instruction about something named, never a label; nor is
                # "cut the first", whose noun is missing)
                and not re.search(
                    r"\b(?:it|them|this|that|those|first|last|final|opening|closing|initial)$",
                    text.strip().lower(),
                )
                # (a piece after "and" goes on with its clause: "a fade at the start and end"
                # has no label "end")
                and (
                    len(reading.clauses) == 1
                    or re.search(re.escape(text.strip()) + _LABEL_END, prompt) is not None
                )
            ):
                labels.append(text)  # "picture in picture: overlay cam.mp4 …"? below
                continue
            if (
                ops is None
                and vague
                and vague[-1][1] in ("trim", "cut")
                and re.fullmatch(_RANGE_SAID, normalize(text))
                and (
                    given := _reads(
                        normalize(f"{'keep' if vague[-1][1] == 'trim' else 'cut'} {text}")
                    )
                )
            ):
                # "crop the video to get only a specified range of it: from minute 1 to minute
                # 2": the part the clause before asked for, its times said after it
                ops = tuple(given)
            if ops is None:
                unread = unread or text
                continue
            read.append((text, ops))
        stating = len(aside) - asides_before == len(reading.clauses)
    names = frozenset(op.name for _, ops in read for op in ops)
    known = set().union(*(_words_of(name) for name in names)) if names else set()
    for text, op in vague:
        if op not in names and not _FILLED_BY.get(op, frozenset()) & names:
            # what it needs is not said anywhere: asked for (before the words after it that
            # were taken for its value, "…, 15 seconds before it")
            value_next = re.search(re.escape(text.strip()) + _VALUE_NEXT, prompt) or re.search(
                re.escape(text.strip()) + r",[^,;:]{1,40}:", prompt
            )
            unread = text if value_next else unread or text
        elif _A_PART.search(text.lower()) and not any(
            o.name == op and _has_times(o) for _, ops in read for o in ops
        ):
            # "speed up the sequence of guests walking down the stairs, to double speed": how
            # much is said after it, but not where that part is
            unread = unread or text
    for text in declared:
        # (what the statement says of an edit is said of one asked: "mirror it: the camera app
        # doesn't mirror it by default"; of another, it is read as unread)
        of_edits = {_stem(w) for w in re.findall(r"[a-z]+", text.lower())} & _stemmed_edit_words()
        if _gives_why(text, prompt) and _by_a_tool(text):
            of_edits = set()  # ("sometimes OBS cuts videos off": what a tool does)
        # (a speed said to be wrong is no value of the plan's: checked with the asides below)
        valued = _rejected_speeds(text, [o for _, ops in read for o in ops]) or text
        if not of_edits <= known or not _values_agree(valued, [t for t, _ in read]):
            unread = unread or text
        else:
            aside.append(text)
    for text in aside:
        # ("…, with left and right edges that are zoomed and blurred": how the result is to
        # look, said of it; the words of an edit in it must be of the edits asked)
        of_edits = {_stem(w) for w in re.findall(r"[a-z]+", text.lower())} & _stemmed_edit_words()
        if re.match(r"\s*(?:with|having)\b", text.lower()) and (
            not of_edits <= known
            # ("compress the video with some selected parts only": which parts is asked)
            or re.search(
                r"\b(?:parts?|sections?|segments?|bits|scenes?|portions?|pieces|clips|moments|"
                r"highlights)\b",
                text.lower(),
            )
        ):
            unread = unread or text
        elif (
            _PLACED.search(text.lower())
            and not _PLACE_WORDS & {_stem(w) for w in re.findall(r"[a-z]+", text.lower())} <= known
        ):
            # ("join it with b.mp4: the other one is placed in a corner": where something is
            # put, said of an edit not asked)
            unread = unread or text
        elif _rejected_speeds(text, [o for _, ops in read for o in ops]) is None:
            unread = unread or text  # ("speed it up 4x: 8x is not enough": 4x puts nothing right)
        elif (made := _made_size([o for _, ops in read for o in ops])) is not None and not (
            _sizes_agree(text, [t for t, _ in read], (made,))
        ):
            # ("compress it: why is it so high quality if the game only runs at 1280x720": a
            # size of no edit asked, which may say what size to make it)
            unread = unread or text
    for text in labels:
        label = _label_words(text)
        # (a value, "make it red", "put it at the top", is an instruction, never a label)
        if not label or not label <= known or label & _NO_LABEL_WORDS:
            unread = unread or text  # not a name of what the rest asks for
    if (
        unread is None
        and levels
        and any(
            op.name in _BY_LEVEL and not _AMOUNT_SAID.search(normalize(text))
            for text, ops in read
            for op in ops
        )
    ):
        # a level the edit should follow is not guessed at (one whose own amount is said,
        # "apply a gain of +15 dB", follows it)
        unread = levels[0]
    for text, kind, m, at in reversed(riders):
        if unread is None and not kind.holds(m, _rider_names([o for _, ops in read for o in ops])):
            if joined := _clips_joined(text):
                # ("put them back together" with nothing cut out, clips given: those joined)
                read.insert(at, (text, tuple(joined)))
                continue
            unread = text  # "and join the rest" with nothing cut out: which part goes is asked
    if unread is not None:
        raise _not_understood(unread, [op for _, ops in read for op in ops])
    read = _glossed(read)
    steps: list[Step] = []
    for i, (text, ops) in enumerate(read):
        others = {o.name for j, (_, more) in enumerate(read) if j != i for o in more}
        if _says_why(text) and {o.name for o in ops} <= others:
            # "it's too dark, brighten it by 20%", "reverse it, so it plays backwards": the
            # same edit said again as what is wrong or what it is for; done once
            continue
        if _RESTATED.match(text.strip().lower()):
            # "mute it, i.e. make it black and white": "i.e." says the same, and it is not
            raise _not_understood(
                text, [o for j, (_, more) in enumerate(read) if j != i for o in more]
            )
        steps.extend(Step.of(text.strip(), op) for op in ops)
    if not steps and aside:
        # "the audio is too quiet": what is wrong, but not what to do; edits near its words
        wrong = aside[0].lower()
        tips = tuple(dict.fromkeys(f for p, f, _ in lexicon.COMPLAINTS if p.search(wrong)))
        tips = tips or _suggest(aside[0])
        raise NotUnderstood(
            f"'{aside[0].strip()}' says what the video is like but asks for no change; say what "
            "to do, e.g. " + " or ".join(f"'{t}'" for t in tips[:2]),
            clause=aside[0].strip(),
            suggestions=tips,
        )
    if not steps:
        raise NotUnderstood("the request asks for no change; say what to do to the video")
    steps = _noise_of_the_sound(aside, steps)
    if shorter is not None:
        steps = _made_shorter(steps, shorter[0])
    _asides_answered(aside, steps)
    _turn_way_said(aside, steps)
    steps = _limit_stated(aside, steps)
    steps = _held_in_a_webm([*aside, *declared], steps)
    steps = _a_smaller_gif(steps)
    _values_set_aside(aside, steps)
    _questions_asked(steps)
    for step in steps:
        if isinstance(step.operation, Speed) and step.operation.factor == 1:
            # "play it at 1x speed": the speed it has; nothing would change
            raise NotUnderstood(
                f"'{step.task}' plays it at the speed it has (1x), which changes nothing: how much "
                "faster or slower? For example: 'play it at 2x speed'",
                clause=step.task,
                suggestions=("play it at 2x speed", "play it at half speed"),
            )
    _count_agrees(prompt, steps)
    steps = _joined_where_named(_parts_joined(steps))
    steps = _kept_and_cut(steps)
    _cut_the_video_from(steps)
    if results:
        steps = _lasting(steps, results)
    for text, longest in at_most:
        _short_enough(steps, text, longest)
    _no_file_drawn_as_text(steps)
    _video_said_after_a_clip(prompt, steps)
    steps = _merged(_needless(_latest_first(_replacing(_the_music_given(_as_gif(steps))))))
    return Plan(steps=tuple(_one_quality(_encoded_once(steps))))


def _encoded_once(steps: list[Step]) -> list[Step]:
    """ "Reencode it, to save bandwidth": a re-encode beside a setting of the encoding (a
    quality, a size limit, a codec) is that setting, which encodes everything anew already; one
    step, with the words of both."""
    again = [s for s in steps if isinstance(s.operation, Reencode)]
    setting = next((s for s in steps if isinstance(s.operation, (Quality, Compress, Codec))), None)
    if not again or setting is None:
        return steps
    task = " and ".join(dict.fromkeys(s.task for s in (*again, setting)))
    return [
        Step.of(task, s.operation) if s is setting else s
        for s in steps
        if not isinstance(s.operation, Reencode)
    ]


def _one_quality(steps: list[Step]) -> list[Step]:
    """One quality for the file: a level said of the quality ("compress it with medium
    quality") over the one a verb implies ("compress": small), high with a smaller file being
    the balanced encoding; two levels said, or implied, differently are asked about, never
    settled by which came last."""
    sized = [s for s in steps if isinstance(s.operation, Compress)]
    implied = [
        s
        for s in steps
        if s.operation == Quality(level="small")
        and not re.search(r"\b(?:quality|bit ?rate)\b", s.task.lower())
    ]
    if len(sized) == 1 and implied:
        # ("too large for email, please shrink it": the smaller file is the one under email's
        # limit, said twice, never a second encoding choice)
        task = " and ".join(dict.fromkeys(s.task for s in (*sized, *implied)))
        steps = [
            Step.of(task, s.operation) if s is sized[0] else s
            for s in steps
            if not any(s is i for i in implied)
        ]
    levels = [s for s in steps if isinstance(s.operation, Quality)]
    if len({s.operation.level for s in levels}) < 2:  # type: ignore[attr-defined]
        return steps
    said = [s for s in levels if re.search(r"\b(?:quality|bit ?rate)\b", s.task.lower())]
    chosen = {s.operation.level for s in said}  # type: ignore[attr-defined]
    if len(chosen) != 1:
        first, second = (s.task for s in levels[:2])
        raise NotUnderstood(
            f"'{first}' and '{second}' ask for different qualities: which one? For example: "
            f"'{first} in high quality' or '{first} in small quality'",
            clause=second,
            suggestions=("export in high quality", "make the file smaller"),
        )
    kept, level = said[0], chosen.pop()
    if level == "high" and any(s.operation == Quality(level="small") for s in levels):
        # ("compress it … in high quality": a smaller file that looks the same, the balanced
        # encoding, as a rider "without losing quality" reads it)
        level = "balanced"
    task = " and ".join(dict.fromkeys(s.task for s in levels))
    return [
        Step.of(task, Quality(level=level)) if s is kept else s
        for s in steps
        if s is kept or not isinstance(s.operation, Quality)
    ]


#: A clip's file name, then the video listed after it ("b.mp4 and then the video").
_VIDEO_LISTED_AFTER = re.compile(
    r"\.[a-z0-9]{2,4}\b\W*(?:(?:,|\band\b|\bthen\b|followed by)\W*)+"
    r"(?:the|this|my) (?:video|one|clip|recording)\b"
)


def _video_said_after_a_clip(prompt: str, steps: Sequence[Step]) -> None:
    """NotUnderstood when a join puts the clips after the video but the request lists the
    video after a clip ("join b.mp4 and then the video"): which plays first is asked."""
    joined = [s.operation for s in steps if isinstance(s.operation, (Join, Transition))]
    if not any(op.at == "end" for op in joined):
        return
    if _VIDEO_LISTED_AFTER.search(prompt.lower()):
        clips = ", ".join(c for op in joined for c in op.clips) or "the clips"
        raise NotUnderstood(
            f"which plays first: the video or {clips}? For example: 'put {clips} before the "
            f"video' or 'add {clips} after the video'",
            clause=prompt.strip(),
        )


#: A picture said to lie turned a quarter, which way not said: "it plays sideways", "the camera
#: was installed wrongly by 90 degrees".
_TURNED_SOMEHOW = re.compile(
    r"\b(?:sideways|on its side|(?:rotated|turned|tilted|installed|mounted|wrong(?:ly)?)\b[^,;.]*"
    r"\b90 ?(?:degrees?|deg|°))"
)
_WAY_SAID = re.compile(r"\b(?:clockwise|counter|anti|cw|ccw|left|right|270|-90)\b")


def _turn_way_said(aside: list[str], steps: list[Step]) -> None:
    """NotUnderstood when a quarter turn is asked with no way said ("rotate it 90 degrees") to
    put right a picture said to lie turned, which way not said either ("I installed the camera
    wrongly by 90 degrees"): which way puts it right is not guessed. Asked alone, a quarter
    turn is clockwise, as every player's rotate button turns."""
    turns = [
        s
        for s in steps
        if s.operation.name == "rotate"
        and getattr(s.operation, "degrees", None) == 90
        and not _WAY_SAID.search(s.task.lower())
    ]
    for text in aside:
        said = text.lower()
        if turns and _TURNED_SOMEHOW.search(said) and not _WAY_SAID.search(said):
            task = turns[0].task
            ways = (f"{task} clockwise", f"{task} counter-clockwise")
            raise NotUnderstood(
                f"'{task}': which way? '{text.strip()}' does not say which way it lies now. For "
                f"example: '{ways[0]}' or '{ways[1]}'",
                clause=task,
                suggestions=ways,
            )


#: A purpose of a shorter video: "to minimize the total runtime", "to make it shorter".
_TO_SHORTEN = re.compile(
    r"(?<![\w-])(?:(?:in order|so as) )?to (?:(?:minimi[sz]e|reduce|shorten|cut down|decrease|"
    r"lower|trim) (?:the |its )?(?:total |overall |final )?(?:video |clip )?"
    r"(?:runtime|run time|running time|length|duration|playtime|play time|playback time)"
    r"(?: length)?(?: of (?:it|the video))?"
    r"|make (?:it|the video) shorter)(?![\w-])"
)
#: What makes a video shorter: the edits that take a part of it away.
_SHORTENS = frozenset(
    {"trim", "cut", "keep_ranges", "cut_ranges", "remove_silence", "keep_scenes", "remove_black",
     "remove_short_scenes"}
)  # fmt: skip


def _made_shorter(steps: list[Step], said: str) -> list[Step]:
    """The steps of a request that says it is to make the video shorter (`said`): as they are
    when one of them does; a frame rate raised alone is the frames played at it (a timelapse
    "made 60 fps" to shorten it: conformed, `_conformed`); otherwise how is asked."""
    if any(
        s.operation.name in _SHORTENS or (isinstance(s.operation, Speed) and s.operation.factor > 1)
        for s in steps
    ):
        return steps
    source = media_fps.get()
    rates = [(s, s.operation) for s in steps if isinstance(s.operation, FrameRate)]
    if len(rates) == 1 and source and rates[0][1].fps > source:
        rate, to = rates[0]
        faster = Speed(factor=round(to.fps / source, 6))
        return [x for s in steps for x in ((Step.of(s.task, faster), s) if s is rate else (s,))]
    raise NotUnderstood(
        f"'{said.strip()}' asks for a shorter video, but nothing asked makes it shorter: how? "
        "For example: 'speed it up 2x' or 'keep the first 30 seconds'",
        clause=said.strip(),
        suggestions=("speed it up 2x", "keep the first 30 seconds"),
    )


#: Noise that is in the sound, whatever it is said of: "it has background noise".
_SOUND_NOISE = re.compile(
    r"\b(?:(?:background|wind|ambient|fan|room|traffic|crowd) noise|hiss(?:ing)?|hum(?:ming)?|"
    r"buzz(?:ing)?|noisy (?:audio|sound)|(?:audio|sound)(?: track)? (?:is|was|sounds|sounded) "
    r"(?:(?:quite|very|really|a bit|too|so|pretty|a little|kind of|rather) )?noisy"
    # ("I can't recognize words": what the noise drowns, speech)
    r"|(?:can't|cannot|can not|couldn't|could not|unable to|hard to) (?:hear|understand|"
    r"recogni[sz]e|make out|follow) (?:the |any )?(?:words|speech|voices?|dialog(?:ue)?|"
    r"what (?:they|he|she|people|anyone|i) (?:say|says|said)))\b"
)
#: Noise that is in the picture: "grainy", "the picture is noisy".
_PICTURE_NOISE = re.compile(
    r"\b(?:grain|grainy|picture|image|visual|visuals|video noise|noisy (?:picture|image|video))\b"
)


def _noise_of_the_sound(aside: list[str], steps: list[Step]) -> list[Step]:
    """Noise reduction asked of the video ("add noise reduction to the video"), where the
    request says the noise is in the sound ("it has background noise"): the sound's, never
    the picture's grain. A picture named in either is left as asked."""
    said = " ".join(aside).lower()
    if not _SOUND_NOISE.search(said) or _PICTURE_NOISE.search(said):
        return steps
    return [
        Step.of(step.task, AudioDenoise(strength=step.operation.strength))
        if isinstance(step.operation, Denoise)
        and not _has_times(step.operation)
        and not _PICTURE_NOISE.search(step.task.lower())
        else step
        for step in steps
    ]


def _asides_answered(aside: list[str], steps: list[Step]) -> None:
    """A statement of what is wrong ("the video is upside down, make it black and white") is
    set aside only when an edit asked for fixes it: its fix, or an edit with the result the
    fix's words name ("it is too quiet, normalize it"). Otherwise whether to fix it is asked,
    never dropped without a word. A statement of no fault ("it has people talking") asks for
    nothing."""
    names = frozenset(s.operation.name for s in steps)
    asked = " and ".join(dict.fromkeys(s.task for s in steps))
    for text in aside:
        said = text.lower()
        does = re.match(
            rf"(?:which|that) (?:{_ADVERB} )?"
            r"(?!(?:is|was|are|were|has|had|have|does|did|do|can|"
            r"could|will|would|should|may|might)\b)(?P<verb>[a-z]+)",
            said.strip(),
        )
        if (
            does
            and (named := _verb_ops(does["verb"]))
            and not named & names
            # ("which adds no value": a verb of an edit, said of no edit)
            and not re.match(
                r"(?:no|nothing|little|zero|any)\b", said.strip()[does.end() :].strip()
            )
        ):
            # ", which crops it" said of a grayscale: an edit the rest does not ask for
            raise _not_understood(text, [s.operation for s in steps])
        # ("I start filming when the audience seats go dark": when, said of something else)
        faulty = _WHEN_SOMETHING_ELSE.sub("", said)
        faults = _sure_fixes(faulty)
        if _PUTS_UP_WITH.search(said):
            continue  # "I don't mind if it's grainy": no fault to fix
        flips = [f for f in faults if f.startswith("flip it ")]
        done = [s.operation for s in steps]
        if (
            flips
            and "flip" in names
            and not any(op in done for f in flips for op in _read_whole(normalize(f)) or [])
        ):
            # ("flip it: it was reversed in the vertical direction": a flip the other way)
            raise NotUnderstood(
                f"understood {', '.join(op.describe() for op in done)}, but '{text.strip()}' "
                f"says which way it is mirrored: flip it that way? For example: '{flips[0]}'",
                clause=text.strip(),
                suggestions=(flips[0],),
            )
        if faults and _answered(faults, done):
            # (each fault said of a thing of its own is put right: "there is wind noise and
            # the voice is too quiet" is not put right by removing the noise alone)
            faults = next((each for each in _faults_apart(faulty) if not _answered(each, done)), [])
        if not faults and (left := _faults_left(faulty, names)):
            # ("rotate it, it also sounds muffled": a fault of the sound, and no edit of it)
            _frames_not_shake(steps, said)  # (what steadying would not mend, said as such)
            unanswered = " and ".join(f"'{fault}'" for fault in left)
            raise NotUnderstood(
                f"understood {', '.join(op.describe() for op in done)}, but '{text.strip()}' "
                f"says what is wrong and nothing asked puts it right: what should be done about "
                f"{unanswered}? Say the edit, or ask for '{asked}' alone",
                clause=text.strip(),
                suggestions=(asked,),
            )
        if not faults:
            continue
        fix = faults[0]
        raise NotUnderstood(
            f"understood {', '.join(s.operation.describe() for s in steps)}, but "
            f"'{text.strip()}' says what is wrong and nothing asked fixes it: should it be "
            f"fixed too? For example: '{asked} and {fix}'",
            clause=text.strip(),
            suggestions=(f"{asked} and {fix}",),
        )


#: Words before a fault word that say it is not one: "so it is not choppy", "without
#: distortion", "I don't want it too dark".
_NO_FAULT = re.compile(
    r"\b(?:not|no|never|nor|without|less|avoid\w*|prevent\w*|keep\w*|n't|isn't|aren't|wasn't|"
    r"don't|doesn't|won't|wouldn't|instead of|rather than)(?: [\w'-]+){0,3} $"
)


def _faults_left(said: str, names: frozenset[str]) -> list[str]:
    """The fault words a statement says (`lexicon.FAULT_WORDS`) that no fix the complaint list
    reads answers and no edit done answers by what the fault is of (`lexicon.FAULT_ANSWERS`):
    "muffled" beside a rotation; never one said as no fault ("so it is not choppy")."""
    if names & _SHORTENS and _FAULT_IN_A_PART.search(said):
        return []  # ("trim it: the end is blurry": the part goes, and its fault)
    return [
        fault
        for fault in _faults_unanswered(said)
        if (answers := lexicon.fault_answered_by(fault)) is not None
        and not answers & names
        and not _NO_FAULT.search(said[: said.find(fault)])
        # ("there's low background wind", "I held it low": how loud a thing is, or where
        # something was; "low" is a fault said of the video: "the sound is too low")
        and not (fault == "low" and not _LOW_SAID_OF_IT.search(said))
    ]


#: "low", said of what it is: "the sound is low", "way too low".
_LOW_SAID_OF_IT = re.compile(
    r"\b(?:is|are|was|were|sounds?|seems?|looks?|too|very|so|quite|really|rather|pretty|bit|"
    r"extremely|super) low\b"
)


#: Where a statement says one fault and then another of its own thing: "there is wind noise
#: and the voice is too quiet".
_STATED_APART = re.compile(
    r",? (?:and|but|plus|also|while) (?=(?:also )?(?:the|my|his|her|its|it|it's|there|this)\b)"
    r"|[,;] "
)


#: Words between two faults said one after the other: "dark and blurry", "too dark, too loud".
_COORDINATED = re.compile(
    r"\s*(?:,|and|or|, and|, or|as well as|plus)\s+(?:(?:too|very|so|really|quite|rather|a bit|"
    r"a little|extremely|way|far|much|also|kind of|pretty)\s+)*"
)


def _faults_apart(said: str) -> list[list[str]]:
    """The faults a statement says, each as the fixes of its words (`lexicon.COMPLAINTS`, sure
    ones): faults said apart ("there is wind noise and the voice is too quiet", "dark and
    blurry") are each their own; words of one fault ("a loud hum") are one."""
    groups: list[list[str]] = []
    for part in _STATED_APART.split(said):
        found = sorted(
            (m.start(), m.end(), fix)
            for pattern, fix, sure in lexicon.COMPLAINTS
            if sure
            for m in pattern.finditer(part)
        )
        end = None
        for start, stop, fix in found:
            if end is None or (start >= end and _COORDINATED.fullmatch(part[end:start])):
                groups.append([fix])
            elif fix not in groups[-1]:
                groups[-1].append(fix)
            end = stop if end is None else max(end, stop)
    return groups


def _answered(faults: list[str], done: Sequence[Operation]) -> bool:
    """Whether an edit among those done puts right one of the faults said (each said by its
    fix, as `lexicon.COMPLAINTS` names it)."""
    names = {op.name for op in done}
    # (a container changed is no smaller: "convert the avi to mp4, it is too big" asks)
    smaller = _made_smaller(done)
    if any(_fixes(fix) & (smaller if fix == "make the file smaller" else names) for fix in faults):
        return True  # (one fault in several words: "a loud hum" is fixed by removing the hum)
    if names & {"mute", "replace_audio"} and all(
        _fixes(fix) <= {"volume", "normalize", "audio_denoise"} for fix in faults
    ):
        return True  # ("remove the audio: it is just wind noise": the sound goes, and its fault)
    if "encode it as h264" in faults and names & {"convert", "codec", "reencode", "quality"}:
        return True  # ("3gp does not play in the browser": the file written anew is the fix)
    # ("upside down": a vertical flip sets it upright too, mirrored)
    return "rotate it 180 degrees" in faults and any(
        op.name == "flip" and getattr(op, "direction", "") == "vertical" for op in done
    )


#: When a statement holds, said of something other than the video: "when the audience seats go
#: dark", "until the stage lights come up" (never "when it gets dark").
_WHEN_SOMETHING_ELSE = re.compile(
    r"\b(?:when|whenever|as soon as|once|until|till|before|after) (?:the|a|an|my|our|his|her|"
    r"their) (?!(?:video|clip|picture|image|footage|recording|movie|film|sound|audio|"
    r"colou?rs?|screen)\b)[^,;:]*"
)


#: What a person puts up with: "I don't mind if it's grainy", "a bit of noise is fine".
_PUTS_UP_WITH = re.compile(
    r"\b(?:(?:do not|don't|dont|wouldn't|would not) (?:mind|care)|(?:doesn't|does not|won't|"
    r"will not) matter|(?:is|are|it's|would be) (?:fine|ok|okay|acceptable|no problem))\b"
)


def _fixes(fix: str) -> set[str]:
    """The edits that do what a complaint's fix says: its own, and those with the result its
    words name ("make the audio louder": a volume change or a normalization)."""
    names = {op.name for op in _read_whole(normalize(fix)) or []}
    for m in lexicon.RESULT_WORDS.finditer(fix):
        names |= lexicon.RESULTS.get(f"{m['r']}er", frozenset())
    return names


#: ffmpeg's own words for an edit: "volume=0.5", "crop=1080:607", "transpose=1".
_FFMPEG_WORDS = re.compile(
    r"\b(?:transpose|setpts|volume|fps|scale|crop|xfade|eq|brightness|contrast|saturation|gamma"
    r"|a?fade|tpad|atempo|hue|pad|unsharp|hqdn3d|nlmeans|boxblur|gblur|loudnorm|dynaudnorm)"
    r" ?= ?[\w.*/:+=-]+|\b[hv]flip\b"
)


def _glossed(
    read: list[tuple[str, tuple[Operation, ...]]],
) -> list[tuple[str, tuple[Operation, ...]]]:
    """A clause in ffmpeg's words, or read from an ffmpeg command, that says an edit another
    clause asks for again: the same edit once. Its values stand for the other's when the other
    gives none ("lower the volume, volume=0.5": half the volume); different values of both are
    asked about."""
    pasted = _pasted.get()
    done = _said_less(list(read), pasted)
    for i, (text, ops) in enumerate(read):
        if not _said_in_ffmpeg(text, pasted) or len(ops) != 1:
            continue
        # the edit in another clause said in words (two of ffmpeg's are two edits of a chain);
        # of several, the one its words agree with ("fade in and out, fade=t=out:…": the out)
        same = sorted(
            ((j, k) for j, (other_text, more) in enumerate(done)
             if j != i and not _said_in_ffmpeg(other_text, pasted)
             for k, op in enumerate(more) if op.name == ops[0].name),
            key=lambda jk: _words_differ(done[jk[0]][1][jk[1]], ops[0]),
        )  # fmt: skip
        # (of ffmpeg's own, only the same edit said twice is one)
        same = same or [
            (j, k) for j, (_, more) in enumerate(done) if j != i
            for k, op in enumerate(more) if op == ops[0]
        ]  # fmt: skip
        if not same:
            continue
        j, k = same[0]
        other_text, other = done[j]
        values = _FILE_NAME.sub("", _FFMPEG_WORDS.sub("", other_text))
        gloss = _with_files_of(ops[0], other[k])
        if (
            other[k] != gloss
            and not _same_area(other[k], gloss)
            and (re.search(r"\d", values) or _words_differ(other[k], gloss))
        ):
            one, two = other[k].describe(), gloss.describe()
            raise NotUnderstood(
                f"'{other_text.strip()}' and '{text.strip()}' ask for '{one}' and '{two}'; say "
                "which one",
                clause=text.strip(),
            )
        done[j] = (other_text, (*other[:k], gloss, *other[k + 1 :]))
        done[i] = (text, ())
    _gif_said_twice(done, pasted)
    return [(text, ops) for text, ops in done if ops]


def _said_less(
    read: list[tuple[str, tuple[Operation, ...]]], pasted: frozenset[str]
) -> list[tuple[str, tuple[Operation, ...]]]:
    """An edit said in words that one of several edits of an ffmpeg filter says in full
    ("center it onto a 1920x1080 canvas: pad=1920:1080:…:color=white", padded, then the
    size): the words said less of it (no colour), so it is done once, as ffmpeg says it."""
    done = list(read)
    for text, ops in read:
        if not _said_in_ffmpeg(text, pasted) or len(ops) < 2:
            continue
        for j, (other_text, other) in enumerate(done):
            if _said_in_ffmpeg(other_text, pasted) or not other:
                continue
            fulls = [next((op for op in ops if op.name == o.name), None) for o in other]
            if all(
                f is not None and _said_of(f, o) == o for f, o in zip(fulls, other, strict=True)
            ):
                done[j] = (other_text, ())
                continue
            for full, o in zip(fulls, other, strict=True):
                if full is not None and _said_of(full, o) != o and not _same_area(full, o):
                    # "pad it to 9:16: pad=1920:1080:…": the words and ffmpeg's differ
                    raise NotUnderstood(
                        f"'{other_text.strip()}' and '{text.strip()}' ask for '{o.describe()}' "
                        f"and '{full.describe()}'; say which one",
                        clause=text.strip(),
                    )
    return [(text, ops) for text, ops in done if ops]


def _said_of(full: Operation, said: Operation) -> Operation:
    """`full` with the settings `said` leaves as they are put back to theirs."""
    fields = type(full).model_fields
    unsaid = {k: fields[k].default for k, v in said if k in fields and v == fields[k].default}
    return full.model_copy(update=unsaid)


def _same_area(one: Operation, other: Operation) -> bool:
    """Whether two crops take the same pixels of this video ("a 1080x1080 square" from the
    centre and "crop=1080:1080:420:0" of a 1920x1080 one)."""
    picture = _picture.get()
    if not (isinstance(one, CropArea) and isinstance(other, CropArea)) or not picture:
        return False
    clip = _probed(60.0)
    try:
        return one.box(clip) == other.box(clip)
    except UserError:
        return False


def _gif_said_twice(read: list[tuple[str, tuple[Operation, ...]]], pasted: frozenset[str]) -> None:
    """NotUnderstood when a GIF's rate or width said in words ("a small gif") meets a frame
    rate or a size from ffmpeg's words: the same picture said twice, perhaps differently."""
    gif = next(
        ((text, op) for text, ops in read if not _said_in_ffmpeg(text, pasted) for op in ops
         if isinstance(op, Gif) and (op.fps or op.width)),
        None,
    )  # fmt: skip
    if gif is None:
        return
    for text, ops in read:
        for op in ops:
            if _said_in_ffmpeg(text, pasted) and isinstance(op, FrameRate | Resize):
                raise NotUnderstood(
                    f"'{gif[0].strip()}' and '{text.strip()}' ask for '{gif[1].describe()}' and "
                    f"'{op.describe()}'; say which one",
                    clause=text.strip(),
                )


def _said_in_ffmpeg(text: str, pasted: frozenset[str]) -> bool:
    """Whether a clause is in ffmpeg's words, or read from an ffmpeg command."""
    return bool(_FFMPEG_WORDS.search(text.lower())) or text.strip().lower() in pasted


def _words_differ(said: Operation, gloss: Operation) -> bool:
    """Whether a value said in words ("at the top right") is not the one ffmpeg's words give
    ("overlay=10:10", the top left). Amounts an edit takes when none is said ("lower the
    volume") are numbers, and the gloss's stand for them."""
    fields = type(said).model_fields
    return any(
        isinstance(value, str) and value != fields[k].default and getattr(gloss, k) != value
        for k, value in said
        if k in fields
    )


def _with_files_of(gloss: Operation, said: Operation) -> Operation:
    """ffmpeg's words name no file ("xfade=transition=vdslice"): the files the other clause
    names stay."""
    fields = type(gloss).model_fields
    named: dict[str, object] = {
        k: getattr(said, k)
        for k in ("clips", "file", "at")
        if k in fields and getattr(gloss, k) == fields[k].default and getattr(said, k)
    }
    return gloss.model_copy(update=named) if named else gloss


def _no_file_drawn_as_text(steps: list[Step]) -> None:
    """NotUnderstood when words to draw are the name of a file given with the request ("add
    watermark 'logo.png'"): the file's picture or its name in letters is not guessed."""
    given = {name.lower() for name in _given.get()}
    for step in steps:
        text = step.params.get("text") if step.op == "text" else None
        if isinstance(text, str) and text.strip().lower() in given:
            raise NotUnderstood(
                f"'{step.task}': draw the words '{text}', or put the picture {text} on the "
                f"video? For example: 'put {text} in the bottom right corner'",
                clause=step.task,
                suggestions=(f"put {text} in the bottom right corner",),
            )


#: "merge the 4 videos", "all three clips": how many videos the request says there are.
_COUNTED = re.compile(
    r"\b(?:the|all|these|those|my|our)(?: the)? "
    r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:(?:separate|individual|different|short|little|small|other) )?"
    r"(?:videos|clips|files|recordings|movies|chunks|fragments|parts|pieces|halves|sections)\b"
)


#: "cut the video from 0 to 5 seconds": "cut" alone, which says to cut a part out or to cut
#: the video down to it. "cut out", "cut away", "cut off" say only the first.
_CUT_EITHER_WAY = re.compile(r"cut (?!out\b|away\b|off\b|it out\b|them out\b)")


def _either_way(step: Step) -> bool:
    """Whether `step` cuts a part out because its words say "cut", which also means keeping
    only that part."""
    return isinstance(step.operation, Cut) and _CUT_EITHER_WAY.match(step.task.lower()) is not None


def _kept_and_cut(steps: list[Step]) -> list[Step]:
    """The steps, when one part is both cut out and kept: if "cut" said it ("cut the video from
    0-5 seconds: ffmpeg -ss 0 -t 5 …"), the other words say which "cut" meant, the keep; else
    InvalidRequest asks which is meant."""
    for cut in (s for s in steps if isinstance(s.operation, Cut)):
        for keep in (s for s in steps if isinstance(s.operation, Trim)):
            op, kept = cut.operation, keep.operation
            assert isinstance(op, Cut) and isinstance(kept, Trim)
            if kept.start == op.start and kept.end is not None and abs(kept.end - op.end) < 1e-6:
                if _either_way(cut):
                    return [s for s in steps if s is not cut]
                part = f"{fmt_clock(op.start)}-{fmt_clock(op.end)}"
                raise InvalidRequest(
                    f"'{cut.task}' and '{keep.task}' say both to cut out {part} and to keep "
                    f"it: keep only {part} ('keep {part}'), or cut it out ('cut out {part}')?"
                )
    return steps


#: "cut the video from 0:10 to 0:20", "cut this clip from the start to 0:30": "cut" said
#: of the video, then a part of it - the part cut out, or the video cut down to it, as people
#: write both.
_CUT_THE_VIDEO_FROM = re.compile(
    r"^(?:please )?cut (?:the|this|my|our) (?:[\w-]+ ){0,2}?(?:video|clip|recording|footage|"
    r"movie|film|file) (?:from|starting (?:at|from)) (?:\d|(?:the )?(?:very )?(?:start|starting|"
    r"beginning)\b)"
)


def _cut_the_video_from(steps: list[Step]) -> None:
    """NotUnderstood asking which is meant when "cut" is said of the video and a part of it
    follows ("cut the video from 0:10 to 0:20"): the part cut out, or the rest cut away."""
    for step in steps:
        op = step.operation
        if isinstance(op, Cut) and _CUT_THE_VIDEO_FROM.match(step.task.lower().strip()):
            part = f"{fmt_clock(op.start)}-{fmt_clock(op.end)}"
            raise NotUnderstood(
                f"'{step.task}' may mean keeping only {part} or cutting it out: keep only {part} "
                f"('keep {part}'), or cut it out ('cut out {part}')?",
                clause=step.task,
                suggestions=(f"keep {part}", f"cut out {part}"),
            )


#: A piece that only names what is edited ("… with the video"), split off the edit before it.
_JUST_THE_VIDEO = re.compile(
    r"(?:(?:with|to|onto|on|into|for|in|over) )?(?:the|this|my) "
    r"(?:video|clip|movie|recording|footage)"
)
#: "1 second each", "each lasting 2 s": one length for each of the edits just named.
_EACH = re.compile(
    rf"(?:(?:about|around|of|for|lasting|at) )?(?P<d>{_T_})(?: long)? each"
    rf"|each (?:(?:lasting|of|for|about|taking|one) )?(?P<d2>{_T_})(?: long)?"
)


def _stills(op: Operation) -> int:
    """How many still images a join puts in the video (0 for any other edit)."""
    if "image_seconds" not in type(op).model_fields:
        return 0
    clips = getattr(op, "clips", ())
    return sum(1 for c in clips if c.rsplit(".", 1)[-1].lower() in _EXTS["image"])


def _each_lasting(
    read: list[tuple[str, tuple[Operation, ...]]], seconds: float, said: str
) -> list[tuple[str, tuple[Operation, ...]]]:
    """The edits just read, the ones that take a length (`duration`) given `seconds` each;
    InvalidRequest when fewer than two take one, or one was already given another."""
    first = len(read)
    while first > 0 and read[first - 1][1] and all(_stills(op) for op in read[first - 1][1]):
        first -= 1
    if sum(_stills(op) for _, ops in read[first:] for op in ops) > 1:
        # "prepend title.png and sponsors.png, 3 seconds each": how long each still shows
        shown = []
        for text, ops in read[first:]:
            for op in ops:
                if op.image_seconds not in (None, seconds):  # type: ignore[attr-defined]
                    raise InvalidRequest(
                        f"'{text.strip()}' shows each image {op.image_seconds:g} s, and "  # type: ignore[attr-defined]
                        f"'{said.strip()}' says {seconds:g} s each; say one"
                    )
            update = {"image_seconds": seconds}
            shown.append(
                (f"{text.strip()}, {said.strip()}", tuple(o.model_copy(update=update) for o in ops))
            )
        return [*read[:first], *shown]
    start = len(read)
    while start > 0 and all("duration" in type(op).model_fields for op in read[start - 1][1]):
        start -= 1
    timed = [op for _, ops in read[start:] for op in ops]
    if len(timed) < 2:
        raise InvalidRequest(f"'{said.strip()}': each of what? Say the length with the edit")
    out = read[:start]
    for text, ops in read[start:]:
        new = []
        for op in ops:
            default = type(op).model_fields["duration"].default
            current = op.model_dump()["duration"]
            if current not in (default, seconds):
                raise InvalidRequest(
                    f"'{text.strip()}' lasts {current:g} s, and '{said.strip()}' says "
                    f"{seconds:g} s each; say one"
                )
            new.append(op.model_copy(update={"duration": seconds}))
        out.append((f"{text.strip()}, {said.strip()}", tuple(new)))
    return out


_RESULT_NOUN = (
    r"(?:(?:the|a|my) (?:new|final|resulting|edited|finished|trimmed|cut|shortened) "
    r"(?:video|clip|file|movie|version|one)|the (?:output|result)(?: video| clip| file)?)"
)
_RESULT_SUBJECT = rf"(?:it|the (?:video|clip|movie)|{_RESULT_NOUN})"
_MODAL = r"(?:should|must|will|would|needs to|has to|is to|is going to|shall|ought to)"

#: "a new video that should be 3 sec", "I want the output to be 20 seconds long", "the result
#: is 24 s": how long the edited video is said to be. ("it is 20 s long" says what the video is
#: before the edit: see `_STATED_LENGTH`.)
_RESULT_LENGTH = re.compile(
    rf"(?:(?:so as |in order )?to (?:make|get|create|produce|have|end up with) (?:an?|one) "
    rf"(?P<d2>{_T_})(?:-| )?(?:long )?(?:video|clip|file|movie|result)"
    rf"|(?:(?:so|and|then|so that|which means) )?"
    rf"(?:(?:i|we) (?:want|need|would like|'d like) {_RESULT_SUBJECT} to (?:be|last)"
    rf"|{_RESULT_SUBJECT}(?: (?:that|which))? {_MODAL} (?:be|last)"
    rf"|{_RESULT_NOUN}(?: (?:that|which))? (?:is|lasts|runs|comes out at|ends up(?: being)?)"
    # ("…, so it is only about 30 seconds": the video, once edited)
    r"|(?:(?<=so )|(?<=so that ))(?:it|the video|the clip)(?:'s| is| lasts| runs| becomes|"
    r" ends up(?: being)?))"
    rf"(?: exactly| about| around| roughly| just| only| approximately){{0,2}} (?P<d>{_T_})"
    r"(?: long| in length| in total| total)?)"
)
#: Where a clause goes on to say the length it makes: "repeat it 60 times to make a 60 minute
#: video" is the loop, then the length it should come to.
_TO_A_RESULT = re.compile(
    rf" (?=(?:so as |in order )?to (?:make|get|create|produce|have|end up with) (?:an?|one) "
    rf"{_T_}(?:-| )?(?:long )?(?:video|clip|file|movie)\b)"
)


#: "the one for the blog should be less than a minute", "the result must be under 30 s": the
#: longest the edited video may be.
_RESULT_AT_MOST = re.compile(
    rf"(?:(?:so|and|but|then|so that) )?(?:{_RESULT_SUBJECT}|the (?:one|version|video|clip) "
    r"(?:for|on|to post on|to put on) (?:the |my |our )?[\w'-]+)(?: (?:that|which))? "
    rf"(?:{_MODAL} (?:be|last|run)|is|lasts|runs) (?:less than|under|at most|no (?:more|longer) "
    rf"than|shorter than|below|within) (?:about |around |roughly )?(?P<d>{_T_}|a minute|an hour)"
    r"(?: long| in length| in total| total)?"
    # "so that our song doesn't go over the 1:20 mark": what it plays is not to run past it
    rf"|(?:so|so that|and) (?:{_RESULT_SUBJECT}|(?:our|my|the) (?:song|music|film|project|entry|"
    r"piece)) (?:doesn't|does not|won't|will not|wouldn't|would not|can't|cannot|isn't|is not) "
    r"(?:go|run|last|play|be|end up) (?:over|past|beyond|longer than|more than|over the limit of) "
    rf"(?:the )?(?P<d3>{_T_})(?: mark| limit)?"
)


def _result_at_most(text: str) -> float | None:
    """The longest a clause says the result may be, in seconds; None when it says nothing so."""
    words = re.sub(r"\s+", " ", text.translate(_QUOTES).lower()).strip(" .,;:!")
    said = _RESULT_AT_MOST.fullmatch(words)
    if said is None:
        return None
    said_d = said["d"] or said["d3"]
    length = {"a minute": "1 minute", "an hour": "1 hour"}.get(said_d, said_d)
    if time_unit(length) is None and ":" not in length:
        return None
    return parse_time(length)


def _short_enough(steps: list[Step], text: str, longest: float) -> None:
    """InvalidRequest when the plan leaves the video longer than `longest`, which `text` says
    it may be at most; NotUnderstood when how long it leaves it is not known before it runs."""
    lasts = _lasts(steps)
    if lasts is None:
        raise _not_understood(text, [s.operation for s in steps])
    if lasts > longest + 0.05:
        raise InvalidRequest(
            f"'{text.strip()}': the edit leaves {fmt_seconds(lasts)} of video, longer than "
            f"{fmt_seconds(longest)}; say the times that leave less"
        )


def _result_length(text: str) -> float | None:
    """The length a clause says the result has, in seconds; None when it says something else."""
    words = re.sub(r"\s+", " ", text.translate(_QUOTES).lower()).strip(" .,;:!")
    said = _RESULT_LENGTH.fullmatch(words)
    length = said and (said["d"] or said["d2"])
    if not length or (time_unit(length) is None and ":" not in length):
        return None
    return parse_time(length)


def _lasts(steps: Sequence[Step]) -> float | None:
    """How long the plan leaves the video, when the probe says how long it is and every step's
    effect on time is known before it runs (never for one that measures first, like cutting
    silence, or one that adds another file)."""
    duration = media_duration.get()
    if duration is None:
        return None
    clip = _on_paper([step.operation for step in steps], duration)
    return None if clip is None else clip.duration


def _on_paper(ops: Sequence[Operation], duration: float) -> Clip | None:
    """The probed video as the operations leave it, rendered on paper; None when one of them
    adds another file or measures first, so what it leaves is not known before it runs."""
    graph = Graph(_probed(duration))
    for op in ops:
        if op.assets() or op.analysis(graph.clip) is not None:
            return None
        op.render(graph)
    return graph.clip


def _probed(duration: float) -> Clip:
    """The video as the probe describes it, for rendering a plan on paper (a 720p picture
    when its size is not known)."""
    width, height, fps = _picture.get() or (1280, 720, 30.0)
    return Clip(
        duration=duration, has_video=True, has_audio=True, width=width, height=height,
        fps=fps or 30.0, sample_rate=48000, channels=2,
    )  # fmt: skip


def _lasting(steps: list[Step], results: list[tuple[str, float]]) -> list[Step]:
    """The steps, checked against how long the request says the result is ("cut from second 5
    to second 8, a new video that should be 3 sec"). When they leave another length and a "cut"
    read as cutting a part out leaves that length read as keeping it, that is what "cut" meant;
    otherwise InvalidRequest gives both lengths."""
    text, said = results[0]
    for other, length in results[1:]:
        if abs(length - said) > 1e-6:
            raise InvalidRequest(
                f"'{text.strip()}' and '{other.strip()}' say two lengths for the result; say one"
            )
    kept = [
        Step.of(s.task, Trim(start=s.operation.start, end=s.operation.end))
        if _either_way(s) and isinstance(s.operation, Cut)
        else s
        for s in steps
    ]
    lengths = [_lasts(steps), _lasts(kept) if kept != steps else None]
    for candidate, lasts in zip((steps, kept), lengths, strict=True):
        if lasts is not None and abs(lasts - said) <= max(0.5, 0.01 * said):
            # (a loop that says no count plays as often as the length said: its step says so)
            return [
                Step.of(f"{s.task}, {text.strip()}", s.operation)
                if isinstance(s.operation, Loop) and not _FACTOR_SAID.search(s.task.lower())
                else s
                for s in candidate
            ]
    if lengths[0] is None:
        raise _not_understood(text, [s.operation for s in steps])
    if (fitted := _speed_to_fit(steps, said, text)) is not None:
        return fitted
    if (fitted := _loop_to_fit(steps, said, text)) is not None:
        return fitted
    raise InvalidRequest(
        f"'{text.strip()}': the edit leaves {fmt_seconds(lengths[0])} of video, not "
        f"{fmt_seconds(said)}; say the times that leave {fmt_seconds(said)}"
    )


#: Words that say how much faster or slower.
_FACTOR_SAID = re.compile(
    r"\d|\b(?:twice|double|triple|quadruple|half|thrice|two|three|four|five|ten|times)\b"
)


def _speed_to_fit(steps: list[Step], said: float, text: str) -> list[Step] | None:
    """ "speed up the video, so it is only about 30 seconds": the steps with the one speed
    change whose words say no factor (its default, twice as fast, read) set to the factor that
    leaves `said`; None when there is no such step, or another factor is said."""
    unsaid = [
        k
        for k, s in enumerate(steps)
        if isinstance(s.operation, Speed)
        and not s.operation.ranged
        and not _FACTOR_SAID.search(s.task.lower())
    ]
    if len(unsaid) != 1 or sum(isinstance(s.operation, Speed) for s in steps) != 1:
        return None
    k = unsaid[0]
    speed = steps[k].operation
    assert isinstance(speed, Speed)
    plain = [
        *steps[:k],
        Step.of(steps[k].task, speed.model_copy(update={"factor": 1.0})),
        *steps[k + 1 :],
    ]
    before = _lasts(plain)
    if before is None or said <= 0:
        return None
    factor = round(before / said, 3)
    if (factor > 1) != (speed.factor > 1):
        return None  # sped up to a longer video, or slowed down to a shorter one: asked
    # (the words that gave its length go with it: "speed up the video, so it is 30 s")
    fitted = Step.of(
        f"{steps[k].task}, {text.strip()}", speed.model_copy(update={"factor": factor})
    )
    return [*steps[:k], fitted, *steps[k + 1 :]]


def _loop_to_fit(steps: list[Step], said: float, text: str) -> list[Step] | None:
    """ "loop it to make a 1 minute video": the one loop whose words say no count, playing as
    many times as make `said` (a whole number of plays, within half a second); None when
    there is no such loop, or no whole number of plays makes that length."""
    unsaid = [
        k
        for k, s in enumerate(steps)
        if isinstance(s.operation, Loop) and not _FACTOR_SAID.search(s.task.lower())
    ]
    if len(unsaid) != 1 or sum(isinstance(s.operation, Loop) for s in steps) != 1:
        return None
    k = unsaid[0]
    once = _lasts([*steps[:k], *steps[k + 1 :]])
    if once is None or once <= 0 or said <= once:
        return None
    times = round(said / once)
    if abs(times * once - said) > max(0.5, 0.01 * said):
        return None  # ("loop the 25 s clip to make a minute": 2.4 plays is asked)
    loop = steps[k].operation
    fitted = Step.of(f"{steps[k].task}, {text.strip()}", loop.model_copy(update={"times": times}))
    return [*steps[:k], fitted, *steps[k + 1 :]]


#: A verb that changes the speed, which says no amount by itself.
_SPEED_VERB_ALONE = re.compile(
    r"\b(?:speed(?:s|ed|ing)?(?: [\w'-]+){0,4} up|sped(?: [\w'-]+){0,4} up|slow(?:s|ed|ing)?"
    r"(?: [\w'-]+){0,4} down|fast[- ]?forward(?:s|ed|ing)?|accelerate|decelerate"
    r"|(?:lower|decrease|reduce|drop|turn down|increase|raise|up|boost)(?:s|ed|ing)? (?:the |its )?"
    r"(?:playback |video |play )?speed)\b"
)
#: Anything in a request that may say how much: a number, a factor word, a degree, a named
#: speed, ffmpeg's speed filters.
#: A part's times in a speed change's words ("0:10 to 0:12", "between 10 and 12 seconds",
#: "from 5 s"), read off before its amount is looked for; a number with x, % or "times" after
#: it is an amount and stays.
_PART_TIMES = re.compile(
    r"\d+(?::\d+)+(?:\.\d+)?"
    r"|\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hours?|ms)\b"
    r"|\b(?:from|between|at|after|before|until|till|to|and) \d+(?::\d+)*(?:\.\d+)?\b"
    r"(?!\s*(?:x|×|%|times)(?!\w))"
    r"|\d+(?:\.\d+)?(?=\s*(?:-|–|to|and)\s*\d)"
)
_ANY_AMOUNT = re.compile(
    rf"\d|%|\b(?:twice|double|triple|quadruple|thrice|times|normal|real ?time|{'|'.join(_ONE_IN)}"
    rf"|slow[- ]?mo(?:tion)?|slomo|setpts|atempo|itsscale)\b|{lexicon.LITTLE}|\b{lexicon.LOT}\b"
    # ("by a factor of six": a number in words)
    rf"|\b(?:factor of|by) (?:{'|'.join(_SMALL[2:] + _TENS)})\b"
)


#: What the rest of the video is left at, said after a part's edit: "and keep the rest at
#: normal speed".
_THE_REST_AS_IT_IS = re.compile(
    r",?\s*\b(?:and |but |while )?(?:keep(?:ing)? |leav(?:e|ing) )?the rest\b.*$", re.IGNORECASE
)


def _speed_said(steps: Sequence[Step], prompt: str) -> None:
    """NotUnderstood when a speed is changed by a verb alone ("speed up the video", "slow down
    0:10 to 0:12") with no amount said — no number, factor, degree or length: for the whole
    video in the words of any speed planned (never another edit's: "cut the first 5 seconds and
    speed it up"), for a part in its own words once its times are read off.
    How much is the person's to say, never twice as fast taken for them. ("Faster" and
    "slower" are read as any comparative is, a step; "slow motion" names its speed.)"""
    # (in the words of the edits planned, never of a statement set aside: "slow it down: it
    # needs a 3x slowdown" says no amount that was read; an ffmpeg filter pasted names one)
    anywhere = any(
        _ANY_AMOUNT.search(s.task.lower()) for s in steps if isinstance(s.operation, Speed)
    ) or bool(re.search(r"\b(?:setpts|atempo|itsscale)\b", prompt.lower()))
    for step in steps:
        op = step.operation
        if not isinstance(op, Speed) or not _SPEED_VERB_ALONE.search(step.task.lower()):
            continue
        # (what the rest is left at, "and the rest at normal speed", is no amount of this)
        said = _THE_REST_AS_IT_IS.sub("", step.task).strip()
        if op.ranged:
            if _ANY_AMOUNT.search(_PART_TIMES.sub(" ", said.lower())):
                continue
        elif anywhere:
            continue
        up = op.factor > 1
        ways = _ways_to_say(said, up, op.ranged) or _ways_to_say(
            _without_what_happens(said.lower()), up, op.ranged
        )
        asked = "" if op.ranged else ", or how long should it last"
        raise NotUnderstood(
            f"could not understand '{said}': how much {'faster' if up else 'slower'}{asked}? "
            "For example: " + " or ".join(f"'{w}'" for w in ways),
            clause=said,
            suggestions=ways,
        )


#: A speed said alone, as one more in a list: "5x", "and 10x", "1.5".
_BARE_FACTOR = re.compile(r"^(?:and |or |, )?(?:at |to )?\d+(?:\.\d+)? ?(?:x|times)?$")


def _speeds_listed(steps: Sequence[Step]) -> None:
    """NotUnderstood when a speed is followed by more speeds said alone ("speed it up 2x, 5x,
    10x", "for example 2x, 5x, 10x"): choices listed, never one done after the other."""
    for n, step in enumerate(steps[1:], 1):
        before, op = steps[n - 1].operation, step.operation
        if (
            isinstance(op, Speed)
            and isinstance(before, Speed)
            and _BARE_FACTOR.match(step.task.strip().lower())
        ):
            ways = tuple(
                f"{'speed it up' if f > 1 else 'slow it down to'} {f:g}x"
                for f in (before.factor, op.factor)
            )
            raise NotUnderstood(
                f"could not understand '{steps[n - 1].task.strip()}, {step.task.strip()}': "
                "which speed? For example: " + " or ".join(f"'{w}'" for w in ways),
                clause=f"{steps[n - 1].task.strip()}, {step.task.strip()}",
                suggestions=ways,
            )


#: A speed-up said by its verb: "speed it up", "fast-forward", "accelerate".
_SPED_UP = re.compile(
    r"\b(?:speed(?:s|ed|ing)?(?: [\w'-]+){0,4} up|sped(?: [\w'-]+){0,4} up|"
    r"fast[- ]?forward(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|quicken(?:s|ed|ing)?)\b"
)


def _slower_said_faster(steps: Sequence[Step]) -> None:
    """NotUnderstood when a speed-up is said with a factor under 1 ("speed it up by 0.5"): half
    speed is slower, and "by 0.5" may mean half as fast again; which is asked."""
    for step in steps:
        op, said = step.operation, step.task.strip()
        if (
            isinstance(op, Speed)
            and op.factor < 1
            and _SPED_UP.search(said.lower())
            and not re.search(r"\bslow", said.lower())
        ):
            ways = (f"speed it up {1 + op.factor:g}x", f"slow it down to {op.factor:g}x")
            raise NotUnderstood(
                f"could not understand '{said}': a speed of {op.factor:g}x is slower, not "
                "faster; which is meant? For example: " + " or ".join(f"'{w}'" for w in ways),
                clause=said,
                suggestions=ways,
            )


#: Words that say what quoted words are for: drawn on the video.
_TEXT_WORDS = re.compile(
    r"\b(?:titles?|text|captions?|subtitles?|words?|labels?|says?|saying|write|written|"
    r"headings?|headlines?|messages?|banners?|credits?|names?|lower thirds?|overlays?|"
    r"watermarks?|signs?|slogans?|taglines?|dates?|quotes?)\b",
    re.IGNORECASE,
)


def _words_drawn_said(steps: Sequence[Step], prompt: str) -> None:
    """NotUnderstood when quoted words alone are read as text to draw although nothing says
    so and the request says more ("slow it down: it is far too fast, "like half the time"": a
    quote of the person's, never a title); the request that is only the quote draws it."""
    for step in steps:
        quote = step.task.strip(" .,;:")
        if (
            step.op != "text"
            or not re.fullmatch(r"[\"“'‘][^\"“”'‘’]+[\"”'’]", quote)
            or prompt.strip(" .,;:!") == quote
        ):
            continue
        before = prompt[: prompt.find(quote)] if quote in prompt else prompt
        if _TEXT_WORDS.search(re.split(r"[.;!?]\s", before)[-1]):
            continue
        raise NotUnderstood(
            f"could not understand '{quote}': are these words to draw on the video? For "
            f"example: 'add the text {quote} at the bottom'",
            clause=quote,
            suggestions=(f"add the text {quote} at the bottom",),
        )


#: What a video has one of, by the operation that sets it: "resize it to 720p and 1080p" asks
#: for two videos, never one resized twice.
_ONE_OF_A_KIND = {
    "fps": "frame rate",
    "resize": "size",
    "platform": "platform's shape",
    "crop": "shape",
    "pad": "shape",
    "blur_fill": "shape",
    "compress": "file size",
    "quality": "quality",
    "codec": "codec",
    "gif": "GIF",
    "convert": "format",
    "extract_audio": "sound file",
}


#: Words of what a file weighs, or of sending and loading it: "lighter" said beside them is a
#: file that weighs less ("make the video lighter: my internet can't load it in time").
_WEIGHT_WORDS = re.compile(
    r"\b(?:load|loads|loading|loaded|internet|bandwidth|connection|upload\w*|download\w*|"
    r"buffer\w*|heavy|heavier|weighs?|weight|storage|disk|space|data|file ?size|size|"
    r"e-?mail\w*|attach\w*|discord|whatsapp|telegram|"
    # ("the file is huge, make it smaller": the file, said to be big)
    r"file (?:is|was|'s) (?:too |very |so |way too |really |pretty )?(?:big|large|huge|massive|"
    r"enormous)|(?:huge|big|large|massive|enormous) files?|"
    r"\d+(?:[.,]\d+)? ?(?:mb|gb|kb|megabytes?|gigabytes?)|mbps|kbps)\b"
)
#: Words of how the picture looks: "lighter" said beside them is a brighter picture.
_LOOK_WORDS = re.compile(
    r"\b(?:dark|darker|dim|dull|gloomy|bright|brighter|light(?:ing)?|exposure|exposed|"
    r"underexposed|shadows?|night|see|visible|colou?rs?)\b"
)


#: Edits whose file holds only the sound, or no sound: smaller than the video with its sound.
_SOUND_ONLY = frozenset({"mute", "extract_audio"})


def _made_smaller(ops: Sequence[Operation]) -> set[str]:
    """The edits among these that make the file smaller (`lexicon.RESULTS`), but a video put
    in a container its picture is copied into whole: no smaller ("convert the MKV to MP4 to
    reduce storage" asks for a smaller encoding too)."""
    return {
        op.name
        for op in ops
        if (
            op.name in lexicon.RESULTS["smaller"]
            # ("convert it over to h265 to save disk space": HEVC, the smaller encoding)
            or (isinstance(op, Codec) and op.codec == "hevc")
        )
        and not (isinstance(op, Convert) and op.format in lexicon.REMUX_FORMATS)
    }


#: "Make it smaller", said of nothing more: a smaller file, or a smaller picture.
_SMALLER_SAID = re.compile(
    r"(?P<head>(?:make|get) (?:it|this|(?:the|my|our|this) (?:[\w'-]+ ){0,5}?(?:video|clip|gif|"
    # ("make this captured MP4 smaller": the file, named by its kind)
    r"file|recording|footage|mp4|mov|mkv|avi|webm|m4v)(?: (?:exported|recorded|made|shot|taken|"
    r"from|for|of|on) (?:[\w'-]+ ){0,4}?[\w'-]+)?)"
    r" (?:a bit |a little |much |a lot )?smaller)"
    # ("make it smaller for my website": where the file goes, which says it is the file)
    r"(?P<tail> (?:for|to (?:send|upload|post|share|put|attach|email|download|store|keep)"
    r"(?: it)?(?: (?:on|to|via|by|"
    r"over|in|with))?) (?:my |the |a |our |an )?(?:[\w-]+ ){0,2}?[\w-]+)?"
)
#: The picture's size said to stay: "without compromising the output dimensions".
_SIZE_KEPT = re.compile(
    r"\b(?:without|not|never|no) (?:changing|compromising|reducing|touching|losing|altering|"
    r"shrinking|lowering|affecting)(?: the| its)?(?: output| video| picture)? (?:dimensions|"
    r"resolution|size in pixels|frame size)\b|\b(?:keep|keeping|same|maintain|maintaining) "
    r"(?:the |its )?(?:same )?(?:output |original )?(?:dimensions|resolution)\b"
)
#: A file's weight said in bytes: "it goes up to 40gb".
_BYTES_SAID = re.compile(r"\d ?(?:gb|mb|kb|gigs?|megs?)\b")
#: Its weight said in bits a second: "8mbps bitrate", a thing of the file only.
_BITRATE_SAID = re.compile(r"\bbit ?rate\b|\d ?[mk]bps\b")
#: Words of how big the picture looks: "smaller" said beside them is a smaller picture.
_LOOKS_BIG = re.compile(
    r"\b(?:looks?|looking|screen|resolution|pixels?|px|wide|tall|width|height|dimensions|"
    r"fills?|window)\b|\d+ ?x ?\d+|\b\d{3,4}p\b"
)


def _smaller_in_weight(prompt: str) -> str:
    """The request with "make it smaller" said of the file, when the rest of it speaks of the
    file's weight and never of how big the picture looks ("make the header video smaller: at
    1.8MB it seems excessive to me", "convert the GoPro video to a smaller size: they are
    wasting too much space"); else as it is, for "make it smaller" to be asked about."""
    if "smaller" not in prompt.lower():
        return prompt
    pieces = [p for c in split_clauses(prompt) for p in re.split(r",? (?:and |then )+", c)]
    if not (
        _WEIGHT_WORDS.search(prompt.lower())
        or _BITRATE_SAID.search(prompt.lower())
        or _GOES_TO.search(prompt.lower())
        or _SIZE_KEPT.search(prompt.lower())
        or any(lexicon.QUALITY_RIDER.search(p.lower().rstrip(" .")) for p in pieces)
    ):
        return prompt
    for piece in pieces:
        # ("make it smaller without losing quality": the quality kept, which a picture made
        # smaller never is, says it is the file)
        rider = lexicon.QUALITY_RIDER.search(piece.lower().rstrip(" ."))
        clause = piece[: rider.start()] if rider else piece
        said = _SMALLER_SAID.fullmatch(normalize(clause).strip(" ."))
        if said is None or re.search(
            r"\b(?:picture|image|resolution|frame|dimensions|pixels|screen(?! ?(?:recording|"
            r"capture|cast|grab)))\b",
            clause.lower(),
        ):
            continue  # ("make the picture smaller": the picture, whatever the file weighs)
        rest = prompt.lower().replace(clause.lower(), " ")
        tail = said["tail"] or ""
        # (what the clause says of the video is checked before it is said as "the file")
        _facts(clause)
        for size in re.finditer(r"\b(\d{3,5}) ?x ?(\d{3,5})\b", clause.lower()):
            _size_agrees(int(size[1]), int(size[2]), f"'{clause.strip()}': ")
        if (
            rider
            or _SIZE_KEPT.search(rest)
            or _BITRATE_SAID.search(rest)
            or (_BYTES_SAID.search(rest) and not _LOOKS_BIG.search(rest))
        ):
            # ("…, without compromising the output dimensions", "the file goes up to 40gb":
            # the picture kept, the file's weight said)
            return prompt.replace(clause, f"make the file smaller{tail}", 1)
        if _LOOKS_BIG.search(rest) or _LOOKS_BIG.search(tail):
            continue
        if tail and (_GOES_TO.search(tail) or _WEIGHT_WORDS.search(tail)):
            # (where it goes read as said: "for email" is email's limit)
            return prompt.replace(clause, f"make the file smaller{tail}", 1)
        if not tail and _WEIGHT_WORDS.search(rest):
            return prompt.replace(clause, "make the file smaller", 1)
    return prompt


#: Where a file goes: "lighter" said beside them may be a file that loads fast.
_GOES_TO = re.compile(
    r"\b(?:website|site|web ?page|home ?page|page|blog|web|e-?mail|send|sending|share|sharing|"
    r"post|posting|social)\b"
)


def _lighter_asked(step: Step) -> NotUnderstood:
    return NotUnderstood(
        f"could not understand '{step.task}': a smaller file, or a brighter picture? For "
        "example: 'make the file smaller'",
        clause=step.task,
        suggestions=("make the file smaller", "make it 10% brighter"),
    )


def _lighter_in_weight(steps: Sequence[Step], prompt: str) -> str | None:
    """The request with "lighter" said of the file, when a picture made lighter was planned
    for it and the rest of the request speaks of the file's weight, of loading or sending it,
    and never of how the picture looks ("make the tutorial video lighter: it has a high
    quality, and my internet access can't load it in time"); None when it is not so.
    NotUnderstood when the rest speaks of both: which is meant is asked."""
    for s in steps:
        if s.op not in ("brightness", "gamma") or not re.search(r"\blighter\b", s.task.lower()):
            continue
        if "start" in s.params or "end" in s.params:
            return None  # ("make the first 10 seconds lighter": a part of the picture)
        rest = re.sub(r"\blighter\b", " ", prompt.lower())
        if not _WEIGHT_WORDS.search(rest):
            if _GOES_TO.search(rest) and not _LOOK_WORDS.search(rest):
                # ("make it lighter for my website": a file that loads fast, or a brighter
                # picture on the page)
                raise _lighter_asked(s)
            return None
        # (a smaller file asked besides: "lighter" may be the picture, or said twice)
        smaller = any(o.op in ("compress", "quality", "resize") for o in steps)
        if smaller or _LOOK_WORDS.search(rest):
            raise _lighter_asked(s)
        at = prompt.lower().find(s.task.lower())
        if at < 0:
            raise _lighter_asked(s)  # (the words asking are not found as said: asked)
        told = re.sub(r"\blighter\b", "smaller in file size", s.task, count=1, flags=re.I)
        return prompt[:at] + told + prompt[at + len(s.task) :]
    return None


#: A part of the video said to be some way, as what a statement is about: "the intro is too
#: long", "the credits drag on", "the ending sounds too quiet".
_PART_IS = re.compile(
    r"\b(?:the|my|our|its|this|that) (?:intro|introduction|outro|ending|end|beginning|start|"
    r"opening|credits|end credits|middle(?: part)?|(?:first|last|second|final) (?:part|half|bit|"
    r"section|minute|seconds)|chorus|title sequence|countdown)(?:'s)?(?: (?:music|song|audio|"
    r"sound|voice|part|section|scene|bit|clip|shot|footage))? (?:is|are|was|were|seems?|feels?|"
    r"looks?|sounds?|drags?|goes|runs|gets|has|have)\b"
)
#: A part of the video by its times, in a statement of how it is: "the video is too dark in
#: the first 10 seconds", "it is upside down for the first 5 seconds".
_PART_BY_TIME = re.compile(
    r"(?:\b(?:is|are|was|were|looks?|sounds?|seems?|gets?) |'s |'re )[^,.;:]*?"
    r"\b(?:in|for|during|from|after|before|until|at) "
    r"(?P<part>(?:the )?(?:first|last|final|opening|closing) (?:\d+(?:\.\d+)? ?"
    r"(?:s|secs?|seconds?|mins?|minutes?)|few (?:seconds|minutes)|minute|second|half)|"
    # (a time by the clock, or with its unit: never "filmed at 1080p")
    r"(?:\d+:\d\d(?::\d\d)?(?:\.\d+)?|\d+(?:\.\d+)? ?(?:s|secs?|seconds?|mins?|minutes?)\b)"
    r"(?: ?(?:to|and|-|until) ?\d[\d:.]*(?: ?(?:s|secs?|seconds?))?)?)"
)
#: The thing edited said by a pronoun: "cut it", "speed them up".
_PRONOUN = re.compile(r"\b(?:it|them|this|that|these|those)\b")


def _part_then_it(steps: Sequence[Step], prompt: str) -> None:
    """NotUnderstood when a statement says how a part of the video is ("the intro is too
    long", "it is too dark in the first 10 seconds") and an edit after it names what it edits
    by a pronoun, with no part of its own ("…, speed it up 2x", "…, brighten it"): "it" may
    be that part, or the whole video; which is asked."""
    said = prompt.lower()
    m = _PART_IS.search(said) or _PART_BY_TIME.search(said)
    if m is None:
        return
    timed_part = m.re is _PART_BY_TIME
    part = m["part"] if timed_part else m[0].rsplit(" ", 1)[0]
    for step in steps:
        at = said.find(step.task.lower(), m.end())
        if at < 0 or not _PRONOUN.search(step.task.lower()):
            continue
        if {"start", "end", "at", "ranges"} & step.params.keys() and step.op not in ("trim",):
            continue  # (a part of its own: "make 0:50 to 1:00 louder")
        if step.op == "fade":
            continue  # ("the end is abrupt, fade it out": a fade is of the start or the end)
        said_alone = re.sub(r"^(?:(?:and|but|so|now|then|just|please),? )+", "", step.task)
        if step.op in ("trim", "cut", "keep_ranges", "cut_ranges"):
            example = "cut out 0:05 to 0:20"
        elif timed_part:
            # ("brighten it for the first 10 s", "… from 0:10 to 0:20": the part said)
            lead = "for" if part.startswith(("the ", "first", "last")) else "from"
            example = f"{said_alone} {lead} {part}"
        else:
            example = f"{said_alone} from 0:10 to 0:20"
        try:
            _plan(example)
        except (NotUnderstood, InvalidRequest):
            example = ""  # ("rotate it from 0:10 to 0:20": no edit of a part)
        question = (
            f"only {part}, said before, or the whole video?"
            if timed_part
            else f"is it {part}, said before, or the whole video? If {part}, from when to when?"
        )
        raise NotUnderstood(
            f"could not understand '{step.task}': {question}"
            + (f" For example: '{example}'" if example else ""),
            clause=step.task,
            suggestions=(example,) if example else (),
        )


#: How much faster or slower, said alone after a speed change: ", 8x", ", eight times slower".
_AMOUNT_ALONE = re.compile(
    r"(?:and |then )?(?:\d+(?:\.\d+)?|[a-z]+) ?(?:x|times)(?: (?:slower|faster|quicker|speed|as "
    r"(?:fast|slow)))?|(?:and |then )?at (?:half|double|quarter|\d+(?:\.\d+)?x) speed"
)


def _one_speed_said_twice(steps: Sequence[Step]) -> None:
    """NotUnderstood when the whole video and a part of it are both made slower (or both
    faster) ("play it in slow motion from 0:20 on, eight times slower"): one change said
    twice, or two that multiply, is asked, never both done."""
    speeds = [s for s in steps if isinstance(s.operation, Speed)]
    for n, first in enumerate(speeds):
        for second in speeds[n + 1 :]:
            a, b = first.operation, second.operation
            assert isinstance(a, Speed) and isinstance(b, Speed)
            whole = [x for x in (a, b) if x.start is None and x.end is None]
            bare = _AMOUNT_ALONE.fullmatch(
                (first if whole and whole[0] is a else second).task.lower().strip(" ,.;")
            )
            if len(whole) == 1 and ((a.factor > 1) == (b.factor > 1) or bare):
                part = first if whole[0] is b else second
                raise NotUnderstood(
                    f"'{first.task}' and '{second.task}' both change the speed: is it one change, "
                    f"and how much? Say it once, for example: '{part.task}'",
                    clause=f"{first.task} and {second.task}",
                    suggestions=(first.task, second.task),
                )


def _one_of_each(steps: Sequence[Step]) -> None:
    """NotUnderstood when two steps set what a video has one of to two values ("convert it
    to mp4 and webm", "format it for instagram and tiktok"): that is two videos, and a request
    makes one; which is asked, never the second done over the first."""
    for n, first in enumerate(steps):
        if (what := _ONE_OF_A_KIND.get(first.op)) is None:
            continue
        for second in steps[n + 1 :]:
            if second.op != first.op or second.params == first.params:
                continue
            shared = first.params.keys() & second.params.keys()
            if first.op != "resize" and all(first.params[k] == second.params[k] for k in shared):
                continue  # "a gif at 10 fps, 320 wide": one GIF, its values said apart
            a, b = first.operation.describe(), second.operation.describe()
            raise NotUnderstood(
                f"could not understand '{first.task}' and '{second.task}': the result has one "
                f"{what}, which one: {a} or {b}? promptcut makes one file a request; ask again "
                f"for the other. For example: '{first.task}'",
                clause=f"{first.task} and {second.task}",
                suggestions=(first.task, second.task),
            )


#: A time said of the music itself: "from 0:30 of the song", "30 seconds into the track".
_TIME_IN_THE_SONG = re.compile(
    rf"(?:{_T_}|the {_T_} mark|(?:the )?(?:chorus|refrain|drop|verse|bridge))(?: mark)? "
    r"(?:of|into|in) (?:the |that |this |its |my )?(?:song|music|track|tune|soundtrack|"
    r"audio file|mp3)\b"
)


def _time_in_the_song(steps: Sequence[Step]) -> None:
    """NotUnderstood when music added is to start partway into itself ("add song.mp3 from 0:30
    of the song"): promptcut plays it from its own beginning, and where in the video it starts
    is another time, never taken for it."""
    for step in steps:
        if step.op in ("add_music", "replace_audio") and _TIME_IN_THE_SONG.search(
            step.task.lower()
        ):
            raise NotUnderstood(
                f"could not understand '{step.task}': starting the music partway into itself is "
                "not something promptcut does (it plays from the music's beginning); to start it "
                "later in the video, say when, e.g. 'add it from 0:10'",
                clause=step.task,
            )


def _ends_before_it_starts(steps: Sequence[Step], duration: float | None) -> None:
    """NotUnderstood when a step's part ends where or before it starts ("trim from 0:20 to
    0:10", "trim the video of the first 10 seconds to 5 seconds"): which part is asked, never
    one made up."""
    for step in steps:
        start, end = step.params.get("start"), step.params.get("end")
        if not isinstance(start, float | int) or not isinstance(end, float | int):
            continue
        if (start < 0) != (end < 0):
            if duration is None:
                continue  # (one counted from the end, the length unknown: not compared)
            start, end = (duration + t if t < 0 else t for t in (start, end))
        if end > start:
            continue
        verb = step.task.split(" ", 1)[0]
        raise NotUnderstood(
            f"could not understand '{step.task}': the part ends ({fmt_seconds(end)}) where or "
            f"before it starts ({fmt_seconds(start)}); from when to when? For example: '{verb} "
            f"from 0:05 to 0:30'",
            clause=step.task,
            suggestions=(f"{verb} from 0:05 to 0:30",),
        )


def _ways_to_say(said: str, up: bool, ranged: bool) -> tuple[str, ...]:
    """Up to two examples of how much faster or slower, made of the person's words, that
    read as one speed change (none when their words do not take an amount at their end:
    "slow down 0:10 to 0:20 where the goal happens")."""
    if up:
        # (a length the result is to last is said of the whole video, not of a part)
        tried = (f"{said} 2x", f"{said} at 1.5x speed") if ranged else (
            f"{said} 2x", f"{said} so it lasts 30 seconds", "speed it up 2x"
        )  # fmt: skip
    else:
        tried = (f"{said} to half speed",) + (
            (f"{said} to 0.25x speed",) if ranged else ("slow it down to half speed",)
        )
    return tuple(dict.fromkeys(w for w in tried if _reads_as_speed(w)))[:2]


def _reads_as_speed(text: str) -> bool:
    """Whether an example made of the person's words reads as one speed change."""
    try:
        found = _reads(normalize(text))
    except (ValueError, UserError, ValidationError):
        return False
    return found is not None and bool(found) and all(isinstance(op, Speed) for op in found)


def _parts_joined(steps: list[Step]) -> list[Step]:
    """The steps, with "join them" said of parts kept ("keep 0:05-0:15 and 0:30-0:40 and join
    them") read as what keeping them does. InvalidRequest when parts are cut and then "joined"
    with no other clip named ("cut from 0:05 to 0:15 and from 0:30 to 0:40 and join them"):
    those parts kept and joined, or cut out and the rest joined, is asked, never guessed."""
    joins = [s for s in steps if s.op == "join" and not s.params.get("clips")]
    cuts = [s for s in steps if s.op in ("cut", "cut_ranges")]
    if joins and not cuts and any(s.op == "keep_ranges" for s in steps):
        return [s for s in steps if s not in joins]
    if not joins or not cuts:
        return steps
    op = cuts[0].operation
    spans = (
        op.ranges
        if isinstance(op, CutRanges)
        else ((op.start, op.end),)
        if isinstance(op, Cut)
        else ()
    )
    parts = " and ".join(f"{fmt_clock(a)}-{fmt_clock(b)}" for a, b in spans)
    raise InvalidRequest(
        f"'{joins[0].task}': join the parts named into one video ('keep {parts} and join "
        f"them'), or cut them out and join what is left ('cut out {parts} and join the rest')?"
    )


def _count_agrees(prompt: str, steps: list[Step]) -> None:
    """InvalidRequest when the request joins "every clip given" and says how many videos there
    are, but that many were not given (the video edited counts, or not: either agrees)."""
    if not any(s.op in ("join", "transition") and not s.params.get("clips") for s in steps):
        return
    said = _COUNTED.search(prompt.lower())
    if said is None:
        return
    n = int(said["n"]) if said["n"].isdigit() else _WORD_VALUE[said["n"]]
    videos = [f for f in _given.get() if f.rsplit(".", 1)[-1].lower() in _EXTS["video"]]
    if n not in (len(videos), len(videos) + 1):
        given = ", ".join(videos) or "none"
        raise InvalidRequest(
            f"the request says {n} videos, but {len(videos) + 1} are here: this one and "
            f"{given}; give the others with --asset"
        )


#: Edits that done twice are done once (what the second finds is already as asked).
_ONCE_IS_ENOUGH = frozenset(
    {"remove_silence", "remove_black", "stabilize", "audio_denoise", "denoise", "normalize",
     "mute", "grayscale", "remove_short_scenes", "compress", "quality", "add_music",
     "replace_audio", "extract_audio", "convert", "subtitles", "overlay_image", "fps", "codec",
     "crop", "pad", "blur_fill", "platform", "resize"}
)  # fmt: skip


#: Edits that done twice undo themselves: the same one said twice in a row is one.
_UNDONE_BY_ITSELF = frozenset({"flip", "reverse", "invert"})

#: Words that make an edit said again a second one: "speed it up 2x, then 2x again".
_AGAIN = re.compile(r"\b(?:again|more|further|another|once more|on top|as well|too)\b")


def _as_gif(steps: list[Step]) -> list[Step]:
    """A frame rate and a width said beside a conversion to GIF ("-vf fps=10,scale=320:-1
    output.gif") as the GIF's own settings: one GIF made at that rate and width, as the GIF
    operation makes them (its palette, its frame rate), not a video resampled and converted."""
    gifs = [
        s
        for s in steps
        if isinstance(s.operation, Gif)
        or (isinstance(s.operation, Convert) and s.operation.format == "gif")
    ]
    rates = [s for s in steps if isinstance(s.operation, FrameRate)]
    widths = [
        s
        for s in steps
        if isinstance(s.operation, Resize)
        and s.operation.width is not None
        and s.operation.height is None
        and s.operation.lines is None
        and s.operation.percent is None
    ]
    made = [s.operation for s in gifs if isinstance(s.operation, Gif)]
    if not gifs or not (rates or widths) or len(rates) > 1 or len(widths) > 1 or len(made) > 1:
        return steps
    # ("make a gif at 15 fps, 320 pixels wide": the width joins the rate the GIF was given)
    settings: dict[str, float | int] = (
        made[0].model_dump(exclude_defaults=True, exclude_none=True) if made else {}
    )
    if rates:
        if "fps" in settings:
            return steps  # two rates for one GIF: neither is folded in
        settings["fps"] = rates[0].operation.fps  # type: ignore[attr-defined]
    if widths:
        if "width" in settings:
            return steps
        settings["width"] = widths[0].operation.width  # type: ignore[attr-defined]
    try:
        gif = Gif.model_validate(settings)
    except ValidationError:
        return steps
    folded = {id(s) for s in (*gifs, *rates, *widths)}
    last = max(i for i, s in enumerate(steps) if id(s) in folded)
    at = sum(1 for s in steps[:last] if id(s) not in folded)  # where the last of them was
    kept = [s for s in steps if id(s) not in folded]
    task = " and ".join(dict.fromkeys(s.task for s in steps if id(s) in folded))
    return [*kept[:at], Step.of(task, gif), *kept[at:]]


def _merged(steps: list[Step]) -> list[Step]:
    """The same edit said twice in a row, when once is enough, as one; edges cropped one
    after another ("a 100px strip at the top and a 200px strip at the bottom") as one crop,
    when they are in the same unit and none is cropped twice; a start and an end given on the
    video as it is ("start it at 0:05 and end it at 0:50") as one trim, not an end counted on
    what the start left."""
    out: list[Step] = []
    sides = ("left", "right", "top", "bottom")
    for step in steps:
        op = step.operation
        last = out[-1].operation if out else None
        if (
            isinstance(last, KeepScenes)
            and isinstance(op, KeepScenes)
            and bool(last.keep) == bool(op.keep)
        ):
            # "keep the first 5 scenes and the last 5 scenes": one choice of scenes (kept one
            # after the other, the second would choose among what the first kept)
            chosen = {
                k: tuple(dict.fromkeys((*getattr(last, k), *getattr(op, k))))
                for k in ("keep", "remove")
            }
            out[-1] = Step.of(f"{out[-1].task} and {step.task}", last.model_copy(update=chosen))
            continue
        if (
            (isinstance(last, (Speed, Trim)) or op.name in _UNDONE_BY_ITSELF)
            and last == op
            and not (isinstance(last, Speed) and last.ranged)
            and step.task != out[-1].task
            and not _AGAIN.search(step.task.lower())
        ):
            # ("mirror the video: flip it left to right": one flip said twice, never a second
            # that undoes the first)
            # "a 10x time-lapse ... compress the 30 minute recording into a 3 minute clip": the
            # same speed said twice, once by its factor and once by the lengths, is one speed;
            # "trim the video to 15 secs: select only 15 seconds from the start": the same part
            # kept, said twice in other words, is kept once
            out[-1] = Step.of(f"{out[-1].task} and {step.task}", last)
            continue
        if _amount_given_after(out[-1] if out else None, step):
            # "speed up the video, e.g. x1.5": the amount of the edit just said with none, its
            # default read, given after it
            out[-1] = Step.of(f"{out[-1].task}, {step.task}", op)
            continue
        if (
            last is not None
            and last.name == "extract_audio"
            and not last.model_dump(exclude_defaults=True)
            and isinstance(op, Convert)
            and op.format in _AUDIO_FORMATS
        ):
            # "extract the audio, as m4a": the sound alone, in that format (as "extract the
            # audio as m4a" reads), one step
            out[-1] = Step.of(f"{out[-1].task}, {step.task}", op)
            continue
        if isinstance(last, Gif) and isinstance(op, FrameRate) and last.fps is None:
            # "make a gif 400px wide at 15fps": the GIF's own frame rate
            out[-1] = Step.of(out[-1].task, last.model_copy(update={"fps": op.fps}))
            continue
        if (
            last is not None
            and last.name == op.name
            and op.name in _ONCE_IS_ENOUGH
            # (a part of it said once and all of it another time are two edits)
            and not any(isinstance(o, Ranged) and o.ranged for o in (last, op))
            # (half the size, halved again, is a quarter)
            and not (isinstance(op, Resize) and op.percent is not None)
        ):
            # "remove all silent portions and dead air. Cut out any segments where there is no
            # speaking for more than 2 seconds": one edit said again, the second time with
            # its value; done once, with the value said
            bare = [o for o in (last, op) if not o.model_dump(exclude_defaults=True)]
            if last == op or bare:
                kept = op if bare and bare[0] is last else last
                out[-1] = Step.of(f"{out[-1].task} and {step.task}", kept)
                continue
        if (
            isinstance(last, Trim)
            and isinstance(op, Trim)
            and last.start > 0
            and last.end is None
            and op.start == 0
            and op.end is not None
            and op.end > last.start
        ):
            # "start it at 0:05 and end it at 0:50": both times on the video as it is
            out[-1] = Step.of(f"{out[-1].task} and {step.task}", Trim(start=last.start, end=op.end))
            continue
        if (bounded := _bounds_around(out, op)) is not None:
            # "start at 0:02, at 0:10 insert the text …, end at 0:43": every time on the
            # video as it is
            out[:] = bounded(step)
            continue
        if out and isinstance(op, CropEdges) and isinstance(out[-1].operation, CropEdges):
            last = out[-1].operation
            if last.unit == op.unit and not any(getattr(last, k) and getattr(op, k) for k in sides):
                both = last.model_copy(
                    update={k: getattr(last, k) or getattr(op, k) for k in sides}
                )
                out[-1] = Step.of(f"{out[-1].task} and {step.task}", both)
                continue
        out.append(step)
    return out


def _bounds_around(out: list[Step], op: Operation) -> Callable[[Step], list[Step]] | None:
    """Where a request says where the result starts, then edits, then where it ends ("start
    at 0:02, at 0:10 insert the text …, end at 0:43"; "start at 0:00, cut 0:57 to 2:20, end
    at 2:47"), every time is on the video as it is: the steps that, given the end `op`, say
    so — the edits between first and one trim last, when they change no length; one choice of
    the parts kept, when they are cuts inside the two. None otherwise."""
    if not (isinstance(op, Trim) and op.start == 0 and op.end is not None and op.end > 0):
        return None
    starts = [k for k, s in enumerate(out) if isinstance(s.operation, Trim)]
    if not starts:
        return None
    k = starts[-1]
    first, between = out[k].operation, out[k + 1 :]
    assert isinstance(first, Trim)
    end = op.end
    if first.end is not None or first.start < 0 or not between or end <= first.start:
        return None
    ops = [s.operation for s in between]
    if any(isinstance(o, (Speed, Freeze, Loop)) for o in ops):
        # ("start at 0:05, speed it up 2x, end at 0:50": an end on the video as it is, or on
        # the one the change of length between makes?)
        keep = f"keep {fmt_clock(first.start)} to {fmt_clock(end)}"
        raise NotUnderstood(
            f"could not understand '{out[k].task}' … '{between[-1].task}' and an end at "
            f"{fmt_clock(end)}: is that end on the video as it is, or on the video once "
            f"'{between[0].task}' changes its length? For example: '{keep}, then "
            f"{between[0].task}'",
            clause=out[k].task,
        )
    if all(isinstance(o, Ranged) and not isinstance(o, (Speed, Freeze, Trim, Cut)) for o in ops):

        def trimmed_last(step: Step) -> list[Step]:
            bounds = Trim(start=first.start, end=end)
            return [*out[:k], *between, Step.of(f"{out[k].task} and {step.task}", bounds)]

        return trimmed_last
    cuts = [o for o in ops if isinstance(o, Cut)]
    if len(cuts) != len(ops) or not all(first.start <= c.start < c.end <= end for c in cuts):
        return None
    spans = sorted((c.start, c.end) for c in cuts)
    if any(a < b_end for (_, b_end), (a, _) in itertools.pairwise(spans)):
        return None  # (cuts that overlap: asked as said)
    edges = [first.start, *(t for span in spans for t in span), end]
    kept = tuple((a, b) for a, b in zip(edges[::2], edges[1::2], strict=True) if b > a)

    def kept_between(step: Step) -> list[Step]:
        task = " and ".join(s.task for s in (out[k], *between, step))
        return [*out[:k], Step.of(task, KeepRanges(ranges=kept))]

    return kept_between


#: Formats of sound alone.
_AUDIO_FORMATS = lexicon.SOUND_FORMATS


def _amount_given_after(first: Step | None, then: Step) -> bool:
    """Whether `then` only gives the amount of `first`, a change of the speed or the volume
    in the same direction said with none (its default read): "speed up the video, e.g. x1.5",
    "make it louder, like +3 dB"."""
    if first is None:
        return False
    a, b = first.operation, then.operation
    if isinstance(a, Speed) and isinstance(b, Speed):
        same = not a.ranged and not b.ranged and (a.factor > 1) == (b.factor > 1)
        unsaid = not _FACTOR_SAID.search(first.task.lower())
    elif isinstance(a, Volume) and isinstance(b, Volume):
        same = not a.ranged and not b.ranged and _louder(a) == _louder(b)
        unsaid = not re.search(r"\d|%", first.task)
        if not a.ranged and not b.ranged and unsaid and _louder(a) != _louder(b):
            # ("make it quieter, the volume x5": which way is not guessed)
            raise NotUnderstood(
                f"'{first.task}' and '{then.task}' change the volume opposite ways; say which",
                clause=then.task,
            )
    else:
        return False
    return same and unsaid and not _AGAIN.search(then.task.lower())


def _louder(op: Volume) -> bool:
    """Whether a change of the volume makes it louder."""
    return (op.db or 0) > 0 or (op.percent or 100) > 100


def _when(op: Operation) -> float | None:
    """Where on the timeline an edit that changes the length after it starts, if it is one."""
    if isinstance(op, Speed) and op.start is not None and op.start >= 0:
        return op.start
    if isinstance(op, Freeze):
        return op.at
    return None


def _latest_first(steps: list[Step]) -> list[Step]:
    """Edits that change the length after them, at times the request gives on the video as it
    is ("speed up 10-15 s and again 50-60 s"), done from the latest: an earlier one would move
    the later one's times."""
    out: list[Step] = []
    run: list[Step] = []

    def flush() -> None:
        out.extend(sorted(run, key=lambda s: -(_when(s.operation) or 0.0)))
        run.clear()

    for step in steps:
        if _when(step.operation) is None:
            flush()
            out.append(step)
            continue
        if run and type(run[0].operation) is not type(step.operation):
            flush()
        run.append(step)
    flush()
    return out


#: Operations after which the picture may have another size than the video's.
_RESHAPING = frozenset(
    {"resize", "crop", "crop_edges", "crop_area", "pad", "blur_fill", "platform", "rotate"}
)


def _needless(steps: list[Step]) -> list[Step]:
    """Without a resize to the size bars already made ("add bars to make the 1920x800 video
    1920x1080": padded to 16:9, it is 1920x1080), when the video's size is known."""
    picture = _picture.get()
    if picture is None:
        return steps
    out: list[Step] = []
    size = (picture[0], picture[1])
    for step in steps:
        op = step.operation
        reshaped = any(s.operation.name in _RESHAPING for s in out[:-1])
        if (
            isinstance(op, Resize)
            and out
            and isinstance(out[-1].operation, (Pad, BlurFill))
            and not reshaped
        ):
            shape = out[-1].operation.aspect
            if (op.width, op.height) == padded_size(shape, *size):
                continue
        out.append(step)
    return out


_OF_THE_MUSIC = re.compile(
    r"\b(?:its|their|the music|the song|the background(?: music)?|the track)\b"
)


#: What an edit is for, said after it: "… so the song is amplified" names the music as what
#: is to be heard, never as what is turned down.
_WHAT_FOR = re.compile(r",? (?:so(?: that)?|in order to|so as to|to make) .*$")


def _music_level(music: AddMusic, change: Volume) -> AddMusic:
    """The music at the level a volume change said of it ("add music.mp3 and lower its volume")."""
    if music.db is not None:
        level = music.db
    elif music.percent is not None:
        level = 20 * math.log10(max(music.percent, 1e-6) / 100)
    else:
        level = UNDER_DB
    step = (
        change.db
        if change.db is not None
        else 20 * math.log10(max(change.percent or 0, 1e-6) / 100)
    )
    fields = music.model_dump(exclude={"percent", "db"}, exclude_defaults=True)
    return AddMusic.model_validate(fields | {"db": round(max(-60.0, min(20.0, level + step)), 1)})


#: The video's own sound, named apart from music added to it: "mute the video", "the original".
_ITS_OWN_SOUND = re.compile(
    r"\b(?:the (?:video|clip|recording|original|speech|voices?)|its own|the video's)\b"
)
#: "without sound", "with no audio": said after added music, whose sound is meant is asked.
_WITHOUT_SOUND_SAID = re.compile(
    r"\b(?:without|with no|no) (?:any |the |its |an? )?(?:audio|sound)\b"
)
#: The whole mix: "make everything quieter", "lower the overall volume".
_THE_MIX = re.compile(
    r"\b(?:whole|everything|all of it|overall|the mix|the final|master|both"
    # ("the volume in the video", after music added: the video's own, or all of it? asked)
    r"|(?<!of )(?<!in )the (?:video|clip|movie)(?!'s| (?:own|original)))\b"
)
#: The video's own sound, named apart from the music: "the volume of the video", "the
#: original audio", "its own sound".
_OWN_SOUND_LEVEL = re.compile(
    r"\b(?:the original|its own|the video's(?: own)? (?:audio|sound|volume)|(?:audio|sound|volume)"
    r" of the (?:video|clip|recording)|the (?:speech|voices?|dialogue|narration))\b"
)
#: "make it quieter": "it" alone, which after added music may be either.
_IT_ALONE = re.compile(r"\b(?:it|this|that)\b(?! (?:all|whole))")


#: Music said to be under something else: "the background music".
_BACKGROUND_MUSIC = re.compile(r"\b(?:background|backing) (?:music|songs?|tracks?|tunes?)\b")


#: The music named by what it is: "the music", "the background song".
_THE_MUSIC_SAID = re.compile(
    r"\bthe (?:background |backing )?(?:music|song|soundtrack|track|tune)\b(?!'s| of the)"
)


#: Voices in the sound, named: "I can't hear the voice", "over the narration".
_VOICES = re.compile(
    r"\b(?:voices?|speech|speaking|speakers?|narration|narrator|voice-?over|dialogue|dialog|"
    r"talking|vocals|commentary|words)\b"
)


#: A video of people speaking, by its kind: "my commencement video", "the lecture recording"
#: (its music, if any, is under the speech).
_SPOKEN_KIND = re.compile(
    r"\b(?:commencement|graduation speech|lecture|sermon|speech|interview|podcast|vlog|tutorial|"
    r"webinar|meeting|presentation|talk|keynote|debate|homily|eulogy|toast|let's play|"
    r"commentary)s? (?:[\w-]+ )?"
    r"(?:video|recording|clip|footage|episode)\b"
)
#: Sounds of a video besides its voices and music: "the sliding sound effect".
_SOUNDS_BESIDES = re.compile(
    r"\b(?:sound effects?|sfx|effects? sounds?|ambien(?:ce|t sound)|background sounds?|"
    r"natural sound|birds?|crowd)\b"
)


#: A file of a voice, by its name or by what the request calls it: "voiceover.mp3", "the
#: narration", "my commentary".
_VOICE_FILE = re.compile(
    r"(?:^|[^a-z])(?:voice ?-?over|vo|narration|narrator|commentary|voice|voices|speech|dub|"
    r"dubbing|dialogue|interview)(?:[^a-z]|$)"
)
#: The voice added, as a step calls it: "add my narration", "play the voiceover with it"
#: (never the video's own voices: "duck it under the narration").
_VOICE_ADDED = re.compile(
    r"^(?:\w+ ){1,2}(?:the |my |our |a |his |her )?(?:voice ?-?over|narration|commentary)\b"
)


def _voice_added(planned: Plan) -> Plan:
    """The plan with a voice laid along the video (a voice-over, a narration, a commentary:
    by the file's name or by what its step calls it) at its own level, where no level was
    said, and played once: a voice is heard, never put quietly under the sound as music is,
    and never starts over when it ends."""
    steps = []
    for step in planned.steps:
        op = step.operation
        if isinstance(op, (AddMusic, ReplaceAudio)) and (
            _VOICE_FILE.search(op.file.lower().rsplit(".", 1)[0])
            or _VOICE_ADDED.search(step.task.lower())
        ):
            # (a voice said to loop loops: "replace the sound with voice.m4a and loop it")
            looped = re.search(
                r"\b(?:loop|loops|looped|looping|repeat|repeated|repeating)\b", step.task
            )
            said: dict[str, float | bool] = {} if looped else {"loop": False}
            if isinstance(op, AddMusic) and op.db is None and op.percent is None:
                said["db"] = 0.0
            op = op.model_copy(update=said)
            step = Step.of(step.task, op)
        steps.append(step)
    return Plan(steps=tuple(steps))


#: Music said to be quiet: "quietly", "at a lower volume", "with the level low".
_QUIET_SAID = re.compile(
    r"\b(?:quiet|quieter|quietly|softly|softer|(?:low|lower|reduced|soft) (?:volume|level)|"
    r"(?:volume|level) (?:low|lower|reduced|down))\b"
)


def _quiet_music_said(planned: Plan, prompt: str) -> Plan:
    """The plan with music said to be quiet ("play happy.mp3 in the background of the video
    of my walk, at a lower volume") at the quiet level, said in its step, when no level of its
    own was read, it is not ducked ("quieter when someone talks") and no other edit of the
    sound's level is asked (the level is the music's own quiet one either way; the plan says
    it)."""
    music = [s for s in planned.steps if isinstance(s.operation, AddMusic)]
    if (
        len(music) != 1
        or music[0].params.keys() & {"db", "percent", "duck"}
        or any(isinstance(s.operation, (Volume, Normalize)) for s in planned.steps)
        or not _QUIET_SAID.search(prompt.lower())
    ):
        return planned
    quiet = music[0].operation.model_copy(update={"db": UNDER_DB})
    return Plan(steps=tuple(Step.of(s.task, quiet) if s is music[0] else s for s in planned.steps))


def _music_alone(step: Step, music: str) -> NotUnderstood:
    """The refusal of a change of the level of the music of a video with no sound file given:
    it is one sound with the voices over it."""
    return NotUnderstood(
        f"could not understand '{step.task}': changing the level of {music} alone, apart from "
        "the voices over it, is not something promptcut does; it changes the level of all of the "
        "sound ('make it quieter')",
        clause=step.task,
    )


#: A size limit spoken of: "the upload size limit", "discord's limit", "over the limit".
_LIMIT_SPOKEN_OF = re.compile(
    r"\b(?:upload|size|file ?size|file|attachment|mb|data)(?: size)? (?:limit|cap|maximum|max|"
    r"restriction|limitation)s?\b"
    r"|\b(?:over|exceeds?|exceeding|above|beyond|past|under|below|within|fit|fits) (?:the |a |its |"
    r"their |my |our |[a-z]+'s )?(?!(?:speed|time|length|duration|character|word) )(?:[a-z]+ )?"
    r"(?:limit|cap)s?\b"
)


def _limit_unsaid(steps: Sequence[Step], prompt: str) -> None:
    """NotUnderstood when the request speaks of a size limit ("it always exceeds the upload
    size limit", "it's over discord's limit") and the plan only makes the file smaller, to no
    size: how small is asked, never guessed."""
    said = prompt.lower()
    if _LIMIT_SPOKEN_OF.search(said) is None:
        return
    if any(isinstance(s.operation, Compress) for s in steps):
        return
    for step in steps:
        if isinstance(step.operation, Quality) and step.operation.level == "small":
            raise NotUnderstood(
                f"could not understand '{step.task}': the request speaks of a size limit "
                "but not of its size: under how many MB, or for which service? For example: "
                "'compress it to under 25 MB' or 'make it small enough for discord'",
                clause=step.task,
            )


#: A passing fault named (never one kept: "keep the breathing"), which the denoiser of steady
#: noise leaves in.
_PASSING_FAULTS = re.compile(
    rf"(?<!keep )(?<!keeping )(?<!leave )(?<!leaving )\b{lexicon.PASSING_FAULTS}\b"
)


#: Words a text cut off with dots ends on: "How to use the...".
_CUT_OFF = re.compile(
    r"\b(?:the|a|an|to|of|and|or|for|with|in|on|at|by|from|my|your|our|their|his|her|its|this|"
    r"that|is|are|was)\s*(?:\.{2,}|…)$",
    re.IGNORECASE,
)


#: Words that say a crop keeps a piece of the picture, and where: "the middle 512x512", "an
#: area", "from the top left".
_A_PIECE_OF_IT = re.compile(
    r"\b(?:cent(?:er|re)|middle|area|region|part|piece|portion|section|window|box|rectangle|"
    r"top|bottom|left|right|corner|offset|x ?=|y ?=|position|zoom(?:ed)? in)\b"
)


#: Words that say the picture is to be cut to its new shape: "crop it to 16:9", "cut the top
#: and bottom off", "zoom in to fill the screen".
_CUT_TO_SHAPE = re.compile(
    r"\b(?:crop\w*|cut\w*|trim\w*|chop\w*|zoom\w*|top and bottom|fill(?:s|ing)? (?:the )?"
    r"(?:whole |entire )?(?:frame|screen)|full ?screen)\b"
)


#: Bars said to be unwanted: "without the black bars", "no borders".
_NO_BARS = re.compile(
    r"\b(?:without|no|not with|don't want|do not want|minus) (?:any |the )?(?:black )?(?:bars|"
    r"borders|letterbox\w*|pillarbox\w*)\b"
)


def _portrait_made_landscape(steps: Sequence[Step], prompt: str) -> None:
    """NotUnderstood when a portrait picture is to be made a landscape shape and nothing says
    how ("make this 2:3 timelapse 16:9"): cropped, it keeps a third of itself, so whether to
    crop, add bars or blur the sides is asked. A crop said ("crop it to 16:9", "… without the
    black bars") is done; a landscape picture made portrait ("make it 9:16 for reels") is
    cropped, as every short-form platform does it."""
    picture = _picture.get()
    if not picture or picture[1] <= picture[0] or _NO_BARS.search(prompt.lower()):
        return
    for step in steps:
        op = step.operation
        if _CUT_TO_SHAPE.search(step.task.lower()):
            continue
        if isinstance(op, Crop):
            aspect = op.aspect
            ways: tuple[str, ...] = (
                f"crop it to {aspect}",
                f"make it {aspect} with black bars",
                f"make it {aspect} with a blurred background",
            )
        elif isinstance(op, Platform) and op.fit == "crop":
            aspect = PLATFORMS[op.platform][0]
            named = op.platform.replace("_", " ")
            ways = (f"format it for {named} cropped", f"format it for {named} with black bars")
        else:
            continue
        a, b = (float(x) for x in aspect.split(":"))
        if a <= b:
            continue
        raise NotUnderstood(
            f"could not understand '{step.task.strip()}': how should the portrait "
            f"{picture[0]}x{picture[1]} picture become {aspect}: cropped (most of its top and "
            "bottom cut off), or with something at its sides? For example: "
            + " or ".join(f"'{way}'" for way in ways),
            clause=step.task.strip(),
            suggestions=ways,
        )


def _faded_as_before(planned: Plan) -> Plan:
    """A fade that names what it fades only as "it" ("fade out the sound at the end and fade
    it in at the start", "… and a fade-in at its start") fades what the fade just before it
    did: the sound, never the picture with it."""
    steps = list(planned.steps)
    for n in range(1, len(steps)):
        before, op = steps[n - 1].operation, steps[n].operation
        said = steps[n].task.lower()
        if (
            isinstance(before, Fade)
            and isinstance(op, Fade)
            and before.target != "both"
            and op.target == "both"
            and re.search(r"\b(?:it|its|it's|them|their)\b", said)
            and not re.search(r"\b(?:video|picture|image|screen|audio|sound|music|both)\b", said)
        ):
            steps[n] = Step.of(steps[n].task, op.model_copy(update={"target": before.target}))
    return planned if steps == list(planned.steps) else Plan(steps=tuple(steps))


#: The sound kept, said beside an edit: "… and keep the audio", "with sound".
_SOUND_KEPT = re.compile(
    r"\b(?:keep|keeping|kept|preserve|preserving|retain|retaining|include|including|with)"
    r"(?: (?:the|its|all the|original))* (?:audio|sound|soundtrack)\b"
)


def _lost_in_the_result(planned: Plan, prompt: str) -> None:
    """InvalidRequest when the request makes a result with no picture or no sound and a step
    changes only that ("extract the audio and make it black and white", "make a gif and make it
    louder"), or says to keep the sound of a GIF or a still ("convert it to a gif and keep the
    audio"): that would be lost without a word."""
    exts = {e for s in planned.steps if (e := s.operation.output_ext()) is not None}
    kinds = {k for s in planned.steps if (k := s.operation.output_kind()) is not None}
    if len(exts) == 1:
        made = output_format(exts.pop())
    elif not exts and len(kinds) == 1 and (kind := kinds.pop()) != "video":
        made = output_format("mp3" if kind == "audio" else "png")
    else:
        return  # (a video, or more kinds of result than one: chosen, or refused, later)
    if (lost := planned.lost_in(made)) is not None:
        raise InvalidRequest(lost)
    if (made.kind == "image" or made.ext == "gif") and (kept := _SOUND_KEPT.search(prompt.lower())):
        raise InvalidRequest(
            f"'{kept[0]}': {'a GIF' if made.ext == 'gif' else 'a still picture'} has no sound; "
            "leave it out, or make the result a video (an .mp4)"
        )


def _piece_or_scaled(steps: Sequence[Step]) -> None:
    """NotUnderstood when a crop to a size under half the picture's shorter side says nothing
    of where or of a piece ("crop the 1080p video to 512x512"): people mean a small piece of
    the picture, or the picture cut to that shape and scaled down to that size; which is
    asked. Placed, beside a resize, or at least half as big, the piece is meant."""
    picture = _picture.get()
    if not picture or any(isinstance(s.operation, Resize) for s in steps):
        return
    width, height = picture[:2]
    for step in steps:
        op = step.operation
        if (
            not isinstance(op, CropArea)
            or op.x is not None
            or op.y is not None
            or op.anchor != "center"
            or 2 * min(op.width, op.height) >= min(width, height)
            or _A_PIECE_OF_IT.search(step.task.lower())
        ):
            continue
        w, h = op.width, op.height
        ratio = f"{w // math.gcd(w, h)}:{h // math.gcd(w, h)}"
        ways = (f"crop the middle {w}x{h}", f"crop it to {ratio} and resize it to {w}x{h}")
        raise NotUnderstood(
            f"could not understand '{step.task.strip()}': a {w}x{h} piece of the {width}x"
            f"{height} picture, or all of it cut to that shape and scaled down to {w}x{h}? "
            "For example: " + " or ".join(f"'{way}'" for way in ways),
            clause=step.task.strip(),
            suggestions=ways,
        )


def _text_cut_off(steps: Sequence[Step]) -> None:
    """NotUnderstood when a text to draw ends with dots after a word that needs more ("How to
    use the..."): the words are the person's, cut short where they wrote them; the rest is
    asked."""
    for step in steps:
        op = step.operation
        if isinstance(op, Text) and _CUT_OFF.search(op.text.strip()):
            raise NotUnderstood(
                f"could not understand '{step.task}': the text '{op.text}' stops short: what "
                "should it say in full? For example: 'add the title \"How to use the app\"'",
                clause=step.task,
            )


def _passing_sounds_said(steps: Sequence[Step], prompt: str) -> None:
    """NotUnderstood when the noise is taken out and the request names a sound that comes and
    goes as the fault ("clean up the sound: there is rustling during the jumps"): the denoiser
    takes out steady noise (hiss, hum, fans), not that."""
    m = _PASSING_FAULTS.search(prompt.lower())
    if m is None:
        return
    for step in steps:
        if isinstance(step.operation, AudioDenoise):
            raise NotUnderstood(
                f"could not understand '{step.task}': the request names {m[0]}, a sound that "
                "comes and goes; promptcut takes out steady noise (hiss, hum, a fan), not that",
                clause=step.task,
            )


def _loop_count_unsaid(steps: Sequence[Step]) -> None:
    """NotUnderstood when the video is to loop and its step says neither how many times nor
    how long ("loop the video": two plays, or on and on as a player loops it?)."""
    for step in steps:
        if isinstance(step.operation, Loop) and not _FACTOR_SAID.search(step.task.lower()):
            asked = _asked_for(step.task)
            question = asked.question if asked else "how many times should it play?"
            example = _example(normalize(step.task), asked) if asked else "loop it 3 times"
            raise NotUnderstood(
                f"could not understand '{step.task}': {question} For example: '{example}'",
                clause=step.task,
                suggestions=(example,),
            )


#: Faults of the frames, not of the camera's motion: "dropped frames", "it stutters".
_FRAME_FAULTS = re.compile(
    r"\b(?:(?:dropped|duplicated?|missing|skipped|repeated|frozen|stuttering) frames?|frames? "
    r"(?:drops?|dropping|skips?|skipping|duplicat\w+)|stutter\w*|choppy|choppiness|laggy|lags|"
    r"lagging|judder\w*)\b"
)
#: The camera's motion named: "shaky", "camera shake", "jitter".
_SHAKE_SAID = re.compile(
    r"\b(?:shak\w*|wobbl\w*|jitter\w*|jumpy|bouncy|bounc\w*|unsteady|handheld|hand-held|"
    r"steady|steadier|stabili[sz]\w*|vibrat\w*|tremor\w*)\b"
)


def _frames_not_shake(steps: Sequence[Step], prompt: str) -> None:
    """NotUnderstood when the picture is to be steadied ("smooth out this footage") and the
    request names a fault of its frames, not of the camera's motion ("it has a bunch of dropped
    frames"): stabilizing evens out shake, it makes no missing frames."""
    said = prompt.lower()
    m = _FRAME_FAULTS.search(said)
    if m is None or _SHAKE_SAID.search(said):
        return
    for step in steps:
        if isinstance(step.operation, Stabilize):
            raise NotUnderstood(
                f"could not understand '{step.task}': the request names {m[0]}, a fault of the "
                "frames, not of the camera's motion; steadying a shaky picture would not mend "
                "that",
                clause=step.task,
            )


#: Music said to be instead of what it has: "a different track", "another song".
_OTHER_MUSIC = re.compile(
    r"\b(?:a different|different|another|an other|a replacement|replacement|other) (?:music |"
    r"background )?(?:track|song|soundtrack|music|tune|audio|piece of music)\b"
)


#: A sound file laid along the video so that its sound is better: "… so that the sound
#: quality is improved", "to improve the audio".
_FOR_BETTER_SOUND = re.compile(
    r"\b(?:so (?:that )?the (?:sound|audio)(?: quality)? (?:is|gets|will be|would be) "
    r"(?:improved|better)|(?:to|and) improve the (?:sound|audio)(?: quality)?|for (?:a )?better "
    r"(?:sound|audio)(?: quality)?)\b"
)


def _other_music_instead(planned: Plan, prompt: str) -> Plan:
    """The plan with music said to be another than the video's ("put a different track on the
    film": the music it has is the fault), or added so that the sound is better ("add in an
    audio track of my song so that the sound quality is improved": what it has is poor), in
    place of its sound, when it is the only sound file laid along it: mixed under the old one,
    both would be heard."""
    music = [s for s in planned.steps if isinstance(s.operation, (AddMusic, ReplaceAudio))]
    if len(music) != 1 or not isinstance(music[0].operation, AddMusic):
        return planned
    step = music[0]
    op = step.operation
    assert isinstance(op, AddMusic)
    other = _OTHER_MUSIC.search(step.task.lower()) or _FOR_BETTER_SOUND.search(prompt.lower())
    if not other or op.start is not None or op.end is not None:
        return planned  # (a part's music: "another song from 1:00", what is before it stays)
    instead = ReplaceAudio(file=op.file, percent=op.percent, db=op.db, loop=op.loop)
    return Plan(steps=tuple(Step.of(s.task, instead) if s is step else s for s in planned.steps))


def _music_under_voices(steps: Sequence[Step], prompt: str) -> None:
    """NotUnderstood when the level of the music of a video with no sound file given is
    changed and the request speaks of the voices in it too ("lower the music, I can't hear
    the voice"): the music and the voices are one sound, and lowering it lowers both. So is
    the music taken out while another sound is to stay ("remove the music, so only the talking
    is left"): muting takes out every sound."""
    if _files_of("audio"):
        return
    said = prompt.lower()
    for step in steps:
        if (
            isinstance(step.operation, Mute)
            and _THE_MUSIC_SAID.search(step.task.lower())
            and (
                other := _VOICES.search(said)
                or _SOUNDS_BESIDES.search(said)
                or _SPOKEN_KIND.search(said)
            )
            # ("remove the music and the voices": both go)
            and not re.search(
                rf"\b(?:music|song|soundtrack|track) (?:and|&|as well as) (?:the |all )?"
                rf"(?:[a-z]+ )?{re.escape(other[0])}|\b{re.escape(other[0])} (?:and|&|as well as) "
                r"(?:the |all )?(?:[a-z]+ )?(?:music|song|soundtrack|track)\b",
                said,
            )
        ):
            # "remove the music, so only the talking is left": the rest of the sound kept
            kept = "speech" if other.re is _SPOKEN_KIND else other[0]
            raise NotUnderstood(
                f"could not understand '{step.task}': taking the music out alone, keeping "
                f"the {kept}, is not something promptcut does; muting takes out all of the "
                "sound ('mute it')",
                clause=step.task,
            )
    if not _VOICES.search(said):
        return
    for step in steps:
        if isinstance(step.operation, Volume) and _THE_MUSIC_SAID.search(step.task.lower()):
            raise _music_alone(step, "the music")


def _the_music_given(steps: list[Step]) -> list[Step]:
    """ "Lower the volume of the music" with music.mp3 given and nothing else done with it: the
    music is that file, added at the level said ("the music" of a video with none given is its
    own sound, as "remove the music" mutes it). Muting it is asked: leave it out, or mute the
    video's own sound under it?"""
    if not _files_of("audio"):
        for step in steps:
            if isinstance(step.operation, Volume) and _BACKGROUND_MUSIC.search(step.task.lower()):
                # ("lower the background music a little": under voices, which would go too)
                raise _music_alone(step, "the background music")
    music = _only_file("audio")
    if music is None or any(music in {n.lower() for n in s.operation.assets()} for s in steps):
        return steps
    out: list[Step] = []
    for step in steps:
        op, said = step.operation, step.task.lower()
        if (
            isinstance(op, (Volume, Mute))
            and not (isinstance(op, Volume) and op.ranged)
            and _THE_MUSIC_SAID.search(said)
            and not _OWN_SOUND_LEVEL.search(said)
            # ("remove the background music from the video": the video's own)
            and not re.search(r"\b(?:from|of|in) (?:the|this|my) (?:video|clip|recording)\b", said)
        ):
            if isinstance(op, Mute):
                raise NotUnderstood(
                    f"could not understand '{step.task}' with {music} given: leave {music} out, "
                    f"or put it in place of the video's own sound? For example: 'replace the "
                    f"audio with {music}'",
                    clause=step.task,
                    suggestions=(f"replace the audio with {music}",),
                )
            out.append(Step.of(step.task, _music_level(AddMusic(file=music), op)))
            continue
        out.append(step)
    return out


def _replacing(steps: list[Step]) -> list[Step]:
    """ "Mute its own audio and add song.mp3" is one step: the sound replaced by the song (added
    music with nothing to sit under would be the same sound, but not what was said), as "mute
    it and replace the audio with song.mp3" is."""
    out: list[Step] = []
    for step in steps:
        op = step.operation
        last = out[-1].operation if out else None
        if (
            isinstance(last, AddMusic)
            and isinstance(op, Volume)
            and not op.ranged
            and _OF_THE_MUSIC.search(_WHAT_FOR.sub("", step.task.lower()))
        ):
            # "add music.mp3 and lower its volume": the music's level, not the whole mix
            out[-1] = Step.of(f"{out[-1].task} and {step.task}", _music_level(last, op))
            continue
        if isinstance(last, AddMusic) and isinstance(op, Mute):
            if _OF_THE_MUSIC.search(_WHAT_FOR.sub("", step.task.lower())):
                raise NotUnderstood(
                    f"'{step.task}' mutes the music '{out[-1].task}' adds; to keep only the "
                    f"music, say 'mute the video and add {last.file}'",
                    clause=step.task,
                    suggestions=(f"mute the video and add {last.file}",),
                )
            if _WITHOUT_SOUND_SAID.search(step.task.lower()) and not _ITS_OWN_SOUND.search(
                step.task.lower()
            ):
                # "add music.mp3 without sound": the video's own sound, or every sound?
                said = (f"replace the audio with {last.file}", f"add {last.file} and then mute it")
                raise NotUnderstood(
                    f"'{step.task}': without the video's own sound, or with no sound at all? For "
                    f"example: '{said[0]}' or '{said[1]}'",
                    clause=step.task,
                    suggestions=said,
                )
            if not last.duck and _ITS_OWN_SOUND.search(step.task.lower()):
                # "add music.mp3 and mute the video": the video's own sound goes, the music stays
                # ("…, then mute it" mutes what there is then: both)
                fields = last.model_dump(exclude={"duck"}, exclude_defaults=True)
                words = f"{out[-1].task} and {step.task}"
                out[-1] = Step.of(words, ReplaceAudio.model_validate(fields))
                continue
        if (
            isinstance(last, AddMusic)
            and isinstance(op, Volume)
            and not op.ranged
            and _OWN_SOUND_LEVEL.search(step.task.lower())
            and not _THE_MIX.search(step.task.lower())
        ):
            # "add music.mp3 and lower the original audio": the video's own sound, before the
            # music is mixed in (after, it would lower the music too)
            out.insert(len(out) - 1, step)
            continue
        if (
            isinstance(last, AddMusic)
            and isinstance(op, Volume)
            and not op.ranged
            and (_IT_ALONE.search(step.task.lower()) or not _THE_MIX.search(step.task.lower()))
        ):
            # "add music.mp3 and make it quieter", "… and lower the audio": the music, the
            # video's own sound, or the whole mix?
            up = (op.db or 0) > 0 or (op.percent or 100) > 100
            ways = (
                f"{out[-1].task} and {'raise' if up else 'lower'} its volume",
                f"{out[-1].task} and make the video's own sound {'louder' if up else 'quieter'}",
                f"{out[-1].task} and make the whole video {'louder' if up else 'quieter'}",
            )
            raise NotUnderstood(
                f"'{step.task}': the music, the video's own sound, or the whole video? For "
                f"example: '{ways[0]}', '{ways[1]}' or '{ways[2]}'",
                clause=step.task,
                suggestions=ways,
            )
        if out and isinstance(out[-1].operation, Mute) and isinstance(op, AddMusic) and not op.duck:
            fields = op.model_dump(exclude={"duck"}, exclude_defaults=True)
            words = f"{out[-1].task} and {step.task}"
            out[-1] = Step.of(words, ReplaceAudio.model_validate(fields))
            continue
        if (
            isinstance(last, ReplaceAudio)
            and isinstance(op, Mute)
            and _ITS_OWN_SOUND.search(step.task.lower())
        ):
            # "replace the audio with voice.wav and mute the original audio": the replacing
            # takes the video's own sound away already (muting after it would silence the new)
            out[-1] = Step.of(f"{out[-1].task} and {step.task}", last)
            continue
        if out and isinstance(out[-1].operation, Mute) and isinstance(op, ReplaceAudio):
            # "disable the original sound, then replace it with another sound": the replacing
            # takes the sound away already
            out[-1] = Step.of(f"{out[-1].task} and {step.task}", op)
            continue
        out.append(step)
    return out


def grammar_size() -> int:
    """How many phrasings the catalogue knows (for `promptcut ops` and benchmarks)."""
    return sum(len(op.grammar) for op in CATALOGUE.values())
