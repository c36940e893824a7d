#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes fixture.jsonl and labels.json: a blind labelled set of repeats in
other words.

Written by someone who had not seen the detector or its lexicon, before the
detector was measured or tuned on it: 30 groups of one customer making the
same complaint again within 7 days, in eight languages (10 across channels),
plus hard negatives of four kinds (follow-up, other-complaint,
other-customer, window) and unrelated one-off questions. The posts are
written the way customers write, not in words chosen for any detector.
This set is measured, not tuned on. Labels say what a person reading the
posts would say; do not edit them or the posts to fit the detector. Run it
again after editing; the output is deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 9, 7, 8, 0, 0, tzinfo=timezone.utc)
SHOP_MAIL = "help@hollowbrook.example"
SHOP_MASTO = "@hollowbrook@mastodon.social"
SHOP_BSKY = "hollowbrook.bsky.social"

SET = LabelledSet(BASE, "hb", SHOP_MAIL, SHOP_MASTO, SHOP_BSKY, "Hollowbrook Home")
add, group, negative, reply, rid = SET.add, SET.group, SET.negative, SET.reply, LabelledSet.rid
messages, groups, negatives = SET.messages, SET.groups, SET.negatives
same_person, same_name_different_people = SET.same_person, SET.same_name_different_people


# ==========================================================================
# True repeats
# ==========================================================================

# --- en -------------------------------------------------------------------

dana = ("email", "dana.whitfield@fastmail.example")
dw = dict(name="Dana Whitfield", lang="en")
a = add(*dana, "Hi there,\n\nI ordered the oak bookshelf on the 29th (order 61734) and the tracking page has said \"label created\" for five days now. Can someone tell me if it has actually shipped?\n\nThanks,\nDana", 2.4, subject="Where is my order?", **dw)
b = add(*dana, "Still sitting on \"label created\". Has this thing even left your warehouse??\n\nDana", 51.2, subject="Re: Where is my order?", thread=rid(a), in_reply_to=rid(a), **dw)
c = add(*dana, "I've now written twice with no answer. Nearly two weeks for a bookshelf is a joke. Ship it or refund me, your choice.\n\nD. Whitfield", 97.7, subject="#61734 - third time asking", **dw)
group("en", "one identity", a, b, c)

tom_mail = ("email", "tom.okafor@posteo.example")
tom_masto = ("mastodon", "@tokafor@fosstodon.org")
to_ = dict(name="Tom Okafor", lang="en")
group("en", "profile link",
      add(*tom_mail, "Hello,\n\nThe ceramic table lamp from order 62019 arrived with the base cracked clean through. The box looked fine from outside so it must have happened before packing. Photos attached. I'd like a replacement please.\n\nTom", 6.1, subject="Lamp arrived broken", **to_),
      add(*tom_masto, "Paid £85 for a lamp from @hollowbrook@mastodon.social and it turned up in two pieces. Sent them pics on Monday. Crickets. Great stuff.", 56.3, links=["tom.okafor@posteo.example"], **to_))
same_person.append(["email:tom.okafor@posteo.example", "mastodon:@tokafor@fosstodon.org"])

priya = ("bluesky", "priyasews.bsky.social")
pn = dict(name="Priya N.", lang="en")
group("en", "one identity",
      add(*priya, "cant log into my hollowbrook account and the reset link never shows up. checked spam. twice. help??", 11.3, **pn),
      add(*priya, "day 3 of being locked out of my @hollowbrook.bsky.social account lol. the 'forgot password' email is apparently a myth", 63.9, **pn))

gareth_mail = ("email", "g.lloyd@btmail.example")
gareth_bsky = ("bluesky", "garethlloyd.bsky.social")
gl = dict(name="Gareth Lloyd", lang="en")
group("en", "same name only",
      add(*gareth_mail, "Hello,\n\nI entered the code AUTUMN15 at checkout on order 63350. It said \"code accepted\" but the total didn't change and I was charged the full £212. Could you refund the 15% please?\n\nRegards,\nGareth Lloyd", 14.6, subject="Discount code not applied", **gl),
      add(*gareth_bsky, "hollowbrook's \"15% off everything\" is purely decorative apparently. code accepted, discount nowhere on the receipt. emailed them days ago", 88.2, **gl))
same_person.append(["email:g.lloyd@btmail.example", "bluesky:garethlloyd.bsky.social"])

wendy = ("mastodon", "@wendyk@mastodon.online")
wk = dict(name="Wendy Kowalski", lang="en")
group("en", "one identity",
      add(*wendy, "Filed a warranty claim with Hollowbrook for my recliner three weeks ago (claim W-2291). The footrest mechanism jammed halfway. Not a single reply so far.", 20.5, **wk),
      add(*wendy, "@hollowbrook@mastodon.social claim W-2291. anyone home? chair still stuck half open in my living room", 70.4, **wk),
      add(*wendy, "Starting to think that \"5 year guarantee\" is just marketing copy. Still nobody has looked at my recliner.", 131.0, **wk))

