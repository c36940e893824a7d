#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words for Fennick Tools, a small shop
for cordless drills, saw blades, workbenches and tool rental by the day,
reached by mail, on Mastodon and on Bluesky.

30 true repeat groups (25 pairs, 5 triples) in en, es, de, fr, pt, it, nl and
ca, 10 of them across two channels (5 with a profile link, 5 known by the
same display name only); labelled negatives: follow-ups in the same thread,
the same customer with another complaint, other customers with the same
complaint (an outage, a couple sharing one order, two pairs of different
people sharing a display name), and the same complaint again after more
than 7 days; plus one-off questions as filler.

The posts were written as customers of a small shop write, without sight of
the detector, its lexicon or the other sets. The labels say what a person
reading the posts would say and were never edited to fit the detector.

Writes fixture.jsonl and labels.json next to this script; deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 7, 20, 6, 50, tzinfo=timezone.utc)
S = LabelledSet(BASE, "ft", "service@fennicktools.example", "@fennick@diy.social",
                "fennicktools.bsky.social", "Fennick Tools")
E, M, B = "email", "mastodon", "bluesky"
rid = S.rid


def mail_reply(text, hours, to, thread, lang, subject):
    key = S.reply(E, text, hours, to=to, thread=thread, lang=lang)
    S.messages[-1]["subject"] = subject
    return key


def same(a, b):
    S.same_person.append([a, b])


# ---------------------------------------------------------------- English
# G1: late delivery, same mail thread after a non-committal answer.
g1a = S.add(E, "gpym@fastmail.example", name="Gareth Pym", hours=2, lang="en",
            subject="Order 58213 - where is it?",
            text="Hi,\n\nI ordered the FD-18 combi drill kit on the 14th (order 58213), paid for next day "
                 "delivery and it still hasn't turned up. Tracking hasn't moved since Friday, just says "
                 "\"parcel at hub\". Can you chase it please? Need it for the weekend.\n\nThanks,\nGareth")
g1r = mail_reply("Hi Gareth,\n\nThanks for getting in touch. We're looking into this with the courier and "
                 "will get back to you as soon as we hear anything.\n\nKind regards,\nFennick Tools",
                 6, to=rid(g1a), thread=rid(g1a), lang="en", subject="Re: Order 58213 - where is it?")
g1b = S.add(E, "gpym@fastmail.example", name="Gareth Pym", hours=52, lang="en",
            subject="Re: Order 58213 - where is it?", thread=rid(g1a), in_reply_to=rid(g1r),
            text="Two days on and it's still \"at hub\". I paid £6.95 extra for next day which is now a bit "
                 "of a joke. Is anyone actually chasing this or not? Either get it to me or refund the "
                 "delivery charge.\n\nG.")
S.group("en", "one identity", g1a, g1b)
o1 = S.add(E, "gpym@fastmail.example", name="Gareth Pym", hours=131, lang="en",
           subject="Invoice for 58213 is wrong",
           text="Hi, drill finally arrived, cheers. But the invoice in the box is made out to my old address "
                "in Leeds and there's no VAT number on it. I need a proper VAT invoice for work, can you "
                "reissue it to 14 Harrow Lane, Wakefield?\n\nGareth Pym")
S.negative("other-complaint", g1a, o1, "same order, first late delivery, then a wrong invoice address")

# G2: double charge, Mastodon, same handle.
g2a = S.add(M, "@woodchuckwill@mastodon.social", name="Will Arkwright", hours=28, lang="en",
            text="@fennick@diy.social hey, just checked my banking app and you've taken £89.99 TWICE for one "
                 "set of saw blades?? one order, two payments. pls sort")
g2r = S.reply(M, "@woodchuckwill@mastodon.social Sorry to hear that Will, we've passed it on to our accounts "
                 "team.", 31, to=rid(g2a), thread=rid(g2a), lang="en")
g2b = S.add(M, "@woodchuckwill@mastodon.social", name="Will Arkwright", hours=58, lang="en",
            thread=rid(g2a), in_reply_to=rid(g2r),
            text="@fennick@diy.social still showing 2 x 89.99 on my account and \"passed to accounts\" isn't "
                 "really an answer tbh. that's my money sat in your bank")
S.group("en", "one identity", g2a, g2b)

# G3: missing fixings, two mails then Bluesky with a link to the mail address.
g3a = S.add(E, "lwhitcombe@postbox.example", name="Lorna Whitcombe", hours=20, lang="en",
            subject="WB-600 bench - no fixings in the box",
            text="Hello,\n\nMy WB-600 folding workbench came this morning but there is no bag of bolts/screws "
                 "in the box at all. Instructions list a pack \"H\" with 16 bolts and the allen key, none of "
                 "that is there. Could you send them out please?\n\nMany thanks\nLorna Whitcombe")
g3r = mail_reply("Dear Lorna,\n\nThanks for letting us know. We're checking with the warehouse and will be "
                 "in touch.\n\nBest,\nFennick Tools", 26, to=rid(g3a), thread=rid(g3a), lang="en",
                 subject="Re: WB-600 bench - no fixings in the box")
g3b = S.add(E, "lwhitcombe@postbox.example", name="Lorna Whitcombe", hours=70, lang="en",
            subject="Re: WB-600 bench - no fixings in the box", thread=rid(g3a), in_reply_to=rid(g3r),
            text="Hello?? Still waiting to hear about the bolts. I have a bench top and four legs lying on "
                 "the garage floor and no way of putting them together.\n\nLorna")
g3c = S.add(B, "lornawhit.bsky.social", name="Lorna W.", links=["lwhitcombe@postbox.example"], hours=95,
            lang="en",
            text="@fennicktools.bsky.social emailed you twice about the missing fixings for my workbench, "
                 "nothing back in 3 days. Is there anyone there? Flat pack without the screws is just a "
                 "very expensive pile of MDF")
S.group("en", "profile link", g3a, g3b, g3c)
same("email:lwhitcombe@postbox.example", "bluesky:lornawhit.bsky.social")

# G4: discount code, Bluesky then Mastodon, same display name only.
g4a = S.add(B, "callumreddy.bsky.social", name="Callum Reddy", hours=40, lang="en",
            text="@fennicktools.bsky.social your SUMMER15 code isn't working. says \"code accepted\" then the "
                 "basket total doesn't change at all. tried on phone and laptop")
g4b = S.add(M, "@creddy@fosstodon.org", name="Callum Reddy", hours=64, lang="en",
            text="@fennick@diy.social asked on bluesky yesterday, no answer, so trying here: discount code "
                 "goes through but nothing comes off. Do I just order at full price and hope you refund "
                 "the 15%?")
S.group("en", "same name only", g4a, g4b)
same("bluesky:callumreddy.bsky.social", "mastodon:@creddy@fosstodon.org")

