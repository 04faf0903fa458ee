"""WordCache: the bounded per-word memo of the rule stages, and its bulk `learn`."""
from presskz.core.word_cache import WordCache


def test_a_miss_is_computed_once_and_the_memo_is_emptied_at_its_limit():
    calls = []
    cache = WordCache(lambda w: calls.append(w) or w.upper(), limit=2)
    assert [cache["a"], cache["a"], cache["b"]] == ["A", "A", "B"]
    assert calls == ["a", "b"]
    assert cache["c"] == "C" and set(cache) == {"c"}  # full at 2: emptied before "c"


def test_learn_answers_only_the_new_texts_together():
    asked = []
    cache = WordCache(str.upper)
    cache["a"]
    cache.learn(["a", "b", "c", "b"], lambda new: asked.append(sorted(new)) or [w * 2 for w in new])
    assert asked == [["b", "c"]]
    assert dict(cache) == {"a": "A", "b": "bb", "c": "cc"}
    cache.learn(["c", "b"], lambda new: asked.append(new) or [])
    assert len(asked) == 1  # nothing new: answer_all is not called
    cache.learn(["d"])  # default: fn of each
    assert cache["d"] == "D"


def test_learn_past_the_limit_empties_the_memo_and_keeps_every_text_asked_for():
    cache = WordCache(str.upper, limit=3)
    cache.learn(["a", "b", "c"])
    cache.learn(["c", "d", "e"])
    assert dict(cache) == {"c": "C", "d": "D", "e": "E"}
