#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Labelled set of repeats in other words: posts to Hearthside Tea Co.,
a small online shop for loose-leaf tea, teapots, kettles, accessories and
a tea-of-the-month subscription (hearthsidetea.example), on email,
Mastodon and Bluesky, in eight languages (en, es, de, fr, pt, it, nl, ca).

30 true repeat groups (25 pairs, 5 triples; 10 across two channels, the
identities known by a profile link or by the same display name only),
labelled negatives (follow-up, other-complaint, other-customer, window),
shop replies and one-off questions as filler.

The posts were written as customers of a small shop write, without sight
of the detector, its lexicon or the other sets. The labels say what a
person reading the posts would say; they were never edited to fit the
detector. Run with python3 to write fixture.jsonl and labels.json here;
the output is deterministic.
"""
import os
import sys
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 11, 9, 6, 40, tzinfo=timezone.utc)
S = LabelledSet(BASE, "ht", "hello@hearthsidetea.example", "@hearthsidetea@mastodon.social",
                "hearthsidetea.bsky.social", "Hearthside Tea Co.")
rid = S.rid
E, M, B = "email", "mastodon", "bluesky"

# ---------------------------------------------------------------- English
# 1: late parcel, one mail thread, non-committal answer, two nudges
a = S.add(E, "maggie.thornton@fastmail.example",
          "Hi,\n\nI ordered the Assam breakfast blend and the cast iron teapot on the 28th (order #41230) "
          "and it still hasn't turned up. Tracking hasn't moved since Thursday. Could you have a look?\n\n"
          "Thanks,\nMaggie", 2, lang="en", subject="Order #41230 not arrived", name="Maggie Thornton")
r = S.reply(E, "Hi Maggie,\n\nThanks for getting in touch. We're looking into it with the courier and "
            "will get back to you as soon as we hear something.\n\nWarm regards,\nHearthside Tea Co.",
            6, rid(a), rid(a), "en")
b = S.add(E, "maggie.thornton@fastmail.example",
          "Any news? It's been two days since you said you'd look into it and the tracking still says "
          "'in transit'. I'm down to my last few spoonfuls of Assam here.\n\nMaggie", 50, lang="en",
          subject="Re: Order #41230 not arrived", name="Maggie Thornton", thread=rid(a), in_reply_to=rid(r))
c = S.add(E, "maggie.thornton@fastmail.example",
          "Hello?? Still no teapot, still no answer. Getting a bit fed up now tbh.", 98, lang="en",
          subject="Re: Order #41230 not arrived", name="Maggie Thornton", thread=rid(a), in_reply_to=rid(r))
S.group("en", "one identity", a, b, c)

# 2: smashed glass kettle, Mastodon then Bluesky with a profile link
a = S.add(M, "@owenpryce@mastodon.scot",
          "The glass kettle from @hearthsidetea arrived in three pieces. Lovely packaging though, "
          "shame about the contents 🙃", 10, lang="en", name="Owen Pryce")
b = S.add(B, "owenpryce.bsky.social",
          "posted about this on mastodon yesterday, nothing back. your glass kettle turned up smashed "
          "@hearthsidetea.bsky.social - who do I talk to about getting one that's in one piece?",
          40, lang="en", name="Owen Pryce", links=["@owenpryce@mastodon.scot"])
S.group("en", "profile link", a, b)
S.same_person.append(["mastodon:@owenpryce@mastodon.scot", "bluesky:owenpryce.bsky.social"])

# 3: refund after a return, two separate mails
a = S.add(E, "d.okafor@outlook.example",
          "Hello,\n\nI sent back the stainless steel infuser set (order 41587) a fortnight ago. Your site "
          "says the return was received on 2 Nov but I haven't had the refund yet. Could you check please?\n\n"
          "Kind regards,\nDaniel Okafor", 30, lang="en", subject="Refund for returned infuser set",
          name="Daniel Okafor")
b = S.add(E, "d.okafor@outlook.example",
          "This is my second email about this. Return for 41587, received by you on the 2nd, and still no "
          "money back. That's three weeks now. Please sort it out.\n\nD. Okafor", 120, lang="en",
          subject="refund STILL missing", name="Daniel Okafor")
S.group("en", "one identity", a, b)
o = S.add(E, "d.okafor@outlook.example",
          "Hi again, different thing: my card was charged £14 for a tea-of-the-month box on the 15th. "
          "I never signed up for the subscription, I only bought the infuser set. Can you cancel whatever "
          "this is and refund it?\n\nDaniel", 160, lang="en", subject="Subscription I never signed up for",
          name="Daniel Okafor")
S.negative("other-complaint", b, o, "same customer: refund for a return, then a subscription he never took")

# 4: coupon not applied, Bluesky, same handle
a = S.add(B, "jess-reads-tea.bsky.social",
          "tried to use WELCOME10 at @hearthsidetea.bsky.social checkout and it just says 'code not valid'?? "
          "it's literally in your newsletter", 70, lang="en", name="jess 📚🍵")
b = S.add(B, "jess-reads-tea.bsky.social",
          "ok tried again on my phone AND laptop, still 'not valid'. do i just pay full price then lol",
          75, lang="en", name="jess 📚🍵")
S.group("en", "one identity", a, b)

# 5: subscription cancelled but billed, Mastodon then mail, same name only
a = S.add(M, "@rowanh@fosstodon.example",
          "Cancelled my @hearthsidetea tea-of-the-month sub back in October. Just got charged £14 for "
          "December anyway. Not impressed.", 130, lang="en", name="Rowan Hale")
b = S.add(E, "rowan.hale84@gmail.example",
          "Hi,\n\nI cancelled my tea of the month subscription on 18 October (I have the confirmation "
          "email) but my card was charged £14.00 again this week. Please refund it and make sure it's "
          "actually cancelled this time.\n\nRowan", 140, lang="en",
          subject="Charged after cancelling subscription", name="Rowan Hale")
S.group("en", "same name only", a, b)
S.same_person.append(["mastodon:@rowanh@fosstodon.example", "email:rowan.hale84@gmail.example"])

# 6: wrong tea, Bluesky then Mastodon, same name only
a = S.add(B, "pipwren.bsky.social",
          "ordered darjeeling first flush from @hearthsidetea.bsky.social, got a tin of lapsang. "
          "smoky surprise I guess 🔥", 200, lang="en", name="Pip Wren")
b = S.add(M, "@pip@tea.social.example",
          "@hearthsidetea hiya, you sent me lapsang souchong instead of the darjeeling 1st flush (100g). "
          "how do I swap it? said this on bsky too but no joy", 215, lang="en", name="Pip Wren")
S.group("en", "same name only", a, b)
S.same_person.append(["bluesky:pipwren.bsky.social", "mastodon:@pip@tea.social.example"])

# ---------------------------------------------------------------- Spanish
# 7: marked delivered but not received, triple with answer
a = S.add(E, "lucia.ferrer.m@correo.example",
          "Hola,\n\nel pedido 41702 aparece como entregado desde el martes pero yo no he recibido nada. "
          "No había nadie en casa pero tampoco me dejaron aviso.\n\nUn saludo,\nLucía Ferrer", 20, lang="es",
          subject="Pedido 41702 marcado como entregado pero no lo tengo", name="Lucía Ferrer")
r = S.reply(E, "Hola Lucía,\n\ngracias por avisarnos. Lo estamos revisando con la mensajería y te "
            "decimos algo en cuanto sepamos más.\n\nUn abrazo,\nHearthside Tea Co.", 26, rid(a), rid(a), "es")
b = S.add(E, "lucia.ferrer.m@correo.example",
          "Hola de nuevo, sigo sin el paquete. He preguntado a los vecinos y al portero y nada de nada. "
          "¿Que hago?", 70, lang="es", subject="Re: Pedido 41702 marcado como entregado pero no lo tengo",
          name="Lucía Ferrer", thread=rid(a), in_reply_to=rid(r))
c = S.add(E, "lucia.ferrer.m@correo.example",
          "Ya va una semana. Pague 38 euros por un te y una tetera que nunca llegaron. Quiero una solucion "
          "o que me devolvais el dinero.\n\nLucía", 140, lang="es", subject="PEDIDO 41702!!!",
          name="Lucía Ferrer")
S.group("es", "one identity", a, b, c)
o = S.add(E, "lucia.ferrer.m@correo.example",
          "Hola, otra cosa aparte del paquete: en la factura del pedido 41702 sale mal mi NIF, pone "
          "47123456T y es 47123465T. ¿Me la podéis corregir?\n\nGracias", 146, lang="es",
          subject="Factura pedido 41702 - NIF", name="Lucía Ferrer")
S.negative("other-complaint", c, o, "same order: parcel never arrived, then a wrong tax number on the invoice")

# 8: app crash at checkout, Mastodon
a = S.add(M, "@jmarquez@mastodon.example",
          "La app de @hearthsidetea se cierra cada vez que le doy a 'pagar'. Android 14. Alguien mas?",
          88, lang="es", name="Javi Márquez")
b = S.add(M, "@jmarquez@mastodon.example",
          "Pues sigue igual, se cierra justo al pagar. Me quedo sin mi matcha 😤", 92, lang="es",
          name="Javi Márquez")
S.group("es", "one identity", a, b)

# 9: double charge, mail then Bluesky with a profile link
a = S.add(E, "carmen.v.rios@correo.example",
          "Buenas,\n\nme habéis cobrado dos veces el pedido nº 41915 (dos cargos de 24,90 € en la tarjeta el "
          "mismo día). Adjunto captura del banco.\n\nUn saludo,\nCarmen Ríos", 150, lang="es",
          subject="Cobro duplicado", name="Carmen Ríos")
b = S.add(B, "carmenvrios.bsky.social",
          "@hearthsidetea.bsky.social os escribí por mail hace dos días, me cobrasteis el pedido dos veces "
          "y nadie contesta. 49,80 por una caja de té...", 190, lang="es", name="Carmen Ríos",
          links=["carmen.v.rios@correo.example"])
S.group("es", "profile link", a, b)
S.same_person.append(["email:carmen.v.rios@correo.example", "bluesky:carmenvrios.bsky.social"])

# 10: teapot without lid, Bluesky
a = S.add(B, "nachogs.bsky.social",
          "Me llegó la tetera de hierro de @hearthsidetea.bsky.social sin la tapa. Sin. Tapa.", 230,
          lang="es", name="Nacho G.")
b = S.add(B, "nachogs.bsky.social",
          "Seguimos con la tetera destapada. ¿Alguien me dice algo de la tapa o la uso de maceta?", 260,
          lang="es", name="Nacho G.")
S.group("es", "one identity", a, b)

# ---------------------------------------------------------------- German
# 11: parcel stuck, triple with answer
a = S.add(E, "k.brenner@web.example",
          "Guten Tag,\n\nich habe am 30.10. bestellt (Bestellung 41388, 2x Sencha, 1x Teesieb) und bis heute "
          "nichts bekommen. Die Sendungsverfolgung zeigt seit fünf Tagen 'Paket im Zustellzentrum'.\n\n"
          "Mit freundlichen Grüßen\nKlaus Brenner", 4, lang="de", subject="Bestellung 41388 - wo bleibt die?",
          name="Klaus Brenner")
r = S.reply(E, "Hallo Herr Brenner,\n\nvielen Dank für Ihre Nachricht. Wir haben eine Nachforschung beim "
            "Versanddienstleister angestoßen und melden uns, sobald wir mehr wissen.\n\nViele Grüße\n"
            "Hearthside Tea Co.", 9, rid(a), rid(a), "de")
b = S.add(E, "k.brenner@web.example",
          "Hallo,\n\ngibt es schon was Neues? Das Paket hängt immer noch im Zustellzentrum fest.\n\nK. Brenner",
          75, lang="de", subject="Re: Bestellung 41388 - wo bleibt die?", name="Klaus Brenner",
          thread=rid(a), in_reply_to=rid(r))
c = S.add(E, "k.brenner@web.example",
          "Ich frage jetzt zum dritten Mal. Wenn das Paket verloren ist, schicken Sie bitte Ersatz oder "
          "erstatten Sie das Geld. So langsam reicht's.", 130, lang="de",
          subject="Re: Bestellung 41388 - wo bleibt die?", name="Klaus Brenner", thread=rid(a),
          in_reply_to=rid(r))
S.group("de", "one identity", a, b, c)

# 12: password reset mail never arrives, Mastodon then mail, same name only
a = S.add(M, "@lenaschu@chaos.example",
          "Kann mich bei @hearthsidetea seit gestern nicht mehr einloggen, die Passwort-zurücksetzen-Mail "
          "kommt nie an. Spamordner auch leer. Hmpf.", 55, lang="de", name="Lena Schuster")
b = S.add(E, "lena.schuster@posteo.example",
          "Hallo,\n\nich komme nicht mehr in mein Kundenkonto. Hab 4x auf 'Passwort vergessen' geklickt, "
          "keine Mail. Könnt ihr das bitte prüfen? Hab's auch schon auf Mastodon geschrieben.\n\nGrüße\nLena",
          80, lang="de", subject="Login geht nicht", name="Lena Schuster")
S.group("de", "same name only", a, b)
S.same_person.append(["mastodon:@lenaschu@chaos.example", "email:lena.schuster@posteo.example"])

# 13: wrong colour Kyusu, Bluesky
a = S.add(B, "tobi-trinkt-tee.bsky.social",
          "Bestellt: Kyusu in grün. Gekommen: Kyusu in orange. Sieht aus wie ein Kürbis 🎃 "
          "@hearthsidetea.bsky.social", 160, lang="de", name="Tobi")
b = S.add(B, "tobi-trinkt-tee.bsky.social",
          "immer noch keine antwort wegen der orangen kanne. ich will die grüne, keine halloween deko",
          185, lang="de", name="Tobi")
S.group("de", "one identity", a, b)
o = S.add(B, "tobi-trinkt-tee.bsky.social",
          "ach und übrigens: der abmelde-link in eurem newsletter führt auf ne 404 seite. "
          "@hearthsidetea.bsky.social", 188, lang="de", name="Tobi")
S.negative("other-complaint", b, o, "same customer: wrong colour teapot, then a broken unsubscribe link")

# 14: wrong invoice, mail then Mastodon with a profile link
a = S.add(E, "m.hoffmann@firma-hoffmann.example",
          "Sehr geehrte Damen und Herren,\n\nauf der Rechnung RE-2026-0877 fehlt unsere USt-IdNr. und die "
          "Firmenadresse ist falsch (Hauptstr. 12 statt 21). Bitte um Korrektur, sonst kann unsere "
          "Buchhaltung sie nicht verbuchen.\n\nMfG\nMartin Hoffmann\nHoffmann Bürobedarf GmbH", 240,
          lang="de", subject="Rechnung RE-2026-0877 fehlerhaft", name="Martin Hoffmann")
b = S.add(M, "@mhoffmann@social.example",
          "@hearthsidetea Wir warten seit Tagen auf eine korrigierte Rechnung (0877), die Mail blieb "
          "unbeantwortet. Gibt's da jemanden?", 300, lang="de", name="Martin Hoffmann",
          links=["m.hoffmann@firma-hoffmann.example"])
S.group("de", "profile link", a, b)
S.same_person.append(["email:m.hoffmann@firma-hoffmann.example", "mastodon:@mhoffmann@social.example"])

# ---------------------------------------------------------------- French
# 15: damaged teapot, triple with answer
a = S.add(E, "sophie.garnier@orange.example",
          "Bonjour,\n\nJ'ai reçu ma commande 41460 ce matin, le carton était écrasé et la théière en fonte a "
          "un éclat sur le bec. Je vous joins des photos. Que proposez-vous ?\n\nCordialement,\nSophie Garnier",
          35, lang="fr", subject="Colis abîmé - cde 41460", name="Sophie Garnier")
r = S.reply(E, "Bonjour Madame Garnier,\n\nNous sommes désolés. Nous transmettons votre dossier au "
            "service concerné et revenons vers vous rapidement.\n\nBien à vous,\nHearthside Tea Co.",
            42, rid(a), rid(a), "fr")
b = S.add(E, "sophie.garnier@orange.example",
          "Bonjour,\n\nToujours pas de retour de votre part concernant la théière abîmée. Pouvez-vous me "
          "dire où en est mon dossier ?\n\nS. Garnier", 100, lang="fr", subject="RE: Colis abîmé - cde 41460",
          name="Sophie Garnier", thread=rid(a), in_reply_to=rid(r))
c = S.add(E, "sophie.garnier@orange.example",
          "3e message. Théière ébréchée, colis écrasé, et toujours aucune réponse concrète. Je commence "
          "sérieusement à regretter ma commande.", 170, lang="fr", subject="Relance : théière cassée",
          name="Sophie Garnier")
S.group("fr", "one identity", a, b, c)

# 16: refund late, Mastodon
a = S.add(M, "@jb_lefevre@piaille.example",
          "Retour envoyé le 27/10, toujours pas remboursé par @hearthsidetea. 3 semaines pour rembourser "
          "19€ de thé vert, sérieux ?", 110, lang="fr", name="JB Lefèvre")
b = S.add(M, "@jb_lefevre@piaille.example",
          "Toujours rien. Le remboursement c'est pour Noël ou pour Pâques ? 🙃", 150, lang="fr",
          name="JB Lefèvre")
S.group("fr", "one identity", a, b)
o = S.add(M, "@jb_lefevre@piaille.example",
          "Et au passage l'appli @hearthsidetea plante dès que je veux ouvrir 'Mes commandes'. iPhone 12, "
          "dernière version.", 152, lang="fr", name="JB Lefèvre")
S.negative("other-complaint", b, o, "same customer: late refund, then the app crashing on the orders page")

# 17: promo code refused, Bluesky then Mastodon, same name only
a = S.add(B, "manonlectrice.bsky.social",
          "le code NOEL15 de @hearthsidetea.bsky.social marche pas, il dit 'expiré' alors que l'offre court "
          "jusqu'au 30 😑", 260, lang="fr", name="Manon D.")
b = S.add(M, "@manon_d@mamot.example",
          "@hearthsidetea coucou, votre code NOEL15 est refusé au panier ('code expiré') alors que la "
          "newsletter dit valable jusqu'au 30/11. Une idée ?", 270, lang="fr", name="Manon D.")
S.group("fr", "same name only", a, b)
S.same_person.append(["bluesky:manonlectrice.bsky.social", "mastodon:@manon_d@mamot.example"])

# 18: return label never sent, two mails
a = S.add(E, "p.martel@laposte.example",
          "Bonjour,\n\nJ'ai demandé le retour de la bouilloire (commande n°42031) il y a 4 jours, on m'a dit "
          "que je recevrais l'étiquette par mail. Rien reçu.\n\nMerci\nP. Martel", 320, lang="fr",
          subject="étiquette de retour", name="Pascal Martel")
b = S.add(E, "p.martel@laposte.example",
          "Bonjour, je relance pour l'etiquette retour de la bouilloire. Je ne peux pas renvoyer le colis "
          "sans. Merci de faire le necessaire rapidement.", 360, lang="fr",
          subject="Toujours pas d'étiquette de retour", name="Pascal Martel")
S.group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese
# 19: "delivered" but not received, mail then Bluesky with a profile link
a = S.add(E, "ana.bezerra@correio.example",
          "Olá,\n\na minha encomenda 41655 aparece como entregue desde sexta mas não recebi nada. Moro num "
          "prédio e ninguém na portaria viu o estafeta. Podem verificar?\n\nObrigada,\nAna Bezerra", 60,
          lang="pt", subject="Encomenda 41655 não chegou", name="Ana Bezerra")
b = S.add(B, "anabezerra.bsky.social",
          "@hearthsidetea.bsky.social mandei email há dois dias sobre a encomenda que diz entregue e nunca "
          "chegou. alguém me responde?", 110, lang="pt", name="Ana Bezerra",
          links=["ana.bezerra@correio.example"])
S.group("pt", "profile link", a, b)
S.same_person.append(["email:ana.bezerra@correio.example", "bluesky:anabezerra.bsky.social"])

# 20: still billed after cancelling, Mastodon
a = S.add(M, "@rafa_tea@masto.pt.example",
          "Cancelei a assinatura mensal da @hearthsidetea e continuam a cobrar. Fixe.", 180, lang="pt",
          name="Rafa")
b = S.add(M, "@rafa_tea@masto.pt.example",
          "Mais uma vez: cancelei a assinatura em outubro e vieram mais 14€ no cartão. Quero o dinheiro "
          "de volta, obrigadinho", 205, lang="pt", name="Rafa")
S.group("pt", "one identity", a, b)

# 21: cannot log in, two mails
a = S.add(E, "joao.pcarvalho@mail.example",
          "Boa tarde,\n\nnão consigo entrar na minha conta, diz sempre 'credenciais inválidas' e quando peço "
          "nova senha o link dá erro 404.\n\nCumprimentos,\nJoão Carvalho", 280, lang="pt", subject="login",
          name="João Carvalho")
b = S.add(E, "joao.pcarvalho@mail.example",
          "Boa tarde, continuo sem conseguir aceder. O link de recuperar a palavra-passe continua a dar 404 "
          "e preciso de ver as minhas faturas.\nJoão", 330, lang="pt",
          subject="Ainda não consigo aceder à conta", name="João Carvalho")
S.group("pt", "one identity", a, b)

# ---------------------------------------------------------------- Italian
# 22: wrong teapot size, thread with answer
a = S.add(E, "giulia.romano@libero.example",
          "Buongiorno,\n\nho ordinato la teiera in ghisa da 1,2 litri e mi è arrivata quella da 0,6. "
          "Ordine n. 41744. Come faccio a cambiarla?\n\nGrazie,\nGiulia Romano", 45, lang="it",
          subject="Ordine 41744 - teiera sbagliata", name="Giulia Romano")
r = S.reply(E, "Buongiorno Giulia,\n\nci dispiace per l'inconveniente, stiamo verificando con il "
            "magazzino e ti aggiorniamo a breve.\n\nUn saluto,\nHearthside Tea Co.", 52, rid(a), rid(a), "it")
b = S.add(E, "giulia.romano@libero.example",
          "Buongiorno, ci sono novità sulla teiera? Mi serve quella grande, siamo in quattro a casa a bere "
          "il tè 😅", 120, lang="it", subject="Re: Ordine 41744 - teiera sbagliata", name="Giulia Romano",
          thread=rid(a), in_reply_to=rid(r))
S.group("it", "one identity", a, b)

# 23: order not shipped, Bluesky then mail, same name only
a = S.add(B, "marcodeluca.bsky.social",
          "ordine fatto il 10 su @hearthsidetea.bsky.social e ancora niente. tracking fermo a "
          "'in lavorazione'. bah", 300, lang="it", name="Marco De Luca")
b = S.add(E, "mdeluca@tiscali.example",
          "Salve,\n\nho ordinato il 10 novembre (ordine 42110) e risulta ancora in lavorazione. Ne ho "
          "scritto anche su Bluesky. Quando parte?\n\nMarco", 320, lang="it", subject="ritardo spedizione",
          name="Marco De Luca")
S.group("it", "same name only", a, b)
S.same_person.append(["bluesky:marcodeluca.bsky.social", "email:mdeluca@tiscali.example"])

# 24: site error 500 on cart, Mastodon
a = S.add(M, "@fede_ravelli@mastodon.uno.example",
          "Il sito di @hearthsidetea mi dà errore 500 appena metto qualcosa nel carrello. Da ieri.", 355,
          lang="it", name="Federica Ravelli")
b = S.add(M, "@fede_ravelli@mastodon.uno.example",
          "Ancora errore 500 sul carrello. Vorrei solo comprare due etti di oolong, non chiedo tanto", 380,
          lang="it", name="Federica Ravelli")
S.group("it", "one identity", a, b)

# ---------------------------------------------------------------- Dutch
# 25: charged twice, triple with answer
a = S.add(E, "ingrid.vdberg@ziggo.example",
          "Beste,\n\nVoor bestelling 41820 is er twee keer €31,50 van mijn rekening afgeschreven. Kunt u er "
          "één terugstorten?\n\nMet vriendelijke groet,\nIngrid van den Berg", 85, lang="nl",
          subject="Dubbele afschrijving bestelling 41820", name="Ingrid van den Berg")
r = S.reply(E, "Beste Ingrid,\n\nBedankt voor je bericht, we zoeken het uit en laten het je zo snel "
            "mogelijk weten.\n\nGroeten,\nHearthside Tea Co.", 93, rid(a), rid(a), "nl")
b = S.add(E, "ingrid.vdberg@ziggo.example",
          "Hallo, al iets bekend over de dubbele afschrijving? Ik zie nog steeds twee keer 31,50 staan.",
          140, lang="nl", subject="Re: Dubbele afschrijving bestelling 41820", name="Ingrid van den Berg",
          thread=rid(a), in_reply_to=rid(r))
c = S.add(E, "ingrid.vdberg@ziggo.example",
          "Nu bijna een week verder en nog steeds niks teruggestort. Dit kan toch niet zo moeilijk zijn?\n\n"
          "Ingrid", 200, lang="nl", subject="Re: Dubbele afschrijving bestelling 41820",
          name="Ingrid van den Berg", thread=rid(a), in_reply_to=rid(r))
S.group("nl", "one identity", a, b, c)

# 26: cracked lid, Bluesky then Mastodon with a profile link
a = S.add(B, "daanbakker.bsky.social",
          "theepot van @hearthsidetea.bsky.social kwam binnen met een barst in het deksel. jammer want hij "
          "is echt mooi", 210, lang="nl", name="Daan Bakker")
b = S.add(M, "@daan@mastodon.nl.example",
          "@hearthsidetea Op Bluesky al gemeld maar geen reactie: mijn theepot kwam met een gebarsten "
          "deksel. Kan ik een nieuw deksel of een nieuwe pot krijgen?", 250, lang="nl", name="Daan Bakker",
          links=["daanbakker.bsky.social"])
S.group("nl", "profile link", a, b)
S.same_person.append(["bluesky:daanbakker.bsky.social", "mastodon:@daan@mastodon.nl.example"])

# 27: rude courier, Mastodon
a = S.add(M, "@sanne_k@mastodon.social.example",
          "Bezorger van @hearthsidetea gooide m'n pakket gewoon over het hek en begon te schelden toen ik er "
          "wat van zei. Top service hoor.", 400, lang="nl", name="Sanne K.")
b = S.add(M, "@sanne_k@mastodon.social.example",
          "Nog even over die bezorger van gisteren: echt niet normaal hoe die tegen me tekeer ging. Waar "
          "kan ik dit melden?", 415, lang="nl", name="Sanne K.")
S.group("nl", "one identity", a, b)

# ---------------------------------------------------------------- Catalan
# 28: order not arrived, thread with answer
a = S.add(E, "marti.puig@vilaweb.example",
          "Bon dia,\n\nvaig fer la comanda 41990 fa 10 dies i encara no ha arribat. El seguiment no "
          "s'actualitza. Em podeu dir alguna cosa?\n\nGràcies,\nMartí", 190, lang="ca",
          subject="Comanda 41990 sense notícies", name="Martí Puig")
r = S.reply(E, "Bon dia Martí,\n\nho estem mirant amb el transportista i et direm alguna cosa aviat.\n\n"
            "Salutacions,\nHearthside Tea Co.", 196, rid(a), rid(a), "ca")
b = S.add(E, "marti.puig@vilaweb.example",
          "Bon dia de nou. Segueixo sense paquet i sense cap resposta. Quan arribara?", 260, lang="ca",
          subject="Re: Comanda 41990 sense notícies", name="Martí Puig", thread=rid(a), in_reply_to=rid(r))
S.group("ca", "one identity", a, b)

# 29: subscriber discount not applied, Bluesky
a = S.add(B, "nuriacasals.bsky.social",
          "el descompte del 10% per subscriptors no s'aplica a la cistella de @hearthsidetea.bsky.social, "
          "algú sap per què?", 340, lang="ca", name="Núria Casals")
b = S.add(B, "nuriacasals.bsky.social",
          "doncs res, segueix sense aplicar-se el 10%. pago el preu sencer i au?", 348, lang="ca",
          name="Núria Casals")
S.group("ca", "one identity", a, b)
o = S.add(B, "nuriacasals.bsky.social",
          "i ara el paquet de l'altra comanda ha arribat amb la bossa de rooibos esquinçada i mig te escampat "
          "per la caixa 🙄 @hearthsidetea.bsky.social", 352, lang="ca", name="Núria Casals")
S.negative("other-complaint", b, o, "same customer: discount not applied, then a torn bag of tea")

# 30: wrong tax number on invoice, two mails
a = S.add(E, "jordi.sala@xtec.example",
          "Hola,\n\na la factura de la comanda 42200 hi surt el NIF malament (hi ha un 8 on hauria de ser "
          "un 3). La necessito per a l'empresa.\n\nSalutacions,\nJordi Sala", 420, lang="ca",
          subject="Factura amb NIF erroni", name="Jordi Sala")
b = S.add(E, "jordi.sala@xtec.example",
          "Hola, us torno a escriure per la factura amb el NIF equivocat. Me la cal corregida aquesta "
          "setmana, si us plau.\nJordi", 450, lang="ca", subject="factura", name="Jordi Sala")
S.group("ca", "one identity", a, b)

# ---------------------------------------------------------------- follow-ups
a = S.add(E, "harriet.lowe@btinternet.example",
          "Hi there,\n\nMy travel tea flask arrived without the infuser basket, just the flask and lid.\n\n"
          "Thanks,\nHarriet", 15, lang="en", subject="Missing infuser basket", name="Harriet Lowe")
r = S.reply(E, "Hi Harriet,\n\nSorry about that! Could you send us your order number so we can pop the "
            "missing part in the post?\n\nHearthside Tea Co.", 20, rid(a), rid(a), "en")
b = S.add(E, "harriet.lowe@btinternet.example", "Of course - it's #41499. Thank you!", 24, lang="en",
          subject="Re: Missing infuser basket", name="Harriet Lowe", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

a = S.add(E, "pablo.ortiz@correo.example",
          "Hola, la tetera de cristal me ha llegado rajada. Pedido 41870.\nPablo", 125, lang="es",
          subject="Tetera rota", name="Pablo Ortiz")
r = S.reply(E, "Hola Pablo,\n\n¡Vaya! ¿Nos puedes mandar una foto de la tetera y de la caja?\n\n"
            "Gracias,\nHearthside Tea Co.", 129, rid(a), rid(a), "es")
b = S.add(E, "pablo.ortiz@correo.example",
          "Ahí van las fotos. La raja va de arriba abajo y la caja tenía un golpe en la esquina.", 133,
          lang="es", subject="Re: Tetera rota", name="Pablo Ortiz", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "sends the photos the shop asked for")

a = S.add(E, "anna.weiss@gmx.example",
          "Hallo, statt Earl Grey ist bei mir Rooibos angekommen. Nicht schlimm, aber ich mag keinen Rooibos 😉\n"
          "LG Anna", 175, lang="de", subject="Falscher Tee geliefert", name="Anna Weiß")
r = S.reply(E, "Hallo Anna,\n\ndas tut uns leid! Kannst du uns noch deine Bestellnummer schicken?\n\n"
            "Viele Grüße\nHearthside Tea Co.", 181, rid(a), rid(a), "de")
b = S.add(E, "anna.weiss@gmx.example", "Klar, die Bestellnummer ist 42005. Sorry, vergessen!", 183,
          lang="de", subject="Re: Falscher Tee geliefert", name="Anna Weiß", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

a = S.add(E, "claire.bonnet@free.example",
          "Bonjour,\n\nLa bouilloire électrique à température réglable s'éteint toute seule au bout de 10 "
          "secondes, quel que soit le réglage. Commande 42044.\n\nClaire Bonnet", 230, lang="fr",
          subject="Bouilloire défectueuse", name="Claire Bonnet")
b = S.add(E, "claire.bonnet@free.example",
          "PS : ci-joint la photo de l'étiquette sous la bouilloire avec le numéro de série, au cas où.",
          231, lang="fr", subject="Re: Bouilloire défectueuse", name="Claire Bonnet", thread=rid(a),
          in_reply_to=rid(a))
S.negative("follow-up", a, b, "PS with the serial number photo")

a = S.add(E, "luca.ferri@alice.example",
          "Salve, nel pacco mancava il filtro della teiera Kyusu. Ordine 41911.\nLuca Ferri", 265, lang="it",
          subject="manca il filtro", name="Luca Ferri")
r = S.reply(E, "Ciao Luca,\n\nci mandi una foto del contenuto del pacco? Così lo segnaliamo al magazzino.\n\n"
            "Hearthside Tea Co.", 270, rid(a), rid(a), "it")
b = S.add(E, "luca.ferri@alice.example", "Eccola, in foto c'è tutto quello che c'era nella scatola.",
          276, lang="it", subject="Re: manca il filtro", name="Luca Ferri", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "sends the photo the shop asked for")

a = S.add(E, "wouter.janssen@kpn.example",
          "Hoi,\n\nIk heb een proefpakket oolong besteld maar er zat een zakje jasmijnthee in.\n\nGroet,\nWouter",
          285, lang="nl", subject="Verkeerde thee", name="Wouter Janssen")
b = S.add(E, "wouter.janssen@kpn.example",
          "Vergeten te zeggen: het gaat om bestelling 42101, besteld op 18 november.", 286, lang="nl",
          subject="Re: Verkeerde thee", name="Wouter Janssen", thread=rid(a), in_reply_to=rid(a))
S.negative("follow-up", a, b, "adds the order number he forgot")

# ---------------------------------------------------------------- other complaints
a = S.add(E, "els.devries@hetnet.example",
          "Goedemiddag,\n\nBestelling 41602 had dinsdag bezorgd moeten worden maar is er nog niet. Kunt u "
          "kijken waar hij blijft?\n\nEls de Vries", 58, lang="nl", subject="Bestelling 41602 te laat",
          name="Els de Vries")
b = S.add(E, "els.devries@hetnet.example",
          "Goedemiddag,\n\nHet pakket is inmiddels binnen, dank. Maar op de factuur van 41602 staan de "
          "theelepels twee keer gerekend terwijl ik er maar één set heb besteld en ontvangen.\n\nEls",
          105, lang="nl", subject="Factuur 41602 klopt niet", name="Els de Vries")
S.negative("other-complaint", a, b, "same order: late, then an invoice error")

# ---------------------------------------------------------------- other customers
a = S.add(M, "@benharlow@mastodon.social.example",
          "Is the @hearthsidetea shop down for anyone else? Getting a 502 on every page", 356, lang="en",
          name="Ben Harlow")
b = S.add(M, "@teafiend@toot.example",
          "@hearthsidetea your site's throwing 502s, can't check out 😩", 357, lang="en", name="Kez")
S.negative("other-customer", a, b, "two customers during the same site outage")

a = S.add(E, "tom.ashby@gmail.example",
          "Hi,\n\nOur order 41777 (the Christmas tea advent calendar) was due Friday and hasn't come. Can you "
          "check?\n\nTom", 225, lang="en", subject="Order 41777 late", name="Tom Ashby")
b = S.add(E, "lucy.ashby@icloud.example",
          "Hello, my husband may already have emailed, but our advent calendar order (41777) still hasn't "
          "arrived and it's meant to be a present. Any idea when it'll come?\nLucy Ashby", 229, lang="en",
          subject="Advent calendar not arrived", name="Lucy Ashby")
S.negative("other-customer", a, b, "a couple sharing one order, each writing")

a = S.add(B, "samtaylor.bsky.social",
          "3 weeks waiting for a tin of earl grey from @hearthsidetea.bsky.social. here in Leeds. is it "
          "coming by canal boat", 95, lang="en", name="Sam Taylor")
b = S.add(E, "samantha.taylor@yahoo.example",
          "Hello,\n\nMy order 41681 (gift box for my mum, shipping to Cardiff) still hasn't arrived after "
          "ten days. Could you let me know where it is?\n\nMany thanks,\nSam Taylor", 101, lang="en",
          subject="Where is my order?", name="Sam Taylor")
S.negative("other-customer", a, b, "two different people named Sam Taylor, both with a late parcel")
S.same_name_different_people.append(["bluesky:samtaylor.bsky.social", "email:samantha.taylor@yahoo.example"])

a = S.add(M, "@lauramartin@mastodon.example",
          "Soy yo o el código BIENVENIDA de @hearthsidetea no funciona? Desde Sevilla, por si importa", 60,
          lang="es", name="Laura Martín")
b = S.add(E, "laura.martin.bcn@correo.example",
          "Hola, el cupón del 15% que me enviasteis al suscribirme no se aplica en el carrito. Soy de "
          "Barcelona, cliente desde hace 2 años. Gracias, Laura", 64, lang="es",
          subject="Cupón no funciona", name="Laura Martín")
S.negative("other-customer", a, b, "two different people named Laura Martín, both with a coupon that fails")
S.same_name_different_people.append(["mastodon:@lauramartin@mastodon.example",
                                     "email:laura.martin.bcn@correo.example"])

a = S.add(M, "@friedrich_k@norden.social.example",
          "@hearthsidetea DHL sagt seit einer Woche 'Zustellung verzögert'. Schöne Adventszeit ohne Tee.",
          250, lang="de", name="Friedrich K.")
b = S.add(B, "juli-aus-koeln.bsky.social",
          "meine bestellung bei @hearthsidetea.bsky.social hängt auch bei dhl fest, 'verzögert' seit tagen. "
          "super", 262, lang="de", name="Juli")
S.negative("other-customer", a, b, "two customers stuck with the same courier delay")

a = S.add(E, "mariana.lopes@sapo.example",
          "Bom dia,\n\nDevolvi o bule de vidro há três semanas e ainda não recebi o reembolso.\n\nMariana Lopes",
          310, lang="pt", subject="Reembolso em falta", name="Mariana Lopes")
b = S.add(B, "tiagoferreira.bsky.social",
          "alguém já recebeu reembolso da @hearthsidetea.bsky.social? devolvi uma caneca em outubro e nada",
          315, lang="pt", name="Tiago Ferreira")
S.negative("other-customer", a, b, "two customers waiting for refunds")

# ---------------------------------------------------------------- window
a = S.add(M, "@oldfern@mastodon.green.example",
          "The lid on my @hearthsidetea kettle won't stay shut, pops open every time it boils", 12, lang="en",
          name="Fern")
b = S.add(M, "@oldfern@mastodon.green.example",
          "@hearthsidetea that kettle lid still won't stay shut btw. Mentioned it ages ago.", 205, lang="en",
          name="Fern")
S.negative("window", a, b, "same complaint eight days later")

a = S.add(E, "helene.roux@sfr.example",
          "Bonjour, mon colis (commande 41301) n'est toujours pas arrivé. Merci de vérifier. H. Roux", 5,
          lang="fr", subject="Colis non reçu", name="Hélène Roux")
b = S.add(E, "helene.roux@sfr.example",
          "Bonjour, je n'ai jamais reçu ma commande 41301 et je n'ai jamais eu de réponse. Je demande le "
          "remboursement.", 220, lang="fr", subject="Commande 41301 jamais reçue", name="Hélène Roux")
S.negative("window", a, b, "same complaint nine days later")

a = S.add(B, "kaffeeverweigerer.bsky.social",
          "@hearthsidetea.bsky.social euer Login schmeißt mich jedes Mal raus, sobald ich in den Warenkorb will",
          100, lang="de", name="Henrik")
b = S.add(B, "kaffeeverweigerer.bsky.social",
          "werde beim warenkorb immer noch ausgeloggt. @hearthsidetea.bsky.social", 300, lang="de",
          name="Henrik")
S.negative("window", a, b, "same complaint more than a week later")

a = S.add(M, "@gemma_v@mastodont.cat.example",
          "@hearthsidetea la tetera de fang em va arribar esquerdada 😞", 140, lang="ca", name="Gemma V.")
b = S.add(M, "@gemma_v@mastodont.cat.example",
          "@hearthsidetea encara espero resposta per la tetera esquerdada, eh", 330, lang="ca", name="Gemma V.")
S.negative("window", a, b, "same complaint eight days later")

# ---------------------------------------------------------------- filler
S.add(E, "ruth.gallagher@eircom.example",
      "Hi, do you ship to Ireland and roughly how long does it take? Thinking of the tea-of-the-month box "
      "as a gift.\nRuth", 8, lang="en", subject="Shipping to Ireland?", name="Ruth Gallagher")
S.add(M, "@alexmcd@mastodon.scot",
      "@hearthsidetea is the gunpowder green any good for iced tea or will it go bitter?", 27, lang="en",
      name="Alex McD")
S.add(B, "hollyberry.bsky.social",
      "@hearthsidetea.bsky.social do you do gift wrapping? 🎁", 90, lang="en", name="Holly")
S.add(E, "isabel.nunez@correo.example",
      "Hola, ¿la tetera de hierro vale para vitrocerámica? Gracias", 48, lang="es",
      subject="Consulta tetera", name="Isabel Núñez")
S.add(B, "quimetaa.bsky.social",
      "@hearthsidetea.bsky.social teniu te sense teïna per a la nit? recomanacions?", 112, lang="ca",
      name="Quimeta")
S.add(M, "@ulrike@troet.example",
      "@hearthsidetea Gibt es den Weihnachtstee auch in der 250g-Packung?", 135, lang="de", name="Ulrike")
S.add(E, "b.schneider@t-online.example",
      "Guten Tag, kann ich meine Lieferadresse noch ändern? Bestellung ist von heute früh.\nB. Schneider",
      170, lang="de", subject="Adresse ändern", name="Birgit Schneider")
S.add(B, "lea-the.bsky.social",
      "@hearthsidetea.bsky.social vous livrez en Belgique ? 🇧🇪", 196, lang="fr", name="Léa")
S.add(E, "m.dupuis@wanadoo.example",
      "Bonjour, combien de temps se conserve le thé vert une fois le sachet ouvert ?\nCordialement",
      245, lang="fr", subject="Conservation thé vert", name="Michel Dupuis")
S.add(M, "@bea_santos@masto.pt.example",
      "@hearthsidetea têm chá branco? Não encontro no site", 275, lang="pt", name="Bea Santos")
S.add(E, "chiara.g@virgilio.example",
      "Buonasera, fate anche buoni regalo? Grazie\nChiara", 292, lang="it", subject="buono regalo",
      name="Chiara Gallo")
S.add(B, "tommasocaffe.bsky.social",
      "@hearthsidetea.bsky.social che temperatura consigliate per il gyokuro?", 335, lang="it",
      name="Tommaso")
S.add(M, "@joost@mastodon.nl.example",
      "@hearthsidetea Kan ik het thee-abonnement een maandje pauzeren tijdens de vakantie?", 370, lang="nl",
      name="Joost")
S.add(E, "arnau.riera@gmail.example",
      "Bon dia, feu enviaments a Andorra? Gràcies!\nArnau", 395, lang="ca", subject="Enviament a Andorra",
      name="Arnau Riera")
S.add(B, "nanatea.bsky.social",
      "@hearthsidetea.bsky.social is the matcha whisk bamboo or plastic?", 430, lang="en", name="Nana")
S.add(E, "paulo.mendes@clix.example",
      "Boa tarde, o kit de iniciação ao chá inclui o bule? Obrigado", 460, lang="pt",
      subject="Kit de iniciação", name="Paulo Mendes")

S.write(os.path.dirname(os.path.abspath(__file__)),
        "Hearthside Tea Co. (loose-leaf tea, teapots, kettles, subscription): repeats in other words in eight "
        "languages, written without sight of the detector; labels are what a reader would say.")
