#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of customer posts to Orrin Audio, a small shop for
headphones, turntables, cables and speaker stands, for measuring how
well repeats in other words are found.

Thirty true repeat groups (25 pairs, 5 triples) in eight languages
(en, es, de, fr, pt, it, nl, ca): the same customer raising the same
complaint again within a week, in other words, sometimes in the same
mail thread after a non-committal answer by the shop, sometimes on a
second channel. Ten groups cross channels; there the identities are
known from a profile link (five groups) or only from the same display
name (five groups). Labelled negatives: follow-ups that give what the
shop asked for or add a detail, the same customer with another
complaint, different customers with the same complaint (an outage, a
couple sharing one order, two different people sharing a display name
on two channels), and the same complaint again after more than seven
days. One-off questions from other customers fill the inbox.

The posts were written as customers of such a shop write, without
sight of the detector, its lexicon or any other labelled set. The
labels say what a person reading the posts would say; they were never
edited to fit the detector. Run with python3 to write fixture.jsonl and
labels.json next to this script; the output is deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 2, 23, 8, 50, tzinfo=timezone.utc)
E, M, B = "email", "mastodon", "bluesky"

s = LabelledSet(BASE, "oa", "support@orrinaudio.example", "@orrinaudio@hifi.social",
                "orrinaudio.bsky.social", "Orrin Audio")
add, group, negative, reply, rid = s.add, s.group, s.negative, s.reply, s.rid


# ---------------------------------------------------------------- English

# Turntable arrived with a bent tonearm; the shop says it is looking into it.
a = add(E, "dana.whitlock@fastmail.example",
        "Hi,\n\nMy TT-2 turntable arrived yesterday and the tonearm is bent - it sits about 5mm "
        "off the rest and the cueing lever won't lower it properly. The outer box had a big dent "
        "in one corner so I assume it got dropped somewhere along the way.\n\nOrder #58214. Can "
        "you send a replacement or tell me what you need from me?\n\nThanks,\nDana",
        3, lang="en", subject="TT-2 arrived damaged (order #58214)", name="Dana Whitlock")
r = reply(E, "Hi Dana,\n\nThanks for getting in touch and sorry about this. We're looking into "
          "it with the warehouse and will come back to you as soon as we can.\n\nBest,\n"
          "Orrin Audio Support", 7, rid(a), rid(a), "en")
b = add(E, "dana.whitlock@fastmail.example",
        "Hi again,\n\nIt's been 3 days since you said you were \"looking into it\" and I've heard "
        "nothing. I have a £429 turntable I can't use sitting in my living room. Replacement or "
        "refund, I honestly don't mind which at this point, but I need an actual answer.\n\nDana",
        75, lang="en", subject="Re: TT-2 arrived damaged (order #58214)", name="Dana Whitlock",
        thread=rid(a), in_reply_to=rid(r))
group("en", "one identity", a, b)
c = add(E, "dana.whitlock@fastmail.example",
        "Hello,\n\nSeparate thing from the turntable saga: the invoice you sent for 58214 has my "
        "old Leeds address on it and no VAT breakdown. I need a corrected one for my expenses "
        "claim, could you reissue it?\n\nDana Whitlock",
        150, lang="en", subject="Invoice for order 58214", name="Dana Whitlock")
negative("other-complaint", a, c, "same customer and order: damaged turntable, then a wrong invoice address")

# Headphones stuck at "label created", three nudges on Mastodon.
a = add(M, "@kwame@fosstodon.example",
        "@orrinaudio@hifi.social hey, ordered a pair of Kestrel over-ears on the 14th, tracking "
        "says \"label created\" and hasn't budged since. any idea what's going on?",
        20, lang="en", name="Kwame Asante")
r = reply(M, "@kwame@fosstodon.example Sorry Kwame! We're checking with the courier, hang tight "
          "and we'll update you.", 26, rid(a), rid(a), "en")
b = add(M, "@kwame@fosstodon.example",
        "@orrinaudio@hifi.social bumping this - Kestrels still sitting on \"label created\". "
        "did they actually ship or not?",
        68, lang="en", name="Kwame Asante", thread=rid(a), in_reply_to=rid(r))
c = add(M, "@kwame@fosstodon.example",
        "@orrinaudio@hifi.social two weeks of waiting for headphones that apparently don't exist 🙃 "
        "anyone home?",
        122, lang="en", name="Kwame Asante")
group("en", "one identity", a, b, c)

# Charged twice: mail first, then Bluesky with a link to the mail address.
a = add(E, "m.okafor@proton.example",
        "Hello,\n\nI bought a 3m speaker cable (order 58377) on Saturday and my bank shows two "
        "payments of £34.99 to Orrin Audio. There's only one order in my account. Please refund "
        "the duplicate.\n\nMike Okafor",
        40, lang="en", subject="Charged twice", name="Mike Okafor")
b = add(B, "mikeokafor.bsky.social",
        "@orrinaudio.bsky.social emailed your support 2 days ago about being charged twice for a "
        "cable, zero reply. still £69.98 gone from my account for a £34.99 cable. sort it out pls",
        88, lang="en", name="Mike O.", links=["m.okafor@proton.example"])
group("en", "profile link", a, b)
s.same_person.append(["email:m.okafor@proton.example", "bluesky:mikeokafor.bsky.social"])

# Welcome code rejected: Mastodon, then mail under the same name.
a = add(M, "@jrain@toot.example",
        "@orrinaudio@hifi.social is the WELCOME10 code dead? newsletter says 10% off your first "
        "order but checkout just goes \"code not valid\" 🤷",
        102, lang="en", name="Jess Rainford")
b = add(E, "jess.rainford@inbox.example",
        "Hi there,\n\nAsked on mastodon yesterday but no reply. The WELCOME10 code from your "
        "newsletter keeps getting rejected at checkout. I've got the Kestrel headphones and a "
        "pair of stands in the basket and I'd rather not pay full price if the code is meant to "
        "work. Can you apply it manually?\n\nCheers,\nJess",
        130, lang="en", subject="discount code not working", name="Jess Rainford")
group("en", "same name only", a, b)
s.same_person.append(["mastodon:@jrain@toot.example", "email:jess.rainford@inbox.example"])

