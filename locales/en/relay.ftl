## Messages between mentor and person, through the bot (bot/handoff/relay.py)

# What the person reads (their language)
relay-from-project = ✉️ <b>{ $project }</b> (request { $ref }):
relay-btn-write = ↩️ Answer
relay-btn-write-mentor = ✍️ Write to my mentor
relay-btn-stop = Done
relay-btn-send-now = 📎 Send it now
relay-write-prompt =
    Write your message to { $project } now: text, photo, file or voice message.
    Everything you send in the next { $minutes } minutes goes to the project.
    To stop, tap "Done" or send /menu.
relay-sent = ✓ Sent to { $project }. You can write more.
relay-sent-short = ✓ Sent
relay-stopped = All right. Your messages go to the bot again.
relay-not-open = Here you can write to your mentor. This works once someone has taken your request, and while it is open.
relay-only-these = I can pass on text, photos, files and voice messages.
relay-answer-yes = Yes, please
relay-answer-no = No, thank you
relay-mydata-waiting = Messages to your project that are not delivered yet: { $count }. We delete them here once they are delivered.
relay-tpl-call = Your mentor would like to call you. When is a good time for you?
relay-tpl-residence = Please send a photo of your residence document (both sides). Only the project sees it.
relay-tpl-certificate = Please send a photo or a file of your certificate. Only the project sees it.
relay-tpl-office = We can meet at our office: { $office }. Tell us which day suits you.
relay-tpl-still = Do you still want support from us?

# What the project reads (German in practice; these are the English versions)
mentor-btn-write = ✍️ Write to the person
mentor-relay-prompt =
    ✍️ <b>Message to the person (request { $ref })</b>
    Reply to this message: your text goes to the person as written, with the project's name.
    Or choose a ready-made message. The person reads it in { $language }.
mentor-relay-from-person = ✉️ <b>Request { $ref }</b> – message from the person (language: { $language }):
mentor-relay-answer = ✉️ <b>Request { $ref }</b> – answer to "{ $title }": <b>{ $answer }</b>
mentor-relay-tpl-call = 📞 Call: when is a good time?
mentor-relay-tpl-residence = 🪪 Please send a photo of the residence document
mentor-relay-tpl-certificate = 📄 Please send a photo of the certificate
mentor-relay-tpl-office = 📍 Meet at the office
mentor-relay-tpl-still = ❓ Still want support?
mentor-relay-queued = Being delivered …
mentor-relay-blocked = ⚠️ Not delivered: the person has blocked the bot.
mentor-relay-not-taken = Please take the request first.
mentor-relay-ended = This request is closed or withdrawn. Nothing was passed on.
mentor-relay-unsupported = Text, photos, files and voice messages are passed on.
