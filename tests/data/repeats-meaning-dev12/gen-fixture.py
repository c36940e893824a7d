#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words: the posts a small online shop
for baking supplies and kitchenware ("Brambleby Bakes": stand mixers, tins,
piping kits, specialty flours, a monthly baking box subscription) receives
by email, Mastodon and Bluesky over about three weeks, in eight languages
(en, es, de, fr, pt, it, nl, ca).

30 true repeat groups (25 pairs, 5 triples): the same customer raising the
same complaint again within 7 days in other words, 10 of them across two
channels (5 known by a profile link, 5 by the same display name only).
Labelled negatives: follow-ups that add what the shop asked for, other
complaints of the same customer, other customers with the same complaint
(among them two display names shared by different people on two channels),
and the same complaint again after more than 7 days. Around them, one-off
questions from other customers and some answers of the shop.

The posts were written without sight of the detector, its lexicon or the
other sets, as customers of such a shop write. The labels say what a person
reading the posts would say; they were never edited to fit the detector.

Writes fixture.jsonl and labels.json next to this script; the output is
deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 5, 4, 6, 55, tzinfo=timezone.utc)
S = LabelledSet(BASE, "bb", "hello@bramblebybakes.example", "@bramblebybakes@kitchen.social",
                "bramblebybakes.bsky.social", "Brambleby Bakes")
rid = S.rid


def mail(who, name, subject, text, h, thread=None, irt=None, links=None):
    return S.add("email", who, text, h, subject=subject, name=name, thread=thread,
                 in_reply_to=irt, links=links)


def masto(who, name, text, h, lang, links=None):
    return S.add("mastodon", who, text, h, lang=lang, name=name, links=links)


def sky(who, name, text, h, lang, links=None):
    return S.add("bluesky", who, text, h, lang=lang, name=name, links=links)


def answer(key, text, h, lang):
    """The shop answers a post in its thread; returns the answer's key."""
    ch = key.split(":", 1)[0]
    return S.reply(ch, text, h, to=rid(key), thread=rid(key), lang=lang)


def in_thread(first, reply, who, name, subject, text, h):
    """The customer's next mail in the thread of @first, after the shop's @reply."""
    return mail(who, name, subject, text, h, thread=rid(first), irt=rid(reply))


# ---------------------------------------------------------------- English

# 1. mixer not arrived; non-committal answer; two more mails in the thread (triple)
h = "harriet.okafor@fastmail.example"
a = mail(h, "Harriet Okafor", "Order #41230 - Kestrel mixer not arrived",
         "Hi,\n\nI ordered the Kestrel 5L stand mixer (sage green) on the 27th, order #41230. "
         "Your site said 2-3 working days and it's been a week now. The tracking page just says "
         "\"label created\" and hasn't moved since.\n\nCould you let me know where it is? It was meant "
         "to be for my daughter's birthday bake on Saturday.\n\nThanks,\nHarriet", 2)
r = answer(a, "Hi Harriet, thanks for getting in touch and sorry for the wait. We're looking into "
           "this with the courier and will update you as soon as we hear back.\n\nBest,\nElla @ Brambleby Bakes",
           9, "en")
b = in_thread(a, r, h, "Harriet Okafor", "Re: Order #41230 - Kestrel mixer not arrived",
              "Hi Ella,\n\nTwo more days gone and tracking STILL says label created. Saturday is in three "
              "days. Has the courier actually told you anything? If it hasn't even left your "
              "warehouse I'd rather know now.\n\nHarriet", 50)
c = in_thread(a, r, h, "Harriet Okafor", "Re: Order #41230 - Kestrel mixer not arrived",
              "Hello?? Still nothing. No mixer, no update, no reply to my last email. Birthday came and "
              "went, we used a hand whisk. Great.", 150)
S.group("en", "one identity", a, b, c)
# same customer, same order, a different complaint: the invoice
d = mail(h, "Harriet Okafor", "Invoice for 41230",
         "Hi again,\n\nSeparate thing - the invoice that came with my order (it finally turned up, "
         "thanks) has my old address in Croydon on it, not the Bristol one. I need it for my "
         "expenses, could you reissue it with the right address?\n\nCheers\nHarriet", 200)
S.negative("other-complaint", c, d, "the mixer was late, then the invoice has the wrong address")

# 2. piping kit with nozzles missing, Mastodon, sarcastic nudge
m = "@crumbandcoffee@mastodon.social"
a = masto(m, "Rosie 🍰", "@bramblebybakes@kitchen.social so the 24 piece piping set I got yesterday "
          "has... 17 pieces. no coupler either, so the bags are basically useless. bit gutted tbh", 20, "en")
b = masto(m, "Rosie 🍰", "day 2 of counting to 24 and only getting to 17 😅 anyone from Brambleby "
          "actually read their mentions? still missing the nozzles + coupler", 47, "en")
S.group("en", "one identity", a, b)

# 3. double charge, Bluesky then email with a profile link
bs = "danwhitlock.bsky.social"
em = "dan.whitlock@proton.example"
a = sky(bs, "Dan Whitlock", "@bramblebybakes.bsky.social hey, you've taken £24.50 twice for this "
        "month's baking box. two identical payments on the 1st. can someone sort it?", 31, "en")
