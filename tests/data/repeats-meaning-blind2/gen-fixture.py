#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A held-out labelled set of repeats in other words: measured, never tuned on.

The posts are what customers of Hoji & Hopper, a small online tea and coffee
shop (loose-leaf teas, matcha, single-origin beans, the Hopper V2 dripper, the
Mill 40 hand grinder, the Swan 0.8 kettle and the monthly Brew Box), write to
it by email, on Mastodon and on Bluesky over about three weeks, in eight
languages: en, es, de, fr, pt, it, nl and ca.

The set was written without sight of the detector, of its lexicon or of the
other labelled sets. The labels say what a person reading the posts would
say: a repeat is the same customer raising the same complaint again within
seven days, usually in other words. The labels were never edited to fit the
detector.

It holds 30 true repeat groups (25 pairs and 5 triples), 10 of them across
two channels (5 where the later post's author links the other identity, 5
where only the display name is the same), labelled negatives of four kinds
(follow-up, other-complaint, other-customer, window), the shop's answers and
one-off questions from other customers.

Run it to write fixture.jsonl and labels.json next to it; the output is
deterministic.
"""
import os
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 10, 19, 6, 30, 0, tzinfo=timezone.utc)

S = LabelledSet(BASE, "tc", "hello@hojihopper.example", "hojihopper@mastodon.online",
                "hojihopper.bsky.social", "Hoji & Hopper")
rid = S.rid
M = "@hojihopper@mastodon.online"
B = "@hojihopper.bsky.social"


def mail(addr, name, subject, text, hours, lang, links=None, thread=None, in_reply_to=None):
    return S.add("email", addr, text, hours, lang=lang, subject=subject, name=name, links=links,
                 thread=thread, in_reply_to=in_reply_to)


def masto(handle, name, text, hours, lang, links=None, thread=None, in_reply_to=None):
    return S.add("mastodon", handle, text, hours, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=in_reply_to)


def bsky(handle, name, text, hours, lang, links=None, thread=None, in_reply_to=None):
    return S.add("bluesky", handle, text, hours, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=in_reply_to)


def answer(channel, text, hours, to, lang, thread=None):
    return S.reply(channel, text, hours, rid(to), thread or rid(to), lang)


# ---------------------------------------------------------------- English

# Late delivery: mail, a non-committal answer, an answer in the thread, a new mail.
e1a = mail("rachel.okafor@mailbox.example", "Rachel Okafor", "Order #41230 - where is it?",
           "Hi there,\n\nI ordered the Hopper V2 dripper and two bags of the Huila washed on the 9th "
           "(order #41230) and the tracking page hasn't moved since it said 'label created' last "
           "Tuesday. Your site says 2-3 working days. Could you check what's going on?\n\n"
           "Thanks,\nRachel", 2, "en")
e1r = answer("email", "Hi Rachel,\n\nThanks for getting in touch and sorry for the wait! We're looking "
             "into this with the courier and will get back to you as soon as we hear anything.\n\n"
             "Best,\nMo @ Hoji & Hopper", 7, e1a, "en")
e1b = mail("rachel.okafor@mailbox.example", "Rachel Okafor", "Re: Order #41230 - where is it?",
           "Hi Mo,\n\nIt's been two days since you said you'd look into it and tracking STILL says label "
           "created. Has it actually been sent or not?? Honestly if it's lost I'd rather just have my "
           "money back at this point.\n\nRachel", 52, "en", thread=rid(e1a), in_reply_to=rid(e1r))
e1c = mail("rachel.okafor@mailbox.example", "Rachel Okafor", "41230",
           "Third time asking. No parcel, no update, no reply.\n\nPlease either ship it or refund me.\n\n"
           "R. Okafor\n\nSent from my phone", 101, "en")
S.group("en", "one identity", e1a, e1b, e1c)
e1d = mail("rachel.okafor@mailbox.example", "Rachel Okafor", "Invoice for 41230",
           "Hi,\n\nParcel finally turned up yesterday, thanks. One thing though - the invoice in the box "
           "has my old Bristol address on it and I need it for my expenses claim. Could you send a "
           "corrected one to 14 Cotham Vale, Bristol BS6 6HR?\n\nCheers,\nRachel", 140, "en")
S.negative("other-complaint", e1a, e1d, "same order, first late delivery, then a wrong address on the invoice")

# "Delivered" but not received, Mastodon then Bluesky; the Bluesky profile links the Mastodon one.
e2a = masto("thecoffeegoblin@mastodon.social", "Dev 🦇",
            M + " hey, tracking says delivered at 11:42 today, 'left in safe place'. there is no safe "
            "place. there is no parcel. checked the bins, the neighbours, the recycling. it was a "
            "birthday present for my partner so uh. help?", 30, "en")
e2b = bsky("devpatel.bsky.social", "Dev Patel",
           "trying here as well since nobody answered on mastodon - my parcel was marked delivered on "
           "tuesday and never showed up. Mill 40 grinder, order 41267. birthday is saturday 🙃 " + B,
           75, "en", links=["thecoffeegoblin@mastodon.social"])
S.group("en", "profile link", e2a, e2b)
S.same_person.append(["mastodon:thecoffeegoblin@mastodon.social", "bluesky:devpatel.bsky.social"])

# Coupon not applied, Bluesky.
e3a = bsky("hannahbrews.bsky.social", "Hannah",
           "tried to use AUTUMN15 from your newsletter on the genmaicha + tin bundle and checkout just "
           "says 'code not valid'. the newsletter literally came this morning?? " + B, 120, "en")
e3b = bsky("hannahbrews.bsky.social", "Hannah",
           B + " so is AUTUMN15 a real code or was the newsletter a prank 😅 still 'not valid'",
           146, "en")
S.group("en", "one identity", e3a, e3b)

# Double charge, mail then Mastodon, same display name only.
e4a = mail("g.whitfield@btinternet.example", "Graham Whitfield", "Charged twice",
           "Hello,\n\nI placed one order this morning (250g Sidamo and a pack of the paper filters) but my "
           "banking app shows two payments of £23.40 to Hoji & Hopper. I only received one confirmation "
           "email. Please refund the duplicate payment.\n\nRegards\nGraham Whitfield", 200, "en")
e4b = masto("gwhitfield@mastodon.scot", "Graham Whitfield",
            M + " Emailed you on Tuesday about taking my money twice. £46.80 out of my account for a "
            "£23.40 order and not a word back. Not impressed.", 248, "en")
S.group("en", "same name only", e4a, e4b)
S.same_person.append(["email:g.whitfield@btinternet.example", "mastodon:gwhitfield@mastodon.scot"])

# Subscription cancelled but still billed, mail, the second one answers her own.
e5a = mail("priya.n@fastmail.example", "Priya Nair", "Brew Box cancelled but charged again",
           "Hi,\n\nI cancelled my Brew Box at the end of September (I've got the confirmation email, "
           "dated 28 Sept) but you've just taken another £18.00 for November.\n\nCan you refund it and "
           "make sure the subscription is actually switched off this time?\n\nThanks\nPriya", 260, "en")
e5b = mail("priya.n@fastmail.example", "Priya Nair", "Re: Brew Box cancelled but charged again",
           "Following up on my email on Thursday. Still no refund of the £18, for a subscription I "
           "cancelled a month ago. Love that cancelling is apparently optional 🙂\n\nPriya",
           330, "en", thread=rid(e5a), in_reply_to=rid(e5a))
S.group("en", "one identity", e5a, e5b)

# Follow-up: the shop asks for the order number.
fu1a = mail("jake.m@outlook.example", "Jake Morrison", "Parcel?",
            "hey, ordered some bits last week and nothing's arrived yet, any idea when it'll come?\n\nJake",
            12, "en")
fu1r = answer("email", "Hi Jake,\n\nSorry about that! Could you send us your order number so we can "
              "check with the courier?\n\nThanks,\nMo", 15, fu1a, "en")
fu1b = mail("jake.m@outlook.example", "Jake Morrison", "Re: Parcel?",
            "oh yeah sorry - it's #41291\n\nSent from my iPhone", 17, "en",
            thread=rid(fu1a), in_reply_to=rid(fu1r))
S.negative("follow-up", fu1a, fu1b, "gives the order number the shop asked for")

# Other customers: checkout down for everybody.
ok1a = bsky("mirandakw.bsky.social", "Miranda",
            "is hojihopper's site down for anyone else? been trying to pay for 20 min, spinner of doom "
            "then 'something went wrong'", 280, "en")
ok1b = masto("olliebeans@fosstodon.org", "Ollie",
             M + " checkout throws a 500 on the payment step, tried firefox and chrome. wanted to grab "
             "the decaf before it sells out 😩", 281, "en")
S.negative("other-customer", ok1a, ok1b, "two customers hit the same checkout outage")

# Other customers: two Sam Taylors waiting for a refund.
ok4a = mail("sam.taylor84@gmail.example", "Sam Taylor", "Refund for returned kettle",
            "Hi,\n\nI sent back the Swan 0.8 kettle (order 41420) on the 21st and Royal Mail shows you "
            "signed for it on the 24th, but no refund yet. Can you let me know when to expect it?\n\n"
            "Thanks,\nSam", 300, "en")
ok4b = bsky("samtaylor.bsky.social", "Sam Taylor",
            B + " hiya, sent back a tin of hojicha that arrived split open (order 41398), still waiting "
            "on the refund - any news? happy to wait just want to know it's in hand x", 310, "en")
S.negative("other-customer", ok4a, ok4b, "two different people called Sam Taylor, different orders")
S.same_name_different_people.append(["email:sam.taylor84@gmail.example", "bluesky:samtaylor.bsky.social"])

# Window: the password reset mail again, ten days later.
w1a = masto("lindsayreads@mastodon.social", "Lindsay",
            M + " the password reset email never arrives. checked spam. tried twice. can't log in to "
            "change my delivery address 😕", 20, "en")
w1b = masto("lindsayreads@mastodon.social", "Lindsay",
            M + " ...aaand I'm locked out again. reset link never turns up. is it me??", 262, "en")
S.negative("window", w1a, w1b, "the same login problem again ten days later")

# ---------------------------------------------------------------- Spanish

# Refund not received, mail thread after a non-committal answer.
s1a = mail("mjose.garrido@correo.example", "María José Garrido", "Reembolso pedido 41877",
           "Hola buenas,\n\nDevolví el hervidor Swan hace ya dos semanas (pedido nº 41877), me llegó el "
           "correo de que lo habíais recibido el día 14 pero el dinero sigue sin aparecer en la "
           "tarjeta. ¿Me podéis decir algo?\n\nGracias,\nMª José", 40, "es")
s1r = answer("email", "Hola María José,\n\nGracias por escribirnos. Lo estamos revisando con el "
             "departamento de pagos y te decimos algo en cuanto sepamos más.\n\nUn saludo,\n"
             "Lucía - Hoji & Hopper", 44, s1a, "es")
s1b = mail("mjose.garrido@correo.example", "María José Garrido", "RE: Reembolso pedido 41877",
           "Hola Lucía,\n\nPues han pasado tres días y sigo igual, ni rastro de los 64,90€. No es por ser "
           "pesada pero es bastante dinero. ¿Cuándo me lo vais a devolver?\n\nMª José",
           120, "es", thread=rid(s1a), in_reply_to=rid(s1r))
S.group("es", "one identity", s1a, s1b)

# Damaged grinder, Bluesky; later a different complaint about shipping costs.
s2a = bsky("pabloencasa.bsky.social", "Pablo 🌵",
           "Me ha llegado el molinillo Mill 40 con la manivela doblada y la tapa rajada. La caja venía "
           "aplastada por un lado, vamos que el repartidor jugó al fútbol con ella. " + B + " qué hago?",
           60, "es")
s2b = bsky("pabloencasa.bsky.social", "Pablo 🌵",
           B + " sigo esperando respuesta sobre el molinillo que llegó hecho polvo. Ni un 'lo "
           "sentimos'. Genial.", 110, "es")
S.group("es", "one identity", s2a, s2b)
s2c = bsky("pabloencasa.bsky.social", "Pablo 🌵",
           B + " otra cosa: me cobrasteis 4,95 de envío cuando en la web pone envío gratis a partir de "
           "40€ y el pedido era de 52. Me lo podéis revisar?", 150, "es")
S.negative("other-complaint", s2a, s2c, "damaged grinder, then shipping charged on an order over the free-shipping limit")

# Expired matcha, mail then Mastodon; the Mastodon profile links the mail address.
s3a = mail("anaruizp@correo.example", "Ana Ruiz", "Matcha caducado",
           "Hola,\n\nAcabo de abrir la lata de matcha ceremonial que pedí (pedido 41633) y la fecha de "
           "consumo preferente es de agosto de 2026. Ya ha pasado. Además el color es más bien verde "
           "oliva, nada que ver con la foto. Para lo que cuesta (29€) me parece fatal.\n\nQuiero que me "
           "lo cambiéis o me devolváis el dinero.\n\nAna Ruiz Pereda", 170, "es")
s3b = masto("anaruiz@masto.es", "Ana",
            M + " os escribí anteayer por correo y nada. Me vendisteis un matcha caducado desde agosto, ¿en "
            "serio? A ver si por aquí me hacéis más caso", 215, "es", links=["anaruizp@correo.example"])
S.group("es", "profile link", s3a, s3b)
S.same_person.append(["email:anaruizp@correo.example", "mastodon:anaruiz@masto.es"])

# Wrong item, three mails.
s4a = mail("fer.castillo@correo.example", "Fernando Castillo", "Pedido equivocado",
           "Buenas tardes.\n\nHe recibido hoy mi pedido #41902 y en vez de hojicha tostado me habéis "
           "mandado genmaicha (2 bolsas de 100g). El albarán pone hojicha pero lo de dentro no.\n\n"
           "Un saludo.\nFernando Castillo", 330, "es")
s4b = mail("fer.castillo@correo.example", "Fernando Castillo", "Re: Pedido equivocado",
           "Hola? alguien lee esto? tengo dos bolsas de genmaicha que no pedi y sigo sin el hojicha",
           354, "es", thread=rid(s4a), in_reply_to=rid(s4a))
s4c = mail("fer.castillo@correo.example", "Fernando Castillo", "RECLAMACIÓN pedido 41902",
           "Es la tercera vez que escribo. Pedí hojicha, me llegó genmaicha. Quiero que me enviéis lo "
           "que pagué o que me devolváis el importe. Si esta semana no tengo respuesta pondré una "
           "reclamación en Consumo.\n\nFernando Castillo Ruiz", 402, "es")
S.group("es", "one identity", s4a, s4b, s4c)

# Follow-up: the photo he forgot.
fu4a = mail("sergio.pm@correo.example", "Sergio P.", "Taza rota",
            "Hola, la taza de cerámica del pack regalo ha llegado partida en dos. Pedido 41710. ¿Me "
            "mandáis otra?\n\nSergio", 90, "es")
fu4b = mail("sergio.pm@correo.example", "Sergio P.", "Re: Taza rota",
            "PD: se me olvidó adjuntar la foto, ahí va. La caja por fuera estaba perfecta, así que "
            "imagino que se rompió dentro porque iba suelta sin papel ni nada.", 90.2, "es",
            thread=rid(fu4a), in_reply_to=rid(fu4a))
S.negative("follow-up", fu4a, fu4b, "PS with the photo and a detail about the packing")

# Other customers: two Laura Martíns with broken items.
ok3a = mail("laura.martin.sanz@correo.example", "Laura Martín", "Tetera rota",
            "Hola,\n\nLa tetera de hierro fundido me ha llegado con el asa suelta, se sale al cogerla. "
            "Pedido 41688. Os mando foto si hace falta.\n\nSaludos desde Valladolid,\nLaura", 220, "es")
ok3b = bsky("lauramartin.bsky.social", "Laura Martín",
            B + " mi pedido ha llegado con el tarro de cristal hecho añicos, había cristales por todo "
            "el té 😭 pedido 41705", 240, "es")
S.negative("other-customer", ok3a, ok3b, "two different people called Laura Martín, different orders and items")
S.same_name_different_people.append(["email:laura.martin.sanz@correo.example", "bluesky:lauramartin.bsky.social"])

# ---------------------------------------------------------------- German

# Password reset mail never arrives; later a different complaint about the newsletter.
d1a = mail("k.brandstetter@web.example", "Katrin Brandstetter", "Passwort zurücksetzen funktioniert nicht",
           "Hallo,\n\nich versuche seit gestern, mein Passwort zurückzusetzen, aber die E-Mail mit dem Link "
           "kommt einfach nicht an (auch nicht im Spam). So komme ich nicht in mein Kundenkonto und kann "
           "meine Bestellungen nicht sehen.\n\nViele Grüße\nKatrin Brandstetter", 8, "de")
d1b = mail("k.brandstetter@web.example", "Katrin Brandstetter", "Immer noch kein Login",
           "Hallo nochmal,\n\nich komm weiterhin nicht in mein Konto. Die Reset-Mail kommt nicht, habs "
           "jetzt 5x probiert. Könnt ihr das bitte von Hand machen?\n\nGruß\nK. Brandstetter", 58, "de")
S.group("de", "one identity", d1a, d1b)
d1c = mail("k.brandstetter@web.example", "Katrin Brandstetter", "Newsletter abbestellen",
           "Hallo,\n\nder Login klappt jetzt, danke. Aber ich bekomme trotz Abmeldung jeden zweiten Tag "
           "euren Newsletter - der Abmeldelink führt auf eine Fehlerseite. Bitte nehmt mich aus dem "
           "Verteiler.\n\nDanke\nKatrin B.", 130, "de")
S.negative("other-complaint", d1a, d1c, "login problem, then a newsletter she cannot unsubscribe from")

# Lost parcel, Bluesky then mail; the mail's author links the Bluesky handle.
d2a = bsky("mxwllr.bsky.social", "Max",
           "Hey " + B + ", meine Bestellung hängt seit 6 Tagen im DHL-Paketzentrum Aschheim fest. "
           "Sendungsnummer endet auf ...5902. Kann man da was machen? Der Kaffee wird ja nicht frischer 😬",
           95, "de")
d2b = mail("max.weller@posteo.example", "Max Weller", "Paket verschollen - Bestellung 41355",
           "Hallo Hoji & Hopper-Team,\n\nich hatte euch schon auf Bluesky geschrieben: mein Paket "
           "(Bestellung 41355, DHL 00340434161094015902) liegt seit über einer Woche in Aschheim und "
           "bewegt sich nicht. Ich gehe inzwischen davon aus, dass es verloren gegangen ist. Könnt ihr "
           "bitte einen Nachforschungsauftrag stellen oder neu schicken?\n\nBeste Grüße\nMax Weller",
           140, "de", links=["mxwllr.bsky.social"])
S.group("de", "profile link", d2a, d2b)
S.same_person.append(["bluesky:mxwllr.bsky.social", "email:max.weller@posteo.example"])

# Checkout crashes, Mastodon, three posts.
d3a = masto("tobi_k@chaos.social", "Tobi",
            M + " eure Seite stürzt bei mir jedes Mal ab, wenn ich auf 'Zur Kasse' gehe. Firefox auf "
            "Android, weißer Bildschirm. Will doch nur meine Bohnen kaufen.", 180, "de")
d3r = answer("mastodon", "@tobi_k@chaos.social Danke für den Hinweis! Wir schauen uns das an.",
             190, d3a, "de")
d3b = masto("tobi_k@chaos.social", "Tobi",
            M + " immer noch: Warenkorb → Kasse → weiße Seite. Auch mit Chrome. Jemand da?",
            205, "de", thread=rid(d3a), in_reply_to=rid(d3r))
d3c = masto("tobi_k@chaos.social", "Tobi",
            "Tag 4 ohne funktionierende Kasse bei " + M + ". Hab jetzt woanders bestellt. Schade "
            "eigentlich.", 262, "de")
S.group("de", "one identity", d3a, d3b, d3c)

# Invoice error, Mastodon then Bluesky, same display name only.
d4a = masto("frauhinz@norden.social", "Birgit Hinz",
            M + " Auf meiner Rechnung RE-2026-1187 fehlt der Firmenname (Café Hinz GbR) und die MwSt "
            "ist mit 19 % statt 7 % ausgewiesen - bei Kaffee? So kann ich die nicht verbuchen. Bitte "
            "korrigieren.", 350, "de")
d4b = bsky("birgithinz.bsky.social", "Birgit Hinz",
           B + " Rechnung stimmt immer noch nicht. 19% auf Kaffeebohnen und kein Firmenname drauf. Mein "
           "Steuerberater lacht sich kaputt.", 400, "de")
S.group("de", "same name only", d4a, d4b)
S.same_person.append(["mastodon:frauhinz@norden.social", "bluesky:birgithinz.bsky.social"])

# Follow-up: the photos the shop asked for.
fu2a = mail("j.oberhuber@gmx.example", "Josef Oberhuber", "Wasserkocher defekt angekommen",
            "Grüß Gott,\n\nder Swan 0.8 Wasserkocher ist heute gekommen, hat aber eine Delle am Ausguss "
            "und der Deckel schließt nicht mehr richtig. Bestellnummer 41733.\n\nMfg\nJ. Oberhuber",
            250, "de")
fu2r = answer("email", "Hallo Herr Oberhuber,\n\ndas tut uns leid! Könnten Sie uns bitte ein, zwei Fotos "
              "von der Delle und vom Deckel schicken? Dann klären wir das mit dem Versanddienstleister.\n\n"
              "Viele Grüße\nMo von Hoji & Hopper", 255, fu2a, "de")
fu2b = mail("j.oberhuber@gmx.example", "Josef Oberhuber", "AW: Wasserkocher defekt angekommen",
            "Anbei die Fotos. Auf dem zweiten sieht man, dass der Karton an der Ecke eingedrückt war.\n\n"
            "Mfg\nOberhuber", 270, "de", thread=rid(fu2a), in_reply_to=rid(fu2r))
S.negative("follow-up", fu2a, fu2b, "sends the photos the shop asked for")

# Other customers: two subscribers whose October Brew Box is late.
ok5a = masto("lena_liest@troet.cafe", "Lena",
             M + " kommt die Oktober-Brew-Box noch? Normalerweise ist sie um den 15. da, diesmal ist "
             "nix gekommen 🥲", 30, "de")
ok5b = bsky("henningbrueht.bsky.social", "Henning",
            "Meine Brew Box von " + B + " ist auch noch nicht da. Sonst immer pünktlich. Geht das "
            "anderen Abonnenten auch so?", 34, "de")
S.negative("other-customer", ok5a, ok5b, "two subscribers, the same late monthly box")

# Window: the same late order again nine days later.
w2a = mail("ralf.kuester@t-online.example", "Ralf Küster", "Lieferung",
           "Guten Tag,\n\nmeine Bestellung 41301 vom 12.10. ist immer noch nicht da. Wann kommt die?\n\n"
           "MfG\nR. Küster", 100, "de")
w2b = mail("ralf.kuester@t-online.example", "Ralf Küster", "Lieferung 41301",
           "Guten Tag,\n\nBestellung 41301 ist weiterhin nicht geliefert. Ich warte jetzt fast drei "
           "Wochen.\n\nMfG\nRalf Küster", 315, "de")
S.negative("window", w2a, w2b, "the same late order again nine days later")

# ---------------------------------------------------------------- French

# "Delivered" but not received: mail, non-committal answer, answer in the thread, new mail.
f1a = mail("claire.benhamou@orange.example", "Claire Benhamou", "Colis indiqué livré mais jamais reçu",
           "Bonjour,\n\nLe suivi Colissimo de ma commande n° 41502 indique « livré » depuis hier 14h, mais "
           "je n'ai rien reçu : rien dans la boîte aux lettres, pas d'avis de passage, et la gardienne "
           "n'a rien vu non plus.\nPouvez-vous ouvrir une enquête auprès de La Poste ?\n\n"
           "Cordialement,\nClaire Benhamou", 14, "fr")
f1r = answer("email", "Bonjour Claire,\n\nMerci pour votre message. Nous regardons cela avec le "
             "transporteur et revenons vers vous rapidement.\n\nBien à vous,\nL'équipe Hoji & Hopper",
             20, f1a, "fr")
f1b = mail("claire.benhamou@orange.example", "Claire Benhamou",
           "RE: Colis indiqué livré mais jamais reçu",
           "Bonjour,\n\n« Rapidement »… ça fait deux jours et toujours rien, ni colis ni nouvelles. J'ai "
           "payé 38 € pour un colis fantôme. Merci de me dire concrètement ce qui est fait.\n\n"
           "C. Benhamou", 70, "fr", thread=rid(f1a), in_reply_to=rid(f1r))
f1c = mail("claire.benhamou@orange.example", "Claire Benhamou", "cde 41502 toujours pas reçue",
           "Bonjour, je relance encore pour ma cde 41502, soi-disant livrée le 18, que je n'ai jamais "
           "eue. Sans réponse de votre part d'ici vendredi je fais opposition auprès de ma banque.\n"
           "Claire B.", 118, "fr")
S.group("fr", "one identity", f1a, f1b, f1c)

# Missing part, Bluesky.
f2a = bsky("juliendrt.bsky.social", "Julien",
           B + " reçu la théière en verre 600 ml mais... sans le filtre inox. Du coup c'est juste une "
           "carafe 😅 c normal ?", 160, "fr")
f2b = bsky("juliendrt.bsky.social", "Julien",
           "toujours pas de filtre pour ma théière ni de réponse " + B + ". je fais infuser comment, "
           "à la passoire ?", 212, "fr")
S.group("fr", "one identity", f2a, f2b)

# Refund after a return, Mastodon then mail; the mail's author links the Mastodon handle.
f3a = masto("amelie_cz@piaille.fr", "Amélie",
            M + " bonjour, j'ai renvoyé le moulin Mill 40 il y a 15 jours (reçu chez vous d'après le "
            "suivi) et je n'ai toujours pas été remboursée. Vous pouvez regarder ?", 280, "fr")
f3b = mail("amelie.chauvin@laposte.example", "Amélie Chauvin", "Remboursement moulin - commande 41588",
           "Bonjour,\n\nJe vous ai déjà écrit sur Mastodon avant-hier, sans réponse. J'attends toujours "
           "le remboursement du moulin Mill 40 (commande 41588, 89,00 €) que je vous ai retourné à la "
           "mi-octobre. Le colis a été réceptionné chez vous le 22/10 d'après le suivi.\n\nMerci de "
           "procéder au remboursement.\n\nAmélie Chauvin", 330, "fr", links=["amelie_cz@piaille.fr"])
S.group("fr", "profile link", f3a, f3b)
S.same_person.append(["mastodon:amelie_cz@piaille.fr", "email:amelie.chauvin@laposte.example"])

# Rude courier, Mastodon.
f4a = masto("gaspard@mamot.fr", "Gaspard L.",
            M + " petit retour : votre livreur (Chronopost je crois) m'a littéralement balancé le colis "
            "par-dessus le portail en criant « j'ai pas que ça à faire ». Le café est intact, le livreur "
            "beaucoup moins aimable. Vous pouvez faire remonter ?", 300, "fr")
f4b = masto("gaspard@mamot.fr", "Gaspard L.",
            "Bon, aucune réaction de " + M + " sur le livreur qui lance les colis par-dessus les "
            "portails et envoie balader les gens. Je suppose que ça vous va.", 340, "fr")
S.group("fr", "one identity", f4a, f4b)

# Follow-up: the batch number the shop asked for.
fu3a = mail("m.lefebvre@free.example", "Marc Lefebvre", "Goût bizarre du sencha",
            "Bonjour,\n\nLe sencha Uji que j'ai reçu a un goût de carton / de vieux, rien à voir avec le "
            "paquet précédent. Les feuilles sont plus brunes aussi. Commande 41760.\n\nMarc", 360, "fr")
fu3r = answer("email", "Bonjour Marc,\n\nDésolés pour cela. Pourriez-vous nous indiquer le numéro de lot "
              "imprimé au dos du sachet ? Nous allons vérifier ce lot.\n\nBien cordialement,\n"
              "L'équipe Hoji & Hopper", 366, fu3a, "fr")
fu3b = mail("m.lefebvre@free.example", "Marc Lefebvre", "Re: Goût bizarre du sencha",
            "Voilà : lot L2609-14, DLUO 03/2027. Le sachet était bien fermé.\n\nMarc", 371, "fr",
            thread=rid(fu3a), in_reply_to=rid(fu3r))
S.negative("follow-up", fu3a, fu3b, "gives the batch number the shop asked for")

# Other complaint: late parcel, then the welcome code not deducted.
oc4a = mail("nadia.h@sfr.example", "Nadia Haddad", "Retard de livraison",
            "Bonjour,\n\nMa commande 41611 devait arriver mardi, toujours rien. Vous avez des nouvelles ?\n\n"
            "Merci,\nNadia", 224, "fr")
oc4b = mail("nadia.h@sfr.example", "Nadia Haddad", "Code de bienvenue",
            "Re-bonjour,\n\nLe colis est enfin arrivé, merci. Par contre en regardant la facture je vois "
            "que le code BIENVENUE10 n'a pas été déduit alors qu'il était bien accepté au panier. "
            "Pouvez-vous me rembourser la différence (4,20 €) ?\n\nNadia", 262, "fr")
S.negative("other-complaint", oc4a, oc4b, "late parcel, then a welcome discount missing from the total")

# ---------------------------------------------------------------- Portuguese

# Double charge, two mails; later a different complaint (a broken cup).
p1a = mail("camila.rocha@sapo.example", "Camila Rocha", "cobrança duplicada",
           "Olá, boa tarde.\n\nFiz uma encomenda ontem (nº 41544) e no extrato aparecem dois movimentos "
           "de 31,70 €. Só fiz uma compra! Podem verificar e devolver o valor cobrado a mais?\n\n"
           "Obrigada,\nCamila Rocha", 45, "pt")
p1b = mail("camila.rocha@sapo.example", "Camila Rocha", "Pagamento em duplicado - enc. 41544",
           "Boa tarde,\n\nVolto a escrever porque continuo com os dois débitos de 31,70€ na conta e "
           "ninguém me respondeu. Agradeço uma resposta.\n\nCumprimentos,\nCamila", 96, "pt")
S.group("pt", "one identity", p1a, p1b)
p1c = mail("camila.rocha@sapo.example", "Camila Rocha", "Chávena partida",
           "Olá,\n\nA encomenda 41544 chegou hoje mas uma das chávenas de porcelana veio partida, o "
           "papel de embrulho estava todo solto. Envio foto em anexo. Podem mandar outra?\n\nCamila",
           150, "pt")
S.negative("other-complaint", p1a, p1c, "double charge, then a cup broken in the same order")

# Return label not received, mail then Bluesky; the Bluesky profile links the mail address.
p2a = mail("ricardo.m.sousa@sapo.example", "Ricardo Sousa", "Etiqueta de devolução",
           "Bom dia,\n\nPedi a devolução do moinho manual pelo formulário do site no dia 26 e recebi a "
           "confirmação, mas a etiqueta de envio que ia chegar por email nunca chegou. Já vi no spam. "
           "Encomenda 41650.\n\nCumprimentos,\nRicardo Sousa", 230, "pt")
p2b = bsky("ricsousa.bsky.social", "Ricardo",
           B + " boas, mandei email há dois dias e nada: continuo sem a etiqueta de devolução p/ o "
           "moinho. O prazo de devolução está a acabar e não quero ficar prejudicado por isso.",
           290, "pt", links=["ricardo.m.sousa@sapo.example"])
S.group("pt", "profile link", p2a, p2b)
S.same_person.append(["email:ricardo.m.sousa@sapo.example", "bluesky:ricsousa.bsky.social"])

# Late delivery, Bluesky, three posts.
p3a = bsky("thaisfernandes.bsky.social", "Thaís",
           B + " oi! meu pedido 41870 foi enviado dia 28 e o rastreio tá parado em 'em trânsito' há "
           "uma semana. vcs sabem de algo?", 380, "pt")
p3b = bsky("thaisfernandes.bsky.social", "Thaís",
           "gente, e meu pedido?? " + B + " nada de atualização ainda", 420, "pt")
p3c = bsky("thaisfernandes.bsky.social", "Thaís",
           "oficialmente desisti de esperar meu chá da " + B + " 🫠 quase 2 semanas parado e ninguém "
           "responde", 470, "pt")
S.group("pt", "one identity", p3a, p3b, p3c)

# Coupon rejected, Mastodon.
p4a = masto("joanaalves@masto.pt", "Joana Alves",
            M + " o código BEMVINDO10 não está a ser aceite no checkout, diz 'código expirado'. "
            "Recebi-o ontem quando criei conta...", 140, "pt")
p4b = masto("joanaalves@masto.pt", "Joana Alves",
            M + " então, e o desconto? Continua a dar expirado. Assim não dá vontade nenhuma de "
            "comprar.", 165, "pt")
S.group("pt", "one identity", p4a, p4b)

# Window: the app closes when the cart opens, again twelve days later.
w3a = masto("brunocafe@mastodon.com.br", "Bruno",
            M + " o app de vocês fecha sozinho toda vez que abro o carrinho. iPhone 13, iOS atualizado.",
            60, "pt")
w3b = masto("brunocafe@mastodon.com.br", "Bruno",
            M + " o app voltou a fechar quando abro o carrinho. de novo. iphone 13.", 350, "pt")
S.negative("window", w3a, w3b, "the same app crash again twelve days later")

# ---------------------------------------------------------------- Italian

# Wrong colour, mail thread after a non-committal answer; later a different complaint.
i1a = mail("giulia.ferraro@libero.example", "Giulia Ferraro", "Colore sbagliato bollitore",
           "Buongiorno,\n\nho ordinato il bollitore Swan 0.8 nero opaco (ordine 41377) e mi è arrivato "
           "quello bianco. Era un regalo per mio padre quindi ci tenevo al nero. Come posso fare per il "
           "cambio?\n\nGrazie mille\nGiulia", 25, "it")
i1r = answer("email", "Ciao Giulia,\n\ngrazie per averci scritto e scusa per il disguido! Stiamo "
             "verificando con il magazzino e ti facciamo sapere al più presto.\n\nUn saluto,\n"
             "Lucía - Hoji & Hopper", 30, i1a, "it")
i1b = mail("giulia.ferraro@libero.example", "Giulia Ferraro", "R: Colore sbagliato bollitore",
           "Salve,\n\nvi riscrivo perché non ho più saputo niente. Il bollitore bianco è ancora qui nella "
           "scatola, mi dite se lo devo rispedire o cosa? Il compleanno è domenica...\n\nGiulia Ferraro",
           78, "it", thread=rid(i1a), in_reply_to=rid(i1r))
S.group("it", "one identity", i1a, i1b)

# Subscription cancelled but billed, mail then Bluesky, same display name only.
i2a = mail("marco.bellini@gmail.example", "Marco Bellini", "abbonamento disdetto ma addebitato",
           "Salve,\nho disdetto l'abbonamento Brew Box il 10 ottobre (ho la mail di conferma) ma oggi mi "
           "sono stati addebitati di nuovo 21€. Vorrei il rimborso.\n\nMarco Bellini", 265, "it")
i2b = bsky("marcobellini.bsky.social", "Marco Bellini",
           B + " vi ho scritto per email: abbonamento disdetto a ottobre e mi avete preso lo stesso i 21€ "
           "di novembre. Ancora nessuna risposta. Non è serio.", 312, "it")
S.group("it", "same name only", i2a, i2b)
S.same_person.append(["email:marco.bellini@gmail.example", "bluesky:marcobellini.bsky.social"])

# Locked out, Mastodon; later beans ground instead of whole.
i3a = masto("ale_moka@mastodon.uno", "Ale ☕",
            M + " il mio account risulta 'bloccato per troppi tentativi' da ieri, anche se la password è "
            "giusta. Come lo sblocco?", 310, "it")
i3b = masto("ale_moka@mastodon.uno", "Ale ☕",
            M + " ancora chiusa fuori dall'account... qualcuno mi risponde? 🙏", 355, "it")
S.group("it", "one identity", i3a, i3b)
i3c = masto("ale_moka@mastodon.uno", "Ale ☕",
            M + " alla fine sono riuscita a ordinare, ma il Sidamo è arrivato macinato e io l'avevo "
            "preso in grani. Per la moka andrebbe pure bene ma io uso il macinino 😅", 420, "it")
S.negative("other-complaint", i3a, i3c, "locked out of the account, then beans ground instead of whole")

# Follow-up: the company details the shop asked for.
fu5a = mail("p.rinaldi@studiorinaldi.example", "Paolo Rinaldi", "Fattura ordine 41622",
            "Buongiorno,\n\nla fattura dell'ordine 41622 è intestata a me come privato, ma in fase di "
            "ordine avevo indicato che serviva allo studio. Così non posso scaricarla.\n\n"
            "Cordiali saluti\nPaolo Rinaldi", 190, "it")
fu5r = answer("email", "Buongiorno Paolo,\n\nnessun problema, la rifacciamo. Ci può mandare ragione "
              "sociale, partita IVA e codice destinatario SDI?\n\nGrazie,\nMo - Hoji & Hopper",
              196, fu5a, "it")
fu5b = mail("p.rinaldi@studiorinaldi.example", "Paolo Rinaldi", "R: Fattura ordine 41622",
            "Ecco i dati:\nStudio Rinaldi & Associati\nP.IVA 01234567890\nCod. destinatario M5UXCR1\n\n"
            "Grazie, buona giornata\nP. Rinaldi", 199, "it", thread=rid(fu5a), in_reply_to=rid(fu5r))
S.negative("follow-up", fu5a, fu5b, "sends the company details the shop asked for")

# Other customers: the same newsletter code rejected.
ok6a = bsky("fede.legge.bsky.social", "Fede",
            B + " il codice NATALE20 della newsletter mi dà 'non valido', è già scaduto??", 440, "it")
ok6b = masto("robertoc@mastodon.uno", "Roberto",
             M + " ciao, il codice NATALE20 non funziona, dice non valido. Mi è arrivato stamattina con "
             "la newsletter.", 443, "it")
S.negative("other-customer", ok6a, ok6b, "two customers, the same rejected newsletter code")

# ---------------------------------------------------------------- Dutch

# Late delivery, mail, the second one answers her own.
n1a = mail("s.vandijk@ziggo.example", "Sanne van Dijk", "Waar blijft mijn bestelling?",
           "Hoi,\n\nIk heb op 13 oktober besteld (bestelnummer 41340), een zak Huila en de Hopper "
           "filterhouder. Volgens PostNL (3SHJHP0123456) staat hij nog steeds op 'aangemeld' en is hij "
           "niet opgehaald. Wordt hij nog verstuurd?\n\nGroetjes,\nSanne", 70, "nl")
n1b = mail("s.vandijk@ziggo.example", "Sanne van Dijk", "Re: Waar blijft mijn bestelling?",
           "Nog steeds niks. Ook geen antwoord op mijn vorige mail. Ik had het graag voor het weekend "
           "gehad, wordt het dus oploskoffie 🙄\n\nSanne", 125, "nl",
           thread=rid(n1a), in_reply_to=rid(n1a))
S.group("nl", "one identity", n1a, n1b)

# Broken carafe, Bluesky then Mastodon, same display name only.
n2a = bsky("pieterbakker.bsky.social", "Pieter Bakker",
           "Zo, pakketje van " + B + " binnen. Glazen karaf van de Hopper-set in drie stukken, glas door "
           "de hele doos. Opvulmateriaal: nul. Hoe nu verder?", 210, "nl")
n2b = masto("pbakker@mastodon.nl", "Pieter Bakker",
            M + " Ook hier maar even: karaf kapot aangekomen (gisteren al op Bluesky gemeld, geen "
            "reactie). Graag een nieuwe, of geld terug.", 250, "nl")
S.group("nl", "same name only", n2a, n2b)
S.same_person.append(["bluesky:pieterbakker.bsky.social", "mastodon:pbakker@mastodon.nl"])

# Invoice error, mail thread after a non-committal answer.
n3a = mail("info@koffiehoekje.example", "Koffiehoekje Utrecht", "Factuur klopt niet",
           "Goedemiddag,\n\nOp factuur F-2026-1093 staat 5 kg Sidamo berekend, maar we hebben er 3 "
           "besteld en ook 3 ontvangen. Het totaal is daardoor € 46 te hoog. Kunnen jullie een "
           "creditnota sturen?\n\nMet vriendelijke groet,\nIngrid de Haan\nKoffiehoekje Utrecht",
           285, "nl")
n3r = answer("email", "Hallo Ingrid,\n\nBedankt voor je bericht. We zoeken het uit en komen er zo snel "
             "mogelijk bij je op terug.\n\nGroet,\nTeam Hoji & Hopper", 292, n3a, "nl")
n3b = mail("info@koffiehoekje.example", "Koffiehoekje Utrecht", "RE: Factuur klopt niet",
           "Hallo,\n\nEnig nieuws over die creditnota? Onze boekhouder wil de maand afsluiten en de "
           "factuur met 5 kilo ipv 3 staat nog steeds open.\n\nGroet,\nIngrid", 360, "nl",
           thread=rid(n3a), in_reply_to=rid(n3r))
S.group("nl", "one identity", n3a, n3b)

# Follow-up: the order number the shop asked for, on Mastodon.
fu6a = masto("daanbrouwt@mastodon.nl", "Daan",
             M + " mijn bestelling staat op 'verzonden' maar ik heb geen track & trace gekregen. Hoe "
             "kan ik zien waar hij is?", 175, "nl")
fu6r = answer("mastodon", "@daanbrouwt@mastodon.nl Hoi Daan! Kun je ons je bestelnummer sturen (mag "
              "via DM)? Dan zoeken we de T&T voor je op.", 178, fu6a, "nl")
fu6b = masto("daanbrouwt@mastodon.nl", "Daan",
             M + " via DM gestuurd, maar voor de zekerheid: 41691", 180, "nl",
             thread=rid(fu6a), in_reply_to=rid(fu6r))
S.negative("follow-up", fu6a, fu6b, "gives the order number the shop asked for")

# Other customers: a couple, one order, both asking.
ok2a = mail("marloes.jansen@kpn.example", "Marloes Jansen", "Bestelling 41880 niet bezorgd",
            "Hallo,\n\nOnze bestelling 41880 staat sinds vanmiddag op 'bezorgd' maar we hebben niks "
            "ontvangen, ook niet bij de buren. Kunnen jullie dit navragen bij PostNL?\n\n"
            "Groeten,\nMarloes Jansen", 380, "nl")
ok2b = bsky("thijsvermeer.bsky.social", "Thijs",
            B + " onze bestelling (41880, staat op naam van mijn vriendin) zou vandaag bezorgd zijn "
            "maar er is niks. Zij heeft jullie ook al gemaild, ik probeer het hier ook even", 384, "nl")
S.negative("other-customer", ok2a, ok2b, "a couple sharing one order, each asking")

# ---------------------------------------------------------------- Catalan

# Wrong size, two mails.
c1a = mail("jpuigferrer@gmail.example", "Jordi Puig", "Filtres de mida equivocada",
           "Bon dia,\n\nVaig demanar filtres de paper mida 02 per al Hopper V2 (comanda 41598) i m'han "
           "arribat els de mida 01, que no hi van bé. Em podeu enviar els bons?\n\nGràcies,\nJordi",
           150, "ca")
c1b = mail("jpuigferrer@gmail.example", "Jordi Puig", "filtres 02",
           "Bon dia, encara espero resposta pel tema dels filtres. Tinc 100 filtres que no em serveixen "
           "per a res i cap dels que vaig pagar.\n\nSalut,\nJordi Puig", 205, "ca")
S.group("ca", "one identity", c1a, c1b)

# Refund not received, mail then Mastodon, same display name only.
c2a = mail("nuria.soler@correu.example", "Núria Soler", "Reemborsament",
           "Hola,\n\nEm vau confirmar l'anul·lació de la comanda 41799 el dia 29 (abans que s'enviés) però "
           "encara no m'heu tornat els 42,50 €. Quan el rebré?\n\nMoltes gràcies,\nNúria Soler i Camps",
           395, "ca")
c2b = masto("nuriasoler@mastodont.cat", "Núria Soler",
            M + " Fa dos dies que us vaig escriure per correu i res: comanda anul·lada i els diners "
            "sense tornar. Alguna novetat?", 445, "ca")
S.group("ca", "same name only", c2a, c2b)
S.same_person.append(["email:nuria.soler@correu.example", "mastodon:nuriasoler@mastodont.cat"])

# "Delivered" but not received, Bluesky.
c3a = bsky("martacasals.bsky.social", "Marta ✿",
           B + " el seguiment diu que el paquet es va entregar ahir a les 13h però a casa no hi ha res, "
           "ni a la bústia ni als veïns. Comanda 41911. Ho podeu mirar amb Correos?", 435, "ca")
c3b = bsky("martacasals.bsky.social", "Marta ✿",
           "ei " + B + ", sisplau, algú em pot dir alguna cosa del paquet 'entregat' que no tinc? 🥲",
           478, "ca")
S.group("ca", "one identity", c3a, c3b)

# Window: the return label again, nine days later.
w4a = mail("xavi.roca@correu.example", "Xavier Roca", "Etiqueta de devolució",
           "Hola,\n\nVaig sol·licitar la devolució del te sencha (comanda 41450) i no m'ha arribat "
           "l'etiqueta per enviar-lo. Me la podeu reenviar?\n\nGràcies", 110, "ca")
w4b = mail("xavi.roca@correu.example", "Xavier Roca", "Etiqueta devolucio comanda 41450",
           "Hola de nou,\n\nsegueixo sense etiqueta de devolucio per a la comanda 41450. Ja fa mes de "
           "dues setmanes.\n\nXavi", 335, "ca")
S.negative("window", w4a, w4b, "the same missing return label again nine days later")

# ---------------------------------------------------------------- one-off questions

q = mail("aoife.byrne@eircom.example", "Aoife Byrne", "Shipping to Ireland",
         "Hi,\n\nDo you ship to Ireland, and roughly how long does it take? Looking at the Advent tea "
         "calendar as a gift.\n\nThanks a mil,\nAoife", 5, "en")
answer("email", "Hi Aoife,\n\nWe do! Ireland usually takes 3-5 working days with tracking.\n\n"
       "Best,\nMo", 9, q, "en")
bsky("tomwrites.bsky.social", "Tom",
     "what grind setting do people use for the hopper v2? medium-fine? " + B, 48, "en")
masto("irene_te@masto.es", "Irene",
      M + " hola! el sencha de Shizuoka es ecológico? no lo veo en la ficha", 66, "es")
mail("carmen.vidal.r@correo.example", "Carmen Vidal", "Envoltorio de regalo",
     "Hola, ¿hacéis envoltorio de regalo? Quiero mandar la caja de degustación directamente a mi "
     "hermana con una nota.\nGracias!", 150, "es")
bsky("jonas-kocht.bsky.social", "Jonas",
     "Gibt's den Huila auch entkoffeiniert? Frage für meine Schwangere 🙂 " + B, 85, "de")
q = mail("ute.lammers@gmx.example", "Ute Lammers", "Brew Box pausieren?",
         "Hallo,\n\nkann ich meine Brew Box für Dezember pausieren? Wir sind über Weihnachten weg.\n\n"
         "Danke und Gruß\nUte Lammers", 225, "de")
answer("email", "Hallo Frau Lammers,\n\nja, das geht unter 'Mein Konto → Abo' oder wir machen das gern "
       "für Sie. Sollen wir?\n\nViele Grüße\nMo", 231, q, "de")
masto("sophie_lit@piaille.fr", "Sophie",
      M + " le calendrier de l'Avent thé revient quand ? j'ai raté la précommande l'an dernier", 235, "fr")
mail("t.dupont@skynet.example", "Thomas Dupont", "Livraison Belgique",
     "Bonjour,\nLivrez-vous en Belgique en point relais ? Et à partir de quel montant la livraison est-"
     "elle offerte ?\nMerci\nThomas", 392, "fr")
mail("helena.c.matos@gmail.example", "Helena Matos", "Café em grão ou moído?",
     "Olá,\nOs cafés são vendidos só em grão ou também moídos para cafeteira italiana?\nObrigada!\n"
     "Helena", 176, "pt")
bsky("luisbrew.bsky.social", "Luís",
     B + " qual a temperatura da água ideal p/ o gyokuro? no pacote não diz", 305, "pt")
mail("bar.centrale.parma@pec.example", "Bar Centrale", "Prezzi per bar",
     "Buongiorno, siamo un piccolo bar a Parma. Fate prezzi per ordini all'ingrosso del Sidamo? "
     "Tipo 5-10 kg al mese.\nSaluti\nMatteo", 122, "it")
q = bsky("chiaraverde.bsky.social", "Chiara",
         B + " il matcha culinario va bene per il latte freddo o meglio quello cerimoniale?", 270, "it")
answer("bluesky", "Ciao Chiara! Per il latte il culinario va benissimo, il cerimoniale è sprecato 😉",
       274, q, "it")
masto("evamaakt@mastodon.nl", "Eva",
      M + " verkopen jullie ook losse chasen (bamboe gardes)? de mijne is aan het uitvallen", 140, "nl")
mail("r.mulder@xs4all.example", "Rob Mulder", "Adres wijzigen",
     "Hallo, ik heb net besteld maar zie dat het oude adres erop staat. Kan dat nog aangepast worden "
     "naar Prinsengracht 212-2? Bestelling 41812.\nGr Rob", 410, "nl")
masto("laiatxt@mastodont.cat", "Laia",
      M + " teniu algun te sense teïna per als nens? rooibos o algo així", 185, "ca")
mail("pere.fabregat@correu.example", "Pere Fabregat", "Botiga física?",
     "Bon dia, teniu botiga física a Barcelona o només venda online? M'agradaria tastar els cafès "
     "abans.\nPere", 455, "ca")

if __name__ == "__main__":
    S.write(os.path.dirname(os.path.abspath(__file__)),
            "Held-out set of customer posts to Hoji & Hopper (tea and coffee shop) in eight languages, "
            "labelled by what a reader would say; measured, never tuned on.")
