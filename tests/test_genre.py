"""Genre evidence (`genre`, `wording`): cues, structure and news counter-evidence weighed into a
decision."""

from __future__ import annotations

import pytest

from kzpolicy_data import parse_bytes
from kzpolicy_data.codes import TurnKind
from kzpolicy_data.interview.genre import REVIEW_CONFIDENCE, Structure, decide
from kzpolicy_data.interview.turns import segment
from kzpolicy_data.interview.wording import (
    ATTRIBUTION,
    Evidence,
    announced_interview,
    text_evidence,
)
from kzpolicy_data.source.layout import split_paragraphs


def _structure(**kw: object) -> Structure:
    base: dict[str, object] = {
        "scheme": "dash",
        "questions": 3,
        "answers": 3,
        "question_marks": 1.0,
        "attributed": 0.0,
        "addressed": 0.0,
        "short_questions": False,
        "label_definition": False,
    }
    base.update(kw)
    return Structure(**base)  # type: ignore[arg-type]


def test_no_candidate_is_news_whatever_the_cues() -> None:
    d = decide(None, text_evidence("Интервью с министром", "в беседе с министром", ""))
    assert not d.interview
    assert any(e.cue == "no turn candidate" for e in d.evidence)


def test_attribution_tails_outweigh_dashes() -> None:
    clean = decide(_structure(), [])
    quoted = decide(_structure(attributed=0.6), [])
    assert clean.interview and not quoted.interview
    assert any("attributed" in e.cue and e.weight < 0 for e in quoted.evidence)


def test_cues_raise_confidence_and_reported_questions_lower_it() -> None:
    weak = _structure(question_marks=0.5, questions=2, answers=2)
    plain = decide(weak, [])
    cued = decide(weak, text_evidence("", "Мы побеседовали с экономистом.", ""))
    assert cued.confidence > plain.confidence
    body = "На вопрос, будет ли повышен тариф, министр ответил уклончиво."
    reported = decide(weak, text_evidence("", "", body))
    assert reported.confidence < plain.confidence or not reported.interview
    assert any(e.where == "body" and e.weight < 0 for e in reported.evidence)


def test_kazakh_and_english_cues() -> None:
    assert text_evidence("", "Сарапшымен сұхбаттастық.", "")[0].weight > 1
    # the page presenting the interview it prints
    lead = (
        "In this interview first published in Liter newspaper, deputy Ann Berg discusses reforms."
    )
    assert text_evidence("", lead, "")[0].weight > 1
    assert text_evidence("Interview: Energy Minister", "", "")[0].weight > 1
    weak = text_evidence("", "in an interview to a TV channel, he said", "")
    assert weak and weak[0].weight == 0.5
    # the agency's own: `X gave an interview to Kazinform and UzA on ...`
    gave = text_evidence("", "The President gave an interview to Kazinform on relations.", "")
    assert gave and gave[0].weight > 1


def test_rhetorical_column_is_not_an_interview() -> None:
    d = decide(
        _structure(scheme="unmarked", questions=2, answers=2, addressed=0.0),
        text_evidence("Колонка", "", ""),
    )
    assert not d.interview


def test_evidence_renders_and_uncertainty_threshold() -> None:
    assert str(Evidence("cue 'сұхбат'", 1.5, "lead")) == "+1.5 cue 'сұхбат' (lead)"
    d = decide(_structure(scheme="unmarked", questions=2, answers=2, addressed=1.0), [])
    assert d.confidence < REVIEW_CONFIDENCE and d.uncertain
    assert d.reason.count(";") <= 2


def test_segment_keeps_its_decision() -> None:
    text = "Мы поговорили с экспертом.\n– Как дела?\n– Хорошо.\n– А потом?\n– Посмотрим."
    seg = segment(split_paragraphs(text))
    assert seg.interview and seg.decision is not None
    assert seg.decision.confidence >= REVIEW_CONFIDENCE
    news = "Лид.\n– Мы готовы, – заявил министр.\nТекст.\n– Это важно, – отметил он."
    seg = segment(split_paragraphs(news))
    assert not seg.interview and seg.decision is not None and not seg.decision.interview


def test_quotes_introduced_by_a_colon_are_news() -> None:
    text = (
        "Министр выступил на брифинге.\nОн сказал:\n– Почему мы должны ждать?\n"
        "Затем он добавил:\n– Мы не будем ждать, решение уже принято."
    )
    seg = segment(split_paragraphs(text))
    assert not seg.interview
    assert seg.decision is not None
    assert any("introduced by ':'" in e.cue for e in seg.decision.evidence)


