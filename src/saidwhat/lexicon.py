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
     "call", "label", "brand", "dub", "hint", "imply", "allege", "show", "find", "estimate", "make clear",
     "complain", "lament", "caution", "predict", "continue", "go on", "read")
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
     "rebuke", "censure", "protest")
_add("announce", "announce", "reveal", "disclose", "unveil", "declare")
_add("predict", "predict", "forecast", "expect", "project")
_add("confirm", "confirm", "verify")

# Verbs added from PolNeAR train (cue rate outside quotations, e.g. cite 77/87, tout 24/25, express 57/69,
# talk 97/163 with "about"): PolNeAR counts stances and evaluations as attributions, not only speech.
_add("assert", "cite", "express", "repeat", "highlight", "list", "echo", "quote", "reference", "voice", "recount",
     "recite", "outline", "detail", "articulate", "reaffirm", "clarify", "proclaim", "speculate", "talk",
     "boast", "brag", "allude", "elaborate", "dwell", "hope", "worry", "fear", "know", "realize", "realise",
     "remember", "recognize", "recognise", "suspect", "doubt", "envision", "imagine", "see", "feel",
     "portray", "characterize", "characterise", "liken", "compare", "name", "deem", "view", "remind", "retweet",
     "email", "chant", "yell", "interject", "forget", "notice", "anticipate", "theorize", "surmise", "guess",
     "reckon", "discuss", "cast", "paint", "interrupt")
# Manner verbs that stand for "said" only beside a quotation ("“Call it a dividend,” smiles one broker"): they are
# in SPEECH_CUES, and no other rule finds a content for them.
MANNER_CUES = {"smile", "laugh", "grin", "sigh", "shrug", "chuckle", "whisper", "mutter", "murmur", "grumble",
               "mumble", "scoff", "snap", "growl", "beam", "enthuse", "gush", "sneer", "snort", "boom", "roar",
               "bellow", "thunder", "holler", "scream", "cry", "yell", "chant"}
_add("assert", *sorted(MANNER_CUES))
_add("praise", "tout", "thank", "credit", "congratulate", "defend", "champion", "prefer", "favor", "favour", "vouch")
_add("criticize", "mock", "chide", "assail", "deride", "bemoan", "rail", "lash", "ridicule", "scold", "bash",
     "berate", "knock", "fault", "disparage", "belittle", "lambaste", "excoriate", "pan", "rap", "insult")
_add("reject", "rebut", "repudiate", "balk", "distance")
_add("agree", "side", "acquiesce")

#: Cues whose content is a prepositional object: "talked about X", "railed against X", "referred to X".
PREP_CUES: dict[str, set[str]] = {
    "talk": {"about", "of"}, "rail": {"against"}, "boast": {"about", "of"},
    "brag": {"about", "of"}, "allude": {"to"}, "elaborate": {"on"}, "dwell": {"on"}, "lash": {"at"},
    "vouch": {"for"}, "balk": {"at"}, "side": {"with"}, "apologize": {"for"}, "speak": {"about", "of"},
    "complain": {"about", "of"}, "warn": {"about", "of", "against"}, "worry": {"about"}, "speculate": {"about", "on"},
    "comment": {"on"}, "joke": {"about"}, "write": {"about", "of"}, "tweet": {"about"}, "argue": {"for", "against"},
    "push": {"for"}, "advocate": {"for"}, "campaign": {"for", "against"}, "testify": {"about", "on"},
    "distance": {"from"}, "acquiesce": {"to"}, "insist": {"on"}, "hint": {"at"}, "fire": {"at"},
    "lament": {"about"}, "express": {"about"},
    "criticize": {"for"}, "respond": {"to"}, "reply": {"to"}, "weigh": {"in"}, "mention": {"about"},
    "ask": {"about", "for"}, "question": {"about"},
}
_add("assert", "speak", "apologize", "apologise", "advocate", "weigh")
_add("reject", "disagree")

#: "X seemed/appeared to Y", "X is expected to Y": PolNeAR's source-less attributions (the writer's hedge).
HEDGE_CUES = {"seem", "appear", "expect"}

#: Verbs that predicate something of their object ("called the plan “a disaster”", "called him competent").
NAMING_CUES = {"call", "describe", "label", "dub", "term", "deem", "portray", "characterize", "characterise",
               "brand", "declare", "consider", "view", "name", "liken", "compare", "find", "cast", "paint"}