b = mail(em, "Dan Whitlock", "Charged twice for May box",
         "Hello,\n\nI posted about this on Bluesky on Tuesday but haven't heard anything. My card "
         "was debited twice for the May baking box (2 x £24.50, both on 1 May). I only have one "
         "subscription. Please refund the second one.\n\nDan Whitlock\n--\nsent from my phone",
         77, links=[bs])
S.same_person.append(["bluesky:" + bs, "email:" + em])
S.group("en", "profile link", a, b)

# 4. password reset mail never arrives; the second mail is a new thread
p = "priya.raman84@gmail.example"
a = mail(p, "Priya Raman", "Can't log in",
         "Hi, I can't log in to my account. Clicked forgot password but the reset email never "
         "comes. I've checked junk. My account email is this one. Thanks Priya", 55)
b = mail(p, "Priya Raman", "still locked out!!",
         "Tried the reset link thing 3 more times this morning, nothing. Nothing in spam either. "
         "I need to skip next month's box by tonight and I can't do that without logging in. "
         "Can you just reset it from your end??", 101)
S.group("en", "one identity", a, b)
r = answer(b, "Hi Priya, sorry about this! Could you tell us your postcode so we can find the right "
           "account? There are two accounts under similar names.", 104, "en")
c = in_thread(b, r, p, "Priya Raman", "Re: still locked out!!", "It's BS7 8QT. Thanks", 106)
S.negative("follow-up", b, c, "gives the postcode the shop asked for")

# 5. checkout crash, Mastodon then Bluesky, same name only
a = masto("@tashby@fosstodon.example", "Tom Ashby",
          "Brambleby Bakes checkout just crashes on my iPad every time I press Pay. 4 tries. "
          "all I want is 2 bags of dark rye @bramblebybakes@kitchen.social", 120, "en")
b = sky("tomashby.bsky.social", "Tom Ashby",
        "tried again from the laptop, same thing, checkout page dies with a 500 error. mentioned "
        "it on mastodon yesterday. still no rye. @bramblebybakes.bsky.social", 139, "en")
S.same_person.append(["mastodon:@tashby@fosstodon.example", "bluesky:tomashby.bsky.social"])
S.group("en", "same name only", a, b)

# 6. subscription cancelled, still billed; non-committal answer
g = "gwen.pryce@btinternet.example"
a = mail(g, "Gwen Pryce", "Cancelled subscription but still charged",
         "Dear Brambleby Bakes,\n\nI cancelled my monthly baking box at the end of March (I have "
         "the confirmation email, ref SUB-8817) but you have taken £24.50 again this month. "
         "Please refund this and make sure the subscription is actually cancelled.\n\n"
         "Kind regards,\nGwen Pryce", 150)
r = answer(a, "Dear Gwen, thank you for letting us know. I've passed this on to our accounts team "
           "who will be in touch.\n\nKind regards,\nElla", 160, "en")
b = in_thread(a, r, g, "Gwen Pryce", "Re: Cancelled subscription but still charged",
              "Dear Ella,\n\nThree days and nobody from accounts has been in touch. Meanwhile the money "
              "is still gone from my account. I cancelled. I have proof I cancelled. I don't "
              "understand why this is so difficult.\n\nGwen", 231)
S.group("en", "one identity", a, b)

# en other-customer: the site is down for two different people at the same time
a = masto("@bakingbenji@mas.to", "Ben",
          "is bramblebybakes.example down for anyone else? getting a blank white page", 260, "en")
b = sky("nellbakes.bsky.social", "Nell Forsyth",
        "@bramblebybakes.bsky.social your website won't load 😩 was about to order the lemon curd kit", 261, "en")
S.negative("other-customer", a, b, "two customers hit the same outage")

# en other-customer: two different people called Sam Carter with a dented tin
a = masto("@samc@toot.example", "Sam Carter",
          "@bramblebybakes@kitchen.social my 23cm springform came with a massive dent in the rim, "
          "won't close properly now. order 41877. photo attached", 88, "en")
b = sky("samcarter-leeds.bsky.social", "Sam Carter",
        "Brambleby loaf tin arrived bent in the corner, box looked like someone sat on it. order "
        "42210, delivered Leeds this morning @bramblebybakes.bsky.social", 96, "en")
S.same_name_different_people.append(["mastodon:@samc@toot.example", "bluesky:samcarter-leeds.bsky.social"])
S.negative("other-customer", a, b, "two different people called Sam Carter, different orders and tins")

# en window: the same complaint again, 11 days later
k = "@kieranbakes@mastodon.scot"
a = masto(k, "Kieran", "@bramblebybakes@kitchen.social the BAKEDAY15 code doesn't take anything off "
          "at checkout. says applied, total stays the same", 30, "en")
b = masto(k, "Kieran", "@bramblebybakes@kitchen.social again your discount code says applied and "
          "the total doesn't change. second time this happens with one of your newsletter codes", 296, "en")
S.negative("window", a, b, "the same coupon problem again, 11 days later")

# ---------------------------------------------------------------- Spanish

