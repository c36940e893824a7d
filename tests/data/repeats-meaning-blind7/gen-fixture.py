#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of customer posts to Driftwood Candle Works, a small
online shop for candles, diffusers, wax melts, candle-making kits and a
monthly scent subscription box (driftwoodcandles.example), on email,
Mastodon and Bluesky, in eight languages.

The posts were written as customers of such a shop write, without sight
of the repeat detector, its lexicon or the other labelled sets. The
labels say what a person reading the posts would say: which posts are
the same customer raising the same complaint again within 7 days
(groups), and which nearby pairs are not (follow-ups, other complaints,
other customers, the same complaint after more than 7 days). They were
never edited to fit the detector.

Writes fixture.jsonl and labels.json next to this script.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 3, 2, 10, 5, tzinfo=timezone.utc)
SHOP_MAIL = "hello@driftwoodcandles.example"
SHOP_MASTO = "@driftwoodcandles@craftodon.example"
SHOP_BSKY = "driftwoodcandles.example"
S = LabelledSet(BASE, "dc", SHOP_MAIL, SHOP_MASTO, SHOP_BSKY, "Driftwood Candle Works")
add, group, negative, reply, rid = S.add, S.group, S.negative, S.reply, S.rid
E, M, B = "email", "mastodon", "bluesky"


def mail(author, subject, text, hours, lang, name=None, links=None, thread=None, in_reply_to=None):
    return add(E, author, text, hours, lang=lang, subject=subject, name=name, links=links,
               thread=thread, in_reply_to=in_reply_to)


def answer(to, text, hours, lang):
    """The shop's mail answer in the thread of @to."""
    return reply(E, text, hours, to=rid(to), thread=rid(to), lang=lang)


# ---------------------------------------------------------------- English
a = mail("j.harrow@fastmail.example", "Order 10482 - where is it?",
         "Hi,\n\nI ordered the Sea Salt & Sage three-wick candle plus two tins of wax melts on the 20th "
         "(order #10482). Tracking hasn't moved since 'label created' last Tuesday. It's a birthday "
         "present for Saturday so I'm getting a bit nervous.\n\nThanks,\nJames Harrow", 0.4, "en",
         name="James Harrow")
r = answer(a, "Hi James, thanks for getting in touch! We're looking into this with the courier and "
              "will get back to you as soon as we hear something. Warm wishes, Ellie @ Driftwood", 5.2, "en")
b = mail("j.harrow@fastmail.example", "Re: Order 10482 - where is it?",
         "Hi Ellie, it's now Thursday evening and still nothing from you or the courier. The tracking "
         "page literally still says label created. Can you just send another one out? I really "
         "need it by Saturday.\nJames", 54.0, "en", name="James Harrow", thread=rid(a), in_reply_to=rid(r))
c = mail("j.harrow@fastmail.example", "Re: Order 10482 - where is it?",
         "hello?? birthday was yesterday. great.", 104.5, "en", name="James Harrow",
         thread=rid(a), in_reply_to=rid(b))
group("en", "one identity", a, b, c)
d = mail("j.harrow@fastmail.example", "Invoice for 10482",
         "Separate thing - the invoice you emailed for 10482 charges me £6.95 express shipping, I picked "
         "standard (free over £40). Please correct it, I need a proper invoice for work.\nJames", 150.0, "en",
         name="James Harrow")
negative("other-complaint", a, d, "same order, first late delivery then a shipping charge on the invoice")

a = add(M, "@pip_makes@mastodon.example", "@driftwoodcandles@craftodon.example my wax melt sampler arrived "
        "as one big puddle lol. the box was sitting in a hot van I guess? all 12 melts fused into a lump "
        "of fig + tobacco + something. not mad just sad, what can you do about it?", 22.0, lang="en",
        name="Pip 🕯️")
b = add(B, "pipmakes.bsky.social", "@driftwoodcandles.example tried asking on mastodon 2 days ago about my "
        "melted wax melt sampler, no reply. is anyone reading that account? it's literally a brick of wax",
        71.0, lang="en", name="Pip", links=["@pip_makes@mastodon.example"])
S.same_person.append(["mastodon:@pip_makes@mastodon.example", "bluesky:pipmakes.bsky.social"])
group("en", "profile link", a, b)

a = add(B, "rowanlately.bsky.social", "cancelled my Driftwood scent box at the end of Jan. got the "
        "'sorry to see you go' email and everything. just got billed £24 again for March. "
        "@driftwoodcandles.example ??", 30.5, lang="en", name="Rowan")
b = add(B, "rowanlately.bsky.social", "still waiting on that £24 back @driftwoodcandles.example. "
        "love how easy it is to give you money and how hard it is to stop 🙃", 97.0, lang="en", name="Rowan")
group("en", "one identity", a, b)

a = mail("claire.odowd@eircom.example", "Refund for returned diffuser",
         "Hello,\n\nI sent back the Black Pomegranate reed diffuser (it leaked) on the 10th and you "
         "confirmed receipt on the 14th. Your email said refunds take 3-5 working days. It's been well "
         "over that and nothing has come back onto my card. Order DW-10377.\n\nKind regards,\nClaire O'Dowd",
         120.0, "en", name="Claire O'Dowd")
