"""How a sentence tells its attack: one or several, another or the one told before.

Every fold asks the same of the sentences it would join: is this one attack ("an Israeli
strike on a tent camp killed four") or several ("Israeli strikes killed 30 across Gaza");
is it told as another or one more ("Separately, ...", "another strike", "Hours later,
..."); is it the one told before ("the strike", "the incident took place near Beit
Lahiya"); does it name a day of its own. Their words are kept here, once, so that every
fold reads a sentence alike; those of the attack told again (the determiners that point
back, the words of another one, the attack's nouns) are :mod:`geoevents.the_same_attack`'s,
shared with the day told next and the lead read again.
"""

from __future__ import annotations

import re

from geoevents.dates import MONTH_PATTERN, WEEKDAY_PATTERN
from geoevents.speech import SAID
from geoevents.the_same_attack import (
    ATTACK_NOUNS,
    POINTING_BACK,
    THE_OR_THIS,
    not_another,
    the_attack_again,
    words_between,
)

__all__ = ["tells_several", "a_list_item", "told_where", "told_as_one_more"]


# "a new Israeli airstrike", "Israeli air strike on Gaza Strip": one attack, told in the
# singular
ONE_ATTACK_WORD = re.compile(r"\b(?:air ?strike|strike|attack|bombing|explosion|raid)\b",
                             re.I)


# A toll told of one attack ("an Israeli strike on a tent camp killed four"), not of several
ONE_TOLD = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}(?:air ?strike|strike|attack|"
                      r"bombing|explosion|raid)\b", re.I)
_SEVERAL = re.compile(r"\b(?:air ?strikes|strikes|attacks|bombings|raids|shelling|"
                      r"bombardments?|explosions)\b", re.I)
# (not "in one of the deadliest strikes in the war": a measure of the one told; but "some
# of the heaviest strikes of the war" are several)
_ONE_OF_THE = re.compile(r"\bone\s+of\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}\Z", re.I)


# (not "One of the last health centres in northern Gaza was hit again overnight by several
# strikes", "a workshop ... was hit by two tank shells": the salvo that hit the one site
# the sentence is of, one attack on it)
_ONE_SITE_HIT_BY = re.compile(r"\bwas\s+(?:[\w-]+\s+){0,3}(?:hit|struck|targeted|bombed|shelled)"
                              r"\b(?:(?!\band\b)[^.;,]){0,50}?\bby\s+(?:several|multiple|a\s+series\s+of|"
                              r"repeated|successive|two|three)\s+(?:[\w-]+\s+)?\Z", re.I)


def tells_several(notes: str) -> bool:
    """Whether ``notes`` tell of several attacks (not the several strikes that hit the one
    site the sentence is of: "the hospital was hit by several strikes")."""
    return any(not _ONE_OF_THE.search(notes, max(0, m.start() - 60), m.start()) and
               not _ONE_SITE_HIT_BY.search(notes, max(0, m.start() - 120), m.start())
               for m in _SEVERAL.finditer(notes))


# "Israeli aircraft struck a residential block": one attack, told by its one target
ONE_TARGET = re.compile(r"\b(?:struck|hit|bombed|targeted|shelled)\s+an?\s+(?:[\w-]+\s+){0,2}"
                        r"(?:building|house|home|block|tent|school|car|vehicle|apartment|"
                        r"mosque|shelter|compound)\b", re.I)


ACROSS = re.compile(r"\b(?:across|throughout|all over)\b", re.I)


# "45 people were killed in the past 24 hours": the day's total of many attacks
HOURS_TOTAL = re.compile(r"\b(?:past|last)\s+(?:\d{1,2}|twenty-four|forty-eight)\s+hours\b",
                         re.I)
# a toll of a span of time, the sum of many attacks: "52 people were killed in the Gaza
# Strip over the past day, bringing the death toll to 43,000"
SPAN_TOLL = re.compile(r"\b(?:(?:past|last|previous)\s+(?:24|48|72|twenty-four)\s+hours|"
                       r"(?:past|last|previous)\s+(?:day|two\s+days|week)|death\s+toll|"
                       r"bringing\s+the\s+(?:\w+\s+)?toll|since\s+(?:the\s+start|October))\b",
                       re.I)


