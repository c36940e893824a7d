#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Labelled set of repeats in other words, "dev27": posts to Northpeak
Climbing, a small online shop for harnesses, ropes, chalk bags, climbing
shoes and gym memberships, on email, Mastodon and Bluesky, in eight
languages (en, es, de, fr, pt, it, nl, ca).

The set was written without sight of the detector, its lexicon, its tests
or the other labelled sets. The posts are written the way customers of a
small shop write; the labels say what a person reading the posts would
say (same customer, same complaint again within 7 days, or not), and were
never edited to fit the detector.

30 true repeat groups (25 pairs, 5 triples), 10 of them across two
channels (5 known by a profile link, 5 by the same display name only),
labelled negatives (follow-up, other-complaint, other-customer, window),
shop replies and one-off filler questions.

Run: python3 gen-fixture.py  (writes fixture.jsonl and labels.json here)
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 10, 12, 7, 55, tzinfo=timezone.utc)
S = LabelledSet(BASE, "np", "crew@northpeak.example", "@northpeak@climb.social",
                "northpeak.bsky.social", "Northpeak Climbing")
E, M, B = "email", "mastodon", "bluesky"
add, group, neg, reply, rid = S.add, S.group, S.negative, S.reply, S.rid
ONE, LINK, NAME = "one identity", "profile link", "same name only"


def thread_mail(author, text, hours, lang, first, answer, subject, name=None, links=None):
    """The customer's next mail in the thread of @first, answering @answer."""
    return add(E, author, text, hours, lang=lang, subject=subject, name=name, links=links,
               thread=rid(first), in_reply_to=rid(answer))


# ---------------------------------------------------------------- English
a = "rob.hennessey@fastmail.example"
g1a = add(E, a, "Hi,\n\nI ordered the Arc Trad harness (size M) on the 3rd, order #41877. "
          "Tracking has said 'label created' for over a week now and I'm heading to Kalymnos on the 24th. "
          "Can you tell me where it actually is?\n\nThanks,\nRob", 1.5, lang="en",
          subject="Order #41877 - where is it?", name="Rob Hennessey")
g1r = reply(E, "Hi Rob, thanks for getting in touch. We're looking into it with the courier and will "
            "get back to you as soon as we hear something.\n\nBest, Ines @ Northpeak", 5, to=rid(g1a),
            thread=rid(g1a), lang="en")
g1b = thread_mail(a, "Any news on this? It's been three days since your last email and the tracking "
                  "page hasn't moved at all. I really need the harness before my trip.", 76, "en",
                  g1a, g1r, "Re: Order #41877 - where is it?", name="Rob Hennessey")
g1c = thread_mail(a, "Third time asking. Still 'label created'. Honestly if it isn't shipped by Friday "
                  "just cancel and refund me, I'll buy one locally.\n\nRob", 123, "en",
                  g1a, g1r, "Re: Re: Order #41877 - where is it?", name="Rob Hennessey")
group("en", ONE, g1a, g1b, g1c)
# same customer, different complaint about the same order (after it finally came)
o1 = add(E, a, "Hi, the harness finally arrived, thanks. But the invoice in the box has the wrong "
         "billing address (an old flat of mine in Leeds) and I need it corrected for my club's "
         "reimbursement. Order 41877.\n\nRob", 190, lang="en", subject="Invoice for 41877 has wrong address",
         name="Rob Hennessey")
neg("other-complaint", g1a, o1, "late harness, then a wrong billing address on the invoice of the same order")

a = "@tessa_crimps@climb.social"
g2a = add(M, a, "@northpeak@climb.social hey, you charged me twice for the October gym pass? "
          "two lots of £39 on my card this morning, same minute. pls sort", 22, lang="en", name="Tessa")
g2b = add(M, a, "@northpeak@climb.social still seeing both £39 payments, nobody's replied. "
          "that's rent money mate", 70, lang="en", name="Tessa")
group("en", ONE, g2a, g2b)

a = "kwame.ofori@posteo.example"
g3a = add(E, a, "Hello Northpeak team,\n\nMy Vertex Lace shoes arrived today but the box says EU 43 "
          "and I ordered 41.5 (order 42013). They are way too big, can't climb in them at all.\n"
          "How do I swap them?\n\nKind regards,\nKwame Ofori", 30, lang="en",
          subject="Wrong size shoes - order 42013", name="Kwame Ofori")
g3b = add(B, "kwameclimbs.bsky.social", "emailed @northpeak.bsky.social on Tuesday about getting "
          "43s instead of 41.5s and heard nothing back. Can someone actually look at this? "
          "just want the right size 🙃", 98, lang="en", name="Kwame O.", links=[a])
group("en", LINK, g3a, g3b)
S.same_person.append(["email:" + a, "bluesky:kwameclimbs.bsky.social"])

a = "lou-on-slab.bsky.social"
g4a = add(B, a, "@northpeak.bsky.social can't log into my account, the password reset email never "
          "arrives (checked spam). Need to book a session for saturday", 40, lang="en", name="Lou")
g4b = add(B, a, "@northpeak.bsky.social tried the 'forgot password' thing like 6 times now. nothing. "
          "is anyone there", 88, lang="en", name="Lou")
group("en", ONE, g4a, g4b)

