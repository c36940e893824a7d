#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Labelled set of repeats in other words for a small coffee roaster,
Ember & Oak Coffee Roasters (bean subscriptions, grinders, pour-over kits,
cafe gift cards), over email, Mastodon and Bluesky, in eight languages.

The posts were written as customers of such a shop write, without sight
of the repeat detector, its lexicon or the other sets. The labels say what
a person reading the posts would say; they were never edited to fit the
detector. 30 true repeat groups (25 pairs, 5 triples), 10 of them across
two channels, labelled negatives (follow-up, other-complaint,
other-customer, window) and one-off questions as filler.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 11, 2, 7, 25, tzinfo=timezone.utc)
S = LabelledSet(BASE, "eo", "beans@emberoak.example", "@emberoak@roast.social",
                "emberoak.bsky.social", "Ember & Oak Coffee Roasters")
R = S.rid

# ---------------------------------------------------------------- en
# G1 email triple: cracked hopper on a grinder, non-committal answer
a = S.add("email", "nadia.okafor@fastmail.example", "Hi,\n\nMy Ridge 40 grinder arrived this morning and the plastic hopper has a crack right down the side, beans trickle out of it when I fill it. The box looked fine from outside so I guess it was packed like that. Order EO-20871.\n\nCan you send a new hopper or do I send the whole thing back?\n\nThanks,\nNadia", 2, lang="en", subject="Ridge 40 hopper cracked", name="Nadia Okafor")
r = S.reply("email", "Hi Nadia, sorry to hear that! We're looking into it and will get back to you shortly. Best, Theo @ Ember & Oak", 6, R(a), R(a), "en")
b = S.add("email", "nadia.okafor@fastmail.example", "Hi Theo,\n\nit's been three days since \"shortly\". I still have a grinder I can't use because the hopper is split. I'd just like to know if a replacement is coming or not.\n\nNadia", 75, lang="en", subject="Re: Ridge 40 hopper cracked", name="Nadia Okafor", thread=R(a), in_reply_to=R(r))
c = S.add("email", "nadia.okafor@fastmail.example", "Hello?? Cracked hopper, EO-20871, still waiting. Making coffee with a hand mill like it's 1850.", 122, lang="en", subject="Re: Ridge 40 hopper cracked", name="Nadia Okafor", thread=R(a), in_reply_to=R(r))
S.group("en", "one identity", a, b, c)

# G2 mastodon pair: cancelled subscription still billed
a = S.add("mastodon", "@gregh@fosstodon.example", "@emberoak@roast.social hey, I cancelled my monthly beans sub back in October (got the confirmation mail and everything) but you charged my card £16.50 again today. Can you refund it please?", 20, lang="en", name="Greg Hollis")
b = S.add("mastodon", "@gregh@fosstodon.example", "@emberoak@roast.social so do I have to cancel my card to stop you taking money for a subscription I already cancelled? still no refund, still no answer", 96, lang="en", name="Greg Hollis")
S.group("en", "one identity", a, b)
oc = S.add("mastodon", "@gregh@fosstodon.example", "@emberoak@roast.social separate thing, the last bag of Huila I got before cancelling tasted flat, roast date on it was 7 weeks old. Is that normal??", 100, lang="en", name="Greg Hollis")
S.negative("other-complaint", a, oc, "same customer: billed after cancelling vs old roast date on a bag")

# G3 email -> bluesky, profile link: parcel not arrived
a = S.add("email", "priya.r@outlook.example", "Hello,\n\nI ordered a Kalita pour-over kit and 2 bags of the Ethiopia Guji on the 1st (order 20894). Tracking hasn't moved since it said 'at depot' on Thursday. Could you check with the courier?\n\nKind regards\nPriya Raman", 30, lang="en", subject="Order 20894 not arrived", name="Priya Raman")
b = S.add("bluesky", "priyaraman.bsky.social", "emailed @emberoak.bsky.social on Tuesday about my order sitting 'at depot' for a week, zero reply. anyone know if they actually answer here instead?", 118, lang="en", name="Priya R", links=["priya.r@outlook.example"])
S.same_person.append(["email:priya.r@outlook.example", "bluesky:priyaraman.bsky.social"])
S.group("en", "profile link", a, b)

# G4 bluesky pair: coupon not applied
a = S.add("bluesky", "tomfernley.bsky.social", "@emberoak.bsky.social your BREW15 code from the newsletter says 'not valid for this basket' on a grinder + beans order. newsletter said it works sitewide?", 140, lang="en", name="Tom Fernley")
b = S.add("bluesky", "tomfernley.bsky.social", "tried the newsletter discount again in a different browser, same error. kind of pointless sending codes that don't work @emberoak.bsky.social", 163, lang="en", name="Tom Fernley")
S.group("en", "one identity", a, b)

# G5 mastodon -> email, same name only: gift card declined at cafe
a = S.add("mastodon", "@hollyb@mastodon.example", "@emberoak@roast.social the £25 gift card my sister gave me got declined at your Canal St cafe this morning, barista said 'card not activated'. Bit embarrassing at the till tbh", 50, lang="en", name="Holly Brennan")
b = S.add("email", "holly.brennan@proton.example", "Hi,\n\nI posted about this on Mastodon too. The gift card I was given (ending 4471) doesn't work at the cafe, staff said it isn't activated. My sister paid for it on your site in October. Could someone activate it or refund her?\n\nHolly", 74, lang="en", subject="gift card not activated", name="Holly Brennan")
S.same_person.append(["mastodon:@hollyb@mastodon.example", "email:holly.brennan@proton.example"])
S.group("en", "same name only", a, b)

