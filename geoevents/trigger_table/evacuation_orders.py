"""Evacuation orders: the army telling people of an area to leave.

An order is told by who gives it, to whom and where it sends them; a warning to one
building is part of its strike, an order of before or one told by those who give no
evacuation orders is no order of the day.
"""

from __future__ import annotations

from geoevents.trigger_table.event_types import EVACUATION, Row

_PEOPLE = (r"(?:residents|people|civilians|families|palestinians|inhabitants|everyone|"
           r"population|those|displaced)\b")
# how soon an order says to leave, or for how long: "to immediately evacuate", "to
# temporarily evacuate" (an order however long it is said to last)
_AT_ONCE = r"(?:immediately |urgently |temporarily )?"
# a word of the folded text, a decimal point kept in it ("some 1.1 million people")
_FOLDED_WORD = r"(?:[\w'’,-]|(?<=\d)\.(?=\d))+"
# where an order sends people: "to move south", "to head westward", "to relocate to the
# humanitarian area"
_MOVE_AWAY = (r"(?:move|relocate|head|go) +(?:immediately +)?(?:(?:south|north|east|west)"
              r"(?:wards?)?\b|to +the +humanitarian +(?:areas?|zones?)\b)"
              # (not "urged displaced Palestinians to head north on Monday morning after Israel
              # opened the Netzarim corridor", "to go north, returning to their homes": a way
              # home; nor "urged residents of Rafah to move west if the fighting reached them":
              # advice for a day that may come)
              r"(?![^.;]{0,80}?\b(?:return\w*|go(?:ing)? +back|allowed|permitted|if|unless|"
              r"(?:opened|reopened) +(?:the +)?(?:[\w'’-]+ +){0,2}?(?:corridor|crossing|road|"
              r"route))\b)")
# Between "were told" and "to leave": an order of before ("were told months ago to move
# south", "were told last year to leave"), or one told by those who give no evacuation
# orders ("were asked by the municipality to leave the streets", "by the Red Crescent to
# evacuate the hospital grounds")
_TOLD_BEFORE_OR_BY_OTHERS = (r"ago\b|earlier\b|previously\b|last\b|already\b|by +(?:the +|its +)?"
                             r"(?:hamas|municipal\w*|red +(?:crescent|cross)|un\b|unrwa|who\b|"
                             r"aid\b|civil\b|ministry|interior|health|hospital|school|staff|"
                             r"doctors|medics|local|authorities|officials|police)")
# Between the people told and "to evacuate": no negation and no clause of their own ("told
# residents ... not to leave", "told families ... that patients were too weak to leave",
# "warned residents ... could be forced to leave", "asked residents ... whether they planned
# to leave")
_NO_CLAUSE = (r"(?!(?:not|never|that|who|which|were|was|is|are|had|have|has|would|could|"
              r"might|may|be|been|being|too|whether|if)\b)")
# "leaflets ... warned that the north remained “a war zone”": what an area still is, told
# as a warning (not "... warned that the area is a combat zone and must be evacuated")
_STILL_A_WAR_ZONE = (r"(?![^.;]{0,60}?\b(?:warn\w*|said|saying|stat\w*) (?:that )?"
                     r"(?:[\w'’-]+ ){0,4}?(?:remain\w*|(?:is|was|are|were) still) \"?(?:an? )?\"?"
                     r"(?:dangerous )?(?:war|combat|battle|fighting) zones?\b(?![^.;]{0,60}?\b"
                     r"(?:evacuat\w*|leave|move|relocat\w*)\b))")

