"""How many people a count names.

ACLED takes the lowest number a report gives, so a count adds only what is told: victims
joined by "and" add up ("a woman and her two children"), a share gives way to the whole it
is a part of ("three children are among the seven dead"), an age or a measure is no count
("killed 6-year-old Hind Rajab" is one person), a list of the dead sums its items, and a
hospital's intake of the hurt leaves out those dead on arrival.
"""

from __future__ import annotations

import re

from geoevents.casualties.patterns import (
    KIN_HEAD,
    KIN_HEAD_HURT,
    ONE_NAMED,
    SUBJECT_COUNT,
    SUBJECT_HURT,
)
from geoevents.casualties.record import Casualty
from geoevents.casualties.tallies import ONE_ATTACK, SPAN_AFTER
from geoevents.casualties.wording import (
    EACH_VICTIM,
    HURT,
    KILL,
    KIN_ONE,
    MORE_ONE,
    NB,
    NUMWORD,
    OF_GROUP,
    ONE_PERSON,
    QUANT,
    VICTIM,
)
from geoevents.quantities import parse_number
from geoevents.speech import TOLD

# "killed a woman, and her husband and three children were wounded": the conjuncts after
# the first victim are the subject of a verb of their own, not more of the dead
_OWN_VERB = re.compile(rf"(?:,?\s+and\s+{MORE_ONE})*\s+(?:were|was|are|is|have|has|had)\b",
                       re.I)
# "A brother of one of the dead said", "a father whose son was killed": a relative of the
# dead, not one of them
_RELATIVE_OF_DEAD = re.compile(r"\s+(?:whose\b|of\s+(?:one\s+of\s+)?(?:the\s+)?(?:dead|victims?|"
                               r"slain|killed|deceased)\b)", re.I)
_KIN_NOUN = re.compile(KIN_ONE, re.I)
_VERB_FIRST = re.compile(rf"(?:{KILL}|{HURT})\b", re.I)
# ("caused the deaths of two paramedics and a journalist was wounded": the journalist's own
# verb, not one more of the dead)
_NOUN_FIRST = re.compile(r"(?:deaths|death|bodies|killing)\s+of\b", re.I)
# ... but the verb of the bodies told, not of the last one joined: "the bodies of four aid
# workers and their Palestinian driver were brought to a hospital" (five dead)
_THE_BODIES_VERB = re.compile(r"\s+(?:(?:all|later|then|also)\s+)?(?:brought|taken|carried|"
                              r"transferred|recovered|retrieved|pulled|found|identified|"
                              r"buried)\b", re.I)

# The whole a breakdown of victims belongs to: "23 Palestinians, including ..."
_HEAD_BEFORE = re.compile(rf"{NB}(?P<n>{QUANT})\s+{VICTIM},?\s+(?:including|among them|"
                          r"among whom)\s+$", re.I)
# "... with seven women amongst them were killed": the victims told before are the whole
_AMONG_THEM = re.compile(r"\s+among(?:st)?\s+them\b", re.I)
# "Her husband was wounded, as was their only surviving son", "Two soldiers were killed, as
# were three civilians": more of the same verb's victims (not "as was the house", no victim)
_AS_WAS = re.compile(rf"(?:\s+[^,.;:]{{1,60}}?)?,?\s+as\s+(?:was|were)\s+(?:also\s+)?"
                     rf"(?:(?P<q>{QUANT})\s+{OF_GROUP}?|(?:his|her|their|the)\s+"
                     rf"(?:(?P<k>{NUMWORD})\s+)?(?:(?:only|surviving|eldest|youngest|other|"
                     rf"[\w-]+-old)\s+){{0,3}})(?P<v>{VICTIM})\b"
                     # (not "..., as were five others in Khan Younis", "as were three people
                     # in a separate strike": victims of a place or an attack of their own)
                     r"(?![^,.;:]{0,40}?\b(?:in|at|near)\s+(?:(?:the\s+)?(?-i:[A-Z])|"
                     r"(?:a|an)\s+(?:separate|other|second)\b|another\b))", re.I)