g5a = add(M, "@danbuckley@mastodon.example", "@northpeak@climb.social Sent back the 60m Dyneema "
          "rope 2 weeks ago, you confirmed you got it on the 2nd. Still no refund. What's the holdup?",
          55, lang="en", name="Dan Buckley")
g5b = add(E, "d.buckley77@gmail.example", "Hi,\n\nI posted about this on Mastodon too. Return of the "
          "60m rope, RMA 5521, received by you on 2 Oct, and the £189 refund still hasn't shown up. "
          "Please can someone check.\n\nDan", 101, lang="en", subject="refund??", name="Dan Buckley")
group("en", NAME, g5a, g5b)
S.same_person.append(["mastodon:@danbuckley@mastodon.example", "email:d.buckley77@gmail.example"])

# ---------------------------------------------------------------- Spanish
a = "nuria.caballero@correo.example"
g6a = add(E, a, "Hola,\n\nMe ha llegado la cuerda Tempo 9.5 de 70m (pedido nº 41902) con la funda "
          "rozada y un trozo con el alma a la vista, a unos 10 metros de una punta. Así no la puedo "
          "usar, obviamente.\n\n¿Cómo hacemos?\nNuria", 8, lang="es",
          subject="Cuerda dañada pedido 41902", name="Nuria Caballero")
g6r = reply(E, "Hola Nuria, sentimos mucho lo ocurrido. Lo estamos revisando con el almacén y te "
            "decimos algo en breve.\nUn saludo, equipo Northpeak", 14, to=rid(g6a), thread=rid(g6a), lang="es")
g6b = thread_mail(a, "Hola otra vez. Ya han pasado 4 dias y nadie me dice nada de la cuerda rota. "
                  "Quiero que me la cambieis o devolverme el dinero, no es tan complicado...", 110, "es",
                  g6a, g6r, "Re: Cuerda dañada pedido 41902", name="Nuria Caballero")
group("es", ONE, g6a, g6b)

a = "@pablo_boulder@mastodon.example"
g7a = add(M, a, "@northpeak@climb.social Hola! El seguimiento dice que mi pedido está entregado "
          "desde ayer pero aquí no ha llegado nada, ni aviso ni nada. Pedido 41955", 26, lang="es",
          name="Pablo")
g7b = add(M, a, "@northpeak@climb.social alguien me puede contestar? entregado dice... pues en mi "
          "buzón no está 🤷‍♂️", 60, lang="es", name="Pablo")
g7c = add(M, a, "@northpeak@climb.social tercer mensaje. Sigo sin el paquete y sin respuesta. Muy mal",
          129, lang="es", name="Pablo")
group("es", ONE, g7a, g7b, g7c)

g8a = add(B, "lucia-escala.bsky.social", "@northpeak.bsky.social el código OTOÑO15 no me descuenta "
          "nada en el carrito, lo he probado con los pies de gato y con la bolsa de magnesio. "
          "Caduca hoy!", 45, lang="es", name="Lucía")
g8b = add(M, "@luciaescala@climb.social", "@northpeak@climb.social ya os lo dije por bluesky: el "
          "cupon no funciona. Al final he pagado el precio entero y quiero que me devolvais el 15%",
          72, lang="es", name="Lucía M.", links=["lucia-escala.bsky.social"])
group("es", LINK, g8a, g8b)
S.same_person.append(["bluesky:lucia-escala.bsky.social", "mastodon:@luciaescala@climb.social"])

a = "jmarin.rocodromo@correo.example"
g9a = add(E, a, "Buenas,\n\nDi de baja la cuota mensual del rocódromo el 30 de septiembre (tengo el "
          "correo de confirmación) y hoy me habéis vuelto a cobrar 42€. Por favor devolvedlo.\n\n"
          "Javier Marín", 120, lang="es", subject="Cobro después de dar de baja", name="Javier Marín")
g9b = add(E, a, "Hola, sigo esperando. Me cobrasteis la cuota de octubre cuando ya estaba de baja. "
          "Si no tengo respuesta esta semana devuelvo el recibo en el banco.\nJavier", 175, lang="es",
          subject="cuota cobrada sin estar de alta", name="Javier Marín")
group("es", ONE, g9a, g9b)
o4 = add(E, a, "Otra cosa: tampoco puedo entrar en mi cuenta para descargar las facturas, me dice "
         "'usuario no encontrado'. Javier", 122, lang="es", subject="No puedo acceder a mi cuenta",
         name="Javier Marín")
neg("other-complaint", g9a, o4, "billed after cancelling, then cannot log in to the account")

# ---------------------------------------------------------------- German
a = "h.brandauer@web.example"
g10a = add(E, a, "Guten Tag,\n\nauf der Rechnung RE-2026-3318 zu meiner Bestellung 41820 steht "
           "19% MwSt, ich habe aber als Verein mit USt-IdNr. bestellt. Bitte korrigieren und neu "
           "ausstellen.\n\nMit freundlichen Grüßen\nHelga Brandauer\nDAV Sektion Allgäu-Nord",
           3, lang="de", subject="Rechnung RE-2026-3318 fehlerhaft", name="Helga Brandauer")
g10r = reply(E, "Hallo Frau Brandauer, danke für den Hinweis, wir schauen uns das an.\n"
             "Viele Grüße, Northpeak", 9, to=rid(g10a), thread=rid(g10a), lang="de")
