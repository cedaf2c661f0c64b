"""Hospitals named for the casualties they took in, as a source, or for what was seen there.

A hospital overwhelmed with casualties, one that reports the dead or whose staff speak,
one where a correspondent saw the bodies or whose footage is shown, is not where the
strike was, and neither is the town named as its address; but a hospital told as itself
hit is the place of the event.
"""

from __future__ import annotations

import re

from geoevents.model import Mention
from geoevents.normalize import fold
from geoevents.place_roles.carried import CARRIED_ON_TO, CARRY_VERBS, named_hospital
from geoevents.sentences import ARTICLE, stop_after, stop_before
from geoevents.speech import SPEAKS

# "Al-Aqsa Hospital was overwhelmed with casualties", "Shifa Hospital, where the
# casualties were taken": where the wounded are treated (not "Kamal Adwan Hospital, where
# hundreds of patients were being treated": the hospital itself, raided).
RECEIVING = re.compile(r"\s+(?:was|were|is|are|has been|have been)\s+(?:\w+\s+)?"
                        r"(?:overwhelmed|receiving|received|treating|flooded|inundated)\b|"
                        r",?\s+where\s+(?:they\s+|(?:the\s+)?(?:[\w-]+\s+){0,2}(?:casualties|"
                        r"wounded|injured|dead|bodies|victims)\s+)(?:were|was|had been|have been|"
                        r"are|is)\s+"
                        r"(?:\w+\s+)?(?:taken|brought|treated|transferred|admitted|rushed)\b|"
                        # "Al-Shifa Hospital received 13 martyrs"
                        # (or "Al-Ahli Arab (Baptist) Hospital received 8 martyrs")
                        r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?:\s*\([^()]{1,30}\))?(?:\s+hospital)?"
                        r"\s+(?:has\s+|have\s+|had\s+)?(?:received|receives|admitted|took\s+in)\s+"
                        r"(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|the\s+)?"
                        # (or "received dozens of martyrs", "received scores of wounded",
                        # "received large numbers of casualties")
                        r"(?:(?:dozens|scores|hundreds|tens|thousands|(?:(?:large|great|huge|"
                        r"high)\s+)?numbers?)\s+of\s+)?"
                        r"(?:\d|(?:[\w-]+\s+)?(?:bodies|martyrs|dead|casualties|wounded|injured)\b)|"
                        # "Indonesian hospital 71 (most from Beit Lahia and Jabalia)", "al-Aqsa
                        # hospital in Deir al-Balah 86 (from Nuseirat and Bureij)": a ministry's
                        # intake by hospital, the dead brought from the places after it
                        r"(?:\s+(?:hospital|medical\s+complex))?(?:\s+in(?:\s+[\w'’-]+){1,3}?)?"
                        r"\s+[\d,]+\s+\((?:most(?:ly)?\s+|mainly\s+|largely\s+)?(?:of\s+them\s+)?"
                        r"from\s",
                        re.I)
# "Shuhada al-Aqsa Hospital and the Gaza Health Ministry reported that at least 33 were
# killed": the hospital speaks as a source.
REPORTING = re.compile(r"(?:\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s+"
                       r"(?:has\s+|have\s+|had\s+)?(?:" + SPEAKS + r"|recorded|documented)\b", re.I)


# (a title, not a place of work: "a doctor at Al-Awda Hospital was killed in Jabalia" may
# have been killed there)
_STAFF_WORDS = r"(?:director|head|chief|manager|spokes(?:man|woman|person)|administrator|dean)"


# ("director-general of", "the medical director at", "who headed the Indonesian Hospital",
# "the director of the nearby Indonesian hospital")
_STAFF_OF = re.compile(rf"(?i)\b(?:{_STAFF_WORDS}(?:[\s-]+general)?\s+(?:of|at)|"
                       r"(?:headed|heads|ran|runs|managed|manages))\s+(?:the\s+)?"
                       r"(?:(?:nearby|main|local)\s+)?$")


_STAFF_AFTER = re.compile(rf"(?i)(?:['’]s)?\s+{_STAFF_WORDS}\b")


# "the Al-Aqsa Martyrs Hospital in Deir al-Balah received the bodies": the hospital's town
# (or "the hospital in nearby Deir al-Balah": a town told as apart from where it happened)
IN_ADDRESS = re.compile(r"\s+in\s+(?:the\s+)?(?P<near>(?:nearby|neighbou?ring)\s+)?")


