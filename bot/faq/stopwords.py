"""Short stop-word lists per language: words that carry no meaning for finding an FAQ entry.

Kept deliberately short. Question words (wer, wann, wie viel, how much, cuánto, كم, متى ...) and modal
verbs (darf, muss, can, puedo ...) are *not* stop words: they often decide between two neighbouring
entries ("Wer darf ..." / "Was kostet ..."). Words that are merely frequent are handled by the idf
weighting, not by these lists. Write the words as people type them; they are normalised with the same
function as the queries (case, umlauts, accents, Arabic letter forms) when the module is imported.
"""

from __future__ import annotations

_DE = """
a aber als also am an auch auf aus bei bin bis bist bitte da dann das dass dem den denn der des
dich die dir doch du ein eine einem einen einer eines er es etwas euch euer frage fragen für
gibt hab habe haben hallo hat hatte hätte hi ich ihr im in ist ja jetzt man mal mein meine meinem
meinen meiner mich mir mit moin nach noch nun ob oder schon sehr sein seine servus sie sind so
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
"""


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


RAW: dict[str, tuple[str, ...]] = {"de": _words(_DE), "en": _words(_EN), "es": _words(_ES), "ar": _words(_AR)}
"""The lists as written; ``bot.faq.analysis`` builds the normalised sets from them."""
