"""Speech verbs: the words a report tells who says what with ("the ministry said", "a
witness told Reuters", "she added"), in one place for the patterns that find a speaker.

Each is a bare alternation to set inside ``(?:...)`` before a ``\\b`` or a space; a
pattern that reads a narrower or a wider list says why where it is declared. NAME_TO_VERB
is the words from a speaker's name to such a verb, so that every pattern that finds a
speaker by its name reaches the verb the same way.
"""

from __future__ import annotations

# A source's telling, past or present: "the army said", "officials say", "Hamas claimed",
# "the ministry reported that"
SAID = r"said|says|say|stated|announced|confirmed|reported|claimed"
# ... also in the third person present, read only right after the speaker's name ("Hamas
# claims that", "the ministry reports"): elsewhere "reports", "claims" and "states" are as
# often nouns ("medical reports said", "the claims of the army")
SPEAKS = SAID + r"|announces|confirms|reports|claims|states"
# ... or told someone: "a witness told Reuters", "he tells"
TOLD = SAID + r"|told|tells"
# ... or quoted at length: "she added", "he recalled", "the doctor explained"
QUOTED = TOLD + r"|added|noted|warned|wrote|explained|described|recalled"
# From a speaker's name to its verb: "Hamas said", "Hamas's media office has said",
# "Israel's military on Thursday said" (up to three words between, then a "has" or "had")
NAME_TO_VERB = r"(?:['’]s?)?(?:\s+[\w-]+){0,3}?\s+(?:has\s+|had\s+)?"
