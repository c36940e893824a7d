#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words for "Copperline Audio", a small
online shop for headphones, turntables, speakers and cables, with a repair
service and an extended-warranty plan billed yearly.

The posts come in on email, Mastodon and Bluesky in eight languages (en, es,
de, fr, pt, it, nl, ca). There are 30 true repeat groups (25 pairs and 5
triples): the same customer raising the same complaint again within 7 days,
in other words, sometimes on a second channel. Labelled negatives are
follow-ups (information the shop asked for, or an added detail), other
complaints by the same customer, the same complaint by other customers
(an outage, a couple sharing one order, two people sharing a display name)
and repeats more than 7 days apart. One-off questions are filler.

The set was written without sight of the detector, its lexicon or the other
sets. The labels say what a person reading the posts would say; they were
never edited to fit the detector.

Run: python3 gen-fixture.py  (writes fixture.jsonl and labels.json here)
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 2, 16, 9, 5, tzinfo=timezone.utc)
S = LabelledSet(BASE, "ca", "support@copperline.example", "@copperline@mastodon.example",
                "copperline.example", "Copperline Audio")
add, group, negative, reply, rid = S.add, S.group, S.negative, S.reply, S.rid

# ---------------------------------------------------------------- English

# G1: late turntable, same mail thread, triple (one identity)
a = add("email", "dave.pritchard@fastmail.example",
        "Hi,\n\nI ordered the TT-2 turntable (walnut) on the 9th, order #41877, and the "
        "tracking still says 'label created'. It was supposed to be here by Friday. "
        "Can you tell me what's going on?\n\nThanks,\nDave Pritchard",
        2.2, lang="en", subject="Order #41877 - not shipped?", name="Dave Pritchard")
r = reply("email", "Hi Dave,\n\nThanks for getting in touch. We're checking with our warehouse "
          "and will come back to you as soon as we know more.\n\nBest,\nMia @ Copperline",
          6.5, a, rid(a), "en")
b = add("email", "dave.pritchard@fastmail.example",
        "Mia,\n\nIt's been three days since 'we're checking'. Tracking hasn't moved an inch. "
        "I paid for express shipping for a reason. Has the thing actually left your building "
        "or not?\n\nDave",
        74.0, lang="en", subject="Re: Order #41877 - not shipped?", name="Dave Pritchard",
        thread=rid(a), in_reply_to=rid(r))
c = add("email", "dave.pritchard@fastmail.example",
        "Hello?? Still nothing. Starting to think I should just cancel and buy it locally.",
        121.3, lang="en", subject="Re: Order #41877 - not shipped?", name="Dave Pritchard",
        thread=rid(a), in_reply_to=rid(r))
group("en", "one identity", a, b, c)
# same customer, different complaint about the same order, later
d = add("email", "dave.pritchard@fastmail.example",
        "Hi,\n\nThe turntable finally arrived, thanks. But the invoice you emailed says "
        "'TT-2 black' and lists VAT at 0% - I'm in the UK and need a proper VAT invoice for "
        "my business. Could you reissue it?\n\nDave Pritchard\nPritchard Sound Ltd",
        190.0, lang="en", subject="Invoice for 41877 is wrong", name="Dave Pritchard")
negative("other-complaint", a, d, "late delivery, then a wrong invoice for the same order")

# G2: cracked headband, Mastodon, pair
a = add("mastodon", "@nightjar@social.example",
        "@copperline@mastodon.example the headband on my Halden over-ears cracked right at the "
        "left hinge. 5 weeks old. I literally just wear them at my desk. what do I do",
        20.0, lang="en", name="nightjar 🎧")
b = add("mastodon", "@nightjar@social.example",
        "love how my \"premium\" headphones snapped in half and the premium support is also "
        "apparently on a break. @copperline@mastodon.example any time now",
        66.4, lang="en", name="nightjar 🎧")
group("en", "one identity", a, b)

# G3: double charge, Bluesky then email with profile link
a = add("bluesky", "priyakarnik.bsky.social",
        "@copperline.example you've charged my card twice for the same Kestrel DAC (£189 x2). "
        "one order, two payments. please sort",
        30.5, lang="en", name="Priya Karnik")
b = add("email", "priya.karnik@gmail.example",
        "Hello,\n\nI posted on Bluesky yesterday but got no answer, so trying email. My bank "
        "statement shows two payments of 189.00 GBP to Copperline Audio on 17 Feb, for a "
        "single order (CA-41902). Please refund the duplicate.\n\nRegards,\nPriya",
        52.0, lang="en", subject="Charged twice", name="Priya Karnik",
        links=["priyakarnik.bsky.social"])
group("en", "profile link", a, b)
S.same_person.append(["bluesky:priyakarnik.bsky.social", "email:priya.karnik@gmail.example"])

# G4: refund for returned speaker, email pair (new mail, no thread)
a = add("email", "t.okafor@outlook.example",
        "Hi there,\n\nI sent back the Brisk portable speaker (order 41655) on the 5th, "
        "your returns page says it was received on the 10th. No refund yet. How long does it "
        "usually take?\n\nTobi Okafor",
        44.0, lang="en", subject="Refund for returned speaker", name="Tobi Okafor")
b = add("email", "t.okafor@outlook.example",
        "Hi again. Still waiting on the money for that speaker I sent back. Your site said "
        "5-7 working days, we're well past that now. Not impressed tbh.\n\nTobi",
        140.0, lang="en", subject="where's my refund", name="Tobi Okafor")
group("en", "one identity", a, b)

# G5: password reset mail never arrives, Mastodon then Bluesky, same name only
a = add("mastodon", "@lfinch@mastodon.example",
        "Trying to log in to my Copperline account to book a repair and the password reset "
        "email just never shows up. checked spam. tried 4 times. @copperline@mastodon.example",
        98.0, lang="en", name="Lou Finch")
