#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of customer posts to Inkwell Print Studio (a small shop
for custom posters, photo books, greeting cards and wall calendars) for
measuring the detection of repeats in other words.

A repeat is one customer (possibly on two channels) raising the same
complaint again within 7 days, usually in other words. The set holds 30
such groups (25 pairs, 5 triples) in eight languages, 10 of them across
two channels, labelled negatives (follow-ups, other complaints by the
same customer, other customers with the same complaint, the same
complaint after more than 7 days) and one-off questions as filler.

The posts were written as customers of a small print shop write, without
sight of the detector, its lexicon or the other sets. The labels say
what a person reading the posts would say; they were never edited to fit
the detector.

Run: python3 gen-fixture.py  (writes fixture.jsonl and labels.json here)
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 11, 23, 9, 5, tzinfo=timezone.utc)
SHOP = "Inkwell Print Studio"
S = LabelledSet(BASE, "ip", "studio@inkwellprint.example", "@inkwellprint@design.social",
                "inkwellprint.bsky.social", SHOP)
E, M, B = "email", "mastodon", "bluesky"
rid = S.rid


def mail(author, text, hours, lang, subject, name=None, links=None, thread=None, in_reply_to=None):
    return S.add(E, author, text, hours, lang=lang, subject=subject, name=name, links=links,
                 thread=thread, in_reply_to=in_reply_to)


def shop_mail(text, hours, to, first, lang, subject):
    return S.add(E, S.shop[E], text, hours, lang=lang, subject=subject, name=SHOP,
                 direction="out", thread=rid(first), in_reply_to=rid(to))


def post(channel, author, text, hours, lang, name=None, links=None, thread=None, in_reply_to=None):
    return S.add(channel, author, text, hours, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=in_reply_to)


def same_person(a, b):
    S.same_person.append([a, b])


# ---------------------------------------------------------------- English
# G1: photo book late, email thread, triple
a = mail("heather.quinlan@fastmail.example",
         "Hi there,\n\nI ordered a 40-page layflat photo book on the 12th (order 58214) for my "
         "parents' anniversary which is on Saturday. The site said 5-7 working days and it's "
         "been nearly two weeks. No tracking email either. Can you tell me where it is?\n\n"
         "Thanks,\nHeather", 2, "en", "Photo book order 58214 - not arrived")
r = shop_mail("Hi Heather,\n\nThanks for getting in touch, and sorry for the wait. We're looking "
              "into it with our binding team and will get back to you shortly.\n\nBest,\nTess @ Inkwell",
              7, a, a, "en", "Re: Photo book order 58214 - not arrived")
b = mail("heather.quinlan@fastmail.example",
         "Hi Tess,\n\n\"Shortly\" was three days ago. The anniversary is THIS Saturday. Has the book "
         "even been printed? I just need a yes or no and a date.\n\nHeather",
         76, "en", "Re: Photo book order 58214 - not arrived", thread=rid(a), in_reply_to=rid(r))
c = mail("heather.quinlan@fastmail.example",
         "Third email. Still no photo book, still no tracking, still no answer. If it isn't going "
         "to make it by Saturday please just tell me so I can sort something else out.",
         121, "en", "WHERE is my photo book??")
S.group("en", "one identity", a, b, c)
# other-complaint: same customer, same order, invoice wrong once it came
d = mail("heather.quinlan@fastmail.example",
         "Hello again - the book finally turned up on Friday, thank you, it's lovely. But the "
         "invoice inside says 20 pages and charges me for the 20-page price plus a £9 'extra pages' "
         "line, while I paid £46 at checkout. Which is right? I'd like a corrected invoice please.\n\n"
         "Heather", 170, "en", "Invoice for 58214 doesn't match")
S.negative("other-complaint", a, d, "same customer and order: first late delivery, then a wrong invoice")

# G2: creased poster, Mastodon, one identity
a = post(M, "@olly_draws@mastodon.art",
         "@inkwellprint@design.social hey, my A2 print of the lighthouse illustration turned up "
         "folded in half?? there's a hard crease right through the middle. it was in a flat "
         "envelope not a tube. kinda gutted tbh", 20, "en")
b = post(M, "@olly_draws@mastodon.art",
         "@inkwellprint@design.social bump. 2 days, no reply. a poster with a giant fold line "
         "isn't really something I can hang", 69, "en")
S.group("en", "one identity", a, b)

# G3: double charge, Bluesky then email with profile link
a = post(B, "dmitri-okafor.bsky.social",
         "@inkwellprint.bsky.social just checked my bank app and you've taken £31.80 twice for one "
         "set of christmas cards. Order #41230. please sort", 30, "en", name="Dmitri Okafor")
b = mail("d.okafor@postbox.example",
         "Hello,\n\nI posted about this on Bluesky two days ago but heard nothing, so trying email. "
         "My card was debited twice (2 x £31.80) for order 41230 on the 23rd. I've only got one "
         "order in my account. Please refund the duplicate.\n\nDmitri Okafor",
         78, "en", "Charged twice", name="Dmitri Okafor", links=["dmitri-okafor.bsky.social"])
S.group("en", "profile link", a, b)
same_person("bluesky:dmitri-okafor.bsky.social", "email:d.okafor@postbox.example")

