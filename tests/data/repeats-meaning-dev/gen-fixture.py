#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes fixture.jsonl and labels.json: a development set of repeats in
other words.

Written without sight of the detector or its lexicon, the way customers of
a small shop (here "Larkspur Living", home goods) actually write: varied
words and register, slang, typos, sarcasm, product names instead of problem
categories, order numbers in several writings or left out, bare nudges
("still nothing??"), repeats sent as replies in the same mail thread after a
non-committal answer, and repeats across channels that mention the first
post. 30 true repeat groups in eight languages (en, es, de, fr, pt, it, nl,
ca), a third of them across channels, plus labelled hard negatives of four
kinds (follow-up, other-complaint, other-customer, window) and one-off
questions as filler.

It is meant for tuning the detector. The labels say what a person reading
the posts would say; they are never edited to fit the detector. Run it
again after editing; the output is deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 8, 3, 8, 0, 0, tzinfo=timezone.utc)
SHOP_MAIL = "hello@larkspurliving.example"
SHOP_MASTO = "@larkspur@mastodon.social"
SHOP_BSKY = "larkspurliving.bsky.social"
SHOP_NAME = "Larkspur Living"

SET = LabelledSet(BASE, "lk", SHOP_MAIL, SHOP_MASTO, SHOP_BSKY, SHOP_NAME)
add, group, negative, reply, rid = SET.add, SET.group, SET.negative, SET.reply, LabelledSet.rid
messages, groups, negatives = SET.messages, SET.groups, SET.negatives
same_person, same_name_different_people = SET.same_person, SET.same_name_different_people


# ==========================================================================
# True repeats
# ==========================================================================

# --- en -------------------------------------------------------------------

gareth = ("email", "gareth.pryce@btinternet.example")
gp = dict(name="Gareth Pryce", lang="en")
a = add(*gareth, "Hiya,\n\nOrdered the Fern rattan lampshade on 27 July (LL-30418). Tracking has said \"label created\" ever since. Has it actually left your warehouse?\n\nCheers,\nGareth", 2, subject="Where's my lampshade", **gp)
r = reply("email", "Hi Gareth,\n\nThanks for getting in touch, we're looking into it and will come back to you.\n\nLarkspur Living", 6, rid(a), rid(a), "en")
b = add(*gareth, "\"Looking into it\" isn't really an answer tbh. Nine days now and the tracking still hasn't budged. When will it ship?\n\nGareth", 31, subject="Re: Where's my lampshade", thread=rid(a), in_reply_to=rid(r), **gp)
c = add(*gareth, "Third time asking. Where is my lampshade?\n\nG. Pryce", 76, subject="LL-30418 ???", **gp)
group("en", "one identity", a, b, c)

dee_masto = ("mastodon", "@deeokafor@mastodon.online")
dee_bsky = ("bluesky", "deeokafor.bsky.social")
do_ = dict(name="Dee Okafor", lang="en")
group("en", "same name only",
      add(*dee_masto, "@larkspur hey so my card got hit twice for the same cushion order?? £64.00 and then £64.00 again 10 mins later. order 51177", 20, **do_),
      add(*dee_bsky, "as I said on Mastodon yesterday, @larkspurliving.bsky.social took the money twice for one order (#51177). still waiting for one of them to come back. not a small amount for me", 58, **do_))
same_person.append(["mastodon:@deeokafor@mastodon.online", "bluesky:deeokafor.bsky.social"])

sam = ("bluesky", "samwhitlock.bsky.social")
sw = dict(name="Sam Whitlock", lang="en")
group("en", "one identity",
      add(*sam, "cancelled my Larkspur Greenbox back in June and you've just helped yourselves to another £22. lovely. really lovely.", 40, **sw),
      add(*sam, "hello??? anyone. still paying for a plant box I don't get", 101, **sw))

marianne = ("email", "m.coles@outlook.example")
mc = dict(name="Marianne Coles", lang="en")
group("en", "one identity",
      add(*marianne, "Hello,\n\nThe engraved oak chopping board arrived this morning and it reads \"Happy Anniversery\". I typed Anniversary on the form, I've checked my confirmation email. It's a present for Saturday.\n\nOrder #77205\n\nMarianne Coles", 48, subject="Engraving mistake", **mc),
      add(*marianne, "Hi again,\n\nNobody has replied about the misspelt board (order 77205). Saturday is two days away. Can you remake it in time or not? A yes or no would do.\n\nMarianne", 97, subject="Chopping board - urgent", **mc))

# --- es -------------------------------------------------------------------

