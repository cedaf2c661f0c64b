"""Displacement and return: people who fled, were forced out or were evacuated, and the
displaced going back.

A flight is told by the people who made it; crowds on the move to gather, on an
errand or homeward are no flight, and a return sought or kept from people is no
return under way.
"""

from __future__ import annotations

from geoevents.trigger_table.event_types import DISPLACEMENT, RETURN, Row
from geoevents.trigger_table.words import MONTHS, WEEKDAY

# Hundreds or thousands of people, not of things: "hundreds of thousands streamed south",
# "thousands of displaced Palestinians" (not "hundreds of litres of sewage poured from a
# broken pipe", "hundreds of aid trucks crossed the Netzarim corridor")
_MANY = (r"(?:thousands|hundreds)(?! of (?!thousands\b|(?:[\w'’-]+ )?(?:people|persons|"
         r"palestinians|gazans|families|residents|civilians|displaced|idps|women|men|children|"
         r"households|refugees)\b))")
# ... gathering, not fleeing: "poured out of their homes to celebrate the ceasefire",
# "poured out of the mosque to protest against the war"
_TO_GATHER = (r"(?![^.;]{0,80}?\b(?:to (?:celebrate|protest|mourn|pray|rally|march|demonstrate|"
              r"cheer|greet|welcome|watch|attend|join)|in (?:celebration|protest|jubilation)|"
              r"for (?:the |a )?(?:funerals?|prayers?|celebrations?|protests?|rall(?:y|ies)))\b)")
# crowds told on a road, south in flight or north back home ("Tens of thousands of people
# were seen moving south along Salah Ad Deen Road"): the crowd (not "troops stopped people
# moving south", "a car carrying people heading south": a move kept from them, or who was
# hit), then, after its verb and way, the road
_CROWDS_SEEN = (r"(?<!stopped )(?<!blocked )(?<!prevented )(?<!turned back )(?<!at )(?<!on )"
                r"(?<!carrying )(?<!carried )(?<!transporting )(?<!with )"
                r"(?:people|families|residents|palestinians|gazans|" + _MANY +
                r")(?: [\w,-]+){0,3} (?:were |are |was |have been )?(?:seen )?")
_A_ROAD = r"(?:the )?(?:[\w'’-]+ ){0,3}?(?:road|street|highway|coast(?:al road)?)\b"
# where people go on an errand, not in flight: "people heading to an aid site", "walked to
# the market"
_ERRAND = (r"(?! (?:the |an? )?(?:[\w'’-]+ ){0,2}?(?:aid|food|distribution|markets?|"
           r"baker(?:y|ies)|queues?|lines?|sea|beach|trucks?|convoys?|hospitals?|mosques?|"
           r"work)\b)")
# people going home, not in flight: "walked from al-Mawasi back to Khan Younis", "have left
# al-Mawasi in the past two days to return to their homes", "walked from the south to Gaza
# City after the ceasefire took hold"
_HOMEWARD = (r"(?! (?:their |his |her |our )?homes?\b)"
             r"(?![^.;]{0,80}?\b(?:back (?:to|home)|(?:to|toward|towards) (?:their |his |her |"
             r"our )?homes?|return(?:ed|ing|s)? (?:to|home)|to return|"
             r"after (?:the |a )?(?:ceasefire|truce)|(?:ceasefire|truce) (?:took|came|began))\b)")
# The words before "the return of" that make it a return sought or kept from people, not
# one under way ("called for the return of", "blocked the return of", "talks on the return of")
_NOT_SOUGHT = "".join(
    rf"(?<!{w} the )(?<!{w} )" for w in (
        "for", "allow", "allowed", "allowing", "permit", "permitted", "block", "blocked",
        "blocking", "prevent", "prevented", "preventing", "delay", "delayed", "delaying",
        "halt", "halted", "stop", "stopped", "await", "awaiting", "on", "about", "over", "no",
        "ensure", "ensuring", "facilitate", "enable", "demand", "demanded", "demanding",
        "secure", "guarantee", "guaranteeing", "regarding", "concerning",
        # ("Israel has barred the return of displaced people to northern Gaza since 13
        # October": the barring's start, no return's)
        "allows", "permits", "blocks", "prevents", "delays", "enabled", "enabling",
        "facilitated", "facilitating", "ensured", "secured", "securing", "guaranteed",
        "demands", "bar", "barred", "barring", "ban", "banned", "banning", "obstruct",
        "obstructed", "obstructing", "suspend", "suspended", "suspending", "postpone",
        "postponed", "postponing", "refuse", "refused", "refusing", "deny", "denied",
        "denying", "reject", "rejected", "rejecting", "hinder", "hindered", "hindering",
        "impede", "impeded", "impeding", "restrict", "restricted", "restricting"))
