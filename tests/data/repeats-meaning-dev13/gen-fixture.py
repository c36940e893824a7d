#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of customer posts to Mossgrove Plants, a small online shop
for houseplants and plant care (plants shipped in pots, grow lights,
self-watering planters, soil mixes, a monthly plant-club box), for measuring
how well repeats are found: the same customer raising the same complaint again
within 7 days, mostly in other words, on the same channel or on another one.

The posts were written as customers of such a shop write, in eight languages
(en, es, de, fr, pt, it, nl, ca), without sight of the detector, its lexicon or
the other labelled sets. The labels say what a person reading the posts would
say; they were never edited to fit the detector.

30 true groups (25 pairs, 5 triples), 10 of them across channels (5 known by a
profile link, 5 by the same display name only), labelled negatives of four
kinds (follow-up, other-complaint, other-customer, window), shop answers, and
one-off questions from other customers as filler.

Writes fixture.jsonl and labels.json next to this script.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 9, 28, 8, 35, tzinfo=timezone.utc)
S = LabelledSet(BASE, "mg", "hello@mossgrove.example", "@mossgrove@plants.example",
                "mossgrove.example", "Mossgrove Plants")
E, M, B = "email", "mastodon", "bluesky"
rid = S.rid


def mail_thread(first, reply):
    return {"thread": rid(first), "in_reply_to": rid(reply)}


# ---------------------------------------------------------------- groups, en
# 1: late Monstera, same mail thread, non-committal answer, then a bare nudge
a = S.add(E, "hannah.oduya@mailbox.example", "Hi there,\n\nI ordered a Monstera deliciosa (the 40cm one) plus a bag of aroid mix on the 19th, order #58213. Tracking still says 'label created' and it's been over a week. Can you tell me what's going on?\n\nThanks,\nHannah",
          2, lang="en", subject="Order #58213 not shipped?", name="Hannah Oduya")
r = S.reply(E, "Hi Hannah, thanks for getting in touch! We're looking into it with the courier and will get back to you as soon as we know more. Best, Tilde @ Mossgrove", 7, rid(a), rid(a), "en")
b = S.add(E, "hannah.oduya@mailbox.example", "Hi Tilde,\n\nit's been two days since 'we're looking into it' and the tracking hasn't moved an inch. Is my monstera actually coming or is it sitting in a warehouse turning yellow? I'd honestly rather have a refund at this point.\n\nHannah",
          55, lang="en", subject="Re: Order #58213 not shipped?", name="Hannah Oduya", **mail_thread(a, r))
c = S.add(E, "hannah.oduya@mailbox.example", "hello?? still nothing. 58213.",
          101, lang="en", subject="Re: Order #58213 not shipped?", name="Hannah Oduya", **mail_thread(a, r))
S.group("en", "one identity", a, b, c)
# other complaint, same order, same customer
d = S.add(E, "hannah.oduya@mailbox.example", "Hi, different thing this time - the monstera finally arrived (thanks) but the invoice that came with it lists TWO bags of aroid mix and I only ordered and paid for one. Could you send a corrected invoice? I need it for my partner's expense sheet, long story.\n\nHannah",
          150, lang="en", subject="Invoice for 58213 is wrong", name="Hannah Oduya")
S.negative("other-complaint", a, d, "late delivery, then a wrong invoice for the same order")

# 2: grow light dead, Mastodon then email with a profile link
a = S.add(M, "@fernwhisperer@botany.social", "@mossgrove bought your 24W full spectrum grow bar 3 weeks ago and it already flickers like a horror movie and then just dies. Not impressed tbh 😒",
          12, lang="en", name="Priya (she/her) 🌿")
b = S.add(E, "priya.raman@fastpost.example", "Hello,\n\nI posted about this on Mastodon as well but got no reply. The LED grow bar I bought from you (order 58177) has stopped working - it flickers for a few seconds when I switch it on and then goes dark. I've tried a different socket and a different timer. My calathea corner is now in the dark. What are my options?\n\nRegards,\nPriya Raman",
          40, lang="en", subject="Grow light stopped working", name="Priya Raman", links=["@fernwhisperer@botany.social"])
S.same_person.append(["mastodon:@fernwhisperer@botany.social", "email:priya.raman@fastpost.example"])
S.group("en", "profile link", a, b)

# 3: refund for returned pothos, Bluesky
a = S.add(B, "jonnyleaves.bsky.social", "hey @mossgrove.example I sent back the marble queen pothos that came with root rot like 2 weeks ago, you confirmed you got it... where's my money?",
          20, lang="en", name="Jon")
b = S.add(B, "jonnyleaves.bsky.social", "still waiting on that refund btw. £18.50 isn't a fortune but it's MY £18.50 @mossgrove.example",
          88, lang="en", name="Jon")
S.group("en", "one identity", a, b)

# 4: double charge, email then Bluesky, same name only
a = S.add(E, "g.whitfield@homeisp.example", "Hi,\n\nI've been charged twice for my order - two identical payments of £42.90 on my card statement dated 2 October, both say MOSSGROVE PLANTS. Please refund one of them.\n\nOrder number is 58301 I think.\n\nGareth Whitfield",
          98, lang="en", subject="Charged twice", name="Gareth Whitfield")
b = S.add(B, "gwhitfield.bsky.social", "Emailed @mossgrove.example 2 days ago about being charged twice for one order of soil and a snake plant. Nothing back. Bit worrying when it's your money sat in someone else's account",
          147, lang="en", name="Gareth Whitfield")
S.same_person.append(["email:g.whitfield@homeisp.example", "bluesky:gwhitfield.bsky.social"])
S.group("en", "same name only", a, b)

# 5: coupon not applied, email thread after a non-committal answer
a = S.add(E, "lou.benedetti@postbox.example", "hiya, I used the code GREENTHUMB15 at checkout, it said 'applied' but when I looked at the confirmation the 15% wasn't taken off?? order 58340, total was £61.20 which is the full price.\nLou",
          150, lang="en", subject="discount code", name="Lou Benedetti")