def test_dash_interview_without_any_cue() -> None:
    text = (
        "– Как вы оцениваете год?\n– Неплохо, рост был.\n– А что с инфляцией?\n"
        "– Она снижается.\n– Что дальше?\n– Реформы."
    )
    seg = segment(split_paragraphs(text))
    assert seg.interview and len(seg.turns) == 6


def test_excerpt_cut_inside_the_first_question() -> None:
    lead = "Об этом в интервью изданию «Степь» рассказала аналитик Анна Ли."
    cut = decide(_structure(questions=1, answers=0, addressed=1.0, cut=True, question_marks=0), [])
    assert not cut.interview  # on its own, a question cut before its `?` is not enough
    cued = decide(
        _structure(questions=1, answers=0, addressed=1.0, cut=True), text_evidence("", lead, "")
    )
    assert cued.interview
    quoted = decide(
        _structure(questions=1, answers=0, addressed=1.0, cut=True, introduced=1.0),
        text_evidence("", lead, ""),
    )
    assert not quoted.interview


def test_unmarked_answers_given_as_i_or_we_are_a_guest_speaking() -> None:
    """An interview whose questions seldom say "you" (real, en): its answers speak as I/we."""
    text = (
        "How will this war in Ukraine affect Kazakhstan?\n\n"
        "I think the conflict affects the economy of every country, and we do not join the "
        "sanctions, but we have a duty to prevent their circumvention.\n\n"
        "Are you saying that the Kazakh economy is resilient?\n\n"
        "Yes, we try to be, and our partners help us.\n\n"
        "Is the conflict reflected in everyday life?\n\n"
        "We have 110 ethnic groups living in peace, and I believe it will stay so.\n"
    )
    seg = segment(split_paragraphs(text))
    assert seg.decision.interview, seg.decision.evidence
    assert any("speak as I/we" in e.cue for e in seg.decision.evidence)
    column = decide(
        _structure(scheme="unmarked", questions=3, answers=3, addressed=0.0, first_person=0.0),
        [],
    )
    assert not column.interview


def test_kazakh_leads_that_present_the_outlets_own_conversation() -> None:
    for lead in (
        "Сұқбат барысында елшімен дипломатия жөнінде сөз қозғадық.",
        "Біздің сұхбат",
        "Сол сұқбатты оқырман назарына ұсынуды жөн көрдік.",
        "Сайлау жөнінде пікір алысу үшін әңгімеге партия белсендісін шақырған едік.",
        # `we had talked with`, `we drew into conversation` (Latin script too)
        "Біз университет ректорымен білім саласы жөнінде әңгімелескен едік.",
        "Biz aýdannyń ákimi Aman Tóregeldindi áńgimege tartqan edik.",
    ):
        assert text_evidence("", lead, "")[0].weight > 1, lead
    # the word alone, in another spelling, is still only a weak cue
    assert text_evidence("", "Ол сұқбат берді.", "")[0].weight == 0.5


def test_excerpt_cut_inside_an_unmarked_first_question() -> None:
    """A lead, then the host's question with no marker, addressing the guest, cut (real, ru)."""
    lead = "Об этом – в эксклюзивном интервью с директором службы Русланом Алиевым."
    question = "Руслан, служба постоянно в цейтноте. Кто такой ваш работник? Он пи"
    seg = segment(split_paragraphs(f"{lead}\n{question}"))
    assert seg.interview and [t.kind.value for t in seg.turns] == ["question"]
    # without the lead's cue, a cut paragraph is not enough
    assert not segment(split_paragraphs(f"Текст новости.\n{question}")).interview
    # nor without the address, or when the excerpt is not cut
    for other in ("Служба в цейтноте. Кто такой работник? Он пи", question[:-6]):
        assert not segment(split_paragraphs(f"{lead}\n{other}")).interview, other


def test_a_lone_bullet_on_top_of_the_page_is_a_rubric() -> None:
    """`- Біздің сұхбат` above the title (its date line taken out) is not a first question."""
    text = (
        "- Біздің сұхбат\nЕлші – елдің айнасы\nЕрлан Сапаров – тәжірибелі дипломат.\n"
        "– Ерлан Қайратұлы, елші болу қандай жауапкершілік? Елші болу қандай жауапк"
    )
    seg = segment(split_paragraphs(text))
    assert seg.interview
    assert [t.first.para.text[:8] for t in seg.turns] == ["– Ерлан "]
    # two dashed lines that ask are turns, whatever their length
    dialogue = segment(split_paragraphs("- Как вы?\n- Хорошо.\nТекст.\n- А потом?\n- Дома."))
    assert len(dialogue.turns) == 4


