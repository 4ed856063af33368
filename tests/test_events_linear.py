"""Roles without the parser, from case endings and word order (events/linear, kazakh_cases)."""

from __future__ import annotations

import pytest

from .parsing import Key, event_keys


def _keys(text: str) -> list[Key]:
    return event_keys(text, "lin")


def test_an_ambassador_is_not_the_country_noun_el() -> None:
    # "елшісі" (ambassador) after a locative country is no "ел" (country) head noun: the
    # country stays the scene and the ambassador's own state (the genitive) acts
    got = _keys("Қазақстанның Ресейдегі елшісі Лавровпен кездесті.")
    assert ("CONSULT", "asserted", ("KAZ",), ("RUS",)) in got
    assert not [k for k in got if "RUS" in k[2]]


def test_a_bare_name_before_its_ambassador_takes_the_ambassadors_case() -> None:
    # "Қытай елшісі" (nominative) meets; "Қытай Елшісін" (accusative) is received
    assert ("CONSULT", "asserted", ("CHN",), ("KAZ",)) in _keys("Қытай елшісі Тоқаевпен кездесті.")
    assert ("CONSULT", "asserted", ("CHN",), ("KAZ",)) in _keys(
        "Мемлекет басшысы Қытай Елшісін қабылдады."
    )


def test_a_title_takes_the_case_of_its_holders_name() -> None:
    # "мемлекет басшысы Нұрсұлтан Назарбаевқа" is a dative: the head of state receives
    got = _keys("Жапония елшісі мемлекет басшысы Нұрсұлтан Назарбаевқа сенім грамотасын табыстады.")
    assert ("CONSULT", "asserted", ("JPN",), ("KAZ",)) in got
    assert not [k for k in got if k[2] == ("KAZ",)]
    # another state's leader after the title is somebody else: the title stays the subject
    assert ("CONSULT", "asserted", ("KAZ",), ("RUS",)) in _keys(
        "Мемлекет басшысы бүгін Путинмен кездесті."
    )


def test_a_state_head_noun_carries_the_names_case() -> None:
    # "Ресей Федерациясына", "Әзербайжан Республикасына": datives (the host), not subjects
    assert ("CONSULT", "asserted", ("KAZ",), ("RUS",)) in _keys(
        "Елші Тоқаевтың Ресей Федерациясына жасаған сапары туралы айтты."
    )
    assert ("CONSULT", "asserted", ("KAZ",), ("AZE",)) in _keys(
        "Қазақстан Республикасының елшісі Әзербайжан Республикасына жұмыс сапарымен барды."
    )


def test_a_name_heading_an_organisations_name_is_no_party() -> None:
    # "Орталық Азия зерттеу институты" is an institute, not the five states meeting Japan
    got = _keys("Орталық Азия зерттеу институтының директоры Жапония елшісімен кездесті.")
    assert not [k for k in got if "UZB" in k[2]]
    assert not _keys("Қазақстан-Жапония орталығының директоры Токиода кездесу өткізді.")


def test_the_possessor_of_a_visit_is_the_visitor() -> None:
    # the clause's subject (Kazakhstan) is not who visits; Modi's state is
    got = _keys(
        "Kazakhstan became a close partner of India after Prime Minister Modi's visit to Astana."
    )
    assert ("CONSULT", "asserted", ("IND",), ("KAZ",)) in got
    assert not [k for k in got if k[2] == ("KAZ",)]


def test_between_names_the_parties_of_a_joint_act_only() -> None:
    # "Қазақстан мен Жапония арасында" is the scene of a visit, and the parties of a treaty
    got = _keys(
        "Қазақстан мен Жапония арасында даулы мәселе жоқ: сарапшы Президенттің "
        "Жапонияға сапары туралы"
    )
    assert ("CONSULT", "asserted", ("KAZ",), ("JPN",)) in got
    assert not [k for k in got if len(k[2]) > 1]
    assert ("AGREE", "asserted", ("KAZ",), ("JPN",)) in _keys(
        "Қазақстан мен Жапония арасында жаңа келісімге қол қойылды."
    )


def test_a_genitive_state_heading_a_title_is_the_title_holders() -> None:
    # "Жапонияның Сыртқы істер министрі" is Japan's minister, who came: not a recipient
    got = _keys("Былтыр күзде Жапонияның Сыртқы істер министрі Қазақстанға ресми сапармен келді.")
    assert ("CONSULT", "asserted", ("JPN",), ("KAZ",)) in got
    # the holder's name carries the phrase's case: the ambassador is received
    assert ("CONSULT", "asserted", ("RUS",), ("KAZ",)) in _keys(
        "Мемлекет басшысы Ресейдің елшісі Алексей Бородавкинді қабылдады."
    )