# "The hospitals received 133 martyrs (including 4 recovered bodies)", "56 killed, including
# 6 bodies recovered from the rubble": a day's toll with the dead of before in it
_LESS_RECOVERED = re.compile(rf"\s*(?:\(|,\s+)(?:including|of\s+(?:them|whom))\s+(?P<n>{QUANT})"
                             r"\s+(?:recovered\s+bodies|bodies\s+(?:were\s+)?(?:recovered|"
                             r"retrieved))\b", re.I)
# "Nine of her ten children were killed", "two of the five soldiers were wounded": some of
# a whole, the verb's own subject (not "one of the three people killed was a child": the
# whole's count, no verb of its own)
_SHARE_OF = re.compile(rf"{NB}(?P<n>{QUANT})\s+of\s+(?:his|her|their|its|the|our|my|your)\s+$",
                       re.I)
# (not "20 of the 36 people who were killed ... were women": the verb the whole's own,
# in a clause of it)
_WHO_WERE = re.compile(r"\b(?:who|that|which)\s+(?:had\s+|have\s+)?(?:were|was|been|are|is)\b",
                       re.I)
_WERE_VERB = re.compile(r"\b(?:were|was|been|are|is)\s+(?:[a-z]+ly\s+)?[a-z]+$", re.I)
_HEAD_WITH = re.compile(rf"{NB}(?P<n>{QUANT})\s+{VICTIM},?\s+(?:with\s+)?$", re.I)
# ...when they open the clause (not "wounded 60 people, with five children among them
# killed", "a school sheltering 6,000 people, with 12 children among them killed")
_OPENS_CLAUSE = re.compile(r"(?:[.;:!?(—–]|\b(?:and|but|while|as|when|after))\s*$", re.I)
# "three children are among the seven dead", "Four women were among 15 people killed",
# "... among the 40 wounded": the count of the whole the victims are a part of (its number
# right after "among")
_AMONG = (rf"\s+(?:are|were|is|was)\s+(?:also\s+)?among(?:st)?\s+(?:the\s+)?(?P<n>{QUANT})\s+"
          rf"(?:{VICTIM}\s+)?(?:who\s+)?(?:were\s+|have\s+been\s+|had\s+been\s+)?")
# (not "Two medics were among the 40 wounded or killed": a whole of the dead and hurt
# together is neither's count)
_NOT_MIXED = r"(?!\s*(?:,\s*)?(?:and|or|and/or)\s+(?:killed|dead|fatalities|martyred|slain|" \
    r"wounded|injured|hurt|missing)\b)"
_AMONG_THE_WHOLE = {"killed": re.compile(rf"{_AMONG}(?:killed|dead|fatalities|martyred|slain)\b"
                                         rf"{_NOT_MIXED}", re.I),
                    "injured": re.compile(rf"{_AMONG}(?:wounded|injured|hurt)\b{_NOT_MIXED}",
                                          re.I)}
# ... or follow no verb they are the object of ("According to Bishara 43 Palestinian
# civilians with seven women amongst them were killed")
_VERB_BEFORE = re.compile(r"\b[a-z]+(?:ed|ing)\s+$")

VAGUE_HEADS = frozenset({"several", "many", "a number of", "a few", "scores", "scores of",
                          "dozens", "dozens of"})
# Words that give the hurt no number (ACLED's conventional values are for the dead)
_NO_NUMBER = frozenset({"several", "many", "a number of", "a few"})
_INCLUDING_MORE = re.compile(r"[^.;]{0,100}?,?\s+including\s+(?:at\s+least\s+)?"
                             r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:people|Palestinians|"
                             r"persons|civilians|children|women)\b", re.I)
# (not "killed several and wounded dozens, including 20 children", "killed several at a
# school sheltering displaced families, including 700 children": a part of another group)
_ANOTHER_GROUP = re.compile(r"\b(?:kill\w*|injur\w*|wound\w*|hurt|dead|died|shelter\w*|"
                            r"hous(?:ing|es|ed)|host\w*|where|which|who)\b", re.I)

