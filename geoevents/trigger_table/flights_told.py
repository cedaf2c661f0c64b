"""Displacement told by what drove people out or how far they went, in words the flight rows
(:mod:`.displacement`) have no pattern for.

"strikes on shelters in Jabalia, forcing hundreds of Palestinians to flee", "the violence
is driving thousands of people from the city", "displaced families are heading further
south to Rafah", "partners recorded more than 20,500 displacements from north to south",
"leaving their areas with whatever belongings they could carry": each tells people who
left on the day told. The words keep to people (not troops moved further south, nor
ambulances driving patients to hospital), and a flight only thought of, feared or sought is
set aside by the checks of :mod:`geoevents.triggers` like any other; so is the war's tally
in the present perfect ("these attacks have forced hundreds of thousands of Palestinians to
flee"), no flight of a day.
"""

from __future__ import annotations

from geoevents.trigger_table.event_types import DISPLACEMENT, Row

# People who may be driven out or move on (no troops, fighters or vehicles)
_PEOPLE = (r"(?:people|persons|families|residents|civilians|palestinians|households|idps|"
           r"gazans|the displaced|displaced (?:people|persons|families|palestinians|gazans)|"
           r"patients|women and children)")
# A count of them: "some 2,000", "tens of thousands of", "hundreds of"
_COUNT = (r"(?:(?:some|about|around|nearly|almost|over|more than|at least|an estimated) )?"
          r"(?:(?:tens of |hundreds of )?thousands of |hundreds of |dozens of |[\d][\d,.]* "
          r"(?:million )?)?")

# A count of a war's tally, not a day's flight: "hundreds of thousands", "1.7 million"
_VAST = (r"(?:(?:some|about|around|nearly|almost|over|more than|at least|an estimated) )?"
         r"(?:hundreds of thousands|(?:tens of )?millions|[\d.,]+ million|\d{3},\d{3})")

# the table's row after the people shot
FLIGHTS_TOLD: tuple[Row, ...] = (
    (DISPLACEMENT,
     # "forcing hundreds of Palestinians to flee", "forced 20,000 people to flee their
     # homes" (the flight row has "forced ... to flee" with no count of the people)
     # (not "these attacks have forced hundreds of thousands of Palestinians to flee their
     # homes": the war's tally in the present perfect, no flight of a day)
     # (not "Israeli forces ordered civilians to evacuate": the army's forces, no verb)
     r"(?:forcing |forced (?<!have forced )(?<!has forced )(?<!had forced )|"
     r"(?:(?<=have )|(?<=has )|(?<=had ))forced (?!" + _VAST + r"))"
     + _COUNT + r"(?:[\w'’-]+ )?" + _PEOPLE
     + r" (?:to flee|to relocate|to evacuate|to leave (?:their|the) (?:homes?|houses?|"
     r"areas?|neighbou?rhoods?|city|camp|town))\b|"
     # "the violence which is driving thousands of people from the city further south" (not
     # "driving patients to the hospital": no place left)
     r"(?:driv(?:e|es|ing|en)|drove) " + _COUNT + r"(?:[\w'’-]+ )?(?:" + _PEOPLE
     + r"|thousands|hundreds) (?:from|out of)\b|"
     # "more than 20,500 displacements from north to south" (a count of the moves made)
     r"(?<=\d )displacements (?:from|to|towards?|into)\b|"
     # "displaced families are heading further south to Rafah", "displaced people have
     # moved again further south" (not "Israeli troops moved further south": no people
     # in flight)
     r"(?<![\w'’-])(?:people|families|residents|civilians|palestinians|households|idps|gazans|"
     r"displaced|thousands|hundreds)(?: (?!who\b|that\b|which\b)[\w,'’-]+){0,4} "
     r"(?:have |had |has |are |were |is |was )?(?:moved|moving|headed|heading|fled|fleeing|"
     r"gone|going|pushed|pushing) (?:again |once again |once more |yet again )?"
     r"(?:further|farther) (?:south|north|west|east|inland)\b|"
     # "men, women and children ... leaving their areas with whatever belongings they could
     # carry": people leaving told by what they took (not "left their homes to queue for
     # aid": no belongings taken, an errand)
     r"(?:leaving|left|fleeing|fled|abandoning|abandoned) (?:their |the |his |her )?"
     r"(?:[\w'’-]+ )?(?:areas?|homes?|houses?|neighbou?rhoods?|tents?|shelters?|camps?|"
     r"towns?|villages?|city) (?:on foot |in (?:groups|cars|carts) )?with (?:only |nothing but )?"
     r"(?:whatever|what|their|the few|a few|few|some|little|the) (?:[\w'’-]+ ){0,4}?"
     r"(?:belongings|possessions|they could carry)\b", 0.8),
)