# Password reset mail never arrives.
a = add(B, "theo-lindqvist.bsky.social",
        "can't log into my @orrinaudio.bsky.social account. hit \"forgot password\" like 4 times, "
        "no email ever shows up. checked spam. help?",
        180, lang="en", name="Theo")
b = add(B, "theo-lindqvist.bsky.social",
        "still locked out of my orrin account. reset link still not coming through. i literally "
        "just want to see where my order is lol",
        205, lang="en", name="Theo")
group("en", "one identity", a, b)

# Subscription cancelled, billed anyway; a second mail, not in the thread.
a = add(E, "h.belcourt@btinternet.example",
        "Hello,\n\nI cancelled my Vinyl Care Club subscription on 3 February (I have the "
        "confirmation email) but £12 was taken again on 1 March. Please refund this and make sure "
        "it is actually cancelled this time.\n\nThanks\nHannah Belcourt",
        170, lang="en", subject="Cancelled Vinyl Care Club but charged again", name="Hannah Belcourt")
b = add(E, "h.belcourt@btinternet.example",
        "Second email about this. I CANCELLED the care club in February, you took £12 off me on "
        "the 1st anyway. I'd like the money back please, and no more little bottles of stylus "
        "cleaner turning up.\n\nH. Belcourt",
        260, lang="en", subject="Care club - why am I still paying?", name="Hannah Belcourt")
group("en", "one identity", a, b)

# Follow-up: the shop asks for a photo and the order number.
a = add(E, "priya.raman@outlook.example",
        "Hi,\n\nUnboxed my Kestrel headphones last night and there's a hairline crack right where "
        "the headband meets the left cup. Didn't drop them or anything, it was like that in the "
        "box. What can you do?\n\nPriya",
        55, lang="en", subject="Cracked headband on Kestrel", name="Priya Raman")
r = reply(E, "Hi Priya,\n\nSo sorry about that! Could you send us a photo of the crack and your "
          "order number? Then we'll sort out a replacement.\n\nOrrin Audio Support",
          60, rid(a), rid(a), "en")
b = add(E, "priya.raman@outlook.example",
        "Hi,\n\nPhoto attached (the crack is near the hinge, a bit hard to see in this light). "
        "Order number is 58590.\n\nThanks, Priya",
        63, lang="en", subject="Re: Cracked headband on Kestrel", name="Priya Raman",
        thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "gives the photo and order number the shop asked for")

# Other customers: checkout broken for everyone for an afternoon.
a = add(M, "@gwenhollis@hifi.social",
        "@orrinaudio@hifi.social checkout is throwing a 500 error every time I hit pay. tried two "
        "different cards, same thing",
        290, lang="en", name="Gwen Hollis")
b = add(B, "rosakett.bsky.social",
        "@orrinaudio.bsky.social is your site broken? can't pay, just get \"something went wrong\" "
        "on the payment page",
        291, lang="en", name="Rosa Kett")
negative("other-customer", a, b, "two customers hit the same checkout outage")

# Other customers: two different people called Sam Porter, both waiting.
a = add(M, "@samporter@mstdn.example",
        "@orrinaudio@hifi.social my replacement turntable belt was meant to arrive Friday, "
        "tracking now just says \"delayed\". any ETA?",
        230, lang="en", name="Sam Porter")
b = add(B, "samp.bsky.social",
        "hey @orrinaudio.bsky.social ordered 2 speaker stands 8 days ago, still no dispatch email. "
        "what's the hold up",
        250, lang="en", name="Sam Porter")
negative("other-customer", a, b, "two different people named Sam Porter, different orders, both late")
s.same_name_different_people.append(["mastodon:@samporter@mstdn.example", "bluesky:samp.bsky.social"])

# Window: the same stylus still "processing" eleven days later.
a = add(B, "jonahfell.bsky.social",
        "@orrinaudio.bsky.social ordered a replacement stylus for my TT-1 a week ago, still says "
        "\"processing\". is it in stock or not?",
        30, lang="en", name="Jonah Fell")
b = add(B, "jonahfell.bsky.social",
        "@orrinaudio.bsky.social that stylus is STILL \"processing\". nearly 3 weeks now.",
        292, lang="en", name="Jonah Fell")
negative("window", a, b, "same complaint again eleven days later")


# ---------------------------------------------------------------- Spanish

# Refund after a return, three mails in one thread.
a = add(E, "carmen.ibarra@correo.example",
        "Hola buenas,\n\nEl día 5 os devolví los auriculares Kestrel (pedido nº 60118) porque "
        "hacían un zumbido en el lado derecho. Según el seguimiento os llegaron el 10, pero a día "
        "de hoy no tengo el reembolso en la tarjeta. ¿Me podéis decir algo?\n\nUn saludo,\n"
        "Carmen Ibarra",
        10, lang="es", subject="Reembolso devolución auriculares", name="Carmen Ibarra")
r = reply(E, "Hola Carmen,\n\nGracias por escribirnos. Lo estamos revisando con el almacén y te "
          "decimos algo en cuanto sepamos más.\n\nUn saludo,\nel equipo de Orrin Audio",
          22, rid(a), rid(a), "es")
b = add(E, "carmen.ibarra@correo.example",
        "Hola otra vez.\n\nHan pasado casi cuatro días desde vuestra respuesta y el dinero sigue "
        "sin aparecer. Son 149 euros, no es ninguna tontería. ¿Cuándo me lo devolvéis?\n\nCarmen",
        95, lang="es", subject="Re: Reembolso devolución auriculares", name="Carmen Ibarra",
        thread=rid(a), in_reply_to=rid(r))
c = add(E, "carmen.ibarra@correo.example",
        "¿¿Hola?? Nadie me contesta. Sigo sin reembolso.\n\nCarmen",
        140, lang="es", subject="Re: Reembolso devolución auriculares", name="Carmen Ibarra",
        thread=rid(a), in_reply_to=rid(b))
group("es", "one identity", a, b, c)

# Wrong colour of speaker stand.
a = add(M, "@pablo_rz@masto.es.example",
        "@orrinaudio@hifi.social pedí el soporte para altavoces en negro y me ha llegado blanco 😑 "
        "y en el albarán pone negro eh",
        48, lang="es", name="Pablo Ruiz")
