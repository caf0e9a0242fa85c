"""One test per attribution rule family, on sentences written for these tests.

Each family was added to raise recall on PolNeAR (see docs in `attribution.py` / `lexicon.py`); these tests pin
what each one finds (content, speaker, cue) and a few things it must not find.
"""
from __future__ import annotations

import pytest

import saidwhat
from saidwhat.attribution import extract, find_quotes

pytestmark = pytest.mark.model


def _found(nlp, text: str):
    doc = nlp(text)
    out = []
    for f in extract(doc):
        out.append({
            "content": text[f.content[0]:f.content[1]],
            "speaker": text[f.speaker[0]:f.speaker[1]] if f.speaker else None,
            "cue": text[f.cue[0]:f.cue[1]] if f.cue else None,
            "lemma": f.cue_lemma,
            "kind": f.kind,
            "act": f.act,
        })
    return out


def _one(found, needle: str):
    hits = [f for f in found if needle in f["content"]]
    assert hits, f"no statement holding {needle!r}: {found}"
    return hits[0]


def test_stance_verb_with_object(nlp):
    """Evaluation verbs from PolNeAR's counts ("touted", "mocked") take their object as content."""
    f = _one(_found(nlp, "The senator touted the new jobs plan at a rally in Dayton."), "jobs plan")
    assert f["speaker"] == "The senator" and f["lemma"] == "tout" and f["act"] == "praise"
    f = _one(_found(nlp, "Ms Alvarez mocked her rival for his late tax returns."), "rival")
    assert f["content"].startswith("her rival for his late tax returns") and f["act"] == "criticize"


def test_prepositional_cue(nlp):
    """ "talked about X": the prepositional object is the content, the preposition joins the cue."""
    f = _one(_found(nlp, "The mayor talked about the flooding in the river towns."), "flooding")
    assert f["content"] == "the flooding in the river towns"
    assert f["cue"] == "talked about" and f["speaker"] == "The mayor"


def test_speak_on_condition_is_not_a_statement(nlp):
    found = _found(nlp, "An aide, who spoke on the condition of anonymity, described the mood as tense.")
    assert not any("condition of anonymity" == f["content"] for f in found)


def test_naming_frame_takes_object_and_quote(nlp):
    """ "called X “Y”" is one content: the object and what it is called, ending at the quotation."""
    f = _one(_found(nlp, "The governor called the budget “a reckless gamble,” pointing to the deficit."), "budget")
    assert f["content"] == "the budget “a reckless gamble,”"
    assert f["speaker"] == "The governor"


def test_cue_clause_interrupting_its_content(nlp):
    """ "X, he said, Y": the content is the whole sentence around the cue clause."""
    f = _one(_found(nlp, "The new bridge, the engineer said, would open to traffic in the spring."), "bridge")
    assert f["content"].startswith("The new bridge") and f["content"].endswith("in the spring")
    assert f["speaker"] == "the engineer"


def test_cue_clause_closing_its_content(nlp):
    f = _one(_found(nlp, "The count in the northern wards was plainly wrong, she said."), "count")
    assert f["content"] == "The count in the northern wards was plainly wrong"
    assert f["speaker"] == "she"


def test_hedge_has_no_speaker(nlp):
    """ "X seemed Y" / "X is expected to Y": PolNeAR's source-less attributions."""
    f = _one(_found(nlp, "The council seemed unwilling to raise the parking fees."), "unwilling")
    assert f["speaker"] is None and f["lemma"] == "seem"
    assert f["content"].startswith("The council")
    f = _one(_found(nlp, "The new terminal is expected to open in late October."), "open in late October")
    assert f["speaker"] is None and f["lemma"] == "expect"


def test_seem_without_complement_is_nothing(nlp):
    assert not any(f["lemma"] == "appear" for f in _found(nlp, "The singer appeared on the late show on Friday."))


def test_headline_colon(nlp):
    """ "Okafor: The vote was rigged" — a short name and a colon open the line."""
    f = _one(_found(nlp, "Okafor: The count in the north was rigged"), "count")
    assert f["speaker"] == "Okafor" and f["cue"] == ":"
    assert f["content"] == "The count in the north was rigged"


def test_headline_colon_ignores_labels(nlp):
    assert not any(f["cue"] == ":" for f in _found(nlp, "Update: The road reopened after the storm"))
    assert not any(f["cue"] == ":" for f in _found(nlp, "At 12:30 the bus left the depot"))
    # a live page's labels, and a possessive one ("Editor’s Note:"), are no speakers either
    for label in ("The Latest", "Editor\u2019s Note", "Delegate Update", "Still"):
        assert not any(f["cue"] == ":" for f in _found(nlp, f"{label}: Okafor wins the northern caucuses")), label
    assert _found(nlp, "Okafor's Aide: The count was rigged")[0]["cue"] == ":"


def test_nominal_cue_with_possessive_source(nlp):
    """ "Okafor's claim that ..." — a noun of saying with a possessive source."""
    f = _one(_found(nlp, "Okafor's claim that the ballots were lost drew scorn from the board."), "ballots")
    assert f["speaker"] == "Okafor" and f["lemma"] == "claim"
    assert f["content"] == "that the ballots were lost"


def test_nominal_cue_needs_a_source(nlp):
    found = _found(nlp, "The claim that the ballots were lost drew scorn from the board.")
    assert not any(f["lemma"] == "claim" for f in found)


def test_asked_about_has_no_speaker(nlp):
    """ "Asked about X, Y said ...": the one asked is not the asker."""
    found = _found(nlp, "Asked about the strike, the minister said nothing would change before June.")
    asked = [f for f in found if f["lemma"] == "ask"]
    assert asked and asked[0]["speaker"] is None and asked[0]["content"] == "the strike"
    said = _one(found, "nothing would change")
    assert said["speaker"] == "the minister"


def test_according_to_inside_the_sentence(nlp):
    f = _one(_found(nlp, "Turnout, according to the county clerk, was the highest in a decade."), "highest")
    assert f["speaker"] == "the county clerk"
    assert f["content"].startswith("Turnout") and f["content"].endswith("in a decade")


def test_according_to_with_an_apposition_or_between_dashes_keeps_the_whole_claim(nlp):
    f = _one(_found(nlp, "At the root of the delay, according to Dan Ross, a former harbour master, was a dispute "
                         "over the pier."), "dispute")
    assert f["speaker"] == "Dan Ross"
    assert f["content"].startswith("At the root") and f["content"].endswith("over the pier")
    f = _one(_found(nlp, "Most residents - 63 percent last year, according to the council survey - still back the "
                         "ferry plan."), "ferry")
    assert f["content"].startswith("Most residents") and f["content"].endswith("the ferry plan")
    f = _one(_found(nlp, "Sales rose 5 percent, according to the survey, which was published on Monday."), "Sales")
    assert f["content"] == "Sales rose 5 percent"


def test_according_to_before_a_quotation_of_several_sentences(nlp):
    text = "According to the newspaper, \u201cThe port rules let dealers sell to almost anyone. Few buyers are barred.\u201d"
    f = _one(_found(nlp, text), "port rules")
    assert f["speaker"] == "the newspaper"
    assert f["content"].endswith("Few buyers are barred.\u201d")


def test_participle_sharing_the_subject_stays_in_content(nlp):
    """A participle after a reported clause ("..., expressing hope that") belongs to that content."""
    found = _found(nlp, "The ministry said the envoy left on Monday, expressing hope that talks would resume.")
    said = [f for f in found if f["lemma"] == "say"]
    assert said and "expressing hope" in said[0]["content"]


def test_partial_quote_runs_past_the_sentence_end(nlp):
    """A quotation opened inside reported speech is content until it closes."""
    text = "He said the plan “is broken. Nobody in this town believes it any more.”"
    f = _one(_found(nlp, text), "is broken")
    assert f["content"].endswith("any more.”")


def test_short_inline_quote_without_cue_is_not_a_statement(nlp):
    found = _found(nlp, "The “clean and green” label came off the product page last week after complaints.")
    assert not any("clean and green" in f["content"] for f in found)


def test_markup_attribute_is_not_a_quote():
    text = '<tweet author="Okafor" id="12">We will win this race</tweet>'
    assert find_quotes(text) == []


def test_call_for_takes_its_object(nlp):
    f = _one(_found(nlp, "The union has also called for a second vote on the harbour contract."), "second vote")
    assert f["content"] == "a second vote on the harbour contract"
    assert f["speaker"] == "The union" and f["lemma"] == "call for"


def test_as_clause_cue(nlp):
    """ "As X pointed out, Y": the clause the as-clause hangs on is the content."""
    text = "As the auditor pointed out in her report, the county spent twice its budget on roads."
    f = _one(_found(nlp, text), "twice its budget")
    assert f["speaker"] == "the auditor"
    assert f["content"] == "the county spent twice its budget on roads"


def test_object_content_keeps_a_phrase_right_after_it(nlp):
    """ "demanded the closure of the mine in response to the spill": the phrase belongs to the object."""
    f = _one(_found(nlp, "The council demanded the closure of the mine in response to the spill."), "closure")
    assert f["content"] == "the closure of the mine in response to the spill"


def test_object_content_leaves_out_time_and_setting(nlp):
    f = _one(_found(nlp, "The council demanded the closure of the mine at a meeting on Monday."), "closure")
    assert f["content"] == "the closure of the mine"


def test_purpose_clause_is_not_a_statement(nlp):
    """ "met the envoy to discuss the mission": an infinitive of purpose says nothing yet."""
    found = _found(nlp, "Mr Okafor said he would meet the envoy next week to discuss the monitoring mission.")
    assert not any(f["lemma"] == "discuss" for f in found)
    assert any(f["lemma"] == "say" and "meet the envoy" in f["content"] for f in found)


def test_inverted_cue_after_its_content(nlp):
    f = _one(_found(nlp, "The port will reopen next week, said the harbour master."), "reopen")
    assert f["content"] == "The port will reopen next week" and f["speaker"] == "the harbour master"


def test_relative_clause_content_starts_after_the_cue(nlp):
    """"an election, which Kyiv says is premature": the fronted "which" must not pull speaker and cue into the
    content (the parse makes it a child of the reported verb, left of the cue)."""
    text = "The council wants a referendum in May, which the mayor says is premature while the river is in flood."
    f = _one(_found(nlp, text), "is premature")
    assert f["content"].startswith("is premature") and "says" not in f["content"]
    assert f["speaker"] == "the mayor" and f["cue"] == "says"


def test_quote_left_open_before_the_next_paragraphs_quote(nlp):
    """Scraped text that joined paragraphs: a quote continued into the next paragraph has no closing mark
    before that paragraph's opening one; each paragraph's quote is still its own quotation."""
    text = ('The mayor said: "The bridge will stay shut until spring. "We owe drivers an honest date." '
            'The council said repairs were late. "Nobody wants this delay," a spokesman added.')
    quotes = [text[s:e] for s, e in find_quotes(text)]
    assert quotes == ['"The bridge will stay shut until spring.', '"We owe drivers an honest date."',
                      '"Nobody wants this delay,"']
    # a closing mark against its word and an inline pair stay as they were
    text = 'He said "yes" and then "no" twice.'
    assert [text[s:e] for s, e in find_quotes(text)] == ['"yes"', '"no"']
    found = _found(nlp, 'The mayor said: "The bridge will stay shut until spring. "We owe drivers an honest date." '
                        'The council said repairs were late.')
    assert _one(found, "repairs")["speaker"] == "The council"


def test_passive_rejection_with_an_agent_takes_the_subject(nlp):
    f = _one(_found(nlp, "The charge was denied by a ministry spokesman on Friday."), "charge")
    assert f["content"] == "The charge" and f["speaker"] == "a ministry spokesman" and f["act"] == "deny"
    # no agent: nobody is named as denying it, so no statement is made up
    assert _found(nlp, "The charge was denied on Friday.") == []


def test_going_on_keeps_the_outer_speaker(nlp):
    """"X said A was B but accepted that C": the parser hangs "accepted" on the reported clause."""
    found = _found(nlp, "Mr Ortiz said the new rules were fair but accepted that some farmers would lose money.")
    assert _one(found, "farmers")["speaker"] == "Mr Ortiz"
    # a verb that is not a way of going on keeps its own subject
    found = _found(nlp, "Mr Ortiz said the harvest was poor and prices rose sharply.")
    assert all(f["speaker"] == "Mr Ortiz" for f in found) and len(found) == 1


def test_silence_is_not_a_statement(nlp):
    for text in ("The port authority has yet to comment on the report.",
                 "The port authority did not comment on the report."):
        assert not any(f["lemma"].startswith("comment") for f in _found(nlp, text)), text
    assert _one(_found(nlp, "The port authority commented on the report at length."), "report")["lemma"] \
        .startswith("comment")


def test_a_quote_is_not_the_content_of_a_cue_reported_by_someone_else(nlp):
    found = _found(nlp, '"The plant will close in May," said union official Ana Ruiz. '
                        '"Every job there will go." Local papers said that Ms Ruiz shouted at the managers.')
    assert not any(f["lemma"] == "shout" and "Every job" in f["content"] for f in found)