# "footage from the Indonesian Hospital in northern Gaza": where pictures came from
# "An AFP correspondent at al-Shifa Hospital saw three bodies": where the dead were seen
_REPORTER_AT = re.compile(r"(?i)\b(?:correspondents?|reporters?|journalists?|photographers?|"
                          r"cameram[ae]n)\s+(?:at|outside)\s+(?:the\s+)?$")
# "killing a family of nine, relatives told CNN at the Kuwaiti hospital", "a neighbour said
# outside Nasser hospital": where a speaker spoke, not where the dead were killed
# (the outlet only after "told" or "to": not "The army said Hamas at al-Shifa hospital opened
# fire", where the words after "said" are the speaker's news, and the hospital its place)
_TOLD_AT = re.compile(r"\b(?:(?:told|tells|telling|(?:speaking|spoke|talking)\s+to)\s+"
                      r"(?!(?:Hamas|Israel|Israeli|IDF|Palestinian)\b)"
                      r"(?:[A-Z][\w.&’'-]*\s+){1,3}|"
                      r"(?:told|tells|telling|said|says|speaking|spoke)\s+)"
                      r"(?:at|outside|from)\s+(?:the\s+)?$")
# "Medics at Nasser hospital say three children are among the dead", "killed seven, doctors
# at Al-Aqsa hospital said": the staff who speak, where the dead were taken
_STAFF_AT = re.compile(r"(?i)\b(?:medics|doctors|nurses|paramedics|medical\s+(?:staff|sources)|"
                       r"staff|officials|sources)\s+(?:at|from)\s+(?:the\s+)?$")
_STAFF_SAY = re.compile(r"(?:\s+in\s+[^,;:.!?]{1,40}?)?\s+(?:say|says|said|told|report|reports|"
                        r"reported)\b")
# (not "Doctors at Al-Awda hospital in Jabalia said Israeli tanks shelled the hospital",
# "Medics at Nasser Hospital in Khan Younis said troops stormed the complex": the staff
# tell of their own hospital hit, the place of the event)
_HIT_ITSELF = re.compile(r"(?i)[^.!?\n]*?\b(?:(?:hit|struck|shelled|stormed|raided|bombed|"
                         r"besieged|targeted|attacked|surrounded|encircled|fired\s+(?:at|on)|"
                         r"shot\s+at|opened\s+fire\s+on|(?:strikes?|attacks?|raids?)\s+on|"
                         r"(?:shelling|bombing|storming|siege)\s+of)\s+"
                         r"(?:the\s+(?:hospital|(?:medical\s+)?complex|facility|building)\b|it\b)|"
                         r"the\s+(?:hospital|(?:medical\s+)?complex|facility)\s+(?:itself\s+)?"
                         r"(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:hit|struck|shelled|"
                         r"stormed|raided|bombed|targeted|attacked|besieged|surrounded|damaged)\b|"
                         r"the\s+hospital\s+(?:itself\s+)?came\s+under\b)")
_FOOTAGE_FROM = re.compile(r"(?i)\b(?:footage|videos?|images?|pictures|photos?)\s+(?:[\w-]+\s+)?"
                           r"from\s+(?:the\s+)?$")


# (not "footage from the Al-Shifa Hospital in Gaza City showed troops storming its emergency
# ward": pictures of the hospital itself, the place of what they show)
_ITS_OWN = re.compile(r"(?i)[^.!?\n]*?\b(?:its|the\s+hospital['’]s)\s+(?:[\w-]+\s+)?(?:wards?|"
                      r"courtyard|yard|gates?|floors?|buildings?|entrance|grounds|compound|"
                      r"premises|departments?|wings?|corridors?|rooms?|roof)\b")


# "Israeli shelling hit the Indonesian Hospital in Beit Lahia, where they had been admitted",
# "stormed the Kamal Adwan Hospital in Beit Lahia, where dozens of wounded were being
# treated": the hospital attacked, whoever it had received
_STRUCK_BEFORE = re.compile(r"(?i)\b(?:hit|hits|struck|strikes?\s+on|shelled|shelling\s+of|"
                            r"stormed|storming|raided|raiding|raids?\s+on|bombed|bombing\s+of|"
                            r"besieged|besieging|siege\s+of|targeted|targeting|attacked|"
                            r"attacks?\s+on|surrounded|encircled)\s+(?:the\s+)?$")