r = S.reply(E, "Hi Lou, sorry about that! I've passed this on to our team and someone will check it. Mossgrove", 154, rid(a), rid(a), "en")
b = S.add(E, "lou.benedetti@postbox.example", "So did anyone check it? Still no sign of the £9.18 I was supposed to save. Feels a bit like the code is just decoration",
          222, lang="en", subject="Re: discount code", name="Lou Benedetti", **mail_thread(a, r))
S.group("en", "one identity", a, b)

# 6: plant club cancelled but still billed, Bluesky
a = S.add(B, "mireille-grows.bsky.social", "cancelled my @mossgrove.example plant club in august, got the confirmation email and everything. just got billed £24 for the october box anyway. cool cool cool",
          260, lang="en", name="Mireille")
b = S.add(B, "mireille-grows.bsky.social", "me, 4 days later, still paying for a plant subscription i don't have 🙃 @mossgrove.example can someone please actually stop taking my money",
          352, lang="en", name="Mireille")
S.group("en", "one identity", a, b)

# ---------------------------------------------------------------- groups, es
# 7: broken pot, triple in one mail thread
a = S.add(E, "marisol.quintana@correo.example", "Hola buenas,\n\nAyer me llegó el pedido nº 58255 y la maceta de cerámica de la Strelitzia venía partida en tres trozos, tierra por toda la caja. La planta parece que está bien pero la maceta no sirve. ¿Me mandáis otra?\n\nUn saludo,\nMarisol Quintana",
          30, lang="es", subject="Maceta rota pedido 58255", name="Marisol Quintana")
r = S.reply(E, "Hola Marisol, sentimos mucho lo ocurrido. Lo estamos revisando y te decimos algo en breve. Un saludo, equipo Mossgrove", 36, rid(a), rid(a), "es")
b = S.add(E, "marisol.quintana@correo.example", "Hola otra vez,\nya han pasado tres dias desde que me dijisteis que lo estabais revisando... la strelitzia sigue en un cubo de fregar porque no tengo donde ponerla. Necesito la maceta de reposicion o que me devolvais el dinero de la maceta.\nMarisol",
          105, lang="es", subject="Re: Maceta rota pedido 58255", name="Marisol Quintana", **mail_thread(a, r))
c = S.add(E, "marisol.quintana@correo.example", "Sigo esperando. Gracias.",
          170, lang="es", subject="Re: Maceta rota pedido 58255", name="Marisol Quintana", **mail_thread(a, r))
S.group("es", "one identity", a, b, c)

# 8: wrong plant, Mastodon
a = S.add(M, "@quique_verde@mastodon.example", "@mossgrove pedí una Maranta leuconeura (la de las nervaduras rojas) y me ha llegado una calathea que no tiene nada que ver 🤦‍♂️ ¿cómo lo solucionamos?",
          64, lang="es", name="Quique")
b = S.add(M, "@quique_verde@mastodon.example", "@mossgrove sigo con la calathea equivocada en el salon y sin respuesta. Yo queria la maranta, no es tan dificil",
          130, lang="es", name="Quique")
S.group("es", "one identity", a, b)

# 9: delivered but not received, email then Mastodon with a profile link
a = S.add(E, "adrian.sola@buzon.example", "Buenas tardes:\n\nEl seguimiento del pedido 58290 pone \"entregado\" desde el martes a las 11:02 pero yo no he recibido nada. Estuve en casa toda la mañana y ningún vecino lo tiene. ¿Podéis abrir una reclamación con la mensajería?\n\nAdrián Solà",
          80, lang="es", subject="Pedido marcado como entregado y no recibido", name="Adrián Solà")
b = S.add(M, "@adrisola@mastodon.example", "Oye @mossgrove, os escribí por correo el jueves: el paquete sale como ENTREGADO y aquí no ha llegado nada. Ni un aviso, ni una foto del repartidor, nada. ¿Alguien lo mira?",
          148, lang="es", name="Adri", links=["adrian.sola@buzon.example"])
S.same_person.append(["email:adrian.sola@buzon.example", "mastodon:@adrisola@mastodon.example"])
S.group("es", "profile link", a, b)

# 10: cannot log in, Bluesky
a = S.add(B, "lucia-bm.bsky.social", "@mossgrove.example no puedo entrar en mi cuenta, me dice contraseña incorrecta y cuando le doy a recuperarla no llega ningun correo (mirado spam también)",
          300, lang="es", name="Lucía B.")
b = S.add(B, "lucia-bm.bsky.social", "segundo dia intentando entrar en la web de @mossgrove.example. el correo de restablecer contraseña sigue sin aparecer. quiero renovar el club y no puedo 😤",
          327, lang="es", name="Lucía B.")
S.group("es", "one identity", a, b)

# ---------------------------------------------------------------- groups, de
# 11: wrong invoice, triple in email (third mail a fresh one that mentions the first)
a = S.add(E, "t.hansmann@firmenpost.example", "Guten Tag,\n\nauf der Rechnung zu Bestellung 58232 (3x Zamioculcas für unser Büro) fehlt unsere Firmenanschrift und die USt-IdNr., obwohl ich beides beim Bestellen angegeben habe. So kann unsere Buchhaltung die Rechnung nicht verbuchen. Bitte um eine korrigierte Rechnung.\n\nMit freundlichen Grüßen\nThomas Hansmann\nHansmann Steuerberatung",
          26, lang="de", subject="Rechnung 58232 fehlerhaft", name="Thomas Hansmann")
r = S.reply(E, "Guten Tag Herr Hansmann, vielen Dank für den Hinweis. Wir kümmern uns darum und melden uns. Viele Grüße, Mossgrove Plants", 30, rid(a), rid(a), "de")
b = S.add(E, "t.hansmann@firmenpost.example", "Guten Tag,\n\nich warte nach wie vor auf die berichtigte Rechnung. Unsere Buchhaltung fragt inzwischen täglich nach. Bitte schicken Sie mir die Rechnung mit Firmenadresse und USt-IdNr. zeitnah zu.\n\nMfG\nT. Hansmann",
          99, lang="de", subject="Re: Rechnung 58232 fehlerhaft", name="Thomas Hansmann", **mail_thread(a, r))
