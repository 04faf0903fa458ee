"""The "arbitrated" merge policy (presskz.entities.merge): where the model's span beats the rule's,
on real sentences of KazNERD valid (Yeshpanov et al. 2022, CC BY 4.0) that the policy was not
written from, with the rule and model spans given."""
from merge_cases import merged


def test_a_rule_span_that_swallows_a_persons_name_gives_way_to_the_model():
    text = ("Президент жарлығымен Мәжіліс депутаттары Асқар Базарбаев және Глеб Щегельский "
            "« Парасат » орденін иеленді .")
    rule = [("Глеб Щегельский « Парасат » орденін", "ART")]
    model = [("Глеб Щегельский", "PERSON"), ("Парасат", "MISCELLANEOUS")]
    assert merged(text, model, rule) == [("Глеб Щегельский", "PERSON"), ("Парасат", "MISCELLANEOUS")]


def test_a_rule_span_crossing_a_persons_name_gives_way():
    text = "Ел Президенті Қасым-Жомарт Тоқаев Тамыз конференциясында айтқан болатын ."
    rule = [("Тоқаев Тамыз", "GPE")]
    model = [("Қасым-Жомарт Тоқаев", "PERSON"), ("Тамыз конференциясында", "EVENT")]
    assert merged(text, model, rule) == model


def test_a_persons_fuller_name_from_the_rules_stays():
    text = "Германия канцлері Ангела Меркель , Франция Президенті Эмманюэль Макрон ."
    assert merged(text, [("Меркель", "PERSON")], [("Ангела Меркель", "PERSON")]) == [
        ("Ангела Меркель", "PERSON")]


def test_a_number_the_model_reads_is_no_part_of_a_law_under_kaznerds_conventions():
    text = "Оларға ( қд ) Қазақстан Республикасы Қылмыстық кодексінің 3 бабы бойынша айып тағылып отыр ."
    rule = [("Қазақстан Республикасы Қылмыстық кодексінің 3 бабы", "LAW")]
    model = [("Қазақстан Республикасы Қылмыстық кодексінің", "LAW"), ("3", "CARDINAL")]
    assert merged(text, model, rule, keep_values=True) == model


def test_a_language_is_no_group_of_people():
    text = "Ақпарат 3 тілде : қазақ , орыс және ағылшын тілдерінде ұсынылады ."
    assert merged(text, [("ағылшын", "LANGUAGE")], [("ағылшын", "NORP")], keep_values=True) == [
        ("ағылшын", "LANGUAGE")]


def test_a_museum_acting_is_an_organisation_when_the_model_says_so():
    text = "Ал Қазақстан тарапынан Ұлттық музей жауапты ."
    span = "Ұлттық музей"
    assert merged(text, [(span, "ORGANISATION")], [(span, "FACILITY")]) == [(span, "ORGANISATION")]


def test_a_model_facility_holding_rule_names_is_one_facility():
    text = "Алматыдағы 4-інші клиникалық ауруханаға ұшақ апатынан зардап шеккен 19 азамат жеткізілді ."
    span = "Алматыдағы 4-інші клиникалық ауруханаға"
    assert merged(text, [(span, "FACILITY")], [("Алматыдағы", "GPE")]) == [(span, "FACILITY")]


def test_a_title_with_its_owner_is_one_position_on_releases_only():
    text = "Бұл ретте Қырғызстан басшысы да көптен бері көтеріліп жүрген ."
    model, rule = [("Қырғызстан басшысы", "POSITION")], [("Қырғызстан", "GPE")]
    assert merged(text, model, rule) == [("Қырғызстан басшысы", "POSITION")]
    assert merged(text, model, rule, keep_values=True) == [("Қырғызстан", "GPE")]


def test_a_phone_number_is_a_contact():
    text = "Сосын « 102 » -ге жанымдағы адамдар звондады ."
    assert merged(text, [("102", "CONTACT")]) == [("102", "CONTACT")]
    assert merged(text, [("102", "CONTACT")], keep_values=True) == [("102", "CONTACT")]


def test_a_common_noun_disease_at_a_sentence_start_is_kept_under_kaznerds_conventions():
    text = "Туберкулёз таяқшасы да бар деп жатыр ."
    assert merged(text, [("Туберкулёз", "DISEASE")], keep_values=True) == [("Туберкулёз", "DISEASE")]


def test_a_name_after_a_person_stays_whole():
    text = "Ақтоты Райымқұлова — Құрманғазы атындағы ұлттық консерваторияның түлегі ."
    span = "Құрманғазы атындағы ұлттық консерваторияның"
    assert merged(text, [("Құрманғазы", "PERSON")], [(span, "ORGANISATION")]) == [
        (span, "ORGANISATION")]
