#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words: the posts customers of
Quillhaven, a small online stationery and fountain-pen shop (pens, inks,
notebooks, desk organisers), send on email, Mastodon and Bluesky over
about three weeks, in eight languages (en, es, de, fr, pt, it, nl, ca).

30 true repeat groups (25 pairs, 5 triples): the same customer raising
the same complaint again within 7 days, in other words; 10 of them across
two channels, the identities known by a profile link (5) or by the same
display name only (5). Labelled negatives: follow-ups in the same thread
(the order number or photo the shop asked for, an added detail), the same
customer with another complaint, other customers with the same complaint
(an outage, a couple sharing one order, two people sharing a display
name), and the same complaint again after more than 7 days. About sixteen
one-off questions from other customers fill in around them.

The set was written without sight of the detector, of its lexicon or of
the other sets; the labels say what a person reading the posts would say
and were never edited to fit the detector.

Writes fixture.jsonl and labels.json next to this script; deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 6, 22, 8, 10, tzinfo=timezone.utc)
S = LabelledSet(BASE, "qh", "hello@quillhaven.example", "@quillhaven@mastodon.example",
                "quillhaven.bsky.social", "Quillhaven")
rid = S.rid


def mail(author, name, subject, text, hours, lang, thread=None, in_reply_to=None, links=None):
    return S.add("email", author, text, hours, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=in_reply_to, links=links)


def masto(author, name, text, hours, lang, links=None, thread=None, in_reply_to=None):
    return S.add("mastodon", author, text, hours, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=in_reply_to)


def bsky(author, name, text, hours, lang, links=None, thread=None, in_reply_to=None):
    return S.add("bluesky", author, text, hours, lang=lang, name=name, links=links,
                 thread=thread, in_reply_to=in_reply_to)


def shop_mail(text, hours, first, lang, to=None):
    return S.reply("email", text, hours, to or rid(first), rid(first), lang)


# ---------------------------------------------------------------- English

# G1: email, triple; late delivery, shop non-committal in between.
a = mail("m.okafor@posteo.example", "Martin Okafor", "Order #58214 - where is it?",
         "Hi there,\n\nI ordered a Lamy Safari (petrol, F nib) and two bottles of Diamine on the 15th, "
         "order #58214. Tracking hasn't moved since it left your warehouse. Could you check?\n\n"
         "Thanks,\nMartin", 2.5, "en")
r = shop_mail("Hi Martin, thanks for getting in touch. We're looking into it with the courier and "
              "will come back to you as soon as we hear something.\n\nWarm regards,\nFen @ Quillhaven",
              7.0, a, "en")
b = mail("m.okafor@posteo.example", "Martin Okafor", "Re: Order #58214 - where is it?",
         "Hi Fen,\n\nIt's now been nearly two weeks and the tracking page still says \"in transit\". "
         "I was planning to give the Safari as a birthday present on Saturday. Any actual news?\n\nMartin",
         49.0, "en", thread=rid(a), in_reply_to=rid(r))
c = mail("m.okafor@posteo.example", "Martin Okafor", "Re: Order #58214 - where is it?",
         "Hello?? Still nothing. Birthday came and went. Either find the parcel or refund me please.\n\nM.",
         122.0, "en", thread=rid(a), in_reply_to=rid(r))
S.group("en", "one identity", a, b, c)
g1a = a
# other-complaint: same customer, same order, invoice wrong.
o = mail("m.okafor@posteo.example", "Martin Okafor", "Invoice for 58214",
         "Hi, separate thing - the invoice you emailed for 58214 has my old address in Leeds on it, "
         "I moved in March and my account has the new one. Could you reissue it? Need it for expenses.\n\nMartin",
         51.5, "en")
S.negative("other-complaint", a, o, "parcel late, then the invoice for the same order shows an old address")

# G2: mastodon, pair; smashed ink bottle.
a = masto("@inkblot_jo@mastodon.example", "Jo 🖋",
          "Well. My @quillhaven@mastodon.example parcel arrived today and the Diamine Oxblood bottle "
          "had smashed in transit. Ink everywhere, including all over the new Rhodia pad. Gutted 😩",
          20.0, "en")
b = masto("@inkblot_jo@mastodon.example", "Jo 🖋",
          "3 days and not a peep from @quillhaven@mastodon.example about the broken oxblood bottle. "
          "my kitchen table is still pink. cool cool cool",
          92.0, "en")
S.group("en", "one identity", a, b)

# G3: bluesky, pair; coupon not applied.
a = bsky("sam-writes.bsky.social", "Sam Ellery",
         "trying to use INKWEEK at quillhaven checkout and it just says \"code not valid\"?? "
         "the banner literally says it runs til sunday @quillhaven.bsky.social",
         30.0, "en")
b = bsky("sam-writes.bsky.social", "Sam Ellery",
         "love when a shop advertises 15% off and then the code doesn't work. tried three browsers. "
         "still full price on the notebooks. sigh",
         55.0, "en")
S.group("en", "one identity", a, b)

# G4: email -> bluesky, profile link; double charge.
a = mail("priya.venkat@fastmail.example", "Priya Venkataraman", "Charged twice for order 58390",
         "Hello,\n\nMy card was charged £46.80 twice on 23 June for order 58390 (Midori notebook + "
         "Pilot Iroshizuku Kon-peki). I only placed one order. Please refund the duplicate.\n\n"
         "Kind regards,\nPriya Venkataraman", 26.0, "en")
b = bsky("priyav.bsky.social", "Priya V",
         "@quillhaven.bsky.social took my money twice for one order and hasn't answered my email from "
         "Tuesday. 47 quid is not nothing. anyone else had this?",
         98.0, "en", links=["priya.venkat@fastmail.example"])
