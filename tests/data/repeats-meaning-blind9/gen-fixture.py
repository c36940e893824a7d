#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words for a small sewing shop,
Thistle & Thread (sewing machines, overlockers, fabric bundles, paper and
PDF patterns, haberdashery), on email, Mastodon and Bluesky, in eight
languages (en, es, de, fr, pt, it, nl, ca).

It holds 30 true repeat groups (25 pairs, 5 triples): the same customer
raising the same complaint again within 7 days, in other words, in the
same mail thread after a non-committal answer, in a new mail, or on
another channel. Ten groups cross channels: in five the later author's
profile links the other identity, in five only the display name is the
same. Labelled negatives: follow-ups that give what the shop asked for or
add a detail, the same customer with another complaint, other customers
with the same complaint (an outage, a couple sharing an order, two pairs of
different people sharing a display name) and the same complaint again
after more than 7 days. Around them, one-off questions from other
customers.

The posts were written without sight of the detector, its lexicon or the
other labelled sets, as customers of a small shop write. The labels say
what a person reading the posts would say; they were never edited to fit
the detector.

Run: python3 gen-fixture.py  (writes fixture.jsonl and labels.json here)
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 7, 27, 8, 35, tzinfo=timezone.utc)
S = LabelledSet(BASE, "tt", "hello@thistlethread.example", "@thistlethread@sew.social",
                "thistlethread.bsky.social", "Thistle & Thread")
rid = S.rid


def mail(author, name, subject, text, h, lang, thread=None, irt=None, links=None):
    return S.add("email", author, text, h, lang=lang, subject=subject, name=name,
                 links=links, thread=thread, in_reply_to=irt)


def masto(author, name, text, h, lang, links=None, thread=None, irt=None):
    return S.add("mastodon", author, text, h, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=irt)


def bsky(author, name, text, h, lang, links=None, thread=None, irt=None):
    return S.add("bluesky", author, text, h, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=irt)


def answer(channel, text, h, to, lang, thread=None):
    """The shop answers @to; a mail answer belongs to @to's thread."""
    return S.reply(channel, text, h, to=rid(to), thread=thread or rid(to), lang=lang)


# ---------------------------------------------------------------- English

# Overlocker late, three mails in one thread after a non-committal answer.
moira = "moira.fraser@postbox.example"
a = mail(moira, "Moira Fraser", "Order 58214 not arrived",
         "Hi there,\n\nI ordered the Heron 4-thread overlocker on the 18th (order 58214) and paid "
         "for express. Tracking has said \"at local depot - Coventry\" since Tuesday and hasn't "
         "moved at all. Could you chase it please? I need it for a wedding dress alteration next "
         "weekend.\n\nThanks,\nMoira", 2.5, "en")
r = answer("email", "Hi Moira,\n\nThanks for getting in touch. We've raised a query with the courier "
           "and will let you know as soon as we hear back.\n\nKind regards,\nEwan\nThistle & Thread",
           6, a, "en")
b = mail(moira, "Moira Fraser", "Re: Order 58214 not arrived",
         "Hi Ewan,\n\nTwo days on and the tracking STILL says Coventry. Nobody has told me anything. "
         "I paid £8.95 for next day and it's now been over a week. Can you not just send another "
         "one out?\n\nMoira", 55, "en", thread=rid(a), irt=rid(r))
c = mail(moira, "Moira Fraser", "Re: Order 58214 not arrived",
         "Hello?? Still no overlocker and still not a word from you. Getting really fed up now.\n\n"
         "M. Fraser\nSent from my iPhone", 101, "en", thread=rid(a), irt=rid(r))
S.group("en", "one identity", a, b, c)
d = mail(moira, "Moira Fraser", "Invoice for 58214 is wrong",
         "Hi,\n\nThe overlocker finally turned up yesterday, thank you. However the invoice in the box "
         "has charged me £24 for the 3-year extended warranty, which I did not tick. Could you refund "
         "that bit please and send me a corrected invoice.\n\nMoira Fraser", 190, "en")
S.negative("other-complaint", c, d, "same order, now an extra warranty on the invoice, not the late parcel")

# "Delivered" but not there; Mastodon then Bluesky, the Bluesky profile links the Mastodon one.
kes_m = "@kestrelquilts@mastodon.art"
kes_b = "kestrelquilts.bsky.social"
a = masto(kes_m, "Nell 🧵 kestrel quilts",
          "@thistlethread@sew.social hi! my Hebridean Blues fat quarter bundle says delivered at 11:47 "
          "today but there's nothing here. not on the step, not with the neighbours, not in the recycling "
          "bin (yes I checked 🙃). order 58301, what do I do?", 30, "en")
b = bsky(kes_b, "Nell 🧵 kestrel quilts",
         "@thistlethread.bsky.social tried you over on mastodon yesterday, no reply so trying here. "
         "courier reckons my parcel was left at the door. it was NOT. still no fat quarters and the "
         "quilt-along starts saturday 😩", 52, "en", links=[kes_m])
S.group("en", "profile link", a, b)
S.same_person.append(["mastodon:" + kes_m, "bluesky:" + kes_b])

# Charged twice, two separate mails, no answer in between.
paul = "paul.okafor@okafor-family.example"
a = mail(paul, "Paul Okafor", "Charged twice",
         "Hello,\n\nI've just looked at my banking app and I've been charged £42.60 twice for the same "
         "order (Ruby blouse pattern + Gutermann thread pack). Order no. 58377. Only one order went "
         "through on your site and I only got one confirmation email.\n\nPlease refund the duplicate.\n\n"
         "Regards,\nPaul Okafor", 75, "en")
b = mail(paul, "Paul Okafor", "Duplicate payment - still not sorted",
         "Hi,\n\nI wrote on Thursday about being charged twice and haven't had a reply. The second "
         "£42.60 is showing as taken, not pending. I'd like it back today please, this isn't OK.\n\nPaul",
         122, "en")
S.group("en", "one identity", a, b)

# Coupon code not applied, Bluesky.
dot = "dotmakesthings.bsky.social"
a = bsky(dot, "Dot",
         "@thistlethread.bsky.social your newsletter says SEWSUMMER15 gets 15% off but checkout just "
         "says 'code not valid' ?? tried it 3 times, typed it and pasted it", 140, "en")
