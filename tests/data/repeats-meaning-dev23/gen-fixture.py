#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of customer posts to Saltbox Ceramics, a small shop
selling mugs, teapots, plates and glazes to hobby potters, for measuring
how well repeats in other words are found.

Thirty true repeat groups (25 pairs, 5 triples) in eight languages (en,
es, de, fr, pt, it, nl, ca): the same customer raising the same complaint
again within seven days, on the same channel or on another one (known by
a profile link or by the same display name only), next to labelled
negatives (a follow-up with asked-for details, another complaint by the
same customer, the same complaint by another customer, the same complaint
again after more than seven days) and one-off questions.

The posts were written as customers of such a shop write, without sight
of the detector, its lexicon or the other sets; the labels say what a
person reading the posts would say and were never edited to fit the
detector. Run it to write fixture.jsonl and labels.json next to it.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 6, 8, 9, 25, tzinfo=timezone.utc)
L = LabelledSet(BASE, "sx", "hello@saltboxceramics.example", "@saltbox@clay.social",
                "saltboxceramics.bsky.social", "Saltbox Ceramics")
rid = L.rid


def mail(author, name, subject, text, hours, **kw):
    return L.add("email", author, text, hours, subject=subject, name=name, **kw)


def mail_in_thread(author, name, subject, text, hours, first, to, **kw):
    return L.add("email", author, text, hours, subject=subject, name=name,
                 thread=rid(first), in_reply_to=rid(to), **kw)


def shop_mail(text, hours, to, first, lang, subject):
    key = L.reply("email", text, hours, rid(to), rid(first), lang)
    L.messages[-1]["subject"] = subject
    return key


def masto(author, name, text, hours, lang, **kw):
    return L.add("mastodon", author, text, hours, lang=lang, name=name, **kw)


def bsky(author, name, text, hours, lang, **kw):
    return L.add("bluesky", author, text, hours, lang=lang, name=name, **kw)


# ---------------------------------------------------------------- English

# late delivery, one mail thread, the shop is non-committal
g = "gareth.lloyd@fastmail.example"
e1a = mail(g, "Gareth Lloyd", "Order 58114 - where is it?",
           "Hi there,\n\nI ordered the Harbour teapot and two Tidepool mugs on the 29th (order 58114) "
           "and the tracking hasn't moved at all, it just says 'label created'. It's meant to be a "
           "birthday present for my mum on Saturday. Can you tell me what's going on?\n\nThanks,\nGareth",
           2.4)
e1r = shop_mail("Hi Gareth,\n\nThanks for getting in touch. We're looking into this with the courier "
                "and will get back to you as soon as we know more.\n\nBest,\nMaren @ Saltbox",
                7.1, e1a, e1a, "en", "Re: Order 58114 - where is it?")
e1b = mail_in_thread(g, "Gareth Lloyd", "Re: Order 58114 - where is it?",
                     "Hi Maren,\n\nIt's now Wednesday and the tracking STILL says label created. Has it "
                     "actually left your workshop? Mum's birthday is Saturday, I really need to know "
                     "whether I should just go and buy something else.\n\nGareth",
                     50.2, e1a, e1r)
e1c = mail_in_thread(g, "Gareth Lloyd", "Re: Order 58114 - where is it?",
                     "hello?? any news at all?\n\nG.", 97.8, e1a, e1r)
L.group("en", "one identity", e1a, e1b, e1c)
e1x = mail(g, "Gareth Lloyd", "Invoice for 58114 is wrong",
           "Hi,\n\nThe parcel finally turned up this morning, thanks (just in time!). However the invoice "
           "in the box has the teapot at £64 when I paid £52 in the summer sale, and the total is wrong "
           "because of it. Could you send me a corrected invoice? I need it for my records.\n\n"
           "Cheers,\nGareth Lloyd", 120.5)
L.negative("other-complaint", e1a, e1x,
           "late parcel, then once it arrived a wrong price on the invoice of the same order")

# chipped teapot lid, Mastodon
p = "@wheelwobble@mastodon.social"
e2a = masto(p, "Priya ✨ throws pots",
            "@saltbox@clay.social hey, my Harbour teapot arrived today and the lid has a big chip on "
            "the rim 😞 box looked totally fine from the outside. what do I do?", 30.3, "en")
e2b = masto(p, "Priya ✨ throws pots",
            "@saltbox@clay.social still waiting to hear back about the chipped lid... kinda gutted "
            "tbh, it was a treat to myself after my first glaze firing", 75.6, "en")
L.group("en", "one identity", e2a, e2b)

# refund after a return, Bluesky then mail with a link to the Bluesky profile
mb, me = "mollyturns.bsky.social", "molly.anand@gmail.example"
e3a = bsky(mb, "Molly Anand",
           "@saltboxceramics.bsky.social sent back the starter glaze kit 2 weeks ago, you confirmed "
           "you got it, still no refund on my card. £38 isn't nothing", 140.2, "en")
e3b = mail(me, "Molly Anand", "Refund still missing",
           "Hello,\n\nI already posted about this on Bluesky but got no reply. I returned the Starter "
           "Glaze Kit (order #58230) and your email on the 10th said the return had been received. "
           "The refund of £38.00 has still not shown up on my account.\n\nCould someone please check?\n\n"
           "Kind regards,\nMolly Anand", 190.7, links=[mb])
L.group("en", "profile link", e3a, e3b)
L.same_person.append(["bluesky:" + mb, "email:" + me])

# double charge, mail then Mastodon under the same name
te, tm = "twhitcombe@outlook.example", "@tomw@fosstodon.org"
e4a = mail(te, "Tom Whitcombe", "charged twice",
           "Hi,\n\nI've been charged twice for my order (£27.50 x2 on my statement, both dated 16 June). "
           "There's only one order in my account. Please refund the duplicate.\n\nTom\n\n"
           "Sent from my iPhone", 210.4)
e4b = masto(tm, "Tom Whitcombe",
            "@saltbox@clay.social emailed you yesterday but: your checkout took my money twice for one "
            "set of mugs. would appreciate one of those back 🙃", 236.1, "en")
