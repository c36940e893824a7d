#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Labelled set of repeats in other words for Wickerfold, a small shop for
strollers, baby carriers and nursery textiles that hears from its customers
by mail, on Mastodon and on Bluesky.

30 true repeat groups (25 pairs, 5 triples) in eight languages (en, es, de,
fr, pt, it, nl, ca); 10 of them span two channels, where the identities are
known by a profile link (5) or only by the same display name (5). Labelled
negatives: follow-ups that add what the shop asked for, the same customer
with another complaint, other customers with the same complaint (an outage,
a couple sharing one order, two people sharing a display name), and the same
complaint again after more than 7 days. Around them, one-off questions.

The posts were written as customers of a small shop write, without sight of
the detector, its lexicon or the other labelled sets. The labels say what a
person reading the posts would say; they were never edited to fit the
detector.

Run: python3 gen-fixture.py  (writes fixture.jsonl and labels.json here)
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 12, 14, 9, 15, tzinfo=timezone.utc)
S = LabelledSet(BASE, "wf", "hello@wickerfold.example", "@wickerfold@parents.social",
                "wickerfold.bsky.social", "Wickerfold")
E, M, B = "email", "mastodon", "bluesky"
rid = S.rid


def thread_mail(author, text, hours, lang, subject, first, answer, name=None):
    """A customer's mail in the thread of @first, answering the shop's @answer."""
    return S.add(E, author, text, hours, lang=lang, subject=subject, name=name,
                 thread=rid(first), in_reply_to=rid(answer))


# ---------------------------------------------------------------- English

# G1: late pram, non-committal answer, then a second mail in the thread.
harriet = "harriet.okafor@mailbox.example"
g1a = S.add(E, harriet, """Hi there,

I ordered the Pebble Lite (sage) on the 5th, order #60412, and the tracking hasn't moved since it left your warehouse on Wednesday. It just says "parcel received by carrier". Baby is due on the 28th so I'm getting a bit twitchy about it. Can you find out what's going on?

Thanks,
Harriet""", 2.3, lang="en", subject="Order #60412 - where is it?", name="Harriet Okafor")
g1r = S.reply(E, """Hi Harriet,

Thanks for getting in touch. We're looking into this with the courier and will come back to you as soon as we hear anything.

Kind regards,
Maddie @ Wickerfold""", 5.1, to=rid(g1a), thread=rid(g1a), lang="en")
g1b = thread_mail(harriet, """Hi Maddie,

It's been two days since you said you were looking into it and the tracking still says exactly the same thing. Has anyone actually spoken to the courier?? I really need the pram before the baby comes, I don't have a plan B.

Harriet""", 54.8, "en", "Re: Order #60412 - where is it?", g1a, g1r, name="Harriet Okafor")
S.group("en", "one identity", g1a, g1b)
o1 = S.add(E, harriet, """Hello again,

The pram finally turned up on Saturday, thank you. One more thing though: the invoice in the box still has my old address in Leeds on it. I need a correct one for the childcare voucher scheme at work, could you send a new PDF?

Harriet Okafor""", 150.2, lang="en", subject="Invoice for 60412 has wrong address", name="Harriet Okafor")
S.negative("other-complaint", g1a, o1, "same order, first late delivery, then a wrong address on the invoice")

# G2: cracked buckle, three posts on Mastodon.
dean = "@deanmcl@mastodon.ie"
g2a = S.add(M, dean, "@wickerfold@parents.social hiya, our Cloudnest carrier came today and the waist buckle is cracked straight across, one side won't click in at all. Bought it for the trip home for christmas \U0001F62C what do I do?",
            20.4, lang="en", name="Dean McLoughlin")
g2b = S.add(M, dean, "@wickerfold@parents.social any word on the cracked buckle? still can't use the carrier",
            47.0, lang="en", name="Dean McLoughlin")
g2c = S.add(M, dean, "third time asking @wickerfold@parents.social. brand new Cloudnest, buckle snapped, zero reply. not a great look for a company selling baby gear tbh",
            96.5, lang="en", name="Dean McLoughlin")
S.group("en", "one identity", g2a, g2b, g2c)

# G3: refund by mail, then on Bluesky with a profile link to the mail address.
priya_mail, priya_bsky = "priya.nair@proton.example", "priyanair.bsky.social"
g3a = S.add(E, priya_mail, """Hello,

I sent back the Moss muslin 3-pack (order WF-59877) on 1 Dec with the prepaid label and Royal Mail shows it was delivered to you on the 4th. I still haven't had the refund (£24). Could you check please?

Best wishes,
Priya Nair""", 30.0, lang="en", subject="Refund for returned muslins", name="Priya Nair")
g3b = S.add(B, priya_bsky, "emailed @wickerfold.bsky.social on tuesday about a refund for some muslins I sent back at the start of the month. their own warehouse signed for them. no money, no reply. £24 isn't much but it's the principle",
            131.3, lang="en", name="Priya", links=[priya_mail])
S.group("en", "profile link", g3a, g3b)
S.same_person.append(["email:" + priya_mail, "bluesky:" + priya_bsky])

# G4: double charge on Mastodon, then by mail, same display name only.
tom_masto, tom_mail = "@tomeck@mstdn.social", "tom.eckersley@btinternet.example"
g4a = S.add(M, tom_masto, "@wickerfold@parents.social just checked my banking app and you've taken £89 twice for one footmuff. Can someone sort that out please",
            70.2, lang="en", name="Tom Eckersley")
g4b = S.add(E, tom_mail, """Hi,

Posted this on Mastodon earlier but not sure anyone reads that. My card has been debited £89.00 twice on 16/12 for a single order (Harbour footmuff, order number 60577). Please refund the duplicate payment.

Tom Eckersley""", 76.0, lang="en", subject="Charged twice", name="Tom Eckersley")
S.group("en", "same name only", g4a, g4b)
S.same_person.append(["mastodon:" + tom_masto, "email:" + tom_mail])

# G5: newsletter code refused, Bluesky.
gemma = "gemmawrites.bsky.social"
g5a = S.add(B, gemma, "trying to order the star print cot sheets with the SNUGGLE15 code from your newsletter and it just says \"code not valid\" @wickerfold.bsky.social ?? the newsletter only came this morning",
            100.1, lang="en", name="Gemma \u2728")
g5b = S.add(B, gemma, "so the discount code just... doesnt work? tried 4 times, 2 browsers. basket's been sitting there since yesterday. do you want my money or not lol",
            124.6, lang="en", name="Gemma \u2728")