# An age, not a count: "killed 6-year-old Hind Rajab" is one person.
_AGE = re.compile(r"(?:-| )(?:year|month|week|day)s?(?:-| )old\b", re.I)
# A number that measures time or distance ("killed 48 to 72 hours before the autopsies")
# (not "killed 12 day labourers", "killed two second-year students": the unit names them)
_MEASURE_AFTER = re.compile(r"(?:-|\s+)(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|"
                            r"km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|yards?)\b(?![-'’])"
                            r"(?!\s+(?:labou?rers?|workers?|students?|pupils?|traders?|"
                            r"shifts?)\b)", re.I)
_PLURAL_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:twins|children|boys|girls|babies|siblings|"
                           r"brothers|sisters|people|infants|toddlers)\b", re.I)
_NOT_DEATH = re.compile(r"\b(casualties)\b", re.I)


def _victims(q: re.Match) -> int:
    """How many one conjunct of a list of victims counts: its number, or one for "his
    wife" (a plural with no number, "their children", or with a vague word, "several
    relatives", adds none: the lowest count)."""
    number = q.group("q") or q.group("k")
    if number and number.lower() in _NO_NUMBER:
        return 0  # "a journalist and several members of his family": no number told
    if number:
        return (parse_number(number) or 0) * _pair(q.group("v"))
    return 1 if ONE_PERSON.fullmatch(q.group("v").split()[-1]) else 0


def _pair(victim: str | None) -> int:
    """How many people one of the victims named is: two for "a couple" ("a couple and their
    four children were killed": six), else one."""
    return 2 if victim and victim.split()[-1].lower() in ("couple", "couples") else 1


# "The dead included eight Red Crescent workers, six members of the Civil Defense and a
# staffer from UNRWA": the items of the list, each with its number, add up.
_DEAD_INCLUDED = re.compile(r"\b(?:[Tt]he\s+)?(?:dead|victims|[Tt]hose killed|fatalities)\s+"
                            r"(?:included|include|includes|were)\s+")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ITEM_NUMBER = re.compile(rf"(?:at least\s+)?({NUMWORD})\s+\w", re.I)
# "five children, two of them infants": a share of the item before; "three years old": an age
_SUB_ITEM = re.compile(rf"(?:{NUMWORD})\s+(?:of\s+(?:them|whom)|among\s+them)\b", re.I)
_ITEM_AGE = re.compile(rf"(?:{NUMWORD})[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old\b", re.I)
# "Israeli strikes killed at least 104 people ... The dead included 46 children and 20
# women": who some of the dead of a toll told just before were, by age and sex, a share of
# it (the men are left out), not a toll of its own; but "An Israeli strike hit a house in
# Rafah. The dead included five children and three women": the lowest count told
_ITEM_GROUP = re.compile(rf"(?:at\s+least\s+)?(?:{NUMWORD})\s+(?:of\s+them\s+)?(?:children|"
                         rf"child|minors|boys|girls|women|woman|elderly|infants|babies)\b", re.I)


# "Sinwar was killed along with two other militants", "was killed along with his wife and
# three children", "was killed alongside 12 members of his family": the one told, and the
# others with them (a single subject only: "was", "has been"; not "were killed along with
# ..." nor "died along with", whose subject may be many; nor "has been found dead, along
# with five of her relatives": bodies found, whose killing is told on a day of its own)
_ALONG_WITH = re.compile(rf"\b(?:was|has\s+been|had\s+been)\s+(?:killed|"
                         rf"shot\s+dead|martyred),?\s+(?:(?:along|together)\s+with|alongside)\s+"
                         rf"(?P<more>{MORE_ONE}(?:,\s+{MORE_ONE})*(?:,?\s+and\s+{MORE_ONE})?)"
                         rf"(?!\s+(?:were|was|are|is|have|has|had)\b)", re.I)


def dead_along_with(text: str, start: int, end: int) -> Casualty | None:
    """One dead and those told as killed with them, each conjunct with its number."""
    m = _ALONG_WITH.search(text, start, end)
    if m is None:
        return None
    each = list(EACH_VICTIM.finditer(m.group("more")))
    if any((q.group("q") or "").lower() in VAGUE_HEADS for q in each):
        return None  # "was killed along with several officials": no number told
    more = [_victims(q) for q in each]
    if not more or not all(more):
        return None  # "along with their children": no number to add
    return Casualty("killed", 1 + sum(more), m.start(), m.end(), m.group(0), None, False)


