#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of customer posts to a small pet shop, Brightfield Pet
Supply (dog beds, cat trees, aquarium filters, pet food subscriptions),
for measuring how well repeats in other words are found.

The posts come by email, Mastodon and Bluesky, in English, Spanish,
German, French, Portuguese, Italian, Dutch and Catalan. There are 30 true
repeat groups (25 pairs and 5 triples: the same customer raising the same
complaint again within 7 days, in other words), 10 of them across two
channels, where the identities are known either from a profile link or
from the same display name only. The labelled negatives are follow-ups
that add what the shop asked for, other complaints by the same customer,
other customers with the same complaint (an outage, a couple sharing one
order, two different people with the same display name) and the same
complaint again after more than 7 days. One-off questions by other
customers fill the inbox.

The set was written without sight of the detector, its word lists or the
other sets. The posts are written as customers of a small shop write, and
the labels say what a person reading the posts would say; they were never
edited to fit the detector.

Run it to write fixture.jsonl and labels.json next to it.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 9, 21, 7, 10, tzinfo=timezone.utc)   # a Monday

SHOP_MAIL = "care@brightfieldpets.example"
SHOP_MASTO = "@brightfield@pets.example"
SHOP_BSKY = "brightfieldpets.bsky.social"
SHOP_NAME = "Brightfield Pet Supply"

s = LabelledSet(BASE, "bf", SHOP_MAIL, SHOP_MASTO, SHOP_BSKY, SHOP_NAME)
rid = s.rid


def mail(who, name, subject, text, h, lang, thread=None, irt=None, links=None):
    return s.add("email", who, text, h, lang=lang, subject=subject, name=name,
                 thread=rid(thread) if thread else None,
                 in_reply_to=rid(irt) if irt else None, links=links)


def masto(who, name, text, h, lang, thread=None, irt=None, links=None):
    return s.add("mastodon", who, text, h, lang=lang, name=name,
                 thread=rid(thread) if thread else None,
                 in_reply_to=rid(irt) if irt else None, links=links)


def bsky(who, name, text, h, lang, thread=None, irt=None, links=None):
    return s.add("bluesky", who, text, h, lang=lang, name=name,
                 thread=rid(thread) if thread else None,
                 in_reply_to=rid(irt) if irt else None, links=links)


def answer(channel, text, h, to, thread, lang):
    return s.reply(channel, text, h, rid(to), rid(thread), lang)


# ---------------------------------------------------------------- English

# 1. Cat tree late; a non-committal answer; the repeat in the same thread.
hannah = "hannah.cole@fastmail.example"
g1a = mail(hannah, "Hannah Cole", "Order 58213 - cat tree not arrived",
           "Hi,\n\nI ordered the Timberline 150 cat tree on the 10th (order 58213) and the website said "
           "3-5 working days. It's now been 11 days and the tracking hasn't moved since it \"left the depot\" "
           "last Tuesday. Could you please find out where it is? My cats are currently sleeping in the box "
           "the old one came in lol.\n\nThanks,\nHannah", 2, "en")
r = answer("email", "Hi Hannah,\n\nThanks for getting in touch and sorry for the wait. We've passed this on and "
           "we're looking into it with the courier. We'll get back to you as soon as we hear something.\n\n"
           "Kind regards,\nMilo\nBrightfield Pet Supply", 6, g1a, g1a, "en")
g1b = mail(hannah, "Hannah Cole", "Re: Order 58213 - cat tree not arrived",
           "Hi Milo,\n\nIt's been two days since you were \"looking into it\" and I've heard nothing. Tracking "
           "still says exactly the same. Honestly starting to think this thing is going to sit in a warehouse "
           "forever. Either tell me where it actually is or send another one please.\n\nHannah",
           54, "en", thread=g1a, irt=r)
s.group("en", "one identity", g1a, g1b)
o1 = mail(hannah, "Hannah Cole", "Invoice for 58213",
          "Hi again,\n\nThe tree finally turned up yesterday, thank you. But the invoice in the box has "
          "\u00a314.95 for express delivery on it and I picked standard (which was free over \u00a360 when I "
          "ordered). Can you correct the invoice and refund the difference?\n\nThanks\nHannah Cole", 150, "en")
s.negative("other-complaint", g1a, o1,
           "same customer and same order: first the late cat tree, then a wrong delivery charge on the invoice")

# 2. Cracked canister filter, three times on Mastodon.
dan = "@reefkeeper_dan@mastodon.social"
g2a = masto(dan, "Dan Okafor",
            "@brightfield@pets.example hey, my ClearFlow 300 canister filter arrived today and the housing has a "
            "crack right along the bottom seam. Set it up anyway (mistake) and now there's water all over my floor. "
            "Order #58377. What do I do?", 9, "en")
r = answer("mastodon", "@reefkeeper_dan Oh no, sorry Dan! We've flagged this to the team and someone will be in "
           "touch shortly.", 11, g2a, g2a, "en")
g2b = masto(dan, "Dan Okafor",
            "@brightfield@pets.example \"someone will be in touch\" - nobody has. Tank's been running on an airstone "
            "for a day now. Cracked filter, remember?", 33, "en", thread=g2a, irt=r)
g2c = masto(dan, "Dan Okafor",
            "Third time asking @brightfield@pets.example: the filter you sent me is cracked and leaks. I'd like a "
            "replacement or my money back. Not complicated. #aquarium #fishkeeping", 70, "en")
s.group("en", "one identity", g2a, g2b, g2c)

# 3. Subscription charged twice: Bluesky, then email with a link to the Bluesky handle.
priya_b = "priyamakes.bsky.social"
priya_m = "priya.nair@proton.example"
g3a = bsky(priya_b, "Priya N.",
           "@brightfieldpets.bsky.social you've charged me twice for the brightbox kibble sub this month?? two "
           "lots of \u00a338.50 on the 22nd. pls fix", 30, "en")
g3b = mail(priya_m, "Priya Nair", "Charged twice for subscription",
           "Hello,\n\nI posted about this on Bluesky yesterday but haven't had a reply so I'm trying email. My card "
           "was debited \u00a338.50 twice on 22 September for my monthly Brightbox (large breed adult). I only "
           "have one subscription. Please refund the duplicate payment.\n\nPriya Nair", 60, "en",
           links=[priya_b])
s.group("en", "profile link", g3a, g3b)
s.same_person.append(["bluesky:" + priya_b, "email:" + priya_m])

# 4. "Delivered" but not received: email, then Mastodon under the same name.
tom_m = "tom.hargreaves@btinternet.example"
tom_t = "@tomh@mastodon.online"
g4a = mail(tom_m, "Tom Hargreaves", "Parcel marked delivered but not here",
           "Hi,\n\nYour tracking says my order (the Cloudnest orthopaedic dog bed, XL) was delivered yesterday at "
           "14:02 and \"left in a safe place\". There is no safe place at my flat and nothing was left \u2013 I've "
           "asked the neighbours and checked the post room. Can you chase this up with the courier?\n\n"
           "Cheers\nTom", 75, "en")
answer("email", "Hi Tom,\n\nSorry to hear that. We've opened a case with the courier; they usually take 2-3 "
       "working days to investigate. We'll update you as soon as we hear back.\n\nBest,\nBrightfield Pet Supply",
       80, g4a, g4a, "en")
g4b = masto(tom_t, "Tom Hargreaves",
            "Anyone else had @brightfield@pets.example tell them a parcel was \"delivered\" when it very much "
            "wasn't? It's an XL dog bed, can't exactly hide it behind a plant pot. Three days of \"the courier is "
            "investigating\". The lab is not impressed.", 150, "en")