# G5: rental deposit not back, Mastodon then mail, same display name only.
g5a = S.add(M, "@shonamc@mastodon.scot", name="Shona McAllister", hours=100, lang="en",
            text="@fennick@diy.social hired the wet tile saw for 2 days, brought it back clean & on time on "
                 "Tuesday and the £50 deposit still hasn't come back to my card. how long does that "
                 "usually take?")
g5b = S.add(E, "shona.mcallister@outlook.example", name="Shona McAllister", hours=150, lang="en",
            subject="Deposit refund - tile saw hire",
            text="Hello,\n\nI asked about this on Mastodon a couple of days ago but haven't had a reply. I "
                 "returned the tile saw on the 21st and was told the deposit would be back on my card "
                 "within 3 working days. It's now well past that. Could someone look into it please?\n\n"
                 "Shona McAllister")
S.group("en", "same name only", g5a, g5b)
same("mastodon:@shonamc@mastodon.scot", "email:shona.mcallister@outlook.example")

# G6: damaged blades, three mails in one thread.
g6a = S.add(E, "t.oduya@btinternet.example", name="Terrence Oduya", hours=152, lang="en",
            subject="damaged blades #58877",
            text="Hi there, my circular saw blades (the 3 pack, 190mm) arrived today. box was squashed flat "
                 "and two of the blades have chipped teeth, one looks slightly bent as well. not usable. "
                 "Order #58877. What do you want me to do with them?\n\nTerrence")
g6r = mail_reply("Hi Terrence,\n\nSorry to hear that. We'll look into it and come back to you shortly.\n\n"
                 "Fennick Tools", 161, to=rid(g6a), thread=rid(g6a), lang="en",
                 subject="Re: damaged blades #58877")
g6b = S.add(E, "t.oduya@btinternet.example", name="Terrence Oduya", hours=211, lang="en",
            subject="Re: damaged blades #58877", thread=rid(g6a), in_reply_to=rid(g6r),
            text="any update? still got a pile of useless blades here\n\nSent from my iPhone")
g6c = S.add(E, "t.oduya@btinternet.example", name="Terrence Oduya", hours=262, lang="en",
            subject="Re: damaged blades #58877", thread=rid(g6a), in_reply_to=rid(g6b),
            text="Third email now. The blades are broken, I've been patient. Replace them or refund me, I "
                 "honestly don't mind which, just do SOMETHING.\n\nT. Oduya")
S.group("en", "one identity", g6a, g6b, g6c)

# ---------------------------------------------------------------- Spanish
g7a = S.add(E, "rbenavente@hotmail.example", name="Rocío Benavente", hours=30, lang="es",
            subject="Pedido 58340 sin llegar",
            text="Hola buenas, hice un pedido el dia 15 (nº 58340, un banco de trabajo plegable) y todavia no "
                 "ha llegado, en la web pone \"en preparación\" desde hace 5 días. Me podeis decir algo?\n"
                 "Gracias")
g7r = mail_reply("Hola Rocío,\n\nEstamos revisándolo con el almacén y te decimos algo en cuanto sepamos "
                 "más.\n\nUn saludo,\nFennick Tools", 36, to=rid(g7a), thread=rid(g7a), lang="es",
                 subject="Re: Pedido 58340 sin llegar")
g7b = S.add(E, "rbenavente@hotmail.example", name="Rocío Benavente", hours=98, lang="es",
            subject="Re: Pedido 58340 sin llegar", thread=rid(g7a), in_reply_to=rid(g7r),
            text="Pues seguimos igual, \"en preparación\". Si no lo teneis en stock decidmelo y lo cancelo, "
                 "pero no me tengais asi esperando.\nRocío")
S.group("es", "one identity", g7a, g7b)

g8a = S.add(M, "@pferrer@masto.es", name="Pablo Ferrer", hours=170, lang="es",
            text="@fennick@diy.social buenas, la factura del pedido 58502 me sale a nombre de otra empresa "
                 "(Construcciones Lozano??) y con otro CIF. Necesito que me la rehagáis a mi nombre para la "
                 "gestoría")
g8b = S.add(E, "pferrer.reformas@gmail.example", name="Pablo Ferrer", links=["@pferrer@masto.es"],
            hours=221, lang="es", subject="Factura incorrecta pedido 58502",
            text="Buenos días,\n\nOs escribí por Mastodon hace un par de días y no he tenido respuesta. La "
                 "factura FT-2026-3318 del pedido 58502 viene a nombre de Construcciones Lozano S.L. con un "
                 "CIF que no es el mío. Mis datos: Pablo Ferrer Ruiz, NIF 47281936K, C/ Almendros 12, "
                 "Murcia.\nLa necesito corregida antes de fin de mes.\n\nSaludos,\nPablo Ferrer\n"
                 "Reformas Ferrer")
S.group("es", "profile link", g8a, g8b)
same("mastodon:@pferrer@masto.es", "email:pferrer.reformas@gmail.example")

g9a = S.add(B, "marisaolmedo.bsky.social", name="Marisa Olmedo", hours=208, lang="es",
            text="@fennicktools.bsky.social no puedo entrar en mi cuenta, le doy a recuperar contraseña y no "
                 "me llega ningún correo (ni en spam). Necesito descargar mis facturas")
g9b = S.add(B, "marisaolmedo.bsky.social", name="Marisa Olmedo", hours=239, lang="es",
            text="@fennicktools.bsky.social sigo sin poder acceder... el correo de recuperación no aparece "
                 "por ningún lado")
g9c = S.add(B, "marisaolmedo.bsky.social", name="Marisa Olmedo", hours=291, lang="es",
            text="@fennicktools.bsky.social hola?? 3 días sin poder entrar en la cuenta y ni una respuesta. "
                 "genial 👏")
S.group("es", "one identity", g9a, g9b, g9c)

g10a = S.add(E, "jalcantara@yahoo.example", name="Jorge Alcántara", hours=258, lang="es",
             subject="Batería equivocada",
             text="Hola, pedí la batería de 18V 5.0Ah para el taladro y me ha llegado la de 2.0Ah. Pedido "
                  "58990. Como hago el cambio?\n\nJorge")
g10b = S.add(E, "jalcantara@yahoo.example", name="Jorge Alcántara", hours=301, lang="es",
             subject="OTRA VEZ: bateria equivocada",
             text="Os escribí el lunes y nada. Pedí la de 5 amperios y me mandasteis la de 2, que vale la "
                  "mitad. Quiero la que pagué, no es tan difícil.")