L.group("en", "same name only", e4a, e4b)
L.same_person.append(["email:" + te, "mastodon:" + tm])

# discount code not applied, thread with a non-committal answer
d = "dana.k@proton.example"
e5a = mail(d, "Dana Kowalski", "SUMMER15 didn't work",
           "Hi,\nI used the code SUMMER15 from your newsletter on order 58390 and it shows on the order "
           "confirmation, but the amount taken from my card is the full price (£71.20). Can you refund "
           "the 15%?\nCheers, Dana", 300.2)
e5r = shop_mail("Hi Dana,\n\nThanks for flagging this. I've passed it on to our accounts team who will "
                "check it.\n\nJo", 305.0, e5a, e5a, "en", "Re: SUMMER15 didn't work")
e5b = mail_in_thread(d, "Dana Kowalski", "Re: SUMMER15 didn't work",
                     "Hi Jo,\n\njust checking accounts are still alive over there? Haven't seen the 15% "
                     "back. Lovely newsletter, shame about the code ;)\n\nDana", 372.4, e5a, e5r)
L.group("en", "one identity", e5a, e5b)

# password reset mail never arrives, Bluesky
k = "kilnkid.bsky.social"
e6a = bsky(k, "rory",
           "trying to log into my saltbox account to check an order and the password reset email just "
           "never comes. checked spam, checked promotions. @saltboxceramics.bsky.social help?", 400.3, "en")
e6b = bsky(k, "rory",
           "day 2 of being locked out of my @saltboxceramics.bsky.social account lol. reset link still "
           "not arriving", 426.8, "en")
L.group("en", "one identity", e6a, e6b)

# ---------------------------------------------------------------- Spanish

# parcel not moving, thread, three mails
lu = "lucia.ferrandez@gmail.example"
s1a = mail(lu, "Lucía Ferrández", "Pedido 58142 sin noticias",
           "Hola buenas,\n\nhice un pedido el 1 de junio (nº 58142): dos esmaltes Celadon Mist de 500 ml "
           "y un juego de pinceles. En la web pone 'enviado' desde hace una semana pero el seguimiento "
           "no muestra ningún movimiento. ¿Me podéis decir algo?\n\nGracias,\nLucía", 20.1)
s1r = shop_mail("Hola Lucía,\n\ngracias por escribirnos. Lo estamos revisando con la empresa de "
                "transporte y te decimos algo en cuanto sepamos más.\n\nUn saludo,\nMaren (Saltbox Ceramics)",
                26.3, s1a, s1a, "es", "Re: Pedido 58142 sin noticias")
s1b = mail_in_thread(lu, "Lucía Ferrández", "Re: Pedido 58142 sin noticias",
                     "Hola Maren,\n\nseguimos igual, el seguimiento no se ha movido. Tengo un curso el "
                     "sábado y necesito los esmaltes sí o sí. ¿Está el paquete perdido o no?\n\nLucía",
                     92.0, s1a, s1r)
s1c = mail_in_thread(lu, "Lucía Ferrández", "Re: Pedido 58142 sin noticias",
                     "Hola?? Esto ya es de risa. Semana y media en 'enviado' y nadie me dice nada. Si no "
                     "aparece quiero que me devolvais el dinero.\n\nLucía F.", 140.4, s1a, s1r)
L.group("es", "one identity", s1a, s1b, s1c)

# wrong glaze, Mastodon then mail linking the Mastodon account
jm, je = "@javi_barro@mastodon.social", "javier.ortega@yahoo.example"
s2a = masto(jm, "Javi 🏺",
            "@saltbox@clay.social pedí el Celadon Mist y me ha llegado un bote de Tenmoku 🤦‍♂️ y lo "
            "necesitaba para esta semana...", 60.5, "es")
s2b = mail(je, "Javier Ortega", "Esmalte equivocado",
           "Buenos días,\n\nos escribí ayer por Mastodon. En mi pedido 58201 tenía que venir un Celadon "
           "Mist de 500ml y he recibido un Tenmoku. ¿Me podéis mandar el correcto cuanto antes? No quiero "
           "esperar otra semana.\n\nSaludos,\nJavier Ortega", 84.2, links=[jm])
L.group("es", "profile link", s2a, s2b)
L.same_person.append(["mastodon:" + jm, "email:" + je])

# checkout page hangs, Bluesky, then another complaint
n = "nereaceramica.bsky.social"
s3a = bsky(n, "Nerea",
           "@saltboxceramics.bsky.social cada vez que le doy a pagar la web se queda en blanco y me saca "
           "del carrito. lo he intentado 3 veces desde el movil", 160.3, "es")
s3b = bsky(n, "Nerea",
           "pues nada, sigue igual, la pagina de pago se queda colgada. @saltboxceramics.bsky.social "
           "quereis vender o no? 😅", 182.9, "es")
L.group("es", "one identity", s3a, s3b)
s3x = bsky(n, "Nerea",
           "@saltboxceramics.bsky.social por fin pude pagar desde el ordenador, pero el codigo "
           "BIENVENIDA10 no me lo ha descontado 🙄", 250.6, "es")
L.negative("other-complaint", s3a, s3x,
           "payment page hanging, then once paid a welcome code that was not deducted")

# return label never sent
aq = "aquiroga@telefonica.example"
s4a = mail(aq, "Andrés Quiroga", "Etiqueta de devolución",
           "Hola, la semana pasada solicité la devolución de un plato Brine que llegó con una grieta y me "
           "dijisteis que me mandaríais la etiqueta de devolución por email. No me ha llegado nada (ni en "
           "spam). Pedido 58377.\n\nUn saludo,\nAndrés", 330.5)
s4b = mail(aq, "Andrés Quiroga", "sigo sin etiqueta",
           "Buenas, sigo esperando la etiqueta para devolver el plato. ¿Tengo que pedirla otra vez desde "
           "la web o qué?\n\nAndrés Quiroga\nEnviado desde mi móvil", 395.1)
L.group("es", "one identity", s4a, s4b)

# ---------------------------------------------------------------- German