S.group("en", "profile link", a, b)
S.same_person.append(["email:priya.venkat@fastmail.example", "bluesky:priyav.bsky.social"])

# G5: email, pair; password reset mail never arrives.
a = mail("t.brannigan@outlook.example", "Tom Brannigan", "can't log in",
         "Hi, I've forgotten my password and clicked 'reset password' about 5 times now but the email "
         "never comes. Checked spam. Can you help?\nTom", 140.0, "en")
b = mail("t.brannigan@outlook.example", "Tom Brannigan", "password reset STILL not working",
         "Tried again this morning, still no reset link. I just want to see my order history. "
         "Is your mail thing broken?\n\nSent from my iPhone", 189.0, "en")
S.group("en", "one identity", a, b)

# G6: mastodon -> email, same name only; wrong notebook ruling.
a = masto("@hdoyle@sfba.example", "Harriet Doyle",
          "Ordered a Leuchtturm1917 A5 in squared (I need the grid for my bullet journal) and "
          "@quillhaven@mastodon.example sent dotted. Not the end of the world but annoying.",
          160.0, "en")
b = mail("harriet.d@proton.example", "Harriet Doyle", "Wrong Leuchtturm sent",
         "Hello,\n\nI mentioned this on Mastodon a couple of days ago but I'm not sure anyone saw it: "
         "the A5 notebook you sent me is dot grid, I ordered squared. Could you swap it? Order was 58467 "
         "I think.\n\nThank you,\nHarriet", 205.0, "en")
S.group("en", "same name only", a, b)
S.same_person.append(["mastodon:@hdoyle@sfba.example", "email:harriet.d@proton.example"])

# ---------------------------------------------------------------- Spanish

# G7: email, triple; refund not received after return.
a = mail("lucia.ferrandez@gmail.example", "Lucía Ferrández", "Reembolso pedido nº 58302",
         "Hola,\n\nDevolví la pluma Kaweco Sport que venía con el capuchón rayado. Según Correos la "
         "recibisteis el día 16 pero todavía no me ha llegado el reembolso (pedido nº 58302).\n\n"
         "Un saludo,\nLucía", 10.0, "es")
r = shop_mail("Hola Lucía, gracias por escribirnos. Lo estamos revisando con administración y te "
              "decimos algo en cuanto podamos.\n\nUn abrazo,\nel equipo de Quillhaven", 16.0, a, "es")
b = mail("lucia.ferrandez@gmail.example", "Lucía Ferrández", "RE: Reembolso pedido nº 58302",
         "Hola de nuevo,\n\nHan pasado cuatro dias y sigo sin ver el dinero en la cuenta. "
         "¿Me podeis decir al menos cuando se hizo la transferencia?\n\nLucía", 104.0, "es",
         thread=rid(a), in_reply_to=rid(r))
c = mail("lucia.ferrandez@gmail.example", "Lucía Ferrández", "RE: Reembolso pedido nº 58302",
         "En serio, ¿nadie me va a contestar? 28,90€ que me debeis desde hace casi un mes. "
         "Si no lo veo esta semana pongo una reclamación.", 151.0, "es",
         thread=rid(a), in_reply_to=rid(r))
S.group("es", "one identity", a, b, c)

# G8: mastodon, pair; bent nib.
a = masto("@dani_caligrafia@mastodon.example", "Dani R.",
          "Me ha llegado la Pilot Kakuno de @quillhaven@mastodon.example con el plumín doblado, "
          "literalmente no escribe, rasca el papel. Qué pena porque era un regalo 😕",
          34.0, "es")
b = masto("@dani_caligrafia@mastodon.example", "Dani R.",
          "Pues nada, la Kakuno sigue en el cajón con la punta torcida y nadie de la tienda me dice nada. "
          "¿Os la devuelvo o qué hago?",
          80.0, "es")
S.group("es", "one identity", a, b)
# other-complaint: same person, cannot log in.
o = masto("@dani_caligrafia@mastodon.example", "Dani R.",
          "@quillhaven@mastodon.example otra cosa: intento entrar en mi cuenta para ver el pedido y me "
          "dice 'contraseña incorrecta' aunque la acabo de cambiar. ¿Os pasa a alguien más?",
          83.0, "es")
S.negative("other-complaint", b, o, "bent nib, then a login problem from the same person")

# G9: email -> mastodon, profile link; subscription cancelled but billed.
a = mail("jmsolano@yahoo.example", "Jorge M. Solano", "Baja de la suscripción - me habéis vuelto a cobrar",
         "Buenas,\n\nMe di de baja de la caja mensual de tintas el 2 de junio (tengo el email de "
         "confirmación) y hoy me habéis cobrado otra vez 19,50€. Por favor devolvedme el cargo.\n\n"
         "Jorge", 230.0, "es")
b = masto("@jorgesolano@masto.es.example", "Jorge Solano",
          "Aviso a navegantes: me di de baja de la suscripción de @quillhaven@mastodon.example y me siguen "
          "cobrando. Les escribí por correo hace 3 días y ni caso.",
          300.0, "es", links=["jmsolano@yahoo.example"])
S.group("es", "profile link", a, b)
S.same_person.append(["email:jmsolano@yahoo.example", "mastodon:@jorgesolano@masto.es.example"])

# G10: bluesky, pair; return label never arrived.
a = bsky("martaescribe.bsky.social", "Marta",
         "pedí la etiqueta de devolución a @quillhaven.bsky.social el lunes para devolver un cuaderno y "
         "no me ha llegado nada, ni al correo ni a spam",
         270.0, "es")
