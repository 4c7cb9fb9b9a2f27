"""ffmpeg command lines in a request, read as the words they mean.

People who tried ffmpeg first paste the command they ran: "cut up the video: ffmpeg -ss
00:03:00 -i video.mp4 -t 60 -c copy cut.mp4", "(-ss 2.4 -t 3)". Its options are an edit said in
another notation; this module says them again in words the grammars read ("keep 3:00 to 4:00"),
so they are planned, or refused, like any other words. The first input (`-i video.mp4`) is the
video being edited, whatever it is called; the output's name says only its container. An
option that is not known here stays as written, so its clause is refused, never dropped."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from promptcut.operations.grammar import MEDIA_EXTS, parse_time

__all__ = ["command_files", "command_words", "overlay_place"]

_EXT = "|".join(MEDIA_EXTS)
#: One token of a command: an option, a quoted or bare value, or a file.
_VALUE = r"(?:\"[^\"]*\"|'[^']*'|(?:[^\s\"'()]|\([^\s()]*\))+)"  # ("between(t\,3\,6)")
_OPTION = r"-[a-z][\w:]*"
#: A command: "ffmpeg" and what follows it, or options said alone ("-ss 2.4 -t 3"); a span
#: ends at the first word that is neither an option, a value after one, nor a file name.
_COMMAND = re.compile(
    rf"(?:\bffmpeg(?:\.exe)?(?: +{_OPTION}(?: +(?!-[a-z]){_VALUE})?| +[\w./\\-]+\.(?:{_EXT}))+"
    # the file it writes, named with no extension, last: "… -c copy newfile"
    r"(?: +[\w./\\-]+(?=\s*$|[,;)]))?"
    rf"|(?<![\w-]){_OPTION}(?: +(?!-[a-z]){_VALUE})?(?: +{_OPTION}(?: +(?!-[a-z]){_VALUE})?)+"
    rf"(?: +[\w./\\-]+\.(?:{_EXT}))?"
    # one option and the file it writes: '-vf "fps=10,scale=320:-1" output.gif'
    rf"|(?<![\w-]){_OPTION} +(?!-[a-z]){_VALUE} +[\w./\\-]+\.(?:{_EXT})(?![\w.]))",
    re.IGNORECASE,
)
#: Filter settings that say how an edit is made, not what it is: scaling's resampler
#: (":flags=lanczos") and the palette a GIF's colours are picked with ("split[s0][s1];
#: [s0]palettegen[p];[s1][p]paletteuse"), which promptcut's GIFs are made with anyway.
_HOW_FILTERED = re.compile(
    r":flags=[\w+]+"
    r"|,? ?split(?:=2)? ?\[\w+\] ?\[\w+\] ?; ?\[\w+\] ?palettegen(?:=[^\[;,]*)? ?\[\w+\] ?; ?"
    r"\[\w+\] ?\[\w+\] ?paletteuse(?:=[^,;]*)?",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\"[^\"]*\"|'[^']*'|[^\s]+")
_FILE = re.compile(rf"[\w./\\-]+\.({_EXT})", re.IGNORECASE)

#: Options that only say how to write what the other options make: no edit of their own.
_HOW_WRITTEN = frozenset(
    {"-y", "-n", "-hide_banner", "-nostdin", "-stats", "-movflags", "-preset", "-tune",
     "-loglevel", "-v", "-map", "-map_metadata", "-strict", "-threads", "-c", "-codec",
     "-c:v", "-c:a", "-vcodec", "-acodec", "-codec:v", "-codec:a", "-b:a", "-ab", "-f",
     "-pix_fmt", "-avoid_negative_ts", "-copyts", "-accurate_seek", "-fflags", "-sws_flags",
     "-reset_timestamps", "-async", "-max_muxing_queue_size",
     "-probesize", "-analyzeduration", "-metadata", "-map_chapters", "-tag:v", "-tag:a",
     "-bsf", "-bsf:v", "-bsf:a", "-start_at_zero", "-copytb", "-video_track_timescale",
     "-profile:v", "-level", "-x264opts", "-x264-params", "-x265-params", "-sn", "-dn",
     "-gifflags", "-loop", "-preset:v",
     # the encoder's quality settings: how well it is written, the words say what for
     "-crf", "-cq", "-qp", "-q:v", "-qscale", "-qscale:v", "-q:a", "-qscale:a"}
)  # fmt: skip
#: Of those, the ones that are flags (no value after them).
_FLAGS = frozenset(
    {"-y", "-n", "-hide_banner", "-nostdin", "-stats", "-copyts", "-accurate_seek",
     "-start_at_zero", "-sn", "-dn"}
)  # fmt: skip


def command_words(prompt: str, quoted: Sequence[str] = ()) -> tuple[str, frozenset[str]]:
    """The request with each ffmpeg command line, and each list of drawtext settings, in it
    said in words, and the edits those words say, one by one ("keep 30s to 35s"): a clause
    that is one of them is ffmpeg's notation said again, which may restate another clause.
    Quoted text is hidden from it as `\x00<n>\x00`, `quoted[n]` holding it (as the planner
    hides it): a quoted option value ("-vf 'scale=320:-1'") is shell quoting, read as what it
    holds; a quoted `text=` is the user's words, kept hidden and as written."""
    said: set[str] = set()

    def unquoted(value: str) -> str:
        return re.sub(r"\x00(\d+)\x00", lambda m: quoted[int(m[1])][1:-1], value)

    def noted(words: str, m: re.Match[str]) -> str:
        if words != m[0]:
            said.update(w.strip() for w in words.split(" and ") if w.strip())
        return words

    text = _COMMAND.sub(lambda m: noted(_said(m, unquoted), m), prompt)
    return _DRAWTEXT.sub(lambda m: noted(_text_said(m, unquoted), m), text), frozenset(said)