# G4: refund for cancelled calendar, email then Mastodon, same name only
a = mail("priya.venkatesan@webmail.example",
         "Hi,\n\nI cancelled my wall calendar order (the 2027 botanical one, ref 39977) the same day "
         "I placed it, on 16 Nov, and got the cancellation confirmation. You said the refund would "
         "be back in 3-5 days. Nothing yet. Could you check?\n\nPriya", 26, "en",
         "Refund for cancelled order", name="Priya Venkatesan")
b = post(M, "@priyav@hachyderm.io",
         "Dear @inkwellprint@design.social, it is now nearly 2 weeks since I cancelled a calendar "
         "and the money still hasn't come back. Emailed, no answer. Small shops, I love you, but "
         "please don't make me do a chargeback", 140, "en", name="Priya Venkatesan")
S.group("en", "same name only", a, b)

# G5: coupon not applied, email, one identity
a = mail("mark.h.thornbury@mailbox.example",
         "Hi, your newsletter gave me WINTER15 for 15% off but when I enter it at checkout it says "
         "'code not valid for items in basket'. I've only got greeting cards and a poster in there, "
         "nothing excluded as far as I can see. Mark", 50, "en", "WINTER15 code")
b = mail("mark.h.thornbury@mailbox.example",
         "Tried again this morning, same thing. Discount just won't go on. Is the code dead or is "
         "the site broken? Don't want to pay full price for something you emailed me a code for.",
         98, "en", "discount still not working")
S.group("en", "one identity", a, b)

# G6: password reset mail never arrives, Bluesky, one identity
a = post(B, "junebug-carys.bsky.social",
         "@inkwellprint.bsky.social can't get into my account to reorder my photo book - the reset "
         "password email never comes. checked spam. tried 4 times", 150, "en")
b = post(B, "junebug-carys.bsky.social",
         "still locked out 🙃 @inkwellprint.bsky.social is anybody reading these", 205, "en")
S.group("en", "one identity", a, b)

# ---------------------------------------------------------------- Spanish
# G7: wrong size poster, email thread, triple
a = mail("lucia.ferrandiz@correo.example",
         "Hola buenas,\n\nHe recibido hoy mi póster del pedido nº 52671 y es de 30x40 cuando lo pedí "
         "de 50x70 (y lo pagué de 50x70, tengo el correo de confirmación). Es para un marco que ya "
         "tengo comprado así que no me sirve.\n\n¿Cómo lo solucionamos?\n\nUn saludo,\nLucía Ferrándiz",
         5, "es", "Póster tamaño equivocado - pedido 52671")
r = shop_mail("Hola Lucía,\n\nGracias por avisarnos. Lo estamos revisando y te decimos algo en "
              "cuanto podamos.\n\nUn saludo,\nInkwell Print Studio", 11, a, a, "es",
              "Re: Póster tamaño equivocado - pedido 52671")
b = mail("lucia.ferrandiz@correo.example",
         "Hola, ¿alguna novedad? Han pasado 4 días y sigo con un póster que no cabe en el marco. "
         "¿Me mandáis el bueno o no?", 104, "es", "Re: Póster tamaño equivocado - pedido 52671",
         thread=rid(a), in_reply_to=rid(r))
c = mail("lucia.ferrandiz@correo.example",
         "Vamos a ver... pedí un 50x70, me llegó un 30x40 y llevo una semana esperando respuesta. "
         "No es tan complicado. Lucía", 160, "es", "otra vez el póster")
S.group("es", "one identity", a, b, c)

# G8: greeting cards with the name misprinted, Mastodon, one identity
a = post(M, "@pablomoreno@masto.es",
         "@inkwellprint@design.social Hola! Me han llegado las tarjetas de navidad y pone "
         "'Familia Morneo' en vez de 'Familia Moreno' 😩 en la vista previa estaba bien escrito, lo "
         "comprobé dos veces", 33, "es")
b = post(M, "@pablomoreno@masto.es",
         "@inkwellprint@design.social oye, lo de las 50 tarjetas con el apellido mal... nadie me "
         "contesta? que las tengo que mandar ya", 90, "es")
S.group("es", "one identity", a, b)
d = post(M, "@pablomoreno@masto.es",
         "@inkwellprint@design.social otra cosa aparte: he ido a pedir un calendario con el codigo "
         "NAVIDAD10 y no me hace el descuento. lo de las tarjetas ya lo hablamos por privado", 176, "es")
S.negative("other-complaint", a, d, "same customer: misprinted cards, later a coupon that does not apply")

# G9: delivered but not received, email then Bluesky, profile link
a = mail("javier.ortuno@buzon.example",
         "Buenos días,\n\nEl seguimiento de mi pedido 60133 (un fotolibro) pone 'entregado' desde ayer "
         "a las 12:40, pero aquí no ha llegado nada. He preguntado a los vecinos y al portero. "
         "¿Podéis reclamar a la mensajería?\n\nGracias,\nJavier Ortuño", 54, "es",
         "Pedido 60133 marcado como entregado pero no recibido", name="Javier Ortuño")
b = post(B, "jortuno.bsky.social",
         "@inkwellprint.bsky.social os escribí por mail hace dos días: el fotolibro sale como "
         "entregado y NO lo tengo. Ni respuesta. Era un regalo 🙄", 101, "es", name="Javier Ortuño",
         links=["javier.ortuno@buzon.example"])