lucia = ("email", "lucia.benitez@gmail.example")
lb_ = dict(name="Lucía Benítez", lang="es")
group("es", "one identity",
      add(*lucia, "Hola,\n\nDevolví el edredón nórdico hace tres semanas (pedido 48830) y el dinero sigue sin aparecer en mi tarjeta.\n\nUn saludo,\nLucía", 10, subject="Reembolso pendiente", **lb_),
      add(*lucia, "Buenas tardes:\n\nSigo esperando que me devolváis los 89,90 € del edredón. Ya os escribí el lunes y nada. ¿Qué está pasando?\n\nLucía Benítez", 80, subject="Otra vez el edredón", **lb_))

javi_masto = ("mastodon", "@javiortega@mastodon.social")
javi_mail = ("email", "javier.ortega@correo.example")
jo = dict(name="Javi Ortega", lang="es")
group("es", "profile link",
      add(*javi_masto, "@larkspur el jarrón de cerámica ha llegado hecho añicos, la caja no traía ni una triste bolita de relleno. Pedido 60214 😤", 14, links=["javier.ortega@correo.example"], **jo),
      add(*javi_mail, "Hola,\n\ncomo os dije por Mastodon, el jarrón azul del pedido nº 60214 llegó roto en mil pedazos. Adjunto fotos. Quiero que me mandéis otro o que me devolváis el dinero.\n\nJavier Ortega", 39, subject="Jarrón roto", **jo))
same_person.append(["mastodon:@javiortega@mastodon.social", "email:javier.ortega@correo.example"])

nerea = ("bluesky", "neregil.bsky.social")
ng = dict(name="Nerea Gil", lang="es")
group("es", "one identity",
      add(*nerea, "no puedo entrar en mi cuenta de larkspur, me dice contraseña incorrecta y la acabo de cambiar hace 5 min", 60, **ng),
      add(*nerea, "sigo sin poder acceder. probado desde el móvil, desde el portátil, en incógnito... nada", 84, **ng),
      add(*nerea, "tercera vez que lo pregunto: alguien me puede ayudar con la cuenta o no??", 131, **ng))

andres = ("email", "andres.pizarro@telefonica.example")
ap = dict(name="Andrés Pizarro", lang="es")
a = add(*andres, "Hola:\n\nUsé el código VERANO15 al pagar y no me descontaron nada; pagué los 120 € enteros. Pedido 55902.\n\nAndrés", 100, subject="Código de descuento", **ap)
r = reply("email", "Hola Andrés,\n\nGracias por avisarnos, lo estamos revisando.\n\nLarkspur Living", 104, rid(a), rid(a), "es")
b = add(*andres, "¿Revisando? Han pasado dos días. El 15 % no se aplicó y quiero que me devolváis la diferencia, 18 €. No es tan complicado.\n\nAndrés Pizarro", 151, subject="Re: Código de descuento", thread=rid(a), in_reply_to=rid(r), **ap)
group("es", "one identity", a, b)

# --- de -------------------------------------------------------------------

katrin = ("email", "k.vogel@vogel-design.example")
kv = dict(name="Katrin Vogel", lang="de")
group("de", "one identity",
      add(*katrin, "Sehr geehrte Damen und Herren,\n\nauf Ihrer Rechnung RE-2026-08812 steht die falsche Firmierung (\"Vogel Druck\" statt \"Vogel Design GmbH\"), außerdem fehlt unsere USt-IdNr. So kann ich sie nicht verbuchen. Bitte senden Sie mir eine korrigierte Fassung.\n\nMit freundlichen Grüßen\nKatrin Vogel", 16, subject="Fehlerhafte Rechnung", **kv),
      add(*katrin, "Guten Tag,\n\nich warte noch immer auf die berichtigte Rechnung (Nr. 08812). Unser Steuerbüro sitzt mir im Nacken.\n\nK. Vogel", 111, subject="Erinnerung: Rechnungskorrektur", **kv))

jonas_masto = ("mastodon", "@jalbrecht@chaos.social")
jonas_bsky = ("bluesky", "jonasalbrecht.bsky.social")
ja = dict(name="Jonas Albrecht", lang="de")
group("de", "same name only",
      add(*jonas_masto, "Die Larkspur-App fliegt mir jedes Mal um die Ohren, sobald ich den Warenkorb antippe. Pixel 7, neueste Version. Nervig.", 25, **ja),
      add(*jonas_bsky, "Wie schon auf Mastodon geschrieben: eure App schmiert beim Warenkorb ab. Immer noch. Kommt da auch mal ne Antwort?", 49, **ja))
same_person.append(["mastodon:@jalbrecht@chaos.social", "bluesky:jonasalbrecht.bsky.social"])

