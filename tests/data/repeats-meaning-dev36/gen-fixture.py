#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of customer posts to Hollyhock Stationery, a small shop
selling fountain pens, notebooks, planners, wax seals and a monthly
stationery box, on email, Mastodon and Bluesky.

The set is rich in hard negatives, to measure the precision of the repeat
detector: 20 true repeat groups (15 pairs, 5 triples) in eight languages,
7 of them across two channels, and about 40 labelled pairs that are not
repeats (follow-ups in the same thread, other complaints by the same
customer, other customers with the same complaint, the same complaint
again after more than 7 days), plus one-off questions as filler.

The posts were written without sight of the detector, its lexicon or the
other sets. The labels say what a person reading the posts would say;
they were never edited to fit the detector.

Run: python3 gen-fixture.py (writes fixture.jsonl and labels.json here).
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 3, 30, 9, 55, tzinfo=timezone.utc)
S = LabelledSet(BASE, "hh", "hello@hollyhockstationery.example", "@hollyhock@paper.social",
                "hollyhockstationery.bsky.social", "Hollyhock Stationery")
add = S.add
rid = S.rid
M = "@hollyhock@paper.social "
B = "@hollyhockstationery.bsky.social "


def mail(author, name, subject, text, hours, lang, **kw):
    return add("email", author, text, hours, lang=lang, subject=subject, name=name, **kw)


def masto(author, name, text, hours, lang, **kw):
    return add("mastodon", author, M + text, hours, lang=lang, name=name, **kw)


def bsky(author, name, text, hours, lang, **kw):
    return add("bluesky", author, B + text, hours, lang=lang, name=name, **kw)


def answer(first, prev, text, hours, lang):
    """The shop answers by mail in the thread of @first, to @prev."""
    return S.reply("email", text, hours, rid(prev), rid(first), lang)


def again(author, name, subject, first, prev, text, hours, lang, **kw):
    """The customer's next mail in the thread of @first."""
    return mail(author, name, subject, text, hours, lang, thread=rid(first), in_reply_to=rid(prev), **kw)


# ---------------------------------------------------------------- true groups

# en 1: late parcel, three mails in one thread after a non-committal answer
a = "priya.natarajan@fastmail.example"
en1a = mail(a, "Priya Natarajan", "Order #20417 - where is it?",
            "Hi there,\n\nI ordered the Linden A5 planner and a bottle of Oxblood ink on the 24th (order #20417). "
            "Royal Mail tracking has said \"we've got it\" since Wednesday and nothing since. Could you check "
            "what's going on? It's a birthday present so I'm a bit anxious.\n\nThanks,\nPriya", 2.5, "en")
r = answer(en1a, en1a, "Hi Priya,\n\nThanks for getting in touch, and sorry for the worry. We're looking into it "
           "with Royal Mail and will be back in touch as soon as we hear something.\n\nBest,\nRosie at Hollyhock",
           6, "en")
en1b = again(a, "Priya Natarajan", "Re: Order #20417 - where is it?", en1a, r,
             "Hi Rosie,\n\nJust chasing this up. Two days on and the tracking is still stuck on \"we've got it\". "
             "The birthday is Saturday. Has Royal Mail actually told you anything?\n\nPriya", 53, "en")
en1c = again(a, "Priya Natarajan", "Re: Order #20417 - where is it?", en1a, en1b,
             "Hello?? Still nothing, and no reply to my last email either. Can someone please just tell me if "
             "the parcel is lost so I can buy something else in time.\n\nP.", 101, "en")
S.group("en", "one identity", en1a, en1b, en1c)
r = answer(en1a, en1c, "Hi Priya,\n\nReally sorry for the silence. Royal Mail found the parcel at the Leeds depot, "
           "it's out for delivery today.\n\nRosie", 118, "en")

# en 2: double charge, Mastodon then Bluesky with a link to the Mastodon account
en2a = masto("@tkowalczyk@mstdn.social", "Tomasz K",
             "hi, I've been charged twice for this month's box - two lots of £22 on my card this morning. "
             "only have the one subscription lol. can someone sort it?", 20, "en")
en2b = bsky("tkowalczyk.bsky.social", "Tomasz K",
            "asked over on mastodon yesterday and heard nothing. you've taken the box money off me TWICE, both "
            "payments still sitting there today. not ideal when payday is a week away", 44, "en",
            links=["@tkowalczyk@mstdn.social"])
S.group("en", "profile link", en2a, en2b)
S.same_person.append(["mastodon:@tkowalczyk@mstdn.social", "bluesky:tkowalczyk.bsky.social"])

# en 3: password reset, Bluesky
en3a = bsky("moth-and-ink.bsky.social", "jess \U0001F58B",
            "is the password reset broken? requested it 4 times, nothing in my inbox or spam. just want to "
            "check where my order is \U0001F629", 30, "en")
en3b = bsky("moth-and-ink.bsky.social", "jess \U0001F58B",
            "day 2 of trying to get into my hollyhock account. the 'reset password' button is purely "
            "decorative apparently", 61, "en")
S.group("en", "one identity", en3a, en3b)

# es 1: broken ink bottle, three mails
a = "lucia.ferrer.g@correo.example"
es1a = mail(a, "Lucía Ferrer", "Pedido 20466 llegó con el tintero roto",
            "Hola,\n\nHoy me ha llegado el pedido nº 20466 y el frasco de tinta Azul Prusia venía roto dentro de "
            "la caja. Se ha derramado todo y ha manchado la libreta punteada que venía al lado, ha quedado "
            "inservible. Adjunto fotos.\n\n¿Me podéis mandar otro frasco y otra libreta?\n\nUn saludo,\nLucía", 8, "es")
r = answer(es1a, es1a, "Hola Lucía,\n\nSentimos mucho lo ocurrido. Lo estamos revisando con el almacén y te "
           "decimos algo en cuanto podamos.\n\nUn saludo,\nEquipo Hollyhock", 12, "es")