s.group("en", "same name only", g4a, g4b)
s.same_person.append(["email:" + tom_m, "mastodon:" + tom_t])

# 5. Welcome code refused, then sarcasm.
jess = "jessandthegreys.bsky.social"
g5a = bsky(jess, "Jess \U0001F43E",
           "trying to use WELCOME15 at @brightfieldpets.bsky.social checkout and it just says \"code not valid for "
           "items in basket\". it's a dog bed. you sell dog beds. it's my first order. what am i missing", 100, "en")
g5b = bsky(jess, "Jess \U0001F43E",
           "love that the welcome code works on literally nothing. still waiting on an answer "
           "@brightfieldpets.bsky.social \U0001F643", 122, "en")
s.group("en", "one identity", g5a, g5b)

# ---------------------------------------------------------------- Spanish

# 6. Refund for a returned cat tree, three mails.
lucia = "lucia.ferrer.g@correo.example"
g6a = mail(lucia, "Luc\u00eda Ferrer", "Reembolso devoluci\u00f3n pedido 58102",
           "Hola buenas,\n\nEl d\u00eda 8 os devolv\u00ed el \u00e1rbol rascador Skyperch porque la base cojeaba. "
           "Seg\u00fan el seguimiento lo recibisteis el 12. Han pasado ya m\u00e1s de 10 d\u00edas y no me ha "
           "llegado el reembolso (64,90 \u20ac) a la tarjeta. \u00bfMe pod\u00e9is decir cu\u00e1ndo lo vais a "
           "hacer?\n\nGracias,\nLuc\u00eda Ferrer", 20, "es")
r = answer("email", "Hola Luc\u00eda:\n\nGracias por escribirnos. Lo estamos revisando con contabilidad y te "
           "diremos algo en cuanto podamos.\n\nUn saludo,\nEquipo Brightfield", 27, g6a, g6a, "es")
g6b = mail(lucia, "Luc\u00eda Ferrer", "RE: Reembolso devoluci\u00f3n pedido 58102",
           "Hola otra vez. Siguo sin noticias y sin el dinero. No entiendo que haga falta tanto tiempo para "
           "devolver 65 euros cuando para cobrarlos fuisteis rapid\u00edsimos. Por favor, una fecha concreta.\n\n"
           "Luc\u00eda", 75, "es", thread=g6a, irt=r)
g6c = mail(lucia, "Luc\u00eda Ferrer", "RE: Reembolso devoluci\u00f3n pedido 58102",
           "\u00bf\u00bfHola?? \u00bfHay alguien ah\u00ed? Sigo esperando.", 130, "es", thread=g6a, irt=g6b)
s.group("es", "one identity", g6a, g6b, g6c)

# 7. Wrong size dog bed: Mastodon, then email that links the Mastodon handle.
rafa_t = "@rafa_galgos@mastodon.social"
rafa_m = "rafael.ortiz@correo.example"
g7a = masto(rafa_t, "Rafa",
            "@brightfield@pets.example ped\u00ed la cama donut talla L para mi galgo y me lleg\u00f3 una M "
            "\U0001F926\u200d\u2642\ufe0f no le cabe ni media pata. pedido 58290. como hago el cambio?", 40, "es")
g7b = mail(rafa_m, "Rafael Ortiz", "Talla equivocada cama donut",
           "Buenas tardes,\n\nLes escrib\u00ed por Mastodon el lunes (soy @rafa_galgos) y nadie me contest\u00f3. "
           "Me mandaron la cama Snooze Donut en talla M cuando yo ped\u00ed la L, n\u00famero de pedido 58290. "
           "Necesito que me manden la talla correcta, el perro est\u00e1 durmiendo en el suelo.\n\n"
           "Saludos,\nRafael Ortiz", 90, "es", links=[rafa_t])
s.group("es", "profile link", g7a, g7b)
s.same_person.append(["mastodon:" + rafa_t, "email:" + rafa_m])

# 8. Cannot log in, reset mail never arrives.
carmen = "carmenvet.bsky.social"
g8a = bsky(carmen, "Carmen M.",
           "@brightfieldpets.bsky.social no puedo entrar en mi cuenta, le doy a \"olvid\u00e9 mi contrase\u00f1a\" y "
           "el correo no llega nunca (ni en spam). Tengo que cambiar la direccion de envio de la suscripcion antes "
           "del viernes!!", 140, "es")
g8b = bsky(carmen, "Carmen M.",
           "Sigo sin poder entrar. Tres correos de restablecer pedidos y ninguno ha llegado. El viernes me mandan "
           "el pienso a la casa vieja. Alguien???", 165, "es")
s.group("es", "one identity", g8a, g8b)
o2 = bsky(carmen, "Carmen M.",
          "bueno, al final el pienso lleg\u00f3 a la casa vieja como me tem\u00eda \U0001F611 pero encima el saco "
          "ven\u00eda roto y se ha ido vaciando por el camino, ha llegado medio. @brightfieldpets.bsky.social "
          "esto como va?", 262, "es")
s.negative("other-complaint", g8a, o2,
           "same customer: first she cannot log in, later the food bag arrives torn and half empty")

# 9. Invoice without the company's tax data.
jorge = "jsancho@patitasgrooming.example"
g9a = mail(jorge, "Jorge Sancho", "Factura incorrecta",
           "Buenos d\u00edas,\n\nLa factura del pedido 58455 sale a nombre particular y sin CIF. Os puse los datos "
           "de la empresa al hacer el pedido (Patitas Grooming S.L., B12345678). Necesito la factura bien hecha "
           "para contabilidad.\n\nUn saludo\nJorge Sancho\nPatitas Grooming \u2013 Peluquer\u00eda canina",
           200, "es")
answer("email", "Hola Jorge, lo pasamos a administraci\u00f3n y en breve te decimos algo. Un saludo.",
       205, g9a, g9a, "es")
g9b = mail(jorge, "Jorge Sancho", "Factura 58455 otra vez",
           "Buenos d\u00edas de nuevo.\n\nHace 4 d\u00edas ped\u00ed que me rehicierais la factura del 58455 con "
           "los datos fiscales de la empresa y todav\u00eda no tengo nada. Mi gestor\u00eda me la pide para cerrar "
           "el trimestre el lunes.\n\nGracias.\nJorge", 290, "es")
s.group("es", "one identity", g9a, g9b)

# ---------------------------------------------------------------- German

# 10. Subscription cancelled, still billed: email, then Bluesky with a link to the mail address.
katrin_m = "k.boehm@gmx.example"
katrin_b = "katrinundkater.bsky.social"
g10a = mail(katrin_m, "Katrin B\u00f6hm", "Abo gek\u00fcndigt \u2013 trotzdem abgebucht",
            "Hallo,\n\nich habe mein Futter-Abo (Brightbox Katze Senior) am 2. September \u00fcber mein Kundenkonto "
            "gek\u00fcndigt, die Best\u00e4tigungsmail habe ich auch noch. Trotzdem wurden heute wieder 29,90 "
            "\u20ac von meinem Konto abgebucht. Bitte erstatten Sie den Betrag und best\u00e4tigen Sie mir, dass "
            "das Abo wirklich beendet ist.\n\nMit freundlichen Gr\u00fc\u00dfen\nKatrin B\u00f6hm", 5, "de")
answer("email", "Hallo Frau B\u00f6hm,\n\nvielen Dank f\u00fcr Ihre Nachricht. Wir pr\u00fcfen das gerade und "
       "melden uns bei Ihnen.\n\nViele Gr\u00fc\u00dfe\nIhr Brightfield-Team", 26, g10a, g10a, "de")