heike = ("bluesky", "heikesommer.bsky.social")
hs = dict(name="Heike Sommer", lang="de")
group("de", "one identity",
      add(*heike, "Euer Paketbote hat meinen neuen Teppich einfach vor die Haustür gelegt. Bei strömendem Regen. Jetzt ist das Ding klatschnass und riecht muffig. Bestellung 71920", 70, **hs),
      add(*heike, "Hallo?? Der nasse Teppich liegt seit zwei Tagen bei mir im Flur. Meldet sich da irgendwer?", 119, **hs))

ralf = ("email", "ralf.kessler@web.example")
rk = dict(name="Ralf Kessler", lang="de")
group("de", "one identity",
      add(*ralf, "Hallo,\n\nbeim Regal \"Birke\" (Best.-Nr. 39177) fehlt der Beutel C mit den Schrauben für die Rückwand. Alles andere ist da.\n\nGruß\nRalf Kessler", 130, subject="Regal Birke unvollständig", **rk),
      add(*ralf, "Hallo nochmal,\n\nohne die Schrauben steht das Regal halb fertig im Wohnzimmer. Könnt ihr mir den Beutel bitte endlich schicken? Bestellung 39177.\n\nRalf", 161, subject="Beutel C", **rk))

# --- fr -------------------------------------------------------------------

camille = ("email", "camille.fabre@free.example")
cf = dict(name="Camille Fabre", lang="fr")
group("fr", "one identity",
      add(*camille, "Bonjour,\n\nImpossible de régler ma commande : à chaque validation j'ai le message « paiement refusé », alors que ma carte fonctionne partout ailleurs.\n\nCamille", 28, subject="Paiement refusé", **cf),
      add(*camille, "Re-bonjour,\n\nToujours le même souci, ça ne passe pas. J'ai essayé avec deux cartes différentes. J'aimerais vraiment commander le canapé Oslo avant la fin des soldes...\n\nCamille Fabre", 52, subject="Toujours impossible de payer", **cf))

yannick_bsky = ("bluesky", "yroussel.bsky.social")
yannick_mail = ("email", "yannick.roussel@laposte.example")
yr = dict(name="Yannick Roussel", lang="fr")
group("fr", "profile link",
      add(*yannick_bsky, "Colis Larkspur marqué « livré » hier à 14h… rien dans la boîte aux lettres, rien chez les voisins, rien chez le gardien. Cde 82340. Super.", 54, links=["yannick.roussel@laposte.example"], **yr),
      add(*yannick_mail, "Bonjour,\n\nJe vous ai signalé sur Bluesky que la commande 82 340 est indiquée comme livrée alors que je n'ai rien reçu. Pouvez-vous ouvrir une enquête auprès du transporteur ?\n\nCordialement,\nYannick Roussel", 78, subject="Colis jamais reçu", **yr))
same_person.append(["bluesky:yroussel.bsky.social", "email:yannick.roussel@laposte.example"])

nadia_masto = ("mastodon", "@nadiab@piaille.fr")
nadia_bsky = ("bluesky", "nadiabelkacem.bsky.social")
nb = dict(name="Nadia Belkacem", lang="fr")
group("fr", "same name only",
      add(*nadia_masto, "Ma carte cadeau Larkspur avait 45 € dessus et maintenant elle affiche 0,00 €. Je ne l'ai JAMAIS utilisée. Quelqu'un peut m'expliquer ?", 140, **nb),
      add(*nadia_bsky, "toujours aucune nouvelle pour ma carte cadeau vidée… 45 balles envolées, merci Larkspur 🙃", 190, **nb))
same_person.append(["mastodon:@nadiab@piaille.fr", "bluesky:nadiabelkacem.bsky.social"])

gerard = ("email", "gerard.lemoine@wanadoo.example")
gl = dict(name="Gérard Lemoine", lang="fr")
group("fr", "one identity",
      add(*gerard, "Madame, Monsieur,\n\nMon lampadaire (garantie deux ans) est parti en réparation le 6 juillet, dossier SAV 5521. Depuis, aucune nouvelle.\n\nGérard Lemoine", 158, subject="Dossier SAV 5521", **gl),
      add(*gerard, "Bonjour,\n\nJe me permets de relancer concernant le dossier SAV 5521. Cela fait maintenant plus de quatre semaines.\n\nG. Lemoine", 203, subject="Relance SAV", **gl),
      add(*gerard, "Troisième relance. Dossier 5521. Je commence sérieusement à perdre patience.\n\nG. Lemoine", 252, subject="Relance SAV (3)", **gl))

# --- pt -------------------------------------------------------------------