# "received 184 wounded, 19 of whom were dead on arrival": the dead are no longer hurt
_DEAD_ON_ARRIVAL = r"(?:were\s+|was\s+)?(?:declared\s+|pronounced\s+|confirmed\s+)?" \
    r"dead\s+(?:on|upon)\s+arrival\b"
# ... or who died of their wounds since ("received 132 patients with weapon-related injuries
# on Saturday, 31 of whom died", "wounded 40 people, including six who later succumbed to
# their wounds"): the dead of the hurt told, the rest still hurt
# (not "five of whom were children", "six of them in critical condition": no death told)
_DIED_SINCE = r"(?:had\s+|have\s+|has\s+)?(?:later\s+|since\s+|subsequently\s+|then\s+)?" \
    r"(?:died|were\s+killed|was\s+killed|succumbed|passed\s+away)\b"
_OF_WHOM_DEAD = re.compile(rf"(?:\s+[^,.;:\d]{{1,60}}?)?,?\s+(?:and\s+)?(?:(?P<n>{QUANT})\s+of\s+"
                           rf"(?:whom|them)\s+(?:{_DEAD_ON_ARRIVAL}|{_DIED_SINCE})|"
                           rf"including\s+(?P<k>{QUANT})\s+(?:people\s+|persons\s+|patients\s+)?"
                           rf"who\s+{_DIED_SINCE})", re.I)
# ... or told in the sentence after the hospital's intake: "the field hospital received 179
# patients after a mass casualty incident. Twenty-one people were declared dead upon
# arrival." (the intake of the sentence right before only, and of the hurt or the patients
# it took in: not "received 40 tonnes of supplies")
_DEAD_ON_ARRIVAL_OPENS = re.compile(rf"(?P<n>{QUANT})\s+(?:(?:people|persons|patients|of\s+them|"
                                    rf"of\s+whom)\s+)?{_DEAD_ON_ARRIVAL}", re.I)
# (not an intake told as the hurt, "The Kuwaiti hospital received 60 wounded people after
# Israeli forces fired at crowds in Rafah. Twelve people were declared dead upon arrival":
# its sentence counts them already; nor one over a span, "received 179 patients over the past
# week": no one incident's)
_RECEIVED_BEFORE = re.compile(rf"\breceived\s+(?P<n>{QUANT})\s+"
                              r"(?:patients|casualties|people)\b[^.;:!?]*[.;]\s*$", re.I)


def _dead_of_the_hurt(text: str, at: int, end: int, count: int
                      ) -> tuple[re.Match, int] | None:
    """The share of the hurt counted up to ``at`` told dead right after it (dead on arrival,
    died of their wounds since), with its number, where that is less than the hurt's."""
    share = _OF_WHOM_DEAD.match(text, at, end)
    if share is None:
        return None
    words = share.group("n") or share.group("k")
    less = parse_number(words)
    if less is None or not 0 < less < count or words.lower() in VAGUE_HEADS:
        return None
    return share, less


def _hurt_less_dead(text: str, m: re.Match, count: int, end: int) -> int:
    """The hurt a hospital received, or an attack wounded, less those of them told dead right
    after."""
    told = _dead_of_the_hurt(text, m.end(), end, count)
    return count if told is None else count - told[1]


# "received 132 casualties on Saturday, 31 of whom died": casualties, the dead and the hurt
# together, split by the share of them told dead (no count of its own otherwise: "the
# casualties" are either)
_CASUALTIES = re.compile(rf"{NB}(?P<n>{QUANT})\s+(?:[\w-]+\s+){{0,2}}?casualties\b", re.I)