#: Verbs whose complement may be a plain clause ("X said (that) ..."): ccomp is their natural content.
CLAUSE_CUES = {
    "protest", "say", "tell", "add", "state", "note", "explain", "write", "tweet", "post", "report", "claim",
    "argue", "stress", "emphasise", "emphasize", "reiterate", "declare", "comment", "remark", "respond", "reply",
    "insist", "maintain", "contend", "assert", "observe", "recall", "mention", "suggest", "believe", "think",
    "testify", "conclude", "indicate", "signal", "assure", "answer", "counter", "retort", "exclaim", "acknowledge",
    "concede", "hint", "imply", "allege", "show", "find", "estimate", "complain", "lament", "predict", "deny",
    "warn", "threaten", "promise", "pledge", "vow", "guarantee", "swear", "admit", "confess", "announce", "reveal",
    "disclose", "want", "confirm", "agree", "propose", "recommend", "forecast", "expect", "ask", "question",
    "wonder", "demand", "accept", "dispute", "caution", "inform", "hope", "fear", "worry", "boast", "urge", "write",
    "blame", "clarify", "proclaim", "speculate", "know", "realize", "realise", "remember", "recognize", "recognise",
    "suspect", "doubt", "envision", "imagine", "remind", "reaffirm", "brag", "forget", "notice", "anticipate",
    "theorize", "surmise", "guess", "reckon", "yell", "interject", "tweet", "email", "repeat", "describe", "point",
}

#: Verbs that take their content as an infinitive with an addressee: "X urged Y to ...".
XCOMP_CUES = {"urge", "press", "ask", "tell", "call", "appeal", "implore", "encourage", "exhort", "beg", "plead",
              "warn", "caution", "promise", "pledge", "vow", "threaten", "refuse", "decline", "agree", "offer",
              "propose", "demand", "want", "seek", "request", "invite", "advise", "order", "instruct", "challenge",
              "commit", "swear", "hope", "expect"}

#: Verbs whose direct object is itself the content ("X denied the allegations", "X rejected the plan").
OBJECT_CUES = {"deny", "reject", "dismiss", "refute", "dispute", "announce", "confirm", "reveal", "disclose",
               "criticize", "criticise", "condemn", "denounce", "praise", "hail", "welcome", "propose", "demand",
               "accuse", "blame", "admit", "acknowledge", "request", "question", "predict", "forecast", "promise",
               "pledge", "vow", "threaten", "urge", "support", "endorse", "oppose", "rebuff", "decry", "slam",
               "applaud", "rule", "call", "offer", "seek", "float", "unveil", "contradict", "recommend", "report",
               "cite", "express", "repeat", "highlight", "list", "echo", "quote", "reference", "voice", "recount",
               "recite", "outline", "detail", "articulate", "reaffirm", "tout", "thank", "credit", "congratulate",
               "defend", "champion", "prefer", "favor", "favour", "mock", "chide", "assail", "deride", "bemoan",
               "ridicule", "scold", "bash", "berate", "fault", "disparage", "belittle", "lambaste", "excoriate",
               "insult", "rebut", "repudiate", "portray", "characterize", "characterise", "liken", "compare",
               "remind", "retweet", "tweet", "endorse", "criticize", "attack", "blast", "lambast", "rebuke",
               "discuss", "mention", "acknowledge", "back", "show", "name", "remember", "detail"}

#: Lemmas that only count as cues with a quotation or a clause complement (too often not speech otherwise).
WEAK_CUES = {"continue", "call", "find", "cast", "paint", "post", "point", "think", "believe", "expect", "hope", "fear",
             "worry",
             "seek", "want", "support", "back", "charge", "project", "float", "know", "see", "feel", "recognize",
             "recognise", "realize", "realise", "imagine", "forget", "notice", "favor", "favour", "view", "compare",
             "guess", "deem"}
# Not weak, by their cue rate with an object in PolNeAR train: show 89/146, discuss 43/67, list 16/17,
# name 16/27, prefer 12/20, remember 7/8, offer 71/139, attack 38/71 ("polls show X", "discussed X").

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
               "economist", "secretary-general", "boss", "sheikh", "emir", "sultan", "ayatollah", "vice",
               "correspondent", "editor", "columnist", "presenter", "commissioner", "councillor", "councilor",
               "alderman", "mp", "mep", "deputy", "bishop", "archbishop", "rabbi", "imam", "professor"}

