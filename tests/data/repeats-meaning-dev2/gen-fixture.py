#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A second development set of repeats in other words, for tuning.

The posts a small bicycle parts and accessories shop, Freewheel Hollow,
receives on email, Mastodon and Bluesky over about three weeks, in eight
languages (en, es, de, fr, pt, it, nl, ca), with the labels a person
reading them would give: 30 groups of repeats (the same customer raising
the same complaint again within 7 days, often in other words, on the same
or another channel), labelled pairs that are not repeats (follow-ups that
add what the shop asked for, another complaint by the same customer, the
same complaint by other customers, the same complaint again after more
than 7 days), the shop's answers and one-off questions.

The set was written without sight of the detector, its lexicon or the
other sets; the posts are written as customers write, and the labels were
never edited to fit the detector. Run it to write fixture.jsonl and
labels.json next to it; the output is deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 9, 14, 7, 0, 0, tzinfo=timezone.utc)

S = LabelledSet(BASE, "bk", "hello@freewheelhollow.example", "@freewheelhollow@velo.social",
                "freewheelhollow.bsky.social", "Freewheel Hollow")
rid = S.rid


def mail(who, name, subject, text, h, lang, thread=None, irt=None):
    return S.add("email", who, text, h, lang=lang, subject=subject, name=name,
                 thread=rid(thread) if thread else None, in_reply_to=rid(irt) if irt else None)


def masto(who, name, text, h, lang, thread=None, irt=None, links=None):
    return S.add("mastodon", who, text, h, lang=lang, name=name, links=links,
                 thread=rid(thread) if thread else None, in_reply_to=rid(irt) if irt else None)


def bsky(who, name, text, h, lang, thread=None, irt=None, links=None):
    return S.add("bluesky", who, text, h, lang=lang, name=name, links=links,
                 thread=rid(thread) if thread else None, in_reply_to=rid(irt) if irt else None)


def answer(key, text, h, lang, thread=None):
    """The shop's answer to @key; a mail answers under the subject of the thread."""
    channel = key.split(":", 1)[0]
    if channel != "email":
        return S.reply(channel, text, h, to=rid(key), thread=rid(thread or key), lang=lang)
    first = next(m for m in S.messages if m["id"] == rid(thread or key))
    return S.add("email", S.shop["email"], text, h, lang=lang, subject="Re: " + first["subject"],
                 name=S.shop_name, direction="out", thread=rid(thread or key), in_reply_to=rid(key))


# ---------------------------------------------------------------- English

# late delivery; a non-committal answer, then a nudge in the thread
tom = "tom.whitcombe@btinternet.com"
a = mail(tom, "Tom Whitcombe", "Order #58213 - where is it?",
         "Hi there,\n\nI ordered a pair of Continental GP5000 (700x28, black) on the 8th, order #58213, "
         "and paid extra for 2-3 day shipping. Tracking has said \"parcel at depot\" since Friday and "
         "hasn't moved.\n\nCould you chase it please? I've got a sportive on the 20th and I'd like them "
         "fitted before then.\n\nCheers,\nTom", 2.3, "en")
r = answer(a, "Hi Tom,\n\nThanks for getting in touch and sorry for the wait. We've raised a query with "
           "the courier and will let you know as soon as we hear back.\n\nKind regards,\nAnnelies\n"
           "Freewheel Hollow", 5.1, "en")
b = mail(tom, "Tom Whitcombe", "Re: Order #58213 - where is it?",
         "Hi Annelies,\n\nTwo days on and the tracking still says exactly the same thing. Nobody from the "
         "courier has been in touch either. If they're lost can you just send another pair out? I'm "
         "genuinely running out of time here.\n\nTom", 52.7, "en", thread=a, irt=r)
S.group("en", "one identity", a, b)
tom_late = a
o = mail(tom, "Tom Whitcombe", "Invoice for 58213",
         "Hi,\n\nTyres finally turned up, thanks. One thing though: the invoice has my old address in "
         "Reading on it and I need it for my cycle-to-work claim. Could you reissue it with 14 Albany "
         "Road, Bristol BS6 5LH?\n\nThanks,\nTom", 110.6, "en")
S.negative("other-complaint", tom_late, o,
           "same customer and order: the late tyres, then an invoice with his old address")

# "delivered" but not received; three posts on Mastodon
jess = "@gravelgrrl@mastodon.social"
a = masto(jess, "Jess 🚲",
          "@freewheelhollow@velo.social hi, tracking says my Supacaz bar tape was delivered yesterday at "
          "14:02 and signed for by \"J\". I am J. I did not sign for anything. not on the doorstep, not "
          "behind the bins, neighbours haven't got it. order 58240", 36.5, "en")
r = answer(a, "@gravelgrrl Oh no, sorry Jess! We've opened a claim with the courier and are waiting to "
           "hear back, we'll update you here.", 39.0, "en")
b = masto(jess, "Jess 🚲",
          "@freewheelhollow@velo.social day 3 of my bar tape being \"delivered\" to a parallel universe. "
          "any word from the courier? my bars are naked and it's embarrassing", 84.3, "en", thread=a, irt=r)
c = masto(jess, "Jess 🚲",
          "still no tape, still no word from @freewheelhollow@velo.social. honestly i'd take a refund at "
          "this point 🙃", 129.0, "en")
S.group("en", "one identity", a, b, c)

# refund not received; email, then Bluesky with a link to the address
priya_mail = "priya.nair.cycles@outlook.com"
priya_bsky = "priyanair.bsky.social"
a = mail(priya_mail, "Priya Nair", "Refund for returned helmet (order 58177)",
         "Hello,\n\nI sent back the Kask Mojito helmet from order 58177 (wrong size, M instead of L) on "
         "2 September. Your returns page shows it as received on the 9th, but I still haven't had the "
         "refund of €119.00.\n\nCould you check please?\n\nThanks,\nPriya Nair", 30.2, "en")
b = bsky(priya_bsky, "Priya N.",
         "@freewheelhollow.bsky.social you've had my returned helmet since the 9th. emailed on tuesday, "
         "nothing back. €119 is not pocket change, where's my money?", 150.5, "en",
         links=[priya_mail])
S.same_person.append(["email:" + priya_mail, "bluesky:" + priya_bsky])
S.group("en", "profile link", a, b)