# invoice with the wrong address, thread with a non-committal answer
sb = "s.brenner@web.example"
d1a = mail(sb, "Stefan Brenner", "Rechnung zu Bestellung 58177 – falsche Anschrift",
           "Guten Tag,\n\nauf der Rechnung zu meiner Bestellung 58177 steht meine Privatadresse, ich "
           "hatte aber als Rechnungsadresse die Werkstatt angegeben (Töpferei Brenner, Lindenstr. 12, "
           "79098 Freiburg). Außerdem fehlt meine USt-IdNr. Ich bitte um eine korrigierte Rechnung.\n\n"
           "Mit freundlichen Grüßen\nStefan Brenner", 45.2)
d1r = shop_mail("Hallo Herr Brenner,\n\nvielen Dank für Ihre Nachricht. Wir schauen uns das an und "
                "melden uns.\n\nViele Grüße\nSaltbox Ceramics", 52.4, d1a, d1a, "de",
                "Re: Rechnung zu Bestellung 58177 – falsche Anschrift")
d1b = mail_in_thread(sb, "Stefan Brenner", "AW: Re: Rechnung zu Bestellung 58177 – falsche Anschrift",
                     "Hallo,\n\nich warte immer noch auf die korrigierte Rechnung. Ohne die kann ich das "
                     "nicht verbuchen. Wie lange dauert so etwas denn bei Ihnen?\n\nGruß\nS. Brenner",
                     150.3, d1a, d1r)
L.group("de", "one identity", d1a, d1b)

# "delivered" but not there, Mastodon then Bluesky linking the Mastodon account
lm, lb = "@lenatoepfert@chaos.social", "lenatoepfert.bsky.social"
d2a = masto(lm, "Lena",
            "@saltbox@clay.social laut DHL wurde mein Paket gestern 'an den Empfänger übergeben'. Ich war "
            "den ganzen Tag zuhause, keiner hat geklingelt, bei den Nachbarn ist auch nix. Bestellung "
            "58219. Und jetzt?", 100.1, "de")
d2b = bsky(lb, "Lena K.",
           "hab's schon auf mastodon geschrieben, aber @saltboxceramics.bsky.social: paket angeblich "
           "zugestellt, ist aber nicht da. langsam nervts", 170.5, "de", links=[lm])
L.group("de", "profile link", d2a, d2b)
L.same_person.append(["mastodon:" + lm, "bluesky:" + lb])

# subscription cancelled but still billed, mail then Mastodon under the same name
jh, jhm = "j.hollmann@t-online.example", "@jhollmann@norden.social"
d3a = mail(jh, "Jürgen Hollmann", "Glasur-Abo gekündigt – trotzdem abgebucht",
           "Hallo,\n\nich habe mein Abo 'Glasur des Monats' am 2. Juni gekündigt (Bestätigung liegt mir "
           "vor), trotzdem wurden heute wieder 24,90 € abgebucht. Bitte zurücküberweisen und das Abo "
           "wirklich beenden.\n\nJürgen Hollmann", 270.3)
d3b = masto(jhm, "Jürgen Hollmann",
            "@saltbox@clay.social Abo gekündigt, Kündigungsbestätigung da, Geld trotzdem weg. Auf Mails "
            "antwortet auch keiner. Super Laden 👍", 318.7, "de")
L.group("de", "same name only", d3a, d3b)
L.same_person.append(["email:" + jh, "mastodon:" + jhm])

# broken plates, three Mastodon posts, then another complaint
an = "@anke_dreht@mastodon.social"
d4a = masto(an, "Anke",
            "@saltbox@clay.social Paket heute angekommen, 2 von 4 Brine-Tellern in Scherben. Die "
            "Verpackung war echt dünn für Keramik. Wie läuft das jetzt?", 210.2, "de")
L.reply("mastodon", "@anke_dreht@mastodon.social Oh nein, das tut uns leid! Wir schauen uns das an.",
        216.4, rid(d4a), rid(d4a), "de")
d4b = masto(an, "Anke", "@saltbox@clay.social gibts schon was Neues wegen der kaputten Teller?",
            260.0, "de")
d4c = masto(an, "Anke",
            "@saltbox@clay.social Woche fast rum und ich hab immer noch zwei kaputte Teller hier stehen und "
            "null Antwort. Ich hätte gern einfach Ersatz oder mein Geld zurück.", 330.1, "de")
L.group("de", "one identity", d4a, d4b, d4c)
d4r = L.reply("mastodon", "@anke_dreht@mastodon.social Sorry Anke, das ist untergegangen! Ersatz geht "
              "morgen raus, und du bekommst per Mail ein Rücksendeetikett für die Scherben.",
              335.5, rid(d4c), rid(d4a), "de")
d4x = masto(an, "Anke",
            "@saltbox@clay.social Ersatzteller sind da, danke! Aber die Mail mit dem Rücksendeetikett ist "
            "nie gekommen, auch nicht im Spam.", 381.2, "de")
L.negative("other-complaint", d4c, d4x,
           "broken plates, then after the replacement came a return label that never arrived")

# ---------------------------------------------------------------- French

# refund not received, thread with a non-committal answer, then another complaint
cf = "camille.ferrand@free.example"
f1a = mail(cf, "Camille Ferrand", "Remboursement commande 58190",
           "Bonjour,\n\nJ'ai renvoyé la théière Harbour (bec fêlé) il y a deux semaines, vous avez "
           "confirmé la réception le 3 juin, mais je n'ai toujours pas été remboursée (52 €). Pouvez-vous "
           "vérifier ?\n\nCordialement,\nCamille Ferrand", 80.3)
f1r = shop_mail("Bonjour Camille,\n\nMerci pour votre message, nous vérifions avec notre service "
                "comptable et revenons vers vous rapidement.\n\nBien à vous,\nSaltbox Ceramics",
                88.0, f1a, f1a, "fr", "Re: Remboursement commande 58190")