def test_a_denial_not_made_is_no_denial(nlp):
    f = _one(_found(nlp, "Port officials have not denied the report."), "report")
    assert f["act"] == "assert"
    assert _one(_found(nlp, "Port officials denied the report."), "report")["act"] == "deny"
    # "deny someone something" withholds; it does not deny a claim
    assert not any(f["lemma"] == "deny" for f in _found(nlp, "The new rules would deny her a second term."))


def test_fact_check_labels_are_no_speakers(nlp):
    for label in ("Claim", "Denial", "Rating"):
        assert _found(nlp, f"{label}: The mayor owns three boats on the lake.") == [], label
    assert _found(nlp, "Harbourco: Freight rates will rise again in spring.")[0]["speaker"] == "Harbourco"


def test_that_clause_the_parser_hung_elsewhere(nlp):
    """ "says in a statement that X": spaCy hangs the clause on "statement"; it is still what was said."""
    f = _one(_found(nlp, "The harbour master says in a statement that the quay will reopen in the spring."), "quay")
    assert f["content"] == "that the quay will reopen in the spring" and f["speaker"] == "The harbour master"
    # a relative "that" after the noun is no content
    assert _found(nlp, "The harbour master said in a statement that was posted online.") == []


def test_calling_for_someone_to_act(nlp):
    f = _one(_found(nlp, "The mayor is calling for the council to reopen the old ferry route."), "ferry")
    assert f["lemma"] == "call for" and f["act"] == "demand"
    assert f["content"] == "the council to reopen the old ferry route"


def test_calling_for_someone_to_act_with_a_day_between(nlp):
    """"called Wednesday for the judge to resign": the parser takes the day for the verb's object."""
    f = _one(_found(nlp, "Mr Obi called Thursday for the coach to quit over the defeat."), "quit")
    assert f["lemma"] == "call for" and f["act"] == "demand" and f["speaker"] == "Mr Obi"
    assert f["content"] == "the coach to quit over the defeat"


def test_calling_on_someone_when_the_infinitive_is_parsed_as_an_adverbial_clause(nlp):
    """"has also called on the regulator to fine the airline": spaCy hangs "to fine" on the verb as an advcl, not
    an xcomp; the urging was dropped as a weak "call" with no content."""
    f = _one(_found(nlp, "She has also called on the regulator to fine the airline."), "fine")
    assert (f["lemma"], f["act"], f["content"], f["cue"]) == ("call on", "urge", "to fine the airline",
                                                             "has also called on")
    art = saidwhat.read("Ms Ode, a local councillor, spoke at the hall. She has also called on the regulator to fine "
                        "the airline.")
    s = next(s for s in art.statements if s.cue and s.cue.lemma == "call on")
    assert s.addressee is not None and s.addressee.text == "the regulator"


def test_a_name_the_parser_made_the_root_with_its_verb_describing_it(nlp):
    """"Tom Reyes, chairman of the Harbour Trust, called on ...": spaCy made the name the root of the sentence and
    "called" a clause describing it (acl), so the urging had no speaker."""
    f = _one(_found(nlp, "Tom Reyes, head of the Harbour Trust, called on Mr Okafor to withdraw his claim that the "
                         "docks were losing money."), "withdraw")
    assert f["speaker"] == "Tom Reyes" and f["act"] == "urge"


def test_told_an_outlet_then_a_clause_the_parser_split_off(nlp):
    f = _one(_found(nlp, "Mr Hale told BBC Radio 4's Today programme Mr Burns had misled the council."), "misled")
    assert f["content"] == "Mr Burns had misled the council" and f["speaker"] == "Mr Hale"
    # the ones told are no content of their own
    assert _found(nlp, "She told reporters. The plan failed.") == []
    assert _one(_found(nlp, "She told the truth about the deal."), "truth")["lemma"] == "tell"


def test_the_one_prompted_to_speak_speaks(nlp):
    f = _one(_found(nlp, "The pressure prompted the prime minister to say he would act."), "would act")
    assert f["speaker"] == "the prime minister"
    # asked to condemn is only a request: the one asked has not condemned anything
    assert not any(f["speaker"] == "him" for f in _found(nlp, "Mr Reed asked him to condemn the attacks."))


def test_saying_nothing_is_no_statement(nlp):
    assert not any(f["content"] == "nothing" for f in _found(nlp, "The minister said nothing."))
    assert _one(_found(nlp, "Asked if it would work, the minister said yes."), "yes")["speaker"] == "the minister"


def test_acts_read_from_the_predicate(nlp):
    assert _one(_found(nlp, "Mr Pryce branded the decision unacceptable."), "decision")["act"] == "criticize"
    assert _one(_found(nlp, "Ms Vale called the ruling \u201ca bold step\u201d."), "ruling")["act"] == "assert"
    assert _one(_found(nlp, "The firm estimates that sales will grow 15% this year."), "sales")["act"] == "predict"
    assert _one(_found(nlp, "The firm estimates that sales grew 15% last year."), "sales")["act"] == "assert"
    assert _one(_found(nlp, "The union protested that the plan was unfair."), "plan")["act"] == "criticize"


def test_a_clause_opening_with_although_after_the_cue(nlp):
    f = _one(_found(nlp, "The central bank declined to comment, but a spokesman said yesterday although the loans "
                         "may be rolled over, the chance that other banks redeem them meant fresh funds were needed."),
             "fresh funds")
    assert f["speaker"] == "a spokesman" and f["content"].startswith("although the loans")
    assert not any(f["lemma"] == "say" for f in _found(nlp, "He said while he was in Paris."))


def test_the_sender_of_a_statement_speaks_in_its_participle(nlp):
    found = _found(nlp, "The agency released an identical statement to both the Daily Courier and Harbour News "
                        "denying that any militants had crossed the border.")
    assert _one(found, "militants")["speaker"] == "The agency"


def test_claiming_a_prize_is_winning_it(nlp):
    assert not any(f["lemma"] == "claim" for f in _found(nlp, "The Dutch pair claimed the gold medal in Turin."))
    assert not any(f["lemma"] == "claim" for f in _found(nlp, "Ms Roe won the seat, claiming 41% of the vote."))
    assert _one(_found(nlp, "The group claimed responsibility for the attack."), "responsibility")["lemma"] == "claim"


def test_a_relative_clause_cue_interrupts_nothing(nlp):
    f = _one(_found(nlp, "Woods, who said he would not return until he could compete with the best, missed the cut."),
             "return")
    assert f["content"] == "he would not return until he could compete with the best"


def test_a_hedge_inside_what_someone_said_is_part_of_it(nlp):
    found = _found(nlp, "The spokeswoman said the rock seemed to have broken off a passing asteroid.")
    assert [f["speaker"] for f in found] == ["The spokeswoman"]
    # on its own a hedge is still a source-less attribution
    assert _found(nlp, "The rock seemed to have broken off a passing asteroid.")[0]["speaker"] is None


def test_a_stance_inside_what_someone_said_is_part_of_it(nlp):
    found = _found(nlp, "The mayor said most residents oppose the new bridge tolls.")
    assert [f["lemma"] for f in found] == ["say"]
    # a denial reported inside a statement is a statement of its own
    found = _found(nlp, "Ms Venn says Mr Hall denied any such deal.")
    assert sorted(f["lemma"] for f in found) == ["deny", "say"]


def test_a_thing_does_not_go_on_to_promise(nlp):
    found = _found(nlp, "Mr Hale said the convoy showed that the deal was working, and promised that a second one "
                        "would follow within a week.")
    assert _one(found, "second one")["speaker"] == "Mr Hale"
    # a person in the reported clause may well go on to deny
    assert _one(_found(nlp, "Mr Hale said the minister had lied and denied that he knew."), "he knew")[
        "speaker"] == "the minister"


def test_a_straight_quote_closed_by_a_curly_mark(nlp):
    text = '"The roads are shut. Please stay at home,\u201d Judge Ortiz said.'
    assert [text[s:e] for s, e in find_quotes(text)] == ['"The roads are shut. Please stay at home,\u201d']
    text = '"A post stated that \u201cthe town is shut. This is false,\u201d Judge Ortiz said in a statement.'
    assert find_quotes(text)[0][1] == text.index("\u201d") + 1
    assert _one(_found(nlp, text), "town is shut")["speaker"] == "Judge Ortiz"


def test_a_curly_quote_closed_by_a_straight_mark(nlp):
    """'“The roads are shut," Judge Ortiz said.': scraped text mixes the marks; the straight one before the cue
    closes the quotation (it had run to the end of the paragraph, with no speaker). A straight pair nested in an
    unclosed curly quote, with no cue after it, closes nothing."""
    text = '“The roads are shut. Please stay at home," Judge Ortiz said. “We will open them soon."'
    assert [text[s:e] for s, e in find_quotes(text)] == [
        '“The roads are shut. Please stay at home,"', '“We will open them soon."']
    art = saidwhat.read(text, published="2025-01-10")
    assert [(st.kind, st.speaker.name) for st in art.statements] == [("direct", "Ortiz"), ("direct", "Ortiz")]
    text = '“He said "no" and walked out, and we never saw him again.'
    assert [text[s:e] for s, e in find_quotes(text)] == [text]


def test_names_the_parser_hung_on_the_phrase_before_them(nlp):
    found = _found(nlp, 'In a statement to the Daily Courier, Ortiz and Reyes said: "We are sad to hear the news."')
    assert _one(found, "sad")["speaker"] in ("Ortiz", "Ortiz and Reyes")


def test_single_curly_quotes_as_british_papers_print_them(nlp):
    text = "\u2018It was shocking,\u2019 a ward sister said. \u2018We acted at once.\u2019"
    assert [text[s:e] for s, e in find_quotes(text)] == ["\u2018It was shocking,\u2019", "\u2018We acted at once.\u2019"]
    # apostrophes are no quotes
    assert find_quotes("The nurses\u2019 union said it wasn\u2019t told.") == []
    art = saidwhat.read("A hospital spokesman said: \u2018It was shocking, the baby\u2019s arm was badly hurt.\n\n"
                        "\u2018Doctors managed to free the arm within minutes.\u2019")
    assert [s.kind for s in art.statements] == ["direct", "direct"]
    assert {s.speaker.name for s in art.statements} == {"Hospital spokesman"}


def test_of_two_subjects_on_one_verb_the_nearer_speaks(nlp):
    found = _found(nlp, "The nurse, named as Ana Belo, tried to lift the child but the mother refused to let go.")
    assert _one(found, "let go")["speaker"] == "the mother"


def test_according_to_inside_brackets(nlp):
    f = _one(_found(nlp, "The battery lasts long (about two days, according to the maker), so a reserve mode helps."),
             "two days")
    assert f["content"] == "about two days" and f["speaker"] == "the maker"


def test_an_admission_not_made_is_no_admission(nlp):
    assert _one(_found(nlp, "The firms did not admit any violations."), "violations")["act"] == "assert"
    assert _one(_found(nlp, "The firms admitted two violations."), "violations")["act"] == "admit"


def test_a_speaker_retelling_what_they_said_is_one_statement(nlp):
    found = _found(nlp, "Mr Hale said he told the board the plan would fail.")
    assert [f["speaker"] for f in found] == ["Mr Hale"]
    # a denial reported with a pronoun is still its own statement
    found = _found(nlp, "Ms Venn says he denied any such deal.")
    assert sorted(f["lemma"] for f in found) == ["deny", "say"]


def test_a_second_that_clause_is_more_of_the_same_report(nlp):
    """"said A, but that B": PolNeAR and readers take both clauses as what was said, even when B's verb is
    itself a stance verb ("never doubted")."""
    f = _one(_found(nlp, "The coach says many doubted the team in May but that he never doubted them."), "May")
    assert f["content"] == "many doubted the team in May but that he never doubted them" and f["speaker"] == "The coach"
    # a coordinated clause with a speaker and cue of its own is still its own statement
    found = _found(nlp, "The mayor said the bridge is safe, and the engineers denied that it was cracked.")
    assert _one(found, "bridge is safe")["content"] == "the bridge is safe"


def test_a_cue_clause_with_the_one_told_set_off_by_commas(nlp):
    f = _one(_found(nlp, "The senator remains committed to the fight, his aide, Tom Reyes, told the Gazette."),
             "committed")
    assert f["content"] == "The senator remains committed to the fight" and f["speaker"] == "his aide"
    f = _one(_found(nlp, "Instead, Harlan told the Courier, his plan would merely be to wait."), "his plan")
    assert f["speaker"] == "Harlan" and f["lemma"] == "tell"


def test_a_participle_before_a_noun_is_no_cue(nlp):
    """"no known affiliations": `known` describes the noun; the cue of the sentence is "added"."""
    found = _found(nlp, "He had no known affiliations, the airline added, and had passed all checks.")
    assert [(f["lemma"], f["content"]) for f in found] == [("add", "He had no known affiliations")]


