"""Aid let into the Strip and crossings opened or closed; the dead told as aid seekers.

Aid is a development of its own only when it is brought in or handed out, not when
a truck runs people over or aid is kept from a place inside the Strip. ``AID_SOUGHT``
tells the dead as people who went for aid (:mod:`geoevents.triggers` and
:mod:`geoevents.units` tell attacks on them by it).
"""

from __future__ import annotations

import re

from geoevents.trigger_table.event_types import AID, CROSSING, Row
from geoevents.trigger_table.words import MONTHS, WEEKDAY

# "undertook a joint mission to", "completed 7 missions to": the verbs of an aid mission
# told, which the triggers package also tests to tell the army's missions apart
MISSION_VERBS = ("undertook", "undertakes", "conducted", "carried out", "completed", "led")
# Aid kept from (or let into) the Strip, not from a place inside it: "Israeli forces halted
# the flow of aid to Beit Lahia", "allowed WFP to resume delivery of flour to its bakeries",
# "blocked the entry of food into Al Awda Hospital" (but "into Gaza", "into the Gaza Strip",
# "to the people of Gaza")
_INTO_THE_STRIP = (r"(?! (?:[\w-]+ )?(?:in)?to (?!(?:the )?(?:gaza(?! city)\b|strip\b|enclave\b|"
                   r"territory\b|people\b|population\b|palestinians\b|civilians\b|"
                   r"residents\b|gazans\b)))")
# "the entry of all humanitarian and commercial", "the flow of": before what was let in
_ENTRY_OF = r"(?:entry|flow) of (?:all |any )?(?:[\w-]+,? (?:and )?){0,3}?"
# "killed along aid convoy routes in northern Gaza": the way aid goes, a place
_A_ROUTE = r"(?! (?:routes?|roads?|corridors?|lanes?|paths?)\b)"
# "struck by an aid truck", "were run over by aid trucks": people the trucks hit
_RUN_OVER = "".join(
    rf"(?<!{v} by {d})" for v in ("struck", "hit", "run over", "ran over", "knocked down",
                                  "crushed", "rammed")
    for d in ("", "an ", "a ", "the "))

