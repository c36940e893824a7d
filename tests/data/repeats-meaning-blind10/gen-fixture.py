#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words for a made-up small shop,
Puddle & Pine Kids (rain boots, kids' raincoats, school bags, lunch
boxes), which gets posts by email, Mastodon and Bluesky.

The set holds 30 true repeat groups (25 pairs, 5 triples) in eight
languages (en, es, de, fr, pt, it, nl, ca), 10 of them across two
channels (5 where the later post's author links to the other identity,
5 where only the display name is the same), labelled negatives
(follow-up, other-complaint, other-customer, window) and one-off
questions from other customers as filler.

It was written without sight of the detector, its lexicon or the other
labelled sets: the posts are written as customers of such a shop would
write them, and the labels say what a person reading the posts would
say. They were never edited to fit the detector.

Run it to write fixture.jsonl and labels.json next to it; the output is
deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 2, 9, 7, 20, tzinfo=timezone.utc)
S = LabelledSet(BASE, "pp", "hello@puddlepine.example", "@puddlepine@family.social",
                "puddlepine.bsky.social", "Puddle & Pine Kids")
E, M, B = "email", "mastodon", "bluesky"
rid = S.rid


def reply(channel, text, hours, to, lang, thread=None):
    return S.reply(channel, text, hours, rid(to), rid(thread or to), lang)


def follow(channel, author, text, hours, lang, first, shop, subject=None, name=None):
    """A customer's next post in the thread of @first, answering the shop's @shop."""
    return S.add(channel, author, text, hours, lang=lang, subject=subject, name=name,
                 thread=rid(first), in_reply_to=rid(shop))


# ---------------------------------------------------------------- English

# Late delivery, one mail thread, non-committal answer in between.
hw = "hannah.whitlock@postbox.example"
g1a = S.add(E, hw, "Hi there,\n\nI ordered the yellow Puddle Jumper wellies (size 10) and the "
            "matching raincoat for my son on the 2nd, order 58213. The website said 2-3 working "
            "days and it's now been a week. Tracking hasn't updated since Thursday.\n\nCould you "
            "check what's going on?\n\nThanks,\nHannah", 2, lang="en",
            subject="Order 58213 - not arrived yet", name="Hannah Whitlock")
g1r = reply(E, "Hi Hannah,\n\nThanks for getting in touch. We're looking into this with the "
            "courier and will get back to you as soon as we hear anything.\n\nBest,\nMaddie @ "
            "Puddle & Pine", 6, g1a, "en")
g1b = follow(E, hw, "Hi Maddie,\n\nIt's been two days and I haven't heard anything back, and the "
             "tracking still just says 'in transit'. He's got a school trip on Friday and the whole "
             "point was for him to have proper boots for it. Is it actually coming or do I need to "
             "go and buy some elsewhere?\n\nHannah", 50, "en", g1a, g1r,
             subject="Re: Order 58213 - not arrived yet", name="Hannah Whitlock")
g1c = follow(E, hw, "Still nothing. Not from you, not from the courier. Honestly starting to "
             "regret ordering.\n\nH.\n\nSent from my iPhone", 75, "en", g1a, g1r,
             subject="Re: Order 58213 - not arrived yet", name="Hannah Whitlock")
S.group("en", "one identity", g1a, g1b, g1c)
oc1 = S.add(E, hw, "Hi,\n\nBoots finally turned up, thank you. One thing though - the invoice in "
            "the box charges us for TWO raincoats (2 x £34.00) but we only ordered one and only one "
            "came. The amount taken from my card looks right so maybe it's just the paperwork? "
            "Could you send a corrected one, I keep these for my records.\n\nThanks\nHannah", 120,
            lang="en", subject="Invoice for 58213 is wrong", name="Hannah Whitlock")
S.negative("other-complaint", g1a, oc1, "same customer and order: first late delivery, then an "
           "invoice listing two raincoats")

# Cracked lunch box lid on Mastodon, nudged; same complaint again after two weeks (window).
rob = "@tomkinsfam@mastodon.example"
g2a = S.add(M, rob, "@puddlepine@family.social hey, the lid on the Pine Cone lunch box we got last "
            "week has a crack right along the hinge. It's been in his school bag like 4 times, not "
            "thrown around or anything. Is that covered?", 30, lang="en", name="Rob Tomkins")
g2b = S.add(M, rob, "@puddlepine@family.social bump. cracked lunchbox lid, 3 days, no answer. kid "
            "is now taking his sandwiches in a bread bag \U0001f643", 98, lang="en",
            name="Rob Tomkins")
S.group("en", "one identity", g2a, g2b)
w1 = S.add(M, rob, "@puddlepine@family.social so... still no reply about the lunch box with the "
           "cracked lid from two weeks ago? anyone home?", 310, lang="en", name="Rob Tomkins")
S.negative("window", g2b, w1, "same cracked lunch box lid, raised again nearly nine days after the "
           "nudge")

# Refund not received: email, then Bluesky with a link to the mail address.
priya = "priya.nair@inboxly.example"
priya_b = "priyanair.bsky.social"
g3a = S.add(E, priya, "Hello,\n\nI returned the navy Drizzle raincoat (age 5-6) on 28 January and "
            "Royal Mail shows it was signed for on the 30th. Your website says refunds are made "
            "within 5 working days of receipt, but nothing has come back to my card yet.\n\nOrder "
            "ref PP-57710.\n\nKind regards,\nPriya Nair", 20, lang="en",
            subject="Refund for returned raincoat", name="Priya Nair")
g3b = S.add(B, priya_b, "Sent a kid's raincoat back to @puddlepine.bsky.social nearly 2 weeks ago, "
            "they've had it since the 30th, emailed them Monday, still no refund and no reply. "
            "Small shops I love you but please answer your emails", 110, lang="en",
            name="Priya N.", links=[priya])
S.group("en", "profile link", g3a, g3b)
S.same_person.append(["email:" + priya, "bluesky:" + priya_b])

# Double charge: Mastodon then Bluesky, same display name only.
ollie_m = "@obrennan@toot.example"
ollie_b = "olliebee.bsky.social"
g4a = S.add(M, ollie_m, "@puddlepine@family.social hi, I've been charged twice for the same order "
            "(two school bags, £58.00 both times on the 11th). Only got one confirmation email. "
            "Could you refund the duplicate please?", 140, lang="en", name="Ollie Brennan")
