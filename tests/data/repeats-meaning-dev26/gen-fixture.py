#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Labelled set of repeats in other words: posts to Kettle & Kiln Bakeware,
a small shop for cake tins, proving baskets, stand mixers and baking
courses, on email, Mastodon and Bluesky, in eight languages (en, es, de,
fr, pt, it, nl, ca).

The posts were written as customers of such a shop write, without sight
of the repeat detector, its lexicon or the other sets. The labels say
what a person reading the posts would say: 30 true repeat groups (the
same customer raising the same complaint again within 7 days, 10 of them
across two channels), and negatives that must not be grouped (follow-ups
in the same thread, other complaints of the same customer, other
customers with the same complaint, the same complaint after more than 7
days). They were never edited to fit the detector.

Run: python3 gen-fixture.py  (writes fixture.jsonl and labels.json here)
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 3, 16, 8, 40, tzinfo=timezone.utc)
S = LabelledSet(BASE, "kk", "hello@kettlekiln.example", "@kettlekiln@bake.social",
                "kettlekiln.bsky.social", "Kettle & Kiln Bakeware")
rid = S.rid


def mail(author, name, subject, text, h, lang, thread=None, irt=None, links=None):
    return S.add("email", author, text, h, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def masto(author, name, text, h, lang, links=None, thread=None, irt=None):
    return S.add("mastodon", author, text, h, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=irt)


def bsky(author, name, text, h, lang, links=None, thread=None, irt=None):
    return S.add("bluesky", author, text, h, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=irt)


# ---------------------------------------------------------------- English
# G1 (triple, email thread): stand mixer not delivered, non-committal answer
a = mail("gareth.pryce@fastmail.example", "Gareth Pryce", "Order 58214 - where is it?",
         "Hi there,\n\nI ordered the Artisan 5L stand mixer (sage green) on the 9th, order 58214, "
         "and was told 2-3 working days. It's now a week and the tracking page hasn't moved since "
         "'label created'. Could you tell me what's going on please?\n\nThanks,\nGareth", 2, "en")
r = S.reply("email", "Hi Gareth, thanks for getting in touch. We're looking into this with the "
            "courier and will get back to you as soon as we hear.\n\nBest, Lou @ Kettle & Kiln",
            7, rid(a), rid(a), "en")
b = mail("gareth.pryce@fastmail.example", "Gareth Pryce", "Re: Order 58214 - where is it?",
         "Two days on and still nothing from you or from the courier. 'Looking into it' isn't "
         "really an answer. I paid £289 for this mixer, I'd like to know if it actually exists.\n\nGareth",
         54, "en", thread=rid(a), irt=rid(r))
c = mail("gareth.pryce@fastmail.example", "Gareth Pryce", "Re: Order 58214 - where is it?",
         "Hello?? Anyone?\n\nSent from my iPhone", 101, "en", thread=rid(a), irt=rid(r))
S.group("en", "one identity", a, b, c)
# other complaint, same order: invoice
d = mail("gareth.pryce@fastmail.example", "Gareth Pryce", "Invoice for 58214 wrong",
         "Hi, separate thing - the invoice you emailed for 58214 has my old address in Cardiff on it, "
         "I need it with the Bristol address for my expenses claim. Can you reissue? Cheers, G",
         120, "en")
S.negative("other-complaint", a, d, "same customer and order: late mixer, then invoice with the wrong address")

# G2 (mastodon): dented springform tin
a = masto("@wrenbakes@mastodon.green", "Wren 🌾",
          "@kettlekiln@bake.social my 23cm springform just turned up and the rim is bent in so badly "
          "the clip won't close. Box was fine so it must have gone in like that?? Not ideal with a "
          "birthday cake due saturday", 30, "en")
b = masto("@wrenbakes@mastodon.green", "Wren 🌾",
          "@kettlekiln@bake.social hi again, still got a springform that doesn't spring. any chance "
          "of a swap before the weekend or shall I just go to Lakeland", 77, "en")
S.group("en", "one identity", a, b)

# G3 (email -> bluesky, profile link): refund for returned banneton
a = mail("priya.n.shah@outlook.example", "Priya Shah", "Refund for returned banneton",
         "Hello,\n\nI sent back the 1kg oval banneton (order #57730) on the 2nd, your warehouse signed "
         "for it on the 5th according to Royal Mail. Your site says refunds take 5 days but I haven't "
         "seen anything on my card. Please can you check.\n\nKind regards\nPriya Shah", 20, "en")
b = bsky("priyabakesbread.bsky.social", "Priya S",
         "Still waiting for my refund from @kettlekiln.bsky.social. Returned the basket nearly two weeks "
         "ago, emailed, nothing. Lovely products, shame about the money side", 93, "en",
         links=["priya.n.shah@outlook.example"])
S.group("en", "profile link", a, b)
S.same_person.append(["email:priya.n.shah@outlook.example", "bluesky:priyabakesbread.bsky.social"])

# G4 (bluesky): coupon not applied
a = bsky("tomhollisbakes.bsky.social", "Tom Hollis",
         "@kettlekiln.bsky.social the SPRING15 code from your newsletter says 'not valid for this "
         "basket' - I've only got a loaf tin and a dough scraper in there, nothing on sale. Bug?", 45, "en")
r = S.reply("bluesky", "Hi Tom! Could you DM us a screenshot? We'll have a look 🙂", 48, rid(a), rid(a), "en")
b = bsky("tomhollisbakes.bsky.social", "Tom Hollis",
         "Tried it again on the laptop this time, same thing. 15% off apparently means 0% off 🙃", 60, "en")
S.group("en", "one identity", a, b)

# G5 (email): charged twice
a = mail("dlacey1962@btinternet.example", "Dennis Lacey", "charged twice",
         "Good afternoon\n\nmy bank statement shows two payments of £46.50 to Kettle and Kiln on "
         "17/03, I only placed one order (the loaf tin set). Please refund the extra one.\n\nD. Lacey", 34, "en")
r = S.reply("email", "Dear Mr Lacey, thank you for letting us know. We're checking this with our "
            "payment provider and will be in touch.\n\nKind regards, Kettle & Kiln", 40, rid(a), rid(a), "en")
b = mail("dlacey1962@btinternet.example", "Dennis Lacey", "Re: charged twice",
         "I am still showing the £46.50 taken twice. It has been 5 days. I would appreciate it if "
         "somebody could simply put it back.\n\nD. Lacey", 152, "en", thread=rid(a), irt=rid(r))
S.group("en", "one identity", a, b)

# G6 (mastodon -> email, same name only): course videos locked
a = masto("@ohfionaofficial@mstdn.social", "Fiona McAllister",
          "Bought the online sourdough course from @kettlekiln@bake.social last night, can't get into "
          "it at all. Login just bounces me back to the homepage. Anyone else?", 130, "en")
b = mail("fi.mcallister@gmail.example", "Fiona McAllister", "Can't access sourdough course",
         "Hi,\n\nI posted on mastodon yesterday but no reply. I paid for the Sourdough from Scratch "
         "video course and still can't get in, every time I log in it just takes me back to the shop "
         "front page. I've tried Chrome and Safari.\n\nFiona", 151, "en")
S.group("en", "same name only", a, b)
S.same_person.append(["mastodon:@ohfionaofficial@mstdn.social", "email:fi.mcallister@gmail.example"])

# follow-up (en): order number asked for
a = mail("kerry.w@icloud.example", "Kerry Walsh", "missing whisk",
         "Hi my mixer came without the balloon whisk, the dough hook and paddle are there but no whisk. "
         "Kerry", 12, "en")
r = S.reply("email", "Hi Kerry, sorry about that! Could you send us your order number so we can "
            "get a whisk out to you?\n\nLou", 15, rid(a), rid(a), "en")
b = mail("kerry.w@icloud.example", "Kerry Walsh", "Re: missing whisk",
         "Sure it's KK-58102. Thanks!", 17, "en", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "customer gives the order number the shop asked for")

# other customer: site outage, two people
a = bsky("hollyjbakes.bsky.social", "Holly J",
         "is the @kettlekiln.bsky.social site down for anyone else? getting a 502 at checkout", 200, "en")
b = bsky("marcusreadsandbakes.bsky.social", "Marcus",
         "@kettlekiln.bsky.social checkout broken? keeps erroring when I hit pay", 200.5, "en")
S.negative("other-customer", a, b, "two customers hit the same checkout outage")

# other customer, same display name on two channels, different people
a = mail("sam.taylor.leeds@gmail.example", "Sam Taylor", "Loaf tin damaged",
         "Hi, my 2lb loaf tin arrived with a big dent in one corner, order 58390. Can I get a "
         "replacement? Sam (Leeds)", 240, "en")
b = masto("@samtaylor@toot.wales", "Sam Taylor",
          "@kettlekiln@bake.social the bundt tin I got for my mum's birthday has a scratch right "
          "through the non-stick inside 😕 bought it at your Cardiff pop-up stall", 262, "en")
S.negative("other-customer", a, b, "two different people called Sam Taylor, different tins and purchases")
S.same_name_different_people.append(["email:sam.taylor.leeds@gmail.example", "mastodon:@samtaylor@toot.wales"])

# window: same complaint 11 days later
a = masto("@crumbandcoffee@hachyderm.example", "Joss",
          "@kettlekiln@bake.social password reset email never arrives. checked spam. help", 26, "en")
b = masto("@crumbandcoffee@hachyderm.example", "Joss",
          "@kettlekiln@bake.social still can't reset my password, the link email just never comes", 292, "en")
S.negative("window", a, b, "same login complaint, eleven days later")

# ---------------------------------------------------------------- Spanish
# G7 (triple, email): marked delivered, not received
a = mail("lucia.ferrer.g@gmail.example", "Lucía Ferrer", "Pedido entregado pero no me ha llegado",
         "Hola buenas,\n\nEn el seguimiento del pedido nº 58177 pone 'entregado' desde ayer a las 13:02, "
         "pero yo no he recibido nada, estuve en casa toda la mañana y no ha llamado nadie. Ni en "
         "portería ni los vecinos. ¿Me podéis ayudar?\n\nGracias,\nLucía", 9, "es")
r = S.reply("email", "Hola Lucía, lo sentimos mucho. Hemos abierto una incidencia con el transportista "
            "y te decimos algo en cuanto respondan.\n\nUn saludo, Kettle & Kiln", 25, rid(a), rid(a), "es")
b = mail("lucia.ferrer.g@gmail.example", "Lucía Ferrer", "Re: Pedido entregado pero no me ha llegado",
         "Hola, ya han pasado tres dias y sigo sin saber nada del paquete. Es un regalo y lo necesito "
         "para el domingo. Si se ha perdido decidmelo y ya está.", 97, "es", thread=rid(a), irt=rid(r))
c = mail("lucia.ferrer.g@gmail.example", "Lucía Ferrer", "Re: Pedido entregado pero no me ha llegado",
         "Seguimos igual?? Nadie me contesta. Muy decepcionada la verdad.", 163, "es",
         thread=rid(a), irt=rid(r))
S.group("es", "one identity", a, b, c)

# G8 (mastodon): mixer bowl cracked
a = masto("@pablorrr@mastodon.social", "Pablo R.",
          "@kettlekiln@bake.social me ha llegado la amasadora con el bol de cristal rajado de arriba "
          "abajo. Ni la he estrenado. Qué hago?", 50, "es")
b = masto("@pablorrr@mastodon.social", "Pablo R.",
          "@kettlekiln@bake.social sigo esperando respuesta por lo del bol roto... dos días ya. "
          "No puedo usar la máquina así", 100, "es")
S.group("es", "one identity", a, b)
c = masto("@pablorrr@mastodon.social", "Pablo R.",
          "@kettlekiln@bake.social otra cosa: el cupón de bienvenida no se me aplicó en este pedido, "
          "tenía que ser un 10%", 104, "es")
S.negative("other-complaint", a, c, "same customer: cracked bowl, then welcome coupon not applied")

# G9 (bluesky -> email, profile link): wrong tax ID on invoice
a = bsky("carmenhornea.bsky.social", "Carmen 🍰",
         "@kettlekiln.bsky.social hola! la factura de mi pedido 58261 sale con el NIF mal (pone "
         "B1234567 y es B12345678). La necesito para la gestoría, ¿la podéis corregir?", 66, "es")
b = mail("carmen@obradorlaesquina.example", "Carmen Vidal", "Factura pedido 58261",
         "Buenas tardes,\n\nos escribí por Bluesky hace unos días. La factura del pedido 58261 tiene el "
         "NIF de la empresa equivocado, le falta un dígito. Os pido por favor una factura rectificativa, "
         "que cierro el trimestre.\n\nCarmen Vidal\nObrador La Esquina", 150, "es",
         links=["carmenhornea.bsky.social"])
S.group("es", "profile link", a, b)
S.same_person.append(["bluesky:carmenhornea.bsky.social", "email:carmen@obradorlaesquina.example"])

# G10 (email): subscription cancelled but still billed
a = mail("jmgarrido71@hotmail.example", "José Manuel Garrido", "Baja caja mensual y me seguís cobrando",
         "Hola. Me di de baja de la Caja del Horno el 28 de febrero (tengo el email de confirmación) y "
         "hoy me habéis cobrado 24,90 € otra vez. Quiero que me devolváis el cargo.\nSaludos", 110, "es")
b = mail("jmgarrido71@hotmail.example", "José Manuel Garrido", "cobro indebido",
         "A ver, es la segunda vez que escribo. Estoy DADO DE BAJA y me habéis cargado la cuota de "
         "marzo. Si no me lo devolvéis esta semana lo devuelvo desde el banco.", 175, "es")
S.group("es", "one identity", a, b)

# follow-up (es): order number
a = mail("a.sotomayor@yahoo.example", "Ana Sotomayor", "Molde equivocado",
         "Hola, pedí el molde de tarta de 20 cm y me ha llegado uno de 26. ¿Como lo cambio?", 180, "es")
r = S.reply("email", "Hola Ana, perdona el error. ¿Nos pasas el número de pedido y te mandamos la "
            "etiqueta de devolución?\n\nSaludos", 184, rid(a), rid(a), "es")
b = mail("a.sotomayor@yahoo.example", "Ana Sotomayor", "Re: Molde equivocado",
         "Claro, es el 58455. Gracias por la rapidez!", 186, "es", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "customer gives the order number the shop asked for")

# window (es)
a = bsky("nachobakes.bsky.social", "Nacho",
         "@kettlekiln.bsky.social la app se me cierra sola cada vez que abro el carrito 🙄", 14, "es")
b = bsky("nachobakes.bsky.social", "Nacho",
         "@kettlekiln.bsky.social otra vez la app cerrándose al entrar al carrito, ¿no lo habíais arreglado?",
         220, "es")
S.negative("window", a, b, "same app crash complaint, more than eight days later")

# ---------------------------------------------------------------- German
# G11 (email thread): wrong size tin
a = mail("k.brandstetter@web.example", "Katrin Brandstetter", "Falsche Springform geliefert",
         "Hallo,\n\nich habe eine Springform 24 cm bestellt (Bestellung 58119), geliefert wurde aber "
         "eine 28er. Die passt nicht mal in meinen Ofen. Bitte um Umtausch.\n\nViele Grüße\nKatrin Brandstetter",
         5, "de")
r = S.reply("email", "Hallo Frau Brandstetter, danke für Ihre Nachricht, wir prüfen das und melden "
            "uns.\n\nViele Grüße, Kettle & Kiln", 28, rid(a), rid(a), "de")
b = mail("k.brandstetter@web.example", "Katrin Brandstetter", "AW: Falsche Springform geliefert",
         "Hallo nochmal, ich warte immer noch auf den Umtausch der Form. Was genau wird da denn "
         "geprüft? Auf dem Karton steht 28 cm, auf der Rechnung 24 cm.\n\nK. Brandstetter",
         96, "de", thread=rid(a), irt=rid(r))
S.group("de", "one identity", a, b)

# G12 (triple, mastodon): refund missing
a = masto("@backfee@chaos.social", "backfee",
          "@kettlekiln@bake.social Hab den Gärkorb vor 2 Wochen zurückgeschickt, Geld ist immer noch "
          "nicht da. Wie lange dauert das denn bei euch?", 120, "de")
b = masto("@backfee@chaos.social", "backfee",
          "@kettlekiln@bake.social Hallo? Erstattung ist weiterhin nicht auf dem Konto. Langsam nervt's.",
          170, "de")
c = masto("@backfee@chaos.social", "backfee",
          "@kettlekiln@bake.social Fast drei Wochen ohne mein Geld. Ich sag's nur.", 238, "de")
S.group("de", "one identity", a, b, c)

# G13 (email -> mastodon, same name only): return label not received
a = mail("joerg.hansen@gmx.example", "Jörg Hansen", "Retourenschein fehlt",
         "Guten Tag,\n\nich habe am Montag die Retoure für die Küchenmaschine angemeldet, aber das "
         "Retourenetikett ist nie angekommen (auch nicht im Spam). Bestellnr. 58066.\n\nMfG\nJörg Hansen",
         75, "de")
b = masto("@jhansen@norden.social", "Jörg Hansen",
          "@kettlekiln@bake.social Warte seit Tagen auf ein Rücksendeetikett, per Mail kommt keine "
          "Antwort. Muss ich die Maschine jetzt selbst auf meine Kosten zurückschicken?", 140, "de")
S.group("de", "same name only", a, b)
S.same_person.append(["email:joerg.hansen@gmx.example", "mastodon:@jhansen@norden.social"])

# G14 (bluesky): app crashes at checkout
a = bsky("lenabackt.bsky.social", "Lena",
         "@kettlekiln.bsky.social eure App stürzt bei mir jedes Mal ab, sobald ich auf 'Zur Kasse' "
         "tippe. iPhone 13, neueste Version.", 190, "de")
b = bsky("lenabackt.bsky.social", "Lena",
         "Kasse in der App geht immer noch nicht, fliegt einfach raus. Dann halt nicht 🤷‍♀️ "
         "@kettlekiln.bsky.social", 230, "de")
S.group("de", "one identity", a, b)

# follow-up (de): photo asked for
a = mail("m.oberhuber@t-online.example", "Markus Oberhuber", "Kastenform beschädigt",
         "Servus, die Kastenform aus Bestellung 58301 hat eine Delle am Rand. Grüße M. Oberhuber", 210, "de")
r = S.reply("email", "Hallo Herr Oberhuber, das tut uns leid. Könnten Sie uns ein Foto der Delle "
            "schicken?\n\nViele Grüße", 213, rid(a), rid(a), "de")
b = mail("m.oberhuber@t-online.example", "Markus Oberhuber", "AW: Kastenform beschädigt",
         "Anbei das Foto. Die Delle ist an der langen Seite, ca. 2 cm.\n\nGrüße", 215, "de",
         thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "customer sends the photo the shop asked for")

# other customer: couple sharing one order
a = mail("sabine.koenig@posteo.example", "Sabine König", "Lieferung 58340",
         "Hallo, unsere Bestellung 58340 (Backkurs-Gutschein + Backmatte) ist immer noch nicht da, "
         "obwohl Expressversand. Gruß Sabine König", 260, "de")
b = mail("thomas.koenig@posteo.example", "Thomas König", "Wo bleibt 58340?",
         "Guten Tag, meine Frau hat schon geschrieben, aber: die Bestellung 58340 ist überfällig, der "
         "Gutschein ist ein Geburtstagsgeschenk. Bitte um Info. T. König", 266, "de")
S.negative("other-customer", a, b, "a couple sharing one order, two people")

# other complaint (de)
a = bsky("der-hefeteig.bsky.social", "Hefeteig-Heinz",
         "@kettlekiln.bsky.social meine Bestellung 58222 hängt seit 5 Tagen im Paketzentrum fest.", 85, "de")
b = bsky("der-hefeteig.bsky.social", "Hefeteig-Heinz",
         "@kettlekiln.bsky.social so, Paket ist da – aber der Knethaken der Maschine quietscht "
         "wie verrückt beim Kneten. Normal?", 190, "de")
S.negative("other-complaint", a, b, "same customer: stuck parcel, then a squeaking dough hook")

# window (de)
a = mail("ute.ramsauer@freenet.example", "Ute Ramsauer", "Rabattcode",
         "Hallo, der Code BACKEN10 funktioniert bei mir nicht. Gruß Ute", 40, "de")
b = mail("ute.ramsauer@freenet.example", "Ute Ramsauer", "Rabattcode geht wieder nicht",
         "Hallo, schon wieder: der Rabattcode aus dem Newsletter wird nicht angenommen. Ute", 250, "de")
S.negative("window", a, b, "same coupon complaint, almost nine days later")

# ---------------------------------------------------------------- French
# G15 (email thread): late parcel
a = mail("helene.marchal@orange.example", "Hélène Marchal", "Commande 58150 toujours pas reçue",
         "Bonjour,\n\nJ'ai commandé le 8 mars un moule à kouglof et deux bannetons ronds (cde 58150). "
         "Le suivi Colissimo n'a pas bougé depuis 6 jours. Pouvez-vous vous renseigner ?\n\n"
         "Cordialement,\nHélène Marchal", 15, "fr")
r = S.reply("email", "Bonjour Madame Marchal, nous avons contacté le transporteur et revenons vers "
            "vous dès que possible.\n\nBien à vous, Kettle & Kiln", 31, rid(a), rid(a), "fr")
b = mail("helene.marchal@orange.example", "Hélène Marchal", "RE: Commande 58150 toujours pas reçue",
         "Bonjour, toujours aucune nouvelle de mon colis ni de votre part. C'est un peu long quand "
         "même...\nH. Marchal", 118, "fr", thread=rid(a), irt=rid(r))
S.group("fr", "one identity", a, b)
c = mail("helene.marchal@orange.example", "Hélène Marchal", "Erreur dans le colis 58150",
         "Bonjour, le colis est enfin arrivé mais il y a deux moules à manqué au lieu des deux "
         "bannetons. Je fais comment pour l'échange ?\nH. Marchal", 200, "fr")
S.negative("other-complaint", a, c, "same customer and order: late parcel, then wrong items inside")

# G16 (bluesky): missing part
a = bsky("nico-patisse.bsky.social", "Nico",
         "@kettlekiln.bsky.social reçu le robot pâtissier, super, sauf qu'il manque le crochet pétrisseur "
         "dans le carton 🙃 c'était un peu l'intérêt", 58, "fr")
b = bsky("nico-patisse.bsky.social", "Nico",
         "toujours pas de crochet. je pétris à la main avec un robot à 300 balles sur le plan de travail, "
         "c'est beau @kettlekiln.bsky.social", 121, "fr")
S.group("fr", "one identity", a, b)

# G17 (mastodon -> bluesky, profile link): rude courier
a = masto("@claire_fournil@piaille.example", "Claire",
          "@kettlekiln@bake.social votre livreur vient de me jeter le carton (avec un moule en verre "
          "dedans !!) par-dessus le portail et m'a envoyée balader quand j'ai dit quelque chose. "
          "Vous travaillez avec qui exactement ?", 140, "fr")
b = bsky("clairefournil.bsky.social", "Claire F.",
         "Je l'ai déjà dit sur Mastodon mais sans réponse : le livreur de @kettlekiln.bsky.social a été "
         "franchement malpoli et a balancé mon colis. J'aimerais au moins des excuses.", 188, "fr",
         links=["@claire_fournil@piaille.example"])
S.group("fr", "profile link", a, b)
S.same_person.append(["mastodon:@claire_fournil@piaille.example", "bluesky:clairefournil.bsky.social"])

# G18 (triple, email): double debit
a = mail("b.lemaire@free.example", "Bruno Lemaire", "Double prélèvement",
         "Bonjour,\nj'ai été débité deux fois de 62,40 € pour ma commande du 18/03. Merci de "
         "rembourser le doublon.\nBruno", 60, "fr")
b = mail("b.lemaire@free.example", "Bruno Lemaire", "Re: Double prélèvement",
         "Relance : toujours deux débits sur mon compte. Merci de faire le nécessaire.", 108, "fr",
         thread=rid(a), irt=rid(a))
c = mail("b.lemaire@free.example", "Bruno Lemaire", "débité 2 fois - 3e mail",
         "Bonjour, 3e message. Vous m'avez pris 124,80 € au lieu de 62,40. Sans réponse de votre part "
         "je fais opposition auprès de ma banque.", 170, "fr")
S.group("fr", "one identity", a, b, c)

# follow-up (fr): PS with photo
a = mail("m.guerin@laposte.example", "Mathilde Guérin", "Moule cassé",
         "Bonjour, mon moule à tarte en céramique est arrivé fendu en deux. Commande 58412. Mathilde", 300, "fr")
b = mail("m.guerin@laposte.example", "Mathilde Guérin", "Re: Moule cassé",
         "PS : j'avais oublié la photo, la voici en pièce jointe.", 300.4, "fr",
         thread=rid(a), irt=rid(a))
S.negative("follow-up", a, b, "PS adding the photo in the same thread")

# other customer: courier depot strike, two customers
a = masto("@gaelle@mamot.example", "Gaëlle",
          "@kettlekiln@bake.social commande bloquée au dépôt de Lyon depuis lundi, vous savez quelque chose ?",
          280, "fr")
b = mail("olivier.perrin@sfr.example", "Olivier Perrin", "Colis bloqué à Lyon",
         "Bonjour, mon colis est bloqué au centre de tri de Lyon depuis 4 jours. Une grève ? O. Perrin",
         284, "fr")
S.negative("other-customer", a, b, "two customers with parcels stuck at the same depot")

# ---------------------------------------------------------------- Portuguese
# G19 (email): discount code
a = mail("ritasousa.pt@sapo.example", "Rita Sousa", "Código de desconto",
         "Olá! Tentei usar o código PASCOA20 na encomenda da batedeira mas o desconto não foi "
         "aplicado, paguei o preço todo. Podem devolver a diferença?\nObrigada\nRita", 88, "pt")
r = S.reply("email", "Olá Rita, obrigado pela mensagem, vamos verificar e já lhe dizemos algo.\n\n"
            "Cumprimentos, Kettle & Kiln", 92, rid(a), rid(a), "pt")
b = mail("ritasousa.pt@sapo.example", "Rita Sousa", "Re: Código de desconto",
         "Bom dia, ja passaram 4 dias... a diferença dos 20% ainda não foi devolvida. Fico a aguardar.",
         190, "pt", thread=rid(a), irt=rid(r))
S.group("pt", "one identity", a, b)

# G20 (mastodon): banneton arrived mouldy
a = masto("@fermentafabio@masto.pt", "Fábio",
          "@kettlekiln@bake.social o cesto de fermentação chegou com bolor no fundo. A sério? Vem "
          "embalado em plástico húmido. Encomenda 58233", 170, "pt")
b = masto("@fermentafabio@masto.pt", "Fábio",
          "@kettlekiln@bake.social ainda à espera de resposta sobre o cesto com fungos. Não vou usar "
          "aquilo para pão, obviamente", 230, "pt")
S.group("pt", "one identity", a, b)

# G21 (email -> bluesky, same name only): refund not received
a = mail("beatriz.m.lima@uol.example", "Beatriz Lima", "Reembolso curso cancelado",
         "Oi, vocês cancelaram a aula presencial de pão de fermentação natural do dia 21 e disseram "
         "que iam estornar o valor (65 euros). Até agora nada no cartão.\nBeatriz", 208, "pt")
b = bsky("biabakes.bsky.social", "Beatriz Lima",
         "@kettlekiln.bsky.social cancelaram minha aula e o estorno até hoje não caiu. Já mandei email, "
         "ninguém responde 😤", 290, "pt")
S.group("pt", "same name only", a, b)
S.same_person.append(["email:beatriz.m.lima@uol.example", "bluesky:biabakes.bsky.social"])

# other complaint (pt)
a = bsky("joaocoelho.bsky.social", "João Coelho",
         "@kettlekiln.bsky.social não consigo entrar na minha conta, diz palavra-passe errada mas "
         "acabei de a mudar", 35, "pt")
b = bsky("joaocoelho.bsky.social", "João Coelho",
         "@kettlekiln.bsky.social já entrei, obrigado. mas agora vejo que me cobraram a encomenda duas vezes?!",
         70, "pt")
S.negative("other-complaint", a, b, "same customer: login problem, then double charge")

# ---------------------------------------------------------------- Italian
# G22 (email): wrong colour mixer
a = mail("f.deluca@libero.example", "Francesca De Luca", "Colore sbagliato planetaria",
         "Buongiorno,\nho ordinato la planetaria color crema (ordine n. 58188) e mi è arrivata rossa. "
         "Va in cucina, il rosso proprio non ci sta. Come facciamo per la sostituzione?\n"
         "Cordiali saluti\nFrancesca De Luca", 24, "it")
r = S.reply("email", "Gentile Francesca, ci scusiamo per l'inconveniente, stiamo verificando la "
            "disponibilità.\n\nUn saluto, Kettle & Kiln", 30, rid(a), rid(a), "it")
b = mail("f.deluca@libero.example", "Francesca De Luca", "R: Colore sbagliato planetaria",
         "Buongiorno, ci sono novità? La planetaria rossa è ancora imballata nel corridoio, "
         "aspetto istruzioni.\nF.", 125, "it", thread=rid(a), irt=rid(r))
S.group("it", "one identity", a, b)

# G23 (bluesky): password reset
a = bsky("giuliaimpasta.bsky.social", "Giulia",
         "@kettlekiln.bsky.social non riesco ad accedere al mio account, clicco su 'password dimenticata' "
         "e la mail non arriva mai. Ne ho bisogno per il corso di giovedì!", 260, "it")
b = bsky("giuliaimpasta.bsky.social", "Giulia",
         "ancora niente mail di reset 😩 il corso è dopodomani @kettlekiln.bsky.social", 300, "it")
S.group("it", "one identity", a, b)

# G24 (mastodon -> email, profile link): delivered not received
a = masto("@marcocuoco@mastodon.uno", "Marco",
          "@kettlekiln@bake.social il corriere dice consegnato, io non ho ricevuto niente. Ordine 58270. "
          "Ottimo.", 215, "it")
b = mail("marco.rinaldi86@gmail.example", "Marco Rinaldi", "Ordine 58270 consegnato ma mai ricevuto",
         "Salve, come già scritto su Mastodon: l'ordine 58270 risulta consegnato il 24/03 ma non mi è "
         "mai arrivato. Nessun avviso, niente dal portiere. Vorrei sapere come procedere.\n"
         "Marco Rinaldi", 262, "it", links=["@marcocuoco@mastodon.uno"])
S.group("it", "profile link", a, b)
S.same_person.append(["mastodon:@marcocuoco@mastodon.uno", "email:marco.rinaldi86@gmail.example"])

# follow-up (it): photo
a = masto("@saraforno@mastodon.uno", "Sara",
          "@kettlekiln@bake.social la teglia rettangolare è arrivata tutta graffiata 😕", 320, "it")
r = S.reply("mastodon", "@saraforno@mastodon.uno ciao Sara, ci dispiace! Ci mandi una foto?", 322,
            rid(a), rid(a), "it")
b = masto("@saraforno@mastodon.uno", "Sara",
          "@kettlekiln@bake.social eccola, i graffi sono sul fondo, si vede bene con la luce", 323, "it",
          thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "customer sends the photo the shop asked for")

# window (it)
a = mail("pgallo@tiscali.example", "Paolo Gallo", "Fattura sbagliata",
         "Buongiorno, nella fattura manca la partita IVA. Paolo Gallo", 62, "it")
b = mail("pgallo@tiscali.example", "Paolo Gallo", "Fattura ancora senza partita IVA",
         "Buongiorno, di nuovo: la fattura è senza partita IVA, me la potete rifare? P. Gallo", 310, "it")
S.negative("window", a, b, "same invoice complaint, more than ten days later")

# ---------------------------------------------------------------- Dutch
# G25 (triple, email): late order
a = mail("evdberg@ziggo.example", "Esther van den Berg", "Bestelling 58140 nog niet binnen",
         "Goedemorgen,\n\nVorige week dinsdag besteld (nr 58140, twee rijsmanden en een deegschraper), "
         "maar nog niks ontvangen. Track & trace zegt 'in behandeling'. Kunnen jullie even kijken?\n\n"
         "Groet,\nEsther", 44, "nl")
r = S.reply("email", "Hoi Esther, we zoeken het voor je uit en laten het je weten.\n\nGroetjes, "
            "Kettle & Kiln", 50, rid(a), rid(a), "nl")
b = mail("evdberg@ziggo.example", "Esther van den Berg", "RE: Bestelling 58140 nog niet binnen",
         "Hoi, is er al iets bekend? Nog steeds niks binnen hier.", 99, "nl", thread=rid(a), irt=rid(r))
c = mail("evdberg@ziggo.example", "Esther van den Berg", "RE: Bestelling 58140 nog niet binnen",
         "Nou ja zeg. Ruim anderhalve week en nog steeds geen rijsmanden. Graag gewoon antwoord.",
         160, "nl", thread=rid(a), irt=rid(r))
S.group("nl", "one identity", a, b, c)

# G26 (bluesky): discount not deducted
a = bsky("bakkerbram.bsky.social", "Bram",
         "@kettlekiln.bsky.social kortingscode WELKOM10 geaccepteerd maar de korting staat niet op de "
         "factuur? Gewoon volle pond betaald", 140, "nl")
b = bsky("bakkerbram.bsky.social", "Bram",
         "@kettlekiln.bsky.social die 10% korting heb ik nog steeds niet terug gezien hoor", 205, "nl")
S.group("nl", "one identity", a, b)

# G27 (bluesky -> mastodon, same name only): broken tart tin
a = bsky("anoukbakt.bsky.social", "Anouk de Vries",
         "taartvorm van @kettlekiln.bsky.social kwam binnen met de bodem helemaal krom 😢", 230, "nl")
b = masto("@anouk@mastodon.nl", "Anouk de Vries",
          "@kettlekiln@bake.social nog even hier dan: mijn taartvorm is krom geleverd, bodem ligt niet "
          "eens plat. Wie kan me helpen?", 275, "nl")
S.group("nl", "same name only", a, b)
S.same_person.append(["bluesky:anoukbakt.bsky.social", "mastodon:@anouk@mastodon.nl"])

# follow-up (nl): order number
a = masto("@jeroenk@mastodon.nl", "Jeroen",
          "@kettlekiln@bake.social mijn factuur klopt niet, jullie rekenen 21% btw over de cursus", 350, "nl")
r = S.reply("mastodon", "@jeroenk@mastodon.nl Hoi Jeroen, wat is je bestelnummer? Dan kijken we het na.",
            352, rid(a), rid(a), "nl")
b = masto("@jeroenk@mastodon.nl", "Jeroen", "@kettlekiln@bake.social bestelnummer is 58501", 354, "nl",
          thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "customer gives the order number the shop asked for")

# other customer: app crash, two people
a = bsky("lottebakt.bsky.social", "Lotte",
         "@kettlekiln.bsky.social app crasht direct na de update, kan niks meer bestellen", 330, "nl")
b = masto("@pietervd@mastodon.nl", "Pieter",
          "@kettlekiln@bake.social sinds de laatste update sluit jullie app meteen af bij openen", 333, "nl")
S.negative("other-customer", a, b, "two customers with the same crash after an update")

# ---------------------------------------------------------------- Catalan
# G28 (email): invoice error
a = mail("jordi.casals@xtec.example", "Jordi Casals", "Error a la factura",
         "Bon dia,\n\nla factura de la comanda 58199 posa 3 motlles de plum-cake i només en vaig "
         "comprar 1. M'heu cobrat bé però la factura està malament i la necessito per a l'escola.\n\n"
         "Gràcies,\nJordi", 18, "ca")
r = S.reply("email", "Hola Jordi, ho estem revisant, et diem alguna cosa aviat.\n\nSalut, Kettle & Kiln",
            22, rid(a), rid(a), "ca")
b = mail("jordi.casals@xtec.example", "Jordi Casals", "Re: Error a la factura",
         "Hola de nou, encara no tinc la factura corregida. Al centre me la demanen aquesta setmana.",
         115, "ca", thread=rid(a), irt=rid(r))
S.group("ca", "one identity", a, b)
c = mail("jordi.casals@xtec.example", "Jordi Casals", "Etiqueta de devolució",
         "Hola, a part de la factura: vaig demanar fa dies l'etiqueta per tornar la reixeta de "
         "refredar i no m'ha arribat.\nJordi", 128, "ca")
S.negative("other-complaint", a, c, "same customer: invoice error, then return label missing")

# G29 (mastodon -> email, profile link): order not arrived
a = masto("@nuriafornera@mastodont.cat", "Núria",
          "@kettlekiln@bake.social fa deu dies que vaig fer la comanda i encara no ha arribat res. "
          "El seguiment no diu ni ase ni bèstia", 100, "ca")
b = mail("nuria.serra.p@gmail.example", "Núria Serra", "Comanda no rebuda",
         "Hola,\n\nus ho vaig dir per Mastodon però no m'heu contestat. La meva comanda (la del "
         "cistell de fermentació i la batedora de mà) encara no ha arribat i ja fa gairebé dues "
         "setmanes.\n\nNúria Serra", 148, "ca", links=["@nuriafornera@mastodont.cat"])
S.group("ca", "profile link", a, b)
S.same_person.append(["mastodon:@nuriafornera@mastodont.cat", "email:nuria.serra.p@gmail.example"])

# G30 (bluesky -> mastodon, same name only): cannot enter course
a = bsky("pauribas.bsky.social", "Pau Ribas",
         "@kettlekiln.bsky.social he pagat el curs online de brioxeria i no em deixa entrar, diu "
         "'accés no autoritzat'", 310, "ca")
b = masto("@pauribas@mastodont.cat", "Pau Ribas",
          "@kettlekiln@bake.social segueixo sense poder entrar al curs de brioixos que vaig pagar. "
          "Algú hi és?", 355, "ca")
S.group("ca", "same name only", a, b)
S.same_person.append(["bluesky:pauribas.bsky.social", "mastodon:@pauribas@mastodont.cat"])

# other customer, same display name on two channels, different people
a = bsky("martapuig.bsky.social", "Marta Puig",
         "@kettlekiln.bsky.social el codi de descompte no funciona a la cistella 😕", 150, "ca")
b = mail("marta.puig.ferrer@telefonica.example", "Marta Puig", "Descompte no aplicat",
         "Bon dia, sóc clienta de Girona, vaig fer la comanda 58311 per telèfon i no em van aplicar "
         "el 10% de soci del curs. Marta Puig", 170, "ca")
S.negative("other-customer", a, b, "two different people called Marta Puig, different orders")
S.same_name_different_people.append(["bluesky:martapuig.bsky.social",
                                     "email:marta.puig.ferrer@telefonica.example"])

# ---------------------------------------------------------------- filler
mail("greg.okafor@gmail.example", "Greg Okafor", "Gift wrapping?",
     "Hi, do you do gift wrapping? Want to send the cast iron bread pot to my sister. Greg", 11, "en")
masto("@lazyloaf@mastodon.social", "lazy loaf",
      "@kettlekiln@bake.social is the 9 inch round tin dishwasher safe or am I going to regret it", 64, "en")
bsky("bakesalebex.bsky.social", "Bex",
     "@kettlekiln.bsky.social any spaces left on the croissant class on the 4th?", 181, "en")
mail("i.moreno@gmail.example", "Irene Moreno", "Envíos a Canarias",
     "Hola, ¿hacéis envíos a Canarias? Y si es así, ¿cuánto tarda? Gracias", 80, "es")
bsky("panconpaco.bsky.social", "Paco",
     "@kettlekiln.bsky.social ¿el banneton de 750 g sirve para una hogaza de 1 kg de masa?", 244, "es")
masto("@brotzeit@social.tchncs.example", "Brotzeit",
      "@kettlekiln@bake.social Gibt's die Gärkörbe auch aus Holzschliff statt Rattan?", 55, "de")
mail("h.weidner@gmx.example", "Helga Weidner", "Frage zum Backkurs",
     "Guten Tag, kann man beim Backkurs am 11. April auch zu zweit teilnehmen? Freundliche Grüße H. Weidner",
     270, "de")
bsky("tartinette.bsky.social", "Tartinette",
     "@kettlekiln.bsky.social vous livrez en Belgique ? 🇧🇪", 95, "fr")
mail("s.morel@gmail.example", "Sophie Morel", "Taille des cercles à tarte",
     "Bonjour, vos cercles à tarte perforés existent-ils en 18 cm ? Merci, Sophie", 335, "fr")
masto("@pao_de_casa@masto.pt", "Inês",
      "@kettlekiln@bake.social a batedora de 5L tem garantia de quantos anos?", 125, "pt")
mail("ruicarvalho@gmail.example", "Rui Carvalho", "Fatura com NIF",
     "Boa tarde, consigo pedir fatura com NIF depois de fazer a encomenda? Obrigado, Rui", 360, "pt")
bsky("lucaimpasta.bsky.social", "Luca",
     "@kettlekiln.bsky.social avete anche stampi in silicone o solo metallo?", 39, "it")
mail("anna.ferri@virgilio.example", "Anna Ferri", "Buono regalo",
     "Salve, vorrei regalare un buono per un corso di panificazione, come funziona? Anna", 236, "it")
masto("@daanbakt@mastodon.nl", "Daan",
      "@kettlekiln@bake.social hebben jullie ook een afhaalpunt in Utrecht?", 283, "nl")
bsky("merceforn.bsky.social", "Mercè",
     "@kettlekiln.bsky.social feu cursos en català a Barcelona? 🥖", 196, "ca")
mail("oriol.bosch@gmail.example", "Oriol Bosch", "Pregunta motlle",
     "Hola, el motlle rodó de 22 cm és antiadherent? Gràcies!", 344, "ca")

S.write(HERE, "Repeats in other words at a bakeware shop, eight languages; written without "
        "sight of the detector, labels as a reader would give them.")