# row 16 of the table
AID_DELIVERIES: tuple[Row, ...] = (
    # (not "A boy was struck by an aid truck in Rafah and died": the truck that ran people
    # over, no aid brought in)
    # (but "were struck by aid drops": what fell on them, aid let in from the air)
    (AID, _RUN_OVER + r"aid (?:trucks?|convoys?)" + _A_ROUTE + r"|"
          r"aid (?:deliver(?:y|ies)|shipments?|drops?)" + _A_ROUTE + r"|"
          r"trucks? of aid|"
          # "The first fuel delivery since October 7 has crossed from Egypt", "The first
          # fuel in over 130 days entered Gaza on Wednesday", "23,000 litres of fuel
          # arrived": fuel brought in (not "no fuel has entered since March", "fuel ran
          # out", "fuel deliveries were halted": see the irrealis words in the triggers package)
          # (not "Fuel deliveries have been prioritized for hospitals": a policy)
          # (nor "A fuel convoy was turned back before it reached Rafah": kept out; "Before
          # the war, fuel entered Gaza daily": the way it used to come)
          r"fuel (?:delivery|shipment|convoy)(?= (?:(?!\b(?:before|until|turned|blocked|"
          r"stopped|denied|prevented)\b)[^.;]){0,60}?\b(?:entered|crossed|arrived|reached)\b)|"
          r"(?<!no )(?<!no more )(?<!without )(?:(?:litres|liters|gallons|tonnes|tons) of "
          r"(?:[\w-]+ )?)?fuel(?: (?:in|for) (?:over |more than |nearly |almost |about )?"
          r"[\w-]+ (?:days|weeks|months)| since (?:[\w-]+ ){1,3}?)?,? (?:(?:has|have|had) )?"
          r"(?:(?:finally|also|then) )?(?:been )?(?:entered|crossed|arrived|delivered)\b"
          r"(?! (?:(?:[\w-]+ ){0,4}?)(?:daily|every day|each day|regularly|routinely)\b)|"
          # "PRCS received a second convoy of humanitarian aid through the Rafah crossing",
          # "received the first convoy of 20 trucks yesterday": a convoy taken in at its
          # end (not "received a convoy of journalists", "received reports of a convoy")
          r"(?<!not )(?<!never )(?:received|receives|receiving) "
          # ("received today, Sunday, a second convoy")
          r"(?:(?:today|yesterday|this|last|on|morning|evening|afternoon|night|"
          + WEEKDAY + r"),? ){0,3}(?:(?:the|a|an|its|their|"
          r"first|second|third|fourth|fifth|another|new|further|latest|last|\d+) ){0,3}"
          r"convoys? of (?:[\w,-]+ ){0,4}?(?:aid|supplies|trucks|lorries|relief|food|fuel|"
          r"medicines?)\b|"
          # "a convoy of aid reached Gaza City on Sunday", "a convoy of 25 trucks entered
          # through Zikim" (not "a convoy of aid was unable to reach the north", "a convoy of
          # trucks waiting to enter", "the convoy of aid trucks was turned back before it
          # reached the checkpoint")
          # (nor "a convoy of army trucks reached the Netzarim corridor": the troops' own)
          r"convoys? of (?:(?!(?:israeli|military|army|idf|armou?red|troops?)\b)[\w,-]+ ){0,4}?"
          r"(?:aid|supplies|trucks|lorries|relief)"
          r"(?: (?:trucks|lorries|supplies))? (?:(?:has|have|had|finally|also|then|later) )?"
          r"(?:reached|arrived|entered|crossed)\b|"
          # "59 trucks carrying water, food and medicines entered Gaza", "the entry of ten
          # trucks carrying water", "escorting a convoy of trucks carrying aid" (not "a
          # truck carrying aid overturned on civilians", "the trucks carrying flour were on
          # their way": the trucks named, no load going in)
          r"(?:entry|transfer|passage|convoys?) of (?:[\w,-]+ ){0,4}?trucks? carrying|"
          # the going in told of the trucks, not of a later clause ("a truck carrying flour
          # overturned, killing people who had arrived to collect aid") nor denied ("trucks
          # carrying aid are waiting at the Rafah crossing, unable to enter")
          r"trucks? carrying(?=(?:(?!\b(?:who|which|killing|injuring|wounding|unable|not|"
          r"never|cannot|waiting|until|before|after|while)\b)[^.;])*?"
          r"\b(?:enter(?:ed|ing|s)?|cross(?:ed|es|ing)|"
          r"arriv(?:ed|ing|es)|reach(?:ed|ing|es)|deliver(?:ed|ing|s)|unloaded|offloaded|"
          r"distributed|exited|moved ashore|rolled)\b)|"
          r"trucks? (?:were |was )?(?:dispatched|offloaded|unloaded)|"
          # "trucks loaded with flour crossed into Gaza" (not "trucks loaded with flour were
          # turned back", "armed men seized trucks loaded with flour": a load told going in)
          r"trucks? (?:loaded|laden|filled) with (?:[\w-]+ ){0,2}?(?:aid|food|flour|supplies|"
          r"fuel|medicines?|medical|water|humanitarian)\b"
          # (nor "waited at the Rafah crossing": the crossing a place)
          r"(?=[^.;,]*?\b(?:enter(?:ed|ing|s)?|cross(?:ed|es)|arriv(?:ed|ing|es)|"
          r"roll(?:ed|ing|s)|reach(?:ed|ing|es)|deliver(?:ed|ing|s)|unloaded|offloaded|"
          r"distributed)\b)|"
          r"trucks? (?:\w+ ){0,2}(?:enters?|entered|entering|cross(?:es|ed)?|arrive[sd]?)|"
          # "The first fuel tankers were seen entering through the Rafah crossing" (not
          # "tankers were waiting to enter": see the trucks' rules in the triggers package)
          # (nor "Fuel tankers will enter through Kerem Shalom on Sunday": aid to come)
          r"(?:fuel |gas |water |diesel )?tankers (?:(?!(?:will|would|could|can|cannot|may|"
          r"might|must|should|shall|to|not|never|yet)\b)\w+ ){0,2}(?:enters?|entered|entering|"
          r"cross(?:es|ed)?|arrive[sd]?)|"
          # "200 trucks of food, water and medical supplies entered on Friday" (not "trucks
          # of flour were blocked from entering", "trucks of aid waiting to enter")
          r"trucks? of (?:(?!(?:were|was|are|is|be|been|being|to|from|not|never|that|which|"
          r"who|yet|still|due|set|waiting|allowed|unable)\b)[\w'’-]+,? (?:and )?){1,6}?"
          r"(?:(?:have|has|had) )?(?:enters?|entered|entering|crossed|arrived)\b|"
          # "WHO delivered supplies on 9 December", "the forces transferred incubators, baby
          # food and medical supplies to the hospital", "after unloading more than 100
          # tonnes of food": goods handed over (not "delivered to hospitals", "transferred
          # 40 trucks": where to, or no goods named; nor "delivered a grim assessment of
          # the food situation", "militants had transferred weapons and equipment to the
          # hospital": words, or arms)
          r"(?:delivered|delivering|transferred|transferring|unloaded|unloading|offloaded|"
          r"offloading) (?:(?!(?:to|into|from|by|for|at|in|on|with|about|the wounded|patients|"
          r"assessments?|briefings?|speech(?:es)?|statements?|warnings?|reports?|messages?|"
          r"remarks|address|updates?|appeals?|letters?|responses?|blows?|verdicts?|"
          r"presentations?|proposals?|weapons?|arms|ammunition|munitions|explosives|rockets?|"
          r"missiles?|military|hostages?|detainees|prisoners|fighters|militants)\b)"
          r"[\w'’%-]+,? (?:and )?){0,6}?(?:supplies|aid|food|fuel|medicines?|flour|water|"
          r"meals|incubators|(?:medical )?equipment)\b|"
          # "Fuel was delivered to Al-Shifa Hospital", "the aid was being delivered to a
          # U.N. warehouse in Deir al-Balah": goods told handed over where they went (not
          # "supplies were not delivered to", "were supposed to be delivered", "weapons
          # were delivered to"; nor "supplies pre-positioned in Deir al-Balah were
          # delivered to": two places, where they lay and where they went)
          # (nor "None of the aid was delivered to Jabalia"; nor "Heavy military
          # equipment was brought into Rafah": the army's gear; nor "patients and medical
          # equipment were transferred to Nasser Hospital": a ward moved; nor "aid
          # distribution was brought to a halt"; nor "food was delivered to Israeli troops")
          r"(?<!weapons )(?<!arms )(?<!none of the )(?<!none of )(?<!military )(?<!army )"
          r"(?<!engineering )(?<!heavy )(?<!construction )(?<!patients and )(?<!wounded and )"
          r"(?<!injured and )(?<!patients and medical )(?<!wounded and medical )"
          r"(?<!injured and medical )"
          r"(?:supplies|aid|food|fuel|medicines?|flour|water|meals|"
          r"incubators|(?:medical )?equipment) (?:(?!(?:not|never|that|which|who|to|in|at|"
          r"from|patients|wounded|injured|sick|babies|staff)\b)"
          r"[\w'’,-]+ ){0,7}?(?:were|was|have been|has been|had been) (?:(?!not|never)\w+ )?"
          r"(?:delivered|distributed|transferred|brought) (?:in)?to\b"
          r"(?! (?:an? )?(?:halt|standstill|stop|end|close|minimum)\b)"
          r"(?! (?:the )?(?:israeli |idf |occupation )?(?:troops|soldiers|forces|army|hamas|"
          r"fighters|militants|gunmen)\b)|"
          # "6,350 tons of food entered Gaza", "406 trucks filled with aid were inspected and
          # transferred to the Gaza Strip"
          r"(?:tons|tonnes|pallets|truckloads) of (?:[\w-]+ ){0,2}(?:food|aid|supplies|flour) "
          r"(?:has |have |had )?(?:entered|arrived|crossed)|"
          # (not "150 trucks were waiting to be transferred to the Gaza Strip")
          r"trucks? (?:(?!to )[\w-]+ ){0,6}?(?:transferred|delivered) (?:in)?to (?:the )?gaza|"
          # ... or through a gate: "154 trucks were inspected and transferred through Kerem
          # Shalom and Nitzana" (not "trucks waiting to be transferred through the crossing")
          # (nor "trucks carrying weapons were transferred through the tunnel": arms)
          # (nor "Israeli tanks and trucks passed through the streets of Khan Younis",
          # "Trucks carrying displaced families passed through the Netzarim corridor": the
          # army's convoys and people fleeing; a crossing is what aid trucks pass)
          r"(?<!army )(?<!military )(?<!tanks and )"
          r"trucks? (?:(?!(?:to|be|not|never|waiting|due|set|yet|weapons?|arms|ammunition|"
          r"munitions|explosives|rockets?|military)\b)"
          r"[\w-]+ ){0,6}?(?:transferred|passed) through (?:the )?(?:(?:[\w'’-]+ ){0,3}?"
          r"crossings?|kerem shalom|karem abu salem|kissufim|zikim|erez|nitzana|karni|"
          r"gate 96)\b|"
          r"humanitarian (?:aid|supplies|trucks|cargo|assistance) (?:has |have |had )?(?:been )?"
          r"(?:entered|arrived|delivered)|"
          # "WFP distributed more than 9,000 hot meals", "to deliver fuel and supplies"
          r"distributed (?:more than |some |about |over |nearly )?[\d,]+ (?:[\w-]+ ){0,2}"
          r"(?:meals|parcels|kits|tents|blankets|litres|liters|tonnes|tons)|"
          # "GHF said it had distributed food from 16 trucks", "distributed flour to
          # families in Deir al-Balah" (not "food is distributed unevenly": how)
          r"distributed (?:(?:food|aid|flour|meals|bread|water|supplies|rations|parcels|"
          r"food parcels|hygiene kits)(?:,? (?:and )?)?){1,3}(?:from|to|at|in|among)\b|"
          r"(?:visited|reached) (?:[\w'’-]+ ){1,12}to deliver|"
          # "a joint UN mission reached Al-Shifa Hospital", "undertook a joint mission with
          # UNICEF to the north, to Jabalia"
          r"(?<!rescue )(?<!military )(?<!council )(?<!security )"
          r"missions? (?:\w+ )?(?:reached|visited|delivered)|"
          # "WHO and partners have completed 7 missions to North Gaza"
          r"(?:" + "|".join(MISSION_VERBS) + r") (?:a |an |the |"
          r"[\d,]+ |two |three |four |five |six |seven |eight |nine |ten |several )?"
          r"(?:(?:joint|humanitarian|inter-agency|assessment|un) )*missions? "
          # (not "completed a mission to evacuate 14 patients": patients moved out)
          r"(?:(?!to evacuat)[\w-]+ ){0,4}to(?! evacuat)|"
          # "out of the 61 coordinated humanitarian assistance missions to northern Gaza, 28
          # were facilitated by Israeli authorities": missions that went
          r"(?:were|was|had been|have been) facilitated by (?:the )?israeli "
          r"(?:authorities|forces|army|military)"
          # (not "the mission had been facilitated by Israeli authorities but was later
          # impeded at a checkpoint": it never got there)
          r"(?![^.;]{0,40}?\bbut (?:it |they )?(?:was |were |had been |then |later |\w+ly )*"
          r"(?:impeded|denied|blocked|turned back|stopped|halted|cancell?ed|aborted|"
          r"obstructed)\b)|"
          # "An Emergency Medical Team was successfully deployed to Kamal Adwan hospital"
          # (not "Israeli military medical teams were deployed to Rafah"; nor "medical teams
          # deployed in Rafah were forced to relocate": teams described, not sent)
          r"(?<!military )(?<!army )(?<!idf )"
          r"(?:medical|emergency|health|humanitarian|surgical) teams? (?:was |were |has been |"
          r"have been |had been )(?:successfully )?deployed (?:to|in)\b|"
          # "UNICEF has moved 32 trucks into the Gaza Strip from Egypt"
          r"(?:moved|brought|sent|dispatched|delivered) (?:[\d,]+|[a-z-]+) (?:[a-z-]+ )?"
          r"trucks? (?:of (?:[\w-]+ ){1,4})?(?:into|to (?:the )?gaza)|"
          r"air ?drops?|air-?dropp(?:ed|ing)|food parcels|"
          # "large volumes of aid continue to flow into Gaza through the Erez crossing"
          r"(?:aid|supplies|assistance|trucks) (?:continues? to|continued to|began to|"
          r"begins? to|started to|starts? to) flow (?:into|through|in)\b|"
          r"(?:aid|supplies|assistance|trucks) (?:is|are|was|were) (?:now |again )?"
          r"flowing (?:into|through|in)\b|"
          # "aid continue to enter Gaza through the Erez crossing", "supplies entered the Gaza
          # Strip on Saturday from Egypt": aid that went into the Strip, by the way it came
          # (not "allowing aid to enter at scale": what is asked for; not "commercial goods
          # entered Gaza", no aid; not "very little aid entered Gaza in April", "none of the
          # aid entered through Erez", "before the war, aid entered Gaza", "aid had entered
          # Gaza through Rafah until the crossing was seized": a lack, or a time gone by)
          r"(?<!little )(?<!less )(?<!of the )(?<!before the war, )(?<!before the war )"
          r"(?:aid|supplies|assistance)(?: (?:has|have))? "
          r"(?:(?:continues?|continued|began|begins?|started|starts?) to (?:enter|flow)|"
          r"entered|flowed) (?:(?:(?:in)?to )?(?:the )?gaza|through|via)\b"
          # (not "aid entered Gaza through Kerem Shalom at a rate of 500 trucks a day", "aid
          # has entered Gaza only sporadically since the crossings closed", "aid entered
          # through Kerem Shalom before Israel closed it": a rate over a span of days, or
          # a time gone by, no delivery of the day)
          r"(?![^.;]{0,80}?\b(?:until|at a rate of|on average|(?:a|per|each|every) "
          r"(?:day|week|month)|daily|sporadically|(?<!first time )since|last (?:year|month)|"
          r"before (?:[\w-]+ ){1,3}(?:closed|shut|sealed|seized|took|captured))\b)|"
          r"food distributions?(?! (?:centres?|centers?|"
          r"sites?|points?|hubs?|areas?|locations?))|"
          # "shelter bedding kits are being distributed to some 400 families"
          r"(?:kits?|parcels?|food|supplies|aid|items?|meals?|water|tents?|blankets?|"
          r"vouchers?|flour|rations?|packages?|assistance|tarpaulins?|mattresses|clothe?s|"
          r"clothing|medicines?|fuel|cash|bread|baskets?|supplements?|biscuits)"
          r"(?: (?:that|which) [\w-]+)?(?: (?:have|has|had))? "
          r"(?:are|were|was|is|being|been) (?:being )?distributed", 0.8),
)