b = add(M, "@pablo_rz@masto.es.example",
        "@orrinaudio@hifi.social oye que sigo con el soporte BLANCO en el salon y yo lo pedi negro. "
        "alguien me dice como lo cambio??",
        110, lang="es", name="Pablo Ruiz")
group("es", "one identity", a, b)
c = add(M, "@pablo_rz@masto.es.example",
        "@orrinaudio@hifi.social otra cosa: me habeis cobrado 6,95 de envio cuando en la web pone "
        "envio gratis a partir de 50€ y el pedido era de 89",
        200, lang="es", name="Pablo Ruiz")
negative("other-complaint", a, c, "same customer: wrong colour, then a shipping fee charged")

# "Entregado" but not there: Mastodon, then Bluesky linking the Mastodon handle.
a = add(M, "@inesvidal@masto.es.example",
        "@orrinaudio@hifi.social Correos dice que mi paquete está entregado desde ayer pero aquí "
        "no ha llegado nada. Ni aviso ni nada. Pedido 60355",
        150, lang="es", name="Inés Vidal")
b = add(B, "inesvidal.bsky.social",
        "@orrinaudio.bsky.social os escribí por mastodon ayer. El paquete sale como ENTREGADO y "
        "no lo tengo, ni lo tienen los vecinos. ¿Qué hago?",
        176, lang="es", name="Inés", links=["@inesvidal@masto.es.example"])
group("es", "profile link", a, b)
s.same_person.append(["mastodon:@inesvidal@masto.es.example", "bluesky:inesvidal.bsky.social"])

# Counterweight missing from the turntable box.
a = add(B, "quiquenavarro.bsky.social",
        "@orrinaudio.bsky.social acabo de montar el TT-2 y falta el contrapeso del brazo. en la "
        "caja no esta, lo he mirado 3 veces",
        260, lang="es", name="Quique")
b = add(B, "quiquenavarro.bsky.social",
        "@orrinaudio.bsky.social sigo sin contrapeso, tengo el tocadiscos de adorno. me lo mandais "
        "o que?",
        300, lang="es", name="Quique")
group("es", "one identity", a, b)

# Follow-up: the order number the shop asked for.
a = add(E, "marta.sanz@correo.example",
        "Hola, me ha llegado un cable RCA con uno de los conectores suelto, se mueve y se corta "
        "el sonido. Quería saber si me lo cambiáis.\n\nGracias,\nMarta",
        215, lang="es", subject="Cable RCA defectuoso", name="Marta Sanz")
r = reply(E, "Hola Marta,\n\nClaro que sí. ¿Nos puedes indicar el número de pedido para "
          "gestionar el cambio?\n\nUn saludo,\nOrrin Audio", 224, rid(a), rid(a), "es")
b = add(E, "marta.sanz@correo.example",
        "Sí perdona, es el pedido 60741. ¡Gracias!",
        228, lang="es", subject="Re: Cable RCA defectuoso", name="Marta Sanz",
        thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "gives the order number the shop asked for")

# Other customers: two different people named Laura Gómez, both waiting for a refund.
a = add(E, "laura.gomez84@correo.example",
        "Hola,\n\nDevolví el tocadiscos TT-1 hace dos semanas (pedido 59870) y todavía no me "
        "habéis devuelto el dinero. ¿Cuánto suele tardar?\n\nGracias\nLaura Gómez",
        120, lang="es", subject="Reembolso tocadiscos", name="Laura Gómez")
b = add(B, "lauragomez.bsky.social",
        "@orrinaudio.bsky.social hola! hice una devolucion de unos cables hace 10 dias y no veo el "
        "reembolso todavia, es normal que tarde tanto?",
        135, lang="es", name="Laura Gómez")
negative("other-customer", a, b, "two different people named Laura Gómez, different returns")
s.same_name_different_people.append(["email:laura.gomez84@correo.example", "bluesky:lauragomez.bsky.social"])


# ---------------------------------------------------------------- German

# Invoice made out to the private person instead of the firm.
a = add(E, "s.krueger@kanzlei-krueger.example",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung Nr. 2026-0871 zu meiner Bestellung 59120 "
        "ist auf mich als Privatperson ausgestellt, obwohl ich bei der Bestellung die "
        "Firmenanschrift (Kanzlei Krüger, Hauptstr. 12, 50667 Köln) und unsere USt-IdNr. "
        "angegeben habe. Bitte stellen Sie eine korrigierte Rechnung aus.\n\nMit freundlichen "
        "Grüßen\nStefan Krüger",
        60, lang="de", subject="Rechnung 2026-0871 fehlerhaft", name="Stefan Krüger")
b = add(E, "s.krueger@kanzlei-krueger.example",
        "Sehr geehrte Damen und Herren,\n\nich warte weiterhin auf die berichtigte Rechnung, "
        "Firmenanschrift und USt-IdNr. fehlen nach wie vor. Ohne ordnungsgemäßen Beleg kann ich "
        "den Betrag nicht verbuchen. Um kurzfristige Erledigung wird gebeten.\n\nMfG\nS. Krüger",
        190, lang="de", subject="Erinnerung: Korrektur Rechnung 2026-0871", name="Stefan Krüger")
group("de", "one identity", a, b)

# Left earcup dead, three toots.
a = add(M, "@lenaw@chaos.example",
        "@orrinaudio@hifi.social mein Kestrel ist nach 2 Wochen auf der linken Seite komplett "
        "stumm. Kabel getauscht, anderes Handy probiert, nix. Garantiefall?",
        80, lang="de", name="Lena W.")
b = add(M, "@lenaw@chaos.example",
        "@orrinaudio@hifi.social hallo? linke Seite vom Kopfhörer immer noch tot, bisher keine "
        "Antwort",
        130, lang="de", name="Lena W.")
c = add(M, "@lenaw@chaos.example",
        "@orrinaudio@hifi.social Mono-Kopfhörer für 179€, echt super Produkt 👍 meldet sich da "
        "noch jemand?",
        175, lang="de", name="Lena W.")