c = S.add(E, "t.hansmann@firmenpost.example", "Sehr geehrte Damen und Herren,\n\nich schreibe nun zum dritten Mal wegen derselben Rechnung (Büropflanzen, Ende September). Wenn das so weitergeht, müssen wir die Zahlung zurückbuchen lassen. Eine korrekte Rechnung kann doch nicht so schwer sein.\n\nThomas Hansmann",
          175, lang="de", subject="Immer noch keine korrekte Rechnung", name="Thomas Hansmann")
S.group("de", "one identity", a, b, c)

# 12: late delivery, Bluesky then email, same name only
a = S.add(B, "kaddi-pflanzt.bsky.social", "Seit 9 Tagen warte ich auf meine Alocasia von @mossgrove.example. Sendungsverfolgung: \"in Zustellung\". Seit 9 Tagen. Die arme Pflanze 🥲",
          44, lang="de", name="Katharina Weil")
b = S.add(E, "katharina.weil@webpost.example", "Hallo,\n\nwo bleibt meine Bestellung? Alocasia Zebrina + Übertopf, bestellt am 18.09. Laut DHL seit über einer Woche \"in Zustellung\", passiert ist nichts. Könnt ihr da mal nachhaken?\n\nViele Grüße\nKatharina Weil",
          93, lang="de", subject="Bestellung kommt nicht an", name="Katharina Weil")
S.same_person.append(["bluesky:kaddi-pflanzt.bsky.social", "email:katharina.weil@webpost.example"])
S.group("de", "same name only", a, b)

# 13: missing part of a self-watering planter, Mastodon
a = S.add(M, "@oleander@norden.social", "@mossgrove Beim selbstbewässernden Topf \"Aqua 30\" fehlt die Wasserstandsanzeige. Ohne das Ding weiß ich ja nicht wann ich nachfüllen muss. Könnt ihr die nachschicken?",
          180, lang="de", name="Ole")
b = S.add(M, "@oleander@norden.social", "@mossgrove Hallo? Der Schwimmer/Anzeiger für den Aqua 30 fehlt immer noch. Keine Antwort ist auch eine Antwort 🙄",
          250, lang="de", name="Ole")
S.group("de", "one identity", a, b)

# 14: refund, email thread after a non-committal answer
a = S.add(E, "brigitte.kollmann@t-post.example", "Sehr geehrtes Mossgrove-Team,\n\nam 1. Oktober habe ich die Hängeampel mit der Ceropegia zurückgeschickt (Retourennummer R-7716). Die Rückerstattung von 34,90 € ist bis heute nicht auf meinem Konto eingegangen.\n\nFreundliche Grüße\nBrigitte Kollmann",
          270, lang="de", subject="Rückerstattung fehlt", name="Brigitte Kollmann")
r = S.reply(E, "Liebe Frau Kollmann, danke für Ihre Nachricht, wir prüfen das. Beste Grüße, Mossgrove Plants", 275, rid(a), rid(a), "de")
b = S.add(E, "brigitte.kollmann@t-post.example", "Guten Tag,\n\n\"wir prüfen das\" ist nun vier Tage her. Das Geld ist immer noch nicht da. Ich bitte um eine verbindliche Auskunft, wann ich mit der Erstattung rechnen kann.\n\nB. Kollmann",
          368, lang="de", subject="AW: Rückerstattung fehlt", name="Brigitte Kollmann", **mail_thread(a, r))
S.group("de", "one identity", a, b)

# ---------------------------------------------------------------- groups, fr
# 15: dead plant in a crushed box, triple, email
a = S.add(E, "sandrine.morel@courriel.example", "Bonjour,\n\nJ'ai reçu ce matin ma commande 58261 : le carton était complètement écrasé et le ficus lyrata a la tige cassée net en deux. Il a perdu la moitié de ses feuilles. Je vous joins des photos.\n\nQue proposez-vous ?\n\nCordialement,\nSandrine Morel",
          50, lang="fr", subject="Colis écrasé - ficus cassé", name="Sandrine Morel")
r = S.reply(E, "Bonjour Sandrine, merci pour les photos, nous sommes désolés. Nous regardons cela et revenons vers vous rapidement. L'équipe Mossgrove", 58, rid(a), rid(a), "fr")
b = S.add(E, "sandrine.morel@courriel.example", "Bonjour,\n\n\"Rapidement\"... ça fait 3 jours. Le ficus est en train de mourir sur mon balcon. Je voudrais soit un remplacement soit un remboursement, mais il faudrait me répondre.\n\nS. Morel",
          128, lang="fr", subject="Re: Colis écrasé - ficus cassé", name="Sandrine Morel", **mail_thread(a, r))
c = S.add(E, "sandrine.morel@courriel.example", "Toujours aucune nouvelle pour mon ficus cassé. Franchement décevant.",
          196, lang="fr", subject="Re: Colis écrasé - ficus cassé", name="Sandrine Morel", **mail_thread(a, r))
S.group("fr", "one identity", a, b, c)

# 16: promo code, Mastodon then Bluesky with a profile link
a = S.add(M, "@baptiste_l@piaille.example", "@mossgrove le code BIENVENUE10 marche pas, \"code invalide\" à chaque fois alors que c'est écrit sur votre newsletter d'hier 🤷",
          118, lang="fr", name="Baptiste L.")
b = S.add(B, "baptistel.bsky.social", "Déjà signalé sur mastodon : le code promo de la newsletter @mossgrove.example est refusé au paiement. Du coup mon panier de pilea attend...",
          165, lang="fr", name="Baptiste", links=["@baptiste_l@piaille.example"])
S.same_person.append(["mastodon:@baptiste_l@piaille.example", "bluesky:baptistel.bsky.social"])
S.group("fr", "profile link", a, b)

