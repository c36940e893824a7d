#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words for the repeat detector:
posts to Quernstone Coffee Gear, a small shop for grinders, kettles,
espresso tools and beans, on email, Mastodon and Bluesky, in English,
Spanish, German, French, Portuguese, Italian, Dutch and Catalan.

It holds 30 true repeat groups (25 pairs, 5 triples): the same customer
raising the same complaint again within 7 days, in other words, on the
same channel or on another one (identities known by a profile link or
by the same display name only). Its labelled negatives are follow-ups
(a detail or what the shop asked for, in the same thread), other
complaints of the same customer, the same complaint from other
customers (an outage, a couple sharing an order, two people sharing a
display name) and the same complaint again after more than 7 days.
Some posts are answered by the shop, and one-off questions of other
customers are mixed in.

The posts were written without sight of the detector, its lexicon or
the other labelled sets. The labels say what a person reading the posts
would say; they were never edited to fit the detector.

Run it to write fixture.jsonl and labels.json next to it; the output
is deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 5, 25, 8, 20, tzinfo=timezone.utc)   # a Monday

s = LabelledSet(BASE, "qc", "hello@quernstone.example", "@quernstone@brew.social",
                "quernstone.bsky.social", "Quernstone Coffee Gear")
rid = s.rid
SHOP_M = "@quernstone@brew.social"
SHOP_B = "@quernstone.bsky.social"


def mail(author, name, subject, text, hours, lang, thread=None, in_reply_to=None, links=None):
    return s.add("email", author, text, hours, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=in_reply_to, links=links)


def mail_reply(subject, text, hours, to, thread, lang):
    """The shop's answer by mail, with the subject a mail client gives it."""
    k = s.reply("email", text, hours, rid(to), rid(thread), lang)
    s.messages[-1]["subject"] = subject
    return k


# ---------------------------------------------------------------- English

# late delivery, same mail thread after a non-committal answer
dana = "dana.whitfield@fastmail.example"
a = mail(dana, "Dana Whitfield", "Ridgeline 48 - tracking not moving",
         "Hi there,\n\nI ordered a Ridgeline 48 hand grinder last Tuesday (order #58213) and paid "
         "for express delivery. The tracking has said \"parcel received at depot\" since Thursday "
         "and nothing since. Could you check with the courier what's going on?\n\nThanks,\nDana",
         2, "en")
r = mail_reply("Re: Ridgeline 48 - tracking not moving",
               "Hi Dana,\n\nThanks for getting in touch. We're looking into it with the courier and "
               "will come back to you as soon as we hear anything.\n\nKind regards,\nTomasz\n"
               "Quernstone Coffee Gear", 7, a, a, "en")
b = mail(dana, "Dana Whitfield", "Re: Ridgeline 48 - tracking not moving",
         "Hi Tomasz,\n\nThree days on from \"looking into it\" and the tracking still says exactly "
         "the same. I paid extra for express ffs. Is it lost? If it is, just tell me and either "
         "send another one or refund me.\n\nDana\n\n> We're looking into it with the courier and "
         "will come back to you", 80, "en", thread=rid(a), in_reply_to=rid(r))
s.group("en", "one identity", a, b)
c = mail(dana, "Dana Whitfield", "Invoice for 58213",
         "Hello again,\n\nThe grinder finally turned up yesterday, thank you. One thing though: the "
         "invoice in the box has the express shipping on it twice, £6.95 on two separate lines, "
         "and that's what my card was charged. Could you send a corrected invoice and refund the "
         "extra £6.95?\n\nBest,\nDana Whitfield", 150, "en")
s.negative("other-complaint", a, c,
           "same customer and order: first the parcel stuck in transit, then express shipping billed twice on the invoice")

# dented kettle, three times on Mastodon
moss = "@moss_and_crema@mastodon.social"
a = s.add("mastodon", moss,
          SHOP_M + " my Pourline gooseneck came today and the spout has a proper dent in it + the "
          "lid won't sit flat. not great for a £72 kettle tbh. what's the process here?",
          26, lang="en", name="Rhiannon 🌿")
b = s.add("mastodon", moss,
          SHOP_M + " hi, any reply on the dented kettle? sent you a DM as well", 51, lang="en",
          name="Rhiannon 🌿")
c = s.add("mastodon", moss,
          "day 4 of trying to get " + SHOP_M + " to look at my squashed kettle spout. beautiful "
          "kettle. shame about the dent. shame about the silence 🙃", 99, lang="en",
          name="Rhiannon 🌿")
s.group("en", "one identity", a, b, c)

# double charge: mail, then Bluesky with a profile link to the mail address
priya_m = "priya.nair@posteo.example"
priya_b = "priyanair.bsky.social"
a = mail(priya_m, "Priya Nair", "Charged twice - order 58391",
         "Hello,\n\nMy card has been charged twice for order 58391 (£34.50 each time, both on 26 "
         "May). I only placed one order and I only have one confirmation email. Please refund the "
         "duplicate payment.\n\nRegards,\nPriya Nair", 30, "en")
b = s.add("bluesky", priya_b,
          "emailed " + SHOP_B + " days ago about being charged twice for ONE bag of beans and some "
          "filter papers. nothing back. £69 gone for £34.50 of coffee, not ideal mid-month",
          103, lang="en", name="Priya ☕", links=[priya_m])
s.same_person.append(["email:" + priya_m, "bluesky:" + priya_b])
s.group("en", "profile link", a, b)

# coupon not applied: Mastodon, then mail under the same name
joe_m = "@jbrennan@fosstodon.example"
joe_e = "joe.brennan87@mailbox.example"
a = s.add("mastodon", joe_m,
          SHOP_M + " the BREWDAY15 code from this week's newsletter comes back as \"not valid\" at "
          "checkout. Newsletter says it's good till Sunday?", 45, lang="en", name="Joe Brennan")
b = mail(joe_e, "Joe Brennan", "discount code not applied",
         "Hi,\n\nAsked on Mastodon but no answer so trying here. Your BREWDAY15 code didnt work so I "
         "ended up paying full price for the Tamp & Level kit, order 58420. Can you refund the 15% "
         "please, the newsletter clearly says valid until the 31st.\n\nCheers\nJoe", 95, "en")
s.same_person.append(["mastodon:" + joe_m, "email:" + joe_e])
s.group("en", "same name only", a, b)

# password reset mail never arrives
kit = "kitfoxbrews.bsky.social"
a = s.add("bluesky", kit,
          "trying to log into my quernstone account to reorder beans and the password reset email "
          "just... never arrives. checked spam. " + SHOP_B + " help", 140, lang="en", name="kit")
b = s.add("bluesky", kit,
          "still no reset email. tried like 5 times now, also from my phone. i literally just want "
          "to give you money for beans " + SHOP_B, 170, lang="en", name="kit")