def test_an_english_interview_retold_in_reported_speech() -> None:
    for body in (
        "The host asked if the two states would cooperate.",
        "Kistafin responded that the talks went well.",
    ):
        assert any(e.where == "body" and e.weight < 0 for e in text_evidence("", "", body)), body


def test_excerpt_cut_inside_a_dashed_question_that_names_no_one() -> None:
    """A lead with a strong cue, then a dashed question without `вы`, cut before its `?` (real
    shape, ru): the question word of its last sentence says it asks, the lead says who."""
    lead = "О том, как развивается союз двух стран, мы поговорили с политологом Олегом Ивановым."
    question = (
        "– Визит президента в Ташкент подтвердил статус отношений. Каким образом был "
        "достигнут столь высокий уровень доверия,"
    )
    seg = segment(split_paragraphs(f"{lead}\n{question}"))
    assert seg.interview, seg.decision.evidence
    assert [t.kind.value for t in seg.turns] == ["question"]
    # a clause that ends in a comma is a list item only when it is one clause: no turn (the
    # lead still announces the outlet's own conversation, cut before its first question)
    listed = segment(split_paragraphs(f"{lead}\n– развитие транспорта,"))
    assert listed.turns == [] and listed.scheme == "none"
    # without the lead's cue, the cut question is not enough
    assert not segment(split_paragraphs(f"Текст новости о визите.\n{question}")).interview


def test_kazakh_cues_by_their_stems_and_in_the_arabic_script() -> None:
    for lead in (
        "Сұхбаттасуға ыңғайлы орын іздедік.",
        "Біз бұл сауалымызды белгілі тарихшыға қойған едік.",
        "Депутатпен хабарласып, сұхбат құрдық.",
        "ەكەۋمىز وي ءبولىسىپ، سۇحباتتاسقان بولاتىنبىز.",  # `сұхбаттасқан` in the töte script
    ):
        assert text_evidence("", lead, "")[0].weight > 1, lead


def test_a_cut_question_in_the_arabic_script_says_you() -> None:
    """`- ەرلان اعا، سىزدەر ...` (`Ерлан аға, сіздер ...`), cut: the host asks, in the töte."""
    lead = "ول كىسىمەن وي ءبولىسىپ، سۇحباتتاسقان بولاتىنبىز."
    question = "- ەرلان اعا، سىزدەر بۇدان جارتى عاسىر بۇرىن شەكارادان ءوتىپ"
    seg = segment(split_paragraphs(f"{lead}\n{question}"))
    assert seg.interview and [t.kind.value for t in seg.turns] == ["question"]


def test_an_unmarked_cut_question_that_says_your() -> None:
    """A Kazakh lead with a cue, then an unmarked paragraph, cut, that says `your`
    (`шағыңыз`, the polite possessive): the host's first question."""
    lead = "Сұхбаттасуға ыңғайлы орын іздеп, сауда орталығына кірдік."
    question = "Балалық шағыңыз өткен Алматы мен бүгінгі қаланың айырмашылығы неде деп ойла"
    seg = segment(split_paragraphs(f"{lead}\n{question}"))
    assert seg.interview and [t.kind.value for t in seg.turns] == ["question"]
    # without the lead's cue it is not enough, and a dashed paragraph is the dash scheme's
    assert not segment(split_paragraphs(f"Қала туралы жаңалық.\n{question}")).interview


def test_a_russian_lead_that_means_to_talk_with_the_guest() -> None:
    lead = "В связи с годовщиной мы решили поговорить с генеральным консулом."
    assert text_evidence("", lead, "")[0].weight > 1


def test_unmarked_questions_much_shorter_than_answers_given_as_we() -> None:
    """Two short `?` paragraphs that name no one, each answered at length as "we" (an excerpt
    that opens inside an answer, real shape, en): the shape tips it to an interview."""
    kw: dict[str, object] = {"scheme": "unmarked", "questions": 2, "answers": 2}
    kw |= {"addressed": 0.0, "first_person": 1.0}
    assert decide(_structure(**kw, short_questions=True), []).interview
    assert not decide(_structure(**kw, short_questions=False), []).interview


