#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes fixture.jsonl and labels.json: repeats in other words.

A hand-labelled set of complaints that customers post again *in other
words*: paraphrased, shorter or angrier, with the order number written
another way or left out, in eight languages (en, es, de, fr, pt, it, nl,
ca: the languages of the user interface), a third of them on two or three
channels under the same display name with different handles. Next to them,
the hard negatives:

  follow-up        a later post in the same thread that adds information
                   (the order number we asked for, a photo, an update);
  other-complaint  a second, different complaint by the same customer
                   (another order, or the same order with another problem);
  other-customer   the same complaint by different customers (a topic), a
                   couple writing about one order, two people who share a
                   common name;
  window           the same complaint again, but more than 7 days later.

The texts were written before any detection code for them, as customers
write: typos, no accents, abbreviations, order numbers as `#48213`,
`order 48213`, `pedido nº 48213`, `Bestellung 48213`, `cmd 29934`. Labels
say what a person reading the posts would say; they are not to be edited
to fit a detector. Run it again after editing; the output is
deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 10, 5, 8, 0, 0, tzinfo=timezone.utc)
SHOP_MAIL = "support@northwind.example"
SHOP_MASTO = "@northwind@mastodon.social"
SHOP_BSKY = "northwind.bsky.social"

SET = LabelledSet(BASE, "rm", SHOP_MAIL, SHOP_MASTO, SHOP_BSKY, "Northwind Support")
add, group, negative, reply, rid = SET.add, SET.group, SET.negative, SET.reply, LabelledSet.rid
messages, groups, negatives = SET.messages, SET.groups, SET.negatives
same_person, same_name_different_people = SET.same_person, SET.same_name_different_people


# ==========================================================================
# True repeats
# ==========================================================================

# --- English ---------------------------------------------------------------

megan = ("mastodon", "@megfoster@mastodon.social")
mg = dict(name="Megan Foster", lang="en")
g = [add(*megan, "ordered a desk lamp on the 24th, order #48213, and the tracking hasn't moved in 6 days. is it lost or what?", 2, **mg),
     add(*megan, "Still nothing on #48213. More than a week for a lamp, seriously?", 51, **mg),
     add(*megan, "@northwind day 9 of waiting for order 48213. tracking still says 'label created'. Can a human please reply", 98, **mg)]
group("en", "one identity", *g)
later = add(*megan, "ok the lamp finally came (48213) but the dimmer switch doesn't work at all. Great.", 160, **mg)
negative("other-complaint", g[2], later, "same order, now a faulty switch instead of a late parcel")
negative("other-complaint", g[0], later, "same order, now a faulty switch instead of a late parcel")

dan_mail = ("email", "dan.okafor@fastmail.example")
dan_bsky = ("bluesky", "danokafor.bsky.social")
dn = dict(name="Daniel Okafor", lang="en")
first = add(*dan_mail, "Hello,\n\nI placed order 51907 on Saturday and my card was charged twice — two identical payments of $64.99. Please refund the second one.\n\nThanks,\nDaniel Okafor", 5, subject="Double charge on my order", **dn)
g = [first,
     add(*dan_bsky, "@northwind.bsky.social you charged me twice for the same order (51907). Emailed you yesterday, zero reply. I want my $64.99 back", 29, **dn),
     add(*dan_mail, "Hi again, it's been 3 days. My bank statement still shows two payments of 64.99 for order #51907. When will you reverse one?\n\nDaniel", 76, subject="Re: Double charge on my order", thread=rid(first), in_reply_to=rid(first), **dn)]
group("en", "same name only", *g)
same_person.append(["email:dan.okafor@fastmail.example", "bluesky:danokafor.bsky.social"])

rachel = ("email", "rachel.adams@btinternet.example")
ra = dict(name="Rachel Adams", lang="en")
g = [add(*rachel, "Hi there,\n\nI returned the hiking boots three weeks ago (return number RMA-7731) and the tracking shows you received them on the 28th. I still haven't been refunded.\n\nRachel", 8, subject="Refund for returned boots", **ra),
     add(*rachel, "This is the second time I'm writing. You got my return (RMA 7731) almost a month ago and there's still no money back on my card. Please sort it out.\n\nR. Adams", 100, subject="Where is my refund??", **ra)]
group("en", "one identity", *g)
add(*rachel, "Hi,\n\ndo you have the same boots in a wide fit, size 6?\n\nRachel", 140, subject="Wide fit?", **ra)

steve = ("bluesky", "steved.bsky.social")
sd = dict(name="Steve Doyle", lang="en")
g = [add(*steve, "your iOS app crashes every single time I tap checkout. iPhone 13, newest version. cant buy anything", 12, **sd),
     add(*steve, "Tried reinstalling, same thing — app just closes the moment I hit Pay. Is anyone looking at this?", 37, **sd),
     add(*steve, "3rd day in a row the app crashes at payment 🙄 guess I'll shop elsewhere", 60, **sd)]
group("en", "one identity", *g)

pris_mail = ("email", "pwong88@gmail.example")
pris_masto = ("mastodon", "@pris@hachyderm.example")
pris_bsky = ("bluesky", "priscillawong.bsky.social")
pw = dict(name="Priscilla Wong", lang="en")
g = [add(*pris_mail, "Hello,\n\nI can't log in to my account since Monday. I've asked for a password reset 4 times and the email never arrives (not in spam either). The account is under this address.\n\nPriscilla Wong", 15, subject="Can't log in", **pw),
     add(*pris_masto, "Locked out of my @northwind account for 2 days now. reset link never shows up. anyone home?", 40, **pw),
     add(*pris_bsky, "still can't get into my northwind account. no reset mail, no answer to my email. fantastic service", 88, **pw)]
