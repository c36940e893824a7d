#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words for a small swimwear shop,
Harbourline Swim (swimsuits, goggles, wetsuits, pool bags), which hears
from its customers by email, on Mastodon and on Bluesky.

The posts were written as customers of such a shop write, in eight
languages (en, es, de, fr, pt, it, nl, ca), without sight of the repeat
detector, its lexicon or its tests, and without reading the other
labelled sets. The labels say what a person reading the posts would say:
30 groups of one customer raising one complaint again within 7 days
(25 pairs, 5 triples; 10 of them across two channels, the identities
known either by a profile link or only by the same display name), and
pairs that are not repeats: follow-ups that give what the shop asked
for, the same customer with another complaint, other customers with the
same complaint (among them two pairs of different people who share a
display name on two channels), and the same complaint again after more
than 7 days. About sixteen one-off questions from other customers are
mixed in. The labels were never edited to fit the detector.

Run it to write fixture.jsonl and labels.json next to it; the output is
deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 4, 27, 8, 5, tzinfo=timezone.utc)   # a Monday
SHOP_MAIL = "hello@harbourline.example"
SHOP_MASTO = "@harbourline@sea.social"
SHOP_BSKY = "harbourline.bsky.social"

S = LabelledSet(BASE, "hs", SHOP_MAIL, SHOP_MASTO, SHOP_BSKY, "Harbourline Swim")
rid = S.rid


def mail(author, name, subject, text, hours, lang, thread=None, in_reply_to=None, links=None):
    return S.add("email", author, text, hours, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=in_reply_to, links=links)


def masto(author, name, text, hours, lang, thread=None, in_reply_to=None, links=None):
    return S.add("mastodon", author, text, hours, lang=lang, name=name,
                 thread=thread, in_reply_to=in_reply_to, links=links)


def bsky(author, name, text, hours, lang, thread=None, in_reply_to=None, links=None):
    return S.add("bluesky", author, text, hours, lang=lang, name=name,
                 thread=thread, in_reply_to=in_reply_to, links=links)


def shop_mail(text, hours, to, thread, lang):
    return S.reply("email", text, hours, to=rid(to), thread=rid(thread), lang=lang)


# ---------------------------------------------------------------- English

# Late wetsuit, one mail thread, non-committal answer, then a nudge.
a = mail("callum.doyle@fastmail.example", "Callum Doyle", "Order 58213 - where is it?",
         "Hi there,\n\nI ordered the Coldwater 4/3 (men's L) last week, order #58213, and paid "
         "for express because I've got a sea swim on Saturday. Tracking hasn't moved since "
         "Thursday, it just says 'in transit - hub'. Can you tell me what's going on?\n\n"
         "Thanks,\nCallum", 2, "en")
r = shop_mail("Hi Callum,\n\nThanks for getting in touch. We've raised it with the courier and "
              "we're looking into it - we'll let you know as soon as we hear back.\n\n"
              "Best,\nMaren\nHarbourline Swim", 5, a, a, "en")
b = mail("callum.doyle@fastmail.example", "Callum Doyle", "Re: Order 58213 - where is it?",
         "It's now Tuesday and the tracking STILL says hub. I paid £6.95 for express and it's "
         "slower than second class. Is it actually coming or not? I need to know whether to go "
         "and buy one locally before the weekend.\n\nCallum", 29, "en",
         thread=rid(a), in_reply_to=rid(r))
c = mail("callum.doyle@fastmail.example", "Callum Doyle", "Re: Order 58213 - where is it?",
         "Hello?? Still nothing. No wetsuit, no reply.", 52, "en",
         thread=rid(a), in_reply_to=rid(b))
S.group("en", "one identity", a, b, c)
callum_first = a

# Broken goggles: Mastodon first, then a mail whose sender links the Mastodon account.
a = masto("@hpike@swim.town", "Hannah Pike",
          "@harbourline@sea.social hey, got my Clearwater Pro goggles today and the little clip "
          "on the strap snapped the first time I adjusted it. Literally first swim. Not "
          "impressed 😕", 20, "en")
b = mail("hannah.pike@posteo.example", "Hannah Pike", "Broken goggles",
         "Hello,\n\nI tagged you on Mastodon a couple of days ago but heard nothing, so trying "
         "email instead. The goggles I bought from you (order 58240) broke on first use - the "
         "plastic buckle just cracked in half when I tightened the strap. I'd like a "
         "replacement pair or my money back please.\n\nHannah Pike", 70, "en",
         links=["@hpike@swim.town"])
S.group("en", "profile link", a, b)
S.same_person.append(["mastodon:@hpike@swim.town", "email:hannah.pike@posteo.example"])

# Discount code refused, twice on Bluesky.
a = bsky("jules-on-the-tiles.bsky.social", "jules 🏊",
         "@harbourline.bsky.social your newsletter code SPLASH15 says 'not valid' at checkout?? "
         "it's literally the code from yesterday's email. trying to get the Kelp bikini before "
         "my size goes", 40, "en")
b = bsky("jules-on-the-tiles.bsky.social", "jules 🏊",
         "ok tried again on phone AND laptop, SPLASH15 still 'invalid'. so is the 15% thing "
         "real or", 44, "en")
S.group("en", "one identity", a, b)

# Refund after a return, polite then less so.
a = mail("m.osei@ppost.example", "Margaret Osei", "Refund for returned swimsuit",
         "Dear Harbourline,\n\nI returned the Tidewater one-piece (navy, size 14) on the 17th as "
         "it was too small in the body. The Royal Mail tracking shows you received it on the "
         "22nd. I have not yet had my refund of £48.00. Could you please look into this.\n\n"
         "Kind regards,\nMargaret Osei", 75, "en")
r = shop_mail("Dear Margaret,\n\nThank you for your email. Returns are normally processed within "
              "5-7 working days, but we'll check on this for you.\n\nKind regards,\n"
              "Harbourline Swim", 80, a, a, "en")