b = add("bluesky", "loufinch.bsky.social",
        "still can't get into my @copperline.example account, reset link never arrives. "
        "asked on mastodon too. kinda need that repair booked this week",
        131.0, lang="en", name="Lou Finch")
group("en", "same name only", a, b)
S.same_person.append(["mastodon:@lfinch@mastodon.example", "bluesky:loufinch.bsky.social"])

# G6: extended warranty cancelled but still billed, email pair
a = add("email", "gordon.mcleish@btinternet.example",
        "Dear Sir/Madam,\n\nI cancelled my CarePlus extended warranty in January (I have the "
        "confirmation email) yet £49.00 was taken from my account on 20 February for another "
        "year. Please cancel it properly and refund me.\n\nYours faithfully,\nGordon McLeish",
        100.5, lang="en", subject="Warranty renewal charged after cancellation",
        name="Gordon McLeish")
r = reply("email", "Dear Gordon,\n\nSorry about this. I've passed it to our billing team, "
          "they'll look into it.\n\nKind regards,\nSam\nCopperline Audio",
          103.0, a, rid(a), "en")
b = add("email", "gordon.mcleish@btinternet.example",
        "Sam,\n\n\"Passed to billing\" five days ago and not a word since. I do not want "
        "CarePlus. I told you in January. I want my 49 pounds back.\n\nG. McLeish",
        222.0, lang="en", subject="Re: Warranty renewal charged after cancellation",
        name="Gordon McLeish", thread=rid(a), in_reply_to=rid(r))
group("en", "one identity", a, b)

# ---------------------------------------------------------------- Spanish

# G7: wrong colour, email triple (thread)
a = add("email", "lucia.ferrandez@gmail.example",
        "Hola:\n\nHe recibido hoy los auriculares Halden del pedido nº 40213 y son blancos. "
        "Yo los pedí en negro, lo pone clarísimo en la confirmación. ¿Cómo lo solucionamos?\n\n"
        "Un saludo,\nLucía Ferrández",
        8.0, lang="es", subject="Pedido 40213 color equivocado", name="Lucía Ferrández")
r = reply("email", "Hola Lucía,\n\nGracias por escribirnos. Lo estamos revisando y te "
          "decimos algo pronto.\n\nUn saludo,\nEquipo Copperline",
          11.0, a, rid(a), "es")
b = add("email", "lucia.ferrandez@gmail.example",
        "Hola de nuevo,\n\nNadie me ha dicho nada. Sigo con unos cascos blancos que no quiero. "
        "Os los devuelvo y me mandais los negros o como va esto?\n\nLucía",
        58.0, lang="es", subject="Re: Pedido 40213 color equivocado", name="Lucía Ferrández",
        thread=rid(a), in_reply_to=rid(r))
c = add("email", "lucia.ferrandez@gmail.example",
        "En serio, ¿nadie lee esto? Tercer correo. Los quiero NEGROS.",
        103.0, lang="es", subject="Re: Pedido 40213 color equivocado", name="Lucía Ferrández",
        thread=rid(a), in_reply_to=rid(r))
group("es", "one identity", a, b, c)

# G8: coupon not applied, Mastodon pair
a = add("mastodon", "@pacogarrido@mastodon.example",
        "@copperline@mastodon.example el codigo VINILO15 no me descuenta nada en el carrito, "
        "me dice 'cupón no válido' y la promo acaba el domingo. algo estoy haciendo mal?",
        35.0, lang="es", name="Paco Garrido")
b = add("mastodon", "@pacogarrido@mastodon.example",
        "pues nada, sigo sin poder usar el descuento del 15%. o lo arreglais o compro el "
        "tocadiscos en otro lado @copperline@mastodon.example",
        60.0, lang="es", name="Paco Garrido")
group("es", "one identity", a, b)
# same customer, another complaint later
d = add("mastodon", "@pacogarrido@mastodon.example",
        "otra cosa @copperline@mastodon.example: la app de android se cierra sola cada vez que "
        "abro 'mis pedidos'. xiaomi redmi note 12, ultima version",
        150.0, lang="es", name="Paco Garrido")
negative("other-complaint", a, d, "coupon not applied, then the app crashing")

# G9: delivered but not received, Bluesky then Mastodon, profile link
a = add("bluesky", "martaquiroga.bsky.social",
        "@copperline.example el seguimiento dice ENTREGADO desde ayer a las 14:02 y aquí no ha "
        "llegado nada. ni aviso, ni vecino, ni nada. pedido 40388",
        55.0, lang="es", name="Marta Quiroga")
b = add("mastodon", "@mquiroga@masto.example",
        "@copperline@mastodon.example os escribí por bluesky: mi paquete sale como entregado y "
        "NO lo tengo. Dos días ya. ¿Vais a reclamar a la mensajería o qué?",
        99.0, lang="es", name="Marta Q.", links=["martaquiroga.bsky.social"])
group("es", "profile link", a, b)
S.same_person.append(["bluesky:martaquiroga.bsky.social", "mastodon:@mquiroga@masto.example"])

# G10: invoice with wrong NIF, email pair (new mail)
a = add("email", "administracion@estudiobajoelpuente.example",
        "Buenos días,\n\nEn la factura FC-2026-0871 aparece mal nuestro CIF (B-8823471 en vez de "
        "B-8823417). ¿Podrían emitir una factura rectificativa?\n\nGracias.\n"
        "Elena Robles\nAdministración - Estudio Bajo el Puente",
        26.0, lang="es", subject="Factura FC-2026-0871 - CIF incorrecto", name="Elena Robles")
b = add("email", "administracion@estudiobajoelpuente.example",
        "Buenos días,\n\nLes vuelvo a escribir porque necesitamos la factura corregida antes "
        "del cierre de trimestre, el CIF está mal (los dos últimos dígitos cambiados). "
        "Quedo a la espera.\n\nElena Robles",
        170.0, lang="es", subject="URGENTE factura rectificativa", name="Elena Robles")
group("es", "one identity", a, b)

# ---------------------------------------------------------------- German