s.group("en", "one identity", a, b)

# follow-up: the shop asks for a photo and the order number
tom = "tom.okafor@protonmail.example"
a = mail(tom, "Tom Okafor", "Bent tamper",
         "Hello,\n\nMy new 58.5mm calibrated tamper arrived today and the base is visibly bent, it "
         "rocks when I put it on the counter and leaves a slanted puck. Not what I'd expect from "
         "a £45 tamper.\n\nTom", 16, "en")
r = mail_reply("Re: Bent tamper",
               "Hi Tom,\n\nSorry to hear that! Could you send us a photo of the base and your order "
               "number? Then we can get a replacement out.\n\nCheers,\nTomasz", 21, a, a, "en")
b = mail(tom, "Tom Okafor", "Re: Bent tamper",
         "Sure - order number is 58455, photo attached (side view against a ruler so you can see "
         "the gap).\n\nThanks for the quick reply,\nTom", 24, "en", thread=rid(a),
         in_reply_to=rid(r))
s.negative("follow-up", a, b, "gives the photo and order number the shop asked for")

# window: refund asked about again after more than a week
greg = "greg.hollis@btinternet.example"
a = mail(greg, "Greg Hollis", "Refund for returned scale",
         "Hi,\n\nI sent back the Dosewell scale (order 58102) on the 12th, Royal Mail shows it "
         "was signed for by you on the 15th. Haven't seen the refund yet. Can you check please?\n\n"
         "Greg Hollis", 5, "en")
b = mail(greg, "Greg Hollis", "Still waiting - refund 58102",
         "Hi again,\n\nI asked about this over a week ago and still nothing: the refund for the "
         "Dosewell scale I returned hasn't come through. It's now nearly four weeks since you "
         "signed for it.\n\nGreg", 212, "en")
s.negative("window", a, b, "same refund asked about again more than eight days later")

# other customers: checkout outage reported on two channels at once
a = s.add("mastodon", "@hollyroasts@mastodon.online",
          "is the quernstone site down for anyone else? getting a 502 when I hit checkout "
          + SHOP_M, 300, lang="en", name="Holly")
b = s.add("bluesky", "danpourover.bsky.social",
          SHOP_B + " checkout page is throwing an error, can't pay. tried twice, two browsers",
          301.5, lang="en", name="Dan")
s.negative("other-customer", a, b, "two customers hit by the same checkout outage")

# other customers: two different people called Chris Taylor
ct_m = "@ctaylor@mastodon.scot.example"
ct_e = "chris.taylor@outlook.example"
a = s.add("mastodon", ct_m,
          SHOP_M + " hiya, ordered beans and a V60 up to Glasgow a week ago, order 58650, still "
          "not here. any news?", 362, lang="en", name="Chris Taylor")
b = mail(ct_e, "Chris Taylor", "Late order",
         "Hi,\n\nMy order 58671 (Dosewell scale, delivery to Bristol) was due yesterday and it "
         "hasn't arrived, the tracking page just says \"label created\". When will it be "
         "shipped?\n\nThanks\nChris", 385, "en")
s.same_name_different_people.append(["mastodon:" + ct_m, "email:" + ct_e])
s.negative("other-customer", a, b,
           "two different people named Chris Taylor (Glasgow, Bristol; other orders), both with a late order")

# ---------------------------------------------------------------- Spanish

# order not arriving, three times in one thread
marcos = "marcos.gil.r@correo.example"
a = mail(marcos, "Marcos Gil", "Pedido 58277 sin llegar",
         "Hola buenas,\n\nHice el pedido nº 58277 el día 18 (un molinillo Ridgeline 48 y 1kg de "
         "Huila) y todavía no me ha llegado. En el seguimiento pone \"en tránsito\" desde hace 5 "
         "días. ¿Me podéis decir algo?\n\nUn saludo,\nMarcos Gil", 12, "es")
r = mail_reply("Re: Pedido 58277 sin llegar",
               "Hola Marcos,\n\nGracias por escribirnos. Lo estamos revisando con la empresa de "
               "transporte y te decimos algo en cuanto sepamos más.\n\nUn saludo,\nAinhoa\n"
               "Quernstone Coffee Gear", 20, a, a, "es")
b = mail(marcos, "Marcos Gil", "Re: Pedido 58277 sin llegar",
         "Hola Ainhoa,\n\nPues seguimos igual, \"en tránsito\" y ni una actualizacion. Son ya 8 "
         "dias. Necesito el molinillo, el viejo lo tiré cuando hice el pedido. ¿Me lo podéis "
         "reenviar o algo?\n\nMarcos", 72, "es", thread=rid(a), in_reply_to=rid(r))
c = mail(marcos, "Marcos Gil", "Re: Pedido 58277 sin llegar",
         "¿Hola? Ya ni contestáis. El paquete sigue sin aparecer.\n\nEnviado desde mi móvil",
         121, "es", thread=rid(a), in_reply_to=rid(b))
s.group("es", "one identity", a, b, c)

# decaf instead of the ordered beans
laura = "@laurasinazucar@mastodon.social"
a = s.add("mastodon", laura,
          SHOP_M + " me ha llegado un paquete de descafeinado y yo pedí el Huila tueste medio 😅 "
          "¿cómo hago para cambiarlo?", 60, lang="es", name="Laura")
b = s.add("mastodon", laura,
          SHOP_M + " oye, sigo esperando respuesta. Pedí Huila NORMAL y me llegó descafe. A estas "
          "alturas necesito cafeína de verdad jaja, pero en serio, ¿me lo cambiáis o no?",
          110, lang="es", name="Laura")
s.group("es", "one identity", a, b)
c = s.add("mastodon", laura,
          SHOP_M + " y ya que estoy: la web me ha cobrado 4,95 de envío aunque el pedido pasaba de "
          "40€, y pone envío gratis a partir de 40. ¿Es un error?", 160, lang="es", name="Laura")
s.negative("other-complaint", a, c,
           "same customer: first the wrong beans, then shipping charged despite the free-shipping threshold")

# refund for a returned kettle: Bluesky, then mail with a profile link
lucia_b = "lucia-ferrer.bsky.social"
lucia_e = "lferrer@estudiolf.example"
a = s.add("bluesky", lucia_b,
          "Devolví el hervidor Pourline hace ya tres semanas, os llegó (lo pone el seguimiento) y "
          "del reembolso ni rastro. " + SHOP_B + " ¿cuánto tarda esto normalmente?",
          150, lang="es", name="Lucía Ferrer")
