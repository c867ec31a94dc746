"""Speakers: who a quote is credited to, in one sentence and across its article (issue 16)."""

from __future__ import annotations

import pytest

from claimdiff.claims import extract_claims, find_quotes
from claimdiff.claims.quotes import find_speaker, find_speaker_rule, is_body, name_key, same_speaker, speaker_name
from claimdiff.claims.speakers import described_person, find_people, role_modifiers, role_of
from claimdiff.models import Article, ClaimKind
from claimdiff.segment import split_sentences
from claimdiff.text import clean


def speaker_in(sentence: str) -> tuple[str, str] | None:
    spans = [(q.start, q.end) for q in find_quotes(sentence)]
    found = find_speaker_rule(sentence, spans)
    return None if found is None else (found[0], found[3])


@pytest.mark.parametrize(
    ("sentence", "words", "rule"),
    [
        ('"The bridge will reopen in June," Ortega said.', "Ortega", "name-then-verb"),
        ('"The bridge will reopen in June," said Mayor Inés Ortega.', "Mayor Inés Ortega", "verb-then-name"),
        ('"The bridge will reopen in June," said Lyle Banks Jr.', "Lyle Banks Jr.", "verb-then-name"),
        ('Ortega said: "The bridge will reopen in June."', "Ortega", "name-then-verb"),
        ('Ortega told reporters "the bridge will reopen in June".', "Ortega", "name-then-verb"),
        # the object of "told" is the listener, not the speaker
        ('Mayor Ortega told the Gazette: "The bridge will reopen in June."', "Mayor Ortega", "name-then-verb"),
        (
            'Ines Ortega, who opened the bridge in 2019, told the Herald: "It will reopen in June."',
            "Ines Ortega",
            "name-then-apposition",
        ),
        ('According to Ortega, "the bridge will reopen in June".', "Ortega", "according-to"),
        ('Ines Ortega, the city\'s mayor, said: "The bridge will reopen."', "Ines Ortega", "name-then-apposition"),
        ('City engineer Pavel Novak said: "The bridge will reopen."', "Pavel Novak", "name-then-verb"),
        (
            'Brinkley\'s head of operations, Omar Haddad, told us tonight, quote, "The line is clear."',
            "Omar Haddad",
            "name-in-apposition",
        ),
        (
            '"The line is clear," said harbour master Aino Virtanen, who oversaw the work.',
            "harbour master Aino Virtanen",
            "verb-then-name",
        ),
        (
            'Sergeant Ray Boyle, who led the search, has said, and I quote, "We found nothing."',
            "Sergeant Ray Boyle",
            "name-then-apposition",
        ),
        ('"We found nothing," the detective added.', "the detective", "name-then-verb"),
        ('"Talks will resume," said UN envoy Aiko Sato, who chaired them.', "UN envoy Aiko Sato", "verb-then-name"),
        ('"Talks will resume," said Sato on Friday.', "Sato", "verb-then-name"),
        ('Pia Lind of Nordbank said: "Rates will fall."', "Pia Lind of Nordbank", "name-then-verb"),
        ('"Rates will fall," the health minister Brandvold said.', "the health minister Brandvold", "name-then-verb"),
        ('"We found nothing," she said.', "she", "name-then-verb"),
        ('But Boyle actually said "we found nothing" on Monday.', "Boyle", "name-then-verb"),
        # a colon that opens a quote, after the sentence's subject and a few words
        ('Novak put it bluntly: "The bridge is finished."', "Novak", "subject-then-colon"),
        ('In closing, prosecutor Ada Lund summed it up: "He lied."', "prosecutor Ada Lund", "subject-then-colon"),
        (
            'Meanwhile the club\'s doctor, Dr Ines Varga, struck a hopeful tone: "He will be back soon."',
            "Dr Ines Varga",
            "apposition-then-colon",
        ),
        # a description behind its verb and the name set beside it
        ('"The pitch was unplayable," said the club\'s groundsman, Owen Price.', "Owen Price", "verb-then-name"),
        ('"The pitch was unplayable," said the groundsman, who asked not to be named.', "the groundsman",
         "verb-then-name"),
        # the subject gives a thing the quoted words
        ('The referee called the tackle "reckless and dangerous".', "The referee", "subject-then-characterises"),
        ('Police described the raid as "well planned".', "Police", "subject-then-characterises"),
    ],
)
def test_speaker_patterns(sentence: str, words: str, rule: str) -> None:
    assert speaker_in(sentence) == (words, rule)


