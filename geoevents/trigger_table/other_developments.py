"""Other strategic developments: territory given up or taken, arrests, sieges,
destruction, mass graves and protests.

Each is a development of the day only when told as done on a day, not as a drawdown
over months, an epithet ("the besieged enclave") or a plan ("designated for
demolition").
"""

from __future__ import annotations

from geoevents.trigger_table.event_types import (
    ARRESTS,
    DESTRUCTION,
    MASS_GRAVE,
    PROTEST,
    SIEGE,
    TERRITORY,
    Row,
)
from geoevents.trigger_table.words import MONTHS, WEEKDAY

# ", detained in December 2023": a month gone by, told of a person
_IN_A_MONTH = r" in " + MONTHS + r"\b"

# rows 14-15 of the table
WITHDRAWALS_AND_CAPTURES: tuple[Row, ...] = (
    # "The IDF withdraws five brigades from the Gaza Strip": troops pulled out, told as
    # such, is a transfer of territory even from a whole region
    # (not "has gradually pulled out most of its forces ... since January", "has been
    # withdrawing troops ... for months": a drawdown over time, no day's event)
    (TERRITORY, r"(?<!gradually )(?<!steadily )(?<!progressively )(?<!been )"
                r"(?:withdrew|withdrawn|withdrawing|withdraws?|pulled out|pulls out|pulling out)"
                r" (?:its |the |their |all |most |some |some of its )?(?:[\w,-]+ ){0,3}?"
                r"(?:brigades?|troops|forces|soldiers|divisions?|battalions?|units|tanks)\b"
                r"(?=,? (?:[\w,-]+ ){0,6}?from\b)"
                r"(?![^.;]{0,80}?\b(?:for (?:weeks|months|years)|over the (?:past|last) |"
                r"since (?:" + MONTHS + r"|\d{4})\b))", 0.8),
    (TERRITORY, r"seized|(?<!killed or )(?<!eliminated or )captured|capturing|"
                # "Israeli troops seize control of the Palestinian Legislative Council
                # building", "Israel seizes control of the crossing": the taking told in the
                # present, as a day's summary tells its news (not "an offensive aiming to
                # seize control of Gaza City", "will seize control": a purpose or a plan)
                r"(?:seizes|(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )"
                r"(?<!\bmight )(?<!\bmust )(?<!\bshould )seize) (?:full |operational |"
                r"effective |complete |total |military |security )?control of|"
                # "Israeli forces also moved back into the Netzarim corridor, severing Salah
                # al-Din Road": troops back in a corridor they had left (not "pushed back into
                # Jabalia": a town fought for again)
                r"(?:moved|moves|move|went|rolled|redeployed) back into (?:the )?"
                r"(?:[\w'’-]+ ){0,3}?(?:corridor|axis)\b|"
                # "took 'operational control' of the Palestinian side of the crossing"
                r"(?:re)?(?:took|taken|takes) [\"']?(?:(?:full|operational|effective|complete|"
                r"total|military|security) )?control[\"']? of|"
                # "Israel pulled its ground troops out of the southern Gaza city"
                r"pulled (?:its |their |the |all |most |some )?(?:[\w-]+ ){0,2}?(?:troops|"
                r"forces|soldiers|brigades?|divisions?|battalions?|units|tanks) out of|"
                # "its 98th Division had left Khan Yunis" (a place named next: see
                # the triggers package)
                r"(?:divisions?|brigades?|battalions?|troops|forces|tanks) (?:had |has |have |"
                r"also |then |finally )?left(?! behind\b)|"
                # "On March 4th, Israeli forces redeployed in the eastern part of
                # Al-Zaytoun", "Israeli forces redeployed along new operational lines": the
                # army's lines moved (not "areas vacated by Israeli forces, who are
                # repositioning along the Yellow Line", "where the army repositioned itself
                # after the ceasefire last month": who they are, where a line runs)
                r"(?:troops|forces|army|military|soldiers|tanks|idf) (?:(?:have|had|has|also|"
                r"then|reportedly) )?(?:redeployed|repositioned) (?:along|to|behind|in|within|"
                r"on|at)\b|"
                # "The IDF ended its military operation in the Shujaiya neighbourhood on
                # Wednesday", "the 98th division has concluded its mission in Khan Yunis": the
                # army done and gone from a place, told by who ended it and where (not "UNRWA
                # ended its operations in the north": an agency's work; nor "ended its
                # operation" with no place it left)
                r"(?:idf\)?|army|military|forces|troops|soldiers|division|brigade) "
                r"(?:(?:has|had|have|then|also|reportedly) )?[\"“]?(?:ended|concluded|completed|"
                r"wrapped up|finished)(?= (?:its|their) (?:[\w-]+ ){0,2}?(?:operation|offensive|"
                r"mission|incursion)[\"”]? (?:in|at|inside)\b)|"
                r"withdrew|withdrawn|withdrawing|withdraws?|withdrawal of|pulled out of|retreated|"
                r"(?:ended|ending|concluded) (?:in|with) (?:an? |the )?(?:\w+ )?withdrawal", 0.65),
)

