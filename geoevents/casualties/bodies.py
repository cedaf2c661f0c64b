"""The dead of before, not killed now.

Bodies recovered, exhumed, handed back or still held, found or buried, the dead believed
trapped, those whom mourners act for: such counts tell deaths told before, and are no
attack's toll, unless the bodies come out of a strike told with them ("crews recovered the
bodies of nine people from the rubble of a house hit by an Israeli air strike").
"""

from __future__ import annotations

import re

from geoevents.casualties.record import Casualty
from geoevents.dates import MONTH_PATTERN, WEEKDAY_PATTERN
from geoevents.text_ends import stripped_end

# "15 bodies are believed trapped under the rubble": not counted as killed ("killed 15,
# dozens missing" still is: the clause ends at the comma).
_UNCONFIRMED = re.compile(
    r"(?:[^\S\n]+(?!and\b)\w+){0,2}[^\S\n]+(?:believed|feared|trapped|missing|unaccounted)\b",
    re.I)

# (all the words of coming upon the dead: "troops discovered the bodies of four hostages in a
# tunnel", "located the remains of", "unearthed 20 bodies")
_RECOVERED = re.compile(r"\b(?:recover\w*|retriev\w*|exhum\w*|return\w*|"
                        r"hand(?:s|ed|ing)?[\s-]?over|found|identif\w*|discover\w*|locat\w*|"
                        r"uncover\w*|unearth\w*)"
                        # (the day may come between: "Israel's return Friday of the bodies of
                        # 30 Palestinians", "returned on Tuesday the bodies of 15")
                        rf"(?:\s+(?:(?:on|late|early)\s+)?(?:{WEEKDAY_PATTERN}|today|yesterday|"
                        r"overnight)(?:\s+(?:morning|afternoon|evening|night))?(?:\s+of)?|"
                        # (or the noun of the handing back: "the return of the bodies of",
                        # "the hand-over of", "the recovery of")
                        r"(?:(?<=return)|(?<=handover)|(?<=hand-over)|(?<=recovery)|"
                        r"(?<=retrieval)|(?<=exhumation))\s+of)?"
                        r"\s+(?:the\s+)?(?:remains|bod(?:y|ies))?\s*(?:of\s+)?$|"
                        # "could not reach dozens of bodies lying in the roads": the dead left
                        # where they fell, over days, no attack's toll
                        r"\b(?:could\s+not|couldn't|cannot|can't|unable\s+to|failed\s+to)\s+"
                        r"(?:reach|access|get\s+to|collect)\s+(?:the\s+)?"
                        r"(?:remains|bod(?:y|ies))?\s*(?:of\s+)?$|"
                        # "the remains of three bodies Hamas gave to Israel"
                        r"\bremains\s+of\s+(?:the\s+)?$|"
                        # "a mass grave holding at least 49 bodies": the dead of before
                        r"\bgraves?\s+(?:holding|containing|with|of)\s+$|"
                        # "a mass grave inside the compound to bury 180 bodies": the dead
                        r"\bbur(?:y|ies|ied|ying)\s+(?:the\s+)?$",
                        re.I)
# ...unless the bodies come out of a strike told with them: "crews recovered the bodies of
# nine people from the rubble of a house hit by an Israeli air strike", "retrieved the
# bodies of 14 people after Israeli strikes on Khan Younis" are the strike's toll (not
# "recovered 50 bodies from mass graves after the army withdrew", the dead of before)
# (nor "the bodies of 30 people killed in recent Israeli strikes", "... destroyed by an
# Israeli strike during the war", "since the ceasefire began", "bombed by Israeli jets in
# December", "after the army ended its operation there", "3 killed days earlier")
_STALE = (r"\b(?:graves?|withdr[ae]w|withdrawal|pull(?:ed|s|ing)?[\s-]*out|pullout|weeks?|"
          r"months?|ago|earlier|recent(?:ly)?|previously|past\s+(?:\w+\s+)?days|"
          # ("following a strike the previous night": the night before, no stale dead)
          r"previous(?!\s+(?:night|day|evening|morning|afternoon)\b)|"
          # (the strike's own hour only: not "following strikes in Shujaiya, an area troops
          # left the previous day", bodies reached once the troops had gone)
          r"(?!(?:air[\s-]*)?strikes?\b|bombardment\b|bombing\b|shelling\b|"
          r"raids?\b|attacks?\b|struck\b|hit\b|bombed\b|shelled\b|targeted\b|killed\b|"
          r"houses?\b|homes?\b|tents?\b|buildings?\b|cars?\b|vehicles?\b|shelters?\b|"
          r"schools?\b|on\b|the\b)[\w-]+\s+(?:on\s+)?the\s+previous\s+"
          r"(?:night|day|evening|morning|afternoon)|"
          r"last\s+(?:week|month|year)|during\s+the\s+(?:war|offensive|operation|incursion)|"
          r"since\s+the\s+(?:war|start|beginning|outbreak|cease[- ]?fire|truce)|"
          rf"ended\s+(?:its|the)\s+(?:\w+\s+)?operation|in\s+(?:early\s+|late\s+|mid-?)?"
          rf"{MONTH_PATTERN})\b")