# G6 email pair: refund for returned pour-over kit
a = S.add("email", "d.achterberg@gmail.example", "Hi there,\n\nI sent back the Chemex set (wrong size, I needed the 8-cup) on 20 Oct, Royal Mail says you signed for it on the 23rd. No refund yet. Order #20655.\n\nCheers, Dan", 190, lang="en", subject="refund for returned Chemex", name="Dan Achterberg")
r = S.reply("email", "Hi Dan, thanks for your patience, we're checking with our warehouse team. Theo", 197, R(a), R(a), "en")
b = S.add("email", "d.achterberg@gmail.example", "Theo, it's another week on. Your warehouse has had the box for almost a month. Where's my money?\n\nDan", 330, lang="en", subject="Re: refund for returned Chemex", name="Dan Achterberg", thread=R(a), in_reply_to=R(r))
S.group("en", "one identity", a, b)

# en negatives
fu = S.add("email", "marta.klein@icloud.example", "Hello, the glass carafe of my V60 kit came shattered in the box, the dripper is fine. Order 20913. Marta", 40, lang="en", subject="broken carafe", name="Marta Klein")
r = S.reply("email", "Hi Marta, so sorry! Could you send us a photo of the carafe and the box so we can claim with the courier? Thanks, Theo", 44, R(fu), R(fu), "en")
fu2 = S.add("email", "marta.klein@icloud.example", "Sure, photos attached (box + carafe). The outer box had a dent on one corner.\nMarta", 47, lang="en", subject="Re: broken carafe", name="Marta Klein", thread=R(fu), in_reply_to=R(r))
S.negative("follow-up", fu, fu2, "sends the photos the shop asked for")

x = S.add("mastodon", "@kez@social.example", "is @emberoak@roast.social checkout broken for anyone else? card page just spins forever", 210, lang="en", name="Kerry")
y = S.add("mastodon", "@bwatts@toot.example", "@emberoak@roast.social your payment page is timing out, tried three times to buy the Colombia beans", 211, lang="en", name="Ben Watts")
S.negative("other-customer", x, y, "two customers during the same checkout outage")

x = S.add("email", "rob.and.jen@btinternet.example", "Hi, our order 20940 (the Ember espresso blend x3) hasn't come, it's been 9 days. Rob", 260, lang="en", subject="order 20940", name="Rob Castell")
y = S.add("email", "jen.castell@gmail.example", "Hello, my husband already wrote I think but our beans order 20940 is still missing! We're out of coffee here. Jen Castell", 262, lang="en", subject="Missing order", name="Jen Castell")
S.negative("other-customer", x, y, "a couple sharing one order, each writing about it")

x = S.add("email", "sam.patel@mailbox.example", "Hi, my gift card code won't apply at checkout, says already redeemed but I never used it. Sam", 280, lang="en", subject="gift card", name="Sam Patel")
y = S.add("bluesky", "sampatel-design.bsky.social", "@emberoak.bsky.social my gift card says already used?? never touched it", 300, lang="en", name="Sam Patel")
S.same_name_different_people.append(["email:sam.patel@mailbox.example", "bluesky:sampatel-design.bsky.social"])
S.negative("other-customer", x, y, "two different people named Sam Patel, same gift card problem")

x = S.add("email", "oliver.grant@hey.example", "Hi, my Ridge 40 makes a horrible squealing noise when grinding anything finer than 10. Bought it in September. Oliver", 8, lang="en", subject="grinder squeal", name="Oliver Grant")
y = S.add("email", "oliver.grant@hey.example", "Hello again, the grinder is still squealing at fine settings. Is this covered by warranty?\nOliver", 260, lang="en", subject="grinder still squealing", name="Oliver Grant")
S.negative("window", x, y, "same grinder noise complaint ten days later")

# ---------------------------------------------------------------- es
# G7 email triple: delivered but not received
a = S.add("email", "lucia.ferrer@gmail.example", "Hola buenas,\n\nEl seguimiento del pedido 20877 pone ENTREGADO desde ayer a las 12:40 pero aquí no ha llegado nada, ni en el buzón ni con los vecinos. Es un molinillo manual y dos bolsas de café.\n\nUn saludo,\nLucía Ferrer", 12, lang="es", subject="Pedido entregado pero no recibido", name="Lucía Ferrer")
r = S.reply("email", "Hola Lucía, lo estamos revisando con la empresa de transporte y te decimos algo. Un saludo, Ember & Oak", 18, R(a), R(a), "es")
b = S.add("email", "lucia.ferrer@gmail.example", "Hola otra vez, han pasado 3 dias y sigo sin paquete y sin noticias. Quien lo ha firmado?? porque yo no.\nLucía", 88, lang="es", subject="Re: Pedido entregado pero no recibido", name="Lucía Ferrer", thread=R(a), in_reply_to=R(r))
c = S.add("email", "lucia.ferrer@gmail.example", "Bueno, pues nada. Me quedo sin el molinillo que pagué. Alguien me va a contestar o no?", 140, lang="es", subject="Re: Pedido entregado pero no recibido", name="Lucía Ferrer", thread=R(a), in_reply_to=R(r))
S.group("es", "one identity", a, b, c)
oc = S.add("email", "lucia.ferrer@gmail.example", "Otra cosa: en la factura del pedido 20877 sale el nombre de mi empresa mal escrito (Ferrer Disseny SL, no Ferrer Diseño). Lo necesito bien para contabilidad.\nLucía", 92, lang="es", subject="Factura 20877 con datos mal", name="Lucía Ferrer")
S.negative("other-complaint", a, oc, "same order: not received vs company name wrong on the invoice")