b = bsky(dot, "Dot",
         "ok I caved and paid full price bc the washed linen was about to sell out. can someone pls sort "
         "out the 15% I was promised @thistlethread.bsky.social", 146, "en")
S.group("en", "one identity", a, b)

# Subscription cancelled, still billed; mail then Mastodon under the same name only.
har_e = "harriet.lomax@kinmail.example"
har_m = "@hattie_l@mastodon.scot"
a = mail(har_e, "Harriet Lomax", "Pattern Club cancelled but still charged",
         "Dear Thistle & Thread,\n\nI cancelled my Pattern Club subscription at the end of June and I have "
         "the \"We're sorry to see you go\" email to prove it. This morning £12.50 has come out of my "
         "account again.\n\nPlease refund it and make sure it is actually cancelled this time.\n\n"
         "Harriet Lomax", 200, "en")
b = masto(har_m, "Harriet Lomax",
          "Ugh. Cancelled my @thistlethread@sew.social pattern club weeks ago and they've STILL taken the "
          "monthly £12.50. Emailed Monday, nothing back. Anyone know if I can just do a chargeback?",
          260, "en")
S.group("en", "same name only", a, b)
S.same_person.append(["email:" + har_e, "mastodon:" + har_m])

# Checkout crashes, Mastodon.
priya = "@bobbinandbrew@knitting.social"
a = masto(priya, "Priya S",
          "@thistlethread@sew.social your checkout keeps crashing on my phone when I pick click & collect. "
          "white screen then it dumps me back to an empty basket. iphone 12, safari. trying to get the "
          "Loomwell 350 before the price goes back up!", 310, "en")
b = masto(priya, "Priya S",
          "day 2 of trying to buy a Loomwell and the site just dies at the last step every single time. "
          "rebuilt my basket 5 times now. @thistlethread@sew.social do you actually want my money lol",
          333, "en")
S.group("en", "one identity", a, b)

# ---------------------------------------------------------------- Spanish

# Refund for a returned machine, three mails in a thread.
mar = "m.ortega.ruiz@correo.example"
a = mail(mar, "Marisol Ortega Ruiz", "Reembolso devolución pedido 57731",
         "Hola buenas,\n\nel día 3 devolví la máquina de coser Loomwell 220 (pedido nº 57731) porque hacía "
         "un ruido muy raro al coser. Según el seguimiento la recibisteis el día 8 pero todavía no me ha "
         "llegado el reembolso de 189 €. ¿Me podéis decir algo?\n\nGracias. Un saludo,\nMarisol", 12, "es")
r = answer("email", "Hola Marisol,\n\ngracias por escribirnos. Lo estamos revisando con el departamento de "
           "contabilidad y te decimos algo en cuanto sepamos más.\n\nUn saludo,\nAinhoa\nThistle & Thread",
           20, a, "es")
b = mail(mar, "Marisol Ortega Ruiz", "Re: Reembolso devolución pedido 57731",
         "Hola Ainhoa,\n\nya han pasado tres días desde tu respuesta y sigo sin ver el dinero en la cuenta. "
         "Son 189 euros, que no es poca cosa. Por favor dadme una fecha concreta.\n\nMarisol", 92, "es",
         thread=rid(a), irt=rid(r))
c = mail(mar, "Marisol Ortega Ruiz", "Re: Reembolso devolución pedido 57731",
         "Esto es una tomadura de pelo. Casi tres semanas sin mi dinero. Si esta semana no tengo el "
         "reembolso pongo una reclamación en consumo.\n\nMarisol Ortega", 150, "es",
         thread=rid(a), irt=rid(r))
S.group("es", "one identity", a, b, c)

# Wrong colour, Mastodon then mail whose profile links the Mastodon account.
lu_m = "@lucia_cose@masto.es"
lu_e = "lucia.sanz.valencia@correo.example"
a = masto(lu_m, "Lucía 🪡",
          "Hola @thistlethread@sew.social! pedi el lote de popelin en verde botella y me ha llegado en "
          "mostaza 😅 el pedido es el 58390. como hago el cambio?", 160, "es")
b = mail(lu_e, "Lucía Sanz", "Color equivocado lote popelín",
         "Hola, os escribí ayer por Mastodon pero no he visto respuesta.\n\nMe mandasteis el lote de "
         "popelín en color mostaza en vez de verde botella. Lo necesito para unos vestidos de comunion y "
         "voy justa de tiempo. ¿Me enviáis el correcto y os devuelvo este?\n\nGracias\nLucía", 185, "es",
         links=[lu_m])
S.group("es", "profile link", a, b)
S.same_person.append(["mastodon:" + lu_m, "email:" + lu_e])
d = masto(lu_m, "Lucía 🪡",
          "y otra cosa @thistlethread@sew.social, me habéis cobrado 4,95 de envío cuando el pedido pasaba "
          "de 50€ y en la web pone envío gratis a partir de 50 🤔", 188, "es")
S.negative("other-complaint", a, d, "shipping charged despite free shipping, not the wrong colour")

# Password reset mail never comes, Bluesky.
javi = "javipatronaje.bsky.social"
a = bsky(javi, "Javi",
         "no puedo entrar en mi cuenta de @thistlethread.bsky.social, le doy a 'he olvidado mi "
         "contraseña' y el correo no llega nunca (mirado en spam tb). alguna idea?", 230, "es")
b = bsky(javi, "Javi",
         "segundo dia sin poder acceder... tengo ahi los patrones en pdf que compre y no los puedo "
         "descargar. el mail para recuperar la contraseña sigue sin aparecer 🙄 @thistlethread.bsky.social",
         270, "es")
S.group("es", "one identity", a, b)

# Damaged parcel, mail thread after a non-committal answer.
pilar = "pdominguez@telecorreo.example"
a = mail(pilar, "Pilar Domínguez", "Paquete dañado",
         "Buenos días,\n\nAyer recibí el pedido 58455 y la caja venía totalmente aplastada. La devanadora "
         "de canillas está partida por la mitad y el bote de alfileres abierto, con todos los alfileres "
         "sueltos por la caja. Adjunto fotos.\n\nQuedo a la espera.\nPilar Domínguez", 330, "es")