b = mail("m.osei@ppost.example", "Margaret Osei", "Re: Refund for returned swimsuit",
         "Dear Harbourline,\n\nIt is now well over a week since you received the parcel and the "
         "money has still not appeared on my card. I would appreciate a proper answer this time "
         "rather than a standard reply.\n\nMargaret Osei", 172, "en",
         thread=rid(a), in_reply_to=rid(r))
S.group("en", "one identity", a, b)

# Double charge: mail, then Bluesky under the same display name.
a = mail("priya.r@outlook.example", "Priya Raman", "Charged twice??",
         "Hi,\n\nMy card has been charged twice for order 58302 (£71.50 each time) - the pool "
         "bag and two pairs of goggles. I only got one confirmation email. Please refund the "
         "duplicate.\n\nPriya\n\nSent from my iPhone", 100, "en")
b = bsky("priyaraman.bsky.social", "Priya Raman",
         "emailed @harbourline.bsky.social two days ago about being charged twice for one order. "
         "£143 gone from my account for £71.50 worth of stuff. any chance of a reply?", 150, "en")
S.group("en", "same name only", a, b)
S.same_person.append(["email:priya.r@outlook.example", "bluesky:priyaraman.bsky.social"])

# "Delivered" but no parcel.
a = masto("@dkearney@toot.example", "Dara Kearney",
          "@harbourline@sea.social tracking says my order was delivered yesterday 14:02 'left in "
          "safe place'. there is no safe place. there is no parcel. checked with the neighbours, "
          "the bins, behind the plant pot. #58331", 150, "en")
b = masto("@dkearney@toot.example", "Dara Kearney",
          "@harbourline@sea.social still no sign of that 'delivered' parcel. who do I talk to, you "
          "or the courier? because the courier's chatbot just sends me back to you", 196, "en")
S.group("en", "one identity", a, b)

# ---------------------------------------------------------------- Spanish

# Wrong size, three posts on Bluesky.
a = bsky("luciaferrer.bsky.social", "Lucía Ferrer",
         "Hola @harbourline.bsky.social pedí el bañador Tidewater en talla M y me ha llegado una "
         "XL 🙃 pedido 58227. Como lo cambio?", 30, "es")
b = bsky("luciaferrer.bsky.social", "Lucía Ferrer",
         "Nadie lee esto? sigo con un bañador que me queda como una tienda de campaña", 54, "es")
c = bsky("luciaferrer.bsky.social", "Lucía Ferrer",
         "Tercer intento @harbourline.bsky.social ... me mandasteis la talla que no era, "
         "necesito la M. Gracias por nada de momento", 98, "es")
S.reply("bluesky", "Hola Lucía, perdona la espera 🙏 Te escribimos por mensaje privado para "
        "gestionar el cambio.", 101, to=rid(c), thread=rid(a), lang="es")
S.group("es", "one identity", a, b, c)

# Cannot log in, reset mail never arrives.
a = mail("javimontes@correo.example", "Javier Montes", "No puedo acceder a mi cuenta",
         "Buenas,\n\nllevo desde ayer intentando entrar en mi cuenta y me dice que la contraseña "
         "es incorrecta. Le doy a 'he olvidado mi contraseña' y el correo no llega nunca (he "
         "mirado en spam). Mi usuario es este mismo email.\n\nUn saludo,\nJavier Montes",
         60, "es")
r = shop_mail("Hola Javier,\n\ngracias por avisar. Lo estamos revisando con el equipo técnico y "
              "te decimos algo en cuanto podamos.\n\nUn saludo,\nHarbourline Swim", 66, a, a, "es")
b = mail("javimontes@correo.example", "Javier Montes", "RE: No puedo acceder a mi cuenta",
         "Hola de nuevo. Sigo igual, ni entro ni me llega nada para cambiar la clave. Quiero "
         "hacer un pedido antes del finde y no hay manera. Alguna solucion??\n\nJavier",
         110, "es", thread=rid(a), in_reply_to=rid(r))
S.group("es", "one identity", a, b)
javier_first = a

# Refund after a return: mail, then Mastodon with the address on the profile.
a = mail("carmenruiz@telefonica.example", "Carmen Ruiz", "Devolución pedido nº 58190",
         "Hola,\n\nel día 24 devolví las gafas Mistless y la bolsa de piscina del pedido nº 58190. "
         "Según el seguimiento os llegó el 28. Todavía no he recibido el reembolso (34,90 €). "
         "¿Podéis decirme cuándo lo vais a hacer?\n\nGracias,\nCarmen Ruiz", 120, "es")
b = masto("@carmen_rz@mastodon.example", "Carmen R.",
          "@harbourline@sea.social os escribí por email hace 3 días y nada. Sigo esperando el "
          "dinero de una devolución que tenéis en vuestro almacén desde hace una semana. 34,90€ "
          "no es mucho pero es MÍO 😤", 190, "es", links=["carmenruiz@telefonica.example"])
S.group("es", "profile link", a, b)
S.same_person.append(["email:carmenruiz@telefonica.example", "mastodon:@carmen_rz@mastodon.example"])

# Parcel lost.
a = bsky("andresvb.bsky.social", "Andrés V.",
         "@harbourline.bsky.social el seguimiento de mi pedido lleva 6 dias parado en 'en "
         "reparto' y en correos dicen que no lo tienen. Se ha perdido? es el neopreno shorty",
         210, "es")
b = bsky("andresvb.bsky.social", "Andrés V.",
         "pues nada, ni paquete ni respuesta. alguien me dice donde esta mi neopreno o lo doy "
         "por perdido? @harbourline.bsky.social", 260, "es")
S.group("es", "one identity", a, b)

# ---------------------------------------------------------------- German