b = s.add("email", lucia_e,
          "Hola,\n\nOs escribí por Bluesky hace un par de días y nadie me ha contestado, así que "
          "pruebo por aquí. Devolví el hervidor (pedido 58105) y lo recibisteis el 12 de mayo "
          "según Correos. Todavía no tengo el reembolso de 79,90 €.\n\nGracias,\n"
          "Lucía Ferrer Prats\nEstudio LF · Diseño gráfico", 200, lang="es",
          subject="Reembolso devolución hervidor", name="Lucía Ferrer Prats", links=[lucia_b])
s.same_person.append(["bluesky:" + lucia_b, "email:" + lucia_e])
s.group("es", "profile link", a, b)

# invoice without the company's tax id
nuria = "admin@latostadacafe.example"
a = mail(nuria, "Nuria - Cafetería La Tostada", "Factura con datos incorrectos",
         "Buenos días,\n\nLa factura del pedido 58466 sale a nombre de una persona física y sin "
         "nuestro CIF. Necesitamos la factura a nombre de Cafetería La Tostada SL, CIF B12345678, "
         "C/ Mayor 14, 46001 Valencia.\n\nGracias,\nNuria (administración)", 210, "es")
r = mail_reply("Re: Factura con datos incorrectos",
               "Hola Nuria,\n\nGracias, lo pasamos a contabilidad y te decimos algo.\n\n"
               "Un saludo,\nAinhoa", 216, a, a, "es")
b = mail(nuria, "Nuria - Cafetería La Tostada", "RE: Factura con datos incorrectos",
         "Buenos días de nuevo,\n\nSeguimos sin la factura corregida y la gestoría nos la reclama "
         "para cerrar el trimestre. Por favor, enviadnos la del 58466 con los datos de la "
         "empresa.\n\nNuria\nCafetería La Tostada SL", 290, "es", thread=rid(a), in_reply_to=rid(r))
s.group("es", "one identity", a, b)

# follow-up: the shop asks for a photo of the label under the kettle
paula = "paula.moreno@telefonica.example"
a = mail(paula, "Paula Moreno", "El hervidor no calienta",
         "Hola, el hervidor Pourline que compré hace un mes ha dejado de calentar. Se enciende la "
         "luz pero el agua sigue fría. ¿Está en garantía no?\nPaula", 84, "es")
r = mail_reply("Re: El hervidor no calienta",
               "Hola Paula,\n\nSí, está en garantía. ¿Nos puedes mandar una foto de la pegatina "
               "que hay debajo de la base, donde sale el número de serie?\n\nUn saludo,\nAinhoa",
               91, a, a, "es")
b = mail(paula, "Paula Moreno", "Re: El hervidor no calienta",
         "Adjunto la foto de la pegatina, el número de serie es PL-2231-0457. Gracias!", 95, "es",
         thread=rid(a), in_reply_to=rid(r))
s.negative("follow-up", a, b, "sends the serial number photo the shop asked for")

# other customers: the app crashes on start for two people
a = s.add("bluesky", "andreagarcia.bsky.social",
          SHOP_B + " la app se cierra nada más abrirla desde la última actualización. Android 14",
          226, lang="es", name="Andrea García")
b = s.add("mastodon", "@pabloromero@mastodon.social",
          "¿Solo a mí la app de Quernstone me crashea al abrirla? Se queda en blanco y se cierra "
          + SHOP_M, 229, lang="es", name="Pablo R.")
s.negative("other-customer", a, b, "two customers with the same crash of the app after an update")

# ---------------------------------------------------------------- German

# marked delivered, not received: three mails in one thread
jens = "jens.hartmann@web.example"
a = mail(jens, "Jens Hartmann", "Paket als zugestellt markiert, aber nicht da",
         "Hallo,\n\nlaut DHL wurde meine Bestellung 58302 gestern um 11:40 zugestellt. Ich war zu "
         "Hause, es hat niemand geklingelt, bei den Nachbarn ist auch nichts abgegeben worden und "
         "im Briefkasten keine Karte. Was jetzt?\n\nGruß\nJens Hartmann", 40, "de")
r = mail_reply("AW: Paket als zugestellt markiert, aber nicht da",
               "Hallo Herr Hartmann,\n\ndanke für Ihre Nachricht. Wir haben einen "
               "Nachforschungsauftrag bei DHL gestellt und melden uns, sobald wir etwas hören.\n\n"
               "Viele Grüße\nMiriam / Quernstone Coffee Gear", 47, a, a, "de")
b = mail(jens, "Jens Hartmann", "Re: AW: Paket als zugestellt markiert, aber nicht da",
         "Hallo Miriam,\n\ngibt es schon was Neues? Das Paket ist nach wie vor nicht aufgetaucht. "
         "Ich zahl ja nicht 140 € für eine Mühle, die irgendwo im Hausflur von jemand anderem "
         "steht.\n\nJens", 118, "de", thread=rid(a), in_reply_to=rid(r))
c = mail(jens, "Jens Hartmann", "Re: AW: Paket als zugestellt markiert, aber nicht da",
         "Hallo?? Jetzt ist bald eine Woche rum. Das Ding ist weg. Bitte Ersatz schicken oder "
         "Geld zurück.\nJ. Hartmann", 165, "de", thread=rid(a), in_reply_to=rid(b))
s.group("de", "one identity", a, b, c)

# electric grinder cuts out
klaus = "@kaffeeklaus@chaos.example"
a = s.add("mastodon", klaus,
          SHOP_M + " meine Kerbholz E2 geht nach ca. 10 Sek. Mahlen einfach aus. Ist grad mal 3 "
          "Wochen alt. Bekanntes Problem? Muss die eingeschickt werden?", 85, lang="de",
          name="Klaus")
b = s.add("mastodon", klaus,
          SHOP_M + " nochmal wegen der Kerbholz, die sich dauernd abschaltet. Mahle meine Bohnen "
          "grad in 4 Etappen 🙄 wär nett wenn sich mal wer meldet", 131, lang="de", name="Klaus")
s.group("de", "one identity", a, b)
c = s.add("mastodon", klaus,
          SHOP_M + " andere Baustelle: im Paket mit der Mühle lag gar keine Rechnung. Die brauch "
          "ich aber für die Garantie. Könnt ihr die mir mailen?", 200, lang="de", name="Klaus")
s.negative("other-complaint", a, c,
           "same customer: first the grinder switching itself off, then no invoice in the parcel")

# subscription cancelled but still billed: mail, then Mastodon under the same name
katrin_e = "k.vogler@gmx.example"
katrin_m = "@kvogler@norden.social"
a = mail(katrin_e, "Katrin Vogler", "Abo gekündigt – trotzdem abgebucht",
         "Guten Tag,\n\nich habe mein Bohnen-Abo (monatlich, 2x250g) am 10. Mai gekündigt und "
         "auch eine Bestätigung per Mail erhalten. Heute wurden trotzdem wieder 24,80 € von "
         "meiner Kreditkarte abgebucht. Bitte erstatten Sie den Betrag und prüfen Sie, ob das Abo "
         "wirklich beendet ist.\n\nMit freundlichen Grüßen\nKatrin Vogler", 55, "de")