# G8 mastodon pair: double charge
a = S.add("mastodon", "@javi_rm@mastodon.example", "@emberoak@roast.social me habéis cobrado dos veces la suscripción de noviembre, 2 cargos de 18,90€ el mismo día en la tarjeta. Me devolvéis uno?", 60, lang="es", name="Javi R.")
b = S.add("mastodon", "@javi_rm@mastodon.example", "@emberoak@roast.social sigo teniendo el cobro duplicado en el banco... 37,80 por un paquete de café, ya os vale", 130, lang="es", name="Javi R.")
S.group("es", "one identity", a, b)

# G9 bluesky -> email, profile link: wrong colour grinder
a = S.add("bluesky", "anagarciamolina.bsky.social", "pedí el molinillo Ridge en negro mate a @emberoak.bsky.social y me ha llegado en blanco 🙃 queda precioso pero no pega nada con mi cocina", 35, lang="es", name="Ana García")
b = S.add("email", "ana.garcia.molina@yahoo.example", "Hola,\n\nOs escribí por Bluesky el martes. Pedí el Ridge 40 color negro y me enviasteis el blanco. Como hago el cambio? Nº pedido 20889.\n\nGracias\nAna", 98, lang="es", subject="Color equivocado", name="Ana García Molina", links=["anagarciamolina.bsky.social"])
S.same_person.append(["bluesky:anagarciamolina.bsky.social", "email:ana.garcia.molina@yahoo.example"])
S.group("es", "profile link", a, b)

# G10 email pair: invoice error
a = S.add("email", "admin@cafeteriaelrincon.example", "Buenos días,\n\nSomos cafetería y os compramos 5kg de espresso (pedido nº 20901). La factura sale sin nuestro CIF y así no nos sirve. Podéis emitirla de nuevo con CIF B-12345678?\n\nGracias,\nPilar - Cafetería El Rincón", 150, lang="es", subject="Factura sin CIF", name="Cafetería El Rincón")
r = S.reply("email", "Hola Pilar, tomamos nota, lo vemos con administración. Saludos", 156, R(a), R(a), "es")
b = S.add("email", "admin@cafeteriaelrincon.example", "Hola, seguimos esperando la factura corregida. La gestoría me la pide para el cierre del mes.\nPilar", 250, lang="es", subject="Re: Factura sin CIF", name="Cafetería El Rincón", thread=R(a), in_reply_to=R(r))
S.group("es", "one identity", a, b)

# es negatives
fu = S.add("email", "mgonzalez84@hotmail.example", "hola no puedo entrar en mi cuenta, pongo la contraseña y me dice error, y lo de recuperar contraseña no me llega el correo", 170, lang="es", subject="no puedo entrar", name="Manuel González")
r = S.reply("email", "Hola Manuel, ¿nos puedes decir con qué correo te registraste? No encontramos ninguna cuenta con esta dirección. Saludos", 173, R(fu), R(fu), "es")
fu2 = S.add("email", "mgonzalez84@hotmail.example", "ah vale, creo que la hice con manolo.gonzalez@gmail.example, el antiguo", 175, lang="es", subject="Re: no puedo entrar", name="Manuel González", thread=R(fu), in_reply_to=R(r))
S.negative("follow-up", fu, fu2, "gives the sign-up address the shop asked for")

x = S.add("mastodon", "@rociob@mastodon.example", "@emberoak@roast.social el seguimiento de mi pedido lleva parado en 'en tránsito' desde hace 4 días, sabéis algo?", 25, lang="es", name="Rocío B.")
y = S.add("mastodon", "@rociob@mastodon.example", "@emberoak@roast.social otra vez yo, el paquete vuelve a estar atascado en tránsito, ya van varios días sin moverse", 250, lang="es", name="Rocío B.")
S.negative("window", x, y, "tracking stuck again, more than nine days later")

# ---------------------------------------------------------------- de
# G11 email pair with follow-up in between: late order
a = S.add("email", "f.hoffmann@web.example", "Hallo,\n\nich habe vor zwei Wochen das Pour-Over-Set bestellt und bisher ist nichts angekommen. Keine Versandbestätigung, nichts.\n\nGrüße\nFrank Hoffmann", 22, lang="de", subject="Bestellung nicht angekommen", name="Frank Hoffmann")
r = S.reply("email", "Hallo Herr Hoffmann, können Sie uns bitte die Bestellnummer schicken? Viele Grüße, Ember & Oak", 27, R(a), R(a), "de")
fu = S.add("email", "f.hoffmann@web.example", "Die Bestellnummer ist 20862, bestellt am 19.10.\nF. Hoffmann", 29, lang="de", subject="Re: Bestellung nicht angekommen", name="Frank Hoffmann", thread=R(a), in_reply_to=R(r))
r2 = S.reply("email", "Danke! Wir schauen nach und melden uns.", 31, R(fu), R(a), "de")
b = S.add("email", "f.hoffmann@web.example", "Guten Tag,\n\nich warte immer noch. Inzwischen drei Wochen für ein Kaffeeset, das ist echt nicht mehr lustig. Bitte stornieren, falls es nicht bis Freitag da ist.\n\nF. Hoffmann", 120, lang="de", subject="Re: Bestellung nicht angekommen", name="Frank Hoffmann", thread=R(a), in_reply_to=R(r2))
S.group("de", "one identity", a, b)
S.negative("follow-up", a, fu, "gives the order number the shop asked for")