b = add(M, "@clodowd@mastodon.ie.example", "Anyone else waiting forever on a refund from "
        "@driftwoodcandles@craftodon.example ? Returned a leaky diffuser weeks ago, emailed, silence. "
        "Lovely candles, shame about the money side.", 185.0, lang="en", name="Claire O'Dowd")
S.same_person.append(["email:claire.odowd@eircom.example", "mastodon:@clodowd@mastodon.ie.example"])
group("en", "same name only", a, b)

a = mail("bex.ware@gmail.example", "discount code",
         "hiya, tried to use SPRING15 from your newsletter at checkout and it says 'code not valid' even "
         "though it says valid til end of march?? I've got the 3 for 2 votives in my basket. "
         "can you fix or give me the discount another way? ta, Becky", 200.0, "en", name="Becky Ware")
r = answer(a, "Hi Becky, sorry about that! I've passed this to our web person to check. Ellie", 203.0, "en")
b = mail("bex.ware@gmail.example", "Re: discount code",
         "Any news? I went ahead and paid full price in the end because the votives were going out of "
         "stock, so now I'd like the 15% refunded please. Order 10611", 251.0, "en", name="Becky Ware",
         thread=rid(a), in_reply_to=rid(r))
group("en", "one identity", a, b)

# English negatives
a = mail("tomas.kirby@outlook.example", "Broken diffuser bottle",
         "Hi there, my Cedar & Smoke diffuser arrived with the glass cracked and oil all through the box. "
         "Order 10529. Tom", 60.0, "en", name="Tom Kirby")
r = answer(a, "Hi Tom, so sorry! Could you send us a photo of the bottle and the box so we can sort a "
              "replacement? Thanks, Ellie", 63.5, "en")
b = mail("tomas.kirby@outlook.example", "Re: Broken diffuser bottle",
         "Photos attached - bottle and the outer box, you can see the corner's crushed.", 66.0, "en",
         name="Tom Kirby", thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "customer sends the photos the shop asked for")

a = add(B, "mossandmarrow.bsky.social", "is driftwoodcandles.example down? getting a 502 on checkout",
        140.0, lang="en", name="Moss & Marrow")
b = add(M, "@hattie_reads@tilde.example", "@driftwoodcandles@craftodon.example your site won't load for "
        "me, just an error page. trying to order before the sale ends!", 140.6, lang="en", name="Hattie")
negative("other-customer", a, b, "two customers reporting the same outage")

a = add(M, "@samtaylor@mastodon.scot.example", "@driftwoodcandles@craftodon.example parcel shows "
        "delivered but there's nothing here, checked with the neighbours too. Order 10590.", 230.0,
        lang="en", name="Sam Taylor")
b = add(B, "samtaylor-pdx.bsky.social", "hey @driftwoodcandles.example my package says delivered but "
        "it's not on my porch?? order 10602", 236.0, lang="en", name="Sam Taylor")
S.same_name_different_people.append(["mastodon:@samtaylor@mastodon.scot.example",
                                     "bluesky:samtaylor-pdx.bsky.social"])
negative("other-customer", a, b, "two different people called Sam Taylor, different orders")

a = mail("nadia.f@proton.example", "lost parcel",
         "Hi, order 10288 (candle making kit) never arrived. Royal Mail says it's with you. Nadia", 12.0, "en",
         name="Nadia Farouk")
b = mail("nadia.f@proton.example", "kit STILL not here",
         "Hi again, nothing on 10288 still, the candle making kit. Nadia", 12.0 + 24 * 9, "en", name="Nadia Farouk")
negative("window", a, b, "same lost kit raised again nine days later")

# ---------------------------------------------------------------- Spanish
a = mail("lucia.berrocal@correo.example", "Pedido 10455 sin llegar",
         "Hola buenas,\n\nHice un pedido el día 24 (nº 10455, dos velas de soja de higo y un difusor) y "
         "todavía no me ha llegado nada. En el seguimiento pone 'en tránsito' desde hace una semana.\n\n"
         "Un saludo,\nLucía Berrocal", 3.0, "es", name="Lucía Berrocal")
r = answer(a, "Hola Lucía, gracias por escribirnos. Lo estamos revisando con la empresa de transporte y te "
              "decimos algo pronto. Un abrazo, Ellie", 26.0, "es")
b = mail("lucia.berrocal@correo.example", "RE: Pedido 10455 sin llegar",
         "Hola, han pasado dos dias y sigo sin saber nada. ¿Me podeis decir al menos dónde está el paquete?",
         75.0, "es", name="Lucía Berrocal", thread=rid(a), in_reply_to=rid(r))
c = mail("lucia.berrocal@correo.example", "RE: Pedido 10455 sin llegar",
         "Sigo esperando. Si no llega esta semana quiero que me devolvais el dinero.", 130.0, "es",
         name="Lucía Berrocal", thread=rid(a), in_reply_to=rid(b))
group("es", "one identity", a, b, c)

a = add(M, "@quique_ceramica@mastodon.example", "@driftwoodcandles@craftodon.example Buenas, me habeis "
        "cobrado dos veces el kit de iniciación (2 cargos de 39,90 en la tarjeta el mismo dia). Solo hice "
        "un pedido!", 45.0, lang="es", name="Quique")