group("de", "one identity", a, b, c)
d = add(M, "@lenaw@chaos.example",
        "@orrinaudio@hifi.social und wo bleibt eigentlich die Gutschrift für das Phonokabel, das "
        "ich im Januar zurückgeschickt hab? Liegt seit Wochen bei euch",
        240, lang="de", name="Lena W.")
negative("other-complaint", a, d, "same customer: dead earcup, then a credit note for a returned cable")

# Return label: Bluesky, then mail under the same name.
a = add(B, "joergheller.bsky.social",
        "@orrinaudio.bsky.social hab vor 3 Tagen ein Retourenlabel angefordert, kam bis heute "
        "nix. Wie soll ich die Boxenständer denn zurückschicken?",
        310, lang="de", name="Jörg Heller")
b = add(E, "jheller@posteo.example",
        "Hallo,\n\nich warte immer noch auf das Rücksendeetikett für die Lautsprecherständer "
        "(Bestellung 61002). Angefordert über das Formular am Donnerstag, seitdem nichts. Bitte "
        "schicken Sie es mir einfach per Mail.\n\nGruß\nJörg Heller",
        340, lang="de", subject="Retourenlabel fehlt", name="Jörg Heller")
group("de", "same name only", a, b)
s.same_person.append(["bluesky:joergheller.bsky.social", "email:jheller@posteo.example"])

# Rude courier; the shop only "noted" it.
a = add(E, "anja.brandt@web.example",
        "Hallo,\n\nheute kam meine Lieferung (ein Plattenspieler!). Der Fahrer hat den Karton "
        "einfach übers Gartentor gehoben und fallen lassen, und als ich was gesagt hab, wurde er "
        "richtig pampig (\"ist nicht mein Problem\"). Ich möchte, dass Sie das an den "
        "Paketdienst weitergeben.\n\nAnja Brandt",
        270, lang="de", subject="Beschwerde über Zusteller", name="Anja Brandt")
r = reply(E, "Hallo Frau Brandt,\n\nvielen Dank für Ihre Nachricht. Wir haben das notiert und "
          "melden uns bei Ihnen.\n\nIhr Orrin Audio Team", 280, rid(a), rid(a), "de")
b = add(E, "anja.brandt@web.example",
        "Hallo,\n\n\"notiert\" reicht mir ehrlich gesagt nicht. Der Mann hat ein 400-Euro-Gerät "
        "über den Zaun geworfen und mich angeblafft. Haben Sie das beim Paketdienst gemeldet oder "
        "nicht?\n\nA. Brandt",
        330, lang="de", subject="Re: Beschwerde über Zusteller", name="Anja Brandt",
        thread=rid(a), in_reply_to=rid(r))
group("de", "one identity", a, b)

# Follow-up: PS with the photo.
a = add(E, "uwe.tietz@t-online.example",
        "Guten Tag,\n\nder Plattenteller meines neuen TT-1 hat tiefe Kratzer, sieht aus wie "
        "gebraucht. Bestellnr. 59388. Was nun?\n\nGruß\nU. Tietz",
        100, lang="de", subject="Plattenteller zerkratzt", name="Uwe Tietz")
b = add(E, "uwe.tietz@t-online.example",
        "PS: Foto vom Teller hängt an. Die Kratzer sieht man am besten, wenn Licht von der Seite "
        "kommt.",
        101, lang="de", subject="Re: Plattenteller zerkratzt", name="Uwe Tietz",
        thread=rid(a), in_reply_to=rid(a))
negative("follow-up", a, b, "PS adding the photo, an hour later in the same thread")

# Window: Bluetooth drops again, nine days later.
a = add(E, "birgit.sommer@gmx.example",
        "Hallo,\n\nmeine Kestrel BT verlieren ständig die Verbindung zum Laptop, alle paar Minuten. "
        "Firmware ist aktuell. Ist das Problem bekannt?\n\nViele Grüße\nBirgit Sommer",
        5, lang="de", subject="Bluetooth bricht ständig ab", name="Birgit Sommer")
b = add(E, "birgit.sommer@gmx.example",
        "Hallo nochmal,\n\nich hatte mich vor gut einer Woche wegen der Verbindungsabbrüche "
        "gemeldet und nie eine Antwort bekommen. Das Problem besteht weiterhin.\n\nBirgit Sommer",
        230, lang="de", subject="Kestrel BT - immer noch Abbrüche", name="Birgit Sommer")
negative("window", a, b, "same complaint again after more than nine days")


# ---------------------------------------------------------------- French

# "Livré" but never received; the shop opened an inquiry.
a = add(E, "elodie.marchand@orange.example",
        "Bonjour,\n\nLe suivi Colissimo indique que mon colis (commande 59204, un casque Kestrel) "
        "a été livré mardi, mais je n'ai rien reçu : rien dans la boîte aux lettres, pas d'avis de "
        "passage, et la gardienne n'a rien vu non plus.\n\nMerci de faire le nécessaire.\n\n"
        "Cordialement,\nÉlodie Marchand",
        35, lang="fr", subject="Colis indiqué livré mais jamais reçu - cde 59204", name="Élodie Marchand")
r = reply(E, "Bonjour Élodie,\n\nMerci pour votre message. Nous avons ouvert une enquête auprès du "
          "transporteur et revenons vers vous dès que possible.\n\nL'équipe Orrin Audio",
          44, rid(a), rid(a), "fr")
b = add(E, "elodie.marchand@orange.example",
        "Bonjour,\n\nToujours aucune nouvelle de votre \"enquête\" et toujours pas de casque. Ça "
        "fait maintenant dix jours. Je voudrais soit un renvoi, soit un remboursement.\n\n"
        "É. Marchand",
        160, lang="fr", subject="Re: Colis indiqué livré mais jamais reçu - cde 59204",
        name="Élodie Marchand", thread=rid(a), in_reply_to=rid(r))
group("fr", "one identity", a, b)

# Double debit: Mastodon, then mail linking the Mastodon handle.
a = add(M, "@gdubois@piaille.example",
        "@orrinaudio@hifi.social bonjour, j'ai été débité 2 fois pour ma commande (pieds "
        "d'enceinte), 2 x 119€ sur mon relevé. Vous pouvez vérifier svp ?",
        210, lang="fr", name="Guillaume Dubois")