S.group("es", "profile link", a, b)
same_person("email:javier.ortuno@buzon.example", "bluesky:jortuno.bsky.social")

# G10: subscription cancelled but still billed, Bluesky, one identity
a = post(B, "marta-gil-rius.bsky.social",
         "@inkwellprint.bsky.social me di de baja de la suscripción de tarjetas mensuales en octubre "
         "y este mes me habéis vuelto a cobrar 12,90€. Tengo el email de baja", 230, "es")
b = post(B, "marta-gil-rius.bsky.social",
         "@inkwellprint.bsky.social sigo esperando que me devolvais el cobro de una suscripcion que "
         "cancele hace un mes. gracias eh", 300, "es")
S.group("es", "one identity", a, b)

# ---------------------------------------------------------------- German
# G11: invoice error, email thread, triple
a = mail("buchhaltung@schreinerei-kolb.example",
         "Sehr geehrte Damen und Herren,\n\nauf der Rechnung RE-2026-8812 zu unserer Bestellung "
         "(200 Weihnachtskarten) fehlt unser Firmenname, und die USt. ist mit 7 % statt 19 % "
         "ausgewiesen. So können wir sie nicht verbuchen. Bitte senden Sie uns eine korrigierte "
         "Rechnung.\n\nMit freundlichen Grüßen\nSabine Kolb\nSchreinerei Kolb GmbH", 24, "de",
         "Rechnung RE-2026-8812 fehlerhaft", name="Sabine Kolb")
r = shop_mail("Guten Tag Frau Kolb,\n\nvielen Dank für den Hinweis, wir schauen uns das an und "
              "melden uns.\n\nViele Grüße\nInkwell Print Studio", 29, a, a, "de",
              "Re: Rechnung RE-2026-8812 fehlerhaft")
b = mail("buchhaltung@schreinerei-kolb.example",
         "Guten Tag,\n\nich warte weiterhin auf die berichtigte Rechnung. Unser Steuerberater "
         "braucht sie bis Monatsende.\n\nMfG\nS. Kolb", 98, "de", "Re: Rechnung RE-2026-8812 fehlerhaft",
         name="Sabine Kolb", thread=rid(a), in_reply_to=rid(r))
c = mail("buchhaltung@schreinerei-kolb.example",
         "Hallo, nochmals wegen der Rechnung für die Weihnachtskarten: Firmenname fehlt, falscher "
         "Steuersatz. Wie lange dauert es denn, ein PDF neu zu erstellen?\n\nSabine Kolb",
         166, "de", "Nochmal: korrigierte Rechnung", name="Sabine Kolb")
S.group("de", "one identity", a, b, c)

# G12: photo book damaged, Mastodon then email, same name only
a = post(M, "@tbrandt@chaos.social",
         "@inkwellprint@design.social Fotobuch heute angekommen, Ecke komplett eingedrückt und der "
         "Buchrücken hat nen Riss. Karton sah schon aus als hätte jemand draufgesessen. Schade, war "
         "als Geschenk gedacht", 44, "de", name="Tobias Brandt")
b = mail("tobias.brandt@gmx.example",
         "Hallo,\n\nich hatte es schon auf Mastodon geschrieben: mein Fotobuch (Bestellung 47705) ist "
         "beschädigt angekommen, Ecke eingedellt, Rücken eingerissen. Bekomme ich ein neues?\n\n"
         "Gruß Tobias Brandt", 115, "de", "Fotobuch beschädigt", name="Tobias Brandt")
S.group("de", "same name only", a, b)

# G13: return label not received, email, one identity
a = mail("r.hoffmann1971@web.example",
         "Guten Tag, ich habe am Montag eine Retoure für den falsch gelieferten Kalender angemeldet "
         "(Bestellung 50318). Das Rücksendeetikett sollte per Mail kommen, ist aber nicht da, auch "
         "nicht im Spam. Rolf Hoffmann", 120, "de", "Retourenetikett fehlt")
b = mail("r.hoffmann1971@web.example",
         "Ich habe immer noch kein Etikett bekommen. Wie soll ich den Kalender denn zurückschicken?",
         190, "de", "Rücksendung 50318")
S.group("de", "one identity", a, b)

# G14: app crashes when uploading photos, Bluesky, one identity
a = post(B, "lenawinkler.bsky.social",
         "@inkwellprint.bsky.social eure App schmiert jedes Mal ab, wenn ich mehr als ~30 Fotos fürs "
         "Fotobuch hochladen will. iPhone 14, neueste Version. Zum Verzweifeln", 60, "de")
b = post(B, "lenawinkler.bsky.social",
         "so, 5. Versuch, App wieder zu beim Hochladen. Wer hat die getestet? @inkwellprint.bsky.social",
         131, "de")
S.group("de", "one identity", a, b)
d = post(B, "lenawinkler.bsky.social",
         "@inkwellprint.bsky.social hab das Fotobuch am Ende am Laptop gemacht. Jetzt aber: im "
         "Wandkalender fängt es mit Februar an statt Januar, obwohl ich Januar gewählt hab?!", 250, "de")
S.negative("other-complaint", a, d, "same customer: app crash, later a calendar printed from the wrong month")