ines = ("email", "ines.carvalho@sapo.example")
ic = dict(name="Inês Carvalho", lang="pt")
group("pt", "one identity",
      add(*ines, "Olá,\n\nEncomendei as toalhas de linho em verde-salva e chegaram-me cor-de-rosa. Encomenda n.º 26655.\n\nObrigada,\nInês", 34, subject="Cor errada", **ic),
      add(*ines, "Boa tarde,\n\nContinuo sem resposta sobre as toalhas (vieram cor-de-rosa em vez de verdes). Como faço a troca?\n\nInês Carvalho", 106, subject="Troca de toalhas", **ic))

thiago_masto = ("mastodon", "@thiagonunes@masto.donte.com.br")
thiago_mail = ("email", "thiago.nunes@uol.example")
tn = dict(name="Thiago Nunes", lang="pt")
group("pt", "same name only",
      add(*thiago_masto, "a Larkspur me cobrou 2x no cartão pela mesma compra kkkk não tem graça nenhuma. pedido #40977", 90, **tn),
      add(*thiago_mail, "Oi,\n\nComo falei no Mastodon, fui cobrado duas vezes pelo pedido 40977 (R$ 312,00 cada). Preciso do estorno de uma das cobranças.\n\nAbs,\nThiago Nunes", 115, subject="Cobrança em dobro", **tn))
same_person.append(["mastodon:@thiagonunes@masto.donte.com.br", "email:thiago.nunes@uol.example"])

beatriz = ("bluesky", "bialopes.bsky.social")
bl = dict(name="Beatriz Lopes", lang="pt")
group("pt", "one identity",
      add(*beatriz, "Já lá vão 12 dias e a minha mesa de cabeceira nem saiu do armazém. Encomenda 93012. Boa, Larkspur.", 150, **bl),
      add(*beatriz, "ainda nada??", 176, **bl),
      add(*beatriz, "terceira vez que pergunto pela 93012. alguém aí?", 222, **bl))

rui = ("email", "rui.monteiro@netcabo.example")
rm_ = dict(name="Rui Monteiro", lang="pt")
a = add(*rui, "Bom dia,\n\nCancelei a encomenda 37700 no próprio dia da compra e ainda não recebi o reembolso de 59,00 €.\n\nRui Monteiro", 180, subject="Reembolso da encomenda 37700", **rm_)
r = reply("email", "Olá Rui,\n\nObrigado pelo contacto, estamos a verificar com o departamento financeiro.\n\nLarkspur Living", 184, rid(a), rid(a), "pt")
b = add(*rui, "Já passaram dois dias desde a vossa resposta e do dinheiro nem sinal. Quando é que o recebo?\n\nRui", 231, subject="Re: Reembolso da encomenda 37700", thread=rid(a), in_reply_to=rid(r), **rm_)
group("pt", "one identity", a, b)

# --- it -------------------------------------------------------------------

giulia_mail = ("email", "giulia.marchetti@libero.example")
giulia_bsky = ("bluesky", "giuliamarchetti.bsky.social")
gm = dict(name="Giulia Marchetti", lang="it")
group("it", "profile link",
      add(*giulia_mail, "Buongiorno,\n\nil diffusore di aromi (ordine 58410) perde acqua dal fondo fin dal primo utilizzo e mi ha rovinato il mobile.\n\nCordiali saluti,\nGiulia Marchetti", 44, subject="Diffusore difettoso", **gm),
      add(*giulia_bsky, "Ho già scritto per email: il diffusore Larkspur perde acqua, ordine 58410, e nessuno risponde. Bel servizio clienti davvero.", 66, links=["giulia.marchetti@libero.example"], **gm))
same_person.append(["email:giulia.marchetti@libero.example", "bluesky:giuliamarchetti.bsky.social"])

matteo = ("mastodon", "@mferri@mastodon.uno")
mf = dict(name="Matteo Ferri", lang="it")
group("it", "one identity",
      add(*matteo, "Non riesco più a entrare nel mio account Larkspur, il codice di verifica via SMS non arriva mai", 170, **mf),
      add(*matteo, "ancora niente codice, ancora chiuso fuori dall'account. ciao eh.", 197, **mf))

francesca = ("email", "f.rinaldi@tiscali.example")
fr_ = dict(name="Francesca Rinaldi", lang="it")
group("it", "one identity",
      add(*francesca, "Salve,\n\nho inserito il buono BENVENUTO10 ma al momento del pagamento lo sconto non è stato applicato. Ordine 61188.\n\nGrazie,\nFrancesca", 210, subject="Sconto non applicato", **fr_),
      add(*francesca, "Buonasera,\n\nsecondo sollecito per lo sconto mai applicato sull'ordine n. 61188.\n\nFrancesca Rinaldi", 236, subject="Sollecito", **fr_),
      add(*francesca, "Terzo messaggio. Il 10% non l'ho mai visto. Ordine 61188. Avete intenzione di rispondere?\n\nF. Rinaldi", 262, subject="Terzo sollecito", **fr_))