# --- es -------------------------------------------------------------------

lucia = ("email", "lucia.ferrer@correo.example")
lf = dict(name="Lucía Ferrer", lang="es")
a = add(*lucia, "Hola,\n\nDevolví la silla de ratán hace tres semanas (pedido 64102), tengo el justificante de Correos, y el reembolso sigue sin aparecer en mi cuenta.\n\nUn saludo,\nLucía", 9.0, subject="Reembolso pendiente", **lf)
s = reply("email", "Hola Lucía, gracias por escribirnos. Lo hemos pasado al departamento de contabilidad y te decimos algo en cuanto lo sepamos.", 27.5, rid(a), rid(a), "es")
b = add(*lucia, "Han pasado cuatro días desde vuestra respuesta y ni un euro. ¿Y mi dinero? Ya me estoy cansando.\n\nLucía", 117.8, subject="Re: Reembolso pendiente", thread=rid(a), in_reply_to=rid(s), **lf)
group("es", "one identity", a, b)

andres_mail = ("email", "andres.molina@correo.example")
andres_masto = ("mastodon", "@amolina@mastodon.social")
am = dict(name="Andrés Molina", lang="es")
group("es", "profile link",
      add(*andres_mail, "Buenas,\n\nMe habéis cobrado dos veces el pedido nº 64577, dos cargos de 89,90 € el mismo día. Os adjunto captura del extracto del banco.\n\nAndrés Molina", 16.2, subject="Cobro duplicado", **am),
      add(*andres_masto, "@hollowbrook@mastodon.social me cobrasteis el mismo pedido DOS veces y nadie contesta al correo. Devolvedme uno de los cargos ya, que no soy un banco", 40.7, links=["andres.molina@correo.example"], **am))
same_person.append(["email:andres.molina@correo.example", "mastodon:@amolina@mastodon.social"])

nerea = ("bluesky", "nereagil.bsky.social")
ng = dict(name="Nerea Gil", lang="es")
group("es", "one identity",
      add(*nerea, "pedí el espejo redondo de latón y me llega uno rectangular negro 🙃 pedido 65010. @hollowbrook.bsky.social", 23.3, **ng),
      add(*nerea, "sigo con un espejo que no es el mío apoyado en el recibidor. a ver si alguien se digna a contestar y me mandan el que compré", 99.1, **ng))

ramon = ("mastodon", "@ramonpz@mastodon.social")
rp = dict(name="Ramón Pérez", lang="es")
group("es", "one identity",
      add(*ramon, "El repartidor que trae lo de Hollowbrook me ha tirado la caja por encima de la valla y cuando le he dicho algo me ha gritado. Vaya trato, de verdad.", 30.2, **rp),
      add(*ramon, "Lo del mensajero de ayer sigue sin respuesta. No quiero que ese tío vuelva a pisar mi calle con un paquete vuestro.", 54.9, **rp))

carmen = ("email", "carmen.ortiz@correo.example")
co = dict(name="Carmen Ortiz", lang="es")
group("es", "one identity",
      add(*carmen, "Hola:\n\nEl sofá Arena que recibí ayer es gris clarito. En la web se ve beige tostado, por eso lo compré. Pedido 65388.\n\nCarmen Ortiz", 33.6, subject="Sofá de otro color", **co),
      add(*carmen, "Os vuelvo a escribir por lo del sofá: el color no se parece a la foto ni de lejos, queda fatal con el resto del salón. Quiero cambiarlo o devolverlo.\n\nCarmen", 105.4, subject="Otra vez el sofá", **co))

# --- de -------------------------------------------------------------------

heike = ("email", "h.mueller@mueller-sohn.example")
hm = dict(name="Heike Müller", lang="de")
group("de", "one identity",
      add(*heike, "Guten Tag,\n\nauf der Rechnung RE-2026-8841 steht als Firma \"Müller GbR\", richtig ist \"Müller & Sohn GmbH\", außerdem fehlt unsere USt-IdNr. Bitte korrigieren, wir brauchen sie für die Buchhaltung.\n\nMit freundlichen Grüßen\nHeike Müller", 36.0, subject="Fehler in Rechnung", **hm),
      add(*heike, "Guten Tag,\n\nich warte immer noch auf eine berichtigte Rechnung zu 8841. Unser Steuerberater drängelt schon.\n\nH. Müller", 150.2, subject="Erinnerung: Rechnungskorrektur", **hm))