group("en", "same name only", *g)
same_person.append(["email:pwong88@gmail.example", "mastodon:@pris@hachyderm.example", "bluesky:priscillawong.bsky.social"])

oliver = ("mastodon", "@ogrant@fosstodon.example")
og = dict(name="Oliver Grant", lang="en")
g = [add(*oliver, "Courier marked my parcel as delivered yesterday (tracking 1Z999AA10123456784) but there's nothing here. Neighbours haven't got it either.", 20, **og),
     add(*oliver, "so who's paying for the parcel your courier 'delivered' to thin air? 1Z 999 AA1 0123456784. still waiting for an answer", 70, **og)]
group("en", "one identity", *g)

# --- Spanish ---------------------------------------------------------------

javi = ("bluesky", "javiromero.bsky.social")
jr = dict(name="Javier Romero", lang="es")
g = [add(*javi, "Hice el pedido nº 30552 hace 12 días y sigue sin llegar. El seguimiento no se mueve desde el martes.", 3, **jr),
     add(*javi, "¿Alguien me puede decir dónde está mi pedido? 30552. Dos semanas ya 😤", 54, **jr),
     add(*javi, "Pedido #30552: sigo esperando. Ni respuesta ni paquete. Vaya tela.", 101, **jr)]
group("es", "one identity", *g)
add(*javi, "¿Las mochilas de la nueva colección son impermeables?", 130, **jr)

lucia_mail = ("email", "lucia.fdez@correo.example")
lucia_masto = ("mastodon", "@luciaf@mastodon.social")
lf = dict(name="Lucía Fernández", lang="es")
g = [add(*lucia_mail, "Hola:\n\nDevolví la chaqueta del pedido 77120 el día 20 y todavía no he recibido el reembolso. Ya han pasado más de 15 días.\n\nSaludos,\nLucía Fernández", 10, subject="Reembolso pedido 77120", **lf),
     add(*lucia_masto, "Más de dos semanas esperando que me devolváis el dinero de una chaqueta que os mandé de vuelta. Pedido #77120. ¿Hola?", 58, links=["lucia.fdez@correo.example"], **lf)]
group("es", "profile link", *g)
same_person.append(["email:lucia.fdez@correo.example", "mastodon:@luciaf@mastodon.social"])

carmen = ("email", "carmen.ortega@telefonica.example")
co = dict(name="Carmen Ortega", lang="es")
g = [add(*carmen, "Buenas tardes,\n\nPedí unas zapatillas de la talla 39 (pedido 61234) y me han llegado de la 42. Quiero que me las cambien.\n\nCarmen", 26, subject="Talla equivocada", **co),
     add(*carmen, "Hola otra vez. Sigo sin respuesta: me mandasteis una talla que no es la mía. Necesito la 39, no la 42. Es para un regalo del sábado.\n\nCarmen Ortega", 95, subject="Cambio de talla pedido 61234 - URGENTE", **co)]
group("es", "one identity", *g)

andres_masto = ("mastodon", "@amolina@mastodon.social")
andres_bsky = ("bluesky", "andresmolina.bsky.social")
am = dict(name="Andrés Molina", lang="es")
g = [add(*andres_masto, "Me habéis cobrado dos veces el pedido 90412, dos cargos de 129,90 € en la tarjeta. Quiero que me devolváis uno YA.", 30, **am),
     add(*andres_bsky, "Cargo duplicado en mi tarjeta por el ped. 90412 y nadie contesta. ¿Así tratáis a los clientes?", 47, **am)]
group("es", "same name only", *g)
same_person.append(["mastodon:@amolina@mastodon.social", "bluesky:andresmolina.bsky.social"])

elena = ("mastodon", "@evidal@mastodon.online")
ev = dict(name="Elena Vidal", lang="es")
g = [add(*elena, "La factura F-2026-1187 sale con el CIF de otra empresa, no puedo pasarla a contabilidad así. ¿Me la corregís?", 33, **ev),
     add(*elena, "Sigo esperando la factura corregida (F2026-1187). El NIF que aparece no es el nuestro. Es para cerrar el trimestre!!", 102, **ev)]
group("es", "one identity", *g)

# --- German ----------------------------------------------------------------

thomas = ("email", "thomas.becker@posteo.example")
tb = dict(name="Thomas Becker", lang="de")
first = add(*thomas, "Guten Tag,\n\nmeine Bestellung 73310 vom 28.09. ist immer noch nicht da. Laut Sendungsverfolgung liegt das Paket seit Tagen im Verteilzentrum.\n\nMfG\nThomas Becker", 6, subject="Wo bleibt meine Bestellung?", **tb)
reply("email", "Guten Tag Herr Becker,\n\nwir haben beim Versanddienstleister nachgefragt und melden uns, sobald wir eine Antwort haben.\n\nIhr Northwind-Team", 9, rid(first), rid(first), "de")
g = [first,
     add(*thomas, "Hallo,\n\nich warte jetzt seit über einer Woche. Bestellnr. 73310. Wann kommt das Paket endlich? Auf meine letzte Mail kam keine richtige Antwort.\n\nT. Becker", 72, subject="Bestellnr. 73310 – keine Lieferung", **tb),
     add(*thomas, "Letzte Nachfrage bevor ich das Geld über PayPal zurückhole: wo ist Bestellung #73310?", 120, subject="#73310", **tb)]
group("de", "one identity", *g)