def test_said_followed_by_a_date_is_no_speaker() -> None:
    assert speaker_in('The council said on Friday that "the bridge will reopen".') == ("The council", "name-then-verb")
    assert find_speaker("They met as agreed, a spokesman said on Friday.") is not None
    assert speaker_in('"We are ready," the mayor said on Friday.') == ("the mayor", "name-then-verb")


def test_a_speaker_right_after_the_quote_wins_over_a_pronoun_further_on() -> None:
    sentence = 'Premier Ada Lund said the plan is "one of our priorities" as she continued a tour of the north.'
    assert speaker_in(sentence) == ("Premier Ada Lund", "name-then-verb")


def test_a_speaker_word_inside_a_longer_word_is_no_speaker() -> None:
    # "researcher" ends in "her": no pronoun inside a word
    assert speaker_in('Lead researcher Dr Maya Oduya said: "It helps."') == ("Dr Maya Oduya", "name-then-verb")


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Governor Tom Price.", "Tom Price"),
        ("Mayor Linda Cho", "Linda Cho"),
        ("Interior Minister Raúl Benavides", "Raúl Benavides"),
        ("Detective Chief Inspector Sarah Quinn", "Sarah Quinn"),
        ("harbour master Aino Virtanen", "Aino Virtanen"),
        ("Chief Executive Nadia Kerr,", "Nadia Kerr"),
        ("Dr. Lena Brandvold", "Lena Brandvold"),
        ("Norway’s Brandvold", "Brandvold"),
        ("When Premier Ada Lund", "Ada Lund"),
        ("UN envoy Aiko Sato", "Aiko Sato"),
        ("the health minister Brandvold", "Brandvold"),
        ("Pia Lind of Nordbank", "Pia Lind"),
        ("the Bank of England", "Bank of England"),
        ("President To Lam", "To Lam"),
        ("he", ""),
        ("They", ""),
        ("the health minister", ""),
        ("Brinkley’s head of operations", ""),
        (None, ""),
    ],
)
def test_speaker_name_trims_titles_and_punctuation(words: str | None, name: str) -> None:
    assert speaker_name(words) == name


def test_name_keys_and_same_speaker() -> None:
    assert name_key("Lucía Paredes") == name_key("Lucia Paredes") == "paredes"
    assert name_key("Greater Manchester Police") == "greatermanchesterpolice"
    assert same_speaker("Dr. Lena Brandvold", "Brandvold")
    assert same_speaker("the health minister Brandvold", "Lena Brandvold")
    assert same_speaker("Kim Jong Un", "Kim Jong-un")
    assert same_speaker("Xi", "Xi Jinping")
    assert not same_speaker("Sam Ibarra", "Nadia Kerr")
    assert is_body("Thames Valley Police") and not is_body("Nadia Kerr")


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("the club's captain", "captain"),
        ("Brinkley's CEO", "chief executive"),
        ("the chief executive officer", "chief executive"),
        ("the finance chief", "chief financial officer"),
        ("Deputy Mayor", "deputy mayor"),
        ("a spokeswoman for the port", "spokesperson"),
        ("the 32-year-old", ""),
        ("the company", ""),
    ],
)
def test_role_of(phrase: str, role: str) -> None:
    assert role_of(phrase) == role