f1b = mail_in_thread(cf, "Camille Ferrand", "RE: Remboursement commande 58190",
                     "Bonjour,\n\n« rapidement »... ça fait 4 jours. Toujours rien sur mon compte. C'est "
                     "quand même pas compliqué de rembourser 52€ ?\n\nC. Ferrand", 175.2, f1a, f1r)
L.group("fr", "one identity", f1a, f1b)
f1x = mail(cf, "Camille Ferrand", "Désinscription newsletter",
           "Bonjour,\n\nJe me suis désinscrite de votre newsletter deux fois et je continue à la recevoir "
           "tous les trois jours. Merci de me retirer de la liste pour de bon.\n\nCamille Ferrand", 200.6)
L.negative("other-complaint", f1a, f1x, "refund not received, then newsletter still sent after unsubscribing")

# rude courier, Bluesky then Mastodon under the same name
hb, hm = "hugolemaire.bsky.social", "@hlemaire@piaille.fr"
f2a = bsky(hb, "Hugo Lemaire",
           "Le livreur qui vous livre à Lyon m'a littéralement jeté le colis dans les bras en disant "
           "« c'est lourd vos trucs » et il est reparti sans attendre 🙃 @saltboxceramics.bsky.social "
           "vous bossez avec qui ??", 230.4, "fr")
f2b = masto(hm, "Hugo Lemaire",
            "@saltbox@clay.social franchement votre transporteur... le gars a été super désagréable, m'a "
            "balancé le carton (de la céramique !!) et s'est barré en râlant. c'est pas normal", 250.1, "fr")
L.group("fr", "same name only", f2a, f2b)
L.same_person.append(["bluesky:" + hb, "mastodon:" + hm])

# wrong size of mugs, Mastodon
mg = "@margaux_emaille@mamot.fr"
f3a = masto(mg, "Margaux",
            "@saltbox@clay.social j'ai commandé 6 mugs Tidepool en 400 ml et j'ai reçu des 250 ml... "
            "c'était pour un cadeau de mariage 😩", 120.2, "fr")
f3b = masto(mg, "Margaux",
            "@saltbox@clay.social toujours pas de réponse pour mes mugs pas à la bonne taille ? le mariage "
            "c'est samedi hein", 190.0, "fr")
L.group("fr", "one identity", f3a, f3b)

# discount code refused, three mails in one thread
bp = "bpicot@orange.example"
f4a = mail(bp, "Bernard Picot", "code promo",
           "Bonjour\nle code ATELIER20 que vous m'avez envoyé ne marche pas, le site dit « code invalide » "
           "alors qu'il est valable jusqu'au 30 juin. Je voulais commander 3 émaux. Merci de regarder\n"
           "B. Picot", 360.1)
f4r = shop_mail("Bonjour Monsieur Picot,\n\nMerci, nous regardons ce qui se passe avec ce code.\n\n"
                "L'équipe Saltbox", 370.3, f4a, f4a, "fr", "Re: code promo")
f4b = mail_in_thread(bp, "Bernard Picot", "Re: code promo",
                     "Bonjour, toujours « code invalide » ce matin. J'attends pour commander.\n"
                     "Bernard Picot", 410.5, f4a, f4r)
f4c = mail_in_thread(bp, "Bernard Picot", "Re: code promo",
                     "Bon. Le code ne marche toujours pas. Je vais finir par commander ailleurs.",
                     450.2, f4a, f4r)
L.group("fr", "one identity", f4a, f4b, f4c)

# ---------------------------------------------------------------- Portuguese

# late order, mail then Bluesky under the same name
re_, rb = "rafael.nogueira@sapo.example", "rafanogueira.bsky.social"
p1a = mail(re_, "Rafael Nogueira", "Encomenda 58160 atrasada",
           "Olá,\n\nfiz a encomenda 58160 (um bule Harbour e 2 canecas) há 12 dias e o prazo era de 5 a 7 "
           "dias úteis para Portugal. O rastreio dos CTT diz 'em trânsito' desde dia 2. Podem verificar?"
           "\n\nObrigado\nRafael Nogueira", 35.4)
p1b = bsky(rb, "Rafael Nogueira",
           "@saltboxceramics.bsky.social alguem ai? a minha encomenda continua parada 'em transito' ha "
           "quase 2 semanas, ja mandei email e nada", 110.2, "pt")
L.group("pt", "same name only", p1a, p1b)
L.same_person.append(["email:" + re_, "bluesky:" + rb])

# infuser missing from the teapot, Mastodon
bi = "@bia_barro@masto.pt"
p2a = masto(bi, "Bia 🌿",
            "@saltbox@clay.social chegou meu bule mas veio sem o infusor de inox 😕 na descrição fala que "
            "vem junto. pedido 58345", 280.3, "pt")
p2b = masto(bi, "Bia 🌿",
            "@saltbox@clay.social oi? alguém pode me responder sobre o infusor que faltou?", 300.8, "pt")
L.group("pt", "one identity", p2a, p2b)

# double charge, thread with a non-committal answer
ic = "ines.carvalho@sapo.example"
p3a = mail(ic, "Inês Carvalho", "Cobrança em duplicado",
           "Boa tarde,\n\nverifiquei no meu extrato que o pagamento da encomenda nº 58410 foi cobrado duas "
           "vezes (2 x 43,60 €). Agradeço que devolvam o valor cobrado a mais.\n\nCumprimentos,\n"
           "Inês Carvalho", 420.1)
p3r = shop_mail("Olá Inês,\n\nobrigado pela mensagem. Vamos verificar com o nosso processador de "
                "pagamentos e depois damos notícias.\n\nMaren, Saltbox Ceramics", 428.2, p3a, p3a, "pt",
                "Re: Cobrança em duplicado")
p3b = mail_in_thread(ic, "Inês Carvalho", "Re: Cobrança em duplicado",
                     "Boa tarde,\n\njá passaram dois dias e o valor continua cobrado duas vezes. Podem "
                     "dar-me uma data para o reembolso?\n\nInês Carvalho", 476.3, p3a, p3r)
L.group("pt", "one identity", p3a, p3b)

# ---------------------------------------------------------------- Italian

