"""Deaths of people a report names, counted as ACLED counts them: one each.

"An Israeli airstrike in central Gaza kills Aziz Salha", "Hassan Douhan, a journalist, is
fatally shot", "killed Rawhi Mushtaha along with Sameh al-Siraj and Sami Oudeh" give no
number to read, yet each named person is one death. Only a name of two to four capitalised
words counts, and not one that begins like a place, a people or an organisation ("Israeli
forces", "Gaza City", "Al Jazeera").
"""

from __future__ import annotations

import re

from geoevents.casualties.headcount import each_victim
from geoevents.casualties.wording import MORE_VICTIMS, ONE_PERSON
from geoevents.dates import MONTH_NAMES, WEEKDAY_PATTERN
from geoevents.quantities import number_word
from geoevents.speech import QUOTED

__all__ = ["named_deaths", "named_hurt"]

# A capitalised word of a personal name, with the particles Arabic names carry.
_PART = r"(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|(?:al|el|Al|El)-[A-Z][a-z'’]+|Abu|Abou|bin|ibn)"
_TITLE = r"(?:(?:Dr\.?|Colonel|Col\.|General|Commander|Sheikh|Major|Captain|Lieutenant)\s+)?"
_NAME = rf"{_TITLE}{_PART}(?:[ ]{_PART}){{1,3}}"
# Words a name never begins with: places, peoples, organisations, sentence openers.
_NOT_A_PERSON = re.compile(
    rf"(?:{WEEKDAY_PATTERN}|"
    r"Israel|Israeli|Palestin\w*|Gaza|Hamas|Islamic|United|UN|UNRWA|Al Jazeera|Red|"
    r"Health|Civil|Ministry|World|Doctors|Medecins|International|European|American|"
    r"Egypt\w*|Qatar\w*|Jabal\w*|Khan|Rafah|Deir|Nuseirat|Beit|North|South|Central|The|"
    rf"On|In|At|After|Before|During|Since|{MONTH_NAMES})\b")
# ... or ends with: "a soldier from the Golani Brigade is killed" names a unit
_NOT_A_PERSON_END = re.compile(r"\b(?:Brigades?|Battalion|Division|Unit|Corps|Forces|Army|"
                               r"Ministry|Hospital|School|Camp|Agency|Council|Committee|"
                               r"Society|Crescent|Cross|Kitchen)$")
# an armed group's man named by his role ("Islamic Jihad operative Nour al-Din Dababsh",
# "Hamas militant X", "Hezbollah officer X"): one dead as a commander is
_OPERATIVE = r"(?:operatives?|militant|officer|fighter|member)"
# the roles a dead is named after ("killed Hamas military commander Mohammed Deif"), in the
# kill and in the list that goes on after it
# (and who the one named was as the dead are told by it: "the raids killed civilian Musa Abu
# Zuaiter (31)", "killed teenager Ahmed Abu Salem", "killed fisherman Ali Nasser")
_ROLES_OF_THE_DEAD = (r"commander|leader|chief|head|official|journalist|photographer|"
                      r"spokes(?:person|man)|director|doctor|paramedic|reporter|cameraman|"
                      r"civilian|teenager|activist|student|teacher|nurse|medic|fisherman|"
                      r"farmer|engineer|poet|writer|photojournalist|rescuer|"
                      rf"{_OPERATIVE}")
# (and a headline's or a summary's present, "Israeli forces kill Jihad Kamal Salem Najjar":
# not "vowed to kill X", see _NOT_DONE)
# ("Israeli troops shot dead Ahmed Saleh", "the army said it eliminated Ahmed Saleh": the
# army's word for a killing, as in a count; not the bare "eliminate" of "vowed to eliminate")
_KILL_VERB = r"(?P<verb>kills|killed|killing|kill|assassinat(?:es|ed|ing)|shot\s+dead|" \
    r"eliminat(?:es|ed|ing))"
_KILLED_NAME = re.compile(rf"\b{_KILL_VERB}\s+(?P<name>{_NAME})")
# ... nor "tried to find and kill X", "attempted to ambush and assassinate X": an attempt
_TO_DO_AND = re.compile(r"\bto\s+[\w-]+\s+and\s+\Z", re.I)
# "killed Hamas military commander Mohammed Deif": a role, then the name
_KILLED_ROLE_NAME = re.compile(
    # ("The Israel Defense Forces kill senior Hamas commander X": a headline's present; not
    # "vowed to kill Hamas leader X", "did not kill", "will kill": see _NOT_DONE)
    rf"\b{_KILL_VERB}\s+(?:the\s+)?"
    r"(?:(?!along\b|with\b|and\b|of\b)[\w-]+\s+){0,3}?"
    rf"(?:{_ROLES_OF_THE_DEAD})\s+(?P<name>{_NAME})")