jonas_masto = ("mastodon", "@jbrandt@chaos.social")
jonas_bsky = ("bluesky", "jonasbrandt.bsky.social")
jb = dict(name="Jonas Brandt", lang="de")
group("de", "same name only",
      add(*jonas_masto, "Die Hollowbrook-App stürzt bei mir jedes Mal ab, sobald ich auf den Warenkorb tippe. Android 14, Pixel 7. Schon jemand das gleiche Problem?", 38.8, **jb),
      add(*jonas_bsky, "nochmal: eure app schmiert ab, sobald man in den korb will. neu installiert, cache geleert, hilft alles nix. @hollowbrook.bsky.social", 77.5, **jb))
same_person.append(["mastodon:@jbrandt@chaos.social", "bluesky:jonasbrandt.bsky.social"])

stefan = ("email", "stefan.vogt@gmx.example")
sv = dict(name="Stefan Vogt", lang="de")
a = add(*stefan, "Hallo,\n\nbeim Kleiderschrank Lund (Bestellung 66120) fehlt der Beutel mit den Scharnieren. Der Schrank steht jetzt ohne Türen da.\n\nGruß\nStefan Vogt", 44.3, subject="Teile fehlen", **sv)
b = add(*stefan, "Und? Die Scharniere sind immer noch nicht da, der Schrank steht halb aufgebaut im Schlafzimmer.", 92.6, subject="Re: Teile fehlen", thread=rid(a), in_reply_to=rid(a), **sv)
c = add(*stefan, "Zum dritten Mal: Bestellnr. 66120, Beschlagbeutel fehlt. Wann kommt der endlich? Ich kann doch nicht ewig mit offenem Schrank leben.", 161.0, subject="Bestellnr. 66120 - fehlender Beschlagbeutel", **sv)
group("de", "one identity", a, b, c)

katrin = ("bluesky", "katrin-l.bsky.social")
kl = dict(name="Katrin L.", lang="de")
group("de", "one identity",
      add(*katrin, "hab mein Hollowbrook Plus Abo Ende August gekündigt, Bestätigung hab ich. trotzdem heute wieder 9,99 € abgebucht. toll.", 47.9, **kl),
      add(*katrin, "Immer noch keine Antwort von @hollowbrook.bsky.social. Gekündigt ist gekündigt, ich will meine 9,99 zurück.", 124.3, **kl))

# --- fr -------------------------------------------------------------------

julien = ("email", "julien.roux@laposte.example")
jr = dict(name="Julien Roux", lang="fr")
group("fr", "one identity",
      add(*julien, "Bonjour,\n\nMa commande n° 66904 est indiquée « livrée » depuis jeudi, mais je n'ai rien reçu : ni devant la porte, ni chez les voisins, ni à la loge.\n\nCordialement,\nJulien Roux", 50.4, subject="Colis livré mais pas reçu", **jr),
      add(*julien, "Bonjour,\n\ntoujours aucune trace du colis. Je voudrais savoir ce que vous comptez faire, parce que pour l'instant j'ai payé 140 € pour rien.\n\nJ. Roux", 110.9, subject="Relance commande 66904", **jr))

elise_mail = ("email", "elise.marchand@orange.example")
elise_bsky = ("bluesky", "elisemarchand.bsky.social")
em = dict(name="Élise Marchand", lang="fr")
group("fr", "profile link",
      add(*elise_mail, "Bonjour,\n\nVous m'avez confirmé le remboursement du tapis berbère le 20 août. À ce jour, rien sur mon compte. Réf. 67215.\n\nMerci de vérifier.\nÉlise Marchand", 58.0, subject="Remboursement non reçu", **em),
      add(*elise_bsky, "3 semaines que j'attends d'être remboursée d'un tapis chez Hollowbrook. « Sous 5 jours ouvrés » qu'ils disaient 🙄", 83.6, links=["elise.marchand@orange.example"], **em))
same_person.append(["email:elise.marchand@orange.example", "bluesky:elisemarchand.bsky.social"])

mathis = ("mastodon", "@mathisb@piaille.fr")
mb = dict(name="Mathis B", lang="fr")
group("fr", "one identity",
      add(*mathis, "Le code BIENVENUE10 de votre newsletter ne passe pas : « code invalide » au panier. Je viens de le recevoir pourtant. @hollowbrook@mastodon.social", 61.1, **mb),
      add(*mathis, "Toujours impossible d'avoir les -10% promis en m'inscrivant. C'est une blague ou quoi ?", 85.0, **mb))

claire_mail = ("email", "claire.dumas@free.example")
claire_masto = ("mastodon", "@clairedumas@mamot.fr")
cd = dict(name="Claire Dumas", lang="fr")
group("fr", "same name only",
      add(*claire_mail, "Bonjour,\n\nJ'ai commandé 4 chaises Brume en vert sauge et j'ai reçu 4 chaises moutarde. Commande 67730. Comment fait-on pour l'échange ?\n\nClaire Dumas", 64.7, subject="Erreur de couleur sur ma commande", **cd),
      add(*claire_masto, "Quatre chaises moutarde au lieu de vert sauge. Merci @hollowbrook@mastodon.social, ma cuisine ressemble maintenant à une cantine des années 70. Toujours pas de réponse à mon mail.", 140.3, **cd))
