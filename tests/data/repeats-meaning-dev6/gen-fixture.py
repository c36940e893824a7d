#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A sixth labelled set of repeats in other words, for tuning.

The posts are those a small online shop for children's toys and board
games (Kazoo & Kite, kazookite.example) might receive on email, Mastodon
and Bluesky over three weeks, in eight languages: 30 groups of repeats
(the same customer raising the same complaint again within 7 days, on one
channel or two), labelled negatives (follow-ups, other complaints of the
same customer, other customers with the same complaint, the same complaint
again after more than 7 days) and one-off questions as filler.

The set was written without sight of the detector, its lexicon or the
other sets. The labels say what a person reading the posts would say;
they were never edited to fit the detector.

Writes fixture.jsonl and labels.json next to this script.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 3, 9, 8, 50, 0, tzinfo=timezone.utc)
S = LabelledSet(BASE, "ty", "hello@kazookite.example", "@kazookite@toot.community",
                "kazookite.bsky.social", "Kazoo & Kite")


def mail(addr, text, h, lang, subject, name=None, thread=None, irt=None, links=None):
    return S.add("email", addr, text, h, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def toot(handle, text, h, lang, name=None, links=None):
    return S.add("mastodon", handle, text, h, lang=lang, name=name, links=links)


def sky(handle, text, h, lang, name=None, links=None):
    return S.add("bluesky", handle, text, h, lang=lang, name=name, links=links)


def answer(key, text, h, lang, thread=None):
    ch = key.split(":", 1)[0]
    return S.reply(ch, text, h, S.rid(key), thread or S.rid(key), lang)


R = S.rid

# ---------------------------------------------------------------- English
a = mail("gemma.holt@fastmail.example",
         "Hi there,\n\nI ordered the Tidepool Marble Run on the 2nd (order KK-41873) for my son's birthday "
         "which is this Saturday. Tracking hasn't moved since Tuesday, it just says 'in transit'. "
         "Can you tell me if it'll arrive in time?\n\nThanks,\nGemma", 2, "en",
         "Order KK-41873 - will it arrive by Saturday?", name="Gemma Holt")
r = answer(a, "Hi Gemma, thanks for getting in touch. We're looking into it with the courier and will "
           "get back to you as soon as we hear something. Kind regards, Tom @ Kazoo & Kite", 6, "en")
b = mail("gemma.holt@fastmail.example",
         "So it's now Thursday and still nothing, tracking still frozen. You said you'd get back to me. "
         "Party is in two days. If it's lost just tell me and I'll go buy something at the shops.\n\nGemma",
         51, "en", "Re: Order KK-41873 - will it arrive by Saturday?", name="Gemma Holt",
         thread=R(a), irt=R(r))
S.group("en", "one identity", a, b)
en1_a = a

a = toot("@dadboardgames@mastodon.social",
         "Well. Our copy of Cartographers Junior from @kazookite@toot.community arrived with the box "
         "crushed flat on one corner and half the cards bent. Not ideal for a gift 😕", 10, "en",
         name="Rob ⚄")
b = toot("@dadboardgames@mastodon.social",
         "@kazookite@toot.community any chance someone can look at my post from yesterday? bent cards, "
         "squashed box. would love a replacement before the weekend", 33, "en", name="Rob ⚄")
c = toot("@dadboardgames@mastodon.social",
         "Day 4 of waiting for @kazookite@toot.community to acknowledge that they shipped me a pancake "
         "instead of a board game box. Love that for me.", 82, "en", name="Rob ⚄")
S.group("en", "one identity", a, b, c)
en2_a = a

a = mail("priya.n@outlook.example",
         "Hello,\n\nI sent back the Rainbow Wooden Train Set (order 40977) three weeks ago, your tracking "
         "shows you received it on the 20th. I still haven't had the refund of £64.99. Could you check?\n\n"
         "Priya Nair", 20, "en", "Refund for returned train set", name="Priya Nair")
b = sky("priyanair.bsky.social",
        "Sent @kazookite.bsky.social a wooden train set back nearly a month ago. They've had it for ages. "
        "Still no £64.99 back on my card. Emailed Monday, silence. Anyone else had this?", 70, "en",
        name="Priya N", links=["priya.n@outlook.example"])
S.group("en", "profile link", a, b)
S.same_person.append(["email:priya.n@outlook.example", "bluesky:priyanair.bsky.social"])

a = mail("d.okafor@gmail.example",
         "Hi, I've been charged twice for the same order (#41102, the Dino Dig kit + Uno). Two payments of "
         "£27.48 on my statement on the same day. Please refund one.\nDaniel Okafor", 30, "en",
         "Charged twice", name="Daniel Okafor")
b = toot("@dokafor@mstdn.social",
         "hey @kazookite@toot.community you've taken my money twice for one order and nobody's answered "
         "my email. 2x £27.48. sort it out please", 96, "en", name="Daniel Okafor")
S.group("en", "same name only", a, b)
S.same_person.append(["email:d.okafor@gmail.example", "mastodon:@dokafor@mstdn.social"])

a = mail("lucy.brennan@icloud.example",
         "Hiya, I tried to use the code SPRING15 from your newsletter at checkout but the total didn't "
         "change even though it said 'code applied'. Order went through at full price (£42.00). Can you "
         "knock off the 15%?\nLucy", 140, "en", "SPRING15 code didn't work", name="Lucy Brennan")
b = mail("lucy.brennan@icloud.example",
         "Hello?? Just chasing the discount thing. the spring code. still paid full whack\n\nSent from my iPhone",
         201, "en", "discount", name="Lucy Brennan")
S.group("en", "one identity", a, b)

# ---------------------------------------------------------------- Spanish
a = mail("marisa.fdez@yahoo.example",
         "Hola buenas,\n\nhice un pedido el dia 3 (nº 41250), un Catan Junior y unas pinturas de dedos, y "
         "todavia no me ha llegado nada. Me podeis decir algo?\n\nUn saludo,\nMarisa Fernández", 12, "es",
         "Pedido 41250 sin llegar", name="Marisa Fernández")
r = answer(a, "Hola Marisa, gracias por escribirnos. Lo estamos revisando con la agencia de transporte y te "
           "decimos algo en cuanto sepamos más. Un saludo, Lucía (Kazoo & Kite)", 17, "es")
b = mail("marisa.fdez@yahoo.example",
         "Hola otra vez, han pasado tres dias desde vuestra respuesta y sigo sin saber nada del paquete. "
         "Es para el cumple de mi sobrina...\nMarisa", 88, "es", "Re: Pedido 41250 sin llegar",
         name="Marisa Fernández", thread=R(a), irt=R(r))
c = mail("marisa.fdez@yahoo.example",
         "Esto ya es de risa. Una semana y ni paquete ni respuesta. O me decis donde esta o me devolveis el "
         "dinero.", 160, "es", "Re: Pedido 41250 sin llegar", name="Marisa Fernández",
         thread=R(a), irt=R(r))
S.group("es", "one identity", a, b, c)

es2_a = a = toot("@pakolopez@mastodon.online",
         "Comprado puzzle de 1000 piezas \"Mapa del Mundo\" en @kazookite@toot.community, 3 tardes montandolo "
         "con los críos y FALTAN 2 PIEZAS. Justo en medio del Pacífico 🙃", 45, "es", name="Paco López")
b = toot("@pakolopez@mastodon.online",
         "@kazookite@toot.community ¿me mandáis las dos piezas que faltan del mapa del mundo o qué? que el "
         "puzzle lleva en la mesa del salón desde el domingo", 110, "es", name="Paco López")
S.group("es", "one identity", a, b)

a = mail("jmartin.ruiz@hotmail.example",
         "Buenas tardes. No puedo entrar en mi cuenta, le doy a 'he olvidado mi contraseña' y el correo de "
         "recuperación no llega nunca (mirado en spam también). Necesito ver mis pedidos.\nJavier Martín",
         60, "es", "No puedo acceder a mi cuenta", name="Javier Martín")
b = toot("@jmartinruiz@mastodon.social",
         "Oye @kazookite@toot.community, que sigo sin poder entrar en la cuenta, el email para resetear la "
         "contraseña no llega. Os escribí hace dos dias.", 105, "es", name="Javi",
         links=["jmartin.ruiz@hotmail.example"])
S.group("es", "profile link", a, b)
S.same_person.append(["email:jmartin.ruiz@hotmail.example", "mastodon:@jmartinruiz@mastodon.social"])

a = mail("admin@ludotecalarana.example",
         "Hola,\n\nen la factura F-2026-0388 aparece mal nuestro CIF (pone B-4521889 y es B-45218896) y el "
         "nombre de la asociación. La necesitamos corregida para justificar la subvención.\n\n"
         "Atentamente,\nNuria Blasco\nLudoteca La Rana", 150, "es", "Factura con datos erróneos",
         name="Ludoteca La Rana")
b = mail("admin@ludotecalarana.example",
         "Buenos días, volvemos a escribir por la factura F-2026-0388, el CIF sigue mal. ¿Nos la podéis "
         "reenviar corregida cuanto antes? Tenemos plazo el viernes.\nNuria", 215, "es",
         "Factura F-2026-0388 (2º aviso)", name="Ludoteca La Rana")
S.group("es", "one identity", a, b)

# ---------------------------------------------------------------- German
a = mail("stefan.kuehn@web.example",
         "Hallo,\n\nlaut DHL wurde meine Bestellung 41318 gestern um 14:12 zugestellt, \"an Nachbar/Empfänger\". "
         "Bei mir ist nichts angekommen und die Nachbarn haben auch nichts. Was nun?\n\nGruß\nStefan Kühn",
         24, "de", "Bestellung 41318 angeblich zugestellt", name="Stefan Kühn")
r = answer(a, "Hallo Herr Kühn, danke für Ihre Nachricht. Wir haben einen Nachforschungsauftrag bei DHL "
           "gestellt und melden uns, sobald wir eine Antwort haben. Viele Grüße, Kazoo & Kite", 29, "de")
b = mail("stefan.kuehn@web.example",
         "Hallo nochmal,\ndas Paket ist weiterhin nicht aufgetaucht. Gibt es schon was von DHL? Ich würde "
         "ungern noch länger warten, sonst bitte Erstattung.\nS. Kühn", 100, "de",
         "Re: Bestellung 41318 angeblich zugestellt", name="Stefan Kühn", thread=R(a), irt=R(r))
S.group("de", "one identity", a, b)

a = sky("lenaundmax.bsky.social",
        "Bestellt: Laufrad in Mintgrün. Gekommen: Laufrad in Pink. Der Kleine weint, ich lache nicht "
        "@kazookite.bsky.social", 58, "de", name="Lena")
b = sky("lenaundmax.bsky.social",
        "@kazookite.bsky.social kann mir mal jemand sagen wie ich das pinke Ding gegen das grüne tausche? "
        "Hab nix gehört bisher", 120, "de", name="Lena")
S.group("de", "one identity", a, b)
de2_a = a

a = toot("@brettspielbaer@norden.social",
         "Ich hab die Spielebox-Abo bei @kazookite@toot.community im Februar gekündigt (Bestätigung per Mail "
         "und alles) und heute wurden trotzdem wieder 29,90 abgebucht. Toll.", 75, "de", name="Jörg Wendt")
b = mail("j.wendt@posteo.example",
         "Sehr geehrte Damen und Herren,\n\nich habe mein Spielebox-Abo zum 28.02. gekündigt, trotzdem wurden "
         "am 12.03. 29,90 EUR per Lastschrift eingezogen. Ich bitte um Rückerstattung.\n\nMit freundlichen "
         "Grüßen\nJörg Wendt", 130, "de", "Abo gekündigt - trotzdem abgebucht", name="Jörg Wendt")
S.group("de", "same name only", a, b)
S.same_person.append(["mastodon:@brettspielbaer@norden.social", "email:j.wendt@posteo.example"])

a = mail("anja.seidel@gmx.example",
         "Hallo, ich möchte die Holzküche zurückschicken (Bestellnr. 41411), hab das Retourenformular "
         "ausgefüllt aber kein Rücksendeetikett bekommen. Können Sie mir das schicken?\nDanke, Anja Seidel",
         170, "de", "Rücksendeetikett fehlt", name="Anja Seidel")
b = mail("anja.seidel@gmx.example",
         "Hallo, immer noch kein Etikett da. Die Küche steht hier im Flur im Weg rum.\nAnja", 215, "de",
         "Re: Rücksendeetikett fehlt", name="Anja Seidel", thread=R(a), irt=R(a))
c = mail("anja.seidel@gmx.example",
         "Ich frag jetzt zum dritten Mal: wo bleibt das Retourenlabel für 41411?? Die Widerrufsfrist läuft "
         "mir sonst ab.", 290, "de", "Re: Rücksendeetikett fehlt", name="Anja Seidel",
         thread=R(a), irt=R(b))
S.group("de", "one identity", a, b, c)

# ---------------------------------------------------------------- French
a = mail("helene.morel@orange.example",
         "Bonjour,\n\nMa commande 41205 (le Dobble et le Kapla 200) devait arriver lundi, on est jeudi et le "
         "suivi Colissimo n'a pas bougé depuis samedi. Pouvez-vous vous renseigner ?\n\nCordialement,\n"
         "Hélène Morel", 15, "fr", "Retard cde 41205", name="Hélène Morel")
r = answer(a, "Bonjour Madame Morel, nous avons contacté Colissimo et revenons vers vous dès que possible. "
           "Bien cordialement, l'équipe Kazoo & Kite", 22, "fr")
b = mail("helene.morel@orange.example",
         "Bonjour, toujours rien... le suivi est bloqué au même endroit. Ça commence à faire long.\nH. Morel",
         93, "fr", "Re: Retard cde 41205", name="Hélène Morel", thread=R(a), irt=R(r))
S.group("fr", "one identity", a, b)
fr1_a = a

a = toot("@kevin_lgd@piaille.fr",
         "Le site de @kazookite@toot.community plante à chaque fois que je clique sur \"payer\". Page blanche, "
         "panier vidé. 3 fois ce soir. Je voulais juste acheter un Galerapagos 🤦", 130, "fr", name="Kévin")
b = toot("@kevin_lgd@piaille.fr",
         "bon ben toujours impossible de payer sur kazookite, page blanche direct. je vais finir par "
         "l'acheter ailleurs hein", 152, "fr", name="Kévin")
S.group("fr", "one identity", a, b)

a = mail("sophie.garnier@free.example",
         "Bonjour,\nj'ai renvoyé le déguisement de chevalier (trop petit) il y a 15 jours, vous l'avez bien "
         "reçu d'après La Poste, mais je n'ai toujours pas été remboursée (34,90 €).\nMerci de faire le "
         "nécessaire.\nSophie Garnier", 180, "fr", "Remboursement non reçu", name="Sophie Garnier")
b = sky("sophiegarnier.bsky.social",
        "@kazookite.bsky.social ça fait plus de 2 semaines que vous avez le costume que j'ai renvoyé et "
        "toujours pas un centime de remboursé. Mon mail reste sans réponse. Super.", 236, "fr",
        name="Sophie G.", links=["sophie.garnier@free.example"])
S.group("fr", "profile link", a, b)
S.same_person.append(["email:sophie.garnier@free.example", "bluesky:sophiegarnier.bsky.social"])

a = sky("mamandetroisloulous.bsky.social",
        "Le livreur qui vous livre chez @kazookite.bsky.social a balancé le colis par-dessus le portail et "
        "m'a répondu \"c'est pas mon problème madame\" quand je lui ai fait remarquer. Charmant.", 200, "fr",
        name="Aurélie")
b = sky("mamandetroisloulous.bsky.social",
        "Toujours pas de réponse de @kazookite.bsky.social sur leur livreur mal poli. Vous choisissez vos "
        "transporteurs comment, au hasard ?", 250, "fr", name="Aurélie")
S.group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese
a = mail("carla.menezes@uol.example",
         "Olá, boa tarde\n\nRecebi hoje a casinha de bonecas (pedido 41290) e o telhado veio rachado, e uma "
         "das janelinhas solta dentro da caixa. Mando fotos se precisar.\n\nAtt,\nCarla Menezes", 40, "pt",
         "Casinha de bonecas chegou quebrada", name="Carla Menezes")
b = mail("carla.menezes@uol.example",
         "oi, ninguem me respondeu ainda sobre a casinha com o telhado rachado. vcs vão trocar ou não?",
         115, "pt", "Re: Casinha de bonecas chegou quebrada", name="Carla Menezes", thread=R(a), irt=R(a))
S.group("pt", "one identity", a, b)
pt1_a = a

a = sky("rafa-tavares.bsky.social",
        "tentei usar o cupom BRINCA10 no site da @kazookite.bsky.social e diz 'cupom inválido'. o cupom "
        "veio no email de vcs ontem 🤷‍♂️", 175, "pt", name="Rafael Tavares")
b = toot("@rafatavares@masto.pt",
         "@kazookite@toot.community o cupom BRINCA10 continua sem funcionar, já tentei no celular e no pc. "
         "vale ou não vale?", 210, "pt", name="Rafael Tavares")
S.group("pt", "same name only", a, b)
S.same_person.append(["bluesky:rafa-tavares.bsky.social", "mastodon:@rafatavares@masto.pt"])

a = mail("joao.pinto@sapo.example",
         "Bom dia,\n\nFoi-me cobrado duas vezes o valor da encomenda n.º 41377 (2 x 38,50 €) no cartão. "
         "Agradeço a devolução de um dos pagamentos.\n\nCumprimentos,\nJoão Pinto", 260, "pt",
         "Cobrança duplicada - encomenda 41377", name="João Pinto")
b = mail("joao.pinto@sapo.example",
         "Bom dia, ainda não tive resposta relativamente à cobrança em duplicado. Podem verificar?\nJoão Pinto",
         300, "pt", "Re: Cobrança duplicada - encomenda 41377", name="João Pinto", thread=R(a), irt=R(a))
c = mail("joao.pinto@sapo.example",
         "Continuo com 77 euros debitados por uma encomenda de 38,50. Se não resolverem vou pedir o "
         "estorno ao banco.", 340, "pt", "cobrança a dobrar", name="João Pinto")
S.group("pt", "one identity", a, b, c)

# ---------------------------------------------------------------- Italian
a = mail("giulia.ferraro@libero.example",
         "Buongiorno,\n\nho ordinato il 1° marzo (ordine n. 41120) la Fattoria Playmobil e non è ancora "
         "arrivata. Il tracking BRT dice \"in giacenza\" ma nessuno mi ha avvisato di niente.\n\nGrazie\n"
         "Giulia Ferraro", 5, "it", "Ordine 41120 non arrivato", name="Giulia Ferraro")
r = answer(a, "Gentile Giulia, stiamo verificando con il corriere e la aggiorniamo al più presto. "
           "Cordiali saluti, Kazoo & Kite", 9, "it")
b = mail("giulia.ferraro@libero.example",
         "Salve, ancora niente. Il pacco è sempre in giacenza e nessuno mi dice dove. Quanto devo aspettare?",
         76, "it", "Re: Ordine 41120 non arrivato", name="Giulia Ferraro", thread=R(a), irt=R(r))
S.group("it", "one identity", a, b)

a = toot("@marco_bianchi@mastodon.uno",
         "Ordinato costume da astronauta taglia 5-6 anni per mio figlio da @kazookite@toot.community, "
         "arrivato un 2-3 anni. Gli arriva al ginocchio 😂 ma anche no", 90, "it", name="Marco B.")
b = toot("@marco_bianchi@mastodon.uno",
         "@kazookite@toot.community allora per il costume della taglia sbagliata? Carnevale è passato, "
         "almeno ridatemi i soldi o mandatemi quello giusto", 165, "it", name="Marco B.")
S.group("it", "one identity", a, b)

a = toot("@fede.costruisce@mastodon.uno",
         "Scatola delle costruzioni \"Ponte Levatoio\" di @kazookite@toot.community: mancano i due perni "
         "grigi per la catena. Il ponte non si alza. Mio figlio mi guarda deluso.", 230, "it",
         name="Federica")
b = mail("federica.rinaldi@tiscali.example",
         "Buonasera, vi scrivo anche qui: nel set Ponte Levatoio (ordine 41452) mancano i due perni grigi. "
         "L'avevo segnalato su Mastodon due giorni fa ma niente. Me li potete spedire?\nFederica Rinaldi",
         280, "it", "Pezzi mancanti Ponte Levatoio", name="Federica Rinaldi",
         links=["@fede.costruisce@mastodon.uno"])
S.group("it", "profile link", a, b)
S.same_person.append(["mastodon:@fede.costruisce@mastodon.uno", "email:federica.rinaldi@tiscali.example"])

# ---------------------------------------------------------------- Dutch
a = mail("r.dejong@ziggo.example",
         "Goedemiddag,\n\nIk heb op 4 maart besteld (bestelnummer 41233) en nog steeds niks binnen. PostNL "
         "track & trace geeft alleen 'zending aangemeld'. Is het wel verstuurd?\n\nMvg,\nRuud de Jong",
         28, "nl", "Bestelling 41233 nog niet ontvangen", name="Ruud de Jong")
b = mail("r.dejong@ziggo.example",
         "Hallo, nog steeds geen pakket en ook geen reactie op mijn vorige mail. Graag even uitzoeken.\nRuud",
         125, "nl", "Re: Bestelling 41233 nog niet ontvangen", name="Ruud de Jong", thread=R(a), irt=R(a))
S.group("nl", "one identity", a, b)
nl1_a = a

a = sky("tessvdberg.bsky.social",
        "de app van @kazookite.bsky.social crasht elke keer als ik mijn winkelmandje open. iPhone 13, "
        "nieuwste versie. iemand anders ook?", 66, "nl", name="Tess")
b = sky("tessvdberg.bsky.social",
        "nog steeds crashen zodra ik naar mijn mandje ga @kazookite.bsky.social. wil gewoon die Ticket to "
        "Ride bestellen man", 142, "nl", name="Tess")
S.group("nl", "one identity", a, b)

a = mail("mvisser@kpnmail.example",
         "Beste Kazoo & Kite,\n\nIk wil de knikkerbaan retourneren (order 41302) maar na het aanmelden van de "
         "retour heb ik geen retourlabel ontvangen. Kunnen jullie die sturen?\n\nGroet,\nMarieke Visser",
         190, "nl", "Geen retourlabel ontvangen", name="Marieke Visser")
b = sky("mariekevisser.bsky.social",
        "@kazookite.bsky.social mailtje gestuurd over mijn retourlabel maar niks gehoord. Kan de knikkerbaan "
        "zo niet terugsturen...", 240, "nl", name="Marieke Visser")
S.group("nl", "same name only", a, b)
S.same_person.append(["email:mvisser@kpnmail.example", "bluesky:mariekevisser.bsky.social"])

a = toot("@bramspeelt@mastodon.nl",
         "Bij @kazookite@toot.community is mijn bestelling van €46,95 twee keer afgeschreven. Even gemaild, "
         "eens kijken hoe snel ze zijn.", 310, "nl", name="Bram")
b = toot("@bramspeelt@mastodon.nl",
         "@kazookite@toot.community nog geen reactie over die dubbele afschrijving. 94 euro voor een spel "
         "van 47 is wel wat veel", 350, "nl", name="Bram")
c = toot("@bramspeelt@mastodon.nl",
         "hallo?? @kazookite@toot.community ik wil m'n geld terug van die dubbele betaling", 395, "nl",
         name="Bram")
S.group("nl", "one identity", a, b, c)

# ---------------------------------------------------------------- Catalan
a = mail("pere.soler@gmail.example",
         "Bon dia,\n\nvaig fer la comanda 41266 fa deu dies (el Dixit i les baldufes) i encara no ha arribat. "
         "El seguiment de Correos no s'actualitza.\n\nGràcies,\nPere Soler", 35, "ca",
         "Comanda 41266 encara no arribada", name="Pere Soler")
r = answer(a, "Hola Pere, ho estem mirant amb Correos i et direm alguna cosa aviat. Salutacions, "
           "Kazoo & Kite", 40, "ca")
b = mail("pere.soler@gmail.example",
         "Hola de nou, res de res. Ni paquet ni noticies. Quant haig d'esperar?\nPere", 128, "ca",
         "Re: Comanda 41266 encara no arribada", name="Pere Soler", thread=R(a), irt=R(r))
S.group("ca", "one identity", a, b)
ca1_a = a

a = sky("martapujol.bsky.social",
        "Ens ha arribat el joc de la Oca de fusta de @kazookite.bsky.social amb el tauler partit per la "
        "meitat 😢 quina pena, era per a l'avi", 270, "ca", name="Marta")
b = toot("@mpujol@mastodon.cat",
         "@kazookite@toot.community us vaig escriure per Bluesky fa dies: el tauler del joc de l'Oca va "
         "arribar trencat. Algu em pot dir alguna cosa?", 320, "ca", name="Marta Pujol",
         links=["martapujol.bsky.social"])
S.group("ca", "profile link", a, b)
S.same_person.append(["bluesky:martapujol.bsky.social", "mastodon:@mpujol@mastodon.cat"])

a = toot("@jordivila@mastodon.cat",
         "@kazookite@toot.community la factura de la comanda 41390 surt a nom d'una altra persona i amb una "
         "adreça de Saragossa. Necessito que la corregiu, és per a l'escola.", 285, "ca", name="Jordi Vila")
b = mail("jordi.vila@xtec.example",
         "Bon dia,\n\nus torno a demanar que em corregiu la factura de la comanda 41390: hi surt un altre nom "
         "i una adreça que no és la nostra. És per a l'escola i la necessito bé.\n\nJordi Vila\nEscola "
         "Els Pins", 345, "ca", "Factura comanda 41390 incorrecta", name="Jordi Vila")
S.group("ca", "same name only", a, b)
S.same_person.append(["mastodon:@jordivila@mastodon.cat", "email:jordi.vila@xtec.example"])

# ---------------------------------------------------------------- follow-ups
a = mail("sam.whitfield@proton.example",
         "Hi, my parcel hasn't turned up yet, it was supposed to be here Monday. Can you check?\nSam", 80, "en",
         "Where's my parcel", name="Sam Whitfield")
r = answer(a, "Hi Sam, sorry about that! Could you send us your order number so we can look it up?", 83, "en")
b = mail("sam.whitfield@proton.example",
         "Sure, it's 41340. Thanks\nSam", 85, "en", "Re: Where's my parcel", name="Sam Whitfield",
         thread=R(a), irt=R(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

a = mail("ines.ortega@gmail.example",
         "Hola, el tren de madera ha llegado con una rueda rota.\nInés", 95, "es", "Rueda rota",
         name="Inés Ortega")
r = answer(a, "Hola Inés, lo sentimos mucho. ¿Nos puedes mandar una foto de la rueda y el número de pedido?",
           99, "es")
b = mail("ines.ortega@gmail.example",
         "Aqui va la foto (adjunta). El pedido es el 41310.\nGracias!", 101, "es", "Re: Rueda rota",
         name="Inés Ortega", thread=R(a), irt=R(r))
S.negative("follow-up", a, b, "sends the photo and order number asked for")

a = mail("k.brandt@t-online.example",
         "Guten Tag, in meinem Puzzle (Tiere der Welt, 500 Teile) fehlt ein Teil.\nKarin Brandt", 145, "de",
         "Puzzleteil fehlt", name="Karin Brandt")
r = answer(a, "Hallo Frau Brandt, das tut uns leid. Können Sie uns sagen, welches Teil fehlt (ein Foto "
           "der Lücke reicht)? Dann fragen wir beim Hersteller an.", 150, "de")
b = mail("k.brandt@t-online.example",
         "Hallo, anbei das Foto, es ist ein Randteil oben links (der Eisbär). Bestellung war 41333.\nK. Brandt",
         153, "de", "Re: Puzzleteil fehlt", name="Karin Brandt", thread=R(a), irt=R(r))
S.negative("follow-up", a, b, "adds the photo and which piece, as asked")

a = mail("nicolas.perrin@laposte.example",
         "Bonjour, je n'arrive pas à me connecter à mon compte, il me dit mot de passe incorrect alors que "
         "je suis sûr du mot de passe.\nNicolas", 205, "fr", "Connexion impossible", name="Nicolas Perrin")
r = answer(a, "Bonjour Nicolas, pouvez-vous nous indiquer l'adresse mail utilisée pour le compte ? "
           "Nous allons vérifier.", 209, "fr")
b = mail("nicolas.perrin@laposte.example",
         "C'est nperrin78@laposte.example (ancienne adresse). Merci !", 211, "fr", "Re: Connexion impossible",
         name="Nicolas Perrin", thread=R(a), irt=R(r))
S.negative("follow-up", a, b, "gives the account address the shop asked for")

a = mail("chiara.gallo@alice.example",
         "Buongiorno, il trenino elettrico non funziona, le ruote non girano anche con pile nuove.", 300, "it",
         "Trenino non funziona", name="Chiara Gallo")
b = mail("chiara.gallo@alice.example",
         "PS: dimenticavo, l'ordine è il 41401 e ho provato sia pile Duracell che ricaricabili. Allego un "
         "video.\nChiara", 302, "it", "Re: Trenino non funziona", name="Chiara Gallo", thread=R(a), irt=R(a))
S.negative("follow-up", a, b, "PS with the order number, batteries tried and a video")

a = mail("wouter.bakker@hotmail.example",
         "Hoi, de Jenga die ik kreeg is niet compleet volgens mij, zitten er te weinig blokjes in.", 360, "nl",
         "Jenga incompleet", name="Wouter Bakker")
r = answer(a, "Hoi Wouter, vervelend! Hoeveel blokjes zitten er in de doos? Dan sturen we de rest na.",
           363, "nl")
b = mail("wouter.bakker@hotmail.example",
         "Geteld: 48, het moeten er 54 zijn. Bestelling 41466.", 366, "nl", "Re: Jenga incompleet",
         name="Wouter Bakker", thread=R(a), irt=R(r))
S.negative("follow-up", a, b, "gives the count the shop asked for")

# ---------------------------------------------------------------- other complaints of group customers
x = mail("gemma.holt@fastmail.example",
         "Hi, the marble run finally came (thanks). But the invoice in the box has the wrong price on it, "
         "£39.99 instead of the £34.99 I paid, and I need it for a gift receipt. Can you send a correct one?\n"
         "Gemma", 110, "en", "Invoice for KK-41873 wrong", name="Gemma Holt")
S.negative("other-complaint", en1_a, x, "same order, now an invoice error instead of the late delivery")

x = mail("helene.morel@orange.example",
         "Bonjour, le colis est enfin arrivé mais au lieu du Kapla 200 j'ai reçu un Kapla 100. Pouvez-vous "
         "faire l'échange ?\nHélène Morel", 140, "fr", "Erreur dans la cde 41205", name="Hélène Morel")
S.negative("other-complaint", fr1_a, x, "the late order arrived; now a wrong item")

x = sky("lenaundmax.bsky.social",
        "und jetzt komm ich nicht mal mehr in mein Kundenkonto bei @kazookite.bsky.social, Passwort-Reset "
        "Link geht nicht 🙄", 160, "de", name="Lena")
S.negative("other-complaint", de2_a, x, "login problem, not the wrong colour")

x = mail("carla.menezes@uol.example",
         "Olá, além da casinha, o quebra-cabeça que veio no mesmo pedido foi cobrado mas não veio na caixa.",
         135, "pt", "Item faltando no pedido 41290", name="Carla Menezes")
S.negative("other-complaint", pt1_a, x, "an item missing from the same order, not the broken roof")

x = mail("pere.soler@gmail.example",
         "Hola, a part del tema del paquet, el codi de descompte BENVINGUT5 no em va restar res a la comanda "
         "41266.\nPere", 60, "ca", "Codi de descompte", name="Pere Soler")
S.negative("other-complaint", ca1_a, x, "a discount code not applied, not the delivery")

x = mail("r.dejong@ziggo.example",
         "Hallo, jullie website geeft een foutmelding (500) als ik mijn factuur wil downloaden.\nRuud",
         75, "nl", "Foutmelding bij factuur", name="Ruud de Jong")
S.negative("other-complaint", nl1_a, x, "site error on invoice download, not the missing parcel")

# ---------------------------------------------------------------- other customers
a = toot("@owlmum@mastodon.social",
         "is the @kazookite@toot.community site down for anyone else? getting a 502 at checkout", 220, "en",
         name="Hannah")
b = sky("benjaminsplays.bsky.social",
        "kazookite.example just throws an error when I try to pay. broken for everyone?", 221, "en",
        name="Ben")
S.negative("other-customer", a, b, "an outage: two different customers")

a = mail("eva.smits@gmail.example",
         "Hallo, onze bestelling 41377 is nog niet binnen. Kunnen jullie kijken?\nEva", 250, "nl",
         "Bestelling 41377", name="Eva Smits")
b = mail("thijs.smits@gmail.example",
         "Hoi, mijn vrouw heeft al gemaild geloof ik, maar bestelling 41377 is er nog steeds niet. Groet, "
         "Thijs", 262, "nl", "Waar blijft 41377?", name="Thijs Smits")
S.negative("other-customer", a, b, "a couple sharing one order: two people")

a = mail("laura.martinez@gmail.example",
         "Hola, mi pedido 41229 no ha llegado y ya han pasado 10 dias.\nLaura (Valencia)", 180, "es",
         "Pedido no llegado", name="Laura M.")
b = sky("lauramolina.bsky.social",
        "@kazookite.bsky.social mi pedido aun no ha llegado a Bilbao, ¿sabéis algo? El 41388", 190, "es",
        name="Laura M.")
S.negative("other-customer", a, b, "two different people sharing a display name, different orders and cities")
S.same_name_different_people.append(["email:laura.martinez@gmail.example", "bluesky:lauramolina.bsky.social"])

a = toot("@camille_r@piaille.fr",
         "Le ballon sauteur commandé chez @kazookite@toot.community est arrivé crevé. Ma fille est dégoûtée.",
         265, "fr", name="Camille")
b = mail("camille.dubois@sfr.example",
         "Bonjour, le ballon sauteur reçu hier (commande 41420) est percé, il se dégonfle en 5 minutes. "
         "Camille Dubois, Lyon", 275, "fr", "Ballon sauteur percé", name="Camille")
S.negative("other-customer", a, b, "two different people named Camille with the same damaged product")
S.same_name_different_people.append(["mastodon:@camille_r@piaille.fr", "email:camille.dubois@sfr.example"])

a = mail("ana.batista@gmail.example",
         "Olá, o cupom BRINCA10 não funciona no meu carrinho.\nAna", 178, "pt", "Cupom", name="Ana Batista")
b = toot("@luizcosta@masto.pt",
         "alguem conseguiu usar o BRINCA10 da @kazookite@toot.community? aqui dá inválido", 182, "pt",
         name="Luiz Costa")
S.negative("other-customer", a, b, "two customers with the same broken coupon")

b = mail("rocio.lopez@telefonica.example",
         "Hola, al puzzle Mapa del Mundo que os compré le falta una pieza. Me lo comentó mi cuñado que a él "
         "le pasó igual.\nRocío López", 140, "es", "Pieza que falta", name="Rocío López")
S.negative("other-customer", es2_a, b, "another customer (his sister-in-law) with a piece missing from the same puzzle")

# ---------------------------------------------------------------- window
a = toot("@owlmum@mastodon.social",
         "@kazookite@toot.community my order 41244 still hasn't shipped after 5 days, what's going on?", 30,
         "en", name="Hannah")
b = toot("@owlmum@mastodon.social",
         "@kazookite@toot.community my order 41244 still hasn't shipped, what's going on??", 260, "en",
         name="Hannah")
S.negative("window", a, b, "same complaint again, over nine days later")

a = mail("alberto.conti@virgilio.example",
         "Buongiorno, il rimborso per il reso del monopattino non è ancora arrivato.\nAlberto Conti", 40,
         "it", "Rimborso reso", name="Alberto Conti")
b = mail("alberto.conti@virgilio.example",
         "Buongiorno, scrivo di nuovo perché il rimborso del monopattino reso non l'ho mai visto.\n"
         "Alberto Conti", 300, "it", "Rimborso monopattino", name="Alberto Conti")
S.negative("window", a, b, "same refund complaint again after ten days")

a = sky("nil.ferrer.bsky.social",
        "No puc entrar al meu compte de @kazookite.bsky.social, em diu que la contrasenya no és correcta", 100,
        "ca", name="Nil")
b = sky("nil.ferrer.bsky.social",
        "Un altre cop sense poder entrar al compte de @kazookite.bsky.social. La contrasenya no va.", 420,
        "ca", name="Nil")
S.negative("window", a, b, "same login problem again, thirteen days later")

a = mail("m.hoffmann@gmx.example",
         "Hallo, wo bleibt meine Bestellung 41188? Schon eine Woche unterwegs.\nMarkus Hoffmann", 8, "de",
         "Bestellung 41188", name="Markus Hoffmann")
b = mail("m.hoffmann@gmx.example",
         "Hallo, Bestellung 41188 ist immer noch nicht da. Was ist da los?\nM. Hoffmann", 200, "de",
         "Bestellung 41188 - immer noch nicht da", name="Markus Hoffmann")
S.negative("window", a, b, "same delivery complaint again eight days later")

# ---------------------------------------------------------------- filler
mail("oliver.grant@btinternet.example", "Hi, is Ticket to Ride: First Journey suitable for a 5 year old? "
     "Thanks, Oliver", 14, "en", "Age question", name="Oliver Grant")
toot("@nerdygranny@mastodon.social", "@kazookite@toot.community do you do gift wrapping? Want to send "
     "something straight to my grandkids", 48, "en", name="June")
sky("teachertom.bsky.social", "@kazookite.bsky.social any discount for schools buying 10+ board games?",
    155, "en", name="Tom")
mail("sandra.gil@gmail.example", "Hola, ¿enviáis a Canarias? ¿Y cuánto cuesta el envío?\nGracias", 65, "es",
     "Envíos a Canarias", name="Sandra Gil")
toot("@lucia_lee@mastodon.online", "@kazookite@toot.community ¿cuándo vuelve a haber stock del Virus!?",
     230, "es", name="Lucía")
mail("f.meier@web.example", "Guten Tag, liefern Sie auch in die Schweiz? Gruß F. Meier", 115, "de",
     "Lieferung Schweiz", name="Frank Meier")
sky("spielmitpia.bsky.social", "@kazookite.bsky.social habt ihr Gutscheine zum Ausdrucken? Brauche "
    "heute noch ein Geschenk 😅", 330, "de", name="Pia")
mail("julie.roux@wanadoo.example", "Bonjour, est-ce que le Kapla 200 existe en version couleur ?\nJulie",
     55, "fr", "Question Kapla", name="Julie Roux")
toot("@papa_geek@piaille.fr", "@kazookite@toot.community vous avez des jeux coopératifs pour 3-4 ans à "
     "conseiller ?", 375, "fr", name="Thomas")
sky("bia-rocha.bsky.social", "@kazookite.bsky.social vcs entregam no Brasil ou só Europa?", 95, "pt",
    name="Bia")
mail("ricardo.sousa@sapo.example", "Bom dia, têm loja física em Lisboa?\nRicardo", 240, "pt", "Loja física",
     name="Ricardo Sousa")
toot("@paolaesse@mastodon.uno", "@kazookite@toot.community il Dobble Kids è in italiano o multilingua?", 125,
     "it", name="Paola")
mail("luca.moretti@gmail.example", "Salve, fate fattura elettronica per le aziende? Grazie\nLuca Moretti",
     385, "it", "Fattura elettronica", name="Luca Moretti")
sky("sanne-knutselt.bsky.social", "@kazookite.bsky.social verkopen jullie ook losse onderdelen voor de "
    "knikkerbaan?", 185, "nl", name="Sanne")
mail("laia.roca@gmail.example", "Hola, teniu jocs de taula en català? Gràcies!\nLaia", 70, "ca",
     "Jocs en català", name="Laia Roca")
toot("@oriolgm@mastodon.cat", "@kazookite@toot.community quan acaben les rebaixes de primavera?", 410, "ca",
     name="Oriol")

S.write(HERE, "Sixth labelled set of repeats in other words (tuning): a toy and board-game shop, "
        "eight languages, written without sight of the detector; labels are what a reader would say.")