# cannot log in, mail then Mastodon linking the mail address
ce, cm = "chiara.bellini@libero.example", "@chiarabellini@mastodon.uno"
i1a = mail(ce, "Chiara Bellini", "Non riesco ad accedere",
           "Buongiorno,\nda ieri non riesco più a entrare nel mio account: mi dice 'password errata' e "
           "quando faccio 'password dimenticata' la mail per reimpostarla non arriva. Ho un ordine in "
           "corso e vorrei controllarlo.\nGrazie\nChiara Bellini", 15.3)
i1b = masto(cm, "Chiara B.",
            "@saltbox@clay.social vi ho scritto anche per mail: non riesco ad entrare nel mio account e il "
            "link per resettare la password non arriva mai. come faccio??", 65.1, "it", links=[ce])
L.group("it", "profile link", i1a, i1b)
L.same_person.append(["email:" + ce, "mastodon:" + cm])
i1x = masto(cm, "Chiara B.",
            "@saltbox@clay.social ok sono riuscita ad entrare, grazie. però l'ordine 58150 risulta ancora "
            "'in lavorazione' dopo dieci giorni, quando parte?", 96.4, "it", links=[ce])
L.negative("other-complaint", i1b, i1x, "locked out of the account, then once in an order not yet shipped")

# teapot with the handle off, Bluesky
mp = "marcopaoli.bsky.social"
i2a = bsky(mp, "Marco",
           "@saltboxceramics.bsky.social arrivata oggi la teiera, manico staccato di netto. imballaggio: "
           "un foglio di carta velina. complimenti", 240.2, "it")
i2b = bsky(mp, "Marco",
           "@saltboxceramics.bsky.social ancora niente per la teiera col manico rotto? vi ho mandato anche "
           "le foto in dm", 290.5, "it")
L.group("it", "one identity", i2a, i2b)

# refund for a cancelled order, thread with a non-committal answer
gf = "giulia.ferri@tiscali.example"
i3a = mail(gf, "Giulia Ferri", "Rimborso ordine 58350",
           "Salve,\nho annullato l'ordine 58350 il giorno stesso (12 giugno) e mi avete confermato "
           "l'annullamento, ma il rimborso di 67,00 € non è ancora arrivato sulla carta.\n"
           "Cordiali saluti\nGiulia Ferri", 380.4)
i3r = shop_mail("Gentile Giulia,\n\ngrazie, stiamo controllando e ti aggiorniamo a breve.\n\n"
                "Saltbox Ceramics", 386.1, i3a, i3a, "it", "Re: Rimborso ordine 58350")
i3b = mail_in_thread(gf, "Giulia Ferri", "R: Re: Rimborso ordine 58350",
                     "Salve, 'a breve' quando? Sono passati tre giorni dalla vostra risposta e del "
                     "rimborso nessuna traccia.\nGiulia", 458.0, i3a, i3r)
L.group("it", "one identity", i3a, i3b)

# ---------------------------------------------------------------- Dutch

# parcel stuck at the sorting centre, two Bluesky posts, then a mail linking the Bluesky profile
sv, se = "sannevdberg.bsky.social", "sanne.vandenberg@ziggo.example"
n1a = bsky(sv, "Sanne",
           "@saltboxceramics.bsky.social mijn bestelling hangt al 6 dagen op 'in sorteercentrum' bij "
           "PostNL. is ie kwijt?", 185.3, "nl")
n1b = bsky(sv, "Sanne",
           "@saltboxceramics.bsky.social nog steeds niks. tracking zegt nog altijd sorteercentrum 🙄",
           230.1, "nl")
n1c = mail(se, "Sanne van den Berg", "Pakket kwijt? bestelling 58272",
           "Hoi,\n\nIk heb jullie al twee keer op Bluesky getagd maar geen reactie. Mijn bestelling 58272 "
           "(glazuurset + 2 kwasten) staat al meer dan een week op 'in sorteercentrum'. Kunnen jullie een "
           "onderzoek starten bij PostNL of het opnieuw versturen?\n\nGroetjes,\nSanne van den Berg",
           280.4, links=[sv])
L.group("nl", "profile link", n1a, n1b, n1c)
L.same_person.append(["bluesky:" + sv, "email:" + se])

# wrong colour of plates, two separate mails
pg = "pdegraaf@kpnmail.example"
n2a = mail(pg, "Pieter de Graaf", "Verkeerde kleur borden",
           "Goedemiddag,\n\nIk heb 4 Brine borden in de kleur 'zeeschuim' besteld (bestelling 58133) maar "
           "er zitten 4 borden in 'leisteen' in de doos. Graag de juiste kleur opsturen.\n\n"
           "Met vriendelijke groet,\nPieter de Graaf", 10.2)
n2b = mail(pg, "Pieter de Graaf", "Nogmaals: verkeerde borden 58133",
           "Goedemiddag,\n\nMaandag heb ik gemaild over de verkeerde kleur borden, nog geen antwoord "
           "gehad. Ze staan hier nog in de doos. Hoe wilt u dat ik ze terugstuur?\n\nPieter de Graaf",
           90.5)
L.group("nl", "one identity", n2a, n2b)

# double debit, Mastodon, after an earlier other complaint
jo = "@joostmaakt@mastodon.nl"
n3x = masto(jo, "Joost",
            "@saltbox@clay.social kan al de hele ochtend niet inloggen op jullie site, blijft hangen op "
            "'bezig met laden'", 400.4, "nl")
n3a = masto(jo, "Joost",
            "@saltbox@clay.social jullie hebben 2x €31,50 van mijn rekening afgeschreven voor 1 "
            "bestelling. graag 1 terug", 440.2, "nl")
n3b = masto(jo, "Joost",
            "@saltbox@clay.social nog even over die dubbele afschrijving... zie het nog steeds 2x staan",
            470.6, "nl")
L.group("nl", "one identity", n3a, n3b)
L.negative("other-complaint", n3x, n3a, "site hanging at login, then a double debit")

# ---------------------------------------------------------------- Catalan