es1b = again(a, "Lucía Ferrer", "Re: Pedido 20466 llegó con el tintero roto", es1a, r,
             "Hola de nuevo,\n\n¿Hay alguna novedad? Han pasado ya tres días y sigo con la libreta llena de tinta "
             "azul encima de la mesa. Solo quiero saber si me mandáis el reemplazo o no.\n\nLucía", 75, "es")
es1c = again(a, "Lucía Ferrer", "Re: Pedido 20466 llegó con el tintero roto", es1a, es1b,
             "Pues nada, casi una semana y ni una respuesta. Tinta rota, libreta destrozada y cero noticias. "
             "Genial, de verdad.", 130, "es")
S.group("es", "one identity", es1a, es1b, es1c)

# es 2: refund after a return, Mastodon
es2a = masto("@pablo_rdz@mastodon.social", "Pablo Rodríguez",
             "Buenas, devolví la pluma Kestrel hace ya 3 semanas (os llegó el 12 según Correos) y el reembolso "
             "sigue sin aparecer. ¿Cuánto suele tardar?", 40, "es")
es2b = masto("@pablo_rdz@mastodon.social", "Pablo Rodríguez",
             "seguimos esperando los 48€ eh. ¿Alguien lee esto?", 160, "es")
S.group("es", "one identity", es2a, es2b)

# es 3: wax seal with the wrong initial, Bluesky
es3a = bsky("nereasolis.bsky.social", "Nerea",
            "pedí un sello de lacre con la letra N (es para las invitaciones de mi boda \U0001F648) y me ha "
            "llegado con una M. ¿Cómo lo soluciono? pedido 20702", 85, "es")
es3b = bsky("nereasolis.bsky.social", "Nerea",
            "hola?? sigo con el sello de la M y las invitaciones salen la semana que viene... que me llamo "
            "Nerea, no Merea \U0001F605", 110, "es")
S.group("es", "one identity", es3a, es3b)

# de 1: refund after a return, three mails
a = "k.brandt@posteo.example"
de1a = mail(a, "Katrin Brandt", "Rückerstattung Bestellung 20391",
            "Guten Tag,\n\nich habe am 16.03. das Notizbuch-Set (3x A5 kariert) zurückgeschickt, laut "
            "DHL-Sendungsverfolgung ist das Paket am 19.03. bei Ihnen angekommen. Die Erstattung über 36,50 € ist "
            "bis heute nicht auf meinem Konto eingegangen. Können Sie das bitte prüfen?\n\nMit freundlichen "
            "Grüßen\nKatrin Brandt", 14, "de")
r = answer(de1a, de1a, "Hallo Frau Brandt,\n\ndanke für Ihre Nachricht. Wir schauen uns das an und melden uns."
           "\n\nViele Grüße\nIhr Hollyhock-Team", 20, "de")
de1b = again(a, "Katrin Brandt", "AW: Rückerstattung Bestellung 20391", de1a, r,
             "Hallo,\n\n\"wir melden uns\" ist jetzt vier Tage her. Das Geld ist immer noch nicht da. Bitte um "
             "kurze Info, wann die Erstattung veranlasst wird.\n\nK. Brandt", 90, "de")
de1c = again(a, "Katrin Brandt", "AW: AW: Rückerstattung Bestellung 20391", de1a, de1b,
             "Zum dritten Mal: wo bleiben meine 36,50 €? Ich finde das langsam wirklich unverschämt.", 160, "de")
S.group("de", "one identity", de1a, de1b, de1c)

# de 2: wrong colour pen, mail then Mastodon, same name only
de2a = mail("henrike.albers@web.example", "Henrike Albers", "Falsche Farbe",
            "Hallo Hollyhock-Team,\n\nich hatte den Kestrel-Füller in Bordeaux bestellt, angekommen ist er in "
            "Tannengrün. Grün ist schön, aber der Füller soll ein Geschenk für meinen Vater sein und der mag "
            "kein Grün :) Bestellung 20733. Wie läuft der Umtausch?\n\nLiebe Grüße\nHenrike", 100, "de")
de2b = masto("@henrike@norden.social", "Henrike Albers",
             "Hallo! Hatte euch am Freitag gemailt wegen dem Füller, der in grün statt bordeaux kam – bisher "
             "keine Antwort. Gibts ne Chance auf Umtausch bis nächstes Wochenende?", 170, "de")
S.group("de", "same name only", de2a, de2b)
S.same_person.append(["email:henrike.albers@web.example", "mastodon:@henrike@norden.social"])

# de 3: rude courier, Bluesky
de3a = bsky("flo-baut.bsky.social", "Florian",
            "euer Paketbote hat mir grad das Paket mit dem Tintenglas über den Gartenzaun geworfen und als ich "
            "was gesagt hab meinte er nur \"is doch angekommen\". Echt jetzt?", 210, "de")
de3b = bsky("flo-baut.bsky.social", "Florian",
            "immer noch sprachlos wegen eurem Fahrer. Paket übern Zaun schmeißen und dann noch pampig werden. "
            "Sagt ihr das DPD mal oder soll ich?", 236, "de")
S.group("de", "one identity", de3a, de3b)

# fr 1: lost parcel, three mails
a = "claire.dumont@laposte.example"
fr1a = mail(a, "Claire Dumont", "Colis jamais reçu - cde 20452",
            "Bonjour,\n\nJ'ai passé commande le 20 mars (cde 20452 : un carnet Linden et 3 cartouches d'encre). "
            "Le suivi Colissimo indique « en cours d'acheminement » depuis 9 jours. Pouvez-vous vérifier qu'il "
            "n'est pas perdu ?\n\nCordialement,\nClaire Dumont", 26, "fr")
r = answer(fr1a, fr1a, "Bonjour Claire,\n\nMerci pour votre message. Nous avons ouvert une enquête auprès de "
           "Colissimo et revenons vers vous dès que possible.\n\nBien à vous,\nL'équipe Hollyhock", 30, "fr")