b = bsky("martaescribe.bsky.social", "Marta",
         "sigo esperando la etiqueta para devolver el cuaderno... se me va a pasar el plazo de 14 dias "
         "y encima será culpa mia",
         330.0, "es")
S.group("es", "one identity", a, b)

# ---------------------------------------------------------------- German

# G11: email, triple; "delivered" but not received.
a = mail("k.hoffmann@web.example", "Katrin Hoffmann", "Bestellung 58277 - angeblich zugestellt",
         "Guten Tag,\n\nlaut DHL wurde meine Bestellung 58277 gestern um 14:12 zugestellt. Bei mir ist "
         "aber nichts angekommen, auch nicht bei den Nachbarn. Können Sie bitte einen Nachforschungsauftrag "
         "stellen?\n\nMit freundlichen Grüßen\nKatrin Hoffmann", 45.0, "de")
r = shop_mail("Hallo Frau Hoffmann,\n\ndanke für Ihre Nachricht. Wir haben das an DHL weitergegeben und "
              "melden uns, sobald wir eine Antwort haben.\n\nViele Grüße\nIhr Quillhaven-Team", 50.0, a, "de")
b = mail("k.hoffmann@web.example", "Katrin Hoffmann", "AW: Bestellung 58277 - angeblich zugestellt",
         "Hallo,\n\ngibt es schon was Neues? Das Paket ist immer noch nicht aufgetaucht und ich hab "
         "inzwischen bei jedem im Haus geklingelt.\n\nGruß\nK. Hoffmann", 118.0, "de",
         thread=rid(a), in_reply_to=rid(r))
c = mail("k.hoffmann@web.example", "Katrin Hoffmann", "AW: Bestellung 58277 - angeblich zugestellt",
         "Ich warte jetzt seit einer Woche. Ich hätte gern entweder Ersatz oder mein Geld zurück. "
         "So langsam ärgert mich das wirklich.", 190.0, "de", thread=rid(a), in_reply_to=rid(r))
S.group("de", "one identity", a, b, c)

# G12: mastodon, pair; app/site crashes at checkout.
a = masto("@stiftnerd@chaos.example", "Lukas",
          "Der Shop von @quillhaven@mastodon.example schmiert bei mir jedes Mal ab, wenn ich im Warenkorb "
          "auf \"Zur Kasse\" tippe. Firefox auf Android. Weißer Bildschirm, dann nix.",
          240.0, "de")
b = masto("@stiftnerd@chaos.example", "Lukas",
          "Immer noch: Warenkorb -> Kasse -> weiße Seite. Würde euch ja gern Geld geben für die TWSBI, "
          "aber so wird das nix @quillhaven@mastodon.example",
          262.0, "de")
S.group("de", "one identity", a, b)

# G13: bluesky -> email, same name only; invoice error (wrong VAT / no company name).
a = bsky("feder-und-tinte.bsky.social", "Anja Wettstein",
         "Liebe @quillhaven.bsky.social, auf meiner Rechnung fehlt der Firmenname und die Summe stimmt "
         "nicht mit dem abgebuchten Betrag überein. So kann ich die nicht einreichen. Bitte korrigieren!",
         290.0, "de")
b = mail("a.wettstein@atelier-wettstein.example", "Anja Wettstein", "Rechnung fehlerhaft",
         "Hallo,\n\nwie schon auf Bluesky geschrieben: Die Rechnung RE-2026-1147 ist falsch, der "
         "Firmenname fehlt und der Gesamtbetrag passt nicht zu dem, was abgebucht wurde. "
         "Ich brauche eine korrigierte Rechnung für die Buchhaltung.\n\nBeste Grüße\nAnja Wettstein\n"
         "Atelier Wettstein – Grafik & Schrift", 335.0, "de")
S.group("de", "same name only", a, b)
S.same_person.append(["bluesky:feder-und-tinte.bsky.social", "email:a.wettstein@atelier-wettstein.example"])

# G14: email, pair; converter missing.
a = mail("ralf.b@t-online.example", "Ralf Böhmer", "Konverter fehlt",
         "Moin,\n\nin meinem Paket (Best. 58519) war der Füller drin, aber der Konverter, den ich extra "
         "mitbestellt hab, fehlt. Auf dem Lieferschein steht er drauf.\n\nRalf", 300.0, "de")
b = mail("ralf.b@t-online.example", "Ralf Böhmer", "nochmal: Konverter",
         "Moin nochmal, hab noch keine Antwort bekommen. Der Konverter fehlt weiterhin, ich kann den "
         "Füller nur mit Patronen nutzen, was ich ja gerade nicht wollte.\nGruß Ralf", 372.0, "de")
S.group("de", "one identity", a, b)

# ---------------------------------------------------------------- French

# G15: email, triple; wrong size notebook.
a = mail("claire.bonnaud@orange.example", "Claire Bonnaud", "Erreur sur ma cde 58441",
         "Bonjour,\n\nJ'avais commandé un carnet Clairefontaine format A5 et j'ai reçu un A6, tout petit. "
         "Ma cde est la 58441. Comment fait-on pour l'échange ?\n\nBien cordialement,\nClaire Bonnaud",
         60.0, "fr")
r = shop_mail("Bonjour Claire,\n\nMerci pour votre message, nous regardons ça et revenons vers vous "
              "rapidement.\n\nBelle journée,\nL'équipe Quillhaven", 66.0, a, "fr")
b = mail("claire.bonnaud@orange.example", "Claire Bonnaud", "RE: Erreur sur ma cde 58441",
         "Bonjour,\n\nje me permets de relancer, je n'ai toujours pas de nouvelles pour l'échange du carnet. "
         "Je dois le renvoyer ou pas ?\n\nClaire", 130.0, "fr", thread=rid(a), in_reply_to=rid(r))