S.group("es", "one identity", g10a, g10b)
o2 = S.add(E, "jalcantara@yahoo.example", name="Jorge Alcántara", hours=328, lang="es",
           subject="Descuento no aplicado",
           text="Y otra cosa, revisando el pedido 58990 veo que el código BIENVENIDA10 no se aplicó, me "
                "cobrasteis el precio completo. Me devolveis el 10%?\nJorge Alcántara")
S.negative("other-complaint", g10a, o2, "same order, wrong battery then a discount code not applied")

# ---------------------------------------------------------------- German
g11a = S.add(E, "h.brandstaetter@web.example", name="Heike Brandstätter", hours=8, lang="de",
             subject="Werkbank beschädigt angekommen – Bestellung 58190",
             text="Guten Tag,\n\nheute kam die Werkbank WB-900 an. Die Arbeitsplatte hat an einer Ecke einen "
                  "Riss und ein Bein ist verbogen, der Karton war schon ziemlich ramponiert. So kann ich sie "
                  "nicht benutzen. Wie geht es jetzt weiter?\n\nMfG\nHeike Brandstätter")
g11r = mail_reply("Sehr geehrte Frau Brandstätter,\n\nvielen Dank für Ihre Nachricht. Wir kümmern uns darum "
                  "und melden uns zeitnah.\n\nIhr Fennick-Team", 22, to=rid(g11a), thread=rid(g11a),
                  lang="de", subject="Re: Werkbank beschädigt angekommen – Bestellung 58190")
g11b = S.add(E, "h.brandstaetter@web.example", name="Heike Brandstätter", hours=90, lang="de",
             subject="Re: Werkbank beschädigt angekommen – Bestellung 58190", thread=rid(g11a),
             in_reply_to=rid(g11r),
             text="Hallo,\n\n\"zeitnah\" war vor drei Tagen. Das kaputte Ding steht immer noch bei mir im "
                  "Flur. Ich hätte gern endlich eine Antwort: Ersatz oder Geld zurück?\n\nGruß\n"
                  "H. Brandstätter")
S.group("de", "one identity", g11a, g11b)

g12a = S.add(E, "mkuehn@posteo.example", name="Matthias Kühn", hours=120, lang="de",
             subject="Erstattung Retoure",
             text="Hallo,\n\nich habe den Akkuschrauber (Bestellnr. 58311) am 22.7. zurückgeschickt, laut DHL "
                  "ist das Paket seit dem 24. bei euch. Geld ist noch keins da. Bitte um Erstattung der "
                  "129,90 €.\n\nDanke\nMatthias Kühn")
g12b = S.add(M, "@mattk@chaos.social", name="Matthias Kühn", hours=186, lang="de",
             text="@fennick@diy.social Mail vom Wochenende unbeantwortet, also hier: Retoure liegt seit über "
                  "ner Woche bei euch, Kohle immer noch nicht zurück. Wie lange dauert das bei euch "
                  "normalerweise?")
S.group("de", "same name only", g12a, g12b)
same("email:mkuehn@posteo.example", "mastodon:@mattk@chaos.social")

g13a = S.add(M, "@tobi_baut@norden.social", name="Tobias", hours=60, lang="de",
             text="@fennick@diy.social eure App schmiert jedes mal ab wenn ich auf \"Mietgeräte\" tippe. "
                  "Pixel 7, neueste Version. Wollte eigentlich nen Bohrhammer fürs WE reservieren")
g13b = S.add(M, "@tobi_baut@norden.social", name="Tobias", hours=76, lang="de",
             text="@fennick@diy.social immer noch: Mietgeräte antippen -> App zu. Neu installiert, Cache "
                  "gelöscht, nix. Muss ich jetzt anrufen oder wie")
S.group("de", "one identity", g13a, g13b)
o3 = S.add(M, "@tobi_baut@norden.social", name="Tobias", hours=229, lang="de",
           text="@fennick@diy.social Bohrhammer dann im Laden geholt, passt. Aber euer Fahrer hat mich "
                "heute beim Abholen der Rücksendung ziemlich blöd angemacht weil ich 5 min gebraucht hab. "
                "Geht gar nicht.")
S.negative("other-complaint", g13a, o3, "app crash, later a rude driver")

g14a = S.add(E, "s.woerdemann@t-online.example", name="Sabine Wördemann", hours=250, lang="de",
             subject="Kündigung Klingen-Abo – trotzdem abgebucht",
             text="Sehr geehrte Damen und Herren,\n\nich habe mein Klingen-Abo am 30.06. fristgerecht "
                  "gekündigt, die Bestätigung habe ich per E-Mail erhalten. Trotzdem wurden am 28.07. "
                  "wieder 24,90 € per Lastschrift eingezogen. Ich bitte um Rückbuchung.\n\nMit freundlichen "
                  "Grüßen\nSabine Wördemann")
g14r = mail_reply("Sehr geehrte Frau Wördemann,\n\ndanke für Ihre Nachricht, wir prüfen den Vorgang.\n\n"
                  "Ihr Fennick-Team", 262, to=rid(g14a), thread=rid(g14a), lang="de",
                  subject="Re: Kündigung Klingen-Abo – trotzdem abgebucht")
g14b = S.add(E, "s.woerdemann@t-online.example", name="Sabine Wördemann", hours=310, lang="de",
             subject="Re: Kündigung Klingen-Abo – trotzdem abgebucht", thread=rid(g14a),
             in_reply_to=rid(g14r),
             text="Sehr geehrte Damen und Herren,\n\n\"wir prüfen\" genügt mir nicht. Ich habe eine "
                  "schriftliche Kündigungsbestätigung. Bitte erstatten Sie die 24,90 € bis Ende der Woche, "
                  "andernfalls lasse ich die Lastschrift zurückgehen.\n\nS. Wördemann")
g14c = S.add(E, "s.woerdemann@t-online.example", name="Sabine Wördemann", hours=371, lang="de",
             subject="Re: Kündigung Klingen-Abo – trotzdem abgebucht", thread=rid(g14a),
             in_reply_to=rid(g14b),
             text="Noch immer keine Erstattung und keine Antwort. Letzte Erinnerung.\n\nS. Wördemann")
S.group("de", "one identity", g14a, g14b, g14c)

# ---------------------------------------------------------------- French
g15a = S.add(E, "elodie.marchand@orange.example", name="Élodie Marchand", hours=45, lang="fr",
             subject="Colis marqué livré mais jamais reçu",
             text="Bonjour,\n\nLe suivi de ma commande 58277 (scie sauteuse) indique \"livré\" hier à 14h12, "
                  "mais je n'ai rien reçu. Personne n'a sonné, rien dans la boîte aux lettres, rien chez les "
                  "voisins. Pouvez-vous vérifier avec le transporteur ?\n\nCordialement,\nÉlodie Marchand\n"
                  "Nantes")