b = add(M, "@quique_ceramica@mastodon.example", "@driftwoodcandles@craftodon.example sigo con el cargo "
        "doble eh, 80 pavos por un kit. Alguien me contesta?", 92.0, lang="es", name="Quique")
group("es", "one identity", a, b)
c = add(M, "@quique_ceramica@mastodon.example", "@driftwoodcandles@craftodon.example otra cosa: no me "
        "deja entrar en mi cuenta, dice que la contraseña es incorrecta y el correo de recuperar no llega",
        180.0, lang="es", name="Quique")
negative("other-complaint", a, c, "double charge, later cannot log in")

a = mail("mar.ortega@gmx.example", "Aroma equivocado",
         "Hola,\nPedí la vela 'Brisa de Higuera' y me ha llegado 'Tabaco y Vainilla'. El pedido es el "
         "10501. ¿Cómo hago el cambio?\nGracias\nMar", 80.0, "es", name="Mar Ortega")
b = add(B, "marortega.bsky.social", "@driftwoodcandles.example os escribí un mail hace 3 días porque me "
        "mandasteis la vela que no era (tabaco en vez de higuera) y ni caso. Para regalar no me sirve 😒",
        150.0, lang="es", name="Mar", links=["mar.ortega@gmx.example"])
S.same_person.append(["email:mar.ortega@gmx.example", "bluesky:marortega.bsky.social"])
group("es", "profile link", a, b)

a = add(B, "dani-ferrer.bsky.social", "@driftwoodcandles.example no puedo entrar en mi cuenta, le doy a "
        "'olvidé mi contraseña' y no llega ningún correo (mirado spam también)", 260.0, lang="es",
        name="Dani Ferrer")
b = add(B, "dani-ferrer.bsky.social", "@driftwoodcandles.example sigo sin poder loguearme. quiero ver mi "
        "suscripcion y no hay manera", 290.0, lang="es", name="Dani Ferrer")
group("es", "one identity", a, b)

a = mail("paco.lindo@correo.example", "Cobro duplicado",
         "Me aparece el cargo del pedido 10644 duplicado en la tarjeta. Paco", 300.0, "es", name="Paco Lindo")
b = add(M, "@irene_v@mastodon.example", "@driftwoodcandles@craftodon.example hola! me habeis cobrado "
        "dos veces la caja de suscripcion de marzo", 302.0, lang="es", name="Irene V.")
negative("other-customer", a, b, "two customers double-charged on the same day")

a = mail("rociogil@correo.example", "Devolución",
         "Hola, quiero devolver la vela grande porque el cristal llegó rajado. Rocío", 320.0, "es",
         name="Rocío Gil")
r = answer(a, "Hola Rocío, lo sentimos mucho. ¿Nos puedes pasar el número de pedido?", 322.0, "es")
b = mail("rociogil@correo.example", "Re: Devolución", "Sí, es el 10699. Gracias!", 324.5, "es",
         name="Rocío Gil", thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "gives the order number the shop asked for")

# ---------------------------------------------------------------- German
a = mail("k.brandt@web.example", "Bestellung 10466 – Glas kaputt",
         "Hallo,\n\nheute kam meine Bestellung 10466 an. Leider ist das Glas der großen Kerze 'Treibholz & "
         "Ambra' gesprungen, überall Scherben im Karton. Bitte um Ersatz.\n\nMit freundlichen Grüßen\n"
         "Katrin Brandt", 28.0, "de", name="Katrin Brandt")
r = answer(a, "Liebe Katrin, das tut uns leid! Wir schauen uns das an und melden uns. Viele Grüße, Ellie",
           31.0, "de")
b = mail("k.brandt@web.example", "AW: Bestellung 10466 – Glas kaputt",
         "Hallo nochmal, ich warte immer noch auf eine Rückmeldung wegen der kaputten Kerze. Soll ich die "
         "Scherben wegwerfen oder zurückschicken?? Grüße K. Brandt", 100.0, "de", name="Katrin Brandt",
         thread=rid(a), in_reply_to=rid(r))
group("de", "one identity", a, b)

a = mail("mschoenfeld@t-online.example", "Erstattung Rücksendung",
         "Guten Tag,\n\ndie Duftkerzen (Bestellnr. 10390) habe ich am 5. zurückgeschickt, laut DHL sind sie "
         "bei Ihnen angekommen. Die Erstattung von 54,80 € fehlt aber noch.\n\nMfG\nMarkus Schönfeld",
         50.0, "de", name="Markus Schönfeld")
b = mail("mschoenfeld@t-online.example", "Erstattung Rücksendung - 2. Anfrage",
         "Guten Tag, ich hatte am Montag wegen der Erstattung für 10390 geschrieben. Bisher keine Antwort "
         "und kein Geld. Bitte um kurze Info. M. Schönfeld", 118.0, "de", name="Markus Schönfeld")
c = add(M, "@markus_s@chaos.example", "Seit fast 2 Wochen warte ich auf mein Geld von "
        "@driftwoodcandles@craftodon.example. Ware zurück, Geld weg, Mails unbeantwortet. Toll.",
        190.0, lang="de", name="Markus Schönfeld")