def casualties_split(text: str, start: int, end: int) -> tuple[Casualty, Casualty] | None:
    """The dead and the hurt of a count of casualties followed by the share of them told
    dead: that share dead, the rest hurt; None where no casualties are so split."""
    for whole in _CASUALTIES.finditer(text, start, end):
        count = parse_number(whole.group("n"))
        if count is None or whole.group("n").lower() in VAGUE_HEADS:
            continue
        died = died_of_the_hurt(text, whole, count, end, False)
        if died is not None and died.count is not None:
            return died, Casualty("injured", count - died.count, whole.start(), whole.end(),
                                  whole.group(0), None, False)
    return None


# "A girl wounded by Israeli shelling on Monday died two days later", "Two men who were
# wounded in the strike died in hospital": the hurt told dead later in their clause are dead
# (not "Five people were wounded and a girl died", "... wounded, and two of them died",
# "50 others wounded, including a photographer who later died": a subject of its own, or a
# share, told apart)
_THEY_DIED = re.compile(r"[^.;:]{0,140}?\b(?:later\s+|then\s+|eventually\s+|subsequently\s+)?"
                        r"(?:died|succumbed|passed\s+away)\b", re.I)
_ANOTHER_SUBJECT = re.compile(rf"\b(?:{QUANT})\s+(?:of\s+(?:them|whom)\s+)?"
                              rf"(?:[\w-]+\s+)?(?:{VICTIM})\b|\b(?:who|whom|which)\s+\w+ed\b(?<!wounded)"
                              rf"(?<!injured)|\bof\s+(?:them|whom)\b|\b(?:including|among)\b", re.I)


def the_hurt_died_later(text: str, m: re.Match, end: int) -> bool:
    """Whether the hurt a subject count names (``m``, "A girl wounded") are told dead later
    in its clause, with no other subject between."""
    if m.re is not SUBJECT_HURT:
        return False
    died = _THEY_DIED.match(text, m.end(), end)
    return died is not None and \
        _ANOTHER_SUBJECT.search(text, m.end(), died.end()) is None


def died_of_the_hurt(text: str, m: re.Match, count: int, end: int,
                     cumulative: bool) -> Casualty | None:
    """The dead told as a share of the ``count`` hurt that ``m`` matched ("received 132
    patients with weapon-related injuries, 31 of whom died": 31 dead), of the same tally or
    event as the hurt; None where no share is told dead."""
    told = _dead_of_the_hurt(text, m.end(), end, count)
    if told is None:
        return None
    share, dead = told
    at = share.start("n") if share.group("n") else share.start("k")
    return Casualty("killed", dead, at, share.end(), text[at:share.end()], None, cumulative)


def received_less_dead(text: str, start: int, end: int) -> Casualty | None:
    """The hurt of a hospital's intake told in the sentence before one that opens with
    those of it dead on arrival: the intake less the dead."""
    doa = _DEAD_ON_ARRIVAL_OPENS.match(text, start, end)
    intake = _RECEIVED_BEFORE.search(text, max(0, start - 200), start) if doa else None
    if intake is None:
        return None
    whole, dead = parse_number(intake.group("n")), parse_number(doa.group("n"))
    if whole is None or dead is None or not 0 < dead < whole or \
            intake.group("n").lower() in VAGUE_HEADS or \
            SPAN_AFTER.search(text, intake.end("n"), intake.end()):
        return None
    return Casualty("injured", whole - dead, doa.start(), doa.end(), doa.group(0), None, False)


# The checks on a count, in the order find_casualties runs them.

def the_count(text: str, m: re.Match, victim: str | None, end: int) -> int | None:
    """The number a count gives: one for "another" or for one person named by who they
    were (:data:`~geoevents.casualties.patterns.ONE_NAMED`: "him", "her son", "the group's
    commander"), a vague count's part where the part told is more, and two for each
    couple."""
    count = 1 if m.group("n").lower() == "another" or m.re in ONE_NAMED \
        else parse_number(m.group("n"))
    if count is not None and m.group("n").lower() in VAGUE_HEADS:
        part = _INCLUDING_MORE.match(text, m.end(), min(end, m.end() + 120))
        if part is not None and (parse_number(part.group("n")) or 0) > count and \
                not _ANOTHER_GROUP.search(text, m.end(), part.start("n")):
            # "killed several Palestinians in multiple attacks ..., including 20 people
            # ... in an overnight airstrike": the whole is at least its part
            count = parse_number(part.group("n"))
    if count is not None:
        count *= _pair(victim)
    return count