# 17: app crash, Bluesky
a = S.add(B, "claire-en-vert.bsky.social", "L'appli @mossgrove.example plante dès que j'ouvre \"mes commandes\" (android 14). Écran blanc puis retour à l'accueil. Quelqu'un d'autre ?",
          210, lang="fr", name="Claire")
b = S.add(B, "claire-en-vert.bsky.social", "toujours impossible de voir mes commandes dans l'appli, ça crash direct. j'ai désinstallé/réinstallé, rien à faire @mossgrove.example",
          262, lang="fr", name="Claire")
S.group("fr", "one identity", a, b)

# 18: return label not received, email thread
a = S.add(E, "r.fontaine@laposte-like.example", "Bonjour,\n\nJ'ai fait une demande de retour pour le terreau pour cactées (mauvais produit, j'avais commandé le mélange pour orchidées) le 6/10. On m'a dit que l'étiquette de retour arriverait par mail sous 24h, je n'ai rien reçu.\n\nMerci\nRémi Fontaine",
          230, lang="fr", subject="Étiquette retour", name="Rémi Fontaine")
r = S.reply(E, "Bonjour Rémi, nous transmettons votre demande au service logistique. Bonne journée ! Mossgrove", 240, rid(a), rid(a), "fr")
b = S.add(E, "r.fontaine@laposte-like.example", "Bonjour,\nToujours pas d'étiquette de retour dans ma boîte mail (ni dans les spams). Le sac de terreau encombre mon entrée, est-ce que quelqu'un peut me l'envoyer svp ?\nRémi",
          320, lang="fr", subject="RE: Étiquette retour", name="Rémi Fontaine", **mail_thread(a, r))
S.group("fr", "one identity", a, b)

# ---------------------------------------------------------------- groups, pt
# 19: double charge, email
a = S.add(E, "joana.ferreira@correio.example", "Boa tarde,\n\nfui cobrada duas vezes pela encomenda 58318 (vasos autoirrigáveis). Aparecem dois movimentos de 56,40€ no meu extrato. Agradeço que devolvam um deles.\n\nCumprimentos,\nJoana Ferreira",
          120, lang="pt", subject="Cobrança em duplicado", name="Joana Ferreira")
b = S.add(E, "joana.ferreira@correio.example", "Olá, volto a escrever porque ainda nao tive resposta. Continuam lá os dois pagamentos de 56,40 no banco. Por favor resolvam isto.\nJoana",
          200, lang="pt", subject="cobrança duplicada - sem resposta", name="Joana Ferreira")
S.group("pt", "one identity", a, b)

# 20: late order, Bluesky then Mastodon, same name only
a = S.add(B, "tiagomendes.bsky.social", "a minha encomenda da @mossgrove.example ainda não chegou, já lá vão 12 dias. era uma prenda de anos 😩",
          140, lang="pt", name="Tiago Mendes")
b = S.add(M, "@tmendes@masto.example", "@mossgrove bom dia, a encomenda com a costela-de-adão para a minha mãe continua sem aparecer. O aniversário já passou. Há alguma previsão?",
          190, lang="pt", name="Tiago Mendes")
S.same_person.append(["bluesky:tiagomendes.bsky.social", "mastodon:@tmendes@masto.example"])
S.group("pt", "same name only", a, b)

# 21: wrong pot size, Mastodon
a = S.add(M, "@renata_plantas@masto.example", "@mossgrove encomendei o vaso de 25cm para a minha sansevieria e chegou um de 14cm 🙄 nem cabe o torrão lá dentro",
          330, lang="pt", name="Renata")
b = S.add(M, "@renata_plantas@masto.example", "@mossgrove então e o vaso certo? Continuo com um vasinho de 14 em vez do de 25 que paguei",
          410, lang="pt", name="Renata")
S.group("pt", "one identity", a, b)

# ---------------------------------------------------------------- groups, it
# 22: refund, email thread
a = S.add(E, "f.gallo@posta.example", "Buongiorno,\n\nho annullato l'ordine n. 58275 il giorno stesso dell'acquisto (prima della spedizione) e mi avete confermato l'annullamento via mail. Il rimborso di 39,00 euro però non mi è ancora arrivato.\n\nGrazie,\nFederica Gallo",
          70, lang="it", subject="Rimborso ordine annullato", name="Federica Gallo")
r = S.reply(E, "Buongiorno Federica, stiamo verificando con il nostro sistema di pagamento. A presto, Mossgrove Plants", 75, rid(a), rid(a), "it")
b = S.add(E, "f.gallo@posta.example", "Salve, ancora niente rimborso. Quanto ci vuole per \"verificare\"? Sono passati 4 giorni\n\nFederica",
          170, lang="it", subject="R: Rimborso ordine annullato", name="Federica Gallo", **mail_thread(a, r))
S.group("it", "one identity", a, b)

# 23: rude courier, Mastodon then email, same name only
a = S.add(M, "@marcopolline@mastodon.example", "@mossgrove il vostro corriere oggi mi ha lanciato il pacco con le piante oltre il cancello e quando gli ho detto qualcosa mi ha pure mandato a quel paese. Complimenti.",
          240, lang="it", name="Marco Pollini")
b = S.add(E, "marco.pollini@libero-like.example", "Buonasera,\n\nvi scrivo per segnalare il comportamento del corriere che ha consegnato il mio ordine giovedì: ha buttato il pacco oltre il cancello e mi ha risposto in modo molto maleducato. Con delle piante dentro, poi. Vorrei sapere quale corriere usate e se prenderete provvedimenti.\n\nMarco Pollini",
          290, lang="it", subject="Comportamento del corriere", name="Marco Pollini")
S.same_person.append(["mastodon:@marcopolline@mastodon.example", "email:marco.pollini@libero-like.example"])
S.group("it", "same name only", a, b)

# 24: wrong soil mix, Bluesky
a = S.add(B, "giuli-green.bsky.social", "@mossgrove.example avevo ordinato il substrato per orchidee (bark) e mi è arrivato terriccio universale. Le mie phalaenopsis ringraziano 🙃",
          380, lang="it", name="Giuli")
