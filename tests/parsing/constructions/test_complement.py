"""The report after a cue (attribution/parsing/constructions/complement.py): a that-clause, a that-less
clause, an infinitive or gerund, a Hindi dash, and two reports of one cue."""

from __future__ import annotations

from attribution.parsing import subjects
from attribution.parsing.clauses import _complementizer_after
from attribution.parsing.constructions.complement import (
    bare_clause_report,
    dash_report,
    that_clause_report,
    verbal_report,
)

from .cue_setup import cue_at


def _bare(text: str, cue: str) -> tuple[str, str, list[tuple[str, str]]] | None:
    with cue_at(text, cue) as c:
        mention = subjects.mention_for(c.at, c.p, c.cue, c.s_start)
        found = bare_clause_report(c.at, c.p, c.cue, mention, None, False, c.s_start, c.s_end)
        others = [(c.span(d.start, d.end), d.rule) for d in c.at.doc.cands]
        return None if found is None else (c.span(found[0], found[1]), found[3], others)


def test_a_that_less_clause():
    assert _bare("The harbour master said the ferry would sail at noon.", "said") == (
        "the ferry would sail at noon",
        "indirect:X-said-clause",
        [],
    )


def test_a_second_report_after_and_that_is_its_own_candidate():
    text = "The treasurer said the budget was balanced and that no jobs would be cut."
    assert _bare(text, "said") == (
        "the budget was balanced",
        "indirect:X-said-clause",
        [("no jobs would be cut", "indirect:X-said-clause-and-that")],
    )


def test_no_clause_after_a_noun_object_or_a_question():
    assert _bare("The harbour master said nothing about the ferry.", "said") is None
    assert _bare("The brewery announced the closure of two plants.", "announced") is None
    assert _bare("The coach told reporters how the team had trained.", "told") is None


def test_a_that_clause_and_two_french_reports():
    with cue_at("Ms. Okoro told reporters that the talks had stalled.", "told") as c:
        comp = _complementizer_after(c.at.doc, c.p, c.cue, c.s_end)
        assert comp is not None
        found = that_clause_report(c.at, c.p, c.cue, comp, c.s_end, None, None, False)
        assert found is not None and c.span(found[0], found[1]) == "the talks had stalled"
        assert found[3] == "indirect:X-said-that"
    text = "La maire a expliqué qu'elle faisait confiance aux agents et qu'elle ne lisait pas les rumeurs."
    with cue_at(text, "a expliqué", "fr") as c:
        comp = _complementizer_after(c.at.doc, c.p, c.cue, c.s_end)
        assert comp is not None
        found = that_clause_report(c.at, c.p, c.cue, comp, c.s_end, None, None, False)
        assert found is not None and c.span(found[0], found[1]) == "elle faisait confiance aux agents"
        assert [(c.span(d.start, d.end), d.rule) for d in c.at.doc.cands] == [
            ("elle ne lisait pas les rumeurs", "indirect:X-said-that-and-that")
        ]


def _verbal(text: str, cue: str, lang: str = "en") -> tuple[str, str] | None:
    with cue_at(text, cue, lang) as c:
        found = verbal_report(c.at, c.p, c.cue, None, None, c.s_start, c.s_end)
        return None if found is None else (c.span(found.start, found.end), found.rule)


def test_gerund_and_infinitive_reports():
    assert _verbal("The goalkeeper denied taking the money.", "denied") == (
        "taking the money",
        "indirect:X-said-gerund",
    )
    assert _verbal("L'entraîneur a reconnu avoir eu un peu peur avant le match.", "a reconnu", "fr") == (
        "avoir eu un peu peur avant le match",
        "indirect:X-said-infinitive",
    )
    assert _verbal("The harbour master said the ferry would sail.", "said") is None


def test_the_words_after_a_hindi_dash():
    text = "मंत्री बोले – हर पीड़ित परिवार तक मदद पहुंचेगी।"
    with cue_at(text, "बोले", "hi") as c:
        mention = subjects.mention_for(c.at, c.p, c.cue, c.s_start)
        assert mention is not None
        found = dash_report(c.at, c.p, c.cue, mention, c.s_end)
        assert found is not None and c.span(found.start, found.end) == "हर पीड़ित परिवार तक मदद पहुंचेगी"
