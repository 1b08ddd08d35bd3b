"""Everyday words with their Arabic affixes, and trimming a tagger's person spans."""

from bayan.entities.ordinary import ordinary_word, trim_span
from bayan.script import fold

COMMON = frozenset(fold(w) for w in ["قدم", "نظير", "كرة", "قال"])


def test_arabic_affixes_are_peeled_before_the_lookup():
    is_ordinary = ordinary_word(COMMON, "ar", stops=frozenset(fold(w) for w in ["قال", "كان"]))
    for word in ("بالقدم", "بنظيره", "لكرة", "وقال", "وكان"):
        assert is_ordinary(fold(word)), word


def test_a_surname_is_not_the_article_and_a_word():
    assert not ordinary_word(frozenset([fold("صالح")]), "ar")(fold("الصالح"))


def test_a_names_own_first_letter_is_not_a_proclitic():
    is_ordinary = ordinary_word(frozenset(fold(w) for w in ["يصل", "راس"]), "ar", stops=frozenset([fold("يصل")]))
    assert not is_ordinary(fold("فيصل"))
    assert not is_ordinary(fold("فراس"))


def test_other_languages_use_the_plain_list():
    is_ordinary = ordinary_word(COMMON, "ur")
    assert is_ordinary("قدم") and not is_ordinary("القدم")


def test_person_spans_lose_verbs_descriptions_and_titles_at_their_edges():
    is_ordinary = ordinary_word(COMMON, "ar", stops=frozenset([fold("قال")]))
    keys = [fold(w) for w in ["وقال", "الصربي", "نيناد", "ماركوفيتش", "المبعوثة"]]
    assert trim_span(keys, 0, 5, "PER", "ar", is_ordinary, titles=frozenset([fold("المبعوثة")])) == (2, 4)
    first, end = trim_span([fold("لكرة"), fold("القدم")], 0, 2, "PER", "ar", is_ordinary)
    assert first == end
    assert trim_span([fold("وزارة"), fold("المالية")], 0, 2, "ORG", "ar", is_ordinary) == (0, 2)


def test_ali_is_told_apart_from_ala_again():
    from bayan.article import Token
    from bayan.entities.ordinary import name_spelled_keys

    tokens = [Token(0, 3, "علي", "word"), Token(4, 7, "على", "word")]
    keys = [fold("علي"), fold("على")]
    assert keys[0] == keys[1]  # folding merges them
    spelled = name_spelled_keys(tokens, keys, "ar", frozenset([fold("على")]))
    assert spelled[0] != spelled[1] and spelled[1] == keys[1]