# A bare "kill" after these is a killing not done: "vowed to kill", "did not kill", "will
# kill", "may never kill"
_NOT_DONE = re.compile(r"(?:\b(?:to|not|never|will|would|could|can|cannot|may|might|must|should|"
                       r"shall|did|does|do)|n[’']t|[’']ll)\s+(?:(?:not|never|ever|soon|yet|"
                       r"also)\s+)?\Z", re.I)
# "X, a journalist, was killed": the verb is found first, then the name right before it
# ("Staff Sgt. Yair Cohen, 20, from Haifa, fell during combat in southern Gaza": the
# army's word for its dead, after a name and its age and home)
# ("Yasser Abu Shabab succumbed to his wounds", "Ahmed Nasser died of his injuries": one
# named dead of the wounds an attack gave him, not "died in 2004", a death of any cause)
_WAS_KILLED = re.compile(r"\s+(?:(?:is|was|has been|had been)\s+(?:reportedly\s+|also\s+)?"
                         r"(?:killed|assassinated|fatally shot|shot dead|shot and killed)|"
                         r"fell\s+(?:in|during)\s+(?:combat|battle|action)|"
                         r"(?:later\s+)?(?:succumbed\s+to|died\s+(?:of|from))\s+(?:his|her)\s+"
                         r"(?:wounds|injuries))\b")
# (who the one named was may run long: "Osama Mazini, who was in charge of negotiation
# affairs concerning the captured Israeli soldier Gilad Shalit, is killed")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})(?:(?:,[^,.;:]{{2,110}}){{1,2}},)?\Z")
# "along with his deputy, Hussam Shahwan, and nine others", "along with Sameh al-Siraj and
# Sami Oudeh", "along with cameraman Rami al-Rifi"
_ALONG_WITH = re.compile(r"[^.;]{0,120}?\balong with\b(?P<rest>[^.;]{0,160})")
_OTHERS = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\+?\s+"
                     r"others\b")
# "killing Hamas leader Mohammed Sinwar, Rafah Brigade commander Muhammad Shabana and 20+
# others": the list goes on with more names, each maybe after a role, or a number of others
_LIST_NEXT = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)")
_ROLE = rf"(?:{_ROLES_OF_THE_DEAD}|deputy|son|daughter|wife|brother)"
_ROLE_OR_KIN = (rf"(?:{_ROLE}|colleague|driver|bodyguard|husband|father|mother|sister|"
                r"child)")
_NEXT_NAMED = re.compile(rf"(?:(?:the\s+)?(?:(?!along\b|with\b|and\b|of\b)[\w-]+\s+){{0,3}}?"
                         rf"{_ROLE}\s+)?(?P<name>{_NAME})")
_LIST_END = re.compile(r"\b(?:in|on|at|while|during|when|after|near|by|from|as|who|which)\b")


# "are killed", "were reportedly killed": how both patterns below end
_ARE_KILLED = (r"(?:are|were|have been|had been)\s+(?:reportedly\s+|also\s+)?(?:killed|"
               r"assassinated|shot dead)\b")
# (looked for first: the names the patterns begin with are tried at every capital)
_KILLED_TOGETHER = re.compile(_ARE_KILLED)

# "journalist Ismail al-Ghoul and his cameraman are killed": the named one and one more
_AND_ONE_MORE_KILLED = re.compile(
    rf"(?P<name>{_NAME})\s+and\s+(?:his|her)\s+(?:[\w-]+\s+)?{_ROLE_OR_KIN}\s+{_ARE_KILLED}")


# "The PRCS paramedics Haitham Tubasi and Suhail Hassouna were killed"
_TWO_NAMED_KILLED = re.compile(
    rf"(?P<name>{_NAME})\s+and\s+(?P<other>{_NAME})\s+{_ARE_KILLED}")


# "Haitham Tubasi, Suhail Hassouna and Ahmed Abu Nasser were killed": the names listed
# before the last two
_LISTED_BEFORE = re.compile(rf"(?:{_NAME},\s+)+\Z")


def _listed_before(text: str, start: int, at: int) -> int:
    """How many persons' names a comma list gives right before ``at``."""
    hit = _LISTED_BEFORE.search(text, max(start, at - 160), at)
    if hit is None:
        return 0
    names = [n.strip() for n in hit.group(0).split(",") if n.strip()]
    return sum(1 for n in names if not (_NOT_A_PERSON.match(n) or _NOT_A_PERSON_END.search(n)))