# G11: return label never received, email triple
a = add("email", "m.hoffmann@web.example",
        "Hallo,\n\nich möchte den Plattenspieler TT-2 (Bestellung 40977) zurückschicken, habe "
        "die Retoure am Montag angemeldet, aber kein Rücksendeetikett bekommen. "
        "Spam-Ordner habe ich schon geprüft.\n\nViele Grüße\nMarkus Hoffmann",
        14.0, lang="de", subject="Retoure Bestellung 40977", name="Markus Hoffmann")
r = reply("email", "Hallo Herr Hoffmann,\n\nvielen Dank für Ihre Nachricht. Wir kümmern uns "
          "darum.\n\nFreundliche Grüße\nIhr Copperline-Team",
          19.0, a, rid(a), "de")
b = add("email", "m.hoffmann@web.example",
        "Hallo,\n\n\"wir kümmern uns darum\" – und dann? Ich habe immer noch kein Etikett. "
        "Die 30-Tage-Frist läuft mir davon.\n\nM. Hoffmann",
        88.0, lang="de", subject="AW: Retoure Bestellung 40977", name="Markus Hoffmann",
        thread=rid(a), in_reply_to=rid(r))
c = add("email", "m.hoffmann@web.example",
        "Wo bleibt das Retourenlabel??",
        160.0, lang="de", subject="AW: Retoure Bestellung 40977", name="Markus Hoffmann",
        thread=rid(a), in_reply_to=rid(r))
group("de", "one identity", a, b, c)

# G12: loose contact in headphone cable, Mastodon pair
a = add("mastodon", "@knirps@chaos.example",
        "@copperline@mastodon.example Das abnehmbare Kabel von meinen Halden hat nen "
        "Wackelkontakt, rechts geht der Ton immer weg wenn ich den Kopf dreh. Gibts da Ersatz "
        "auf Garantie?",
        40.0, lang="de", name="Knirps")
b = add("mastodon", "@knirps@chaos.example",
        "Immer noch rechts Stille sobald ich mich bewege. Kabel ist hin, 2 Monate alt. "
        "Antwort von @copperline@mastodon.example: keine. Super Laden.",
        110.0, lang="de", name="Knirps")
group("de", "one identity", a, b)

# G13: repair taking too long, email then Mastodon, same name only
a = add("email", "sabine.kruse@posteo.example",
        "Guten Tag,\n\nmein Verstärker (Reparaturauftrag R-2231) ist seit dem 28. Januar bei "
        "Ihnen. Zugesagt waren zwei Wochen. Können Sie mir sagen, wann ich ihn zurückbekomme?\n\n"
        "Mit freundlichen Grüßen\nSabine Kruse",
        60.0, lang="de", subject="Reparatur R-2231", name="Sabine Kruse")
b = add("mastodon", "@sabine_k@norden.social",
        "Seit fast 4 Wochen hat @copperline@mastodon.example meinen Verstärker zur Reparatur. "
        "Mail beantwortet auch keiner. Weiß jemand, ob die überhaupt noch existieren?",
        128.0, lang="de", name="Sabine Kruse")
group("de", "same name only", a, b)
S.same_person.append(["email:sabine.kruse@posteo.example", "mastodon:@sabine_k@norden.social"])

# G14: delivery late, Bluesky pair
a = add("bluesky", "felixbrandt.bsky.social",
        "@copperline.example Meine Lautsprecher sollten laut Bestätigung am Dienstag kommen, "
        "heute ist Donnerstag und DHL kennt die Sendungsnummer nicht mal. Was ist da los?",
        76.0, lang="de", name="Felix Brandt")
b = add("bluesky", "felixbrandt.bsky.social",
        "Update: immer noch keine Lautsprecher, Sendungsnummer immer noch 'unbekannt'. "
        "Langsam werd ich sauer @copperline.example",
        150.0, lang="de", name="Felix Brandt")
group("de", "one identity", a, b)
d = add("bluesky", "felixbrandt.bsky.social",
        "Lautsprecher sind da 🎉 aber der DHL-Fahrer hat den Karton einfach über das Gartentor "
        "geworfen und mich angeblafft als ich was gesagt hab. @copperline.example sucht euch "
        "bitte nen anderen Versender",
        200.0, lang="de", name="Felix Brandt")
negative("other-complaint", a, d, "late delivery, then a rude courier once it came")

# ---------------------------------------------------------------- French

# G15: refund not received, email triple
a = add("email", "claire.dubois@orange.example",
        "Bonjour,\n\nJ'ai renvoyé le câble phono Loom (cde 40512) il y a deux semaines, "
        "vous avez confirmé la réception le 9 février mais je n'ai toujours pas été "
        "remboursée (34,90 €).\n\nCordialement,\nClaire Dubois",
        16.0, lang="fr", subject="Remboursement cde 40512", name="Claire Dubois")
r = reply("email", "Bonjour Claire,\n\nMerci pour votre message, nous regardons cela avec "
          "notre service comptable.\n\nBien à vous,\nL'équipe Copperline",
          22.0, a, rid(a), "fr")
b = add("email", "claire.dubois@orange.example",
        "Bonjour,\n\nToujours rien sur mon compte. Ça fait maintenant presque 3 semaines pour "
        "un câble à 35 balles... Merci de faire le nécessaire.\n\nC. Dubois",
        95.0, lang="fr", subject="Re: Remboursement cde 40512", name="Claire Dubois",
        thread=rid(a), in_reply_to=rid(r))
c = add("email", "claire.dubois@orange.example",
        "Je relance encore. Toujours pas de remboursement.",
        165.0, lang="fr", subject="Re: Remboursement cde 40512", name="Claire Dubois",
        thread=rid(a), in_reply_to=rid(r))
group("fr", "one identity", a, b, c)

