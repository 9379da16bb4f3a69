"""Steps through the shipped content that several end-to-end tests share."""

from __future__ import annotations


async def refer_in_english(user, name: str, *, via: str = "E-mail", contact: str | None = None,
                           languages: str = "Arabic", note: str = "-") -> None:
    """A referral to the Dresden project through /human, as an English-speaking person sends it.
    ``via``: the button "E-mail", "Phone" or "Here in Telegram"; ``contact``: the address or number typed."""
    await user.command("/start")
    await user.command("/human")
    await user.send("01067")
    await user.press("Yes, I agree")
    await user.send(name)
    await user.press(via)
    if contact is not None:
        await user.send(contact)
    await user.send(languages)
    await user.press("Afternoons")
    await user.send(note)
    await user.press("Yes, send")