# "brought to a hospital in the town of Deir el-Balah", "Atif Al-Hout, the director of
# Nasser Hospital in the southern city of Khan Younis, said": the town of a hospital the
# casualties were taken to, or one whose staff speak, named as its address (the hospital
# itself may be a name the gazetteer does not know)
_HOSPITAL_TOWN = re.compile(
    rf"(?i)\b(?:(?:{CARRY_VERBS}|referred)\s+(?:\w+\s+){{0,2}}?to|(?P<staff>{_STAFF_WORDS})(?:[\s-]+general)?\s+"
    r"(?:of|at))\s+(?:the\s+|an?\s+)?(?:[\w'’()-]+\s+){0,4}?(?:hospital|medical\s+complex)\s+"
    r"in\s+(?:the\s+)?(?:(?:nearby|neighbou?ring)\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village|camp)\s+of\s+)?$")
# (not "An Israeli airstrike killed the director of Nasser Hospital in Khan Younis", "The
# director of Kamal Adwan Hospital in Beit Lahia, Hussam Abu Safiya, was arrested": staff
# who are the ones hit or seized, not a source speaking)
_STAFF_HARMED_BEFORE = re.compile(
    r"(?i)\b(?:kill(?:ed|ing|s)|wound(?:ed|ing|s)|injur(?:ed|ing|es)|arrest(?:ed|ing|s)|"
    r"detain(?:ed|ing|s)|abduct(?:ed|ing|s)|seiz(?:ed|ing|es)|target(?:ed|ing|s)|"
    r"assassinat(?:ed|ing|es))\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$")
_STAFF_HARMED_AFTER = re.compile(
    r"(?i)(?:\s*,[^,.;]{1,60},)?\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|arrested|detained|abducted|seized|assassinated|among)\b")


def _hospital_town(m: Mention, text: str) -> bool:
    """Whether ``m`` is named as the town of a hospital the casualties were taken to, or
    of one whose staff speak."""
    got = _HOSPITAL_TOWN.search(text, max(0, m.start - 120), m.start)
    if got is None or got.group("staff") is None:
        return got is not None
    return not (_STAFF_HARMED_BEFORE.search(text, max(0, got.start() - 40), got.start()) or
                _STAFF_HARMED_AFTER.match(text, m.end))


def _staff_speak(m: Mention, text: str) -> bool:
    """Whether the hospital ``m`` is named for its staff who speak ("Medics at Nasser
    hospital say"), not as the hospital their words tell was hit."""
    if _STAFF_AT.search(text, max(0, m.start - 40), m.start) is None:
        return False
    say = _STAFF_SAY.match(text, m.end)
    return say is not None and not (_ITS_OWN.match(text, say.end()) or
                                    _HIT_ITSELF.match(text, say.end()))


# "Nasser Hospital officials said a fifth person was killed in Abassan", "Al-Aqsa hospital
# medics told AFP": the hospital's staff named after it, as they speak
_STAFF_NAMED_AFTER = re.compile(r"(?i)(?:['’]s)?\s+(?:officials|medics|doctors|nurses|"
                                r"paramedics|staff|sources|spokes(?:man|woman|person))\b")


def _its_staff_speak(m: Mention, text: str) -> bool:
    """Whether the hospital ``m`` is named before its staff who speak ("Nasser Hospital
    officials said a man was shot in Abassan"): a source, not the place of what they tell
    (not "Nasser Hospital officials said tanks shelled the hospital": their own hospital
    hit)."""
    staff = _STAFF_NAMED_AFTER.match(text, m.end)
    say = _STAFF_SAY.match(text, staff.end()) if staff is not None else None
    return say is not None and not (_ITS_OWN.match(text, say.end()) or
                                    _HIT_ITSELF.match(text, say.end()))


# "Emergency teams at Nasser Medical Complex transported the dead and the injured to the
# hospital", "Ambulance crews from Al-Aqsa Hospital brought the wounded to the facility":
# the crews the hospital sent out, and the casualties they carried back to it
_CREWS_AT = re.compile(r"(?i)\b(?:(?:emergency|rescue|ambulance|medical|first[\s-]aid)\s+"
                       r"(?:teams?|crews?|workers|staff|services)|paramedics|ambulances)\s+"
                       r"(?:at|from|of)\s+(?:the\s+)?$")