_FROM_A_STRIKE = re.compile(
    rf"(?![^.;]*{_STALE})"
    r"[^.;]*?\b(?:(?:after|following|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:air\s*strikes?|strikes?|bombardment|bombing|shelling|raids?)\b|"
    r"(?:hit|struck|targeted|bombed|flattened|destroyed)\s+(?:\w+\s+){0,2}?by\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|strikes?|missiles?|shells?|"
    r"bombardment|warplanes?|jets?)\b|"
    # ... or told with the striker as subject: "after Israeli aircraft struck tents of
    # displaced people", "killed when warplanes bombed a house"
    r"(?:after|following|when)\s+(?:[\w-]+\s+){0,3}?(?:aircraft|warplanes?|jets?|drones?|"
    r"planes?|helicopters?|tanks?|artillery)\s+(?:struck|hit|bombed|shelled|targeted|"
    r"fired\s+on)\b|"
    # ... or the strike itself as subject: "the bodies of six people killed when an Israeli
    # strike targeted a vehicle", "after a missile hit their car"
    r"(?:after|following|when)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|"
    r"strikes?|missiles?|shells?|bombs?)\s+(?:struck|hit|targeted|slammed\s+into|landed\s+on)\b|"
    # ... or the place they came out of told as one just bombed: "rescue teams have
    # recovered 5 dead and more than 10 injured under the rubble of a bombed house" (not
    # "from the rubble of destroyed homes", ruined at any time; the stale words above
    # still tell the dead of before: "of a house bombed last month")
    r"\b(?:from|under)\s+(?:under\s+)?the\s+(?:rubble|debris|ruins)\s+of\s+(?:an?\s+|the\s+|"
    r"their\s+|two\s+|three\s+)?(?:bombed|shelled|bombarded|targeted|struck)\s+"
    r"(?:residential\s+)?(?:houses?|homes?|buildings?|tents?|shelters?|schools?|apartments?|"
    r"flats?)\b|"
    # ... or the place hit told with the hour it was hit: "recovered 6 martyrs and 14 injured
    # from a house of the al-Qadi family struck last night in Nuseirat camp"
    # (the place the bodies came from, in their clause: not "recovered 20 bodies from the
    # rubble of homes in Rafah, and a tent was hit overnight in Mawasi", another place's
    # strike; nor "a house ... targeted at dawn on 12 October", a strike of days before)
    r"(?<=\bfrom\s)(?:(?:under\s+)?the\s+rubble\s+of\s+)?(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:house|home|building|tent|shelter|school|apartment|flat)\b[^.;,]{0,60}?,?\s*\b(?:struck|"
    r"hit|bombed|shelled|targeted)\s+(?:last\s+night|overnight|at\s+dawn|this\s+morning)\b"
    rf"(?!\s+(?:on|of)\s+(?:\d|{MONTH_PATTERN}\b)))", re.I)
# ... or told first, the bodies pulled from it after in the same clause: "our teams
# responded overnight to a strike on a house in the al-Qarara area and recovered four
# martyrs" (not "recovered the bodies of 30 people from mass graves", nor bodies
# recovered weeks after a strike)
_STRIKE_FIRST = re.compile(r"\b(?:to|after|following|of|from|on)\s+(?:an?\s+|the\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|strikes?|bombardment|bombing|"
                           r"shelling)\b[^.;:]*?\band\s+(?:[\w-]+\s+){0,2}?$", re.I)
_STALE_HERE = re.compile(_STALE, re.I)
# ... or told in the sentence right before, the place hit that day: "Our crews are searching
# the rubble of a building destroyed by an Israeli air strike this afternoon in Shejaia. So
# far our teams have recovered the bodies of 23 martyrs"
_STRUCK_BEFORE = re.compile(r"\b(?:(?:hit|struck|targeted|bombed|flattened|destroyed|levelled|"
                            r"leveled)\s+(?:\w+\s+){0,2}?by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:air\s*strikes?|strikes?|missiles?|shells?|bombardment|warplanes?|"
                            r"jets?)|(?:air\s*strikes?|strikes?|bombardment|bombing|shelling)\s+"
                            r"(?:hit|struck|destroyed|flattened|on)\b)[^.;]*?\b(?:this\s+(?:morning|"
                            r"afternoon|evening)|today|overnight|last\s+night|at\s+dawn|"
                            rf"on\s+{WEEKDAY_PATTERN})\b", re.I)


