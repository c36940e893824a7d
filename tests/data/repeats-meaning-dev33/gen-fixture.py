#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words for a small bike shop,
Copperkettle Cycles (city bikes, cargo bikes, bike locks, repair service
bookings), which hears from its customers by email, on Mastodon and on
Bluesky.

The posts were written as the shop's customers would write them, in
English, Spanish, German, French, Portuguese, Italian, Dutch and Catalan,
without sight of the repeat detector, its lexicon or any other set. The
labels say what a person reading the posts would say: which posts are the
same customer raising the same complaint again within 7 days (groups),
and which look alike but are not repeats (follow-ups giving what the shop
asked for, another complaint by the same customer, the same complaint by
another customer, the same complaint again after more than 7 days). They
were never edited to fit the detector.

Running it writes fixture.jsonl and labels.json next to it.
"""
import os
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 12, 28, 8, 10, tzinfo=timezone.utc)
SHOP_MAIL = "workshop@copperkettlecycles.example"
SHOP_MASTO = "@copperkettle@bikes.social"
SHOP_BSKY = "copperkettlecycles.bsky.social"

s = LabelledSet(BASE, "ck", SHOP_MAIL, SHOP_MASTO, SHOP_BSKY, "Copperkettle Cycles")
add, group, negative, reply, rid = s.add, s.group, s.negative, s.reply, s.rid


def mail(author, name, subject, text, hours, lang, thread=None, in_reply_to=None, links=None):
    return add("email", author, text, hours, lang=lang, subject=subject, name=name,
               thread=thread, in_reply_to=in_reply_to, links=links)


def toot(author, name, text, hours, lang, links=None, thread=None, in_reply_to=None):
    return add("mastodon", author, text, hours, lang=lang, name=name, links=links,
               thread=thread, in_reply_to=in_reply_to)


def skeet(author, name, text, hours, lang, links=None, thread=None, in_reply_to=None):
    return add("bluesky", author, text, hours, lang=lang, name=name, links=links,
               thread=thread, in_reply_to=in_reply_to)


# ---------------------------------------------------------------- English

# G1: cargo bike late, mail thread, non-committal answer, then a bare nudge (triple)
a = mail("harriet.okafor@fastmail.example", "Harriet Okafor", "Dray Box order #70418 - delivery date?",
         "Hi there,\n\nI ordered a Dray Box cargo bike (green, order #70418) on the 9th and the "
         "confirmation said delivery before Christmas. It's now the 28th and the tracking page "
         "hasn't moved since 'dispatched from warehouse' on the 19th. Could you tell me where it "
         "actually is? I need it for the school run from the 4th.\n\nThanks,\nHarriet", 2, "en")
r = reply("email", "Hi Harriet, thanks for getting in touch. We're looking into this with the "
          "freight company and will come back to you as soon as we hear.\n\nBest, Tom @ Copperkettle",
          7, rid(a), rid(a), "en")
b = mail("harriet.okafor@fastmail.example", "Harriet Okafor", "Re: Dray Box order #70418 - delivery date?",
         "Tom, 'looking into it' was three days ago. The bike is still sitting at 'dispatched' and "
         "nobody from the freight company has called. School starts Monday. Can I please get an "
         "actual date, or my money back?\n\nH.", 75, "en", thread=rid(a), in_reply_to=rid(r))
c = mail("harriet.okafor@fastmail.example", "Harriet Okafor", "Re: Dray Box order #70418 - delivery date?",
         "Hello?? Still no bike, still no reply.", 122, "en", thread=rid(a), in_reply_to=rid(r))
group("en", "one identity", a, b, c)
g1_first = a

# G2: lock "delivered" but not received, Mastodon, same handle
a = toot("@pjmurphy@mastodon.ie", "Pádraig Murphy",
         "@copperkettle@bikes.social hey, tracking says my Rivet U-lock was delivered yesterday "
         "at 14:02 'left with resident'. I live alone and I was home all day. No parcel, nothing "
         "with the neighbours. Order 70533. What now?", 26, "en")
b = toot("@pjmurphy@mastodon.ie", "Pádraig Murphy",
         "@copperkettle@bikes.social so my 'delivered' lock is still invisible. Been round every "
         "neighbour on the street twice. Would be nice to hear back before someone nicks my bike "
         "for lack of a lock 🙃", 71, "en")
group("en", "one identity", a, b)

# G3: refund for returned panniers, email then Bluesky with a profile link
a = mail("ines.ward@protonmail.example", "Ines Ward", "Refund for returned pannier set",
         "Hello,\n\nI sent back the Harbour double pannier set (order CK-70291) on 15 December, "
         "Royal Mail tracked, signed for by your workshop on the 18th. Your returns page says "
         "refunds within 5 working days but nothing has come back to my card yet. Could you check?\n\n"
         "Kind regards,\nInes Ward", 30, "en")
b = skeet("inesward.bsky.social", "Ines W.",
          "Returned some panniers to @copperkettlecycles.bsky.social before Christmas, they signed "
          "for them on the 18th, emailed on Tuesday, zero reply and zero refund. £84 is not nothing "
          "in January, folks.", 104, "en", links=["ines.ward@protonmail.example"])
group("en", "profile link", a, b)
s.same_person.append(["email:ines.ward@protonmail.example", "bluesky:inesward.bsky.social"])

# G4: booking page crashes, Bluesky, same handle
a = skeet("rhys-cycles.bsky.social", "Rhys",
          "@copperkettlecycles.bsky.social trying to book a Winter Check for my Tinker 8 and the "
          "booking page just goes white after I pick a date. Tried Firefox and my phone. Anyone else?",
          50, "en")
b = skeet("rhys-cycles.bsky.social", "Rhys",
          "day 3 of trying to give @copperkettlecycles.bsky.social money for a service. calendar "
          "still blanks out the second I tap a slot. is there a phone number or do I just turn up",
          112, "en")
group("en", "one identity", a, b)

# G5: double charge on a repair booking, email then Mastodon, same name only
a = mail("g.achterberg@gmail.example", "Gemma Achterberg", "charged twice",
         "Hi, I booked a full service for 3 Jan and my card got charged £95 twice (both on 27/12, "
         "both say COPPERKETTLE CYC). Booking ref SV-2211. Can you refund one of them please.\nGemma",
         54, "en")
b = toot("@gemma_a@mastodon.online", "Gemma Achterberg",
         "Hey @copperkettle@bikes.social, any news on the double payment for my service booking? "
         "Sent you an email about it a couple of days ago. Still £190 gone instead of £95.",
         101, "en")
group("en", "same name only", a, b)
s.same_person.append(["email:g.achterberg@gmail.example", "mastodon:@gemma_a@mastodon.online"])

# ---------------------------------------------------------------- Spanish

# G6: wrong colour of city bike, mail thread, triple
a = mail("marisa.quintero@yahoo.example", "Marisa Quintero", "Pedido nº 70377 - color equivocado",
         "Buenas tardes,\n\nHe recibido hoy la bici Tinker 3 pero en vez del color verde salvia "
         "que pedí me ha llegado en gris grafito. En la factura pone verde. ¿Cómo lo solucionamos? "
         "Era un regalo de Reyes para mi hija.\n\nUn saludo,\nMarisa Quintero", 33, "es")
r = reply("email", "Hola Marisa, lo sentimos mucho. Estamos revisando el stock y te decimos algo "
          "en cuanto podamos.\nUn saludo, Inés (Copperkettle)", 40, rid(a), rid(a), "es")
b = mail("marisa.quintero@yahoo.example", "Marisa Quintero", "RE: Pedido nº 70377 - color equivocado",
         "Hola Inés, han pasado dos días y sigo sin saber nada. Reyes es el 6, si no me la cambiáis "
         "antes me quedo sin regalo. ¿Me mandáis la verde o no?", 88, "es",
         thread=rid(a), in_reply_to=rid(r))
c = mail("marisa.quintero@yahoo.example", "Marisa Quintero", "RE: Pedido nº 70377 - color equivocado",
         "Pues nada, ya veo que la bici gris se queda aqui. Genial servicio, de verdad.", 140, "es",
         thread=rid(a), in_reply_to=rid(r))
group("es", "one identity", a, b, c)

# G7: coupon not applied, Mastodon
a = toot("@nachogarcia@masto.es", "Nacho",
         "@copperkettle@bikes.social el codigo AÑONUEVO15 no funciona en la web, me dice "
         "'cupón no válido' y lo pone en vuestra propia newsletter. Quiero pillar el candado Rivet "
         "antes de que se acabe la oferta", 36, "es")
b = toot("@nachogarcia@masto.es", "Nacho",
         "@copperkettle@bikes.social sigo igual, el descuento de la newsletter no se aplica. ¿Me lo "
         "aplicáis a mano o qué hago? La oferta acaba el domingo", 84, "es")
group("es", "one identity", a, b)
g7_first = a

# G8: cargo bike missing part, Bluesky then email with profile link
a = skeet("carmenbueno.bsky.social", "Carmen Bueno",
          "Llegó el Dray Long de @copperkettlecycles.bsky.social 🎉 ...sin la funda de lluvia para "
          "la sillita que venía incluida en el pack. Caja abierta de arriba abajo, no está.",
          46, "es")
b = mail("c.bueno.ruiz@gmail.example", "Carmen Bueno Ruiz", "Falta la funda de lluvia del Dray Long",
         "Hola,\n\nOs escribí por Bluesky hace unos días (@carmenbueno) y no he tenido respuesta. "
         "El pack familia del Dray Long (pedido 70402) venía con funda de lluvia para la sillita y no "
         "estaba en la caja. Con el tiempo que hace la necesito ya.\n\nGracias,\nCarmen", 118, "es",
         links=["carmenbueno.bsky.social"])
group("es", "profile link", a, b)
s.same_person.append(["bluesky:carmenbueno.bsky.social", "email:c.bueno.ruiz@gmail.example"])

# G9: password reset never arrives, email
a = mail("jl.ferrer@hotmail.example", "José Luis Ferrer", "No puedo entrar en mi cuenta",
         "Hola buenas. No puedo entrar en mi cuenta para ver la reserva del taller, le doy a "
         "'he olvidado mi contraseña' y el correo no llega nunca (ni en spam). Mi usuario es este "
         "mismo email.\nGracias", 58, "es")
r = reply("email", "Hola José Luis, gracias por avisar, lo estamos mirando con nuestro proveedor de "
          "correo.\nCopperkettle Cycles", 63, rid(a), rid(a), "es")
b = mail("jl.ferrer@hotmail.example", "José Luis Ferrer", "Re: No puedo entrar en mi cuenta",
         "sigo sin poder entrar, el email de la contraseña no aparece. tengo la cita el jueves y no "
         "se ni a que hora es", 130, "es", thread=rid(a), in_reply_to=rid(r))
group("es", "one identity", a, b)

# ---------------------------------------------------------------- German

# G10: wrong invoice (company name / VAT), email
a = mail("buchhaltung@kurierwerk-lindner.example", "Kurierwerk Lindner GbR",
         "Rechnung RE-2026-1187 fehlerhaft",
         "Sehr geehrte Damen und Herren,\n\nauf der Rechnung RE-2026-1187 zu unserer Bestellung "
         "70311 (2x Dray Box) fehlt unsere USt-IdNr. und die Firmierung ist falsch (Lindner Kurier "
         "statt Kurierwerk Lindner GbR). So können wir die Rechnung nicht verbuchen. Bitte um "
         "korrigierte Rechnung.\n\nMit freundlichen Grüßen\nA. Lindner", 9, "de")
b = mail("buchhaltung@kurierwerk-lindner.example", "Kurierwerk Lindner GbR",
         "WG: Rechnung RE-2026-1187 fehlerhaft",
         "Guten Tag,\n\nwir warten weiterhin auf die korrigierte Rechnung (USt-IdNr., Firmenname). "
         "Unser Steuerberater braucht sie bis Monatsende.\n\nMfG\nA. Lindner", 124, "de")
group("de", "one identity", a, b)
g10_first = a

# G11: cargo bike late, Mastodon then email, same name only
a = toot("@jonas_weidmann@chaos.social", "Jonas Weidmann",
         "@copperkettle@bikes.social Moin, mein Lastenrad (Dray Long) sollte laut Mail am 30.12. "
         "kommen. Heute ist der 2. und es ist immer noch nicht da, Sendungsverfolgung zeigt seit "
         "einer Woche nix. Was ist da los?", 122, "de")
b = mail("jonas.w@posteo.example", "Jonas Weidmann", "Wo bleibt mein Lastenrad?",
         "Hallo,\n\nhab euch schon auf Mastodon geschrieben, keine Reaktion. Bestellung 70459, "
         "Dray Long, Liefertermin war der 30.12. Bis heute kein Rad und keine Info. Langsam werde "
         "ich sauer.\n\nJonas", 170, "de")
group("de", "same name only", a, b)
s.same_person.append(["mastodon:@jonas_weidmann@chaos.social", "email:jonas.w@posteo.example"])

# G12: service plan cancelled, still billed, Bluesky
a = skeet("frieda-kolbe.bsky.social", "Frieda K.",
          "@copperkettlecycles.bsky.social Ich hab mein Wartungsabo im November gekündigt "
          "(Bestätigung per Mail hab ich), und heute wurden trotzdem wieder 12,90 € abgebucht. "
          "Bitte zurückbuchen.", 150, "de")
b = skeet("frieda-kolbe.bsky.social", "Frieda K.",
          "Hallo @copperkettlecycles.bsky.social? Die 12,90 vom gekündigten Abo sind immer noch "
          "nicht zurück. Muss ich erst die Lastschrift zurückgeben lassen?", 214, "de")
group("de", "one identity", a, b)

# G13: bent mudguard / scratched frame on delivery, email, triple
a = mail("m.ozdemir@web.example", "Mehmet Özdemir", "Tinker 8 beschädigt angekommen",
         "Hallo Copperkettle-Team,\n\ndas Tinker 8 (Bestellnr. 70488) ist heute angekommen, "
         "aber das hintere Schutzblech ist verbogen und am Oberrohr sind zwei tiefe Kratzer bis "
         "aufs Metall. Der Karton hatte ein Loch an der Seite. Wie geht's jetzt weiter?\n\n"
         "Grüße\nMehmet Özdemir", 176, "de")
r = reply("email", "Hallo Herr Özdemir, das tut uns leid. Wir klären das mit der Spedition und "
          "melden uns.\nViele Grüße, Copperkettle Cycles", 181, rid(a), rid(a), "de")
b = mail("m.ozdemir@web.example", "Mehmet Özdemir", "AW: Tinker 8 beschädigt angekommen",
         "Hallo, gibt es schon was Neues? Ich möchte das Rad so eigentlich nicht behalten, neu "
         "gekauft und schon verkratzt und das Blech schleift.", 229, "de",
         thread=rid(a), in_reply_to=rid(r))
c = mail("m.ozdemir@web.example", "Mehmet Özdemir", "AW: Tinker 8 beschädigt angekommen",
         "Noch mal: Rad kaputt angekommen, seit fast einer Woche keine Antwort. Ich erwarte "
         "bis Freitag einen Vorschlag (Austausch oder Rücknahme), sonst gehe ich zur "
         "Verbraucherzentrale.", 300, "de", thread=rid(a), in_reply_to=rid(r))
group("de", "one identity", a, b, c)

# ---------------------------------------------------------------- French

# G14: return label never sent, email
a = mail("sandrine.lefevre@orange.example", "Sandrine Lefèvre", "Etiquette de retour cde 70356",
         "Bonjour,\n\nJ'ai demandé le retour de l'antivol pliant Rivet (cde 70356) le 23/12 via "
         "votre formulaire, on m'a dit que l'étiquette arriverait par mail sous 48h. Je n'ai rien "
         "reçu. Pouvez-vous me la renvoyer ?\n\nCordialement,\nS. Lefèvre", 12, "fr")
r = reply("email", "Bonjour Madame Lefèvre, nous transmettons votre demande au service retours.\n"
          "Bien à vous, Copperkettle Cycles", 20, rid(a), rid(a), "fr")
b = mail("sandrine.lefevre@orange.example", "Sandrine Lefèvre", "RE: Etiquette de retour cde 70356",
         "Bonjour, toujours pas d'étiquette. Le délai de rétractation court toujours de mon côté, "
         "j'aimerais ne pas le dépasser à cause de vous.\nS.L.", 94, "fr",
         thread=rid(a), in_reply_to=rid(r))
group("fr", "one identity", a, b)

# G15: rude courier, Mastodon
a = toot("@bastien_r@piaille.fr", "Bastien",
         "@copperkettle@bikes.social votre livreur vient de me balancer le carton du vélo sur le "
         "trottoir en me disant 'démerdez-vous, je monte pas au 4e'. Sympa pour un biporteur de 40 kg.",
         64, "fr")
b = toot("@bastien_r@piaille.fr", "Bastien",
         "@copperkettle@bikes.social toujours aucune réponse pour le livreur qui m'a jeté mon "
         "biporteur au pied de l'immeuble ? Vous travaillez avec qui exactement ?", 110, "fr")
group("fr", "one identity", a, b)

# G16: refund not received, email then Bluesky, same name only
a = mail("yann.kerbrat@free.example", "Yann Kerbrat", "Remboursement annulation atelier",
         "Bonjour,\n\nj'ai annulé ma révision du 8 janvier (réservation AT-3094) le 29/12, plus de "
         "48h avant comme le demandent vos CGV. On m'a confirmé le remboursement des 65 € mais je "
         "ne vois rien sur mon compte.\n\nMerci\nYann Kerbrat", 190, "fr")
b = skeet("ykerbrat.bsky.social", "Yann Kerbrat",
          "Toujours pas revu mes 65€ de @copperkettlecycles.bsky.social pour une révision annulée "
          "dans les temps. Mail resté sans réponse. Ça commence à bien faire.", 262, "fr")
group("fr", "same name only", a, b)
s.same_person.append(["email:yann.kerbrat@free.example", "bluesky:ykerbrat.bsky.social"])

# G17: app crashes on repair booking, Bluesky
a = skeet("chloe-vdb.bsky.social", "Chloé",
          "l'appli @copperkettlecycles.bsky.social plante dès que j'essaie de prendre rdv pour "
          "l'atelier (android 14). ecran noir puis retour à l'accueil. c'est connu ?", 240, "fr")
b = skeet("chloe-vdb.bsky.social", "Chloé",
          "bon, réinstallé l'appli, vidé le cache, rien à faire : impossible de réserver un créneau "
          "atelier, ça crashe à chaque fois. @copperkettlecycles.bsky.social", 266, "fr")
group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese

# G18: wrong frame size, email
a = mail("tiago.mendes@sapo.example", "Tiago Mendes", "Tamanho errado - encomenda 70441",
         "Olá,\n\nencomendei a Tinker 3 em tamanho L (quadro 56) e recebi a M. Tenho 1,88 m, "
         "não consigo andar nela. A caixa diz M, a fatura diz L. Como fazemos a troca?\n\n"
         "Cumprimentos,\nTiago Mendes", 80, "pt")
b = mail("tiago.mendes@sapo.example", "Tiago Mendes", "Fwd: Tamanho errado - encomenda 70441",
         "Bom dia, volto a escrever porque ninguém respondeu. Bicicleta tamanho errado (M em vez de "
         "L), está parada na sala há uma semana quase. Preciso de uma solução.\nTiago", 196, "pt")
group("pt", "one identity", a, b)

# G19: lock "delivered" but never arrived, Mastodon then Bluesky with profile link
a = toot("@renata_lins@mastodon.com.br", "Renata Lins",
         "@copperkettle@bikes.social oi! o rastreio diz que o cadeado Rivet chain 110 foi "
         "entregue ontem, mas aqui não chegou nada, nem na portaria. pedido #70507", 98, "pt")
b = skeet("renatalins.bsky.social", "Renata",
          "@copperkettlecycles.bsky.social já falei com vocês no mastodon: o cadeado que consta "
          "como entregue nunca chegou. portaria confirmou que não recebeu nada. e agora?",
          150, "pt", links=["@renata_lins@mastodon.com.br"])
group("pt", "profile link", a, b)
s.same_person.append(["mastodon:@renata_lins@mastodon.com.br", "bluesky:renatalins.bsky.social"])

# G20: double charge, email, triple
a = mail("anapaula.rocha@gmail.example", "Ana Paula Rocha", "cobrança em duplicado",
         "Boa tarde,\n\nfiz uma encomenda de um capacete e uma luz traseira (nº 70466) e o valor "
         "de 78,40 € foi cobrado duas vezes no meu cartão. Envio em anexo o extrato.\n\n"
         "Obrigada\nAna Paula", 132, "pt")
r = reply("email", "Olá Ana Paula, obrigado pelo contacto. Vamos verificar junto do banco e "
          "damos notícias.\nCopperkettle Cycles", 140, rid(a), rid(a), "pt")
b = mail("anapaula.rocha@gmail.example", "Ana Paula Rocha", "Re: cobrança em duplicado",
         "Olá, já passaram 3 dias. O segundo débito de 78,40 continua lá. Podem só devolver?",
         210, "pt", thread=rid(a), in_reply_to=rid(r))
c = mail("anapaula.rocha@gmail.example", "Ana Paula Rocha", "Re: cobrança em duplicado",
         "Pelos vistos cobrar duas vezes é rápido, devolver é que não. Continuo à espera.",
         268, "pt", thread=rid(a), in_reply_to=rid(r))
group("pt", "one identity", a, b, c)

# G21: coupon not applied, Bluesky
a = skeet("duda-ferraz.bsky.social", "Duda Ferraz",
          "@copperkettlecycles.bsky.social o cupom BEMVINDO10 da primeira compra não está dando "
          "desconto nenhum no carrinho, aparece aplicado mas o total fica igual", 286, "pt")
b = skeet("duda-ferraz.bsky.social", "Duda Ferraz",
          "e o cupom? continua sem descontar nada 😐 @copperkettlecycles.bsky.social", 330, "pt")
group("pt", "one identity", a, b)

# ---------------------------------------------------------------- Italian

# G22: city bike late, email
a = mail("lorenzo.bianchi@libero.example", "Lorenzo Bianchi", "ordine 70512 in ritardo",
         "Buongiorno,\n\nho ordinato una Tinker 8 il 20 dicembre con consegna prevista entro il "
         "3 gennaio. Il tracking è fermo a 'in lavorazione'. Potete dirmi quando arriva?\n\n"
         "Grazie\nLorenzo Bianchi", 160, "it")
b = mail("lorenzo.bianchi@libero.example", "Lorenzo Bianchi", "R: ordine 70512 in ritardo",
         "Salve, scrivo di nuovo: la bici non è ancora partita e nessuno mi risponde. Se non parte "
         "entro questa settimana annullo l'ordine.", 244, "it")
group("it", "one identity", a, b)
g22_first = a

# G23: missing charger for e-bike battery, Bluesky then Mastodon, same name only
a = skeet("giuliaferri.bsky.social", "Giulia Ferri",
          "arrivata la cargo elettrica di @copperkettlecycles.bsky.social, bellissima, peccato che "
          "nella scatola manchi il caricabatterie 🤦‍♀️ batteria al 30%", 182, "it")
b = toot("@giuliaferri@mastodon.uno", "Giulia Ferri",
         "@copperkettle@bikes.social ciao, vi avevo scritto su bluesky: nel Dray Long elettrico "
         "non c'era il caricatore. La batteria ormai è a terra e la bici è ferma. Me lo spedite?",
         230, "it")
group("it", "same name only", a, b)
s.same_person.append(["bluesky:giuliaferri.bsky.social", "mastodon:@giuliaferri@mastodon.uno"])

# G24: cannot log in, Mastodon
a = toot("@ste_colombo@mastodon.uno", "Stefano Colombo",
         "@copperkettle@bikes.social non riesco più ad accedere al mio account, dice 'credenziali "
         "non valide' anche dopo aver cambiato la password. Devo vedere la garanzia della bici",
         200, "it")
b = toot("@ste_colombo@mastodon.uno", "Stefano Colombo",
         "@copperkettle@bikes.social ancora bloccato fuori dall'account, ho provato pure un "
         "altro browser. Qualcuno c'è?", 248, "it")
group("it", "one identity", a, b)

# ---------------------------------------------------------------- Dutch

# G25: bakfiets late, email thread
a = mail("femke.dijkstra@ziggo.example", "Femke Dijkstra", "Levering bakfiets bestelling 70394",
         "Hoi,\n\nOnze Dray Box (bestelling 70394) zou op 27 of 28 december geleverd worden. "
         "We hebben er twee dagen voor thuis gezeten, niks. Kunnen jullie uitzoeken waar hij "
         "blijft?\n\nGroet,\nFemke", 24, "nl")
r = reply("email", "Hoi Femke, vervelend! We zoeken het uit met de vervoerder en laten het je "
          "weten.\nGroet, Copperkettle Cycles", 28, rid(a), rid(a), "nl")
b = mail("femke.dijkstra@ziggo.example", "Femke Dijkstra", "Re: Levering bakfiets bestelling 70394",
         "Nog steeds geen bakfiets en ook geen nieuws van jullie. Ik heb nu al 2 keer vrij "
         "genomen hiervoor. Wanneer komt ie??", 96, "nl", thread=rid(a), in_reply_to=rid(r))
group("nl", "one identity", a, b)

# G26: refund not received, email then Mastodon (x2) with profile link, triple
a = mail("bram.vanleeuwen@kpn.example", "Bram van Leeuwen", "terugbetaling retour slot",
         "Goedemiddag,\n\nIk heb het Rivet kettingslot teruggestuurd (ordernummer 70380), volgens "
         "PostNL bij jullie afgeleverd op 30/12. Het geld (64,95) staat nog niet op mijn "
         "rekening.\n\nMet vriendelijke groet,\nBram van Leeuwen", 220, "nl")
b = toot("@bramvl@mastodon.nl", "Bram",
         "@copperkettle@bikes.social Mailtje gestuurd over m'n terugbetaling, geen antwoord. "
         "Slot is al anderhalve week terug bij jullie. Waar blijft m'n geld?", 268, "nl",
         links=["bram.vanleeuwen@kpn.example"])
c = toot("@bramvl@mastodon.nl", "Bram",
         "@copperkettle@bikes.social nog steeds niks terug. echt he.", 330, "nl",
         links=["bram.vanleeuwen@kpn.example"])
group("nl", "profile link", a, b, c)
s.same_person.append(["email:bram.vanleeuwen@kpn.example", "mastodon:@bramvl@mastodon.nl"])

# G27: keys of the folding lock don't fit, Bluesky
a = skeet("sannehoekstra.bsky.social", "Sanne",
          "@copperkettlecycles.bsky.social nieuw vouwslot binnen maar geen van beide sleutels past "
          "erin?? staat er ander nummer op de sleutels dan op het slot", 300, "nl")
b = skeet("sannehoekstra.bsky.social", "Sanne",
          "slot van @copperkettlecycles.bsky.social ligt hier nog steeds met de verkeerde sleutels. "
          "fiets staat nu met een oud kabelslotje buiten, top", 350, "nl")
group("nl", "one identity", a, b)

# ---------------------------------------------------------------- Catalan

# G28: wrong invoice, email
a = mail("oriol.puig@vilaweb.example", "Oriol Puig", "Factura amb error - comanda 70425",
         "Bon dia,\n\nA la factura de la comanda 70425 hi surt el NIF d'una altra persona i "
         "l'adreça de facturació és la d'enviament. La necessito bé per la feina. Me la podeu "
         "refer?\n\nGràcies,\nOriol", 60, "ca")
r = reply("email", "Hola Oriol, ho passem a comptabilitat i et diem alguna cosa.\n"
          "Salut, Copperkettle Cycles", 66, rid(a), rid(a), "ca")
b = mail("oriol.puig@vilaweb.example", "Oriol Puig", "Re: Factura amb error - comanda 70425",
         "Hola de nou. Encara espero la factura corregida (NIF i adreça). A la gestoria me la "
         "demanen aquesta setmana.", 170, "ca", thread=rid(a), in_reply_to=rid(r))
group("ca", "one identity", a, b)
g28_first = a

# G29: order lost, Mastodon then email with profile link
a = toot("@martaribas@mastodont.cat", "Marta Ribas",
         "@copperkettle@bikes.social bon dia! La meva comanda (llums i un timbre, #70498) fa 10 "
         "dies que va sortir i el seguiment diu 'incidència en el transport'. On para?", 140, "ca")
b = mail("marta.ribas.soler@gmail.example", "Marta Ribas Soler", "Comanda perduda?",
         "Hola,\n\nUs vaig escriure a Mastodon (@martaribas) per la comanda dels llums que està "
         "encallada amb 'incidència en el transport'. Segueix igual i ningú em diu res. Si s'ha "
         "perdut, m'ho podeu reenviar o tornar els diners?\n\nMarta", 206, "ca",
         links=["@martaribas@mastodont.cat"])
group("ca", "profile link", a, b)
s.same_person.append(["mastodon:@martaribas@mastodont.cat", "email:marta.ribas.soler@gmail.example"])

# G30: damaged basket, Mastodon then Bluesky, same name only
a = toot("@pau_serra@mastodont.cat", "Pau Serra",
         "@copperkettle@bikes.social m'ha arribat la cistella de vímet per al Tinker amb dues "
         "vares trencades i el ganxo doblegat. Quina pena, era per regalar", 256, "ca")
b = skeet("pauserra.bsky.social", "Pau Serra",
          "@copperkettlecycles.bsky.social ja us ho vaig dir per mastodon: cistella arribada "
          "trencada. Ni resposta ni canvi. Què faig, la torno?", 310, "ca")
group("ca", "same name only", a, b)
s.same_person.append(["mastodon:@pau_serra@mastodont.cat", "bluesky:pauserra.bsky.social"])

# ---------------------------------------------------------------- follow-ups

# F1 en: shop asks for photos, customer sends them
a = mail("d.whitcombe@outlook.example", "Dan Whitcombe", "Rear rack cracked",
         "Hi, the rear rack on my Tinker 3 (bought in October) has a crack right at the weld by the "
         "left stay. Is that covered by warranty?\nDan", 44, "en")
r = reply("email", "Hi Dan, sorry to hear that. Could you send us a couple of photos of the crack "
          "and the serial number under the bottom bracket?\nThanks, Copperkettle", 49, rid(a), rid(a), "en")
b = mail("d.whitcombe@outlook.example", "Dan Whitcombe", "Re: Rear rack cracked",
         "Photos attached (close-up + whole rack). Serial is CK3-2611-0457.\nDan", 52, "en",
         thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "sends the photos and serial number the shop asked for")

# F2 es: shop asks for the order number
a = mail("elena.pastor@gmail.example", "Elena Pastor", "Timbre roto",
         "Hola, el timbre que compré con mi bici se ha roto a la primera semana, el muelle ya no "
         "vuelve. ¿Me mandáis otro?", 92, "es")
r = reply("email", "Hola Elena, claro. ¿Nos pasas el número de pedido para localizarlo?\n"
          "Gracias, Copperkettle", 97, rid(a), rid(a), "es")
b = mail("elena.pastor@gmail.example", "Elena Pastor", "Re: Timbre roto",
         "Sí, perdona: es el 70349. Gracias!", 99, "es", thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "gives the order number the shop asked for")

# F3 fr: PS with a detail, same thread, no answer in between
a = mail("h.marchand@laposte.example", "Hugo Marchand", "Vélo qui grince après révision",
         "Bonjour, j'ai récupéré mon vélo hier après la révision et le pédalier grince à chaque "
         "tour, ce qui n'était pas le cas avant. Je peux repasser ?\nHugo Marchand", 116, "fr")
b = mail("h.marchand@laposte.example", "Hugo Marchand", "Re: Vélo qui grince après révision",
         "PS : j'oubliais, c'était la réservation AT-3071, le vélo est un Tinker 8 bleu.", 117, "fr",
         thread=rid(a), in_reply_to=rid(a))
negative("follow-up", a, b, "PS adding the booking reference and the bike")

# F4 pt: shop asks for the NIF for the invoice
a = mail("ricardo.sousa@iol.example", "Ricardo Sousa", "Fatura com NIF",
         "Olá, a fatura da encomenda 70470 veio sem contribuinte. Podem emitir de novo com NIF?",
         178, "pt")
r = reply("email", "Olá Ricardo, sem problema. Qual é o NIF que devemos colocar?\nCopperkettle",
          186, rid(a), rid(a), "pt")
b = mail("ricardo.sousa@iol.example", "Ricardo Sousa", "Re: Fatura com NIF",
         "É o 245 117 903, em nome de Ricardo M. Sousa. Obrigado", 189, "pt",
         thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "gives the tax number the shop asked for")

# F5 it: shop asks for a photo of the damaged wheel
a = mail("chiara.rinaldi@tiscali.example", "Chiara Rinaldi", "ruota anteriore storta",
         "Salve, la bici è arrivata con la ruota davanti visibilmente storta, sfrega sul freno. "
         "Ordine 70519.", 236, "it")
r = reply("email", "Buongiorno Chiara, ci manda una foto o un breve video della ruota che gira? "
          "Così capiamo se basta una centratura.\nCopperkettle", 240, rid(a), rid(a), "it")
b = mail("chiara.rinaldi@tiscali.example", "Chiara Rinaldi", "Re: ruota anteriore storta",
         "Ecco il video, si vede bene che oscilla vicino al pattino sinistro.", 243, "it",
         thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "sends the video the shop asked for")

# F6 nl: Mastodon self-reply adding the tracking number
a = toot("@joostm@mastodon.social", "Joost",
         "@copperkettle@bikes.social mijn bestelling staat al 5 dagen op 'in sorteercentrum'. "
         "Is dat normaal rond de feestdagen?", 20, "nl")
b = toot("@joostm@mastodon.social", "Joost",
         "@copperkettle@bikes.social o ja, track & trace is 3SCKC0098765431, bestelling 70367",
         21, "nl", thread=rid(a), in_reply_to=rid(a))
negative("follow-up", a, b, "adds the tracking and order number right after")

# ---------------------------------------------------------------- other complaint

# O1 en: Harriet's cargo bike arrives, but the invoice is wrong
a = mail("harriet.okafor@fastmail.example", "Harriet Okafor", "Invoice for #70418",
         "Hi, the bike finally came, thanks. But the invoice says I paid for the rain canopy, "
         "which I didn't order and which wasn't in the box. Can you send a corrected one?\nHarriet",
         160, "en")
negative("other-complaint", g1_first, a, "same order, first late delivery, then a wrong invoice")

# O2 es: Nacho's coupon, then his lock is late
a = toot("@nachogarcia@masto.es", "Nacho",
         "@copperkettle@bikes.social al final pagué el candado sin descuento y ahora resulta que "
         "lleva 6 días sin salir del almacén. Vaya tela", 200, "es")
negative("other-complaint", g7_first, a, "first the coupon, then the order not shipping")

# O3 de: Lindner's invoice, then a damaged lock
a = mail("buchhaltung@kurierwerk-lindner.example", "Kurierwerk Lindner GbR",
         "Reklamation Faltschloss",
         "Guten Tag,\n\neines der beiden Rivet-Faltschlösser aus Bestellung 70311 lässt sich nicht "
         "mehr abschließen, der Zylinder dreht durch. Bitte um Ersatz.\n\nMfG\nA. Lindner", 60, "de")
negative("other-complaint", g10_first, a, "same order: invoice error, then a broken lock")

# O4 it: Lorenzo's bike late, then a wrong colour once it came
a = mail("lorenzo.bianchi@libero.example", "Lorenzo Bianchi", "colore sbagliato ordine 70512",
         "Buonasera, la bici alla fine è arrivata ma è nera, io l'avevo ordinata bordeaux. "
         "Come procediamo per il cambio?", 320, "it")
negative("other-complaint", g22_first, a, "same order: late, then the wrong colour")

# O5 ca: Oriol's invoice, then he cannot log in
a = mail("oriol.puig@vilaweb.example", "Oriol Puig", "No puc entrar al compte",
         "Hola, ara tampoc puc entrar al meu compte de la web per descarregar-me les factures, "
         "em diu que l'usuari no existeix.", 100, "ca")
negative("other-complaint", g28_first, a, "invoice error, then a login problem")

# O6 fr: late order, then the wrong helmet size
a = toot("@lea_fontaine@mamot.fr", "Léa Fontaine",
         "@copperkettle@bikes.social ma commande 70401 (casque + antivol) devait arriver avant "
         "Noël, toujours rien. Des nouvelles ?", 48, "fr")
b = toot("@lea_fontaine@mamot.fr", "Léa Fontaine",
         "@copperkettle@bikes.social colis reçu merci ! par contre le casque est en S alors que "
         "j'avais pris M, il me serre le crâne", 102, "fr")
negative("other-complaint", a, b, "same order: late, then the wrong size")

# ---------------------------------------------------------------- other customer

# C1 en: outage, two customers
a = skeet("tomasz-rides.bsky.social", "Tomasz",
          "is the @copperkettlecycles.bsky.social site down? getting a 502 on every page", 146, "en")
b = skeet("kezia.bsky.social", "Kezia Lamb",
          "@copperkettlecycles.bsky.social your website's broken, can't even get to the shop page. "
          "wanted to order a lock before the sale ends", 147, "en")
negative("other-customer", a, b, "two customers hit the same outage")

# C2 de: couple sharing one order
a = mail("katrin.vogt@gmx.example", "Katrin Vogt", "Bestellung 70437 - wo ist das Rad?",
         "Hallo, unser Tinker 3 (Bestellung 70437) hätte letzte Woche kommen sollen. Können Sie "
         "nachsehen?\nKatrin Vogt", 86, "de")
b = mail("stefan.vogt@gmx.example", "Stefan Vogt", "Lieferung 70437",
         "Guten Tag, meine Frau hat schon geschrieben, ich frage trotzdem mal nach: das Fahrrad "
         "aus Bestellung 70437 ist immer noch nicht da. Gruß, Stefan Vogt", 93, "de")
negative("other-customer", a, b, "husband and wife asking about the one order they share")

# C3 en: two different people named Sam Porter, email and Mastodon, both with a late lock
a = mail("sam.porter1987@gmail.example", "Sam Porter", "Where's my lock?",
         "Hi, ordered a Rivet U-lock on the 22nd (order 70399), still not here. Any idea?\nSam",
         66, "en")
b = toot("@samporter@toot.wales", "Sam Porter",
         "@copperkettle@bikes.social bore da, my chain lock order 70520 was meant to be here "
         "Friday, no sign. Cheers", 210, "en")
negative("other-customer", a, b, "two different people named Sam Porter, different orders")
s.same_name_different_people.append(["email:sam.porter1987@gmail.example", "mastodon:@samporter@toot.wales"])

# C4 es: two different people named Laura Gil, Mastodon and Bluesky, both with a coupon problem
a = toot("@lauragil@mastodon.social", "Laura Gil",
         "@copperkettle@bikes.social el cupón del 10% para socios no me funciona, ¿está caducado?",
         120, "es")
b = skeet("lauragil-bcn.bsky.social", "Laura Gil",
          "@copperkettlecycles.bsky.social el código de regalo que me dieron en la tienda "
          "(REGALO-4471) dice que ya se ha usado y no es verdad", 176, "es")
negative("other-customer", a, b, "two different people named Laura Gil, different codes")
s.same_name_different_people.append(["mastodon:@lauragil@mastodon.social", "bluesky:lauragil-bcn.bsky.social"])

# C5 nl: app crashes after an update, two customers
a = toot("@wouter_b@mastodon.nl", "Wouter",
         "@copperkettle@bikes.social app crasht sinds de update van vandaag meteen bij opstarten",
         280, "nl")
b = toot("@ilsevdberg@mastodon.social", "Ilse van den Berg",
         "@copperkettle@bikes.social jullie app doet het niet meer, sluit direct af. iPhone 13",
         283, "nl")
negative("other-customer", a, b, "two customers, the same crash after an update")

# C6 fr: couple sharing one order
a = toot("@camille_p@piaille.fr", "Camille Petit",
         "@copperkettle@bikes.social notre biporteur (cde 70480) est annoncé livré mais on ne l'a "
         "jamais vu. On fait comment ?", 250, "fr")
b = skeet("julienmorel.bsky.social", "Julien Morel",
          "@copperkettlecycles.bsky.social ma compagne vous a écrit sur mastodon, je relance de "
          "mon côté : biporteur 'livré', jamais reçu, cde 70480", 258, "fr")
negative("other-customer", a, b, "a couple, each raising the order they share")

# ---------------------------------------------------------------- window

# W1 en: lost lights, same complaint again after 9 days
a = toot("@fiona_mck@mastodon.scot", "Fiona McKenzie",
         "@copperkettle@bikes.social my light set order (70371) still says 'label created'. "
         "Has it actually been sent?", 6, "en")
b = toot("@fiona_mck@mastodon.scot", "Fiona McKenzie",
         "@copperkettle@bikes.social right, so the lights still haven't shipped. 'label created' "
         "since before New Year. Cancel it please.", 226, "en")
negative("window", a, b, "the same complaint again after more than 7 days")

# W2 de: login again after 8 days
a = mail("p.hartmann@t-online.example", "Petra Hartmann", "Login geht nicht",
         "Hallo, ich komme nicht in mein Kundenkonto, Passwort zurücksetzen bringt nur "
         "'Fehler 500'.\nP. Hartmann", 16, "de")
b = mail("p.hartmann@t-online.example", "Petra Hartmann", "Immer noch kein Login",
         "Hallo, ich kann mich nach wie vor nicht anmelden, beim Zurücksetzen kommt weiterhin "
         "ein Fehler. Bitte kümmern Sie sich darum.", 222, "de")
negative("window", a, b, "the same complaint again after more than 7 days")

# W3 it: refund again after 10 days
a = skeet("davide-russo.bsky.social", "Davide Russo",
          "@copperkettlecycles.bsky.social ho reso il casco il 27, quando arriva il rimborso?",
          34, "it")
b = skeet("davide-russo.bsky.social", "Davide Russo",
          "@copperkettlecycles.bsky.social il rimborso del casco non è ancora arrivato, "
          "sono passate settimane", 280, "it")
negative("window", a, b, "the same complaint again after more than 7 days")

# W4 ca: return label again after 9 days
a = toot("@nuria_cast@mastodont.cat", "Núria Castells",
         "@copperkettle@bikes.social he demanat l'etiqueta de devolució per al seient infantil "
         "i no m'ha arribat", 70, "ca")
b = toot("@nuria_cast@mastodont.cat", "Núria Castells",
         "@copperkettle@bikes.social segueixo sense l'etiqueta per tornar la cadireta, ja fa "
         "dies", 300, "ca")
negative("window", a, b, "the same complaint again after more than 7 days")

# ---------------------------------------------------------------- filler

mail("george.hale@btinternet.example", "George Hale", "Tyre pressure for Tinker 8?",
     "Hello, quick one: what pressure do you recommend for the 42mm tyres on the Tinker 8? "
     "Mostly towpath riding.\nGeorge", 4, "en")
skeet("mia-rides.bsky.social", "Mia",
      "@copperkettlecycles.bsky.social do you do test rides on the Dray Box on Saturdays?", 28, "en")
toot("@oskar@mastodon.social", "Oskar",
     "@copperkettle@bikes.social do your cargo bikes fit a Thule Yepp Maxi on the back rack?", 90, "en")
mail("rosa.navarro@gmail.example", "Rosa Navarro", "Horario de taller en enero",
     "Hola, ¿el taller abre el 2 de enero? Quiero llevar la bici a ajustar los frenos.", 18, "es")
skeet("pablo-bikes.bsky.social", "Pablo",
      "@copperkettlecycles.bsky.social ¿tenéis el Rivet U-lock en versión larga?", 208, "es")
toot("@lukas_b@norden.social", "Lukas",
     "@copperkettle@bikes.social Passt der Kindersitz vom Dray Long auch auf das Tinker 8?", 134, "de")
mail("anna.schreiber@gmx.example", "Anna Schreiber", "Gutschein einlösen im Laden?",
     "Hallo, kann ich einen Online-Gutschein auch bei euch in der Werkstatt einlösen?\nAnna", 256, "de")
mail("m.girard@wanadoo.example", "Mathieu Girard", "Devis révision biporteur",
     "Bonjour, combien coûte une révision complète pour un biporteur électrique ? Merci", 76, "fr")
skeet("elise-v.bsky.social", "Élise",
      "@copperkettlecycles.bsky.social vous livrez en Belgique ?", 188, "fr")
toot("@joaopedro@mastodon.pt", "João Pedro",
     "@copperkettle@bikes.social fazem envios para os Açores? e quanto custa?", 56, "pt")
mail("beatriz.lopes@sapo.example", "Beatriz Lopes", "Garantia da bateria",
     "Olá, qual é a garantia da bateria da Dray Long elétrica? Obrigada", 292, "pt")
skeet("marco-t.bsky.social", "Marco",
      "@copperkettlecycles.bsky.social avete ancora la Tinker 3 taglia S in verde?", 110, "it")
mail("f.gallo@fastwebnet.example", "Francesca Gallo", "Prenotazione officina",
     "Buongiorno, si può prenotare la manutenzione anche per una bici non comprata da voi?", 274, "it")
toot("@evertjan@mastodon.nl", "Evert-Jan",
     "@copperkettle@bikes.social verkopen jullie ook losse accu's voor de Dray Box?", 158, "nl")
skeet("jordi-m.bsky.social", "Jordi",
      "@copperkettlecycles.bsky.social feu descompte per a estudiants?", 84, "ca")
mail("laia.vidal@gmail.example", "Laia Vidal", "Lloguer de bicicleta de càrrega",
     "Bon dia, lloueu bicicletes de càrrega per un cap de setmana? Gràcies!", 236, "ca")

s.write(os.path.dirname(os.path.abspath(__file__)),
        "Repeats in other words at a small bike shop, 8 languages; written without sight of the "
        "detector; labels are what a reader of the posts would say.")