_CARRIED_BACK = re.compile(rf"(?i)[^.!?\n]{{0,80}}?{CARRIED_ON_TO}(?:the|its)\s+(?:hospital|"
                           r"facility|(?:medical\s+)?complex)\b")


def its_crews_carried_them(m: Mention, text: str, end: int) -> bool:
    """Whether the hospital ``m`` (its name, and its town, ending at ``end``) is named for
    the crews it sent out, who carried the casualties back to it ("Emergency teams at Nasser
    Medical Complex transported both the fatality and the injured to the hospital, noting
    that a drone had bombed the area"): where the dead were taken, not where they were hit
    (not "Emergency teams at Nasser Medical Complex said a drone struck the hospital's
    courtyard": nothing carried to it, the hospital itself hit)."""
    if _CREWS_AT.search(text, max(0, m.start - 40), m.start) is None:
        return False
    back = _CARRIED_BACK.match(text, end)
    return back is not None and not (_ITS_OWN.match(text, back.end()) or
                                     _HIT_ITSELF.match(text, back.end()))


def _hit_before(m: Mention, text: str) -> bool:
    """Whether the sentence, before the speaker at hospital ``m``, tells the hospital itself
    hit ("Israeli tanks shelled the hospital's upper floors, killing two patients, a doctor
    told AFP at al-Awda hospital"): the hospital is then the place, whoever speaks there."""
    start = stop_before(text, m.start)
    return bool(_HIT_ITSELF.match(text, start, m.start) or _ITS_OWN.match(text, start, m.start))


# "said that of more than 160 wounded they received", "said the bodies they took in":
# the staff's hospital took the casualties in
# (not "said an Israeli strike killed eight people, and that they had received dozens of
# wounded", "said a drone fired on the third floor, killing two patients they had treated":
# the staff's words tell the attack, at the town; not "opened fire on people as they received
# food parcels": what the people received; not "they received 15 bodies after Israeli strikes
# on the city", "after troops stormed the area": the town told again as the attack's place)
_THEY_RECEIVED = re.compile(
    r"(?i)(?:(?!\b(?:kill|strik|struck|shell|fir(?:e|ed|ing)\b|shot|shoot|raid|storm|bomb|hit|"
    r"attack|open)\w*)[^.!?\n]){0,80}?"
    r"(?:\b(?:wounded|injured|bodies|dead|casualties|martyrs|patients|victims)\s+(?:whom\s+|that\s+)?"
    r"(?:they|it|the\s+hospital)\s+(?:had\s+|have\s+|has\s+)?(?:received|admitted|took\s+in|"
    r"treated)\b|"
    r"\b(?:they|it|the\s+hospital)\s+(?:had\s+|have\s+|has\s+)?(?:received|admitted|took\s+in|"
    r"treated)\s+(?:the\s+(?:bodies|remains)\s+of\b|(?:[\w-]+\s+){0,4}?(?:wounded|injured|bodies|"
    r"dead|casualties|martyrs|patients|victims|people)\b)|"
    # "reported that two bodies were brought to the facility following a drone strike":
    # the casualties carried to the hospital itself, which took them in ("reported that the
    # remains of two individuals were brought to the facility")
    r"\b(?:(?:bodies|remains)\s+of\s+(?:[\w-]+\s+){1,3}?|(?:wounded|injured|bodies|dead|"
    r"casualties|martyrs|victims|remains)\s+)(?:were|was|"
    r"had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:brought|taken|transferred|rushed|"
    r"carried|admitted)\s+(?:in\s+)?to\s+(?:the|its)\s+(?:hospital|facility|"
    r"(?:medical\s+)?complex)\b)"
    # (the town told again, not another one named so: "following a drone assault in the
    # town of Bani Suhaila")
    r"(?![^.!?\n]*?\b(?:the|that)\s+(?:same\s+)?(?:city|town|camp|area|village|"
    r"neighbou?rhood)\b(?!\s+of\b))")


# "its field hospital in al-Mawasi received 184 wounded", "its trauma stabilization point in
# Tal as-Sultan received 28 dead": the town of a medical post that took the casualties in,
# named by no name of its own
_FACILITY_IN = re.compile(r"(?i)\b(?:hospital|clinic|(?:stabili[sz]ation|medical|trauma|"
                          r"health)\s+(?:point|post|cent(?:re|er)|unit))\s+in\s+(?:the\s+)?$")