# --- nl -------------------------------------------------------------------

sanne = ("email", "sanne.bakker@kpnmail.example")
sb = dict(name="Sanne Bakker", lang="nl")
group("nl", "one identity",
      add(*sanne, "Hoi,\n\nBij de hanglamp Duin (bestelling 44718) zit geen plafondkap. Zonder dat ding kan ik hem niet ophangen.\n\nGroetjes,\nSanne", 64, subject="Plafondkap ontbreekt", **sb),
      add(*sanne, "Goedemiddag,\n\nNog steeds niks gehoord over die ontbrekende plafondkap. Kunnen jullie hem gewoon nasturen?\n\nSanne Bakker", 121, subject="Hanglamp", **sb))

joris_bsky = ("bluesky", "jorisvandam.bsky.social")
joris_masto = ("mastodon", "@jvandam@mastodon.nl")
jd = dict(name="Joris van Dam", lang="nl")
group("nl", "same name only",
      add(*joris_bsky, "Abonnement op de Larkspur plantenbox opgezegd op 1 juli, vandaag tóch weer €19,95 afgeschreven. Hoe dan?", 86, **jd),
      add(*joris_masto, "Net als op Bluesky gemeld: ik betaal nog steeds voor een plantenbox die ik al lang heb opgezegd. Graag terugstorten.", 125, **jd))
same_person.append(["bluesky:jorisvandam.bsky.social", "mastodon:@jvandam@mastodon.nl"])

fenna = ("mastodon", "@fennaj@mastodon.nl")
fj = dict(name="Fenna Jansen", lang="nl")
group("nl", "one identity",
      add(*fenna, "Bestelling 15093 zou dinsdag komen, het is nu vrijdag. Track & trace zegt al 4 dagen 'in sorteercentrum'. Gezellig.", 200, **fj),
      add(*fenna, "hallo??? iemand? 15093 ligt nog steeds in dat sorteercentrum", 227, **fj))

wouter_mail = ("email", "wouter.hendriks@ziggo.example")
wouter_bsky = ("bluesky", "wouterhendriks.bsky.social")
wh = dict(name="Wouter Hendriks", lang="nl")
group("nl", "profile link",
      add(*wouter_mail, "Goedendag,\n\nIk heb een eikenhouten salontafel besteld (bestelnr. 70655) maar er is een walnoten exemplaar bezorgd. Graag omruilen.\n\nMet vriendelijke groet,\nWouter Hendriks", 240, subject="Verkeerde tafel", **wh),
      add(*wouter_bsky, "Zoals ik al mailde: verkeerde tafel geleverd, 70655. Walnoot ipv eiken. Wanneer komen jullie hem ophalen?", 263, links=["wouter.hendriks@ziggo.example"], **wh))
same_person.append(["email:wouter.hendriks@ziggo.example", "bluesky:wouterhendriks.bsky.social"])

# --- ca -------------------------------------------------------------------

laia = ("mastodon", "@laiapuig@mastodon.cat")
lp_ = dict(name="Laia Puig", lang="ca")
group("ca", "one identity",
      add(*laia, "La tassa de ceràmica de la comanda 22460 m'ha arribat esquerdada 😞", 94, **lp_),
      add(*laia, "Fa dos dies que us vaig dir que la tassa va arribar trencada i res de res. Comanda 22460.", 143, **lp_))

jordi_mail = ("email", "jordi.soler@vilaweb.example")
jordi_masto = ("mastodon", "@jsoler@mastodon.cat")
js = dict(name="Jordi Soler", lang="ca")
group("ca", "profile link",
      add(*jordi_mail, "Bon dia,\n\nVaig retornar la catifa fa vint dies i encara no m'heu tornat els 149 €. Comanda 34810.\n\nJordi Soler", 112, subject="Devolució catifa", **js),
      add(*jordi_masto, "Com us vaig dir per correu: encara espero els diners de la catifa (comanda 34810). Ja n'hi ha prou.", 137, links=["jordi.soler@vilaweb.example"], **js))
same_person.append(["email:jordi.soler@vilaweb.example", "mastodon:@jsoler@mastodon.cat"])

nuria = ("bluesky", "nuriavilaro.bsky.social")
nv = dict(name="Núria Vilaró", lang="ca")
group("ca", "one identity",
      add(*nuria, "L'app de Larkspur es tanca sola cada cop que intento pagar amb Bizum", 220, **nv),
      add(*nuria, "Segueix petant l'app quan vaig a pagar. Algú ho mira?", 245, **nv))