# row 24 of the table
CROSSINGS: tuple[Row, ...] = (
    (CROSSING, r"(?:closures?|reopening) of (?:the )?(?:[\w'’-]+ ){0,5}crossings?|"
               # "the Rafah crossing ... was hit for a third time in 24 hours and closed": shut
               # by the strikes it took, the crossing hit told before (see the triggers package; not
               # "a house was hit and closed the road", "and closed Rafah Crossing": what
               # was closed, told after it)
               r"and (?:then |later )?closed(?=[,.;]| (?:for|to|on|after|since|in|until|"
               r"again|completely|indefinitely)\b)|"
               # "the entry of humanitarian aid was halted on 2 March": the crossings shut to aid
               # ("the entry of all humanitarian and commercial supplies into Gaza has been
               # halted")
               + _ENTRY_OF + r"(?:aid|supplies|assistance|goods|cargo)"
               r"(?: (?:in)?to (?:the )?gaza(?: strip)?)? (?:was|were|"
               r"has been|have been|had been|is) (?:halted|stopped|blocked|suspended|cut off)|"
               # "Israeli authorities have halted the entry of all lifesaving supplies",
               # "Israel blocks the entry of all humanitarian aid" (not "preventing the entry
               # of aid", what closed crossings do, nor "calls on ... to ban the entry of
               # refugees")
               r"(?:halt(?:s|ed|ing)?|block(?:s|ed)?|stop(?:s|ped)|cut(?:s|ting)? off) "
               r"(?:the )?" + _ENTRY_OF + r"(?:aid|supplies|assistance|goods|cargo|food)\b"
               + _INTO_THE_STRIP + "|"
               # "the Israeli authorities allowed the UN to temporarily resume delivery of
               # limited aid into Gaza": aid let in again
               r"allow(?:s|ed)? (?:[\w-]+ ){1,4}?to (?:\w+ly )?resume (?:the )?"
               r"(?:deliver(?:y|ies)|entry) of (?:[\w-]+ ){0,3}?(?:aid|supplies|assistance)\b"
               + _INTO_THE_STRIP + "|"
               # "Israel authorizes the temporary use of its Kerem Shalom border crossing"
               r"authori[sz](?:es|ed|ing|e) (?:the )?(?:temporary |limited )?(?:use|opening|"
               r"reopening) of (?:the |its )?(?:[\w'’-]+ ){0,4}crossings?|"
               # "Israel has opened a humanitarian corridor along the main road"
               r"(?:re-?)?opened (?:a |the )?(?:humanitarian )?[\"“]?corridor|"
               # "opened an additional route southwards along Salah al-Din Road", "opened Salah
               # ad-Din Road southwards for 48 hours": a road opened for people to pass, as a
               # corridor is (not "opened fire on the road")
               # (a route for people to take, told by where it leads or what it is for: not
               # "bulldozers opened a road through agricultural land", "crews opened a passage
               # through the rubble", "opened a new road along the Philadelphi corridor": a
               # road built or cleared)
               r"(?:re-?)?opened (?:an? |the )?(?:additional |second |new |alternative |"
               r"temporary |another )?(?:(?:route|road|passage)s? (?=(?:[\w'’-]+ ){0,1}?"
               r"(?:south|north)(?:wards?)? )|"
               r"(?:evacuation|safe|humanitarian) (?:route|passage)s? )"
               r"(?:[\w'’-]+ ){0,2}?(?:along|via|through)\b|"
               # (not "the municipality reopened al-Jalaa Street to traffic after removing
               # rubble": a street cleared for cars)
               r"(?:re-?)?opened (?:the )?(?!fire\b)(?:[\w'’-]+ ){1,3}(?:road|street|highway)s? "
               r"(?=(?:[\w'’-]+ ){0,1}?(?:southwards?|northwards?|for (?:\d+|twenty-four|"
               r"forty-eight|two|three) (?:hours|days)|for (?:movement|travel|passage)|"
               r"to (?:movement|travel)))|"
               # "retaliated by closing the Kerem Shalom crossing": what was done, told by
               # how (not "is considering closing the crossing": a plan)
               r"(?<=\bby )(?:closing|shutting) (?:the )?(?:[\w'’-]+ ){0,4}?"
               r"(?:border )?crossings?\b|"
               # (not "the closed Rafah crossing is among the few...": what it is)
               r"(?<!the )(?<!a )(?<!its )(?<!their )(?<!newly )(?<!recently )"
               r"(?:re-?)?(?:opens|opened|reopens?|closes|closed|shuts|shut)"
               r" (?:the )?(?:(?!route |road |roads |street |way )[\w'’/-]+ ){0,5}"
               r"(?:border )?crossings?|"
               # ("the Erez crossing into Gaza on its northern border with Israel opened")
               r"crossings? (?:(?:between|with|from|into|on|along) (?:(?!remain|stay)[\w'’-]+ )"
               r"{1,3}){0,3}"
               # ("the Rafah crossing into Egypt has opened": told of the crossing itself)
               r"(?:was |were |"
               r"has been |have been |had been |has |have |had )?"
               # "the crossing had been completely closed"
               r"(?:(?:completely|fully|totally|entirely|partially|again|now) )?"
               r"(?:(?:re-?)?opened|closed|shut)"
               # (not "has been completely closed for months", "had been fully closed since
               # May": a state long in force, told as background)
               r"(?! for (?:(?:several|many|nearly|almost|over|more than|the past|the last) )?"
               r"(?:[\w-]+ )?(?:weeks|months|years)\b| since (?:(?:early|late|mid) )?"
               + MONTHS + r"\b(?! \d)| since (?:19|20)\d\d\b)|"
               # a state, unless counted in days: "remain closed for the third consecutive day"
               # or from a day of the week just past: "The Kerem Shalom crossing has remained
               # shut since Sunday" (not "has remained closed since May 2024", "since 2 March":
               # a closure long before, told as background)
               r"crossings? (?:has |have |had )?remain(?:s|ed)? (?:closed|shut)(?= (?:[\w-]+ )"
               r"{0,3}for the (?:second|third|fourth|fifth) consecutive day| since (?:last )?"
               r"(?:yesterday|" + WEEKDAY + r")\b)|"
               r"land routes? of (?:[\w'’-]+ ){1,4}(?:was |were |has been |have been |"
               r"had been )(?:(?:re-?)?opened|closed|shut)",
     0.8),
)