# ---------------------------------------------------------------- French
# G15: refund not received, email thread, triple
a = mail("claire.dumoulin@laposte.example",
         "Bonjour,\n\nJ'ai renvoyé le poster abîmé (cde 44902) il y a 10 jours et vous m'aviez dit "
         "que le remboursement serait fait à réception. Le colis vous a été livré le 20 d'après le "
         "suivi, mais je n'ai toujours rien reçu sur mon compte.\n\nCordialement,\nClaire Dumoulin",
         8, "fr", "Remboursement cde 44902")
r = shop_mail("Bonjour Claire,\n\nMerci pour votre message, nous vérifions cela avec notre service "
              "comptable et revenons vers vous.\n\nBien à vous,\nInkwell Print Studio", 14, a, a, "fr",
              "Re: Remboursement cde 44902")
b = mail("claire.dumoulin@laposte.example",
         "Bonjour,\n\nToujours rien. Ca fait maintenant presque deux semaines que vous avez le poster "
         "et moi toujours pas mes 38€.\n\nClaire", 87, "fr", "Re: Remboursement cde 44902",
         thread=rid(a), in_reply_to=rid(r))
c = mail("claire.dumoulin@laposte.example",
         "Bonjour, je relance encore une fois pour mon remboursement. Merci de me donner une date "
         "precise cette fois.", 155, "fr", "Relance remboursement")
S.group("fr", "one identity", a, b, c)

# G16: rude courier, Bluesky then Mastodon, profile link
a = post(B, "nico-verdier.bsky.social",
         "@inkwellprint.bsky.social votre livreur vient de balancer mon colis (des cadres photo !) "
         "par-dessus le portail et m'a répondu 'c'est pas mon problème' quand j'ai râlé. Super.",
         38, "fr", name="Nicolas Verdier")
b = post(M, "@nverdier@piaille.fr",
         "@inkwellprint@design.social je vous ai déjà signalé ça sur bsky : le livreur qui jette les "
         "colis et envoie balader les clients. Vous comptez faire quelque chose avec votre "
         "transporteur ?", 110, "fr", name="Nicolas Verdier", links=["nico-verdier.bsky.social"])
S.group("fr", "profile link", a, b)
same_person("bluesky:nico-verdier.bsky.social", "mastodon:@nverdier@piaille.fr")

# G17: missing hanging kit, email, one identity
a = mail("b.lefevre@orange.example",
         "Bonjour, j'ai bien reçu mon affiche encadrée 50x70 mais il n'y a pas le kit d'accroche "
         "(les crochets et les vis) qui est pourtant indiqué sur la fiche produit. Pouvez-vous me "
         "l'envoyer ? Bertrand Lefèvre", 66, "fr", "Kit d'accroche manquant")
b = mail("b.lefevre@orange.example",
         "Re-bonjour, mon cadre est toujours posé par terre faute de quoi l'accrocher. Vous pouvez "
         "juste m'envoyer deux crochets dans une enveloppe ? B. Lefèvre", 140, "fr",
         "Toujours pas de crochets")
S.group("fr", "one identity", a, b)
d = mail("b.lefevre@orange.example",
         "Bonjour, autre sujet : la facture de cette commande est à l'adresse de mon ancien "
         "appartement alors que je l'avais modifiée dans mon compte. Pouvez-vous la refaire ? Merci",
         196, "fr", "Adresse sur la facture")
S.negative("other-complaint", a, d, "same customer: missing hanging kit, later the wrong address on the invoice")

# G18: promo code not applied, Mastodon, one identity
a = post(M, "@elodie_b@mamot.fr",
         "@inkwellprint@design.social bonjour, le code CALENDRIER20 de votre pouet ne marche pas, "
         "le panier reste au meme prix :( c'est normal ?", 180, "fr")
b = post(M, "@elodie_b@mamot.fr",
         "@inkwellprint@design.social bon, toujours pas de réduc avec votre code promo et toujours "
         "pas de réponse. je commande ailleurs ?", 228, "fr")
S.group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese
# G19: late order, email, one identity
a = mail("rafaela.souza@uol.example",
         "Oi, tudo bem?\n\nFiz a encomenda de um calendário de parede personalizado (pedido #56120) "
         "faz 15 dias e até agora nada. O rastreio não atualiza desde o dia 18. Conseguem ver o que "
         "aconteceu?\n\nObrigada,\nRafaela", 80, "pt", "Pedido #56120 atrasado")
b = mail("rafaela.souza@uol.example",
         "Gente, ainda não chegou o calendário e ninguém me respondeu. Era pra dar de presente no "
         "Natal, to ficando preocupada", 150, "pt", "calendário ainda não chegou")
S.group("pt", "one identity", a, b)

# G20: double charge, Bluesky then email, same name only
a = post(B, "joaopmartins.bsky.social",
         "@inkwellprint.bsky.social vocês me cobraram duas vezes no cartão pelo mesmo fotolivro. "
         "€54,90 + €54,90. Como resolvo?", 128, "pt", name="João Martins")
b = mail("jp.martins@sapo.example",
         "Bom dia,\n\nVi na fatura do cartão que o valor da encomenda 61004 foi debitado duas vezes. "
         "Só fiz uma compra. Peço a devolução do valor em duplicado.\n\nCumprimentos,\nJoão Martins",
         175, "pt", "Cobrança em duplicado", name="João Martins")
S.group("pt", "same name only", a, b)