# The words of the place a return goes to, before "since" or "began": no verb of its own
# ("The return of displaced people to northern Gaza has not yet begun", "... to Rafah has
# been barred since 5 May", "... which was to have begun on Saturday": the start denied,
# the time of a ban, or a start that was due)
_RETURN_TO = (r"(?:(?!(?:has|have|had|is|was|were|are|be|been|being|not|never|yet|still|"
              r"would|could|should|will|may|might|must|can|shall)\b)[\w'’,-]+ ){1,6}?")

# rows 10-12 of the table
FLIGHT: tuple[Row, ...] = (
    # ("1.7 million people remain forcibly displaced": a state, not a flight)
    # (nor "a renewed offensive ..., which has displaced hundreds of thousands": its tally;
    # but "fighting, which has displaced tens of thousands since Thursday" is this week's)
    (DISPLACEMENT, r"(?<!remain )(?<!remains )(?<!remained )(?<!remaining )(?<!remain forcibly )"
                   r"(?:(?<!which has )(?<!which have )(?<!which had )(?<!that has )"
                   r"(?<!that have )|(?=displaced (?:[^.;,]|,(?=\d)){0,60}?\bsince (?:last )?"
                   + WEEKDAY + r"\b))"
                   r"(?<!remains forcibly )(?<!remain internally )(?<!remains internally )"
                   # ("targeting the displaced in the school": the people, not a flight)
                   r"(?<!\bthe )(?<!\bThe )"
                   # (nor "a gathering of displaced in Deir al-Balah", "a school housing
                   # thousands of displaced"; but "thousands of displaced from Rafah" fled)
                   r"(?:(?<!\bof )|(?=displaced from\b))"
                   # ("have been displaced by the outbreak of the conflict": the war's toll)
                   # (not "displaced by the start of the Rafah operation": one of its own)
                   r"displaced(?! by the (?:outbreak|start|beginning) (?:of|in) (?:the )?"
                   r"(?:current )?(?:conflict|war|hostilities|fighting|escalation)\b)"
                   r"(?! (?:people|persons?|families|Palestinians?|citizens|"
                   r"civilians|residents|IDPs|population|children|women|men|refugees|"
                   r"households|Gazans|girls?|boys?|woman|man|child|mothers?|fathers?|"
                   r"family|persons|individuals|communities|patients|youths?|"
                   # ("displaced members of the extended family had been sheltering there":
                   # who they are, not a flight)
                   r"members|relatives|kin|ones))"
                   # ("displaced 'countless times' by the war": a history, not a flight)
                   # (nor "after being displaced three times over the past 100 days")
                   # (and "displaced twice", "displaced at least five times")
                   r"(?! (?:at least |more than |over |about |some )?['‘\"“]?(?:countless|"
                   r"multiple|several|many|numerous|repeated|"
                   r"two|three|four|five|six|seven|eight|nine|ten|\d+|"
                   r"\w+ or \w+) times\b| twice\b| thrice\b| repeatedly\b| again and again\b)|"
                   # (not a heading: "Displacement: IOF again ordered residents of Jabalia
                   # to move south" names the topic of what follows)
                   r"displacement(?!:)(?! (?:shelters?|sites?|camps?|centres?|centers?|areas?|"
                   r"tents?|orders?|warnings?|notices?|directives?|instructions?))|"
                   # ("Patients ... were forced to evacuate to the Indonesian Hospital")
                   r"forced (?:\w+ ){0,3}to (?:flee|relocate|leave|move|evacuate)|"
                   # "ordered residents ... to leave, pushing thousands of families to flee
                   # once more toward al-Mawasi" (people made to flee, not "pushing for a
                   # ceasefire", "pushed troops to advance")
                   r"(?:push|prompt|driv|drove)(?:ed|ing|en|e|es|s)? (?:some |about |over |"
                   r"more than |tens of |hundreds of |thousands of )?(?:[\d,]+ )?(?:[\w-]+ )?"
                   r"(?:people|families|residents|civilians|palestinians|households|idps|"
                   r"gazans|thousands|hundreds) (?:[\w'’-]+ ){0,5}?to flee\b|"
                   # (not "destroyed homes and uprooted trees": orchards razed)
                   r"fled|fleeing|forced to flee|relocate|exodus|"
                   # "Patients on stretchers and in wheelchairs were pushed out into the
                   # cold as troops stormed Kamal Adwan Hospital": people put out of where
                   # they stayed (not "troops were pushed out of the area": a retreat)
                   r"(?:patients|people|families|residents|civilians|displaced|wounded|"
                   r"injured|staff)(?: (?!troops\b|soldiers\b|forces\b)[\w,-]+){0,5} "
                   r"(?:were|was|had been|have been) pushed out\b"
                   # (nor "staff were pushed out of their jobs", "patients were pushed out
                   # into the corridors as beds ran out": work lost, or beds moved within)
                   r"(?! (?:of|from) (?:their |the |his |her )?(?:jobs?|work|employment|"
                   r"posts?|positions?|business|talks|negotiations|process|market|"
                   r"operating (?:rooms?|theatres?)|wards?)\b)"
                   r"(?! into (?:the )?(?:corridors?|hallways?|halls?|courtyards?)\b)"
                   # (nor "families were pushed out of their tents by flooding": the weather)
                   r"(?![^.;]{0,60}?\bby (?:the )?(?:floods?|flooding|rain|rainwater|storms?|"
                   r"winds?|sea|waves)\b)"
                   r"(?![^.;]{0,60}?\bto make (?:space|room)\b)|"
                   # "hundreds of displaced people, patients and medical staff left on foot
                   # Saturday morning along the coastal road": people setting out, told by how
                   # (not "the bodies were left on the road", "troops left on Sunday")
                   # (the people who left named: not "Hamas fighters left on foot from the
                   # tunnel", "the paramedics left the ambulance on foot after it came under
                   # fire", "the infantry left on foot": fighters or crews moving)
                   r"(?:people|families|residents|palestinians|idps|civilians|households|"
                   r"gazans|patients|staff|displaced|" + _MANY + r")"
                   r"(?: (?!who\b|that\b|which\b)[\w,'’-]+){0,6}? "
                   r"(?<!were )(?<!was )(?<!been )(?<!troops )(?<!soldiers )(?<!forces )"
                   r"left (?:[\w'’-]+ ){0,3}?on foot\b" + _HOMEWARD + r"|"
                   r"uprooted(?! (?:[\w-]+ )?(?:trees|olive|orchards?|crops|groves?|plants|"
                   r"fields|farmland|vines))|"
                   # "Hostilities displace people in Gaza city"
                   r"displaces?(?= (?:people|families|residents|civilians|thousands|hundreds|"
                   r"tens of thousands|palestinians)\b)|"
                   # "some 75,000 people have moved towards western Khan Younis" (not
                   # "killed seven Palestinians as Israeli troops moved into central Gaza":
                   # the troops moved, no people in flight)
                   r"(?:people|families|residents|palestinians|idps|civilians|households)"
                   r"(?: (?!(?:troops|soldiers|forces|tanks?|army|military|idf)\b)[\w,-]+){0,4} "
                   r"(?:have |had |has |are |were )?(?:moved|moving|"
                   r"relocated|relocating|headed|heading) (?:\w+ )?(?:to|towards?|into)\b"
                   + _ERRAND + r"|"
                   # "Thousands of people are heading south along al-Rashid coastal road
                   # towards al-Mawasi", "tens of thousands moved towards Rafah": a flight told
                   # by its way and where it goes (not "people heading to an aid site": an
                   # errand)
                   r"(?:people|families|residents|palestinians|idps|civilians|households|"
                   r"gazans|" + _MANY + r")(?: [\w,-]+){0,4} (?:have |had |has |are |were )?"
                   # (walking only by its way south: "people walked toward the aid site" went
                   # on an errand, "displaced Palestinians walked toward Rafah" may go home)
                   # (an "-ing" told with its "are" or "were": "a strike hit a car carrying
                   # people heading south along Salah al-Din Road towards Khan Younis" tells
                   # the flight only in passing)
                   r"(?:(?:moved|headed) |(?<=are |ere |was | is |een )(?:moving|heading) |"
                   r"(?=walked)|(?<=are |ere |was | is |een )(?=walking))"
                   r"(?:(?:(?:walked|walking) )?(?:south|southwards?|west|westwards?)"
                   r"(?:,? (?:along|on|via|through|by|using|many|most|mostly|some)\b"
                   r"(?: [\w'’-]+){0,5}?){0,2},? )?"
                   r"(?:to|towards?)\b" + _ERRAND + _TO_GATHER + r"|"
                   # "Thousands walked with what they could carry from Beit Hanoun toward
                   # Jabalia": people on foot from one place toward another (not "people
                   # walked from their tents to the aid site": an errand)
                   r"(?:people|families|residents|palestinians|idps|civilians|households|"
                   r"gazans|" + _MANY + r"|others|displaced)(?: (?!who\b|that\b|which\b)"
                   r"[\w,-]+){0,4} (?:have |had |were )?(?:walked|trekked|trudged) "
                   r"(?:(?!from\b|to\b|towards?\b)[\w'’,-]+ ){0,6}?from "
                   r"(?:(?!back\b)[\w'’,-]+ ){1,4}?"
                   r"(?:to|towards?)\b" + _ERRAND + _TO_GATHER +
                   # (nor "walked through the night from al-Mawasi towards the al-Alam
                   # roundabout, the approach to the site": to an aid site)
                   r"(?![^.;]{0,80}?\b(?:aid|food|flour|distribution|site|hub)\b)"
                   # (nor "walked from al-Mawasi back to Khan Younis", "walked from the south to
                   # Gaza City": going home)
                   r"(?<!\bfrom the south to)(?<!\bfrom southern gaza to)"
                   r"(?<!\bfrom the south toward)(?<!\bfrom the south towards)" + _HOMEWARD + r"|"
                   # "about 350,000 people had left Gaza City", "more than 180,000 movements
                   # from northern to southern Gaza": a flight by its count
                   r"(?:people|families|residents|palestinians|idps|civilians|households|"
                   # (not "people who had left Gaza City returned to their homes": who they
                   # are, told in passing)
                   r"gazans)(?: (?!who\b|that\b|which\b)[\w,-]+){0,2} (?:have |had |has )"
                   r"(?:now |already )?left "
                   r"(?:the )?(?:(?:[\w'’-]+ )?city|north|northern gaza|"
                   r"(?:[\w'’-]+ ){1,2}(?:city|camp|governorate)|"
                   # "450,000 people have left Rafah in one week": any place, with the days
                   # the count covers
                   # (not "have left Gaza for Egypt in the past week": gone abroad through a
                   # crossing; nor "... to return to their homes": going home)
                   r"(?!gaza\b(?! city)|(?:the )?(?:strip|enclave)\b)"
                   r"(?:(?!for\b|through\b|via\b)[\w'’-]+ ){1,3}?(?:in|over|within|during) "
                   r"(?:the )?(?:past |last )?"
                   r"(?:a |one |two |three |four |five |six |seven |\d+ |few )?"
                   r"(?:days?|weeks?|hours)\b" + _HOMEWARD + r")\b|"
                   # (by a count: not "Israeli forces have prevented movement from northern to
                   # southern Gaza", no one moved)
                   r"(?:(?<=\d )|(?<=thousands of )|(?<=hundreds of )|(?<=million ))"
                   r"movements? (?:of people )?from (?:the )?north(?:ern)? (?:gaza )?to (?:the )?"
                   r"south(?:ern)?\b|"
                   # "Thousands of Palestinians streamed south along the main roads", "others
                   # set off on foot from Beit Lahia": people on the move, told by the way
                   # they went (not "smoke poured from the building", "light streamed in":
                   # no people; nor "people poured into the streets": no flight)
                   # (nor "Others set out from the port of Limassol with aid": a ship)
                   r"(?:people|families|residents|palestinians|idps|civilians|households|"
                   r"gazans|" + _MANY + r"|others)(?: [\w,-]+){0,4} (?:have |had |has |"
                   r"are |were )?(?:streamed|streaming|poured|pouring|trekked|trekking|"
                   r"trudged|trudging|set (?:off|out)) (?:on foot )?(?:south|north|"
                   r"southwards?|northwards?|out of|away from|from)\b"
                   r"(?! (?:the )?(?:[\w'’-]+ )?(?:port|harbou?r|airport|air ?base|docks?|pier|"
                   r"jetty)\b)" + _TO_GATHER + r"|"
                   # "Hundreds of thousands of Palestinians crossed the Netzarim corridor on
                   # Monday": people crossing the line that cuts the Strip in two
                   r"(?:people|families|residents|palestinians|idps|civilians|households|"
                   r"gazans|" + _MANY + r"|others|displaced)(?: [\w,-]+){0,4} (?:have |had |"
                   r"has )?crossed (?:the )?(?:[\w'’-]+ ){0,2}(?:corridor|wadi gaza)\b|"
                   # "families loaded their belongings onto carts", "piled mattresses and
                   # children onto donkey carts": a household leaving (not "workers loaded
                   # flour onto trucks": aid; nor "loaded supplies for children onto
                   # trucks", "loaded the bodies of three children onto a pickup truck")
                   r"(?:loaded|loading|piled|piling|packed|packing|strapped|heaped) (?:up )?"
                   r"(?=(?:(?!(?:for|aid|supplies|food|flour|parcels|bodies|body|corpses|remains|"
                   r"wounded|injured|dead)\b)[\w'’,-]+ ){0,5}?(?:belongings|possessions|"
                   r"mattresses|furniture|luggage|suitcases|children)\b)"
                   r"(?:[\w'’,-]+ ){1,8}?(?:onto|into|on top of|"
                   r"on the roofs? of|on) (?:[\w'’-]+ ){0,2}?(?:carts?|cars?|trucks?|"
                   r"vehicles?|wagons?|carriages?|pick ?ups?|vans?|bicycles?)\b|"
                   # "new evacuation orders have forced thousands of families out of the
                   # eastern areas", "the fighting forced 100,000 people from their homes"
                   # (not "troops forced families out of the school": people driven out of
                   # the site they sheltered in, an attack)
                   r"forced (?:[\w,'’-]+ ){0,4}?(?:people|families|residents|civilians|"
                   r"palestinians|households|idps|gazans|thousands|hundreds) (?:out of|"
                   r"from their (?:homes|houses|neighbou?rhoods?))\b(?! (?:the |a |an |their |"
                   r"its )?(?:[\w'’-]+ ){0,2}?(?:hospitals?|facilit(?:y|ies)|schools?|shelters?|"
                   r"compounds?|wards?|buildings?)\b)", 0.8),
    # "Tens of thousands of people were seen moving south along Salah Ad Deen Road": crowds
    # told on the road away from the north (not "troops stopped people moving south along
    # the road": see the RETURN row for the road north)
    # (nor "a strike hit a car carrying people heading south along the road": who was hit)
    (DISPLACEMENT, _CROWDS_SEEN + r"(?:walked|"
                   r"walking|streamed|streaming|trekked|trekking|poured|pouring|headed|heading|"
                   r"moved|moving|fled|fleeing|travell?ed|travell?ing) south(?:wards?)? "
                   r"(?:along|on|via|down) " + _A_ROAD, 0.7),
    # ("those inside were evacuated to the hospital": the wounded, not a flight)
    # (patients "evacuated from Nasser to the field hospital" are still moved)
    (DISPLACEMENT, r"(?:were|was|been|being) evacuated(?! (?:(?!from )\w+ ){0,2}to (?:a |the )?"
                   r"(?:[\w'’-]+ ){0,3}(?:hospitals?|clinics?|medical)\b)|medical evacuations?|"
                   # "we supported the evacuation of 41 patients and 145 companions"
                   # (not what an opening allowed: "opened, allowing the evacuation of 81")
                   r"(?<!allowing the )(?<!allowed the )(?<!enabling the )(?<!for the )"
                   r"evacuation of (?:some |about |at least |more than |over )?[\d,]+ "
                   r"(?:[\w-]+ )?(?:patients|people|children|wounded|injured|civilians)|"
                   # "visited the hospital and evacuated 14 patients"
                   r"evacuated (?:some |about |at least |more than |over )?[\d,]+ "
                   r"(?:[\w-]+ )?(?:patients|people|civilians|residents|children|staff|"
                   r"wounded|injured|babies|infants|newborns)|"
                   # "about 50 sick and injured children, with their companions, crossed into
                   # Egypt": the sick taken out through the crossing (not "patients waiting to
                   # cross into Egypt", "were allowed to cross": still to go)
                   r"(?:sick|wounded|injured|patients)(?: (?!(?:waiting|due|set|allowed|"
                   r"expected|hoping|unable|who|awaiting)\b)[\w,'’-]+){0,6}? "
                   r"(?:have |has |had )?(?:crossed|left|exited) (?:into |to |for )?egypt\b|"
                   # "reached the hospital ... to assess the situation and transfer 57 critical
                   # patients to Al Shifa", "succeeded in transferring 23 patients": patients
                   # moved out (not "transferred 40 trucks", no people)
                   # (the wounded only from somewhere: "paramedics transferred 20 wounded
                   # to Al Aqsa Hospital after an airstrike" carried them in for care)
                   r"(?<!to be )(?:transfer|transferr(?:ed|ing)) (?:some |about |at least |"
                   r"more than |over )?[\d,]+ (?:[\w-]+ ){0,2}?(?:patients|infants|babies|"
                   r"(?:wounded|injured)(?= (?:[\w-]+ ){0,3}?from\b))\b|"
                   # "2,400 patients have been medically evacuated from the Gaza Strip"
                   # (not "12,000 patients are waiting to be medically evacuated": still to
                   # go)
                   r"(?<!to be )medically evacuated|"
                   # "despite the recent evacuation of some patients from Kamal Adwan hospital"
                   r"(?<!allowing the )(?<!allowed the )(?<!enabling the )(?<!for the )"
                   r"evacuation of (?:some |the |the remaining |remaining )?(?:critically ill |"
                   r"critical |sick |seriously ill |injured )?patients from\b|"
                   # "a mission led by WHO ... to evacuate 14 critical patients from Kamal
                   # Adwan": the mission told, its purpose the move
                   # (not "a WHO mission reached Kamal Adwan and began to evacuate patients":
                   # the mission's arrival is told as aid)
                   r"missions?(?! (?:\w+ )?(?:reached|visited|delivered)\b)"
                   r"(?=(?: (?:(?!to evacuate)[^.;]){0,200}?)? to evacuate (?:some |about |"
                   r"at least |more than |over )?(?:[\d,]+ )?(?:[\w-]+ ){0,2}patients\b)", 0.7),
)