# 7. wrong flour; the shop asks for a photo; photo follow-up; two repeats (triple)
l = "lucia.fdez@correo.example"
a = mail(l, "Lucía Fernández", "Pedido nº 41502 - me habéis mandado otra harina",
         "Hola buenas,\n\nHe recibido hoy el pedido nº 41502 y en vez de los dos paquetes de harina "
         "de fuerza W380 me habéis mandado harina de centeno integral. Yo la necesito para panettone, "
         "con la de centeno no me sirve.\n\n¿Me la podéis cambiar?\n\nUn saludo,\nLucía", 12)
r = answer(a, "Hola Lucía, lo sentimos mucho. ¿Nos podrías mandar una foto de los paquetes que "
           "has recibido, con la etiqueta a la vista?\n\nGracias, Marta", 18, "es")
f = in_thread(a, r, l, "Lucía Fernández", "Re: Pedido nº 41502 - me habéis mandado otra harina",
              "Ahí va la foto, se ve bien la etiqueta de centeno. Saludos", 20)
S.negative("follow-up", a, f, "sends the photo the shop asked for")
b = in_thread(a, r, l, "Lucía Fernández", "Re: Pedido nº 41502 - me habéis mandado otra harina",
              "Hola? Os mandé la foto hace tres días y nadie me dice nada. Sigo sin harina de fuerza "
              "y el panettone tiene que estar para el domingo.", 92)
c = mail(l, "Lucía Fernández", "HARINA EQUIVOCADA - tercera vez que escribo",
         "Es la tercera vez que os escribo por lo mismo. Pedí harina de fuerza y me llegó de "
         "centeno. No quiero un cupón, quiero la harina que pagué o que me devolváis el dinero.\n"
         "Lucía Fernández", 140)
S.group("es", "one identity", a, b, c)

# 8. coupon not applied, Bluesky
u = "pauladulce.bsky.social"
a = sky(u, "Paula 🧁", "@bramblebybakes.bsky.social el código BIENVENIDA10 no me hace el descuento, "
        "le doy a aplicar y se queda igual el total. alguien sabe?", 66, "es")
b = sky(u, "Paula 🧁", "pues nada, segundo día intentándolo y el descuento de bienvenida sigue sin "
        "aplicarse. ya me estoy cansando un poco la verdad", 90, "es")
S.group("es", "one identity", a, b)

# 9. "delivered" but not received, Mastodon then email with a profile link
jm = "@javi_reposteria@mastodon.social"
je = "javier.molina@correo.example"
a = masto(jm, "Javi", "@bramblebybakes@kitchen.social según el seguimiento mi paquete está "
          "ENTREGADO desde ayer a las 12:40. Yo estaba en casa todo el día y aquí no ha llegado nada 🤷‍♂️",
          44, "es")
b = mail(je, "Javier Molina", "Paquete marcado como entregado pero no lo tengo",
         "Buenas tardes,\n\nOs escribí ayer por Mastodon y no he tenido respuesta. El pedido 41611 "
         "(molde bundt + set de cortadores) aparece como entregado pero no lo he recibido, ni los "
         "vecinos tampoco. ¿Podéis abrir una incidencia con la mensajería?\n\nGracias\nJavier Molina",
         70, links=[jm])
S.same_person.append(["mastodon:" + jm, "email:" + je])
S.group("es", "profile link", a, b)

# 10. refund not received after a return
e = "esteban.rp@mailbox.example"
a = mail(e, "Esteban Ruiz", "devolucion molde silicona",
         "hola, devolvi el molde de silicona (el de 12 cavidades) hace ya 3 semanas, en correos me "
         "dieron el justificante el 14. todavia no me ha llegado el reembolso. me decis algo?\n"
         "esteban", 110)
b = mail(e, "Esteban Ruiz", "Re: devolucion molde silicona",
         "sigo sin el dinero. 19,90€ no es mucho pero es mio. cuando me lo devolveis??", 181, thread=rid(a), irt=rid(a))
S.group("es", "one identity", a, b)

# es other-customer: two different people called María García, both waiting for a parcel
a = masto("@mariagarcia@masto.es", "María García",
          "Pedido 41745 sin llegar, hace una semana que lo pedí y el seguimiento no se mueve. "
          "Sevilla. @bramblebybakes@kitchen.social", 200, "es")
b = sky("mgarcia-valencia.bsky.social", "María García",
        "@bramblebybakes.bsky.social buenas, mi pedido 41790 lleva 6 dias en reparto en Valencia, "
        "sabeis algo?", 212, "es")
S.same_name_different_people.append(["mastodon:@mariagarcia@masto.es", "bluesky:mgarcia-valencia.bsky.social"])
S.negative("other-customer", a, b, "two different people called María García, different orders and cities")

# es window: the refund again, more than 7 days after the last mail
c = mail(e, "Esteban Ruiz", "reembolso 19,90",
         "otra vez yo. ya han pasado 10 dias desde mi ultimo correo y del reembolso del molde nada. "
         "voy a tener que reclamar al banco", 428)
S.negative("window", b, c, "the same refund again, more than 7 days later")

# ---------------------------------------------------------------- German

# 11. dented springform; non-committal answer; repeat in the thread
w = "k.wagner@posteo.example"
a = mail(w, "Katrin Wagner", "Bestellung 41388 - Springform beschädigt",
         "Guten Tag,\n\nheute kam meine Bestellung 41388 an. Die Springform (26 cm, Antihaft) hat eine "
         "deutliche Delle am Rand und der Verschluss rastet nicht mehr richtig ein. Der Karton war "
         "schon eingedrückt.\n\nIch bitte um Ersatz.\n\nMit freundlichen Grüßen\nKatrin Wagner", 25)