# double charge; a second mail, no order number
gareth = "gareth.pryce@gmail.com"
a = mail(gareth, "Gareth Pryce", "Charged twice",
         "Hi, I placed one order last night (58330 - Shimano Ultegra brake pads x2 and a Park chain "
         "checker) but there are two payments of €43.98 on my Revolut. Can screenshot if needed. Can you "
         "refund the duplicate please?\n\nGareth", 74.8, "en")
b = mail(gareth, "Gareth Pryce", "Duplicate payment - still not refunded",
         "Hello?\n\nStill two lots of €43.98 gone from my account and no reply to my email from Thursday. "
         "One order, one payment, that's how it's meant to work.\n\nG. Pryce", 122.4, "en")
S.group("en", "one identity", a, b)

# password reset mail never arrives
matty = "mattybikes.bsky.social"
a = bsky(matty, "Matty",
         "tried resetting my freewheel hollow password 4 times tonight. no email. not in spam. not in "
         "promotions. just want to reorder my brake pads lads", 136.9, "en")
b = bsky(matty, "Matty",
         "@freewheelhollow.bsky.social still locked out of my account, reset email never shows up. is "
         "there a human who can just do it manually?", 158.3, "en")
S.group("en", "one identity", a, b)

# wrong chain; Mastodon, then a mail under the same name
dan_masto = "@dokafor@fosstodon.org"
dan_mail = "d.okafor@protonmail.com"
a = masto(dan_masto, "Dan Okafor",
          "Ordered an 11-speed chain from @freewheelhollow@velo.social. Box says KMC X10. Fairly sure 10 "
          "is not 11. Back on the turbo with the old stretched one then.", 179.5, "en")
b = mail(dan_mail, "Dan Okafor", "Wrong chain sent - 58391",
         "Hi,\n\nAs I said on Mastodon yesterday, you've sent me a KMC X10 (10-speed) instead of the X11 "
         "I ordered, order 58391. How do I swap it? I'd rather not pay return postage for a picking "
         "mistake.\n\nDan", 196.0, "en")
S.same_person.append(["mastodon:" + dan_masto, "email:" + dan_mail])
S.group("en", "same name only", a, b)

# follow-up: the photo the shop asked for
lucy = "lucy.arden@gmail.com"
a = mail(lucy, "Lucy Arden", "Broken light",
         "Hi, my Lezyne rear light arrived today with the clip snapped off, it's just rattling around in "
         "the box. Order 58266. What now?\nLucy", 34.1, "en")
r = answer(a, "Hi Lucy,\n\nSorry about that! Could you send us a photo of the light and of the "
           "packaging? Then we'll get a replacement out to you.\n\nBest,\nAnnelies", 36.8, "en")
f = mail(lucy, "Lucy Arden", "Re: Broken light",
         "Here you go, photo attached - you can see where the clip has sheared off. Box was a bit "
         "squashed on one corner too.\n\nLucy", 38.9, "en", thread=a, irt=r)
S.negative("follow-up", a, f, "the photo the shop asked for")

# other customers: the checkout breaks for two people at once
x = masto("@rhiannonrides@mastodon.online", "Rhiannon",
          "is @freewheelhollow@velo.social's checkout broken for anyone else? keeps throwing "
          "\"something went wrong\" when i hit pay", 229.8, "en")
y = bsky("commuterkev.bsky.social", "Kev",
         "freewheel hollow website just died on me at the payment page. twice. and now my basket's "
         "empty 😤", 230.4, "en")
S.negative("other-customer", x, y, "two customers hit the same checkout outage")

# window: the same lights, eleven days apart
ollie = "ollie-on-wheels.bsky.social"
x = bsky(ollie, "Ollie",
         "ordered a Knog light set from @freewheelhollow.bsky.social a week ago, still says 'label "
         "created'. anyone know if they're usually this slow?", 8.5, "en")
y = bsky(ollie, "Ollie",
         "so my lights from @freewheelhollow.bsky.social still haven't come. riding home in the dark "
         "with a head torch on like a miner", 272.1, "en")
S.negative("window", x, y, "the same missing lights, eleven days later")

mail("h.lindqvist@online.no", "Henrik Lindqvist", "Shipping to Norway?",
     "Hello,\n\nDo you ship to Norway, and if so are customs charges included at checkout?\n\n"
     "Best regards,\nHenrik", 10.2, "en")
masto("@spokeydokey@mas.to", "Spokey",
      "@freewheelhollow@velo.social any idea when the Shimano 105 11-34 cassette is back in stock?",
      161.7, "en")

# ---------------------------------------------------------------- Spanish

# damaged helmet; three posts on Bluesky
nacho = "nachoenbici.bsky.social"
a = bsky(nacho, "Nacho",
         "me acaba de llegar el casco Abus de @freewheelhollow.bsky.social con la carcasa rajada por "
         "detras. Pedido 58226. Asi no me lo pongo ni loco", 59.7, "es")
r = answer(a, "¡Hola Nacho! Lo sentimos mucho, lo estamos revisando con el almacén y te decimos algo.",
           62.9, "es")
b = bsky(nacho, "Nacho",
         "@freewheelhollow.bsky.social casi dos dias despues seguis \"revisandolo\". Es un casco, rajado "
         "no sirve. ¿Me mandais otro o que?", 100.3, "es", thread=a, irt=r)
c = bsky(nacho, "Nacho",
         "pues nada, casco roto y ni una respuesta. Muy bien @freewheelhollow.bsky.social 👏👏",
         134.2, "es")
S.group("es", "one identity", a, b, c)

# coupon not applied; a nudge in the thread
marta = "marta.gil.ortega@gmail.com"
a = mail(marta, "Marta Gil", "Código descuento",
         "Hola buenas,\n\nHe intentado usar el código OTOÑO15 que me llegó en la newsletter y me dice que "
         "no es válido. He hecho el pedido igualmente (pedido nº 58352) porque necesitaba las pastillas "
         "para el finde. ¿Me podéis devolver el 15%?\n\nGracias,\nMarta", 84.6, "es")
r = answer(a, "Hola Marta,\n\nGracias por escribirnos. Lo estamos mirando con el equipo y te decimos "
           "algo.\n\nUn saludo,\nFreewheel Hollow", 88.0, "es")