g15b = S.add(E, "elodie.marchand@orange.example", name="Élodie Marchand", hours=96, lang="fr",
             subject="Toujours rien - cde 58277",
             text="Bonjour, je relance car aucune reponse de votre part. Toujours pas de scie, et le "
                  "transporteur me dit de voir avec le vendeur. Donc je vois avec vous. Merci de me repondre "
                  "rapidement.\nE. Marchand")
S.group("fr", "one identity", g15a, g15b)
o4 = S.add(E, "elodie.marchand@orange.example", name="Élodie Marchand", hours=149, lang="fr",
           subject="Double prélèvement",
           text="Bonjour,\n\nLa scie est finalement arrivée chez une voisine, merci. Par contre en regardant "
                "mon relevé je vois deux prélèvements de 74,90 € pour la même commande. Pouvez-vous "
                "rembourser le doublon ?\n\nÉlodie Marchand")
S.negative("other-complaint", g15a, o4, "parcel marked delivered, later a double charge on the same order")

g16a = S.add(B, "jeromefabre.bsky.social", name="Jérôme Fabre", hours=130, lang="fr",
             text="@fennicktools.bsky.social reçu la perceuse FD-18 \"kit complet\"... sans la batterie. "
                  "Chargeur ok, mallette ok, batterie nada. Un peu dur de percer avec 🙃")
g16b = S.add(E, "jerome.fabre@free.example", name="Jérôme Fabre", links=["jeromefabre.bsky.social"],
             hours=176, lang="fr", subject="Batterie manquante kit FD-18",
             text="Bonjour,\n\nJe vous ai signalé le problème sur Bluesky avant-hier, sans réponse. Le kit "
                  "perceuse FD-18, commande n°58655, a été livré sans la batterie 18V 4Ah qui est censée être "
                  "incluse. Merci de m'envoyer la batterie manquante.\n\nJérôme Fabre")
S.group("fr", "profile link", g16a, g16b)
same("bluesky:jeromefabre.bsky.social", "email:jerome.fabre@free.example")

g17a = S.add(M, "@nadegeb@piaille.fr", name="Nadège B.", hours=280, lang="fr",
             text="@fennick@diy.social votre livreur vient de balancer le colis par dessus le portail et m'a "
                  "envoyé bouler quand je lui ai fait la remarque. Super ambiance.")
g17b = S.add(M, "@nadegeb@piaille.fr", name="Nadège B.", hours=301, lang="fr",
             text="@fennick@diy.social donc aucune réaction sur le chauffeur qui jette les paquets et "
                  "insulte les gens ? vous cautionnez ?")
S.group("fr", "one identity", g17a, g17b)

g18a = S.add(E, "b.lemoine@laposte.example", name="Bernard Lemoine", hours=330, lang="fr",
             subject="étiquette retour",
             text="Bonjour,\n\nJ'ai fait une demande de retour pour l'établi pliant il y a 4 jours (commande "
                  "59012), on m'a dit que je recevrais l'étiquette par mail sous 48h. Rien reçu.\n\n"
                  "Cordialement\nB. Lemoine")
g18r = mail_reply("Bonjour M. Lemoine,\n\nNous regardons cela et revenons vers vous rapidement.\n\n"
                  "L'équipe Fennick", 340, to=rid(g18a), thread=rid(g18a), lang="fr",
                  subject="Re: étiquette retour")
g18b = S.add(E, "b.lemoine@laposte.example", name="Bernard Lemoine", hours=401, lang="fr",
             subject="Re: étiquette retour", thread=rid(g18a), in_reply_to=rid(g18r),
             text="Bonjour,\n\nToujours pas d'étiquette. L'établi encombre toute mon entrée. Merci de faire "
                  "le nécessaire.\n\nB. Lemoine")
S.group("fr", "one identity", g18a, g18b)

# ---------------------------------------------------------------- Portuguese
g19a = S.add(E, "rui.carvalho@sapo.example", name="Rui Carvalho", hours=15, lang="pt",
             subject="Reembolso encomenda 58150",
             text="Boa tarde,\n\nDevolvi a serra circular há duas semanas e ainda não recebi o reembolso de "
                  "149,00€. Podem ver o que se passa?\n\nObrigado\nRui Carvalho")
g19b = S.add(E, "rui.carvalho@sapo.example", name="Rui Carvalho", hours=81, lang="pt",
             subject="Reembolso ainda nao recebido!!",
             text="Boa tarde, volto a escrever porque ninguem me respondeu. Continuo sem o dinheiro da serra "
                  "que devolvi. Ja vao mais de 15 dias.\nRui")
S.group("pt", "one identity", g19a, g19b)
o5 = S.add(E, "rui.carvalho@sapo.example", name="Rui Carvalho", hours=122, lang="pt",
           subject="Aluguer martelo demolidor",
           text="Bom dia,\n\nAluguei ontem o martelo demolidor por um dia e o cabo de alimentação vinha "
                "descarnado junto à ficha, nem o liguei por segurança. Perdi o dia. Gostava que me "
                "devolvessem o valor do aluguer.\n\nRui Carvalho")
S.negative("other-complaint", g19a, o5, "refund for a returned saw, then a faulty rental")

g20a = S.add(B, "beanogueira.bsky.social", name="Beatriz Nogueira", hours=190, lang="pt",
             text="@fennicktools.bsky.social vcs cobraram duas vezes no meu cartão a mesma compra (as lâminas "
                  "pra serra tico-tico). alguém pode me ajudar??")
g20b = S.add(E, "bia.nogueira@gmail.example", name="Beatriz Nogueira", hours=214, lang="pt",
             subject="Cobrança em duplicidade",
             text="Olá, boa noite.\n\nMandei mensagem no Bluesky mas ninguém respondeu. Fui cobrada 2x no "
                  "cartão pelo pedido 58760, duas vezes 32,50 €. Quero o estorno de uma das cobranças.\n\n"
                  "Att,\nBeatriz Nogueira")
S.group("pt", "same name only", g20a, g20b)
same("bluesky:beanogueira.bsky.social", "email:bia.nogueira@gmail.example")

g21a = S.add(B, "tiagolemos.bsky.social", name="Tiago Lemos", hours=350, lang="pt",
             text="@fennicktools.bsky.social o cupão FERIAS20 dá \"código inválido\" mas está no vosso "
                  "próprio post de ontem. Como é?")
g21b = S.add(B, "tiagolemos.bsky.social", name="Tiago Lemos", hours=371, lang="pt",
             text="@fennicktools.bsky.social então, e o cupão? continua inválido. vou acabar por comprar "
                  "noutro lado")
S.group("pt", "one identity", g21a, g21b)