# (not "Israeli tanks shelled a field hospital in Rafah, where casualties were being
# treated", "the field hospital in Rafah was receiving wounded when it was hit by shells",
# "had received 20 wounded before shells struck it": the post itself hit, the attack's place)
_POST_HIT_BEFORE = re.compile(r"(?i)\b(?:hit|hits|struck|strikes?\s+on|shelled|shelling\s+of|"
                              r"stormed|raided|raids?\s+on|bombed|bombing\s+of|targeted|"
                              r"attacked|attacks?\s+on)\s+(?:(?:the|a|an|its|their)\s+)?"
                              r"(?:[\w'’-]+\s+){0,2}$")
_POST_HIT_AFTER = re.compile(r"(?i)[^.;]{0,120}?\b(?:(?:hit|struck|shelled|bombed|targeted|"
                             r"stormed|raided|attacked)\s+(?:it|its)\b|it\s+(?:was|had\s+been)"
                             r"\s+(?:\w+\s+)?(?:hit|struck|shelled|bombed|targeted|stormed|"
                             r"raided|attacked)\b)")

# (nor "Separately, MSF said its clinic in Khan Younis received 9 dead", after a strike in
# Deir al-Balah: a sentence told apart from the attack before it, its post's own place)
_APART = re.compile(r"(?i)\W*(?:separately|elsewhere|in\s+(?:another|a\s+separate)\s+"
                    r"(?:incident|attack|strike|development))\b")


# "said on Monday it was surrounded", "said that its wards were hit": the hospital tells of
# itself, the place of what it tells
_OF_ITSELF = re.compile(r"(?i)\s+(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?(?:it|its)\b")
# "its courtyard", "the entrance of the hospital", "the hospital's gate", "from the complex":
# the hospital's words tell of itself, wherever in them
_TELLS_OF_ITSELF = re.compile(r"(?i)\b(?:its|the\s+(?:hospital|(?:medical\s+)?complex|facility)"
                              r"(?:['’]s)?)\b")
# "said the strike", "reported that this attack": the words of a source begin with an attack
# told before
_ATTACK_TOLD_BACK = re.compile(r"(?i)\s+(?:that\s+)?(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:air\s*strikes?|strikes?|attacks?|bombings?|raids?|shelling|"
                               r"explosions?|blasts?|massacres?)\b")


def _sentence_told_apart(m: Mention, text: str) -> bool:
    """Whether the sentence of ``m`` opens as one told apart ("Separately, ...")."""
    return _APART.match(text, stop_before(text, m.start), m.start) is not None


# "At Al-Aqsa Martyrs Hospital in Deir al-Balah, the wounded were treated on the floor",
# "At Nasser hospital, staff treated patients with blast injuries": a sentence that opens at
# the hospital to tell how it tends the casualties brought there
_AT_HOSPITAL = re.compile(r"(?i)\s*(?:[\w\s,]{0,30}?,\s*)?at\s+(?:the\s+)?" + ARTICLE)
_TENDED = re.compile(r"(?i)\b(?:treat(?:ed|ing|s)?|received|receiving|admitted|admitting|"
                     r"overwhelmed|lined\s+up|laid\s+out|morgue|wards?|arrived|arriving)\b")
# "more than 70 injured people arrived after attacks on homes in the Nuseirat refugee camp":
# the attack the casualties came from, told after them and placed elsewhere
_CAME_FROM_ATTACK = re.compile(r"(?i)\b(?:after|following|from)\s+(?:the\s+|an?\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|strikes?|attacks?|"
                               r"bombardments?|bombings?|shelling|raids?|gunfire|fire)\b"
                               r"[^.;:!?]{0,60}?\b(?:in|at|near|on)\s+(?:the\s+)?"
                               r"(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z])")
# (not "At Al-Shifa Hospital, troops stormed the emergency ward", "At Nasser hospital, a shell
# struck the ward where the wounded were treated": the hospital itself hit; nor "At Al-Awda
# Hospital, a sniper killed a doctor as he treated the wounded", "an Israeli quadcopter
# killed a nurse who was treating patients": people killed there)
_HIT_THERE = re.compile(r"(?i)\b(?:hit|hits|struck|strikes?|shell(?:s|ed|ing)?|storm(?:s|ed|ing)|"
                        r"raid(?:s|ed|ing)?|bomb(?:s|ed|ing)?|target(?:s|ed|ing)|"
                        r"attack(?:s|ed|ing)?|besieg\w+|siege|surround\w*|encircl\w+|"
                        r"fir(?:e|ed|ing)|shot|shoot\w*|troops|tanks?|soldiers|forces|"
                        r"arrest\w*|detain\w*|evacuat\w+|kill(?:s|ed|ing)|wounding|injuring|"
                        r"snipers?|quadcopters?|drones?|gunfire|bullets?|explosions?|blast|"
                        r"missiles?|rockets?)\b")