g4b = S.add(B, ollie_b, "@puddlepine.bsky.social you took £58 off me twice for one order and "
            "nobody's replied on mastodon. can someone sort this pls", 165, lang="en",
            name="Ollie Brennan")
S.group("en", "same name only", g4a, g4b)
S.same_person.append(["mastodon:" + ollie_m, "bluesky:" + ollie_b])

# Coupon not applied, Bluesky.
jess = "jess-makes.bsky.social"
g5a = S.add(B, jess, "@puddlepine.bsky.social the code SPLASH15 from your newsletter says 'not "
            "valid for items in basket' but it's literally just a lunchbox and a water bottle?? "
            "newsletter didn't say anything about exclusions", 8, lang="en", name="Jess Okafor")
g5b = S.add(B, jess, "tried SPLASH15 again on the laptop and on my phone, same error. leaving it "
            "all in the basket till someone tells me what i'm doing wrong lol "
            "@puddlepine.bsky.social", 33, lang="en", name="Jess Okafor")
S.group("en", "one identity", g5a, g5b)

# Return label not received, email thread.
gl = "g.lloyd@mailbox.example"
g6a = S.add(E, gl, "Hi,\n\nFilled in the returns form on Saturday for the wellies (too small, "
            "need a size up) and it said I'd get a label by email within 24 hours. Nothing yet, "
            "checked spam too. Order 60144.\n\nCheers\nGareth", 170, lang="en",
            subject="Return label", name="Gareth Lloyd")
g6r = reply(E, "Hi Gareth,\n\nSorry about that! We'll look into it and get back to you shortly.\n\n"
            "Maddie", 176, g6a, "en")
g6b = follow(E, gl, "Hi again,\n\nStill no label. Could you just email it over directly? I'd like "
             "to get these back before the next size up sells out.\n\nGareth", 222, "en", g6a, g6r,
             subject="Re: Return label", name="Gareth Lloyd")
S.group("en", "one identity", g6a, g6b)

# Follow-up: order number the shop asked for.
meg = "megprice@homemail.example"
fu1a = S.add(E, meg, "Hello, we got the wrong boots in our parcel today, they're the red ones with "
             "the frogs on but I ordered the plain navy ones. Same size at least! What do I do?\n\n"
             "Megan", 54, lang="en", subject="wrong boots??", name="Megan Price")
fu1r = reply(E, "Hi Megan,\n\nSo sorry about the mix-up. Could you send us your order number so we "
             "can check what happened?\n\nThanks,\nMaddie", 57, fu1a, "en")
fu1b = follow(E, meg, "Sure, it's PP-59044. Thanks!", 61, "en", fu1a, fu1r,
              subject="Re: wrong boots??", name="Megan Price")
S.negative("follow-up", fu1a, fu1b, "gives the order number the shop asked for")

# Other customers: a checkout outage seen by two people.
oc_en1 = S.add(B, "kaylarowe.bsky.social", "is the @puddlepine.bsky.social site down? been getting "
               "a 502 at checkout for the last hour", 214, lang="en", name="Kayla Rowe")
oc_en2 = S.add(B, "dadonbikes.bsky.social", "anyone else unable to pay on puddlepine? card page "
               "just spins and then errors @puddlepine.bsky.social", 215, lang="en",
               name="Chris Holt")
S.negative("other-customer", oc_en1, oc_en2, "two customers hit by the same checkout outage")

# Other customers: two different people called Sam Taylor, refunds for different returns.
sam_m = "@samtaylor@mastodon.example"
sam_b = "samtaylor.bsky.social"
oc_en3 = S.add(M, sam_m, "@puddlepine@family.social morning! still waiting on my refund for the "
               "red wellies I sent back, order 58302. Roughly how long does it usually take?", 60,
               lang="en", name="Sam Taylor")
oc_en4 = S.add(B, sam_b, "@puddlepine.bsky.social hey, returned a school bag 2 weeks ago (order "
               "59017, the green dinosaur one) and haven't had the refund yet, what's the usual "
               "wait?", 95, lang="en", name="Sam Taylor")
S.negative("other-customer", oc_en3, oc_en4, "two different people called Sam Taylor, refunds for "
           "different returns")
S.same_name_different_people.append(["mastodon:" + sam_m, "bluesky:" + sam_b])

# ---------------------------------------------------------------- Spanish

# Delivered but not received, triple in a mail thread.
lu = "lucia.ferrer.g@correo.example"
g7a = S.add(E, lu, "Hola, buenos días.\n\nEn el seguimiento del pedido 59102 pone 'entregado' "
            "desde ayer a las 13:40 pero a mí no me ha llegado nada. He preguntado a los vecinos y "
            "al portero y nadie ha recogido ningún paquete. Es una mochila y unas botas para mi "
            "hija.\n\n¿Podéis mirar qué ha pasado?\n\nGracias,\nLucía", 26, lang="es",
            subject="Pedido entregado pero no lo tengo", name="Lucía Ferrer")
g7r = reply(E, "Hola Lucía,\n\nGracias por escribirnos. Lo estamos revisando con la empresa de "
            "transporte y te decimos algo en cuanto sepamos más.\n\nUn saludo,\nEquipo Puddle & "
            "Pine", 31, g7a, "es")
g7b = follow(E, lu, "Hola de nuevo.\n\nHan pasado dos días y sigo sin saber nada. El paquete no "
             "está en casa, no está en conserjería y la app de la mensajería sigue diciendo "
             "entregado. Necesito una solución: o me lo reenviáis o me devolvéis el dinero.\n\n"
             "Lucía Ferrer", 72, "es", g7a, g7r,
             subject="Re: Pedido entregado pero no lo tengo", name="Lucía Ferrer")
g7c = follow(E, lu, "???? nadie me contesta. 62 euros y un 'entregado' que es mentira", 100,
             "es", g7a, g7r, subject="Re: Pedido entregado pero no lo tengo", name="Lucía Ferrer")
S.group("es", "one identity", g7a, g7b, g7c)

# Wrong size boots on Mastodon; later a coupon problem (other-complaint).
pablo = "@pablo_lr@mastodon.example"
g8a = S.add(M, pablo, "@puddlepine@family.social Hola! Pedí las botas Charco talla 30 y han "
            "llegado de la 28, en la caja pone 30 pero dentro son 28. Como lo cambio?", 60,
            lang="es", name="Pablo L.")
