# Texts of the Telegram channel: command menu, groups, edited messages, /reload.
tg-cmd-start = Start the conversation
tg-cmd-menu = Main menu
tg-cmd-back = Back to the previous question
tg-cmd-language = Change the language
tg-cmd-help = Help
tg-cmd-human = Talk to a person
tg-cmd-mydata = See my stored data
tg-cmd-delete = Delete my data
tg-cmd-restart = Start again
tg-edited = Sorry, I cannot read edited messages. Please send your answer as a new message.
tg-group-private = I only answer in a private chat. Please write to me there: { $link }
tg-admin-only = Only the Arbeitsmarktmentoren team can use this command. For your questions, just tap /menu.
tg-reload-ok = Reloaded. The new flows and texts are live now.
tg-reload-warnings = { $count } warnings (no errors; please check them when you can):
tg-reload-warnings-more = … and { $more } more. To see all: python -m bot validate --warnings
tg-reload-failed = Not reloaded: { $count } errors. The current version keeps running. Please fix these errors:
tg-too-many = You sent many messages at once. I answered the first ones and did not read the others. Please wait for my answer. Then send what is still missing.