# ---------------------------------------------------------------- Italian
g22a = S.add(E, "giulia.ferretti@libero.example", name="Giulia Ferretti", hours=55, lang="it",
             subject="ordine 58420 non ancora arrivato",
             text="Buongiorno,\nho ordinato un trapano avvitatore il 16 luglio, ordine n. 58420, consegna "
                  "prevista 2-3 giorni lavorativi. Oggi è il 22 e non è arrivato nulla, il tracking non si "
                  "aggiorna. Potete verificare?\nGrazie\nGiulia Ferretti")
g22r = mail_reply("Buongiorno Giulia,\n\nstiamo verificando con il corriere, le faremo sapere al più "
                  "presto.\n\nFennick Tools", 60, to=rid(g22a), thread=rid(g22a), lang="it",
                  subject="Re: ordine 58420 non ancora arrivato")
g22b = S.add(E, "giulia.ferretti@libero.example", name="Giulia Ferretti", hours=126, lang="it",
             subject="Re: ordine 58420 non ancora arrivato", thread=rid(g22a), in_reply_to=rid(g22r),
             text="Buongiorno, sono passati tre giorni dal vostro \"stiamo verificando\" e del trapano "
                  "nessuna traccia. Mi serve per lavoro, non per hobby. Aspetto una risposta concreta.\nG.F.")
S.group("it", "one identity", g22a, g22b)

g23a = S.add(E, "lorenzo.bassi@tiscali.example", name="Lorenzo Bassi", hours=140, lang="it",
             subject="banco da lavoro senza morsetti",
             text="Salve,\nil banco da lavoro WB-900 che ho ricevuto ieri doveva avere 2 morsetti inclusi "
                  "(c'è scritto nella scheda prodotto), nella scatola non ci sono. Ordine 58702. Me li "
                  "potete spedire?\nSaluti\nLorenzo Bassi")
g23b = S.add(M, "@lbassi@mastodon.uno", name="Lorenzo", links=["lorenzo.bassi@tiscali.example"],
             hours=200, lang="it",
             text="@fennick@diy.social vi ho scritto per mail per i due morsetti che mancano nel banco "
                  "WB-900, zero risposte. Qualcuno legge la casella di posta?")
S.group("it", "profile link", g23a, g23b)
same("email:lorenzo.bassi@tiscali.example", "mastodon:@lbassi@mastodon.uno")

g24a = S.add(E, "a.marini@studiomarini.example", name="Andrea Marini", hours=380, lang="it",
             subject="Fattura errata - P.IVA mancante",
             text="Buongiorno,\n\nnella fattura n. FT-2026-3590 relativa all'ordine 59120 manca la partita "
                  "IVA e la ragione sociale è sbagliata (c'è scritto \"Marni\" invece di \"Marini\"). Vi "
                  "chiedo cortesemente di riemetterla corretta. Dati: Studio Tecnico Marini, P.IVA "
                  "01234567890.\n\nCordiali saluti\nAndrea Marini\nStudio Tecnico Marini")
g24r = mail_reply("Gentile Andrea,\n\ngrazie per la segnalazione, stiamo verificando con l'amministrazione."
                  "\n\nFennick Tools", 386, to=rid(g24a), thread=rid(g24a), lang="it",
                  subject="Re: Fattura errata - P.IVA mancante")
g24b = S.add(E, "a.marini@studiomarini.example", name="Andrea Marini", hours=431, lang="it",
             subject="Re: Fattura errata - P.IVA mancante", thread=rid(g24a), in_reply_to=rid(g24r),
             text="Buongiorno, sollecito la fattura corretta. Il commercialista me la chiede entro venerdì."
                  "\n\nA. Marini")
g24c = S.add(E, "a.marini@studiomarini.example", name="Andrea Marini", hours=480, lang="it",
             subject="Re: Fattura errata - P.IVA mancante", thread=rid(g24a), in_reply_to=rid(g24b),
             text="Terzo sollecito. Fattura ancora da correggere. Non è complicato: partita iva e nome "
                  "giusto. Grazie.")
S.group("it", "one identity", g24a, g24b, g24c)

# ---------------------------------------------------------------- Dutch
g25a = S.add(E, "joostvl@ziggo.example", name="Joost van Leeuwen", hours=35, lang="nl",
             subject="verkeerd zaagblad ontvangen",
             text="Hoi,\n\nIk had een zaagblad van 216mm besteld voor m'n afkortzaag (bestelling 58305), maar "
                  "er zit een blad van 190mm in de doos. Past dus niet. Kunnen jullie het juiste sturen?\n\n"
                  "Groet, Joost")
g25b = S.add(E, "joostvl@ziggo.example", name="Joost van Leeuwen", hours=111, lang="nl",
             subject="nog steeds verkeerd blad",
             text="Hallo,\n\nPaar dagen geleden al gemaild over het verkeerde blad (190 ipv 216). Nog niks "
                  "gehoord. Ik wil gewoon het goede blad, m'n klus ligt stil.\n\nJoost van Leeuwen")
S.group("nl", "one identity", g25a, g25b)

g26a = S.add(M, "@fleurj@mastodon.nl", name="Fleur Janssens", hours=160, lang="nl",
             text="@fennick@diy.social vandaag een klopboor gehuurd voor de dag, thuis blijkt de accu niet "
                  "op te laden. Halve zondag verloren. Krijg ik m'n huur terug?")
g26b = S.add(E, "fleur.janssens@kpnmail.example", name="Fleur Janssens", hours=205, lang="nl",
             subject="Huur klopboor - defect",
             text="Beste Fennick,\n\nZondag al via Mastodon gemeld maar geen reactie: de klopboor die ik "
                  "zondag voor een dag huurde deed het niet, de accu laadde niet op. Ik heb €35 huur betaald "
                  "voor niks. Graag terugbetaling.\n\nMet vriendelijke groet,\nFleur Janssens")
S.group("nl", "same name only", g26a, g26b)
same("mastodon:@fleurj@mastodon.nl", "email:fleur.janssens@kpnmail.example")

g27a = S.add(B, "sannevdberg.bsky.social", name="Sanne", hours=270, lang="nl",
             text="@fennicktools.bsky.social wachtwoord vergeten, reset link aangevraagd, 4x, niks binnen. "
                  "Ook niet in spam. Iemand?")
g27b = S.add(B, "sannevdberg.bsky.social", name="Sanne", hours=293, lang="nl",
             text="@fennicktools.bsky.social nog steeds geen resetmail. zo kan ik dus niks bestellen hoor")
S.group("nl", "one identity", g27a, g27b)

# ---------------------------------------------------------------- Catalan
g28a = S.add(E, "jpuigdomenech@xtec.example", name="Jordi Puigdomènech", hours=70, lang="ca",
             subject="Comanda 58488",
             text="Bon dia,\n\nVaig fer la comanda 58488 (una serra de calar i un joc de fulles) fa una "
                  "setmana i encara no ha arribat. El seguiment diu \"en trànsit\" des de dimecres. Em podeu "
                  "dir alguna cosa?\n\nGràcies,\nJordi")