S.group("en", "one identity", g5a, g5b)

# G6: subscription cancelled but billed, two separate mails.
owen = "owen.pritchard@outlook.example"
g6a = S.add(E, owen, """Hello,

I cancelled my Muslin Club subscription on 28 November (I have the confirmation email) but £14.50 went out again yesterday. Please refund it and make sure it's actually cancelled this time.

Owen""", 180.0, lang="en", subject="Muslin Club subscription", name="Owen Pritchard")
g6b = S.add(E, owen, """This is the second time I'm writing about this. I cancelled. I have your email saying it's cancelled. So why did you take the money again?

I'd like the £14.50 back please, otherwise I'm going to my bank.

O. Pritchard""", 259.5, lang="en", subject="STILL being charged - Muslin Club", name="Owen Pritchard")
S.group("en", "one identity", g6a, g6b)

# ---------------------------------------------------------------- Spanish

# G7: "delivered" but not received, three mails (two in the thread).
marta = "martagilserrano@hotmail.example"
g7a = S.add(E, marta, """Hola buenos dias,

En el seguimiento de mi pedido nº 60233 pone que se entregó ayer a las 13:40 pero yo estuve en casa toda la mañana y no ha llegado nada. Ni aviso ni nota en el buzón. Son el saco de dormir de invierno y el cambiador de viaje. Me podéis decir qué pasa?

Un saludo
Marta""", 8.0, lang="es", subject="Pedido nº 60233 marcado como entregado", name="Marta Gil Serrano")
g7r = S.reply(E, """Hola Marta,

Gracias por avisarnos. Lo estamos revisando con la agencia de transporte y te diremos algo en cuanto sepamos más.

Un saludo,
Equipo Wickerfold""", 11.2, to=rid(g7a), thread=rid(g7a), lang="es")
g7b = thread_mail(marta, """Hola otra vez. Han pasado dos dias y sigo igual, sin paquete y sin noticias. He preguntado a los vecinos y nadie lo tiene. Alguien ha hablado con el transportista o no?

Marta""", 60.3, "es", "Re: Pedido nº 60233 marcado como entregado", g7a, g7r, name="Marta Gil Serrano")
g7c = S.add(E, marta, """Buenas. Ya no se como decirlo. El paquete pone ENTREGADO y aqui no ha llegado NADA. O me lo volveis a mandar o me devolveis el dinero, pero algo.

Marta Gil""", 118.4, lang="es", subject="SIGO SIN MI PEDIDO", name="Marta Gil Serrano")
S.group("es", "one identity", g7a, g7b, g7c)

# G8: wrong size sleeping bag on Mastodon.
pablo = "@pablo_rdz@mastodon.social"
g8a = S.add(M, pablo, "@wickerfold@parents.social hola! pedí el saco de dormir de invierno talla 6-18 meses y me ha llegado el de 0-6. La etiqueta de la caja pone bien la talla pero dentro viene el pequeño. Cómo lo cambio?",
            40.0, lang="es", name="Pablo Rodríguez")
g8b = S.add(M, pablo, "@wickerfold@parents.social sigo esperando respuesta con lo del saco, me mandasteis la talla que no era y el peque ya no cabe en el que tenemos \U0001F615",
            88.7, lang="es", name="Pablo Rodríguez")
S.group("es", "one identity", g8a, g8b)
o2 = S.add(M, pablo, "@wickerfold@parents.social vale, ya tengo el saco bueno, gracias. Pero me habéis cobrado el envío del cambio dos veces? Veo dos cargos de 4,95 € en la tarjeta",
           200.2, lang="es", name="Pablo Rodríguez")
S.negative("other-complaint", g8a, o2, "wrong size first, later a double charge for the exchange shipping")

# G9: password reset mail never arrives; Bluesky, then mail with a profile link.
lucia_bsky, lucia_mail = "luciafdez.bsky.social", "lucia.fernandez.m@gmail.example"
g9a = S.add(B, lucia_bsky, "alguien más tiene problemas para entrar en la web de @wickerfold.bsky.social? le doy a 'olvidé mi contraseña' y el correo no llega nunca, ni en spam \U0001F644",
            150.5, lang="es", name="Lucía F.")
g9b = S.add(E, lucia_mail, """Hola,

Os escribí ayer por Bluesky pero no he visto respuesta. No puedo entrar en mi cuenta: pido restablecer la contraseña y nunca me llega el email (he mirado en spam y en promociones). Mi usuario es este mismo correo. Tengo la cesta guardada con cosas para la canastilla y no quiero perderla.

Gracias,
Lucía Fernández""", 171.0, lang="es", subject="No puedo acceder a mi cuenta", name="Lucía Fernández",
            links=[lucia_bsky])
S.group("es", "profile link", g9a, g9b)
S.same_person.append(["bluesky:" + lucia_bsky, "email:" + lucia_mail])

# G10: torn carrycot, Bluesky, then a bare nudge.
javi = "javi-moreno.bsky.social"
g10a = S.add(B, javi, "pues nada, el capazo del cochecito Brisa ha llegado con la tela rajada por un lado y la caja aplastada. @wickerfold.bsky.social qué hago, lo devuelvo entero?",
             210.0, lang="es", name="Javi Moreno")
g10b = S.add(B, javi, "@wickerfold.bsky.social hola?? capazo roto, nadie contesta",
             236.2, lang="es", name="Javi Moreno")
S.group("es", "one identity", g10a, g10b)

# ---------------------------------------------------------------- German

# G11: wrong invoice, non-committal answer, second mail in the thread.
katharina = "k.woellner@web.example"
g11a = S.add(E, katharina, """Guten Tag,

auf der Rechnung zu meiner Bestellung 60188 ist keine MwSt. ausgewiesen, außerdem steht da noch mein Mädchenname. Ich brauche eine korrekte Rechnung auf Katharina Wöllner für die Steuererklärung. Können Sie die bitte neu ausstellen?

Mit freundlichen Grüßen
Katharina Wöllner""", 26.0, lang="de", subject="Rechnung zu Bestellung 60188 fehlerhaft", name="Katharina Wöllner")
g11r = S.reply(E, """Hallo Frau Wöllner,

vielen Dank für Ihre Nachricht. Wir schauen uns das an und melden uns bei Ihnen.

Viele Grüße
Ihr Wickerfold-Team""", 30.5, to=rid(g11a), thread=rid(g11a), lang="de")
g11b = thread_mail(katharina, """Hallo,

leider habe ich bisher nichts bekommen. Die Rechnung stimmt nach wie vor nicht (falscher Name, keine MwSt). Wäre nett, wenn sich das jemand bis Anfang nächster Woche ansehen könnte.

Gruß
K. Wöllner""", 98.2, "de", "AW: Rechnung zu Bestellung 60188 fehlerhaft", g11a, g11r, name="Katharina Wöllner")
S.group("de", "one identity", g11a, g11b)