same_person.append(["email:claire.dumas@free.example", "mastodon:@clairedumas@mamot.fr"])

# --- pt -------------------------------------------------------------------

ines = ("email", "ines.carvalho@sapo.example")
icv = dict(name="Inês Carvalho", lang="pt")
group("pt", "one identity",
      add(*ines, "Olá,\n\nFui cobrada duas vezes pela encomenda 68011 (2x 54,90 €). Podem devolver um dos valores, por favor?\n\nObrigada,\nInês Carvalho", 67.2, subject="Cobrança duplicada", **icv),
      add(*ines, "Boa tarde,\n\nContinuo com o pagamento em duplicado no cartão e ninguém me respondeu. Já lá vão quatro dias.\n\nInês", 163.5, subject="Ainda sem resposta", **icv))

rafael_mail = ("email", "rafael.souza@uol.example")
rafael_masto = ("mastodon", "@rafasouza@mastodon.com.br")
rs = dict(name="Rafael Souza", lang="pt")
group("pt", "profile link",
      add(*rafael_mail, "Oi,\n\nNão consigo acessar minha conta na Hollowbrook. Aparece \"senha incorreta\" e o e-mail de redefinição nunca chega.\n\nRafael", 72.1, subject="Problema para entrar na conta", **rs),
      add(*rafael_masto, "alguém da @hollowbrook@mastodon.social pode me ajudar? tô trancado fora da minha conta faz dias e o link pra trocar a senha simplesmente não chega", 119.4, links=["rafael.souza@uol.example"], **rs))
same_person.append(["email:rafael.souza@uol.example", "mastodon:@rafasouza@mastodon.com.br"])

bia = ("bluesky", "biamendes.bsky.social")
bm = dict(name="Bia Mendes", lang="pt")
group("pt", "one identity",
      add(*bia, "chegou o espelho da hollowbrook... estilhaçado. caixa sem plástico bolha, sem nada 😭", 75.8, **bm),
      add(*bia, "mandei as fotos do espelho partido por email e até agora nada", 101.6, **bm),
      add(*bia, "3 dias e ninguém me responde sobre o espelho que chegou em cacos. encomenda 68450, @hollowbrook.bsky.social", 146.2, **bm))

# --- it -------------------------------------------------------------------

paolo = ("email", "paolo.greco@libero.example")
pg = dict(name="Paolo Greco", lang="it")
group("it", "one identity",
      add(*paolo, "Buongiorno,\n\nl'ordine 69002 doveva arrivare entro il 5 settembre, oggi è il 10 e il tracking è fermo a Bologna da giorni.\n\nCordiali saluti,\nPaolo Greco", 78.3, subject="Ritardo consegna", **pg),
      add(*paolo, "Sollecito per l'ordine n. 69002: ancora fermo, nessuna notizia. Mi serve il letto per il trasloco di sabato.\n\nP. Greco", 127.0, subject="Sollecito ordine", **pg))

giulia_mail = ("email", "giulia.rinaldi@studio-rinaldi.example")
giulia_bsky = ("bluesky", "giuliarinaldi.bsky.social")
gr = dict(name="Giulia Rinaldi", lang="it")
group("it", "same name only",
      add(*giulia_mail, "Salve,\n\nnella fattura dell'ordine 69318 manca la partita IVA del mio studio e l'intestazione è al mio nome privato. Così non posso scaricarla. Potete riemetterla?\n\nGiulia Rinaldi", 81.5, subject="Fattura da correggere", **gr),
      add(*giulia_bsky, "chiedo a @hollowbrook.bsky.social da giorni una fattura con la P.IVA giusta. niente. il commercialista mi odia", 153.9, **gr))
same_person.append(["email:giulia.rinaldi@studio-rinaldi.example", "bluesky:giuliarinaldi.bsky.social"])

marco = ("mastodon", "@marcof@mastodon.uno")
mf = dict(name="Marco Fontana", lang="it")
group("it", "one identity",
      add(*marco, "Nel pacco del tavolino da caffè mancano le viti. Tutte. Come lo monto, con la colla? @hollowbrook@mastodon.social", 86.9, **mf),
      add(*marco, "Sempre senza viti per il tavolino. Ordine 69750, se vi serve. Sono tre giorni che aspetto una risposta.", 158.4, **mf))

# --- nl -------------------------------------------------------------------

sanne = ("email", "sanne.dejong@ziggo.example")
sd = dict(name="Sanne de Jong", lang="nl")
group("nl", "one identity",
      add(*sanne, "Hallo,\n\nIk heb mijn Hollowbrook Plus-lidmaatschap op 1 september opgezegd (bevestiging in de bijlage), maar vandaag is er toch weer € 9,99 afgeschreven.\n\nGroet,\nSanne de Jong", 90.2, subject="Afschrijving na opzegging", **sd),
      add(*sanne, "Nogmaals: opgezegd en tóch betaald. Graag dat bedrag terugstorten, en zorg dat het niet nog eens gebeurt.\n\nSanne", 137.6, subject="Re: Afschrijving na opzegging", **sd))