fr1b = again(a, "Claire Dumont", "RE: Colis jamais reçu - cde 20452", fr1a, r,
             "Bonjour,\n\nDes nouvelles de l'enquête ? Toujours rien dans ma boîte aux lettres et le suivi n'a "
             "pas bougé d'un pouce.\n\nClaire", 100, "fr")
fr1c = again(a, "Claire Dumont", "RE: RE: Colis jamais reçu - cde 20452", fr1a, fr1b,
             "Bon. Ca fait plus de deux semaines que j'attends ce colis et presque une semaine que « l'enquête » "
             "est ouverte. Je voudrais soit un renvoi soit un remboursement, merci.", 148, "fr")
S.group("fr", "one identity", fr1a, fr1b, fr1c)

# fr 2: cancelled box still billed, Bluesky then mail with a link to the Bluesky account
fr2a = bsky("gaspard-lefebvre.bsky.social", "Gaspard",
            "j'ai résilié ma box mensuelle en février (j'ai même le mail de confirmation) et vous m'avez quand "
            "même prélevé 24€ ce mois ci. vous pouvez regarder svp ?", 180, "fr")
fr2b = mail("gaspard.lefebvre@free.example", "Gaspard Lefebvre", "Abonnement résilié mais toujours prélevé",
            "Bonjour,\n\nJe vous ai écrit sur Bluesky hier soir, sans réponse, donc je passe par le mail. J'ai "
            "résilié mon abonnement le 11 février, confirmation à l'appui, et le prélèvement de 24 € est quand "
            "même passé le 1er avril. Merci de me rembourser et de vérifier que ça ne recommencera pas en mai."
            "\n\nGaspard Lefebvre", 205, "fr", links=["gaspard-lefebvre.bsky.social"])
S.group("fr", "profile link", fr2a, fr2b)
S.same_person.append(["bluesky:gaspard-lefebvre.bsky.social", "email:gaspard.lefebvre@free.example"])

# fr 3: cannot log in, Mastodon
fr3a = masto("@manonb@piaille.fr", "Manon",
             "impossible de me connecter à mon compte depuis ce matin, « identifiants incorrects » alors que "
             "c'est le bon mot de passe, et le lien de réinitialisation m'envoie sur une page blanche \U0001F643",
             240, "fr")
fr3b = masto("@manonb@piaille.fr", "Manon",
             "toujours bloquée dehors. page blanche sur le lien de reinit, encore et encore. c'est moi ou c'est "
             "vous ?", 265, "fr")
S.group("fr", "one identity", fr3a, fr3b)

# pt 1: return label not received, Mastodon then Bluesky, same name only
pt1a = masto("@inescarvalho@masto.pt", "Inês Carvalho",
             "Olá! Pedi a devolução do planner semanal há 5 dias e ainda não recebi a etiqueta de envio por email. "
             "Já vi no spam. Podem reenviar?", 60, "pt")
pt1b = bsky("inescarv.bsky.social", "Inês Carvalho",
            "olá, continuo à espera da etiqueta de devolução \U0001F615 já tinha perguntado no mastodon. o prazo "
            "para devolver está quase a acabar...", 130, "pt")
S.group("pt", "same name only", pt1a, pt1b)
S.same_person.append(["mastodon:@inescarvalho@masto.pt", "bluesky:inescarv.bsky.social"])

# pt 2: double charge, mail thread
a = "rui.m.santos@sapo.example"
pt2a = mail(a, "Rui Santos", "Cobrança em duplicado",
            "Boa tarde,\n\nFiz uma encomenda ontem (nº 20911, caneta Marlow + conversor) e o valor de 62,40€ foi "
            "debitado duas vezes no meu cartão. Podem verificar e devolver o valor a mais?\n\nObrigado,\nRui Santos",
            280, "pt")
r = answer(pt2a, pt2a, "Olá Rui,\n\nObrigado pelo contacto. Estamos a verificar com o nosso processador de "
           "pagamentos e voltamos a falar consigo em breve.\n\nEquipa Hollyhock", 286, "pt")
pt2b = again(a, "Rui Santos", "Re: Cobrança em duplicado", pt2a, r,
             "Olá,\n\nJá passaram dois dias. Os dois débitos continuam no extrato, nenhum foi anulado. Há "
             "novidades?\n\nRui", 330, "pt")
S.group("pt", "one identity", pt2a, pt2b)

# it 1: wrong invoice, mail thread
a = "amministrazione@studiobertolini.example"
it1a = mail(a, "Giulia Bertolini", "Fattura ordine 20488 errata",
            "Buongiorno,\n\nvi scrivo per la fattura dell'ordine 20488 (agende 2026 per lo studio): è intestata a "
            "me come privato e manca la partita IVA dello studio, che avevo inserito al checkout (IT04417320265). "
            "Potete riemetterla intestata a Studio Bertolini?\n\nGrazie,\nGiulia Bertolini", 48, "it")
r = answer(it1a, it1a, "Buongiorno Giulia,\n\ngrazie della segnalazione, verifichiamo e le facciamo sapere."
           "\n\nCordiali saluti,\nHollyhock Stationery", 55, "it")
it1b = again(a, "Giulia Bertolini", "R: Fattura ordine 20488 errata", it1a, r,
             "Buongiorno,\n\nsollecito per la fattura corretta, il commercialista me la chiede entro fine "
             "settimana. Mi serve solo rifatta con la P.IVA giusta, non mi sembra complicato.\n\nGiulia Bertolini",
             120, "it")
S.group("it", "one identity", it1a, it1b)

# it 2: coupon not applied, mail then Bluesky, same name only
it2a = mail("davide.greco92@libero.example", "Davide Greco", "codice sconto non funziona",
            "Ciao, ho provato a usare il codice BENVENUTO10 che mi è arrivato con la newsletter ma al pagamento "
            "dice \"codice non valido\". L'ordine l'ho fatto lo stesso (20950), potete applicarmi lo sconto "
            "dopo? Grazie\nDavide", 300, "it")