# G12 mastodon -> bluesky, same name only: password reset mail never arrives
a = S.add("mastodon", "@lenakr@chaos.example", "@emberoak@roast.social Passwort-Reset angefordert, 4x, keine Mail. Auch nicht im Spam. Ich komm nicht an mein Abo ran um die Adresse zu ändern.", 80, lang="de", name="Lena Krüger")
b = S.add("bluesky", "lkrueger.bsky.social", "@emberoak.bsky.social auf Mastodon keine Antwort, vlt hier: ich kann mich nicht einloggen, die 'Passwort vergessen' Mail kommt einfach nie an", 104, lang="de", name="Lena Krüger")
S.same_person.append(["mastodon:@lenakr@chaos.example", "bluesky:lkrueger.bsky.social"])
S.group("de", "same name only", a, b)

# G13 bluesky pair: missing part
a = S.add("bluesky", "mvogel.bsky.social", "@emberoak.bsky.social im Brühset fehlt der Deckel von der Glaskanne. Karton war zu, also schon beim Packen vergessen?", 160, lang="de", name="Markus Vogel")
b = S.add("bluesky", "mvogel.bsky.social", "Kanne immer noch ohne Deckel. Kaffee wird halt kalt. Danke für nix @emberoak.bsky.social", 225, lang="de", name="Markus Vogel")
S.group("de", "one identity", a, b)
oc = S.add("bluesky", "mvogel.bsky.social", "und der Fahrer von eurem Paketdienst hat mich heute angeschnauzt weil ich nicht schnell genug an der Tür war. Super. @emberoak.bsky.social", 170, lang="de", name="Markus Vogel")
S.negative("other-complaint", a, oc, "same customer: missing lid vs rude courier")

# G14 email triple: return label not received
a = S.add("email", "sabine.wolff@gmx.example", "Sehr geehrte Damen und Herren,\n\nich möchte die Mühle (Bestellung 20848) zurückschicken und habe am Montag das Retourenformular ausgefüllt. Ein Rücksendeetikett habe ich aber nicht erhalten.\n\nMit freundlichen Grüßen\nSabine Wolff", 45, lang="de", subject="Rücksendeetikett fehlt", name="Sabine Wolff")
b = S.add("email", "sabine.wolff@gmx.example", "Guten Tag,\n\nleider habe ich immer noch kein Etikett für die Rücksendung. Die Widerrufsfrist läuft, ich möchte nicht, dass das zu meinen Lasten geht.\n\nMfG\nS. Wolff", 110, lang="de", subject="Rücksendeetikett fehlt - 2. Versuch", name="Sabine Wolff")
c = S.add("email", "sabine.wolff@gmx.example", "Hallo?? Etikett für Bestellung 20848 bitte. Dritte Mail.", 176, lang="de", subject="Rücksendung 20848", name="Sabine Wolff")
S.group("de", "one identity", a, b, c)

x = S.add("mastodon", "@jweber@norden.social", "@emberoak@roast.social Paket laut DHL zugestellt, ist aber nicht da. Nachbarn haben auch nix.", 200, lang="de", name="Jonas Weber")
y = S.add("bluesky", "jonasweber-fotografie.bsky.social", "@emberoak.bsky.social Sendung steht auf zugestellt, bei mir ist aber nichts angekommen", 215, lang="de", name="Jonas Weber")
S.same_name_different_people.append(["mastodon:@jweber@norden.social", "bluesky:jonasweber-fotografie.bsky.social"])
S.negative("other-customer", x, y, "two different people named Jonas Weber, both parcels marked delivered")

# ---------------------------------------------------------------- fr
# G15 email pair: damaged bag
a = S.add("email", "claire.dubois@orange.example", "Bonjour,\n\nj'ai reçu ma commande 20880 ce matin, un des sachets de Sidamo était éventré et il y avait du café en grains partout dans le carton. Pouvez-vous me le renvoyer ?\n\nCordialement,\nClaire Dubois", 55, lang="fr", subject="Sachet éventré", name="Claire Dubois")
r = S.reply("email", "Bonjour Claire, nous en prenons note et revenons vers vous. Bonne journée", 60, R(a), R(a), "fr")
b = S.add("email", "claire.dubois@orange.example", "Bonjour,\n\ntoujours aucune nouvelle pour le sachet arrivé ouvert. Je ne vais pas recommander si c'est comme ça...\n\nClaire", 150, lang="fr", subject="Re: Sachet éventré", name="Claire Dubois", thread=R(a), in_reply_to=R(r))
S.group("fr", "one identity", a, b)
oc = S.add("email", "claire.dubois@orange.example", "Re-bonjour, au passage le code BIENVENUE10 n'a pas été déduit sur cette commande alors que c'était ma première. Claire", 65, lang="fr", subject="code promo pas appliqué", name="Claire Dubois")
S.negative("other-complaint", a, oc, "same order: burst bag vs welcome code not deducted")