# "- Israel launches an airstrike ...": an item of a list, each an event of its own
_LIST_ITEM = re.compile(r"\s*[-*•]\s")


def a_list_item(notes: str) -> bool:
    """Whether ``notes`` are an item of a list ("- Israel launches an airstrike ..."), an
    event of its own."""
    return _LIST_ITEM.match(notes) is not None


# (nor "Deadly Gaza strike: an Israeli strike on a school in Nuseirat killed 18, and another
# strike hit a house in Rafah", "UN condemns Gaza strike; separately, Israeli drones struck a
# tent in Khan Younis": the attack its sentence places is one more, or another)
OTHER_ONE = re.compile(r"\b(?:another|separate(?:ly)?|elsewhere|meanwhile)\b", re.I)


# "Israeli shelling also hit a house in Nuseirat camp", "Separately, ...": another attack
TOLD_APART = re.compile(r"\b(?:also|separately|elsewhere|meanwhile|in addition|"
                        r"additionally)\b", re.I)


ALSO = re.compile(r"\b(?:also|separate(?:ly)?)\b", re.I)
ELSEWHERE = re.compile(r"\belsewhere\b", re.I)
# ("Israeli strikes also killed three in Shujaiya", "Separately, ...", "Elsewhere in the
# city, ...": a toll told as more than the one before, not as its part)
MORE_TOLD = re.compile(r"\b(?:also|separately|elsewhere)\b", re.I)
# ("Another strike, targeting a house in Deir al-Balah in central Gaza, killed three"
# after "a strike ... in central Gaza killed at least three": two strikes)
# (not "a day after another strike hit the same street": an earlier one, named for when)
ANOTHER = re.compile(r"\b(?<!after )(?<!before )(?<!since )(?<!following )"
                     r"(?:another|a separate|a second|a further)\s+(?:[\w-]+\s+)?"
                     r"(?:air ?strike|strike|attack|bombing|shelling|raid)\b", re.I)


TOLD_AS_MORE = re.compile(r"\b(?:second|meanwhile|later|separate(?:ly)?)\b", re.I)


def told_as_one_more(notes: str) -> bool:
    """Whether a sentence tells its attack or toll as one more than the one before it
    ("another strike", "also killed", "Meanwhile, ...", "the second strike"), so that the
    folds that read a sentence onto an attack told before all leave it apart alike."""
    return bool(ANOTHER.search(notes) or MORE_TOLD.search(notes) or TOLD_AS_MORE.search(notes))


ANOTHER_HOUR = re.compile(r"\W*(?:Earlier|Later|Hours\s+(?:later|earlier)|Before\s+that|"
                          r"After\s+that|Overnight|Shortly\s+(?:after|before))\b", re.I)


# "In a separate incident, the two soldiers were killed when ...": another blast
ANOTHER_INCIDENT = re.compile(r"^\W*(?:in\s+(?:a|another)\s+(?:separate\s+)?incident|"
                              r"separately|elsewhere|earlier|later)\b", re.I)


# (after who tells it: "According to UNRWA, the strike ...", "Gazan authorities said the
# strike hit ...", "Mahmoud Basal, spokesperson for the Civil Defense, said the airstrike
# hit ..."; not "Mohammed Saqr, a nurse at Nasser Hospital, said the strike was one of
# many": the place of the speaker's title is no place the strike hit)
THE_SAME = re.compile(r"\W*(?:According\s+to\s+[^,.;]{1,60},\s+|"
                      r"(?:[\w'’-]+\s+){1,4}?(?:" + SAID + r")\s+(?:that\s+)?|"
                      r"(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+"
                      r"(?:(?!\b(?-i:at|in|near|from)\s+(?:the\s+)?(?-i:[A-Z]))[^,.;]){1,60}?,\s+"
                      r"(?:" + SAID + r")\s+(?:that\s+)?)?"
                      rf"{the_attack_again()}\b", re.I)