g28r = mail_reply("Bon dia Jordi,\n\nHo estem mirant amb el transportista i et direm alguna cosa aviat.\n\n"
                  "Fennick Tools", 76, to=rid(g28a), thread=rid(g28a), lang="ca",
                  subject="Re: Comanda 58488")
g28b = S.add(E, "jpuigdomenech@xtec.example", name="Jordi Puigdomènech", hours=140, lang="ca",
             subject="Re: Comanda 58488", thread=rid(g28a), in_reply_to=rid(g28r),
             text="Bon dia, continuo sense rebre res i ningu m'ha dit res mes. \"En trànsit\" fa 8 dies ja... "
                  "Si s'ha perdut digueu-m'ho i au.\nJordi")
S.group("ca", "one identity", g28a, g28b)
o6 = S.add(E, "jpuigdomenech@xtec.example", name="Jordi Puigdomènech", hours=199, lang="ca",
           subject="Factura comanda 58488",
           text="Bon dia,\n\nJa ha arribat, gràcies. Però la factura surt a nom de \"Jordi Puigdomenec\" i "
                "sense el meu NIF. Me la podeu refer? NIF 39876543L.\n\nJordi Puigdomènech")
S.negative("other-complaint", g28a, o6, "same order, late delivery then a wrong invoice")

g29a = S.add(E, "montse.riera@gmail.example", name="Montse Riera", hours=230, lang="ca",
             subject="Banc de treball arribat trencat",
             text="Hola,\n\nEl banc de treball plegable m'ha arribat amb una pota doblegada i la superfície "
                  "tota ratllada. Comanda núm. 58933. Us adjunto fotos. Com ho fem per canviar-lo?\n\n"
                  "Montse Riera")
g29b = S.add(B, "montseriera.bsky.social", name="Montse", links=["montse.riera@gmail.example"], hours=276,
             lang="ca",
             text="@fennicktools.bsky.social us vaig escriure per correu pel banc que em va arribar trencat i "
                  "res de res. Hi ha algú a l'altra banda?")
S.group("ca", "profile link", g29a, g29b)
same("email:montse.riera@gmail.example", "bluesky:montseriera.bsky.social")

g30a = S.add(E, "pvilaseca@vilaweb.example", name="Pere Vilaseca", hours=410, lang="ca",
             subject="Cobrament duplicat",
             text="Bona tarda,\n\nM'heu cobrat dues vegades la comanda 59200 (2 x 56,40 €). Només n'he fet "
                  "una. Em podeu retornar un dels cobraments?\n\nSalutacions,\nPere Vilaseca")
g30b = S.add(E, "pvilaseca@vilaweb.example", name="Pere Vilaseca", hours=461, lang="ca",
             subject="cobrament duplicat - segon avis",
             text="Encara no m'heu tornat els 56,40 que em vau cobrar de mes. Espero resposta, gracies.\nPere")
S.group("ca", "one identity", g30a, g30b)

# ---------------------------------------------------------------- follow-ups
f1a = S.add(E, "hkowalczyk@gmail.example", name="Hannah Kowalczyk", hours=85, lang="en",
            subject="Drill chuck wobbles",
            text="Hi, the chuck on my new drill wobbles quite a lot, the bits run visibly off-centre. Bought "
                 "it about 3 weeks ago. Is that normal? Thanks, Hannah")
f1r = mail_reply("Hi Hannah,\n\nSorry about that. Could you send us your order number so we can look it up?"
                 "\n\nFennick Tools", 90, to=rid(f1a), thread=rid(f1a), lang="en",
                 subject="Re: Drill chuck wobbles")
f1b = S.add(E, "hkowalczyk@gmail.example", name="Hannah Kowalczyk", hours=96, lang="en",
            subject="Re: Drill chuck wobbles", thread=rid(f1a), in_reply_to=rid(f1r),
            text="Sure, it's 57981. Think it went through on my partner's account but it's my email on it.")
S.negative("follow-up", f1a, f1b, "gives the order number the shop asked for")

f2a = S.add(E, "santirey@telefonica.example", name="Santiago Rey", hours=115, lang="es",
            subject="Hoja de sierra doblada",
            text="Hola, la hoja de sierra de 254mm del pedido 58611 me ha llegado doblada, se nota a simple "
                 "vista. Que hago?\nSantiago")
f2r = mail_reply("Hola Santiago,\n\n¿Nos puedes mandar una foto de la hoja para tramitar el cambio?\n\n"
                 "Gracias,\nFennick Tools", 120, to=rid(f2a), thread=rid(f2a), lang="es",
                 subject="Re: Hoja de sierra doblada")
f2b = S.add(E, "santirey@telefonica.example", name="Santiago Rey", hours=123, lang="es",
            subject="Re: Hoja de sierra doblada", thread=rid(f2a), in_reply_to=rid(f2r),
            text="Claro, adjunto dos fotos. En la segunda se ve mejor la curva, apoyada en la mesa.")
S.negative("follow-up", f2a, f2b, "sends the photo the shop asked for")

f3a = S.add(E, "uwe.strohmeier@gmx.example", name="Uwe Strohmeier", hours=180, lang="de",
            subject="Stichsäge klackert",
            text="Hallo,\n\ndie Stichsäge aus Bestellung 58590 macht nach ca. 10 Minuten ein lautes Klackern "
                 "und vibriert stark. Ist das ein Garantiefall?\n\nGruß Uwe Strohmeier")
f3b = S.add(E, "uwe.strohmeier@gmx.example", name="Uwe Strohmeier", hours=181, lang="de",
            subject="Re: Stichsäge klackert", thread=rid(f3a), in_reply_to=rid(f3a),
            text="PS: Seriennummer vergessen: JS-20-44817. Und es passiert bei allen Hubstufen, auch ohne "
                 "Pendelhub.")
S.negative("follow-up", f3a, f3b, "PS with the serial number and a detail")

f4a = S.add(E, "claire.dubois@wanadoo.example", name="Claire Dubois", hours=240, lang="fr",
            subject="Caution location ponceuse",
            text="Bonjour,\n\nJ'ai loué une ponceuse à parquet la semaine dernière et je l'ai rendue, mais la "
                 "caution de 80 € n'a pas été débloquée sur ma carte. Pouvez-vous regarder ?\n\nMerci,\n"
                 "Claire Dubois")
f4r = mail_reply("Bonjour Claire,\n\nPourriez-vous nous indiquer le numéro de votre contrat de location ?\n\n"
                 "L'équipe Fennick", 246, to=rid(f4a), thread=rid(f4a), lang="fr",
                 subject="Re: Caution location ponceuse")