# ==========================================================================
# Hard negatives
# ==========================================================================

# --- follow-up ------------------------------------------------------------

ollie = ("email", "ollie.grant@gmail.example")
og = dict(name="Ollie Grant", lang="en")
a = add(*ollie, "Hi,\n\nThe Marlow bedside lamp I got last week flickers constantly. Help?\n\nOllie", 9, subject="Flickering lamp", **og)
r = reply("email", "Hi Ollie,\n\nSorry about that! Could you send us your order number and a short video of the flicker?\n\nLarkspur Living", 12, rid(a), rid(a), "en")
b = add(*ollie, "Sure, order is LL-41203, video attached. It flickers with two different bulbs too, so it's not the bulb.\n\nOllie", 15, subject="Re: Flickering lamp", thread=rid(a), in_reply_to=rid(r), **og)
negative("follow-up", a, b, "gives the order number and video we asked for")

carmen = ("mastodon", "@carmenrey@mastodon.social")
cr = dict(name="Carmen Rey", lang="es")
a = add(*carmen, "@larkspur me ha llegado la manta de lana con una mancha enorme en una esquina", 22, **cr)
r = reply("mastodon", "@carmenrey ¡Vaya! ¿Nos pasas una foto y el número de pedido?", 23, rid(a), rid(a), "es")
b = add(*carmen, "Aquí la foto 📷 pedido 57330", 24, thread=rid(a), in_reply_to=rid(r), **cr)
negative("follow-up", a, b, "gives the photo and order number we asked for")

petra = ("email", "petra.hahn@gmx.example")
ph = dict(name="Petra Hahn", lang="de")
a = add(*petra, "Guten Tag,\n\nmeine Lieferung ist nicht angekommen. Wo ist mein Paket?\n\nPetra Hahn", 36, subject="Lieferung", **ph)
r = reply("email", "Guten Tag Frau Hahn,\n\nbitte nennen Sie uns Ihre Lieferadresse und die Bestellnummer, dann prüfen wir das sofort.\n\nLarkspur Living", 38, rid(a), rid(a), "de")
b = add(*petra, "Lindenstraße 14, 04109 Leipzig. Bestellung 63380.\n\nP. Hahn", 41, subject="Re: Lieferung", thread=rid(a), in_reply_to=rid(r), **ph)
negative("follow-up", a, b, "gives the address and order number we asked for")

lucas = ("bluesky", "lucasgirard.bsky.social")
lg = dict(name="Lucas Girard", lang="fr")
a = add(*lucas, "L'appli Larkspur plante direct à l'ouverture depuis la mise à jour d'hier", 66, **lg)
b = add(*lucas, "PS : c'est sur iPhone 12, iOS 17.5, et juste avant de se fermer elle affiche « Erreur 502 »", 67, thread=rid(a), in_reply_to=rid(a), **lg)
negative("follow-up", a, b, "PS adding device and error message")

bram = ("email", "bram.visser@xs4all.example")
bv = dict(name="Bram Visser", lang="nl")
a = add(*bram, "Hallo,\n\nInloggen lukt niet meer sinds vanochtend.\n\nBram", 88, subject="Inloggen", **bv)
r = reply("email", "Hoi Bram,\n\nWelke foutmelding krijg je precies te zien?\n\nLarkspur Living", 90, rid(a), rid(a), "nl")
b = add(*bram, "De melding is: \"Account tijdelijk geblokkeerd\". Screenshot zit in de bijlage.\n\nBram", 92, subject="Re: Inloggen", thread=rid(a), in_reply_to=rid(r), **bv)
negative("follow-up", a, b, "gives the error message we asked for")

sara = ("mastodon", "@saracolombo@mastodon.uno")
sc = dict(name="Sara Colombo", lang="it")
a = add(*sara, "Il pacco Larkspur è arrivato aperto e con il nastro strappato", 146, **sc)
b = add(*sara, "Aggiungo: ordine 84021, e dentro mancava pure la bolla di consegna.", 147, thread=rid(a), in_reply_to=rid(a), **sc)
negative("follow-up", a, b, "adds the order number and a detail")

# --- other-complaint -----------------------------------------------------

megan = ("bluesky", "meganashby.bsky.social")
ma = dict(name="Megan Ashby", lang="en")
a = add(*megan, "the rug I got is a completely different colour to the website photo. 'dusky rose' my foot, it's brown. order 66014", 74, **ma)
b = add(*megan, "also your app logged me out and now it won't take my password?? great day", 105, **ma)
negative("other-complaint", a, b, "wrong colour, then a login problem")