sabine_mail = ("email", "sabine.wolf@gmx.example")
sabine_bsky = ("bluesky", "sabinewolf.bsky.social")
sw = dict(name="Sabine Wolf", lang="de")
g = [add(*sabine_mail, "Hallo,\n\ndas Paket mit Bestellung 55871 kam heute völlig zerdrückt an, die Vase darin ist in drei Teile zerbrochen. Fotos kann ich schicken.\n\nGruß\nSabine Wolf", 22, subject="Beschädigte Lieferung", **sw),
     add(*sabine_bsky, "Vase kaputt geliefert, Mail geschrieben, keine Reaktion. Bestellung 55871. Toller Service @northwind.bsky.social 👎", 66, **sw)]
group("de", "same name only", *g)
same_person.append(["email:sabine.wolf@gmx.example", "bluesky:sabinewolf.bsky.social"])

markus = ("mastodon", "@mschulz@chaos.example")
ms = dict(name="Markus Schulz", lang="de")
g = [add(*markus, "Seit dem Update komme ich nicht mehr in mein Kundenkonto. 'Ungültige Anmeldedaten', obwohl das Passwort stimmt.", 44, **ms),
     add(*markus, "Login geht immer noch nicht. Passwort zurückgesetzt, trotzdem Fehlermeldung. Was ist da los bei euch?", 80, **ms)]
group("de", "one identity", *g)
add(*markus, "Gibt es den Rucksack Trail 30 auch in Schwarz?", 150, **ms)

katrin_mail = ("email", "katrin.neumann@web.example")
katrin_masto = ("mastodon", "@katrin_n@social.example")
katrin_bsky = ("bluesky", "katrinneumann.bsky.social")
kn = dict(name="Katrin Neumann", lang="de")
g = [add(*katrin_mail, "Sehr geehrte Damen und Herren,\n\nich habe die Jacke aus Bestellung 44190 am 21.09. zurückgeschickt. Die Rücksendung ist laut DHL bei Ihnen angekommen, die Erstattung fehlt aber immer noch.\n\nMit freundlichen Grüßen\nKatrin Neumann", 18, subject="Erstattung Retoure", **kn),
     add(*katrin_masto, "Retoure seit zwei Wochen bei euch, Geld immer noch nicht zurück. Bestellung 44190. Wie lange dauert das denn?", 43, links=["katrin.neumann@web.example"], **kn),
     add(*katrin_bsky, "Ich warte weiter auf meine Rückerstattung für 44190 😒", 91, links=["https://social.example/@katrin_n"], **kn)]
group("de", "profile link", *g)
same_person.append(["email:katrin.neumann@web.example", "mastodon:@katrin_n@social.example", "bluesky:katrinneumann.bsky.social"])

juergen = ("bluesky", "jkrause.bsky.social")
jk = dict(name="Jürgen Krause", lang="de")
g = [add(*juergen, "Eure App stürzt beim Bezahlen jedes Mal ab. Samsung S21, Android 14.", 50, **jk),
     add(*juergen, "App schließt sich weiterhin, sobald ich auf 'Jetzt kaufen' tippe. Neu installiert, hilft nix.", 75, **jk)]
group("de", "one identity", *g)

# --- French ----------------------------------------------------------------

nathalie = ("mastodon", "@ngirard@piaille.fr")
ng = dict(name="Nathalie Girard", lang="fr")
g = [add(*nathalie, "Commande n°60127 passée il y a 10 jours, toujours rien. Le suivi indique 'en préparation' depuis le début.", 4, **ng),
     add(*nathalie, "Bon, ma commande 60127 n'est toujours pas expédiée. C'est normal ?", 62, **ng),
     add(*nathalie, "#60127 : deux semaines et toujours pas de colis. Je vais finir par annuler.", 110, **ng)]
group("fr", "one identity", *g)

julien_mail = ("email", "j.moreau@orange.example")
julien_masto = ("mastodon", "@jmoreau@mamot.example")
jm = dict(name="Julien Moreau", lang="fr")
g = [add(*julien_mail, "Bonjour,\n\nJ'ai été prélevé deux fois pour la commande 38805 (2 x 89,00 €). Merci de rembourser le doublon.\n\nCordialement,\nJulien Moreau", 14, subject="Double prélèvement", **jm),
     add(*julien_masto, "Débité 2 fois pour la même commande (38805) et aucune réponse à mon mail. Vous comptez me rendre mes 89 € quand ?", 63, **jm)]
group("fr", "same name only", *g)
same_person.append(["email:j.moreau@orange.example", "mastodon:@jmoreau@mamot.example"])

sophie = ("email", "sophie.laurent@laposte.example")
sl = dict(name="Sophie Laurent", lang="fr")
g = [add(*sophie, "Bonjour,\n\nLa facture FA-4471 indique un taux de TVA de 20 % au lieu de 5,5 % pour les livres. Pouvez-vous émettre une facture rectificative ?\n\nBien cordialement,\nSophie Laurent", 28, subject="Erreur sur facture FA-4471", **sl),
     add(*sophie, "Bonjour,\n\nje n'ai toujours pas de facture corrigée. Le montant de TVA sur la n° FA 4471 est faux et mon comptable attend.\n\nS. Laurent", 118, subject="Facture FA 4471 toujours fausse", **sl)]
group("fr", "one identity", *g)

camille_bsky = ("bluesky", "camillepetit.bsky.social")
camille_mail = ("email", "camille.petit@free.example")
cp = dict(name="Camille Petit", lang="fr")
g = [add(*camille_bsky, "J'ai commandé un pull bleu marine et j'ai reçu un pull rouge 🙃 cmd 29934", 36, links=["camille.petit@free.example"], **cp),
     add(*camille_mail, "Bonjour,\n\nJe vous ai déjà signalé sur Bluesky que j'ai reçu le mauvais article : un pull rouge au lieu du bleu marine commandé (commande 29934). Comment procéder pour l'échange ?\n\nCamille", 60, subject="Mauvais article commande 29934", **cp)]