def test_a_bare_state_before_a_possessed_title_takes_the_phrases_case() -> None:
    # "АҚШ президенті Дональд Трамппен": the comitative of the phrase, the partner met
    assert ("CONSULT", "asserted", ("KAZ",), ("USA",)) in _keys(
        "Тоқаев АҚШ президенті Дональд Трамппен кездесті."
    )
    assert ("CONSULT", "asserted", ("KAZ",), ("RUS",)) in _keys(
        "Мемлекет басшысы Ресей Сыртқы істер министрімен кездесті."
    )
    # the title's own holder before a place stays the subject
    assert ("CONSULT", "asserted", ("KAZ",), ("CHN",)) in _keys(
        "Қазақстан Президенті Тоқаев Қытайға ресми сапармен барды."
    )


def test_an_envoys_remit_is_no_party() -> None:
    # "Орталық Азия бойынша арнайы өкілі": the envoy for Central Asia, not the five states acting
    got = _keys(
        "АҚШ Президентінің Орталық Азия бойынша арнайы өкілінің сапары "
        "әріптестікті нығайту жолындағы маңызды қадам болды."
    )
    assert not [k for k in got if "UZB" in k[2]]


def test_an_unknown_possessor_of_a_visit_is_known_by_the_titles_before_the_name() -> None:
    # "Mr." ends no sentence; "Japanese Prime Minister" says whose the possessor is
    got = _keys(
        "Japanese Prime Minister Mr. Shinzo Abe\u2019s visit to Kazakhstan in 2015 opened a page."
    )
    assert ("CONSULT", "asserted", ("JPN",), ("KAZ",)) in got
    # a verb between a state and the possessor breaks the run: Kazakhstan is not the visitor
    got = _keys("Kazakhstan welcomed Shinzo Abe's visit to Astana.")
    assert not [k for k in got if k[0] == "CONSULT" and k[2] == ("KAZ",)]


def test_the_visitor_of_a_visit_of_x_to_y_is_x() -> None:
    assert ("CONSULT", "asserted", ("FRA",), ("KAZ",)) in _keys(
        "It was an official visit of French President Nicolas Sarkozy to Kazakhstan."
    )


def test_a_host_welcoming_its_guest_is_the_recipient() -> None:
    # "қарсы алды" (welcomed) is a reception: the accusative guest visits the host
    assert ("CONSULT", "asserted", ("CHN",), ("KAZ",)) in _keys(
        "Тоқаев Си Цзиньпинді Ақордада қарсы алды."
    )
    # and stands for the visit it ends, told before it in the same sentence
    got = _keys(
        "Мемлекеттік сапармен барған Президент Қасым-Жомарт Тоқаевты Моңғолия мемлекеті "
        "салтанатты түрде қарсы алды."
    )
    assert ("CONSULT", "asserted", ("KAZ",), ("MNG",)) in got
    assert not [k for k in got if k[2] == ("MNG",)]
    # "қарсы" alone is "against", no welcome
    assert not _keys("Қазақстан соғысқа қарсы алаңда сөз сөйледі.")


def test_two_possessors_visits_are_two_visits() -> None:
    got = _keys(
        "Visits such as Japanese Prime Minister Shinzo Abe's visit to Kazakhstan in 2015 and "
        "the President of Kazakhstan Mr Nazarbayev's visit to Tokyo in 2016 were successful."
    )
    assert ("CONSULT", "asserted", ("JPN",), ("KAZ",)) in got
    assert ("CONSULT", "asserted", ("KAZ",), ("JPN",)) in got


def test_an_office_of_a_state_opening_the_clause_is_its_holders_state() -> None:
    got = _keys("Deputy Minister of Foreign Affairs of Vietnam visited Kazakhstan on March 2.")
    assert ("CONSULT", "asserted", ("VNM",), ("KAZ",)) in got
    assert ("CONSULT", "asserted", ("DEU",), ("KAZ",)) in _keys(
        "The President of the German Bundesrat visited Kazakhstan."
    )
    # ... also after a fronted adverbial and its comma
    assert ("CONSULT", "asserted", ("KGZ",), ("KAZ",)) in _keys(
        "On February 24-25, the Chairman of the Cabinet of Ministers of Kyrgyzstan A. Kasymaliev "
        "made an official visit to Kazakhstan."
    )
    # ... after an article, "then" or a subordinator ("since a President of ..."), and after a
    # year fronted without a comma
    assert ("CONSULT", "asserted", ("DEU",), ("KAZ",)) in _keys(
        "It has been 22 years since a President of the German Bundesrat visited Kazakhstan."
    )
    assert ("CONSULT", "asserted", ("JPN",), ("KAZ",)) in _keys(
        "In 2006 the then Prime Minister of Japan Mr. Junichiro Koizumi visited Kazakhstan."
    )
    # ... in an apposition after the name ("X bin Y, Crown Prince of Abu Dhabi, visited")
    assert ("CONSULT", "asserted", ("ARE",), ("KAZ",)) in _keys(
        "Sheikh Khaled bin Mohamed, Crown Prince of Abu Dhabi, visited Astana last month."
    )
    # an office inside a prepositional phrase is not the subject, with a comma or without
    for text in (
        "At the invitation of the President of Kazakhstan the Emir of Qatar visited.",
        "At the invitation of the President of Kazakhstan, the Emir of Qatar visited.",
    ):
        assert not [k for k in _keys(text) if k[2] == ("KAZ",)]