b = S.add(B, "giuli-green.bsky.social", "ancora niente dal servizio clienti di @mossgrove.example per il terriccio sbagliato. le orchidee aspettano il loro bark...",
          440, lang="it", name="Giuli")
S.group("it", "one identity", a, b)

# ---------------------------------------------------------------- groups, nl
# 25: cancelled club still billed, triple, email
a = S.add(E, "sanne.devries@mailnet.example", "Hoi,\n\nIk heb mijn plantenclub-abonnement op 14 september opgezegd (bevestiging heb ik nog), maar vandaag is er toch weer €24,95 afgeschreven. Willen jullie dat terugstorten en checken dat het echt stopgezet is?\n\nGroetjes,\nSanne de Vries",
          10, lang="nl", subject="Abonnement opgezegd maar toch betaald", name="Sanne de Vries")
r = S.reply(E, "Hoi Sanne, bedankt voor je bericht! We gaan het uitzoeken. Groetjes, Mossgrove", 16, rid(a), rid(a), "nl")
b = S.add(E, "sanne.devries@mailnet.example", "Hoi,\n\nNog niks gehoord en ook geen geld terug. Ik wil gewoon zeker weten dat ik niet volgende maand wéér betaal voor een box die ik niet meer wil.\n\nSanne",
          75, lang="nl", subject="Re: Abonnement opgezegd maar toch betaald", name="Sanne de Vries", **mail_thread(a, r))
c = S.add(E, "sanne.devries@mailnet.example", "Hallo?? Al bijna een week. Die €24,95 staat nog steeds niet terug op mijn rekening.",
          150, lang="nl", subject="Re: Abonnement opgezegd maar toch betaald", name="Sanne de Vries", **mail_thread(a, r))
S.group("nl", "one identity", a, b, c)

# 26: lost parcel, Bluesky then email with a profile link
a = S.add(B, "pimvanloon.bsky.social", "Pakketje van @mossgrove.example is volgens PostNL \"niet bezorgbaar\" en daarna... niks meer. Niemand weet waar het is. Mijn hoya's 😢",
          280, lang="nl", name="Pim")
b = S.add(E, "pim.vanloon@kpn-like.example", "Beste Mossgrove,\n\nZoals ik ook op Bluesky schreef: mijn pakket (bestelling 58390, twee hoya's en een hangpot) is kwijt. Status staat sinds vrijdag op 'niet bezorgbaar' en er komt geen nieuwe bezorgpoging. Kunnen jullie een onderzoek starten of het opnieuw sturen?\n\nMet vriendelijke groet,\nPim van Loon",
          316, lang="nl", subject="Pakket kwijt - 58390", name="Pim van Loon", links=["pimvanloon.bsky.social"])
S.same_person.append(["bluesky:pimvanloon.bsky.social", "email:pim.vanloon@kpn-like.example"])
S.group("nl", "profile link", a, b)

# 27: password reset mail missing, Mastodon
a = S.add(M, "@jorisk@mastodon.example", "@mossgrove ik krijg geen mail om mijn wachtwoord te resetten. 4x geprobeerd, ook spam gecheckt. Iemand een idee?",
          400, lang="nl", name="Joris")
b = S.add(M, "@jorisk@mastodon.example", "@mossgrove nog steeds geen reset-mail ontvangen, kan dus nog steeds niet inloggen. beetje jammer",
          430, lang="nl", name="Joris")
S.group("nl", "one identity", a, b)

# ---------------------------------------------------------------- groups, ca
# 28: order not arrived, email
a = S.add(E, "nuria.puig@correu.example", "Bon dia,\n\nVaig fer la comanda 58244 fa deu dies (una pilea i un llum de creixement) i encara no ha arribat. El número de seguiment no funciona a la web del transportista.\n\nGràcies,\nNúria Puig",
          60, lang="ca", subject="Comanda no arribada", name="Núria Puig")
b = S.add(E, "nuria.puig@correu.example", "Hola de nou,\nsegueixo sense rebre res i ningú m'ha contestat. Si us plau, digueu-me on és el paquet o torneu-me els diners.\nNúria",
          160, lang="ca", subject="Re: Comanda no arribada", name="Núria Puig", thread=rid(a), in_reply_to=rid(a))
S.group("ca", "one identity", a, b)

# 29: plant arrived dead, Mastodon then Bluesky, same name only
a = S.add(M, "@jordi_ferrer@mastodont.example", "@mossgrove m'ha arribat la calathea orbifolia amb totes les fulles marrons i recargolades, morta del tot. Així no 😞",
          340, lang="ca", name="Jordi Ferrer")
b = S.add(B, "jferrer.bsky.social", "encara espero resposta de @mossgrove.example per la planta que em va arribar morta. la calathea està per llençar",
          390, lang="ca", name="Jordi Ferrer")
S.same_person.append(["mastodon:@jordi_ferrer@mastodont.example", "bluesky:jferrer.bsky.social"])
S.group("ca", "same name only", a, b)

# 30: wrong invoice, email then Mastodon with a profile link
a = S.add(E, "m.roca@estudiroca.example", "Bon dia,\n\nLa factura de la comanda 58360 surt a nom meu com a particular, però la vaig fer per a l'estudi i vaig posar el NIF de l'empresa. Em podeu fer una factura nova amb les dades correctes?\n\nSalutacions,\nMontse Roca\nEstudi Roca Interiors",
          300, lang="ca", subject="Factura amb dades incorrectes", name="Montse Roca")
b = S.add(M, "@montseroca@mastodont.example", "@mossgrove us vaig enviar un correu dissabte per la factura mal feta (sense el NIF de l'estudi). Algú ho pot mirar? La gestoria m'ho reclama",
          365, lang="ca", name="Montse Roca · Estudi", links=["m.roca@estudiroca.example"])
S.same_person.append(["email:m.roca@estudiroca.example", "mastodon:@montseroca@mastodont.example"])
S.group("ca", "profile link", a, b)