b = mail(marta, "Marta Gil", "Re: Código descuento",
         "Hola otra vez,\n\n¿Hay novedades con lo del descuento? Han pasado dos días y sigo sin saber "
         "nada.\n\nUn saludo", 139.5, "es", thread=a, irt=r)
S.group("es", "one identity", a, b)

# return label not received; email, then Mastodon under the same name
lucia_mail = "luciaferrer.bcn@hotmail.es"
lucia_masto = "@luciaferrer@mastodon.social"
a = mail(lucia_mail, "Lucía Ferrer", "Etiqueta de devolución",
         "Hola,\n\nSolicité la devolución de las zapatillas Shimano RC1 (talla 42, me quedan pequeñas) "
         "hace 4 días y todavía no me ha llegado la etiqueta al correo. Pedido 58288.\n\nGracias\n"
         "Lucía", 109.8, "es")
b = masto(lucia_masto, "Lucía Ferrer",
          "Llevo casi una semana esperando una etiqueta de devolución de @freewheelhollow@velo.social. "
          "Una etiqueta. Os escribí por mail y nada 🙄", 160.2, "es")
S.same_person.append(["email:" + lucia_mail, "mastodon:" + lucia_masto])
S.group("es", "same name only", a, b)

# rude courier; Mastodon, then Bluesky with a link to the Mastodon account
pablo_masto = "@pablo_mtb@masto.es"
pablo_bsky = "pablomtb.bsky.social"
a = masto(pablo_masto, "Pablo 🚵",
          "El repartidor que trae lo de @freewheelhollow@velo.social me ha tirado la caja por encima de "
          "la valla y cuando le he dicho algo me ha contestado de muy malas maneras. Dentro iba una "
          "rueda de carbono. Genial.", 205.3, "es")
b = bsky(pablo_bsky, "Pablo",
         "Lo del repartidor de ayer que conté en mastodon: ni una disculpa, @freewheelhollow.bsky.social. "
         "Tiró una rueda de 600 pavos por la valla y encima me faltó al respeto. ¿Con qué empresa "
         "trabajáis?", 229.1, "es", links=[pablo_masto])
S.same_person.append(["mastodon:" + pablo_masto, "bluesky:" + pablo_bsky])
S.group("es", "profile link", a, b)

# follow-up: the order number the shop asked for
raul = "raul.dominguez@yahoo.es"
a = mail(raul, "Raúl Domínguez", "Falta pieza portabultos",
         "Buenas tardes,\n\nMe ha llegado el portabultos Topeak pero faltan los tornillos y las "
         "abrazaderas. Sin eso no lo puedo montar.\n\nSaludos,\nRaúl", 129.6, "es")
r = answer(a, "Hola Raúl,\n\n¿Nos puedes indicar el número de pedido? Así te mandamos las piezas "
           "hoy mismo.\n\nUn saludo", 132.5, "es")
f = mail(raul, "Raúl Domínguez", "Re: Falta pieza portabultos",
         "Sí claro, es el 58371. Gracias por la rapidez.\nRaúl", 134.1, "es", thread=a, irt=r)
S.negative("follow-up", a, f, "the order number the shop asked for")

# other customers: a couple sharing one order
x = mail("carmen.vidal.r@gmail.com", "Carmen Vidal", "Pedido 58319 sin llegar",
         "Hola,\n\nHicimos un pedido (58319, dos cascos de niño y una sillita portabebés) hace 9 días y "
         "aún no ha llegado. El seguimiento no se actualiza desde el lunes. ¿Podéis mirar qué pasa?\n\n"
         "Gracias,\nCarmen", 94.7, "es")
y = mail("antonio.serrano.m@gmail.com", "Antonio Serrano", "pedido 58319",
         "Buenos días, mi mujer ya os escribió pero por si acaso: el pedido 58319 a nombre de Carmen "
         "Vidal sigue sin llegar y lo necesitamos antes del sábado para una salida con los peques. "
         "Un saludo, Antonio", 117.9, "es")
S.negative("other-customer", x, y, "a couple about the one order they share")

mail("ivan.ruiz.prieto@gmail.com", "Iván Ruiz", "¿Tienda física?",
     "Hola, ¿tenéis tienda física o punto de recogida? Estoy de viaje por la zona la semana que viene.\n"
     "Gracias", 50.4, "es")
bsky("sergiogravel.bsky.social", "Sergio",
     "@freewheelhollow.bsky.social las GP5000 S TR las tenéis en 700x32? en la web solo veo hasta 30",
     268.8, "es")

# ---------------------------------------------------------------- German

# subscription cancelled but still billed; three mails in one thread
klaus = "k.brandt@web.de"
a = mail(klaus, "Klaus Brandt", "Abo gekündigt - trotzdem abgebucht",
         "Guten Tag,\n\nich habe mein Kettenwachs-Abo (monatlich) am 28.08. gekündigt, die "
         "Kündigungsbestätigung habe ich per Mail bekommen. Trotzdem wurden am 12.09. wieder 24,90 € "
         "abgebucht.\n\nBitte erstatten Sie den Betrag und stellen Sie sicher, dass nichts mehr "
         "abgebucht wird.\n\nMit freundlichen Grüßen\nKlaus Brandt", 25.9, "de")
r = answer(a, "Hallo Herr Brandt,\n\nvielen Dank für Ihre Nachricht. Wir prüfen das und melden uns "
           "bei Ihnen.\n\nViele Grüße\nFreewheel Hollow", 30.2, "de")
b = mail(klaus, "Klaus Brandt", "Re: Abo gekündigt - trotzdem abgebucht",
         "Sehr geehrte Damen und Herren,\n\n\"wir prüfen das\" ist jetzt zwei Tage her. Das Geld ist "
         "weg, das Abo ist gekündigt. Was genau gibt es da zu prüfen?\n\nK. Brandt", 73.8, "de",
         thread=a, irt=r)
r2 = answer(b, "Hallo Herr Brandt,\n\ndas liegt gerade bei unserer Buchhaltung, wir melden uns, sobald "
            "wir mehr wissen.\n\nViele Grüße", 79.5, "de", thread=a)
