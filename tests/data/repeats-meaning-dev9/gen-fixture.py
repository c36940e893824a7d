#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A ninth labelled set of repeats in other words, for tuning, written to
test precision: it is rich in hard negatives.

Posts to "Cumbre & Carpa", a small online shop for outdoor and camping
gear (tents, sleeping bags, stoves, headlamps, packs, water filters), on
email, Mastodon and Bluesky, in eight languages. 20 true repeat groups
(15 pairs, 5 triples), 7 of them across channels. About 40 hard
negatives: the same customer within a week with a different problem
(often about the same order, in the same mail thread, opening with
"hi again", "also", "still"), information the shop asked for and thanks,
different people sharing one display name with the same kind of
complaint, and the same complaint again 8 to 12 days later.

Written without sight of the detector or its lexicon; the labels say what
a person reading the posts would say, never edited to fit the detector.
"""
import os
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 8, 24, 6, 45, 0, tzinfo=timezone.utc)
S = LabelledSet(BASE, "og", "hola@cumbreycarpa.example", "@cumbreycarpa@mastodon.example",
                "cumbreycarpa.bsky.example", "Cumbre & Carpa")
add, rid, reply = S.add, S.rid, S.reply

def mail(who, name, text, h, lang, subject, first=None, to=None, links=None):
    return add("email", who, text, h, lang=lang, subject=subject, name=name, links=links,
               thread=rid(first) if first else None, in_reply_to=rid(to) if to else None)

def rmail(text, h, first, to, lang):
    return reply("email", text, h, rid(to), rid(first), lang)

# ---------------------------------------------------------------- English
# G1: late tent, same thread after a non-committal answer
a = mail("dan.whitcombe@mailbox.example", "Dan Whitcombe",
         "Hi,\n\nI ordered the Cairn 2P tent (order 71408) on the 17th and tracking hasn't moved since it left your warehouse. We leave for the Lakes on Saturday, any idea where it is?\n\nCheers,\nDan", 2, "en", "Order 71408 - tent not arrived")
r = rmail("Hi Dan, thanks for getting in touch, we're looking into it with the courier and will come back to you.", 5, a, a, "en")
b = mail("dan.whitcombe@mailbox.example", "Dan Whitcombe",
         "Any news? Still sat at 'in transit' and we're off in two days. If it's not here by Friday I'll have to buy one locally.\n\nDan", 30, "en", "Re: Order 71408 - tent not arrived", a, r)
S.group("en", "one identity", a, b)
b1 = b
# other-complaint: it arrives, pole section missing
c = mail("dan.whitcombe@mailbox.example", "Dan Whitcombe",
         "Hi again - tent turned up this morning, thanks. BUT one of the pole sections is missing, the bag only has 2 of the 3 hub poles. Can you post the missing one asap?\n\nDan", 46, "en", "Re: Order 71408 - tent not arrived", a, r)
S.negative("other-complaint", b, c, "the late tent arrived; now a missing pole section from the same order, same thread")

# G2: headlamp dead, mastodon triple
a = add("mastodon", "@wren_outside@fosstodon.example", "@cumbreycarpa@mastodon.example my Lumo 300 headlamp died after like 3 nights. charges to 100% then nothing. bit gutted tbh", 20, lang="en", name="Wren")
b = add("mastodon", "@wren_outside@fosstodon.example", "@cumbreycarpa@mastodon.example hello?? the headlamp that won't switch on. anyone there", 44, lang="en", name="Wren")
c = add("mastodon", "@wren_outside@fosstodon.example", "@cumbreycarpa@mastodon.example day 4 of being ignored about a £35 torch that doesn't torch. great stuff", 98, lang="en", name="Wren")
S.group("en", "one identity", a, b, c)
c2 = c
d = add("mastodon", "@wren_outside@fosstodon.example", "@cumbreycarpa@mastodon.example also while I'm here, is the Vardo 45 pack back in stock in green? site says 'soon' for weeks", 99, lang="en", name="Wren")
S.negative("other-complaint", c, d, "same customer, right after the headlamp nudge, a stock question about a pack")

# G3: refund for returned sleeping bag, email -> bluesky with profile link
a = mail("priya.nand@postbox.example", "Priya Nandakumar",
         "Hello,\n\nI returned the Nordlys -5 sleeping bag (order #70977) two weeks ago, your site shows it as received on the 20th, but the refund of £129 hasn't reached my card. Could you check please?\n\nThanks, Priya", 26, "en", "Refund for returned sleeping bag")
b = add("bluesky", "priyanand.bsky.example", "emailed @cumbreycarpa.bsky.example days ago about my sleeping bag refund, nothing. they've had the bag since the 20th. £129 just floating about somewhere?", 120, lang="en", name="Priya N", links=["priya.nand@postbox.example"])
S.group("en", "profile link", a, b)
b3 = b
S.same_person.append(["email:priya.nand@postbox.example", "bluesky:priyanand.bsky.example"])

# G18: bluesky triple, wrong size boots
a = add("bluesky", "tomasgriff.bsky.example", "ordered the Scree Mid boots in a 44, box says 44, boots inside are 42. @cumbreycarpa.bsky.example how does that even happen", 60, lang="en", name="Tom Griffiths")
b = add("bluesky", "tomasgriff.bsky.example", "@cumbreycarpa.bsky.example still waiting to hear what to do with the wrong size boots", 84, lang="en", name="Tom Griffiths")
c = add("bluesky", "tomasgriff.bsky.example", "@cumbreycarpa.bsky.example 42s in a 44 box. week later. nobody cares apparently", 205, lang="en", name="Tom Griffiths")
S.group("en", "one identity", a, b, c)

# G20: double charge, email pair
a = mail("k.osei@webpost.example", "Kwame Osei",
         "Hi there,\n\nI've been charged twice for order 71822 (water filter + 2 gas canisters), £46.80 appears two times on my statement. Please refund one of them.\n\nKwame", 150, "en", "Charged twice")
r = rmail("Hi Kwame, could you send us a screenshot of the statement showing both charges? Thanks!", 153, a, a, "en")
f = mail("k.osei@webpost.example", "Kwame Osei",
         "Here you go, screenshot attached - both on the 30th, same amount.\n\nKwame", 154, "en", "Re: Charged twice", a, r)
S.negative("follow-up", a, f, "sends the statement screenshot the shop asked for")
r2 = rmail("Thanks Kwame, we've passed it to our payments team.", 158, a, f, "en")
b = mail("k.osei@webpost.example", "Kwame Osei",
         "It's been four days and the second £46.80 is still on my account. Can someone actually refund it please.", 250, "en", "Re: Charged twice", a, r2)
S.group("en", "one identity", a, b)
a20, b20, r20 = a, b, r2
# window: Tom again about the boots 10 days after the last
w = add("bluesky", "tomasgriff.bsky.example", "@cumbreycarpa.bsky.example remember the boots? sent them back, got the replacement... also a 42. unreal", 445, lang="en", name="Tom Griffiths")
S.negative("window", c, w, "wrong-size boots again, ten days after the last post")

# other-customer: two different Sam Carters, same kind of complaint, different orders
sc1 = mail("sam.carter@fastmail.example", "Sam Carter",
           "Hi, my order 71550 says delivered yesterday but there's nothing here, neighbours haven't got it either. Sam", 70, "en", "Delivered but not here")
sc2 = add("mastodon", "@samcarter@mstdn.example", "@cumbreycarpa@mastodon.example tracking says my stove was delivered on tuesday. it was not. anyone else having this?", 78, lang="en", name="Sam Carter")
S.negative("other-customer", sc1, sc2, "two different people named Sam Carter, both 'delivered' but not received, different orders (one in Leeds by mail, one abroad on Mastodon)")
S.same_name_different_people.append(["email:sam.carter@fastmail.example", "mastodon:@samcarter@mstdn.example"])

# ---------------------------------------------------------------- Spanish
# G4: coupon not applied, email triple in thread
a = mail("lucia.ferrer@correo.example", "Lucía Ferrer",
         "Hola:\n\nIntenté usar el código VERANO15 en mi compra (pedido 71290, el hornillo Embr Mini y la olla) y no me hizo el descuento. Me cobraron el precio completo. ¿Me podéis devolver la diferencia?\n\nGracias,\nLucía", 8, "es", "Código de descuento no aplicado")
r = rmail("Hola Lucía, lo estamos revisando y te decimos algo.", 12, a, a, "es")
b = mail("lucia.ferrer@correo.example", "Lucía Ferrer",
         "Hola de nuevo, sigo sin saber nada del descuento del 15%. Son 9,75€, no es mucho pero es lo que anunciabais...", 60, "es", "Re: Código de descuento no aplicado", a, r)
c = mail("lucia.ferrer@correo.example", "Lucía Ferrer",
         "En serio? una semana casi para un cupon. Si no me lo devolveis no vuelvo a comprar.", 140, "es", "Re: Código de descuento no aplicado", a, r)
S.group("es", "one identity", a, b, c)
b4 = b
d = mail("lucia.ferrer@correo.example", "Lucía Ferrer",
         "Otra cosa: el pedido aún no ha salido? en la web pone 'preparando' desde el lunes.", 62, "es", "Re: Código de descuento no aplicado", a, r)
S.negative("other-complaint", b, d, "after the coupon nudge, asks about the delivery of the same order, same thread")

# G5: bluesky pair, can't log in
a = add("bluesky", "mario-sv.bsky.example", "@cumbreycarpa.bsky.example no puedo entrar a mi cuenta, me dice contraseña incorrecta y el correo de recuperar nunca llega. ayuda", 36, lang="es", name="Mario Sanz")
b = add("bluesky", "mario-sv.bsky.example", "@cumbreycarpa.bsky.example sigo sin poder entrar, ni rastro del mail de recuperacion (mirado spam tb)", 58, lang="es", name="Mario Sanz")
S.group("es", "one identity", a, b)
f = add("bluesky", "mario-sv.bsky.example", "@cumbreycarpa.bsky.example ya está, me ha llegado el correo por fin y he podido entrar. gracias!", 61, lang="es", name="Mario Sanz")
S.negative("follow-up", b, f, "says the reset mail arrived and it works, thanks")

# G19: email -> mastodon, same name only: damaged stove
a = mail("jgalvez77@correo.example", "Javier Gálvez",
         "Buenas,\n\nme ha llegado el hornillo Embr Mini con la válvula doblada, no enrosca bien en el cartucho y huele a gas. Pedido nº 71333. Adjunto fotos.\n\nUn saludo,\nJavier Gálvez", 90, "es", "Hornillo llegó dañado")
b = add("mastodon", "@jgalvez@mastodon.example", "@cumbreycarpa@mastodon.example os escribi por correo hace 3 dias por el hornillo que vino con la valvula doblada y ni caso. no lo voy a usar asi que pierde gas", 165, lang="es", name="Javier Gálvez")
S.group("es", "same name only", a, b)
S.same_person.append(["email:jgalvez77@correo.example", "mastodon:@jgalvez@mastodon.example"])
# window for Lucía: coupon again 9 days later on a new order
w = mail("lucia.ferrer@correo.example", "Lucía Ferrer",
         "Hola, otra vez el mismo problema: el código VERANO15 no se aplica en el pedido 71901. Podéis revisarlo?", 355, "es", "Código otra vez")
S.negative("window", c, w, "coupon not applied again, on a new order, nine days after the last post")

# other-customer: two Ana Moreno
am1 = mail("ana.moreno@correo.example", "Ana Moreno",
           "Hola, pedí la esterilla Hinchable Roca en azul y me ha llegado naranja. Pedido 71480. Cómo la cambio? Ana", 100, "es", "Color equivocado")
am2 = add("bluesky", "anamoreno.bsky.example", "@cumbreycarpa.bsky.example me habéis mandado la mochila en gris y la pedí verde 🙃", 112, lang="es", name="Ana Moreno")
S.negative("other-customer", am1, am2, "two different Ana Morenos, both got the wrong colour, different products and orders")
S.same_name_different_people.append(["email:ana.moreno@correo.example", "bluesky:anamoreno.bsky.example"])

# ---------------------------------------------------------------- German
# G6: email -> mastodon, same name only: package lost
a = mail("h.brenner@posteo.example", "Heike Brenner",
         "Guten Tag,\n\nmeine Bestellung 71377 (Trekkingstöcke Grat Carbon) ist laut DHL seit fünf Tagen im Paketzentrum und bewegt sich nicht. Können Sie bitte nachforschen?\n\nMit freundlichen Grüßen\nHeike Brenner", 40, "de", "Bestellung 71377 hängt fest")
b = add("mastodon", "@heikebrenner@chaos.example", "@cumbreycarpa@mastodon.example Hallo, hab euch schon per Mail geschrieben: meine Stöcke hängen seit ner Woche im Paketzentrum fest. Gibts da was Neues?", 118, lang="de", name="Heike Brenner")
S.group("de", "same name only", a, b)
S.same_person.append(["email:h.brenner@posteo.example", "mastodon:@heikebrenner@chaos.example"])
d = mail("h.brenner@posteo.example", "Heike Brenner",
         "Hallo nochmal,\n\ndie Stöcke sind endlich da, danke. Allerdings ist auf der Rechnung die falsche Adresse (meine alte in Kassel). Ich brauche die für die Firma, können Sie die korrigieren?\n\nGruß\nHeike Brenner", 150, "de", "Rechnung 71377")
S.negative("other-complaint", b, d, "poles arrived; now the invoice has the wrong address, same order")

# G7: email thread pair, subscription (gear club) cancelled but billed
a = mail("j.kuehn@web.example", "Jonas Kühn",
         "Hallo,\n\nich habe das Basislager-Abo am 3. gekündigt (Bestätigung hab ich), trotzdem wurden gestern wieder 12,90 € abgebucht. Bitte zurückbuchen.\n\nJonas Kühn", 130, "de", "Abo gekündigt aber abgebucht")
r = rmail("Hallo Jonas, wir schauen uns das an.", 134, a, a, "de")
b = mail("j.kuehn@web.example", "Jonas Kühn",
         "\"Wir schauen uns das an\" ist jetzt 3 Tage her. Die 12,90 sind immer noch weg, und nächsten Monat bucht ihr dann wieder ab oder wie?", 205, "de", "Re: Abo gekündigt aber abgebucht", a, r)
S.group("de", "one identity", a, b)
f = mail("j.kuehn@web.example", "Jonas Kühn",
         "PS: die Kündigungsbestätigung hängt an, vom 3.9., Kundennr. 20418.", 206, "de", "Re: Abo gekündigt aber abgebucht", a, r)
S.negative("follow-up", b, f, "PS minutes later with the cancellation confirmation attached")

# other-customer: two Markus Weber
mw1 = add("mastodon", "@mweber@norden.example", "@cumbreycarpa@mastodon.example Der Reißverschluss am Schlafsack Nordlys ist nach zwei Nächten kaputt. Bestellung 71299. Was nun?", 160, lang="de", name="Markus Weber")
mw2 = mail("markus.weber@gmx.example", "Markus Weber",
           "Hallo, der Reißverschluss meiner Daunenjacke Firn klemmt und ist ausgerissen, Bestellnr 71612. Reklamation bitte. M. Weber, München", 170, "de", "Reklamation Reißverschluss")
S.negative("other-customer", mw1, mw2, "two different Markus Webers, both a broken zip, on different products and orders")
S.same_name_different_people.append(["mastodon:@mweber@norden.example", "email:markus.weber@gmx.example"])

# ---------------------------------------------------------------- French
# G8: mastodon pair, rude courier
a = add("mastodon", "@claire_rando@piaille.example", "@cumbreycarpa@mastodon.example le livreur a balancé mon colis par dessus le portail et m'a envoyé balader quand je lui ai fait la remarque. charmant.", 75, lang="fr", name="Claire")
b = add("mastodon", "@claire_rando@piaille.example", "@cumbreycarpa@mastodon.example toujours pas de réponse pour votre livreur qui jette les colis et insulte les gens ? vous bossez avec qui au juste", 150, lang="fr", name="Claire")
S.group("fr", "one identity", a, b)
b8 = b
d = add("mastodon", "@claire_rando@piaille.example", "@cumbreycarpa@mastodon.example et du coup la gourde dans le colis est cabossée, évidemment", 152, lang="fr", name="Claire")
S.negative("other-complaint", b, d, "after the courier complaint, the bottle inside is dented: a damaged item")

# G9: email triple, return label
a = mail("m.lefebvre@orange.example", "Mathieu Lefebvre",
         "Bonjour,\n\nJe souhaite retourner la tente Cairn 2P (cde 71155), trop petite pour nous. J'ai fait la demande de retour sur le site il y a 3 jours mais je n'ai jamais reçu l'étiquette.\n\nCordialement,\nMathieu Lefebvre", 14, "fr", "Étiquette de retour")
r = rmail("Bonjour Mathieu, nous vérifions et revenons vers vous.", 18, a, a, "fr")
b = mail("m.lefebvre@orange.example", "Mathieu Lefebvre",
         "Bonjour, toujours pas d'étiquette. Le délai de retour court, je vous rappelle.", 66, "fr", "Re: Étiquette de retour", a, r)
c = mail("m.lefebvre@orange.example", "Mathieu Lefebvre",
         "Relance n°2. Je n'ai TOUJOURS pas reçu l'étiquette de retour pour la tente.", 125, "fr", "Re: Étiquette de retour", a, r)
S.group("fr", "one identity", a, b, c)
r2 = rmail("Bonjour Mathieu, toutes nos excuses, l'étiquette est en pièce jointe.", 128, a, c, "fr")
f = mail("m.lefebvre@orange.example", "Mathieu Lefebvre",
         "Bien reçue, merci. Colis déposé ce soir.", 131, "fr", "Re: Étiquette de retour", a, r2)
S.negative("follow-up", c, f, "thanks after the label was sent")
d = mail("m.lefebvre@orange.example", "Mathieu Lefebvre",
         "Bonjour, le colis de retour est arrivé chez vous lundi (suivi à l'appui) mais je n'ai pas encore été remboursé de 189 €. Quand est-ce prévu ?", 270, "fr", "Re: Étiquette de retour", a, r2)
S.negative("other-complaint", c, d, "label dealt with; now the refund for the returned tent, same thread, six days later")

# other-customer: two Julie Martin
jm1 = mail("julie.martin@laposte.example", "Julie Martin",
           "Bonjour, impossible de me connecter à mon compte depuis ce matin, le mot de passe n'est pas accepté. Julie", 182, "fr", "Connexion impossible")
jm2 = add("bluesky", "juliemartin.bsky.example", "@cumbreycarpa.bsky.example je n'arrive plus à me connecter sur votre site, ça tourne dans le vide", 190, lang="fr", name="Julie Martin")
S.negative("other-customer", jm1, jm2, "two different Julie Martins, both cannot log in the same day, different accounts")
S.same_name_different_people.append(["email:julie.martin@laposte.example", "bluesky:juliemartin.bsky.example"])

# ---------------------------------------------------------------- Portuguese
# G10: email -> mastodon, profile link: wrong item
a = mail("rui.tavares@sapo.example", "Rui Tavares",
         "Boa tarde,\n\nEncomendei um filtro de água Límpido Pro (encomenda 71260) e recebi um par de meias de lã. Podem enviar o artigo certo?\n\nObrigado,\nRui Tavares", 32, "pt", "Artigo errado na encomenda 71260")
r = rmail("Olá Rui, pode enviar-nos uma foto do que recebeu e da etiqueta da caixa?", 36, a, a, "pt")
f = mail("rui.tavares@sapo.example", "Rui Tavares",
         "Segue a foto das meias e da etiqueta.", 38, "pt", "Re: Artigo errado na encomenda 71260", a, r)
S.negative("follow-up", a, f, "the photo the shop asked for")
b = add("mastodon", "@ruitavares@masto.pt.example", "@cumbreycarpa@mastodon.example mandei fotos há 4 dias e continuo com umas meias em vez do filtro de água. vou fazer a trilha sem filtro pelos vistos", 135, lang="pt", name="Rui T.", links=["rui.tavares@sapo.example"])
S.group("pt", "profile link", a, b)
S.same_person.append(["email:rui.tavares@sapo.example", "mastodon:@ruitavares@masto.pt.example"])

# G11: bluesky pair, site crash at checkout
a = add("bluesky", "beatriz-nunes.bsky.example", "@cumbreycarpa.bsky.example o site vai abaixo sempre que carrego em pagar, já tentei 3 vezes 😩", 170, lang="pt", name="Beatriz Nunes")
b = add("bluesky", "beatriz-nunes.bsky.example", "@cumbreycarpa.bsky.example continua a dar erro no pagamento. quero comprar o saco-cama mas nao deixa", 192, lang="pt", name="Beatriz Nunes")
S.group("pt", "one identity", a, b)
a11 = a
f = add("bluesky", "beatriz-nunes.bsky.example", "@cumbreycarpa.bsky.example é no telemóvel, android, chrome. no pc ainda nao experimentei", 193, lang="pt", name="Beatriz Nunes")
S.negative("follow-up", b, f, "adds her device details a minute later")
# other-customer: same outage
oc = add("bluesky", "zeca-trilhos.bsky.example", "@cumbreycarpa.bsky.example o pagamento no vosso site está a falhar? dá erro 500", 171, lang="pt", name="Zeca")
S.negative("other-customer", a, oc, "another customer hit by the same checkout outage")

# other-customer: two Pedro Almeida
pa1 = mail("pedro.almeida@sapo.example", "Pedro Almeida",
           "Olá, a minha encomenda 71344 está atrasada, disseram 3 dias úteis e já vão 8. Pedro", 210, "pt", "Encomenda atrasada")
pa2 = add("mastodon", "@pedroalmeida@masto.pt.example", "@cumbreycarpa@mastodon.example a minha encomenda ainda não chegou, já passou mais de uma semana. o número é 71701", 222, lang="pt", name="Pedro Almeida")
S.negative("other-customer", pa1, pa2, "two different Pedro Almeidas, both late orders, different order numbers")
S.same_name_different_people.append(["email:pedro.almeida@sapo.example", "mastodon:@pedroalmeida@masto.pt.example"])

# ---------------------------------------------------------------- Italian
# G12: email thread pair: refund not received
a = mail("g.rinaldi@libero.example", "Giulia Rinaldi",
         "Buongiorno,\n\nmi avete confermato l'annullamento dell'ordine 71188 (zaino Vardo 45L) il 22 agosto, ma il rimborso di 149 € non è ancora arrivato sulla carta.\n\nCordiali saluti\nGiulia Rinaldi", 4, "it", "Rimborso ordine 71188")
r = rmail("Gentile Giulia, stiamo verificando con la banca, le faremo sapere.", 9, a, a, "it")
b = mail("g.rinaldi@libero.example", "Giulia Rinaldi",
         "Buongiorno, come già scritto il rimborso non è arrivato. Sono passati 10 giorni dall'annullamento. Potete darmi una data?", 80, "it", "Re: Rimborso ordine 71188", a, r)
S.group("it", "one identity", a, b)
d = mail("g.rinaldi@libero.example", "Giulia Rinaldi",
         "Un'altra cosa: ho fatto un nuovo ordine ieri (71799, la tenda) ma non ho ricevuto la mail di conferma. È andato a buon fine?", 82, "it", "Re: Rimborso ordine 71188", a, r)
S.negative("other-complaint", b, d, "refund nudge, then a question about a new order, same thread")

# G13: mastodon -> email, same name only: sleeping pad leaks
a = add("mastodon", "@lorenzo_monti@mastodon.uno.example", "@cumbreycarpa@mastodon.example il materassino Roca si sgonfia tutte le notti, ho trovato un buchino vicino alla valvola. usato due volte. bella qualità eh", 110, lang="it", name="Lorenzo Monti")
b = mail("lorenzo.monti@tiscali.example", "Lorenzo Monti",
         "Buongiorno,\n\nvi ho già scritto su Mastodon: il materassino Roca (ordine 71421) perde aria dalla valvola, si sgonfia in un paio d'ore. Vorrei la sostituzione.\n\nLorenzo Monti", 175, "it", "Materassino difettoso")
S.group("it", "same name only", a, b)
S.same_person.append(["mastodon:@lorenzo_monti@mastodon.uno.example", "email:lorenzo.monti@tiscali.example"])
f = mail("lorenzo.monti@tiscali.example", "Lorenzo Monti",
         "Dimenticavo: allego la foto del foro, è proprio sulla saldatura.", 176, "it", "Re: Materassino difettoso", b)
S.negative("follow-up", b, f, "a photo of the hole a minute after the mail")
# window: Giulia's refund again 11 days later for the tent order
w = mail("g.rinaldi@libero.example", "Giulia Rinaldi",
         "Buongiorno, il rimborso dell'ordine 71188 è arrivato, grazie. Ora però ho reso la tenda (71799) e anche lì il rimborso non arriva.", 345, "it", "Rimborso tenda")
S.negative("window", b, w, "refund not received again, another order, eleven days later")

# ---------------------------------------------------------------- Dutch
# G14: email triple, damaged stove pot set
a = mail("sanne.dekker@ziggo.example", "Sanne Dekker",
         "Hoi,\n\nMijn pannenset Kookkamp (bestelling 71233) kwam vandaag binnen met een flinke deuk in de grote pan, het deksel past niet meer. Kan ik een nieuwe krijgen?\n\nGroetjes,\nSanne", 50, "nl", "Beschadigde pannenset")
r = rmail("Hoi Sanne, we zoeken het uit en laten het je weten.", 54, a, a, "nl")
b = mail("sanne.dekker@ziggo.example", "Sanne Dekker",
         "Hoi, nog nieuws over de gedeukte pan? Ik hoor niks.", 100, "nl", "Re: Beschadigde pannenset", a, r)
c = mail("sanne.dekker@ziggo.example", "Sanne Dekker",
         "Jullie zoeken het nu al bijna een week uit. Pan nog steeds krom, deksel past nog steeds niet. Wat moet ik doen??", 185, "nl", "Re: Beschadigde pannenset", a, r)
S.group("nl", "one identity", a, b, c)
d = mail("sanne.dekker@ziggo.example", "Sanne Dekker",
         "O en er zat geen bonnetje/factuur bij, die heb ik ook nodig.", 101, "nl", "Re: Beschadigde pannenset", a, r)
S.negative("other-complaint", b, d, "also no invoice in the box, same order, same thread")

# G15: bluesky -> email, profile link: double charge
a = add("bluesky", "bramvdberg.bsky.example", "@cumbreycarpa.bsky.example jullie hebben me 2x afgeschreven voor de hoofdlamp. €34,95 twee keer. graag terug", 140, lang="nl", name="Bram")
b = mail("bram.vandenberg@kpn.example", "Bram van den Berg",
         "Goedemiddag,\n\nVorige week al via Bluesky gemeld: ik ben dubbel afgeschreven voor bestelling 71560 (2 x €34,95). Tot nu toe geen reactie. Graag het dubbele bedrag terugstorten.\n\nMet vriendelijke groet,\nBram van den Berg", 240, "nl", "Dubbele afschrijving 71560", links=["bramvdberg.bsky.example"])
S.group("nl", "profile link", a, b)
b15 = b
S.same_person.append(["bluesky:bramvdberg.bsky.example", "email:bram.vandenberg@kpn.example"])
# window: Sanne's damaged item again, 10 days later
w = mail("sanne.dekker@ziggo.example", "Sanne Dekker",
         "Hoi, de vervangende pan is er, maar... ook weer een deuk erin. Serieus?", 425, "nl", "Weer een gedeukte pan")
S.negative("window", c, w, "damaged pan again, ten days after the last mail")
# other-customer: two Lotte Visser
lv1 = add("bluesky", "lottevisser.bsky.example", "@cumbreycarpa.bsky.example mijn retourlabel is nooit aangekomen, al 4 dagen geleden aangevraagd", 260, lang="nl", name="Lotte Visser")
lv2 = mail("lotte.visser@hetnet.example", "Lotte Visser",
           "Hallo, ik wil de regenjas (bestelling 71760) retourneren maar ik heb geen retourlabel ontvangen. Groet, Lotte", 268, "nl", "Retourlabel")
S.negative("other-customer", lv1, lv2, "two different Lotte Vissers, both missing a return label, different orders")
S.same_name_different_people.append(["bluesky:lottevisser.bsky.example", "email:lotte.visser@hetnet.example"])

# ---------------------------------------------------------------- Catalan
# G16: email pair, missing part (stove piezo) -- thread with a question
a = mail("oriol.puig@vilaweb.example", "Oriol Puig",
         "Bon dia,\n\nHe rebut el fogonet Embr Mini però li falta el suport per a l'olla, a la capsa només hi ha el cremador. Comanda 71310.\n\nGràcies,\nOriol", 22, "ca", "Falta una peça")
r = rmail("Bon dia Oriol, ens pots enviar una foto del contingut de la capsa?", 27, a, a, "ca")
f = mail("oriol.puig@vilaweb.example", "Oriol Puig",
         "Aquí la tens. Com veus, no hi ha el suport.", 29, "ca", "Re: Falta una peça", a, r)
S.negative("follow-up", a, f, "the photo the shop asked for")
r2 = rmail("Gràcies, ho passem al magatzem.", 33, a, f, "ca")
b = mail("oriol.puig@vilaweb.example", "Oriol Puig",
         "Bon dia, encara no sé res del suport que falta. Dissabte marxem d'acampada i sense suport el fogonet no serveix de res.", 95, "ca", "Re: Falta una peça", a, r2)
S.group("ca", "one identity", a, b)
d = mail("oriol.puig@vilaweb.example", "Oriol Puig",
         "I una altra cosa: a la factura posa 2 bombones de gas i només en vaig comprar una.", 96, "ca", "Re: Falta una peça", a, r2)
S.negative("other-complaint", b, d, "invoice lists two gas canisters instead of one, same order, same thread")

# G17: mastodon -> bluesky, same name only: late delivery
a = add("mastodon", "@nuria_ferrer@mastodont.cat.example", "@cumbreycarpa@mastodon.example fa 10 dies que vaig fer la comanda de les botes i encara no han arribat. el seguiment no s'actualitza", 190, lang="ca", name="Núria Ferrer")
b = add("bluesky", "nuriaferrer.bsky.example", "@cumbreycarpa.bsky.example ja us ho vaig dir per mastodon: les botes no arriben. dues setmanes ja", 280, lang="ca", name="Núria Ferrer")
S.group("ca", "same name only", a, b)
b17 = b
S.same_person.append(["mastodon:@nuria_ferrer@mastodont.cat.example", "bluesky:nuriaferrer.bsky.example"])
d = add("bluesky", "nuriaferrer.bsky.example", "@cumbreycarpa.bsky.example ah, i el codi de descompte de benvinguda no em va funcionar tampoc, ja que hi som", 281, lang="ca", name="Núria Ferrer")
S.negative("other-complaint", b, d, "late boots, then the welcome discount code did not work")

# window: Oriol missing part again 9 days later (another product)
w = mail("oriol.puig@vilaweb.example", "Oriol Puig",
         "Bon dia, ara he comprat els bastons Grat i en falta un dels taps de goma. Comanda 71890. Una altra vegada falta una peça...", 315, "ca", "Una altra peça que falta")
S.negative("window", b, w, "missing part again, nine days after the last mail")

# ---------------------------------------------------------------- more hard negatives
# other-complaint: Priya (G3) also asks about a new order's delivery within the week
b = b3
d = add("bluesky", "priyanand.bsky.example", "as I said, I do like your stuff 😅 separate thing @cumbreycarpa.bsky.example do you ship to Ireland? want to send my brother a stove", 122, lang="en", name="Priya N", links=["priya.nand@postbox.example"])
S.negative("other-complaint", b, d, "a new question (shipping to Ireland for a new order), two hours after the refund post")
d = mail("k.osei@webpost.example", "Kwame Osei",
         "Another thing - the water filter from that same order leaks at the top seal when I squeeze the bag. Is that normal or faulty?", 252, "en", "Re: Charged twice", a20, r20)
S.negative("other-complaint", b20, d, "after the double-charge nudge, the filter from the same order leaks, same thread")

# follow-ups
f = mail("bram.vandenberg@kpn.example", "Bram van den Berg",
         "Aanvulling: afschriften van 2 september in de bijlage, beide €34,95.", 241, "nl", "Re: Dubbele afschrijving 71560", b15)
S.negative("follow-up", b15, f, "adds the bank statements a minute later")
f = add("bluesky", "nuriaferrer.bsky.example", "@cumbreycarpa.bsky.example ja han arribat les botes! gràcies per moure-ho", 300, lang="ca", name="Núria Ferrer")
S.negative("follow-up", b17, f, "the boots arrived, thanks")

# other-customer
oc = mail("emma.whitcombe@mailbox.example", "Emma Whitcombe",
          "Hi, I think my husband already emailed but the tent for order 71408 still hasn't come and we leave Saturday! Emma", 31, "en", "Tent order 71408")
S.negative("other-customer", b1, oc, "his wife, about the same shared order: another person")
oc = add("mastodon", "@bergziege@chaos.example", "@cumbreycarpa@mastodon.example Login geht bei euch seit heute früh nicht, Passwort-Reset-Mail kommt auch nicht. Bin ich allein?", 183, lang="de", name="Bergziege")
S.negative("other-customer", jm1, oc, "another customer with the same login outage that morning")
oc = add("bluesky", "pau-montes.bsky.example", "@cumbreycarpa.bsky.example el código VERANO15 no funciona, me cobra todo", 61, lang="es", name="Pau Montes")
S.negative("other-customer", b4, oc, "another customer whose coupon did not apply")
oc = add("mastodon", "@ale_trekking@mastodon.uno.example", "@cumbreycarpa@mastodon.example il sito non mi fa pagare, errore dopo aver inserito la carta", 172, lang="it", name="Ale")
S.negative("other-customer", a11, oc, "another customer, in Italian, hit by the same checkout outage")
oc = add("mastodon", "@pierre_gr20@piaille.example", "@cumbreycarpa@mastodon.example votre transporteur a laissé mon colis sous la pluie devant la porte, le duvet est trempé", 151, lang="fr", name="Pierre")
S.negative("other-customer", b8, oc, "another customer complaining about the courier the same day")

# window
w = add("mastodon", "@wren_outside@fosstodon.example", "@cumbreycarpa@mastodon.example the replacement Lumo 300 has now died too. same thing, charges then nothing.", 300, lang="en", name="Wren")
S.negative("window", c2, w, "headlamp dead again, eight days later")

# ---------------------------------------------------------------- filler
F = [
    ("email", "h.lindqvist@mailbox.example", "Hanna Lindqvist", "Hello, does the Cairn 2P fit two people with 60 cm mats side by side?", 12, "en", "Tent width"),
    ("mastodon", "@ferran@mastodont.cat.example", "Ferran", "@cumbreycarpa@mastodon.example teniu el sac Nordlys en talla llarga?", 45, "ca", None),
    ("bluesky", "ines-rocha.bsky.example", "Inês Rocha", "@cumbreycarpa.bsky.example o fogão Embr funciona com cartuchos de outra marca?", 68, "pt", None),
    ("email", "f.moretti@libero.example", "Francesca Moretti", "Buongiorno, fate spedizioni in Sardegna? Quanto costa?", 88, "it", "Spedizioni Sardegna"),
    ("email", "w.jansen@ziggo.example", "Wim Jansen", "Goedendag, kan ik ook afhalen in jullie winkel?", 104, "nl", "Afhalen"),
    ("mastodon", "@outdoorkatrin@norden.example", "Katrin", "@cumbreycarpa@mastodon.example Ist der Schlafsack Nordlys waschmaschinentauglich?", 126, "de", None),
    ("bluesky", "carmenruiz.bsky.example", "Carmen Ruiz", "@cumbreycarpa.bsky.example ¿hacéis descuento a grupos scout?", 144, "es", None),
    ("email", "l.girard@free.example", "Louis Girard", "Bonjour, la lampe Lumo 300 est-elle étanche ? Pour du canyoning.", 162, "fr", "Question Lumo 300"),
    ("email", "alex.hughes@webpost.example", "Alex Hughes", "Hi, any plans to stock a 3-season quilt? Cheers", 200, "en", "Quilts?"),
    ("mastodon", "@marta_bcn@mastodont.cat.example", "Marta", "@cumbreycarpa@mastodon.example quant triga un enviament a Andorra?", 215, "ca", None),
    ("bluesky", "niels-b.bsky.example", "Niels", "@cumbreycarpa.bsky.example is de Vardo 45 ook geschikt voor vrouwen?", 232, "nl", None),
    ("email", "s.ferreira@sapo.example", "Sofia Ferreira", "Boa tarde, têm vale de oferta? É para o aniversário do meu pai.", 248, "pt", "Vale de oferta"),
    ("mastodon", "@gipfelstuermer@chaos.example", "Gipfelstürmer", "@cumbreycarpa@mastodon.example Habt ihr Ersatzgestänge für die Cairn 2P einzeln?", 290, "de", None),
    ("bluesky", "giorgiafontana.bsky.example", "Giorgia Fontana", "@cumbreycarpa.bsky.example avete il filtro Límpido anche in versione da 2 litri?", 320, "it", None),
    ("email", "r.dominguez@correo.example", "Raúl Domínguez", "Hola, ¿el saco Nordlys viene con saco de compresión?", 370, "es", "Pregunta saco"),
    ("mastodon", "@lea_montagne@piaille.example", "Léa", "@cumbreycarpa@mastodon.example vous livrez en Belgique ?", 400, "fr", None),
]
for ch, who, name, text, h, lang, subj in F:
    add(ch, who, text, h, lang=lang, subject=subj, name=name)

S.write(os.path.dirname(os.path.abspath(__file__)),
        "Ninth tuning set, written to test precision: rich in hard negatives. Outdoor and camping gear shop; "
        "labels as a person reading the posts would give them.")
