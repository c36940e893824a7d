#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Third labelled set for tuning the repeat detector (repeats in other
words), written to test precision: it is rich in hard negatives.

The shop is "Fern & Trowel", a small online shop for houseplants, pots and
garden tools. The set holds 20 true repeat groups (15 pairs and 5 triples)
in eight languages (en, es, de, fr, pt, it, nl, ca), 7 of them across two
channels, and about 40 labelled pairs that are not repeats: the same
customer writing about another problem with the same product or order
within a week, follow-ups in the same thread, different people (some with
the same display name on two channels and the same kind of complaint in the
same week, some hit by the same outage), and the same complaint again 8 to
12 days later. Shop answers and one-off questions from other customers fill
the inbox.

It was written without sight of the detector, its lexicon or the other
sets: the labels say what a careful person reading the posts would say,
and were never edited to fit the detector.
"""
import os
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 11, 2, 8, 15, 0, tzinfo=timezone.utc)
S = LabelledSet(BASE, "hp", "hello@fernandtrowel.example", "@fernandtrowel@mastodon.social",
                "fernandtrowel.bsky.social", "Fern & Trowel")
add, reply, rid, group, neg = S.add, S.reply, S.rid, S.group, S.negative
M, B, E = "mastodon", "bluesky", "email"

# ---------------------------------------------------------------- English
# G1: email thread, late delivery, non-committal answer, then a sharper repeat.
a = add(E, "rachel.dunmore@mailbox.example", "Hi there,\n\nI ordered the Monstera deliciosa (large) plus the 24cm terracotta pot on the 27th, order #44170. Tracking has said 'label created' for five days now. Any idea when it will actually ship?\n\nThanks,\nRachel", 2, lang="en", subject="Order #44170 not shipped yet", name="Rachel Dunmore")
r = reply(E, "Hi Rachel, thanks for getting in touch! We're looking into this with our courier and will get back to you as soon as we can. Best, Tom @ Fern & Trowel", 6, rid(a), rid(a), "en")
b = add(E, "rachel.dunmore@mailbox.example", "Tom,\n\n'Looking into it' was two days ago. The tracking STILL says label created. It's a plant, it's been sitting in a box somewhere for a week now?? If it's not going out tomorrow please just cancel and refund me.\n\nRachel", 54, lang="en", subject="Re: Order #44170 not shipped yet", name="Rachel Dunmore", thread=rid(a), in_reply_to=rid(r))
group("en", "one identity", a, b)
# other-complaint: same order, the invoice (within 7 days)
c = add(E, "rachel.dunmore@mailbox.example", "Hello again,\n\nSeparate thing about order 44170: the invoice you emailed has my old address in Leeds on it, I need it with the Sheffield one (14 Carr Road) for my work expenses. Can you send a corrected invoice?\n\nRachel", 70, lang="en", subject="Invoice for 44170 has wrong address", name="Rachel Dunmore")
neg("other-complaint", b, c, "same customer and order, but the invoice address is a new problem, not the shipping delay")

# G2: Mastodon triple, broken pot, sarcasm, then bare nudge.
a = add(M, "@jonnyleaf@mastodon.social", "@fernandtrowel hey, my glazed ceramic planter (the teal one, 18cm) arrived in about six pieces. packaging was basically a paper bag and hope. pics attached. what now?", 20, lang="en", name="Jonny Leaf")
b = add(M, "@jonnyleaf@mastodon.social", "@fernandtrowel love how a smashed planter gets zero reply in a day and a half but you've posted three reels about autumn bulbs since. cool cool", 58, lang="en", name="Jonny Leaf")
c = add(M, "@jonnyleaf@mastodon.social", "@fernandtrowel hello?? the teal pot. the one in bits. anyone", 101, lang="en", name="Jonny Leaf")
group("en", "one identity", a, b, c)
# other-complaint opening with "still": refund still pending AND now the replacement is wrong size
r = reply(M, "@jonnyleaf@mastodon.social so sorry Jonny! A replacement teal planter goes out today, and we'll refund your shipping too.", 104, rid(c), rid(a), "en")
d = add(M, "@jonnyleaf@mastodon.social", "@fernandtrowel still waiting for that shipping refund, and now the replacement pot is the wrong size: you sent the 14cm, not the 18cm, so my calathea doesn't fit in it. can you swap it?", 190, lang="en", name="Jonny Leaf")
neg("other-complaint", c, d, "same customer and same pot, opens with 'still', but the wrong-size replacement is new; the breakage was answered")

# G3 (cross-channel, profile link): email then Bluesky; refund not received for returned secateurs
a = add(E, "priya.s.nair@webpost.example", "Hello,\n\nI sent back the Okatsune bypass secateurs (order 44388) on the 3rd, and your returns page says received on the 5th. I still haven't had the refund of £38.50. How long does it usually take?\n\nRegards,\nPriya Nair", 30, lang="en", subject="Refund for returned secateurs", name="Priya Nair")
r = reply(E, "Hi Priya, refunds normally take 5-7 working days after we receive the return. Kind regards, Fern & Trowel", 40, rid(a), rid(a), "en")
b = add(B, "priyanair.bsky.social", "@fernandtrowel.bsky.social emailed you about my secateurs refund a week ago, got a copy-paste answer and still no money. £38.50 isn't nothing. please actually check it", 188, lang="en", name="Priya N.", links=["priya.s.nair@webpost.example"])
S.same_person.append(["email:priya.s.nair@webpost.example", "bluesky:priyanair.bsky.social"])
group("en", "profile link", a, b)
# follow-up in the email thread: she sends the return tracking number asked for
r2 = reply(E, "Hi Priya, sorry about this. Could you send us the tracking number of your return parcel so we can match it? Thanks, Tom", 203, rid(a), rid(a), "en")
c = add(E, "priya.s.nair@webpost.example", "Hi Tom, here you go: the return went Royal Mail, tracking JD 0142 7718 2GB. Let me know if you need anything else.\n\nPriya", 205, lang="en", subject="Re: Refund for returned secateurs", name="Priya Nair", thread=rid(a), in_reply_to=rid(r2))
neg("follow-up", b, c, "she gives the return tracking number the shop asked for; adds information, not the complaint again")

# G4: Bluesky pair, coupon not applied
a = add(B, "cactuscarl.bsky.social", "@fernandtrowel.bsky.social tried to use AUTUMN15 on a pothos + some perlite and the checkout says 'code not valid' even though your post says it runs til sunday??", 120, lang="en", name="Carl Whitby")
b = add(B, "cactuscarl.bsky.social", "@fernandtrowel.bsky.social yeah so AUTUMN15 still doesn't work. not buying at full price when you're advertising 15% off everywhere", 141, lang="en", name="Carl Whitby")
group("en", "one identity", a, b)
# outage: several customers cannot log in the same evening
o1 = add(B, "greenthumbgemma.bsky.social", "@fernandtrowel.bsky.social is your site down? keeps giving me a 502 when i try to log in", 160, lang="en", name="Gemma")
o2 = add(M, "@harrowfield@mastodon.online", "@fernandtrowel can't log in to my account, just a white page with 'bad gateway'. anyone else?", 160.5, lang="en", name="D. Harrowfield")
o3 = add(E, "k.osei@postbox.example", "Hi, I can't log in to check my order, the website shows an error 502. Is there a problem on your side?\nKwame", 161, lang="en", subject="Website error", name="Kwame Osei")
neg("other-customer", o1, o2, "two customers hit by the same site outage")
neg("other-customer", o2, o3, "two customers hit by the same site outage")
neg("other-customer", o1, o3, "two customers hit by the same site outage")
o4 = add(M, "@wouter_tuin@mastodon.nl", "@fernandtrowel jullie site ligt eruit? 502 bij inloggen", 162, lang="nl", name="Wouter")
neg("other-customer", o3, o4, "two customers hit by the same site outage")
# Carl's other complaint: same basket, product now out of stock
c = add(B, "cactuscarl.bsky.social", "@fernandtrowel.bsky.social gave up on the code and paid full price fine, but now i get an email saying the perlite is out of stock and you're sending it 'separately'. so i pay shipping twice or what?", 170, lang="en", name="Carl Whitby")
neg("other-complaint", b, c, "same customer and same order, but now a split shipment, not the coupon")

# ---------------------------------------------------------------- Spanish
# G5 (same name only): Mastodon then Bluesky, wrong colour watering can
a = add(M, "@lucia_verde@mastodon.social", "@fernandtrowel Hola! Pedí la regadera de latón de 1,5L en color verde oliva (pedido 44215) y me ha llegado en negro. No es lo mismo, la quería para la terraza. ¿Cómo lo cambio?", 26, lang="es", name="Lucía Ferrer")
b = add(B, "luciaferrer.bsky.social", "@fernandtrowel.bsky.social os escribí por Mastodon hace 3 días lo de la regadera negra en vez de verde oliva y nada... ¿alguien lee eso?", 98, lang="es", name="Lucía Ferrer")
S.same_person.append(["mastodon:@lucia_verde@mastodon.social", "bluesky:luciaferrer.bsky.social"])
group("es", "same name only", a, b)

# G6: email triple, double charge
a = add(E, "jmartin.rueda@correo.example", "Buenas tardes,\n\nAl pagar el pedido nº 44301 (un ficus lyrata y un macetero de fibra) me han cobrado dos veces 67,90 € en la tarjeta. Adjunto captura del banco. Por favor devolvedme uno de los cargos.\n\nUn saludo,\nJosé Martín", 44, lang="es", subject="Cobro duplicado pedido 44301", name="José Martín Rueda")
r = reply(E, "Hola José, gracias por avisar. Lo estamos revisando con el banco y te decimos algo. Saludos, equipo Fern & Trowel", 50, rid(a), rid(a), "es")
b = add(E, "jmartin.rueda@correo.example", "Hola de nuevo,\n\nsigo viendo los dos cargos de 67,90 en la cuenta. ¿Hay alguna novedad? No me parece normal tardar tanto en devolver un cobro que es claramente un error vuestro.\n\nJosé", 110, lang="es", subject="Re: Cobro duplicado pedido 44301", name="José Martín Rueda", thread=rid(a), in_reply_to=rid(r))
c = add(E, "jmartin.rueda@correo.example", "¿¿Alguien me va a contestar?? Me habéis cobrado DOS veces. Si mañana no está resuelto abro una reclamación con el banco.", 150, lang="es", subject="Re: Cobro duplicado pedido 44301", name="José Martín Rueda", thread=rid(a), in_reply_to=rid(r))
group("es", "one identity", a, b, c)
# other-complaint: same order, the ficus arrived with leaves dropping
d = add(E, "jmartin.rueda@correo.example", "Otra cosa del mismo pedido 44301: el ficus lyrata ha llegado con la mitad de las hojas caídas y dos ramas partidas. Os mando fotos. Esto ya no tiene que ver con el cobro.\n\nJosé", 160, lang="es", subject="Ficus del pedido 44301 dañado", name="José Martín Rueda")
neg("other-complaint", c, d, "same customer and order; the damaged ficus is a new problem, he says so himself")

# G7: Bluesky pair, "entregado" but not received
a = add(B, "anaplantas.bsky.social", "@fernandtrowel.bsky.social el seguimiento dice ENTREGADO desde ayer pero aquí no ha llegado nada, ni aviso ni nada. Pedido #44352, una calathea y sustrato. Ayuda 🙏", 210, lang="es", name="Ana Gil")
b = add(B, "anaplantas.bsky.social", "@fernandtrowel.bsky.social sigo sin paquete. 'entregado' jaja, entregado a quién? a mí no", 240, lang="es", name="Ana Gil")
group("es", "one identity", a, b)
# follow-up: she adds that a neighbour had it
c = add(B, "anaplantas.bsky.social", "@fernandtrowel.bsky.social actualizo: lo tenía la vecina del 3º, lo dejaron allí sin avisar. ya lo tengo, gracias igualmente!", 262, lang="es", name="Ana Gil")
neg("follow-up", b, c, "she reports the parcel was found at a neighbour's: a resolution, not the complaint again")

# ---------------------------------------------------------------- German
# G8: email pair, missing part (trellis screws)
a = add(E, "k.brandt@netzpost.example", "Hallo,\n\nin meiner Bestellung 44229 (Rankgitter aus Lärchenholz, 120 cm) fehlen die Schrauben und die Wandhalterungen. Laut Anleitung sollten 6 Schrauben und 2 Halter dabei sein. Können Sie die nachschicken?\n\nMfG\nKarin Brandt", 8, lang="de", subject="Teile fehlen Bestellung 44229", name="Karin Brandt")
r = reply(E, "Hallo Frau Brandt, danke für die Nachricht, wir kümmern uns darum. Viele Grüße, Fern & Trowel", 14, rid(a), rid(a), "de")
b = add(E, "k.brandt@netzpost.example", "Guten Tag,\n\n'wir kümmern uns darum' ist jetzt vier Tage her. Das Rankgitter steht immer noch an der Wand gelehnt weil ich es ohne die Halterungen nicht montieren kann. Wann kommen die Teile?\n\nK. Brandt", 108, lang="de", subject="Re: Teile fehlen Bestellung 44229", name="Karin Brandt", thread=rid(a), in_reply_to=rid(r))
group("de", "one identity", a, b)
# window: same missing parts again 10 days later
c = add(E, "k.brandt@netzpost.example", "Hallo nochmal,\n\ndie Schrauben für das Rankgitter sind immer noch nicht da. Bestellung 44229. Ich warte jetzt fast drei Wochen.\n\nKarin Brandt", 350, lang="de", subject="Re: Teile fehlen Bestellung 44229", name="Karin Brandt", thread=rid(a), in_reply_to=rid(r))
neg("window", b, c, "same missing parts again, but 10 days after the previous post")

# G9 (profile link): Mastodon then email, subscription cancelled still billed
a = add(M, "@stefan_gruen@chaos.social", "@fernandtrowel Ich habe mein Dünger-Abo im Oktober gekündigt (Bestätigung per Mail bekommen) und heute wurden trotzdem wieder 14,90 € abgebucht. Bitte rückerstatten.", 72, lang="de", name="Stefan Grün")
b = add(E, "stefan.gruen@posteo.example", "Hallo,\n\nich hatte Ihnen schon auf Mastodon geschrieben: mein Düngerabo ist seit Oktober gekündigt, trotzdem wurden am 5.11. wieder 14,90 EUR abgebucht. Kündigungsbestätigung hängt an. Ich hätte gern das Geld zurück und dass das nicht nochmal passiert.\n\nStefan Grün", 96, lang="de", subject="Abo gekündigt, trotzdem abgebucht", name="Stefan Grün", links=["@stefan_gruen@chaos.social"])
S.same_person.append(["mastodon:@stefan_gruen@chaos.social", "email:stefan.gruen@posteo.example"])
group("de", "profile link", a, b)
# other-complaint: same person, the last fertiliser delivery was leaking
c = add(E, "stefan.gruen@posteo.example", "Noch was: die letzte Lieferung aus dem Abo (Flüssigdünger Grünpflanzen) kam ausgelaufen an, der ganze Karton klebte. Das ist ein anderes Thema als die Abbuchung, aber wollte es trotzdem melden.\n\nS. Grün", 99, lang="de", subject="Dünger ausgelaufen", name="Stefan Grün")
neg("other-complaint", b, c, "same customer and subscription, but a leaking bottle is a different problem from the charge")

# G10: Bluesky pair, app crashes on checkout
a = add(B, "lenamaus.bsky.social", "@fernandtrowel.bsky.social eure app stürzt jedes mal ab wenn ich auf 'zur kasse' tippe. iphone 13, neueste version. wollte eigentlich die sansevieria bestellen", 290, lang="de", name="Lena")
b = add(B, "lenamaus.bsky.social", "@fernandtrowel.bsky.social app crasht immer noch beim bezahlen. hab sie neu installiert, bringt nix", 314, lang="de", name="Lena")
group("de", "one identity", a, b)
c = add(B, "lenamaus.bsky.social", "@fernandtrowel.bsky.social schon wieder was: hab die sansevieria dann über die website bestellt, aber in der versandbestätigung steht meine alte adresse, obwohl ich sie im konto geändert hab", 322, lang="de", name="Lena")
neg("other-complaint", b, c, "same customer and same plant, 'schon wieder', but the wrong address on the order is a new problem")

# ---------------------------------------------------------------- French
# G11: email triple, return label not received
a = add(E, "claire.dubois@courriel.example", "Bonjour,\n\nJ'ai demandé un retour pour la jardinière en zinc (cde 44260) lundi, on m'a dit que l'étiquette de retour arriverait par mail sous 48h. Je n'ai rien reçu (j'ai regardé les spams).\n\nCordialement,\nClaire Dubois", 76, lang="fr", subject="Étiquette de retour cde 44260", name="Claire Dubois")
r = reply(E, "Bonjour Claire, nous regardons cela et revenons vers vous rapidement. Bonne journée, l'équipe Fern & Trowel", 80, rid(a), rid(a), "fr")
b = add(E, "claire.dubois@courriel.example", "Bonjour,\n\ntoujours pas d'étiquette. La jardinière encombre mon entrée depuis une semaine. Pouvez-vous simplement me l'envoyer ?\n\nClaire", 130, lang="fr", subject="Re: Étiquette de retour cde 44260", name="Claire Dubois", thread=rid(a), in_reply_to=rid(r))
c = add(E, "claire.dubois@courriel.example", "Relance. Étiquette de retour. Toujours rien.", 175, lang="fr", subject="Re: Étiquette de retour cde 44260", name="Claire Dubois", thread=rid(a), in_reply_to=rid(r))
group("fr", "one identity", a, b, c)
# follow-up: thanks after the label finally came
r2 = reply(E, "Bonjour Claire, toutes nos excuses, voici l'étiquette en pièce jointe. L'équipe Fern & Trowel", 178, rid(a), rid(c), "fr")
d = add(E, "claire.dubois@courriel.example", "Merci, bien reçue enfin ! Colis déposé ce matin.\nClaire", 196, lang="fr", subject="Re: Étiquette de retour cde 44260", name="Claire Dubois", thread=rid(a), in_reply_to=rid(r2))
neg("follow-up", c, d, "thanks after the label arrived; the complaint is over")

# G12 (same name only): Bluesky then Mastodon, rude courier
a = add(B, "mathieu-l.bsky.social", "@fernandtrowel.bsky.social votre livreur vient de me balancer le colis (un olivier en pot !!) par-dessus le portail et m'a envoyé bouler quand je lui ai fait la remarque. Super ambiance.", 226, lang="fr", name="Mathieu Lefèvre")
b = add(M, "@mlefevre@piaille.fr", "@fernandtrowel je l'ai déjà dit sur Bluesky mais bon : le livreur qui jette l'olivier par-dessus le portail et qui m'insulte, c'est pas acceptable. Vous changez de transporteur ou quoi ?", 250, lang="fr", name="Mathieu Lefèvre")
S.same_person.append(["bluesky:mathieu-l.bsky.social", "mastodon:@mlefevre@piaille.fr"])
group("fr", "same name only", a, b)
# other-complaint: olive tree itself damaged
c = add(M, "@mlefevre@piaille.fr", "@fernandtrowel et pour info l'olivier a deux branches cassées et le pot en terre cuite est fendu, sûrement à cause du lancer. Je veux un échange.", 256, lang="fr", name="Mathieu Lefèvre")
neg("other-complaint", b, c, "same customer and same olive tree, but now the damaged goods, not the courier's behaviour")

# ---------------------------------------------------------------- Portuguese
# G13: Mastodon pair, late delivery
a = add(M, "@ritasousa@masto.pt", "@fernandtrowel Olá! A minha encomenda 44280 (pilea + vaso de cimento) devia ter chegado na terça e ainda nada. O tracking não mexe desde Madrid. Conseguem ver?", 134, lang="pt", name="Rita Sousa")
b = add(M, "@ritasousa@masto.pt", "@fernandtrowel bom dia, continua parada em Madrid a encomenda. já são 6 dias de atraso, a pilea vai chegar morta 😩", 180, lang="pt", name="Rita Sousa")
group("pt", "one identity", a, b)
# other-complaint: same order, asks to add an item
c = add(M, "@ritasousa@masto.pt", "@fernandtrowel outra coisa: se a 44280 ainda não saiu de Madrid, dá para juntar um pulverizador de 500ml? pago a diferença", 186, lang="pt", name="Rita Sousa")
neg("other-complaint", b, c, "same customer and order, but a request to add an item, not the delay itself")

# G14 (profile link): email then Bluesky, wrong size pot (Brazilian Portuguese)
a = add(E, "thiago.moreira@caixapostal.example", "Oi pessoal,\n\nComprei o vaso autoirrigável de 30 cm (pedido 44322) e veio o de 20 cm. Minha costela-de-adão não cabe nele de jeito nenhum. Como faço a troca?\n\nAbraço,\nThiago", 84, lang="pt", subject="Vaso tamanho errado - pedido 44322", name="Thiago Moreira")
r = reply(E, "Olá Thiago, pode nos mandar uma foto do vaso com a etiqueta? Obrigado, Fern & Trowel", 90, rid(a), rid(a), "pt")
f = add(E, "thiago.moreira@caixapostal.example", "Segue a foto com a etiqueta, dá pra ver que está escrito 20cm.\n\nThiago", 93, lang="pt", subject="Re: Vaso tamanho errado - pedido 44322", name="Thiago Moreira", thread=rid(a), in_reply_to=rid(r))
neg("follow-up", a, f, "he sends the photo the shop asked for")
b = add(B, "thiagomoreira.bsky.social", "@fernandtrowel.bsky.social mandei foto do vaso errado por email faz 3 dias como vocês pediram e ninguém respondeu. quero meu vaso de 30cm, não o de 20", 165, lang="pt", name="Thiago M.", links=["thiago.moreira@caixapostal.example"])
S.same_person.append(["email:thiago.moreira@caixapostal.example", "bluesky:thiagomoreira.bsky.social"])
group("pt", "profile link", a, b)

# ---------------------------------------------------------------- Italian
# G15: email pair, invoice error (VAT number)
a = add(E, "amministrazione@vivaiorossi.example", "Buongiorno,\n\nnella fattura n. FT-2026-1187 relativa all'ordine 44240 manca la nostra partita IVA (IT 01234560789), quindi non possiamo registrarla. Potete riemetterla?\n\nCordiali saluti\nGiulia Rossi\nVivaio Rossi s.n.c.", 52, lang="it", subject="Fattura FT-2026-1187 senza P.IVA", name="Giulia Rossi")
r = reply(E, "Gentile Giulia, abbiamo inoltrato la richiesta all'amministrazione. Cordiali saluti, Fern & Trowel", 56, rid(a), rid(a), "it")
b = add(E, "amministrazione@vivaiorossi.example", "Buongiorno,\n\ncome già scritto, la fattura dell'ordine 44240 è senza partita IVA e a fine mese dobbiamo chiudere la contabilità. Mi servirebbe la fattura corretta entro venerdì.\n\nGiulia Rossi", 146, lang="it", subject="Re: Fattura FT-2026-1187 senza P.IVA", name="Giulia Rossi", thread=rid(a), in_reply_to=rid(r))
group("it", "one identity", a, b)
# other-complaint: "come già scritto" style opener but new problem on the same order
c = add(E, "amministrazione@vivaiorossi.example", "Buongiorno,\n\nsempre sull'ordine 44240: ci sono arrivati 10 sacchi di terriccio universale invece dei 12 fatturati. Oltre alla fattura da correggere, quindi, mancano 2 sacchi.\n\nGiulia Rossi", 150, lang="it", subject="Ordine 44240: mancano 2 sacchi", name="Giulia Rossi")
neg("other-complaint", b, c, "same business customer and order, but two missing sacks is a new problem besides the invoice")

# G16 (same name only): Mastodon then Bluesky, password reset
a = add(M, "@marcob@mastodon.uno", "@fernandtrowel non riesco a fare il reset della password, la mail di recupero non arriva mai (controllato anche lo spam). come faccio a entrare nell'account?", 300, lang="it", name="Marco Bellini")
b = add(B, "marcobellini.bsky.social", "@fernandtrowel.bsky.social ciao, vi ho scritto anche su mastodon: la mail per reimpostare la password non arriva. ho provato 4 volte. mi sa che ordino altrove", 330, lang="it", name="Marco Bellini")
S.same_person.append(["mastodon:@marcob@mastodon.uno", "bluesky:marcobellini.bsky.social"])
group("it", "same name only", a, b)

# ---------------------------------------------------------------- Dutch
# G17: Bluesky triple, wrong plant delivered
a = add(B, "sannevdberg.bsky.social", "@fernandtrowel.bsky.social ik had een Alocasia Zebrina besteld (order 44395) en er zit een Aglaonema in de doos. leuk plantje hoor maar niet wat ik wilde", 276, lang="nl", name="Sanne van den Berg")
b = add(B, "sannevdberg.bsky.social", "@fernandtrowel.bsky.social nog steeds geen reactie over de verkeerde plant. wil gewoon mijn alocasia", 300, lang="nl", name="Sanne van den Berg")
c = add(B, "sannevdberg.bsky.social", "@fernandtrowel.bsky.social hallo?? 44395. verkeerde plant. 3 dagen nu.", 348, lang="nl", name="Sanne van den Berg")
group("nl", "one identity", a, b, c)
# follow-up: she adds a detail (the packing slip says Alocasia)
d = add(B, "sannevdberg.bsky.social", "@fernandtrowel.bsky.social o en op de pakbon staat wel gewoon Alocasia Zebrina, dus het is bij het inpakken misgegaan", 278, lang="nl", name="Sanne van den Berg")
neg("follow-up", a, d, "adds a detail (the packing slip) right after her first post")

# G18 (same name only): email then Mastodon, damaged delivery
a = add(E, "p.jansen@mailpunt.example", "Goedemiddag,\n\nVandaag bestelling 44410 ontvangen: de grote hangpot van gevlochten jute, maar het ophangkoord is helemaal gescheurd en de bodem is los. Kan ik een nieuwe krijgen?\n\nGroet,\nPieter Jansen", 360, lang="nl", subject="Beschadigde hangpot 44410", name="Pieter Jansen")
b = add(M, "@pjansen@mastodon.nl", "@fernandtrowel heb gisteren gemaild over de kapotte jute hangpot, koord gescheurd en bodem los. Nog niks gehoord. Graag een vervanger.", 392, lang="nl", name="Pieter Jansen")
S.same_person.append(["email:p.jansen@mailpunt.example", "mastodon:@pjansen@mastodon.nl"])
group("nl", "same name only", a, b)

# ---------------------------------------------------------------- Catalan
# G19: email pair, lost parcel
a = add(E, "montse.puig@correu.example", "Bon dia,\n\nFa deu dies que vaig fer la comanda 44198 (tres suculentes i un test de fang) i encara no ha arribat. El número de seguiment no dona cap informació.\n\nGràcies,\nMontse Puig", 12, lang="ca", subject="Comanda 44198 no arriba", name="Montse Puig")
r = reply(E, "Hola Montse, ho estem mirant amb la missatgeria i et diem alguna cosa aviat. Salutacions, Fern & Trowel", 18, rid(a), rid(a), "ca")
b = add(E, "montse.puig@correu.example", "Hola,\n\ncom ja us vaig dir, la comanda encara no ha arribat i ja són gairebé dues setmanes. Si s'ha perdut, preferiria que me la tornéssiu a enviar o que em retornéssiu els diners.\n\nMontse", 90, lang="ca", subject="Re: Comanda 44198 no arriba", name="Montse Puig", thread=rid(a), in_reply_to=rid(r))
group("ca", "one identity", a, b)
# window: lost again? the re-sent parcel: same complaint again 9 days later
c = add(E, "montse.puig@correu.example", "Hola,\n\nla comanda 44198 continua sense arribar. No sé què més fer.\n\nMontse", 306, lang="ca", subject="Re: Comanda 44198 no arriba", name="Montse Puig", thread=rid(a), in_reply_to=rid(r))
neg("window", b, c, "same lost parcel again, 9 days after the previous post")

# G20: Mastodon triple, coupon / discount for members not applied
a = add(M, "@jordi_hort@mastodon.cat", "@fernandtrowel el descompte del 10% de socis no s'aplica a la cistella, surt el preu sencer de la podadora. Ho podeu mirar?", 380, lang="ca", name="Jordi Vidal")
b = add(M, "@jordi_hort@mastodon.cat", "@fernandtrowel segueix sense aplicar-se el descompte de soci. he tancat sessió i tornat a entrar, res", 400, lang="ca", name="Jordi Vidal")
c = add(M, "@jordi_hort@mastodon.cat", "@fernandtrowel doncs res, el 10% continua sense sortir. si no ho arregleu compraré la podadora al basar del barri", 430, lang="ca", name="Jordi Vidal")
group("ca", "one identity", a, b, c)
# other-complaint opening with "as I said": new problem (can't change delivery address)
d = add(M, "@jordi_hort@mastodon.cat", "@fernandtrowel com us deia, la web fa coses rares: ara no em deixa canviar l'adreça d'entrega del meu perfil, dona error en desar", 436, lang="ca", name="Jordi Vidal")
neg("other-complaint", c, d, "opens with 'as I was saying' but raises a new problem: the delivery address cannot be saved")

# ---------------------------------------------------------------- more follow-ups
# Spanish email follow-up after shop asks for order number
a = add(E, "elena.castro@buzon.example", "Hola, me llegó el kit de herramientas de jardín sin el rastrillo pequeño. ¿Me lo podéis enviar?\nElena", 140, lang="es", subject="Falta el rastrillo", name="Elena Castro")
r = reply(E, "Hola Elena, ¿nos puedes indicar el número de pedido? Gracias!", 145, rid(a), rid(a), "es")
b = add(E, "elena.castro@buzon.example", "Claro, perdón: es el 44366. Otra vez gracias.\nElena", 147, lang="es", subject="Re: Falta el rastrillo", name="Elena Castro", thread=rid(a), in_reply_to=rid(r))
neg("follow-up", a, b, "gives the order number the shop asked for")

# German follow-up with "wie gesagt" + photo
a = add(E, "h.wagner@mailbox.example", "Guten Tag, die Gießkanne (Bestellung 44419) tropft an der Naht. Was kann man da machen?\nHelmut Wagner", 400, lang="de", subject="Gießkanne undicht", name="Helmut Wagner")
r = reply(E, "Hallo Herr Wagner, könnten Sie uns ein Foto der undichten Stelle schicken? Danke, Fern & Trowel", 404, rid(a), rid(a), "de")
b = add(E, "h.wagner@mailbox.example", "Hallo, wie gesagt tropft es an der Naht unten. Anbei das Foto, um das Sie gebeten haben.\nH. Wagner", 420, lang="de", subject="Re: Gießkanne undicht", name="Helmut Wagner", thread=rid(a), in_reply_to=rid(r))
neg("follow-up", a, b, "sends the photo the shop asked for, even if it opens with 'as I said'")

# English follow-up: "thanks, it finally arrived"
a = add(M, "@owen_pots@fosstodon.org", "@fernandtrowel any news on order 44337? it's the snake plant + the brass mister, ordered a week ago", 210, lang="en", name="Owen Price")
r = reply(M, "@owen_pots@fosstodon.org hi Owen, it's with the courier and should be with you tomorrow 🌱", 213, rid(a), rid(a), "en")
b = add(M, "@owen_pots@fosstodon.org", "@fernandtrowel thanks, it finally arrived! snake plant looks great", 236, lang="en", name="Owen Price", thread=rid(a), in_reply_to=rid(r))
neg("follow-up", a, b, "thanks after it arrived")

# Italian follow-up adding the address detail in the thread
a = add(E, "f.conti@postaweb.example", "Salve, il corriere ha provato a consegnare l'ordine 44345 ma dice 'indirizzo incompleto'. Cosa devo fare?\nFrancesca Conti", 220, lang="it", subject="Consegna 44345 non riuscita", name="Francesca Conti")
r = reply(E, "Buongiorno Francesca, ci manda l'indirizzo completo con interno e scala? Lo giriamo al corriere.", 223, rid(a), rid(a), "it")
b = add(E, "f.conti@postaweb.example", "Ecco: Via dei Mille 27, scala B, interno 9, 20129 Milano. Citofono Conti-Russo.\nGrazie", 224, lang="it", subject="Re: Consegna 44345 non riuscita", name="Francesca Conti", thread=rid(a), in_reply_to=rid(r))
neg("follow-up", a, b, "gives the full address the shop asked for")

# Dutch follow-up: "nog steeds" but just confirming details asked
a = add(M, "@fleur_k@mastodon.nl", "@fernandtrowel mijn kortingscode WELKOM10 werkt niet bij het afrekenen, is die verlopen?", 60, lang="nl", name="Fleur Kok")
r = reply(M, "@fleur_k@mastodon.nl hoi Fleur! Welke browser gebruik je, en krijg je een foutmelding?", 63, rid(a), rid(a), "nl")
b = add(M, "@fleur_k@mastodon.nl", "@fernandtrowel Firefox op Linux, en de melding is 'Deze code is niet geldig voor je winkelmand'. Heb het in Chrome ook geprobeerd, zelfde.", 65, lang="nl", name="Fleur Kok", thread=rid(a), in_reply_to=rid(r))
neg("follow-up", a, b, "answers the shop's question about browser and error message")

# ---------------------------------------------------------------- same display name, different people
# 1) Two "Maria Lopez": both late delivery, same week, different orders
m1 = add(M, "@marialopez@mastodon.social", "@fernandtrowel Hi, my order 44290 (string of pearls + hanging basket) was supposed to arrive Friday, still nothing. Can you check?", 100, lang="en", name="Maria Lopez")
r = reply(M, "@marialopez@mastodon.social hi Maria, could you send us the postcode on the order so we can chase the courier?", 104, rid(m1), rid(m1), "en")
m1b = add(M, "@marialopez@mastodon.social", "@fernandtrowel as I said before, it's order 44290. postcode is M14 5RT, tracking shows it at the Manchester depot since Thursday", 106, lang="en", name="Maria Lopez", thread=rid(m1), in_reply_to=rid(r))
neg("follow-up", m1, m1b, "gives the postcode the shop asked for, though it opens with 'as I said before'")
m2 = add(B, "mlopez-bcn.bsky.social", "@fernandtrowel.bsky.social hola! mi pedido 44305 con el olivo pequeño lleva 5 días de retraso, ¿sabéis algo?", 128, lang="es", name="Maria Lopez")
S.same_name_different_people.append(["mastodon:@marialopez@mastodon.social", "bluesky:mlopez-bcn.bsky.social"])
neg("other-customer", m1b, m2, "two different women named Maria Lopez, both with a late delivery in the same week, different orders and products")
neg("other-customer", m1, m2, "two different women named Maria Lopez, different orders")

# 2) Two "Tom Becker": both broken pots
t1 = add(E, "tom.becker@heimnetz.example", "Hallo, der Keramiktopf 'Nordic' (Bestellung 44233) kam mit einem Sprung im Boden an. Bitte um Ersatz.\nTom Becker", 36, lang="de", subject="Topf mit Sprung", name="Tom Becker")
t2 = add(B, "tbecker.bsky.social", "@fernandtrowel.bsky.social my big terracotta pot (order 44247) showed up smashed. great start to the weekend", 48, lang="en", name="Tom Becker")
S.same_name_different_people.append(["email:tom.becker@heimnetz.example", "bluesky:tbecker.bsky.social"])
neg("other-customer", t1, t2, "two different Tom Beckers, each with a broken pot from a different order")

# 3) Two "Ana Ribeiro": both refund not received
ar1 = add(M, "@anaribeiro@masto.pt", "@fernandtrowel devolvi a tesoura de poda há duas semanas e o reembolso ainda não apareceu. encomenda 44188", 240, lang="pt", name="Ana Ribeiro")
ar2 = add(E, "ana.ribeiro.rj@caixapostal.example", "Oi, cancelei o pedido 44371 (kit de vasos de fibra) antes do envio e até agora não recebi o estorno no cartão. Podem verificar?\nAna Ribeiro", 252, lang="pt", subject="Estorno pedido 44371", name="Ana Ribeiro")
S.same_name_different_people.append(["mastodon:@anaribeiro@masto.pt", "email:ana.ribeiro.rj@caixapostal.example"])
neg("other-customer", ar1, ar2, "two different Ana Ribeiros (Portugal and Brazil), both waiting for a refund, different orders")

# 4) Two "Luca Moretti": both delivered-not-received
lm1 = add(B, "lucamoretti.bsky.social", "@fernandtrowel.bsky.social il tracking dice consegnato ma io non ho ricevuto niente. ordine 44402, un bonsai di ficus", 330, lang="it", name="Luca Moretti")
lm2 = add(M, "@lmoretti@mastodon.uno", "@fernandtrowel risulta consegnato il pacco dell'ordine 44415 (vanga e rastrello) ma a casa non c'è. Dove l'avete lasciato?", 345, lang="it", name="Luca Moretti")
S.same_name_different_people.append(["bluesky:lucamoretti.bsky.social", "mastodon:@lmoretti@mastodon.uno"])
neg("other-customer", lm1, lm2, "two different Luca Morettis, both 'delivered' but not received, different orders and products")

# 5) Two "Emma de Vries": wrong item vs wrong colour
ev1 = add(E, "emma.devries@mailpunt.example", "Hoi, ik kreeg een grijze pot in plaats van de okergele die ik bestelde (44380). Kan ik ruilen?\nEmma", 268, lang="nl", subject="Verkeerde kleur pot", name="Emma de Vries")
ev2 = add(B, "emmadevries.bsky.social", "@fernandtrowel.bsky.social jullie stuurden me een witte schoffel terwijl ik de groene had besteld, order 44391. kan dat geruild worden?", 282, lang="nl", name="Emma de Vries")
S.same_name_different_people.append(["email:emma.devries@mailpunt.example", "bluesky:emmadevries.bsky.social"])
neg("other-customer", ev1, ev2, "two different Emma de Vrieses, both got the wrong colour, different products and orders")

# 6) Two "Julien Martin": both password/login issues, not during the outage
jm1 = add(M, "@julienmartin@mamot.fr", "@fernandtrowel impossible de me connecter, il me dit que mon mot de passe est faux alors que je viens de le changer", 24, lang="fr", name="Julien Martin")
jm2 = add(B, "julienmartin.bsky.social", "@fernandtrowel.bsky.social bonjour, je ne reçois pas le mail pour réinitialiser mon mot de passe, vous pouvez vérifier ?", 33, lang="fr", name="Julien Martin")
S.same_name_different_people.append(["mastodon:@julienmartin@mamot.fr", "bluesky:julienmartin.bsky.social"])
neg("other-customer", jm1, jm2, "two different Julien Martins, both cannot get into their accounts on the same day")

# a couple sharing one order
cp1 = add(E, "sophie.hall@homemail.example", "Hi, our order 44358 (the olive tree and the big planter) still hasn't come. It was due Tuesday.\nSophie", 236, lang="en", subject="Order 44358 late", name="Sophie Hall")
cp2 = add(M, "@benhall@mastodon.social", "@fernandtrowel wife already emailed but our olive tree order (44358) is still not here, any ETA?", 244, lang="en", name="Ben Hall")
neg("other-customer", cp1, cp2, "a couple sharing one order; two different people")

# ---------------------------------------------------------------- window negatives
w1 = add(B, "daisy-k.bsky.social", "@fernandtrowel.bsky.social my peace lily arrived with brown crispy leaves all over, order #44201. not impressed", 10, lang="en", name="Daisy K")
w2 = add(B, "daisy-k.bsky.social", "@fernandtrowel.bsky.social still not over the peace lily that turned up half dead. #44201. nobody ever answered", 226, lang="en", name="Daisy K")
neg("window", w1, w2, "same complaint again, 9 days later")

w3 = add(M, "@pablo_huerto@mastodon.social", "@fernandtrowel la app no me deja pagar con tarjeta, da error al confirmar", 50, lang="es", name="Pablo Herrera")
w4 = add(M, "@pablo_huerto@mastodon.social", "@fernandtrowel otra vez la app sin dejarme pagar con tarjeta. error al confirmar, igual que la otra vez", 315, lang="es", name="Pablo Herrera")
neg("window", w3, w4, "same payment error reported again 11 days later")

w5 = add(E, "aurelie.m@courriel.example", "Bonjour, j'ai été prélevée deux fois pour la commande 44216 (sécateur + gants). Merci de rembourser un des deux paiements.\nAurélie Marchand", 40, lang="fr", subject="Double prélèvement 44216", name="Aurélie Marchand")
w6 = add(E, "aurelie.m@courriel.example", "Bonjour, je reviens vers vous : toujours deux prélèvements pour la commande 44216. Merci de faire le nécessaire.\nAurélie Marchand", 268, lang="fr", subject="Double prélèvement 44216 - relance", name="Aurélie Marchand")
neg("window", w5, w6, "same double charge again, 9.5 days later")

w7 = add(B, "ines.alves.bsky.social", "@fernandtrowel.bsky.social o código de desconto NATAL20 não funciona no carrinho", 130, lang="pt", name="Inês Alves")
w8 = add(B, "ines.alves.bsky.social", "@fernandtrowel.bsky.social NATAL20 continua a não funcionar…", 370, lang="pt", name="Inês Alves")
neg("window", w7, w8, "same coupon complaint again, 10 days later")

w9 = add(M, "@vale_verde@mastodon.uno", "@fernandtrowel ordine 44209 ancora non arrivato, la spedizione doveva essere in 3 giorni", 28, lang="it", name="Valentina Greco")
w10 = add(M, "@vale_verde@mastodon.uno", "@fernandtrowel ancora niente per l'ordine 44209. Mi avete dimenticata?", 310, lang="it", name="Valentina Greco")
neg("window", w9, w10, "same late order again, almost 12 days later")

w11 = add(B, "bramvis.bsky.social", "@fernandtrowel.bsky.social retourlabel nog altijd niet ontvangen voor de plantentafel", 90, lang="nl", name="Bram Visser")
w12 = add(B, "bramvis.bsky.social", "@fernandtrowel.bsky.social dat retourlabel voor de plantentafel?? nog steeds niks", 292, lang="nl", name="Bram Visser")
neg("window", w11, w12, "same missing return label again, 8.4 days later")

# ---------------------------------------------------------------- filler
add(E, "nora.fitz@mailbox.example", "Hi, do you deliver to Northern Ireland, and is there extra shipping for large plants?\nNora", 5, lang="en", subject="Delivery to NI?", name="Nora Fitzgerald")
add(M, "@gardengus@mastodon.social", "@fernandtrowel is the fiddle leaf fig pet-safe? got a nosy cat", 46, lang="en", name="Gus")
add(B, "saul.reyes.bsky.social", "@fernandtrowel.bsky.social ¿hacéis envíos a Canarias?", 62, lang="es", name="Saúl Reyes")
add(E, "carmen.olmo@correo.example", "Hola, ¿el macetero de fibra de 40 cm sirve para exterior en invierno?\nCarmen", 115, lang="es", subject="Macetero exterior", name="Carmen Olmo")
add(M, "@birgit_k@chaos.social", "@fernandtrowel Habt ihr die Hori-Hori Messer bald wieder auf Lager?", 125, lang="de", name="Birgit K.")
add(E, "m.schulz@netzpost.example", "Guten Tag, kann ich auf Rechnung bestellen?\nMfG M. Schulz", 188, lang="de", subject="Zahlung auf Rechnung", name="Markus Schulz")
add(B, "camille-pl.bsky.social", "@fernandtrowel.bsky.social vous faites des cartes cadeaux ? c'est pour ma mère qui adore les orchidées", 205, lang="fr", name="Camille")
add(E, "y.benali@courriel.example", "Bonjour, quel terreau conseillez-vous pour un citronnier en pot ?\nYasmine", 270, lang="fr", subject="Conseil terreau", name="Yasmine Benali")
add(M, "@joaofaria@masto.pt", "@fernandtrowel vocês têm vasos com prato incluído?", 140, lang="pt", name="João Faria")
add(B, "bia.costa.bsky.social", "@fernandtrowel.bsky.social quanto tempo leva a entrega para o Porto?", 320, lang="pt", name="Beatriz Costa")
add(E, "s.ferraro@postaweb.example", "Buongiorno, fate consegne al piano? Il vaso da 60 cm pesa parecchio.\nSilvia Ferraro", 196, lang="it", subject="Consegna al piano", name="Silvia Ferraro")
add(M, "@paolo_orti@mastodon.uno", "@fernandtrowel la calathea orbifolia tornerà disponibile?", 372, lang="it", name="Paolo")
add(E, "lotte.deboer@mailpunt.example", "Hallo, kan ik een bestelling afhalen in plaats van laten bezorgen?\nLotte de Boer", 232, lang="nl", subject="Afhalen?", name="Lotte de Boer")
add(B, "gerrit.h.bsky.social", "@fernandtrowel.bsky.social zijn jullie potten vorstbestendig?", 410, lang="nl", name="Gerrit")
add(M, "@nuria_f@mastodon.cat", "@fernandtrowel feu enviaments a Andorra?", 80, lang="ca", name="Núria Ferrer")
add(E, "albert.soler@correu.example", "Bon dia, teniu pales de trasplantament per a esquerrans?\nAlbert", 352, lang="ca", subject="Pales per a esquerrans", name="Albert Soler")

S.write(os.path.dirname(os.path.abspath(__file__)),
        "Third set for tuning, rich in hard negatives: 20 groups (15 pairs, 5 triples) in eight languages, "
        "7 across channels; negatives of four kinds. Written without sight of the detector; labels "
        "say what a person reading the posts would say.")