# G16: rude courier, parcel left outside, Mastodon pair
a = add("mastodon", "@hugo_b@piaille.example",
        "@copperline@mastodon.example votre livreur a laissé mon colis (une platine à 400 €!!) "
        "devant la porte sous la pluie sans sonner, et quand je l'ai rattrapé il m'a envoyé "
        "balader. Sympa.",
        47.0, lang="fr", name="Hugo B.")
b = add("mastodon", "@hugo_b@piaille.example",
        "Toujours aucune réponse de @copperline@mastodon.example sur le livreur qui m'a parlé "
        "comme à un chien et balancé la platine sous la flotte. Vous travaillez avec qui au juste ?",
        118.0, lang="fr", name="Hugo B.")
group("fr", "one identity", a, b)

# G17: double debit, email then Bluesky, profile link
a = add("email", "jp.lemaire@free.example",
        "Bonjour,\n\nJe constate deux prélèvements de 129 € pour la même commande (enceintes "
        "Brisk, n° 40766) sur mon relevé. Pouvez-vous annuler le doublon ?\n\nJean-Pierre Lemaire",
        84.0, lang="fr", subject="Double prélèvement", name="Jean-Pierre Lemaire")
b = add("bluesky", "jplemaire.bsky.social",
        "@copperline.example vous m'avez débité deux fois 129€, je vous ai écrit par mail "
        "jeudi, pas de réponse. Je fais opposition ou vous remboursez ?",
        133.0, lang="fr", name="JP Lemaire", links=["jp.lemaire@free.example"])
group("fr", "profile link", a, b)
S.same_person.append(["email:jp.lemaire@free.example", "bluesky:jplemaire.bsky.social"])

# G18: missing belt for turntable, Bluesky pair
a = add("bluesky", "noemie-rcl.bsky.social",
        "déballage de ma TT-2 ce soir et... pas de courroie dans le carton 🙃 du coup le "
        "plateau tourne pas. @copperline.example vous pouvez m'en envoyer une ?",
        130.0, lang="fr", name="Noémie")
b = add("bluesky", "noemie-rcl.bsky.social",
        "@copperline.example toujours pas de nouvelles pour la courroie manquante. une platine "
        "neuve qui sert de presse-papier depuis 4 jours c'est moyen",
        228.0, lang="fr", name="Noémie")
group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese

# G19: order late, email pair (new mail)
a = add("email", "rafael.tavares@uol.example",
        "Olá,\n\nfiz o pedido 40851 (caixas de som Brisk) dia 10 e o prazo era de 5 dias "
        "úteis. Até agora nada, o rastreio não atualiza. Podem verificar?\n\nAbs,\nRafael Tavares",
        150.0, lang="pt", subject="Pedido 40851 atrasado", name="Rafael Tavares")
b = add("email", "rafael.tavares@uol.example",
        "Boa tarde, continuo sem as caixas de som e sem resposta de voces. O rastreio "
        "parado desde segunda. Ja passou do prazo faz tempo.\n\nRafael",
        250.0, lang="pt", subject="Cade meu pedido??", name="Rafael Tavares")
group("pt", "one identity", a, b)

# G20: wrong cable, Mastodon then email, same name only
a = add("mastodon", "@joanaf@masto.example",
        "@copperline@mastodon.example pedi um cabo RCA de 1,5 m e veio um cabo de 3,5mm P2. "
        "nada a ver 😅 como faço pra trocar?",
        170.0, lang="pt", name="Joana Figueiredo")
b = add("email", "joana.figueiredo@sapo.example",
        "Bom dia,\n\nJá vos tinha escrito no Mastodon: recebi o cabo errado (um jack 3,5 mm em "
        "vez do RCA que encomendei). Preciso do cabo certo para ligar o gira-discos. "
        "Podem enviar?\n\nObrigada,\nJoana Figueiredo",
        214.0, lang="pt", subject="Cabo errado", name="Joana Figueiredo")
group("pt", "same name only", a, b)
S.same_person.append(["mastodon:@joanaf@masto.example", "email:joana.figueiredo@sapo.example"])

# G21: cannot log in, Bluesky pair
a = add("bluesky", "thiagomoura.bsky.social",
        "@copperline.example não consigo entrar na minha conta, diz 'credenciais inválidas' "
        "mas a senha ta certa, já troquei 2x",
        180.0, lang="pt", name="Thiago Moura")
b = add("bluesky", "thiagomoura.bsky.social",
        "login no site da @copperline.example continua quebrado pra mim. troquei a senha de "
        "novo, mesma mensagem. alguém aí?",
        204.0, lang="pt", name="Thiago Moura")
group("pt", "one identity", a, b)
d = add("bluesky", "thiagomoura.bsky.social",
        "@copperline.example cancelei a newsletter semana passada e continuo recebendo 3 "
        "emails por dia de promoção. chato demais",
        300.0, lang="pt", name="Thiago Moura")
negative("other-complaint", a, d, "cannot log in, then newsletter still arriving after unsubscribing")

# ---------------------------------------------------------------- Italian

# G22: speakers arrived damaged, email pair (thread)
a = add("email", "giorgio.ferri@libero.example",
        "Buongiorno,\n\nmi sono arrivate le casse Brisk (ordine 40622) ma una delle due ha il "
        "mobile ammaccato sull'angolo e il tweeter fa un ronzio. Come procediamo?\n\n"
        "Cordiali saluti\nGiorgio Ferri",
        190.0, lang="it", subject="Ordine 40622 arrivato danneggiato", name="Giorgio Ferri")
r = reply("email", "Buongiorno Giorgio,\n\nci dispiace molto. Stiamo verificando e le "
          "faremo sapere.\n\nUn saluto,\nCopperline Audio",
          196.0, a, rid(a), "it")
b = add("email", "giorgio.ferri@libero.example",
        "Buongiorno,\n\nsono passati 4 giorni da \"stiamo verificando\". La cassa è sempre "
        "rovinata e ronza. Vorrei sapere se me la sostituite o no.\n\nG. Ferri",
        290.0, lang="it", subject="R: Ordine 40622 arrivato danneggiato", name="Giorgio Ferri",
        thread=rid(a), in_reply_to=rid(r))