# row 27 of the table
RETURNS: tuple[Row, ...] = (
    # "Over 560,000 people have returned to northern Gaza", "displaced people returning to
    # Jabalya"
    # (not "families who had returned to their homes only weeks ago are fleeing again":
    # who they are, an earlier return told in passing)
    (RETURN, r"(?:people|families|palestinians|residents|idps|displaced)"
             r"(?: (?!(?:who|that|which) had\b)[\w,-]+){0,3} "
             r"(?:have |had |has |are |were )?(?:returned|returning|"
             r"(?<!to )(?<!not )(?<!cannot )(?<!never )(?<!their )returns?) to|"
             r"movements? of people (?:[\w,]+ ){0,8}(?:to|towards) (?:the )?north(?:ern)?|"
             # "Palestinians trudged back into the ruins of Khan Yunis", "the displaced pour
             # back across the corridor" (not "troops moved back into the camp": people only)
             # (nor "displaced people went back to the market", "headed back to the
             # distribution site": an errand, not a return home)
             r"(?:people|families|residents|palestinians|idps|civilians|households|gazans|"
             + _MANY + r"|displaced)(?: [\w,-]+){0,4} (?:have |had |has |are |were )?"
             r"(?:streamed|streaming|poured|pouring|pour|trudged|trudging|flocked|flocking|"
             r"walked|walking|went|headed|heading|made their way|trekked|trekking) back "
             r"(?:to|into|across|north|home)\b(?! (?:the |their |a |an )?(?:[\w'’-]+ )?"
             r"(?:markets?|work|jobs?|school|class(?:es)?|distribution|aid|queues?|lines?|"
             r"baker(?:y|ies)|sea|beach|mosques?|tents?|shelters?|hospitals?|crossings?|"
             r"checkpoints?)\b)" + _TO_GATHER + r"|"
             # "On Tuesday, vehicles began moving north along Salah al-Din Road" (not
             # "Israeli tanks began moving north", "military vehicles": troops)
             r"(?:people|families|residents|palestinians|idps|civilians|gazans|" + _MANY +
             r"|displaced|(?<!military )(?<!army )(?<!armoured )(?<!armored )"
             r"(?<!israeli )(?:cars|vehicles))(?: [\w,-]+){0,3} (?:resumed|began|started) "
             r"(?:moving|walking|heading|driving|travell?ing|returning) (?:back )?"
             r"north(?:ward)?s?\b|"
             # "hundreds of thousands of displaced people walked north along al-Rashid Road":
             # the displaced going north, back to where they fled from
             # (an "-ing" told with its "are" or "were": not "Israeli troops stopped displaced
             # people heading north at the Netzarim checkpoint", no one went back)
             r"displaced(?: [\w,-]+){0,3} (?:have |had |are |were )?(?:walked|headed|"
             r"streamed|moved|trekked|poured|(?<=are |ere |was | is |een )(?:walking|heading|"
             r"streaming|moving|trekking|pouring)) north(?:wards?)?\b|"
             # "tens of thousands of Palestinians walking north along al-Rashid Road on
             # Monday": crowds told on the road back north (not "troops stopped people walking
             # north along the road", "fired at families heading north on Salah al-Din Road":
             # a return kept from them, or what was shot at)
             + _CROWDS_SEEN + r"(?:walked|walking|"
             r"streamed|streaming|trekked|trekking|poured|pouring|headed|heading|moved|moving|"
             r"travell?ed|travell?ing) north(?:wards?)? (?:along|on|via|up) " + _A_ROAD + r"|"
             # "thousands of people resumed movement north"
             r"(?:resumed|began|started) (?:their |the )?(?:movement|return|journey)s? "
             r"(?:back )?(?:to (?:the )?)?north(?:ern|wards?)?\b|"
             # "the return of hundreds of thousands of displaced residents to Gaza City since
             # Monday", "The return of displaced people to the north began on Monday": a
             # return told as under way (not "called for the return of the displaced to
             # the north", "Israel blocked the return of displaced people to Gaza City": a
             # return sought or kept from them, with no start of its own)
             + _NOT_SOUGHT +
             r"\breturn of (?:(?:[\w,-]+ ){0,5}?(?:the )?)(?:displaced|idps)"
             r"(?: (?:people|persons|residents|families|palestinians|gazans|civilians))? "
             r"(?:back )?to " + _RETURN_TO + r"(?=since (?:" + WEEKDAY + r"|\d{1,2} [a-z]+|" +
             MONTHS + r" \d)|(?:has |have |had )?"
             r"(?:began|begun|started|resumed|got under ?way|continued)\b)",
     0.75),
)
