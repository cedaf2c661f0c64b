"""Attack words as the backdrop of what a sentence tells: habits, fears, sounds, the war going on.

"Israel has carried out near-daily air raids on Rafah", "Rafah has come under nightly strikes"
(a habit); "who had sought protection from air strikes", "the citizens endured the
bombardment", "places witnessing air strikes", "their proximity to the fighting" (what people
fear and live through, what places are like); "residents reported hearing explosions" (heard
from afar, unplaced); "as the renewed fighting showed no signs of slowing" (the war as a
backdrop); "under localised pauses in the fighting"; "a reminder that Hamas cells are still
fighting" (the writer's gloss); and the manner of another deed: a raid told by the arrests it
made, fire under whose cover troops move on the ground (``told_as_cover``). None is an attack
an ACLED coder codes; the deed it frames is.
"""

from __future__ import annotations

import re

from geoevents.dates import WEEKDAY_PATTERN
from geoevents.in_passing.days import A_DAY, DAY_AFTER
from geoevents.triggers.folded_rows import folded_re

# "Palestinians who had sought protection from air strikes by setting up tents"
_SHELTER_FROM = re.compile(r"\b(?:protection|refuge|shelter|safety|cover|respite)\s+from\s+"
                           r"(?:the\s+)?(?:[\w-]+\s+){0,2}$")

# "the citizens endured the bombardment, killing and starvation": what people live through
# (not "suffered burns in airstrikes on tents": hurt in an attack told)
_ENDURED = re.compile(r"\b(?:endured|endure|endures|enduring|suffered|suffer|suffers|"
                      r"suffering)\s+(?:the\s+|months\s+of\s+|weeks\s+of\s+|days\s+of\s+)?"
                      r"(?:(?!(?:in|from|during|by|after|when|as|at|on|under)\s)[\w'’-]+\s+){0,2}$")


def lived_through_or_feared(low: str, before: str, lo: int, at: int, stop: int,
                            end: int) -> bool:
    """Whether the attack is told as what people live through or fear ("the citizens
    endured the bombardment, killing and starvation", "who had sought protection from air
    strikes"), not an attack the report tells."""
    if ("endur" in before or "suffer" in before) and _ENDURED.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end):
        return True
    return " from " in before and _SHELTER_FROM.search(low, lo, at) is not None


# "to move to places witnessing air strikes": what the places are like
_AREAS_UNDER = re.compile(r"\b(?:places|areas|zones|locations|regions)\s+(?:that\s+are\s+|"
                          r"which\s+are\s+)?(?:witnessing|experiencing|facing|seeing|hit\s+by)\s+"
                          r"(?:[\w-]+\s+)?$")
# "may leave because of their proximity to the fighting": where people are, told by the
# fighting near them (not "fighting close to the hospital": the fighting placed)
_NEAR_THE_FIGHTING = re.compile(r"\b(?:proximity|closeness|nearness)\s+to\s+the\s+"
                                r"(?:[\w-]+\s+)?$")
# ... but a fighting told with its sides ("proximity to the clashes between Israeli troops
# and Hamas fighters in Nuseirat") is a clash the report tells
_SIDES_AFTER = re.compile(r"\s+between\s+[^.;,]{1,60}?\s+and\s+\w")


def what_places_are_like(low: str, before: str, lo: int, at: int, stop: int,
                         end: int) -> bool:
    """Whether the attack tells what places are like, or where people are ("because of
    their proximity to the fighting", "to move to places witnessing air strikes"), not an
    attack the report tells."""
    if "to the " in before and _NEAR_THE_FIGHTING.search(low, lo, at) and \
            not DAY_AFTER.match(low, stop, end) and not _SIDES_AFTER.match(low, stop, end):
        return True
    return ("ing " in before or "hit by" in before) and \
        _AREAS_UNDER.search(low, lo, at) is not None


# "residents reported hearing explosions": heard from afar, unplaced
_HEARD = re.compile(r"\b(?:hear|hears|heard|hearing)\s+(?:(?:loud|heavy|large|several|"
                    r"multiple|massive|successive|the)\s+)?$")


def heard_from_afar(low: str, before: str, lo: int, at: int) -> bool:
    """Whether the explosion is told as heard ("residents reported hearing explosions"):
    heard from afar, unplaced, not an attack the report tells."""
    return "hear" in before and _HEARD.search(low, lo, at) is not None