bram_mail = ("email", "bram.visser@kpn.example")
bram_bsky = ("bluesky", "bramvisser.bsky.social")
bv = dict(name="Bram Visser", lang="nl")
group("nl", "profile link",
      add(*bram_mail, "Goedemiddag,\n\nDe app sluit meteen af zodra ik een foto wil toevoegen bij een retouraanvraag. iPhone 13, nieuwste versie van de app.\n\nBram Visser", 93.4, subject="App sluit af", **bv),
      add(*bram_bsky, "hollowbrook app crasht élke keer als ik een foto probeer te uploaden. al 3x opnieuw geïnstalleerd 🙄", 128.8, links=["bram.visser@kpn.example"], **bv))
same_person.append(["email:bram.visser@kpn.example", "bluesky:bramvisser.bsky.social"])

femke = ("mastodon", "@femkeb@mastodon.nl")
fb = dict(name="Femke Bakker", lang="nl")
group("nl", "one identity",
      add(*femke, "Bestelling 70144 zou gisteren komen. Hele dag thuisgebleven voor niks. @hollowbrook@mastodon.social", 96.1, **fb),
      add(*femke, "Nog steeds geen bank. Track & trace zegt 'vertraagd', verder nul informatie.", 143.7, **fb),
      add(*femke, "Dag vier zonder bank en zonder uitleg. Hollowbrook, wat is er aan de hand met 70144?", 190.5, **fb))

# --- ca -------------------------------------------------------------------

marta = ("email", "marta.puig@vilaweb.example")
mp = dict(name="Marta Puig", lang="ca")
group("ca", "one identity",
      add(*marta, "Bon dia,\n\nVaig tornar la catifa (comanda 70521) fa quinze dies i encara no m'heu retornat els diners.\n\nGràcies,\nMarta Puig", 100.0, subject="Devolució", **mp),
      add(*marta, "Bon dia,\n\nus torno a escriure pel reemborsament de la catifa. Res de res. Quan el pensau fer?\n\nMarta", 171.3, subject="Encara sense reemborsament", **mp))

oriol_masto = ("mastodon", "@oriolsala@mastodon.cat")
oriol_bsky = ("bluesky", "oriolsala.bsky.social")
os_ = dict(name="Oriol Sala", lang="ca")
group("ca", "same name only",
      add(*oriol_masto, "El descompte del 20% de la newsletter no s'aplica a la cistella. Comanda 70899 pagada a preu complet 😒", 103.2, **os_),
      add(*oriol_bsky, "@hollowbrook.bsky.social em vau cobrar la 70899 sense el 20% que anunciàveu a tot arreu. Qui m'ho torna?", 175.9, **os_))
same_person.append(["mastodon:@oriolsala@mastodon.cat", "bluesky:oriolsala.bsky.social"])

nuria = ("bluesky", "nuriacasas.bsky.social")
nc = dict(name="Núria Casas", lang="ca")
group("ca", "one identity",
      add(*nuria, "La tauleta de nit que vaig demanar a Hollowbrook fa la meitat del que diu la web. 40 cm d'alçada? Ni de broma, en fa 28.", 107.5, **nc),
      add(*nuria, "He mesurat la tauleta tres vegades: 28 cm, no 40. Això és publicitat enganyosa i vull tornar-la.", 133.1, **nc))


# ==========================================================================
# Hard negatives
# ==========================================================================

# --- follow-up: same thread, adds what the shop asked for ---------------

kev = ("email", "kevin.marsh@outlook.example")
km = dict(name="Kevin Marsh", lang="en")
a = add(*kev, "Hi, my order still hasn't turned up and it's been over a week. What's going on?\n\nKevin", 117.2, subject="Order not arrived", **km)
s = reply("email", "Hi Kevin, sorry about that. Could you send us your order number so we can check with the carrier?", 119.0, rid(a), rid(a), "en")
b = add(*kev, "Sure, it's 71203, placed on the 28th. Delivery to 14 Mill Lane.\n\nKevin", 121.6, subject="Re: Order not arrived", thread=rid(a), in_reply_to=rid(s), **km)
negative("follow-up", a, b, "gives the order number the shop asked for, in the same thread")

anke = ("email", "anke.schroeder@web.example")
asch = dict(name="Anke Schröder", lang="de")
a = add(*anke, "Hallo,\n\ndie Glasvase ist mit einem Sprung angekommen. Was nun?\n\nAnke Schröder", 125.3, subject="Vase beschädigt", **asch)
b = add(*anke, "Nachtrag: Fotos hängen an, die Bestellnummer ist 71488. Der Karton war übrigens unbeschädigt.\n\nAnke", 126.0, subject="Re: Vase beschädigt", thread=rid(a), in_reply_to=rid(a), **asch)
negative("follow-up", a, b, "Nachtrag in the same thread with photos and the order number")