b = add(E, "g.dubois@free.example",
        "Bonjour,\n\nJe vous ai signalé le problème sur Mastodon hier, sans réponse : ma carte a "
        "été débitée deux fois de 119 € pour une seule commande (n° 60810). Merci de rembourser "
        "le second prélèvement rapidement.\n\nCordialement\nGuillaume Dubois",
        234, lang="fr", subject="Double prélèvement", name="Guillaume Dubois",
        links=["@gdubois@piaille.example"])
group("fr", "profile link", a, b)
s.same_person.append(["mastodon:@gdubois@piaille.example", "email:g.dubois@free.example"])

# The app crashes on the basket.
a = add(B, "norabenali.bsky.social",
        "@orrinaudio.bsky.social votre appli plante dès que j'ouvre le panier 😤 iphone 13, ios à "
        "jour. du coup impossible de commander",
        140, lang="fr", name="Nora B")
b = add(B, "norabenali.bsky.social",
        "@orrinaudio.bsky.social toujours le meme souci avec l'appli, crash direct quand je vais "
        "dans le panier. c'est prevu de corriger ou je passe par le site ?",
        165, lang="fr", name="Nora B")
group("fr", "one identity", a, b)
c = add(B, "norabenali.bsky.social",
        "@orrinaudio.bsky.social bon j'ai commandé par le site finalement mais le code BIENVENUE15 "
        "n'a pas été pris en compte, j'ai payé plein pot",
        250, lang="fr", name="Nora B")
negative("other-complaint", a, c, "same customer: app crash, then a code not applied")

# Wrong cable length: two mails, then Mastodon under the same name.
a = add(E, "antoine.lefevre@laposte.example",
        "Bonjour,\n\nJ'ai commandé un câble RCA de 1,5 m (commande 61120) et j'ai reçu un 0,5 m. "
        "Impossible de relier ma platine à l'ampli avec ça. Pouvez-vous m'envoyer la bonne "
        "longueur ?\n\nMerci\nAntoine Lefèvre",
        320, lang="fr", subject="Mauvaise longueur de câble", name="Antoine Lefèvre")
r = reply(E, "Bonjour Antoine,\n\nMerci de nous avoir prévenus, nous regardons ça.\n\n"
          "L'équipe Orrin Audio", 332, rid(a), rid(a), "fr")
b = add(E, "antoine.lefevre@laposte.example",
        "Bonjour, vous regardez toujours ? J'ai toujours mon câble de 50 cm qui ne me sert à rien.\n\n"
        "Antoine",
        370, lang="fr", subject="Re: Mauvaise longueur de câble", name="Antoine Lefèvre",
        thread=rid(a), in_reply_to=rid(r))
c = add(M, "@alefevre@mamot.example",
        "@orrinaudio@hifi.social je vous ai écrit 2 mails pour un câble reçu dans la mauvaise "
        "longueur (0,5 m au lieu de 1,5), toujours rien. quelqu'un lit les mails chez vous ?",
        400, lang="fr", name="Antoine Lefèvre")
group("fr", "same name only", a, b, c)
s.same_person.append(["email:antoine.lefevre@laposte.example", "mastodon:@alefevre@mamot.example"])

# Follow-up: photos the shop asked for.
a = add(E, "sylvie.roux@sfr.example",
        "Bonjour,\n\nUn des deux pieds d'enceinte est arrivé avec le plateau du haut tordu. Est-ce "
        "que je peux avoir un échange ?\n\nSylvie Roux",
        280, lang="fr", subject="pied d'enceinte abîmé", name="Sylvie Roux")
r = reply(E, "Bonjour Sylvie,\n\nDésolés ! Pourriez-vous nous envoyer une photo du pied et de "
          "l'emballage ?\n\nL'équipe Orrin Audio", 290, rid(a), rid(a), "fr")
b = add(E, "sylvie.roux@sfr.example",
        "Voilà les photos du pied et du carton (le carton était déjà éventré à la livraison).\n\n"
        "Bonne journée,\nSylvie Roux",
        300, lang="fr", subject="Re: pied d'enceinte abîmé", name="Sylvie Roux",
        thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "sends the photos the shop asked for")

# Other customers: log-in down the same morning.
a = add(M, "@marc_thevenet@piaille.example",
        "@orrinaudio@hifi.social impossible de me connecter à mon compte ce matin, \"erreur "
        "serveur\". c'est chez vous ?",
        356, lang="fr", name="Marc Thévenet")
b = add(E, "claire.moreau@wanadoo.example",
        "Bonjour,\n\nDepuis ce matin je n'arrive plus à me connecter à mon compte client, j'ai une "
        "page d'erreur. Je voulais juste suivre ma commande.\n\nClaire Moreau",
        358, lang="fr", subject="connexion impossible", name="Claire Moreau")
negative("other-customer", a, b, "two customers locked out by the same log-in outage")


# ---------------------------------------------------------------- Portuguese

# Late turntable; a second mail, not in the thread.
a = add(E, "rafael.costa@sapo.example",
        "Boa tarde,\n\nEncomendei o gira-discos TT-1 (encomenda 60213) há 12 dias e ainda não "
        "chegou. O seguimento dos CTT está parado desde dia 13. Podem ver o que se passa?\n\n"
        "Obrigado\nRafael Costa",
        15, lang="pt", subject="Encomenda 60213 atrasada", name="Rafael Costa")
b = add(E, "rafael.costa@sapo.example",
        "Boa tarde,\n\nvolto a escrever porque continuo sem o gira-discos e sem resposta vossa. "
        "Isto já não é normal.\n\nRafael",
        85, lang="pt", subject="Encomenda ainda não chegou", name="Rafael Costa")
group("pt", "one identity", a, b)
c = add(E, "rafael.costa@sapo.example",
        "Olá,\n\nFinalmente chegou a encomenda 60213, obrigado. Mas o gira-discos veio em nogueira "
        "e eu encomendei o preto. Como faço a troca?\n\nRafael Costa",
        180, lang="pt", subject="Gira-discos veio na cor errada", name="Rafael Costa")
negative("other-complaint", a, c, "same customer and order: late, then the wrong finish")