# order not arrived, mail then Mastodon under the same name
jc, jcm = "jordi.casals@gmail.example", "@jcasals@mastodont.cat"
c1a = mail(jc, "Jordi Casals", "Comanda 58185",
           "Bon dia,\n\nVaig fer la comanda 58185 fa deu dies i encara no ha arribat. El seguiment diu que "
           "és a Barcelona des de dijous però no es mou. Em podeu dir alguna cosa?\n\nGràcies,\n"
           "Jordi Casals", 55.1)
c1b = masto(jcm, "Jordi Casals",
            "@saltbox@clay.social bon dia, la meva comanda segueix sense arribar i al correu no em "
            "contesteu. deu dies ja... 😒", 128.3, "ca")
L.group("ca", "same name only", c1a, c1b)
L.same_person.append(["email:" + jc, "mastodon:" + jcm])

# cracked mug, Bluesky
nf = "nuriafang.bsky.social"
c2a = bsky(nf, "Núria",
           "@saltboxceramics.bsky.social m'ha arribat la tassa Driftwood amb una esquerda de dalt a baix. "
           "quina pena, era per regalar 😢", 310.2, "ca")
c2b = bsky(nf, "Núria",
           "@saltboxceramics.bsky.social ei, algu em pot dir que faig amb la tassa esquerdada? la torno? "
           "me n'envieu una altra?", 345.7, "ca")
L.group("ca", "one identity", c2a, c2b)

# wrong tax number on the invoice, thread with a non-committal answer in English
mr = "montse@tallerribas.example"
c3a = mail(mr, "Montse Ribas", "Factura incorrecta",
           "Hola,\n\nA la factura de la comanda 58255 hi ha el NIF mal posat (hi surt B6612345 i és "
           "B66123457, falta l'últim dígit). Necessito la factura correcta per a la gestoria.\n\n"
           "Salutacions,\nMontse Ribas\nTaller Ribas Ceràmica", 170.3)
c3r = shop_mail("Hi Montse,\n\nThanks for letting us know, we'll look into it. (Sorry, our Catalan isn't "
                "great!)\n\nJo", 178.0, c3a, c3a, "en", "Re: Factura incorrecta")
c3b = mail_in_thread(mr, "Montse Ribas", "Re: Factura incorrecta",
                     "Hola Jo,\n\nCap problema amb l'idioma :) però encara no tinc la factura corregida i "
                     "la gestoria me la demana per divendres. Me la podeu enviar ja?\n\nMontse", 250.2,
                     c3a, c3r)
L.group("ca", "one identity", c3a, c3b)

# ---------------------------------------------------------------- follow-ups

hm_ = "h.marsh@btinternet.example"
x = mail(hm_, "Helen Marsh", "Glaze arrived dried out",
         "Hi, the jar of Shino Satin I got yesterday is basically a solid lump, I can't stir it at all. Is "
         "that normal after storage or is it a bad batch?\nHelen", 25.2)
r = shop_mail("Hi Helen,\n\nSorry about that! Could you send us the batch number printed on the bottom of "
              "the jar, and a photo if possible? Then we can check the batch.\n\nJo", 31.0, x, x, "en",
              "Re: Glaze arrived dried out")
y = mail_in_thread(hm_, "Helen Marsh", "Re: Glaze arrived dried out",
                   "Hi Jo, batch number is SH-0526-14, photo attached (the spoon is standing up in it!).\n"
                   "Helen", 40.3, x, r)
L.negative("follow-up", x, y, "gives the batch number and photo the shop asked for")

cs = "carmensoler@hotmail.example"
x = mail(cs, "Carmen Soler", "plato con grieta",
         "Buenas tardes, me ha llegado uno de los platos con una grieta en el borde. ¿Qué hago? Gracias.\n"
         "Carmen", 130.4)
r = shop_mail("Hola Carmen,\n\nlo sentimos mucho. ¿Nos puedes indicar el número de pedido y mandarnos una "
              "foto de la grieta?\n\nMaren", 136.2, x, x, "es", "Re: plato con grieta")
y = mail_in_thread(cs, "Carmen Soler", "Re: plato con grieta",
                   "Hola Maren, el pedido es el 58211. Te adjunto la foto, la grieta se ve bien por debajo "
                   "del borde.\nSaludos, Carmen", 150.1, x, r)
L.negative("follow-up", x, y, "order number and photo asked for by the shop")

kv = "katrin.vogel@gmx.example"
x = mail(kv, "Katrin Vogel", "Tasse mit Glasurfehler",
         "Hallo, bei einer der beiden Tidepool-Tassen (Bestellung 58330) ist innen die Glasur abgeplatzt, "
         "da mag ich nicht draus trinken. Ist Ersatz möglich?\nLG Katrin", 290.1)
r = shop_mail("Hallo Katrin,\n\ndanke dir! Kannst du uns ein Foto von der Stelle schicken? Dann schicken "
              "wir Ersatz.\n\nViele Grüße\nMaren", 296.3, x, x, "de", "Re: Tasse mit Glasurfehler")
y = mail_in_thread(kv, "Katrin Vogel", "Re: Tasse mit Glasurfehler",
                   "Hallo Maren, anbei das Foto. Die Stelle ist ca. 1 cm groß, direkt unterm Rand.\n"
                   "LG Katrin", 299.4, x, r)
L.negative("follow-up", x, y, "the photo the shop asked for")

lc = "@lucas_tourne@mastodon.social"
x = masto(lc, "Lucas", "@saltbox@clay.social salut, mon colis est arrivé mais il manque le couvercle de "
          "la théière. vous pouvez m'aider ?", 345.2, "fr")
r = L.reply("mastodon", "@lucas_tourne@mastodon.social Bonjour Lucas, désolés ! Vous pouvez nous donner "
            "votre numéro de commande ? On vous envoie le couvercle.", 350.0, rid(x), rid(x), "fr")
y = masto(lc, "Lucas", "@saltbox@clay.social c'est la 58372, merci !", 352.4, "fr",
          thread=rid(x), in_reply_to=rid(r))
L.negative("follow-up", x, y, "order number asked for by the shop")