S.same_person.append(["email:mschoenfeld@t-online.example", "mastodon:@markus_s@chaos.example"])
group("de", "same name only", a, b, c)

a = add(M, "@lotte_liest@norden.example", "@driftwoodcandles@craftodon.example Der Gutschein "
        "WILLKOMMEN10 wird bei mir im Warenkorb nicht abgezogen. Mach ich was falsch?", 160.0, lang="de",
        name="Lotte")
b = add(M, "@lotte_liest@norden.example", "@driftwoodcandles@craftodon.example Hallo? Code geht immer "
        "noch nicht 🤷‍♀️", 186.0, lang="de", name="Lotte")
group("de", "one identity", a, b)
c = add(M, "@lotte_liest@norden.example", "@driftwoodcandles@craftodon.example Hab jetzt ohne Gutschein "
        "bestellt, aber die Versandbestätigung fehlt seit 4 Tagen. Kommt da noch was?", 290.0, lang="de",
        name="Lotte")
negative("other-complaint", a, c, "coupon not applied, later no shipping confirmation")

a = mail("buchhaltung@atelier-kern.example", "Rechnung RE-2026-0311 fehlerhaft",
         "Sehr geehrte Damen und Herren,\n\nauf der Rechnung RE-2026-0311 zu Bestellung 10512 fehlt unsere "
         "USt-IdNr. und die Firma ist falsch geschrieben (Atelier Kern GmbH, nicht 'Kern Atelier'). Bitte "
         "korrigierte Rechnung schicken.\n\nFreundliche Grüße\nSabine Kern", 210.0, "de", name="Sabine Kern")
b = mail("buchhaltung@atelier-kern.example", "WG: Rechnung RE-2026-0311 fehlerhaft",
         "Erinnerung: die korrigierte Rechnung brauchen wir bis Monatsende für die Buchhaltung. S. Kern",
         280.0, "de", name="Sabine Kern")
group("de", "one identity", a, b)

a = mail("jonas.weber@posteo.example", "Bestellung 10488 nicht angekommen",
         "Hallo, unsere Bestellung 10488 ist immer noch nicht da. Jonas Weber", 90.0, "de", name="Jonas Weber")
b = mail("hanna.weber@posteo.example", "Wo bleibt unser Paket?",
         "Hallo, mein Mann hat schon geschrieben, aber ich frag auch mal: das Paket mit den Wachsmelts "
         "(10488) ist nach 10 Tagen noch nicht da. Hanna", 110.0, "de", name="Hanna Weber")
negative("other-customer", a, b, "a couple sharing one order, both writing")

a = mail("anna.mueller@gmx.example", "Gutscheincode",
         "Hallo, mein Gutscheincode wird nicht angenommen. Anna Müller", 340.0, "de", name="Anna Müller")
b = add(M, "@annamueller@social.example", "@driftwoodcandles@craftodon.example Euer Rabattcode im "
        "Newsletter funktioniert nicht", 344.0, lang="de", name="Anna Müller")
S.same_name_different_people.append(["email:anna.mueller@gmx.example", "mastodon:@annamueller@social.example"])
negative("other-customer", a, b, "two different people called Anna Müller with the same coupon problem")

a = mail("f.stein@web.example", "Duftkerze beschädigt",
         "Hallo, die Kerze aus Bestellung 10540 ist an der Seite eingedellt und der Docht ist abgeknickt. "
         "Felix Stein", 240.0, "de", name="Felix Stein")
b = mail("f.stein@web.example", "Re: Duftkerze beschädigt",
         "PS: Foto anbei, sieht man gut am Rand.", 240.8, "de", name="Felix Stein",
         thread=rid(a), in_reply_to=rid(a))
negative("follow-up", a, b, "PS with the photo, same thread")

# ---------------------------------------------------------------- French
a = mail("helene.roussel@orange.example", "Colis marqué livré mais rien reçu",
         "Bonjour,\n\nLe suivi de ma commande n° 10471 indique 'livré' depuis hier 14h mais je n'ai rien "
         "reçu, ni dans la boîte aux lettres ni chez la gardienne. Pouvez-vous ouvrir une enquête ?\n\n"
         "Cordialement,\nHélène Roussel", 40.0, "fr", name="Hélène Roussel")
b = mail("helene.roussel@orange.example", "Relance : cde 10471",
         "Bonjour, je me permets de relancer : toujours pas de colis et aucune réponse de votre part. "
         "H. Roussel", 112.0, "fr", name="Hélène Roussel")
group("fr", "one identity", a, b)
c = mail("helene.roussel@orange.example", "Mauvais parfum",
         "Bonjour, ma deuxième commande (10560) est bien arrivée mais c'est la bougie Figue au lieu de "
         "Bois flotté. H. Roussel", 250.0, "fr", name="Hélène Roussel")
negative("other-complaint", a, c, "parcel not received, then wrong scent in another order")

a = add(B, "chloe-dlm.bsky.social", "@driftwoodcandles.example j'ai résilié ma box parfum le 28 fév et "
        "vous m'avez quand même prélevé 24€ le 1er mars... merci de rembourser", 8.0, lang="fr",
        name="Chloé D.")