def test_the_visitor_of_a_visit_by_x_is_x() -> None:
    assert ("CONSULT", "asserted", ("KAZ",), ("AZE",)) in _keys(
        "The official visit to Azerbaijan by President Kassym-Jomart Tokayev took place."
    )


def test_an_organisations_secretary_general_received_is_its_guest() -> None:
    # "ШЫҰ Бас хатшысын": the bare organisation heads a title in the accusative, the one received
    assert ("CONSULT", "asserted", ("IGO:SCO",), ("KAZ",)) in _keys(
        "Президент ШЫҰ Бас хатшысын қабылдады."
    )
    # a spokesman's genitive is his principal's, no state: the state named next acts
    assert ("CONSULT", "asserted", ("RUS",), ("KAZ",)) in _keys(
        "Бұған дейін мемлекет басшысының баспасөз хатшысы Дмитрий Песков Ресей президентінің "
        "Қазақстанға сапарын растады."
    )


@pytest.mark.parametrize(
    ("text", "key", "host"),
    [
        # where a visitor is, is the host of the visit
        ("President Tokayev is on an official visit in Japan.", ("KAZ",), ("JPN",)),
        (
            "Kanat Saudabayev, Kazakh Foreign Minister, was in Washington on a working visit.",
            ("KAZ",),
            ("USA",),
        ),
        (
            "Мемлекет басшысы Қасым-Жомарт Тоқаев іссапармен Сауд Арабиясында жүр.",
            ("KAZ",),
            ("SAU",),
        ),
        ("Тамыз айында Президент Тоқаев Оңтүстік Кореяда сапармен болды.", ("KAZ",), ("KOR",)),
    ],
)
def test_where_a_visitor_is_hosts_the_visit(
    text: str, key: tuple[str, ...], host: tuple[str, ...]
) -> None:
    keys = [(t, s, r) for t, _, s, r in event_keys(text, "visit.txt")]
    assert ("CONSULT", key, host) in keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a Russian visit noun's genitive, alone or after its holder's office, is the visitor
        ("Подготовка к визиту Путина идет полным ходом.", (("RUS",), ("KAZ",))),
        ("Визит президента Франции в Казахстан был первым в истории.", (("FRA",), ("KAZ",))),
        # after a preposition it is the host
        ("Подготовка к визиту в Китай идет полным ходом.", (("KAZ",), ("CHN",))),
    ],
)
def test_a_visit_nouns_genitive_is_the_visitor(text: str, key: tuple[object, ...]) -> None:
    assert [(s, r) for t, _, s, r in _keys(text) if t == "CONSULT"] == [key]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Түркия президенті жұмыс сапарымен Қазақстанға келеді.",
            ("CONSULT", "future", ("TUR",), ("KAZ",)),
        ),
        (
            "Ресей президенті мемлекеттік сапармен Қазақстанға келеді.",
            ("CONSULT", "future", ("RUS",), ("KAZ",)),
        ),
    ],
)
def test_a_kazakh_trip_noun_in_the_instrumental_is_how_the_visitor_comes(
    text: str, want: Key
) -> None:
    # "жұмыс сапарымен ... келеді" is one visit: the verb's subject visits its dative
    assert _keys(text) == [want]


def test_a_when_clause_has_its_own_subject() -> None:
    # batch AE: the topics of the main clause are no visitor of the `when` clause's visit
    got = _keys(
        "Security concerns in Central Asia and Afghanistan and economic issues are likely to top "
        "the agenda when Uzbek president Islam Karimov visits his Kazakh counterpart Nursultan "
        "Nazarbayev next week."
    )
    assert [k for k in got if k[0] == "CONSULT" and k[2:] == (("UZB",), ("KAZ",))]
    assert not [k for k in got if "AFG" in k[2]]