# Invoice made out wrongly, three mails in one thread.
a = mail("t.kranz@web.example", "Tobias Kranz", "Rechnung zu Bestellung 58255 fehlerhaft",
         "Guten Tag,\n\nauf der Rechnung zur Bestellung 58255 (12x Schwimmbrille für unsere "
         "Jugendgruppe) steht als Rechnungsempfänger nur mein Name, nicht der Verein. Außerdem "
         "ist die MwSt. nicht ausgewiesen. So kann unser Kassenwart das nicht verbuchen. Bitte "
         "schicken Sie eine korrigierte Rechnung an diese Adresse.\n\nMit freundlichen Grüßen\n"
         "Tobias Kranz\nSV Reutin e.V., Abt. Schwimmen", 49, "de")
r = shop_mail("Hallo Herr Kranz,\n\ndanke für Ihre Nachricht. Wir schauen uns das an und melden "
              "uns.\n\nViele Grüße\nHarbourline Swim", 54, a, a, "de")
b = mail("t.kranz@web.example", "Tobias Kranz", "AW: Rechnung zu Bestellung 58255 fehlerhaft",
         "Hallo nochmal,\n\nleider habe ich bis heute keine neue Rechnung bekommen. Der "
         "Kassenwart sitzt mir im Nacken. Empfänger muss der Verein sein und die MwSt muss "
         "drauf.\n\nGruß\nT. Kranz", 120, "de", thread=rid(a), in_reply_to=rid(r))
c = mail("t.kranz@web.example", "Tobias Kranz", "AW: AW: Rechnung zu Bestellung 58255 fehlerhaft",
         "Zum dritten Mal: wir brauchen eine korrekte Rechnung. Ist das wirklich so schwer?",
         166, "de", thread=rid(a), in_reply_to=rid(b))
S.group("de", "one identity", a, b, c)

# Wetsuit zip torn out.
a = masto("@kathi_s@muenster.example", "Kathi 🌊",
          "Hey @harbourline@sea.social, der Rückenreißverschluss von meinem neuen Coldwater ist "
          "beim zweiten Anziehen ausgerissen. Das Ding hat 289 € gekostet. Wie läuft das mit "
          "Garantie?", 85, "de")
b = masto("@kathi_s@muenster.example", "Kathi 🌊",
          "@harbourline@sea.social Nochmal: Neo nach 2x tragen kaputt, Zipper komplett raus. Hätte "
          "gern ne Antwort bevor die Freiwassersaison losgeht 🙄", 130, "de")
S.group("de", "one identity", a, b)
kathi_first = a

# Cancelled membership still billed: Bluesky, then mail, same name.
a = bsky("jensolbrich.bsky.social", "Jens Olbrich",
         "@harbourline.bsky.social hab meine Club-Mitgliedschaft im März gekündigt (Bestätigung "
         "hab ich), trotzdem heute wieder 4,99 abgebucht. Bitte stoppen + zurück.", 15, "de")
b = mail("jens.olbrich@gmx.example", "Jens Olbrich",
         "Kündigung Club-Mitgliedschaft - trotzdem abgebucht",
         "Hallo,\n\nich habe meine Mitgliedschaft am 12.03. gekündigt, die Bestätigung hänge ich "
         "unten an. Trotzdem wurde am 27.04. erneut der Monatsbeitrag per PayPal eingezogen. Ich "
         "bitte um Erstattung und um Bestätigung, dass nichts mehr abgebucht wird.\n\n"
         "Jens Olbrich\n\n---------- Weitergeleitete Nachricht ----------\n"
         "Betreff: Deine Kündigung ist bestätigt\nHallo Jens, schade, dass du gehst! ...",
         64, "de")
S.group("de", "same name only", a, b)
S.same_person.append(["bluesky:jensolbrich.bsky.social", "email:jens.olbrich@gmx.example"])

# Return label never came.
a = mail("sabine.hofer@aon.example", "Sabine Hofer", "Retoure",
         "Servus,\n\nich hab vor 4 Tagen über euer Formular eine Retoure angemeldet (Badeanzug "
         "passt nicht), aber das Retourenlabel ist nie gekommen. Im Spam auch nix. Bestellnr. "
         "58287.\n\nLG Sabine", 230, "de")
r = shop_mail("Hallo Sabine,\n\ndanke für deine Nachricht, wir kümmern uns darum.\n\n"
              "Viele Grüße\nHarbourline Swim", 236, a, a, "de")
b = mail("sabine.hofer@aon.example", "Sabine Hofer", "Re: Retoure",
         "Hallo, das Label ist immer noch nicht da. Die 14 Tage laufen mir davon!! Schickt es "
         "mir doch einfach als PDF.\nSabine", 300, "de", thread=rid(a), in_reply_to=rid(r))
S.group("de", "one identity", a, b)

# ---------------------------------------------------------------- French

# Parcel "delivered" but not received.
a = mail("elodie.marchand@laposte.example", "Élodie Marchand", "colis marqué livré mais rien reçu",
         "Bonjour,\n\nLe suivi de ma commande 58318 indique « livré » hier à 11h, mais je n'ai "
         "rien reçu, ni dans la boîte aux lettres ni chez la gardienne. Pouvez-vous ouvrir une "
         "enquête auprès du transporteur ?\n\nCordialement,\nÉlodie Marchand", 140, "fr")
r = shop_mail("Bonjour Élodie,\n\nMerci pour votre message, nous nous renseignons auprès du "
              "transporteur et revenons vers vous.\n\nBien cordialement,\nHarbourline Swim",
              146, a, a, "fr")
b = mail("elodie.marchand@laposte.example", "Élodie Marchand",
         "RE: colis marqué livré mais rien reçu",
         "Bonjour,\n\ntoujours rien, ni colis ni nouvelles. Ça fait 4 jours. Je commence à "
         "penser que je ne reverrai jamais ma combi...\n\nÉ. Marchand", 215, "fr",
         thread=rid(a), in_reply_to=rid(r))