b = mail("chloe.delamare@free.example", "Abonnement résilié mais prélevé",
         "Bonjour,\nJe vous ai écrit sur Bluesky il y a quelques jours sans réponse. J'ai résilié "
         "l'abonnement box le 28/02 (j'ai le mail de confirmation) et j'ai quand même été débitée de 24 € "
         "le 01/03. Merci de me rembourser.\nChloé Delamare", 78.0, "fr", name="Chloé Delamare",
         links=["chloe-dlm.bsky.social"])
S.same_person.append(["bluesky:chloe-dlm.bsky.social", "email:chloe.delamare@free.example"])
group("fr", "profile link", a, b)

a = add(M, "@bastien_fait_des_trucs@piaille.example", "@driftwoodcandles@craftodon.example Reçu le kit "
        "bougie débutant, super packaging, mais il manque les mèches ! Impossible de commencer 😅",
        96.0, lang="fr", name="Bastien")
b = add(M, "@bastien_fait_des_trucs@piaille.example", "@driftwoodcandles@craftodon.example toujours "
        "pas de nouvelles pour les mèches manquantes ? la cire attend sagement sur l'étagère", 140.0,
        lang="fr", name="Bastien")
c = add(M, "@bastien_fait_des_trucs@piaille.example", "Bon. Une semaine sans mèches, j'ai fini par en "
        "acheter au magasin de loisirs créatifs. Merci @driftwoodcandles@craftodon.example pour le "
        "kit 'complet'.", 196.0, lang="fr", name="Bastien")
group("fr", "one identity", a, b, c)

a = mail("g.perrin@laposte.example", "Étiquette de retour",
         "Bonjour, j'ai demandé un retour pour le diffuseur (commande 10533) il y a trois jours, on "
         "m'a dit que je recevrais l'étiquette par mail mais rien. Merci. Gilles Perrin", 220.0, "fr",
         name="Gilles Perrin")
b = mail("g.perrin@laposte.example", "Re: Étiquette de retour",
         "Toujours pas d'étiquette. Vérifié les spams. Je fais comment pour renvoyer le colis ?", 262.0,
         "fr", name="Gilles Perrin", thread=rid(a), in_reply_to=rid(a))
group("fr", "one identity", a, b)

a = mail("manon.leclerc@sfr.example", "Bougie cassée",
         "Bonjour, ma bougie est arrivée cassée. Manon", 270.0, "fr", name="Manon Leclerc")
r = answer(a, "Bonjour Manon, désolés ! Pouvez-vous nous donner votre numéro de commande ?", 272.0, "fr")
b = mail("manon.leclerc@sfr.example", "Re: Bougie cassée",
         "Bonjour, c'est la commande 10671, au nom de Leclerc. Bonne journée", 275.0, "fr",
         name="Manon Leclerc", thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "gives the order number the shop asked for")

a = add(B, "yannlb.bsky.social", "@driftwoodcandles.example colis 10399 perdu ? suivi bloqué depuis "
        "10 jours", 20.0, lang="fr", name="Yann")
b = add(B, "yannlb.bsky.social", "@driftwoodcandles.example toujours rien pour le 10399, le suivi "
        "n'a pas bougé", 20.0 + 24 * 10, lang="fr", name="Yann")
negative("window", a, b, "same lost parcel raised again ten days later")

# ---------------------------------------------------------------- Portuguese
a = mail("renata.alves@uol.example", "Pedido atrasado",
         "Olá, boa tarde!\n\nFiz o pedido 10459 há duas semanas (vela de alecrim e um kit de velas) e até "
         "agora nada. O prazo era de 7 dias úteis. Podem verificar?\n\nObrigada,\nRenata Alves", 15.0,
         "pt", name="Renata Alves")
b = mail("renata.alves@uol.example", "Re: Pedido atrasado",
         "Oi, ninguém respondeu ainda... continua sem chegar. Vou ter que abrir reclamação?", 86.0, "pt",
         name="Renata Alves", thread=rid(a), in_reply_to=rid(a))
group("pt", "one identity", a, b)

a = add(B, "tiagoferreira.bsky.social", "@driftwoodcandles.example fui cobrado duas vezes pela caixa "
        "de assinatura este mês, €24 + €24. podem ver isto?", 130.0, lang="pt", name="Tiago Ferreira")
b = add(M, "@tferreira@masto.pt.example", "@driftwoodcandles@craftodon.example continuo com a "
        "cobrança em duplicado da subscrição. já reclamei no bluesky e nada", 175.0, lang="pt",
        name="Tiago Ferreira")
S.same_person.append(["bluesky:tiagoferreira.bsky.social", "mastodon:@tferreira@masto.pt.example"])
group("pt", "same name only", a, b)

a = add(M, "@biaflores@mastodon.example", "@driftwoodcandles@craftodon.example o difusor de Flor de "
        "Laranjeira chegou com o frasco partido, o óleo vazou todo na caixa 😢 encomenda #10520", 150.0,
        lang="pt", name="Bia")
b = add(M, "@biaflores@mastodon.example", "@driftwoodcandles@craftodon.example alguma novidade sobre "
        "o difusor partido? a caixa ainda cheira a laranjeira lol mas queria o difusor", 199.0, lang="pt",
        name="Bia")
group("pt", "one identity", a, b)