group("it", "one identity", a, b)
d = add("email", "giorgio.ferri@libero.example",
        "Buongiorno,\n\nper il reso della cassa mi avevate detto che arrivava l'etichetta via "
        "mail, ma non è mai arrivata. Me la potete rimandare?\n\nGiorgio",
        380.0, lang="it", subject="Etichetta reso", name="Giorgio Ferri")
negative("other-complaint", a, d, "damaged speaker, then the return label not received")

# G23: warranty plan cancelled but charged, Bluesky then email, profile link
a = add("bluesky", "valecosta.bsky.social",
        "@copperline.example ho disdetto la garanzia estesa a gennaio e stamattina mi avete "
        "addebitato 49€ di rinnovo. ma scherziamo?",
        210.0, lang="it", name="Valentina Costa")
b = add("email", "vale.costa@tiscali.example",
        "Salve,\n\nvi ho già scritto su Bluesky. Avevo disdetto il piano CarePlus a gennaio "
        "(ho la mail di conferma) ma mi è stato addebitato il rinnovo annuale. Chiedo il "
        "rimborso.\n\nValentina Costa",
        236.0, lang="it", subject="Addebito rinnovo garanzia non dovuto", name="Valentina Costa",
        links=["valecosta.bsky.social"])
group("it", "profile link", a, b)
S.same_person.append(["bluesky:valecosta.bsky.social", "email:vale.costa@tiscali.example"])

# G24: site crashes at checkout, Mastodon pair
a = add("mastodon", "@ale_dj@mastodon.example",
        "@copperline@mastodon.example provo a pagare il DAC e il sito mi da errore 500 appena "
        "clicco 'conferma ordine'. Firefox e Chrome uguale",
        220.0, lang="it", name="Ale")
b = add("mastodon", "@ale_dj@mastodon.example",
        "ancora errore 500 al checkout, è il terzo giorno che ci provo. volete i miei soldi "
        "o no @copperline@mastodon.example",
        275.0, lang="it", name="Ale")
group("it", "one identity", a, b)

# ---------------------------------------------------------------- Dutch

# G25: delivered but not received, email triple
a = add("email", "bas.vandijk@ziggo.example",
        "Hoi,\n\nVolgens PostNL is mijn pakket (bestelling 40704, de Halden koptelefoon) "
        "gisteren bezorgd, maar ik heb niks ontvangen. Ook niet bij de buren. Kunnen jullie "
        "dit uitzoeken?\n\nGroet,\nBas van Dijk",
        240.0, lang="nl", subject="Pakket niet ontvangen", name="Bas van Dijk")
r = reply("email", "Hoi Bas,\n\nBedankt voor je bericht, we nemen contact op met PostNL en "
          "laten het je weten.\n\nGroetjes,\nCopperline Audio",
          246.0, a, rid(a), "nl")
b = add("email", "bas.vandijk@ziggo.example",
        "Hoi,\n\nAl iets gehoord van PostNL? Ik heb nog steeds geen koptelefoon en het staat "
        "nog steeds op 'bezorgd'.\n\nBas",
        290.0, lang="nl", subject="Re: Pakket niet ontvangen", name="Bas van Dijk",
        thread=rid(a), in_reply_to=rid(r))
c = add("email", "bas.vandijk@ziggo.example",
        "Dit duurt echt te lang. Ik heb betaald voor iets wat ik nooit gekregen heb. "
        "Graag vandaag een oplossing, anders ga ik via mijn bank terugboeken.",
        360.0, lang="nl", subject="Re: Pakket niet ontvangen", name="Bas van Dijk",
        thread=rid(a), in_reply_to=rid(r))
group("nl", "one identity", a, b, c)

# G26: discount code not working, Mastodon then Bluesky, same name only
a = add("mastodon", "@fenna@mastodon.example",
        "@copperline@mastodon.example de kortingscode uit jullie nieuwsbrief (WELKOM10) doet "
        "niks bij het afrekenen, totaal blijft hetzelfde. verlopen ofzo?",
        250.0, lang="nl", name="Fenna de Boer")
b = add("bluesky", "fennadeboer.bsky.social",
        "@copperline.example die 10% korting werkt nog steeds niet hoor, ook al eerder op "
        "mastodon gevraagd. beetje jammer",
        300.0, lang="nl", name="Fenna de Boer")
group("nl", "same name only", a, b)
S.same_person.append(["mastodon:@fenna@mastodon.example", "bluesky:fennadeboer.bsky.social"])

# G27: wrong plug on power adapter, email pair (new mail)
a = add("email", "r.jansen@kpnmail.example",
        "Goedemiddag,\n\nDe draaitafel is binnen, maar de netadapter heeft een Engelse stekker "
        "(drie platte pinnen). Die past hier natuurlijk niet. Kunnen jullie een adapter met "
        "EU-stekker sturen? Ordernummer 40915.\n\nMet vriendelijke groet,\nRuud Jansen",
        270.0, lang="nl", subject="Verkeerde stekker bij draaitafel", name="Ruud Jansen")
b = add("email", "r.jansen@kpnmail.example",
        "Goedemiddag,\n\nIk wacht nog steeds op een voeding met de juiste stekker. Ik heb nu "
        "een draaitafel die ik niet kan gebruiken. Graag een reactie.\n\nRuud Jansen",
        380.0, lang="nl", subject="nog steeds geen juiste adapter", name="Ruud Jansen")
group("nl", "one identity", a, b)

# ---------------------------------------------------------------- Catalan

# G28: refund not received, email pair (thread)
a = add("email", "jordi.puigdollers@gmail.example",
        "Bon dia,\n\nVaig tornar els auriculars (comanda 40588) fa deu dies i encara no m'heu "
        "fet el reemborsament. Em podeu dir alguna cosa?\n\nGràcies,\nJordi Puigdollers",
        280.0, lang="ca", subject="Reemborsament comanda 40588", name="Jordi Puigdollers")