g8b = S.add(M, pablo, "@puddlepine@family.social buenas, sigo esperando respuesta con lo de las "
            "botas de la talla equivocada (28 en vez de 30). El crío sigue con las viejas que le "
            "aprietan...", 130, lang="es", name="Pablo L.")
S.group("es", "one identity", g8a, g8b)
oc2 = S.add(M, pablo, "@puddlepine@family.social otra cosa, el código BIENVENIDA10 no se me aplicó "
            "en el pedido y en el resumen sale el precio entero. Se puede revisar?", 150,
            lang="es", name="Pablo L.")
S.negative("other-complaint", g8a, oc2, "same customer: wrong size boots, then a discount code "
           "not applied")

# Cannot log in: email, then Mastodon linking the mail address.
carmen = "carmenruiz76@correo.example"
carmen_m = "@carmen_ruiz@masto.example"
g9a = S.add(E, carmen, "Buenas tardes,\n\nllevo desde ayer intentando entrar en mi cuenta para ver "
            "el estado de un pedido y me dice contraseña incorrecta. Le doy a 'he olvidado mi "
            "contraseña' y el correo para restablecerla no llega nunca (mirado en spam tambien).\n\n"
            "Me podeis ayudar?\n\nCarmen Ruiz", 205, lang="es",
            subject="no puedo entrar en mi cuenta", name="Carmen Ruiz")
g9b = S.add(M, carmen_m, "@puddlepine@family.social os escribí por email el martes porque no "
            "puedo acceder a mi cuenta y el enlace para cambiar la contraseña no llega. Ni "
            "respuesta. Hay alguien por ahí?", 250, lang="es", name="Carmen",
            links=[carmen])
S.group("es", "profile link", g9a, g9b)
S.same_person.append(["email:" + carmen, "mastodon:" + carmen_m])

# Lunch box missing parts, Bluesky.
ana = "anagr.bsky.social"
g10a = S.add(B, ana, "@puddlepine.bsky.social me ha llegado la fiambrera bento pero sin los "
             "separadores de silicona ni la cucharita que salen en la foto. pedido 61388", 280,
             lang="es", name="Ana G.")
g10b = S.add(B, ana, "@puddlepine.bsky.social hola?? lo de la fiambrera sin separadores ni "
             "cuchara... alguien??", 302, lang="es", name="Ana G.")
S.group("es", "one identity", g10a, g10b)

# Follow-up: photo and order number the shop asked for.
tomas = "tvidal.arq@correo.example"
fu2a = S.add(E, tomas, "Hola,\n\na mi hijo se le ha despegado la suela de una de las botas de agua "
             "después de dos semanas de uso. Se le mojan los calcetines cada día. ¿Qué podemos "
             "hacer?\n\nSaludos,\nTomás Vidal", 84, lang="es", subject="Botas despegadas",
             name="Tomás Vidal")
fu2r = reply(E, "Hola Tomás,\n\n¡Vaya, lo sentimos! ¿Nos puedes mandar una foto de la suela y el "
             "número de pedido? Así lo tramitamos.\n\nUn saludo", 88, fu2a, "es")
fu2b = follow(E, tomas, "Adjunto la foto. El número de pedido es el 58122, no lo encontraba porque "
              "lo hizo mi mujer desde su cuenta.\n\nTomás", 93, "es", fu2a, fu2r,
              subject="Re: Botas despegadas", name="Tomás Vidal")
S.negative("follow-up", fu2a, fu2b, "sends the photo and order number the shop asked for")

# Other customers: two different people called Laura Martín, each a parcel marked delivered.
laura_e = "laura.martin.s@correo.example"
laura_b = "lauramartin.bsky.social"
oc_es1 = S.add(E, laura_e, "Hola,\n\nel pedido 60110 (dos fiambreras) aparece como entregado en "
               "Madrid el jueves pero aquí no ha llegado nada. ¿Me podéis ayudar?\n\nLaura Martín",
               260, lang="es", subject="Pedido 60110 no recibido", name="Laura Martín")
oc_es2 = S.add(B, laura_b, "@puddlepine.bsky.social buenas! el chubasquero que pedí sale "
               "entregado en Valencia desde el lunes pero ni rastro, ni en el buzón ni en la "
               "tienda de al lado. pedido 60342", 290, lang="es", name="Laura Martín")
S.negative("other-customer", oc_es1, oc_es2, "two different women called Laura Martín (Madrid, "
           "Valencia), different orders marked delivered")
S.same_name_different_people.append(["email:" + laura_e, "bluesky:" + laura_b])

# ---------------------------------------------------------------- German

# Wrong colour raincoat, triple in a mail thread.
kh = "k.hoffmann@posteo.example"
g11a = S.add(E, kh, "Hallo,\n\nich habe die Regenjacke 'Wolke' in Dunkelblau, Gr. 110/116 bestellt "
             "(Bestellung 58876). Geliefert wurde sie aber in Gelb. Mein Sohn weigert sich, die "
             "anzuziehen (\"das ist eine Mädchenjacke\" - ja, ich weiß...).\n\nKönnen Sie mir die "
             "blaue schicken, und ich schicke die gelbe zurück?\n\nViele Grüße\nKatrin Hoffmann",
             44, lang="de", subject="Falsche Farbe geliefert - Bestellung 58876",
             name="Katrin Hoffmann")
g11r = reply(E, "Hallo Frau Hoffmann,\n\nvielen Dank für Ihre Nachricht. Wir prüfen das und melden "
             "uns bei Ihnen.\n\nViele Grüße\nIhr Puddle & Pine Team", 49, g11a, "de")
g11b = follow(E, kh, "Hallo nochmal,\n\ngibt es schon etwas Neues? Ich bräuchte eigentlich nur die "
              "Info, ob die dunkelblaue Jacke noch da ist und wie ich die gelbe zurückschicke.\n\n"
              "Gruß\nK. Hoffmann", 97, "de", g11a, g11r,
              subject="AW: Falsche Farbe geliefert - Bestellung 58876", name="Katrin Hoffmann")
g11c = follow(E, kh, "Sehr geehrte Damen und Herren,\n\njetzt ist bald eine Woche um. Ich habe eine "
              "gelbe statt einer blauen Jacke bekommen und warte immer noch auf eine Antwort. So "
              "langsam bin ich echt genervt.\n\nK. Hoffmann", 140, "de", g11a, g11r,
              subject="AW: AW: Falsche Farbe geliefert - Bestellung 58876",
              name="Katrin Hoffmann")