a = mail("joaopedro.m@gmail.example", "site dando erro no pagamento",
         "Bom dia. Toda vez que tento finalizar a compra o site trava na hora do pagamento e volta pro "
         "carrinho. Já tentei no celular e no notebook. Abraço, João Pedro", 310.0, "pt",
         name="João Pedro Martins")
b = mail("joaopedro.m@gmail.example", "Re: site dando erro no pagamento",
         "Tentei de novo agora, mesma coisa, trava no pagamento. Vocês estão cientes?", 335.0, "pt",
         name="João Pedro Martins", thread=rid(a), in_reply_to=rid(a))
group("pt", "one identity", a, b)
c = mail("joaopedro.m@gmail.example", "cupom",
         "Consegui comprar finalmente (pedido 10720) mas o cupom de frete grátis não foi aplicado. "
         "João Pedro", 390.0, "pt", name="João Pedro Martins")
negative("other-complaint", a, c, "checkout crash, later free-shipping coupon not applied")

a = add(M, "@mariacosta@mastodon.example", "@driftwoodcandles@craftodon.example a minha encomenda "
        "ainda não chegou, já passaram 12 dias", 60.0, lang="pt", name="Maria Costa")
b = add(B, "mariacosta.bsky.social", "@driftwoodcandles.example meu pedido ainda não chegou, "
        "alguém pode ver? nº 10481", 66.0, lang="pt", name="Maria Costa")
S.same_name_different_people.append(["mastodon:@mariacosta@mastodon.example", "bluesky:mariacosta.bsky.social"])
negative("other-customer", a, b, "two different people called Maria Costa, both waiting for a parcel")

a = mail("sofia.n@sapo.example", "Vela partida",
         "Boa tarde, a vela chegou com o vidro rachado, pedido 10580. Sofia Nunes", 200.0, "pt",
         name="Sofia Nunes")
b = mail("sofia.n@sapo.example", "Vela partida (outra vez)",
         "Boa tarde, escrevi há mais de uma semana sobre a vela com o vidro rachado (10580) e ainda não "
         "tive resposta. Sofia", 200.0 + 24 * 8.5, "pt", name="Sofia Nunes")
negative("window", a, b, "same cracked candle raised again eight and a half days later")

# ---------------------------------------------------------------- Italian
a = mail("f.rinaldi@libero.example", "Ordine 10463 non ancora arrivato",
         "Buongiorno,\n\nho ordinato due candele e le cere profumate il 22 (ordine n. 10463) ma non è "
         "ancora arrivato niente e il tracking non si aggiorna.\n\nCordiali saluti\nFrancesca Rinaldi",
         35.0, "it", name="Francesca Rinaldi")
r = answer(a, "Buongiorno Francesca, stiamo verificando con il corriere, ti aggiorniamo a breve. Ellie",
           38.0, "it")
b = mail("f.rinaldi@libero.example", "R: Ordine 10463 non ancora arrivato",
         "Salve, sono passati 4 giorni dal vostro 'vi aggiorniamo a breve'. Il pacco dov'è?", 135.0, "it",
         name="Francesca Rinaldi", thread=rid(a), in_reply_to=rid(r))
group("it", "one identity", a, b)

a = add(M, "@davide_legno@mastodon.uno.example", "@driftwoodcandles@craftodon.example ciao, ho reso il "
        "kit per candele 2 settimane fa e il rimborso non si vede. come funziona?", 170.0, lang="it",
        name="Davide")
b = mail("davide.conti@tiscali.example", "rimborso reso kit candele",
         "Buonasera,\nvi avevo scritto su Mastodon qualche giorno fa. Il rimborso per il kit reso "
         "(ordine 10422) non è ancora arrivato sul conto. Potete controllare?\nGrazie\nDavide Conti",
         238.0, "it", name="Davide Conti", links=["@davide_legno@mastodon.uno.example"])
S.same_person.append(["mastodon:@davide_legno@mastodon.uno.example", "email:davide.conti@tiscali.example"])
group("it", "profile link", a, b)

a = add(B, "giuliabianchi.bsky.social", "@driftwoodcandles.example ho ordinato le wax melts color "
        "salvia e mi sono arrivate rosa 🤔 profumo giusto ma colore sbagliato, per un regalo non va bene",
        280.0, lang="it", name="Giulia")
b = add(B, "giuliabianchi.bsky.social", "@driftwoodcandles.example quindi per il colore sbagliato? "
        "nessuno risponde?", 330.0, lang="it", name="Giulia")
group("it", "one identity", a, b)
c = add(B, "giuliabianchi.bsky.social", "@driftwoodcandles.example mi avete detto di rimandarle indietro "
        "ma l'etichetta per il reso non mi è mai arrivata", 410.0, lang="it", name="Giulia")
negative("other-complaint", a, c, "wrong colour, later return label not received")

a = add(M, "@robertapi@mastodon.example", "@driftwoodcandles@craftodon.example il sito non si apre, "
        "errore 502", 140.2, lang="it", name="Roberta")
b = add(B, "lucaspina.bsky.social", "@driftwoodcandles.example sito giù? non riesco a pagare", 141.0,
        lang="it", name="Luca Spina")
negative("other-customer", a, b, "two customers reporting the same outage")

