"""Agreements made and hostages or prisoners released.

A ceasefire or a deal counts once it is reached or comes into effect, not while it is
asked for; a release once people are freed, handed over or their bodies returned.
"""

from __future__ import annotations

from geoevents.trigger_table.event_types import AGREEMENT, RELEASE, Row
from geoevents.trigger_table.words import MONTHS

# rows 25-26 of the table
AGREEMENTS_AND_RELEASES: tuple[Row, ...] = (
    # "The ceasefire and prisoner exchange deal with Hamas comes into effect" (not "NRC calls
    # on all parties to agree to an immediate ceasefire", "has yet to agree to a truce": an
    # agreement asked for, not reached; but "Hamas decided to agree to the proposal", "the
    # two sides went on to agree to a truce": one made)
    (AGREEMENT, r"(?:agreed|(?:(?<!\bto )|(?<=\bdecided to )|(?<=\bmanaged to )|"
                r"(?<=\bable to )|(?<=\bwent on to )|(?<=\bcame to )|(?<=\bchose to )|"
                r"(?<=\bvoted to )|(?<=\bmoved to ))agree|agrees) (?:to|on) (?:an? |the )?"
                r"(?:[\w-]+ ){0,3}"
                r"(?:cease-?fire|truce|pause|deal)|"
                r"(?:cease-?fire|truce|pause|deal|agreement)(?: [\w-]+){0,6} (?:was|were|has been|"
                r"had been) agreed|"
                r"(?:cease-?fire|truce|pause|deal|agreement)(?: [\w-]+){0,8} "
                r"(?:comes?|came|went|goes|entered|enters|took|takes|taken) "
                r"(?:into )?(?:effect|force)|"
                # "The truce between Israel and Hamas formally began at 7am local time", "The
                # ceasefire is now in effect": a truce told taking hold (not "the ceasefire that
                # began on 19 January ended", "talks began on a truce", "since the truce
                # began": a deal named by its start, talks, or a time span; nor "the
                # ceasefire was in effect when the strike hit": the time of another event)
                r"(?:cease-?fire|truce|pause)(?: (?!that\b|which\b|talks\b|"
                r"negotiations\b)[\w-]+){0,6} (?:(?:formally|officially|finally|now) )?"
                r"(?:began|begins|started|starts|took hold|takes hold)(?! to\b)|"
                r"(?:cease-?fire|truce|pause)(?: (?!that\b|which\b)[\w-]+){0,6} "
                r"(?:is|was) now (?:officially |formally )?in (?:effect|force)|"
                # "the initial four-day pause has been extended for an additional 48 hours",
                # "Israel and Hamas extended the truce by two days": a deal made again for
                # longer (not "called for the truce to be extended", "hopes the pause will
                # be extended", "refused to extend the ceasefire": one asked for or denied)
                r"(?:cease-?fire|truce|pause)(?: (?!that\b|which\b|to\b)[\w-]+){0,6} "
                r"(?:has been|have been|had been|was|were) (?:\w+ly )?extended\b|"
                r"(?<!to )(?<!not )(?<!never )extended (?:the |their |its )?(?:[\w-]+ ){0,2}"
                r"(?:cease-?fire|truce|pause)\b|"
                # "The humanitarian pause that began at 07:00 on 24 November has largely
                # held": a truce's start told with its time, as it holds (not "has not held",
                # "has never held": a truce that fails; nor "had held until Friday, when
                # fighting resumed": one that ended)
                r"(?:cease-?fire|truce|pause) (?:that|which) (?:began|started|"
                r"took effect|came into (?:effect|force)) (?:at|on) [^.;()]{0,40}?,? "
                r"(?:has|had) (?:(?!(?:not|never|barely|hardly|scarcely|only)\b)\w+ )?held"
                r"(?! (?:until|till|up to|for only|only)\b)",
     0.8),
    # ("24 hostages held in Gaza (13 Israelis, 10 Thai nationals and one Filipino) were
    # released": who they are told in brackets)
    (RELEASE, r"(?:hostages?|captives?|detainees|prisoners)(?: [\w-]+){0,3}(?: \([^()]{1,80}\))? "
              r"(?:were |was |have been |had been )?(?:released|freed|handed over|"
              r"transferred (?:out|from|to))|"
              # "four captives, Noa Argamani, Almog Meir Jan, Andrey Kozlov and Shlomo Ziv,
              # were rescued alive", "where hostage Farhan al-Qadi was rescued on Tuesday"
              # (not "hostages' families said 12 people were rescued from the rubble": the
              # rescued told by a clause of their own; nor "hostages could be rescued")
              # (nor "Amid hostage talks in Cairo, five people were rescued from under the
              # rubble", "Hostage families protested as a girl was rescued": the hostages a
              # word for other things, the rescued told in a clause after it)
              r"(?:hostages?|captives?)(?! (?:talks|deal|deals|negotiations?|famil(?:y|ies)|"
              r"relatives|forum|videos?|crisis|file|agreement|exchange|swap|issue|square|"
              r"protests?|rall(?:y|ies)|situation)\b)"
              r"(?:,? (?!(?:said|says|told|who|that|which|whose|but|"
              r"while|when|from|could|would|should|might|must|can|will|may|to|as|after|"
              r"before|since|because|though|although|until|once|amid|amidst)\b)"
              r"[\w'’-]+){0,10}?,? (?:were|was|had been|has been|have been) (?:\w+ly )?"
              r"rescued\b|"
              # "Hamas handed over Yarden Bibas and Ofer Calderon in Khan Younis", "Hamas
              # handed three Israeli women to the Red Cross": the captors handing people over
              # at a place or to the Red Cross (not "Hamas handed over its response to the
              # proposal in Cairo", "handed a list of names to the mediators", "handed
              # control to the Palestinian Authority": papers or power, no captives)
              r"(?:hamas|islamic jihad|(?:al-)?qassam(?: brigades)?|captors|militants|gunmen) "
              # (nor "Hamas handed out aid parcels in Gaza City", "Gunmen handed leaflets to
              # residents in Rafah": things given out, no one set free)
              r"(?:(?:has|have|had|then|also|later|finally) )?(?:handed|hands|hand)(?: over)? "
              r"(?!(?:out|in|back)\b)"
              r"(?!(?:[\w'’-]+ ){0,3}?(?:leaflets?|flyers?|pamphlets?|parcels?|aid|food|"
              r"money|cash|salaries|sweets|gifts?|counter-?proposals?|drafts?|plans?|"
              r"replies)\b)"
              r"(?!(?:[\w'’-]+ ){0,3}?(?:response|reply|answer|lists?|names|proposals?|"
              r"statements?|letters?|documents?|papers|weapons|arms|control|power|authority|"
              r"administration|governance|keys|maps?|demands|conditions|position|amendments|"
              r"comments|remarks|message|videos?|footage|evidence|information|details|"
              r"mediators)\b)(?:[\w'’-]+,? ){1,8}?(?:to (?:the )?(?:international committee "
              r"of the )?(?:red cross|icrc)|in|at)\b|"
              r"release operations?|(?:releases?|released|frees?|freed) "
              # "Hamas releases four Thai migrant workers and 12 Israeli hostages" (not
              # "releases a video of the hostages")
              r"(?!(?:[\w-]+ ){0,8}?(?:video|statement|footage|photos?|images?|reports?|list|"
              r"names|details|message)\b)(?:[\w-]+ ){0,8}(?:hostages|captives|"
              r"detainees|prisoners)|"
              # "Hamas freed two elderly Israeli women", "released an American mother and
              # her daughter": captives named by who they are (not "released the names of
              # Israeli soldiers", "released a statement saying Israeli soldiers had been
              # killed": what was made public of them)
              r"(?:released|freed) (?:(?:two|three|four|five|six|\d+|an?|the) )"
              r"(?!(?:[\w-]+ ){0,1}?(?:videos?|statements?|footage|photos?|photographs?|images?|"
              r"pictures?|reports?|lists?|names|details|messages?|identities|recordings?|clips?|"
              r"figures|data|information|saying|showing|of)\b)(?:[\w-]+ ){0,2}"
              r"(?:israeli|american|thai|foreign|dual[- ]national) (?:[\w-]+ )?(?:women|woman|"
              r"men|man|mothers?|grandmothers?|children|girls?|boys?|civilians|nationals|"
              r"citizens|soldiers?|teenagers?)\b|"
              # "the ICRC facilitated the release of six living Israeli hostages"
              r"release of (?:[\w-]+ ){0,4}(?:hostages|captives|detainees|prisoners)|"
              # "On 12 May, the release of hostage Edan Alexander", "Hamas freed soldier-
              # hostage Edan Alexander", "released Israeli-American hostage Keith Siegel": one
              # captive, by the title before the name (not "the release of the hostage deal",
              # "released hostage videos", "freed hostages' families": no name after)
              r"(?<!\ba )(?<!\ban )(?<!\bone )(?:release of|releases?|frees?|"
              # ("released", "freed" a verb only after a word that may be its subject: not
              # "Freed hostage Noa Argamani spoke at the UN", "the mother of freed hostage
              # Mia Schem said", "met released hostage Eli Sharabi": a title of one freed
              # before)
              r"(?<=[\w'’] )(?<!\bthe )(?<!\bof )(?<!\band )(?<!\bwith )(?<!\bfor )(?<!\bto )"
              r"(?<!\bby )(?<!\bfrom )(?<!\bthat )(?<!\bas )(?<!\blike )(?<!\bincluding )"
              r"(?<!\bamong )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bother )(?<!\bfellow )"
              r"(?<!\bnewly )(?<!\brecently )(?<!\bformer )(?<!\bsaid )(?<!\bsays )"
              r"(?<!\btold )(?<!\bmet )(?<!\bmeets )(?<!\bvisited )(?<!\bwelcomed )"
              r"(?<!\bgreeted )(?<!\bhugged )(?<!\binterviewed )(?<!\bthanked )"
              r"(?:released|freed)) (?:the )?(?:(?:israeli|american|"
              r"[\w]+-(?:israeli|american)|soldier|female|male|dual[- ]national|elderly|"
              r"young|former|us|u\.s\.) )*(?:soldier-)?(?:hostage|captive) "
              r"(?!(?:deal|deals|talks|negotiations|agreement|videos?|footage|families|family|"
              r"relatives|list|exchange|swap|release|crisis|issue|file|forum|bodies|body|"
              # ("the release of hostage remains continued": the dead's)
              r"remains|"
              # (nor "the mother of a freed hostage said": a verb, no name, after)
              r"said|says|told|tells|who|whose|was|is|were|had|has|and|or|in|at|on|from|to|"
              r"of|the|his|her|their|held|being|released|freed)\b)"
              r"[a-z][\w'’-]+ [a-z][\w'’-]+|"
              # "Hamas returns the body of Israeli American Itay Chen", "hands the remains of
              # three more dead hostages over", "returns one more hostage's body", "the
              # release of four bodies"
              # (not "Israel returned the bodies of 45 Palestinians", "delayed the release of
              # 15 Palestinian bodies": the dead Israel held are no hostages)
              # (and "Hamas handed over, through the Red Cross, the remains of Lt. Hadar
              # Goldin": the go-between told first, set off by commas)
              r"(?:returns?|returned|hands? over|handed over|releases?|released|transferr(?:ed|s)?)"
              # (not "After residents returned, the bodies of 40 people were found", "The
              # wounded were transferred, the bodies of the dead left in the street": the
              # verb's clause closed by the comma)
              r"(?:,(?= (?:through|via|with|by|under|in|on|at|to|after)\b[^,.;]{1,40},))?"
              r"(?: (?!palestinian|of (?!the red cross))[\w'’()-]+,?){0,12}? (?:the )?"
              r"(?:bod(?:y|ies)|remains|coffins?) "
              r"of (?!(?:[\w-]+ ){0,3}?palestinian)|"
              r"(?:returns?|returned|hands|handed|releases?|released) (?:over )?"
              r"(?:the |a |an )?(?:[\w-]+ ){0,2}(?:hostages?['’]s? |captives?['’]s? )"
              r"(?:bod(?:y|ies)|remains)\b|"
              r"(?:bod(?:y|ies)|remains|coffins?) of (?:[\w-]+ ){0,4}(?:hostages?|captives?) "
              r"(?:were |was |have been |had been )(?:returned|handed over|released|transferred|"
              r"repatriated)|"
              r"(?:hands|handed|hand) (?:the )?remains of (?:[\w-]+ ){0,4}(?:hostages|captives) "
              r"over|"
              # "On Monday, it returned remains that Israel said belonged to a hostage": the
              # dead captive told by a clause after the remains (not "returned bodies that
              # belonged to Palestinians held in Israel")
              r"(?:returns?|returned|hands? over|handed over|releases?|released) (?:the |a |an )?"
              r"(?:bod(?:y|ies)|remains|coffins?) (?:that|which) (?:(?!palestinian)[\w'’,-]+ )"
              r"{0,6}?belong(?:ed|s)? to (?:(?:a|an|the|one|another|two|three|four|\d+|"
              r"israeli|dead|deceased|slain) ){0,3}(?:hostages?|captives?|abductees?)\b|"
              r"(?<!response to the )(?<!response to the limited )"
              r"release of (?!(?:[\w-]+ ){0,3}?palestinian)(?:[\w-]+ ){0,3}bodies|"
              # "its forces rescued an IDF private who was taken hostage by Hamas", "is freed
              # from captivity in Gaza": a captive set free (not "to rescue hostages": an aim;
              # nor "rescued a man from the rubble": no captive; nor "one of the rescued
              # hostages was Noa Argamani": the rescued told of, not rescued)
              r"(?<!the )(?<!these )(?<!those )(?<!four )(?<!three )(?<!two )(?<!all )"
              r"(?<!five )(?<!six )(?<!seven )(?<!eight )(?<!nine )(?<!ten )(?<![0-9] )"
              r"(?<!both )(?<!newly )"
              r"(?:rescued|rescues) (?:[\w'’()-]+,? ){0,12}?(?:hostages?|captives?|"
              r"(?:taken|held) (?:as )?(?:hostage|captive))\b|"
              r"(?:freed|released|rescued) from (?:[\w-]+ )?captivity|"
              # "The three hostages ... have been handed to the Red Cross in Saraya square",
              # "are handed over to the Red Cross on a stage in Nuseirat": captives handed to
              # the go-between (not "Israel handed over to the Red Cross the bodies of 15
              # Palestinians": the dead Israel held)
              r"(?:handed|hands|hand|handing) (?:over )?to (?:the )?(?:international committee "
              r"of the )?(?:red cross|icrc)\b(?! (?:[\w'’-]+ ){0,5}?palestinian)|"
              # "Hamas transfers the three women to the International Committee of the Red
              # Cross", "handed the two hostages over to the Red Cross": captives named
              # before the go-between (not "transferred the wounded to the Red Cross",
              # "handed the bodies of 15 Palestinians to the ICRC", "handed a letter to the
              # Red Cross": the hurt, the dead Israel held, or a thing)
              # (nor "Doctors at Al-Shifa transferred the children to the ICRC for evacuation
              # to the south", "the premature babies": the sick moved by the go-between)
              r"(?<!\bto be )(?:handed|hands|handing|transfers|transferred|transferring) "
              r"(?!(?:[\w'’-]+ ){0,6}?(?:palestinians?|wounded|injured|sick|patients?|aid|"
              r"supplies|medicines?|fuel|letters?|lists?|names|documents?|messages?|requests?|"
              r"equipment|goods|food|trucks?|convoys?|files?|reports?|orphan\w*|babies|"
              r"infants|newborns|premature|evacuees)\b)"
              r"(?:the |a |an |(?:two|three|four|five|six|seven|eight|nine|ten|\d+) )?"
              r"(?:[\w'’-]+ ){0,4}?(?:hostages?|captives?|abductees?|women|woman|men|man|"
              r"soldiers?|children|girls?|boys?|civilians|israelis|detainees|prisoners)"
              r"(?: over)? to (?:the )?(?:international committee of the )?"
              r"(?:red cross|icrc)\b(?! (?:for|to be taken for) (?:medical )?(?:evacuation|"
              r"treatment|care)\b)|"
              # "four female soldiers ... were paraded on a stage in Palestine Square before
              # being handed over": the handover ceremony of captives
              r"(?:were|was|are|is) paraded (?:[\w'’,-]+ ){0,10}?(?:before|then|and then) "
              r"(?:being )?(?:handed over|released|freed)\b|"
              # "Tal Shoham and Avera Mengistu are released in Rafah", "two hostages were freed
              # in Khan Younis": people set free at a place (not "a video was released in
              # March", "the report released on Monday", "funds were released in stages")
              r"(?<!video )(?<!videos )(?<!report )(?<!statement )(?<!footage )(?<!images )"
              r"(?<!figures )(?<!data )(?<!funds )(?<!findings )(?<!results )(?<!list )"
              r"(?:is|are|was|were|has been|have been|had been) (?:(?:finally|also|then|later) )?"
              r"(?:released|freed|set free) (?:in|at) (?!(?:" + MONTHS + r"|\d|early|late|mid|"
              r"the (?:first|second|third|last|past|same|end|start|middle|wake|coming|next|"
              r"early|late)|stages|phases|batches|groups|exchange|return|response|"
              r"accordance|line|a |an |full|part|order|time)\b)|"
              # "the body handed over by Hamas late Friday is that of Shiri Bibas": a dead
              # captive given back (not "the bodies of Palestinians returned by Israel")
              r"(?:bod(?:y|ies)|remains|coffins?) (?:(?:that |which )?(?:was |were |had been )?)?"
              r"(?:handed over|returned|released|transferred) by (?:the )?(?:hamas|islamic jihad|"
              r"militants|(?:palestinian )?(?:armed )?groups?|(?:al-)?qassam|"
              r"(?:[\w-]+ )?brigades|movement|captors)\b|"
              # "the IDF said it had recovered the bodies of hostages Hanan Yablonka and
              # Michel Nisenbaum in Jabalia": dead captives brought back by the army (not
              # "recovered the bodies of 12 Palestinians from the rubble": no captives)
              r"(?:recover(?:ed|s|ing)?|retriev(?:ed|es|ing)?) (?:the )?(?:bod(?:y|ies)|remains) "
              r"of (?:(?:two|three|four|five|six|seven|\d+|an?|the|more|israeli|dead|"
              r"slain|deceased|american|thai|foreign) ){0,3}"
              r"(?:hostages?|captives?|abductees?)\b", 0.8),
)
