#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Labelled set of repeats in other words, rich in hard negatives: the
inbox of "Saltmarsh Knits", a small online shop for yarn, knitting
needles, patterns and kits, with a yarn-of-the-month subscription.

Posts come by email, Mastodon and Bluesky in eight languages (en, es, de,
fr, pt, it, nl, ca). There are 20 true repeat groups (15 pairs, 5 triples):
the same customer raising the same complaint again within 7 days, 7 of them
across two channels. Around them are labelled negatives that a careful
reader would not group: follow-ups that give what the shop asked for or add
a detail, the same customer with another complaint (often about the same
order), different customers with the same complaint (an outage, couples
sharing an order, different people sharing a display name), and the same
complaint raised again more than 7 days later. One-off questions from other
customers fill the inbox.

The set was written without sight of the detector, its lexicon or the other
labelled sets; the labels say what a person reading the posts would say and
were never edited to fit the detector.

Run: python3 gen-fixture.py  (writes fixture.jsonl and labels.json here)
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 4, 20, 7, 50, tzinfo=timezone.utc)
S = LabelledSet(BASE, "sk", "hello@saltmarshknits.example", "@saltmarshknits@craftodon.example",
                "saltmarshknits.example", "Saltmarsh Knits")
rid = S.rid


def mail(who, text, h, lang, subject, thread=None, irt=None, links=None):
    return S.add("email", who[0], text, h, lang=lang, subject=subject, name=who[1],
                 thread=thread, in_reply_to=irt, links=links)


def masto(who, text, h, lang, thread=None, irt=None, links=None):
    return S.add("mastodon", who[0], text, h, lang=lang, name=who[1],
                 thread=thread, in_reply_to=irt, links=links)


def bsky(who, text, h, lang, thread=None, irt=None, links=None):
    return S.add("bluesky", who[0], text, h, lang=lang, name=who[1],
                 thread=thread, in_reply_to=irt, links=links)


def answer(key, text, h, lang, thread=None):
    """The shop answers @key on its channel; returns the answer's key."""
    channel = key.split(":", 1)[0]
    return S.reply(channel, text, h, rid(key), thread or rid(key), lang)


# ---------------------------------------------------------------- groups

# G1 en, email, triple: kit late, tracking stuck
fiona = ("fiona.gallagher@postbox.example", "Fiona Gallagher")
a = mail(fiona, "Hi there,\n\nI ordered the Fairhaven Cardigan kit on the 9th (order #41877) and the tracking "
         "hasn't moved since last Tuesday, it just says 'in transit - Bristol hub'. Any idea what's going on? "
         "I was hoping to cast on for my sister's birthday.\n\nThanks,\nFiona", 2, "en",
         "Fairhaven kit - order #41877")
r = answer(a, "Hi Fiona, thanks for getting in touch. We're looking into it with the courier and will let "
           "you know as soon as we hear back.\n\nWarm wishes,\nMaddie @ Saltmarsh Knits", 7, "en")
b = mail(fiona, "Hi Maddie,\n\nAny news from the courier? Still stuck at Bristol according to the website, "
         "same as a week ago. Getting a bit worried it's gone walkabout.\n\nFiona", 55, "en",
         "Re: Fairhaven kit - order #41877", thread=rid(a), irt=rid(r))
c = mail(fiona, "Third time asking. Where is my cardigan kit?? Nobody has come back to me and the birthday "
         "is on Saturday. If it's lost just say so and refund me.\n\nF. Gallagher", 101, "en",
         "order 41877 ???")
S.group("en", "one identity", a, b, c)

# G2 en, Mastodon then email, profile link: skein arrived damp and felted
tom_m = ("@tomwren@knitting.social", "Tom Wren 🧶")
tom_e = ("tom.wren@fastpost.example", "Tom Wren")
a = masto(tom_m, "@saltmarshknits@craftodon.example hi, my Estuary Blue skeins turned up today and one of "
          "them is soaking wet and properly felted on one side :( packaging was torn too. not what you want "
          "for £24 of yarn", 20, "en")
b = mail(tom_e, "Hello,\n\nI mentioned this on Mastodon on Tuesday but haven't heard anything so trying email. "
         "Order 42010, two skeins of Estuary Blue sport. One came damp and half felted, it's unusable. Could "
         "you send a replacement please?\n\nCheers\nTom", 70, "en", "Damaged skein",
         links=["@tomwren@knitting.social"])
S.group("en", "profile link", a, b)
S.same_person.append(["mastodon:" + tom_m[0], "email:" + tom_e[0]])

# G3 en, Bluesky pair: coupon not applied
priya = ("priyaknitsalot.bsky.social", "Priya ✨ knits")
a = bsky(priya, "@saltmarshknits.example tried the WOOLWEEK15 code from your newsletter and checkout "
         "charged me full price for the Marram DK. is the code dead already?", 30, "en")
b = bsky(priya, "so the 15% code just... doesn't do anything then. cool. great. love being emailed a "
         "discount that doesn't exist 🙃", 77, "en")
S.group("en", "one identity", a, b)

# G4 es, email, triple: refund for returned needles not received
javier = ("javier.montoya@correo.example", "Javier Montoya")
a = mail(javier, "Hola,\n\nel día 3 os devolví las agujas circulares de bambú (pedido nº 41652) porque venían "
         "con el cable roto. En la web pone que la devolución está recibida pero el reembolso no me ha "
         "llegado. ¿Me podéis decir algo?\n\nUn saludo,\nJavier", 26, "es",
         "Reembolso pedido 41652")
r = answer(a, "Hola Javier, gracias por escribirnos. Lo estamos revisando con contabilidad y te decimos algo "
           "pronto.\n\nUn abrazo,\nMaddie", 31, "es")
b = mail(javier, "Hola de nuevo, sigo sin ver el dinero en la cuenta. Ya han pasado casi tres semanas desde que "
         "lo mandé. ¿Sabéis algo?", 80, "es", "Re: Reembolso pedido 41652", thread=rid(a), irt=rid(r))
