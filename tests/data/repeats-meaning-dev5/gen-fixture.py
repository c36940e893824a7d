#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A fifth labelled set of repeats in other words, for tuning, written to
test precision: it is rich in hard negatives.

The shop is Marginalia Books & Paper, a small online bookshop and
stationery shop (books, notebooks, planners, fountain pens, inks, washi
tape, a monthly book box). Customers write by email, Mastodon and Bluesky
in eight languages (en, es, de, fr, pt, it, nl, ca).

20 true repeat groups (15 pairs, 5 triples), 7 of them across channels
(3 known by a profile link, 4 by the same display name only). About 40
hard negatives: the same customer with a different problem within a week,
often about the same order or product or in the same mail thread, with
"still", "again" or "also"; follow-ups that give what the shop asked for,
thanks and confirmations; different people with the same complaint or the
same display name; and the same complaint again 8 to 12 days later.

The set was written without sight of the detector or its lexicon. The
labels say what a careful person reading the posts would say; they were
never edited to fit the detector.
"""
import os
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 6, 1, 7, 5, 0, tzinfo=timezone.utc)
S = LabelledSet(BASE, "bs", "hello@marginalia-paper.example", "@marginalia@social.example",
                "marginaliapaper.bsky.social", "Marginalia Books & Paper")
add, group, neg, reply, rid = S.add, S.group, S.negative, S.reply, S.rid


def mail(author, name, subject, text, hours, lang, first=None, to=None, links=None):
    return add("email", author, text, hours, lang=lang, subject=subject, name=name,
               thread=rid(first) if first else None, in_reply_to=rid(to) if to else None,
               links=links)


def masto(author, name, text, hours, lang, links=None):
    return add("mastodon", author, text, hours, lang=lang, name=name, links=links)


def bsky(author, name, text, hours, lang, links=None):
    return add("bluesky", author, text, hours, lang=lang, name=name, links=links)


def mreply(text, hours, first, to, lang):
    return reply("email", text, hours, rid(to), rid(first), lang)


# ---------------------------------------------------------------- English
# G1: late parcel, then (other complaint) damaged when it arrives
hc = "harriet.cole@fastmail.example"
g1a = mail(hc, "Harriet Cole", "Order 58214 - where is it?",
           "Hi,\n\nI ordered the three Leuchtturm A5 notebooks and the Pilot Kakuno on the 26th (order 58214) "
           "and paid for express. Tracking hasn't moved since Friday, it just says 'label created'. "
           "They're a birthday present for Sunday so I'm getting a bit nervous.\n\nThanks,\nHarriet", 2, "en")
r = mreply("Hi Harriet, thanks for getting in touch, we're checking with the courier and will get back to you. "
           "Best, Jo @ Marginalia", 7, g1a, g1a, "en")
g1b = mail(hc, "Harriet Cole", "Re: Order 58214 - where is it?",
           "Jo, it's now Wednesday and the tracking STILL says label created. I paid £6.95 for express "
           "delivery that is apparently not moving at all. Can someone actually tell me where my parcel is, "
           "or just refund the shipping and I'll go buy a present in town.\n\nH.", 51, "en", g1a, r)
group("en", "one identity", g1a, g1b)
oc1 = mail(hc, "Harriet Cole", "Re: Order 58214 - where is it?",
           "Well it finally turned up this morning, thanks for chasing. But the Kakuno box was crushed and "
           "the pen cap is cracked right through, and one of the notebooks has a dented corner. "
           "Also 58214. Can you send a replacement pen? I'd rather not post it back if I can avoid it.", 88, "en", g1a, r)
neg("other-complaint", g1b, oc1, "same order and thread: late parcel, then damaged pen when it arrives")

# G2: delivered but not received (triple, Mastodon)
g2a = masto("@owen_reads@social.example", "Owen Pritchard",
            "@marginalia@social.example tracking says my parcel was delivered yesterday at 14:02. "
            "It wasn't. Nobody at my door, nothing in the porch, neighbours haven't got it. What now?", 20, "en")
g2b = masto("@owen_reads@social.example", "Owen Pritchard",
            "@marginalia@social.example so... 'delivered' apparently means 'vanished into thin air'. "
            "Still no books. Any chance of an answer?", 45, "en")
g2c = masto("@owen_reads@social.example", "Owen Pritchard",
            "Three days since the courier 'delivered' my order and I'm still holding an empty porch. "
            "@marginalia@social.example do you want me to open a claim or will you?", 92, "en")
group("en", "one identity", g2a, g2b, g2c)

# G3: double charge, bluesky then email with profile link; then coupon on a new order
g3a = bsky("nadia-f.bsky.social", "Nadia Farouk",
           "hey @marginaliapaper.bsky.social you charged my card twice for the same order, £42.80 x2 on my "
           "statement. can someone sort this please", 30, "en")
nf = "nadia.farouk@proton.example"
g3b = mail(nf, "Nadia Farouk", "Charged twice",
           "Hello,\n\nI posted about this on Bluesky yesterday but nobody replied. My card was debited twice "
           "(£42.80 each, both on 2 June) for order #58301. I only placed it once. Please refund the "
           "duplicate.\n\nNadia Farouk", 55, "en", links=["nadia-f.bsky.social"])
S.same_person.append(["bluesky:nadia-f.bsky.social", "email:" + nf])
group("en", "profile link", g3a, g3b)
r3 = mreply("Dear Nadia, you're right, the second payment was a glitch with our card processor. We've "
            "refunded £42.80 today, it may take 3-5 working days to appear. Sorry! Jo", 60, g3b, g3b, "en")
oc2 = mail(nf, "Nadia Farouk", "Re: Charged twice",
           "Thanks Jo. Another payment thing I'm afraid - I just placed a new order (58377, the fountain pen "
           "ink samples) and the code WELCOME10 from your newsletter didn't apply, I paid full price. "
           "Could you refund the 10%?", 110, "en", g3b, r3)
neg("other-complaint", g3b, oc2, "same customer and thread: double charge, then a discount code not applied on a new order")

# G4: cannot log in / no reset mail
g4a = mail("b.okafor@mailbox.example", "Ben Okafor", "Can't log in",
           "Hello, I can't get into my account. It says wrong password and when I click 'forgot password' "
           "the reset email never arrives (checked spam). Email is this one. Ben", 70, "en")
r4 = mreply("Hi Ben, sorry about that. We're looking into it. Jo", 74, g4a, g4a, "en")
g4b = mail("b.okafor@mailbox.example", "Ben Okafor", "Re: Can't log in",
           "Tried the reset link thing another 4 times today. Nothing. Zero emails. I want to see my order "
           "history and use my points before they expire on the 30th, that's all.", 99, "en", g4a, r4)
group("en", "one identity", g4a, g4b)
r4b = mreply("Hi Ben, our mail provider was blocking reset emails to some domains. Fixed now, "
             "please try once more. Jo", 104, g4a, g4b, "en")
fu3 = mail("b.okafor@mailbox.example", "Ben Okafor", "Re: Can't log in",
           "That worked, I'm in. Cheers!", 106, "en", g4a, r4b)
neg("follow-up", g4b, fu3, "confirms the fix worked")
oc4 = mail("b.okafor@mailbox.example", "Ben Okafor", "address not saved??",
           "Hi again. As I said, I can log in now, thanks - but a different thing: I changed my address in my account on the 5th but order 58420 "
           "has gone to my old flat in Leeds. The shipping confirmation shows the old address. "
           "Can you stop it or redirect it?", 140, "en")
neg("other-complaint", g4b, oc4, "same customer after login fixed: order sent to old address")

# other-complaint: washi tape wrong colours, then return label not received
pr = "@priya_journals@social.example"
oc12a = masto(pr, "Priya Nair",
              "@marginalia@social.example got my washi tape bundle today, ordered the 'Sage & Sand' set and "
              "got 'Candy Pop' - bright pink is very much not my journal aesthetic 😅 order 58350", 62, "en")
oc12b = masto(pr, "Priya Nair",
              "@marginalia@social.example hi again, you said you'd email me a return label for the washi "
              "tape (58350) but nothing has come through, not even in spam. Can you resend?", 130, "en")
neg("other-complaint", oc12a, oc12b, "same customer and order: wrong item, then return label not received")

# ---------------------------------------------------------------- Spanish
# G5: wrong item (triple, email), shop asks for order number first
lm = "lucia.moreno@correo.example"
g5a = mail(lm, "Lucía Moreno", "Me ha llegado otro libro",
           "Hola buenas,\n\nHe recibido hoy el paquete y en vez de 'La hija del relojero' en tapa dura "
           "me habeis mandado la edicion de bolsillo en ingles. Yo lo pedi en castellano!!\n\nUn saludo,\nLucía", 10, "es")
r5 = mreply("Hola Lucía, lo sentimos mucho. ¿Nos puedes indicar el número de pedido? Gracias, Marta", 14, g5a, g5a, "es")
fu2 = mail(lm, "Lucía Moreno", "Re: Me ha llegado otro libro",
           "Claro, es el pedido nº 30177.", 15, "es", g5a, r5)
neg("follow-up", g5a, fu2, "gives the order number the shop asked for")
r5b = mreply("Gracias Lucía, lo revisamos y te decimos algo.", 20, g5a, fu2, "es")
g5b = mail(lm, "Lucía Moreno", "Re: Me ha llegado otro libro",
           "Hola otra vez. Han pasado dos dias y nadie me dice nada del libro equivocado. ¿Me mandais el "
           "correcto o tengo que devolverlo yo? Es un regalo para mi madre y lo necesito antes del sabado.", 66, "es", g5a, r5b)
g5c = mail(lm, "Lucía Moreno", "PEDIDO 30177 - SIGO ESPERANDO",
           "Sigo con un libro en ingles que no he pedido y sin respuesta. Muy decepcionada, la verdad. "
           "Si mañana no sé nada pido la devolución del dinero.", 115, "es")
group("es", "one identity", g5a, g5b, g5c)

# G6: refund for a return not received (mastodon), then invoice with wrong company
pg = "@pablogarrido@mastodon.example"
g6a = masto(pg, "Pablo Garrido",
            "@marginalia@social.example devolvi la pluma Kaweco hace dos semanas, en el seguimiento pone "
            "que la recibisteis el dia 29 y aun no veo el reembolso. ¿Cuanto tarda?", 40, "es")
g6b = masto(pg, "Pablo Garrido",
            "@marginalia@social.example ni rastro de mis 64 euros. La pluma la teneis vosotros desde hace "
            "una semana, el dinero no lo tengo yo. Algo no cuadra 🙃", 125, "es")
group("es", "one identity", g6a, g6b)
oc3 = masto(pg, "Pablo Garrido",
            "@marginalia@social.example ya me llegó el reembolso, gracias. Otra cosa: la factura del pedido "
            "de la libreta sale a nombre de 'Garrido Estudio SL' y mi empresa es 'Garrido Diseño SL', con "
            "otro CIF. ¿Me la podeis rehacer?", 170, "es")
neg("other-complaint", g6b, oc3, "same customer: refund for a return, then invoice with the wrong company name")

# G7: coupon not applied, mastodon then bluesky, same name only
g7a = masto("@inesvidal@tkz.example", "Inés Vidal",
            "@marginalia@social.example el codigo VERANO15 no funciona, me dice 'código no válido' y "
            "está en vuestra newsletter de ayer. Quería la agenda 2027...", 150, "es")
g7b = bsky("inesvidal.bsky.social", "Inés Vidal",
           "@marginaliapaper.bsky.social lo pongo aquí también a ver si hay más suerte: el descuento VERANO15 "
           "sigue sin aplicarse en el carrito. ¿Caduca hoy o algo?", 172, "es")
S.same_person.append(["mastodon:@inesvidal@tkz.example", "bluesky:inesvidal.bsky.social"])
group("es", "same name only", g7a, g7b)

# ---------------------------------------------------------------- German
# G8: damaged calendar, photo follow-up, repeat; missing item other-complaint
kw = "k.wagner@posteo.example"
g8a = mail(kw, "Katrin Wagner", "Bestellung 7712 beschädigt",
           "Guten Tag,\n\nheute kam meine Bestellung 7712 an. Der Wandkalender 'Nordlichter 2027' ist total "
           "geknickt, der Karton war an einer Ecke aufgerissen. So kann ich den nicht verschenken.\n\n"
           "Mit freundlichen Grüßen\nKatrin Wagner", 25, "de")
r8 = mreply("Liebe Frau Wagner, das tut uns leid. Könnten Sie uns bitte ein Foto vom Kalender und vom "
            "Karton schicken? Viele Grüße, Ben", 29, g8a, g8a, "de")
fu1 = mail(kw, "Katrin Wagner", "Re: Bestellung 7712 beschädigt",
           "Anbei die Fotos (3 Stück). Man sieht den Knick gut auf dem zweiten Bild.\n\nK. Wagner", 31, "de", g8a, r8)
neg("follow-up", g8a, fu1, "sends the photos the shop asked for")
r8b = mreply("Danke, wir melden uns.", 34, g8a, fu1, "de")
g8b = mail(kw, "Katrin Wagner", "Re: Bestellung 7712 beschädigt",
           "Hallo nochmal, jetzt sind schon vier Tage vergangen seit ich die Fotos geschickt habe. Bekomme "
           "ich einen neuen Kalender oder nicht? Langsam wird es knapp mit dem Geburtstag.", 127, "de", g8a, r8b)
group("de", "one identity", g8a, g8b)
oc5 = mail(kw, "Katrin Wagner", "Noch etwas zu 7712",
           "Mir ist gerade aufgefallen, dass in derselben Bestellung auch das Radiergummi-Set fehlt. "
           "Steht auf dem Lieferschein, war aber nicht im Paket. Bitte nachschicken.", 36, "de")
neg("other-complaint", g8a, oc5, "same order: damaged calendar, then a missing item")

# G9: book box cancelled but still billed (bluesky)
jb = "jonas-brandt.bsky.social"
g9a = bsky(jb, "Jonas Brandt",
           "@marginaliapaper.bsky.social ich hab die Buchbox im Mai gekündigt (Bestätigung hab ich per Mail), "
           "trotzdem wurden heute wieder 29,90 abgebucht. Bitte zurückbuchen.", 50, "de")
fu7 = bsky(jb, "Jonas Brandt",
           "Nachtrag: Kündigung war am 12.5., Abbuchung heute per PayPal.", 51, "de")
neg("follow-up", g9a, fu7, "quick second post with the date of the cancellation")
g9b = bsky(jb, "Jonas Brandt",
           "Also nochmal @marginaliapaper.bsky.social: gekündigt ist gekündigt. Ich will meine 29,90 "
           "zurück und keine Box mehr. Kriegt ihr das hin?", 160, "de")
group("de", "one identity", g9a, g9b)

# G10: return label, email then mastodon with profile link
mh = "m.hoffmann@web.example"
g10a = mail(mh, "Mareike Hoffmann", "Retourenschein",
            "Hallo, ich habe gestern die Rücksendung für den falsch gelieferten Füller angemeldet (Best. 7790), "
            "aber keinen Retourenschein bekommen. Wie soll ich das Paket zurückschicken? Gruß M. Hoffmann", 140, "de")
g10b = masto("@mareike_h@chaos.example", "Mareike",
             "@marginalia@social.example Hallo, warte seit zwei Tagen auf das Rücksendeetikett für den Füller, "
             "Mail ist offenbar im Nirvana gelandet. Könnt ihr mir das Etikett schicken?", 186, "de",
             links=[mh])
S.same_person.append(["email:" + mh, "mastodon:@mareike_h@chaos.example"])
group("de", "profile link", g10a, g10b)

# ---------------------------------------------------------------- French
# G11: missing cartridges, PS follow-up, leaking pen other-complaint
cl = "camille.laurent@laposte.example"
g11a = mail(cl, "Camille Laurent", "Coffret incomplet",
            "Bonjour,\n\nJ'ai reçu le coffret stylo plume 'Écolier' mais il n'y a aucune cartouche dedans, "
            "alors que la fiche produit parle de 6 cartouches bleues. C'était pour la rentrée de ma fille.\n\nCordialement,\nCamille Laurent", 80, "fr")
fu4 = mail(cl, "Camille Laurent", "Re: Coffret incomplet",
           "PS : j'oubliais, c'est la commande 20931.", 81, "fr", g11a, g11a)
neg("follow-up", g11a, fu4, "PS with the order number")
r11 = mreply("Bonjour Madame Laurent, nous regardons cela avec notre entrepôt. Bonne journée, Claire", 90, g11a, fu4, "fr")
g11b = mail(cl, "Camille Laurent", "Re: Coffret incomplet",
            "Bonjour Claire, toujours pas de nouvelles des cartouches. Un stylo plume sans encre, c'est un peu "
            "dommage... vous pouvez simplement m'en envoyer une boîte ?", 150, "fr", g11a, r11)
group("fr", "one identity", g11a, g11b)
r11b = mreply("Bonjour, les cartouches sont parties hier en lettre suivie. Claire", 160, g11a, g11b, "fr")
oc6 = mail(cl, "Camille Laurent", "Re: Coffret incomplet",
           "Merci, les cartouches sont arrivées. Par contre le stylo fuit : dès qu'on met une cartouche, "
           "l'encre coule par le corps et ma fille a les doigts tout bleus. Commande 20931 toujours.", 205, "fr", g11a, r11b)
neg("other-complaint", g11b, oc6, "same product and thread: missing cartridges, then the pen leaks")

# G12: site crash at checkout, bluesky then email, same name only
g12a = bsky("hugo-petit.bsky.social", "Hugo Petit",
            "@marginaliapaper.bsky.social votre site plante à chaque fois que je clique sur 'payer' : page "
            "blanche, erreur 500. Essayé sur Firefox et sur le tel, pareil.", 200, "fr")
g12b = mail("hugo.petit@free.example", "Hugo Petit", "impossible de payer",
            "Bonjour, je n'arrive toujours pas à valider mon panier, ça me met une page blanche au moment du "
            "paiement. Ça fait 2 jours. Je veux juste acheter 3 carnets, c'est si compliqué ? Hugo", 244, "fr")
S.same_person.append(["bluesky:hugo-petit.bsky.social", "email:hugo.petit@free.example"])
group("fr", "same name only", g12a, g12b)

# ---------------------------------------------------------------- Portuguese
# G13: late delivery, then charged shipping
rs = "rita.sousa@sapo.example"
g13a = mail(rs, "Rita Sousa", "encomenda 61045 atrasada",
            "Boa tarde,\n\nfiz a encomenda 61045 há 9 dias e ainda não chegou. O prazo era 3 a 5 dias úteis "
            "para Portugal. Podem ver o que se passa?\n\nObrigada\nRita Sousa", 100, "pt")
r13 = mreply("Olá Rita, vamos verificar junto da transportadora. Cumprimentos, Marta", 104, g13a, g13a, "pt")
g13b = mail(rs, "Rita Sousa", "Re: encomenda 61045 atrasada",
            "Então, alguma novidade? continua sem aparecer nada e o tracking não mexe desde o dia 3. "
            "Já estou a perder a paciência.", 175, "pt", g13a, r13)
group("pt", "one identity", g13a, g13b)
oc7 = mail(rs, "Rita Sousa", "portes cobrados",
           "Olá outra vez. Já agora, reparei agora no extrato que me cobraram 4,90 de portes na 61045, mas "
           "a encomenda era de 52 euros e o vosso site diz portes grátis acima de 40. Podem devolver?", 178, "pt")
neg("other-complaint", g13b, oc7, "same order: late delivery, then shipping charged despite free-shipping threshold")

# G14: wrong colour planner, mastodon then email with profile link; photo follow-up
tc = "@tiagocosta@masto.example"
g14a = masto(tc, "Tiago Costa",
             "@marginalia@social.example pedi a agenda semanal em verde-garrafa e veio cor-de-rosa. "
             "nada contra o rosa mas não era o que eu queria 😂", 210, "pt")
tce = "tiago.costa@gmail.example"
g14b = mail(tce, "Tiago Costa", "Agenda cor errada",
            "Olá, escrevi no Mastodon há dois dias mas ninguém respondeu. Recebi a agenda semanal na cor errada "
            "(rosa em vez de verde-garrafa), encomenda 61102. Como faço para trocar?\n\nTiago", 258, "pt",
            links=[tc])
S.same_person.append(["mastodon:" + tc, "email:" + tce])
group("pt", "profile link", g14a, g14b)
r14 = mreply("Olá Tiago, pode enviar-nos uma fotografia da agenda e da etiqueta? Obrigada, Marta", 262, g14b, g14b, "pt")
fu5 = mail(tce, "Tiago Costa", "Re: Agenda cor errada",
           "Aqui vai a foto, a etiqueta diz 'Rosa Quartzo'.", 264, "pt", g14b, r14)
neg("follow-up", g14b, fu5, "sends the photo the shop asked for")

# ---------------------------------------------------------------- Italian
# G15: refund not received (triple, email), then gift card code
fb = "federica.bianchi@libero.example"
g15a = mail(fb, "Federica Bianchi", "Rimborso ordine 44518",
            "Buongiorno,\n\nho annullato l'ordine 44518 (due agende Paperblanks) il 28 maggio, mi avete "
            "confermato l'annullamento ma il rimborso di 47,80 € non è ancora arrivato sulla carta.\n\n"
            "Cordiali saluti\nFederica Bianchi", 120, "it")
r15 = mreply("Gentile Federica, stiamo verificando con il reparto contabilità. Un saluto, Claire", 125, g15a, g15a, "it")
g15b = mail(fb, "Federica Bianchi", "Re: Rimborso ordine 44518",
            "Salve, ancora nessun rimborso. Sono passati 10 giorni dall'annullamento. Mi potete dire "
            "almeno quando lo avete disposto?", 190, "it", g15a, r15)
g15c = mail(fb, "Federica Bianchi", "Re: Rimborso ordine 44518",
            "Vi riscrivo per la terza volta. I soldi non ci sono. Se entro venerdì non vedo i 47,80 € "
            "faccio contestazione con la banca.", 240, "it", g15a, r15)
group("it", "one identity", g15a, g15b, g15c)
oc8 = mail(fb, "Federica Bianchi", "Codice buono regalo",
           "Buonasera, a parte la questione del rimborso: mia sorella mi ha regalato un buono Marginalia "
           "da 30 € ma il codice (MG-7731-QX) risulta 'già utilizzato'. Non l'ho mai usato. Potete controllare?", 215, "it")
neg("other-complaint", g15b, oc8, "same customer: refund not received, then a gift card code that does not work")

# G16: rude courier, email then bluesky, same name only; thanks follow-up
ar = "alessandro.ricci@tiscali.example"
g16a = mail(ar, "Alessandro Ricci", "corriere maleducato",
            "Buongiorno, vi segnalo che il corriere che consegna i vostri pacchi a Bologna oggi mi ha "
            "urlato contro perché ci ho messo un minuto ad aprire il portone, e ha lanciato il pacco per terra. "
            "Dentro c'erano dei libri per fortuna. Non è accettabile.", 260, "it")
g16b = bsky("aricci.bsky.social", "Alessandro Ricci",
            "@marginaliapaper.bsky.social vi ho scritto una mail ieri sul corriere che mi ha insultato e "
            "tirato il pacco, nessuna risposta. Cambiate corriere per favore.", 285, "it")
S.same_person.append(["email:" + ar, "bluesky:aricci.bsky.social"])
group("it", "same name only", g16a, g16b)
r16 = reply("bluesky", "Ci dispiace moltissimo Alessandro, abbiamo fatto una segnalazione formale al corriere "
            "e ti abbiamo scritto per mail.", 288, rid(g16b), rid(g16b), "it")
fu10 = bsky("aricci.bsky.social", "Alessandro Ricci",
            "@marginaliapaper.bsky.social grazie, letto tutto. Apprezzo la risposta 👍", 290, "it")
neg("follow-up", g16b, fu10, "thanks after the shop's answer")

# ---------------------------------------------------------------- Dutch
# G17: invoice error, company details follow-up, then wrong item other-complaint
sj = "s.jansen@ziggo.example"
g17a = mail(sj, "Sven Jansen", "Factuur klopt niet",
            "Goedemiddag,\n\nop de factuur van bestelling 90214 staat geen BTW apart vermeld en het adres "
            "is mijn privéadres i.p.v. het kantooradres. Ik heb een correcte factuur nodig voor de "
            "administratie.\n\nMet vriendelijke groet,\nSven Jansen", 280, "nl")
r17 = mreply("Beste Sven, kunt u ons de bedrijfsnaam, het adres en het KvK-nummer sturen? Groet, Ben", 284, g17a, g17a, "nl")
fu6 = mail(sj, "Sven Jansen", "Re: Factuur klopt niet",
           "Jansen Vertaalwerk, Oudegracht 112, 3511 AX Utrecht, KvK 81234567, btw NL004512387B01.", 286, "nl", g17a, r17)
neg("follow-up", g17a, fu6, "sends the company details the shop asked for")
r17b = mreply("Dank u, we passen het aan.", 288, g17a, fu6, "nl")
g17b = mail(sj, "Sven Jansen", "Re: Factuur klopt niet",
            "Hallo, ik heb nog steeds geen aangepaste factuur ontvangen voor 90214. Mijn boekhouder wil hem "
            "deze week hebben. Kan dat vandaag nog?", 350, "nl", g17a, r17b)
group("nl", "one identity", g17a, g17b)
oc9 = mail(sj, "Sven Jansen", "Re: Factuur klopt niet",
           "Nog iets anders over dezelfde bestelling 90214: in het pakket zaten ook A5 notitieboeken met "
           "lijntjes, terwijl ik dotted had besteld. Kunnen die geruild worden?", 300, "nl", g17a, r17b)
neg("other-complaint", g17a, oc9, "same thread and order: a wrong item, besides the invoice error")

# G18: delivered but not received (triple, mastodon)
ev = "@evisser@mastodon.example"
g18a = masto(ev, "Eva Visser",
             "@marginalia@social.example volgens PostNL is mijn pakketje gisteren bezorgd maar ik heb niks "
             "ontvangen. Geen briefje, niet bij de buren. Wat nu?", 300, "nl")
g18b = masto(ev, "Eva Visser",
             "@marginalia@social.example hallo?? nog steeds geen pakket en geen reactie", 330, "nl")
g18c = masto(ev, "Eva Visser",
             "Vier dagen na de 'bezorging' nog altijd met lege handen. @marginalia@social.example kunnen jullie "
             "een onderzoek starten bij PostNL of moet ik dat zelf doen?", 395, "nl")
group("nl", "one identity", g18a, g18b, g18c)
oc10 = masto(ev, "Eva Visser",
             "@marginalia@social.example los van dat pakket: ik probeer nu een nieuwe bestelling te doen met "
             "iDEAL en de betaling blijft hangen op 'in behandeling'. Ook een probleem bij jullie?", 340, "nl")
neg("other-complaint", g18b, oc10, "same customer: parcel not received, then an iDEAL payment stuck on a new order")

# ---------------------------------------------------------------- Catalan
# G19: cannot log in, thanks; app crash other-complaint
jf = "jordi.ferrer@vilaweb.example"
g19a = mail(jf, "Jordi Ferrer", "No puc entrar al compte",
            "Bon dia,\n\nno puc iniciar sessió al meu compte, em diu que l'usuari no existeix però tinc "
            "comandes fetes amb aquest correu. Què puc fer?\n\nGràcies,\nJordi", 320, "ca")
r19 = mreply("Hola Jordi, ho estem mirant. Salutacions, Marta", 324, g19a, g19a, "ca")
g19b = mail(jf, "Jordi Ferrer", "Re: No puc entrar al compte",
            "Encara res, continua dient que l'usuari no existeix. Fa dos dies. Vull comprar el llibre de "
            "Sant Jordi que tinc a la llista de desitjos i no puc.", 372, "ca", g19a, r19)
group("ca", "one identity", g19a, g19b)
r19b = mreply("Jordi, el teu compte s'havia fusionat per error amb un altre. Ja està arreglat.", 380, g19a, g19b, "ca")
fu8 = mail(jf, "Jordi Ferrer", "Re: No puc entrar al compte",
           "Ara sí, moltes gràcies!", 383, "ca", g19a, r19b)
neg("follow-up", g19b, fu8, "thanks after the fix")
oc11 = mail(jf, "Jordi Ferrer", "L'app es tanca",
            "Hola de nou. Ara que ja puc entrar, l'app del mòbil es tanca sola cada cop que obro el cistell. "
            "Android 14. Des del web funciona bé.", 400, "ca")
neg("other-complaint", g19b, oc11, "same customer after login fixed: app crashes on opening the basket")

# G20: late parcel, bluesky twice then mastodon, same name only (triple)
nm = "nuriamas.bsky.social"
g20a = bsky(nm, "Núria Mas",
            "@marginaliapaper.bsky.social fa una setmana que vaig fer la comanda 61230 i encara no ha "
            "arribat. Ni tan sols tinc número de seguiment.", 330, "ca")
g20b = bsky(nm, "Núria Mas",
            "Tot bé @marginaliapaper.bsky.social? La 61230 segueix sense arribar i sense cap resposta...", 378, "ca")
g20c = masto("@nuriamas@mastodont.example", "Núria Mas",
             "@marginalia@social.example ho provo per aquí: la meva comanda fa més d'onze dies que no arriba, "
             "a Bluesky no contesteu. Podeu mirar-ho, sisplau?", 420, "ca")
S.same_person.append(["bluesky:" + nm, "mastodon:@nuriamas@mastodont.example"])
group("ca", "same name only", g20a, g20b, g20c)

# ---------------------------------------------------------------- other customers
# two different people with the same display name on two channels
def samename(lang, a, b, note):
    S.same_name_different_people.append([a[0], b[0]])
    neg("other-customer", a[1], b[1], note)


x = mail("laura.martinez@telefonica.example", "Laura Martínez", "pedido 30251 no llega",
         "Hola, el pedido 30251 lleva una semana 'en tránsito' y no llega. ¿Sabéis algo? Laura", 160, "es")
y = bsky("lauramartinez.bsky.social", "Laura Martínez",
         "@marginaliapaper.bsky.social mi pedido de los rotuladores Tombow no llega, ya van 8 días 😩", 178, "es")
samename("es", ("email:laura.martinez@telefonica.example", x), ("bluesky:lauramartinez.bsky.social", y),
         "two different Laura Martínez, both late orders (different orders and products)")

x = mail("thomas.mueller@gmx.example", "Thomas Müller", "Buch beschädigt",
         "Hallo, der Bildband 'Alpenhütten' kam mit eingedrücktem Rücken an, Bestellung 7801. Bitte um Ersatz. T. Müller", 215, "de")
y = masto("@tmueller@norden.example", "Thomas Müller",
          "@marginalia@social.example bei mir ist das Tintenglas ausgelaufen, die ganze Sendung ist blau. Toll.", 230, "de")
samename("de", ("email:thomas.mueller@gmx.example", x), ("mastodon:@tmueller@norden.example", y),
         "two different Thomas Müller, both damaged items (a book vs a leaking ink bottle)")

x = masto("@emmawilson@social.example", "Emma Wilson",
          "@marginalia@social.example ordered the dot grid A5 in navy, got the lined one in black. order 58390", 115, "en")
y = bsky("emmawilson.bsky.social", "Emma Wilson",
         "@marginaliapaper.bsky.social you sent me the second book in the series instead of the first?? "
         "bit of a spoiler risk lol", 128, "en")
samename("en", ("mastodon:@emmawilson@social.example", x), ("bluesky:emmawilson.bsky.social", y),
         "two different Emma Wilson, both wrong items (a notebook vs a book)")

x = mail("marie.dubois@orange.example", "Marie Dubois", "Remboursement",
         "Bonjour, j'attends toujours le remboursement de ma commande 20877 retournée le 2 juin. Merci. Marie Dubois", 245, "fr")
y = masto("@mariedubois@piaille.example", "Marie Dubois",
          "@marginalia@social.example bonjour, je n'ai pas été remboursée pour l'agenda annulé (cde 20940), vous pouvez vérifier ?", 262, "fr")
samename("fr", ("email:marie.dubois@orange.example", x), ("mastodon:@mariedubois@piaille.example", y),
         "two different Marie Dubois, both refunds (different orders)")

x = bsky("sannedevries.bsky.social", "Sanne de Vries",
         "@marginaliapaper.bsky.social ik kan niet inloggen, wachtwoord resetten werkt niet 🙄", 310, "nl")
y = mail("sanne.devries@kpn.example", "Sanne de Vries", "Verkeerde factuur",
         "Hoi, op mijn factuur (bestelling 90260) staat een verkeerd bedrag, ik heb 10% korting gehad maar die "
         "staat er niet op. Groetjes, Sanne", 322, "nl")
samename("nl", ("bluesky:sannedevries.bsky.social", x), ("email:sanne.devries@kpn.example", y),
         "two different Sanne de Vries with different problems")

x = masto("@giuliarossi@mastodon.example", "Giulia Rossi",
          "@marginalia@social.example il mio ordine 44600 non è ancora partito dopo 6 giorni, come mai?", 360, "it")
y = mail("giulia.rossi@alice.example", "Giulia Rossi", "Ordine in ritardo",
         "Buongiorno, aspetto da una settimana i quaderni Moleskine (ordine 44611), il tracciamento è fermo. Grazie, Giulia", 371, "it")
samename("it", ("mastodon:@giuliarossi@mastodon.example", x), ("email:giulia.rossi@alice.example", y),
         "two different Giulia Rossi, both late orders (different orders)")

# same outage, different customers
o1 = masto("@dan_ink@social.example", "Dan Hughes",
           "is the @marginalia@social.example site down for anyone else? checkout just spins forever", 220, "en")
o2 = bsky("kerrymcd.bsky.social", "Kerry McDonald",
          "@marginaliapaper.bsky.social your website won't load the payment page, just spinning. "
          "trying to grab the pen sale before it ends!", 220.5, "en")
o3 = mail("alf.torres@mail.example", "Alfie Torres", "Website not working",
          "Hi, your checkout seems broken, it keeps loading and never takes payment. Tried 3 times. Alfie", 221, "en")
neg("other-customer", o1, o2, "same checkout outage, different customers")
neg("other-customer", o2, o3, "same checkout outage, different customers")

# same delayed pre-order
p1 = bsky("readwithrosie.bsky.social", "Rosie Adams",
          "@marginaliapaper.bsky.social any news on the signed pre-order of 'The Lantern Keepers'? "
          "was meant to ship on the 10th", 240, "en")
p2 = masto("@gwen_books@social.example", "Gwen Howell",
           "@marginalia@social.example my signed Lantern Keepers pre-order still says 'awaiting stock' "
           "and it was due out on the 10th. Is it delayed?", 246, "en")
neg("other-customer", p1, p2, "same delayed pre-order, different customers")
p3 = mail("joao.lima@sapo.example", "João Lima", "pré-venda atrasada",
          "Olá, a pré-venda da agenda 2027 Marginalia era para ser enviada dia 8 e ainda não saiu. Sabem quando? João", 250, "pt")
p4 = bsky("anaferreira.bsky.social", "Ana Ferreira",
          "@marginaliapaper.bsky.social a agenda 2027 em pré-venda já devia ter sido enviada, alguma previsão? 🙏", 258, "pt")
neg("other-customer", p3, p4, "same delayed pre-order, different customers")

# a couple sharing one order
c1 = mail("marta.pinto@sapo.example", "Marta Pinto", "Encomenda 61150",
          "Bom dia, a nossa encomenda 61150 ainda não chegou, já passaram 8 dias. Marta Pinto", 270, "pt")
c2 = masto("@ruipinto@masto.example", "Rui Pinto",
           "@marginalia@social.example a encomenda da minha mulher (61150) continua sem chegar, podem ver?", 290, "pt")
neg("other-customer", c1, c2, "a couple asking about one shared order")

# same outage in Catalan
k1 = bsky("marcpuig.bsky.social", "Marc Puig",
          "@marginaliapaper.bsky.social la web no em deixa pagar amb Bizum, dona error", 340, "ca")
k2 = masto("@laiaroca@mastodont.example", "Laia Roca",
           "@marginalia@social.example el pagament amb Bizum falla, m'apareix 'error de connexió'. És cosa meva?", 341, "ca")
neg("other-customer", k1, k2, "same payment outage, different customers")

# a damaged parcel, the shop asks for a photo, the customer sends it
ag = "@aurelie_g@piaille.example"
fx = masto(ag, "Aurélie Garnier",
           "@marginalia@social.example colis reçu ce matin, le carton était trempé et deux livres ont les pages "
           "gondolées 😞 cde 20955", 230, "fr")
rx = reply("mastodon", "Oh non, désolés Aurélie ! Tu peux nous envoyer une photo des livres ?", 233, rid(fx), rid(fx), "fr")
fu9 = masto(ag, "Aurélie Garnier",
            "@marginalia@social.example voilà la photo, c'est surtout le roman de Delphine de Vigan qui a pris cher",
            235, "fr")
neg("follow-up", fx, fu9, "sends the photo the shop asked for")

# ---------------------------------------------------------------- window: same complaint 8-12 days later
w = mail("george.ash@outlook.example", "George Ashworth", "Hobonichi cover",
         "Hello, I ordered a Hobonichi cover (order 58290) and it's still not here, it's been a week. Any idea? George", 8, "en")
w2 = mail("george.ash@outlook.example", "George Ashworth", "Hobonichi cover - again",
          "Hello again, the Hobonichi cover (58290) still hasn't arrived. Can you look into it please?", 8 + 24 * 11, "en")
neg("window", w, w2, "same late order again 11 days later")

w = masto("@stefanklein@mastodon.example", "Stefan Klein",
          "@marginalia@social.example meine Rückerstattung für die zurückgeschickten Bücher ist immer noch nicht da.", 60, "de")
w2 = masto("@stefanklein@mastodon.example", "Stefan Klein",
           "@marginalia@social.example wie gesagt: die Erstattung für meine Rücksendung fehlt immer noch!", 60 + 24 * 9, "de")
neg("window", w, w2, "same missing refund again 9 days later")

w = bsky("claire-m.bsky.social", "Claire Moreau",
         "@marginaliapaper.bsky.social le code LIVRE20 ne marche pas sur mon panier", 75, "fr")
w2 = bsky("claire-m.bsky.social", "Claire Moreau",
          "@marginaliapaper.bsky.social toujours impossible d'utiliser LIVRE20, c'est normal ?", 75 + 24 * 8 + 6, "fr")
neg("window", w, w2, "same coupon problem again 8 days later")

w = masto("@martinaconti@mastodon.example", "Martina Conti",
          "@marginalia@social.example il barattolo di inchiostro è arrivato rotto, tutto il pacco macchiato", 130, "it")
w2 = masto("@martinaconti@mastodon.example", "Martina Conti",
           "@marginalia@social.example sto ancora aspettando una soluzione per l'inchiostro arrivato rotto", 130 + 24 * 10, "it")
neg("window", w, w2, "same damaged item again 10 days later")

w = mail("dsanchez@correo.example", "Diego Sánchez", "Factura",
         "Hola, necesito la factura del pedido 30190 con mi NIF, no me llegó. Gracias", 35, "es")
w2 = mail("dsanchez@correo.example", "Diego Sánchez", "Re: Factura",
          "Buenas, sigo sin factura del 30190. ¿Me la podéis enviar?", 35 + 24 * 12, "es", w, w)
neg("window", w, w2, "same missing invoice again 12 days later")

w = bsky("brunoalves.bsky.social", "Bruno Alves",
         "@marginaliapaper.bsky.social não consigo fazer login na app, diz sempre 'erro desconhecido'", 190, "pt")
w2 = bsky("brunoalves.bsky.social", "Bruno Alves",
          "@marginaliapaper.bsky.social continuo sem conseguir entrar na app. erro desconhecido outra vez", 190 + 24 * 9, "pt")
neg("window", w, w2, "same login problem again 9 days later")

# ---------------------------------------------------------------- filler: one-off questions
mail("hannah.reed@mail.example", "Hannah Reed", "Gift wrapping?",
     "Hi, do you offer gift wrapping? I'd like to send a book straight to my dad. Thanks!", 5, "en")
masto("@tomwrites@social.example", "Tom Barker",
      "@marginalia@social.example do you stock Iroshizuku inks or just Diamine?", 33, "en")
bsky("sophiereads.bsky.social", "Sophie Lang",
     "@marginaliapaper.bsky.social do you ship to Ireland and how long does it take?", 95, "en")
mail("carmen.ruiz@correo.example", "Carmen Ruiz", "Envíos a Canarias",
     "Hola, ¿hacéis envíos a Canarias? ¿Hay que pagar aduana?", 48, "es")
masto("@sergi_lopez@mastodon.example", "Sergio López",
      "@marginalia@social.example ¿tenéis la agenda 2027 en A6 o solo en A5?", 205, "es")
bsky("lenafischer.bsky.social", "Lena Fischer",
     "@marginaliapaper.bsky.social habt ihr auch Gutscheine zum Ausdrucken?", 85, "de")
mail("p.schulz@t-online.example", "Peter Schulz", "Versand in die Schweiz",
     "Guten Tag, liefern Sie auch in die Schweiz, und wie hoch sind die Versandkosten? Freundliche Grüße P. Schulz", 275, "de")
masto("@julien_m@piaille.example", "Julien Martin",
      "@marginalia@social.example vous avez des carnets avec papier 120g pour l'aquarelle ?", 140, "fr")
mail("lea.bernard@free.example", "Léa Bernard", "Question commande groupée",
     "Bonjour, je suis enseignante, faites-vous des remises pour une commande de 30 cahiers ? Léa", 330, "fr")
bsky("inesmarques.bsky.social", "Inês Marques",
     "@marginaliapaper.bsky.social têm livros infantis em português?", 180, "pt")
mail("paulo.reis@sapo.example", "Paulo Reis", "Pagamento MB Way",
     "Boa tarde, aceitam pagamento por MB Way? Obrigado, Paulo", 410, "pt")
masto("@lucaferri@mastodon.example", "Luca Ferri",
      "@marginalia@social.example fate spedizioni in Sardegna? quanto ci mettono?", 65, "it")
bsky("chiaragallo.bsky.social", "Chiara Gallo",
     "@marginaliapaper.bsky.social la penna Lamy Safari la avete anche mancina?", 300, "it")
masto("@pieterbakker@mastodon.example", "Pieter Bakker",
      "@marginalia@social.example verzenden jullie ook naar België?", 155, "nl")
mail("lotte.smit@ziggo.example", "Lotte Smit", "Cadeaubon",
     "Hallo, kan ik een cadeaubon kopen en die per mail laten versturen op een bepaalde datum? Groet, Lotte", 235, "nl")
bsky("pausoler.bsky.social", "Pau Soler",
     "@marginaliapaper.bsky.social teniu llibres en català? Busco novel·la juvenil 🙂", 110, "ca")
mail("montse.vila@vilaweb.example", "Montse Vila", "Recollida a botiga",
     "Bon dia, es pot recollir la comanda en persona o només feu enviaments? Gràcies", 440, "ca")

S.write(os.path.dirname(os.path.abspath(__file__)),
        "Fifth set for tuning, written to test precision (rich in hard negatives); "
        "labels say what a careful person reading the posts would say.")