def test_a_name_after_the_closing_mark_the_parser_hung_inside_the_quote(nlp):
    """"“..., Elbonia and Nepal,” Andrew Pendle, the charity's head of policy, said.": spaCy makes the name an
    apposition of the last place in the quotation and leaves "said" without a subject."""
    text = ("The charity said the change would hurt. \u201cThe losers in this new trade landscape will be some of the most vulnerable "
            "workers in countries such as Ruritania, Elbonia and Nepal,\u201d Andrew Pendle, Harbour Aid's head of "
            "Trade Policy, said.")
    f = _one(_found(nlp, text), "losers")
    assert f["speaker"] == "Andrew Pendle" and f["kind"] == "direct" and f["content"].startswith("\u201cThe losers")


@pytest.mark.parametrize("text", [
    "\u201cThis market has had better days than today,\u201d stall holder Jo Bell, carrying a basket and \u201cBuy "
    "Local\u201d leaflets, said brightly.",
    "\u201cThis market has had better days than today,\u201d Devon trader Jo Bell, carrying a basket, said brightly.",
    "\u201cThis market has had better days than today,\u201d stall holder Jo Bell, carrying a basket, said brightly.",
])
def test_a_name_after_the_closing_mark_with_a_description_holding_a_verb(nlp, text):
    """A description set off by commas between the name and "said" may hold a verb or a quotation of its own
    ("wearing a straw hat"); the parser then hangs the name inside the quotation as an object, and the statement
    ran on past the closing mark with no speaker."""
    f = _one(_found(nlp, text), "better days")
    assert f["content"] == "\u201cThis market has had better days than today,\u201d"
    assert f["speaker"].endswith("Jo Bell") and f["kind"] == "direct"


def test_a_lexicon_verb_in_its_business_sense_is_not_revived_by_the_model(nlp):
    """The cue model may take up a listed verb the rules made nothing of ("strongly backed the plan"), but not
    figures or things: "Brent crude added $1.89", "the firm posted a 22% rise in profit"."""
    found = _found(nlp, "Brent crude added $1.89 to $48.62 at the close, and the firm posted a 22% rise in profit.")
    assert found == []
    f = _one(_found(nlp, "Both senators strongly backed the plan to cut school fees."), "school fees")
    assert f["lemma"] == "back" and f["act"] == "agree" and f["speaker"] == "Both senators"


@pytest.mark.parametrize("text,act", [
    ("The general says he will let the sailors go home if they lay down their arms.", "promise"),
    ("The union said that if the firm defaults, they will sue it in every court.", "threaten"),
    ("The minister said he would not apologise if the report found fault.", "reject"),
    ("The mayor said he supported the bridge plan in principle.", "agree"),
    ("The owners said they won't back a bid unless it wins wide support.", "reject"),
    ("The mayor said they should accept a smaller budget.", "assert"),  # a proposal for others, not agreement
    ("The coach said we will end up with nothing if the rain holds.", "assert"),  # a forecast, not a pledge
    ("The coach said he will win if the rain holds.", "assert"),
    ("The ministry said the reports of a coup were baseless.", "deny"),  # a denial in other words
    ("The ministry said the report was not false.", "assert"),
    ("The minister said the figures were wrong.", "assert"),  # (figures are no claim someone made)
])
def test_what_a_speaker_says_of_their_own_course_refines_the_act(nlp, text, act):
    """"said he would X if Y" is an offer (or a threat), "said he supported X" agreement: the act a reader of the
    table expects, not a plain assert."""
    found = _found(nlp, text)
    assert found and found[0]["act"] == act, found


def test_a_short_quote_that_is_a_sentence_of_its_own_goes_on_with_the_speaker(nlp):
    """Scraped text with joined paragraphs: '... she said. "Now we know it works." The campaign ...' is the
    speaker going on; a short phrase quoted inside a sentence is still not a statement."""
    text = ("\u201cWe were not sure anyone would come,\u201d Ms Orr said. \u201cNow we know it works.\u201d The "
            "campaign will run until spring, with posters the council calls \u201cquite a bold idea\u201d in parks.")
    found = _found(nlp, text)
    assert [f["content"] for f in found if f["lemma"] == ""] == ["\u201cNow we know it works.\u201d"]


def test_two_clauses_the_parser_split_off_one_cue_are_one_content(nlp):
    """"said he was confident Mr Davis would set out ...": spaCy hangs "was" and "set" on "said" as two clauses;
    the first alone ("he was") is no statement."""
    f = _one(_found(nlp, "He also said he was confident shadow home secretary Mr Dane would set out the position "
                         "very clearly next week."), "he was")
    assert f["content"].endswith("would set out the position very clearly next week")


def test_a_demonstrative_is_no_speaker(nlp):
    found = _found(nlp, "The album came out in 1977 and that confirmed his status as a star.")
    assert found == []


def test_nobody_in_particular_and_a_weighed_bill_say_nothing(nlp):
    assert _found(nlp, "How anyone could believe such a story is still a mystery.") == []
    found = _found(nlp, "As the council weighed the budget last week, an engineer testified that the bridge was unsafe.")
    assert [f["lemma"] for f in found] == ["testify"]


def test_an_outlet_quoting_someone_as_saying(nlp):
    """Wire copy: "X quoted Y as saying" — Y speaks, the outlet only reports it; the quotation or the clause after
    "saying" is what was said (the object "Y as saying ..." is not)."""
    f = _one(_found(nlp, "\u201cOur reforms have created a new generation of engineers,\u201d Harbour News quoted "
                         "Prince Sayed as saying."), "reforms")
    assert f["speaker"] == "Prince Sayed" and f["kind"] == "direct"
    found = _found(nlp, "Interfax quoted the minister as saying that the talks would resume.")
    assert [(f["speaker"], f["content"]) for f in found] == [("the minister", "that the talks would resume")]


def test_a_quoted_headline_is_no_statement(nlp):
    """A headline or title in quotation marks ("KFC Gets License To Sell ...") standing where a quotation could go
    on with the last speaker is not something that speaker said; a sentence full of names still is."""
    text = ("The site ran a story under a false headline, the paper wrote.\n\n"
            "\u201cHarbour Cafe Gets A License To Sell Fireworks In Three Towns.\u201d")
    assert [f["content"] for f in _found(nlp, text) if f["lemma"] == ""] == []
    text = ("The minister spoke at length, the paper wrote.\n\n"
            "\u201cAnna Berg met Karl Vos in Strelsau and we talked for hours about the river.\u201d")
    assert len([f for f in _found(nlp, text) if f["lemma"] == ""]) == 1


def test_declining_to_say_and_a_condition_say_nothing(nlp):
    """"declined to say whether ..." is silence (like "has yet to comment"), and a cue inside a condition ("until it
    agrees to stop") is no statement; declining to attend something is still reported (a refusal)."""
    assert _found(nlp, "Mr Tiet declined to say whether the accord included secret terms.") == []
    assert _found(nlp, "The firm refused to confirm the figures.") == []
    assert _found(nlp, "The state would not fund the bank until it agrees to stop making such loans.") == []
    assert [f["lemma"] for f in _found(nlp, "He declined to attend the meeting.")] == ["decline"]


def test_written_things_idioms_and_as_clauses_that_say_nothing(nlp):
    """What is written is no statement unless it is a clause or a quotation ("its engineers wrote the code",
    "writing her monthly letter"); "not to mention" means "and also"; "as more mills are finding buyers" is no
    "as X said"; the clause before a dash is not what "they wanted" (the infinitive after the cue is)."""
    assert _found(nlp, "The studio can charge for this because its engineers wrote the code and they hold the "
                       "licence.") == []
    found = _found(nlp, "Writing her monthly letter in the Valley Gazette, the abbess said the novel was harmless.")
    assert [f["lemma"] for f in found] == ["say"]
    assert _found(nlp, "Many Lisbon jazz lovers, not to mention listeners across the Portuguese-speaking world, "
                       "seldom hear the trio live.") == []
    assert _found(nlp, "Grain prices may be turning, though, as more and more mills are finding buyers.") == []
    found = _found(nlp, "Vera and her sister tried to solve this - they wanted to make poets like Ana Blanco "
                        "available to students everywhere.")
    assert all("tried to solve" not in f["content"] for f in found)
    assert [f["content"] for f in _found(nlp, "He wrote that the plan was doomed.")] == ["that the plan was doomed"]
    found = _found(nlp, "The site wrote a story under the headline \u201cHarbour Cafe Sells Fireworks\u201d last week.")
    assert [f["lemma"] for f in found] == ["write"]


def test_what_one_expects_another_to_say_is_no_statement(nlp):
    """"it expected the regulator to respond swiftly to ...": the infinitive inside the expectation is what the
    board expects, not a statement by the regulator."""
    found = _found(nlp, "The board stressed that fares would hold while it expected the regulator to respond "
                        "swiftly to signs of the market weakening.")
    assert [f["lemma"] for f in found] == ["stress", "expect"]


def test_told_a_paper_in_an_interview_that(nlp):
    """"She told the Valley Post in an interview that ...": the parser hangs the that-clause on "interview"; the
    one told is no part of the content. A figure added ("exports will add 1.2 pct to output") says nothing."""
    found = _found(nlp, "She told the Valley Post in an interview that she expected gross output to expand by only "
                        "three pct in 1999.")
    assert [f["content"] for f in found] == ["that she expected gross output to expand by only three pct in 1999"]
    found = _found(nlp, "He said farm exports will add 1.2 pct to output next year.")
    assert [f["lemma"] for f in found] == ["say"]


def test_wire_copy_odds_and_ends(nlp):
    """Wire habits: a fronted "For the next three weeks, X calls for ..." (the "for" before the verb is no "call
    for"); "funding the shortfall requires inflows" is a need, not a demand ("he requires an apology" is one);
    "did not elaborate on her views of X" says nothing; a quotation whose closing mark has a space before it and
    text after it is one mixed statement, not also a quotation going on with the last speaker."""
    found = _found(nlp, "For the next three weeks, Okafor calls for March cocoa futures to advance toward the 2,400 "
                        "area.")
    assert [(f["cue"], f["content"][:18]) for f in found] == [("calls for", "March cocoa future")]
    found = _found(nlp, "Several economists have said that funding the large shortfall requires big inflows of "
                        "foreign money.")
    assert [f["act"] for f in found] == ["assert"]
    assert [f["act"] for f in _found(nlp, "He said he requires a full apology from the board.")] == ["demand"]
    assert _found(nlp, "She did not elaborate on her views of the ties between the two budgets.") == []
    text = ("Ministers met on Tuesday.\n\n\u201cIf every lender agreed, the two governments would be ready to weigh "
            "cheaper loans \u201d for the islands, one aide said.")
    assert [(f["lemma"], f["kind"]) for f in _found(nlp, text)] == [("say", "mixed")]


def test_not_saying_why_says_nothing(nlp):
    """"The spokeswoman did not say why the two men had been arrested": silence, like "declined to say"."""
    assert _found(nlp, "The spokeswoman did not say why the two men had been arrested.") == []
    assert _found(nlp, "He would not say whether the deal was off.") == []


def test_a_list_is_not_a_trailing_description(nlp):
    """"said the ministers had discussed Lisbon, the wider trade war and the row over fishing": the parser
    makes the second item an apposition, but a list with "and" is what was said, not the writer's description."""
    found = _found(nlp, "Ms Brik said the two ministers had discussed Lisbon, the wider trade war, the state of the "
                        "Gulf and the row over fishing rights.")
    assert [f["content"] for f in found] == ["the two ministers had discussed Lisbon, the wider trade war, the state "
                                             "of the Gulf and the row over fishing rights"]


def test_things_added_and_things_that_threaten_say_nothing(nlp):
    """"The group added Avis rental cars in 1985" is a purchase, not a remark; "complains that a flood of cheap
    imports threatens its survival" holds no second statement by the flood (a barrister's would be one)."""
    assert _found(nlp, "The group added Avis rental cars in 1985.") == []
    found = _found(nlp, "The union complains that a flood of cheap imports threatens its survival.")
    assert [f["lemma"] for f in found] == ["complain"]
    # a person named by a role is no thing: the barrister's own statement inside the minister's stays
    found = _found(nlp, "The lawyer who had defended the grower had said the rules were \u201ctilted heavily\u201d "
                        "toward the landlord, said Mr Reyes.")
    assert sorted(f["speaker"] for f in found) == ["Mr Reyes", "The lawyer"]


def test_adding_after_a_reported_clause_is_the_speakers(nlp):
    """"She said the fees would be set within the month, adding that ...": the parser hangs "adding" on the
    reported clause, whose agent ("a special panel") adds nothing; the speaker of "said" goes on."""
    found = _found(nlp, "She said the fees for the licences would be set within the month by a special panel, "
                        "adding that an applicant could appeal against a refusal.")
    assert [(f["lemma"], f["speaker"]) for f in found] == [("say", "She"), ("add", "She")]


