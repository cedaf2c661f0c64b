"""A happening a report's sentence can only place in the Strip or a region, told again by
one of the next two sentences at a named place in it: "An international aid convoy entered
Gaza from Egypt. The Viva Palestina convoy ... entered Gaza through the Rafah crossing";
"At least 21 people were killed in an Israeli strike on a camp in Gaza. The strike occurred
in the Muwasi area". The later sentence, which often codes no event of its own, places the
one told before.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geoevents.casualties import find_casualties
from geoevents.dates import MONTH_PATTERN, WEEKDAY_PATTERN
from geoevents.event_merge import a_list_item, tells_several
from geoevents.event_merge.attack_words import SITE_NOUNS, SPAN_TOLL, a_site, site_stem, the_site
from geoevents.gazetteer import TOWN_CLASSES, Gazetteer
from geoevents.model import Mention, Place, placed_wide
from geoevents.place_roles import GONE_TO_OR_FLED
from geoevents.sentences import Span
from geoevents.speech import TOLD
from geoevents.the_same_attack import ATTACK_NOUNS, THE_OR_THIS, not_another, words_between

__all__ = ["place_told_next"]

# an attack's nouns, one or several, which may tell again an attack told in other words
# ("Israel struck a zone ... The bombing hit a tent")
_ATTACK_NOUNS = rf"(?:{ATTACK_NOUNS})s?"
# the words a report tells a happening by, again with "the" ("A convoy of 109 trucks was
# looted ... The convoy ... from Kerem Shalom crossing"; "raided a convoy ... The raid
# occurred near ...")
# (or the dead told before: "the deaths of three reserve officers killed in fighting in the
# Gaza Strip ... The officers ... were killed in central Gaza")
_DEAD_NOUNS = r"soldiers|officers|reservists|troops|victims"
# (or the captives freed: "rescued four Israeli hostages today ... The hostages were rescued
# ... from two separate buildings in the heart of Nuseirat")
_CAPTIVE_NOUNS = r"hostages|captives"
_HAPPENING = (r"convoys?|trucks|bodies|airdrops?|aid\s+drops?|packages?|shipments?|"
              rf"{_ATTACK_NOUNS}|ambush|assault|incursion|shooting|{_DEAD_NOUNS}|"
              rf"{_CAPTIVE_NOUNS}")
# "the Viva Palestina convoy", "the bodies", "this strike" (not "another strike", "the
# second convoy", "the previous raid", "the same day's strike": another one; nor "that",
# which before a plural is more often the clause's: "said that strikes hit Rafah")
_TOLD_AGAIN = re.compile(rf"\b(?:{THE_OR_THIS})\s+" + not_another(r"same\s+day") +
                         rf"{words_between(3)}(?P<noun>{_HAPPENING})\b")
_ATTACK_NOUN = re.compile(rf"(?i){_ATTACK_NOUNS}")
# the dead told again, and where they died: "The officers, two majors and a lieutenant
# colonel, were killed in central Gaza", "The soldiers were hit by an anti-tank missile in
# Rafah"
_THE_DEAD = re.compile(_DEAD_NOUNS)
_THEIR_DEATH = re.compile(r"[^.;:!?]*?\b(?:killed|died|fell|slain|ambushed|shot|hit|struck)\b",
                          re.I)
# ... and the captives told again only where they are told to have been freed (not "The
# hostages were abducted from the Nova festival", "The hostages' families rallied in Tel
# Aviv")
_THE_CAPTIVES = re.compile(_CAPTIVE_NOUNS)
_THEIR_RELEASE = re.compile(r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?"
                            r"(?:rescued|freed|released|extracted|recovered)\b", re.I)
# "Twenty-four captives were released ... They were driven through the Rafah crossing into
# Egypt": the freed captives' way out, told next (not "They were abducted from Kibbutz Nir
# Oz": where they were taken from)
_THEY_WERE_TAKEN = re.compile(r"\W*They\s+(?:were|had\s+been)\s+(?:then\s+)?(?:driven|taken|"
                              r"transferred|brought|escorted|transported|handed\s+over)\s+"
                              r"(?:through|across|via|to)\b")
_CAPTIVES_FREED = re.compile(r"(?i)\b(?:hostages|captives)\b[^.;]{0,30}?\b(?:released|freed|"
                             r"handed\s+over)\b")
# (not "An Israeli airstrike killed five. The shelling of Khan Younis continued", "The raid
# on the Kamal Adwan hospital continued": another kind of attack, told by its own name)
_OWN_KIND = re.compile(r"(?i)shelling|raids?")
_ATTACKS = re.compile(r"(?i)\b(?:air ?strikes|strikes|raids|attacks|bombings|explosions|blasts|"
                      r"bombard\w*|shelling)\b")
_AN_ATTACK = re.compile(r"(?i)\b(?:air ?strikes?|strikes?|struck|bomb\w*|shell\w*|attack\w*|"
                        r"raid\w*|explosions?|blasts?)\b")
# "the incident happened in the Al Shati refugee camp": the one told, placed
_THE_INCIDENT = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+)?incident\s+(?:had\s+)?"
                           r"(?:occurred|happened|took\s+place|unfolded)\b")
# "the explosion occurred when ...", "the blast happened near": the one told, placed, as
# "the incident" is (not "explosions", "the strikes": several)
_THE_BLAST = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+)?(?:explosion|blast|ambush)\s+"
                        r"(?:had\s+)?(?:occurred|happened|took\s+place|unfolded)\b")
# "At least 104 people were killed ... in the incident near Gaza City": the dead told again
# in the one incident told before, placed after it (not "in a separate incident in Rafah",
# "in another incident", "in the second incident": another)
_IN_THE_INCIDENT = re.compile(r"(?i)\b(?:in|during)\s+(?:the|this|that)\s+(?:same\s+)?"
                              r"incident\b")
# "They were operating in the southern Gaza Strip at the time of the incident": where the
# dead were when it happened, told in the clause whose subject they are (not "The army said
# other troops were still operating in Rafah at the time of the incident", "Journalists were
# in Rafah at the time of the attack": others; nor "The army did not say where he was at the
# time of his death, but his battalion has fought in Rafah": a place told after it)
_AT_THE_TIME = re.compile(r"\b(?:[Tt]hey|[Hh]e|[Ss]he|[Tt]he\s+(?!(?:other|rest|remaining)\b)"
                          r"(?:[\w-]+\s+){0,2}?(?:soldiers?|officers?|reservists?|victims|dead|"
                          r"men))\s+(?:were|was|had\s+been)\b[^.;:!?]*?"
                          r"\bat\s+the\s+time\s+of\s+(?:the|their|his|its)\s+"
                          r"(?:incident|explosion|blast|attack|ambush|deaths?|killing)\b")
# a sentence that tells of some happening: between the one told and a sentence telling it
# again far after, it may be the one meant
_SOME_HAPPENING = re.compile(r"\b(?:kill\w*|died|dead|deaths?|wounded|injured|struck|strikes?|"
                             r"attack\w*|shell\w*|raid\w*|bomb\w*|fired|fire|explosions?|"
                             r"blasts?|clashes|fighting|ambush\w*)\b", re.I)
# (not "Separately, ...", "Another convoy ...", "Meanwhile, ...": another happening; nor one
# of another time, "In March, a convoy entered through Rafah"; wider than locate's
# _ANOTHER_EVENT and told_again.its_day's _ANOTHER_ATTACK: a sentence told next need not be the
# same happening, so any sign of another time or one more happening rules it out)
# (not "rescued ... from two separate buildings in the heart of Nuseirat": what is apart is
# not another happening)
_ANOTHER = re.compile(r"\b(?:also|another|separately|separate\s+(?:[\w-]+\s+)?(?:incidents?|"
                      r"attacks?|strikes?|raids?|operations?|developments?|events?|shootings?|"
                      r"bombings?|ones?)|elsewhere|meanwhile|"
                      r"in\s+addition|additionally|a\s+second|a\s+further|second|earlier|"
                      r"later|previous(?:ly)?|last\s+(?:week|month|year)|ago|since|"
                      r"first\s+time)\b", re.I)
# "This was the second time within a week that Gate 96 was used for the direct entry of aid
# into central Gaza": the one told, measured against others, then told again after "that"
_NTH_TIME = re.compile(r"\A\W*(?:This|It)\s+(?:was|is|marks|marked)\s+the\s+(?:[\w-]+\s+)?"
                       r"time\b[^.;!?]{0,60}?\bthat\b")
# what the clause after "that" must tell for it to be the one told again: a happening of the
# same kind (not "Aid trucks entered Gaza ... It was the first time since May that the
# crossing in Rafah opened", "A UN convoy came under fire ... It is the third time that the UN
# has suspended aid deliveries to northern Gaza": another thing)
_ENTRY = re.compile(r"\b(?:enter\w*|entry|entries|reach\w*|arriv\w*|airdrop\w*)\b", re.I)


def _same_kind(first: str, clause: str) -> bool:
    """Whether ``clause`` tells a happening of the kind ``first`` told, and one only (not
    "At least 30 people were killed in Gaza ... It was the third time this month that strikes
    hit Nuseirat": several, of which the toll may be more)."""
    if _ATTACKS.search(clause) or tells_several(clause):
        return False
    return bool(_SOME_HAPPENING.search(first) and _SOME_HAPPENING.search(clause) or
                _ENTRY.search(first) and _ENTRY.search(clause))
_ANOTHER_MONTH = re.compile(rf"\b(?:[Ii]n|[Oo]n)\s+(?:{MONTH_PATTERN}|(?:19|20)\d\d)\b")


def _tells_it_again(first: str, later: str, several: bool = False) -> int | None:
    """Where ``later`` tells again the happening ``first`` told, if it does: "the <noun>"
    of a noun ``first`` used (or its verb: "raided ... The raid"), "the incident
    happened" or "killed in the incident". ``several``: ``first`` told several attacks,
    which only a plural of an attack's noun tells again as a whole ("the raids on shelters
    in Nuseirat camp")."""
    if several:
        return _the_attacks_again(first, later)
    inc = _THE_INCIDENT.search(later) or _THE_BLAST.search(later) or \
        _IN_THE_INCIDENT.search(later)
    if inc is not None:
        return inc.end()
    moved = _THEY_WERE_TAKEN.match(later)
    if moved is not None and _CAPTIVES_FREED.search(first):
        return moved.end()
    low = re.sub(r"\bair\s+strike", "airstrike", first.lower())
    for m in _TOLD_AGAIN.finditer(later):
        noun = m.group("noun")
        stem = re.sub(r"\s+", "", noun.lower())[:4]
        if _ATTACK_NOUN.fullmatch(noun) and noun.lower().endswith("s") and \
                not _ATTACKS.search(first):
            continue  # ("An Israeli airstrike killed five. ... The attacks in Rafah have
            # drawn criticism": attacks in general, not the one)
        if _THE_CAPTIVES.fullmatch(noun):
            freed = _THEIR_RELEASE.match(later, m.end())
            if freed is None or not re.search(rf"\b{re.escape(stem)}", low):
                continue
            return freed.end()
        if _THE_DEAD.fullmatch(noun) and re.search(rf"\b{re.escape(stem)}", low):
            # (the dead told again only where they are told to have died: not "The soldiers
            # had served in Jabalia", "The soldiers belonged to a brigade operating in Khan
            # Younis")
            died = _THEIR_DEATH.match(later, m.end())
            if died is None:
                continue
            return died.end()
        if re.search(rf"\b{re.escape(stem)}", low) or \
                _ATTACK_NOUN.fullmatch(noun) and not _OWN_KIND.match(noun) and \
                _AN_ATTACK.search(first):
            # ("Israel struck a zone in southern Gaza ... The bombing hit a tent in
            # al-Mawasi": one attack, told in other words; "the Mawasi massacre": named by
            # its place, which stands before the noun)
            return m.start()
    return None


_A_SITE = a_site(SITE_NOUNS)
_THE_SITE = the_site(SITE_NOUNS)
# fire from the ground, or a raid: a kind of attack of its own beside one from the air
_KIND_OF_FIRE = re.compile(r"(?i)\b(?:shell\w*|raid\w*|storm(?:ed|ing)|tank\s+fire|artillery|"
                           r"gunfire|opened\s+fire|shot)\b")
# "It hit the school in Al Bureij", "It struck a house in Daraj": the attack told just before
_IT_HIT = re.compile(r"\A\W*It\s+(?:had\s+)?(?:hit|struck|targeted|slammed\s+into|"
                     r"destroyed|levelled|leveled|flattened)\b")


def _the_site_again(first: str, later: str) -> re.Match[str] | None:
    """Where ``later`` tells again the site ``first``'s one attack hit: "the <site>" of a
    site ``first`` named with "a" ("An Israeli strike on a school in Gaza killed 30 ... The
    strike hit the al-Tabi'in school in Daraj"), or "It hit ..." after an attack on a site;
    None where ``first`` tells no attack or names no site, or ``later`` another site."""
    if not _AN_ATTACK.search(first) or _KIND_OF_FIRE.search(later) and \
            not _KIND_OF_FIRE.search(first):
        return None  # (not "An Israeli air strike hit a shelter ... Israeli forces shelled
        # the shelter in Al Mawasi": fire of another kind, not shown to be the same)
    named = {site_stem(m.group("noun")) for m in _A_SITE.finditer(first)}
    if not named:
        return None
    it = _IT_HIT.match(later)
    if it is not None:
        return it
    return next((m for m in _THE_SITE.finditer(later) if site_stem(m.group("noun")) in named),
                None)


def _the_attacks_again(first: str, later: str) -> int | None:
    """Where ``later`` tells again, all together, the attacks ``first`` told ("strikes
    killed six in central Gaza ... most died in the attacks on shelters in Nuseirat"): "the
    <attacks>" in the plural (not "the strike on a house in Nuseirat": one of them), with no
    count of the dead that is only a part of ``first``'s (not "Five of the dead were killed
    when the strikes hit a house in Nuseirat", "The strikes on Khan Younis killed six of
    them": a part of the toll, so a part of the attacks)."""
    if _A_PART_COUNTED.search(later) or _fewer_killed(first, later):
        return None
    for m in _TOLD_AGAIN.finditer(later):
        noun = m.group("noun")
        if _ATTACK_NOUN.fullmatch(noun) and noun.lower().endswith("s") and \
                not _OWN_KIND.match(noun) and \
                not _ONE_OF.search(later, max(0, m.start() - 30), m.start()) and \
                not _SOME_OF_THEM.match(later, m.end()):
            return m.start()
    return None


_NUMBER = (r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
           r"thirty|forty|fifty")
# "five of the dead", "six of them": a count of a part of the dead told before
_A_PART_COUNTED = re.compile(rf"(?i)\b(?:{_NUMBER})\s+of\s+(?:them|those|these|the\s+(?:dead|"
                             r"victims|killed|people|bodies|casualties|fatalities))\b")


def _fewer_killed(first: str, later: str) -> bool:
    """Whether ``later`` counts fewer dead than ``first`` ("killing eight ... The strikes on
    Khan Younis killed six"): a part of them."""
    def killed(text: str) -> list[int]:
        return [c.count for c in find_casualties(text)
                if c.kind == "killed" and c.count is not None and not c.cumulative]
    before, after = killed(first), killed(later)
    return bool(before and after) and max(after) < max(before)


_THEN_SAID = re.compile(rf"\b(?:{TOLD}|added|adding)\b")
# (not "One of the deadliest attacks hit a building in Gaza City", "The attacks included a
# strike on a hospital in Khan Younis": one of them told, not all)
# (nor "The deadliest of the strikes hit a house in Nuseirat", "The worst of the attacks hit
# Maghazi", "Among the strikes was one on a house": one chosen from them)
_ONE_OF = re.compile(rf"(?i)(?:\b(?:one|some|several|many|most|a\s+few|the\s+rest|{_NUMBER}|"
                     r"the\s+(?:\w+est|worst|first|last|most\s+\w+))\s+of|"
                     r"\bamong|\A\W*of)\s*\Z")
_SOME_OF_THEM = re.compile(r"(?i)\s+(?:also\s+)?(?:included|include|including|were\s+among|"
                           r"among\s+them)\b")


def _told_explicitly(later: str) -> int | None:
    """Where ``later`` tells again, in words that can only point back, the one happening
    told: "The incident took place ...", "the explosion occurred when ...", "they were ...
    at the time of the incident" (from its subject)."""
    inc = _THE_INCIDENT.search(later) or _THE_BLAST.search(later)
    if inc is not None:
        return inc.end()
    at = _AT_THE_TIME.search(later)
    return at.start() if at is not None else None


# how many sentences after may tell the happening again in words that can only point back
# ("The IDF reported that four soldiers died on the Strip ... They were four members of the
# infantry ... They were operating in the southern Gaza Strip at the time of the incident"),
# none of those between telling of another happening; two for any other telling again
_FAR = 6


def place_told_next(text: str, s: Span, sentences: list[Span], starts: list[int],
                    gaza: list[Mention], gaza_starts: list[int], wide: Mention,
                    gaz: Gazetteer) -> Mention | None:
    """The place one of the two sentences after ``s`` tells ``s``'s happening at, placed
    by ``s`` only at ``wide`` (the Strip or a region): a sentence that tells it again
    (:func:`_tells_it_again`) and, after that, names one place in ``wide`` finer than it
    (with the places holding it: "the Kerem Shalom border crossing in the southern Gaza
    Strip"), nothing saying it is another happening or another time; or a sentence up to
    ``_FAR`` after that can only point back to it (:func:`_told_explicitly`), with no other
    happening told between.

    Read while ``s``'s event is made, from the place names of the sentences after it, so a
    happening of any kind (an aid convoy, a raid) is placed even where the later sentence
    makes no event of its own, and that event, if any, stays its own;
    :func:`geoevents.event_merge.placed_next.place_the_lead_told_next` comes after, and
    joins a toll to the next event of its kind and day, made and placed by its own
    sentence."""
    outer = gaz.get(wide.place_id)
    # (a city too, told again next at a site in it: "opened fire as crowds rushed an aid
    # convoy on the outskirts of Gaza City ... The convoy had reached the Nabulsi roundabout")
    city = outer is not None and outer.feature_class == "city"
    own = _its_own_clause(s.text)
    if outer is None or not (placed_wide(outer) or city) or _one_of_several(own):
        return None
    several = tells_several(own)
    period = _a_toll_of_a_span(s.text)
    # (several attacks that may lie apart are placed only at the one site they hit, told
    # again next: "airstrikes on a UN-run school in Gaza killed 30. Israeli forces hit the
    # school in Al Bureij")
    apart = several and _attacks_apart(outer, city, s.text)
    if apart and (period or city):
        return None
    k = _its_index(s, sentences, starts)
    if k is None or a_list_item(s.text):
        return None
    far = True  # (no other happening told between: one far after may still point back)
    for n, later in enumerate(sentences[k + 1:k + 1 + _FAR], 1):
        if _past_its_reach(n, far, city, several):
            return None
        if city and n > 1 and _the_city_told_between(outer, gaza, gaza_starts,
                                                     sentences[k + 1].start, later.start):
            return None
        if a_list_item(later.text):
            return None  # ("- Israel launches an airstrike ...": an item of a list, its own)
        site = _the_site_again(s.text, later.text) if n == 1 else None
        if apart and site is None:
            return None
        if site is not None:
            several = False  # (one site hit, however many strikes hit it)
        at = site.start() if site is not None else \
            _tells_it_again(s.text, later.text, several) if n <= 2 else None
        stop = _before_the_speakers_words(later.text, at) if several and at is not None \
            else None
        when = _where_they_were_then(later.text) if at is None and not (period or several) \
            else None
        if when is not None:
            at, stop = when.start(), when.end()
        elif at is None and n > 2 and not period:
            at = _told_explicitly(later.text)
        nth = _the_nth_time(s.text, later.text) \
            if at is None and n == 1 and not (period or several) else None
        if nth is not None:
            at = nth
        if at is None or _another_told(later.text[:site.end()] if site is not None else
                                       later.text, nth if nth is not None else 0):
            # (the site told again, only up to it: "hit the school in Al Bureij at 6 pm and
            # again a few hours later" is one place, though more than one strike)
            if _a_happening_between(later.text):
                far = False
            continue
        if _of_another_day(s.text, later.text, at, site is not None):
            continue
        end = _where_its_places_end(later, at, stop)
        places = _its_places(text, later, at, end, gaza, gaza_starts, outer, city, gaz)
        if places is None:
            return None
        sites = _its_sites(text, later, places, several, gaz)
        if not sites:
            continue  # ("the package's parachute did not deploy": told again, not placed)
        if len(sites) != 1:
            return None
        (m,) = sites.values()
        if _in_another_month(later, m) or city and _another_part(s.text, text, m):
            return None
        return m
    return None


_PART_NOUNS = r"(?:districts|neighbou?rhoods|quarters|areas|sites|places|locations)"
_PARTS = re.compile(rf"\b(?:two|three|four|five|several|many|various|\d+)\s+(?:[\w-]+\s+){{0,3}}?"
                    rf"{_PART_NOUNS}\b", re.I)
_AND_ANOTHER_PART = re.compile(rf"\s+(?:and|or)\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,2}}{_PART_NOUNS}\b",
                               re.I)
# "west of Gaza City": where a place named before lies
_BESIDE = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
                     r"(?:the\s+)?$", re.I)