S.group("de", "one identity", g11a, g11b, g11c)

# Checkout crash: email, then Mastodon, same display name only.
jens = "jens.albrecht@web.example"
jens_m = "@jalbrecht@chaos.example"
g12a = S.add(E, jens, "Moin,\n\neuer Shop hängt sich bei mir jedes Mal beim Bezahlen auf. Warenkorb "
             "(2x Brotdose, 1x Trinkflasche) -> Kasse -> PayPal auswählen -> weiße Seite, danach "
             "\"Etwas ist schiefgelaufen\". Firefox und Chrome, am Handy genauso.\n\nGeht das nur "
             "mir so?\n\nGruß Jens", 230, lang="de", subject="Shop stürzt beim Bezahlen ab",
             name="Jens Albrecht")
g12b = S.add(M, jens_m, "@puddlepine@family.social hab euch schon gemailt: Checkout mit PayPal "
             "endet bei mir immer auf ner weißen Seite bzw. \"Etwas ist schiefgelaufen\". Würde ja "
             "gern was kaufen \U0001f937", 262, lang="de", name="Jens Albrecht")
S.group("de", "same name only", g12a, g12b)
S.same_person.append(["email:" + jens, "mastodon:" + jens_m])

# Rude courier, Mastodon.
lenz = "@mama_lenz@mastodon.example"
g13a = S.add(M, lenz, "@puddlepine@family.social Kurze Rückmeldung zu eurem Versanddienstleister: "
             "Der Fahrer hat heute das Paket einfach übers Gartentor geworfen, mich angeschnauzt "
             "als ich was gesagt hab und ist weggefahren. Sowas geht gar nicht.", 300, lang="de",
             name="Sabine Lenz")
g13b = S.add(M, lenz, "@puddlepine@family.social Nochmal wegen dem Paketboten, der uns angepampt "
             "und den Karton übers Tor geschmissen hat: habt ihr das weitergegeben? Will nicht, "
             "dass das nächste Paket wieder fliegt.", 340, lang="de", name="Sabine Lenz")
S.group("de", "one identity", g13a, g13b)

# Invoice error, Bluesky; before that a late delivery of the same order (other-complaint).
felix = "felixkraemer.bsky.social"
oc3 = S.add(B, felix, "@puddlepine.bsky.social Moin, unsere Sammelbestellung für die Kita (15 "
            "Brotdosen) ist seit 6 Tagen unterwegs und hängt laut Sendungsverfolgung im "
            "Verteilzentrum fest. Könnt ihr da mal nachhaken?", 130, lang="de", name="Felix Krämer")
g14a = S.add(B, felix, "@puddlepine.bsky.social Hallo, auf der Rechnung RE-2026-0412 steht die "
             "alte Adresse und kein Name der Kita, obwohl ich beides bei der Bestellung angegeben "
             "habe. Brauche die korrekt für die Abrechnung. Könnt ihr die neu ausstellen?", 180,
             lang="de", name="Felix Krämer")
g14b = S.add(B, felix, "@puddlepine.bsky.social Rechnung ist immer noch falsch (alte Adresse, "
             "Kita fehlt). Unsere Verwaltung sitzt mir im Nacken. Bitte kurze Info", 236,
             lang="de", name="Felix Krämer")
S.group("de", "one identity", g14a, g14b)
S.negative("other-complaint", oc3, g14a, "same customer and order: first stuck in transit, then a "
           "wrong invoice")

# Follow-up: PS with the photo, same thread.
uwe = "uwe.brandt@t-online.example"
fu3a = S.add(E, uwe, "Guten Tag,\n\ndie Brotdose \"Tannenzapfen\" ist undicht, nach dem ersten "
             "Joghurt war der ganze Schulranzen versaut. Bestellung 59415 vom 3.2.\n\nMfG\nUwe "
             "Brandt", 150, lang="de", subject="Brotdose undicht", name="Uwe Brandt")
fu3b = S.add(E, uwe, "PS: Foto anbei, man sieht den Riss in der Dichtung ganz gut.\n\nU. Brandt",
             150.4, lang="de", subject="Re: Brotdose undicht", name="Uwe Brandt",
             thread=rid(fu3a), in_reply_to=rid(fu3a))
S.negative("follow-up", fu3a, fu3b, "PS adding a photo of the leaking lunch box")

# Other customers: a couple sharing one order.
katja = "katja.weber@gmx.example"
stefan = "@stefanweber@norden.social"
oc_de1 = S.add(E, katja, "Hallo,\n\nwo bleibt denn unsere Bestellung 59501? Die Gummistiefel "
               "sollten letzte Woche schon da sein, Tracking sagt seit Tagen nichts Neues.\n\n"
               "Katja Weber", 120, lang="de", subject="Bestellung 59501", name="Katja Weber")
oc_de2 = S.add(M, stefan, "@puddlepine@family.social Hallo, meine Frau hat bei euch Gummistiefel "
               "für unsere Zwillinge bestellt (59501) und die sind immer noch nicht da. Wisst ihr "
               "was?", 135, lang="de", name="Stefan Weber")
S.negative("other-customer", oc_de1, oc_de2, "wife and husband asking about the same shared order")

# ---------------------------------------------------------------- French

# Lost parcel on Mastodon, triple, non-committal answer in between.
jul = "@juliette_m@piaille.example"
g15a = S.add(M, jul, "@puddlepine@family.social Bonjour, mon colis (cde 58540) est bloqué depuis "
             "le 3 février \"en cours d'acheminement\". Le transporteur ne répond pas. Vous pouvez "
             "voir de votre côté ?", 12, lang="fr", name="Juliette M.")
g15r = reply(M, "@juliette_m@piaille.example Bonjour Juliette, on regarde ça avec le transporteur "
             "et on revient vers vous !", 18, g15a, "fr")
g15b = follow(M, jul, "@puddlepine@family.social Des nouvelles ? Toujours bloqué, le suivi n'a pas "
              "bougé d'un poil", 58, "fr", g15a, g15r, name="Juliette M.")
g15c = S.add(M, jul, "@puddlepine@family.social bon. 10 jours pour un cartable et des bottes, suivi "
             "figé, et « on revient vers vous » depuis mardi. Je considère qu'il est perdu. "
             "Remboursement ou renvoi svp.", 110, lang="fr", name="Juliette M.")
S.group("fr", "one identity", g15a, g15b, g15c)

