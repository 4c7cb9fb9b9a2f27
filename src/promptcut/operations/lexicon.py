"""The words around instructions, as data: what people call the thing being edited and the facts
they state about it, what they say an edit is for, how well it must come out, the methods they
name, and the verbs they use for the catalogue's own. The planner reads a request's structure
with these before any operation's grammar."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "ABBREVIATIONS",
    "BEFORE_NOUNS",
    "BEYOND",
    "BY_DOING",
    "CHANGES",
    "CODECS",
    "COMPLAINTS",
    "CONTRAST",
    "CUTS",
    "DEGREE",
    "DURATION_FACT",
    "EDIT_WORDS",
    "FORMAT_ASIDE",
    "HOUR_OF_FOOTAGE",
    "INSTEAD_OF_FORMAT",
    "JUDGMENT",
    "LENGTH_OF_FOOTAGE",
    "LIMITED_SERVICE_WORDS",
    "LITTLE",
    "LOOSE_OBJECT",
    "LOT",
    "MAKING_IT",
    "METHODS",
    "OBJECT",
    "PART_NAME",
    "PURPOSE",
    "QUALITY_RIDER",
    "QUESTIONS",
    "RESULTS",
    "RIDERS",
    "SERVICES",
    "SERVICE_WORDS",
    "SIMILE",
    "SIZE_UNITS",
    "SMALLER_FILE",
    "SMOOTH",
    "STATED_FACT",
    "SYNONYMS",
    "TRAILING_VALUE",
    "UNSAID_SUBJECT",
    "VALUE_ASIDE",
    "Question",
    "Rider",
    "describes",
    "its_length",
    "megabytes",
    "rider",
    "states",
    "trailing_rider",
    "without_lead",
]

#: The services people send a file to or share it on, with the upload limit in MB they mean
#: when they name one instead of a size ("compress it for discord"); None where people name
#: the service only as where it goes. The planner and the compress grammar read these.
SERVICES: dict[str, float | None] = {
    "discord": 10.0, "email": 25.0, "e-mail": 25.0, "gmail": 25.0, "outlook": 20.0,
    "whatsapp": 16.0, "slack": 1000.0, "telegram": 2000.0, "twitter": 512.0, "x": 512.0,
    "messenger": 25.0, "facebook messenger": 25.0, "blogger": 100.0,
    # (a video attached on GitHub: 10 MB on its free plans, 100 MB on paid ones; the limit
    # every account has)
    "github": 10.0,
    "signal": 100.0,
    "facebook": None, "fb": None, "vimeo": None, "reddit": None,
    "linkedin": None, "snapchat": None, "twitch": None,
}  # fmt: skip


def _names(names: list[str]) -> str:
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


#: A service's name as a word in a sentence ("x" alone is a letter, read only after "for").
SERVICE_WORDS = _names([n for n in SERVICES if len(n) > 1])
#: The names of the services with a limit people mean by their name.
LIMITED_SERVICE_WORDS = _names([n for n, mb in SERVICES.items() if mb is not None and len(n) > 1])

#: The units of a file's size people write: "mb", "megs", "gb", "kilobytes".
SIZE_UNITS = r"mb|megs?|megabytes?|mib|gb|gigs?|gigabytes?|gib|kb|kilobytes?|bytes"


def megabytes(number: str, unit: str) -> float:
    """A size in megabytes, from its number and its unit: "2", "gb" -> 2000."""
    value = float(number)
    if unit.lower().startswith("g"):
        return value * 1000
    if unit.lower().startswith("k"):
        return value / 1000
    if unit.lower() == "bytes":
        return value / 1_000_000
    return value


#: Words that say what is thought of a thing, not which thing: "the disturbing grain".
JUDGMENT = frozenset(
    {"disturbing", "annoying", "ugly", "unwanted", "awful", "terrible", "horrible", "distracting",
     "irritating", "nasty", "pesky", "dreaded", "stupid", "bothersome"}
)  # fmt: skip

#: The codecs a picture can be asked in, by the names people give them ("h.264", "x265",
#: "AVC", "HEVC"): the `codec` step's, and the asides and rewrites that lead to it.
CODECS = r"h\.?264|x264|avc|h\.?265|x265|hevc"

#: What people call the media being edited, after "the/this/my".
NOUNS = (
    "video", "clip", "footage", "movie", "film", "recording", "screen recording", "screencast",
    "recording session", "tape",
    "video file", "movie file", "video output", "vid", "image", "picture", "photo",
    "video clip", "source video", "source", "source file", "source clip", "content",
    "timelapse", "time-lapse", "time lapse", "hyperlapse",
    "selfie", "selfie video", "voice message", "voice memo", "voice note", "recorded call",
    "call recording", "phone call", "audio recording",
    "animation", "screen capture", "capture", "master", "show", "tv show", "kids show",
    "stop-motion", "stop motion", "stop-motion video",
    "video stream", "stream", "episode", "documentary", "vlog",
    "broadcast", "widescreen broadcast", "tv recording", "podcast", "meeting recording",
    "tutorial", "lecture", "presentation", "webinar", "interview", "trailer", "mp4", "mov", "webm", "mkv", "avi", "mp4 file", "mov file", "webm file",
    "mkv file", "avi file", "mp4 video", ".mp4", ".mov", ".webm", ".mkv", ".avi", ".mp4 file",
    ".mov file", ".webm file", ".mp4 video", "recorded video", "video mp4", "recorded clip",
    "subclip", "sub-clip", "film footage", "home video", "gameplay", "gameplay video",
    ".webm video", ".mov video", ".mkv video", "webm video", "mov video", "mkv video",
    "result", "final result", "end result", "final product", "replay", "vod",
    "highlight reel", "montage", "slideshow", "livestream", "live stream", "series",
    "music video", "short film", "talk", "cartoon", "anime", "anime episode", "cutscene",
    "lesson", "lesson video", "course video", "class video", "class recording", "sermon",
    "keynote", "lecture video", "lecture recording", "talk video", "drone shot", "videoblog",
    "video blog",
    "establishing shot", "aerial shot", "time-lapse shot", "demo", "demo video", "promo",
    "promo video",
    "drone video", "drone footage", "church service", "worship service", "service recording",
    ".ts", ".ts file", ".ts stream", ".ts video", "ts file", "ts stream", ".mts", ".mts file",
    ".m2ts", ".m2ts file", ".flv", ".flv file", ".wmv", ".wmv file", ".m4v", ".3gp",
    ".h264", ".h264 file", ".h265", ".h265 file", ".mjpeg", ".mjpeg file", ".mjpg", "mjpeg file",
    ".ogv", ".ogv file", "ogv", "ogv file",
    # (more kinds of file the inputs may be: promptcut reads them)
    ".asf", ".asf file", "asf file", ".3gp file", "3gp file", ".3g2", ".3g2 file", ".vob",
    ".vob file", "vob file", ".mpg", ".mpg file", "mpg file", ".mpeg", ".mpeg file", "mpeg file",
    ".f4v", ".f4v file", "f4v file",
    "flv", "flv file", "wmv", "wmv file", "m4v", "3gp", "mts", "m2ts", "mpg", "vob", "record",
    "dvd", "dvd rip", "vhs capture", "vhs tape",
    "audiobook", "audio book", "m4b", ".m4b", "m4b file", "audiobook file",
    "downloaded video", "downloaded file", "audio-only download",
    "ad", "advert", "advertisement", "commercial",
    "package", "news package", "final package", "news story", "news report",
    "video piece", "moving image piece", "video art piece", "video artwork",
)  # fmt: skip
# Not "file" or "output": "make the file lighter" asks for a smaller file, not a brighter one.

#: "this hour of helmet-cam footage", "the half hour of video": a length said in words, before
#: the video it is of (`its_length` says it in numbers).
HOUR_OF_FOOTAGE = (
    r"\b(the|my|our|this) (?:(hour|minute)|half(?: an)? hour) of (?=(?:[a-z-]+ ){0,3}?"
    r"(?:footage|video|recording|film)\b)"
)


def its_length(m: re.Match[str]) -> str:
    """ "this hour of footage" -> "this 1 hour of footage"; "the half hour of" -> "the 30
    minutes of"."""
    return f"{m[1]} 1 {m[2]} of " if m[2] else f"{m[1]} 30 minutes of "


#: Music said to make way for a voice: "politely steps aside", "dips", "gets quieter" (when
#: someone speaks).
STEPS_ASIDE = (
    r"(?:politely |gently |automatically |nicely |always )?(?:steps aside|dips|ducks|gets "
    r"(?:quieter|softer|lower)|goes (?:down|quieter|lower)|lowers|drops|fades (?:down|out))"
)

#: "stabilize this 2 minute section of running camera video": the video given, a section of a
#: longer one, said as its length of footage (never "the 2 minute section of the video", a part
#: of it)
SECTION_OF_FOOTAGE = (
    r"\bthis (\d+(?:\.\d+)?)[- ](second|minute|hour|sec|min)s? (?:section|portion|stretch|piece|"
    r"excerpt|extract|snippet) of (?:the |my |our )?"
    r"(?=(?:[a-z-]+ ){0,3}?(?:footage|video|recording|film)\b)"
)
SECTION_AS_FOOTAGE = r"this \1 \2s of "

#: "the 90 minutes of footage from our camera": the video, its length said first (a fact the
#: planner checks against the file).
LENGTH_OF_FOOTAGE = (
    r"\b(the|my|our|this) (\d+(?:\.\d+)?) (seconds?|minutes?|mins?|hours?|hrs?) of "
    # ("the 5 seconds of extra video": a part, more than is wanted)
    r"(?:(?!(?:the|my|our|this|a|an|it|that|extra|additional|more|excess|unwanted|spare|blank|"
    r"black|dead|useless|boring|leftover)\b)[a-z-]+ ){0,3}?(footage|video|recording|film)\b"
)

#: Words read before the nouns are: rewrites that see the video as the person named it ("the
#: dashcam clip in picture-in-picture mode", "decode the meeting recording to …"), or that the
#: nouns would read otherwise ("image", "video file" taken for the video): (pattern,
#: replacement).
BEFORE_NOUNS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # "put a fade at the end of this menu loop video's sound": a video made to loop, named
        # (its possessive already read as "this menu loop the sound")
        (
            r"\b(this|the|my|our)(?: [\w-]+)? (?:loop|looping) (?:(video|clip)\b|(?=the (?:audio|"
            r"sound|music|soundtrack)\b))",
            lambda m: f"{m[1]} {m[2]}" if m[2] else "",
        ),
        # "eliminate all nighttime footage from the time-lapse": the dark stretches, cut out
        (
            r"^(remove|cut out|cut|eliminate|delete|drop|get rid of|skip|take out) (?:all )?(?:of )?"
            r"(?:the )?(?:night(?:time|-time)?|dark|darkness) (?:footage|parts|bits|stretches|"
            r"sections|frames|shots|periods|hours)(?= (?:from|in|of) |$)",
            r"\1 the black parts",
        ),
        # "the black frames between the scenes": every black stretch, where black ones are
        (
            r"\b(the )?black (frames|parts|screens|sections|bits|gaps|stretches) (?:in )?between "
            r"(?:the |its |all the )?(?:scenes|shots|clips|cuts|takes|songs|segments)\b",
            r"\1black \2",
        ),
        # "the stage performance I shot", "the recital we filmed": the event, as filmed, is
        # the video
        (
            r"\b(?:the|my|our|this|that) (?:[\w'-]+ ){0,2}?(?:performance|recital|concert|show|"
            r"ceremony|wedding|party|speech|lecture|sermon|interview|presentation|rehearsal|lesson|"
            r"race|match|game|parade|ride|hike|dive|flight|tour) (?:that |which )?(?:i|we|he|she|"
            r"they) (?:shot|filmed|recorded|videoed|taped|captured)\b",
            "the video",
        ),
        # "the noise in the picture in this capture", "the images of this clip": the picture,
        # of the video (never "the video in the video", whose noise would be the sound's)
        (
            # (never a still taken of it: "extract the picture of the video's first frame")
            r"(?<!extract )(?<!save )(?<!export )(?<!take )(?<!grab )(?<!get )(?<!make )"
            r"\bthe (?:picture|image|images|visuals?|frames?) (?:in|of) (?:the|this|my|our) "
            r"(?:(?!(?:and|or|to|with|in|on|at|for)\b)[\w-]+ ){0,2}?(?:video|clip|footage|recording|"
            r"movie|film|capture|cartoon)\b(?!'s)",
            "the video",
        ),
        # "play in my PowerPoint presentation": the program it plays in, never the video
        (
            r"\b(?:my|the|our|a|your|his|her) (powerpoint|keynote|ppt|google slides|impress) "
            r"(?:presentation|slides?|slide ?show|deck|show|file)\b",
            r"\1",
        ),
        # "make it play in a 160x120 pixel window": the picture that size
        (
            r"\b(?:make (?:it|the video) )?(?:play|show|display)(?: it)? in an? (?:(?:tiny|small|little|"
            r"teeny[- ]weeny|itty[- ]bitty) )?(\d{2,5}x\d{2,5})(?: ?(?:pixels?|px))? (?:window|frame|box|"
            r"player)\b",
            r"resize it to \1",
        ),
        (SECTION_OF_FOOTAGE, SECTION_AS_FOOTAGE),
        (HOUR_OF_FOOTAGE, its_length),
        # "the ninety minutes of footage from our camera": the video, its length said first
        (LENGTH_OF_FOOTAGE, r"\1 \2 \3 \4"),
        # (the same, "footage" already read as "the video": never a part, "the 10 minutes of
        # the video after the goal")
        (
            r"\b(the|my|our|this) (\d+(?:\.\d+)?) (seconds?|minutes?|mins?|hours?|hrs?) of the "
            r"video(?= (?:up|down|from|by|to|into|as|so)\b|$)",
            r"\1 \2 \3 video",
        ),
        # "make the recorded video file smaller": the file, not the picture
        (
            r"\b(?:the|my|this|our) (?:[\w-]+ ){0,2}?(?:video|recording|clip|movie|mp4|footage) "
            r"file(?= (?:(?:a (?:bit|little|lot)|much|way) )?(?:smaller|lighter)\b)",
            "the file",
        ),
        # "give it the old film look": a look, said as the one everyone knows
        (
            r"\b(give (?:it|this|(?:the|my|our|this) (?:[\w-]+ ){0,3}?(?:video|clip|footage|recording|"
            r"movie)(?: of (?:the|my|our) [\w-]+)?)) the (?=(?:[\w-]+ ){0,3}look\b)",
            r"\1 a ",
        ),
        # "play it backwards instead of forwards": how it plays now, said against it
        (
            r"\b(backwards?|in reverse|reversed) (?:instead of|rather than|and not) (?:forwards?|"
            r"normally|the normal way|the usual way)\b",
            r"\1",
        ),
        # "visible for the whole video" after the logo is placed: shown all along
        (r"^(?:visible|on screen|present)(?= (?:for|during|throughout) )", "shown"),
        # "logo size 20%" after the logo is placed: its size
        (
            r"^(?:the )?(?:logo|watermark|image|overlay|picture)(?:'s)? size (?:of |at |: ?|= ?)?(?=\d)",
            "scaled to ",
        ),
        # "generate the video with embedded subtitles": the edit, said as what the result has
        (
            r"^(?:generate|render|produce|create|export|output|make) (?:the|a) (?:final |new )?video "
            r"with (?:the )?(?:embedded |burned[- ]in |burnt[- ]in |hard[- ]?coded )?"
            r"(?=(?:subtitles|captions|subs)\b)",
            "burn in the ",
        ),
        # "reduce the noise of the video a bit": of it, how much said after
        (
            r" (?:of|in|from|on) (?:the video|it)(?= (?:a (?:bit|little|lot|tad)|slightly|much|way|"
            r"heavily|strongly|somewhat)$)",
            "",
        ),
        # "export the clip in picture-in-picture mode": the other clip shown in it
        (
            r"^(?:export|show|make|render|put|play|display|save|output|turn) (?:it|the (?:[\w-]+ ){0,3}?"
            r"(?:video|clip|footage|recording)) "
            r"(?:in|as|into) (?:an? )?(?:picture[- ]in[- ]picture|pip)(?: mode| view| style| layout)?$",
            "add the other video as picture in picture",
        ),
        # "above the subtitles": at the bottom, over them
        (r"\babove the (?:subtitles|subs|captions)\b", "at the bottom"),
        # "add anti-shake": stabilization
        (r"\banti-?shake\b(?: (?:effect|filter|correction))?", "stabilization"),
        # "reduce the video before sending it": made smaller, the file or the picture (asked),
        # never its sound
        (
            r"^(?:reduce|decrease|lower|lessen|downsize)(?: down)? (?:the|this|my) (?:[\w-]+ )?"
            r"(?:video|clip|recording|footage|movie|file)"
            r"(?=$| (?:a bit|a little|slightly|a lot|before|for|so|when|because|to make)\b)",
            "make the video smaller",
        ),
        # "reduce the gain on the music": its level (the video's own sound, no file given)
        (r"\bthe (?:gain|level|volume) (?:on|of) the (?:music|song|soundtrack)\b", "the volume"),
        # "downscale it from 1080 to 720": the lines it goes to
        (
            r"\b((?:down)?scale|resize|downsize|shrink)( (?:it|the video))? from \d{3,4}p? to "
            r"(\d{3,4})p?\b",
            r"\1\2 to \3p",
        ),
        # "shrink the size of the video to less than 10MB": the file
        (
            r"\b(shrink|reduce|cut|lower) the (?:file )?size of (?:it|the video)(?= (?:to|under|below))",
            r"\1 it",
        ),
        # "transfer the video to a gif", "decode it to just the audio": converted
        (
            r"^(?:transfer|decode|transform|change over)(?= (?:it|the (?:[\w-]+ ){0,3}?(?:video|clip|"
            r"recording|footage|screencast|movie)) (?:to|into) )",
            "convert",
        ),
        # "make it so the video starts at 0:45": made to
        (
            r"\bmake it so (?:that )?(?:it|the (?:[\w-]+ ){0,2}?(?:video|clip|recording|footage|movie)) "
            r"(?:start|begin)s?(?= (?:at|from) )",
            r"make the video start",
        ),
        (
            r"\bmake it so (?:that )?(?:it|the (?:[\w-]+ ){0,2}?(?:video|clip|recording|footage|movie)) "
            r"(?:end|stop)s?(?= (?:at|from) )",
            r"make the video end",
        ),
        # "put a white border around the video to make it square": bars of that colour
        (
            r"^(?:put|add|place) (?:an? )?(white|black|gr[ae]y|colou?red) (?:border|frame|bars?|padding)s? "
            r"(?:around|on|to) (?:it|the video) (?=to make it )",
            r"add \1 bars ",
        ),
        # "get the final converted video in grayscale": the video, as it comes out
        (
            r"^get the (?:final |converted |finished |exported |output )+video(?= in )",
            "get the video",
        ),
        # "generate the video thumbnail at …": its thumbnail, made
        (
            r"\b(?:the|its) (?:video(?:'s)? )?(?=thumbnail\b|poster frame\b|cover (?:image|picture)\b)",
            "a ",
        ),
        # "convert it to just the audio": the sound alone
        (
            r"^convert (?:it|the (?:[\w-]+ ){0,3}?(?:video|clip|recording|footage|movie)) (?:to|into) "
            r"(?:just |only )?(?:the )?(?:audio|sound)(?: only)?(?=$|,| to | for | so )",
            "extract the audio",
        ),
        # "a reasonably-sized gif", "a reasonable resolution": the defaults are reasonable
        (r"\b(?:an? )?reasonabl[ey][- ]sized (?=gif|video|file|mp4)", "a "),
        (r",? (?:with|at|in) (?:a )?reasonable (?:resolution|size|quality)\b", ""),
        # "make the volume more uniform": its loudness evened out
        (
            r"^make the (?:volume|loudness|audio|sound|levels?)(?: of (?:it|the video))?(?: a bit| a "
            r"little)? more (?:uniform|even|consistent|constant|balanced|level)$",
            "normalize the audio",
        ),
        # "export as mp3 at 320kbps": the sound alone, at that bitrate
        (
            r"^(?:convert|export|save|turn|render|output)(?: (?:it|the video))? (?:to|as|into|in) "
            r"(?:an? )?\.?(mp3|m4a|aac|ogg|opus)(?: file| audio)?(?= (?:at|with|@) \d+ ?k)",
            r"extract the audio as \1",
        ),
        # "auto-remove the silence": removed, as promptcut finds it anyway
        (r"\bauto-?(?=(?:remove|cut|trim|delete|crop|detect)\b)", ""),
        # "at 480 width": that many pixels wide
        (r"(?<![\d.])(\d{2,4}) ?(?:px |pixels? )?width\b", r"\1 pixels wide"),
        # "so viewers can watch with the sound off": how they watch, no edit
        (
            r"\b((?:viewers?|people|users?|students?|they|them|everyone|anyone|others|audiences?) "
            r"(?:can |could |may |to )?(?:watch|view|follow)(?: it| along)?) (?:with the (?:sound|"
            r"audio|volume) (?:off|muted|turned off|down)|with no sound|without (?:the )?(?:sound|"
            r"audio)|on mute|muted|in silence)\b",
            r"\1",
        ),
        # "make the clip mimic an old film": look like it
        (
            r"(?<=\bmake )((?:it|the video|the (?:[\w-]+ ){1,8}?)) (?:mimic|imitate|emulate|resemble)"
            r"(?= (?:an? |the )?(?:old|vintage|retro|classic)\b)",
            r"\1 look like",
        ),
        # "the first person view footage": what kind of footage, never the first of several
        (
            r"\bfirst[- ]person(?: view| pov| perspective| shooter)?(?= (?:[\w-]+ ){0,2}(?:video|footage|clip|recording|shots?)\b)",
            "fpv",
        ),
        # "into a real .mp4", "a proper mp4 file": the format
        (
            r"\b(?:an? |the )?(?:real|proper|actual|true|genuine|normal|regular) (?=\.?(?:mp4|mov|mkv|webm|gif|mp3|wav)\b)",
            "an ",
        ),
        # "make the video size of the match smaller": the file's size
        (
            r"\b(?:the|my|this) video(?:'s)? size(?: of (?:the|my|this|our) (?:[\w-]+ ){0,3}?[\w-]+)?"
            r"(?= (?:(?:a (?:bit|little|lot)|much|way) )?smaller\b)",
            "the file",
        ),
        # "the image/logo", "the logo/watermark": one picture, called two ways
        (
            r"\b(?:image|picture|photo|logo|watermark|icon|graphic|overlay)/(image|picture|photo|"
            r"logo|watermark|icon|graphic|overlay)\b",
            r"\1",
        ),
    )
)

#: Words people put before it that say what it is, not what to do: kinds, sources, states.
MODIFIERS = (
    "drone", "screen", "phone", "iphone", "android", "gopro", "camera", "webcam", "dashcam",
    "quicktime", "original", "source", "input", "whole", "entire", "full", "raw", "old", "new",
    "exported", "recorded", "current", "edited", "finished", "shaky", "long", "short", "same",
    "own", "little", "youtube", "zoom", "obs", "mp4", "mov", "mkv", "webm", "avi", "example",
    "sample", "demo", "test", "action camera", "action cam", "helmet cam", "produced", "final",
    "rendered",
    "vertical", "horizontal", "portrait", "landscape", "hd", "full hd", "uhd", "4k", "8k",
    "widescreen",
    # the codec it is in: "my 1080p h264 recording"
    "h264", "h.264", "h265", "h.265", "hevc", "x264", "x265", "avc", "mjpeg", "mjpg",
)  # fmt: skip

_NUM = r"\d+(?:\.\d+)?"
#: A length stated as a fact: "the 5 sec video", "a 3 min 56 sec video".
DURATION_FACT = re.compile(
    # ("the 10-minute video": the unit joined to the number by a hyphen)
    rf"(?:(?<!and-)(?P<n>{_NUM})(?: |-(?!\w+-and-))?(?P<unit>s|secs?|seconds?|m|mins?|minutes?|h|hrs?|"
    rf"hours?)(?![a-z])"
    # ("the 3m31s clip": minutes and seconds, with or without a space between; "the 1 hour and
    # 9 minute recording")
    rf"(?:(?: and)? ?(?P<n2>{_NUM}) ?(?P<unit2>s|secs?|seconds?|m|mins?|minutes?)(?![a-z]))?"
    # "the 3:21 video clip", as a clock shows it ("the 4:3 video" is a shape)
    r"|(?P<clock>\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?)(?![\d:])"
    # ("the 6:30 minute documentary": minutes and seconds, the minutes' unit said)
    r"(?:[ -](?:minutes?|mins?)(?![a-z]))?)(?: long)?"
)
#: A shape stated as a fact: "the 4:3 video" (the usual ratios only: "the 1:30 clip" is a
#: length).
RATIO_FACT = (
    r"(?:16:9|9:16|4:3|3:4|1:1|4:5|5:4|21:9|3:2|2:3|2:1|16:10|1\.85:1|2\.35:1|2\.39:1"
    # ("the 10:9 video": one digit after the colon is never a clock's seconds)
    r"|\d{1,2}:\d(?![\d:.]))"
)
#: Facts about the file: its length, size in pixels or bytes, frame rate, resolution name,
#: shape.
STATED_FACT = (
    rf"(?:{DURATION_FACT.pattern}|\d{{3,5}} ?x ?\d{{3,5}}|{_NUM} ?(?:fps|hz|mb|gb|kb)|{RATIO_FACT}"
    r"|\d{3,4}p(?:\d\d)?|(?:" + "|".join(MODIFIERS) + r"))"
)
_UNNAMED_DURATION = re.sub(r"\(\?P<\w+>", "(?:", DURATION_FACT.pattern)
#: Whose the thing is, said before it as "the" is: "Matthew's (piano recital) video".
_WHOSE = (
    r"(?!(?:it|that|what|there|here|let|who|he|she|video|clip|movie|film|one|today|"
    r"yesterday|tomorrow|everyone|someone|somebody|nobody)'s\b)[a-z]+'s"
)
#: The thing being edited, with what is said of it: "the 5 sec drone video".
OBJECT = re.compile(
    rf"\b(?:the|this|my|that|our|your|{_WHOSE}) (?:{STATED_FACT} ){{0,5}}"
    rf"(?:{'|'.join(re.escape(n) for n in sorted(NOUNS, key=len, reverse=True))})\b"
    # "the clip of 40 seconds": its length said after it
    rf"(?: (?:of|lasting) (?:about )?{_UNNAMED_DURATION}(?! ?(?:of|in|into|from)\b))?"
    # ("the 16 MB MP4 limit" is a size to stay under, not the video; "make the video mp4
    # format": the format it is to be)
    r"(?!\.\w| [\w-]+\.[a-z]| (?:size )?(?:limit|cap|maximum)\b| format\b)"
)

#: The thing being edited with words before it that only say what it is ("the lecture video",
#: "the 1280x720 game recording"): the words are read off unless they name another file.
LOOSE_OBJECT = re.compile(
    r"\b(?P<det>the|this|my|that|our|your|" + _WHOSE + r") "
    # ("take the song off this video": words of a clause, never of what it is)
    r"(?P<words>(?:(?!(?:of|the|a|an|to|in|on|at|for|from|with|and|or|by|into|as|is|it|off|out|"
    r"onto|than|this|that|these|those|my|our|your|their)\b)"
    # ("my 4:3 retro gameplay": a shape among them)
    # ("this 29.97 fps wallpaper video": a rate with its decimals)
    r"~?[a-z0-9][a-z0-9-]*(?::\d{1,2}(?![\d:])|(?<=\d)\.\d+)?(?:'s)? ){1,5})"
    rf"(?P<noun>{'|'.join(re.escape(n) for n in sorted(NOUNS, key=len, reverse=True))})\b"
    r"(?!\.\w| [\w-]+\.[a-z])"
)
#: Words before "video" that make it another file than the one edited.
OTHER_FILE = frozenset(
    {"intro", "outro", "second", "other", "another", "next", "new", "previous", "overlay",
     "first", "last", "final", "ending", "opening", "closing", "title", "b-roll", "webcam",
     "music", "audio", "sound", "logo", "watermark", "image", "picture", "photo", "reversed",
     "backwards", "black", "white", "gif", "short", "small", "big", "large", "same", "one", "1"}
)  # fmt: skip

#: The rest of a purpose clause: it ends where another instruction may begin, so "so it plays
#: in Chrome and mute it" keeps "mute it" to be read (or refused), never swallowed.
#: A purpose that gives a value ("so the render is 29s long") says how to do the edit: it is
#: not set aside, so the clause is read with it or refused.
_REST = (
    r"(?:(?!\b(?:and(?! (?:lets?|allows?|helps?|enables?|make it (?:easier|possible) for) (?:the )?"
    # ("to make it accessible and let viewers watch it muted": the purpose goes on)
    r"(?:viewers?|people|users?|students?|them|everyone|anyone|others|readers|listeners|"
    r"audiences?|customers|visitors)\b)"
    # ("so the carrots jump up off the ground and back into the wagon": where, said on)
    r"(?! (?:back |right |straight )?(?:into|onto|out of|across|through|over|around|towards?|"
    r"back(?! (?:it|them|this)\b))\b)|then|also|plus|but|as well as)\b|&)[^,;0-9])+"
)

#: A smaller file, said as what an edit is for: "to cut its size", "in order to reduce the file
#: size".
SMALLER_FILE = (
    r"(?:in order )?to (?:cut|reduce|lower|shrink|decrease|save on|trim) (?:its|the|their) "
    r"(?:file )?size\b"
)

#: The verbs of making a video or its file, as stems ("editing", "compressed"): what is said
#: to happen "after compressing" or "while editing it" is when, no edit.
MAKING_IT = r"(?:compress|shoot|record|film|export|upload|convert|edit|render|sav|encod|import)"

#: "(I want it) to <verb> …", "so (that) …": why the edit is wanted. Verbs that name an edit
#: the catalogue makes are not here: "to make it smaller" is read, never dropped.
PURPOSE = re.compile(
    rf"(?:,? (?:so(?: that)?|in order to|so as to|which will) {_REST}"
    r"|,? to (?:make room|create|get|obtain|achieve|restore|save|reduce|match|avoid|prevent|allow|be able|play|upload|embed"
    r"|support|work (?:in|on|with)|run (?:in|on)|open (?:in|on)|load (?:in|on)|be compatible with"
    r"|share|post|send|fit|improve|hide|free|use|show|publish|watch|view|meet|comply|see|check|"
    r"download|store|"
    r"tell|know|find out|figure out|spot|identify|read|understand|follow|study|analy[sz]e|review|"
    r"remove the "
    rf"black bars on|fix the|correct the|have|look|sound) {_REST}"
    # "… to halve the costs": money saved, no edit of the video
    r"|,? to (?:halve|cut|lower|reduce|save on|keep down|minimi[sz]e|bring down|decrease) "
    r"(?:the |our |my |their |its )?(?:[\w-]+ )?(?:costs?|bills?|fees?|charges?|expenses?)"
    rf"(?: {_REST})?"
    # "… for display", "for reference": what it is for, no edit
    r"|,? for (?:display|displaying|viewing|showing|previewing|preview|reference|documentation|"
    r"demonstration|demo purposes|review|reviewing|archiving|archival|presentation|presenting)"
    r"(?: purposes)?$"
    # ", to cut its size for the phone": what a smaller picture is for
    rf"|,? {SMALLER_FILE}(?: {_REST})?"
    r"|,? (?:(?:just|only|mainly|mostly) )?(?:before|for|when|after) (?:uploading|sharing|"
    r"posting|sending|publishing|playback|streaming|editing|presenting|downloading|importing|"
    r"archiving|watching|attaching|e-?mailing|mailing|embedding|re-?upload(?:ing)?)"
    rf"(?: {_REST})?"
    # "… for the checkout blog post": where it is to be shown
    r"|,? for (?:the |a |an |my |our )?(?:[\w-]+ ){0,2}(?:blog(?: post)?|article|newsletter|wiki|docs|"
    r"documentation|readme|pull request|bug report|issue|slide deck|slides)\b"
    # "…, for a school project": the work or the occasion it is for, said last
    r"|,? for (?:the |a |an |my |our |his |her |their )?(?:[\w'-]+ ){0,2}(?:project|assignment|"
    r"homework|coursework|class|course|lecture|presentation|meeting|portfolio|funeral|memorial|"
    r"slideshow|yearbook|reunion|ceremony|friends?|family|client|customer|boss|colleagues?)$"
    # ", small enough to send on Discord": what the size is for
    rf"|,? small enough (?:to|for) {_REST}"
    # ", before I upload it to social media": when it is done, no edit
    r"|,? (?:before|after|when) (?:i|we|you) (?:upload|share|post|send|publish|download|import|"
    rf"archive|watch) (?:it|them|this|the video)(?: {_REST})?"
    # ("rotate it 90 degrees while editing it", "…: after compressing, it came out upside
    # down": when, no edit)
    rf"|,? (?:after|when|while) {MAKING_IT}ing(?: it| the video)?$"
    # ("compress it before it is uploaded": the same, said of the video)
    r"|,? (?:before|when) (?:it|the video)(?: is|'s| gets) (?:uploaded|shared|posted|sent|published|"
    rf"archived)(?: {_REST})?"
    rf"|,? (?:because|since) {_REST}"
    rf"|,? for (?:a |an )?(?:more|better|nicer|cleaner|smoother|consistent|uniform|even|higher|lower) {_REST}"
    r"|,? as an? (?:preview|sample|teaser|trailer|test|backup)"
    # ("make it a 12fps video to go with a PPT presentation": what it goes with)
    rf"|,? to go (?:with|along with|alongside|together with) (?:an? |my |our |the |this |his |her )"
    rf"(?!(?:music|song|audio|sound|voice|track)\b){_REST}"
    # ("make a GIF of it for a quick preview while sharing": what it is for)
    rf"|,? for an? (?:quick |short |brief |fast )?(?:preview|glance|look)(?: {_REST})?"
    # ", for other uses of the audio": what it is kept for, no edit
    rf"|,? for (?:other|later|future|personal|private|separate|different|my own|our own) uses?(?: {_REST})?"
    # "crop it to square for social media": where it is for
    r"|,? for (?:social media|the web|the internet|sharing online|my (?:website|blog|site)|our "
    r"(?:website|site)|(?:the )?upload|uploads|socials|social(?: media)? (?:posts?|sharing))"
    # ("… for the site", "for nostr.build", "to upload": where it goes, by a site's name or
    # none)
    r"|,? for (?:the|my|our|that|this) (?:site|website|forum|server|platform|page|instance)$"
    # ("for the faculty's media library", "for our school intranet": a place, whose said)
    r"|,? for (?:(?:the|my|our|this|his|her|their|an?) |(?:(?:the|my|our) )?[\w-]+'s )"
    r"(?:[\w-]+ ){0,2}?(?:site|website|forum|server|platform|page|intranet|library|archive|"
    r"portal|blog|lms)$"
    r"|,? for [a-z0-9-]+\.(?:build|com|net|org|io|app|social|xyz|me|tv|co|dev)$"
    r"|,? to (?:upload|share|post|send|publish)(?: it| this| the video)?$"
    # "convert it to a GIF for easy sharing": what it is for
    r"|,? for (?:(?:easy|easier|quick|quicker|simple|simpler|faster|normal|everyday|casual|"
    r"general|regular|daily) ){1,2}(?:sharing|upload(?:ing|s)?|posting|viewing|playback|editing|"
    r"load(?:ing)?(?: times?)?|transfers?|downloads?|sending)"
    # "… for analyzing", "for an animated profile picture", "to make it sound good": what it is
    # for, no edit
    r"|,? for (?:analy[sz]ing|analysis|review(?:ing)?|testing|archiving|archival|previewing|"
    r"studying|research|reference|practi[cs]ing|training)\b"
    r"|,? for (?:an? |my |our |the )?(?:animated |new )?(?:profile (?:picture|pic|photo)|avatar|"
    r"pfp|banner|wallpaper|screensaver|lock ?screen|sticker|emoji)\b"
    r"|,? to make (?:it|the video|them) (?:look|sound|feel|seem) (?:good|better|nice|nicer|"
    r"natural|more natural|right|normal|okay|ok|professional|decent)\b"
    # "… to make a podcast": the thing it goes into, made elsewhere
    rf"|,? to (?:make|build|produce|put together) (?:an? |my |our |the )(?:[\w-]+ )?(?:podcast|"
    rf"audiobook|ringtone|presentation|tutorial|meme|backup|course|lesson|demo|portfolio|"
    rf"blog post|website|app|game)(?: {_REST})?"
    # "reverse it for the rewinding effect": the effect it is for
    r"|,? for (?:a|an|the|that) (?:[a-z-]+ ){1,3}(?:effect|look|feel|vibe|style))$"
)

#: How much, said around a verb: "brighten it a little", "much darker". Every operation's
#: degree words are these; `DEGREE` puts the rarer ones into the two forms every grammar reads.
LITTLE = (
    r"(?:just )?(?:a (?:(?:little|tiny|wee)(?: bit)?|bit|tad|touch|smidge|hair|notch)|slightly|"
    r"somewhat|lightly|gently|subtly|mildly|marginally|a small amount)(?: more)?"
)
LOT = (
    r"(?:a lot|lots|a ton|much|way|far|heavily|strongly|really|very|super|significantly|"
    r"considerably|dramatically|massively|greatly|hugely|substantially|drastically|"
    r"a great deal|a good deal)(?: more)?"
)
#: (pattern, replacement): a degree said before a comparative or at the end, as "a bit" or
#: "a lot" ("make it a tad louder" is "make it a bit louder").
DEGREE: tuple[tuple[re.Pattern[str], str], ...] = (
    # "way above 100%": a lot more than it is
    (
        re.compile(r"\b(?:way|well|far|much) (?:above|over|beyond|past) 100 ?(?:%|percent\b)"),
        "a lot",
    ),
    # "increase the volume above 100%": louder than it is, all a player's 100% says
    (
        re.compile(
            r",? (?:above|beyond|over|past|more than|higher than) (?:the )?100 ?(?:%|percent\b)"
        ),
        "",
    ),
    # "turn the volume way up", "crank it way down": up or down a lot
    (
        re.compile(
            r"\b((?:turn|crank|pump|bump|bring|jack|ramp|dial)(?: (?:it|the (?:volume|sound|audio"
            r"|music)))?) (?:way|far|much|really) (up|down)\b"
        ),
        r"\1 \2 a lot",
    ),
    # "a slow fade in", "fade slowly from black": a long fade, 3 seconds
    (
        re.compile(
            r"\bfade( in| out)? (?:very )?(?:slowly|gradually|gently)( from black| to black)?"
            r"(?: (?:in)?to the (?:intro|picture|video|first (?:scene|shot)))?"
        ),
        r"fade\1\2 over 3 seconds",
    ),
    (re.compile(r"\b(?:a )?(?:very )?(?:slow|long|gradual|gentle) fade\b"), "a 3 second fade"),
    (
        re.compile(
            r"\b(?:just )?(?:a (?:little|tiny|wee) bit|a tad|a touch|a smidge|a hair|a notch|"
            r"slightly|somewhat|marginally|mildly|a small amount|a little)"
            r"(?= (?:more |less )?[a-z]+er\b|$| (?:up|down)$)"
        ),
        "a bit",
    ),
    (
        re.compile(
            r"\b(?:a ton|a great deal|a good deal|significantly|considerably|dramatically|"
            r"massively|greatly|hugely|substantially|drastically|lots)"
            r"(?= (?:more |less )?[a-z]+er\b|$| (?:up|down)$)"
        ),
        "a lot",
    ),
)

#: "… maintaining quality", "without losing quality": the result must look as good as it can.
#: "… at 25 fps", "… in 720p": a value said after an edit that does not take it, which asks
#: for its own edit of the picture ("convert it to mp4 at 25 fps": mp4, and 25 fps).
TRAILING_VALUE = re.compile(
    r",? (?:at|in|with|and) (?:a frame ?rate of |a resolution of )?"
    r"(?:(?P<fps>\d+(?:\.\d+)?) ?(?:fps|frames per second|frames a second)"
    r"|(?P<lines>240|360|480|540|576|720|1080|1440|2160)p"
    r"|(?P<size>\d{2,5} ?[x*] ?\d{2,5})(?: ?px| pixels| resolution)?)$"
)

QUALITY_RIDER = re.compile(
    # ("…, ideally without any loss in video quality": how much it is wished, the same rider)
    r",? (?:while |but |and )?(?:(?:ideally|preferably|hopefully|if possible|where possible) )?"
    r"(?:(?:maintaining|keeping|preserving|retaining|keep|maintain|"
    r"preserve|retain) (?:the |its |good |high |a good )?(?:original |same |full |best |highest )?"
    r"(?:visual |picture |image |video )?(?:quality|clarity|sharpness|detail)(?: possible)?"
    r"|without (?:losing|reducing|sacrificing|compromising|hurting|degrading|any loss of|loss of|"
    r"losing any|a loss of|a drop in|(?:any )?loss in|(?:any )?drop in)(?: (?:the|any|much|too "
    r"much))?(?: (?:video|picture|image))? quality"
    # "without significant reduction of visual quality"
    r"|without (?:an? |any )?(?:(?:significant|noticeable|visible|much|big|major|great|real|"
    r"serious|obvious|appreciable) )?(?:reduction|loss|drop|decrease|degradation|deterioration|"
    r"change|lowering) (?:of|in) (?:the |its )?(?:visual |picture |image |video |sound |audio )?"
    r"quality|(?:in|with|at) (?:the )?(?:highest|best|high|full|original|top|max(?:imum)?|"
    r"(?:a )?(?:good|great|excellent|better)) "
    r"quality(?: possible)?|(?:with )?(?:the )?(?:highest|best) (?:possible )?quality"
    # ("at the same quality", "with the quality it has")
    r"|(?:in|with|at) (?:the )?(?:same|original|current|existing|unchanged) quality"
    r"|with (?:the )?quality (?:unchanged|intact|kept|the same|as it is)"
    r"(?: possible)?|(?:with(?:out)? )?(?:no|minimal|little) quality loss|losslessly"
    # (said as a rule: "and its clarity must not drop too much", "the quality shouldn't suffer")
    r"|(?:the|its) (?:visual |picture |image |video )?(?:quality|clarity|sharpness|detail) "
    r"(?:must|should|can|may)(?:n't| not) (?:drop|suffer|go down|degrade|get worse|be lost|"
    r"decrease|be reduced)(?: (?:too much|much|a lot|noticeably|visibly))?)$"
)

#: "… without removing the voiceover", "rather than just resizing it", "instead of speeding them
#: up": what is not to be done. Its verb names edits; the rest of the clause is read only when
#: its plan does none of them (else what was asked contradicts itself, and is refused).
CONTRAST = re.compile(
    r",? (?:(?:and|but) )?(?:without|instead of|rather than|not|don't|do not) (?:just |simply |only |merely |"
    r"actually )?(?:(?:it|them|the video) (?:also |ever |then )?(?:being|getting|to be) )?(?P<verb>[a-z]+)(?: (?:it|them|(?:the|its) (?:[a-z]+ ){0,2}[a-z]+|an? (?:[a-z]+ ){0,2}[a-z]+|anything|"
    r"any of it|any part|all|the top|the bottom|the sides)(?: (?:up|down|off|out))?| (?:up|down|off|out))?"
    r"(?: [a-z]+ly)?"
    # ("without the video being rotated after conversion": when it is not to happen)
    r"(?: (?:after|during|in) (?:the )?(?:conversion|converting|export|exporting|encoding|"
    r"re-?encoding|process|transcoding|compression|compressing))?$"
)


@dataclass(frozen=True)
class Rider:
    """Words said with an edit that ask for nothing more when they are true of its plan ("and
    join the rest" of a cut, "making it longer" of a slow-down, "keeping the same fps" of an
    edit that leaves the frame rate alone). Untrue of the plan, they are refused with their
    clause: what was said and what would be done do not agree."""

    #: the words, as a whole clause (a leading ", while", ", and" is read off before)
    pattern: re.Pattern[str]
    #: the operation names of the plan -> whether the words are true of it
    holds: Callable[[re.Match[str], frozenset[str]], bool]


#: Edits that give the picture a shape, and a size (what "the aspect ratio of my tv" and "the
#: size of the player" said after one are of).
_SHAPED = frozenset({"crop", "pad", "blur_fill", "platform"})
_SIZED = frozenset({"resize", "crop_area", "platform", "gif"})
#: Containers a conversion copies the picture into whole, packet for packet.
REMUX_FORMATS = frozenset({"mp4", "mov", "mkv", "ts"})
#: Operations that take a part out of the timeline and close the gap.
CUTS = frozenset({"cut", "cut_ranges", "remove_silence", "remove_black", "remove_short_scenes"})
_LONGER = frozenset({"speed", "loop", "freeze"})
#: Operations that keep a part of the timeline and drop the rest.
_KEEPS = frozenset({"trim", "keep_ranges", "keep_scenes"})
_SHORTER = frozenset(
    {"trim", "cut", "cut_ranges", "keep_ranges", "speed", "remove_silence", "remove_black",
     "keep_scenes", "remove_short_scenes"}
)  # fmt: skip
_RESHAPE = frozenset(
    {"resize", "crop", "pad", "platform", "blur_fill", "crop_area", "crop_edges", "rotate", "gif",
     "contact_sheet", "still"}
)  # fmt: skip
#: Edits of the sound alone: the picture is copied as it is.
_SOUND_ONLY = frozenset(
    {"mute", "volume", "normalize", "audio_denoise", "add_music", "replace_audio"}
)
_SOUND = frozenset(
    {"mute", "replace_audio", "add_music", "volume", "normalize", "audio_denoise", "extract_audio"}
)
#: What an edit makes of the video ("making it longer"): the edits that can.
RESULTS: dict[str, frozenset[str]] = {
    "longer": _LONGER,
    "shorter": _SHORTER,
    "smaller": frozenset({"compress", "quality", "resize", "crop", "gif", "convert", "fps"}),
    "lighter": frozenset({"compress", "quality", "resize", "gif", "convert"}),
    "louder": frozenset({"volume", "normalize"}),
    "quieter": frozenset({"volume", "normalize"}),
    "brighter": frozenset({"brightness", "gamma", "look"}),
    "darker": frozenset({"brightness", "gamma", "look"}),
    "faster": frozenset({"speed"}),
    "slower": frozenset({"speed"}),
    "smoother": frozenset({"stabilize", "fps", "speed"}),
    "steadier": frozenset({"stabilize"}),
}
#: What an edit is for, whatever its values: "normalise the audio (make it loud)" says its aim.
AIMS: dict[str, frozenset[str]] = {
    "normalize": frozenset({"louder", "quieter"}),
    "compress": frozenset({"smaller", "lighter"}),
    "quality": frozenset({"smaller", "lighter"}),
    "stabilize": frozenset({"steadier", "smoother"}),
}
#: The words of a result ("loud", "louder"), each with the result it names.
RESULT_WORDS = re.compile(
    r"\b(?P<r>loud|quiet|small|light|bright|dark|fast|slow|smooth|steady|steadi|short)(?:er)?\b"
)
#: A verb that says a result on its own, as a gloss in brackets: "normalize (amplify) it" is
#: made louder by the normalizing.
RESULT_VERBS = re.compile(
    r"(?:(?P<louder>amplify|amp up|boost|louden|turn up|pump up|raise)|"
    r"(?P<quieter>attenuate|quieten|soften|turn down|lower))"
    r"(?: (?:it|them|the (?:audio|sound|volume|level|levels)))?"
)
#: What a person asks to stay as it is ("keeping the same fps"): the edits that would change it.
CHANGES: dict[str, frozenset[str]] = {
    "fps": frozenset({"fps", "gif"}),
    "frame rate": frozenset({"fps", "gif"}),
    "framerate": frozenset({"fps", "gif"}),
    "resolution": _RESHAPE,
    "size": _RESHAPE,
    "dimensions": _RESHAPE,
    "aspect ratio": _RESHAPE - {"resize"},
    # the picture not stretched: no edit stretches it (a resize to a width and height is made
    # to fit inside them, see the planner's `_peeled`)
    "proportions": frozenset(),
    "pitch": frozenset(),  # speed changes keep the pitch
    "audio pitch": frozenset(),
    "voice pitch": frozenset(),
    "pitch of the audio": frozenset(),
    "sync": frozenset(),
    "audio-video sync": frozenset(),
    "audio sync": frozenset(),
    "audio": _SOUND,
    "sound": _SOUND,
    "length": _SHORTER | _LONGER,
    "duration": _SHORTER | _LONGER,
    "colors": frozenset({"grayscale", "sepia", "invert", "look", "saturation"}),
    # the picture keeps moving smoothly: every edit here keeps a steady frame rate
    "smooth motion": frozenset(),
    "motion smooth": frozenset(),
    "the motion smooth": frozenset(),
}

#: Edits of time that take the sound along with the picture, as they always do.
_WITH_ITS_SOUND = frozenset(
    {"reverse", "speed", "loop", "trim", "cut", "keep_ranges", "cut_ranges", "fade", "freeze",
     "remove_silence", "remove_black"}
)  # fmt: skip
_KEPT = "|".join(sorted(map(re.escape, CHANGES), key=len, reverse=True))
#: The edits that change the picture's size or shape.
_RESHAPES = frozenset({"resize", "crop", "crop_area", "crop_edges", "pad", "blur_fill", "rotate"})

RIDERS: tuple[Rider, ...] = (
    # "remove the sound, which it doesn't seem to need": why what is taken away can go
    Rider(
        re.compile(
            r"(?:which|that|as|since|because) (?:it|the video|i|we|you|they|nobody|no one|no-one)"
            r"(?:'s| is| are)? (?:(?:does|do|did)(?:n't| not) |never )?(?:really |even |seem to |"
            r"appear to )*(?:need|needs|needed|use|uses|want|wants|wanted|required|necessary|needful)"
            r"(?: (?:it|them|that|any more|anymore))?"
        ),
        lambda m, ops: (
            bool(ops & {"mute", "cut", "cut_ranges", "trim", "crop", "crop_edges", "keep_ranges"})
            and re.search(r"n't|\bnot\b|\bnever\b|\bnobody\b|\bno[ -]one\b", m[0]) is not None
        ),
    ),
    # "extract the audio only, not the video": the sound alone, as an extraction is
    Rider(
        re.compile(
            r"(?:but |and )?(?:not|without|no) (?:the )?(?:video|picture|image)(?: (?:part|track|stream))?"
        ),
        lambda m, ops: "extract_audio" in ops,
    ),
    # "replace its sound with audio.wav, with the original audio muted": as replacing does
    Rider(
        re.compile(
            r"(?:with|and) (?:the |its )?(?:original|old|existing|current|own|source|video's) "
            r"(?:audio|sound)(?: track)? (?:muted|removed|silenced|off|gone|dropped|disabled|"
            r"taken out)"
        ),
        lambda m, ops: bool(ops & {"replace_audio", "mute"}),
    ),
    # "add a looping background sound, so loop the audio to fill the whole length of the
    # video": as added music plays, looped to the video's end
    Rider(
        re.compile(
            r"(?:so |and )?loop (?:the |that |this )?(?:audio|music|sound|song|track|it) (?:to "
            r"(?:fill|cover|match|last|span)|for|over|across|throughout) (?:the )?(?:whole |entire |"
            r"full )?(?:length|duration|video)(?: of (?:the video|it))?"
        ),
        lambda m, ops: bool(ops & {"add_music", "replace_audio"}),
    ),
    # "fade in and out, from and to black": where fades start and end, as every fade does
    Rider(
        re.compile(r"(?:and |both )?(?:from and to|to and from|from black and to) black"),
        lambda m, ops: "fade" in ops,
    ),
    # "…, without compromising the output dimensions": the picture's size kept, true of a plan
    # that changes no size or shape
    Rider(
        re.compile(
            r"(?:and |but |while )?(?:without|not|never) (?:changing|compromising|reducing|"
            r"touching|losing|altering|shrinking|lowering|affecting)(?: the| its)?(?: output| video|"
            r"picture)? (?:dimensions|resolution|size in pixels|frame size)"
            r"|(?:and |but |while )?(?:keeping|maintaining|keep|maintain) (?:the |its )?(?:same )?"
            r"(?:output |original )?(?:dimensions|resolution)"
        ),
        lambda m, ops: not ops & (_SHAPED | _SIZED | {"rotate", "crop_edges"}),
    ),
    # "make it 16:9, the aspect ratio of my tv": the value just asked, said by what has it
    Rider(
        re.compile(
            r"(?:which is |that is |i\.?e\.? )?the (?P<what>aspect ratio|ratio|shape|size|resolution|"
            r"dimensions|frame ?rate|fps|format) (?:of|used by|used on|that|which|for) "
            r"(?:(?!\b(?:and|then|but|also|plus)\b)[^,;:\d\"])+"
        ),
        lambda m, ops: bool(
            ops
            & {
                "aspect ratio": _SHAPED,
                "ratio": _SHAPED,
                "shape": _SHAPED,
                "size": _SIZED,
                "resolution": _SIZED,
                "dimensions": _SIZED,
                "frame rate": frozenset({"fps", "gif"}),
                "framerate": frozenset({"fps", "gif"}),
                "fps": frozenset({"fps", "gif"}),
                "format": frozenset({"convert", "gif", "extract_audio"}),
            }[m["what"]]
        ),
    ),
    # "convert it to a gif and make it loop forever": what a GIF does (it plays on a loop)
    Rider(
        re.compile(
            r"(?:and |so )?(?:(?:make|have|let) (?:it|the gif|the video) )?(?:loops?|looping|repeats?|plays? on "
            r"(?:a )?loop|plays? on repeat)(?: (?:forever|infinitely|endlessly|continuously|"
            r"indefinitely|nonstop|without end|over and over))"
            r"|(?:and |so )?(?:(?:make|have|let) (?:it|the gif) )?(?:an? )?(?:infinite|endless|"
            r"forever|looping|looped) ?loop(?:ing)?"
            # "make a gif that loops", "make the gif loop": a GIF loops, with no count said
            r"|(?:and |so )?(?:that|which|to) (?:loops|repeats)"
            r"|(?:and |so )?(?:make|have|let) (?:it|the gif) (?:loop|repeat)"
        ),
        lambda m, ops: "gif" in ops,
    ),
    # "make the first 5 seconds slow motion and the rest normal": what a part's speed leaves
    Rider(
        re.compile(
            r"(?:and |but |with |while )?(?:keep(?:ing)? |leave |leaving )?the rest (?:of (?:it|the "
            r"video) )?(?:(?:at|in) )?(?:normal|regular|the normal|the regular|the original|original|"
            r"real-?time|as it is|unchanged|the same)(?: speed| pace| time)?"
        ),
        lambda m, ops: "speed" in ops,
    ),
    # "(keep and join the rest)", "and blend the rest together": what cutting does to the rest
    Rider(
        re.compile(
            r"(?:and |then )?(?:(?:keep|join|stitch|glue|blend|put|merge|splice|connect)"
            r"(?: (?:and|&) (?:keep|join|stitch|glue|blend|put|merge|splice|connect))? )"
            r"(?:the rest|what is left|what's left|what remains|the remaining(?: parts?| bits?)?|"
            r"the (?:parts?|bits?|pieces?) (?:left|before and after|on either side))"
            r"(?: of (?:the video|it))?(?: (?:back )?together| back)?"
            r"|(?:and )?(?:join|stitch|glue|blend|merge) (?:(?:them|it) (?:back )?together|"
            r"the (?:two |2 |remaining |other )?(?:parts|pieces|ends|halves)(?: (?:back )?together)?)"
        ),
        lambda m, ops: bool(ops & CUTS),
    ),
    # "keep the first 30 seconds and cut the rest": what keeping a part does to the rest
    Rider(
        re.compile(
            r"(?:and |then )?(?:cut|trim|remove|delete|discard|drop|throw away|get rid of|lose|"
            r"ditch|chop|chop off|cut off|cut out|trim off|trim away|cut away)(?: off| out| away)? "
            r"(?:all )?(?:the rest|everything else|what is left|what's left|what remains|"
            r"the remaining(?: parts?| bits?| footage)?)(?: of (?:the video|it))?"
        ),
        lambda m, ops: bool(ops & _KEEPS),
    ),
    # "not on for the entire video length", "not the whole video": an edit of a part (the
    # planner names a plan with one "part", see `_rider_names`)
    Rider(
        re.compile(
            r"(?:but |and )?not (?:on |shown |visible |there |applied )?(?:for |during |over |to |on )?"
            r"(?:(?:the )?(?:entire|whole|full|complete) (?:video|clip|length|video length|duration|"
            r"time|thing|movie|recording)(?: length)?|the (?:video )?(?:length|duration)|all of it)"
        ),
        lambda m, ops: "part" in ops,
    ),
    # "and not erasing the audio from the video", "without changing its length": what the edit
    # leaves as it is, said as what it does not do
    Rider(
        re.compile(
            r"(?:and |but |while )?(?:not|without|never) (?:erasing|removing|deleting|losing|"
            r"dropping|muting|cutting|changing|touching|altering|affecting|messing with) "
            r"(?:the |its |their )?(?P<kept>" + _KEPT + r")(?: (?:of|from|in) (?:the video|it))?"
        ),
        lambda m, ops: not ops & CHANGES[m["kept"]],
    ),
    # "make the video 30 fps, not 60": the value said, and the one it is not
    Rider(
        re.compile(
            r"(?:but |and )?not (?:at |in |to )?\d+(?:\.\d+)? ?(?:fps|p|x|%|k|mb|db|seconds?|secs?|s|"
            r"minutes?|mins?)?(?: (?:fps|p|x|%|k|mb|db|seconds?|secs?|s|minutes?|mins?))?"
        ),
        lambda m, ops: bool(ops),
    ),
    # "reverse the clip and not have the duration change": what stays as it is, said so
    Rider(
        re.compile(
            r"(?:and |but )?(?:not|never|without|don't|do not) (?:have|having|let|letting|make|"
            r"making) "
            r"(?:the |its )?(?P<kept>" + _KEPT + r") (?:change|changed|be changed|altered)"
        ),
        lambda m, ops: not ops & CHANGES[m["kept"]],
    ),
    # "from 240 fps to 60 without losing the smoothness": how well, as a quality is asked
    Rider(
        re.compile(
            r"(?:while |and |but )?without (?:losing|sacrificing|hurting) (?:the |its |any |much )?"
            r"(?:smoothness|fluidity|sharpness|detail|details|clarity)"
        ),
        lambda m, ops: bool(ops),
    ),
    # "… with blurred sides instead of black bars": a blurred fill, never bars
    Rider(
        re.compile(
            r"(?:and |but )?(?:instead of|rather than|not(?: with)?) (?:the |plain |boring )?"
            r"black (?:bars|borders|sides|edges|background)"
        ),
        lambda m, ops: "blur_fill" in ops,
    ),
    # "a thumbnail from 10 seconds in, not from the beginning": where a still is not taken
    Rider(
        re.compile(r"(?:but |and )?not (?:from|at) the (?:very )?(?:beginning|start)"),
        lambda m, ops: "still" in ops,
    ),
    # "crop it to 4:3, keeping the center of the frame": where a crop is taken from
    Rider(
        re.compile(
            r"(?:while |and |but )?(?:keeping|keep|centered on|centred on|focusing on|focused on|"
            r"taken from|from) (?:the )?(?:cent(?:er|re)|middle)(?: (?:part|area))?"
            r"(?: (?:of|in) (?:the )?(?:frame|picture|image|video|shot|screen))?"
        ),
        lambda m, ops: "crop" in ops,
    ),
    # "use H.264 and not HEVC for the video": the codec asked, and the one it is not
    Rider(
        re.compile(
            rf"(?:but |and )?not (?:in |as |to |with )?(?:the )?(?:{CODECS})(?: codec| format)?"
            r"(?: (?:for|of) (?:the video|it))?"
        ),
        lambda m, ops: "codec" in ops,
    ),
    # "2x speed (throw away every 2nd frame)", "to 30 fps by dropping every other frame": how a
    # speed-up or a lower frame rate is made
    Rider(
        re.compile(
            r"(?:by |while |and |just )?(?:drop|dropping|skip|skipping|throw away|throwing away|"
            r"discard|discarding|remove|removing|delete|deleting|lose|losing)(?: out)? every "
            r"other frame"
        ),
        lambda m, ops: bool(ops & {"speed", "fps"}),
    ),
    # "a thumbnail, for the preview": what a still is for
    Rider(
        re.compile(
            r"(?:for|(?:to use it|to be used|to serve) as) (?:the |a |an |its |my )?(?:video )?"
            r"(?:preview|poster|cover(?: image| art| picture)?|listing|gallery|video list|playlist|"
            r"placeholder)(?: image| picture)?"
        ),
        lambda m, ops: bool(ops & {"still", "contact_sheet"}),
    ),
    # "and save it as a new file": what every edit makes (the input is never overwritten)
    Rider(
        re.compile(
            r"(?:and |then )?(?:save|export|output|write|render|store)(?: it| the result| the video| "
            r"this| that| the edit(?:ed)? (?:video|version))?(?: (?:as|to|into|in) (?:a |the )?"
            r"(?:new|separate|different|another|second) (?:file|video|clip|copy|one))?"
        ),
        lambda m, ops: bool(ops),
    ),
    # "without re-encoding", "with stream copy": how promptcut cuts and joins anyway, the
    # picture copied where it is not cut (see smartcut), and how it changes a container the
    # picture is copied into whole ("remux", `_rider_names`); an edit of the picture re-encodes
    Rider(
        re.compile(
            r"(?:and )?(?:without|with no|no|not|don't|do not) (?:any )?(?:re-?)?(?:encod|transcod)"
            r"(?:ing|e)(?: (?:it|the video|the file|the clip|this|"
            r"anything))?|(?:with|using|by) (?:a )?stream ?copy(?:ing)?|(?:with|using) -c copy"
            # "just remux it, without converting it": the streams copied into the container
            r"|(?:and )?without (?:converting|transcoding)(?: (?:it|the video|anything))?"
        ),
        lambda m, ops: (
            (
                bool(ops)
                and ops <= {"trim", "cut", "cut_ranges", "keep_ranges", "join", "convert", "remux"}
                and ("convert" not in ops or "remux" in ops)
            )
            # ("normalize the audio, without re-encoding the video": an edit of the sound alone
            # copies the picture as it is)
            or (bool(ops) and ops <= _SOUND_ONLY and "the video" in m[0])
        ),
    ),
    # "making it longer", "so it is shorter": what the edit makes of it
    Rider(
        re.compile(
            r"(?:(?:thus |thereby |and )?making|so (?:that )?it (?:is|gets|becomes|will be)|which makes|"
            r"to make) (?:it|the video) (?:a (?:bit|lot) |much )?(?P<result>"
            + "|".join(RESULTS)
            + r")"
        ),
        lambda m, ops: bool(ops & RESULTS[m["result"]]),
    ),
    # "the background audio must be lower", "so it doesn't drown out the voice": what music
    # added under the sound is
    Rider(
        re.compile(
            r"(?:and |but |so (?:that )?)?(?:the )?(?:background|added|new) (?:audio|music|sound|track|song)"
            r" (?:must|should|has to|needs to|is to|will) be (?:a (?:bit|lot|little) |much )?"
            r"(?:lower|quieter|softer|low|quiet|soft|in the background|under the (?:voice|speech)|"
            r"lower than the (?:voice|speech|talking|dialogue))"
            r"|(?:so (?:that )?)?(?:it|the music) (?:does not|doesn't|won't|will not) (?:drown(?: out)?|"
            r"cover|overpower|suppress|overwhelm) (?:the )?(?:voice|speech|talking|dialogue|people|"
            r"speaker|narration|main (?:audio|sound))"
            # "but keep the original sound louder": the music under it, as added music is
            r"|(?:and |but )?keep(?:ing)? (?:the |its )?(?:original|video's|own|main) (?:sound|audio|"
            r"voices?|speech|dialogue)(?: (?:louder|on top|in front|audible|clear|clearly audible))"
            # "keeping both the background music and the mp4 sound": both heard
            r"|(?:and |but )?keep(?:ing)? both (?:the )?(?:background |new |added )?(?:music|song|"
            r"track|audio) and (?:the )?(?:(?:mp4|video|video's|original|own|old) )?(?:sound|audio)"
            # "mixed with the background music it already has": under its own sound
            r"|(?:and )?mixed (?:in )?with (?:the |its )?(?:(?:existing|original|video's|background|"
            r"current|own) )*(?:music|sound|audio|soundtrack)(?: (?:it|the video) (?:already )?has|"
            r" of the video| already there| in the video)?"
        ),
        lambda m, ops: "add_music" in ops,
    ),
    # "and make the music loop until the video ends": what music added does
    Rider(
        re.compile(
            r"(?:and |so )?(?:make |have |let )?(?:the |it |its )?(?:(?:background )?(?:music|song|"
            r"track|audio|sound) )?(?:loop|repeat|play)s?(?: it)?(?: (?:over and over|again))? "
            r"(?:until|till|to|through) the (?:very )?end(?: of (?:the video|it))?|"
            r"(?:and |so )?(?:make |have |let )?(?:the |it |its )?(?:(?:background )?(?:music|song|"
            r"track|audio|sound) )?(?:loop|repeat|play)s?(?: it)? (?:until|till) the video (?:ends|is over)|"
            r"(?:looping|repeating|replaying) (?:it|the music|the song|the track)(?: over and over)? "
            r"(?:until|till|to) the (?:very )?end(?: of (?:the video|it))?"
        ),
        lambda m, ops: bool(ops & {"add_music", "replace_audio"}),
    ),
    # "for a smaller size on the web", "to get a smaller file": what a conversion or a
    # re-encode is for
    Rider(
        re.compile(
            r"(?:(?:for|to get|to have|to achieve|to give) (?:a |the |it a )?(?:much )?"
            r"(?:smaller|lower|reduced|less) (?:file ?)?(?:size|file|space)"
            r"(?: (?:on|for) (?:the )?web| online)?"
            r"|(?:for|on) (?:the )?web(?: use| playback| pages?| sites?| sharing)?"
            r"|for (?:online|web) (?:use|playback|sharing|delivery))"
        ),
        lambda m, ops: bool(ops & RESULTS["smaller"]),
    ),
    # "keep only the main content in the middle": what cutting both ends leaves
    Rider(
        re.compile(
            r"(?:and |then |to )?(?:keep|keeping|leave|leaving) (?:only|just) (?:the )?"
            r"(?:main (?:content|part|video|recording)|middle(?: part| portion| section| bit)?|"
            r"(?:good|important|actual) (?:part|bit|content)s?)"
            r"(?: (?:in|of) (?:the )?(?:middle|between))?"
            # "the main content" is the video itself to the grammars
            r"|(?:and |then |to )?(?:keep|keeping|leave|leaving) (?:only |just )?the video "
            r"(?:in|of) the middle"
        ),
        lambda m, ops: bool(ops & (CUTS | {"trim", "keep_ranges"})),
    ),
    # "as landscape, without the black bars on both sides": true of any change of shape but
    # bars
    Rider(
        re.compile(
            r"(?:and |but )?(?:without|with no|no) (?:the |any )?(?:black |blank )?(?:bars|borders|"
            r"bands|letterbox(?:ing)?|pillarbox(?:ing)?)(?: (?:on|at) (?:both|the|either) sides?| "
            r"(?:on|at) the (?:top and bottom|sides))?"
        ),
        lambda m, ops: (
            bool(ops & {"crop", "blur_fill", "crop_area", "crop_edges"}) and not ops & {"pad"}
        ),
    ),
    # "by dropping the fps to 30, without the motion becoming slow": true of any edit but a
    # change of speed
    Rider(
        re.compile(
            r"(?:and |but )?without (?:the )?(?:motion|movement|video|it|playback|action|footage) "
            r"(?:becoming|getting|being|going|turning|looking) (?:slow|slower|slowed down|sped up|"
            r"faster|slow motion|in slow motion)"
        ),
        lambda m, ops: bool(ops) and "speed" not in ops,
    ),
    # "at the same size as the source": true of any edit that keeps the picture's size
    Rider(
        re.compile(
            r"(?:and |but )?(?:at|in|with|keeping|keep) (?:the |its )?same (?:size|resolution|"
            r"dimensions)(?: as (?:the )?(?:source|original|input|video))?"
        ),
        lambda m, ops: bool(ops) and not ops & _RESHAPES,
    ),
    # "I want the video scale stretched": what a resize to a width and a height does
    Rider(
        re.compile(
            r"(?:(?:i want|i'd like|i would like) (?:it|the video|the picture|the image) "
            r"(?:to be )?)?(?:scaled? |resized? )?(?:stretched|to stretch|to be stretched)"
            r"(?: to (?:fit|fill)(?: it)?)?"
        ),
        lambda m, ops: "resize" in ops,
    ),
    # "with the gif starting from its beginning": how a video shown over the picture plays
    Rider(
        re.compile(
            r"(?:with|and have|having|so that|so) (?:the |it |its )?(?:gif|clip|overlay|inset|"
            r"second video|other video|small video|video)? ?(?:starting|starts|start|playing|plays|"
            r"play)(?: to play)? (?:from|at) (?:its|the) (?:very )?(?:beginning|start)"
        ),
        lambda m, ops: "pip" in ops,
    ),
    # "and use it as a thumbnail": what a picture made of the video is for
    Rider(
        re.compile(
            r"(?:and |to )?(?:use|set) (?:it|them|this|that) as (?:a |an |the |my )?(?:video )?"
            r"(?:thumbnail|poster|cover|preview|profile picture|avatar|cover image|poster frame)"
        ),
        lambda m, ops: bool(ops & {"still", "contact_sheet", "gif"}),
    ),
    # "but leave a minimum of silence so it sounds natural": the room cutting silence leaves
    Rider(
        re.compile(
            r"(?:but |and |while )?(?:leave|leaving|keep|keeping|preserve|preserving)(?: (?:a|some))?"
            r"(?: (?:minimum|little|bit|small amount|touch))?(?: of)? (?:the )?(?:silence|pauses?|gaps?"
            r"|room|breathing room|space)(?: (?:around|between|after|before) (?:the )?[a-z ]{1,30})?"
        ),
        lambda m, ops: "remove_silence" in ops,
    ),
    # "reverse the clip including the audio": what an edit of time does to the sound anyway
    Rider(
        re.compile(
            r"(?:(?:including|together with|along with|with|and|sound and picture|picture and "
            r"sound)(?: the| its)? (?:audio|sound)(?: too| as well| together)?"
            r"|(?:audio|sound) included|(?:audio|sound) and (?:video|picture) (?:together|both))"
        ),
        # (never "cut the first 3 seconds and the audio": the sound may be cut too)
        lambda m, ops: (
            bool(ops)
            and ops <= _WITH_ITS_SOUND
            and not (
                re.match(r",? and (?:the |its )?(?:audio|sound)$", m[0])
                and re.match(r"(?:cut|remove|delete|drop|strip|take|get rid|lose)\b", m.string)
            )
        ),
    ),
    # "filling it with silence rather than deleting the audio": what muting a part does
    Rider(
        re.compile(
            r"(?:and |by )?(?:filling|fill|replacing|replace|leaving|leave) (?:it|the (?:gap|part|"
            r"section|audio|sound|hole)) (?:with )?(?:silence|silent|quiet)(?: (?:rather than|instead"
            r" of|not|without) (?:deleting|removing|cutting|dropping)(?: (?:it|the (?:audio|sound|"
            r"part|section|video)))?)?"
        ),
        lambda m, ops: "volume" in ops or "mute" in ops,
    ),
    # "before upload to the server": when the result is wanted, true of any edit
    Rider(
        re.compile(
            # (never "for posting on tiktok": a platform asks for its own shape)
            r"(?:,? )?(?:before|prior to) (?:upload(?:ing)?|sending|sharing|posting|publishing)"
            r"(?: it)?(?: (?:to|on|via|by) (?:the |my |our |a )?[a-z]+(?: [a-z]+)?)?"
        ),
        lambda m, ops: bool(ops),
    ),
    # "just appending one to another": what joining does
    Rider(
        re.compile(
            r"(?:,? )?(?:just |simply |only )?(?:appending|adding|putting|placing|playing) (?:one|1|them|"
            r"each|the clips|the videos) (?:to|after|behind) (?:another|the other|each other|(?:one|1) "
            r"another)"
        ),
        lambda m, ops: bool(ops & {"join", "transition"}),
    ),
    # "instead of a hard stop": what a fade out (or a held last frame) is for
    Rider(
        re.compile(
            r"(?:,? )?(?:instead of|rather than|not|without|to avoid) (?:a |an |the )?(?:hard|abrupt|"
            r"sudden|harsh) (?:stop|end|ending|cut|cutoff|cut-off)"
        ),
        lambda m, ops: bool(ops & {"fade", "freeze", "transition"}),
    ),
    # "as long as the audio is OK": what must stay good, true of any edit that keeps it
    Rider(
        re.compile(
            r"(?:but |and )?(?:as long as|so long as|provided(?: that)?|if) (?:the )?"
            r"(?P<what>audio|sound|voices?|speech|picture|video|image|text)(?: quality)? "
            r"(?:is|stays|remains|still is|is still|sounds|looks) (?:still )?(?:ok|okay|fine|good|"
            r"clear|intact|audible|readable|decent|alright|all right|acceptable)"
        ),
        lambda m, ops: (
            not ops
            & (
                {"mute", "extract_audio"}
                if m["what"] in ("audio", "sound", "voice", "voices", "speech")
                else {"extract_audio"}
            )
        ),
    ),
    # "remove the audio but keep the video", "mute it, keeping the picture": the picture stays
    # while only the sound is changed (said of a cut, "keep the video" could mean the picture
    # goes on where the sound is cut: never read so)
    Rider(
        re.compile(
            r"(?:while |but |and )?(?:keeping|keep|maintaining|maintain|preserving|preserve|"
            r"retaining|retain|leaving|leave)(?: (?:the|its))?(?: (?:same|original))? "
            r"(?:video|picture|image|footage|visuals?)(?: (?:track|stream|part))?"
            r"(?: (?:as it is|intact|untouched|unchanged|the same))?"
        ),
        lambda m, ops: bool(ops) and ops <= _SOUND - {"extract_audio"},
    ),
    # "while keeping the same fps", "keeping the original pitch": what stays as it is
    Rider(
        re.compile(
            r"(?:while |but |and )?(?:(?:with )?the (?:sound|audio|voices?) )?"
            r"(?:keeping|keep|maintaining|maintain|preserving|preserve|"
            r"retaining|retain|with|without changing|not changing|leaving)(?: (?:the|its|their))?"
            r"(?: (?P<how>same|original|current|existing|normal))? (?P<kept>" + _KEPT + r")"
            r"(?: (?:of the video|of the audio|the same|unchanged|as it is|intact|untouched"
            r"|as (?:in )?(?:the |its )?(?:original|source|input|before)))?"
            # "keeping the original sync and the original pitch of the audio"
            r"(?:,? (?:and|&) (?:the |its |their )?(?:(?:same|original|current|existing|normal) )?"
            r"(?P<also>" + _KEPT + r")"
            r"(?: (?:of the video|of the audio|the same|unchanged|as it is|intact|untouched"
            r"|as (?:in )?(?:the |its )?(?:original|source|input|before)))?)?"
        ),
        lambda m, ops: not ops & (_changing(m) | CHANGES.get(m["also"] or "", frozenset())),
    ),
    # "without the lip sync going off": every edit keeps the sound with its picture
    Rider(
        re.compile(
            r"(?:while |but |and )?without (?:(?:the )?(?:lip[- ]?|audio[- ]?|a/?v |sound )?sync "
            r"(?:going off|going out|drifting(?: off| away)?|breaking|getting lost|being lost|being "
            r"off)|(?:losing|breaking|messing up|ruining) (?:the )?(?:lip[- ]?|audio[- ]?|a/?v )?"
            r"sync|(?:the (?:audio|sound|voices?) )?(?:going|getting|drifting|falling) out of sync)"
        ),
        lambda m, ops: True,
    ),
)


def _changing(kept: re.Match[str]) -> frozenset[str]:
    """The edits that would change what a rider keeps: music added under the video's own sound
    keeps it ("add music but keep the original audio"), though the mix is no longer it."""
    changes = CHANGES[kept["kept"]]
    if kept["how"] == "original" and kept["kept"] in ("audio", "sound"):
        return changes - {"add_music"}
    return changes


def rider(text: str) -> tuple[Rider, re.Match[str]] | None:
    """The rider a whole clause is, with its match, or None."""
    for r in RIDERS:
        if (m := r.pattern.fullmatch(text)) is not None:
            return r, m
    return None


_TRAILING = tuple(re.compile(rf",? (?:{r.pattern.pattern})$") for r in RIDERS)


def trailing_rider(text: str) -> tuple[Rider, re.Match[str]] | None:
    """The rider a clause ends with ("slow it down, making it longer"), or None; the match
    spans the rider and the comma or space before it."""
    for r, pattern in zip(RIDERS, _TRAILING, strict=True):
        if (m := pattern.search(text)) is not None and m.start() > 0:
            return r, m
    return None


#: "… by <method>": how the person wants it done. Each method says which operation it means;
#: one not listed here leaves the clause unread (refused), never silently dropped.
#: Where fill goes: "on the sides", "to the upper and lower parts".
_FILLED = (
    r"(?: (?:on|at|to|in|for) (?:the )?(?:sides|edges|top and bottom|left and right|"
    r"(?:upper|top) and (?:lower|bottom)(?: parts?| areas?| portions?| sections?| halves)?|"
    r"empty (?:space|area|parts?)))?"
)
#: How a change of shape is made ("by adding black bars", ", adding blur effects to the upper
#: and lower parts"): (pattern, method); `_by` in the planner applies it.
#: The room a change of shape leaves, filled: ", filling the extra space with …".
_THE_ROOM = (
    r"filling (?:in )?(?:the |its )?(?:extra |empty |remaining |spare |unused |black )?"
    r"(?:space|area|room|sides|edges|bars|gaps?)"
)
METHODS: tuple[tuple[re.Pattern[str], str], ...] = (
    # ("fit it into 16:9, filling the extra space by blurring the background")
    (
        re.compile(
            rf"(?:,? by|,)(?: {_THE_ROOM} by)? blurring(?: out)? (?:the |its )?(?:background|sides|"
            r"edges|bars|borders|empty space|extra space|space around it)$"
        ),
        "blur",
    ),
    (
        re.compile(
            rf",? {_THE_ROOM} with (?:a |the |some )?(?:blur(?:red|ry)?|blurred copy|blurred "
            r"version)(?: effects?| fill| background| bars?| borders?| copy)?$"
        ),
        "blur",
    ),
    (re.compile(rf",? {_THE_ROOM} with (?:black|blackness|black bars|bars)$"), "pad"),
    (
        re.compile(
            r"(?:,? by|,) (?:adding|using|putting|filling (?:it )?with|padding (?:it )?with|with) "
            r"(?:a |the |some )?(?:black|blank)? ?(?:fill|bars?|borders?|padding|background|letterbox(?:ing)?)"
            rf"{_FILLED}$"
        ),
        "pad",
    ),
    (
        re.compile(
            r"(?:,? by|,) (?:adding|using|putting|filling (?:it )?with|with) (?:a |the |some )?"
            r"(?:blur(?:red|ry)?|blurred copy|blurred version)(?: effects?| fill| background| bars?|"
            rf" borders?| sides| copy)?{_FILLED}$"
        ),
        "blur",
    ),
    (re.compile(r",? without (?:cutting|cropping|chopping)(?: (?:anything|any of it|it|any part))?(?: off| out)?$"), "pad"),
    (re.compile(r" by (?:cropping|cutting off)(?: (?:it|the (?:sides|edges|top and bottom)))?$"), "crop"),
    # "convert the 4:3 video to 16:9 by stretching it": the picture distorted to the shape
    (re.compile(r"(?:,? by|,) (?:stretching|squashing|squeezing)(?: (?:it|the video|the picture))?(?: out)?$|,? stretched$"), "stretch"),
    (re.compile(r",? (?:(?:it )?cropped|cropping it)(?: (?:to fit|to fill))?$"), "crop"),
    (
        re.compile(
            r"(?:,? by|,)(?: only| just| simply)? (?:dropping|removing|skipping|discarding|deleting|"
            r"leaving out|throwing away|throwing out) "
            r"(?:every (?:second|other|2nd) frame|(?:some |extra |the extra )?frames)"
            # (what it is for, a smaller file, is what fewer frames make)
            r"(?: (?:for|to get|to make) (?:an? )?(?:smaller|lighter) (?:file )?(?:size|file)?)?$"
        ),
        "fps",
    ),
)  # fmt: skip

#: "… by playing it back twice as fast": the means is an edit of its own, done first.
BY_DOING = re.compile(
    r",? by (?:just |simply |only |merely )?(?P<verb>[a-z]+ing) (?P<rest>(?:(?! (?:and|then|but)\b)[^,;])+)$"
)

#: An end frame held, said other ways (read before "the last frame" is given its time):
#: (pattern, replacement).
HELD_FRAME: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b{pattern}"), replacement)
    for pattern, replacement in (
        # "show the last frame for 5 more seconds", "extend the video by 3 seconds freezing the
        # last frame", "end the video with a 3 second freeze frame": the last frame, held
        (
            r"(?:show|display|keep showing|continue showing|hold|keep|leave) (?:the |its )?"
            r"(last|final|first|opening|ending|end) frame(?: on(?: the)? screen)? "
            r"for (?:an? (?:extra|additional|further) )?(\S+)(?: more| extra| additional)? "
            r"(s|secs?|seconds?|mins?|minutes?)(?: more| longer)?$",
            r"freeze the \1 frame for \2 \3",
        ),
        (
            r"(?:extend|lengthen|prolong)(?: the video| it)? by (\S+) ?(s|secs?|seconds?) "
            r"(?:by )?(?:freezing|holding) (?:the |its )?(last|final|end|ending) frame$",
            r"freeze the \3 frame for \1 \2",
        ),
        (
            r"add (\S+) ?(s|secs?|seconds?) (?:to|at) the end(?: of (?:the video|it))?,? by "
            r"(?:extending|holding|freezing|repeating|cloning) (?:the |its )?(?:last|final) frame$",
            r"freeze the last frame for \1 \2",
        ),
        # "add 2 seconds of the last frame at the end": that frame, held
        # (each where it is: never "the last frame at the start")
        (
            r"(?:add|append|put|tack on) (\S+) ?(s|secs?|seconds?) of the (?:very )?(last|final) "
            r"frame(?: (?:at|to) the end(?: of (?:the video|it))?)?$",
            r"freeze the \3 frame for \1 \2",
        ),
        (
            r"(?:add|put) (\S+) ?(s|secs?|seconds?) of the (?:very )?first frame(?: (?:at|to) the "
            r"(?:start|beginning)(?: of (?:the video|it))?)?$",
            r"freeze the first frame for \1 \2",
        ),
        (
            r"(?:(?:make )?(?:the video|it) )?end (?:the video |it )?with an? (\S+) ?(s|secs?|seconds?)"
            r"(?: long)? freeze[- ]?frame$",
            r"freeze the last frame for \1 \2",
        ),
        (
            r"(?:(?:make )?(?:the video|it) )?end (?:the video |it )?with an? freeze[- ]?frame "
            r"(?:of|for) (\S+) ?(s|secs?|seconds?)$",
            r"freeze the last frame for \1 \2",
        ),
    )
)

#: Where a video is played: what a format may be "compatible" with.
_PLAYS_ON = (
    r"(?:chrome|firefox|safari|iphone|ipad|ios|android|apple|mac|windows|web|browser|html5|"
    r"quicktime|tv|smart ?tv|roku|whatsapp|youtube|premiere|resolve|final cut)"
)

#: The video, as the synonyms below name it: "it", "the screen recording", "the lecture".
_THING = (
    r"(?:it|the (?:[\w-]+ ){0,2}?(?:video|clip|recording|footage|movie|file|capture|lecture|"
    r"lesson|talk|stream|vod|screencast|podcast|episode))"
)

#: A platform whose videos are 9:16, 1080x1920: TikTok, Reels, Shorts and Stories.
_VERTICAL_PLATFORM = (
    r"(?:(?:instagram |insta |ig )?(?:reels?|stor(?:y|ies))|tik ?tok|(?:youtube |yt )?shorts?)"
)


def _disc_size(disc: str) -> str:
    """The size of a disc a file is to fit on: a DVD (one layer unless two are said), a CD, a
    Blu-ray (one layer)."""
    if re.match(r"(?:dual|double)|dvd-?9", disc):
        return "8.5 gb"
    if disc.startswith(("cd", "vcd", "svcd")):
        return "700 mb"  # (a video CD is a CD)
    if disc.startswith("blu"):
        return "25 gb"
    return "4.7 gb"


#: The file formats a request may name for what promptcut writes.
_WRITTEN_FORMAT = r"(?:mp3|m4a|aac|opus|ogg|wav|flac|mp4|webm|mov|mkv|gif)"
#: How people say a noise is, before naming it: "the nasty hum", "an annoying motor noise".
_NOISE_SAID_AS = r"nasty|annoying|horrible|awful|terrible|loud|constant|steady|faint|slight"

#: Sounds that come and go and are faults when heard: "the clicks", "coughing", "typing"
#: ("pops", never "pop": "make the colours pop").
PASSING_FAULTS = (
    r"(?:breath\w*|click\w*|pops|popping|cough\w*|sneez\w*|typing|keyboard|footsteps?|"
    r"applause|clapping|bark\w*|beep\w*|siren\w*|slam\w*|bangs?|banging|knock\w*|thumps?|"
    r"thud\w*|clunk\w*|squeak\w*|crunch\w*|clatter\w*|plosives?|sibilance)"
)
#: Sounds that come and go, which a denoiser of steady noise does not take out: the faults
#: above, and the sounds of people, music and things ("the breathing noises", "the music").
UNSTEADY_SOUNDS = (
    rf"(?:{PASSING_FAULTS}|pop|mouth|lip|mouse|laugh\w*|chatter\w*|talking|voices?|speech|"
    r"music\w*|doors?)"
)

#: Formats a person lists to pick from ("as wav, mp3 or ogg"), sound or video.
LISTED_FORMAT = r"mp3|m4a|aac|wav|flac|ogg(?: vorbis)?|opus|mp4|mov|mkv|webm|avi"
#: The formats of a sound file alone.
SOUND_FORMATS = frozenset({"mp3", "m4a", "aac", "wav", "flac", "ogg", "opus"})


def _first_offered(m: re.Match[str]) -> str:
    """ "as wav, mp3 or ogg" -> "as wav": formats of one kind offered, the first taken (of
    both kinds, a sound file or a video, left as said, to be asked)."""
    offered = re.findall(rf"\b(?:{LISTED_FORMAT})\b", m[0][len(m[1]) :])
    kinds = {f.split()[0] in SOUND_FORMATS for f in offered}
    return f"{m[1]} {m[2].split()[0]}" if len(kinds) == 1 else m[0]


#: What the words are said as, for `re.sub`: a template, or a function of the match.
Replacement = str | Callable[[re.Match[str]], str]

#: Verbs people use for the catalogue's own, by what they mean there: (pattern, replacement).
#: Words of a noise in the sound (a rule adds the ones it also takes: "noise", "rumble", "wind").
_NOISES = r"buzz|buzzing|hum|humming|hiss|hissing|static|crackle|crackling"

#: "the captions on this video": what they are on, said after them.
_ON_THE_VIDEO = r"(?: (?:on|in|of) (?:this|the) (?:video|clip|movie|film|recording))?"


#: One frame said by what is odd about it, then which end it is at ("the single transparent
#: frame at the start").
_ODD_FRAME = (
    r"\bthe (?:(?:single|one|only|lone|extra|stray|odd|blank|empty|transparent|white|"
    r"corrupt(?:ed)?|broken|glitchy|garbled|weird|bad|wrong|frozen|grey|gray|green|pink|"
    r"purple|red|blue|magenta|yellow) )+frame (?:at|in) the (?:very )?"
)
SYNONYMS: tuple[tuple[re.Pattern[str], Replacement], ...] = tuple(
    (re.compile(rf"\b{pattern}\b"), replacement)
    for pattern, replacement in (
        # "with ffmpeg", "using ffmpeg's command line": the tool the person knows, no edit
        (
            r",? (?:with|using|via|through|in|by) (?:the )?ffmpeg(?:'s)?(?: (?:command line|"
            r"command|cli|tool|program|library))?(?=$|,| and | without | but | so | to )",
            "",
        ),
        # "rescale it from its native 1440x1080 to 1024x768": the size it has, then the new one
        (
            r"(?<=\bfrom )(?:its|the) (?:native|original|current|present|old) (?=\d{2,5}x\d{2,5}\b)",
            "",
        ),
        # "at a frame rate of 50": frames a second, the unit left unsaid
        (
            r"(?:at |with )?an? (?:frame ?rate|fps) of (\d+(?:\.\d+)?)\b(?! ?(?:fps|frames?|hz)\b)",
            r"at \1 fps",
        ),
        # "… without having to re-record it", "… and download it": nothing asked of the edit
        (
            r",? without (?:having to |needing to |the need to )?re-?(?:record|shoot|film)(?:ing)?"
            r"(?: it| the video| the clip)?",
            "",
        ),
        (r",? and (?:then )?(?:let me )?download (?:it|the result|the video|the file)$", ""),
        # "…, without having to re-open the video project": nothing asked of the edit
        (
            r",? without (?:having to |needing to |the need to )?(?:re-?open|open|go back (?:in)?to|"
            r"redo|re-do|re-?edit) (?:the |my |our )?(?:video |editing )?(?:project|timeline|"
            r"edit|editor|source)s?\b",
            "",
        ),
        # "as H.264 with AAC", "an mp4 with AAC audio": the sound such a video has (an .m4a is
        # said as one)
        (
            r"\b(h\.?26[45]|hevc|x26[45]|avc|mp4|mov|m4v)((?: video)?(?: file)?),? (?:with|and|\+|/) "
            r"aac(?: audio| sound)?(?: codec)?\b",
            r"\1\2",
        ),
        # "an MP3 audio file", "an audio mp3": a file of that kind, its sound said twice
        (r"\b(mp3|wav|m4a|flac|ogg|opus) audio(?= file\b)", r"\1"),
        (r"\baudio (?=(?:mp3|wav|m4a|flac|ogg|opus)\b(?! files?\b))", ""),
        # "create an mp3 that we can place on a podcast": what the file is for, no edit (never
        # a platform: "a video I can upload to Instagram" is one for Instagram)
        (
            r"\b(mp3|wav|m4a|mp4|gif|webm|mov|file|version|copy|video|clip)(?: (?:that|which))? "
            r"(?:we|i|you|they|people|listeners|viewers|anyone|everyone) (?:can|could|may) "
            r"(?:then |easily |just )?(?:place|put|post|upload|share|send|listen to|play|host|watch|"
            r"stream|publish|attach|embed)(?: it| them)?(?: (?:on|to|in|onto|into|at) (?:an?|the|our|"
            r"my) (?:[\w'-]+ )?(?:podcast|website|site|blog|web ?page|page|forum|channel|feed|server|"
            r"computer|laptop|drive|cloud|archive)s?)?$",
            r"\1",
        ),
        # "downconvert it to SD", "down-res the video": made smaller, in lines
        (r"\b(?:down-?convert|down[- ]?res)\b", "scale down"),
        (r"\bstandard[- ]def(?:inition)?\b", "sd"),
        # "the music I composed", "the track we recorded": the person's own, the file given
        (
            r"\bthe (music|song|track|soundtrack|tune|score|beat)(?: that)? (?:i|we) (?:composed|"
            r"wrote|made|produced|recorded|created|performed)(?: (?:myself|ourselves))?\b",
            r"my \1",
        ),
        # "everything after the 1:20 mark": the time
        (r"\bthe (\d+(?::\d+)+(?:\.\d+)?) mark\b", r"\1"),
        # "edit this flashback clip to black and white (through effects)": made so
        (
            r"^edit ((?:it|this|the|my|our)\b[\w' -]*?) (?:in)?to (black and white|b ?& ?w|"
            r"grayscale|greyscale|sepia|monochrome|slow motion)\b",
            r"make \1 \2",
        ),
        # "mute this video's audio while embedding a new audio": the one done, then the other
        (
            r"\b((?:mute|remove|drop|silence|delete|strip)\b[\w' ]{0,30}?\b(?:audio|sound)) while "
            r"(?:adding|embedding|putting in|inserting|laying in)\b",
            r"\1 and add",
        ),
        # "as an mp4 video (1280 x 720 pixels)", "medium quality 1280x720": made at that size
        (
            r"\b((?:mp4|mov|mkv|webm|m4v|avi)(?: video| file)?|(?:low|medium|high|good|standard|"
            r"normal|best) quality) (?=\d{3,5} ?[x×*] ?\d{3,5}\b)",
            r"\1 at ",
        ),
        # "without making the animation speed up or slow down": its speed kept
        (
            r"\bwithout (?:making|having|letting) (?:it|the (?:[\w-]+ ){0,2}?[\w-]+) (?:speed up|slow "
            r"down|play faster|play slower)(?: or (?:speed up|slow down|play faster|play slower))?\b",
            "without changing its speed",
        ),
        # "change the codec of it to a more common one": the codec every player takes
        (
            r"\b(?:change|convert|switch|set) the (?:video )?codec(?: of (?:it|the video))? to (?:a |one )?"
            r"(?:more |most )?(?:common|compatible|standard|widely used|widely supported|supported|"
            r"normal|usual|popular)(?: one| 1| codec)?(?= |$)",
            "encode it as h.264",
        ),
        # "video dimensions must be set to 480x320": made that size
        (
            r"^(?:the )?(?:video |output )?(?:dimensions|resolution|frame size) (?:must|should|needs? to|"
            r"has to|have to) be (?:set to |changed to |made )?(?=\d{2,5} ?x ?\d{2,5}\b)",
            "resize it to ",
        ),
        # "make this clip look black and white", "make it look less shaky": made so
        (
            # (never what it is for, "… to make it look more cinematic", read with its edit)
            r"\b(?<!to )(?<!so as to )(make (?:it|this|the|my|our)\b[\w' -]*?) (?:look|appear|seem)"
            r"(?: like)? (?=(?:black "
            r"and white|b ?& ?w|grayscale|greyscale|monochrome|sepia|less|more)\b)",
            r"\1 ",
        ),
        (
            r",? (?:through|using|via|with) (?:the |an? )?(?:effects?|filters?)(?: (?:tab|panel|menu))?$",
            "",
        ),
        # "format this piece from a MOV file to an MP4 file": converted (never "format it for
        # TikTok", a platform's shape)
        (
            r"^format (?=(?:it|this|the|my|our)\b(?:(?! for ).)*? (?:in)?to (?:an? )?\.?(?:mp4|mov|"
            r"mkv|webm|avi|gif|mp3|wav|m4a|m4v)\b)",
            "convert ",
        ),
        # "delete everything in this video from 1:20 on": all of it from then on
        (
            r"\beverything (?:in|of|from) (?:it|the video|this video|(?:this|the|my|our) (?:[\w-]+ ){0,3}?"
            r"(?:video|clip|recording|footage))(?= (?:from|after|past|beyond)\b)",
            "everything",
        ),
        # "turn it into a time lapse at 8x": made one
        (
            r"\bturn (it|the video|this video|this|the clip|the footage|this footage) into "
            r"(?=an? (?:time[- ]?lapse|timelapse|hyperlapse)\b)",
            r"make \1 ",
        ),
        # "add music.mp3 so that it politely steps aside when I speak": ducked under the voice
        (
            r"(?:^|,? )(?:so|so that|such that|in a way that)(?: it| the music| the song)? "
            rf"{STEPS_ASIDE} (?:whenever|"
            r"when|while|as) (?:i|someone|anyone|somebody|people|he|she|they|we|the (?:speaker|"
            r"presenter|host|narrator|teacher|person)) (?:speak|speaks|talk|talks|am speaking|is "
            r"speaking|are speaking|am talking|is talking|are talking)\b",
            lambda m: ("" if m.start() == 0 else " and ") + "duck it under the speech",
        ),
        # "put a quick fade-out at the end of the sound": the sound faded out
        (
            r"^(?:put|add|apply|do|insert|give it) an? (?:quick |short |brief |gentle |slow |soft |"
            r"little |small )?fade[- ]?(out|in) (?:at|to|on) the (?:end|start|beginning) of "
            r"(the (?:sound|audio|music|soundtrack))\b",
            r"fade \1 \2",
        ),
        # "delete the actual audio": the video's own
        (r"\bthe actual (audio|sound|soundtrack|sound track|audio track)\b", r"the original \1"),
        # "the low buzz over the audio": in it
        (
            r"\b(buzz|buzzing|hum|humming|hiss|hissing|noise|static|crackle|crackling|whine|rumble) "
            r"(?:over|on top of|across|throughout|all over) (?=(?:the |its )?(?:audio|sound)\b)",
            r"\1 in ",
        ),
        # "save it in standard .mp4": in that format
        (
            r"\b(in|to|as|into) (?:an? )?(?:standard|normal|regular|plain|ordinary|common|usual|"
            r"generic)(?= \.?(?:mp4|mov|mkv|webm|avi|mp3|wav|m4a|gif)\b)",
            r"\1",
        ),
        # "a left-right mirrored version": mirrored, as a mirror is
        (r"\bleft[- ](?:to[- ])?right (?=mirrored\b|flipped\b)", ""),
        # "no more than 5 megabytes in size": that size
        (r"\b(\d+(?:\.\d+)? ?(?:mb|megabytes?|gb|gigabytes?|kb)) in (?:file )?size\b", r"\1"),
        # "small enough to upload to my blog": smaller, no limit said
        (
            r"\bsmall enough to (?:upload|post|put|share|host)(?: it)? (?:to|on|onto) (?:my|our|the|a) "
            r"(?:[\w'-]+ )?(?:blog|website|site|web ?page|page|server|drive|cloud)\b",
            "smaller",
        ),
        # "put a black overlay over this video": the picture darkened
        (
            r"\b(?:put|add|apply|lay|place|use) (?:a |an )?(?:semi-?transparent |translucent |subtle |"
            r"slight |light |thin )?black (?:overlay|layer|tint|film)(?: (?:over|on|onto|to|across) "
            r"(?:it|the video))?",
            "darken the video",
        ),
        # "slow it down a further 8 times": by that much, from how it is now
        (
            r"\b((?:slow|speed) (?:it|the video) (?:down|up)) (?:a further|another|an additional|"
            r"an extra) (?=\d+(?:\.\d+)? ?(?:x|times)\b)",
            r"\1 ",
        ),
        # "mirror it, slowed to 50%": the speed, said after as how it is to be
        (r"^slowed(?: down)?(?= (?:to|by) )", "slow it down"),
        (r"^(?:sped|speeded) up(?= (?:to|by) )", "speed it up"),
        # "crop this 16:9 video to fit my 16:10 monitor": cropped to that shape
        (
            r"\bcrop (it|the video|this video|the clip) to (?:fit|fill) (?:on |onto |in |into )?(?:my |a "
            r"|the |our )?(\d{1,2}:\d{1,2}) (?:monitor|screen|display|tv|television|frame|player)\b",
            r"crop \1 to \2",
        ),
        # "…, as H.264": the codec of what was said before
        (r"^(?:as|in|with|using) (?=(?:h\.?26[45]|hevc|x26[45]|avc|av1|vp9)$)", "encode it as "),
        # "export it in 720p at 60 fps": both, as "at 720p and 60 fps" reads
        (r"(?:in|at) (\d{3,4}p) (?:at|@) (?=\d+(?:\.\d+)? ?fps)", r"at \1 and "),
        # "keep a frame of it every 10 frames", "keep only every 25th frame": a time-lapse, each
        # frame kept shown in turn (as many times faster)
        (
            r"(?:keep|take|use|save|grab|contain|show)(?: only)?(?: just)? (?:(?:a|one|1)"
            r"(?: (?:single )?frame)?(?: of it)?(?: (?:out of|of|in|after|from))? every (?P<n>\d+) "
            r"frames|(?:only )?every (?P<nth>\d+)(?:st|nd|rd|th) frame)",
            lambda m: f"speed it up {m['n'] or m['nth']}x",
        ),
        # "convert it to MP4 or another compatible format": the format named, as an example of
        # what would do
        (
            r"((?:to|into|as|in) (?:an? )?\.?(?:mp4|webm|mov|mkv|avi|gif|mp3|wav|m4a|flac|ogg)"
            r"(?: file)?),? or (?:another|any other|some other|a similar|something similar|"
            r"whatever)(?: (?:compatible|common|standard|playable|supported|usable|modern))?"
            r"(?: (?:format|file type|container|extension|one))?(?=$|[,.;:!?]| and | so | for "
            r"| to | that | which )",
            r"\1",
        ),
        # "make a vertical tiktok video out of it", "render an mp3 out of this clip": the video
        # made that (never a part of it made something: "make a clip out of it")
        (
            r"(?:make|create|produce|render|export|build|generate) (an?) ((?:[\w.:-]+ ){0,3}?"
            r"(?:video|version|reel|short|story|post|gif|mp3|mp4|webm|mov|mkv|file|tiktok)) out "
            r"of (?:it|this|that|(?:the|this|my) (?:video|clip|footage|recording|movie))"
            r"(?=$|[,.;:!?]| and | so | for | to | with )",
            r"make it \1 \2",
        ),
        # "split out 3:25 to 5:27", "pull out the part from 1:00 to 2:00": that part, taken out
        # of the video to keep (never cut away)
        (
            r"(?:split|pull) out(?= (?:the (?:(?:specified|given|following) )?(?:time )?(?:part|"
            r"segment|section|bit|portion|piece|stretch) )?(?:from |between )?\d)",
            "extract",
        ),
        # ("convert this anime at 23.976 fps to 60 fps": the rate it has, then the one wanted)
        (
            r"at (\d+(?:\.\d+)?) ?(?:fps|frames? per second) (?:in)?to (\d+(?:\.\d+)?) ?(fps|frames? "
            r"per second)",
            r"from \1 fps to \2 \3",
        ),
        # "add a 5 second delay to the last frame": the last frame held that long
        (
            r"add an? (\d+(?:\.\d+)? ?(?:s|secs?|seconds?))(?:[- ]long)? (?:delay|pause|hold) "
            r"(?:to|on|at) (the (?:last|final) frame)",
            r"hold \2 for \1",
        ),
        (
            r"add an? (?:delay|pause|hold) (?:to|on|at) (the (?:last|final) frame)(?: of (?:it|the "
            r"video|the gif))?,? (?:(?:eg|e\.g\.|"
            r"for example|like|say|of|for),? )?(\d+(?:\.\d+)? ?(?:s|secs?|seconds?))",
            r"hold \1 for \2",
        ),
        # "scale it to fit properly into a 16:9 player": fitted into that shape, nothing cut
        (
            r"(?:scale|resize|make|get|format|size) (?:it|the video|the clip) (?:so it |to )?fits? "
            r"(?:properly |correctly |nicely |perfectly |exactly )?(?:(?:in|into|on|onto) )?(?:a |the )?"
            r"(\d{1,2}:\d{1,2}) (?:player|screen|frame|tv|monitor|display|window|canvas)",
            r"fit it into \1",
        ),
        # "make this video low sized", "make the file size low": a smaller file
        (
            r"(make (?:it|the video|the file|the clip|this|this video)) (?:(?:low|small)[- ]?sized?|"
            r"low in size)",
            r"\1 smaller in size",
        ),
        (
            r"make (?:the file size|the file's size|its file size) (?:low|small|lower)",
            "make it smaller in size",
        ),
        # "make this video quicker to upload": a smaller file, never a faster picture
        (
            r"\bmake (?:it|this|(?:the|this|my|our) (?:[\w-]+ ){0,3}?(?:video|clip|file|recording|"
            r"footage|movie)) (?:(?:a (?:bit|little|lot)|much) )?(?:quicker|faster|easier|"
            r"lighter) to (?:upload|send|share|download|transfer|e-?mail|post|load)\b",
            "make it smaller in size",
        ),
        # "brighten up the colours": the colours made brighter, as "make the colors brighter" is
        (r"brighten (?:up )?(the colou?rs)(?: of (?:it|the video))?", r"make \1 brighter"),
        # "trim the video so it only has 1:00 to 1:45": the part it keeps, said as what is left
        (
            r"^(?:trim|cut|edit|shorten|crop) (?:it|the video|the clip|this) (?:down )?so "
            r"(?:that )?(?:it|the video) (?:only |just )?(?:has|contains|shows|includes|keeps|"
            r"covers|is)(?: only| just)?(?: the part)?(?: from)? (?=\d)",
            "keep ",
        ),
        # "make the video stretch to fill the full 4:3 screen": stretched to that shape
        (
            r"^(?:make (?:it|the video) )?stretch(?: it| the video)? to (?:fit|fill)(?: (?:the|a|"
            r"an|my|our))?(?: (?:full|whole|entire))? (\d{1,2}:\d{1,2})(?: (?:screen|tv|"
            r"television|display|monitor|frame|format))?$",
            r"stretch the video to \1",
        ),
        # "normalize it to lift the overall level": what it is for, louder
        (
            r"(?<=[a-z]) to (?:lift|raise|boost|bring up|pump up) the (?:overall |general )?"
            r"(?:level|volume|loudness|sound level|audio level)$",
            " to make it louder",
        ),
        # "cut out the audio of my video": the sound taken away (never a part cut out)
        (
            r"^cut (?:out|away|off) (?:the|its) (?:audio|sound)(?: track)?(?: (?:of|in|on) "
            r"(?:the video|it))?$",
            "remove the audio",
        ),
        # "make the recording a usable video for discord": usable there
        (
            r"\bmake (it|the video) an? (usable|playable|working|compatible|watchable) "
            r"(?:video|file|clip|mp4|version) (?:for|on|(in)) ",
            lambda m: f"make {m[1]} {m[2]} {m[3] or 'on'} ",
        ),
        # "pull the audio out, to set it as the bgm for the title screen": what it is for
        (r"(?<=[a-z]),? (in order )?to set (it|them|this) as ", r" \1to use \2 as "),
        # "get the sound of the concert I recorded as an mp3": the sound of the video, named by
        # what it shows, kept as a file (never a part: "the audio of the first minute")
        (
            r"^(get|extract|save|pull|rip|take|export) the (?:sound|audio) of (?:the|my|our|this) "
            r"(?!(?:first|last|final|start|end|beginning|middle|part|section|rest|intro|outro|"
            r"ending|opening)\b)(?:(?!(?:as|to|in|into|and|from)\b)[\w'-]+ ){0,5}?"
            r"(?!(?:as|to|in|into|and|from)\b)[\w'-]+(?: (?:i|we) (?:recorded|filmed|shot|made|"
            r"took|taped))? (?=(?:as|to|in|into) (?:an? )?\.?(?:mp3|wav|m4a|aac|ogg|flac|opus)\b)",
            r"\1 the audio ",
        ),
        # "increase the overall playback volume": the volume of all of it
        (
            r"\b(the|its) (?:(?:overall|total|general|master|global|main) (?:playback )?|playback )"
            r"(volume|loudness|audio level|sound level)",
            r"\1 \2",
        ),
        # "remove the video part and keep the sound": the picture
        (
            r"\b(remove|delete|drop|discard|strip|get rid of|throw away|lose) the (?:video|visual) "
            r"(?:part|portion|stream|side)\b",
            r"\1 the video track",
        ),
        # ("remove the video track, I only want the audio": the sound alone is what is left)
        (
            r"^(?:remove|delete|drop|discard|strip|get rid of|throw away|lose) the video track$",
            "extract the audio",
        ),
        # "make it 60 fps all the way through": all of it, as any edit is
        (r",? (?:all|the whole) the way through$|,? the whole way through$", ""),
        # "take the song out and put another one in its place": the sound replaced
        (
            r"^(?:take|pull|cut) (?:the|its) (?:song|music|soundtrack|audio|sound)(?: track)? out"
            r"(?: of (?:the video|it))? and (?:put|use|add) (?:another|a new|a different|a)"
            r"(?: one| song| track| soundtrack| tune)? in its place$",
            "replace the audio",
        ),
        # "turn down a bit the sound": how much said before what
        (
            r"^turn (down|up) (a bit|a little|slightly|a tad) the (sound|volume|audio)$",
            r"turn the \3 \1 \2",
        ),
        # "play it at 500% of normal speed"
        (
            r"(\d+(?:\.\d+)?) ?% (?:of )?(?:the |its )?(?:normal|original|usual|regular) speed",
            r"\1% speed",
        ),
        # "slow the action in this video down": what happens in it, all of it
        (
            r"^((?:slow|speed)(?: up| down)?|play) the action (?:in|of) (?=(?:the|this) video\b)",
            r"\1 ",
        ),
        (r"^(slow|speed) the action (?=(?:down|up)\b)", r"\1 the video "),
        # "run these four clips together": joined, one after another
        (
            r"\brun (them|these|those|(?:the|all|my|our|these|those) [^,;:]{1,60}?) together\b",
            r"join \1 together",
        ),
        # "raise the volume nearly to the limit", "turn the sound all the way up": as loud as it
        # goes, unclipped
        (
            r"\b(?:raise|increase|boost|push|crank|turn|bring|pump)(?: up)? the (?:volume|sound|audio|"
            r"loudness)(?: of (?:it|the video))?(?: up)? (?:(?:nearly|almost|right|close) )?(?:to the "
            r"(?:limit|max(?:imum)?)|as (?:far|high|loud) as (?:it (?:can go|goes|will go)|possible)|"
            r"all the way(?: up)?)",
            "normalize the audio",
        ),
        # "a spoken word overlay": a voice over
        (r"\bspoken[- ]word (?:overlay|track|narration|commentary)", "voiceover"),
        # "instead of letting the trains themselves provide the sound": in place of its own
        (
            r"\binstead of (?:letting|having) (?:[\w'-]+ ){1,5}?(?:provide|make|give|supply|be) "
            r"the (?:sound|audio|soundtrack)",
            "instead of the original sound",
        ),
        # "put music on it instead of my voice": in place of its own sound, which the voice is
        (
            r"instead of (?:my|the|our|his|her|their) (?:own )?(?:voice|voices|talking|narration|"
            r"commentary|speech|speaking|chatter)",
            "instead of the original sound",
        ),
        # "trim it to keep the first 10 seconds": the part kept, said as what trimming is for
        (
            r"^(?:trim|cut|shorten|edit|chop) (?:it|the video)(?: down)?,? (?:so as |in order )?to "
            r"keep (?=(?:only |just )?(?:the (?:first|last) |from |between |\d))",
            "keep ",
        ),
        # "edit this recording of the lecture to remove long pauses": the edit it is for, which
        # is all that is asked
        (
            r"^(?:please )?(?:edit|process|go through|rework) (?:it|the video(?: (?:of|from|about) "
            r"(?:(?!to\b)[\w'-]+ ){0,8}?(?!to\b)[\w'-]+)?),? (?:so as |in order )?to (?=(?:remove|cut "
            r"out|cut|take out|get rid of|delete|drop|trim|shorten|speed up|slow down|mute|brighten|"
            r"darken|stabili[sz]e|clean up|denoise|reduce|boost|raise|lower|crop|rotate|flip|"
            r"make)\b)",
            "",
        ),
        # "turn down the volume in the video": its own sound's
        (r"\bthe (volume|sound|audio) in (?:the|this) video\b", r"the \1 of the video"),
        # "… so the song is amplified": the music heard over the video's own sound, lowered
        (
            r"(?<=\bof the video),? so (?:that )?the (?:song|music|soundtrack) (?:is|gets|will be|"
            r"becomes|can be) (?:amplified|louder|heard|more audible|clearer|in front|on top)$",
            "",
        ),
        # "make the clips roughly equally loud": the loudness evened out
        (
            r"^make (?:it|the video|everything|it all|all of it|the clips|all the clips|them) "
            r"(?:(?:roughly|about|more or less|approximately|all) )?(?:equally loud|the same "
            r"(?:volume|loudness|level))(?: in the end)?$",
            "normalize the audio",
        ),
        # "turn it into a music file": a sound file
        (r"\b(?:a|an) (?:music|song|mp3 music) file\b", "an audio file"),
        # "from around 0:20 on": from then
        (r"\bfrom (?:around|roughly|approximately|about) (?=\d)", "from "),
        # "into the 8mb cap", "to discord's 10 MB limit": the size itself
        (
            r"(?:in)?to (?:the |a |an )?(\d+(?:\.\d+)? ?(?:mb|gb)) (?:cap|limit|maximum|max|ceiling)",
            r"to \1",
        ),
        # "make the hum go away", "make the background noise disappear": taken out
        (
            r"make ((?:the|that|this|all the|my) (?:[\w/-]+ ){0,3}?(?:noise|hum|hiss|buzz|buzzing|"
            r"whine|whining|crackling|static|rumble|echo|wind noise|shake|shaking|grain)) "
            r"(?:go away|disappear|vanish)",
            r"remove \1",
        ),
        # "cure the wind noise", "fix the hum": a noise put right is a noise taken out
        (
            r"(?:cure|fix|correct) ((?:the|that|this|my|all the) (?:[\w/-]+ ){0,2}?(?:noise|hum|"
            r"hiss|buzz|buzzing|whine|whining|crackling|static|rumble))(?= |$)",
            r"remove \1",
        ),
        # "condense it into 2 minutes": played faster, to last that long
        (
            r"condense (it|the video|this)(?: down)? (?:in)?to (\d+(?:\.\d+)? ?(?:seconds?|secs?|s|"
            r"minutes?|mins?|m))",
            r"speed \1 up so it lasts \2",
        ),
        # "cut it down to the last 2 minutes, the best part of the video": the part, named again
        (
            r"((?:first|last|final|opening|closing) \d+(?:\.\d+)? ?(?:seconds?|secs?|minutes?|mins?)),? "
            r"(?:which is |which are )?the (?:best|good|nicest|coolest|funniest|most interesting|"
            r"interesting|important|exciting|key) (?:part|bit|section|moment|stretch)s?(?: of (?:the "
            r"video|it|the clip))?(?=$|,|:|;)",
            r"\1",
        ),
        # "slow it down to .25 speed": the speed, as a factor
        (
            r"(to|at) (0?\.\d+|\d+\.\d+) speed",
            lambda m: f"{m[1]} {float(m[2]):g}x speed",
        ),
        # "the background noise going on in my video": the noise in it
        (
            r"(noise|hum|hiss|buzz|buzzing|rumble|static|crackling|wind) going on(?= (?:in|during|"
            r"throughout|behind)\b)",
            r"\1",
        ),
        # "to WEBM VP9": the codec promptcut writes a WebM file in, said with it (never VP8)
        (r"(webm)(?: ?[(/-]? ?vp9\)?)|vp9 (webm)", r"\1\2"),
        # "16 times faster than normal": than it plays now
        (
            r"(\d+(?:\.\d+)?) ?(times|x) (faster|slower|quicker) than (?:normal|usual|(?:the )?"
            r"original|real[- ]?time|(?:it (?:is|was|plays)|it's)(?: now)?|before|the normal speed|"
            r"normal speed|(?:the )?(?:recorded|actual) speed)",
            r"\1 \2 \3",
        ),
        # "convert it to a smaller file size": the file made smaller; "to a smaller size": the
        # file or the picture, asked as "make it smaller" is
        (
            r"^(?:convert|change|turn|encode|export|save|render|output) (?:it|the video) (?:to|into) "
            r"an? (?:much |a lot )?smaller (?P<file>file(?: ?size)?|version|size)$",
            lambda m: "make the file smaller" if m["file"] != "size" else "make it smaller",
        ),
        # "as wav, mp3 or ogg", "as aac/mp3/etc": formats of one kind offered, the first taken
        (
            rf"\b(as|to|in|into) (?:an? )?\.?({LISTED_FORMAT})(?: files?)?"
            rf"(?:(?:, ?| ?/ ?)\.?(?:{LISTED_FORMAT}))+(?:,? (?:or|and/or) \.?(?:{LISTED_FORMAT}))?"
            r"(?: ?/ ?etc\.?|,? (?:etc\.?|and so on|or similar|or whatever))?",
            _first_offered,
        ),
        # "convert it to 2x speed": played at that speed
        (
            r"^(?:convert|change|turn|render|export|make) (it|the video) to (?=\d+(?:\.\d+)?x speed$)",
            r"set \1 to ",
        ),
        # "give the video a smaller file size": the file made smaller ("a smaller size": the
        # file or the picture, asked)
        (
            r"^give (?:it|the video) an? (?:much |a lot )?smaller (?P<file>file(?: ?size)?|size)$",
            lambda m: "make the file smaller" if m["file"] != "size" else "make it smaller",
        ),
        # "keep the file size of the video reasonable": the file made smaller (never the
        # picture's size, which is asked)
        (
            r"^(?:keep|hold|get) (?:the |its )?file ?size(?: of (?:it|the video))? (?:(?:fairly|quite|"
            r"relatively|pretty|very|really) )?(?:reasonable|small|low|manageable|modest|sensible|"
            r"acceptable|minimal|in check|under control|to a minimum|as (?:small|low) as possible)$",
            "make the file smaller",
        ),
        # "make it small enough to send to my relatives over the internet": a smaller file, no
        # limit said (a service named says its own: "small enough to send on whatsapp")
        (
            r"^(?:make|get) (?:it|the video) small enough to (?:send|share|transfer|upload|post|"
            r"pass on|mail)(?: it)?(?: (?:over|across|along))?(?: to (?:my|our|his|her|their|a|the) "
            r"(?:[\w'-]+ ){0,2}?(?:family|friends?|relatives|parents|grandparents|kids|children|"
            r"colleagues|co-?workers|clients?|customers?|team|people|folks|mom|mum|dad|mother|father|"
            r"brother|sister|boss|teacher|students))?(?: (?:abroad|overseas|back home|far away))?"
            r"(?: (?:via|over|through|across|on) (?:the )?(?:internet|web|net))?$",
            "make the file smaller",
        ),
        # "create a subtitled version of my film": the subtitles added, in a copy as every
        # edit is
        (
            r"^(?:create|make|produce|export|render|save|give me|generate)(?: me)? an? (?:subtitled|"
            r"captioned|closed-captioned) (?:version|copy|cut|edit)(?: of (?:it|the video))?$"
            # ("make a subtitled version of the video", said as "make it subtitled")
            r"|^make (?:it|the video) (?:subtitled|captioned|closed-captioned)$",
            "add subtitles",
        ),
        # "caption the video with its transcript": the transcript given
        (
            r"^((?:caption|subtitle) (?:it|the video) with) (?:its|their) (transcript|subtitles|"
            r"captions)$",
            r"\1 the \2",
        ),
        # "interpolate this video from 60 fps to 90 fps": a higher frame rate, its frames made in
        # between
        (
            r"^interpolate (it|the video)((?: from \d+(?:\.\d+)? ?fps)? (?:up )?to \d+(?:\.\d+)? ?fps)$",
            r"convert \1\2 with interpolation",
        ),
        # "bring up the footage from 12.5fps to 25fps", "bring up the frame rate to 60 fps": a
        # frame rate raised (or lowered) to that
        (
            r"\bbring (up|down) (it|the video|the (?:frame ?rate|fps|framerate)(?: of (?:it|the "
            r"video))?)(?= (?:from \d+(?:\.\d+)? ?fps )?to \d+(?:\.\d+)? ?fps\b)",
            r"bring \2 \1",
        ),
        # "with re-timing/interpolation", "using frame interpolation": frames made in between
        (
            r"\b(?:with|using|by|via) (?:re-?timing ?(?:/|and|or) ?)?(?:motion |frame |optical flow )?"
            r"(?:interpolation|interpolating(?: (?:the )?frames)?)\b",
            "with interpolation",
        ),
        # "the size of the file should not exceed 512MB": under that size
        (
            r"^(?:the (?:file ?size|size of the (?:video )?file|(?:video )?file|video)|it|its (?:file )?"
            r"size)(?: (?:should|must|has to|needs to|may|can|shall|is to|will))? (?:not|never) "
            r"(?:exceed|be (?:larger|bigger|more|greater|heavier) than|go over|be over|be above)"
            rf" (?=(?:about |around )?\d+(?:\.\d+)? ?(?:{SIZE_UNITS})$)",
            "the file should be under ",
        ),
        # "increase the volume of this media": the video (never "social media")
        (r"\bthis media(?: file)?\b", "the video"),
        # "to a custom resolution of 1280x720": to that size
        (r"\ban? (?:custom|new|different|specific|set|fixed) (?=resolution of \d)", "a "),
        # "to 1280x720, or 720p": the same size, said twice
        (
            r"\b(\d{3,4}) ?x ?(\d{3,4}),? or (?:just |simply )?(\d{3,4})p\b",
            lambda m: f"{m[1]}x{m[2]}" if m[2] == m[3] else m[0],
        ),
        # "make a smaller copy of the video": the video made smaller (the file or the picture,
        # as the rest of the request says, or asked)
        (
            r"^(make|create|give me|export|save|render) an? (?:much |a bit |slightly )?smaller "
            r"(?:copy|version)(?: of (?:it|the video))?(?=$| (?:to|for) )",
            "make the video smaller",
        ),
        # "switch this recording from AVI to a QuickTime MOV": written as that kind of file
        (
            rf"^switch (it|the video)(?= (?:from (?:an? )?\.?(?:{LISTED_FORMAT}|gif|m4v|wmv|flv|ts)"
            rf"(?: file)? )?(?:to|into) (?:an? )?(?:quicktime )?\.?(?:{LISTED_FORMAT}|gif|m4v)"
            r"(?: file| format| video)?$)",
            r"convert \1",
        ),
        # "encode it to h264 in an mp4 container": the codec, in that format
        (
            rf"(?<=\b(?:to|as|in) )({CODECS}) in (?:an? |the )?(mp4|mkv|mov|webm)(?: container| file)?$",
            r"\1 \2",
        ),
        # "start it at 0:25 and let it play until 3:23": where it ends
        (
            r"\b(?:let|have) (?:it|the video) (?:play|run|go)(?: on)? (?:until|till|til|to|up to) "
            r"(?=\d)",
            "end at ",
        ),
        # "join my other clips after this one": the other clips, whoever's they are
        (
            r"\b(?:my|our|his|her|their|your) (?=other (?:[\w-]+ ){0,3}(?:clips|videos|files|"
            r"recordings|parts)\b)",
            "the ",
        ),
        # "the noise of the aircon blower", "the hum from the fridge": the noise, by what makes it
        (
            r"\bthe (?:noise|noises|hum|humming|hiss|buzz|buzzing|whine|whir+|drone|rumble) (?:of|from) "
            r"(?:the|my|a|an|our|their) (?:[\w'-]+ ){0,2}(?:aircon|air ?con(?:ditioner|ditioning)?|"
            r"blowers?|fans?|ac|a/c|hvac|fridge|refrigerator|engines?|motors?|traffic|furnace|"
            r"heaters?|computers?|pc|laptop|projector|generator|wind|road|air handlers?|lights?|"
            r"mains|amplifier|amp|servos?|compressor|dehumidifier|air purifier)\b",
            "the background noise",
        ),
        # "the continuous whistle", "a constant high-pitched whine": a tone that never stops is
        # background noise (a whistle alone may be a referee's, one sound among others)
        (
            r"\bthe (?:(?:annoying|terrible|awful|irritating|loud|faint|slight) )?(?:continuous|"
            r"constant|steady|persistent|permanent|non-?stop)(?: high[- ]pitched)? (?:whistle|"
            r"whistling|whine|whining|tone|beep|squeal|ringing)\b",
            "the background noise",
        ),
        # "the noise that appears over the picture": the noise in it
        (
            r"\bthe (noise|grain|static|snow|speckles)(?: that| which)? (?:appears|shows(?: up)?|is "
            r"visible|you can see|comes up) (?:over|in|on|across|all over) (?=the (?:picture|image|"
            r"video)\b)",
            r"the \1 in ",
        ),
        # "the major audio buzz running throughout", "the evil, incessant hiss": the noise, how
        # bad it is and where said of it
        (
            r"\b(the|this|that|some|all the|any) (?:(?:major|constant|incessant|annoying|loud|evil|"
            r"terrible|awful|horrible|slight|faint|persistent|nasty|irritating|distracting|"
            r"excessive|heavy|strong|bad|obvious|noticeable|audible|unwanted|dreadful|horrendous)"
            rf",? (?:and )?)+(?=(?:audio |sound |background )?(?:{_NOISES}|noise|rumble)\b)",
            r"\1 ",
        ),
        (
            rf"\b(?:audio|sound) ({_NOISES})\b",
            r"\1",
        ),
        (
            rf"\b({_NOISES}|noise|rumble) "
            r"(?:running|going|present|audible|heard)(?= throughout\b| all the way through\b|$)",
            r"\1",
        ),
        # "the several black sections": every one of them
        (r"\bthe (?:several|many|various|numerous|multiple) (?=(?:[a-z-]+ )?[a-z]+s\b)", "the "),
        # "turn this video into a 15mb video": a file that size
        (
            r"^(?:turn|make|convert|get) (?:it|the video) (?:into|to) an? (\d+(?:\.\d+)? ?(?:mb|gb))"
            r" (?:video|file|clip|mp4)\b",
            r"compress it to \1",
        ),
        # "convert it to AppleTV format": the file those devices play, H.264
        (
            r"\b(?:to|into|in) (?:an? |the )?(?:apple ?tv|ipod|ipad|iphone|psp|roku|xbox|"
            r"playstation) (?:compatible |friendly )?(?:format|version|file)\b",
            "to h.264",
        ),
        # "lose the wind noise", "lose the hiss": taken out, as noise is
        (
            rf"\blose (?=the (?:(?:[\w-]+ ){{0,2}}(?:{_NOISES}|noise|noises|wind))\b)",
            "remove ",
        ),
        # "remove this buzzing", "that hum": the noise, pointed at
        (
            r"\b(?:this|that|these|those) (?=(?:[\w-]+ )?(?:noises?|hum|humming|hiss|hissing|buzz|"
            r"buzzing|static|crackle|crackling)\b)",
            "the ",
        ),
        # "the buzzing sound you hear on this recording": the sound, in it
        (
            r"(sounds?|noises?|hum|hiss|buzz|buzzing|humming|hissing) (?:that |which )?"
            r"(?:you|i|we|one|people) (?:can )?(?:hear|hears|heard) (?:on|in) (?:the|this|my) "
            r"(?:[\w-]+ )?(?:recording|video|clip|audio|footage)\b",
            r"\1",
        ),
        # "to the old h264", "to good old mp4": a codec or format, how the person thinks of it
        (
            r"(?<=\bto )(?:the )?(?:good )?(?:old|older|classic|standard|common|regular|trusty) "
            r"(?=(?:h\.?264|x264|avc|mp4|mp3|jpe?g|gif|avi)\b)",
            "",
        ),
        # "the nasty air conditioner hum": the hum, whatever makes it
        (
            rf"(?:(?:{_NOISE_SAID_AS}|low|high|low[- ]pitched|high[- ]pitched|electrical|electric|"
            r"mains|ground|\d+ ?hz|air|conditioner|conditioning|ac|a/c|hvac|fridge|refrigerator|"
            r"computer|pc|engine|motor|furnace|heater|fluorescent|light|lights|fan) )+(?=(?:hum|"
            r"humming|buzz|buzzing|hiss|hissing)\b)",
            "",
        ),
        (
            rf"(?:(?:{_NOISE_SAID_AS}) )*"
            r"(?:air ?conditioner|air ?conditioning|ac|a/c|hvac|fridge|refrigerator|computer|pc|"
            r"engine|motor|traffic|furnace|heater|mains|electrical|(?:computer|pc|laptop|ceiling|"
            r"desk) fan) (?:noise|whine|whir+|drone|rumble)",
            "background noise",
        ),
        # "the air handlers' noise", "the projector's hum": the noise, whatever makes it
        (
            r"\bthe (?:[a-z-]+ ){0,2}[a-z-]+(?:s'|'s) (?=(?:noise|hum|humming|buzz|buzzing|hiss|"
            r"hissing|whine|whir+|rumble|drone)\b)",
            "the ",
        ),
        # "the hiss and hum": the noise, of more than one steady kind (never clicks or pops,
        # which no denoiser of steady noise takes out)
        (
            r"\b(?:crackles?|crackling|static|hiss|hissing|hum|humming|buzz|buzzing),? (?:and|&|or) "
            r"(?:the )?(?:crackles?|crackling|static|hiss|hissing|hum|humming|buzz|buzzing)\b",
            "noise",
        ),
        # "the hum underneath the audio": in it
        (
            r"(hum|humming|buzz|buzzing|hiss|hissing|noise) (?:underneath|beneath|under|behind) "
            r"(?=the (?:audio|sound|voice|speech|dialogue)\b)",
            r"\1 in ",
        ),
        # "compress it for discord under 8mb": the size, then where it goes
        (
            rf"(for (?:the |my |an? )?{SERVICE_WORDS}(?: (?:upload|attachment|message|post)s?)?) "
            r"((?:to )?(?:under|below|less than|at most|no more than|max(?:imum)?|up to) "
            r"\d+(?:\.\d+)? ?(?:mb|gb|kb|megabytes?))(?=$|,)",
            r"\2 \1",
        ),
        # "compress it more, to 4.5MB": compressed (to the size said)
        (r"((?:compress|shrink) (?:it|the video)) (?:even |a bit |a little |some )?more\b", r"\1"),
        # "downsample the video to 640x360": its picture made smaller (never "in time")
        (
            r"down-?(?:sample|res)(?= (?:it|the (?:[\w-]+ ){0,3}?(?:video|clip|movie|footage|"
            r"recording|resolution))\b)(?![^,;:]* in time\b)(?![^,;:]* to \d+(?:\.\d+)? ?fps\b)",
            "downscale",
        ),
        # "how to flip a video": the video, as a question about any one puts it
        (
            r"(flip|mirror|rotate|crop|reverse|stabili[sz]e|brighten|darken|sharpen|blur|denoise|"
            r"loop|resize|upscale|downscale|scale|compress|convert|mute|invert|desaturate|"
            r"normali[sz]e)(?: (?:up|down))? an? (?:video|movie|recording|footage)\b",
            r"\1 the video",
        ),
        # "there should be no sound", "make it so there is no audio": muted
        (
            r"(?:there should be|there must be|make it so (?:that )?there(?:'s| is)|i want there to "
            r"be) no (?:sound|audio)(?: at all)?",
            "mute it",
        ),
        # "don't use any audio on the video", "no audio on it": none of its own sound either
        (
            r"^(?:(?:please )?(?:don't|do not|dont) (?:use|have|put|keep|want|include) any|(?:i|we) "
            r"(?:don't|do not|dont) want any|(?:i|we) (?:want|need) no|no) (?:audio|sound)(?: at all)?"
            r"(?: (?:on|in|with|for) (?:it|the video))?(?: at all)?(?: please)?$",
            "mute it",
        ),
        # "shave off a couple seconds": cut off
        (r"shave(?: off)?(?= (?:a|the|\d))", "cut off"),
        # "cut off 2 seconds at the beginning": off the beginning
        (
            r"(?:cut|trim|remove|delete|chop|drop)(?: off| out| away)? (\d+(?:\.\d+)? ?(?:s|secs?|"
            r"seconds?|mins?|minutes?)|a couple(?: of)? (?:seconds|secs)|a second|one second) "
            r"(?:at|from|in) the (?:very )?(beginning|start|end)(?: of (?:it|the video))?",
            r"cut \1 off the \2",
        ),
        # "speed the video a little bit": up
        (
            r"speed (it|the video)(?= (?:a (?:little )?bit|a little|slightly|a tad|a lot|much|way)\b)"
            r"(?!.* up\b)",
            r"speed \1 up",
        ),
        # "the subtitles from the external file": the subtitles given
        (
            r"(subtitles?|captions?|subs) from (?:the|an?|my) (?:external|separate|sidecar|own|"
            r"subtitle|\.?srt|\.?ass|\.?vtt) file",
            r"\1",
        ),
        # "in VLC", "with HandBrake", "on my iPhone": the tool the person knows, no edit
        (
            r"(?:^|,? )(?:in|with|using|via|through|on) (?:the |my |an? )?(?:vlc|handbrake|"
            r"(?:adobe )?premiere(?: pro| rush)?|(?:davinci )?resolve|final cut(?: pro)?|imovie|"
            r"shotcut|kdenlive|openshot|capcut|avidemux|losslesscut|audacity|quicktime(?: player)?|"
            r"windows(?: 10| 11)?(?: photos)?|the photos app|photos|clipchamp|android|iphone|ipad|"
            r"ios|mac(?:os)?|linux|ubuntu|obs(?: studio)?)(?: app| player| editor)?(?=$|,)",
            "",
        ),
        # "force burning in the subtitles": burning them in, whatever a player would do
        (
            r"^(?:please )?force (?=(?:burn|hard ?cod|hard-cod|embed|re-?encod|transcod|convert))",
            "",
        ),
        # "the H265/HEVC codec": one codec, said two ways
        (r"(h\.?265|x265|hevc) ?/ ?(?:h\.?265|x265|hevc)", r"\1"),
        (r"(h\.?264|x264|avc) ?/ ?(?:h\.?264|x264|avc)", r"\1"),
        # "into MPEG4/H.264", "an MPEG-4 file": the mp4 file (never "MPEG-4 Part 2", a codec)
        (
            r"mpeg-?4(?= ?/ ?(?:h\.?264|x264|avc)\b|(?: file| video| container| format)?(?:$|,| and | or ))",
            "mp4",
        ),
        # "convert it to quicktime", "as a QuickTime movie", "to Matroska": the file those
        # containers are (.mov, .mkv)
        (
            r"(to|into|as|in) (?:an? |the )?(?:apple )?quicktime(?: (?:movie|video|file|"
            r"format|container|mov))?(?=$|,|\.| and | so | for | with | without )",
            r"\1 mov",
        ),
        (
            r"(to|into|as|in) (?:an? |the )?matroska(?: (?:video|file|format|container|"
            r"mkv))?(?=$|,|\.| and | so | for | with | without )",
            r"\1 mkv",
        ),
        # "the speed of playing the video": its playback speed
        (r"the speed of play(?:ing|back of) (?:it|the video)", "the playback speed"),
        # "tone down the wind gusts": the wind noise, reduced; "remove or attenuate the hum":
        # reduced, as far as it goes
        (r"tone down(?= the)", "reduce"),
        (
            r"(?:(?:remove|eliminate|get rid of|reduce|lessen|dampen|attenuate|minimi[sz]e|suppress)"
            r" or )?(?:attenuate|dampen|lessen|suppress|reduce|minimi[sz]e|clean(?: up)?(?![^,;]* out\b))"
            r"(?= (?:the |any |some )?(?:[\w-]+ )?(?:noise|hum|hiss|buzz|rumble|echo)\b)",
            "reduce",
        ),
        (r"(?:the )?(?:wind gusts|gusts of wind|wind rumble|wind buffeting)", "the wind noise"),
        # "my bunch of movies from the trip": the clips given
        (
            r"(?:my|the|a|this|that) (?:whole )?bunch of (?=(?:clips|videos|movies|files|recordings)\b)",
            "the ",
        ),
        # "add a fade transition when merging the two clips": joined with it
        (
            r"add (an? (?:[\w-]+ ){0,3}?transition(?: effect)?) (?:when|while) (?:merging|joining|"
            r"combining|concatenating|stitching) (them|the (?:two |2 |three |3 )?(?:clips|videos|"
            r"files))",
            r"join \2 with \1",
        ),
        # "boost it by another 12 dB": by that much more
        (r"by (?:another|an additional|an extra|a further) (?=\d)", "by "),
        # "take a screenshot from the video at 0:10": a still of it
        (
            r"((?:screenshot|snapshot|still|picture|image|photo|pic|frame grab|screen ?grab|shot)s?)"
            r" (?:of|from) (?:it|the video)(?= at | from |$)",
            r"\1",
        ),
        (r"(?:capture|grab|take|get|snap) an? (?:pic|photo|picture)\b", "take a screenshot"),
        # "the few black frames at the start": those black frames, however many
        (
            r"the (?:few|couple(?: of)?|handful of|several|some|two|three|2|3) (?=(?:black|blank) "
            r"frames\b)",
            "the ",
        ),
        # "640x480px": the size, its unit said
        (r"(\d{2,5} ?x ?\d{2,5}) ?px", r"\1"),
        # "I want a gif of this", "can I get a black and white version": that result, made
        (
            r"^(?:i (?:want|need|would like|'d like|would love|'d love)|can i (?:get|have)|"
            r"could i (?:get|have)|give me) (?=an? (?:[\w&-]+ ){0,3}?(?:gif|mp4|webm|mov|mkv|mp3|"
            r"wav|m4a|version|copy)\b)",
            "make ",
        ),
        # "store a copy of the recording at 25 fps instead": the result saved so
        (
            r"(?:save|store|make|keep|export|write) an? (?:new |separate )?copy(?: of the video)?"
            r"(?= (?:at|as|in|with) )",
            "save it",
        ),
        (r"(?<=\w) instead$", ""),
        # "normalize the quiet audio": the sound, what it is like said on the way
        (
            r"(the|[\w-]+'s) (?:(?:very|really|too|so|extremely|rather|quite|a bit) )?(?:quiet|"
            r"loud|low|soft|noisy|muffled|distorted|weak|faint|tinny|uneven|inconsistent|clipping|"
            r"clipped|low[- ]volume|low[- ]level|quiet[- ]sounding) "
            r"(audio|sound|soundtrack|audio track|sound track)",
            r"\1 \2",
        ),
        # "add music from local to the video": where the file is kept, which --asset gives
        (
            r"(music|audio|song|track|sound|image|logo|picture|photo|video|file) from "
            r"(?:local(?: storage| files| disk| drive)?|(?:my|the) (?:computer|pc|laptop|phone|device|"
            r"files|library|music library|hard ?drive|drive|disk|gallery|folder|camera roll|local "
            r"(?:disk|drive|storage|files)))\b",
            r"\1",
        ),
        # "for the first 5 seconds (of the video) only": that part of an edit, "only" said after
        # it ("the first 10 seconds only", with no edit, is kept)
        (
            r"((?:for|during|over|in|from|between|until|till|to) [^,;]*?\d+"
            r"(?: ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hours?))?(?: of (?:the video|it))?)"
            r" only(?=$|[,;:.)]| and | but | not )",
            r"\1",
        ),
        # "reduce the amplitude of the shaking": the shaking
        (
            r"the (?:amplitude|amount|intensity|severity|strength|degree) of (?:the )?(shaking|shake|"
            r"camera shake|jitter|jittering|wobble|wobbling|vibrations?|shakiness)",
            r"the \1",
        ),
        # "but at least reduce the shaking": as much as can be done, asked
        (
            r"at least (?=(?:reduce|remove|fix|lower|cut|lessen|minimi[sz]e|get rid of|make|try)\b)",
            "",
        ),
        # "crop the video to the specific timestamps from start to end: from 1:00:00 to …":
        # the times said next
        (
            r" (?:to|at|between|by) the (?:specific |given |following |exact |two )?(?:timestamps?|"
            r"times?|time ?codes?|points?|marks?)(?: (?:from start to end|below|here))?"
            r"(?=:? (?:from|between) )",
            "",
        ),
        # "change the aspect ratio of the video to 16:9": the video's
        (
            r"(change|set|adjust|alter|switch|modify|convert) the (aspect ratio|ratio|resolution|"
            r"frame ?rate|fps) of (?:the video|it)(?= to\b)",
            r"\1 the \2",
        ),
        # "only keep the video track and ditch the audio": the picture alone, no sound
        (
            r"(?:only |just )?keep (?:only |just )?the (?:video|picture|image) (?:track|stream)"
            r"(?: only| alone)?",
            "mute it",
        ),
        # "the subtitles in Danish": the file given, in its language
        (
            r"(subtitles?|subs|captions?)(?: file)? in (?:danish|english|german|french|spanish|"
            r"italian|portuguese|dutch|swedish|norwegian|finnish|polish|russian|ukrainian|czech|"
            r"turkish|greek|arabic|hebrew|hindi|chinese|mandarin|cantonese|japanese|korean|"
            r"vietnamese|thai|indonesian|malay|romanian|hungarian|persian|farsi)\b",
            r"\1",
        ),
        # "increase the volume of the video, up to 200%": to that level
        (
            r"((?:volume|sound|audio|loudness|gain)\b[^,;:]{0,40}?),? up to (?=\d+(?:\.\d+)? ?"
            r"(?:%|percent\b))",
            r"\1 to ",
        ),
        # "lower the speed of the video": slower, as "slow it down" says it
        (
            r"(?:lower|decrease|reduce|drop|turn down) (?:the )?(?:playback |video |play )?speed"
            r" of (the video|it)",
            r"slow \1 down",
        ),
        (
            r"(?:lower|decrease|reduce|drop|turn down) (?:the )?(?:playback |video |play )?speed"
            r"(?! (?:of|by|from)\b)",
            "slow it down",
        ),
        # "so it does not exceed 500 MB", "onto a video that does not exceed 500 MB": under it
        (
            r"(?:,? so(?: that)? (?:it|the (?:video|file|result)) |(?: (?:onto|into|to|as) (?:a|one|an?"
            r" (?:new|single)) (?:video|file) (?:that|which) ))(?:does not|doesn't|won't|will not|"
            r"must not|should not|shouldn't|can't|cannot|wouldn't) (?:exceed|go over|go above|be "
            r"(?:more|larger|bigger|over) than)(?= \d+(?:\.\d+)? ?(?:mb|gb|megabytes?|gigabytes?)\b)",
            " to under",
        ),
        # "crop down the video to 4:3": cropped to it
        (r"crop down(?= (?:the|it|to|this|my)\b)", "crop"),
        # "replace it with another sound": the sound replaced
        (
            r"replace (?:it|them) with (an?(?:other| new| different)?|the other|the new|my|this) "
            r"(sound|audio|song|soundtrack|sound track|audio track|track|music)",
            r"replace the audio with \1 \2",
        ),
        # "when starting", "when ending": at the start, at the end
        (r"when (?:it )?(?:starting|starts|beginning|begins|opening|opens)\b", "at the start"),
        (r"when (?:it )?(?:ending|ends|finishing|finishes|closing|closes)\b", "at the end"),
        # "the custom text 'Hi'": the text, what kind of text it is said
        (
            r"(?<=the |add |put )(?:custom|static|own|simple|plain|fixed|constant|following|"
            r"non[- ]dynamic|personal|my own) (text|title|caption|label|message|watermark)",
            r"\1",
        ),
        # "give the colors more contrast": the picture's
        (
            r"give the (?:colou?rs|picture|image|footage|shot|shots) ((?:a (?:bit|little|lot) |"
            r"slightly |much |a touch )?more (?:contrast|saturation|brightness|sharpness|vibrance))",
            r"give it \1",
        ),
        # "the recorded audio": the audio, how it came to be said
        (
            r"the (?:recorded|captured|raw|source|whole|entire|existing|current) (audio|sound|"
            r"soundtrack|audio track|sound track)",
            r"the \1",
        ),
        # "compress the slides to just 1 FPS": a lower frame rate
        (
            r"(?:compress|reduce|lower|drop|bring down)((?: it| the video)?) to (?:just |only )?"
            r"(?=\d+(?:\.\d+)? ?fps\b)",
            r"convert\1 to ",
        ),
        # "the sound recorded with the internal microphone": the sound
        (
            r"the (sound|audio|voice) (?:recorded|captured|picked up) (?:with|by|on|from|through) "
            r"(?:the|my|an?|our) (?:[\w-]+ ){0,2}(?:microphone|mic|camera|phone|recorder)",
            r"the \1",
        ),
        # "fight the film grain": reduce it
        (
            r"(?:fight|combat|tackle|battle|attack|get on top of) (?=(?:the |all the )?(?:[\w-]+ ){0,2}"
            r"(?:noise|grain|shake|shaking|hiss|hum|flicker|jitter)\b)",
            "reduce ",
        ),
        # "the external background music": the music given
        (
            r"(?:external|separate|own|custom) (?=(?:background )?(?:music|song|soundtrack)\b)",
            "",
        ),
        # "download the clip with a watermark": made with it
        (r"download (the video|it)(?= with\b)", r"make \1"),
        # "from a srt file": the subtitle file given
        (r"from an? \.?(srt|vtt|ass|ssa)(?: subtitles?)? file", r"from the \1 file"),
        # "I want to have it in gif": it, as wanted
        (r"\bi( want| need| would like|'d like) to (?:have|get) (it|the video)\b", r"i\1 \2"),
        # "mirror the video back": mirrored again, the way it was
        (r"(mirror|unmirror|un-mirror)((?: it| the video)?) back(?: again)?\b", r"mirror\2"),
        # "convert it back to 24 fps": to it again
        (
            r"(convert|change|set|bring|turn|scale|resize|put|switch|take|get)((?: it| the video)?)"
            r" back (?=to \d)",
            r"\1\2 ",
        ),
        # "make the ending of the video not so abrupt": a fade out at the end
        (
            r"(?:make|let) (?:the )?(?:ending|end)(?: of the video)? (?:not so|less|not as|not) "
            r"(?:abrupt|sudden|harsh)(?: at the end)?|(?:smooth|soften) (?:the|its) (?:abrupt |sudden )?"
            r"(?:ending|end)",
            "fade out at the end",
        ),
        # "skip the audio which would be considered silent": the silent parts
        (
            r"the (?:audio|sound|parts?|bits?|sections?) (?:which|that) (?:would be |is |are |gets? )?"
            r"(?:considered |deemed )?(silent|quiet)(?: in the video)?",
            r"the \1 parts",
        ),
        # "downscale it so that it saves out to a 720p resolution": what it is made
        (
            r"so (?:that )?(?:it|the video) (?:saves|comes|ends up|exports|renders|is saved|gets saved"
            r"|is exported)(?: out)? (?:to|at|as|in) ",
            "to ",
        ),
        # "change the video speed so that …": the speed of it
        (r"the video(?:'s)? (speed|playback speed|playback rate)", r"the \1 of the video"),
        # "transcode it to a lower quality": a smaller file; "transcode it to 720p": convert
        (
            r"(?:transcode|convert|encode|re-?encode|export|render|save|change|switch|turn) (?:it|the "
            r"video) (?:to|at|in|"
            r"with|into) (?:a |the )?(?:lower|reduced|worse|smaller|lesser) quality",
            "make the file smaller",
        ),
        # "transcode the video": encoded again, as it is
        (r"transcode(?= (?:it|the [\w-]+(?: [\w-]+)?)$)", "re-encode"),
        (r"transcode(?= )", "convert"),
        # "a smooth timelapse, regardless of motion": how it is done anyway
        (r",? regardless of (?:the )?(?:motion|movement|content|what happens)$", ""),
        # "convert the mov to mp4, only this one operation": nothing else asked
        (r",? (?:only this one operation|only that|(?:and )?nothing else|just that)$", ""),
        # "reverse the video speed": played backwards
        (
            r"(?<!\ba )(?<!\bthe )reverse (?:the )?(?:video(?:'s)? )?(?:speed|playback|direction|"
            r"play(?:ing)? direction|"
            r"playback direction)",
            "reverse it",
        ),
        # "encode the SRT file with the mpeg": the subtitles burned in
        (
            r"(?:encode|burn|put|add|embed|mux|merge) the (?:srt|subtitle|subtitles|ass|vtt) file "
            r"(?:with|into|onto|in|to) the (?:mpeg|mp4|video|movie|film|mkv)",
            "burn the subtitles into the video",
        ),
        # "make the first frame the thumbnail", "take the first frame as a thumbnail": a still
        (
            r"(?:make|use|take|set|save) (the (?:first|last|final|opening) frame) (?:as )?(?:the |a )?"
            r"(?:thumbnail|thumb|poster|cover)(?: image)?(?: of the video)?",
            r"save \1 as an image",
        ),
        # "replicate the last frame for 3s": held
        (
            r"(?:replicate|repeat|duplicate|extend|prolong) (?=the (?:last|final|first) frame)",
            "hold ",
        ),
        # "extract the audio in mp3 format": as that file
        (
            r"(?<=the audio) (?:in|as|to|into) (?:an? )?(mp3|wav|m4a|aac|flac|ogg|opus)(?: format| file)",
            r" as \1",
        ),
        # "take it to 25 fps", "take the video down to 720p": changed to that
        (r"take (it|the video)(?: down| up)? to (?=\d)", r"convert \1 to "),
        # "store it as a new mp4 video": the result saved in that format
        (r"(?:store|keep|write|output) (?=(?:it|them|the video|the result) as )", "save "),
        (
            r"as (?:an? )?(?:new |separate |fresh )(\.?(?:mp4|m4v|mov|mkv|webm|avi|gif))"
            r"(?: video| file| clip| movie)?",
            r"as \1",
        ),
        # "decrease the size of the recording further": a smaller file, smaller than it is
        (
            r"(?:decrease|lower|shrink|cut down|bring down) (?:the )?(?:file )?size(?: of the video)?",
            "make the file smaller",
        ),
        (r"(?<=make the file smaller) (?:further|even more|still more|some more|more)", ""),
        (r"(?<=make the file) (?:even|still|much|a lot|way) (?=smaller)", " "),
        # "take the short clip of my dog and play it backwards": the video taken up, then what
        # is done to it
        (r"^take (?:the video|it)(?: of [a-z' -]{1,60}?)? and (?=[a-z])", ""),
        # "select only 15 seconds from the start": a part chosen is a part kept
        (
            r"select (?=(?:only |just )?(?:the (?:first|last|final|middle|part|section|bit|"
            r"portion|segment)\b|from \d|between \d|\d))",
            "keep ",
        ),
        # "keep 15 seconds from the start", "take 3 s from the end": the first or last that
        # long, kept
        (
            r"(keep|take|save|extract|export|use)((?: only| just)?) (\d+(?:\.\d+)? ?(?:s|secs?|"
            r"seconds?|mins?|minutes?)) from the (?:very )?(?:start|beginning)"
            r"(?! (?:to|until|till|and)\b)",
            r"\1\2 the first \3",
        ),
        (
            r"(keep|take|save|extract|export|use)((?: only| just)?) (\d+(?:\.\d+)? ?(?:s|secs?|"
            r"seconds?|mins?|minutes?)) from the (?:very )?end",
            r"\1\2 the last \3",
        ),
        # "the on-going background noise recorded with the camera's mic": the noise
        (
            r"(?:on-?going|continuous|constant|persistent|loud|low|slight|faint|annoying) "
            r"(?=background noise\b)",
            "",
        ),
        (r"(?<=noise) recorded (?:with|by|on) (?:the|my|a) [a-z' ]{1,30}?(?=$|,)", ""),
        # "as a quick fix use it from second 78 to second 275": that part kept
        (r"(?:as a quick fix|for now|for the moment),? (?=\w)", ""),
        (r"use (?:it|the video|only) (?=from (?:second )?\d)", "keep "),
        # "the subtle camera shake", "the annoying hum": the fault, how bad it is said on the way
        (
            r"(?:subtle|slight|small|minor|fine|little|light|heavy|bad|annoying|terrible|"
            r"horrible|awful|strong|severe|tremendous|constant|persistent|nasty|ugly) "
            r"(?=(?:camera )?(?:shake|shaking|shakiness|jitter|jitters|wobble|wobbling|hum|hiss|"
            r"buzz|buzzing|grain|flicker|flickering)\b)",
            "",
        ),
        # "the black-screen parts": the black screen parts
        (
            r"(black|blank|dark|silent|quiet|still|static|empty)-(?=(?:screen|frames?|parts?|"
            r"sections?|bits?|segments?|spots?|gaps?)\b)",
            r"\1 ",
        ),
        # "with fades from and to black in between", "a fade to black between them": a
        # transition through black
        (
            r"(?:an? )?(?:fades?|fading|transitions?) (?:(?:from and to|to and from|out to and in "
            r"from|out and in (?:from|through)|through|via|over|to) )black(?: and (?:back )?"
            r"(?:in|from black))?(?: (?:in between|between them|between the (?:clips|videos|two)))",
            "a fade through black",
        ),
        # "trim the end to 1:22:38", "make it end at 0:40": where it ends; "trim the start to
        # 0:10": where it starts
        (
            r"(?:(?:trim|cut|chop|shorten|move)(?: off)? the (?:end|ending)(?: of (?:it|the video))?"
            r"(?: (?:a little(?: bit)?|a bit|slightly|somewhat))?,? (?:to|at|so it ends at)"
            r"|(?:make|have|let) (?:it|the video) (?:end|stop) at) (?=\d)",
            "end it at ",
        ),
        (
            r"(?:trim|cut|chop|move)(?: off)? the (?:start|beginning)(?: of (?:it|the video))?"
            r"(?: (?:a little(?: bit)?|a bit|slightly|somewhat))?,? (?:to|at|so it starts at)"
            r"(?= \d)",
            "start it at",
        ),
        # "a simple fade from black at the start": a fade, how plain it is said
        (
            r"^(?:an?|the) (?:(?:simple|quick|short|smooth|slow|gentle|soft|nice|subtle|basic) )+"
            r"(?=fades?\b)",
            "",
        ),
        # "fade to black at the end (1 s)": how long, said last
        (
            r"(^fades?\b[^0-9]{0,40}?\b(?:start|beginning|end|ending)) "
            r"(\d+(?:\.\d+)? ?(?:s|secs?|seconds?))$",
            r"\1 over \2",
        ),
        # "crop it to 9:16 from the center": where a crop is anyway
        (
            r"(crop (?:it|the video) to \d+:\d+) (?:from|in|at|around|on) the (?:center|centre|middle)",
            r"\1",
        ),
        # "crop it vertically": to the vertical shape
        (r"crop (?:it|the video) vertically", "crop it to vertical"),
        # "crop the black borders at the top and bottom, 140 pixels each", "crop 140 pixels each
        # from the top and bottom": that much off each of those edges
        (
            r"crop (?:(?:it|the video) to (?:remove|get rid of|cut off|cut out|lose) |out |off "
            r"|away )?(?:the )?(?:black )?(?:borders?|bars?|edges?|strips?) (?:at|on|from|off) "
            r"the (top and bottom|bottom and top|left and right|right and left|sides|top|bottom|"
            r"left|right),? (\d+) ?(?:px|pixels?)(?: each| on each side| apiece)?$",
            r"crop \2 pixels from the \1",
        ),
        (r"(crop \d+ ?(?:px|pixels?)) (?:each|on each side|apiece) (?=(?:from|off) )", r"\1 "),
        # "increase the volume by 3 times": 3 times as loud
        (
            r"(?:increase|boost|raise|amplify|multiply|turn up) (?:the )?(?:volume|audio|sound)"
            r"(?: level)? by (\d+(?:\.\d+)?) ?(?:times|x)$",
            r"make the audio \1 times louder",
        ),
        # "crop the video to remove 100px from the top": crop that much off
        (r"crop (?:it|the video) to (?:remove|cut off|take off|get rid of|lose) (?=\d)", "crop "),
        # "scale the video to fit 1080x1920": fit it into that size
        (
            r"(?:scale|resize|size) (?:it|the video)(?: down| up)? to fit(?: (?:in|into|inside|within))?",
            "fit it into",
        ),
        # "I want them yellow", "we'd like it louder": made so
        (
            r"(?:^|(?<= and )|(?<= but ))(?:i|we)(?:(?: really| just| would| do)? (?:want|need|"
            r"would like|prefer|would prefer)|'d (?:like|prefer)) (it|them) (?!to\b|be\b)",
            r"make \1 ",
        ),
        # "I'd like the audio a little louder", "we want the picture brighter": made so
        (
            r"(?:^|(?<= and )|(?<= but ))(?:i|we)(?:(?: really| just| would| do)? (?:want|need|"
            r"would like|prefer|would prefer)|'d (?:like|prefer)) (?P<it>(?:the|this|my|our) (?:[\w-]+ ){0,2}?"
            r"(?:video|clip|footage|recording|movie|film|audio|sound|music|voices?|picture|image|"
            r"colou?rs)) (?=(?:(?:a )?(?:little|bit|lot|tad)(?: bit)? |much |slightly |way |even |"
            r"somewhat )?(?:louder|quieter|softer|brighter|darker|faster|slower|sharper|warmer|"
            r"cooler|clearer|crisper|smoother|steadier|more|less|black and white|in black and white|"
            r"muted|silent|mirrored|reversed|upside down)\b)",
            r"make \g<it> ",
        ),
        # "amp/gain the image brightness": raise it
        (
            r"(?:amp|gain|amp up|pump up)(?:/(?:amp|gain|boost))? the (?:image |picture |video )?(?=brightness\b)",
            "increase the ",
        ),
        # "fit the video within Facebook's 30MB restriction": under that size
        (
            r"(?:fit|get|keep) (?:it|the video) (?:within|under|into|in|below) (?:[\w']+ )?"
            r"(\d+(?:\.\d+)? ?(?:mb|gb|kb)) (?:restriction|limit|cap|maximum|max)",
            r"compress it to under \1",
        ),
        # "automatically cut out the silence": as promptcut finds it anyway
        (
            r"^(?:automatically|automagically|auto|programmatically|programatically) "
            r"(?=(?:cut|remove|delete|trim|skip|drop|strip)\b)",
            "",
        ),
        # "encode the gif as a video": the video file every player opens
        (
            r"((?:encode|re-?encode|convert|turn|save|export|make) (?:it|the video)) (?:as|into|to) "
            r"(?:an? )?(?:proper |real |regular |normal |actual )?video(?: file)?$",
            r"\1 to mp4",
        ),
        # "convert it to an MP4 that plays": the file the format is
        (
            r"\b(mp4|mov|webm|mkv|gif)(?: file| video)? that (?:actually )?(?:plays|works|will "
            r"play|opens|will open|runs)$",
            r"\1",
        ),
        # "output it at a more reasonable size": a smaller file
        (
            r"\b(?:make|output|export|save|render|get) (?:it|the video)(?: to| at| in)? (?:an? )?"
            r"(?:more )?(?:reasonable|manageable|sensible|decent|acceptable|normal) (?:file )?size$",
            "make the file smaller",
        ),
        # "to an even 60 fps": that rate exactly
        (r"\ban? (?:even|exact|flat|round) (?=\d+(?:\.\d+)? ?(?:fps|frames? per second)\b)", ""),
        # "make it take up less space": a smaller file
        (
            r"\b(make (?:it|this|the (?:[\w-]+ )?(?:video|clip|file|recording|footage)))(?: to)? "
            r"take(?: up)? less (?:disk |storage |hard drive |drive )?(?:space|room|storage)\b",
            r"\1 smaller in size",
        ),
        # "truncate the silences": cut them short, as promptcut does, a margin kept
        (
            r"truncate (?=(?:the |all |any |long )*(?:silences?|silent|pauses?|dead air)\b)",
            "cut ",
        ),
        # "convert the .mp4 file down to a .mp3": to it
        (r"\b((?:convert|transcode)(?: [^,;:]{1,40}?)?) down to\b", r"\1 to"),
        # ("scale it to 720p and to 30 fps": the second value made too)
        (r"^to (?=(?:\d+(?:\.\d+)? ?(?:fps|frames? per second)|\d{3,4}p)\b)", "make it "),
        # "a 2x2 image grid": a grid of frames
        (r"(?:image|picture|thumbnail|screenshot|still|frame) grid", "grid of frames"),
        # "replace the first 10 seconds of audio with silence": that sound muted
        (r"^replace (?=.+ with (?:silence|nothing|no sound)$)", "mute "),
        (r"(?<=^mute )(.+) with (?:silence|nothing|no sound)$", r"\1"),
        # "with good compression": as every result is encoded (the balanced default)
        (r",? with (?:good|efficient|decent|reasonable|sensible|normal) compression", ""),
        # "compress it to 720p": a smaller picture, said as compressing
        (
            r"(?:compress|shrink|downsize|reduce)(?: (?:it|the video))?(?: down)? to "
            r"(?=\d{3,4}p\b|\d{3,4} ?x ?\d{3,4}\b|(?:full )?hd\b(?! ?(?:ready|quality)))",
            "scale it down to ",
        ),
        # "as hardcoded text": how burned-in subtitles are, said again
        (
            r",? as (?:hard ?-?coded|hard|burnt?[- ]in|burned[- ]in|permanent|open) "
            r"(?:text|subtitles?|subs|captions?)",
            "",
        ),
        (r"(?<=subtitle) back(?= to| into)|(?<=subtitles) back(?= to| into)", ""),
        # "make the video 1080x1080 with a white background": bars of that colour around it
        (
            r"(?<=\d) with (?:an? )?(white|black|gr[ae]y|red|green|blue|yellow|pink|purple|orange)"
            r" (?:background|backdrop|fill|borders?|bands?|padding)",
            r" with \1 bars",
        ),
        # "without stretching it": its shape kept
        (
            r",? without (?:stretching|distorting|squashing|squishing|warping)"
            r"(?: (?:it|the (?:video|picture|image)))?",
            " keeping the proportions",
        ),
        # "get the first minute", "get 0:30 to 1:00": that part, kept
        (
            r"^get (?=(?:only |just )?(?:the (?:first|last|final|opening|closing) "
            r"(?:\d|minute|second|hour)|(?:the (?:part|section|bit|segment|portion|piece) )?"
            r"(?:from |between )?(?:second |minute )?\d[\d:.]*(?: ?(?:s|secs?|seconds?|mins?|minutes?))?"
            r" ?(?:to|-|and|until|till|through) ))",
            "keep ",
        ),
        # "make it black and white but only for the first 30 seconds": for them ("everything
        # but the first 30 seconds" is the rest)
        (
            r"(?<!everything )(?<!\ball )(?<!\bvideo )but (?:only |just )?(?=(?:for|during|in|over) "
            r"(?:the )?(?:first|last|final|opening|closing) )",
            "",
        ),
        # "scale it to the standard 1280x720": to that size
        (
            r"(to|at|in|into) (?:the |a )?(?:standard|usual|normal|common|regular|default|typical)"
            r" (?=\d{3,4}(?:p\b|x\d))",
            r"\1 ",
        ),
        # "double the playback of the clip": its speed
        (r"double the playback(?: speed| rate)?", "double the speed"),
        # "make the amplitude uniform throughout": the loudness evened out
        (
            r"make (?:the )?(?:volume|audio|sound|amplitude|loudness|(?:audio |sound |volume )?"
            r"levels?)(?: of (?:the video|it))? (?:uniform|even|consistent|equal|the same|constant)"
            r"(?= throughout| all the way through| across the video|$)",
            "normalize the audio",
        ),
        # "throw in a fade to black": add one
        (r"(?:throw|toss|chuck) in (?=an? |the |some )", "add "),
        # "add a fade to black": the fade out at the end, as "fade to black" is (a transition
        # through black between clips says so: "with a fade to black" after a clip)
        (
            r"^(?:add|put|apply|do|insert|include|end with|finish with) (?:an? |the )?fade to black"
            r"(?: at the end(?: of (?:it|the video))?)?$",
            "fade out to black",
        ),
        # "… 720p mp4, chrome/iphone compatible", "an Android suitable mp4": the format, which
        # plays there
        (
            r"(mp4|m4v|mov|webm)(?:,? (?:that is |which is |so it is )?"
            + _PLAYS_ON
            + r"(?: ?(?:/|,|and|or)"
            r" ?" + _PLAYS_ON + r")* ?[- ]?(?:compatible|friendly|ready|suitable|playable))",
            r"\1",
        ),
        (
            r"(an?) " + _PLAYS_ON + r"(?: ?(?:/|and|or) ?" + _PLAYS_ON + r")* ?[- ]?(?:suitable|"
            r"compatible|friendly|ready) (mp4|m4v|mov|webm)",
            r"\1 \2",
        ),
        # "loop it 8 times into a new file": what every edit makes
        # (said after an aside too: "concatenate them, which were split, into a single video")
        (
            r"(?:^|,? )(?:in|into|as|to) (?:a |one )?(?:new|separate|single) (?:file|video|clip)$",
            "",
        ),
        # "for use in the BrightSign player": where it is played, no edit
        (
            r",? for use (?:in|on|with|by) (?:the |a |an |my |our |their )?(?:[\w-]+ ){0,4}?"
            r"(?:player|tv|device|app|website|site|presentation|project|class|course|display|screen|"
            r"kiosk|signage|system|lobby|booth|museum|church|office|store|shop)$",
            "",
        ),
        # "upres it to 4k": upscale it
        (r"up-?res(?:ed)?", "upscale"),
        # "the leading and trailing silence": the silence at both ends
        (
            r"the (?:starting|beginning|leading|opening|start) (?:and|&) (?:ending|trailing|closing|"
            r"end|final) (silences?|silent parts|quiet parts|dead air|pauses)",
            r"the \1 at the start and end",
        ),
        # "the volume of the notification sound", "the bitrate of the HD file": the file's, said
        # by what it holds (the volume of one sound among others is not: "of the music")
        (
            r"\bthe (volume|bitrate|bit rate) of (?:the|this|my) (?:[\w'-]+ ){0,2}?(?:sound effect|"
            r"sound file|audio file|sfx|jingle|theme|ringtone|file)\b",
            r"the \1",
        ),
        # "reduce the volume to 0.4": that share of its level
        (
            r"\b(volume (?:down |up )?to) (0?\.\d+)\b(?! ?(?:db|%|x|s\b|sec))",
            lambda m: f"{m[1]} {float(m[2]) * 100:g}%",
        ),
        # "play the antdie sound in reverse": the file played backwards
        (
            r"\bplay (?:the|this|my) (?:[\w'-]+ ){0,3}?(?:sound|sfx|song|clip|track|jingle|theme|"
            r"recording) (in reverse|backwards?)\b",
            r"play it \1",
        ),
        # "make the opening theme quieter": a jingle or theme file, all of it
        (
            r"\bmake (?:the|this|my) (?:[\w'-]+ ){0,2}?(?:theme|jingle|ringtone|sound effect|sfx)"
            r"(?= (?:(?:a )?(?:bit |little |lot )?(?:much |way |slightly )?)?(?:louder|quieter|softer|"
            r"faster|slower|shorter)\b)",
            "make it",
        ),
        # "mute the audio from when I shot this video": its own sound, said by when it was made
        (
            r"\b(the (?:original |own |live |camera |on-camera )?(?:audio|sound)) from when (?:i|we|"
            r"he|she|they) (?:shot|filmed|recorded|made|took|videoed|taped) (?:it|this|that|the "
            r"(?:video|clip|footage|recording)|this (?:video|clip|footage|recording))\b",
            r"\1",
        ),
        # "the sound's volume": the volume
        (
            r"\bthe (?:sound|audio|music|song|track|clip|video|recording)'s (volume|loudness)\b",
            r"the \1",
        ),
        # "make a lower quality version, about 30 mb", "reduce the quality to 30 mb": the
        # quality lowered as far as that size needs, which is a smaller file of that size
        (
            r"\b(?:(?:make (?:it|an?) )?(?:lower|reduced|low)[- ]quality(?: (?:version|copy|file))?"
            r"|(?:reduce|lower|drop|decrease) the (?:video |picture |file )?quality)"
            r"(?: of (?:it|the video))?,? (?:(?:to|so (?:that )?it(?:'s| is)|until it(?:'s| is)|at|of"
            r"|under|below) )?(?=(?:about |around |roughly |approximately |under |below )?"
            rf"\d+(?:\.\d+)? ?(?:{SIZE_UNITS})\b)",
            "compress it to ",
        ),
        # "make the volume of the talk right", "get the sound levels correct": at the usual
        # loudness (what is spoken is what the sound is heard for; music may be another file)
        (
            r"\b(?:make|get|set) the (?:volume|loudness|(?:audio |sound |volume )?levels?|sound|audio)"
            r"(?: of (?:it|the (?:video|voices?|speech|speaker|talk|sermon|message|narration|"
            r"dialogue|speaking|interview)))? (?:right|correct|proper)\b"
            # ("make the audio right only": a side, which is no level)
            r"(?![ -](?:side|channel|ear|speaker|only|hand)\b)",
            "normalize the loudness",
        ),
        # "amplify the recording to the standard volume level": to the usual loudness
        (
            r"\b(?:amplify|bring|raise|boost|normalize|normalise|adjust|set|get)(?: it| the (?:video|"
            r"audio|sound|volume|recording|loudness))? (?:up )?to (?:a|the) (?:standard|normal|usual|"
            r"proper|common|typical) (?:volume|loudness|audio|sound)(?: level)?\b",
            "normalize the loudness",
        ),
        # "write out the video at 60 fps": export it
        (r"\bwrite (?:out )?(it|the video) (?=at \d)", r"export \1 "),
        (r"\bwrite (?:it |the video )?out (?=at \d)", "export it "),
        # "below GitHub's 100 MiB file limit": under that size
        (
            # (never "that stays under twitter's 5mb limit", which reads as it is)
            rf"(?<!stays )(?<!stay )(?<!remains )(?<!is )(?<!be )(?<!keep it )\b(?:below|under|within) "
            rf"(?:the |[\w.-]+'s )(\d+(?:\.\d+)? ?(?:{SIZE_UNITS})) (?:upload |"
            r"file |size |attachment )*(?:limit|cap|max(?:imum)?)\b",
            r"to under \1",
        ),
        # "move the gif to mp4", "replace the gif with a movie": written as that kind of file
        (
            r"\bmove (it|the video) (?:over )?to (?:an? )?\.?(mp4|webm|mov|mkv)\b",
            r"convert \1 to \2",
        ),
        (
            r"\breplace (?:it|the video) with an? (?:movie|proper video|real video)\b",
            "convert it to mp4",
        ),
        # "re-code it", "minimise the hum": re-encode it, reduce it
        (r"\bre-?code\b", "re-encode"),
        (r"\bminimi[sz]e\b", "reduce"),
        # "re-encode the video from 30 fps down to 12 fps": a new frame rate, said with the old
        (
            r"\b(?:re-?encode|transcode|convert) (?:it|the video) from \d+(?:\.\d+)? ?fps (?:down |up )?"
            r"to (?=\d+(?:\.\d+)? ?fps\b)",
            "convert it to ",
        ),
        # "the low hum in the dialogue": the hum (in the sound, where a hum is)
        (
            r"\b((?:the )?(?:low |annoying |constant |electrical |background )*(?:hum|buzz|hiss|"
            r"static|noise)) in the (?:dialogue|dialog|speech|voices?|audio|sound)"
            r"(?: of (?:my|the|this|our) (?:short(?: film)?|film|movie|video|clip|recording))?\b",
            r"\1",
        ),
        # "compress it to 6mb from 16mb": the size to make, then the size it has
        (
            rf"\bto (\d+(?:\.\d+)? ?(?:{SIZE_UNITS})) from \d+(?:\.\d+)? ?(?:{SIZE_UNITS})\b",
            r"to \1",
        ),
        # "with a bit of fade out on the end": a fade out at the end
        (
            r"\bwith (?:a (?:little )?(?:bit|little|touch) of (?:a )?|some )?fade[- ]?(out|in) (?:on|at) the "
            r"(end|start|beginning)\b",
            r"with a fade \1 at the \2",
        ),
        # "this piece of audio", "the lobby music file": the file, a sound
        (r"\b(?:this|the) (?:piece|bit|snippet) of (?:audio|sound|music)\b", "the audio file"),
        # "fade out the end of the audio": the sound faded out at the end (of a sound file, all
        # of it)
        (r"\bfade out the (?:very )?end of the audio file\b", "fade out the end"),
        (r"\bfade out the (?:very )?end of the (audio|sound|music)\b", r"fade the \1 out"),
        (
            # (never "make the video an audio file": what the video is made into)
            r"\bthe (?:(?!(?:an?|the|into|to)\b)[\w'-]+ ){1,2}?(?:music|sound|audio|song|theme) "
            r"file\b(?! (?:of|from|in)\b)",
            "the audio file",
        ),
        # "keep the part after 0:30": everything after it
        (
            r"\bthe (?:part|bit|section|portion|rest) (after|before) (?=(?:the )?\d)",
            r"everything \1 ",
        ),
        # "the initial silence", "the trailing pause": the silence at that end
        (
            r"the (?:initial|leading|opening|starting) (silences?|silent parts?|dead air|pauses?)\b",
            r"the \1 at the start",
        ),
        (
            r"the (?:trailing|closing|ending|final) (silences?|silent parts?|dead air)\b",
            r"the \1 at the end",
        ),
        # "remove the silence at the start of the smash sound", "… from the song": of the file
        # (never "of the music track", which may be the music under a video's sound)
        (
            r"\b((?:silences?|silent parts?|dead air)(?: at the (?:start|end|beginning))?) (?:from|of|"
            r"in|off|out of) (?:the|this|my) (?:(?!(?:music|background|audio)\b)[\w'-]+ ){0,2}?(?:sound|song|"
            r"track|tune|recording|clip|sample|effect|sfx|audio file|sound file|file)\b",
            r"\1",
        ),
        # "convert the river sound to ogg", "the song to mp3": the file, written as that sound
        (
            r"\bconvert (?:the|this|my) (?:[\w'-]+ ){0,3}?(?:sound|song|track|tune|music|recording|"
            r"sample|effect|sfx)(?: from (?:an? )?\.?(?:mp3|wav|m4a|aac|flac|ogg|opus))? ((?:in)?to "
            r"(?:an? )?\.?(?:mp3|wav|m4a|aac|flac|ogg|opus))\b",
            r"convert it \1",
        ),
        # "slow this music track down": the file, said by what it holds
        (
            r"\b(slow|speed)(?: (down|up))? this (?:[\w'-]+ ){0,2}?(?:track|song|tune|sound|"
            r"recording)\b",
            r"\1 it \2",
        ),
        # "keep only the audio": the sound alone, extracted
        (
            r"^(?:only keep|keep (?:only|just)|just keep) (?:the )?(?:audio|sound)(?: track)?$",
            "extract the audio",
        ),
        # "get the audio out of the video": extract it
        (
            r"(?:get|take|pull|rip|grab) (?:the )?(audio|sound)(?: track)? out of (?:the video|it)",
            r"extract the \1",
        ),
        # "extend the last frame by 3 seconds": held that long
        (r"(freeze the frame at \S+) by (?=\d)", r"\1 for "),
        # "brighten the dark parts": the shadows
        (
            r"(brighten|lighten|lift) (?:the )?(?:dark|darker|shadow) (?:parts|areas|bits|regions)",
            r"\1 the shadows",
        ),
        # "the silence time", "silent time": the silence
        (r"(?:silence|silent) (?:time|period|periods|moments?|stretch(?:es)?)", "silence"),
        # "MP4-h264", "mp4 (h264)", "mp4 with h264 and aac": the container, and the codec its
        # picture is encoded in (an HEVC picture would be copied into an mp4 as it is)
        (
            rf"(mp4|mov|mkv)(?: file| video| container)?(?:[- /]| \(| with | using | in )(?:the )?"
            rf"({CODECS})(?: codec| format| encoding)?"
            r"(?:\)|(?: video)?(?:,? (?:and|\+|/|&) (?:aac|mp3)(?: audio)?)?)?",
            r"\1 with \2",
        ),
        # "make the video an mp4 with h264": convert it to one
        (
            rf"\bmake (it|this|the video) (?:into )?an? (mp4|mov|mkv)(?: file)?(?= with (?:{CODECS})\b)",
            r"convert \1 to an \2",
        ),
        # "make a letterbox version of the movie": letterbox it
        (
            r"(?:make|create|give me|export|render|do) (?:a |an )?(letterbox|pillarbox)(?:ed)? "
            r"(?:version|copy|edit|cut) of (?:the video|it)",
            r"\1 it",
        ),
        # "crop it to a square to remove all the unused pixels": what a crop does, said again
        (
            r"(crop\b[^,;]*?),? (?:in order )?to (?:remove|get rid of|cut off|lose|eliminate) "
            r"(?:all |any )?(?:of )?(?:the )?(?:unused|empty|extra|unneeded|unwanted|blank|dead|"
            r"wasted)(?: [a-z]+)? (?:pixels|space|area|areas|parts?|edges|margins|corners)\b",
            r"\1",
        ),
        # "make it 9:16 without cutting anything off", "without zooming in at all": no part of
        # the picture lost, as "without cropping" says
        # ("but don't cut anything off", "and nothing cut off": the same, said as a wish)
        (
            r"(?:,? |\b)(?:(?:without|with no|and no) (?:(?:cutting|chopping|cropping|clipping|"
            r"losing) (?:off |out )?(?:anything|any(?: part)? of (?:it|the (?:picture|image|video|"
            r"frame))|(?:any )?(?:part|parts|content|edges|sides) of (?:it|the (?:picture|image|"
            r"video|frame)))(?: off| out)?|zoom(?:ing)?(?: in)?)"
            r"|(?:(?:but|and) )?(?:do not|don't|dont) (?:cut|chop|crop|clip|lose) (?:off |out )?"
            r"(?:anything|any of it|any part of (?:it|the (?:picture|image|video|frame))|(?:any of )?"
            r"the (?:sides|edges|picture|image))(?: off| out)?"
            r"|(?:(?:but|and|with) )?nothing (?:cut|cropped|chopped|clipped)(?: off| out)?"
            # ("but don't crop it": the crop itself said not to be done)
            r"|(?:(?:but|and) )?(?:do not|don't|dont) crop(?: (?:it|the video|the picture))?"
            # ("but keep it all visible", "keeping the whole picture in frame")
            r"|(?:(?:but|and|while) )?(?:keep|keeping) (?:it all|everything|all of it|the (?:whole |"
            r"entire |full )?(?:picture|image|frame|video|thing)) (?:visible|in (?:the )?(?:frame|view|"
            r"shot)|on (?:the )?screen))"
            r"(?: at all)?(?=$|[,;]| and | for | so )",
            " without cropping",
        ),
        # "crop 2 pixels from the top to omit the browser": what the crop takes away, named
        (
            r"(crop\b[^,;:]*?\d[^,;:]*?),? (?:in order |so as )?to (?:omit|remove|hide|get rid of|"
            r"exclude|cut out|cut off|lose|eliminate) (?:the |that |this |a |an |any )?"
            r"(?:[\w'-]+ ){0,4}?[\w'-]+$",
            r"\1",
        ),
        # "crop one more pixel", "trim 2 more seconds": that amount
        (r"\b(\d+(?:\.\d+)?) more (?=(?:pixels?|px|seconds?|secs?|frames?)\b)", r"\1 "),
        # "slow it down to .75x of normal": that factor of the normal speed
        (
            r"(\d*\.?\d+ ?x) of (?:the |its )?(?:normal|original|regular|real-?time|usual)"
            r"(?: speed)?\b",
            r"\1",
        ),
        # "with left and right edges that are zoomed and blurred": blurred sides
        (
            r"with (?:the )?(?:left and right |side )?(?:edges|sides|bars|borders|background) "
            r"(?:that are |which are )?(?:zoomed(?: in)? (?:and|&) )?blurred"
            r"(?: (?:replications?|copies|versions?) of (?:the )?(?:clip|video|picture|image)(?:'s)?"
            r" (?:edges|sides|picture|image))?",
            "with blurred sides",
        ),
        # "add "BEFORE" in white text overlay": text
        (r"\b(?:text overlay|overlay text|text overlays|overlaid text)\b", "text"),
        # "add the picture to the video as its intro": as an intro
        (r"\bas (?:its|the video's|the clip's) (intro|outro|opening|ending)\b", r"as an \1"),
        # "cut the audio from the video in mp3 format": the sound taken out, as a file
        (
            r"\bcut (the (?:audio|sound)(?: track)?) (?:from|out of|off) (?:the video|it)"
            r"(?= (?:in|as|to|into) )",
            r"extract \1",
        ),
        # "take out the minute and a half intro", "remove the 30 second intro": the first that
        # long; "the 10 second outro": the last
        (r"\b(?:the |a |one )?minute and a half\b", "90 seconds"),
        (
            r"\b(take out|remove|cut(?: out| off)?|delete|drop|skip|get rid of) (?:the )?"
            r"(\d+(?:\.\d+)?) ?(s|secs?|seconds?|mins?|minutes?)(?:[- ]long)? (?:long )?"
            r"(?:intro|opening|beginning)\b",
            r"\1 the first \2 \3",
        ),
        (
            r"\b(take out|remove|cut(?: out| off)?|delete|drop|skip|get rid of) (?:the )?"
            r"(\d+(?:\.\d+)?) ?(s|secs?|seconds?|mins?|minutes?)(?:[- ]long)? (?:long )?"
            r"(?:outro|ending|end credits|credits)\b",
            r"\1 the last \2 \3",
        ),
        # "set a common speed like 1.5x": that speed
        (
            r"\bset (?:a|the) (?:common |constant |fixed |normal |playback |new )?speed "
            r"(?:like|of|at|such as|around) ",
            "set the speed to ",
        ),
        # "into a more web-friendly 720p resolution": to that size
        (
            r"\b(?:in)?to (?:a |an )?(?:more |much )?(?:web[- ]friendly|smaller|lower|standard|"
            r"manageable|reasonable|normal|common) (\d{3,4}p)(?: resolution| format| version)?",
            r"to \1",
        ),
        # "merge the background music into the movie", "mux the separately recorded audio into
        # the video file", "merge voice.wav with the clip": add it
        (
            r"\b(?:merge|mix|blend|combine|mux) (the (?:[\w-]+ ){0,2}?(?:music|song|track|"
            r"soundtrack|audio|sound|audio track|audio file|voice ?over|narration)"
            r"|[\w-]+\.(?:mp3|wav|m4a|aac|flac|ogg|opus)) (?:into|with|in|onto) "
            r"(?:the (?:video|movie|clip|film|footage)(?: file)?|it)\b",
            r"add \1 to the video",
        ),
        # "make an audio file of the talk", "generate an audio file only (mp3) of it", "an audio
        # only version of the talk", "a video-less version of the lecture": the sound alone
        (
            r"\b(?:make|generate|create|produce|render|export|give me) (?:an? |the )?(?:separate )?"
            r"(?:audio|sound|(?:audio|sound)[- ]only|video-?less|picture-?less|no-video) "
            r"(?:file|track|version|copy|feed|edition)(?: only)? (?:of|from)\b",
            "extract the audio of",
        ),
        # "a video contact sheet", "a thumbnail contact sheet": the contact sheet
        (r"\b(?:video|thumbnail|movie) (contact sheet|thumbnail sheet)\b", r"\1"),
        # "make the volume level higher": louder; "lower": quieter
        (
            r"\b(?:make|turn|set|get) (?:the )?(?:volume|loudness|sound level|audio level)(?: level)?"
            r"(?: of (?:it|the video))? (?:a (?:bit|little|lot) |much |way )?higher\b",
            "make it louder",
        ),
        (
            r"\b(?:make|turn|set|get) (?:the )?(?:volume|loudness|sound level|audio level)(?: level)?"
            r"(?: of (?:it|the video))? (?:a (?:bit|little|lot) |much |way )?lower\b",
            "make it quieter",
        ),
        # "boost the audio levels": the volume
        (r"\bthe (?:audio|sound) levels\b", "the volume"),
        # "cut off the hissing sounds": a noise is removed, never a part of the video cut
        (
            r"\bcut (?:off|out|away) (the (?:[\w-]+ ){0,2}?(?:hiss|hissing|hum|humming|buzz|buzzing|"
            r"noise|static|crackle|crackling)(?: sounds?| noises?)?)",
            r"remove \1",
        ),
        # "take a screenshot 10 seconds in", "the thumbnail from 10 seconds in or more": a
        # still at that time (or later: the time said is as good as any after it)
        (
            r"\b(screenshot|thumbnail|still|snapshot|frame|picture|image)(?: (?:from|at))? "
            r"(\d+(?:\.\d+)? ?(?:s|secs?|seconds?|mins?|minutes?))"
            r"(?: in(?: or (?:more|later|after))?| or (?:more|later|after))\b",
            r"\1 at \2",
        ),
        # "speed up this boring part from 2:00 to 3:00": the part, whatever is thought of it
        (
            r"\b(this|that|the) (?:boring|slow|dull|long|annoying|useless|awkward|quiet|loud|dead|"
            r"empty|unneeded|unnecessary|silent|dark) (part|section|bit|segment|portion|stretch)\b",
            r"\1 \2",
        ),
        # "put two videos together": the video and the other given
        (
            r"\b(put|join|combine|merge|stitch) (two|2|both) (videos|clips) together\b",
            r"\1 the \2 \3 together",
        ),
        # "make a new version of it that works on Safari": it made to work there
        (
            r"\b(?:make|create|export|render|give me|save|produce) an? (?:new |fresh |separate |"
            r"second |another )?(?:version|copy) of (it|the video) (?:that|which) (work|play|run|"
            r"open|load|display)s\b",
            r"make \1 \2",
        ),
        # "make an h.264 access copy of the tape capture": it encoded so
        (
            r"\b(?:make|create|export|render|save|produce) an? (h\.?264|h\.?265|hevc|avc|x264|"
            r"x265)(?: (?:access|archive|archival|viewing|preview|mezzanine|distribution|web))? "
            r"(?:copy|version|file|encode) of (it|the video)\b",
            r"encode \2 as \1",
        ),
        # "the single transparent frame at the start", "the blank frame at the end": the first
        # or the last frame (a black one is found by its blackness, never by place)
        (rf"{_ODD_FRAME}(?:start|beginning)(?: of (?:it|the video))?\b", "the first frame"),
        (rf"{_ODD_FRAME}end(?: of (?:it|the video))?\b", "the last frame"),
        # "480x360 or lower if possible", "720p or smaller": that value, the most it may be
        (
            r"\b(\d{2,5} ?x ?\d{2,5}|\d{3,4}p) or (?:lower|smaller|less|below|under)"
            r"(?: (?:if (?:possible|you can|need be|needed)|than that))?\b",
            r"\1",
        ),
        # "convert the sound to the aac codec", "give the video aac audio": its sound encoded
        # as AAC, which is what promptcut writes, the picture kept (never a sound file made:
        # "convert the audio to aac" alone may be one, and is not guessed)
        (
            r"\b(?:(?:convert|change|encode|re-?encode|transcode|switch) (?:the |its )?(?:audio|sound)"
            r"(?: track)?(?: codec (?:to|into|as) (?:the )?aac(?: codec)?| (?:to|into|as) the aac "
            r"codec)|give (?:it|the video|this video) (?:an? )?aac (?:audio|sound)(?: track)?)\b",
            "re-encode it",
        ),
        # "convert the video to audio mp3": to that sound file
        (r"\b(to|into|as) (?:an? )?(?:audio|sound) (mp3|wav|m4a|aac|flac|ogg|opus)\b", r"\1 \2"),
        # "so I can email it", "small enough to email": sent by email (its size limit)
        (
            r"\b(so (?:that )?(?:i|we|you) can) e-?mail(?: (?:it|them|the video))?\b",
            r"\1 send it by email",
        ),
        (r"\bto e-?mail(?: (?:it|them|the video))?\b", "to send by email"),
        # "change the aspect ratio to 4:3": the shape, made
        (
            r"\b(?:change|set|convert|switch) (?:the )?aspect ratio(?: of (?:it|the video))? "
            r"(?:in)?to (?=\d+(?:\.\d+)?:\d+)",
            "make it ",
        ),
        # "make the voice (a lot) louder": the sound, where the voice is
        (
            r"\bmake (?:the |their |his |her )?(?:voices?|speech|dialogue|dialog|narration|vocals|"
            rf"talking) ((?:(?:{LITTLE}|{LOT}) )?(?:louder|quieter|softer))\b",
            r"make the audio \1",
        ),
        # "get rid of the intro, the first 15 seconds": the part, said by its time
        (
            r"\bthe (?:intro|introduction|opening|beginning|start)(?: part| section| bit)?,? "
            r"(?:i\.?e\.?,? |that is,? |namely |so |aka )?(?=the first \d)",
            "",
        ),
        (
            r"\bthe (?:outro|ending|end|closing)(?: part| section| bit)?,? "
            r"(?:i\.?e\.?,? |that is,? |namely |so |aka )?(?=the (?:last|final) \d)",
            "",
        ),
        # "increase the speed like 2x": the factor, offered loosely
        (
            r"\b(?:like|say|something like|roughly|about|around|approximately|approx\.?|maybe) "
            # (never a comparison: "make it slower, like 2x faster" contradicts itself)
            r"(?=\d+(?:\.\d+)? ?x\b(?! (?:faster|slower|quicker|as fast|as slow|speed)\b))",
            "",
        ),
        # "a film noir black and white style": black and white
        (
            r"\bfilm noir(?: black and white| b&w| monochrome)?(?= (?:style|look|effect|filter)\b)",
            "black and white",
        ),
        (r"\b(?:an? )?film noir(?: black and white| b&w| monochrome)?\b", "black and white"),
        # "apply a black and white style": make it so
        (
            r"\b(?:apply|add|use|give it) an? (?:black and white|b&w|monochrome|greyscale|grayscale) "
            # (said of a part, "add a black and white filter on the first 10 seconds", the
            # filter's own phrasing reads it)
            r"(?:style|look|effect|filter|grade)(?=\s*$|\s*[,;.])",
            "make it black and white",
        ),
        # "cool down the color temperature": a cold look; "warm up …": a warm one ("lower the
        # colour temperature" reads both ways: a slider's cooler, or fewer kelvin's warmer)
        (
            r"\bcool down (?:the )?(?:colou?r |white balance )?temperature(?: of (?:it|the video))?",
            "make it look cold",
        ),
        (
            r"\bwarm up (?:the )?(?:colou?r |white balance )?temperature(?: of (?:it|the video))?",
            "make it warmer",
        ),
        # "add a fade from and to black": a fade in and a fade out
        (
            r"\b(?:a )?fades? (?:from and to|to and from|in from and out to) black\b",
            "a fade in and a fade out",
        ),
        # "the picture of the video's first frame": that frame
        (
            r"\bthe (?:picture|image|video|still|photo|screenshot) of (?:the video's |the |its )?"
            r"(first|last|final|opening) frame",
            r"the \1 frame",
        ),
        # "the subtitles provided by YouTube": the subtitles
        (
            r"\bthe (subtitles?|captions?|subs) (?:provided|made|generated|downloaded|created|given|"
            r"supplied|auto-generated) (?:by|from|on|with) (?:the )?[\w.-]+",
            r"the \1",
        ),
        # "zoom the movie in to 16:9": cropped to that shape
        (r"\bzoom (it|the video)? ?in (?:to|into) (\d+(?:\.\d+)?:\d+)\b", r"crop it to \2"),
        (r"\bzoom in (?:on )?(it|the video) (?:to|into) (\d+(?:\.\d+)?:\d+)\b", r"crop \1 to \2"),
        # "remove the 4 green lines of pixels at the bottom": the edge cropped
        (
            r"\b(?:remove|cut off|crop(?: out| off)?|get rid of|trim(?: off)?) the (\d+) (?:[a-z]+ )?"
            r"(?:lines|rows|columns) of pixels (?:at|on|from|along) the (top|bottom|left|right)"
            r"(?: edge| side)?(?: of (?:the video|it))?",
            r"crop \1 pixels off the \2",
        ),
        # "with a blurred video on the sides": blurred sides
        (
            r"\bwith (?:a |the )?blurr?(?:ed|y) (?:copy of the )?(?:video|picture|image|footage|"
            r"background|version) (?:on|at|along|in|to) (?:the |both )?(?:sides|edges|left and right)\b",
            "with blurred sides",
        ),
        # "turn the video around by 90° clockwise": turned by that much
        (r"\bturn (it|the video) (?:around|round) by (?=\d)", r"rotate \1 by "),
        # "to h264 1080p": the codec, and the lines
        (rf"\b(to|in|as) ({CODECS}) (\d{{3,4}}p)\b", r"\1 \2 at \3"),
        # "make the subtitles bigger", "increase the size of the captions": burnt in larger
        (
            r"\b(?:increase|enlarge|raise|bump up|make bigger) the (?:font |text |letter )?size "
            rf"of (the (?:subtitles?|captions?|subs)){_ON_THE_VIDEO}\b"
            r"|\b(?:increase|enlarge|raise|bump up) (the (?:subtitles?|captions?|subs?))(?='s)?'?s? "
            r"(?:font |text |letter )?size\b",
            r"add \1\2 in large",
        ),
        (
            rf"\bmake (the (?:subtitles?|captions?|subs)){_ON_THE_VIDEO} (?:a lot |much |a bit )?"
            r"(?:bigger|larger)\b",
            r"add \1 in large",
        ),
        (
            r"\b(?:decrease|reduce|shrink|lower) the (?:font |text |letter )?size of "
            rf"(the (?:subtitles?|captions?|subs)){_ON_THE_VIDEO}\b"
            r"|\b(?:decrease|reduce|shrink|lower) (the (?:subtitles?|captions?|subs?))(?='s)?'?s? "
            r"(?:font |text |letter )?size\b",
            r"add \1\2 in small",
        ),
        (
            rf"\bmake (the (?:subtitles?|captions?|subs)){_ON_THE_VIDEO} (?:a lot |much |a bit )?"
            r"smaller\b",
            r"add \1 in small",
        ),
        # "turn the saturation down by 25": a slider's points, read as percent
        (
            r"\b((?:saturation|contrast|brightness|vibrance)\b[^,;]{0,20}? by [+-]?\d+(?:\.\d+)?)"
            r"(?![\d.%]| ?(?:percent|points?|db|x|times)\b)",
            r"\1%",
        ),
        # "the extra hissing", "the constant hum": the noise, however much of it there is
        (
            r"\b(?:extra|excess|excessive|unwanted|constant|persistent|continuous|steady|slight) "
            r"(?=(?:hiss|hissing|hum|humming|buzz|buzzing|crackle|crackling|static)\b)",
            "",
        ),
        # "the buzzing noise", "hissing sounds": the noise, by its kind
        (
            r"\b(hiss|hissing|hum|humming|buzz|buzzing|crackle|crackling)(?: sounds?| noises?)\b",
            r"\1",
        ),
        # "ramp the sound down at the end": a fade out; "ramp it up": a fade in
        (r"\bramp (the (?:sound|audio|volume|music)) down\b", r"fade \1 out"),
        (r"\bramp (the (?:sound|audio|volume|music)) up\b", r"fade \1 in"),
        # "convert it to 15 fps beforehand": when, which is where it is said
        (r",? (?:beforehand|before(?:hand)? anything else)\b", ""),
        # "make the output 25 fps": the video made so
        # (a length is what the result is said to be, checked: "I want the output to be 50 s")
        (
            r"\b(make|convert|change|set) the (?:output|result)"
            r"(?= (?:from )?\d+(?:\.\d+)? ?(?:fps|frames|p|k)\b)",
            r"\1 the video",
        ),
        # "optimise the video's compression": compress it
        (
            r"\b(?:optimi[sz]e|improve|increase|maximi[sz]e) (?:the )?(?:video's )?compression"
            r"(?: of (?:it|the video))?",
            "compress it",
        ),
        # "make it the smallest in size": as small as it can be
        (r"\bthe smallest (?:in size|possible|file size|size possible)\b", "as small as possible"),
        # "change the frames per second to 10": the frame rate, said as its unit
        (r"\bthe (?:number of )?frames per second\b", "the frame rate"),
        # "unmirror it": a mirror undone is a mirror again (as a flip or a reverse is)
        (r"\bun-?(mirror|flip|reverse)\b", r"\1"),
        # "fade out the audio only", "fade the sound alone in": the sound faded, the picture not
        (
            r"\b(fade (?:(?:in|out) )?the (?:audio|sound|music)(?: track)?(?: (?:in|out))?) "
            r"(?:only|alone|by itself|(?:and|but) not the (?:video|picture|image))\b",
            r"\1",
        ),
        # "fade the audio volume out", "adjust the sound volume": the volume
        (r"\b(?:audio|sound) volume\b", "volume"),
        # "the video's file format", "the clip's frame rate": the video's, said with "the"
        (
            r"\bthe (?:video|clip|movie|film|recording)'s (file format|format|container|frame ?rate|"
            r"resolution|volume|audio|sound|speed|size|file size)\b",
            r"the \1",
        ),
        # "at the time interval 00:00:00-00:01:12": from one time to the other
        (
            r"\b(?:at|in|for|within) the (?:time )?(?:interval|range|span|period|timespan) (?:of |from )?"
            r"(?=\d)",
            "from ",
        ),
        # "to match the length of a 3 minute song": so it lasts that long
        (
            r"\bto (?:match|fit) the (?:length|duration|runtime) of (?:an? |the |my )?(\d[\w.:]*"
            r"(?: ?(?:s|secs?|seconds?|mins?|minutes?))?)(?:[- ]long)? (?:song|track|tune|clip|video|"
            r"audio|music|piece)\b",
            r"so it lasts \1",
        ),
        # "make it louder when it plays": louder (a file plays as it is made)
        (
            r"(?<=\w) (?:when|while|as) (?:it|the video|the clip) (?:plays|is played|is playing)\b",
            "",
        ),
        # "cut away the bottom 20% of the video": that much of the picture off that side
        (
            r"\b(?:cut|crop|chop|trim|slice)(?: away| off| out)? the (top|bottom|left|right) "
            r"(\d+(?:\.\d+)? ?(?:%|percent|px|pixels))(?: of (?:the (?:video|picture|image|frame|"
            r"screen)|it))?",
            r"crop \2 off the \1",
        ),
        # "flipped left and right": mirrored
        (
            r"\bflipped (?:left and right|left to right|right to left|left-right|horizontally)\b",
            "mirrored",
        ),
        # "snag the 4 seconds from 0:20": take them
        (r"\bsnag\b", "take"),
        # "add fade-ins and fade-outs": a fade in and a fade out
        (r"\bfade-?ins? and fade-?outs?\b", "fade in and fade out"),
        # "remove the video from the recording and keep the audio": the sound alone
        (
            r"\b(?:remove|drop|discard) the (?:video|picture|image)(?: track| stream)?(?: from "
            r"(?:the|this|my) [\w' -]{1,30}?)?,? and keep (?:only |just )?the (?:audio|sound)"
            r"(?: track)?",
            "extract the audio",
        ),
        # "strip the unused audio": the audio, however it is described (as not needed: "the
        # unwanted audio" is some of it, the rest wanted)
        (
            r"\b(?:unused|unneeded|unnecessary|useless|empty|decorative) "
            r"(audio|sound)\b",
            r"\1",
        ),
        # "the dead space between sentences": the pauses
        (r"\bdead (?:space|time)\b", "pauses"),
        # "the H.265 video off my GoPro": the video, its codec said of it
        (
            rf"\b(the|my|this) (?:{CODECS}) (video|clip|footage|recording)\b",
            r"\1 \2",
        ),
        # "into a more standard format like .mp4", "a better supported format like MP4": into
        # that format
        (
            r"\b(?:an? |the )?(?:(?:more|better|most|widely|well|broadly) )?(?:standard|common|usual|"
            r"compatible|normal|popular|used|supported|optimi[sz]ed|accepted|known|friendly)"
            r"(?: video)? (?:format|file type|container),? (?:like|such as|e\.?g\.?) "
            r"\.?(?=[a-z0-9]{2,4}\b)",
            "",
        ),
        # "do a center cut of the footage": crop it around its centre
        (r"\bdo a cent(?:er|re)(?:d)? (?:cut|crop) of\b", "crop"),
        # "the NTSC frame rate of 29.97fps", "a frame size of 720x480 pixels": that rate, that size
        (
            r"\b(?:the |an? )?(?:ntsc |pal |film |cinema |standard )?(?:dv )?frame ?rate of (?=\d)",
            "",
        ),
        (
            r"\b(?:the |an? )?(?:ntsc |pal |film |standard )?(?:dv )?(?:frame size|resolution) of "
            r"(\d{3,5} ?x ?\d{3,5})(?: pixels)?",
            r"\1",
        ),
        # "to the 1440 x 1080 format": to that size
        (
            r"\bto (?:the |a )?(\d{3,5} ?x ?\d{3,5}) (?:format|resolution|size|frame size)\b",
            r"to \1",
        ),
        # "make the video fit 1080x1920": fit it into that
        (r"make (?:it|the video) fit(?: (?:into|in|to|inside))?(?= (?:a |an )?\d)", "fit it into"),
        # "put a black and white filter on it": an effect is applied to what it is put on
        (r"put (?=(?:a|an|the) (?:[a-z&-]+ ){1,3}(?:filter|effect)s? (?:on|over|to) )", "apply "),
        (r"(?<=filter|effect) (?:on|over) (?=it\b|the video\b)", " to "),
        (
            r"(?:get|make|create|export|save|extract|generate|write) an? (mp3|wav|m4a|flac|opus|aac)"
            r"(?: file)? (?:with|of|from) the (?:audio|sound)(?: stream| track)?(?: of the video)?",
            r"extract the audio as \1",
        ),
        # what is said of the video on the way: "the video that already has a voice-over"
        (
            r"(?<=the video),? (?:that|which|who)(?: (?:already|still|currently|now|also))? "
            r"(?:has|have|contains|shows|is|was|includes|features|plays|runs)\b"
            r"(?:(?! (?:and|then|but|also|plus)\b)[^,;0-9])*"
            # all of it, to where the clause or the next instruction starts: never a value
            r"(?=$|[,;]| (?:and|then|but|also|plus)\b)",
            "",
        ),
        # how completely: the edit itself says it
        (
            r",? (?:entirely|completely|altogether|totally|fully)(?=$| from| of| and| instead| rather| without| but|,)",
            "",
        ),
        # the screen it is for, said with its shape: "on a 16:9 display"
        (r"(?:on|for) an? \d+ ?: ?\d+ (?:display|screen|monitor|tv|television)s?", "on a display"),
        # bars by where they go: "upper and lower black bars", "black bars on the sides"
        (
            r"(?:the )?(?:upper|top) and (?:lower|bottom) (black |white |blank )?(?:bars|borders|bands)",
            r"\1bars at the top and bottom",
        ),
        (
            r"(black |white |blank )?(?:bars|borders|bands) (?:to|on|at) (?:the )?(?:left and right|"
            r"right and left|both sides)(?: sides?| edges?)?",
            r"\1bars on the sides",
        ),
        (r"(black |white |blank )?side ?bars\b", r"\1bars on the sides"),
        (r"(?<=of )the original(?=$|,| and | then )", "the video"),
        # "crop 20% of both sides": off them
        (
            r"(?<=crop )(\d+(?:\.\d+)? ?(?:%|px|pixels?)) (?:of|from) "
            r"(?=both|each|all|the (?:left|right|top|bottom|sides|edges))",
            r"\1 off ",
        ),
        # picture and sound together are what every timeline edit changes: "it"
        (
            r",? (?:both )?(?:in|on|to|for) (?:both )?(?:the )?(?:video|picture) (?:and|&) (?:the )?"
            r"(?:sound|audio)(?= |$)",
            "",
        ),
        (
            r"(?:both )?(?:the )?(?:visual )?(?:video|picture|image|movie)(?: streams?| tracks?)? "
            r"(?:and|&|as well as) (?:the )?(?:sound|audio)(?: streams?| tracks?)?(?: (?:both|together))?"
            r"|(?:both )?(?:the )?(?:sound|audio)(?: streams?| tracks?)? (?:and|&|as well as) "
            r"(?:the )?(?:visual )?(?:video|picture)(?: streams?| tracks?)?(?: (?:both|together))?",
            "it",
        ),
        (r",? (?:in sync|keeping (?:them |it )?in sync|synced|in step)$", ""),
        # what is said of the video on the way: "the video taken from the camera"
        (
            r"(?<=the video) (?:taken|recorded|filmed|shot|captured|downloaded|exported|made) "
            r"(?:from|with|on|by|in) (?:the |my |a |an |our )?[a-z']+(?: (?:camera|phone|app))?",
            "",
        ),
        # "the extra 30 minutes of silence at the start of my video", "the 10 seconds of black
        # at the end": a part at an end, by its length and what is in it
        (
            r"the (?:extra |useless |unwanted |empty |wasted |boring )?(?P<n>\d+(?:\.\d+)? ?"
            r"(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?)) of "
            r"(?:silence|pause|black(?:ness)?|black screen|blank screen|nothing|dead air|static|waiting|"
            r"me [a-z]+ing(?: [a-z']+){0,4}) at the (?:very )?(?:start|beginning)"
            r"(?: of (?:the|my|this|our) (?:[\w-]+ ){0,3}?(?:video|clip|recording|movie|footage|"
            r"song|track|audio|music|podcast|episode|file))?",
            r"the first \g<n>",
        ),
        (
            r"the (?:extra |useless |unwanted |empty |wasted |boring )?(?P<n>\d+(?:\.\d+)? ?"
            r"(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?)) of "
            r"(?:silence|pause|black(?:ness)?|black screen|blank screen|nothing|dead air|static|waiting|"
            r"me [a-z]+ing(?: [a-z']+){0,4}) at the (?:very )?end"
            r"(?: of (?:the|my|this|our) (?:[\w-]+ ){0,3}?(?:video|clip|recording|movie|footage|"
            r"song|track|audio|music|podcast|episode|file))?",
            r"the last \g<n>",
        ),
        # "the first few seconds (0:04)": the value given says how many
        (
            r"(?:a |the )?(first|last) (?:few|couple of|some) (?:seconds|secs|minutes|mins) (?=\d)",
            r"the \1 ",
        ),
        # the resolution, however it is asked for
        (r"(?:the )?video(?:'s)? (resolution|size|dimensions|frame rate|framerate)", r"the \1"),
        (
            r"(?:update|downgrade|upgrade|render|re-?render|export|save|encode|re-?encode|output|"
            r"bring|turn|convert|change) (?:it|the video)(?: from \S+)?(?: down| up)? (?:in)?to "
            r"(?:an? )?(\d{3,4}p|4k|hd|full hd|sd)(?: one| 1| video| version| file)?(?= |$)",
            r"resize it to \1",
        ),
        (
            r"(?:make|turn|create|render|get) an? (?:backwards?|reversed?) (?:copy|version)(?: of the video)?",
            "reverse the video",
        ),
        (
            r"reverse the (?:frames|frame order|order of the frames)(?: of the video)?",
            "reverse the video",
        ),
        # a platform's rules: "to satisfy the instagram reel requirements"
        (
            r"(?:so (?:that )?it |to )?(?:satisfy|satisfies|meet|meets|match|matches|fit|fits|"
            r"comply with|complies with|follow|follows) (?:the )?"
            r"((?:instagram |insta |ig )?reels?|tik ?tok|(?:youtube |yt )?shorts?|instagram(?: story| post)?)"
            r"(?:'s)? (?:requirements|specs|specifications|format|guidelines|rules|limits)",
            r"for \1",
        ),
        # "make my voice louder", "Teacher Yang's voice": the voice in the video
        # (its level only: "remove the teacher's voice" is one voice of several taken out,
        # which no edit does)
        (
            r"^(?!.*\b(?:remove|delete|mute|cut|erase|take|get rid|strip|isolate|extract|separate|"
            r"keep|silence|filter)\b)(.*?)\b(?:my|our|his|her|their|(?:(?:teacher|mr|mrs|ms|dr|"
            r"professor|prof)\.? )?(?!it's|that's|what's|there's|here's|let's)[a-z]+'s) (voices?|"
            r"speech|narration|commentary|vocals)\b",
            r"\1the \2",
        ),
        # "remove 10 more seconds at the beginning": that much, more than was cut before
        (
            r"\b(remove|cut|trim|chop|delete|take|shave)( off| out)? (\d+(?:\.\d+)?) more "
            r"(?=(?:seconds?|secs?|s|minutes?|mins?|frames?)\b)",
            r"\1\2 \3 ",
        ),
        # "make a 30 second timelapse of the drive": the video sped up to that length
        (
            r"\b(?:make|create|do|render|turn it into) an? (\d+(?:\.\d+)?)[ -](seconds?|secs?|s|"
            r"minutes?|mins?)(?: long)? (?:time-?lapse|time lapse|hyperlapse|sped[ -]up version)"
            r"(?: (?:of|from) (?:it|this|the video|the (?!(?:first|last|middle|start|end|beginning|"
            r"intro|ending|second|rest)\b)[a-z-]+))?\b",
            r"speed it up to \1 \2",
        ),
        # "make an audio version of the video", "cut an audio version of the recording": the
        # sound alone
        (
            r"\b(?:make|cut|create|export|render|produce|output|give me|get|save) an? (?:audio|"
            r"audio[- ]only|sound[- ]only|sound) (?:version|copy|edition|file|track)(?: of (?:it|the "
            r"video))?",
            "extract the audio",
        ),
        (
            r"\b(?:make|turn) (?:it|the video) (?:into )?(?:audio|audio[- ]only|sound[- ]only)$",
            "extract the audio",
        ),
        # "save the sound separately", "export the audio as its own file": the sound alone
        (
            r"\b(?:save|export|keep|give me|get|store|output) (?:an? (?:separate )?copy of )?"
            r"(?:the |its )?(?:audio|sound)(?: track| stream)? (?:separately|on its own|by itself|"
            r"as (?:a separate|its own|an own|a standalone|an independent) (?:audio |sound )?"
            r"(?:file|track))",
            "extract the audio",
        ),
        # "save a copy of the audio": the sound alone, in a file of its own
        (
            r"\b(?:save|export|keep|give me|get|store|output|make) an? (?:separate )?copy of "
            r"(?:the |its )?(?:audio|sound)(?: track| stream)?(?= *$)",
            "extract the audio",
        ),
        # "split the audio out of the video as a separate track": the sound alone, said again
        (
            r"(?<=\bthe video) as (?:a separate|its own|an own|a standalone|an independent) "
            r"(?:audio |sound )?(?:file|track)",
            "",
        ),
        # "hardsub it": the subtitles burned in
        (r"\bhard-?sub (?:it|the (?:video|clip))\b", "burn in the subtitles"),
        # "save it as a hardsub on the video", "export it as a hardsubbed copy": the same
        (
            r"\b(?:save|export|render|output|encode|make|keep|get) (?:it|the video) as (?:an? )?"
            r"hard-?sub(?:bed|s)?(?: (?:video|version|copy|file))?(?: (?:on|in|into) the video)?\b",
            "burn in the subtitles",
        ),
        # "encode the video with the external subtitles i loaded and enabled included": the
        # result said with the subtitles in its picture
        (
            r"\b(?:re-?encode|encode|export|render|save|convert|output|make|produce|create) (?:it|"
            r"the video) with (?:the |its |my )?(?:external |loaded |separate |own )?(?:sub ?titles|"
            r"subs|captions)(?: (?:[\w'-]+ ){0,6}?)?(?:included|burned in|burnt in|baked in|"
            r"hard ?coded|on it|showing|visible)\b",
            "burn in the subtitles",
        ),
        # "make a gif from a video clip between 1:00 and 1:05": the video it is made from
        (r"\b(from|out of) an? (?:video clip|video|movie|recording)\b", r"\1 the video"),
        # "crossfade the two clips": joined, with the crossfade between them
        (
            r"^(?:please )?(?:cross-?fade|dissolve)(?: between)? (?:the|these|those|both|my|all)"
            r"(?: the)? "
            r"(?:(?:two|2|three|3) )?(?:clips|videos|files|recordings|parts)\b",
            "join the clips with a crossfade",
        ),
        # "keep only the interval from 1:04:35 to 1:48:00": a part, by its times
        (
            r"\bthe (?:time )?(?:interval|range|span|timespan|period|window|time ?frame)"
            r" (?=(?:from|between) )",
            "the part ",
        ),
        # "keeping in the new file only …", "keep in the output only …": what the result keeps
        (
            r"\b(?:keep|keeping) (?:in|for) the (?:(?:new|output|final|resulting|exported) )?"
            r"(?:file|video) (?=only|just)",
            "keep ",
        ),
        (r"^keeping (?=only|just)", "keep "),
        # "transcode the footage down to H.265": to it
        (
            r"\b((?:transcode|convert|encode|re-?encode|compress)(?: it| them| the video)?) down to "
            r"(?=h\.?26[45]|hevc|avc|av1|vp9|mp4|webm|mov|mkv)",
            r"\1 to ",
        ),
        # "convert the video to an audio message": the sound alone
        (
            r"\b(to|into) an? (?:audio|voice|sound) (?:message|note|memo|clip|recording|track)\b",
            r"\1 audio",
        ),
        # "make a fade-out at the end": one added
        (r"\bmake (an?|the) (?=(?:[\w.-]+ ){0,3}?fade[- ]?(?:in|out)\b)", r"add \1 "),
        # "maximize the volume", "make it as loud as possible": as loud as it goes, unclipped
        (
            r"\b(?:maximi[sz]e|max out) (?:the )?(?:volume|audio|sound|loudness)(?: level)?"
            r"(?: of (?:it|the video))?|\bmake (?:it|the (?:video|audio|sound)) as loud as (?:possible|"
            r"it can be|it can go)",
            "normalize the audio",
        ),
        # "convert it to something like mp4": the format
        (
            r"\b(to|into) (?:something|a format|a file|a type)(?: (?:such as|like))? "
            rf"(?=\.?{_WRITTEN_FORMAT}\b)",
            r"\1 ",
        ),
        # "export just the audio, like mp3": the format offered, as it is written (a GIF is no
        # example of a file type: "like a gif" may be how it looks)
        (
            r"(?<!\bto)(?<!\binto),? (?:e\.?g\.?|say|like) "
            rf"(?=\.?(?!gif){_WRITTEN_FORMAT}\b(?! (?:or|and|/)))",
            " as ",
        ),
        # "for TikTok/Reels/Shorts", "for tiktok or reels": vertical platforms, one shape and
        # one size (1080x1920) between them, so the first one named says it all
        (
            rf"({_VERTICAL_PLATFORM})(?:(?: ?/ ?|,? or |,? and |, )(?:{_VERTICAL_PLATFORM}))+",
            r"\1",
        ),
        (r"(duration|length)( of the video)? in (?:seconds|secs|minutes|mins)", r"\1\2"),
        (r"make (?:the video|it) (?=play )", ""),
        # an edit named as a thing to apply: "apply the speedup", "do a slow-down"
        (r"(?:apply|add|do|use|put) (?:the |a |an )?speed ?-?up", "speed up"),
        # one value for both fades: "a fade-in and fade-out of 0.5 seconds"
        (
            r"(?:(?:add|apply|put|use|do|give it) )?(?:an? )?(?:(?:simple|quick|short|smooth|soft|"
            r"gentle|nice|little|automatic) )?fade[ -]?in and (?:an? )?fade[ -]?out",
            "fade in and out",
        ),
        (
            r"(?:silent|quiet|soft|low|subtle|low-volume|gentle) (background )?music",
            r"\1music quietly",
        ),
        (r"(?:apply|add|do|use|put) (?:the |a |an )?slow ?-?down", "slow down"),
        (
            r"(?:apply|add|do|use|put) (?:the |a |an |some )?(?:motion |video |image |camera )?(?:stabili[sz]ation|de-?shak(?:e|ing))(?: to)?",
            "stabilize",
        ),
        (r"de-?shake|de-?shaking", "stabilize"),
        # to be smaller, however it is said
        (
            r"(?:re-?encode|re-?compress|encode|compress)(?: it| the video)? (?:(?:to|so as to|"
            r"in order to) (?:save|reduce|cut|shrink|lower|decrease) (?:the )?(?:file ?)?(?:size|space)"
            r"|to make (?:it|the file) (?:a bit |much )?smaller|for (?:a )?smaller (?:file ?)?size)",
            "make the file smaller",
        ),
        # "a 10x time-lapse effect", "a slow motion effect": the edit itself
        (r"\b(time-?lapse|timelapse|slow[ -]?motion|slow-?mo|fast[ -]?motion) effect\b", r"\1"),
        (r"\btime[ -]lapse\b", "timelapse"),
        # "slightly drop the contrast": how much, said after it
        (
            r"\b(slightly|somewhat|gently|subtly|greatly|significantly|massively|heavily|strongly|"
            r"dramatically) (boost|raise|increase|lower|reduce|drop|decrease|brighten|darken|lift|"
            r"bump up|turn up|turn down) ((?:the |its )?(?:contrast|brightness|saturation|gamma|"
            r"volume|audio|sound|exposure|colou?rs?)|it)\b",
            r"\2 \3 \1",
        ),
        # "a text watermark saying …": words drawn on the picture
        (
            r"\b(?:add|put|place|overlay|insert|burn) (?:a |an |the )?(?:text )?watermark "
            r"(?:saying|that says|which says|reading|with the text|of the text)\b",
            "add text saying",
        ),
        (r"\b(?:a |an |the )?text watermark\b", "text"),
        # "a gif that stays under 5mb": the limit it is made under
        (
            r"\b(?:that|which) (?:stays|is|remains|keeps|comes in|fits|will be) "
            r"(?=(?:under|below|less than|within|at most) \d)",
            "",
        ),
        # "a logo like a news channel('s) in the corner": what it should resemble, said of the
        # thing added, before the rest of the clause
        (
            r"(logo|watermark|text|title|caption|subtitles|border|frame|intro|outro) "
            r"(?:just |kind of |sort of )?(?:like|as on|as in|similar to) (?:an? |the |on )?"
            r"(?:news|tv|television|youtube|tiktok|instagram|movie|film|cinema|netflix|sports?|"
            r"music video|broadcast|streaming)(?: (?:channels?|shows?|stations?|programs?|videos?|"
            r"broadcasts?|streams?|networks?|do|does|has|have|uses?))*(?:'s)?"
            r"(?= (?:in|at|on|with|to|for|and)\b|,|$)",
            r"\1",
        ),
        # "a large picture of the overall view with a small video in the upper left corner":
        # picture-in-picture, said as what the result looks like
        (
            r"(?:an? |the )(?:large|big|main|full[- ]?size|full[- ]?screen) (?:picture|video|view|"
            r"image|frame)(?: of (?:the |an? )?(?:[a-z-]+ ){0,3}?[a-z-]+)? with "
            r"(?=(?:an? )(?:small|little|tiny|smaller) (?:video|clip|window|inset)\b)",
            "put ",
        ),
        (
            r"(?:^|(?:show|add|display|insert|have|include|overlay) )"
            r"(?=(?:an? )(?:small|little|tiny|smaller) (?:video|clip|window|inset) (?:in|at|on) )",
            "put ",
        ),
        # "compromise gif quality to get a smaller GIF", "a low quality gif": a GIF below the
        # usual 12 fps and 480 px, at 8 fps and 320 px
        (
            r"(?:compromise|sacrifice|lower|reduce|decrease|trade|give up)(?: on)? (?:the )?gif "
            r"quality (?:to get|for|to make|so i get|in exchange for) (?:an? |the )?(?:smaller|"
            r"lighter) gif(?: generated| file)?(?=$| of | from | for | and |,)",
            "make a 320 pixels wide gif at 8 fps",
        ),
        (
            r"(?:make|create|generate|export|save|turn (?:it|the video) into|(?:convert|change) "
            r"(?:it|the video) (?:in)?to|(?:save|export|render) (?:it|the video) as) "
            r"(?:an? |the )?(?:smaller|small|"
            r"lighter|tiny|compact|low[- ]quality|lower[- ]quality) gif(?=$| of | from | for | and |,)",
            "make a 320 pixels wide gif at 8 fps",
        ),
        # 'add a "Subscribe!" text overlay': the words drawn
        (
            r"(add|put|place|overlay|insert|show) (?:a |an |the )?(\x00\d+\x00) (?:text|caption|"
            r"title)(?: overlay| box| card| label)?",
            r"\1 the text \2",
        ),
        # "below the 16 MB MP4 limit of the WhatsApp API", "under Twitter's 5mb limit per gif":
        # a size to stay under
        (
            r"(below|under|within) (?:the |a |an |[a-z]+'s )?(\d+(?:\.\d+)? ?(?:mb|gb|kb))"
            r"(?: (?:mp4|file|per-file|per file|upload|size|attachment|email|message|discord|"
            r"whatsapp|twitter|gif))*"
            r" (?:size )?(?:limit|cap|maximum|max)(?: per (?:gif|file|video|upload|message))?"
            r"(?: (?:of|for|on) (?:the )?(?:[a-z0-9']+ ){0,2}[a-z0-9']+)?",
            r"\1 \2",
        ),
        # "crush it down as much as possible", "compress it a lot": the smallest quality
        (
            r"(?:crush|squeeze|compress|shrink|squash)(?: it| the video)?(?: down)? (?:as much as "
            r"(?:possible|you can|it can)|a lot|to the max|hard|heavily|to the minimum)",
            "make the file smaller",
        ),
        (
            r"make (?:the file|it|the video) as small as (?:possible|you can|it can)",
            "make the file smaller",
        ),
        # "compensate for my hands being a bit shaky": the shake taken out
        (
            r"(?:compensate for|correct for|counteract|counter|make up for) (?:my |the |our )?"
            r"(?:hands? |camera |footage )?(?:being |is |was )?(?:a bit |very |slightly |quite |so )?"
            r"(?:shaky|shaking|jittery|wobbly|shake|shakiness)",
            "stabilize it",
        ),
        # "the disturbing grain", "the annoying hum": what is thought of it, not which ("the
        # unwanted audio" is some of the sound, never all of it: which is asked)
        (
            r"(?<=the )(?:" + "|".join(sorted(JUDGMENT)) + r") "
            r"(?=[a-z])(?!(?:audio|sound|soundtrack|voices?|speech|talking)\b)",
            "",
        ),
        # "the humming/static noise": one noise, called two ways
        (
            r"(hum|humming|hiss|hissing|buzz|buzzing|crackle|crackling)/(?:hum|humming|hiss|hissing|"
            r"buzz|buzzing|static|crackle|crackling)",
            r"\1",
        ),
        # "the noise the new lav mic caused whenever my guest spoke": which device made it
        (
            r"(noise|hum|humming|hiss|hissing|buzz|buzzing|crackle|crackling)(?: that| which)? "
            r"(?:the|my|our|a|an) (?:[a-z-]+ ){0,3}?(?:mic|"
            r"microphone|camera|cam|recorder|fan|air ?con(?:ditioner)?|fridge|computer|laptop|lav|"
            r"lavalier|preamp|cable|wind)(?: mic)? (?:caused|causes|made|makes|picked up|picks up|"
            r"created|creates|added|adds|introduced|introduces|produced|produces|recorded)"
            r"(?: (?:whenever|when|while) (?:[a-z']+ ){0,5}?[a-z']+(?=$|[,;:.]| and | but ))?",
            r"\1",
        ),
        # "the on-going background noise": which noise, it is all of it
        (
            r"(?<=the )(?:on-?going|constant|continuous|persistent|steady|permanent|ever-?present) "
            r"(?=(?:background |low |high-?pitched )?(?:noise|hum|hiss|buzz|humming|hissing))",
            "",
        ),
        # "a video thumbnail preview in .gif format", "a gif thumbnail": an animated GIF of it
        (
            r"(?:an? |the )?(?:animated )?(?:video )?(?:thumbnail|preview)(?: preview| thumbnail)? "
            r"(?:in|as) (?:an? )?\.?gif(?: format| file)?",
            "a gif",
        ),
        (r"(?:an? |the )?(?:animated )?gif (?:thumbnail|preview)(?: image)?", "a gif"),
        # "make this video a gif image": the video as a GIF, not a still of it
        (
            r"\b((?:make|turn|convert) (?:it|the video)(?: into| to)?) (?:an? )?gif (?:image|picture)\b",
            r"\1 a gif",
        ),
        # "a GIF animation of this video": an animated GIF
        (r"(?:an? |the )?(?:animated )?gif (?:animation|anim)\b", "a gif"),
        # "an H.264 mp4": the container, and the codec its picture is to be in (an HEVC one
        # would be copied as it is); "a VP9 webm": the codec promptcut writes in a webm (another
        # codec, "VP8 webm", stays unread: it is not what would be written)
        (rf"({CODECS}) ?/? ?(mp4|mov|mkv)\b", r"\2 with \1"),
        # ("mp4/h264": the same, the container first)
        (rf"\b(mp4|mov|mkv) ?/ ?({CODECS})(?= |$)", r"\1 with \2"),
        (r"vp9 (?=webm\b)", ""),
        (r"(?<=webm)(?: file)?,? (?:with|using|in) (?:the )?vp9(?: codec| video)?", ""),
        # "get only the top left corner with 400x400 resolution": that part cropped out
        (
            r"(?:get|keep|take|show|leave|cut out) (?:only |just )?the ((?:top|bottom|upper|lower)"
            r"[ -](?:left|right)) (?:corner|part|area|region|quarter)(?: with| at| of| in)? "
            r"(?:an? |the )?(\d{2,5}) ?x ?(\d{2,5})(?: (?:resolution|pixels|px|size|area|square))?",
            r"crop the \1 \2x\3",
        ),
        # "volume to 50% at 0:30": a level set at a moment holds from then on
        (
            r"((?:volume|audio|sound|music)(?: level)? (?:to|at) "
            r"(?:\d+(?:\.\d+)? ?%|[-+]?\d+(?:\.\d+)? ?db)) at (?=\d)",
            r"\1 from ",
        ),
        # "add watermark 'My Channel'": words drawn as a watermark
        (
            r"(?:add|put|place|overlay|insert|burn) (?:a |an |the )?(?:text )?watermark"
            r"(?= \x00\d+\x00)",
            "add the text",
        ),
        # "export a frame as a picture for the video's thumbnail": a thumbnail
        (
            r"(?:export|save|take|grab|extract|get|make) (?:a|one) (?:frame|still|screenshot|image) "
            r"(?:as|into) (?:a |an )?(?:picture|image|photo|png|jpe?g|still) (?:for|as|to use as) "
            r"(?:the |a |my |its )?(?:video'?s? )?(?:thumbnail|poster|cover)(?: image)?",
            "make a thumbnail",
        ),
        # "make it lighter for posting on social media": lighter as a file or as a picture is
        # not guessed (asked, see QUESTIONS)
        (
            r"(?<!file )(?<!size )lighter(?= (?:for|to|so i can|so that i can) (?:post|share|upload|send|publish|e-?mail)"
            r"|.* (?:social media|the web|online|whatsapp|e-?mail)\b)",
            "lighter-or-smaller",
        ),
        # "create a vignette effect": an effect added
        (
            r"(?:create|apply|put on|give it) (?=an? (?:[a-z]+ )?(?:vignette|blur|sepia|"
            r"black and white|grayscale|vintage|film|glow|fade)(?: effect| look| filter)?\b)",
            "add ",
        ),
        # "exactly 60 times", "downscale it exactly by 2": the number is what is done
        (r"(?:exactly|precisely) (?=(?:by )?\d)", ""),
        # "slow it down to 0.5x speed": the factor, its word said after it
        (
            r"\b((?:slow|speed)\b[^,;]*? (?:to|by|at) \d*\.?\d+ ?x) (?:speed|playback speed)\b",
            r"\1",
        ),
        # "set the resolution to 480": lines, as 480p
        (r"(?<=resolution to )(240|360|480|540|576|720|1080|1440|2160)(?!p| ?x| ?by)", r"\1p"),
        # "make it more punchy": more contrast
        (
            r"make (?:it|the video|the picture|the image) (?:a bit |a little |much |a lot )?"
            r"(?:more punchy|punchier|punchy)",
            "increase the contrast",
        ),
        # "add a gamma correction of 1.2": the gamma set
        (
            r"(?:add|apply|do|make|use)(?: an?| the| some)? gamma (?:correction|adjustment|adjust|"
            r"boost|change|tweak|curve)(?: of| to| at)? (?=\d)",
            "set the gamma to ",
        ),
        # "in one of the 4 corners", "with a chosen transparency": any, so the usual one
        (r"\bin (?:any )?(?:one|1) of the (?:4 |four )?corners\b", "in a corner"),
        (
            r"\bwith (?:a |the )?(?:chosen|selectable|adjustable|custom|choice of) "
            r"(?=transparency|opacity)",
            "with some ",
        ),
        # "position it in the bottom left corner": put it there
        (r"\b(?:position|place) (?=(?:it|them|the text|the title|the caption) )", "put "),
        # "a preview picture of a 5x4 grid of screenshots": a contact sheet
        (
            r"\b(?:create|make|generate|produce) (?:a |an )?(?:preview|overview|thumbnail|summary|"
            r"index) (?:picture|image|sheet) (?:of|with|showing) (?=an? \d+ ?x ?\d+ grid)",
            "make ",
        ),
        (
            r"(?<=grid of )(?:screenshots|thumbnails|stills|snapshots|images|pictures|screencaps|"
            r"screen ?shots|captures)\b",
            "frames",
        ),
        (r"\b(?:create|generate|produce|render) (?=an? (?:\d+(?:\.\d+)?x )?timelapse\b)", "make "),
        # "create slow motion from 0:10 to 0:20": the edit made, as a thing
        (
            r"\b(?:create|add|apply|use|put|give it|do) (?:a |an |some )?(slow[ -]?motion|slow-?mo)\b",
            r"make it \1",
        ),
        # "create a 10x timelapse from this video": made of it
        (
            r"\b((?:create|make|generate|produce|render) (?:an? |the )?[^,]*?) from the video\b",
            r"\1 of the video",
        ),
        # "segments where there is no speaking or significant audio": the silence
        (
            r"(?:any |all |the )?(?:segments|parts|portions|sections|moments|bits|places|stretches"
            r"|periods)(?: where| in which| with| that have)(?: there is| there's| there are)? no "
            r"(?:speaking|speech|talking|voice|voices|sound|audio|noise)(?: or (?:significant |any |"
            r"real |meaningful )?(?:audio|sound|speech|noise|talking))?",
            "the silence",
        ),
        # "the silence for more than 2 seconds": silences longer than that
        (
            r"(?<=silence) (?:for|of|lasting) (?:more than|over|longer than|at least) ",
            " longer than ",
        ),
        (
            r"(?:in reverse|in rewind|reversed|backwards?)(?: (?:order|direction|mode))?(?= |$)",
            "backwards",
        ),
        # "only" before the part an edit is for: the part says it
        (r"only (?=(?:from|between|during|for the|in the) |\d)", ""),
        (r"(?:again|also|as well) (?=(?:from|between) |\d)", ""),
        (r"play (?:it |the video )?back(?= )", "play it"),
        (
            r"(?<=speed)(?: of| from| compared to)? (?:the )?(?:current|original|normal|actual)(?: speed| one)?",
            "",
        ),
        (r"(?<=[a-z]) (?:just|simply) (?=the |an? |\d)", " "),
        (
            r"(?:turn|make|change|render) (?:it|the video) (?:in)?to (?=\d+(?:\.\d+)? ?fps)",
            "convert to ",
        ),
        # "black/white", "slow-mo/slow motion": words joined by a slash
        (r"black ?/ ?white", "black and white"),
        # "the big sections of silence", "crop the silence": the silent parts, cut
        (
            r"(?:the |all (?:the )?)?(?:(?:big|long|large|small|short|awkward|dead|empty|unnecessary|"
            r"annoying|boring|silent) )?(?:sections|parts|bits|periods|stretches|gaps|moments|chunks) "
            r"of (?:silence|dead air)",
            "the silence",
        ),
        (r"\bcrop(?: out)?(?= (?:the |all (?:the )?)?(?:silence|silent parts|pauses)\b)", "cut"),
        # "add an ending freeze frame of 5 sec", "a 5 second freeze frame at the end"
        (
            r"(?:add|put|insert|make|create|have)(?: an?)? (?:ending|final|closing|end) "
            r"freeze[ -]?frame (?:of|for|lasting) (?P<d>\d+(?:\.\d+)? ?(?:s|secs?|seconds?))",
            r"freeze the last frame for \g<d>",
        ),
        (
            r"(?:add|put|insert|make|create|have)(?: an?)? (?P<d>\d+(?:\.\d+)? ?(?:s|secs?|seconds?)) "
            r"(?:long )?freeze[ -]?frame (?:at|to) the end(?: of (?:it|the video))?",
            r"freeze the last frame for \g<d>",
        ),
        # "the 2 minute mark", "the 7 minute and 34 second mark": a time
        (
            r"\bthe ((?:\d+(?:\.\d+)?[ -]?(?:hours?|minutes?|mins?)[ -](?:and )?)?"
            r"\d+(?:\.\d+)?)[ -]?(seconds?|secs?|minutes?|mins?|hours?) mark\b",
            r"\1 \2",
        ),
        # "from the 5 minute and 22 seconds to …": the time, said with "the"
        (
            r"\b(from|to|at|until|till) the (?=\d+(?:\.\d+)?[ -]?(?:hours?|minutes?|mins?)[ -]"
            r"(?:and )?\d+(?:\.\d+)?[ -]?(?:minutes?|mins?|seconds?|secs?)\b)",
            r"\1 ",
        ),
        # "from start to 1:40", "from 0:30 till end": the start or the end, said without "the"
        (
            r"\bfrom (?:starting|beginning|start)(?= (?:to|till|until|up to) \d)",
            "from the beginning",
        ),
        (
            r"\b(\d[\d:.]*(?: ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hours?))? (?:to|till|until|through)) "
            r"end\b",
            r"\1 the end",
        ),
        # "keep the video from the beginning to 1:40": a range from 0:00, its verb and object
        # said ("cut from the beginning to 1:40" is what goes, below; "trim the video from the
        # start to 1:40" may keep that part or trim it off, and is asked)
        (
            r"\b(?<!trim )(the video|it) from the (?:very )?(?:start|beginning)(?: of (?:the video|it))? "
            r"(?=(?:to|till|until|up to) \d)",
            r"\1 from 0:00 ",
        ),
        # "from 0:30 to the end", "from 1:00 onwards": everything after it ("trim (it) from 0:30
        # to the end" keeps that part, as "trim from 0:30 to 0:50" does)
        (
            r"\b(?:everything |(?<!trim )(?<!trim it )(?<!trim the video ))from (\d[\d:.]*(?: ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hours?))?) "
            r"(?:to|till|until|through|up to) the (?:very )?end(?: of (?:the video|it))?",
            r"everything after \1",
        ),
        (
            r"\b(?:everything )?(?:from )?(\d[\d:.]*(?: ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hours?))?) "
            r"(?:onwards?|and on|on(?=$| to the end))",
            r"everything after \1",
        ),
        (
            r"\b(?:everything )?from the (?:very )?(?:start|beginning)(?: of (?:the video|it))? "
            r"(?:to|till|until|up to) (\d[\d:.]*(?: ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hours?))?)",
            r"everything before \1",
        ),
        # "trim the video to start at 5 seconds": where it starts, said as the trim
        (
            r"^(?:trim|cut|edit|shorten|crop) (?:the video|it) (?:so (?:that )?it |to )"
            r"(?=(?:starts?|begins?|ends?|stops?) )",
            "",
        ),
        # "split the video at 0:30 and remove the first part": what goes, by the split
        (
            r"^split (?:the video|it) (?:at|on) (?P<t>\d[\d:.]*(?: ?(?:s|secs?|seconds?|m|mins?|minutes?))?)"
            r",? (?:and|then) (?:remove|delete|discard|drop|throw away) the (?:first|1st|left) "
            r"(?:part|half|piece|bit|section)",
            r"remove everything before \g<t>",
        ),
        (
            r"^split (?:the video|it) (?:at|on) (?P<t>\d[\d:.]*(?: ?(?:s|secs?|seconds?|m|mins?|minutes?))?)"
            r",? (?:and|then) (?:remove|delete|discard|drop|throw away) the (?:second|2nd|last|right) "
            r"(?:part|half|piece|bit|section)",
            r"remove everything after \g<t>",
        ),
        (
            r"^split (?:the video|it) (?:at|on) (?P<t>\d[\d:.]*(?: ?(?:s|secs?|seconds?|m|mins?|minutes?))?)"
            r",? (?:and|then) keep (?:only )?the (?:first|1st|left) (?:part|half|piece|bit|section)",
            r"keep everything before \g<t>",
        ),
        (
            r"^split (?:the video|it) (?:at|on) (?P<t>\d[\d:.]*(?: ?(?:s|secs?|seconds?|m|mins?|minutes?))?)"
            r",? (?:and|then) keep (?:only )?the (?:second|2nd|last|right) (?:part|half|piece|bit|section)",
            r"keep everything after \g<t>",
        ),
        # "I'd like the video to be 2x faster", "we want it to look older": the video made so
        (
            r"^(?:i|we)(?: (?:just |really )?(?:need|want|would like|would love)|'d (?:like|love)) "
            r"(?P<it>(?:the|this|my|our) (?:[\w-]+ ){0,3}?(?:video|clip|footage|recording|movie|"
            r"film|output|result|gif|audio|sound|music|picture|image|colou?rs)) to be ",
            r"make \g<it> ",
        ),
        # "I want the music to fade out at the end": made to do it (see `_made_to`)
        (
            r"^(?:i|we)(?: (?:just |really )?(?:need|want|would like|would love)|'d (?:like|love)) "
            r"(?P<it>it|this|(?:the|this|my|our) (?:[\w-]+ ){0,3}?(?:video|clip|footage|recording|"
            r"movie|film|audio|sound|music|picture|image|text|title)) to "
            r"(?!be\b|look\b|sound\b|play\b|run\b|feel\b|have\b|get\b|last\b)(?=[a-z]+\b)",
            r"make \g<it> ",
        ),
        (
            r"^(?:i|we)(?: (?:just |really )?(?:need|want|would like|would love)|'d (?:like|love)) "
            r"(?P<it>it|this|(?:the|this|my|our) (?:[\w-]+ ){0,3}?(?:video|clip|footage|recording|"
            r"movie|film|output|result|gif)) to (?P<how>look|sound|play|run|feel) ",
            r"make \g<it> \g<how> ",
        ),
        # "1280*720": a size
        (r"(?<=\d) ?\* ?(?=\d)", "x"),
        # "at x32", "more than x16": a speed
        (r"\b(at|by|to|than) x(\d+(?:\.\d+)?)\b", r"\1 \2x"),
        # "to something a little higher like 25fps": the value is the example
        (r"\bto something(?: [a-z]+){0,3}? like (?=\d)", "to "),
        # "with a font size of 40", "fontsize 24": the letters' height in pixels
        (r"(?:(?:with|at|in) )?(?:an? )?font ?size (?:of )?(\d{1,3})(?: ?px)?\b", r"in \1px"),
        # "to 400MB or less", "at least to 400MB or better than that": at most that size
        (
            r"(\d+(?:\.\d+)? ?(?:mb|gb|kb)),? or (?:less|smaller|lower|below|under|better)"
            r"(?: than that)?",
            r"\1",
        ),
        (r"\bat least (?=to \d+(?:\.\d+)? ?(?:mb|gb|kb)\b)", ""),
        # "the volume is like 18db too low", "(it is too quiet:) like -18db too low": how much
        # louder it should be
        (
            r"^(?:(?:the (?:volume|audio|sound)(?: level)?|it|the video) (?:is|'s|sounds) )?"
            r"(?:(?:like|about|around|roughly) )?-?(\d+(?:\.\d+)?) ?db too (?:low|quiet|soft)\b",
            r"make the audio \1 db louder",
        ),
        (
            r"^(?:(?:the (?:volume|audio|sound)(?: level)?|it|the video) (?:is|'s|sounds) )?"
            r"(?:(?:like|about|around|roughly) )?(\d+(?:\.\d+)?) ?db too (?:loud|high)\b",
            r"make the audio \1 db quieter",
        ),
        # "fast forward it at 4x": played faster
        (
            r"\bfast[- ]?forward(?= (?:(?:it|the [a-z]+) )?(?:at |by )?(?:\d+(?:\.\d+)?x|x\d))",
            "speed up",
        ),
        # "get me just the audio", "I just need the audio as an mp3": what to hand over
        (r"^get me\b", "give me"),
        (
            r"^(?:i|we)(?: (?:just |only )?(?:need|want|would like)|'d like) (?=the |an? |just )"
            # (not "I'd like the audio to be louder": how it should be)
            r"(?!.*\bto (?:be|sound|look|play|have|fade|get|become|last|start|end|stop|loop|go|run"
            r"|appear|stay|match)\b)",
            "give me ",
        ),
        # "in portrait mode", "widescreen 16:9": the shape, said once
        (r"\bin (portrait|landscape|vertical|horizontal) (?:mode|orientation|format)\b", r"\1"),
        (r"\bwidescreen (?=\d+:\d+)", ""),
        # "make a vertical version for tiktok", "I need a muted video": the video made so
        (
            r"^(?:make|create|render|export|do|give me|produce|(?:i|we)(?: (?:need|want|would like)|'d like)) "
            r"an? (?P<how>[a-z0-9:]+(?: and [a-z]+)?) "
            r"(?:version|copy|edit|cut|variant|(?:video|clip|file)(?=$| for | so | to ))"
            r"(?: of (?:it|this|(?:the|this|my) (?:[\w-]+ ){0,3}?(?:video|clip|footage|recording|movie)))?",
            r"make it \g<how>",
        ),
        # "speed up the middle part from 0:20 to 0:40": the part is the times said
        (
            r"\bthe (?:[a-z]+ ){0,2}(?:part|section|segment|bit|portion)"
            r"(?: of (?:the|this|my) (?:[a-z]+ )?(?:video|clip|footage|recording|movie))?"
            r"(?= (?:from|between) \d)",
            "",
        ),
        # a value said loosely: "by say x1.25", "for about 1.5 min"
        (
            r"(?:say|about|around|approximately|approx|roughly|circa|ca|maybe|perhaps) (?=[x~]?\d)",
            "",
        ),
        (
            r"(?:(?<=by |to |at |of |be )|(?<=for |the )|(?<=first |final )|(?<=last ))like (?=[x~]?\d)",
            "",
        ),
        (r"(?<=\d)x (?=\d)", "x"),
        # times as "second 10", "minute 5"
        # (not "1 minute 30 seconds": a length in two units)
        (
            r"(?<![\d.])(?<!\d )(?:second|sec) (\d+(?:\.\d+)?)(?! ?(?:s|sec|secs|seconds|x|%)\b)",
            r"\1s",
        ),
        (r"(?<![\d.])(?<!\d )minute (\d+(?:\.\d+)?)(?! ?(?:m|min|mins|minutes|x|%)\b)", r"\1 min"),
        # adverbs that only stress: "burn it directly into the video", "raise only the volume"
        (
            r"(?<=[a-z]) (?:directly|simply|just|only|basically|actually|really) "
            r"(?=the |an? |it |into |onto |to |on |in |\d)",
            " ",
        ),
        (r"(size|dimensions|resolution) width (?:and |x |& )?height", r"\1"),
        # corners and sides however they are said
        (r"(top|bottom|upper|lower) (left|right)[ -]hand (corner|side)", r"\1 \2 \3"),
        # edges by the pixels taken off them: "drop the bottom 40px"
        (
            r"(?:drop|remove|cut|trim|chop|shave|take|cut off|crop|crop out|remove the) (?:off )?the "
            r"(top|bottom|left|right) (\d+ ?(?:px|pixels?))",
            r"crop \2 off the \1",
        ),
        (
            r"(?:drop|remove|cut|trim|chop|shave|take) (?:off )?(\d+ ?(?:px|pixels?)) "
            r"(?:from|off|of|at) the (top|bottom|left|right)",
            r"crop \1 off the \2",
        ),
        # a shape changed: "change the video from 16:9 to 9:16"
        (
            r"(?:change|convert|turn|switch|make|reformat|transform) (?:it|the video) from "
            r"\d+(?:\.\d+)? ?: ?\d+(?:\.\d+)? (?:in)?to (?=\d+(?:\.\d+)? ?: ?\d)",
            "make it ",
        ),
        # a container is its format: "remux from the mkv container to an mp4 container"
        (r"re-?mux|re-?wrap|rewrap|re-?package|repackage", "convert"),
        (r"(?:the |an? )?\.?(mp4|mkv|mov|webm|avi|ts) (?:container|format|wrapper)", r"\1"),
        (
            r"(?:from|out of) (?:the |an? )?\.?(?:mp4|mkv|mov|webm|avi|m2ts|mts|3gp|vob|asf|mpg|ts|flv|"
            r"wmv|m4v|gif)(?: file)? "
            r"(?=(?:in)?to )",
            "",
        ),
        # "convert it from VP9 to H265": the codec it has now, said before the one asked
        (
            rf"(?:from|out of) (?:the )?(?:vp9|vp8|av1|mpeg-?[24]|xvid|divx|prores|{CODECS})"
            r"(?: codec)? (?=(?:in)?to )",
            "",
        ),
        (r"(?<=convert) the file (?=(?:in)?to )", " it "),
        # a size limit however it is said
        (
            r"(?:to |under |below )?an? (?:maximum|max|max\.) (?:file )?size of (?=\d)",
            "to under ",
        ),
        (r"re-?compress", "compress"),
        # "compress the mov to mp4": written as that kind of file
        (
            r"compress (it|the (?:[\w-]+ ){0,3}?(?:video|clip|movie|file|recording)) (?:in)?to "
            r"(?:an? )?\.?(mp4|mkv|mov|webm|m4v)\b(?! (?:file )?(?:of|under|below|at) \d)",
            r"convert \1 to \2",
        ),
        # "mitigate the loudness": lessen it
        (r"mitigate", "reduce"),
        (r"ogg vorbis|vorbis", "ogg"),
        (r"remux", "convert"),
        # "make the first 30 seconds of the song my ringtone": that part, kept for it
        (
            r"make (the (?:first|beginning|opening|starting|last|final|ending) \d+(?:\.\d+)? ?"
            r"(?:seconds?|secs?|s)(?: of [^,;]+?)?) (?:into )?(?:my|a|an|the|our) (?:[\w-]+ ){0,3}?"
            r"(?:ringtone|ring tone|alarm(?: sound| tone)?|notification(?: sound| tone)?|"
            r"text tone|message tone)",
            r"keep \1",
        ),
        # "boost the contrast by a lot", "slow it down by a bit": how much, without "by"
        (
            r"\bby ((?:just )?(?:a (?:lot|ton|bit|little(?: bit)?|tad|touch|notch)|lots|quite a "
            r"bit|a fair bit|a good bit|slightly))$",
            r"\1",
        ),
        # "just the audio please": the sound alone, as a file
        (
            r"^(?:i )?(?:just|only) (?:want |need )?the (?:audio|sound)(?: please| thanks)?$",
            "extract the audio",
        ),
        # "give the audio a noise treatment": its noise reduced
        (
            r"(?:give|apply|do) (?:it|the (?:audio|sound|video|recording|voice)) (?:a |some |an? "
            r")?(?:noise|hiss|denoise|denoising) (?:treatment|reduction|removal|clean-?up|cleaning|"
            r"filter|pass)",
            "reduce the background noise",
        ),
        (
            r"(?:give|apply|do) (?:it )?(?:a |some )?noise (?:reduction|removal|clean-?up)",
            "reduce the background noise",
        ),
        # "I want the file itself smaller": the file
        (r"(the (?:file|video|clip|picture|image|audio|sound)) itself", r"\1"),
        # "a little slower and a little longer": longer, as slower makes it
        (
            rf"((?:slower|slow (?:it|the video) down|slow down (?:it|the video))(?: {LITTLE}| {LOT})?)"
            rf",? and (?:(?:make it|so it is|so it's) )?(?:{LITTLE} |{LOT} )?longer",
            r"\1",
        ),
        # "upgrade the resolution to 1080p": made that big
        (
            r"(?:upgrade|improve|enhance|raise|boost|bump up|bump|up) the (?:video )?resolution(?="
            r"(?: of [^,;]+?)? to )",
            "increase the resolution",
        ),
        # "put my movie in h.264": encoded so
        (
            rf"put ((?:it|the|my|this|our) ?(?:[\w-]+ ){{0,2}}?(?:video|clip|movie|film|footage|"
            rf"recording|file|it)?) (?:in|into) (?:the )?({CODECS}|vp9|av1|prores)(?: format| codec)?",
            r"encode \1 as \2",
        ),
        # "use the frame at second 3 as its poster image": that frame saved as a picture
        (
            r"(?:use|take|make|set) the (?:(?:video )?frame|still|image|picture) (?:at|from) "
            r"(?P<at>[^,;]+?) (?:of (?:it|the video|the clip) )?(?:as|for|into) (?:the |its |a |an |my "
            r"|our )?(?:(?:video(?:'s)?|clip(?:'s)?) )?(?:thumbnail|poster|cover|preview)"
            r"(?: (?:image|picture|frame|photo|art))?",
            r"save a still frame from \g<at>",
        ),
        # "keep only the time interval 5.5-7.5 seconds": the times of the part
        (
            r"(?<=\bkeep |\bonly )(?:only |just )?the (?:time )?(?:interval|range|span|window|"
            r"period|stretch|timespan|time ?frame) (?:of |from |between )?(?=\d)",
            "",
        ),
        # "shrink down the file size": shrink it
        (
            r"(shrink|reduce|bring|cut) down (?:the )?(?:video |overall |total )?(?:file ?)?size\b",
            r"\1 the file size",
        ),
        # "trim the silent start": the silence there
        (r"(?:the )?silent (start|beginning|end|ending)", r"the silence at the \1"),
        # "re-export it": written again
        (r"re-?export", "re-encode"),
        # "the rumble that sounds like a truck engine or something": what it is like
        (
            r"(noise|sound|rumble|hum|buzz|hiss) (?:that|which) sounds like (?:an? |the )?"
            r"[a-z -]{2,40}?(?: or something(?: like that)?)?$",
            r"\1",
        ),
        # "rotate the video correctly": turned as it should be, which way said by what is wrong
        (
            r"((?:rotate|flip|turn) (?:it|the (?:[\w-]+ ){0,3}?(?:video|clip|footage|recording|movie|"
            r"film))) (?:correctly|properly|the right way(?: round| around)?)(?! up\b)",
            r"\1",
        ),
        # "the noise from the car traffic": that noise
        (
            r"(?:background )?(noise|hum|rumble|drone)(?: coming| that comes)? from (?:the |a |an )?"
            r"((?:car |road |street |highway )?traffic|cars|the road|the street|(?:a |the )?fan|"
            r"(?:the )?air ?con(?:ditioner|ditioning)?|(?:the )?fridge|(?:the )?refrigerator|"
            r"(?:the )?generator|(?:the )?engine)",
            lambda m: f"{re.sub(r'^(?:the |a )|(?:car |road |street |highway )', '', m[2])} {m[1]}",
        ),
        # "a .40 playback rate", "0.4 playback speed": that many times the speed
        (r"(?:a )?(?<![\d.])\.(\d+) (?:playback )?(?:rate|speed)", r"0.\1x"),
        (r"(?:a )?(\d+\.\d+) playback (?:rate|speed)", r"\1x"),
        # a reversed copy is the video reversed
        (
            r"(?:export|make|create|render|save|output|give me|produce|get) an? (?:backwards|reversed) "
            r"(?:video|clip|version|copy)",
            "reverse the video",
        ),
        (r"(?:the )?colou?r saturation", "the saturation"),
        (r"(?:of|in|on) (?:each|every|all(?: the)?) frames?", "of the video"),
        (r"(?:to|onto|after|before|with) this (?:one|1)(?= |$)", "to the video"),
        # before it all: at the start (after the closing quote of a text too)
        (
            r"(?P<q>[\"'\x00])?,? (?:first,? )?before the (?:main |actual |real )?"
            r"(?:film|video|movie|clip|content)(?: (?:starts|begins|plays))?$",
            r"\g<q> at the start",
        ),
        (r"(?:at )?first at the start$", "at the start"),
        # an example value: "e.g. as *.FLAC", "for example after second 10"
        (r",? (?:eg|e\.g\.?|for example|for instance)[,:]? ", " "),
        (r"\*\.(?=[a-z0-9]{2,4}\b)", ""),
        # what is said of the video on the way: "the video I shot", "the video I captured with
        # Kap", "the one we downloaded from twitter" (what with or where from: one word, never
        # a time or a file)
        (
            r"(?<=the video) (?:that |which )?(?:i|we|they|you|he|she) (?:[a-z]+ed|shot|made|took|"
            r"filmed|recorded|got|have|had|sent|did|wrote|uploaded)"
            r"(?: (?:with|using|from|via|through|off) (?:the |my |a |an |our )?(?!\d)"
            r"(?![\w-]+\.[a-z0-9]{2,4}\b)[\w'-]+(?: (?:camera|phone|app|recorder|editor|tool))?)?"
            r"(?= |$)",
            "",
        ),
        # one file of them all: "merge it with 2.mp4 and 3.mp4 into one"
        (r",? (?:in|into|as) (?:1|one|a single)(?: (?:file|video|clip))?$", ""),
        # loudness standards
        (
            r"(?:according to|to|per|following|as per|with|using) (?:the )?ebu ?r ?-?128(?: standard)?",
            "to -23 lufs",
        ),
        # strips and bands off an edge: "remove a 100px strip at the top"
        (
            r"(?:(?:remove|cut|crop|drop|trim|chop|take) (?:off )?)?an? (\d+ ?(?:px|pixels?)) "
            r"(?:strip|band|bar|border|line|slice)s? (?:at|from|on|off) the (top|bottom|left|right)",
            r"crop \1 off the \2",
        ),
        (r"(?:main|primary|whole) (?=audio|sound)", ""),
        # "resized to 500 wide": said of the result
        (
            r"(?:,? |^)(?:resized|scaled|downscaled|upscaled) (?:down |up )?to (\d{2,5})(?: ?(?:px|pixels))? "
            r"(wide|high|tall)",
            r" and resize it to \1 pixels \2",
        ),
        (r"(?<=resize it to )(\d{2,5}) (wide|high|tall)", r"\1 pixels \2"),
        # "so that it's under 10MB for discord": a size limit
        (
            r"so (?:that )?(?:it's|it is|it will be|the file is|it gets) (?:under|below|less than|"
            r"smaller than) (\d+(?:\.\d+)? ?mb)",
            r"to under \1",
        ),
        (rf"(?<=mb) for (?:{SERVICE_WORDS}|sharing)\b", ""),
        # "shrink it to fit on a DVD", "small enough to fit on a CD": the size of the disc
        (
            r"(?:(?:,? |^)(?:(?:so (?:that )?)?it (?:will |can |would )?|(?:in order )?to |so as to )|"
            r" small enough to )fits? (?:on|onto|in|into|to) (?:a |one |1 |single |the )?"
            r"(?:standard |regular |normal |blank )?(?P<disc>(?:single|dual|double)[- ]layer dvd|dvd-?[59]|"
            r"dvd|cd-?r?|cd-?rom|s?vcd|blu-?ray)(?: disc| disk)?(?=$|[,;:.]| and )",
            lambda m: f" to under {_disc_size(m['disc'])}",
        ),
        # "fit this 1 GB AVI onto a VCD": made small enough for that disc
        (
            r"\bfit (?P<it>it|the (?:[\w.-]+ ){0,3}?(?:video|clip|file|movie|recording)) (?:on|"
            r"onto|in|into) (?:a |one |1 |single |the )?(?:standard |regular |normal |blank )?"
            r"(?P<disc>(?:single|dual|double)[- ]layer dvd|dvd-?[59]|dvd|cd-?r?|cd-?rom|s?vcd|"
            r"blu-?ray)(?: disc| disk)?(?=$|[,;:.]| and )",
            lambda m: f"compress {m['it']} to under {_disc_size(m['disc'])}",
        ),
        # "caption the video with its caption file": the subtitles given, burned in
        (
            r"\b(?:caption|subtitle)(?: the video| it)? (?:with|using|from) (?:its|the|my|our) "
            r"(?:caption|captions|subtitle|subtitles|srt|vtt)(?: file| track)?\b",
            "add the subtitles",
        ),
        # "extract the audio to a folder on my computer", "save it to my desktop": where the
        # result is written, which the output's path says
        (
            r"(?<=\S) (?:(?:to|into|onto) (?:a |an |my |the |our )?(?:new |separate |different "
            r"|local )?(?:folder|directory|desktop|downloads(?: folder)?|computer|pc|laptop|mac|"
            r"(?:hard |external |usb |local )?(?:drive|disk)|hdd|ssd)"
            # ("… on my desktop", "in a new folder"; never "plays on my mac": where it plays)
            r"|(?:in|on) (?:a |an |my |the |our )?(?:new |separate |different |local )?(?:folder|"
            r"directory|desktop|downloads folder|(?:hard |external |usb |local )(?:drive|disk)|hdd|"
            r"ssd))(?: (?:on|of|in) (?:my |the |our )?(?:computer|pc|laptop|mac|desktop|drive|"
            r"disk))?(?=$|[,;:.]| and | so | to )",
            "",
        ),
        # "edit the audio to be louder", "change the video to be brighter": made so
        (
            r"\b(?:edit|change|adjust|modify|tweak|alter|set) (it|the (?:audio|sound|video|picture|"
            r"clip|footage|recording)(?: of [^,;:]{1,60}?)?) to be (?=(?:a (?:bit|little|lot) |much |"
            r"way |slightly |even |far )?[a-z]+er\b)",
            r"make \1 ",
        ),
        # "downsample the video to 15 fps": its frame rate lowered
        (
            r"\b(?:down|up|re)-?sample (it|the (?:[\w-]+ ){0,3}?video) to (?=\d+(?:\.\d+)? ?fps\b)",
            r"convert \1 to ",
        ),
        # "a fixed 30 fps", "a constant 25fps": that rate, as every rate written is
        (r"\b(?:an? )?(?:fixed|constant|steady|stable|consistent) (?=\d+(?:\.\d+)? ?fps\b)", ""),
        # "87% of the original", "80% of normal speed": that share of the speed it has
        (
            r"(\d+(?:\.\d+)? ?%) of (?:the |its )?(?:original|normal|regular|usual|real)"
            r"(?: speed| playback speed| tempo)?\b",
            r"\1",
        ),
        # "set the contrast down a bit": turned down
        (
            r"\bset (the |its )?(contrast|brightness|saturation|volume|sound|audio|gamma|speed|"
            r"music|bass|treble) (down|up)\b",
            r"turn \1\2 \3",
        ),
        # "the intro.mp4": a file by its name needs no article
        (
            r"(?:the|an?|my) (?=[\w-]+\.(?:mp4|mov|mkv|webm|mp3|wav|m4a|png|jpg|jpeg|srt|vtt|ass)\b)",
            "",
        ),
        (r",? (?:permanently|for good)(?=$| into| onto| on| to|,)", ""),
        (r"halve the (?:speed|playback speed|frame rate of playback)", "half speed"),
        (r"double the (?:speed|playback speed)", "double speed"),
        (r"(?:edit|snip|chop|cut away|clip) out", "cut out"),
        # "edit the first 4 seconds off": cut off
        (r"\bedit (?=off\b|(?:the|its) [^,;:]{1,40}? off\b)", "cut "),
        # "rotate the video frame by 180°": the picture, turned or cut as a whole
        (
            r"(rotate|flip|mirror|crop|turn|scale|resize) the (?:video |picture )?frame\b",
            r"\1 the video",
        ),
        # "put a transparent picture over the video": a picture with a see-through background
        # (how see-through it is, "a transparent watermark", "semi-transparent", "50%
        # transparent", is said otherwise)
        (r"(an?|the) transparent (?=(?:picture|image|png|photo)\b)", r"\1 "),
        # "attach a logo in the video": a picture put on it (attached after it, it would be a
        # slide)
        (
            r"attach (?=(?:an? |the |my |our )?(?:[\w-]+ )?(?:logo|watermark|image|picture|png|photo|"
            r"[\w-]+\.(?:png|jpe?g|webp))\b[^,;]{0,30}? (?:in|on|onto) (?:the video|it)\b)",
            "put ",
        ),
        # "find and delete the small pure silences", "detect the silent regions and ripple-delete
        # them": the deleting
        (r"^(?:find|detect|locate|identify|spot) and (?=(?:delete|remove|cut|trim)\b)", ""),
        (
            r"^(?:find|detect|locate|identify|spot) (the [^,;]{1,50}?) and (?:ripple[- ])?(delete|remove|"
            r"cut)(?: out)? them$",
            r"\2 \1",
        ),
        (r"ripple[- ](delete|remove|cut)", r"\1"),
        # "the really long pauses the narrator takes between sentences": the pauses
        (
            r"(the (?:(?:really|very|pure|long|awkward|unnecessary|annoying|empty) ){0,3}(?:pauses|"
            r"silences|silent (?:parts|bits|regions|sections|gaps|"
            r"portions)|gaps))(?: (?:(?:the|my) (?:narrator|speaker|presenter|host|teacher|lecturer|"
            r"voice) (?:takes|makes|leaves)|between (?:the |my |his |her )?(?:sentences|words|lines|"
            r"takes|clips|scenes|speakers|questions|answers|slides|steps|songs|points|phrases)|in (?:the )?(?:video|audio|commentary|speech)|for [a-z -]{1,30}))+$",
            r"\1",
        ),
        (
            r"(?:really|very|pure|awkward|unnecessary|annoying|empty) "
            r"(?=(?:(?:really|very|pure|long) )*(?:pauses|silences|silent|gaps)\b)",
            "",
        ),
        (r"silent (?:regions|areas|stretches|moments|spots|periods)", "silent parts"),
        # "mute the audio portion of the video": its sound
        (r"the (audio|sound) (?:portion|component|side)(?: of the video)?", r"the \1"),
        # "change the color of the video to black and white": that look
        (
            r"change (?:the )?colou?rs? (?:of the video )?(?:to|into) (black and white|black & white|"
            r"b&w|grayscale|greyscale|sepia|monochrome)",
            r"make it \1",
        ),
        # "merge those videos into a single video": the video and the clips given
        (
            r"(merge|join|combine|concatenate|stitch) (?:those|these|the|all the|all|my) (?:[\w-]+ )?"
            r"(?:videos|clips|files|mp4s|fragments|chunks)(?: of [^,;()]{1,40}?)?"
            r"(?: (?:in)?to (?:a |one )?(?:single |one )?(?:video|file|clip|mp4|movie))?$",
            r"\1 them",
        ),
        (r"(an?|one) single (?=(?:mp3|mp4|file|video|clip|wav|gif)\b)", r"\1 "),
        # "change the video height and width to 480p": its size
        (
            r"(?:change|set|adjust) (?:the )?(?:video(?:'s)? )?(?:height and width|width and height|"
            r"dimensions)(?: of the video)? to",
            "resize the video to",
        ),
        # "remove the noises from my screen recording, offline": how promptcut runs anyway
        (r",? (?:offline|locally|on my (?:own )?(?:computer|machine|pc))$", ""),
        # "apply a reverse playback effect": played backwards
        (
            r"(?:apply|add|use) (?:a |the )?reversed? (?:playback |play )?effect(?: to (?:it|the video))?",
            "reverse it",
        ),
        # "make the video in 9:16 proportions": that shape
        (
            r"make (it|the video) (?:in|into) (\d+(?:\.\d+)?:\d+) (?:proportions?|aspect ratio|ratio|"
            r"format|shape|dimensions)",
            r"make \1 \2",
        ),
        # "export the video fast forward 2x": sped up
        (
            r"(?:export|save|render|output|play) (?:it|the video) (?:in )?(?:fast[- ]?forward(?:ed)?|"
            r"speed up|sped up) (?:at )?(\d+(?:\.\d+)? ?x)",
            r"speed it up \1",
        ),
        # "remove the audio stream", "the audio layer of the video": the sound
        (r"the (audio|sound) (?:stream|channel|layer)s?\b", r"the \1"),
        # "increase the dynamic range of the old scene": of the picture, its contrast (never
        # the sound's, which is its loudness)
        (
            r"\b(increase|boost|improve|expand|widen|raise|stretch) (?:the |its )?(?:picture's |"
            r"image's |video's )?dynamic range\b(?! of (?:the |its )?(?:audio|sound|music|voices?|"
            r"speech|recording))",
            r"\1 the contrast",
        ),
        # "starting about 2 seconds into it and capturing the next 5 seconds": from then, for
        # that long
        (
            r"\bstarting (?:at |from )?((?:about |around |roughly )?(?:\d+(?:\.\d+)? ?(?:s|secs?|"
            r"seconds?)|\d+:\d\d(?:\.\d+)?))(?: in| into (?:it|the (?:video|clip)))?,? and "
            r"(?:capturing|lasting|running|going|covering|taking|recording|including|showing|"
            r"keeping)(?: for)? (?:the next |the following )?(\d+(?:\.\d+)? ?(?:s|secs?|seconds?))\b",
            r"from \1 for \2",
        ),
        # "starting 2 seconds in": from then
        (
            r"\bstarting ((?:about |around |roughly )?\d+(?:\.\d+)? ?(?:s|secs?|seconds?|mins?|"
            r"minutes?)) in(?:to (?:it|the (?:video|clip)))?\b",
            r"starting at \1",
        ),
        # "compress this before we go live", "mute it by Friday": when it is needed, no edit
        (
            r",? (?:before|by the time) (?:i|we|you|they) (?:can )?(?:go live|upload|post|send|"
            r"share|publish|present|show|submit|launch|release|stream|air|broadcast)\b"
            r"(?: [\w']+){0,5}$",
            "",
        ),
        (
            r",? (?:before|by) (?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday|tomorrow|tonight|the weekend|next week|the end of (?:the|this) (?:day|week|"
            r"month))$",
            "",
        ),
        # "the soundtrack for a regular audio CD": as a CD holds it, uncompressed
        (
            r"\b(?:for|to burn (?:it |them )?(?:on|to|onto)|to put (?:it |them )?on) (?:a |an )?"
            r"(?:regular |standard |normal |ordinary )?(?:audio|music) cds?\b",
            "as wav",
        ),
        # "for discord without nitro": the limit of an account that pays nothing, Discord's own
        (
            r"\bdiscord(?: \(?(?:without |with no |no |non[- ]?|free(?: account)?[, ]*(?:no )?)"
            r"nitro\)?| \((?:free|free account|no nitro)\))",
            "discord",
        ),
        # "optimize this clip for discord": a service that limits the size, so small enough
        # for it (never "optimize it for youtube", a platform's shape)
        (
            r"\b(?:optimi[sz]e|prepare|ready)(?: the export of)? (it|the video) for "
            rf"(?=(?:{LIMITED_SERVICE_WORDS})\b)",
            r"make \1 small enough for ",
        ),
        # "it is too big to send on whatsapp": small enough for it is asked
        (
            r"^(?:(?:but|and|unfortunately|sadly) )?(?:it|this|this (?:file|video|clip)|the (?:[\w-]+ )"
            r"{0,3}?(?:video|clip|file|recording|movie)|my (?:[\w-]+ ){0,3}?(?:video|clip|file|"
            r"recording|movie))(?: is|'s| was) (?:way |much |far |a bit |a little |just |slightly )?"
            r"too (?:big|large|heavy) (?:(?:for|to (?:send|upload|share|post|attach)(?: it)?"
            r"(?: (?:on|to|via|by|over|through|in|with))?) (?:an? |the |my )?)"
            rf"(?P<where>{LIMITED_SERVICE_WORDS})\b"
            r"(?: (?:chats?|messages?|groups?))?$",
            r"make it small enough for \g<where>",
        ),
        # "the strong background noise": the noise, however bad
        (
            r"\b(?:strong|heavy|loud|constant|annoying|terrible|horrible|awful|bad|irritating|"
            r"persistent|nasty|distracting|excessive|obvious|noticeable) (?=(?:background |ambient |"
            r"room )?(?:noise|hiss|hum|buzz|static)\b)",
            "",
        ),
        # "small enough to attach to an email to my friend": whom it is sent to, no edit
        (
            r"\b(e-?mail|whatsapp|messenger|telegram|discord|text message)(?: (?:to|for) (?:my |a |"
            r"the |our |his |her )?[\w']+(?: [\w']+)?)$",
            r"\1",
        ),
        # "make a clip of just the first 2 minutes", "a preview showing the first minute": that
        # part kept
        (
            r"^(?:make|create|give me|export|save|render|cut|produce)(?: me)? (?:an? |the )?(?:short |"
            r"quick |little |small )?(?:clip|preview|teaser|sample|snippet|excerpt|version|copy)"
            r"(?: of (?:it|the video))? (?:of|showing|with|containing|that (?:shows|contains|has)|"
            r"which (?:shows|contains|has)) (?:just |only )?(?=the (?:first|last|final|opening) )",
            "keep ",
        ),
        # "the about 50 seconds of bad video at the start": the first that long
        (
            r"\bthe (?:(?:about|around|roughly|approximately|nearly|almost|approx\.?) )?(\d+(?:\.\d+)? ?"
            r"(?:s|secs?|seconds?|mins?|minutes?|hours?|hrs?)\b[^,;]{0,40}?) at the (?:very )?(?:start|"
            r"beginning)\b",
            r"the first \1",
        ),
        (
            r"\bthe (?:(?:about|around|roughly|approximately|nearly|almost|approx\.?) )?(\d+(?:\.\d+)? ?"
            r"(?:s|secs?|seconds?|mins?|minutes?|hours?|hrs?)\b[^,;]{0,40}?) at the (?:very )?end\b",
            r"the last \1",
        ),
        # "make the video x4 the normal speed": that many times as fast
        (
            r"\bx ?(\d+(?:\.\d+)?) (?:the )?(?:normal|original|regular|real|usual) speed\b",
            r"\1x speed",
        ),
        # "minify the background video": a smaller file
        (r"\bminify\b", "compress"),
        # "keep the brightness down": lower
        (
            r"\bkeep (the (?:brightness|volume|contrast|saturation)(?: of [\w' ]+?)?) down\b",
            r"turn \1 down",
        ),
        # "a gif of the whole thing": all of the video
        (r"\bthe (?:whole|entire) thing\b", "the whole video"),
        # "automatically amplify the sound level": louder
        (
            r"(?:automatically |auto-?)?amplify (?:the )?(?:sound|audio|volume)(?: level)?(?: of the video)?",
            "make it louder",
        ),
        # "re-encode the 1080p HD video to 720p SD": the lines, the names of their kind said too
        (r"(?<=\dp) (?:hd|sd|full hd|fhd|uhd)\b", ""),
        # "force the video to 30fps": set it so
        (r"force (it|the video) to (?=\d)", r"convert \1 to "),
        # "convert the mp4 file to a compressed mp4 file": a smaller file of the same kind
        (
            r"convert (?:it|the video) to an? (?:compressed|smaller|lighter) (?:mp4|mov|mkv|webm)(?: file| video)?",
            "make the file smaller",
        ),
        # "merge the two videos together during conversion": while it is converted
        (
            r"(?<=together) (?:during|while|in) (?:the )?(?:conversion|converting|export|exporting|encoding|rendering)",
            "",
        ),
        # "make the thumbnail of the video from the middle": a still from there
        (
            r"(?:make|take|create|get|grab|generate) (?:the |a )?(?:thumbnail|thumb|poster|cover)(?: image)?"
            r"(?: of the video)? (?:from|at) the (?:middle|center|centre)(?: of the video)?",
            "take a still from the middle",
        ),
        # "snap a frame at the end of the video": the last frame, as an image
        (
            r"(?:snap|grab|capture|take|save|get) a (?:frame|still|screenshot|snapshot) (?:at|from) "
            r"the (?:very )?end(?: of the video)?",
            "save the last frame as an image",
        ),
        # "enhance it to at least 720p": made that big
        (
            r"(?:enhance|upgrade|improve|bump|upres) (it|the video) (?:up )?to (?:at least |minimum )?(?=\d{3,4}p\b|4k\b)",
            r"upscale \1 to ",
        ),
        # "omit the first five scenes": left out
        (r"(?:omit|exclude|leave out)(?= )", "remove"),
        # "transform the 500x500px video to 640x480px": changed to that
        (r"transform (?=(?:it|the|this|my)\b[^,;]{0,40}? (?:in)?to )", "convert "),
        (r"(?:get rid of|take out|delete|discard|ditch)(?= )", "remove"),
        (r"transcode", "convert"),
        (r"force", "convert"),
        (r"using", "with"),
        (r"just (?=under|below|over|above)", ""),
        (r"(?:audio|sound) tracks?", "audio"),
        (
            r"(?:merge|combine|concatenate|stitch) (?:the |all (?:the )?)?(?:\d+ |two |three |four )?"
            r"(?:videos|clips|movies|recordings)"
            # ("the clips from my holiday": what they are, or where they came from)
            r"(?: (?:of|from) (?:the|my|our|this|that) (?:[a-z-]+ ){0,3}?[a-z-]+)?"
            r"(?: together)?(?: (?:to|into) (?:one|1|a single)(?: video| file)?)?",
            "join them",
        ),
        (r",? (?:in|into|as) (?:1|one|a single) (?:file|video)", ""),
        (r"at an? (?:reduced|lowered|lower|decreased) volume", "at a low volume"),
        (r"(volume|loudness) of the (?:audio|sound)", r"\1"),
        (
            r"(?<=the )(?:bad|boring|unwanted|ugly|wrong|broken|useless|annoying) (?=part|bit|section)",
            "",
        ),
        (r"to be (?=twice|half|\d)", ""),
        (r"like (?:in|on|for) (?=instagram|insta|ig|tik ?tok|youtube|reels|shorts)", "for "),
        (r"in a square", "into a square"),
        (r"(into|to|at|of|be|around|about) like (?=~?\d)", r"\1 "),
        (r"~(?=\d)", ""),
        (r"(?:upscale|downscale|rescale)", "resize"),
        (r"(?<=resize) the video (?:into|to) (?=\d{3,5} ?x ?\d{3,5})", " it to "),
        (
            r"(?:reduce|change|set|lower|increase|scale|resize|shrink|adjust) the (?:size|"
            r"resolution|dimensions) of (?:the (?:[a-z]+ )?video|it) to (?=\d)",
            "resize it to ",
        ),
        (r"(\d+(?:\.\d+)?) ?(?:megs?|megabytes?)", r"\1mb"),
        # "compress the video so that its runtime is as short as possible": shorter, not a
        # smaller file
        (
            r"(?:compress|condense|shrink|reduce|cut down) (?:it|the video) so (?:that )?(?:its|the) "
            r"(?:runtime|run time|running time|length|duration) is (?:as short as possible|shorter|"
            r"short|minimal)",
            "make the video shorter",
        ),
        (
            r"(?:reduce|shorten|cut down|minimi[sz]e) (?:the|its) (?:runtime|run time|running time)",
            "make the video shorter",
        ),
        # "keep a section by start and end time": how the part is given, no edit of its own
        (
            r",? (?:by|using|with|via|from) (?:(?:its|the|a|given|specific|specified) )?"
            r"(?:start and end|start and stop|start/end|start-end|in and out|beginning and end) "
            r"(?:times?|points?|timestamps?|time ?codes?)",
            "",
        ),
        # "the sound of the video": its sound; "the video of my ride": the video
        (
            r"the (sound|audio) of (?:the|this|my) (?:[a-z]+ )?(?:video|clip|movie|recording)",
            r"the \1",
        ),
        (
            r"(?:(?<=video)|(?<=clip)) of (?:my|our|his|her|their) (?!first|last|final)[a-z]+(?= *$|,)",
            "",
        ),
        # "create a silence in the clip from 0.5 to 1 second": that part muted
        (
            r"(?:create|make|put|add) (?:a |some )?(?:silence|silent (?:part|gap|section)) "
            r"(?:in (?:the|this|my) (?:clip|video|audio) )?(?=(?:from|between) )",
            "mute ",
        ),
        # "change the video colour to black and white": make it so
        (
            r"(?:change|turn|set|switch|convert) (?:the )?(?:video'?s? |its )?colou?rs? (?:in)?to "
            r"(?=black and white|b&w|b/w|gr[ae]yscale|monochrome|sepia)",
            "make it ",
        ),
        # "tune the volume down a bit": turn it
        (
            r"(?:tune|dial|knock|take) (?=(?:it|the (?:volume|audio|sound|music))(?: of (?:the|this|my) "
            r"(?:[a-z]+ )?(?:video|clip))? (?:down|up)\b)",
            "turn ",
        ),
        # "1.5 times as loud": louder by that factor
        (
            r"(\d+(?:\.\d+)?) ?(?:times|x) as loud(?: as (?:before|now|it is|the original))?",
            r"\1 times louder",
        ),
        # "cut away the 90-pixel black bars on the left and right": that many pixels off them
        (
            r"(?:cut|crop|remove|trim|chop)(?: away| off| out)? the (\d+) ?(?:px|pixels?) "
            r"(?:(?:black|wide|thick|dark) )*(?:bars?|borders?|edges?|strips?) (?:on|at|from) the "
            r"(left and right|right and left|top and bottom|bottom and top|sides)",
            r"crop \1 pixels off the \2",
        ),
        # "a thumbnail from the frame at 0:03": the frame at that time
        (
            r"(screenshot|thumbnail|snapshot|still|image|photo) (?:from|of) the (?:frame|image|"
            r"picture|moment) (?=at )",
            r"\1 ",
        ),
        # "the filesize of the video", "smaller in size": the file's size
        (r"file-?size|size of the file", "file size"),
        (r"(?<=make) the file size of (?:the video|it) smaller", " the file smaller"),
        # "25 --> 12", "25 -> 12": from one value to another
        (r"(\d+(?:\.\d+)?) ?(?:-+>|→|=>) ?(?=\d)", r"from \1 to "),
        (r"(?<=frame rate) \(?fps\)?(?= |$)", ""),
        # a fact said on the way ("from 1080p to 720p", "from 60 fps to 30 fps")
        (
            r"from (?:\d{3,4}p|\d{3,5} ?x ?\d{3,5}|\d+(?:\.\d+)? ?fps|hd|4k) to (?=\d|hd|sd|4k)",
            "to ",
        ),
        # the unit said once, after both ("from 60 to 30 fps", "the frame rate from 60 to 30")
        (r"from \d+(?:\.\d+)? to (?=\d+(?:\.\d+)? ?(?:fps|frames? (?:per|a) second)\b)", "to "),
        (
            r"(?:(?<=frame rate)|(?<=framerate)|(?<=the fps)) from \d+(?:\.\d+)?(?: ?fps)? to (?=\d)",
            " to ",
        ),
        (r"extract (?=(?:the )?(?:first|last) \d)", "keep "),
        (
            r"(?:so (?:that )?it fits|to fit)(?: (?:in|into|under|within))? (?:the )?(?:[a-z]+ )?"
            r"(\d+(?:\.\d+)? ?mb)(?: (?:limit|cap|max(?:imum)?))?"
            # ("… the 50mb limit for attachments": whose limit it is)
            r"(?: (?:on|for|of) (?:the |their |its )?(?:file |video |media )?(?:uploads?|"
            r"attachments?|files?|videos?|posts?|messages?))?",
            r"to under \1",
        ),
        (
            r"(?:below|under) (?:the )?(\d+(?:\.\d+)? ?mb)(?: mp4)? (?:limit|cap)"
            r"(?: of (?:the )?[a-z]+(?: api| app)?)?",
            r"under \1",
        ),
        (
            r"(?:get|have|save|export) (?:the video|it) (?:in|as) (?:an? )?\.?(mp4|webm|mov|mkv|gif) format",
            r"convert it to \1",
        ),
        # "cut the video into a 30 second clip": the clip is what is kept (never "into 10
        # second clips": several)
        (r"(?<=cut) (?:the video|it) into (?=an? )", " "),
        (r"^clip (?=(?:from|between) )", "keep "),
        # a clip made of a part is the part kept
        (
            r"(?:cut|make|create|extract|grab|take|get|save|export) an? (?:(?:short|small|new|"
            r"quick|little) )?(?:(?:preview|sample|teaser|highlight) )?"
            r"(?:clip|excerpt|snippet|video|preview|sample|teaser)"
            r"(?: (?:of|from|out of) (?:the video|it))?(?= from| between)",
            "keep",
        ),
        (
            r"(?:make|create|export|generate|produce|render|output|save|get|cut) (?:an? )?"
            r"(?:animated )?gif(?: (?:of|from|out of) (?:the video|it))?",
            "make a gif",
        ),
        (r"(?<![.\w])jpeg(?![.\w])", "jpg"),
        (
            r"(?:take|grab|make|capture|get|save|export) an? (jpg|png) (snapshot|screenshot|still|"
            r"thumbnail|frame|image|picture) (at \S+)(?: (?:from|of) the video)?",
            r"take a \2 \3 as a \1",
        ),
        (
            r"(?:take|grab|make|capture|get|save|export) an? (jpg|png) (snapshot|screenshot|still|"
            r"thumbnail|frame|image|picture)(?: (?:from|of) the video)?",
            r"take a \2 as a \1",
        ),
        (
            r"speed (?:it |the video )?up (?:the video )?"
            r"(?=(?:twice|\d+(?:\.\d+)? ?x|\d+ times) as fast)",
            "make it ",
        ),
        (r"(part|bit|section|segment|portion) at (?=\S+ (?:to|till|until|-) )", r"\1 from "),
        (
            r"extract (?:an? |the )?(mp3|wav|m4a|flac|opus|aac)(?: file| audio)?"
            r"(?: from (?:the video|it))?",
            r"extract the audio as \1",
        ),
        (
            r"(?:add )?an? fade[ -]?out(?: effect)? (?:for|to|on) the (audio|sound)",
            r"fade the \1 out",
        ),
        (r"(?<=fade the (?:audio|sound) out) at the (?:very )?end(?: of the video)?", ""),
        (r"(?<=fade out the (?:audio|sound)) at the (?:very )?end(?: of the video)?", ""),
        (
            r"(?:an? )?(?:simple|quick|little|nice|short|very short|automatic|soft|gentle) (?=fade|cross ?fade|transition)",
            "a ",
        ),
        # a part by what it shows: "cut out the OP from 0:15 to 0:35"
        (
            r"(?:the )?(?:op|ed|intro|outro|ads?|advert|advertisement|commercial|credits|opening|"
            r"ending|segment|piece|scene|clip) (?=from \S+ (?:to|until|till|-)|between )",
            "the part ",
        ),
        # "get the size of it down": the file made smaller (never asked about)
        (
            r"(?:get|bring|push|knock|keep) (?:the |its )?(?:file )?size (?:of [^,;:]*? )?down"
            r"(?: further| more| even more| a bit| a lot| some)?",
            "make the file smaller",
        ),
        # questions asked as commands
        (
            r"(?:get|return|grab|tell me|show me|find out|print|give me|report|check) the "
            r"(?=duration|length|frame ?rate|fps|resolution|dimensions|size)",
            "what is the ",
        ),
        (
            r"check (?:if|whether) (?:the video|it) has (?:an? |any )?(?:audio|sound)",
            "is there audio",
        ),
        # ("reduce the size of the video considerably": by much)
        (
            r"reduce (?:the |its )?(?:file )?size(?: of the video)? (?:considerably|significantly|"
            r"substantially|drastically|dramatically|greatly|massively|a lot|by a lot)",
            "make the file much smaller",
        ),
        (r"reduce (?:the |its )?(?:file )?size(?: of the video)?", "make the file smaller"),
        # subtitle files by kind: "the existing .srt file"
        (
            r"(?<![\w.-])(?:the |an? )?(?:existing |external |separate )?\.?(?:srt|vtt|ass|ssa) "
            r"(?:subtitles?|subs|captions?|file)(?: file)?",
            "the subtitles",
        ),
        (r",? (?:to|and) (?:hard ?-?code|burn) (?:it|them)(?: in)?(?: into the video)?$", ""),
        (
            r"(?:write|render|embed|print|draw|bake|hardcode)(?: in| on)? "
            r"(?=(?:the )?(?:external |hard |srt |vtt )?(?:subtitles?|captions?|subs)\b|"
            r"(?:the )?[\w-]+\.(?:srt|vtt|ass|ssa)\b)",
            "burn in ",
        ),
        (
            r"(?<=the )(?:external|hard|srt|vtt) (?=subtitles?|captions?|subs|[\w-]+\.(?:srt|vtt))",
            "",
        ),
        # what is said of a file on the way: "the subtitles downloaded from the website"
        (
            r"(?<=the subtitles) (?:downloaded|made|created|exported|generated|written)"
            r"(?: (?:from|by|with|on|in|at) (?:the |a |an |my |our )?[a-z]+)?",
            "",
        ),
        # "lower the original audio": the video's own sound
        (
            r"(lower|raise|reduce|increase|boost|decrease|quiet|turn down|turn up) the original "
            r"(audio|sound)",
            r"\1 the \2",
        ),
        (
            r"make the original (audio|sound)(?= (?:a (?:bit|little|lot) |much |slightly )?"
            r"(?:quieter|louder|softer)\b)",
            r"make the \1",
        ),
        # "fade in the video": the video faded in ("in the video" is no place here)
        (
            r"fade (in|out) (?:it|(?:the|this) (?:video|clip|footage|movie))(?= (?:over|for|at|during|in)\b)",
            r"fade \1",
        ),
        (
            r"fade (?:it|(?:the|this) (?:video|clip|footage|movie)) (in|out)(?= (?:over|for|at|during|in)\b)",
            r"fade \1",
        ),
        (r"fade in (it|(?:the|this) (?:video|clip|footage|movie|picture))", r"fade \1 in"),
        # "fade out in the last 5 seconds": over them
        (
            r"(fade (?:(?:the )?(?:audio|sound|music) )?(?:in|out)(?: the (?:audio|sound|music))?)"
            r" (?:in|within) the (first|last|final|opening)(?= \d)",
            r"\1 over the \2",
        ),
        # "a 1080x1080 square": that size (a square said again)
        (r"(?:an? )?(\d{2,5}) ?x ?\1 square", r"\1x\1"),
        # "16x9", "4 x 3 video": a shape, said with an x (never a grid: "a 3x2 grid")
        (
            r"(16|9|4|3|21) ?x ?(9|16|3|4)(?= (?:format|aspect|ratio|video|footage|clip|widescreen|"
            r"frame|picture|sub-image|image|screen|by|for|to|so|without|instead|and then)\b|$|[,.;:)])",
            r"\1:\2",
        ),
        # "center the video onto a 1920x1080 canvas": pad it to that size
        (
            r"(?:center|centre|place|put) (the video|it) (?:on|onto|in|into|in the (?:middle|centre"
            r"|center) of) an? (?=\d{2,5}x\d{2,5} (?:canvas|frame|background)\b)",
            r"pad \1 to ",
        ),
        (r"(?<=pad the video to )(\d{2,5}x\d{2,5}) (?:canvas|frame)", r"\1"),
        (r"(?<=pad it to )(\d{2,5}x\d{2,5}) (?:canvas|frame)", r"\1"),
        # "keep the picture of the video with the sound of b.mp4": the sound replaced by it
        (
            r"keep (?:the )?(?:picture|video|images?|visuals?)(?: of (?:the video|it))? (?:with|and "
            r"use|but with|and take) the (?:sound|audio) (?:of|from) (?=[\w-]+\.\w)",
            "replace the audio with ",
        ),
        # "level out the volume", "levelize the sound": the loudness evened out
        (
            r"(?:levell?i[sz]e|level(?:l?ed)? out|levell?ing out|level off) (?:the )?(?:audio |sound )?"
            r"(?:volume|sound|audio|loudness|levels?)",
            "normalize the audio",
        ),
        # "output an mp3 version of the interview": that version, exported
        (
            r"output (?=an? (?:mp3|wav|m4a|aac|flac|ogg|opus|mp4|webm|mov|mkv|gif) version\b)",
            "export ",
        ),
        # "do a horizontal flip of the clip", "perform a crop of it": the edit, said as a noun
        (
            r"(?:do|perform|apply|make) an? (horizontal|vertical) (?:flip|mirror)(?:ping)? (?:of|on|to) "
            r"(it|the [\w-]+)",
            r"flip \2 \1ly",
        ),
        # "make the video fit under 40MB", "resize it to fit within Mastodon's 8MB limit", "make
        # it fit my server's maximum media size of 40MB": a file of that size at most
        (
            r"(?<!\bto )(?:(?:make|get|resize|shrink|downsize|bring|squeeze|scale) (?P<obj>it|the (?:[\w-]+ "
            r"){0,2}?(?:video|clip|file|recording|movie|footage|capture))(?: down)?(?: to)? fit "
            r"|fit (?P<obj2>it|the (?:[\w-]+ ){0,2}?(?:video|clip|file|recording|movie|footage|"
            r"capture)) )"
            r"(?:in |into |under |below |within |inside )?(?:under |below )?"
            r"(?:(?:an?|the|my|our|their|[\w-]+'s) )?(?:[\w'-]+ ){0,2}?"
            r"(?:(?:maximum|max) )?(?:(?:file|media|upload|video|attachment) )?(?:size )?"
            r"(?:(?:limit|cap) )?(?:of )?(?P<n>\d+(?:\.\d+)?) ?(?:mb|megabytes?)(?: (?:the )?(?:video |"
            r"file |upload |media |attachment )?(?:size )?(?:limit|cap|maximum|max))?"
            # ("… the 500mb limit on file uploads": whose limit it is)
            r"(?: (?:on|for|of) (?:the |their |its )?(?:file |video |media )?(?:uploads?|"
            r"attachments?|files?|videos?|posts?|messages?))?",
            lambda m: f"compress {m['obj'] or m['obj2']} to under {m['n']}mb",
        ),
        # "resize the clip to under 10MB", "make it 8MB": a size in megabytes is the file's
        (
            r"(?<!\bto )(?:resize|downsize|make|get|reduce|shrink) (?P<obj>it|the (?:[\w-]+ ){0,2}?(?:video|clip|file|gif|"
            r"recording|movie|footage|capture))(?: down)? (?:to )?(?P<under>(?:under|below|less than|"
            r"at most|about|around|only|just) )?(?P<n>\d+(?:\.\d+)?) ?(?:mb|megabytes?)",
            r"compress \g<obj> to \g<under>\g<n>mb",
        ),
        # "compress it to a target file size of 8MB": to that size
        (r"(?<=\bto) an? (?:target|maximum|max) (?:file |video )?size of (?=\d)", " "),
        # "crop the top and bottom to get 21:9", "cut away the bottom and top of the 16:9 video
        # to fit a 21:9 aspect ratio": the shape, reached by cropping
        (
            r"(?:crop|cut(?: away| off)?|chop(?: off)?|trim(?: off)?|remove|take off) (?:symmetrically )?"
            r"(?:the )?(?:top and (?:the )?bottom|bottom and (?:the )?top|left and (?:the )?right|"
            r"right and (?:the )?left|sides|edges)(?: (?:parts|edges|bars))?(?: of (?P<obj>it|the "
            r"(?:[\w:-]+ ){0,2}?(?:video|clip|footage|movie|recording|picture)))? (?:symmetrically )?"
            r"(?:to|so (?:that )?it (?:fits|is|becomes)) (?:(?:get|fit|make it|match|reach|have|"
            r"become|fill|end up with) )?(?:an? |the )?(?P<r>\d{1,2}:\d{1,2})"
            r"(?: (?:aspect )?ratio| format| aspect)?",
            lambda m: f"crop {m['obj'] or 'it'} to {m['r']}",
        ),
        # "keep the clip between the timestamps 22:03 - 23:00", "from the minute 1 to the minute
        # 2": the times, named
        (
            r"(?<=\bbetween )(?:the )?(?:timestamps?|time ?stamps?|time ?codes?|times|marks|points)"
            r"(?= (?:of )?\d)",
            "",
        ),
        (
            r"\b(?:the|timestamps?|timecodes?) (?=\d{1,2}:\d{2}(?::\d{2})? ?(?:-|to|and|until)\b)",
            "",
        ),
        (
            r"(?:(?<=\bfrom )|(?<=\bto )|(?<=\band )|(?<=\buntil ))the (?=\d+(?:\.\d+)? ?(?:mins?|"
            r"minutes?|h|hours?|s|secs?|seconds?)\b)",
            "",
        ),
        # "extract a portion of the longer video, for example from 0:17 to 0:18": that part
        (
            r"(?:an? |the )?(?:(?:specific|certain|particular|short|small|given) )?(?:part|portion|"
            r"section|segment|bit|piece|excerpt|snippet|chunk) of (?:the|this|my|a) (?:[\w-]+ )?"
            r"(?:video|clip|vod|recording|movie|footage|stream|file|episode),? (?:(?:for example|"
            r"for instance|e\.?g\.?|say|like|namely|specifically),? )?(?=(?:from|between) \d)",
            "",
        ),
        # "play back the video slower", "play it back at half speed": played so
        (r"play back(?= (?:it|the|this|my)\b)|play it(?= (?:the|this|my) )", "play"),
        (r"play (it|the [\w-]+) back(?= (?:slower|faster|at|in|more|less)\b)", r"play \1"),
        # "make it a silent screen recording": silent
        (
            r"make ("
            + _THING
            + r") an? silent (?:[\w-]+ ){0,2}?(?:video|clip|recording|movie|version|one|copy)",
            r"make \1 silent",
        ),
        # "make the recording not include the audio", "make the talk without background noise"
        (
            r"make "
            + _THING
            + r" (?:not (?:include|contain|have)|without) (?:the |any |its )?(?:audio|sound)"
            r"(?: track)?(?: content)?",
            "remove the audio",
        ),
        (
            r"make "
            + _THING
            + r" without (?:the |any |its )?(?:background noise|noise|hiss|hum|buzz)",
            "remove the background noise",
        ),
        # "take the noises out of the voice": the noise in the sound, removed
        (
            r"take (?:the |all the |any )?(?:noises?|hiss|hum|buzz|background noises?) out of",
            "remove the background noise from",
        ),
        (r"the noises? around (?:me|us|the camera|the mic|the microphone)", "the background noise"),
        # "triple the volume": three times as loud
        (
            r"triple (?=the (?:volume|loudness|audio level)\b)",
            "make the volume three times as loud ",
        ),
        (
            r"quadruple (?=the (?:volume|loudness|audio level)\b)",
            "make the volume four times as loud ",
        ),
        (r"(?<=times as loud )the (?:volume|loudness|audio level)", ""),
        # "exchange the audio track for …": swapped
        (r"exchange (?=the (?:audio|sound|soundtrack)\b)", "swap "),
        (
            r"swap the (?:audio|sound|soundtrack)(?: track)?(?: of (?:the video|it))? for",
            "replace the audio with",
        ),
        # "output just the first 10 seconds": that part, kept
        (
            r"(?:output|export|render|give me) (?:just |only )?(?=the (?:first|last|final|opening) \d)",
            "keep only ",
        ),
        # "crop the center of the video to 480x360": that size, from there
        (
            r"crop the (?:cent(?:er|re)|middle) of " + _THING + r" to (\d{2,5}x\d{2,5})",
            r"crop \1 from the center",
        ),
        # "compress it into a smaller version", "make the video a smaller file"
        (
            r"(?<=compress )(" + _THING + r") (?:in)?to an? smaller (?:version|file|size|one|copy)",
            r"\1",
        ),
        (
            r"make " + _THING + r" an? smaller file",
            "make the file smaller",
        ),
        # "a thumbnail from the first frame": at its start
        (
            r"(?:(?<=thumbnail)|(?<=screenshot)|(?<=snapshot)) (?:from|of|at|on) the (?:very )?first "
            r"frame(?: of "
            r"(?:the video|it))?",
            " at 0:00",
        ),
        (
            r"(?:(?<=still)|(?<=image)) (?:from|of|at|on) the (?:very )?first frame(?: of (?:the "
            r"video|it))?",
            " at 0:00",
        ),
        # "convert the video from raw h264 to mp4": what it is, then what it should be
        (
            r"(convert|change|turn|remux|transcode) ("
            + _THING
            + r") from (?:raw |an? )?(?:"
            + CODECS
            + r"|mpeg-?[24]"
            r"|mjpeg|\.?(?:mov|mkv|avi|webm|ts|flv|wmv|3gp|mts|m2ts))(?: (?:file|format|stream|"
            r"video|codec))? to",
            r"\1 \2 to",
        ),
        # "rescale both width and height of the video": the picture, each side
        (r"(?<= )(?:both )?(?:the )?width and (?:the )?height of (?=the |it\b|my )", ""),
        # "the screen recording's audio": its sound; "the audio inside the video": of it
        (r"(?<=the (?:audio|sound)) inside (?=the |my |this )", " of "),
        # "show multiple frames in the video thumbnail": a sheet of frames
        (
            r"(?:show|put|make|create|generate|have) (?:multiple|several|many|a few|more) frames "
            r"(?:in|into|as|on) (?:the |a |one |1 |a single )?(?:video )?(?:preview |thumbnail )?"
            r"(?:thumbnail|image|picture|preview)",
            "make a contact sheet",
        ),
        # "sequential screencaps of it in one picture", "put screenshots of the video on a single
        # image": a sheet of frames
        (
            r"(?:(?:show|put|make|create|generate|take|get|want|give me) )?(?:sequential |several |"
            r"multiple |many |some |a few |a series of |a bunch of )?(?:screen ?caps|screen ?shots|"
            r"snapshots|thumbnails|stills|captures)(?: of (?:it|the video|the whole video))? "
            r"(?:in|into|on|as) (?:one|1|a single) (?:picture|image|page|sheet|file|jpe?g|png)\b",
            "make a contact sheet",
        ),
        # "filter the drone noise out of the audio": the noise in the sound, removed
        (
            r"(?:filter|take|get|strip|clean|cut) (?:the |all the |any )?(?!video |image |picture )"
            rf"(?:(?!{UNSTEADY_SOUNDS}\b)[\w-]+ )?(?:noises?|hiss|hum|buzz) (?:out|away)"
            r"(?= (?:of|from)\b)",
            "remove the background noise",
        ),
        (r"(?<=remove the background noise) out of", " from"),
        # "fix the shaky cam of my video": steadied
        (
            r"(?:fix|correct|reduce|remove|get rid of) (?:the )?(?:shaky|shaking|wobbly|jittery|"
            r"jerky) (?:cam(?:era)?|footage|picture|image|camera work|camerawork)(?: (?:of|in) "
            r"(?=the |my |this |it\b))?",
            "stabilize ",
        ),
        # "improve the focus of the video": sharpened
        (
            r"(?:improve|fix|correct|enhance|sharpen) the focus(?: (?:of|in) (?=the |my |this |it\b))?",
            "sharpen ",
        ),
        # "compress the video quality": a smaller file
        (r"compress the (?:video |picture |image )?quality", "compress the video"),
        # "choose the middle frame of the video as its thumbnail": a still from there
        (
            r"(?:choose|use|pick|take|set|select|make) the (middle|first|last|final) frame(?: of "
            r"(?:the video|it))? (?:as|for|to be) (?:its|the|a|my) (?:thumbnail|poster(?: frame)?|"
            r"cover(?: image)?|preview image)",
            lambda m: (
                "make a thumbnail from the middle of the video"
                if m[1] == "middle"
                else f"make a thumbnail from the {m[1]} frame"
            ),
        ),
        # "stabilize it with software stabilization": the edit, said again as how
        (
            r"(?<=stabilize )(it|the video) (?:with|using|by) (?:software|digital|electronic|post|"
            r"post-production) stabili[sz]ation",
            r"\1",
        ),
        # "ensure the audio has consistent volume properties": even loudness
        (
            r"(?:ensure|make sure) (?:that )?the (?:audio|sound)(?: of (?:the video|it))? has "
            r"(?:a )?(?:consistent|even|steady|uniform|constant|stable) (?:volume|loudness|level)s?"
            r"(?: properties)?",
            "normalize the audio",
        ),
        # "make the picture brighter overall": the video's picture, all of it
        (
            r"make the (?:picture|image) (?=(?:a (?:bit|little|lot) |much |slightly |way )?(?:brighter|"
            r"darker|sharper|warmer|cooler|clearer|lighter|more|less)\b)",
            "make it ",
        ),
        (
            r"\b(brighter|darker|sharper|warmer|cooler|clearer|lighter|louder|quieter) "
            r"(?:overall|all over|throughout|everywhere)\b",
            r"\1",
        ),
        # "stabilize the footage in post": afterwards, as promptcut does every edit
        (r"\s(?:in|during) post(?:-production| production|processing|-processing)?(?=$|[ ,])", ""),
        (r"\b(?:digitally|electronically|in software) (?=stabili[sz]e|sharpen|denoise)", ""),
        # "block out the background noises", "take the wind rumble out of the sound"
        (r"block out (?=the (?:[\w-]+ )?(?:noises?|hiss|hum|buzz|rumble)\b)", "remove "),
        # ("remove the breathing noises": sounds that come and go, which no denoiser of steady
        # noise takes out, are left as said)
        (rf"(?<=remove )the (?:(?!{UNSTEADY_SOUNDS}\b)[\w-]+ )?noises\b", "the background noise"),
        (
            rf"take (?:the |all the |any )?(?:(?!{UNSTEADY_SOUNDS}\b)[\w-]+ )?(?:wind |low )?"
            r"(?:rumble|wind noise|noise) out of",
            "remove the background noise from",
        ),
        # "add a noise gate to the recording": the quiet noise between words, removed
        (
            r"(?:add|apply|use|put) an? noise gate(?: (?:to|on) (?=the |it\b|my ))?",
            "remove the background noise ",
        ),
        # "cut the 5 seconds of extra video off the end": the last 5 seconds
        (
            r"(cut|trim|chop|take|remove) (?:the )?(\d+(?:\.\d+)? ?(?:s|secs?|seconds?|mins?|minutes?)) "
            r"(?:of [\w ]{1,30}? )?off the (end|start|beginning)(?: of (?:the|my) (?:[\w-]+ ){0,2}?"
            r"(?:video|replay|clip|recording|footage))?",
            lambda m: f"{m[1]} the {'last' if m[3] == 'end' else 'first'} {m[2]}",
        ),
        # "bring the recording down to 720p@30": scaled down, at that rate
        # ("720p/30fps", "720p 30fps": a size and a rate, both asked)
        (
            r"(\d{3,4}p) ?(?:@|/| ) ?(\d{2,3}(?:\.\d+)?) ?fps\b"
            r"|(\d{3,4}p) ?@ ?(\d{2,3}(?:\.\d+)?)\b",
            lambda m: f"{m[1] or m[3]} at {m[2] or m[4]} fps",
        ),
        (r"bring (it|the [\w-]+(?: [\w-]+)?) down to (?=\d{3,4}p\b)", r"scale \1 down to "),
        # "give the intro video open captions": subtitles burned into the picture
        (
            r"(?:give|add|put) (?:(?:it|the (?:[\w-]+ ){0,2}?(?:video|clip|recording)) )?open "
            r"captions(?: (?:to|on) (?:it|the video))?",
            "burn in the subtitles",
        ),
        # "replace the gif with an mp4": the same video, in that format
        (
            r"replace (?:the|this|my) (?:gif|video|clip|animation) with an? (?=(?:mp4|webm|mov|mkv|"
            r"gif)\b)",
            "convert it to ",
        ),
        # "symmetrically cut away the top and bottom": evenly, as a crop is
        (r"^symmetrically (?=crop|cut|trim|chop)|(?<=\w) symmetrically(?= to\b|$)", ""),
        # "export it without the sound", "save it without audio when exporting": the sound gone
        (
            r",? (?:when|while|on|upon|during|at|before) (?:exporting|saving|rendering|export|render)"
            r"(?: (?:it|the video))?$",
            "",
        ),
        (
            r"^(?:export|render|output) (?:it |the video )?without (?:the |any )?(?:audio|sound)$",
            "remove the audio",
        ),
        # "lower the export bitrate": the file's
        (
            r"the (?:[\w-]+'s )?(?:export|exported|output|render|rendered|encoding|encoded) "
            r"(bitrate|bit rate|"
            r"quality|resolution|frame ?rate|fps|file size)",
            r"the \1",
        ),
    )
)

#: "e.g." and friends end no sentence.
ABBREVIATIONS = re.compile(r"\b(e\.g|f\.e|i\.e|etc|approx|vs|ca)\.", re.IGNORECASE)

#: A clause that states something about the media or the person rather than asking for an
#: edit: "it was posted mirrored", "me clicking Stop recording", "it has people talking".
_STATEMENT = re.compile(
    r"^(?:it|this|that|which|the (?:(?!(?:but|and|or|then|so) )[a-z0-9.]+ ){0,3}"
    r"(?!(?:but|and|or|then|so)\b)\.?[a-z][a-z0-9]*|i|we|me|my|there|they|these|those|he|she|"
    r"(?:my|our|their|his|her|its) [a-z]+|(?:at )?\d+(?::\d+)+(?:\.\d+)?|one|the other|both|each|"
    r"neither|either|(?:the )?(?:first|second|other) one)"
    r"(?: (?:usually|always|often|sometimes|never|just|really|already|still|also|mostly|all))?"
    r"(?:'s|'re|'m|'ve|(?:'ll| will) (?:give|pay|wait|send|check|upload|post|share|watch|use|try|"
    r"see|show)| am| is| was| has| had| have| are| were| looks?| seems?|"
    r" seemed| sounds?| got| gets?| came|"
    r" can be| could be| tends? to be| turned out| comes out| find| found| think| thought| feel|"
    r" gave| caused| ruined| introduced| allow| accept| support| limit| require|"
    # ("I record a lot of videos with a clapper": what the person does)
    r" (?:usually |often |always |normally )?(?:record|shoot|film|use|upload|stream)(?= )|"
    r" felt| know| noticed| believe|"
    # ("the stage light blew up", "my phone died": what happened, in a past no edit is said in)
    # (never a fault of the picture or sound, "the camera shook", which is asked about)
    r" blew| broke| fell| died| happened| ran out| went off| overheated|"
    r" clicking| recorded| filmed| shot| took| made| uploaded| posted| displays?| plays?| loads?|"
    r" keeps?| doesn't| does not| don't| didn't| can't| cannot| won't)\b"
    # ("the video and all extracted frames are upside down": two things, said of both)
    r"|^(?:the|my|its|this|our) (?:[a-z0-9.]+ ){0,2}[a-z0-9.]+ and (?:the |all the |all |its |"
    r"my |our )?(?:[a-z0-9.]+ ){0,2}[a-z0-9.]+ (?:are|were|look|looked|sound|sounded|seem|seemed|"
    r"came out|come out|got|get|both|can|could|may|might)\b"
    # "ffmpeg will duplicate frames", "youtube does it this way": what something else does
    r"|^[a-z0-9.]+ (?:will|would|can|could|does|did|doesn't|won't|can't|is|was|has|had) "
    r"(?!be (?:muted|cut|trimmed|removed|rotated|flipped|cropped|reversed|resized)\b)"
    # "phones with high-quality cameras quickly generate giant files", "students with narrow
    # band may want to …": what people or their things do (no instruction starts with them)
    r"|^(?:many |most |some |all |these |those |other |older |newer |modern )?(?:people|users|"
    r"viewers|students|kids|children|customers|clients|folks|visitors|members|friends|"
    r"followers|subscribers|parents|teachers|phones|smartphones|cameras|browsers|devices|"
    r"platforms|players|apps|websites|sites|tvs|monitors|computers|laptops)\b"
    r"(?: (?:with|on|in|from|who|that|using) [^,;]{1,40}?)? (?:[a-z]+ly )?(?:may|might|can|could|"
    r"will|would|should|must|need|want|have|are|were|do|don't|can't|cannot|won't|generate|create|"
    r"produce|make|get|see|hear|use|watch|send|upload|record|play|show|struggle|prefer|expect|"
    r"like|hate|complain)\b"
    # "whatsapp shrinks videos a lot", "discord only allows 10 mb": what a service or an app does
    rf"|^(?:{SERVICE_WORDS}|youtube|instagram|tiktok|imovie|premiere|vlc|quicktime|obs|"
    r"handbrake|audacity|ffmpeg|windows|android|ios|final cut(?: pro| express)?|premiere pro|"
    r"(?:davinci )?resolve|shotcut|kdenlive|openshot|(?:windows )?movie maker|clipchamp|capcut|"
    r"filmora|(?:sony )?vegas(?: pro)?|avidemux|lightworks|camtasia)(?: (?:only|just|also|still|always|"
    r"never|already|usually|often|sometimes|really|[a-z]+ly))? [a-z-]+s\b(?! (?:it|the|off|out|up|"
    r"down)\b)"
    # "my screen burns in bright colours", "the timelapse plays too fast"
    r"|^(?:my|our|the|this|his|her|their) [a-z0-9]+(?: [a-z]+){0,2} "
    r"(?:(?:only|just|also|still|always|never|"
    r"already|usually|often|sometimes|really|now|[a-z]+ly) )?(?!is\b)"
    # (a word after whose it is names a thing, never a verb: "the coughing and my mistakes")
    r"(?<!\bmy )(?<!\bour )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bthis )"
    # (never a part of the video, which is no verb: "the best scenes only")
    r"(?!(?:parts|sections|segments|bits|scenes|clips|pieces|moments|highlights|portions)"
    r"(?:$| only\b))[a-z]+s\b(?! (?:it|the|off|out|up|down)\b)"
    # "my raspberry case only allows the camera to be oriented upside-down": what a thing does
    r"|^(?:my|our|the|this|his|her|their) [a-z]+(?: [a-z]+)? (?:(?:only|just|also|still|always|"
    r"never|already|usually|often|sometimes|really) )?(?:allows|lets|forces|requires|supports|"
    r"records|shoots|captures|saves|stores|produces|outputs|creates|generates)\b"
    # "it just abruptly stops", "which ruins the looping effect": no instruction starts with
    # its subject
    r"|^(?:it|which|that|this|everything|something|nothing) (?:(?:only|just|also|still|always|"
    r"never|already|usually|often|sometimes|really|then|[a-z]+ly) ){0,2}"
    r"(?!is\b|was\b|has\b|does\b|this\b|thus\b|plus\b|us\b)[a-z]{2,}s\b"
    # "the sound of the source file of my lectures is very quiet": what the sound or picture
    # of something is like
    r"|^the (?:audio|sound|voice|picture|image|video|colou?rs?|music|brightness|volume)"
    r"(?: (?:of|in|from) (?:the |my |our |this |his |her |their )?(?:[a-z0-9'-]+ ){0,3}?"
    r"[a-z0-9'-]+){1,2} (?:is|are|was|were|seems?|sounds?|looks?|gets?|becomes?)\b"
    # "it started after the coffee break", "we tried twice": what happened, a pronoun its
    # subject (no instruction starts with one)
    r"|^(?:it|i|we|they|he|she) (?:(?:only|just|also|still|always|never|already|then|first|"
    r"[a-z]+ly) )?(?!need|want|feed|speed|embed|shed|bed|red)[a-z]{2,}ed\b"
    # "the 2 hour video now goes up to 800mb": how big or long it comes out
    r"|^(?:my|our|the|this|his|her|their|it) (?:[a-z0-9]+ ){0,3}?(?:now |still |only |usually )?"
    r"(?:goes up to|comes (?:out )?(?:to|at)|ends up (?:at|being)|weighs|takes up)\b"
    # "larger than I want": how it is, said against what the person wants
    r"|^(?:much |way |a lot |far |a bit |even |still )?[a-z]+er than (?:i|we|you|it|they) "
    r"(?:want|wanted|need|needed|like|expected|hoped|thought|would like|'d like)\b"
    # "transcoding only took it from 3.1 GB to 2.8 GB": what doing something did
    # ("filling the screen causes its top and bottom to be cut off")
    r"|^[a-z]+ing(?: [a-z'-]+){0,3} (?:(?:only|just|also|already|still|always) )?(?:took|takes|"
    r"made|makes|gave|gives|left|leaves|brought|got|causes|caused|leads|led|results|resulted|"
    r"means|meant|did|didn't|does|doesn't)\b"
    # "one tv station is at a lower volume", "a friend's phone has …": a thing, then what it is
    r"|^(?:one|some|an?|another|each|every) (?:[a-z0-9'-]+ ){1,3}(?:is|was|are|were|has|had|"
    r"looks|seems|sounds|plays|gets|got|made|makes|did|does|gave|gives)\b"
    # "the road surface makes the footage shake": what causes what is wrong
    r"|^(?:the|my|our|this|his|her|their) (?:[a-z]+ ){1,2}(?:makes|made|causes|caused|lets|let) "
    r"(?:it|the (?:video|footage|picture|image|camera|sound|audio)) [a-z]+"
    # "(I remove them manually now)": what the person does now, to it
    r"|^(?:i|we) (?!(?:want|need|would|like|wish|have|must|should|will|wanna|gotta|hope|"
    r"plan|try|intend)\b)[a-z]+ (?:it|them|this|that|these|those)(?: (?:all|manually|by hand|"
    r"myself|ourselves|now|today|every time|each time|usually|always))*$"
    # "I know I won't be able to get it super bright": what the person knows or thinks (what
    # they think should be done is an instruction, read as one)
    r"|^(?:i|we) (?:know|think|guess|understand|reali[sz]e|believe|suppose|assume|expect|fear|"
    r"doubt|feel|noticed|notice|see|saw)\b(?!.*\b(?:should|must|needs?|has to|have to|had better|"
    r"want|wants|wish|prefer|better|please|would like|'d like|would be (?:nice|great|good|better))"
    r"\b)"
    # "I don't mind if it's grainy": what the person puts up with
    r"|^(?:i|we) (?:do not|don't|dont|really don't|wouldn't|would not) (?:mind|care)\b"
    # "I regularly shoot in high-contrast scenes": what the person does (wants are read apart)
    r"|^(?:i|we) (?:(?:usually|always|often|sometimes|never|regularly|mostly|normally|typically|"
    r"just|also|still|only|rarely|generally|currently|now) )+[a-z]+\b"
    # "normalising would make it easier to hear": what doing it would do
    r"|^[a-z]+ing(?: it| them)? (?:would|will|could|should|might|may|makes?|made|helps?|is|was|"
    r"seemed|seems|did|does|caused|causes|turned|turns|gave|gives)\b"
    # "I left one scene running too long", "we shot it at night"
    r"|^(?:i|we|my [a-z]+|our [a-z]+) (?:[a-z]+ed|left|made|took|shot|got|had|did|forgot|kept|"
    r"ran|saw|found|began|wrote|sent|bought|held|lost|set up|brought|caught|chose|drove|flew|"
    r"gave|knew|led|meant|paid|rode|sang|sat|sold|spent|stood|swam|taught|told|thought|wore|won)\b"
    # "Discord lowered the max upload size to 10MB": what someone else did
    r"|^(?!(?:video|audio|sound|speed|volume|it|clip|picture|image|file|music|text|title|"
    r"colou?r|brightness|contrast|frame|size|resolution|length)\b)[a-z]+ "
    r"(?:lowered|raised|changed|limited|capped|reduced|increased|dropped|decided|introduced)\b"
    # "some video players cannot play it": what others do with it
    r"|^(?:not )?(?:some|many|most|all|every|other|older|certain|a lot of|lots of) [a-z]+(?: [a-z]+)? "
    r"(?:can't|cannot|can not|won't|don't|do not|doesn't|can|will|do|play|support|show|need|want|"
    r"have|has|are|get|look|sound)\b"
    # "(they have special positioning and) don't work if I upload them": what it does not do
    r"|^(?:do not|don't|does not|doesn't|did not|didn't|can't|cannot|won't|will not|isn't|"
    r"aren't|wasn't|weren't) (?:work|play|load|open|show|display|support|look|sound|seem|fit|"
    r"sync|match|appear|run|stay|exist|render|upload|stream|decode)s?\b"
    r"|^(?:to|so|for|like|e\.?g\.?|ie|as|because|since|when|while|before|after) "
    r"|^[a-z-]+ing$"
    r"|^(?!(?:make|cut|trim|add|remove|put|set|turn|crop|mute|keep)\b)[^,;]* (?:is|was|are|were) "
)
_FORMAT_WORDS = (
    r"(?:mp4|m4v|mov|mkv|webm|avi|m2ts|3gp|3g2|vob|asf|mpg|f4v|ts|mts|flv|wmv|gif|mp3|wav|m4a|aac|"
    r"flac|ogg|opus|png|jpe?g|webp|"
    r"srt|vtt|ass|h\.?264|h\.?265|hevc|avc|vp[89]|av1|x26[45]|prores|dnxhd|pcm|ac3|eac3|dts|"
    r"mpeg-?[24]?|quicktime|matroska|dolby ?vision|hdr|sdr)"
)
#: An aside that only says what a file is: "(png)", "(mp4, with aac encoded audio)".
FORMAT_ASIDE = re.compile(
    rf"(?:(?:an? |the |with |and |in |encoded |format |file |audio |video |container |codec |, ?|/|\+ ?| )*"
    rf"\.?{_FORMAT_WORDS}\b)+(?: (?:encoded|audio|video|format|file|container|codec|streams?))*"
    # "(video codec from MPEG-4 to H.264)": to what promptcut writes anyway
    rf"|(?:the )?(?:video )?codec (?:from \.?{_FORMAT_WORDS} )?to (?:h\.?264|avc|x264)"
)

#: "… in .mp4 format instead of .webm": the format it should not be (the one it is, often);
#: "as a GIF instead of a full blown video": a moving picture with sound, any format of one;
#: "a GIF instead of a static screenshot": a moving picture, never a still one.
INSTEAD_OF_FORMAT = re.compile(
    rf",? (?:(?:and|but) )?(?:instead of|rather than|not(?: as)?|and not(?: as)?) (?:an? |the )?"
    rf"(?:\.?(?P<fmt>{_FORMAT_WORDS})(?: (?:file|format|container|video|one))?|(?:full[- ]blown |"
    r"regular |normal |proper |plain |real |whole |ordinary )?(?:video|movie)(?: file)?"
    r"|(?P<still>(?:static |still |single |boring )?(?:screen ?shot|screen ?cap|still(?: image| frame"
    r"| picture)?|picture|image|photo|snapshot)))$"
)

#: What people say is wrong with a video, and an edit that would fix it: offered when a request
#: only says what is wrong ("the audio is too quiet"), and done for "…, fix it" when it is the
#: one sure fix (`sure`: no direction or amount in it is a guess).
#: "darker than the original": than what it was, or should be.
#: "rotated 90 degrees to the left", "turned 90° counterclockwise": a quarter turn, which way.
_TURNED = r"(?:rotated|turned) (?:by )?90(?: ?°| degrees?)? "
#: After "loud": a noise it says how loud is ("a loud hum"), never the sound too loud.
_OF_A_NOISE = (
    r"(?! (?:hum|humming|buzz\w*|hiss\w*|noises?|wind|static|crackl\w*|whine|whining|rumble|"
    r"rumbling|clicks?|pops?|echo)\b)"
)
_THAN = (
    r" (?:the |it )?(?:original|source|input|camera|recording|before|it was|it should be|"
    r"expected|it looks in the player|the original video|in the original)"
)
#: Turned by so many degrees, said of how it came out: "it came out rotated 90 degrees".
_CAME_OUT_TURNED = (
    r"(?:is|was|are|were|came out|comes out|got|gets|ended up) (?:rotated|turned) (?:by )?"
)
#: Turned a quarter, said without which way: "it came out rotated 90 degrees".
_QUARTER_TURNED = (
    _CAME_OUT_TURNED
    + r"(?:90|270)(?!(?: ?degrees| ?°)? (?:to |towards )?(?:the )?(?:left|right|clockwise|"
    r"counter-?clockwise|anti-?clockwise|cw|ccw)\b)(?: ?degrees| ?°)?"
)
COMPLAINTS: tuple[tuple[re.Pattern[str], str, bool], ...] = tuple(
    (re.compile(rf"\b(?:{words})\b"), fix, sure)
    for words, fix, sure in (
        (
            "quiet|inaudible|faint|hard to hear|low volume|(?:volume|audio|sound|voice|(?:audio |"
            "sound |volume |recording )?level) is (?:(?:far |much |way )?too |very |so |really |"
            "extremely |way )?"
            # (never "the audio is low quality": how it sounds, not how loud)
            "(?:low|soft)(?! (?:quality|res|resolution|bit ?rate|fidelity|pitch))|quieter than"
            + _THAN,
            "make the audio louder",
            True,
        ),
        (
            # (never "a loud hum": how loud a noise is, the noise the fault)
            rf"(?:loud|deafening|blaring){_OF_A_NOISE}|louder than" + _THAN,
            "make the audio quieter",
            True,
        ),
        ("dark|underexposed|dim|darker than" + _THAN, "make it brighter", True),
        ("bright|overexposed|brighter than" + _THAN, "make it darker", True),
        # (blown out: the highlights clipped to white, which darker only turns grey)
        ("blown[ -]out", "make it darker", False),
        (
            "shaky|shakey|shaking|shakes?|jittery|jitter|wobbly|wobbles?|vibrations?|vibrating|"
            # (what bounces in the picture, "the ball is bouncing", is no fault)
            "(?:video|footage|picture|image|camera|shot|clip|it)(?: is| was| keeps| kept)? "
            "(?:bouncy|bouncing|bounces)|bounciness",
            "stabilize it",
            True,
        ),
        (
            "noisy|hiss|hissing|hum|humming|buzz|buzzing|static|crackl(?:e|es|ing)|"
            "(?:(?:background|wind|ambient|fan|room|road|traffic|street|external|outside|outdoor|"
            "environmental|surrounding|neighbou?rhood) )+noises?|"
            # ("noises are bleeding into my audio": in the sound, where they do not belong)
            "noises? (?:is |are |keeps? |kept )?(?:bleeding|bled|leaking|leaked|getting|got|coming|"
            "came|creeping|crept) into (?:the |my |our )?(?:audio|sound|recording|mic|microphone)",
            "remove the background noise",
            True,
        ),
        ("grainy|noisy picture", "denoise it", True),
        ("blurry|soft focus|out of focus", "sharpen it", True),
        ("long|too long|lengthy", "trim it from 0:05 to 0:30", False),
        # "the first 10 seconds are useless": a part not wanted, which cutting (or any edit
        # that makes it shorter) puts right
        (
            "(?:seconds?|secs?|minutes?|mins?|intro|outro|end|ending|beginning|start|parts?|"
            "sections?|segments?|bits?|scenes?|rest) (?:is|are|was|were|'s|'re) (?:just |really |"
            "totally |completely |kind of |pretty |so |very |a bit )?(?:useless|boring|unnecessary|"
            "not needed|unneeded|pointless|wasted|rubbish|junk|garbage|dead air)",
            "remove the first 10 seconds to make it shorter",
            True,
        ),
        # "it eats up the whole screen": the picture too big, which a smaller file is not
        (
            "(?:eats|takes|fills|uses) up (?:the |my |your )?(?:whole|entire|full) (?:screen|page|"
            "display|monitor)|too (?:big|large|wide|tall) (?:on|for) (?:the |my |a )?(?:screen|page|"
            "display|monitor)",
            "scale it down to 720p",
            True,
        ),
        ("slow|sluggish", "speed it up 2x", False),
        ("fast|too quick", "slow it down 2x", False),
        ("upside[- ]down|flipped over", "rotate it 180 degrees", True),
        # "it came out rotated 90 degrees": turned a quarter, which way not said (both fixes
        # shown, never one guessed); "rotated 180 degrees" is upside down
        (_QUARTER_TURNED, "rotate it 90 degrees clockwise", True),
        (_QUARTER_TURNED, "rotate it 90 degrees counterclockwise", True),
        (_CAME_OUT_TURNED + r"180(?: ?degrees| ?°)?", "rotate it 180 degrees", True),
        # "it plays backwards": reversed, which playing it backwards again puts right (never
        # "the picture is reversed": mirrored, or turned, which is asked)
        (
            "(?:plays|playing|played|runs|running|ran|goes|going|went) (?:backwards?|in reverse|"
            "reversed)|(?:is|was|are|were|came out|comes out) (?:backwards?|in reverse)|"
            "(?<!picture )(?<!image )(?<!screen )(?<!text )(?<!writing )(?<!view )(?<!camera )"
            "(?<!preview )(?<!photo )(?<!selfie )(?<!letters )(?<!words )(?:is|was|are|were|came "
            "out|comes out) reversed",
            "reverse it",
            True,
        ),
        # turned a stated way: turned back the other way
        (
            _TURNED + r"(?:(?:to|towards) the )?(?:left|counter-?clockwise|anti-?clockwise|ccw)",
            "rotate it 90 degrees clockwise",
            True,
        ),
        (
            _TURNED + r"(?:(?:to|towards) the )?(?:right|clockwise|cw)(?<!counterclockwise)"
            r"(?<!counter-clockwise)(?<!anticlockwise)(?<!anti-clockwise)",
            "rotate it 90 degrees counterclockwise",
            True,
        ),
        (r"(?:rotated|turned) (?:by )?180(?: ?°| degrees?)?", "rotate it 180 degrees", True),
        (
            r"sideways|on its side|rotated(?! (?:by )?180\b)(?! (?:by )?90(?: ?°| degrees?)? "
            r"(?:(?:to|towards) the )?(?:left|right|clockwise|counter-?clockwise|anti-?clockwise|"
            r"cw|ccw)\b)",
            "rotate it 90 degrees clockwise",
            False,
        ),
        # ("mirrored vertically": top and bottom swapped; "reversed in the vertical direction")
        (
            r"(?:mirrored|flipped|inverted) (?:vertically|top to bottom)|(?:reversed|mirrored|flipped|"
            r"inverted) (?:in|on|along) the vertical (?:direction|axis)",
            "flip it vertically",
            True,
        ),
        (
            r"mirrored(?! (?:vertically|top to bottom|(?:in|on|along) the vertical))|reversed left to "
            r"right|backwards text|(?:in )?mirror (?:writing|image|text|script)|"
            r"(?:reversed|inverted|flipped) (?:in|on|along) the horizontal "
            r"(?:direction|axis)|"
            r"flipped (?:left and right|left to right|right to left|left-right|horizontally)|"
            r"inverted (?:horizontally|left to right|left and right)",
            "flip it horizontally",
            True,
        ),
        ("washed out|flat|dull|faded", "increase the contrast", False),
        # "it was consistently warm", "too blue": the colour cast, cooled or warmed
        (
            r"(?:too |very |so |consistently |really |overly )(?:warm|yellow|yellowish|orange|orangey)"
            r"|(?:warm|yellow|orange) (?:tint|cast)",
            "make the colors cooler",
            True,
        ),
        (
            r"(?:too |very |so |consistently |really |overly )(?:cold|cool|blue|bluish)"
            r"|(?:blue|cold) (?:tint|cast)",
            "make the colors warmer",
            True,
        ),
        # "it has low contrast", "the colours are oversaturated": which way is said
        (
            r"(?:low|little|not enough|too little|poor) contrast|contrast is (?:too |very |so )?"
            r"(?:low|weak|poor)",
            "increase the contrast",
            True,
        ),
        (
            r"(?:too much|very high|too high|excessive) contrast|(?:too|highly|overly) contrast(?:ed|y)"
            r"|contrast is (?:too|way too|much too|so) (?:high|strong|harsh)",
            "reduce the contrast",
            True,
        ),
        (
            r"(?:over-?saturated|too saturated|too colou?rful|colou?rs are too strong)",
            "reduce the saturation",
            True,
        ),
        (
            r"(?:under-?saturated|desaturated|not saturated enough|colou?rs are too weak)",
            "increase the saturation",
            True,
        ),
        (
            "(?:file|video|clip) is (?:(?:way|far|much|really|just|simply) )?(?:too |very |so )?"
            "(?:big|large|huge|heavy)|too (?:big|large) to",
            "make the file smaller",
            True,
        ),
        # "the volume jumps up and down": a level that varies, evened out
        (
            # ("goes" or "changes" alone says no fault: "the sound changes" may be the music's)
            r"(?:volume|levels?|loudness|audio|sound) (?:(?:jumps|varies|fluctuates|bounces|"
            r"is all over the place)(?: (?:around|up and down|all over the place|a lot|too much))?"
            r"(?: from (?:clip|scene|shot|part) to (?:clip|scene|shot|part))?|(?:goes|changes)"
            r"(?: (?:up and down|all over the place|a lot))?(?: from (?:clip|scene|shot|part) to "
            r"(?:clip|scene|shot|part))?(?<!goes)(?<!changes))$|(?:uneven|inconsistent|"
            r"fluctuating|varying|unbalanced) (?:volume|levels?|loudness|audio|sound)|(?:volume|"
            r"levels?|loudness|audio|sound) (?:is|are) (?:very |so |really |too )?(?:uneven|"
            r"inconsistent|all over the place|unbalanced)",
            "normalize the audio",
            True,
        ),
        # "it won't play on my TV": a file some player does not open, which H.264 in an mp4
        # every player opens
        (
            r"(?<!sound )(?<!audio )(?<!music )(?<!voice )"
            r"(?:won't|wont|will not|doesn't|doesnt|does not|can't|cant|cannot|can not|isn't|is not)"
            r" (?:play|open|playing|opening)(?: it| the (?:video|file|clip))?(?: (?:on|in|with) (?:my |the |our |an? |his |her )?"
            r"[\w' -]{1,30}| at all)?$",
            "encode it as h264",
            True,
        ),
    )
)

#: Words that say what is wrong with how a video looks, sounds or plays: each one a statement
#: of what is wrong says must be answered by a fix `COMPLAINTS` reads, or none is guessed
#: ("fix the audio: it is low and noisy" is never only the noise removed).
FAULT_WORDS = re.compile(
    rf"\b(?:low|quiet|loud{_OF_A_NOISE}|faint|noisy|noise|hiss\w*|hum(?:s|ming)?|buzz\w*|"
    r"crackl\w*|muffled|muddy|tinny|echo\w*|distort\w*|clipp(?:ing|ed)|dark|bright|dim|blurry|blurred|fuzzy|"
    r"grainy|pixelated|blocky|shaky|shakey|shaking|jittery|wobbly|choppy|laggy|stutter\w*|"
    r"flicker\w*|washed|faded|dull|over-?saturated|under-?saturated|greenish|pinkish|purplish|"
    # ("flipped upside down": upside down, said with how it came to be)
    r"yellowish|bluish|reddish|upside|sideways|mirrored|flipped(?! upside)|inverted(?! upside)|"
    r"backwards?|reversed|"
    r"stretched|squashed|squished|delayed|out of sync|glitch\w*|corrupt\w*)\b"
    r"(?! (?:light|lighting|resolution)\b)"
)


#: Edits that change the sound, and edits of how the picture looks: what answers a fault of
#: either.
SOUND_EDITS = frozenset(
    {"mute", "replace_audio", "add_music", "volume", "normalize", "audio_denoise",
     "remove_silence"}
)  # fmt: skip
_LOOK_EDITS = frozenset(
    {"brightness", "contrast", "saturation", "gamma", "look", "sepia", "grayscale", "invert",
     "vignette"}
)  # fmt: skip
_ENCODES = frozenset({"quality", "reencode", "codec", "convert", "compress"})
_SHAPES = frozenset(
    {"resize", "crop", "crop_area", "crop_edges", "pad", "blur_fill", "platform"}
)  # fmt: skip

#: The edits that answer each fault word (`FAULT_WORDS`), by what the fault is of: a fault of
#: the sound is answered by an edit of the sound ("denoise it, the hum is loud"), never by one
#: of the picture ("rotate it, it also sounds muffled"); "low" may be either.
FAULT_ANSWERS: tuple[tuple[re.Pattern[str], frozenset[str] | None], ...] = tuple(
    (re.compile(rf"^(?:{words})$"), answers)
    for words, answers in (
        (r"quiet|loud|faint|hiss\w*|hum(?:s|ming)?|buzz\w*|crackl\w*|muffled|muddy|tinny|echo\w*|"
         r"distort\w*|clipp(?:ing|ed)", SOUND_EDITS),
        (r"low", SOUND_EDITS | _LOOK_EDITS | _ENCODES | {"resize", "sharpen", "denoise"}),
        (r"noisy|noise", SOUND_EDITS | {"denoise"}),
        (r"dark|bright|dim", frozenset({"brightness", "contrast", "gamma", "look"})),
        (r"washed|faded|dull|over-?saturated|under-?saturated|greenish|pinkish|purplish|"
         r"yellowish|bluish|reddish", _LOOK_EDITS),
        (r"blurry|blurred|fuzzy|grainy|pixelated|blocky",
         _ENCODES | {"sharpen", "denoise", "resize", "stabilize"}),
        (r"shaky|shakey|shaking|jittery|wobbly", frozenset({"stabilize"})),
        # ("steady it: it is shaky and choppy": choppy, as people say of shake too)
        (r"choppy|laggy|stutter\w*", _ENCODES | {"fps", "speed", "stabilize"}),
        (r"flicker\w*", _LOOK_EDITS | {"denoise", "fps"}),
        (r"upside|sideways|mirrored|flipped|inverted", frozenset({"rotate", "flip", "invert"})),
        # (said of what the video shows as often as of a fault: "it is in slow motion and
        # reversed" beside a speed-up is never asked about)
        (r"backwards?|reversed", None),
        (r"stretched|squashed|squished", _SHAPES),
        (r"glitch\w*|corrupt\w*", _ENCODES),
        # ("it has a lot of silence first, which makes the sound delayed": the silence cut)
        (r"delayed", frozenset({"remove_silence"})),
    )
)  # fmt: skip


def fault_answered_by(fault: str) -> frozenset[str] | None:
    """The edits that answer a fault word (`FAULT_ANSWERS`): none for one no edit answers
    ("out of sync"), None for one that may say what the video shows and is never asked about."""
    return next(
        (answers for pattern, answers in FAULT_ANSWERS if pattern.match(fault.lower())),
        frozenset(),
    )


#: Words that name an edit or its result wherever they stand: an aside with one of them is
#: never set aside unread ("(a black and white version)").
EDIT_WORDS = frozenset(
    {"black", "white", "gray", "grey", "grayscale", "greyscale", "monochrome", "sepia", "louder",
     "quieter", "softer", "brighter", "darker", "faster", "slower", "bigger", "smaller", "sharper",
     "blurry", "blurrier", "blur", "blurred", "vignette", "fade", "faded", "reverse", "reversed",
     "backwards", "mute", "muted", "silent", "silence", "speed", "slow", "zoom", "crop", "cropped",
     "rotate", "rotated", "flip", "flipped", "mirror", "mirrored", "loop", "looped", "freeze",
     "frozen", "subtitles", "subtitle", "captions", "text", "title", "logo", "watermark", "music",
     "stabilize", "stabilized", "denoise", "vertical", "horizontal", "square", "portrait",
     "landscape", "gif", "compress", "compressed", "trim", "trimmed", "cut", "remove", "removed",
     "volume", "contrast", "saturation", "brightness", "gamma", "vintage", "cinematic", "warmer",
     "cooler", "negative", "inverted", "resize", "resized", "scale", "scaled"}
)  # fmt: skip

#: Words of how the picture or sound is, which a likeness may not say unread.
_LOOKS = frozenset(
    {"black", "white", "gray", "grey", "grayscale", "greyscale", "monochrome", "sepia", "vintage",
     "cinematic", "warmer", "cooler", "negative", "inverted", "blurry", "blurred", "faded",
     "brighter", "darker", "louder", "quieter", "faster", "slower", "sharper", "mirrored",
     "flipped", "reversed", "backwards", "muted", "silent", "stabilized", "vertical",
     "horizontal", "square", "portrait", "landscape", "slow", "fast", "loud", "quiet"}
)  # fmt: skip

#: "… like YouTube used to", "like in television", "like a news channel": what the result should
#: resemble, said of an edit already named. No value in it (no digit first, no quotes).
SIMILE = re.compile(
    r",? (?:just |exactly |kind of |sort of |a bit )?(?:like|as in|similar to) "
    # (never how much, "like half speed", "like a lot")
    rf"(?!(?:half|double|twice|triple|thrice|quarter|a quarter|a third|{LITTLE}|{LOT})\b)"
    # (never a value, "like a 2x", or how it looks or sounds, "like my black and white
    # video", in it)
    # (nor a file's format, "like mp3", nor a bit rate, "at a 192k bitrate")
    r"(?!.*\b(?:\d+(?:\.\d+)? ?(?:x|times|%|percent|fps|db|lufs|p|k|kbps|mb)\b|(?:"
    r"mp3|mp4|m4a|aac|wav|flac|ogg|opus|webm|mov|mkv|avi|gif|h\.?26[45]|hevc)\b|(?:"
    + "|".join(sorted(_LOOKS))
    + r")\b))"
    r"(?![\d\"'])(?:[a-z][a-z0-9'-]*)(?: [a-z0-9'-]+){0,6}$"
    r"|,? (?:just )?(?:as|like) (?![\d\"'])(?:[a-z][a-z0-9'-]* ){1,5}(?:do|does|did|used to|would)$"
)


#: An aside that only gives a value: "(2 s)", "(90 degrees)", "(1920x1080)".
VALUE_ASIDE = re.compile(
    r"^(?:(?:to|at|by|for|of) )?(?:about |around |approx |roughly |~)?[-+]?\d[\d.:,]*(?: ?(?:x|×|:|/) ?\d+)?"
    r" ?(?:%|°|ms|s|secs?|seconds?|mins?|minutes?|h|hours?|fps|db|mb|degrees?|px|pixels?|p)?$"
)


#: What people call a part of a video by what is in it: "the first 10 seconds (intro)".
PART_NAME = re.compile(
    r"(?:the |an? |my |our |its )?(?:(?:boring|silent|black|blank|useless|unwanted|long) )?"
    r"(?:intro|outro|opening|ending|end|credits|end credits|opening credits|ads?|adverts?|"
    r"advertisements?|commercials?|sponsor(?:ship)?s?|countdown|black screen|black frames|"
    r"blank screen|title(?: card| sequence| screen)?|logo|bumper|trailer|teaser|preview|lead-?in|"
    r"recap|setup|warm-?up|dead air|silence|loading(?: screen)?|menu|lobby)"
    r"(?: (?:part|bit|section|screen|sequence|card|segment|portion))?"
)

_SUBJECT_VERB = re.compile(_STATEMENT.pattern.split("|^(?:to|so|for|like")[0])


#: Words a statement may start with before its subject: "right now it's too fast".
_STATEMENT_LEAD = re.compile(
    r"^(?:(?:right now|currently|at the moment|now|but|and|because|since|as|also|"
    r"unfortunately|sadly|however|basically|honestly|otherwise|sometimes|often|usually|"
    r"occasionally|very often|although|though|even though|even if|whereas|where|on the contrary|"
    r"in my opinion|in my experience|imo|personally|presumably|apparently|probably|obviously|"
    r"clearly|evidently|i think|i guess|i believe|i suppose|nowadays|these days|lately|recently|"
    r"today|in general|generally|typically|normally|"
    # "in the saved video the logo doesn't show", "on a TV I can't change …": where what is
    # said holds
    r"in the (?:[a-z]+ ){0,2}(?:video|file|version|export|output|result|player|app|pdf|document|"
    r"slides?|page|presentation|deck)|"
    r"(?:on|with|in) (?:an?|my|the|our) (?:[a-z]+ ){0,2}(?:tv|phone|iphone|ipad|tablet|laptop|pc|"
    r"computer|mac|player|monitor|screen|browser|app|console)|"
    r"in fact|as a matter of fact"
    # "on playback the fireworks are far too feeble": when what is said holds
    r"|(?:on|during|in|at) playback|when (?:it is |it's )?played(?: back)?"
    # "when I watch it in Kodi it is rotated": when what is said holds
    r"|when (?:i|we|you|people|someone) (?:watch|play|open|view|import|load|upload|stream|share) "
    r"(?:it|them|this|the (?:video|clip|file|recording))(?: (?:in|on|with|into|to|via) "
    r"(?:the |my |our |a |an )?[\w.-]+(?: (?:app|player|tv|browser|phone|viewer))?)?"
    # "at the end of the results video the sound abruptly ends": where it happens, said first
    r"|at the (?:very )?(?:end|start|beginning)(?: of (?:the|this|my) (?:[\w-]+ ){0,2}?(?:video|"
    r"clip|recording|movie))?"
    # "at 107.6MB it takes way too long": at what size or rate what is said holds
    # ("even at 100% volume it is very quiet")
    r"|(?:even )?at (?:about |around )?[\d.]+ ?(?:mb|gb|kb|mbps|kbps|fps|p|k|%)"
    r"(?: (?:volume|brightness|speed|size|quality|zoom))?"
    r"),? )+"
)


def without_lead(text: str) -> str:
    """A statement without the words it may start with before its subject ("right now",
    "nowadays", "presumably", "on larger installations"), its letters' case kept."""
    lead = _STATEMENT_LEAD.match(text.lower()) or _PLACE_FIRST.match(text.lower())
    return text[lead.end() :] if lead else text


#: Where or when a statement holds, said before a pronoun its subject: "on larger installations
#: it gets very complicated", "with two cameras we …".
_PLACE_FIRST = re.compile(
    r"(?:on|in|with|for|at|during|after|before|since|because of|for some|in some|except for|"
    r"except|apart from|besides|other than) "
    r"(?:[\w+()'-]+ ){1,5}?(?=(?:it|i|we|they|he|she|there|you|this|that)(?:'s|'re|'m)? )"
)


def states(text: str) -> bool:
    """Whether a clause is a statement about the video or the person ("the video source
    displays as 4:3", "it just abruptly stops"): it asks for nothing."""
    said = without_lead(text.strip().lower())
    if re.match(
        r"(?:whichever|whatever|which ever|what ever)(?: one)? (?:is|gives|makes|works)\b", said
    ):
        return False  # "…, whichever is smaller": a choice left to the one who edits, no statement
    if re.match(
        r"(?:when|while|where|once|whereas) (?:the|it|my|this|our|their) [^,;]{0,40}? (?:shows?|"
        r"displays?|appears?|starts?|ends?|plays?|works?|is|are|has|have|looks?|sounds?)\b",
        said,
    ):
        return True  # "when the EmuMovies video shows the title screen": the moment, described
    if re.match(
        r"(?:when|whenever|once|after|as soon as) (?:i|we|you|they|he|she) (?:[a-z]+ed|went|got|"
        r"made|took|did|had|was|were|saw|came|put|ran|sent|shot|found|bought|wrote|tried)\b",
        said,
    ):
        return True  # "when I tried to edit it in iMovie": a moment that was, described
    if re.match(r"which (?:i|we|you|they|he|she)\b", said) and not re.search(
        r"\d|\b(?:want|wants|need|needs|like|should|must|has to|have to|please|can|could|will|"
        r"would|shall|and|then)\b|'ll\b",
        said,
    ):
        return True  # "…, which I have left over": said of the thing before, asking nothing
    if re.match(
        r"[a-z]+ing\b[^,;]{0,60}? (?:no longer|doesn't|does not|won't|will not|can't|cannot|"
        r"didn't|did not|never) [a-z]+",
        said,
    ):
        return True  # "dropping a video onto iMovie no longer turns it into sound": what does not
    if re.match(r"without (?:this|that|it|such)\b|(?:so )?(?:when|whenever) [a-z]+", said):
        # "without this kind of fade I find it tricky …", "when recording videos I don't want
        # …": what would be, or when, said first; then a person or a thing says it
        words = said.split()
        return any(
            words[n].split("'")[0] in ("i", "we", "you", "they", "he", "she", "it")
            and states(" ".join(words[n:]))
            for n in range(2, min(len(words), 6))
        )
    return bool(
        _SUBJECT_VERB.search(said)
        or _A_KIND_OF_FAULT.fullmatch(said)
        or _HOW_IT_WAS_SHOT.fullmatch(said)
    )


#: "too dark", "way too loud for my phone", "needs to be under 8 MB": what the video is or is
#: to be, its subject ("it") left unsaid.
UNSAID_SUBJECT = re.compile(
    r"(?P<is>(?:(?:way|much|far|a bit|a little|a tad|slightly|just|kinda|kind of|so|really|"
    r"still) )?too (?!many\b|much\b)[a-z-]+(?: (?:[a-z'-]+ ){0,5}[a-z'-]+)?)"
    r"|(?:needs to|has to|must|should|ought to|would have to|got to|gotta) be \S.*"
    # ("…, almost inaudible": what it is, said in one word and how nearly)
    r"|(?P<is2>(?:almost|nearly|barely|practically|virtually|basically) [a-z]+(?:able|ible))"
)


#: "…, shot from a tripod almost all the way zoomed in": how the video was made, said of it.
_HOW_IT_WAS_SHOT = re.compile(
    r"(?:(?:which|that) was |it was )?(?:shot|filmed|recorded|taken|captured|made) "
    # ("…, shot shortly after sunset": when)
    r"(?:(?:shortly|just|right|soon|late|early|long) )?"
    r"(?:from|on|with|in|at|by|using|through|after|before|during) (?!\d)(?:[a-z'-]+ ){0,8}[a-z'-]+"
    # "…, with the camera positioned to fit in the door": where the camera was
    r"|with (?:the|my|a|our) (?:camera|phone|tripod|gopro|iphone|mic|microphone) (?:positioned|"
    r"placed|held|mounted|set up|pointed|facing|tilted|sitting|standing|lying|attached|propped)"
    r"(?: [a-z'-]+){0,8}"
)


#: "…camera shake, a kind of fine vibration, …": the fault said again, in other words.
_A_KIND_OF_FAULT = re.compile(
    r"(?:a|some) (?:kind|sort|type|form) of (?:[a-z-]+ ){0,2}(?:vibrations?|shake|shaking|"
    r"jitters?|wobbles?|wobbling|hum|humming|hiss|hissing|buzz|buzzing|flicker|flickering|grain)"
)


def describes(text: str) -> bool:
    """Whether an aside only describes (a statement, a purpose, one -ing word), asking for
    nothing the planner would have to do. One that gives a value ("to 80%", "for 2 s") is
    not a description unless it is a statement ("it was shot at 60 fps")."""
    said = text.strip().lower()
    if _DEVICE.fullmatch(said):
        return True  # "(on a Nexus 5X phone)": where it was shot or is played
    if _HEDGE.fullmatch(said):
        return True  # "the (mostly) silent start": how true what it is said of is
    if re.search(r"\d", said):
        return states(said)
    return bool(_STATEMENT.search(said))


#: "(mostly)", "(more or less)": how true the words around it are, nothing to do.
_HEDGE = re.compile(
    r"(?:mostly|mainly|largely|partly|partially|nearly|almost|roughly|approximately|about|"
    r"basically|practically|virtually|kind of|sort of|more or less|somewhat|usually|often|"
    r"sometimes|probably|maybe|i think|i guess|or so)"
)
#: "on a Nexus 5X phone", "with my GoPro Hero 8": the device, not an instruction.
_DEVICE = re.compile(
    r"(?:on|with|from|using|by|in) (?:an?|my|the|our|his|her) (?:[\w.-]+ ){0,4}"
    r"(?:phone|smartphone|camera|cam|device|laptop|tv|iphone|android|tablet|ipad|gopro|drone|"
    r"computer|pc|mac|macbook|monitor|console|camcorder|dslr|webcam)"
)


@dataclass(frozen=True)
class Question:
    """What to ask when a clause names an edit but not the value it needs."""

    #: words that point to the edit
    pattern: re.Pattern[str]
    #: the question, naming what is missing
    question: str
    #: the edit it is about: an example must plan to it
    op: str
    #: values that complete the person's own words ("rotate the video" + "90 degrees
    #: clockwise"), tried in order; each is put after the clause, or after its verb
    fills: tuple[str, ...]
    #: an example that reads whatever the words were
    example: str


#: Formats a video is kept in that no decoder promptcut has reads: what each is.
UNREADABLE_FORMATS: dict[str, str] = {
    "dicom": "a DICOM object (a medical image file)",
    "dcm": "a DICOM object (a medical image file)",
    "braw": "Blackmagic RAW",
    "r3d": "RED RAW",
    # ("export this presentation (pptx) as video": a video made of slides, not an edit)
    "pptx": "a slide presentation",
    "ppt": "a slide presentation",
    "odp": "a slide presentation",
    "pdf": "a document",
    "docx": "a document",
}

#: Asks no operation can do, in words people use for them, and what to say: the refusal names
#: what promptcut cannot do instead of asking for a value that would not help.
BEYOND: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), said)
    for pattern, said in (
        (
            r"\b(?:shift|delay|offset|advance|move|re-?sync|synch?(?:ronize|ronise)?|align)\b.*"
            r"\b(?:audio|sound)\b|\b(?:audio|sound)\b.*\b(?:out of sync|unsynch?ed|offset|delay(?:ed)?"
            r"|ahead|behind|lag(?:s|ging)?)\b",
            "shifting the sound against the picture (to fix its sync) is not something promptcut "
            "does yet",
        ),
        (
            r"\b(?:blur|blurr?ed|pixelate|mosaic|censor|hide|cover(?: up)?)\b.*\b(?:faces?|license "
            r"plates?|number plates?|plates?|people|persons?|eyes|text|names?|emails?|passwords?)\b",
            "picking out one thing in the picture (a face, a plate) to blur is not something "
            "promptcut does: it blurs the whole picture, for a time ('blur 0:10 to 0:20')",
        ),
        (
            r"\b(?:remove|delete|erase|get rid of|take out|take off|hide)\b.*\b(?:watermark|logo)s?\b",
            "removing a watermark or a logo from the picture is not something promptcut does",
        ),
        (
            r"\bside[- ]by[- ]side\b|\bsplit[- ]screen\b|\bgrid of (?:videos|clips)\b",
            "showing videos side by side is not something promptcut does yet; one in a corner "
            "of the other is ('put clip2.mp4 in the top right corner')",
        ),
        (
            # "remove the black bars": how big they are is not measured; what to crop is asked
            r"\b(?:remove|crop|cut|get rid of|take (?:out|off|away)|trim|lose|eliminate|delete|"
            r"without)\b.*\bblack (?:bars?|borders?|edges?|stripes?|strips?|bands?)\b",
            "finding how big the black bars are is not something promptcut does: say what to "
            "crop, e.g. 'crop 140 pixels off the top and bottom' or 'crop it to 16:9'",
        ),
        (
            # "make it mono", "convert the stereo audio to mono": the sound's channels
            r"\b(?:mono|monaural|dual[- ]mono|(?:to|into|in|as|make (?:it|the \w+)) stereo|(?:left|"
            r"right) channels?|both (?:ears|speakers|sides|channels))\b",
            "changing the sound's channels (mono, stereo, one side to both) is not something "
            "promptcut does yet",
        ),
        (
            r"\b(?:green ?screen|chroma ?key|blue ?screen)\b",
            "keying out a green screen is not something promptcut does",
        ),
        (
            r"\b(?:split|cut|chop|divide|break)\b.*\binto (?:\d+|two|three|four|five|several|many|"
            r"equal|multiple|separate|smaller) (?:equal )?(?:parts|pieces|files|clips|segments|videos"
            r"|chunks)\b",
            "promptcut makes one video from each edit: for parts, make one edit per part ('keep "
            "0:00 to 1:00', then 'keep 1:00 to 2:00')",
        ),
    )
)

#: Most specific first.
QUESTIONS: tuple[Question, ...] = tuple(
    Question(re.compile(pattern), question, op, fills, example)
    for pattern, question, op, fills, example in (
        (
            r"\b(?:remove|cut|trim|delete|drop|chop)\b.*\b(?:head and tail|heads and tails|start and "
            r"(?:the )?end|beginning and (?:the )?end|both ends|intro and outro)\b",
            "how much of the start and how much of the end should go?",
            "trim",
            (),
            "cut the first 5 seconds and the last 5 seconds",
        ),
        (
            r"^(?:make|get) (?:it|this|the video|the clip) (?:a bit |a little |much |a lot )?smaller$",
            "a smaller file, or a smaller picture ('scale it down to 720p')?",
            "quality",
            (),
            "make the file smaller",
        ),
        (
            # "reduce the file size by half": a share of a size in bytes the plan does not know
            r"\bfile(?: ?size)?\b.*\b(?:by|in|to) (?:half|a half|a third|a quarter|\d+(?:\.\d+)? ?"
            r"(?:%|percent))|\bhalve (?:the )?file|\bfile (?:half|a third|a quarter)(?: of)? (?:the|its) size"
            r"|\b(?:half|a third|a quarter) (?:the|its) (?:file ?size|size of the file)",
            "under what size, in MB (a file is made to fit a size, not a share of its own)?",
            "compress",
            (),
            "compress it to under 20 MB",
        ),
        (
            r"\blighter\b.*\b(?:social|posting|sharing|upload|uploading|web|e-?mail|send|sending|"
            r"website|site|web ?page|home ?page|page|blog)\b",
            "a smaller file (for which platform, or under what size?) or a brighter picture?",
            "compress",
            (),
            "compress it to under 25 MB",
        ),
        (
            # "add mosaic to the video (blur some part of it)": a part of the picture, or of the
            # time? promptcut blurs the whole picture, for a stretch of time
            r"\b(?:blur|blurr?ed|pixelate|pixelated|mosaic|censor)\b.*\b(?:part|parts|portion|section|"
            r"area|region|bit|spot)\b|\bmosaic\b",
            "which part, from when to when? (promptcut blurs the whole picture for that time; "
            "an area of it, like a face, it cannot pick out)",
            "blur",
            ("from 0:10 to 0:20",),
            "blur 0:10 to 0:20",
        ),
        (
            r"\bgamma\b",
            "how much: a gamma above 1 lifts the shadows, below 1 deepens them?",
            "gamma",
            ("of 1.2", "to 1.2"),
            "set the gamma to 1.2",
        ),
        (
            r"\b(?:timelapse|time-lapse|speeded[- ]up|sped[- ]up)\b",
            "how much faster, and which part (from when to when)?",
            "speed",
            ("from 0:10 to 0:20 8x", "8x"),
            "speed up 0:10 to 0:20 8x",
        ),
        (
            r"\b(?:slow(?:er|ly)?|slow[- ]?mo(?:tion)?)\b",
            "which part should play slower (from when to when), and how slow?",
            "speed",
            ("from 0:10 to 0:20 at half speed", "at half speed"),
            "slow down 0:10 to 0:20 to half speed",
        ),
        (
            r"\b(?:speed|faster|quicker|accelerate|fast[ -]?forward)\b",
            "which part should play faster (from when to when), and how much faster?",
            "speed",
            ("from 0:10 to 0:20 2x", "2x"),
            "speed up 0:10 to 0:20 2x",
        ),
        (
            r"\b(?:mute|silence|quieter|louder|volume)\b.*\b(?:parts?|bits?|sections?|segments?|portions?|places?|spots?|some|where)\b",
            "which part, from when to when?",
            "mute",
            ("from 0:10 to 0:20",),
            "mute 0:10 to 0:20",
        ),
        (
            r"\b(?:cut out|cut away|remove|take out|drop|skip|discard)\b.*\b(?:parts?|bits?|sections?|segments?|portions?|scenes?|something|seconds|minutes?|intro|outro|opening|ending|middle|few)\b",
            "which part should go, from when to when?",
            "cut",
            ("from 0:10 to 0:20",),
            "cut out 0:10 to 0:20",
        ),
        (
            r"\b(?:trim|clip|shorten|shorter|cut|crop the (?:length|time)|(?:in|out|start|end) points?"
            r"|(?:extract|take|get|export|save|grab|pull out|keep) (?:an? |the |one )?(?:\w+ )?"
            r"(?:segment|part|portion|section|piece|bit|excerpt|snippet|range|selection|highlight|"
            r"moment)"
            # "make a small preview video from the full video": a part of it, made a video
            r"|(?:make|create|cut|extract|export|save|get) an? (?:(?:short|small|quick|little|new) )?"
            r"(?:preview|sample|teaser|excerpt|snippet|highlight)(?: (?:video|clip))?)\b",
            "which part should stay: from when to when (where it starts and ends)?",
            "trim",
            ("from 0:05 to 0:30",),
            "keep 0:05 to 0:30",
        ),
        (
            r"\b(?:add|put|write|overlay|show|insert|type|place|display|draw|burn|stamp)\b.*"
            r"\b(?:text|title|caption|words|name|label|date|time|timestamp)\b"
            # "(add images and) text on the video", "a camera name on the video"
            r"|^(?:an? |the |some |my )?(?:[a-z]+ )?(?:text|title|caption|name|label)\b",
            "what should the text say? Put it in quotes.",
            "text",
            ('"Summer 2024"',),
            'add the text "Summer 2024" at the top',
        ),
        (
            r"\brotate\b|\b(?:correct|fix|repair|undo)\b.*\b(?:rotation|orientation|rotated|sideways)\b",
            "which way, and how far (90, 180 or 270 degrees)?",
            "rotate",
            ("90 degrees clockwise",),
            "rotate it 90 degrees clockwise",
        ),
        (
            r"\b(?:transition|crossfade|cross-fade|dissolve)s?\b",
            "between which clips? Give the other clips with --asset and name them.",
            "transition",
            (),
            "combine with clip2.mp4 with a 2 second crossfade",
        ),
        (
            r"\b(?:add|put|insert|include|attach|prepend|append|stick)\b.*\b(?:an?|the|my) "
            r"(?:intro|outro|opening|ending|closing)(?: video| clip| sequence| part)?\b",
            "which clip (a video given with --asset)?",
            "join",
            (),
            "add intro.mp4 at the start",
        ),
        (
            r"^(?!.*\b(?:remove|crop|cut|delete|get rid|trim|strip|detect)\b).*\b(?:black bars|"
            r"bars|letterbox(?:es|ed|ing)?|pillarbox(?:es|ed|ing)?)\b",
            "bars to make it which shape: 16:9, 4:3, 1:1 or 9:16?",
            "pad",
            ("to make it 16:9",),
            "add black bars to make it 16:9",
        ),
        (
            r"\b(?:add|replace|swap|put|use|mix|change|include)\b.*\b(?:music|song|soundtrack|audio track|audio file|audio)\b",
            "which sound file (an .mp3, .wav or .m4a given with --asset)?",
            "add_music",
            (),
            "add music.mp3 quietly in the background",
        ),
        (
            r"\b(?:take|grab|extract|save|capture|get|make|export|create|pull|give me)\b.*"
            r"\b(?:frame|screenshot|snapshot|thumbnail|still|picture|image)\b",
            "at what time?",
            "still",
            ("at 0:05",),
            "take a screenshot at 0:05",
        ),
        (
            r"\b(?:watermark|logo)\b",
            "which image (a .png given with --asset), or what text in quotes?",
            "overlay_image",
            (),
            "put logo.png in the bottom right corner",
        ),
        (
            r"\b(?:instagram|insta)\b",
            "which shape: a post (1:1), a portrait post (4:5) or reels (9:16)?",
            "platform",
            ("for instagram reels",),
            "format it for instagram reels",
        ),
        (
            r"\bcrop\b|\b(?:take|cut|trim|shave) off\b.*\b(?:picture|image|frame|edges?|borders?|sides?|around)\b",
            "crop to what: a shape like 1:1 or 9:16, or pixels off which sides?",
            "crop",
            ("to 1:1",),
            "crop it to 1:1",
        ),
        (
            # "change the format of this video", "convert it": into what, not said
            r"^(?:convert (?:it|the video)|(?:convert|change|switch) (?:the|its) (?:video |file )?"
            r"(?:format|container|file type|extension)(?: of (?:it|the video))?)(?: (?:to|into) "
            r"(?:another|a different|a new|some other|other) (?:format|container|file type))?$",
            "to what format: mp4, mov, mkv, webm, gif or mp3?",
            "convert",
            ("to mp4",),
            "convert it to mp4",
        ),
        (
            r"\b(?:resolution|resize|rescale|scale|upscale|downscale)\b",
            "to what size: a height like 720p or 1080p, or width x height?",
            "resize",
            ("to 720p",),
            "resize it to 720p",
        ),
        (
            r"\b(?:adjust|change|fix|correct|tweak|set|improve)\b.*\b(?:brightness|exposure)\b",
            "which way and how much: brighter or darker, by how many percent?",
            "brightness",
            ("brighter by 20%",),
            "make it 20% brighter",
        ),
        (
            r"\b(?:adjust|improve|change|fix|correct|enhance|tweak|better)\b.*"
            r"\b(?:contrast|colou?rs?|colou?ring|saturation)\b",
            "which way and how much: more or less contrast, more or less colour, or a look?",
            "contrast",
            ("by 20%",),
            "increase the contrast by 20%",
        ),
        (
            r"\b(?:loop|repeat)\b",
            "how many times should it play?",
            "loop",
            ("3 times",),
            "loop it 3 times",
        ),
        (
            r"\b(?:freeze|pause|hold)\b",
            "which frame (at what time), and for how long?",
            "freeze",
            ("at 0:05 for 3 seconds",),
            "freeze the frame at 0:05 for 3 seconds",
        ),
        (
            # "burn in the subtitles with a modified font size": bigger or smaller, not said
            r"\b(?:subtitles?|captions?|subs|srt)\b.*\b(?:modified|different|changed|custom|new|"
            r"another|other|adjusted|altered|tweaked) (?:font |text |letter )?size\b"
            r"|\b(?:change|adjust|modify|alter|tweak)\b.*\b(?:font|text|letter) size\b.*"
            r"\b(?:subtitles?|captions?|subs)\b"
            r"|^(?:(?:and|but) )?(?:with|in|using|at) (?:an? |the )?(?:modified|different|changed|"
            r"custom|new|adjusted|altered|tweaked) font size$",
            "how big should the letters be: small, medium or large?",
            "subtitles",
            ("in large",),
            "burn in subs.srt with big text",
        ),
        (
            r"\b(?:subtitles?|captions?|subs)\b",
            "which subtitle file (an .srt, .vtt or .ass given with --asset)?",
            "subtitles",
            ("from subs.srt",),
            "add subtitles from subs.srt",
        ),
        (
            r"\b(?:lower|reduce|raise|increase|change|set|drop|decrease|cut|halve)\b.*"
            r"\b(?:frame ?rate|fps|frames per second)\b",
            "to what frame rate?",
            "fps",
            ("to 24 fps",),
            "change the frame rate to 24",
        ),
    )
)  # fmt: skip


#: "smooth slow motion", "slow it down smoothly": in-between frames interpolated.
SMOOTH = re.compile(
    r"\b(?:smooth(?:ly)?|with (?:motion |frame )?interpolation|interpolated|optical flow)\b ?"
)