dr = "davide.russo@fastwebnet.example"
x = mail(dr, "Davide Russo", "Pacco tornato indietro?",
         "Ciao, il corriere dice che il pacco è stato restituito al mittente per 'indirizzo incompleto'. "
         "Come facciamo? Ordine 58260.\nDavide", 200.3)
r = shop_mail("Ciao Davide,\n\nci dispiace! Ci confermi l'indirizzo completo con numero civico e interno? "
              "Lo rispediamo subito.\n\nJo", 206.1, x, x, "it", "Re: Pacco tornato indietro?")
y = mail_in_thread(dr, "Davide Russo", "Re: Pacco tornato indietro?",
                   "Ciao Jo,\nVia Saragozza 88, scala B, interno 5, 40123 Bologna. Sul citofono c'è "
                   "Russo-Neri. Grazie!", 215.2, x, r)
L.negative("follow-up", x, y, "full address the shop asked for")

fj = "femke.jansen@hetnet.example"
x = mail(fj, "Femke Jansen", "Deksel theepot past niet",
         "Hallo,\n\nHet deksel van de Harbour theepot die ik kreeg past niet goed, hij wiebelt en valt eraf "
         "als ik schenk. Kan ik een ander deksel krijgen?\n\nGroet, Femke", 60.2)
y = mail_in_thread(fj, "Femke Jansen", "Re: Deksel theepot past niet",
                   "PS vergeten: bestelnummer is 58166, en ik heb een filmpje gemaakt van het wiebelen, zit "
                   "in de bijlage.", 61.0, x, x)
L.negative("follow-up", x, y, "PS with the order number and a video, unasked")

# ---------------------------------------------------------------- other customers

x = bsky("potsbypaula.bsky.social", "Paula",
         "is the saltbox site down for anyone else? getting a 502 on every page "
         "@saltboxceramics.bsky.social", 265.1, "en")
y = masto("@glazedandconfused@mastodon.art", "glazed & confused",
          "@saltbox@clay.social your shop's throwing a 502 bad gateway, was literally about to order the "
          "celadon 😭", 265.5, "en")
L.negative("other-customer", x, y, "two customers during the same outage")

x = mail("fiona.barrett@sky.example", "Fiona Barrett", "Order 58222 not arrived",
         "Hello,\n\nOur order 58222 (6 plates and 6 mugs, a wedding present to ourselves, ha) was due last "
         "Friday and hasn't arrived. Could you chase it please?\n\nFiona Barrett", 145.3)
y = bsky("neilbarrett.bsky.social", "Neil Barrett",
         "@saltboxceramics.bsky.social my wife emailed you about our plates & mugs that have gone "
         "walkabout, any chance of an update? it's no. 58222", 160.4, "en")
L.negative("other-customer", x, y, "a couple sharing one order, each asking")

x = masto("@keramik_kai@troet.cafe", "Kai",
          "@saltbox@clay.social ist bei euch der Newsletter-Gutschein SOMMER10 kaputt? wird im Warenkorb "
          "nicht angenommen", 375.2, "de")
y = mail("u.haag@arcor.example", "Ursula Haag", "Gutschein SOMMER10 funktioniert nicht",
         "Sehr geehrte Damen und Herren,\n\nder Gutscheincode SOMMER10 aus Ihrem Newsletter wird bei mir "
         "als ungültig abgelehnt. Können Sie mir den Rabatt bitte anders gewähren?\n\n"
         "Mit freundlichen Grüßen\nUrsula Haag", 381.4)
L.negative("other-customer", x, y, "two customers with the same broken code")

x = bsky("atelier-brique.bsky.social", "Atelier Brique",
         "@saltboxceramics.bsky.social l'émail Tenmoku reçu cette semaine est complètement séparé, une "
         "couche d'eau dessus et un bloc dur au fond. lot défectueux ?", 215.3, "fr")
y = mail("elodie.marchand@laposte.example", "Élodie Marchand", "Émail Tenmoku",
         "Bonjour,\n\nmon pot de Tenmoku (commande 58266) est arrivé avec un dépôt dur au fond impossible "
         "à remélanger, même au mixeur. Est-ce que c'est récupérable ?\n\nÉlodie Marchand", 228.1)
L.negative("other-customer", x, y, "two customers with glaze from the same bad batch")

mpe, mpb = "marta.puig@gmail.example", "martapuig.bsky.social"
x = mail(mpe, "Marta Puig", "Comanda 58198 no arriba",
         "Bon dia,\n\nLa comanda 58198 (tres esmalts i una paleta) havia d'arribar dimarts a Girona i "
         "encara no en sé res. Me la podeu localitzar?\n\nMarta Puig", 75.2)
y = bsky(mpb, "Marta Puig",
         "@saltboxceramics.bsky.social mi pedido de tazas lleva 10 días de camino a Valencia, ¿sabéis "
         "algo? 😕", 95.0, "es")
L.negative("other-customer", x, y,
           "two different women named Marta Puig: glazes to Girona, mugs to Valencia")
L.same_name_different_people.append(["email:" + mpe, "bluesky:" + mpb])

spe, spm = "sam.patel@btinternet.example", "@sampatel@mastodon.online"
x = mail(spe, "Sam Patel", "Broken mug in order 58368",
         "Hi,\n\nOne of the Tidepool mugs in my order 58368 arrived with the handle snapped clean off. "
         "Can you send a replacement?\n\nThanks\nSam", 315.2)
y = masto(spm, "Sam Patel",
          "@saltbox@clay.social got my teapot today and there's a crack right through the base 😬 it was "
          "wrapped in one sheet of paper. not great", 325.4, "en")
L.negative("other-customer", x, y,
           "two different people named Sam Patel: a mug with the handle off, a teapot cracked at the base")
L.same_name_different_people.append(["email:" + spe, "mastodon:" + spm])

# ---------------------------------------------------------------- window

bt = "@claybybeth@mastodon.art"
x = masto(bt, "Beth", "@saltbox@clay.social still no refund for the mugs I sent back last month 😕 any "
          "idea when?", 5.2, "en")