c = mail(javier, "¿¿Alguien me puede decir algo del reembolso de las agujas?? Os he escrito dos veces y nada. "
         "Esto ya es de risa.\n\nJ. Montoya", 148, "es", "RECLAMACIÓN devolución")
S.group("es", "one identity", a, b, c)

# G5 es, Mastodon then Bluesky, same name only: wrong colour
lucia_m = ("@luciaferrer@mastodon.example", "Lucía Ferrer")
lucia_b = ("luciaferrer.bsky.social", "Lucía Ferrer")
a = masto(lucia_m, "@saltmarshknits@craftodon.example me acaba de llegar el ovillo y es color mostaza, yo pedi "
          "el verde salvia 😩 es para un jersey que ya tengo medio hecho", 44, "es")
b = bsky(lucia_b, "@saltmarshknits.example lo puse ayer en mastodon pero nada... pedí Salvia y me mandasteis "
         "Mostaza. me lo cambiáis o qué hago?", 66, "es")
S.group("es", "same name only", a, b)
S.same_person.append(["mastodon:" + lucia_m[0], "bluesky:" + lucia_b[0]])

# G6 es, email pair: double charge
marta = ("marta.quiroga@buzon.example", "Marta Quiroga")
a = mail(marta, "Buenas,\n\nhe hecho un pedido de dos madejas de merino (el 42118) y en el banco me aparecen dos "
         "cargos de 31,40 €. Solo hice un pedido. ¿Me devolvéis uno?\n\nGracias\nMarta", 122, "es",
         "Cobro duplicado")
r = answer(a, "Hola Marta, lo miramos y te contamos. ¡Gracias por avisar!", 127, "es")
b = mail(marta, "Hola, ¿hay novedades? Siguen los dos cargos en la cuenta, no se ha devuelto nada.", 190, "es",
         "Re: Cobro duplicado", thread=rid(a), irt=rid(r))
S.group("es", "one identity", a, b)

# G7 de, email, triple: password reset mail never arrives
jonas = ("j.brandt@netzpost.example", "Jonas Brandt")
a = mail(jonas, "Hallo,\n\nich möchte mein Passwort zurücksetzen, aber die Mail dazu kommt einfach nicht an. "
         "Hab's jetzt 4x probiert. Spam-Ordner ist auch leer.\n\nGruß\nJonas Brandt", 33, "de",
         "Passwort zurücksetzen geht nicht")
b = mail(jonas, "Immer noch keine Mail bekommen. Ich komme nicht in mein Konto und wollte eigentlich das "
         "Sommerpullover-Kit bestellen, solange es noch da ist.", 58, "de",
         "Re: Passwort zurücksetzen geht nicht", thread=rid(a), irt=rid(a))
c = mail(jonas, "Hallo?? Seit drei Tagen komme ich nicht in meinen Account. Kann da mal jemand draufschauen?",
         106, "de", "Login / Konto")
S.group("de", "one identity", a, b, c)

# G8 de, email then Mastodon, profile link: subscription cancelled, still billed
heike_e = ("heike.sommer@mailhaus.example", "Heike Sommer")
heike_m = ("@heikestrickt@troet.example", "Heike strickt")
a = mail(heike_e, "Guten Tag,\n\nich habe mein Garn-des-Monats-Abo am 28. März gekündigt (Bestätigung habe ich), "
         "trotzdem wurden am 1. April wieder 29 € abgebucht. Bitte erstatten.\n\nMit freundlichen Grüßen\n"
         "Heike Sommer", 140, "de", "Abo gekündigt - trotzdem abgebucht")
r = answer(a, "Liebe Frau Sommer, danke für Ihre Nachricht, wir schauen uns das an und melden uns.\n\n"
           "Viele Grüße, Saltmarsh Knits", 146, "de")
b = masto(heike_m, "@saltmarshknits@craftodon.example Abo gekündigt, Bestätigung bekommen, trotzdem Geld "
          "abgebucht. Per Mail kam nur 'wir schauen uns das an'. Und jetzt? #strickenistmeinyoga", 200, "de",
          links=["heike.sommer@mailhaus.example"])
S.group("de", "profile link", a, b)
S.same_person.append(["email:" + heike_e[0], "mastodon:" + heike_m[0]])

# G9 de, Mastodon pair: "delivered" but not here
ole = ("@olek@nordsocial.example", "Ole K.")
a = masto(ole, "@saltmarshknits@craftodon.example laut DHL wurde mein Paket gestern zugestellt. Hier ist nix. "
          "Nachbarn haben auch nix. Bestellung 42077.", 250, "de")
b = masto(ole, "@saltmarshknits@craftodon.example wie siehts aus? Paket ist immer noch nicht aufgetaucht, "
          "obwohl angeblich 'zugestellt'.", 292, "de")
S.group("de", "one identity", a, b)

# G10 fr, Mastodon, triple: site crashes at payment
aurelie = ("@aurelie_tricote@piaille.example", "Aurélie")
a = masto(aurelie, "@saltmarshknits@craftodon.example impossible de payer, la page plante dès que je clique sur "
          "'valider la commande'. J'ai essayé sur Firefox et sur mon tel, pareil", 170, "fr")
b = masto(aurelie, "toujours planté chez moi... page blanche au moment du paiement. quelqu'un d'autre a le "
          "souci ou c'est juste moi ?", 188, "fr")
c = masto(aurelie, "@saltmarshknits@craftodon.example bon ben 3e essai ce matin, toujours pareil. Je vais finir "
          "par acheter ma laine ailleurs hein", 215, "fr")
S.group("fr", "one identity", a, b, c)

# G11 fr, email then Bluesky, same name only: kit arrived without the pattern
camille_e = ("camille.roux@boitemail.example", "Camille Roux")
camille_b = ("camroux.bsky.social", "Camille Roux")
a = mail(camille_e, "Bonjour,\n\nJ'ai reçu le kit Bonnet Iroise (cde 41990) mais il n'y a pas le patron "
         "dedans, juste la laine et les marqueurs. Vous pouvez me l'envoyer en pdf ?\n\nMerci d'avance,\n"
         "Camille", 90, "fr", "Patron manquant kit Bonnet Iroise")
