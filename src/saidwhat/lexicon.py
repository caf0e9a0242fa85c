"""Cue words and the speech act each one performs.

The verb list was started from the most frequent cues in PolNeAR train (said 3,964, says 414,
according to 387, told 386, added 200, wrote 195, asked 158 ...) and extended with the act verbs the
product needs (deny, accuse, urge, demand, promise, warn, reject ...). `ACT_OF` maps a cue lemma to a
speech act from `model.ACTS`; docs/output.md lists the set.
"""
from __future__ import annotations

ACT_OF: dict[str, str] = {}


def _add(act: str, *lemmas: str) -> None:
    for lemma in lemmas:
        ACT_OF[lemma] = act


_add("assert", "say", "tell", "add", "state", "note", "explain", "write", "tweet", "post", "describe", "report",
     "claim", "argue", "stress", "emphasise", "emphasize", "reiterate", "declare", "comment", "remark", "respond",
     "reply", "insist", "maintain", "contend", "assert", "observe", "point", "recall", "mention", "suggest",
     "believe", "think", "testify", "conclude", "indicate", "signal", "brief", "inform", "assure",
     "answer", "counter", "retort", "exclaim", "shout", "quip", "joke", "muse", "acknowledge", "concede",
     "call", "label", "dub", "hint", "imply", "allege", "show", "find", "estimate", "make clear", "complain",
     "lament", "caution", "predict", "continue")
_add("deny", "deny", "refute", "dispute", "contradict", "disavow")
_add("accuse", "accuse", "blame", "charge", "allege")
_add("urge", "urge", "press", "appeal", "implore", "encourage", "exhort", "call on", "call upon", "beg", "plead")
_add("demand", "demand", "insist on", "require", "call for", "want", "seek")
_add("promise", "promise", "pledge", "vow", "guarantee", "commit", "swear", "assure")
_add("warn", "warn", "caution")
_add("threaten", "threaten")
_add("reject", "reject", "refuse", "dismiss", "rebuff", "rule out", "decline", "oppose", "spurn")
_add("ask", "ask", "question", "inquire", "enquire", "wonder", "request", "query")
_add("agree", "agree", "accept", "endorse", "support", "back", "concur")
_add("propose", "propose", "suggest", "offer", "recommend", "float")
_add("admit", "admit", "acknowledge", "concede", "confess")
_add("praise", "praise", "hail", "welcome", "commend", "applaud", "laud")
_add("criticize", "criticize", "criticise", "condemn", "slam", "denounce", "blast", "attack", "decry", "lambast",
     "rebuke", "censure")
_add("announce", "announce", "reveal", "disclose", "unveil", "declare")
_add("predict", "predict", "forecast", "expect", "project")
_add("confirm", "confirm", "verify")

#: Verbs whose complement may be a plain clause ("X said (that) ..."): ccomp is their natural content.
CLAUSE_CUES = {
    "say", "tell", "add", "state", "note", "explain", "write", "tweet", "post", "report", "claim", "argue", "stress",
    "emphasise", "emphasize", "reiterate", "declare", "comment", "remark", "respond", "reply", "insist", "maintain",
    "contend", "assert", "observe", "recall", "mention", "suggest", "believe", "think", "testify", "conclude",
    "indicate", "signal", "assure", "answer", "counter", "retort", "exclaim", "acknowledge", "concede", "hint",
    "imply", "allege", "show", "find", "estimate", "complain", "lament", "predict", "deny", "warn", "threaten",
    "promise", "pledge", "vow", "guarantee", "swear", "admit", "confess", "announce", "reveal", "disclose", "want",
    "confirm", "agree", "propose", "recommend", "forecast", "expect", "ask", "question", "wonder", "demand",
    "accept", "dispute", "caution", "inform", "hope", "fear", "worry", "boast", "urge", "write", "blame",
}

#: Verbs that take their content as an infinitive with an addressee: "X urged Y to ...".
XCOMP_CUES = {"urge", "press", "ask", "tell", "call", "appeal", "implore", "encourage", "exhort", "beg", "plead",
              "warn", "caution", "promise", "pledge", "vow", "threaten", "refuse", "decline", "agree", "offer",
              "propose", "demand", "want", "seek", "request", "invite", "advise", "order", "instruct", "challenge",
              "commit", "swear", "hope", "expect"}