# (not "are facing daily bombardment": what people live under, an event of its own)
# (and "Israel often carries out strikes against militant targets": what it does)
# (and "has been carrying out near-daily raids", "carries out near-daily strikes",
# "frequently strike militant targets", "colleagues in the north describe daily drone strikes
# and shelling": a habit told by those who live it)
_HABITUAL = folded_re(r"\b(?:(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?(?:carried\s+out|"
                      r"carrying\s+out|conducted|conducting|launched|launching|staged|"
                      r"mounted)|carries\s+out|carry\s+out|conducts)\s+(?:near-daily|"
                      r"near\s+daily|almost\s+daily|daily|nightly|near-nightly|routine|"
                      r"regular)\s+(?:[\w-]+\s+)?$|"
                      r"\b(?:describe|describes|described|describing)\s+(?:near-daily|"
                      r"near\s+daily|almost\s+daily|daily|nightly|near-nightly)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:(?:and|or)\s+(?:[\w-]+\s+)?)?$|"
                      r"\b(?:often|regularly|routinely|frequently|usually|typically)\s+"
                      r"(?:(?:carries\s+out|carry\s+out|conducts|conduct|launches|launch|stages)\s+"
                      r"(?:[\w-]+\s+)?)?$")
# (and "warplanes have frequently struck militant targets")
_HABIT_AFTER = re.compile(r"\s+(?:(?:often|frequently|regularly|routinely|usually|typically)\s+"
                          r"(?:strike|strikes|bomb|bombs|shell|shells|target|targets|hit|hits|"
                          r"carry\s+out|carries\s+out)|(?:has|have)\s+(?:often|frequently|"
                          r"regularly|routinely)\s+(?:struck|bombed|shelled|targeted|hit|"
                          r"carried\s+out))\b")


