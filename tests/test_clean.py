"""Clean stage: page furniture goes, headline/dateline/outlet become metadata."""

from __future__ import annotations

from eventwatch.clean import clean
from eventwatch.records import RawDocument


def test_seed_furniture_removed_and_metadata_kept(samples):
    x = samples["003"]
    assert x.title == "Officials: ISIS Widens Reach in Iraq as it Faces Defeat in Syria"
    assert x.published == "2019-02-22"
    assert x.outlet == "Asharq Al-Awsat"
    assert "Read More" not in x.text
    assert x.text.startswith("ISIS militants facing defeat in Syria")


def test_repeated_headline_caption_and_tail_teasers_go(samples):
    x = samples["004"]
    assert x.published == "2018-07-25"
    assert x.title == "ISIS Makes Comeback in Iraq Through Hit-and-Run Attacks"
    assert "REUTERS/" not in x.text and "Editor Picks" not in x.text
    assert x.text.count("ISIS Makes Comeback") == 0
    y = samples["002"]
    assert "1 min read" not in y.text
    for furniture in ("Sign up to receive", "Previous Story", "Next Story", "Kanye West", "Leave a Reply"):
        assert furniture not in y.text
    assert y.outlet == "InsiderBLM"
    z = samples["001"]
    assert "Comment Policy" not in z.text and "Do you like this article" not in z.text
    assert z.text.count("An Iraqi man walks down a Fallujah street") == 0
    assert "Threats to the police" not in z.text  # a section label, not a sentence


def test_html_goes_through_trafilatura_and_keeps_title():
    html = """<html><head><title>Bomb kills three in Kirkuk</title>
    <meta property="article:published_time" content="2019-05-03"></head><body>
    <nav>Home | World | Sport</nav><article><h1>Bomb kills three in Kirkuk</h1>
    <p>A roadside bomb exploded on Friday near a market in Kirkuk, killing three civilians and wounding
    five others, a police source said. No group claimed responsibility for the attack so far.</p>
    <p>Subscribe to our newsletter for more stories like this one every single week.</p></article>
    <footer>Copyright 2019</footer></body></html>"""
    article = clean(RawDocument(id="h", content=html, kind="html"))
    assert article.title == "Bomb kills three in Kirkuk"
    assert article.published == "2019-05-03"
    assert "roadside bomb exploded" in article.text
    assert "Copyright" not in article.text and "Home | World" not in article.text


def test_a_short_snippet_is_kept_as_body():
    article = clean(RawDocument(id="flash", content="Two killed in Kirkuk blast"))
    assert article.text == "Two killed in Kirkuk blast"


def test_text_that_is_not_english_is_a_clear_error():
    from eventwatch.pipeline import process

    arabic = process(RawDocument(id="ar", content="قتل مسلحون ثلاثة جنود في كركوك يوم الأحد، بحسب مصادر أمنية."))
    assert "ar: ValueError: no English text" in arabic.error and not arabic.events
    mojibake = process(RawDocument(id="moji", content="戀摡 扴 慢 敢 獥 瑡 慤 瑯"))
    assert "moji: ValueError: no English text" in mojibake.error
    mixed = process(RawDocument(id="en", content="Gunmen killed two farmers near Kirkuk (كركوك) on Monday."))
    assert mixed.error is None and mixed.events
    # Latin letters, but not English (an article written for these tests, in German)
    german = process(RawDocument(id="de", content=(
        "Bewaffnete Angreifer haben am Sonntag in einem Dorf nahe Kirkuk drei Bauern getötet und zwei weitere "
        "verletzt. Nach Angaben der örtlichen Polizei flohen die Täter mit einem Auto in Richtung der Berge. "
        "Die Behörden vermuten Kämpfer des sogenannten Islamischen Staates hinter dem Angriff. Bisher hat sich "
        "niemand zu der Tat bekannt, die Ermittlungen dauern noch an.")))
    assert "de: ValueError: no English text" in german.error and not german.events


def test_a_short_one_sentence_lead_after_the_headline_is_body_not_headline():
    text = ("Soldiers die in border town attack\n\nRebels killed three soldiers in Velmo on Sunday.\n\n"
            "Residents said the attackers fled across the river after the shooting, which lasted two hours.")
    x = clean(RawDocument("t", text))
    assert x.title == "Soldiers die in border town attack"
    assert x.text.startswith("Rebels killed three soldiers in Velmo")
    # a headline with no full stop stays the headline
    x = clean(RawDocument("t", "Rebels kill three soldiers in Velmo\n\n" + text.split("\n\n", 2)[2]))
    assert x.title == "Rebels kill three soldiers in Velmo"


def test_photo_credits_are_found_in_any_text_and_only_there():
    """A credit is found in a line with curly quotes or accents (searched over its lower-cased
    copy) as in a plain one, and also where lower-casing is no exact copy ("İ"); words that only
    look like one ("(April 3)", "photos: none") are none."""
    from eventwatch.clean import _has_photo_credit

    assert _has_photo_credit("Marchers in Kelmö on Sunday. (AP Photo/Jana Olsby)")
    assert _has_photo_credit("“We stayed,” she said. [Handout/AFP]")
    assert _has_photo_credit("İzvo market after the fire. PHOTOGRAPH: Tarno Desk")
    assert _has_photo_credit("Kelby harbour, 2019. REUTERS/Ola Brandt")
    assert not _has_photo_credit("The talks (April 3) in Kelmö failed; “photos” showed nothing.")
    assert not _has_photo_credit("İzvo council met (Approved minutes) on Tuesday.")