# Damaged school bag: Bluesky, then email linking the Bluesky handle.
elo_b = "elodie-pk.bsky.social"
elo = "elodie.pasquier@laposte.example"
g16a = S.add(B, elo_b, "@puddlepine.bsky.social reçu le cartable Forêt aujourd'hui, la bretelle "
             "gauche est déchirée à la couture et il y a une grosse tache sur le rabat. Déçue, "
             "c'était pour l'anniversaire de ma fille samedi \U0001f61e", 86, lang="fr",
             name="Élodie")
g16b = S.add(E, elo, "Bonjour,\n\nJe vous ai écrit mercredi sur Bluesky, sans réponse. Le cartable "
             "Forêt que j'ai reçu est abîmé : bretelle décousue côté gauche et tache sur le rabat. "
             "Je souhaiterais un échange rapidement.\n\nCordialement,\nÉlodie Pasquier", 128,
             lang="fr", subject="Cartable abîmé", name="Élodie Pasquier", links=[elo_b])
S.group("fr", "profile link", g16a, g16b)
S.same_person.append(["bluesky:" + elo_b, "email:" + elo])

# Refund not received, email thread; then a wrong size in another order (other-complaint).
marc = "marc.dubreuil@free.example"
g17a = S.add(E, marc, "Bonjour,\n\nJ'ai renvoyé les bottes (commande n°60512) il y a 3 semaines, "
             "vous les avez reçues le 12 d'après le suivi, et je n'ai toujours pas été remboursé "
             "(39,90 €).\n\nMerci de faire le nécessaire.\n\nMarc Dubreuil", 270, lang="fr",
             subject="Remboursement commande 60512", name="Marc Dubreuil")
g17r = reply(E, "Bonjour Marc,\n\nMerci pour votre message, nous vérifions avec notre service "
             "comptable et revenons vers vous.\n\nBonne journée,\nL'équipe Puddle & Pine", 275,
             g17a, "fr")
g17b = follow(E, marc, "Bonjour,\n\nToujours rien sur mon compte. Ça fait presque un mois que vous "
              "avez mes bottes ET mon argent. Je commence à trouver le temps long.\n\nM. Dubreuil",
              330, "fr", g17a, g17r, subject="RE: Remboursement commande 60512",
              name="Marc Dubreuil")
S.group("fr", "one identity", g17a, g17b)
oc4 = S.add(E, marc, "Bonjour,\n\nAutre souci, sur ma nouvelle commande (60977) : j'ai reçu le "
            "ciré en 4 ans au lieu du 6 ans commandé. Comment procède-t-on pour l'échange ?\n\n"
            "Marc Dubreuil", 345, lang="fr", subject="Erreur de taille cde 60977",
            name="Marc Dubreuil")
S.negative("other-complaint", g17a, oc4, "same customer: refund not received, then a wrong size in "
           "another order")

# Discount code not deducted: email, then Bluesky, same display name only.
nadia = "nadia.benali@orange.example"
nadia_b = "nadiabnl.bsky.social"
g18a = S.add(E, nadia, "Bonjour,\n\nLe code FIDELE20 reçu par mail n'a pas été déduit de ma commande "
             "61720, alors qu'il était bien accepté dans le panier (il s'affichait en vert). J'ai "
             "payé 54 € au lieu de 43,20 €.\n\nPouvez-vous me rembourser la différence ?\n\nMerci,"
             "\nNadia", 380, lang="fr", subject="code promo non appliqué", name="Nadia Benali")
g18b = S.add(B, nadia_b, "@puddlepine.bsky.social bonjour, mail envoyé il y a 2 jours sans "
             "réponse : votre code promo s'affiche dans le panier mais il n'est pas appliqué au "
             "paiement. Je voudrais juste récupérer mes 10,80 € \U0001f64f", 420, lang="fr",
             name="Nadia Benali")
S.group("fr", "same name only", g18a, g18b)
S.same_person.append(["email:" + nadia, "bluesky:" + nadia_b])

# Follow-up: address confirmation the shop asked for.
claire = "claire.fontaine@sfr.example"
fu4a = S.add(E, claire, "Bonjour,\n\nMa commande n'est toujours pas arrivée et le suivi indique "
             "\"adresse incomplète\". Pouvez-vous vérifier ?\n\nClaire Fontaine", 196, lang="fr",
             subject="Colis pas arrivé", name="Claire Fontaine")
fu4r = reply(E, "Bonjour Claire,\n\nPouvez-vous nous confirmer votre adresse complète (avec "
             "bâtiment et étage) ? Nous la transmettrons au transporteur.\n\nL'équipe Puddle & "
             "Pine", 199, fu4a, "fr")
fu4b = follow(E, claire, "Bonjour, voici l'adresse : 14 rue des Tilleuls, bât. B, 3e étage, 69007 "
              "Lyon. Digicode 4512A. Merci !", 203, "fr", fu4a, fu4r,
              subject="Re: Colis pas arrivé", name="Claire Fontaine")
S.negative("follow-up", fu4a, fu4b, "gives the full address the shop asked for")

# Other customers: two people whose newsletter code is refused.
oc_fr1 = S.add(M, "@lea_roussel@piaille.example", "@puddlepine@family.social le code HIVER15 de "
               "votre newsletter me dit \"code invalide\"... il est déjà expiré ?", 288,
               lang="fr", name="Léa Roussel")
oc_fr2 = S.add(E, "t.garnier@wanadoo.example", "Bonjour,\n\nJ'essaie d'utiliser le code HIVER15 "
               "sur votre site et on me répond que le code n'est pas valide. Pourtant la newsletter "
               "date d'hier.\n\nCordialement,\nThomas Garnier", 291, lang="fr",
               subject="Code HIVER15", name="Thomas Garnier")
S.negative("other-customer", oc_fr1, oc_fr2, "two customers with the same refused newsletter code")

# ---------------------------------------------------------------- Portuguese

# Double charge, two separate mails; later a different problem with the same order.
raf = "rafael.couto@sapo.example"
g19a = S.add(E, raf, "Boa tarde,\n\nFiz a encomenda nº 59330 ontem (galochas azuis + capa de "
             "chuva) e no extrato do cartão aparecem dois movimentos de 47,80€. Só fiz uma "
             "encomenda.\n\nAgradeço que verifiquem e devolvam o valor cobrado a mais.\n\n"
             "Cumprimentos,\nRafael Couto", 90, lang="pt", subject="Cobrança em duplicado",
             name="Rafael Couto")