r = answer(a, "Hallo Frau Wagner, das tut uns leid! Wir klären das gerade mit dem Versanddienstleister "
           "und melden uns dann bei Ihnen.\n\nViele Grüße\nJonas von Brambleby Bakes", 34, "de")
b = in_thread(a, r, w, "Katrin Wagner", "Re: Bestellung 41388 - Springform beschädigt",
              "Hallo Jonas,\n\nich warte jetzt seit vier Tagen. Was gibt es da mit dem Versand zu klären? "
              "Die Form ist kaputt, ich brauche eine neue oder mein Geld zurück. Ich kann Ihnen gern "
              "auch die Form zurückschicken.\n\nK. Wagner", 125)
S.group("de", "one identity", a, b)

# 12. mixer late, Mastodon, three posts (triple)
t = "@tobi_backt@chaos.example"
a = masto(t, "Tobi", "@bramblebybakes@kitchen.social Vor einer Woche bestellt, \"Versand in 1-2 Werktagen\". "
          "Seitdem nix. Wo bleibt meine Küchenmaschine?", 5, "de")
b = masto(t, "Tobi", "Tag 9 ohne Küchenmaschine. Sendungsverfolgung: \"Sendung angekündigt\". Seit "
          "einer Woche. Danke für nix @bramblebybakes@kitchen.social", 52, "de")
c = masto(t, "Tobi", "hallo?? jemand da?? immer noch keine Maschine und keine Antwort", 100, "de")
S.group("de", "one identity", a, b, c)
d = masto(t, "Tobi", "So, Maschine ist endlich da 🎉 aber: kein Knethaken im Karton. Schneebesen und "
          "Flachrührer ja, Knethaken nein. @bramblebybakes@kitchen.social", 150, "de")
S.negative("other-complaint", a, d, "first the mixer was late, then the dough hook is missing")

# 13. double charge, Bluesky then Mastodon, same name only
a = sky("jonasbecker.bsky.social", "Jonas Becker",
        "@bramblebybakes.bsky.social mir wurde die Bestellung 41450 zweimal abgebucht, 2x 63,80 € "
        "über PayPal. Bitte eine Zahlung zurück.", 73, "de")
b = masto("@jbecker@norden.social", "Jonas Becker",
          "Nochmal hier, weil auf Bluesky keiner antwortet: Brambleby Bakes hat mir 63,80 doppelt "
          "abgezogen. Will einfach nur mein Geld zurück. @bramblebybakes@kitchen.social", 118, "de")
S.same_person.append(["bluesky:jonasbecker.bsky.social", "mastodon:@jbecker@norden.social"])
S.group("de", "same name only", a, b)

# 14. wrong invoice; the shop asks for the address; follow-up; repeat
s = "buchhaltung@schroeder-cafe.example"
a = mail(s, "Café Schröder", "Rechnung RE-2026-0719 fehlerhaft",
         "Sehr geehrte Damen und Herren,\n\nauf Ihrer Rechnung RE-2026-0719 fehlen unser Firmenname "
         "und die USt-IdNr. Für unsere Buchhaltung benötigen wir eine korrigierte Rechnung.\n\n"
         "Mit freundlichen Grüßen\nA. Schröder\nCafé Schröder GmbH", 130)
r = answer(a, "Guten Tag Frau Schröder, gern! Bitte schicken Sie uns die vollständige Rechnungsanschrift "
           "und die USt-IdNr., dann stellen wir die Rechnung neu aus.\n\nViele Grüße\nJonas", 136, "de")
f = in_thread(a, r, s, "Café Schröder", "Re: Rechnung RE-2026-0719 fehlerhaft",
              "Café Schröder GmbH, Lindenstraße 12, 79098 Freiburg\nUSt-IdNr. DE 298 114 557\n\n"
              "Gruß A. Schröder", 138)
S.negative("follow-up", a, f, "gives the address and VAT number the shop asked for")
b = in_thread(a, r, s, "Café Schröder", "Re: Rechnung RE-2026-0719 fehlerhaft",
              "Guten Tag,\n\nwir haben Ihnen die Daten vor vier Tagen geschickt, eine korrigierte "
              "Rechnung haben wir immer noch nicht. Unser Steuerberater wartet. Bitte kurzfristig "
              "erledigen.\n\nA. Schröder", 235)
S.group("de", "one identity", a, b)

# de other-customer: the same rude courier, two different neighbours
a = masto("@hanna_k@troet.example", "Hanna K.", "Der Fahrer, der heute mein Brambleby-Paket gebracht hat, "
          "hat es über den Zaun geworfen und mich angeschnauzt, als ich was gesagt hab. Toll.", 180, "de")
b = sky("lukasfb.bsky.social", "Lukas", "@bramblebybakes.bsky.social euer Paketbote war heute richtig "
        "unfreundlich, hat geklingelt, Paket vor die Füße geknallt und \"unterschreiben, schnell\" gebrüllt",
        184, "de")
S.negative("other-customer", a, b, "two customers complain about a rude courier")