# row 13 of the table
EVACUATION_ORDERS: tuple[Row, ...] = (
    # ("struck a building after issuing an evacuation warning": a warning to one building,
    # part of the strike; but "pushed into Rafah after issuing an evacuation order for
    # 100,000 people" tells the order for an area)
    (EVACUATION, r"(?:(?<!after issuing an )(?<!after giving an )(?<!after sending an )"
                 r"(?<!after issuing )|(?=\w+ \w+ (?:for|covering|affecting) (?!(?:the |its |a |"
                 r"that )?(?:building|house|home|tower)s?\b)))"
                 r"(?:evacuation|displacement) (?:orders?|warnings?|notices?|calls?|directives?|"
                 r"instructions?)|"
                 # "left on foot ... after what the hospital's director said was an order to
                 # leave within one hour": an order told by what it ordered (not "an order to
                 # leave the area alone", "a court order to leave": see what follows)
                 r"(?<!court )(?<!court's )(?:an|the|their|its) orders? to leave\b"
                 r"(?! (?:\w+ ){0,2}alone\b)|"
                 # "its orders to empty Tel al-Hawa and al-Sabra", "ordered residents to vacate
                 # the eastern neighbourhoods": an order told by the emptying of an area (not
                 # "a court order to vacate the flat"; nor "ordered to empty their pockets",
                 # "ordered the crew to empty the truck": a body or a load, no area)
                 # (nor "ordered its troops to vacate the Netzarim corridor", "instructed
                 # soldiers to vacate their positions": a withdrawal; nor "instructed hospitals
                 # to empty their stores of medicines": stocks, no people)
                 r"(?<!court )(?<!court's )(?:(?:an|the|their|its|new|fresh) orders?|ordered|"
                 r"(?<!following )(?<!after )(?<!under )orders|ordering|instructed) "
                 r"(?!(?:(?!to\b)[\w'’,-]+ ){0,6}?(?:troops|soldiers|forces|units|army|"
                 r"battalions?|brigades?)\b)"
                 r"(?:(?!to\b)[\w'’,-]+ ){0,6}?to (?:immediately )?(?:empty|vacate)\b"
                 r"(?! (?:(?:their|his|her|its|the|a|an) )?(?:[\w-]+ )?(?:pockets?|bags?|"
                 r"trucks?|vehicles?|cars?|boxes|containers?|tanks?|flats?|apartments?|"
                 r"offices?|rooms?|cells?|positions?|posts?|stores|stocks?|warehouses?|"
                 r"shelves|beds)\b)|"
                 # "the Israeli military issued an order covering almost all of Rafah"
                 r"issued (?:an |a new |new )?orders? covering|"
                 # "orders were issued for Beit Hanoun and Khuza'a, followed on 20 March by
                 # further orders for Beit Lahia": the orders of a report on evacuations,
                 # told without the word (only before a place: see triggers)
                 # (not "detention orders" or "demolition orders were issued for ...")
                 r"(?<!arrest )(?<!gag )(?<!detention )(?<!demolition )"
                 r"orders (?:were |was |have been |had been )?issued for|"
                 r"(?:further|new|fresh) orders for|"
                 # "new directives issued by Israeli authorities on Saturday and Sunday"
                 r"directives? (?:were |was |had been )?issued by (?:the )?israel\w*|"
                 # "Israel's instruction for people to leave Gaza City"
                 r"instructions? for (?:people|residents|civilians|everyone|families) to "
                 r"(?:leave|evacuate|move|relocate)|"
                 # "The directive affects people located in parts of eastern Khan Younis"
                 r"(?:the|this|that) (?:directive|new directive|evacuation order|displacement "
                 r"order)s? "
                 r"(?:affects?|affected|covers?|covered|applies to|includes?)|"
                 # "The order, issued yesterday morning, covered Bani Suheila, al-Qarara,
                 # Abasan and Khuza'a": the order told before, by the areas it names (not
                 # "the order of the court covered costs": the order's own words first; nor
                 # "The new orders cover about three square kilometres": the size of an order
                 # told before)
                 r"(?:the|this|that|the new|the latest) orders?,? (?:issued [^,.;]{1,40}?,? )?"
                 r"(?:affects?|affected|covers?|covered|applies to|applied to|included|"
                 r"includes?) (?!(?:the )?(?:costs?|fees?|expenses|payments?|period|salar)\w*)"
                 r"(?!(?:an area of |an estimated |about |some |around |nearly |almost |over |"
                 r"more than |roughly |approximately )*[\d.,]+ |(?:[\w.,-]+ ){1,5}?"
                 r"(?:square|sq\.?) (?:kilomet|km|mile)|an area\b)|"
                 # ("orders" the verb: not "following orders from Israeli forces to move")
                 # ("released leaflets ordering all Palestinians to leave Gaza city": the
                 # order told by what it ordered; not "since 1 December, when the military
                 # started ordering specific areas to evacuate": a practice begun, no order)
                 r"(?:ordered|(?<!started )(?<!began )(?<!begun )(?<!start )(?<!begin )"
                 r"(?<!continued )(?<!keeps )(?<!kept )ordering|"
                 r"instructed|instructs|(?<!following )(?<!after )(?<!the )"
                 r"(?<!under )(?<!new )(?<!its )(?<!their )orders|"
                 r"(?:israel|army|military|idf|forces|authorities|troops|soldiers) (?:\w+ )?"
                 r"(?:tells|told)) "
                 # (the text is folded: "ordered some 1.1 million people – nearly half of
                 # Gaza's population – to evacuate" has a run of spaces for each dash; not
                 # "ordered the military to draw up plans to evacuate civilians": a plan, but
                 # "ordered tens of thousands of people, in line with its plans, to evacuate")
                 r"(?:(?!(?:draw|drew|drawn|prepare|present|devise|submit|develop|formulate|"
                 r"produce|come +up +with|make) +(?:up +)?(?:[\w'’-]+ +){0,3}?"
                 r"(?:plans?|proposals?)\b|to +plan +(?:to|for)\b)"
                 + _FOLDED_WORD + r" +){0,14}to " +
                 _AT_ONCE + r"(?:evacuate|leave|move|relocate)|"
                 # "advised people to leave" (not "advised staff", "advised patients": advice
                 # to a workforce or to the sick, not an order to the population)
                 r"advised (?:the )?" + _PEOPLE + r" (?:" + _FOLDED_WORD + r" ){0,12}?to " +
                 _AT_ONCE + r"(?:evacuate|leave|move|relocate)|"
                 # "residents ... were ordered on Saturday to head south", "ordered residents
                 # to head south" (not a division, a convoy or drivers told to head south)
                 r"(?:ordered|instructed|orders|told) (?:[\w'’,-]+ ){0,6}?" + _PEOPLE +
                 r"(?: [\w'’,-]+){0,8}? to head (?:to the )?(?:south|north|east|west)|"
                 # "told people living in blocks 105 to 107 and 112 to 114, which cover Bani
                 # Suheila, Abasan and Khuza'a, to head toward shelters in Rafah": a map's
                 # blocks told before where to go (not "told people to head to the aid site")
                 # (nor "told reporters that people in Rafah had begun to head toward
                 # shelters", "told residents, who had been trying to head toward shelters,
                 # to stay": another's going, told; nor "Residents said nobody told people
                 # ...", "following orders from the army, families began to head ...")
                 r"(?<!nobody )(?<!no one )(?:ordered|instructed|(?<!following )(?<!after )"
                 r"(?<!the )(?<!under )(?<!new )(?<!its )(?<!their )orders|told) "
                 r"(?:(?!that\b)[\w'’,-]+ ){0,6}?" + _PEOPLE +
                 r"(?: +(?!(?:not|never|that|were|was|is|are|would|could|might|may|too|whether|"
                 r"if|began|begun|begin|start(?:ed|ing)?|try|trying|tried|wants?|wanted|"
                 r"plan(?:s|ned)?|hop(?:e|ed|ing)|(?:un)?able|attempt(?:ed|ing)?|decided|refused|"
                 r"chose|managed|continued|free|safe|forced|prepar(?:ed|ing)|waiting|afraid|"
                 r"struggl(?:ed|ing)|rushed)\b)[\w'’,-]+){0,20}? +to (?:immediately )?head "
                 r"(?:(?:south|north|east|west)\w* )?(?:to|toward|towards|for) (?:the )?"
                 r"(?:[\w'’-]+ ){0,2}?(?:shelters?|humanitarian (?:areas?|zones?)|coast(?:al)?)\b"
                 # (not "to head toward the coast to collect water", "toward the shelters for
                 # blankets": an errand; nor "to head for shelters as rain flooded tents":
                 # shelter from the weather)
                 r"(?![^.;]{0,60}?\b(?:to (?:collect|fetch|get|receive|buy|find|fill|queue)|"
                 r"for (?:blankets|food|water|bread|flour|meals|tents|mattresses|supplies|aid|"
                 r"registration|vaccinations?)|(?:as|when|if|during|amid) (?:[\w'’-]+ ){0,2}?"
                 r"(?:rain|rains|storms?|floods?|flooding|winds?|cold|sirens?))\b)|"
                 + _PEOPLE + r" (?:(?!who )[\w'’,-]+ ){0,6}?(?:were|was|are|have been|had been) "
                 r"(?:\w+ )?(?:ordered|told|instructed) (?:[\w'’,-]+ ){0,4}?to head (?:to the )?"
                 r"(?:south|north|east|west)|"
                 # "told almost half the population of Gaza – over one million people – to
                 # evacuate", "warned residents of the Nuseirat, Al-Zahraa, and Al-Mughraqa
                 # areas to evacuate", "demanded Palestinians evacuate an area"
                 # (and a leaflet that "asked “residents of the Bureij camp ... to leave")
                 # (and a long list of places: "told residents of Beit Hanoun, Khuza'a, Abasan
                 # al-Kabira and Abasan al-Jadida, as well as eastern Khan Younis, to leave")
                 r"(?:told|tells|warned|warns|warning|urged|urges|urging|asked|asks|asking) "
                 r"(?:(?!to |that )[\w'’-]+ ){0,3}?[“\"]?" + _PEOPLE +
                 # (the text is folded: a dash is a space)
                 # (not "told residents of Gaza City ... to ignore the leaflets and refuse to
                 # leave", "asked families ... about their plans to leave": no order to go)
                 r" +(?:" + _NO_CLAUSE + r"(?!(?:ignor\w*|refus\w*|plans?|planning|afraid|"
                 r"unable|reluctant|wants?|wanted|wish\w*|decid\w*|decision|chose|choose)\b)"
                 + _FOLDED_WORD + r" +){0,24}?to " +
                 _AT_ONCE + r"(?:evacuate|leave)\b|"
                 # "urged residents of Beit Lahia to move south" (a direction: not "urged
                 # people to move carefully", "to move their wounded")
                 r"(?:told|tells|warned|warns|urged|urges|urging) (?:(?!to |that )[\w'’-]+ )"
                 r"{0,3}?" + _PEOPLE + r" +(?:" + _NO_CLAUSE +
                 _FOLDED_WORD + r" +){0,16}?to " + _AT_ONCE + _MOVE_AWAY + "|"
                 # "Residents of northern Gaza are urged, for their safety, to move south of
                 # Wadi Gaza", "families in Bani Suheila were told to leave": the order told of
                 # those it was given to (not "residents were urged not to leave", "people
                 # were told that they could leave"; nor "residents had been told for days to
                 # move south": an order of before; nor "families from Jabalia were told to
                 # leave the school", "people in Khan Younis said they were told to leave
                 # Rafah": where they came from, another's word)
                 + _PEOPLE + r" +(?:(?!(?:who|which|from|said|say|says|they)\b)[\w'’,-]+ +)"
                 r"{0,6}?(?:are|were|was|is|have "
                 r"been|has been) +(?:again |repeatedly |also |now |being )?(?:urged|"
                 r"told|warned|asked|instructed),? +(?:(?!not\b|never\b|to\b|that\b|" +
                 _TOLD_BEFORE_OR_BY_OTHERS + r")[\w'’,-]+ +){0,5}?to " + _AT_ONCE +
                 r"(?:evacuate\b|leave\b|" + _MOVE_AWAY +
                 r")|"
                 r"demand(?:ed|s|ing) (?:that )?(?:(?!to )[\w'’-]+ ){0,3}?" + _PEOPLE +
                 r" +(?:" + _NO_CLAUSE + _FOLDED_WORD + r" +){0,16}?(?:to )?" +
                 _AT_ONCE + r"(?:evacuate|leave)\b|"
                 # "demanding that they go immediately to the shelters west of Gaza City"
                 # (not "demanded that residents not leave": no negation between)
                 # (and a quoted order: "demanding that they “go immediately to the shelters")
                 r"demand(?:ed|ing|s)? that (?:they|residents|people|civilians|families) "
                 r"\"?(?:" + _NO_CLAUSE + r"\w+ ){0,2}?(?:go|move|evacuate|leave|relocate|head)\b|"
                 # (not "called on residents not to temporarily evacuate", "called on residents
                 # to temporarily move away from buildings damaged by strikes": a plea to stay,
                 # safety advice)
                 r"call(?:ed|s)? on (?:[\w'’,-]+ ){0,6}(?<!\bnot )to " +
                 _AT_ONCE + r"(?:evacuate|leave|move|relocate)"
                 r"(?! away from (?:the )?(?:damaged |unstable )?(?:buildings|structures|houses|"
                 r"walls)\b)|"
                 # (and "called on residents of eastern Rafah ... to temporarily evacuate": an
                 # order however long it is said to last)
                 # "called on residents of Jabalia, Beit Lahia, ... and Al-Nuzha to leave", "called
                 # “on some neighborhoods in eastern Rafah ... to “head to the humanitarian area"
                 # (not "called on Israel to let people move": the first "to" ends the gap)
                 r"call(?:ed|s|ing)? \"?on (?:(?:all|some|the) )?(?:" + _PEOPLE[3:-3] +
                 r"|neighbou?rhoods?|areas?|blocks?) (?:" + _NO_CLAUSE +
                 r"(?!to\b)[\w'’,.…\"-]+ +){0,40}?(?<!\bnot )to \"?" +
                 _AT_ONCE + r"(?:evacuate|leave|move|relocate|head)\b"
                 # (not "called on residents of Jabalia ... to move their wounded to Kamal
                 # Adwan Hospital", "called on families in Rafah ... to move away from
                 # buildings damaged by strikes": what to carry, or safety advice)
                 r"(?! (?:their|the|his|her|its) (?:wounded|injured|sick|patients|dead|bodies|"
                 r"belongings|cars|vehicles|goods)\b| away from (?:the )?(?:damaged |"
                 r"unstable )?(?:buildings|structures|houses|walls)\b)|"
                 # "Gazans were told to leave parts of Rafah's Shabura refugee camp" (not a
                 # witness's "we were told to leave our homes": one family's flight, told; nor
                 # "fleeing ... after being told to leave": the reason for a flight; nor
                 # "in October they had been told to leave Jabalia": an order long before;
                 # nor "residents said they were told to leave Rafah weeks ago": a witness's
                 # words again; nor "he was told to leave his job": one man's affair; nor
                 # "the UN said its staff were told to leave Rafah": aid workers withdrawn)
                 r"told to evacuate|(?<!we )(?<!i )(?<!said they )(?<!say they )"
                 r"(?<!says they )(?<!he )(?<!she )(?<!staff )(?<!workers )(?<!journalists )"
                 r"(?:were|was|are|is|(?<!having )(?<!had )been) "
                 r"(?:\w+ )?told to " +
                 _AT_ONCE + r"leave\b"
                 r"(?! (?:his|her|my|our|their) (?:jobs?|posts?|positions?|work|offices?|"
                 r"studies)\b)|orders? to evacuate|"
                 # "dropped leaflets over Tel al-Sultan ordering residents to leave" (not
                 # "leaflets dropped by the army warned that the north remained a war zone": a
                 # warning against going back to an area, told of its state)
                 r"(?:(?:dropped|dropping|air-?dropped) (?:[\w-]+ ){0,2}leaflets|"
                 r"leaflets (?:were |was |had been )?dropped)" + _STILL_A_WAR_ZONE + "|"
                 r"evacuation zones? (?:announced|declared|issued|designated|expanded)|"
                 # "Israel's order for people to leave Gaza City"
                 r"orders? for (?:[\w'’-]+ ){1,4}to (?:evacuate|leave|move|relocate)|"
                 r"order(?:s|ed)? (?:the |an |a )?(?:\w+ )?evacuations?\b|"
                 # "the army also demanded the evacuation of some neighbourhoods in Rafah"
                 # (not "called for the medical evacuation of critically ill patients", "of 22
                 # patients", "of its staff": people taken out for care or by their own side)
                 r"(?:demand|demanded|demanding|demands|call(?:s|ed)? for|calling for) (?:the )?"
                 r"(?:(?!medical )\w+ )?evacuation of (?!(?:(?:the|its|their|[\d,]+|critically|"
                 r"seriously|severely|chronically|gravely|premature) )*(?:wounded|injured|sick|"
                 r"ill|patients|bodies|dead|casualties|children|babies|infants|newborns|staff|"
                 r"nationals|foreign|dual)\b)|"
                 # "ordered the neighbourhoods of An Nassar, ..., Tel Al Hawa to evacuate"
                 r"ordered (?:the )?(?:residents|people|population|inhabitants|"
                 r"neighbou?rhoods?|areas?|blocks?) (?:of|in)\b"
                 r"(?=[^.;]{0,250}?\b(?:evacuat|leave|move|relocat|flee))|"
                 r"(?:declared|designated|expanded|new) "
                 r"(?:an? )?evacuation zones?|"
                 # "the Israeli military has told the United Nations that everyone living north
                 # of Wadi Gaza should relocate to southern Gaza in the next 24 hours": the
                 # order told by its content (not "told reporters that residents should stay",
                 # "told the UN that aid should reach the north": no one sent away)
                 r"(?:told|informed|notified) (?:[\w'’-]+ ){0,4}?that (?:all |the )?"
                 + _PEOPLE + r"(?: (?!(?:not|never)\b)" + _FOLDED_WORD + r"){0,7}? "
                 r"(?:should|must|had to|have to|were to|would have to|needed to) " + _AT_ONCE
                 + r"(?:relocate|evacuate|leave|move|head) (?!back\b)|"
                 # "the IDF early Monday morning began the evacuation of Gazan civilians from
                 # eastern Rafah" (not "began the medical evacuation of patients": see the
                 # flight rows)
                 r"(?:began|begun|started|launched) (?:the |an? )?evacuation of (?:[\w'’-]+ ){0,2}?"
                 r"(?:civilians|residents|people|families|palestinians|gazans|inhabitants|"
                 r"population) from\b", 0.9),
)