def test_role_modifiers_tell_holders_apart() -> None:
    assert role_modifiers("the club's medical director") == {"club", "medical"}
    assert role_modifiers("the director") == frozenset()


def quotes_of(text: str) -> list[tuple[str, str | None, str]]:
    cleaning = clean(text)
    claims = extract_claims(Article(source="a", text=text), split_sentences(text, skip=cleaning.skips))
    return [(c.text, c.speaker, c.key) for c in claims if c.kind is ClaimKind.QUOTE]


def test_a_pronoun_is_the_person_its_paragraph_is_about_not_the_last_name() -> None:
    text = (
        '"The ground is ready," groundsman Eli Brandt told the crowd.\n\n'
        "Club president Mira Solberg said the team would play at home. "
        '"We will be back in the autumn," she said.'
    )
    assert quotes_of(text)[-1] == ("We will be back in the autumn", "Mira Solberg", "solberg")


def test_a_pronoun_agrees_in_gender_with_its_person() -> None:
    text = (
        "Coach Ivo Petrak spoke first and praised his players. "
        "Then Ms Hanna Berg, the club's chair, took the microphone. "
        'Turning to the stands, he said: "You carried us."'
    )
    assert quotes_of(text)[-1][1:] == ("Ivo Petrak", "petrak")


def test_a_pronoun_after_two_people_of_unknown_gender_is_no_ones() -> None:
    text = 'Harbour master Ines Vidal met skipper Tomas Berg at the dock. "The crew is safe," he said.'
    assert quotes_of(text)[-1] == ("The crew is safe", None, "")
    # one of them known to be a woman: the pronoun is the other's
    text = 'Ms Ines Vidal met skipper Tomas Berg at the dock. "The crew is safe," he said.'
    assert quotes_of(text)[-1][1:] == ("Tomas Berg", "berg")


def test_an_unresolved_pronoun_is_no_speaker() -> None:
    assert quotes_of('"We will be back in the autumn," she said.') == [("We will be back in the autumn", None, "")]


def test_a_pronoun_after_an_unnamed_speaker_is_theirs_not_the_next_name() -> None:
    text = (
        '"The talks went well," the visiting president said after meeting his counterpart Ana Lopes.\n'
        '"We will meet again next year," he said.'
    )
    assert quotes_of(text)[-1][1:] == ("the visiting president", "")


def test_a_description_is_the_person_the_article_gave_that_role() -> None:
    text = (
        "Goalkeeper Tor Aalto saved two penalties. "
        "Captain Rui Costa scored the winner.\n\n"
        'Costa was in tears. "We never stopped believing," the captain said.'
    )
    assert quotes_of(text)[-1][1:] == ("Rui Costa", "costa")


def test_a_description_is_the_subject_of_the_previous_sentence_with_no_other_role() -> None:
    text = 'Listen to what Omar Haddad said on the call. "Margins come first," the chief executive told analysts.'
    assert quotes_of(text)[-1][1:] == ("Omar Haddad", "haddad")


def test_a_description_by_age_alone_is_the_person_just_named() -> None:
    text = 'Coach Ivo Petrak watched from the stand. "We were brave," the 58-year-old said.'
    assert quotes_of(text)[-1][1:] == ("Ivo Petrak", "petrak")
    assert quotes_of('"We were brave," the 58-year-old said.')[-1][1:] == ("the 58-year-old", "")


def test_a_description_with_other_role_words_is_not_that_person() -> None:
    text = (
        "The treaty was signed by Arvian leader Tomas Brek on Monday.\n\n"
        '"Peace is near," the Norland leader said on arrival.'
    )
    assert quotes_of(text)[-1][1:] == ("the Norland leader", "")


def test_a_description_never_takes_a_person_with_another_role() -> None:
    text = 'Ana Lopes, the club\'s treasurer, spoke first. "We are solvent," the captain said.'
    assert quotes_of(text)[-1][1:] == ("the captain", "")


