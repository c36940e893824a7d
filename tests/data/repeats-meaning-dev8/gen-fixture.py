#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An eighth labelled set of repeats in other words, for tuning the repeat
detector: posts to "Pawtry & Co", a small online shop for pet food and pet
accessories, on email, Mastodon and Bluesky, in eight languages.

The posts were written as customers of such a shop write, without sight of
the detector or its lexicon. The labels say what a person reading the posts
would say (same customer, same complaint again within seven days, or not,
and why); they were never edited to fit the detector.

Run it to write fixture.jsonl and labels.json next to it; the output is
deterministic.
"""
import os
import sys
from datetime import datetime, timezone

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(here))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 4, 6, 8, 25, 0, tzinfo=timezone.utc)
S = LabelledSet(BASE, "pt", "help@pawtry.example", "@pawtry@pets.social",
                "pawtry.bsky.social", "Pawtry & Co")
add, group, negative, reply, rid = S.add, S.group, S.negative, S.reply, S.rid
E, M, B = "email", "mastodon", "bluesky"


def mail(author, name, subject, text, hours, lang, first=None, to=None):
    """A customer mail; with first/to, it answers in that thread."""
    if first:
        return add(E, author, text, hours, lang=lang, subject=subject, name=name,
                   thread=rid(first), in_reply_to=rid(to))
    return add(E, author, text, hours, lang=lang, subject=subject, name=name)


def answer(text, hours, first, to, lang):
    return reply(E, text, hours, rid(to), rid(first), lang)


# ---------------------------------------------------------------- English
# 1: late delivery, mail thread, non-committal answer, two nudges (triple)
a = mail("gareth.pryce@mailbox.example", "Gareth Pryce", "Order 41230 - where is it?",
         "Hi,\n\nI ordered 2 x 12kg Wildmoor Salmon kibble on the 30th (order 41230), "
         "the site said 2-3 working days. Tracking hasn't moved since Thursday, still "
         "says 'label created'. The dog has about 3 days of food left so bit urgent.\n\nCheers,\nGareth", 2, "en")
r = answer("Hi Gareth, thanks for getting in touch. We're looking into this with the courier "
           "and will get back to you as soon as we hear something. Kind regards, Jo @ Pawtry", 5, a, a, "en")
b = mail("gareth.pryce@mailbox.example", "Gareth Pryce", "Re: Order 41230 - where is it?",
         "Jo, two days later and still nothing. Tracking STILL says label created. "
         "Has this actually been posted or not?\nGareth", 52, "en", a, r)
c = mail("gareth.pryce@mailbox.example", "Gareth Pryce", "Re: Order 41230 - where is it?",
         "Right, I've had to buy a bag at Tesco at twice the price. Where is my order?? "
         "If it's not coming just say so and refund me.", 97, "en", a, r)
group("en", "one identity", a, b, c)

# 2: "delivered" but not received, Mastodon
a = add(M, "@knitandkibble@mastodon.example", "@pawtry@pets.social tracking says my parcel was "
        "delivered at 11:02 this morning. I was home all day. No parcel, no card, nothing at the "
        "neighbours. It's the cat tree. Where did it go?", 30, lang="en", name="Morag")
b = add(M, "@knitandkibble@mastodon.example", "@pawtry@pets.social so... \"delivered\". still not here. "
        "still no reply. a 1.6m cat tree doesn't just vanish, surely", 75, lang="en", name="Morag")
group("en", "one identity", a, b)

# 3: double charge, email then Bluesky with profile link
a = mail("priya.nair84@postbox.example", "Priya Nair", "Charged twice",
         "Hello, I placed one order last night (the harness + two chew ropes, #41288) but my banking "
         "app shows two payments of £38.47 to Pawtry. Please can you refund the duplicate?\n\nThanks\nPriya", 40, "en")
b = add(B, "priyanair.bsky.social", "emailed @pawtry.bsky.social on Monday about being charged twice "
        "for one order, not a peep back. £38 isn't nothing guys", 110, lang="en", name="Priya N",
        links=["priya.nair84@postbox.example"])
S.same_person.append(["email:priya.nair84@postbox.example", "bluesky:priyanair.bsky.social"])
group("en", "profile link", a, b)

# 4: water fountain pump broken, Mastodon then Bluesky, same name only
a = add(M, "@tomhollis@fosstodon.example", "Bought the FlowPaws fountain from @pawtry@pets.social "
        "3 weeks ago and the pump is already dead. Makes a clicking noise and no water. Cats unimpressed.",
        60, lang="en", name="Tom Hollis")
b = add(B, "tomhollis.bsky.social", "hey @pawtry.bsky.social the FlowPaws fountain I got from you has "
        "packed in (pump just clicks). Asked on mastodon too. Replacement or refund?", 84, lang="en",
        name="Tom Hollis")
S.same_person.append(["mastodon:@tomhollis@fosstodon.example", "bluesky:tomhollis.bsky.social"])
group("en", "same name only", a, b)

# 5: subscription cancelled but still billed, email
a = mail("d.okafor@webmail.example", "Dele Okafor", "Cancelled subscription still charging",
         "Hi there, I cancelled my monthly litter subscription (ClumpKing 10L) on 28 March, I have "
         "the confirmation email. Today I've been charged £17.99 again. Can you sort this and refund "
         "please.\nDele", 130, "en")
b = mail("d.okafor@webmail.example", "Dele Okafor", "still being billed??",
         "This is the second time I'm writing. I CANCELLED. You took the money anyway. "
         "I don't want any more litter. Refund the 17.99 please, or I'll go to my bank.", 180, "en")
group("en", "one identity", a, b)

# ---------------------------------------------------------------- Spanish
# 6: wrong size harness, email thread (triple)
a = mail("lucia.ferrer@correo.example", "Lucía Ferrer", "Talla equivocada pedido 41301",
         "Hola buenas,\n\npedí el arnés TrailFit en talla M para mi podenca y me ha llegado una XS, "
         "que no le entra ni por la cabeza jaja. Pedido nº 41301. ¿Cómo lo cambio?\n\nGracias,\nLucía", 20, "es")
r = answer("Hola Lucía, lo sentimos mucho. Lo estamos revisando con el almacén y te decimos algo "
           "en breve. Un saludo, equipo Pawtry", 26, a, a, "es")
b = mail("lucia.ferrer@correo.example", "Lucía Ferrer", "Re: Talla equivocada pedido 41301",
         "Hola de nuevo, ¿sabeis algo ya? La perra sigue sin arnes y la saco con el collar viejo.", 70, "es", a, r)
c = mail("lucia.ferrer@correo.example", "Lucía Ferrer", "Re: Talla equivocada pedido 41301",
         "Pues nada, una semana casi y ni cambio ni respuesta. Si no me mandais la M devolvedme el dinero y listo.",
         140, "es", a, r)
group("es", "one identity", a, b, c)

# 7: coupon not applied, Mastodon
a = add(M, "@javi_gatos@mastodon.example", "@pawtry@pets.social el código BIENVENIDA10 no me hace el "
        "descuento, pone 'cupón no válido' y lo he copiado tal cual del email. ¿?", 150, lang="es", name="Javi")
b = add(M, "@javi_gatos@mastodon.example", "@pawtry@pets.social sigo igual con el cupon, no funciona "
        "en ningún navegador. Al final ¿lo pago entero o qué?", 172, lang="es", name="Javi")
group("es", "one identity", a, b)

# 8: refund not received, email then Bluesky, profile link
a = mail("mcarmen.ruiz@correo.example", "M. Carmen Ruiz", "Reembolso devolución",
         "Buenos días, devolví el transportín (pedido 41199) hace ya 3 semanas, os llegó el día 20 "
         "según Correos y todavía no veo el reembolso de 54,90 €. ¿Me decís algo?\nSaludos", 200, "es")
b = add(B, "mcarmenruiz.bsky.social", "@pawtry.bsky.social os escribí por correo hace días por el "
        "reembolso del transportín y nada de nada. 54,90 que me debéis", 250, lang="es", name="Carmen",
        links=["mcarmen.ruiz@correo.example"])
S.same_person.append(["email:mcarmen.ruiz@correo.example", "bluesky:mcarmenruiz.bsky.social"])
group("es", "profile link", a, b)

# 9: damaged item, Bluesky
a = add(B, "pablo-y-thor.bsky.social", "@pawtry.bsky.social me ha llegado el acuario de 40 litros "
        "con el cristal rajado de lado a lado. La caja estaba bien, ni un golpe. Fotos en el hilo 👇",
        300, lang="es", name="Pablo")
b = add(B, "pablo-y-thor.bsky.social", "@pawtry.bsky.social holaaa? el acuario roto, sigo esperando "
        "que alguien me diga algo", 330, lang="es", name="Pablo")
group("es", "one identity", a, b)

# ---------------------------------------------------------------- German
# 10: missing part (triple), email thread
a = mail("k.brandt@postfach.example", "Katrin Brandt", "Kratzbaum unvollständig",
         "Hallo,\n\nder Kratzbaum 'Olymp' (Bestellung 41257) ist gestern gekommen, aber es fehlen die "
         "Schrauben für die oberste Plattform. Der Beutel mit den M6-Schrauben war einfach nicht drin. "
         "Können Sie die nachschicken?\n\nViele Grüße\nKatrin Brandt", 10, "de")
r = answer("Hallo Frau Brandt, danke für Ihre Nachricht, wir kümmern uns darum und melden uns. "
           "Viele Grüße, Ihr Pawtry-Team", 14, a, a, "de")
b = mail("k.brandt@postfach.example", "Katrin Brandt", "Re: Kratzbaum unvollständig",
         "Hallo nochmal, kommen die Schrauben jetzt oder nicht? Das halbe Ding steht hier im Flur rum.", 64, "de", a, r)
c = mail("k.brandt@postfach.example", "Katrin Brandt", "Re: Kratzbaum unvollständig",
         "Zum dritten Mal: es fehlen Schrauben. So schwer kann das doch nicht sein. K.B.", 120, "de", a, r)
group("de", "one identity", a, b, c)

# 11: cannot log in, Mastodon
a = add(M, "@ben_und_bello@troet.example", "@pawtry@pets.social komme seit heute nicht mehr in mein "
        "Kundenkonto, 'Passwort falsch' und die Mail zum Zurücksetzen kommt nie an (auch nicht im Spam).",
        90, lang="de", name="Ben")
b = add(M, "@ben_und_bello@troet.example", "@pawtry@pets.social immer noch ausgesperrt. Passwort-Reset "
        "jetzt 4x angefordert, null Mails. Echt nervig", 118, lang="de", name="Ben")
group("de", "one identity", a, b)

# 12: invoice error, Mastodon then Bluesky, same name only
a = add(M, "@sabine_w@social.example", "@pawtry@pets.social auf meiner Rechnung RE-2026-0877 steht "
        "19% MwSt auf das Katzenfutter, es sind aber 7%. Brauche eine korrigierte Rechnung fürs Tierheim.",
        220, lang="de", name="Sabine Wolff")
b = add(B, "sabinewolff.bsky.social", "@pawtry.bsky.social hab schon auf Mastodon gefragt: die "
        "Rechnung ist falsch (19 statt 7 % MwSt aufs Futter). Wann kommt die korrigierte?",
        268, lang="de", name="Sabine Wolff")
S.same_person.append(["mastodon:@sabine_w@social.example", "bluesky:sabinewolff.bsky.social"])
group("de", "same name only", a, b)

# 13: rude courier, email
a = mail("uwe.lehmann@mailbox.example", "Uwe Lehmann", "Fahrer",
         "Guten Tag, Ihr Paketfahrer hat heute den 15-kg-Sack Trockenfutter einfach über das Gartentor "
         "geworfen und mich, als ich was gesagt hab, angepampt. Der Sack ist aufgeplatzt. So geht das nicht.\nU. Lehmann",
         280, "de")
b = mail("uwe.lehmann@mailbox.example", "Uwe Lehmann", "Nochmal wg. Fahrer / Futtersack",
         "Ich hatte Ihnen am Montag wegen dem Fahrer geschrieben, der den Sack übers Tor geworfen hat. "
         "Keine Antwort. Interessiert Sie das überhaupt?", 330, "de")
group("de", "one identity", a, b)

# ---------------------------------------------------------------- French
# 14: lost parcel (triple), Bluesky
a = add(B, "claire-et-moustache.bsky.social", "@pawtry.bsky.social ma commande de pâtée pour chat "
        "(cde 41275) est bloquée 'en cours d'acheminement' depuis 8 jours. Elle est perdue ou quoi ?",
        45, lang="fr", name="Claire")
b = add(B, "claire-et-moustache.bsky.social", "@pawtry.bsky.social toujours rien pour la pâtée... "
        "Moustache commence a me regarder de travers", 95, lang="fr", name="Claire")
c = add(B, "claire-et-moustache.bsky.social", "bon @pawtry.bsky.social ça fait maintenant 2 semaines. "
        "colis perdu clairement. vous renvoyez ou vous remboursez ?", 160, lang="fr", name="Claire")
group("fr", "one identity", a, b, c)

# 15: wrong colour, email thread
a = mail("h.mercier@courriel.example", "Hugo Mercier", "Erreur de couleur - commande 41312",
         "Bonjour,\n\nJ'avais commandé le panier Cocoon en gris anthracite, j'ai reçu le rose fuchsia. "
         "Mon labrador s'en fiche mais pas moi :) Comment procède-t-on pour l'échange ?\n\nCordialement,\nHugo Mercier",
         100, "fr")
r = answer("Bonjour Hugo, merci pour votre message, nous regardons cela et revenons vers vous rapidement. "
           "L'équipe Pawtry", 104, a, a, "fr")
b = mail("h.mercier@courriel.example", "Hugo Mercier", "Re: Erreur de couleur - commande 41312",
         "Bonjour, je reviens vers vous pour le panier rose... toujours pas de nouvelles pour l'échange.", 176, "fr", a, r)
group("fr", "one identity", a, b)

# 16: automatic feeder app crashes, Mastodon then email, profile link
a = add(M, "@ninon@piaille.example", "@pawtry@pets.social l'appli FeedBuddy plante dès que j'ouvre "
        "l'onglet 'repas programmés'. Du coup le distributeur ne suit plus les horaires. Android 14.",
        240, lang="fr", name="Ninon")
b = mail("ninon.garcia@courriel.example", "Ninon Garcia", "Appli FeedBuddy qui crashe",
         "Bonjour, je vous ai signalé sur Mastodon que l'appli du distributeur FeedBuddy se ferme toute "
         "seule, sans réponse. Ça continue, le chat a eu son repas à 3h du matin. Merci de me répondre.\nNinon",
         290, "fr")
S.messages[-1]["author"]["links"] = ["@ninon@piaille.example"]
S.same_person.append(["mastodon:@ninon@piaille.example", "email:ninon.garcia@courriel.example"])
group("fr", "profile link", a, b)

# 17: return label not received, email
a = mail("jl.fabre@courriel.example", "Jean-Luc Fabre", "étiquette retour",
         "Bonjour, j'ai demandé un retour pour la cage à lapin (trop petite) il y a 4 jours. "
         "On m'a dit que je recevrais l'étiquette par mail. Rien reçu. Merci. JL Fabre", 350, "fr")
b = mail("jl.fabre@courriel.example", "Jean-Luc Fabre", "TOUJOURS pas d'étiquette de retour",
         "bonjour, toujours pas d'etiquette pour renvoyer la cage. le delai de retour va expirer a ce rythme",
         395, "fr")
group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese
# 18: delivered not received, email
a = mail("rita.matos@correio.example", "Rita Matos", "Encomenda entregue mas não recebida",
         "Olá, o rastreio da encomenda 41266 diz 'entregue' ontem às 15h, mas eu não recebi nada. "
         "Perguntei ao porteiro e aos vizinhos. Era a areia para gatos e os snacks. Podem verificar?\nObrigada, Rita",
         35, "pt")
b = mail("rita.matos@correio.example", "Rita Matos", "areia que nunca chegou",
         "Boa tarde, volto a escrever porque continuo sem a encomenda que aparece como entregue. "
         "Ninguém me respondeu. Os gatos não esperam!", 82, "pt")
group("pt", "one identity", a, b)

# 19: damaged bag of food, Bluesky then Mastodon, same name only
a = add(B, "caiorocha.bsky.social", "@pawtry.bsky.social chegou o saco de ração de 15kg todo rasgado, "
        "metade espalhada na caixa. Não dá pra dar isso pro cachorro né", 140, lang="pt", name="Caio Rocha")
b = add(M, "@caiorocha@masto.example", "@pawtry@pets.social já falei no bluesky: a ração veio com o "
        "saco rasgado. Vão mandar outro ou não?", 190, lang="pt", name="Caio Rocha")
S.same_person.append(["bluesky:caiorocha.bsky.social", "mastodon:@caiorocha@masto.example"])
group("pt", "same name only", a, b)

# 20: double charge, Mastodon
a = add(M, "@ana_e_os_gatos@masto.example", "@pawtry@pets.social fui cobrada duas vezes pelo mesmo "
        "pedido (#41340), 27,80 € x2 no cartão. Como resolvo?", 260, lang="pt", name="Ana")
b = add(M, "@ana_e_os_gatos@masto.example", "@pawtry@pets.social alguém? a cobrança em dobro ainda "
        "está lá no extrato", 300, lang="pt", name="Ana")
group("pt", "one identity", a, b)

# 21: refund not received, email thread
a = mail("joao.pinheiro@correio.example", "João Pinheiro", "Reembolso pedido 41210",
         "Bom dia,\ncancelei o pedido 41210 (arranhador) antes do envio e disseram que o reembolso "
         "demoraria 5 dias úteis. Já passaram 10. Podem ver o que se passa?\nCumprimentos\nJoão Pinheiro", 310, "pt")
r = answer("Bom dia João, estamos a verificar com o nosso serviço de pagamentos. Voltamos a contactar "
           "em breve. Equipa Pawtry", 316, a, a, "pt")
b = mail("joao.pinheiro@correio.example", "João Pinheiro", "Re: Reembolso pedido 41210",
         "Bom dia, já verificaram? O dinheiro continua sem aparecer.", 388, "pt", a, r)
group("pt", "one identity", a, b)

# ---------------------------------------------------------------- Italian
# 22: late delivery (triple), email then Mastodon, profile link
a = mail("francesca.galli@posta.example", "Francesca Galli", "ordine in ritardo",
         "Buongiorno, ho ordinato il mangime per i miei canarini e la voliera piccola (ordine 41244) "
         "una settimana fa, il sito diceva consegna in 48h. Ancora niente. Grazie\nFrancesca", 55, "it")
b = mail("francesca.galli@posta.example", "Francesca Galli", "Re: ordine in ritardo",
         "Buongiorno, sollecito per l'ordine 41244, ancora non è arrivato e non ho avuto risposta.", 102, "it")
c = add(M, "@fra_galli@mastodon.example", "@pawtry@pets.social vi ho scritto due mail per un ordine "
        "in ritardo di 10 giorni e nessuno risponde. I canarini ringraziano 🙃", 150, lang="it",
        name="Francesca", links=["francesca.galli@posta.example"])
S.same_person.append(["email:francesca.galli@posta.example", "mastodon:@fra_galli@mastodon.example"])
group("it", "profile link", a, b, c)

# 23: wrong item, Bluesky
a = add(B, "marcoesposito.bsky.social", "@pawtry.bsky.social avevo ordinato crocchette per gatto "
        "sterilizzato e mi avete mandato crocchette per cuccioli di cane. Cioè.", 210, lang="it", name="Marco")
b = add(B, "marcoesposito.bsky.social", "@pawtry.bsky.social ancora aspetto che mi diciate come "
        "cambiare le crocchette sbagliate. il gatto è a dieta forzata", 236, lang="it", name="Marco")
group("it", "one identity", a, b)

# 24: coupon, Mastodon then Bluesky, same name only
a = add(M, "@giuliab@mastodon.example", "@pawtry@pets.social il codice PRIMAVERA15 non viene applicato "
        "al carrello, dice scaduto ma la newsletter dice valido fino al 30/4", 320, lang="it", name="Giulia Bianchi")
b = add(B, "giuliabianchi.bsky.social", "@pawtry.bsky.social PRIMAVERA15 continua a non funzionare, "
        "ve l'ho già scritto su mastodon. Che faccio, aspetto?", 345, lang="it", name="Giulia Bianchi")
S.same_person.append(["mastodon:@giuliab@mastodon.example", "bluesky:giuliabianchi.bsky.social"])
group("it", "same name only", a, b)

# ---------------------------------------------------------------- Dutch
# 25: cannot reset password, email
a = mail("sanne.devries@post.example", "Sanne de Vries", "Inloggen lukt niet",
         "Hoi, ik kan niet meer inloggen op mijn account en de 'wachtwoord vergeten' link geeft een "
         "foutmelding (error 500). Wil mijn bestelling van vorige week zien. Groetjes, Sanne", 15, "nl")
b = mail("sanne.devries@post.example", "Sanne de Vries", "nog steeds niet inloggen",
         "Hallo, nog steeds kan ik niet inloggen, wachtwoord resetten geeft nog altijd die fout. "
         "Kunnen jullie mijn wachtwoord handmatig resetten?", 62, "nl")
group("nl", "one identity", a, b)

# 26: damaged aquarium filter, Mastodon
a = add(M, "@pieter_vis@mastodon.example", "@pawtry@pets.social de AquaClear binnenfilter kwam binnen "
        "met een gebroken behuizing, lekt meteen. Ordernr 41290. Hoe gaan we dit oplossen?",
        180, lang="nl", name="Pieter")
b = add(M, "@pieter_vis@mastodon.example", "@pawtry@pets.social nog niks gehoord over dat kapotte "
        "filter. vissen zitten intussen zonder filtering he", 226, lang="nl", name="Pieter")
group("nl", "one identity", a, b)

# 27: subscription still billed, Bluesky then email, profile link
a = add(B, "lotte-en-max.bsky.social", "@pawtry.bsky.social ik heb mijn abonnement op de hondenbrokken "
        "opgezegd maar er is weer €42,50 afgeschreven. Graag terugstorten.", 270, lang="nl", name="Lotte")
b = mail("lotte.janssen@post.example", "Lotte Janssen", "Opgezegd abonnement toch afgeschreven",
         "Beste Pawtry,\n\nIk heb het al via Bluesky gemeld maar geen reactie: mijn abonnement is opgezegd "
         "en toch is er weer geïncasseerd (42,50). Ik wil dat bedrag terug.\n\nMvg, Lotte Janssen", 315, "nl")
S.messages[-1]["author"]["links"] = ["lotte-en-max.bsky.social"]
S.same_person.append(["bluesky:lotte-en-max.bsky.social", "email:lotte.janssen@post.example"])
group("nl", "profile link", a, b)

# ---------------------------------------------------------------- Catalan
# 28: late delivery, email
a = mail("jordi.puig@correu.example", "Jordi Puig", "Comanda 41270 no arriba",
         "Bon dia, vaig fer la comanda 41270 (pinso per conills i fenc) fa 6 dies i encara no ha arribat. "
         "El seguiment no s'actualitza. Gràcies, Jordi", 125, "ca")
b = mail("jordi.puig@correu.example", "Jordi Puig", "on és la meva comanda?",
         "Hola, torno a escriure perque el fenc i el pinso encara no han arribat i els conills s'ho estan "
         "acabant tot. Algu em pot dir alguna cosa?", 170, "ca")
group("ca", "one identity", a, b)

# 29: wrong size collar, Bluesky then Mastodon, same name only
a = add(B, "martavila.bsky.social", "@pawtry.bsky.social m'heu enviat el collar en talla L i el vaig "
        "demanar S, és per a un gos de 6 kg 😅", 205, lang="ca", name="Marta Vila")
b = add(M, "@martavila@mastodont.example", "@pawtry@pets.social ja us ho vaig dir a bluesky: el collar "
        "és de la talla que no és. Me l'envieu bé o el retorno?", 255, lang="ca", name="Marta Vila")
S.same_person.append(["bluesky:martavila.bsky.social", "mastodon:@martavila@mastodont.example"])
group("ca", "same name only", a, b)

# 30: site crash at checkout, Mastodon
a = add(M, "@oriolgats@mastodont.example", "@pawtry@pets.social la web es penja quan vaig a pagar, "
        "pantalla en blanc després de posar la targeta. Ho he provat 3 cops", 340, lang="ca", name="Oriol")
b = add(M, "@oriolgats@mastodont.example", "@pawtry@pets.social segueix igual, no hi ha manera de pagar. "
        "Us voldria comprar, de debò 🙄", 362, lang="ca", name="Oriol")
group("ca", "one identity", a, b)

# ---------------------------------------------------------------- follow-ups
a = mail("emma.clarke@mailbox.example", "Emma Clarke", "Broken bowl",
         "Hi, the ceramic food bowl arrived with a big chip out of the rim. Order 41315. Emma", 115, "en")
r = answer("Hi Emma, sorry about that! Could you send us a photo of the bowl and the box? Thanks, Jo", 119, a, a, "en")
b = mail("emma.clarke@mailbox.example", "Emma Clarke", "Re: Broken bowl",
         "Here you go, photos of the bowl and the box attached (the box was a bit squashed on one corner).",
         122, "en", a, r)
negative("follow-up", a, b, "sends the photos the shop asked for")

a = mail("m.schuster@postfach.example", "Markus Schuster", "Falsche Leine",
         "Hallo, statt der 5m-Rollleine kam eine 3m-Leine. Bitte um Umtausch. Gruß M. Schuster", 145, "de")
r = answer("Hallo Herr Schuster, das tut uns leid. Können Sie uns bitte Ihre Bestellnummer nennen?", 150, a, a, "de")
b = mail("m.schuster@postfach.example", "Markus Schuster", "Re: Falsche Leine",
         "Ach so, klar: Bestellnummer ist 41322.", 153, "de", a, r)
negative("follow-up", a, b, "gives the order number the shop asked for")

a = mail("elise.roux@courriel.example", "Élise Roux", "Colis abîmé",
         "Bonjour, le colis est arrivé écrasé et le sachet de friandises est ouvert. Que faire ? Élise", 225, "fr")
r = answer("Bonjour Élise, désolés ! Pourriez-vous nous envoyer une photo du sachet et votre numéro de "
           "commande ?", 230, a, a, "fr")
b = mail("elise.roux@courriel.example", "Élise Roux", "Re: Colis abîmé",
         "Voici la photo en pièce jointe, commande n° 41333. Merci !", 236, "fr", a, r)
negative("follow-up", a, b, "sends photo and order number on request")

a = mail("bram.peeters@post.example", "Bram Peeters", "Konijnenhok mist onderdeel",
         "Dag, bij het konijnenhok ontbreekt het laddertje. Bestelling 41280. Bram", 285, "nl")
r = answer("Hoi Bram, vervelend! Welke kleur hok heb je precies, naturel of grijs? Dan sturen we het juiste "
           "laddertje.", 290, a, a, "nl")
b = mail("bram.peeters@post.example", "Bram Peeters", "Re: Konijnenhok mist onderdeel",
         "Het is de grijze. Adres is hetzelfde als de bestelling.", 293, "nl", a, r)
negative("follow-up", a, b, "answers the shop's question about the colour")

a = mail("beatriz.costa@correio.example", "Beatriz Costa", "Coleira com defeito",
         "Olá, a fivela da coleira partiu ao fim de dois dias. Posso trocar? Beatriz", 355, "pt")
r = answer("Olá Beatriz, claro. Pode enviar-nos uma foto da fivela partida?", 360, a, a, "pt")
b = mail("beatriz.costa@correio.example", "Beatriz Costa", "Re: Coleira com defeito",
         "Segue a foto. A coleira é a vermelha tamanho M, encomenda 41351.", 366, "pt", a, r)
negative("follow-up", a, b, "sends the photo the shop asked for, plus details")

a = mail("nuria.soler@correu.example", "Núria Soler", "Factura",
         "Bon dia, necessito la factura de la comanda 41305 a nom de l'empresa (Soler Perruqueria Canina SL). "
         "Gràcies", 230, "ca")
b = mail("nuria.soler@correu.example", "Núria Soler", "Re: Factura",
         "PS: el NIF és B12345678, m'oblidava de posar-lo. Perdó!", 231, "ca", a, a)
negative("follow-up", a, b, "PS adding the tax number to the same request")

# ---------------------------------------------------------------- other complaint, same customer
a = mail("ollie.grant@mailbox.example", "Ollie Grant", "Parcel late",
         "Hi, my order 41220 (guinea pig hutch) was due Tuesday, it's Thursday. Any news? Ollie", 25, "en")
b = mail("ollie.grant@mailbox.example", "Ollie Grant", "Invoice wrong for 41220",
         "Hutch finally arrived, thanks. But the invoice has my old address on it and lists the hutch twice. "
         "Could you send a corrected one?", 100, "en")
negative("other-complaint", a, b, "late delivery, then an invoice error on the same order")

a = add(M, "@javi_gatos@mastodon.example", "@pawtry@pets.social y otra cosa: el rascador que me llegó "
        "ayer tiene la base coja, se tambalea entero", 190, lang="es", name="Javi")
negative("other-complaint", S.groups[6][0], a, "coupon problem, then a wobbly scratching post")

a = add(M, "@ben_und_bello@troet.example", "@pawtry@pets.social Login geht wieder, danke! Aber die "
        "Lieferung mit dem Hundebett ist jetzt 5 Tage über der Zeit.", 160, lang="de", name="Ben")
negative("other-complaint", S.groups[10][0], a, "login problem solved, then a late dog bed")

a = add(B, "marcoesposito.bsky.social", "@pawtry.bsky.social ah e mi avete pure addebitato la spedizione "
        "anche se l'ordine era sopra i 49€", 250, lang="it", name="Marco")
negative("other-complaint", S.groups[22][0], a, "wrong kibble, then shipping charged despite free-shipping threshold")

a = add(M, "@pieter_vis@mastodon.example", "@pawtry@pets.social en de factuur klopt ook niet, er staat "
        "21% btw op het visvoer", 240, lang="nl", name="Pieter")
negative("other-complaint", S.groups[25][0], a, "broken filter, then wrong VAT on the invoice")

a = add(B, "claire-et-moustache.bsky.social", "@pawtry.bsky.social et sinon la litière reçue le mois "
        "dernier sent le parfum à 10 km, c'est normal ??", 20, lang="fr", name="Claire")
negative("other-complaint", a, S.groups[13][0], "smelly litter, then a lost parcel of food")

# ---------------------------------------------------------------- other customer
a = add(M, "@harrietpaws@mastodon.example", "@pawtry@pets.social is the site down? getting 502 on checkout",
        400, lang="en", name="Harriet")
b = add(B, "sam-and-biscuit.bsky.social", "@pawtry.bsky.social website's broken, can't check out, "
        "bad gateway error every time", 401, lang="en", name="Sam")
negative("other-customer", a, b, "two customers reporting the same outage")

a = mail("anja.koch@postfach.example", "Anja Koch", "Bestellung 41360 nicht da",
         "Hallo, unsere Bestellung 41360 (Katzenfutter) ist immer noch nicht da. Gruß Anja Koch", 410, "de")
b = add(M, "@felix_koch@troet.example", "@pawtry@pets.social wo bleibt eigentlich Bestellung 41360? "
        "Meine Frau hat schon geschrieben, ich frag trotzdem mal.", 430, lang="de", name="Felix")
negative("other-customer", a, b, "a couple asking about the one shared order")

a = add(M, "@laura_g@mastodon.example", "@pawtry@pets.social mi pedido lleva 5 días parado en "
        "reparto, ¿pasa algo con el transportista?", 380, lang="es", name="Laura García")
b = add(B, "lauragarcia.bsky.social", "@pawtry.bsky.social mi pedido no llega, el seguimiento "
        "no se mueve desde hace días", 392, lang="es", name="Laura García")
S.same_name_different_people.append(["mastodon:@laura_g@mastodon.example", "bluesky:lauragarcia.bsky.social"])
negative("other-customer", a, b, "two different people called Laura García, both with a stuck delivery")

a = add(B, "camillemartin.bsky.social", "@pawtry.bsky.social la fontaine à eau que j'ai reçue fuit "
        "par le dessous, c'est quoi cette qualité", 420, lang="fr", name="Camille Martin")
b = add(M, "@camille_m@piaille.example", "@pawtry@pets.social ma fontaine à chat fuit, j'ai une flaque "
        "tous les matins", 445, lang="fr", name="Camille Martin")
S.same_name_different_people.append(["bluesky:camillemartin.bsky.social", "mastodon:@camille_m@piaille.example"])
negative("other-customer", a, b, "two different people called Camille Martin with leaking fountains")

a = add(M, "@luca_r@mastodon.example", "@pawtry@pets.social l'app FeedBuddy si chiude appena la apro "
        "dopo l'aggiornamento", 470, lang="it", name="Luca")
b = add(B, "silvia-e-birba.bsky.social", "@pawtry.bsky.social anche a me l'app del distributore crasha "
        "da stamattina, qualcuno sa qualcosa?", 472, lang="it", name="Silvia")
negative("other-customer", a, b, "two customers hit by the same app crash")

a = mail("tiago.alves@correio.example", "Tiago Alves", "Cobrança duplicada",
         "Olá, fui cobrado duas vezes na compra de ontem. Tiago", 440, "pt")
b = mail("sofia.alves@correio.example", "Sofia Alves", "pagamento duplicado",
         "Bom dia, também tive o pagamento debitado duas vezes ontem, acho que é problema vosso. Sofia", 452, "pt")
negative("other-customer", a, b, "two customers double charged by the same payment glitch")

# ---------------------------------------------------------------- window
a = add(B, "priyanair.bsky.social", "@pawtry.bsky.social charged twice AGAIN?! second order in a row. "
        "seriously check your payment system", 320, lang="en", name="Priya N",
        links=["priya.nair84@postbox.example"])
negative("window", S.groups[2][1], a, "double charge again, more than 7 days later")

a = add(M, "@javi_gatos@mastodon.example", "@pawtry@pets.social otra vez el cupón que no va, ahora "
        "con el de PRIMAVERA. Lo de siempre vaya", 400, lang="es", name="Javi")
negative("window", S.groups[6][1], a, "coupon not applied again, more than 7 days later")

a = add(M, "@ben_und_bello@troet.example", "@pawtry@pets.social und wieder ausgesperrt, Passwort-Reset "
        "kommt nicht an. Same procedure as last time", 320, lang="de", name="Ben")
negative("window", S.groups[10][1], a, "login problem again, more than 7 days later")

a = mail("jordi.puig@correu.example", "Jordi Puig", "Un altre cop tard",
         "Hola, la comanda 41372 també va tard. Cada vegada igual.", 380, "ca")
negative("window", S.groups[27][1], a, "late delivery again (new order), more than 7 days later")

# ---------------------------------------------------------------- filler
add(E, "george.w@mailbox.example", "Hi, do you deliver to the Isle of Man? Thanks, George", 8,
    lang="en", subject="Delivery to IoM", name="George Whitfield")
add(M, "@rabbitmum@mastodon.example", "@pawtry@pets.social is your timothy hay first or second cut?",
    68, lang="en", name="Bea")
add(B, "kevin-reptiles.bsky.social", "@pawtry.bsky.social any plans to stock UVB bulbs for beardies?",
    200, lang="en", name="Kev")
add(E, "irene.soto@correo.example", "Hola, ¿el pienso Wildmoor para gatos vale para gatos con "
    "insuficiencia renal? Gracias", 48, lang="es", subject="Consulta pienso", name="Irene Soto")
add(B, "dani-perros.bsky.social", "@pawtry.bsky.social ¿hacéis envíos a Canarias?", 260, lang="es", name="Dani")
add(M, "@meike@troet.example", "@pawtry@pets.social gibt's den Kratzbaum Olymp auch in Weiß?",
    110, lang="de", name="Meike")
add(E, "r.hoffmann@postfach.example", "Guten Tag, kann ich auf Rechnung bestellen? MfG R. Hoffmann",
    300, lang="de", subject="Zahlung auf Rechnung", name="Ralf Hoffmann")
add(B, "pauline-lapin.bsky.social", "@pawtry.bsky.social vous avez des bons plans pour un premier lapin ? "
    "quelle cage conseillez vous", 80, lang="fr", name="Pauline")
add(E, "m.lefevre@courriel.example", "Bonjour, livrez-vous en Belgique et à quel tarif ? Merci",
    420, lang="fr", subject="Livraison Belgique", name="Marc Lefèvre")
add(M, "@duda@masto.example", "@pawtry@pets.social vocês têm ração hipoalergénica para cães pequenos?",
    170, lang="pt", name="Duda")
add(E, "paolo.conti@posta.example", "Salve, il tiragraffi Olymp si può montare a parete? Grazie",
    130, lang="it", subject="Info tiragraffi", name="Paolo Conti")
add(B, "elena-pappagalli.bsky.social", "@pawtry.bsky.social avete anche semi per pappagalli grandi?",
    360, lang="it", name="Elena")
add(M, "@joost@mastodon.example", "@pawtry@pets.social verzenden jullie ook naar België?",
    50, lang="nl", name="Joost")
add(E, "femke.bakker@post.example", "Hoi, hebben jullie een cadeaubon? Groet, Femke", 270,
    lang="nl", subject="Cadeaubon", name="Femke Bakker")
add(B, "aina-gossos.bsky.social", "@pawtry.bsky.social teniu pinso sense gra per a gossos grans?",
    190, lang="ca", name="Aina")
add(E, "pere.roca@correu.example", "Bon dia, quant triga l'enviament a Andorra? Gràcies, Pere",
    460, lang="ca", subject="Enviament Andorra", name="Pere Roca")

S.write(here, "Eighth set for tuning: posts to a small pet food and accessories shop, labelled "
        "by what a reader would say, written without sight of the detector.")