# ---------------------------------------------------------------- French

# 15. lost parcel, email, three mails (triple)
n = "nadia.benali@laposte.example"
a = mail(n, "Nadia Benali", "cde 41644 toujours pas reçue",
         "Bonjour,\n\nJ'ai passé commande le 28 avril (cde 41644, un kit de douilles et 2 moules à "
         "cannelés). Le suivi Colissimo n'a pas bougé depuis le 30 : \"pris en charge\". Est-ce que "
         "le colis est perdu ?\n\nCordialement,\nNadia Benali", 8)
r = answer(a, "Bonjour Nadia, nous avons ouvert une enquête auprès de Colissimo, nous revenons vers "
           "vous dès que possible.\n\nBonne journée, Léa", 15, "fr")
b = in_thread(a, r, n, "Nadia Benali", "RE: cde 41644 toujours pas reçue",
              "Bonjour Léa,\ndes nouvelles de l'enquête ? Toujours rien dans ma boîte aux lettres et le "
              "suivi est bloqué au même endroit.\nNadia", 75)
c = in_thread(a, r, n, "Nadia Benali", "RE: cde 41644 toujours pas reçue",
              "Bon. Ça fait maintenant plus de 10 jours. Soit vous me renvoyez la commande, soit vous me "
              "remboursez, mais je ne vais pas attendre Colissimo indéfiniment.", 122)
S.group("fr", "one identity", a, b, c)

# 16. refund not received, Mastodon then email with a profile link
om = "@olivier_patisse@piaille.example"
oe = "olivier.marchand@free.example"
a = masto(om, "Olivier M.", "@bramblebybakes@kitchen.social bonjour, retour du batteur électrique reçu "
          "chez vous le 29/04 (confirmé par mail), et toujours pas de remboursement. c'est normal ?", 60, "fr")
b = mail(oe, "Olivier Marchand", "Remboursement retour batteur",
         "Bonjour,\n\nJe vous ai déjà signalé sur Mastodon (@olivier_patisse) que je n'ai pas été "
         "remboursé du batteur retourné. Vous avez confirmé la réception le 29 avril. 89 € quand même.\n"
         "Merci de faire le nécessaire.\n\nOlivier Marchand", 108, links=[om])
S.same_person.append(["mastodon:" + om, "email:" + oe])
S.group("fr", "profile link", a, b)

# 17. app crash, Bluesky
v = "ma-vie-en-brioche.bsky.social"
a = sky(v, "Élodie", "l'appli @bramblebybakes.bsky.social plante dès que j'ouvre mon panier, iPhone 13, "
        "iOS à jour. impossible de commander 😤", 160, "fr")
b = sky(v, "Élodie", "toujours impossible d'ouvrir le panier dans l'appli, elle se ferme direct. j'ai "
        "réinstallé, rien à faire. vous êtes au courant ??", 196, "fr")
S.group("fr", "one identity", a, b)

# 18. wrong size, email then Bluesky, same name only
a = mail("camille.roux@orange.example", "Camille Roux", "Mauvaise taille de cercle",
         "Bonjour,\n\nj'avais commandé un cercle à entremets de 24 cm et j'ai reçu un 18 cm. "
         "Commande 41702. Comment je fais pour l'échanger ?\n\nMerci\nCamille", 170)
b = sky("camilleroux.bsky.social", "Camille Roux",
        "@bramblebybakes.bsky.social j'ai envoyé un mail il y a 3 jours : cercle de 18 au lieu de 24. "
        "toujours pas de réponse. l'anniversaire c'est samedi hein", 241, "fr")
S.same_person.append(["email:camille.roux@orange.example", "bluesky:camilleroux.bsky.social"])
S.group("fr", "same name only", a, b)

# fr other-customer: a couple sharing one order
a = mail("pierre.lefevre@sfr.example", "Pierre Lefèvre", "Colis abîmé commande 41666",
         "Bonjour, notre colis (commande 41666) est arrivé ouvert, le moule à tarte est tordu. "
         "Cdt, Pierre Lefèvre", 210)
b = mail("sophie.lefevre@gmail.example", "Sophie Lefèvre", "moule tordu",
         "Bonjour, je crois que mon mari vous a déjà écrit, mais le moule à tarte de notre commande "
         "41666 est arrivé complètement tordu, inutilisable. Sophie", 214)
S.negative("other-customer", a, b, "husband and wife write about the same damaged order")

# fr other-complaint: Nadia again, about something else
d = mail(n, "Nadia Benali", "désabonnement newsletter",
         "Bonjour, autre chose : je reçois vos newsletters alors que j'ai décoché la case. Merci de "
         "me désinscrire. Nadia Benali", 150)
S.negative("other-complaint", a, d, "the parcel was lost, then unwanted newsletters")

# fr window: the app crash again, 9 days after the last post
c = sky(v, "Élodie", "rebelote, l'appli plante de nouveau quand j'ouvre le panier. vous l'aviez "
        "réparée ou pas ?", 418, "fr")
S.negative("window", b, c, "the same app crash again, more than 7 days later")

# ---------------------------------------------------------------- Portuguese