c = mail(klaus, "Klaus Brandt", "Re: Abo gekündigt - trotzdem abgebucht",
         "Ich warte immer noch auf die 24,90 €. Wenn bis Freitag nichts da ist, lasse ich die "
         "Lastschrift zurückgehen.\n\nBrandt", 149.4, "de", thread=a, irt=r2)
S.group("de", "one identity", a, b, c)

# wrong size; email, then Mastodon with a link to the address
steffi_mail = "steffi.kowalski@gmx.de"
steffi_masto = "@steffi_rollt@chaos.social"
a = mail(steffi_mail, "Steffi Kowalski", "Falsche Größe Handschuhe, Bestellung 58399",
         "Hallo,\n\nstatt der Roeckl-Handschuhe in M hab ich XL bekommen, auf dem Lieferschein steht aber "
         "M. Könnt ihr mir die richtigen schicken und mir sagen, wie ich die anderen zurückgebe?\n\n"
         "LG Steffi", 169.6, "de")
b = masto(steffi_masto, "Steffi",
          "Kurze Frage an @freewheelhollow@velo.social: Wie lange dauert's bei euch, auf ne Mail zu "
          "antworten? Hab Handschuhe in XL statt M bekommen, seitdem Funkstille. Meine Hände schwimmen "
          "da drin 🧤", 214.7, "de", links=[steffi_mail])
S.same_person.append(["email:" + steffi_mail, "mastodon:" + steffi_masto])
S.group("de", "profile link", a, b)
o = mail(steffi_mail, "Steffi Kowalski", "Gutschein nicht abgezogen",
         "Hallo nochmal,\n\nganz andere Sache: bei meiner neuen Bestellung 58455 (Trinkflaschen) wurde "
         "der 10-€-Gutschein aus dem Newsletter nicht abgezogen, obwohl er im Warenkorb angezeigt "
         "wurde. Könnt ihr das korrigieren?\n\nLG Steffi", 331.2, "de")
S.negative("other-complaint", a, o, "same customer: wrong glove size, then a voucher not deducted")

# "delivered" but not there; a nudge in the thread
jonas = "jonas.hartmann93@gmail.com"
a = mail(jonas, "Jonas Hartmann", "Paket nicht angekommen",
         "Moin,\n\nlaut Sendungsverfolgung wurde mein Paket (Bestellung 58410, Schwalbe Marathon + 2 "
         "Schläuche) gestern um 11:40 zugestellt - ist es aber nicht. Kein Zettel im Briefkasten, die "
         "Nachbarn haben auch nix.\n\nGruß Jonas", 203.8, "de")
r = answer(a, "Hallo Jonas,\n\ndas tut uns leid! Wir haben einen Nachforschungsauftrag bei DHL "
           "gestellt und melden uns.\n\nViele Grüße", 207.4, "de")
b = mail(jonas, "Jonas Hartmann", "Re: Paket nicht angekommen",
         "Hi nochmal,\n\ngibt's schon was Neues? Ich fahr grad mit nem geflickten Schlauch rum und das "
         "Paket ist immer noch nicht aufgetaucht.\n\nJonas", 253.6, "de", thread=a, irt=r)
S.group("de", "one identity", a, b)

# the site breaks at the basket; Mastodon
merle = "@radlerin_hh@norden.social"
a = masto(merle, "Merle",
          "Die Seite von @freewheelhollow@velo.social schmiert bei mir jedes Mal ab, wenn ich in den "
          "Warenkorb will. Firefox, Chrome, Handy - egal. Will doch nur Bremsbeläge kaufen 🙃",
          290.3, "de")
b = masto(merle, "Merle",
          "Immer noch. Warenkorb -> weiße Seite. @freewheelhollow@velo.social habt ihr da mal "
          "draufgeschaut??", 317.6, "de")
S.group("de", "one identity", a, b)

# follow-up: the photo and order number the shop asked for
ute = "ute.reinhardt@posteo.de"
a = mail(ute, "Ute Reinhardt", "Scheinwerfer beschädigt",
         "Guten Tag,\n\nder Busch+Müller Scheinwerfer ist heute mit gesprungenem Gehäuse angekommen. "
         "Wie gehe ich jetzt vor?\n\nFreundliche Grüße\nUte Reinhardt", 99.2, "de")
r = answer(a, "Guten Tag Frau Reinhardt,\n\ndas tut uns leid. Können Sie uns bitte die Bestellnummer "
           "und ein Foto vom Schaden schicken?\n\nViele Grüße", 102.6, "de")
f = mail(ute, "Ute Reinhardt", "Re: Scheinwerfer beschädigt",
         "Guten Tag,\n\nBestellnummer ist 58344, Foto hängt an. Der Riss geht quer über die Linse.\n\n"
         "Freundliche Grüße\nU. Reinhardt", 105.0, "de", thread=a, irt=r)
S.negative("follow-up", a, f, "the order number and photo the shop asked for")

# other customers: two Laura Schmidts, each waiting for her own order
laura_mail = "laura.schmidt@t-online.de"
laura_bsky = "lauraschmidt.bsky.social"
x = mail(laura_mail, "Laura Schmidt", "Lieferung verspätet - Bestellung 58420",
         "Hallo,\n\nmeine Bestellung 58420 (Sattelstütze und Klingel) sollte laut Shop in 2-3 Tagen da "
         "sein, jetzt ist es über eine Woche. Könnt ihr nachschauen, wo das Paket steckt?\n\n"
         "Danke und Grüße aus Kassel\nLaura", 239.7, "de")
y = bsky(laura_bsky, "Laura Schmidt",
         "Warte seit 8 Tagen auf meine Bestellung bei @freewheelhollow.bsky.social (Lieferung nach "
         "Graz). Langsam nervt's.", 250.1, "de")
S.same_name_different_people.append(["email:" + laura_mail, "bluesky:" + laura_bsky])
S.negative("other-customer", x, y, "two different people named Laura Schmidt, each with a late order")

# window: the same refund, ten days apart
herbert = "herbert.lang@gmx.at"
x = mail(herbert, "Herbert Lang", "Rückerstattung",
         "Sehr geehrtes Team,\n\nich habe den Fahrradcomputer (Bestellung 58102) vor drei Wochen "
         "zurückgeschickt und noch keine Rückerstattung erhalten. Bitte um Prüfung.\n\nMfG\nH. Lang",
         14.8, "de")