luisa = ("email", "luisa.ferreira@gmail.example")
lf = dict(name="Luísa Ferreira", lang="pt")
a = add(*luisa, "Olá,\n\nA encomenda 31555 devia ter chegado ontem e ainda não chegou.\n\nLuísa Ferreira", 26, subject="Encomenda 31555", **lf)
b = add(*luisa, "Olá,\n\nJá recebi a encomenda 31555, obrigada. Mas a fatura tem o NIF errado, preciso que a corrijam.\n\nLuísa Ferreira", 95, subject="Fatura da encomenda 31555", **lf)
negative("other-complaint", a, b, "same order: late, then an invoice error")

uwe = ("mastodon", "@ukramer@norden.social")
uk = dict(name="Uwe Kramer", lang="de")
a = add(*uwe, "Moin @larkspur, ihr habt meine Kreditkarte für Bestellung 20417 zweimal belastet.", 115, **uk)
b = add(*uwe, "Und bei Bestellung 20588 habt ihr mir graue statt blauer Kissenbezüge geschickt. Läuft bei euch.", 160, **uk)
negative("other-complaint", a, b, "double charge on one order, wrong item on another")

paolo = ("email", "paolo.greco@alice.example")
pg = dict(name="Paolo Greco", lang="it")
a = add(*paolo, "Buongiorno,\n\nho reso il cuscino dell'ordine 27741 due settimane fa e non ho ancora ricevuto il rimborso.\n\nPaolo Greco", 125, subject="Rimborso", **pg)
b = add(*paolo, "Buongiorno,\n\nnel nuovo ordine 29002 il codice ESTATE20 non è stato applicato.\n\nPaolo Greco", 170, subject="Codice sconto", **pg)
negative("other-complaint", a, b, "missing refund, then a coupon on a new order")

marc = ("bluesky", "marcferrer.bsky.social")
mfe = dict(name="Marc Ferrer", lang="ca")
a = add(*marc, "La comanda 48190 ha arribat amb una cadira de menys, n'havia demanat quatre", 180, **mfe)
b = add(*marc, "I ara veig que la factura de la 48190 surt a nom d'una altra persona. Quin desastre.", 205, **mfe)
negative("other-complaint", a, b, "same order: a missing chair, then an invoice error")

sophie = ("email", "sophie.marchand@orange.example")
sm = dict(name="Sophie Marchand", lang="fr")
a = add(*sophie, "Bonjour,\n\nMa commande 35120 (un plaid en laine) avait une livraison prévue mardi, toujours rien.\n\nSophie Marchand", 190, subject="Retard de livraison", **sm)
b = add(*sophie, "Bonjour,\n\nLe plaid est enfin arrivé, mais il y a un trou dans la maille sur un bord. Je souhaite l'échanger.\n\nSophie Marchand", 238, subject="Plaid abîmé", **sm)
negative("other-complaint", a, b, "same order: late, then damaged once it arrived")

# --- other-customer ------------------------------------------------------

topic = []
for ch, handle, name, lang, h, text in [
        ("mastodon", "@kitmoss@mastodon.social", "Kit Moss", "en", 270, "is larkspur's site down for anyone else? login page just says 'something went wrong'"),
        ("bluesky", "evaschouten.bsky.social", "Eva Schouten", "nl", 271, "Kan iemand anders wel inloggen bij Larkspur? Ik krijg steeds een foutmelding."),
        ("email", "pablo.ramos@correo.example", "Pablo Ramos", "es", 272.5, "Hola,\n\nNo puedo iniciar sesión en vuestra web, sale un error todo el rato.\n\nPablo"),
        ]:
    topic.append(add(ch, handle, text, h, name=name, lang=lang, subject="Login" if ch == "email" else None))
for i in range(len(topic)):
    for j in range(i + 1, len(topic)):
        negative("other-customer", topic[i], topic[j], "one outage, several customers")

a = add("email", "aoife.byrne@eircom.example", "Hi,\n\nOur sofa (order 90312) was delivered this morning with a split seam along the back and a scuffed leg.\n\nAoife Byrne", 45, name="Aoife Byrne", lang="en", subject="Damaged sofa")
b = add("bluesky", "ciaranbyrne.bsky.social", "Larkspur delivered our new sofa with the back seam torn open. order 90312. not impressed", 47, name="Ciarán Byrne", lang="en")
negative("other-customer", a, b, "a couple sharing one order")

