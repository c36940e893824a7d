#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words: the inbox of "Lanternfly
Outdoor", a small online shop for camping and hiking gear (tents,
headlamps, stoves, sleeping bags, water filters and a gear-rental plan
billed monthly), over about three weeks, on email, Mastodon and Bluesky,
in eight languages (en, es, de, fr, pt, it, nl, ca).

30 true repeat groups (25 pairs, 5 triples): the same customer raising
the same complaint again within 7 days, mostly in other words; 10 of
them across two channels, where the identities are known by a profile
link (5) or only by the same display name (5). Labelled negatives:
follow-ups that add what the shop asked for, the same customer with a
different complaint, different customers with the same complaint (an
outage, a couple sharing an order, two people sharing a display name)
and the same complaint again after more than 7 days. About sixteen
one-off questions from other customers fill the inbox around them.

The posts were written without sight of the detector, its lexicon or
the other labelled sets; the labels say what a person reading the posts
would say and were never edited to fit the detector.

Run: python3 gen-fixture.py  (writes fixture.jsonl and labels.json here)
"""
import os
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 10, 26, 7, 40, tzinfo=timezone.utc)
SHOP = "Lanternfly Outdoor"
s = LabelledSet(BASE, "lf", "support@lanternfly.example", "@lanternfly@outdoors.social",
                "lanternfly.bsky.social", SHOP)
rid = s.rid
E, M, B = "email", "mastodon", "bluesky"


def mail(addr, name, text, hours, lang, subject, thread=None, in_reply_to=None, links=None):
    return s.add(E, addr, text, hours, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=in_reply_to, links=links)


def toot(handle, name, text, hours, lang, links=None, thread=None, in_reply_to=None):
    return s.add(M, handle, text, hours, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=in_reply_to)


def sky(handle, name, text, hours, lang, links=None, thread=None, in_reply_to=None):
    return s.add(B, handle, text, hours, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=in_reply_to)


def answer(channel, key, text, hours, lang, thread=None):
    return s.reply(channel, text, hours, rid(key), thread or rid(key), lang)


# ---------------------------------------------------------------- English

# G1: tent late, same mail thread after a non-committal answer, then a bare nudge.
a = "dan.whitcombe@fastmail.example"
g1a = mail(a, "Dan Whitcombe",
           "Hi there,\n\nI ordered the Trailhead 2P tent on the 19th (order #41230) and paid for "
           "3-day shipping. Tracking hasn't moved since it left your warehouse on Thursday. "
           "Could you check what's going on? We leave for the Smokies on Saturday morning.\n\n"
           "Thanks,\nDan", 2, "en", "Order #41230 - Trailhead 2P not arrived")
r = answer(E, g1a, "Hi Dan, thanks for getting in touch. We're looking into this with the carrier "
           "and will get back to you as soon as we hear something.\n\nBest,\nMara @ Lanternfly Outdoor",
           7, "en")
g1b = mail(a, "Dan Whitcombe",
           "Mara, it's been two days since \"we're looking into it\" and the tracking page still says "
           "\"in transit\" with the same Thursday scan. I paid for expedited. If this tent isn't here by "
           "Friday I'm buying one at REI and sending yours back unopened.\n\nDan", 55, "en",
           "Re: Order #41230 - Trailhead 2P not arrived", thread=rid(g1a), in_reply_to=rid(r))
g1c = mail(a, "Dan Whitcombe", "hello?? still no tent, still no answer. it's thursday night.", 84, "en",
           "Re: Order #41230 - Trailhead 2P not arrived", thread=rid(g1a), in_reply_to=rid(r))
s.group("en", "one identity", g1a, g1b, g1c)
# Same customer, other complaint about the same order, once the tent finally came.
o1 = mail(a, "Dan Whitcombe",
          "Hi again - the tent showed up (the day after we left, of course). But the invoice in the box is made out to "
          "\"Daniel Whitcomb\", no e, and it's got my old Asheville address on it. I need it right "
          "for my expense claim since this was for a work trip. Can you reissue it?\n\nDan",
          130, "en", "Invoice for 41230 has wrong name/address")
s.negative("other-complaint", g1a, o1, "same order: first the tent is late, later the invoice has the wrong name and address")

# G2: cracked headlamp, Mastodon then Bluesky with a link to the Mastodon account.
g2a = toot("@kestrel_rowan@fosstodon.example", "Rowan 🏕️",
           "Well that's annoying. Ridgeline 400 headlamp from @lanternfly arrived today and the lens "
           "is cracked right across the front. Box looked fine?? Anyone know if they're good about "
           "replacements", 20, "en")
g2b = sky("rowanhikes.bsky.social", "Rowan 🏕️",
          "tried asking @lanternfly.bsky.social over on mastodon a couple days ago, crickets. the "
          "headlamp you sent me has a smashed lens. I'd like a working one before my night hike "
          "next weekend pls", 70, "en", links=["@kestrel_rowan@fosstodon.example"])
s.same_person.append(["mastodon:@kestrel_rowan@fosstodon.example", "bluesky:rowanhikes.bsky.social"])
s.group("en", "profile link", g2a, g2b)

# G3: coupon not applied, Bluesky, sarcastic second post.
g3a = sky("tobiasreeve.bsky.social", "Tobias Reeve",
          "@lanternfly.bsky.social your newsletter says TRAIL15 gets 15% off stoves but checkout "
          "just says \"code not valid for items in cart\". it's literally a stove. the Emberline one",
          31, "en")
g3b = sky("tobiasreeve.bsky.social", "Tobias Reeve",
          "so is TRAIL15 an actual discount or just a fun little prank to get people to the site. "
          "asking for me", 76, "en")
s.group("en", "one identity", g3a, g3b)

# G4: charged twice, email then Mastodon, same display name only.
g4a = mail("priya.raman77@mailbox.example", "Priya Raman",
           "Hello,\n\nI bought a Cinder Mini stove last night and my card was charged twice, $64.90 "
           "two times, both at 11:52pm. I only got one confirmation email (order 41288). Please "
           "refund the second one.\n\nRegards,\nPriya Raman", 27, "en", "Charged twice")
g4b = toot("@priyar@mastodon.example", "Priya Raman",
           "Emailed @lanternfly on Tuesday about being billed twice for ONE camp stove. Not even an "
           "autoreply. $65 sitting in limbo. Lovely.", 100, "en")
s.same_person.append(["email:priya.raman77@mailbox.example", "mastodon:@priyar@mastodon.example"])
s.group("en", "same name only", g4a, g4b)

# G5: rental plan cancelled but billed again.
a = "gwen.ashdown@postbox.example"
g5a = mail(a, "Gwen Ashdown",
           "Hi,\n\nI cancelled my Gear Rental plan on 14 October (I have the confirmation email) and "
           "I've just been charged £24 again today. Please refund this and make sure the plan is "
           "actually cancelled.\n\nGwen", 120, "en", "Rental plan - charged after cancelling")
r = answer(E, g5a, "Hi Gwen, sorry about that. I've passed this on to our billing team and they'll "
           "look into it.\n\nCheers,\nOllie", 126, "en")
g5b = mail(a, "Gwen Ashdown",
           "\"Passed on\" to whom? I still have no refund and nobody has said whether the plan is "
           "cancelled or not. I don't want to find another £24 gone next month. I'd rather not "
           "have to do a chargeback.", 190, "en", "Re: Rental plan - charged after cancelling",
           thread=rid(g5a), in_reply_to=rid(r))
s.group("en", "one identity", g5a, g5b)

# ---------------------------------------------------------------- Spanish

# G6: wrong sleeping bag, same thread, triple.
a = "mjose.ibarra@correo.example"
g6a = mail(a, "María José Ibarra",
           "Buenas tardes:\n\nHe recibido el pedido nº 41877 pero el saco de dormir que me ha "
           "llegado es el Glacier -5ºC y yo pedí el Glacier -10ºC (el de la etiqueta azul). Lo "
           "necesito para ir a Gredos a mediados de noviembre, con el de -5 no me sirve.\n\n"
           "¿Me podéis decir cómo lo cambio?\n\nUn saludo,\nMaría José", 9, "es",
           "Pedido 41877 - saco equivocado")
r = answer(E, g6a, "Hola María José, gracias por avisarnos. Estamos revisándolo con el almacén y te "
           "decimos algo en cuanto podamos.\n\nUn saludo,\nLanternfly Outdoor", 15, "es")
g6b = mail(a, "María José Ibarra",
           "Hola de nuevo. Han pasado tres días y sigo sin saber nada. Solo quiero saber si me "
           "mandáis el saco bueno o si tengo que devolver este primero, porque el viaje es el 14. "
           "Gracias.", 88, "es", "Re: Pedido 41877 - saco equivocado", thread=rid(g6a), in_reply_to=rid(r))
g6c = mail(a, "María José Ibarra",
           "Esto ya es de chiste. Una semana casi con un saco que no es el mío en el pasillo y "
           "ninguna respuesta. ¿Alguien lee este correo?", 150, "es",
           "Re: Pedido 41877 - saco equivocado", thread=rid(g6a), in_reply_to=rid(r))
s.group("es", "one identity", g6a, g6b, g6c)

# G7: refund for a returned stove not received, Mastodon.
g7a = toot("@nachoperez@mastodon.example", "Nacho",
           "@lanternfly hola! devolví el hornillo Emberline hace 3 semanas, me confirmasteis que "
           "os había llegado el 12 y el reembolso todavia no aparece en la cuenta. Me decís algo?",
           40, "es")
g7b = toot("@nachoperez@mastodon.example", "Nacho",
           "@lanternfly sigo esperando mi dinero eh. 59,90€ no es una fortuna pero es MI fortuna 🙃",
           122, "es")
s.group("es", "one identity", g7a, g7b)
o2 = toot("@nachoperez@mastodon.example", "Nacho",
          "@lanternfly otra cosa: el código BIENVENIDA10 de la newsletter no me lo coge en la web, "
          "pone que ha caducado pero el mail es de ayer", 140, "es")
s.negative("other-complaint", g7a, o2, "same customer: first a refund not received, then a newsletter code rejected")

# G8: "delivered" but not received, Bluesky then email with a link to the Bluesky handle.
g8a = sky("lauravives.bsky.social", "Laura Vives",
          "El seguimiento de @lanternfly.bsky.social dice ENTREGADO desde ayer a las 13:04 y aquí "
          "no ha llegado nada. Ni en el buzón, ni con la vecina, ni en conserjería. Un filtro de "
          "agua no se evapora 🤷‍♀️", 44, "es")
g8b = mail("laura.vives.g@correo.example",
           "Laura Vives",
           "Hola,\n\nOs escribí ayer por Bluesky y no he tenido respuesta. El paquete del pedido "
           "41790 (filtro Clearbrook) figura como entregado pero yo no lo he recibido. Vivo en un "
           "3º sin ascensor y nadie ha llamado. ¿Podéis abrir una reclamación con la empresa de "
           "transporte?\n\nGracias,\nLaura Vives", 68, "es", "Paquete entregado que no me ha llegado",
           links=["lauravives.bsky.social"])
s.same_person.append(["bluesky:lauravives.bsky.social", "email:laura.vives.g@correo.example"])
s.group("es", "profile link", g8a, g8b)

# G9: cannot log in, reset mail never arrives.
a = "quique.sanz@correo.example"
g9a = mail(a, "Enrique Sanz",
           "Hola, no puedo entrar en mi cuenta. Le doy a 'he olvidado mi contraseña' y el correo "
           "para restablecerla no llega nunca (he mirado spam). Quiero ver el estado de mi pedido.",
           160, "es", "No puedo acceder a mi cuenta")
g9b = mail(a, "Enrique Sanz",
           "Lo he intentado otras 4 veces hoy. Ni rastro del email de recuperar la contraseña. "
           "Sigo sin poder entrar. Enrique", 205, "es", "Sigo sin poder entrar")
s.group("es", "one identity", g9a, g9b)

# ---------------------------------------------------------------- German

# G10: water filter missing a part, Mastodon, triple.
h = "@feldlerche@chaos.example"
g10a = toot(h, "Jule Feldmann",
            "@lanternfly Clearbrook Wasserfilter heute ausgepackt: der Schlauchadapter fehlt. Ohne den "
            "kann ich das Teil nicht an die Trinkblase hängen, was ja der Sinn der Sache war. "
            "Bestellung 41455.", 33, "de")
g10b = toot(h, "Jule Feldmann",
            "@lanternfly noch mal: in meinem Filter-Set war kein Adapter drin. Kommt da noch was "
            "oder soll ich mir selber einen basteln?", 80, "de")
g10c = toot(h, "Jule Feldmann", "@lanternfly ...hallo? Adapter? 👀", 118, "de")
s.group("de", "one identity", g10a, g10b, g10c)

# G11: invoice error, same thread after a non-committal answer.
a = "buchhaltung@bergwerk-tours.example"
g11a = mail(a, "Stefan Kröger",
            "Sehr geehrte Damen und Herren,\n\nauf Ihrer Rechnung RE-2026-3318 zur Bestellung 41302 "
            "fehlt unsere USt-IdNr., obwohl wir sie im Kundenkonto hinterlegt haben. Außerdem ist "
            "die MwSt. auf die Versandkosten doppelt berechnet. Bitte senden Sie uns eine korrigierte "
            "Rechnung.\n\nMit freundlichen Grüßen\nStefan Kröger\nBergwerk Tours GmbH", 50, "de",
            "Rechnung RE-2026-3318 fehlerhaft")
r = answer(E, g11a, "Guten Tag Herr Kröger,\n\nvielen Dank für Ihre Nachricht. Wir prüfen das und "
           "melden uns.\n\nViele Grüße\nLanternfly Outdoor", 57, "de")
g11b = mail(a, "Stefan Kröger",
            "Guten Tag,\n\nich komme auf meine Mail von Mittwoch zurück. Die korrigierte Rechnung "
            "liegt uns immer noch nicht vor, unser Steuerberater wartet darauf. Ohne USt-IdNr. "
            "können wir sie nicht buchen.\n\nMfG\nS. Kröger", 170, "de",
            "AW: Rechnung RE-2026-3318 fehlerhaft", thread=rid(g11a), in_reply_to=rid(r))
s.group("de", "one identity", g11a, g11b)

# G12: return label not received, email then Bluesky, same display name only.
g12a = mail("m.hollaender@webpost.example", "Markus Holländer",
            "Hallo,\n\nich habe am Montag über das Formular eine Retoure für den Schlafsack "
            "(Bestellnr. 41511) angemeldet. Das Retourenlabel sollte per Mail kommen, ist aber bis "
            "heute nicht da. Spam-Ordner ist leer.\n\nGruß\nMarkus", 62, "de", "Retourenlabel fehlt")
g12b = sky("markush.bsky.social", "Markus Holländer",
           "Seit 4 Tagen warte ich auf ein Rücksendeetikett von @lanternfly.bsky.social. Mail "
           "beantwortet keiner. Wie soll ich den Schlafsack zurückschicken, per Brieftaube?",
           150, "de")
s.same_person.append(["email:m.hollaender@webpost.example", "bluesky:markush.bsky.social"])
s.group("de", "same name only", g12a, g12b)

# G13: app crashes at payment, Bluesky.
g13a = sky("ninakoehler.bsky.social", "Nina",
           "Die @lanternfly.bsky.social App schmiert jedes mal ab wenn ich auf \"Jetzt bezahlen\" "
           "tippe. iPhone 13, neueste Version. Warenkorb ist danach leer. Nervig",
           210, "de")
g13b = sky("ninakoehler.bsky.social", "Nina",
           "App gelöscht, neu installiert, wieder Absturz beim Bezahlen. Ich geb's auf und bestell "
           "woanders wenn das morgen nicht geht", 236, "de")
s.group("de", "one identity", g13a, g13b)
o3 = sky("ninakoehler.bsky.social", "Nina",
         "Hab dann am Laptop bestellt. Jetzt kam die Stirnlampe in Orange statt Schwarz. Ernsthaft "
         "@lanternfly.bsky.social?", 330, "de")
s.negative("other-complaint", g13a, o3, "same customer: first the app crashes at payment, later the wrong colour of headlamp")

# ---------------------------------------------------------------- French

# G14: parcel late, same thread, triple.
a = "claire.dumesnil@courriel.example"
g14a = mail(a, "Claire Dumesnil",
            "Bonjour,\n\nJ'ai passé commande le 20/10 (cde 41502, une tente Trailhead 3P) et le suivi "
            "Colissimo n'a pas bougé depuis 5 jours, toujours \"en cours d'acheminement\". Pouvez-vous "
            "vérifier ?\n\nCordialement,\nClaire Dumesnil", 12, "fr", "Commande 41502 en retard")
r = answer(E, g14a, "Bonjour Claire,\n\nMerci pour votre message, nous faisons le nécessaire auprès "
           "du transporteur et revenons vers vous rapidement.\n\nL'équipe Lanternfly", 18, "fr")
g14b = mail(a, "Claire Dumesnil",
            "Bonjour,\n\n\"Rapidement\"... ça fait 3 jours. Toujours rien sur le suivi, toujours pas "
            "de tente. J'aimerais au moins savoir si le colis est perdu ou pas.\n\nClaire",
            90, "fr", "RE: Commande 41502 en retard", thread=rid(g14a), in_reply_to=rid(r))
g14c = mail(a, "Claire Dumesnil",
            "Je relance encore. Si je n'ai pas de nouvelles d'ici vendredi je demande le "
            "remboursement.", 140, "fr", "RE: Commande 41502 en retard", thread=rid(g14a), in_reply_to=rid(r))
s.group("fr", "one identity", g14a, g14b, g14c)

# G15: rude courier, Mastodon then email with a link.
g15a = toot("@bastien_l@piaille.example", "Bastien L.",
            "Le livreur qui m'apporte mon colis @lanternfly ce matin : balance le carton par-dessus "
            "le portail, me répond \"c'est pas mon problème\" quand je lui dis que c'est fragile. Top.",
            95, "fr")
g15b = mail("bastien.lefort@courriel.example", "Bastien Lefort",
            "Bonjour,\n\nje vous ai signalé sur Mastodon (@bastien_l) le comportement du livreur "
            "vendredi : colis lancé par-dessus le portail et insultes quand je lui ai fait la remarque. "
            "Je n'ai eu aucune réponse. J'aimerais que vous fassiez remonter ça au transporteur, "
            "c'est inadmissible.\n\nBastien Lefort", 160, "fr", "Comportement de votre livreur",
            links=["@bastien_l@piaille.example"])
s.same_person.append(["mastodon:@bastien_l@piaille.example", "email:bastien.lefort@courriel.example"])
s.group("fr", "profile link", g15a, g15b)

# G16: charged twice, Bluesky.
g16a = sky("amelie-r.bsky.social", "Amélie R",
           "@lanternfly.bsky.social bonjour, j'ai été débitée deux fois pour ma commande (le "
           "réchaud + cartouches), 2 x 78,40€ sur mon relevé. Vous pouvez regarder svp ?",
           225, "fr")
g16b = sky("amelie-r.bsky.social", "Amélie R",
           "toujours prélevée en double et toujours aucune réponse. 78€ c'est pas rien quand même",
           300, "fr")
s.group("fr", "one identity", g16a, g16b)

# G17: damaged stove, email then Bluesky, same display name only.
g17a = mail("h.garnier@courriel.example", "Hugo Garnier",
            "Bonjour,\n\nle réchaud Cinder Mini reçu hier a le support de casserole tordu et le "
            "bouton de réglage est cassé net. Le carton était enfoncé sur un coin. Je souhaite un "
            "échange.\n\nMerci, Hugo Garnier", 250, "fr", "Réchaud reçu abîmé")
g17b = sky("hugogarnier.bsky.social", "Hugo Garnier",
           "réchaud arrivé en miettes chez @lanternfly.bsky.social, mail envoyé il y a 3 jours, "
           "zéro retour. je pars en bivouac le 21, ça commence à sentir le sapin",
           322, "fr")
s.same_person.append(["email:h.garnier@courriel.example", "bluesky:hugogarnier.bsky.social"])
s.group("fr", "same name only", g17a, g17b)
o4 = mail("h.garnier@courriel.example", "Hugo Garnier",
          "Re-bonjour,\n\nautre souci : sur la facture le réchaud est compté 2 fois alors que je "
          "n'en ai commandé qu'un. Pouvez-vous corriger ?\n\nHugo", 262, "fr", "Erreur sur la facture")
s.negative("other-complaint", g17a, o4, "same customer and order: the stove arrived broken; separately the invoice counts it twice")

# ---------------------------------------------------------------- Portuguese

# G18: tracking stuck, Bluesky, triple (pt-BR).
h = "thiagomoraes.bsky.social"
g18a = sky(h, "Thiago Moraes",
           "@lanternfly.bsky.social meu pedido 41644 ta parado em \"objeto em trânsito\" ha uma "
           "semana. comprei o saco de dormir pra viagem do feriado, vai chegar?", 36, "pt")
g18b = sky(h, "Thiago Moraes",
           "@lanternfly.bsky.social e ai, alguma novidade? rastreio continua do mesmo jeito, nem "
           "uma atualização", 86, "pt")
g18c = sky(h, "Thiago Moraes",
           "nada ainda. nem resposta nem saco de dormir. feriado chegando 😩", 132, "pt")
s.group("pt", "one identity", g18a, g18b, g18c)

# G19: coupon not applied, email.
a = "ines.carvalho@correio.example"
g19a = mail(a, "Inês Carvalho",
            "Boa tarde,\n\nfiz uma encomenda ontem (n.º 41701) com o cupão OUTONO20 mas o desconto "
            "não foi aplicado, paguei o preço total da lanterna e do filtro. Podem devolver a "
            "diferença?\n\nCumprimentos,\nInês Carvalho", 110, "pt", "Desconto não aplicado")
g19b = mail(a, "Inês Carvalho",
            "Boa tarde, volto a escrever porque não obtive resposta. O cupão OUTONO20 não foi "
            "descontado na minha encomenda. Aguardo o reembolso dos 20%.", 175, "pt",
            "Desconto OUTONO20 - sem resposta")
s.group("pt", "one identity", g19a, g19b)

# G20: refund not received, Mastodon then email, same display name only.
g20a = toot("@rafa_alves@masto.example", "Rafaela Alves",
            "@lanternfly devolvi a barraca há 15 dias e o estorno ainda não caiu no cartão. "
            "quanto tempo isso demora normalmente?", 180, "pt")
g20b = mail("rafaela.alves.sp@correio.example", "Rafaela Alves",
            "Olá,\n\ncontinuo sem o reembolso da barraca Trailhead que devolvi no começo do mês "
            "(pedido 41366). Já perguntei no Mastodon e nada. Por favor me digam quando vão "
            "estornar.\n\nAtt,\nRafaela", 232, "pt", "Reembolso barraca")
s.same_person.append(["mastodon:@rafa_alves@masto.example", "email:rafaela.alves.sp@correio.example"])
s.group("pt", "same name only", g20a, g20b)

# G21: rental plan cancelled but billed, same thread after a non-committal answer.
a = "joao.pinto@correio.example"
g21a = mail(a, "João Pinto",
            "Olá,\n\ncancelei o plano de aluguer de material no dia 3 e hoje voltaram a cobrar-me "
            "a mensalidade (19,90€). Peço o reembolso e a confirmação do cancelamento.\n\nJoão",
            240, "pt", "Cobrança após cancelamento do plano")
r = answer(E, g21a, "Olá João, obrigado pelo contacto. Vamos verificar a situação com a equipa de "
           "faturação.\n\nLanternfly Outdoor", 246, "pt")
g21b = mail(a, "João Pinto",
            "Já passaram quatro dias. Continuo sem o dinheiro e sem confirmação de que o plano "
            "está mesmo cancelado. Não quero ser cobrado outra vez em dezembro.", 340, "pt",
            "Re: Cobrança após cancelamento do plano", thread=rid(g21a), in_reply_to=rid(r))
s.group("pt", "one identity", g21a, g21b)

# ---------------------------------------------------------------- Italian

# G22: delivered but not received, email then Mastodon with a link.
g22a = mail("giorgia.bellandi@posta.example", "Giorgia Bellandi",
            "Buongiorno,\n\nil tracking dell'ordine 41733 (sacco a pelo + lampada frontale) risulta "
            "consegnato ieri alle 10:12 ma io non ho ricevuto niente, ero in casa tutta la mattina e "
            "nessuno ha suonato. Potete verificare con il corriere?\n\nGrazie\nGiorgia", 100, "it",
            "Ordine 41733 risulta consegnato ma non ricevuto")
g22b = toot("@giorgiab@mastodon.example", "giorgia b.",
            "@lanternfly vi ho scritto per mail due giorni fa: pacco segnato come consegnato, mai "
            "arrivato. qualcuno mi risponde? grazie", 150, "it",
            links=["giorgia.bellandi@posta.example"])
s.same_person.append(["email:giorgia.bellandi@posta.example", "mastodon:@giorgiab@mastodon.example"])
s.group("it", "profile link", g22a, g22b)

# G23: invoice error, same thread.
a = "amministrazione@rifugiomonteverde.example"
g23a = mail(a, "Paolo Ferri",
            "Buongiorno,\n\nnella fattura n. 2026/1187 (ordine 41590) manca la partita IVA del "
            "rifugio e il codice destinatario SDI, quindi non possiamo registrarla. Ci mandate una "
            "fattura corretta?\n\nCordiali saluti\nPaolo Ferri\nRifugio Monteverde", 270, "it",
            "Fattura 2026/1187 da correggere")
r = answer(E, g23a, "Buongiorno Paolo, grazie della segnalazione, stiamo verificando con "
           "l'amministrazione.\n\nLanternfly Outdoor", 276, "it")
g23b = mail(a, "Paolo Ferri",
            "Buongiorno, siamo ancora in attesa della fattura corretta con P.IVA e codice SDI. Il "
            "commercialista chiude il mese venerdì. Grazie.", 365, "it",
            "R: Fattura 2026/1187 da correggere", thread=rid(g23a), in_reply_to=rid(r))
s.group("it", "one identity", g23a, g23b)

# G24: wrong size sleeping bag, Mastodon.
h = "@lucamarchetti@mastodon.example"
g24a = toot(h, "Luca Marchetti",
            "@lanternfly ordinato il Glacier in taglia Long (sono 1,92) ed è arrivato il Regular. "
            "Ci sto dentro fino alle spalle 😅 come faccio il cambio?", 290, "it")
g24b = toot(h, "Luca Marchetti",
            "@lanternfly ancora io, quello del sacco a pelo troppo corto. Nessuna risposta? Lo "
            "devo rispedire io o mi mandate il Long?", 350, "it")
s.group("it", "one identity", g24a, g24b)

# ---------------------------------------------------------------- Dutch

# G25: cannot log in, Bluesky then Mastodon, same display name only.
g25a = sky("sanne-dv.bsky.social", "Sanne de Vries",
           "Kan al 2 dagen niet inloggen bij @lanternfly.bsky.social, krijg steeds 'ongeldig "
           "wachtwoord' terwijl ik het net gereset heb. Iemand anders ook?", 170, "nl")
g25b = toot("@sannedv@mastodon.example", "Sanne de Vries",
            "@lanternfly nog steeds geen toegang tot mijn account. Wachtwoord 3x opnieuw ingesteld, "
            "elke keer 'ongeldig'. Ik wil gewoon mijn bestelling kunnen zien", 215, "nl")
s.same_person.append(["bluesky:sanne-dv.bsky.social", "mastodon:@sannedv@mastodon.example"])
s.group("nl", "same name only", g25a, g25b)
o5 = toot("@sannedv@mastodon.example", "Sanne de Vries",
          "@lanternfly en nu zie ik op mijn bankafschrift dat de bestelling van vorige week twee "
          "keer is afgeschreven. Wat is hier aan de hand", 255, "nl")
s.negative("other-complaint", g25b, o5, "same customer: first she cannot log in, then a double charge on her bank statement")

# G26: tent missing pegs, email.
a = "wouter.bakker@mailhuis.example"
g26a = mail(a, "Wouter Bakker",
            "Hoi,\n\nVandaag de Trailhead 2P binnengekregen (bestelling 41622) maar er zitten geen "
            "haringen in de zak. De stokken en het grondzeil zijn er wel. Kunnen jullie die nog "
            "nasturen?\n\nGroet,\nWouter", 300, "nl", "Haringen ontbreken bij tent")
g26b = mail(a, "Wouter Bakker",
            "Hallo, nog even over mijn tent zonder haringen. Niks meer gehoord. Ik ga dit weekend "
            "kamperen dus graag snel, anders koop ik ze zelf en stuur ik jullie de bon.",
            372, "nl", "Re: Haringen ontbreken bij tent",
            thread=rid(g26a), in_reply_to=rid(g26a))
s.group("nl", "one identity", g26a, g26b)

# G27: return label not received, Mastodon.
h = "@fenna_k@mastodon.example"
g27a = toot(h, "Fenna",
            "@lanternfly ik heb maandag een retour aangevraagd voor de hoofdlamp maar nooit een "
            "retourlabel gekregen. Hoe kan ik hem terugsturen?", 380, "nl")
g27b = toot(h, "Fenna", "@lanternfly nog steeds geen label ontvangen hoor", 430, "nl")
s.group("nl", "one identity", g27a, g27b)

# ---------------------------------------------------------------- Catalan

# G28: order not arrived, email then Bluesky with a link.
g28a = mail("marta.puig@correu.example", "Marta Puig i Soler",
            "Bon dia,\n\nVaig fer la comanda 41688 (un frontal Ridgeline i un filtre) fa deu dies i "
            "encara no m'ha arribat. El seguiment no diu res des de dimarts. Em podeu dir on "
            "es?\n\nGràcies,\nMarta", 260, "ca", "Comanda 41688 no arriba")
g28b = sky("martapuig.bsky.social", "Marta",
           "@lanternfly.bsky.social us vaig enviar un correu dijous i res. la comanda segueix "
           "sense arribar, ja son gairebé dues setmanes...", 318, "ca",
           links=["marta.puig@correu.example"])
s.same_person.append(["email:marta.puig@correu.example", "bluesky:martapuig.bsky.social"])
s.group("ca", "profile link", g28a, g28b)

# G29: charged twice, same thread after a non-committal answer.
a = "jordi.casals@correu.example"
g29a = mail(a, "Jordi Casals",
            "Hola,\n\nM'heu cobrat dues vegades la comanda 41712 (sac de dormir, 129€). Al banc "
            "surten dos càrrecs iguals el mateix dia. Us agrairia que me'n retornéssiu un.\n\n"
            "Salutacions,\nJordi", 280, "ca", "Cobrament duplicat comanda 41712")
r = answer(E, g29a, "Hola Jordi, gràcies per escriure'ns. Ho estem comprovant i et direm alguna "
           "cosa aviat.\n\nLanternfly Outdoor", 286, "ca")
g29b = mail(a, "Jordi Casals",
            "Bon dia, tornem-hi: els dos càrrecs de 129€ continuen al compte i ningú m'ha dit res "
            "més. Quan me'l torneu?", 360, "ca", "Re: Cobrament duplicat comanda 41712",
            thread=rid(g29a), in_reply_to=rid(r))
s.group("ca", "one identity", g29a, g29b)
o6 = mail(a, "Jordi Casals",
          "Hola de nou,\n\nA banda del cobrament, el sac de dormir de la comanda 41712 ha arribat "
          "amb la cremallera lateral trencada, no tanca del tot. Com ho fem per canviar-lo?\n\nJordi",
          330, "ca", "Sac amb la cremallera trencada")
s.negative("other-complaint", g29a, o6, "same customer and order: first a double charge, then a broken zip on the sleeping bag")

# G30: site hangs at checkout, Bluesky.
h = "pau-ferrer.bsky.social"
g30a = sky(h, "Pau Ferrer",
           "la web de @lanternfly.bsky.social es queda penjada quan poso la targeta, la roda "
           "gira i gira i no passa res. He provat amb Firefox i amb el mòbil", 390, "ca")
g30b = sky(h, "Pau Ferrer",
           "avui igual. 3r dia que intento pagar la tenda i la pàgina de pagament no acaba mai de "
           "carregar. ho deixo correr?", 440, "ca")
s.group("ca", "one identity", g30a, g30b)

# ---------------------------------------------------------------- follow-ups

# F1: shop asks for the order number and a photo; the customer sends them.
a = "kmcallister@inboxly.example"
f1a = mail(a, "Kate McAllister",
           "Hi, my Ridgeline 400 won't hold a charge, dies after like 20 min on the medium "
           "setting. Bought it last month. Is that normal?", 22, "en", "Headlamp battery")
r = answer(E, f1a, "Hi Kate, that's not normal. Could you send us your order number and a photo of "
           "the label inside the battery compartment?\n\nThanks,\nMara", 28, "en")
f1b = mail(a, "Kate McAllister",
           "Sure - it's order 41107. Photo of the label attached (sorry it's a bit blurry).\n\nKate",
           33, "en", "Re: Headlamp battery", thread=rid(f1a), in_reply_to=rid(r))
s.negative("follow-up", f1a, f1b, "sends the order number and photo the shop asked for")

# F2: shop asks for photos; the customer sends them.
a = "sergio.lahoz@correo.example"
f2a = mail(a, "Sergio Lahoz",
           "Hola, el filtro Clearbrook gotea por la rosca de arriba en cuanto aprieto la bolsa. "
           "¿Es defecto?", 75, "es", "Filtro gotea")
r = answer(E, f2a, "Hola Sergio, ¿nos puedes mandar un par de fotos de la rosca y el número de "
           "pedido?\n\nGracias", 80, "es")
f2b = mail(a, "Sergio Lahoz",
           "Ahí van las fotos. El pedido es el 41560. Se ve la junta un poco torcida en la segunda.",
           92, "es", "Re: Filtro gotea", thread=rid(f2a), in_reply_to=rid(r))
s.negative("follow-up", f2a, f2b, "sends the photos and order number the shop asked for")

# F3: missing tent poles; shop asks for the order number.
a = "tanja.reuter@webpost.example"
f3a = mail(a, "Tanja Reuter",
           "Hallo, bei meinem Zelt fehlt eine der beiden Stangen. Was kann ich tun?\nLG Tanja",
           140, "de", "Zeltstange fehlt")
r = answer(E, f3a, "Hallo Tanja, das tut uns leid! Kannst du uns bitte die Bestellnummer schicken? "
           "Dann schicken wir die Stange direkt los.", 146, "de")
f3b = mail(a, "Tanja Reuter", "Klar, Bestellnr. 41598. Danke für die schnelle Antwort!",
           149, "de", "Re: Zeltstange fehlt", thread=rid(f3a), in_reply_to=rid(r))
s.negative("follow-up", f3a, f3b, "sends the order number the shop asked for")

# F4: a PS with the forgotten photo, same thread, no answer in between.
a = "lea.morin@courriel.example"
f4a = mail(a, "Léa Morin",
           "Bonjour, la fermeture éclair de mon sac de couchage Glacier s'est cassée à la 2e "
           "utilisation. Est-ce couvert par la garantie ? Merci. Léa", 200, "fr",
           "Fermeture éclair cassée")
f4b = mail(a, "Léa Morin", "PS : j'avais oublié la photo, la voici. Commande 41470.",
           201, "fr", "Re: Fermeture éclair cassée", thread=rid(f4a), in_reply_to=rid(f4a))
s.negative("follow-up", f4a, f4b, "PS with the forgotten photo and the order number")

# F5: Mastodon, shop asks for the order number in the thread.
h = "@marcodevito@mastodon.example"
f5a = toot(h, "Marco De Vito",
           "@lanternfly il fornellino che ho preso da voi fa una fiamma gialla e fa un sacco di "
           "fuliggine, è normale?", 215, "it")
r = answer(M, f5a, "@marcodevito Ciao Marco, no, non è normale. Ci scrivi il numero d'ordine e "
           "che cartuccia usi?", 219, "it")
f5b = toot(h, "Marco De Vito",
           "@lanternfly ordine 41655, cartuccia la vostra da 230g comprata insieme", 221, "it",
           thread=rid(f5a), in_reply_to=rid(r))
s.negative("follow-up", f5a, f5b, "answers the shop's question with the order number and cartridge")

# F6: shop asks which size; the customer answers.
a = "bruno.teles@correio.example"
f6a = mail(a, "Bruno Teles",
           "Olá, quero trocar o saco-cama por um tamanho maior, como faço?", 300, "pt",
           "Troca de saco-cama")
r = answer(E, f6a, "Olá Bruno, claro. Pode indicar o número da encomenda e o tamanho que quer?",
           305, "pt")
f6b = mail(a, "Bruno Teles", "Encomenda nº 41680, queria o Long em vez do Regular. Obrigado!",
           311, "pt", "Re: Troca de saco-cama", thread=rid(f6a), in_reply_to=rid(r))
s.negative("follow-up", f6a, f6b, "gives the order number and size the shop asked for")

# ---------------------------------------------------------------- other customers, same complaint

# C1: checkout outage, two customers on Mastodon within the hour.
c1a = toot("@owenp@hachyderm.example", "Owen P",
           "is the @lanternfly site down for anyone else? checkout gives me a 502", 46, "en")
c1b = toot("@trailmix_tess@mastodon.example", "Tess",
           "@lanternfly your checkout page is broken, error 502 every time I click pay", 46.5, "en")
s.negative("other-customer", c1a, c1b, "two customers hit the same checkout outage")

# C2: a couple sharing one order.
c2a = mail("ben.okoro@inboxly.example", "Ben Okoro",
           "Hi, our order 41610 (two Glacier bags) was meant to arrive Saturday, still nothing. Any "
           "news? Ben", 190, "en", "Order 41610")
c2b = sky("adaokoro.bsky.social", "Ada Okoro",
          "@lanternfly.bsky.social our sleeping bags (order 41610) are now 3 days late, my husband "
          "emailed too. we're off camping Friday!", 196, "en")
s.negative("other-customer", c2a, c2b, "husband and wife, one shared order, each writes on their own account")

# C3: two different people named Alex Morgan, same kind of complaint, different orders and places.
c3a = mail("alex.morgan.leeds@postbox.example", "Alex Morgan",
           "Hello, my parcel (order 41392, a Cinder Mini stove) hasn't arrived in Leeds, Royal Mail "
           "tracking stuck since Friday. Alex", 58, "en", "Parcel not arrived")
c3b = sky("alexmorgan-pdx.bsky.social", "Alex Morgan",
          "@lanternfly.bsky.social still waiting on my tent here in Portland, UPS says delayed "
          "with no date. order was 41418", 64, "en")
s.same_name_different_people.append(["email:alex.morgan.leeds@postbox.example",
                                     "bluesky:alexmorgan-pdx.bsky.social"])
s.negative("other-customer", c3a, c3b, "two different people named Alex Morgan (Leeds and Portland), different orders")

# C4: two different people named Jonas Weber, both cannot log in.
c4a = mail("jonas.weber@webpost.example", "Jonas Weber",
           "Hallo, ich komme nicht mehr in mein Kundenkonto, Passwort-Reset-Mail kommt nicht an. "
           "Jonas Weber, Freiburg", 266, "de", "Login geht nicht")
c4b = toot("@jweber_hh@norden.example", "Jonas Weber",
           "@lanternfly Login klappt seit gestern nicht, \"Konto gesperrt\". Ich hab nix gemacht. "
           "Grüße aus Hamburg", 272, "de")
s.same_name_different_people.append(["email:jonas.weber@webpost.example",
                                     "mastodon:@jweber_hh@norden.example"])
s.negative("other-customer", c4a, c4b, "two different people named Jonas Weber (Freiburg and Hamburg), both locked out")

# C5: app not opening, two Spanish-speaking customers.
c5a = sky("irene-gm.bsky.social", "Irene",
          "la app de @lanternfly.bsky.social no abre, se queda en la pantalla del farolillo", 392, "es")
c5b = sky("dalmaupuente.bsky.social", "Dalmau",
          "a alguien más no le abre la app de lanternfly? se queda pillada en el logo", 393, "es")
s.negative("other-customer", c5a, c5b, "two customers during the same app outage")

# C6: the same promo code rejected for two customers.
c6a = toot("@chiarasole@mastodon.example", "Chiara",
           "@lanternfly il codice AUTUNNO15 non funziona, dice scaduto", 110, "it")
c6b = mail("federico.rinaldi@posta.example", "Federico Rinaldi",
           "Buonasera, ho provato a usare il codice AUTUNNO15 della vostra newsletter ma il sito "
           "dice che non è valido. Scade oggi? Grazie, Federico", 113, "it", "Codice sconto")
s.negative("other-customer", c6a, c6b, "two customers with the same newsletter code rejected")

# ---------------------------------------------------------------- window

w1a = sky("ellietrails.bsky.social", "Ellie",
          "@lanternfly.bsky.social the password reset link you send just goes to a blank page?",
          14, "en")
w1b = sky("ellietrails.bsky.social", "Ellie",
          "@lanternfly.bsky.social reset password link = blank page. still. can't log in",
          255, "en")
s.negative("window", w1a, w1b, "same login problem again ten days later")

a = "k.albrecht@webpost.example"
w2a = mail(a, "Katrin Albrecht",
           "Hallo, ich warte noch auf die Erstattung für den zurückgeschickten Kocher (Bestellung "
           "41280). Wann wird das überwiesen?\nVG Katrin", 24, "de", "Erstattung Kocher")
w2b = mail(a, "Katrin Albrecht",
           "Hallo nochmal, die Erstattung für den Kocher ist immer noch nicht da. Bitte um "
           "Rückmeldung.\nKatrin Albrecht", 290, "de", "Erstattung fehlt immer noch")
s.negative("window", w2a, w2b, "same refund asked about again eleven days later")

h = "@camila_r@masto.example"
w3a = toot(h, "Camila Rocha",
           "@lanternfly rastreio do meu pedido não atualiza desde segunda, tá tudo bem?", 60, "pt")
w3b = toot(h, "Camila Rocha",
           "@lanternfly de novo parado o rastreio, desde sexta sem movimentação", 280, "pt")
s.negative("window", w3a, w3b, "tracking stuck again nine days later")

a = "nuria.bosch@correu.example"
w4a = mail(a, "Núria Bosch",
           "Bon dia, a la factura de la comanda 41340 hi ha el NIF malament (hi falta una lletra). "
           "Me la podeu tornar a enviar?", 66, "ca", "NIF erroni a la factura")
w4b = mail(a, "Núria Bosch",
           "Bon dia, encara no tinc la factura corregida de la comanda 41340, el NIF continua "
           "malament. Gràcies", 380, "ca", "Factura 41340")
s.negative("window", w4a, w4b, "the same invoice error asked about again thirteen days later")

# ---------------------------------------------------------------- filler

mail("henrik.lund@mailbox.example", "Henrik Lund",
     "Hi, do you ship to Norway? And if so, are there customs fees on top?", 5, "en", "Shipping to Norway")
toot("@ultralight_ivy@mastodon.example", "Ivy",
     "@lanternfly is the Trailhead 2P freestanding or do I need to stake it out?", 17, "en")
sky("campfire-joe.bsky.social", "Joe",
    "@lanternfly.bsky.social does the Cinder Mini take the screw-on isobutane canisters or the "
    "campingaz clip ones?", 48, "en")
mail("sofia.navarro@correo.example", "Sofía Navarro",
     "Hola, ¿hacéis envíos a Canarias? Gracias", 73, "es", "Envíos a Canarias")
toot("@pablo_cumbres@mastodon.example", "Pablo",
     "@lanternfly el filtro Clearbrook sirve para agua de río con mucho sedimento o se atasca?",
     128, "es")
mail("lukas.brandt@webpost.example", "Lukas Brandt",
     "Guten Tag, bis wann muss ich bestellen, damit es vor dem 20.11. ankommt? Danke", 105, "de",
     "Lieferzeit")
sky("wanderlena.bsky.social", "Lena",
    "@lanternfly.bsky.social Wie warm ist der Glacier -10 wirklich? Komfort- oder Limittemperatur?",
    185, "de")
mail("pierre.vasseur@courriel.example", "Pierre Vasseur",
     "Bonjour, proposez-vous la location de tentes pour un seul week-end, sans abonnement ?",
     145, "fr", "Location ponctuelle")
toot("@manon_rando@piaille.example", "Manon",
     "@lanternfly vous avez des frontales rechargeables en USB-C ?", 245, "fr")
sky("duda-trilhas.bsky.social", "Duda",
    "@lanternfly.bsky.social vcs entregam no Brasil ou so na Europa?", 158, "pt")
mail("miguel.sousa@correio.example", "Miguel Sousa",
     "Boa noite, o plano de aluguer inclui seguro em caso de dano ao material?", 310, "pt",
     "Plano de aluguer - seguro")
toot("@ale_trekking@mastodon.example", "Alessandro",
     "@lanternfly avete ancora la Trailhead 3P in verde? sul sito risulta esaurita", 335, "it")
mail("dirk.jansen@mailhuis.example", "Dirk Jansen",
     "Goedemiddag, kan ik bij jullie ook een gasbrander huren voor één weekend?", 230, "nl",
     "Huren brander")
sky("joost-buiten.bsky.social", "Joost",
    "@lanternfly.bsky.social hoe lang gaat de batterij van de Ridgeline 400 mee op de hoogste stand?",
    400, "nl")
mail("arnau.vila@correu.example", "Arnau Vila",
     "Hola, teniu botiga física a Barcelona o només venda online?", 350, "ca", "Botiga física")
toot("@laia_muntanya@mastodon.example", "Laia",
     "@lanternfly el sac Glacier es pot rentar a la rentadora?", 410, "ca")

s.write(os.path.dirname(os.path.abspath(__file__)),
        "Lanternfly Outdoor (camping and hiking gear): repeats in other words in eight languages, "
        "written without sight of the detector; labels are what a reader would say.")