b = s.add("mastodon", katrin_m,
          SHOP_M + " hab euch vor 4 Tagen gemailt: Abo gekündigt, Bestätigung da, trotzdem wieder "
          "24,80 abgebucht. Bisher keine Antwort. Kann da mal jemand draufschauen?", 148,
          lang="de", name="Katrin Vogler")
s.same_person.append(["email:" + katrin_e, "mastodon:" + katrin_m])
s.group("de", "same name only", a, b)

# return label never sent
lena = "lenamaus.bsky.social"
a = s.add("bluesky", lena,
          "Hab die falsche Tampergröße bestellt (58 statt 51mm, mein Fehler), Rücksendung "
          "angemeldet, aber das Retourenlabel kam nie. Weder Mail noch Spam. " + SHOP_B,
          175, lang="de", name="Lena M.")
b = s.add("bluesky", lena,
          "immer noch kein Rücksendeetikett von " + SHOP_B + ". Die 14 Tage laufen mir langsam "
          "davon...", 225, lang="de", name="Lena M.")
s.group("de", "one identity", a, b)

# follow-up: the shop asks for the order number
sabine = "sabine.kuehn@t-online.example"
a = mail(sabine, "Sabine Kühn", "Milchkännchen undicht",
         "Hallo,\n\ndas Milchkännchen (600 ml, Edelstahl) tropft an der Schweißnaht am Griff, "
         "sobald man es mehr als halb füllt. Können Sie mir ein neues schicken?\n\nSabine Kühn",
         105, "de")
r = mail_reply("AW: Milchkännchen undicht",
               "Hallo Frau Kühn,\n\ndas tut uns leid. Können Sie uns bitte Ihre Bestellnummer "
               "schicken? Dann schicken wir gleich Ersatz.\n\nViele Grüße\nMiriam", 112, a, a, "de")
b = mail(sabine, "Sabine Kühn", "AW: AW: Milchkännchen undicht",
         "Hallo Miriam,\n\ndie Bestellnummer ist 58530, hatte ich vergessen, sorry. Die "
         "Rechnung hänge ich auch noch an.\n\nGruß\nSabine Kühn", 127, "de", thread=rid(a),
         in_reply_to=rid(r))
s.negative("follow-up", a, b, "gives the order number the shop asked for")

# window: the squeaking grinder again after ten days
mia = "@mahlwerk_mia@troet.example"
a = s.add("mastodon", mia,
          SHOP_M + " meine Ridgeline quietscht beim Mahlen total, klingt wie ne rostige Tür. "
          "Normal? Ölen?", 20, lang="de", name="Mia")
b = s.add("mastodon", mia,
          SHOP_M + " die Ridgeline quietscht immer noch (und keiner hat mir gesagt, ob ich die "
          "ölen darf). Langsam nervt's beim Frühstück", 262, lang="de", name="Mia")
s.negative("window", a, b, "same squeaking grinder raised again ten days later")

# other customers: a couple sharing one order
a = mail("m.schreiber@t-online.example", "Markus Schreiber", "Bestellung 58590 noch nicht da",
         "Hallo,\n\nunsere Bestellung 58590 ist seit einer Woche unterwegs und immer noch nicht "
         "angekommen. Können Sie nachschauen?\n\nMarkus Schreiber", 240, "de")
b = mail("anja.schreiber@posteo.example", "Anja Schreiber", "Wo bleibt unsere Bestellung?",
         "Hallo zusammen,\n\nmein Mann hat Ihnen schon geschrieben, ich frag trotzdem nochmal: "
         "unsere Bestellung 58590 (Wasserkocher und 2 Tüten Bohnen) ist immer noch nicht da. "
         "Der Wasserkocher sollte ein Geburtstagsgeschenk sein...\n\nLiebe Grüße\nAnja", 262, "de")
s.negative("other-customer", a, b, "husband and wife asking about the same shared order")

# ---------------------------------------------------------------- French

# broken scale, then a second mail without answer
helene = "helene.mercier@orange.example"
a = mail(helene, "Hélène Mercier", "Balance arrivée cassée - cde 58249",
         "Bonjour,\n\nJ'ai reçu ce matin ma commande 58249. La balance Dosewell est arrivée avec "
         "l'écran fissuré, le carton était enfoncé sur un coin. Je joins deux photos. Je "
         "souhaiterais un échange s'il vous plaît.\n\nCordialement,\nHélène Mercier", 22, "fr")
b = mail(helene, "Hélène Mercier", "Relance : balance reçue abîmée",
         "Bonjour,\n\nJe me permets de vous relancer : balance reçue avec l'écran fêlé, je vous ai "
         "écrit mardi avec photos et n'ai toujours pas de réponse. Merci de m'indiquer comment "
         "procéder.\n\nH. Mercier", 96, "fr")
s.group("fr", "one identity", a, b)

# refund for a returned grinder, three times on Mastodon after a vague answer
toinou = "@toinou@piaille.example"
a = s.add("mastodon", toinou,
          SHOP_M + " bonjour, j'ai renvoyé le moulin Ridgeline il y a 15 jours (bien reçu chez "
          "vous d'après Colissimo) et toujours pas de remboursement. Vous pouvez regarder ?",
          115, lang="fr", name="Antoine")
r = s.reply("mastodon", toinou + " Bonjour Antoine, merci, on regarde ça avec la compta et on "
            "revient vers vous.", 122, rid(a), rid(a), "fr")
b = s.add("mastodon", toinou,
          SHOP_M + " toujours rien sur mon compte. ça fait 3 semaines que vous avez le moulin, "
          "ça commence à faire long", 190, lang="fr", name="Antoine", thread=rid(a),
          in_reply_to=rid(r))
c = s.add("mastodon", toinou,
          "bon. remboursement toujours pas arrivé. " + SHOP_M + " vous avez mon moulin ET mes "
          "139€, c'est un peu abusé non ?", 258, lang="fr", name="Antoine")
s.group("fr", "one identity", a, b, c)

# missing crank handle: Mastodon, then Bluesky with a profile link
clem_m = "@clemcafe@mastodon.example"
clem_b = "clemence-r.bsky.social"
a = s.add("mastodon", clem_m,
          SHOP_M + " reçu mon moulin manuel aujourd'hui… sans la manivelle 🤦‍♀️ Y a tout dans le "
          "carton sauf ça. Vous pouvez m'en envoyer une ?", 230, lang="fr", name="Clémence")