def test_one_question_without_a_question_mark_that_names_the_guest() -> None:
    # A congratulation put to the guest by name and patronymic, then a dashed reply: one
    # question without `?` is one observation, and the vocative says a host speaks to a guest.
    text = (
        "Итоги года\n"
        "– Арман Серикович, поздравляем с назначением. Ваш прогноз сбылся почти в точности, "
        "и многие коллеги об этом уже говорят.\n"
        "– Спасибо. Прогноз строился на цифрах, а не на догадках, и мы их публиковали заранее."
    )
    seg = segment(split_paragraphs(text))
    assert seg.interview and len(seg.turns) == 2
    unnamed = text.replace("Арман Серикович, п", "П")
    assert not segment(split_paragraphs(unnamed)).interview


def test_a_cut_dashed_question_that_asked_the_guest_before_the_cut() -> None:
    asked = _structure(questions=1, answers=0, addressed=1.0, cut=True, question_marks=1.0)
    assert decide(asked, []).interview
    # its `?` cut off, the lead's cue has to decide
    cut = _structure(questions=1, answers=0, addressed=1.0, cut=True, question_marks=0.0)
    assert not decide(cut, []).interview
    # an unmarked question was found by its `?`: the mark adds nothing
    unmarked = _structure(
        scheme="unmarked", questions=1, answers=0, addressed=1.0, cut=True, question_marks=1.0
    )
    assert not decide(unmarked, []).interview


def test_a_question_hard_wrapped_over_lines_asks_with_its_last_line() -> None:
    text = (
        "Посол: мы соседи по истории\n\nмарт-апрель, 2017\n"
        "– Господин посол, Казахстан не\nсамая близкая страна для Литвы, не\nправда ли?\n"
        "– Все верно, хотя от Вильнюса до Астаны"
    )
    record = parse_bytes(text.encode(), "wrapped.txt", events=False)
    assert any("100% of questions end in '?'" in e for e in record.metadata.genre_evidence)


@pytest.mark.parametrize(
    "lead",
    [
        # the outlet's own conversation told in the lead weighs as a strong cue before turns too
        "В Атырау побывал политик Арман Беков. Мы задали ему несколько вопросов.",
        "In the run-up, The Astana Times spoke with Director Arman Bekov about the institute.",
    ],
)
def test_the_outlets_own_conversation_in_the_lead_is_a_strong_cue(lead: str) -> None:
    assert text_evidence("", lead, "")[0].weight > 1
    assert not text_evidence("", "President Bekov spoke with the Prime Minister.", "")


def test_russian_cues_of_a_broadcast_conversation() -> None:
    for title in (
        "Поговорим о выборах с Арманом Бековым",
        "Сегодня у нас в гостях политик Арман Беков.",
        "Мы сделали стенограмму, выдержки из которой публикуем.",
        # the outlet's questions answered, in the present (batch AG)
        "На вопросы «Правды в Казахстане» отвечает посол Арман Беков",
        # a programme's host talks with the guest, in the present (batch AH)
        "Журналист Анна Ли в программе «Своими словами» беседует с послом Арманом Бековым",
    ):
        assert text_evidence(title, "", "")[0].weight > 1, title


def test_an_unmarked_question_that_opens_with_the_guests_name_and_patronymic() -> None:
    text = (
        "Арман Серикович, если обобщить мнения экспертов, у союза есть сильные и слабые "
        "стороны. Особенно в последние годы.\n\n"
        "Здесь вопрос критерия: как мы относимся к нынешнему состоянию союза и к интеграции."
    )
    seg = segment(split_paragraphs(text))
    assert seg.interview and [t.kind.value for t in seg.turns] == ["question", "answer"]


def test_an_excerpt_that_ends_right_after_its_first_question() -> None:
    # the lead announces the interview; the excerpt stops after the first dashed question,
    # before any answer: an interview with one question turn, not news without turns
    text = (
        "Новая Конституция: взгляд из Москвы\n\n"
        "Решение провести референдум – это инструмент легитимации, – резюмировал политолог "
        "Андрей Игнатов. Детали – в интервью.\n\n"
        "- Андрей Петрович, Основной закон претерпевает масштабные изменения. Как Вы оцениваете "
        "значимость этой реформы? Насколько она своевременна?\n"
    )
    rec = parse_bytes(text.encode(), "one-question.txt", events=False)
    assert rec.metadata.genre.value == "interview"
    assert [t.kind.value for t in rec.turns] == ["question"]


def test_a_conversation_with_its_host_named_between_is_a_strong_cue() -> None:
    lead = "Полный текст беседы ведущего программы HARDtalk Стивена Сакура с председателем сената."
    assert text_evidence("", lead, "")[0].weight > 1
    # a conversation ended by a full stop before the guest is not read across it
    assert all(e.weight < 1 for e in text_evidence("", "Беседа шла долго. С утра он уехал.", ""))