g10b = thread_mail(a, "Guten Tag,\n\nich warte immer noch auf die korrigierte Rechnung. Unser "
                   "Kassenwart braucht sie bis Monatsende.\n\nH. Brandauer", 130, "de", g10a, g10r,
                   "AW: Rechnung RE-2026-3318 fehlerhaft", name="Helga Brandauer")
group("de", ONE, g10a, g10b)

g11a = add(E, "tobi.krause@gmx.example", "Hi,\n\nhab die Kletterschuhe Vertex Velcro in Orange "
           "bestellt, gekommen sind sie in Grau. Bestellung 42088. Grau gefällt mir halt nicht... "
           "Könnt ihr tauschen?\n\nGruß Tobi", 50, lang="de", subject="Falsche Farbe", name="Tobias Krause")
g11b = add(M, "@tobikraxx@bouldern.social", "@northpeak@climb.social Hallo? Hab euch vor paar Tagen "
           "gemailt wegen der grauen statt orangen Schuhe. Kommt da noch was?", 140, lang="de",
           name="Tobias Krause")
group("de", NAME, g11a, g11b)
S.same_person.append(["email:tobi.krause@gmx.example", "mastodon:@tobikraxx@bouldern.social"])

a = "jule-haengt.bsky.social"
g12a = add(B, a, "@northpeak.bsky.social eure App stürzt jedes Mal ab wenn ich beim Check-in den "
           "QR-Code öffnen will. Android 14, neueste Version. Stand heute 20 min am Tresen 😤", 33,
           lang="de", name="Jule")
g12b = add(B, a, "@northpeak.bsky.social und wieder: App auf, Check-in, zack weg. Ernsthaft, "
           "bezahle ich dafür?", 81, lang="de", name="Jule")
group("de", ONE, g12a, g12b)
o2 = add(B, a, "@northpeak.bsky.social außerdem wurde mein Geburtstagsgutschein (10€) im Shop nicht "
         "abgezogen, Kreidebeutel voll bezahlt", 84, lang="de", name="Jule")
neg("other-complaint", g12a, o2, "app crashing at check-in, then a voucher not deducted in the shop")

a = "m.lindqvist-braun@posteo.example"
g13a = add(E, a, "Hallo,\n\nich möchte den Gurt (Bestellung 41791) zurückschicken, habe das Formular "
           "am Montag ausgefüllt, aber kein Rücksendeetikett bekommen.\n\nViele Grüße\nMarkus", 12,
           lang="de", subject="Retoure 41791 - kein Etikett", name="Markus Lindqvist-Braun")
g13r = reply(E, "Hallo Markus, wir kümmern uns drum und melden uns.\nGruß, Northpeak", 20,
             to=rid(g13a), thread=rid(g13a), lang="de")
g13b = thread_mail(a, "Hallo nochmal, Etikett ist immer noch nicht da. Die 14 Tage laufen bald ab!",
                   68, "de", g13a, g13r, "AW: Retoure 41791 - kein Etikett", name="Markus Lindqvist-Braun")
g13c = thread_mail(a, "Leute, echt jetzt? Seit einer Woche warte ich auf ein PDF. Schickt mir "
                   "einfach das Etikett.\n\nMarkus", 160, "de", g13a, g13r,
                   "AW: AW: Retoure 41791 - kein Etikett", name="Markus Lindqvist-Braun")
group("de", ONE, g13a, g13b, g13c)

# ---------------------------------------------------------------- French
a = "claire.dubreuil@laposte.example"
g14a = add(E, a, "Bonjour,\n\nJ'ai passé commande le 5 octobre (cde 41930, une corde 9,8 et deux "
           "dégaines... enfin la corde surtout). Toujours rien reçu et le suivi n'a pas bougé depuis "
           "jeudi.\n\nCordialement,\nClaire Dubreuil", 15, lang="fr", subject="Commande 41930 en retard",
           name="Claire Dubreuil")
g14r = reply(E, "Bonjour Claire, nous avons relancé le transporteur, nous revenons vers vous dès que "
             "possible.\nL'équipe Northpeak", 24, to=rid(g14a), thread=rid(g14a), lang="fr")
g14b = thread_mail(a, "Bonjour,\nToujours pas de colis. Ça fait presque une semaine que vous "
                   "\"relancez\"... je pars en falaise samedi.\nClaire", 150, "fr", g14a, g14r,
                   "RE: Commande 41930 en retard", name="Claire Dubreuil")
group("fr", ONE, g14a, g14b)

g15a = add(M, "@antoine_grimpe@piaille.example", "@northpeak@climb.social reçu le sac à magnésie "
           "Summit mais sans la ceinture, y'a juste le sac. C'est normal ?", 62, lang="fr", name="Antoine")
g15b = add(B, "antoinegrimpe.bsky.social", "@northpeak.bsky.social je vous ai écrit sur mastodon, "
           "pas de réponse. sac à pof livré sans sa ceinture, je fais comment moi", 118, lang="fr",
           name="Antoine G.", links=["@antoine_grimpe@piaille.example"])
group("fr", LINK, g15a, g15b)
S.same_person.append(["mastodon:@antoine_grimpe@piaille.example", "bluesky:antoinegrimpe.bsky.social"])

a = "mathilde-bloc.bsky.social"
g16a = add(B, a, "@northpeak.bsky.social bonjour, j'ai renvoyé mes chaussons il y a 3 semaines, "
           "vous avez confirmé la réception et toujours pas de remboursement (89€). merci de regarder",
           200, lang="fr", name="Mathilde")