# "(According to Yedioth Ahronoth,) the incident occurred in ...": the one told before
THE_INCIDENT = re.compile(r"\W*(?:According\s+to\s+[^,.;]{1,60},\s+)?the\s+incident\b", re.I)
# "claimed responsibility for the attack, which occurred in the Tal as-Sultan district",
# "said the soldiers were attacked in Khan Younis": where the one attack told happened
_TOLD_WHERE = re.compile(rf"\b(?:{POINTING_BACK})\s+{not_another()}{words_between(2)}"
                        rf"(?:(?P<noun>{ATTACK_NOUNS}|ambush),?\s+(?:which\s+|that\s+)?"
                        r"(?:took\s+place|occurred|happened)|(?P<who>soldiers|troops|officers|"
                        r"victims|journalists|reservists)\s+were\s+(?:attacked|ambushed|"
                        r"killed|hit|struck|targeted))\s+(?:in|near|at)\b")
# (not "the soldiers were attacked in Khan Younis last month", "In January, the soldiers
# were attacked in Beit Hanoun", "the second strike happened in Rafah": another attack)
ANOTHER_TIME = re.compile(rf"\b(?:[Ii]n\s+(?:{MONTH_PATTERN}|(?:19|20)\d\d)\b|"
                          r"(?:[Ll]ast|[Pp]revious)\s+(?:week|month|year)|[Ee]arlier\s+this\s+"
                          r"(?:week|month|year)|(?:days|weeks|months|years)\s+(?:ago|earlier|before))")