g19b = S.add(E, raf, "Boa tarde,\n\nJá passaram 3 dias e ninguém me respondeu. Continuo com os "
             "dois débitos no cartão. Por favor resolvam isto.\n\nRafael", 160, lang="pt",
             subject="Continuo com 2 cobranças!!", name="Rafael Couto")
S.group("pt", "one identity", g19a, g19b)
oc5 = S.add(E, raf, "Olá,\n\nA encomenda 59330 já chegou, mas a capa de chuva veio com a costura "
            "do capuz aberta, uns 5 cm. Querem que a devolva ou mandam outra?\n\nRafael Couto",
            200, lang="pt", subject="Capa de chuva com defeito", name="Rafael Couto")
S.negative("other-complaint", g19a, oc5, "same customer and order: double charge, then a raincoat "
           "with an open seam")

# Late order: Mastodon, then Bluesky linking the Mastodon handle.
bia_m = "@biafranco@mastodon.example"
bia_b = "biafranco.bsky.social"
g20a = S.add(M, bia_m, "@puddlepine@family.social oi! meu pedido 59871 (mochila + lancheira) era "
             "pra chegar até sexta e até agora nada, o rastreio parou em \"objeto postado\". As "
             "aulas começam segunda \U0001f62c", 150, lang="pt", name="Bia Franco")
g20b = S.add(B, bia_b, "@puddlepine.bsky.social perguntei lá no mastodon e nada... pedido ainda "
             "não chegou, rastreio parado há 5 dias. minha filha vai começar as aulas sem mochila "
             "\U0001f643", 200, lang="pt", name="Beatriz", links=[bia_m])
S.group("pt", "profile link", g20a, g20b)
S.same_person.append(["mastodon:" + bia_m, "bluesky:" + bia_b])

# Wrong colour lunch box, Bluesky.
joana = "joanasilva.bsky.social"
g21a = S.add(B, joana, "@puddlepine.bsky.social Encomendei a lancheira verde e recebi uma "
             "cor-de-rosa. O meu filho não a quer levar para a escola. Como faço a troca?", 350,
             lang="pt", name="Joana Silva")
g21b = S.add(B, joana, "@puddlepine.bsky.social Olá?? Lancheira errada (rosa em vez de verde), "
             "ainda sem resposta", 372, lang="pt", name="Joana Silva")
S.group("pt", "one identity", g21a, g21b)

# Window: the same late order raised again after more than a week.
hel = "helena.matos@clix.example"
w2a = S.add(E, hel, "Bom dia,\n\nA encomenda 58650 ainda não chegou. Foi paga a 2 de fevereiro. "
            "Podem dizer-me quando chega?\n\nObrigada\nHelena Matos", 30, lang="pt",
            subject="Encomenda 58650", name="Helena Matos")
w2b = S.add(E, hel, "Bom dia,\n\nJá reclamei há mais de uma semana e a encomenda 58650 continua "
            "sem chegar. Isto não é aceitável.\n\nHelena Matos", 250, lang="pt",
            subject="Encomenda 58650 - AINDA não chegou", name="Helena Matos")
S.negative("window", w2a, w2b, "same late order raised again nine days later")

# ---------------------------------------------------------------- Italian

# Broken zip on the school bag; the shop asks for a photo (follow-up), then a repeat.
giu = "giulia.rinaldi@libero.example"
g22a = S.add(E, giu, "Buongiorno,\n\nho ricevuto oggi lo zaino Pioggerella (ordine 58790) ma la "
             "cerniera principale è rotta, il cursore si è staccato appena mia figlia l'ha aperto."
             "\nVorrei la sostituzione.\n\nGrazie\nGiulia Rinaldi", 40, lang="it",
             subject="zaino rotto", name="Giulia Rinaldi")
g22r = reply(E, "Buongiorno Giulia,\n\nci dispiace molto! Può mandarci una foto della cerniera? "
             "Così procediamo subito.\n\nUn saluto,\nIl team Puddle & Pine", 46, g22a, "it")
fu5 = follow(E, giu, "Ecco la foto.\n\nGiulia\n\n[allegato: IMG_2291.jpg]", 52, "it", g22a, g22r,
             subject="Re: zaino rotto", name="Giulia Rinaldi")
S.negative("follow-up", g22a, fu5, "sends the photo the shop asked for")
g22b = follow(E, giu, "Buongiorno,\n\nvi ho mandato la foto martedì come richiesto e da allora "
              "silenzio. Lo zaino è inutilizzabile, mia figlia va a scuola con una borsa di tela. "
              "Quando arriva quello nuovo??\n\nG. Rinaldi", 120, "it", g22a, g22r,
              subject="Re: zaino rotto", name="Giulia Rinaldi")
S.group("it", "one identity", g22a, g22b)

# Delivered but not received: Bluesky, then Mastodon, same display name only.
marco_b = "marcodp.bsky.social"
marco_m = "@mdepalma@mastodon.example"
g23a = S.add(B, marco_b, "@puddlepine.bsky.social il corriere dice consegnato stamattina alle 10:12 "
             "ma a casa non c'è niente, ero in casa tutto il giorno e nessuno ha suonato. ordine "
             "60803", 240, lang="it", name="Marco De Palma")
g23b = S.add(M, marco_m, "@puddlepine@family.social ciao, vi ho scritto anche su bluesky: il pacco "
             "risulta consegnato ma non è mai arrivato. Chi me lo rimborsa?", 266, lang="it",
             name="Marco De Palma")
S.group("it", "same name only", g23a, g23b)
S.same_person.append(["bluesky:" + marco_b, "mastodon:" + marco_m])

# Return label missing, Mastodon.
fede = "@fede_conti@mastodon.example"
g24a = S.add(M, fede, "@puddlepine@family.social ciao, ho chiesto il reso per gli stivali (troppo "
             "stretti) 3 giorni fa ma l'etichetta non mi è mai arrivata. come faccio?", 400,
             lang="it", name="Federica Conti")
g24b = S.add(M, fede, "@puddlepine@family.social ancora nessuna etichetta per il reso. i 14 giorni "
             "scadono la settimana prossima, non vorrei perderli per colpa vostra", 445,
             lang="it", name="Federica Conti")
S.group("it", "one identity", g24a, g24b)

