#!/usr/bin/env python3
"""Upgrade almaty-days-in-astana.gold.json (schema 1.0 gold) to schema 1.1 gold, in place.

Adds `meta`, event `cluster` ids (+ the re-mentions 1.0 left out), event `participants`,
quote `kind` (+ the attributed / indirect speech), the `announcement` block and the
1.1 temporal for "N жылдығы" (corpora/releases/GUIDELINES.md).  Every new span is found by
anchor search (exact text + occurrence, optionally after an anchor phrase) and asserted
(text == content[start:end]); no offset is typed by hand.  Existing entries are found by
their text and 1.0 offsets read from the file, never retyped.

Run once: python3 corpora/seed/upgrade_gold_1_1.py   (it refuses to run on a 1.1 file),
then python3 corpora/seed/check_gold.py.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = os.path.join(HERE, "almaty-days-in-astana.txt")
GOLD = os.path.join(HERE, "almaty-days-in-astana.gold.json")

content = open(TEXT, encoding="utf-8").read()
gold = json.load(open(GOLD, encoding="utf-8"))


def find(text, n=1, after=None, boundary=True):
    """Start/end of the n-th occurrence of text (after the first occurrence of `after`)."""
    pos = content.index(after) if after else 0
    for _ in range(n):
        i = content.index(text, pos)
        pos = i + 1
    s, e = i, i + len(text)
    assert content[s:e] == text
    if boundary:
        assert s == 0 or not content[s - 1].isalnum(), ("mid-word start", text)
        assert e == len(content) or not content[e].isalnum(), ("mid-word end", text)
    return s, e


def span(text, n=1, after=None, boundary=True):
    s, e = find(text, n, after, boundary)
    return {"start": s, "end": e, "text": text}


def the_event(trigger, title=None):
    """The one 1.0 event with this trigger text (and title, for the shared 'ашылды')."""
    hits = [ev for ev in gold["events"] if ev["trigger"]["text"] == trigger
            and (title is None or ev["title"] == title)]
    assert len(hits) == 1, (trigger, title, len(hits))
    ev = hits[0]
    t = ev["trigger"]
    assert content[t["start"]:t["end"]] == t["text"]
    return ev


def new_event(type_, trigger, status, cluster, when=None, where=None, title=None, n=1, after=None,
              participants=None):
    d = {"type": type_, "trigger": span(trigger, n, after), "status": status, "when": when,
         "where": where, "title": title, "cluster": cluster}
    if participants:
        d["participants"] = list(participants)
    gold["events"].append(d)
    return d


def quote(text, speaker, verb, kind="indirect", n=1, after=None, speaker_entity=None):
    d = span(text, n, after, boundary=False)
    d.update(speaker=speaker, verb=verb, kind=kind)
    if speaker_entity is not None:
        d["speaker_entity"] = speaker_entity
    gold["quotes"].append(d)


def replace_note(prefix, new_text):
    hits = [i for i, s in enumerate(gold["notes"]) if s.startswith(prefix)]
    assert len(hits) == 1, prefix
    gold["notes"][hits[0]] = new_text


if "announcement" in gold or any("cluster" in ev for ev in gold["events"]):
    sys.exit("almaty-days-in-astana.gold.json is already schema 1.1 gold; nothing done")

# ---- meta
gold["meta"] = {"publisher": "Almaty city akimat press service", "publisher_kind": "akimat",
                "outlet": None, "url": None, "published": "2016-11-03",
                "licence": "official information / news of the day (see README)",
                "text_kind": "release"}

# ---- temporals: GUIDELINES '"N жылдығы" -> duration "PNY"' (1.0 had left the '25' out)
t = span("25 жылдығына")
t.update(kind="duration", value="P25Y")
gold["temporals"].append(t)
gold["temporals"].sort(key=lambda d: (d["start"], d["end"]))

# ---- events: clusters, re-mentions, participants, types
new_event("other", "күндеріне", "unknown", "c1", title="Алматының Астанадағы күндері",
          after="Алматының Астанадағы")
the_event("күндері").update(cluster="c1")

ev = the_event("баспасөз мәслихаты")
ev["cluster"] = "c2"
new_event("press_conference", "Баспасөз мәслихаты", "past", "c2", participants=["А.Қырықбаев"])
ev = the_event("брифинг")
ev.update(type="press_conference", cluster="c2", participants=["Жанна Төлегенова"])
new_event("press_conference", "баспасөз мәслихатын", "past", "c2", participants=["Арман Қырықбаев"])

the_event("ашылды", "«Алатау» дәстүрлі өнер театры")["cluster"] = "c3"
the_event("ашылды", "Дәстүрлі музыканың Мультимедиялық орталығы")["cluster"] = "c4"
the_event("ашатын болады")["cluster"] = "c5"

the_event("шаралар")["cluster"] = "c6"
new_event("other", "шаралардың", "unknown", "c6", after="Мәдени шаралардың")

the_event("көрме")["cluster"] = "c7"
the_event("фотокөрме")["cluster"] = "c8"
the_event("кездеседі").update(cluster="c9", participants=["жастар", "белгілі ақындармен"])
the_event("гала- концерт").update(cluster="c10", participants=[
    "Алматының эстрада-симфониялық оркестрі", "қазақстандық эстрада жұлдыздарының"])
the_event("концерт").update(cluster="c11", participants=[
    "«Сазген сазы» фольклорлық - этнографиялық оркестрі", "танымал дәстүрлі әншілердің"])
the_event("қойылымын").update(cluster="c12", participants=["Мемлекеттік қуыршақтар театры"])
the_event("спектаклін").update(cluster="c13", participants=["Мемлекеттік қуыршақтар театры"])

for ev in gold["events"]:
    assert "cluster" in ev, ev["trigger"]["text"]
    for p in ev.get("participants", []):
        find(p, boundary=False)
gold["events"].sort(key=lambda d: d["trigger"]["start"])   # stable: the two 'ашылды' keep their order

# ---- quotes: the 1.0 direct quote gets kind/verb; attributed speech is added (text order)
assert len(gold["quotes"]) == 1
direct = gold["quotes"][0]
assert content[direct["start"]:direct["end"]] == direct["text"]
direct.update(kind="direct", verb="деп атап өтті")
quote("Орталық коммуникациялар қызметінде «Қуатты өңір – қуатты Қазақстан» акциясы аясында Алматының "
      "Астанадағы күндеріне арналған баспасөз мәслихаты өтті", None, "деп хабарлады",
      speaker_entity="Алматы қаласы әкімдігінің баспасөз қызметі")
quote("егер 90- шы жылдардың ортасында Алматыда 1415 кооперативтер болса, қазіргі кезде мегаполисте 180 мыңнан "
      "астам кіші және орта бизнес субъектілерінің жұмыс істейтіндігін, кәсіпкерліктің 130 есе өскенін",
      "Арман Қырықбаев", "айтты")
quote("оңтүстік астана экономикасының қарқынды дамуы арқасында Алматы бюджетінің тең жартысы жұмсалатын "
      "әлеуметтік салада пәрменді әрі жүйелі шаралардың жүзеге асқанын", "Арман Қырықбаев", "айтты")
quote("«Нұрлы жол» бағдарламасы аясында мегаполисте соңғы 9 айдың ішінде 4500 орынды қамтитын 5\xa0мемлекеттік және "
      "119 жеке бала бақшалардың ашылғандығын, 1800 оқушыға арналған жалпы білім беретін нысандардың іске "
      "қосылғандығын, мектептер мен 2400 орынға арналған қосалқы нысандар құрылыстарының жүріп жатқандығын",
      "Арман Қырықбаев", "атап өтті")
quote("үстіміздегі жылдың 10 айы ішінде «Бизнестің Жол картасы-2020» Бағдарламасы бойынша оңтүстік астанада "
      "239 жобаның қолдау тапқанын, бұл өткен жылдың осы кезеңімен салыстырғанда 2,5 көп екенін",
      "Алмас Мәдиев", "айтты")
quote("Бүгінгі күні КБТУ мен IDC Central Europe сынды серіктестермен бірге Smart Almaty жобасының концепциясы мен "
      "шеберлік- жсопарының жасалып жатқандығын", "Жанна Төлегенова", "хабардар етті")
quote("оңтүстік астана билігінің Алматыны тек жоғары технологиялы мегаполис қана емес, дәстүр мен тарих берік "
      "сақталған әрі өзіндік ерекшелігі бар қалаға айналдыруды жоспарлап отырғандығын",
      "Арман Қырықбаев", "айтты")
gold["quotes"].sort(key=lambda d: (d["start"], d["end"]))

# ---- announcement
gold["announcement"] = {"headline": None, "issuer": "Алматы қаласы әкімдігінің баспасөз қызметі",
                        "outlet": None, "published": "2016-11-03", "place": None, "main_event": "c2"}

# ---- notes
replace_note("'ҚР Тәуелсіздігінің 25 жылдығына' = EVENT",
             "'ҚР Тәуелсіздігінің 25 жылдығына' = EVENT (KazNERD tags 'Жеңістің 75 жылдығына' as EVENT); its '25' is "
             "part of the event name and is not a quantity, but '25 жылдығына' is a temporal (duration P25Y, schema 1.1: "
             "GUIDELINES '\"N жылдығы\" -> duration \"PNY\"'; layers may overlap). Likewise numbers inside names are not "
             "quantities: 'Бес институционалды реформа', '«100 нақты қадам»', 'Жол картасы-2020', and '2020' inside the "
             "programme name (but '2020 жылға дейінгі' IS a temporal, overlapping the PROJECT span — layers may overlap).")
replace_note("events: one event per concrete happening",
             "events (schema 1.1): one entry per MENTION, mentions of one happening share `cluster` (c1, c2, ... in text "
             "order of first mention); a cluster has one type, status is per mention from its own clause ('unknown' when "
             "the clause has no tense). c1 = the Almaty days in Astana: the lead's 'Алматының Астанадағы күндеріне арналған' "
             "(added; status unknown, no verb of its own) and 'Астанадағы Алматы күндері аясында' (other, future). c2 = the "
             "press conference at the CCS: 'баспасөз мәслихаты өтті', 'Баспасөз мәслихаты барысында', 'ОКҚ-де өткен брифинг "
             "барысында' and 'баспасөз мәслихатын қорытындылай келіп' (all past; the 'брифинг' is the same happening: same "
             "place ОКҚ, and Қырықбаев closes the press conference after Төлегенова spoke at the 'briefing', so it takes the "
             "cluster's type press_conference, 1.0 'briefing'). c3/c4 = the two openings in Almaty sharing the trigger "
             "'ашылды' (two clusters); for openings, title = name of the opened facility (null for the unnamed history "
             "museum, c5 'ашатын болады'). c6 = the cultural events of 5-6 November ('шаралар өтеді', future) and the closing "
             "'Мәдени шаралардың барлығына кіру тегін' (added; unknown, no tense). c7-c13: multimedia exhibition, photo "
             "exhibition, the youth's meeting with poets, gala concert, concert «Мәңгілік мұрат», the two puppet-theatre "
             "shows. trigger = the event noun when the text has one, else the verb. when = TIMEX value, where = normalized "
             "venue (+ ', Астана' for Astana venues) for the 1.0 mentions; added mentions state none. participants = "
             "texts as written in the mention's clause. Press conference: when null (no date in the text; presumably on/just "
             "before the 2016-11-03 publication date); gala concert: where null (not stated). Not events: aggregate "
             "statistics (kindergartens opened, jobs created, facilities commissioned), the Doing Business rating "
             "publication, speech acts (айтты, атап өтті), the «Қуатты өңір – қуатты Қазақстан» campaign (a programme, "
             "like «Нұрлы жол»), and the anniversary 'ҚР Тәуелсіздігінің 25 жылдығына' named only as what the gala "
             "concert is dedicated to.")
replace_note("quotes: one direct quote",
             "quotes (schema 1.1): one direct quote («Өзінің ғылым ... бөлігін құрайды», followed by '- деп атап өтті "
             "Алматы әкімінің орынбасары Арман Қырықбаев'; span excludes the guillemets; kind direct, verb 'деп атап өтті'). "
             "Indirect (kind indirect, span = the reported clause, ending with its accusative verb form, without the "
             "attribution): the lead '..., - деп хабарлады Алматы қаласы әкімдігінің баспасөз қызметі' (speaker null, "
             "speaker_entity the press service), and the reports '...-ғанын/-дігін айтты / атап өтті / хабардар етті' of "
             "Қырықбаев (x4; the sentence-initial subject is omitted in the '«Нұрлы жол» ... атап өтті' and follows from "
             "'Қала әкімінің орынбасары'), Мәдиев and Төлегенова ('Бүгінгі күні ... хабардар етті', subject omitted). "
             "Not quotes: 'Жанна Төлегенова ... жоспарлары туралы айтты' (topic only) and the garbled 'Қала әкімінің "
             "орынбасары өзінің сөзінде, ... көрініс тапқан' (no reporting verb).")
gold["notes"].append("announcement/meta (schema 1.1): no headline; issuer = Алматы қаласы әкімдігінің баспасөз қызметі "
                     "(the lead's '- деп хабарлады ...'); no relaying outlet, no dateline; published = reference_date "
                     "2016-11-03 (assumed publication date, README); main_event c2 (the press conference the lead reports).")
gold["notes"].append("Upgraded to schema 1.1 gold (clusters, indirect quotes, announcement, meta) in wave 3 by "
                     "upgrade_gold_1_1.py; earlier layers unchanged except: temporals: added '25 жылдығына' (duration P25Y), "
                     "GUIDELINES 'N жылдығы -> PNY', missing in 1.0; events: 'брифинг' retyped press_conference (same "
                     "happening as the press conference, see the events note).")

with open(GOLD, "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("upgraded", GOLD, {k: len(v) for k, v in gold.items() if isinstance(v, list) and k != "notes"})