def _tended_at(m: Mention, text: str, end: int) -> bool:
    """Whether the sentence of the hospital ``m`` opens at it ("At Nasser hospital, ...")
    and tells only of the casualties tended there (``end``: where the hospital's name, and
    the town of its address, end), or of them and the attack they came from, placed at a
    named place ("At the Al-Awda hospital, more than 70 injured people arrived after
    attacks on homes in the Nuseirat refugee camp"; not "... arrived after a strike hit the
    hospital's gate": the hospital itself hit)."""
    start = stop_before(text, m.start)
    if _AT_HOSPITAL.fullmatch(text, start, m.start) is None:
        return False
    stop = stop_after(text, end)
    rest = text[end:stop]
    came = _CAME_FROM_ATTACK.search(rest)
    if came is not None and not (_ITS_OWN.match(rest, came.start()) or
                                 _HIT_ITSELF.match(rest, came.start())):
        rest = rest[:came.start()]  # (the attack's words are not the hospital's)
    return _TENDED.search(rest) is not None and _HIT_THERE.search(rest) is None


# What _HOSPITAL_TOWN and _FACILITY_IN need before a place (a hospital, a medical complex,
# a clinic, a medical point, post, centre or unit), looked for as plain text first
_FACILITY_WORDS = ("hospital", "medical", "clinic", "point", "post", "cent", "unit")


def _a_facility_before(m: Mention, text: str) -> bool:
    before = fold(text[max(0, m.start - 120):m.start])
    return any(word in before for word in _FACILITY_WORDS)


# "Nasser Hospital in Khan Younis received 20 bodies", "Al-Aqsa Hospital was receiving
# casualties": the hospital told taking them in itself
_IT_TOOK_IN = re.compile(r"(?i)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:received|admitted|"
                         r"took\s+in)\b|\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
                         r"(?:\w+\s+)?(?:overwhelmed|receiving|flooded|inundated)\b")


def took_them_in(m: Mention, end: int, text: str) -> bool:
    """Whether the hospital ``m`` (its name, and the town of its address, ending at ``end``)
    is told taking the casualties in itself ("Nasser Hospital in Khan Younis received 20
    bodies"), or its staff or itself say they did ("Medics at Al-Aqsa Martyrs Hospital in
    Deir al-Balah said they had received 14 bodies"); not a hospital named in passing as
    where some had been taken before."""
    return _IT_TOOK_IN.match(text, end) is not None or \
        (_staff_speak(m, text) or REPORTING.match(text, end) is not None) and \
        _THEY_RECEIVED.match(text, end) is not None


