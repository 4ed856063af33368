"""Names in English text: a headline's capitals and honorifics (made-up names)."""

from __future__ import annotations

import pytest

from kzpolicy_data.interview.english import headline_words, honoured, honoured_guest

from .parsing import parse_guests


def _run(text: str, name: str) -> tuple[str, int, int]:
    at = text.index(name)
    return text, at, at + len(name)


def test_two_capitalised_words_of_a_headline_need_evidence_of_their_own() -> None:
    assert headline_words(
        *_run("Forum Aims to Turn Analysis Into Action, Says Director", "Into Action")
    )
    # a position right before, a `:` after, or the surname printed again
    assert not headline_words(
        *_run("Deputy Minister Ola Nordmann Visits Astana and Almaty", "Ola Nordmann")
    )
    assert not headline_words(
        *_run("Ola Nordmann: Astana Is Our Key Partner in Asia", "Ola Nordmann")
    )
    text = "Trade Talks Will Bring Ola Nordmann Back to Astana Soon\n\nNordmann said so."
    assert not headline_words(*_run(text, "Ola Nordmann"))
    # a sentence is no headline
    assert not headline_words(
        *_run("The minister met Ola Nordmann in the capital today.", "Ola Nordmann")
    )


def test_an_honorific_and_a_surname() -> None:
    text = "Aki Matsuo visits often. Ms. Matsuo agreed to talk. Mr. Putin spoke too."
    assert honoured(text, "Matsuo") and honoured(text, "MATSUO")
    assert not honoured(text, "Nordmann")
    assert honoured_guest(text, "Aki Matsuo") == "guest"
    assert honoured_guest(text, "Vladimir Putin") is None  # a leader is no guest by it


def test_a_headline_speakers_three_latin_words_are_all_the_name() -> None:
    text = (
        "Kairat Lama Sharif: \u201cGreat things await us ahead\u201d\n\n"
        "A new consul general was appointed in the UAE and agreed to give an interview.\n\n"
        "How did your diplomatic career take shape?\n\n"
        "My career as a diplomat began in 1993, when the ministry was formed."
    )
    _, guests = parse_guests(text, "speaker.txt")
    assert guests == ["Kairat Lama Sharif"]


_ENVOY = (
    "Interview\n\n{lead}\n\n– Thank you, Mr. Ambassador, for agreeing to our interview. Can you "
    "tell us about the upcoming visit?\n\n– At the invitation of the President, Xi Jinping will "
    "pay a state visit.\n\n– What will be signed?\n\n– Several agreements.\n"
)


@pytest.mark.parametrize(
    ("lead", "guest"),
    [
        # a name in capitals that gave the interview is the guest, after a long position too
        (
            "Ambassador of the People's Republic of China in the Republic of Kazakhstan, ZHANG "
            "XIAO gave a joint interview to Chinese and Kazakh media.",
            "Zhang Xiao",
        ),
        ("Chinese Ambassador ZHANG XIAO gave an interview to Kazakh media.", "Zhang Xiao"),
        # a headline in capitals is still no name
        ("KAZAKHSTAN AND CHINA SIGN NEW TREATY IN ASTANA", None),
    ],
)
def test_a_name_in_capitals_that_gave_the_interview(lead: str, guest: str | None) -> None:
    _, guests = parse_guests(_ENVOY.format(lead=lead))
    assert guests == [guest]


def test_the_one_who_revealed_in_an_interview_is_the_guest_not_the_minister_asked_about() -> None:
    text = (
        "Interview\n\nNUR-SULTAN. KAZINFORM - Official representative of the Ministry of Foreign "
        "Affairs of Kazakhstan Aibek Nurlanov revealed in an interview what issues had been "
        "discussed by Mukhtar Zhanuzakov, the Minister of Foreign Affairs, and the U.S. "
        "Secretary of State.\n\nWhat are the results of the telephone conversation between "
        "Mukhtar Zhanuzakov and the U.S. Secretary of State? Can you share details with us?\n\n"
        "Kazakhstan and the United States are developing an expanded strategic partnership.\n"
    )
    _, guests = parse_guests(text)
    assert guests == ["Aibek Nurlanov"]