c = mail("claire.bonnaud@orange.example", "Claire Bonnaud", "RE: Erreur sur ma cde 58441",
         "Bon. Toujours rien. Un A6 au lieu d'un A5 ce n'est pourtant pas compliqué à régler...",
         200.0, "fr", thread=rid(a), in_reply_to=rid(r))
S.group("fr", "one identity", a, b, c)

# G16: mastodon -> bluesky, profile link; rude courier.
a = masto("@nico_plume@piaille.example", "Nicolas",
          "Le livreur qui a amené mon colis @quillhaven@mastodon.example l'a balancé par-dessus le portail "
          "en m'insultant parce que j'ai mis 30 secondes à descendre. Super expérience.",
          110.0, "fr")
b = bsky("nicoplume.bsky.social", "Nico",
         "je l'ai déjà dit sur mastodon mais bon : le transporteur de @quillhaven.bsky.social jette les "
         "colis et insulte les gens. vous comptez changer de prestataire ou pas ?",
         150.0, "fr", links=["@nico_plume@piaille.example"])
S.group("fr", "profile link", a, b)
S.same_person.append(["mastodon:@nico_plume@piaille.example", "bluesky:nicoplume.bsky.social"])

# G17: bluesky, pair; refund not received.
a = bsky("elodie-dessine.bsky.social", "Élodie",
         "@quillhaven.bsky.social j'ai renvoyé le stylo plume défectueux il y a 3 semaines, toujours pas "
         "de remboursement. c'est normal ?",
         180.0, "fr")
b = bsky("elodie-dessine.bsky.social", "Élodie",
         "toujours pas un centime de rembourser pour le stylo renvoyé... je commence à perdre patience",
         250.0, "fr")
S.group("fr", "one identity", a, b)
o = bsky("elodie-dessine.bsky.social", "Élodie",
         "et en plus votre site plante quand je veux repasser commande d'encre, page blanche au paiement. "
         "décidément",
         254.0, "fr")
S.negative("other-complaint", b, o, "refund not received, then the site crashing at payment")

# G18: email, pair; cannot log in.
a = mail("p.gautier@free.example", "Pierre Gautier", "Impossible de me connecter",
         "Bonjour, depuis hier impossible de me connecter à mon compte, le site me dit que l'adresse "
         "n'existe pas alors que j'ai déjà commandé 3 fois chez vous. Cordialement, P. Gautier",
         350.0, "fr")
b = mail("p.gautier@free.example", "Pierre Gautier", "compte bloqué ?",
         "Re-bonjour, toujours pas moyen d'acceder a mon compte. Est-ce que vous l'avez supprime ?? "
         "Merci de me répondre", 398.0, "fr")
S.group("fr", "one identity", a, b)

# ---------------------------------------------------------------- Portuguese

# G19: email, pair; late delivery.
a = mail("rui.carvalho@sapo.example", "Rui Carvalho", "Encomenda n.º 58510 atrasada",
         "Boa tarde,\n\nFiz a encomenda n.º 58510 há 12 dias (organizador de secretária em madeira) e "
         "ainda não chegou. O prazo indicado era de 5 a 7 dias úteis para Portugal.\n\nCumprimentos,\nRui Carvalho",
         70.0, "pt")
b = mail("rui.carvalho@sapo.example", "Rui Carvalho", "Ainda sem a encomenda",
         "Boa tarde, volto a escrever porque o organizador continua sem aparecer e ninguém me respondeu. "
         "Já passaram mais de duas semanas.\nRui", 160.0, "pt")
S.group("pt", "one identity", a, b)

# G20: mastodon -> email, same name only; wrong ink colour.
a = masto("@bia_tinteiro@ursal.example", "Beatriz Nogueira",
          "Encomendei a tinta Sailor Yama-dori à @quillhaven@mastodon.example e veio Kon-peki... "
          "são ambas azuis mas não é a mesma coisa, né 🙃",
          210.0, "pt")
b = mail("bia.nogueira@gmail.example", "Beatriz Nogueira", "Tinta errada",
         "Olá, recebi a cor errada na minha encomenda: pedi Yama-dori e enviaram Kon-peki. "
         "Como faço para trocar? Obrigada, Beatriz", 228.0, "pt")
S.group("pt", "same name only", a, b)
S.same_person.append(["mastodon:@bia_tinteiro@ursal.example", "email:bia.nogueira@gmail.example"])

# G21: bluesky, pair; charged twice.
a = bsky("thiagoescreve.bsky.social", "Thiago",
         "@quillhaven.bsky.social vcs cobraram duas vezes no meu cartão a mesma compra, olha o extrato aí. "
         "quero o estorno",
         400.0, "pt")
b = bsky("thiagoescreve.bsky.social", "Thiago",
         "e o estorno da cobrança duplicada?? ja faz 2 dias e nada",
         445.0, "pt")
S.group("pt", "one identity", a, b)

# ---------------------------------------------------------------- Italian

# G22: email, pair; damaged desk organiser.
a = mail("giulia.ferraresi@libero.example", "Giulia Ferraresi", "Ordine 58533 arrivato rotto",
         "Buongiorno,\n\nl'organizer da scrivania in noce dell'ordine 58533 è arrivato con un angolo "
         "spaccato e uno scomparto staccato. La scatola era già ammaccata. Allego foto.\n\n"
         "Cordiali saluti\nGiulia Ferraresi", 85.0, "it")