r = answer("email", "Hola Pilar,\n\nsentimos mucho lo ocurrido. Lo estamos revisando con la agencia de "
           "transporte y te contestamos lo antes posible.\n\nSaludos,\nThistle & Thread", 337, a, "es")
b = mail(pilar, "Pilar Domínguez", "Re: Paquete dañado",
         "Buenas otra vez, ¿seguís revisándolo? La devanadora rota sigue aquí encima de la mesa. Solo "
         "quiero que me mandéis otra, tampoco es tan difícil.\n\nPilar", 400, "es",
         thread=rid(a), irt=rid(r))
S.group("es", "one identity", a, b)

# ---------------------------------------------------------------- German

# Late order, three mails in a thread.
tb = "t.behrendt@netzpost.example"
a = mail(tb, "Thomas Behrendt", "Bestellung 58102 – Lieferung?",
         "Guten Tag,\n\nich habe am 20.07. das Schnittmuster-Paket \"Herbstgarderobe\" und 3 m Walkloden "
         "bestellt (Bestellnr. 58102). Laut Ihrer Seite Lieferzeit 2-3 Werktage, bis heute ist nichts da "
         "und die Sendungsverfolgung zeigt nur \"Sendung angekündigt\". Können Sie bitte nachsehen?\n\n"
         "Mit freundlichen Grüßen\nThomas Behrendt", 8, "de")
r = answer("email", "Hallo Herr Behrendt,\n\ndanke für Ihre Nachricht. Wir haben beim Versanddienstleister "
           "nachgefragt und melden uns, sobald wir eine Antwort haben.\n\nViele Grüße\nIhr Thistle & Thread "
           "Team", 26, a, "de")
b = mail(tb, "Thomas Behrendt", "AW: Bestellung 58102 – Lieferung?",
         "Hallo nochmal,\n\ngibt es schon was Neues? Tracking unverändert \"angekündigt\". Langsam glaube "
         "ich, das Paket wurde nie verschickt.\n\nT. Behrendt", 70, "de", thread=rid(a), irt=rid(r))
c = mail(tb, "Thomas Behrendt", "AW: Bestellung 58102 – Lieferung?",
         "Nach über einer Woche immer noch nichts. Bitte entweder sofort verschicken oder Geld zurück. "
         "So geht man nicht mit Kunden um.", 118, "de", thread=rid(a), irt=rid(r))
S.group("de", "one identity", a, b, c)
d = mail(tb, "Thomas Behrendt", "Walkloden zu kurz",
         "Guten Tag,\n\ndas Paket ist gestern doch noch gekommen. Allerdings sind es nur 2,5 m Walkloden "
         "statt der bestellten und bezahlten 3 m, ich habe zweimal nachgemessen. Für den Mantel reicht das "
         "nicht. Bitte schicken Sie mir den fehlenden halben Meter nach.\n\nMfG\nThomas Behrendt", 175, "de")
S.negative("other-complaint", c, d, "the parcel came; now the wool is 0.5 m short")

# Missing accessories, Mastodon then Bluesky, same name only.
ju_m = "@juttanaeht@chaos.social"
ju_b = "jkraemer.bsky.social"
a = masto(ju_m, "Jutta Krämer",
          "@thistlethread@sew.social Hab heute die Loomwell 220 bekommen, aber im Karton fehlt das "
          "Zubehör komplett – kein Reißverschlussfuß, kein Knopflochfuß, keine Spulen. Nur Maschine und "
          "Pedal. Ist das so gedacht??", 50, "de")
b = bsky(ju_b, "Jutta Krämer",
         "Neue Nähmaschine von @thistlethread.bsky.social, aber ohne Füßchen und ohne Spulen 🙄 Hab schon "
         "nachgefragt, keine Antwort. Wie soll ich denn damit nähen?", 98, "de")
S.group("de", "same name only", a, b)
S.same_person.append(["mastodon:" + ju_m, "bluesky:" + ju_b])

# Return label never sent, two mails.
sab = "sabine.hoelzl@aonpost.example"
a = mail(sab, "Sabine Hölzl", "Retourenetikett",
         "Hallo,\n\nich möchte den Jersey (petrol, 2 m) zurückschicken, die Farbe ist ganz anders als am "
         "Bildschirm. Habe am Montag das Retourenformular ausgefüllt, aber es kam kein Etikett. "
         "Bestellnummer 58411.\n\nLG Sabine Hölzl", 210, "de")
b = mail(sab, "Sabine Hölzl", "Nochmal: Rücksendeetikett fehlt",
         "Hallo, leider immer noch kein Rücksendeetikett bekommen (auch nicht im Spam-Ordner). Die 14 Tage "
         "laufen mir davon! Bitte schickt mir das Etikett.\n\nDanke, Sabine", 280, "de")
S.group("de", "one identity", a, b)

# Rude courier, Mastodon.
kai = "@stichundfaden@troet.cafe"
a = masto(kai, "Kai",
          "Der Fahrer von eurem Paketdienst hat heute mein Paket über den Gartenzaun geworfen und als ich "
          "was gesagt hab, hat er mich angeschnauzt ich soll mich nicht so anstellen. @thistlethread@sew.social "
          "mit wem verschickt ihr eigentlich??", 360, "de")
b = masto(kai, "Kai",
          "Bin immer noch sauer wegen gestern. Wie der Bote mit mir geredet hat, geht gar nicht. Will echt "
          "nicht, dass der nochmal bei mir klingelt. @thistlethread@sew.social", 392, "de")
S.group("de", "one identity", a, b)

# ---------------------------------------------------------------- French

# Double debit, three mails in a thread.
cam = "camille.dufresne@courriel.example"
a = mail(cam, "Camille Dufresne", "Double prélèvement commande 57940",
         "Bonjour,\n\nJ'ai été débitée deux fois de 67,80 € pour ma commande n° 57940 (coupon de wax + "
         "patron robe Agathe). Je n'ai passé qu'une seule commande. Pourriez-vous rembourser le deuxième "
         "paiement ?\n\nCordialement,\nCamille Dufresne", 40, "fr")