def test_a_time_is_nobody(nlp):
    """A time phrase the parser leaves as the verb's only subject ("Nine months of X soaring ... by talking about
    ...", "supporters Tuesday inviting them") is no speaker. The parse is built by hand: the small model makes
    this mistake only in longer contexts."""
    from spacy.tokens import Doc

    from saidwhat.attribution import _speaker

    words = ["Nine", "months", "talking", "about", "the", "wall"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 2, 2, 2, 5, 3], deps=["nummod", "nsubj", "ROOT", "prep", "det", "pobj"],
              pos=["NUM", "NOUN", "VERB", "ADP", "DET", "NOUN"], tags=["CD", "NNS", "VBG", "IN", "DT", "NN"],
              lemmas=["nine", "month", "talk", "about", "the", "wall"], ents=["B-DATE", "I-DATE", "O", "O", "O", "O"])
    assert _speaker(doc[2]) == (None, "none")
    doc = Doc(nlp.vocab, words=["The", "46-year-old", "said", "so"], heads=[1, 2, 2, 2],
              deps=["det", "nsubj", "ROOT", "advmod"], pos=["DET", "NOUN", "VERB", "ADV"],
              lemmas=["the", "46-year-old", "say", "so"], ents=["O", "B-DATE", "O", "O"])
    assert _speaker(doc[2])[0].i == 1


def test_a_sentence_ending_in_a_colon_is_no_name_line(nlp):
    """"Listening to the message he said: “...”" is a sentence with a cue of its own, not a "Name: text" line (which
    would take the whole rest as said by "Listening"); "Okafor: My plans are not set in stone" still is one."""
    found = _found(nlp, "Listening to the message he said: \u201cIt is a wonderful sound that I thought was "
                        "lost.\u201d")
    assert [f["lemma"] for f in found] == ["say"]
    found = _found(nlp, "Okafor: My plans are not set in stone")
    assert [(f["lemma"], f["speaker"]) for f in found] == [(":", "Okafor")]


def test_the_writers_generic_you_is_no_speaker(nlp):
    """"You have to say that ... Cook trumps Pogue": the writer's generic "you" speaks for nobody; inside a
    quotation "You said the plan was dead" is someone addressing someone, and the quotation stays the host's."""
    assert _found(nlp, "You have to say that, when it comes to advice, Cook trumps Pogue.") == []
    found = _found(nlp, "\u201cYou said the plan was dead,\u201d the host told him.")
    assert [(f["lemma"], f["speaker"]) for f in found] == [("tell", "the host")]


def test_not_wanting_is_no_demand(nlp):
    """"said he wants X" is a demand; "said she does not want higher fees" rejects them; "said the drivers did not
    want to walk out" is no demand at all."""
    acts = [f["act"] for f in _found(nlp, "The senator said she does not want higher fees for small farms.")]
    assert acts == ["reject"]
    acts = [f["act"] for f in _found(nlp, "The union leader said the drivers did not want to walk out.")]
    assert acts == ["assert"]
    assert [f["act"] for f in _found(nlp, "The union chief said he wants talks with the board.")] == ["demand"]


def test_denying_someone_something_is_withholding_not_a_denial(nlp):
    """"by denying them winnable seats" keeps seats from them; "denied her faith meant ..." (a possessive) and
    "denied the report" are denials."""
    found = _found(nlp, "The new party may help its rivals by denying them seats they would otherwise win.")
    assert not any(f["lemma"] == "deny" for f in found)
    f = _one(_found(nlp, "But she denied her age meant she would step aside."), "age meant")
    assert f["act"] == "deny"


def test_a_listed_name_and_colon_before_a_quotation(nlp):
    """Match reports list reactions as "- Riverside boss Tom Reyes: “...”"; the dash kept the line from being read
    as a "Name:" line, so the quotation went to whoever spoke before. A dashed line without a quotation is a
    listing ("- Late Review: shown on Saturday at 9pm"), not a statement."""
    f = _one(_found(nlp, '- Harbour Rovers coach Tom Reyes: \u201cWe let the lead slip in the second half. "The '
                         'players were tired.\u201d'), "lead slip")
    assert f["speaker"] == "Harbour Rovers coach Tom Reyes" and f["kind"] == "direct"
    assert _found(nlp, "- Late Review: the whole programme is being shown on Saturday at 9pm.") == []


def test_a_passive_verb_joined_to_a_clause_has_no_speaker_from_it(nlp):
    """"Reyes would not have played, but had been promised a game": Reyes is the one promised, not the promiser."""
    found = _found(nlp, "Reyes would not have started, but had been promised a place in the final.")
    assert all(f["speaker"] is None for f in found)


def test_showing_someone_how_is_no_finding(nlp):
    """"Reyes showed Hale how to do it" (a player showing another) says nothing; "The poll showed Hale ahead" does."""
    assert _found(nlp, "Later in the session, Reyes showed Hale how to fold the sail.") == []
    f = _one(_found(nlp, "The poll showed Hale ahead by six points."), "Hale")
    assert f["speaker"] == "The poll"


def test_said_or_added_before_the_one_saying(nlp):
    """"Said the report: “...”" and "Added Ms Obi: “...”": the verb opens the sentence and the one saying follows it
    (the tagger may even take "Added" for the first word of a name)."""
    f = _one(_found(nlp, 'Said the report: "This result is curious, because most tenants say they would move."'),
             "curious")
    assert f["speaker"] == "the report" and f["lemma"] == "say"
    f = _one(_found(nlp, 'Added Ms Obi: "We will appeal the ruling at once."'), "appeal")
    assert f["speaker"] == "Ms Obi" and f["cue"] == "Added" and f["lemma"] == "add"


def test_a_verb_joined_under_a_modal_in_reported_speech_is_the_things(nlp):
    """"said protectionist bills could trigger retaliation and threaten the trading system": "threaten" shares
    "could" and the bills as subject; it is no threat made by the official (the statement holding it stays).
    (A guard: the wire sentence that showed the bug parsed with "threaten" joined to the reported verb; our own
    sentences parse otherwise, so this passes on the code before the fix too.)"""
    found = _found(nlp, "A port official said that new levies being drafted by the council could drive "
                        "shipping lines away and threaten the whole harbour.")
    assert [f["lemma"] for f in found] == ["say"]


def test_a_statement_of_quotation_marks_only_is_dropped(nlp):
    """A stray doubled mark in the source ('he said, ""it does not ...') left a statement whose content was two
    quotation marks; a colon awaiting its quotation ("Mr Hale told reporters:") still stands."""
    found = _found(nlp, '"Even if the truce held last winter," she said, ""nobody should expect it to hold '
                        'this time."')
    assert all(any(ch.isalnum() for ch in f["content"]) for f in found)
    assert _found(nlp, "Mr Hale told reporters:")[0]["content"] == ":"


def test_an_as_clause_of_a_bare_participle_is_no_attribution(nlp):
    """"..., as required by the Justice Department", "..., as expected": compliance or expectation, not "as X said";
    "as reported by the ministry" and "As Ryan has pointed out" still give the clause they modify."""
    assert _found(nlp, "Members backed the new lease on terms that give the club a year to move its boats, as "
                       "required by the harbour board.") == []
    assert _found(nlp, "Entrants must sign up by the end of June if the race goes ahead, as expected.") == []
    f = _one(_found(nlp, "The economy grew 3 pct, as reported by the ministry."), "economy grew")
    assert f["speaker"] == "the ministry"
    f = _one(_found(nlp, "As Okafor has pointed out, that plan never added up."), "never added")
    assert f["speaker"] == "Okafor"


def test_a_present_verb_joined_to_a_things_clause_under_a_past_cue(nlp):
    """"The sources said the new plan could be announced soon and calls for growth": "calls" (present, against the
    past "said") is the plan's verb, not a call made by the sources."""
    found = _found(nlp, "Officials said the new budget could be published within weeks and calls mainly for "
                        "lower fuel duty.")
    assert [f["lemma"] for f in found] == ["say"]


def test_what_someone_was_asked_to_say_is_not_said(nlp):
    """"Asked to explain the reason for his optimism, Fendt said ...": "to explain" is what he was asked, not a
    statement of his (the asking and what he then said stay)."""
    found = _found(nlp, "Asked to explain why he was so cheerful, Okafor said sales would double by the "
                        "spring.")
    assert [f["lemma"] for f in found] == ["ask", "say"]


def test_kept_back_or_found_out_is_not_said(nlp):
    """"Harbourco doesn't disclose the number of members" keeps it back; "could tell if the ads led to sales" is
    finding out, with nobody told; "EARLIER: ..." is a web page's marker, not a speaker before a colon."""
    assert _found(nlp, "Harbourco doesn't disclose its pilots' salaries.") == []
    assert _found(nlp, "The shop could tell if its posters brought in buyers.") == []
    found = _found(nlp, "EARLIER: Frankly, we always guessed that the mayor liked jazz.")
    assert all(f["speaker"] != "EARLIER" for f in found)


def test_a_caption_opening_with_a_preposition_is_no_name_line(nlp):
    """"From Yorkshire: Security guard Tom Reyes (left) joined the fighters": a caption's place, not a speaker."""
    found = _found(nlp, "From Devon: Lifeguard Tom Reyes (left) joined dozens of volunteers on the beach.")
    assert all(f["speaker"] != "From Yorkshire" for f in found)


def test_told_a_named_body_then_the_clause_without_that(nlp):
    """"told Radio Kent farmers had been waiting for rain": the parser runs the body told into the clause's subject;
    the body is the addressee and "farmers" opens what was told."""
    art = saidwhat.read("Ann Vey, head of the Growers Union, told Radio Kent farmers had been waiting weeks for "
                        "rain.", published="2025-01-10")
    s = art.statements[0]
    assert s.addressee is not None and s.addressee.text == "Radio Kent"
    assert s.content.text.startswith("farmers had been waiting")


def test_he_inside_a_quotation_is_not_the_speaker_supporting(nlp):
    """'"She backs the new rota fully," said the statement': "she" in a quotation is someone else, so the
    statement asserts, it does not agree; outside quotes "said she backs the rota" still agrees."""
    found = _found(nlp, '"She backs the new rota fully," said the statement.')
    assert _one(found, "new rota")["act"] == "assert"
    found = _found(nlp, "Ms Vey said she backs the new rota fully.")
    assert _one(found, "new rota")["act"] == "agree"


def test_a_closed_quotation_is_not_the_next_sentences_content(nlp):
    """'"... in May." Mr Okoro is continuing in his post' and '"..." Ms Hale has written to the board saying:'
    start new sentences: the quotation before them is not what they say."""
    found = _found(nlp, 'The club said: "He will step down in May." Mr Okoro is continuing in his post for now.')
    assert all(f["lemma"] != "continue" for f in found)
    found = _found(nlp, 'He added: "We told them twice." Ms Hale has written to the board about it.')
    assert all(not (f["lemma"] == "write" and "told them" in f["content"]) for f in found)
    found = _found(nlp, '"We told them twice," Ms Hale said.')
    assert _one(found, "told them")["speaker"] == "Ms Hale"


def test_according_to_a_rule_or_a_law_is_no_source(nlp):
    """"built according to rules set by the coders", "falls according to the laws of physics": a measure, not
    someone saying; "according to the central bank" still is."""
    assert _found(nlp, "The robot sorts the parcels according to rules set by its makers.") == []
    assert _found(nlp, "The toy tumbles according to the laws of physics.") == []
    assert _one(_found(nlp, "Rents will rise, according to the central bank."), "Rents")["speaker"] == \
        "the central bank"


def test_a_while_clause_before_a_passive_cue_is_not_what_was_said(nlp):
    """"While Hale was praised, Vey was warned by the club for being late": the while-clause says when, not what
    the club warned; "If the deal fails, prices will rise, the bank warned" keeps its if-clause."""
    found = _found(nlp, "While Hale has been singled out as the team's best hope, Vey was warned by the Rugby Union "
                        "for a lack of effort at the end of 2003.")
    assert all("singled out" not in f["content"] for f in found)
    found = _found(nlp, "If the deal fails, prices will rise, the bank warned.")
    assert _one(found, "prices will rise")["content"].startswith("If the deal fails")


def test_according_to_a_named_report_the_parser_read_as_a_verb(nlp):
    """"According to the Kestrel report the habit marks ...": "report" is part of the source, not a verb."""
    f = _one(_found(nlp, "According to the Kestrel report the habit marks young buyers out as loyal."), "habit")
    assert f["speaker"] == "the Kestrel report" and f["content"].startswith("the habit marks")


def test_suggest_proposes_only_what_should_be(nlp):
    """A study "suggests" a finding (assert); someone "suggested" that something should be done, or "could" be, or
    doing it, proposes."""
    assert _one(_found(nlp, "A new survey suggests that pupils in Leeds read more than adults."), "pupils")["act"] \
        == "assert"
    assert _one(_found(nlp, "Mr Vey suggested that councils should buy more buses."), "buses")["act"] == "propose"
    assert _one(_found(nlp, "Ms Hale suggested raising the parking fees."), "parking")["act"] == "propose"
    assert _one(_found(nlp, "The minister suggested schools could get more money."), "schools")["act"] == "propose"