def told_where(text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """Where ``text[pos:endpos]`` says the one attack told before happened
    (:data:`_TOLD_WHERE`), unless it tells another time."""
    endpos = len(text) if endpos is None else endpos
    if ANOTHER_TIME.search(text, pos, endpos):
        return None
    return _TOLD_WHERE.search(text, pos, endpos)

# "Saturday's airstrike in the northern town of Beit Lahiya": the day's one attack
_THE_DAYS = re.compile(rf"\b(?:{WEEKDAY_PATTERN}|today|yesterday)['’]s\s+"
                       rf"(?:[\w-]+\s+)?(?:{ATTACK_NOUNS})\b", re.I)
# "A missile hit the journalists' broadcast truck": one hit on the target already told
_ONE_HIT = re.compile(r"\W*an?\s+(?:[\w-]+\s+)?(?:missile|strike|air ?strike|bomb|shell|rocket|"
                      r"projectile)\s+(?:hit|struck|slammed into|landed on)\s+the\b", re.I)


# "where dozens of people were reportedly killed in the strike" (not "killed by the strike
# on a tent": a strike named by a target of its own, another one)
_KILLED_IN_IT = re.compile(r"\b(?:killed|wounded|injured|died)\s+(?:[\w-]+\s+){0,2}?(?:in|by)\s+"
                           + THE_SAME.pattern.removeprefix(r"\W*") +
                           r"(?!\s+(?:on|at|in|targeting|against)\s+an?\b)", re.I)


# "did not immediately confirm the early-morning strike, which ... hit the family's house":
# the one attack told, described by what was (not) said of it (not "Israeli tanks also
# shelled Khan Younis; the shelling, which lasted hours, ...": an attack of its own)
_THE_ONE_WHICH = re.compile(r"\b(?:comment(?:ed|s|ing)?\s+on|confirm(?:ed|s|ing)?|"
                            r"acknowledg(?:e|ed|es|ing)|respond(?:ed|s|ing)?\s+to|"
                            r"den(?:y|ied|ies|ying)|investigat(?:e|ed|es|ing)|"
                            r"claim(?:ed|s|ing)?|condemn(?:ed|s|ing)?|review(?:ed|s|ing)?)\s+"
                            rf"{the_attack_again()}\s*,\s+which\b",
                            re.I)


# "The shelling also hit ...", "The attack came as troops pushed into ...": the one told
# before, and another place it hit or what went on around it, not where it was
NOT_WHERE_IT_HIT = re.compile(r"\s+(?:also|came|comes|followed|was\s+followed)\b", re.I)


def tells_the_same(sentence: str) -> bool:
    """Whether a sentence tells again of the one attack told before."""
    return bool(THE_SAME.match(sentence) or _ONE_HIT.match(sentence) or
                _THE_DAYS.search(sentence) or _KILLED_IN_IT.search(sentence) or
                _THE_ONE_WHICH.search(sentence) or told_where(sentence))


NAMES_A_DAY = re.compile(rf"\b(?:{WEEKDAY_PATTERN}|\d{{1,2}}\s+"
                         rf"{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}\b)")


# (not "received 20 wounded after a strike on a house": the sentence tells the attack too)
ATTACK_TOLD = re.compile(r"\b(?:strikes?|struck|air\s*strikes?|raids?|bomb\w*|shell\w*|"
                         r"missiles?|drones?|tanks?|artillery|fired|firing|shot|shooting|"
                         r"opened\s+fire|stormed|attack\w*|clash\w*|fighting|"
                         r"kill(?:ed|ing|s)?)\b", re.I)


# the words of a headline that name how the dead were killed
ARMED_WORD = re.compile(r"\b(?:strikes?|struck|air\s*strikes?|raids?|bomb\w*|shell\w*|"
                        r"missiles?|rockets?|drones?|jets?|warplanes?|aircraft|tanks?|"
                        r"artillery|fire[ds]?|firing|shot|shoot\w*|gun\w*|snipers?|blasts?|"
                        r"explosions?|explosives?|mines?|clash\w*|fight\w*|battles?|attacks?|"
                        r"ambush\w*|assault\w*|stabb\w*|offensive)\b", re.I)
# ("killed by Israeli forces", "the army killed": who killed them told)
_BY_WHOM = re.compile(r"\b(?:by|israel\w*|army|military|troops|forces|idf|occupation)\b", re.I)


def tells_how_or_by_whom(notes: str) -> bool:
    """Whether a sentence names how its dead were killed (:data:`ARMED_WORD`) or who killed
    them ("killed by Israeli forces", "the army killed"): not dead told with neither ("19
    were declared dead on arrival"), coded a strike for want of a word."""
    return bool(ARMED_WORD.search(notes) or _BY_WHOM.search(notes))


# a fight a sentence tells in its own words (not only fighters among the dead: "the army
# said it killed four militants", whom its aircraft struck)
A_FIGHT_TOLD = re.compile(r"\b(?:clash\w*|gun-?battles?|gun\s+battles?|fighting|fought|"
                          r"battl\w*|fire-?fights?|exchanges?\s+of\s+fire|ambush\w*)\b",
                          re.I)


# the sites an attack hits, which the next sentence may tell again by their noun ("a strike
# on a school in Gaza ... The strike hit the school in Daraj")
SITE_NOUNS = (r"schools?|mosques?|churche?s?|houses?|homes?|buildings?|ambulances?|cars?|"
              r"vehicles?|tents?|shelters?|caf[eé]s?|markets?|bakery|bakeries|clinics?|"
              r"apartments?|towers?|compounds?|encampments?|warehouses?|"
              # (a target the army names: "attacked a command centre of Hamas in the Gaza
              # Strip ... the command centre was located in Deir al Balah")
              r"command\s+(?:and\s+control\s+)?cent(?:re|er)s?|headquarters")


def a_site(nouns: str) -> re.Pattern[str]:
    """A site told first, with "a" or "one" ("a strike on a UN-run school"), of ``nouns``."""
    return re.compile(rf"\b(?:an?|one)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{nouns})\b", re.I)


def the_site(nouns: str) -> re.Pattern[str]:
    """A site told again, "the school", "the same building", of ``nouns`` (not "another
    school", "the second house", "the other mosque", "the school's": another, or something
    of it)."""
    return re.compile(rf"\b(?:{THE_OR_THIS})\s+{not_another(r'nearby|neighbou?ring|adjacent')}"
                      rf"{words_between(2)}(?P<noun>{nouns})\b(?!['’])")


def site_stem(noun: str) -> str:
    """A site noun without its plural, accent or spelling ("schools" and "school", "café"
    and "cafe", "command center" and "command centre"), so that the noun told again
    matches the one told first."""
    low = " ".join(noun.lower().replace("é", "e").replace("center", "centre").split())
    if low == "headquarters":
        return low
    return {"bakeries": "bakery", "churches": "church"}.get(low, low.removesuffix("s"))