# Other customers: two people waiting on the same stuck courier.
oc_it1 = S.add(E, "paolo.greco71@alice.example", "Salve,\n\nil mio ordine 60055 è fermo da 4 "
               "giorni all'hub BRT di Bologna. Sapete qualcosa?\n\nPaolo Greco", 180, lang="it",
               subject="ordine in ritardo", name="Paolo Greco")
oc_it2 = S.add(B, "silviamoretti.bsky.social", "@puddlepine.bsky.social anche il vostro pacco è "
               "bloccato a Bologna da giorni? Il mio (ordine 60071) non si muove", 186, lang="it",
               name="Silvia Moretti")
S.negative("other-customer", oc_it1, oc_it2, "two customers with parcels stuck at the same hub")

# ---------------------------------------------------------------- Dutch

# Cannot log in, Bluesky, triple.
anna = "annavdberg.bsky.social"
g25a = S.add(B, anna, "@puddlepine.bsky.social hoi, ik kan niet meer inloggen op mijn account. "
             "wachtwoord vergeten aangeklikt maar ik krijg geen mail. spam ook al gecheckt", 16,
             lang="nl", name="Anna van den Berg")
g25b = S.add(B, anna, "@puddlepine.bsky.social nog steeds geen resetmail ontvangen.. wil graag "
             "even mijn bestelling checken", 40, lang="nl", name="Anna van den Berg")
g25c = S.add(B, anna, "Dag 3 zonder toegang tot mijn account bij @puddlepine.bsky.social. Al 4x "
             "een nieuw wachtwoord aangevraagd. Niks. Nada.", 64, lang="nl",
             name="Anna van den Berg")
S.group("nl", "one identity", g25a, g25b, g25c)

# Subscription cancelled but billed: email, then Mastodon linking the mail address.
piet = "pieter.jansen@ziggo.example"
piet_m = "@pjansen@mastodon.example"
g26a = S.add(E, piet, "Goedemorgen,\n\nIk heb op 20 januari mijn Puddle Club-abonnement opgezegd "
             "(de bevestigingsmail heb ik nog), maar op 1 februari is er toch weer € 12,95 "
             "afgeschreven. Graag terugstorten.\n\nMet vriendelijke groet,\nPieter Jansen", 310,
             lang="nl", subject="Abonnement opgezegd maar toch afgeschreven",
             name="Pieter Jansen")
g26b = S.add(M, piet_m, "@puddlepine@family.social Na opzegging toch geld afgeschreven voor de "
             "Puddle Club, en mijn mail van dinsdag is nog niet beantwoord. Kan iemand even "
             "kijken?", 360, lang="nl", name="Pieter J.", links=[piet])
S.group("nl", "profile link", g26a, g26b)
S.same_person.append(["email:" + piet, "mastodon:" + piet_m])

# Missing trousers of a rain suit, email thread.
sanne = "sannedevries@kpn.example"
g27a = S.add(E, sanne, "Hallo,\n\nWe hebben het regenpak (jas + broek) in maat 98 besteld, "
             "bestelnr 62015, maar in het pakket zat alleen de jas. Geen broek. Kunnen jullie die "
             "nog nasturen?\n\nGroetjes Sanne", 430, lang="nl", subject="regenpak incompleet",
             name="Sanne de Vries")
g27r = reply(E, "Hoi Sanne,\n\nVervelend! We zoeken het uit en laten het je zo snel mogelijk "
             "weten.\n\nGroet,\nPuddle & Pine", 436, g27a, "nl")
g27b = follow(E, sanne, "Hoi, is de broek al onderweg? Hoor graag iets.\nSanne", 470, "nl", g27a,
              g27r, subject="Re: regenpak incompleet", name="Sanne de Vries")
S.group("nl", "one identity", g27a, g27b)

# Follow-up: order number the shop asked for, on Mastodon.
bram = "@bram_k@mastodon.example"
fu6a = S.add(M, bram, "@puddlepine@family.social de rits van de rugzak die we vorige week kregen "
             "is al kapot, hij loopt niet meer dicht. balen", 266, lang="nl", name="Bram Kok")
fu6r = reply(M, "@bram_k@mastodon.example Hoi Bram, balen inderdaad! Kun je ons je bestelnummer "
             "sturen? Dan regelen we een nieuwe.", 269, fu6a, "nl")
fu6b = follow(M, bram, "@puddlepine@family.social bestelnummer is 60231, staat op naam van mijn "
              "vriendin (Lotte Visser)", 271, "nl", fu6a, fu6r, name="Bram Kok")
S.negative("follow-up", fu6a, fu6b, "gives the order number the shop asked for")

# Window: leaking lunch box raised again after more than a week.
daan = "daansmit.bsky.social"
w3a = S.add(B, daan, "@puddlepine.bsky.social onze broodtrommel lekt aan de zijkant, alles in de "
            "tas is nat. Is dat normaal?", 100, lang="nl", name="Daan Smit")
w3b = S.add(B, daan, "@puddlepine.bsky.social nog steeds niks gehoord over die lekkende "
            "broodtrommel. Wordt dit nog opgelost of niet?", 330, lang="nl", name="Daan Smit")
S.negative("window", w3a, w3b, "same leaking lunch box raised again more than nine days later")

# ---------------------------------------------------------------- Catalan

# Late order, email thread; after arrival a missing strap (other-complaint).
jordi = "jpuig@vilaweb.example"
g28a = S.add(E, jordi, "Bon dia,\n\nVaig fer la comanda 59655 fa 8 dies (unes botes d'aigua i una "
             "carmanyola) i encara no ha arribat. Al seguiment no surt res des de dilluns. Em "
             "podeu dir alguna cosa?\n\nGràcies,\nJordi", 110, lang="ca",
             subject="Comanda endarrerida", name="Jordi Puig")
g28r = reply(E, "Bon dia Jordi,\n\nHo estem mirant amb el transportista i et diem alguna cosa "
             "aviat.\n\nSalutacions,\nPuddle & Pine", 114, g28a, "ca")
g28b = follow(E, jordi, "Hola,\n\nContinuo sense notícies, ni de la comanda ni vostres. Ja en són "
              "10 dies. Si no arriba aquesta setmana prefereixo que me la cancel·leu.\n\nJordi",
              175, "ca", g28a, g28r, subject="Re: Comanda endarrerida", name="Jordi Puig")