r = reply("email", "Bon dia Jordi,\n\nHo estem mirant, et diem alguna cosa aviat.\n\n"
          "Salutacions,\nCopperline Audio", 284.0, a, rid(a), "ca")
b = add("email", "jordi.puigdollers@gmail.example",
        "Hola,\n\nQue encara ho esteu mirant? Segueixo sense els diners dels auriculars. "
        "Ja son gairebé tres setmanes.\n\nJordi",
        350.0, lang="ca", subject="Re: Reemborsament comanda 40588", name="Jordi Puigdollers",
        thread=rid(a), in_reply_to=rid(r))
group("ca", "one identity", a, b)

# G29: late order, Mastodon then email, profile link
a = add("mastodon", "@nuriavila@mastodont.cat",
        "@copperline@mastodon.example fa una setmana que espero el tocadiscs i el seguiment "
        "diu 'en trànsit' des de dilluns. Sabeu on para?",
        300.0, lang="ca", name="Núria Vila")
b = add("email", "nuria.vila@vilaweb.example",
        "Bon dia,\n\nUs vaig escriure per Mastodon fa dos dies. La meva comanda (el "
        "tocadiscs TT-2) encara no ha arribat i el seguiment no es mou. Quan arribarà?\n\n"
        "Núria Vila",
        348.0, lang="ca", subject="Comanda endarrerida", name="Núria Vila",
        links=["@nuriavila@mastodont.cat"])
group("ca", "profile link", a, b)
S.same_person.append(["mastodon:@nuriavila@mastodont.cat", "email:nuria.vila@vilaweb.example"])

# G30: one earcup silent, Bluesky then Mastodon, same name only
a = add("bluesky", "pauserra.bsky.social",
        "@copperline.example m'han arribat els auriculars i l'esquerre no sona gens. provat "
        "amb 3 dispositius. nous de trinca",
        320.0, lang="ca", name="Pau Serra")
b = add("mastodon", "@pau@mastodont.cat",
        "Auriculars nous de @copperline@mastodon.example i només sona el costat dret. Ja ho "
        "vaig dir a bluesky i res. Que algú em contesti si us plau",
        385.0, lang="ca", name="Pau Serra")
group("ca", "same name only", a, b)
S.same_person.append(["bluesky:pauserra.bsky.social", "mastodon:@pau@mastodont.cat"])

# ---------------------------------------------------------------- follow-ups

a = add("email", "kwame.asante@protonmail.example",
        "Hi,\n\nMy Kestrel DAC started making a loud pop every time it switches sample rate. "
        "Is that covered under warranty?\n\nKwame",
        12.0, lang="en", subject="DAC popping", name="Kwame Asante")
r = reply("email", "Hi Kwame,\n\nSorry to hear that. Could you send us your order number so "
          "we can check your warranty?\n\nCheers,\nMia", 15.0, a, rid(a), "en")
b = add("email", "kwame.asante@protonmail.example",
        "Sure, it's 39904. Bought it last September.\n\nKwame",
        17.5, lang="en", subject="Re: DAC popping", name="Kwame Asante",
        thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "gives the order number the shop asked for")

a = add("email", "carmen.ibanez@hotmail.example",
        "Hola, me ha llegado la caja del tocadiscos con una esquina aplastada y la tapa "
        "de metacrilato rajada. Pedido 40455.\nCarmen",
        64.0, lang="es", subject="Tocadiscos llegado roto", name="Carmen Ibáñez")
r = reply("email", "Hola Carmen,\n\n¿Nos puedes mandar unas fotos de la tapa y de la caja? "
          "Así lo tramitamos con el transportista.\n\nGracias,\nEquipo Copperline",
          68.0, a, rid(a), "es")
b = add("email", "carmen.ibanez@hotmail.example",
        "Ahí van las fotos (3 adjuntas). En la segunda se ve bien la raja.\nCarmen",
        71.0, lang="es", subject="Re: Tocadiscos llegado roto", name="Carmen Ibáñez",
        thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "sends the photos the shop asked for")

a = add("email", "t.weisz@gmx.example",
        "Hallo Copperline,\n\nmein Kopfhörerverstärker brummt seit gestern stark auf dem linken "
        "Kanal, auch ohne Eingangssignal. Kann ich ihn zur Reparatur schicken?\n\nTobias Weisz",
        112.0, lang="de", subject="Brummen linker Kanal", name="Tobias Weisz")
b = add("email", "t.weisz@gmx.example",
        "PS: Seriennummer ist CL-HA-2207-0193, gekauft im März 2025. Rechnung hänge ich an.",
        112.6, lang="de", subject="Re: Brummen linker Kanal", name="Tobias Weisz",
        thread=rid(a), in_reply_to=rid(a))
negative("follow-up", a, b, "PS with serial number and invoice")

a = add("email", "amelie.roux@laposte.example",
        "Bonjour, mon colis n'est toujours pas arrivé alors qu'il devait être livré mardi. "
        "Merci de vérifier.\nAmélie Roux",
        175.0, lang="fr", subject="Colis pas arrivé", name="Amélie Roux")
r = reply("email", "Bonjour Amélie,\n\nPouvez-vous nous indiquer votre numéro de commande ? "
          "Nous ne trouvons rien à votre adresse mail.\n\nBien cordialement,\nCopperline Audio",
          178.0, a, rid(a), "fr")
b = add("email", "amelie.roux@laposte.example",
        "Ah oui pardon, c'est la commande 40993 (j'ai commandé avec l'adresse de mon copain, "
        "thomas.girard@...).\nAmélie",
        181.0, lang="fr", subject="Re: Colis pas arrivé", name="Amélie Roux",
        thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "gives the order number the shop asked for")

a = add("email", "f.gallo@alice.example",
        "Buonasera,\n\nil giradischi che ho comprato da voi gira troppo veloce a 33 giri, "
        "sembra Topolino. Si può regolare?\n\nFrancesca Gallo",
        260.0, lang="it", subject="giradischi velocità sbagliata", name="Francesca Gallo")