group("fr", "profile link", *g)
same_person.append(["bluesky:camillepetit.bsky.social", "email:camille.petit@free.example"])

antoine = ("bluesky", "antoineroux.bsky.social")
ar = dict(name="Antoine Roux", lang="fr")
g = [add(*antoine, "Impossible de me connecter à mon compte depuis ce matin, le site me dit que mon mot de passe est incorrect.", 56, **ar),
     add(*antoine, "toujours bloqué hors de mon compte… j'ai réinitialisé le mdp deux fois, rien à faire", 79, **ar)]
group("fr", "one identity", *g)

# --- Portuguese (Brazil) ----------------------------------------------------

anapaula = ("mastodon", "@anapsouza@masto.example")
aps = dict(name="Ana Paula Souza", lang="pt")
g = [add(*anapaula, "Meu pedido 81452 era pra chegar dia 30 e até agora nada. O rastreio está parado há uma semana.", 9, **aps),
     add(*anapaula, "Gente, cadê meu pedido nº 81452??? Já passou do prazo faz tempo", 57, **aps),
     add(*anapaula, "#81452 ainda não chegou. Ninguém responde. Decepcionada.", 104, **aps)]
group("pt", "one identity", *g)

rafael_mail = ("email", "rafael.lima@uol.example")
rafael_bsky = ("bluesky", "rafaellima.bsky.social")
rl = dict(name="Rafael Lima", lang="pt")
g = [add(*rafael_mail, "Olá,\n\nCancelei o pedido 47733 no mesmo dia da compra e até hoje o estorno não caiu no meu cartão. Já faz 12 dias.\n\nAtt,\nRafael Lima", 24, subject="Reembolso do pedido 47733", **rl),
     add(*rafael_bsky, "12 dias esperando o reembolso de um pedido cancelado (47733). Mandei e-mail e nada. Alguém da @northwind.bsky.social pode ver isso?", 70, **rl)]
group("pt", "same name only", *g)
same_person.append(["email:rafael.lima@uol.example", "bluesky:rafaellima.bsky.social"])

beatriz = ("email", "beatriz.costa@terra.example")
bc = dict(name="Beatriz Costa", lang="pt")
first = add(*beatriz, "Bom dia,\n\nFui cobrada duas vezes pelo pedido #66018. Aparecem duas compras de R$ 249,90 na fatura do cartão.\n\nBeatriz Costa", 31, subject="Cobrança em dobro", **bc)
g = [first,
     add(*beatriz, "Bom dia, continuo aguardando o estorno da cobrança duplicada do pedido 66018. Por favor, me deem um retorno.\n\nBeatriz", 99, subject="Re: Cobrança em dobro", thread=rid(first), in_reply_to=rid(first), **bc)]
group("pt", "one identity", *g)

lucas_masto = ("mastodon", "@lucasp@masto.example")
lucas_bsky = ("bluesky", "lucaspereira.bsky.social")
lucas_mail = ("email", "lucas.pereira@bol.example")
lp = dict(name="Lucas Pereira", lang="pt")
g = [add(*lucas_masto, "A cafeteira do pedido 35120 chegou com o vidro da jarra quebrado. Caixa toda amassada.", 41, **lp),
     add(*lucas_bsky, "Recebi a cafeteira quebrada (pedido 35120) e ninguém me responde no mastodon. E agora?", 45, **lp),
     add(*lucas_mail, "Olá,\n\nA jarra de vidro da cafeteira veio quebrada. Quero a troca ou o dinheiro de volta. Pedido nº 35120.\n\nLucas Pereira", 92, subject="Produto avariado - pedido 35120", **lp)]
group("pt", "same name only", *g)
same_person.append(["mastodon:@lucasp@masto.example", "bluesky:lucaspereira.bsky.social", "email:lucas.pereira@bol.example"])

# --- Italian ---------------------------------------------------------------

giulia = ("bluesky", "giuliaromano.bsky.social")
gr = dict(name="Giulia Romano", lang="it")
g = [add(*giulia, "Ordine n. 50991 fatto il 25 settembre, ancora non arrivato. Il tracking è fermo da giorni.", 13, **gr),
     add(*giulia, "Ma è possibile che l'ordine 50991 non sia ancora arrivato dopo due settimane?? Nessuna risposta", 84, **gr)]
group("it", "one identity", *g)

marco_mail = ("email", "marco.bianchi@libero.example")
marco_masto = ("mastodon", "@mbianchi@mastodon.uno")
mb = dict(name="Marco Bianchi", lang="it")
g = [add(*marco_mail, "Buongiorno,\n\nho restituito le cuffie dell'ordine 62280 e non ho ancora ricevuto il rimborso, sono passate tre settimane.\n\nCordiali saluti,\nMarco Bianchi", 17, subject="Rimborso ordine 62280", **mb),
     add(*marco_masto, "Tre settimane e ancora nessun rimborso per le cuffie restituite. Ordine #62280. Mi rispondete?", 65, **mb)]
group("it", "same name only", *g)
same_person.append(["email:marco.bianchi@libero.example", "mastodon:@mbianchi@mastodon.uno"])

francesca = ("email", "francesca.ricci@alice.example")
fr_ = dict(name="Francesca Ricci", lang="it")
g = [add(*francesca, "Salve,\n\nnel pacco dell'ordine 71845 c'era un frullatore invece del tostapane che avevo ordinato.\n\nFrancesca Ricci", 39, subject="Articolo sbagliato", **fr_),
     add(*francesca, "Salve, vi ho scritto due giorni fa: mi avete spedito il prodotto sbagliato (un frullatore, io ho ordinato un tostapane). Come faccio a restituirlo e ad avere quello giusto?\n\nF. Ricci", 87, subject="Ordine 71845 - prodotto errato", **fr_)]