S.group("fr", "one identity", a, b)
elodie_first = a

# Wrong colour: twice on Mastodon, then a mail that links the Mastodon account.
a = masto("@nicogarnier@piaille.example", "Nico",
          "@harbourline@sea.social commandé un short de bain Marlin bleu marine, reçu un… rose "
          "fluo. Bon j'ai rien contre le rose mais c'est pas ce que j'ai payé. cde 58233", 25, "fr")
b = masto("@nicogarnier@piaille.example", "Nico",
          "@harbourline@sea.social toujours en rose fluo ici 🩷 quelqu'un peut me dire comment "
          "on échange ?", 49, "fr")
c = mail("nico.garnier@free.example", "Nicolas Garnier", "Erreur de couleur commande 58233",
         "Bonjour,\n\nJe vous ai écrit deux fois sur Mastodon sans réponse. J'ai reçu le short "
         "Marlin en rose au lieu du bleu marine commandé (commande 58233). Je souhaite un "
         "échange, merci de m'envoyer une étiquette retour.\n\nNicolas Garnier", 96, "fr",
         links=["@nicogarnier@piaille.example"])
S.group("fr", "profile link", a, b, c)
S.same_person.append(["mastodon:@nicogarnier@piaille.example", "email:nico.garnier@free.example"])

# Site crashes at payment.
a = bsky("ines-b.bsky.social", "Inès",
         "@harbourline.bsky.social votre site plante à chaque fois que je clique sur « payer » "
         "(page blanche puis erreur 500). testé sur chrome et firefox. je voulais juste des "
         "lunettes 😩", 260, "fr")
b = bsky("ines-b.bsky.social", "Inès",
         "bon toujours la page blanche au moment de payer. je laisse tomber pour ce soir", 262, "fr")
S.group("fr", "one identity", a, b)

# Charged twice, no accents, second mail a new thread.
a = mail("jm.lefevre@orange.example", "Jean-Marc Lefevre", "double prelevement",
         "bonjour\nj ai ete preleve 2 fois de 62,40 euros pour la meme commande (58377) le "
         "08/05. merci de rembourser le 2eme prelevement\ncordialement\nJM Lefevre", 325, "fr")
b = mail("jm.lefevre@orange.example", "Jean-Marc Lefevre", "TOUJOURS PAS REMBOURSE",
         "Re-bonjour, toujours rien recu pour le paiement en double. 124,80 au lieu de 62,40 "
         "sur mon releve. J attend une reponse.\nJM Lefevre", 400, "fr")
S.group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese

# Late order.
a = mail("rita.carvalho@sapo.example", "Rita Carvalho", "Encomenda 58266 atrasada",
         "Boa tarde,\n\nfiz a encomenda 58266 há 9 dias (um fato de banho e uma touca) e o prazo "
         "era de 3 a 5 dias úteis. Os CTT dizem que ainda não receberam o volume. Podem "
         "verificar o que se passa?\n\nObrigada,\nRita Carvalho", 90, "pt")
r = shop_mail("Olá Rita,\n\nobrigado pela mensagem. Estamos a verificar com a transportadora e "
              "damos notícias em breve.\n\nCumprimentos,\nHarbourline Swim", 98, a, a, "pt")
b = mail("rita.carvalho@sapo.example", "Rita Carvalho", "RE: Encomenda 58266 atrasada",
         "Olá, então? Já lá vão quase duas semanas e nada, nem aparece no site dos CTT. Se não "
         "conseguem enviar prefiro cancelar e ter o dinheiro de volta.\nRita", 170, "pt",
         thread=rid(a), in_reply_to=rid(r))
S.group("pt", "one identity", a, b)
rita_first = a

# Missing strap: Bluesky, then Mastodon, same name.
a = bsky("thiagoalmeida.bsky.social", "Thiago Almeida",
         "@harbourline.bsky.social chegou minha bolsa Deckbag mas veio sem a alça de ombro 🤔 no "
         "site aparece com alça. pedido 58340", 175, "pt")
b = masto("@thiagoalm@bolha.example", "Thiago Almeida",
          "@harbourline@sea.social oi, comprei a Deckbag 30L e veio faltando a alça. já falei no "
          "bluesky e ninguém respondeu. como eu resolvo isso?", 225, "pt")
S.group("pt", "same name only", a, b)
S.same_person.append(["bluesky:thiagoalmeida.bsky.social", "mastodon:@thiagoalm@bolha.example"])

# Welcome coupon "expired".
a = masto("@joana_mf@social.example", "Joana",
          "@harbourline@sea.social o cupão de boas-vindas BEMVINDA10 não dá, diz 'cupão expirado' "
          "mas recebi-o ontem no email 🤷‍♀️", 360, "pt")
b = masto("@joana_mf@social.example", "Joana",
          "@harbourline@sea.social continua a dar expirado... tenho de pagar o preço cheio ou quê?",
          385, "pt")
S.group("pt", "one identity", a, b)

# ---------------------------------------------------------------- Italian

# Refund after a return, three mails.
a = mail("giulia.ferri@libero.example", "Giulia Ferri", "Rimborso reso ordine 58177",
         "Buongiorno,\n\nho restituito la muta Shorty 2mm (ordine 58177) il 15 aprile e dal "
         "tracking risulta consegnata al vostro magazzino il 21. Ad oggi nessun rimborso "
         "(119 €). Potete verificare?\n\nGrazie,\nGiulia Ferri", 10, "it")
r = shop_mail("Gentile Giulia,\n\ngrazie per averci scritto, stiamo verificando con il "
              "magazzino.\n\nCordiali saluti,\nHarbourline Swim", 30, a, a, "it")
b = mail("giulia.ferri@libero.example", "Giulia Ferri", "R: Rimborso reso ordine 58177",
         "Buongiorno, sono passati altri 3 giorni e del rimborso neanche l'ombra. Mi dite almeno "
         "se è stato approvato?\nGiulia", 105, "it", thread=rid(a), in_reply_to=rid(r))