#: What people are by trade, which news writes before a name ("Songwriter Guy Chambers", "striker Ann Vey") and
#: the small model sometimes takes into the name.
OCCUPATION_NOUNS = {"singer", "songwriter", "singer-songwriter", "actor", "actress", "striker", "midfielder",
                    "defender", "goalkeeper", "winger", "pundit", "comedian", "novelist", "author", "writer",
                    "producer", "guitarist", "drummer", "rapper", "designer", "chef", "artist", "broadcaster",
                    "journalist", "campaigner", "lawyer", "activist", "scientist", "researcher", "doctor", "surgeon",
                    "teacher", "dancer", "musician", "composer", "poet", "footballer", "cricketer", "batsman",
                    "bowler", "jockey", "trainer", "skipper", "captain", "filmmaker", "photographer", "model",
                    "entrepreneur", "businessman", "businesswoman", "tycoon", "star", "veteran", "presenter",
                    "constable", "inspector", "superintendent", "sergeant", "detective", "officer"}

#: Days and their relative names ("Monday's report", "yesterday inviting them"): times, never speakers or owners.
DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
             "tomorrow"}

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
    "read", "interrupt", "interject", "say", "tell", "add", "state", "note", "explain", "write", "tweet", "post",
    "report",
    "claim", "argue", "stress", "emphasise", "emphasize", "reiterate", "declare", "comment", "remark", "respond",
    "reply", "insist", "maintain", "contend", "assert", "observe", "recall", "mention", "testify", "conclude",
    "answer", "counter", "retort", "exclaim", "shout", "quip", "joke", "muse", "acknowledge", "concede", "warn",
    "caution", "threaten", "promise", "pledge", "vow", "admit", "confess", "announce", "confirm", "deny", "ask",
    "question", "wonder", "demand", "urge", "complain", "lament", "predict", "continue", "boast", "plead",
    "describe", "call", "agree", "accuse", "allege", "suggest", "insist", "rule", "dismiss", "reject", "criticize",
    "criticise", "praise", "hail", "welcome", "condemn", "write", "estimate", "declare", "appeal", *MANNER_CUES,
}

#: Cues that may interrupt or close their content as a clause of their own: "X, he said, Y" / "X, she added."
PARENTHETICAL_CUES = {"say", "add", "note", "argue", "insist", "explain", "write", "tell", "continue", "contend",
                      "acknowledge", "concede", "recall", "warn", "suggest", "predict", "claim", "believe",
                      "think", "assert", "state", "maintain", "observe", "reason", "complain", "caution",
                      "report", "tweet", "post", "announce", "conclude", "estimate", "find"}

#: Nouns that carry an attribution with a possessive source: "Rubio's claim that ...", "his criticism of ...",
#: "her call for ..." (act of each; PolNeAR train has support 129, call(s) 111, criticism 47, statement 44 ...).
#: Nouns PolNeAR rarely marks so (promise, proposal, attack, message, opposition, refusal, statement, remark,
#: comment: under 30 % in train) are left out.
NOMINAL_CUES: dict[str, str] = {
    "claim": "assert", "assertion": "assert", "argument": "assert", "belief": "assert", "insistence": "assert",
    "view": "assert", "contention": "assert",
    "suggestion": "propose", "warning": "warn", "pledge": "promise", "vow": "promise", "call": "urge",
    "plea": "urge", "demand": "demand", "criticism": "criticize", "critique": "criticize",
    "condemnation": "criticize", "denunciation": "criticize", "accusation": "accuse", "allegation": "accuse",
    "denial": "deny", "rejection": "reject", "support": "agree", "endorsement": "agree",
    "admission": "admit", "question": "ask", "request": "ask",
}
#: Prepositions introducing a nominal cue's content ("criticism of X", "call for X", "support for X").
NOMINAL_PREPS = {"of", "for", "on", "about", "against", "to", "that"}

#: Nouns that take an infinitive of their own ("his call to raise the toll", "a plan to close the port"): after
#: such an object a "to" clause is the noun's, even when the parser hangs it on the verb as one of purpose
#: ("cited the killings to give context" is purpose, and stays out).
INFINITIVE_NOUNS = {"call", "plan", "proposal", "bid", "effort", "push", "promise", "pledge", "threat", "decision",
                    "attempt", "move", "demand", "request", "order", "refusal", "right", "need", "desire", "intention",
                    "vow", "ability", "failure", "offer", "commitment", "campaign", "drive", "initiative", "chance",
                    "opportunity", "willingness", "readiness", "determination", "reluctance", "agreement", "deal",
                    "authority", "permission", "power", "freedom", "appeal", "invitation", "instruction",
                    "recommendation", "suggestion", "idea", "scheme", "strategy", "policy", "measure", "legislation",
                    "bill", "law", "rule", "ruling", "mandate", "pressure", "obligation", "duty",
                    "resolve", "ambition", "goal", "aim", "quest", "fight", "struggle", "battle"}