# 19. late order, email
ri = "rita.almeida@sapo.example"
a = mail(ri, "Rita Almeida", "Encomenda 41720 em atraso",
         "Boa tarde,\n\nA minha encomenda 41720 (farinha de espelta e tabuleiros de macarons) devia "
         "ter chegado na sexta e ainda não chegou. Podem verificar por favor?\n\nObrigada\nRita Almeida", 36)
b = mail(ri, "Rita Almeida", "Re: Encomenda 41720 em atraso",
         "Bom dia, volto a escrever porque ainda não recebi nada nem resposta. Já passaram 4 dias.\n"
         "Rita", 132, thread=rid(a), irt=rid(a))
S.group("pt", "one identity", a, b)
d = mail(ri, "Rita Almeida", "Fatura com NIF errado",
         "Boa tarde, outra questão: a fatura da encomenda 41720 veio com o NIF errado (falta um "
         "dígito). Preciso de uma fatura corrigida com o NIF 214 556 781.\nRita", 160)
S.negative("other-complaint", a, d, "the order was late, then the invoice has the wrong tax number")

# 20. billed after cancelling, Bluesky then email with a profile link
bb_ = "thiagocozinha.bsky.social"
be = "thiago.souza@uol.example"
a = sky(bb_, "Thiago Souza", "@bramblebybakes.bsky.social cancelei a assinatura da caixa mensal mês "
        "passado e vocês cobraram de novo no cartão. como assim??", 176, "pt")
b = mail(be, "Thiago Souza", "cobrança indevida assinatura",
         "Olá, já falei no Bluesky mas ninguém respondeu. Cancelei a assinatura no dia 20/04 e fui "
         "cobrado de novo em maio. Quero o estorno.\n\nThiago", 222, links=[bb_])
S.same_person.append(["bluesky:" + bb_, "email:" + be])
S.group("pt", "profile link", a, b)

# 21. cracked mixer bowl, Mastodon, three posts (triple)
cm = "@carol_bolos@masto.pt"
a = masto(cm, "Carol", "@bramblebybakes@kitchen.social a batedeira chegou hoje com a taça de vidro "
          "rachada 😢 encomenda 41733. o que faço?", 190, "pt")
b = masto(cm, "Carol", "continuo à espera de resposta sobre a taça rachada da batedeira... alguém? "
          "@bramblebybakes@kitchen.social", 226, "pt")
c = masto(cm, "Carol", "3 dias. taça partida, zero resposta. não recomendo.", 262, "pt")
S.group("pt", "one identity", a, b, c)

# pt other-customer: the same subscription box is late for two subscribers
a = masto("@ana_forno@masto.pt", "Ana", "a caixa de maio da Brambleby ainda não chegou, alguém "
          "mais? @bramblebybakes@kitchen.social", 300, "pt")
b = sky("brunoconfeiteiro.bsky.social", "Bruno", "minha caixa de assinatura de maio também não "
        "chegou ainda @bramblebybakes.bsky.social, já é dia 17", 312, "pt")
S.negative("other-customer", a, b, "two subscribers, the same late box")

# ---------------------------------------------------------------- Italian

# 22. return label not received; the shop asks for the order number; follow-up; repeat
gi = "giulia.conti@libero.example"
a = mail(gi, "Giulia Conti", "etichetta reso",
         "Buongiorno,\nho chiesto il reso della tortiera ma l'etichetta per la spedizione non mi è "
         "mai arrivata. Come faccio a rispedirla?\nGrazie\nGiulia Conti", 62)
r = answer(a, "Buongiorno Giulia, ci può indicare il numero d'ordine? Così le rimandiamo "
           "l'etichetta.\n\nSaluti, Marco", 68, "it")
f = in_thread(a, r, gi, "Giulia Conti", "Re: etichetta reso", "Ordine n. 41681. Grazie", 69)
S.negative("follow-up", a, f, "gives the order number the shop asked for")
b = in_thread(a, r, gi, "Giulia Conti", "Re: etichetta reso",
              "Buongiorno Marco,\nvi ho mandato il numero d'ordine due giorni fa ma l'etichetta non "
              "è ancora arrivata (ho guardato anche nello spam). Il termine per il reso scade la "
              "settimana prossima!\nGiulia", 117)
S.group("it", "one identity", a, b)

# 23. rude courier, Mastodon then Bluesky, same name only
a = masto("@fede_dolci@mastodon.uno", "Federico Greco",
          "Il corriere di @bramblebybakes@kitchen.social oggi mi ha risposto male e ha lasciato il "
          "pacco sotto la pioggia. Ho chiesto di salire, \"non è un problema mio\". Complimenti.", 84, "it")
b = sky("federicogreco.bsky.social", "Federico Greco",
        "scrivo anche qui visto che su mastodon niente: il vostro corriere è stato maleducato e il "
        "pacco era fradicio. vorrei sapere se fate qualcosa @bramblebybakes.bsky.social", 131, "it")
S.same_person.append(["mastodon:@fede_dolci@mastodon.uno", "bluesky:federicogreco.bsky.social"])
S.group("it", "same name only", a, b)

# 24. paid twice, Bluesky
pm = "pasticcera-matta.bsky.social"
a = sky(pm, "Silvia", "@bramblebybakes.bsky.social ho pagato due volte l'ordine 41759, il sito si è "
        "bloccato e l'ho rifatto, ora ho 2 addebiti da 47,30 e un ordine solo", 244, "it")