b = bsky(camille_b, "@saltmarshknits.example coucou, je vous ai envoyé un mail lundi : mon kit bonnet est "
         "arrivé sans le patron 😅 toujours pas de réponse, vous pouvez regarder ?", 140, "fr")
S.group("fr", "same name only", a, b)
S.same_person.append(["email:" + camille_e[0], "bluesky:" + camille_b[0]])

# G12 fr, email pair: invoice in the wrong name
bertrand = ("b.lefevre@atelier-lefevre.example", "Bertrand Lefèvre")
a = mail(bertrand, "Bonjour,\n\nla facture FA-2026-0388 est au nom de mon ancienne société, alors que j'ai "
         "bien mis Atelier Lefèvre à la commande. Merci de la refaire, j'en ai besoin pour la compta.\n\n"
         "Cordialement,\nB. Lefèvre", 260, "fr", "Erreur sur facture FA-2026-0388")
b = mail(bertrand, "Bonjour, je relance pour la facture. Toujours le mauvais nom dessus, et mon comptable me "
         "la réclame. Cdt", 330, "fr", "Re: Erreur sur facture FA-2026-0388", thread=rid(a), irt=rid(a))
S.group("fr", "one identity", a, b)

# G13 pt, email pair: order late (Brazil)
rafael = ("rafael.nunes@caixapostal.example", "Rafael Nunes")
a = mail(rafael, "Olá, boa tarde!\n\nMeu pedido #42233 (kit de meias + agulhas) foi enviado faz 12 dias e até "
         "agora nada. O rastreio não atualiza. Vocês conseguem verificar?\n\nAbs,\nRafael", 205, "pt",
         "Pedido #42233 atrasado")
r = answer(a, "Oi Rafael, obrigada pela mensagem! Estamos verificando com a transportadora.", 211, "pt")
b = mail(rafael, "Oi, alguma novidade? continua sem chegar e o rastreio parado no mesmo lugar", 280, "pt",
         "Re: Pedido #42233 atrasado", thread=rid(a), irt=rid(r))
S.group("pt", "one identity", a, b)

# G14 pt, Bluesky then Mastodon, profile link: return label never came
ines_b = ("inescosta.bsky.social", "Inês Costa")
ines_m = ("@inescosta@masto.example", "Inês")
a = bsky(ines_b, "@saltmarshknits.example pedi a troca das agulhas há 4 dias e disseram que me mandavam a "
         "etiqueta de devolução por email. Ainda não recebi nada 🤷‍♀️", 300, "pt")
b = masto(ines_m, "@saltmarshknits@craftodon.example olá! já perguntei no bluesky: continuo à espera da etiqueta "
          "de devolução para as agulhas. não chegou nada, nem no spam", 340, "pt",
          links=["inescosta.bsky.social"])
S.group("pt", "profile link", a, b)
S.same_person.append(["bluesky:" + ines_b[0], "mastodon:" + ines_m[0]])

# G15 it, email, triple: wrong needle size
lorenzo = ("lorenzo.gatti@postaweb.example", "Lorenzo Gatti")
a = mail(lorenzo, "Buongiorno,\n\nho ordinato i ferri circolari da 4 mm (ordine 42151) e mi sono arrivati "
         "quelli da 4,5. Come facciamo per il cambio?\n\nGrazie, Lorenzo", 270, "it",
         "Ferri sbagliati ordine 42151")
r = answer(a, "Ciao Lorenzo, ci dispiace! Stiamo controllando il magazzino e ti facciamo sapere.", 276, "it")
b = mail(lorenzo, "Salve, ci sono novità sul cambio? Ho ancora i ferri da 4,5 che non mi servono a niente.",
         320, "it", "Re: Ferri sbagliati ordine 42151", thread=rid(a), irt=rid(r))
c = mail(lorenzo, "Scusate ma possibile che nessuno mi risponda? Ferri sbagliati, vorrei solo quelli giusti. "
         "Grazie.", 390, "it", "ancora ferri sbagliati")
S.group("it", "one identity", a, b, c)

# G16 it, Mastodon then email, same name only: rude courier threw the parcel
giulia_m = ("@giuliab@mastodon.uno.example", "Giulia Bassi")
giulia_e = ("giulia.bassi77@posta.example", "Giulia Bassi")
a = masto(giulia_m, "@saltmarshknits@craftodon.example il vostro corriere oggi mi ha lanciato il pacco oltre "
          "il cancello e quando gliel'ho fatto notare mi ha pure risposto male. Non è il modo.", 110, "it")
b = mail(giulia_e, "Buonasera,\n\nvi scrivo anche qui perché su Mastodon non ho avuto risposta. Il corriere "
         "che vi porta i pacchi a Bologna ha buttato il mio oltre la recinzione ed è stato molto sgarbato. "
         "Spero che lo segnaliate.\n\nGiulia Bassi", 135, "it", "Corriere maleducato")
S.group("it", "same name only", a, b)
S.same_person.append(["mastodon:" + giulia_m[0], "email:" + giulia_e[0]])

# G17 nl, email pair: bamboo needles snapped
joost = ("joost.verbeek@webpost.example", "Joost Verbeek")
a = mail(joost, "Goedemiddag,\n\nDe bamboe breinaalden (maat 5) uit bestelling 42002 zijn allebei geknapt, "
         "de doos was helemaal ingedeukt. Kan ik nieuwe krijgen?\n\nMvg,\nJoost Verbeek", 60, "nl",
         "Breinaalden kapot")
r = answer(a, "Hoi Joost, vervelend! We zoeken het even uit en komen erop terug.", 65, "nl")
b = mail(joost, "Hoi, nog nieuws over de kapotte naalden? Ik hoor niks meer.", 130, "nl",
         "Re: Breinaalden kapot", thread=rid(a), irt=rid(r))