g10b = bsky(katrin_b, "Katrin",
            "@brightfieldpets.bsky.social ich hab das Abo vor fast drei Wochen gek\u00fcndigt, ihr bucht trotzdem "
            "ab und auf meine Mail kommt nur \"wir pr\u00fcfen das\". Seit Montag. Wie lange pr\u00fcft man eine "
            "K\u00fcndigung?? \U0001F644", 98, "de", links=[katrin_m])
s.group("de", "profile link", g10a, g10b)
s.same_person.append(["email:" + katrin_m, "bluesky:" + katrin_b])

# 11. Screws missing from the cat tree.
flo = "flo.weiss@posteo.example"
g11a = mail(flo, "Florian Wei\u00df", "Kratzbaum Timberline \u2013 Schrauben fehlen",
            "Moin,\n\nheute kam der Kratzbaum (Timberline 150, Bestellung 58311). Beim Aufbauen festgestellt: der "
            "Beutel mit den M8-Schrauben f\u00fcr die mittlere Plattform fehlt komplett. Laut Anleitung m\u00fcssten "
            "es 6 St\u00fcck sein (Teil F). K\u00f6nnen Sie die nachschicken?\n\nGru\u00df\nFlorian Wei\u00df",
            45, "de")
r = answer("email", "Hallo Herr Wei\u00df,\n\nvielen Dank f\u00fcr den Hinweis, wir k\u00fcmmern uns darum.\n\n"
           "Viele Gr\u00fc\u00dfe\nBrightfield Pet Supply", 50, g11a, g11a, "de")
g11b = mail(flo, "Florian Wei\u00df", "AW: Kratzbaum Timberline \u2013 Schrauben fehlen",
            "Hallo nochmal,\n\n\"wir k\u00fcmmern uns darum\" war vor 5 Tagen. Angekommen ist nichts, eine "
            "Versandbest\u00e4tigung auch nicht. Das Ding steht halb aufgebaut im Flur und die Katzen klettern "
            "schon drauf, ohne die Schrauben ist das echt wackelig. Bitte einfach die Schrauben schicken.\n\n"
            "F. Wei\u00df", 170, "de", thread=g11a, irt=r)
s.group("de", "one identity", g11a, g11b)

# 12. Parcel stuck at the hub.
jonas = "@jonas_k@chaos.social"
g12a = masto(jonas, "Jonas K.",
             "@brightfield@pets.example Sendungsverfolgung f\u00fcr meine Bestellung h\u00e4ngt seit 6 Tagen bei "
             "\"Sendung im Paketzentrum bearbeitet\". Drin ist der Au\u00dfenfilter, den ich dringend brauche. "
             "K\u00f6nnt ihr bei DHL nachhaken? Sendungsnr. JJD000390012345678", 110, "de")
r = answer("mastodon", "@jonas_k Hallo Jonas, danke f\u00fcr die Info \u2013 wir haben einen "
           "Nachforschungsauftrag gestellt. Das dauert leider ein paar Tage.", 114, g12a, g12a, "de")
g12b = masto(jonas, "Jonas K.",
             "@brightfield@pets.example und? Immer noch Paketzentrum. Ich geh mal davon aus das Paket ist weg. "
             "Schickt bitte einfach nen neuen Filter, meine Fische w\u00e4ren euch dankbar.", 190, "de",
             thread=g12a, irt=r)
s.group("de", "one identity", g12a, g12b)
o3 = masto(jonas, "Jonas K.",
           "@brightfield@pets.example ok, Ersatzpaket ist da, danke. ABER: drin ist der Nano HOB 60 statt dem "
           "ClearFlow 300 den ich bestellt hab. Der ist f\u00fcr mein 200l-Becken viel zu klein.", 250, "de")
s.negative("other-complaint", g12a, o3,
           "same customer: first the parcel stuck at the hub, then the replacement is the wrong filter")

# 13. App crashes at checkout: Mastodon, then Bluesky under the same name.
sabine_t = "@sabi@norden.social"
sabine_b = "sabinelorenz.bsky.social"
g13a = masto(sabine_t, "Sabine Lorenz",
             "Die Brightfield-App st\u00fcrzt bei mir jedes Mal ab, wenn ich im Warenkorb auf \"Zur Kasse\" tippe. "
             "iPhone 13, iOS aktuell, App schon neu installiert, hilft nix. @brightfield@pets.example", 230, "de")
g13b = bsky(sabine_b, "Sabine Lorenz",
            "@brightfieldpets.bsky.social eure App schmiert immer noch beim Bezahlen ab. Habs schon auf Mastodon "
            "geschrieben, keine Reaktion. Muss ich jetzt echt am Laptop bestellen?", 260, "de")
s.group("de", "same name only", g13a, g13b)
s.same_person.append(["mastodon:" + sabine_t, "bluesky:" + sabine_b])

# ---------------------------------------------------------------- French

# 14. "Delivered" but not received: Bluesky, then Mastodon with a link to the Bluesky handle.
elodie_b = "elodie-et-ses-chats.bsky.social"
elodie_t = "@elodie_r@mamot.fr"
g14a = bsky(elodie_b, "\u00c9lodie",
            "@brightfieldpets.bsky.social mon colis est marqu\u00e9 \"livr\u00e9\" depuis hier 11h mais j'ai rien "
            "re\u00e7u, j'etais chez moi toute la journ\u00e9e. cde 58340, l'arbre \u00e0 chat. c'est quoi ce "
            "d\u00e9lire", 60, "fr")
g14b = masto(elodie_t, "\u00c9lodie R.",
             "@brightfield@pets.example bonjour, je vous ai \u00e9crit sur bluesky y a 2 jours pour mon colis "
             "soi-disant livr\u00e9 (arbre \u00e0 chat, commande 58340), toujours rien, ni colis ni r\u00e9ponse. "
             "vous \u00eates plus actifs ici ?", 108, "fr", links=[elodie_b])
s.group("fr", "profile link", g14a, g14b)
s.same_person.append(["bluesky:" + elodie_b, "mastodon:" + elodie_t])

# 15. Clattering filter, three mails.
bernard = "b.lemoine@orange.example"
g15a = mail(bernard, "Bernard Lemoine", "Filtre d\u00e9fectueux",
            "Bonjour,\n\nJ'ai re\u00e7u le filtre ClearFlow 300 command\u00e9 chez vous (commande n\u00b0 58195). "
            "Depuis la mise en route il fait un bruit de claquement tr\u00e8s fort et le d\u00e9bit est quasiment "
            "nul. J'ai v\u00e9rifi\u00e9 le montage selon la notice et amorc\u00e9 plusieurs fois, rien n'y fait. "
            "Je souhaiterais un \u00e9change.\n\nCordialement,\nBernard Lemoine", 15, "fr")
r = answer("email", "Bonjour Monsieur Lemoine,\n\nMerci pour votre message. Nous transmettons au service "
           "technique et revenons vers vous rapidement.\n\nBien cordialement,\nL'\u00e9quipe Brightfield",
           22, g15a, g15a, "fr")
g15b = mail(bernard, "Bernard Lemoine", "RE: Filtre d\u00e9fectueux",
            "Bonjour,\n\nJe n'ai toujours aucune nouvelle du service technique. En attendant mes poissons sont "
            "sans filtration correcte. Merci de m'indiquer quand je pourrai disposer d'un filtre qui fonctionne."
            "\n\nCordialement,\nB. Lemoine", 96, "fr", thread=g15a, irt=r)
g15c = mail(bernard, "Bernard Lemoine", "RE: RE: Filtre d\u00e9fectueux",
            "Bonjour,\n\nTroisi\u00e8me message. L'appareil claque toujours, je l'ai d\u00e9branch\u00e9. J'attends "
            "une r\u00e9ponse s\u00e9rieuse, faute de quoi je ferai opposition aupr\u00e8s de ma banque.\n\n"
            "B. Lemoine", 160, "fr", thread=g15a, irt=g15b)
