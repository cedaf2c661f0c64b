"""Word patterns that more than one family of triggers is built from.

Gunfire told by its count of shots, what an attack hit named by the weapons there, the
troops fire was aimed at, the months and the weekdays: kept here so that the families
that share them read the same words.
"""

from __future__ import annotations

from geoevents.dates import MONTH_NAMES, WEEKDAY_FOLDED

# gunfire told by its count of shots: "struck by at least ten bullets", "by more than a dozen
# bullets" (the shooting row's, not a strike's)
BY_COUNTED_BULLETS = r"by (?:at least |more than |some )(?:an? )?(?:\w+ )?(?:gunfire|bullets)"
# What an attack hit, named by the weapons kept or fired there: "anti-tank missile launch
# posts", "an RPG cell", "missile depots"
AS_TARGET = (r"(?:launch(?:ing)? )?(?:posts?|launchers?|pads?|positions?|sites?|depots?|caches?|"
             r"stores?|workshops?|cells?|squads?|teams?|units?|infrastructure|stockpiles?|"
             r"warehouses?|production|manufactur\w*)\b")
# "... attack on an IDF soldier", "fire at Israeli troops": the army the fire was at
# (officers, forces and patrols only when told as the army's: "Israeli sniper fire at
# officers guarding aid trucks" is fire at the police)
TROOPS_SHOT_AT = (r"(?:an? |the |two |three |several )?(?:(?:israeli |idf |occupation )"
                  r"(?:soldiers?|troops|forces|officers?|force|patrols?)|soldiers?|troops)\b")
MONTHS = MONTH_NAMES.lower()
WEEKDAY = WEEKDAY_FOLDED
# An aid convoy, its trucks or its crew, named by the aid they carry or the agency they are
# of: "a UN aid convoy", "the WFP trucks", "aid workers" (not "an Israeli military convoy",
# "an armoured convoy": an armed one)
AID_OF = (r"(?:aid|humanitarian|relief|food|un|wfp|unrwa|unicef|who|red cross|red crescent|"
          r"medical|ambulance)")
# (up to one word before the aid's, and no army's name: "a UN aid convoy", not "an Israeli
# military convoy")
UNARMED = r"(?!(?:[\w'’-]+ ){0,2}?(?:military|army|armou?red|israeli|idf)\b)(?:[\w'’-]+ )?"
AID_CREW = AID_OF + r" (?:convoys?|trucks?|lorries|workers?|teams?|staff|vehicles?)\b"
AID_CONVOY = r"(?:an? |the |two |three |several |its |their )?" + UNARMED + AID_CREW