r = answer("email", "Bonjour Camille,\n\nMerci pour votre message, nous vérifions cela avec notre prestataire "
           "de paiement et revenons vers vous rapidement.\n\nBonne journée,\nL'équipe Thistle & Thread",
           47, a, "fr")
b = mail(cam, "Camille Dufresne", "Re: Double prélèvement commande 57940",
         "Bonjour,\n\ntoujours rien de votre côté ? Les deux prélèvements apparaissent bien sur mon relevé, "
         "j'ai encore vérifié ce matin. Merci de faire le nécessaire.", 110, "fr",
         thread=rid(a), irt=rid(r))
c = mail(cam, "Camille Dufresne", "Re: Double prélèvement commande 57940",
         "Bon. Bientôt une semaine. 67,80 € pris en trop et aucune nouvelle. Je vais faire opposition "
         "auprès de ma banque si rien ne bouge.\n\nC. Dufresne", 160, "fr", thread=rid(a), irt=rid(r))
S.group("fr", "one identity", a, b, c)
d = mail(cam, "Camille Dufresne", "Impossible de me connecter",
         "Bonjour,\n\nautre souci : impossible de me connecter à mon compte depuis hier soir, le mot de "
         "passe est refusé et le lien « mot de passe oublié » tombe sur une page d'erreur 404. Je voulais "
         "télécharger la notice du patron.\n\nCamille", 170, "fr")
S.negative("other-complaint", c, d, "cannot log in, not the double debit")

# Damaged scissors, Bluesky then mail whose profile links the Bluesky account.
ga_b = "gaelle-couture.bsky.social"
ga_e = "gaelle.marchand@courriel.example"
a = bsky(ga_b, "Gaëlle ✂️",
         "Reçu mes ciseaux de tailleur @thistlethread.bsky.social… la lame est complètement tordue, on "
         "dirait qu'ils sont tombés du camion 😭 le colis était enfoncé d'un côté. cde 58440", 240, "fr")
b = mail(ga_e, "Gaëlle Marchand", "Ciseaux arrivés abîmés - cde 58440",
         "Bonjour,\n\nJe vous ai écrit sur Bluesky hier soir. Les ciseaux de tailleur 25 cm sont arrivés "
         "avec une lame voilée, ils ne coupent plus rien du tout. Je voudrais un échange svp.\n\n"
         "Gaëlle Marchand", 262, "fr", links=[ga_b])
S.group("fr", "profile link", a, b)
S.same_person.append(["bluesky:" + ga_b, "email:" + ga_e])

# Welcome code not applied, Mastodon.
mat = "@fil_rouge@piaille.fr"
a = masto(mat, "Mathilde",
          "@thistlethread@sew.social le code BIENVENUE10 pour la première commande ne marche pas, le panier "
          "reste au même prix… c'est normal ?", 300, "fr")
b = masto(mat, "Mathilde",
          "Bon ben j'ai payé plein pot finalement. Toujours pas de réponse pour la réduc de bienvenue qui "
          "n'a jamais été appliquée. Merci @thistlethread@sew.social 🙃", 344, "fr")
S.group("fr", "one identity", a, b)

# Invoice in the wrong name, a mail then a reminder.
odile = "odile.perrin@orange-mail.example"
a = mail(odile, "Odile Perrin", "Facture erronée",
         "Bonjour,\n\nNous avons reçu la facture de la commande 58501 mais elle est établie au nom de Mme "
         "Perrin à titre personnel et non au nom de l'association « Les Petites Mains de Bourges », alors "
         "que je l'avais bien indiqué lors de la commande. Sans facture au bon nom notre trésorière ne "
         "peut pas me rembourser. Merci de la refaire.\n\nOdile Perrin, présidente", 380, "fr")
b = mail(odile, "Odile Perrin", "Relance - facture 58501",
         "Bonjour,\n\nJe me permets de vous relancer pour la facture à corriger (nom de l'association au "
         "lieu du mien). Notre assemblée générale a lieu vendredi.\n\nMerci d'avance,\nO. Perrin", 450, "fr")
S.group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese

# Late order, mail then Bluesky, same name only.
rita_e = "rita.figueiredo@sapomail.example"
rita_b = "ritafig.bsky.social"
a = mail(rita_e, "Rita Figueiredo", "Encomenda 58330 atrasada",
         "Boa tarde,\n\nFiz a encomenda 58330 (linho lavado e um molde de calças) há 10 dias e ainda não "
         "recebi nada. O site dizia envio para Portugal em 5 dias úteis. Podem verificar o que se passa?\n\n"
         "Obrigada\nRita Figueiredo", 100, "pt")
b = bsky(rita_b, "Rita Figueiredo",
         "@thistlethread.bsky.social já lá vão duas semanas e nada do linho. Mandei email e nem resposta. "
         "Há alguém aí??", 175, "pt")
S.group("pt", "same name only", a, b)
S.same_person.append(["email:" + rita_e, "bluesky:" + rita_b])

# Wrong needles; the shop asks for a photo, she sends it, then repeats.
ju = "ju.alvespereira@provedor.example"
a = mail(ju, "Juliana Alves", "Agulha errada",
         "Oi, tudo bem?\n\nPedi o kit de agulhas pra malha 90/14 e chegou o kit de agulhas universais "
         "70/10. Pedido 58447. Preciso das de malha pra fazer umas camisetas, vocês podem trocar?\n\n"
         "Beijos, Ju", 250, "pt")
r = answer("email", "Olá Juliana,\n\npode enviar-nos uma fotografia da embalagem que recebeu? Assim "
           "tratamos da troca.\n\nObrigado,\nThistle & Thread", 257, a, "pt")
p = mail(ju, "Juliana Alves", "Re: Agulha errada",
         "Segue a foto da embalagem, dá pra ver que está escrito 70/10 universal.\n\nJu", 262, "pt",
         thread=rid(a), irt=rid(r))
b = mail(ju, "Juliana Alves", "Re: Agulha errada",
         "Oi de novo, mandei a foto segunda-feira e até agora ninguém falou nada da troca das agulhas. "
         "Continuo sem as de malha 😕", 330, "pt", thread=rid(a), irt=rid(r))
S.group("pt", "one identity", a, b)
S.negative("follow-up", a, p, "the photo the shop asked for")