# row 17 of the table
ARRESTS_MADE: tuple[Row, ...] = (
    # "reports of deaths and arrests": the bare noun is a summary; "arrests of" tells some
    # (not "reveal the fate of those detained", "the families of the detained": people named
    # by a detention, with no day of it told)
    # (nor "Hospital director Hussam Abu Safiya, detained in December, remains in custody":
    # who a person is, by a detention of a month gone by)
    # ("Many of those detained on 25 October in Beit Lahia", "most of those detained in the
    # raid on Kamal Adwan Hospital on Friday": a detention with its day)
    (ARRESTS, r"arrested(?!(?<=, arrested)" + _IN_A_MONTH + r")|"
              r"arrests?(?= (?:of|were|was|have been|had been|carried out)\b)|"
              r"(?<!\bof those )(?<!\bof the )detained(?!(?<=, detained)" + _IN_A_MONTH + r")|"
              r"(?<=\bof those )detained(?= (?:(?!(?:were|was|are|is|have|has|had|been|"
              r"remain|remains|remained)\b)[\w'’-]+ ){0,7}?(?:on " + WEEKDAY +
              r"|yesterday|today|overnight|last night|"
              r"on \d{1,2} " + MONTHS + r"|on " + MONTHS + r" \d{1,2})\b)|"
              r"detentions?(?! (?:centres?|centers?|facilities|facility|camps?))|"
              r"(?<!hostages )(?<!hostage )"
              r"(?<!captives )abducted|rounded up|"
              # "Israeli forces are arresting men in Beit Lahia", "troops were detaining
              # dozens at the school": the arrests told going on
              r"(?:are|were|is|was|been) (?:\w+ )?(?:arresting|detaining|abducting|"
              r"rounding up)|"
              # "dozens of terror suspects were apprehended in Jabalia and Shejaia" (not "the
              # gunman was never apprehended": no one held; nor "many apprehended that the
              # worst was yet to come": grasped, not held)
              r"(?<!not )(?<!never )(?<!yet to be )(?<!be )apprehended"
              r"(?! (?:that|how|what|why|the (?:danger|risk|threat))\b)|"
              # "troops killed or captured 20 gunmen": the fighters taken, not a place
              r"(?<=killed or )captured|(?<=eliminated or )captured|"
              # "soldiers are interrogating young men in the courtyard, who were stripped and
              # blindfolded", "men were blindfolded and handcuffed": people held, told by what
              # was done to them (not "a blindfolded hostage", "blindfolded for the video": no
              # one taken)
              r"(?:were|was|been|being|are|is) (?:\w+ )?(?:stripped|blindfolded|handcuffed|"
              r"zip-tied|bound)(?: (?:to their underwear|naked|and (?:stripped|blindfolded|"
              r"handcuffed|zip-tied|bound)))*(?<!\bstripped)(?<!\bbound)\b|"
              r"stripped (?:(?:to their underwear|naked) )?(?:and|,) (?:\w+ )?(?:blindfolded|"
              r"handcuffed|zip-tied)", 0.8),
)

