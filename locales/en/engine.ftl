language-choose = Please choose your language.
language-changed = The language is now { $language }.
help-text =
    How the bot works:
    Tap the buttons below the messages.
    /menu – main menu
    /back – previous question
    /restart – start again
    /language – change language
    /human – talk to a person
    /status – status of my request
    /mydata – my stored data
    /delete – delete my data
unknown-command = I do not know this command. Type /help to see all commands.
unsupported-input = Sorry, I cannot read this: I read text only. Please answer the question above – tap a button or write.
unsupported-voice = Sorry, I cannot listen to voice messages: I read text only. Please write your answer to the question above. You can talk with a mentor by phone later.
use-buttons = Please tap one of the buttons.
not-understood = I did not understand that. Here is the menu.
stale-button = This button is from an older message. Here is the current question.
recovered-note = This part has changed in the meantime. We continue here.
back-nothing = There is no previous question.
nav-back = ◀ Back
error-flow-loop = Sorry, something went wrong here. The team has been told. Type /menu to go on.
error-general = Sorry, something went wrong. Your answers are saved. Please try again.
action-unavailable = This function is not available right now. We continue.
human-unavailable = I cannot pass you on right now. Please try again later.
answer-yes = Yes
answer-no = No
answer-unsure = I don't know
typed-which = Which answer do you mean? Please tap it.
# Words that count as a typed "Yes", "No" or "I don't know" (separated by commas; all languages count together,
# capitals and accents do not matter). Never shown.
answer-words-yes = yes, yeah, yep, yup, ya, sure, right, correct, of course, ok, okay, true
answer-words-no = no, nope, nah, not, never, wrong, false
answer-words-unsure = don't know, dont know, do not know, i don't know, idk, dunno, not sure, no idea, unsure, maybe
explain-button = ❓ What do these mean?