# Subscription cancelled, still billed, Mastodon.
ines = "@costureira_lx@masto.pt"
a = masto(ines, "Inês",
          "@thistlethread@sew.social cancelei a assinatura da caixa mensal de tecidos no início do mês e "
          "hoje voltaram a cobrar 24,90€. Podem devolver?", 420, "pt")
b = masto(ines, "Inês",
          "Continuo à espera que me devolvam os 24,90 da assinatura que eu já tinha cancelado. Nem uma "
          "resposta… @thistlethread@sew.social", 470, "pt")
S.group("pt", "one identity", a, b)

# ---------------------------------------------------------------- Italian

# Delivered but not received, mail thread after a non-committal answer.
gio = "g.ferrante@postaweb.example"
a = mail(gio, "Giorgio Ferrante", "ordine 58360 risulta consegnato ma non è arrivato",
         "Buongiorno,\n\nil tracking dell'ordine 58360 dice consegnato ieri alle 10:12 ma io ero in casa e "
         "non è passato nessuno. Né il portiere né i vicini hanno niente. Potete verificare col corriere?\n\n"
         "Grazie,\nGiorgio Ferrante", 130, "it")
r = answer("email", "Buongiorno Giorgio,\n\nabbiamo aperto una segnalazione con il corriere, le faremo "
           "sapere appena possibile.\n\nCordiali saluti,\nThistle & Thread", 140, a, "it")
b = mail(gio, "Giorgio Ferrante", "Re: ordine 58360 risulta consegnato ma non è arrivato",
         "Buongiorno, sono passati tre giorni e nessuna notizia. Il pacco non c'è. Mi rimborsate o lo "
         "rispedite? Non ho intenzione di aspettare all'infinito.", 215, "it", thread=rid(a), irt=rid(r))
S.group("it", "one identity", a, b)
d = mail(gio, "Giorgio Ferrante", "newsletter",
         "Salve, mi sono disiscritto dalla vostra newsletter già due volte ma continuo a riceverla tutti i "
         "giorni. Per favore toglietemi dalla lista.\nG. Ferrante", 222, "it")
S.negative("other-complaint", b, d, "newsletter after unsubscribing, not the missing parcel")

# Damaged machine, Mastodon then mail whose profile links the Mastodon account.
el_m = "@cucitoecaffe@mastodon.uno"
el_e = "elena.bassi@postaweb.example"
a = masto(el_m, "Elena ☕🧵",
          "Arrivata la Loomwell 350 😍… ma il pedale ha il cavo tranciato e la plastica crepata 😤 non parte "
          "nemmeno. @thistlethread@sew.social come facciamo?", 280, "it")
b = mail(el_e, "Elena Bassi", "Macchina da cucire arrivata danneggiata",
         "Salve,\n\nvi ho scritto anche su Mastodon. La macchina da cucire Loomwell 350 (ordine 58420) è "
         "arrivata con il pedale rotto: il filo è tagliato e il guscio spaccato. Così non posso usarla. "
         "Chiedo la sostituzione del pedale o della macchina.\n\nElena Bassi", 300, "it", links=[el_m])
S.group("it", "profile link", a, b)
S.same_person.append(["mastodon:" + el_m, "email:" + el_e])

# App crashes, Bluesky.
bea = "sartoriadibea.bsky.social"
a = bsky(bea, "Bea",
         "l'app di @thistlethread.bsky.social si chiude da sola appena apro la sezione cartamodelli, su "
         "android. qualcuno ha lo stesso problema?", 440, "it")
b = bsky(bea, "Bea",
         "ancora niente, crasha ogni volta che tocco 'cartamodelli'. l'ho pure disinstallata e "
         "reinstallata. dai @thistlethread.bsky.social", 465, "it")
S.group("it", "one identity", a, b)

# ---------------------------------------------------------------- Dutch

# Return label, three mails in a thread.
mb = "marleen.bosch@mailnet.example"
a = mail(mb, "Marleen Bosch", "Retourlabel",
         "Hoi,\n\nIk wil de lockmachine (Heron) retourneren, hij is toch niet wat ik zocht. Ik heb het "
         "retourformulier ingevuld maar nog geen retourlabel gekregen. Bestelnummer 58155.\n\nGroetjes,\n"
         "Marleen", 20, "nl")
r = answer("email", "Hoi Marleen,\n\nDank je voor je bericht! We kijken ernaar en komen zo snel mogelijk bij "
           "je terug.\n\nGroet,\nThistle & Thread", 28, a, "nl")
b = mail(mb, "Marleen Bosch", "Re: Retourlabel",
         "Hallo, nog steeds geen label ontvangen. Ook niet in mijn spam. Kunnen jullie het gewoon even "
         "mailen?", 80, "nl", thread=rid(a), irt=rid(r))
c = mail(mb, "Marleen Bosch", "Re: Retourlabel",
         "Dit duurt wel erg lang voor een simpel verzendlabel... de doos staat al een week in de gang.\n\n"
         "M. Bosch", 140, "nl", thread=rid(a), irt=rid(r))
S.group("nl", "one identity", a, b, c)
d = mail(mb, "Marleen Bosch", "Terugbetaling klopt niet",
         "Hallo,\n\nHet label kwam uiteindelijk en de lockmachine is terug bij jullie. Maar ik heb €6,95 "
         "minder teruggekregen dan ik betaald heb, er zijn retourkosten afgetrokken terwijl op jullie site "
         "staat dat retourneren gratis is. Graag het verschil alsnog overmaken.\n\nMarleen", 200, "nl")
S.negative("other-complaint", c, d, "return costs deducted from the refund, not the missing label")

# Charged twice, Bluesky then Mastodon, same name only.
fe_b = "femkemaakt.bsky.social"
fe_m = "@femkej@mastodon.nl"
a = bsky(fe_b, "Femke Jansen",
         "Hee @thistlethread.bsky.social, ik zie twee keer €38,50 afgeschreven voor één bestelling "
         "(stofpakket + garen). Kan dat teruggestort worden?", 180, "nl")
