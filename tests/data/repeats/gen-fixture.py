#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes fixture.jsonl and labels.json for test-repeats and test-customers.

The fixture is hand-labelled: every true repeat group is written out here
with its variants, next to the hard negatives (the same customer on other
topics, other customers posting the same text, emails that share only a
greeting and a signature, the same text ten days apart). Run it again
after editing; the output is deterministic.
"""
import json
import os
from datetime import datetime, timedelta, timezone

BASE = datetime(2024, 3, 4, 8, 0, 0, tzinfo=timezone.utc)
HERE = os.path.dirname(os.path.abspath(__file__))

messages = []
groups = []          # true repeat groups: lists of "channel:id"
topics = []          # expected topics (different customers, same text)
counter = {"email": 0, "mastodon": 0, "bluesky": 0}


def add(channel, author, text, hours, lang=None, subject=None, name=None,
        links=None, direction=None, thread=None, in_reply_to=None):
    counter[channel] += 1
    if channel == "email":
        rid = "<fx%d@mail.example>" % counter[channel]
    else:
        rid = "%s-%d" % (channel[:2], counter[channel])
    obj = {
        "channel": channel,
        "id": rid,
        "author": {"handle": author},
        "text": text,
        "created_at": (BASE + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    if name:
        obj["author"]["name"] = name
    if links:
        obj["author"]["links"] = links
    if lang:
        obj["lang"] = lang
    if subject:
        obj["subject"] = subject
    if direction:
        obj["direction"] = direction
    if thread:
        obj["thread"] = thread
    if in_reply_to:
        obj["in_reply_to"] = in_reply_to
    messages.append(obj)
    return "%s:%s" % (channel, rid)


def group(*keys):
    groups.append(list(keys))


# --- True repeats -------------------------------------------------------

# 1. English, Mastodon: exact, case/punctuation, emoji, hashtag, mention,
#    link, typo and "again" variants.
dana = ("mastodon", "@dana@mastodon.social")
d = dict(name="Dana Whitfield", lang="en")
group(
    add(*dana, "My order #4521 hasn't arrived after three weeks and the tracking page shows nothing since March 1st. Can someone look into it?", 1, **d),
    add(*dana, "My order #4521 hasn't arrived after three weeks and the tracking page shows nothing since March 1st. Can someone look into it?", 3, **d),
    add(*dana, "MY ORDER #4521 HASN'T ARRIVED AFTER THREE WEEKS and the tracking page shows nothing since March 1st!!! Can someone look into it???", 7, **d),
    add(*dana, "@acmeshop my order #4521 hasn't arrived after three weeks and the tracking page shows nothing since March 1st 😡😡 can someone look into it? #customerservice #fail", 20, **d),
    add(*dana, "Again: my order #4521 still hasn't arrived after three weeks and the tracking page shows nothing since march 1st. Can someone PLEASE look into it? https://acme.example/track/4521", 30, **d),
    add(*dana, "my ordr #4521 hasnt arrived after three weeks and the traking page shows nothing since March 1st. can someone look into it", 52, **d),
)
add(*dana, "Do you ship to Iceland? I'd like to send a gift to my sister in Reykjavik.", 80, **d)
add(*dana, "Loved the new spring catalogue, the linen shirts look great.", 200, **d)

# 2. Spanish, Bluesky: accents, "otra vez", "todavía", emoji.
luis = ("bluesky", "luisgarcia.bsky.social")
l = dict(name="Luis García", lang="es")
group(
    add(*luis, "Mi pedido 7781 llegó roto: la caja venía aplastada y el jarrón estaba hecho pedazos. ¿Quién me lo repone?", 5, **l),
    add(*luis, "Otra vez: mi pedido 7781 llegó roto, la caja venía aplastada y el jarrón estaba hecho pedazos. ¿Quién me lo repone? 😤", 26, **l),
    add(*luis, "mi pedido 7781 llego roto la caja venia aplastada y el jarron estaba hecho pedazos quien me lo repone", 49, **l),
    add(*luis, "@acmeshop.bsky.social todavía nadie me responde: mi pedido 7781 llegó roto, la caja venía aplastada y el jarrón estaba hecho pedazos. ¿Quién me lo repone?", 75, **l),
)
add(*luis, "¿Tenéis tienda física en Valencia o solo vendéis por internet?", 110, **l)
add(*luis, "Gracias por el descuento de cumpleaños, muy amables.", 330, **l)

# 3. French, Mastodon: "encore", typos, hashtags.
claire = ("mastodon", "@claire_b@piaille.fr")
c = dict(name="Claire Bernard", lang="fr")
group(
    add(*claire, "Je n'arrive plus à me connecter à mon compte depuis la mise à jour d'hier, le mot de passe est refusé alors qu'il est correct.", 10, **c),
    add(*claire, "Encore une fois : je n'arrive plus à me connecter à mon compte depuis la mise à jour d'hier, le mot de passe est refusé alors qu'il est correct. #bug", 34, **c),
    add(*claire, "Toujours impossible : je n'arrive plus a me connecter a mon compte depuis la mise a jour d'hier, le mot de pase est refusé alors qu'il est corect !", 58, **c),
)
add(*claire, "Est-ce que la livraison est offerte à partir de 50 euros ?", 140, **c)
add(*claire, "Merci pour le colis, tout est arrivé en parfait état.", 260, **c)

# 4. German, Bluesky: "immer noch", "schon wieder".
jonas = ("bluesky", "jonas-weber.bsky.social")
j = dict(name="Jonas Weber", lang="de")
group(
    add(*jonas, "Die Rechnung für März wurde zweimal von meinem Konto abgebucht. Bitte erstatten Sie den doppelten Betrag von 89,90 Euro.", 12, **j),
    add(*jonas, "Schon wieder: Die Rechnung für März wurde zweimal von meinem Konto abgebucht. Bitte erstatten Sie den doppelten Betrag von 89,90 Euro!", 40, **j),
    add(*jonas, "Immer noch keine Antwort. Die Rechnung fur Marz wurde zweimal von meinem Konto abgebucht, bitte erstatten Sie den doppelten Betrag von 89,90 Euro. #kundenservice", 64, **j),
    add(*jonas, "@acmeshop.bsky.social die Rechnung für März wurde zweimal von meinem Konto abgebucht 😠 Bitte erstatten Sie den doppelten Betrag von 89,90 Euro.", 90, **j),
)
add(*jonas, "Gibt es die Wanderschuhe Modell Alpin auch in Größe 47?", 150, **j)

# 5. English email: greeting, signature and quoted-text variants.
tom = ("email", "tom.baker@bakersons.example")
t = dict(name="Tom Baker", lang="en")
TOM_SIG = "\n\n-- \nTom Baker | Operations Manager\nBaker & Sons Ltd, 14 Mill Lane, Leeds\n+44 113 496 0000\nThis email and any attachments are confidential."
group(
    add(*tom, "Hi Acme support,\n\nWe were charged twice for invoice INV-2231 on our company card. Please refund the duplicate payment of £412.50 to the same card.\n\nBest regards,\nTom" + TOM_SIG, 14, subject="Duplicate charge INV-2231", **t),
    add(*tom, "Hello,\n\nwe were charged twice for invoice INV-2231 on our company card. Please refund the duplicate payment of £412.50 to the same card.\n\nThanks,\nTom" + TOM_SIG + "\n\nOn Mon, 4 Mar 2024 at 22:00, Tom Baker <tom.baker@bakersons.example> wrote:\n> Hi Acme support,\n>\n> We were charged twice for invoice INV-2231 on our company card.\n> Please refund the duplicate payment of £412.50 to the same card.", 38, subject="Re: Duplicate charge INV-2231 (second request)", **t),
    add(*tom, "Dear Sir or Madam,\n\nI am writing again because we were charged twice for invoice INV-2231 on our company card. Please refund the duplicate payment of £412.50 to the same card.\n\nKind regards,\nTom Baker\nSent from my iPhone", 85, subject="INV-2231 still not refunded", **t),
)
# Same sender, same greeting and signature, other content: not repeats.
add(*tom, "Hi Acme support,\n\nCould you send us a quote for 40 stacking chairs in oak, delivered to our Leeds office before April?\n\nBest regards,\nTom" + TOM_SIG, 100, subject="Quote for 40 chairs", **t)
add(*tom, "Hi Acme support,\n\nPlease note that our delivery address changes to 22 Canal Street, Leeds LS1 4AB from next month.\n\nBest regards,\nTom" + TOM_SIG, 130, subject="New delivery address", **t)

# 6. One person on three channels, linked by email and profile links:
#    the same complaint on each is a repeat.
ana_mail = ("email", "ana.lopez@example.com")
ana_masto = ("mastodon", "@analopez@mastodon.social")
ana_bsky = ("bluesky", "ana-lopez.bsky.social")
a = dict(name="Ana López", lang="es")
group(
    add(*ana_mail, "Hola,\n\nLa lavadora que compré el viernes (pedido 9032) hace un ruido horrible al centrifugar y pierde agua por debajo. Necesito que vengan a revisarla.\n\nUn saludo,\nAna López", 16, subject="Lavadora pedido 9032", **a),
    add(*ana_masto, "La lavadora que compré el viernes (pedido 9032) hace un ruido horrible al centrifugar y pierde agua por debajo. Necesito que vengan a revisarla. @acmeshop", 22, links=["ana.lopez@example.com"], **a),
    add(*ana_bsky, "La lavadora que compré el viernes (pedido 9032) sigue haciendo un ruido horrible al centrifugar y pierde agua por debajo. Necesito que vengan a revisarla ya.", 44, links=["https://mastodon.social/@analopez"], **a),
)
add(*ana_masto, "¿Hacéis envíos a Canarias? No encuentro la opción en la web.", 170, links=["ana.lopez@example.com"], **a)

# 7. French email with greeting and sign-off.
marie = ("email", "marie.dubois@orange.example")
m = dict(name="Marie Dubois", lang="fr")
group(
    add(*marie, "Bonjour,\n\nJ'ai retourné le manteau commandé le 2 mars (commande 55120) il y a deux semaines et je n'ai toujours pas reçu le remboursement.\n\nCordialement,\nMarie Dubois", 18, subject="Remboursement commande 55120", **m),
    add(*marie, "Madame, Monsieur,\n\nj'ai retourné le manteau commandé le 2 mars (commande 55120) il y a deux semaines et je n'ai toujours pas reçu le remboursement !\n\nBien à vous,\nMarie\n\nLe 5 mars 2024 à 02:00, Marie Dubois a écrit :\n> Bonjour,\n> J'ai retourné le manteau commandé le 2 mars", 66, subject="Re: Remboursement commande 55120", **m),
)
add(*marie, "Bonjour,\n\nPouvez-vous me dire si le manteau existe aussi en bleu marine, taille 38 ?\n\nCordialement,\nMarie Dubois", 190, subject="Manteau bleu marine", **m)

# 8. German email.
klaus = ("email", "k.hoffmann@web.example")
k = dict(name="Klaus Hoffmann", lang="de")
group(
    add(*klaus, "Sehr geehrte Damen und Herren,\n\nder bestellte Kühlschrank (Auftrag 30817) wurde mit einer großen Delle in der Tür geliefert. Ich bitte um Austausch oder einen Preisnachlass.\n\nMit freundlichen Grüßen\nKlaus Hoffmann", 24, subject="Beschädigter Kühlschrank 30817", **k),
    add(*klaus, "Guten Tag,\n\nder bestellte Kühlschrank (Auftrag 30817) wurde mit einer großen Delle in der Tür geliefert. Ich bitte nochmal um Austausch oder einen Preisnachlass.\n\nViele Grüße\nKlaus Hoffmann\n\nAm 5. März 2024 um 08:00 schrieb Klaus Hoffmann:\n> Sehr geehrte Damen und Herren,\n> der bestellte Kühlschrank", 96, subject="AW: Beschädigter Kühlschrank 30817", **k),
)

# 9. English Bluesky, short-ish, with link and mention variants.
priya = ("bluesky", "priya.codes")
p = dict(name="Priya Natarajan", lang="en")
group(
    add(*priya, "Your checkout page rejects every Visa card I try, error code PAY-17. Tried three different cards.", 28, **p),
    add(*priya, "@acmeshop.bsky.social your checkout page rejects every Visa card I try, error code PAY-17!! tried three different cards https://imgur.example/a/x9", 29, **p),
    add(*priya, "still: your checkout page rejects every visa card i try. Error code PAY-17. Tried 3 different cards.", 45, **p),
)
add(*priya, "Is there a student discount? Couldn't find it in the FAQ.", 120, **p)

# 10. Spanish email then the same on Mastodon, one person linked through
#     the Mastodon profile's email field.
sofia_mail = ("email", "sofia.ruiz@correo.example")
sofia_masto = ("mastodon", "@sofiaruiz@mastodon.online")
s = dict(name="Sofía Ruiz", lang="es")
group(
    add(*sofia_mail, "Buenos días,\n\nMe cobraron los gastos de envío aunque el pedido 6640 superaba los 60 euros y la web dice que el envío es gratis.\n\nSaludos,\nSofía", 30, subject="Gastos de envío pedido 6640", **s),
    add(*sofia_masto, "Me cobraron los gastos de envío aunque el pedido 6640 superaba los 60 euros y la web dice que el envío es gratis. ¿Me devolvéis la diferencia?", 50, links=["mailto:sofia.ruiz@correo.example"], **s),
)

# 11. German Mastodon, many copies in a short time.
lena = ("mastodon", "@lena@chaos.example")
ln = dict(name="Lena Vogel", lang="de")
group(
    add(*lena, "Seit dem Update stürzt eure App beim Öffnen des Warenkorbs sofort ab. Android 14, Pixel 7.", 60, **ln),
    add(*lena, "Seit dem Update stürzt eure App beim Öffnen des Warenkorbs sofort ab!! Android 14, Pixel 7 #bug", 61, **ln),
    add(*lena, "Immer noch: seit dem Update stürzt eure App beim Öffnen des Warenkorbs sofort ab. Android 14 / Pixel 7", 63, **ln),
    add(*lena, "seit dem update sturzt eure app beim offnen des warenkorbs sofort ab android 14 pixel 7 🙄", 66, **ln),
)
add(*lena, "Kann man bei euch auch mit PayPal bezahlen?", 160, **ln)

# 12. French Bluesky with hashtags and a mention.
yanis = ("bluesky", "yanis-m.bsky.social")
y = dict(name="Yanis Martin", lang="fr")
group(
    add(*yanis, "Le robot aspirateur acheté chez vous ne se recharge plus sur sa base depuis trois jours, le voyant reste rouge.", 84, **y),
    add(*yanis, "@acmeshop.bsky.social le robot aspirateur acheté chez vous ne se recharge plus sur sa base depuis trois jours, le voyant reste rouge #SAV #robot", 88, **y),
    add(*yanis, "Toujours le même problème : le robot aspirateur acheté chez vous ne se recharge plus sur sa base depuis trois jours, le voyant reste rouge 🔴", 110, **y),
)
add(*yanis, "Vous faites des cartes cadeaux ?", 20, **y)

# 13. English email, casual greeting, phone sign-off, top-posted reply.
mia = ("email", "mia.chen@inbox.example")
mi = dict(name="Mia Chen", lang="en")
group(
    add(*mia, "Hey there,\n\nThe desk lamp I ordered (order 7013) arrived without the power adapter in the box.\n\nCheers,\nMia", 112, subject="Missing adapter", **mi),
    add(*mia, "Hi,\n\nThe desk lamp I ordered (order 7013) arrived without the power adapter in the box. Could you please send one?\n\nThanks!\nMia\nSent from my phone", 135, subject="Re: Missing adapter", **mi),
)

# --- Hard negatives -------------------------------------------------------

# Same text ten days apart: not a repeat.
omar = ("mastodon", "@omar@fosstodon.example")
o = dict(name="Omar Haddad", lang="en")
add(*omar, "Where is my refund for order 3310? You confirmed the return two weeks ago.", 2, **o)
add(*omar, "Where is my refund for order 3310? You confirmed the return two weeks ago.", 2 + 240, **o)
add(*omar, "Can I change the delivery slot for order 3402 to Saturday morning?", 100, **o)

# Same customer, similar words, other topics: not repeats.
grace = ("bluesky", "gracehopper.bsky.social")
g = dict(name="Grace Kim", lang="en")
add(*grace, "The blue kettle I bought last month stopped heating, can I get it repaired under warranty?", 8, **g)
add(*grace, "Do you sell replacement lids for the blue kettle? Mine cracked when it fell.", 32, **g)
add(*grace, "The delivery driver left my parcel in the rain and the box is soaked through.", 56, **g)
add(*grace, "How long does the warranty last on small kitchen appliances?", 70, **g)
# Two orders, one sentence pattern: two complaints, not one repeated.
add(*grace, "My order 5512 arrived damaged: the lamp shade is cracked and the bulb holder is loose.", 74, **g)
add(*grace, "My order 5630 arrived damaged: the table leg is bent and two screws are missing.", 76, **g)

# Emails from one sender sharing greeting and long signature only.
buyer = ("email", "purchasing@bigcorp.example")
b = dict(name="BigCorp Purchasing", lang="en")
BIG_SIG = "\n\nKind regards,\nPurchasing Team\n-- \nBigCorp Ltd · Procurement\n1 Enterprise Way, Manchester M1 1AA\nThis message is intended only for the named recipient. If you are not the intended recipient, please delete it and notify the sender."
add(*buyer, "Dear Acme team,\n\nPlease send an updated price list for office furniture for Q2." + BIG_SIG, 6, subject="Price list Q2", **b)
add(*buyer, "Dear Acme team,\n\nCould you confirm the payment due date of invoice INV-3001?" + BIG_SIG, 27, subject="INV-3001 due date", **b)
add(*buyer, "Dear Acme team,\n\nWe would like to order 12 standing desks, model Flex 160, in white." + BIG_SIG, 55, subject="Order: standing desks", **b)
add(*buyer, "Dear Acme team,\n\nOur VAT number has changed to GB 123 4567 89, please update your records." + BIG_SIG, 77, subject="VAT number", **b)

# Spanish customer: same greeting/sign-off, different problems.
pablo = ("email", "pablo.m@correo.example")
pb = dict(name="Pablo Martín", lang="es")
add(*pablo, "Hola,\n\n¿Podéis decirme cuándo vuelve a haber stock de la silla Nórdica en gris?\n\nUn saludo,\nPablo", 15, subject="Stock silla", **pb)
add(*pablo, "Hola,\n\nQuiero cambiar la dirección de facturación de mi cuenta a Calle Mayor 3, Madrid.\n\nUn saludo,\nPablo", 47, subject="Dirección de facturación", **pb)
add(*pablo, "Hola,\n\nEl mando a distancia de la lámpara del pedido 8120 no funciona ni con pilas nuevas.\n\nUn saludo,\nPablo", 69, subject="Mando lámpara 8120", **pb)

# French customer, other topics with shared words ("commande").
hugo = ("mastodon", "@hugo@mamot.example")
h = dict(name="Hugo Lefèvre", lang="fr")
add(*hugo, "Ma commande 4410 est indiquée livrée mais je n'ai rien reçu, le livreur a dû se tromper d'adresse.", 20, **h)
add(*hugo, "Est-ce que je peux ajouter un article à ma commande 4410 avant l'expédition ?", 21, **h)
add(*hugo, "La facture de la commande 4410 porte un mauvais nom, pouvez-vous la corriger ?", 46, **h)

# German customer, other topics.
petra = ("bluesky", "petra-k.bsky.social")
pk = dict(name="Petra König", lang="de")
add(*petra, "Wann kommen die Gartenmöbel wieder auf Lager? Ich warte seit Wochen.", 36, **pk)
add(*petra, "Der Sonnenschirm aus Bestellung 2290 hat einen Riss im Stoff.", 59, **pk)

# Different customers, the same text: a topic (not one customer's
# repeats). Five customers, two channels.
outage_en = "The app crashes as soon as I open the camera to scan a barcode since version 5.2 came out."
topic_en = []
for i, (ch, handle, name, dh, txt) in enumerate([
        ("mastodon", "@kev@mastodon.social", "Kevin Moore", 100, outage_en),
        ("bluesky", "sam-r.bsky.social", "Sam Reed", 101, "the app crashes as soon as I open the camera to scan a barcode since version 5.2 came out 😩"),
        ("mastodon", "@nina@hachyderm.example", "Nina Patel", 103, "@acmeshop the app crashes as soon as I open the camera to scan a barcode since version 5.2 came out. #bug"),
        ("bluesky", "joe.bsky.social", "Joe Turner", 108, "The app crashes as soon as I open the camera to scan a barcode, since version 5.2 came out!"),
        ("mastodon", "@li@social.example", "Li Wei", 120, "Same here: the app crashes as soon as I open the camera to scan a barcode since version 5.2 came out."),
        ]):
    topic_en.append(add(ch, handle, txt, dh, name=name, lang="en"))
topics.append(topic_en)

# Spanish topic: three customers.
topic_es = []
for ch, handle, name, dh, txt in [
        ("bluesky", "marta-gil.bsky.social", "Marta Gil", 150, "La web no carga desde esta mañana, sale un error 502 al entrar en cualquier producto."),
        ("mastodon", "@jordi@mastodon.cat", "Jordi Puig", 151, "la web no carga desde esta mañana, sale un error 502 al entrar en cualquier producto 😡"),
        ("email", "elena.sanz@correo.example", "Elena Sanz", 152, "Hola,\n\nLa web no carga desde esta mañana, sale un error 502 al entrar en cualquier producto.\n\nGracias,\nElena"),
        ]:
    topic_es.append(add(ch, handle, txt, dh, name=name, lang="es", subject="Error 502" if ch == "email" else None))
topics.append(topic_es)

# Two customers only: not shown as a topic with the default of three.
add("mastodon", "@bea@mastodon.social", "Is the store closed on Easter Monday? The opening hours page doesn't say.", 180, name="Bea Costa", lang="en")
add("bluesky", "ravi.bsky.social", "Is the store closed on Easter Monday? The opening hours page does not say.", 181, name="Ravi Shah", lang="en")

# Same name, same complaint, two channels, within a day, no profile link:
# a link *suggestion*, and not a repeat until the user confirms.
add("mastodon", "@mhansen@norden.example", "Die Lieferung 44871 ist seit fünf Tagen im Verteilzentrum Hamburg hängen geblieben, keiner kann mir sagen warum.", 200, name="Mads Hansen", lang="de")
add("bluesky", "mads-hansen.bsky.social", "Die Lieferung 44871 ist seit fünf Tagen im Verteilzentrum Hamburg hängen geblieben, keiner kann mir sagen warum!", 204, name="Mads Hansen", lang="de")

# Our own replies: outgoing, never repeats.
add("mastodon", "@acmeshop@mastodon.social", "@dana@mastodon.social we are on it, sorry for the wait!", 60, direction="out")

# --- Filler: many customers, one or two unrelated posts each -------------

filler = {
    "en": [
        "Do you offer gift wrapping for orders placed online?",
        "What are your opening hours on Sundays?",
        "Can I pay with Apple Pay in the shop?",
        "The size guide for the running shoes seems off by one size.",
        "Will the oak dining table be back in stock this spring?",
        "How do I unsubscribe from the weekly newsletter?",
        "My discount code SPRING10 says it has expired but the email says it is valid until Friday.",
        "Is the green sofa fabric pet friendly?",
        "Can I collect my order from the Bristol store instead?",
        "The assembly instructions for the bookshelf are missing page 4.",
        "Do you have a loyalty programme?",
        "Thanks for the quick replacement, much appreciated!",
    ],
    "es": [
        "¿Hacéis factura con CIF para empresas?",
        "¿Cuánto tarda un envío a Sevilla?",
        "El código de descuento no funciona en la app.",
        "¿Se puede devolver un producto rebajado?",
        "Me encanta la nueva colección de lámparas.",
        "¿Tenéis la mesa plegable en color blanco?",
        "No me llega el correo de confirmación del pedido.",
        "¿Puedo cambiar la talla de unas zapatillas ya enviadas?",
        "¿Aceptáis Bizum como forma de pago?",
        "El repartidor fue muy amable, gracias.",
    ],
    "fr": [
        "Proposez-vous le paiement en trois fois sans frais ?",
        "Le lien de suivi du colis ne fonctionne pas.",
        "Quelle est la garantie sur les aspirateurs ?",
        "Pouvez-vous livrer en Belgique ?",
        "Le canapé est-il disponible en velours vert ?",
        "J'ai oublié mon mot de passe et je ne reçois pas l'email de réinitialisation.",
        "Très contente de ma commande, merci beaucoup.",
        "Les horaires du magasin de Lyon ont-ils changé ?",
        "Est-il possible de modifier l'adresse de livraison après la commande ?",
        "La notice du lit superposé est en anglais seulement.",
    ],
    "de": [
        "Liefert ihr auch nach Österreich?",
        "Wie lange dauert eine Rücksendung normalerweise?",
        "Gibt es den Esstisch auch in Nussbaum?",
        "Mein Gutschein wird an der Kasse nicht akzeptiert.",
        "Kann ich die Lieferung an eine Packstation schicken lassen?",
        "Die Montageanleitung für den Schrank fehlt im Paket.",
        "Vielen Dank für die schnelle Lieferung!",
        "Habt ihr am Samstag geöffnet?",
        "Ist das Sofa auch für kleine Wohnungen geeignet?",
        "Wie kann ich mein Kundenkonto löschen?",
    ],
}
channels = ["mastodon", "bluesky", "email"]
n = 0
for lang, texts in filler.items():
    for i, text in enumerate(texts):
        ch = channels[(n) % 3]
        who = "%s-%d" % (lang, i)
        handle = {"mastodon": "@%s@social.example" % who,
                  "bluesky": "%s.bsky.social" % who,
                  "email": "%s@mail.example" % who}[ch]
        body = text if ch != "email" else "Hello,\n\n%s\n\nThanks,\n%s" % (text, who)
        add(ch, handle, body, 3 + n * 3.7, name="Customer %s" % who.upper(), lang=lang,
            subject="Question" if ch == "email" else None)
        # A second, different post from some of them.
        if i % 2 == 0:
            other = texts[(i + 5) % len(texts)]
            add(ch, handle, other if ch != "email" else "Hello,\n\n%s\n\nThanks,\n%s" % (other, who),
                3 + n * 3.7 + 30, name="Customer %s" % who.upper(), lang=lang,
                subject="Another question" if ch == "email" else None)
        n += 1

# --- Near misses (added last, so that the ids above stay as they were) ---

# The same customer within a week, posts whose shingles
# share an LSH band with an earlier one (the hash pre-filter lets them
# through) but which are not copies; only the verification step tells
# them apart. test-repeats checks that each pair still shares a band.
near_misses = []

# A quote of an earlier post plus a new paragraph: most shingles shared,
# but much longer.
ines = ("mastodon", "@ines@mastodon.example")
ine = dict(name="Inês Costa", lang="en")
BOOKCASE = ("The walnut bookcase from order 8841 arrived with a cracked shelf and a deep scratch "
            "along the left side panel. Can you send a replacement shelf?")
near_misses.append([
    add(*ines, BOOKCASE, 26, **ine),
    add(*ines, "Following up on my post from Monday: \"" + BOOKCASE + "\" On top of that the courier now "
        "wants 23 euros in customs fees that nobody mentioned at checkout.", 98, **ine),
])

# One template, other details: similar length, under the threshold.
rosa = ("email", "rosa.lind@post.example")
ro = dict(name="Rosa Lind", lang="en")
near_misses.append([
    add(*rosa, "Hello,\n\nI would like to book a delivery slot for order 61230: Tuesday 12 March between 8 and 12, "
        "the parcel can go to my neighbour at number 14.\n\nThanks,\nRosa", 33, subject="Delivery slot", **ro),
    add(*rosa, "Hello,\n\nI would like to book a delivery slot for order 61877: Friday 15 March between 14 and 18, "
        "the parcel can go to the reception desk at my office.\n\nThanks,\nRosa", 57, subject="Delivery slot", **ro),
])
theo = ("bluesky", "theo-brandt.bsky.social")
th = dict(name="Theo Brandt", lang="en")
near_misses.append([
    add(*theo, "Please cancel the subscription for the coffee beans box, account 77120, from next month on; "
        "the card ending 4410 should not be charged again.", 42, **th),
    add(*theo, "Please pause the subscription for the tea sampler box, account 77120, for two months; "
        "the card ending 4410 should be charged again from June.", 67, **th),
])

messages.sort(key=lambda m: m["created_at"])

with open(os.path.join(HERE, "fixture.jsonl"), "w", encoding="utf-8") as f:
    for m in messages:
        f.write(json.dumps(m, ensure_ascii=False) + "\n")

labels = {
    "comment": "True repeat groups (one customer, same comment within 7 days) and expected topics, as channel:id. Every pair inside a group is a true repeat pair; any other pair is not. near_misses: pairs of one customer's posts that pass the hash pre-filter but are not copies.",
    "groups": groups,
    "topics": topics,
    "suggestions": [["mastodon:@mhansen@norden.example", "bluesky:mads-hansen.bsky.social"]],
    "near_misses": near_misses,
    "linked": [["email:ana.lopez@example.com", "mastodon:@analopez@mastodon.social", "bluesky:ana-lopez.bsky.social"],
               ["email:sofia.ruiz@correo.example", "mastodon:@sofiaruiz@mastodon.online"]],
}
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2)
    f.write("\n")

print("%d messages, %d groups, %d pairs" % (len(messages), len(groups),
      sum(len(g) * (len(g) - 1) // 2 for g in groups)))
