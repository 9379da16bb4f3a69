## Questions and answers (FAQ): the screens around the answers (bot/faq/browse.py).
## The questions and answers themselves are in faq-<topic>.ftl.

flow-faq-title = Questions and answers
faq-topics = Which topic is your question about? You can also just type your question.
faq-topic-questions = Choose a question:
faq-answer-footer =
    { $count ->
        [one] Source
       *[other] Sources
    }:
    { $sources }
    Checked on { $checked }

    Did this answer help you?
faq-helped-yes = 👍 Yes
faq-helped-no = 👎 No
faq-thanks-yes = Thank you for your feedback!
faq-thanks-no = Thank you for your feedback. A mentor can answer your question in person.
faq-already-voted = You have already told us about this answer. Thank you!
faq-search-suggest =
    I am not quite sure. Did you mean one of these questions?
    Tap a question. Or ask a mentor.
faq-search-arabizi =
    It looks like you wrote Arabic in Latin letters.
    I cannot read that reliably. Please write your question in Arabic letters.
    Or write in English. A mentor can also help you.
faq-search-none =
    Sorry, I do not have a sure answer to this. I do not want to guess.
    A mentor can help you in person. Or you can look through the topics.
faq-all-topics = All topics
faq-mentor = Ask a mentor
faq-to-menu = Main menu
faq-gone = This question does not exist any more. Here are the topics.
faq-empty = There are no questions and answers here at the moment.