group("it", "one identity", *g)

alessandro = ("mastodon", "@agreco@mastodon.uno")
ag = dict(name="Alessandro Greco", lang="it")
g = [add(*alessandro, "L'app si chiude da sola ogni volta che provo ad aprire il carrello. Android 13.", 48, **ag),
     add(*alessandro, "Ancora crash dell'app quando apro il carrello… aggiornata e reinstallata, niente da fare", 73, **ag)]
group("it", "one identity", *g)

# --- Dutch -----------------------------------------------------------------

sanne = ("email", "sanne.devries@kpn.example")
sv = dict(name="Sanne de Vries", lang="nl")
g = [add(*sanne, "Hallo,\n\nMijn bestelling 39264 had vorige week al bezorgd moeten worden, maar ik heb nog niets ontvangen. De track & trace zegt al dagen 'onderweg'.\n\nGroet,\nSanne de Vries", 11, subject="Bestelling nog niet ontvangen", **sv),
     add(*sanne, "Goedemiddag, nog steeds geen pakket en geen reactie op mijn vorige mail. Bestelnummer 39264. Wat is er aan de hand?\n\nSanne", 82, subject="Bestelnummer 39264", **sv)]
group("nl", "one identity", *g)

pieter_bsky = ("bluesky", "pieterjansen.bsky.social")
pieter_mail = ("email", "p.jansen@ziggo.example")
pj = dict(name="Pieter Jansen", lang="nl")
g = [add(*pieter_bsky, "Twee keer afgeschreven voor bestelling #58110 😡 €74,95 dubbel. Wie gaat dat terugstorten?", 27, **pj),
     add(*pieter_mail, "Beste,\n\nVoor bestelling 58110 is het bedrag van €74,95 twee keer van mijn rekening afgeschreven. Graag het teveel betaalde terugstorten.\n\nMet vriendelijke groet,\nPieter Jansen", 52, subject="Dubbele afschrijving", **pj)]
group("nl", "same name only", *g)
same_person.append(["bluesky:pieterjansen.bsky.social", "email:p.jansen@ziggo.example"])

eva = ("mastodon", "@evabakker@mastodon.nl")
eb = dict(name="Eva Bakker", lang="nl")
g = [add(*eva, "Ik kan niet meer inloggen op mijn account, ik krijg steeds 'sessie verlopen'. Al cookies gewist.", 35, **eb),
     add(*eva, "Nog steeds niet in kunnen loggen. Elke keer 'sessie verlopen'. Iemand?", 68, **eb)]
group("nl", "one identity", *g)

# --- Catalan ---------------------------------------------------------------

nuria = ("mastodon", "@nsoler@mastodon.cat")
ns = dict(name="Núria Soler", lang="ca")
g = [add(*nuria, "La comanda 42207 havia d'arribar divendres i encara no en sé res. El seguiment no s'actualitza.", 16, **ns),
     add(*nuria, "Continuo esperant la comanda núm. 42207. Ningú em diu res 😞", 67, **ns)]
group("ca", "one identity", *g)

pau_mail = ("email", "pau.ferrer@vilaweb.example")
pau_bsky = ("bluesky", "pauferrer.bsky.social")
pf = dict(name="Pau Ferrer", lang="ca")
g = [add(*pau_mail, "Bon dia,\n\nVaig retornar les sabates de la comanda 57318 fa dues setmanes i encara no m'heu fet el reemborsament.\n\nSalutacions,\nPau Ferrer", 21, subject="Devolució pendent", **pf),
     add(*pau_bsky, "Dues setmanes esperant que em torneu els diners de la comanda 57318. Ni resposta al correu. 🙄", 77, **pf)]
group("ca", "same name only", *g)
same_person.append(["email:pau.ferrer@vilaweb.example", "bluesky:pauferrer.bsky.social"])

laia = ("bluesky", "laiavila.bsky.social")
lv = dict(name="Laia Vila", lang="ca")
g = [add(*laia, "La factura de la comanda 48830 té el NIF equivocat i l'adreça antiga. Me la podeu refer?", 19, **lv),
     add(*laia, "Encara espero la factura corregida de la 48830, amb el NIF bo si us plau.", 93, **lv)]
group("ca", "one identity", *g)

# ==========================================================================
# Hard negatives
# ==========================================================================

# --- (1) Follow-ups in the same thread that add information ---------------

hannah = ("email", "hannah.price@outlook.example")
hp = dict(name="Hannah Price", lang="en")
a = add(*hannah, "Hi,\n\nMy parcel still hasn't arrived and it's been 10 days. Can you check?\n\nHannah", 60, subject="Parcel not arrived", **hp)
r = reply("email", "Hi Hannah,\n\nsorry about that. Could you send us your order number so we can look it up?\n\nNorthwind Support", 62, rid(a), rid(a), "en")
b = add(*hannah, "Sure, here is the order number you asked for: 40877. It was a birthday present for my mum so I'd really like to know where it is.\n\nHannah", 63, subject="Re: Parcel not arrived", thread=rid(a), in_reply_to=rid(r), **hp)
negative("follow-up", a, b, "answers our question with the order number")

sergio = ("mastodon", "@snunez@mastodon.social")
sn = dict(name="Sergio Núñez", lang="es")
a = add(*sergio, "@northwind mi paquete llegó abierto y falta una de las dos lámparas.", 23, **sn)
r = reply("mastodon", "@snunez lo sentimos mucho. ¿Nos pasas el número de pedido por mensaje privado?", 25, rid(a), rid(a), "es")
b = add(*sergio, "@northwind es el 52290, a nombre de Sergio Núñez. La caja venía abierta por un lado, tengo fotos.", 26, thread=rid(a), in_reply_to=rid(r), **sn)
negative("follow-up", a, b, "answers our question with the order number")