#: drawtext's settings ("text='Hello':fontsize=24:x=(w-text_w)/2"), one key and its value.
_SETTING = (
    r"(?:text|fontcolou?r|fontsize|box|boxcolou?r|boxborderw|x|y|borderw|bordercolou?r) ?= ?"
    r"(?:\"[^\"]*\"|'[^']*'|(?:[^\s,:'\"()]|\([^()]*\))+)"
)
#: A list of them, after "drawtext" or of at least two.
_DRAWTEXT = re.compile(
    rf"(?:\bdrawtext ?[=:]? ?{_SETTING}(?: ?[:,]? ?{_SETTING})*"
    rf"|(?<![\w-]){_SETTING}(?: ?[:,]? ?{_SETTING})+)"
    # (not the corner of an area: "crop x=10 y=5 w=64 h=36")
    r"(?! ?[:,]? ?(?:w|h|width|height|out_w|out_h) ?=)",
    re.IGNORECASE,
)


def _text_said(m: re.Match[str], unquoted: Callable[[str], str]) -> str:
    listed = re.sub(r"^drawtext ?[=:]? ?", "", m[0], flags=re.IGNORECASE)
    settings = dict(
        # (the words to draw stay hidden and as written; the other values are notation)
        (key.lower(), value.strip() if key.lower() == "text" else unquoted(value).strip("'\" "))
        for key, value in re.findall(rf"(\w+) ?= ?({_SETTING.split('= ?', 1)[1]})", listed)
    )
    drawn = m[0].lower().startswith("drawtext") or settings.keys() - {"x", "y"}
    sentence = re.split(r"[.;!?]", m.string[: m.start()].lower())[-1]
    if not drawn and (
        not re.search(r"\b(?:text|title|caption|words?)\b", sentence) or "crop" in sentence
    ):
        return m[0]  # "crop to w=64 h=36 x=10 y=5": where an area starts, not a place
    # "drawtext=text='Hi'" asks for the text; "(drawtext fontsize=50)" says how it is drawn
    words = ["add"] if "text" in settings and m.start() == 0 else []
    if "text" in settings:
        said = settings.pop("text")
        # (quoted, it is hidden, and comes back with its quotes)
        words.append(
            f"the text {said}" if "\x00" in said else f'the text "{said.strip(chr(39) + chr(34))}"'
        )
    for key, value in settings.items():
        value = value.lower().split("@")[0]  # "black@0.5": the colour, its opacity not kept
        if key == "fontsize" and value.isdigit():
            words.append(f"in {value}px")
        elif key in ("fontcolor", "fontcolour"):
            words.append(f"in {value}")
        elif key in ("boxcolor", "boxcolour"):
            words.append(f"on a {value} box")
        elif key == "box" and value in ("0", "1"):
            if value == "1" and not {"boxcolor", "boxcolour"} & settings.keys():
                words.append("on a white box")  # drawtext's own box colour
        elif key in ("bordercolor", "bordercolour"):
            words.append(f"with a {value} outline")
        elif key in ("x", "y", "borderw", "boxborderw"):
            continue
        else:
            return m[0]
    if "x" in settings or "y" in settings:
        place = _coordinates(settings.get("x", "0"), settings.get("y", "0"))
        if place is None:
            return m[0]
        said_at = m.string[: m.start()].lower().endswith("at ")  # "at x=10 y=10"
        words.append(place.removeprefix("at ") if said_at else place)
    return " ".join(words)


def _side(expr: str, size: str) -> str:
    """Where one coordinate puts a thing along its axis: "start", "middle" or "end", or ""
    when it is no such place."""
    said = expr.replace(" ", "").lower()
    if re.search(r"/2\b", said):
        return "middle"
    if re.match(rf"[(]?(?:main_)?{size}-", said):
        return "end"
    # a few pixels in from the edge ("x=10"): at that edge; further in is no place of ours
    return "start" if re.fullmatch(r"\d{1,2}", said) else ""