# G21: card colours wrong, Mastodon, one identity
a = post(M, "@beatrizlemos@masto.pt",
         "@inkwellprint@design.social os cartões de boas festas chegaram hoje mas as cores sairam "
         "todas azuladas, o vermelho ficou quase roxo. no ecrã estava perfeito", 260, "pt")
b = post(M, "@beatrizlemos@masto.pt",
         "@inkwellprint@design.social alguém? os postais com as cores trocadas continuam aqui em "
         "cima da mesa à espera de solução", 318, "pt")
S.group("pt", "one identity", a, b)

# ---------------------------------------------------------------- Italian
# G22: calendar bent, email, one identity
a = mail("giulia.fabbri@libero.example",
         "Buongiorno,\nmi è arrivato il calendario da muro (ordine 49377) tutto piegato, la busta "
         "era strappata su un lato e la spirale è schiacciata. Potete rispedirlo?\nGrazie\nGiulia Fabbri",
         92, "it", "Calendario arrivato rovinato")
b = mail("giulia.fabbri@libero.example",
         "Salve, nessuna risposta sul calendario rovinato. Lo devo rispedire io o me ne mandate un "
         "altro? Fatemi sapere per favore", 160, "it", "ordine 49377")
S.group("it", "one identity", a, b)
d = mail("giulia.fabbri@libero.example",
         "Buonasera, controllando l'estratto conto vedo due addebiti da 27,50 per lo stesso ordine "
         "del calendario. Potete verificare?\nGiulia", 210, "it", "doppio addebito")
S.negative("other-complaint", a, d, "same customer and order: damaged calendar, later a double charge")

# G23: cannot log in, Mastodon then Bluesky, profile link
a = post(M, "@ste_rinaldi@mastodon.uno",
         "@inkwellprint@design.social ciao, non riesco più ad entrare nel mio account, mi dice "
         "'credenziali non valide' anche dopo aver cambiato la password. Ho lì tutti i progetti "
         "dei biglietti", 112, "it", name="Stefano Rinaldi")
b = post(B, "sterinaldi.bsky.social",
         "@inkwellprint.bsky.social ve l'avevo scritto anche su mastodon, ancora non posso fare "
         "login. Password nuova, vecchia, niente. Aiuto", 185, "it", name="Stefano Rinaldi",
         links=["@ste_rinaldi@mastodon.uno"])
S.group("it", "profile link", a, b)
same_person("mastodon:@ste_rinaldi@mastodon.uno", "bluesky:sterinaldi.bsky.social")

# G24: refund, email then Mastodon, same name only
a = mail("f.colombo@tiscali.example",
         "Gentili signori,\n\nil 14 novembre ho annullato l'ordine n. 53390 (poster 70x100) e mi "
         "avete confermato il rimborso. Ad oggi non ho ricevuto nulla sulla carta.\n\n"
         "Cordiali saluti\nFrancesca Colombo", 270, "it", "Rimborso ordine 53390",
         name="Francesca Colombo")
b = post(M, "@fcolombo@livellosegreto.it",
         "@inkwellprint@design.social sto ancora aspettando il rimborso per un poster che ho "
         "annullato tre settimane fa. Vi ho anche scritto, silenzio totale.", 330, "it",
         name="Francesca Colombo")
S.group("it", "same name only", a, b)

# ---------------------------------------------------------------- Dutch
# G25: order not delivered, tracking stuck, email thread, triple
a = mail("sanne.devries@ziggo.example",
         "Hoi,\n\nMijn bestelling 57831 (fotoboek + 2 posters) staat al sinds vrijdag op "
         "'in sorteercentrum' en er gebeurt niks meer. Kunnen jullie navragen waar het pakket is?\n\n"
         "Groetjes,\nSanne", 130, "nl", "Bestelling 57831 komt niet aan")
r = shop_mail("Hoi Sanne,\n\nDank je voor je bericht. We gaan het na bij de vervoerder en laten "
              "het je weten.\n\nGroet,\nInkwell Print Studio", 136, a, a, "nl",
              "Re: Bestelling 57831 komt niet aan")
b = mail("sanne.devries@ziggo.example",
         "Hoi, al iets gehoord van de vervoerder? Track & trace staat nog steeds stil.", 200, "nl",
         "Re: Bestelling 57831 komt niet aan", thread=rid(a), in_reply_to=rid(r))
c = mail("sanne.devries@ziggo.example",
         "Nog steeds geen pakket en geen update. Een week nu. Moet ik het als kwijt beschouwen? "
         "Sanne de Vries", 262, "nl", "pakket nog steeds niet binnen")
S.group("nl", "one identity", a, b, c)

# G26: someone else's photos in the book, Bluesky then email, same name only
a = post(B, "pieterjanssens.bsky.social",
         "@inkwellprint.bsky.social ik heb net m'n fotoboek opengeslagen en er staan foto's van een "
         "totaal onbekende familie in?! De kaft is wel van ons. Dit is echt bizar", 240, "nl",
         name="Pieter Janssens")
b = mail("pieter.janssens@telenet.example",
         "Goedendag,\n\nIn het fotoboek dat ik ontving (order 62217) staan de foto's van iemand "
         "anders, alleen de cover klopt. Ik wil graag het juiste boek ontvangen, en eerlijk gezegd "
         "maak ik me ook zorgen over waar mijn foto's nu terecht zijn gekomen.\n\nMet vriendelijke "
         "groet,\nPieter Janssens", 300, "nl", "Verkeerde foto's in fotoboek", name="Pieter Janssens")