b = sky(pm, "Silvia", "ancora 2 addebiti sul conto e nessuna risposta. ridatemi i 47,30 per "
        "favore 🙏", 290, "it")
S.group("it", "one identity", a, b)
d = sky(pm, "Silvia", "e comunque nell'ordine mancava la sac à poche grande. vabbè", 300, "it")
S.negative("other-complaint", a, d, "paid twice, then a missing piping bag")

# ---------------------------------------------------------------- Dutch

# 25. "delivered" but not received, email
jd = "j.devries@ziggo.example"
a = mail(jd, "Joost de Vries", "Pakket bezorgd maar niet ontvangen",
         "Hallo,\n\nVolgens PostNL is mijn pakket (bestelling 41694) gisteren om 14:12 bezorgd, maar "
         "ik heb niks ontvangen. Niet bij de buren, niet in de brievenbus. Kunnen jullie dit "
         "uitzoeken?\n\nGroet,\nJoost", 16)
b = mail(jd, "Joost de Vries", "Re: Pakket bezorgd maar niet ontvangen",
         "Hoi, nog geen reactie gehad. Pakket is nog steeds nergens te bekennen. Graag even laten "
         "weten wat jullie gaan doen.\nJoost", 87, thread=rid(a), irt=rid(a))
S.group("nl", "one identity", a, b)
c = mail(jd, "Joost de Vries", "Re: Pakket bezorgd maar niet ontvangen",
         "PS: ik heb net bij PostNL ook een klacht ingediend, kenmerk PNL-5523190. Misschien handig.",
         88, thread=rid(a), irt=rid(b))
S.negative("follow-up", b, c, "adds the reference of his complaint at the courier")

# 26. wrong colour, email then Mastodon with a profile link
ie = "ilse.bakker@kpn.example"
im = "@ilsebakt@mastodon.nl"
a = mail(ie, "Ilse Bakker", "Verkeerde kleur keukenmachine",
         "Goedemiddag,\n\nIk heb de Kestrel keukenmachine in mintgroen besteld (bestelnr 41710) en er "
         "kwam een roze exemplaar. Hij moet passen bij de rest van de keuken, dus graag omruilen.\n\n"
         "Met vriendelijke groet,\nIlse Bakker", 46)
b = masto(im, "Ilse", "Ik mailde @bramblebybakes@kitchen.social woensdag al: roze keukenmachine gekregen "
          "ipv mintgroen. Nog steeds geen antwoord. Staat hier nu een roze ding in de gang te wachten 🙃",
          116, "nl", links=[ie])
S.same_person.append(["email:" + ie, "mastodon:" + im])
S.group("nl", "profile link", a, b)

# 27. cannot log in, Bluesky
mk = "mirjamkookt.bsky.social"
a = sky(mk, "Mirjam", "kan niet inloggen bij @bramblebybakes.bsky.social, \"onbekende fout\" na het "
        "invullen van wachtwoord. iemand anders ook?", 270, "nl")
b = sky(mk, "Mirjam", "nog steeds die onbekende fout bij het inloggen. wil m'n abonnement aanpassen "
        "maar dat kan dus niet", 318, "nl")
S.group("nl", "one identity", a, b)

# nl other-customer: the same coupon code fails for two people
a = masto("@daan@mastodon.nl", "Daan", "@bramblebybakes@kitchen.social de code MOEDERDAG werkt niet bij "
          "mij, 'ongeldige code'", 150, "nl")
b = sky("femkevdberg.bsky.social", "Femke van den Berg", "MOEDERDAG kortingscode doet het niet "
        "@bramblebybakes.bsky.social ?", 153, "nl")
S.negative("other-customer", a, b, "two customers, the same broken coupon code")

# nl window: Joost's parcel again, ten days later
d = mail(jd, "Joost de Vries", "Nog steeds geen pakket 41694",
         "Hallo, het is nu ruim tien dagen later en ik heb nog steeds geen pakket en geen geld "
         "terug. Dit duurt echt te lang.\nJoost de Vries", 330)
S.negative("window", b, d, "the same missing parcel again, more than 7 days later")

# nl other-complaint: Ilse, about something else
d = masto(im, "Ilse", "en de bezorger heeft de doos gewoon in de regen gezet, dus ook nog een "
          "natte doos. @bramblebybakes@kitchen.social", 118, "nl")
S.negative("other-complaint", b, d, "the wrong colour, then a parcel left in the rain")

# ---------------------------------------------------------------- Catalan

# 28. subscription box not arrived; the shop asks for the address; follow-up; repeat
ma = "marta.puig@vilaweb.example"
a = mail(ma, "Marta Puig", "La caixa de maig no ha arribat",
         "Bon dia,\n\nsoc subscriptora de la caixa mensual i la de maig encara no m'ha arribat. "
         "Normalment arriba el dia 5. Em podeu dir alguna cosa?\n\nGràcies,\nMarta", 124)
r = answer(a, "Bon dia Marta, ens pots confirmar l'adreça d'enviament? Volem comprovar que no hi "
           "hagi cap error.\n\nSalutacions, Laia", 130, "ca")