def test_an_interview_announced_before_its_turns_is_an_interview_with_its_guest() -> None:
    """An excerpt cut before the first question (or printing none) whose lead tells the
    outlet's own conversation: an interview without turns, the guest named from the lead,
    in full where the title gives only an initial."""
    for text, guest in (
        (
            "Where is Central Asia heading? Exclusive interview with D. Ormanov\n\n2025 was a "
            "busy year for the region's diplomacy. We spoke to the Deputy Minister of Foreign "
            "Affairs of Kazakhstan Daulet Ormanov to understand what it brought.\n",
            "Daulet Ormanov",
        ),
        (
            "Регион ждёт новых решений\n\nО планах Мажилиса на весеннюю сессию мы побеседовали "
            "с депутатом Мажилиса Аскаром Ормановым.\n",
            "Аскар Орманов",
        ),
        ("Аймақтың болашағы туралы\n\nМәжіліс депутаты Асқар Ормановпен сұхбаттастық.\n", None),
        (
            # a Kazakh headline announcing the outlet's exclusive
            "Соғыс және дипломатия: елші Асқар Ормановтың эксклюзив сұқбаты\n\nБір жыл бойы "
            "біз түрлі мәселелерді шешіп, жоспар құрдық.\n",
            "Асқар Орманов",
        ),
        (
            # the headline is the announcement, under an app banner and read as the lead
            "СКАЧИВАЙТЕ НАШЕ ПРИЛОЖЕНИЕ\n\n“Мне некуда спешить“. Интервью с акимом области "
            "Аскаром Ормановым\n\nКорреспонденты отправились в область, чтобы узнать о "
            "паводках.\n",
            "Аскар Орманов",
        ),
        (
            # the announcing line is the first paragraph under the headline
            "Страна принимает меры по борьбе с дефицитом воды\nИнтервью с Аскаром Ормановым, "
            "первым вице-министром водных ресурсов.\nДефицит воды представляет растущую угрозу. "
            "Министерство было создано в сентябре.\n",
            "Аскар Орманов",
        ),
        (
            # a show's host presenting the guest, under a currency ticker (batch AL)
            "• usd -5.07%\n• eur -3.13%\n• rub -0.02%\n\nKazakhstan, Spain seek greater "
            "cooperation\n\nIn the first episode of the project, I am joined by Daulet Ormanov, "
            "Ambassador of Spain to Kazakhstan to discuss the prospects of bilateral ties.\n\n"
            "Kazakhstan and Spain are keen to boost cooperation across many areas.\n",
            "Daulet Ormanov",
        ),
        (
            "Большой разговор о Центральной Азии\n\nПредставляем наш большой разговор о "
            "странах Центральной Азии с научным сотрудником института Аскаром Ормановым.\n\n"
            "Рейтинги дружественных стран\n\nНачнём с того, что никакие рейтинги не "
            "объективны.\n",
            "Аскар Орманов",
        ),
        (
            # the outlet's own meeting told after the paragraph that names the guest (dev)
            "Казахстан и Азербайджан: соседи\n\nО проектах, которые удалось реализовать за 25 "
            "лет, о том, что могут предложить производители.\n\nНа эти и другие вопросы в "
            "эксклюзивном "
            "интервью газете ответил Посол Азербайджана в Казахстане Аскар Орманов.\n\n"
            "Поговорить с Послом нам удалось, благодаря важному событию: Азербайджан отметил "
            "День Республики.\n",
            "Аскар Орманов",
        ),
        (
            # a headline's `Интервью` and whose, by office and name (batch AM)
            "Почему стабильность оказалась иллюзорной? Интервью социолога Аскара Орманова, "
            "который изучает государство\n\nСобытия развиваются стремительно. По просьбе "
            "редакции журналистка поговорила с социологом Аскаром Ормановым — о протестах.\n",
            "Аскар Орманов",
        ),
        (
            # the guest is the one the announcing paragraph names, not one the lead quotes
            "Екі ел арасындағы сауда\n\nАстанада бизнес форумы өтті. Премьер-министрдің "
            "орынбасары Серік Ахметов 190 млн долларға келісім жасалғанын айтты.\n\nОсы және "
            "өзге де сұрақтарды Qazinform.kz тілшісі бұрынғы елші Өміртай Сейітовке қойып "
            "көрдік.\n",
            "Өміртай Сейітов",
        ),
    ):
        record = parse_bytes(text.encode(), "a.txt")
        assert record.metadata.genre.value == "interview", text
        assert record.turns == []
        guests = [s.name for s in record.speakers if s.interview_role.value == "interviewee"]
        assert guests == [guest or "Асқар Орманов"], text
        assert "no_turns" in {f.code for f in record.flags}