# G16 mastodon pair: app crash
a = S.add("mastodon", "@jb_lemaire@piaille.example", "@emberoak@roast.social votre appli plante dès que j'ouvre l'onglet abonnement (Android 14, Pixel 7). Impossible de changer ma date de livraison", 72, lang="fr", name="JB Lemaire")
b = S.add("mastodon", "@jb_lemaire@piaille.example", "@emberoak@roast.social toujours le même plantage, réinstallé l'appli, rien à faire. bon je vais boire du nescafé", 125, lang="fr", name="JB Lemaire")
S.group("fr", "one identity", a, b)

# G17 email -> mastodon, profile link: refund not received
a = S.add("email", "mathilde.roux@laposte.example", "Bonjour,\n\nvous m'avez confirmé le 28/10 le remboursement de la bouilloire col de cygne (cde 20839), 64,90 €. Je n'ai toujours rien reçu sur mon compte.\n\nMerci de vérifier,\nMathilde Roux", 140, lang="fr", subject="Remboursement non reçu", name="Mathilde Roux")
b = S.add("mastodon", "@mathilderoux@mamot.example", "@emberoak@roast.social je vous ai écrit par mail il y a 5 jours pour mon remboursement de 64,90 € jamais arrivé. Quelqu'un lit les mails chez vous ?", 255, lang="fr", name="Mathilde R.", links=["mathilde.roux@laposte.example"])
S.same_person.append(["email:mathilde.roux@laposte.example", "mastodon:@mathilderoux@mamot.example"])
S.group("fr", "profile link", a, b)

# G18 bluesky pair: rude courier
a = S.add("bluesky", "thomasgirard.bsky.social", "@emberoak.bsky.social le livreur qui m'a apporté votre colis m'a parlé comme à un chien parce que l'ascenseur était en panne. Pas votre faute mais changez de transporteur svp", 265, lang="fr", name="Thomas Girard")
b = S.add("bluesky", "thomasgirard.bsky.social", "encore ce livreur désagréable aujourd'hui pour ma 2e livraison @emberoak.bsky.social, il a balancé le carton devant la porte en râlant. sérieux.", 320, lang="fr", name="Thomas Girard")
S.group("fr", "one identity", a, b)

fu = S.add("email", "n.lefebvre@free.example", "Bonjour, la poignée du moulin manuel est tombée au bout de 2 utilisations. Commande 20902. Nathalie", 180, lang="fr", subject="moulin cassé", name="Nathalie Lefebvre")
fu2 = S.add("email", "n.lefebvre@free.example", "PS : j'oubliais la photo, la voici. On voit que la vis est cassée net.", 181, lang="fr", subject="Re: moulin cassé", name="Nathalie Lefebvre", thread=R(fu), in_reply_to=R(fu))
S.negative("follow-up", fu, fu2, "PS with the photo")

x = S.add("mastodon", "@camille_b@piaille.example", "@emberoak@roast.social l'appli plante au paiement depuis ce matin, quelqu'un d'autre ?", 212, lang="fr", name="Camille B")
y = S.add("bluesky", "hugomercier.bsky.social", "impossible de payer sur l'appli @emberoak.bsky.social, ça crashe à la validation", 213, lang="fr", name="Hugo Mercier")
S.negative("other-customer", x, y, "two customers during the same app payment crash")

# ---------------------------------------------------------------- pt
# G19 email triple: late order
a = S.add("email", "joao.pereira@sapo.example", "Boa tarde,\n\nFiz a encomenda 20866 há 10 dias (subscrição trimestral, primeira caixa) e ainda não recebi. O site diz 'em preparação'.\n\nCumprimentos,\nJoão Pereira", 15, lang="pt", subject="Encomenda 20866 atrasada", name="João Pereira")
r = S.reply("email", "Olá João, estamos a verificar e respondemos em breve. Obrigado pela paciência!", 21, R(a), R(a), "pt")
b = S.add("email", "joao.pereira@sapo.example", "Ola, continua 'em preparação'. Ja passaram quase 2 semanas, paguei logo no dia. Quando é que sai?", 82, lang="pt", subject="Re: Encomenda 20866 atrasada", name="João Pereira", thread=R(a), in_reply_to=R(r))
c = S.add("email", "joao.pereira@sapo.example", "Isto já é ridículo. Se nao for enviado até sexta quero o dinheiro de volta.\nJP", 160, lang="pt", subject="Re: Encomenda 20866 atrasada", name="João Pereira", thread=R(a), in_reply_to=R(r))
S.group("pt", "one identity", a, b, c)

# G20 bluesky -> mastodon, same name only: coupon
a = S.add("bluesky", "bia-santos.bsky.social", "@emberoak.bsky.social o cupom AMIGO20 que vocês mandaram no aniversário não funciona, diz expirado mas a validade é até dezembro", 230, lang="pt", name="Beatriz Santos")
b = S.add("mastodon", "@biasantos@mastodon.example", "@emberoak@roast.social oi, meu cupom de aniversário continua dando 'expirado' no carrinho. já tentei ontem tb", 262, lang="pt", name="Beatriz Santos")
S.same_person.append(["bluesky:bia-santos.bsky.social", "mastodon:@biasantos@mastodon.example"])
S.group("pt", "same name only", a, b)