it2b = bsky("davidegreco.bsky.social", "Davide Greco",
            "vi ho scritto una mail domenica per il codice BENVENUTO10 che non va, ancora niente. il 10% me lo "
            "ridate o no?", 345, "it")
S.group("it", "same name only", it2a, it2b)
S.same_person.append(["email:davide.greco92@libero.example", "bluesky:davidegreco.bsky.social"])

# nl 1: "delivered" but not received, two mails then Mastodon with a link to the mail address
a = "sanne.devries@ziggo.example"
nl1a = mail(a, "Sanne de Vries", "Pakket als bezorgd gemeld maar niet ontvangen",
            "Hoi,\n\nVolgens PostNL is mijn bestelling (20804, de zegelset met lakstaven) gisteren om 14:12 "
            "bezorgd, maar ik heb niks gekregen. Niet bij de buren, niet in de brievenbus, geen briefje. Kunnen "
            "jullie dit uitzoeken?\n\nGroetjes,\nSanne", 150, "nl")
r = answer(nl1a, nl1a, "Hoi Sanne,\n\nVervelend! We hebben een onderzoek aangevraagd bij PostNL en laten het je "
           "weten zodra we meer horen.\n\nGroet,\nHollyhock", 158, "nl")
nl1b = again(a, "Sanne de Vries", "Re: Pakket als bezorgd gemeld maar niet ontvangen", nl1a, r,
             "Hoi, nog iets gehoord van PostNL? Ik heb intussen de hele straat afgelopen, niemand heeft een "
             "pakketje van jullie. 'Bezorgd' m'n neus.", 210, "nl")
nl1c = masto("@sannedv@mastodon.nl", "Sanne",
             "Mail wordt niet beantwoord dus dan maar hier: pakket 20804 staat al een week op 'bezorgd' en is "
             "hier nooit geweest. Wat gaan jullie doen?", 262, "nl", links=[a])
S.group("nl", "profile link", nl1a, nl1b, nl1c)
S.same_person.append(["email:sanne.devries@ziggo.example", "mastodon:@sannedv@mastodon.nl"])

# nl 2: notebook arrived soaked, Bluesky
nl2a = bsky("bramvanleeuwen.bsky.social", "Bram",
            "notitieboek binnen, maar de doos was kletsnat, het boek is helemaal golvend en de hoeken zijn "
            "geknakt. beetje jammer voor €28", 370, "nl")
nl2b = bsky("bramvanleeuwen.bsky.social", "Bram",
            "nog even hierover: m'n notitieboek ziet eruit alsof het in bad heeft gelegen. hoor graag hoe we "
            "dit oplossen", 395, "nl")
S.group("nl", "one identity", nl2a, nl2b)

# ca 1: wax seal kit without wax, Bluesky then Mastodon, same name only
ca1a = bsky("martavilalta.bsky.social", "Marta Vilalta",
            "bon dia! m'ha arribat el kit de segell de lacre pero falten les barres de lacre, nomes hi ha el "
            "segell i la cullereta. Comanda 20822", 220, "ca")
ca1b = masto("@mvilalta@mastodont.cat", "Marta Vilalta",
             "ahir us vaig escriure per bluesky: el kit de lacre ha arribat sense les barres. Un kit de lacre "
             "sense lacre... \U0001F643 Me les podeu enviar?", 268, "ca")
S.group("ca", "same name only", ca1a, ca1b)
S.same_person.append(["bluesky:martavilalta.bsky.social", "mastodon:@mvilalta@mastodont.cat"])

# ca 2: late order, mail thread
a = "jpuigserra@correu.example"
ca2a = mail(a, "Jordi Puig", "Comanda 21034 sense notícies",
            "Hola,\n\nVaig fer la comanda 21034 (la capsa mensual d'abril + una ploma) fa deu dies i encara no ha "
            "arribat ni tinc cap número de seguiment. Em podeu dir alguna cosa?\n\nGràcies,\nJordi", 400, "ca")
r = answer(ca2a, ca2a, "Hola Jordi,\n\nGràcies per escriure'ns. Ho estem mirant i et diem alguna cosa aviat."
           "\n\nSalutacions,\nHollyhock", 405, "ca")
ca2b = again(a, "Jordi Puig", "Re: Comanda 21034 sense notícies", ca2a, r,
             "Hola de nou. Ni comanda, ni seguiment, ni resposta. Comença a ser una mica llarg, no?", 452, "ca")
S.group("ca", "one identity", ca2a, ca2b)

# ---------------------------------------------------------------- follow-ups

a = "oliver.brandon@outlook.example"
x = mail(a, "Ollie Brandon", "Leaky pen",
         "Hello,\n\nMy Kestrel fountain pen leaks from where the nib section screws into the barrel. Fingers "
         "blue after every page. Bought it last month.\n\nOllie", 70, "en")
r = answer(x, x, "Hi Ollie,\n\nSorry to hear that! Could you send us your order number and a photo of where the "
           "ink collects? Then we can sort a replacement.\n\nThanks,\nRosie", 74, "en")
y = again(a, "Ollie Brandon", "Re: Leaky pen", x, r,
          "Hi Rosie,\n\nOrder number is HH-20133, photo attached (excuse the inky thumb). It's right at the "
          "threads.\n\nOllie", 79, "en")
S.negative("follow-up", x, y, "sends the order number and photo the shop asked for")

a = "ana.beltran@beltrandiseno.example"
x = mail(a, "Ana Beltrán", "Factura pedido 20655",
         "Hola, necesito la factura del pedido 20655 a nombre de la empresa, no a mi nombre. ¿Es posible?\n"
         "Gracias, Ana", 110, "es")
