DRESDEN = -1001000000002
LEIPZIG = -1001000000003
MENTORS = f"""
districts:
  "14612":
    project: Arbeitsmarktmentoren Dresden (Beispielträger)
    telegram_chats: [{DRESDEN}]
  "14713":
    telegram_chats: [{LEIPZIG}]
"""

async def go(u, postal, name, latin=None):
    r = await u.command("/start")
    r = await u.press(r.labels[0])
    r = await u.send(postal)
    r = await u.press(r.labels[0])
    r = await u.press(r.labels[0])
    r = await u.press(r.labels[2])
    r = await u.press(r.labels[1])
    r = await u.press(r.labels[2])
    r = await u.press(r.labels[0])
    r = await u.press(r.labels[0])
    r = await u.press(r.labels[0])
    r = await u.send(name)
    r = await u.press(r.labels[1])
    r = await u.send("0151 23456789")
    r = await u.send("العربية، الإنجليزية")
    r = await u.press(r.labels[0])
    r = await u.send("أبحث عن تدريب في التمريض")
    r = await u.press(r.labels[0])

async def test_show(make_harness, tmp_path):
    mentors = tmp_path / "mentors.yaml"
    mentors.write_text(MENTORS)
    h = await make_harness(config={"mentors_file": mentors}, admin_ids={4242})
    group = h.group(DRESDEN)
    group.member(2001, "Maria")
    u = h.user(880044221, language_code="ar")
    await go(u, "01067", "أمينة")
    msg = await group.wait_for(lambda m: "Neue Anfrage" in m.plain)
    open("/tmp/mscratch/referral.txt","w").write(msg.plain + "\n\nBUTTONS: " + repr([b.text for b in msg.buttons]))
    await group.press(2001, "Übernehmen", message=msg)
    await group.press(2001, "Kontaktiert", message=msg)
    await group.press(2001, "Abschließen", message=msg)
    open("/tmp/mscratch/closed.txt","w").write(msg.plain + "\n\nBUTTONS: " + repr([b.text for b in msg.buttons]) + "\nANSWER: " + h.server.callback_answers[-1].text)
    await group.press(2001, "Ausbildung", message=msg)
    open("/tmp/mscratch/outcome.txt","w").write(msg.plain + "\n\nBUTTONS: " + repr([b.text for b in msg.buttons]))
    v = h.user(880044222, language_code="de")
    await go(v, "04109", "Rahel")
    w = h.user(880044223, language_code="en")
    r = await w.command("/start")
    await w.press(r.labels[0])
    x = h.user(880044224, language_code="es")
    r = await x.command("/start")
    r = await x.press(r.labels[0])
    r = await x.send("01067")
    r = await x.press(r.labels[0])
    r = await x.press(r.labels[4])
    await group.send(2001, "Hallo zusammen, wer übernimmt?")
    r = await h.user(4242, language_code="de").command("/stats")
    open("/tmp/mscratch/stats.txt","w").write("\n---\n".join(m.plain for m in r))