S.group("nl", "one identity", a, b)

# G18 nl, Bluesky then email, same name only: parcel lost at PostNL
sanne_b = ("sannedevries.bsky.social", "Sanne de Vries")
sanne_e = ("sanne.dv@mailnl.example", "Sanne de Vries")
a = bsky(sanne_b, "@saltmarshknits.example mijn pakketje zit al een week 'in sorteercentrum' bij PostNL. "
         "Zit er wel beweging in? Wil graag beginnen aan mijn vest", 350, "nl")
b = mail(sanne_e, "Hallo,\n\nik had het al op Bluesky gevraagd: mijn pakket hangt nog steeds bij PostNL. "
         "Kunnen jullie navragen waar het is of een nieuw sturen?\n\nGroetjes, Sanne", 400, "nl",
         "waar is mijn pakket")
S.group("nl", "same name only", a, b)
S.same_person.append(["bluesky:" + sanne_b[0], "email:" + sanne_e[0]])

# G19 ca, email pair: subscription box of the month not arrived
nuria = ("nuria.puig@correu.example", "Núria Puig")
a = mail(nuria, "Bon dia,\n\nsóc subscriptora del fil del mes i la capsa d'abril encara no m'ha arribat. "
         "Normalment arriba cap al dia 5. Em podeu dir alguna cosa?\n\nGràcies!\nNúria", 36, "ca",
         "Capsa d'abril")
r = answer(a, "Hola Núria, ho estem mirant amb el transportista. Et diem alguna cosa aviat!", 41, "ca")
b = mail(nuria, "Hola, res encara... ni rastre de la capsa. Seguiu mirant-ho?", 120, "ca",
         "Re: Capsa d'abril", thread=rid(a), irt=rid(r))
S.group("ca", "one identity", a, b)

# G20 ca, Mastodon pair: cannot log in
pau = ("@paucasals_teixeix@mastodont.cat.example", "Pau")
a = masto(pau, "@saltmarshknits@craftodon.example no puc entrar al meu compte, em diu que la contrasenya és "
          "incorrecta però és la de sempre. Algú més?", 420, "ca")
b = masto(pau, "@saltmarshknits@craftodon.example segueixo sense poder entrar al compte eh. ni amb la "
          "contrasenya nova", 455, "ca")
S.group("ca", "one identity", a, b)

# ---------------------------------------------------------------- follow-ups

# FU1 en: shop asks for the order number, customer gives it
p = ("helen.marsh@inbox.example", "Helen Marsh")
a = mail(p, "Hello, my Tidewater Shawl kit came with only one skein of the contrast colour, the pattern "
         "says you need two. Could you send the missing one?\nHelen", 12, "en", "Missing skein")
r = answer(a, "Hi Helen, so sorry about that! Could you send us your order number so we can check what "
           "was packed?", 16, "en")