s.group("fr", "one identity", g15a, g15b, g15c)

# 16. Return label never sent.
chloe = "chloe.marchand@laposte.example"
g16a = mail(chloe, "Chlo\u00e9 Marchand", "\u00e9tiquette de retour",
            "Bonjour, j'ai fait une demande de retour pour le panier pour chien (taille M, trop petit) mardi sur "
            "votre site, on m'a dit que je recevrais l'\u00e9tiquette par mail sous 24h. Rien re\u00e7u, j'ai "
            "regard\u00e9 dans les spams. Commande 58501. Merci", 180, "fr")
g16b = mail(chloe, "Chlo\u00e9 Marchand", "toujours pas d'\u00e9tiquette !!",
            "Re-bonjour, toujours rien pour renvoyer le panier. \u00c7a fait 5 jours maintenant et le d\u00e9lai "
            "de retour, lui, il court toujours... Vous pouvez pas juste me l'envoyer en pi\u00e8ce jointe ?\n"
            "Chlo\u00e9", 250, "fr")
s.group("fr", "one identity", g16a, g16b)

# 17. Rude courier.
nico = "@nicolas_b@piaille.fr"
g17a = masto(nico, "Nicolas",
             "Franchement @brightfield@pets.example votre livreur aujourd'hui : a balanc\u00e9 le carton de "
             "croquettes (15 kg !) par-dessus le portail et m'a gueul\u00e9 dessus quand je suis sorti parce qu'il "
             "\"avait pas que \u00e7a \u00e0 faire\". Le sac a tenu, par miracle. C'est inadmissible.", 210, "fr")
g17b = masto(nico, "Nicolas",
             "Toujours aucune r\u00e9ponse de @brightfield@pets.example concernant le livreur qui m'a insult\u00e9 "
             "devant chez moi. Vous bossez avec quel transporteur ? Je veux que ce soit signal\u00e9.", 240, "fr")
s.group("fr", "one identity", g17a, g17b)

# ---------------------------------------------------------------- Portuguese

# 18. Double charge: email, then Mastodon with a link to the mail address.
anabia_m = "anabia.souza@uol.example"
anabia_t = "@anabia@mastodon.com.br"
g18a = mail(anabia_m, "Ana Beatriz Souza", "Cobran\u00e7a duplicada no cart\u00e3o",
            "Oi, tudo bem?\n\nFiz um pedido no dia 25 (n\u00ba 58420 - arranhador + 2 pacotes de petisco) e no "
            "meu cart\u00e3o apareceram duas cobran\u00e7as iguais de 112,40 \u20ac. S\u00f3 fiz uma compra. "
            "Podem estornar a segunda por favor?\n\nObrigada\nAna Beatriz", 120, "pt")
answer("email", "Ol\u00e1 Ana,\n\nObrigado pelo contacto. Vamos verificar com o nosso processador de pagamentos "
       "e damos not\u00edcias.\n\nCumprimentos,\nBrightfield Pet Supply", 124, g18a, g18a, "pt")
g18b = masto(anabia_t, "Ana Bia",
             "@brightfield@pets.example oi! mandei email na quinta sobre a cobran\u00e7a em dobro do pedido 58420 "
             "e at\u00e9 agora nada, a segunda cobran\u00e7a continua l\u00e1 na fatura do cart\u00e3o \U0001F615 "
             "algu\u00e9m pode ver isso?", 200, "pt", links=[anabia_m])
s.group("pt", "profile link", g18a, g18b)
s.same_person.append(["email:" + anabia_m, "mastodon:" + anabia_t])

# 19. Food subscription box late.
rui = "ruioliveira.bsky.social"
g19a = bsky(rui, "Rui Oliveira",
            "@brightfieldpets.bsky.social a caixa da subscri\u00e7\u00e3o de ra\u00e7\u00e3o deste m\u00eas ainda "
            "n\u00e3o chegou, era para dia 1 e j\u00e1 estamos a dia 2. O c\u00e3o tem ra\u00e7\u00e3o para mais "
            "dois dias. Alguma previs\u00e3o?", 272, "pt")
g19b = bsky(rui, "Rui Oliveira",
            "continuo \u00e0 espera da ra\u00e7\u00e3o... nem resposta nem caixa. amanh\u00e3 o Bolinhas come o "
            "qu\u00ea? @brightfieldpets.bsky.social", 300, "pt")
s.group("pt", "one identity", g19a, g19b)

# 20. Wrong colour of dog bed.
marta = "marta.figueiredo@sapo.example"
g20a = mail(marta, "Marta Figueiredo", "Cor errada - cama para c\u00e3o",
            "Bom dia,\n\nEncomendei a cama ortop\u00e9dica Cloudnest em cinzento antracite (encomenda 58260) e "
            "chegou bege. Tenho a fatura e o email de confirma\u00e7\u00e3o a dizer cinzento. Gostaria de trocar "
            "pela cor certa.\n\nCumprimentos,\nMarta Figueiredo", 35, "pt")
r = answer("email", "Bom dia Marta,\n\nLamentamos o engano. Estamos a verificar o stock e voltamos a "
           "contact\u00e1-la.\n\nCumprimentos,\nBrightfield Pet Supply", 40, g20a, g20a, "pt")
g20b = mail(marta, "Marta Figueiredo", "RE: Cor errada - cama para c\u00e3o",
            "Bom dia,\n\nJ\u00e1 passaram 3 dias e continuo sem saber se v\u00e3o trocar a cama ou n\u00e3o. A "
            "bege continua aqui na caixa no corredor. Por favor respondam.\n\nMarta", 110, "pt",
            thread=g20a, irt=r)
s.group("pt", "one identity", g20a, g20b)
o5 = mail(marta, "Marta Figueiredo", "Etiqueta de devolu\u00e7\u00e3o",
          "Boa tarde,\n\nRecebi finalmente o email a dizer para devolver a cama bege, mas a etiqueta de "
          "devolu\u00e7\u00e3o que diz estar em anexo n\u00e3o vem anexo nenhum. Podem reenviar? Encomenda 58260."
          "\n\nObrigada\nMarta", 150, "pt")
s.negative("other-complaint", g20a, o5,
           "same customer and same order: first the wrong colour, then the return label missing from the mail")

# 21. Refund after a cancellation, three mails.
thiago = "thiago.mendes84@gmail.example"
g21a = mail(thiago, "Thiago Mendes", "Reembolso",
            "Ol\u00e1,\n\ncancelei o pedido 58530 (filtro Nano HOB 60) no mesmo dia, antes de ser enviado, e "
            "recebi o email de confirma\u00e7\u00e3o do cancelamento com \"reembolso em 3 a 5 dias \u00fateis\". "
            "J\u00e1 passou uma semana e nada do dinheiro (34,99\u20ac). Podem verificar?\n\nAbs,\nThiago",
            300, "pt")
r = answer("email", "Ol\u00e1 Thiago,\n\nEstamos a verificar com o departamento financeiro e daremos "
           "not\u00edcias em breve.\n\nCumprimentos,\nBrightfield Pet Supply", 305, g21a, g21a, "pt")
g21b = mail(thiago, "Thiago Mendes", "Re: Reembolso",
            "e a\u00ed, alguma novidade? o dinheiro ainda nao caiu", 350, "pt", thread=g21a, irt=r)