r = answer(x, x, "Hola Ana,\n\n¡Claro! ¿Nos pasas la razón social, el NIF y la dirección fiscal?\n\nUn saludo,\n"
           "Equipo Hollyhock", 115, "es")
y = again(a, "Ana Beltrán", "Re: Factura pedido 20655", x, r,
          "Perfecto:\nBeltrán Diseño S.L.\nNIF B50938217\nC/ Mayor 14, 2ºB, 50001 Zaragoza\n\nMil gracias!", 117, "es")
S.negative("follow-up", x, y, "gives the tax details the shop asked for")

a = "lukas.hoffmann@gmx.example"
x = mail(a, "Lukas Hoffmann", "Konverter fehlt",
         "Moin,\n\nim Paket mit dem Marlow-Füller war kein Konverter, obwohl er laut Shop dabei sein sollte. "
         "Nur zwei Patronen.\n\nGruß Lukas", 130, "de")
r = answer(x, x, "Moin Lukas,\n\ndas tut uns leid. Kannst du uns noch die Bestellnummer schicken? Dann geht der "
           "Konverter gleich raus.\n\nViele Grüße\nHollyhock", 134, "de")
y = again(a, "Lukas Hoffmann", "AW: Konverter fehlt", x, r,
          "Klar, ist die 20761. Danke!", 141, "de")
S.negative("follow-up", x, y, "sends the order number the shop asked for")

a = "elodie.marchand@orange.example"
x = mail(a, "Élodie Marchand", "Box d'avril pas reçue",
         "Bonjour,\n\nma box d'avril n'est toujours pas arrivée alors que d'habitude je l'ai vers le 5. "
         "Pouvez-vous regarder ?\n\nMerci,\nÉlodie", 196, "fr")
y = again(a, "Élodie Marchand", "Re: Box d'avril pas reçue", x, x,
          "PS : j'ai oublié, mon numéro d'abonnée c'est le 8812, et j'ai déménagé en février (nouvelle adresse "
          "12 rue des Tanneurs, Lille), c'est peut-être ça.", 196.4, "fr")
S.negative("follow-up", x, y, "PS with subscriber number and a new address, minutes later")

a = "mafalda.pereira@gmail.example"
x = mail(a, "Mafalda Pereira", "Planner danificado",
         "Bom dia,\n\nO planner 2026 chegou com a capa toda riscada e uma folha rasgada. Encomenda 20690."
         "\n\nCumprimentos,\nMafalda", 90, "pt")
r = answer(x, x, "Bom dia Mafalda,\n\nLamentamos imenso. Consegue enviar-nos uma ou duas fotografias dos danos?"
           "\n\nObrigado,\nEquipa Hollyhock", 96, "pt")
y = again(a, "Mafalda Pereira", "Re: Planner danificado", x, r,
          "Olá, seguem em anexo 3 fotos (capa, lombada e a folha rasgada).\nMafalda", 99, "pt")
S.negative("follow-up", x, y, "sends the photos the shop asked for")

a = "f.rinaldi@tiscali.example"
x = mail(a, "Francesca Rinaldi", "Non riesco ad accedere",
         "Salve, da ieri non riesco più ad entrare nel mio account, mi dice che la mail non è registrata ma ho "
         "fatto due ordini! Come faccio?", 250, "it")
r = answer(x, x, "Salve Francesca,\n\ncon quale indirizzo email aveva fatto gli ordini? Controlliamo subito.\n\n"
           "Hollyhock Stationery", 254, "it")
y = again(a, "Francesca Rinaldi", "R: Non riesco ad accedere", x, r,
          "Li avevo fatti con francesca.rinaldi@tiscali.example, forse ho sbagliato io a scriverla la prima volta "
          "(rinaldi con due l?).", 256, "it")
S.negative("follow-up", x, y, "gives the address the shop asked for")

a = "wouter.bakker@kpn.example"
x = mail(a, "Wouter Bakker", "Elastiek ontbreekt aan planner",
         "Goedemiddag,\n\nDe weekplanner die ik kreeg (bestelling 20840) heeft geen elastieken sluiting, er "
         "zitten alleen twee gaatjes waar die hoort.\n\nMvg,\nWouter Bakker", 275, "nl")
y = again(a, "Wouter Bakker", "Re: Elastiek ontbreekt aan planner", x, x,
          "PS: foto vergeten, zit nu in de bijlage.", 275.3, "nl")
S.negative("follow-up", x, y, "PS: the photo")

a = "nuria.soler@correu.example"
x = mail(a, "Núria Soler", "Etiqueta de devolució",
         "Bon dia,\n\nVull tornar el quadern de tapa dura (m'he equivocat de mida). Com ho faig per tenir "
         "l'etiqueta de devolució?\n\nNúria", 310, "ca")
r = answer(x, x, "Bon dia Núria,\n\nT'enviem l'etiqueta per correu. Ens confirmes l'adreça de recollida i el "
           "número de comanda?\n\nHollyhock", 314, "ca")
y = again(a, "Núria Soler", "Re: Etiqueta de devolució", x, r,
          "Comanda 20968. Adreça: c/ de la Riera 7, 3r 1a, 08301 Mataró.\nMoltes gràcies!", 318, "ca")
S.negative("follow-up", x, y, "gives the order number and address the shop asked for")

x = masto("@dougie@fosstodon.example", "Doug",
          "ordered a wax seal set on the 27th and it still says 'processing'. bit slow?", 140, "en")
y = add("mastodon", "@dougie@fosstodon.example",
        M + "forgot to add: it's order 20745, the thistle one", 140.2, lang="en", name="Doug",
        thread=rid(x), in_reply_to=rid(x))
S.negative("follow-up", x, y, "adds the order number in a reply to own post")

x = bsky("lenaschreibt.bsky.social", "Lena",
         "hab gestern das Bullet-Journal bestellt und die Bestätigungsmail hat die falsche Lieferadresse 😬 "
         "kann man das noch ändern?", 45, "de")