S.group("nl", "same name only", a, b)

# G27: return label not received, Mastodon, one identity
a = post(M, "@kim_bakker@mastodon.nl",
         "@inkwellprint@design.social hallo, ik heb een retour aangemeld voor de kaarten maar het "
         "retourlabel is nooit gekomen. Hoe stuur ik ze terug?", 170, "nl")
b = post(M, "@kim_bakker@mastodon.nl",
         "@inkwellprint@design.social nog altijd geen label ontvangen hoor", 236, "nl")
S.group("nl", "one identity", a, b)

# ---------------------------------------------------------------- Catalan
# G28: invoice with wrong tax id, email, one identity
a = mail("jordi.puigdomenech@xtec.example",
         "Bon dia,\n\nA la factura de la comanda 45561 hi surt un NIF que no és el meu (acaba en "
         "-K i el meu acaba en -M). La necessito per a l'escola que m'ho paga. Me la podeu "
         "corregir?\n\nGràcies,\nJordi Puigdomènech", 140, "ca", "Factura amb NIF erroni")
b = mail("jordi.puigdomenech@xtec.example",
         "Hola, encara espero la factura corregida amb el NIF bo. A l'escola me la reclamen. Jordi",
         210, "ca", "Re: factura 45561")
S.group("ca", "one identity", a, b)
d = mail("jordi.puigdomenech@xtec.example",
         "Bon dia, ara una altra cosa: he fet una segona comanda (45802, els calendaris per als "
         "alumnes) fa deu dies i encara no han arribat. Sabeu alguna cosa?", 275, "ca",
         "Comanda 45802 endarrerida")
S.negative("other-complaint", a, d, "same customer: wrong tax id on one invoice, later another order that is late")

# G29: delivered but not received, Mastodon then email, profile link
a = post(M, "@nuria_serra@mastodont.cat",
         "@inkwellprint@design.social Hola! El seguiment diu que el calendari es va lliurar ahir "
         "però a casa no ha arribat res, ni avís a la bústia. Què puc fer?", 190, "ca",
         name="Núria Serra")
b = mail("nuria.serra@vilaweb.example",
         "Bon dia,\n\nUs vaig escriure a Mastodon fa uns dies. El meu calendari consta com a "
         "entregat però no l'he rebut mai. Comanda 63040. Necessito una solució.\n\nNúria Serra",
         252, "ca", "Comanda 63040 lliurada però no rebuda", name="Núria Serra",
         links=["@nuria_serra@mastodont.cat"])
S.group("ca", "profile link", a, b)
same_person("mastodon:@nuria_serra@mastodont.cat", "email:nuria.serra@vilaweb.example")

# G30: website hangs at payment, Bluesky, one identity
a = post(B, "arnaucasals.bsky.social",
         "@inkwellprint.bsky.social la web es queda penjada quan vaig a pagar, la rodeta gira i gira "
         "i no passa res. Ho he provat amb Firefox i Chrome", 285, "ca")
b = post(B, "arnaucasals.bsky.social",
         "@inkwellprint.bsky.social segueix sense deixar-me pagar la vostra web... vull comprar les "
         "postals abans de dijous!", 340, "ca")
S.group("ca", "one identity", a, b)

# ---------------------------------------------------------------- follow-ups
a = mail("tom.reddaway@btmail.example",
         "Hello, my 2027 wall calendar came today but the months are in the wrong order - May is "
         "followed by March then June. Can you replace it?\nTom", 16, "en", "Calendar pages in wrong order")
r = shop_mail("Hi Tom,\n\nSorry about that! Could you send us your order number and a photo of the "
              "pages so we can pass it to the print room?\n\nThanks,\nInkwell Print Studio", 21, a, a,
              "en", "Re: Calendar pages in wrong order")