y = masto(bt, "Beth", "@saltbox@clay.social ok it's been another week+ and STILL no refund for those "
          "returned mugs. seriously?", 219.3, "en")
L.negative("window", x, y, "same refund asked about again nine days later")

hl = "heike.lorenz@posteo.example"
x = mail(hl, "Heike Lorenz", "Passwort zurücksetzen geht nicht",
         "Hallo,\n\nich komme nicht mehr in mein Kundenkonto, und die Mail zum Zurücksetzen des Passworts "
         "kommt nicht an. Können Sie das bitte prüfen?\n\nGruß, Heike Lorenz", 12.3)
y = mail(hl, "Heike Lorenz", "Schon wieder: Login geht nicht",
         "Hallo,\n\nvor anderthalb Wochen hatte ich schon mal geschrieben: ich komme wieder nicht in mein "
         "Konto, und die Reset-Mail kommt wieder nicht.\n\nHeike Lorenz", 248.1)
L.negative("window", x, y, "same login trouble again ten days later")

el = "elenacotto.bsky.social"
x = bsky(el, "Elena", "@saltboxceramics.bsky.social il codice sconto BENVENUTO non funziona al "
         "checkout :(", 70.4, "it")
y = bsky(el, "Elena", "@saltboxceramics.bsky.social ci riprovo dopo 10 giorni e il codice BENVENUTO "
         "ancora non viene accettato. lasciamo perdere?", 310.5, "it")
L.negative("window", x, y, "same code trouble ten days later")

pj = "pablo.jimenez@movistar.example"
x = mail(pj, "Pablo Jiménez", "Pedido 58205 retrasado",
         "Hola,\n\nel pedido 58205 (tetera Harbour) tenía que llegar esta semana y el seguimiento no se "
         "mueve. ¿Sabéis algo?\n\nPablo", 100.3)
y = mail(pj, "Pablo Jiménez", "58205 SIGUE sin llegar",
         "Hola otra vez,\n\nhan pasado once días desde mi último correo y la tetera sigue sin aparecer. "
         "¿Qué hacemos?\n\nPablo Jiménez", 364.2)
L.negative("window", x, y, "same late order again eleven days later")

# ---------------------------------------------------------------- one-off questions

mail("anne.oconnor@eircom.example", "Anne O'Connor", "Shipping to Ireland?",
     "Hi, do you ship to Ireland and roughly what does it cost for a teapot? Thanks, Anne", 3.1)
masto("@slabroller@mastodon.art", "Fern", "@saltbox@clay.social quick one: is the Celadon Mist food safe "
      "at cone 6 or only at cone 10?", 40.2, "en")
bsky("alfareria-sol.bsky.social", "Alfarería Sol", "@saltboxceramics.bsky.social ¿tenéis tarjetas regalo? "
     "es para el cumple de mi madre que se ha apuntado a torno", 88.1, "es")
mail("info@toepferkurs-hain.example", "Töpferkurs Hain", "Mengenrabatt für Kursbestellung?",
     "Guten Tag,\n\nwir geben Töpferkurse und würden gern 20 Gläser Glasur bestellen. Gibt es einen "
     "Mengenrabatt?\n\nFreundliche Grüße\nMartina Hain", 115.4)
masto("@potiere_du_dimanche@mastodon.social", "Sylvie", "@saltbox@clay.social bonjour, est-ce qu'on peut "
      "venir chercher une commande directement à l'atelier ?", 135.2, "fr")
mail("thiago.alves@bol.example", "Thiago Alves", "Envio para o Brasil",
     "Olá, vocês enviam para o Brasil? Tenho interesse nos esmaltes. Abraço, Thiago", 155.3)
masto("@argilla_e_fuoco@mastodon.uno", "Luca", "@saltbox@clay.social a che temperatura va cotto lo smalto "
      "Shino Satin? sulla confezione non lo trovo", 180.1, "it")
bsky("mokkenmeisje.bsky.social", "Iris", "@saltboxceramics.bsky.social komt de Tidepool mok ook weer in "
     "het blauw? 💙", 205.2, "nl")
mail("pere.vila@andorra.example", "Pere Vila", "Enviaments a Andorra",
     "Bon dia, feu enviaments a Andorra? I si és així, cal pagar duanes? Gràcies. Pere", 225.3)
bsky("tinyteapots.bsky.social", "ash", "are saltbox mugs dishwasher safe or hand wash only? "
     "@saltboxceramics.bsky.social", 245.0, "en")
masto("@drehscheibe@norden.social", "Ole", "@saltbox@clay.social gibts die Glasuren auch in 100 ml zum "
      "Testen?", 275.4, "de")
mail("compras@ceramicaslaencina.example", "Cerámicas La Encina", "Factura a nombre de empresa",
     "Buenos días, vamos a hacer un pedido para el taller y necesitamos la factura a nombre de la empresa "
     "con CIF. ¿Dónde se pone eso en la web?\nGracias", 305.3)
mail("direction@ecole-les-tilleuls.example", "École Les Tilleuls", "Demande de devis",
     "Bonjour,\n\nNous souhaiterions un devis pour 30 émaux de 500 ml pour l'atelier de l'école. "
     "Livraison possible en septembre ?\n\nCordialement,\nMme Royer", 340.1)
mail("f.greco@alice.example", "Francesca Greco", "Argilla?",
     "Buongiorno, vendete anche argilla o solo smalti e stoviglie? Grazie", 395.2)
masto("@kleimaker@mastodon.nl", "Bram", "@saltbox@clay.social hebben jullie ook een fysieke winkel waar "
      "je de glazuren kan zien?", 430.3, "nl")
bsky("ceramicadalu.bsky.social", "Lu", "@saltboxceramics.bsky.social quando volta o bule Harbour no "
     "estoque? tô esperando faz tempo", 465.2, "pt")

L.write(HERE, "Posts to Saltbox Ceramics written without sight of the detector: 30 true repeat groups "
        "in eight languages, labelled negatives (follow-up, other-complaint, other-customer, window) "
        "and one-off questions. Generated by gen-fixture.py.")