b = s.add("bluesky", clem_b,
          "Coucou " + SHOP_B + ", je vous ai écrit sur Mastodon il y a 3 jours : le moulin est "
          "arrivé sans manivelle, pas de réponse. Un moulin manuel sans manivelle c'est un "
          "presse-papier hein", 300, lang="fr", name="Clémence R.", links=[clem_m])
s.same_person.append(["mastodon:" + clem_m, "bluesky:" + clem_b])
s.group("fr", "profile link", a, b)

# site crashes at payment
benji = "benjidupre.bsky.social"
a = s.add("bluesky", benji,
          SHOP_B + " votre site plante à chaque fois que je clique sur \"payer\" (page blanche). "
          "Chrome, Firefox, pareil. J'essaie de commander le kit V60 depuis hier", 330, lang="fr",
          name="Benji")
b = s.add("bluesky", benji,
          "toujours la page blanche au moment de payer chez " + SHOP_B + ". 3e jour. je vais "
          "finir par prendre le kit ailleurs hein", 372, lang="fr", name="Benji")
s.group("fr", "one identity", a, b)

# follow-up: a PS in the same thread
yannick = "yannick.le-goff@laposte.example"
a = mail(yannick, "Yannick Le Goff", "Colis incomplet",
         "Bonjour,\n\nJ'ai bien reçu mon porte-filtre mais il manque un des deux paniers (il n'y a "
         "que le simple). Pouvez-vous m'envoyer celui qui manque ?\n\nMerci\nYannick", 132, "fr")
b = mail(yannick, "Yannick Le Goff", "Re: Colis incomplet",
         "PS : j'ai oublié de préciser, c'est la commande 58491, et c'est le panier double qui "
         "manque (18 g).", 133, "fr", thread=rid(a), in_reply_to=rid(a))
s.negative("follow-up", a, b, "a PS with the order number and which basket is missing")

# other complaint: late, then damaged on arrival
sophie = "sophie.lambert@sfr.example"
a = mail(sophie, "Sophie Lambert", "Commande 58515 pas reçue",
         "Bonjour,\n\nma commande 58515 passée il y a 9 jours n'est toujours pas arrivée, le suivi "
         "ne bouge plus. Pourriez-vous vérifier ?\n\nBonne journée\nSophie Lambert", 180, "fr")
b = mail(sophie, "Sophie Lambert", "Cafetière reçue fêlée",
         "Re-bonjour,\n\nle colis est finalement arrivé ce matin, mais le verre de la cafetière à "
         "piston est fêlé sur toute la hauteur. Je ne peux pas l'utiliser. Vous pouvez m'en "
         "renvoyer un ?\n\nSophie", 236, "fr")
s.negative("other-complaint", a, b,
           "same customer and order: first not arrived, then the French press glass cracked")

# other customers: two different people called Julie Martin, both with a leaking kettle
jm_e = "julie.martin.lyon@free.example"
jm_b = "juliemartin.bsky.social"
a = mail(jm_e, "Julie Martin", "Bouilloire qui fuit",
         "Bonjour,\n\nma bouilloire Pourline (commande 58480, livrée à Lyon la semaine dernière) "
         "fuit par le dessous dès qu'on la remplit. Que faire ?\n\nJulie Martin", 152, "fr")
b = s.add("bluesky", jm_b,
          "ma bouilloire Pourline achetée en boutique à Bruxelles l'an dernier fuit par le bas "
          "depuis ce matin 😭 " + SHOP_B + " elle est encore sous garantie ?", 208, lang="fr",
          name="Julie Martin")
s.same_name_different_people.append(["email:" + jm_e, "bluesky:" + jm_b])
s.negative("other-customer", a, b,
           "two different people named Julie Martin (an order to Lyon, a shop purchase in Brussels a year ago)")

# ---------------------------------------------------------------- Portuguese

# late order, same thread after a vague answer (pt-PT)
rui = "rui.carvalho@sapo.example"
a = mail(rui, "Rui Carvalho", "Encomenda 58340 atrasada",
         "Boa tarde,\n\nFiz a encomenda 58340 (chaleira Pourline preta) há 10 dias e ainda não "
         "chegou. O site dizia entrega em 3-5 dias úteis para Portugal. Podem verificar?\n\n"
         "Obrigado,\nRui Carvalho", 65, "pt")
r = mail_reply("Re: Encomenda 58340 atrasada",
               "Olá Rui,\n\nObrigado pelo contacto. Estamos a verificar com a transportadora e "
               "damos notícias em breve.\n\nCumprimentos,\nBeatriz\nQuernstone Coffee Gear",
               70, a, a, "pt")
b = mail(rui, "Rui Carvalho", "Re: Encomenda 58340 atrasada",
         "Olá Beatriz,\n\nJá passaram mais 3 dias e nada. O tracking continua parado. Se se "
         "perdeu digam-me, prefiro o reembolso a ficar à espera.\n\nRui", 140, "pt",
         thread=rid(a), in_reply_to=rid(r))
s.group("pt", "one identity", a, b)

# wrong filter size: Bluesky, then mail under the same name (pt-BR)
thais_b = "thaisbrandao.bsky.social"
thais_e = "thais.b@uol.example"
a = s.add("bluesky", thais_b,
          "pedi filtro de papel tamanho 02 pra minha V60 e chegou o 01, não serve de jeito "
          "nenhum 😩 " + SHOP_B, 245, lang="pt", name="Thaís Brandão")
b = mail(thais_e, "Thaís Brandão", "filtro errado",
         "Oi, tudo bem?\n\nMandei msg no bluesky mas ninguém respondeu. Comprei filtros tamanho 02 "
         "(pedido 58577) e vcs mandaram tamanho 01. Dá pra trocar? Não quero pagar frete de novo "
         "por erro de vocês.\n\nAbs,\nThaís", 305, "pt")
s.same_person.append(["bluesky:" + thais_b, "email:" + thais_e])
s.group("pt", "same name only", a, b)

# coupon says expired (pt-BR)
gus = "@gustavo_coado@mastodon.example"
a = s.add("mastodon", gus,
          SHOP_M + " o cupom PRIMEIRACOMPRA não tá sendo aplicado no carrinho, aparece \"código "
          "expirado\" mas recebi o email ontem", 270, lang="pt", name="Gustavo")
b = s.add("mastodon", gus,
          SHOP_M + " e aí, alguém? cupom de primeira compra continua dando expirado. carrinho "
          "parado aqui esperando", 318, lang="pt", name="Gustavo")
s.group("pt", "one identity", a, b)

# follow-up: a PS with photos (pt-PT)
carla = "carla.mendes@netcabo.example"
a = mail(carla, "Carla Mendes", "Café chegou com o saco rasgado",
         "Bom dia,\n\nRecebi hoje a encomenda 58502 e um dos sacos de café vinha rasgado, com grãos "
         "soltos pela caixa toda. Podem enviar outro?\n\nCarla Mendes", 196, "pt")
