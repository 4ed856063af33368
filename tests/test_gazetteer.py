"""Gazetteer: every entry valid and findable, every country present, no name claimed twice."""

from __future__ import annotations

import pytest

from kzpolicy_data.codes import NAMED_ORGANISATIONS, iso_alpha3_codes
from kzpolicy_data.nlp.gazetteer import entries, find, known_codes

# The states and organisations the devset and the seed talk about: each needs a Wikidata id.
REGION = ["KAZ", "RUS", "CHN", "USA", "UZB", "KGZ", "TJK", "TKM", "AZE", "IRN", "TUR", "ARE"]


def test_ids_are_unique_and_every_country_is_there() -> None:
    ids = [e.id for e in entries()]
    assert len(ids) == len(set(ids))
    countries = {e.code for e in entries() if e.kind == "country"}
    assert countries == set(iso_alpha3_codes())


def test_the_region_has_wikidata_ids() -> None:
    by_code = {e.code: e for e in entries() if e.kind == "country"}
    assert all(by_code[c].qid for c in REGION)
    core = {e.abbr: e.qid for e in entries() if e.kind == "igo" and e.id == e.abbr.lower()}
    assert all(core[a] for a in ("UN", "EU", "NATO"))


def test_organisations_have_an_abbreviation_and_formats_valid_members() -> None:
    for e in entries():
        if e.kind == "igo":
            assert e.abbr, e.id
            assert e.actor_codes == (f"IGO:{e.abbr}",)
            assert e.actor_codes[0] in NAMED_ORGANISATIONS
        if e.kind == "format":
            assert len(e.members) >= 5 and set(e.members) <= known_codes()


def test_c5_plus_one_is_six_states() -> None:
    (match,) = [m for m in find("саммит С5+1") if m.entry.members]
    assert sorted(match.entry.actor_codes) == ["KAZ", "KGZ", "TJK", "TKM", "USA", "UZB"]


@pytest.mark.parametrize("entry", entries(), ids=lambda e: e.id)
def test_every_name_finds_its_entry(entry: object) -> None:
    from kzpolicy_data.nlp.gazetteer import GazEntry

    assert isinstance(entry, GazEntry)
    for name in [*entry.ru, *entry.stems]:
        found = find(name)
        assert found, (entry.id, name)
        # another entry may own a longer name that contains this one, never the same one
        assert any(set(m.entry.actor_codes) == set(entry.actor_codes) for m in found) or any(
            m.entry.id != entry.id and len(m.surface) > len(name) for m in found
        ), (entry.id, name, [(m.surface, m.entry.id) for m in found])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("прибыл в Астану", "KAZ"),
        ("встреча с Токаевым", "KAZ"),
        # a sovereign received an envoy's credentials (batch AK)
        ("вручил верительные грамоты Елизавете II", "GBR"),
        ("presented his credentials to Queen Elizabeth II", "GBR"),
        ("Путинмен сөйлесті", "RUS"),
        ("the Kremlin said", "RUS"),
        ("Гутерриш заявил", "IGO:UN"),
        ("в Ак Орде", "KAZ"),
        ("met with U.S. officials", "USA"),
        # Kazakh spellings and the Arabic script's reading (Тоқаев read as тоқайев)
        ("Әзербайжанға барды", "AZE"),
        ("Ердоғанмен кездесті", "TUR"),
        ("Мирзиёевпен сөйлесті", "UZB"),
        ("Кувейтке барды", "KWT"),
        ("Пәкістанның елшісі", "PAK"),
        ("Тоқайевпен кездесті", "KAZ"),
        ("Назарбайевтың сапары", "KAZ"),
        # the Republic of Korea as Kazakh and English print it, and not inside the DPRK's name
        ("Корея Республикасына сапар", "KOR"),
        ("the Republic of Korea", "KOR"),
        ("the Democratic People's Republic of Korea", "PRK"),
        # long forms, English names and adjectives, organisations spelled out, and capitals
        ("visit to the Czech Republic", "CZE"),
        ("Чешской Республики", "CZE"),
        ("Соединенного Королевства", "GBR"),
        ("делегация ЮАР", "ZAF"),
        ("Italy and", "ITA"),
        ("the Italian side", "ITA"),
        ("египетской стороной", "EGY"),
        ("the UN said", "IGO:UN"),
        ("Біріккен Ұлттар Ұйымының", "IGO:UN"),
        ("Шанхайской организации сотрудничества", "IGO:SCO"),
        ("Содружества Независимых Государств", "IGO:CIS"),
        ("the Commonwealth of Independent States", "IGO:CIS"),
        ("Түркі мемлекеттері ұйымының", "IGO:OTS"),
        ("прибыл в Рим", "ITA"),
        ("talks in New Delhi", "IND"),
        ("Улан-Батор", "MNG"),
        ("Иракпен", "IRQ"),
        # leaders of the corpus's years, and one whose name begins like a state's
        ("переговоры с Меркель", "DEU"),
        ("Медведевпен кездесті", "RUS"),
        ("Ван И заявил", "CHN"),
        ("Пан Ги Мун", "IGO:UN"),
        ("Federica Mogherini said", "IGO:EU"),
        # Russia's border regions act for Russia (batch AR); their cities are only places
        ("Омская область предлагает", "RUS"),
        ("губернатор Оренбургской области", "RUS"),
        ("Астрахань облысының делегациясы", "RUS"),
        ("the Omsk region", "RUS"),
    ],
)
def test_people_offices_and_capitals_resolve_to_their_state(text: str, code: str) -> None:
    assert [m.entry.actor_codes for m in find(text)] == [(code,)]