b = masto(fe_m, "Femke Jansen",
          "Nog steeds dubbel betaald bij @thistlethread@sew.social en tot nu toe geen enkele reactie. €38,50 "
          "is niet niks hoor.", 226, "nl")
S.group("nl", "same name only", a, b)
S.same_person.append(["bluesky:" + fe_b, "mastodon:" + fe_m])

# Wrong zips, two mails.
pvd = "pvdam@zigmail.example"
a = mail(pvd, "P. van Dam", "Verkeerde ritsen",
         "Goedemiddag,\n\nIk had 5 naadloze ritsen van 20 cm in marineblauw besteld (order 58470) maar ik heb "
         "5 gewone ritsen van 50 cm in zwart gekregen. Graag de juiste alsnog opsturen.\n\nMet vriendelijke "
         "groet,\nPieter van Dam", 350, "nl")
b = mail(pvd, "P. van Dam", "Nog geen reactie",
         "Goedendag,\n\nPaar dagen geleden gemaild over de ritsen (zwart 50 cm ipv blauw 20 cm). Geen antwoord "
         "ontvangen. Mijn kleindochter wacht op haar rokje.\n\nP. van Dam", 410, "nl")
S.group("nl", "one identity", a, b)

# ---------------------------------------------------------------- Catalan

# Order not arrived, two mails.
jordi = "jordi.puigdomenech@correu.example"
a = mail(jordi, "Jordi Puigdomènech", "Comanda 58250 no arriba",
         "Bon dia,\n\nVaig fer la comanda 58250 (un lot de retalls de cotó i fils) fa deu dies i encara no "
         "ha arribat. El seguiment no s'actualitza des de fa una setmana. Em podeu dir alguna cosa?\n\n"
         "Gràcies,\nJordi", 60, "ca")
b = mail(jordi, "Jordi Puigdomènech", "Encara res",
         "Hola, us vaig escriure dilluns i no he tingut resposta. Segueixo sense paquet i sense cap "
         "notícia. Si s'ha perdut digueu-m'ho i ja està.\n\nJordi P.", 135, "ca")
S.group("ca", "one identity", a, b)

# Discount code, Mastodon then Bluesky whose profile links the Mastodon account.
nu_m = "@agulla_i_didal@mastodont.cat"
nu_b = "nuriacus.bsky.social"
a = masto(nu_m, "Núria",
          "Hola @thistlethread@sew.social! He intentat fer servir el codi de descompte de la newsletter "
          "(TARDOR20) i no m'ho aplica, surt 'codi no vàlid'. Encara és vigent?", 265, "ca")
b = bsky(nu_b, "Núria",
         "@thistlethread.bsky.social el TARDOR20 segueix sense funcionar i a mastodon ningú em contesta... "
         "que el descompte s'acaba diumenge eh", 312, "ca", links=[nu_m])
S.group("ca", "profile link", a, b)
S.same_person.append(["mastodon:" + nu_m, "bluesky:" + nu_b])

# Missing bobbin case, mail then Mastodon, same name only.
mo_e = "montse.vilaro@correu.example"
mo_m = "@mvilaro@mastodont.cat"
a = mail(mo_e, "Montse Vilaró", "Falta una peça",
         "Bon dia,\n\nM'ha arribat la màquina de cosir Loomwell 220 però falta la caixeta de la bobina, i "
         "sense això no puc cosir res. Comanda 58480. Em podeu enviar la peça?\n\nMoltes gràcies.\n"
         "Montse Vilaró", 370, "ca")
b = masto(mo_m, "Montse Vilaró",
          "Fa tres dies que tinc una màquina de cosir nova de @thistlethread@sew.social que no puc fer "
          "servir perquè hi falta la caixa de la bobina. Ningú em respon el correu. Molt decebuda 😞",
          430, "ca")
S.group("ca", "same name only", a, b)
S.same_person.append(["email:" + mo_e, "mastodon:" + mo_m])

# ---------------------------------------------------------------- follow-ups

tom = "tom.hargreaves@fastpost.example"
a = mail(tom, "Tom Hargreaves", "Light not working on new machine",
         "Hi,\n\nThe light on my new sewing machine doesn't come on. Everything else seems fine. What should "
         "I do?\n\nTom", 45, "en")
r = answer("email", "Hi Tom,\n\nSorry to hear that! Could you send us your order number so we can look it "
           "up?\n\nThanks,\nEwan", 50, a, "en")
b = mail(tom, "Tom Hargreaves", "Re: Light not working on new machine",
         "Here you go, it's 58288. Bought it about three weeks ago.\n\nCheers, Tom", 53, "en",
         thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "the order number the shop asked for")

anke = "anke.wiegand@webpost.example"
a = mail(anke, "Anke Wiegand", "Fleck im Stoff",
         "Guten Tag,\n\nin dem Leinen (natur, 3 m) aus meiner Bestellung ist mitten auf der Bahn ein großer "
         "gelblicher Fleck, der beim Waschen nicht rausgegangen ist. So kann ich das nicht verwenden.\n\n"
         "Anke Wiegand", 88, "de")
r = answer("email", "Hallo Frau Wiegand,\n\ndas tut uns leid. Könnten Sie uns bitte ein Foto von dem Fleck "
           "schicken?\n\nViele Grüße\nThistle & Thread", 95, a, "de")
b = mail(anke, "Anke Wiegand", "AW: Fleck im Stoff",
         "Anbei das Foto, der Zollstock liegt zum Größenvergleich daneben. Der Fleck ist ca. 8 cm breit.\n\n"
         "Gruß A. Wiegand", 99, "de", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "the photo the shop asked for")

san = "@sandrine_cousette@mamot.fr"
a = masto(san, "Sandrine",
          "@thistlethread@sew.social bonjour, j'ai reçu le patron Agathe en 36-44 alors que j'avais pris la "
          "version 46-54 😕", 125, "fr")
r = answer("mastodon", "@sandrine_cousette@mamot.fr Bonjour Sandrine, désolées ! Vous pouvez nous donner "
           "votre numéro de commande ?", 128, a, "fr")
b = masto(san, "Sandrine",
          "@thistlethread@sew.social oui bien sûr, c'est la 58362 👍", 129, "fr", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "the order number the shop asked for")