a = add("email", "ana.martins@sapo.example", "Bom dia,\n\nA minha encomenda 52240 está atrasada uma semana. Podem ver o que se passa?\n\nAna Martins (Braga)", 55, name="Ana Martins", lang="pt", subject="Encomenda atrasada")
b = add("bluesky", "anamartins-rj.bsky.social", "pedido 53871 da Larkspur atrasado faz uma semana, alguém sabe se isso é normal? aqui no Rio tá tudo parado", 62, name="Ana Martins", lang="pt")
negative("other-customer", a, b, "two Ana Martins, two orders")
same_name_different_people.append(["email:ana.martins@sapo.example", "bluesky:anamartins-rj.bsky.social"])

a = add("mastodon", "@lschmidt@troet.cafe", "Kann mich seit heute früh nicht mehr bei Larkspur anmelden, Passwort wird nicht akzeptiert.", 210, name="Laura Schmidt", lang="de")
b = add("bluesky", "laura-schmidt.bsky.social", "Larkspur hat mir die Bestellung 18830 doppelt abgebucht, super ärgerlich.", 214, name="Laura Schmidt", lang="de")
negative("other-customer", a, b, "two Laura Schmidts")
same_name_different_people.append(["mastodon:@lschmidt@troet.cafe", "bluesky:laura-schmidt.bsky.social"])

# --- window ----------------------------------------------------------------

quim = ("mastodon", "@quimbosch@mastodon.cat")
qb = dict(name="Quim Bosch", lang="ca")
a = add(*quim, "La comanda 50612 encara no ha arribat", 5, **qb)
b = add(*quim, "Ei, la 50612 segueix sense arribar. Ja fa massa dies.", 5 + 9 * 24, **qb)
negative("window", a, b, "nine days later")

harriet = ("email", "harriet.lowe@yahoo.example")
hl = dict(name="Harriet Lowe", lang="en")
a = add(*harriet, "Hello,\n\nI've been charged twice for order 62009, £48.50 each time.\n\nHarriet Lowe", 12, subject="Charged twice", **hl)
b = add(*harriet, "Hello,\n\nStill haven't seen the duplicate payment for 62009 reversed. Please sort it out.\n\nHarriet Lowe", 12 + 8 * 24 + 5, subject="Duplicate payment", **hl)
negative("window", a, b, "eight days later")

elena = ("bluesky", "elenabruni.bsky.social")
eb = dict(name="Elena Bruni", lang="it")
a = add(*elena, "l'app di Larkspur si blocca appena apro il carrello", 30, **eb)
b = add(*elena, "di nuovo l'app che si pianta sul carrello, ma lo sistemate prima o poi?", 30 + 11 * 24, **eb)
negative("window", a, b, "eleven days later")

# ==========================================================================
# Filler: one-off questions from other customers
# ==========================================================================

filler = {
    "en": ["Do you ship the Fern lampshade to Ireland?", "Is the oak chopping board oiled already or do I need to do that?"],
    "es": ["¿Tenéis la manta de lana en color mostaza?", "¿Cuánto tarda un envío a Canarias?"],
    "de": ["Kann man bei euch auch auf Rechnung bestellen?", "Ist der Jutekorb waschbar?"],
    "fr": ["Est-ce que le plaid existe en 200 x 220 ?", "Vous faites des emballages cadeaux ?"],
    "pt": ["Fazem entregas nos Açores?", "O vaso grande tem furo para drenagem?"],
    "it": ["Avete un negozio fisico a Bologna?", "La lampada Duin funziona con lampadine LED?"],
    "nl": ["Kan ik de plantenbox ook cadeau doen?", "Hoe lang is de levertijd van de salontafel?"],
    "ca": ["Quin és l'horari de la botiga de Girona?", "Les tasses es poden posar al rentaplats?"],
}
channels = ["mastodon", "bluesky", "email"]
n = 0
for lang, texts in filler.items():
    for i, text in enumerate(texts):
        ch = channels[n % 3]
        who = "q%s%d" % (lang, i)
        handle = {"mastodon": "@%s@social.example" % who,
                  "bluesky": "%s.bsky.social" % who,
                  "email": "%s@mail.example" % who}[ch]
        add(ch, handle, text, 3 + n * 17.1, name="Customer %s" % who.upper(), lang=lang,
            subject="Question" if ch == "email" else None)
        n += 1

SET.write(HERE, "Repeats in other words, a development set for tuning the detector, written without sight of the detector or its lexicon. groups: true repeat groups (one person, the same complaint again within 7 days), as channel:id; every pair inside a group is a true repeat pair, any other pair is not. group_info: language, channels, and how the identities are known to be one person. negatives: labelled pairs that are not repeats, by kind (follow-up, other-complaint, other-customer, window), for reporting. same_person: identities that are one person; same_name_different_people: identities that share a display name and are not. The labels say what a person reading the posts would say and are never edited to fit the detector.")