g21c = mail(thiago, "Thiago Mendes", "AINDA sem reembolso pedido 58530",
            "Pessoal, s\u00e9rio, j\u00e1 s\u00e3o quase duas semanas desde o cancelamento. 34,99 pode n\u00e3o ser "
            "muito pra voc\u00eas mas pra mim \u00e9. Quero o estorno ou um comprovante de que foi feito.\n\n"
            "Thiago", 420, "pt")
s.group("pt", "one identity", g21a, g21b, g21c)

# ---------------------------------------------------------------- Italian

# 22. Cat tree arrived broken: email, then Bluesky under the same name.
giulia_m = "giulia.rinaldi@libero.example"
giulia_b = "giuliarinaldi.bsky.social"
g22a = mail(giulia_m, "Giulia Rinaldi", "Tiragraffi arrivato rotto",
            "Buongiorno,\n\nil tiragraffi Skyperch (ordine 58355) \u00e8 arrivato con uno dei pali spezzato a "
            "met\u00e0 e la cuccetta in alto strappata. Lo scatolone era tutto schiacciato su un lato, si vede che "
            "\u00e8 stato maltrattato durante il trasporto. Allego foto. Come procediamo?\n\nGrazie\n"
            "Giulia Rinaldi", 85, "it")
answer("email", "Buongiorno Giulia,\n\nci dispiace molto. Stiamo verificando con il corriere e le faremo "
       "sapere.\n\nCordiali saluti\nBrightfield Pet Supply", 92, g22a, g22a, "it")
g22b = bsky(giulia_b, "Giulia Rinaldi",
            "@brightfieldpets.bsky.social tiragraffi arrivato distrutto, vi ho mandato mail con foto gioved\u00ec "
            "e ancora niente di concreto. il gatto intanto si \u00e8 preso la scatola \U0001F408", 170, "it")
s.group("it", "same name only", g22a, g22b)
s.same_person.append(["email:" + giulia_m, "bluesky:" + giulia_b])

# 23. Newsletter code "expired".
marco = "@marco_acquari@mastodon.uno"
g23a = masto(marco, "Marco",
             "@brightfield@pets.example ho il codice AUTUNNO20 dalla vostra newsletter ma al checkout mi dice "
             "\"codice scaduto\". La newsletter \u00e8 di ieri... mi date una mano?", 145, "it")
g23b = masto(marco, "Marco",
             "ciao @brightfield@pets.example, ancora niente per lo sconto? non posso tenere il carrello aperto in "
             "eterno, il filtro mi serve", 158, "it")
s.group("it", "one identity", g23a, g23b)
o6 = masto(marco, "Marco",
           "@brightfield@pets.example alla fine ho pagato prezzo pieno, pazienza. Il filtro \u00e8 arrivato ma "
           "nella scatola manca il tubo di uscita, c'\u00e8 solo quello di aspirazione. Me lo mandate?", 290, "it")
s.negative("other-complaint", g23a, o6,
           "same customer: first the discount code refused, later the outlet hose missing from the filter")

# 24. Invoice with the wrong VAT number and address.
conti = "amministrazione@studioconti.example"
g24a = mail(conti, "Studio Veterinario Conti", "Fattura n. BF-2026-1184 errata",
            "Buongiorno,\n\nnella fattura n. BF-2026-1184 relativa al nostro ordine 58561 risulta la partita IVA "
            "sbagliata (manca l'ultima cifra) e l'indirizzo \u00e8 quello vecchio di via Garibaldi. Vi chiediamo "
            "cortesemente di emettere nota di credito e nuova fattura con i dati corretti:\n\nStudio Veterinario "
            "Conti\nvia Manzoni 14, 40121 Bologna\nP.IVA 01234567890\n\nCordiali saluti\nDott.ssa Elena Conti",
            320, "it")
r = answer("email", "Buongiorno,\n\ngrazie, abbiamo inoltrato la richiesta all'amministrazione.\n\nCordiali "
           "saluti\nBrightfield Pet Supply", 326, g24a, g24a, "it")
g24b = mail(conti, "Studio Veterinario Conti", "R: Fattura n. BF-2026-1184 errata",
            "Buongiorno,\n\nsollecitiamo la fattura corretta per l'ordine 58561, ad oggi non abbiamo ricevuto "
            "nulla. Ci serve per la registrazione entro fine mese.\n\nGrazie\nE. Conti", 400, "it",
            thread=g24a, irt=r)
s.group("it", "one identity", g24a, g24b)

# ---------------------------------------------------------------- Dutch

# 25. Parcel stuck in the sorting centre: Bluesky, then email under the same name.
lotte_b = "lottevisser.bsky.social"
lotte_m = "lotte.visser@ziggo.example"
g25a = bsky(lotte_b, "Lotte Visser",
            "@brightfieldpets.bsky.social mijn bestelling (hondenmand + kauwstaven) zou dinsdag komen, track & "
            "trace staat al 4 dagen op \"in sorteercentrum\". Wat is er aan de hand?", 190, "nl")
g25b = mail(lotte_m, "Lotte Visser", "Bestelling 58470 nog steeds niet ontvangen",
            "Hallo,\n\nIk heb het al via Bluesky gevraagd maar daar kreeg ik geen antwoord. Mijn bestelling 58470 "
            "(hondenmand Cloudnest L en een zak kauwstaven) is nog altijd niet bezorgd. Track en trace zegt al "
            "bijna een week \"in sorteercentrum\". Kunnen jullie bij PostNL navragen of het pakket kwijt is?\n\n"
            "Groet,\nLotte Visser", 240, "nl")
s.group("nl", "same name only", g25a, g25b)
s.same_person.append(["bluesky:" + lotte_b, "email:" + lotte_m])

# 26. Subscription cancelled, still billed.
pieter = "p.degraaf@kpnmail.example"
g26a = mail(pieter, "Pieter de Graaf", "opgezegd abonnement",
            "Goedemiddag,\n\nIk heb op 5 september mijn kattenvoer-abonnement opgezegd, maar vanochtend is er "
            "toch weer \u20ac32,40 van mijn rekening afgeschreven. Graag terugstorten en het abonnement echt "
            "stopzetten.\n\nMet vriendelijke groet,\nPieter de Graaf", 29, "nl")
r = answer("email", "Beste Pieter,\n\nBedankt voor je bericht. We zoeken het uit en laten zo snel mogelijk iets "
           "weten.\n\nGroetjes,\nBrightfield Pet Supply", 50, g26a, g26a, "nl")
g26b = mail(pieter, "Pieter de Graaf", "RE: opgezegd abonnement",
            "Hallo,\n\nNog steeds niets teruggestort en ook niets meer gehoord. Ik wil gewoon die 32,40 terug en "
            "zeker weten dat er volgende maand niet n\u00f3g een keer wordt afgeschreven.\n\nPieter de Graaf",
            140, "nl", thread=g26a, irt=r)
s.group("nl", "one identity", g26a, g26b)

# 27. Cannot log in since the new website, three toots.
bram = "@bram@mastodon.nl"
g27a = masto(bram, "Bram \U0001F41F",
             "@brightfield@pets.example ik kan sinds jullie \"nieuwe website\" niet meer inloggen. \"Onbekende "
             "combinatie van e-mailadres en wachtwoord\", terwijl ik 100% zeker weet dat het klopt. Wachtwoord "
             "resetten geeft een foutmelding 500.", 55, "nl")
r = answer("mastodon", "@bram Hoi Bram, vervelend! We hebben het doorgezet naar onze webbouwer, we houden je op "
           "de hoogte.", 60, g27a, g27a, "nl")
g27b = masto(bram, "Bram \U0001F41F",
             "@brightfield@pets.example al nieuws? kan nog steeds niet inloggen en dus ook mijn bestelgeschiedenis "
             "niet zien", 100, "nl", thread=g27a, irt=r)