monika = ("email", "monika.braun@t-online.example")
mbr = dict(name="Monika Braun", lang="de")
a = add(*monika, "Guten Tag,\n\nauf meiner Rechnung steht eine falsche Anschrift. Bitte korrigieren.\n\nMonika Braun", 52, subject="Rechnung falsch", **mbr)
r = reply("email", "Guten Tag Frau Braun,\n\nkönnen Sie uns die Rechnungsnummer und die richtige Anschrift nennen?\n\nIhr Northwind-Team", 55, rid(a), rid(a), "de")
b = add(*monika, "Die Rechnungsnummer ist RE-2026-0912. Richtig wäre: Lindenstraße 4, 10969 Berlin. Die Rechnung ist an meine alte Adresse ausgestellt.\n\nM. Braun", 57, subject="AW: Rechnung falsch", thread=rid(a), in_reply_to=rid(r), **mbr)
negative("follow-up", a, b, "answers our question with the invoice number and the address")

lea = ("bluesky", "leafontaine.bsky.social")
lfo = dict(name="Léa Fontaine", lang="fr")
a = add(*lea, "Mon colis est arrivé abîmé, le carton était trempé et la lampe ne s'allume plus.", 47, **lfo)
b = add(*lea, "(j'oubliais : commande 63318, livrée hier par Colissimo)", 47.5, thread=rid(a), in_reply_to=rid(a), **lfo)
negative("follow-up", a, b, "adds the order number to her own post, unasked")

fernanda = ("email", "fernanda.alves@gmail.example")
fa = dict(name="Fernanda Alves", lang="pt")
a = add(*fernanda, "Olá,\n\nNão consigo finalizar a compra, dá erro no pagamento toda vez.\n\nFernanda", 74, subject="Erro no pagamento", **fa)
r = reply("email", "Olá Fernanda,\n\npoderia nos mandar a mensagem de erro que aparece?\n\nEquipe Northwind", 76, rid(a), rid(a), "pt")
b = add(*fernanda, "Segue: a mensagem é 'Erro 402 – transação recusada'. Tentei com dois cartões diferentes e deu o mesmo erro no pagamento.\n\nFernanda", 78, subject="Re: Erro no pagamento", thread=rid(a), in_reply_to=rid(r), **fa)
negative("follow-up", a, b, "answers our question with the error message")

paolo = ("mastodon", "@pconti@mastodon.uno")
pc = dict(name="Paolo Conti", lang="it")
a = add(*paolo, "@northwind il codice sconto BENVENUTO10 non funziona al checkout", 86, **pc)
r = reply("mastodon", "@pconti ciao Paolo, puoi dirci che messaggio compare?", 87, rid(a), rid(a), "it")
b = add(*paolo, "@northwind compare 'codice non valido per questo articolo'. L'articolo è il tostapane TX-200, carrello da 45 €", 88, thread=rid(a), in_reply_to=rid(r), **pc)
negative("follow-up", a, b, "answers our question with the error message")

joost = ("email", "joost.visser@xs4all.example")
jv = dict(name="Joost Visser", lang="nl")
a = add(*joost, "Goedendag,\n\nMijn bestelling is beschadigd aangekomen, een poot van de tafel is gebroken.\n\nJoost Visser", 90, subject="Beschadigde tafel", **jv)
r = reply("email", "Beste Joost,\n\nvervelend! Kunt u ons een foto en uw bestelnummer sturen?\n\nNorthwind klantenservice", 92, rid(a), rid(a), "nl")
b = add(*joost, "Hierbij de foto's van de beschadigde doos en de gebroken poot. Bestelnummer 70415.\n\nJoost", 94, subject="Re: Beschadigde tafel", thread=rid(a), in_reply_to=rid(r), **jv)
negative("follow-up", a, b, "answers our question with photos and the order number")

marc = ("bluesky", "marcroca.bsky.social")
mr = dict(name="Marc Roca", lang="ca")
a = add(*marc, "No puc entrar al meu compte des d'ahir, diu que la contrasenya és incorrecta.", 105, **mr)
r = reply("bluesky", "@marcroca.bsky.social hola Marc, amb quin correu et vas registrar?", 106, rid(a), rid(a), "ca")
b = add(*marc, "Amb marc.roca@mail.example. Encara no puc entrar, però.", 108, thread=rid(a), in_reply_to=rid(r), **mr)
negative("follow-up", a, b, "answers our question with the address, and says it still fails")

ben = ("mastodon", "@bencarter@mastodon.social")
bcr = dict(name="Ben Carter", lang="en")
a = add(*ben, "My order 45521 says delivered but it's not here. Not at the door, not with the neighbours.", 100, **bcr)
b = add(*ben, "Update: just got an email from the courier saying 45521 was returned to sender because of a 'damaged label'?? so where is it now", 104, thread=rid(a), in_reply_to=rid(a), **bcr)
negative("follow-up", a, b, "an update in his own thread: the courier sent it back")

# --- (2) Two different complaints by one customer -------------------------

chris = ("bluesky", "chrismorgan.bsky.social")
cm = dict(name="Chris Morgan", lang="en")
a = add(*chris, "Got charged twice for order 40110. Two identical payments on my Amex.", 40, **cm)
b = add(*chris, "Also your app keeps logging me out every 5 minutes, super annoying", 58, **cm)
negative("other-complaint", a, b, "a double charge, then the app logging him out")