def test_a_manner_verb_beside_a_quotation_is_its_cue(nlp):
    """'"Call it luck," grins one trader': a verb of manner stands for "said" next to a quotation (the parser
    makes the trader its object); on its own it says nothing."""
    f = _one(_found(nlp, '"Call it luck," grins one trader.'), "luck")
    assert f["speaker"] == "one trader" and f["lemma"] == "grin"
    assert _found(nlp, "She smiled at the crowd and waved.") == []


def test_continued_to_warn_is_one_warning(nlp):
    """"continued to warn that the boom may end": one statement, the warning (not also a "continued" holding
    it)."""
    found = _found(nlp, 'Some dealers continued to warn that the "boom may end any day".')
    assert [f["act"] for f in found] == ["warn"]


def test_denied_something_in_the_passive_is_going_without(nlp):
    """"Okafor was denied the title", "was denied bail": no denial by anyone; "the claim was denied by a
    spokesman" is one."""
    assert _found(nlp, "Okafor was also denied the title when his car broke down.") == []
    assert _one(_found(nlp, "The claim was denied by a club spokesman."), "claim")["act"] == "deny"


def test_threatening_or_opposing_a_person_is_no_statement(nlp):
    """"accused of threatening Tom Reyes" menaces a person; "clashed with opposing captain Ann Vey" names the other
    side; "threatened a strike" and "threatened to quit" stay threats."""
    found = _found(nlp, "Okafor had denied claims that he threatened Tom Reyes before the match.")
    assert [f["lemma"] for f in found] == ["deny"]
    assert _found(nlp, "Okafor also clashed with opposing captain Ann Vey.") == []
    assert _one(_found(nlp, "The union threatened a strike over pay."), "strike")["act"] == "threaten"


def test_a_time_phrase_hung_on_the_name_is_not_the_speaker(nlp):
    """"In last year's budget Hu said": the speaker is "Hu", not "last year's budget Hu"."""
    f = _one(_found(nlp, "In last year's budget Hu said he planned to cut the fuel duty."), "fuel duty")
    assert f["speaker"] == "Hu"


def test_adding_something_is_not_saying_it(nlp):
    """"the most she can do is add incentives for building homes": adding things, not remarks (a participle in
    the object is no clause); "added the plan would fail" is said."""
    assert _found(nlp, "The most the minister can do is add incentives for building new homes.") == []
    assert _one(_found(nlp, "He added the plan would fail."), "plan")["lemma"] == "add"


def test_quoted_someone_telling_makes_them_the_speaker(nlp):
    """"The Courier quoted Ms Vey telling members that ...": Vey told them; the paper's quoting is no statement of
    its own."""
    found = _found(nlp, "The Harbour Gazette quoted Mr Okoro telling party members at a meeting in Hull that he "
                        "wanted the club to move.")
    assert [(f["speaker"], f["lemma"]) for f in found] == [("Mr Okoro", "tell")]


def test_a_thing_that_encourages_is_a_cause(nlp):
    """"Cheap feed encouraged farmers to expand": a cause, not an urging; "the minister encouraged farmers to
    plant wheat" is one."""
    assert _found(nlp, "Cheap feed prices encouraged farmers to expand their herds.") == []
    assert _one(_found(nlp, "The minister encouraged farmers to plant wheat."), "wheat")["act"] == "urge"


def test_a_saying_participle_after_the_reported_clause_is_the_speakers(nlp):
    """"He denied growers had forced the change, telling the paper "..."": the parser hangs "telling" on the
    reported clause, but he is the one telling, and the denial stops before it."""
    art = saidwhat.read("Lord Hale said the plans were ready. He denied farmers' groups had forced the changes, "
                        "telling the Courier \"there is a feeling that something is wrong\".", published="2025-01-10")
    deny = next(s for s in art.statements if s.act == "deny")
    assert deny.content.text == "farmers' groups had forced the changes"
    tell = next(s for s in art.statements if s.cue.lemma == "tell")
    assert tell.speaker.name == "Hale" and "feeling" in tell.content.text
    # (telling "him": the one in the reported clause told the speaker)
    art = saidwhat.read("The key witness, former finance chief Tom Reyes, has said that Mr Okoro ordered changes at "
                        "the firm, telling him to \"fix our books\".", published="2025-01-10")
    tell = next(s for s in art.statements if s.cue.lemma == "tell")
    assert tell.speaker.name == "Okoro"


def test_an_arguing_participle_after_the_reported_clause_is_a_statement_of_its_own(nlp):
    """"X said A, arguing that B" (or insisting, noting, implying ...): a saying participle after a comma ends
    the content of "said" and states B for the same speaker, as PolNeAR marks it. A participle of any other verb
    ("..., highlighting the recovery") stays part of what was said; after a filing that reveals a suit ("court
    filings revealed he had sued X, alleging ..."), the one alleging is the one suing, not the filings."""
    found = _found(nlp, "Senator Ann Dale said she did not think the ads had cost her the seat, arguing that it "
                        "was the split in her party that hurt her most.")
    say = next(f for f in found if f["lemma"] == "say")
    assert say["content"] == "she did not think the ads had cost her the seat"
    argue = next(f for f in found if f["lemma"] == "argue")
    assert argue["speaker"] == "Senator Ann Dale" and argue["content"].startswith("that it was the split")
    found = _found(nlp, "Aides said the mayor would make a case for his record, highlighting the fall in crime.")
    assert [f["lemma"] for f in found] == ["say"] and found[0]["content"].endswith("the fall in crime")
    found = _found(nlp, "Court filings revealed that he had sued the builder for $2 million, alleging that the firm "
                        "had used cheap steel.")
    allege = next(f for f in found if f["lemma"] == "allege")
    assert allege["speaker"] == "he"


def test_two_titles_under_one_determiner_are_one_speaker(nlp):
    """"the former governor of Ohio and current party nominee said": one person described twice; the speaker
    span runs to the second title (it had stopped at "and"), and two determiners are two people."""
    found = _found(nlp, "Speaking on Monday, the former governor of Ohio and current party nominee said she would "
                        "visit the plant.")
    assert found[0]["speaker"] == "the former governor of Ohio and current party nominee"
    found = _found(nlp, "The influential delegate and party activist, who backs the senator, warned that the "
                        "vote would split the party.")
    assert found[0]["speaker"] == "The influential delegate and party activist"
    found = _found(nlp, "The minister and the president said the talks had failed.")
    assert found[0]["speaker"] == "The minister"


def test_a_cue_in_a_for_to_infinitive_stays_in_what_is_said(nlp):
    """"said it would be "improper" for him to speak on ...": "speak" has a subject ("him") but it is part of
    the judgement reported, so the content does not stop before it (it had, at the closing mark)."""
    found = _found(nlp, "Gov. Tom Dale said it would be \"improper\" for him to speak on whether the video should "
                        "be released while the inquiry goes on.")
    assert [f["content"] for f in found] == [
        "it would be \"improper\" for him to speak on whether the video should be released while the inquiry goes on"]


def test_a_list_of_names_called_is_one_content(nlp):
    """"called X a “liar” who is “amoral,” a “bully” and a “narcissist”": the content runs over the whole list
    of quoted names (it had stopped after the first); "called Oz a quack, fake and charlatan", where the parser
    makes both the one named and the names predicates, is a naming too; a quotation in the next sentence is not."""
    found = _found(nlp, 'Ruiz called Dale a "pathological liar" who is "utterly amoral," a "serial cheat," a "bully" '
                        'and a "narcissist."')
    assert found[0]["content"] == ('Dale a "pathological liar" who is "utterly amoral," a "serial cheat," a "bully" '
                                   'and a "narcissist."')
    found = _found(nlp, "One of the doctors called Oz a quack, fake and charlatan.")
    assert found[0]["content"] == "Oz a quack, fake and charlatan" and found[0]["lemma"] == "call"
    found = _found(nlp, 'He called the deal "a scam". The "experts" agreed.')
    assert found[0]["content"] == 'the deal "a scam"'


def test_a_cue_set_off_inside_a_sentence_opened_by_a_subordinate_clause(nlp):
    """"Though the handover went smoothly, he said, replacing her would be harder": the cue sits between commas
    inside what was said, subordinate clause and all; "While Hale was praised, Vey was warned" stays no statement."""
    found = _found(nlp, "Though that handover was relatively smooth, he said, replacing the chief would be much "
                        "more bitter and could lead to intense lobbying by loyalists.")
    assert len(found) == 1 and found[0]["speaker"] == "he"
    assert found[0]["content"].startswith("Though that handover") and found[0]["content"].endswith("by loyalists")
    assert _found(nlp, "While Hale was praised, Vey was warned by the club.") == []


def test_a_set_off_cue_after_an_opening_phrase(nlp):
    """"At times last year, people close to the mayor said, the mere mention of her name could make him fume":
    the opening phrase belongs to what was said, and the cue set off by commas still makes a statement."""
    found = _found(nlp, "At times last year, people close to the vice president said, the mere mention of the "
                        "senator's name could make him fume.")
    assert len(found) == 1 and found[0]["lemma"] == "say" and found[0]["speaker"].startswith("people")
    assert "the mere mention" in found[0]["content"] and found[0]["content"].startswith("At times last year")


def test_an_infinitive_after_a_phrase_on_the_cue_is_the_phrases(nlp):
    """"X, he said, on condition of anonymity to speak freely": the parser hangs "to speak" on "said", which then
    looked like "said to be" and made no statement; the infinitive belongs to the phrase before it."""
    found = _found(nlp, "He was unable to find a single taker, he said, on condition of anonymity to speak freely "
                        "about his party's nominee.")
    assert [(f["speaker"], f["content"]) for f in found] == [("he", "He was unable to find a single taker")]


def test_a_set_off_cue_after_an_opening_phrase_with_a_verb_in_it(nlp):
    """"After being told he would be charged, police said, Okoro went to the station": the opening phrase, verb
    of saying and all, is part of what the police said."""
    found = _found(nlp, "After being informed that he would be charged, police said, Okoro voluntarily went to "
                        "police headquarters.")
    said = next(f for f in found if f["lemma"] == "say")
    assert said["speaker"] == "police" and said["content"].startswith("After being informed")
    assert said["content"].endswith("went to police headquarters")


def test_what_another_would_do_is_a_forecast_not_their_act(nlp):
    """"said the assembly would then reject the plan": the speaker foresees it (assert), and the assembly has
    rejected nothing; "said it rejects the plan" is the speaker's own rejection."""
    found = _found(nlp, "Ms Vey said the assembly would then reject the plan.")
    assert [(f["lemma"], f["act"]) for f in found] == [("say", "assert")]
    assert _one(_found(nlp, "The council said it rejects the plan."), "plan")["act"] == "reject"


def test_a_ticker_in_brackets_is_not_the_speaker(nlp):
    """"Harbour Gas Plc <HGAS.L> said": the company speaks, not its ticker."""
    f = _one(_found(nlp, "Yesterday, Harbour Gas Plc <HGAS.L> said it was cutting prices for homes by 4.5 pct."),
             "cutting prices")
    assert f["speaker"] == "Harbour Gas Plc"


def test_things_that_decline_and_people_who_stay_anonymous(nlp):
    """"the shares declined to stand 12p lower" fell; "who asked not to be named" and "declined comment" say
    nothing; "the coach, who names his team on Friday," picks players."""
    assert _found(nlp, "The shares declined to stand 12p lower at 303p.") == []
    assert [f["lemma"] for f in _found(nlp, "An aide, who asked not to be named, said the talks had stalled.")] == \
        ["say"]
    assert _found(nlp, "Okoro declined comment on what might change his mind.") == []
    assert _found(nlp, "Coach Ann Vey, who names her team on Friday, has called up two new players.") == []


def test_loud_manner_verbs_stand_for_said_beside_a_quotation(nlp):
    """ "leaned forward and boomed: “...”" / "The crowd yelled: “...”": loud voices say what they say, and the
    second verb of a series finds the series' subject even when the parser leaves it as a loose "dep"."""
    art = saidwhat.read("Mayor Ann Vey smiled at the crowd by the dock, then leaned forward and boomed: \"This town "
                        "will get its bridge.\"", published="2025-01-10")
    boom = next(s for s in art.statements if s.cue.lemma == "boom")
    assert boom.speaker.name == "Ann Vey" and boom.kind == "direct" and "bridge" in boom.content.text
    f = _one(_found(nlp, "The crowd yelled: \"We want the bridge now.\""), "bridge")
    assert f["lemma"] == "yell" and f["speaker"] == "The crowd"


