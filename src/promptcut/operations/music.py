"""Operations that take sound from another file: replace the soundtrack, mix in music,
duck it under speech."""

from __future__ import annotations

import math
from typing import ClassVar

from pydantic import Field, model_validator

from promptcut.errors import InvalidRequest
from promptcut.media.info import MediaInfo
from promptcut.operations.base import Clip, Graph, Operation, Ranged, fmt_seconds, num
from promptcut.operations.grammar import frame, parse_number, parse_time, rule

__all__ = ["OPERATIONS", "AddMusic", "ReplaceAudio"]

#: Music under the video's own sound sits this far below its own level: clearly under speech.
UNDER_DB = -18.0
#: The music ends this long before the video's end, faded out, unless asked otherwise.
FADE_OUT = 2.0
#: Ducking: a compressor on the music keyed by the video's own sound. Anything louder than
#: about -36 dBFS in the video's sound counts as someone speaking; the music then drops by
#: most of the difference, in 20 ms, and comes back over 400 ms when they stop.
_DUCK = "sidechaincompress=threshold=0.016:ratio=6:attack=20:release=400"

_AUDIO_EXTS = ("mp3", "wav", "m4a", "aac", "flac", "ogg", "oga", "opus")
_LAYOUTS = {1: "mono", 2: "stereo", 3: "2.1", 4: "quad", 5: "5.0", 6: "5.1", 7: "6.1", 8: "7.1"}


def _layout(channels: int) -> str:
    return _LAYOUTS.get(channels, f"{channels}c")


# ---------------------------------------------------------------- the words
# A music file as people name it: "music.mp3", "the song song.mp3", "background music from
# track.mp3". The planner writes a given file's full name for its bare name, so "background
# music: music.mp3" arrives as "background music.mp3: music.mp3": a first file name is allowed.
_ADJ = (
    r"(?:(?:the|some|my|this|that|a|an|our|their|a (?:little )?bit of|a touch of|a little|nice|"
    r"cool|good|chill|upbeat|calm|happy|epic|looping|looped|"
    r"relaxing|little|royalty free|royalty-free|new|no copyright|no-copyright|copyright free|"
    r"copyright-free|non-copyrighted|free|open source|free and open source|creative commons|"
    r"licensed|other|different|another) )*"
)
_BG = r"(?:background|backing|bg|underlying|ambient)"
_NOUN = (
    r"(?:music|song|track|tune|soundtrack|sound track|audio track|audio file|music file|sound file|"
    r"mp3|audio|sound|score|beat|bgm|instrumental|jingle)"
)
_LINK = r"(?:from|of|called|named|in|file|with|using|off|:|-|=)"
_SONG = (
    rf"{_ADJ}(?:(?P<bg>{_BG}) )?(?:(?P<noun>{_NOUN}) )?(?:{_LINK} )?"
    rf"(?:(?P<pf>{{file}}) (?:{_LINK} )?)?"
    r"(?:\(|\"|')?{file:f}(?:\)|\"|')?(?: (?:file|track|song|tune|audio))?"
)
# The video's own sound.
_OWN = (
    r"(?:(?:the|its|it's|my|this|that|our|their) )?(?:(?:video|clip|footage|film|movie)(?:'s)? )?"
    r"(?:(?:original|old|current|existing|own|present|whole|entire|default|recorded) )*"
    r"(?:audio|sound|soundtrack|sound track|audio track|track|music|background music|score|"
    r"sounds|voice|voices|{file:own})(?: (?:of|in|on|from) {it})?"
)
_SPEECH = (
    r"(?:speech|speak|speaks|speaking|spoken|voice|voices|talk|talks|talking|dialog|dialogue|"
    r"narration|narrator|narrates|vocal|vocals|words|conversation|conversations|people|someone|"
    r"somebody|anyone|person|speaker|speakers|voiceover|voice over|voice-over|they|he|she|"
    r"original (?:audio|sound)|the (?:audio|sound)|interview|host|presenter|singing|singer)"
)
_MUSIC = r"(?:(?:the |my |this |that )?(?:background )?(?:{file}|music|song|track|tune))"
# "it" is the music only after the music was named: "add music.mp3 and duck it".
_THE_MUSIC = rf"(?:it|the volume|{_MUSIC})"
# The words around the speech: a few, from a closed list. An open tail here once read "duck it
# under the speech and reverse it" as one step, dropping the reverse.
_AROUND_SPEECH = (
    r"(?:(?:the|a|an|any|some|there is|there's|there are|is|are|someone is|people are|it has|"
    r"there's some|original|main|video's|clip's|own|background|when|someone|people) )*"
)
_AFTER_SPEECH = (
    r"(?: (?:is|are|starts?|comes? in|kicks? in|happens?|plays?|can be heard|in the video|"
    r"in the clip|talking|speaking|talks|speaks|says something|begins?|parts?|sections?|bits?|"
    r"audio|track|sound))*"
)
_UNDER_SPEECH = (
    r"(?:under|below|beneath|behind|for|during|when|whenever|while|whilst|if|where|as) "
    rf"{_AROUND_SPEECH}{_SPEECH}\b{_AFTER_SPEECH}"
)
_TO_END = r"(?: (?:at|towards?|near|by|until|till) the end(?: of {it})?)?"