y = mail(herbert, "Herbert Lang", "Rückerstattung 58102 - immer noch nichts",
         "Sehr geehrtes Team,\n\nich warte nach wie vor auf die Erstattung für den zurückgesandten "
         "Fahrradcomputer. Bitte um rasche Erledigung.\n\nMfG\nH. Lang", 261.3, "de")
S.negative("window", x, y, "the same refund again, ten days later")

mail("buchhaltung@radwerk-fuchs.de", "Radwerk Fuchs", "Rechnung auf Firma",
     "Hallo,\n\nkann ich bei euch auf Rechnung bestellen, als Firma mit USt-IdNr.? Wir würden "
     "regelmäßig Verschleißteile abnehmen.\n\nViele Grüße\nMarkus Fuchs", 130.5, "de")
bsky("tobi-faehrt.bsky.social", "Tobi",
     "@freewheelhollow.bsky.social passen die Bremsbeläge B05S auf die Shimano MT200? Will nix "
     "Falsches bestellen", 379.4, "de")

# ---------------------------------------------------------------- French

# lost parcel; two mails, then Mastodon with a link to the address
seb_mail = "seb.morel@orange.fr"
seb_masto = "@sebmorel@piaille.fr"
a = mail(seb_mail, "Sébastien Morel", "Commande 58205 toujours pas reçue",
         "Bonjour,\n\nJ'ai commandé une cassette Shimano 105 11-34 et une chaîne le 5 septembre (cde "
         "58205). Colissimo indique \"en cours d'acheminement\" depuis 6 jours. Pouvez-vous vérifier ?"
         "\n\nCordialement,\nSébastien Morel", 35.4, "fr")
r = answer(a, "Bonjour Sébastien,\n\nNous avons ouvert une enquête auprès de Colissimo, nous revenons "
           "vers vous dès que possible.\n\nBien à vous,\nFreewheel Hollow", 39.0, "fr")
b = mail(seb_mail, "Sébastien Morel", "Re: Commande 58205 toujours pas reçue",
         "Bonjour,\n\nToujours rien, ni colis ni nouvelles de votre part. Ça fait maintenant 12 jours. "
         "Si le colis est perdu, merci de me renvoyer la commande ou de me rembourser.\n\nS. Morel",
         86.2, "fr", thread=a, irt=r)
c = masto(seb_masto, "Seb 🚴",
          "Deux semaines pour une cassette chez @freewheelhollow@velo.social, colis \"en cours "
          "d'acheminement\" depuis des jours, deux mails sans vraie réponse. Je commence à regretter de "
          "pas être allé chez Decath.", 135.3, "fr", links=[seb_mail])
S.same_person.append(["email:" + seb_mail, "mastodon:" + seb_masto])
S.group("fr", "profile link", a, b, c)
o = mail(seb_mail, "Sébastien Morel", "Cassette reçue - mauvaise référence",
         "Bonjour,\n\nLe colis est enfin arrivé, merci. Par contre la cassette est une 11-32 et pas la "
         "11-34 commandée. Comment on fait pour l'échange ?\n\nCordialement,\nS. Morel", 168.8, "fr")
S.negative("other-complaint", a, o, "same customer and order: lost parcel, then the wrong cassette")

# invoice error; a reminder in the thread
nico = "n.gaillard@cycles-gaillard.fr"
a = mail(nico, "Nicolas Gaillard", "Facture 58277 erronée",
         "Bonjour,\n\nLa facture de la commande 58277 est établie au nom d'un particulier alors que j'ai "
         "bien renseigné la société (Cycles Gaillard SARL, TVA intracom FR23451987220). J'en ai besoin "
         "pour la compta, merci de la refaire.\n\nN. Gaillard\nCycles Gaillard - Annecy", 119.7, "fr")
r = answer(a, "Bonjour,\n\nC'est noté, nous regardons ça.\n\nCordialement,\nFreewheel Hollow",
           125.9, "fr")
b = mail(nico, "Nicolas Gaillard", "RE: Facture 58277 erronée",
         "Bonjour,\n\nJe me permets de relancer : toujours pas de facture corrigée et mon comptable me "
         "la réclame pour la clôture.\n\nMerci.\nN. Gaillard", 190.3, "fr", thread=a, irt=r)
S.group("fr", "one identity", a, b)

# missing part; Bluesky
clem = "clemence-velotaf.bsky.social"
a = bsky(clem, "Clémence",
         "Reçu mes garde-boue SKS de chez @freewheelhollow.bsky.social... sans les tringles. Donc deux "
         "bouts de plastique inutilisables. Super 🙃", 244.5, "fr")
b = bsky(clem, "Clémence",
         "toujours pas de tringles pour mes garde boue, toujours pas de reponse. velotaf sous la pluie "
         "ce matin, merci @freewheelhollow.bsky.social", 262.8, "fr")
S.group("fr", "one identity", a, b)

# double charge; Mastodon thread
max_ = "@velomax@mamot.fr"
a = masto(max_, "Maxime",
          "@freewheelhollow@velo.social bonjour, j'ai été débité 2 fois pour la même commande (n° "
          "58470), 67,80 € x2. Vous pouvez regarder ?", 339.9, "fr")
r = answer(a, "@velomax Bonjour Maxime, nous transmettons à notre service comptabilité.", 343.1, "fr")
b = masto(max_, "Maxime",
          "@freewheelhollow@velo.social toujours débité deux fois. ça fait 2 jours et demi. 135 balles "
          "pour un pneu c'est cher payé 😑", 400.2, "fr", thread=a, irt=r)
S.group("fr", "one identity", a, b)

# follow-up: the code the shop asked for
lea = "@lea_roule@piaille.fr"
a = masto(lea, "Léa",
          "@freewheelhollow@velo.social votre code promo marche pas sur le site, c'est normal ?",
          69.8, "fr")
r = answer(a, "@lea_roule Bonjour Léa ! Lequel avez-vous essayé, et sur quel article ?", 71.6, "fr")
f = masto(lea, "Léa", "@freewheelhollow@velo.social le code RENTREE10, sur la selle Brooks C17. ça "
          "me met \"code non applicable\"", 72.5, "fr", thread=a, irt=r)