# "X and his wife were killed along with their six children": more dead than the two
_MORE_WITH = re.compile(r"\b(?:along|together) with\b|\bas well as\b|\band\s+(?:\w+\s+)?others\b",
                        re.I)


def named_deaths(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(start, end, count) of the deaths of named people in ``text[start:end]`` (one
    sentence), or None when it names no one killed."""
    sentence = text[start:end]
    if "kill" not in sentence and "assassinat" not in sentence and "shot" not in sentence and \
            "fell " not in sentence and "succumbed" not in sentence and "died " not in sentence \
            and "eliminat" not in sentence:
        return None
    pair = (_AND_ONE_MORE_KILLED.search(text, start, end) or
            _TWO_NAMED_KILLED.search(text, start, end)) \
        if _KILLED_TOGETHER.search(text, start, end) else None
    if pair is not None and not any(
            _NOT_A_PERSON.match(name) or _NOT_A_PERSON_END.search(name)
            for name in (pair.group("name"), pair.groupdict().get("other") or "")) and \
            not _MORE_WITH.search(text, pair.end(), end):
        more = _listed_before(text, start, pair.start()) if pair.re is _TWO_NAMED_KILLED \
            else 0
        return pair.start(), pair.end(), 2 + more
    for m in _named(text, start, end):
        if _NOT_A_PERSON.match(m.group("name")) or _NOT_A_PERSON_END.search(m.group("name")):
            continue
        count, stop = _list_goes_on(text, m.end(), end)
        along = _ALONG_WITH.match(text, stop, end)
        if along is not None:
            rest = along.group("rest")
            others = _OTHERS.search(rest)
            if others is not None:
                word = others.group(1).lower()
                count += number_word(word) or 0
                rest = rest[:others.start()]
            rest = _WHO_BEFORE_A_NAME.sub("", rest)  # (past who each was: "Sameh
            # al-Siraj, who held the security portfolio ..., and Sami Odeh")
            rest = _LIST_END.split(rest, 1)[0]  # the names end where the sentence goes on
            count += sum(1 for name in re.findall(_NAME, rest) if not _NOT_A_PERSON.match(name))
            stop = along.end()
        return m.start(), stop, count
    return None


_SPEAKS = re.compile(r"\s+(?:" + QUOTED + r")\b")
# ", a reporter for the Palestine Today website": who the one named was, up to the comma that
# goes on with the list
# (or a clause on them: "Sameh al-Siraj, who held the security portfolio in Hamas's
# political bureau, and Sami Odeh")
_WHO_THEY_WERE = re.compile(r",\s+(?:a|an|the|who)\s+[^,.;:()]{1,80}?(?=,\s+and\s)")
# ... where the list goes on with a name (not ", and wounded Omar Nasser")
_WHO_BEFORE_A_NAME = re.compile(_WHO_THEY_WERE.pattern + r"(?=,\s+and\s+(?-i:[A-Z]))")
# "killing Yousef al-Faqawi, a reporter for the Palestine Today website, and another man",
# "killed Ismail al-Ghoul and his son": one more dead, unnamed, ending the list after "and"
_ONE_MORE = re.compile(r"(?:another|a|an|one|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                       rf"(?:{ONE_PERSON.pattern})\b(?![’'-])", re.I)
# ... not one hurt, or whose things are told: "and a woman was wounded", "and a man's car"
_ONE_MORE_NOT_DEAD = re.compile(r"\s+(?:(?:was|is|were)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|"
                                r"arrested|detained|missing)\b)", re.I)


# "killed Mohammed Abu Ali, his wife and their four children", "killed Ahmed Saleh and two
# of his sons": the named one's kin joined after the name, each with its number (a comma
# list only where it ends on "and": "killed Ahmed Saleh, her husband, in Rafah" tells who
# the one named was)
_KIN_JOINED = re.compile(MORE_VICTIMS, re.I)
# ... not kin with a verb of their own: "killed Ahmed Saleh, and his two sons were wounded",
# "killed Ahmed Saleh and his wife, his brother said", nor whose kin: "and a man's son was
# hurt"
_OWN_VERB_AFTER = re.compile(r"\s+(?:were|was|are|is|have|has|had)\b|,?\s+(?:" + QUOTED +
                             r")\b|['’]s?\b", re.I)


def _kin_joined(text: str, at: int, end: int) -> tuple[int, int] | None:
    """(how many, where they end) of the kin joined to a named death right at ``at``; None
    where no kin with a number are joined there."""
    kin = _KIN_JOINED.match(text, at, end)
    if kin is None or _OWN_VERB_AFTER.match(text, kin.end(), end):
        return None
    more = each_victim(kin.group("more"))
    return (more, kin.end()) if more else None


def _list_goes_on(text: str, at: int, end: int) -> tuple[int, int]:
    """(deaths, where the list ends) for a named death at ``at`` and the names, the kin or
    the number of others, listed right after it."""
    count, named_at = 1, at
    # (past who the one named was: "killing Yousef al-Faqawi, a reporter for the Palestine
    # Today website, and another man")
    who = _WHO_THEY_WERE.match(text, at, end)
    if who is not None:
        at = who.end()
    while (sep := _LIST_NEXT.match(text, at, end)) is not None:
        kin = _kin_joined(text, at, end)
        if kin is not None:
            return count + kin[0], kin[1]
        others = _OTHERS.match(text, sep.end(), end)
        if others is not None:
            return count + (number_word(others.group(1).lower()) or 0), others.end()
        one = _ONE_MORE.match(text, sep.end(), end)
        if one is not None and sep.group(0).strip(", ") and \
                not _ONE_MORE_NOT_DEAD.match(text, one.end(), end):
            return count + 1, one.end()
        named = _NEXT_NAMED.match(text, sep.end(), end)
        if named is None or _NOT_A_PERSON.match(named.group("name")) or \
                _NOT_A_PERSON_END.search(named.group("name")) or \
                named.group("name").endswith(("'s", "’s")) or \
                _SPEAKS.match(text, named.end(), end):
            # (not "killed Rafa Salama, army spokesman Daniel Hagari said": who says so;
            # nor "killed Hamza Dahdouh, Wael Dahdouh's son": who the one named is)
            break
        count, at = count + 1, named.end()
        who = _WHO_THEY_WERE.match(text, at, end)
        if who is not None:
            at = who.end()
    return count, at if count > 1 else named_at


def _named(text: str, start: int, end: int) -> list[re.Match]:
    """Where a name is killed: "kills X", then "X ... was killed"."""
    found = [m for m in (_KILLED_NAME.search(text, start, end),) if m is not None and not (
        m.group("verb") == "kill" and
        (_NOT_DONE.search(text, max(start, m.start() - 25), m.start()) or
         _TO_DO_AND.search(text, max(start, m.start() - 40), m.start())))]
    verb = _WAS_KILLED.search(text, start, end)
    if verb is not None:
        name = _NAME_BEFORE.search(text, max(start, verb.start() - 140), verb.start())
        if name is not None:
            found.append(name)
    role = _KILLED_ROLE_NAME.search(text, start, end)
    if role is not None and role.group("verb") == "kill" and \
            _NOT_DONE.search(text, max(start, role.start() - 25), role.start()):
        role = None
    return found if role is None else [*found, role]


# "Reuters photographer Hatem Khaled was wounded", "X, a paramedic, was seriously injured":
# one named person hurt, counted one as the named dead are (not "was nearly wounded", nor
# "was fatally wounded": dead)
_WAS_HURT = re.compile(r"\s+(?:is|was|has been|had been)\s+"
                       r"(?:(?!nearly\b|narrowly\b|not\b|fatally\b|mortally\b)"
                       r"[a-z]+ly\s+|also\s+)?(?:wounded|injured|hurt)\b")

# ... nor hurt at another time or who then died: "Hatem Khaled was wounded last month in
# Rafah", "had been wounded in an earlier strike", "was wounded and later died"
_HURT_THEN = re.compile(r"\b(?:(?:last|previous|past)\s+(?:week|month|year)s?|"
                        r"(?:days?|weeks?|months?|years?)\s+ago|earlier\s+this\s+"
                        r"(?:week|month|year)|(?:an?|the)\s+(?:earlier|previous|prior)\b|"
                        r"since|in\s+(?:19|20)\d\d|died|succumbed|dead)\b", re.I)


def named_hurt(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of one named person told hurt in ``text[start:end]`` (one sentence), or
    None when it names no one hurt."""
    verb = _WAS_HURT.search(text, start, end)
    if verb is None or _HURT_THEN.search(text, verb.end(), end):
        return None
    name = _NAME_BEFORE.search(text, max(start, verb.start() - 140), verb.start())
    if name is None or _NOT_A_PERSON.match(name.group("name")) or \
            _NOT_A_PERSON_END.search(name.group("name")):
        return None
    return name.start(), verb.end()