# Above any death toll a report could mean: no count
MAX_COUNT = 10_000_000

# "killing one and injuring three others": "one" with no noun is a count only where the
# clause ends or the hurt are told next (not "killing one of the leaders")
_ONE_ALONE = re.compile(r"(?:,?\s+and\s+(?:[a-z]+ly\s+)?(?:injuring|wounding|injured|wounded|"
                        r"leaving)\b|,\s+(?:injuring|wounding)\b|,\s+(?:[\w-]+\s+){1,5}(?:" + TOLD +
                        r")\b|,\s+according\s+to\b|"
                        r"\s+(?:(?:early|late)\s+)?(?:on|in|at|near)\s+[A-Z]|\s+overnight\b|"
                        r"\s+(?:on\s+the\s+spot|instantly|outright|immediately)\b"
                        # (not "killing one on the spot and another on the way to hospital")
                        r"(?!,?\s+and\s+(?:another|a\s+second|(?:two|three|four|\d+)\s+others?)\b)|"
                        r"\s*(?:[.;]|$))")


def a_lone_one(text: str, m: re.Match, victim: str | None, end: int) -> bool:
    """Whether "a", "one" or "both" stands with no noun and so names no one: only "killing
    one" where the clause ends or the hurt are told next is a count."""
    return m.group("n").lower() in ("a", "an", "one", "both") and not victim and not (
        m.group("n").lower() == "one" and _VERB_FIRST.match(m.group(0)) and
        _ONE_ALONE.match(text, m.end(), end)) and not _A_LIFE.search(m.group(0))


# "claiming one life", "claimed a life": the count names one, the life lost
_A_LIFE = re.compile(r"\blife$", re.I)


def count_by_age(text: str, m: re.Match, victim: str | None, count: int) -> int | None:
    """The count, one where the number is an age; None where it is a span, a distance or a
    year, not the dead."""
    age = _AGE.match(text, m.end("n"))
    if not victim and not age and _MEASURE_AFTER.match(text, m.end("n")):
        return None  # "were killed 48 to 72 hours before the autopsies", "killed 300 metres
        # from the fence": a span or a distance, not the dead
    if age and not _PLURAL_AFTER.match(text, age.end()):
        return 1  # "killed 6-year-old Hind Rajab"; "2 month old twins" are two
    if not victim and 1900 <= count <= 2100 and m.group("n").isdigit():
        return None  # "in 2024 killed ...": a year, not a count
    return count


def a_relative_of_the_dead(text: str, m: re.Match, victim: str | None) -> bool:
    """Whether the one of a family counted is a relative of the dead ("A brother of one of
    the dead said", "a father whose son was killed"), not one of them."""
    return bool(victim and _KIN_NOUN.fullmatch(victim.split()[-1]) and
                _RELATIVE_OF_DEAD.match(text, m.end("v")))


def victims_joined(text: str, m: re.Match) -> str | None:
    """The victims joined to the first by "and", more of the dead ("five men and three
    women were killed"); None where they are the subject of a verb of their own ("killed a
    woman, and her husband and three children were wounded")."""
    more = m.groupdict().get("more")
    own = _OWN_VERB.match(text, m.end()) if more else None
    if own is not None and (_VERB_FIRST.match(m.group(0)) or _NOUN_FIRST.match(m.group(0)) and
                            not _THE_BODIES_VERB.match(text, own.end())):
        more = None
    return more


def each_victim(more: str) -> int:
    """How many the victims joined add up to ("a woman and her two children": two more)."""
    return sum(_victims(q) for q in EACH_VICTIM.finditer(more))