# Coupon "expired": Bluesky, then Mastodon linking the Bluesky handle.
a = add(B, "biatavares.bsky.social",
        "@orrinaudio.bsky.social o cupão AMIGO20 não funciona no site, diz que expirou mas recebi "
        "o email ontem 🙄",
        60, lang="pt", name="Beatriz Tavares")
b = add(M, "@biatavares@masto.pt.example",
        "@orrinaudio@hifi.social já tinha dito no bluesky: o código AMIGO20 dá \"expirado\" e "
        "recebi-o há dois dias! alguém me ajuda?",
        84, lang="pt", name="Bia", links=["biatavares.bsky.social"])
group("pt", "profile link", a, b)
s.same_person.append(["bluesky:biatavares.bsky.social", "mastodon:@biatavares@masto.pt.example"])

# Refund for returned headphones.
a = add(M, "@joaopinto@ciberlandia.example",
        "@orrinaudio@hifi.social devolvi os auscultadores há 3 semanas, disseram-me que o "
        "reembolso era em 5 dias úteis. nada até agora.",
        330, lang="pt", name="João Pinto")
b = add(M, "@joaopinto@ciberlandia.example",
        "@orrinaudio@hifi.social continuo à espera do dinheiro dos auscultadores... ja vai em 3 "
        "semanas e meia. é para hoje?",
        380, lang="pt", name="João Pinto")
group("pt", "one identity", a, b)

# Other customers: MB Way payments taken but orders marked failed.
a = add(E, "tiago.mendes@gmail.example",
        "Boa noite,\n\nTentei pagar com MB Way, o dinheiro saiu da conta mas a encomenda aparece "
        "como \"pagamento falhado\". Não quero pagar duas vezes. O que faço?\n\nTiago Mendes",
        410, lang="pt", subject="Pagamento MB Way", name="Tiago Mendes")
b = add(B, "carlasousa.bsky.social",
        "@orrinaudio.bsky.social paguei por MB Way, o valor foi debitado e o site diz que o "
        "pagamento falhou?? 😬",
        412, lang="pt", name="Carla Sousa")
negative("other-customer", a, b, "two customers hit by the same payment failure")


# ---------------------------------------------------------------- Italian

# Belt missing from the turntable; a reminder, then an invoice problem.
a = add(E, "giulia.esposito@libero.example",
        "Buongiorno,\n\nho ricevuto il giradischi TT-1 (ordine 59077) ma nella scatola non c'è la "
        "cinghia di trasmissione, quindi il piatto non gira. Potete spedirmela?\n\nGrazie\n"
        "Giulia Esposito",
        25, lang="it", subject="Manca la cinghia - ordine 59077", name="Giulia Esposito")
b = add(E, "giulia.esposito@libero.example",
        "Buongiorno,\n\nvi ho scritto due giorni fa perché manca la cinghia nel giradischi. "
        "Nessuna risposta. Ho pagato 349 euro per un soprammobile. Attendo notizie.\n\nG. Esposito",
        72, lang="it", subject="Sollecito", name="Giulia Esposito")
group("it", "one identity", a, b)
c = add(E, "giulia.esposito@libero.example",
        "Buongiorno,\n\naltra cosa: la fattura dell'ordine 59077 è intestata a \"Giulia Esposto\" "
        "e manca il codice fiscale. Mi serve corretta per la detrazione. Grazie",
        140, lang="it", subject="Fattura sbagliata", name="Giulia Esposito")
negative("other-complaint", a, c, "same customer and order: missing belt, then a wrong invoice")

# Broken headband: Mastodon, then Bluesky under the same name.
a = add(M, "@mbellini@mastodon.uno.example",
        "@orrinaudio@hifi.social arrivate oggi le cuffie Kestrel, archetto già spezzato dentro la "
        "scatola. Bella sorpresa 👏",
        240, lang="it", name="Marco Bellini")
b = add(B, "marcobellini.bsky.social",
        "@orrinaudio.bsky.social cuffie arrivate con l'archetto rotto, ho scritto pure su mastodon "
        "ma niente. come si fa il reso??",
        262, lang="it", name="Marco Bellini")
group("it", "same name only", a, b)
s.same_person.append(["mastodon:@mbellini@mastodon.uno.example", "bluesky:marcobellini.bsky.social"])

# Account locked, three posts; the shop answers once without substance.
a = add(B, "federinaldi.bsky.social",
        "@orrinaudio.bsky.social non riesco ad accedere al mio account, mi dice \"account "
        "bloccato\" dopo che ho sbagliato la password UNA volta. come lo sblocco?",
        380, lang="it", name="Federica")
r = reply(B, "@federinaldi.bsky.social Ciao Federica, ci stiamo guardando! Ti aggiorniamo presto.",
          390, rid(a), rid(a), "it")
b = add(B, "federinaldi.bsky.social",
        "@orrinaudio.bsky.social ancora chiusa fuori dall'account 😩",
        405, lang="it", name="Federica", thread=rid(a), in_reply_to=rid(r))
c = add(B, "federinaldi.bsky.social",
        "@orrinaudio.bsky.social terzo giorno che non posso entrare nel mio profilo. qualcuno "
        "risponde??",
        450, lang="it", name="Federica")
group("it", "one identity", a, b, c)

# Follow-up: the serial number the shop asked for.
a = add(E, "paolo.greco@tiscali.example",
        "Salve,\n\nle mie cuffie Kestrel fanno un fischio costante nel padiglione destro, anche "
        "senza musica. Sono in garanzia?\n\nPaolo Greco",
        160, lang="it", subject="Cuffie che fischiano", name="Paolo Greco")
r = reply(E, "Salve Paolo,\n\nsì, sono in garanzia. Ci può mandare il numero di serie? Si trova "
          "sotto il cuscinetto sinistro.\n\nOrrin Audio", 170, rid(a), rid(a), "it")
b = add(E, "paolo.greco@tiscali.example",
        "Ecco il numero di serie: KST-2208-04417\n\nSaluti,\nPaolo Greco",
        175, lang="it", subject="Re: Cuffie che fischiano", name="Paolo Greco",
        thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "gives the serial number the shop asked for")

