"""presskz.people.bodies: the body a press service, an abbreviation, a position or a bare
administrative noun stands for (names from kk-text and KazNERD valid sentences)."""
from presskz.people.bodies import body_of_name, fixed_place, generic_words, without_service


def test_a_press_service_is_its_body_in_the_nominative():
    # kk-text: "..., деп хабарлайды Павлодар облысы ІІД баспасөз қызметінен."
    assert without_service("Павлодар облысы ІІД баспасөз қызметінен") == "Павлодар облысы ІІД"
    # KazNERD valid: "Облыс әкімдігінің баспасөз қызметі әлеуметтік желілер арқылы ..."
    assert without_service("Облыс әкімдігінің баспасөз қызметі") == "Облыс әкімдігі"
    assert without_service("баспасөз қызметі") == "баспасөз қызметі"  # no body named


def test_abbreviations_are_expanded():
    # kk-text: "..., деп қосты ҚР СІМ баспасөз қызметі."
    assert body_of_name("ҚР СІМ баспасөз қызметі") == "ҚР Сыртқы істер министрлігі"
    assert body_of_name("Павлодар облысы ІІД баспасөз қызметінен") == \
        "Павлодар облысы Ішкі істер департаменті"


def test_a_position_gives_the_body_it_heads():
    assert body_of_name("Сырдария ауданы әкімінің баспасөз қызметі") == "Сырдария ауданы әкімдігі"


def test_a_bare_administrative_noun_takes_the_place():
    region = lambda row: "Павлодар" if row["word"] == "облыс" else None  # noqa: E731
    assert body_of_name("Облыс әкімдігінің баспасөз қызметі", region) == "Павлодар облысы әкімдігі"
    assert body_of_name("қала әкімдігі", region) == "қала әкімдігі"  # no city found: as written
    assert body_of_name("Облыс прокуратурасы", lambda row: None) == "Облыс прокуратурасы"
    assert fixed_place(generic_words()["елорда"]) == "Астана"  # the capital is always Астана


def test_a_position_gives_the_body_it_serves_in():
    from presskz.people.bodies import body_of_position
    # KazNERD valid / kk-text positions
    assert body_of_position("Денсаулық сақтау министрінің орынбасары") == "Денсаулық сақтау министрлігі"
    assert body_of_position("Маңғыстау облысы әкімінің бұрынғы орынбасары") == "Маңғыстау облысы әкімдігі"
    assert body_of_position("Нұр Отан партиясы төрағасының бірінші орынбасары") == "Нұр Отан партиясы"
    assert body_of_position("Сыртқы істер министрлігінің ресми өкілі") == "Сыртқы істер министрлігі"
    assert body_of_position("Қала әкімінің бірінші орынбасары", lambda row: "Шымкент") == \
        "Шымкент қаласы әкімдігі"
    assert body_of_position("Мемлекет басшысы") is None  # no body named