rosa = "rosagil.costura@correo.example"
a = mail(rosa, "Rosa Gil", "Caja de hilos rota",
         "Hola,\n\nme ha llegado la caja de 24 bobinas de hilo con la tapa rota y tres bobinas aplastadas. "
         "Pedido 58394. ¿Me mandáis las que faltan?\n\nRosa", 150, "es")
b = mail(rosa, "Rosa Gil", "Re: Caja de hilos rota",
         "PD: se me olvidó adjuntar la foto, ahí va. Son los colores 112, 640 y 915.\n\nRosa", 150.4, "es",
         thread=rid(a), irt=rid(a))
S.negative("follow-up", a, b, "PS with the forgotten photo and the colour numbers")

fra = "francesca.rinaldi@postaweb.example"
a = mail(fra, "Francesca Rinaldi", "fattura",
         "Buonasera, avrei bisogno della fattura per l'ordine 58431 intestata al mio laboratorio di "
         "sartoria, nella mail di conferma c'è solo la ricevuta.\nGrazie\nFrancesca", 205, "it")
r = answer("email", "Buonasera Francesca,\n\ncerto! Ci manda partita IVA e indirizzo completo del laboratorio?"
           "\n\nGrazie,\nThistle & Thread", 212, a, "it")
b = mail(fra, "Francesca Rinaldi", "Re: fattura",
         "Eccoli: Sartoria Rinaldi di Francesca Rinaldi, via dei Mille 14, 40121 Bologna, P.IVA 03518620372."
         "\n\nF.", 216, "it", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "the VAT number and address the shop asked for")

# ---------------------------------------------------------------- other customers

steph = "@sewingwithsteph@mastodon.social"
pete = "grannysquarepete.bsky.social"
a = masto(steph, "Steph",
          "is @thistlethread@sew.social's website down? getting a 502 bad gateway as soon as I try to check "
          "out", 286, "en")
b = bsky(pete, "Pete",
         "@thistlethread.bsky.social site not loading for me, just spins and spins. you down?", 286.5, "en")
S.negative("other-customer", a, b, "an outage seen by two different customers")

mi = "m.sommer@heimnetz.example"
ka = "katrin.sommer@heimnetz.example"
a = mail(mi, "Michael Sommer", "Bestellung 58399",
         "Hallo, unsere Bestellung 58399 (Overlock + Garne) ist seit 9 Tagen unterwegs und bewegt sich nicht. "
         "Können Sie nachfragen? Gruß Michael Sommer", 226, "de")
b = mail(ka, "Katrin Sommer", "Wo bleibt unser Paket?",
         "Guten Tag, mein Mann hat Ihnen heute schon geschrieben, ich frage trotzdem auch nochmal nach: die "
         "Overlock ist für meinen Nähkurs ab Montag, die Bestellung lief über sein Konto. Wann kommt sie?\n"
         "Katrin Sommer", 229, "de")
S.negative("other-customer", a, b, "a couple sharing one order, each asking")

hel = "helene.roux@courriel.example"
lou = "@loulou_tricote@piaille.fr"
a = mail(hel, "Hélène Roux", "Code RENTREE15",
         "Bonjour, le code RENTREE15 reçu par mail n'est pas pris en compte sur mon panier (tissu jersey + "
         "biais). Pouvez-vous regarder ? Merci, Hélène", 395, "fr")
b = masto(lou, "Lou",
          "@thistlethread@sew.social votre code RENTREE15 ne marche pas chez moi, ça me met 'code expiré' "
          "alors que la newsletter est d'hier ?", 397, "fr")
S.negative("other-customer", a, b, "two different customers, same broken code")

sam_e = "sam.taylor84@postbox.example"
sam_b = "samtaylorstitches.bsky.social"
a = mail(sam_e, "Sam Taylor", "Where's my parcel",
         "Hi, order 58522 was meant to arrive Friday and the tracking hasn't updated since it left your "
         "warehouse. It's going to Leeds, LS6. Can you check? Thanks, Sam", 335, "en")
b = bsky(sam_b, "Sam Taylor",
         "@thistlethread.bsky.social ordered embroidery floss for my class here in Brisbane almost 3 weeks "
         "ago and still nothing. how long does shipping to Australia usually take?", 340, "en")
S.negative("other-customer", a, b, "two different people named Sam Taylor (Leeds, Brisbane), both waiting")
S.same_name_different_people.append(["email:" + sam_e, "bluesky:" + sam_b])

car_e = "carmen.lopez.g@telecorreo.example"
car_m = "@carmenlopez@mastodon.social"
a = mail(car_e, "Carmen López", "No puedo entrar en mi cuenta",
         "Buenas tardes, desde que cambiasteis la web no puedo entrar en mi cuenta, me dice que el correo no "
         "está registrado y llevo comprando con vosotros dos años. Soy de Sevilla, cliente de la tienda de "
         "siempre.\nCarmen López", 355, "es")
b = masto(car_m, "Carmen López",
          "@thistlethread@sew.social che, me registré recién para comprar los moldes en pdf y no puedo "
          "loguearme, me tira error de contraseña aunque la acabo de crear. Desde Rosario, Argentina 🇦🇷",
          361, "es")
S.negative("other-customer", a, b, "two different people named Carmen López (Seville, Rosario) who cannot log in")
S.same_name_different_people.append(["email:" + car_e, "mastodon:" + car_m])

vale = "valentina.conti@postaweb.example"
luca = "lucacuce.bsky.social"
a = mail(vale, "Valentina Conti", "link cartamodello pdf",
         "Ciao, ho comprato il cartamodello PDF della giacca Orsola ma il link per scaricarlo mi dà errore "
         "'link scaduto'. L'ho comprato un'ora fa!\nValentina", 455, "it")
b = bsky(luca, "Luca",
         "@thistlethread.bsky.social il link del pdf del cartamodello mi dice 'scaduto' subito dopo il "
         "pagamento, è un problema vostro?", 457, "it")
S.negative("other-customer", a, b, "two different customers with the same broken download link")

# ---------------------------------------------------------------- window

gwen = "gwen.pryce@valleymail.example"
a = mail(gwen, "Gwen Pryce", "Refund for returned bundle",
         "Hello,\n\nI sent back the Autumn Mustard fabric bundle on the 21st and you confirmed you had it. I "
         "haven't had the refund (£34) yet. Could you look into it?\n\nDiolch,\nGwen", 15, "en")