#: What may follow the file, in any order: its level, where it goes, ducking, fades, looping.
_MODS = [
    # a replacement, not an addition
    r"(?P<astrack>as (?:the |a |my |its |it's |our |their )?(?:(?:new|only|sole|whole|entire|main|"
    r"replacement|substitute|complete|full) )*(?:audio|sound|soundtrack|sound track|audio track|"
    r"audio channel|track|music|score|{file})(?: track)?(?: (?:of|for|on|in|to) {it})?)",
    r"(?P<instead>instead(?: of (?:the |its )?(?:(?:original|old|current|existing|video's) )*"
    r"(?:audio|sound|soundtrack|music|one))?|(?:replacing|in place of|to replace|over(?:writing|riding))"
    r" (?:the |its )?(?:(?:original|old|current|existing|video's) )*(?:audio|sound|soundtrack|"
    r"audio track|music)(?: (?:of|in) {it})?)",
    # where it goes
    rf"(?P<where>(?:as|for) (?:a |an |the |some )?{_BG}(?: (?:music|track|audio|sound|score|bed|"
    r"tune|song|noise|ambience|{file}))?|as (?:a |the )?(?:music bed|bed|bgm|backing track|underscore|"
    r"ambience|ambient music)|(?:in|into|to|on|onto|over|under|underneath|beneath|below|behind|"
    r"with|alongside|on top of|along with|across|for|throughout|through|during|inside|against|"
    r"together with|mixed with|mixed into|mixed under) (?:(?:the|this|my|its|it's|our|whole|"
    r"entire|silent|mute|muted|soundless|quiet) )*(?:background|back|mix|{it}|(?:(?:video|clip)'s )?(?:(?:existing|original|current"
    r"|own|old|normal) )*(?:audio|sound|soundtrack|sound track|audio track|speech|dialog|dialogue|"
    r"voices?|talking|narration|voice ?over|vocals|track)))",
    r"(?P<in>in|on|under|underneath|in there|on top|behind|in the back)",
    # its level
    r"(?:(?P<lv>set|turn|turned|bring|lower|lowered|put|keep|kept|have|reduce|reduced|drop|"
    rf"dropped|make|mixed|mix) (?:{_THE_MUSIC}(?:'s)? |its )?(?:(?:volume|level) )?(?P<dn>down )?)?"
    r"(?:(?P<by>by )|(?:at|to|with|on|@|around|about) (?:a |an |around |about |roughly )?"
    r"(?:(?:volume|level|gain|loudness) (?:of )?)?)?(?:{pct:p}|{db:d})"
    r"(?: (?:volume|level|loudness|gain|strength|of (?:its|the|the original|the normal|full) "
    r"(?:volume|level)|as loud))?",
    r"(?:at|to|with) (?:a |an )?(?:volume|level|gain) (?:of )?{num:fr}|(?:at )?{num:fr2} volume",
    r"(?:(?:at|with|on|in|and|so it's|so it is|kept|keep it|nice and) (?:a |an )?)?"
    r"(?:(?P<vq>very|really|super|extra|barely|just|ever so) |(?:quite|pretty|fairly|rather|"
    r"nice and) )?(?P<q>quiet|quietly|soft|softly|low|gently|gentle|subtle|subtly|lightly|light|"
    r"faint|faintly|audible|low-key|lowkey|down low|turned down|kept low|turned low|not too loud|"
    r"not loud|in the distance)(?: (?:volume|level|in the mix|underneath|under {it}))?",
    # "that is quieter than the voices": under the video's own sound, as music usually sits
    r"(?:(?:that|which) (?:is|sits|plays|stays) |(?:that's|so it's|so it is) )?(?:a bit |much )?"
    r"(?P<under>quieter|softer|lower) than (?:the |its )?(?:voices?|speech|talking|dialog(?:ue)?|"
    r"narration|voice-?over|people(?: talking)?|original(?: audio| sound)?|video's (?:audio|sound))",
    r"(?P<full>(?:at )?full (?:volume|blast|level|loudness)|loud|loudly|at (?:the )?same "
    r"(?:volume|level|loudness)(?: as (?:the )?(?:original|video|audio|sound|speech))?|"
    r"(?:at )?(?:its |the |their )?(?:original|normal|own|regular|natural|full) (?:volume|level|"
    r"loudness))",
    # ducking
    r"(?P<duck>(?:with )?(?:(?:auto(?:matic)?|audio|voice|speech|dialog(?:ue)?) )?(?:ducking|"
    r"side-?chain(?:ing)?(?: compression)?|auto-?ducking)(?: (?:on|for|under) (?:the )?(?:music|"
    rf"speech|voice|dialog(?:ue)?|{{file}}))?|(?:(?:automatically|auto) )?(?:duck|ducks|ducked|"
    r"ducking|dip|dips|dipped|dipping|lower|lowers|lowered|lowering|drop|drops|dropped|dropping|"
    r"reduce|reduces|reduced|reducing|turn down|turns down|turned down|turning down|bring down|"
    r"brought down|pull down|pulled down|fade down|attenuate|attenuated|quieten|quietened|quieter|"
    r"softer|ride|side-?chain|side-?chained|compress|compressed|make|get|gets|go|goes|getting|"
    rf"going)(?: (?:{_THE_MUSIC}(?:'s)? (?:volume|level)?|its (?:volume|level)))?(?: (?:down|"
    r"quieter|softer|lower|automatically|a bit|a lot|way down))? (?:under|below|beneath|behind|for|"
    r"during|when|whenever|while|whilst|if|where|as|so|around|against|in favou?r of|to let|"
    rf"to make room for|each time|every time|any time|anytime) {_AROUND_SPEECH}{_SPEECH}\b"
    rf"{_AFTER_SPEECH}|"
    rf"(?:(?:automatically|auto) )?(?:duck|ducked|side-?chain|side-?chained)(?: {_THE_MUSIC})?"
    r"(?: (?:automatically|down))?)",
    # fades
    r"(?P<fadein>(?:with|and|plus) (?:a |an )?(?:{time:fi} (?:long )?)?(?:(?:gentle|slow|soft|"
    r"smooth|nice|quick) )?fade(?: |-)?in(?P<andout> and (?:a )?(?:fade )?out)?|fading in|that "
    rf"fades in|fades in|(?:and |then )?fade (?:in )?{_THE_MUSIC} in|(?:and |then )?fade in "
    rf"{_THE_MUSIC})",
    r"(?P<fade>with (?:a |an )?(?:{time:fd} (?:long )?)?(?:(?:gentle|slow|soft|smooth|nice|quick)"
    rf" )?(?:(?:music|{{file}}) )?fade(?: |-)?(?:out)?{_TO_END}(?: (?:over|of|lasting|for|in) (?:the last )?"
    r"{time:fd2})?|(?:and |then )?(?:fading|fades|that fades|which fades|have it fade|let it "
    rf"fade)(?: {_THE_MUSIC})? out{_TO_END}(?: (?:over|of|lasting|for|in) (?:the last )?"
    rf"{{time:fd3}})?|(?:and |then )?fade (?:out )?{_MUSIC}(?: out)?{_TO_END}"
    r"(?: (?:over|of|lasting|for|in) (?:the last )?{time:fd4})?"
    # "fade it out at the end (over 5 s)" is read by no other step: after the music, it is
    # the music ("fade it out" alone is the video's fade)
    r"|(?:and |then )?fade it out(?: (?:at|towards?|near|by) the end)"
    r"(?: (?:over|of|lasting|for|in) (?:the last )?{time:fd5})?)",
    r"(?P<nofade>(?:with )?no fad(?:e|ing)(?: out)?|without (?:a |any )?fad(?:e|ing)(?: out)?|"
    rf"(?:and |but )?(?:don't|do not|dont|never) fade(?: {_MUSIC}| it)?(?: out)?)",
    # looping
    r"(?P<noloop>(?:(?:play|plays|playing|run|runs) (?:it |{file} |the music |the song )?)?"
    r"(?:just |only )?once|(?:only )?one time|(?:and |but )?(?:don't|do not|dont|"
    rf"without|no|not|never) (?:loop|repeat|looping|repeating|looped)(?: {_THE_MUSIC})?)",
    r"(?P<loop>(?:on |in |as )(?:a )?(?:loop|repeat)|(?:looped|looping|repeated|repeating)"
    # ("looped if it is shorter than the video": as it is, when it is)
    r"(?: (?:if|when|in case|where) (?:it(?:'s| is)|the (?:music|song|audio|track) is) "
    r"(?:shorter(?: than (?:the video|it))?|too short|not long enough))?|(?:and )?"
    rf"(?:loop|repeat) {_THE_MUSIC}(?: (?:if|when|as|so|to) (?:it(?:'s| is) |it runs )?(?:needed|necessary|"
    r"shorter|too short|out|it ends|it runs out|ends|fill(?: {it})?|cover(?: {it})?))?|(?:for|throughout|through|"
    r"over|across|during|to fill|filling|covering) (?:the )?(?:whole|entire|full) (?:video|clip|"
    r"thing|length|duration|way)|throughout(?: {it})?|all the way through|the whole (?:way|time)"
    r"(?: through)?|(?:to|until|till) the (?:end|very end)(?: of {it})?|(?:to|and) (?:fill|cover)"
    r"(?: (?:the|it))?(?: (?:whole|entire))?(?: (?:video|clip|length))?)",
]
_MORE = r"(?: (?:, ?)?(?:(?:and|but|then|plus|with|so) )?(?:" + "|".join(_MODS) + r"))*"