pablo = ("mastodon", "@pablor@masto.es")
pr_ = dict(name="Pablo Ruiz", lang="es")
a = add(*pablo, "@hollowbrook@mastodon.social el flexo que os compré no enciende. Ni con otra bombilla.", 134.4, **pr_)
s = reply("mastodon", "@pablor@masto.es ¡Vaya! ¿Nos escribes por mensaje privado con tu correo y el número de pedido?", 135.2, rid(a), rid(a), "es")
b = add(*pablo, "@hollowbrook@mastodon.social hecho, os he mandado un privado con el correo y el pedido (71650).", 136.1, thread=rid(a), in_reply_to=rid(s), **pr_)
negative("follow-up", a, b, "answers the shop's request in the same thread")

sophie = ("email", "sophie.lemoine@sfr.example")
sl = dict(name="Sophie Lemoine", lang="fr")
a = add(*sophie, "Bonjour,\n\nLa housse de couette reçue ne correspond pas au lit, elle est trop petite.\n\nSophie Lemoine", 145.5, subject="Housse trop petite", **sl)
b = add(*sophie, "PS : j'ai oublié de préciser, j'avais commandé la taille 240x220 et l'étiquette indique 140x200. Commande 71832.", 146.2, subject="Re: Housse trop petite", thread=rid(a), in_reply_to=rid(a), **sl)
negative("follow-up", a, b, "PS with the sizes and order number in the same thread")

chiara = ("bluesky", "chiaradv.bsky.social")
cdv = dict(name="Chiara De Vito", lang="it")
a = add(*chiara, "@hollowbrook.bsky.social il pacco risulta consegnato ma qui non c'è", 150.8, **cdv)
s = reply("bluesky", "Ciao Chiara, ci mandi il codice di tracciamento o una foto dell'etichetta? Verifichiamo subito con il corriere.", 152.0, rid(a), rid(a), "it")
b = add(*chiara, "eccolo: HB7730129IT. l'ordine è il 72015", 153.4, thread=rid(a), in_reply_to=rid(s), **cdv)
negative("follow-up", a, b, "sends the tracking code the shop asked for, in the same thread")

# --- other-complaint: one customer, two different problems --------------

nadia = ("email", "nadia.hussain@icloud.example")
nh = dict(name="Nadia Hussain", lang="en")
a = add(*nadia, "Hi,\n\nThe wool throw in order 72207 came in grey instead of the rust colour I picked.\n\nNadia", 155.6, subject="Wrong colour throw", **nh)
b = add(*nadia, "Hi again,\n\nSeparate thing: your invoice for 72207 has my old address in Leeds on it, I need it to say Sheffield for my expenses claim.\n\nNadia", 172.4, subject="Invoice address", **nh)
negative("other-complaint", a, b, "wrong item and an invoice error on the same order")

thiago = ("mastodon", "@thiagolima@mastodon.com.br")
tl = dict(name="Thiago Lima", lang="pt")
a = add(*thiago, "não consigo entrar na conta da Hollowbrook, diz que meu e-mail não existe", 160.3, **tl)
b = add(*thiago, "e agora o pedido 72390 que era pra chegar segunda ainda nem saiu do armazém. que semana", 201.7, **tl)
negative("other-complaint", a, b, "cannot log in, then a late delivery")

lotte = ("bluesky", "lottevdberg.bsky.social")
lvb = dict(name="Lotte van den Berg", lang="nl")
a = add(*lotte, "De kussens van Hollowbrook kwamen binnen met een scheur in de naad. Jammer.", 166.0, **lvb)
b = add(*lotte, "En de kortingscode WELKOM10 werkte ook al niet bij het afrekenen. Volle prijs betaald.", 188.9, **lvb)
negative("other-complaint", a, b, "damaged item, then a coupon not applied")

jordi = ("email", "jordi.ferrer@xtec.example")
jf = dict(name="Jordi Ferrer", lang="ca")
a = add(*jordi, "Bon dia,\n\nA la factura de la comanda 72544 hi ha el meu NIF malament (hi falta la lletra).\n\nJordi Ferrer", 169.7, subject="Factura", **jf)
b = add(*jordi, "Bon dia,\n\nA la prestatgeria de la mateixa comanda, la 72544, hi falta un dels prestatges. N'hi ha quatre i n'haurien de ser cinc.\n\nJordi", 215.2, subject="Falta una peça", **jf)
negative("other-complaint", a, b, "invoice error and a missing part on the same order")