g16b = add(B, a, "@northpeak.bsky.social toujours rien sur mon compte. 89€ c'est pas rien pour moi",
           250, lang="fr", name="Mathilde")
g16c = add(B, a, "@northpeak.bsky.social bon. remboursement, vous connaissez ?", 320, lang="fr",
           name="Mathilde")
group("fr", ONE, g16a, g16b, g16c)

a = "yanis.bensaid@orange.example"
g17a = add(E, a, "Bonjour,\n\nLe livreur a balancé mon colis par-dessus le portail (il y avait une "
           "corde dedans, heureusement) et quand je suis sorti il m'a répondu 'c'est bon c'est livré' "
           "en rigolant. Je trouve ça inadmissible.\n\nYanis Bensaïd", 180, lang="fr",
           subject="Comportement du livreur", name="Yanis Bensaïd")
g17b = add(E, a, "Re-bonjour, je n'ai eu aucun retour concernant le livreur qui a jeté mon colis. "
           "Vous comptez faire quelque chose ou pas ?", 240, lang="fr", subject="Livreur - relance",
           name="Yanis Bensaïd")
group("fr", ONE, g17a, g17b)

# ---------------------------------------------------------------- Portuguese
a = "rita.albuquerque@sapo.example"
g18a = add(E, a, "Boa tarde,\n\nFoi-me cobrado duas vezes o valor da encomenda 42150 (64,90€ x2). "
           "Envio em anexo o extrato.\n\nCumprimentos,\nRita Albuquerque", 210, lang="pt",
           subject="Pagamento duplicado - encomenda 42150", name="Rita Albuquerque")
g18r = reply(E, "Olá Rita, obrigado pelo contacto. Vamos verificar com o banco e damos notícias.\n"
             "Northpeak", 216, to=rid(g18a), thread=rid(g18a), lang="pt")
g18b = thread_mail(a, "Boa tarde, já passaram 5 dias. Continuo com os 64,90 cobrados a mais. "
                   "Quando é que devolvem?\nRita", 330, "pt", g18a, g18r,
                   "RE: Pagamento duplicado - encomenda 42150", name="Rita Albuquerque")
group("pt", ONE, g18a, g18b)

g19a = add(E, "fabio.nogueira@uol.example", "Oi pessoal,\n\nas sapatilhas Vertex Lace chegaram "
           "tamanho 40 e eu pedi 42. Pedido 42201. Como faço a troca?\n\nValeu,\nFábio", 230,
           lang="pt", subject="tamanho errado", name="Fábio Nogueira")
g19b = add(B, "fabionog.bsky.social", "@northpeak.bsky.social mandei email faz 3 dias sobre a "
           "sapatilha que veio 2 números menor e ninguém respondeu. e aí?", 300, lang="pt",
           name="Fábio Nogueira")
group("pt", NAME, g19a, g19b)
S.same_person.append(["email:fabio.nogueira@uol.example", "bluesky:fabionog.bsky.social"])

a = "@caio_escalada@mastodon.example"
g20a = add(M, a, "@northpeak@climb.social não consigo entrar na minha conta, diz 'senha incorreta' "
           "mas acabei de mudar a senha. preciso renovar o plano da academia", 260, lang="pt", name="Caio")
g20b = add(M, a, "@northpeak@climb.social ainda sem conseguir logar. já troquei a senha 3x, "
           "limpei cache, nada", 290, lang="pt", name="Caio")
group("pt", ONE, g20a, g20b)

a = "bia-na-parede.bsky.social"
g21a = add(B, a, "@northpeak.bsky.social meu pedido 42177 (cadeirinha + corda) tá parado em "
           "Curitiba faz 6 dias. alguma previsão?", 270, lang="pt", name="Bia")
g21b = add(B, a, "@northpeak.bsky.social nada ainda. rastreio continua igual", 318, lang="pt", name="Bia")
g21c = add(B, a, "@northpeak.bsky.social oi?? uma semana sem resposta e sem encomenda. "
           "atendimento nota zero", 400, lang="pt", name="Bia")
group("pt", ONE, g21a, g21b, g21c)

# ---------------------------------------------------------------- Italian
a = "giorgio.ferrante@libero.example"
g22a = add(E, a, "Buongiorno,\n\nl'imbrago Arc Sport (ordine 42055) è arrivato con la fibbia della "
           "cintura piegata, non si chiude bene. Non mi fido a usarlo.\nAllego foto.\n\nSaluti,\n"
           "Giorgio Ferrante", 280, lang="it", subject="Imbrago danneggiato - ordine 42055",
           name="Giorgio Ferrante")
g22r = reply(E, "Buongiorno Giorgio, ci dispiace. Stiamo verificando e la ricontattiamo.\nNorthpeak",
             287, to=rid(g22a), thread=rid(g22a), lang="it")
g22b = thread_mail(a, "Buongiorno, nessuna novità sull'imbrago con la fibbia rotta? Vorrei sapere "
                   "se me lo sostituite o no.\nG.F.", 360, "it", g22a, g22r,
                   "R: Imbrago danneggiato - ordine 42055", name="Giorgio Ferrante")
group("it", ONE, g22a, g22b)