def test_went_on_continues_the_speakers_quotation(nlp):
    """ "“...,” Ms Vey went on.": going on is speaking again; "went on to say:" is one saying, not also a
    "went on" whose content is the words after it; a road that "went on" says nothing."""
    art = saidwhat.read("Mayor Ann Vey spoke first. \"We have waited long enough,\" Ms Vey went on. \"Nobody here "
                        "will wait another winter.\"", published="2025-01-10")
    went = [s for s in art.statements if s.cue is not None and s.cue.lemma == "go on"]
    # (the quotation after the cue sentence continues it, under the same cue)
    assert [s.speaker.name for s in went] == ["Ann Vey", "Ann Vey"]
    assert went[0].act == "assert" and "waited" in went[0].content.text and "winter" in went[1].content.text
    found = _found(nlp, "Later she went on to say: \"The money is ready.\"")
    assert [(f["lemma"], f["content"]) for f in found] == [("say", "\"The money is ready.\"")]
    assert _found(nlp, "The works on the old road went on for two more years.") == []
    f = _one(_found(nlp, "Ms Vey went on: \"Nobody here will wait another winter.\""), "winter")
    assert f["speaker"] == "Ms Vey" and f["lemma"] == "go on" and f["kind"] == "direct"
    # (a clause that "goes on" is no cue, nor a stop cutting the reported clause around it)
    f = _one(_found(nlp, "The council says a vote would be wrong while the strike goes on."), "vote")
    assert f["content"] == "a vote would be wrong while the strike goes on"


def test_name_and_role_before_a_colon_and_quotation(nlp):
    """ "Tom Ferris, the county engineer: “...”" is Ferris speaking; a name and role with no quotation after the
    colon ("Tom Ferris, the county engineer: plans for the bridge") is a caption or a list, not a statement."""
    f = _one(_found(nlp, "Tom Ferris, the county engineer: \"The bridge can open by spring.\""), "spring")
    assert f["speaker"] == "Tom Ferris" and f["kind"] == "direct"
    assert _found(nlp, "Tom Ferris, the county engineer: plans for the new bridge") == []


def test_a_short_whole_sentence_quotation_is_direct(nlp):
    """'shouted: "Build it now!"' is a whole sentence however short; a lower-case phrase in quotation marks
    after a naming verb stays mixed."""
    assert _one(_found(nlp, "Ms Vey shouted: \"Build it now!\""), "Build")["kind"] == "direct"
    assert _one(_found(nlp, "The mayor said nothing more. \"We will wait,\" an aide added."), "wait")["kind"] == \
        "direct"
    assert _one(_found(nlp, "He called the plan \"a disgrace.\""), "disgrace")["kind"] == "mixed"


def test_the_subject_after_an_inverted_cue_wins_over_the_quotations_last_words(nlp):
    """A quotation of two sentences ending '... Every last bid," said Hale.': the parser takes the quoted "bid"
    for a second subject of "said"; the speaker is the name after the verb."""
    f = _one(_found(nlp, "\"She sank every one of those bids. Every last bid,\" said Hale."), "sank")
    assert f["speaker"] == "Hale" and f["lemma"] == "say"


def test_a_paper_that_reads_says_what_it_reads(nlp):
    """ "“...,” the statement read" / "The placard read: “...”": a written thing quoted; a person who reads a
    report says nothing by it."""
    f = _one(_found(nlp, "\"The bridge will open in May,\" the statement read."), "May")
    assert f["speaker"] == "the statement" and f["lemma"] == "read" and f["act"] == "assert"
    f = _one(_found(nlp, "The council placard read: \"No new homes on the green.\""), "homes")
    assert f["lemma"] == "read" and f["kind"] == "direct"
    assert _found(nlp, "She read the report aloud to the board.") == []


def test_who_describes_the_person_up_the_appositive_and_the_next_quote_is_theirs(nlp):
    """ "said Ann Vey, a former critic of the bridge, who has since called on ...": the parser hangs "who" on
    "bridge"; the one calling is Vey. The quotation after that sentence goes on with what she said, not with
    the clause about her."""
    art = saidwhat.read("“I think the town will back the plan,” said Mayor Ann Vey, a former critic of the bridge, "
                        "who has since called on residents to back it. “Honestly, and I think folk here are honest, "
                        "this is our one chance to see a bridge go up before we retire.”", published="2025-01-10")
    call = next(s for s in art.statements if s.act == "urge")
    assert call.speaker.name == "Ann Vey"
    last = art.statements[-1]
    assert "retire" in last.content.text and last.speaker.name == "Ann Vey" and last.cue.lemma == "say"


def test_an_utterance_handed_over_before_a_colon(nlp):
    """ "delivered a sharp retort: “...”" and "issued the following statement:" closing a paragraph: the words
    after the colon, or the quotation opening the next paragraph, are the subject's (not the last speaker's);
    a statement not issued says nothing."""
    art = saidwhat.read("Tom Ferris spoke first at the harbour.\n\nIn response, the mayor, Ann Vey, issued the "
                        "following statement:\n\n\"We stand with every family who lost a home. Help is on the "
                        "way.\"\n\nFerris delivered a sharp retort: \"Nothing is being scrapped. The plan stands.\"",
                        published="2025-01-10")
    got = [(s.speaker.name, s.cue.lemma, s.content.text[:12]) for s in art.statements]
    assert got == [("Ann Vey", "statement", "\"We stand wi"), ("Tom Ferris", "retort", "\"Nothing is ")]
    assert _found(nlp, "The board did not issue a statement: it met in private.") == []


def test_a_reported_clause_stops_at_its_sentence_before_a_quotation():
    """When the parser runs a reported clause on into the quotation that opens the next sentence, the content
    stops at the full stop; a full stop not followed by a quotation mark, or a content that is itself a
    quotation, is kept whole."""
    from saidwhat.attribution import Found, _cut_at_next_sentence

    text = 'She has accused rivals of spreading rumours. "Who believes that nonsense?"'
    f = Found(kind="mixed", content=(16, len(text)), cue=(8, 15), cue_lemma="accuse", act="accuse")
    s, e = _cut_at_next_sentence(text, f, find_quotes(text))
    assert text[s:e] == "rivals of spreading rumours"
    text = 'She said the plan was "dead. Totally dead." and left.'
    f = Found(kind="mixed", content=(9, 42), cue=(4, 8), cue_lemma="say", act="assert")
    assert _cut_at_next_sentence(text, f, find_quotes(text)) == (9, 42)
    f = Found(kind="direct", content=(47, len(text)), cue=None, cue_lemma="", act="assert")
    assert _cut_at_next_sentence(text, f, []) == f.content
    # (an abbreviation's full stop before a quoted word ends no sentence)
    text = 'He said the U.K. "plainly" needed more nurses.'
    f = Found(kind="mixed", content=(8, 45), cue=(3, 7), cue_lemma="say", act="assert")
    assert _cut_at_next_sentence(text, f, find_quotes(text)) == (8, 45)


def test_a_doubled_said_in_the_copy_keeps_the_speaker(nlp):
    """'“...,” said Lena Park, the company's director said at a briefing': a slip in the copy doubles the verb;
    the quotation is still Park's (the parser gives her name to the second "said")."""
    f = _one(_found(nlp, "\"We will rebuild the pier by summer,\" said Lena Park, the ferry company's operations "
                         "director said at a briefing on the quay."), "pier")
    assert f["speaker"] == "Lena Park" and f["lemma"] == "say" and f["kind"] == "direct"


def test_things_that_offer_features_propose_nothing(nlp):
    """ "models offering games and video calls": what a thing has; a council offering a deal, or a firm offering
    to buy, proposes."""
    found = _found(nlp, "Sales of the new tablets are strong, with several models offering games and video calls. "
                        "The council offered residents a deal on parking. The firm is offering to buy back the "
                        "shares.")
    assert [(f["speaker"], f["act"]) for f in found] == [("The council", "propose"), ("The firm", "propose")]


def test_a_name_the_parser_hangs_elsewhere_still_speaks(nlp):
    """ "Ed Marsh, a Salem, Ore., rabbi helping to run the food drive, said ...": the tagger reads the role as a
    verb with Marsh as its subject; "As a part of the plea, Ed Marsh, 61, said that ...": the name hangs on
    "plea". Either way "said" has no subject of its own, and the name is the speaker."""
    f = _one(_found(nlp, "Ed Marsh, a Salem, Ore., rabbi helping to run the food drive, said the drive would go on "
                         "all winter."), "winter")
    assert f["speaker"] == "Ed Marsh" and f["content"].startswith("the drive would")
    f = _one(_found(nlp, "As a part of the plea, Ed Marsh, 61, said that he robbed nearly 50 homes in the county, "
                         "mostly at night."), "robbed")
    assert f["speaker"] == "Ed Marsh"


def test_a_bare_infinitive_does_not_claim_the_clause_before_a_parenthetical_cue(nlp):
    """ "Such storms are hard to predict, many forecasters say, because ...": "to predict" is nobody's saying, so
    the sentence around "many forecasters say" is theirs."""
    f = _one(_found(nlp, "Such storms are hard to predict, many forecasters say, because the sea is warmer than "
                         "ever."), "storms")
    assert f["speaker"] == "many forecasters" and "warmer" in f["content"]


def test_a_clause_of_time_after_the_cue_is_not_what_was_said(nlp):
    """'“...,” she said as some wearing green scarves cheered': the cheering is when she said it, and the
    quotation is what she said; "said as many as 40 people had died" is what was said."""
    found = _found(nlp, "\"The river will rise again,\" she said as some wearing green scarves cheered.")
    assert [(f["kind"], f["speaker"], f["content"]) for f in found] == [
        ("direct", "she", "\"The river will rise again,\"")]
    assert _one(_found(nlp, "She said as many as 40 people had died."), "died")["content"] == \
        "as many as 40 people had died"


def test_an_email_that_reads_and_protesters_who_chant(nlp):
    """'“...,” the email read.' (the tagger takes "email read" for one noun) quotes the email; '“...!” some
    marchers chanted' is the marchers' words; chanting slogans with no quotation says nothing."""
    f = _one(_found(nlp, "\"Neighbour, I will be brief. The bridge is late. The council knows why,\" the email "
                         "read. It was signed by Vey."), "brief")
    assert f["lemma"] == "read" and f["speaker"] == "email" and f["kind"] == "direct"
    f = _one(_found(nlp, "\"Out, out, out! The tolls must go!\" some marchers chanted outside the hall."), "tolls")
    assert f["lemma"] == "chant" and f["speaker"] == "some marchers"
    assert _found(nlp, "The crowd chanted slogans for an hour.") == []


def test_a_full_stop_where_a_colon_belonged(nlp):
    """ "Lena Park, the company's press officer said in a statement. “...”": the cue sentence has nothing said in
    it, and the quotation right after it is what was said."""
    f = _one(_found(nlp, "Lena Park, the press officer for the ferry company said in a statement. “No sailings will "
                         "run on Sunday. Tickets will be refunded in full.”"), "sailings")
    assert f["speaker"] == "Lena Park" and f["lemma"] == "say" and f["kind"] == "direct"


def test_a_reported_clause_stops_where_a_closing_quotation_ends_its_sentence():
    """ 'singing "Blue forever" and "Never again." At the station, ...': the sentence ends inside the last
    quotation; what follows is the writer's next sentence. A quoted abbreviation ("U.S.") ends nothing."""
    from saidwhat.attribution import Found, _cut_at_next_sentence

    text = 'Fans kept singing "Blue forever" and "Never again." At the station, the mood was calmer.'
    f = Found(kind="mixed", content=(18, len(text) - 1), cue=(10, 17), cue_lemma="sing", act="assert")
    s, e = _cut_at_next_sentence(text, f, find_quotes(text))
    assert text[s:e] == '"Blue forever" and "Never again."'
    text = 'She said the "U.S." Army was ready.'
    f = Found(kind="mixed", content=(9, len(text) - 1), cue=(4, 8), cue_lemma="say", act="assert")
    assert _cut_at_next_sentence(text, f, find_quotes(text)) == f.content


def test_the_subject_the_parser_took_for_an_object_opens_the_reported_clause(nlp):
    """'said the fire late last week at the hall was "heartbreaking"': the parser makes "the fire" the object of
    "said" and "was heartbreaking" a clause with no subject; what was said starts at "the fire". "told reporters
    the plan was dead" keeps the one told out."""
    f = _one(_found(nlp, "Choir director Lena Park said the fire late last week at the hall was \"heartbreaking\"."),
             "heartbreaking")
    assert f["content"] == "the fire late last week at the hall was \"heartbreaking\""
    f = _one(_found(nlp, "The mayor told reporters the plan was dead."), "plan")
    assert f["content"] == "the plan was dead"


def test_adding_to_something_is_not_saying(nlp):
    """ "adding to a long run of wins", "adding to awards it has already collected" (the parser makes the relative
    clause a complement); "added to reporters that ..." is a saying."""
    assert _found(nlp, "The novel has won another prize from two book clubs, adding to awards it has already "
                       "collected.") == []
    assert _found(nlp, "He took the title again, adding to a long run of wins he has enjoyed.") == []
    assert _one(_found(nlp, "He added to reporters that the plan was dead."), "plan")["lemma"] == "add"