b = mail(carla, "Carla Mendes", "Re: Café chegou com o saco rasgado",
         "PS: tirei fotografias, seguem em anexo. O saco rasgado é o Etiópia Guji de 250g.",
         197, "pt", thread=rid(a), in_reply_to=rid(a))
s.negative("follow-up", a, b, "a PS with photos and which bag was torn")

# window: late delivery asked about again after nine days (pt-BR)
vini = "vinicius.souza.bsky.social"
a = s.add("bluesky", vini,
          SHOP_B + " minha encomenda de grãos tá atrasada, já era pra ter chegado semana passada. "
          "tem previsão?", 90, lang="pt", name="Vini Souza")
b = s.add("bluesky", vini,
          SHOP_B + " oi de novo, meus grãos ainda não chegaram. já faz quase um mês do pedido",
          305, lang="pt", name="Vini Souza")
s.negative("window", a, b, "same late order asked about again nine days later")

# ---------------------------------------------------------------- Italian

# cracked hopper, same thread after a vague answer
giulia = "giulia.ferraresi@libero.example"
a = mail(giulia, "Giulia Ferraresi", "macinino arrivato rotto",
         "Buongiorno,\n\nè arrivato oggi il macinino elettrico Kerbholz E2 (ordine 58288) ma il "
         "contenitore dei chicchi è crepato, la crepa si vede lungo tutto il lato. Il pacco era "
         "già ammaccato. Come procediamo per la sostituzione?\n\nGrazie\nGiulia Ferraresi",
         35, "it")
r = mail_reply("Re: macinino arrivato rotto",
               "Gentile Giulia,\n\ngrazie per la segnalazione, stiamo verificando e ti faremo "
               "sapere a breve.\n\nUn saluto,\nMiriam\nQuernstone Coffee Gear", 44, a, a, "it")
b = mail(giulia, "Giulia Ferraresi", "Re: macinino arrivato rotto",
         "Buongiorno Miriam,\n\nsono passati quasi 4 giorni dal \"vi faremo sapere\". Il "
         "contenitore è sempre crepato e non lo uso, ho paura che si spacchi del tutto. Mi "
         "mandate un ricambio o devo rispedire tutto?\n\nGiulia", 128, "it", thread=rid(a),
         in_reply_to=rid(r))
s.group("it", "one identity", a, b)

# subscription cancelled but billed: mail, then Mastodon with a profile link
marco_e = "marco.bellandi@fastwebnet.example"
marco_m = "@mbellandi@mastodon.uno.example"
a = mail(marco_e, "Marco Bellandi", "Abbonamento disdetto ma ancora addebitato",
         "Salve,\n\nho disdetto l'abbonamento caffè a fine aprile ma il 1 giugno mi avete "
         "addebitato di nuovo 19,90 euro. Ho ancora la mail di conferma della disdetta. Vorrei "
         "il rimborso.\n\nMarco Bellandi", 280, "it")
b = s.add("mastodon", marco_m,
          SHOP_M + " vi ho scritto per mail due giorni fa, abbonamento disdetto ad aprile e mi "
          "addebitate ancora. Nessuna risposta. Devo bloccare la carta?", 335, lang="it",
          name="Marco B.", links=[marco_e])
s.same_person.append(["email:" + marco_e, "mastodon:" + marco_m])
s.group("it", "profile link", a, b)

# locked out of the account
ale = "ale-ricci.bsky.social"
a = s.add("bluesky", ale,
          "non riesco più ad entrare nel mio account " + SHOP_B + ", mi dice \"credenziali non "
          "valide\" e il reset password non manda nessuna mail. qualcuno ha lo stesso problema?",
          380, lang="it", name="Ale")
b = s.add("bluesky", ale,
          "ancora chiusa fuori dall'account quernstone. niente mail di reset, niente risposta "
          "qui. vabbè", 420, lang="it", name="Ale")
s.group("it", "one identity", a, b)

# follow-up: the shop asks whether new batteries were tried, and the order
davide = "davide.conti@tiscali.example"
a = mail(davide, "Davide Conti", "bilancia non si accende",
         "Ciao, la bilancia Dosewell che ho ricevuto settimana scorsa non si accende più. Ieri "
         "funzionava. Che posso fare?\nDavide", 250, "it")
r = mail_reply("Re: bilancia non si accende",
               "Ciao Davide,\n\nhai già provato con batterie nuove? E ci mandi il numero "
               "d'ordine?\n\nGrazie,\nMiriam", 256, a, a, "it")
b = mail(davide, "Davide Conti", "Re: bilancia non si accende",
         "Sì, ho messo batterie nuove stamattina, niente da fare. L'ordine è il 58560.\n\n"
         "Davide", 266, "it", thread=rid(a), in_reply_to=rid(r))
s.negative("follow-up", a, b, "answers the shop's question about batteries and gives the order number")

# other customers: the same rude courier, two customers in Milan
a = mail("f.colombo@alice.example", "Francesca Colombo", "Corriere maleducato",
         "Buongiorno,\n\nvolevo segnalare che il corriere che ha consegnato il vostro pacco oggi "
         "(via Padova, Milano) è stato parecchio maleducato: ha lanciato il pacco oltre il "
         "cancello e mi ha risposto male quando gliel'ho fatto notare.\n\nFrancesca Colombo",
         342, "it")
b = s.add("mastodon", "@elenacaffe@mastodon.uno.example",
          SHOP_M + " il vostro corriere oggi a Milano mi ha lasciato il pacco per terra davanti "
          "al portone e se n'è andato urlando che non aveva tempo. Gentilissimo 🙄", 347,
          lang="it", name="Elena")
s.negative("other-customer", a, b, "two customers in the same city complaining about a rude courier")

# ---------------------------------------------------------------- Dutch

# marked delivered, not received: three mails in one thread
sanne = "sanne.devries@ziggo.example"
a = mail(sanne, "Sanne de Vries", "Pakket bezorgd volgens PostNL, maar niet ontvangen",
         "Hoi,\n\nVolgens PostNL is mijn bestelling (58317) gisteren om 14:02 bezorgd, maar ik heb "
         "niks ontvangen. Niet bij de buren, niet in de schuur, geen briefje. Kunnen jullie dit "
         "uitzoeken?\n\nGroetjes,\nSanne de Vries", 50, "nl")
r = mail_reply("Re: Pakket bezorgd volgens PostNL, maar niet ontvangen",
               "Hoi Sanne,\n\nBedankt voor je bericht. We zoeken het uit met PostNL en laten het "
               "je weten.\n\nGroet,\nBeatriz\nQuernstone Coffee Gear", 58, a, a, "nl")