g23a = add(B, "sofi-arrampica.bsky.social", "@northpeak.bsky.social il codice BENVENUTA10 non "
           "funziona, dice 'codice non valido' ma me l'avete mandato voi ieri nella newsletter", 290,
           lang="it", name="Sofia")
g23b = add(E, "sofia.marchetti@tiscali.example", "Ciao,\n\nvi ho scritto anche su Bluesky. Il "
           "codice sconto della newsletter non viene applicato al carrello (sacchetto magnesite + "
           "spazzolino). Potete aiutarmi o applicarlo a mano?\n\nGrazie, Sofia", 335, lang="it",
           subject="codice sconto", name="Sofia Marchetti", links=["sofi-arrampica.bsky.social"])
group("it", LINK, g23a, g23b)
S.same_person.append(["bluesky:sofi-arrampica.bsky.social", "email:sofia.marchetti@tiscali.example"])

a = "@ale_strapiombo@mastodon.example"
g24a = add(M, a, "@northpeak@climb.social ho disdetto l'abbonamento alla palestra a settembre e mi "
           "avete addebitato comunque ottobre. 45 euro. mi restituite?", 300, lang="it", name="Ale")
g24b = add(M, a, "@northpeak@climb.social ciao?? ancora addebitato e nessuna risposta. "
           "disdetto vuol dire disdetto", 380, lang="it", name="Ale")
group("it", ONE, g24a, g24b)

# ---------------------------------------------------------------- Dutch
a = "sanne.dijkstra@ziggo.example"
g25a = add(E, a, "Hoi,\n\nVolgens PostNL is mijn pakket (bestelling 42110) gisteren om 14:12 "
           "bezorgd, maar ik was thuis en er is niks aangebeld en niks bij de buren. Kunnen jullie "
           "dit uitzoeken?\n\nGroetjes,\nSanne", 310, lang="nl", subject="Pakket niet ontvangen",
           name="Sanne Dijkstra")
g25r = reply(E, "Hoi Sanne, vervelend! We hebben een onderzoek gestart bij PostNL, dat kan een paar "
             "dagen duren.\nGroet, Northpeak", 318, to=rid(g25a), thread=rid(g25a), lang="nl")
g25b = thread_mail(a, "Hoi, al iets gehoord? Ik heb nog steeds geen pakket en ook geen nieuws. "
                   "Mijn nieuwe klimschoenen liggen blijkbaar ergens anders lol", 390, "nl", g25a, g25r,
                   "Re: Pakket niet ontvangen", name="Sanne Dijkstra")
group("nl", ONE, g25a, g25b)

g26a = add(M, "@thijs_klimt@mastodon.example", "@northpeak@climb.social ik heb retour aangevraagd "
           "voor m'n gordel maar geen retourlabel gekregen. wat nu?", 340, lang="nl", name="Thijs de Groot")
g26b = add(E, "thijsdegroot@kpn.example", "Goedemiddag,\n\nIk vroeg het al via Mastodon: ik wacht "
           "nog steeds op het retourlabel voor de klimgordel (bestelnr 42160). Kunnen jullie die "
           "mailen?\n\nMvg,\nThijs de Groot", 410, lang="nl", subject="retourlabel", name="Thijs de Groot")
group("nl", NAME, g26a, g26b)
S.same_person.append(["mastodon:@thijs_klimt@mastodon.example", "email:thijsdegroot@kpn.example"])

a = "noor-boulders.bsky.social"
g27a = add(B, a, "@northpeak.bsky.social de site crasht bij het afrekenen, witte pagina na "
           "'betalen met iDEAL'. al 3x geprobeerd", 350, lang="nl", name="Noor")
g27b = add(B, a, "@northpeak.bsky.social nog steeds wit scherm bij betalen. wil gewoon dat "
           "touw kopen hoor", 372, lang="nl", name="Noor")
group("nl", ONE, g27a, g27b)

# ---------------------------------------------------------------- Catalan
a = "jordi.puigvert@xtec.example"
g28a = add(E, a, "Bon dia,\n\nA la factura de la comanda 42190 hi surt un NIF que no és el meu "
           "(B-6523...). Necessito que la refeu amb les dades correctes per al club.\n\nGràcies,\n"
           "Jordi Puigvert", 360, lang="ca", subject="Factura comanda 42190 amb NIF erroni",
           name="Jordi Puigvert")
g28b = add(E, a, "Bon dia, us torno a escriure perquè encara no tinc la factura corregida. El NIF "
           "continua malament.\nJordi", 440, lang="ca", subject="Re: factura NIF", name="Jordi Puigvert")
group("ca", ONE, g28a, g28b)
o6 = add(E, a, "Hola, a més la bossa de magnesi de la mateixa comanda ha arribat sense el "
         "cordó de tancament. Jordi", 365, lang="ca", subject="Falta una peça", name="Jordi Puigvert")
neg("other-complaint", g28a, o6, "invoice with a wrong tax number, then a missing part on the same order")

g29a = add(E, "marta.ribas.escalada@gmail.example", "Hola,\n\nM'ha arribat la corda de 80 m amb un "
           "tall a la camisa, es veu a simple vista. Comanda 42205. Què he de fer?\n\nMarta", 370,
           lang="ca", subject="Corda amb un tall", name="Marta Ribas")
g29b = add(M, "@martaribas@mastodon.example", "@northpeak@climb.social us vaig enviar un correu fa "
           "dies per la corda tallada i res. Algú em pot dir alguna cosa?", 455, lang="ca",
           name="Marta R.", links=["marta.ribas.escalada@gmail.example"])