def test_an_exclusive_told_as_quotes_or_a_retold_question_stays_news() -> None:
    for text in (
        "Ormanov: the region needs water talks\n\nASTANA, May 3. Central Asia needs new water "
        "talks, Daulet Ormanov, Deputy Minister of Foreign Affairs, told Trend in an exclusive "
        'interview.\n\n"We are ready to host them," Ormanov said.\n',
        "Minister on the visit\n\nOn May 3 the minister met his counterpart. Later he sat down "
        "with our reporter to talk about the visit. When asked about the pipeline, he said "
        "that the talks go on.\n",
    ):
        record = parse_bytes(text.encode(), "a.txt")
        assert record.metadata.genre.value == "news", text
        assert record.speakers == []


def test_the_guest_sharing_his_view_with_the_outlets_journalist_is_a_strong_cue() -> None:
    for lead in (
        "Об этом в эксклюзивном интервью своим мнением с журналистом «МК» поделился советник.",
        "Своим мнением с корреспондентом поделился посол.",
        "Посол поделился с нашим корреспондентом своими планами.",
    ):
        assert text_evidence("", lead, "")[0].weight > 1, lead
    # sharing with the press at large is news
    assert text_evidence("", "Посол поделился планами на брифинге.", "") == []


def test_only_a_capitalised_interview_with_announces_one() -> None:
    """`Интервью с ...` opening the headline (or a sentence of it) is the outlet's own; news
    tells `в интервью с`, and titles the interviews it retells in English so."""
    assert announced_interview("“Слово“. Интервью с акимом Аскаром Ормановым", "") is not None
    assert announced_interview("", "Министр заявил об этом в интервью с журналистом.") is None
    assert announced_interview("Interview with State Daily Ahead of the Visit", "") is None
    assert announced_interview("", "Ол бұл туралы эксклюзив сұхбатында айтты.") is None
    # an English rubric opening the headline, also under a line of chrome read as the title
    assert announced_interview("Interview: Kazakhstan fully embraces the initiative", "")
    assert announced_interview("", "[Herald Interview] Ties will boost trade")
    assert announced_interview("Tokayev's interview: what he said", "") is None


def test_an_interview_under_its_rubric_names_the_guest_not_the_chrome() -> None:
    text = (
        "Back To Top\n\n[Herald Interview] Cultural ties will boost Korea-Kazakhstan ties\n\n"
        "Embassy and foundation launch a society\n\nOla Nordmannov, Kazakhstan's ambassador to "
        "Korea, speaks during an interview at his office.\n\nStrengthening exchanges is vital, "
        "according to Ola Nordmannov, Kazakhstan's ambassador to Korea.\n"
    )
    record = parse_bytes(text.encode(), "a.txt")
    assert record.metadata.genre.value == "interview"
    guests = [s.name for s in record.speakers if s.interview_role.value == "interviewee"]
    assert guests == ["Ola Nordmannov"]


def test_a_conversation_retold_in_the_third_person_is_news() -> None:
    """An interview told as the outlet's narration, the guest's words closed by `he said` in
    paragraph after paragraph, prints no question or answer: news (as the team's devset codes
    an interview retold in indirect speech, and a profile built on the outlet's own talk),
    under an interview rubric or with a rhetorical question read as asking."""
    told = (
        "Trade will grow, the ambassador said.\n\n"
        "\u201cWe are opening a consulate in Almaty,\u201d said Ola Nordmannov.\n\n"
        "\u201cFlights resume in spring,\u201d he added.\n"
    )
    for text in (
        "[Herald Interview] Cultural ties will boost Korea-Kazakhstan ties\n\n"
        "Embassy and foundation launch a society\n\nOla Nordmannov, Kazakhstan's ambassador to "
        "Korea, spoke in an interview at his office.\n\n" + told,
        "Ambassador upbeat about ties\n\nASTANA \u2013 Ola Nordmannov, the ambassador, spoke in "
        "an exclusive interview with The Steppe Times.\n\nThe two countries share a long "
        "history.\n\n" + told + "\nWhat does the future hold for the two countries?\n\n"
        "\u201cMore trade and more tourists,\u201d the ambassador noted.\n",
    ):
        record = parse_bytes(text.encode(), "a.txt")
        assert record.metadata.genre.value == "news", text
        assert record.turns == [] and record.speakers == []
    # an interview whose answers quote what others said stays one
    interview = (
        "Ola Nordmannov: trade will grow\n\nWe spoke to the ambassador about the visit.\n\n"
        "\u2013 How did the talks go?\n\n\u2013 Well. As the minister said, trade will grow.\n\n"
        "\u2013 And the flights?\n\n\u2013 They resume in spring, the airline told us.\n"
    )
    assert parse_bytes(interview.encode(), "a.txt").metadata.genre.value == "interview"