# G12: late pram, Mastodon then Bluesky, same display name only.
jonas_masto, jonas_bsky = "@jonas_b@chaos.social", "jbrandstaetter.bsky.social"
g12a = S.add(M, jonas_masto, "@wickerfold@parents.social Bestellung 59011 (Kinderwagen Fjord) sollte laut Bestätigung letzten Donnerstag kommen. DHL sagt seit 9 Tagen \"Sendungsdaten übermittelt\". Ist das Ding überhaupt verschickt?",
              44.3, lang="de", name="Jonas Brandstätter")
g12b = S.add(B, jonas_bsky, "Versuch's mal hier, auf Mastodon kam nix: wo bleibt mein Kinderwagen, @wickerfold.bsky.social? Seit fast 2 Wochen bezahlt, Tracking bewegt sich nicht. Kind kommt in drei Wochen.",
              140.0, lang="de", name="Jonas Brandstätter")
S.group("de", "same name only", g12a, g12b)
S.same_person.append(["mastodon:" + jonas_masto, "bluesky:" + jonas_bsky])

# G13: app crashes at checkout, three Bluesky posts.
mia = "mia-sternberg.bsky.social"
g13a = S.add(B, mia, "die @wickerfold.bsky.social App stürzt jedes mal ab wenn ich auf \"Zur Kasse\" tippe. iPhone 13, neueste Version. Wollte doch nur Spucktücher bestellen \U0001F643",
             160.1, lang="de", name="Mia")
g13b = S.add(B, mia, "App crasht immer noch beim bezahlen. neu installiert, hilft nix.",
             185.4, lang="de", name="Mia")
g13c = S.add(B, mia, "ok dritter Anlauf: ist euch bewusst, dass man in eurer App nicht bezahlen kann?? @wickerfold.bsky.social",
             230.0, lang="de", name="Mia")
S.group("de", "one identity", g13a, g13b, g13c)

# G14: return label never came, two mails.
stefan = "s.doerfler@gmx.example"
g14a = S.add(E, stefan, """Hallo Wickerfold-Team,

ich habe am Montag über das Formular eine Retoure angemeldet (Wickeltasche Elba, passt farblich doch nicht) und es hieß, das Rücksendeetikett kommt per Mail. Ist aber nix gekommen, auch nicht im Spam. Können Sie es mir bitte schicken?

Danke und Gruß
Stefan Dörfler""", 215.0, lang="de", subject="Retoure Etikett", name="Stefan Dörfler")
g14b = S.add(E, stefan, """Hallo,

ich warte immer noch auf das Etikett für meine Retoure. Die 14 Tage laufen bald ab und ich möchte nicht, dass das dann an mir hängen bleibt.

Gruß S. Dörfler""", 280.3, lang="de", subject="Nochmal: Rücksendeetikett fehlt", name="Stefan Dörfler")
S.group("de", "one identity", g14a, g14b)

# ---------------------------------------------------------------- French

# G15: refund not received, non-committal answer, second mail in the thread.
camille = "camille.besnard@orange.example"
g15a = S.add(E, camille, """Bonjour,

J'ai renvoyé la gigoteuse (cde 58640) il y a trois semaines, le colis vous a bien été remis d'après Colissimo, mais je n'ai toujours pas reçu le remboursement de 42,90 €. Pouvez-vous vérifier svp ?

Cordialement,
Camille Besnard""", 50.0, lang="fr", subject="Remboursement cde 58640", name="Camille Besnard")
g15r = S.reply(E, """Bonjour Camille,

Merci pour votre message, nous regardons cela avec notre service comptable et revenons vers vous rapidement.

Belle journée,
L'équipe Wickerfold""", 53.4, to=rid(g15a), thread=rid(g15a), lang="fr")
g15b = thread_mail(camille, """Bonjour,

« Rapidement »... ça fait 3 jours. Toujours rien sur mon compte. J'aimerais juste savoir quand je serai remboursée.

C. Besnard""", 122.1, "fr", "RE: Remboursement cde 58640", g15a, g15r, name="Camille Besnard")
S.group("fr", "one identity", g15a, g15b)

# G16: rain cover missing, Mastodon.
ludo = "@ludo_p@piaille.fr"
g16a = S.add(M, ludo, "@wickerfold@parents.social bonjour, poussette Brise reçue hier mais pas d'habillage pluie dans le carton alors que c'est marqué « inclus » sur la fiche produit. Vous pouvez me l'envoyer ?",
             66.0, lang="fr", name="Ludovic P.")
g16b = S.add(M, ludo, "@wickerfold@parents.social toujours pas de nouvelles pour la protection pluie qui manquait... avec le temps qu'il fait à Brest c'est pas vraiment un luxe \U0001F327\uFE0F",
             114.6, lang="fr", name="Ludovic P.")
S.group("fr", "one identity", g16a, g16b)

# G17: "delivered" but not there; Mastodon, then mail with a profile link.
as_masto, as_mail = "@anne.sophie@mamot.fr", "as.marechal@free.example"
g17a = S.add(M, as_masto, "Colis @wickerfold@parents.social « livré » selon Chronopost ce midi. Sauf que non. Rien devant la porte, rien chez la gardienne, rien au point relais. Super.",
             250.0, lang="fr", name="Anne-So")
g17b = S.add(E, as_mail, """Bonjour,

Je vous ai signalé le problème hier sur Mastodon. Ma commande n° 60790 (parure de lit bébé + veilleuse lapin) est indiquée livrée par Chronopost le 24/12 à 12h07 mais je ne l'ai jamais reçue. Personne n'a sonné, pas d'avis de passage.

Merci de faire le nécessaire (renvoi ou remboursement).

Anne-Sophie Maréchal""", 268.2, lang="fr", subject="Colis indiqué livré mais jamais reçu", name="Anne-Sophie Maréchal",
              links=[as_masto])
S.group("fr", "profile link", g17a, g17b)
S.same_person.append(["mastodon:" + as_masto, "email:" + as_mail])