b = mail("giulia.ferraresi@libero.example", "Giulia Ferraresi", "Organizer rotto - nessuna risposta",
         "Salve, vi avevo scritto lunedì per l'organizer arrivato danneggiato, non ho ricevuto nessuna "
         "risposta. Vorrei sapere se me lo sostituite.\nGrazie", 170.0, "it")
S.group("it", "one identity", a, b)

# G23: email -> bluesky, profile link; discount code not applied.
a = mail("marco.pellegrini@tiscali.example", "Marco Pellegrini", "codice sconto non applicato",
         "Ciao, ho fatto un ordine ieri con il codice BENVENUTO10 ma guardando la ricevuta lo sconto non "
         "c'è, ho pagato prezzo pieno. Potete rimborsarmi la differenza?\nMarco", 320.0, "it")
b = bsky("marcopelle.bsky.social", "Marco P.",
         "ancora aspetto che @quillhaven.bsky.social mi restituisca lo sconto del codice benvenuto che "
         "non è stato applicato. mail mandata, zero risposte",
         380.0, "it", links=["marco.pellegrini@tiscali.example"])
S.group("it", "profile link", a, b)
S.same_person.append(["email:marco.pellegrini@tiscali.example", "bluesky:marcopelle.bsky.social"])

# G24: mastodon, pair; parcel late.
a = masto("@francy_scrive@mastodon.uno.example", "Francesca",
          "Ma quanto ci mette un pacco di @quillhaven@mastodon.example ad arrivare in Italia? "
          "10 giorni e ancora fermo a Milano secondo il tracking",
          420.0, "it")
b = masto("@francy_scrive@mastodon.uno.example", "Francesca",
          "aggiornamento: il pacco è ancora lì fermo a Milano. che bello 🙄",
          470.0, "it")
S.group("it", "one identity", a, b)

# ---------------------------------------------------------------- Dutch

# G25: email, triple; parcel not received, tracking stuck.
a = mail("sanne.devries@ziggo.example", "Sanne de Vries", "Bestelling 58488 niet ontvangen",
         "Hoi,\n\nMijn bestelling 58488 (Rhodia blocs en een Platinum Preppy set) staat al 6 dagen op "
         "'onderweg naar depot'. Is er iets misgegaan?\n\nGroetjes,\nSanne", 95.0, "nl")
r = shop_mail("Hoi Sanne,\n\nBedankt voor je bericht! We zoeken het uit met PostNL en laten het je weten.\n\n"
              "Groet,\nQuillhaven", 101.0, a, "nl")
b = mail("sanne.devries@ziggo.example", "Sanne de Vries", "Re: Bestelling 58488 niet ontvangen",
         "Hoi, nog nieuws? Track & trace staat nog steeds stil.", 150.0, "nl",
         thread=rid(a), in_reply_to=rid(r))
c = mail("sanne.devries@ziggo.example", "Sanne de Vries", "Re: Bestelling 58488 niet ontvangen",
         "Hallo?? Het is nu bijna twee weken. Ik wil graag gewoon mijn pakketje of mijn geld terug.\n\nSanne",
         230.0, "nl", thread=rid(a), in_reply_to=rid(r))
S.group("nl", "one identity", a, b, c)

# G26: bluesky -> mastodon, same name only; leaking pen.
a = bsky("joostschrijft.bsky.social", "Joost Verbeek",
         "Nieuwe vulpen van @quillhaven.bsky.social lekt bij de grip, na een dag heb ik blauwe vingers. "
         "Niet echt wat je verwacht voor 60 euro",
         125.0, "nl")
b = masto("@joostv@mastodon.nl.example", "Joost Verbeek",
          "Die vulpen van @quillhaven@mastodon.example blijft lekken, ook na schoonmaken en opnieuw vullen. "
          "Iemand een idee of ik 'm gewoon terug moet sturen?",
          175.0, "nl")
S.group("nl", "same name only", a, b)
S.same_person.append(["bluesky:joostschrijft.bsky.social", "mastodon:@joostv@mastodon.nl.example"])

# G27: mastodon, pair; subscription cancelled but debited.
a = masto("@lotte_letters@mastodon.nl.example", "Lotte",
          "Heb mijn inktabonnement bij @quillhaven@mastodon.example vorige maand opgezegd en vandaag is er "
          "tóch weer €19,50 afgeschreven. Hmm.",
          260.0, "nl")
b = masto("@lotte_letters@mastodon.nl.example", "Lotte",
          "@quillhaven@mastodon.example nog steeds niks gehoord over die afschrijving terwijl ik opgezegd "
          "had. Moet ik echt een storno doen bij de bank?",
          310.0, "nl")
S.group("nl", "one identity", a, b)
o = masto("@lotte_letters@mastodon.nl.example", "Lotte",
          "Oh en de kortingscode uit jullie nieuwsbrief (ZOMER15) werkt ook niet bij afrekenen. "
          "Wat een week.",
          313.0, "nl")
S.negative("other-complaint", b, o, "subscription still debited, then a newsletter code that fails")

# ---------------------------------------------------------------- Catalan

# G28: email, pair; order not arrived.
a = mail("jordi.puigverd@vilaweb.example", "Jordi Puigverd", "La comanda 58602 no ha arribat",
         "Bon dia,\n\nVaig fer la comanda 58602 fa deu dies i encara no l'he rebut. El seguiment diu "
         "que està a Barcelona des de dimarts.\n\nSalutacions,\nJordi", 270.0, "ca")
b = mail("jordi.puigverd@vilaweb.example", "Jordi Puigverd", "Re: comanda",
         "Bon dia, torno a escriure perquè encara no tinc el paquet ni cap resposta vostra. "
         "Què passa?\nJordi", 352.0, "ca")