group("ca", LINK, g29a, g29b)
S.same_person.append(["email:marta.ribas.escalada@gmail.example", "mastodon:@martaribas@mastodon.example"])

g30a = add(B, "pol-grimpa.bsky.social", "@northpeak.bsky.social la comanda dels peus de gat encara "
           "no ha arribat i ja fa 10 dies. Hi ha algun problema?", 380, lang="ca", name="Pol Ferrer")
g30b = add(E, "polferrer@telefonica.example", "Bones,\n\nEncara espero la comanda 42188 (peus de gat "
           "Vertex). Ja us ho vaig dir per Bluesky. Fa gairebé dues setmanes!\n\nPol Ferrer", 430,
           lang="ca", subject="Comanda 42188 encara no arribada", name="Pol Ferrer")
group("ca", NAME, g30a, g30b)
S.same_person.append(["bluesky:pol-grimpa.bsky.social", "email:polferrer@telefonica.example"])

# ---------------------------------------------------------------- follow-up negatives
a = "hannah.greaves@outlook.example"
f1a = add(E, a, "Hi there, the zip on my Summit chalk bag broke the second time I used it. "
          "Is that covered?\nHannah", 18, lang="en", subject="Broken zip", name="Hannah Greaves")
f1r = reply(E, "Hi Hannah, sorry about that! Could you send us a photo of the zip and your order "
            "number?\nThanks, Northpeak", 23, to=rid(f1a), thread=rid(f1a), lang="en")
f1b = thread_mail(a, "Sure, photo attached. Order was #41866.\nH.", 27, "en", f1a, f1r,
                  "Re: Broken zip", name="Hannah Greaves")
neg("follow-up", f1a, f1b, "sends the photo and order number the shop asked for")

a = "f.oberhuber@t-online.example"
f2a = add(E, a, "Hallo, meine Lieferung ist nicht vollständig, es fehlen die Expressschlingen. "
          "Gruß F. Oberhuber", 95, lang="de", subject="Lieferung unvollständig", name="Franz Oberhuber")
f2r = reply(E, "Hallo Herr Oberhuber, können Sie uns bitte die Bestellnummer nennen?\nNorthpeak",
            99, to=rid(f2a), thread=rid(f2a), lang="de")
f2b = thread_mail(a, "Bestellnummer ist 41998. Danke.", 104, "de", f2a, f2r,
                  "AW: Lieferung unvollständig", name="Franz Oberhuber")
neg("follow-up", f2a, f2b, "gives the order number the shop asked for")

a = "chiara.benedetti@gmail.example"
f3a = add(E, a, "Salve, ho ricevuto le scarpette in verde invece che in blu. Come posso fare il "
          "cambio?\nChiara", 150, lang="it", subject="colore sbagliato", name="Chiara Benedetti")
f3r = reply(E, "Ciao Chiara, ci mandi il numero d'ordine così controlliamo?\nNorthpeak", 156,
            to=rid(f3a), thread=rid(f3a), lang="it")
f3b = thread_mail(a, "Eccolo: n. 42031. Grazie mille!", 158, "it", f3a, f3r,
                  "R: colore sbagliato", name="Chiara Benedetti")
neg("follow-up", f3a, f3b, "gives the order number the shop asked for")

a = "joao.mourao@gmail.example"
f4a = add(E, a, "Olá, devolvi a corda há duas semanas e ainda não recebi o reembolso.\nJoão Mourão",
          245, lang="pt", subject="Reembolso", name="João Mourão")
f4r = reply(E, "Olá João, consegue indicar o número da encomenda ou da devolução?\nNorthpeak", 251,
            to=rid(f4a), thread=rid(f4a), lang="pt")
f4b = thread_mail(a, "Claro, a devolução é a RMA 5590 (encomenda 41940).\nJoão", 262, "pt", f4a, f4r,
                  "RE: Reembolso", name="João Mourão")
neg("follow-up", f4a, f4b, "gives the return and order number the shop asked for")

a = "eva.vandenberg@hotmail.example"
f5a = add(E, a, "Hallo, de gordel die ik kreeg heeft een rafelige beenlus, lijkt beschadigd bij "
          "transport. Bestelling 42133.\nEva", 325, lang="nl", subject="Beschadigde gordel",
          name="Eva van den Berg")
f5r = reply(E, "Hoi Eva, kun je een foto van de beenlus sturen?\nNorthpeak", 330, to=rid(f5a),
            thread=rid(f5a), lang="nl")
f5b = thread_mail(a, "Zie bijlage, 2 foto's. Het is vooral aan de linkerkant.", 333, "nl", f5a, f5r,
                  "Re: Beschadigde gordel", name="Eva van den Berg")
neg("follow-up", f5a, f5b, "sends the photos the shop asked for")

a = "carmen.llorente@correo.example"
f6a = add(E, a, "Hola, me han llegado unos pies de gato que no son los que pedí (pedí los Vertex "
          "Lace y me llegan los Velcro). Pedido 42099.\nCarmen", 205, lang="es",
          subject="Producto equivocado", name="Carmen Llorente")
f6b = add(E, a, "PD: se me olvidó decir que la talla sí es la correcta, 38, solo cambia el modelo.",
          206, lang="es", subject="Re: Producto equivocado", name="Carmen Llorente",
          thread=rid(f6a), in_reply_to=rid(f6a))