# Window: parcel stuck in Bologna, again ten days later.
a = add(M, "@silvia_m@livellosegreto.example",
        "@orrinaudio@hifi.social il mio pacco risulta fermo a Bologna da 5 giorni, ordine 59301. "
        "sapete qualcosa?",
        50, lang="it", name="Silvia M.")
b = add(M, "@silvia_m@livellosegreto.example",
        "@orrinaudio@hifi.social di nuovo io: il pacco 59301 è ancora fermo a Bologna. ma è perso?",
        300, lang="it", name="Silvia M.")
negative("window", a, b, "same complaint again ten days later")


# ---------------------------------------------------------------- Dutch

# Wrong stand height; the shop will "find out".
a = add(E, "sanne.devries@ziggo.example",
        "Hoi,\n\nIk had de speakerstandaards van 80 cm besteld (bestelling 60688) maar er zitten "
        "twee van 60 cm in de doos. Kunnen jullie de juiste sturen en de verkeerde laten "
        "ophalen?\n\nGroetjes,\nSanne",
        200, lang="nl", subject="Verkeerde standaards ontvangen", name="Sanne de Vries")
r = reply(E, "Hoi Sanne,\n\nVervelend! We gaan het uitzoeken en laten het je weten.\n\n"
          "Groet, Orrin Audio", 210, rid(a), rid(a), "nl")
b = add(E, "sanne.devries@ziggo.example",
        "Hoi,\n\nNog niks gehoord sinds jullie het zouden uitzoeken. Ik heb nog steeds die te lage "
        "standaards in de kamer staan. Wanneer komen de 80 cm?\n\nSanne",
        300, lang="nl", subject="Re: Verkeerde standaards ontvangen", name="Sanne de Vries",
        thread=rid(a), in_reply_to=rid(r))
group("nl", "one identity", a, b)

# Invoice VAT wrong: Bluesky, then mail linking the Bluesky handle.
a = add(B, "pieterbakker.bsky.social",
        "@orrinaudio.bsky.social jullie factuur rekent de btw over de verzendkosten twee keer? "
        "totaal klopt gewoon niet",
        110, lang="nl", name="Pieter Bakker")
b = add(E, "p.bakker@kpnmail.example",
        "Goedemiddag,\n\nZoals eerder via Bluesky gemeld: op de factuur van bestelling 60254 staat "
        "de btw over de verzendkosten dubbel, het totaal is daardoor €4,12 te hoog. Graag een "
        "gecorrigeerde factuur.\n\nMet vriendelijke groet,\nPieter Bakker",
        150, lang="nl", subject="Factuur klopt niet", name="Pieter Bakker",
        links=["pieterbakker.bsky.social"])
group("nl", "profile link", a, b)
s.same_person.append(["bluesky:pieterbakker.bsky.social", "email:p.bakker@kpnmail.example"])

# Turntable stuck "in voorbereiding".
a = add(M, "@koen@mastodon.nl.example",
        "@orrinaudio@hifi.social al 9 dagen aan het wachten op mijn draaitafel, track & trace "
        "zegt nog steeds 'in voorbereiding'. hoe zit dat?",
        420, lang="nl", name="Koen")
b = add(M, "@koen@mastodon.nl.example",
        "@orrinaudio@hifi.social nog steeds geen draaitafel. 'in voorbereiding' sinds vorige "
        "week... serieus?",
        470, lang="nl", name="Koen")
group("nl", "one identity", a, b)

# Follow-up: the customer adds the order number and a detail.
a = add(E, "r.jansen@hetnet.example",
        "Hallo,\n\nDe koptelefoon die ik vandaag kreeg heeft een gebroken scharnier. Hoe gaat dat "
        "met retourneren?\n\nRuud Jansen",
        350, lang="nl", subject="Koptelefoon kapot aangekomen", name="Ruud Jansen")
b = add(E, "r.jansen@hetnet.example",
        "Vergeten te melden: het gaat om bestelling 61377, en de doos was aan één kant ook nat.\n\n"
        "Ruud",
        352, lang="nl", subject="Re: Koptelefoon kapot aangekomen", name="Ruud Jansen",
        thread=rid(a), in_reply_to=rid(a))
negative("follow-up", a, b, "adds the order number and a detail in the same thread")

# Other customers: a couple sharing one order.
a = add(E, "ilse.visser@gmail.example",
        "Hallo,\n\nWij hebben vorige week een platenspeler besteld (60930) en die is nog steeds "
        "niet binnen. Kunnen jullie kijken waar hij blijft?\n\nGroet,\nIlse",
        260, lang="nl", subject="Bestelling 60930 nog niet ontvangen", name="Ilse Visser")
b = add(M, "@thijsvisser@mastodon.nl.example",
        "@orrinaudio@hifi.social onze draaitafel (bestelling 60930) is nog steeds niet bezorgd, "
        "mijn vriendin heeft ook al gemaild. enig idee?",
        270, lang="nl", name="Thijs Visser")
negative("other-customer", a, b, "a couple sharing one order, each asking")


# ---------------------------------------------------------------- Catalan

# Scratched platter and cracked lid; the shop is "looking at it".
a = add(E, "jordi.puig@xtec.example",
        "Bon dia,\n\nAhir em va arribar el tocadiscs TT-2 (comanda 59250) i el plat té una "
        "ratllada profunda i la tapa de metacrilat està esquerdada. La caixa estava xafada per un "
        "costat.\n\nQuè fem?\n\nGràcies,\nJordi Puig",
        45, lang="ca", subject="Tocadiscs arribat en mal estat", name="Jordi Puig")
r = reply(E, "Bon dia Jordi,\n\nHo sentim molt. Ho estem mirant i et direm alguna cosa aviat.\n\n"
          "Orrin Audio", 50, rid(a), rid(a), "ca")
b = add(E, "jordi.puig@xtec.example",
        "Bon dia,\n\nFa tres dies que m'ho esteu mirant... Tinc un tocadiscs de 429 € amb la tapa "
        "trencada. Em podeu dir si me'l canvieu o no?\n\nJordi",
        120, lang="ca", subject="Re: Tocadiscs arribat en mal estat", name="Jordi Puig",
        thread=rid(a), in_reply_to=rid(r))