b = mail(sanne, "Sanne de Vries", "Re: Pakket bezorgd volgens PostNL, maar niet ontvangen",
         "Hoi Beatriz,\n\nAl nieuws? Het pakket is nog steeds nergens. Ik heb inmiddels de hele "
         "straat afgelopen haha. Niet grappig eigenlijk, er zat een kilo bonen en een weegschaal "
         "in.\n\nSanne", 130, "nl", thread=rid(a), in_reply_to=rid(r))
c = mail(sanne, "Sanne de Vries", "Re: Pakket bezorgd volgens PostNL, maar niet ontvangen",
         "Hallo, nog steeds niks gehoord en niks ontvangen. Graag opnieuw versturen of geld "
         "terug.\n\nVerstuurd vanaf mijn iPhone", 190, "nl", thread=rid(a), in_reply_to=rid(b))
s.group("nl", "one identity", a, b, c)

# wrong colour kettle
bram = "@bramkoffie@mastodon.nl.example"
a = s.add("mastodon", bram,
          SHOP_M + " Pourline waterkoker in mat zwart besteld, witte gekregen. Past echt niet in "
          "onze keuken 😬 Hoe ruil ik die om?", 200, lang="nl", name="Bram")
b = s.add("mastodon", bram,
          SHOP_M + " nog even een duwtje: ik heb een WITTE waterkoker gekregen ipv mat zwart. "
          "Wil graag ruilen, hoor graag hoe", 250, lang="nl", name="Bram")
s.group("nl", "one identity", a, b)
c = s.add("mastodon", bram,
          SHOP_M + " en nu ik toch bezig ben: de 10% code uit de nieuwsbrief is bij die "
          "bestelling ook niet verrekend, zie ik nu op de factuur", 320, lang="nl", name="Bram")
s.negative("other-complaint", a, c,
           "same customer and order: first the wrong colour, then the newsletter discount missing")

# refund for a returned scale: Mastodon, then Bluesky under the same name (Flemish)
piet_m = "@pietjanssens@mastodon.example"
piet_b = "pj-gent.bsky.social"
a = s.add("mastodon", piet_m,
          SHOP_M + " Mijn retour (de Dosewell weegschaal) is al twee weken bij jullie binnen, "
          "maar ik heb nog altijd geen terugbetaling gezien. Kan iemand dat eens nakijken?",
          340, lang="nl", name="Piet Janssens")
b = s.add("bluesky", piet_b,
          "Zeg " + SHOP_B + ", op Mastodon geen antwoord dus dan maar hier: weegschaal "
          "teruggestuurd, al 2+ weken bij jullie, nog altijd geen geld terug. €59 is geen klein "
          "bier.", 400, lang="nl", name="Piet Janssens")
s.same_person.append(["mastodon:" + piet_m, "bluesky:" + piet_b])
s.group("nl", "same name only", a, b)

# invoice without VAT number, reminder in the same thread
wouter = "info@koffiebardemolen.example"
a = mail(wouter, "Koffiebar De Molen", "Factuur 2026-1187 klopt niet",
         "Goedemiddag,\n\nOp factuur 2026-1187 (bestelling 58642) staat ons btw-nummer niet "
         "vermeld en de btw is berekend alsof we particulier zijn. Wij hebben bij het bestellen "
         "wel ons btw-nummer NL001234567B01 ingevuld. Graag een gecorrigeerde factuur.\n\n"
         "Met vriendelijke groet,\nWouter Smit\nKoffiebar De Molen", 355, "nl")
b = mail(wouter, "Koffiebar De Molen", "RE: Factuur 2026-1187 klopt niet",
         "Goedemorgen,\n\nHerinnering: wij wachten nog op de aangepaste factuur, zonder ons "
         "nummer erop kan de boekhouder hem niet verwerken. Kunt u hier even naar kijken?\n\n"
         "Wouter Smit", 430, "nl", thread=rid(a), in_reply_to=rid(a))
s.group("nl", "one identity", a, b)

# ---------------------------------------------------------------- Catalan

# order not arrived, reminder in the same thread
jordi = "jpuigdomenech@xtec.example"
a = mail(jordi, "Jordi Puigdomènech", "Comanda 58388 encara no ha arribat",
         "Bon dia,\n\nVaig fer la comanda 58388 fa deu dies (cafè en gra i una gerra per a la "
         "llet) i encara no l'he rebuda. El seguiment diu \"en repartiment\" des de dimecres. Em "
         "podeu dir alguna cosa?\n\nGràcies,\nJordi Puigdomènech", 100, "ca")
b = mail(jordi, "Jordi Puigdomènech", "Re: Comanda 58388 encara no ha arribat",
         "Hola de nou,\n\nSegueixo sense noticies i sense paquet. Ja fa gairebe dues setmanes. "
         "Si us plau, digueu-me alguna cosa.\n\nJordi", 165, "ca", thread=rid(a),
         in_reply_to=rid(a))
s.group("ca", "one identity", a, b)

# broken hand grinder: Mastodon, then mail with a profile link
marta_m = "@martaribes@mastodon.cat.example"
marta_e = "marta.ribes@vilaweb.example"
a = s.add("mastodon", marta_m,
          SHOP_M + " m'ha arribat el molinet manual amb el vidre del dipòsit trencat, bocins per "
          "tota la capsa 😕 què he de fer?", 410, lang="ca", name="Marta Ribes")
b = s.add("email", marta_e,
          "Hola,\n\nUs ho vaig dir per Mastodon fa un parell de dies però no m'heu respost. El "
          "molinet Ridgeline (comanda 58701) va arribar amb el dipòsit de vidre esberlat. Voldria "
          "que me'l canviéssiu.\n\nSalutacions,\nMarta", 450, lang="ca",
          subject="Molinet arribat trencat", name="Marta Ribes i Soler", links=[marta_m])
s.same_person.append(["mastodon:" + marta_m, "email:" + marta_e])
s.group("ca", "profile link", a, b)

# double charge: mail, then Bluesky under the same name
arnau_e = "arnau.vila@correu.example"
arnau_b = "arnauvv.bsky.social"
a = mail(arnau_e, "Arnau Vila", "M'heu cobrat dues vegades",
         "Bones,\n\nAvui he vist al banc dos càrrecs de 42,30€ de Quernstone amb minuts de "
         "diferència, però només vaig fer una comanda (58612). Em podeu tornar l'altre?\n\n"
         "Gràcies!\nArnau Vila", 290, "ca")
b = s.add("bluesky", arnau_b,
          SHOP_B + " us vaig enviar un correu fa 3 dies pel doble cobrament i res de res. 42,30€ "
          "x2 per un paquet de cafè i uns filtres... espero que m'ho torneu", 360, lang="ca",
          name="Arnau Vila")