g27c = masto(bram, "Bram \U0001F41F",
             "Dag 4 zonder toegang tot mijn account bij @brightfield@pets.example. Inloggen: fout. Reset: fout "
             "500. Ik ga bijna een nieuw account maken met een ander mailadres \U0001F644", 150, "nl")
s.group("nl", "one identity", g27a, g27b, g27c)

# ---------------------------------------------------------------- Catalan

# 28. Order late: Mastodon, then email under the same name.
jordi_t = "@jvilaseca@mastodont.cat"
jordi_m = "jordivilaseca@correu.example"
g28a = masto(jordi_t, "Jordi Vilaseca",
             "Bon dia @brightfield@pets.example, vaig fer una comanda fa deu dies (el llit per al gos, talla gran) "
             "i encara no ha arribat. El seguiment no s'actualitza des de dijous. En sabeu alguna cosa?", 70, "ca")
g28b = mail(jordi_m, "Jordi Vilaseca", "Comanda 58230 sense arribar",
            "Bon dia,\n\nUs vaig escriure per Mastodon fa uns dies per\u00f2 no he tingut resposta. La comanda "
            "58230 (llit Cloudnest talla L) encara no ha arribat i ja fa gaireb\u00e9 dues setmanes que la vaig "
            "pagar. Em podeu dir on \u00e9s o si me l'heu de tornar a enviar?\n\nGr\u00e0cies,\nJordi Vilaseca",
            160, "ca")
s.group("ca", "same name only", g28a, g28b)
s.same_person.append(["mastodon:" + jordi_t, "email:" + jordi_m])

# 29. Filter baskets and intake tube missing.
montse = "montse.roig@correu.example"
g29a = mail(montse, "Montse Roig", "falta una pe\u00e7a",
            "Hola,\n\nHe rebut el filtre ClearFlow 300 (comanda 58390) per\u00f2 a la caixa no hi ha les cistelles "
            "del material filtrant ni el tub d'entrada, nom\u00e9s el cos del filtre i el motor. Aix\u00ed no el puc "
            "muntar. Me les podeu enviar?\n\nMoltes gr\u00e0cies,\nMontse", 130, "ca")
r = answer("email", "Hola Montse,\n\nDisculpa les mol\u00e8sties. Ho estem mirant amb el magatzem i et direm "
           "alguna cosa.\n\nSalutacions,\nBrightfield Pet Supply", 136, g29a, g29a, "ca")
g29b = mail(montse, "Montse Roig", "Re: falta una pe\u00e7a",
            "Hola de nou,\n\nEncara espero les peces que faltaven (les cistelles i el tub). Ja fa 3 dies i no en "
            "s\u00e9 res. El filtre vell est\u00e0 a punt de morir, si us plau digueu-me alguna cosa.\n\n"
            "Montse Roig", 215, "ca", thread=g29a, irt=r)
s.group("ca", "one identity", g29a, g29b)

# 30. Checkout page hangs with Bizum.
nuria = "nuriacasals.bsky.social"
g30a = bsky(nuria, "N\u00faria Casals",
            "@brightfieldpets.bsky.social la web se'm penja cada cop que intento pagar amb Bizum, es queda la "
            "pantalla en blanc i no passa res. He provat amb Chrome i amb Firefox. A alg\u00fa m\u00e9s li passa?",
            340, "ca")
g30b = bsky(nuria, "N\u00faria Casals",
            "doncs res, segueixo sense poder pagar a la vostra web, pantalla blanca cada vegada. us ho vaig dir "
            "ahir @brightfieldpets.bsky.social. ho deixo correr?", 365, "ca")
s.group("ca", "one identity", g30a, g30b)

# ---------------------------------------------------------------- follow-ups

owen = "owen.pritchard@outlook.example"
f1a = mail(owen, "Owen Pritchard", "Lead missing from puppy bundle",
           "Hi there,\n\nI ordered the puppy starter bundle last week and the lead that's meant to be in it wasn't "
           "in the box (collar, bowl and toy were). Could you send one out?\n\nThanks, Owen", 12, "en")
r = answer("email", "Hi Owen,\n\nSorry about that! Could you send us your order number so we can check what "
           "was packed?\n\nThanks,\nBrightfield Pet Supply", 16, f1a, f1a, "en")
f1b = mail(owen, "Owen Pritchard", "Re: Lead missing from puppy bundle",
           "Sure, it's 58208. Thanks for the quick reply!", 19, "en", thread=f1a, irt=r)
s.negative("follow-up", f1a, f1b, "gives the order number the shop asked for")

pilar = "pilarnavarro@correo.example"
f2a = mail(pilar, "Pilar Navarro", "Funda de la cama rota",
           "Hola,\n\nla cama que me lleg\u00f3 ayer tiene la cremallera de la funda rota, no se puede cerrar y el "
           "relleno se sale. Es la cama ortop\u00e9dica Cloudnest M.\n\nUn saludo\nPilar", 95, "es")
r = answer("email", "Hola Pilar, lo sentimos mucho. \u00bfNos podr\u00edas mandar una foto de la cremallera y el "
           "n\u00famero de pedido?\n\nGracias,\nEquipo Brightfield", 100, f2a, f2a, "es")
f2b = mail(pilar, "Pilar Navarro", "RE: Funda de la cama rota",
           "Claro, os adjunto la foto. El pedido es el 58372. Como veis la cremallera est\u00e1 arrancada por un "
           "lado.\n\nPilar", 104, "es", thread=f2a, irt=r)
s.negative("follow-up", f2a, f2b, "sends the photo and order number the shop asked for")

uwe = "u.hartmann@web.example"
f3a = mail(uwe, "Uwe Hartmann", "Falsche Futtersorte geliefert",
           "Guten Tag,\n\nstatt Trockenfutter Huhn haben Sie mir Lamm & Reis geschickt. Mein Hund vertr\u00e4gt kein "
           "Lamm (Tierarzt ist informiert). Bitte tauschen Sie den Sack um.\n\nMfG\nU. Hartmann", 235, "de")
f3b = mail(uwe, "Uwe Hartmann", "Re: Falsche Futtersorte geliefert",
           "PS: Die Bestellnummer hatte ich vergessen, 58488. Das MHD auf dem Sack ist 03/2027, falls das "
           "hilft.", 236, "de", thread=f3a, irt=f3a)
s.negative("follow-up", f3a, f3b, "a PS with the order number and the best-before date")

sophie = "sophie.garnier@free.example"
f4a = mail(sophie, "Sophie Garnier", "Pas de confirmation de commande",
           "Bonjour,\n\nj'ai \u00e9t\u00e9 d\u00e9bit\u00e9e hier soir pour une commande (croquettes chaton + "
           "litière) mais je n'ai re\u00e7u aucun mail de confirmation et je ne vois rien dans mon compte. "
           "Est-ce que la commande est bien pass\u00e9e ?\n\nSophie", 282, "fr")
r = answer("email", "Bonjour Sophie,\n\nPouvez-vous nous indiquer l'adresse mail utilis\u00e9e lors de la "
           "commande ainsi que le montant et l'heure du paiement ? Nous allons v\u00e9rifier.\n\nBelle "
           "journ\u00e9e,\nL'\u00e9quipe Brightfield", 287, f4a, f4a, "fr")
f4b = mail(sophie, "Sophie Garnier", "RE: Pas de confirmation de commande",
           "Oui, c'\u00e9tait sophie.g.perso@free.example, paiement vers 21h, 47,80\u20ac par CB. Merci !",
           291, "fr", thread=f4a, irt=r)
s.negative("follow-up", f4a, f4b, "gives the mail address, amount and time the shop asked for")

