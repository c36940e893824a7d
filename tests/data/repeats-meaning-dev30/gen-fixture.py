#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of customer posts to Lanternfish Games, a small shop for
board games, card sleeves, dice sets and tabletop RPG books, on email,
Mastodon and Bluesky, in eight languages (en, es, de, fr, pt, it, nl, ca).

It holds 30 true repeat groups (25 pairs, 5 triples: the same customer
raising the same complaint again within 7 days, in other words, on the same
channel or across two channels), labelled negatives (follow-ups in the same
thread, other complaints by the same customer, other customers with the same
complaint, the same complaint after more than 7 days) and one-off questions
as filler.

The posts were written without sight of the detector, its lexicon or its
code, and without reading the other labelled sets. The labels say what a
person reading the posts would say; they were never edited to fit the
detector. Run it to write fixture.jsonl and labels.json next to it; the
output is deterministic.
"""
import os
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 4, 13, 9, 45, tzinfo=timezone.utc)
S = LabelledSet(BASE, "lg", "help@lanternfishgames.example", "@lanternfish@tabletop.social",
                "lanternfishgames.bsky.social", "Lanternfish Games")
rid = S.rid


def mail(author, text, hours, lang, subject, name=None, thread=None, in_reply_to=None, links=None):
    return S.add("email", author, text, hours, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=in_reply_to, links=links)


def masto(author, text, hours, lang, name=None, links=None, thread=None, in_reply_to=None):
    return S.add("mastodon", author, text, hours, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=in_reply_to)


def bsky(author, text, hours, lang, name=None, links=None, thread=None, in_reply_to=None):
    return S.add("bluesky", author, text, hours, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=in_reply_to)


def answer(channel, text, hours, to, lang, thread=None):
    return S.reply(channel, text, hours, rid(to), thread or rid(to), lang)


# ---------------------------------------------------------------- English

# G1 en, email, one identity, triple: late delivery, non-committal answer, repeat, nudge
a = mail("tom.ashworth@fastmail.example",
         "Hi there,\n\nI ordered Tidewater Expedition plus the deluxe coin upgrade on the 2nd "
         "(order #20417) and it still hasn't shipped as far as I can tell. The site said "
         "dispatch in 1-2 working days. Game night is Saturday and I'd promised the group "
         "we'd play it. Any idea when it goes out?\n\nCheers,\nTom", 1.0, "en",
         "Order #20417 not shipped yet", name="Tom Ashworth")
r = answer("email", "Hi Tom, thanks for getting in touch. We're checking with the warehouse "
           "and will get back to you as soon as we know more. Lanternfish Games", 5.5, a, "en")
b = mail("tom.ashworth@fastmail.example",
         "Hi again. 'Checking with the warehouse' was two days ago. Tracking page still says "
         "label created, nothing moving. I'm not asking for miracles, just whether the thing "
         "is actually in stock or not?? Saturday's basically gone now.\n\nTom", 53.0, "en",
         "Re: Order #20417 not shipped yet", name="Tom Ashworth",
         thread=rid(a), in_reply_to=rid(r))
c = mail("tom.ashworth@fastmail.example", "hello?? anyone there? still nothing on 20417",
         101.0, "en", "Re: Order #20417 not shipped yet", name="Tom Ashworth",
         thread=rid(a), in_reply_to=rid(r))
S.group("en", "one identity", a, b, c)
g1_first = a

# G2 en, mastodon, one identity: cracked dice
a = masto("@meeplemarta@dice.camp",
          "@lanternfish@tabletop.social so my Abyssal Glow resin set arrived today and the d20 "
          "has a crack running right through the 17 face. Gorgeous set otherwise, gutted. "
          "What do I do?", 20.0, "en", name="Marta 🎲")
r = answer("mastodon", "@meeplemarta@dice.camp oh no, sorry! We'll look into it and come back "
           "to you.", 23.0, a, "en")
b = masto("@meeplemarta@dice.camp",
          "@lanternfish@tabletop.social 4 days of 'looking into it' for one cracked d20 lol. "
          "Would love to actually roll these before the campaign ends, just saying",
          118.0, "en", name="Marta 🎲")
S.group("en", "one identity", a, b)

# G3 en, email -> bluesky, profile link: refund for returned sleeves
a = mail("d.okafor@protonmail.example",
         "Hello,\n\nI returned 6 packs of the Matte Onyx standard sleeves (wrong size for my "
         "Dominion cards, my mistake) and the return was signed for on 9 April according to "
         "Royal Mail. Still no refund on my card. Could you check please? Order 20388.\n\n"
         "Thanks\nDaniel Okafor", 26.0, "en", "Refund for returned sleeves - order 20388",
         name="Daniel Okafor")
b = bsky("danokafor.bsky.social",
         "emailed @lanternfishgames.bsky.social days ago about my refund for sleeves they've "
         "had back since the 9th. not a peep. money's still not back. anyone else had this "
         "with them?", 140.0, "en", name="Dan Okafor",
         links=["d.okafor@protonmail.example"])
S.same_person.append(["email:d.okafor@protonmail.example", "bluesky:danokafor.bsky.social"])
S.group("en", "profile link", a, b)

# G4 en, bluesky, one identity: password reset
a = bsky("quietrogue.bsky.social",
         "@lanternfishgames.bsky.social hey, trying to reset my password on your site and the "
         "reset email just never arrives. checked spam. tried 3 times. can't get to my order "
         "history or my wishlist", 44.0, "en", name="Rue")
b = bsky("quietrogue.bsky.social",
         "still can't get into my lanternfish account. clicked 'forgot password' again this "
         "morning, nothing in inbox or junk. is the reset thing just broken?",
         95.0, "en", name="Rue")
S.group("en", "one identity", a, b)

# G5 en, mastodon -> email, same name only: double charge
a = masto("@priyar@mastodon.social",
          "@lanternfish@tabletop.social you charged me twice for the Emberwood starter set — "
          "two identical £38.50 payments on my statement this morning, same time. Only one "
          "order in my account.", 150.0, "en", name="Priya Raman")
b = mail("priya.raman83@gmail.example",
         "Hi,\n\nI mentioned this on Mastodon yesterday but didn't hear back. I've been billed "
         "£38.50 twice for a single order (Emberwood Starter Set). Bank says both are settled, "
         "not pending. Please refund the duplicate.\n\nPriya Raman", 175.0, "en",
         "Charged twice", name="Priya Raman")
S.same_person.append(["mastodon:@priyar@mastodon.social", "email:priya.raman83@gmail.example"])
S.group("en", "same name only", a, b)

# ---------------------------------------------------------------- Spanish

# G6 es, email, one identity: "entregado" but not received
a = mail("lucia.ferrer.m@gmail.example",
         "Hola,\n\nEl seguimiento de mi pedido nº 20455 dice ENTREGADO desde ayer a las 14:10 "
         "pero aqui no ha llegado nada. He preguntado al portero y a los vecinos. Era el "
         "manual de Estrellas Caídas y un set de dados.\n\nUn saludo,\nLucía Ferrer", 30.0,
         "es", "Pedido 20455 marcado como entregado y no lo tengo", name="Lucía Ferrer")
r = answer("email", "Hola Lucía, lo sentimos. Estamos revisándolo con la empresa de "
           "transporte y te diremos algo en cuanto podamos. Un saludo, Lanternfish Games",
           34.0, a, "es")
b = mail("lucia.ferrer.m@gmail.example",
         "Buenas, sigo sin el paquete y sin noticias vuestras. Ya han pasado 3 dias. Si no "
         "lo tengo yo, ¿quien lo tiene? Necesito una solucion, o me lo reenviais o me "
         "devolveis el dinero.\n\nLucía", 106.0, "es",
         "Re: Pedido 20455 marcado como entregado y no lo tengo", name="Lucía Ferrer",
         thread=rid(a), in_reply_to=rid(r))
S.group("es", "one identity", a, b)

# G7 es, mastodon, one identity: coupon not applied
a = masto("@javi_dados@mastodon.world",
          "@lanternfish@tabletop.social Hola! El codigo FAROL15 de la newsletter no me "
          "funciona en el carrito, dice 'cupón no válido' y eso que caduca a finales de mes. "
          "¿Me echais una mano?", 60.0, "es", name="Javi")
b = masto("@javi_dados@mastodon.world",
          "@lanternfish@tabletop.social otra vez probando el FAROL15 y nada, no descuenta ni "
          "un euro 🙄 al final voy a tener que pagar el precio entero o qué",
          88.0, "es", name="Javi")
S.group("es", "one identity", a, b)

# G8 es, bluesky -> mastodon, profile link: wrong sleeve size
a = bsky("martarol.bsky.social",
         "@lanternfishgames.bsky.social pedí 3 paquetes de fundas tamaño estándar (63,5x88) "
         "y me han llegado las mini euro. No me valen para nada 😩 pedido 20502",
         70.0, "es", name="Marta Roldán")
b = masto("@martaroldan@masto.es",
          "@lanternfish@tabletop.social os escribí por bluesky el otro día: me mandasteis "
          "fundas mini en vez de las estándar que pedí. Sigo esperando que me digáis cómo "
          "las cambio", 160.0, "es", name="Marta R.",
          links=["martarol.bsky.social"])
S.same_person.append(["bluesky:martarol.bsky.social", "mastodon:@martaroldan@masto.es"])
S.group("es", "profile link", a, b)

# G9 es, email, one identity: subscription cancelled still billed
a = mail("pgarrido@telefonica.example",
         "Buenos días:\n\nEl mes pasado cancelé la suscripción al Club del Rol (tengo el "
         "correo de confirmación del 28 de marzo) y hoy me han vuelto a cobrar 14,90 €. "
         "Les ruego que anulen el cargo.\n\nAtentamente,\nPedro Garrido", 8.0, "es",
         "Cobro de suscripción cancelada", name="Pedro Garrido")
b = mail("pgarrido@telefonica.example",
         "Buenas tardes:\n\nVuelvo a escribirles porque no he recibido respuesta. Di de baja "
         "el Club del Rol en marzo y me siguen pasando el recibo. No quiero pagar algo que "
         "ya cancelé. Espero una contestación.\n\nPedro Garrido", 120.0, "es",
         "Siguen cobrándome el Club del Rol", name="Pedro Garrido")
S.group("es", "one identity", a, b)
g9_first = a

# ---------------------------------------------------------------- German

# G10 de, email, one identity, triple: missing board
a = mail("k.hoffmann@posteo.example",
         "Hallo,\n\nin meiner Bestellung 20431 (Nebelhafen, Grundspiel) fehlt der Spielplan. "
         "Schachtel war noch eingeschweißt, alles andere ist da, nur der Plan nicht. Könnt "
         "ihr einen nachschicken?\n\nViele Grüße\nKatrin Hoffmann", 12.0, "de",
         "Spielplan fehlt - Bestellung 20431", name="Katrin Hoffmann")
r = answer("email", "Hallo Katrin, danke für deine Nachricht. Wir klären das gerade und "
           "melden uns. Viele Grüße, Lanternfish Games", 15.0, a, "de")
b = mail("k.hoffmann@posteo.example",
         "Hallo nochmal,\n\nwie sieht's aus mit dem Spielplan? Ohne den kann man Nebelhafen "
         "halt nicht spielen... Wäre nett wenn das diese Woche noch rausgeht.\n\nKatrin",
         75.0, "de", "Re: Spielplan fehlt - Bestellung 20431", name="Katrin Hoffmann",
         thread=rid(a), in_reply_to=rid(r))
c = mail("k.hoffmann@posteo.example",
         "Immer noch kein Plan, immer noch keine Antwort. Langsam ärgerlich.",
         130.0, "de", "Re: Spielplan fehlt - Bestellung 20431", name="Katrin Hoffmann",
         thread=rid(a), in_reply_to=rid(r))
S.group("de", "one identity", a, b, c)

# G11 de, bluesky, one identity: app crash at checkout
a = bsky("flo-wuerfelt.bsky.social",
         "@lanternfishgames.bsky.social eure App schmiert jedes mal ab wenn ich auf 'Zur "
         "Kasse' tippe. iPhone 13, neueste Version. Warenkorb ist dann leer 🙃",
         40.0, "de", name="Flo")
b = bsky("flo-wuerfelt.bsky.social",
         "Tag 3: Lanternfish App crasht immer noch beim Bezahlen. Ich WILL euch Geld geben, "
         "lasst mich doch 😅", 90.0, "de", name="Flo")
S.group("de", "one identity", a, b)
g11_first = a

# G12 de, email -> mastodon, same name only: return label
a = mail("jonas.brenner@web.example",
         "Guten Tag,\n\nich habe am Montag eine Retoure für das Würfelset 'Kupferdrache' "
         "angemeldet (falsche Farbe geliefert). Laut Seite sollte das Rücksendeetikett per "
         "Mail kommen, ist aber nie angekommen, auch nicht im Spam.\n\nMfG\nJonas Brenner",
         200.0, "de", "Retourenetikett nicht erhalten", name="Jonas Brenner")
b = masto("@jbrenner@chaos.social",
          "@lanternfish@tabletop.social Hab euch vorgestern gemailt: warte immer noch auf "
          "das Retourenlabel für die Kupferdrache-Würfel. Wie soll ich die sonst "
          "zurückschicken?", 250.0, "de", name="Jonas Brenner")
S.same_person.append(["email:jonas.brenner@web.example", "mastodon:@jbrenner@chaos.social"])
S.group("de", "same name only", a, b)

# G13 de, mastodon, one identity: crushed box
a = masto("@brettspielbea@norden.social",
          "@lanternfish@tabletop.social Paket heute bekommen, Karton völlig zerdrückt und die "
          "Schachtel von Sternwarte hat eine fette Delle + eingerissene Ecke. Ist ein "
          "Geschenk, so kann ich das nicht verschenken.", 210.0, "de", name="Bea")
b = masto("@brettspielbea@norden.social",
          "@lanternfish@tabletop.social hallo? Sternwarte mit kaputter Schachtel, siehe oben. "
          "Bitte um Ersatz, Geburtstag ist am Sonntag", 236.0, "de", name="Bea")
S.group("de", "one identity", a, b)

# ---------------------------------------------------------------- French

# G14 fr, email, one identity, triple: refund
a = mail("helene.marchal@orange.example",
         "Bonjour,\n\nJ'ai renvoyé le livre 'Les Chroniques de Brumeval' (cde 20398) il y a "
         "trois semaines, vous avez confirmé la réception le 6 avril. Je n'ai toujours pas "
         "été remboursée de 42 €.\n\nCordialement,\nHélène Marchal", 50.0, "fr",
         "Remboursement commande 20398", name="Hélène Marchal")
r = answer("email", "Bonjour Hélène, nous transmettons votre demande au service comptable "
           "et revenons vers vous rapidement. Bien à vous, Lanternfish Games", 56.0, a, "fr")
b = mail("helene.marchal@orange.example",
         "Bonjour,\n\n'Rapidement'... cela fait 4 jours. Toujours rien sur mon compte. "
         "Merci de me dire concrètement quand le virement sera fait.\n\nH. Marchal",
         150.0, "fr", "Re: Remboursement commande 20398", name="Hélène Marchal",
         thread=rid(a), in_reply_to=rid(r))
c = mail("helene.marchal@orange.example",
         "Je relance encore. Toujours pas de remboursement. Je vais finir par faire opposition.",
         196.0, "fr", "Re: Remboursement commande 20398", name="Hélène Marchal",
         thread=rid(a), in_reply_to=rid(r))
S.group("fr", "one identity", a, b, c)

# G15 fr, mastodon, one identity: wrong dice colour
a = masto("@gobelin_timide@piaille.fr",
          "@lanternfish@tabletop.social coucou, j'avais commandé le set de dés 'Nuit "
          "d'Encre' (bleu nuit) et j'ai reçu les 'Mousse' verts fluo... c'est pas tout à "
          "fait pareil 😅", 35.0, "fr", name="Gobelin timide")
b = masto("@gobelin_timide@piaille.fr",
          "@lanternfish@tabletop.social toujours avec mes dés vert fluo au lieu des bleus. "
          "c'est joli pour un gobelin mais pas pour mon perso de nécromancienne. on fait "
          "comment pour l'échange ?", 84.0, "fr", name="Gobelin timide")
S.group("fr", "one identity", a, b)
g15_first = a

# G16 fr, mastodon -> bluesky, profile link: lost parcel
a = masto("@nico_jdr@mastodon.xyz",
          "@lanternfish@tabletop.social mon colis (commande n°20466) est bloqué 'en cours "
          "d'acheminement' depuis 8 jours chez Colissimo. Vous pouvez ouvrir une enquête ?",
          100.0, "fr", name="Nico")
b = bsky("nicojdr.bsky.social",
         "@lanternfishgames.bsky.social je tente ici vu que sur mastodon ça répond pas : "
         "colis 20466 toujours perdu dans la nature. suivi figé depuis plus d'une semaine",
         190.0, "fr", name="Nico JdR", links=["@nico_jdr@mastodon.xyz"])
S.same_person.append(["mastodon:@nico_jdr@mastodon.xyz", "bluesky:nicojdr.bsky.social"])
S.group("fr", "profile link", a, b)

# G17 fr, bluesky, one identity: cannot log in
a = bsky("claire-dm.bsky.social",
         "@lanternfishgames.bsky.social impossible de me connecter à mon compte depuis ce "
         "matin, 'identifiants incorrects' alors que c'est le bon mdp (gestionnaire de mots "
         "de passe). Compte bloqué ?", 260.0, "fr", name="Claire")
b = bsky("claire-dm.bsky.social",
         "toujours pas moyen de me logger sur lanternfish. j'ai même changé de navigateur. "
         "super pratique quand on veut précommander 🙄", 300.0, "fr", name="Claire")
S.group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese

# G18 pt, email, one identity: double charge
a = mail("rui.tavares@sapo.example",
         "Boa tarde,\n\nFiz a encomenda 20479 (baralho de cartas + capas) e o valor de "
         "27,40€ foi debitado duas vezes no meu cartão. Anexo o extracto.\n\nCumprimentos,\n"
         "Rui Tavares", 80.0, "pt", "Pagamento duplicado encomenda 20479", name="Rui Tavares")
r = answer("email", "Olá Rui, obrigado pelo contacto. Vamos verificar com o nosso "
           "processador de pagamentos e voltamos a falar consigo. Lanternfish Games",
           86.0, a, "pt")
b = mail("rui.tavares@sapo.example",
         "Boa tarde,\n\nJá passaram 3 dias e continuo com os dois débitos no cartão. Podem "
         "por favor devolver o valor cobrado a mais?\n\nRui", 158.0, "pt",
         "Re: Pagamento duplicado encomenda 20479", name="Rui Tavares",
         thread=rid(a), in_reply_to=rid(r))
S.group("pt", "one identity", a, b)

# G19 pt, bluesky, one identity, triple: damaged RPG book
a = bsky("anabela-mestre.bsky.social",
         "@lanternfishgames.bsky.social recebi hoje o livro Terras de Sal e a lombada vem "
         "rachada, metade das páginas do capítulo 4 estão soltas 😭 era para a sessão de "
         "sábado", 110.0, "pt", name="Anabela")
b = bsky("anabela-mestre.bsky.social",
         "@lanternfishgames.bsky.social alguém me responde? o livro veio todo desfeito, "
         "quero troca", 160.0, "pt", name="Anabela")
c = bsky("anabela-mestre.bsky.social",
         "pronto, já percebi que mandar um livro de 45€ a cair aos bocados é normal para a "
         "@lanternfishgames.bsky.social. ainda à espera de troca", 215.0, "pt", name="Anabela")
S.group("pt", "one identity", a, b, c)

# G20 pt, email -> bluesky, same name only: late delivery
a = mail("mariana.sequeira@gmail.example",
         "Olá,\n\nEncomendei o Guardiões do Farol no dia 14 e ainda não chegou nada. No site "
         "dizia entrega em 3-5 dias úteis para Portugal. Nº de encomenda: 20521.\n\n"
         "Obrigada,\nMariana Sequeira", 230.0, "pt", "Encomenda atrasada", name="Mariana Sequeira")
b = bsky("marisequeira.bsky.social",
         "@lanternfishgames.bsky.social boa tarde! mandei email há uns dias e nada. o meu "
         "Guardiões do Farol continua sem aparecer, já vai em quase duas semanas",
         320.0, "pt", name="Mariana Sequeira")
S.same_person.append(["email:mariana.sequeira@gmail.example", "bluesky:marisequeira.bsky.social"])
S.group("pt", "same name only", a, b)

# G21 pt, mastodon, one identity: coupon
a = masto("@tiago_boardgames@masto.pt",
          "@lanternfish@tabletop.social o cupão ANIVERSARIO20 não está a dar, aparece "
          "'código expirado' mas o email diz válido até 30/04. é bug?", 270.0, "pt",
          name="Tiago")
b = masto("@tiago_boardgames@masto.pt",
          "@lanternfish@tabletop.social então, o desconto dos 20% vai ou não vai funcionar? "
          "tenho o carrinho à espera há 2 dias", 318.0, "pt", name="Tiago")
S.group("pt", "one identity", a, b)

# ---------------------------------------------------------------- Italian

# G22 it, email, one identity: invoice error
a = mail("amministrazione@ludotecailfaro.example",
         "Buongiorno,\n\nnella fattura n. LF-2026-0913 relativa all'ordine 20490 è riportata "
         "una partita IVA sbagliata (manca una cifra) e l'intestazione è a nome privato "
         "invece che dell'associazione. Ci serve corretta per la contabilità.\n\nCordiali "
         "saluti\nGiulia Sartori\nAssociazione Ludoteca Il Faro", 125.0, "it",
         "Fattura errata ordine 20490", name="Giulia Sartori")
r = answer("email", "Buongiorno Giulia, grazie della segnalazione, verifichiamo e le "
           "faremo sapere. Cordiali saluti, Lanternfish Games", 130.0, a, "it")
b = mail("amministrazione@ludotecailfaro.example",
         "Buongiorno,\n\nsollecito la correzione della fattura: la P.IVA è ancora quella "
         "sbagliata e il commercialista la aspetta entro venerdì.\n\nGrazie\nGiulia Sartori",
         205.0, "it", "Re: Fattura errata ordine 20490", name="Giulia Sartori",
         thread=rid(a), in_reply_to=rid(r))
S.group("it", "one identity", a, b)

# G23 it, bluesky -> email, profile link: order not arrived
a = bsky("marcodadi.bsky.social",
         "@lanternfishgames.bsky.social ciao, ordine del 10 aprile ancora non arrivato, il "
         "tracking BRT non si aggiorna da giorni. Era un regalo per mio fratello 😕",
         140.0, "it", name="Marco")
b = mail("marco.galli91@libero.example",
         "Ciao,\n\nvi avevo scritto su Bluesky (@marcodadi) ma nessuna risposta. Il mio "
         "pacco (ordine 20442, set di dadi + sacchetto) risulta ancora fermo. Mi dite che "
         "fine ha fatto?\n\nMarco Galli", 210.0, "it", "Pacco mai arrivato",
         name="Marco Galli", links=["marcodadi.bsky.social"])
S.same_person.append(["bluesky:marcodadi.bsky.social", "email:marco.galli91@libero.example"])
S.group("it", "profile link", a, b)

# G24 it, mastodon, one identity: rude courier
a = masto("@elenagioca@mastodon.uno",
          "@lanternfish@tabletop.social il corriere che usate oggi mi ha urlato contro perché "
          "ci ho messo un minuto a scendere, poi ha lanciato il pacco sul pianerottolo. "
          "Dentro c'erano i dadi di metallo, per fortuna. Pessimo.", 180.0, "it", name="Elena")
b = masto("@elenagioca@mastodon.uno",
          "@lanternfish@tabletop.social nessun commento sul corriere maleducato? non è la "
          "prima volta con loro. magari cambiate corriere", 228.0, "it", name="Elena")
S.group("it", "one identity", a, b)
g24_first = a

# ---------------------------------------------------------------- Dutch

# G25 nl, email, one identity, triple: wrong sleeve size
a = mail("bram.visser@ziggo.example",
         "Hoi,\n\nIk had 4x de Lanternfish sleeves 'Japanese size' besteld (bestelling "
         "20412) maar er zitten standaard sleeves in het pakket. Mijn kaarten passen er dus "
         "niet in. Kunnen jullie dat omruilen?\n\nGroet,\nBram", 18.0, "nl",
         "Verkeerde sleeves ontvangen", name="Bram Visser")
r = answer("email", "Hoi Bram, vervelend! We zoeken het uit en laten het je weten. "
           "Groet, Lanternfish Games", 22.0, a, "nl")
b = mail("bram.visser@ziggo.example",
         "Hoi, nog nieuws over de omruil? Ik heb nog steeds de verkeerde maat liggen en "
         "wil de kaarten graag gebruiken dit weekend.\n\nBram", 92.0, "nl",
         "Re: Verkeerde sleeves ontvangen", name="Bram Visser",
         thread=rid(a), in_reply_to=rid(r))
c = mail("bram.visser@ziggo.example", "Nog steeds niks gehoord. Verkeerde sleeves, "
         "bestelling 20412. Graag een reactie.", 143.0, "nl",
         "Re: Verkeerde sleeves ontvangen", name="Bram Visser",
         thread=rid(a), in_reply_to=rid(r))
S.group("nl", "one identity", a, b, c)

# G26 nl, mastodon -> email, same name only: refund not received
a = masto("@sannedw@mastodon.nl",
          "@lanternfish@tabletop.social mijn geannuleerde pre-order (Zeewaarts uitbreiding) "
          "is nog steeds niet terugbetaald, al 10 dagen. Wanneer krijg ik mijn €34,95 terug?",
          280.0, "nl", name="Sanne de Wit")
b = mail("sdewit@kpnmail.example",
         "Beste Lanternfish,\n\nVia Mastodon al gevraagd, geen antwoord: het geld van mijn "
         "geannuleerde voorbestelling (Zeewaarts) staat nog steeds niet op mijn rekening. "
         "Wilt u dit aub nakijken?\n\nMet vriendelijke groet,\nSanne de Wit", 335.0, "nl",
         "Terugbetaling geannuleerde voorbestelling", name="Sanne de Wit")
S.same_person.append(["mastodon:@sannedw@mastodon.nl", "email:sdewit@kpnmail.example"])
S.group("nl", "same name only", a, b)

# G27 nl, bluesky, one identity: delivered but not received
a = bsky("joostspeelt.bsky.social",
         "@lanternfishgames.bsky.social PostNL zegt 'bezorgd' maar hier is niks "
         "aangekomen. Geen briefje, niet bij de buren. Bestelling #20533", 290.0, "nl",
         name="Joost")
b = bsky("joostspeelt.bsky.social",
         "pakketje van lanternfish nog altijd spoorloos terwijl het al 2 dagen 'bezorgd' is "
         "volgens track & trace. lekker dan", 340.0, "nl", name="Joost")
S.group("nl", "one identity", a, b)

# ---------------------------------------------------------------- Catalan

# G28 ca, email, one identity: late order
a = mail("marc.puig@xtec.example",
         "Bon dia,\n\nVaig fer la comanda 20508 (Vilafosca + fundes) fa deu dies i encara "
         "no m'ha arribat. Al web deia 3-4 dies laborables. Em podeu dir on para?\n\n"
         "Gràcies,\nMarc Puig", 170.0, "ca", "Comanda 20508 endarrerida", name="Marc Puig")
r = answer("email", "Bon dia Marc, ho estem mirant amb el transportista. Et direm alguna "
           "cosa aviat. Lanternfish Games", 176.0, a, "ca")
b = mail("marc.puig@xtec.example",
         "Hola de nou, continuo sense el Vilafosca i sense cap resposta. Ja en son dues "
         "setmanes. Que passa?\n\nMarc", 244.0, "ca", "Re: Comanda 20508 endarrerida",
         name="Marc Puig", thread=rid(a), in_reply_to=rid(r))
S.group("ca", "one identity", a, b)
g28_first = a

# G29 ca, email -> mastodon, profile link: damaged dice
a = mail("laia.soler@gmail.example",
         "Hola,\n\nEm van arribar ahir els daus 'Brasa' i dos estan esberlats (el d8 i un "
         "d6), sembla que la capsa es va aixafar. Comanda 20470. Com ho fem per canviar-los?"
         "\n\nLaia", 95.0, "ca", "Daus trencats", name="Laia Soler")
b = masto("@laiasoler@mastodont.cat",
          "@lanternfish@tabletop.social us vaig escriure un correu divendres pels daus Brasa "
          "que van arribar trencats i res de res. Algú ho mira?", 172.0, "ca",
          name="Laia", links=["laia.soler@gmail.example"])
S.same_person.append(["email:laia.soler@gmail.example", "mastodon:@laiasoler@mastodont.cat"])
S.group("ca", "profile link", a, b)

# G30 ca, bluesky -> mastodon, same name only: site crash on product page
a = bsky("pauribas.bsky.social",
         "@lanternfishgames.bsky.social la vostra web peta cada cop que obro la fitxa del "
         "llibre 'Boira i Sal'. Pantalla blanca i 'error 500'. Ho volia comprar avui...",
         350.0, "ca", name="Pau Ribas")
b = masto("@pau@mastodont.cat",
          "@lanternfish@tabletop.social continua l'error 500 a la pàgina de Boira i Sal, ni "
          "des del mòbil ni des de l'ordinador. No hi ha manera de comprar-lo",
          385.0, "ca", name="Pau Ribas")
S.same_person.append(["bluesky:pauribas.bsky.social", "mastodon:@pau@mastodont.cat"])
S.group("ca", "same name only", a, b)

# ---------------------------------------------------------------- follow-ups

# en: shop asks for a photo, customer sends it
a = mail("harriet.cole@outlook.example",
         "Hi, the Lighthouse Keepers box arrived with a big dent and one of the wooden "
         "lanterns is snapped in half. Order 20449. Harriet", 60.0, "en",
         "Damaged game", name="Harriet Cole")
r = answer("email", "Hi Harriet, sorry about that! Could you send us a photo of the box "
           "and the broken piece so we can claim it from the courier?", 63.0, a, "en")
b = mail("harriet.cole@outlook.example",
         "Sure, photos attached - one of the box, one of the lantern. Let me know if you "
         "need anything else.\nHarriet", 66.0, "en", "Re: Damaged game", name="Harriet Cole",
         thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "sends the photos the shop asked for")

# es: shop asks order number
a = mail("carmen.vidal@hotmail.example",
         "Hola, me ha llegado el juego sin las cartas de evento, la bolsa está vacía. "
         "Saludos, Carmen", 145.0, "es", "Faltan cartas", name="Carmen Vidal")
r = answer("email", "Hola Carmen, ¿nos puedes indicar el número de pedido y el nombre del "
           "juego? Gracias", 149.0, a, "es")
b = mail("carmen.vidal@hotmail.example",
         "Perdón, se me olvidó. Es el Mareas de Ámbar, pedido 20497.\nCarmen", 152.0, "es",
         "Re: Faltan cartas", name="Carmen Vidal", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order number and game the shop asked for")

# de: PS with a photo, same thread, no answer in between
a = mail("m.krueger@gmx.example",
         "Hallo, bei meinem Würfelset Sturmglas ist der W12 verfärbt, eine Seite ist milchig "
         "trüb. Bestellnummer 20516. Gruß Markus", 240.0, "de", "Würfel fehlerhaft",
         name="Markus Krüger")
b = mail("m.krueger@gmx.example",
         "PS: Foto vom W12 hängt jetzt an, hatte ich vorhin vergessen.", 240.6, "de",
         "Re: Würfel fehlerhaft", name="Markus Krüger", thread=rid(a), in_reply_to=rid(a))
S.negative("follow-up", a, b, "PS adding the forgotten photo")

# fr: shop asks for the delivery address
a = mail("yann.le-gall@free.example",
         "Bonjour, le transporteur me dit que l'adresse est incomplète et le colis repart "
         "chez vous. Je ne comprends pas. Yann", 275.0, "fr", "Colis retourné",
         name="Yann Le Gall")
r = answer("email", "Bonjour Yann, pouvez-vous nous confirmer votre adresse complète avec "
           "le code d'accès et l'étage ?", 279.0, a, "fr")
b = mail("yann.le-gall@free.example",
         "Voilà : 12 rue des Tanneurs, bât. B, 3e étage, code 4712B, 29200 Brest. Merci !",
         283.0, "fr", "Re: Colis retourné", name="Yann Le Gall", thread=rid(a),
         in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the full address the shop asked for")

# pt: shop asks order number
a = mail("beatriz.lopes@gmail.example",
         "Olá, paguei com MB Way e a encomenda continua 'a aguardar pagamento'. Beatriz",
         300.0, "pt", "Pagamento não reconhecido", name="Beatriz Lopes")
r = answer("email", "Olá Beatriz, pode enviar-nos o número da encomenda e o comprovativo "
           "do MB Way?", 303.0, a, "pt")
b = mail("beatriz.lopes@gmail.example",
         "Claro, é a 20544. Segue o comprovativo em anexo.\nObrigada", 305.0, "pt",
         "Re: Pagamento não reconhecido", name="Beatriz Lopes", thread=rid(a),
         in_reply_to=rid(r))
S.negative("follow-up", a, b, "sends order number and payment proof the shop asked for")

# nl, mastodon: shop asks order number in reply
a = masto("@femke_bordspel@mastodon.nl",
          "@lanternfish@tabletop.social in mijn doos Lantaarnmarkt zat geen spelregelboekje. "
          "Kunnen jullie er een sturen?", 360.0, "nl", name="Femke")
r = answer("mastodon", "@femke_bordspel@mastodon.nl zeker! Wat is je bestelnummer?",
           362.0, a, "nl")
b = masto("@femke_bordspel@mastodon.nl",
          "@lanternfish@tabletop.social top, het is 20561 👍", 363.0, "nl", name="Femke",
          thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

# ---------------------------------------------------------------- other complaints

a = mail("tom.ashworth@fastmail.example",
         "Hi,\n\nGame finally turned up, thanks. But the invoice in the box has my old "
         "address on it and VAT isn't shown separately - I need a proper VAT invoice for "
         "our club accounts. Order 20417.\n\nTom", 190.0, "en", "Invoice for 20417",
         name="Tom Ashworth")
S.negative("other-complaint", g1_first, a, "late delivery, then a wrong invoice for the same order")

a = bsky("flo-wuerfelt.bsky.social",
         "@lanternfishgames.bsky.social Bestellung kam heute (über den Browser bestellt, "
         "App geht ja nicht), aber die Würfel sind rot statt schwarz 🙈", 180.0, "de", name="Flo")
S.negative("other-complaint", g11_first, a, "app crash, then wrong dice colour")

a = masto("@gobelin_timide@piaille.fr",
          "@lanternfish@tabletop.social autre souci : ma commande de protège-cartes du 15 "
          "n'a toujours pas bougé, le suivi dit 'en préparation' depuis 5 jours",
          230.0, "fr", name="Gobelin timide")
S.negative("other-complaint", g15_first, a, "wrong dice colour, then a late sleeves order")

a = masto("@elenagioca@mastodon.uno",
          "@lanternfish@tabletop.social aperto il pacco: nel set di dadi di metallo manca il "
          "d10 percentuale. Il sacchetto c'è, il dado no.", 182.0, "it", name="Elena")
S.negative("other-complaint", g24_first, a, "rude courier, then a missing die in the same parcel")

a = mail("marc.puig@xtec.example",
         "Hola,\n\nHe mirat el banc i m'heu cobrat la comanda 20508 dues vegades, 61,80 € i "
         "61,80 €. Podeu retornar-me'n una?\n\nMarc Puig", 210.0, "ca",
         "Doble càrrec comanda 20508", name="Marc Puig")
S.negative("other-complaint", g28_first, a, "late order, then a double charge for it")

a = mail("pgarrido@telefonica.example",
         "Buenos días:\n\nAparte de lo de la suscripción, el libro 'Ciudades de Humo' que "
         "compré aparte llegó con la portada doblada y una mancha de agua.\n\nPedro Garrido",
         150.0, "es", "Libro dañado", name="Pedro Garrido")
S.negative("other-complaint", g9_first, a, "billed subscription, then a damaged book")

# ---------------------------------------------------------------- other customers

# en: outage, two different people
a = bsky("wyrmkeeper.bsky.social",
         "is lanternfishgames.example down for anyone else? checkout just spins forever",
         400.0, "en", name="Wyrmkeeper")
b = bsky("hollyplays.bsky.social",
         "@lanternfishgames.bsky.social your checkout page is stuck loading, can't pay for "
         "my order", 400.5, "en", name="Holly")
S.negative("other-customer", a, b, "two people hit by the same checkout outage")

# en: a couple sharing one order
a = mail("sam.whitfield@icloud.example",
         "Hi, our order 20540 (Harbour Lights + sleeves) was due Tuesday and hasn't arrived. "
         "Sam", 370.0, "en", "Order 20540 late", name="Sam Whitfield")
b = mail("jo.whitfield@icloud.example",
         "Hello, my husband emailed earlier too, but our parcel 20540 still isn't here and "
         "tracking hasn't changed since Sunday. Jo Whitfield", 378.0, "en",
         "Where is order 20540?", name="Jo Whitfield")
S.negative("other-customer", a, b, "a couple sharing one late order")

# de: same display name, different people, mastodon and bluesky
a = masto("@lmaier@det.social",
          "@lanternfish@tabletop.social statt Kartenhüllen in Standardgröße kamen bei mir "
          "Mini-Hüllen an. Bestellung 20529.", 300.0, "de", name="Lukas Maier")
b = bsky("lukasmaier-spielt.bsky.social",
         "@lanternfishgames.bsky.social habe falsche Sleeves bekommen, bestellt waren die "
         "großen, drin waren kleine. Wer kann helfen?", 330.0, "de", name="Lukas Maier")
S.same_name_different_people.append(["mastodon:@lmaier@det.social",
                                     "bluesky:lukasmaier-spielt.bsky.social"])
S.negative("other-customer", a, b, "two different people named Lukas Maier, both with wrong sleeves")

# fr: same display name, different people, email and bluesky
a = mail("camille.roux@laposte.example",
         "Bonjour, j'attends toujours le remboursement du jeu 'Phares' retourné le 2 avril. "
         "Commande 20381. Camille Roux", 40.0, "fr", "Remboursement en attente",
         name="Camille Roux")
b = bsky("camilleroux.bsky.social",
         "@lanternfishgames.bsky.social toujours pas remboursé pour mon annulation de "
         "précommande (extension Abysses), ça fait 10 jours", 65.0, "fr", name="Camille Roux")
S.same_name_different_people.append(["email:camille.roux@laposte.example",
                                     "bluesky:camilleroux.bsky.social"])
S.negative("other-customer", a, b, "two different people named Camille Roux, both waiting for refunds")

# pt: login outage
a = masto("@joana_jogos@masto.pt",
          "@lanternfish@tabletop.social não consigo entrar na minha conta, dá erro ao "
          "fazer login", 410.0, "pt", name="Joana")
b = masto("@pedromeeple@mastodon.social",
          "@lanternfish@tabletop.social o login no vosso site está em baixo? não entra de "
          "maneira nenhuma", 410.8, "pt", name="Pedro")
S.negative("other-customer", a, b, "two people hit by the same login outage")

# nl: two customers with crushed parcels
a = mail("lotte.jansen@hetnet.example",
         "Hallo, mijn pakket kwam helemaal geplet aan, de doos van Zeewaarts is kapot. "
         "Bestelling 20548. Groetjes Lotte", 420.0, "nl", "Beschadigd pakket",
         name="Lotte Jansen")
b = bsky("pieterbakker.bsky.social",
         "@lanternfishgames.bsky.social doos Zeewaarts compleet ingedeukt aangekomen. "
         "jammer want het spel ziet er tof uit", 423.0, "nl", name="Pieter")
S.negative("other-customer", a, b, "two customers with crushed boxes from the same batch")

# ---------------------------------------------------------------- window

a = masto("@goblinbard@dice.camp",
          "@lanternfish@tabletop.social the dice bag that was meant to come free with my "
          "Starfall set wasn't in the parcel. not the end of the world but it was advertised",
          3.0, "en", name="goblin bard")
b = masto("@goblinbard@dice.camp",
          "@lanternfish@tabletop.social never did get that free dice bag with Starfall btw",
          250.0, "en", name="goblin bard")
S.negative("window", a, b, "same missing dice bag raised again ten days later")

a = mail("s.wagner@t-online.example",
         "Hallo, ich warte seit einer Woche auf das Retourenlabel für meine Rücksendung "
         "(Bestellung 20399). Gruß Sabine Wagner", 10.0, "de", "Retourenlabel",
         name="Sabine Wagner")
b = mail("s.wagner@t-online.example",
         "Guten Tag, immer noch kein Rücksendeetikett erhalten. Bestellung 20399. "
         "S. Wagner", 265.0, "de", "Rücksendeetikett fehlt weiterhin", name="Sabine Wagner")
S.negative("window", a, b, "same missing return label asked again after ten days")

a = bsky("fede-gdr.bsky.social",
         "@lanternfishgames.bsky.social ho restituito il manuale Lame d'Ombra, quando "
         "arriva il rimborso?", 15.0, "it", name="Fede")
b = bsky("fede-gdr.bsky.social",
         "@lanternfishgames.bsky.social ancora nessun rimborso per Lame d'Ombra eh",
         220.0, "it", name="Fede")
S.negative("window", a, b, "refund asked again eight and a half days later")

a = mail("ines.moura@gmail.example",
         "Olá, a minha encomenda 20402 ainda não chegou. Inês", 28.0, "pt",
         "Encomenda 20402", name="Inês Moura")
b = mail("ines.moura@gmail.example",
         "Boa tarde, a encomenda 20402 continua sem chegar, já lá vão mais de duas semanas "
         "desde que paguei. Inês Moura", 330.0, "pt", "Encomenda 20402 ainda não chegou",
         name="Inês Moura")
S.negative("window", a, b, "same late order asked again twelve days later")

# ---------------------------------------------------------------- filler

mail("olivia.hart@gmail.example",
     "Hi! Do you ship to Ireland, and roughly how long does it take? Looking at the "
     "Tidewater big box.\nThanks, Olivia", 5.0, "en", "Shipping to Ireland?", name="Olivia Hart")
masto("@crit_fail_carl@dice.camp",
      "@lanternfish@tabletop.social any chance the Abyssal Glow dice come back in stock "
      "before May?", 48.0, "en", name="Carl")
bsky("minipaintmia.bsky.social",
     "@lanternfishgames.bsky.social do you do gift wrapping? birthday present for my "
     "partner 🎁", 135.0, "en", name="Mia")
mail("r.nguyen@work.example",
     "Hello,\n\nWe're a board game café in Leeds - do you offer trade pricing for bulk "
     "sleeve orders?\n\nRegards,\nRob Nguyen", 220.0, "en", "Trade pricing", name="Rob Nguyen")
mail("alba.serra@yahoo.example",
     "Hola, ¿hacéis envíos a Canarias? ¿Cuánto cuesta? Gracias", 90.0, "es",
     "Envío a Canarias", name="Alba Serra")
bsky("dragonesyvino.bsky.social",
     "@lanternfishgames.bsky.social ¿el manual de Estrellas Caídas viene en español o solo "
     "en inglés?", 305.0, "es", name="Dani")
masto("@tischrunde@rollenspiel.social",
      "@lanternfish@tabletop.social Gibt's Nebelhafen auch auf Deutsch oder nur englische "
      "Regeln?", 115.0, "de", name="Tischrunde Kiel")
mail("info@spieletreff-ulm.example",
     "Hallo, können wir für unseren Verein auf Rechnung bestellen? Gruß, Andreas", 380.0,
     "de", "Kauf auf Rechnung", name="Andreas Keller")
bsky("lea-joue.bsky.social",
     "@lanternfishgames.bsky.social vous aurez l'extension Abysses quand ? ✨", 160.0, "fr",
     name="Léa")
mail("p.dubois@sfr.example",
     "Bonjour, est-ce que vous acceptez les paiements en 3 fois ? Merci. Pierre", 440.0,
     "fr", "Paiement en plusieurs fois", name="Pierre Dubois")
masto("@andre_rpg@masto.pt",
      "@lanternfish@tabletop.social têm capas para cartas tamanho tarot?", 200.0, "pt",
      name="André")
mail("chiara.fontana@gmail.example",
     "Salve, spedite anche in Svizzera? E ci sono dazi? Grazie, Chiara", 260.0, "it",
     "Spedizione Svizzera", name="Chiara Fontana")
bsky("tommasogioca.bsky.social",
     "@lanternfishgames.bsky.social il libro Terre di Sale uscirà in italiano?", 395.0, "it",
     name="Tommaso")
masto("@kees_dobbelt@mastodon.nl",
      "@lanternfish@tabletop.social verkopen jullie ook losse d20's of alleen sets?",
      255.0, "nl", name="Kees")
mail("nuria.vila@gmail.example",
     "Hola! Teniu botiga física a Barcelona o només online? Gràcies, Núria", 330.0, "ca",
     "Botiga física?", name="Núria Vila")
bsky("jordiroler.bsky.social",
     "@lanternfishgames.bsky.social quan torna a haver-hi estoc del Vilafosca?", 455.0, "ca",
     name="Jordi")

S.write(os.path.dirname(os.path.abspath(__file__)),
        "Lanternfish Games: 30 repeat groups (25 pairs, 5 triples) in eight languages, "
        "10 across channels (5 known by a profile link, 5 by the same name only), labelled "
        "negatives (follow-up, other-complaint, other-customer, window) and one-off "
        "questions; written without sight of the detector, labels as a reader would give them.")