b = add("email", "f.gallo@alice.example",
        "Dimenticavo: a 45 giri invece va bene. L'ho controllato con l'app stroboscopio, a 33 "
        "segna 34,6 circa.\nFrancesca",
        261.5, lang="it", subject="Re: giradischi velocità sbagliata", name="Francesca Gallo",
        thread=rid(a), in_reply_to=rid(a))
negative("follow-up", a, b, "adds a measurement detail to the first mail")

a = add("email", "marloes.peters@xs4all.example",
        "Hallo,\n\nBij mijn speaker zat een beschadigde kabel, de isolatie is gescheurd bij de "
        "stekker. Wat nu?\n\nMarloes",
        330.0, lang="nl", subject="Kapotte kabel bij speaker", name="Marloes Peters")
r = reply("email", "Hoi Marloes,\n\nVervelend! Kun je een foto van de kabel sturen en je "
          "ordernummer erbij zetten?\n\nGroet,\nCopperline Audio", 333.0, a, rid(a), "nl")
b = add("email", "marloes.peters@xs4all.example",
        "Hierbij de foto. Ordernummer is #41011.\n\nMarloes",
        340.0, lang="nl", subject="Re: Kapotte kabel bij speaker", name="Marloes Peters",
        thread=rid(a), in_reply_to=rid(r))
negative("follow-up", a, b, "sends the photo and order number the shop asked for")

# ---------------------------------------------------------------- other complaint (more)

a = add("email", "odile.marchand@wanadoo.example",
        "Bonjour,\n\nMa commande de câbles est arrivée mais il manque le câble XLR de 3 m, "
        "il n'y a que le 1 m.\n\nOdile Marchand",
        36.0, lang="fr", subject="Câble manquant", name="Odile Marchand")
b = add("email", "odile.marchand@wanadoo.example",
        "Bonjour,\n\nAutre chose : je n'arrive plus à me connecter à mon compte depuis la mise "
        "à jour du site, il me dit que mon adresse n'existe pas.\n\nOdile Marchand",
        100.0, lang="fr", subject="Compte inaccessible", name="Odile Marchand")
negative("other-complaint", a, b, "missing cable, then cannot log in")

# ---------------------------------------------------------------- other customer

a = add("mastodon", "@synthwave_sam@mastodon.example",
        "is the @copperline@mastodon.example site down for anyone else? getting a blank page",
        160.0, lang="en", name="Sam R")
b = add("bluesky", "heathermoss.bsky.social",
        "@copperline.example your website won't load at all, just spins. trying to buy a "
        "cable before the weekend",
        160.4, lang="en", name="Heather Moss")
negative("other-customer", a, b, "two customers reporting the same site outage")

a = add("email", "anna.whitlock@gmail.example",
        "Hi, our order 41990 (the Brisk speakers, ordered under my husband's name) still "
        "hasn't arrived. Can you check?\nAnna",
        200.0, lang="en", subject="Order 41990", name="Anna Whitlock")
b = add("mastodon", "@jwhitlock@mastodon.example",
        "@copperline@mastodon.example hey, speakers ordered 10 days ago (41990) still not "
        "here. any news?",
        205.0, lang="en", name="James Whitlock")
negative("other-customer", a, b, "a couple asking about the one order they share")

a = add("email", "jonas.weber@t-online.example",
        "Hallo,\n\nich warte seit über einer Woche auf meine Bestellung 40880 (Cinch-Kabel). "
        "Wann wird die verschickt?\n\nJonas Weber",
        90.0, lang="de", subject="Bestellung 40880", name="Jonas Weber")
b = add("mastodon", "@jweber@muenchen.social",
        "@copperline@mastodon.example Meine Kopfhörer-Bestellung hängt seit Tagen auf "
        "\"in Bearbeitung\". Versand vergessen? Grüße aus München",
        140.0, lang="de", name="Jonas Weber")
negative("other-customer", a, b, "two different people named Jonas Weber, both waiting on an order")
S.same_name_different_people.append(["email:jonas.weber@t-online.example",
                                     "mastodon:@jweber@muenchen.social"])

a = add("mastodon", "@camille@piaille.example",
        "@copperline@mastodon.example le code promo PRINTEMPS marche pas sur les casques ?",
        230.0, lang="fr", name="Camille Martin")
b = add("bluesky", "camillemartin-lyon.bsky.social",
        "@copperline.example code PRINTEMPS refusé sur ma platine, pourtant c'est écrit -10% "
        "sur tout le site",
        255.0, lang="fr", name="Camille Martin")
negative("other-customer", a, b, "two different people named Camille Martin, same coupon problem")
S.same_name_different_people.append(["mastodon:@camille@piaille.example",
                                     "bluesky:camillemartin-lyon.bsky.social"])

a = add("mastodon", "@dani_vlc@mastodon.example",
        "a alguien mas le pasa que la app de @copperline@mastodon.example no carga? se queda "
        "en el logo",
        312.0, lang="es", name="Dani")
b = add("bluesky", "soniaperez.bsky.social",
        "@copperline.example la app no abre, pantalla en blanco con el logo. iphone 13",
        313.0, lang="es", name="Sonia Pérez")
negative("other-customer", a, b, "two customers hit by the same app outage")

a = add("email", "beatriz.lopes@gmail.example",
        "Olá, comprei o gira-discos na pré-venda e disseram que enviariam dia 20. Hoje é 24 e "
        "nada. Podem informar?\nBeatriz Lopes",
        190.0, lang="pt", subject="Pré-venda TT-2", name="Beatriz Lopes")
b = add("mastodon", "@andrecunha@masto.example",
        "@copperline@mastodon.example pré-venda do TT-2 era pra sair dia 20, ainda não "
        "enviaram o meu. alguma previsão?",
        215.0, lang="pt", name="André Cunha")