def told_as_a_habit(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the attack is told as a habit, what an army does ("Israel has carried out
    near-daily air raids on Rafah", "Israeli warplanes frequently strike militant targets"),
    not an attack of a day (not "had conducted regular strikes on ... Khan Younis on
    Tuesday": a day's)."""
    if ("daily " in before or "nightly " in before or "routine " in before or
            "regular " in before or "ly " in before or "often " in before) and \
            _HABITUAL.search(low, lo, at) and not DAY_AFTER.match(low, stop, end):
        return True
    return _HABIT_AFTER.match(low, stop, end) is not None and not DAY_AFTER.match(low, stop, end)


# "as the renewed fighting ... showed no signs of slowing": the war as the backdrop of what
# the sentence tells
_CLAUSE_BREAK = re.compile(r"\b(?:while|whereas|when|but)\b")
_AS_THE = re.compile(r"\bas\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
# (not "as fighting continued on Wednesday", "as fighting raged on in the east of the city":
# fighting that day, or at a place)
_NO_END_IN_SIGHT = re.compile(r"(?:\s+[\w'’-]+){0,12}?\s+(?P<verb>(?:showed|shows|show|"
                              r"showing)\s+no\s+signs?\b|(?:continues|continued|rages|raged|"
                              r"grinds|drags)\s+on\b"
                              rf"(?!\s+(?:{WEEKDAY_PATTERN.lower()}|\d|(?:in|at|around|near)\s+"
                              r"(?!(?:the\s+)?(?:enclave|strip|territory|gaza(?!\s+city))\b))))")


def the_war_as_a_backdrop(low: str, before: str, lo: int, at: int, stop: int,
                          end: int) -> bool:
    """Whether the fighting is told as the backdrop of what the sentence tells, going on
    with no end in sight ("as the renewed fighting ... showed no signs of slowing")."""
    if not ("as " in before and _AS_THE.search(low, lo, at) is not None and
            ("sign" in low[stop:stop + 120] or " on" in low[stop:stop + 120])):
        return False
    backdrop = _NO_END_IN_SIGHT.match(low, stop, end)
    if backdrop is None:
        return False
    # (not "as Israeli tanks shelled homes in Bani Suheila and Abasan while the ground
    # offensive showed no signs of slowing": past six words, the attack told with a backdrop
    # of its own)
    return len(low[stop:backdrop.start("verb")].split()) <= 6 or not (
        low.endswith("ed", at, stop) or _CLAUSE_BREAK.search(low, stop, backdrop.start("verb")))


# "trapped inside the few remaining hospitals in Khan Younis as heavy fighting continues,":
# the fighting told in the present, going on as the speaker talks, the backdrop of the
# clause's news (not "as fighting continued on Wednesday", past: the day's fighting, nor
# "as fighting continues in Beit Hanoun", "as fighting rages near the hospital": at a place)
_GOES_ON_NOW = re.compile(r"\s+(?:continues|rages|persists|goes\s+on)(?=\s*(?:[,.;:!?\"”’)]|$))")


def going_on_as_it_is_told(low: str, before: str, lo: int, at: int, stop: int,
                           end: int) -> bool:
    """Whether the fighting is told in an "as" clause, in the present and with nothing after
    its verb ("... trapped inside hospitals as heavy fighting continues," a director said):
    the state things are in as the speaker talks, not an incident of a day."""
    return "as " in before and _AS_THE.search(low, lo, at) is not None and \
        _GOES_ON_NOW.match(low, stop, end) is not None


# "killed by an explosive device in Jabalia, a reminder that Hamas cells are still fighting
# in areas Israel has cleared": the writer's gloss on what was told, a state (not "a
# reminder that came when a strike killed 12 in Rafah on Monday": a day told)
_REMINDER = re.compile(r"\b(?:an?|the|as\s+a)\s+(?:[\w-]+\s+)?(?:reminder|sign|signal|"
                       r"indication)\s+(?:that|of\s+how)\s+"
                       # (up to an event told beside it: "a sign that the army was pressing
                       # ahead while airstrikes killed 20 people in Khan Younis")
                       r"(?:(?!(?:as|while|when)\s)[\w'’-]+\s+){0,6}$")
# (not "the explosions heard overnight were a sign that Israeli forces had blown up homes in
# Jabalia": a deed done, told by what was seen of it)
_DONE_BEFORE = re.compile(r"\bhad\s+(?:[\w-]+\s+)?$")


def told_as_a_gloss(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the attack word is in the writer's gloss on what was told ("a reminder that
    Hamas cells are still fighting"), a state, not a deed done nor an attack of a day."""
    return (" reminder " in before or " sign " in before or " signal " in before or
            " indication " in before) and _REMINDER.search(low, lo, at) is not None and \
        not _DONE_BEFORE.search(low, lo, at) and not DAY_AFTER.match(low, stop, end)


# "Rafah has come under nightly strikes", "areas that come under daily bombardment": what a
# place lives under, a habit
_UNDER_DAILY = folded_re(r"\b(?:come|comes|coming|came|been|being)\s+under\s+(?:near-?)?"
                         r"(?:daily|nightly|regular|routine|constant|near-constant)\s+"
                         r"(?:[\w-]+\s+)?$")


def lives_under_a_habit(low: str, before: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the attack is what a place lives under, a habit ("Rafah has come under
    nightly strikes"), with no day told."""
    return "under " in before and _UNDER_DAILY.search(low, lo, at) is not None and \
        not DAY_AFTER.match(low, stop, end)


# "The occupation forces stormed areas east of Khan Younis and arrested a number of displaced
# people", "carried out a raid on the camp and detained 20 men": a raid told by the arrests it
# made, no fighting (not "stormed the camp and arrested dozens amid heavy clashes": a fight
# told beside it)
_STORMED = re.compile(r"(?:stormed|storming|raided|raiding|raids?|incursions?)$")
_THEN_ARRESTED = re.compile(r"[^.;,]{0,90}?\band\s+(?:then\s+)?(?:arrested|detained|abducted|"
                            r"kidnapped|rounded\s+up)\b")
# (the verbs the trigger table reads as arrests: with "arresting" or "arrests" alone the raid
# is all the sentence tells)
_ARREST = r"(?:arrested|detained|abducted|apprehended|rounded\s+up)\b"
# ... or told as when the arrests were made, the arrests first ("arrested dozens of men during
# a raid on Kamal Adwan hospital", "detained 30 people in an overnight raid on Jabalia camp")
# or the raid opening the sentence ("During a raid on the hospital, troops detained dozens")
_DURING = r"(?:during|in|in\s+the\s+course\s+of)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}$"
_ARRESTED_DURING = re.compile(rf"\b{_ARREST}[^.;:]{{0,120}}?\s{_DURING}")
_OPENS_DURING = re.compile(rf"\s*(?:[\"“]\s*)?{_DURING}")
_ARRESTED_AFTER = re.compile(rf"[^.;:]{{0,150}}?\b{_ARREST}")
_FIGHT_BESIDE = re.compile(r"\b(?:clash\w*|fight\w*|gunfire|gunfight\w*|battles?|exchanges?\s+of|"
                           r"fire[ds]?\b|firing|shoot\w*|shot|resist\w*|ambush\w*|killed|killing|"
                           r"wounded|injured|dead|shell\w*|bomb\w*|strikes?|struck)")


def told_by_its_arrests(low: str, lo: int, at: int, stop: int, end: int) -> bool:
    """Whether the raid at ``low[at:stop]`` is told by the arrests it made, with no fighting
    told beside it ("stormed areas east of Khan Younis and arrested ...", "arrested dozens of
    men during a raid on Kamal Adwan hospital"): the arrests are the event."""
    if _STORMED.match(low, at, stop) is None:
        return False
    opens = max(low.rfind(".", 0, at) + 1, at - 250, 0)  # (a line break is a space there)
    told = _THEN_ARRESTED.match(low, stop, end) is not None or \
        _ARRESTED_DURING.search(low, opens, at) is not None or \
        _OPENS_DURING.fullmatch(low, opens, at) is not None and \
        _ARRESTED_AFTER.match(low, stop, end) is not None
    return told and not _FIGHT_BESIDE.search(low, opens, end)


# "a polio vaccination campaign began in northern Gaza under localised pauses in the
# fighting", "aid trucks entered during a lull in the fighting": the fighting as what has
# stopped, the time of what the sentence tells (not "a pause in the fighting ended when
# tanks shelled Rafah": the shelling its own trigger)
_PAUSE_IN = folded_re(r"\b(?:pauses?|lulls?|breaks?|respite|let-?up)\s+(?:in|from)\s+"
                      r"(?:the\s+)?$")


def in_a_pause(low: str, before: str, lo: int, at: int) -> bool:
    """Whether the fighting is told as what has stopped, the time of what the sentence tells
    ("under localised pauses in the fighting")."""
    return any(w in before for w in ("pause", "lull", "break", "respite", "let")) and \
        _PAUSE_IN.search(low, lo, at) is not None


# "the crime was committed under the cover of intense aerial and artillery bombardment",
# "launched a ground incursion into the neighbourhood, accompanied by airstrikes", "an
# incursion into eastern Jabalia amid heavy artillery shelling": fire that covers a move
# on the ground, told as its manner; the move is the event
_UNDER_COVER = re.compile(r"\bunder\s+(?:the\s+)?cover\s+of\s+(?:an?\s+|the\s+)?"
                          r"(?:[\w'’-]+\s+){0,4}$")
_WITH_COVER = re.compile(r"(?:\b(?:accompanied|backed|supported|covered)\s+by|"
                         r"\bamid(?:st)?)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$")
_GROUND_MOVE = re.compile(r"\b(?:incursions?|invaded|invading|advanced|advancing|stormed|"
                          r"storming|raided|raiding|(?:pushed|pushing|moved|moving|rolled|"
                          r"rolling)\s+into|ground\s+(?:operations?|offensive|assault))\b")
# (not "troops stormed the camp amid heavy shelling that killed 12 people": the fire's
# own toll told, an attack of its own; but "accompanied by airstrikes, but facing fierce
# resistance that inflicted casualties" tells the harm of another clause)
_HARM_TOLD = re.compile(r"\b(?:killed|killing|kills|dead|died|injured|injuring|wounded|"
                        r"wounding|casualties)\b")
_NEXT_CLAUSE = re.compile(r",?\s+(?:but|while|whereas)\b|;")
# The fire's words end its clause: "amid heavy artillery shelling and firing.", "under
# cover of air strikes on Tuesday.", "accompanied by airstrikes, but ..." (not "amid
# airstrikes that flattened a residential block", "amid airstrikes on the Shaboura
# neighbourhood", "amid heavy shelling of residential buildings", "amid heavy shelling,
# destroying dozens of homes", "under the cover of airstrikes, which hit homes in Tal
# al-Sultan": what the fire hit told, an attack of its own)
_COVER_ENDS = re.compile(
    r"(?:\s+(?:shelling|bombardment|fire|strikes|airstrikes|raids))?"
    r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:firing|gunfire|fire|shooting|shelling|bombardment|"
    r"strikes|airstrikes|air\s+strikes))?"
    rf"(?:\s+(?:{A_DAY}|this week|in the area|in the vicinity)\b[\w ]{{0,12}}?)?"
    r"\s*(?:[.;:\"”)]|,(?!\s*(?:which|that|[\w-]+ing)\b)|\s+(?:but|while|whereas|as)\b|$)")
# (nor "amid intense airstrikes on Monday. At least 20 people were killed, the health
# ministry said": a toll told next of no fighting, the fire's own)
_NEXT_SENTENCE = re.compile(r"\s*[^.]{0,200}")
_FIGHT_TOLD = re.compile(r"\b(?:clash\w*|fight\w*|gunfight\w*|battles?|exchanges?|"
                         r"resistance|ambush\w*|snipers?|shot|gunfire|fighters|soldiers?)\b")


def told_as_cover(low: str, before: str, start: int, lo: int, at: int, stop: int,
                  end: int) -> bool:
    """Whether the strike at ``low[at:stop]`` (``before``: ``low[lo:at]``; ``start`` and
    ``end``: its sentence's bounds) is only the cover of a move on the ground its sentence
    tells, with no harm of its own told after it."""
    if "cover of" in before and _UNDER_COVER.search(low, lo, at):
        covering = True
    elif ("amid" in before or " by " in before) and _WITH_COVER.search(low, lo, at):
        covering = _GROUND_MOVE.search(low, start, at) is not None
    else:
        return False
    if not covering or not _COVER_ENDS.match(low, stop, end):
        return False
    turn = _NEXT_CLAUSE.search(low, stop, end)
    if _HARM_TOLD.search(low, stop, turn.start() if turn else end):
        return False
    after = _NEXT_SENTENCE.match(low, end).group()
    return not (_HARM_TOLD.search(after) and not _FIGHT_TOLD.search(after))