# G18: charged twice, Bluesky.
nico = "nico-gauthier.bsky.social"
g18a = S.add(B, nico, "@wickerfold.bsky.social vous m'avez prélevé 2 fois 129€ pour le porte-bébé Cloudnest (une seule commande hein). Merci de rembourser le doublon.",
             300.0, lang="fr", name="Nicolas Gauthier")
g18b = S.add(B, nico, "Bon. Toujours 258€ débités pour UN porte-bébé. Quelqu'un chez Wickerfold lit Bluesky ?",
             345.2, lang="fr", name="Nicolas Gauthier")
S.group("fr", "one identity", g18a, g18b)
o4 = S.add(B, nico, "Et tant qu'on y est @wickerfold.bsky.social : le porte-bébé est arrivé sans le coussin réducteur nouveau-né qui est censé être fourni avec.",
           369.5, lang="fr", name="Nicolas Gauthier")
S.negative("other-complaint", g18a, o4, "double charge first, then a missing newborn insert")

# ---------------------------------------------------------------- Portuguese

# G19: wrong colour blanket, two mails (Brazilian Portuguese).
juliana = "ju.albuquerque@uol.example"
g19a = S.add(E, juliana, """Oi, tudo bem?

Comprei a manta de tricô na cor verde sálvia (pedido 60095) e chegou rosa. Era presente pro chá de bebê da minha cunhada, que é sábado. Vocês conseguem trocar a tempo?

Obrigada,
Juliana""", 14.0, lang="pt", subject="Cor errada no pedido 60095", name="Juliana Albuquerque")
g19b = S.add(E, juliana, """Oi de novo, ninguém me respondeu ainda sobre a manta que veio na cor errada. O chá é depois de amanhã!! Se não der pra trocar pelo menos me avisem.

Ju""", 62.5, lang="pt", subject="manta cor errada - urgente", name="Juliana Albuquerque")
S.group("pt", "one identity", g19a, g19b)

# G20: late order, Bluesky then Mastodon, same display name only (European Portuguese).
marina_bsky, marina_masto = "marinaquaresma.bsky.social", "@mquaresma@masto.pt"
g20a = S.add(B, marina_bsky, "Encomenda feita na @wickerfold.bsky.social há 12 dias, prazo de entrega 3-5 dias úteis. Continua \"em preparação\". Alguém sabe se eles estão com problemas?",
             34.0, lang="pt", name="Marina Quaresma")
g20b = S.add(M, marina_masto, "@wickerfold@parents.social já tentei no Bluesky: a minha encomenda 59960 (alcofa + lençóis) continua parada em \"em preparação\" há quase duas semanas. Podem dizer-me alguma coisa?",
             82.1, lang="pt", name="Marina Quaresma")
S.group("pt", "same name only", g20a, g20b)
S.same_person.append(["bluesky:" + marina_bsky, "mastodon:" + marina_masto])

# G21: cannot log in, three Mastodon posts (Brazilian Portuguese).
rafa = "@rafa_tavares@bolha.us"
g21a = S.add(M, rafa, "@wickerfold@parents.social não consigo entrar na minha conta no site, dá \"e-mail ou senha incorretos\" mas a senha tá certa, ja redefini duas vezes",
             110.0, lang="pt", name="Rafael Tavares")
g21b = S.add(M, rafa, "@wickerfold@parents.social e aí, alguma novidade? continuo sem conseguir logar",
             134.4, lang="pt", name="Rafael Tavares")
g21c = S.add(M, rafa, "@wickerfold@parents.social gente, 3 dias sem acesso à conta. só queria ver o status do meu pedido \U0001F629",
             190.0, lang="pt", name="Rafael Tavares")
S.group("pt", "one identity", g21a, g21b, g21c)

# ---------------------------------------------------------------- Italian

# G22: broken wheel, non-committal answer, second mail in the thread.
giulia = "giulia.ferrante@libero.example"
g22a = S.add(E, giulia, """Buongiorno,

ho ricevuto oggi il passeggino Pebble Lite (ordine 60451) ma una delle ruote anteriori è rotta, il perno è piegato e il passeggino non sta dritto. Anche la scatola era tutta ammaccata. Come procediamo?

Cordiali saluti
Giulia Ferrante""", 120.0, lang="it", subject="Passeggino arrivato danneggiato - ordine 60451", name="Giulia Ferrante")
g22r = S.reply(E, """Gentile Giulia,

grazie per la segnalazione, stiamo verificando e ti faremo sapere al più presto.

Un saluto,
il team Wickerfold""", 124.2, to=rid(g22a), thread=rid(g22a), lang="it")
g22b = thread_mail(giulia, """Buonasera,

sono passati quasi tre giorni e non ho più saputo niente. Con la ruota cosi il passeggino è inutilizzabile. Mi mandate una ruota nuova o devo rispedire tutto?

Giulia""", 190.3, "it", "R: Passeggino arrivato danneggiato - ordine 60451", g22a, g22r, name="Giulia Ferrante")
S.group("it", "one identity", g22a, g22b)

# G23: cancelled subscription still billed; mail, then Mastodon with a profile link.
marco_mail, marco_masto = "marco.bellini77@gmail.example", "@mbellini@mastodon.uno"
g23a = S.add(E, marco_mail, """Salve,

ho disdetto l'abbonamento Muslin Club il 30 novembre ma questo mese mi avete addebitato di nuovo 14,50 €. Vi chiedo il rimborso e la conferma che l'abbonamento sia chiuso.

Marco Bellini""", 222.0, lang="it", subject="Disdetta abbonamento", name="Marco Bellini")
g23b = S.add(M, marco_masto, "@wickerfold@parents.social vi ho scritto via mail 3 giorni fa: abbonamento disdetto, addebito arrivato lo stesso. Nessuna risposta. Come funziona da voi?",
             290.0, lang="it", name="marco b.", links=[marco_mail])
S.group("it", "profile link", g23a, g23b)
S.same_person.append(["email:" + marco_mail, "mastodon:" + marco_masto])

# G24: rude courier, Bluesky.
chiara = "chiaralupi.bsky.social"
g24a = S.add(B, chiara, "il corriere che mi ha portato il pacco @wickerfold.bsky.social mi ha praticamente lanciato lo scatolone e mi ha pure risposto male perché ci ho messo un minuto ad aprire (con la bimba in braccio!!). Segnalatelo per favore",
             140.4, lang="it", name="Chiara")