S.negative("follow-up", a, f, "the code and article the shop asked for")

# other customers: two broken inner tubes from one batch
x = mail("d.lefebvre@free.fr", "Denis Lefebvre", "Chambres à air défectueuses",
         "Bonjour,\n\nSur les 4 chambres à air Michelin achetées chez vous (commande 58388), deux ont "
         "lâché au niveau de la valve en moins d'une semaine. La valve s'arrache carrément. Un "
         "problème de lot ?\n\nDenis Lefebvre", 300.4, "fr")
y = bsky("manon-gravel.bsky.social", "Manon",
         "deuxième chambre à air achetée chez @freewheelhollow.bsky.social qui pète au niveau de la "
         "valve en une semaine. lot pourri ?", 319.8, "fr")
S.negative("other-customer", x, y, "two customers with tubes from the same faulty batch")

mail("g.dumont@skynet.be", "Geneviève Dumont", "Livraison en Belgique",
     "Bonjour,\n\nLivrez-vous en Belgique et quels sont les délais ? Je voudrais commander des "
     "sacoches avant les vacances de Toussaint.\n\nMerci d'avance,\nGeneviève", 220.6, "fr")
masto("@yannick_roues@framapiaf.org", "Yannick",
      "@freewheelhollow@velo.social vous faites le montage de roues à la demande ? moyeux DT 350 + "
      "jantes alu, en 28 rayons", 310.1, "fr")

# ---------------------------------------------------------------- Portuguese

# scratched saddle; Bluesky, then a mail under the same name
rafa_bsky = "rafacosta.bsky.social"
rafa_mail = "rafael.costa.porto@gmail.com"
a = bsky(rafa_bsky, "Rafael Costa",
         "alguém da @freewheelhollow.bsky.social me explica porque é que o selim chegou todo riscado? "
         "parece usado. paguei novo.", 54.6, "pt")
b = mail(rafa_mail, "Rafael Costa", "Selim danificado - encomenda 58231",
         "Boa tarde,\n\nRecebi ontem o selim Fizik Argo (encomenda n.º 58231) e vem todo riscado na "
         "parte de trás, parece que já foi usado. Gostaria de uma troca ou do reembolso.\n\n"
         "Cumprimentos,\nRafael Costa", 79.7, "pt")
S.same_person.append(["bluesky:" + rafa_bsky, "email:" + rafa_mail])
S.group("pt", "same name only", a, b)

# refund not received; a nudge in the thread
ana = "ana.pinto@sapo.pt"
a = mail(ana, "Ana Pinto", "Reembolso",
         "Olá,\n\nDevolvi o Garmin Edge 530 há duas semanas (encomenda 58190) e até agora nada do "
         "reembolso de 249€. Podem verificar?\n\nObrigada\nAna", 174.5, "pt")
r = answer(a, "Olá Ana,\n\nJá passámos o caso à contabilidade, damos notícias em breve.\n\n"
           "Cumprimentos,\nFreewheel Hollow", 179.8, "pt")
b = mail(ana, "Ana Pinto", "Re: Reembolso",
         "Bom dia,\n\nContinuo à espera. O \"em breve\" já foi há dois dias e não é pouco dinheiro.\n\n"
         "Ana Pinto", 225.3, "pt", thread=a, irt=r)
S.group("pt", "one identity", a, b)
o = mail(ana, "Ana Pinto", "Erro no pagamento MB Way",
         "Olá,\n\nOutro assunto: estou a tentar comprar umas luvas e o pagamento por MB Way dá sempre "
         "erro no fim. Já tentei três vezes. Há algum problema com o site?\n\nAna", 299.1, "pt")
S.negative("other-complaint", a, o, "same customer: a refund, then a failing payment on a new order")

# cannot log in; Mastodon
joao = "@joaociclista@masto.pt"
a = masto(joao, "João",
          "Não consigo entrar na minha conta da @freewheelhollow@velo.social, diz sempre \"palavra-passe "
          "incorreta\" e o email de recuperação nunca chega. Alguém?", 349.7, "pt")
b = masto(joao, "João",
          "@freewheelhollow@velo.social continuo sem conseguir fazer login. ja tentei recuperar a "
          "password 5x. nada", 371.9, "pt")
S.group("pt", "one identity", a, b)
y = bsky("ines-pedala.bsky.social", "Inês",
         "o email para repor a password da freewheel hollow nunca chega. mais alguém com isto?",
         352.2, "pt")
S.negative("other-customer", a, y, "two customers whose reset mails do not arrive on the same day")

mail("miguel.sousa.bike@gmail.com", "Miguel Sousa", "Garantia capacetes",
     "Boa tarde,\n\nQual é a garantia dos capacetes que vendem? E se tiver uma queda, têm algum "
     "programa de substituição?\n\nObrigado,\nMiguel", 240.3, "pt")
bsky("tiago-btt.bsky.social", "Tiago",
     "@freewheelhollow.bsky.social fazem envios para os Açores? e quanto fica mais ou menos?",
     409.6, "pt")

# ---------------------------------------------------------------- Italian

# wrong colour; three mails in one thread
giulia = "giulia.ferri@libero.it"
a = mail(giulia, "Giulia Ferri", "Colore sbagliato ordine 58256",
         "Buongiorno,\n\nho ordinato il casco MET Trenta in nero opaco (ordine 58256) e mi è arrivato "
         "rosso. Bello eh, ma non si abbina a niente. Come faccio per il cambio?\n\nGrazie\nGiulia",
         47.9, "it")
r = answer(a, "Ciao Giulia,\n\nci scusiamo, stiamo verificando con il magazzino e ti facciamo sapere."
           "\n\nUn saluto,\nFreewheel Hollow", 52.2, "it")
b = mail(giulia, "Giulia Ferri", "Re: Colore sbagliato ordine 58256",
         "Ciao, ci sono novità? Vorrei usarlo nel weekend.\n\nGiulia", 97.6, "it", thread=a, irt=r)
c = mail(giulia, "Giulia Ferri", "Re: Colore sbagliato ordine 58256",
         "Terzo messaggio. Casco ancora rosso, nessuna risposta. Ditemi almeno se devo rispedirlo io "
         "e a che indirizzo.\n\nG. Ferri", 144.8, "it", thread=a, irt=b)
