#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words for a small lighting shop,
Lumen & Lathe (turned-wood table lamps, pendants, shades and bulbs, and a
monthly bulb subscription), writing to customers in eight languages on
email, Mastodon and Bluesky over about three weeks.

30 true repeat groups (25 pairs, 5 triples): the same customer raising the
same complaint again within 7 days, mostly in other words. 10 of them go
across two channels; there the identities are known by a profile link or
only by the same display name. Labelled negatives: follow-ups (details the
shop asked for, in the same thread), other complaints by the same customer,
the same complaint by other customers (an outage, a couple sharing an
order, two people sharing a display name) and the same complaint again
after more than 7 days. Plus one-off questions as filler.

The posts were written without sight of the detector, its lexicon or the
other sets; the labels say what a person reading the posts would say and
were never edited to fit the detector.

Run: python3 gen-fixture.py  (writes fixture.jsonl and labels.json here)
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 8, 10, 7, 45, tzinfo=timezone.utc)
D = 24

S = LabelledSet(BASE, "ll", "help@lumenlathe.example", "@lumenlathe@makers.social",
                "lumenlathe.bsky.social", "Lumen & Lathe")
rid = S.rid


def mail(addr, name, subject, text, h, lang, thread=None, irt=None, links=None):
    return S.add("email", addr, text, h, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def mail_answer(first, to, subject, text, h, lang):
    """The shop answers by mail in the thread of @first."""
    key = S.reply("email", text, h, to=rid(to), thread=rid(first), lang=lang)
    S.messages[-1]["subject"] = subject
    return key


def masto(handle, name, text, h, lang, thread=None, irt=None, links=None):
    return S.add("mastodon", handle, text, h, lang=lang, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def bsky(handle, name, text, h, lang, thread=None, irt=None, links=None):
    return S.add("bluesky", handle, text, h, lang=lang, name=name,
                 thread=thread, in_reply_to=irt, links=links)


# ---------------------------------------------------------------- English

# G1: late Ashby lamp, same mail thread, non-committal answer in between.
g1a = mail("gareth.pryce@mailbox.example", "Gareth Pryce", "Order 58213 - where is it?",
           "Hi there,\n\nI ordered the Ashby walnut lamp (order 58213) on the 29th and your "
           "site said 3-5 working days. It's now nearly two weeks and the tracking page "
           "hasn't moved past 'label created'. It's a birthday present for Saturday so I'd "
           "appreciate knowing whether it's actually coming.\n\nThanks,\nGareth", 2, "en")
g1r = mail_answer(g1a, g1a, "Re: Order 58213 - where is it?",
                  "Hi Gareth,\n\nThanks for getting in touch, and sorry for the wait. We're "
                  "looking into this with the courier and will come back to you as soon as "
                  "we hear anything.\n\nBest wishes,\nRowan\nLumen & Lathe", 6, "en")
g1b = mail("gareth.pryce@mailbox.example", "Gareth Pryce", "Re: Order 58213 - where is it?",
           "Any news? Tracking still says label created. Saturday's getting close now.\n\nG",
           50, "en", thread=rid(g1a), irt=rid(g1r))
g1c = mail("gareth.pryce@mailbox.example", "Gareth Pryce", "Re: Order 58213 - where is it?",
           "Right. The birthday has been and gone, I still have no lamp and I've heard "
           "nothing from you since 'we're looking into it'. Either send the thing or refund "
           "me please.\n\nGareth Pryce", 132, "en", thread=rid(g1a), irt=rid(g1b))
S.group("en", "one identity", g1a, g1b, g1c)
o1 = mail("gareth.pryce@mailbox.example", "Gareth Pryce", "Invoice for 58213",
          "Hello,\n\nThe lamp finally turned up this morning, thanks. However the invoice has my "
          "old Cardiff address on it and I need it for expenses. Could you reissue it to "
          "14 Mill Lane, Abergavenny NP7 5AB?\n\nCheers,\nGareth", 200, "en")
S.negative("other-complaint", g1a, o1,
           "same order, but now the lamp has arrived and the invoice address is wrong")

# G2: "delivered" but not received, Mastodon, same handle.
g2a = masto("@hollis@toot.example", "Hollis",
            "@lumenlathe@makers.social hey, tracking says my parcel was delivered yesterday "
            "at 14:02, 'left with resident'. I live alone and was in all day. No parcel, no "
            "card, not with the neighbours either. Order 58307, two Fen pendants. What now?",
            26, "en")
g2b = masto("@hollis@toot.example", "Hollis",
            "@lumenlathe@makers.social still no sign of my 'delivered' pendants. has anyone "
            "there actually opened a claim with the courier? not loving paying £180 for a "
            "photo of somebody else's doorstep", 54, "en")
S.group("en", "one identity", g2a, g2b)

# G3: refund not received, email then Bluesky (profile links the address).
g3a = mail("priya.n@fastmail.example", "Priya Natarajan", "Refund for returned Tilt lamp",
           "Hello,\n\nI sent back the Tilt desk lamp (wrong finish) on 28 July and Royal Mail "
           "shows it was signed for at your end on the 31st. Your returns page says refunds go "
           "out within 5 working days - it's been well over that and there's nothing on my "
           "card. Could you check? Order 58102.\n\nKind regards,\nPriya Natarajan", 40, "en")
g3r = mail_answer(g3a, g3a, "Re: Refund for returned Tilt lamp",
                  "Hi Priya,\n\nThank you for your message. I've passed this on to our "
                  "accounts team who will look into it.\n\nWarm wishes,\nRowan", 45, "en")
g3b = bsky("priyanat.bsky.social", "Priya N.",
           "emailed @lumenlathe.bsky.social on tuesday about my refund, got a 'passed to "
           "accounts' and then silence. return was signed for on 31 july. it's a £95 lamp, "
           "not pocket change 🙃", 122, "en", links=["priya.n@fastmail.example"])
S.group("en", "profile link", g3a, g3b)
S.same_person.append(["email:priya.n@fastmail.example", "bluesky:priyanat.bsky.social"])

# G4: smashed glass globe, Bluesky then Mastodon, same display name only.
g4a = bsky("callumreid.bsky.social", "Callum Reid",
           "Opened my Orla lamp from @lumenlathe.bsky.social tonight and the opal globe is in "
           "about six pieces. Box looked fine from the outside. Gutted, was really looking "
           "forward to this one", 61, "en")
g4b = masto("@creid@scot.example", "Callum Reid",
            "@lumenlathe@makers.social put this on bluesky last night too - Orla arrived with "
            "the glass shade smashed. Who do I send photos to? I'd like a replacement globe "
            "rather than a refund if poss", 86, "en")
S.group("en", "same name only", g4a, g4b)
S.same_person.append(["bluesky:callumreid.bsky.social", "mastodon:@creid@scot.example"])

# G5: double charge, two separate mails.
g5a = mail("deb.hollins@webmail.example", "Deb Hollins", "charged twice",
           "Hi, I've been charged twice for my order (£64.50 x2 on 14/08), screenshot from my "
           "banking app attached. Order no. 58391. Please refund one of them.\nDeb\n\nSent from "
           "my iPhone", 100, "en")
g5b = mail("deb.hollins@webmail.example", "Deb Hollins", "DOUBLE PAYMENT - order 58391",
           "I emailed on Friday about being charged twice and haven't had so much as an "
           "automatic reply. £129 has left my account for a £64.50 order. Please sort it "
           "out.\n\nDeb Hollins", 170, "en")
S.group("en", "one identity", g5a, g5b)

# G6: newsletter code refused, Bluesky, same day.
g6a = bsky("maplejune.bsky.social", "june 🍁",
           "@lumenlathe.bsky.social the code from your newsletter (LATHE15) says 'not valid' "
           "at checkout. tried phone and laptop. has it expired already? email only came this "
           "morning", 150, "en")
g6b = bsky("maplejune.bsky.social", "june 🍁",
           "so LATHE15 still doesn't work and apparently the sale ends tonight. cool cool cool",
           158, "en")
S.group("en", "one identity", g6a, g6b)

# ---------------------------------------------------------------- Spanish

# G7: wrong colour, same thread, three mails.
g7a = mail("lucia.ferrer@correo.example", "Lucía Ferrer", "Pedido 58277 color equivocado",
           "Hola, buenos días.\n\nMe ha llegado el flexo Tilt pero en latón, y yo lo pedí en "
           "negro mate (lo pone en la confirmación del pedido nº 58277). ¿Cómo hacemos el "
           "cambio?\n\nGracias,\nLucía", 8, "es")
g7r = mail_answer(g7a, g7a, "Re: Pedido 58277 color equivocado",
                  "Hola Lucía,\n\nGracias por escribirnos y perdona las molestias. Lo estamos "
                  "revisando con el almacén y te decimos algo en cuanto podamos.\n\nUn saludo,"
                  "\nRowan", 13, "es")
g7b = mail("lucia.ferrer@correo.example", "Lucía Ferrer", "Re: Pedido 58277 color equivocado",
           "Hola de nuevo, ¿alguna novedad? Sigo con el flexo dorado metido en la caja.",
           52, "es", thread=rid(g7a), irt=rid(g7r))
g7c = mail("lucia.ferrer@correo.example", "Lucía Ferrer", "Re: Pedido 58277 color equivocado",
           "A ver, vuelvo a escribir porque nadie me contesta. Pedí NEGRO y me mandasteis el "
           "de latón. No es tan complicado: mandadme una etiqueta de devolución y el negro. "
           "Llevo casi una semana esperando.\n\nLucía Ferrer", 112, "es",
           thread=rid(g7a), irt=rid(g7r))
S.group("es", "one identity", g7a, g7b, g7c)

# G8: parcel stuck, Mastodon then mail whose sender links the handle.
g8a = masto("@pmoreno@tkz.example", "Pablo M.",
            "@lumenlathe@makers.social hola! mi paquete lleva 9 dias parado en 'en tránsito' "
            "en Zaragoza. Pedido 58340. Sabeis algo? la lámpara era para un regalo 😕",
            130, "es")
g8b = mail("pablo.moreno.r@correo.example", "Pablo Moreno", "Paquete perdido?",
           "Buenas,\n\nos escribí por Mastodon el otro día y no he visto respuesta. El envío "
           "sigue parado en Zaragoza desde el día 6, ya van casi dos semanas, yo creo que se ha "
           "perdido. ¿Podéis reclamar a la agencia o mandar otro?\n\nPablo Moreno", 200, "es",
           links=["@pmoreno@tkz.example"])
S.group("es", "profile link", g8a, g8b)
S.same_person.append(["mastodon:@pmoreno@tkz.example", "email:pablo.moreno.r@correo.example"])

# G9: password reset mail never arrives, Bluesky.
g9a = bsky("nereaglz.bsky.social", "Nerea G.",
           "@lumenlathe.bsky.social no puedo entrar en mi cuenta, le doy a 'he olvidado mi "
           "contraseña' y el correo no llega nunca (mirado en spam tambien). Solo quiero "
           "descargar una factura 🙄", 210, "es")
g9b = bsky("nereaglz.bsky.social", "Nerea G.",
           "sigo sin poder entrar. tercer intento de restablecer la contraseña hoy y nada de "
           "nada. hay alguien ahí??", 236, "es")
S.group("es", "one identity", g9a, g9b)
o2 = bsky("nereaglz.bsky.social", "Nerea G.",
          "@lumenlathe.bsky.social otra cosa, en el pedido de ayer metí el código BIENVENIDA10 "
          "y no me ha hecho el descuento: he pagado 72€ en vez de 64,80€", 330, "es")
S.negative("other-complaint", g9a, o2, "login problem first, then a coupon not applied")

# G10: bulb subscription cancelled but billed again.
g10a = mail("m.olmedo@telefonica.example", "Marisa Olmedo", "Baja del Bulb Club",
            "Hola.\n\nMe di de baja del Bulb Club el 30 de julio (tengo el correo de "
            "confirmación) y hoy me habéis vuelto a cobrar 12,90 €. Os pido que me lo "
            "devolváis y que comprobéis que la baja está hecha.\n\nSaludos,\nMarisa Olmedo",
            260, "es")
g10r = mail_answer(g10a, g10a, "Re: Baja del Bulb Club",
                   "Hola Marisa,\n\nGracias por avisarnos. Lo estamos mirando y te decimos "
                   "algo.\n\nUn saludo,\nRowan", 266, "es")
g10b = mail("m.olmedo@telefonica.example", "Marisa Olmedo", "Re: Baja del Bulb Club",
            "Hola, ni devolución ni explicación. Sigo viendo el cargo de la suscripción que "
            "cancelé hace semanas. Si el mes que viene vuelve a pasar lo devuelvo desde el "
            "banco y listo.", 334, "es", thread=rid(g10a), irt=rid(g10r))
S.group("es", "one identity", g10a, g10b)

# ---------------------------------------------------------------- German

# G11: missing ceiling canopy, same thread, three mails.
g11a = mail("t.kessler@posteo.example", "Thomas Kessler", "Fehlendes Teil Bestellung 58260",
            "Guten Tag,\n\nheute kam die Fen Pendelleuchte (Bestellung 58260). Leider fehlt "
            "der Baldachin für die Deckenmontage, im Karton waren nur Leuchte, Kabel und die "
            "Anleitung. Können Sie ihn bitte nachschicken?\n\nMit freundlichen Grüßen\n"
            "Thomas Kessler", 14, "de")
g11r = mail_answer(g11a, g11a, "Re: Fehlendes Teil Bestellung 58260",
                   "Hallo Herr Kessler,\n\nvielen Dank für Ihre Nachricht und entschuldigen "
                   "Sie die Umstände. Wir prüfen das und melden uns.\n\nViele Grüße\nRowan",
                   21, "de")
g11b = mail("t.kessler@posteo.example", "Thomas Kessler", "Re: Fehlendes Teil Bestellung 58260",
            "Hallo, gibts schon was Neues wegen dem Baldachin? Die Lampe hängt hier gerade "
            "provisorisch an einer Wago-Klemme...", 70, "de", thread=rid(g11a), irt=rid(g11r))
g11c = mail("t.kessler@posteo.example", "Thomas Kessler", "Re: Fehlendes Teil Bestellung 58260",
            "Sehr geehrte Damen und Herren,\n\njetzt ist fast eine Woche rum. Ich habe eine "
            "Leuchte für 150 € ohne Deckenbefestigung. Bitte schicken Sie das fehlende Teil "
            "oder sagen Sie mir wenigstens, wann es kommt.\n\nT. Kessler", 140, "de",
            thread=rid(g11a), irt=rid(g11r))
S.group("de", "one identity", g11a, g11b, g11c)

# G12: late parcel, Mastodon.
g12a = masto("@lenaw@chaos.example", "Lena W.",
             "@lumenlathe@makers.social Moin! Meine Bestellung (Ashby + 2 Glühbirnen) sollte "
             "laut Mail am Dienstag kommen, DHL zeigt seit Freitag nur 'Sendung wurde "
             "elektronisch angekündigt'. Wisst ihr was?", 80, "de")
g12b = masto("@lenaw@chaos.example", "Lena W.",
             "@lumenlathe@makers.social immer noch keine Lampe. immer noch 'elektronisch "
             "angekündigt'. langsam glaub ich nicht mehr dran", 128, "de")
S.group("de", "one identity", g12a, g12b)
o3 = masto("@lenaw@chaos.example", "Lena W.",
           "@lumenlathe@makers.social so, Lampe ist endlich da 🎉 aber der Schirm hat ne fette "
           "Delle und der Stoff ist an der Naht eingerissen. Foto anbei. Was machen wir da?",
           190, "de")
S.negative("other-complaint", g12a, o3, "late parcel first, then the shade arrived damaged")

# G13: refund for returned bulbs, mail then Mastodon, same display name only.
g13a = mail("s.hartmann@gmx.example", "Sabine Hartmann", "Erstattung Retoure",
            "Hallo,\n\nich habe die zwei Kerzenbirnen E14 zurückgeschickt (falscher Sockel "
            "bestellt, mein Fehler). Laut Sendungsverfolgung sind sie am 12.08. bei Ihnen "
            "angekommen. Die Erstattung über 18,40 € ist bis heute nicht da. Bestellnr. "
            "58355.\n\nGruß\nSabine Hartmann", 180, "de")
g13b = masto("@sabineh@norden.example", "Sabine Hartmann",
             "@lumenlathe@makers.social wo bleibt eigentlich meine Erstattung für die "
             "zurückgeschickten Kerzenbirnen? Seit über einer Woche bei euch. Sind nur 18 "
             "Euro, aber trotzdem.", 250, "de")
S.group("de", "same name only", g13a, g13b)
S.same_person.append(["email:s.hartmann@gmx.example", "mastodon:@sabineh@norden.example"])

# G14: invoice without company name/VAT, Bluesky then mail with profile link.
g14a = bsky("kruegerdesign.bsky.social", "Krüger Design",
            "@lumenlathe.bsky.social kurze Frage bzw. Problem: auf der Rechnung zu meiner "
            "Bestellung steht nur mein Name, nicht die Firma, und die USt ist nicht "
            "ausgewiesen. So kann ich die nicht absetzen. Könnt ihr das korrigieren?",
            290, "de")
g14b = mail("info@krueger-design.example", "Martin Krüger", "Rechnung RE-2026-1187 korrigieren",
            "Guten Tag,\n\nich hatte Sie bereits auf Bluesky angeschrieben. Die Rechnung "
            "RE-2026-1187 (Bestellung 58412) ist auf mich privat ausgestellt, ohne "
            "Firmennamen und ohne ausgewiesene MwSt. Ich bräuchte bitte eine korrigierte "
            "Rechnung auf:\n\nKrüger Design GbR\nLindenstr. 8\n04107 Leipzig\n\nDanke und "
            "Grüße\nMartin Krüger", 338, "de", links=["kruegerdesign.bsky.social"])
S.group("de", "profile link", g14a, g14b)
S.same_person.append(["bluesky:kruegerdesign.bsky.social", "email:info@krueger-design.example"])

# ---------------------------------------------------------------- French

# G15: return label never sent, same thread, three mails.
g15a = mail("helene.marchal@orange.example", "Hélène Marchal", "Étiquette de retour",
            "Bonjour,\n\nJ'ai demandé un retour pour l'ampoule filament (cde 58291) via votre "
            "formulaire samedi, on m'a indiqué que je recevrais l'étiquette par mail sous 24h. "
            "Rien reçu, ni dans les spams. Pouvez-vous me la renvoyer ?\n\nCordialement,\n"
            "Hélène Marchal", 34, "fr")
g15r = mail_answer(g15a, g15a, "RE: Étiquette de retour",
                   "Bonjour Hélène,\n\nMerci pour votre message. Nous regardons cela et "
                   "revenons vers vous rapidement.\n\nBien à vous,\nRowan", 39, "fr")
g15b = mail("helene.marchal@orange.example", "Hélène Marchal", "RE: Étiquette de retour",
            "Bonjour,\nToujours pas d'étiquette. Je vous rappelle que le délai de retour est de "
            "14 jours et je n'aimerais pas qu'on me dise ensuite que c'est trop tard.\nH. Marchal",
            96, "fr", thread=rid(g15a), irt=rid(g15r))
g15c = mail("helene.marchal@orange.example", "Hélène Marchal", "RE: RE: Étiquette de retour",
            "Re-bonjour... ça fait bientôt une semaine que j'attends une simple étiquette. "
            "Vous me l'envoyez oui ou non ?", 152, "fr", thread=rid(g15a), irt=rid(g15b))
S.group("fr", "one identity", g15a, g15b, g15c)

# G16: split walnut base, Mastodon then Bluesky, same display name only.
g16a = masto("@jmorel@piaille.example", "Julien Morel",
             "@lumenlathe@makers.social bonjour, ma lampe Ashby est arrivée avec le pied en "
             "noyer fendu sur toute la longueur 😞 le carton était enfoncé d'un côté. je fais "
             "comment ?", 200, "fr")
g16b = bsky("julienmorel.bsky.social", "Julien Morel",
            "toujours rien de @lumenlathe.bsky.social pour mon pied de lampe fendu (j'ai écrit "
            "sur mastodon hier). 120 balles la lampe quand même", 223, "fr")
S.group("fr", "same name only", g16a, g16b)
S.same_person.append(["mastodon:@jmorel@piaille.example", "bluesky:julienmorel.bsky.social"])

# G17: checkout page blank, Bluesky.
g17a = bsky("aurelie-b.bsky.social", "Aurélie B.",
            "@lumenlathe.bsky.social votre site plante à chaque fois au moment du paiement "
            "(page blanche après 'valider la commande'). Testé sur Firefox et Safari. Je "
            "voudrais commander avant la fin des soldes...", 270, "fr")
g17b = bsky("aurelie-b.bsky.social", "Aurélie B.",
            "toujours la page blanche au paiement chez @lumenlathe.bsky.social, essayé sur le "
            "tel aussi. c moi ou c'est cassé pour tout le monde ?", 300, "fr")
S.group("fr", "one identity", g17a, g17b)
o4 = bsky("aurelie-b.bsky.social", "Aurélie B.",
          "@lumenlathe.bsky.social bon j'ai fini par réussir à commander mardi, mais toujours "
          "aucun mail de confirmation ni numéro de suivi. c'est normal ?", 410, "fr")
S.negative("other-complaint", g17a, o4,
           "checkout crash first, then no confirmation or tracking for the order placed later")

# G18: double debit, two separate mails.
g18a = mail("yann.legoff@free.example", "Yann Le Goff", "Double prélèvement",
            "Bonjour,\n\nJ'ai été débité deux fois de 47,90 € pour ma commande n°58430 (le "
            "23/08). Merci de procéder au remboursement du doublon.\n\nYann Le Goff", 320, "fr")
g18b = mail("yann.legoff@free.example", "Yann Le Goff", "Toujours débité 2 fois - commande 58430",
            "Bonjour,\n\naucune réponse à mon mail de dimanche. Je vois toujours les deux "
            "prélèvements de 47,90 sur mon compte. Merci de me tenir informé svp.\n\nY. Le Goff",
            395, "fr")
S.group("fr", "one identity", g18a, g18b)

# ---------------------------------------------------------------- Portuguese

# G19: late lamp, two separate mails.
g19a = mail("rui.carvalho@sapo.example", "Rui Carvalho", "Encomenda 58318 atrasada",
            "Boa tarde,\n\nFiz a encomenda 58318 (candeeiro Tilt) há 12 dias e ainda não "
            "recebi nada. O site dizia entrega em 5-7 dias úteis para Portugal. Conseguem ver "
            "o que se passa?\n\nCumprimentos,\nRui Carvalho", 44, "pt")
g19b = mail("rui.carvalho@sapo.example", "Rui Carvalho", "Encomenda atrasada",
            "Boa tarde, volto a escrever porque continuo sem o candeeiro e sem qualquer "
            "resposta vossa. Já passaram mais de duas semanas desde que paguei.\nRui", 140, "pt")
S.group("pt", "one identity", g19a, g19b)

# G20: wrong bulb base, Bluesky then mail with profile link.
g20a = bsky("marianafsilva.bsky.social", "Mariana Silva",
            "@lumenlathe.bsky.social encomendei lâmpadas E27 e vieram E14 😩 não servem em "
            "nenhum candeeiro cá de casa", 350, "pt")
g20b = mail("mariana.f.silva@gmail.example", "Mariana Silva", "Lâmpadas erradas",
            "Olá,\n\nJá tinha deixado mensagem no Bluesky. Pedi 3 lâmpadas de filamento E27 "
            "2200K e recebi 3 E14 (casquilho pequeno). Encomenda nº 58447. Como faço para "
            "trocar?\n\nObrigada,\nMariana", 380, "pt", links=["marianafsilva.bsky.social"])
S.group("pt", "profile link", g20a, g20b)
S.same_person.append(["bluesky:marianafsilva.bsky.social", "email:mariana.f.silva@gmail.example"])

# G21: discount code refused, Mastodon.
g21a = masto("@tiagonunes@masto.pt.example", "Tiago Nunes",
             "@lumenlathe@makers.social o código VERAO20 que vem na vossa newsletter dá "
             "'código inválido' no carrinho. Alguém confirma se ainda está válido?", 400, "pt")
g21b = masto("@tiagonunes@masto.pt.example", "Tiago Nunes",
             "@lumenlathe@makers.social entao, o VERAO20 funciona ou nao? ja tentei umas 5 "
             "vezes", 431, "pt")
S.group("pt", "one identity", g21a, g21b)

# ---------------------------------------------------------------- Italian

# G22: refund not received, same thread after a non-committal answer.
g22a = mail("f.bianchi@libero.example", "Francesca Bianchi", "Rimborso ordine 58233",
            "Buongiorno,\n\nho restituito la lampada Orla il 30 luglio (vetro difettoso) e mi "
            "avevate scritto che il rimborso sarebbe arrivato entro 5 giorni lavorativi. Ad "
            "oggi sulla carta non ho ricevuto nulla. Potete verificare?\n\nGrazie,\n"
            "Francesca Bianchi", 66, "it")
g22r = mail_answer(g22a, g22a, "R: Rimborso ordine 58233",
                   "Buongiorno Francesca,\n\ngrazie del messaggio. Stiamo verificando con la "
                   "contabilità e le faremo sapere al più presto.\n\nCordiali saluti,\nRowan",
                   72, "it")
g22b = mail("f.bianchi@libero.example", "Francesca Bianchi", "R: R: Rimborso ordine 58233",
            "Buongiorno, sono passati altri quattro giorni e del rimborso nessuna traccia. Mi "
            "dite per favore quando arriva? 89 euro non sono pochi.\nF. Bianchi", 160, "it",
            thread=rid(g22a), irt=rid(g22r))
S.group("it", "one identity", g22a, g22b)
o5 = mail("f.bianchi@libero.example", "Francesca Bianchi", "Fattura ordine 58461",
          "Buongiorno,\n\nnella fattura del nuovo ordine (58461, due lampadine a candela) il "
          "codice fiscale è sbagliato, mancano le ultime due cifre. Me la potete rifare?\n\n"
          "Grazie\nFrancesca", 196, "it")
S.negative("other-complaint", g22a, o5, "refund for a return first, then a wrong tax code on "
           "the invoice of another order")

# G23: delivered but not received, Mastodon then mail, same display name only.
g23a = masto("@marcoferri@mastodon.uno.example", "Marco Ferri",
             "@lumenlathe@makers.social ciao, il tracking dice 'consegnato' ieri alle 11:40 ma a "
             "casa non è arrivato niente, e c'ero tutto il giorno. ordine 58398. a chi devo "
             "rivolgermi?", 240, "it")
g23b = mail("marco.ferri77@tiscali.example", "Marco Ferri", "Pacco risulta consegnato ma non ricevuto",
            "Salve,\n\nvi ho scritto anche su Mastodon. Il corriere segna come consegnato il "
            "pacco dell'ordine 58398 ma io non ho ricevuto nulla, ho chiesto anche al portiere "
            "e ai vicini. Vi chiedo di aprire una contestazione con il corriere.\n\n"
            "Marco Ferri", 262, "it")
S.group("it", "same name only", g23a, g23b)
S.same_person.append(["mastodon:@marcoferri@mastodon.uno.example", "email:marco.ferri77@tiscali.example"])

# G24: rude courier, Bluesky.
g24a = bsky("giuliarossetti.bsky.social", "Giulia Rossetti",
            "@lumenlathe.bsky.social il corriere che mi ha portato la vostra lampada mi ha "
            "urlato contro perché ci ho messo 30 secondi ad aprire il portone, e poi ha "
            "lanciato il pacco sul pianerottolo. Non è colpa vostra ma cambiate corriere per "
            "favore", 280, "it")
g24b = bsky("giuliarossetti.bsky.social", "Giulia Rossetti",
            "@lumenlathe.bsky.social nessuna risposta sul corriere che mi ha trattata a pesci "
            "in faccia? ho anche il nome sulla ricevuta se serve. davvero, non si tratta così "
            "la gente", 312, "it")
S.group("it", "one identity", g24a, g24b)

# ---------------------------------------------------------------- Dutch

# G25: broken glass globe, same thread, three mails.
g25a = mail("sanne.bakker@ziggo.example", "Sanne Bakker", "Kapotte glazen bol - bestelling 58377",
            "Hoi,\n\nVandaag de Orla lamp ontvangen maar de glazen bol is gebroken, de scherven "
            "zaten los in de doos. Foto's zitten in de bijlage. Kunnen jullie een nieuwe bol "
            "sturen?\n\nGroet,\nSanne", 110, "nl")
g25r = mail_answer(g25a, g25a, "Re: Kapotte glazen bol - bestelling 58377",
                   "Hoi Sanne,\n\nWat vervelend! Bedankt voor de foto's. We kijken ernaar en "
                   "laten je snel iets weten.\n\nGroetjes,\nRowan", 116, "nl")
g25b = mail("sanne.bakker@ziggo.example", "Sanne Bakker", "Re: Kapotte glazen bol - bestelling 58377",
            "Hoi, is er al nieuws over die nieuwe bol?", 170, "nl",
            thread=rid(g25a), irt=rid(g25r))
g25c = mail("sanne.bakker@ziggo.example", "Sanne Bakker", "Re: Kapotte glazen bol - bestelling 58377",
            "Ik hoor nog steeds niks. Ik heb nu een lamp zonder kap op het dressoir en een doos "
            "scherven in de gang. Wanneer komt die vervangende bol nou?\n\nSanne Bakker", 232,
            "nl", thread=rid(g25a), irt=rid(g25b))
S.group("nl", "one identity", g25a, g25b, g25c)

# G26: subscription still billed, mail then Bluesky with profile link.
g26a = mail("pieter.vdberg@kpn.example", "Pieter van den Berg", "Opzegging Bulb Club",
            "Goedemiddag,\n\nIk heb mijn Bulb Club abonnement begin augustus opgezegd via mijn "
            "account (bevestiging ontvangen), maar vandaag is er toch weer €12,90 afgeschreven. "
            "Graag terugstorten.\n\nMet vriendelijke groet,\nPieter van den Berg", 378, "nl")
g26b = bsky("pietervdb.bsky.social", "Pieter vd Berg",
            "Abonnement opgezegd, bevestiging gekregen, tóch weer afgeschreven. Mailtje "
            "gestuurd, nog niks gehoord. Kom op @lumenlathe.bsky.social", 421, "nl",
            links=["pieter.vdberg@kpn.example"])
S.group("nl", "profile link", g26a, g26b)
S.same_person.append(["email:pieter.vdberg@kpn.example", "bluesky:pietervdb.bsky.social"])

# G27: reset link expired, Mastodon.
g27a = masto("@joost@mastodon.nl.example", "Joost",
             "@lumenlathe@makers.social de wachtwoord-resetlink in jullie mail geeft 'token "
             "verlopen', ook als ik er meteen op klik. Kan dus niet inloggen. Iemand een idee?",
             298, "nl")
g27b = masto("@joost@mastodon.nl.example", "Joost",
             "@lumenlathe@makers.social nog steeds 'token verlopen' bij elke reset, 3x geprobeerd "
             "vandaag. Kan iemand m'n account even handmatig fixen?", 347, "nl")
S.group("nl", "one identity", g27a, g27b)

# ---------------------------------------------------------------- Catalan

# G28: late parcel, same thread.
g28a = mail("jpuig@vilaweb.example", "Jordi Puig", "Comanda 58245 sense notícies",
            "Bon dia,\n\nVaig fer la comanda 58245 (un llum Ashby i una pantalla de lli) fa deu "
            "dies i encara no m'ha arribat res. El seguiment no s'actualitza des del dia 3. Em "
            "podeu dir alguna cosa?\n\nGràcies,\nJordi Puig", 20, "ca")
g28r = mail_answer(g28a, g28a, "Re: Comanda 58245 sense notícies",
                   "Bon dia Jordi,\n\nGràcies pel missatge. Ho estem mirant amb el transportista "
                   "i et direm alguna cosa aviat.\n\nSalutacions,\nRowan", 28, "ca")
g28b = mail("jpuig@vilaweb.example", "Jordi Puig", "Re: Comanda 58245 sense notícies",
            "Hola, res de nou? Segueixo sense el llum i el seguiment igual que la setmana "
            "passada.", 90, "ca", thread=rid(g28a), irt=rid(g28r))
S.group("ca", "one identity", g28a, g28b)
o6 = mail("jpuig@vilaweb.example", "Jordi Puig", "Factura comanda 58245",
          "Bon dia,\n\nJa tinc el llum, gràcies. Però a la factura el NIF surt malament (hi falta "
          "la lletra del final) i no hi apareix el nom de l'empresa. Me la podeu refer? El NIF "
          "correcte és B62871034, Fusteria Puig SL.\n\nJordi", 150, "ca")
S.negative("other-complaint", g28a, o6, "late parcel first, then a wrong tax number on the invoice")

# G29: wrong shade size, Bluesky then Mastodon, same display name only.
g29a = bsky("laiasoler.bsky.social", "Laia Soler",
            "@lumenlathe.bsky.social vaig demanar la pantalla Loom de 30 cm i m'ha arribat la de "
            "20. Queda ridícula sobre el peu 😅 com ho fem per canviar-la?", 170, "ca")
g29b = masto("@laia@mastodont.cat.example", "Laia Soler",
             "@lumenlathe@makers.social bon dia! Us vaig escriure ahir per Bluesky: em va arribar "
             "la pantalla de 20 cm en lloc de la de 30. Algú m'ho pot mirar? Comanda 58380",
             196, "ca")
S.group("ca", "same name only", g29a, g29b)
S.same_person.append(["bluesky:laiasoler.bsky.social", "mastodon:@laia@mastodont.cat.example"])

# G30: card charged but no order, Mastodon.
g30a = masto("@marcvidal@mastodont.cat.example", "Marc Vidal",
             "@lumenlathe@makers.social ahir vaig pagar 58€ amb targeta, el banc ja m'ho ha "
             "cobrat, però a la web no em surt cap comanda ni m'ha arribat cap correu de "
             "confirmació. Què ha passat?", 440, "ca")
g30b = masto("@marcvidal@mastodont.cat.example", "Marc Vidal",
             "@lumenlathe@makers.social ei, seguiu sense dir res dels 58€ que em vau cobrar "
             "sense cap comanda al darrere? o el llum o els diners, una de dues", 463, "ca")
S.group("ca", "one identity", g30a, g30b)

# ---------------------------------------------------------------- follow-ups

f1a = mail("tom.aldridge@outlook.example", "Tom Aldridge", "Scratched base on Tilt lamp",
           "Hello,\n\nMy Tilt lamp arrived this morning with a deep scratch across the brass "
           "base. Not the end of the world but not what you expect at that price. What can you "
           "do?\n\nTom", 90, "en")
f1r = mail_answer(f1a, f1a, "Re: Scratched base on Tilt lamp",
                  "Hi Tom,\n\nSorry to hear that. Could you send us a photo of the scratch and "
                  "your order number, and we'll sort something out.\n\nThanks,\nRowan", 95, "en")
f1b = mail("tom.aldridge@outlook.example", "Tom Aldridge", "Re: Scratched base on Tilt lamp",
           "Here you go - two photos attached, order is 58366. The scratch is on the left side "
           "of the base, about 3cm long.\n\nTom", 104, "en", thread=rid(f1a), irt=rid(f1r))
S.negative("follow-up", f1a, f1b, "the photo and order number the shop asked for")

f2a = mail("carmenruiz.bcn@correo.example", "Carmen Ruiz", "Factura",
           "Hola, necesito la factura de mi última compra para la empresa y no la encuentro en "
           "ningún sitio. ¿Me la podéis enviar? Gracias", 142, "es")
f2r = mail_answer(f2a, f2a, "Re: Factura",
                  "Hola Carmen,\n\nClaro. ¿Nos indicas el número de pedido y los datos "
                  "fiscales que quieres que aparezcan?\n\nUn saludo,\nRowan", 147, "es")
f2b = mail("carmenruiz.bcn@correo.example", "Carmen Ruiz", "Re: Factura",
           "Perdona, es el pedido 58352. Datos: Estudio Ruiz Vidal SL, CIF B66123457, C/ Còrsega "
           "212, 08036 Barcelona.\n\nCarmen", 150, "es", thread=rid(f2a), irt=rid(f2r))
S.negative("follow-up", f2a, f2b, "order number and tax details the shop asked for")

f3a = mail("uwe.brandt@t-online.example", "Uwe Brandt", "Lampe flackert",
           "Hallo,\n\ndie neue Tischleuchte flackert, sobald ich sie über den Dimmer am Kabel "
           "runterregle. Bei voller Helligkeit ist alles gut. Ist das normal?\n\nGruß Uwe Brandt",
           186, "de")
f3b = mail("uwe.brandt@t-online.example", "Uwe Brandt", "Re: Lampe flackert",
           "PS: Video vergessen, hängt jetzt an. Drin ist die 4W-Filamentbirne E27 aus dem Set, "
           "Bestellung 58399.", 186.4, "de", thread=rid(f3a), irt=rid(f3a))
S.negative("follow-up", f3a, f3b, "PS with the forgotten video and the bulb type")

f4a = masto("@camille_l@piaille.example", "Camille L.",
            "@lumenlathe@makers.social bonjour ! mon colis indique 'retourné à l'expéditeur' "
            "alors que personne n'est passé ?? je comprends pas", 250, "fr")
f4r = S.reply("mastodon", "@camille_l@piaille.example Bonjour Camille, désolés ! Vous pouvez "
              "nous donner votre numéro de commande (en message privé si vous préférez) ? On "
              "regarde avec le transporteur.", 253, to=rid(f4a), thread=rid(f4a), lang="fr")
f4b = masto("@camille_l@piaille.example", "Camille L.",
            "@lumenlathe@makers.social c'est la 58402 😊 merci !", 254, "fr",
            thread=rid(f4a), irt=rid(f4r))
S.negative("follow-up", f4a, f4b, "order number the shop asked for, same thread")

f5a = mail("paolo.greco@alice.example", "Paolo Greco", "Lampadina arrivata rotta",
           "Salve, una delle tre lampadine a filamento che ho ordinato è arrivata con il vetro "
           "incrinato. Come posso fare per averne una nuova?\nPaolo", 352, "it")
f5r = mail_answer(f5a, f5a, "R: Lampadina arrivata rotta",
                  "Salve Paolo,\n\nci dispiace! Ci manderebbe una foto della lampadina e il "
                  "numero d'ordine? Così gliene spediamo subito un'altra.\n\nCordiali saluti,"
                  "\nRowan", 357, "it")
f5b = mail("paolo.greco@alice.example", "Paolo Greco", "R: R: Lampadina arrivata rotta",
           "Ecco la foto in allegato. L'ordine è il n. 58450.\nGrazie mille\nPaolo", 375, "it",
           thread=rid(f5a), irt=rid(f5r))
S.negative("follow-up", f5a, f5b, "photo and order number the shop asked for")

f6a = mail("femke.jansen@hotmail.example", "Femke Jansen", "Verkeerde kleur snoer",
           "Hallo,\n\nIk had de Fen hanglamp besteld met okergeel textielsnoer, maar er zit een "
           "grijs snoer aan. Wat nu?\n\nFemke", 408, "nl")
f6r = mail_answer(f6a, f6a, "Re: Verkeerde kleur snoer",
                  "Hoi Femke,\n\nExcuses daarvoor! Mag ik je bestelnummer? En wil je liever "
                  "ruilen of alleen een los geel snoer ontvangen?\n\nGroetjes,\nRowan", 412, "nl")
f6b = mail("femke.jansen@hotmail.example", "Femke Jansen", "Re: Verkeerde kleur snoer",
           "Bestelnummer is 58455. Alleen het snoer is prima, dat kan ik zelf omzetten.\n\n"
           "Groet, Femke", 415, "nl", thread=rid(f6a), irt=rid(f6r))
S.negative("follow-up", f6a, f6b, "order number and choice the shop asked for")

# ---------------------------------------------------------------- other customers

c1a = masto("@ollie@fosstodon.example", "Ollie",
            "@lumenlathe@makers.social is your site down? getting a 502 on every page", 360, "en")
c1b = bsky("rhiannonmakes.bsky.social", "Rhiannon",
           "lumenlathe.example just gives me a 502 error, anyone else? wanted to grab the walnut "
           "lamp before it sells out @lumenlathe.bsky.social", 360.5, "en")
S.negative("other-customer", c1a, c1b, "two people hitting the same outage")

c2a = mail("jan.vogel@web.example", "Jan Vogel", "Bestellung 58420 nicht angekommen",
           "Hallo,\n\nunsere Bestellung 58420 sollte letzte Woche kommen, laut DHL liegt sie seit "
           "Donnerstag im Verteilzentrum Hamburg. Können Sie nachforschen?\n\nJan Vogel", 300, "de")
c2b = mail("petra.vogel@web.example", "Petra Vogel", "Lieferung 58420",
           "Guten Tag, wo ist denn unser Paket mit den zwei Fen Leuchten? Wir warten seit über "
           "einer Woche. Petra Vogel", 318, "de")
S.negative("other-customer", c2a, c2b, "a couple sharing one order, each writing from their own "
           "address")

c3a = mail("ana.costa@sapo.example", "Ana Costa", "Encomenda ainda não chegou",
           "Bom dia, a minha encomenda 58310 (candeeiro Ashby) devia ter chegado a Lisboa na "
           "semana passada e nada. Podem verificar? Obrigada, Ana Costa", 60, "pt")
c3b = bsky("anacosta.bsky.social", "Ana Costa",
           "@lumenlathe.bsky.social alguém sabe quanto tempo demoram os envios para o Porto? as "
           "minhas lâmpadas já deviam ter chegado há dias e o tracking não mexe", 95, "pt")
S.negative("other-customer", c3a, c3b, "two women called Ana Costa, different orders and cities")
S.same_name_different_people.append(["email:ana.costa@sapo.example", "bluesky:anacosta.bsky.social"])

c4a = masto("@daan@mastodon.nl.example", "Daan de Vries",
            "@lumenlathe@makers.social Fen hanglamp uitgepakt, textielsnoer is bij de fitting "
            "helemaal gerafeld. Zo durf ik hem niet op te hangen eerlijk gezegd", 268, "nl")
c4b = bsky("daandevries.bsky.social", "Daan de Vries",
           "Nieuwe Ashby van @lumenlathe.bsky.social en de schakelaar in het snoer is gebroken, "
           "klikt nergens meer op. Balen, net verhuisd naar Utrecht en dit was de eerste lamp", 292,
           "nl")
S.negative("other-customer", c4a, c4b, "two men called Daan de Vries, different lamps and faults")
S.same_name_different_people.append(["mastodon:@daan@mastodon.nl.example", "bluesky:daandevries.bsky.social"])

c5a = bsky("lou-dessine.bsky.social", "Lou",
           "@lumenlathe.bsky.social le code RENTREE10 ne marche pas chez moi, 'code expiré' 🤔",
           458, "fr")
c5b = bsky("mathieu-g.bsky.social", "Mathieu Girard",
           "Code RENTREE10 refusé au panier @lumenlathe.bsky.social, il est valable jusqu'à quand ?",
           465, "fr")
S.negative("other-customer", c5a, c5b, "two customers with the same refused coupon")

c6a = masto("@vicentbp@mastodon.example", "Vicent B.",
            "@lumenlathe@makers.social el repartidor me ha dejado el paquete en la acera, en "
            "plena calle, sin llamar siquiera. Valencia, Benimaclet. Menos mal que lo vio un "
            "vecino", 384, "es")
c6b = mail("rocio.sanz@correo.example", "Rocío Sanz", "Queja del repartidor",
           "Buenas tardes, el mensajero que trajo mi pedido hoy fue muy maleducado, tiró la caja "
           "en el portal y se fue sin esperar a que bajara. Vivo en Benimaclet (Valencia). "
           "Espero que lo comuniquéis a la empresa de transporte.\nRocío", 389, "es")
S.negative("other-customer", c6a, c6b, "two neighbours with the same bad courier")

# ---------------------------------------------------------------- window

w1a = mail("helen.marsh@mailbox.example", "Helen Marsh", "Bulbs flickering",
           "Hi,\n\nThe Glow filament bulbs I bought (2200K, E27) flicker quite badly on my "
           "dimmer at anything below about half. Are they meant to be dimmable? The listing says "
           "so.\n\nHelen", 5, "en")
w1b = mail("helen.marsh@mailbox.example", "Helen Marsh", "Flickering bulbs again",
           "Hello again - still having the flicker problem with the Glow bulbs on the dimmer. "
           "Is there a dimmer you'd recommend, or should I send them back?\n\nHelen Marsh",
           5 + 9 * D + 3, "en")
S.negative("window", w1a, w1b, "same flicker complaint nine days later")

w2a = masto("@nicolas_r@mamot.example", "Nicolas R.",
            "@lumenlathe@makers.social hello, colis toujours pas reçu, suivi bloqué à "
            "'en cours d'acheminement' depuis 6 jours", 30, "fr")
w2b = masto("@nicolas_r@mamot.example", "Nicolas R.",
            "@lumenlathe@makers.social bon, toujours pas de colis. ça fait plus de deux semaines "
            "maintenant, vous pouvez faire quelque chose ?", 30 + 10 * D + 5, "fr")
S.negative("window", w2a, w2b, "same missing parcel ten days later")

w3a = mail("ines.rocha@gmail.example", "Inês Rocha", "Fatura com NIF errado",
           "Olá, a fatura da encomenda 58296 saiu com o NIF errado (259 114 830 em vez de "
           "259 114 803). Podem emitir uma nova? Obrigada", 100, "pt")
w3b = mail("ines.rocha@gmail.example", "Inês Rocha", "Fatura 58296",
           "Bom dia, ainda não recebi a fatura corrigida com o NIF certo. Preciso dela para o "
           "IRS. Inês", 100 + 11 * D, "pt")
S.negative("window", w3a, w3b, "same invoice complaint eleven days later")

w4a = bsky("evadekker.bsky.social", "Eva Dekker",
           "@lumenlathe.bsky.social ik wil m'n lampenkap retourneren maar het retourlabel is nooit "
           "gekomen, 2x aangevraagd", 150, "nl")
w4b = bsky("evadekker.bsky.social", "Eva Dekker",
           "@lumenlathe.bsky.social nog altijd geen retourlabel 🙄 ruim een week later",
           150 + 8 * D + 6, "nl")
S.negative("window", w4a, w4b, "same missing return label eight days later")

# ---------------------------------------------------------------- filler

mail("sigrid.holm@online.example", "Sigrid Holm", "Shipping to Norway?",
     "Hi! Do you ship to Norway, and if so roughly how much would it be for one Ashby lamp? "
     "Thanks, Sigrid", 3, "en")
masto("@kestrel@mastodon.example", "kestrel",
      "@lumenlathe@makers.social is the Ashby dimmable with a normal wall dimmer or do I need the "
      "inline one?", 47, "en")
bsky("bencarver.bsky.social", "Ben",
     "@lumenlathe.bsky.social which bulb would you recommend for the Fen pendant over a dining "
     "table? warm but not too dim", 190, "en")
mail("estudio.lara@correo.example", "Lara Gil", "Lámparas a medida",
     "Hola, ¿hacéis lámparas por encargo? Necesitaría 6 colgantes iguales para un restaurante, "
     "en madera de roble. Un saludo, Lara", 75, "es")
bsky("quique-vlc.bsky.social", "Quique",
     "@lumenlathe.bsky.social teneis tienda fisica o showroom? me gustaria ver el flexo en "
     "persona antes de comprar", 287, "es")
mail("k.zimmer@arcor.example", "Karin Zimmer", "Tilt in Weiß?",
     "Guten Tag, gibt es die Tilt Schreibtischleuchte auch in Weiß oder nur Messing und "
     "Schwarz? Viele Grüße, K. Zimmer", 123, "de")
bsky("felix-ch.bsky.social", "Felix",
     "@lumenlathe.bsky.social liefert ihr auch in die Schweiz? und wie ist das mit Zoll?", 405, "de")
mail("odile.perrin@laposte.example", "Odile Perrin", "Bon cadeau",
     "Bonjour, proposez-vous des cartes cadeaux ? Ce serait pour un anniversaire fin août. "
     "Merci, Odile Perrin", 58, "fr")
masto("@bastien@piaille.example", "Bastien",
      "@lumenlathe@makers.social c'est quelle essence de bois pour la Ashby, noyer massif ou "
      "placage ?", 326, "fr")
masto("@joanafreitas@masto.pt.example", "Joana Freitas",
      "@lumenlathe@makers.social enviam para os Açores? no checkout não me aparece a opção", 215,
      "pt")
mail("luis.matos@netcabo.example", "Luís Matos", "Garantia",
     "Boa noite, qual é a garantia dos candeeiros? E das lâmpadas? Obrigado, Luís", 470, "pt")
masto("@lucabarbieri@mastodon.uno.example", "Luca Barbieri",
      "@lumenlathe@makers.social la Fen si può montare anche su un soffitto inclinato "
      "(mansarda)?", 135, "it")
mail("studio.conti@pec.example", "Studio Conti", "Fattura con partita IVA",
     "Buongiorno, se ordino come azienda posso avere la fattura con partita IVA? E l'IVA "
     "viene scorporata? Grazie, Elena Conti", 393, "it")
masto("@wouter@mastodon.nl.example", "Wouter",
      "@lumenlathe@makers.social werken jullie lampen met Hue-lampjes of moet ik die van jullie "
      "gebruiken?", 262, "nl")
bsky("nuriacasals.bsky.social", "Núria Casals",
     "@lumenlathe.bsky.social feu enviaments a Andorra? no trobo el país a la llista", 345, "ca")
mail("pere.roca@vilaweb.example", "Pere Roca", "Bombetes per a model antic",
     "Bon dia, tinc un llum vostre de fa uns anys (crec que era el model Birch) i necessito "
     "bombetes de recanvi. Quines hi van bé? Gràcies, Pere", 478, "ca")

S.write(HERE, "Repeats in other words at Lumen & Lathe: 30 groups (25 pairs, 5 triples) in "
        "eight languages, 10 across channels; labelled negatives by kind. Written without sight "
        "of the detector; labels are what a reader would say.")