# G21 mastodon pair: decaf instead of regular
a = S.add("mastodon", "@rafa_costa@masto.pt.example", "@emberoak@roast.social pedi o Brasil Cerrado normal e veio descafeinado 😩 preciso de cafeína às 7 da manhã, não de descafeinado", 100, lang="pt", name="Rafael Costa")
b = S.add("mastodon", "@rafa_costa@masto.pt.example", "@emberoak@roast.social ainda à espera da troca do café, continuo a beber descafeinado à força", 175, lang="pt", name="Rafael Costa")
S.group("pt", "one identity", a, b)

fu = S.add("mastodon", "@inesmartins@masto.pt.example", "@emberoak@roast.social o moinho chegou com a manivela torta, dá para trocar?", 300, lang="pt", name="Inês Martins")
r = S.reply("mastodon", "@inesmartins@masto.pt.example claro! Pode dizer-nos o número da encomenda? Obrigado", 302, R(fu), R(fu), "pt")
fu2 = S.add("mastodon", "@inesmartins@masto.pt.example", "@emberoak@roast.social é a 20951 👍", 304, lang="pt", name="Inês Martins", thread=R(fu), in_reply_to=R(r))
S.negative("follow-up", fu, fu2, "gives the order number the shop asked for")

x = S.add("email", "carla.nunes@gmail.example", "Olá, recebi descafeinado em vez do Etiópia normal. Carla", 120, lang="pt", subject="café errado", name="Carla Nunes")
y = S.add("bluesky", "pedrosilva.bsky.social", "@emberoak.bsky.social veio descafeinado em vez do café normal, alguém trocou os rótulos aí?", 126, lang="pt", name="Pedro Silva")
S.negative("other-customer", x, y, "two customers hit by the same decaf mix-up")

# ---------------------------------------------------------------- it
# G22 email pair: double charge
a = S.add("email", "giulia.moretti@libero.example", "Buongiorno,\n\nsull'estratto conto vedo due addebiti da 42,50€ per l'ordine 20870 (kit V60). Ho pagato una volta sola. Potete stornare il doppio?\n\nGrazie\nGiulia Moretti", 5, lang="it", subject="Doppio addebito ordine 20870", name="Giulia Moretti")
r = S.reply("email", "Buongiorno Giulia, stiamo verificando con il nostro provider di pagamento. A presto", 11, R(a), R(a), "it")
b = S.add("email", "giulia.moretti@libero.example", "Salve, sono passati 4 giorni e i due addebiti sono ancora li. Mi serve una risposta concreta.\nG.M.", 104, lang="it", subject="Re: Doppio addebito ordine 20870", name="Giulia Moretti", thread=R(a), in_reply_to=R(r))
S.group("it", "one identity", a, b)
oc = S.add("email", "giulia.moretti@libero.example", "Altra cosa, il kit V60 non è ancora arrivato, tracking fermo a Bologna da martedì.\nGiulia", 108, lang="it", subject="Ordine 20870 fermo", name="Giulia Moretti")
S.negative("other-complaint", a, oc, "same order: double charge vs parcel stuck")

# G23 mastodon -> email, profile link: broken grinder
a = S.add("mastodon", "@lucabianchi@mastodon.uno.example", "@emberoak@roast.social il macinino elettrico si spegne da solo dopo 5 secondi, l'ho comprato 3 settimane fa. Che faccio?", 205, lang="it", name="Luca Bianchi")
b = S.add("email", "luca.bianchi@tiscali.example", "Buonasera,\n\nvi ho già scritto su Mastodon. Il Ridge 40 si spegne dopo pochi secondi, non riesco a macinare neanche una dose. Ordine 20872. Vorrei la sostituzione.\n\nLuca Bianchi", 270, lang="it", subject="Macinino difettoso", name="Luca Bianchi", links=["@lucabianchi@mastodon.uno.example"])
S.same_person.append(["mastodon:@lucabianchi@mastodon.uno.example", "email:luca.bianchi@tiscali.example"])
S.group("it", "profile link", a, b)

# G24 bluesky pair: subscription still billed
a = S.add("bluesky", "frarusso.bsky.social", "@emberoak.bsky.social ho disdetto l'abbonamento a ottobre ma mi avete addebitato novembre lo stesso. rimborso pls", 290, lang="it", name="Francesca Russo")
b = S.add("bluesky", "frarusso.bsky.social", "ancora niente rimborso per un abbonamento che NON ho più 🙄 @emberoak.bsky.social", 350, lang="it", name="Francesca Russo")
S.group("it", "one identity", a, b)

fu = S.add("email", "andrea.ricci@gmail.example", "Ciao, il codice sconto NATALE15 non viene accettato. Andrea", 330, lang="it", subject="codice sconto", name="Andrea Ricci")
r = S.reply("email", "Ciao Andrea, ci mandi uno screenshot dell'errore? Grazie", 333, R(fu), R(fu), "it")
fu2 = S.add("email", "andrea.ricci@gmail.example", "Ecco lo screenshot, dice 'codice non valido per questo carrello'.", 335, lang="it", subject="Re: codice sconto", name="Andrea Ricci", thread=R(fu), in_reply_to=R(r))
S.negative("follow-up", fu, fu2, "sends the screenshot the shop asked for")