def test_short_questions_answered_at_length_need_not_say_you() -> None:
    # `What is the meaning of this visit?` in its own paragraph, twice, answered at length,
    # under a lead that names an interview: a dialogue; without the short questions, a column's
    shape = {"scheme": "unmarked", "questions": 2, "answers": 2, "addressed": 0.0}
    lead = text_evidence("", "The consul said so in an interview to our agency.", "")
    assert decide(_structure(**shape, short_questions=True), lead).interview
    assert not decide(_structure(**shape), lead).interview


def test_an_attribution_tail_needs_no_comma_before_its_dash() -> None:
    assert ATTRIBUTION.search("Бұл маңызды дүние - деді Сенат депутаты.")
    assert ATTRIBUTION.search("Это важно, – сказал он.")
    assert not ATTRIBUTION.search("Казахстан - это страна возможностей.")


def test_a_kazakh_cue_with_a_long_clause_between_its_parts() -> None:
    # `сұрақтарды ... қойған едік` with a participial clause of about 190 characters inside
    clause = (
        "мемлекеттік тілдің мәртебесін көтеру жолында ұзақ жылдар бойы еңбек етіп келе жатқан " * 2
    )
    lead = f"Біз осы сұрақтарды {clause}белгілі қоғам қайраткерлеріне қойған едік."
    assert 160 < len(clause) < 240
    assert text_evidence("", lead, "")[0].weight > 1


def test_the_outlets_own_interview_conducted_with_a_guest() -> None:
    # `X conducted an interview with H.E. Y`: the outlet's own, even with no question printed
    own = announced_interview(
        "", "Islamabad: The Diplomacy Lens conducted an interview with H.E. Anna Berg."
    )
    assert own is not None and own.weight > 4
    assert announced_interview("", "Ambassador Anna Berg spoke at the forum.") is None


def test_a_broadcast_hosts_welcome_in_the_cut_first_question_is_an_interview() -> None:
    """(batch AL) A radio transcript cut inside its first labelled question: the host's
    welcome (`В гостях у нас ...`) tells the interview, and the host's defined label is no
    guest, though the page misprints its initials."""
    text = (
        "Поговорим о выборах. Аскар Орманов, Ерлан Беков\n\nО выборах говорят политологи "
        "Аскар Орманов и Ерлан Беков.\n\nАскар Орманов (А.Ш.)-Добрый день, друзья! У микрофона "
        "Аскар Орманов. В гостях у нас известный политолог Ерлан Беков (Е.Б.), и мы говорим "
        "сегодня о выборах. Ерлан, первый к Вам вопрос- что нового произошло на конгрессе, "
        "что обсуждалось, что вы находите и"
    )
    record = parse_bytes(text.encode(), "radio.txt", events=False)
    assert record.metadata.genre.value == "interview"
    guests = [s.name for s in record.speakers if s.interview_role.value == "interviewee"]
    assert guests == ["Ерлан Беков"]


def test_a_question_that_asks_first_and_then_says_why_is_a_question() -> None:
    """(batch AL) `Can you explain ...? In Brussels, we have only heard ...`: no `?` at the
    paragraph's end, but its first sentence asks the guest."""
    text = (
        "Arman Bekov: We don't build walls\n\nIn a wide-ranging interview, Arman Bekov explains "
        "his country's initiatives.\n\nHe spoke to the outlet's senior editor.\n\n"
        "Can you explain the 'Three Dialogues' initiative? In Brussels, we have only heard about "
        "one of its aspects, the invitation to host a summit.\n\n"
        "The idea of such a summit was first voiced in 2015, at the anniversary of the United "
        "Nations. In 2016 it was repeated at a meeting of the union.\n"
    )
    record = parse_bytes(text.encode(), "explain.txt", events=False)
    assert record.metadata.genre.value == "interview"
    assert [t.kind for t in record.turns] == [TurnKind.QUESTION, TurnKind.ANSWER]