@pytest.mark.parametrize("text", ["Romeo and Juliet", "вены и артерии", "une fois"])
def test_a_capital_is_not_found_in_a_longer_word_or_a_common_noun(text: str) -> None:
    """Capitals whose names are common words or begin other words are matched only where that
    cannot happen: Рим but not "Rome" (a prefix of "Romeo"), Vienna but not "вена" (a vein)."""
    assert find(text) == []


@pytest.mark.parametrize("text", ["одна из самых горячих новостей", "самое главное", "самой"])
def test_a_common_word_is_not_a_names_case_form(text: str) -> None:
    """A case form guessed for a name (Самоа -> "самое") that is a known adjective is that
    adjective: "самых" was Samoa."""
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Президент уже говорил об этом.", ["KAZ"]),
        ("Президент России Владимир Путин прибыл.", ["RUS", "RUS"]),
        ("Европейский парламент принял резолюцию.", ["IGO:EU"]),
        ("МИД РФ ответил.", ["RUS"]),
        ("Президент алдағы өзгерістерге қатысты айтты.", ["KAZ"]),
        ("АҚШ Президентінің өкілі келді.", ["USA"]),
        # the state's formal name does not part the office from it
        ("President of the Republic of Armenia Vahagn Khachaturyan arrived.", ["ARM"]),
        ("The President of the Islamic Republic of Iran arrived.", ["IRN"]),
        ("The President said that relations with Armenia are strong.", ["KAZ", "ARM"]),
    ],
)
def test_an_office_without_its_state_is_kazakhstans_unless_a_state_stands_next_to_it(
    text: str, codes: list[str]
) -> None:
    assert [c for m in find(text) for c in m.entry.actor_codes] == codes


def test_the_study_of_a_country_is_not_the_country() -> None:
    assert find("Жалпы, қытайтануға қалай келдіңіз?") == []
    assert [m.entry.code for m in find("Қытайға барды")] == ["CHN"]


@pytest.mark.parametrize(
    "text", ["his Kazak counterpart", "through Uzbekistan and Kazakstan", "Embassy of Kazakistan"]
)
def test_older_english_spellings_of_kazakhstan(text: str) -> None:
    assert "KAZ" in [m.entry.code for m in find(text)]


def test_a_surname_on_a_states_english_stem_is_a_person() -> None:
    assert find("Alexander Kazakov and Olga Kazakova said") == []