g24b = S.add(B, chiara, "nessuna risposta sul corriere maleducato? sinceramente non lo voglio più vedere alla mia porta",
             165.0, lang="it", name="Chiara")
S.group("it", "one identity", g24a, g24b)

# ---------------------------------------------------------------- Dutch

# G25: order not delivered, two mails.
bas = "bas.verhoeven@ziggo.example"
g25a = S.add(E, bas, """Goedemorgen,

Op 3 december besteld (bestelnummer 60140, de wieg-set met hoeslakens), er stond 2-4 werkdagen. Het is nu anderhalve week later en ik heb nog niks, ook geen track & trace gekregen. Kunnen jullie even kijken?

Groet,
Bas Verhoeven""", 5.0, lang="nl", subject="Bestelling 60140 nog niet binnen", name="Bas Verhoeven")
g25b = S.add(E, bas, """Hoi, nogmaals over mijn bestelling van 3/12. Nog steeds niet geleverd en geen reactie op mijn vorige mail. Als het niet meer komt hoor ik het graag, dan haal ik het wel ergens anders.

Bas""", 100.4, lang="nl", subject="nog steeds niks", name="Bas Verhoeven")
S.group("nl", "one identity", g25a, g25b)

# G26: wrong size fitted sheets; mail then Bluesky, same display name only.
femke_mail, femke_bsky = "femke.h@kpn.example", "femkehoogendijk.bsky.social"
g26a = S.add(E, femke_mail, """Hallo,

Ik heb twee hoeslakens voor het ledikant besteld (60x120) maar er zitten er twee van 40x80 in de doos, dat is voor de wieg. Bestelling 60655. Kan ik ze omruilen?

Vriendelijke groet,
Femke Hoogendijk""", 175.0, lang="nl", subject="Verkeerde maat hoeslaken", name="Femke Hoogendijk")
g26b = S.add(B, femke_bsky, "@wickerfold.bsky.social mail gestuurd over de verkeerde hoeslakens (wiegformaat ipv ledikant), 3 dagen later nog geen antwoord. iemand daar?",
             240.0, lang="nl", name="Femke Hoogendijk")
S.group("nl", "same name only", g26a, g26b)
S.same_person.append(["email:" + femke_mail, "bluesky:" + femke_bsky])

# G27: newsletter code refused, three Mastodon posts.
joost = "@joost@mastodon.nl"
g27a = S.add(M, joost, "@wickerfold@parents.social jullie kortingscode KERST20 uit de nieuwsbrief wordt niet geaccepteerd bij het afrekenen, \"ongeldige code\". Klopt dat?",
             300.5, lang="nl", name="Joost")
g27b = S.add(M, joost, "@wickerfold@parents.social nog steeds 'ongeldige code' trouwens",
             322.0, lang="nl", name="Joost")
g27c = S.add(M, joost, "@wickerfold@parents.social de actie loopt tot 31/12 staat in de mail, maar die code doet het gewoon niet. Moet ik nou de volle prijs betalen of komt er nog iets?",
             370.2, lang="nl", name="Joost")
S.group("nl", "one identity", g27a, g27b, g27c)

# ---------------------------------------------------------------- Catalan

# G28: wrong invoice, non-committal answer, second mail in the thread.
montse = "montse.vilaro@telefonica.example"
g28a = S.add(E, montse, """Bon dia,

La factura de la comanda 60302 surt amb un NIF que no és el meu i sense l'adreça fiscal. La necessito per l'empresa, me la podeu refer amb les dades correctes? Us les poso a sota.

Montse Vilaró i Puig
NIF 40******K
C/ de la Rosa 12, 2n 1a, 17001 Girona""", 90.0, lang="ca", subject="Factura comanda 60302", name="Montse Vilaró")
g28r = S.reply(E, """Hola Montse,

Gràcies pel missatge. Ho estem mirant i et direm alguna cosa aviat.

Salutacions,
L'equip de Wickerfold""", 95.0, to=rid(g28a), thread=rid(g28a), lang="ca")
g28b = thread_mail(montse, """Hola,

Continuo esperant la factura corregida. No és gaire complicat, només cal canviar el NIF i posar l'adreça. La necessito abans de final d'any per la comptabilitat, si us plau.

Montse""", 170.1, "ca", "Re: Factura comanda 60302", g28a, g28r, name="Montse Vilaró")
S.group("ca", "one identity", g28a, g28b)
o6 = S.add(E, montse, """Hola de nou,

Ara una altra cosa: la roda del darrere del cotxet grinyola moltíssim des del primer dia, fa un soroll que desperta la nena. L'he greixat i res. És normal?

Montse""", 330.0, lang="ca", subject="Cotxet - la roda grinyola", name="Montse Vilaró")
S.negative("other-complaint", g28a, o6, "same order, first a wrong invoice, then a squeaking wheel")

# G29: lost parcel; Bluesky, then Mastodon with a profile link.
pau_bsky, pau_masto = "pauribas.bsky.social", "@pau_ribas@mastodont.cat"
g29a = S.add(B, pau_bsky, "@wickerfold.bsky.social fa 8 dies que el paquet està 'en trànsit' a Saragossa i no es mou. Crec que s'ha perdut. Era el regal de Reis per la meva germana \U0001F61E",
             260.0, lang="ca", name="Pau Ribas")
g29b = S.add(M, pau_masto, "@wickerfold@parents.social ho provo per aquí: el meu paquet porta més d'una setmana encallat a Saragossa, crec que s'ha perdut. Ho vaig dir fa tres dies a Bluesky i res de res.",
             335.0, lang="ca", name="Pau", links=[pau_bsky])
S.group("ca", "profile link", g29a, g29b)
S.same_person.append(["bluesky:" + pau_bsky, "mastodon:" + pau_masto])

# G30: return label missing; Mastodon then mail, same display name only.
jordi_masto, jordi_mail = "@jpuigvert@mastodont.cat", "jordi.puigvert@gmail.example"
g30a = S.add(M, jordi_masto, "@wickerfold@parents.social vaig demanar la devolució del sac de dormir fa 4 dies i l'etiqueta de retorn no m'ha arribat. Com ho faig?",
             380.0, lang="ca", name="Jordi Puigvert")