def _coordinates(x: str, y: str) -> str | None:
    """The place a pair of coordinates names ("x=w-tw-10:y=h-th-10": at the bottom right), or
    None when they name no corner, side or centre."""
    across, down = _side(x, "w"), _side(y, "h")
    if not across or not down:
        return None
    vertical = {"start": "top", "middle": "", "end": "bottom"}[down]
    horizontal = {"start": "left", "middle": "", "end": "right"}[across]
    return "at the " + ("-".join(p for p in (vertical, horizontal) if p) or "center")


def command_files(prompt: str, *, written: bool = True) -> frozenset[str]:
    """The names a pasted ffmpeg command gives the video being edited (its first `-i`) and the
    file it writes (its last word; not with `written` False): this video and the result,
    whatever they are called, never files the request needs given."""
    names: set[str] = set()
    for m in _COMMAND.finditer(prompt):
        tokens = [t.strip("\"'") for t in _TOKEN.findall(m[0])]
        inputs = [tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t.lower() == "-i"]
        names.update(inputs[:1])
        if not written:
            continue
        if len(tokens) > 1 and tokens[-2].lower() != "-i" and _FILE.fullmatch(tokens[-1]):
            names.add(tokens[-1])
    return frozenset(n.lower() for n in names)


#: A filter graph that lays the second input over the first: "[0:v][1:v] overlay=25:25:
#: enable='between(t,0,20)'", its place and its times.
_OVERLAY = re.compile(
    r"(?:\[0(?::v)?\] ?\[1(?::v)?\] ?)?overlay ?= ?(?:x=)?(?P<x>[^:\s]+):(?:y=)?(?P<y>[^:\s\[]+)"
    r"(?::enable ?= ?'?between\(t, ?(?P<a>\d+(?:\.\d+)?), ?(?P<b>\d+(?:\.\d+)?)\)'?)?"
    r"(?: ?\[\w+\])?",
    re.IGNORECASE,
)


def _overlaid(graph: str) -> str | None:
    """Where and when a filter graph lays the second input over the first ("at the top-left
    from 0s to 20s"); None when it does more, or puts it at no corner, side or centre."""
    m = _OVERLAY.fullmatch(graph.strip())
    if m is None:
        return None
    place = overlay_place(m["x"], m["y"])
    if place is None:
        return None
    return place + (f" from {m['a']}s to {m['b']}s" if m["a"] else "")


#: An image laid over the picture by one input's filters: "movie=logo.png [wm]; [in][wm]
#: overlay=10:10 [out]".
_MOVIE_OVERLAY = re.compile(
    r"movie ?= ?'?(?P<file>[\w./\\-]+\.(?:png|jpe?g|gif|webp|bmp))'? ?\[(?P<n>\w+)\] ?; ?"
    r"\[in\] ?\[(?P=n)\] ?overlay ?= ?(?:x=)?(?P<x>[^:\s]+):(?:y=)?(?P<y>[^:\s\[]+)(?: ?\[out\])?",
    re.IGNORECASE,
)


def _movie_overlaid(graph: str) -> str | None:
    """ "movie=logo.png [wm]; [in][wm] overlay=10:10 [out]" -> "overlay logo.png at the
    top-left": the image and where it goes; None for any other graph."""
    m = _MOVIE_OVERLAY.fullmatch(graph.strip().strip("\"'"))
    if m is None:
        return None
    place = overlay_place(m["x"], m["y"])
    return None if place is None else f"overlay {m['file']} {place}"


def overlay_place(x: str, y: str) -> str | None:
    """The place overlay's x and y put the second picture ("main_w-overlay_w-5", "5": at the
    top-right), or None when they name no corner, side or centre."""
    return _coordinates(
        x.replace("main_w", "w").replace("overlay_w", "tw").replace("W", "w"),
        y.replace("main_h", "h").replace("overlay_h", "th").replace("H", "h"),
    )


def _keeps_time(audio: str, tokens: Sequence[str]) -> bool:
    """Whether an audio filter only plays the sound at the speed the picture's setpts plays
    it ("-vf setpts=PTS/0.8 -af atempo=0.8"): one speed change, not two."""
    tempo = re.fullmatch(r"atempo ?= ?(\d+(?:\.\d+)?)", audio.strip(), re.IGNORECASE)
    if tempo is None:
        return False
    factor = float(tempo[1])
    for option, value in itertools.pairwise(tokens):
        if option.lower() not in ("-vf", "-filter:v"):
            continue
        pts = re.search(
            r"setpts ?= ?(?:pts ?/ ?(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?) ?\* ?pts)", value, re.IGNORECASE
        )
        if pts is not None:
            said = float(pts[1]) if pts[1] else 1 / float(pts[2])
            return abs(said - factor) < 1e-6
    return False