# ---------------------------------------------------------------- follow-ups
# shop asks for a photo, customer sends it
a = S.add(E, "deb.holloway@postbox.example", "Hi, my self-watering planter arrived with a crack down the side of the reservoir and it leaks all over the windowsill. Order 58229.\nDeb",
          22, lang="en", subject="Leaking planter", name="Deb Holloway")
r = S.reply(E, "Hi Deb, so sorry! Could you send us a photo of the crack so we can arrange a replacement? Thanks, Mossgrove", 26, rid(a), rid(a), "en")
b = S.add(E, "deb.holloway@postbox.example", "Sure, photo attached - you can see the crack near the water gauge and the puddle. Thanks for sorting it.\nDeb",
          31, lang="en", subject="Re: Leaking planter", name="Deb Holloway", **mail_thread(a, r))
S.negative("follow-up", a, b, "sends the photo the shop asked for")

# shop asks for the order number
a = S.add(E, "pablo.iriarte@correo.example", "Hola, me ha llegado el kit de esquejes sin las etiquetas ni las instrucciones que salen en la web. ¿Me las podéis mandar?",
          112, lang="es", subject="Faltan instrucciones", name="Pablo Iriarte")
r = S.reply(E, "Hola Pablo, claro. ¿Nos indicas el número de pedido para localizarlo? Gracias", 116, rid(a), rid(a), "es")
b = S.add(E, "pablo.iriarte@correo.example", "Es el 58329. Gracias!\nPablo",
          119, lang="es", subject="Re: Faltan instrucciones", name="Pablo Iriarte", **mail_thread(a, r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

a = S.add(E, "jens.albrecht@netzpost.example", "Hallo,\n\nmeine Pflanzenlampe \"Sol 12\" hat einen Wackelkontakt am Kabel, geht dauernd aus und an. Was kann ich tun?\n\nGruß Jens",
          205, lang="de", subject="Pflanzenlampe Wackelkontakt", name="Jens Albrecht")
r = S.reply(E, "Hallo Jens, das tut uns leid. Schickst du uns bitte die Bestellnummer und ein kurzes Video, dann tauschen wir die Lampe aus. Viele Grüße, Mossgrove", 209, rid(a), rid(a), "de")
b = S.add(E, "jens.albrecht@netzpost.example", "Hi, Bestellnr. ist 58356, Video hängt an (man sieht gut wie sie flackert wenn ich am Kabel wackle).\nJens",
          214, lang="de", subject="Re: Pflanzenlampe Wackelkontakt", name="Jens Albrecht", **mail_thread(a, r))
S.negative("follow-up", a, b, "order number and video the shop asked for")

# a PS with the photo, no request by the shop
a = S.add(E, "helene.brun@courriel.example", "Bonjour, le pot en terre cuite de ma commande 58379 est arrivé fendu au fond. Pouvez-vous m'en envoyer un autre ?\nMerci, Hélène",
          285, lang="fr", subject="Pot fendu", name="Hélène Brun")
b = S.add(E, "helene.brun@courriel.example", "PS : voici la photo de la fissure, j'avais oublié de la joindre.",
          286, lang="fr", subject="Re: Pot fendu", name="Hélène Brun", thread=rid(a), in_reply_to=rid(a))
S.negative("follow-up", a, b, "PS with the forgotten photo")

a = S.add(E, "alessandro.riva@posta.example", "Buongiorno, il mio pacco risulta in giacenza ma non ho ricevuto nessun avviso. Come faccio a ritirarlo?\nAlessandro Riva",
          345, lang="it", subject="Pacco in giacenza", name="Alessandro Riva")
r = S.reply(E, "Buongiorno Alessandro, ci può mandare il numero di tracking o dell'ordine? Così controlliamo con il corriere. Grazie", 350, rid(a), rid(a), "it")
b = S.add(E, "alessandro.riva@posta.example", "Ecco: tracking BRT 0841 2273 9915, ordine 58395.\nGrazie mille",
          352, lang="it", subject="Re: Pacco in giacenza", name="Alessandro Riva", **mail_thread(a, r))
S.negative("follow-up", a, b, "gives the tracking and order number the shop asked for")

a = S.add(E, "beatriz.lopes@correio.example", "Olá, a planta da caixa do clube deste mês (uma peperomia) chegou com cochonilhas. Não a quero pôr ao pé das outras. O que faço?\nBeatriz",
          395, lang="pt", subject="Planta do clube com pragas", name="Beatriz Lopes")
r = S.reply(E, "Olá Beatriz, lamentamos! Pode enviar-nos uma fotografia das folhas? Depois enviamos uma planta nova. Obrigado, Mossgrove", 399, rid(a), rid(a), "pt")
b = S.add(E, "beatriz.lopes@correio.example", "Aqui vão duas fotos, vê-se bem o algodãozinho branco nas axilas das folhas.\nBeatriz",
          405, lang="pt", subject="Re: Planta do clube com pragas", name="Beatriz Lopes", **mail_thread(a, r))
S.negative("follow-up", a, b, "sends the photos the shop asked for")

# ---------------------------------------------------------------- other complaints
a = S.add(M, "@carmenherbal@mastodon.example", "@mossgrove el código OTOÑO20 no me aplica el descuento en el fertilizante, ¿es solo para plantas?",
          46, lang="es", name="Carmen")
b = S.add(M, "@carmenherbal@mastodon.example", "@mossgrove por cierto, el potus que me llegó ayer tiene trips, se ven los puntitos plateados en todas las hojas. No mola nada",
          120, lang="es", name="Carmen")
S.negative("other-complaint", a, b, "coupon not applied, then pests on the plant")

a = S.add(B, "lennart-pflanzt.bsky.social", "Die Growlampe von @mossgrove.example kam mit gebrochener Halterung an. Clip komplett ab. Na super.",
          85, lang="de", name="Lennart")
b = S.add(B, "lennart-pflanzt.bsky.social", "und jetzt komm ich nicht mal mehr in mein kundenkonto bei @mossgrove.example um die reklamation zu machen. \"Fehler 500\" 🙃",
          110, lang="de", name="Lennart")
S.negative("other-complaint", a, b, "broken grow-light clip, then cannot log in")

a = S.add(E, "yves.perrin@courriel.example", "Bonjour, ma commande 58310 aurait dû arriver lundi, toujours rien. Vous avez des nouvelles ?\nYves Perrin",
          135, lang="fr", subject="Commande en retard", name="Yves Perrin")
b = S.add(E, "yves.perrin@courriel.example", "Bonjour,\n\nautre souci : je vois deux prélèvements de 27,80 € sur mon compte pour cette commande. Merci de rembourser le doublon.\n\nYves Perrin",
          160, lang="fr", subject="Double prélèvement", name="Yves Perrin")
S.negative("other-complaint", a, b, "late order, then charged twice for it")

a = S.add(M, "@femkeb@mastodon.example", "@mossgrove in mijn zelfwaterende pot zat geen binnenpot, alleen het buitenreservoir. Kan die nagestuurd worden?",
          225, lang="nl", name="Femke")
b = S.add(M, "@femkeb@mastodon.example", "@mossgrove en de bezorger van vandaag liet het pakket gewoon bij de buren van 3 huizen verder, zonder briefje, en snauwde toen ik belde. Wie gebruiken jullie??",
          290, lang="nl", name="Femke")
S.negative("other-complaint", a, b, "missing inner pot, then rude courier")

a = S.add(E, "arnau.vidal@correu.example", "Hola,\nla planta de la caixa del club d'aquest mes (una maranta) ha arribat amb la test trencada.\nArnau Vidal",
          355, lang="ca", subject="Caixa del club - test trencat", name="Arnau Vidal")
b = S.add(E, "arnau.vidal@correu.example", "Hola,\naltra cosa: m'heu cobrat la quota del club dues vegades aquest mes (2 x 24,95 €). Em podeu retornar una?\nArnau",
          420, lang="ca", subject="Quota del club cobrada dos cops", name="Arnau Vidal")
S.negative("other-complaint", a, b, "broken pot in the club box, then club fee charged twice")

# ---------------------------------------------------------------- other customers
a = S.add(M, "@dustyrosie@botany.social", "is the @mossgrove site down for anyone else? checkout just spins forever",
          457, lang="en", name="Rosie")
b = S.add(B, "kwame-plants.bsky.social", "@mossgrove.example can't pay, checkout page keeps timing out. trying to grab the hoya before it sells out 😭",
          458, lang="en", name="Kwame")
S.negative("other-customer", a, b, "two customers hit the same checkout outage")

a = S.add(E, "elena.marin@correo.example", "Hola, el pedido 58347 (a nombre de Elena Marín) no ha llegado todavía, ya van 9 días. ¿Qué pasa?\nElena",
          250, lang="es", subject="Pedido 58347 sin llegar", name="Elena Marín")
b = S.add(M, "@dani_rb@mastodon.example", "@mossgrove mi pareja y yo llevamos 9 días esperando el pedido 58347 (el olivo y las macetas). Ya os ha escrito ella por mail. ¿Alguna novedad?",
          262, lang="es", name="Dani")
S.negative("other-customer", a, b, "a couple sharing one order, each asking about it")

a = S.add(E, "sam.carter@northmail.example", "Hello, my string of pearls arrived with half the strands snapped off and the pot cracked. Order 58336. Sam Carter, Leeds",
          175, lang="en", subject="Damaged string of pearls", name="Sam Carter")
b = S.add(B, "samcarter.bsky.social", "@mossgrove.example my rubber plant arrived in a cracked pot with soil everywhere. first order from you too 😕 (portland, OR, if it matters)",
          195, lang="en", name="Sam Carter")
S.same_name_different_people.append(["email:sam.carter@northmail.example", "bluesky:samcarter.bsky.social"])
S.negative("other-customer", a, b, "two different people named Sam Carter, both with damaged items")

a = S.add(M, "@juliabecker@chaos.example", "@mossgrove Meine Bestellung (Monstera + Moosstab) ist seit einer Woche unterwegs und kommt nicht an. Hamburg, falls das hilft.",
          215, lang="de", name="Julia Becker")
b = S.add(E, "julia.becker72@webpost.example", "Guten Tag,\n\nmeine Bestellung 58368 (2x Kokosfaser-Erde, 1 Sprühflasche) ist noch nicht da, bestellt am 3.10. Ich wohne in Graz. Gibt es Verzögerungen nach Österreich?\n\nJulia Becker",
          232, lang="de", subject="Lieferung nach Österreich", name="Julia Becker")
S.same_name_different_people.append(["mastodon:@juliabecker@chaos.example", "email:julia.becker72@webpost.example"])
S.negative("other-customer", a, b, "two different people named Julia Becker, both waiting for different orders")

a = S.add(B, "lea-et-ses-plantes.bsky.social", "le code AUTOMNE15 de @mossgrove.example ne passe pas chez moi, \"expiré\" alors qu'il est valable jusqu'au 31 ?",
          300, lang="fr", name="Léa")
b = S.add(M, "@mathis_jardine@piaille.example", "@mossgrove votre code AUTOMNE15 est refusé au panier, c'est normal ?",
          308, lang="fr", name="Mathis")
S.negative("other-customer", a, b, "two customers with the same refused promo code")

a = S.add(M, "@chiara_verde@mastodon.example", "@mossgrove la box del plant club di ottobre non è ancora arrivata, di solito arriva entro il 10. Tutto ok?",
          330, lang="it", name="Chiara")
b = S.add(E, "davide.conti@posta.example", "Salve, non ho ancora ricevuto la box di ottobre del plant club. Potete controllare?\nDavide Conti",
          345, lang="it", subject="Box ottobre", name="Davide Conti")
S.negative("other-customer", a, b, "two club members both missing the October box")

# ---------------------------------------------------------------- window
a = S.add(E, "owen.pritchard@valleymail.example", "Hi, the timer on my Mossgrove grow light has stopped working - the light just stays on all night now. Bought it in August. Can I get a replacement?\nOwen",
          4, lang="en", subject="Grow light timer broken", name="Owen Pritchard")
b = S.add(E, "owen.pritchard@valleymail.example", "Hi again, never heard back about the grow light. The timer's still dead so I'm switching it off by hand every night. Could someone reply please?\nOwen",
          262, lang="en", subject="Grow light timer - again", name="Owen Pritchard")
S.negative("window", a, b, "same broken timer asked again after more than 7 days")

a = S.add(M, "@rui_f@masto.example", "@mossgrove devolvi o vaso de terracota há 2 semanas e ainda não vi o reembolso",
          34, lang="pt", name="Rui")
b = S.add(M, "@rui_f@masto.example", "@mossgrove continuo sem reembolso do vaso devolvido. Já é quase um mês...",
          250, lang="pt", name="Rui")
S.negative("window", a, b, "same refund asked again nine days later")

a = S.add(E, "mark.jansen@mailnet.example", "Goedemiddag,\n\nMijn bestelling 58226 is volgens de track & trace al vier dagen 'in sorteercentrum'. Weten jullie meer?\n\nMark Jansen",
          18, lang="nl", subject="Bestelling 58226 staat stil", name="Mark Jansen")
b = S.add(E, "mark.jansen@mailnet.example", "Goedemiddag,\n\nBestelling 58226 is nog steeds niet bezorgd en de status is niet veranderd. Kunnen jullie het pakket laten opsporen of opnieuw versturen?\n\nMark Jansen",
          310, lang="nl", subject="Nogmaals: bestelling 58226", name="Mark Jansen")
S.negative("window", a, b, "same stuck parcel asked again twelve days later")

a = S.add(B, "laiarius.bsky.social", "no puc entrar al meu compte de @mossgrove.example, diu que l'usuari no existeix 🤔",
          130, lang="ca", name="Laia")
b = S.add(B, "laiarius.bsky.social", "un altre cop no puc entrar al compte de @mossgrove.example, \"usuari no existeix\". algú més?",
          332, lang="ca", name="Laia")
S.negative("window", a, b, "same login problem again eight days later")

# ---------------------------------------------------------------- filler
S.add(E, "amy.lindqvist@northmail.example", "Hi! Is the Calathea 'White Fusion' safe for cats? Thinking of ordering one but my cat eats everything.\nAmy",
      15, lang="en", subject="Pet safe?", name="Amy Lindqvist")
S.add(M, "@plantdad_mo@botany.social", "@mossgrove do you restock the variegated monsteras or was that a one off? asking for my wallet",
      66, lang="en", name="Mo")
S.add(B, "ivyleague.bsky.social", "@mossgrove.example how often should I be watering the ZZ plant from the starter bundle? the card says 'sparingly' which is... vague 😅",
      178, lang="en", name="Ivy")
S.add(E, "s.okafor@homeisp.example", "Hello, do you offer gift cards? I'd like to get one for my sister's birthday next month.\nSimone",
      315, lang="en", subject="Gift cards", name="Simone Okafor")
S.add(M, "@verdeoscuro@mastodon.example", "@mossgrove ¿hacéis envíos a Canarias? No lo veo en la lista de países",
      95, lang="es", name="Óscar")
S.add(E, "ines.garrido@correo.example", "Hola, ¿la mezcla de sustrato para suculentas lleva perlita o pómice? Gracias\nInés",
      280, lang="es", subject="Consulta sustrato", name="Inés Garrido")
S.add(B, "moni-gruen.bsky.social", "Frage an @mossgrove.example: kann man beim Pflanzenclub auch einen Monat aussetzen, wenn man im Urlaub ist?",
      160, lang="de", name="Moni")
S.add(E, "peter.graf@netzpost.example", "Guten Tag, liefern Sie auch in die Schweiz und wenn ja, wie hoch sind die Versandkosten?\nP. Graf",
      375, lang="de", subject="Versand Schweiz", name="Peter Graf")
S.add(M, "@noemie_pousse@piaille.example", "@mossgrove vous conseillez quelle lampe pour une pièce orientée nord avec des philodendrons ?",
      188, lang="fr", name="Noémie")
S.add(B, "lucas-dc.bsky.social", "@mossgrove.example est-ce que vous faites des emballages cadeaux ? c'est pour un anniversaire",
      420, lang="fr", name="Lucas")
S.add(E, "carla.sousa@correio.example", "Bom dia, os vasos autoirrigáveis servem para orquídeas? Obrigada\nCarla",
      235, lang="pt", subject="Vasos para orquídeas", name="Carla Sousa")
S.add(M, "@gaia_fiori@mastodon.example", "@mossgrove ciao! la pilea peperomioides la spedite anche d'inverno o aspettate la primavera?",
      110, lang="it", name="Gaia")
S.add(E, "matteo.serra@posta.example", "Buongiorno, vorrei sapere se è possibile modificare l'indirizzo di consegna di un ordine appena fatto. Grazie\nMatteo Serra",
      470, lang="it", subject="Modifica indirizzo", name="Matteo Serra")
S.add(B, "floorplant.bsky.social", "@mossgrove.example hebben jullie ook kamerplanten die tegen weinig licht kunnen? mijn badkamer heeft alleen een klein raampje",
      58, lang="nl", name="Floor")
S.add(E, "bas.hendriks@mailnet.example", "Hallo, kan ik bij jullie ook afhalen in plaats van laten bezorgen?\nGroet, Bas",
      305, lang="nl", subject="Afhalen?", name="Bas Hendriks")
S.add(M, "@martacasals@mastodont.example", "@mossgrove feu enviaments a Andorra? gràcies!",
      205, lang="ca", name="Marta Casals")

S.write(HERE, "Mossgrove Plants: customer posts in eight languages with true repeat groups and labelled "
        "non-repeats (follow-up, other-complaint, other-customer, window); written without sight of the "
        "detector, labels as a reader would give them.")