def test_an_objects_infinitive_the_parser_hangs_on_the_verb_stays_in_the_content(nlp):
    """ "defended his call to raise the toll": the parser attaches "to raise" to "defended" as a clause of purpose,
    and the content stopped at "his call". Only nouns that take an infinitive of their own: "cited the floods to
    give context" is a clause of purpose and stays out."""
    _contents_are(nlp, [
        ("Ms Obi defended his call to raise the bridge toll to five dollars a day.", "call",
         "his call to raise the bridge toll to five dollars a day"),
        ("He decried the mayor's repeated calls to ban all cars from the bridge.", "calls",
         "the mayor's repeated calls to ban all cars from the bridge"),
        ("The report cited the floods of May to give context to the new rules.", "floods", "the floods of May"),
    ])


def _contents_are(nlp, cases: list[tuple[str, str, str]]) -> None:
    """Each (sentence, a word of the statement, the content expected) reads as expected."""
    for sentence, needle, content in cases:
        assert _one(_found(nlp, sentence), needle)["content"] == content, sentence


def test_where_and_when_a_criticism_or_praise_was_made_is_not_its_content(nlp):
    """ "praised the bridge plan in an interview on Saturday": accuse-type cues run their content on past the
    object ("accused the firm of cutting corners in March"), but a phrase of setting hung on the cue itself (in an
    interview, on Twitter, during the rally, a date) is not what was said. "blamed the delay on the builders"
    keeps its "on"."""
    _contents_are(nlp, [
        ("The senator praised the bridge plan in an interview published on Saturday.", "plan", "the bridge plan"),
        ("The mayor blamed the delay on the builders.", "delay", "the delay on the builders"),
        ("He accused the firm of cutting corners on the bridge in March.", "firm",
         "the firm of cutting corners on the bridge in March"),
        # a date inside what was said does not make the phrase one of setting: only the preposition's own object
        ("The White House has accused Russia of hacking servers at a number of state agencies in recent months.",
         "Russia", "Russia of hacking servers at a number of state agencies in recent months"),
        ("The senator praised the bridge plan on Saturday.", "plan", "the bridge plan"),
    ])


def test_called_for_someone_to_do_something_keeps_the_infinitive(nlp):
    """ "called for the minister to resign": the parser hangs "to resign" on "called" as a clause of purpose, and
    the content stopped at "the minister"; or makes it the verb's own complement, and the content lost who is to
    act. "called on the minister to resign" addresses the minister: the content is what was asked of them."""
    _contents_are(nlp, [
        ("Mr Smith has called for the former head of the port to release the transcripts of his talks.", "head",
         "the former head of the port to release the transcripts of his talks"),
        ("The union has called for the head of the agency to publish the survey of the bridge.", "agency",
         "the head of the agency to publish the survey of the bridge"),
        ("Mr Obi called on the mayor to return the money.", "money", "to return the money"),
        ("Residents called for a new bridge.", "bridge", "a new bridge"),
    ])


def test_a_share_of_a_group_or_a_role_in_a_body_is_named_with_it(nlp):
    """ "Half of the council said ...", "A spokesman for the ministry said ...": the speaker read "Half" or "A
    spokesman", which tells a reader nothing; a share (a number, percent, half, two-thirds, a majority) or a role
    (spokesman, head, aide, officials) runs on through the group or body it belongs to, up to a comma or a relative
    clause."""
    for sentence, speaker in [
        ("Half of the council said the bridge plan was too costly.", "Half of the council"),
        ("In the survey, 52 percent of registered voters said they would back the new bridge.",
         "52 percent of registered voters"),
        ("More than 4 in 10 said the mayor would handle the roads best.", "More than 4 in 10"),
        ("Most of the farmers who spoke to us said grain prices were low.", "Most of the farmers"),
        ("Some 40 percent of the 900 people polled, surveyed last week, said the toll was fair.",
         "Some 40 percent of the 900 people polled"),
        ("The head of the port authority said the bridge was safe.", "The head of the port authority"),
        ("A spokeswoman for the ministry said the bridge was safe.", "A spokeswoman for the ministry"),
        ("An aide to the mayor, who asked not to be named, said the toll would rise.", "An aide to the mayor"),
        ("A lawyer for the family, Ana Ruiz, said the case was weak.", "A lawyer for the family"),
        ("Farm ministers at a summit in Lagos said the grain deal was fair.", "Farm ministers"),  # where, not whose
    ]:
        assert _found(nlp, sentence)[0]["speaker"] == speaker, sentence


def test_prospects_scores_and_play_are_not_statements(nlp):
    """Match reports and previews: "in what promises to be a close final" foresees, nobody promises; "The derby
    threatens to become a rout" likewise; "blasts an ace" and "attacks the net" are play, not criticism; a team
    sheet ("Replacements: Okafor, Lindqvist, Mbeki") or a result line is no one speaking. A person who promises
    to be something, a colon headline with a verb-less claim, and a real attack on a plan stay."""
    found = _found(nlp, "The Harbour Rovers face the Valley Stags next, in what promises to be a close final. "
                        "The derby threatens to become a rout. Okafor blasts an ace down the middle. "
                        "Lindqvist attacks the net and wins the point.")
    assert found == []
    for line in ("Replacements: Okafor, Lindqvist, Mbeki, Van der Berg.", "Scorers: Okafor, Lindqvist.",
                 "Result: Okafor 6-3 6-4 Lindqvist"):
        assert _found(nlp, line) == [], line  # (the reader parses each paragraph on its own)
    kept = _found(nlp, "The new mayor promised to be a better listener. The union blasted the bridge plan as "
                       "reckless.")
    assert [f["content"] for f in kept] == ["to be a better listener", "the bridge plan as reckless"]
    assert _found(nlp, "Okafor: No regrets about the move.")[0]["content"] == "No regrets about the move"
    assert _found(nlp, "Poll: Okafor leads, Lindqvist second.")[0]["speaker"] == "Poll"


def test_particle_of_a_phrasal_cue_is_part_of_the_cue(nlp):
    """ "pointed out that ...": the cue is "pointed out", not "pointed"."""
    f = _one(_found(nlp, "A harbour spokesman pointed out that the ferries were full."), "ferries")
    assert f["cue"] == "pointed out" and f["speaker"] == "A harbour spokesman"


def test_what_others_want_reported_is_no_demand(nlp):
    """ "said many investors still want gold" reports others' wishes: an assertion. A speaker's own want (it, a
    named country, a body or an office) is still a demand."""
    acts = {f["content"]: f["act"] for f in _found(
        nlp, "Mr Olsen said many investors still want to buy physical gold. The union said it wants a pay rise. "
             "Ms Reyes said Norway wants guarantees. He said the ministry wants a ceasefire.")}
    assert acts == {"many investors still want to buy physical gold": "assert", "it wants a pay rise": "demand",
                    "Norway wants guarantees": "demand", "the ministry wants a ceasefire": "demand"}


def test_wire_company_brackets_are_not_the_speaker(nlp):
    """Wire copy marks companies "<Harbour Ferries Inc>" and tickers "Korvan Steel Plc <KORV.L>": the parser may
    make the closing bracket or the ticker the subject; the company speaks, named without the brackets."""
    found = _found(nlp, "Shares rose.\n\n<Harbour Ferries Inc> said it expects lower profit this year.\n\n"
                        "Korvan Steel Plc <KORV.L> said orders were down.")
    assert [f["speaker"] for f in found] == ["Harbour Ferries Inc", "Korvan Steel Plc"]
    art = saidwhat.read("Shares rose.\n\n<Harbour Ferries Inc> said it expects lower profit this year.")
    assert [a.name for a in art.actors] == ["Harbour Ferries Inc"]


def test_blame_keeps_on_whom_past_a_time_phrase(nlp):
    """ "blamed the blasts in recent months on the rebels": on whom the blame falls is the point of the claim;
    the time phrase between does not end it (for other verbs it still does)."""
    f = _one(_found(nlp, "The government has blamed a spate of blasts in the port in recent months on the "
                         "outlawed rebel group."), "blasts")
    assert f["content"].endswith("on the outlawed rebel group") and f["act"] == "accuse"
    f = _one(_found(nlp, "The mayor praised the bridge plan in an interview on Monday."), "plan")
    assert f["content"] == "the bridge plan"


def test_answer_after_a_question_without_comma(nlp):
    """ "Asked whether he liked the show he said: “...”": with no comma the parser makes "he said" a relative
    clause of the question's last noun; the quotation is still his answer, and the question stops before it."""
    found = _found(nlp, 'Asked whether he thought the council should have closed the old bridge he said: "I do '
                        'not know if they should have done it so soon."')
    answer = _one(found, "I do not know")
    assert answer["speaker"] == "he" and answer["cue"] == "said" and answer["kind"] == "direct"
    assert not any("he said" in f["content"] for f in found)


def test_possessive_before_a_programme_title_is_no_clause(nlp):
    """ "he told BBC Radio 4's The World at One": the parser reads "'s" as "is", a clause; the quotation before
    the cue is what was told (a contraction, "It's fine", stays a clause)."""
    found = _found(nlp, '"We had some frank talks about this," he told Harbour Radio 4\'s The World at Noon.')
    assert [(f["content"], f["cue"]) for f in found] == [('"We had some frank talks about this,"', "told")]


def test_saying_a_name_is_no_claim(nlp):
    """ "by saying its name", "said a prayer": words spoken, or said as the means of doing something; PolNeAR's
    "was saying the opposite" or "said goodbye" stay."""
    assert _found(nlp, "Drivers can play any song just by saying its name. The priest said a prayer.") == []
    assert [f["content"] for f in _found(nlp, "Mr Hale was saying the opposite.")] == ["the opposite"]


def test_question_before_an_answer_with_comma_stops_at_the_answer(nlp):
    """ "Asked if there was a deadline, Okafor said: “...”": the question is the participle's, the quotation
    the speaker's; the question's content does not run on through "Okafor said"."""
    found = _found(nlp, 'Asked if there was a deadline for the repairs, Okafor said: "It is not something we worry '
                        'about."')
    question = _one(found, "deadline")
    assert question["content"] == "if there was a deadline for the repairs" and question["lemma"] == "ask"
    answer = _one(found, "worry about")
    assert answer["speaker"] == "Okafor" and answer["kind"] == "direct"


def test_inverted_cue_with_an_object_reading_is_the_speaker(nlp):
    """ "“...,” warned Reyes.": verbs that take an object (warn, urge) after a closing quotation are inverted;
    the name after them speaks and is not the one warned."""
    art = saidwhat.read('Reyes says the club must avoid easy targets. "Nobody can rewrite the past," warned Reyes. '
                        '"We must act now," urged the coach.')
    warned = next(s for s in art.statements if "the past" in s.content.text)
    assert warned.speaker is not None and warned.speaker.name == "Reyes" and warned.addressee is None
    urged = next(s for s in art.statements if "act now" in s.content.text)
    assert urged.speaker is not None and urged.speaker.text == "the coach" and urged.addressee is None


def test_with_absolute_participle_speaks_for_the_name_after_with(nlp):
    """ "..., with club boss Tom Reyes claiming it had been ...": the participle's speaker is the object of
    "with", not the main clause's subject."""
    f = _one(_found(nlp, 'Vey did not play in the cup win over Harbour Town on Saturday despite recovering from a knee '
                         'injury with club boss Tom Reyes claiming it had been a "hard and painful month" for '
                         'the striker.'), "painful month")
    assert f["speaker"] == "club boss Tom Reyes" and f["cue"] == "claiming"


def test_purpose_clause_before_the_cue_is_not_content(nlp):
    """ "To widen its customer base, Harbourco said it will ...": the purpose clause frames the report; "Over the
    years, she said, email has ..." (a comma after the cue) still keeps the words before it."""
    f = _one(_found(nlp, "To widen its customer base, Harbourco said it will open a new store in the port."),
             "new store")
    assert f["content"] == "it will open a new store in the port" and f["speaker"] == "Harbourco"
    f = _one(_found(nlp, "Over the years, she said, email has changed the job."), "email")
    assert f["content"].startswith("Over the years")


def test_question_clause_holds_no_statement(nlp):
    """ "was asked whether he thought X": "thought" is part of the question, not something he holds."""
    found = _found(nlp, "The mayor was also asked whether he believed the new bridge would bring more traffic.")
    assert [f["lemma"] for f in found] == ["ask"]


def test_body_name_with_and_then_role_noun_speaks(nlp):
    """ "A Department for Roads and Harbours spokeswoman said": the parser makes the body the subject and the role
    noun its preposition's object; the whole phrase is the speaker."""
    f = _one(_found(nlp, "A Department for Roads and Harbours spokeswoman said the bridge would reopen in May."),
             "bridge")
    assert f["speaker"] == "A Department for Roads and Harbours spokeswoman"


def test_quantity_of_people_speaks_as_the_group(nlp):
    """ "a lot of people were wondering": the group, not "a lot"."""
    art = saidwhat.read("A lot of people were wondering what would happen to the ferry service.")
    assert art.statements and art.statements[0].speaker.text == "A lot of people"
    assert art.statements[0].speaker.name == "people"