a = mail("marco.galli@alice.example", "candela rovinata",
         "Buongiorno, la candela grande è arrivata con la superficie tutta rovinata. Ordine 10600.", 250.0,
         "it", name="Marco Galli")
b = mail("marco.galli@alice.example", "Re: candela rovinata",
         "Dimenticavo: anche la scatola esterna era aperta, come se qualcuno l'avesse già aperta prima.",
         251.5, "it", name="Marco Galli", thread=rid(a), in_reply_to=rid(a))
negative("follow-up", a, b, "adds a detail about the box, same thread")

# ---------------------------------------------------------------- Dutch
a = mail("e.vandijk@ziggo.example", "Pakket bezorgd maar niet ontvangen",
         "Goedemiddag,\n\nVolgens PostNL is mijn bestelling (10474) gisteren om 16:12 bezorgd, maar ik heb "
         "niks gekregen. Ook niet bij de buren. Kunnen jullie dit uitzoeken?\n\nMet vriendelijke groet,\n"
         "Eva van Dijk", 48.0, "nl", name="Eva van Dijk")
r = answer(a, "Hoi Eva, vervelend! We hebben het doorgegeven aan PostNL en laten het je weten. Ellie",
           52.0, "nl")
b = mail("e.vandijk@ziggo.example", "RE: Pakket bezorgd maar niet ontvangen",
         "Hoi Ellie, heb je al iets van PostNL gehoord? Ik heb nog steeds geen pakket.", 122.0, "nl",
         name="Eva van Dijk", thread=rid(a), in_reply_to=rid(r))
c = mail("e.vandijk@ziggo.example", "RE: Pakket bezorgd maar niet ontvangen",
         "Nog steeds niks. Graag opnieuw versturen of geld terug.\nEva", 176.0, "nl", name="Eva van Dijk",
         thread=rid(a), in_reply_to=rid(b))
group("nl", "one identity", a, b, c)

a = add(B, "bramdevries.bsky.social", "@driftwoodcandles.example jullie bezorger gooide het pakket "
        "gewoon over het hek en riep nog 'succes ermee' toen ik er iets van zei. Kaars uiteraard "
        "gebroken. Top service.", 100.0, lang="nl", name="Bram de Vries")
b = mail("bram.devries@kpn.example", "Klacht over bezorger",
         "Hallo,\n\nIk wil een officiële klacht indienen over de bezorger van mijn pakket (bestelling "
         "10497). Hij gooide het pakket over het hek en was onbeschoft toen ik hem aansprak. Ik heb dit "
         "ook al op Bluesky gezet maar geen reactie.\n\nGroet,\nBram de Vries", 165.0, "nl",
         name="Bram de Vries")
S.same_person.append(["bluesky:bramdevries.bsky.social", "email:bram.devries@kpn.example"])
group("nl", "same name only", a, b)

a = add(M, "@noor_knutselt@mastodon.nl.example", "@driftwoodcandles@craftodon.example de app crasht "
        "elke keer als ik op 'mijn abonnement' tik (iPhone 13)", 300.0, lang="nl", name="Noor")
b = add(M, "@noor_knutselt@mastodon.nl.example", "@driftwoodcandles@craftodon.example nog steeds "
        "crash bij abonnement openen, ook na update. kan mijn box dus niet pauzeren", 370.0, lang="nl",
        name="Noor")
group("nl", "one identity", a, b)

a = mail("w.smit@hotmail.example", "geurstokjes",
         "Hallo, de rietjes van de diffuser zaten niet in het pakket. Groet Wim", 260.0, "nl", name="Wim Smit")
r = answer(a, "Hoi Wim, sorry! Kun je een foto van de inhoud van de doos sturen?", 262.0, "nl")
b = mail("w.smit@hotmail.example", "Re: geurstokjes", "Foto zit in de bijlage. Wim", 270.0, "nl",
         name="Wim Smit", thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "sends the photo the shop asked for")

a = add(M, "@jeroen_k@mastodon.nl.example", "@driftwoodcandles@craftodon.example mijn bestelling 10430 "
        "is nog steeds niet verzonden??", 5.0, lang="nl", name="Jeroen")
b = add(M, "@jeroen_k@mastodon.nl.example", "@driftwoodcandles@craftodon.example 10430 nog steeds "
        "niet verzonden, wat is er aan de hand", 5.0 + 24 * 8, lang="nl", name="Jeroen")
negative("window", a, b, "same unshipped order raised again eight days later")

# ---------------------------------------------------------------- Catalan
a = mail("marta.puig@xtec.example", "Comanda 10468 endarrerida",
         "Bon dia,\n\nVaig fer la comanda 10468 fa deu dies i encara no ha arribat. Al seguiment no surt "
         "res de nou des de dilluns.\n\nGràcies,\nMarta Puig", 65.0, "ca", name="Marta Puig")
b = mail("marta.puig@xtec.example", "Re: Comanda 10468 endarrerida",
         "Bon dia, encara res. Em podeu dir alguna cosa?? Marta", 140.0, "ca", name="Marta Puig",
         thread=rid(a), in_reply_to=rid(a))
