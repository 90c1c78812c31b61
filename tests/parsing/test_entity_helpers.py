"""Helpers of the entity registry the resolver leans on: sorted-position searches and the per-language
demonym memo (attribution/parsing/entities.py)."""

from __future__ import annotations

import bisect
import random

from attribution.parsing.entities import Registry, index_left, index_right, is_demonym
from attribution.parsing.languages import get
from attribution.parsing.text import tokens


def test_index_searches_agree_with_bisect():
    rnd = random.Random(12)
    for _ in range(300):
        seq = sorted(rnd.randrange(0, 50) for _ in range(rnd.randrange(0, 12)))
        for x in range(-2, 53):
            assert index_left(seq, x) == bisect.bisect_left(seq, x)
            assert index_right(seq, x) == bisect.bisect_right(seq, x)


def _tok(word: str):
    return tokens(word, 0, len(word))[0]


def test_demonym_memo_follows_the_language_asked():
    # the memo remembers the last language's table: alternating languages must still give each
    # language its own answer ("allemand" is French, "German" English)
    en, fr, de = get("en"), get("fr"), get("de")
    for _ in range(2):
        assert is_demonym(_tok("allemand"), fr) and not is_demonym(_tok("allemand"), en)
        assert is_demonym(_tok("German"), en) and not is_demonym(_tok("German"), fr)
        assert is_demonym(_tok("Deutsche"), de) and not is_demonym(_tok("Deutsche"), en)
    assert not is_demonym(_tok("Brian"), en)  # a first name, not a nationality


def test_most_recent_takes_the_latest_person_the_test_accepts():
    reg = Registry(get("en"))
    ann = reg.add_name(["Ann", "Cole"], 10, {"mayor"}, {"mayor"}, set(), "f")
    bob = reg.add_name(["Bob", "Hale"], 50, set(), set(), set(), "m")
    acme = reg.add_name(["Acme", "Corp"], 80, set(), set(), set())
    assert ann is not None and bob is not None and acme is not None
    reg.finalize()
    assert reg.most_recent(100, lambda e: True) is acme
    assert reg.most_recent(100, lambda e: e.gender == "f") is ann
    assert reg.most_recent(60, lambda e: e.gender != "?") is bob
    assert reg.most_recent(5, lambda e: True) is None


def test_reading_order_is_the_stable_sort_by_mention_then_start():
    # resolver._reading_order packs (pos, start, index) into one int: the order must be what
    # sorted(cands, key=lambda c: (c.pos, c.start)) gives, ties kept in list order
    from attribution.parsing.document import Cand
    from attribution.parsing.mentions.phrase import Mention
    from attribution.parsing.resolve.resolver import _reading_order

    rnd = random.Random(7)
    n = 60
    for _ in range(200):
        cands = []
        for k in range(rnd.randrange(0, 9)):
            start = rnd.randrange(0, n + 1)
            mention = None
            if rnd.random() < 0.6:
                at = rnd.randrange(0, n + 1)
                mention = Mention(at, at, "pronoun", "she")
            cands.append(Cand(start, start, "direct", f"r{k}", 1.0, 0, mention))
        expected = sorted(cands, key=lambda c: (c.pos, c.start))
        assert [id(c) for c in _reading_order(cands, n)] == [id(c) for c in expected]


def test_salient_person_is_salient_with_the_person_and_gender_test():
    from attribution.parsing.document import Document
    from attribution.parsing.resolve import pronouns
    from attribution.parsing.resolve.resolver import Resolver
    from attribution.parsing.text import share_tokens

    text = (
        "Ann Cole met Bob Hale and the Acme Corp board on Monday. Later the mayor spoke to Chris Dunn. "
        "She said the deal was done."
    )
    try:
        doc = Document(text, get("en"))
        rs = Resolver(doc)
        for gender in ("?", "m", "f", "p", "n"):

            def ok(e, g=gender):
                return e.is_person and (g == "?" or e.gender in ("?", g))

            for pos in range(0, len(text) + 1, 7):
                assert pronouns.salient_person(rs, pos, gender) is pronouns.salient(rs, pos, ok, gender)
    finally:
        share_tokens(None)


def test_tail_words_across_paragraphs_are_the_window_s_last_words():
    # names.tail_words asks each paragraph for its part of the window; the words must be those of the
    # window tokenised whole (blank lines between paragraphs; a zero-width space, which a word may hold,
    # at a paragraph's edge)
    from attribution.parsing.document import Document
    from attribution.parsing.resolve.names import tail_words
    from attribution.parsing.resolve.resolver import Resolver
    from attribution.parsing.text import share_tokens

    text = (
        "Talks resumed on Monday, said the mayor of\n\n"
        "Bouvante Saint-Jean. Residents of\n"
        "Harbor Point l'ont confirmé.\u200b\n"
        "\u200bNadia Ferris said the plan was fine.\n"
        "A\nB\n\nC D"
    )
    rnd = random.Random(3)
    try:
        rs = Resolver(Document(text, get("en")))
        for _ in range(1500):
            x = rnd.randrange(0, len(text) + 1)
            a = max(0, x - rnd.randrange(0, 70))
            n = rnd.randrange(1, 14)
            want = tokens(text, a, x)[-n:] if a < x else []
            assert tail_words(rs, a, x, n) == want, (a, x, n)
    finally:
        share_tokens(None)


def test_head_words_across_paragraphs_are_the_window_s_first_words():
    # names.head_words (the words after a name that Resolver._named_as_org reads) asks each paragraph for
    # its part of the window; the words must be those of the window tokenised whole, also where a word is
    # cut at the window's end or a zero-width space sits at a paragraph's edge
    from attribution.parsing.document import Document
    from attribution.parsing.resolve.names import head_words
    from attribution.parsing.resolve.resolver import Resolver
    from attribution.parsing.text import share_tokens

    text = (
        "The Save Hollin Fields\n\n"
        "campaign said it would appeal. Residents of\n"
        "Harbor Point l'ont confirmé.\u200b\n"
        "\u200bNadia Ferris said the Ridgeway Trust\n"
        "group was fine.\n"
        "A\nB\n\nC D"
    )
    rnd = random.Random(5)
    try:
        rs = Resolver(Document(text, get("en")))
        for _ in range(1500):
            x = rnd.randrange(0, len(text))
            b = min(len(text), x + rnd.randrange(1, 120))
            n = rnd.randrange(1, 10)
            assert head_words(rs, x, b, n) == tokens(text, x, b, n), (x, b, n)
    finally:
        share_tokens(None)


def test_add_name_takes_none_for_nothing_found():
    # the registry's pass hands None instead of empty sets; a later mention's titles still add up
    reg = Registry(get("en"))
    ann = reg.add_name(["Ann", "Cole"], 10, None, None, None, "f")
    assert ann is not None and ann.titles == set() and ann.title_words == set() and ann.nationality == set()
    again = reg.add_name(["Ann", "Cole"], 40, {"mayor"}, {"mayor"}, {"france"})
    assert again is ann and ann.titles == {"mayor"} and ann.nationality == {"france"}
    assert ann.positions == [10, 40] and ann.gender == "f"