S.group("ca", "one identity", a, b)

# G29: mastodon -> bluesky, profile link; invoice with wrong NIF.
a = masto("@mireia_tinta@mastodont.cat.example", "Mireia Soler",
          "@quillhaven@mastodon.example la factura de la meva comanda té el NIF malament (falta una lletra) "
          "i així no me la accepten a la gestoria. Me la podeu refer?",
          330.0, "ca")
b = bsky("mireiasoler.bsky.social", "Mireia",
         "encara espero que @quillhaven.bsky.social em corregeixi la factura amb el NIF equivocat, "
         "la gestoria m'està perseguint",
         395.0, "ca", links=["@mireia_tinta@mastodont.cat.example"])
S.group("ca", "profile link", a, b)
S.same_person.append(["mastodon:@mireia_tinta@mastodont.cat.example", "bluesky:mireiasoler.bsky.social"])

# G30: email -> mastodon, same name only; glass inkwell broken.
a = mail("pau.riera@gmail.example", "Pau Riera", "Tinter trencat",
         "Hola,\n\nEl tinter de vidre que vaig comprar ha arribat trencat a trossos, la caixa no portava "
         "gairebé protecció. Us envio fotos si cal.\n\nGràcies,\nPau", 440.0, "ca")
b = masto("@pauriera@mastodont.cat.example", "Pau Riera",
          "Doncs el tinter de vidre de @quillhaven@mastodon.example va arribar fet miques i fa 3 dies que "
          "espero resposta al correu. Algú sap si solen contestar?",
          505.0, "ca")
S.group("ca", "same name only", a, b)
S.same_person.append(["email:pau.riera@gmail.example", "mastodon:@pauriera@mastodont.cat.example"])

# ---------------------------------------------------------------- Follow-ups (not repeats)

a = mail("e.whitfield@btinternet.example", "Eleanor Whitfield", "Ink sample set incomplete",
         "Hello, my ink sampler arrived with only 8 of the 10 vials, the two greens are missing. "
         "Eleanor", 12.0, "en")
r = shop_mail("Hi Eleanor, sorry about that! Could you send us your order number so we can check "
              "what was packed?\nFen", 15.0, a, "en")