sergio = ("mastodon", "@sergiomv@mastodon.social")
smv = dict(name="Sergio Martín", lang="es")
a = add(*sergio, "La app de Hollowbrook se me cierra sola al abrir el catálogo. Muy bien todo.", 178.4, **smv)
b = add(*sergio, "Y el mensajero de hoy, maleducado a más no poder: ni buenos días, me tiró el paquete a los pies y se fue.", 223.0, **smv)
negative("other-complaint", a, b, "app crash, then a rude courier")

uwe = ("email", "uwe.hartmann@t-online.example")
uh = dict(name="Uwe Hartmann", lang="de")
a = add(*uwe, "Guten Tag,\n\nfür die zurückgeschickte Stehlampe (Bestellung 72701) habe ich noch kein Geld zurückbekommen.\n\nU. Hartmann", 182.1, subject="Erstattung Stehlampe", **uh)
b = add(*uwe, "Guten Tag,\n\ndas Regal aus Bestellung 72865 ist seit einer Woche überfällig, die Sendungsverfolgung tut sich nicht.\n\nU. Hartmann", 230.6, subject="Lieferung Regal", **uh)
negative("other-complaint", a, b, "missing refund for one order, late delivery of another")

# --- other-customer: the same complaint by different people -------------

lena = ("mastodon", "@lenap@mastodon.social")
mike = ("mastodon", "@mikeyd@mastodon.world")
a = add(*lena, "is the hollowbrook site down for anyone else? login page just spins forever", 186.2, name="Lena Park", lang="en")
b = add(*mike, "@hollowbrook@mastodon.social can't sign in to my account, keeps timing out. you guys having an outage?", 186.9, name="Mike Dunn", lang="en")
negative("other-customer", a, b, "two customers during the same login outage")

ana_b = ("bluesky", "anabelen.bsky.social")
dario = ("bluesky", "dariocm.bsky.social")
a = add(*ana_b, "desde la última actualización la app de hollowbrook se cierra nada más abrirla", 193.3, name="Ana Belén", lang="es")
b = add(*dario, "¿a alguien más se le cuelga la app de hollowbrook tras actualizar? a mí no pasa de la pantalla de inicio", 195.0, name="Darío C.", lang="es")
negative("other-customer", a, b, "two customers after the same app update")

mark = ("email", "mark.ellis@sky.example")
jen = ("bluesky", "jenellis.bsky.social")
a = add(*mark, "Hello,\n\nOur dining table (order 73012) was meant to arrive on Friday. Nothing yet and no update from the courier.\n\nMark Ellis", 198.5, subject="Late table", name="Mark Ellis", lang="en")
b = add(*jen, "we ordered a table from hollowbrook for my mum's 70th and it's late. party's on saturday. thanks a lot.", 205.2, name="Jen Ellis", lang="en")
negative("other-customer", a, b, "a couple, two people writing about the same late order")

wout = ("email", "wout.peeters@telenet.example")
ilse = ("mastodon", "@ilsej@mastodon.social")
a = add(*wout, "Dag,\n\nBestelling 73248 is ons twee keer aangerekend. Kunnen jullie één betaling terugstorten?\n\nWout Peeters", 207.7, subject="Dubbel betaald", name="Wout Peeters", lang="nl")
b = add(*ilse, "Mijn vriend heeft al gemaild, maar ik zie het nu ook op ons rekeningoverzicht: @hollowbrook@mastodon.social heeft ons twee keer laten betalen.", 212.4, name="Ilse Janssens", lang="nl")
negative("other-customer", a, b, "partners sharing an order and an account, two people")

sam_mail = ("email", "sam.carter@leedsmail.example")
sam_masto = ("mastodon", "@samc@mastodon.art")
a = add(*sam_mail, "Hi,\n\nMy desk chair (order 73391) was due on the 14th and the tracking hasn't moved since it left your depot. I work from home, so this is a real problem.\n\nCheers,\nSam Carter (he/him)", 218.0, subject="Chair delivery", name="Sam Carter", lang="en")
b = add(*sam_masto, "ordered two planters from hollowbrook for the studio over a week ago, still no sign of them. my landlady keeps asking where her plants are going (she/her btw)", 226.3, name="Sam Carter", lang="en")
negative("other-customer", a, b, "two different people named Sam Carter, both with a late delivery, different orders")
same_name_different_people.append(["email:sam.carter@leedsmail.example", "mastodon:@samc@mastodon.art"])

laura_mail = ("email", "laura.romero@correo.example")
laura_bsky = ("bluesky", "lauraromero-bcn.bsky.social")
a = add(*laura_mail, "Hola,\n\nDevolvimos la cómoda (pedido 73520) hace dos semanas y el reembolso no llega. Mi marido ya llamó y le dijeron que en 48 horas.\n\nLaura Romero (Sevilla)", 232.5, subject="Reembolso cómoda", name="Laura Romero", lang="es")
b = add(*laura_bsky, "hollowbrook me debe el dinero de unas lámparas que devolví en la tienda de Barcelona. pedido 73877. ni rastro del reembolso", 238.9, name="Laura Romero", lang="es")
negative("other-customer", a, b, "two different people named Laura Romero, both waiting for a refund, different orders and cities")
same_name_different_people.append(["email:laura.romero@correo.example", "bluesky:lauraromero-bcn.bsky.social"])