# a place named where the bodies were pulled out: "In Khan Younis, civil defence crews
# recovered the bodies of 20 people"
_PLACE_NAMED = re.compile(r"\b(?:[Ii]n|at|near|from)\s+(?:the\s+)?((?:al-|el-)?[A-Z][\w'’-]+"
                          r"(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)*)")


# "So far this year, crews have recovered the bodies of 300 people": a tally of a period
_SO_FAR_A_PERIOD = re.compile(r",?\s+(?:this\s+(?:year|month|week)|in\s+(?:the\s+)?(?:war|year|"
                              r"month)|during|since|over)\b", re.I)


def _struck_just_before(text: str, start: int, end: int) -> bool:
    """Whether the sentence right before ``start`` tells a place struck that day, with no
    span of before in it, and the sentence from ``start`` names no other place (not "An
    Israeli air strike hit a house in Rafah this morning. In Khan Younis, civil defence
    crews recovered the bodies of 20 people": bodies of another place)."""
    last = stripped_end(text, start)
    stop = max(text.rfind(". ", 0, max(0, last - 1)), text.rfind("\n", 0, last))
    before = text[stop + 1:last]
    return _STRUCK_BEFORE.search(before) is not None and not _STALE_HERE.search(before) and \
        all(hit.group(1) in before for hit in _PLACE_NAMED.finditer(text, start, end))
# ... nor bodies pulled out once the strikes were over: "When the ceasefire took effect,
# crews returned to the sites of strikes in Rafah and recovered 30 bodies", "After the
# strikes on the neighbourhood stopped, rescuers returned and recovered 25 bodies"
_STRIKES_OVER = re.compile(r"\b(?:return(?:ed|ing)|went\s+back|came\s+back|cease[- ]?fire|"
                           r"truce|lull|stopped|ended|halted|ceased|subsided|paused)\b", re.I)
# Only bodies pulled out are a strike's toll, and not after a withdrawal told before them
# ("After Israeli troops pulled out of Khan Younis, rescuers recovered the bodies of 30
# people killed in Israeli strikes"); bodies returned or handed over are the dead of before
# ("Israeli forces returned the bodies of 15 Palestinians ... after the strike")
_PULLED_OUT = re.compile(r"\b(?:recover|retriev|locat|discover|uncover|unearth)\w*", re.I)
# (bodies not pulled out count no toll: "crews could not recover the bodies of 20 people
# after Israeli tanks fired on rescuers", a strike on those who came for them)
_NOT_PULLED = re.compile(r"\b(?:could\s+not|couldn't|cannot|can't|unable\s+to|failed\s+to|"
                         r"tried\s+to|trying\s+to|attempt(?:ed|ing)?\s+to)\s+$", re.I)
HAD = re.compile(r"\bhad\b", re.I)
_WITHDRAWN_BEFORE = re.compile(r"\b(?:withdr[ae]w\w*|withdrawal|pull(?:ed|s|ing)?[\s-]*out|"
                               r"pullout|graves?)\b", re.I)
# "Hamas releases the bodies of four hostages": the dead handed back (not "received more
# than 20 people killed", where a hospital counts a strike's dead)
_HANDED_BACK = re.compile(r"\b(?:releas\w*|repatriat\w*|transfer\w*|gave back|give back|"
                          r"hands? back)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?$", re.I)
# "leaving eight bodies of deceased hostages still remaining in Gaza": the dead still held
_STILL_HELD = re.compile(r"\s+of\s+(?:the\s+)?(?:deceased\s+)?(?:[\w-]+\s+)?"
                         r"(?:hostages|captives)\b|(?:\s+[\w-]+){0,5}?\s+still\s+held\b",
                         re.I)
# ... or told after the hostages still held: "Some 97 hostages remain in Gaza, including the
# bodies of at least 33" (not "hostages were released ... Strikes on Rafah left the bodies of
# 12", another clause's dead)
_HELD_BEFORE = re.compile(r"(?:\b(?:hostages|captives)\b[^.;:]{0,80}?\b(?:remain(?:s|ing)?|"
                          r"(?:still|being)\s+held|held\s+(?:in|by))|\b(?:holds?|holding|"
                          r"still\s+has)\s+(?:[\w-]+\s+){0,3}?(?:hostages|captives))\b"
                          r"[^.;:]{0,50}?(?:,\s*|\s+)(?:including|among\s+them|of\s+whom|"
                          r"of\s+which)\s+(?:the\s+|at\s+least\s+)?$", re.I)