b = mail("e.whitfield@btinternet.example", "Eleanor Whitfield", "Re: Ink sample set incomplete",
         "Of course - it's the 58236 one. Thanks!\nE.", 17.0, "en", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

a = mail("m.krause@gmx.example", "Matthias Krause", "Notizbuch mit Wasserschaden",
         "Hallo, das Notizbuch aus meiner Bestellung 58351 ist gewellt und hat Wasserflecken, als wäre "
         "das Paket im Regen gestanden.\nMatthias Krause", 40.0, "de")
r = shop_mail("Hallo Herr Krause, das tut uns leid. Können Sie uns bitte ein Foto schicken?\n"
              "Viele Grüße, Quillhaven", 44.0, a, "de")
b = mail("m.krause@gmx.example", "Matthias Krause", "AW: Notizbuch mit Wasserschaden",
         "Anbei das Foto, man sieht die Flecken auf dem Schnitt ganz gut.\nMK", 47.0, "de",
         thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "sends the photo the shop asked for")

a = mail("ana.quiroga@hotmail.example", "Ana Quiroga", "Capuchón roto",
         "Hola, la pluma TWSBI Eco me llegó con el capuchón rajado. ¿Me mandáis uno nuevo?\nAna",
         150.0, "es")
b = mail("ana.quiroga@hotmail.example", "Ana Quiroga", "Re: Capuchón roto",
         "PD: os adjunto la foto de la grieta, se ve junto al clip. El pedido es el 58455.",
         151.0, "es", thread=rid(a), in_reply_to=rid(a))
S.negative("follow-up", a, b, "PS with the photo and the order number, minutes later in the same thread")

a = mail("v.lemaire@laposte.example", "Vincent Lemaire", "Colis incomplet",
         "Bonjour, il manque le bloc Rhodia n°16 dans mon colis, le reste est bien là. Merci de me dire "
         "comment on procède. V. Lemaire", 215.0, "fr")
r = shop_mail("Bonjour Vincent, pouvez-vous nous indiquer votre numéro de commande s'il vous plaît ?\n"
              "L'équipe Quillhaven", 219.0, a, "fr")
b = mail("v.lemaire@laposte.example", "Vincent Lemaire", "RE: Colis incomplet",
         "Bonjour, c'est la commande n° 58495. Cordialement", 223.0, "fr", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

a = mail("chiara.benvenuti@alice.example", "Chiara Benvenuti", "Pennino che gratta",
         "Buonasera, la stilografica Pilot Metropolitan che ho ricevuto gratta tantissimo sulla carta, "
         "sembra che il pennino sia disallineato.\nChiara", 280.0, "it")
b = mail("chiara.benvenuti@alice.example", "Chiara Benvenuti", "Re: Pennino che gratta",
         "Dimenticavo: l'ho provata sia con l'inchiostro della cartuccia che con un converter, stesso "
         "problema. Il pennino è un M.\nC.", 282.0, "it", thread=rid(a), in_reply_to=rid(a))
S.negative("follow-up", a, b, "adds a detail (ink tried, nib size) to the first mail")

a = mail("bram.jansen@kpnmail.example", "Bram Jansen", "Verkeerde notitieboek",
         "Hallo, ik heb een Leuchtturm in het groen besteld maar er zat een zwarte in het pakket.\nBram",
         360.0, "nl")
r = shop_mail("Hoi Bram, dat is vervelend! Wat is je bestelnummer? Dan sturen we de juiste op.\nQuillhaven",
              364.0, a, "nl")
b = mail("bram.jansen@kpnmail.example", "Bram Jansen", "Re: Verkeerde notitieboek",
         "Bestelnummer is 58561. Alvast bedankt!", 366.0, "nl", thread=rid(a), in_reply_to=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

# ---------------------------------------------------------------- Other complaint (same customer)

a = mail("ines.matos@sapo.example", "Inês Matos", "Encomenda 58420 ainda não chegou",
         "Olá, a minha encomenda 58420 ainda não chegou, já passou uma semana. Podem verificar?\nInês",
         100.0, "pt")
b = mail("ines.matos@sapo.example", "Inês Matos", "Encomenda 58420 - artigo errado",
         "Olá, a encomenda finalmente chegou hoje, obrigada, mas em vez do caderno pontilhado veio um "
         "caderno pautado. Podem trocar?\nInês", 140.0, "pt")
S.negative("other-complaint", a, b, "late parcel, then the wrong notebook once it came")

a = mail("davide.rinaldi@fastwebnet.example", "Davide Rinaldi", "Spedizione in ritardo",
         "Buongiorno, il mio ordine n. 58478 doveva arrivare venerdì ma il tracking è fermo. Grazie, Davide",
         120.0, "it")
b = mail("davide.rinaldi@fastwebnet.example", "Davide Rinaldi", "Fattura sbagliata ordine 58478",
         "Buongiorno, il pacco è arrivato, grazie. Però nella fattura c'è il codice fiscale di un'altra "
         "persona. Me la potete correggere?\nDavide Rinaldi", 165.0, "it")
S.negative("other-complaint", a, b, "late shipment, then an invoice with someone else's tax code")

# ---------------------------------------------------------------- Other customers, same complaint

a = masto("@penpal_rory@mastodon.example", "Rory",
          "is the @quillhaven@mastodon.example site down for anyone else? getting a 502 at checkout",
          243.0, "en")
b = bsky("wendyink.bsky.social", "Wendy Hargreaves",
         "quillhaven website just errors out when I try to pay. tried twice 😤 @quillhaven.bsky.social",
         243.5, "en")
S.negative("other-customer", a, b, "outage: two different customers cannot pay the same evening")

a = masto("@schreibwaren_fan@troet.example", "Mia K.",
          "Login bei @quillhaven@mastodon.example geht gerade nicht, kommt nur \"Serverfehler\". Geht's nur mir so?",
          244.0, "de")
b = mail("h.zimmermann@posteo.example", "Helga Zimmermann", "Anmeldung funktioniert nicht",
         "Guten Abend,\n\nich kann mich seit einer Stunde nicht anmelden, es kommt immer eine Fehlermeldung. "
         "Bitte um Hilfe.\n\nH. Zimmermann", 245.0, "de")
S.negative("other-customer", a, b, "outage: two different customers cannot log in the same evening")

a = mail("dan.mcalister@gmail.example", "Dan McAlister", "order 58622 not here",
         "Hi, we ordered a Pelikan M200 as an anniversary present (order 58622) and it hasn't turned up. "
         "Can you look into it?\nDan", 380.0, "en")
b = mail("fiona.mcalister@icloud.example", "Fiona McAlister", "Missing parcel",
         "Hello, my husband already emailed about this I think, but our order 58622 still hasn't arrived "
         "and tracking hasn't updated since Monday. Thanks, Fiona", 392.0, "en")
S.negative("other-customer", a, b, "a couple sharing one order, each asking about it")

a = masto("@camille_m@piaille.example", "Camille Martin",
          "Mon colis @quillhaven@mastodon.example est en retard, annoncé pour mardi et toujours rien à Lyon.",
          185.0, "fr")
b = bsky("camillemartin-bzh.bsky.social", "Camille Martin",
         "@quillhaven.bsky.social toujours pas reçu ma commande à Brest, le suivi ne bouge plus depuis 4 jours",
         205.0, "fr")
S.negative("other-customer", a, b, "two different people named Camille Martin, each with a late parcel")
S.same_name_different_people.append(["mastodon:@camille_m@piaille.example",
                                     "bluesky:camillemartin-bzh.bsky.social"])

a = mail("alex.chen@uni.example", "Alex Chen", "Broken ink bottle",
         "Hi, the Noodler's bottle in my order arrived cracked and leaked into the box. Order 58590. Alex",
         345.0, "en")
b = bsky("alexchen-draws.bsky.social", "Alex Chen",
         "got my quillhaven order and the ink bottle is cracked, brown ink all through the packing paper lol. "
         "at least the sketchbook survived",
         360.0, "en")
S.negative("other-customer", a, b, "two different people named Alex Chen, each with a cracked ink bottle")
S.same_name_different_people.append(["email:alex.chen@uni.example", "bluesky:alexchen-draws.bsky.social"])

a = masto("@raquel_lettering@mastodon.example", "Raquel",
          "¿A alguien más le falla la web de @quillhaven@mastodon.example? No carga el carrito",
          243.2, "es")
b = bsky("pablocuadernos.bsky.social", "Pablo G.",
         "la web de quillhaven caida, justo cuando iba a comprar las tintas de verano",
         244.3, "es")
S.negative("other-customer", a, b, "outage: two different customers, the cart does not load")

# ---------------------------------------------------------------- Same complaint, outside the window

a = bsky("oliverpens.bsky.social", "Oliver Stroud",
         "@quillhaven.bsky.social my order from last week still says 'processing', hasn't even shipped",
         5.0, "en")
b = bsky("oliverpens.bsky.social", "Oliver Stroud",
         "so my quillhaven order STILL hasn't shipped. this is getting silly",
         5.0 + 24 * 9, "en")
S.negative("window", a, b, "same unshipped order again nine days later")

a = mail("s.lehmann@freenet.example", "Sabine Lehmann", "Lieferung fehlt",
         "Hallo, meine Bestellung 58245 ist noch nicht da. Wann kommt sie denn?\nS. Lehmann", 25.0, "de")
b = mail("s.lehmann@freenet.example", "Sabine Lehmann", "Bestellung 58245 immer noch nicht da",
         "Hallo, ich hatte vor über einer Woche geschrieben. Die Bestellung ist weiterhin nicht angekommen.\n"
         "Sabine Lehmann", 25.0 + 24 * 11, "de")
S.negative("window", a, b, "same missing order again eleven days later")

a = masto("@giorgio_inchiostri@mastodon.uno.example", "Giorgio",
          "Il codice sconto di @quillhaven@mastodon.example non funziona, dice scaduto ma è valido fino a fine mese",
          60.0, "it")
b = masto("@giorgio_inchiostri@mastodon.uno.example", "Giorgio",
          "di nuovo il codice sconto di quillhaven che non va. ormai è un classico",
          60.0 + 24 * 10, "it")
S.negative("window", a, b, "coupon failing again ten days later")

a = mail("femke.bakker@hetnet.example", "Femke Bakker", "Wachtwoord resetten lukt niet",
         "Hallo, ik krijg geen mail om mijn wachtwoord te resetten. Kunnen jullie helpen?\nFemke", 90.0, "nl")
b = mail("femke.bakker@hetnet.example", "Femke Bakker", "Weer problemen met inloggen",
         "Hoi, ik kan weer niet inloggen, de resetmail komt niet aan. Zelfde als vorige keer.\nFemke",
         90.0 + 24 * 12, "nl")
S.negative("window", a, b, "password reset mail missing again twelve days later")

# ---------------------------------------------------------------- One-off questions (filler)

mail("g.whitcombe@gmail.example", "George Whitcombe", "Shipping to Norway?",
     "Hi, do you ship to Norway and roughly how much would it be for a couple of ink bottles? Cheers, George",
     8.0, "en")
masto("@fountainpenfriday@mastodon.example", "FPF",
      "@quillhaven@mastodon.example any chance the TWSBI Eco in clear is coming back in stock soon?", 35.0, "en")
bsky("lettersfromlena.bsky.social", "Lena",
     "@quillhaven.bsky.social which of your inks are safe for a vintage Parker 51? don't want to gunk it up",
     72.0, "en")
mail("info@kantoor-hendriks.example", "Kantoorboekhandel Hendriks", "Groothandel",
     "Goedemiddag, leveren jullie ook aan winkels? Wij zijn geïnteresseerd in de notitieboeken.\n"
     "Met vriendelijke groet,\nKarin Hendriks", 115.0, "nl")
masto("@tinta_y_papel@mastodon.example", "Tinta y Papel",
      "@quillhaven@mastodon.example ¿hacéis envíos a Canarias? ¿y con qué aduanas?", 132.0, "es")
mail("jens.vogt@mailbox.example", "Jens Vogt", "Frage zur Federbreite",
     "Hallo, ist die Lamy-Feder in EF bei euch eher fein oder eher wie eine japanische F? Danke, Jens",
     148.0, "de")
bsky("bulletjournal-ines.bsky.social", "Inés",
     "@quillhaven.bsky.social el papel del cuaderno Tomoe River aguanta bien las tintas con brillo? gracias!",
     176.0, "es")
mail("a.perrin@wanadoo.example", "Anne Perrin", "Emballage cadeau",
     "Bonjour, est-il possible d'avoir un emballage cadeau avec un petit mot ? C'est pour l'anniversaire "
     "de mon père. Merci !", 196.0, "fr")
masto("@caneta_e_papel@ursal.example", "Caneta & Papel",
      "@quillhaven@mastodon.example vocês têm a Platinum Preppy em rosa? não encontro no site", 222.0, "pt")
mail("lorenzo.galli@gmail.example", "Lorenzo Galli", "Incisione",
     "Salve, fate incisioni del nome sulle penne? Vorrei regalarne una per una laurea.\nLorenzo",
     275.0, "it")
bsky("martina-ferrer.bsky.social", "Martina Ferrer",
     "@quillhaven.bsky.social teniu llibretes amb paper de 100 g? busco una per aquarel·la lleugera",
     305.0, "ca")
mail("aoife.byrne@eircom.example", "Aoife Byrne", "Gift card",
     "Hi, do gift cards expire? My sister got me one for Christmas and I only remembered it now. Aoife",
     340.0, "en")
masto("@ruben_pens@mastodon.nl.example", "Ruben",
      "@quillhaven@mastodon.example komt de Sailor Manyo-serie nog terug? Vooral Yomogi", 368.0, "nl")
bsky("hamburg-handlettering.bsky.social", "Jana",
     "@quillhaven.bsky.social gibts die Brause-Federn auch einzeln oder nur im Set?", 410.0, "de")
mail("o.vidal@xtec.example", "Oriol Vidal", "Comanda per a una escola",
     "Bon dia, som una escola de Girona i voldríem comprar 30 plomes per a l'alumnat. Feu descompte per "
     "volum?\nGràcies,\nOriol Vidal", 430.0, "ca")
bsky("sofia.penas.bsky.social", "Sofia",
     "@quillhaven.bsky.social os cadernos A5 têm folhas destacáveis? obrigada!", 460.0, "pt")

S.write(HERE, "Quillhaven (stationery and fountain pens): repeats in other words in eight languages, "
        "written without sight of the detector; labels say what a reader of the posts would say.")