_ADD_VERB = (
    r"(?:add|add in|mix|mix in|put|put in|lay|lay in|layer|layer in|overlay|play|include|insert|"
    r"throw in|drop in|drop|stick|stick in|bring in|blend|blend in|slap|slap on|apply|attach|use|"
    r"set|take|choose|pick|have|embed|incorporate|place|pop|pop in|chuck|chuck in|bung|throw|"
    r"tack on|load|import|"
    r"underlay|i want|i need|i'd like|i would like|can i get|can i have|can we get|can we have|"
    r"let's have|give me|with|and|plus|now with)"
)
_SWAP = (
    r"(?:replace|swap|swap out|switch|switch out|change|change out|substitute|exchange|overwrite|"
    r"override|trade|redo|re-do|update|set|turn|make)"
)


class _FromFile(Operation):
    """Sound from another file laid along the video: looped or trimmed to its length, at a
    level, faded at its ends."""

    adds_sound: ClassVar[bool] = True

    file: str = Field(description="The sound file, by the name the request uses: music.mp3.")
    percent: float | None = Field(
        None,
        gt=0,
        le=400,
        description="The file's level as a percentage of its own: 20 is about -14 dB.",
    )
    db: float | None = Field(
        None, ge=-60, le=20, description="The file's level change in decibels: -18 is quiet."
    )
    loop: bool = Field(
        True,
        description="Play the file again from its start when it is shorter than the video "
        "(False: silence after it ends).",
    )
    fade_in: float = Field(0.0, ge=0, le=60, description="Seconds to fade the file in.")
    fade_out: float = Field(
        FADE_OUT, ge=0, le=60, description="Seconds to fade the file out at the video's end."
    )

    @model_validator(mode="after")
    def _one_level(self) -> _FromFile:
        if self.percent is not None and self.db is not None:
            raise ValueError("give the music's level as a percentage or in dB, not both")
        return self

    def assets(self) -> tuple[str, ...]:
        return (self.file,)

    def check(self, clip: Clip) -> None:
        if clip.is_image:
            raise InvalidRequest(
                f"the input is a still image: it has no length to lay {self.file} along; "
                "start from a video"
            )
        for what, seconds in (("fade in", self.fade_in), ("fade out", self.fade_out)):
            explicit = ("fade_in" if what == "fade in" else "fade_out") in self.model_fields_set
            if explicit and seconds > clip.duration + 0.05:
                raise InvalidRequest(
                    f"a {seconds:g} s {what} is longer than the video ({fmt_seconds(clip.duration)})"
                )

    def _gain_db(self, default: float) -> float:
        if self.db is not None:
            return self.db
        if self.percent is not None:
            return 20 * math.log10(self.percent / 100)
        return default

    def _source(self, graph: Graph) -> MediaInfo:
        """The file, probed; refused with what it is when it holds no sound."""
        info = graph.asset(self.file)
        if info.is_image:
            raise InvalidRequest(
                f"{self.file} is an image ({info.describe()}), not sound; give an audio file "
                "(mp3, wav, m4a...) or a video with sound"
            )
        if info.audio is None:
            raise InvalidRequest(
                f"{self.file} has no sound to use: it is {info.describe()}, with no audio track"
            )
        if info.duration <= 0:
            raise InvalidRequest(f"{self.file} has no length to play: {info.describe()}")
        return info

    def _branch(
        self,
        graph: Graph,
        info: MediaInfo,
        rate: int,
        channels: int,
        gain: float,
        window: tuple[float, float] | None = None,
    ) -> str:
        """The file's sound as one more input: at `rate` and `channels`, exactly as long as the
        video at this step, at `gain` dB, faded; returns its label. With a `window` (seconds of
        this step's timeline) the file plays from its start in that window only, faded at its
        ends, and is silent outside it."""
        whole = graph.clip.duration
        begin, stop = window or (0.0, whole)
        length = stop - begin
        short = info.duration < length - 0.01
        # The demuxer re-reads a short file from its start: nothing is held in memory.
        looped = self.loop and short
        n = graph.open_input(self.file, *(("-stream_loop", "-1") if looped else ()))
        chain = ["asetpts=PTS-STARTPTS"]
        if info.audio is not None and info.audio.channels == 1 and channels == 2:
            # Mono to both sides at its own level (a plain upmix puts it 3 dB lower).
            chain.append("pan=stereo|c0=c0|c1=c0")
        chain += [
            f"aresample={rate}",
            f"aformat=sample_fmts=fltp:channel_layouts={_layout(channels)}",
        ]
        if abs(gain) > 0.005:
            chain.append(f"volume={num(gain)}dB")
        if short and not looped:
            chain.append(f"apad=whole_dur={num(length)}")
        chain.append(f"atrim=duration={num(length)}")
        fade_in = min(self.fade_in, length)
        if fade_in > 0:
            chain.append(f"afade=t=in:st=0:d={num(fade_in)}")
        fade_out = min(self.fade_out, length)
        if fade_out > 0:
            chain.append(f"afade=t=out:st={num(length - fade_out)}:d={num(fade_out)}")
        if begin > 0:
            chain.append(f"adelay=delays={round(begin * 1000)}:all=1")
        if begin > 0 or stop < whole:
            # (silence around the window, so the music runs as long as the video)
            chain += [f"apad=whole_dur={num(whole)}", f"atrim=duration={num(whole)}"]
        out = graph.new_label("a")
        graph.add(f"[{n}:a:0]{','.join(chain)}[{out}]")
        return out

    def _describe_extras(self) -> str:
        extras = []
        if self.percent is not None:
            extras.append(f"at {self.percent:g}%")
        elif self.db is not None:
            extras.append(f"at {self.db:+g} dB")
        if not self.loop:
            extras.append("played once")
        if self.fade_in:
            extras.append(f"{self.fade_in:g} s fade in")
        extras.append(f"{self.fade_out:g} s fade out" if self.fade_out else "no fade out")
        return ", ".join(extras)