neg("follow-up", f6a, f6b, "PS adding a detail to her own mail")

# ---------------------------------------------------------------- other-complaint negatives (standalone)
a = "elodie.marchand@free.example"
o3a = add(E, a, "Bonjour, mes chaussons (cde 41890) ne sont toujours pas arrivés, le suivi est "
          "bloqué depuis lundi.\nÉlodie", 10, lang="fr", subject="Retard livraison", name="Élodie Marchand")
o3b = add(E, a, "Bonjour, bon le colis est enfin arrivé mais ce sont des 39 au lieu de 38. "
          "Je fais comment pour l'échange ?\nÉlodie", 85, lang="fr", subject="Mauvaise pointure",
          name="Élodie Marchand")
neg("other-complaint", o3a, o3b, "late delivery, then wrong size once it arrived")

a = "@matteo_vie@mastodon.example"
o5a = add(M, a, "@northpeak@climb.social reso accettato il 1 ottobre, rimborso non ancora "
          "arrivato. tempistiche?", 140, lang="it", name="Matteo")
o5b = add(M, a, "@northpeak@climb.social e comunque il corriere che mi ha ritirato il reso è "
          "stato maleducatissimo, mi ha urlato contro per il nastro adesivo", 144, lang="it", name="Matteo")
neg("other-complaint", o5a, o5b, "refund not received, then a rude courier at pickup")

# ---------------------------------------------------------------- other-customer negatives
c1a = add(B, "ferngully-climbs.bsky.social", "@northpeak.bsky.social is the site down? getting a "
          "502 on checkout", 64, lang="en", name="Fern")
c1b = add(B, "jakeonjugs.bsky.social", "@northpeak.bsky.social your shop's broken, checkout just "
          "errors out. trying to buy a rope here", 64.5, lang="en", name="Jake")
neg("other-customer", c1a, c1b, "two customers hit the same checkout outage")

c2a = add(E, "anna.wiesner@gmx.example", "Hallo, unsere Bestellung 41975 (zwei Gurte) ist immer "
          "noch nicht da. Grüße Anna Wiesner", 112, lang="de", subject="Bestellung 41975",
          name="Anna Wiesner")
c2b = add(E, "stefan.wiesner@gmx.example", "Servus, ich frag auch mal nach: Bestellung 41975, "
          "meine Frau hat schon geschrieben. Wo bleibt das Paket?\nStefan", 117, lang="de",
          subject="Wo bleibt 41975", name="Stefan Wiesner")
neg("other-customer", c2a, c2b, "a couple sharing one order, each writing from their own address")

c3a = add(M, "@ruben_klimt@mastodon.example", "@northpeak@climb.social kan niet inchecken in de "
          "hal, app zegt 'abonnement ongeldig'", 270, lang="nl", name="Ruben")
c3b = add(M, "@lotte_v@climb.social", "@northpeak@climb.social bij mij ook! 'abonnement ongeldig' "
          "terwijl ik net betaald heb", 271, lang="nl", name="Lotte")
neg("other-customer", c3a, c3b, "two members hit the same membership outage")

c4a = add(E, "marta.soler.v@gmail.example", "Hola, el codi TARDOR20 no em funciona al carret. "
          "Marta", 150, lang="ca", subject="codi descompte", name="Marta Soler")
c4b = add(M, "@msoler@mastodon.example", "@northpeak@climb.social el codi TARDOR20 diu que no és "
          "vàlid, a algú més li passa?", 153, lang="ca", name="Marta Soler")
neg("other-customer", c4a, c4b, "two different people named Marta Soler with the same coupon problem")
S.same_name_different_people.append(["email:marta.soler.v@gmail.example", "mastodon:@msoler@mastodon.example"])

c5a = add(E, "lucas.martin.lyon@gmail.example", "Bonjour, ma commande 42070 n'est pas arrivée, "
          "le suivi indique 'en transit' depuis 5 jours. Lucas (Lyon)", 220, lang="fr",
          subject="commande 42070", name="Lucas Martin")
c5b = add(B, "lucasmartin.bsky.social", "@northpeak.bsky.social ma commande 42115 est en retard, "
          "des nouvelles ? merci", 226, lang="fr", name="Lucas Martin")
neg("other-customer", c5a, c5b, "two different people named Lucas Martin, different late orders")
S.same_name_different_people.append(["email:lucas.martin.lyon@gmail.example", "bluesky:lucasmartin.bsky.social"])

c6a = add(M, "@gui_vertical@mastodon.example", "@northpeak@climb.social cobraram a mensalidade "
          "da academia duas vezes esse mês??", 395, lang="pt", name="Gui")
c6b = add(B, "renata-sobe.bsky.social", "@northpeak.bsky.social aqui também cobrança dupla da "
          "mensalidade, vi agora no app do banco", 398, lang="pt", name="Renata")
neg("other-customer", c6a, c6b, "two members double-charged by the same billing run")

# ---------------------------------------------------------------- window negatives
a = "@pete_offwidth@climb.social"
w1a = add(M, a, "@northpeak@climb.social login's broken again for me, 'session expired' every "
          "time I open the app", 6, lang="en", name="Pete")
w1b = add(M, a, "@northpeak@climb.social the 'session expired' thing is back. can't get into "
          "my account", 250, lang="en", name="Pete")