f = in_thread(a, r, ma, "Marta Puig", "Re: La caixa de maig no ha arribat",
              "C/ de Verdi 41, 2n 1a, 08012 Barcelona. Gràcies!", 131)
S.negative("follow-up", a, f, "gives the address the shop asked for")
b = in_thread(a, r, ma, "Marta Puig", "Re: La caixa de maig no ha arribat",
              "Hola Laia, ja us vaig enviar l'adreça i segueixo sense caixa. Ja portem una setmana "
              "de retard... que passa?", 198)
S.group("ca", "one identity", a, b)

# 29. broken tin, Mastodon then email, same name only
a = masto("@montse_forneja@mastodont.cat", "Montse Vila",
          "@bramblebybakes@kitchen.social m'ha arribat el motlle de plum-cake amb la cantonada "
          "esquerdada. comanda 41758", 208, "ca")
b = mail("montsevila62@gmail.example", "Montse Vila", "motlle trencat comanda 41758",
         "Bones,\nus ho vaig dir ahir per Mastodon pero no em contesteu. El motlle va arribar "
         "trencat, vull que me l'envieu nou o que em torneu els diners.\nMontse", 232)
S.same_person.append(["mastodon:@montse_forneja@mastodont.cat", "email:montsevila62@gmail.example"])
S.group("ca", "same name only", a, b)

# 30. refund not received, Bluesky
jr = "jordibrioixos.bsky.social"
a = sky(jr, "Jordi R.", "@bramblebybakes.bsky.social vaig tornar el kit de decorar fa 2 setmanes i "
        "encara no m'heu retornat els diners", 340, "ca")
b = sky(jr, "Jordi R.", "doncs res, seguim sense reemborsament del kit. 32 € que no tornen 🙄", 386, "ca")
S.group("ca", "one identity", a, b)
d = sky(jr, "Jordi R.", "ah, i la factura de la comanda nova diu 3 unitats de farina i en vaig "
        "comprar 2 @bramblebybakes.bsky.social", 392, "ca")
S.negative("other-complaint", a, d, "the refund, then an invoice with the wrong quantity")

# ---------------------------------------------------------------- one-off questions

mail("alice.morgan@outlook.example", "Alice Morgan", "Gluten free flour",
     "Hi, do you sell a gluten free bread flour blend, or only the plain GF one? Thanks, Alice", 3)
masto("@bakerboy@mastodon.social", "Luke", "@bramblebybakes@kitchen.social do you ship to Ireland?", 27, "en")
sky("hollyjane.bsky.social", "Holly", "does the Kestrel mixer come with a pouring shield? "
    "@bramblebybakes.bsky.social", 58, "en")
mail("r.osei@mail.example", "Richard Osei", "Gift card",
     "Hello, can I buy a gift card for the baking box and have it emailed to my sister on her "
     "birthday (the 19th)?\nRichard", 190)
mail("carmen.ortiz@correo.example", "Carmen Ortiz", "Consulta moldes",
     "Hola, ¿los moldes de silicona se pueden meter en el lavavajillas? Gracias", 40)
sky("elpanadero.bsky.social", "Álvaro", "tenéis masa madre deshidratada? no la encuentro en la web "
    "@bramblebybakes.bsky.social", 250, "es")
masto("@backliese@mastodon.social", "Liese", "@bramblebybakes@kitchen.social Gibt es das Tortenring-Set "
      "auch in 30 cm? Danke!", 80, "de")
mail("m.hoffmann@web.example", "Markus Hoffmann", "Versand nach Österreich",
     "Hallo, liefert ihr auch nach Österreich und was kostet der Versand? Gruß Markus", 280)
mail("julie.mercier@gmail.example", "Julie Mercier", "Question farine",
     "Bonjour, votre farine T65 convient-elle pour le pain au levain ? Merci d'avance, Julie", 95)
sky("chouquette.bsky.social", "Manon", "vous avez des poches à douille réutilisables ? "
    "@bramblebybakes.bsky.social", 320, "fr")
masto("@joao_pao@masto.pt", "João", "@bramblebybakes@kitchen.social vocês enviam para o Brasil?", 112, "pt")
mail("lorenzo.bianchi@tiscali.example", "Lorenzo Bianchi", "Info abbonamento",
     "Salve, posso mettere in pausa l'abbonamento per agosto senza cancellarlo? Grazie, Lorenzo", 205)
sky("dolcetta.bsky.social", "Chiara", "la planetaria Kestrel ha la spina italiana o serve un "
    "adattatore? @bramblebybakes.bsky.social", 350, "it")
masto("@sanne@mastodon.nl", "Sanne", "@bramblebybakes@kitchen.social hebben jullie ook "
      "glutenvrije bloem op voorraad?", 230, "nl")
mail("pere.soler@xtec.example", "Pere Soler", "Pregunta sobre la caixa",
     "Hola, la caixa mensual porta receptes en català o només en anglès? Gràcies, Pere", 270)
masto("@neus@mastodont.cat", "Neus", "@bramblebybakes@kitchen.social teniu motlles de panellets?", 360, "ca")

S.write(HERE, "Repeats in other words at a small shop for baking supplies and kitchenware, "
        "eight languages, three channels; written without sight of the detector or its lexicon. "
        "The labels say what a person reading the posts would say.")
