"""Short stop-word lists per language: words that carry no meaning for finding an FAQ entry.

Kept deliberately short. Question words (wer, wann, wie viel, how much, cuánto, كم, متى ...) and modal
verbs (darf, muss, can, puedo ...) are *not* stop words: they often decide between two neighbouring
entries ("Wer darf ..." / "Was kostet ..."). Words that are merely frequent are handled by the idf
weighting, not by these lists. Write the words as people type them; they are normalised with the same
function as the queries (case, umlauts, accents, Arabic letter forms) when the module is imported.
"""

from __future__ import annotations

_DE = """
genau halt überhaupt ueberhaupt nochmal irgendwie gerade konkret bisschen
a aber als also am an auch auf aus bei bin bis bist bitte da dann das dass dem den denn der des
dich die dir doch du ein eine einem einen einer eines er es etwas euch euer frage fragen für
gibt hab habe haben hallo hat hatte hätte hi ich ihr im in ist ja jetzt man mal mein meine meinem
meinen meiner mich mir mit moin noch nun ob oder schon sehr sein seine servus sie sind so
über um und uns unser vom von vor war wäre weiß wir wird würde zu zum zur danke dank gern
gerne guten tag eigentlich einfach ok okay
"""

_EN = """
a about am an and are as at be been but by could did do does for from have has hello hey hi
i im if in into is it its me my of on or our please so thanks thank that the their them then
there these this to us was we were will with would you your yours question ok okay just
"""

_ES = """
a al algo ante con de del el ella ellos en entre es esa ese eso esta este esto estoy hola la las
le les lo los me mi mis muy no o para pero por porque pregunta que se ser si sí soy su sus te ti
tu tus un una unas uno unos y ya yo gracias favor buenas buenos días hay tengo tiene
"""

_AR = """
و في من على عن الى إلى ان أن إن هل هذا هذه ذلك تلك انا أنا انت أنت نحن هو هي مع او أو ثم قد
لقد كان كانت يا مرحبا السلام عليكم شكرا لو سمحت ممكن سؤال عندي لدي لي لك له بس يعني اي أي ما
الذي التي هناك فيه فيها به بها
شو ايش هلا هلق هلأ وهلا يلي اللي عم رح شي كتير منيح بالضبط هيك بدي اذا ازا لسا
ماهو ماهي وش شنو شنهو ايه
"""


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


RAW: dict[str, tuple[str, ...]] = {"de": _words(_DE), "en": _words(_EN), "es": _words(_ES), "ar": _words(_AR)}
"""The lists as written; ``bot.faq.analysis`` builds the normalised sets from them."""

# Light words: question words, modal verbs and everyday verbs. They stay in the query (they separate
# "Wer darf ...?" from "Was kostet ...?"), but they say little about the topic, so they count little
# towards how much of a question an entry covers: "Wo kann ich eine Wohnung finden?" is about the
# Wohnung, and an entry that only matches "wo" and "finden" is no answer.

_DE_LIGHT = """
wer wen wem wessen was wann wo wohin woher wie wieviel wieviele viel viele welche welcher welches welchen
warum wieso weshalb kann kannst können könnte darf darfst dürfen muss musst müssen soll sollte will
möchte brauche brauchst brauchen bekomme bekommst bekommen kriege kriegen finde finden machen mache
tun gehen gehe kommen komme geben gebe sagen sage lassen wissen gut nicht kein keine keinen mehr nach
"""

_EN_LIGHT = """
who whom whose what when where how which why whats wheres hows can cant cannot could may might must
should shall want need needs get got getting give make do does find go going come coming tell know
much many good well not no any some more still
"""

_ES_LIGHT = """
quién quien quiénes qué que cuándo cuando dónde donde adónde cómo como cuál cual cuáles cuánto cuanto
cuánta cuántos cuántas puedo puede pueden podría debo debe tengo tienes necesito necesita quiero
conseguir consigo obtener hacer hago ir voy venir dar decir saber bien nada ningún ninguna más todavía
"""

_AR_LIGHT = """
من مين شو ماذا ما متى امتى ايمت وين أين فين كيف كيفاش شلون كم قديش ليش لماذا اي أي أين ايش
بقدر أقدر اقدر يقدر بيقدر يمكن استطيع أستطيع لازم يجب بدي أريد اريد بدنا محتاج احتاج أحتاج
اعمل أعمل بعمل اخد آخذ باخد احصل أحصل بحصل اروح أروح بروح اجي يجي بيجي اعرف أعرف بعرف منيح
مش مو ما لا مافي ما في كمان بعد
"""

LIGHT: dict[str, tuple[str, ...]] = {
    "de": _words(_DE_LIGHT), "en": _words(_EN_LIGHT), "es": _words(_ES_LIGHT), "ar": _words(_AR_LIGHT),
}