r = add("bluesky", "hollyhockstationery.bsky.social", "@lenaschreibt.bsky.social klar! Schick uns kurz die "
        "Bestellnummer und die richtige Adresse per DM oder Mail 🙂", 46, lang="de", name="Hollyhock Stationery",
        direction="out", thread=rid(x), in_reply_to=rid(x))
y = add("bluesky", "lenaschreibt.bsky.social", "@hollyhockstationery.bsky.social ist die 20512, per Mail an euch "
        "unterwegs. danke!!", 47, lang="de", name="Lena", thread=rid(x), in_reply_to=rid(r))
S.negative("follow-up", x, y, "gives the order number the shop asked for")

# ---------------------------------------------------------------- other complaints

x = mail("priya.natarajan@fastmail.example", "Priya Natarajan", "Planner arrived damaged",
         "Hi Rosie,\n\nWell, it turned up in the end, thanks for chasing. Unfortunately the Linden planner has a "
         "crushed corner and the cover has split along the spine, so I can't really give it as a present. "
         "Could I swap it for a new one?\n\nPriya", 124, "en")
S.negative("other-complaint", en1a, x, "same order: late, then damaged once it came")

a = "carmen.ortiz@telefonica.example"
x = mail(a, "Carmen Ortiz", "Agenda tamaño equivocado",
         "Hola, pedí la agenda semanal en A5 y me ha llegado la A6, la pequeñita. Pedido 20431. ¿La devuelvo?"
         "\nCarmen", 15, "es")
r = answer(x, x, "Hola Carmen,\n\nPerdona el error. Devuélvela con la etiqueta que te adjuntamos y en cuanto nos "
           "llegue te hacemos el reembolso.\n\nUn saludo,\nEquipo Hollyhock", 19, "es")
y = mail(a, "Carmen Ortiz", "Reembolso agenda A6",
         "Hola otra vez,\n\nDevolví la agenda A6 con vuestra etiqueta el día 2 y Correos dice que os llegó el 6. "
         "A día de hoy no me habéis devuelto los 19,90 €.\n\nCarmen Ortiz", 290, "es")
S.negative("other-complaint", x, y, "wrong size, then the refund for the return")

x = mail("henrike.albers@web.example", "Henrike Albers", "Rechnung 20733",
         "Hallo nochmal,\n\nder bordeauxrote Füller ist angekommen, danke! Allerdings stehen auf der neuen Rechnung "
         "die Versandkosten doppelt drauf (2x 4,90 €). Könnt ihr das korrigieren?\n\nHenrike", 320, "de")
S.negative("other-complaint", de2a, x, "same order: wrong colour, then an invoice error")

x = mail("claire.dumont@laposte.example", "Claire Dumont", "Cartouches manquantes - cde 20452",
         "Bonjour,\n\nLe colis est finalement arrivé ce matin, merci. Par contre il manque les 3 cartouches "
         "d'encre, il n'y a que le carnet dans le carton.\n\nClaire Dumont", 300, "fr")
S.negative("other-complaint", fr1c, x, "same order: lost, then a missing item once it came")

x = mail("rui.m.santos@sapo.example", "Rui Santos", "Aparo torto",
         "Olá,\n\nA caneta Marlow chegou hoje mas o aparo vem torto, arranha o papel todo. É da encomenda 20911."
         "\n\nRui", 380, "pt")
S.negative("other-complaint", pt2b, x, "same order: double charge, then a bent nib")

x = mail("amministrazione@studiobertolini.example", "Giulia Bertolini", "Agende anno sbagliato",
         "Buongiorno,\n\naperto ora il pacco dell'ordine 20488: due delle dieci agende sono del 2025 invece "
         "che del 2026. Ci mandate le due giuste?\n\nGiulia Bertolini", 72, "it")
S.negative("other-complaint", it1a, x, "same order: invoice error, then wrong items in the box")

a = "femke.jansen@hetnet.example"
x = mail(a, "Femke Jansen", "Kortingscode",
         "Hallo,\n\nDe code VOORJAAR15 werd niet toegepast bij het afrekenen, ik heb de volle prijs betaald "
         "(bestelling 20777). Kan dat nog verrekend worden?\n\nGroet, Femke", 200, "nl")
y = mail(a, "Femke Jansen", "Verkeerde kleur notitieboek",
         "Hallo,\n\nNu de bestelling binnen is (20777): ik had het notitieboek in salie groen besteld maar het "
         "is oker geworden. Kan ik ruilen?\n\nFemke", 262, "nl")
S.negative("other-complaint", x, y, "same order: coupon not applied, then wrong colour")

x = bsky("martavilalta.bsky.social", "Marta Vilalta",
         "ja tinc les barres de lacre, gràcies! però ara veig que m'heu cobrat l'enviament dues vegades a la "
         "comanda 20822 \U0001F914", 330, "ca")
S.negative("other-complaint", ca1a, x, "same order: missing part, then charged twice for shipping")

x = bsky("moth-and-ink.bsky.social", "jess \U0001F58B",
         "ok finally got in (thank you!!) but now the site crashes every time I add the wax seal starter kit to "
         "my basket. white screen, 'something went wrong'", 122, "en")
S.negative("other-complaint", en3b, x, "could not log in, then the basket crashes")

x = masto("@pablo_rdz@mastodon.social", "Pablo Rodríguez",
          "por cierto, el cuaderno que pedí la semana pasada (pedido 20790) lleva 6 días 'en reparto'. ¿Lo "
          "podéis mirar?", 200, "es")
S.negative("other-complaint", es2b, x, "refund of a return, then a late order")

x = mail("k.brandt@posteo.example", "Katrin Brandt", "Gutschrift falsche Anschrift",
         "Hallo,\n\ndie Erstattung ist inzwischen eingegangen, danke. Auf der Gutschrift steht aber meine alte "
         "Adresse in Kassel. Bitte korrigieren, ich brauche sie für die Steuer.\n\nK. Brandt", 350, "de")