def the_whole_before(text: str, m: re.Match, count: int, found: list[Casualty],
                     start: int) -> int | None:
    """The whole a breakdown of victims belongs to, where it is told before the breakdown
    and is no count of its own already."""
    if "includ" in text[max(start, m.start() - 12):m.start()] or \
            "among" in text[max(start, m.start() - 12):m.start()]:
        head = _HEAD_BEFORE.search(text, max(start, m.start() - 80), m.start())
        if head is not None and (parse_number(head.group("n")) or 0) > count and \
                not any(c.start <= head.start() < c.end for c in found):
            # (not "strikes killed 30 people, including 5 killed in Rafah": there the
            # whole is its own count already, and the 5 a part of it)
            return parse_number(head.group("n"))  # "At least 23 Palestinians,
            # including seven women, five children and a paramedic, are killed"
    return count


# "Seven of the eight troops killed in Gaza announced this morning died in a series of
# blasts": the whole told by its participle ("troops killed"), the share's own verb after it
# in the clause (not "Seven of the eight troops killed in Gaza were reservists": who they
# were, no act of the share's)
_THE_SHARE_DIED = re.compile(r"[^.;:,]{0,60}?\b(?:died|perished|lost\s+their\s+lives|"
                             r"(?:were|was)\s+(?:[a-z]+ly\s+)?killed)\b", re.I)


def the_share_told(text: str, m: re.Match, count: int, start: int) -> int | None:
    """The share of a whole the verb tells ("Nine of her ten children were killed": nine),
    not the whole they belong to."""
    share = _SHARE_OF.search(text, max(start, m.start() - 40), m.start()) \
        if m.re is SUBJECT_COUNT or m.re is SUBJECT_HURT else None
    if share is not None and (_WERE_VERB.search(m.group(0)) or
                              _THE_SHARE_DIED.match(text, m.end())) and \
            not _WHO_WERE.search(m.group(0)) and \
            (parse_number(share.group("n")) or count) < count:
        return parse_number(share.group("n"))
    return count


def a_speakers_loss(text: str, m: re.Match, more: str | None, end: int) -> bool:
    """Whether the one of a family counted is a speaker's loss ("said Abu Mohammed, whose
    brother was killed"), one of a toll told before (not "whose brother and two nephews
    were killed")."""
    return (m.re is KIN_HEAD or m.re is KIN_HEAD_HURT) and not more and \
        m.group(0).lower().startswith("whose") and not _AS_WAS.match(text, m.end(), end)


def with_those_as_was(text: str, m: re.Match, count: int, end: int) -> int:
    """The count with the victims told after it by the same verb ("Her husband was
    critically wounded, as was their only surviving son")."""
    if m.re is KIN_HEAD or m.re is KIN_HEAD_HURT or m.re is SUBJECT_COUNT or \
            m.re is SUBJECT_HURT:
        also = _AS_WAS.match(text, m.end(), end)
        if also is not None:
            count += _victims(also)
    return count


def less_the_recovered(text: str, m: re.Match, kind: str, count: int, start: int,
                       end: int) -> int:
    """A day's toll less the bodies of before told in it ("133 martyrs (including 4
    recovered bodies)": the bodies pulled out are the dead of before, not the day's)."""
    recovered = _LESS_RECOVERED.match(text, m.end(), end) if kind == "killed" else None
    back = max(start, m.start() - 150)
    if recovered is not None and ONE_ATTACK.search(
            text, max(back, text.rfind(". ", back, m.start()) + 1), m.end()):
        recovered = None  # "An Israeli airstrike on a house in Jabalia killed 15 people,
        # including 6 bodies recovered from the rubble": the one attack's own dead, pulled
        # out after it
    if recovered is not None and 0 < (parse_number(recovered.group("n")) or 0) < count:
        count -= parse_number(recovered.group("n"))
    return count


def the_whole_among(text: str, m: re.Match, kind: str, more: str | None,
                    count: int) -> int | None:
    """The whole the victims are among ("three children are among the seven dead", "...
    among the 40 wounded"): the children are a part of the count, and the count is the
    whole."""
    whole = _AMONG_THE_WHOLE[kind].match(text, m.end("more") if more else m.end("v")) \
        if m.re is SUBJECT_COUNT or m.re is SUBJECT_HURT else None
    if whole is not None and (parse_number(whole.group("n")) or 0) > count:
        return parse_number(whole.group("n"))
    return count