g30b = S.add(E, jordi_mail, """Hola,

Us vaig escriure per Mastodon pero no he rebut resposta. Vaig demanar la devolucio del sac de dormir (comanda 60871) i no m'ha arribat l'etiqueta de devolucio per correu. Me la podeu enviar?

Gracies
Jordi""", 410.5, lang="ca", subject="Etiqueta de devolució", name="Jordi Puigvert")
S.group("ca", "same name only", g30a, g30b)
S.same_person.append(["mastodon:" + jordi_masto, "email:" + jordi_mail])

# ---------------------------------------------------------------- follow-ups

sophie = "sophie.laing@icloud.example"
f1a = S.add(E, sophie, """Hi,

The stroller arrived this morning and the back left wheel is bent, it wobbles when you push it. The box looked fine so maybe it was packed like that? How do I get it fixed?

Sophie""", 140.0, lang="en", subject="Pebble Lite wheel bent", name="Sophie Laing")
f1r = S.reply(E, """Hi Sophie,

Sorry to hear that! Could you send us your order number and a photo of the wheel? Then we can get a replacement out to you.

Thanks,
Maddie @ Wickerfold""", 143.0, to=rid(f1a), thread=rid(f1a), lang="en")
f1b = thread_mail(sophie, """Hi Maddie, order number is WF-60520. Photo attached, you can see it's bent right at the axle.

Sophie""", 146.2, "en", "Re: Pebble Lite wheel bent", f1a, f1r, name="Sophie Laing")
S.negative("follow-up", f1a, f1b, "order number and photo the shop asked for")

andrea = "a.kaestner@t-online.example"
f2a = S.add(E, andrea, """Hallo,

ich habe die Cloudnest in Anthrazit bestellt, gekommen ist sie in Senfgelb. Bitte um Umtausch.

Viele Grüße
Andrea Kästner""", 60.0, lang="de", subject="Falsche Babytrage geliefert", name="Andrea Kästner")
f2r = S.reply(E, """Hallo Frau Kästner,

das tut uns leid! Können Sie uns bitte Ihre Bestellnummer nennen? Dann veranlassen wir den Umtausch.

Viele Grüße
Ihr Wickerfold-Team""", 64.0, to=rid(f2a), thread=rid(f2a), lang="de")
f2b = thread_mail(andrea, """Hallo, klar: Bestellnummer 60266. Die Trage ist noch originalverpackt.

Gruß A. Kästner""", 66.3, "de", "AW: Falsche Babytrage geliefert", f2a, f2r, name="Andrea Kästner")
S.negative("follow-up", f2a, f2b, "order number the shop asked for")

helene = "helene.roux@laposte.example"
f3a = S.add(E, helene, """Bonjour,

J'ai reçu les draps housses en lin (cde 60703) et l'un d'eux a un trou près de la couture, on dirait un défaut de fabrication. Que puis-je faire ?

Hélène Roux""", 205.0, lang="fr", subject="Drap housse troué", name="Hélène Roux")
f3b = S.add(E, helene, """PS : j'oubliais, je vous mets la photo du trou en pièce jointe. Le drap n'a pas été lavé, il est encore plié dans son emballage.""",
            205.4, lang="fr", subject="Re: Drap housse troué", name="Hélène Roux", thread=rid(f3a), in_reply_to=rid(f3a))
S.negative("follow-up", f3a, f3b, "PS with the photo, minutes later in the same thread")

inaki = "inaki.larranaga@euskaltel.example"
f4a = S.add(E, inaki, """Kaixo,

Me ha llegado el cambiador de viaje (pedido 60811) con una mancha de grasa en la tela, justo en el centro. Lo podéis cambiar?

Gracias
Iñaki""", 275.0, lang="es", subject="Cambiador con mancha", name="Iñaki Larrañaga")
f4r = S.reply(E, """Hola Iñaki,

Lo sentimos mucho. ¿Nos puedes mandar una foto de la mancha para tramitar el cambio?

Un saludo,
Equipo Wickerfold""", 279.0, to=rid(f4a), thread=rid(f4a), lang="es")
f4b = thread_mail(inaki, """Ahí va la foto. Se ve bastante, es como de aceite.

Un saludo""", 283.1, "es", "Re: Cambiador con mancha", f4a, f4r, name="Iñaki Larrañaga")
S.negative("follow-up", f4a, f4b, "photo the shop asked for")

sara = "sara.colombo@fastwebnet.example"
f5a = S.add(E, sara, """Ciao,

mi è arrivato il sacco nanna della taglia sbagliata, come faccio a cambiarlo?

Sara""", 240.0, lang="it", subject="Sacco nanna sbagliato", name="Sara Colombo")
f5r = S.reply(E, """Ciao Sara,

ci dispiace! Ci dici che taglia avevi ordinato, quale hai ricevuto e il numero d'ordine? Così ti mandiamo subito quella giusta.

Un saluto,
il team Wickerfold""", 243.5, to=rid(f5a), thread=rid(f5a), lang="it")
f5b = thread_mail(sara, """Avevo ordinato la 6-18 mesi ed è arrivata la 0-6. Ordine n. 60744. Grazie!""",
                  245.0, "it", "R: Sacco nanna sbagliato", f5a, f5r, name="Sara Colombo")
S.negative("follow-up", f5a, f5b, "sizes and order number the shop asked for")

daniela = "@dani_lopes@masto.pt"
f6a = S.add(M, daniela, "@wickerfold@parents.social a alcofa chegou com o colchão amolgado de um lado. como faço para trocar?",
            355.0, lang="pt", name="Daniela Lopes")
f6r = S.reply(M, "@dani_lopes@masto.pt Olá Daniela! Lamentamos imenso. Pode enviar-nos por mensagem privada o número da encomenda e uma fotografia do colchão?",
              358.0, to=rid(f6a), thread=rid(f6a), lang="pt")
f6b = S.add(M, daniela, "@wickerfold@parents.social enviei agora por MP: encomenda 60902, fotos em anexo. o colchão está mesmo deformado no canto",
            361.2, lang="pt", name="Daniela Lopes", thread=rid(f6a), in_reply_to=rid(f6r))
S.negative("follow-up", f6a, f6b, "order number and photo the shop asked for, in the same thread")

# ---------------------------------------------------------------- other complaints by one customer

ralf = "@r_ostermann@norden.social"
o3a = S.add(M, ralf, "@wickerfold@parents.social Bestellung seit 10 Tagen unterwegs, Tracking tot. Was ist da los?",
            12.0, lang="de", name="Ralf Ostermann")