S.negative("other-complaint", de1a, x, "same return: refund late, then a wrong address on the credit note")

x = masto("@tkowalczyk@mstdn.social", "Tomasz K",
          "double charge sorted, ta. but this month's box has the exact same washi tape set as march's box?? "
          "already got 2 of them now", 190, "en")
S.negative("other-complaint", en2a, x, "double charge, then a duplicate item in the box")

# ---------------------------------------------------------------- other customers

x = mail("laura.gomez.v@correo.example", "Laura Gómez", "Mi pedido no llega",
         "Hola, hice el pedido 20598 (una pluma Kestrel negra) hace 8 días y sigue sin llegar a Sevilla. "
         "¿Sabéis algo?\nLaura", 66, "es")
y = bsky("lauragomez.bsky.social", "Laura Gómez",
         "oye mi libreta de tapa de tela todavía no ha llegado y ya van 9 días 😤 envío a Bilbao, pedido 20603",
         80, "es")
S.negative("other-customer", x, y, "two people named Laura Gómez, different orders and cities")
S.same_name_different_people.append(["email:laura.gomez.v@correo.example", "bluesky:lauragomez.bsky.social"])

x = mail("jonas.weber@t-online.example", "Jonas Weber", "Gutscheincode",
         "Hallo, der Code FRUEHLING15 funktioniert bei mir nicht, es kommt immer \"ungültig\". Wollte das "
         "Notizbuch-Set bestellen. Gruß aus Hamburg, Jonas", 225, "de")
y = masto("@jweber@graz.social", "Jonas Weber",
          "Servus, euer Frühlingscode (15%) wird im Warenkorb nicht abgezogen, hab's mit dem Marlow-Füller "
          "probiert. Läuft der noch?", 231, "de")
S.negative("other-customer", x, y, "two people named Jonas Weber (Hamburg, Graz), same coupon")
S.same_name_different_people.append(["email:jonas.weber@t-online.example", "mastodon:@jweber@graz.social"])

x = masto("@samtaylor@mas.to", "Sam Taylor",
          "my Kestrel's started leaking at the section after 2 weeks. is that normal??", 345, "en")
y = bsky("samtaylorwrites.bsky.social", "Sam Taylor",
         "bought my daughter a Marlow pen for her exams and it's leaking everywhere, her pencil case is ruined. "
         "not impressed", 352, "en")
S.negative("other-customer", x, y, "two people named Sam Taylor, leaking pens of different models")
S.same_name_different_people.append(["mastodon:@samtaylor@mas.to", "bluesky:samtaylorwrites.bsky.social"])

o1 = masto("@rowan_writes@mastodon.online", "Rowan",
           "is the site down? checkout just spins and then says payment failed. tried two cards", 153, "en")
o2 = bsky("evaschrijft.bsky.social", "Eva",
          "jullie website doet het niet? krijg steeds een foutmelding bij betalen", 153.3, "nl")
o3 = mail("hugo.bernard@sfr.example", "Hugo Bernard", "Paiement impossible",
          "Bonjour, impossible de valider ma commande, le paiement échoue à chaque fois (« erreur 502 »). "
          "C'est un souci de votre côté ?\nHugo", 153.6, "fr")
o4 = masto("@chiaraink@mastodon.uno", "Chiara",
           "il sito non funziona, al pagamento va in errore. volevo prendere la box di maggio prima che finisse 😭",
           154.1, "it")
o5 = bsky("pilarescribe.bsky.social", "Pilar",
          "¿se os ha caído la web? no me deja pagar", 154.4, "es")
S.negative("other-customer", o1, o2, "different customers during one checkout outage")
S.negative("other-customer", o2, o3, "different customers during one checkout outage")
S.negative("other-customer", o3, o4, "different customers during one checkout outage")
S.negative("other-customer", o4, o5, "different customers during one checkout outage")

x = mail("mark.ellison@btinternet.example", "Mark Ellison", "Order 20860 not arrived",
         "Hello,\n\nOur order 20860 (wedding stationery: 60 cards and the wax seal set) was due Tuesday and "
         "hasn't arrived. Tracking says nothing useful. Could you look into it?\n\nMark Ellison", 230, "en")
y = bsky("hannahellison.bsky.social", "Hannah Ellison",
         "my husband already emailed you but our wedding stationery STILL isn't here and we're meant to post "
         "the invites this weekend. please help \U0001F62D", 236, "en")
S.negative("other-customer", x, y, "a couple, one order, each writes")

x = mail("beatriz.lopes@gmail.example", "Beatriz Lopes", "Sinete partido",
         "Olá,\n\nO sinete de lacre da encomenda 20977 chegou com o cabo de madeira partido.\n\nBeatriz", 360, "pt")
y = masto("@tiagolopes@masto.pt", "Tiago Lopes",
          "o selo de lacre que a minha mulher encomendou chegou com o cabo partido. alguém responde às "
          "mensagens?", 372, "pt")
S.negative("other-customer", x, y, "a couple sharing one order")

b1 = mail("hazel.morgan@proton.example", "Hazel Morgan", "April box - ink everywhere",
          "Hi,\n\nMy April box arrived with the sample ink vial open - everything inside is stained purple, "
          "including the notebook.\n\nHazel", 170, "en")
b2 = bsky("papierliebe.bsky.social", "Miri",
          "meine April-Box ist auch komplett mit lila Tinte versaut 😩 das Tintenfläschchen war offen", 176, "de")
b3 = masto("@aleixcarbo@mastodont.cat", "Aleix",
           "la capsa d'abril m'ha arribat amb el tinter obert i tot tacat de lila. A algú més li ha passat?",
           181, "ca")
S.negative("other-customer", b1, b2, "different subscribers, same leaking ink in one month's box")
S.negative("other-customer", b2, b3, "different subscribers, same leaking ink in one month's box")
S.negative("other-customer", b1, b3, "different subscribers, same leaking ink in one month's box")