def test_a_quote_without_attribution_goes_on_from_the_previous_speaker_of_its_paragraph() -> None:
    text = '"The line is clear," said harbour master Aino Virtanen. "Ships can sail tonight."'
    assert [q[1] for q in quotes_of(text)] == ["Aino Virtanen", "Aino Virtanen"]


def test_a_paragraph_of_quote_goes_on_from_the_previous_paragraph_but_a_heading_does_not() -> None:
    text = (
        '"The line is clear," said harbour master Aino Virtanen.\n\n'
        '"Ships can sail tonight and the ferries resume tomorrow."\n\n'
        '"Harbour reopens"\n\n'
        "Traffic was light."
    )
    assert [q[1] for q in quotes_of(text)] == ["Aino Virtanen", "Aino Virtanen", None]


def test_a_quote_over_two_sentences_is_credited_by_the_sentence_it_ends_in() -> None:
    text = 'Traffic was light. "The line is clear. Ships can sail tonight," said Aino Virtanen, 61.'
    assert quotes_of(text) == [("The line is clear. Ships can sail tonight", "Aino Virtanen", "virtanen")]


def test_a_person_reads_one_way_through_the_article() -> None:
    # titles trimmed, and one form for every mention: the one the article uses again
    text = 'Harbour master Aino Virtanen opened the lock. "Ships can sail," Virtanen said. "Go now," she said.'
    assert [q[1:] for q in quotes_of(text)] == [("Virtanen", "virtanen"), ("Virtanen", "virtanen")]
    text = '"Ships can sail," said harbour master Aino Virtanen.'
    assert quotes_of(text)[0][1:] == ("Aino Virtanen", "virtanen")


def test_people_of_an_article() -> None:
    text = "Dr Priya Shah, the hospital's medical director, met Halden's chief executive, Leo Marr, on Friday."
    people = find_people(split_sentences(text))
    assert people["shah"].roles == {"director"} and people["shah"].modifiers == {"hospital", "medical"}
    assert people["marr"].roles == {"chief executive"} and people["marr"].name == "Leo Marr"
    assert "friday" not in people


def test_a_new_or_other_person_is_not_the_antecedent() -> None:
    # "a spokeswoman" is someone new; "his coach" is not "him"
    text = 'Jan Olsen visited the site. "No decision has been made," a spokeswoman for the ministry said.'
    assert quotes_of(text)[-1][1:] == ("a spokeswoman for the ministry", "")
    assert quotes_of('Marsh scored twice. "He was brilliant," his coach said.')[-1][1:] == ("his coach", "")


def test_a_joint_statement_has_no_one_speaker() -> None:
    assert quotes_of('Acme and Brill said in a joint statement: "We regret the incident."')[0][1:] == (None, "")


def test_a_common_noun_opening_the_sentence_is_no_name() -> None:
    assert speaker_name("Officials") == speaker_name("Police") == speaker_name("Residents") == ""
    assert quotes_of('Officials said the toll was "likely to rise".')[0][2] == ""


def test_a_pronoun_before_a_name_tells_nothing_of_its_gender() -> None:
    text = '"It was terrifying," said resident Mary Cole, 71. Her neighbour, Tom Fry, agreed. "We ran," he said.'
    assert [q[1] for q in quotes_of(text)] == ["Mary Cole", "Tom Fry"]


def test_a_name_after_its_description_is_the_speaker() -> None:
    sentence = 'The ward\'s head nurse, Ruth Obi, told us: "Beds are full."'
    assert speaker_in(sentence) == ("Ruth Obi", "name-in-apposition")
    assert speaker_in('Dr. Hanna Berg, 45, a surgeon at City Hospital, said "the wards are full."') == (
        "Dr. Hanna Berg",
        "name-then-apposition",
    )