pilar = ("email", "pilar.gomez@correo.example")
pg = dict(name="Pilar Gómez", lang="es")
a = add(*pilar, "Hola,\n\nEl pedido 33001 tenía que llegar el lunes y todavía no ha llegado.\n\nPilar", 30, subject="Pedido 33001 con retraso", **pg)
b = add(*pilar, "Hola,\n\nLa factura del pedido 33478 tiene mal el NIF, ¿me enviáis una nueva?\n\nPilar", 80, subject="Factura pedido 33478", **pg)
negative("other-complaint", a, b, "a late order, then an invoice error on another order")

stefan = ("mastodon", "@srichter@norden.example")
sr = dict(name="Stefan Richter", lang="de")
a = add(*stefan, "Bestellung 20551 ist immer noch nicht da, seit 8 Tagen unterwegs.", 10, **sr)
b = add(*stefan, "Und Bestellung 20687 (die Stehlampe) ist auch noch nicht geliefert. Läuft bei euch.", 34, **sr)
negative("other-complaint", a, b, "two orders late: two complaints")

manon = ("email", "manon.dubois@sfr.example")
md = dict(name="Manon Dubois", lang="fr")
a = add(*manon, "Bonjour,\n\nJe n'ai toujours pas reçu le remboursement de la commande 61002 retournée le 15 septembre.\n\nManon Dubois", 15, subject="Remboursement 61002", **md)
b = add(*manon, "Bonjour,\n\nDans la commande 61455 reçue hier, le saladier est arrivé cassé.\n\nManon Dubois", 70, subject="Article cassé commande 61455", **md)
negative("other-complaint", a, b, "a missing refund, then a broken item in another order")

thiago = ("mastodon", "@thiagorocha@masto.example")
tr = dict(name="Thiago Rocha", lang="pt")
a = add(*thiago, "O app trava na tela de login, não consigo entrar na conta", 22, **tr)
b = add(*thiago, "Cobraram frete no pedido 22871 mesmo com frete grátis acima de R$ 199. Quero a diferença de volta", 61, **tr)
negative("other-complaint", a, b, "cannot log in, then a shipping charge")

sara = ("bluesky", "saramarino.bsky.social")
smn = dict(name="Sara Marino", lang="it")
a = add(*sara, "Il pacco dell'ordine 18872 è in ritardo di una settimana, il corriere non risponde.", 25, **smn)
b = add(*sara, "Arrivato finalmente l'ordine 18872, ma la fattura è intestata a un'altra persona. Me la potete rifare?", 96, **smn)
negative("other-complaint", a, b, "same order: late, then an invoice in someone else's name")

daan = ("email", "daan.smit@hetnet.example")
dsm = dict(name="Daan Smit", lang="nl")
a = add(*daan, "Hoi,\n\nHet resetten van mijn wachtwoord werkt niet, ik krijg geen e-mail.\n\nDaan", 38, subject="Wachtwoord", **dsm)
b = add(*daan, "Hoi,\n\nIk heb de verkeerde kleur ontvangen bij bestelling 27104: grijs in plaats van groen.\n\nDaan", 85, subject="Verkeerde kleur 27104", **dsm)
negative("other-complaint", a, b, "cannot reset his password, then a wrong colour")

gerard = ("mastodon", "@gmas@mastodon.cat")
gm = dict(name="Gerard Mas", lang="ca")
a = add(*gerard, "La comanda 60310 encara no ha arribat al carrer Provença, 08013 Barcelona. Fa una setmana!", 42, **gm)
b = add(*gerard, "Podeu canviar l'adreça de facturació del meu compte a C/ Provença 210, 08013 Barcelona? La web no em deixa.", 64, **gm)
negative("other-complaint", a, b, "a late order, then an address change; only the postcode is shared")

# --- (3) The same complaint by different customers ------------------------

topic = []
for ch, handle, name, h, text in [
        ("mastodon", "@kevinm@mastodon.social", "Kevin Moore", 54, "checkout in your app crashes as soon as I press pay, anyone else?"),
        ("bluesky", "samreed.bsky.social", "Sam Reed", 55, "Northwind app closes itself every time I try to pay. Android 14. Fix pls"),
        ("email", "nina.patel@yahoo.example", "Nina Patel", 57, "Hello,\n\nyour app crashes when I try to complete the payment. I tried three times.\n\nNina"),
        ("mastodon", "@liwei@social.example", "Li Wei", 61, "same here, app crash at the payment step since this morning"),
        ]:
    topic.append(add(ch, handle, text, h, name=name, lang="en",
                     subject="App crash at payment" if ch == "email" else None))
for i in range(len(topic)):
    for j in range(i + 1, len(topic)):
        negative("other-customer", topic[i], topic[j], "one app problem, several customers: a topic")

topic = []
for ch, handle, name, h, text in [
        ("bluesky", "martagil.bsky.social", "Marta Gil", 70, "La web da error al pagar con tarjeta, ¿os pasa a todos?"),
        ("mastodon", "@jpuig@mastodon.cat", "Jordi Puig", 71, "No hay manera de pagar en vuestra web, error todo el rato al meter la tarjeta"),
        ("email", "rosa.blanco@correo.example", "Rosa Blanco", 73, "Hola,\n\nAl intentar pagar con la tarjeta me sale un error y no se completa el pedido.\n\nRosa"),
        ]:
    topic.append(add(ch, handle, text, h, name=name, lang="es",
                     subject="Error al pagar" if ch == "email" else None))
for i in range(len(topic)):
    for j in range(i + 1, len(topic)):
        negative("other-customer", topic[i], topic[j], "one payment problem, several customers: a topic")