#: Verbs whose direct object is itself the content ("X denied the allegations", "X rejected the plan").
OBJECT_CUES = {"deny", "reject", "dismiss", "refute", "dispute", "announce", "confirm", "reveal", "disclose",
               "criticize", "criticise", "condemn", "denounce", "praise", "hail", "welcome", "propose", "demand",
               "accuse", "blame", "admit", "acknowledge", "request", "question", "predict", "promise", "pledge",
               "vow", "threaten", "urge", "support", "endorse", "oppose", "rebuff", "decry", "slam", "applaud",
               "rule", "call", "offer", "seek", "float", "unveil", "contradict", "recommend", "report"}

#: Lemmas that only count as cues with a quotation or a clause complement (too often not speech otherwise).
WEAK_CUES = {"continue", "call", "show", "find", "post", "point", "think", "believe", "expect", "hope", "fear", "worry",
             "offer", "seek", "want", "support", "back", "attack", "charge", "project", "float", "find"}

#: Words heading a noun phrase that a relative-clause cue can deny/reject ("something Kyiv denies").
PROPOSITION_NOUNS = {"something", "claim", "claims", "allegation", "allegations", "accusation", "accusations",
                     "charge", "charges", "assertion", "demand", "demands", "report", "reports", "suggestion",
                     "idea", "notion", "proposal", "move", "request", "view", "position", "assessment"}

#: Nouns that head a speaker phrase naming a person by role ("the US President", "Kremlin leader").
TITLE_NOUNS = {"president", "minister", "leader", "chancellor", "secretary", "spokesman", "spokeswoman",
               "spokesperson", "chief", "ambassador", "governor", "senator", "general", "commander", "premier",
               "king", "queen", "prince", "envoy", "mayor", "director", "chairman", "chairwoman", "chair", "head",
               "ceo", "adviser", "advisor", "official", "diplomat", "negotiator", "pope", "monarch", "emperor",
               "prosecutor", "judge", "lawmaker", "congressman", "congresswoman", "representative", "speaker",
               "candidate", "nominee", "manager", "coach", "executive", "founder", "owner", "analyst",
               "economist", "secretary-general", "boss", "sheikh", "emir", "sultan", "ayatollah", "vice"}

HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord",
              "lady", "rev", "rev.", "gen", "gen.", "col", "col.", "sen", "sen.", "rep", "rep.", "gov", "gov.",
              "president", "prime", "minister"}

#: Nouns that make a plural/common-noun speaker a group of people ("Military analysts", "officials").
GROUP_NOUNS = {"analysts", "officials", "sources", "experts", "critics", "observers", "diplomats", "residents",
               "witnesses", "investigators", "authorities", "police", "lawmakers", "leaders", "ministers", "aides",
               "allies", "economists", "scientists", "researchers", "campaigners", "activists", "protesters",
               "doctors", "militants", "rebels", "troops", "soldiers", "locals", "supporters", "opponents",
               "voters", "members", "people", "observers", "reporters", "commentators", "traders", "dealers",
               "bankers", "executives", "negotiators", "organisers", "organizers", "prosecutors", "judges",
               "workers", "unions", "parents", "teachers", "students", "fans", "players", "insiders"}

ORG_NOUNS = {"ministry", "department", "office", "agency", "staff", "government", "army", "military", "council",
             "committee", "commission", "company", "firm", "group", "party", "union", "bank", "court", "parliament",
             "cabinet", "administration", "campaign", "spokesman", "service", "police", "force", "forces", "board",
             "team", "club", "association", "federation", "institute", "organisation", "organization", "authority",
             "regulator", "watchdog", "embassy", "mission", "corporation", "newspaper", "agency", "network", "paper",
             "statement", "report", "study", "survey", "poll", "data", "figures", "document", "letter", "website"}

PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "i": None}
ORG_PRONOUNS = {"it"}
GROUP_PRONOUNS = {"they", "we", "them"}

#: Verbs of saying proper: only these take a quotation next to them as content ("“...,” he said").
SPEECH_CUES = {
    "say", "tell", "add", "state", "note", "explain", "write", "tweet", "post", "report", "claim", "argue",
    "stress", "emphasise", "emphasize", "reiterate", "declare", "comment", "remark", "respond", "reply", "insist",
    "maintain", "contend", "assert", "observe", "recall", "mention", "testify", "conclude", "answer", "counter",
    "retort", "exclaim", "shout", "quip", "joke", "muse", "acknowledge", "concede", "warn", "caution", "threaten",
    "promise", "pledge", "vow", "admit", "confess", "announce", "confirm", "deny", "ask", "question", "wonder",
    "demand", "urge", "complain", "lament", "predict", "continue", "boast", "plead", "describe", "call", "agree",
    "accuse", "allege", "suggest", "insist", "rule", "dismiss", "reject", "criticize", "criticise", "praise",
    "hail", "welcome", "condemn", "write", "estimate", "declare", "appeal",
}