def test_a_name_after_a_description_of_a_body_is_the_speaker_not_the_body() -> None:
    sentence = '"Beds are full," the medical director of St Luke\'s Hospital, Ruth Obi, told the Herald.'
    assert speaker_in(sentence) == ("Ruth Obi", "name-in-apposition")
    assert speaker_in('The head of Kelso Council, Ann Reid, said: "We are ready."') == ("Ann Reid", "name-in-apposition")


def test_a_participle_of_saying_credits_the_subject() -> None:
    sentence = 'Coach Ivo Petrak refused to blame the referee, saying only that he would "watch it again on Monday".'
    assert speaker_in(sentence) == ("Coach Ivo Petrak", "subject-then-participle")
    sentence = 'Asked about the sale, she declined to comment, saying only that the club "hears many offers".'
    assert speaker_in(sentence) == ("she", "subject-then-participle")
    assert speaker_in('The plan, unveiled on Monday, was praised by unions, saying it was "a bold step".') is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('Secretary of State Ana Ruiz said: "We are ready."', "ruiz"),
        ('"We are ready," Bank of Aldoria Governor Piet Kool said.', "kool"),
        ('"We are ready," said Minister of Foreign Affairs Sergei Orlov.', "orlov"),
        ('"We are ready," said Ursula van der Berg.', "berg"),
    ],
)
def test_titles_with_of_are_no_name(sentence: str, name: str) -> None:
    spans = [(q.start, q.end) for q in find_quotes(sentence)]
    found = find_speaker(sentence, spans)
    assert found is not None and name_key(speaker_name(found[0])) == name


@pytest.mark.parametrize(
    ("text", "whom"),
    [
        # the subject of the sentence before, after an opening phrase
        ("Irena Valsecchi will be president. With most votes counted, the 44-year-old opposition leader led.", "valsecchi"),
        # a paragraph does not reach into the one before: paragraphs may be read in any order
        ("Irena Valsecchi will be president.\n\nWith most votes counted, the 44-year-old opposition leader led.", ""),
        ("Coach Ivo Petrak was sacked on Monday. The 58-year-old said he was sad.", "petrak"),
        # in apposition
        ("Lewis Marsh, the 32-year-old striker, scored twice.", "marsh"),
        # someone new, or an object: no one named before
        ("Tom Reed was arrested on Friday. The 19-year-old passenger was treated in hospital.", ""),
        ("Marsh fouled the 23-year-old winger in the box.", ""),
        ("Tom Reed was arrested on Friday. The 19-year-old man was charged.", ""),
    ],
)
def test_a_description_by_age_names_again_the_person_just_named(text: str, whom: str) -> None:
    sentences = split_sentences(text)
    k = next(i for i, s in enumerate(sentences) if "year-old" in s.text)
    start = sentences[k].text.index("-year-old") - 2
    assert described_person(sentences, k, start, start + len("44-year-old"), text=text) == whom


def test_an_age_told_by_name_and_by_description_is_compared() -> None:
    a = Article("a", "Striker Lewis Marsh, 29, scored twice in the final on Saturday.")
    b = Article("b", "Lewis Marsh scored twice in the final. On Saturday, the 32-year-old striker was the hero.")
    from claimdiff import compare

    found = [(d.kind.value, sorted(c.text for c in d.claims)) for d in compare([a, b]).discrepancies]
    assert ("quantity", ["29", "32-year-old"]) in found


@pytest.mark.parametrize(
    "sentence",
    [
        'The sign on the gate read: "Closed until further notice."',  # no person
        'Novak\'s message to the Pier Road fans: "Thank you."',  # a name inside the words before the colon
        'Novak said the plan was simple. "We build it."',  # no colon, no verb before the quote
    ],
)
def test_a_colon_before_a_quote_credits_only_a_plain_subject(sentence: str) -> None:
    found = speaker_in(sentence)
    assert found is None or found[1] not in ("subject-then-colon", "apposition-then-colon")