b = mail(p, "Of course, it's SK-41590 - sorry, should have put it in the first email!\nHelen", 19, "en",
         "Re: Missing skein", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

# FU2 en: shop asks for a photo
p = ("dan.okafor@quickmail.example", "Dan Okafor")
a = mail(p, "Hi, the interchangeable needle set I got today has a bent tip on the 4mm, won't screw onto "
         "the cable properly. Order 42060.\nDan", 150, "en", "Bent needle tip")
r = answer(a, "Hi Dan, sorry to hear that. Could you send us a photo of the tip so we can pass it on to "
           "the maker?", 153, "en")
b = mail(p, "Photo attached - you can see the tip is bent right over and the thread is chewed.\n\nDan",
         157, "en", "Re: Bent needle tip", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "sends the photo the shop asked for")

# FU3 es: PS with the order number, unprompted
p = ("elena.sanz@correo.example", "Elena Sanz")
a = mail(p, "Hola, el paquete venía abierto y falta una de las tres madejas de alpaca. ¿Qué hago?\nElena",
         96, "es", "Paquete abierto")
b = mail(p, "PD: se me olvidó, el pedido es el 41944 y está a nombre de mi marido, Andrés.", 97, "es",
         "Re: Paquete abierto", thread=rid(a), irt=rid(a))
S.negative("follow-up", a, b, "PS adding the order number and whose name it is under")

# FU4 de: shop asks for the delivery address
p = ("k.hofmann@webmail.example", "Katrin Hofmann")
a = mail(p, "Hallo, mein Paket kam zurück an euch, weil die Hausnummer falsch war (mein Fehler). Könnt ihr "
         "es nochmal schicken?\nKatrin", 222, "de", "Paket zurück")
r = answer(a, "Hallo Katrin, klar! Schick uns bitte die richtige Adresse, dann geht es morgen raus.", 226, "de")
b = mail(p, "Danke! Richtig ist: Lindenstraße 14b, 24937 Flensburg.", 228, "de", "Re: Paket zurück",
         thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "gives the address the shop asked for")

# FU5 fr: shop asks for a photo of the parcel
p = ("sophie.marchal@courriel.example", "Sophie Marchal")
a = mail(p, "Bonjour, mon colis est arrivé tout écrasé et deux pelotes sont tachées d'huile (?!). "
         "Commande 42180.\nSophie", 230, "fr", "Colis abîmé 42180")
r = answer(a, "Bonjour Sophie, désolés ! Pourriez-vous nous envoyer une photo du colis et des pelotes ?",
           234, "fr")
b = mail(p, "Voilà les photos, le carton et les deux pelotes. On voit bien les taches.", 236, "fr",
         "Re: Colis abîmé 42180", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "sends the photos the shop asked for")

# FU6 pt: shop asks for the order number (Portugal)
p = ("ana.matos@correio.example", "Ana Matos")
a = mail(p, "Bom dia, recebi o kit errado: encomendei o do gorro e veio o das luvas. Obrigada\nAna",
         310, "pt", "Kit errado")
r = answer(a, "Bom dia Ana, pedimos desculpa! Pode indicar-nos o número da encomenda?", 314, "pt")
b = mail(p, "Claro, é a encomenda 42290. Obrigada!", 316, "pt", "Re: Kit errado", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

# FU7 it: unprompted detail about the dye lot
p = ("chiara.ferri@postaweb.example", "Chiara Ferri")
a = mail(p, "Ciao, mi servirebbe un'altra matassa di Laguna per finire lo scialle ma sul sito risulta "
         "esaurita e quella che mi è arrivata è di un tono diverso. Come posso fare?\nChiara", 176, "it",
         "Matassa Laguna")
b = mail(p, "dimenticavo: il lotto della mia è lo 0423, quella nuova era lo 0511.", 178, "it",
         "Re: Matassa Laguna", thread=rid(a), irt=rid(a))
S.negative("follow-up", a, b, "adds the dye lot numbers")

# FU8 nl: shop asks for a photo
p = ("m.bakker@postvak.example", "Marloes Bakker")
a = mail(p, "Hoi, in het sokkenpakket zaten de verkeerde naalden, 3,5 ipv 2,5 volgens mij. Bestelnummer "
         "42255.\nMarloes", 360, "nl", "Sokkenpakket")
r = answer(a, "Hoi Marloes, kun je een foto sturen van de naalden met de maat erop?", 364, "nl")
b = mail(p, "Hierbij de foto, je ziet 3,5 mm op het etiket staan.", 366, "nl", "Re: Sokkenpakket",
         thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "sends the photo the shop asked for")

# FU9 ca: shop asks for the order number
p = ("jordi.ferrer@correu.example", "Jordi Ferrer")
a = mail(p, "Hola, m'heu cobrat l'enviament dues vegades a la mateixa comanda. Em podeu retornar un?\nJordi",
         470, "ca", "Enviament cobrat dos cops")
r = answer(a, "Hola Jordi, ens passes el número de comanda, si us plau?", 474, "ca")
b = mail(p, "És la 42401. Gràcies!", 476, "ca", "Re: Enviament cobrat dos cops", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

# FU10 en, Mastodon: shop asks for the order number in the thread
p = ("@beckyknits@mastodon.example", "Becky")
a = masto(p, "@saltmarshknits@craftodon.example courier left a card saying 'delivered to neighbour' but "
          "didn't say WHICH neighbour. I've knocked on 4 doors. help", 380, "en")
r = answer(a, "@beckyknits@mastodon.example oh no! Can you DM us your order number and we'll ask the "
           "courier which house it went to?", 382, "en")
b = masto(p, "@saltmarshknits@craftodon.example done, it's 42319. thanks!", 383, "en",
          thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

# ---------------------------------------------------------------- other complaints

# OC1 en: late, then cracked needles once it came (same order)
p = ("george.pryce@postmail.example", "George Pryce")
a = mail(p, "Hi, order #41930 was meant to be next day delivery and it's been four days. What happened?\n"
         "George", 8, "en", "Next day delivery??")
b = mail(p, "Well it finally turned up, but the rosewood needles in it are cracked down the middle. Can "
         "I get a replacement pair?\nGeorge", 84, "en", "Cracked needles, order 41930")
S.negative("other-complaint", a, b, "late delivery, then damaged needles once it came (same order)")

# OC2 en, Bluesky: coupon, then being logged out
p = ("moorlandmeg.bsky.social", "Meg")
a = bsky(p, "@saltmarshknits.example the free pattern with 2 skeins offer didn't add the pattern to my "
         "basket, do I need a code?", 14, "en")
b = bsky(p, "@saltmarshknits.example also your site keeps logging me out every time I open the basket, "
         "had to log in like 5 times", 40, "en")
S.negative("other-complaint", a, b, "offer not applied, then being logged out of the site")

# OC3 es: wrong size, then the refund for the return
p = ("pablo.iglesias.r@correo.example", "Pablo Iglesias")
a = mail(p, "Hola, pedí agujas circulares de 60 cm y me han llegado de 80 cm. Pedido 41781.\nPablo", 5, "es",
         "Agujas de medida equivocada")
r = answer(a, "Hola Pablo, perdona el error. Devuélvelas con la etiqueta que te adjuntamos y te "
           "reembolsamos.", 9, "es")
b = mail(p, "Hola, devolví las de 80 cm hace ya una semana y todavía no veo el reembolso. ¿Cuándo lo "
         "hacéis?", 150, "es", "Reembolso agujas 41781")
S.negative("other-complaint", a, b, "wrong size, then the refund for the return not received")

# OC4 de: late, then the invoice has the wrong address (same order)
p = ("t.richter@netzpost.example", "Thomas Richter")
a = mail(p, "Moin, meine Bestellung 42035 ist seit einer Woche unterwegs, ist da was schiefgelaufen?\nThomas",
         46, "de", "Bestellung 42035")
b = mail(p, "Moin nochmal, Paket ist jetzt da, danke. Aber auf der Rechnung steht noch meine alte Adresse "
         "in Kiel, die brauche ich korrekt fürs Finanzamt.", 100, "de", "Rechnung 42035 falsche Adresse")
S.negative("other-complaint", a, b, "late delivery, then a wrong address on the invoice (same order)")

# OC5 de, Mastodon: pattern download broken, then shipping cost to Austria
p = ("@wollwurm@chaos.example", "Wollwurm")
a = masto(p, "@saltmarshknits@craftodon.example der Download-Link für das Anleitung-PDF (Dünensocken) führt "
          "auf eine 404. Gekauft ist sie aber.", 160, "de")
b = masto(p, "@saltmarshknits@craftodon.example und mal ehrlich, 14 € Versand nach Österreich für zwei "
          "Knäuel? 🙄", 175, "de")
S.negative("other-complaint", a, b, "pattern download broken, then shipping cost")

# OC6 fr: late, then damaged once it came (same order)
p = ("lea.bonnet@courriel.example", "Léa Bonnet")
a = mail(p, "Bonjour, ma commande 41812 n'est toujours pas arrivée alors qu'elle est partie il y a 10 jours. "
         "Vous pouvez vérifier ?\nLéa", 24, "fr", "Commande 41812 en retard")
b = mail(p, "Re-bonjour, le colis est enfin arrivé mais le sac de projet en lin est déchiré sur tout le "
         "côté. Je peux l'échanger ?\nLéa", 92, "fr", "Sac de projet déchiré")
S.negative("other-complaint", a, b, "late delivery, then a torn project bag once it came (same order)")

# OC7 fr, Mastodon: box without pattern, then billed twice
p = ("@manonlaine@piaille.example", "Manon")
a = masto(p, "@saltmarshknits@craftodon.example la box laine du mois d'avril est arrivée mais sans la "
          "fiche patron cette fois ?", 70, "fr")
b = masto(p, "@saltmarshknits@craftodon.example ah et au passage j'ai été prélevée deux fois pour l'abo "
          "ce mois-ci 😬", 118, "fr")
S.negative("other-complaint", a, b, "subscription box without pattern, then charged twice")

# OC8 pt, Bluesky: cannot log in, then coupon
p = ("julianamoraes.bsky.social", "Juliana Moraes")
a = bsky(p, "@saltmarshknits.example não consigo fazer login no site de jeito nenhum, diz que o email não "
         "existe mas já comprei aí", 240, "pt")
b = bsky(p, "@saltmarshknits.example consegui entrar! mas agora o cupom de primeira compra não funciona, "
         "diz que já foi usado. nunca usei", 262, "pt")
S.negative("other-complaint", a, b, "login problem, then a coupon refused")

# OC9 it: double charge, then invoice without VAT number
p = ("m.rinaldi@studiorinaldi.example", "Marco Rinaldi")
a = mail(p, "Buongiorno, vedo due addebiti identici per l'ordine 42140. Potete stornarne uno?\nMarco Rinaldi",
         190, "it", "Doppio addebito")
b = mail(p, "Buongiorno, inoltre nella fattura dell'ordine 42140 manca la partita IVA che avevo inserito. "
         "Me la potete rifare?", 215, "it", "Fattura senza P.IVA")
S.negative("other-complaint", a, b, "double charge, then the VAT number missing from the invoice (same order)")

# OC10 nl: parcel damaged, then different dye lots
p = ("femke.jansen@postvak.example", "Femke Jansen")
a = mail(p, "Hallo, de doos was nat aangekomen en het label van de bestelling is er half af. Gelukkig "
         "zat alles in plastic. Wel even melden.\nFemke", 274, "nl", "Natte doos")
b = mail(p, "Hoi, nu ik de bollen naast elkaar leg zie ik dat ze uit verschillende verfbaden komen, het "
         "kleurverschil is duidelijk. Voor een trui gaat dat niet.\nFemke", 298, "nl", "Verschillende verfbaden")
S.negative("other-complaint", a, b, "wet box, then mismatched dye lots (same order)")

# OC11 ca: box late, then wrong colour once it came
p = ("marc.soler@correu.example", "Marc Soler")
a = mail(p, "Hola! La capsa del fil del mes encara no ha arribat, és normal?\nMarc", 48, "ca", "Capsa")
b = mail(p, "Ja ha arribat, gràcies. Però el color no és el que sortia a la newsletter (era blau i m'ha "
         "arribat un gris). Ha estat un error?", 110, "ca", "Color capsa abril")
S.negative("other-complaint", a, b, "subscription box late, then a different colour once it came")

# OC12 en: password reset, then loyalty points gone
p = ("rosie.thwaite@postbox.example", "Rosie Thwaite")
a = mail(p, "Hiya, the reset password link says 'expired' the second I click it. Can you reset it your "
         "end?\nRosie x", 335, "en", "password reset link expired")
b = mail(p, "Got in now thanks! But all my loyalty stitches (points) have gone, I had about 400. Where "
         "did they go??\nRosie x", 372, "en", "Loyalty points gone")
S.negative("other-complaint", a, b, "password reset, then loyalty points missing")

# ---------------------------------------------------------------- other customers

# three cases of two different people sharing a display name on two channels
p1 = ("@mariasantos@masto.pt.example", "Maria Santos")
p2 = ("mariasantos.bsky.social", "Maria Santos")
a = masto(p1, "@saltmarshknits@craftodon.example a encomenda diz entregue mas não recebi nada aqui no "
          "Porto. Já perguntei na portaria.", 128, "pt")
b = bsky(p2, "@saltmarshknits.example rastreio fala que foi entregue mas aqui em Campinas não chegou "
         "nada 😤 pedido 42100", 133, "pt")
S.negative("other-customer", a, b, "two different Maria Santos (Porto and Campinas), each with her own parcel")
S.same_name_different_people.append(["mastodon:" + p1[0], "bluesky:" + p2[0]])

p1 = ("anna.mueller@mailhaus.example", "Anna Müller")
p2 = ("@annamue@troet.example", "Anna Müller")
a = mail(p1, "Hallo, ich habe das Abo im Februar gekündigt und zahle immer noch. Kundennr. 7781. "
         "Bitte stoppen.\nAnna Müller, Hamburg", 180, "de", "Abo läuft weiter")
b = masto(p2, "@saltmarshknits@craftodon.example Abo vor 2 Wochen gekündigt, heute trotzdem abgebucht. "
          "Hab gerade erst angefangen mit euch, ist das jedes Mal so? Grüße aus Graz", 196, "de")
S.negative("other-customer", a, b, "two different Anna Müller (Hamburg and Graz) with the same subscription complaint")
S.same_name_different_people.append(["email:" + p1[0], "mastodon:" + p2[0]])

p1 = ("chris.walker@quickmail.example", "Chris Walker")
p2 = ("chriswalker.bsky.social", "Chris Walker")
a = mail(p1, "Hi, my wife ordered the beginner's kit for me as a present (order 42199) and it's been "
         "lost somewhere, the tracking gave up three days ago. Any ideas?\nChris, Leeds", 292, "en",
         "lost parcel")
b = bsky(p2, "@saltmarshknits.example my parcel's lost, tracking hasn't updated since Monday. order "
         "42207. anyone else? (Cardiff)", 300, "en")
S.negative("other-customer", a, b, "two different Chris Walker (Leeds and Cardiff), different orders")
S.same_name_different_people.append(["email:" + p1[0], "bluesky:" + p2[0]])

# a couple sharing one order
p1 = ("mark.pellow@homepost.example", "Mark Pellow")
p2 = ("jo.pellow@homepost.example", "Jo Pellow")
a = mail(p1, "Hello, our order 42311 still hasn't arrived, it's been over a week. Can you check?\nMark",
         396, "en", "Order 42311")
b = mail(p2, "Hi, my husband emailed earlier too but I'm the knitter in the house so: order 42311 has "
         "still not come. Is it lost?\nJo", 410, "en", "Where is 42311")
S.negative("other-customer", a, b, "husband and wife about their shared order")

p1 = ("pieter.smit@webpost.example", "Pieter Smit")
p2 = ("els.smit@webpost.example", "Els Smit")
a = mail(p1, "Beste, de bestelling van mijn vrouw (42150) is beschadigd aangekomen, twee bollen zijn "
         "nat geworden.\nPieter Smit", 212, "nl", "Beschadigde bestelling")
b = mail(p2, "Hallo, mijn man heeft ook al gemaild geloof ik, maar de wol uit bestelling 42150 is nat "
         "en ruikt muf. Kan ik nieuwe krijgen?\nEls", 220, "nl", "Natte wol")
S.negative("other-customer", a, b, "wife and husband about their shared order")

# an outage: checkout down on day 19
p1 = ("@knitwitted@fosstodon.example", "Sam")
p2 = ("yarnoverandover.bsky.social", "Jess 🐑")
p3 = ("lily.harker@inbox.example", "Lily Harker")
a = masto(p1, "@saltmarshknits@craftodon.example is your site down? getting 'service unavailable' on the "
          "checkout", 439, "en")
b = bsky(p2, "@saltmarshknits.example checkout's broken, keeps spinning then errors out. trying to grab "
         "the sale yarn before it goes!!", 440, "en")
c = mail(p3, "Hello, I can't complete my order, the payment page just gives an error 503. Is there a "
         "problem with the website?\nLily", 441, "en", "Can't checkout")
S.negative("other-customer", a, b, "two people hit by the same checkout outage")
S.negative("other-customer", b, c, "two people hit by the same checkout outage")
p4 = ("@strickliesel@troet.example", "Liesel")
p5 = ("werner.kaiser@netzpost.example", "Werner Kaiser")
d = masto(p4, "@saltmarshknits@craftodon.example Kasse geht grad nicht, Fehler 503. Liegt das an mir?",
          439.5, "de")
e = mail(p5, "Guten Abend, der Bezahlvorgang bricht ständig ab mit einer Fehlermeldung. Bitte um "
         "Prüfung.\nW. Kaiser", 442, "de", "Fehler beim Bezahlen")
S.negative("other-customer", d, e, "two people hit by the same checkout outage")
p6 = ("carmencitateje.bsky.social", "Carmen")
p7 = ("irene.vidal@buzon.example", "Irene Vidal")
f = bsky(p6, "@saltmarshknits.example la web se cae al pagar 😭 justo con las rebajas", 440.5, "es")
g = mail(p7, "Hola, no puedo terminar la compra, me sale error en la página de pago. ¿Os pasa algo?\n"
         "Irene", 443, "es", "Error al pagar")
S.negative("other-customer", f, g, "two people hit by the same checkout outage")

# many subscribers with a late box
p1 = ("@montsetricot@mastodont.cat.example", "Montse")
p2 = ("eulalia.roca@correu.example", "Eulàlia Roca")
a = masto(p1, "@saltmarshknits@craftodon.example la capsa d'abril del fil del mes no ens ha arribat a "
          "ningú del grup de punt? 🤔", 52, "ca")
b = mail(p2, "Bon dia, encara no he rebut la capsa de la subscripció d'aquest mes.\nEulàlia", 60, "ca",
         "Subscripció abril")
S.negative("other-customer", a, b, "two subscribers, each missing this month's box")

# two people, same coupon
p1 = ("@claire_mailles@piaille.example", "Claire")
p2 = ("odile.perrin@courriel.example", "Odile Perrin")
a = masto(p1, "@saltmarshknits@craftodon.example le code PRINTEMPS10 ne marche pas chez moi, 'code "
          "invalide'", 226, "fr")
b = mail(p2, "Bonjour, le code de réduction PRINTEMPS10 reçu dans la newsletter est refusé. Pouvez-vous "
         "l'appliquer à ma commande ?\nOdile Perrin", 232, "fr", "Code promo refusé")
S.negative("other-customer", a, b, "two customers with the same refused coupon")

# two people, same rude courier
p1 = ("@fra_uncinetto@mastodon.uno.example", "Francesca")
p2 = ("davide.conti@posta.example", "Davide Conti")
a = masto(p1, "@saltmarshknits@craftodon.example il corriere di zona (Torino sud) mi ha urlato contro "
          "perché non scendevo abbastanza veloce. Ma scherziamo?", 320, "it")
b = mail(p2, "Buongiorno, segnalo che il corriere che consegna a Torino è stato molto scortese con mia "
         "madre, ha lasciato il pacco per terra e se n'è andato borbottando.\nDavide Conti", 345, "it",
         "Corriere scortese")
S.negative("other-customer", a, b, "two customers about the same rude courier")

# ---------------------------------------------------------------- window

p = ("@ruthspins@knitting.social", "Ruth")
a = masto(p, "@saltmarshknits@craftodon.example my parcel from the 8th still hasn't arrived, tracking "
          "says 'awaiting collection' for ages", 18, "en")
b = masto(p, "@saltmarshknits@craftodon.example still no sign of that parcel. it's been nearly a month "
          "since I ordered now", 262, "en")
S.negative("window", a, b, "same lost parcel raised again ten days later")

p = ("carlos.reyes@correo.example", "Carlos Reyes")
a = mail(p, "Hola, hace dos semanas devolví un kit y no me habéis devuelto el dinero. Pedido 41700.\nCarlos",
         28, "es", "Devolución sin reembolso")
b = mail(p, "Hola otra vez, sigo sin reembolso del pedido 41700. ¿Qué pasa?\nCarlos", 252, "es",
         "Reembolso 41700")
S.negative("window", a, b, "same refund asked again more than nine days later")

p = ("lenaknits.bsky.social", "Lena")
a = bsky(p, "@saltmarshknits.example euer Login geht bei mir nicht, 'unbekannter Fehler'", 62, "de")
b = bsky(p, "@saltmarshknits.example komme schon wieder nicht in mein Konto, selber Fehler wie letztens",
         305, "de")
S.negative("window", a, b, "same login error ten days later")

p = ("g.mercier@courriel.example", "Gilles Mercier")
a = mail(p, "Bonjour, la facture de ma commande 41850 indique 3 pelotes au lieu de 2. Merci de corriger.\n"
         "G. Mercier", 40, "fr", "Facture erronée 41850")
b = mail(p, "Bonjour, toujours pas de facture corrigée pour la 41850 (3 pelotes au lieu de 2).\nG. Mercier",
         232, "fr", "Facture 41850")
S.negative("window", a, b, "same invoice error raised again eight days later")

p = ("@tessitrice@mastodon.uno.example", "Tessitrice")
a = masto(p, "@saltmarshknits@craftodon.example il mio pacco è in ritardo di una settimana, tutto ok?",
          100, "it")
b = masto(p, "@saltmarshknits@craftodon.example ancora niente pacco eh", 385, "it")
S.negative("window", a, b, "same late parcel raised again twelve days later")

p = ("beatriz.lopes@correio.example", "Beatriz Lopes")
a = mail(p, "Olá, cancelei a assinatura do fio do mês mas fui cobrada na mesma. Podem devolver?\nBeatriz",
         10, "pt", "Assinatura cancelada")
b = mail(p, "Olá, continuo sem a devolução da assinatura que cancelei. Aguardo resposta.\nBeatriz", 200,
         "pt", "Assinatura cancelada - cobrança")
S.negative("window", a, b, "same subscription charge raised again eight days later")

# ---------------------------------------------------------------- filler: one-off questions

masto(("@purlgirl@fosstodon.example", "Nia"), "@saltmarshknits@craftodon.example do you ship to Ireland? "
      "and is it loads more after brexit lol", 3, "en")
mail(("owen.blake@postmail.example", "Owen Blake"), "Hi, is the Marram DK superwash? Want to make a "
     "baby blanket.\nThanks, Owen", 22, "en", "Marram DK question")
bsky(("tejiendoconana.bsky.social", "Ana ✿"), "@saltmarshknits.example ¿tenéis agujas de 2,5 de madera? "
     "no las encuentro en la web", 50, "es")
mail(("ute.krause@webmail.example", "Ute Krause"), "Hallo, kann man das Garn-Abo auch pausieren, z.B. "
     "im Sommer?\nLG Ute", 75, "de", "Abo pausieren?")
masto(("@tricotine@piaille.example", "Tricotine"), "@saltmarshknits@craftodon.example vos patrons "
      "existent en français ou seulement en anglais ?", 88, "fr")
bsky(("crochetdaju.bsky.social", "Ju"), "@saltmarshknits.example vocês enviam pro Brasil? quanto fica o "
     "frete mais ou menos?", 115, "pt")
mail(("sara.greco@posta.example", "Sara Greco"), "Salve, che differenza c'è tra la Salina fingering e la "
     "Salina sport? Per un maglione leggero quale consigliate?\nSara", 145, "it", "Info filati")
masto(("@breiboefje@mastodon.nl.example", "Breiboefje"), "@saltmarshknits@craftodon.example hebben jullie "
      "ook breipakketten voor echte beginners? wil mijn dochter leren breien", 165, "nl")
mail(("albert.vila@correu.example", "Albert Vila"), "Bon dia, feu enviaments a Andorra? Gràcies.\nAlbert",
     185, "ca", "Enviaments a Andorra")
bsky(("woolgatherer.bsky.social", "Hattie"), "@saltmarshknits.example when's the next batch of the "
     "Samphire green coming back in? 🙏", 245, "en")
mail(("j.dubois@boitemail.example", "Julien Dubois"), "Bonjour, je voudrais offrir un abonnement laine du "
     "mois à ma mère. Est-ce possible de choisir la date de début ?\nJulien", 285, "fr", "Abonnement cadeau")
masto(("@maschenwerk@chaos.example", "Maschenwerk"), "@saltmarshknits@craftodon.example habt ihr auch "
      "Nadelspiele in 2 mm?", 355, "de")
mail(("paula.ribeiro@correio.example", "Paula Ribeiro"), "Boa tarde, a lã Maresia pode ir à máquina?\n"
     "Obrigada, Paula", 405, "pt", "Lavagem Maresia")
bsky(("gomitolo.bsky.social", "Ele"), "@saltmarshknits.example fate anche buoni regalo? 🎁", 430, "it")
mail(("wim.dekker@mailnl.example", "Wim Dekker"), "Goedendag, kan ik ook op rekening bestellen voor onze "
     "breiclub?\nMet vriendelijke groet,\nWim Dekker", 460, "nl", "Bestellen op rekening")
masto(("@llanaillum@mastodont.cat.example", "Llum"), "@saltmarshknits@craftodon.example teniu el patró de "
      "la bufanda Salicòrnia en català? 😊", 480, "ca")

S.write(HERE, "Saltmarsh Knits inbox: repeats in other words among many hard negatives, written without "
        "sight of the detector; labels are what a reader would say.")