c = mail("giulia.ferri@libero.example", "Giulia Ferri", "R: Rimborso reso ordine 58177",
         "Ancora niente. Sto pensando di aprire una contestazione con la banca.\nG. Ferri",
         150, "it", thread=rid(a), in_reply_to=rid(b))
S.group("it", "one identity", a, b, c)

# Rude courier: Mastodon, then Bluesky with the Mastodon account on the profile.
a = masto("@mbellini@mastodon.example", "Marco Bellini",
          "@harbourline@sea.social il vostro corriere oggi mi ha lanciato il pacco oltre il "
          "cancello e quando gli ho fatto notare la cosa mi ha mandato a quel paese. Complimenti. "
          "Sceglietevi meglio chi consegna.", 280, "it")
b = bsky("marcobellini.bsky.social", "Marco B.",
         "Già scritto su Mastodon ma lo ripeto anche qui @harbourline.bsky.social: il corriere "
         "che usate è stato maleducatissimo, pacco buttato dal cancello e pure insulti. Non è "
         "accettabile.", 330, "it", links=["@mbellini@mastodon.example"])
S.group("it", "profile link", a, b)
S.same_person.append(["mastodon:@mbellini@mastodon.example", "bluesky:marcobellini.bsky.social"])

# Goggles arrived cracked.
a = bsky("sara-v.bsky.social", "Sara V",
         "@harbourline.bsky.social occhialini Clearwater arrivati con la lente sinistra crepata "
         "😢 ordine 58350. come faccio per la sostituzione?", 300, "it")
b = bsky("sara-v.bsky.social", "Sara V",
         "ehi @harbourline.bsky.social ci siete? occhialini nuovi già rotti e nessuna risposta",
         347, "it")
S.group("it", "one identity", a, b)

# ---------------------------------------------------------------- Dutch

# Wrong size: mail, then Bluesky, same name.
a = mail("sanne.devries@ziggo.example", "Sanne de Vries", "Verkeerde maat ontvangen",
         "Hoi,\n\nIk heb het Kelp bikinitopje in maat 38 besteld (bestelling 58361) maar er zat "
         "maat 34 in de doos. Kunnen jullie de goede maat sturen? Ik ga over twee weken op "
         "vakantie.\n\nGroetjes,\nSanne de Vries", 250, "nl")
b = bsky("sannedv.bsky.social", "Sanne de Vries",
         "@harbourline.bsky.social donderdag een mail gestuurd over een verkeerde maat (34 ipv "
         "38), nog niks gehoord. kan iemand even kijken? vakantie komt eraan 😅", 310, "nl")
S.group("nl", "same name only", a, b)
S.same_person.append(["email:sanne.devries@ziggo.example", "bluesky:sannedv.bsky.social"])

# Cannot log in (Flemish).
a = masto("@pjanssens@toot.example", "Pieter-Jan",
          "@harbourline@sea.social ik kan niet meer inloggen op mijn account, krijg telkens "
          "'sessie verlopen' na het ingeven van mijn wachtwoord. Iemand anders ook?", 195, "nl")
b = masto("@pjanssens@toot.example", "Pieter-Jan",
          "@harbourline@sea.social nog altijd 'sessie verlopen'. cookies gewist, andere browser, "
          "niks helpt. hoe geraak ik nu aan mijn bestellingen?", 240, "nl")
S.group("nl", "one identity", a, b)

# Parcel stuck.
a = mail("h.bos@kpn.example", "Henk Bos", "Pakket 58390 kwijt?",
         "Goedemiddag,\n\nMijn bestelling 58390 zou vorige week donderdag bezorgd worden. De "
         "track & trace staat al 5 dagen op 'sorteercentrum'. PostNL zegt dat ik bij de afzender "
         "moet zijn. Dus bij deze.\n\nMet vriendelijke groet,\nHenk Bos", 368, "nl")
r = shop_mail("Beste Henk,\n\nBedankt voor uw bericht, we zoeken het voor u uit.\n\n"
              "Met vriendelijke groet,\nHarbourline Swim", 372, a, a, "nl")
b = mail("h.bos@kpn.example", "Henk Bos", "Re: Pakket 58390 kwijt?",
         "Nog steeds niks. Kunnen jullie niet gewoon een nieuw pakket sturen of het geld "
         "terugstorten? Ik wacht nu al bijna twee weken.\nH. Bos", 440, "nl",
         thread=rid(a), in_reply_to=rid(r))
S.group("nl", "one identity", a, b)

# ---------------------------------------------------------------- Catalan

# Invoice in the wrong name: mail, then Mastodon with the address on the profile.
a = mail("marta.puig@xtec.example", "Marta Puig", "Factura comanda 58305",
         "Bon dia,\n\nLa factura de la comanda 58305 surt a nom del meu germà (Jordi Puig, suposo "
         "que per l'adreça d'enviament) i sense el meu NIF. La necessito a nom meu per "
         "presentar-la a la feina.\n\nGràcies,\nMarta Puig", 194, "ca")
b = masto("@martapuig@mastodont.example", "Marta",
          "@harbourline@sea.social us vaig escriure per correu fa uns dies per la factura mal feta "
          "(a nom del meu germà i sense NIF) i encara res. Algú m'ho pot arreglar, sisplau?",
          270, "ca", links=["marta.puig@xtec.example"])
S.group("ca", "profile link", a, b)
S.same_person.append(["email:marta.puig@xtec.example", "mastodon:@martapuig@mastodont.example"])
marta_first = a

# Order not arrived: Bluesky, then mail, same name.
a = bsky("pauserra.bsky.social", "Pau Serra",
         "@harbourline.bsky.social fa 10 dies que vaig fer la comanda (ulleres + gorro) i encara "
         "no ha arribat res. el seguiment no es mou", 410, "ca")