@pytest.mark.parametrize(
    ("lead", "guest"),
    [
        # a position in lower case between the conversation's cue and the name, an outlet's
        # name in quotes among its words, and a particle inside the name
        (
            "Kazinform correspondent talked with Managing editor of the independent "
            'Arabic-language newspaper "Al Fajr" Sherif Al Bassel.',
            "Sherif Al Bassel",
        ),
        ("We spoke with the managing editor of the weekly Omar Bin Saleh.", "Omar Bin Saleh"),
        # a long position, an institute's full name in it (blind batch AA's shape)
        (
            "An exclusive interview with the director of the Centre for Regional Studies at the "
            "Institute of World Economics and Politics at the Foundation of the First President "
            "of the Republic of Kazakhstan, coordinator of the Asian Club, Berik Sadykov",
            "Berik Sadykov",
        ),
    ],
)
def test_a_guest_named_after_a_conversation_cue_and_a_lower_case_position(
    lead: str, guest: str
) -> None:
    text = (
        f"Expo news\n\n{lead}\n\nHow do you see the relations between the countries?\n\n"
        "First of all, let me congratulate Kazakhstan. We see great results.\n\n"
        "What about trade?\n\nIt grows every year, and we are glad.\n"
    )
    _, guests = parse_guests(text)
    assert guests == [guest]


_QA = (
    "\n\n– How do you see the relations between the countries?\n\n"
    "– They grow every year, and we are glad of the results we have reached.\n\n"
    "– What about trade?\n\n– It grows too, and the new routes help it.\n"
)


@pytest.mark.parametrize(
    ("head", "guest"),
    [
        # a capitalised body after the guest's position is no name
        (
            "Tokayev's Style\n\nOla Nordmann, an Azerbaijani political analyst and head of the "
            "South Caucasus Political Scientists Club, shared an expert's perspective.",
            "Ola Nordmann",
        ),
        # the position after an affiliation, in a line of capitals
        (
            "Election Will Give Opportunity\n\nOla Nordmann, Gumilyov Eurasian National "
            "University, Deputy Head of History Department, Candidate of History Sciences, "
            "associate professor:",
            "Ola Nordmann",
        ),
        # a degree's capitals are no name, and the vocative's first name and patronymic,
        # transliterated otherwise (`Artur`, `Arthur`), complete the lead's name
        (
            "Security Meeting\n\nThese issues were discussed with Arthur Nordmann, Candidate of "
            "Political Sciences, expert analyst at the Unity Center for Geopolitical Studies."
            "\n\n– Artur Ramilevich, what did the meeting focus on?\n\n– It focused on security.",
            "Arthur Nordmann",
        ),
        # a head of state who spoke in the interview, named as a title quote's speaker (the
        # line after the title begins with a country) and in the lead
        (
            "Kazakhstan becoming key crossroads of Eurasia — Iranian President Masoud "
            "Pezeshkian\nIran is ready to provide Kazakhstan with access to the Gulf. President "
            "of the Islamic Republic of Iran, Masoud Pezeshkian, stated this in an exclusive "
            "interview with the TV and Radio Complex.",
            "Masoud Pezeshkian",
        ),
        # the holder of an office the lead names (`headed by`), with no position of its own
        (
            "Water Agreement Is 60% Approved\n\nKazakhstan has set up a Ministry of Water "
            "Resources that is now headed by Olan Nordmannov. Minister Nordmannov sat down with "
            "our correspondent for an exclusive interview.",
            "Olan Nordmannov",
        ),
        # the answers' label spells the lead's name otherwise: the lead's form is the name
        (
            'Iskandar Abdullaev: "Rivers Are Politics"\n\nInterview with Dr. Iskandar '
            "Abdullaev, the Executive Director of the Regional Centre.\n\nWhat accounts for "
            "the constructive negotiations?\n\nIskandar Abdullayev:\nWe have to go back in "
            "history to the Soviet times.\n\nWhat about trade?\n\nIskandar Abdullayev:\n"
            "It grows too.",
            "Iskandar Abdullaev",
        ),
        # a state's possessive name inside the long position before the name
        (
            "ASTANA. KAZINFORM The Ambassador Extraordinary and Plenipotentiary of the People's "
            "Republic of China to Kazakhstan Zhang Lihui exclusively told Kazinform about the "
            "results of the bilateral cooperation.",
            "Zhang Lihui",
        ),
        # an honorific before a three-word name keeps all three
        (
            "Norway and Kazakhstan\n\nWe can learn from each other, our guest His Excellency "
            "Ola Berg Nordmann, Norwegian Minister for Foreign Affairs, told our correspondent.",
            "Ola Berg Nordmann",
        ),
    ],
)
def test_an_english_guest_among_capitalised_bodies_and_titles(head: str, guest: str) -> None:
    _, guests = parse_guests(head if "?" in head else head + _QA)
    assert guests == [guest]