negative("other-customer", a, b, "two pre-order customers waiting on the same delayed batch")

# ---------------------------------------------------------------- window

a = add("email", "harriet.cole@yahoo.example",
        "Hi,\n\nMy Halden headphones crackle in the right ear at higher volumes. Is this a "
        "known issue?\n\nHarriet",
        4.0, lang="en", subject="Crackling headphones", name="Harriet Cole")
b = add("email", "harriet.cole@yahoo.example",
        "Hello, I wrote a while back about the crackling in my right earcup. It's getting "
        "worse. Can I send them in?\n\nHarriet Cole",
        290.0, lang="en", subject="Headphones still crackling", name="Harriet Cole")
negative("window", a, b, "same complaint again about 12 days later")

a = add("mastodon", "@lenafuchs@troet.example",
        "@copperline@mastodon.example Meine Bestellung mit dem Lautsprecherkabel ist nach 10 "
        "Tagen immer noch nicht da. Was ist los?",
        10.0, lang="de", name="Lena Fuchs")
b = add("mastodon", "@lenafuchs@troet.example",
        "Und wieder: Kabel immer noch nicht angekommen @copperline@mastodon.example. Das ist "
        "doch ein Witz.",
        215.0, lang="de", name="Lena Fuchs")
negative("window", a, b, "same complaint again about 8.5 days later")

a = add("bluesky", "marcobianchi.bsky.social",
        "@copperline.example il codice sconto BENVENUTO non funziona sul carrello",
        60.0, lang="it", name="Marco Bianchi")
b = add("bluesky", "marcobianchi.bsky.social",
        "@copperline.example ancora niente sconto col codice BENVENUTO. boh",
        300.0, lang="it", name="Marco Bianchi")
negative("window", a, b, "same complaint again 10 days later")

a = add("email", "marta.soler@telefonica.example",
        "Bon dia, no m'ha arribat la factura de la reparació del plat (R-2198). La necessito "
        "per a l'assegurança.\nMarta Soler",
        120.0, lang="ca", subject="Factura reparació", name="Marta Soler")
b = add("email", "marta.soler@telefonica.example",
        "Bon dia, segueixo sense la factura de la reparació R-2198. Me la podeu enviar?\n"
        "Marta Soler",
        400.0, lang="ca", subject="Factura reparació R-2198", name="Marta Soler")
negative("window", a, b, "same complaint again nearly 12 days later")

# ---------------------------------------------------------------- filler

add("email", "olav.nygaard@online.example",
    "Hello, do you ship to Norway? And would I pay import VAT on delivery?\n\nOlav",
    3.0, lang="en", subject="Shipping to Norway", name="Olav Nygaard")
add("mastodon", "@beatmatch@mastodon.example",
    "@copperline@mastodon.example does the TT-2 have a built in phono preamp or do I need a "
    "separate one?", 28.0, lang="en", name="beatmatch")
add("bluesky", "ellie-reads.bsky.social",
    "@copperline.example are the Halden headphones ok for people with glasses? asking for me",
    80.0, lang="en", name="Ellie")
add("email", "kevin.osei@gmail.example",
    "Hi, do you do gift cards? Want to get one for my brother's birthday.\nKevin",
    230.0, lang="en", subject="Gift cards?", name="Kevin Osei")
add("email", "ines.navarro@gmail.example",
    "Hola, ¿tenéis tienda física en Madrid o solo online? Quería probar los cascos antes.\n"
    "Inés", 50.0, lang="es", subject="Tienda física", name="Inés Navarro")
add("mastodon", "@rulo@mastodon.example",
    "@copperline@mastodon.example ¿el cable Loom de 2 m viene con conectores dorados?",
    270.0, lang="es", name="Rulo")
add("bluesky", "gruenerklang.bsky.social",
    "@copperline.example Repariert ihr auch Plattenspieler, die nicht bei euch gekauft "
    "wurden? Dual 1219", 70.0, lang="de", name="grüner klang")
add("email", "h.albers@mailbox.example",
    "Guten Tag, kann ich auf Rechnung bezahlen?\nHelga Albers",
    265.0, lang="de", subject="Zahlung auf Rechnung", name="Helga Albers")
add("mastodon", "@lucasvinyle@piaille.example",
    "@copperline@mastodon.example vous avez un retrait en boutique à Lyon ou seulement la "
    "livraison ?", 145.0, lang="fr", name="Lucas")
add("email", "sophie.bernard@sfr.example",
    "Bonjour, la garantie CarePlus couvre-t-elle aussi la casse accidentelle ? Merci.\nSophie",
    345.0, lang="fr", subject="Question garantie", name="Sophie Bernard")
add("bluesky", "caio-sons.bsky.social",
    "@copperline.example vocês entregam no Brasil ou só Europa?", 125.0, lang="pt", name="Caio")
add("email", "helena.rocha@gmail.example",
    "Bom dia, o cabo Loom RCA serve para ligar um gira-discos a umas colunas ativas? Obrigada",
    320.0, lang="pt", subject="Dúvida cabo", name="Helena Rocha")
add("mastodon", "@paolo_hifi@mastodon.example",
    "@copperline@mastodon.example le casse Brisk si possono montare a parete?",
    155.0, lang="it", name="Paolo")
add("bluesky", "sannevisser.bsky.social",
    "@copperline.example hebben jullie ook een studentenkorting?", 185.0, lang="nl",
    name="Sanne Visser")
add("email", "arnau.roca@gmail.example",
    "Hola, quant triga l'enviament a Girona? Gràcies\nArnau", 240.0, lang="ca",
    subject="Temps d'enviament", name="Arnau Roca")
add("mastodon", "@laiabosch@mastodont.cat",
    "@copperline@mastodon.example feu descompte si compro el tocadiscs i els altaveus "
    "junts? 😅", 410.0, lang="ca", name="Laia Bosch")

S.write(HERE, "Copperline Audio: repeats in other words in eight languages, written without "
        "sight of the detector; labels are what a reader would say.")