group("ca", "one identity", a, b)

# Stand promotion not applied: Mastodon, then mail under the same name.
a = add(M, "@mireiasoler@mastodont.cat",
        "@orrinaudio@hifi.social la promo del 15% en suports no s'aplica al cistell, em cobra el "
        "preu sencer 🤔",
        190, lang="ca", name="Mireia Soler")
b = add(E, "mireia.soler@gmail.example",
        "Hola,\n\nus ho vaig dir per Mastodon però no he tingut resposta: la promoció del 15% en "
        "suports per a altaveus no es descompta quan faig la comanda, surt el preu normal. Em "
        "podeu fer el descompte vosaltres?\n\nMoltes gràcies\nMireia",
        215, lang="ca", subject="Descompte suports", name="Mireia Soler")
group("ca", "same name only", a, b)
s.same_person.append(["mastodon:@mireiasoler@mastodont.cat", "email:mireia.soler@gmail.example"])

# Refund for returned cables.
a = add(B, "arnauvila.bsky.social",
        "@orrinaudio.bsky.social vaig tornar uns cables fa 2 setmanes i encara no m'heu retornat "
        "els diners. quan sera?",
        390, lang="ca", name="Arnau")
b = add(B, "arnauvila.bsky.social",
        "@orrinaudio.bsky.social res, ni un euro. dues setmanes i mitja esperant el "
        "reemborsament dels cables",
        440, lang="ca", name="Arnau")
group("ca", "one identity", a, b)

# Window: invoice asked for again after eleven days.
a = add(E, "nuria.camps@estudicamps.example",
        "Bon dia,\n\nNecessito la factura de la comanda 59412 a nom de l'empresa (Estudi Camps SL, "
        "NIF B12345678). No l'he rebuda amb la confirmació.\n\nGràcies,\nNúria Camps",
        70, lang="ca", subject="Factura comanda 59412", name="Núria Camps")
b = add(E, "nuria.camps@estudicamps.example",
        "Bon dia,\n\nTorno a demanar la factura de la comanda 59412, encara no la tinc.\n\n"
        "Núria",
        335, lang="ca", subject="Factura 59412", name="Núria Camps")
negative("window", a, b, "same request again eleven days later")


# ---------------------------------------------------------------- one-off questions

add(M, "@hollis_b@mastodon.example",
    "@orrinaudio@hifi.social do the Kestrel headphones work with a PS5 over USB or is it "
    "bluetooth only?", 12, lang="en", name="Ben Hollis")
add(E, "aoife.byrne@eircom.example",
    "Hi,\n\nDo you ship to Ireland, and roughly what does delivery cost for a turntable?\n\n"
    "Thanks,\nAoife", 95, lang="en", subject="Shipping to Ireland", name="Aoife Byrne")
add(B, "spinningwheels.bsky.social",
    "@orrinaudio.bsky.social is the TT-2 belt drive or direct drive? can't find it on the "
    "product page", 285, lang="en", name="Lou")
add(E, "javi.moreno@correo.example",
    "Hola, ¿tenéis tienda física en Madrid para probar los auriculares antes de comprar?\n\n"
    "Gracias\nJavi", 65, lang="es", subject="Tienda física", name="Javier Moreno")
add(B, "noelia-hdez.bsky.social",
    "@orrinaudio.bsky.social enviais a Canarias? y si es asi hay que pagar aduana?",
    345, lang="es", name="Noelia")
add(M, "@kai@norden.example",
    "@orrinaudio@hifi.social Welchen Querschnitt haben eure Lautsprecherkabel, 2,5 oder 4 mm²?",
    155, lang="de", name="Kai")
add(E, "m.hoffmann@arcor.example",
    "Guten Tag,\n\ngibt es den TT-2 auch mit eingebautem Phono-Vorverstärker? Mein Verstärker "
    "hat keinen Phono-Eingang.\n\nDanke\nMarkus Hoffmann", 395, lang="de",
    subject="TT-2 mit Vorverstärker?", name="Markus Hoffmann")
add(M, "@lucie_v@mastodon.be.example",
    "@orrinaudio@hifi.social vous livrez en Belgique ?", 90, lang="fr", name="Lucie V.")
add(E, "bernard.petit@orange.example",
    "Bonjour,\n\nEst-ce que vos pieds d'enceinte peuvent être remplis de sable pour les "
    "alourdir ?\n\nBien à vous,\nBernard Petit", 435, lang="fr", subject="Pieds d'enceinte",
    name="Bernard Petit")
add(B, "ritamatos.bsky.social",
    "@orrinaudio.bsky.social têm vales de oferta? queria oferecer uns auscultadores ao meu pai",
    225, lang="pt", name="Rita Matos")
add(E, "nuno.faria@sapo.example",
    "Bom dia,\n\nA garantia dos vossos gira-discos é de 2 ou de 3 anos?\n\nCumprimentos,\n"
    "Nuno Faria", 455, lang="pt", subject="Garantia", name="Nuno Faria")
add(M, "@ale_conti@mastodon.uno.example",
    "@orrinaudio@hifi.social lo stand da 80 cm regge casse da 15 kg l'una?", 118, lang="it",
    name="Alessandro Conti")
add(E, "chiara.ricci@libero.example",
    "Buongiorno,\n\navete le testine di ricambio per il TT-1? Non le trovo sul sito.\n\n"
    "Grazie, Chiara", 322, lang="it", subject="Testina TT-1", name="Chiara Ricci")
add(B, "daanmulder.bsky.social",
    "@orrinaudio.bsky.social passen jullie 60 cm standaards ook onder KEF LS50's?",
    185, lang="nl", name="Daan")
add(M, "@pol@mastodont.cat",
    "@orrinaudio@hifi.social feu enviaments a Andorra?", 205, lang="ca", name="Pol")
add(B, "laiaferrer.bsky.social",
    "@orrinaudio.bsky.social els auriculars Kestrel tenen cancel·lació de soroll activa?",
    468, lang="ca", name="Laia Ferrer")


s.write(HERE, "Orrin Audio: repeats in other words across email, Mastodon and Bluesky, "
        "eight languages; written without sight of the detector, labels as a reader would give them.")