x = S.add("bluesky", "marcoconti.bsky.social", "@emberoak.bsky.social non riesco più ad accedere al mio account, dice password errata ma è giusta", 28, lang="it", name="Marco Conti")
y = S.add("bluesky", "marcoconti.bsky.social", "di nuovo non riesco a fare login @emberoak.bsky.social, password errata anche dopo il reset", 320, lang="it", name="Marco Conti")
S.negative("window", x, y, "same login trouble twelve days later")

# ---------------------------------------------------------------- nl
# G25 email triple: delivered but not received
a = S.add("email", "sanne.devries@ziggo.example", "Hoi,\n\nVolgens PostNL is mijn pakketje (bestelling 20885) gisteren bezorgd, maar ik heb niks gekregen. Ik was de hele dag thuis.\n\nGroetjes,\nSanne de Vries", 65, lang="nl", subject="pakket niet ontvangen", name="Sanne de Vries")
r = S.reply("email", "Hoi Sanne, vervelend! We gaan het uitzoeken en laten het je weten. Groet, Ember & Oak", 70, R(a), R(a), "nl")
b = S.add("email", "sanne.devries@ziggo.example", "Hoi, is er al nieuws? Nog steeds geen pakket en PostNL zegt dat ik bij de afzender moet zijn.\nSanne", 130, lang="nl", subject="Re: pakket niet ontvangen", name="Sanne de Vries", thread=R(a), in_reply_to=R(r))
c = S.add("email", "sanne.devries@ziggo.example", "nog steeds niks...", 200, lang="nl", subject="Re: pakket niet ontvangen", name="Sanne de Vries", thread=R(a), in_reply_to=R(r))
S.group("nl", "one identity", a, b, c)

# G26 bluesky -> email, same name only: wrong size filters
a = S.add("bluesky", "pieterjanssen.bsky.social", "@emberoak.bsky.social ik had filterpapiertjes maat 02 besteld en kreeg 01, passen niet in mijn dripper. kunnen jullie omruilen?", 240, lang="nl", name="Pieter Janssen")
b = S.add("email", "p.janssen@kpnmail.example", "Goedemiddag,\n\nIk kreeg filters in maat 01 in plaats van 02 (order 20933). Ze passen niet. Graag de juiste maat opsturen.\n\nMet vriendelijke groet,\nPieter Janssen", 290, lang="nl", subject="verkeerde maat filters", name="Pieter Janssen")
S.same_person.append(["bluesky:pieterjanssen.bsky.social", "email:p.janssen@kpnmail.example"])
S.group("nl", "same name only", a, b)

# G27 mastodon pair: can't log in
a = S.add("mastodon", "@thijs@mastodon.nl.example", "@emberoak@roast.social ik kan niet inloggen op jullie site, krijg steeds 'sessie verlopen' direct na het inloggen. wil mijn abonnement pauzeren", 180, lang="nl", name="Thijs")
b = S.add("mastodon", "@thijs@mastodon.nl.example", "@emberoak@roast.social nog steeds 'sessie verlopen'. kan mijn abo dus ook niet pauzeren en straks wordt er weer afgeschreven. lekker dan", 235, lang="nl", name="Thijs")
S.group("nl", "one identity", a, b)

fu = S.add("email", "e.bakker@hetnet.example", "Beste, de koffiemolen die ik kreeg maakt een ratelend geluid. Order 20921.\nEvelien Bakker", 340, lang="nl", subject="molen ratelt", name="Evelien Bakker")
fu2 = S.add("email", "e.bakker@hetnet.example", "Aanvulling: het gebeurt alleen op de fijnste stand, vanaf stand 8 is het stil. Misschien helpt dat.\nEvelien", 343, lang="nl", subject="Re: molen ratelt", name="Evelien Bakker", thread=R(fu), in_reply_to=R(fu))
S.negative("follow-up", fu, fu2, "adds a detail about when the noise happens")

# ---------------------------------------------------------------- ca
# G28 email pair: late order
a = S.add("email", "jordi.puig@gmail.example", "Bon dia,\n\nVaig fer la comanda 20891 fa deu dies i encara no ha arribat. Era per regalar un aniversari que ja ha passat...\n\nSalutacions,\nJordi Puig", 85, lang="ca", subject="Comanda 20891 no arriba", name="Jordi Puig")
b = S.add("email", "jordi.puig@gmail.example", "Hola, segueixo sense la comanda i sense resposta. Si no arriba aquesta setmana la cancel·leu i em torneu els diners.\nJordi", 190, lang="ca", subject="Comanda 20891 - segon avís", name="Jordi Puig")
S.group("ca", "one identity", a, b)
oc = S.add("email", "jordi.puig@gmail.example", "Bon dia, us escric per una altra comanda (20812), la del mes passat: el molinet va arribar amb el vidre ratllat.\nJordi", 95, lang="ca", subject="Molinet ratllat", name="Jordi Puig")
S.negative("other-complaint", a, oc, "same customer: late order vs scratched grinder from an earlier order")