# ("several bodies of Palestinians were recovered": whose bodies, between)
_BODIES_OF = re.compile(r"\b(?:bodies|remains)\s+of\s+$", re.I)
# (the bodies' release: not "a statement released by the hospital", nor
# "hours after Hamas released three hostages")
_HANDED_OVER = re.compile(r"\b(?:(?<!statement )(?<!video )(?<!footage )(?<!report )(?<!figures )"
                          r"(?<!images )(?<!data )releas\w*(?!\s+(?:(?:an?|its|the)\s+)?"
                          r"(?:statement|video|footage|report|figures|images|data)\b|\s+"
                          r"(?:[\w-]+\s+){0,2}(?:hostages|captives|prisoners|detainees)\b)|"
                          r"handed\s+over|hand(?:s|ed|ing)?\s+(?:over|back)|"
                          r"gave\s+back|returned\s+by|repatriat\w*|"
                          # the handover told from either side: "Hamas gives the bodies
                          # of two captives to the Red Cross", "the army received the
                          # bodies of two captives from the Red Cross" (not "the hospital
                          # received 20 bodies", the dead of the day brought in)
                          # (only with the dead as what is given and a party after
                          # "from": not "had given birth to twins", "gave the family no
                          # time to flee", "from a group of aid seekers")
                          r"(?:gives?|gave|given|giving)(?:\s+(?:back|over))?\s+(?:the\s+)?"
                          r"(?:bodies|body|remains|them)\b(?=[^.;:]{0,60}?\bto\b)|"
                          r"receiv\w*\s+(?:the\s+)?(?:bodies|body|remains|them)\b"
                          r"(?=[^.;:]{0,80}?\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:cross|icrc|hamas|israel|captors|militants|group|authorities)\b"
                          r"(?!\s+of\b)))\b",
                          re.I)
# (or "several bodies and remains were recovered", of bodies only: not "killed seven people
# and human remains were recovered", the remains of others)
_FOUND_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+|"
                          r"(?<=bodies)\s+and\s+(?:human\s+)?remains)?"
                          r"\s+(?:are|is|were|was|have been|had been)\s+(?:\w+\s+)?"
                          r"(?:discovered|found|recovered|retrieved|exhumed|uncovered)\b", re.I)
# "about 180 bodies had been buried in a mass grave in the grounds", "40 martyrs were buried
# in the hospital courtyard": a burial of the dead of before, not a killing (not "were buried
# under the rubble", "buried alive": killed so)
_BURIED_AFTER = re.compile(r"\s+(?:are|is|were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?buried\s+"
                           r"(?:in|inside|within|at)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
                           r"(?:graves?|cemetery|cemeteries|grounds|courtyard|yard|compound|"
                           # ("hundreds of bodies have been buried in different areas": where
                           # the dead were laid, not under what they died)
                           r"garden|areas|places|sites|locations|plots?)\b", re.I)
# "we had to bury the bodies of 6 martyrs near the road", "mourners buried 12 people in
# Rafah": the dead of before laid to rest, the burial told first (not "buried 12 people
# under the rubble": see the sentence's own harm words; nor "killed and buried")
_BURIED_BEFORE = re.compile(r"\b(?<!killed and )(?:bur(?:y|ies|ied|ying)|inter(?:s|red|ring)?)\s+"
                            r"(?:the\s+)?(?:(?:bodies|remains)\s+of\s+)?(?:(?:at\s+least|about|"
                            r"some|more\s+than|nearly|around)\s+)?$", re.I)
_UNDER_RUBBLE = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?(?:alive|under|beneath)\b", re.I)
# "buried the bodies of 15 people killed in an Israeli strike on ...": the count goes on
# with its own killing by an attack, which is that attack's toll, the burial only its frame
_KILLED_IN_ATTACK = re.compile(r"(?:(?:\s+(?:who|that))?\s+(?:were|was|had\s+been|have\s+been))?"
                               r"\s+killed(?=\s)", re.I)
_IN_AN_ATTACK = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:in|by)\s+(?:an?\s+|the\s+)?"
                           r"(?:[\w'’-]+\s+){0,3}?(?:air\s*strikes?|strikes?|shelling|"
                           r"bombardments?|bombings?|attacks?|raids?|missiles?|shells?|"
                           r"gunfire|fire)\b", re.I)

