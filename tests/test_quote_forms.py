"""Direct-quote forms (presskz.quotes.rules / .stage / .dashed), on real sentences: KazNERD valid
(CC BY 4.0, Yeshpanov et al. 2022) and kk-text; a television caption line from a public qazaqstan.tv
report (https://qazaqstan.tv/news/184140) and a post before a name from a kazaknews.kz report."""
from presskz.eval.events import annotated_document
from presskz.people.stage import PeopleStage
from presskz.quotes.stage import QuotesStage


def quotes_of(text, entities=()):
    return PeopleStage()(QuotesStage()(annotated_document(text, entities))).quotes


def direct(text, entities=()):
    return [q for q in quotes_of(text, entities) if q.kind == "direct"]


def test_a_verb_written_with_dep():
    # kk-text; its opening mark is on the line before there
    [q] = direct("“Менің пікірім солай”, – деп жауап берді Кеннеди.", [("Кеннеди", "PERSON", None)])
    assert (q.text, q.verb) == ("Менің пікірім солай", "деп жауап берді")


def test_a_quote_opening_with_a_quoted_name_has_one_opening_mark():
    # KazNERD valid: the quote's «« written as one «
    text = ("« Халықты тыңдайтын мемлекет » тұжырымдамасын іске асыруға болады » , — деді « Нұр Отан » "
            "партиясы төрағасының бірінші орынбасары .")
    [q] = direct(text, [("« Нұр Отан » партиясы төрағасының бірінші орынбасары", "POSITION", None)])
    assert q.text.strip() == "Халықты тыңдайтын мемлекет » тұжырымдамасын іске асыруға болады"


def test_degen_closes_a_quote_after_a_dash_only():
    # KazNERD valid
    text = ("« Десе де науқастардың туысқандары аздап сабыр сақтаса » , — деген тілегін жеткізді "
            "дәрігерлер .")
    assert [q.text.strip() for q in direct(text)] == ["Десе де науқастардың туысқандары аздап сабыр сақтаса"]
    # kk-text: a saying named, no quote
    text = "Осының өзінен-ақ мұқтаж жандар «Көп түкірсе – көл» деген даналықты айқын сезінді."
    assert direct(text) == []


def test_a_television_caption_line_gives_the_speaker():
    text = ("Қызылорда облысында екі ауданның әкімі сайланды.\nТамара Ақмағамбетова, тұрғын:\n"
            "Өз дауысымды бердім. Ауданымыздың болашағы үшін.")
    [q] = direct(text, [("Тамара Ақмағамбетова", "PERSON", None)])
    assert (q.text, q.verb, q.speaker.name) == ("Өз дауысымды бердім. Ауданымыздың болашағы үшін", ":",
                                                "Тамара Ақмағамбетова")


def test_a_post_written_before_a_name_gives_the_holder():
    text = ("Қаржы вице-министрі Дәурен Темірбеков жобаны түсіндірді.\n"
            "— Бөлініп жатқан қаражаттың сомасы – 695 млн доллар, — деді вице-министр.")
    [q] = direct(text, [("Дәурен Темірбеков", "PERSON", None), ("вице-министр", "POSITION", None)])
    assert q.speaker is not None and q.speaker.name == "Дәурен Темірбеков"