class ReplaceAudio(_FromFile):
    """Replace the video's sound with another file's (music, a voiceover).

    The file is looped or trimmed to the video's length and faded out at its end; the picture
    is left as it is."""

    name: ClassVar[str] = "replace_audio"
    touches: ClassVar[frozenset[str]] = frozenset({"sound"})
    frames = (
        frame(
            "replace the audio with {file}",
            "replace swap substitute switch dub",
            also="audio sound soundtrack track volume level loudness gain music song original new",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "use music.mp3 as the audio track",
        "replace the audio with song.wav",
        "swap the sound for voiceover.m4a",
    )

    def render(self, graph: Graph) -> None:
        info = self._source(graph)
        if not graph.keep_audio:
            return  # the result holds no sound (a GIF, a still): nothing to build
        assert info.audio is not None
        clip = graph.clip
        # Keep the sound's format when there is one: later steps and players see no change.
        rate = clip.sample_rate if clip.has_audio else info.audio.sample_rate
        channels = clip.channels if clip.has_audio else info.audio.channels
        if clip.has_audio:
            graph.drop_audio()
        graph.give_audio(self._branch(graph, info, rate, channels, self._gain_db(0.0)))
        graph.clip = graph.clip.evolve(has_audio=True, sample_rate=rate, channels=channels)

    def describe(self) -> str:
        return f"replace the audio with {self.file} ({self._describe_extras()})"

    grammar = (
        rule(rf"(?P<verb>{_ADD_VERB}) {_SONG}{_MORE}", lambda g: _only(ReplaceAudio, g)),
        rule(rf"{_SONG}{_MORE}", lambda g: _only(ReplaceAudio, g, bare=True)),
        rule(
            rf"{_SWAP} {_OWN} (?:with|for|to|by|into|using|out for|over to) {_SONG}{_MORE}",
            lambda g: _from_words(g, replace=True),
        ),
        rule(
            rf"(?:substitute|swap in|switch in|sub in|put|use|play|bring in|drop in|have) {_SONG} "
            rf"(?:for|in place of|instead of|as a replacement for|to replace) {_OWN}{_MORE}",
            lambda g: _from_words(g, replace=True),
        ),
        rule(
            rf"(?:dub|redub|re-dub|rescore|re-score|re-sound) {{it}} (?:with|using|to|in) {_SONG}{_MORE}",
            lambda g: _from_words(g, replace=True),
        ),
        rule(
            rf"(?:(?:the|a|my) )?(?:(?:new|replacement) )?(?:audio|sound|soundtrack|sound track|audio track)"
            rf"(?: track)? (?::|-|=|->|should be|to be|will be|is|from) {_SONG}{_MORE}",
            lambda g: _from_words(g, replace=True),
        ),
        rule(
            rf"(?:make|have|let) {_SONG} (?:be )?(?:(?:the|its|a) )?(?:(?:new|only|whole|sole) )*"
            rf"(?:audio|soundtrack|sound track|audio track|sound)(?: (?:of|for|on|in) {{it}})?{_MORE}",
            lambda g: _from_words(g, replace=True),
        ),
        rule(
            rf"(?:mute|remove|drop|strip|lose|kill|ditch|cut|get rid of|take out|take off|silence|"
            rf"delete|scrap|dump) {_OWN}(?: (?:of|from|in) {{it}})?(?: ,)? (?:and |then |and then )?"
            rf"(?:use|put|put in|add|add in|play|replace it with|swap in|drop in|lay|insert|stick|"
            rf"set|bring in|include|have|mix in|throw in) {_SONG}{_MORE}",
            lambda g: _from_words(g, replace=True),
        ),
    )


class AddMusic(_FromFile, Ranged):
    """Add music from another file under the video's own sound, optionally ducked under speech.

    Quietly (-18 dB) unless a level is asked for; looped or trimmed to the video's length (or
    to the part asked for: "from 0:10", "for the first 30 seconds", the music starting there
    from its own beginning) and faded out at its end; ducked: lowered while the video's own
    sound (speech) plays. On a video with no sound the music plays at its own level."""

    name: ClassVar[str] = "add_music"
    touches: ClassVar[frozenset[str]] = frozenset({"sound"})
    frames = (
        frame(
            "add {file} as background music",
            "music song soundtrack background",
            also="add put mix play include use under over behind quietly quiet softly low volume track audio",
        ),
    )
    examples: ClassVar[tuple[str, ...]] = (
        "mix in music.mp3 at 20% volume",
        "add music.mp3 quietly in the background",
        "background music: music.mp3",
        "put music.mp3 on it",
        "add music.mp3 and duck it under the speech",
    )

    duck: bool = Field(
        False, description="Lower the music while the video's own sound (speech) plays."
    )

    def check(self, clip: Clip) -> None:
        super().check(clip)
        Ranged.check(self, clip)  # (the part it plays in lies in the video)
        if self.duck and not clip.has_audio:
            raise InvalidRequest(
                "the video has no sound of its own to duck the music under: it has no audio "
                "track (leave out the ducking to just add the music)"
            )

    def render(self, graph: Graph) -> None:
        info = self._source(graph)
        if not graph.keep_audio:
            return  # the result holds no sound (a GIF, a still): nothing to build
        assert info.audio is not None
        clip = graph.clip
        window = self.span(clip) if self.ranged else None
        if not clip.has_audio:
            # Nothing to sit under: the music is the sound, at its own level.
            rate, channels = info.audio.sample_rate, info.audio.channels
            graph.give_audio(self._branch(graph, info, rate, channels, self._gain_db(0.0), window))
            graph.clip = clip.evolve(has_audio=True, sample_rate=rate, channels=channels)
            return
        own = graph.take_audio()
        music = self._branch(
            graph, info, clip.sample_rate, clip.channels, self._gain_db(UNDER_DB), window
        )
        if self.duck:
            keep, key, padded, ducked = (graph.new_label("a") for _ in range(4))
            graph.add(f"[{own}]asplit=2[{keep}][{key}]")
            # The key is padded with silence: if the video's sound ends first, the music goes
            # on to the end, no longer ducked.
            graph.add(f"[{key}]apad[{padded}]")
            graph.add(f"[{music}][{padded}]{_DUCK}[{ducked}]")
            own, music = keep, ducked
        out = graph.new_label("a")
        # normalize=0: each input keeps its own level (amix would otherwise halve both).
        graph.add(f"[{own}][{music}]amix=inputs=2:duration=longest:normalize=0[{out}]")
        graph.give_audio(out)

    def describe(self) -> str:
        level = "" if self.percent is not None or self.db is not None else f"at {UNDER_DB:g} dB, "
        duck = ", ducked under the speech" if self.duck else ""
        return (
            f"add {self.file} as music ({level}{self._describe_extras()}{duck})"
            f"{self.describe_range()}"
        )

    grammar = (
        rule(rf"(?P<verb>{_ADD_VERB}) {_SONG}{_MORE}", lambda g: _only(AddMusic, g)),
        rule(rf"{_SONG}{_MORE}", lambda g: _only(AddMusic, g, bare=True)),
        rule(rf"(?:give|get) {{it}} {_SONG}{_MORE}", lambda g: _from_words(g, named=True)),
        rule(
            rf"(?:set|score|soundtrack|accompany|back|underscore|underlay|pair|match) {{it}} "
            rf"(?:to|with|using|by) {_SONG}{_MORE}",
            lambda g: _from_words(g, named=True),
        ),
        # "put some music on it: music.mp3" (arrives as "put some music.mp3 on it: music.mp3")
        rule(
            rf"(?P<verb>{_ADD_VERB}) {_ADJ}(?:{_BG} )?(?:{_NOUN}|{{file}}){_MORE} ?"
            r"(?::|-|,|with|using|from|namely) (?:the )?(?:file )?{file:f}",
            lambda g: _from_words(g, named=True),
        ),
        # "duck the music under the speech" on its own: the music must be added in the same
        # request ("add music.mp3, duck it under the speech" is read as one step).
        rule(
            rf"(?:(?:automatically|auto) )?(?:(?:duck|side-?chain) (?:{_MUSIC}|it)(?: (?:down|"
            rf"automatically))?(?: {_UNDER_SPEECH})?|(?:dip|lower|turn down|bring down|reduce) "
            rf"{_MUSIC}(?: (?:volume|level))?(?: down)? {_UNDER_SPEECH})",
            lambda g: _duck_alone(),
        ),
    )


_SOUND_VERBS = frozenset({"mix", "mix in", "blend", "blend in", "layer", "layer in", "underlay"})
_MOD_GROUPS = (
    "astrack", "instead", "where", "in", "p", "d", "fr", "fr2", "q", "under", "full", "duck", "fadein",
    "fade", "nofade", "noloop", "loop",
)  # fmt: skip
_LOWERING = ("lower", "reduce", "drop", "turn")


def _only(kind: type[_FromFile], g: dict[str, str], **how: bool) -> _FromFile | None:
    """What the words ask for, if it is a `kind` (the same words may ask for either)."""
    op = _from_words(g, **how)
    return op if isinstance(op, kind) else None


def _from_words(
    g: dict[str, str], *, replace: bool = False, bare: bool = False, named: bool = False
) -> _FromFile | None:
    """The step the words ask for; None when they may be about another kind of file (a
    logo, a clip to join) and say nothing of sound."""
    if (own := g.get("own")) is not None and (
        own == g.get("f") or own.rsplit(".", 1)[-1] not in _AUDIO_EXTS
    ):
        # ("replace the intro with new_intro.mp4", the intro named by the file: a part of the
        # picture and sound replaced by a clip, never the sound by the clip's own)
        return None
    mods = any(k in g for k in _MOD_GROUPS)
    sound = (
        named
        or replace
        or any(k in g for k in ("bg", "noun", "pf", "where", "astrack", "instead"))
        or g.get("verb", "") in _SOUND_VERBS
    )
    if bare and not (sound or mods):
        return None  # a file name alone asks for nothing
    ext = g["f"].rsplit(".", 1)[-1]
    if ext in ("srt", "ass", "ssa", "vtt") and not (replace or "astrack" in g):
        return None  # subtitles are read, not heard (unless named as the soundtrack: refused later)
    if ext not in _AUDIO_EXTS and not (sound and not _only_where(g)):
        return None  # "add logo.png", "add clip2.mp4 to it": not music unless words say sound
    replacing = replace or "astrack" in g or "instead" in g
    params: dict[str, object] = {"file": g["f"], **_level(g), **_fades(g)}
    if "noloop" in g:
        params["loop"] = False
    if replacing:
        if "duck" in g:
            raise ValueError(
                "ducking lowers the music under the video's own sound, which this replaces; "
                "say 'add ... and duck it under the speech' to keep that sound"
            )
        return ReplaceAudio.model_validate(params)
    if "duck" in g:
        params["duck"] = True
    return AddMusic.model_validate(params)


def _level(g: dict[str, str]) -> dict[str, float]:
    if sum(k in g for k in ("p", "d", "fr", "fr2")) > 1:
        # "at 20% volume by 7 dB": which level is meant is not guessed
        raise InvalidRequest("the music's level is said twice, in two ways; say it once")
    lowering = "dn" in g or ("by" in g and g.get("lv", "").startswith(_LOWERING) and "dn" not in g)
    if "p" in g:
        value = parse_number(g["p"])
        if "by" in g and g.get("lv", "").startswith(_LOWERING):
            value = 100 - value  # "lower it by 80%": to 20%
        return {"percent": value}
    if "d" in g:
        db = parse_number(g["d"])
        signed = g["d"].strip().startswith(("-", "+"))
        return {"db": -abs(db) if lowering and not signed else db}
    if "fr" in g or "fr2" in g:
        value = parse_number(g.get("fr") or g["fr2"])
        return {"percent": value * 100 if value <= 1 else value}
    if "full" in g:
        return {"db": 0.0}
    if "q" in g or "under" in g:
        return {"db": -26.0 if "vq" in g else UNDER_DB}
    return {}


def _fades(g: dict[str, str]) -> dict[str, float]:
    if "nofade" in g:
        return {"fade_out": 0.0}
    out: dict[str, float] = {}
    times = [g[k] for k in ("fd", "fd2", "fd3", "fd4", "fd5") if k in g]
    if times:
        out["fade_out"] = parse_time(times[0])
    if "fadein" in g:
        out["fade_in"] = parse_time(g["fi"]) if "fi" in g else FADE_OUT
        if "andout" in g and "fi" in g:
            out["fade_out"] = out["fade_in"]
    return out


def _duck_alone() -> None:
    raise ValueError(
        "promptcut ducks music it adds, in the same request: say 'add music.mp3 and duck it "
        "under the speech' (the video's own sound has no separate music track to lower)"
    )


OPERATIONS: tuple[type[Operation], ...] = (ReplaceAudio, AddMusic)


def _only_where(g: dict[str, str]) -> bool:
    """Whether the only hint of sound is where the file goes ("to the video", "on it"), which
    says nothing of sound for a video or image file."""
    hints = [k for k in ("bg", "noun", "pf", "astrack", "instead") if k in g]
    return not hints and "where" in g and g.get("verb", "") not in _SOUND_VERBS