def the_whole_with_them(text: str, m: re.Match, victim: str | None, count: int,
                        start: int) -> int | None:
    """The whole told before victims "among them" ("43 Palestinian civilians with seven
    women amongst them were killed": the whole, not its part), where it opens its clause
    or follows no verb it is the object of."""
    if victim and _AMONG_THEM.match(text, m.end("v")):
        head = _HEAD_WITH.search(text, max(start, m.start() - 80), m.start())
        if head is not None and (parse_number(head.group("n")) or 0) > count and (
                head.start() == start or
                _OPENS_CLAUSE.search(text, max(start, head.start() - 15), head.start()) or
                not _VERB_BEFORE.search(text, max(start, head.start() - 20), head.start())):
            return parse_number(head.group("n"))
    return count


def mixes_the_hurt(m: re.Match) -> bool:
    """Whether the count is of "casualties", which mixes the killed and the injured: no
    fatality count."""
    return _NOT_DEATH.search(m.group(0)) is not None


# "one of the many journalists to have been killed" (not "one of the five journalists
# appears to have been killed": one of them was)
_CLASS_MEMBERS = re.compile(r"\b(?!appears\b|seems\b)[a-z]+s to have been\b")


def a_class_of_the_dead(text: str, m: re.Match, start: int) -> bool:
    """Whether the count names one of a class of the dead ("one of the many journalists to
    have been killed"), no toll."""
    return text.endswith(("one of the ", "One of the "), max(start, m.start() - 12),
                         m.start()) and _CLASS_MEMBERS.search(m.group(0)) is not None


# "killing and injuring dozens of Palestinians", "killed or wounded 65 people": one count of
# the dead and the hurt together, neither's own (not "killing two and injuring 12": each
# with its number)
_KILLED_AND_HURT = re.compile(r"\b(?:killing|killed|kills|kill|martyring)\s+(?:and|or|and/or)"
                              r"\s+$", re.I)


def killed_and_hurt_together(text: str, m: re.Match, start: int) -> bool:
    """Whether the hurt are counted with the dead in one count ("killing and injuring
    dozens"), no count of the hurt's own."""
    return _VERB_FIRST.match(m.group(0)) is not None and \
        _KILLED_AND_HURT.search(text, max(start, m.start() - 20), m.start()) is not None


def the_hurt_counted(text: str, m: re.Match, count: int, end: int) -> int | None:
    """The count of the hurt: less those told dead on arrival, and no number where it is
    vague ("four people were killed and several injured": the hurt told, with no number
    of them)."""
    count = _hurt_less_dead(text, m, count, end)
    if m.group("n").lower() in _NO_NUMBER:
        count = None
    return count


def listed_dead(text: str, start: int, end: int) -> tuple[re.Match, int, int, bool] | None:
    """A list of the dead, each item opening with its number: where it opens and stops, the
    sum of its items, and whether it only breaks down by age and sex a toll that may be told
    before; None unless at least two items have a number (one alone may be any part of the
    toll)."""
    if "dead" not in text[start:end] and "victims" not in text[start:end] and \
            "killed" not in text[start:end] and "fatalities" not in text[start:end]:
        return None
    hit = _DEAD_INCLUDED.search(text, start, end)
    if hit is None:
        return None
    stop = min((i for i in (text.find(c, hit.end(), end) for c in ".;:") if i >= 0),
               default=end)
    total, items, groups = 0, 0, 0
    for item in (i.strip() for i in _LIST_SPLIT.split(text[hit.end():stop])):
        if _SUB_ITEM.match(item):
            continue
        if _ITEM_AGE.match(item):
            return None
        n = _ITEM_NUMBER.match(item)
        number = parse_number(n.group(1)) if n else None
        if number is None or number > MAX_COUNT:
            break
        total, items = total + number, items + 1
        groups += _ITEM_GROUP.match(item) is not None
    if items < 2:
        return None
    return hit, stop, total, groups == items and not hit.group(0).rstrip().endswith("were")