o3b = S.add(M, ralf, "@wickerfold@parents.social Kinderwagen ist endlich da. Aber: die Bremse am Hinterrad greift nicht richtig, auf dem leicht abschüssigen Gehweg rollt er einfach weg. Das ist gefährlich!",
            108.0, lang="de", name="Ralf Ostermann")
S.negative("other-complaint", o3a, o3b, "late delivery first, then a brake that does not hold")

davide = "d.marchetti@alice.example"
o5a = S.add(E, davide, """Buongiorno,

ho fatto l'ordine 60199 una settimana fa e risulta ancora in lavorazione. Quando verrà spedito?

Grazie
Davide Marchetti""", 30.5, lang="it", subject="Ordine 60199 in ritardo", name="Davide Marchetti")
o5b = S.add(E, davide, """Salve,

il pacco è arrivato, grazie. Però guardando la ricevuta mi sono accorto che il codice BENVENUTO10 non è stato applicato, ho pagato il prezzo pieno. Potete rimborsarmi la differenza?

Davide""", 150.0, lang="it", subject="Codice sconto non applicato - ordine 60199", name="Davide Marchetti")
S.negative("other-complaint", o5a, o5b, "same order, first late, then the discount code not applied")

# ---------------------------------------------------------------- other customers, same complaint

kez = "kezzabee.bsky.social"
c1a = S.add(B, kez, "is the wickerfold site down for anyone else?? trying to get a stroller in the boxing day sale and it's just a white page",
            288.0, lang="en", name="Kez \U0001F41D")
c1b = S.add(B, "wes-hartley.bsky.social", "@wickerfold.bsky.social your checkout is broken, 502 every time I hit pay. sale ends tonight, please fix",
            288.6, lang="en", name="Wes Hartley")
S.negative("other-customer", c1a, c1b, "two customers during the same site outage")

lena = "lena.hofbauer@posteo.example"
c2a = S.add(E, lena, """Hallo,

wir haben am 2.12. den Kinderwagen Fjord mit Babywanne bestellt (Bestellung 60310), angekündigt war Lieferung bis 12.12. Bisher ist nichts da. Können Sie nachsehen, wo das Paket steckt?

Danke
Lena Hofbauer""", 84.0, lang="de", subject="Bestellung 60310 - wo bleibt sie?", name="Lena Hofbauer")
c2b = S.add(E, "m.hofbauer@hofbauer-elektro.example", """Guten Tag,

meine Frau hat sich wohl schon bei Ihnen gemeldet, ich frage trotzdem nochmal nach: unsere Bestellung 60310 (Kinderwagen) ist immer noch nicht angekommen. Bitte um kurze Rückmeldung.

Mit freundlichen Grüßen
Matthias Hofbauer
Hofbauer Elektrotechnik GmbH""", 92.5, lang="de", subject="Lieferung Bestellung 60310", name="Matthias Hofbauer")
S.negative("other-customer", c2a, c2b, "a couple sharing one order, each writing from their own address")

c3a = S.add(M, "@bastien@framapiaf.org", "@wickerfold@parents.social le paiement plante chez vous ? « erreur 502 » à chaque fois",
            292.0, lang="fr", name="Bastien")
c3b = S.add(M, "@elodie_m@piaille.fr", "@wickerfold@parents.social impossible de payer sur le site, la page de paiement tourne dans le vide depuis ce matin...",
            293.1, lang="fr", name="Élodie M.")
S.negative("other-customer", c3a, c3b, "two customers during the same payment outage")

alex_mail, alex_bsky = "alex.morgan@mailbox.example", "alexmorgan.bsky.social"
c4a = S.add(E, alex_mail, """Hi,

The Elba changing bag I ordered (60160) arrived today with one of the shoulder strap rings pulled out of the stitching. Can you send a replacement?

Cheers,
Alex Morgan
Cardiff""", 18.0, lang="en", subject="Changing bag strap came apart", name="Alex Morgan")
c4b = S.add(B, alex_bsky, "@wickerfold.bsky.social ordered the Harbour footmuff as a gift for my sister and the zip pull snapped off the first time I tried it. not ideal when it's for a present",
            58.4, lang="en", name="Alex Morgan")
S.negative("other-customer", c4a, c4b, "two different people called Alex Morgan, both with a damaged item")
S.same_name_different_people.append(["email:" + alex_mail, "bluesky:" + alex_bsky])

ana_masto, ana_mail = "@anaribeiro@masto.pt", "ana.ribeiro.sp@uol.example"
c5a = S.add(M, ana_masto, "@wickerfold@parents.social encomendei a capa do muda-fraldas em azul petróleo e veio cinzenta. Posso trocar?",
            196.0, lang="pt", name="Ana Ribeiro")
c5b = S.add(E, ana_mail, """Olá,

Meu pedido 60688 chegou ontem aqui em São Paulo mas o kit berço veio na cor errada, pedi mostarda e veio cinza claro. Como faço a troca?

Att,
Ana Ribeiro""", 220.0, lang="pt", subject="Kit berço cor errada", name="Ana Ribeiro")
S.negative("other-customer", c5a, c5b, "two different people called Ana Ribeiro, both sent the wrong colour")
S.same_name_different_people.append(["mastodon:" + ana_masto, "email:" + ana_mail])

daan = "daan.smit@xs4all.example"
c6a = S.add(E, daan, """Hallo Wickerfold,

Vandaag onze Fjord kinderwagen ontvangen (bestelling 60615), er zit een flinke deuk in het frame bij de duwstang. Wat nu?

Groeten,
Daan Smit""", 200.0, lang="nl", subject="Kinderwagen Fjord beschadigd", name="Daan Smit")
c6b = S.add(M, "@evadegraaf@mastodon.nl", "@wickerfold@parents.social onze Fjord (bestelling 60615) kwam vandaag binnen met een deuk in het frame. Mijn vriend heeft al gemaild maar ik meld het hier ook maar even",
            203.2, lang="nl", name="Eva de Graaf")
S.negative("other-customer", c6a, c6b, "a couple sharing one order, one by mail and one on Mastodon")

# ---------------------------------------------------------------- same complaint, more than 7 days later

rachel = "rachel.dunmore@outlook.example"
w1a = S.add(E, rachel, """Hi,

Our Pebble Lite arrived without the rain cover, which the website says is included. Could you send one out please? Order 60071.

Thanks
Rachel""", 3.0, lang="en", subject="Missing rain cover", name="Rachel Dunmore")
w1b = S.add(E, rachel, """Hi, I emailed a while ago about the rain cover that was missing from our Pebble Lite (60071). Still don't have it. Could someone please just post one?

Rachel Dunmore""", 203.5, lang="en", subject="Rain cover still missing", name="Rachel Dunmore")
S.negative("window", w1a, w1b, "same missing part, more than 8 days later")

