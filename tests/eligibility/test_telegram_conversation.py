"""Through Telegram (real Application, fake Bot API, shipped content), in all four languages: typed answers,
one short reply to a voice note, sticker, photo or document with the question's buttons still working, the
"What do these mean?" button, /status as a command, places outside Saxony and in Arabic script.
One test, because starting the bot on the full content takes a while."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.asyncio

YES = {"de": "jo", "en": "yep", "ar": "ايوه", "es": "claro"}
DONT_KNOW = {"de": "weiß nicht", "en": "I don't know", "ar": "مش عارف", "es": "no sé"}
PLACE = {"de": ("Reichenbach im Vogtland", "Vogtlandkreis"), "en": ("Görlitz", "Landkreis Görlitz"),
         "ar": ("بلاوين", "Vogtlandkreis"), "es": ("باوتسن", "Landkreis Bautzen")}        # Plauen, Bautzen


async def test_four_people_type_send_voice_notes_and_stickers_and_ask_for_their_status(harness):
    locales = harness.app.engine.locales
    text = lambda lang, mid, **a: locales.text(lang, mid, a)                  # noqa: E731
    label = lambda lang, mid: locales.text(lang, mid, label=True)             # noqa: E731
    for n, lang in enumerate(("de", "en", "ar", "es")):
        user = harness.user(3001 + n, lang)
        await user.command("/start")
        replies = await user.command("/status")                              # a command, not "unknown command"
        assert replies.texts[0] == text(lang, "handoff-status-none")
        await user.press(label(lang, "main-menu-check"))
        place, district = PLACE[lang]
        replies = await user.send(place)                                     # found at once, not asked back
        assert replies.texts == [text(lang, "elig-where-confirm", district_name=district)]
        replies = await user.send(YES[lang])                                 # typed instead of tapped
        question = replies.last
        assert question.plain.startswith(text(lang, "elig-status-ask")[:20])
        for send, wanted in (("send_voice", "unsupported-voice"), ("send_sticker", "unsupported-input"),
                             ("send_photo", "unsupported-input"), ("send_document", "unsupported-input")):
            replies = await getattr(user, send)()
            assert replies.texts == [text(lang, wanted)], (lang, send)       # one short message
        assert question.buttons and not question.deleted                     # the question is still answerable
        replies = await user.press(label(lang, "explain-button"), question)
        assert "Fiktionsbescheinigung" in replies.last.plain and len(replies) == 1
        replies = await user.press(label(lang, "elig-status-other"))
        assert replies.last.plain.startswith(text(lang, "elig-family-ask")[:20])
        replies = await user.send(DONT_KNOW[lang])                           # "I don't know" still asks the years
        assert replies.last.plain.startswith(text(lang, "elig-years-ask")[:20])
    voice = text("ar", "unsupported-voice")
    assert "الهاتف" in voice and "النص" in voice                             # reads text only; a mentor by phone
    assert all(call.status == 200 for call in harness.calls("sendMessage"))


async def test_a_town_outside_saxony_is_not_taken_for_a_saxon_one(harness):
    locales = harness.app.engine.locales
    for n, lang in enumerate(("de", "en", "ar", "es")):
        user = harness.user(3101 + n, lang)
        await user.command("/start")
        await user.press(locales.text(lang, "main-menu-check", label=True))
        replies = await user.send("Altenburg")                                # Thuringia, not Altenberg
        assert locales.text(lang, "district-outside-button", label=True) in replies.labels
        replies = await user.press(locales.text(lang, "district-outside-button", label=True))
        assert replies.texts[0].split("\n")[0] == locales.text(lang, "elig-result-out-not-saxony").split("\n")[0]
