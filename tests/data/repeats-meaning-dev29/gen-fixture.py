#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words for a small wine shop
(Verdant Vine Wines: wine boxes, a wine club subscription, glasses,
corkscrews) that hears from its customers by mail, on Mastodon and on
Bluesky, in eight languages (en, es, de, fr, pt, it, nl, ca).

30 true repeat groups (25 pairs, 5 triples): the same customer raising the
same complaint again within 7 days, in other words; 10 of them across two
channels, the identities known by a link on the profile or by the same
display name only. Labelled negatives: follow-ups in the same thread,
the same customer with another complaint, other customers with the same
complaint (two of them sharing a display name across channels), and the
same complaint again after more than 7 days. Plus one-off questions.

The posts were written as customers of a small shop write, without sight
of the detector, its lexicon or the other labelled sets; the labels say
what a person reading the posts would say and were never edited to fit
the detector. Run it to write fixture.jsonl and labels.json next to it.
"""
import os
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 5, 18, 10, 15, tzinfo=timezone.utc)
S = LabelledSet(BASE, "vv", "cellar@verdantvine.example", "@verdantvine@wine.social",
                "verdantvine.bsky.social", "Verdant Vine Wines")
rid = S.rid
E, M, B = "email", "mastodon", "bluesky"


def mail(author, name, subject, text, hours, lang, thread=None, in_reply_to=None, links=None):
    return S.add(E, author, text, hours, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=in_reply_to, links=links)


def answer(channel, to, text, hours, lang, thread=None):
    return S.reply(channel, text, hours, to=rid(to), thread=rid(thread or to), lang=lang)


def then(author, name, subject, text, hours, lang, first, shop):
    """The customer's next mail in the thread of @first, after the shop's answer @shop."""
    return mail(author, name, subject, text, hours, lang, thread=rid(first), in_reply_to=rid(shop))


# ---------------------------------------------------------------- English
# 1: wine box late, mail thread, triple
a = "h.okafor@fastmail.example"
g1a = mail(a, "Hannah Okafor", "Order 58214 - where is it?",
           "Hi there,\n\nI ordered the Summer Rosé Discovery Box (order 58214) on the 12th and the "
           "site said 2-3 working days. It's now been almost a week and the tracking hasn't moved "
           "since 'label created'. It's a birthday present for Saturday so I'm getting a bit nervous.\n\n"
           "Thanks,\nHannah", 2, "en")
r1 = answer(E, g1a, "Hi Hannah, thanks for getting in touch. We're looking into this with the courier "
            "and will come back to you as soon as we hear anything. Kind regards, Tom @ Verdant Vine", 6, "en")
g1b = then(a, "Hannah Okafor", "Re: Order 58214 - where is it?",
           "Hi Tom,\n\nAny news? Tracking STILL says label created. Birthday is in two days. "
           "If it won't make it I'd honestly rather know now so I can go buy something in a shop.\n\nHannah",
           44, "en", g1a, r1)
g1c = then(a, "Hannah Okafor", "Re: Order 58214 - where is it?",
           "So the birthday came and went and no rosé. Still not a single update on the tracking or from you. "
           "Brilliant.", 121, "en", g1a, r1)
S.group("en", "one identity", g1a, g1b, g1c)
# other complaint by the same customer, same order: invoice
oc1 = then(a, "Hannah Okafor", "Invoice for 58214",
           "Hi, separate thing - the invoice attached to the dispatch mail for 58214 has my old address in "
           "Leeds on it, I need it corrected for my expenses. The delivery address was right, just the invoice. "
           "Thanks, Hannah", 170, "en", g1a, r1)
S.negative("other-complaint", g1a, oc1, "same customer and order, now the billing address on the invoice, not the late box")

# 2: broken corkscrew, mastodon pair
a = "@dougie_brews@mastodon.scot"
g2a = S.add(M, a, "@verdantvine@wine.social got the Lever Pro corkscrew yesterday and the lever arm snapped "
            "clean off on literally the second bottle. Not impressed for £45 tbh", 20, lang="en", name="Dougie")
g2b = S.add(M, a, "@verdantvine@wine.social so is anyone going to answer about the 'Pro' corkscrew that "
            "lasted two corks or do I just chalk it up to experience", 69, lang="en", name="Dougie")
S.group("en", "one identity", g2a, g2b)

# 3: club cancelled still billed, email -> bluesky, profile link
a = "priya.nair.home@proton.example"
g3a = mail(a, "Priya Nair", "Cancelled wine club but charged again",
           "Hello,\n\nI cancelled my Cellar Club membership on 2 May (I have the confirmation email) but "
           "£39.00 was taken from my card again on the 17th. Please refund it and make sure nothing else "
           "goes out.\n\nPriya Nair", 27, "en")
g3b = S.add(B, "priyanair.bsky.social",
            "Emailed @verdantvine.bsky.social 3 days ago because they charged me for the wine club a "
            "fortnight after I cancelled. Zero reply. Want my £39 back please", 99, lang="en", name="Priya N",
            links=[a])
S.same_person.append(["email:" + a, "bluesky:priyanair.bsky.social"])
S.group("en", "profile link", g3a, g3b)

# 4: discount code, bluesky pair
a = "jakewhitlock.bsky.social"
g4a = S.add(B, a, "hey @verdantvine.bsky.social the SPRING15 code from your newsletter says 'not valid' "
            "at checkout on the italian reds box?? it's not expired according to the email",
            31, lang="en", name="Jake Whitlock")
r4 = answer(B, g4a, "Hi Jake, sorry about that! We'll check with the web team and let you know.", 34, "en")
g4b = S.add(B, a, "@verdantvine.bsky.social still getting 'invalid code' btw. tried on phone and laptop. "
            "kinda defeats the point of a newsletter discount", 80, lang="en", name="Jake Whitlock",
            thread=rid(g4a), in_reply_to=rid(r4))
S.group("en", "one identity", g4a, g4b)

# 5: wrong glasses, mastodon -> email, same name only
g5a = S.add(M, "@mwebb@fosstodon.example",
            "Ordered 4 Burgundy glasses from @verdantvine@wine.social, received 4 champagne flutes. "
            "Lovely flutes. Not what I ordered.", 50, lang="en", name="Martin Webb")
g5b = mail("martin.webb1971@mailbox.example", "Martin Webb", "wrong glasses",
           "Hi,\n\nAs per my toot on Monday - I ordered Burgundy glasses (set of 4) and got flutes instead. "
           "What do you need from me to swap them? Would rather not pay return postage for your mistake.\n\n"
           "Martin", 95, "en")
S.same_person.append(["mastodon:@mwebb@fosstodon.example", "email:martin.webb1971@mailbox.example"])
S.group("en", "same name only", g5a, g5b)

# ---------------------------------------------------------------- Spanish
# 6: refund not received, mail pair in thread
a = "lucia.ferrer.g@correo.example"
g6a = mail(a, "Lucía Ferrer", "Reembolso devolución pedido 58190",
           "Buenas tardes,\n\nDevolví la caja de Riberas (pedido 58190) hace ya tres semanas, el "
           "seguimiento dice que os llegó el día 4, y todavía no me habéis devuelto el dinero (64,90 €).\n"
           "¿Me podéis decir cuándo lo voy a recibir?\n\nUn saludo,\nLucía Ferrer", 8, "es")
r6 = answer(E, g6a, "Hola Lucía, gracias por escribirnos. Lo estamos revisando con contabilidad y te "
            "decimos algo en cuanto sepamos más. Un saludo, Verdant Vine", 12, "es")
g6b = then(a, "Lucía Ferrer", "Re: Reembolso devolución pedido 58190",
           "Hola otra vez,\n\nHan pasado 4 dias desde vuestra respuesta y sigo sin ver el dinero en la cuenta. "
           "Cuánto tarda \"revisarlo\"? Es que ya es casi un mes.\n\nLucía", 110, "es", g6a, r6)
S.group("es", "one identity", g6a, g6b)

# 7: order not arriving, mastodon triple
a = "@pacoruiz@mastodon.es"
g7a = S.add(M, a, "@verdantvine@wine.social hola! hice un pedido de la suscripción de tintos el "
            "lunes (nº 58233) y aún no me ha llegado nada, ni un correo de envío. todo bien?",
            15, lang="es", name="Paco Ruiz")
g7b = S.add(M, a, "@verdantvine@wine.social seguimos igual, ni caja ni noticias 🙃", 63, lang="es", name="Paco Ruiz")
g7c = S.add(M, a, "@verdantvine@wine.social una semana casi sin vino y sin respuesta. Así da gusto ser "
            "suscriptor eh", 140, lang="es", name="Paco Ruiz")
S.group("es", "one identity", g7a, g7b, g7c)

# 8: broken bottle, bluesky -> email, profile link
g8a = S.add(B, "irene-montoya-v.bsky.social",
            "Pues me ha llegado la caja de @verdantvine.bsky.social con una botella hecha añicos y todo el "
            "cartón empapado de vino. Qué pena, era el albariño 😢", 40, lang="es", name="Irene M.")
a = "irene.montoya.v@correo.example"
g8b = mail(a, "Irene Montoya", "Botella rota en mi caja",
           "Hola,\n\nos escribí por Bluesky el otro día: en el pedido 58177 venía el albariño roto, se "
           "mojó toda la caja. Os adjunto foto. Me gustaría que me mandarais otra botella o el reembolso "
           "de esa.\n\nGracias,\nIrene", 88, "es", links=["irene-montoya-v.bsky.social"])
S.same_person.append(["bluesky:irene-montoya-v.bsky.social", "email:" + a])
S.group("es", "profile link", g8a, g8b)

# 9: double charge, mail pair (new mail, not in thread)
a = "jgarciaperez@telefonica.example"
g9a = mail(a, "Jorge García", "Cobro duplicado",
           "Buenos días, me habéis cobrado dos veces el pedido 58241 (2 cargos de 52,50€ el mismo día en la "
           "tarjeta). Por favor anulad uno.\nSaludos\nJorge García Pérez", 130, "es")
g9b = mail(a, "Jorge García", "URGENTE cobro doble 58241",
           "Sigo teniendo los dos cargos de 52,50. Nadie me contesta. Si no lo arregláis esta semana "
           "lo reclamo al banco.\nJorge", 196, "es")
S.group("es", "one identity", g9a, g9b)

# ---------------------------------------------------------------- German
# 10: delivered but not received, mail triple
a = "stefan.kraemer@gmx.example"
g10a = mail(a, "Stefan Krämer", "Bestellung 58202 angeblich zugestellt",
            "Hallo,\n\nlaut DHL wurde meine Bestellung 58202 (Weinpaket \"Pfalz entdecken\") gestern um "
            "14:12 zugestellt. Ich war zu Hause, es hat niemand geklingelt, bei den Nachbarn ist auch nichts. "
            "Bitte klären Sie das.\n\nMit freundlichen Grüßen\nStefan Krämer", 22, "de")
r10 = answer(E, g10a, "Hallo Herr Krämer, danke für Ihre Nachricht. Wir haben einen Nachforschungsauftrag "
             "bei DHL gestellt und melden uns. Viele Grüße, Ihr Verdant Vine Team", 26, "de")
g10b = then(a, "Stefan Krämer", "Re: Bestellung 58202 angeblich zugestellt",
            "Hallo,\n\ngibt es schon was Neues? Das Paket ist weiterhin nicht aufgetaucht.\n\nGruß\nS. Krämer",
            75, "de", g10a, r10)
g10c = then(a, "Stefan Krämer", "Re: Re: Bestellung 58202 angeblich zugestellt",
            "Jetzt ist fast eine Woche rum. Ich habe 6 Flaschen bezahlt und null bekommen. Entweder "
            "Ersatz oder Geld zurück, mir egal, aber irgendwas muss jetzt passieren.", 160, "de", g10a, r10)
S.group("de", "one identity", g10a, g10b, g10c)

# 11: password reset mail not arriving, mastodon pair
a = "@lenaschmidt@chaos.social"
g11a = S.add(M, a, "@verdantvine@wine.social ich komm nicht mehr in mein Kundenkonto, die Mail zum "
             "Passwort zurücksetzen kommt einfach nicht an (auch nicht im Spam). Jemand ne Idee?",
             55, lang="de", name="Lena")
r11 = answer(M, g11a, "@lenaschmidt@chaos.social Hallo Lena, wir schauen uns das an!", 58, "de")
g11b = S.add(M, a, "@verdantvine@wine.social immer noch kein Reset-Link. Hab's jetzt 5x probiert. "
             "Will eigentlich nur meine Abo-Adresse ändern 🙄", 101, lang="de", name="Lena",
             thread=rid(g11a), in_reply_to=rid(r11))
S.group("de", "one identity", g11a, g11b)

# 12: return label not received, email -> mastodon, same name only
g12a = mail("u.brandt@posteo.example", "Ulrike Brandt", "Retourenschein",
            "Guten Tag,\n\nich habe am Montag über das Formular eine Rücksendung für die Karaffe angemeldet "
            "(Best.-Nr. 58168). Es hieß, das Retourenetikett kommt per Mail - bisher kam nichts.\n\n"
            "Freundliche Grüße\nUlrike Brandt", 60, "de")
g12b = S.add(M, "@ulrikeb@norden.social",
             "@verdantvine@wine.social Hallo, warte seit Tagen auf das Rücksendeetikett für meine Karaffe. "
             "Per Mail reagiert leider niemand. Bitte mal nachsehen!", 150, lang="de", name="Ulrike Brandt")
S.same_person.append(["email:u.brandt@posteo.example", "mastodon:@ulrikeb@norden.social"])
S.group("de", "same name only", g12a, g12b)

# 13: wrong wine, bluesky pair
a = "tobi-h.bsky.social"
g13a = S.add(B, a, "@verdantvine.bsky.social hab das Weißwein-Probierpaket bestellt und 6 Rote bekommen. "
             "Nicht schlimm, aber meine Freundin trinkt keinen Rotwein 😅 wie machen wir das?",
             200, lang="de", name="Tobias Hahn")
g13b = S.add(B, a, "@verdantvine.bsky.social hallo? wegen dem falschen paket (rot statt weiß) hab ich "
             "immer noch nix gehört", 262, lang="de", name="Tobias Hahn")
S.group("de", "one identity", g13a, g13b)

# ---------------------------------------------------------------- French
# 14: late parcel, mail triple
a = "claire.dumont@orange.example"
g14a = mail(a, "Claire Dumont", "Commande 58221 toujours pas livrée",
            "Bonjour,\n\nJ'ai passé commande le 14 (coffret Loire, cde 58221) et je n'ai toujours rien reçu. "
            "Le suivi Colissimo indique \"en cours d'acheminement\" depuis 5 jours.\nPouvez-vous vous renseigner ?\n\n"
            "Cordialement,\nClaire Dumont", 36, "fr")
r14 = answer(E, g14a, "Bonjour Claire, merci pour votre message, nous nous renseignons auprès du transporteur "
             "et revenons vers vous rapidement. Bien à vous, l'équipe Verdant Vine", 40, "fr")
g14b = then(a, "Claire Dumont", "RE: Commande 58221 toujours pas livrée",
            "Bonjour,\nToujours rien, et le suivi n'a pas bougé d'un poil. Vous avez eu des nouvelles du transporteur ?\n"
            "C. Dumont", 92, "fr", g14a, r14)
g14c = then(a, "Claire Dumont", "RE: RE: Commande 58221 toujours pas livrée",
            "Bon. Bientôt deux semaines que j'attends mon coffret, toujours \"en cours d'acheminement\", et pas de nouvelles "
            "de votre côté non plus. Je commence à croire qu'il est perdu. Merci de me proposer une solution.",
            190, "fr", g14a, r14)
S.group("fr", "one identity", g14a, g14b, g14c)

# 15: broken glasses, mastodon pair
a = "@juliengarnier@piaille.example"
g15a = S.add(M, a, "@verdantvine@wine.social colis reçu ce matin... 2 verres à dégustation sur 6 en "
             "miettes. L'emballage était un simple carton sans calage 🤦", 70, lang="fr", name="Julien G")
g15b = S.add(M, a, "@verdantvine@wine.social toujours pas de réponse pour mes verres cassés ? Je vous ai "
             "même envoyé les photos en MP", 140, lang="fr", name="Julien G")
S.group("fr", "one identity", g15a, g15b)

# 16: subscription cancelled but billed, email -> bluesky, profile link
a = "a.lefevre@free.example"
g16a = mail(a, "Antoine Lefèvre", "Résiliation abonnement Club - prélèvement",
            "Bonjour,\n\nj'ai résilié mon abonnement au Club des Caves fin avril, confirmation reçue, et vous "
            "m'avez quand même prélevé 42 € le 20 mai. Merci de me rembourser.\n\nAntoine Lefèvre", 54, "fr")
g16b = S.add(B, "antoinelfv.bsky.social",
             "Abonnement résilié il y a 3 semaines chez @verdantvine.bsky.social et prélevé quand même. "
             "Mail envoyé, aucune réponse. Je veux juste mes 42 balles",
             170, lang="fr", name="Antoine", links=[a])
S.same_person.append(["email:" + a, "bluesky:antoinelfv.bsky.social"])
S.group("fr", "profile link", g16a, g16b)

# 17: app crash at payment, bluesky pair
a = "sophie-b.bsky.social"
g17a = S.add(B, a, "@verdantvine.bsky.social votre appli plante à chaque fois que je clique sur "
             "\"payer\" (iPhone, dernière version). J'ai essayé 3 fois",
             240, lang="fr", name="Sophie Bertin")
g17b = S.add(B, a, "@verdantvine.bsky.social l'appli se ferme toujours au moment de payer... je "
             "voulais commander pour la fête des pères, c'est rapé je crois",
             300, lang="fr", name="Sophie Bertin")
S.group("fr", "one identity", g17a, g17b)

# ---------------------------------------------------------------- Portuguese
# 18: late delivery, mail triple (pt-PT)
a = "rui.tavares@sapo.example"
g18a = mail(a, "Rui Tavares", "Encomenda 58236 atrasada",
            "Boa tarde,\n\nFiz a encomenda nº 58236 (caixa Douro) há 8 dias e ainda não chegou. O site dizia "
            "entrega em 3 a 5 dias úteis. Podem verificar o que se passa?\n\nCumprimentos,\nRui Tavares", 80, "pt")
r18 = answer(E, g18a, "Olá Rui, obrigado pelo contacto. Já pedimos informação à transportadora e "
             "damos notícias em breve. Cumprimentos, Verdant Vine", 84, "pt")
g18b = then(a, "Rui Tavares", "Re: Encomenda 58236 atrasada",
            "Boa tarde, alguma novidade? Continuo sem a caixa.\nRui", 130, "pt", g18a, r18)
g18c = then(a, "Rui Tavares", "Re: Encomenda 58236 atrasada",
            "Ja vai quase em duas semanas e nada. Nem caixa nem resposta. Se calhar e melhor cancelar e "
            "devolverem o dinheiro.", 215, "pt", g18a, r18)
S.group("pt", "one identity", g18a, g18b, g18c)

# 19: missing part of corkscrew kit, mastodon pair (pt-BR)
a = "@camila_souza@masto.pt"
g19a = S.add(M, a, "@verdantvine@wine.social oi! comprei o kit sommelier e veio sem o cortador de "
             "cápsula, só o saca-rolhas e a tampa. Dá pra mandar a peça que falta?",
             100, lang="pt", name="Camila Souza")
g19b = S.add(M, a, "@verdantvine@wine.social gente, e o cortador que faltou no meu kit? ninguém respondeu "
             "ainda", 170, lang="pt", name="Camila Souza")
S.group("pt", "one identity", g19a, g19b)

# 20: coupon not applied, bluesky -> mastodon, same name only
g20a = S.add(B, "bea-lima.bsky.social",
             "@verdantvine.bsky.social o cupão BEMVINDO10 não foi aplicado na minha primeira compra, paguei o "
             "preço cheio. Podem rever?", 120, lang="pt", name="Beatriz Lima")
g20b = S.add(M, "@bealima@mastodon.example",
             "@verdantvine@wine.social olá, já perguntei no bluesky: paguei sem o desconto de 10% de "
             "boas-vindas, o código não entrou. Alguém me responde?", 190, lang="pt", name="Beatriz Lima")
S.same_person.append(["bluesky:bea-lima.bsky.social", "mastodon:@bealima@mastodon.example"])
S.group("pt", "same name only", g20a, g20b)

# 21: invoice with wrong tax number, mail pair
a = "contabilidade@tascadoze.example"
g21a = mail(a, "Tasca do Zé", "Fatura FT 2026/1187 - NIF errado",
            "Bom dia,\n\na fatura FT 2026/1187 saiu com o NIF errado (puseram 509 123 000, o nosso é 509 132 000). "
            "Precisamos de uma fatura corrigida para a contabilidade.\n\nObrigado\nJosé Martins\nTasca do Zé", 250, "pt")
g21b = mail(a, "Tasca do Zé", "Fatura corrigida?",
            "Bom dia, ainda aguardamos a fatura com o NIF certo. A contabilista precisa dela até sexta.\n"
            "José Martins", 320, "pt")
S.group("pt", "one identity", g21a, g21b)

# ---------------------------------------------------------------- Italian
# 22: delivered but not received, mail pair
a = "marco.bellini@libero.example"
g22a = mail(a, "Marco Bellini", "Ordine 58249 risulta consegnato ma non l'ho ricevuto",
            "Buongiorno,\nil tracking BRT dice consegnato ieri alle 11 ma a casa non è arrivato niente e il "
            "portiere non ha ritirato nulla. Ordine 58249.\nGrazie\nMarco Bellini", 140, "it")
r22 = answer(E, g22a, "Buongiorno Marco, ci dispiace, stiamo verificando con il corriere e le faremo "
             "sapere. Saluti, Verdant Vine", 145, "it")
g22b = then(a, "Marco Bellini", "Re: Ordine 58249 risulta consegnato ma non l'ho ricevuto",
            "Salve, ci sono novità? Il pacco non si è visto, il corriere non risponde al telefono. "
            "Qualcuno mi sa dire dove è finito?", 210, "it", g22a, r22)
S.group("it", "one identity", g22a, g22b)

# 23: double charge, mastodon -> email, profile link
g23a = S.add(M, "@giuliaverdi@mastodon.uno",
             "@verdantvine@wine.social mi avete addebitato due volte la box Toscana 😤 stesso importo, stesso "
             "giorno. Chi mi aiuta?", 160, lang="it", name="Giulia Verdi")
a = "giulia.verdi88@libero.example"
g23b = mail(a, "Giulia Verdi", "doppio addebito",
            "Ciao, vi ho scritto su Mastodon ma niente. Sulla carta vedo 2 volte 58,00€ per l'ordine 58257. "
            "Me ne stornate uno per favore?\nGiulia", 220, "it", links=["@giuliaverdi@mastodon.uno"])
S.same_person.append(["mastodon:@giuliaverdi@mastodon.uno", "email:" + a])
S.group("it", "profile link", g23a, g23b)

# 24: rude courier, bluesky pair
a = "pietro-ri.bsky.social"
g24a = S.add(B, a, "@verdantvine.bsky.social il vostro corriere oggi mi ha lanciato il pacco dal cancello "
             "e quando gli ho detto che c'erano bottiglie mi ha risposto \"e allora?\". Complimenti",
             280, lang="it", name="Pietro R.")
g24b = S.add(B, a, "@verdantvine.bsky.social quindi per voi va bene che il corriere tratti così i clienti "
             "(e le bottiglie)? nessuna risposta, ok", 330, lang="it", name="Pietro R.")
S.group("it", "one identity", g24a, g24b)

# ---------------------------------------------------------------- Dutch
# 25: bottle missing from box, mail pair
a = "sanne.visser@ziggo.example"
g25a = mail(a, "Sanne Visser", "Fles ontbreekt in wijnpakket",
            "Hoi,\n\nIk kreeg vandaag het Zuid-Afrika pakket (bestelling 58230) maar er zitten maar 5 flessen in "
            "ipv 6. De Pinotage ontbreekt. Kunnen jullie die nasturen?\n\nGroetjes,\nSanne", 110, "nl")
r25 = answer(E, g25a, "Hoi Sanne, vervelend! We zoeken het uit en laten je zo snel mogelijk iets weten. "
             "Groet, Verdant Vine", 115, "nl")
g25b = then(a, "Sanne Visser", "Re: Fles ontbreekt in wijnpakket",
            "Hoi, nog nieuws over die Pinotage? Er is nog steeds niks nagestuurd volgens mij.\nSanne",
            200, "nl", g25a, r25)
S.group("nl", "one identity", g25a, g25b)

# 26: cannot log in, mastodon -> bluesky, same name only
g26a = S.add(M, "@bramdejong@mastodon.nl",
             "@verdantvine@wine.social kan al 2 dagen niet inloggen op jullie site, krijg steeds 'onbekende "
             "combinatie' terwijl ik m'n wachtwoord net heb gereset. Iemand?", 230, lang="nl", name="Bram de Jong")
g26b = S.add(B, "bramdj.bsky.social",
             "@verdantvine.bsky.social op mastodon geen reactie dus dan maar hier: inloggen werkt nog steeds "
             "niet, ook niet met nieuw wachtwoord", 290, lang="nl", name="Bram de Jong")
S.same_person.append(["mastodon:@bramdejong@mastodon.nl", "bluesky:bramdj.bsky.social"])
S.group("nl", "same name only", g26a, g26b)

# 27: refund not received, bluesky -> email, profile link
g27a = S.add(B, "evertjan.bsky.social",
             "Al 3 weken wachten op m'n geld van @verdantvine.bsky.social voor een teruggestuurde karaf. Ze "
             "hebben hem wel ontvangen hoor", 260, lang="nl", name="Evert-Jan")
a = "ej.mulder@kpnmail.example"
g27b = mail(a, "E.J. Mulder", "terugbetaling retour 58199",
            "Goedemiddag,\n\nZoals ik ook op Bluesky schreef: de karaf van bestelling 58199 is op 6 mei retour "
            "ontvangen, maar ik heb de €34,95 nog niet teruggekregen. Graag terugstorten.\n\n"
            "Met vriendelijke groet,\nEvert-Jan Mulder", 310, "nl", links=["evertjan.bsky.social"])
S.same_person.append(["bluesky:evertjan.bsky.social", "email:" + a])
S.group("nl", "profile link", g27a, g27b)

# ---------------------------------------------------------------- Catalan
# 28: order not arriving, mail pair
a = "jordi.casals@vilaweb.example"
g28a = mail(a, "Jordi Casals", "Comanda 58244 no arriba",
            "Bon dia,\n\nVaig fer la comanda 58244 (caixa Priorat) fa 6 dies i encara no l'he rebut. No tinc "
            "cap número de seguiment. Em podeu dir alguna cosa?\n\nGràcies,\nJordi", 150, "ca")
r28 = answer(E, g28a, "Hola Jordi, ho estem mirant i et diem alguna cosa aviat. Salut, Verdant Vine", 156, "ca")
g28b = then(a, "Jordi Casals", "Re: Comanda 58244 no arriba",
            "Hola de nou. Continuo sense caixa i sense seguiment... ja fa mes d'una setmana. Que passa?",
            225, "ca", g28a, r28)
S.group("ca", "one identity", g28a, g28b)

# 29: broken glass, bluesky -> email, same name only
g29a = S.add(B, "martapuig.bsky.social",
             "@verdantvine.bsky.social m'ha arribat la copa de cava trencada, a trossos dins la capsa. Una "
             "llàstima perquè era per regalar", 180, lang="ca", name="Marta Puig")
g29b = mail("mpuig.sabadell@gmail.example", "Marta Puig", "Copa trencada",
            "Bon dia,\n\nUs vaig escriure per Bluesky però no he vist resposta. La copa de cava que vaig comprar "
            "va arribar trencada. La podeu tornar a enviar o retornar-me els diners?\n\nMarta Puig", 235, "ca")
S.same_person.append(["bluesky:martapuig.bsky.social", "email:mpuig.sabadell@gmail.example"])
S.group("ca", "same name only", g29a, g29b)

# 30: discount code, mastodon pair
a = "@nuriavall@mastodon.cat"
g30a = S.add(M, a, "@verdantvine@wine.social el codi de descompte CLUB20 no funciona a la botiga, diu "
             "que ha caducat pero al correu posa valid fins a final de mes",
             300, lang="ca", name="Núria Vall")
g30b = S.add(M, a, "@verdantvine@wine.social encara no m'heu dit res del codi CLUB20... el torno a provar i "
             "res, \"caducat\". Hi ha algú?", 352, lang="ca", name="Núria Vall")
S.group("ca", "one identity", g30a, g30b)

# ---------------------------------------------------------------- follow-ups
a = "olivia.grant@btinternet.example"
f1a = mail(a, "Olivia Grant", "Leaking bottle",
           "Hi, one of the bottles in my Malbec box arrived leaking, the label is soaked. Can you help?\nOlivia",
           12, "en")
fr1 = answer(E, f1a, "Hi Olivia, so sorry! Could you send us a photo of the bottle and your order number "
             "so we can arrange a replacement?", 16, "en")
f1b = then(a, "Olivia Grant", "Re: Leaking bottle",
           "Here you go - photo attached, order number is VV-58209. Thanks for the quick reply!", 19, "en", f1a, fr1)
S.negative("follow-up", f1a, f1b, "gives the photo and order number the shop asked for")

a = "andrea.molina@correo.example"
f2a = mail(a, "Andrea Molina", "Sacacorchos no funciona",
           "Hola, el sacacorchos eléctrico que compré no carga, la luz ni se enciende.\nAndrea", 45, "es")
fr2 = answer(E, f2a, "Hola Andrea, ¿nos puedes pasar el número de pedido para comprobar la garantía?", 49, "es")
f2b = then(a, "Andrea Molina", "Re: Sacacorchos no funciona",
           "Claro, es el pedido 58205. Lo compré hace dos semanas.", 52, "es", f2a, fr2)
S.negative("follow-up", f2a, f2b, "sends the order number the shop asked for")

a = "k.weber@web.example"
f3a = mail(a, "Katrin Weber", "Korken zerbröselt",
           "Hallo, bei zwei Flaschen aus dem Rioja-Paket ist der Korken beim Öffnen komplett zerbröselt, "
           "Wein schmeckt muffig. Bestellung 58187.\nGruß Katrin Weber", 90, "de")
fr3 = answer(E, f3a, "Hallo Frau Weber, das tut uns leid. Können Sie uns die Jahrgänge bzw. die Losnummer "
             "vom Etikett schicken?", 95, "de")
f3b = then(a, "Katrin Weber", "AW: Korken zerbröselt",
           "Klar: beide Reserva 2019, Los L-19-044 (steht hinten unten auf dem Etikett).", 98, "de", f3a, fr3)
S.negative("follow-up", f3a, f3b, "sends the vintage and lot number the shop asked for")

a = "@mathilde_r@mamot.example"
f4a = S.add(M, a, "@verdantvine@wine.social bonjour, le tire-bouchon commandé est arrivé avec la vis "
            "tordue, impossible de l'utiliser", 175, lang="fr", name="Mathilde R.")
fr4 = answer(M, f4a, "@mathilde_r@mamot.example bonjour Mathilde, désolés ! Vous pouvez nous envoyer une "
             "photo et le n° de commande en message privé ?", 178, "fr")
f4b = S.add(M, a, "@verdantvine@wine.social c'est fait, photo + numéro (58251) envoyés en MP 👍",
            181, lang="fr", name="Mathilde R.", thread=rid(f4a), in_reply_to=rid(fr4))
S.negative("follow-up", f4a, f4b, "confirms she sent the photo and order number the shop asked for")

a = "f.rossi@tiscali.example"
f5a = mail(a, "Francesca Rossi", "Bicchieri scheggiati",
           "Buonasera, dei 6 calici arrivati oggi 2 hanno il bordo scheggiato. Ordine 58262.\nFrancesca", 270, "it")
f5b = mail(a, "Francesca Rossi", "Re: Bicchieri scheggiati",
           "PS dimenticavo: vi allego le foto dei due calici, si vede bene la scheggiatura sul bordo.",
           271, "it", thread=rid(f5a), in_reply_to=rid(f5a))
S.negative("follow-up", f5a, f5b, "PS with the photos, minutes after the first mail, no new complaint")

a = "joost.bakker@hetnet.example"
f6a = mail(a, "Joost Bakker", "Adreswijziging abonnement",
           "Hallo, mijn wijnclub-doos van juni is naar mijn oude adres gestuurd, terwijl ik het adres in april "
           "had aangepast. Kan dat nog omgeleid worden?\nJoost", 330, "nl")
fr6 = answer(E, f6a, "Hoi Joost, dat proberen we. Wat is je nieuwe adres precies en je klantnummer?", 333, "nl")
f6b = then(a, "Joost Bakker", "Re: Adreswijziging abonnement",
           "Klantnummer K-20931, nieuw adres: Lindenstraat 14, 3581 KV Utrecht. Dank!", 335, "nl", f6a, fr6)
S.negative("follow-up", f6a, f6b, "gives the customer number and new address the shop asked for")

# ---------------------------------------------------------------- other complaints
oc2 = S.add(M, "@pacoruiz@mastodon.es",
            "@verdantvine@wine.social por fin llegó la caja 🎉 pero me habéis cobrado los gastos de envío y "
            "en la suscripción iban incluidos, no?", 190, lang="es", name="Paco Ruiz")
S.negative("other-complaint", g7a, oc2, "the box came; now shipping charged on a subscription, not the late box")

oc3 = mail("stefan.kraemer@gmx.example", "Stefan Krämer", "Newsletter abbestellen",
           "Hallo,\nich bekomme trotz Abmeldung weiterhin täglich Ihren Newsletter. Bitte aus dem Verteiler "
           "nehmen.\nS. Krämer", 180, "de")
S.negative("other-complaint", g10a, oc3, "same customer, newsletter after unsubscribing, not the missing parcel")

oc4 = S.add(B, "sophie-b.bsky.social",
            "@verdantvine.bsky.social bon j'ai finalement commandé sur le site, mais la carte cadeau que j'ai "
            "ajoutée n'a pas été déduite du total ??", 320, lang="fr", name="Sophie Bertin")
S.negative("other-complaint", g17a, oc4, "same customer, gift card not deducted, not the app crash")

oc5 = mail("rui.tavares@sapo.example", "Rui Tavares", "Garrafa com rolha estragada",
           "Boa tarde, a caixa chegou finalmente. Uma das garrafas de tinto tem a rolha a sair e o vinho sabe a "
           "vinagre. O que posso fazer?\nRui", 250, "pt")
S.negative("other-complaint", g18a, oc5, "the late box arrived; now a spoiled bottle in it")

oc6 = S.add(M, "@nuriavall@mastodon.cat",
            "@verdantvine@wine.social i ja que hi som: a la fitxa del Montsant posa 2021 i m'ha arribat un 2022",
            360, lang="ca", name="Núria Vall")
S.negative("other-complaint", g30a, oc6, "same customer, wrong vintage received, not the discount code")

# ---------------------------------------------------------------- other customers
o1a = S.add(M, "@rhys_ap@toot.wales",
            "@verdantvine@wine.social is your website down? getting a 502 on checkout for the last hour",
            340, lang="en", name="Rhys")
o1b = S.add(B, "fennellsophia.bsky.social",
            "@verdantvine.bsky.social site won't load at all for me, just an error page. trying to grab the club box 😩",
            341, lang="en", name="Sophia Fennell")
S.negative("other-customer", o1a, o1b, "two customers hit by the same outage")

o2a = mail("ben.harcourt@outlook.example", "Ben Harcourt", "Order 58266 not arrived",
           "Hi, our order 58266 (Anniversary box) was due Tuesday and hasn't come. Could you check please?\nBen", 280, "en")
o2b = mail("lucy.harcourt@outlook.example", "Lucy Harcourt", "Anniversary box",
           "Hello, my husband already emailed about this but I'm the one at home - the anniversary box (58266) "
           "still hasn't turned up. I'll be in all day tomorrow if the courier tries again.\nLucy", 300, "en")
S.negative("other-customer", o2a, o2b, "a couple sharing one order, each writing about it")

o3a = mail("pilar.navarro@correo.example", "Pilar Navarro", "Me habéis cobrado dos veces",
           "Hola, hoy veo en el banco dos cargos iguales de vuestra tienda por el mismo pedido (58270). ¿Qué ha "
           "pasado?\nPilar", 345, "es")
o3b = S.add(B, "alvaro-gm.bsky.social",
            "@verdantvine.bsky.social me acabáis de cobrar el pedido dos veces, os pasa a más gente o qué",
            347, lang="es", name="Álvaro G.")
S.negative("other-customer", o3a, o3b, "two customers double-charged by the same payment glitch")

o4a = S.add(M, "@annemaas@mastodon.nl",
            "@verdantvine@wine.social mijn wijnpakket is al 4 dagen onderweg, bestelling 58275. Klopt dat?",
            360, lang="nl", name="Anne Maas")
o4b = S.add(B, "annemaas-ut.bsky.social",
            "@verdantvine.bsky.social hoe lang duurt verzending naar België eigenlijk? Mijn pakket (58281) is "
            "na een week nog niet in Gent", 380, lang="nl", name="Anne Maas")
S.same_name_different_people.append(["mastodon:@annemaas@mastodon.nl", "bluesky:annemaas-ut.bsky.social"])
S.negative("other-customer", o4a, o4b, "two different people named Anne Maas, different orders and countries")

o5a = mail("thomas.moreau@laposte.example", "Thomas Moreau", "Appli qui plante",
           "Bonjour, l'appli Verdant Vine se ferme toute seule dès que j'ouvre mon panier (Android 14).\n"
           "Thomas Moreau, Lyon", 250, "fr")
o5b = S.add(M, "@tmoreau@piaille.example",
            "@verdantvine@wine.social votre appli crashe sur mon iPad quand je veux voir mes commandes, c'est "
            "connu ? (Thomas, Bordeaux)", 290, lang="fr", name="Thomas Moreau")
S.same_name_different_people.append(["email:thomas.moreau@laposte.example", "mastodon:@tmoreau@piaille.example"])
S.negative("other-customer", o5a, o5b, "two different people named Thomas Moreau (Lyon, Android; Bordeaux, iPad)")

o6a = S.add(B, "laurasartori.bsky.social",
            "@verdantvine.bsky.social la box di maggio del club non è ancora arrivata, a qualcun altro è successo?",
            400, lang="it", name="Laura Sartori")
o6b = S.add(M, "@enzo_c@mastodon.uno",
            "@verdantvine@wine.social anche io sto ancora aspettando la box del club di maggio. Tutto fermo?",
            404, lang="it", name="Enzo C.")
S.negative("other-customer", o6a, o6b, "two club members waiting for the same late monthly box")

# ---------------------------------------------------------------- outside the window
w1a = mail("g.fletcher@virgin.example", "Graham Fletcher", "Cracked glass again",
           "Morning,\nOne of the stemless glasses in my order arrived with a crack down the side. Order 58179.\nGraham",
           3, "en")
w1b = mail("g.fletcher@virgin.example", "Graham Fletcher", "cracked glass (still)",
           "Hello again, I wrote about the cracked stemless glass from order 58179 a while back and never heard. "
           "Still have it sitting on the side. Can you sort a replacement?\nGraham", 230, "en")
S.negative("window", w1a, w1b, "same cracked glass raised again more than 7 days later")

w2a = S.add(M, "@holger_b@social.example",
            "@verdantvine@wine.social meine Abo-Box ist wieder nicht gekommen, Lieferung war für Freitag angekündigt",
            24, lang="de", name="Holger")
w2b = S.add(M, "@holger_b@social.example",
            "@verdantvine@wine.social Abo-Box fehlt immer noch. Langsam nervt es echt.", 250, lang="de", name="Holger")
S.negative("window", w2a, w2b, "same missing subscription box again after more than 7 days")

w3a = S.add(B, "chiaralongo.bsky.social",
            "@verdantvine.bsky.social non riesco a fare il login, dice password errata anche dopo il reset",
            60, lang="it", name="Chiara Longo")
w3b = S.add(B, "chiaralongo.bsky.social",
            "@verdantvine.bsky.social sempre bloccata fuori dal mio account, password 'errata' 🙄", 300,
            lang="it", name="Chiara Longo")
S.negative("window", w3a, w3b, "same login problem again ten days later")

w4a = mail("pieter.dekker@xs4all.example", "Pieter Dekker", "Factuur klopt niet",
           "Goedendag, op factuur 2026-0412 staat 21% btw op de glazen maar het totaal klopt niet met wat ik heb "
           "betaald. Graag een gecorrigeerde factuur.\nP. Dekker", 100, "nl")
w4b = mail("pieter.dekker@xs4all.example", "Pieter Dekker", "Nogmaals: factuur 2026-0412",
           "Goedendag, ik heb nog steeds geen gecorrigeerde factuur ontvangen voor 2026-0412. Mijn boekhouder "
           "wacht erop.\nP. Dekker", 380, "nl")
S.negative("window", w4a, w4b, "same invoice error raised again after more than 7 days")

# ---------------------------------------------------------------- one-off questions
S.add(E, "r.ahmed@icloud.example", "Hi, do you deliver to Northern Ireland and if so how long does it take? "
      "Thinking of the club for my dad.\nRashid", 5, lang="en", subject="Delivery to NI", name="Rashid Ahmed")
S.add(M, "@kat_vino@mastodon.social", "@verdantvine@wine.social are the natural wine boxes vegan friendly? "
      "(fining agents etc)", 33, lang="en", name="Kat")
S.add(B, "dannyo.bsky.social", "@verdantvine.bsky.social can I pause the wine club for a month while we're away "
      "in July?", 150, lang="en", name="Danny O'Neill")
S.add(E, "events@thelittlebistro.example", "Hello, we're a small bistro in Bath - do you do trade prices for "
      "cases of 12+?\nMany thanks, Elena", 260, lang="en", subject="Trade pricing", name="Elena Russo")
S.add(E, "marisa.lopez@correo.example", "Hola, ¿hacéis envíos a Canarias? Gracias.", 75, lang="es",
      subject="Envío Canarias", name="Marisa López")
S.add(M, "@carlos_vino@mastodon.es", "@verdantvine@wine.social ¿se puede regalar la suscripción con "
      "tarjeta personalizada?", 210, lang="es", name="Carlos")
S.add(B, "m-hoffmann.bsky.social", "@verdantvine.bsky.social liefert ihr auch in die Schweiz? Zoll usw?",
      125, lang="de", name="Mia Hoffmann")
S.add(E, "j.winter@t-online.example", "Guten Tag, kann man bei Ihnen Gutscheine als PDF kaufen?\nJ. Winter",
      310, lang="de", subject="Gutschein", name="Jürgen Winter")
S.add(M, "@lea_vins@mamot.example", "@verdantvine@wine.social vous avez des verres à vin sans pied vendus à "
      "l'unité ?", 95, lang="fr", name="Léa")
S.add(E, "h.girard@sfr.example", "Bonjour, est-il possible de choisir uniquement des vins bio dans le coffret "
      "du club ?\nMerci, Hélène", 390, lang="fr", subject="Club et vins bio", name="Hélène Girard")
S.add(B, "joaopedro.bsky.social", "@verdantvine.bsky.social vocês têm vinho verde na caixa de verão?", 205,
      lang="pt", name="João Pedro")
S.add(E, "ana.ferreira@gmail.example", "Olá, qual o prazo de entrega para os Açores?\nAna", 355, lang="pt",
      subject="Entrega Açores", name="Ana Ferreira")
S.add(M, "@sara_ricci@mastodon.uno", "@verdantvine@wine.social si può scegliere la data di consegna? lavoro "
      "tutto il giorno", 265, lang="it", name="Sara Ricci")
S.add(E, "lotte.jansen@planet.example", "Hallo, kan ik een cadeaubericht toevoegen aan een bestelling?\nLotte",
      45, lang="nl", subject="Cadeaubericht", name="Lotte Jansen")
S.add(B, "pau-serra.bsky.social", "@verdantvine.bsky.social teniu llevataps per a esquerrans? 😄", 115,
      lang="ca", name="Pau Serra")
S.add(E, "montse.roca@vilaweb.example", "Bon dia, la subscripció del club es pot pagar cada tres mesos?\nMontse",
      405, lang="ca", subject="Pagament subscripció", name="Montse Roca")

S.write(os.path.dirname(os.path.abspath(__file__)),
        "Verdant Vine Wines: repeats in other words in eight languages, written without sight of the "
        "detector; labels are what a reader of the posts would say.")