def test_where_a_visitor_went_before_the_visit_noun_hosts_it() -> None:
    # batch AE: the guest's `I went to China to pay a state visit`; not any `to` before a trip
    text = (
        "Kazakh President Kassym-Jomart Tokayev gave an interview to CCTV.\n\n"
        "How do you see relations with China?\n\n"
        "China plays a very important role in our foreign policy. In September 2019, I went to "
        "China to pay a state visit.\n\n"
        "What about trade?\n\nTrade grows.\n"
    )
    assert ("CONSULT", "asserted", ("KAZ",), ("CHN",)) in event_keys(text, "x.txt")
    got = _keys("Tokayev spoke to Putin about the visit.")
    assert not [k for k in got if k[0] == "CONSULT" and k[3] == ("RUS",) and k[2] == ()]


@pytest.mark.parametrize(
    "text",
    [
        # (batch AN) the fronted inviter hosts the guest's coming visit
        "At the invitation of President of Kazakhstan Kassym-Jomart Tokayev, President Xi will "
        "pay a state visit to Kazakhstan.",
        "At the invitation of President Tokayev, Xi Jinping paid a state visit to Kazakhstan.",
    ],
)
def test_an_inviter_fronted_in_english_hosts_the_guest(text: str) -> None:
    got = _keys(text)
    assert [k for k in got if k[0] == "CONSULT" and k[2] == ("CHN",) and "KAZ" in k[3]]
    assert not [k for k in got if k[0] == "CONSULT" and "KAZ" in k[2]]


def test_a_country_set_off_after_its_city_is_where_not_who() -> None:
    # batch AO: "his visit to Astana, Kazakhstan ... after attending the summit": Kazakhstan is
    # the place of the visit, not the subject of the summit he attended
    got = _keys(
        "Chinese President Xi Jinping wrapped up his visit to Astana, Kazakhstan on Wednesday "
        "after attending the second China-Central Asia Summit."
    )
    assert ("CONSULT", "asserted", ("CHN",), ("KAZ",)) in got
    assert not [k for k in got if "KAZ" in k[2]]
    # a list of states set off by commas is still the subject
    got = _keys(
        "The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan held a "
        "Consultative Meeting in Tashkent."
    )
    assert ("CONSULT", "asserted", ("KAZ", "KGZ", "TJK", "TKM", "UZB"), ()) in got


def test_a_kazakh_side_named_by_its_adjective_acts_and_a_channel_does_not() -> None:
    # batch AO: "ресейлік тарап" (the Russian side) is the subject; "Қазақстан Сыртқы істер
    # министрлігі арқылы" (through Kazakhstan's foreign ministry) is the way, no party; and the
    # meetings it asked for are still to come
    got = _keys(
        "Бұған дейін ресейлік тарап Қазақстан Сыртқы істер министрлігі арқылы жоғары деңгейде "
        "кездесулер өткізуді сұрағаны туралы ақпарат тараған болатын."
    )
    assert [k for k in got if k[0] == "CONSULT" and k[2] == ("RUS",) and k[1] == "future"]
    assert not [k for k in got if "KAZ" in k[2]]
    # the way a cable runs is no channel: the parties still sign
    got = _keys(
        "Наурыз айында Қазақстан мен Әзірбайжан Каспий түбі арқылы электр энергиясын жеткізу "
        "туралы келісімге қол қояды."
    )
    assert [k for k in got if k[0] == "AGREE" and "KAZ" in k[2]]


def test_what_talks_are_for_is_no_party_to_them() -> None:
    # batch AO: the quotas the talks with the companies are to help keep are no partner
    got = _keys(
        "Akkenzhenov said that while his government would hold talks with the Western majors to "
        "improve its compliance with the OPEC+ quotas, it did not hold much sway over them."
    )
    assert not [k for k in got if k[0] == "CONSULT" and "IGO:OPEC" in k[3]]
    assert ("CONSULT", "asserted", ("KAZ",), ("RUS",)) in _keys(
        "Tokayev held talks with Putin to strengthen ties with Russia."
    )


def test_a_state_one_is_compared_to_is_no_party() -> None:
    # batch AQ: "Ауғанстан сияқты ... мемлекетпен шекаралас Түрікменстан" (a state bordering one
    # like Afghanistan): Afghanistan signs nothing
    got = _keys(
        "Ауғанстан сияқты күрделі мәселелері бар мемлекетпен шекаралас Түрікменстанмен шекараны "
        "демаркациялау туралы шартқа қол қойылды."
    )
    assert not [k for k in got if "AFG" in k[2]]