# G29 mastodon -> bluesky, profile link: invoice error
a = S.add("mastodon", "@martavila@mastodont.cat", "@emberoak@roast.social la factura de la subscripció m'ha sortit amb l'IVA del 21% però el cafè va al 10%, no? Me la podeu revisar?", 250, lang="ca", name="Marta Vila")
b = S.add("bluesky", "martavila.bsky.social", "ja us ho vaig dir a mastodon: la factura porta l'IVA malament, encara espero la corregida @emberoak.bsky.social", 315, lang="ca", name="Marta Vila", links=["@martavila@mastodont.cat"])
S.same_person.append(["mastodon:@martavila@mastodont.cat", "bluesky:martavila.bsky.social"])
S.group("ca", "profile link", a, b)

# G30 email -> mastodon, same name only: gift card balance gone
a = S.add("email", "nuria.soler@yahoo.example", "Hola,\n\nTenia una targeta regal de 50€ i al cafè de la Rambla em diuen que el saldo és 0. No l'he fet servir mai!\n\nGràcies,\nNúria Soler", 270, lang="ca", subject="Targeta regal sense saldo", name="Núria Soler")
b = S.add("mastodon", "@nsoler@mastodont.cat", "@emberoak@roast.social la meva targeta regal surt a zero sense haver-la usat mai. Algú m'ho pot mirar? ja vaig enviar un correu", 310, lang="ca", name="Núria Soler")
S.same_person.append(["email:nuria.soler@yahoo.example", "mastodon:@nsoler@mastodont.cat"])
S.group("ca", "same name only", a, b)

x = S.add("email", "albert.roca@gmail.example", "Bon dia, el codi de descompte no s'aplica al carret. Albert", 10, lang="ca", subject="codi descompte", name="Albert Roca")
y = S.add("email", "albert.roca@gmail.example", "Hola de nou, el codi de descompte torna a no funcionar.\nAlbert", 215, lang="ca", subject="codi descompte no va", name="Albert Roca")
S.negative("window", x, y, "same coupon trouble more than eight days later")

# ---------------------------------------------------------------- filler
F = [
    ("email", "kate.m@gmail.example", "Hi! Do you ship to Ireland and how long does it usually take?", 3, "en", "Shipping to Ireland?", "Kate Morrow"),
    ("mastodon", "@ollie@toot.example", "@emberoak@roast.social what grind size would you suggest for the Guji on an Aeropress?", 34, "en", None, "Ollie"),
    ("bluesky", "beanlover.bsky.social", "@emberoak.bsky.social are your gift cards usable online as well as in the cafes?", 90, "en", None, "Dee"),
    ("email", "h.nakamura@mail.example", "Hello, can I change the delivery day of my subscription from Monday to Thursday? Thanks, Hana", 208, "en", "subscription delivery day", "Hana Nakamura"),
    ("email", "pablo.ruiz@gmail.example", "Hola, ¿tenéis café en grano molido para cafetera italiana? Gracias", 48, "es", "café molido moka", "Pablo Ruiz"),
    ("bluesky", "elenamarcos.bsky.social", "@emberoak.bsky.social hacéis envíos a Canarias?", 275, "es", None, "Elena Marcos"),
    ("mastodon", "@kaffeekatze@chaos.example", "@emberoak@roast.social habt ihr die Mühle auch mit 230V-Stecker für Deutschland?", 145, "de", None, "Kaffeekatze"),
    ("email", "t.schulz@posteo.example", "Hallo, kann man das Abo auch verschenken? Gruß Tobias", 300, "de", "Abo als Geschenk", "Tobias Schulz"),
    ("email", "amelie.petit@gmail.example", "Bonjour, vos cartes cadeaux ont-elles une date d'expiration ? Merci", 115, "fr", "carte cadeau", "Amélie Petit"),
    ("mastodon", "@lucasm@piaille.example", "@emberoak@roast.social vous faites des ateliers dégustation à Lyon ?", 370, "fr", None, "Lucas M"),
    ("bluesky", "anasofia.bsky.social", "@emberoak.bsky.social qual a diferença entre o blend Ember e o Oak? 🙂", 185, "pt", None, "Ana Sofia"),
    ("email", "chiara.gallo@gmail.example", "Salve, il kit pour-over include anche i filtri? Grazie, Chiara", 58, "it", "info kit", "Chiara Gallo"),
    ("mastodon", "@daan@mastodon.nl.example", "@emberoak@roast.social verzenden jullie ook naar België?", 225, "nl", None, "Daan"),
    ("email", "laia.ferran@gmail.example", "Hola, teniu cafè descafeïnat en gra? Gràcies!\nLaia", 160, "ca", "descafeïnat", "Laia Ferran"),
    ("bluesky", "gilsonribeiro.bsky.social", "@emberoak.bsky.social o moinho Ridge 40 serve para espresso?", 380, "pt", None, "Gilson Ribeiro"),
    ("email", "wouter.visser@gmail.example", "Goedendag, kan ik mijn bestelling ook ophalen in de winkel? Wouter", 395, "nl", "afhalen", "Wouter Visser"),
]
for ch, who, text, h, lang, subj, name in F:
    S.add(ch, who, text, h, lang=lang, subject=subj, name=name)

S.write(HERE, "Repeats in other words at a small coffee roaster, eight languages; "
        "written without sight of the detector, labels as a reader would judge the posts.")