b = mail(gwen, "Gwen Pryce", "Still waiting for my refund",
         "Hello again, it's been well over a week since I asked and the £34 for the returned bundle still "
         "hasn't come through. Please can someone check.\n\nGwen Pryce", 215, "en")
S.negative("window", a, b, "the same refund asked again more than 7 days later")

alba = "albacose.bsky.social"
a = bsky(alba, "Alba",
         "@thistlethread.bsky.social mi pedido de tela de sudadera lleva 8 dias en 'preparando envio'. se "
         "sabe algo?", 90, "es")
b = bsky(alba, "Alba",
         "pues nada, mas de dos semanas y la tela de sudadera sin enviar. @thistlethread.bsky.social", 300,
         "es")
S.negative("window", a, b, "the same late order again more than 7 days later")

lena = "@lena_naeht@nrw.social"
a = masto(lena, "Lena",
          "@thistlethread@sew.social mein Login geht seit gestern nicht mehr, \"Sitzung abgelaufen\" in "
          "Dauerschleife. Jemand eine Idee?", 120, "de")
b = masto(lena, "Lena",
          "Login bei @thistlethread@sew.social klappt immer noch nicht. \"Sitzung abgelaufen\", jedes Mal. "
          "Nervt.", 320, "de")
S.negative("window", a, b, "the same login trouble again more than 7 days later")

pau = "pau.serra@correu.example"
a = mail(pau, "Pau Serra", "Tisores trencades",
         "Hola, les tisores dentades de la comanda 58270 han arribat amb la punta trencada. Què faig?\nPau",
         150, "ca")
b = mail(pau, "Pau Serra", "Tisores trencades (2)",
         "Bon dia, fa més d'una setmana que us vaig escriure per les tisores dentades que van arribar "
         "trencades i no en sé res. Segueixo esperant.\nPau Serra", 400, "ca")
S.negative("window", a, b, "the same broken scissors again more than 7 days later")

# ---------------------------------------------------------------- one-off questions

a = masto("@aoife_sews@mastodon.ie", "Aoife",
          "@thistlethread@sew.social do you ship to Ireland, and is there customs to pay on top?", 18, "en")
answer("mastodon", "@aoife_sews@mastodon.ie Hi Aoife! Yes we do, 3-5 days, and customs are included at "
       "checkout so nothing extra on the doorstep.", 22, a, "en")
mail("june.baird@kinmail.example", "June Baird", "Gift vouchers?",
     "Hello, do you do gift vouchers? It's my mum's 70th and she's just taken up quilting. An e-voucher "
     "would be ideal.\nMany thanks, June", 64, "en")
bsky("stitchfirsttime.bsky.social", "Amir",
     "@thistlethread.bsky.social is the Loomwell 220 ok for a complete beginner? and can it manage denim "
     "hems?", 161, "en")
mail("clara.mendez@correo.example", "Clara Méndez", "¿Tienda física?",
     "Hola, ¿tenéis tienda física en Madrid o solo online? Me gustaría tocar las telas antes de "
     "comprar.\nGracias, Clara", 34, "es")
masto("@tallagrande_cose@masto.es", "Reme",
      "@thistlethread@sew.social los patrones de vestido llegan a la talla 56 o se quedan en la 48?", 244,
      "es")
mail("h.vogt@netzpost.example", "Herbert Vogt", "Ratenzahlung Overlock",
     "Guten Tag, kann man die Heron Overlock auch in Raten bezahlen? MfG H. Vogt", 112, "de")
bsky("naehliese.bsky.social", "Liese",
     "@thistlethread.bsky.social wann kommt der Baumwolljersey in Senf wieder rein? 🙏", 290, "de")
mail("b.lefebvre@courriel.example", "Bernadette Lefebvre", "Cours de couture",
     "Bonjour, proposez-vous des cours de couture pour débutants, en ligne ou ailleurs ?\nBien à vous,\n"
     "Bernadette", 196, "fr")
bsky("zoecoudtout.bsky.social", "Zoé",
     "@thistlethread.bsky.social vos cotons sont certifiés Oeko-Tex ? c'est pour de la layette", 412, "fr")
masto("@costuraemcasa@masto.pt", "Joana",
      "@thistlethread@sew.social enviam para o Brasil? e quanto fica o frete?", 84, "pt")
mail("mfernandes@sapomail.example", "Manuel Fernandes", "Linho lavado",
     "Bom dia, qual a diferença entre o linho lavado e o linho normal? Encolhe menos? Obrigado, Manuel",
     366, "pt")
mail("scuola.tagliocucito@postaweb.example", "Scuola Taglio e Cucito Lodi", "Sconti per scuole",
     "Buongiorno, siamo una scuola di taglio e cucito: fate sconti per ordini di 10 macchine? Cordiali "
     "saluti, la segreteria", 178, "it")
masto("@filoedago@mastodon.uno", "Marco",
      "@thistlethread@sew.social che filo e che ago consigliate per orli di jeans belli spessi?", 386, "it")
bsky("naaiatelierlies.bsky.social", "Lies",
     "@thistlethread.bsky.social verzenden jullie ook naar België? en wat kost dat?", 58, "nl")
a = mail("r.dekker@mailnet.example", "Ria Dekker", "Bestelling aanpassen",
         "Hallo, kan ik mijn bestelling van vanochtend nog aanpassen? Ik wil er graag nog 2 m tricot bij "
         "doen zodat het in één pakket gaat. Groet, Ria", 252, "nl")
answer("email", "Hoi Ria,\n\nJa hoor, dat lukt nog! We voegen de 2 m tricot toe en sturen je een "
       "betaallink voor het verschil.\n\nGroet,\nThistle & Thread", 255, a, "nl")
masto("@cosidora_bcn@mastodont.cat", "Laia",
      "@thistlethread@sew.social teniu patrons amb les instruccions en català? 🙂", 476, "ca")

S.write(HERE, "Labelled repeats in other words for a sewing shop (Thistle & Thread), eight languages, "
        "written without sight of the detector; see gen-fixture.py.")