# "killed 30 across Gaza", "a wave of bombing": several attacks told together
_SEVERAL_TOLD = re.compile(r"\b(?:across|throughout|all\s+over|wave|series)\b", re.I)
# where the sentence goes on to another happening or another thing: "The strike came as
# troops pressed their offensive in Rafah", "came hours after a rocket was fired from Beit
# Hanoun", "The strike follows an attack on a school in Nuseirat", "The convoy was similar to
# one that reached Khan Younis", "targeted a commander responsible for attacks in Rafah"
# (not "The attack on Thursday came as families gathered awaiting the opening of the
# facility in Deir Al Balah": the happening's own scene)
_OTHER_CLAUSE = re.compile(r"\b(?:follows|followed|following|like|unlike|similar|compared|"
                           r"recall\w*|reminiscent|responsible|after|before)\b|"
                           r"\b(?:came|comes|amid|while|as(?!\s+well\b))\b(?=[^.;!?]{0,60}?"
                           r"\b(?:troops|forces|army|tanks?|offensive|operations?|rockets?|"
                           r"strikes?|shelling|raids?|attacks?|fighting|clashes|bombard\w*|"
                           r"fired|firing)\b)", re.I)
# a place named for something else than where it happened: "condemnation from the mayor of
# Rafah", "officials in Gaza City", "bound for Gaza City", "heard as far as Khan Younis",
# "heard across Deir al-Balah", "one man said from Nasser Hospital" (where the speaker is)
_NOT_ITS_PLACE = re.compile(r"\b(?:(?:mayor|governor|officials?|spokes(?:man|woman|person)|"
                            r"director|head|chief|residents?|natives?|municipality|people)\s+"
                            r"(?:of|in|from)|(?:bound|headed|heading|destined)\s+for|towards?|"
                            r"(?:said|says|speaking|spoke|reporting)\s+(?:by\s+(?:tele)?phone\s+)?"
                            r"from|"
                            r"as\s+far\s+as|(?:heard|felt|seen)\s+(?:\w+\s+){0,3}?"
                            r"(?:across|in|from|throughout))\s+(?:the\s+)?$", re.I)
