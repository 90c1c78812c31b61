"""Transcripts (attribution/parsing/constructions/transcript.py): questions and answers."""

from __future__ import annotations

from attribution.parsing.engine import extract_quotes


def found(text: str, lang: str = "en") -> list[tuple[str, str, str | None, str]]:
    return [(text[q.start : q.end], q.kind, q.speaker, q.rule) for q in extract_quotes(text, lang)]


INTERVIEW = "\n\n".join(
    [
        "An interview with Nadia Ferris",
        "Nadia Ferris, 52, has led the union for a decade.",
        "Q: Will you run again?",
        "A: Not this time. I want to spend time with my family.",
        "Q: What comes next for the union?",
        "A: A younger leader, and a harder line on pay.",
    ]
)


def test_answers_are_the_interviewees():
    assert found(INTERVIEW) == [
        (
            "Not this time. I want to spend time with my family.",
            "direct",
            "Nadia Ferris",
            "direct:interview-answer",
        ),
        ("A younger leader, and a harder line on pay.", "direct", "Nadia Ferris", "direct:interview-answer"),
    ]


def test_questions_are_not_quotes():
    quoted = [span for span, *_ in found(INTERVIEW)]
    assert not any("?" in span for span in quoted)


def test_refuses_questions_without_answers():
    text = "Quiz night\n\nQ: What is the capital of Peru?\n\nQ: Who wrote Middlemarch?"
    assert found(text) == []
