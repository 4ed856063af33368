"""The interview HTML: blocks partition the text, overlapping spans give exact marked pieces."""

from __future__ import annotations

from html.parser import HTMLParser

from kzpolicy_data.access.highlight import Annotation, Block, render_interview


class Pieces(HTMLParser):
    """Text of the article, and the text inside each ``<mark>`` with its ids."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.marks: list[tuple[set[str], str]] = []
        self.in_mark: set[str] | None = None
        self.in_text = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "div" and a.get("class") == "kzp-text":
            self.in_text += 1
        if tag == "mark":
            ids = f"{a.get('data-events') or ''} {a.get('data-mentions') or ''}".split()
            self.in_mark = set(ids)
            self.marks.append((self.in_mark, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.in_mark = None
        if tag == "div" and self.in_text:
            self.in_text -= 1

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.text.append(data)
        if self.in_mark is not None:
            ids, text = self.marks[-1]
            self.marks[-1] = (ids, text + data)

    def quote(self, ident: str) -> str:
        return "".join(text for ids, text in self.marks if ident in ids)


TEXT = "Intro <b>&</b>.\n– Question about Iran?\n– Answer: Iran and the USA agree."


def parse(html: str) -> Pieces:
    p = Pieces()
    p.feed(html)
    return p


def test_blocks_hold_the_whole_text_once_and_escape_it() -> None:
    turns = [Block(16, 38, "t1", "Interviewer", "question"), Block(39, 73, "t2", None, "answer")]
    html = render_interview(TEXT, turns, [])
    assert "<b>" not in html and "&lt;b&gt;&amp;" in html
    assert "".join(parse(html).text) == TEXT
    assert 'id="turn-t1"' in html and "Interviewer" in html and "unknown speaker" in html


def test_overlapping_spans_mark_exact_pieces() -> None:
    iran = TEXT.index("Iran and")
    agree = TEXT.index("agree")
    marks = [
        Annotation(iran, agree + 5, "event", "e1", "AGREE"),
        Annotation(iran, iran + 4, "mention", "m1", "Iran"),
        Annotation(TEXT.index("the USA"), agree + 5, "event", "e2"),  # overlaps e1
        Annotation(TEXT.index("Iran?"), TEXT.index("Iran?") + 4, "mention", "m0"),
    ]
    turns = [Block(16, 38, "t1", "Q", "question"), Block(39, 73, "t2", "A", "answer")]
    p = parse(render_interview(TEXT, turns, marks))
    for m in marks:
        assert p.quote(m.id) == TEXT[m.start : m.end], m.id
    # A piece covered by an event links to the event, even where a mention also covers it.
    html = render_interview(TEXT, turns, marks)
    assert '<a href="#event-e1">Iran</a>' in html
    assert '<a href="#mention-m0">Iran</a>' in html


def test_a_span_across_two_blocks_is_split_but_complete() -> None:
    turns = [Block(16, 38, "t1", "Q", "question"), Block(39, 73, "t2", "A", "answer")]
    span = Annotation(30, 50, "event", "e9")
    p = parse(render_interview(TEXT, turns, [span]))
    assert p.quote("e9") == TEXT[30:50]
    # Three pieces: the end of turn t1, the line break between the turns, the start of t2.
    assert len([1 for ids, _ in p.marks if "e9" in ids]) == 3