S.group("it", "one identity", a, b, c)

# tyres stuck in transit; Mastodon, then Bluesky under the same name
dav_masto = "@davidemarchetti@mastodon.uno"
dav_bsky = "davidemarchetti.bsky.social"
a = masto(dav_masto, "Davide Marchetti",
          "Ordinato copertoncini tubeless da @freewheelhollow@velo.social 10 giorni fa, tracking fermo a "
          "Bologna da 6 giorni. Qualcuno ha avuto esperienze simili?", 270.4, "it")
b = bsky(dav_bsky, "Davide Marchetti",
         "Ancora niente gomme. Pacco fermo a Bologna da una settimana, @freewheelhollow.bsky.social vi "
         "decidete a rispondere?", 300.7, "it")
S.same_person.append(["mastodon:" + dav_masto, "bluesky:" + dav_bsky])
S.group("it", "same name only", a, b)

# missing cleats; Bluesky
ste = "ste-bike.bsky.social"
a = bsky(ste, "Stefano",
         "pedali Look Keo arrivati oggi da @freewheelhollow.bsky.social... senza tacchette. sulla "
         "scatola c'è scritto \"tacchette incluse\". ok.", 372.6, "it")
b = bsky(ste, "Stefano",
         "@freewheelhollow.bsky.social le tacchette dei pedali? domenica c'è la granfondo e io ho dei "
         "pedali che non posso usare", 396.5, "it")
S.group("it", "one identity", a, b)

# follow-up: a PS with the order number
paolo = "paolo.bernardi@gmail.com"
a = mail(paolo, "Paolo Bernardi", "Reso portapacchi",
         "Salve,\n\nho richiesto il reso del portapacchi posteriore ma non ho ricevuto l'etichetta di "
         "spedizione. Potete rimandarla?\n\nGrazie\nPaolo Bernardi", 210.1, "it")
f = mail(paolo, "Paolo Bernardi", "Re: Reso portapacchi",
         "PS: dimenticavo, l'ordine è il 58402.", 210.4, "it", thread=a, irt=a)
S.negative("follow-up", a, f, "a PS with the order number")

# other customers: two Marco Rossis with the same newsletter code
marco_mail = "marco.rossi.86@alice.it"
marco_masto = "@marcorossi@livellosegreto.it"
x = mail(marco_mail, "Marco Rossi", "Codice sconto non valido",
         "Buonasera,\n\nil codice SETTEMBRE20 della newsletter non funziona, al checkout dice \"codice "
         "non valido\". È scaduto? Nella mail c'era scritto valido fino al 30.\n\nMarco", 159.6, "it")
y = masto(marco_masto, "Marco Rossi",
          "codice SETTEMBRE20 di @freewheelhollow@velo.social: \"non valido\". bello mandare codici "
          "che non funzionano", 170.3, "it")
S.same_name_different_people.append(["email:" + marco_mail, "mastodon:" + marco_masto])
S.negative("other-customer", x, y, "two different people named Marco Rossi, the same failing code")

# window: the same double charge, eight days apart
fra = "@fra_cicli@mastodon.uno"
x = masto(fra, "Francesca",
          "@freewheelhollow@velo.social mi avete addebitato due volte l'ordine 58150, potete "
          "controllare? 38,50 € x 2", 11.7, "it")
y = masto(fra, "Francesca",
          "@freewheelhollow@velo.social sull'estratto conto vedo ancora il doppio addebito di "
          "38,50. quando rimborsate?", 214.6, "it")
S.negative("window", x, y, "the same double charge, eight days later")

masto("@gravelluca@mastodon.uno", "Luca",
      "@freewheelhollow@velo.social avete copertoni gravel 700x40 tubeless ready? tipo Pathfinder o "
      "simili", 125.3, "it")
mail("amministrazione@ciclofficina-po.it", "Ciclofficina Po", "Fattura elettronica",
     "Buongiorno,\n\nper la fattura elettronica vi serve il codice SDI o basta la PEC? Dobbiamo fare "
     "un ordine di camere d'aria per l'officina.\n\nCordiali saluti\nElena", 330.5, "it")

# ---------------------------------------------------------------- Dutch

# late panniers; Mastodon, then Bluesky with a link to the Mastodon account
bram_masto = "@fietsfanaat@mastodon.nl"
bram_bsky = "bramfietst.bsky.social"
a = masto(bram_masto, "Bram",
          "Hoi @freewheelhollow@velo.social, mijn bestelling 58244 (Ortlieb fietstassen) staat al 5 "
          "dagen op 'onderweg'. Weten jullie wanneer die komt?", 64.7, "nl")
b = bsky(bram_bsky, "Bram de Vries",
         "Nog steeds geen fietstassen. Woensdag al op mastodon gevraagd, geen antwoord. "
         "@freewheelhollow.bsky.social hallo??", 120.4, "nl", links=[bram_masto])
S.same_person.append(["mastodon:" + bram_masto, "bluesky:" + bram_bsky])
S.group("nl", "profile link", a, b)

# bent rim; a bare nudge in the thread
sanne = "sanne.jansen@ziggo.nl"
a = mail(sanne, "Sanne Jansen", "Kapotte velg",
         "Hallo,\n\nHet achterwiel dat ik bestelde (bestelling 58415) is krom aangekomen, de velg heeft "
         "een flinke slag en er zit een deuk in. De doos was ook beschadigd. Graag een nieuw wiel.\n\n"
         "Groetjes,\nSanne Jansen", 224.6, "nl")
r = answer(a, "Hoi Sanne,\n\nVervelend! We kijken ernaar en laten je zo snel mogelijk iets weten.\n\n"
           "Groet,\nFreewheel Hollow", 229.0, "nl")
b = mail(sanne, "Sanne Jansen", "Re: Kapotte velg",
         "Hallo?? Al 2 dagen niks gehoord. Ik kan zo niet fietsen.\n\nSanne", 275.2, "nl",
         thread=a, irt=r)
S.group("nl", "one identity", a, b)
o = mail(sanne, "Sanne Jansen", "Inloggen lukt niet",
         "Hoi,\n\nSinds vanochtend kan ik niet meer inloggen op mijn account, ik krijg steeds 'er ging "
         "iets mis'. Wachtwoord is echt goed.\n\nSanne", 330.7, "nl")