f4b = S.add(E, "claire.dubois@wanadoo.example", name="Claire Dubois", hours=250, lang="fr",
            subject="Re: Caution location ponceuse", thread=rid(f4a), in_reply_to=rid(f4r),
            text="Bonjour, voici le numéro : LOC-2026-0871. Rendue le 29 juillet au matin à l'agence.\n"
                 "Claire")
S.negative("follow-up", f4a, f4b, "gives the rental contract number the shop asked for")

f5a = S.add(E, "marco.sartori@alice.example", name="Marco Sartori", hours=300, lang="it",
            subject="avvitatore non carica",
            text="Salve, la batteria del mio avvitatore non si carica più, sul caricatore la luce rossa "
                 "lampeggia e basta. Ordine 58120. Come posso fare?\nMarco")
f5b = S.add(E, "marco.sartori@alice.example", name="Marco Sartori", hours=302, lang="it",
            subject="Re: avvitatore non carica", thread=rid(f5a), in_reply_to=rid(f5a),
            text="PS dimenticavo, vi allego la foto del caricatore con la luce rossa. La batteria è quella "
                 "da 4Ah.")
S.negative("follow-up", f5a, f5b, "PS with the photo")

f6a = S.add(E, "p.bosman@xs4all.example", name="Pieter Bosman", hours=355, lang="nl",
            subject="borg huur tegelzaag",
            text="Hallo,\n\nVorige week de tegelzaag gehuurd en netjes teruggebracht, maar de borg van €50 "
                 "heb ik nog niet terug. Kunnen jullie kijken?\n\nPieter Bosman")
f6r = mail_reply("Hallo Pieter,\n\nDe terugboeking naar je pinpas is mislukt. Wil je ons je IBAN sturen? "
                 "Dan storten we de borg over.\n\nFennick Tools", 362, to=rid(f6a), thread=rid(f6a),
                 lang="nl", subject="Re: borg huur tegelzaag")
f6b = S.add(E, "p.bosman@xs4all.example", name="Pieter Bosman", hours=366, lang="nl",
            subject="Re: borg huur tegelzaag", thread=rid(f6a), in_reply_to=rid(f6r),
            text="Hier is 'ie: NL91 ABNA 0417 1643 00 t.n.v. P. Bosman. Dank!")
S.negative("follow-up", f6a, f6b, "gives the IBAN the shop asked for")

# ---------------------------------------------------------------- other customers
c1a = S.add(M, "@jobentham@mastodon.social", name="Jo Bentham", hours=320, lang="en",
            text="@fennick@diy.social is checkout broken? keep getting \"payment could not be processed\" on "
                 "the last step")
c1b = S.add(B, "rafyoung.bsky.social", name="Raf Young", hours=321, lang="en",
            text="@fennicktools.bsky.social site down? can't get past the payment page, just errors out. "
                 "tried two different cards")
S.negative("other-customer", c1a, c1b, "checkout outage, two customers")

c2a = S.add(E, "mandy.okafor@icloud.example", name="Mandy Okafor", hours=145, lang="en",
            subject="Order 58610 delivery",
            text="Hi, our order 58610 (the FD-18 drill and a set of bits) was due yesterday and nothing's "
                 "come. Could you check please? Mandy")
c2b = S.add(M, "@chuks_o@mastodon.social", name="Chuks Okafor", hours=150, lang="en",
            text="@fennick@diy.social my wife emailed you this morning but posting here too, our drill order "
                 "58610 hasn't shown up, tracking's been dead since Tuesday. Any idea?")
S.negative("other-customer", c2a, c2b, "a couple sharing one order, two people")

c3a = S.add(E, "k.lindner@gmx.example", name="Karin Lindner", hours=200, lang="de",
            subject="Gutscheincode geht nicht",
            text="Guten Tag, der Code HEIMWERK15 aus Ihrem Newsletter wird im Warenkorb als ungültig "
                 "abgelehnt. Gilt der nicht für Werkbänke?\nK. Lindner")
c3b = S.add(M, "@felixbaut@troet.cafe", name="Felix R.", hours=205, lang="de",
            text="@fennick@diy.social HEIMWERK15 wird bei mir auch nicht genommen, \"Code ungültig\". Läuft "
                 "die Aktion schon nicht mehr?")
S.negative("other-customer", c3a, c3b, "same coupon problem, two customers")

c4a = S.add(E, "marta.soler@telefonica.example", name="Marta Soler", hours=265, lang="es",
            subject="Pedido 58960 no llega",
            text="Hola, mi pedido 58960 de hojas de sierra, con envío a Valladolid, tenía que llegar el "
                 "martes y no ha llegado. El seguimiento no da información. Gracias.\nMarta Soler")
c4b = S.add(B, "martasoler.bsky.social", name="Marta Soler", hours=286, lang="es",
            text="@fennicktools.bsky.social pedí la ingletadora hace 10 días para mi taller de Sevilla y ni "
                 "rastro. alguien sabe algo??")
S.negative("other-customer", c4a, c4b, "two different people called Marta Soler, different orders and cities")
S.same_name_different_people.append(["email:marta.soler@telefonica.example", "bluesky:martasoler.bsky.social"])

c5a = S.add(M, "@jandevries@mastodon.nl", name="Jan de Vries", hours=395, lang="nl",
            text="@fennick@diy.social sinds jullie update kan ik niet meer inloggen op de site, krijg steeds "
                 "\"sessie verlopen\" na het invoeren van m'n wachtwoord. Firefox op Linux.")
c5b = S.add(E, "jan.devries@hetnet.example", name="Jan de Vries", hours=420, lang="nl",
            subject="account geblokkeerd",
            text="Goedemiddag,\n\nMijn account is geblokkeerd na drie verkeerde pogingen en ik krijg geen "
                 "mail om het te deblokkeren. Klantnummer 20417.\n\nMet vriendelijke groet,\nJan de Vries\n"
                 "Groningen")
S.negative("other-customer", c5a, c5b, "two different people called Jan de Vries, both cannot log in")
S.same_name_different_people.append(["mastodon:@jandevries@mastodon.nl", "email:jan.devries@hetnet.example"])

c6 = S.add(M, "@ylegoff@mamot.fr", name="Yannick Le Goff", hours=47, lang="fr",
           text="@fennick@diy.social colis \"livré\" selon le suivi, rien devant ma porte ni à la loge. "
                "Lyon 7e. Commande 58281. On fait comment ?")
S.negative("other-customer", g15a, c6, "two customers with a parcel marked delivered but not received")

# ---------------------------------------------------------------- window
w1a = S.add(E, "dfurey@eircom.example", name="Declan Furey", hours=3, lang="en",
            subject="Refund - returned mitre saw",
            text="Hi, I sent the mitre saw back a fortnight ago and haven't seen the refund yet. Order 57710. "
                 "Cheers, Declan")