b = mail("pauserra91@correu.example", "Pau Serra", "comanda no rebuda",
         "Hola,\n\nVaig fer una comanda el dia 4 (núm. 58395, unes ulleres Mistless i un gorro de "
         "silicona) i encara no l'he rebut. Ja us ho vaig dir per Bluesky. Em podeu dir on "
         "para?\n\nPau", 455, "ca")
S.group("ca", "same name only", a, b)
S.same_person.append(["bluesky:pauserra.bsky.social", "email:pauserra91@correu.example"])

# App crashes on the basket.
a = masto("@nuriacs@mastodont.example", "Núria",
          "@harbourline@sea.social l'app se'm tanca sola cada cop que obro la cistella. Android "
          "14, l'última versió. Així no hi ha manera de comprar res 😅", 470, "ca")
b = masto("@nuriacs@mastodont.example", "Núria",
          "@harbourline@sea.social segueix petant l'app quan vaig a la cistella... alguna idea?",
          492, "ca")
S.group("ca", "one identity", a, b)

# ---------------------------------------------------------------- follow-ups

a = mail("oliver.grant@mailbox.example", "Oliver Grant", "Bag arrived torn",
         "Hi, my Deckbag arrived today with a rip along the bottom seam, about 5cm. Order 58201. "
         "Bit gutted as it's a birthday present.\nOliver", 12, "en")
r = shop_mail("Hi Oliver,\n\nSorry to hear that! Could you send us a photo of the tear so we can "
              "get a replacement out?\n\nThanks,\nHarbourline Swim", 18, a, a, "en")
b = mail("oliver.grant@mailbox.example", "Oliver Grant", "Re: Bag arrived torn",
         "Photo attached - you can see where the seam's come apart at the corner.\nCheers, Oliver",
         22, "en", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "sends the photo the shop asked for")

a = mail("pilisanz@correo.example", "Pilar Sanz", "Gafas sin funda",
         "Hola, me han llegado las gafas de natación pero sin la funda rígida que sale en la "
         "foto de la web. ¿Me la podéis mandar?\nGracias\nPilar", 135, "es")
r = shop_mail("Hola Pilar,\n\nclaro que sí. ¿Nos puedes indicar el número de pedido?\n\n"
              "Un saludo,\nHarbourline Swim", 139, a, a, "es")
