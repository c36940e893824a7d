#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A held-out labelled set of repeats in other words: posts to Ember &
Brine, a small online shop for handmade soap, candles and bath products,
on email, Mastodon and Bluesky, in eight languages.

The set is for measuring only, never for tuning: nothing in the detector
is to be changed to fit it. It was written without sight of the detector,
its lexicon or the other sets. The labels say what a person reading the
posts would say, and were never edited to fit the detector.

30 true repeat groups (25 pairs, 5 triples), 10 of them across two
channels (5 known by a profile link, 5 by the same display name only);
labelled negatives: follow-ups, other complaints of the same customer,
the same complaint by other customers, and repeats outside the 7 days;
and one-off questions as filler. Run it to write fixture.jsonl and
labels.json next to it; the output is deterministic.
"""
import os
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 1, 12, 9, 10, 0, tzinfo=timezone.utc)
S = LabelledSet(BASE, "sp", "hello@emberandbrine.example", "emberandbrine@craft.social",
                "emberandbrine.bsky.social", "Ember & Brine")
M, T = "mastodon", "bluesky"  # short channel names below
E = "email"
rid = S.rid

# ---------------------------------------------------------------- groups

# en 1: lost parcel, mail thread, shop stalls, two nudges (triple)
a = S.add(E, "dana.whitlock@postbox.example", "Hi there,\n\nI ordered the Winter Woods gift box (order #58213) on the 2nd and the tracking hasn't moved since it left your warehouse. It was meant as a birthday present for Saturday. Can you check where it is?\n\nThanks,\nDana", 2, lang="en", subject="Order #58213 - where is it?", name="Dana Whitlock")
r = S.reply(E, "Hi Dana, thanks for getting in touch! We're looking into it with the courier and will get back to you as soon as we hear anything. Warm wishes, Ember & Brine", 7, a, rid(a), "en")
b = S.add(E, "dana.whitlock@postbox.example", "Hi, it's been three days since your last email and the tracking STILL says 'in transit, Wellingborough hub'. The birthday has been and gone. Is this box actually coming or should I give up on it?\n\nDana", 76, lang="en", subject="Re: Order #58213 - where is it?", name="Dana Whitlock", thread=rid(a), in_reply_to=rid(r))
c = S.add(E, "dana.whitlock@postbox.example", "hello?? anyone? still no parcel, still no answer.", 101, lang="en", subject="Re: Order #58213 - where is it?", name="Dana Whitlock", thread=rid(a), in_reply_to=rid(r))
S.group("en", "one identity", a, b, c)

# en 2: cracked candle jar, mastodon, sarcastic repeat
a = S.add(M, "mossfern@fosstodon.example", "@emberandbrine@craft.social my Fig & Cedar candle arrived with the glass jar cracked right down the side, wax everywhere in the box. pretty gutted tbh, it was a gift to myself 😕", 20, lang="en", name="moss 🌿")
b = S.add(M, "mossfern@fosstodon.example", "love that the one candle shop I tagged about a smashed jar just... posts new soap photos instead of answering. cool cool cool @emberandbrine@craft.social", 69, lang="en", name="moss 🌿")
S.group("en", "one identity", a, b)

# en 3: double charge, email then bluesky with profile link
a = S.add(E, "raj.kohli@finchmail.example", "Hello,\n\nI placed one order (no. 58340, 2x oat milk soap, 1x bath bomb set) but my bank shows two payments of £27.40 to Ember & Brine on the same day. Please refund the duplicate.\n\nRegards,\nRaj Kohli", 30, lang="en", subject="Charged twice", name="Raj Kohli")
b = S.add(T, "rajk.bsky.social", "@emberandbrine.bsky.social emailed you on Tuesday about being billed twice for one order, £27.40 x2. no reply. can someone actually look at this", 98, lang="en", name="Raj Kohli", links=["raj.kohli@finchmail.example"])
S.group("en", "profile link", a, b)
S.same_person.append(["email:raj.kohli@finchmail.example", "bluesky:rajk.bsky.social"])

# en 4: coupon not applied, bluesky
a = S.add(T, "hollyberrie.bsky.social", "@emberandbrine.bsky.social hey, the HELLO10 code from your newsletter says 'not valid' at checkout?? tried on phone and laptop", 45, lang="en", name="Holly")
b = S.add(T, "hollyberrie.bsky.social", "still can't get the newsletter discount to go through. kind of the whole reason I signed up lol", 117, lang="en", name="Holly")
S.group("en", "one identity", a, b)

# en 5: refund not received, mastodon then email, same name only
a = S.add(M, "pkearney@mastodon.example", "@emberandbrine@craft.social sent back the lavender pillow mist three weeks ago, you confirmed you got it. still no refund on my card. how long does it usually take?", 120, lang="en", name="Patrick Kearney")
b = S.add(E, "patrick.k.1982@webby.example", "Hi,\n\nI returned an item (pillow mist, order 58102) and you confirmed receipt ages ago but the money has never come back to my Visa. I also asked on Mastodon a couple of days ago. Can you tell me when the refund was sent?\n\nPatrick Kearney", 171, lang="en", subject="Refund for return", name="Patrick Kearney")
S.group("en", "same name only", a, b)
S.same_person.append(["mastodon:pkearney@mastodon.example", "email:patrick.k.1982@webby.example"])

# en 6: soap club cancelled but billed, email (new mail, no thread)
a = S.add(E, "g.ashworth@homeline.example", "Dear Ember & Brine,\n\nI cancelled my Soap Club subscription in December (I have the confirmation email) and yet I've been charged £18 again this month. Please refund and make sure it is properly cancelled.\n\nGillian Ashworth", 190, lang="en", subject="Subscription still charging", name="Gillian Ashworth")
b = S.add(E, "g.ashworth@homeline.example", "Hello again. I wrote on Monday about the Soap Club. I cancelled it, you took £18 anyway, and I've heard nothing. I'd rather not have to go to my bank about this.\n\nG. Ashworth", 262, lang="en", subject="Soap Club - second email", name="Gillian Ashworth")
S.group("en", "one identity", a, b)

# es 1: wrong scent, mail thread, triple
a = S.add(E, "lucia.ferrer@correo.example", "Hola!\n\nMe ha llegado el pedido nº 58277 pero en vez del jabon de romero me habeis mandado uno de coco. Al coco tengo alergia, asi que no me sirve. Como lo cambiamos?\n\nUn saludo,\nLucía", 12, lang="es", subject="Pedido 58277 jabon equivocado", name="Lucía Ferrer")
r = S.reply(E, "Hola Lucía, sentimos mucho la confusión. Lo estamos revisando con el almacén y te decimos algo pronto. Un abrazo, Ember & Brine", 18, a, rid(a), "es")
b = S.add(E, "lucia.ferrer@correo.example", "Hola otra vez, ya han pasado 3 dias y nadie me dice nada del cambio. Sigo con un jabon que no puedo usar...", 88, lang="es", subject="Re: Pedido 58277 jabon equivocado", name="Lucía Ferrer", thread=rid(a), in_reply_to=rid(r))
c = S.add(E, "lucia.ferrer@correo.example", "En serio? Una semana casi para cambiar un jabón? Me mandais el de romero o me devolveis el dinero, lo que sea, pero contestad.", 150, lang="es", subject="Re: Pedido 58277 jabon equivocado", name="Lucía Ferrer", thread=rid(a), in_reply_to=rid(r))
S.group("es", "one identity", a, b, c)

# es 2: cannot log in, mastodon
a = S.add(M, "nachogm@mastodon.example", "@emberandbrine@craft.social buenas, no consigo entrar en mi cuenta, le doy a 'olvidé mi contraseña' y el correo nunca llega (mirado en spam tb)", 60, lang="es", name="Nacho G.")
b = S.add(M, "nachogm@mastodon.example", "@emberandbrine@craft.social sigo sin poder acceder a la cuenta 🙃 ni rastro del mail para cambiar la contraseña", 110, lang="es", name="Nacho G.")
S.group("es", "one identity", a, b)

# es 3: delivered but not received, bluesky then email with profile link
a = S.add(T, "martabelen.bsky.social", "@emberandbrine.bsky.social el seguimiento pone ENTREGADO desde ayer y aquí no ha llegado nada. ni vecinos ni portero saben nada", 150, lang="es", name="Marta Belén")
b = S.add(E, "marta.belen.r@correo.example", "Buenos dias,\n\nos escribo por aquí también porque por Bluesky no contestais. Mi paquete (pedido 58391) aparece como entregado pero yo no lo he recibido. Necesito que abrais una reclamación con la mensajería.\n\nMarta Belén Ríos", 196, lang="es", subject="Paquete entregado que no he recibido", name="Marta Belén Ríos", links=["martabelen.bsky.social"])
S.group("es", "profile link", a, b)
S.same_person.append(["bluesky:martabelen.bsky.social", "email:marta.belen.r@correo.example"])

# es 4: rude courier, bluesky
a = S.add(T, "quique-sv.bsky.social", "el repartidor que trae vuestros paquetes me ha gritado en el portal porque tardé 1 min en bajar. y encima me tiró la caja. @emberandbrine.bsky.social cambiad de empresa porfa", 300, lang="es", name="Quique")
b = S.add(T, "quique-sv.bsky.social", "@emberandbrine.bsky.social nada que decir del mensajero maleducado? vale vale", 345, lang="es", name="Quique")
S.group("es", "one identity", a, b)

# de 1: late delivery, bluesky, triple
a = S.add(T, "henrikschulte.bsky.social", "@emberandbrine.bsky.social Hallo, meine Bestellung 58230 ist seit 9 Tagen unterwegs, laut DHL-Link passiert nix. Wollte die Kerzen eigentlich fürs Wochenende.", 26, lang="de", name="Henrik Schulte")
b = S.add(T, "henrikschulte.bsky.social", "Immer noch keine Kerzen. Immer noch keine Antwort. Langsam nervt's.", 95, lang="de", name="Henrik Schulte")
c = S.add(T, "henrikschulte.bsky.social", "@emberandbrine.bsky.social und? Paket weiterhin verschollen. Bitte einfach mal melden", 140, lang="de", name="Henrik Schulte")
S.group("de", "one identity", a, b, c)

# de 2: invoice error, mail thread
a = S.add(E, "buchhaltung@kraeuterstube-lenz.example", "Sehr geehrte Damen und Herren,\n\nauf Ihrer Rechnung RE-2026-0114 fehlt unsere USt-IdNr., außerdem ist die Firmenanschrift falsch (Lindenweg statt Lindenstraße). So können wir die Rechnung nicht verbuchen. Bitte um Korrektur.\n\nMit freundlichen Grüßen\nSabine Lenz\nKräuterstube Lenz", 52, lang="de", subject="Rechnung RE-2026-0114 fehlerhaft", name="Sabine Lenz")
r = S.reply(E, "Hallo Frau Lenz, danke für den Hinweis, wir kümmern uns darum. Viele Grüße, Ember & Brine", 58, a, rid(a), "de")
b = S.add(E, "buchhaltung@kraeuterstube-lenz.example", "Guten Tag,\n\nleider habe ich bis heute keine korrigierte Rechnung erhalten. Unser Steuerberater wartet. Bitte senden Sie uns die Rechnung mit richtiger Adresse und USt-IdNr. zeitnah zu.\n\nMfG\nS. Lenz", 170, lang="de", subject="AW: Rechnung RE-2026-0114 fehlerhaft", name="Sabine Lenz", thread=rid(a), in_reply_to=rid(r))
S.group("de", "one identity", a, b)

# de 3: broken soap dish, email then mastodon, same name only
a = S.add(E, "k.brandauer@netzpost.example", "Hallo,\n\ndie Seifenschale aus Keramik (Bestellung 58299) ist in zwei Teilen bei mir angekommen. Verpackung war nur ein dünner Umschlag. Foto kann ich gern schicken. Bekomme ich Ersatz?\n\nGruß Katrin Brandauer", 200, lang="de", subject="Seifenschale kaputt angekommen", name="Katrin Brandauer")
b = S.add(M, "kabra@chaos.example", "@emberandbrine@craft.social hab euch vor 2 Tagen wegen der zerbrochenen Keramikschale gemailt – gibt's da irgendwann mal eine Antwort? 🙄", 250, lang="de", name="Katrin Brandauer")
S.group("de", "same name only", a, b)
S.same_person.append(["email:k.brandauer@netzpost.example", "mastodon:kabra@chaos.example"])

# de 4: return label missing, mastodon
a = S.add(M, "tobi_r@social.example", "@emberandbrine@craft.social Moin, hab am Montag die Retoure angemeldet (Duftset passt nicht), aber das Rücksendeetikett kam nie. Wo bleibt das?", 330, lang="de", name="Tobi")
b = S.add(M, "tobi_r@social.example", "@emberandbrine@craft.social Etikett für die Rücksendung ist immer noch nicht da, Frist läuft langsam ab", 390, lang="de", name="Tobi")
S.group("de", "one identity", a, b)

# fr 1: refund not received, mail thread, triple
a = S.add(E, "claire.dumoulin@courriel.example", "Bonjour,\n\nJ'ai annulé ma commande 58188 le 8 janvier (avant l'expédition) et on m'a dit que je serais remboursée sous 5 jours. Rien sur mon compte à ce jour. Pouvez-vous vérifier ?\n\nCordialement,\nClaire Dumoulin", 40, lang="fr", subject="Remboursement cde 58188", name="Claire Dumoulin")
r = S.reply(E, "Bonjour Claire, nous regardons cela avec notre prestataire de paiement et revenons vers vous. Belle journée, Ember & Brine", 47, a, rid(a), "fr")
b = S.add(E, "claire.dumoulin@courriel.example", "Bonjour, toujours pas de remboursement. Ça fait maintenant 2 semaines que j'attends mes 34 €.", 115, lang="fr", subject="RE: Remboursement cde 58188", name="Claire Dumoulin", thread=rid(a), in_reply_to=rid(r))
c = S.add(E, "claire.dumoulin@courriel.example", "Je relance encore une fois... je vais finir par faire opposition auprès de ma banque si rien ne bouge.\nC. Dumoulin", 180, lang="fr", subject="RE: Remboursement cde 58188", name="Claire Dumoulin", thread=rid(a), in_reply_to=rid(r))
S.group("fr", "one identity", a, b, c)

# fr 2: delivered not received, mastodon then email with profile link
a = S.add(M, "benoit_l@piaille.example", "@emberandbrine@craft.social colis marqué 'livré' par Colissimo hier à 14h, j'étais chez moi, personne n'a sonné, rien dans la boîte aux lettres. super.", 230, lang="fr", name="Benoît L.")
b = S.add(E, "benoit.lacaze@courriel.example", "Bonjour,\n\nje vous ai écrit sur Mastodon mardi sans réponse. Ma commande n° 58410 est indiquée livrée mais je ne l'ai jamais reçue. Merci de faire une réclamation auprès du transporteur ou de me la renvoyer.\n\nBenoît Lacaze", 290, lang="fr", subject="colis jamais reçu", name="Benoît Lacaze", links=["benoit_l@piaille.example"])
S.group("fr", "profile link", a, b)
S.same_person.append(["mastodon:benoit_l@piaille.example", "email:benoit.lacaze@courriel.example"])

# fr 3: site crashes at payment, bluesky
a = S.add(T, "ines-parmentier.bsky.social", "@emberandbrine.bsky.social votre site plante à chaque fois que je clique sur 'payer', page blanche puis retour au panier. j'ai essayé 4 fois", 270, lang="fr", name="Inès")
b = S.add(T, "ines-parmentier.bsky.social", "bon ben toujours impossible de commander chez vous, écran blanc au moment de payer. dommage, je voulais vraiment les bougies", 310, lang="fr", name="Inès")
S.group("fr", "one identity", a, b)

# fr 4: missing part of a box, email (new mails)
guerin = a = S.add(E, "m.guerin@laposte-like.example", "Bonjour,\n\nDans le coffret 'Rituel du soir' il manque le porte-savon en bois, il n'y a que le savon et la bougie. Commande 58350.\n\nMerci d'avance\nMichel Guérin", 140, lang="fr", subject="Coffret incomplet", name="Michel Guérin")
b = S.add(E, "m.guerin@laposte-like.example", "Bonjour, je me permets de revenir vers vous concernant le porte-savon manquant dans mon coffret. Avez-vous bien reçu mon premier message ?\nM. Guérin", 235, lang="fr", subject="Porte-savon manquant", name="Michel Guérin")
S.group("fr", "one identity", a, b)

# pt 1: double charge, mail thread
a = S.add(E, "anafsilva@correio.example", "Olá,\n\nfiz a encomenda 58266 e o valor foi cobrado duas vezes no cartão (2 x 31,90€). Podem devolver um dos pagamentos?\n\nObrigada\nAna Silva", 75, lang="pt", subject="Cobrança duplicada", name="Ana Silva")
r = S.reply(E, "Olá Ana, obrigada pela mensagem, estamos a verificar e damos notícias em breve. Ember & Brine", 81, a, rid(a), "pt")
b = S.add(E, "anafsilva@correio.example", "Boa tarde, alguma novidade? Continuo com os 31,90 a mais na conta.", 160, lang="pt", subject="Re: Cobrança duplicada", name="Ana Silva", thread=rid(a), in_reply_to=rid(r))
S.group("pt", "one identity", a, b)

# pt 2: late order, bluesky then email, same name only
a = S.add(T, "joaopedro-m.bsky.social", "@emberandbrine.bsky.social a minha encomenda ainda não chegou, já passaram quase duas semanas. é normal demorar tanto pra Portugal?", 210, lang="pt", name="João Pedro Matos")
b = S.add(E, "jpmatos77@correio.example", "Bom dia,\n\nencomendei no dia 5 (n.º 58305) e até agora nada. Já tinha perguntado no Bluesky. Podem dizer-me onde está o pacote?\n\nCumprimentos,\nJoão Pedro Matos", 266, lang="pt", subject="encomenda 58305 atrasada", name="João Pedro Matos")
S.group("pt", "same name only", a, b)
S.same_person.append(["bluesky:joaopedro-m.bsky.social", "email:jpmatos77@correio.example"])

# pt 3: wrong colour, mastodon
a = S.add(M, "bia_rocha@masto.example", "@emberandbrine@craft.social pedi a vela na cor verde salvia e chegou rosa 😅 dá pra trocar?", 355, lang="pt", name="Bia Rocha")
b = S.add(M, "bia_rocha@masto.example", "@emberandbrine@craft.social oi, e a troca da vela rosa pela verde? ninguém respondeu", 420, lang="pt", name="Bia Rocha")
S.group("pt", "one identity", a, b)

# it 1: coupon not applied, mail thread
a = S.add(E, "f.moretti@posta.example", "Buongiorno,\n\nho provato a usare il codice SAPONE20 sul vostro sito ma lo sconto non viene applicato, il totale resta uguale. Il codice scade domenica.\n\nGrazie, Federica", 85, lang="it", subject="codice sconto non funziona", name="Federica Moretti")
r = S.reply(E, "Ciao Federica, grazie della segnalazione, stiamo controllando! Ember & Brine", 90, a, rid(a), "it")
b = S.add(E, "f.moretti@posta.example", "Ciao, il codice continua a non andare... e domenica scade. Mi fate sapere?", 130, lang="it", subject="R: codice sconto non funziona", name="Federica Moretti", thread=rid(a), in_reply_to=rid(r))
S.group("it", "one identity", a, b)

# it 2: damaged parcel, email then mastodon with profile link
a = S.add(E, "lorenzo.bianchi@posta.example", "Salve,\n\nil pacco (ordine 58377) è arrivato tutto schiacciato e due saponette alla calendula sono rotte a metà. Allego niente perché il telefono è morto, ma posso mandare foto domani.\n\nLorenzo Bianchi", 240, lang="it", subject="pacco danneggiato", name="Lorenzo Bianchi")
b = S.add(M, "lorebianchi@mastodon.example", "@emberandbrine@craft.social vi ho scritto una mail per il pacco arrivato distrutto con le saponette spezzate, nessuna risposta. che si fa?", 300, lang="it", name="Lorenzo B.", links=["lorenzo.bianchi@posta.example"])
S.group("it", "profile link", a, b)
S.same_person.append(["email:lorenzo.bianchi@posta.example", "mastodon:lorebianchi@mastodon.example"])

# it 3: subscription cancelled but charged, bluesky
a = S.add(T, "giuliaderossi.bsky.social", "@emberandbrine.bsky.social ho disdetto l'abbonamento mensile a dicembre e mi avete addebitato di nuovo gennaio. come mai?", 380, lang="it", name="Giulia De Rossi")
b = S.add(T, "giuliaderossi.bsky.social", "niente, ancora nessuna risposta sull'addebito dell'abbonamento che avevo cancellato. grazie eh", 440, lang="it", name="Giulia De Rossi")
S.group("it", "one identity", a, b)

# nl 1: order not arrived, mastodon, triple
a = S.add(M, "sanne_vd@mastodon.example", "@emberandbrine@craft.social hoi! bestelling 58244 nog steeds niet binnen, track & trace zegt al een week 'in behandeling'. weten jullie meer?", 35, lang="nl", name="Sanne van Dijk")
b = S.add(M, "sanne_vd@mastodon.example", "@emberandbrine@craft.social nog altijd geen pakketje hier hoor", 83, lang="nl", name="Sanne van Dijk")
c = S.add(M, "sanne_vd@mastodon.example", "Dag 10 zonder mijn zeep en kaarsen. En nog steeds geen reactie van @emberandbrine@craft.social. Jammer.", 126, lang="nl", name="Sanne van Dijk")
S.group("nl", "one identity", a, b, c)

# nl 2: wrong scent, email then bluesky, same name only
a = S.add(E, "pieter.ooms@mailbox.example", "Goedemiddag,\n\nIk had de kaars 'Zeewind' besteld maar kreeg 'Vanille Hout'. Bestelnr 58320. Kan ik de goede nog krijgen?\n\nGroet,\nPieter Ooms", 285, lang="nl", subject="Verkeerde kaars ontvangen", name="Pieter Ooms")
b = S.add(T, "pooms.bsky.social", "@emberandbrine.bsky.social al paar dagen geleden gemaild over de verkeerde kaars (Vanille ipv Zeewind). hoe zit het daarmee?", 350, lang="nl", name="Pieter Ooms")
S.group("nl", "same name only", a, b)
S.same_person.append(["email:pieter.ooms@mailbox.example", "bluesky:pooms.bsky.social"])

# nl 3: invoice wrong, email (new mails)
a = S.add(E, "admin@kapsalonmira.example", "Hallo,\n\nOp de factuur van onze bestelling (58333) staat 9% btw terwijl het 21% moet zijn, en de bedrijfsnaam ontbreekt. Graag een gecorrigeerde factuur.\n\nMvg,\nMira Jansen\nKapsalon Mira", 215, lang="nl", subject="Factuur 58333 onjuist", name="Mira Jansen")
b = S.add(E, "admin@kapsalonmira.example", "Hallo, ik wacht nog steeds op de aangepaste factuur (btw en bedrijfsnaam). Kunnen jullie die deze week sturen? Mira", 305, lang="nl", subject="Herinnering: factuur", name="Mira Jansen")
S.group("nl", "one identity", a, b)

# ca 1: cannot log in, mail thread
a = S.add(E, "jordi.puig@correu.example", "Bon dia,\n\nNo puc iniciar sessió al meu compte, em diu 'contrasenya incorrecta' i quan demano restablir-la l'enllaç em porta a una pàgina d'error.\n\nGràcies,\nJordi Puig", 100, lang="ca", subject="No puc entrar al compte", name="Jordi Puig")
r = S.reply(E, "Hola Jordi, ho estem mirant amb l'equip web. Et diem alguna cosa aviat! Ember & Brine", 106, a, rid(a), "ca")
b = S.add(E, "jordi.puig@correu.example", "Hola, segueixo sense poder entrar. L'enllaç per canviar la contrasenya encara dona error 404.", 175, lang="ca", subject="Re: No puc entrar al compte", name="Jordi Puig", thread=rid(a), in_reply_to=rid(r))
S.group("ca", "one identity", a, b)

# ca 2: return label, bluesky then mastodon with profile link
a = S.add(T, "nuriavila.bsky.social", "@emberandbrine.bsky.social vaig demanar fer la devolució de l'oli de bany fa 4 dies i encara no m'ha arribat l'etiqueta d'enviament", 320, lang="ca", name="Núria Vila")
b = S.add(M, "nuria_v@mastodont.example", "@emberandbrine@craft.social us ho vaig dir per bluesky: l'etiqueta de devolució no arriba. algú m'ho pot enviar?", 375, lang="ca", name="Núria V.", links=["nuriavila.bsky.social"])
S.group("ca", "profile link", a, b)
S.same_person.append(["bluesky:nuriavila.bsky.social", "mastodon:nuria_v@mastodont.example"])

# ca 3: damaged order, mastodon then email, same name only
a = S.add(M, "arnaufont@mastodont.example", "@emberandbrine@craft.social la comanda m'ha arribat amb la caixa mullada i les bombes de bany desfetes 😞", 400, lang="ca", name="Arnau Font")
b = S.add(E, "arnau.font.b@correu.example", "Hola,\n\nus escric pel tema de la comanda 58421: les bombes de bany van arribar desfetes, la caixa estava xopa. Ja us ho havia comentat a Mastodon. Què podem fer?\n\nArnau Font", 455, lang="ca", subject="Comanda 58421 malmesa", name="Arnau Font")
S.group("ca", "same name only", a, b)
S.same_person.append(["mastodon:arnaufont@mastodont.example", "email:arnau.font.b@correu.example"])

# ---------------------------------------------------------------- negatives: follow-up

a = S.add(E, "tom.reddy@inboxly.example", "Hi, the bottle of rose bath oil in my order leaked all over the other things in the box. Not happy.\nTom", 14, lang="en", subject="Leaking bath oil", name="Tom Reddy")
r = S.reply(E, "Hi Tom, so sorry about that! Could you send us a photo of the bottle and your order number so we can send a replacement? Ember & Brine", 19, a, rid(a), "en")
b = S.add(E, "tom.reddy@inboxly.example", "Sure, photo attached, order is 58251. The cap looks like it was never screwed on properly.\nTom", 23, lang="en", subject="Re: Leaking bath oil", name="Tom Reddy", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "sends the photo and order number the shop asked for")

a = S.add(E, "elena.marin@correo.example", "Hola, me ha llegado una vela sin mecha, literalmente un bloque de cera. Me mandais otra?", 55, lang="es", subject="Vela sin mecha", name="Elena Marín")
r = S.reply(E, "Hola Elena, qué rareza, lo sentimos! Nos pasas el número de pedido y te mandamos otra? Ember & Brine", 61, a, rid(a), "es")
b = S.add(E, "elena.marin@correo.example", "Claro, es el 58290. Gracias!", 64, lang="es", subject="Re: Vela sin mecha", name="Elena Marín", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

a = S.add(E, "j.hoffmann@netzpost.example", "Hallo, der Deckel der Badesalzdose ist abgebrochen, das Salz ist überall im Karton. Bestellung 58311.\nJonas Hoffmann", 130, lang="de", subject="Badesalz Dose kaputt", name="Jonas Hoffmann")
b = S.add(E, "j.hoffmann@netzpost.example", "PS: hier noch das Foto vom Karton, hatte ich vergessen anzuhängen.", 131, lang="de", subject="Re: Badesalz Dose kaputt", name="Jonas Hoffmann", thread=rid(a), in_reply_to=rid(a))
S.negative("follow-up", a, b, "PS with the photo a minute later")

a = S.add(E, "sophie.arnaud@courriel.example", "Bonjour, j'ai reçu deux savons à l'avoine au lieu d'un savon avoine et un savon miel. Pas grave mais j'aimerais le bon.", 205, lang="fr", subject="erreur dans ma commande", name="Sophie Arnaud")
r = S.reply(E, "Bonjour Sophie, désolés ! Pouvez-vous nous donner votre numéro de commande ? Ember & Brine", 210, a, rid(a), "fr")
b = S.add(E, "sophie.arnaud@courriel.example", "Oui bien sûr : commande n°58366 passée le 18. Merci !", 214, lang="fr", subject="RE: erreur dans ma commande", name="Sophie Arnaud", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

a = S.add(E, "chiara.galli@posta.example", "Ciao, la candela al bergamotto è arrivata con il vetro scheggiato sul bordo. Ordine 58402.", 260, lang="it", subject="candela scheggiata", name="Chiara Galli")
r = S.reply(E, "Ciao Chiara, ci dispiace! Ci mandi una foto del bordo? Così la sostituiamo subito. Ember & Brine", 264, a, rid(a), "it")
b = S.add(E, "chiara.galli@posta.example", "Eccola, in allegato. Si vede bene la scheggia in alto a sinistra.", 270, lang="it", subject="R: candela scheggiata", name="Chiara Galli", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "sends the photo the shop asked for")

a = S.add(E, "marta.soler@correu.example", "Hola, el sabó de llavanda que vaig rebre fa una olor molt estranya, com de ranci. És normal?", 340, lang="ca", subject="Sabó amb mala olor", name="Marta Soler")
r = S.reply(E, "Hola Marta, no és normal, no! Ens pots dir el número de comanda i el lot que hi ha a l'etiqueta? Ember & Brine", 346, a, rid(a), "ca")
b = S.add(E, "marta.soler@correu.example", "Comanda 58415, i a l'etiqueta posa lot L-1207. Gràcies per respondre tan ràpid.", 350, lang="ca", subject="Re: Sabó amb mala olor", name="Marta Soler", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order and batch numbers the shop asked for")

# ---------------------------------------------------------------- negatives: other complaint

a = S.add(E, "owen.price@inboxly.example", "Hi, order 58226 still hasn't arrived, it's been 8 working days. Any idea?\nOwen", 22, lang="en", subject="Order 58226 late", name="Owen Price")
b = S.add(E, "owen.price@inboxly.example", "Hi, parcel finally came, thanks. But the invoice in the box has the wrong name and address on it (someone called R. Hale in Leeds?). Could you send me a correct one?\nOwen", 92, lang="en", subject="Wrong invoice in parcel 58226", name="Owen Price")
S.negative("other-complaint", a, b, "same order: first late, then an invoice for someone else")

a = S.add(T, "pablo-arenas.bsky.social", "@emberandbrine.bsky.social el código de descuento ENERO15 no me funciona 😕", 65, lang="es", name="Pablo Arenas")
b = S.add(T, "pablo-arenas.bsky.social", "@emberandbrine.bsky.social y ahora la web me dice que mi cuenta está bloqueada por demasiados intentos?? solo quería comprar jabón jaja", 90, lang="es", name="Pablo Arenas")
S.negative("other-complaint", a, b, "discount code, then a locked account")

a = S.add(M, "mareike@chaos.example", "@emberandbrine@craft.social Die Duftkerze 'Tannennadel' riecht leider nach gar nichts, auch nach 3 Stunden brennen nicht.", 145, lang="de", name="Mareike")
b = S.add(M, "mareike@chaos.example", "@emberandbrine@craft.social andere Sache: im Newsletter steht Versand kostenlos ab 30 €, mir wurden aber 4,90 berechnet bei 36 € Warenwert", 180, lang="de", name="Mareike")
S.negative("other-complaint", a, b, "candle without scent, then a shipping fee charged despite free shipping")
# the French customer of the missing soap dish later writes about something else
b = S.add(E, "m.guerin@laposte-like.example", "Bonjour, autre chose : je n'arrive plus à me connecter à mon compte depuis le changement de site, le mot de passe n'est pas accepté.\nM. Guérin", 300, lang="fr", subject="Connexion impossible", name="Michel Guérin")
S.negative("other-complaint", guerin, b, "missing soap dish, then a login problem")

a = S.add(E, "rui.tavares@correio.example", "Olá, devolvi o sabonete de carvão e ainda não recebi o reembolso. Encomenda 58280.", 155, lang="pt", subject="reembolso", name="Rui Tavares")
b = S.add(E, "rui.tavares@correio.example", "Olá, queria também reclamar do estafeta que vos trouxe a devolução... quer dizer, que veio buscar a devolução: foi extremamente mal-educado com a minha mãe. Fica a nota.", 175, lang="pt", subject="estafeta mal-educado", name="Rui Tavares")
S.negative("other-complaint", a, b, "refund not received, then a rude courier")

a = S.add(M, "daan_k@mastodon.example", "@emberandbrine@craft.social wachtwoord resetten werkt niet, ik krijg geen mail", 225, lang="nl", name="Daan Kuipers")
b = S.add(M, "daan_k@mastodon.example", "@emberandbrine@craft.social gelukt met inloggen, maar nu zie ik dat mijn bestelling van vorige maand 2x is afgeschreven?", 280, lang="nl", name="Daan Kuipers")
S.negative("other-complaint", a, b, "password reset, then a double charge")

# ---------------------------------------------------------------- negatives: other customer

a = S.add(M, "wrenfield@mastodon.example", "is the @emberandbrine@craft.social site down for anyone else? checkout just spins forever", 248, lang="en", name="Wren")
b = S.add(T, "cal-osei.bsky.social", "@emberandbrine.bsky.social your website is giving me an error 500 on the basket page, can't place my order", 249, lang="en", name="Callum Osei")
S.negative("other-customer", a, b, "two customers during the same site outage")

a = S.add(E, "miriam.wolff@netzpost.example", "Hallo, unsere Bestellung 58360 (auf den Namen Jonas Albers) ist immer noch nicht da. Wisst ihr, wo das Paket steckt?\nMiriam", 222, lang="de", subject="Bestellung 58360", name="Miriam Wolff")
b = S.add(E, "jonas.albers@postfach.example", "Servus, meine Bestellung 58360 ist seit über einer Woche unterwegs. Könnt ihr mal bei DHL nachhaken?\nJonas Albers", 228, lang="de", subject="Wo ist 58360?", name="Jonas Albers")
S.negative("other-customer", a, b, "a couple sharing one order, each asking")

a = S.add(M, "juliem@piaille.example", "@emberandbrine@craft.social mon colis n'est toujours pas arrivé, commande passée il y a 10 jours...", 160, lang="fr", name="Julie M.")
b = S.add(T, "julie-marchetti.bsky.social", "@emberandbrine.bsky.social coucou, toujours pas reçu ma commande 58344, c'est normal ?", 205, lang="fr", name="Julie M.")
S.negative("other-customer", a, b, "two different people called Julie M., each with a late parcel")
S.same_name_different_people.append(["mastodon:juliem@piaille.example", "bluesky:julie-marchetti.bsky.social"])

a = S.add(E, "carlos.ruiz.v@correo.example", "Hola, en mi pedido venía una bomba de baño de fresa y yo pedí la de eucalipto. Pedido 58298.\nCarlos Ruiz", 115, lang="es", subject="producto equivocado", name="Carlos Ruiz")
b = S.add(T, "carlosruiz-bcn.bsky.social", "@emberandbrine.bsky.social me habéis mandado el jabón de talla grande y pedí el mini, me lo cambiáis?", 145, lang="es", name="Carlos Ruiz")
S.negative("other-customer", a, b, "two different people called Carlos Ruiz, each with a wrong item")
S.same_name_different_people.append(["email:carlos.ruiz.v@correo.example", "bluesky:carlosruiz-bcn.bsky.social"])

a = S.add(E, "alessandro.conti@posta.example", "Buongiorno, non mi arriva la mail per reimpostare la password. Ho controllato anche lo spam.", 410, lang="it", subject="reset password", name="Alessandro Conti")
b = S.add(T, "martinafe.bsky.social", "@emberandbrine.bsky.social la mail per il recupero password non arriva, c'è qualche problema?", 413, lang="it", name="Martina Ferri")
S.negative("other-customer", a, b, "two customers when password mails fail")

a = S.add(T, "lottie-m.bsky.social", "@emberandbrine.bsky.social code FREESHIP doesn't work for me, says expired but the email said valid till end of month?", 360, lang="en", name="Lottie")
b = S.add(M, "h_grant@mastodon.example", "@emberandbrine@craft.social FREESHIP code rejected at checkout, is it still running?", 372, lang="en", name="Harriet Grant")
S.negative("other-customer", a, b, "two customers with the same failing code")

# ---------------------------------------------------------------- negatives: window

a = S.add(E, "ruth.mbeki@inboxly.example", "Hi, my soap subscription box for January hasn't turned up. Could you check?\nRuth", 5, lang="en", subject="January box", name="Ruth Mbeki")
b = S.add(E, "ruth.mbeki@inboxly.example", "Hi again, January box never arrived in the end. Still nothing, can you send it or refund?\nRuth", 245, lang="en", subject="January box - still missing", name="Ruth Mbeki")
S.negative("window", a, b, "the same missing box raised again ten days later")

a = S.add(M, "alba_rg@mastodon.example", "@emberandbrine@craft.social me cobrasteis los gastos de envío aunque el pedido pasaba de 40€", 40, lang="es", name="Alba R.")
b = S.add(M, "alba_rg@mastodon.example", "@emberandbrine@craft.social sigo esperando que me devolvais los gastos de envío que no tocaban", 270, lang="es", name="Alba R.")
S.negative("window", a, b, "the same shipping fee again more than 7 days later")

a = S.add(T, "carol-nunes.bsky.social", "@emberandbrine.bsky.social o meu sabonete veio partido ao meio 😢", 110, lang="pt", name="Carolina Nunes")
b = S.add(T, "carol-nunes.bsky.social", "@emberandbrine.bsky.social afinal ninguém me respondeu sobre o sabonete partido", 400, lang="pt", name="Carolina Nunes")
S.negative("window", a, b, "the same broken soap again twelve days later")

a = S.add(E, "pere.bosch@correu.example", "Bon dia, la factura de la comanda 58236 surt a nom d'una altra persona. Me la podeu refer?\nPere", 50, lang="ca", subject="Factura incorrecta", name="Pere Bosch")
b = S.add(E, "pere.bosch@correu.example", "Bon dia, encara no tinc la factura corregida de la 58236.\nPere Bosch", 290, lang="ca", subject="Factura 58236", name="Pere Bosch")
S.negative("window", a, b, "the same invoice error again ten days later")

# ---------------------------------------------------------------- filler

S.add(E, "nadia.h@inboxly.example", "Hello! Are your soaps suitable for vegans? I couldn't see it on the product pages.\nNadia", 8, lang="en", subject="Vegan?", name="Nadia Hussain")
S.add(M, "bramble@fosstodon.example", "@emberandbrine@craft.social do you ship to Ireland? and roughly how long does it take", 47, lang="en", name="bramble")
S.add(T, "leo-finch.bsky.social", "@emberandbrine.bsky.social will the Sea Salt & Sage candle be back in stock before Valentine's?", 135, lang="en", name="Leo Finch")
S.add(E, "events@thegreenhall.example", "Hi, we run a craft market in March and wondered whether you'd like a stall? Details attached.\nBest, Amara", 280, lang="en", subject="Stall at our spring market", name="Amara Cole")
S.add(M, "irene_lp@mastodon.example", "@emberandbrine@craft.social hacéis envíos a Canarias? gracias!", 72, lang="es", name="Irene")
S.add(E, "d.castro@correo.example", "Hola, ¿las velas son de cera de soja o de parafina? Quiero regalar una a alguien asmático.\nDiego", 232, lang="es", subject="tipo de cera", name="Diego Castro")
S.add(T, "fleischer-anna.bsky.social", "@emberandbrine.bsky.social gibt's die Lavendelseife auch ohne ätherische Öle? Frage für meine Kleine", 190, lang="de", name="Anna Fleischer")
S.add(E, "rolf.m@netzpost.example", "Guten Tag, bieten Sie auch Gutscheine an? Ich suche ein Geschenk.\nRolf Meier", 395, lang="de", subject="Gutschein?", name="Rolf Meier")
S.add(M, "camillebzh@piaille.example", "@emberandbrine@craft.social vous faites des savons sans parfum ? peau atopique ici", 100, lang="fr", name="Camille")
S.add(T, "yannick-o.bsky.social", "@emberandbrine.bsky.social combien de temps brûle la grande bougie 300g environ ?", 365, lang="fr", name="Yannick")
S.add(E, "beatriz.lopes@correio.example", "Olá, vendem por atacado? Tenho uma pequena loja em Braga.\nBeatriz Lopes", 200, lang="pt", subject="Venda por atacado", name="Beatriz Lopes")
S.add(M, "matteo_r@mastodon.example", "@emberandbrine@craft.social le bombe da bagno vanno bene anche per i bambini?", 170, lang="it", name="Matteo")
S.add(E, "s.deluca@posta.example", "Salve, posso cambiare l'indirizzo di spedizione di un ordine appena fatto? Ho sbagliato il numero civico.\nSilvia De Luca", 315, lang="it", subject="cambio indirizzo", name="Silvia De Luca")
S.add(T, "femkeb.bsky.social", "@emberandbrine.bsky.social hoe lang blijft een zeep ongeveer goed? heb er een paar cadeau gekregen", 250, lang="nl", name="Femke")
S.add(E, "joost.v@mailbox.example", "Beste, kunnen jullie ook een cadeaukaartje met tekst bij een bestelling doen?\nJoost", 430, lang="nl", subject="cadeaukaartje", name="Joost Verbeek")
S.add(M, "laia_c@mastodont.example", "@emberandbrine@craft.social feu enviaments a Andorra? 🙂", 220, lang="ca", name="Laia")

S.write(os.path.dirname(os.path.abspath(__file__)),
        "Held-out set: measured, never tuned on. Ember & Brine (handmade soap, candles, bath "
        "products); written without sight of the detector; labels are what a reader would say.")