ale = "ale.ferri@tiscali.example"
f5a = mail(ale, "Alessandro Ferri", "Cuccia con odore chimico",
           "Buonasera,\n\nla cuccia igloo per gatti arrivata oggi ha un odore chimico fortissimo, il gatto non ci "
           "entra nemmeno. \u00c8 normale? Si pu\u00f2 rendere?\n\nSaluti\nAlessandro", 370, "it")
r = answer("email", "Buonasera Alessandro,\n\nci pu\u00f2 indicare il numero di lotto riportato sull'etichetta "
           "cucita all'interno? Lo segnaliamo al produttore.\n\nGrazie\nBrightfield Pet Supply", 375,
           f5a, f5a, "it")
f5b = mail(ale, "Alessandro Ferri", "Re: Cuccia con odore chimico",
           "Ecco il lotto: L2608-114. L'ho lasciata in balcone due giorni ma l'odore resta uguale.", 378, "it",
           thread=f5a, irt=r)
s.negative("follow-up", f5a, f5b, "gives the lot number the shop asked for")

anouk = "@anoukvdb@mastodon.social"
f6a = masto(anouk, "Anouk",
            "@brightfield@pets.example krabpaal binnen, maar de handleiding is alleen in het Chinees en de "
            "tekeningen slaan nergens op. Hebben jullie een NL of EN versie?", 440, "nl")
r = answer("mastodon", "@anoukvdb Hoi Anouk! Welk model is het precies? Dan sturen we je de juiste pdf.", 444,
           f6a, f6a, "nl")
f6b = masto(anouk, "Anouk",
            "@brightfield@pets.example de Skyperch 120 in het grijs, staat ook op de zijkant van de doos: "
            "SKP-120-GR", 446, "nl", thread=f6a, irt=r)
s.negative("follow-up", f6a, f6b, "names the model the shop asked for")

# ---------------------------------------------------------------- other complaints (more)

camille = "camille.perrin@sfr.example"
o4a = mail(camille, "Camille Perrin", "code promo non appliqu\u00e9",
           "Bonjour,\n\nj'ai utilis\u00e9 le code BIENVENUE10 pour ma commande 58270 (coussin pour chien + "
           "jouets), le site l'a accept\u00e9 mais les 10% n'ont pas \u00e9t\u00e9 d\u00e9duits du total "
           "pay\u00e9. Pouvez-vous me rembourser la diff\u00e9rence ?\n\nMerci\nCamille", 48, "fr")
o4b = mail(camille, "Camille Perrin", "commande 58270 pas re\u00e7ue",
           "Bonjour,\n\nma commande 58270 n'est toujours pas arriv\u00e9e, le suivi n'a pas boug\u00e9 depuis "
           "vendredi. Pouvez-vous regarder ?\n\nCamille Perrin", 130, "fr")
s.negative("other-complaint", o4a, o4b,
           "same customer and same order: first the discount not deducted, then the parcel not arriving")

# ---------------------------------------------------------------- other customers

ellie = "mossandmoth.bsky.social"
c1a = bsky(ellie, "Ellie",
           "is the @brightfieldpets.bsky.social site down for anyone else? getting a 502 on checkout", 455, "en")
c1b = masto("@gareth_w@mastodon.social", "Gareth W",
            "@brightfield@pets.example your website's throwing Bad Gateway errors when I try to pay. Just me?",
            455.4, "en")
s.negative("other-customer", c1a, c1b, "two customers hit by the same checkout outage")

c2a = mail("elena.ruiz.m@correo.example", "Elena Ruiz", "Pedido 58460 no llega",
           "Hola,\n\nhicimos el pedido 58460 (cama Cloudnest XL) hace nueve d\u00edas y todav\u00eda no ha "
           "llegado. El seguimiento dice \"en reparto\" desde el martes. \u00bfPod\u00e9is mirar qu\u00e9 "
           "pasa?\n\nGracias,\nElena Ruiz", 215, "es")
c2b = masto("@dani_martin@mastodon.social", "Dani Mart\u00edn",
            "@brightfield@pets.example oye, el pedido que hizo mi mujer (58460) sigue sin llegar y el perro ya se "
            "ha comido la cama vieja. algun plazo??", 225, "es")
s.negative("other-customer", c2a, c2b, "a couple sharing one order: the wife by mail, the husband on Mastodon")

chris_m = "chris.taylor@gmail.example"
chris_b = "christaylorart.bsky.social"
c3a = mail(chris_m, "Chris Taylor", "Where is my order?",
           "Hi,\n\nmy order #58251 (the Timberline 150) was due on Friday and it still isn't here. Tracking just "
           "says \"awaiting collection from sender\". I'm in Cardiff if that makes any difference.\n\nCheers,\n"
           "Chris", 82, "en")
c3b = bsky(chris_b, "Chris Taylor",
           "ordered a nano filter from @brightfieldpets.bsky.social ten days ago and it's STILL \"processing\". "
           "my shrimp are judging me. anyone know if they're actually shipping stuff? (glasgow)", 150, "en")
s.negative("other-customer", c3a, c3b,
           "two different people called Chris Taylor, both with a late order: another product, order and city")
s.same_name_different_people.append(["email:" + chris_m, "bluesky:" + chris_b])

sanne_t = "@sannedv@mastodon.nl"
sanne_m = "sanne.devries@hotmail.example"
c4a = masto(sanne_t, "Sanne de Vries",
            "Eerste bestelling bij @brightfield@pets.example (spullen voor onze nieuwe kitten \U0001F63B) en de "
            "kortingscode HERFST10 uit jullie post wordt niet geaccepteerd. \"Ongeldige code\". Hoe kan dat?",
            300, "nl")
c4b = mail(sanne_m, "Sanne de Vries", "Kortingscode werkt niet",
           "Beste Brightfield,\n\nIk bestel al sinds 2023 hondenvoer bij jullie, maar de code HERFST10 uit de "
           "nieuwsbrief werkt niet bij het afrekenen van mijn nieuwe bestelling. Zouden jullie daar even naar "
           "willen kijken?\n\nVriendelijke groet,\nSanne de Vries\nAmersfoort", 330, "nl")
s.negative("other-customer", c4a, c4b,
           "two different people called Sanne de Vries with the same code problem: a first order for a kitten, "
           "a dog-food customer since 2023")
s.same_name_different_people.append(["mastodon:" + sanne_t, "email:" + sanne_m])

c5a = masto("@lucab@mastodon.uno", "Luca B.",
            "Dopo l'aggiornamento di ieri l'app di @brightfield@pets.example non si apre pi\u00f9, schermata "
            "bianca e si chiude. Android 14.", 468, "it")
c5b = bsky("francescamoretti.bsky.social", "Francesca Moretti",
           "@brightfieldpets.bsky.social l'app si chiude appena la apro da quando l'ho aggiornata, come faccio a "
           "gestire l'abbonamento?", 471, "it")
s.negative("other-customer", c5a, c5b, "two customers whose app stopped opening after the same update")

c6a = mail("ines.carvalho@sapo.example", "In\u00eas Carvalho", "Reembolso da devolu\u00e7\u00e3o 58510",
           "Boa tarde,\n\ndevolvi o arranhador da encomenda 58510 h\u00e1 duas semanas e ainda n\u00e3o recebi o "
           "reembolso. Podem confirmar se a devolu\u00e7\u00e3o foi recebida?\n\nCumprimentos,\nIn\u00eas "
           "Carvalho", 382, "pt")
c6b = bsky("joanapereira.bsky.social", "Joana Pereira",
           "@brightfieldpets.bsky.social h\u00e1 duas semanas \u00e0 espera do reembolso da cama que devolvi. "
           "quanto tempo demora isto normalmente??", 395, "pt")
