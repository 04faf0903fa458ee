"""The scaling probe's inputs and measures (scripts/scaling_probe.py, tests/test_reliability_scaling.py).

Adversarial texts with no full stop, each one short unit repeated, and each stage's CPU time on
them at two sizes: a stage linear in sentence length takes ~4x as long on 4x the text, a
quadratic one ~16x (issue 25 item 6).
"""
from __future__ import annotations

import time

from presskz.api import make_document
from presskz.batch.gc_pause import gc_paused
from presskz.core.pipeline import Pipeline

# name -> (prefix, unit repeated to the size)
INPUTS: dict[str, tuple[str, str]] = {
    "almaty": ("", "Алматы, "),
    "email_dots": ("x@y ", "a."),
    "email_spaced": ("", "x@y a.a.a. "),
    "digit_run": ("", "1234567890"),
    "digit_dashes": ("", "12-34-"),
    "digit_spaces": ("", "12 "),
    "phones": ("", "+7 (727) 272-72-72, "),
    "capitals": ("", "Қасым Жомарт Тоқаев Ұлттық Банк "),
    "dash_list": ("", "– бірінші тармақ "),
    "dates": ("", "2016 жылғы 3 қарашада, "),
    "quoted": ("", "«Нұр Отан» партиясы "),
    "events": ("", "форум өтті, кездесу өткізілді, "),
    "plain_words": ("", "ауыл шаруашылығы министрлігі жұмыс "),
    "mixed": ("", "Алматы, Астана қалаларында 2016 жылғы 3 қарашада +7 (727) 272-72-72 x@y a.a.a. "),
}


def adversarial_text(name: str, size: int) -> str:
    """The input `name` repeated to about `size` characters."""
    prefix, unit = INPUTS[name]
    return prefix + unit * max(1, (size - len(prefix)) // len(unit))


def stage_seconds(pipe: Pipeline, text: str, repeat: int = 1) -> dict[str, float]:
    """CPU seconds of each stage on `text` (the best of `repeat` runs), with the garbage collector
    paused as batch runs the stages (presskz.batch.gc_pause): its passes over the many objects of
    a long text grow faster than the text and would hide what the algorithms do."""
    with gc_paused():
        return _stage_seconds(pipe, text, repeat)


def _stage_seconds(pipe: Pipeline, text: str, repeat: int) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(repeat):
        doc = make_document(text, "probe", reference_date="2016-11-03")
        for stage in pipe.stages:
            start = time.process_time()
            doc = stage(doc)
            doc.assigned.update(stage.assigns)
            spent = time.process_time() - start
            best[stage.name] = min(best.get(stage.name, spent), spent)
    return best


def growth(pipe: Pipeline, name: str, size: int, repeat: int = 1
           ) -> tuple[dict[str, float], dict[str, float]]:
    """Each stage's seconds on input `name` at `size` and at 4 x `size` characters."""
    return (stage_seconds(pipe, adversarial_text(name, size), repeat),
            stage_seconds(pipe, adversarial_text(name, 4 * size), repeat))


def flagged(short: dict[str, float], long: dict[str, float], max_ratio: float,
            floor: float) -> list[str]:
    """The stages whose time grew more than max_ratio times (those over `floor` s on the long text)."""
    return [name for name in long
            if long[name] >= floor and long[name] > max_ratio * max(short[name], floor / 4)]