w1b = S.add(E, "dfurey@eircom.example", name="Declan Furey", hours=245, lang="en",
            subject="Refund STILL not received - 57710",
            text="Hi, writing again about the refund for the mitre saw, order 57710. Still nothing on my "
                 "card. Getting a bit fed up now.\nDeclan Furey")
S.negative("window", w1a, w1b, "same refund complaint about ten days later")

w2a = S.add(M, "@ale_fai_da_te@mastodon.uno", name="Alessandra", hours=25, lang="it",
            text="@fennick@diy.social la batteria del trapano non tiene la carica, dopo 10 minuti è già "
                 "scarica. è normale?")
w2b = S.add(M, "@ale_fai_da_te@mastodon.uno", name="Alessandra", hours=246, lang="it",
            text="@fennick@diy.social ancora problemi con la batteria del trapano, si scarica in un attimo. "
                 "a chi mi devo rivolgere?")
S.negative("window", w2a, w2b, "same battery complaint nine days later")

w3a = S.add(B, "alvarosaez.bsky.social", name="Álvaro Sáez", hours=12, lang="es",
            text="@fennicktools.bsky.social no me deja iniciar sesión en la web, dice \"credenciales "
                 "incorrectas\" y la contraseña es la buena")
w3b = S.add(B, "alvarosaez.bsky.social", name="Álvaro Sáez", hours=303, lang="es",
            text="@fennicktools.bsky.social otra vez sin poder entrar en la cuenta, \"credenciales "
                 "incorrectas\". ya me pasó hace un par de semanas")
S.negative("window", w3a, w3b, "same login problem twelve days later")

w4a = S.add(E, "renate.pohl@freenet.example", name="Renate Pohl", hours=88, lang="de",
            subject="Lieferung Bestellung 58222",
            text="Hallo,\n\nmeine Bestellung 58222 (Sägeblätter-Set) sollte laut Bestätigung am Montag kommen, "
                 "ist aber nicht da. Können Sie nachsehen?\n\nR. Pohl")
w4b = S.add(E, "renate.pohl@freenet.example", name="Renate Pohl", hours=290, lang="de",
            subject="Bestellung 58222 immer noch nicht da",
            text="Hallo,\n\nich hatte mich vor über einer Woche schon gemeldet. Die Sägeblätter sind immer "
                 "noch nicht angekommen. Bitte um Rückmeldung.\n\nRenate Pohl")
S.negative("window", w4a, w4b, "same missing delivery eight days later")

# ---------------------------------------------------------------- filler
S.add(E, "orders@kestrelbuild.example", name="Nadia Haskell", hours=5, lang="en",
      subject="Trade account?",
      text="Hello, do you offer trade accounts with 30 day invoicing? We're a small joinery firm, probably "
           "4-5 orders a month, mostly blades.\n\nNadia Haskell\nKestrel Build Ltd")
S.add(B, "dan-makes.bsky.social", name="Dan", hours=48, lang="en",
      text="@fennicktools.bsky.social does the FD-18 take the older 18V batteries from the FD-14 range or "
           "do I need new ones?")
S.add(M, "@carlos_bricolaje@mastodon.social", name="Carlos", hours=66, lang="es",
      text="@fennick@diy.social alquiláis hormigonera por días? y cuánto sería un fin de semana?")
S.add(E, "g.hartwig@arcor.example", name="Günter Hartwig", hours=101, lang="de",
      subject="Öffnungszeiten Samstag",
      text="Guten Tag, bis wann kann ich am Samstag einen Mietgerät abholen? Und muss ich vorher "
           "reservieren?\nMfG G. Hartwig")
S.add(B, "lucasvdb.bsky.social", name="Lucas", hours=135, lang="fr",
      text="@fennicktools.bsky.social vous livrez en Belgique ? et si oui c'est combien les frais de port "
           "pour un établi ?")
S.add(M, "@ana_oficina@masto.pt", name="Ana Sousa", hours=175, lang="pt",
      text="@fennick@diy.social a bancada WB-600 aguenta quanto peso? quero pôr lá uma serra de bancada")
S.add(B, "pietromaker.bsky.social", name="Pietro", hours=195, lang="it",
      text="@fennicktools.bsky.social avete lame per legno da 165mm con foro da 20? non le trovo sul sito")
S.add(E, "m.dekker@planet.example", name="Marloes Dekker", hours=225, lang="nl",
      subject="huur verlengen",
      text="Hallo, ik heb de schuurmachine tot morgen gehuurd, kan ik die een dag verlengen en hoe gaat dat "
           "met betalen?\nGroetjes Marloes")
S.add(M, "@arnaubcn@mastodon.social", name="Arnau", hours=245, lang="ca",
      text="@fennick@diy.social teniu botiga física a Barcelona o només envieu?")
S.add(M, "@sawdustsarah@mastodon.online", name="Sarah", hours=285, lang="en",
      text="@fennick@diy.social what's actually the difference between the FD-18 and the FD-18 Pro apart "
           "from £40? brushless?")
S.add(B, "kaischreinert.bsky.social", name="Kai", hours=315, lang="de",
      text="@fennicktools.bsky.social gibt's die Werkbank WB-900 auch in 120 cm Breite?")
S.add(E, "taller.hdez@gmail.example", name="Héctor Hernández", hours=340, lang="es",
      subject="Envío a Canarias",
      text="Buenas, ¿enviáis a Canarias? Soy autónomo en Las Palmas y necesitaría factura sin IVA "
           "peninsular. Gracias")
S.add(E, "n.perrin@sfr.example", name="Nicolas Perrin", hours=365, lang="fr",
      subject="garantie batterie",
      text="Bonjour, quelle est la durée de garantie sur les batteries 18V ? 2 ans comme l'outil ou "
           "moins ?\nMerci\nNicolas")
S.add(E, "joana.m.pires@sapo.example", name="Joana Pires", hours=400, lang="pt",
      subject="Levantar encomenda",
      text="Bom dia, posso levantar a encomenda na loja em vez de pagar o envio? Obrigada, Joana")
S.add(M, "@parquet_paolo@mastodon.uno", name="Paolo", hours=440, lang="it",
      text="@fennick@diy.social noleggiate anche la levigatrice per parquet? per quanti giorni minimo?")
S.add(B, "klusjesbas.bsky.social", name="Bas", hours=470, lang="nl",
      text="@fennicktools.bsky.social verkopen jullie ook losse accu's voor de klopboor of alleen in een set?")

S.write(HERE, "Fennick Tools: repeats in other words in eight languages, written without sight of the "
              "detector; labels are what a reader of the posts would say.")