# the people or rites of those mourning the dead: "families of", "the funerals of"
MOURNERS_OF = re.compile(r"(?i)\b(?:families|relatives|parents|widows|loved\s+ones|"
                         r"funerals|graves)\s+of\s+(?:the\s+)?\Z")


_ENDS_KILLED = re.compile(r"\bkilled$", re.I)
# the dead told as bodies, many or one ("the bodies of four hostages", "the body of a
# hostage")
_BODY_WORD = re.compile(r"\bbod(?:y|ies)\b", re.I)


def _killed_in_an_attack(text: str, m: re.Match, end: int) -> bool:
    """The count at m goes on with its own killing by an attack ("15 people killed in an
    Israeli strike on ...", "6 martyrs who were killed in the strike on ...")."""
    pos = m.end()
    if not _ENDS_KILLED.search(m.group(0)):
        k = _KILLED_IN_ATTACK.match(text, pos, min(end, pos + 40))
        if k is None:
            return False
        pos = k.end()
    return _IN_AN_ATTACK.match(text, pos, min(end, pos + 80)) is not None


def bodies_found_before(text: str, m: re.Match, start: int) -> re.Match | None:
    """The words of coming upon the dead right before a count ("recovered the bodies of"):
    the dead of before, unless pulled out of a strike told with them."""
    return _RECOVERED.search(text, max(start, m.start() - 50), m.start())


def pulled_out_of_a_strike(text: str, m: re.Match, rec: re.Match, start: int,
                           end: int) -> bool:
    """Whether the bodies come out of a strike told with them ("crews recovered the bodies
    of nine people from the rubble of a house hit by an Israeli air strike"): the strike's
    toll, pulled out, not after a withdrawal nor once the strikes were over."""
    if _PULLED_OUT.match(rec.group(0)) is None or \
            _NOT_PULLED.search(text, max(start, rec.start() - 30), rec.start()) or \
            _WITHDRAWN_BEFORE.search(text, start, m.start()):
        return False
    if _FROM_A_STRIKE.match(text, m.end(), min(end, m.end() + 160)) is not None:
        return True
    return bool((_STRIKE_FIRST.search(text, max(start, rec.start() - 160), rec.start()) or
                 _struck_just_before(text, start, end)) and
                not _STALE_HERE.search(text, start, end) and
                not _STRIKES_OVER.search(text, start, end))


def so_far_the_strikes_dead(text: str, framing: re.Match, pulled: bool,
                            found: list[Casualty], start: int, end: int) -> bool:
    """Whether "so far" frames the dead of a strike pulled out by now, not a tally ("So far
    our teams have recovered the bodies of 23 martyrs ... and rescued more than 60
    injured")."""
    return framing.group(0).lower() == "so far" and \
        not _SO_FAR_A_PERIOD.match(text, framing.end(), end) and (
            pulled or any(c.kind == "killed" and not c.cumulative and
                          c.start >= framing.end() and
                          _RECOVERED.search(text, max(start, c.start - 30), c.start)
                          for c in found))


def told_dead_before(text: str, m: re.Match, rec: re.Match | None, pulled: bool, start: int,
                     end: int) -> bool:
    """Whether a count of the dead tells deaths told before, not a killing: bodies believed
    trapped, recovered (not from a strike told with them), handed back or still held,
    found or buried."""
    if _UNCONFIRMED.match(text, m.end(), min(end, m.end() + 40)):
        return True  # "... fatalities are believed to be trapped under the rubble"
    # "recover the bodies of two hostages", "the bodies of fifteen were discovered", "the
    # bodies of dozens of Palestinians ... arrived after being released by Israel"
    return bool(
        rec is not None and not pulled or
        _BODY_WORD.search(m.group(0)) is not None and (
            _HANDED_BACK.search(text, max(start, m.start() - 30), m.start()) or
            _STILL_HELD.match(text, m.end(), min(end, m.end() + 60)) or
            _HELD_BEFORE.search(text, max(start, m.start() - 120), m.start())) or
        _FOUND_AFTER.match(text, m.end(), min(end, m.end() + 40)) or
        _BURIED_AFTER.match(text, m.end(), min(end, m.end() + 80)) or
        ("bur" in text[max(start, m.start() - 40):m.start()] or
         "inter" in text[max(start, m.start() - 40):m.start()]) and
        _BURIED_BEFORE.search(text, max(start, m.start() - 40), m.start()) and
        not _UNDER_RUBBLE.match(text, m.end(), min(end, m.end() + 50)) and
        not _killed_in_an_attack(text, m, end) or
        (_BODY_WORD.search(m.group(0)) is not None or
         _BODIES_OF.search(text, max(start, m.start() - 14), m.start())) and
        _HANDED_OVER.search(text, start, end))