b = mail("tom.reddaway@btmail.example",
         "Sure - it's order 60418, photo attached of the May/March pages.\nTom", 25, "en",
         "Re: Calendar pages in wrong order", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order number and photo the shop asked for")

a = mail("carmen.ibarra@correo.example",
         "Hola, las tarjetas de boda llegaron con una mancha de tinta en casi todas. ¿Qué hago?\nCarmen",
         46, "es", "Tarjetas manchadas")
r = shop_mail("Hola Carmen,\n\nLo sentimos mucho. ¿Nos puedes mandar una foto de las tarjetas y el "
              "número de pedido?\n\nGracias", 50, a, a, "es", "Re: Tarjetas manchadas")
b = mail("carmen.ibarra@correo.example",
         "Aquí va la foto. El pedido es el 55208. Son unas 40 de las 60 las que tienen la mancha.",
         53, "es", "Re: Tarjetas manchadas", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "sends the photo and order number the shop asked for")

a = post(M, "@jan_ehlers@norden.social",
         "@inkwellprint@design.social Die Grußkarten sind mit falschem Papier gekommen, matt statt "
         "glänzend.", 72, "de")
r = S.reply(M, "@jan_ehlers@norden.social Oh je! Schickst du uns die Bestellnummer per DM?", 75,
            rid(a), rid(a), "de")
b = post(M, "@jan_ehlers@norden.social",
         "@inkwellprint@design.social klar, Bestellnr. ist 77120. Sorry, hatte ich vergessen", 77, "de",
         thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

a = mail("helene.marchal@free.example",
         "Bonjour, le livre photo que j'ai reçu a plusieurs pages collées entre elles, impossible "
         "de les séparer sans les abîmer. Commande 58890. Hélène Marchal", 100, "fr", "Pages collées")
b = mail("helene.marchal@free.example",
         "PS : j'ai oublié de joindre les photos, les voici. Ce sont les pages 12-13 et 30-31.",
         101, "fr", "Re: Pages collées", thread=rid(a), in_reply_to=rid(a))
S.negative("follow-up", a, b, "PS with the photos, a minute after the first mail")

a = post(B, "chiaramontanari.bsky.social",
         "@inkwellprint.bsky.social ricevuto il fotolibro ma la copertina in lino ha una macchia "
         "scura in basso a destra", 195, "it")
b = post(B, "chiaramontanari.bsky.social",
         "aggiungo: anche due pagine interne hanno la stessa macchia, sembra colla. ordine 61775",
         197, "it", thread=rid(a), in_reply_to=rid(a))
S.negative("follow-up", a, b, "adds a detail and the order number to her own post")

a = mail("thiago.nunes@bol.example",
         "Olá, meu pôster chegou rasgado no canto. Pedido 59431.\nThiago", 215, "pt", "Pôster rasgado")
r = shop_mail("Olá Thiago,\n\nLamentamos! Pode enviar-nos uma foto do estrago e da embalagem?\n\n"
              "Obrigado", 220, a, a, "pt", "Re: Pôster rasgado")
b = mail("thiago.nunes@bol.example",
         "Segue a foto do pôster e da caixa. A caixa também veio amassada.", 224, "pt",
         "Re: Pôster rasgado", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "sends the photos the shop asked for")

# ---------------------------------------------------------------- other customers
a = post(B, "rhiannonmakes.bsky.social",
         "@inkwellprint.bsky.social checkout keeps throwing 'payment error 502' at me, is the site down?",
         62, "en")
b = post(B, "gabe-lindqvist.bsky.social",
         "@inkwellprint.bsky.social your site is giving me an error when I try to pay. anyone else?",
         63, "en")
S.negative("other-customer", a, b, "two customers hit the same checkout outage")

a = mail("markus.wendt@t-online.example",
         "Hallo, unser Fotobuch (Bestellung 33091) ist immer noch nicht da, bestellt am 9.11. "
         "Können Sie nachsehen? Markus Wendt", 84, "de", "Fotobuch 33091", name="Markus Wendt")
b = mail("julia.wendt@posteo.example",
         "Guten Tag, mein Mann hat schon geschrieben, aber ich frage auch nochmal: wo bleibt das "
         "Fotobuch von unserer Hochzeit? Bestellnummer 33091. Julia Wendt", 108, "de",
         "Wo ist unser Fotobuch?", name="Julia Wendt")
S.negative("other-customer", a, b, "a couple sharing one order, each writing from their own address")

a = post(M, "@sergio_caballero@mastodon.social",
         "@inkwellprint@design.social la app se cierra sola al abrir el editor de tarjetas, alguien "
         "mas?", 226, "es")
b = post(M, "@anelopezv@masto.es",
         "@inkwellprint@design.social a mi tambien se me cierra la app en cuanto abro el editor 😑",
         228, "es")
S.negative("other-customer", a, b, "two customers with the same app crash")

a = mail("sam.carter@inbox.example",
         "Hi, my poster (order 48810) came with a big dent in the tube and a crease across the "
         "corner. Could I get a reprint?\nSam Carter, Leeds", 36, "en", "Damaged poster", name="Sam Carter")
b = post(M, "@samcarter@mastodon.online",
         "@inkwellprint@design.social my canvas-look poster arrived with a tear on the edge, ordered "
         "it for my sister's birthday in Portland next week. Help?", 58, "en", name="Sam Carter")
S.negative("other-customer", a, b, "two different people named Sam Carter, each with a damaged poster")
S.same_name_different_people.append(["email:sam.carter@inbox.example", "mastodon:@samcarter@mastodon.online"])

a = post(B, "anaribeiro.bsky.social",
         "@inkwellprint.bsky.social o cupom NATAL10 não funciona aqui, diz expirado. Sou de Recife "
         "e queria encomendar os cartões hoje", 200, "pt", name="Ana Ribeiro")
b = mail("ana.ribeiro.porto@sapo.example",
         "Bom dia, tentei usar o código de desconto do vosso email e dá erro. Estou a encomendar um "
         "calendário para a minha mãe aqui no Porto. Cumprimentos, Ana Ribeiro", 222, "pt",
         "Código de desconto", name="Ana Ribeiro")
S.negative("other-customer", a, b, "two different people named Ana Ribeiro (Recife, Porto) with a coupon problem")
S.same_name_different_people.append(["bluesky:anaribeiro.bsky.social", "email:ana.ribeiro.porto@sapo.example"])

a = mail("yann.leguen@wanadoo.example",
         "Bonjour, mon colis est bloqué chez le transporteur depuis 5 jours, cde 57012. Yann", 280, "fr",
         "Colis bloqué")
b = post(M, "@manon_roux@eldritch.cafe",
         "@inkwellprint@design.social mon colis ne bouge plus depuis lundi sur le suivi, y a un souci "
         "avec votre transporteur ?", 284, "fr")
S.negative("other-customer", a, b, "two customers stuck with the same carrier delay")

# ---------------------------------------------------------------- window
a = post(M, "@fionamcb@mastodon.scot",
         "@inkwellprint@design.social the christmas cards came without envelopes?? 30 cards, zero "
         "envelopes", 10, "en")
b = post(M, "@fionamcb@mastodon.scot",
         "@inkwellprint@design.social still no envelopes for my cards, it's been over a week now",
         10 + 24 * 9, "en")
S.negative("window", a, b, "the same complaint nine days later")

a = mail("uwe.schaller@arcor.example",
         "Hallo, die Erstattung für die stornierten Poster (Bestellung 40215) ist noch nicht da. "
         "Gruß Uwe Schaller", 30, "de", "Erstattung 40215")
b = mail("uwe.schaller@arcor.example",
         "Guten Tag, ich warte immer noch auf mein Geld für die stornierte Bestellung 40215. "
         "Langsam reicht es. Uwe Schaller", 30 + 24 * 8 + 14, "de", "Immer noch keine Erstattung")
S.negative("window", a, b, "the same complaint eight and a half days later")

a = mail("alessio.greco@alice.example",
         "Ciao, non ricevo l'email per reimpostare la password. Alessio", 48, "it", "reset password")
b = mail("alessio.greco@alice.example",
         "Di nuovo: l'email di reset della password non arriva. Come faccio ad entrare?", 48 + 24 * 10,
         "it", "password")
S.negative("window", a, b, "the same complaint ten days later")

a = post(B, "meritxellvidal.bsky.social",
         "@inkwellprint.bsky.social el pòster ha arribat amb una esquerda al vidre del marc", 70, "ca")
b = post(B, "meritxellvidal.bsky.social",
         "@inkwellprint.bsky.social encara tinc el marc amb el vidre trencat, ningú m'ha dit res",
         70 + 24 * 8, "ca")
S.negative("window", a, b, "the same complaint eight days later")

# ---------------------------------------------------------------- filler
mail("ingrid.haugen@online.example", "Hi, do you ship to Norway, and if so roughly how long does a "
     "photo book take? Thanks, Ingrid", 4, "en", "Shipping to Norway?")
post(B, "leo-patterson.bsky.social", "@inkwellprint.bsky.social can I upload my own font for the "
     "greeting cards or only the ones in the editor?", 40, "en")
post(M, "@rosa_navarro@masto.es", "@inkwellprint@design.social ¿qué gramaje tiene el papel de los "
     "pósters? ¿es mate o brillo?", 57, "es")
mail("frank.seidel@gmx.example", "Guten Tag, kann ich ein Fotobuch auch mit Leineneinband "
     "bestellen, und wie viele Seiten gehen maximal? Frank Seidel", 95, "de", "Frage Fotobuch")
post(M, "@camille_p@piaille.fr", "@inkwellprint@design.social vous faites des calendriers au "
     "format A3 ? je trouve que l'A4", 118, "fr")
mail("lucas.almeida@gmail.example", "Olá! Vocês fazem cartões de casamento em papel reciclado? "
     "Preciso de uns 120. Abraço, Lucas", 135, "pt", "Cartões de casamento")
post(B, "martinabianchi.bsky.social", "@inkwellprint.bsky.social fate anche biglietti di auguri "
     "aziendali col logo? quanti minimo?", 145, "it")
mail("joost.vermeulen@kpnmail.example", "Goedemiddag, is het mogelijk om een poster van 100x140 "
     "te laten drukken? Ik zie maximaal 70x100 op de site. Joost", 158, "nl", "Groter formaat poster")
post(M, "@marcfontcuberta@mastodont.cat", "@inkwellprint@design.social feu enviaments a Andorra? "
     "gràcies!", 165, "ca")
mail("oliver.wainwright@mailbox.example", "Hello, what's the last order date for Christmas delivery "
     "in the UK? Want to get a calendar done for my gran. Ollie", 185, "en", "Christmas cut-off")
post(B, "valeria-ruiz.bsky.social", "@inkwellprint.bsky.social hola! se puede pedir un fotolibro "
     "con tapa personalizada con una foto distinta atrás?", 245, "es")
post(M, "@nadine_k@troet.cafe", "@inkwellprint@design.social gibt es die Wandkalender auch mit "
     "Feiertagen für Österreich?", 265, "de")
mail("sophie.garnier@sfr.example", "Bonjour, est-il possible de venir récupérer une commande à "
     "l'atelier plutôt que de la faire livrer ? Merci, Sophie", 295, "fr", "Retrait à l'atelier")
post(B, "eva-dekker.bsky.social", "@inkwellprint.bsky.social kan ik een cadeaubon kopen voor "
     "een fotoboek?", 320, "nl")
mail("pau.roig@gmail.example", "Hola, feu també targetes de Nadal en català o només en castellà i "
     "anglès? Salut, Pau", 350, "ca", "Targetes de Nadal en català")
post(M, "@hannah_ost@mstdn.social", "@inkwellprint@design.social quick q - are your poster inks "
     "fade resistant if it's hung near a window?", 365, "en")

S.write(HERE, "Repeats in other words at Inkwell Print Studio: 30 groups in eight languages, "
        "10 across channels, labelled negatives and filler; written without sight of the detector, "
        "labels as a reader would give them.")