#: Object cues whose content runs on past the object: "accused Y of doing Z", "mocked Y for Z", "likened Y to Z".
OBJECT_PLUS_CUES = {"accuse", "blame", "praise", "criticize", "criticise", "condemn", "thank", "urge", "mock",
                    "credit", "congratulate", "chide", "fault", "scold", "berate", "liken", "compare", "deride",
                    "ridicule", "assail", "rebuke", "slam", "blast", "bash", "attack", "denounce", "lambaste",
                    "excoriate", "applaud", "commend", "hail", "remind"}

#: heads that count a share of a group ("half of the council", "52 percent of voters", "a total of 58% of landlords",
#: "a majority of economists"): the people counted are who speaks (`actors`), and the speaker's phrase runs on
#: through the group (`attribution.noun_phrase`)
SHARE_NOUNS = {"total", "majority", "minority", "number", "third", "thirds", "quarter", "quarters", "half", "percent",
               "per", "pct", "%", "proportion", "share", "fraction", "two-thirds", "plurality", "bulk", "rest",
               "remainder", "lot", "lots", "handful", "couple"}
#: pronouns that count part of a group ("most of the farmers", "many of them")
QUANTIFIERS = {"most", "many", "some", "all", "few", "several", "both", "each", "none", "dozens", "hundreds",
               "thousands", "millions"}
#: roles held in a body, named with it ("a spokesman for the ministry", "the head of the port authority", "an aide
#: to the mayor", "officials at the bank"): the speaker's phrase runs on through the body (`attribution.noun_phrase`),
#: and the role word is the one before these prepositions (`actors._ROLE_BODY`)
ROLE_PREPS = ("for", "of", "at", "with", "to")
ROLE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "head", "chief", "director", "member", "official",
              "chairman", "chairwoman", "chair", "president", "leader", "secretary", "minister", "executive", "officer",
              "representative", "ambassador", "envoy", "adviser", "advisor", "aide", "lawyer", "attorney", "manager",
              "founder", "owner", "governor", "commissioner", "deputy", "source", "analyst", "economist", "researcher",
              "professor", "employee", "worker", "staff", "partner", "negotiator", "strategist", "mayor", "boss"}
#: gatherings a speaker is *at*, not a body they belong to ("leaders at a summit", "officials at the talks")
EVENT_NOUNS = {"summit", "meeting", "conference", "rally", "event", "hearing", "briefing", "session", "talks", "forum",
               "ceremony", "gathering", "party", "launch", "debate", "convention", "congress", "festival", "show",
               "fair", "match", "game", "dinner", "lunch", "breakfast", "reception", "funeral", "trial", "inquiry",
               "protest", "march", "vigil", "interview", "time", "weekend", "end", "start"}
#: what speaks for whoever made it ("a survey by the chamber found", "research from the lender suggests"): the
#: speaker's phrase runs on through its "from"/"by" phrase (`attribution.noun_phrase`), whose body is the actor
AUTHORED_NOUNS = {"report", "survey", "study", "poll", "research", "figures", "data", "statistics", "review",
                  "analysis", "paper", "findings", "forecast", "index", "estimate", "estimates"}
#: political parties under the names news uses for them ("the Tories", "the Lib Dems"): one actor per party
PARTIES = {"tories": "Conservative Party", "tory party": "Conservative Party", "conservatives": "Conservative Party",
           "conservative party": "Conservative Party", "labour": "Labour Party", "labour party": "Labour Party",
           "lib dems": "Liberal Democrats", "liberal democrats": "Liberal Democrats",
           "liberal democrat party": "Liberal Democrats", "ukip": "UK Independence Party",
           "uk independence party": "UK Independence Party", "snp": "Scottish National Party",
           "scottish national party": "Scottish National Party", "plaid cymru": "Plaid Cymru",
           "plaid": "Plaid Cymru", "gop": "Republican Party", "republicans": "Republican Party",
           "republican party": "Republican Party", "democrats": "Democratic Party",
           "democratic party": "Democratic Party"}