b = mail("pilisanz@correo.example", "Pilar Sanz", "RE: Gafas sin funda",
         "Perdón, se me olvidó. Es el 58312.\nPilar", 141, "es", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

a = mail("markus.lenz@t-online.example", "Markus Lenz", "Falscher Artikel geliefert",
         "Hallo,\n\nin meinem Paket war leider nicht die bestellte Badehose, sondern etwas ganz "
         "anderes. Bestellung 58279.\n\nGruß\nMarkus Lenz", 180, "de")
r = shop_mail("Hallo Herr Lenz,\n\ndas tut uns leid. Können Sie uns sagen, welcher Artikel "
              "genau bei Ihnen angekommen ist (steht auf dem Etikett)?\n\nViele Grüße\n"
              "Harbourline Swim", 184, a, a, "de")
b = mail("markus.lenz@t-online.example", "Markus Lenz", "AW: Falscher Artikel geliefert",
         "Hallo, auf dem Etikett steht 'Tidewater Damen-Badeanzug, Gr. 40, petrol'. Also "
         "definitiv nicht meins 😄\nGruß M. Lenz", 190, "de", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "says which item came, as the shop asked")

a = masto("@camille_nage@piaille.example", "Camille",
          "@harbourline@sea.social bonjour ! ma commande devait arriver mardi et toujours rien, "
          "vous pouvez regarder ?", 290, "fr")
b = masto("@camille_nage@piaille.example", "Camille",
          "@harbourline@sea.social PS : c'est la commande 58366, livraison en point relais "
          "(Mondial Relay)", 291, "fr", thread=rid(a), in_reply_to=rid(a))
S.negative("follow-up", a, b, "adds the order number and delivery mode under her own post")

a = mail("elena.conti@tiscali.example", "Elena Conti", "Non riesco ad accedere",
         "Salve, non riesco più ad entrare nel mio account, mi dice 'utente non trovato'. Eppure "
         "ho già fatto due ordini.\nElena", 340, "it")
r = shop_mail("Gentile Elena,\n\nci può indicare l'indirizzo email con cui si è registrata? "
              "Forse non è questo.\n\nCordiali saluti,\nHarbourline Swim", 345, a, a, "it")
b = mail("elena.conti@tiscali.example", "Elena Conti", "R: Non riesco ad accedere",
         "Ah giusto, forse avevo usato quello di lavoro: elena.conti@studio-conti.example\n"
         "Grazie\nElena", 349, "it", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the address the shop asked for")

a = bsky("lottevb.bsky.social", "Lotte",
         "@harbourline.bsky.social mijn nieuwe badpak is na 1x wassen op 30 graden helemaal "
         "verkleurd, witte vlekken op de rug. is dat normaal?", 395, "nl")
b = bsky("lottevb.bsky.social", "Lotte",
         "ps foto van de vlekken 👇", 396, "nl", thread=rid(a), in_reply_to=rid(a))
S.negative("follow-up", a, b, "adds a photo under her own post")

# ---------------------------------------------------------------- other complaints

b = mail("callum.doyle@fastmail.example", "Callum Doyle", "Wetsuit arrived - wrong size",
         "Finally got the wetsuit (58213) - thanks for nothing to the courier - but it's a "
         "men's M, not the L I ordered. The bag says L, the label inside says M. Can I swap it? "
         "Don't really fancy waiting another week.\n\nCallum", 130, "en")
S.negative("other-complaint", callum_first, b, "late delivery, then the wrong size in the same order")

b = mail("javimontes@correo.example", "Javier Montes", "Gafas rayadas",
         "Hola, al final pude entrar y hacer el pedido (58329), pero las gafas han llegado con "
         "la lente derecha rayada. ¿Cómo hago la devolución?\nJavier", 200, "es")
S.negative("other-complaint", javier_first, b, "cannot log in, then scratched goggles")

b = masto("@kathi_s@muenster.example", "Kathi 🌊",
          "@harbourline@sea.social und mal ganz nebenbei: auf meiner Rechnung stehen die "
          "Versandkosten zweimal (2x 4,95). Wäre nett, wenn das auch mal jemand korrigiert.",
          160, "de")
S.negative("other-complaint", kathi_first, b, "broken zip, then shipping billed twice")

b = mail("elodie.marchand@laposte.example", "Élodie Marchand", "Facture commande 58318",
         "Bonjour,\n\nJ'ai finalement récupéré le colis chez un voisin, merci. Par contre la "
         "facture mentionne une livraison express à 9,90 € alors que j'avais choisi la livraison "
         "standard gratuite. Pouvez-vous rectifier ?\n\nCordialement,\nÉlodie Marchand", 262, "fr")
S.negative("other-complaint", elodie_first, b, "parcel not received, then express shipping wrongly billed")

b = mail("rita.carvalho@sapo.example", "Rita Carvalho", "Touca cor errada",
         "Olá,\n\nrecebi finalmente a encomenda, obrigada. Mas a touca veio preta e eu escolhi "
         "azul-turquesa. Dá para trocar?\n\nRita", 230, "pt")
S.negative("other-complaint", rita_first, b, "late order, then a cap in the wrong colour")

b = mail("marta.puig@xtec.example", "Marta Puig", "Descompte club no aplicat",
         "Hola de nou,\n\nUna altra cosa de la mateixa comanda (58305): sóc del club de natació i "
         "el 10% de descompte per a clubs no s'ha aplicat, tot i que vaig posar el codi. Em podeu "
         "tornar la diferència?\n\nMarta", 320, "ca")
S.negative("other-complaint", marta_first, b, "invoice in the wrong name, then a club discount not applied")

# ---------------------------------------------------------------- other customers

a = bsky("ruthiejk.bsky.social", "Ruth",
         "is the @harbourline.bsky.social site down for anyone else? getting a 502 on every page",
         420, "en")
b = bsky("ben-swims-early.bsky.social", "Ben",
         "harbourline website dead? wanted to grab some goggles before the pool opens 🙃", 421, "en")
S.negative("other-customer", a, b, "two people hit the same site outage")

a = mail("anja.weber@posteo.example", "Anja Weber", "Bestellung 58270 noch nicht da",
         "Hallo,\n\nunsere Bestellung 58270 (zwei Kinder-Badeanzüge und eine Poolbag) ist seit "
         "über einer Woche unterwegs und kommt einfach nicht an. Können Sie nachsehen?\n\n"
         "Viele Grüße\nAnja Weber", 215, "de")
b = mail("stefan.weber@firma.example", "Stefan Weber", "Lieferung 58270",
         "Guten Tag,\n\nich wollte nachfragen, wo unsere Bestellung 58270 bleibt. Meine Frau hat "
         "sie bestellt, ich hab bezahlt, und die Kinder fragen jeden Tag nach ihren "
         "Badeanzügen.\n\nStefan Weber", 240, "de")
S.negative("other-customer", a, b, "a couple writing separately about their one late order")

a = mail("sam.carter@ppost.example", "Sam Carter", "Refund for goggles return",
         "Hi,\n\nI sent back my son's junior goggles (order 58222) from the Leeds post office "
         "nearly two weeks ago and haven't had the £18 back yet. Can you check?\n\nThanks\n"
         "Sam Carter", 110, "en")
b = masto("@samc@mastodon.example", "Sam Carter",
          "@harbourline@sea.social returned my wetsuit (order 58309) via An Post here in Cork 10 "
          "days ago, still waiting on my €240. what's the story?", 160, "en")
S.negative("other-customer", a, b,
           "two different people called Sam Carter, each waiting for a refund on their own order")
S.same_name_different_people.append(["email:sam.carter@ppost.example", "mastodon:@samc@mastodon.example"])

a = bsky("mariagarcia-sev.bsky.social", "María García",
         "@harbourline.bsky.social mi pedido 58288 (bikini Kelp) lleva una semana sin moverse "
         "del almacén de Sevilla. alguna noticia?", 280, "es")
b = mail("mgarcia.valencia@correo.example", "María García", "Pedido sin llegar",
         "Buenos días,\n\nhice el pedido 58344 (dos gorros y unas gafas para mi hija) y todavía no "
         "ha llegado a Valencia. ¿Sabéis algo?\n\nUn saludo,\nMaría García", 305, "es")
S.negative("other-customer", a, b,
           "two different women called María García, each with her own late order")
S.same_name_different_people.append(["bluesky:mariagarcia-sev.bsky.social",
                                     "email:mgarcia.valencia@correo.example"])

a = masto("@lea_dlr@piaille.example", "Léa",
          "@harbourline@sea.social le code LOUISE20 de la vidéo de Louise marche pas, « code "
          "inconnu ». il est encore valable ?", 125, "fr")
b = masto("@thomasrc@mamot.example", "Thomas",
          "@harbourline@sea.social votre code promo LOUISE20 ne fonctionne pas chez moi non plus", 127,
          "fr")
S.negative("other-customer", a, b, "two followers of the same influencer, same code refused")

a = bsky("anacosta.bsky.social", "Ana Costa",
         "@harbourline.bsky.social a app fecha sozinha desde a última atualização, nem chego à "
         "página inicial", 282, "pt")
b = masto("@brunomelo@bolha.example", "Bruno Melo",
          "@harbourline@sea.social a app de vocês tá crashando direto depois da atualização de "
          "ontem, alguém mais?", 285, "pt")
S.negative("other-customer", a, b, "two people with the same app crash after an update")

# ---------------------------------------------------------------- window

a = mail("grace.lin@mailbox.example", "Grace Lin", "Can't log in",
         "Hi, I can't log into my account - it keeps saying my email isn't recognised, but I've "
         "ordered from you before. Can you help?\nGrace", 8, "en")
b = mail("grace.lin@mailbox.example", "Grace Lin", "Still can't log in",
         "Hi again, I still can't get into my account. Same 'email not recognised' message. "
         "It's getting silly now.\nGrace", 205, "en")
S.negative("window", a, b, "the same login problem raised again eight days later")

a = masto("@diegoferrer@mastodon.example", "Diego",
          "@harbourline@sea.social el código BIENVENIDA10 no funciona, me dice que no es valido",
          95, "es")
b = masto("@diegoferrer@mastodon.example", "Diego",
          "@harbourline@sea.social otra vez intento usar el BIENVENIDA10 y otra vez 'no valido'. "
          "para que lo mandais entonces?", 300, "es")
S.negative("window", a, b, "the same coupon complaint eight and a half days later")

a = bsky("lenakoch.bsky.social", "Lena Koch",
         "@harbourline.bsky.social mein Paket ist laut DHL seit 4 Tagen 'in Zustellung'. Wo "
         "steckt es?", 50, "de")
b = bsky("lenakoch.bsky.social", "Lena Koch",
         "@harbourline.bsky.social und wieder: Paket angeblich in Zustellung, nix da. "
         "Ernsthaft??", 262, "de")
S.negative("window", a, b, "the same missing parcel again nearly nine days later")

a = mail("francesca.r@alice.example", "Francesca Rinaldi", "Doppio addebito",
         "Buonasera, mi avete addebitato due volte l'ordine 58261 (54,80 €). Potete stornare il "
         "secondo addebito?\nFrancesca", 120, "it")
b = mail("francesca.r@alice.example", "Francesca Rinaldi", "Ancora doppio addebito ordine 58261",
         "Buonasera, vi scrivo di nuovo perché il doppio addebito dell'ordine 58261 è ancora "
         "sul mio estratto conto. Aspetto lo storno.\nFrancesca Rinaldi", 330, "it")
S.negative("window", a, b, "the same double charge raised again almost nine days later")

# ---------------------------------------------------------------- one-off questions

mail("declan.m@eircom.example", "Declan Murphy", "Shipping to Ireland",
     "Hi, do you ship to Ireland and if so roughly how long does it take? Cheers, Declan", 6, "en")
masto("@wildswimmer_k@swim.town", "Kate",
      "@harbourline@sea.social quick one - are the Kelp bikinis chlorine resistant or just for "
      "the sea? I swim indoors 3x a week", 33, "en")
bsky("tomhale.bsky.social", "Tom H",
     "any chance @harbourline.bsky.social restocks the Marlin trunks in XS? been sold out for ages",
     145, "en")
mail("noeliarm@correo.example", "Noelia R.", "Envíos a Canarias",
     "Hola, ¿hacéis envíos a Canarias? ¿Hay que pagar aduanas?\nGracias", 76, "es")
bsky("kikesurf.bsky.social", "Kike",
     "@harbourline.bsky.social que talla de neopreno me pillo? mido 1,80 y peso 75kg", 222, "es")
mail("birgit.haas@gmx.example", "Birgit Haas", "Coldwater für Kinder?",
     "Hallo, gibt es den Coldwater-Neoprenanzug auch in Kindergrößen (ca. 140)? Danke, Birgit",
     38, "de")
masto("@floh@hamburg.example", "Flo",
      "@harbourline@sea.social habt ihr eigentlich nen Laden in Hamburg, wo man mal anprobieren "
      "kann?", 310, "de")
mail("aurelie.petit@gmail.example", "Aurélie Petit", "Emballage cadeau",
     "Bonjour, est-il possible d'avoir un emballage cadeau pour une commande ? C'est pour un "
     "anniversaire. Merci !", 158, "fr")
bsky("gaspard-l.bsky.social", "Gaspard",
     "@harbourline.bsky.social les lunettes Clearwater existent en version correctrice ? je suis "
     "à -3", 355, "fr")
mail("clube.natacao.braga@sapo.example", "Clube Natação Braga", "Descontos para clubes",
     "Bom dia,\n\nsomos um clube de natação com 40 atletas. Fazem algum desconto para "
     "encomendas de clubes?\n\nCumprimentos,\nA Direção", 200, "pt")
masto("@lariss4@bolha.example", "Larissa",
      "@harbourline@sea.social vocês entregam no Brasil? amei os maiôs 😍", 430, "pt")
masto("@chiaram@mastodon.example", "Chiara",
      "@harbourline@sea.social la borsa Deckbag 30L entra negli armadietti della piscina? avete "
      "le misure?", 65, "it")
mail("paolo.gatti@fastwebnet.example", "Paolo Gatti", "Cambio indirizzo",
     "Salve, ho appena fatto l'ordine 58384 ma ho sbagliato il numero civico. Si può ancora "
     "correggere? Grazie\nPaolo", 375, "it")
bsky("noor-swims.bsky.social", "Noor",
     "@harbourline.bsky.social kunnen jullie ook badmutsen met een naam erop bedrukken? voor "
     "ons zwemteam", 275, "nl")
mail("wim.peeters@telenet.example", "Wim Peeters", "Zomercollectie",
     "Dag, weten jullie al wanneer de nieuwe zomercollectie online komt? Groeten, Wim", 460, "nl")
bsky("arnau-p.bsky.social", "Arnau",
     "@harbourline.bsky.social teniu botiga física a Barcelona o només online?", 185, "ca")

S.write(HERE, "Posts of the customers of a small swimwear shop in eight languages, written "
        "without sight of the repeat detector; labels as a person reading the posts would give "
        "them.")