def hospitals_aside(here: list[Mention], text: str) -> list[Mention]:
    """The places without hospitals that only receive the casualties, speak as a source,
    are named for whom they employ or where footage came from (and a receiving hospital's
    town: "the Al-Aqsa Martyrs Hospital in Deir al-Balah received the bodies of 33")."""
    aside: set[int] = set()
    for k, m in enumerate(here):
        if not named_hospital(m):
            if not _a_facility_before(m, text):
                continue
            post = _FACILITY_IN.search(text, max(0, m.start - 60), m.start)
            if _hospital_town(m, text) or (
                    post is not None and RECEIVING.match(text, m.end) and
                    not _POST_HIT_BEFORE.search(text, max(0, post.start() - 40),
                                                post.start()) and
                    not _POST_HIT_AFTER.match(text, m.end) and
                    not _sentence_told_apart(m, text)):
                aside.add(id(m))
            continue
        address = IN_ADDRESS.fullmatch(text, m.end, here[k + 1].start) \
            if k + 1 < len(here) else None
        town = here[k + 1] if address else None
        footage = _FOOTAGE_FROM.search(text, max(0, m.start - 40), m.start) is not None and \
            not _ITS_OWN.match(text, town.end if town is not None else m.end)
        struck = _STRUCK_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
        if not struck and (_tended_at(m, text, (town or m).end) or
                           its_crews_carried_them(m, text, (town or m).end)):
            aside.update(id(p) for p in (m, town) if p is not None)
        elif town is not None and (footage or not struck and RECEIVING.match(text, town.end)):
            aside.update((id(m), id(town)))
        elif town is not None and (_staff_speak(m, text) or REPORTING.match(text, town.end)) and \
                _THEY_RECEIVED.match(text, town.end) is not None:
            # "Doctors at al-Awda Hospital in Jabalia said that of 160 wounded they received",
            # "Al-Aqsa Hospital in Deir al-Balah said it had received 14 bodies":
            # the town is the address of the hospital that took in the casualties (not
            # "Medics at Nasser Hospital in Khan Younis said three were killed": the town, when
            # nothing tells they were brought from elsewhere)
            aside.update((id(m), id(town)))
        elif town is not None and (said := REPORTING.match(text, town.end)) is not None and \
                not _OF_ITSELF.match(text, said.end()) and \
                _STAFF_AT.search(text, max(0, m.start - 40), m.start) is None and \
                _HIT_ITSELF.match(text, said.end()) is None and \
                _TELLS_OF_ITSELF.search(text, said.end(), stop_after(text, said.end())) is None:
            # (the hospital speaking, not its staff, who are read below; nor telling of the
            # hospital hit: "... said tanks shelled the hospital", nor anything else of it in
            # its words: "... said troops stormed its courtyard", "... said a strike killed
            # four in the hospital's courtyard", "... said forces withdrew from the complex")
            # "Al-Aqsa Hospital in Deir al-Balah said an Israeli strike on a tent killed five":
            # a source and its address, the town the place where nothing else is; but not
            # where it is told apart from the attack ("the hospital in nearby Deir al-Balah"),
            # nor where the source tells of an attack told before ("... said the bombing left
            # nine dead": that one's place)
            near = address.group("near")
            back = _ATTACK_TOLD_BACK.match(text, said.end())
            aside.update(id(p) for p in (m, town if near or back else None) if p is not None)
        elif footage or not struck and RECEIVING.match(text, m.end) or \
                REPORTING.match(text, m.end) or \
                _STAFF_AFTER.match(text, m.end) or _its_staff_speak(m, text) or \
                _STAFF_OF.search(text, max(0, m.start - 40), m.start) or \
                _REPORTER_AT.search(text, max(0, m.start - 40), m.start) or \
                _TOLD_AT.search(text, max(0, m.start - 40), m.start) and \
                not _hit_before(m, text) or \
                _staff_speak(m, text):
            aside.add(id(m))
    for k in range(len(here) - 2, -1, -1):
        # "Nasser Medical Complex in Khan Younis, the Baptist (al-Ahli) Hospital and the
        # Indonesian Hospital received large numbers of casualties": each hospital of a list
        # the last of which took in the casualties, and its town
        m = here[k]
        town = here[k + 1] if IN_ADDRESS.fullmatch(text, m.end, here[k + 1].start) else None
        after = here[k + 2] if town is not None and k + 2 < len(here) else \
            here[k + 1] if town is None else None
        if id(m) in aside or not named_hospital(m) or after is None or \
                id(after) not in aside or not named_hospital(after) or \
                _HOSPITAL_LIST_GAP.fullmatch(text, (town or m).end, after.start) is None:
            continue
        aside.update(id(x) for x in (m, town) if x is not None)
    return [m for m in here if id(m) not in aside]


# the gap between two hospitals of a list: ", the Baptist (", ") Hospital and the "
_HOSPITAL_LIST_GAP = re.compile(r"\)?(?:\s+(?:hospital|medical\s+complex))?(?:\s*,\s*(?:and\s+)?|"
                                r"\s+and\s+)(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+)?\(?", re.I)


def carried_on(named: list[Mention], text: str) -> list[Mention]:
    """The places a sentence that tells no event leaves for the next ones: not a hospital
    it names only as a source or as where casualties are tended, nor that hospital's town
    ("The director of the nearby Indonesian Hospital in Beit Lahia said the wards were
    overwhelmed with dead and wounded": the next sentence's strike is not there)."""
    kept = hospitals_aside(named, text)
    aside = [m for m in named if m not in kept and named_hospital(m)]
    # (a town set aside by itself is kept: "its field hospital in Rafah received 179
    # casualties" after "the shooting happened near a site in Rafah")
    return [m for m in named if m not in aside and
            not any(IN_ADDRESS.fullmatch(text, h.end, m.start) for h in aside)]