# --- window: the same complaint again, more than 7 days later -----------

hannah = ("email", "hannah.price@gmail.example")
hp = dict(name="Hannah Price", lang="en")
a = add(*hannah, "Hi,\n\nStill waiting on the refund for the curtains I sent back (order 74002). Can you check?\n\nHannah", 15.5, subject="Curtain refund", **hp)
b = add(*hannah, "Hello again,\n\nthe curtain refund still isn't showing. It's been over a month since I returned them now.\n\nHannah", 15.5 + 10 * 24 + 3.2, subject="Curtain refund, again", **hp)
negative("window", a, b, "same complaint ten days later")

dieter = ("mastodon", "@dieterk@norden.social")
dk = dict(name="Dieter Krause", lang="de")
a = add(*dieter, "Meine Bestellung 74133 hängt seit Tagen im Verteilzentrum fest. @hollowbrook@mastodon.social", 27.9, **dk)
b = add(*dieter, "Bestellung 74133 immer noch nicht da. Das ist doch nicht normal.", 27.9 + 9 * 24 + 5.0, **dk)
negative("window", a, b, "same late order nine days later")

federica = ("bluesky", "federicaz.bsky.social")
fz = dict(name="Federica Zanetti", lang="it")
a = add(*federica, "la app di hollowbrook si chiude ogni volta che provo a pagare. fantastico", 42.6, **fz)
b = add(*federica, "di nuovo la app che crasha al pagamento. ma la testate prima di rilasciarla?", 42.6 + 12 * 24 + 1.4, **fz)
negative("window", a, b, "same app crash twelve days later")

joana = ("email", "joana.ribeiro@sapo.example")
jrb = dict(name="Joana Ribeiro", lang="pt")
a = add(*joana, "Olá,\n\nO puxador da cómoda veio solto e partido. Encomenda 74288.\n\nJoana", 55.3, subject="Cómoda danificada", **jrb)
b = add(*joana, "Olá,\n\nvolto a escrever por causa da cómoda com o puxador partido. Ainda espero uma solução.\n\nJoana Ribeiro", 55.3 + 8 * 24 + 6.5, subject="Cómoda com defeito", **jrb)
negative("window", a, b, "same damaged item eight days later")

# ==========================================================================
# Filler: unrelated one-off questions from other customers
# ==========================================================================

filler = {
    "en": ["Do you ship to Ireland, and how long does it take?", "Is the walnut side table real wood or veneer?"],
    "es": ["¿Tenéis el cabecero de 150 en color crudo?", "¿Se puede recoger el pedido en la tienda de Valencia?"],
    "de": ["Kann man bei euch auf Rechnung bestellen?", "Wie schwer ist der Esstisch Fjord ungefähr?"],
    "fr": ["Est-ce que le canapé Lin existe en version convertible ?", "Vous livrez en Belgique ?"],
    "pt": ["A mesa de jantar Ria dá para seis pessoas?", "Aceitam MB Way?"],
    "it": ["Avete ancora le lampade in vetro soffiato?", "Quanto costa la spedizione per Torino?"],
    "nl": ["Kan ik mijn bestelling nog wijzigen voor verzending?", "Verkopen jullie ook losse hoezen voor de bank?"],
    "ca": ["Quin horari té la botiga de Girona?", "Els coixins es poden rentar a la rentadora?"],
}
channels = ["mastodon", "bluesky", "email"]
n = 0
for lang, texts in filler.items():
    for i, text in enumerate(texts):
        ch = channels[n % 3]
        who = "q%s-%d" % (lang, i)
        handle = {"mastodon": "@%s@social.example" % who,
                  "bluesky": "%s.bsky.social" % who,
                  "email": "%s@mail.example" % who}[ch]
        add(ch, handle, text, 7.3 + n * 14.1, name="Customer %s" % who.upper(), lang=lang,
            subject="Question" if ch == "email" else None)
        n += 1

SET.write(HERE, "Blind set of repeats in other words, written by someone who had not seen the detector or its lexicon, before the detector was measured or tuned on it; measured, not tuned on. groups: true repeat groups (one person, the same complaint again within 7 days), as channel:id; every pair inside a group is a true repeat pair, any other pair is not. group_info: language, channels, and how the identities are known to be one person. negatives: labelled pairs that are not repeats, by kind (follow-up, other-complaint, other-customer, window), for reporting. same_person: identities that are one person; same_name_different_people: identities that share a display name and are not. Labels say what a person reading the posts would say; not to be edited to fit the detector.")
