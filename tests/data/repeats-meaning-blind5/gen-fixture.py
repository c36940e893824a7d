#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Held-out labelled set of repeats in other words: measured, never tuned on.

Customer posts to Fretwire Supply, a small online shop for musical instrument
accessories (strings, picks, pedals, cables, straps, capos), on email,
Mastodon and Bluesky, in eight languages (en, es, de, fr, pt, it, nl, ca).
It holds 30 true repeat groups (25 pairs, 5 triples; 10 across two
channels, the identities known by a profile link or by the same display
name only), labelled negatives (follow-up, other-complaint, other-customer,
window) and one-off questions from other customers as filler.

The posts were written without sight of the detector, its lexicon or the
other sets; the labels say what a person reading the posts would say and
were never edited to fit the detector.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 12, 1, 9, 0, 0, tzinfo=timezone.utc)
S = LabelledSet(BASE, "mu", "hello@fretwire.example", "@fretwire@musico.example",
                "fretwire.bsky.social", "Fretwire Supply")
rid = S.rid


def mail(who, name, subject, text, h, lang, thread=None, irt=None, links=None):
    return S.add("email", who, text, h, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def masto(who, name, text, h, lang, links=None):
    return S.add("mastodon", who, text, h, lang=lang, name=name, links=links)


def bsky(who, name, text, h, lang, links=None):
    return S.add("bluesky", who, text, h, lang=lang, name=name, links=links)


def answer(to, text, h, lang, thread=None):
    return S.reply("email", text, h, to=rid(to), thread=thread or rid(to), lang=lang)


# ---------------------------------------------------------------- English (6)
a = mail("dan.whitcombe@postbox.example", "Dan Whitcombe", "Order 41230 - where is it?",
         "Hi there,\n\nI ordered two sets of Ernie Ball Regular Slinky 10-46 and a Dunlop capo on the 24th (order 41230). "
         "Tracking hasn't moved since it said 'label created' five days ago. Gig on saturday so I kind of need the strings.\n\nCheers,\nDan", 2, "en")
r = answer(a, "Hi Dan, thanks for getting in touch. We're looking into this with the carrier and will get back to you as soon as we know more. Fretwire Supply", 6, "en")
b = mail("dan.whitcombe@postbox.example", "Dan Whitcombe", "Re: Order 41230 - where is it?",
         "Still says label created. It's thursday. Am I getting these strings before the weekend or should I just go to the music store in town?\n\nDan", 52, "en",
         thread=rid(a), irt=rid(r))
S.group("en", "one identity", a, b)

a = masto("@jessriffs@fosstodon.example", "Jess", "@fretwire@musico.example the tuner pedal I got from you (the Polytune mini) arrived with the footswitch snapped clean off. Box looked fine outside?? not happy", 10, "en")
b = masto("@jessriffs@fosstodon.example", "Jess", "@fretwire@musico.example hello?? still got a broken pedal sitting on my desk. would be nice to hear something back", 40, "en")
c = masto("@jessriffs@fosstodon.example", "Jess", "@fretwire@musico.example 3 days, zero reply. great way to treat a customer whose stuff arrived smashed", 84, "en")
S.group("en", "one identity", a, b, c)

a = mail("kmorrow77@inboxly.example", "Kev Morrow", "charged twice",
         "hello, my card got charged £23.40 twice for the same order (#41288). I only placed it once. can you refund the second one pls\n\nKev", 20, "en")
r = answer(a, "Hi Kev, sorry about that. We're checking with our payment provider and will let you know. Kind regards, Fretwire Supply", 25, "en")
b = mail("kmorrow77@inboxly.example", "Kev Morrow", "Re: charged twice",
         "Any news? the duplicate payment is still on my statement, 23.40 x2. I'd like my money back", 98, "en", thread=rid(a), irt=rid(r))
S.group("en", "one identity", a, b)

a = mail("priya.natarajan@quillmail.example", "Priya Natarajan", "Can't log in",
         "Hi, I've been trying to log into my account for two days. The password reset email never arrives (checked spam). Could you help?\nThanks, Priya", 30, "en")
b = bsky("priyaplaysbass.bsky.social", "Priya N.",
         "@fretwire.bsky.social emailed you on tuesday about not getting the password reset email, still locked out of my account. anyone there?", 75, "en",
         links=["priya.natarajan@quillmail.example"])
S.same_person.append(["email:priya.natarajan@quillmail.example", "bluesky:priyaplaysbass.bsky.social"])
S.group("en", "profile link", a, b)

a = masto("@oldmanpedals@mastodon.example", "Walt Geary", "@fretwire@musico.example ordered the 3m braided instrument cable in red, got a black one. Minor thing but I wanted red to match my board. Order 41355", 120, "en")
b = bsky("waltgeary.bsky.social", "Walt Geary", "@fretwire.bsky.social posted on mastodon about this too - got sent the black braided cable instead of the red one I ordered. would like it swapped", 150, "en")
S.same_person.append(["mastodon:@oldmanpedals@mastodon.example", "bluesky:waltgeary.bsky.social"])
S.group("en", "same name only", a, b)

a = mail("tomasz.reilly@northwire.example", "Tom Reilly", "Refund for returned strap",
         "Hello,\n\nI sent back the leather strap (too short) on the 2nd, your return page says it was received on the 5th. No refund yet. Order 41190.\n\nRegards,\nTom Reilly", 140, "en")
b = mail("tomasz.reilly@northwire.example", "Tom Reilly", "Refund for returned strap - 2nd email",
         "Writing again since I haven't heard back. The strap has been with you over a week now and the £34.99 hasn't come back to my card.\n\nTom", 230, "en")
S.group("en", "one identity", a, b)

# ---------------------------------------------------------------- Spanish (4)
a = mail("lucia.ferrer.m@correo.example", "Lucía Ferrer", "Pedido nº 41402 sin llegar",
         "Hola buenas,\n\nhice el pedido nº 41402 (cuerdas D'Addario EXL110 x3 y un afinador de pinza) hace 9 dias y todavia nada. El seguimiento no se actualiza desde el lunes.\n\nUn saludo,\nLucía", 15, "es")
r = answer(a, "Hola Lucía, gracias por escribirnos. Estamos revisándolo con la empresa de transporte y te decimos algo en cuanto sepamos. Un saludo, Fretwire Supply", 22, "es")
b = mail("lucia.ferrer.m@correo.example", "Lucía Ferrer", "Re: Pedido nº 41402 sin llegar",
         "Hola otra vez. Han pasado 3 dias desde vuestra respuesta y sigo igual, ni paquete ni noticias. ¿Lo damos por perdido o que?", 95, "es", thread=rid(a), irt=rid(r))
c = mail("lucia.ferrer.m@correo.example", "Lucía Ferrer", "Re: Pedido nº 41402 sin llegar",
         "Bueno, pues nada. Casi dos semanas esperando unas cuerdas. Si no llega mañana quiero el reembolso.", 160, "es", thread=rid(a), irt=rid(r))
S.group("es", "one identity", a, b, c)

a = masto("@pablo_bajista@mastodon.example", "Pablo", "@fretwire@musico.example el cupon NAVIDAD15 no me lo aplica en el carrito, pone 'codigo no valido' y segun vuestro post vale hasta el 31", 60, "es")
b = masto("@pablo_bajista@mastodon.example", "Pablo", "@fretwire@musico.example sigue sin funcionar el codigo de descuento eh. lo he probado en movil y en el pc", 80, "es")
c = masto("@pablo_bajista@mastodon.example", "Pablo", "@fretwire@musico.example nada, que el NAVIDAD15 no va. al final voy a pagar sin descuento y me quedo con las ganas 🙃", 131, "es")
S.group("es", "one identity", a, b, c)

a = mail("mjgarrido@webcorreo.example", "María José Garrido", "Me ha llegado un pedal que no es",
         "Buenas tardes, pedí un pedal de delay Boss DD-8 y me ha llegado un DS-1 (distorsión). Pedido 41377. ¿Cómo hacemos el cambio?\nGracias", 170, "es")
b = bsky("mjgarrido.bsky.social", "María José Garrido", "@fretwire.bsky.social os escribí por mail hace dos dias: pedí un delay y me mandasteis una distorsión. nadie contesta 🙄", 218, "es")
S.same_person.append(["email:mjgarrido@webcorreo.example", "bluesky:mjgarrido.bsky.social"])
S.group("es", "same name only", a, b)

a = bsky("elnachodrums.bsky.social", "Nacho", "@fretwire.bsky.social me cobrasteis la suscripcion de cuerdas de diciembre y la cancele en noviembre. 12,90€ que quiero de vuelta", 260, "es")
b = bsky("elnachodrums.bsky.social", "Nacho", "@fretwire.bsky.social lo de la suscripcion cancelada que me seguis cobrando... alguna respuesta?", 300, "es")
S.group("es", "one identity", a, b)

# ---------------------------------------------------------------- German (4)
a = mail("j.brandauer@netzpost.example", "Jonas Brandauer", "Bestellung 41311 - Paket als zugestellt markiert, aber nicht da",
         "Hallo,\n\nlaut DHL wurde meine Bestellung 41311 gestern zugestellt. Bei mir ist nichts angekommen, auch nicht bei den Nachbarn. Was nun?\n\nGruß\nJonas Brandauer", 35, "de")
r = answer(a, "Hallo Jonas, danke für die Nachricht. Wir haben einen Nachforschungsauftrag gestellt und melden uns, sobald wir etwas hören. Viele Grüße, Fretwire Supply", 41, "de")
b = mail("j.brandauer@netzpost.example", "Jonas Brandauer", "Re: Bestellung 41311 - Paket als zugestellt markiert, aber nicht da",
         "Hallo nochmal, gibt es schon was Neues? Das Paket ist weiterhin nicht aufgetaucht.\nJonas", 110, "de", thread=rid(a), irt=rid(r))
S.group("de", "one identity", a, b)

a = masto("@kabelsalat@chaos.example", "Steffi K.", "@fretwire@musico.example Moin, bei meinem Pedalboard-Netzteil fehlt das Kabelset, im Karton war nur das Netzteil selbst. Lt. Beschreibung sind 8 DC-Kabel dabei", 45, "de")
b = masto("@kabelsalat@chaos.example", "Steffi K.", "@fretwire@musico.example Also die DC-Kabel fürs Netzteil hätte ich schon gerne noch. Ohne bringt mir das Ding halt nix", 95, "de")
S.group("de", "one identity", a, b)

a = mail("hb.musik@fastpost.example", "Holger Bierwirth", "Rechnung falsch",
         "Sehr geehrte Damen und Herren,\n\nauf der Rechnung zu meiner Bestellung 41290 steht eine falsche Firmenanschrift (Musikschule Bierwirth, nicht Bierwirt). Ich benötige die Rechnung korrigiert für die Buchhaltung.\n\nMit freundlichen Grüßen\nH. Bierwirth", 180, "de")
b = bsky("holgerbierwirth.bsky.social", "Holger Bierwirth", "@fretwire.bsky.social Hatte per Mail um eine korrigierte Rechnung gebeten (Name falsch geschrieben). Bisher keine Reaktion. Bitte kurz melden.", 250, "de",
         links=["hb.musik@fastpost.example"])
S.same_person.append(["email:hb.musik@fastpost.example", "bluesky:holgerbierwirth.bsky.social"])
S.group("de", "profile link", a, b)

a = bsky("finn-plektrum.bsky.social", "Finn", "@fretwire.bsky.social eure app stürzt bei mir jedes mal ab wenn ich auf 'zur kasse' tippe. iphone, neueste version", 320, "de")
b = bsky("finn-plektrum.bsky.social", "Finn", "@fretwire.bsky.social immer noch. kasse = absturz. kann so nix bestellen lol", 335, "de")
c = bsky("finn-plektrum.bsky.social", "Finn", "@fretwire.bsky.social tag 3 ohne funktionierende app. dann halt woanders", 380, "de")
S.group("de", "one identity", a, b, c)

# ---------------------------------------------------------------- French (4)
a = mail("camille.roux@courriel.example", "Camille Roux", "cde 41420 colis abîmé",
         "Bonjour,\n\nj'ai reçu ma commande 41420 ce matin, le carton était écrasé et la pédale fuzz a le potard de volume tordu, elle crachote. Je joins pas de photo pour l'instant.\n\nCamille", 55, "fr")
r = answer(a, "Bonjour Camille, désolés pour ça. Pouvez-vous nous envoyer une photo du colis et de la pédale ? Fretwire Supply", 60, "fr")
b = mail("camille.roux@courriel.example", "Camille Roux", "Re: cde 41420 colis abîmé",
         "Voilà les photos du carton et du potard en PJ.\nCamille", 66, "fr", thread=rid(a), irt=rid(r))
r2 = answer(a, "Merci Camille, nous transmettons au transporteur et revenons vers vous rapidement.", 70, "fr")
c = mail("camille.roux@courriel.example", "Camille Roux", "Re: cde 41420 colis abîmé",
         "Bonjour, toujours rien de votre côté ? ça fait une semaine que j'ai une fuzz qui grésille. Un échange ce serait bien.", 200, "fr", thread=rid(a), irt=rid(r2))
S.group("fr", "one identity", a, c)
S.negative("follow-up", a, b, "photos the shop asked for, same thread")

a = masto("@guillaume_basse@piaille.example", "Guillaume", "@fretwire@musico.example le transporteur m'a super mal parlé ce matin, il a balancé le colis par-dessus le portail et m'a envoyé balader quand j'ai râlé. C'est qui votre livreur ?", 130, "fr")
b = masto("@guillaume_basse@piaille.example", "Guillaume", "@fretwire@musico.example toujours pas de réponse pour le livreur agressif d'hier... vous changez de transporteur ou pas ?", 150, "fr")
S.group("fr", "one identity", a, b)

a = mail("seb.lefevre@postale.example", "Sébastien Lefèvre", "Étiquette de retour",
         "Bonjour, j'ai demandé un retour pour les cordes de basse (mauvais tirant) il y a 4 jours et je n'ai toujours pas reçu l'étiquette retour. Commande 41399.\nCordialement", 240, "fr")
b = masto("@seblef@mastodon.example", "Sébastien Lefèvre", "@fretwire@musico.example bonjour, je vous ai écrit par mail pour une étiquette de retour jamais reçue, vous pouvez regarder svp ?", 290, "fr",
          links=["seb.lefevre@postale.example"])
S.same_person.append(["email:seb.lefevre@postale.example", "mastodon:@seblef@mastodon.example"])
S.group("fr", "profile link", a, b)

a = bsky("manon-uke.bsky.social", "Manon", "@fretwire.bsky.social j'ai commandé un capo pour ukulélé et j'ai reçu un capo guitare, trop large, il tient pas 😕", 400, "fr")
b = bsky("manon-uke.bsky.social", "Manon", "@fretwire.bsky.social coucou, toujours ce capo de guitare à la place du capo ukulélé. je le renvoie comment ?", 430, "fr")
S.group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese (3)
a = mail("rafa.nogueira@caixapostal.example", "Rafael Nogueira", "Encomenda 41333 atrasada",
         "Olá,\n\na encomenda 41333 (palhetas Dunlop Tortex e um cabo de 6m) era para chegar dia 3. Hoje é dia 8 e nada. Podem ver o que se passa?\n\nAbraço\nRafael", 90, "pt")
r = answer(a, "Olá Rafael, obrigado pelo contacto. Estamos a verificar com a transportadora e damos notícias em breve. Fretwire Supply", 96, "pt")
b = mail("rafa.nogueira@caixapostal.example", "Rafael Nogueira", "Re: Encomenda 41333 atrasada",
         "Então, novidades? Continua sem chegar nada.", 170, "pt", thread=rid(a), irt=rid(r))
S.group("pt", "one identity", a, b)

a = masto("@bia_cordas@masto.example", "Beatriz Alves", "@fretwire@musico.example devolvi o pedal de chorus há duas semanas e até agora nada do reembolso. Pedido 41260", 190, "pt")
b = bsky("biaalves.bsky.social", "Beatriz Alves", "@fretwire.bsky.social oi! alguém aí pode ver meu reembolso? devolvi o chorus faz tempo, já perguntei no mastodon e nada", 240, "pt")
S.same_person.append(["mastodon:@bia_cordas@masto.example", "bluesky:biaalves.bsky.social"])
S.group("pt", "same name only", a, b)

a = bsky("tiagobatera.bsky.social", "Tiago", "@fretwire.bsky.social o site dá erro 500 quando tento finalizar a compra, já tentei 4 vezes", 270, "pt")
b = bsky("tiagobatera.bsky.social", "Tiago", "@fretwire.bsky.social continua o erro no checkout. queria comprar hoje mas assim não dá", 280, "pt")
S.group("pt", "one identity", a, b)

# ---------------------------------------------------------------- Italian (3)
a = mail("giulia.marchetti@postaweb.example", "Giulia Marchetti", "Ordine #41371 - mancano viti e velcro",
         "Buongiorno,\n\nnella confezione del pedalboard che ho ordinato (ordine #41371) mancano le viti per il montaggio e le fascette velcro. Potete spedirle?\n\nGrazie\nGiulia", 100, "it")
r = answer(a, "Buongiorno Giulia, grazie della segnalazione. Verifichiamo con il magazzino e le faremo sapere. Fretwire Supply", 104, "it")
b = mail("giulia.marchetti@postaweb.example", "Giulia Marchetti", "Re: Ordine #41371 - mancano viti e velcro",
         "Buongiorno, ci sono novità per le viti mancanti? La pedaliera è ancora smontata in salotto.", 175, "it", thread=rid(a), irt=rid(r))
c = mail("giulia.marchetti@postaweb.example", "Giulia Marchetti", "Re: Ordine #41371 - mancano viti e velcro",
         "Sono passati 5 giorni. Mi bastano due viti e un po' di velcro, non mi sembra una richiesta assurda...", 215, "it", thread=rid(a), irt=rid(r))
S.group("it", "one identity", a, b, c)

a = masto("@marco_ukulele@mastodon.example", "Marco", "@fretwire@musico.example non riesco ad accedere, dice password errata ma l'ho appena cambiata. qualcuno mi aiuta?", 210, "it")
b = masto("@marco_ukulele@mastodon.example", "Marco", "@fretwire@musico.example ancora bloccato fuori dall'account, ho rifatto il reset 2 volte. boh", 245, "it")
S.group("it", "one identity", a, b)

a = mail("ale.conti@postaveloce.example", "Alessandro Conti", "Addebito doppio",
         "Salve, mi avete addebitato due volte 41,50€ sulla carta per l'ordine 41415. Vorrei il rimborso di uno dei due.\nSaluti", 300, "it")
b = bsky("aleconti.bsky.social", "Alessandro Conti", "@fretwire.bsky.social vi ho scritto via mail per un doppio addebito, ancora niente. mi rispondete per favore?", 350, "it",
         links=["ale.conti@postaveloce.example"])
S.same_person.append(["email:ale.conti@postaveloce.example", "bluesky:aleconti.bsky.social"])
S.group("it", "profile link", a, b)

# ---------------------------------------------------------------- Dutch (3)
a = mail("sanne.devries@mailbus.example", "Sanne de Vries", "bestelling 41388 kapot aangekomen",
         "Hoi,\n\nMijn bestelling (41388) is net binnen maar de gitaarstandaard is gebroken, een poot is helemaal afgebroken. Doos was ook ingedeukt.\n\nGroetjes Sanne", 115, "nl")
b = mail("sanne.devries@mailbus.example", "Sanne de Vries", "nog steeds geen reactie - kapotte standaard",
         "Hallo? Ik heb vorige week gemaild over die kapotte standaard maar nog niks gehoord. Graag een nieuwe of geld terug.", 260, "nl")
S.group("nl", "one identity", a, b)

a = masto("@pieterpedaal@mastodon.example", "Pieter Visser", "@fretwire@musico.example volgens PostNL is m'n pakketje bezorgd maar hier ligt niks. Ook niet bij de buren. Ordernr 41402? nee 41404", 330, "nl")
b = bsky("pietervisser.bsky.social", "Pieter Visser", "@fretwire.bsky.social nog steeds geen pakket, en op mastodon ook geen antwoord van jullie. lekker dan", 370, "nl")
S.same_person.append(["mastodon:@pieterpedaal@mastodon.example", "bluesky:pietervisser.bsky.social"])
S.group("nl", "same name only", a, b)

a = bsky("lotte-bas.bsky.social", "Lotte Jansen", "@fretwire.bsky.social de kortingscode die ik via de nieuwsbrief kreeg werkt niet, krijg steeds 'ongeldig'", 360, "nl")
b = masto("@lottejansen@mastodon.example", "Lotte Jansen", "@fretwire@musico.example kortingscode uit jullie nieuwsbrief doet het nog steeds niet (zei het ook al op bluesky)", 395, "nl",
          links=["lotte-bas.bsky.social"])
S.same_person.append(["bluesky:lotte-bas.bsky.social", "mastodon:@lottejansen@mastodon.example"])
S.group("nl", "profile link", a, b)

# ---------------------------------------------------------------- Catalan (3)
a = mail("jordi.puig@correu.example", "Jordi Puig", "Comanda 41340",
         "Bon dia,\n\nvaig fer la comanda 41340 fa deu dies i encara no ha arribat. El número de seguiment no funciona.\n\nSalutacions,\nJordi Puig", 80, "ca")
r = answer(a, "Bon dia Jordi, ho estem revisant i us direm alguna cosa aviat. Fretwire Supply", 88, "ca")
b = mail("jordi.puig@correu.example", "Jordi Puig", "Re: Comanda 41340",
         "Hola, alguna novetat? Continuo sense paquet i sense seguiment.", 150, "ca", thread=rid(a), irt=rid(r))
S.group("ca", "one identity", a, b)

a = masto("@nuriaguitarra@mastodon.example", "Núria Soler", "@fretwire@musico.example m'heu enviat cordes de 11 i jo les havia demanat de 10. Comanda 41395", 280, "ca")
b = bsky("nuriasoler.bsky.social", "Núria Soler", "@fretwire.bsky.social ho vaig dir a mastodon: cordes de 11 en lloc de 10. Ningu em diu res de com canviar-les", 320, "ca")
S.same_person.append(["mastodon:@nuriaguitarra@mastodon.example", "bluesky:nuriasoler.bsky.social"])
S.group("ca", "same name only", a, b)

a = bsky("marcvilabaix.bsky.social", "Marc Vila", "@fretwire.bsky.social he donat de baixa la subscripció de pues i aquest mes m'heu tornat a cobrar. No ho entenc", 410, "ca")
b = bsky("marcvilabaix.bsky.social", "Marc Vila", "@fretwire.bsky.social ep, encara espero resposta pel cobrament de la subscripció que ja vaig cancel·lar", 440, "ca")
S.group("ca", "one identity", a, b)

# ---------------------------------------------------------------- negatives
# follow-up (5 more; one above)
a = mail("ellie.hart@pinemail.example", "Ellie Hart", "Missing order",
         "Hi, my order hasn't arrived yet, it's been a week. Could you check please?\nEllie", 12, "en")
r = answer(a, "Hi Ellie, happy to check. Could you send us your order number? Fretwire Supply", 14, "en")
b = mail("ellie.hart@pinemail.example", "Ellie Hart", "Re: Missing order",
         "Sorry! It's 41275.", 15, "en", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "order number the shop asked for")

a = mail("andrea.kessler@netzpost.example", "Andrea Kessler", "Falsche Saitenstärke",
         "Hallo, ich habe Bass-Saiten 45-105 bestellt und 40-95 bekommen.\nLG Andrea", 70, "de")
r = answer(a, "Hallo Andrea, das tut uns leid. Können Sie uns die Bestellnummer und ein Foto der Packung schicken? Fretwire Supply", 73, "de")
b = mail("andrea.kessler@netzpost.example", "Andrea Kessler", "Re: Falsche Saitenstärke",
         "Klar, Bestellung 41346, Foto hängt an. Auf der Packung steht deutlich 40-95.", 76, "de", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "order number and photo the shop asked for")

a = mail("carla.mendes@caixapostal.example", "Carla Mendes", "Fatura",
         "Bom dia, preciso de uma fatura com o meu NIF para a encomenda 41301.\nObrigada", 125, "pt")
r = answer(a, "Bom dia Carla, claro. Pode indicar-nos o NIF e a morada de faturação? Fretwire Supply", 128, "pt")
b = mail("carla.mendes@caixapostal.example", "Carla Mendes", "Re: Fatura",
         "NIF 245 118 904, morada Rua das Flores 12, 3º esq, Porto. Obrigada!", 131, "pt", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "tax number and address the shop asked for")

a = mail("bram.kuipers@mailbus.example", "Bram Kuipers", "Wah pedaal kraakt",
         "Hallo, de wah-wah die ik vorige week kocht kraakt heel erg als ik hem beweeg. Bestelling 41366.", 205, "nl")
r = answer(a, "Hoi Bram, vervelend! Kun je een kort filmpje of foto sturen zodat we kunnen zien wat er aan de hand is? Fretwire Supply", 209, "nl")
b = mail("bram.kuipers@mailbus.example", "Bram Kuipers", "Re: Wah pedaal kraakt",
         "Hier een filmpje. PS: het gebeurt ook zonder gitaar aangesloten, dus ligt niet aan de kabel.", 212, "nl", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "video the shop asked for plus a detail")

a = mail("f.bianchi@postaweb.example", "Federica Bianchi", "Reso tracolla",
         "Salve, vorrei restituire la tracolla, il colore è diverso dalla foto sul sito.", 345, "it")
r = answer(a, "Salve Federica, nessun problema. Ci indica il numero d'ordine così generiamo l'etichetta di reso? Fretwire Supply", 348, "it")
b = mail("f.bianchi@postaweb.example", "Federica Bianchi", "Re: Reso tracolla",
         "Certo, è il 41431. Ah, la confezione originale ce l'ho ancora.", 351, "it", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "order number the shop asked for, plus a detail")

# other-complaint (6)
a = mail("noah.pennington@quillmail.example", "Noah Pennington", "Order 41309 late",
         "Hi, order 41309 was due monday and still hasn't shown up. Any idea?\nNoah", 50, "en")
b = mail("noah.pennington@quillmail.example", "Noah Pennington", "Invoice for 41309",
         "Hi again, package finally came, thanks. But the invoice charges me for 3 packs of picks and I only ordered 2 (and only got 2). Can you fix it?\nNoah", 120, "en")
S.negative("other-complaint", a, b, "late delivery, then an invoice error on the same order")

a = masto("@rosa_cuerdas@mastodon.example", "Rosa", "@fretwire@musico.example no me llega el email para restablecer la contraseña 😩", 135, "es")
b = masto("@rosa_cuerdas@mastodon.example", "Rosa", "@fretwire@musico.example ya entré, gracias! pero ahora veo que el pedal de looper que compré no trae el adaptador de corriente", 185, "es")
S.negative("other-complaint", a, b, "password reset, then a missing part")

a = bsky("lenafuzz.bsky.social", "Lena", "@fretwire.bsky.social Paket von euch kam mit eingedrückter Ecke, die Kabeltrommel ist aber okay. Nur zur Info", 155, "de")
b = bsky("lenafuzz.bsky.social", "Lena", "@fretwire.bsky.social hm, ihr habt mir 4,95 Versand berechnet obwohl ab 40€ versandkostenfrei sein sollte?", 190, "de")
S.negative("other-complaint", a, b, "a remark on a dented box, then a shipping fee charged")

a = mail("helene.garnier@courriel.example", "Hélène Garnier", "Code promo",
         "Bonjour, le code BIENVENUE10 n'a pas été pris en compte sur ma commande 41380.\nHélène", 220, "fr")
b = mail("helene.garnier@courriel.example", "Hélène Garnier", "Livraison 41380",
         "Bonjour, la commande 41380 est indiquée livrée mais je ne l'ai pas reçue. Pouvez-vous vérifier auprès du transporteur ?\nHélène", 290, "fr")
S.negative("other-complaint", a, b, "coupon not applied, then delivered-not-received on the same order")

a = masto("@quim_baix@mastodon.example", "Quim", "@fretwire@musico.example la correa que em va arribar te la sivella trencada", 255, "ca")
b = masto("@quim_baix@mastodon.example", "Quim", "@fretwire@musico.example i ara l'app no em deixa ni entrar, es queda en blanc quan l'obro", 300, "ca")
S.negative("other-complaint", a, b, "broken strap buckle, then the app showing a blank screen")

a = mail("daan.smit@mailbus.example", "Daan Smit", "Dubbel betaald",
         "Goedemiddag, ik zie twee afschrijvingen van €18,50 voor bestelling 41357. Kunnen jullie er één terugstorten?\nDaan", 60, "nl")
b = mail("daan.smit@mailbus.example", "Daan Smit", "Retourlabel",
         "Hallo, ik wil de snaren van bestelling 41357 toch terugsturen (verkeerde maat) maar krijg geen retourlabel in mijn mail.\nDaan", 140, "nl")
S.negative("other-complaint", a, b, "double charge, then return label not received on the same order")

# other-customer (6; two of them same display name on two channels, different people)
a = masto("@drumnbassmatt@mastodon.example", "Matt", "@fretwire@musico.example is your site down? getting a blank page", 300, "en")
b = bsky("sophie-strings.bsky.social", "Sophie", "@fretwire.bsky.social website not loading for me at all, just spins", 301, "en")
S.negative("other-customer", a, b, "two customers during the same outage")

a = mail("anna.lindqvist@pinemail.example", "Anna Lindqvist", "Order 41410 not here",
         "Hi, our order 41410 (my partner placed it) hasn't arrived, tracking says delivered to a parcel shop we've never heard of.\nAnna", 190, "en")
b = mail("erik.lindqvist@pinemail.example", "Erik Lindqvist", "41410",
         "Hello, I placed order 41410 and it's been sent to some parcel shop across town that isn't the one I picked. Can you sort this?\nErik", 196, "en")
S.negative("other-customer", a, b, "a couple sharing one order, each writing")

a = bsky("carlosm-guitar.bsky.social", "Carlos Martín", "@fretwire.bsky.social mi paquete pone entregado y no lo tengo", 225, "es")
b = masto("@carlosmartin@mastodon.example", "Carlos Martín", "@fretwire@musico.example paquete marcado como entregado pero no ha llegado, pedido 41418", 262, "es")
S.same_name_different_people.append(["bluesky:carlosm-guitar.bsky.social", "mastodon:@carlosmartin@mastodon.example"])
S.negative("other-customer", a, b, "two different people named Carlos Martín, same complaint on two channels")

a = masto("@julia.m@mastodon.example", "Julia Meyer", "@fretwire@musico.example Gutschein WEIHNACHTEN funktioniert nicht 🤷‍♀️", 380, "de")
b = bsky("juliameyer-drums.bsky.social", "Julia Meyer", "@fretwire.bsky.social Rabattcode WEIHNACHTEN wird nicht angenommen, ist der abgelaufen?", 392, "de")
S.same_name_different_people.append(["mastodon:@julia.m@mastodon.example", "bluesky:juliameyer-drums.bsky.social"])
S.negative("other-customer", a, b, "two different people named Julia Meyer, same coupon problem")

a = masto("@chitarra_luca@mastodon.example", "Luca", "@fretwire@musico.example l'app crasha appena la apro dopo l'aggiornamento", 420, "it")
b = masto("@sara_basso@mastodon.example", "Sara", "@fretwire@musico.example anche a me l'app si chiude da sola da ieri, android", 424, "it")
S.negative("other-customer", a, b, "two customers hit by the same app crash")

a = bsky("joanapinto.bsky.social", "Joana", "@fretwire.bsky.social o site está em baixo? não consigo entrar", 301, "pt")
b = bsky("ruimusico.bsky.social", "Rui", "@fretwire.bsky.social site fora do ar aqui tbm", 302, "pt")
S.negative("other-customer", a, b, "two customers during the same outage")

# window (4)
a = mail("gareth.owen@northwire.example", "Gareth Owen", "Wrong picks",
         "Hi, ordered the 0.73mm Tortex picks and got the 1.0mm ones. Order 41200.\nGareth", 5, "en")
b = mail("gareth.owen@northwire.example", "Gareth Owen", "Wrong picks - still",
         "Hello, I wrote ages ago about getting 1.0mm picks instead of the 0.73s I ordered. Never heard back.\nGareth", 5 + 24 * 10, "en")
S.negative("window", a, b, "same complaint again ten days later")

a = masto("@elodie_violon@mastodon.example", "Élodie", "@fretwire@musico.example toujours pas reçu ma colophane et mes cordes de violon, commande passée il y a 10 jours", 20, "fr")
b = masto("@elodie_violon@mastodon.example", "Élodie", "@fretwire@musico.example bon ben... cordes de violon toujours pas arrivées. vraiment ?", 20 + 24 * 9, "fr")
S.negative("window", a, b, "same complaint again nine days later")

a = bsky("hannekebas.bsky.social", "Hanneke", "@fretwire.bsky.social geld voor m'n retour is nog steeds niet terug", 40, "nl")
b = bsky("hannekebas.bsky.social", "Hanneke", "@fretwire.bsky.social nog altijd geen terugbetaling voor die retour hoor", 40 + 24 * 12, "nl")
S.negative("window", a, b, "same complaint again twelve days later")

a = mail("laia.ferrer@correu.example", "Laia Ferrer", "Factura amb errors",
         "Hola, la factura de la comanda 41280 porta el NIF malament.\nGràcies", 100, "ca")
b = mail("laia.ferrer@correu.example", "Laia Ferrer", "Factura 41280",
         "Hola de nou, la factura continua amb el NIF equivocat. Me la podeu refer?", 100 + 24 * 8 + 5, "ca")
S.negative("window", a, b, "same complaint again eight days later")

# ---------------------------------------------------------------- filler (16)
mail("oliver.brook@pinemail.example", "Oliver Brook", "Gift wrapping?", "Hi, do you offer gift wrapping? Want to send a set of strings to my nephew.\nOliver", 18, "en")
masto("@synthsam@mastodon.example", "Sam", "@fretwire@musico.example do you ship to Norway?", 44, "en")
bsky("ghostnotes.bsky.social", "Ava", "@fretwire.bsky.social any plans to stock flatwound bass strings? 🙏", 88, "en")
mail("ines.prado@correo.example", "Inés Prado", "Cuerdas de nylon", "Hola, ¿teneis cuerdas de nylon para guitarra clásica de tension alta?\nGracias", 64, "es")
masto("@dani_pua@mastodon.example", "Dani", "@fretwire@musico.example hacéis envíos a Canarias?", 158, "es")
mail("k.schuster@fastpost.example", "Klaus Schuster", "Anfrage Großbestellung", "Guten Tag, wir sind eine Musikschule und würden gern 40 Stimmgeräte bestellen. Gibt es Mengenrabatt?\nK. Schuster", 92, "de")
bsky("mia-saite.bsky.social", "Mia", "@fretwire.bsky.social habt ihr auch Linkshänder-Gurte?", 236, "de")
masto("@lucas_gratte@piaille.example", "Lucas", "@fretwire@musico.example vous avez des médiators en celluloïd ?", 118, "fr")
mail("odile.m@postale.example", "Odile Marchand", "Horaires retrait", "Bonjour, est-il possible de retirer une commande sur place ? Merci", 310, "fr")
bsky("joaoviola.bsky.social", "João", "@fretwire.bsky.social vocês vendem cordas para cavaquinho?", 198, "pt")
mail("patricia.sousa@caixapostal.example", "Patrícia Sousa", "Vale de oferta", "Olá, vendem cartões/vales de oferta? Queria oferecer ao meu irmão.\nObrigada", 376, "pt")
masto("@elena_tasti@mastodon.example", "Elena", "@fretwire@musico.example spedite anche in Svizzera?", 144, "it")
bsky("davide-batteria.bsky.social", "Davide", "@fretwire.bsky.social quando tornano disponibili le bacchette Vic Firth 5A?", 402, "it")
mail("wouter.bos@mailbus.example", "Wouter Bos", "Snaren voor 7-snarige", "Hoi, verkopen jullie ook snarensets voor een 7-snarige gitaar?\nWouter", 266, "nl")
masto("@gerard_uke@mastodon.example", "Gerard", "@fretwire@musico.example teniu capos per a ukulele baríton?", 352, "ca")
bsky("aina-musica.bsky.social", "Aina", "@fretwire.bsky.social feu enviaments a Andorra?", 455, "ca")

S.write(HERE, "Held-out set, measured and never tuned on: Fretwire Supply, eight languages, "
        "written without sight of the detector; labels as a human reader would give them.")
