#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words for Tidewell, a small online shop
for home aquariums and pond supplies (tanks, filters, pumps, heaters, fish
food, a subscription for water-test kits).

Customers write by email, on Mastodon and on Bluesky in eight languages (en,
es, de, fr, pt, it, nl, ca). 30 groups of true repeats (25 pairs, 5 triples):
the same person raising the same complaint again within 7 days, usually in
other words; 10 of them across two channels, the identities known by a link on
the profile or only by the same display name. Labelled negatives: follow-ups
that add what the shop asked for, the same customer with another complaint,
different customers with the same complaint (an outage, a couple sharing an
order, two different people sharing a display name), and the same complaint
again after more than 7 days. One-off questions from other customers fill the
inbox.

The posts were written without sight of the detector, its lexicon or the
other sets. The labels say what a person reading the posts would say; they
were never edited to fit the detector.

Run: python3 gen-fixture.py  (writes fixture.jsonl and labels.json here)
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 3, 23, 7, 25, tzinfo=timezone.utc)

S = LabelledSet(BASE, "tw", "help@tidewell.example", "@tidewell@mastodon.social",
                "tidewell.bsky.social", "Tidewell")
rid = S.rid


def mail(addr, name, subject, text, h, lang, thread=None, irt=None, links=None):
    return S.add("email", addr, text, h, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def masto(handle, name, text, h, lang, links=None):
    return S.add("mastodon", handle, text, h, lang=lang, name=name, links=links)


def bsky(handle, name, text, h, lang, links=None):
    return S.add("bluesky", handle, text, h, lang=lang, name=name, links=links)


def answer(key, text, h, lang, thread=None):
    channel = key.split(":", 1)[0]
    return S.reply(channel, text, h, rid(key), thread or rid(key), lang)


def same(a, b):
    S.same_person.append([a, b])


# --------------------------------------------------------------- English

# G1: cracked tank, same mail thread after a non-committal answer
g1a = mail("rokafor@postbox.example", "Rachel Okafor", "Order #41873 - tank arrived cracked",
           "Hi,\n\nMy Vista 60 tank (order #41873) arrived this morning with a crack running "
           "right down the front panel, about 20cm long. The box looked fine from the outside so "
           "I guess it was dropped or packed badly. I've got the fish waiting in a bucket because "
           "I was meant to move them over from the old tank this week.\n\nCan you send a "
           "replacement please? I don't want a refund, I want the tank.\n\nThanks,\nRachel Okafor",
           3, "en")
g1r = answer(g1a, "Hi Rachel,\n\nSo sorry about this! We're looking into it with our courier and "
             "will get back to you as soon as we can.\n\nBest,\nJess at Tidewell", 8, "en")
g1b = mail("rokafor@postbox.example", "Rachel Okafor", "Re: Order #41873 - tank arrived cracked",
           "Hi Jess,\n\nIt's been three days since you were 'looking into it'. I still have a "
           "cracked tank in my hallway and fish living in a bucket. Nobody has asked for photos, "
           "nobody has arranged a pickup, nothing.\n\nCould someone actually tell me when the "
           "replacement is coming?\n\nRachel",
           75, "en", thread=rid(g1a), irt=rid(g1r))
S.group("en", "one identity", g1a, g1b)
o1 = mail("rokafor@postbox.example", "Rachel Okafor", "Invoice for 41873 has the wrong address",
          "Hello,\n\nSeparate thing - the invoice you emailed for 41873 has my old address in "
          "Croydon on it. I moved in January and the delivery address was right, so no idea where "
          "that came from. I need it corrected because I claim part of it back through work "
          "(long story, office fish tank).\n\nThanks,\nRachel",
          150, "en")
S.negative("other-complaint", g1a, o1, "same customer, same order: cracked tank, then wrong address on the invoice")

# G2: "delivered" but not received, three posts on Mastodon
g2a = masto("@deano@mastodon.online", "Dean Fairbrother",
            "@tidewell hiya, tracking says my PondMaster 3000 pump was delivered yesterday 14:02 "
            "'to front door'. It wasn't. Nothing on the step, asked both neighbours, even checked "
            "the wheelie bins (don't laugh). What now?", 30, "en")
answer(g2a, "@deano Hi Dean, sorry about that! Could you DM us your order number and we'll open a "
       "claim with the courier.", 33, "en")
g2b = masto("@deano@mastodon.online", "Dean Fairbrother",
            "still no pump. DM'd you the order number yesterday. 'delivered' my arse \U0001f643 @tidewell",
            55, "en")
g2c = masto("@deano@mastodon.online", "Dean Fairbrother",
            "Day 4 of my pond pump living its best life in a parallel universe. Pond's going green. "
            "@tidewell anyone?", 101, "en")
S.group("en", "one identity", g2a, g2b, g2c)

# G3: refund not received, email then Bluesky with a profile link
g3a = mail("priya.nath@fastmail.example", "Priya Nath", "Refund for returned heater (RMA 3318)",
           "Hello,\n\nI sent back the 200W heater on 9 March (wrong wattage, my mistake) using your "
           "label, and tracking shows you received it on the 12th. I was told refunds take 5-7 "
           "working days but nothing has come back onto my card yet. Could you check please? The "
           "order was 41702.\n\nKind regards,\nPriya", 40, "en")
g3b = bsky("priyanath.bsky.social", "Priya N.",
           "Returned a heater to @tidewell.bsky.social, they had it back by 12 March. Still no "
           "refund, emailed them about it on Tuesday, not a peep. Starting to think I've just "
           "donated them \u00a338", 110, "en", links=["priya.nath@fastmail.example"])
same("email:priya.nath@fastmail.example", "bluesky:priyanath.bsky.social")
S.group("en", "profile link", g3a, g3b)

# G4: coupon not applied, Bluesky
g4a = bsky("mossyrocks.bsky.social", "kai \U0001f33f",
           "@tidewell.bsky.social your newsletter says SPRING15 for 15% off but checkout says "
           "'this code is not valid'. tried caps, lowercase, phone and laptop. what gives", 60, "en")
g4b = bsky("mossyrocks.bsky.social", "kai \U0001f33f",
           "so is SPRING15 an actual code or was it an april fools that came early. still nope "
           "at checkout", 96, "en")
S.group("en", "one identity", g4a, g4b)

# G5: subscription cancelled but still billed, email then Mastodon, same name only
g5a = mail("tom.hadley77@btinternet.example", "Tom Hadley", "Still being charged after cancelling",
           "Hi there,\n\nI cancelled my TestDrop monthly kit subscription on the 2nd of March (I have "
           "the confirmation email) but \u00a312.99 came out of my account again this morning.\n\n"
           "Please refund it and make sure it's actually cancelled this time.\n\nTom Hadley",
           120, "en")
g5b = masto("@thadley@mastodon.scot", "Tom Hadley",
            "Cancelled my water test kit subscription with @tidewell weeks ago and they've just "
            "helped themselves to another \u00a312.99. Emailed, no reply. Brilliant.", 170, "en")
same("email:tom.hadley77@btinternet.example", "mastodon:@thadley@mastodon.scot")
S.group("en", "same name only", g5a, g5b)

# --------------------------------------------------------------- Spanish

# G6: wrong filter model, second mail not in the thread
g6a = mail("lucia.ferrer@correo.example", "Luc\u00eda Ferrer", "Pedido n\u00ba 41902 - filtro equivocado",
           "Hola buenas,\n\nHice el pedido n\u00ba 41902 de un filtro externo CrestFlow 800 y me ha "
           "llegado el CrestFlow 600, que se me queda corto para el acuario de 180 litros. \u00bfComo "
           "hago el cambio? \u00bfMe mandais una etiqueta o lo tengo que mandar yo?\n\nUn saludo,\nLuc\u00eda",
           14, "es")
g6b = mail("lucia.ferrer@correo.example", "Luc\u00eda Ferrer", "filtro",
           "Hola otra vez. Os escribi el lunes por lo del filtro equivocado (pedi el de 800 y me "
           "llego el de 600) y nadie me ha dicho nada. Llevo toda la semana con el filtro viejo que "
           "hace un ruido horrible. Por favor decidme algo.\n\nLuc\u00eda", 88, "es")
S.group("es", "one identity", g6a, g6b)
o2 = mail("lucia.ferrer@correo.example", "Luc\u00eda Ferrer", "Gastos de envio pedido 41902",
          "Otra cosa: revisando el pedido 41902 veo que me cobrasteis 5,95 \u20ac de env\u00edo cuando en "
          "la web pone env\u00edo gratis a partir de 49 \u20ac y el pedido era de 112 \u20ac. \u00bfMe lo "
          "pod\u00e9is devolver?\n\nGracias, Luc\u00eda", 140, "es")
S.negative("other-complaint", g6a, o2, "same customer, same order: wrong filter, then a shipping fee charged wrongly")

# G7: password reset mail never arrives, Mastodon
g7a = masto("@javi_acuarios@masto.es", "Javi",
            "@tidewell no me llega el correo para restablecer la contrase\u00f1a. Lo he pedido como 4 "
            "veces, mirado spam, nada. Y sin entrar no puedo ver mis pedidos", 200, "es")
g7b = masto("@javi_acuarios@masto.es", "Javi",
            "sigo sin poder entrar en mi cuenta de tidewell, ni rastro del mail de recuperacion "
            "\U0001f644 @tidewell hay alguien?", 229, "es")
S.group("es", "one identity", g7a, g7b)

# G8: double charge, email then Bluesky, same name only
g8a = mail("carmen.ruiz.m@telefonica.example", "Carmen Ruiz", "Cobro duplicado",
           "Buenas tardes,\n\nEn el extracto de mi tarjeta aparecen DOS cargos de 54,90\u20ac de "
           "Tidewell del mismo d\u00eda, y yo solo hice un pedido (comida y un calentador). Os "
           "agradecer\u00eda que anul\u00e9is uno de los dos.\n\nSaludos\nCarmen Ruiz", 250, "es")
g8b = bsky("carmenrm.bsky.social", "Carmen Ruiz",
           "@tidewell.bsky.social me hab\u00e9is cobrado dos veces la misma compra y por email ni caso. "
           "Dos cargos de 54,90 en la tarjeta, a ver si por aqu\u00ed me contest\u00e1is", 300, "es")
same("email:carmen.ruiz.m@telefonica.example", "bluesky:carmenrm.bsky.social")
S.group("es", "same name only", g8a, g8b)

# G9: late delivery, three mails, the first two in one thread
g9a = mail("pablo.gimeno@yahoo.example", "Pablo Gimeno", "Retraso pedido 41877",
           "Hola, hice el pedido 41877 hace ya 9 dias (bomba de aire y un saco de grava) y el "
           "seguimiento lleva desde el jueves en 'en tr\u00e1nsito'. Me pod\u00e9is decir algo?\n\nGracias",
           20, "es")
g9r = answer(g9a, "Hola Pablo,\n\nDisculpa las molestias. Lo estamos revisando con la agencia de "
             "transporte y te decimos algo en cuanto sepamos m\u00e1s.\n\nUn saludo,\nel equipo de Tidewell",
             26, "es")
g9b = mail("pablo.gimeno@yahoo.example", "Pablo Gimeno", "Re: Retraso pedido 41877",
           "Pues seguimos igual, el paquete sigue 'en tr\u00e1nsito' y nadie me ha dicho nada. Son 12 "
           "d\u00edas ya por una bomba de aire...", 92, "es", thread=rid(g9a), irt=rid(g9r))
g9c = mail("pablo.gimeno@yahoo.example", "Pablo Gimeno", "Re: Retraso pedido 41877",
           "Hola?? Alguien lee esto? Quiero mi pedido o que me devolv\u00e1is el dinero, a estas "
           "alturas me da igual una cosa que otra.", 160, "es", thread=rid(g9a), irt=rid(g9b))
S.group("es", "one identity", g9a, g9b, g9c)

# --------------------------------------------------------------- German

# G10: heater broken on arrival, email then Mastodon with a profile link
g10a = mail("jonas.kessler@posteo.example", "Jonas Ke\u00dfler",
            "Heizstab defekt angekommen \u2013 Bestellung 42011",
            "Hallo,\n\nin meiner Bestellung 42011 war der Regelheizer 150W dabei, das Glasrohr ist "
            "mir beim Auspacken schon in zwei Teilen entgegengekommen. Die Verpackung hatte au\u00dfen "
            "keine Sch\u00e4den.\n\nBitte um Ersatz, mein Becken hat gerade 21 Grad und die Skalare "
            "finden das nicht so lustig.\n\nViele Gr\u00fc\u00dfe\nJonas Ke\u00dfler", 45, "de")
g10b = masto("@jkessler@chaos.social", "Jonas",
             "@tidewell Heizstab kam zerbrochen bei mir an, Mail vom Mittwoch ist bis heute "
             "unbeantwortet. Wird das noch was mit dem Ersatz? Die Fische frieren.", 118, "de",
             links=["jonas.kessler@posteo.example"])
same("email:jonas.kessler@posteo.example", "mastodon:@jkessler@chaos.social")
S.group("de", "profile link", g10a, g10b)

# G11: missing cover glass in a starter set, Bluesky
g11a = bsky("aquanerd-lea.bsky.social", "Lea",
            "Hey @tidewell.bsky.social, in meinem Komplettset Start 54 fehlt die Abdeckscheibe. "
            "Lampe ist da, Filter ist da, Deckel nicht. Die Guppys springen mir noch raus \U0001f648",
            130, "de")
g11b = bsky("aquanerd-lea.bsky.social", "Lea",
            "Immer noch keine Abdeckscheibe f\u00fcr das Start 54. Hab jetzt Frischhaltefolie "
            "dr\u00fcbergespannt. Sehr professionell alles @tidewell.bsky.social", 180, "de")
S.group("de", "one identity", g11a, g11b)
o3 = bsky("aquanerd-lea.bsky.social", "Lea",
          "Und beim Futter aus derselben Lieferung ist das MHD letzten Monat abgelaufen. L\u00e4uft "
          "bei euch \U0001f643 @tidewell.bsky.social", 205, "de")
S.negative("other-complaint", g11a, o3, "same customer, same delivery: missing cover glass, then expired food")

# G12: app crashes at payment, Mastodon then Bluesky, same name only
g12a = masto("@svogt@norden.social", "Sabine Vogt",
             "@tidewell eure App st\u00fcrzt jedes Mal ab, wenn ich auf 'Jetzt bezahlen' tippe. "
             "Android 14, Pixel 7. Warenkorb ist danach leer. Dreimal probiert.", 260, "de")
g12b = bsky("sabinevogt.bsky.social", "Sabine Vogt",
            "Versuch Nr. 5, bei @tidewell.bsky.social was zu bestellen: App klappt beim Bezahlen "
            "einfach zu, Warenkorb weg. Ich will doch nur Wasseraufbereiter kaufen \U0001f624", 300, "de")
same("mastodon:@svogt@norden.social", "bluesky:sabinevogt.bsky.social")
S.group("de", "same name only", g12a, g12b)

# G13: return label never sent; the shop asks for the order number (follow-up), then repeats
g13a = mail("h.brandt@web.example", "Heike Brandt", "R\u00fccksendung \u2013 kein Etikett bekommen",
            "Guten Tag,\n\nich habe am Samstag \u00fcber das Formular eine R\u00fccksendung angemeldet "
            "(Pumpe zu laut), bekomme aber kein R\u00fccksendeetikett. Laut Ihrer Seite soll es "
            "'innerhalb von 24 Stunden per Mail' kommen. Im Spam ist auch nichts.\n\nMit freundlichen "
            "Gr\u00fc\u00dfen\nHeike Brandt", 150, "de")
g13r1 = answer(g13a, "Hallo Frau Brandt,\n\ndanke f\u00fcr Ihre Nachricht. K\u00f6nnen Sie uns bitte noch "
               "die Bestellnummer nennen? Dann schauen wir uns das an.\n\nViele Gr\u00fc\u00dfe\n"
               "Tidewell Kundenservice", 156, "de")
g13f = mail("h.brandt@web.example", "Heike Brandt", "Re: R\u00fccksendung \u2013 kein Etikett bekommen",
            "Ja nat\u00fcrlich, das ist die Bestellung 42044.\n\nGru\u00df H. Brandt", 158, "de",
            thread=rid(g13a), irt=rid(g13r1))
S.negative("follow-up", g13a, g13f, "gives the order number the shop asked for")
g13r2 = answer(g13a, "Danke! Wir k\u00fcmmern uns darum.", 170, "de")
g13b = mail("h.brandt@web.example", "Heike Brandt", "Re: R\u00fccksendung \u2013 kein Etikett bekommen",
            "Hallo,\n\ndas war vor zwei Tagen. Ein Etikett habe ich immer noch nicht. Die "
            "R\u00fccksendefrist l\u00e4uft ja auch irgendwann ab und ich m\u00f6chte nicht, dass mir das am "
            "Ende angelastet wird.\n\nH. Brandt", 220, "de", thread=rid(g13a), irt=rid(g13r2))
g13c = mail("h.brandt@web.example", "Heike Brandt", "WO bleibt das R\u00fccksendeetikett?? Best. 42044",
            "Dritter Anlauf. Seit einer Woche warte ich jetzt auf ein simples R\u00fccksendeetikett f\u00fcr "
            "die Pumpe. Wenn das so schwierig ist, schicke ich sie eben unfrei zur\u00fcck und Sie "
            "zahlen das Porto.\n\nHeike Brandt", 290, "de")
S.group("de", "one identity", g13a, g13b, g13c)

# --------------------------------------------------------------- French

# G14: parcel lost, same thread after "we opened an investigation"
g14a = mail("camille.girard@laposte.example", "Camille Girard", "cde 42107 toujours pas re\u00e7ue",
            "Bonjour,\n\nJ'ai pass\u00e9 commande le 14 mars (cde 42107 : granul\u00e9s, une \u00e9puisette et "
            "un kit test) et le suivi Colissimo n'a pas boug\u00e9 depuis le 17. Le colis est-il perdu ?"
            "\n\nCordialement,\nCamille Girard", 65, "fr")
g14r = answer(g14a, "Bonjour Camille,\n\nMerci pour votre message, nous avons ouvert une enqu\u00eate "
              "aupr\u00e8s du transporteur et revenons vers vous d\u00e8s que possible.\n\nL'\u00e9quipe Tidewell",
              72, "fr")
g14b = mail("camille.girard@laposte.example", "Camille Girard", "RE: cde 42107 toujours pas re\u00e7ue",
            "Bonjour,\n\ncela fait 5 jours que l'enqu\u00eate est ouverte et je n'ai aucune nouvelle. "
            "Pouvez-vous simplement me renvoyer la commande ou me rembourser ?\n\nMerci\nC. Girard",
            190, "fr", thread=rid(g14a), irt=rid(g14r))
S.group("fr", "one identity", g14a, g14b)

# G15: wrong colour gravel, Bluesky then Mastodon with a profile link
g15a = bsky("nico-bzh.bsky.social", "Nicolas",
            "Command\u00e9 du gravier noir chez @tidewell.bsky.social pour mon 120L, re\u00e7u 5kg de "
            "gravier ROSE FLUO. Mon bac va ressembler \u00e0 la bo\u00eete de nuit de Barbie", 210, "fr")
g15b = masto("@nicolas_l@piaille.fr", "Nicolas L.",
             "@tidewell toujours pas de r\u00e9ponse pour mon gravier rose re\u00e7u \u00e0 la place du noir "
             "(j'en ai parl\u00e9 sur bsky aussi). Je le renvoie comment ?", 262, "fr",
             links=["nico-bzh.bsky.social"])
same("bluesky:nico-bzh.bsky.social", "mastodon:@nicolas_l@piaille.fr")
S.group("fr", "profile link", g15a, g15b)

# G16: welcome discount not applied, Mastodon
g16a = masto("@manon_poissons@mastodon.xyz", "Manon",
             "@tidewell le code BIENVENUE10 ne marche pas sur ma premi\u00e8re commande, le site me dit "
             "'code non applicable'. C'est bien ma 1ere commande pourtant ?", 35, "fr")
g16b = masto("@manon_poissons@mastodon.xyz", "Manon",
             "bon @tidewell j'ai fini par commander sans la r\u00e9duc vu que personne r\u00e9pond, mais "
             "j'aimerai bien r\u00e9cup\u00e9rer mes 10% svp", 58, "fr")
S.group("fr", "one identity", g16a, g16b)
o4 = masto("@manon_poissons@mastodon.xyz", "Manon",
           "et maintenant la commande est annonc\u00e9e avec 4 jours de retard... super @tidewell", 120, "fr")
S.negative("other-complaint", g16a, o4, "same customer: discount code not applied, then a late order")

# G17: refund after a return, three mails in one thread
g17a = mail("seb.roux@free.example", "S\u00e9bastien Roux", "Remboursement retour pompe",
            "Bonjour,\n\nJ'ai renvoy\u00e9 la pompe de bassin Ondine 2500 il y a 3 semaines, vous l'avez "
            "r\u00e9ceptionn\u00e9e le 20 mars d'apr\u00e8s le suivi. Toujours pas de remboursement sur mon "
            "compte. Pouvez-vous v\u00e9rifier ? Commande 41655.\n\nS\u00e9bastien Roux", 300, "fr")
g17r = answer(g17a, "Bonjour S\u00e9bastien,\n\nNous transmettons \u00e0 notre service comptable et "
              "revenons vers vous.\n\nBien cordialement,\nTidewell", 305, "fr")
g17b = mail("seb.roux@free.example", "S\u00e9bastien Roux", "RE: Remboursement retour pompe",
            "Bonjour,\n\nla compta a-t-elle retrouv\u00e9 mes 89,90 \u20ac ? Parce que moi toujours pas.\n\nS. Roux",
            350, "fr", thread=rid(g17a), irt=rid(g17r))
g17c = mail("seb.roux@free.example", "S\u00e9bastien Roux", "RE: RE: Remboursement retour pompe",
            "Super. \u00c7a fait maintenant presque un mois. Je commence \u00e0 croire que mes 89,90 \u20ac "
            "financent votre prochain aquarium de d\u00e9mo. J'attends une date de remboursement, "
            "pas un \u00ab on revient vers vous \u00bb.\n\nS\u00e9bastien Roux", 420, "fr",
            thread=rid(g17a), irt=rid(g17b))
S.group("fr", "one identity", g17a, g17b, g17c)

# --------------------------------------------------------------- Portuguese

# G18: pump arrived broken; shop asks for photos (follow-up), then a repeat
g18a = mail("rui.carvalho@sapo.example", "Rui Carvalho", "Bomba chegou partida - encomenda 41930",
            "Boa tarde,\n\nRecebi hoje a encomenda 41930 e a bomba do lago (PondMaster 2000) vem com a "
            "carca\u00e7a rachada e o cabo meio descascado. Nem me atrevo a ligar aquilo \u00e0 corrente. "
            "Como procedemos?\n\nCumprimentos,\nRui Carvalho", 25, "pt")
g18r = answer(g18a, "Ol\u00e1 Rui,\n\nLamentamos imenso. Pode enviar-nos uma fotografia da bomba e da "
              "embalagem, por favor?\n\nObrigado,\nTidewell", 31, "pt")
g18f = mail("rui.carvalho@sapo.example", "Rui Carvalho", "Re: Bomba chegou partida - encomenda 41930",
            "Seguem em anexo as fotos da bomba e da caixa. A caixa vinha amolgada num canto.\n\nRui",
            33, "pt", thread=rid(g18a), irt=rid(g18r))
S.negative("follow-up", g18a, g18f, "sends the photos the shop asked for")
g18b = mail("rui.carvalho@sapo.example", "Rui Carvalho", "Re: Bomba chegou partida - encomenda 41930",
            "J\u00e1 mandei as fotos h\u00e1 3 dias e nada. Preciso da bomba, o lago est\u00e1 sem circula\u00e7\u00e3o "
            "nenhuma e com este calor os peixes n\u00e3o aguentam. Mandam outra ou n\u00e3o?",
            110, "pt", thread=rid(g18a), irt=rid(g18f))
S.group("pt", "one identity", g18a, g18b)
o5 = mail("rui.carvalho@sapo.example", "Rui Carvalho", "Fatura 41930 com NIF errado",
          "Boa tarde,\n\na fatura da encomenda 41930 saiu com o NIF errado (o meu \u00e9 218 447 305). "
          "Podem emitir uma nova?\n\nObrigado\nRui Carvalho", 200, "pt")
S.negative("other-complaint", g18a, o5, "same customer, same order: broken pump, then a wrong tax number on the invoice")

# G19: subscription cancelled but still billed, email then Bluesky with a profile link
g19a = mail("ana.sousa@gmail.example", "Ana Sousa", "Assinatura cancelada mas continuam a cobrar",
            "Ol\u00e1,\n\ncancelei a assinatura dos kits de teste no m\u00eas passado e hoje voltaram a "
            "cobrar 11,90\u20ac. Tenho o email de confirma\u00e7\u00e3o do cancelamento. Pe\u00e7o o reembolso.\n\n"
            "Ana Sousa", 330, "pt")
g19b = bsky("anasousa.bsky.social", "Ana \U0001f420",
            "@tidewell.bsky.social cancelei a assinatura e voc\u00eas continuam a cobrar. Mandei email "
            "h\u00e1 dois dias, zero resposta. Como \u00e9?", 380, "pt", links=["ana.sousa@gmail.example"])
same("email:ana.sousa@gmail.example", "bluesky:anasousa.bsky.social")
S.group("pt", "profile link", g19a, g19b)

# G20: "delivered" but not received, Mastodon
g20a = masto("@tiago_m@masto.pt", "Tiago Matos",
             "@tidewell o seguimento diz 'entregue' desde ontem \u00e0s 11h mas n\u00e3o recebi nada. "
             "Ningu\u00e9m tocou \u00e0 campainha, nem aviso na caixa do correio. Encomenda 41988", 80, "pt")
g20b = masto("@tiago_m@masto.pt", "Tiago Matos",
             "@tidewell continuo sem a encomenda que supostamente foi \"entregue\". algu\u00e9m me responde?",
             140, "pt")
S.group("pt", "one identity", g20a, g20b)

# G21: wrong size cabinet, Bluesky
g21a = bsky("marta-aquarios.bsky.social", "Marta",
            "@tidewell.bsky.social encomendei o m\u00f3vel para aqu\u00e1rio de 80 cm e chegou o de 60. "
            "O aqu\u00e1rio nem cabe em cima \U0001f643 como fa\u00e7o a troca?", 350, "pt")
g21b = bsky("marta-aquarios.bsky.social", "Marta",
            "ainda \u00e0 espera de resposta sobre o m\u00f3vel trocado... tenho o aqu\u00e1rio pousado no "
            "ch\u00e3o da sala h\u00e1 dois dias @tidewell.bsky.social", 395, "pt")
S.group("pt", "one identity", g21a, g21b)

# --------------------------------------------------------------- Italian

# G22: pump dead on arrival, email then Mastodon, same name only
g22a = mail("giulia.bianchi@libero.example", "Giulia Bianchi", "Pompa non funziona",
            "Buongiorno,\n\nho ricevuto ieri la pompa di movimento FlowJet 3000 (ordine 41995) ma "
            "collegata alla corrente non parte proprio, nessun rumore niente. Ho provato anche "
            "un'altra presa. Mi potete mandare una sostituzione?\n\nGrazie\nGiulia Bianchi", 100, "it")
g22b = masto("@giuliab@mastodon.uno", "Giulia Bianchi",
             "@tidewell la pompa che mi avete mandato \u00e8 morta appena tolta dalla scatola, vi ho "
             "scritto venerd\u00ec... qualcuno mi risponde??", 160, "it")
same("email:giulia.bianchi@libero.example", "mastodon:@giuliab@mastodon.uno")
S.group("it", "same name only", g22a, g22b)

# G23: invoice made out to the wrong party; the shop asks for the VAT number (follow-up)
g23a = mail("m.esposito@studioesposito.example", "Marco Esposito", "Fattura ordine 42150",
            "Salve,\n\nmi serve la fattura dell'ordine 42150 intestata allo studio con partita IVA, "
            "ma quella che mi \u00e8 arrivata \u00e8 intestata a me come privato. Potete correggerla?\n\n"
            "Cordiali saluti,\nMarco Esposito\nStudio Dentistico Esposito", 230, "it")
g23r = answer(g23a, "Buongiorno Marco,\n\ncerto! Ci pu\u00f2 indicare partita IVA e ragione sociale "
              "esatta?\n\nGrazie, Tidewell", 236, "it")
g23f = mail("m.esposito@studioesposito.example", "Marco Esposito", "R: Fattura ordine 42150",
            "Studio Dentistico Esposito, P.IVA 04512870652, via Roma 18, 84121 Salerno.\n\nM. Esposito",
            240, "it", thread=rid(g23a), irt=rid(g23r))
S.negative("follow-up", g23a, g23f, "gives the VAT number the shop asked for")
g23b = mail("m.esposito@studioesposito.example", "Marco Esposito", "R: Fattura ordine 42150",
            "Buongiorno,\n\nvi ho mandato i dati quattro giorni fa ma la fattura corretta non \u00e8 "
            "ancora arrivata. Il commercialista me la chiede entro fine mese.\n\nGrazie\nMarco Esposito",
            330, "it", thread=rid(g23a), irt=rid(g23f))
S.group("it", "one identity", g23a, g23b)

# G24: password reset link says expired, Bluesky
g24a = bsky("ale-reef.bsky.social", "Alessandro",
            "@tidewell.bsky.social il link per reimpostare la password mi dice 'token scaduto' anche "
            "se lo clicco subito. non riesco ad accedere all'account", 400, "it")
g24b = bsky("ale-reef.bsky.social", "Alessandro",
            "niente, ancora 'token scaduto'. provato da pc, da telefono, in incognito. "
            "@tidewell.bsky.social come faccio a entrare??", 430, "it")
S.group("it", "one identity", g24a, g24b)

# --------------------------------------------------------------- Dutch

# G25: order not shipped, Mastodon then email, same name only
g25a = masto("@daandv@mastodon.nl", "Daan de Vries",
             "@tidewell mijn bestelling (42230, vijverfilter) zou dinsdag komen, het is nu vrijdag en "
             "track & trace zegt nog steeds 'label aangemaakt'. Gaat dit nog gebeuren?", 270, "nl")
g25b = mail("daan.devries@ziggo.example", "Daan de Vries", "Bestelling 42230",
            "Goedemiddag,\n\nMijn bestelling 42230 (vijverfilter BioClear 10000) is nog steeds niet "
            "verzonden, track & trace staat al ruim een week op 'label aangemaakt'. Het vijverseizoen "
            "begint en ik heb dat filter echt nodig. Kunnen jullie uitzoeken wat er aan de hand is?\n\n"
            "Met vriendelijke groet,\nDaan de Vries", 335, "nl")
same("mastodon:@daandv@mastodon.nl", "email:daan.devries@ziggo.example")
S.group("nl", "same name only", g25a, g25b)

# G26: charged twice, three mails
g26a = mail("sanne.bakker@kpn.example", "Sanne Bakker", "Dubbel afgeschreven",
            "Hoi,\n\nIk zie dat het bedrag van mijn bestelling (\u20ac67,45) twee keer is afgeschreven via "
            "iDEAL. Ik heb maar \u00e9\u00e9n keer besteld. Kunnen jullie er eentje terugstorten?\n\nGroetjes Sanne",
            360, "nl")
g26r = answer(g26a, "Hoi Sanne,\n\nVervelend! We zoeken het uit met onze betaalprovider en laten het "
              "je weten.\n\nGroet, Tidewell", 366, "nl")
g26b = mail("sanne.bakker@kpn.example", "Sanne Bakker", "Re: Dubbel afgeschreven",
            "Hoi, al nieuws van de betaalprovider? Die \u20ac67,45 staat nog steeds dubbel op mijn "
            "rekening.\n\nSanne", 420, "nl", thread=rid(g26a), irt=rid(g26r))
g26c = mail("sanne.bakker@kpn.example", "Sanne Bakker", "Nogmaals: dubbele afschrijving!!",
            "Dit is mijn derde mail. Jullie hebben 2x \u20ac67,45 van mij afgeschreven en ik wil gewoon "
            "dat tweede bedrag terug. Is dat nou zo moeilijk?\n\nS. Bakker", 470, "nl")
S.group("nl", "one identity", g26a, g26b, g26c)

# G27: wrong fish food, Bluesky
g27a = bsky("pieter-aquaria.bsky.social", "Pieter",
            "@tidewell.bsky.social ik had koivoer 5 kg drijvend besteld en krijg een zak zinkend "
            "goudvisvoer van 1 kg \U0001f914 bestelnummer 42066", 140, "nl")
g27b = bsky("pieter-aquaria.bsky.social", "Pieter",
            "nog steeds geen reactie over het verkeerde voer. mijn koi kijken me al chagrijnig aan "
            "@tidewell.bsky.social", 200, "nl")
S.group("nl", "one identity", g27a, g27b)
o6 = bsky("pieter-aquaria.bsky.social", "Pieter",
          "en nu kan ik ook niet meer inloggen op jullie site, elke keer 'sessie verlopen'. pff "
          "@tidewell.bsky.social", 250, "nl")
S.negative("other-complaint", g27a, o6, "same customer: wrong food delivered, then cannot log in")

# --------------------------------------------------------------- Catalan

# G28: order not arrived, email then Mastodon with a profile link
g28a = mail("marc.puig@gmail.example", "Marc Puig", "Comanda 42189 no arriba",
            "Bon dia,\n\nvaig fer la comanda 42189 (un escalfador i un term\u00f2metre) fa deu dies i "
            "encara no ha arribat. El seguiment diu 'en repartiment' des de dijous. Em podeu dir "
            "alguna cosa?\n\nGr\u00e0cies,\nMarc", 180, "ca")
g28b = masto("@marcpuig@mastodont.cat", "Marc P.",
             "@tidewell fa dies que espero la comanda 42189 i per correu no em responeu. L'escalfador "
             "era per ahir, els peixos no poden esperar gaire m\u00e9s \U0001f976", 245, "ca",
             links=["marc.puig@gmail.example"])
same("email:marc.puig@gmail.example", "mastodon:@marcpuig@mastodont.cat")
S.group("ca", "profile link", g28a, g28b)

# G29: missing intake tube of a filter, same thread after "we'll check"
g29a = mail("laia.soler@xtec.example", "Laia Soler", "Falta una pe\u00e7a del filtre",
            "Hola,\n\nm'ha arribat el filtre extern CrestFlow 800 per\u00f2 a la caixa no hi ha el tub "
            "d'entrada (el que porta la cistella). La resta s\u00ed. Me'l podeu enviar?\n\nLaia Soler",
            280, "ca")
g29r = answer(g29a, "Hola Laia,\n\nho revisem amb el magatzem i et diem alguna cosa.\n\nSalutacions,\n"
              "Tidewell", 287, "ca")
g29b = mail("laia.soler@xtec.example", "Laia Soler", "Re: Falta una pe\u00e7a del filtre",
            "Bon dia,\n\ncom va la revisi\u00f3 amb el magatzem? El filtre continua dins la caixa perqu\u00e8 "
            "sense el tub no el puc fer servir.\n\nLaia", 380, "ca", thread=rid(g29a), irt=rid(g29r))
S.group("ca", "one identity", g29a, g29b)

# G30: rude courier, Bluesky
g30a = bsky("jordi-peixos.bsky.social", "Jordi",
            "@tidewell.bsky.social el repartidor que porta les vostres comandes m'ha deixat la caixa "
            "de l'aquari tirada a la vorera i quan li he dit alguna cosa m'ha engegat a pastar fang. "
            "Molt b\u00e9, eh", 440, "ca")
g30b = bsky("jordi-peixos.bsky.social", "Jordi",
            "encara espero que em digueu res sobre el repartidor maleducat. no vull que torni a "
            "venir a casa meva @tidewell.bsky.social", 470, "ca")
S.group("ca", "one identity", g30a, g30b)

# --------------------------------------------------------------- follow-ups (other than G13, G18, G23)

f1a = mail("liam.brennan@eircom.example", "Liam Brennan", "CrestFlow 600 rattling",
           "Hi,\n\nmy CrestFlow 600 has started rattling really loudly after about two weeks. "
           "Cleaned the impeller, no difference. Is this normal or is it faulty?\n\nCheers,\nLiam",
           180, "en")
f1r = answer(f1a, "Hi Liam,\n\nThanks for getting in touch. Could you send us a short video of the "
             "noise so our tech can have a listen?\n\nTidewell", 186, "en")
f1b = mail("liam.brennan@eircom.example", "Liam Brennan", "Re: CrestFlow 600 rattling",
           "Here you go: https://share.example/v/8fd2 - the rattle starts about 5 seconds in. Order "
           "number is 42102 if you need it.\n\nLiam", 190, "en", thread=rid(f1a), irt=rid(f1r))
S.negative("follow-up", f1a, f1b, "sends the video the shop asked for, plus the order number")

f2a = mail("elena.navarro@hotmail.example", "Elena Navarro", "Term\u00f3metro roto",
           "Hola, el term\u00f3metro digital que ped\u00ed me ha llegado con la pantalla rota, no se ve "
           "nada. \u00bfQu\u00e9 hago?\n\nElena", 275, "es")
f2r = answer(f2a, "Hola Elena,\n\n\u00a1Vaya! \u00bfNos podr\u00edas mandar una foto del term\u00f3metro y el "
             "n\u00famero de pedido?\n\nGracias, Tidewell", 280, "es")
f2b = mail("elena.navarro@hotmail.example", "Elena Navarro", "Re: Term\u00f3metro roto",
           "Os adjunto la foto, perdon que sale un poco borrosa. El pedido es el 42201.\n\nElena",
           283, "es", thread=rid(f2a), irt=rid(f2r))
S.negative("follow-up", f2a, f2b, "sends the photo and order number the shop asked for")

f3a = mail("kees.jansen@planet.example", "Kees Jansen", "LED-balk flikkert",
           "Goedemorgen,\n\nde LED-balk die ik vorige week bij jullie kocht flikkert de hele tijd, "
           "vooral in de avondstand. Hoe lossen we dit op?\n\nKees Jansen", 300, "nl")
f3b = mail("kees.jansen@planet.example", "Kees Jansen", "Re: LED-balk flikkert",
           "PS: vergeten te zeggen, het is de 90 cm versie, bestelling 42277. Foto zit erbij.\n\nKees",
           301, "nl", thread=rid(f3a), irt=rid(f3a))
S.negative("follow-up", f3a, f3b, "PS adding the model, the order number and a photo")

# --------------------------------------------------------------- other customers, same complaint

c1a = masto("@reefkeeper_al@mstdn.social", "Al",
            "@tidewell is your site down? checkout just spins forever", 310, "en")
c1b = masto("@bettafish_becky@mastodon.art", "Becky \U0001f41f",
            "anyone else getting a 502 on tidewell.example? was trying to order fish food before the "
            "weekend @tidewell", 311, "en")
answer(c1b, "@bettafish_becky yes, sorry! Our shop is having an outage, we're on it. Should be back "
       "within the hour.", 312, "en")
S.negative("other-customer", c1a, c1b, "two customers during the same outage")

c2a = mail("markus.lenz@gmx.example", "Markus Lenz", "Bestellung 42088 - wo bleibt die?",
           "Hallo,\n\nunsere Bestellung 42088 (Teichschlauch und UV-Kl\u00e4rer) sollte letzte Woche "
           "kommen, bisher ist nichts da. K\u00f6nnen Sie nachsehen?\n\nMfG\nMarkus Lenz", 60, "de")
c2b = mail("anja.lenz@gmx.example", "Anja Lenz", "Lieferung 42088",
           "Hallo, mein Mann hat Ihnen glaube ich schon geschrieben - wir warten immer noch auf die "
           "Bestellung 42088. Ich br\u00e4uchte den UV-Kl\u00e4rer dringend, der Teich ist schon ganz gr\u00fcn."
           "\n\nViele Gr\u00fc\u00dfe\nAnja Lenz", 84, "de")
S.negative("other-customer", c2a, c2b, "a couple sharing one late order")

c3a = mail("chris.walker@leedsmail.example", "Chris Walker", "Where is order 42140?",
           "Hi,\n\nmy order 42140 (the 125L starter kit) was due on Wednesday and tracking hasn't "
           "moved since it left your warehouse. Any idea? I'm in Leeds if that helps.\n\nChris", 215, "en")
c3b = bsky("chriswalker.bsky.social", "Chris Walker",
           "ordered pond liner and underlay from @tidewell.bsky.social two weeks ago and still "
           "waiting. anyone else getting delays to Ireland? greetings from Cork", 225, "en")
S.same_name_different_people.append(["email:chris.walker@leedsmail.example",
                                     "bluesky:chriswalker.bsky.social"])
S.negative("other-customer", c3a, c3b, "two different people named Chris Walker, both with a late order")

c4a = masto("@juliemartin@mastodon.social", "Julie Martin",
            "@tidewell toujours pas re\u00e7u mon colis (aquarium nano + rampe LED), command\u00e9 il y a "
            "10 jours, livraison \u00e0 Lyon. Une id\u00e9e ?", 320, "fr")
c4b = bsky("julie-martin.bsky.social", "Julie Martin",
           "Ma commande @tidewell.bsky.social de plantes et de nourriture pour mes axolotls n'est "
           "jamais arriv\u00e9e \u00e0 Bruxelles... quelqu'un a d\u00e9j\u00e0 eu ce souci ?", 340, "fr")
S.same_name_different_people.append(["mastodon:@juliemartin@mastodon.social",
                                     "bluesky:julie-martin.bsky.social"])
S.negative("other-customer", c4a, c4b, "two different people named Julie Martin, both with a parcel that never came")

c5a = bsky("raul-gambas.bsky.social", "Ra\u00fal",
           "la app de @tidewell.bsky.social se me cierra justo al darle a pagar. ya van 3 veces", 382, "es")
c5b = bsky("noeliaplantada.bsky.social", "Noelia",
           "a alguien m\u00e1s se le cuelga la app de tidewell en el pago?? no hay manera de terminar "
           "el pedido", 386, "es")
S.negative("other-customer", c5a, c5b, "two customers whose app crashes at payment")

c6a = mail("francesca.greco@alice.example", "Francesca Greco", "Codice sconto non valido",
           "Buonasera, il codice PRIMAVERA10 della vostra newsletter non viene accettato al "
           "checkout, dice 'codice non valido'. Potete verificare?\n\nFrancesca Greco", 150, "it")
c6b = masto("@lucaferri@mastodon.uno", "Luca Ferri",
            "@tidewell PRIMAVERA10 non funziona, mi avete fatto riempire il carrello per niente \U0001f612",
            170, "it")
S.negative("other-customer", c6a, c6b, "two customers with the same newsletter code refused")

# --------------------------------------------------------------- window: same complaint, more than 7 days later

w1a = mail("helen.price@virgin.example", "Helen Price", "March test kit not arrived",
           "Hello,\n\nmy March TestDrop kit hasn't turned up. The February one came on the 3rd so "
           "it's well overdue. Could you check?\n\nThanks, Helen Price", 5, "en")
w1b = mail("helen.price@virgin.example", "Helen Price", "Test kit - still missing",
           "Hello again,\n\nwriting again about my March test kit, it never arrived. I'm still paying "
           "for the subscription, so I'd like it sent or the month refunded.\n\nHelen", 250, "en")
S.negative("window", w1a, w1b, "same missing test kit, ten days later")

w2a = masto("@felix_k@troet.cafe", "Felix",
            "@tidewell Login geht nicht, 'Passwort falsch', obwohl ich es gerade neu gesetzt habe. "
            "Was ist da los?", 10, "de")
w2b = masto("@felix_k@troet.cafe", "Felix",
            "Immer noch kein Login m\u00f6glich bei @tidewell. Passwort zur\u00fcckgesetzt, wieder "
            "'Passwort falsch'. Langsam nervt's.", 215, "de")
S.negative("window", w2a, w2b, "same login problem, eight and a half days later")

w3a = bsky("joana-peixinhos.bsky.social", "Joana",
           "@tidewell.bsky.social a minha encomenda 41960 est\u00e1 atrasada uma semana, o seguimento "
           "n\u00e3o mexe. Alguma novidade?", 90, "pt")
w3b = bsky("joana-peixinhos.bsky.social", "Joana",
           "a encomenda 41960 continua sem aparecer @tidewell.bsky.social j\u00e1 l\u00e1 v\u00e3o mais de duas "
           "semanas...", 300, "pt")
S.negative("window", w3a, w3b, "same late order, almost nine days later")

w4a = mail("nuria.vidal@telefonica.example", "N\u00faria Vidal", "Devoluci\u00f3 de l'import",
           "Bon dia,\n\nvaig retornar la bomba d'aire fa dues setmanes i encara no m'heu retornat els "
           "diners (24,95 \u20ac). Quan ho fareu?\n\nN\u00faria Vidal", 60, "ca")
w4b = mail("nuria.vidal@telefonica.example", "N\u00faria Vidal", "Encara sense reemborsament",
           "Hola,\n\ntorno a escriure pel reemborsament de la bomba d'aire. Continuo sense veure els "
           "24,95 \u20ac al compte.\n\nN\u00faria", 290, "ca")
S.negative("window", w4a, w4b, "same missing refund, nine and a half days later")

# --------------------------------------------------------------- filler: one-off questions

mail("aoife.keane@eircom.example", "Aoife Keane", "Shipping to Ireland?",
     "Hi, do you ship to Ireland and if so how much would it be for a 60L tank? Thanks, Aoife", 12, "en")
masto("@planted_pete@fosstodon.org", "Pete",
      "@tidewell which heater would you go for with a 90L planted tank? 100W or 150W? room's cold-ish",
      48, "en")
bsky("gambitas-sara.bsky.social", "Sara",
     "@tidewell.bsky.social ten\u00e9is acondicionador de agua en bote de 1 litro? solo veo el de 250ml",
     70, "es")
mail("w.hoffmann@t-online.example", "Werner Hoffmann", "Frage UV-Kl\u00e4rer",
     "Guten Tag,\n\nwelchen UV-Kl\u00e4rer empfehlen Sie f\u00fcr einen Teich mit ca. 8000 Litern und "
     "leichtem Fischbesatz?\n\nMfG W. Hoffmann", 95, "de")
masto("@coralie@eldritch.cafe", "Coralie",
      "@tidewell vous livrez aussi des poissons vivants ou seulement le mat\u00e9riel ?", 125, "fr")
mail("ines.pereira@sapo.example", "In\u00eas Pereira", "Envio para os A\u00e7ores",
     "Bom dia, quanto tempo demora o envio para Ponta Delgada? Obrigada, In\u00eas", 145, "pt")
bsky("stagno-di-vale.bsky.social", "Valentina",
     "@tidewell.bsky.social avete le piante per laghetto gi\u00e0 in vaso o solo a radice nuda?", 175, "it")
masto("@bram_vissen@mastodon.nl", "Bram",
      "@tidewell verkopen jullie ook losse navulling voor de nitriet-test? mijn flesje is leeg maar "
      "de rest van de set nog vol", 195, "nl")
mail("oriol.casas@gmail.example", "Oriol Casas", "Pagament amb Bizum",
     "Hola, es pot pagar amb Bizum a la vostra botiga? No ho veig al pagament. Gr\u00e0cies", 235, "ca")
bsky("nanotankdan.bsky.social", "dan",
     "q for @tidewell.bsky.social: is the Vista 60 rimless or does it have the black trim? photos "
     "are ambiguous", 255, "en")
bsky("garnelenhanna.bsky.social", "Hanna",
     "Gibt's die Futtertabletten von euch auch ohne Spirulina? @tidewell.bsky.social", 285, "de")
mail("odile.blanc@orange.example", "Odile Blanc", "Abonnement kits de test - pause ?",
     "Bonjour,\n\nest-il possible de mettre l'abonnement aux kits de test en pause pendant l'\u00e9t\u00e9 "
     "(nous partons deux mois) ?\n\nMerci d'avance,\nOdile Blanc", 315, "fr")
masto("@ciclidos_canarias@masto.es", "Yeray",
      "@tidewell hac\u00e9is env\u00edos a Canarias? y si s\u00ed, con aduana o sin?", 345, "es")
mail("roberto.conti@tiscali.example", "Roberto Conti", "Disponibilit\u00e0 riscaldatore 300W",
     "Buongiorno, quando torna disponibile il riscaldatore da 300W? Grazie, Roberto Conti", 365, "it")
masto("@carlos_aquario@masto.pt", "Carlos",
      "@tidewell o filtro CrestFlow 800 chega para um aqu\u00e1rio de 250 litros com ciclideos?", 410, "pt")
mail("femke.smit@xs4all.example", "Femke Smit", "Afhalen in Utrecht?",
     "Hallo, kan ik een bestelling ook ophalen in Utrecht, of versturen jullie alleen? Groet, Femke",
     445, "nl")

S.write(HERE, "Tidewell (aquarium and pond shop): repeats in other words in eight languages, "
        "written without sight of the detector; labels are what a reader would say.")