def _seconds(value: str) -> str:
    return f"{parse_time(value):g}s"


def _said(m: re.Match[str], unquoted: Callable[[str], str]) -> str:
    tokens = [unquoted(t).strip("\"'") for t in _TOKEN.findall(m[0])]
    # options said alone ("-i logo.png -filter_complex overlay=…") leave the video edited out
    alone = not (tokens and tokens[0].lower().startswith("ffmpeg"))
    if not alone:
        tokens = tokens[1:]
    words: list[str] = []
    start = length = end = None
    inputs: list[str] = []
    overlays: list[str] = []
    output = None
    muxer = None
    i = 0
    try:
        while i < len(tokens):
            token, value = tokens[i].lower(), tokens[i + 1] if i + 1 < len(tokens) else None
            takes = value is not None and not re.fullmatch(_OPTION, value.lower())
            if token in _FLAGS:
                i += 1
                continue
            if not token.startswith("-"):
                if _FILE.fullmatch(tokens[i]):
                    output = tokens[i]
                elif i != len(tokens) - 1 or not inputs:
                    return m[0]  # (a name with no extension is the output only at the end)
                i += 1
                continue
            if not takes:
                if token == "-an":
                    words.append("remove the audio")
                elif token == "-vn":
                    words.append("extract the audio")
                else:
                    return m[0]
                i += 1
                continue
            assert value is not None
            if token == "-i":
                inputs.append(value)
            elif token == "-stream_loop" and value.isdigit() and not inputs:
                # loops the input after it this many times more: it plays one time besides
                words.append(f"loop it {int(value) + 1} times")
            elif token == "-ss":
                start = parse_time(value)
            elif token == "-sseof" and value.startswith("-"):
                # from this far before the end: the last seconds kept
                words.append(f"keep the last {parse_time(value[1:]):g}s")
            elif token == "-t":
                length = parse_time(value)
            elif token == "-to":
                end = parse_time(value)
            elif token == "-s" and re.fullmatch(r"\d{2,5}x\d{2,5}", value.lower()):
                words.append(f"resize it to {value.lower()}")
            elif token == "-r" and re.fullmatch(r"\d+(?:\.\d+)?", value):
                words.append(f"convert it to {value} fps")
            elif token in ("-vf", "-filter:v") and (over := _movie_overlaid(value)) is not None:
                words.append(over)  # "movie=logo.png [wm]; [in][wm] overlay=10:10 [out]"
            elif token in ("-af", "-filter:a") and _keeps_time(value, tokens):
                pass  # atempo beside setpts: the sound kept in time with the picture, said once
            elif token in ("-vf", "-af", "-filter:v", "-filter:a") or (
                # one input's filters, said as a graph: a chain like -vf's
                token == "-filter_complex"
                and not re.search(r"[\[\];]", value)
                and _overlaid(value) is None
            ):
                chain = _HOW_FILTERED.sub("", value).strip(",; ")
                if chain:
                    words.append(re.sub(r"\s*,\s*", " and ", chain))
            elif token == "-f" and _FILE.fullmatch(f"x.{value}"):
                muxer = value.lower()  # "-f gif": the container, when no file name says it
            elif token == "-filter_complex" and (over := _overlaid(value)) is not None:
                overlays.append(over)
            elif token not in _HOW_WRITTEN:
                return m[0]
            i += 2
    except ValueError:
        return m[0]
    if alone and len(inputs) == 1 and len(overlays) == 1:
        # "-i logo.png -filter_complex overlay=…": the one input named is the one laid over
        words.append(f"overlay {inputs[0]} {overlays[0]}")
        inputs = []
    elif len(inputs) > 1:
        # a second input: what is done with it is in its filters; read only as one overlay
        if len(inputs) != 2 or len(overlays) != 1:
            return m[0]
        words.append(f"overlay {inputs[1]} {overlays[0]}")
    elif overlays:
        return m[0]
    if start is not None or length is not None or end is not None:
        first = start or 0.0
        last = end if end is not None else first + length if length is not None else None
        if last is None:
            words.insert(0, f"cut off the first {first:g}s")
        else:
            words.insert(0, f"keep {first:g}s to {last:g}s")
    if output is None and muxer is not None:
        output = f"output.{muxer}"
    if output is not None:
        kind = output.rsplit(".", 1)[1].lower()
        if not inputs or inputs[0].rsplit(".", 1)[-1].lower() != kind:
            words.append(f"convert it to {kind}")
    if not words:
        return ""  # "-c copy": how it is written, no edit
    return " and ".join(words)