@pytest.mark.parametrize(
    "text",
    [
        # (batch AL) a deputy's words quoted, cut: the `вы` of the dialogue she retells is
        # no host's question
        "Интересный эпизод произошел во время встречи в Акорде.\n\nПосле церемонии депутат "
        "поделилась с корреспондентом подробностями диалога.\n\n«Я представилась на "
        "французском языке, сказала – добро пожаловать. Он спросил – вы учились во Франции. "
        "Я ответила - да, училась там же, где и вы. Он прояви",
        # a quote closed by an attribution in the Latin script (`?-dedi.`)
        "Elshi elding bәrin ótirikshi kóre me?\n\nQytay elshisi konferensiyagha qatysqan.\n\n"
        "-Búl aqparat qaydan alynghan? Múnyng bәri ótirik aqparat. Siz týsinesiz be?\n\n"
        "Diplomat basqa súraqtargha jauap bergen joq.\n\n"
        "-Barlyq súraqtar boyynsha departamentpen baylanysuynyzdy ótinem. Siz departamentte "
        "júmys isteysiz be?-dedi.\n\nAyta keteyik, qújattar jariyalanghan.\n",
    ],
)
def test_quoted_speech_that_says_you_is_news(text: str) -> None:
    record = parse_bytes(text.encode(), "quoted.txt", events=False)
    assert record.metadata.genre.value == "news"


def test_a_date_lines_label_is_no_speaker() -> None:
    """(batch AM) `Опубликовано:` above the lead, its date lost: no label, no interview."""
    text = (
        "Top.Mail.Ru\n\nСайт нұсқасы\n\nru kz\n\nЗектілері\n\n"
        "Назарбаев: Түркия мен Ресей арасындағы шиеленіс Қазақстан үшін де проблема\n\n"
        "Опубликовано:\n\nҚазақстанға ресми сапармен Түркия премьер-министрі келіп, онымен "
        "Президент кездесті. Бұл туралы Ақорда хабарлады.\n\nКездесу барысында ынтымақтастық "
        "талқыланды.\n"
    )
    record = parse_bytes(text.encode(), "published.txt", events=False)
    assert record.metadata.genre.value == "news" and not record.speakers


def test_a_question_wholly_in_quotation_marks_is_quoted_not_put() -> None:
    # batch AP: a referendum's ballot question opening a reporter's story is no host's question
    text = (
        '"Согласны ли Вы со строительством атомной электростанции в Казахстане?"\n'
        "Такие именные письма-приглашения на референдум получили 12,2 млн граждан Казахстана.\n"
        "В воскресенье открылись 10 323 избирательных участка в Казахстане.\n"
    )
    rec = parse_bytes(text.encode(), "ballot.txt", ner=False, events=False)
    assert rec.metadata.genre.value != "interview"
    assert not rec.turns


def test_an_exchange_rate_widget_is_no_speaker() -> None:
    # batch AS: `USD:` above its rates, twice and more under a news story, read as labels
    text = (
        "Қазақстан мен Қытай арасындағы визасыз режим екі-үш айдан соң енгізіледі. Бұл туралы "
        "сыртқы істер министрлігінің ресми өкілі мәлімдеді.\n\n"
        "Келісім белгісіз мерзімге жасалады, деді ол.\n\n"
        "USD:\n505.9 / 509.9\n\nEUR:\n589.5 / 595.5\n\nRUB:\n6.31 / 6.45\n"
    )
    assert parse_bytes(text.encode(), "rates.txt", events=False).metadata.genre.value == "news"


def test_an_exchange_told_with_the_kazakh_quotative_is_news() -> None:
    # batch AT: two leaders' words quoted in paragraphs each closed by `деп ...`
    text = (
        "Тоқаев Лукашенконы сабасына түсірді\n\n"
        "Бүгін ТМД басшылары кеңесінде Тоқаев пен Лукашенко сөз таластырып қалды.\n\n"
        "Басқосудың соңында Александр Лукашенко:\n\n"
        "Қасым-Жомарт Кемелұлы, неге жаңа Бас хатшы туралы жарияламадыңыз?\n\n"
        "деп сұрақ қояды.\n\n"
        "Александр Григорьевич, төрағаны сынау сүйікті кәсібіңізге айналып кеткен бе? Иә, "
        "бүгін лауазымды ауыстырдық.\n\n"
        "деп күлді Тоқаев.\n\n"
        "Айта кетейік, 2023 жылы ТМД кеңесінің отырысы Бішкекте өтеді.\n"
    )
    assert parse_bytes(text.encode(), "quoted.txt", events=False).metadata.genre.value == "news"