def test_apposed_name_after_according_to_source(nlp):
    """ "According to figures gathered by the watchdog, Portcom, the growth means ...": the name belongs to the
    source; the content starts after it."""
    f = _one(_found(nlp, "According to figures gathered by the industry watchdog, Portcom, the growth means the "
                         "region has overtaken its neighbours."), "growth")
    assert f["content"].startswith("the growth means") and f["speaker"].endswith("Portcom")
    f = _one(_found(nlp, "According to a new book, Harbour Tales by journalist Tom Reyes, the mayor broke a pledge."),
             "pledge")
    assert f["content"] == "the mayor broke a pledge" and f["speaker"].endswith("Tom Reyes")
    f = _one(_found(nlp, "According to police, Vey, 45, was arrested at the port."), "arrested")
    assert f["speaker"] == "police" and f["content"].startswith("Vey, 45")


def test_hyphen_is_no_clause_of_the_cue(nlp):
    """ "said Tom Reyes, head of Harbour Wholesale which supplies lines that rivals re-sell": the
    parser may hang the hyphen of "re-sell" on "said" as a clause; the quotation before the cue is what was said."""
    found = _found(nlp, '"Orders rose sharply once we could serve the villages," said Tom Reyes, head of Harbour '
                        'Wholesale which supplies lines that rivals re-sell.')
    f = _one(found, "Orders rose")
    assert f["speaker"] == "Tom Reyes" and f["kind"] == "direct"


def test_company_name_before_a_ticker_is_whole(nlp):
    """ "Harbour Stearns Cos Inc <HSC> said": the parser scatters the name before the ticker; the company speaks."""
    f = _one(_found(nlp, "Harbour Stearns Cos Inc <HSC> said an offering of three mln warrants is underway."),
             "offering")
    assert f["speaker"] == "Harbour Stearns Cos Inc"


def test_challenged_someone_to_act_is_an_urging_with_an_addressee(nlp):
    """ "challenged Mr Hale to deny the reports": a call on someone (the learned cue; "challenge" is not in the
    lexicon, whose object readings, "challenged the ruling", cost PolNeAR train more than they gave)."""
    art = saidwhat.read("Lord Vey, a veteran peer, challenged Mr Hale to rule out a rise in fuel tax this year.")
    s = art.statements[0]
    assert s.act == "urge" and s.addressee is not None and s.addressee.text == "Mr Hale"
    assert s.content.text.startswith("to rule out")


def test_cue_clause_inside_its_content_with_the_verb_joined_to_the_cue(nlp):
    """ "The work of firms like Acme now, she told a meeting at the Harbour Fair (HF), was to ...": the parser makes
    "was" a conjunct of the cue; the content is the whole sentence around the cue clause, not its first half. With
    the content's subject also given to the cue ("The duty of firms ..., he said ..., was"), the nearer subject
    speaks and the clause still starts after the comma."""
    f = _one(_found(nlp, "The work of firms like Acme now, she told a meeting at the Harbour Fair (HF), was to make "
                         "phones and televisions work together."), "work of firms")
    assert f["content"].endswith("work together") and f["speaker"] == "she"
    f = _one(_found(nlp, "The duty of firms such as Acme now, he said in a speech at the Gadget Fair (GF), was to make "
                         "phones and cameras work together."), "duty of firms")
    assert f["content"].endswith("work together") and f["speaker"] == "he"


def test_title_then_name_as_two_subjects_is_one_speaker(nlp):
    """ "The head of the port authority's press office, Ana Ruiz told Reuters that ...": the parser gives the cue both
    the title and the name as subjects; the clause starts at the title (only a pronoun right before the cue, as in
    "The duty of firms now, he said, ...", leaves the earlier subject to the content)."""
    f = _one(_found(nlp, "The head of the port authority's press office, Ana Ruiz told Reuters in a telephone "
                         "interview that ferries were running again."), "ferries")
    assert f["content"] == "that ferries were running again"
    f = _one(_found(nlp, '"The board should act now and not wait. Delay costs money," Mr Okafor, the exchange\'s '
                         'chief executive said.'), "Delay costs")
    assert f["content"].startswith('"The board should act now') and f["cue"] == "said"


def test_clause_after_a_subordinating_preposition_stays_in_the_content(nlp):
    """ "said the changes were being made after film studio Blue Fin expressed concern": the parser hangs the
    clause after "after" on "said" as a second clause; it is part of what was said, cue of its own or not."""
    f = _one(_found(nlp, "Tom Reyes, director of About Time, said the changes were being made after film studio Blue "
                         "Fin expressed concern."), "changes")
    assert f["content"] == "the changes were being made after film studio Blue Fin expressed concern"


def test_a_thing_telling_a_story_is_no_statement(nlp):
    """ "The film tells the story of two sisters": a narrative; a person telling a story still speaks."""
    assert _found(nlp, "The film tells the story of two sisters who sail round the world.") == []
    assert [f["content"] for f in _found(nlp, "The witness told a story of abuse.")] == ["a story of abuse"]


def test_avoided_saying_is_not_said(nlp):
    """ "avoided suggesting anyone was playing politics": the suggestion was not made."""
    assert _found(nlp, "The party leader avoided suggesting anyone was playing politics with the bridge.") == []


def test_chose_to_state_is_the_stating(nlp):
    """ "preferred to state that ...": the cue is the stating (an assertion), not a preference (praise); "preferred
    not to answer" stays on the choosing verb, as PolNeAR marks it."""
    found = _found(nlp, "He preferred to state that, as with other plans, the council's first instinct was caution.")
    assert [(f["cue"], f["act"]) for f in found] == [("to state", "assert")]
    found = _found(nlp, "Asked about the deal, she preferred not to answer.")
    assert "preferred" in [f["cue"] for f in found]


def test_known_for_is_a_reputation_not_a_statement(nlp):
    """ "Despite being best known for making Vey's Ale, ...": the learned scorer may pick "known"; no one says it."""
    assert _found(nlp, "Despite being best known for making Vey's Ale, Vey's is already one of Kent's largest wine "
                       "producers.") == []


def test_a_notes_label_is_no_speaker(nlp):
    """ "NOTES: Operating net excludes ...": a results table's label, not "Name: what was said"."""
    art = saidwhat.read("Oper net profit 3,337,000 vs 4,881,000\n    NOTES: Operating net excludes a loss of 6,050,000 "
                        "dlrs from discontinued operations.")
    assert art.statements == ()


def test_name_apposed_to_a_figure_subject_speaks(nlp):
    """ "..., a five-fold rise over the year before, Tom Reyes, vice-president of Harbour Overseas, told a news
    briefing": the parser makes the figure the subject and the name its apposition; the name speaks."""
    f = _one(_found(nlp, "Harbour Motors hopes to sell between 7,000 and 8,000 cars in Asia this year, a five-fold "
                         "rise over the year before, Tom Reyes, vice-president of Harbour Overseas, told a news "
                         "briefing."), "Harbour Motors hopes")
    assert f["speaker"] == "Tom Reyes" and f["cue"] == "told"


def test_partial_quote_opening_the_content_keeps_its_mark(nlp):
    """ 'He said "it is more likely than not" that the ban ...': the parser hangs the opening mark on the cue; the
    content starts at the mark (PolNeAR train exact content matches +49 with this)."""
    f = _one(_found(nlp, 'He said "it is more likely than not" that the ferry ban would be lifted before July.'),
             "more likely")
    assert f["content"] == '"it is more likely than not" that the ferry ban would be lifted before July'


def test_figures_are_no_speakers(nlp):
    """A table row the parser runs into the footnote after it ("Barley 12,310.4 11,902.7 ... added to reflect")
    and a sum the parser made a subject ("£ 6 m has rejected", from "want £6m ... and Vey has rejected") speak for
    no one; a share of a group still does ("Sixty percent said")."""
    art = saidwhat.read("Shipments of grain since the season began, in thousand tonnes --\n"
                        "               3/5/87    Prev Wk   3/6/86\n"
                        " Barley       12,310.4  11,902.7  10,455.1\n"
                        " Oats          8,204.6   8,001.2   7,998.3\n"
                        " Rye           3,111.5   3,050.9   2,987.0-x\n"
                        " Millet          402.2     398.1     377.4\n"
                        " X-1,204,500 tonnes of rye added\nto reflect change in marketing year to June-May.")
    assert art.statements == ()
    # the misparse itself, built by hand: "£ 6 m has rejected proposals", with "m" the subject
    from spacy.tokens import Doc
    from saidwhat.attribution import _speaker
    doc = Doc(nlp.vocab, words=["£", "6", "m", "has", "rejected", "proposals"],
              heads=[1, 2, 4, 4, 4, 4], deps=["nmod", "compound", "nsubj", "aux", "ROOT", "dobj"],
              pos=["SYM", "NUM", "NOUN", "AUX", "VERB", "NOUN"], ents=["B-MONEY", "I-MONEY", "O", "O", "O", "O"])
    assert _speaker(doc[4]) == (None, "none")
    found = _found(nlp, "Sixty percent said the deal was fair.")
    assert [f["speaker"] for f in found] == ["Sixty percent"]


def test_a_statement_in_an_earlier_sentence_is_not_the_next_cues_content(nlp):
    """ "... the company said it was halving its dividend. Looking ahead, Mr Okafor forecast profitable growth": the
    parser may run the two sentences together and hang "said" on "forecast" as its clause; what was forecast is
    the growth ("forecast" takes its object, like "predict"). The misparse is built by hand (it needs the whole
    paragraph to appear); a full stop inside a quotation or after "Ms." is no sentence break."""
    from spacy.tokens import Doc

    words = ["The", "firm", "said", "it", "would", "cut", "jobs", ".", "Then", "Okafor", "forecast", "growth", "."]
    doc = Doc(nlp.vocab, words=words,
              spaces=[True, True, True, True, True, True, False, True, True, True, True, False, False],
              heads=[1, 2, 10, 5, 5, 2, 5, 2, 10, 10, 10, 10, 10],
              deps=["det", "nsubj", "ccomp", "nsubj", "aux", "ccomp", "dobj", "punct", "advmod", "nsubj", "ROOT",
                    "dobj", "punct"],
              pos=["DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "NOUN", "PUNCT", "ADV", "PROPN", "VERB", "NOUN",
                   "PUNCT"],
              tags=["DT", "NN", "VBD", "PRP", "MD", "VB", "NNS", ".", "RB", "NNP", "VBD", "NN", "."],
              lemmas=["the", "firm", "say", "it", "would", "cut", "job", ".", "then", "Okafor", "forecast", "growth",
                      "."],
              ents=["O"] * 9 + ["B-PERSON"] + ["O"] * 3)
    got = {doc.text[f.cue[0]:f.cue[1]]: doc.text[f.content[0]:f.content[1]] for f in extract(doc)}
    assert got == {"said": "it would cut jobs", "forecast": "growth"}
    f = _one(_found(nlp, "Looking ahead, Mr Okafor forecast profitable growth for the year ahead."), "growth")
    assert f["cue"] == "forecast" and f["content"] == "profitable growth for the year ahead"
    f = _one(_found(nlp, "''Vey thinks it's O.K. to want to make money,'' Ms. Sherry said."), "make money")
    assert f["speaker"] == "Ms. Sherry"


def test_market_demand_is_no_demand_made(nlp):
    """ "pressing Germany to stimulate their domestic demand for goods": demand in the economic sense; "the union
    renewed its demand for higher wages" is one made."""
    found = _found(nlp, "The U.S. has been pressing Germany and Japan to stimulate their domestic demand for goods "
                        "from the U.S. The union renewed its demand for higher wages.")
    assert [f["content"] for f in found if f["lemma"] == "demand"] == ["higher wages"]


def test_bare_verbs_going_on_from_a_modal_clause_stay_in_the_content(nlp):
    """ "Levy predicts GNP will grow ..., accelerate during the second quarter and show a brisk 4.5 pct annual rate":
    the parser hangs "accelerate" and "show" on "predicts"; they go on from "will grow" (and "show" is no cue)."""
    found = _found(nlp, "Levy predicts GNP will grow at a 1.5 pct rate in the first quarter, accelerate during the "
                        "second quarter and show a brisk 4.5 pct annual rate.")
    assert [(f["cue"], f["content"][-19:]) for f in found] == [("predicts", "4.5 pct annual rate")]


def test_denying_a_person_and_time_added_on_are_no_statements(nlp):
    """ "the keeper denied Duff, Okafor and Reyes" (saves) and "in time added on" (stoppage time) are match play;
    "denied the allegations" and "denied Smith had lied" stay denials."""
    found = _found(nlp, "After a quiet opening, James denied Damien Duff, Tom Okafor and Ben Reyes, while Paul Vey "
                        "cleared a header off the line. Another timely challenge, this time from Ian Hale in time "
                        "added on, prevented a shot. The minister denied the allegations. He denied Smith had lied.")
    assert [f["content"] for f in found] == ["the allegations", "Smith had lied"]