# a weekday the sentence gives its happening ("The attack ... on Sunday killed three")
_OTHER_DAY = re.compile(rf"\b({WEEKDAY_PATTERN})\b")
# the day it was told, not the day it happened: "Grim details emerged on Wednesday of
# Israeli airstrikes on a school", "the ministry said on Monday"
_TOLD_ON = re.compile(r"\b(?:emerged|said|says|reported|announced|confirmed|told|added|"
                      r"stated|published|released)\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.I)
# where the sentence turns to another matter, whose day is not the happening's: "15 were
# killed in a strike on an ambulance, and Washington's top diplomat was due to hear Arab
# demands in a meeting Saturday"
_ANOTHER_MATTER = re.compile(r",\s+(?:and|while|whereas|but)\s+(?!(?:killed|killing|wounded|"
                             r"wounding|injured|injuring)\b)")


# where a sentence that told one attack turns to the war around it: ", as Israel intensified
# its bombardment of northern Gaza", ", while the army pressed its offensive", ", amid
# strikes across the territory" (not ", as well as", "as many as", "as much as")
_TURN_TO_THE_WAR = re.compile(r",\s+(?:as(?!\s+(?:well|many|much|far|long|soon)\b)|while|"
                              r"whereas|amid)\b", re.I)


def _its_own_clause(first: str) -> str:
    """``first`` up to where it turns from the attack it told to the war around it, when
    its own clause tells one attack: "An Israeli strike on a mosque in the Gaza Strip killed
    19 people, officials said, as Israel intensified its bombardment ... across the region"
    tells one strike, not several ("bombardment ... across" are the war's). A clause that
    tells several already ("Strikes killed 30, as tanks pushed across the city") stays
    several by its own words, and a turn that counts dead is the toll's own ("killed by an
    Israeli strike ..., amid an intensified bombardment that has killed 44 people over the
    past 24 hours": the toll is the bombardment's, of many attacks)."""
    turn = _TURN_TO_THE_WAR.search(first)
    if turn is None or not _AN_ATTACK.search(first, 0, turn.start()) or \
            find_casualties(first[turn.start():]):
        return first
    return first[:turn.start()]


def _one_of_several(first: str) -> bool:
    """Whether ``first`` tells several attacks together ("killed 30 across Gaza", "a wave of
    bombing"), so that one told next at a place is one of them, not all (not "Israeli
    strikes killed 30 across Gaza. The strike on a house in Nuseirat killed five")."""
    return _SEVERAL_TOLD.search(first) is not None


def _attacks_apart(outer: Place, city: bool, first: str) -> bool:
    """Whether the several attacks ``first`` tells may lie apart: those of a city, of the
    Strip or of a span of time ("strikes killed 40 in the Gaza Strip ... most died in the
    strikes on Khan Younis" are not all in one town). Several attacks told of a region are
    placed only where they are told again all together, in the next sentence ("Strikes
    killed six in central Gaza. Most died in the attacks on shelters in Nuseirat camp"; not
    "... The strike on a house in Maghazi killed two": one of them)."""
    return city or outer.feature_class == "strip" or bool(SPAN_TOLL.search(first))


def _its_index(s: Span, sentences: list[Span], starts: list[int]) -> int | None:
    """The index of ``s`` among the report's ``sentences``, if it is one of them: only the
    sentences after a sentence of the report can tell it again."""
    k = bisect_left(starts, s.start)
    if k >= len(sentences) or sentences[k].start != s.start:
        return None
    return k


def _a_toll_of_a_span(first: str) -> bool:
    """Whether ``first`` tells a toll of a span of time, the sum of many happenings, which
    no sentence far after places, nor where the dead were, nor a measure against other
    times."""
    return bool(SPAN_TOLL.search(first))


def _past_its_reach(n: int, far: bool, city: bool, several: bool) -> bool:
    """Whether the ``n``-th sentence after is too far to tell the happening again: any but
    the next two, unless it can only point back and no other happening came between (not
    for a city's); only the next for several attacks."""
    return n > 2 and (not far or city) or several and n > 1


def _the_city_told_between(outer: Place, gaza: list[Mention], gaza_starts: list[int],
                           start: int, end: int) -> bool:
    """Whether the sentences from ``start`` to ``end`` name the city ``outer`` again: the
    city's own telling of it comes between ("Israeli strike sets Rafah camp ablaze. An
    Israeli air strike on a camp in Rafah killed 45. The strike ... hit Tal as-Sultan")."""
    return any(m.place_id == outer.id for m in gaza[bisect_left(gaza_starts, start):
                                                      bisect_left(gaza_starts, end)])


def _before_the_speakers_words(later: str, at: int) -> int | None:
    """Where several attacks' places told again at ``at`` end: their places are told in
    the clause that tells them again, not in the speaker's next words ("the night's attacks
    were the worst in weeks," the ministry said, adding that its count covered only Beit
    Lahia)."""
    said = _THEN_SAID.search(later, at)
    return said.start() if said is not None else None


def _where_they_were_then(later: str) -> re.Match[str] | None:
    """Where ``later`` tells where the dead were when it happened, in the clause whose
    subject they are ("They were operating in the southern Gaza Strip at the time of the
    incident")."""
    return _AT_THE_TIME.search(later)


def _the_nth_time(first: str, later: str) -> int | None:
    """Where the one told is told again in ``later``, measured against others, after
    "that" ("This was the second time within a week that Gate 96 was used for the direct
    entry of aid into central Gaza"), if what follows tells a happening of its kind."""
    nth = _NTH_TIME.match(later)
    if nth is None or not _same_kind(first, later[nth.end():]):
        return None
    return nth.end()


def _another_told(later: str, start: int) -> bool:
    """Whether ``later``, from ``start``, tells another happening or another time
    ("Separately, ...", "Another convoy ...", "In March, a convoy entered through Rafah")."""
    return _ANOTHER.search(later, start) is not None


def _a_happening_between(later: str) -> bool:
    """Whether ``later``, which does not tell the one again, tells some happening of its
    own: "the incident" after it may be that one."""
    return _SOME_HAPPENING.search(later) is not None and _told_explicitly(later) is None


def _of_another_day(first: str, later: str, at: int, site: bool = False) -> bool:
    """Whether ``later``, from ``at``, gives its happening a weekday ``first`` did not:
    another day's ("... on Monday. The attack on the Nasser hospital on Sunday killed
    three"); not the day of another matter ``first`` turns to. ``site``: ``later`` tells
    the site hit again, so ``first``'s day of telling is not the attack's ("Grim details
    emerged on Wednesday of airstrikes on a school ... hit the school in Al Bureij on
    Tuesday"); where "the strike" is told again with a day of its own, the toll goes to
    the event the later sentence makes, on its day
    (:func:`geoevents.event_merge.placed_next.place_the_lead_told_next`)."""
    own = _ANOTHER_MATTER.split(first, maxsplit=1)[0]
    days = {d.group(1).lower() for d in _OTHER_DAY.finditer(own)
            if not (site and _TOLD_ON.search(own, max(0, d.start() - 30), d.start()))}
    return bool(days and {d.lower() for d in _OTHER_DAY.findall(later, at)} - days)


def _where_its_places_end(later: Span, at: int, stop: int | None) -> int:
    """Where the places ``later`` tells the happening at end: where it goes on to another
    happening or another thing (:data:`_OTHER_CLAUSE`), or at ``stop``."""
    cut = _OTHER_CLAUSE.search(later.text, at)
    end = later.start + cut.start() if cut is not None else later.end
    if stop is not None:
        end = min(end, later.start + stop)
    return end


def _named_for_else(text: str, later: Span, m: Mention) -> bool:
    """Whether ``m`` is named for something else than where it happened: where people went
    or fled to, or "the mayor of Rafah", "bound for Gaza City", "heard as far as Khan
    Younis" (:data:`_NOT_ITS_PLACE`)."""
    return bool(GONE_TO_OR_FLED.search(text, max(later.start, m.start - 60), m.start) or
                _NOT_ITS_PLACE.search(text, max(later.start, m.start - 40), m.start))


def _anothers_place(p: Place, outer: Place, city: bool, gaz: Gazetteer) -> bool:
    """Whether ``p`` places another happening: a place outside the region, or a town in
    the city's governorate (no site in the city)."""
    return outer.feature_class != "strip" and not gaz.within(p, outer) or \
        city and p.feature_class in TOWN_CLASSES


def _its_places(text: str, later: Span, at: int, end: int, gaza: list[Mention],
                gaza_starts: list[int], outer: Place, city: bool, gaz: Gazetteer
                ) -> list[tuple[Mention, Place]] | None:
    """The places in Gaza finer than ``outer`` that ``later`` names from ``at`` to ``end``
    for where it happened, or None where one of them places another happening."""
    places = []
    for m in gaza[bisect_left(gaza_starts, later.start + at):
                  bisect_left(gaza_starts, end)]:
        if _named_for_else(text, later, m):
            continue
        p = gaz.get(m.place_id)
        if p is None or not p.in_gaza or p.id == outer.id:
            continue
        if _anothers_place(p, outer, city, gaz):
            return None
        places.append((m, p))
    return places


def _its_sites(text: str, later: Span, places: list[tuple[Mention, Place]], several: bool,
               gaz: Gazetteer) -> dict[str, Mention]:
    """The sites among ``places``, by id: one place, with the regions that hold it ("the
    Kerem Shalom border crossing in the southern Gaza Strip"), or one region (several
    attacks told again at a site and at a region apart from it are at two places: "the
    raids hit Beit Lahia and the east of central Gaza"); of several, not the town that holds
    one, nor one it is told of as lying beside ("the Al Shati refugee camp, located to the
    west of Gaza City")."""
    sites = {p.id: m for m, p in places if p.kind != "region" and not several} or \
        {p.id: m for m, p in places}
    if len(sites) > 1:
        inner = {pid: m for pid, m in sites.items()
                 if not _BESIDE.search(text, max(later.start, m.start - 30), m.start) and
                 not any(q != pid and gaz.within(gaz.get(q), gaz.get(pid)) for q in sites)}
        sites = inner or sites
    return sites


def _in_another_month(later: Span, m: Mention) -> bool:
    """Whether ``later`` tells, up to just after the site ``m``, of another month or year
    ("In March, a convoy entered through Rafah")."""
    return _ANOTHER_MONTH.search(later.text, 0, m.end - later.start + 40) is not None


def _another_part(first: str, text: str, m: Mention) -> bool:
    """Whether a city's site ``m`` is one of several parts: "in two Gaza City districts ...
    in the Tal al-Hawa and al-Sinaa districts" (a name the gazetteer does not know beside
    it, another part)."""
    return bool(_PARTS.search(first) or _AND_ANOTHER_PART.match(text, m.end))