s.same_person.append(["email:" + arnau_e, "bluesky:" + arnau_b])
s.group("ca", "same name only", a, b)

# other complaint: locked out, then ground coffee instead of beans
nuria_c = "nuriacasals.bsky.social"
a = s.add("bluesky", nuria_c,
          "no puc entrar al meu compte de " + SHOP_B + ", diu que el correu no existeix 🤔 i fa "
          "anys que hi compro", 28, lang="ca", name="Núria Casals")
b = s.add("bluesky", nuria_c,
          SHOP_B + " al final he fet la comanda com a convidada, però m'heu enviat el cafè mòlt i "
          "jo el volia en gra. Es pot canviar?", 122, lang="ca", name="Núria Casals")
s.negative("other-complaint", a, b,
           "same customer: first cannot log in, then ground coffee sent instead of beans")

# window: invoice never received, asked again after nine days
pere = "pere.ferrer@gestoria-ferrer.example"
a = mail(pere, "Pere Ferrer", "Factura comanda 58371",
         "Bon dia,\n\nNo he rebut la factura de la comanda 58371. Me la podeu enviar a aquest "
         "correu?\n\nMoltes gràcies,\nPere Ferrer", 110, "ca")
b = mail(pere, "Pere Ferrer", "Factura 58371 (segona vegada)",
         "Bon dia,\n\nUs vaig demanar fa més d'una setmana la factura de la comanda 58371 i encara "
         "no l'he rebuda. La necessito per a la declaració.\n\nPere Ferrer", 330, "ca")
s.negative("window", a, b, "same missing invoice asked for again nine days later")

# other customers: the same late courier in the same neighbourhood
a = s.add("mastodon", "@laiabrunet@mastodon.cat.example",
          SHOP_M + " la meva comanda fa 4 dies que surt \"en repartiment\" i no arriba mai. Sou "
          "de Gràcia? diuen que hi ha vaga de repartidors", 395, lang="ca", name="Laia")
b = mail("oriol.serra@correu.example", "Oriol Serra", "Comanda que no arriba",
         "Hola,\n\nLa meva comanda 58688 porta quatre dies en repartiment i no me la porten. Visc "
         "a Gràcia, Barcelona. Sabeu alguna cosa?\n\nOriol", 399, "ca")
s.negative("other-customer", a, b,
           "two customers in the same neighbourhood with parcels stuck out for delivery")

# ---------------------------------------------------------------- one-off questions

mail("aoife.byrne@eircom.example", "Aoife Byrne", "Shipping to Ireland?",
     "Hi, do you ship to Ireland, and roughly how long does it take? Also is the Ridgeline 48 "
     "fine enough for Turkish coffee?\nThanks!\nAoife", 10, "en")
s.add("mastodon", "@beanbag@mastodon.online",
      SHOP_M + " which of your beans would you recommend for a moka pot? something chocolatey, "
      "not too acidic", 182, lang="en", name="sam")
s.add("bluesky", "ollie-h.bsky.social",
      "q for " + SHOP_B + ": is the Pourline kettle fine on 230V? moving to Spain in August",
      390, lang="en", name="Ollie")
mail("compras@elrincondelcafe.example", "El Rincón del Café", "Venta al por mayor",
     "Buenas tardes,\n\n¿Tenéis tarifas para cafeterías? Nos interesaría comprar café en grano "
     "en formato de 1 kg de forma regular, unos 15 kg al mes.\n\nSaludos,\nÁlvaro", 75, "es")
s.add("bluesky", "javi-mt.bsky.social",
      "pregunta para " + SHOP_B + ": ¿el Kerbholz E2 muele lo bastante fino para espresso o "
      "solo para filtro?", 322, lang="es", name="Javi")
mail("h.brandt@gmx.example", "Heike Brandt", "Kauf auf Rechnung?",
     "Hallo,\n\nkann ich bei Ihnen auch auf Rechnung bezahlen? Ich habe keine Kreditkarte.\n\n"
     "Freundliche Grüße\nHeike Brandt", 120, "de")
s.add("bluesky", "tobi-brueht.bsky.social",
      "Gibt's bei " + SHOP_B + " die Bohnen auch schon gemahlen für French Press? Hab keine "
      "Mühle (noch nicht 😄)", 412, lang="de", name="Tobi")
mail("marc.dumont@skynet.example", "Marc Dumont", "Livraison en Belgique",
     "Bonjour,\n\nLivrez-vous en Belgique ? Et à partir de quel montant la livraison est-elle "
     "offerte ?\n\nMerci d'avance,\nMarc", 238, "fr")
s.add("mastodon", "@lou_filtre@piaille.example",
      SHOP_M + " est-ce que vous avez des filtres en tissu réutilisables pour V60 ? je veux "
      "arrêter le papier", 440, lang="fr", name="Lou")
mail("ines.pacheco@gmail.example", "Inês Pacheco", "Loja física em Lisboa?",
     "Olá,\n\nTêm loja física em Lisboa ou algum revendedor onde possa ver as chaleiras antes "
     "de comprar?\n\nObrigada,\nInês", 215, "pt")
s.add("mastodon", "@felipe_cafe@mastodon.example",
      SHOP_M + " vocês enviam pro Brasil? quanto fica o frete mais ou menos?", 455, lang="pt",
      name="Felipe")
s.add("mastodon", "@robertaespresso@mastodon.uno.example",
      SHOP_M + " il Ridgeline va bene anche per la moka o è troppo fine?", 157, lang="it",
      name="Roberta")
mail("luca.marini@virgilio.example", "Luca Marini", "Confezione regalo",
     "Salve, è possibile avere una confezione regalo con biglietto? Vorrei spedire un macinino "
     "a mio padre per il compleanno.\nGrazie, Luca", 345, "it")
s.add("bluesky", "evi-vdb.bsky.social",
      SHOP_B + " hebben jullie ook cafeïnevrije bonen? Voor 's avonds 🙂", 94, lang="nl",
      name="Evi")
mail("joost.bakker@kpnmail.example", "Joost Bakker", "Adres aanpassen bestelling",
     "Hallo,\n\nIk heb net besteld (58733) maar zie dat het huisnummer fout is: moet 17a zijn, "
     "niet 71. Kan dat nog aangepast worden?\n\nGroet,\nJoost", 470, "nl")
s.add("mastodon", "@guillemcafe@mastodon.cat.example",
      SHOP_M + " teniu botiga a Barcelona o només veneu en línia?", 275, lang="ca",
      name="Guillem")

s.write(HERE, "Repeats in other words at Quernstone Coffee Gear, 8 languages, with follow-up, "
        "other-complaint, other-customer and window negatives; written without sight of the "
        "detector, labels as a reader would give them.")
