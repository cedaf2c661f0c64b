"""Violence against civilians told by the people shot or shot at, in words the attack row
(:mod:`.civilians`) has no pattern for.

Reports tell gunfire at people by the shooting ("shootings of fleeing civilians", "soldiers
were shooting at any car that passed"), by what was fired at whom ("soldiers fired live
rounds and gas bombs at Palestinian farmers", "snipers are firing on anyone moving in the
camp") or by the people hit ("two pregnant women walking to the hospital were shot on 12
December", "Israeli fire again struck civilians in the same area"). Each is an attack on
unarmed people, no strike and no fight: the words keep to people with no arms of their
own, so fire at troops, fighters or gunmen stays out (a fight: see :mod:`.ground_fighting`),
and so do fire from tanks, drones or aircraft (a strike or shelling), tear gas and warning
shots (no harm coded), people shot told as the time of another act ("two days after 15 aid
seekers were shot") and things shot (a film, a drone shot down).
"""

from __future__ import annotations

from geoevents.trigger_table.event_types import ATTACK, Row

# Unarmed people a shot is aimed at or strikes (no soldiers, fighters or police)
_UNARMED = (r"(?:civilians?|people|persons?|palestinians?|gazans?|residents?|crowds?|"
            r"farmers?|shepherds?|fisherm[ae]n|fishing (?:boats?|vessels?)|"
            r"wom[ae]n|m[ae]n|child(?:ren)?|boys?|girls?|teen(?:ager)?s?|youths?|"
            r"bab(?:y|ies)|infants?|famil(?:y|ies)|displaced|idps|patients?|"
            r"aid seekers|worshipp?ers|journalists?|paramedics?|medics|nurses?|doctors?|"
            r"anyone|anybody|everyone|any (?:car|vehicle|person|one)|cars|vehicles)")
# A few words of no clause of their own between a verb and where its shots went
_FEW_WORDS = r"(?:(?!(?:and|but|while|as|after|before|when|which|who|that)\b)[\w'’-]+ )"
# Words of what was fired that harm no one in the project's coding: tear gas, flares, smoke,
# stun grenades, warning shots, water cannon ("fired tear gas shells at Palestinians near
# the fence", "fired warning shots at farmers": no attack, as with no gunfire at all)
_NOT_HARMFUL = r"(?!(?:tear|gas|flares?|smoke|stun|warning|water)\b)"
# A clause told as the time of another act: "two days after 15 aid seekers were shot in
# Rafah" dates the strike told before it, no attack of the report's own
_NOT_AFTER = "".join(
    rf"(?<!{w} {n})"
    for w in ("after", "before", "since")
    for n in ("", r"\d ", r"\d\d ", r"\d\d\d ", "two ", "three ", "four ", "five ", "six ",
              "seven ", "eight ", "nine ", "ten ", "several ", "dozens of ", "the "))
# Fire from a tank, a drone or an aircraft is a strike or shelling told by the arms (the
# rows of :mod:`.remote_violence`), not gunfire at people: "attack drones firing at people
# trying to flee", "snipers and drones are reportedly firing on anyone moving"
_NOT_FROM_AFAR = "".join(
    rf"(?<!{arm} {aux})"
    for arm in ("drone", "drones", "tank", "tanks", "aircraft", "warplane", "warplanes", "jets",
                "helicopter", "helicopters", "quadcopter", "quadcopters", "artillery")
    for aux in ("", "are ", "were ", "have been ", "had been ", "also ", "reportedly ",
                "are reportedly ", "were reportedly ", "are also ", "were also "))

# The army's fire, no arm from afar named: "Israeli fire", "occupation fire", "the
# soldiers' fire", "gunfire", "sniper fire"
# (no leading "the ": the trigger index keeps to selective first words)
_ARMY_FIRE = (r"(?:(?:israeli|occupation|idf|army|enemy)(?: (?:army|forces|troops|"
              r"soldiers|military))?(?:['’]s?)? (?:gun)?fire|(?:troops|soldiers|"
              r"forces)['’] (?:gun)?fire|gunfire|sniper fire)")

# the table's last row
PEOPLE_SHOT: tuple[Row, ...] = (
    (ATTACK,
     # "shootings of fleeing civilians", "shooting at any car that passed", "shooting
     # toward farmers" (the attack row has "shooting at civilians, people ...")
     r"(?<!\bof )" + _NOT_FROM_AFAR + r"shootings? (?:of|at|on|towards?) (?:the |a |an )?"
     + _FEW_WORDS + r"{0,2}?" + _UNARMED + r"(?!['’\w])|"
     # "fired many automatic live rounds and gas bombs at Palestinian farmers", "firing on
     # anyone moving within the camp" (not "fired rockets at Israeli towns", "fired at
     # troops": no unarmed people the shots went at; nor "a fire broke out on displaced
     # families' tents": a blaze, no shot)
     # (nor "accused of firing on Palestinians seeking aid": a charge, no shots told)
     r"(?<!\bof )" + _NOT_FROM_AFAR + r"(?:fired|firing|shot|shoot(?:s|ing)?) "
     r"(?:" + _NOT_HARMFUL + _FEW_WORDS + r"|and ){0,8}?"
     r"(?:at|on|upon|towards?) (?:the |a |an |two |three |several |dozens of |groups? of )?"
     r"(?:palestinian |displaced |unarmed |hungry |fleeing )?" + _UNARMED + r"(?!['’\w])|"
     # "two pregnant women walking to the facility to give birth were shot on 12
     # December" (not "were shot down", "were shot at": see the attack row; nor a
     # soldier or a fighter shot: a fight)
     # (nor "two days after 15 aid seekers were shot in Rafah": the time of another act)
     r"(?<![\w'’-])" + _NOT_AFTER + r"(?:wom[ae]n|child(?:ren)?|boys?|girls?|bab(?:y|ies)|"
     r"infants?|teen(?:ager)?s?|"
     r"civilians?|farmers?|shepherds?|fisherm[ae]n|aid seekers|patients?|paramedics?|medics|"
     r"nurses?|journalists?|worshipp?ers) (?:" + _FEW_WORDS + r"){0,10}?"
     r"(?:was|were|had been|have been|has been) (?:reportedly |allegedly |also |then |"
     r"fatally |critically |seriously )?shot(?! (?:down|at|up|through with)\b)|"
     # "Israeli fire again struck civilians in the same area, killing three", "soldiers'
     # fire hit a crowd waiting for flour": the army's fire told by the unarmed people it
     # hit, gunfire at people as "killed by Israeli fire" is (not "Israeli fire struck a
     # house", "tank fire hit displaced people": a strike or shelling)
     + _NOT_FROM_AFAR + r"(?<![\w'’-])" + _ARMY_FIRE
     + r" (?:again |also |then |reportedly |allegedly )?(?:struck|hit) "
     r"(?:the |a |an |two |three |several |dozens of |groups? of |crowds? of )?"
     r"(?:palestinian |displaced |unarmed |hungry |fleeing )?" + _UNARMED
     # (nor "Israeli fire hit displaced people's tents": a thing hit, the owner's word)
     + r"(?!['’\w]| s\b| [\w-]+(?:['’]| s\b))", 0.8),
)