def test_a_kazakh_namesake_of_a_leader_is_no_leader() -> None:
    # only "Ильхам Әлиев" is Azerbaijan's president: Әлиев alone is a common Kazakh surname
    assert find("экономист Қанат Әлиев айтты") == []
    assert [m.entry.actor_codes for m in find("Ильхам Әлиевпен кездесті")] == [("AZE",)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("казахстанско-китайских отношений", [("казахстанско", "KAZ"), ("китайских", "CHN")]),
        ("российско-казахстанские связи", [("российско", "RUS"), ("казахстанские", "KAZ")]),
        ("қазақ-өзбек серіктестігі", [("қазақ", "KAZ"), ("өзбек", "UZB")]),
        ("Kazakhstan-China relations", [("Kazakhstan", "KAZ"), ("China", "CHN")]),
        ("Sino-Kazakh ties", [("Sino", "CHN"), ("Kazakh", "KAZ")]),
        ("US-Kazakhstan ties", [("US", "USA"), ("Kazakhstan", "KAZ")]),
        # one name with a hyphen stays one name, and a language pair is no state
        ("Гвинея-Бисау", [("Гвинея-Бисау", "GNB")]),
        ("Kassym-Jomart", []),
        ("казахско-русский словарь", []),
    ],
)
def test_a_compound_of_two_states_names_each(text: str, codes: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.entry.actor_codes[0]) for m in find(text)] == codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a compound's first noun in the possessive, its last consonant voiced
        ("Түркітілдес мемлекеттер ынтымақтастығы кеңесінің хатшысы", "IGO:OTS"),
        ("Түркітілдес мемлекеттер ынтымақтастық кеңесі", "IGO:OTS"),
    ],
)
def test_a_kazakh_many_word_name_in_the_possessive(text: str, code: str) -> None:
    found = find(text)
    assert [f"{m.entry.code}:{m.entry.abbr}" if m.entry.abbr else m.entry.code for m in found] == [
        code
    ]


@pytest.mark.parametrize(
    ("position", "code"),
    [
        ("Ambassador of Kazakhstan to India", "IND"),
        ("посол Казахстана в Индии", "IND"),
        ("Қазақстанның Үндістандағы елшісі", "IND"),
        ("Chinese Ambassador to Kazakhstan", "KAZ"),
        ("министр иностранных дел Казахстана", None),  # no envoy, no posting
        ("Ambassador of Kazakhstan", None),
    ],
)
def test_the_state_an_envoy_is_posted_to(position: str, code: str | None) -> None:
    from kzpolicy_data.nlp.gazetteer import posted_to

    entry = posted_to(position)
    assert (entry.code if entry else None) == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # "Korea" alone is the Republic; the North is always named so, and the longer name wins
        ("Tokayev visited Korea", ["KAZ", "KOR"]),
        ("Тоқаевтың Кореяға сапары", ["KAZ", "KOR"]),
        ("визит в Корею", ["KOR"]),
        ("North Korea", ["PRK"]),
        ("Северная Корея", ["PRK"]),
        ("Солтүстік Кореяның", ["PRK"]),
        # "UK" is a whole word only: Ukraine stays Ukraine
        ("The UK and Ukraine", ["GBR", "UKR"]),
    ],
)
def test_korea_and_the_uk_unqualified(text: str, codes: list[str]) -> None:
    assert [m.entry.actor_codes[0] for m in find(text)] == codes


@pytest.mark.parametrize(
    "text", ["the South American country", "Латинской Америки", "Оңтүстік Америка елдері"]
)
def test_a_part_of_america_is_no_united_states(text: str) -> None:
    assert [m.entry.code for m in find(text)] == []
    assert [m.entry.code for m in find("American companies")] == ["USA"]


def test_an_organisation_named_in_full_is_one_actor() -> None:
    # batch AP: "Организации Договора о коллективной безопасности" (five words) is the CSTO,
    # and its "Договора" is no treaty signed
    got = find("Интервью генерального секретаря Организации Договора о коллективной безопасности")
    assert [(m.surface, m.entry.abbr) for m in got] == [
        ("Организации Договора о коллективной безопасности", "CSTO")
    ]
