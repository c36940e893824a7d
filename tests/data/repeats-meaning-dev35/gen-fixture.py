#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words: posts to a small surf shop
(Tidepool Surf Co.: surfboards, wetsuit repair kits, board bags, surf
lessons booked online) on email, Mastodon and Bluesky, in eight languages.

A repeat is the same customer (one person, maybe on two channels) raising
the same complaint again within 7 days. The negatives are follow-ups that
add what the shop asked for, other complaints by the same customer, the
same complaint by other customers (an outage, a couple sharing an order,
two people with one display name) and the same complaint after more than
7 days.

The set was written without sight of the detector, its lexicon or the
other sets. The labels say what a person reading the posts would say;
they were never edited to fit the detector.

Writes fixture.jsonl and labels.json next to this script.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 8, 31, 7, 35, tzinfo=timezone.utc)
s = LabelledSet(BASE, "ts", "aloha@tidepoolsurf.example", "@tidepool@waves.social",
                "tidepoolsurf.bsky.social", "Tidepool Surf Co.")
rid = s.rid


def mail(author, name, subject, text, h, lang, thread=None, irt=None, links=None):
    return s.add("email", author, text, h, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def masto(author, name, text, h, lang, links=None, thread=None, irt=None):
    return s.add("mastodon", author, text, h, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=irt)


def bsky(author, name, text, h, lang, links=None, thread=None, irt=None):
    return s.add("bluesky", author, text, h, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=irt)


def shop_mail(text, h, first, to, lang):
    return s.reply("email", text, h, rid(to), rid(first), lang)


def shop_post(channel, text, h, to, lang):
    return s.reply(channel, text, h, rid(to), rid(to), lang)


# ---------------------------------------------------------------- English

# G1: late board, same mail thread after a non-committal answer
a = mail("jake.morrow@fastmail.example", "Jake Morrow", "Order TS-41877 - where is my board?",
         "Hi there,\n\nI ordered the 6'2\" Kelp Fish (order TS-41877) on the 20th and the tracking "
         "hasn't updated since it left your warehouse. It said 3-5 working days. Can you find out "
         "what's going on? I'd like it for the swell this weekend.\n\nCheers,\nJake", 2, "en")
r = shop_mail("Hi Jake, thanks for getting in touch. We're looking into it with the courier and "
              "will get back to you as soon as we hear something. Mahalo, Kai @ Tidepool", 9, a, a, "en")
b = mail("jake.morrow@fastmail.example", "Jake Morrow", "Re: Order TS-41877 - where is my board?",
         "Kai,\n\nThat was four days ago. Tracking still says \"in transit - Bristol hub\", same as "
         "last week. Swell's been and gone. Is this board actually coming or not?\n\nJake",
         100, "en", thread=rid(a), irt=rid(r))
s.group("en", "one identity", a, b)
# other complaint, same order: the invoice
c = mail("jake.morrow@fastmail.example", "Jake Morrow", "Invoice for TS-41877 wrong",
         "Hi, board finally turned up yesterday, thanks. Small thing though - the invoice you "
         "emailed charges me £489 which is the 6'6\" price, I paid £459 for the 6'2\". Can you send "
         "a corrected one? Need it for my records.\nJake", 170, "en")
s.negative("other-complaint", b, c, "same order, first late delivery, then a wrong invoice amount")

# G2: wetsuit repair kit without the cement, triple on Mastodon
a = masto("@saltydog@mastodon.scot", "Fraser 🌊",
          "Got my wetsuit repair kit from @tidepool@waves.social today. Patches, a little brush, "
          "instructions... and no neoprene cement. So a very nice kit for looking at.", 20, "en")
b = masto("@saltydog@mastodon.scot", "Fraser 🌊",
          "@tidepool@waves.social hiya, any chance of getting the glue tube that was meant to be in "
          "my repair kit? Knee's split on my 4/3 and it's getting nippy up here", 58, "en")
c = masto("@saltydog@mastodon.scot", "Fraser 🌊",
          "day 5 of surfing with a hole in my knee because the repair kit came without the one thing "
          "that makes it a repair kit. cheers @tidepool@waves.social 🙃", 131, "en")
s.group("en", "one identity", a, b, c)

# G3: lesson refund, email then Bluesky with a profile link
a = mail("priya.nair@outlook.example", "Priya Nair", "Refund for cancelled lesson",
         "Hello,\n\nI cancelled my Saturday 9am beginner lesson (booking ref LSN-2290) more than 48h "
         "ahead, as your terms say, and was told I'd get a full refund of £65. It's been 10 days and "
         "nothing has come back to my card. Could you check please?\n\nThanks,\nPriya", 30, "en")
b = bsky("priyanair.bsky.social", "Priya N.",
         "Cancelled a surf lesson with @tidepoolsurf.bsky.social well within the window, emailed "
         "them about my refund on Tuesday, total silence. £65 isn't nothing, guys.", 95, "en",
         links=["priya.nair@outlook.example"])
s.group("en", "profile link", a, b)
s.same_person.append(["email:priya.nair@outlook.example", "bluesky:priyanair.bsky.social"])

# G4: charged twice, Bluesky pair
a = bsky("mattyk.bsky.social", "Matty K",
         "@tidepoolsurf.bsky.social hey, I've been charged twice for my board bag. Two lots of £74.99 "
         "on my statement, same day. Only ordered one bag. Can you sort it?", 44, "en")
r = shop_post("bluesky", "Hi Matty, sorry about that! Could you DM us the order number and we'll "
              "check with our payment provider.", 47, a, "en")
b = bsky("mattyk.bsky.social", "Matty K",
         "DMed you the order number on wednesday and heard nothing. still £75 down. "
         "@tidepoolsurf.bsky.social", 120, "en")
s.group("en", "one identity", a, b)

# G5: dinged board, email then Mastodon, same name only
a = mail("t.hadley@proton.example", "Tom Hadley", "Board arrived damaged",
         "Hi,\n\nMy 7'0 Driftwood Mid arrived this morning with a proper ding on the left rail, about "
         "3cm, through the glass. The box was fine so it must have happened before packing. "
         "Order number 42015. Photos attached. What do you want me to do?\n\nTom Hadley", 52, "en")
r = shop_mail("Hi Tom, sorry to hear that. We've passed your photos on to the workshop and "
              "will let you know. Tidepool Surf Co.", 60, a, a, "en")
b = masto("@tomh@surfers.town", "Tom Hadley",
          "Brand new board from @tidepool@waves.social, ding in the rail out of the box. Emailed "
          "photos, got a 'we'll let you know'. That was days ago. Can't surf it like this.",
          140, "en")
s.group("en", "same name only", a, b)
s.same_person.append(["email:t.hadley@proton.example", "mastodon:@tomh@surfers.town"])

# G6: password reset mail never arrives; follow-up with the address asked for
a = mail("dee.osei@gmail.example", "Dee Osei", "can't log in",
         "hi, I can't get into my account to book lessons. I click forgot password and the email "
         "never comes, checked spam too. tried like 5 times", 70, "en")
r = shop_mail("Hi Dee, which email address is your account registered under? It may not be "
              "this one. Thanks, Tidepool", 73, a, a, "en")
f = mail("dee.osei@gmail.example", "Dee Osei", "Re: can't log in",
         "oh good point, it might be my old uni one: d.osei@student.example", 74, "en",
         thread=rid(a), irt=rid(r))
s.negative("follow-up", a, f, "gives the address the shop asked for")
r2 = shop_mail("Thanks Dee, we've sent a fresh reset link to that address.", 78, a, f, "en")
b = mail("dee.osei@gmail.example", "Dee Osei", "Re: can't log in",
         "still no link. not on either email. honestly I just want to book a lesson, why is this "
         "so hard", 102, "en", thread=rid(a), irt=rid(r2))
s.group("en", "one identity", a, b)

# other customer: outage on the lesson checkout
o1 = bsky("coastalcarla.bsky.social", "Carla",
          "is the @tidepoolsurf.bsky.social booking page down for anyone else? checkout just spins",
          150, "en")
o2 = masto("@benwaves@mastodon.social", "Ben",
           "@tidepool@waves.social your lesson checkout is throwing a 502, tried on phone and laptop",
           150.4, "en")
s.negative("other-customer", o1, o2, "two customers hit by the same outage")
# other customer: a couple on one order
o3 = mail("lucy.brand@mailbox.example", "Lucy Brand", "Order 42188 not arrived",
          "Hello, we ordered a soft-top 8' for our son (order 42188) and it still hasn't arrived. "
          "Any update? Lucy", 200, "en")
o4 = mail("mark.brand@mailbox.example", "Mark Brand", "42188",
          "Hi, my wife emailed earlier about order 42188, the foamie. Just to add my voice - it's "
          "his birthday Saturday. Mark", 206, "en")
s.negative("other-customer", o3, o4, "husband and wife about the same order: two people")
# same display name, different people
o5 = mail("sam.reid@inbox.example", "Sam Reid", "Board bag zip broken",
          "The zip on my day bag (order 41760) split on the second use. Not impressed. Sam, Cornwall",
          230, "en")
o6 = bsky("samreid-sk8.bsky.social", "Sam Reid",
          "zip on my @tidepoolsurf.bsky.social coffin bag gave up on the drive to Hossegor. "
          "bought it in the spring sale, so just outside returns?", 240, "en")
s.negative("other-customer", o5, o6, "two different people called Sam Reid, different bags")
s.same_name_different_people.append(["email:sam.reid@inbox.example", "bluesky:samreid-sk8.bsky.social"])
# window
w1 = masto("@ollie_p@fosstodon.example", "Ollie",
           "@tidepool@waves.social wax subscription box for this month hasn't shown up", 10, "en")
w2 = masto("@ollie_p@fosstodon.example", "Ollie",
           "@tidepool@waves.social wax box not here again this month?? did something change", 260, "en")
s.negative("window", w1, w2, "same complaint ten days later")

# ---------------------------------------------------------------- Spanish

# G7: wrong bag size, photo follow-up, then repeat in the thread
a = mail("alvaro.ruizg@correo.example", "Álvaro Ruiz", "Funda equivocada pedido 41933",
         "Hola buenas,\n\nhe recibido la funda para mi tabla pero es de 6'0 y yo pedi la de 7'2, "
         "que es la que cabe mi evolutiva. Pedido 41933. Como lo hacemos?\n\nUn saludo\nÁlvaro",
         12, "es")
r = shop_mail("Hola Álvaro, ¿nos puedes mandar una foto de la etiqueta de la funda? Gracias.",
              15, a, a, "es")
f = mail("alvaro.ruizg@correo.example", "Álvaro Ruiz", "Re: Funda equivocada pedido 41933",
         "Ahi va la foto de la etiqueta, pone 6'0 clarisimamente.", 16, "es",
         thread=rid(a), irt=rid(r))
s.negative("follow-up", a, f, "sends the photo the shop asked for")
r2 = shop_mail("Gracias, lo estamos revisando con el almacén.", 20, a, f, "es")
b = mail("alvaro.ruizg@correo.example", "Álvaro Ruiz", "Re: Funda equivocada pedido 41933",
         "Hola otra vez. Van 5 dias de 'lo estamos revisando'. Sigo con una funda que no me sirve "
         "y la tabla sin funda. Me mandais la buena o que?", 135, "es", thread=rid(a), irt=rid(r2))
s.group("es", "one identity", a, b)

# G8: discount code, triple on Mastodon
a = masto("@nereaolas@mastodon.eus", "Nerea",
          "@tidepool@waves.social el codigo VERANO10 no me lo aplica en el carrito, me dice que no "
          "es valido pero lo teneis puesto en vuestro perfil", 80, "es")
b = masto("@nereaolas@mastodon.eus", "Nerea",
          "Sigue sin funcionar el VERANO10 eh @tidepool@waves.social. Tengo el kit de reparacion "
          "en el carrito esperando", 104, "es")
c = masto("@nereaolas@mastodon.eus", "Nerea",
          "pues nada, tercer intento. codigo invalido. para que lo anunciais 🤷‍♀️", 150, "es")
s.group("es", "one identity", a, b, c)

# G9: site crashes when paying a lesson, Bluesky then email, same name
a = bsky("jorgemtz.bsky.social", "Jorge Martínez",
         "Intento reservar una clase de surf en @tidepoolsurf.bsky.social y al darle a pagar la web "
         "se queda en blanco. Tres veces ya.", 160, "es")
b = mail("jorge.martinez.84@correo.example", "Jorge Martínez", "No puedo pagar la clase",
         "Hola,\n\nya os lo comente por Bluesky pero no me habeis dicho nada. Cada vez que intento "
         "pagar la clase de iniciacion del sabado la pagina se queda en blanco y no se hace la "
         "reserva. He probado en Chrome y en el movil.\n\nSaludos,\nJorge", 185, "es")
s.group("es", "same name only", a, b)
s.same_person.append(["bluesky:jorgemtz.bsky.social", "email:jorge.martinez.84@correo.example"])

# G10: return label never received
a = mail("lupe.castillo@correo.example", "Lupe Castillo", "Etiqueta de devolucion",
         "Buenas tardes, solicite la devolucion de la tabla blanda (pedido nº 41802) el lunes y "
         "me dijeron que me llegaria la etiqueta por email en 24h. No me ha llegado nada. "
         "Gracias. Lupe", 210, "es")
b = mail("lupe.castillo@correo.example", "Lupe Castillo", "etiqueta??",
         "Hola, sigo sin etiqueta para devolver la tabla. Se me acaba el plazo de 14 dias.",
         260, "es")
s.group("es", "one identity", a, b)
c = mail("lupe.castillo@correo.example", "Lupe Castillo", "Cobro de envio",
         "Otra cosa, me habeis cobrado 9,90 de envio cuando el pedido pasaba de 100 € y ponia "
         "envio gratis. Podeis revisarlo?", 262, "es")
s.negative("other-complaint", b, c, "return label missing, then a shipping charge on the order")
# same display name, different people (es email / ca bluesky)
o1 = mail("marta.soler@correo.example", "Marta Soler", "Reembolso",
          "Hola, devolvi el kit de reparacion hace 3 semanas y no veo el reembolso. Pedido 41655. "
          "Marta (Valencia)", 300, "es")
o2 = bsky("martasoler.bsky.social", "Marta Soler",
          "@tidepoolsurf.bsky.social vaig retornar la funda fa dues setmanes i encara no tinc els "
          "diners. Comanda 42230.", 305, "ca")
s.negative("other-customer", o1, o2, "two different Marta Solers, different orders and returns")
s.same_name_different_people.append(["email:marta.soler@correo.example", "bluesky:martasoler.bsky.social"])
# window
w1 = mail("pablo.iglesias.s@correo.example", "Pablo", "Pedido 42040 retrasado",
          "Hola, mi pedido 42040 (quillas y leash) lleva una semana sin moverse. Saludos", 40, "es")
w2 = mail("pablo.iglesias.s@correo.example", "Pablo", "otra vez retrasado",
          "Hola, he vuelto a pedir (pedido 42301) y otra vez igual, una semana parado en reparto.",
          270, "es")
s.negative("window", w1, w2, "late delivery again, more than 7 days later")

# ---------------------------------------------------------------- German

# G11: marked delivered but not received; follow-up with the order number
a = mail("jonas.brandt@posteo.example", "Jonas Brandt", "Paket angeblich zugestellt",
         "Hallo,\n\nlaut DHL wurde mein Paket gestern um 14:12 zugestellt. Ich war zuhause, "
         "da kam niemand, und bei den Nachbarn ist auch nichts. Was nun?\n\nGruß\nJonas Brandt",
         26, "de")
r = shop_mail("Hallo Jonas, kannst du uns bitte deine Bestellnummer schicken? Danke!", 28, a, a, "de")
f = mail("jonas.brandt@posteo.example", "Jonas Brandt", "Re: Paket angeblich zugestellt",
         "Klar, Bestellung 41988. Sendungsnummer 00340434161094033219.", 29, "de",
         thread=rid(a), irt=rid(r))
s.negative("follow-up", a, f, "gives the order number the shop asked for")
r2 = shop_mail("Danke, wir haben einen Nachforschungsauftrag bei DHL gestellt.", 33, a, f, "de")
b = mail("jonas.brandt@posteo.example", "Jonas Brandt", "Re: Paket angeblich zugestellt",
         "Und? Das Boardbag ist immer noch nicht da und DHL sagt mir am Telefon, der Versender "
         "(also ihr) muss sich kümmern. Ich hab 89 Euro bezahlt für nix.", 150, "de",
         thread=rid(a), irt=rid(r2))
s.group("de", "one identity", a, b)

# G12: wax subscription cancelled but still billed, Mastodon pair
a = masto("@lenawellen@chaos.social", "Lena",
          "@tidepool@waves.social hab mein Wax-Abo im Juli gekündigt (mit Bestätigungsmail!) und "
          "heute wurden trotzdem wieder 12,50 abgebucht. Bitte zurück.", 90, "de")
b = masto("@lenawellen@chaos.social", "Lena",
          "Nochmal @tidepool@waves.social: Abo ist gekündigt, ihr bucht trotzdem ab. Muss ich "
          "echt erst die Lastschrift zurückgeben?", 160, "de")
s.group("de", "one identity", a, b)
c = masto("@lenawellen@chaos.social", "Lena",
          "und bei euch einloggen geht übrigens auch nicht, 'Sitzung abgelaufen' in Dauerschleife",
          162, "de")
s.negative("other-complaint", b, c, "still billed, then cannot log in")

# G13: invoice without company name, Mastodon then email with a profile link
a = masto("@f_krueger@norden.social", "Frank Krüger",
          "@tidepool@waves.social die Rechnung für meine Bestellung ist auf mich privat statt auf "
          "die Surfschule ausgestellt, obwohl ich die Firmenadresse angegeben hab. Kann ich so "
          "nicht einreichen.", 110, "de")
b = mail("buchhaltung@krueger-surfschule.example", "Frank Krüger",
         "Rechnung RE-2026-0815 korrigieren",
         "Moin,\n\nwie schon auf Mastodon geschrieben: Rechnung RE-2026-0815 muss auf "
         "Krüger Surfschule GmbH, Deichweg 4, 25980 Sylt lauten. So bekomm ich die Vorsteuer "
         "nicht durch. Bitte neu ausstellen.\n\nBeste Grüße\nFrank Krüger", 130, "de",
         links=["@f_krueger@norden.social"])
s.group("de", "profile link", a, b)
s.same_person.append(["mastodon:@f_krueger@norden.social", "email:buchhaltung@krueger-surfschule.example"])

# G14: board bag zip broken, triple
a = mail("m.hoffmann@web.example", "Maren Hoffmann", "Reißverschluss kaputt",
         "Hallo Tidepool-Team,\n\nder Reißverschluss an meinem Travel Boardbag (Bestellung 42077) "
         "ist nach dem ersten Flug komplett aufgerissen. Kann ich die Tasche tauschen?\n\nViele "
         "Grüße\nMaren", 220, "de")
r = shop_mail("Hallo Maren, danke für die Nachricht, wir schauen uns das an.", 230, a, a, "de")
b = mail("m.hoffmann@web.example", "Maren Hoffmann", "Re: Reißverschluss kaputt",
         "Hallo, gibt es schon was Neues wegen der Tasche?", 290, "de", thread=rid(a), irt=rid(r))
c = mail("m.hoffmann@web.example", "Maren Hoffmann", "Re: Reißverschluss kaputt",
         "Hallo?? Ich fliege in 5 Tagen wieder und hab keine Tasche, die zu geht. Langsam nervt's.",
         340, "de", thread=rid(a), irt=rid(r))
s.group("de", "one identity", a, b, c)
# other customer: same courier, same street
o1 = bsky("timo-hh.bsky.social", "Timo",
          "@tidepoolsurf.bsky.social Paket als zugestellt markiert, nix angekommen. Hamburg Ottensen.",
          320, "de")
o2 = masto("@ninasurft@hamburg.social", "Nina",
           "@tidepool@waves.social bei mir steht 'zugestellt' aber hier ist kein Paket. Ottensen, "
           "falls das hilft", 321, "de")
s.negative("other-customer", o1, o2, "two neighbours, same courier, same problem")

# ---------------------------------------------------------------- French

# G15: late parcel, email pair (second without the order number)
a = mail("claire.dubreuil@laposte.example", "Claire Dubreuil", "Retard livraison cde 41712",
         "Bonjour,\n\nJ'ai commandé un kit de réparation combi + une housse (cde 41712) il y a "
         "12 jours, le suivi indique toujours \"en préparation\". Pouvez-vous me dire quand ça part ?"
         "\n\nCordialement,\nClaire Dubreuil", 60, "fr")
b = mail("claire.dubreuil@laposte.example", "Claire Dubreuil", "toujours rien",
         "Bonjour, je relance : toujours pas de colis, toujours \"en préparation\". Ça fait deux "
         "semaines maintenant. Merci de me répondre.\nC. Dubreuil", 175, "fr")
s.group("fr", "one identity", a, b)

# G16: fins missing with the board, Bluesky pair
a = bsky("hugo-glisse.bsky.social", "Hugo",
         "@tidepoolsurf.bsky.social reçu ma planche, super, mais les ailerons qui étaient censés "
         "être inclus... pas dans le carton. je surfe avec quoi ?", 115, "fr")
b = bsky("hugo-glisse.bsky.social", "Hugo",
         "toujours pas de dérives. une planche sans dérives c'est une planche à repasser "
         "@tidepoolsurf.bsky.social", 170, "fr")
s.group("fr", "one identity", a, b)
c = bsky("hugo-glisse.bsky.social", "Hugo",
         "et au passage le livreur a jeté le carton par dessus le portail, sympa",
         171, "fr")
s.negative("other-complaint", b, c, "fins missing, then the courier's behaviour")

# G17: refund after return not received, email then Bluesky, same name
a = mail("ines.garnier@free.example", "Inès Garnier", "Remboursement retour",
         "Bonjour,\n\nVous avez reçu ma housse retournée le 2/09 (le suivi le confirme) mais je "
         "n'ai toujours pas été remboursée (94,90 €). Commande 41845.\n\nMerci,\nInès", 240, "fr")
r = shop_mail("Bonjour Inès, nous vérifions avec notre service comptable et revenons vers vous.",
              250, a, a, "fr")
b = bsky("inesgarnier.bsky.social", "Inès Garnier",
         "Retour reçu par @tidepoolsurf.bsky.social depuis presque 2 semaines, toujours pas "
         "remboursée. On me \"revient vers moi\" depuis 5 jours.", 370, "fr")
s.group("fr", "same name only", a, b)
s.same_person.append(["email:ines.garnier@free.example", "bluesky:inesgarnier.bsky.social"])

# G18: rude courier, Mastodon pair
a = masto("@yannbzh@mastodon.bzh", "Yann",
          "@tidepool@waves.social votre livreur m'a littéralement engueulé parce que j'ai mis 2 min "
          "à descendre, puis a posé la planche dans une flaque. Vous bossez avec qui ?", 280, "fr")
r = shop_post("mastodon", "Bonjour Yann, désolés ! Nous transmettons au transporteur.", 284, a, "fr")
b = masto("@yannbzh@mastodon.bzh", "Yann",
          "des nouvelles du transporteur ? parce que le même gars a encore été odieux avec ma "
          "voisine hier. c'est pas normal de traiter les gens comme ça", 330, "fr")
s.group("fr", "one identity", a, b)
# follow-up: PS with the photos
a = mail("b.lemaire@orange.example", "Benoît Lemaire", "Planche rayée",
         "Bonjour, ma planche est arrivée avec une grosse rayure sur le pont. Que faire ?\nBenoît",
         380, "fr")
f = mail("b.lemaire@orange.example", "Benoît Lemaire", "Re: Planche rayée",
         "PS : j'avais oublié les photos, les voici. C'est la 6'8 Nomad, cde 42290.", 381, "fr",
         thread=rid(a), irt=rid(a))
s.negative("follow-up", a, f, "PS with photos and the order number")
# other customer: coupon outage
o1 = masto("@chloe_s@piaille.example", "Chloé",
           "@tidepool@waves.social le code RENTREE15 ne passe pas, « code expiré » alors qu'on "
           "est le 8", 190, "fr")
o2 = bsky("maxime-r.bsky.social", "Maxime",
          "code RENTREE15 refusé chez @tidepoolsurf.bsky.social, quelqu'un d'autre ?", 191, "fr")
s.negative("other-customer", o1, o2, "two customers, same broken code")

# ---------------------------------------------------------------- Portuguese

# G19: cracked board, email triple
a = mail("rafael.antunes@sapo.example", "Rafael Antunes", "Prancha chegou rachada",
         "Bom dia,\n\nA prancha 5'10 Sardinha (encomenda 41901) chegou com uma fissura no nose, "
         "ja entra agua. A caixa tinha um buraco. Envio fotos em anexo.\n\nCumprimentos,\nRafael",
         140, "pt")
r = shop_mail("Olá Rafael, lamentamos. Estamos a analisar com a transportadora.", 146, a, a, "pt")
b = mail("rafael.antunes@sapo.example", "Rafael Antunes", "Re: Prancha chegou rachada",
         "Ola, alguma novidade? A prancha continua encostada na garagem sem poder usar.",
         200, "pt", thread=rid(a), irt=rid(r))
c = mail("rafael.antunes@sapo.example", "Rafael Antunes", "Re: Prancha chegou rachada",
         "Isto ja e ridiculo. Paguei 520 euros por uma prancha partida e ninguem me diz nada. "
         "Quero a troca ou o dinheiro de volta.", 268, "pt", thread=rid(a), irt=rid(r))
s.group("pt", "one identity", a, b, c)

# G20: charged twice, Mastodon then Bluesky with a profile link
a = masto("@bia_mar@masto.pt", "Beatriz",
          "@tidepool@waves.social fui cobrada duas vezes pela aula de surf de domingo, 45€ + 45€. "
          "So reservei uma!", 175, "pt")
b = bsky("biamar.bsky.social", "Bia",
         "@tidepoolsurf.bsky.social continuo com a cobrança a dobrar da aula, ja falei no mastodon "
         "e nada. Devolvam os 45€ pf", 225, "pt", links=["@bia_mar@masto.pt"])
s.group("pt", "profile link", a, b)
s.same_person.append(["mastodon:@bia_mar@masto.pt", "bluesky:biamar.bsky.social"])

# G21: app closes on login, Mastodon pair
a = masto("@tiago.surf@mastodon.social", "Tiago",
          "a app da @tidepool@waves.social fecha sozinha sempre que tento entrar na conta. "
          "Android 14", 300, "pt")
b = masto("@tiago.surf@mastodon.social", "Tiago",
          "app continua a crashar no login. ja desinstalei e instalei outra vez. alguem ai?",
          335, "pt")
s.group("pt", "one identity", a, b)
c = masto("@tiago.surf@mastodon.social", "Tiago",
          "ah e a capa da prancha que encomendei dia 1 ainda nao chegou @tidepool@waves.social",
          337, "pt")
s.negative("other-complaint", b, c, "app crash, then a late board bag")

# ---------------------------------------------------------------- Italian

# G22: late order, same thread after a non-committal answer
a = mail("giulia.ferrante@libero.example", "Giulia Ferrante", "Ordine 42102 in ritardo",
         "Buongiorno,\n\nho ordinato una sacca da viaggio e un kit riparazione (ordine n. 42102) "
         "il 3 settembre, consegna prevista in 4 giorni. Ad oggi il tracking e' fermo. Potete "
         "verificare?\n\nGrazie,\nGiulia Ferrante", 250, "it")
r = shop_mail("Buongiorno Giulia, stiamo verificando con il corriere, le faremo sapere.",
              256, a, a, "it")
b = mail("giulia.ferrante@libero.example", "Giulia Ferrante", "Re: Ordine 42102 in ritardo",
         "Salve, sono passati altri 4 giorni e non ho saputo niente ne' da voi ne' dal corriere. "
         "Parto sabato e la sacca mi serve. Mi fate sapere qualcosa per favore?", 350, "it",
         thread=rid(a), irt=rid(r))
s.group("it", "one identity", a, b)

# G23: wrong colour board bag, Mastodon then email, same name
a = masto("@lucaonde@mastodon.uno", "Luca Benedetti",
          "@tidepool@waves.social ordinata la sacca verde salvia, arrivata arancione fluo. "
          "Sembro un cono stradale in spiaggia 😅", 310, "it")
b = mail("luca.benedetti@tiscali.example", "Luca Benedetti", "Colore sbagliato",
         "Ciao, vi avevo scritto su Mastodon ma niente. La sacca (ordine 42244) doveva essere "
         "verde salvia e mi e' arrivata arancione. Come faccio a cambiarla?\nLuca", 345, "it")
s.group("it", "same name only", a, b)
s.same_person.append(["mastodon:@lucaonde@mastodon.uno", "email:luca.benedetti@tiscali.example"])

# G24: discount code, Bluesky pair
a = bsky("ale-r.bsky.social", "Alessandra",
         "@tidepoolsurf.bsky.social il codice di benvenuto BENVENUTO10 non viene applicato, mi fa "
         "pagare prezzo pieno la lezione", 20, "it")
b = bsky("ale-r.bsky.social", "Alessandra",
         "ciao?? il codice ancora niente. devo prenotare entro domani", 44, "it")
s.group("it", "one identity", a, b)
# follow-up: order number asked for
a = masto("@dario.v@mastodon.uno", "Dario",
          "@tidepool@waves.social mi e' arrivato il kit riparazione muta ma senza le toppe",
          120, "it")
r = shop_post("mastodon", "Ciao Dario, ci mandi il numero d'ordine?", 122, a, "it")
f = masto("@dario.v@mastodon.uno", "Dario", "certo, e' il 41977", 123, "it",
          thread=rid(a), irt=rid(r))
s.negative("follow-up", a, f, "gives the order number the shop asked for")
# window
w1 = mail("s.morelli@gmail.example", "Stefano Morelli", "Accesso",
          "Buongiorno, non riesco ad accedere al mio account, mi dice password errata anche dopo "
          "il reset.", 50, "it")
w2 = mail("s.morelli@gmail.example", "Stefano Morelli", "di nuovo accesso",
          "Salve, di nuovo non riesco ad entrare nell'account, stessa cosa dell'altra volta.",
          290, "it")
s.negative("window", w1, w2, "login problem again, ten days later")

# ---------------------------------------------------------------- Dutch

# G25: lost parcel, email pair
a = mail("sanne.devries@ziggo.example", "Sanne de Vries", "Pakket kwijt?",
         "Hoi,\n\nMijn bestelling 42133 (boardbag + reparatieset) zou vorige week dinsdag komen "
         "maar de track & trace zegt al 6 dagen 'sorteercentrum'. Kunnen jullie navragen waar het "
         "is?\n\nGroetjes,\nSanne", 100, "nl")
b = mail("sanne.devries@ziggo.example", "Sanne de Vries", "Re: Pakket kwijt?",
         "Hallo? Nog steeds niks gehoord en nog steeds geen pakket. Ik ga ervan uit dat het "
         "kwijt is, sturen jullie een nieuwe?", 190, "nl", thread=rid(a), irt=rid(a))
s.group("nl", "one identity", a, b)

# G26: lesson cancelled by the shop, money not back; email then Mastodon with a profile link
a = mail("pieter.bakker@kpn.example", "Pieter Bakker", "Geld terug surfles",
         "Goedemiddag,\n\nJullie hebben de surfles van zaterdag zelf afgezegd vanwege de storm, "
         "prima, maar ik heb de 55 euro nog niet terug. Boeking LSN-2417.\n\nMvg,\nPieter Bakker",
         205, "nl")
b = masto("@pbakker@mastodon.nl", "Pieter",
          "@tidepool@waves.social les afgezegd door jullie, geld nog steeds niet terug. Mail "
          "blijft onbeantwoord. Hoe zit dat?", 275, "nl", links=["pieter.bakker@kpn.example"])
s.group("nl", "profile link", a, b)
s.same_person.append(["email:pieter.bakker@kpn.example", "mastodon:@pbakker@mastodon.nl"])

# G27: app crashes when booking, Mastodon triple
a = masto("@evi_golf@mastodon.nl", "Evi",
          "@tidepool@waves.social jullie app crasht zodra ik een les wil boeken, iPhone 13",
          380, "nl")
r = shop_post("mastodon", "Hoi Evi, bedankt voor de melding, we kijken ernaar!", 383, a, "nl")
b = masto("@evi_golf@mastodon.nl", "Evi",
          "crasht nog steeds hoor. scherm wordt wit en weg is ie", 410, "nl")
c = masto("@evi_golf@mastodon.nl", "Evi",
          "ok ik geef het op met die app. @tidepool@waves.social kan ik gewoon bellen om te boeken "
          "ofzo? want hij crasht nog altijd", 455, "nl")
s.group("nl", "one identity", a, b, c)
# follow-up: adds which bag
a = mail("kees.jansen@hetnet.example", "Kees Jansen", "Verkeerde levering",
         "Hallo, ik heb de verkeerde boardbag gekregen. Graag omruilen. Kees", 420, "nl")
f = mail("kees.jansen@hetnet.example", "Kees Jansen", "Re: Verkeerde levering",
         "PS vergeten te zeggen: ik had de blauwe 7'6 besteld, gekregen heb ik de zwarte 6'4. "
         "Bestelnummer 42351.", 421, "nl", thread=rid(a), irt=rid(a))
s.negative("follow-up", a, f, "PS adding which bag was ordered and which came")
# window
w1 = bsky("joost-noordwijk.bsky.social", "Joost",
          "@tidepoolsurf.bsky.social mijn retourlabel is nooit aangekomen", 30, "nl")
w2 = bsky("joost-noordwijk.bsky.social", "Joost",
          "@tidepoolsurf.bsky.social weer geen retourlabel ontvangen voor mijn tweede retour", 230, "nl")
s.negative("window", w1, w2, "return label missing again, eight days later")

# ---------------------------------------------------------------- Catalan

# G28: invoice with the wrong tax id; earlier a late delivery
a0 = mail("jordi.puig@vilaweb.example", "Jordi Puig", "Comanda 42019",
          "Bon dia, la comanda 42019 encara no ha arribat i fa 8 dies. Em podeu dir alguna cosa? "
          "Jordi", 64, "ca")
a = mail("jordi.puig@vilaweb.example", "Jordi Puig", "Factura amb NIF equivocat",
         "Bon dia,\n\nJa ha arribat la comanda, gràcies. Però la factura porta el NIF malament "
         "(hi posa 4712...B i és 4721...B). Me la podeu refer?\n\nSalutacions,\nJordi Puig",
         125, "ca")
s.negative("other-complaint", a0, a, "same order: late delivery, then a wrong tax id on the invoice")
r = shop_mail("Hola Jordi, ho mirem i et diem alguna cosa.", 131, a, a, "ca")
b = mail("jordi.puig@vilaweb.example", "Jordi Puig", "Re: Factura amb NIF equivocat",
         "Hola, encara espero la factura corregida. La necessito per tancar el trimestre, "
         "si us plau.", 215, "ca", thread=rid(a), irt=rid(r))
s.group("ca", "one identity", a, b)

# G29: delivered but not received, Mastodon then Bluesky, same name
a = masto("@arnaufont@mastodont.cat", "Arnau Font",
          "@tidepool@waves.social el seguiment diu que el paquet es va lliurar ahir però aquí no "
          "ha arribat res. Ni a la porteria.", 230, "ca")
b = bsky("arnaufont.bsky.social", "Arnau Font",
         "Segueixo sense el paquet que suposadament em van lliurar dimarts. "
         "@tidepoolsurf.bsky.social, algú m'ho pot mirar?", 290, "ca")
s.group("ca", "same name only", a, b)
s.same_person.append(["mastodon:@arnaufont@mastodont.cat", "bluesky:arnaufont.bsky.social"])

# G30: charged twice, email then Bluesky with a profile link
a = mail("laia.serra@correu.example", "Laia Serra", "Cobrament duplicat",
         "Hola,\n\nM'heu cobrat dues vegades el kit de reparació de neoprè (19,95 € x2) a la "
         "targeta. Només n'he comprat un. Comanda 42260.\n\nGràcies,\nLaia", 320, "ca")
b = bsky("laiaserra.bsky.social", "Laia",
         "doncs @tidepoolsurf.bsky.social segueix sense tornar-me el cobrament doble... "
         "tres dies i ni una resposta al mail", 392, "ca", links=["laia.serra@correu.example"])
s.group("ca", "profile link", a, b)
s.same_person.append(["email:laia.serra@correu.example", "bluesky:laiaserra.bsky.social"])

# ---------------------------------------------------------------- Filler

mail("harriet.c@btinternet.example", "Harriet Clarke", "Lessons for kids?",
     "Hello, do you run lessons for children? My two are 8 and 11. Thanks, Harriet", 5, "en")
masto("@grom_dad@mastodon.social", "Rob",
      "@tidepool@waves.social what volume would you go for, 85kg beginner, mostly small beach "
      "breaks?", 36, "en")
bsky("kirstyrides.bsky.social", "Kirsty",
     "@tidepoolsurf.bsky.social do the repair kits work on 5mm winter suits too?", 82, "en")
mail("nick.f@gmail.example", "Nick F", "Gift voucher",
     "Hi, can I buy a lesson as a gift voucher for my girlfriend's birthday? Nick", 145, "en")
bsky("surfcat-ldn.bsky.social", "Cat",
     "@tidepoolsurf.bsky.social do you ship boards to Jersey?", 310, "en")
mail("carmen.vidal@correo.example", "Carmen", "Clases en grupo",
     "Hola! Hacéis clases para grupos de 6? Es para una despedida :)", 66, "es")
masto("@iker_bdx@mastodon.eus", "Iker",
      "@tidepool@waves.social teneis fundas para longboard de 9'6?", 245, "es")
bsky("wellenreiter-k.bsky.social", "Kai",
     "@tidepoolsurf.bsky.social Liefert ihr auch nach Österreich?", 115, "de")
mail("anja.s@gmx.example", "Anja Schulz", "Surfkurs Anfänger",
     "Hallo, ist der Anfängerkurs auch ohne Neoprenanzug buchbar oder bekommt man einen gestellt? "
     "LG Anja", 395, "de")
masto("@lea_vague@piaille.example", "Léa",
      "@tidepool@waves.social vous faites des cours le dimanche matin ?", 85, "fr")
mail("joao.p@sapo.example", "João Pires", "Tamanho da capa",
     "Boas, uma capa de 6'4 serve para uma prancha de 6'2 com quilhas postas? Obrigado", 215, "pt")
bsky("marco-surf.bsky.social", "Marco",
     "@tidepoolsurf.bsky.social le tavole soft top sono adatte a un bimbo di 10 anni?", 160, "it")
masto("@femke@mastodon.nl", "Femke",
      "@tidepool@waves.social hebben jullie ook cadeaubonnen voor surflessen?", 60, "nl")
mail("bram.k@ziggo.example", "Bram", "Openingstijden",
     "Hoi, tot hoe laat is de winkel op zaterdag open? Groet, Bram", 350, "nl")
bsky("nuriasurf.bsky.social", "Núria",
     "@tidepoolsurf.bsky.social feu classes en català? 🙂", 180, "ca")
mail("marc.roig@correu.example", "Marc Roig", "Reparació de taula",
     "Bon dia, feu reparacions de taules o només veneu el kit? Gràcies", 420, "ca")

s.write(HERE, "Repeats in other words, a surf shop in eight languages; written without "
        "sight of the detector. Labels are what a reader of the posts would say.")