neg("window", w1a, w1b, "same login complaint again ten days later")

a = "k.hoffmann-rieder@web.example"
w2a = add(E, a, "Hallo, mein Gurt (Bestellung 41850) ist noch nicht angekommen, Sendungsverfolgung "
          "zeigt nichts.\nKlaus", 20, lang="de", subject="Lieferung 41850", name="Klaus Hoffmann-Rieder")
w2b = add(E, a, "Hallo, ich warte immer noch auf meine Bestellung 41850. Das sind jetzt fast drei "
          "Wochen.\nKlaus", 420, lang="de", subject="Immer noch keine Lieferung", name="Klaus Hoffmann-Rieder")
neg("window", w2a, w2b, "same late order again more than two weeks later")

a = "ines-vertical.bsky.social"
w3a = add(B, a, "@northpeak.bsky.social mi pedido lleva 5 días en 'preparando envío', ¿va todo "
          "bien?", 35, lang="es", name="Inés")
w3b = add(B, a, "@northpeak.bsky.social el pedido sigue sin salir del almacén. ¿Me decís algo?",
          265, lang="es", name="Inés")
neg("window", w3a, w3b, "same complaint about an unshipped order nine and a half days later")

a = "@remi_dalle@piaille.example"
w4a = add(M, a, "@northpeak@climb.social le code promo FIDELE ne marche pas chez moi", 48,
          lang="fr", name="Rémi")
w4b = add(M, a, "@northpeak@climb.social encore le code FIDELE qui passe pas, c'est une blague ?",
          300, lang="fr", name="Rémi")
neg("window", w4a, w4b, "same coupon complaint again ten and a half days later")

# ---------------------------------------------------------------- filler: one-off questions
add(E, "ollie.strand@proton.example", "Hi, do you ship to Ireland, and if so roughly how long "
    "does it take?\nCheers, Ollie", 11, lang="en", subject="Shipping to Ireland", name="Ollie Strand")
add(B, "priya-sends.bsky.social", "@northpeak.bsky.social does the Arc Sport harness come in XS? "
    "can only see S on the site", 58, lang="en", name="Priya")
add(M, "@coachmaggie@climb.social", "@northpeak@climb.social do you do group discounts for a "
    "youth club? looking at ~12 harnesses", 160, lang="en", name="Maggie")
add(E, "alvaro.pinedo@correo.example", "Hola, ¿la cuerda Tempo 9.5 viene con tratamiento dry? "
    "Gracias.\nÁlvaro", 90, lang="es", subject="Duda cuerda", name="Álvaro Pinedo")
add(M, "@ainhoa_roca@mastodon.example", "@northpeak@climb.social ¿el bono de 10 entradas caduca? "
    "quiero regalarlo", 340, lang="es", name="Ainhoa")
add(B, "bergziege-lena.bsky.social", "@northpeak.bsky.social gibt's die Vertex Velcro auch in "
    "halben Größen? Danke!", 125, lang="de", name="Lena")
add(E, "r.vogt@mailbox.example", "Guten Tag, kann man bei Ihnen auch per Rechnung bezahlen?\n"
    "MfG R. Vogt", 275, lang="de", subject="Zahlungsarten", name="Ralf Vogt")
add(E, "sophie.gauthier@gmail.example", "Bonjour, est-ce que vous faites la révision des baudriers "
    "ou seulement la vente ?\nSophie", 195, lang="fr", subject="Question", name="Sophie Gauthier")
add(M, "@baptiste_cailloux@piaille.example", "@northpeak@climb.social vous avez un point retrait "
    "sur Grenoble ?", 405, lang="fr", name="Baptiste")
add(B, "lari-sobe.bsky.social", "@northpeak.bsky.social vocês entregam em Portugal ou só Brasil?",
    100, lang="pt", name="Larissa")
add(E, "tiago.pires@sapo.example", "Olá, a mensalidade da academia inclui aluguer de sapatilhas?\n"
    "Obrigado, Tiago", 355, lang="pt", subject="Dúvida mensalidade", name="Tiago Pires")
add(M, "@federica_blocco@mastodon.example", "@northpeak@climb.social che differenza c'è tra la "
    "corda 9.5 e la 9.8 per uno che fa solo falesia?", 170, lang="it", name="Federica")
add(E, "luca.rinaldi@libero.example", "Buonasera, fate buoni regalo per l'abbonamento?\nLuca",
    425, lang="it", subject="buono regalo", name="Luca Rinaldi")
add(B, "daan-klimt.bsky.social", "@northpeak.bsky.social hebben jullie ook magnesium in "
    "blokvorm of alleen los?", 235, lang="nl", name="Daan")
add(M, "@nuria_pallars@mastodon.example", "@northpeak@climb.social feu enviaments a Andorra? "
    "gràcies!", 185, lang="ca", name="Núria")
add(E, "arnau.vila@gmail.example", "Hola, quina diferència hi ha entre el baudrier Arc Trad i "
    "l'Arc Sport? Vull fer vies llargues.\nArnau", 445, lang="ca", subject="Dubte baudrier",
    name="Arnau Vila")

S.write(HERE, "Repeats in other words (dev27): Northpeak Climbing, eight languages; written "
        "without sight of the detector or its lexicon; labels are what a reader of the posts "
        "would say.")