s.negative("other-customer", c6a, c6b, "two customers each waiting for the refund of a different return")

# ---------------------------------------------------------------- window

margaret = "m.lowe@talktalk.example"
w1a = mail(margaret, "Margaret Lowe", "Can't get into my account",
           "Hello,\n\nI'm trying to log in to change my delivery address but when I click the password reset link "
           "it immediately says \"this link has expired\". I've tried three times.\n\nRegards,\nMargaret Lowe",
           10, "en")
answer("email", "Hi Margaret,\n\nSorry for the trouble. We've reset the link on our side, please try again in a "
       "few minutes.\n\nBest wishes,\nBrightfield Pet Supply", 14, w1a, w1a, "en")
w1b = mail(margaret, "Margaret Lowe", "Password reset still not working",
           "Hello again,\n\nThe reset link is saying \"expired\" again the moment I click it, same as when I wrote "
           "last week. I still can't get into my account.\n\nMargaret", 212, "en")
s.negative("window", w1a, w1b, "the same login trouble again, eight days later")

heike = "@heike_m@social.tchncs.de"
w2a = masto(heike, "Heike",
            "@brightfield@pets.example bei unserem Kratzbaum ist an der obersten Plattform die Schraube "
            "ausgerissen, das Brett wackelt. Der ist erst 3 Wochen alt. Gibt's da Ersatz?", 38, "de")
w2b = masto(heike, "Heike",
            "@brightfield@pets.example die Plattform am Kratzbaum ist immer noch lose, hatte mich vor \u00fcber "
            "einer Woche schon gemeldet. Gibt's jetzt Ersatz oder nicht?", 268, "de")
s.negative("window", w2a, w2b, "the same loose platform again, more than nine days later")

mj = "mariajosep.bsky.social"
w3a = bsky(mj, "Mar\u00eda Jos\u00e9",
           "@brightfieldpets.bsky.social me hab\u00e9is cobrado la suscripci\u00f3n de septiembre dos veces, "
           "2 x 27,50. devolvedme una porfa", 152, "es")
w3b = bsky(mj, "Mar\u00eda Jos\u00e9",
           "sigo con el cobro doble de septiembre sin devolver @brightfieldpets.bsky.social, ya ha pasado mas de "
           "una semana", 345, "es")
s.negative("window", w3a, w3b, "the same double charge again, eight days later")

thomas = "thomas.girard@wanadoo.example"
w4a = mail(thomas, "Thomas Girard", "commande 58344 pas exp\u00e9di\u00e9e",
           "Bonjour,\n\nma commande 58344 (filtre Nano HOB 60 + mousses) est toujours \"en pr\u00e9paration\" "
           "depuis 5 jours. Est-elle en rupture ?\n\nThomas", 90, "fr")
w4b = mail(thomas, "Thomas Girard", "58344 toujours en pr\u00e9paration",
           "Bonjour,\n\nje reviens vers vous, toujours pas exp\u00e9di\u00e9e, toujours \"en pr\u00e9paration\". "
           "Si c'est en rupture dites-le et annulez.\n\nThomas Girard", 278, "fr")
s.negative("window", w4a, w4b, "the same order not shipped, asked again nearly eight days later")

# ---------------------------------------------------------------- one-off questions

mail("rhys.evans@outlook.example", "Rhys Evans", "Delivery to Northern Ireland?",
     "Hi, do you deliver to Northern Ireland and if so how much is it for a large dog bed? Thanks, Rhys", 3, "en")
q = masto("@ottilie@mastodon.art", "Ottilie",
          "@brightfield@pets.example is the Timberline 150 sturdy enough for a 7kg Maine Coon who launches himself "
          "at it from across the room?", 88, "en")
answer("mastodon", "@ottilie It is! Rated to 12kg per platform and the base is weighted. Happy climbing!", 91,
       q, q, "en")
bsky("amyrowe.bsky.social", "Amy Rowe",
     "@brightfieldpets.bsky.social what time does your customer service close on saturdays?", 396, "en")
bsky("acuariosmanu.bsky.social", "Manu",
     "@brightfieldpets.bsky.social el filtro Nano HOB 60 sirve para un acuario de 40 litros con gambas? o las "
     "chupa?", 47, "es")
mail("beatriz.lozano@correo.example", "Beatriz Lozano", "Pausar suscripci\u00f3n",
     "Hola, \u00bfse puede pausar la suscripci\u00f3n de pienso un mes? Nos vamos de vacaciones en noviembre y "
     "el perro se queda con mis padres. Gracias!", 310, "es")
mail("jan.mueller@t-online.example", "Jan M\u00fcller", "Frage zum Cloudnest",
     "Hallo, ist der Bezug vom Cloudnest-Hundebett abnehmbar und bei 60 Grad waschbar? Unser Hund ist ein "
     "Schlammmonster. Gru\u00df Jan", 64, "de")
bsky("leonie-und-luna.bsky.social", "Leonie",
     "@brightfieldpets.bsky.social habt ihr auch getreidefreies Katzenfutter im Abo?", 352, "de")
masto("@amelie_b@mastodon.social", "Am\u00e9lie",
      "@brightfield@pets.example vous livrez en point relais en Belgique ?", 118, "fr")
bsky("julienaquario.bsky.social", "Julien",
     "@brightfieldpets.bsky.social vous vendez les mousses de rechange pour le ClearFlow 300 ou faut aller "
     "ailleurs ?", 415, "fr")
mail("joao.rebelo@sapo.example", "Jo\u00e3o Rebelo", "Envios para os A\u00e7ores",
     "Boa tarde, fazem envios para os A\u00e7ores (S\u00e3o Miguel)? Qual o prazo?\nObrigado, Jo\u00e3o", 175, "pt")
masto("@camila_pets@mastodon.com.br", "Camila",
      "@brightfield@pets.example qual o tamanho da cama Cloudnest pra um pastor alem\u00e3o de 38kg? fico entre L "
      "e XL", 410, "pt")
mail("f.gallo@alice.example", "Federica Gallo", "Data di consegna abbonamento",
     "Buongiorno, \u00e8 possibile spostare la consegna mensile dell'abbonamento dal 1 al 15 del mese? Grazie, "
     "Federica", 245, "it")
bsky("teo-e-mirtillo.bsky.social", "Teo",
     "@brightfieldpets.bsky.social avete dei buoni regalo? mia sorella ha appena preso un cane \U0001F436", 31, "it")
mail("h.jansen@ziggo.example", "Henk Jansen", "Abonnement pauzeren",
     "Goedendag, kan ik mijn abonnement een maand overslaan? We hebben nog genoeg voer. Mvg Henk Jansen", 135, "nl")
masto("@arnau@mastodont.cat", "Arnau",
      "@brightfield@pets.example feu enviaments a Andorra? i si \u00e9s aix\u00ed, qui paga la duana?", 205, "ca")
mail("laia.font@correu.example", "Laia Font", "Pinso per a gossos amb al\u00b7l\u00e8rgies",
     "Hola, teniu pinso hipoal\u00b7lerg\u00e8nic per a gossos? El meu t\u00e9 al\u00b7l\u00e8rgia al pollastre. "
     "Gr\u00e0cies!", 480, "ca")

s.write(HERE, "Brightfield Pet Supply: customer posts by email, Mastodon and Bluesky in eight languages; "
        "30 repeat groups (25 pairs, 5 triples, 10 across channels) and labelled follow-ups, other complaints, "
        "other customers and repeats outside the 7-day window. Written without sight of the detector; the labels "
        "say what a person reading the posts would say.")