group("ca", "one identity", a, b)
c = mail("marta.puig@xtec.example", "Factura comanda 10468",
         "Hola, per fi ha arribat, però a la factura hi ha el NIF malament i l'adreça antiga. "
         "Me la podeu refer? Marta", 300.0, "ca", name="Marta Puig")
negative("other-complaint", a, c, "same order, first late then wrong tax number on the invoice")

a = add(M, "@jordi_espelmes@mastodont.cat.example", "@driftwoodcandles@craftodon.example el codi "
        "PRIMAVERA15 no em funciona, diu que no és vàlid", 205.0, lang="ca", name="Jordi")
b = add(B, "jordiespelmes.bsky.social", "@driftwoodcandles.example us ho vaig dir a Mastodon: el codi de "
        "descompte no s'aplica. Ja he pagat sense descompte, m'ho torneu?", 248.0, lang="ca",
        name="Jordi", links=["@jordi_espelmes@mastodont.cat.example"])
S.same_person.append(["mastodon:@jordi_espelmes@mastodont.cat.example", "bluesky:jordiespelmes.bsky.social"])
group("ca", "profile link", a, b)

a = mail("nuria.ferrer@gmail.example", "Espelma trencada",
         "Hola,\n\nL'espelma gran de fusta i ambre (comanda 10575) ha arribat amb el got trencat. "
         "Us adjunto foto.\n\nSalutacions,\nNúria Ferrer", 330.0, "ca", name="Núria Ferrer")
b = add(M, "@nuriaferrer@mastodont.cat.example", "@driftwoodcandles@craftodon.example fa 3 dies que us "
        "vaig enviar un correu per l'espelma que em va arribar trencada i res de res", 402.0, lang="ca",
        name="Núria Ferrer")
S.same_person.append(["email:nuria.ferrer@gmail.example", "mastodon:@nuriaferrer@mastodont.cat.example"])
group("ca", "same name only", a, b)

# ---------------------------------------------------------------- filler: one-off questions
add(B, "lilypadcrafts.bsky.social", "@driftwoodcandles.example are your wax melts soy or paraffin? "
    "asking for my cat-owning self", 9.0, lang="en", name="Lily")
mail("g.hendry@btinternet.example", "Wholesale?",
     "Hello, I run a small gift shop in Whitby and wondered if you do wholesale pricing on the 200g candles? "
     "Best, Graham", 57.0, "en", name="Graham Hendry")
add(M, "@oakandink@mastodon.example", "@driftwoodcandles@craftodon.example what's the burn time on the "
    "big three-wick one?", 188.0, lang="en", name="oak & ink")
add(B, "carmenrr.bsky.social", "@driftwoodcandles.example ¿enviáis a Canarias?", 115.0, lang="es",
    name="Carmen")
mail("alvaro.ibz@correo.example", "Regalo",
     "Hola, ¿podéis incluir una nota de regalo sin precio en el paquete? Gracias, Álvaro", 275.0, "es",
     name="Álvaro Ibáñez")
add(M, "@kerzenkind@troet.example", "@driftwoodcandles@craftodon.example Gibt's das Starter-Kit auch "
    "mit Bienenwachs statt Soja?", 70.0, lang="de", name="Kerzenkind")
mail("ute.h@gmx.example", "Versand nach Österreich",
     "Guten Tag, liefern Sie auch nach Österreich und wie hoch sind die Versandkosten? Ute Hofer", 228.0,
     "de", name="Ute Hofer")
add(B, "amelie-p.bsky.social", "@driftwoodcandles.example vos bougies sont-elles sans phtalates ?",
    145.0, lang="fr", name="Amélie")
mail("p.gauthier@wanadoo.example", "Box du mois",
     "Bonjour, quel est le thème de la box de mars ? Merci, Pascale", 350.0, "fr", name="Pascale Gauthier")
add(M, "@lucasmendes@mastodon.example", "@driftwoodcandles@craftodon.example vocês enviam para o "
    "Brasil?", 210.0, lang="pt", name="Lucas Mendes")
add(B, "ines-r.bsky.social", "@driftwoodcandles.example o kit de velas serve para crianças de 10 anos?",
    360.0, lang="pt", name="Inês")
mail("chiara.m@libero.example", "Info profumi",
     "Buongiorno, la candela 'Legno e Ambra' ha un profumo forte o delicato? Grazie, Chiara", 82.0, "it",
     name="Chiara Marino")
add(M, "@pietro_v@mastodon.uno.example", "@driftwoodcandles@craftodon.example si può regalare "
    "l'abbonamento per 3 mesi?", 420.0, lang="it", name="Pietro")
add(B, "sanne-b.bsky.social", "@driftwoodcandles.example verkopen jullie ook losse navulling voor de "
    "geurstokjes?", 215.0, lang="nl", name="Sanne")
mail("laia.soler@gmail.example", "Punt de recollida",
     "Hola! Es pot enviar a un punt de recollida en lloc de casa? Gràcies, Laia", 160.0, "ca",
     name="Laia Soler")
add(M, "@pere_m@mastodont.cat.example", "@driftwoodcandles@craftodon.example les espelmes són "
    "veganes?", 380.0, lang="ca", name="Pere")

S.write(HERE, "Labelled repeats in other words for Driftwood Candle Works, written without sight of "
              "the detector; see gen-fixture.py")