rocio = "rocio-vp.bsky.social"
w2a = S.add(B, rocio, "@wickerfold.bsky.social devolví la mochila portabebés hace 10 días y del reembolso ni rastro. me decís algo?",
            24.0, lang="es", name="Rocío")
w2b = S.add(B, rocio, "@wickerfold.bsky.social ya van casi 3 semanas desde que devolví la mochila y sigo sin mi dinero. en serio?",
            230.0, lang="es", name="Rocío")
S.negative("window", w2a, w2b, "same refund, more than 8 days later")

tinka = "@tinka@social.tchncs.de"
w3a = S.add(M, tinka, "@wickerfold@parents.social Bestellung 60210 seit 8 Tagen \"in Bearbeitung\". Kommt da noch was?",
            70.0, lang="de", name="Tinka")
w3b = S.add(M, tinka, "@wickerfold@parents.social Bestellung 60210 ist immer noch nicht da. Langsam wird's albern.",
            270.0, lang="de", name="Tinka")
S.negative("window", w3a, w3b, "same late order, more than 8 days later")

ilse = "ilse.bakker@hetnet.example"
w4a = S.add(E, ilse, """Beste Wickerfold,

Ik heb op 1 december de kraampakket-tas geretourneerd maar nog geen terugbetaling ontvangen. Kunnen jullie dat nakijken?

Met vriendelijke groet,
Ilse Bakker""", 48.0, lang="nl", subject="Terugbetaling retour", name="Ilse Bakker")
w4b = S.add(E, ilse, """Hallo,

Nog steeds geen geld terug voor mijn retour van begin december. Hoe lang duurt dit normaal?

Ilse""", 420.0, lang="nl", subject="Nog steeds geen terugbetaling", name="Ilse Bakker")
S.negative("window", w4a, w4b, "same refund, more than two weeks later")

# ---------------------------------------------------------------- one-off questions

q = S.add(E, "nadia.begum@mailbox.example", """Hello,

Quick question before I order: does the Pebble Lite fold with one hand? I'll mostly be doing it with a baby on my hip.

Thanks!
Nadia""", 16.0, lang="en", subject="Pebble Lite fold", name="Nadia Begum")
S.reply(E, """Hi Nadia, yes, it folds one-handed with the button on the handlebar. Best, Maddie @ Wickerfold""",
        19.0, to=rid(q), thread=rid(q), lang="en")
S.add(M, "@ciaranf@mastodon.ie", "@wickerfold@parents.social do you ship to Ireland and is there any customs stuff since brexit?",
      36.0, lang="en", name="Ciarán")
S.add(B, "hollyandthebump.bsky.social", "@wickerfold.bsky.social are your muslins organic cotton? GOTS certified or just 'natural'?",
      126.0, lang="en", name="Holly")
S.add(E, "carmen.ortiz@yahoo.example", """Hola,

El saco de dormir de invierno es de 2,5 TOG? Nuestra habitación está a unos 18 grados y no sé si será demasiado.

Gracias,
Carmen""", 57.0, lang="es", subject="Duda saco de dormir", name="Carmen Ortiz")
S.add(M, "@sergi_madrid@mastodon.social", "@wickerfold@parents.social tenéis tienda física en Madrid para ver los cochecitos en persona?",
      164.0, lang="es", name="Sergio")
S.add(E, "t.haller@gmx.example", """Hallo,

passt auf den Fjord eine Maxi-Cosi Babyschale mit Adaptern, oder nur eure eigene?

Grüße
Tobias Haller""", 98.0, lang="de", subject="Frage Fjord Adapter", name="Tobias Haller")
S.add(B, "nele-k.bsky.social", "@wickerfold.bsky.social gibt's den Bezug vom Stillkissen auch einzeln zu kaufen?",
      312.0, lang="de", name="Nele")
S.add(M, "@julien_v@mastodon.social", "@wickerfold@parents.social vous livrez en Belgique ? et c'est combien les frais de port ?",
      178.0, lang="fr", name="Julien V.")
S.add(E, "margaux.petit@sfr.example", """Bonjour,

Est-ce que les gigoteuses se lavent à 60° ? On a eu une gastro à la maison...

Merci !
Margaux""", 350.0, lang="fr", subject="Lavage gigoteuse", name="Margaux Petit")
S.add(B, "biancafreitas.bsky.social", "@wickerfold.bsky.social vcs entregam no Brasil? queria muito o carrinho Brisa",
      262.0, lang="pt", name="Bianca Freitas")
S.add(E, "joao.mendes@sapo.example", """Boa tarde,

Qual é a diferença entre a alcofa do Fjord e a do Pebble Lite? Pode usar-se a alcofa para dormir à noite nos primeiros meses?

Cumprimentos,
João Mendes""", 128.0, lang="pt", subject="Dúvida alcofas", name="João Mendes")
S.add(M, "@fede_ricci@mastodon.uno", "@wickerfold@parents.social il marsupio Cloudnest si può usare da subito o serve il riduttore per i neonati?",
      75.0, lang="it", name="Federica Ricci")
S.add(E, "l.moretti@studiomoretti.example", """Buongiorno,

vorrei ordinare due passeggini per il nido aziendale: è possibile avere la fattura intestata alla società con partita IVA?

Grazie, cordiali saluti
Luca Moretti""", 396.0, lang="it", subject="Fattura aziendale", name="Luca Moretti")
S.add(B, "roos-jansen.bsky.social", "@wickerfold.bsky.social kunnen jullie ook een naam borduren op de hydrofiele doeken? zou een leuk kraamcadeau zijn",
      150.0, lang="nl", name="Roos")
S.add(M, "@nuria_c@mastodont.cat", "@wickerfold@parents.social feu enviaments a Andorra? i si és així, quant triga?",
      226.0, lang="ca", name="Núria")
S.add(B, "arnaufont.bsky.social", "@wickerfold.bsky.social el cotxet Brisa plegat cap al maleter d'un Clio? m'ho jugo amb la parella",
      398.0, lang="ca", name="Arnau Font")

S.write(HERE, "Repeats in other words at Wickerfold (strollers, carriers, nursery textiles), "
              "eight languages, written without sight of the detector; labels are what a reader "
              "of the posts would say.")