# rows 21-22 of the table
SIEGES_AND_DEMOLITIONS: tuple[Row, ...] = (
    # ("the besieged enclave", "the besieged Gaza Strip": the Strip's epithet in news
    # stories, not a siege of the day)
    # (nor "evacuate the wounded from besieged northern Gaza": an epithet of a region)
    # (but "evacuated from besieged Nasser Hospital": a siege of the site)
    # (nor "transporting the wounded from the besieged north of Gaza"; but "from the
    # besieged northern town of Beit Hanoun": a siege of the town)
    # (nor "civilians in the besieged north need help", "families in besieged northern Gaza":
    # where people are, the region by its epithet)
    (SIEGE, r"besieged(?!(?:(?<=from besieged)|(?<=\bin besieged)) (?:northern|southern|eastern|"
            r"central) Gaza\b(?! City))"
            r"(?!(?:(?<=from the besieged)|(?<=\bin the besieged)) (?:north|south)(?:ern)?\b"
            r"(?! gaza city| (?:[\w'’-]+ )?"
            r"(?:towns?|city|camps?|neighbou?rhoods?|districts?|villages?|hospitals?)\b))"
            r"(?! (?:coastal |Palestinian )?(?:Gaza Strip|Gaza(?! City|['’]s)|"
            r"enclave|territory|strip)\b)"
            # (nor "compounding the destruction in the already besieged area", "the campaign
            # on the besieged region": what the place is called, a word for the area told
            # before, not a siege told; only the adjective after a determiner: "forces have
            # already besieged the east of Rafah", "troops besieged residents of the camp"
            # tell a siege)
            r"(?<!\bthe already besieged)(?<!\ban already besieged)(?<!\bits already besieged)"
            r"(?!(?:(?<=\bthe besieged)|(?<=\ban besieged)|(?<=\bits besieged)|"
            r"(?<=\bthis besieged)|(?<=\btheir besieged)) "
            r"(?:area|region|zone|pocket|population|residents|people|families)\b)|"
            r"besieging|sieges?|encircled|encirclement|encircles?|encircling|"
            # "Israeli troops were now surrounding the Beit Hanoun area", "tanks have been
            # surrounding the building for several days": the troops ringing it told going
            # on, as "encircling" is (not "the surrounding areas", "troops in the
            # surrounding streets": the adjective)
            r"(?:tanks|troops|forces|soldiers|army|military|vehicles) (?:\w+ ){0,2}?"
            r"(?:are|were|is|was|been|now) (?:\w+ )?[\"“]?surrounding\b|"
            # "Israeli authorities imposed a full blockade on Gaza"
            r"(?:imposed|imposes|(?<!of )imposing|tightened|reimposed) (?:an? |the |its )?"
            r"(?:[\w-]+ )?"
            r"blockade|"
            r"surrounded by (?:\w+ )?"
            r"(?:tanks|troops|forces)|"
            # "Al-Awda Hospital said it was surrounded", "Israeli tanks had surrounded its
            # al-Amal hospital": a hospital ringed (not "the hospital is surrounded by
            # farmland", "was surrounded by journalists": what lies or stands around it;
            # nor a school or a shelter ringed for a raid, told as the raid; nor "Nasser
            # Hospital is surrounded with tents", "on every side by rubble": what lies round
            # it; "it" and "complex" only of a hospital told before: see triggers)
            r"(?:hospitals?|it|complex) (?:was|is|had been|has been) (?:(?:completely|fully|"
            r"reportedly|now) )?surrounded(?! by\b)(?! with\b)(?!,? on (?:\w+ ){0,2}sides?\b)|"
            # (not "forces that surrounded Al-Shifa Hospital in March withdrew": the forces
            # named by a siege before; nor "troops never surrounded"; nor "ambulances and
            # vehicles surrounded Nasser Hospital": the army's vehicles only)
            r"(?:tanks|troops|forces|soldiers|army|military|(?:military|army|armou?red|israeli) "
            r"vehicles) (?:(?!(?:that|which|who|never|not)\b)\w+ )?"
            r"(?:surrounded|encircled) (?:the |an? |its )?(?:[\w'’-]+ ){0,3}?"
            r"(?:hospitals?|medical (?:complex|centre|center))\b", 0.8),
    # (what "blew up" with nothing after it is an explosion: "the drone had blown up as
    # the fishermen lifted their nets")
    # (not "buildings designated for demolition", "rigged ahead of demolition": planned)
    (DESTRUCTION, r"demolished|(?<!for )(?<!ahead of )(?<!before )(?<!pending )(?<!prior to )"
                  r"demolitions?|bulldozed|razed|"
                  # "bulldozers are demolishing homes in Khuza'a", "forces were razing
                  # farmland": the destruction told going on
                  r"(?:are|were|is|was|been) (?:\w+ )?(?:demolishing|bulldozing|razing)|"
                  # "bulldozers leveled lands", "levelled farmland east of Khan Younis"
                  r"level(?:l)?ed (?:the |agricultural |farm |their )?(?:lands?|farmland|"
                  r"fields?|orchards?)|"
                  # ("homes were blown up in eastern Rafah": what someone blew up)
                  r"(?:were|was|been|being) blown up|"
                  r"(?:blew|blowing|blown) up(?!\s*(?:[,.;:)]|$|(?:in|on|at|as|when|while|near|"
                  r"inside|after|before|during|over|under|and|killing|injuring|wounding)\b))|"
                  r"looted|looting|plundered|set (?:fire|ablaze)|"
                  # "parts of the building were set on fire after the patients were taken
                  # away", "troops set the house alight" (not "tents were set on fire by an
                  # Israeli strike", "set alight by shelling": what a strike burned; nor
                  # "youths set the tyres on fire": a protest)
                  # (nor "the attack, which set the camp on fire, killed 45": the strike's
                  # fire)
                  r"(?<!which )(?<!that )(?<!strike )(?<!strikes )(?<!attack )(?<!bombing )"
                  r"(?<!shelling )(?<!missile )(?<!explosion )(?<!blast )(?<!bombardment )"
                  # (nor "protesters set an Israeli flag on fire", "fighters set an Israeli
                  # tank on fire", "the sky was set alight by flares": a protest, a fight,
                  # no property; nor "set on fire as a result of Israeli shelling": a
                  # strike's fire)
                  r"set (?:it |them |(?:the |an? |their |its |his |several |dozens of )(?!(?:\w+ )?"
                  r"(?:tyres|tires)\b)(?!(?:[\w'’-]+ ){0,3}?(?:flags?|effig(?:y|ies)|pictures?|"
                  r"photos?|posters?|portraits?|images?|tanks?|bulldozers?|jeeps?|apcs?|"
                  r"armou?red|merkavas?|d9s?|military vehicles?|troop carriers?)\b)"
                  r"(?:[\w'’-]+ ){1,4}?)?(?<!sky was )(?<!sky is )(?:on fire|alight)"
                  r"(?! in protest\b)"
                  r"(?! (?:by|in|during|after|following|when|as|amid|from|under|due to|"
                  r"because of|as a result of|in the wake of) (?:an? |the )?"
                  r"(?:[\w-]+ ){0,2}?(?:(?:air ?)?strikes?|airstrikes?|missiles?|shells?|"
                  r"shelling|bombs?|bombing|bombardment|rockets?|drones?|jets?|warplanes?|"
                  r"aircraft|explosions?|blasts?|projectiles?|flares?|incendiar\w+|"
                  r"quadcopters?|tank fire|artillery)\b)|"
                  # (not "youths torched tyres at the entrance of Khan Younis": a protest)
                  r"torch(?:ed|ing)(?! (?:\w+ )?(?:tyres|tires)\b)|"
                  # "departments of the hospital were severely burned and destroyed during
                  # the raid": what the raiders burned (not "the house was destroyed in an
                  # air raid", "destroyed in a raid by Israeli warplanes": a strike)
                  r"(?:was|were|been) (?:\w+ )?(?:burn(?:ed|t)|destroyed)(?: and (?:\w+ )?"
                  r"(?:burn(?:ed|t)|destroyed|damaged|looted))? (?:during|in|by) (?:the |an? )?"
                  r"(?:(?!air |aerial )[\w-]+ )?(?:raids?(?! (?:by|of) (?:the )?(?:israeli |"
                  r"occupation )?(?:war)?(?:planes|aircraft|jets|drones|helicopters)\b)|storming|"
                  r"incursions?|ground (?:assault|operation))\b"
                  # (nor "was destroyed in the Israeli raid on Khan Younis, killing five": the
                  # raid's toll, an attack the house was part of)
                  r"(?![^.;]*\b(?:killing|killed|wounding|injuring|dead)\b)|"
                  # "crowds broke into UNRWA warehouses"
                  r"broke into (?:[\w'’-]+ ){0,3}(?:warehouses?|stores?|depots?|storage|"
                  r"distribution (?:centres?|centers?))|"
                  # "Thousands of civilians on Sunday morning stormed a UN-run warehouse",
                  # "armed looters hijacked almost 100 trucks bringing aid": crowds or gangs
                  # taking the aid, told by who they are (not "Israeli troops stormed a
                  # UNRWA warehouse": a raid, a fight's word; nor "people waited at the
                  # warehouse")
                  r"(?<![\w'’-])(?:civilians|crowds?|residents|thousands|hundreds|gazans|"
                  r"palestinians|looters|gangs?|mobs?|gunmen|armed men)(?: (?!(?:troops|soldiers|"
                  r"forces|army|police)\b)[\w,'’-]+){0,5} (?:stormed|raided|ransacked|hijacked|"
                  r"overran) (?:[\w'’-]+ ){0,3}?(?:warehouses?|stores|depots?|storage|aid trucks?|"
                  r"trucks|lorries|distribution (?:centres?|centers?|points?|sites?|hubs?))\b|"
                  # "the Israeli military has destroyed multi-storey residential buildings
                  # across Gaza City", "the army destroyed the al-Soussi Tower": buildings the
                  # army brought down (told with a strike's words, the strike: see triggers)
                  # (and "bulldozers destroyed water wells in Beit Lahia", "troops are
                  # destroying water wells, tanks and pipes": what a people lives by)
                  # ("Israel destroys multiple high-rises in Gaza City", "Israeli forces have
                  # either completely destroyed or severely damaged the remaining residential
                  # buildings": the state as the subject, the present tense, adverbs of how
                  # far; not "Hamas fighters destroyed": see the fight rows)
                  r"(?:army|military|forces|troops|soldiers|idf|occupation|bulldozers|israel) "
                  r"(?:has |have |had |are |were |is |was )?"
                  r"(?:(?:also|since|systematically|deliberately|either|completely|totally|"
                  r"entirely|partially|reportedly|now|then|later) ){0,2}"
                  r"destroy(?:ed|ing|s) "
                  # (not "destroyed weapons found in homes", "destroyed tunnels beneath
                  # homes": what was in or under the buildings)
                  r"(?:(?!(?:in|inside|beneath|under|underneath|below|near|at|on|from|within|"
                  r"found|hidden|stored|placed|planted|located)\b)[\w'’-]+ ){0,3}?"
                  # (over folded text, where a hyphen is a space: "high rises")
                  r"(?:towers?|high[- ]?rises?|buildings|homes|houses|residential blocks|"
                  r"(?:water )?wells|water (?:networks?|pipes|pipelines|lines|tanks|reservoirs)|"
                  r"greenhouses|farmland|orchards|crops|olive groves)\b", 0.7),
)

# row 23 of the table
MASS_GRAVES: tuple[Row, ...] = (
    (MASS_GRAVE, r"mass graves? (?:\w+ ){0,6}(?:discovered|found|uncovered|unearthed|exhumed)|"
                 r"(?:discover|find|found|uncover|unearth)\w* (?:\w+ ){0,3}mass graves?", 0.85),
)

# row 28 of the table
PROTESTS: tuple[Row, ...] = (
    (PROTEST, r"protests?|protested|protesting|protesters|demonstrations?|demonstrators|"
              r"demonstrated|marched|rall(?:y|ies|ied)", 0.7),
)