S.negative("other-complaint", a, o, "same customer: a bent rim, then she cannot log in")

# subscription cancelled but still billed; Mastodon
wim = "@wielrenwim@mastodon.social"
a = masto(wim, "Wim",
          "Abonnement op die kettingwax-box bij @freewheelhollow@velo.social in augustus opgezegd, "
          "vandaag tóch weer €24,90 afgeschreven. Leuk.", 410.5, "nl")
b = masto(wim, "Wim",
          "nog steeds geen reactie over die 24,90. @freewheelhollow@velo.social graag terugstorten, ik "
          "heb opgezegd!!", 436.2, "nl")
S.group("nl", "one identity", a, b)

# follow-up: the address the shop asked for
pieter = "pieter.bakker@kpnmail.nl"
a = mail(pieter, "Pieter Bakker", "Retourlabel",
         "Goedemiddag,\n\nIk heb drie dagen geleden een retour aangemeld voor de fietspomp maar nooit "
         "een label ontvangen.\n\nMet vriendelijke groet,\nPieter Bakker", 150.3, "nl")
r = answer(a, "Beste Pieter,\n\nWe sturen het label opnieuw, maar dan per post. Kunt u uw adres "
           "bevestigen?\n\nGroet,\nFreewheel Hollow", 153.4, "nl")
f = mail(pieter, "Pieter Bakker", "Re: Retourlabel",
         "Ja hoor: Kerkstraat 12, 3581 BT Utrecht.\n\nGroet,\nPieter", 156.1, "nl", thread=a, irt=r)
S.negative("follow-up", a, f, "the address the shop asked for")

mail("femke.visser@hotmail.nl", "Femke Visser", "Achteraf betalen?",
     "Hoi! Kan ik bij jullie ook achteraf betalen, met Klarna of iDEAL in3 of zo?\n\nFemke",
     185.2, "nl")
bsky("joostopdefiets.bsky.social", "Joost",
     "@freewheelhollow.bsky.social verkopen jullie ook cadeaubonnen? zoek iets voor m'n vader",
     370.5, "nl")

# ---------------------------------------------------------------- Catalan

# double charge; email, then Bluesky under the same name
jordi_mail = "jordi.puig.sabadell@gmail.com"
jordi_bsky = "jordipuig.bsky.social"
a = mail(jordi_mail, "Jordi Puig", "Doble cobrament comanda 58361",
         "Bon dia,\n\nM'heu cobrat dues vegades la comanda 58361 (bomba de peu Lezyne), 54,90 € cada "
         "cop. Em podeu retornar un dels càrrecs?\n\nGràcies,\nJordi", 99.6, "ca")
b = bsky(jordi_bsky, "Jordi Puig",
         "@freewheelhollow.bsky.social fa dos dies que us vaig escriure pel doble cobrament i res de "
         "res. 110 € per una bomba, ni que fos d'or", 146.2, "ca")
S.same_person.append(["email:" + jordi_mail, "bluesky:" + jordi_bsky])
S.group("ca", "same name only", a, b)
o = mail(jordi_mail, "Jordi Puig", "Queixa pel missatger",
         "Bon dia,\n\nAltra cosa: el missatger que m'ha portat la segona comanda ha estat molt mal "
         "educat, m'ha cridat perquè he trigat un minut a baixar. No sé amb quina empresa treballeu "
         "però us ho faig saber.\n\nJordi", 259.4, "ca")
S.negative("other-complaint", a, o, "same customer: a double charge, then a rude courier")

# late front light; a Mastodon thread
montse = "@montse_pedala@mastodont.cat"
a = masto(montse, "Montse",
          "@freewheelhollow@velo.social hola! la comanda del llum davanter encara no ha arribat, fa 8 "
          "dies. Sabeu alguna cosa?", 240.2, "ca")
r = answer(a, "@montse_pedala Hola Montse! Ho estem mirant amb el transportista, et diem alguna cosa "
           "aviat.", 243.0, "ca")
b = masto(montse, "Montse",
          "@freewheelhollow@velo.social doncs res, ni llum ni noticies. I cada dia es fa fosc més "
          "d'hora eh 🔦", 289.7, "ca", thread=a, irt=r)
S.group("ca", "one identity", a, b)

# wrong size; a reminder in the thread
marc = "marcroca84@gmail.com"
a = mail(marc, "Marc Roca", "Talla equivocada",
         "Hola,\n\nHe rebut el culotte Castelli en talla S i el vaig demanar en M (comanda 58488). Com "
         "ho fem per canviar-lo?\n\nMarc", 359.5, "ca")
r = answer(a, "Hola Marc,\n\nHo estem revisant, et direm alguna cosa.\n\nSalutacions,\n"
           "Freewheel Hollow", 363.8, "ca")
b = mail(marc, "Marc Roca", "Re: Talla equivocada",
         "Hola de nou. Ja fa dos dies. Nomes vull la talla que vaig demanar, no crec que sigui tan "
         "complicat.\nMarc", 410.1, "ca", thread=a, irt=r)
S.group("ca", "one identity", a, b)

# window: the app hangs at payment, thirteen days apart
nuria = "@nuriabtt@mastodont.cat"
x = masto(nuria, "Núria",
          "l'app de @freewheelhollow@velo.social es penja cada cop que vull pagar. algu mes?", 89.9, "ca")
y = masto(nuria, "Núria",
          "@freewheelhollow@velo.social l'app torna a quedar-se penjada a la pantalla de pagament. "
          "molt frustrant", 395.3, "ca")
S.negative("window", x, y, "the same hanging app, thirteen days later")

masto("@pere_ciclista@mastodont.cat", "Pere",
      "@freewheelhollow@velo.social feu enviaments a Andorra? i si hi ha duanes, qui les paga?",
      60.3, "ca")
mail("laia.soler@gmail.com", "Laia Soler", "Horari de recollida",
     "Bon dia,\n\nQuin és l'horari per recollir una comanda al punt de recollida? Gràcies!\n\nLaia",
     200.2, "ca")

S.write(HERE, "A second development set of repeats in other words, for tuning: a small bicycle "
        "parts shop, eight languages, written without sight of the detector; the labels say what a "
        "person reading the posts would say.")