topic = []
for ch, handle, name, h, text in [
        ("mastodon", "@ulla@chaos.example", "Ulla Hartmann", 26, "Seit einer Woche warte ich auf meine Bestellung 71102, DHL-Sendung bewegt sich nicht."),
        ("bluesky", "felixbauer.bsky.social", "Felix Bauer", 28, "Meine Bestellung 71250 hängt auch seit Tagen fest. Streikt DHL?"),
        ("email", "ines.koch@gmx.example", "Ines Koch", 33, "Guten Tag,\n\nmeine Lieferung (Bestellung 71391) ist seit einer Woche überfällig.\n\nInes Koch"),
        ]:
    topic.append(add(ch, handle, text, h, name=name, lang="de",
                     subject="Lieferung überfällig" if ch == "email" else None))
for i in range(len(topic)):
    for j in range(i + 1, len(topic)):
        negative("other-customer", topic[i], topic[j], "late deliveries of several customers: a topic")

# A couple writing about one order: two customers, not one's repeat.
a = add("email", "mark.taylor@sky.example", "Hi,\n\nOur sofa (order 88410) arrived yesterday with a torn seat cushion.\n\nMark Taylor", 44,
        name="Mark Taylor", lang="en", subject="Sofa damaged")
b = add("mastodon", "@juliataylor@mastodon.social", "The sofa we ordered from @northwind (88410) has a ripped cushion. Who do I talk to?", 48,
        name="Julia Taylor", lang="en")
negative("other-customer", a, b, "two people of one household, two names: not one customer")

# Two people with a common name on two channels.
a = add("email", "maria.silva@gmail.example", "Olá,\n\nO pedido 12877 está atrasado, era para ter chegado sexta.\n\nMaria Silva", 50,
        name="Maria Silva", lang="pt", subject="Pedido atrasado")
b = add("bluesky", "mariasilva-rj.bsky.social", "Não consigo entrar na minha conta de jeito nenhum, alguém da Northwind?", 53,
        name="Maria Silva", lang="pt")
negative("other-customer", a, b, "two Maria Silvas: other complaint, nothing in common but the name")
same_name_different_people.append(["email:maria.silva@gmail.example", "bluesky:mariasilva-rj.bsky.social"])

a = add("mastodon", "@jsmith@mastodon.social", "order 34001 still hasn't shipped after 5 days. what's the holdup?", 66,
        name="John Smith", lang="en")
b = add("bluesky", "johnsmith77.bsky.social", "Northwind order 36782 is late, tracking never updated", 69,
        name="John Smith", lang="en")
negative("other-customer", a, b, "two John Smiths: late orders, different order numbers")
same_name_different_people.append(["mastodon:@jsmith@mastodon.social", "bluesky:johnsmith77.bsky.social"])

# --- (4) The same complaint, outside the 7-day window ----------------------

tom = ("mastodon", "@tomreed@fosstodon.example")
trd = dict(name="Tom Reed", lang="en")
a = add(*tom, "order 29001 hasn't arrived, tracking says out for delivery since Monday", 1, **trd)
b = add(*tom, "Order 29001 STILL hasn't arrived. Over two weeks now.", 1 + 9 * 24, **trd)
negative("window", a, b, "the same complaint nine days later: outside the window")

# ==========================================================================
# Filler: one unrelated post each from many customers
# ==========================================================================

filler = {
    "en": ["Do you ship to Canada? Couldn't see it at checkout.",
           "What time does the Leeds store close on Saturdays?",
           "Is the oak shelf in the catalogue solid wood or veneer?",
           "Can I still add a gift note to an order I placed an hour ago?",
           "Love the new autumn range, the wool throws are gorgeous"],
    "es": ["¿Hacéis envíos a Canarias?",
           "¿La mesa extensible viene montada?",
           "¿Tenéis descuento para estudiantes?",
           "¿Dónde puedo ver las condiciones de la garantía?"],
    "de": ["Habt ihr am Feiertag geöffnet?",
           "Ist der Bürostuhl auch für Personen über 1,90 m geeignet?",
           "Kann ich bei euch auf Rechnung bestellen?",
           "Danke für die schnelle Lieferung, alles bestens!"],
    "fr": ["Livrez-vous en Suisse ?",
           "Le canapé existe-t-il en velours côtelé ?",
           "Est-ce que les bougies sont fabriquées en France ?",
           "Merci pour le petit mot dans le colis, c'est adorable"],
    "pt": ["Vocês entregam em Portugal?",
           "A luminária vem com lâmpada?",
           "Qual o prazo de troca para presentes?"],
    "it": ["Spedite anche in Svizzera?",
           "Il divano è sfoderabile?",
           "Avete un negozio a Milano?"],
    "nl": ["Leveren jullie ook in België?",
           "Is de bureaustoel verstelbaar in hoogte?",
           "Kan ik achteraf betalen?"],
    "ca": ["Feu enviaments a Andorra?",
           "La làmpada de peu té regulador de llum?",
           "Teniu botiga física a Girona?"],
}
channels = ["mastodon", "bluesky", "email"]
n = 0
for lang, texts in filler.items():
    for i, text in enumerate(texts):
        ch = channels[n % 3]
        who = "%s-%d" % (lang, i)
        handle = {"mastodon": "@%s@social.example" % who,
                  "bluesky": "%s.bsky.social" % who,
                  "email": "%s@mail.example" % who}[ch]
        add(ch, handle, text, 5 + n * 3.1, name="Customer %s" % who.upper(), lang=lang,
            subject="Question" if ch == "email" else None)
        n += 1

SET.write(HERE, "Repeats in other words. groups: true repeat groups (one person, the same complaint again within 7 days), as channel:id; every pair inside a group is a true repeat pair, any other pair is not. group_info: language, channels, and how the identities are known to be one person. negatives: labelled pairs that are not repeats, by kind (follow-up, other-complaint, other-customer, window), for reporting. same_person: identities that are one person; same_name_different_people: identities that share a display name and are not. Written before the detector, not to be edited to fit it.")