# The dead told as aid seekers: "citizens waiting for aid", "on the approaches to
# distribution points", "victims of the aid lines"
# ("killed ... while waiting for trucks", "as crowds gathered around an aid convoy": people
# at the aid that came, not "an aid convoy waited at the crossing", no crowd)
AID_SOUGHT = re.compile(r"\b(?:(?:seeking|wait(?:ing|ed)\s+for|collecting|"
                        r"queu(?:e)?(?:ing|d)\s+for)\s+"
                        r"(?:humanitarian\s+|food\s+)?(?:aid|food)|aid[\s-]+seekers?|"
                        r"wait(?:ing|ed)\s+for\s+(?:the\s+)?(?:aid\s+|food\s+|flour\s+|"
                        r"humanitarian\s+|"
                        r"relief\s+|un\s+)?(?:trucks|lorries|convoys?|deliveries|distributions?)|"
                        # (and "killed as they crowded around aid trucks": the dead themselves)
                        r"(?:crowds?|people|thousands|hundreds|they)\s+(?:had\s+|have\s+|were\s+)?"
                        r"(?:gathered|gathering|crowded|crowding|massed|massing|surged|surging)\s+"
                        r"(?:around|near|at|by|toward|towards)\s+(?:an?\s+|the\s+)?"
                        r"(?:[\w-]+\s+)?(?:aid|food|flour|humanitarian|relief)\s+"
                        r"(?:convoys?|trucks?|lorries)|"
                        r"aid\s+(?:lines?|queues?)|(?:(?:aid|food)\s+(?:distribution\s+)?|"
                        r"distribution\s+)(?:sites?|points?|centres?|centers?|hubs?))\b", re.I)