S.group("ca", "one identity", g28a, g28b)
oc6 = S.add(E, jordi, "Bon dia,\n\nFinalment ha arribat la comanda, gràcies. Però a la "
            "carmanyola li falta la cinta elàstica que surt a la foto del web. Me la podeu "
            "enviar?\n\nJordi Puig", 250, lang="ca", subject="Falta la cinta de la carmanyola",
            name="Jordi Puig")
S.negative("other-complaint", g28a, oc6, "same customer and order: late, then a missing strap")

# Wrong size raincoat: Mastodon, then email, same display name only.
marta_m = "@martagarriga@mastodon.example"
marta = "marta.garriga@correu.example"
g29a = S.add(M, marta_m, "@puddlepine@family.social hola! m'ha arribat l'impermeable de talla 4 "
             "anys i vaig demanar la de 6. a l'albarà posa 6 però l'etiqueta diu 4. com ho fem "
             "per canviar-lo?", 320, lang="ca", name="Marta Garriga")
g29b = S.add(E, marta, "Bon dia,\n\nUs vaig escriure dijous per Mastodon però no he tingut "
             "resposta. Em va arribar l'impermeable de la talla 4 i havia demanat la 6 (comanda "
             "61240). Voldria fer el canvi.\n\nMarta Garriga", 360, lang="ca",
             subject="Canvi de talla impermeable", name="Marta Garriga")
S.group("ca", "same name only", g29a, g29b)
S.same_person.append(["mastodon:" + marta_m, "email:" + marta])

# Site crash at payment, Bluesky.
pau = "pau-serra.bsky.social"
g30a = S.add(B, pau, "@puddlepine.bsky.social la web se'm penja quan intento pagar amb Bizum, es "
             "queda la rodeta girant i després error 500. Ja ho he provat 3 cops", 460, lang="ca",
             name="Pau Serra")
g30b = S.add(B, pau, "@puddlepine.bsky.social segueix igual, error 500 en pagar. us vull comprar "
             "la motxilla abans no s'acabi el descompte eh \U0001f605", 478, lang="ca",
             name="Pau Serra")
S.group("ca", "one identity", g30a, g30b)

# Window: double charge raised again after more than a week.
nuria = "@nuriavidal@mastodon.example"
w4a = S.add(M, nuria, "@puddlepine@family.social bon dia, m'heu cobrat dues vegades la comanda de "
            "les botes (2 x 32,50 €). Me'n podeu retornar una?", 40, lang="ca",
            name="Núria Vidal")
w4b = S.add(M, nuria, "@puddlepine@family.social fa més d'una setmana que us vaig dir que m'heu "
            "cobrat dos cops i encara no m'han tornat res. Algú ho mira?", 262, lang="ca",
            name="Núria Vidal")
S.negative("window", w4a, w4b, "same double charge raised again more than nine days later")

# ---------------------------------------------------------------- one-off questions

S.add(E, "beckyann.j@homemail.example", "Hi, do the Puddle Jumper wellies come up big or small? "
      "My little one is a 9 in trainers. Thanks! Becky", 4, lang="en",
      subject="Sizing question", name="Becky Jordan")
S.add(B, "aoifeinthewild.bsky.social", "@puddlepine.bsky.social do you ship to Ireland? and is "
      "there customs stuff to pay?", 125, lang="en", name="Aoife")
S.add(M, "@mrsdaly@mastodon.example", "@puddlepine@family.social love the new fox print raincoats! "
      "any chance of an 8-9 size?", 390, lang="en", name="Clare Daly")
S.add(E, "irene.soto@correo.example", "Hola, ¿tenéis vales regalo? Es para el cumple de mi "
      "sobrino. Gracias!", 66, lang="es", subject="vale regalo", name="Irene Soto")
S.add(B, "mamadetres.bsky.social", "@puddlepine.bsky.social ¿las fiambreras se pueden meter en el "
      "lavavajillas o mejor a mano?", 312, lang="es", name="Rocío")
S.add(E, "m.schuster@gmx.example", "Hallo, gibt es die Regenhose auch mit Hosenträgern? Viele Grüße, "
      "Martina Schuster", 190, lang="de", subject="Regenhose", name="Martina Schuster")
S.add(M, "@olaf_h@norden.social", "@puddlepine@family.social Kann man bei euch auch auf Rechnung "
      "bestellen?", 410, lang="de", name="Olaf H.")
S.add(E, "sophie.lemaire@orange.example", "Bonjour, les bottes Flaque sont-elles fourrées pour "
      "l'hiver ou faut-il prévoir des chaussettes épaisses ? Merci, Sophie", 146, lang="fr",
      subject="Question bottes", name="Sophie Lemaire")
S.add(M, "@paulin@piaille.example", "@puddlepine@family.social vous livrez en Belgique ? et en "
      "combien de temps à peu près ?", 440, lang="fr", name="Paulin")
S.add(E, "ines.rocha@sapo.example", "Olá, fazem envios para os Açores? Obrigada, Inês", 226,
      lang="pt", subject="Envios Açores", name="Inês Rocha")
S.add(M, "@dudu_costa@mastodon.example", "@puddlepine@family.social as mochilas têm faixas "
      "refletoras? vou comprar pro meu filho que vai a pé pra escola", 28, lang="pt",
      name="Eduardo Costa")
S.add(B, "chiaraverde.bsky.social", "@puddlepine.bsky.social gli stivali sono senza PVC? "
      "grazie!", 355, lang="it", name="Chiara")
S.add(E, "lorenzo.b@tiscali.example", "Buongiorno, avete anche taglie per bambini di 2 anni per "
      "gli impermeabili? Grazie, Lorenzo Bassi", 78, lang="it", subject="taglie",
      name="Lorenzo Bassi")
S.add(B, "evamulder.bsky.social", "@puddlepine.bsky.social kunnen jullie ook een naam op de "
      "broodtrommel zetten? leuk voor school", 176, lang="nl", name="Eva Mulder")
S.add(E, "k.bakker@xs4all.example", "Goedemiddag, wanneer komen de zomerspullen (zonnehoedjes?) "
      "binnen? Groet, Karin Bakker", 490, lang="nl", subject="zomercollectie",
      name="Karin Bakker")
S.add(M, "@gerard_f@mastodon.example", "@puddlepine@family.social feu enviaments a Andorra? "
      "gràcies!", 212, lang="ca", name="Gerard Font")

S.write(HERE, "Puddle & Pine Kids: repeats in other words in eight languages, written without "
        "sight of the detector or its lexicon; labels are what a reader of the posts would say.")