# ---------------------------------------------------------------- window

x = bsky("gilly-letters.bsky.social", "Gill",
         "can't log into my account, it just bounces me back to the login page. any ideas?", 9, "en")
y = bsky("gilly-letters.bsky.social", "Gill",
         "locked out of my account again, same as a couple of weeks ago - straight back to the login page", 262, "en")
S.negative("window", x, y, "same complaint again after 10 days")

x = masto("@mathis@chaos.social", "Mathis",
          "Eure App stürzt bei mir jedes Mal ab, wenn ich den Warenkorb öffne (Android 14)", 31, "de")
y = masto("@mathis@chaos.social", "Mathis",
          "App crasht schon wieder beim Warenkorb. War doch schon mal so 🙄", 292, "de")
S.negative("window", x, y, "same complaint again after 11 days")

a = "sophie.garnier@wanadoo.example"
x = mail(a, "Sophie Garnier", "Remboursement",
         "Bonjour,\n\nJ'ai retourné le stylo Marlow il y a deux semaines et je n'ai toujours pas été remboursée. "
         "Merci de vérifier.\n\nSophie Garnier", 11, "fr")
y = mail(a, "Sophie Garnier", "Toujours pas remboursée",
         "Bonjour,\n\nJe reviens vers vous : toujours aucun remboursement pour le stylo Marlow retourné en mars."
         "\n\nSophie Garnier", 252, "fr")
S.negative("window", x, y, "same complaint again after 10 days")

x = bsky("joanarfonseca.bsky.social", "Joana",
         "o código PRIMAVERA não está a funcionar no checkout 😕", 50, "pt")
y = bsky("joanarfonseca.bsky.social", "Joana",
         "outra vez o código de desconto a não funcionar... já é a segunda vez", 291, "pt")
S.negative("window", x, y, "same complaint again after 10 days")

x = masto("@pieterk@mastodon.nl", "Pieter",
          "pakketje al 6 dagen onderweg, is dat normaal bij jullie?", 20, "nl")
y = masto("@pieterk@mastodon.nl", "Pieter",
          "en weer duurt het eeuwen. nieuwe bestelling, weer een week niks", 232, "nl")
S.negative("window", x, y, "same complaint again after 9 days")

a = "xavi.roca@correu.example"
x = mail(a, "Xavier Roca", "Cobrament doble",
         "Hola,\n\nM'heu cobrat dues vegades la comanda 20455 (18,50 € x2).\n\nXavi", 40, "ca")
y = mail(a, "Xavier Roca", "Un altre cop cobrament doble",
         "Hola,\n\nAra m'ha tornat a passar amb la comanda nova, la 21001: dos càrrecs iguals a la targeta. "
         "Què passa amb el vostre TPV?\n\nXavi", 262, "ca")
S.negative("window", x, y, "same complaint again after 9 days")

# ---------------------------------------------------------------- filler

mail("aoife.byrne@eircom.example", "Aoife Byrne", "Shipping to Ireland",
     "Hi! Do you ship to Ireland, and roughly how much is postage for a couple of notebooks?\nThanks, Aoife", 4, "en")
masto("@inkyfingers@mastodon.art", "Kit", "is the Kestrel available with a stub nib or just F/M?", 35, "en")
bsky("cuadernosyte.bsky.social", "Irene",
     "pregunta: ¿las libretas punteadas aguantan pluma o traspasa la tinta?", 58, "es")
mail("javier.mora@correo.example", "Javier Mora", "Tarjetas regalo",
     "Hola, ¿tenéis tarjetas regalo? Es para el cumple de mi hermana. Gracias", 144, "es")
mail("b.krueger@mailbox.example", "Birgit Krüger", "Box pausieren?",
     "Hallo, kann man die Monatsbox auch für zwei Monate pausieren, statt zu kündigen?\nDanke, Birgit", 95, "de")
bsky("tintenklecks.bsky.social", "Ole", "welche Tinte würdet ihr für den Marlow empfehlen? eher trocken oder "
     "nass?", 270, "de")
masto("@lea_papier@piaille.fr", "Léa", "vous faites des sceaux personnalisés avec deux initiales ?", 185, "fr")
bsky("carnetsdemarin.bsky.social", "Marin", "le planner 2026 existe en A6 ou seulement A5 ?", 410, "fr")
mail("lucas.almeida@uol.example", "Lucas Almeida", "Envio para o Brasil",
     "Oi, vocês enviam para o Brasil? Quanto fica o frete mais ou menos?\nValeu, Lucas", 215, "pt")
masto("@caderninhos@masto.pt", "Rita", "o papel dos cadernos é de 100 g/m²? dá para aguarela leve?", 420, "pt")
bsky("elenascrive.bsky.social", "Elena", "fate anche confezione regalo? è per la laurea di un'amica", 100, "it")
masto("@marcobianchi@mastodon.uno", "Marco", "quando tornano disponibili i sigilli in ottone?", 440, "it")
mail("ilse.visser@xs4all.example", "Ilse Visser", "Abonnement cadeau doen",
     "Hallo,\n\nKan ik een abonnement op de maandbox cadeau doen, bijvoorbeeld voor 3 maanden?\n\nGroet, Ilse",
     340, "nl")
bsky("linkshandigeinkt.bsky.social", "Thijs", "hebben jullie ook vulpennen die fijn zijn voor linkshandigen?",
     180, "nl")
mail("montse.ferrer@correu.example", "Montse Ferrer", "Botiga física?",
     "Hola! Teniu botiga física a Barcelona o només venda online?\nMontse", 120, "ca")
bsky("quaderns-i-tinta.bsky.social", "Pau",
     "quina diferència hi ha entre el quadern puntejat i el quadriculat, a part del patró? el paper és el "
     "mateix?", 470, "ca")

S.write(HERE, "Hollyhock Stationery: repeats in other words, rich in hard negatives; written without sight of "
        "the detector, labels as a reader would give them.")
